package dev.backchannel.answer;

/** Where the time of one answer went, in milliseconds. */
public record Timings(double retrieveMs, double answerMs, double totalMs) {}
