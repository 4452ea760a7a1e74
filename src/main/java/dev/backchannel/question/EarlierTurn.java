package dev.backchannel.question;

/**
 * What a follow-up is read against: the conversation's last answered question and the title of
 * the passage its answer cited first, the topic "it" refers to.
 */
public record EarlierTurn(String question, String topicTitle) {}
