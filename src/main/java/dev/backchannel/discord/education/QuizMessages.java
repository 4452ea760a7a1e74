package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizWords;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** A quiz question as a Discord message: an embed with the stem and options, and a button per option. */
final class QuizMessages {

    private static final Color QUIZ = new Color(0xB7791F);
    static final String LETTERS = "ABCD";

    private QuizMessages() {}

    /** Question {@code index} of the quiz, titled and lettered in the quiz's language. */
    static MessageCreateData question(Quiz quiz, int index, QuizWords words) {
        QuizQuestion question = quiz.questions().get(index);
        StringBuilder options = new StringBuilder(question.prompt()).append("\n\n");
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            options.append("**")
                    .append(LETTERS.charAt(i))
                    .append(".** ")
                    .append(question.options().get(i))
                    .append('\n');
            buttons.add(Button.secondary(
                    ButtonId.of(QuizAnswers.OWNER, quiz.id(), String.valueOf(index), String.valueOf(i))
                            .customId(),
                    String.valueOf(LETTERS.charAt(i))));
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUIZ)
                .setTitle(words.say(
                        quiz.language(),
                        "question",
                        "n",
                        index + 1,
                        "total",
                        quiz.questions().size()))
                .setDescription(DiscordLimits.shorten(options.toString(), DiscordLimits.EMBED_DESCRIPTION));
        return AnswerMessages.text(null)
                .setEmbeds(embed.build())
                .setComponents(ActionRow.of(buttons))
                .build();
    }
}
