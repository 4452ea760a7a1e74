package dev.backchannel.discord.fake;

/**
 * An interaction the fake dispatched, with the REST paths JDA answers it on (relative to the API
 * root, as {@link RecordedRequest#path()} records them).
 */
public record SentInteraction(long id, String token, long applicationId) {

    /** {@code POST}: the first response (type 4 reply, 5 deferred reply, 6 deferred edit, 7 edit). */
    public String callbackPath() {
        return "/interactions/" + Json.id(id) + "/" + token + "/callback";
    }

    /** {@code PATCH}, {@code GET} or {@code DELETE}: the response message. */
    public String originalPath() {
        return followUpPath() + "/messages/@original";
    }

    /** {@code POST}: a follow-up message; {@code followUpPath() + "/messages/<id>"} edits one. */
    public String followUpPath() {
        return "/webhooks/" + Json.id(applicationId) + "/" + token;
    }
}
