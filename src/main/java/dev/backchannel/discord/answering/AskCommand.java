package dev.backchannel.discord.answering;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /ask question [private]}: a cited answer in an embed, with buttons. */
public final class AskCommand implements SlashCommand {

    private final AnswerService answers;
    private final Conversations conversations;
    private final Gate gate;
    private final Clock clock;
    private final Records records;
    private final GuildSettings settings;

    /** Discord asks bots not to edit a message more often than this; a streamed answer waits. */
    private static final Duration STREAM_EDIT_INTERVAL = Duration.ofSeconds(1);

    public AskCommand(
            AnswerService answers,
            Gate gate,
            Clock clock,
            QuestionLog questions,
            AnswerThreads threads,
            GuildSettings settings,
            Metrics metrics) {
        this.answers = answers;
        this.settings = settings;
        this.records = new Records(questions, metrics);
        this.clock = clock;
        this.conversations = new Conversations(threads);
        this.gate = gate;
    }

    @Override
    public boolean userInstallable() {
        return true;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Commands.slash("ask", "Ask about informal diplomacy; the answer cites its sources");
        Localized.describe(
                data,
                "Ask about informal diplomacy; the answer cites its sources",
                "Hỏi về ngoại giao không chính thức; câu trả lời có dẫn nguồn");
        data.addOptions(
                Localized.option(
                        new OptionData(OptionType.STRING, "question", "Your question, in English or Vietnamese", true)
                                .setMaxLength(1000),
                        "cau-hoi",
                        "Your question, in English or Vietnamese",
                        "Câu hỏi của bạn, tiếng Việt hoặc tiếng Anh"),
                Localized.option(
                        new OptionData(
                                OptionType.BOOLEAN,
                                "private",
                                "Only you see the answer (default: as the server chose)",
                                false),
                        "rieng-tu",
                        "Only you see the answer (default: as the server chose)",
                        "Chỉ mình bạn thấy câu trả lời (mặc định: theo cài đặt của server)"));
        return data;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language uiLanguage = BotText.of(event.getUserLocale());
        String question = event.getOption("question", "", OptionMapping::getAsString);
        // A student's own install used in a server that has not added the bot: that server's
        // settings and records are not this question's.
        String guildId =
                event.getGuild() != null && event.getIntegrationOwners().isGuildIntegration()
                        ? event.getGuild().getId()
                        : null;
        ServerSettings server = settings.of(guildId);
        boolean ephemeral = event.getOption("private", server.privateAnswers(), OptionMapping::getAsBoolean);
        try {
            answers.check(question);
        } catch (InvalidQuestionException e) {
            event.reply(AnswerMessages.text(e.getMessage()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Optional<String> refusal =
                gate.check(guildId, allowListChannel(event), event.getUser().getId(), uiLanguage);
        if (refusal.isPresent()) {
            event.reply(AnswerMessages.text(refusal.get()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        // Retrieval takes milliseconds, but the model may load or an LLM may be slow: always defer,
        // so Discord's three-second deadline can never be missed.
        event.deferReply(ephemeral).queue();
        Conversation conversation = conversations.of(event.getChannel().getId()).orElseGet(Conversation::new);
        EditThrottle throttle = new EditThrottle(STREAM_EDIT_INTERVAL, clock);
        Answer answer = answers.ask(
                question,
                conversation,
                soFar -> {
                    if (throttle.ready()) {
                        event.getHook()
                                .editOriginal(AnswerMessages.partial(soFar))
                                .queue();
                    }
                },
                new AnswerOptions(server.language().forced(), server.llmEnabled()));
        String answerId = event.getId();
        records.question(
                answer,
                QuestionOrigin.discord(
                        guildId, event.getChannel().getId(), event.getUser().getId(), ephemeral),
                answerId);
        event.getHook()
                .editOriginal(AnswerMessages.edit(answer, answerId, ephemeral))
                .queue();
    }

    private static String allowListChannel(SlashCommandInteractionEvent event) {
        if (event.getChannelType() != null
                && event.getChannelType().isThread()
                && event.getChannel() instanceof ThreadChannel thread) {
            return thread.getParentChannel().getId();
        }
        return event.getChannel().getId();
    }
}
