package dev.backchannel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SpecConformanceTest {

    private static final String MESSAGES = "/channels/1200000000000000002/messages";
    private static final String COMMANDS = "/applications/1100000000000000002/commands";

    private final SpecConformance conformance = new SpecConformance(DiscordApiSpec.vendored(), new JdaSerialization());

    private static RecordedRequest request(String method, String path, JsonNode body) {
        return new RecordedRequest(method, path, Map.of(), body, "Bot token", 0);
    }

    private static RecordedRequest request(String method, String path, String json) {
        return request(method, path, Json.parse(json));
    }

    private static String messageWithEmbedTitle(int length) {
        return Json.object()
                .put("content", "answer")
                .set("embeds", Json.array().add(Json.object().put("title", "t".repeat(length))))
                .toString();
    }

    @Test
    @DisplayName("a message within Discord's limits conforms")
    void conformingMessage() {
        // when
        Optional<SpecViolation> violation = conformance.check(request("POST", MESSAGES, messageWithEmbedTitle(256)));

        // then
        assertThat(violation).isEmpty();
    }

    @Test
    @DisplayName("an embed title of 300 characters breaks Discord's 256, answered with Discord's 50035")
    void embedTitleTooLong() {
        // when
        SpecViolation violation = conformance
                .check(request("POST", MESSAGES, messageWithEmbedTitle(300)))
                .orElseThrow();

        // then
        assertThat(violation.problems()).containsExactly("/embeds/0/title: must be at most 256 characters long");
        assertThat(violation.response().status()).isEqualTo(400);
        JsonNode body = violation.response().body();
        assertThat(body.path("code").asInt()).isEqualTo(50035);
        assertThat(body.at("/errors/embeds/0/title/_errors/0/code").asText()).isEqualTo("maxLength");
    }

    @Test
    @DisplayName("a path Discord does not have is answered 404")
    void unknownPath() {
        // when
        SpecViolation violation = conformance
                .check(request("GET", "/channels/1200000000000000002/everything", MissingNode.getInstance()))
                .orElseThrow();

        // then
        assertThat(violation.response().status()).isEqualTo(404);
        assertThat(violation.problems())
                .containsExactly("Discord's API has no path /channels/1200000000000000002/everything");
    }

    @Test
    @DisplayName("a method Discord does not allow on a path is answered 405, naming the path it matched")
    void unknownMethod() {
        // when: /users/@me has GET and PATCH; /users/{user_id}, which it also fits, GET only
        SpecViolation violation = conformance
                .check(request("DELETE", "/users/@me", MissingNode.getInstance()))
                .orElseThrow();

        // then
        assertThat(violation.response().status()).isEqualTo(405);
        assertThat(violation.problems()).containsExactly("Discord's API has no DELETE on /users/@me");
    }

    @Test
    @DisplayName("an operation that requires a body fails without one")
    void missingBody() {
        // when
        SpecViolation violation = conformance
                .check(request("POST", MESSAGES, MissingNode.getInstance()))
                .orElseThrow();

        // then
        assertThat(violation.response().status()).isEqualTo(400);
        assertThat(violation.problems()).containsExactly("POST /channels/{channel_id}/messages requires a body");
    }

    @Test
    @DisplayName("a command's contexts, integration types and permissions pass as JDA's digit strings, as sent")
    void commandNumbersAsStrings() {
        // given
        RecordedRequest put = request("PUT", COMMANDS, """
                [{"name": "ask", "description": "Ask", "type": 1, "contexts": ["0", "1"],
                  "integration_types": ["0", "1"], "default_member_permissions": "8192"}]""");

        // when
        Optional<SpecViolation> violation = conformance.check(put);

        // then
        assertThat(violation).isEmpty();
        assertThat(put.body().at("/0/contexts/0").isTextual())
                .as("the recorded request keeps what JDA sent")
                .isTrue();
    }

    @Test
    @DisplayName("those command fields still fail with anything but digits")
    void commandFieldsWithOtherStrings() {
        // when
        SpecViolation violation =
                conformance.check(request("PUT", COMMANDS, """
                        [{"name": "ask", "description": "Ask", "contexts": ["guild"],
                          "default_member_permissions": "all"}]""")).orElseThrow();

        // then
        assertThat(violation.problems())
                .contains("/0/contexts/0: string found, integer expected")
                .contains("/0/default_member_permissions: string found, [integer, null] expected");
    }

    @Test
    @DisplayName("a digit string is accepted only in the fields JDA writes so, not in a message's flags")
    void digitStringElsewhere() {
        // when
        SpecViolation violation = conformance
                .check(request("POST", MESSAGES, "{\"content\": \"answer\", \"flags\": \"64\"}"))
                .orElseThrow();

        // then
        assertThat(violation.problems()).contains("/flags: string found, [integer, null] expected");
    }

    @Test
    @DisplayName("an uploaded file's index passes as its attachment id, a number that is no index does not")
    void attachmentIndexAsId() {
        // given
        String indexed = "{\"content\": \"report\", \"attachments\": [{\"id\": 0, \"filename\": \"report.md\"}]}";
        String notAnIndex = "{\"content\": \"report\", \"attachments\": [{\"id\": 3, \"filename\": \"report.md\"}]}";

        // when
        Optional<SpecViolation> ofIndex = conformance.check(request("POST", MESSAGES, indexed));
        SpecViolation ofOther =
                conformance.check(request("POST", MESSAGES, notAnIndex)).orElseThrow();

        // then
        assertThat(ofIndex).isEmpty();
        assertThat(ofOther.problems()).containsExactly("/attachments/0/id: integer found, string expected");
    }
}
