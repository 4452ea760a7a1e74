package dev.backchannel.discord;

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
import dev.backchannel.discord.fake.UploadedFile;
import dev.backchannel.store.Database;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.ReportScope;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot, started through its normal start-up path with the REST and gateway URLs pointed at
 * a fake Discord on 127.0.0.1, answering interactions as Discord would deliver them.
 */
final class DiscordEndToEndTest {

    private static final long GUILD = 1_200_000_000_000_000_001L;
    private static final long CHANNEL = 1_200_000_000_000_000_002L;
    private static final FakeUser ALICE = FakeUser.person(1_200_000_000_000_000_003L, "alice");
    private static final FakeUser BOB = FakeUser.person(1_200_000_000_000_000_004L, "bob");
    private static final long EDUCATOR_ROLE = 1_200_000_000_000_000_005L;
    private static final long MANAGE_MESSAGES = 1L << 13;
    private static final Duration WAIT = Duration.ofSeconds(10);

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
                        .role(EDUCATOR_ROLE, "educator", MANAGE_MESSAGES)
                        .member(ALICE, EDUCATOR_ROLE)
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

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }

    @Test
    @DisplayName("start-up registers every command with Vietnamese and English descriptions")
    void registersCommands() throws Exception {
        RecordedRequest put = discord.awaitRequest("PUT", "/applications/*/commands", WAIT);

        assertThat(names(put.body()))
                .containsExactlyInAnyOrder(
                        "ask",
                        "define",
                        "track",
                        "example",
                        "timeline",
                        "topics",
                        "help",
                        "about",
                        "report",
                        "knowledge",
                        "quiz",
                        "session",
                        "settings",
                        "privacy",
                        "Ask Backchannel");
        JsonNode ask = put.body().get(0);
        assertThat(ask.path("description_localizations").has("vi")).isTrue();
        assertThat(ask.path("description_localizations").has("en-US")).isTrue();
    }

    @Test
    @DisplayName("/ask in Vietnamese: deferred, then the original edited into a "
            + "Vietnamese cited embed with buttons and no pings")
    void askVietnamese() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("ask", GUILD, CHANNEL, ALICE)
                .withLocale("vi")
                .withOption("question", "Ngoại giao nhánh II là gì? @everyone"));

        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), WAIT);
        RecordedRequest edit = discord.awaitRequest("PATCH", sent.originalPath(), WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        JsonNode embed = edit.body().path("embeds").get(0);
        assertThat(embed.path("description").asText()).contains("nhánh II").contains("[1]");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("Nguồn");
        assertThat(embed.path("fields").get(0).path("value").asText())
                .contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
        assertThat(embed.path("footer").path("text").asText())
                .startsWith("Tiếng Việt")
                .contains("extractive");
        assertThat(embed.path("title").asText()).doesNotContain("@everyone");
        JsonNode buttons = edit.body().path("components").get(0).path("components");
        assertThat(buttons).hasSize(5);
        assertThat(buttons.get(0).path("custom_id").asText()).isEqualTo("bc:src:" + sent.id());
        assertThat(buttons.get(4).path("custom_id").asText()).isEqualTo("bc:report:" + sent.id());
        assertThat(edit.body().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @DisplayName("/timeline: the reply carries the timeline as a PNG attachment of the planned size, captioned")
    void timeline() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("timeline", GUILD, CHANNEL, BOB));

        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("content").asText()).isEqualTo("One case.");
        assertThat(callback.body()
                        .path("data")
                        .path("attachments")
                        .get(0)
                        .path("filename")
                        .asText())
                .isEqualTo("timeline.png");
        assertThat(callback.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("timeline.png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
            assertThat(image.getWidth()).isEqualTo(1100);
            assertThat(image.getHeight()).isBetween(300, 600);
        });
    }

    @Test
    @DisplayName("/example: the case's card and, attached, the timeline with the case highlighted")
    void exampleWithTimeline() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("example", GUILD, CHANNEL, BOB).withOption("topic", "oslo-backchannel"));

        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), WAIT);

        assertThat(callback.body()
                        .path("data")
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Oslo backchannel 1993");
        assertThat(callback.files()).extracting(UploadedFile::fileName).containsExactly("timeline.png");
        assertThat(ImageIO.read(new ByteArrayInputStream(callback.files().get(0).bytes())))
                .isNotNull();
    }

    @Test
    @DisplayName("/ask in English, then the Sources button: the cited passages, privately")
    void askEnglishThenSources() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD, CHANNEL, ALICE).withOption("question", "What is Track II diplomacy?"));
        RecordedRequest edit = discord.awaitRequest("PATCH", sent.originalPath(), WAIT);
        assertThat(edit.body()
                        .path("embeds")
                        .get(0)
                        .path("fields")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("Sources");

        SentInteraction click = discord.dispatchButtonClick(
                ButtonClick.of("bc:src:" + sent.id(), 1_200_000_000_000_000_100L, GUILD, CHANNEL, ALICE));
        RecordedRequest reply = discord.awaitRequest("POST", click.callbackPath(), WAIT);

        assertThat(reply.body().path("type").asInt()).isEqualTo(4);
        JsonNode data = reply.body().path("data");
        assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(data.path("embeds")
                        .get(0)
                        .path("fields")
                        .get(0)
                        .path("value")
                        .asText())
                .contains("unofficial dialogue");
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @DisplayName("a thumbs-up is acknowledged privately")
    void feedback() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD, CHANNEL, ALICE).withOption("question", "What is Track III diplomacy?"));
        discord.awaitRequest("PATCH", sent.originalPath(), WAIT);

        SentInteraction click = discord.dispatchButtonClick(
                ButtonClick.of("bc:up:" + sent.id(), 1_200_000_000_000_000_101L, GUILD, CHANNEL, ALICE));
        JsonNode data =
                discord.awaitRequest("POST", click.callbackPath(), WAIT).body().path("data");

        assertThat(data.path("content").asText()).isEqualTo("Thanks! Your feedback is recorded.");
        assertThat(new QuestionLog(database).questionsSince(java.time.Instant.EPOCH, ReportScope.everywhere()))
                .anyMatch(q -> q.question().equals("What is Track III diplomacy?")
                        && q.source().equals("discord"));
        assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
    }

    private static String click(SentInteraction quizStart, String customId, FakeUser user) throws Exception {
        SentInteraction click =
                discord.dispatchButtonClick(ButtonClick.of(customId, 1_200_000_000_000_000_200L, GUILD, CHANNEL, user));
        JsonNode data =
                discord.awaitRequest("POST", click.callbackPath(), WAIT).body().path("data");
        assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        return data.path("content").asText();
    }

    @Test
    @DisplayName("a quiz of two questions answered by two players with buttons: "
            + "verdicts privately, one answer each, then the board")
    void quizWithTwoPlayers() throws Exception {
        SentInteraction start = discord.dispatchSlashCommand(SlashCommand.of("quiz", GUILD, CHANNEL, ALICE)
                .withSubcommand("start")
                .withOption("count", 2L)
                .withOption("language", "en"));
        JsonNode first =
                discord.awaitRequest("POST", start.callbackPath(), WAIT).body().path("data");
        JsonNode second =
                discord.awaitRequest("POST", start.followUpPath(), WAIT).body();
        assertThat(first.path("embeds").get(0).path("title").asText()).isEqualTo("Question 1/2");
        assertThat(second.path("embeds").get(0).path("title").asText()).isEqualTo("Question 2/2");
        var quiz = new Quizzes(database).quiz(Long.toUnsignedString(start.id())).orElseThrow();
        int options = quiz.questions().get(0).options().size();
        assertThat(first.path("components").get(0).path("components")).hasSize(options);
        int right1 = quiz.questions().get(0).correct();
        int right2 = quiz.questions().get(1).correct();
        String id1 = "bcq:" + quiz.id() + ":0:";
        String id2 = "bcq:" + quiz.id() + ":1:";

        String aliceFirst = click(start, id1 + right1, ALICE);
        String aliceSecond = click(start, id2 + right2, ALICE);
        String bobFirst = click(start, id1 + ((right1 + 1) % options), BOB);
        String bobAgain = click(start, id1 + right1, BOB);

        assertThat(aliceFirst).startsWith("✅ Correct!").contains("[1]");
        assertThat(aliceSecond).startsWith("✅ Correct!");
        assertThat(bobFirst).startsWith("❌ Not quite. The answer: ");
        assertThat(bobAgain).startsWith("You already answered this one");
        SentInteraction scores = discord.dispatchSlashCommand(
                SlashCommand.of("quiz", GUILD, CHANNEL, BOB).withSubcommand("scores"));
        JsonNode board =
                discord.awaitRequest("POST", scores.callbackPath(), WAIT).body().path("data");
        assertThat(board.path("content").asText())
                .contains("1. <@" + ALICE.id() + "> 2/2")
                .contains("2. <@" + BOB.id() + "> 0/1");
        assertThat(board.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @DisplayName("a session: an educator starts it, three questions are answered and numbered without a "
            + "mention, the end posts the summary, the export attaches the transcript")
    void sessionWithThreeQuestions() throws Exception {
        SentInteraction start = discord.dispatchSlashCommand(SlashCommand.of("session", GUILD, CHANNEL, ALICE)
                .withSubcommand("start")
                .withOption("title", "Week 3"));
        assertThat(discord.awaitRequest("POST", start.callbackPath(), WAIT)
                        .body()
                        .path("data")
                        .path("content")
                        .asText())
                .contains("**Week 3** has started");

        List<String> titles = new ArrayList<>();
        for (String question :
                List.of("What is Track II diplomacy?", "What is Track III diplomacy?", "Who won the 2022 World Cup?")) {
            long sent = discord.dispatchMessage(GUILD, CHANNEL, BOB, question);
            RecordedRequest reply = discord.awaitRequest(
                    r -> r.is("POST", "/channels/*/messages")
                            && r.body()
                                    .path("message_reference")
                                    .path("message_id")
                                    .asText()
                                    .equals(Long.toUnsignedString(sent)),
                    WAIT);
            titles.add(reply.body().path("embeds").get(0).path("title").asText());
            assertThat(reply.body().path("components").findValuesAsText("custom_id"))
                    .contains("bcs:pin", "bcs:dismiss");
            assertThat(reply.body().path("allowed_mentions").path("parse")).isEmpty();
        }
        assertThat(titles)
                .containsExactly(
                        "Q1. What is Track II diplomacy?",
                        "Q2. What is Track III diplomacy?",
                        "Q3. Who won the 2022 World Cup?");

        SentInteraction end = discord.dispatchSlashCommand(
                SlashCommand.of("session", GUILD, CHANNEL, ALICE).withSubcommand("end"));
        String summary = discord.awaitRequest("POST", end.callbackPath(), WAIT)
                .body()
                .path("data")
                .path("embeds")
                .get(0)
                .path("description")
                .asText();
        assertThat(summary)
                .contains("Questions: 3 · participants: 1")
                .contains("Not answered: Who won the 2022 World Cup?")
                .contains("track-two");

        SentInteraction export = discord.dispatchSlashCommand(
                SlashCommand.of("session", GUILD, CHANNEL, ALICE).withSubcommand("export"));
        JsonNode attachments = discord.awaitRequest("POST", export.callbackPath(), WAIT)
                .body()
                .path("data")
                .path("attachments");
        assertThat(attachments)
                .extracting(a -> a.path("filename").asText())
                .containsExactlyInAnyOrder("session.md", "session.json");
    }

    @Test
    @DisplayName("a member who is not an educator cannot start a session")
    void sessionRefusedToMembers() throws Exception {
        SentInteraction start = discord.dispatchSlashCommand(
                SlashCommand.of("session", GUILD, CHANNEL, BOB).withSubcommand("start"));
        JsonNode data =
                discord.awaitRequest("POST", start.callbackPath(), WAIT).body().path("data");

        assertThat(data.path("content").asText()).contains("for educators");
        assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
    }
}
