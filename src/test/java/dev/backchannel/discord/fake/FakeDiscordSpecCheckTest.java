package dev.backchannel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a test sees when the bot sends the fake Discord a request that Discord would refuse. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
final class FakeDiscordSpecCheckTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long GUILD_ID = Snowflakes.fixture(1);
    private static final long CHANNEL_ID = Snowflakes.fixture(11);
    private static final String TITLE_LIMIT = "/embeds/0/title: must be at most 256 characters long";

    private final HttpClient http = HttpClient.newHttpClient();

    private static FakeDiscord start() {
        return FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD_ID, "Backchannel test")
                        .textChannel(CHANNEL_ID, "general")
                        .build())
                .start();
    }

    /** Posts a message with one embed to the channel, as JDA would, bypassing JDA's own checks. */
    private HttpResponse<String> postEmbed(FakeDiscord discord, String title) throws Exception {
        String body = Json.object()
                .set("embeds", Json.array().add(Json.object().put("title", title)))
                .toString();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(discord.restBaseUrl() + "channels/" + Json.id(CHANNEL_ID) + "/messages"))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("an embed title of 300 characters is refused as Discord refuses it, and fails the test")
    void embedTitleOf300Characters() throws Exception {
        // given
        FakeDiscord discord = start();

        // when
        HttpResponse<String> response = postEmbed(discord, "t".repeat(300));
        Throwable awaiting = catchThrowable(() -> discord.awaitRequest("POST", "/channels/*/messages", DEADLINE));
        Throwable closing = catchThrowable(discord::close);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Json.parse(response.body());
        assertThat(error.path("code").asInt()).isEqualTo(50035);
        assertThat(error.path("message").asText()).isEqualTo("Invalid Form Body");
        assertThat(error.at("/errors/embeds/0/title/_errors/0/message").asText())
                .isEqualTo("must be at most 256 characters long");
        assertThat(awaiting).isInstanceOf(AssertionError.class).hasMessageContaining(TITLE_LIMIT);
        assertThat(closing)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 request(s) to the fake Discord broke Discord's API description")
                .hasMessageContaining("POST /channels/" + Json.id(CHANNEL_ID) + "/messages")
                .hasMessageContaining(TITLE_LIMIT);
    }

    @Test
    @DisplayName("an embed title within the limit is answered and closes the fake cleanly")
    void embedTitleWithinTheLimit() throws Exception {
        // given
        FakeDiscord discord = start();

        // when
        HttpResponse<String> response = postEmbed(discord, "t".repeat(256));
        RecordedRequest recorded = discord.awaitRequest("POST", "/channels/*/messages", DEADLINE);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorded.body().at("/embeds/0/title").asText()).hasSize(256);
        assertThatCode(discord::close).doesNotThrowAnyException();
    }
}
