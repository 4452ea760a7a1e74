package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.ProgressReport;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.Quizzes;
import java.util.Random;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * The button under {@code /quiz me}, {@code bcqp:<language>}: a private quiz for the clicker on
 * the topics they missed most, answered with the usual option buttons and kept out of the
 * channel's board.
 */
public final class QuizPractice implements ButtonHandler {

    /** The owner of the practice button. */
    static final String OWNER = "bcqp";

    /** Where practice quizzes are kept: no channel's. */
    private static final String PLACE = "practice";

    private final QuizGenerator generator;
    private final Quizzes quizzes;
    private final ProgressReport progress;
    private final QuizWords words;
    private final Random random;

    public QuizPractice(
            QuizGenerator generator, Quizzes quizzes, ProgressReport progress, QuizWords words, Random random) {
        this.generator = generator;
        this.quizzes = quizzes;
        this.progress = progress;
        this.words = words;
        this.random = random;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** The button that starts a practice quiz in a language. */
    static ButtonId button(Language language) {
        return ButtonId.of(OWNER, language.code());
    }

    private void say(ButtonInteractionEvent event, Language language, String key) {
        event.reply(AnswerMessages.text(words.say(language, key)).build())
                .setEphemeral(true)
                .queue();
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        Language language = id.elements().stream()
                .findFirst()
                .flatMap(Language::fromCode)
                .orElse(BotText.of(event.getUserLocale()));
        String player = event.getUser().getId();
        Set<String> topics = progress.practiceTopics(quizzes.progress(player, progress.missedTopics()));
        if (topics.isEmpty()) {
            say(event, language, "practice-none");
            return;
        }
        Quiz quiz = generator
                .generate(QuizRequest.of(event.getId(), language, topics.size()).about(topics), random)
                .quiz();
        if (quiz.questions().isEmpty()) {
            say(event, language, "no-questions");
            return;
        }
        // A place of its own, naming nobody: the practice is never the channel's latest quiz on its
        // board, and the quiz keeps nothing about who asked for it.
        quizzes.saveQuiz(quiz, PLACE);
        event.reply(QuizMessages.question(quiz, 0, words)).setEphemeral(true).queue();
        for (int i = 1; i < quiz.questions().size(); i++) {
            event.getHook()
                    .sendMessage(QuizMessages.question(quiz, i, words))
                    .setEphemeral(true)
                    .queue();
        }
    }
}
