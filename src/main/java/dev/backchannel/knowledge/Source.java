package dev.backchannel.knowledge;

/** A published page that supports a topic's facts. */
public record Source(String title, String url) {}
