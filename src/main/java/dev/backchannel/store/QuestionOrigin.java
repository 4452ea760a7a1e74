package dev.backchannel.store;

/**
 * Where and by whom a question was asked, as it is recorded with it.
 *
 * @param source {@code console} or {@code discord}
 * @param guildId the Discord server, or empty for the console and direct messages
 * @param place the channel or thread, or empty
 * @param asker who asked; no report shows it
 * @param privately whether only the asker saw the answer: reports count the question without
 *     showing it
 */
public record QuestionOrigin(String source, String guildId, String place, String asker, boolean privately) {

    public static QuestionOrigin console(String asker) {
        return new QuestionOrigin("console", "", "", asker, false);
    }

    /** A question asked on Discord; {@code guildId} is null in a direct message. */
    public static QuestionOrigin discord(String guildId, String channelId, String userId, boolean privately) {
        return new QuestionOrigin("discord", guildId == null ? "" : guildId, channelId, userId, privately);
    }
}
