package dev.backchannel.discord;

import dev.backchannel.discord.answering.MessageAnswers;
import dev.backchannel.store.ServerSettingsCache;
import java.util.List;

/**
 * Everything the bot does, built once: the slash commands (routed by name), the features that make
 * buttons and modals (routed by the owner their id names), the answers to messages, and the servers'
 * settings they all read, which the bot closes when it stops.
 */
public record DiscordFeatures(
        List<SlashCommand> commands,
        List<MessageCommand> messageCommands,
        List<ButtonHandler> buttons,
        List<ModalHandler> modals,
        MessageAnswers messages,
        ServerSettingsCache settings) {

    public DiscordFeatures {
        commands = List.copyOf(commands);
        messageCommands = List.copyOf(messageCommands);
        buttons = List.copyOf(buttons);
        modals = List.copyOf(modals);
    }
}
