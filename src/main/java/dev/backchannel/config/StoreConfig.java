package dev.backchannel.config;

/**
 * Where questions, answers and feedback are kept.
 *
 * @param jdbcUrl {@code jdbc:sqlite:<file>}; a relative file is under the project folder
 */
public record StoreConfig(String jdbcUrl) {}
