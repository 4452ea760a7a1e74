package dev.backchannel.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: its definition for Discord, and what it does. Adding one is one class. */
public interface SlashCommand {

    SlashCommandData data();

    /**
     * Whether a student may add the command to their own account and use it anywhere: in servers
     * that have not added the bot, in the bot's DM, in group DMs. Commands for a server's educators
     * and admins stay with the server's install.
     */
    default boolean userInstallable() {
        return false;
    }

    void handle(SlashCommandInteractionEvent event);

    default void autocomplete(CommandAutoCompleteInteractionEvent event) {}
}
