package dev.backchannel.config;

import java.util.List;

/**
 * The Discord front end. The bot token is not here: it comes from the {@code DISCORD_TOKEN}
 * environment variable only, so it can never be committed with a config file.
 *
 * @param devGuildId register commands in this guild only (instant, for development); empty:
 *     globally
 * @param messageContent ask for the privileged Message Content intent, needed to read follow-ups
 *     in threads; slash commands and mentions work without it
 * @param guildAllowList guilds where the bot answers; empty: all
 * @param channelAllowList channels (or parents of threads) where the bot answers; empty: all
 * @param userQuestionsPerMinute the per-user rate limit
 * @param channelQuestionsPerMinute the per-channel rate limit
 * @param educatorRoleId members with this role count as educators (as do those with Manage
 *     Messages); empty: only the permission
 * @param restBaseUrl Discord's REST API base; empty: Discord's own
 * @param gatewayUrl Discord's gateway; empty: Discord's own
 * @param shards the shards this process runs, such as {@code 0-3}; empty: all
 * @param totalShards the bot's shard count across all processes; 0: Discord's recommendation
 * @param workers threads answering interactions in this process; 0: four per core, at least eight
 */
public record DiscordConfig(
        String devGuildId,
        boolean messageContent,
        List<String> guildAllowList,
        List<String> channelAllowList,
        int userQuestionsPerMinute,
        int channelQuestionsPerMinute,
        String educatorRoleId,
        String restBaseUrl,
        String gatewayUrl,
        String shards,
        int totalShards,
        int workers) {

    public DiscordConfig {
        guildAllowList = List.copyOf(guildAllowList);
        channelAllowList = List.copyOf(channelAllowList);
        if (userQuestionsPerMinute < 1 || channelQuestionsPerMinute < 1) {
            throw new IllegalArgumentException("discord rate limits must be at least 1 question per minute");
        }
        if (workers < 0) {
            throw new IllegalArgumentException("discord.workers must be 0 (automatic) or more, was " + workers);
        }
    }

    /** One process running every shard at Discord's recommended count. */
    public DiscordConfig(
            String devGuildId,
            boolean messageContent,
            List<String> guildAllowList,
            List<String> channelAllowList,
            int userQuestionsPerMinute,
            int channelQuestionsPerMinute,
            String educatorRoleId,
            String restBaseUrl,
            String gatewayUrl) {
        this(
                devGuildId,
                messageContent,
                guildAllowList,
                channelAllowList,
                userQuestionsPerMinute,
                channelQuestionsPerMinute,
                educatorRoleId,
                restBaseUrl,
                gatewayUrl,
                "",
                0,
                0);
    }

    /** The same settings with the shards given on the command line. */
    public DiscordConfig withShards(String shards, int totalShards) {
        return new DiscordConfig(
                devGuildId,
                messageContent,
                guildAllowList,
                channelAllowList,
                userQuestionsPerMinute,
                channelQuestionsPerMinute,
                educatorRoleId,
                restBaseUrl,
                gatewayUrl,
                shards,
                totalShards,
                workers);
    }

    /**
     * The threads answering interactions. An interaction spends much of its time waiting on the
     * database (rate limits, the conversation, the record of the question) and on Discord: with
     * only a thread per core, the cores sat idle during those waits while interactions queued, and
     * the fleet load run's replies were late by up to seconds.
     */
    public int workerThreads() {
        return workers > 0 ? workers : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }
}
