package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request the fake REST server received.
 *
 * @param path the decoded path below {@code /api/v10}, e.g. {@code
 *     /webhooks/1/abc/messages/@original}
 * @param query the decoded query parameters, e.g. {@code wait=true}
 * @param body the JSON body (for multipart requests, their {@code payload_json} part), or a missing
 *     node when there was none
 * @param files the files a multipart request attached, in the order sent
 * @param authorization the {@code Authorization} header, or null
 * @param receivedNanos {@link System#nanoTime()} when it arrived, for latency measurements
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> query,
        JsonNode body,
        List<UploadedFile> files,
        String authorization,
        long receivedNanos) {

    public RecordedRequest {
        query = Map.copyOf(query);
        files = List.copyOf(files);
    }

    /** A request that attached no files. */
    public RecordedRequest(
            String method,
            String path,
            Map<String, String> query,
            JsonNode body,
            String authorization,
            long receivedNanos) {
        this(method, path, query, body, List.of(), authorization, receivedNanos);
    }

    /**
     * Whether this request has the method and a path matching the pattern, in which {@code *} stands
     * for one path segment: <code>is("POST", "/channels/&#42;/messages")</code>.
     */
    public boolean is(String expectedMethod, String pathPattern) {
        if (!method.equalsIgnoreCase(expectedMethod)) {
            return false;
        }
        String[] expected = pathPattern.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!expected[i].equals("*") && !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    /** A text field of the body, e.g. {@code content}, or null when absent. */
    public String text(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        String queryPart = query.isEmpty() ? "" : " " + query;
        String bodyPart = body.isMissingNode() ? "" : " " + body;
        return method + " " + path + queryPart + bodyPart;
    }
}
