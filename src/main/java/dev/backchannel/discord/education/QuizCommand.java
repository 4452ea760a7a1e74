package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.store.Quizzes;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /quiz start [count] [kind] [language]}, for educators, posts multiple-choice questions
 * with A–D buttons that anyone in the channel can answer once; {@code /quiz scores} shows the board of the
 * channel's latest quiz. Quizzes and answers live in the database, so buttons work after a restart.
 */
public final class QuizCommand implements SlashCommand, ButtonHandler {

    private static final Color QUIZ = new Color(0xB7791F);
    /** The owner of the A–D buttons: {@code bcq:<quiz>:<question>:<choice>}. */
    static final String OWNER = "bcq";

    private static final String LETTERS = "ABCD";

    private final QuizGenerator generator;
    private final Quizzes quizzes;
    private final Random random;
    private final Educators educators;

    public QuizCommand(QuizGenerator generator, Quizzes quizzes, Random random, Educators educators) {
        this.generator = generator;
        this.quizzes = quizzes;
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
        return data.addSubcommands(start, scores);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language ui = BotText.of(event.getUserLocale());
        String channel = event.getChannel().getId();
        if ("scores".equals(event.getSubcommandName())) {
            event.reply(AnswerMessages.text(board(channel, ui)).build()).queue();
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
            event.reply(AnswerMessages.text(
                                    ui == Language.VI
                                            ? "Chưa đủ chủ đề để ra câu đố."
                                            : "Not enough topics for a quiz.")
                            .build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        quizzes.saveQuiz(quiz, channel);
        event.reply(question(quiz, 0)).queue();
        for (int i = 1; i < quiz.questions().size(); i++) {
            event.getHook().sendMessage(question(quiz, i)).queue();
        }
    }

    static MessageCreateData question(Quiz quiz, int index) {
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
                    ButtonId.of(OWNER, quiz.id(), String.valueOf(index), String.valueOf(i))
                            .customId(),
                    String.valueOf(LETTERS.charAt(i))));
        }
        String title = (quiz.language() == Language.VI ? "Câu " : "Question ") + (index + 1) + "/"
                + quiz.questions().size();
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(QUIZ)
                .setTitle(title)
                .setDescription(DiscordLimits.shorten(options.toString(), DiscordLimits.EMBED_DESCRIPTION));
        return AnswerMessages.text(null)
                .setEmbeds(embed.build())
                .setComponents(ActionRow.of(buttons))
                .build();
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** A click on A–D: checked, recorded once per player, and explained privately with its source. */
    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        Language ui = BotText.of(event.getUserLocale());
        List<String> parts = id.elements();
        Optional<Quiz> quiz = parts.size() == 3 ? quizzes.quiz(parts.get(0)) : Optional.empty();
        if (quiz.isEmpty()) {
            event.reply(AnswerMessages.text(BotText.expired(ui)).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        int index = Integer.parseInt(parts.get(1));
        int choice = Integer.parseInt(parts.get(2));
        QuizQuestion question = quiz.get().questions().get(index);
        boolean correct = choice == question.correct();
        boolean first =
                quizzes.recordQuizAnswer(quiz.get(), index, event.getUser().getId(), choice);
        Language language = quiz.get().language();
        String verdict;
        if (!first) {
            verdict = language == Language.VI
                    ? "Bạn đã trả lời câu này rồi: câu trả lời đầu tiên được tính."
                    : "You already answered this one: your first answer counts.";
        } else if (correct) {
            verdict = language == Language.VI ? "✅ Đúng rồi!" : "✅ Correct!";
        } else {
            String right = LETTERS.charAt(question.correct()) + ". "
                    + question.options().get(question.correct());
            verdict = (language == Language.VI ? "❌ Chưa đúng. Đáp án: " : "❌ Not quite. The answer: ") + right;
        }
        String text = verdict + "\n" + question.explanation() + "\n[1] " + question.sourceTitle()
                + (question.sourceUrl().isEmpty() ? "" : " <" + question.sourceUrl() + ">");
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }

    private String board(String channel, Language language) {
        Optional<String> latest = quizzes.latestQuiz(channel);
        if (latest.isEmpty()) {
            return language == Language.VI
                    ? "Chưa có câu đố nào ở kênh này. Bắt đầu bằng /quiz start."
                    : "No quiz in this channel yet. Start one with /quiz start.";
        }
        List<Quizzes.Score> scores = quizzes.scores(latest.get());
        StringBuilder board = new StringBuilder(language == Language.VI ? "**Bảng điểm**\n" : "**Scores**\n");
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
            board.append(language == Language.VI ? "Chưa ai trả lời." : "Nobody has answered yet.");
        }
        return board.toString();
    }
}
