package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.ProgressReport;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizProgress;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.Quizzes;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * {@code /quiz start [count] [kind] [language]}, for educators, posts multiple-choice questions
 * with a button per option that anyone in the channel can answer once ({@link QuizAnswers});
 * {@code /quiz scores} shows the board of the channel's latest quiz; {@code /quiz me} shows the
 * caller, privately, their answers in every quiz and the topics they missed most, with a button
 * to be quizzed on those ({@link QuizPractice}).
 */
public final class QuizCommand implements SlashCommand {

    private final QuizGenerator generator;
    private final Quizzes quizzes;
    private final ProgressReport progress;
    private final QuizWords words;
    private final Random random;
    private final Educators educators;

    public QuizCommand(
            QuizGenerator generator,
            Quizzes quizzes,
            ProgressReport progress,
            QuizWords words,
            Random random,
            Educators educators) {
        this.generator = generator;
        this.quizzes = quizzes;
        this.progress = progress;
        this.words = words;
        this.random = random;
        this.educators = educators;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Localized.describe(
                Commands.slash("quiz", "A quick quiz from the knowledge base"),
                "A quick quiz from the knowledge base",
                "Câu đố nhanh từ cơ sở tri thức");
        SubcommandData start = new SubcommandData("start", "Educators: start a quiz in this channel")
                .addOptions(
                        Localized.option(
                                new OptionData(OptionType.INTEGER, "count", "Number of questions (1-5)", false)
                                        .setRequiredRange(1, 5),
                                "so-cau",
                                "Number of questions (1-5)",
                                "Số câu hỏi (1-5)"),
                        Localized.option(
                                new OptionData(OptionType.STRING, "kind", "Tracks, terms or cases", false)
                                        .addChoice("tracks", "track")
                                        .addChoice("terms", "term")
                                        .addChoice("cases", "example"),
                                "loai",
                                "Tracks, terms or cases",
                                "Kênh, thuật ngữ hoặc sự kiện"),
                        Localized.option(
                                new OptionData(OptionType.STRING, "language", "Language of the questions", false)
                                        .addChoice("Tiếng Việt", "vi")
                                        .addChoice("English", "en"),
                                "ngon-ngu",
                                "Language of the questions",
                                "Ngôn ngữ câu hỏi"));
        SubcommandData scores = new SubcommandData("scores", "The board of the latest quiz in this channel");
        SubcommandData me = Localized.subcommand(
                "me",
                "toi",
                "Your answers in every quiz, and the topics you missed most",
                "Kết quả câu đố của bạn và các chủ đề bạn hay trả lời sai");
        return data.addSubcommands(start, scores, me);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language ui = BotText.of(event.getUserLocale());
        String channel = event.getChannel().getId();
        if ("scores".equals(event.getSubcommandName())) {
            event.reply(AnswerMessages.text(board(channel, ui)).build()).queue();
            return;
        }
        if ("me".equals(event.getSubcommandName())) {
            showProgress(event, ui);
            return;
        }
        // Quizzes for the channel are the educators' to run; anyone may answer and see the board.
        if (!educators.admit(event)) {
            return;
        }
        Language language = Language.fromCode(event.getOption("language", ui.code(), OptionMapping::getAsString))
                .orElse(ui);
        int count = event.getOption("count", 3, OptionMapping::getAsInt);
        Optional<Kind> kind = Kind.fromCode(event.getOption("kind", "", OptionMapping::getAsString));
        Quiz quiz = generator
                .generate(QuizRequest.of(event.getId(), language, count).ofKind(kind), random)
                .quiz();
        if (quiz.questions().isEmpty()) {
            event.reply(AnswerMessages.text(words.say(language, "no-questions")).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        quizzes.saveQuiz(quiz, channel);
        event.reply(QuizMessages.question(quiz, 0, words)).queue();
        for (int i = 1; i < quiz.questions().size(); i++) {
            event.getHook().sendMessage(QuizMessages.question(quiz, i, words)).queue();
        }
    }

    /** The caller's progress, privately, with a button to practise the topics they missed. */
    private void showProgress(SlashCommandInteractionEvent event, Language ui) {
        QuizProgress mine = quizzes.progress(event.getUser().getId(), progress.missedTopics());
        MessageCreateBuilder message = AnswerMessages.text(String.join("\n", progress.lines(mine, ui)));
        if (!progress.practiceTopics(mine).isEmpty()) {
            message.setComponents(
                    ActionRow.of(Button.primary(QuizPractice.button(ui).customId(), words.say(ui, "practice"))));
        }
        event.reply(message.build()).setEphemeral(true).queue();
    }

    private String board(String channel, Language language) {
        Optional<String> latest = quizzes.latestQuiz(channel);
        if (latest.isEmpty()) {
            return words.say(language, "no-quiz");
        }
        List<Quizzes.Score> scores = quizzes.scores(latest.get());
        StringBuilder board = new StringBuilder("**" + words.say(language, "scores") + "**\n");
        int rank = 0;
        for (Quizzes.Score score : scores) {
            board.append(++rank)
                    .append(". <@")
                    .append(score.player())
                    .append("> ")
                    .append(score.correct())
                    .append('/')
                    .append(score.answered())
                    .append('\n');
        }
        if (scores.isEmpty()) {
            board.append(words.say(language, "nobody"));
        }
        return board.toString();
    }
}
