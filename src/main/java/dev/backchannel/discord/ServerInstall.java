package dev.backchannel.discord;

import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Whether an interaction comes from a server that added the bot, rather than from a student's own
 * install: only there do the server's settings apply, its records go to it, and the bot, a member,
 * can open threads.
 */
public final class ServerInstall {

    private ServerInstall() {}

    /** The server that installed the bot where the interaction happened, or null. */
    public static String guildId(Interaction event) {
        return event.getGuild() != null && event.getIntegrationOwners().isGuildIntegration()
                ? event.getGuild().getId()
                : null;
    }
}
