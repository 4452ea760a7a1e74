package dev.backchannel.cli;

import dev.backchannel.Backchannel;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.DiscordBot;
import dev.backchannel.discord.ShardSelection;
import dev.backchannel.ops.Checks;
import dev.backchannel.ops.HealthCheck;
import dev.backchannel.ops.Metrics;
import dev.backchannel.ops.OpsServer;
import dev.backchannel.ops.ShardState;
import dev.backchannel.store.DailyPurge;
import dev.backchannel.store.Database;
import dev.backchannel.store.PersonalData;
import dev.backchannel.store.Retention;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel discord}: runs the Discord bot (all shards, or a range) until the process is stopped. */
@Command(name = "discord", description = "Run the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class DiscordCommand implements Callable<Integer> {

    static final String NO_TOKEN = "No Discord token: create an application and bot at "
            + "https://discord.com/developers/applications, copy its token into"
            + " the DISCORD_TOKEN environment variable, then run this "
            + "again. Without Discord, try: ./backchannel chat";

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--shards",
            paramLabel = "RANGE",
            description = "The shards this process runs, e.g. 0-3 or 0,2 (discord.shards); default: all.")
    private String shards;

    @Option(
            names = "--total-shards",
            paramLabel = "N",
            description = "The bot's shard count across all processes "
                    + "(discord.total-shards); default: Discord's recommendation.")
    private Integer totalShards;

    @Override
    public Integer call() throws InterruptedException, IOException {
        String token = root.environment().getOrDefault("DISCORD_TOKEN", "").strip();
        if (token.isEmpty()) {
            spec.commandLine().getErr().println(NO_TOKEN);
            return 2;
        }
        BackchannelConfig config = root.config();
        DiscordConfig discord = config.discord()
                .withShards(
                        shards == null ? config.discord().shards() : shards,
                        totalShards == null ? config.discord().totalShards() : totalShards);
        try {
            ShardSelection.parse(discord.shards(), discord.totalShards());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        Metrics metrics = new Metrics();
        Database database = root.database();
        database.trackMetrics(metrics.registry());
        DailyPurge purge = DailyPurge.start(
                new Retention(new PersonalData(database), config.store().retentionDays(), Clock.systemUTC()));
        // Up before the index and the gateway, so a prober sees start-up as "not ready" rather than "down".
        AtomicReference<Backchannel> serving = new AtomicReference<>();
        AtomicReference<DiscordBot> online = new AtomicReference<>();
        Supplier<List<ShardState>> shardStates = () ->
                Optional.ofNullable(online.get()).map(DiscordBot::shardStatus).orElse(List.of());
        metrics.watchShards(shardStates);
        metrics.watchKnowledge(() -> Optional.ofNullable(serving.get())
                .map(app -> app.knowledge().version())
                .orElse(""));
        OpsServer ops = null;
        if (config.ops().enabled()) {
            HealthCheck health = new HealthCheck(List.of(
                    Checks.index(() -> serving.get() != null),
                    Checks.database(database.dataSource()),
                    Checks.shards(shardStates)));
            ops = OpsServer.start(config.ops(), health, metrics);
            out.println(
                    "Operations endpoint: http://" + config.ops().host() + ":" + ops.port() + "/healthz and /metrics");
            out.flush();
        }
        Backchannel app = root.app();
        serving.set(app);
        app.watchKnowledge();
        app.llm().ifPresent(llm -> metrics.watchCircuit(llm::circuitOpen));
        DiscordBot bot = DiscordBot.start(token, discord, app.discord(discord, database, metrics), metrics);
        online.set(bot);
        OpsServer opened = ops;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bot.close();
                            purge.close();
                            if (opened != null) {
                                opened.close();
                            }
                            metrics.close();
                        },
                        "backchannel-shutdown"));
        out.println("Backchannel is online. Stop it with Ctrl+C.");
        out.flush();
        bot.awaitClosed();
        return 0;
    }
}
