package dev.backchannel.discord.answering;

import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.ServerInstall;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
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

    private final Conversations conversations;
    private final GuildSettings settings;
    private final InteractionAnswers flow;

    public AskCommand(
            AnswerService answers,
            Gate gate,
            Clock clock,
            QuestionLog questions,
            AnswerThreads threads,
            GuildSettings settings,
            Metrics metrics) {
        this.settings = settings;
        this.conversations = new Conversations(threads);
        this.flow = new InteractionAnswers(answers, gate, clock, questions, metrics);
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
        String guildId = ServerInstall.guildId(event);
        ServerSettings server = settings.of(guildId);
        boolean privately = event.getOption("private", server.privateAnswers(), OptionMapping::getAsBoolean);
        Conversation conversation = conversations.of(event.getChannel().getId()).orElseGet(Conversation::new);
        flow.answer(
                event,
                new InteractionAnswers.Asked(
                        question,
                        conversation,
                        guildId,
                        allowListChannel(event),
                        event.getChannel().getId(),
                        privately,
                        new AnswerOptions(
                                server.language().forced(), server.llmEnabled(), Optional.ofNullable(guildId)),
                        uiLanguage));
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
