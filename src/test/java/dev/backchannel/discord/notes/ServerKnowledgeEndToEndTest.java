package dev.backchannel.discord.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.answer.Answer;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.store.CourseNoteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's own course notes end to end, on the real bot against the fake Discord: an educator
 * adds a topic in server A; questions there cite it, marked as the server's notes; the same
 * question in server B, in a DM and on the console never does; broken, oversized and binary files
 * are refused with their reasons and store nothing; removing makes it disappear at once.
 */
final class ServerKnowledgeEndToEndTest {

    private static final long SERVER_A = 1_700_000_000_000_000_001L;
    private static final long CLASS_A = 1_700_000_000_000_000_002L;
    private static final long EDUCATORS_A = 1_700_000_000_000_000_003L;
    private static final long SERVER_B = 1_700_000_000_000_000_011L;
    private static final long CLASS_B = 1_700_000_000_000_000_012L;
    private static final long DM = 1_700_000_000_000_000_020L;
    private static final FakeUser TEACHER = FakeUser.person(1_700_000_000_000_000_031L, "teacher");
    private static final FakeUser STUDENT = FakeUser.person(1_700_000_000_000_000_032L, "student");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final String QUESTION = "What was the Riverside Harbor Workshop?";
    private static final String NOTES = """
            ---
            id: riverside-harbor-workshop
            lang: en
            kind: example
            title: "Riverside Harbor Workshop (2019)"
            aliases: ["Riverside Harbor Workshop", "Riverside workshop"]
            summary: "The Riverside Harbor Workshop was a course case: port officials met informally in 2019."
            related: []
            tags: [course-notes]
            sources: [{title: "Course reader, week 3", url: "https://example.org/week-3"}]
            ---

            ## Overview
            > Q: What was the Riverside Harbor Workshop?

            The Riverside Harbor Workshop was an informal meeting of port officials from two rival cities, \
            held in Da Lat in 2019 with a university as host. It prepared a shared ferry timetable that both \
            city councils later adopted. @everyone read [the minutes](http://evil.example/minutes) first.

            ## Weak points
            > Q: What were the weak points of the Riverside Harbor Workshop?

            The workshop could bind nobody: either city council was free to reject the timetable.
            """;

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        long manageMessages = Permission.MESSAGE_MANAGE.getRawValue();
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(SERVER_A, "school a")
                        .textChannel(CLASS_A, "class")
                        .role(EDUCATORS_A, "educators", manageMessages)
                        .member(TEACHER, EDUCATORS_A)
                        .member(STUDENT)
                        .build())
                .guild(GuildFixture.builder(SERVER_B, "school b")
                        .textChannel(CLASS_B, "class")
                        .member(TEACHER)
                        .member(STUDENT)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 60);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    /** What {@code /knowledge add} replied, at once or after its deferral. */
    private static String add(FakeUser who, String fileName, byte[] content) throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("knowledge", SERVER_A, CLASS_A, who)
                .withSubcommand("add")
                .withAttachment("file", fileName, content));
        return discord.awaitRequest(
                        r -> (r.is("POST", sent.followUpPath()) || r.is("POST", sent.callbackPath()))
                                && r.body().toString().contains("\"content\""),
                        WAIT)
                .body()
                .toString();
    }

    private static JsonNode ask(long server, long channel) throws Exception {
        return ask(server, channel, QUESTION);
    }

    private static JsonNode ask(long server, long channel, String question) throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("ask", server, channel, STUDENT).withOption("question", question));
        return discord.awaitRequest("PATCH", sent.originalPath(), WAIT)
                .body()
                .path("embeds")
                .get(0);
    }

    private static JsonNode askInDm() throws Exception {
        SentInteraction sent =
                discord.dispatchSlashCommand(SlashCommand.userInstalled("ask", SlashCommand.Place.BOT_DM, DM, STUDENT)
                        .withOption("question", QUESTION));
        return discord.awaitRequest("PATCH", sent.originalPath(), WAIT)
                .body()
                .path("embeds")
                .get(0);
    }

    private static long version() {
        return new CourseNoteStore(running.database()).version(Long.toUnsignedString(SERVER_A));
    }

    @Test
    @DisplayName("a topic added in server A is cited there as that server's notes, without its mention or "
            + "masked link, and never in server B, a DM or the console; removed, it is gone at once")
    void addedCitedIsolatedRemoved() throws Exception {
        String reply = add(TEACHER, "riverside.md", NOTES.getBytes(StandardCharsets.UTF_8));
        assertThat(reply).contains("Added **Riverside Harbor Workshop (2019)**").contains("Suggestions");

        JsonNode inA = ask(SERVER_A, CLASS_A);
        assertThat(inA.path("description").asText())
                .contains("ferry timetable")
                .doesNotContain("@everyone", "evil.example", "](");
        assertThat(inA.toString()).contains("this server's notes, added by teacher");
        // The notes have no section of the curated kinds for limits: they answer from their own
        // passages, not from another topic's limits section.
        JsonNode limits = ask(SERVER_A, CLASS_A, "What are the limits of the Riverside Harbor Workshop?");
        assertThat(limits.path("description").asText()).contains("The workshop could bind nobody");
        assertThat(limits.path("fields").get(0).path("value").asText().lines())
                .isNotEmpty()
                .allMatch(source -> source.contains("this server's notes"));

        SentInteraction report = discord.dispatchSlashCommand(SlashCommand.of("report", SERVER_A, CLASS_A, TEACHER));
        assertThat(discord.awaitRequest("POST", report.followUpPath(), WAIT)
                        .body()
                        .toString())
                .contains("Searched in the shared knowledge and this server's course notes (topics: 1).");

        for (JsonNode elsewhere : new JsonNode[] {ask(SERVER_B, CLASS_B), askInDm()}) {
            assertThat(elsewhere.toString())
                    .doesNotContain("Riverside Harbor Workshop (2019)", "ferry", "server's notes");
        }
        Answer console = running.app().answers().ask(QUESTION);
        assertThat(console.citations()).noneMatch(c -> c.passage().isCourseNote());
        assertThat(console.text()).doesNotContain("ferry");

        SentInteraction remove = discord.dispatchSlashCommand(SlashCommand.of("knowledge", SERVER_A, CLASS_A, TEACHER)
                .withSubcommand("remove")
                .withOption("id", "riverside-harbor-workshop"));
        assertThat(discord.awaitRequest("POST", remove.callbackPath(), WAIT)
                        .body()
                        .toString())
                .contains("Removed `riverside-harbor-workshop`");
        assertThat(ask(SERVER_A, CLASS_A).toString()).doesNotContain("ferry", "server's notes");
    }

    @Test
    @DisplayName("a broken file gets its errors with line numbers and nothing is stored; a non-educator, an "
            + "oversized file (never downloaded) and a binary file are refused")
    void refusals() throws Exception {
        long before = version();

        String broken = add(
                TEACHER,
                "broken.md",
                NOTES.replace("kind: example", "kind: recipe")
                        .replace("## Overview", "Overview without a heading")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(broken)
                .contains("Nothing was stored")
                .contains("line 4: unknown kind 'recipe'")
                .contains("line 13: text before the first '## ' section heading");

        String outsider = discord.awaitRequest(
                        "POST",
                        discord.dispatchSlashCommand(SlashCommand.of("knowledge", SERVER_A, CLASS_A, STUDENT)
                                        .withSubcommand("add")
                                        .withAttachment("file", "x.md", NOTES.getBytes(StandardCharsets.UTF_8)))
                                .callbackPath(),
                        WAIT)
                .body()
                .toString();
        assertThat(outsider).contains("for educators");

        byte[] huge = ("---\n" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(add(TEACHER, "huge.md", huge)).contains("65536 bytes").contains("not downloaded");
        assertThat(discord.attachmentDownloads()).noneMatch(path -> path.endsWith("/huge.md"));

        assertThat(add(TEACHER, "notes.md", new byte[] {'-', '-', '-', 0, 1, 2}))
                .contains("a binary file, not Markdown text");
        assertThat(add(TEACHER, "notes.pdf", NOTES.getBytes(StandardCharsets.UTF_8)))
                .contains("not a Markdown file");

        assertThat(version()).isEqualTo(before);
    }
}
