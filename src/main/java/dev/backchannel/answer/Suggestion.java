package dev.backchannel.answer;

/** A topic offered when the bot cannot answer: something it does know about. */
public record Suggestion(String topicId, String title) {}
