package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Follow up button on the real bot against the fake Discord: a private answer never leads to
 * a public thread, and one answer gets one thread however often its button is clicked.
 */
final class FollowUpEndToEndTest {

    private static final long GUILD = 1_300_000_000_000_000_001L;
    private static final long CHANNEL = 1_300_000_000_000_000_002L;
    private static final FakeUser ALICE = FakeUser.person(1_300_000_000_000_000_003L, "alice");
    private static final FakeUser BOB = FakeUser.person(1_300_000_000_000_000_004L, "bob");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int EPHEMERAL = 64;

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "study group")
                        .textChannel(CHANNEL, "general")
                        .member(ALICE)
                        .member(BOB)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 20);
        database = running.database();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    @Test
    @DisplayName("a private answer offers Sources and the votes, and no Follow up")
    void privateAnswerHasNoFollowUp() throws Exception {
        SentInteraction ask = ask("What is Track II diplomacy?", true);

        RecordedRequest edit = discord.awaitRequest("PATCH", ask.originalPath(), WAIT);

        List<String> buttons = edit.body().path("components").findValuesAsText("custom_id");
        assertThat(buttons)
                .contains("bc:src:" + Long.toUnsignedString(ask.id()))
                .noneMatch(id -> id.startsWith("bc:thread:"));
    }

    @Test
    @DisplayName("a Follow up button left on a private answer opens no thread and says why, privately")
    void followUpOnPrivateAnswerOpensNoThread() throws Exception {
        SentInteraction ask = ask("What is Track III diplomacy?", true);
        discord.awaitRequest("PATCH", ask.originalPath(), WAIT);
        JsonNode answer = discord.originalMessage(ask).orElseThrow();

        SentInteraction click = clickFollowUp(ask, answer, ALICE);
        JsonNode reply = reply(click);

        assertThat(reply.path("content").asText()).contains("private");
        assertThat(threadCreations(answer)).isEmpty();
    }

    @Test
    @DisplayName("two Follow up clicks on one public answer open one thread; both replies point to it")
    void doubleClickOpensOneThread() throws Exception {
        SentInteraction ask = ask("What is Track II diplomacy?", false);
        discord.awaitRequest("PATCH", ask.originalPath(), WAIT);
        JsonNode answer = discord.originalMessage(ask).orElseThrow();

        SentInteraction first = clickFollowUp(ask, answer, ALICE);
        SentInteraction second = clickFollowUp(ask, answer, BOB);
        JsonNode firstReply = reply(first);
        JsonNode secondReply = reply(second);

        // A thread started from a message has the message's id, on Discord as on the fake.
        String thread = "<#" + answer.path("id").asText() + ">";
        assertThat(threadCreations(answer)).hasSize(1);
        assertThat(firstReply.path("content").asText()).contains(thread);
        assertThat(secondReply.path("content").asText()).contains(thread);
        SentInteraction later = clickFollowUp(ask, answer, ALICE);
        assertThat(reply(later).path("content").asText()).contains(thread);
        assertThat(threadCreations(answer)).hasSize(1);
    }

    private static SentInteraction ask(String question, boolean privately) {
        return discord.dispatchSlashCommand(SlashCommand.of("ask", GUILD, CHANNEL, ALICE)
                .withOption("question", question)
                .withOption("private", privately));
    }

    private static SentInteraction clickFollowUp(SentInteraction ask, JsonNode answer, FakeUser user) {
        return discord.dispatchButtonClick(ButtonClick.of(
                "bc:thread:" + Long.toUnsignedString(ask.id()),
                answer.path("id").asLong(),
                GUILD,
                CHANNEL,
                user));
    }

    /** The message a click was answered with: a reply at once, or a deferred reply's edit. */
    private static JsonNode reply(SentInteraction click) throws InterruptedException {
        RecordedRequest callback = discord.awaitRequest("POST", click.callbackPath(), WAIT);
        assertThat(callback.body().path("data").path("flags").asInt() & EPHEMERAL)
                .as("a private reply")
                .isEqualTo(EPHEMERAL);
        if (callback.body().path("type").asInt() == 4) {
            return callback.body().path("data");
        }
        return discord.awaitRequest("PATCH", click.originalPath(), WAIT).body();
    }

    private static List<RecordedRequest> threadCreations(JsonNode message) {
        String path = "/channels/" + Long.toUnsignedString(CHANNEL) + "/messages/"
                + message.path("id").asText() + "/threads";
        return discord.requests().stream()
                .filter(request -> request.is("POST", path))
                .toList();
    }
}
