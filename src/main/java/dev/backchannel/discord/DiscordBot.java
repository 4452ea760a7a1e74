package dev.backchannel.discord;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.ops.Metrics;
import dev.backchannel.ops.ShardState;
import dev.backchannel.store.ServerSettingsCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord front end: logs in with JDA's ShardManager (all shards, or the range this process of
 * a fleet runs), registers the commands, and answers until closed. Closing stops taking new
 * events, lets answers in flight finish, then logs out.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(15);

    private final ShardManager shards;
    private final InteractionRouter router;
    private final ExecutorService workers;
    private final ServerSettingsCache settings;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DiscordBot(
            ShardManager shards, InteractionRouter router, ExecutorService workers, ServerSettingsCache settings) {
        this.shards = shards;
        this.router = router;
        this.workers = workers;
        this.settings = settings;
    }

    /** Logs in and blocks until every shard of this process is connected and the commands are registered. */
    public static DiscordBot start(String token, DiscordConfig config, DiscordFeatures features, Metrics metrics)
            throws InterruptedException {
        List<SlashCommand> commands = features.commands();
        ExecutorService workers = Executors.newFixedThreadPool(Integer.getInteger(
                "bc.workers", Math.max(2, Runtime.getRuntime().availableProcessors())));
        InteractionRouter router = new InteractionRouter(
                commands,
                features.messageCommands(),
                features.buttons(),
                features.modals(),
                features.messages(),
                workers,
                metrics);

        // Only what is needed: guild messages for mentions and threads; Message Content (privileged)
        // only to read follow-ups in threads and help desk posts. Slash commands need no intent at all.
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES);
        if (config.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        ShardSelection selection = ShardSelection.parse(config.shards(), config.totalShards());
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, intents)
                // Forum tags are cached so a help desk post keeps its own tags when the bot adds the educators' one.
                .enableCache(CacheFlag.FORUM_TAGS)
                .addEventListeners(router)
                .setEnableShutdownHook(false);
        if (selection.total() > 0) {
            builder.setShardsTotal(selection.total());
        }
        if (!selection.all()) {
            builder.setShards(selection.ids());
        }
        if (!config.restBaseUrl().isBlank()) {
            builder.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrl()));
        }
        if (!config.gatewayUrl().isBlank()) {
            String gateway = config.gatewayUrl();
            builder.setSessionController(new SessionControllerAdapter() {
                @Override
                public String getGateway() {
                    return gateway;
                }
            });
            // A Discord-compatible server or test double is not expected to speak zlib streams.
            builder.setCompression(Compression.NONE);
        }
        // Every message built here already allows no mentions; this also covers any JDA default path.
        MessageRequest.setDefaultMentions(Mentions.NONE);
        MessageRequest.setDefaultMentionRepliedUser(false);
        ShardManager shards = builder.build();
        // The manager starts its shards one after another, as Discord's identify limit requires.
        int expected =
                selection.all() ? shards.getShardsTotal() : selection.ids().size();
        while (shards.getShards().size() < expected) {
            Thread.sleep(50);
        }
        for (JDA shard : shards.getShards()) {
            shard.awaitReady();
        }
        List<CommandData> data = new ArrayList<>();
        commands.forEach(c -> data.add(registered(c.data(), c.userInstallable())));
        features.messageCommands().forEach(c -> data.add(registered(c.data(), c.userInstallable())));
        // Every process registers the same list: Discord replaces it whole, so doing it twice is harmless.
        if (!config.devGuildId().isBlank()) {
            Guild guild = shards.getGuildById(config.devGuildId());
            if (guild != null) {
                guild.updateCommands().addCommands(data).complete();
            } else if (selection.all()) {
                throw new IllegalStateException(
                        "discord.dev-guild-id " + config.devGuildId() + " is not a guild this bot is in");
            }
        } else {
            shards.getShards().get(0).updateCommands().addCommands(data).complete();
        }
        log.info(
                "Backchannel is online as {} on shards {} of {} in {} guilds",
                shards.getShards().get(0).getSelfUser().getName(),
                shards.getShards().stream()
                        .map(s -> s.getShardInfo().getShardId())
                        .sorted()
                        .toList(),
                shards.getShardsTotal(),
                shards.getGuildCache().size());
        return new DiscordBot(shards, router, workers, features.settings());
    }

    /**
     * A command as Discord registers it: a student's own install reaches the bot's DM and group DMs
     * as well as servers; a server's install, servers only.
     */
    static CommandData registered(CommandData data, boolean userInstallable) {
        if (userInstallable) {
            return data.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                    .setContexts(
                            InteractionContextType.GUILD,
                            InteractionContextType.BOT_DM,
                            InteractionContextType.PRIVATE_CHANNEL);
        }
        return data.setIntegrationTypes(IntegrationType.GUILD_INSTALL).setContexts(InteractionContextType.GUILD);
    }

    /** The shards of this process, for the health check and metrics. */
    public List<ShardState> shardStatus() {
        return shards.getShards().stream()
                .map(s -> new ShardState(
                        s.getShardInfo().getShardId(),
                        s.getStatus() == JDA.Status.CONNECTED,
                        s.getGatewayPing(),
                        s.getStatus().name()))
                .sorted(java.util.Comparator.comparingInt(ShardState::id))
                .toList();
    }

    /** Blocks until {@link #close()} has finished, for a process that runs until it is stopped. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            shards.removeEventListener(router);
            workers.shutdown();
            if (!workers.awaitTermination(IN_FLIGHT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Answers still running after {}; logging out anyway", IN_FLIGHT_GRACE);
            }
            List<JDA> running = shards.getShards();
            shards.shutdown();
            for (JDA shard : running) {
                if (!shard.awaitShutdown(Duration.ofSeconds(10))) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shards.getShards().forEach(JDA::shutdownNow);
        } finally {
            settings.close();
            closed.countDown();
        }
    }
}
