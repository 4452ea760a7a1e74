package dev.backchannel.quiz;

/** A year, person or place of a case, as its text writes it. */
record Fact(FactType type, String text) {}
