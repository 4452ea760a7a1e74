package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.MessageCommandUse;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Ask Backchannel" on a message: the message's words, without mentions and markup, answered
 * privately; then Share posts the answer for everyone, signed by name, pinging nobody.
 */
final class MessageCommandEndToEndTest {

    private static final long GUILD = 1_600_000_000_000_000_001L;
    private static final long CHANNEL = 1_600_000_000_000_000_002L;
    private static final long DM = 1_600_000_000_000_000_010L;
    private static final FakeUser DAVE = FakeUser.person(1_600_000_000_000_000_003L, "dave");
    private static final FakeUser ERIN = FakeUser.person(1_600_000_000_000_000_004L, "erin");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "class")
                        .textChannel(CHANNEL, "general")
                        .member(DAVE)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 20);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    @Test
    @DisplayName("a message's question is answered privately, without its mentions and markup, with a Share button "
            + "that posts it publicly signed by name, and that only the asker may press")
    void askAboutAMessageThenShare() throws Exception {
        SentInteraction ask = discord.dispatchMessageCommand(MessageCommandUse.inDm(
                "Ask Backchannel",
                DM,
                1_600_000_000_000_000_020L,
                ERIN,
                "@everyone <@1600000000000000003> **What is Track II diplomacy?**",
                DAVE));

        RecordedRequest deferred = discord.awaitRequest("POST", ask.callbackPath(), WAIT);
        RecordedRequest answer = discord.awaitRequest("PATCH", ask.originalPath(), WAIT);

        assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64)
                .as("private")
                .isEqualTo(64);
        JsonNode embed = answer.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("What is Track II diplomacy?");
        assertThat(embed.path("description").asText()).contains("Track II").contains("[1]");
        List<String> buttons = new ArrayList<>();
        answer.body()
                .path("components")
                .get(0)
                .path("components")
                .forEach(b -> buttons.add(b.path("custom_id").asText()));
        assertThat(buttons).contains("bc:share:" + ask.id()).doesNotContain("bc:thread:" + ask.id());

        SentInteraction stranger = discord.dispatchButtonClick(
                ButtonClick.of("bc:share:" + ask.id(), 1_600_000_000_000_000_021L, 0, DM, ERIN));
        RecordedRequest refused = discord.awaitRequest("POST", stranger.callbackPath(), WAIT);
        assertThat(refused.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(refused.body().path("data").path("content").asText()).contains("Only the person who asked");

        SentInteraction share = discord.dispatchButtonClick(
                ButtonClick.of("bc:share:" + ask.id(), 1_600_000_000_000_000_021L, 0, DM, DAVE));
        RecordedRequest shared = discord.awaitRequest("POST", share.callbackPath(), WAIT);

        assertThat(shared.body().path("type").asInt()).isEqualTo(4);
        JsonNode data = shared.body().path("data");
        assertThat(data.path("flags").asInt() & 64).as("public").isZero();
        assertThat(data.path("embeds").get(0).path("description").asText()).contains("Track II");
        assertThat(data.path("embeds").get(0).path("footer").path("text").asText())
                .isEqualTo("Shared by dave");
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    }
}
