package dev.backchannel.question;

/**
 * What a follow-up is read against: the conversation's last answered question and the title of
 * the passage its answer cited first, the topic "it" refers to.
 *
 * @param topicId that topic's id, empty when the answer cited none
 */
public record EarlierTurn(String question, String topicTitle, String topicId) {}
