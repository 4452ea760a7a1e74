package dev.backchannel.discord.answering;

import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.MessageCommand;
import dev.backchannel.discord.ServerInstall;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * "Ask Backchannel" in a message's context menu: the message's text is the question, without its
 * mentions and markup, and the answer is private, with a Share button for the asker.
 */
public final class AskAboutMessage implements MessageCommand {

    /** User, role and channel mentions, and the two that ping everyone: none of them is a question's words. */
    private static final Pattern MENTIONS = Pattern.compile("<(@[!&]?|#)\\d+>|@(everyone|here)");

    private final GuildSettings settings;
    private final InteractionAnswers flow;

    public AskAboutMessage(
            AnswerService answers,
            Gate gate,
            Clock clock,
            QuestionLog questions,
            GuildSettings settings,
            Metrics metrics) {
        this.settings = settings;
        this.flow = new InteractionAnswers(answers, gate, clock, questions, metrics);
    }

    @Override
    public CommandData data() {
        return Commands.message("Ask Backchannel").setNameLocalization(DiscordLocale.VIETNAMESE, "Hỏi Backchannel");
    }

    @Override
    public boolean userInstallable() {
        return true;
    }

    @Override
    public void handle(MessageContextInteractionEvent event) {
        String guildId = ServerInstall.guildId(event);
        ServerSettings server = settings.of(guildId);
        String channelId = event.getChannelId();
        flow.answer(
                event,
                new InteractionAnswers.Asked(
                        question(event.getTarget().getContentRaw()),
                        new Conversation(),
                        guildId,
                        channelId,
                        channelId,
                        true,
                        new AnswerOptions(
                                server.language().forced(), server.llmEnabled(), Optional.ofNullable(guildId)),
                        BotText.of(event.getUserLocale())));
    }

    /** A message's text as a question: mentions and markup removed, spaces collapsed. */
    static String question(String content) {
        String withoutMentions = MENTIONS.matcher(content).replaceAll(" ");
        return MarkdownSanitizer.sanitize(withoutMentions, MarkdownSanitizer.SanitizationStrategy.REMOVE)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
