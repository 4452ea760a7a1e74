package dev.backchannel.cli;

import dev.backchannel.Backchannel;
import dev.backchannel.discord.DiscordBot;
import dev.backchannel.discord.ShardSelection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import dev.backchannel.config.DiscordConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel discord}: runs the Discord bot until the process is stopped. */
@Command(name = "discord", description = "Run the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class DiscordCommand implements Callable<Integer> {

  static final String NO_TOKEN =
      "No Discord token: create an application and bot at https://discord.com/developers/applications, copy its token into"
          + " the DISCORD_TOKEN environment variable, then run this again. Without Discord, try: ./backchannel chat";

  @ParentCommand private BackchannelCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--shards", paramLabel = "RANGE", description = "The shards this process runs, e.g. 0-3 or 0,2 (discord.shards); default: all.")
  private String shards;

  @Option(names = "--total-shards", paramLabel = "N", description = "The bot's shard count across all processes (discord.total-shards); default: Discord's recommendation.")
  private Integer totalShards;

  @Override
  public Integer call() throws InterruptedException {
    String token = root.environment().getOrDefault("DISCORD_TOKEN", "").strip();
    if (token.isEmpty()) {
      spec.commandLine().getErr().println(NO_TOKEN);
      return 2;
    }
    DiscordConfig configured = root.config().discord();
    DiscordConfig discord =
        configured.withShards(shards == null ? configured.shards() : shards, totalShards == null ? configured.totalShards() : totalShards);
    try {
      ShardSelection.parse(discord.shards(), discord.totalShards());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    Backchannel app = root.app();
    DiscordBot bot = DiscordBot.start(token, discord, app.answers(), app.knowledge(), root.store());
    Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "backchannel-shutdown"));
    spec.commandLine().getOut().println("Backchannel is online. Stop it with Ctrl+C.");
    spec.commandLine().getOut().flush();
    bot.awaitClosed();
    return 0;
  }
}
