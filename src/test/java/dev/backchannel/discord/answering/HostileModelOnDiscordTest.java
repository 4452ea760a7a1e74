package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import dev.backchannel.answer.StubChatServer;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that misbehaves while the real bot answers on the fake Discord: what a member sees in
 * the channel is the checked answer, whatever the model goes on sending.
 */
final class HostileModelOnDiscordTest {

    private static final long GUILD = 1_400_000_000_000_000_001L;
    private static final long CHANNEL = 1_400_000_000_000_000_002L;
    private static final FakeUser ALICE = FakeUser.person(1_400_000_000_000_000_003L, "alice");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Only the model's answer has this word: an edit holding it shows the model's text. */
    private static final String MODEL_WORD = "Point";

    @TempDir
    Path temp;

    private StubChatServer model;
    private FakeDiscord discord;
    private BotOnFakeDiscord running;

    @BeforeEach
    void start() throws Exception {
        model = new StubChatServer();
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "study group")
                        .textChannel(CHANNEL, "general")
                        .member(ALICE)
                        .build())
                .start();
        Backchannel app = Backchannel.open(Fixtures.withStubModel(temp, "openai", model.openAiBaseUrl(), "", 1), temp);
        running = BotOnFakeDiscord.start(discord, temp, app, 20);
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
        discord.close();
        model.close();
    }

    @Test
    @DisplayName("a stream that outlasts the timeout: the message ends as the checked extractive answer, and no "
            + "edit after it puts the model's text back")
    void timedOutStreamEditsNothingAfterTheFallback() throws Exception {
        String slowAnswer = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> "Point " + i + " about unofficial dialogue between non-officials [1].")
                .collect(Collectors.joining(" "));
        model.answering(slowAnswer).streamingEachWordAfter(100);

        SentInteraction ask = discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD, CHANNEL, ALICE).withOption("question", "What is Track II diplomacy?"));
        RecordedRequest fallback = discord.awaitRequest(
                request -> isEdit(request, ask)
                        && request.body()
                                .path("embeds")
                                .path(0)
                                .path("footer")
                                .path("text")
                                .asText()
                                .contains("extractive"),
                WAIT);
        // Once the stub has stopped writing, the model can send nothing more to be shown.
        awaitStreamEnd();

        List<RecordedRequest> edits = discord.requests().stream()
                .filter(request -> isEdit(request, ask))
                .toList();
        int at = edits.indexOf(fallback);
        assertThat(edits.subList(0, at))
                .as("the model's words were streamed into the message before the timeout")
                .anyMatch(request -> shows(request, MODEL_WORD));
        assertThat(edits.subList(at, edits.size())).noneMatch(request -> shows(request, MODEL_WORD));
        assertThat(model.clientsGone())
                .as("streams the bot left before their end")
                .isEqualTo(1);
    }

    private void awaitStreamEnd() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (model.streamsEnded() < 1) {
            assertThat(System.nanoTime())
                    .as("waited %s for the stream to end", WAIT)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static boolean isEdit(RecordedRequest request, SentInteraction ask) {
        return request.is("PATCH", ask.originalPath());
    }

    private static boolean shows(RecordedRequest request, String text) {
        JsonNode body = request.body();
        return body.toString().contains(text);
    }
}
