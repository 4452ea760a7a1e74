package dev.backchannel.discord;

import dev.backchannel.store.ServerSettings;

/** The settings a server's admins chose, as the bot applies them at this moment. */
@FunctionalInterface
interface GuildSettings {

  /** The settings of a server; the defaults outside any server. */
  ServerSettings of(String guildId);

  static GuildSettings defaults() {
    return guildId -> ServerSettings.DEFAULTS;
  }
}
