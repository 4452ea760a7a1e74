package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
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
 * {@code /report} end to end, on the real bot against the fake Discord with two servers sharing
 * one database: each server's educators see what was asked there, in its channels and threads,
 * and nothing from the other; a private question counts without its text.
 */
final class ReportScopeEndToEndTest {

    private static final long SERVER_A = 1_400_000_000_000_000_001L;
    private static final long CLASS_A = 1_400_000_000_000_000_002L;
    private static final long THREAD_A = 1_400_000_000_000_000_003L;
    private static final long EDUCATORS_A = 1_400_000_000_000_000_004L;
    private static final long SERVER_B = 1_400_000_000_000_000_011L;
    private static final long CLASS_B = 1_400_000_000_000_000_012L;
    private static final long EDUCATORS_B = 1_400_000_000_000_000_013L;

    private static final FakeUser TEACHER = FakeUser.person(1_400_000_000_000_000_021L, "teacher");
    private static final FakeUser STUDENT = FakeUser.person(1_400_000_000_000_000_022L, "studentname");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NOT_COVERED = "The knowledge base does not cover this question";

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        long manageMessages = Permission.MESSAGE_MANAGE.getRawValue();
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(SERVER_A, "school a")
                        .textChannel(CLASS_A, "class")
                        .thread(THREAD_A, CLASS_A, "week 1")
                        .role(EDUCATORS_A, "educators", manageMessages)
                        .member(TEACHER, EDUCATORS_A)
                        .member(STUDENT)
                        .build())
                .guild(GuildFixture.builder(SERVER_B, "school b")
                        .textChannel(CLASS_B, "class")
                        .role(EDUCATORS_B, "educators", manageMessages)
                        .member(TEACHER, EDUCATORS_B)
                        .member(STUDENT)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 20);
        database = running.database();

        ask(SERVER_A, CLASS_A, "Who won the 2022 World Cup, asks alphaopen?", false);
        ask(SERVER_A, THREAD_A, "How do I bake sourdough bread, asks alphathread?", false);
        ask(SERVER_A, CLASS_A, "Which cheese melts best, asks alphasecret?", true);
        ask(SERVER_B, CLASS_B, "What is the best pizza dough, asks bravoopen?", false);
        ask(SERVER_B, CLASS_B, "How tall is Mount Everest, asks bravosecret?", true);
        long mention =
                discord.dispatchMention(SERVER_B, CLASS_B, STUDENT, "Who painted the Mona Lisa, asks bravomention?");
        JsonNode answer = discord.awaitRequest(
                        r -> r.is("POST", "/channels/*/messages")
                                && r.body().toString().contains("bravomention"),
                        WAIT)
                .body();
        assertThat(mention).isPositive();
        assertThat(answer.path("embeds").get(0).path("description").asText()).startsWith(NOT_COVERED);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    /** Asks with {@code /ask} and waits for the answer, which comes once the question is recorded. */
    private static void ask(long server, long channel, String question, boolean privately) throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("ask", server, channel, STUDENT)
                .withOption("question", question)
                .withOption("private", privately));
        JsonNode answer =
                discord.awaitRequest("PATCH", sent.originalPath(), WAIT).body();
        assertThat(answer.path("embeds").get(0).path("description").asText()).startsWith(NOT_COVERED);
    }

    /** The description of the report's embed, as an educator of {@code server} gets it. */
    private static String report(long server, long channel) throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("report", server, channel, TEACHER));
        JsonNode report =
                discord.awaitRequest("POST", sent.followUpPath(), WAIT).body();
        assertThat(report.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        return report.path("embeds").get(0).path("description").asText();
    }

    @Test
    @DisplayName("server A's report has its channel's and thread's questions, counts its private one "
            + "without its text, and shows nothing asked in server B, publicly or privately")
    void serverAsReportStaysInServerA() throws Exception {
        String report = report(SERVER_A, CLASS_A);

        assertThat(report)
                .contains("Questions asked: 3")
                .contains("Not answered (abstained): 3")
                .contains("Asked privately, counted but not shown: 1")
                .contains("alphaopen", "alphathread")
                .doesNotContain("alphasecret", "cheese", "bravo", "pizza", "Everest", "Mona Lisa", "studentname");
    }

    @Test
    @DisplayName("server B's report has its own questions, by /ask and by mention, and none of server A's")
    void serverBsReportStaysInServerB() throws Exception {
        String report = report(SERVER_B, CLASS_B);

        assertThat(report)
                .contains("Questions asked: 3")
                .contains("Asked privately, counted but not shown: 1")
                .contains("bravoopen", "bravomention")
                .doesNotContain("bravosecret", "Everest", "alpha", "cheese", "studentname");
    }
}
