package dev.backchannel.discord.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /settings} end to end: the real bot started through its normal start-up path against the
 * fake Discord, admins changing settings with slash commands and members seeing the effect. Each
 * test has a guild of its own, so the tests do not depend on each other's settings.
 */
final class SettingsEndToEndTest {

    private static final long CLASSROOM = 1_300_000_000_000_000_001L;
    private static final long GENERAL = 1_300_000_000_000_000_002L;
    private static final long OFF_TOPIC = 1_300_000_000_000_000_003L;
    private static final long ADMIN_ROLE = 1_300_000_000_000_000_004L;

    private static final long STUDY_HALL = 1_300_000_000_000_000_011L;
    private static final long HELP_FORUM = 1_300_000_000_000_000_012L;
    private static final long NEEDS_EDUCATOR = 1_300_000_000_000_000_013L;
    private static final long SOLVED = 1_300_000_000_000_000_014L;
    private static final long HALL_ADMIN_ROLE = 1_300_000_000_000_000_015L;
    private static final long LOBBY = 1_300_000_000_000_000_016L;

    private static final FakeUser ADMIN = FakeUser.person(1_300_000_000_000_000_021L, "dana");
    private static final FakeUser MEMBER = FakeUser.person(1_300_000_000_000_000_022L, "eli");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        long manageServer = Permission.MANAGE_SERVER.getRawValue();
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(CLASSROOM, "classroom")
                        .textChannel(GENERAL, "general")
                        .textChannel(OFF_TOPIC, "off-topic")
                        .role(ADMIN_ROLE, "admins", manageServer)
                        .member(ADMIN, ADMIN_ROLE)
                        .member(MEMBER)
                        .build())
                .guild(GuildFixture.builder(STUDY_HALL, "study hall")
                        .textChannel(LOBBY, "lobby")
                        .forumChannel(
                                HELP_FORUM,
                                "help",
                                new GuildFixture.Tag(NEEDS_EDUCATOR, "Needs an educator"),
                                new GuildFixture.Tag(SOLVED, "Solved"))
                        .role(HALL_ADMIN_ROLE, "admins", manageServer)
                        .member(ADMIN, HALL_ADMIN_ROLE)
                        .member(MEMBER)
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

    /** Runs a slash command and returns the data of its immediate reply. */
    private static JsonNode run(SlashCommand command) throws InterruptedException {
        SentInteraction sent = discord.dispatchSlashCommand(command);
        JsonNode callback =
                discord.awaitRequest("POST", sent.callbackPath(), WAIT).body();
        assertThat(callback.path("type").asInt()).isEqualTo(4);
        return callback.path("data");
    }

    private static JsonNode settingsChange(SlashCommand command) throws InterruptedException {
        JsonNode data = run(command);
        assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(data.path("content").asText()).startsWith("✅ Saved");
        return data;
    }

    private static String field(JsonNode data, String name) {
        for (JsonNode field : data.path("embeds").get(0).path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field.path("value").asText();
            }
        }
        throw new AssertionError("No field " + name + " in " + data);
    }

    private static RecordedRequest answerIn(long channel) throws InterruptedException {
        return discord.awaitRequest(
                r -> r.is("POST", "/channels/" + Long.toUnsignedString(channel) + "/messages")
                        && r.body().path("embeds").size() > 0,
                WAIT);
    }

    @Test
    @DisplayName("an admin sets Vietnamese answers and one channel: an English /ask there "
            + "is answered in Vietnamese, a mention elsewhere is ignored")
    void settingsApplyToAskAndMentions() throws Exception {
        JsonNode language = settingsChange(SlashCommand.of("settings", CLASSROOM, GENERAL, ADMIN)
                .withSubcommand("language")
                .withOption("value", "vi"));
        assertThat(field(language, "Answer language")).isEqualTo("Tiếng Việt");
        JsonNode channels = settingsChange(SlashCommand.of("settings", CLASSROOM, GENERAL, ADMIN)
                .withSubcommand("answer-channel")
                .withOption("action", "add")
                .withChannelOption("channel", GENERAL));
        assertThat(field(channels, "Channels the bot answers in"))
                .isEqualTo("<#" + Long.toUnsignedString(GENERAL) + ">");

        SentInteraction ask = discord.dispatchSlashCommand(SlashCommand.of("ask", CLASSROOM, GENERAL, MEMBER)
                .withOption("question", "What is Track II diplomacy?"));
        JsonNode answer = discord.awaitRequest("PATCH", ask.originalPath(), WAIT)
                .body()
                .path("embeds")
                .get(0);
        assertThat(answer.path("footer").path("text").asText()).startsWith("Tiếng Việt");
        assertThat(answer.path("fields").get(0).path("name").asText()).isEqualTo("Nguồn");
        assertThat(answer.path("description").asText()).contains("nhánh II").contains("[1]");

        long ignored = discord.dispatchMention(CLASSROOM, OFF_TOPIC, MEMBER, "What is Track II diplomacy?");
        long heard = discord.dispatchMention(CLASSROOM, GENERAL, MEMBER, "What is Track III diplomacy?");
        discord.awaitRequest(
                "POST",
                "/channels/" + Long.toUnsignedString(GENERAL) + "/messages/" + Long.toUnsignedString(heard)
                        + "/threads",
                WAIT);
        RecordedRequest threadAnswer = discord.awaitRequest(
                r -> r.is("POST", "/channels/*/messages")
                        && r.body().path("embeds").size() > 0
                        && r.body().toString().contains("nhánh III"),
                WAIT);
        assertThat(threadAnswer
                        .body()
                        .path("embeds")
                        .get(0)
                        .path("footer")
                        .path("text")
                        .asText())
                .startsWith("Tiếng Việt");
        Thread.sleep(300);
        assertThat(discord.requests())
                .noneMatch(r -> r.path().contains(Long.toUnsignedString(OFF_TOPIC))
                        || r.path().contains(Long.toUnsignedString(ignored)));
        assertThat(discord.unknownRoutes()).isEmpty();
    }

    @Test
    @DisplayName("/settings is registered for Manage Server only, and a member "
            + "without it who runs it anyway is refused privately")
    void settingsRefusedWithoutManageServer() throws Exception {
        JsonNode commands =
                discord.awaitRequest("PUT", "/applications/*/commands", WAIT).body();
        JsonNode settings = null;
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals("settings")) {
                settings = command;
            }
        }
        assertThat(settings).isNotNull();
        assertThat(settings.path("default_member_permissions").asText())
                .isEqualTo(Long.toString(Permission.MANAGE_SERVER.getRawValue()));

        JsonNode data = run(SlashCommand.of("settings", CLASSROOM, GENERAL, MEMBER)
                .withSubcommand("language")
                .withOption("value", "en"));

        assertThat(data.path("content").asText())
                .isEqualTo("Only members with the Manage Server permission can see and change Backchannel's settings.");
        assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    @DisplayName("a forum made a help desk in settings: a new post is answered in its own thread, a "
            + "follow-up there continues it, an unanswerable post is tagged for educators")
    void helpDeskSettingsAnswerForumPosts() throws Exception {
        JsonNode desk = settingsChange(SlashCommand.of("settings", STUDY_HALL, LOBBY, ADMIN)
                .withSubcommand("help-desk")
                .withOption("action", "add")
                .withChannelOption("forum", HELP_FORUM)
                .withOption("tag", "needs an educator"));
        assertThat(field(desk, "Help desks (forums)")).contains("Needs an educator");

        long post = discord.dispatchForumPost(
                STUDY_HALL, HELP_FORUM, MEMBER, "Track II diplomacy", "What is it, and who takes part in it?");
        JsonNode answer = answerIn(post).body();
        assertThat(answer.path("embeds").get(0).path("description").asText())
                .contains("Track II")
                .contains("[1]");
        assertThat(answer.path("allowed_mentions").path("parse")).isEmpty();

        discord.dispatchMessage(STUDY_HALL, post, MEMBER, "Who coined the term?");
        RecordedRequest followUp = discord.awaitRequest(
                r -> r.is("POST", "/channels/" + Long.toUnsignedString(post) + "/messages")
                        && r.body().toString().contains("Montville"),
                WAIT);
        assertThat(followUp.body().path("embeds").get(0).path("description").asText())
                .contains("Montville");

        long unanswerable = discord.dispatchForumPost(
                STUDY_HALL, HELP_FORUM, MEMBER, "Football", "Who won the 2022 World Cup?", SOLVED);
        assertThat(answerIn(unanswerable)
                        .body()
                        .path("embeds")
                        .get(0)
                        .path("description")
                        .asText())
                .startsWith("The knowledge base does not cover this question");
        RecordedRequest tagged =
                discord.awaitRequest("PATCH", "/channels/" + Long.toUnsignedString(unanswerable), WAIT);
        assertThat(tagged.body().path("applied_tags"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(Long.toUnsignedString(SOLVED), Long.toUnsignedString(NEEDS_EDUCATOR));
        assertThat(discord.requests()).noneMatch(r -> r.is("PATCH", "/channels/" + Long.toUnsignedString(post)));
        assertThat(discord.unknownRoutes()).isEmpty();
    }
}
