package dev.backchannel.discord.privacy;

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
import dev.backchannel.quiz.Quiz;
import dev.backchannel.store.Database;
import dev.backchannel.store.Quizzes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /privacy} end to end: the real bot started through its normal start-up path against the
 * fake Discord, members leaving questions, votes, threads and quiz answers behind, then one of them
 * seeing and deleting theirs. What is left is read from the SQLite file itself.
 */
final class PrivacyEndToEndTest {

    private static final long GUILD = 1_400_000_000_000_000_001L;
    private static final long CHANNEL = 1_400_000_000_000_000_002L;
    private static final long EDUCATOR_ROLE = 1_400_000_000_000_000_003L;
    private static final FakeUser TEACHER = FakeUser.person(1_400_000_000_000_000_011L, "thu");
    private static final FakeUser STUDENT = FakeUser.person(1_400_000_000_000_000_012L, "minh");
    private static final FakeUser CLASSMATE = FakeUser.person(1_400_000_000_000_000_013L, "lan");
    private static final FakeUser READER = FakeUser.person(1_400_000_000_000_000_014L, "hoa");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;
    private static Database database;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "classroom")
                        .textChannel(CHANNEL, "general")
                        .role(EDUCATOR_ROLE, "educator", Permission.MESSAGE_MANAGE.getRawValue())
                        .member(TEACHER, EDUCATOR_ROLE)
                        .member(STUDENT)
                        .member(CLASSMATE)
                        .member(READER)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 30);
        database = running.database();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    /** An answered /ask; its interaction id is the answer's reference. */
    private static SentInteraction ask(FakeUser user, String question) throws InterruptedException {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD, CHANNEL, user).withOption("question", question));
        discord.awaitRequest("PATCH", sent.originalPath(), WAIT);
        return sent;
    }

    /** A question in a mention, answered in a thread the bot opens and remembers. */
    private static void askInThread(FakeUser user, String question) throws InterruptedException {
        discord.dispatchMention(GUILD, CHANNEL, user, question);
        discord.awaitRequest(
                r -> r.is("POST", "/channels/*/messages")
                        && r.body()
                                .path("embeds")
                                .path(0)
                                .path("title")
                                .asText()
                                .contains(question),
                WAIT);
    }

    /** The data of the response to a button click. */
    private static JsonNode click(String customId, FakeUser user) throws InterruptedException {
        SentInteraction click =
                discord.dispatchButtonClick(ButtonClick.of(customId, 1_400_000_000_000_000_100L, GUILD, CHANNEL, user));
        return discord.awaitRequest("POST", click.callbackPath(), WAIT).body();
    }

    private static JsonNode run(SlashCommand command) throws InterruptedException {
        SentInteraction sent = discord.dispatchSlashCommand(command);
        JsonNode callback =
                discord.awaitRequest("POST", sent.callbackPath(), WAIT).body();
        assertThat(callback.path("type").asInt()).isEqualTo(4);
        return callback.path("data");
    }

    /** The rows one person left: questions, votes, quiz answers and reports of problems. */
    private static List<Integer> rowsOf(FakeUser user) throws SQLException {
        String id = Long.toUnsignedString(user.id());
        return List.of(
                count("SELECT COUNT(*) FROM question WHERE asker = ?", id),
                count("SELECT COUNT(*) FROM feedback WHERE voter = ?", id),
                count("SELECT COUNT(*) FROM quiz_answer WHERE player = ?", id),
                count("SELECT COUNT(*) FROM answer_report WHERE reporter = ?", id));
    }

    private static int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    @DisplayName("/privacy forget, confirmed with its button, deletes the asker's questions, votes, quiz "
            + "answers, threads and reports and nobody else's; a second click deletes nothing and says so")
    void forgetDeletesOnlyTheAskersData() throws Exception {
        SentInteraction studentAnswer = ask(STUDENT, "What is Track II diplomacy?");
        SentInteraction classmateAnswer = ask(CLASSMATE, "What is Track III diplomacy?");
        click("bc:up:" + classmateAnswer.id(), STUDENT);
        click("bc:down:" + studentAnswer.id(), CLASSMATE);
        SentInteraction report =
                discord.dispatchModalSubmit(ModalSubmit.inGuild("bcw:" + classmateAnswer.id(), GUILD, CHANNEL, STUDENT)
                        .withChoice("reason", "other"));
        discord.awaitRequest("POST", report.callbackPath(), WAIT);
        askInThread(STUDENT, "What is Track II diplomacy?");
        askInThread(CLASSMATE, "Where did the Oslo talks take place?");
        SentInteraction quizStart = discord.dispatchSlashCommand(SlashCommand.of("quiz", GUILD, CHANNEL, TEACHER)
                .withSubcommand("start")
                .withOption("count", 1L)
                .withOption("language", "en"));
        discord.awaitRequest("POST", quizStart.callbackPath(), WAIT);
        Quiz quiz = new Quizzes(database)
                .quiz(Long.toUnsignedString(quizStart.id()))
                .orElseThrow();
        click("bcq:" + quiz.id() + ":0:" + quiz.questions().get(0).correct(), STUDENT);
        click("bcq:" + quiz.id() + ":0:0", CLASSMATE);
        assertThat(rowsOf(STUDENT)).containsExactly(2, 1, 1, 1);
        assertThat(rowsOf(CLASSMATE)).containsExactly(2, 1, 1, 0);
        assertThat(count("SELECT COUNT(*) FROM conversation_thread")).isEqualTo(2);

        JsonNode confirm =
                run(SlashCommand.of("privacy", GUILD, CHANNEL, STUDENT).withSubcommand("forget"));

        assertThat(confirm.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(confirm.path("content").asText())
                .isEqualTo(
                        "Delete what Backchannel keeps about you, in every server? questions (with their "
                                + "answers): 2 · votes: 1 · quiz answers: 1 · follow-up threads: 1 · reports: 1. This cannot be undone.");
        assertThat(confirm.path("components").findValuesAsText("custom_id")).contains("bcp:forget");
        assertThat(confirm.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(rowsOf(STUDENT)).as("nothing deleted before the click").containsExactly(2, 1, 1, 1);

        JsonNode deleted = click("bcp:forget", STUDENT);

        assertThat(deleted.path("type").asInt())
                .as("the confirmation is replaced")
                .isEqualTo(7);
        assertThat(deleted.path("data").path("content").asText())
                .isEqualTo("Deleted: questions (with their answers): 2 · votes: 1 · quiz answers: 1 · "
                        + "follow-up threads: 1 · reports: 1. Backchannel keeps nothing about you now.");
        assertThat(deleted.path("data").path("components")).isEmpty();
        assertThat(rowsOf(STUDENT)).containsExactly(0, 0, 0, 0);
        assertThat(rowsOf(CLASSMATE)).containsExactly(2, 1, 1, 0);
        assertThat(count("SELECT COUNT(*) FROM conversation_thread")).isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM feedback WHERE answer_ref = ?",
                        Long.toUnsignedString(studentAnswer.id())))
                .as("the classmate's vote on the student's answer is the classmate's")
                .isEqualTo(1);

        JsonNode again = click("bcp:forget", STUDENT);

        assertThat(again.path("data").path("content").asText())
                .isEqualTo("There is nothing left to delete: Backchannel keeps nothing about you.");
        assertThat(rowsOf(STUDENT)).containsExactly(0, 0, 0, 0);
        assertThat(rowsOf(CLASSMATE)).containsExactly(2, 1, 1, 0);
    }

    @Test
    @DisplayName(
            "/privacy show tells a member privately, in their language, what is kept about them and " + "for how long")
    void showWhatIsKept() throws Exception {
        JsonNode before = run(SlashCommand.of("privacy", GUILD, CHANNEL, READER).withSubcommand("show"));
        assertThat(before.path("content").asText())
                .startsWith("Backchannel keeps nothing about you.")
                .contains("for 365 days, then deletes them");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ask(READER, "What is Track III diplomacy?");
        JsonNode after = run(SlashCommand.of("privacy", GUILD, CHANNEL, READER)
                .withSubcommand("show")
                .withLocale("vi"));

        assertThat(after.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(after.path("content").asText())
                .contains("Câu hỏi bạn đã hỏi (kèm câu trả lời): 1")
                .contains("Lượt bình chọn 👍/👎: 0")
                .containsAnyOf("Bản ghi cũ nhất: " + today, "Bản ghi cũ nhất: " + today.plusDays(1))
                .contains("trong 365 ngày, rồi xóa");
        assertThat(after.path("allowed_mentions").path("parse")).isEmpty();
    }
}
