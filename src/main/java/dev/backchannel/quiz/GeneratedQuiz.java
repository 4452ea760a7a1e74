package dev.backchannel.quiz;

/** A quiz and what its checks rejected on the way. */
public record GeneratedQuiz(Quiz quiz, CheckTally tally) {}
