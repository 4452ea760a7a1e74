package dev.backchannel.cli;

import dev.backchannel.Backchannel;
import dev.backchannel.discord.DiscordBot;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

  @Override
  public Integer call() throws InterruptedException {
    String token = root.environment().getOrDefault("DISCORD_TOKEN", "").strip();
    if (token.isEmpty()) {
      spec.commandLine().getErr().println(NO_TOKEN);
      return 2;
    }
    Backchannel app = root.app();
    app.watchKnowledge();
    DiscordBot bot = DiscordBot.start(token, app.config().discord(), app.answers(), app::knowledge, root.store());
    Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "backchannel-shutdown"));
    spec.commandLine().getOut().println("Backchannel is online. Stop it with Ctrl+C.");
    spec.commandLine().getOut().flush();
    bot.awaitClosed();
    return 0;
  }
}
