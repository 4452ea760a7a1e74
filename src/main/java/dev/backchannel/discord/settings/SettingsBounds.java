package dev.backchannel.discord.settings;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.knowledge.Language;
import java.util.Optional;

/**
 * The operator's config as the ceiling of what a server may choose: its guild and channel
 * allow-lists, its per-user rate limit, and whether it configured a language model. Each check
 * returns the refusal to show, which says what is allowed.
 */
public final class SettingsBounds {

    private final DiscordConfig config;
    private final boolean modelAvailable;

    public SettingsBounds(DiscordConfig config, boolean modelAvailable) {
        this.config = config;
        this.modelAvailable = modelAvailable;
    }

    /** The highest per-user limit a server may choose: the operator's own. */
    int ceiling() {
        return config.userQuestionsPerMinute();
    }

    boolean modelAvailable() {
        return modelAvailable;
    }

    String operatorRoleId() {
        return config.educatorRoleId();
    }

    Optional<String> server(String guildId, Language language) {
        boolean allowed =
                config.guildAllowList().isEmpty() || config.guildAllowList().contains(guildId);
        return allowed ? Optional.empty() : Optional.of(SettingsText.serverNotAllowed(language));
    }

    /** A channel the server wants the bot to answer in (or a help desk forum). */
    Optional<String> channel(String channelId, Language language) {
        boolean allowed =
                config.channelAllowList().isEmpty() || config.channelAllowList().contains(channelId);
        return allowed
                ? Optional.empty()
                : Optional.of(SettingsText.channelNotAllowed(language, config.channelAllowList()));
    }

    Optional<String> rateLimit(long perMinute, Language language) {
        boolean allowed = perMinute >= 1 && perMinute <= ceiling();
        return allowed ? Optional.empty() : Optional.of(SettingsText.rateLimitRange(language, ceiling()));
    }

    Optional<String> model(boolean enabled, Language language) {
        return enabled && !modelAvailable ? Optional.of(SettingsText.noModel(language)) : Optional.empty();
    }
}
