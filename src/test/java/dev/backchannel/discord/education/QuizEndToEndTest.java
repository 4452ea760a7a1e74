package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.store.Quizzes;
import java.nio.file.Path;
import java.time.Duration;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quizzes on a fake Discord as a class meets them: a teacher starts one, students answer with the
 * buttons and read their verdicts privately, and a student looks up their own progress and
 * practises what they missed.
 */
final class QuizEndToEndTest {

    private static final long GUILD = 1_800_000_000_000_000_001L;
    private static final long CHANNEL = 1_800_000_000_000_000_002L;
    private static final long EDUCATOR_ROLE = 1_800_000_000_000_000_003L;
    private static final long MESSAGE = 1_800_000_000_000_000_004L;
    private static final FakeUser TEACHER = FakeUser.person(1_800_000_000_000_000_011L, "thu");
    private static final FakeUser MINH = FakeUser.person(1_800_000_000_000_000_012L, "minh");
    private static final FakeUser LAN = FakeUser.person(1_800_000_000_000_000_013L, "lan");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "classroom")
                        .textChannel(CHANNEL, "general")
                        .role(EDUCATOR_ROLE, "educator", Permission.MESSAGE_MANAGE.getRawValue())
                        .member(TEACHER, EDUCATOR_ROLE)
                        .member(MINH)
                        .member(LAN)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 30);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    /** A quiz the teacher starts, as the store kept it, once its first question is posted. */
    private static Quiz startQuiz(String language, long count, JsonNode[] firstMessage) throws Exception {
        SentInteraction start = discord.dispatchSlashCommand(SlashCommand.of("quiz", GUILD, CHANNEL, TEACHER)
                .withSubcommand("start")
                .withOption("count", count)
                .withOption("language", language));
        firstMessage[0] =
                discord.awaitRequest("POST", start.callbackPath(), WAIT).body().path("data");
        return new Quizzes(running.database())
                .quiz(Long.toUnsignedString(start.id()))
                .orElseThrow();
    }

    /** What the bot privately replies to a click, with the player's Discord in English. */
    private static JsonNode click(String customId, FakeUser user) throws Exception {
        SentInteraction click = discord.dispatchButtonClick(ButtonClick.of(customId, MESSAGE, GUILD, CHANNEL, user));
        JsonNode data =
                discord.awaitRequest("POST", click.callbackPath(), WAIT).body().path("data");
        assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        return data;
    }

    private static String answer(Quiz quiz, int question, boolean right, FakeUser user) throws Exception {
        QuizQuestion asked = quiz.questions().get(question);
        int choice = right
                ? asked.correct()
                : (asked.correct() + 1) % asked.options().size();
        return click("bcq:" + quiz.id() + ":" + question + ":" + choice, user)
                .path("content")
                .asText();
    }

    @Test
    @DisplayName("a Vietnamese quiz is asked and judged in Vietnamese, even for players whose Discord is in English")
    void vietnameseVerdicts() throws Exception {
        JsonNode[] first = new JsonNode[1];
        Quiz quiz = startQuiz("vi", 2, first);

        assertThat(first[0].path("embeds").get(0).path("title").asText()).isEqualTo("Câu 1/2");
        String right = answer(quiz, 0, true, MINH);
        String wrong = answer(quiz, 1, false, MINH);
        String again = answer(quiz, 0, true, MINH);

        assertThat(right).startsWith("✅ Đúng rồi!").contains("[1]");
        assertThat(wrong)
                .startsWith("❌ Chưa đúng. Đáp án: ")
                .contains(quiz.questions().get(1).answer());
        assertThat(again).startsWith("Bạn đã trả lời câu này rồi");
        assertThat(right + wrong + again).doesNotContain("Correct", "Not quite", "already answered");
    }

    @Test
    @DisplayName("/quiz me after three answers shows them privately, by format, with the topic missed and a button "
            + "that quizzes the student on it")
    void progressAfterThreeAnswers() throws Exception {
        Quiz quiz = startQuiz("en", 3, new JsonNode[1]);
        answer(quiz, 0, true, LAN);
        answer(quiz, 1, false, LAN);
        answer(quiz, 2, true, LAN);
        String missed = running.app()
                .knowledge()
                .topic(quiz.questions().get(1).topicId(), Language.EN)
                .orElseThrow()
                .title();

        SentInteraction me = discord.dispatchSlashCommand(
                SlashCommand.of("quiz", GUILD, CHANNEL, LAN).withSubcommand("me"));
        JsonNode progress =
                discord.awaitRequest("POST", me.callbackPath(), WAIT).body().path("data");

        assertThat(progress.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(progress.path("content").asText())
                .contains("3 answered, 2 right (67%)")
                .contains("Which topic is described: 2/3 (67%)")
                .contains("Topics you missed most:")
                .contains("- " + missed + " (1×)");
        JsonNode button = progress.path("components").get(0).path("components").get(0);
        assertThat(button.path("label").asText()).isEqualTo("Quiz me on these");

        SentInteraction practice = discord.dispatchButtonClick(
                ButtonClick.of(button.path("custom_id").asText(), MESSAGE, GUILD, CHANNEL, LAN));
        JsonNode question = discord.awaitRequest("POST", practice.callbackPath(), WAIT)
                .body()
                .path("data");

        assertThat(question.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(question.path("embeds").get(0).path("title").asText()).isEqualTo("Question 1/1");
        assertThat(new Quizzes(running.database()).quiz(Long.toUnsignedString(practice.id())))
                .get()
                .satisfies(kept -> assertThat(kept.questions())
                        .extracting(QuizQuestion::topicId)
                        .containsExactly(quiz.questions().get(1).topicId()));
    }
}
