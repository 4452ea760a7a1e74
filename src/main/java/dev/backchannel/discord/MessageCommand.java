package dev.backchannel.discord;

import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;

/** A command in a message's context menu (Apps → …): its definition for Discord, and what it does. */
public interface MessageCommand {

    CommandData data();

    /** As {@link SlashCommand#userInstallable()}. */
    default boolean userInstallable() {
        return false;
    }

    void handle(MessageContextInteractionEvent event);
}
