package dev.backchannel.config;

import java.nio.file.Path;

/** Where the knowledge files are. */
public record KnowledgeConfig(Path dir) {}
