package dev.backchannel.config;

import java.nio.file.Path;

/** Where the Lucene index lives on disk. */
public record IndexConfig(Path dir) {}
