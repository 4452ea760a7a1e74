package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.Quizzes;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A click on a quiz question's option, {@code bcq:<quiz>:<question>:<choice>}: checked, recorded
 * once per player, and answered privately with the verdict and the cited explanation, in the
 * quiz's language whatever the player's. Quizzes live in the database, so this works after a
 * restart, in any process.
 */
public final class QuizAnswers implements ButtonHandler {

    /** The owner of the option buttons. */
    static final String OWNER = "bcq";

    private final Quizzes quizzes;
    private final QuizWords words;

    public QuizAnswers(Quizzes quizzes, QuizWords words) {
        this.quizzes = quizzes;
        this.words = words;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        List<String> parts = id.elements();
        Optional<Quiz> quiz = parts.size() == 3 ? quizzes.quiz(parts.get(0)) : Optional.empty();
        Optional<Integer> index =
                quiz.flatMap(q -> number(parts.get(1), q.questions().size()));
        if (quiz.isEmpty() || index.isEmpty()) {
            event.reply(AnswerMessages.text(BotText.expired(BotText.of(event.getUserLocale())))
                            .build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        QuizQuestion question = quiz.get().questions().get(index.get());
        Optional<Integer> choice = number(parts.get(2), question.options().size());
        if (choice.isEmpty()) {
            return;
        }
        boolean first = quizzes.recordQuizAnswer(
                quiz.get(), index.get(), event.getUser().getId(), choice.get());
        Language language = quiz.get().language();
        String verdict;
        if (!first) {
            verdict = words.say(language, "already");
        } else if (choice.get() == question.correct()) {
            verdict = words.say(language, "correct");
        } else {
            verdict = words.say(
                    language,
                    "wrong",
                    "answer",
                    QuizMessages.LETTERS.charAt(question.correct()) + ". " + question.answer());
        }
        String text = verdict + "\n" + question.explanation() + "\n[1] " + question.sourceTitle()
                + (question.sourceUrl().isEmpty() ? "" : " <" + question.sourceUrl() + ">");
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }

    /** A button's number, when it is one below {@code bound}: ids can be forged. */
    private static Optional<Integer> number(String text, int bound) {
        try {
            int value = Integer.parseInt(text);
            return value >= 0 && value < bound ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
