package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One REST endpoint of the fake: a method, a path pattern below {@code /api/v10} whose {@code
 * {name}} segments are parameters, and the handler that answers it.
 */
record RestRoute(String method, String pattern, Handler handler) {

    interface Handler {
        Response handle(RecordedRequest request, List<String> parameters);
    }

    /** A status and a JSON body; no body means 204 No Content. */
    record Response(int status, JsonNode body) {

        static Response ok(JsonNode body) {
            return new Response(200, body);
        }

        static Response created(JsonNode body) {
            return new Response(201, body);
        }

        static Response noContent() {
            return new Response(204, null);
        }

        /** An error as Discord shapes it: an HTTP status, a JSON error code and a message. */
        static Response error(int status, int code, String message) {
            ObjectNode body = Json.object().put("message", message).put("code", code);
            return new Response(status, body);
        }
    }

    /** The path parameters when the request matches this route. */
    Optional<List<String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        String[] expected = pattern.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].startsWith("{")) {
                parameters.add(actual[i]);
            } else if (!expected[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
