package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.ModalSubmit;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.ReportScope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report a problem end to end, on the real bot against the fake Discord: the warning button under
 * an answer opens a form; what is submitted is kept once per person and answer, listed in the
 * educators' {@code /report}, and resolved from there.
 */
final class ReportProblemEndToEndTest {

    private static final long GUILD = 1_600_000_000_000_000_001L;
    private static final long CLASS = 1_600_000_000_000_000_002L;
    private static final long EDUCATORS = 1_600_000_000_000_000_003L;
    private static final FakeUser TEACHER = FakeUser.person(1_600_000_000_000_000_011L, "teacher");
    private static final FakeUser STUDENT = FakeUser.person(1_600_000_000_000_000_012L, "student");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "school")
                        .textChannel(CLASS, "class")
                        .role(EDUCATORS, "educators", Permission.MESSAGE_MANAGE.getRawValue())
                        .member(TEACHER, EDUCATORS)
                        .member(STUDENT)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 20);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    private static List<String> customIds(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row ->
                row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
        return ids;
    }

    /** The bot's reply to an interaction, sent as its callback. */
    private static JsonNode callback(SentInteraction sent) throws Exception {
        return discord.awaitRequest("POST", sent.callbackPath(), WAIT).body();
    }

    private static JsonNode report() throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("report", GUILD, CLASS, TEACHER));
        return discord.awaitRequest("POST", sent.followUpPath(), WAIT).body();
    }

    @Test
    @DisplayName("a report submitted twice by one person is kept once, appears in /report with its reason and "
            + "text, and an educator marks it resolved there")
    void reportedOnceListedAndResolved() throws Exception {
        SentInteraction ask = discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD, CLASS, STUDENT).withOption("question", "What is Track II diplomacy?"));
        JsonNode answer =
                discord.awaitRequest("PATCH", ask.originalPath(), WAIT).body();
        String reportButton = "bc:report:" + ask.id();
        assertThat(customIds(answer.path("components"))).contains(reportButton);

        SentInteraction click = discord.dispatchButtonClick(
                ButtonClick.of(reportButton, 1_600_000_000_000_000_099L, GUILD, CLASS, STUDENT));
        JsonNode modal = callback(click);
        assertThat(modal.path("type").asInt()).as("a modal").isEqualTo(9);
        String modalId = modal.path("data").path("custom_id").asText();
        assertThat(modalId).isEqualTo("bcw:" + ask.id());
        assertThat(modal.path("data").path("components").toString())
                .contains("wrong-fact", "wrong-source", "not-asked", "other")
                .contains("\"max_length\":500");

        ModalSubmit submit = ModalSubmit.inGuild(modalId, GUILD, CLASS, STUDENT)
                .withChoice("reason", "wrong-fact")
                .withText("details", "The channel began earlier @everyone **really**");
        JsonNode thanks = callback(discord.dispatchModalSubmit(submit));
        JsonNode again = callback(discord.dispatchModalSubmit(submit.withChoice("reason", "other")));

        assertThat(thanks.path("data").path("content").asText()).contains("educators will see");
        assertThat(thanks.path("data").path("flags").asInt() & 64).as("private").isEqualTo(64);
        assertThat(again.path("data").path("content").asText()).contains("already reported");
        AnswerReports reports = new AnswerReports(running.database());
        assertThat(reports.open(ReportScope.everywhere())).singleElement().satisfies(r -> {
            assertThat(r.reason().code()).isEqualTo("wrong-fact");
            assertThat(r.question()).isEqualTo("What is Track II diplomacy?");
        });
        long number = reports.open(ReportScope.everywhere()).get(0).id();

        JsonNode listed = report();
        assertThat(listed.path("embeds").get(0).path("description").asText())
                .contains("## Answers reported")
                .contains("- #" + number + " (wrong fact) What is Track II diplomacy? → ")
                .contains("said: The channel began earlier \\@everyone \\*\\*really\\*\\*");
        String resolveButton = "bcr:" + number;
        assertThat(customIds(listed.path("components"))).containsExactly(resolveButton);

        JsonNode refused = callback(discord.dispatchButtonClick(
                ButtonClick.of(resolveButton, 1_600_000_000_000_000_098L, GUILD, CLASS, STUDENT)));
        assertThat(refused.path("data").path("content").asText()).contains("for educators");
        assertThat(reports.open(ReportScope.everywhere())).hasSize(1);

        JsonNode resolved = callback(discord.dispatchButtonClick(
                ButtonClick.of(resolveButton, 1_600_000_000_000_000_098L, GUILD, CLASS, TEACHER)));
        assertThat(resolved.path("data").path("content").asText())
                .isEqualTo("Report #" + number + " is marked resolved.");
        assertThat(reports.open(ReportScope.everywhere())).isEmpty();
        assertThat(report().path("embeds").get(0).path("description").asText()).contains("## Answers reported\n\nnone");
    }
}
