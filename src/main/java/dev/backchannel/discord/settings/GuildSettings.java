package dev.backchannel.discord.settings;

import dev.backchannel.store.ServerSettings;
import dev.backchannel.store.ServerSettingsCache;

/** The settings a server's admins chose, as the bot applies them at this moment. */
@FunctionalInterface
public interface GuildSettings {

    /** The settings of a server; the defaults outside any server ({@code null}). */
    ServerSettings of(String guildId);

    static GuildSettings from(ServerSettingsCache cache) {
        return guildId -> guildId == null ? ServerSettings.DEFAULTS : cache.get(guildId);
    }
}
