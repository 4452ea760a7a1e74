package dev.backchannel.discord;

import dev.backchannel.answer.AnswerService;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.store.ServerSettingsCache;
import dev.backchannel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord front end: logs in with JDA, registers the commands, and answers until closed.
 * Closing stops taking new events, lets answers in flight finish, then logs out.
 */
public final class DiscordBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
  private static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(15);

  private final JDA jda;
  private final InteractionRouter router;
  private final ExecutorService workers;
  private final ServerSettingsCache settings;
  private final CountDownLatch closed = new CountDownLatch(1);

  private DiscordBot(JDA jda, InteractionRouter router, ExecutorService workers, ServerSettingsCache settings) {
    this.jda = jda;
    this.router = router;
    this.workers = workers;
    this.settings = settings;
  }

  /** Every command the bot offers, built over the answer API, the knowledge base and the servers' settings. */
  static List<SlashCommand> commands(
      AnswerService answers, KnowledgeBase knowledge, Gate gate, Store store, DiscordConfig config, ServerSettingsCache settings) {
    TopicCards cards = new TopicCards(knowledge);
    GuildSettings guilds = GuildSettings.from(settings);
    Educators educators = new Educators(config.educatorRoleId(), guilds);
    List<SlashCommand> commands = new ArrayList<>();
    commands.add(new AskCommand(answers, gate, Clock.systemUTC(), store, guilds));
    commands.addAll(TopicCommands.all(cards));
    commands.addAll(InfoCommands.all(cards));
    commands.add(new ReportCommand(store, educators, Clock.systemUTC()));
    commands.add(new SessionCommand(store, educators, gate));
    commands.add(new QuizCommand(new QuizGenerator(knowledge), store, new Random(), educators));
    commands.add(new SettingsCommand(settings, new SettingsBounds(config, answers.hasModel())));
    return commands;
  }

  /** Logs in and blocks until the bot is connected and its commands are registered. */
  public static DiscordBot start(String token, DiscordConfig config, AnswerService answers, KnowledgeBase knowledge, Store store)
      throws InterruptedException {
    ServerSettingsCache settings = ServerSettingsCache.open(store, Clock.systemUTC());
    GuildSettings guilds = GuildSettings.from(settings);
    Gate gate = new Gate(config, Gate.limiterFor(store, Clock.systemUTC()), guilds);
    List<SlashCommand> commands = commands(answers, knowledge, gate, store, config, settings);
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    InteractionRouter router =
        new InteractionRouter(
            commands,
            new Buttons(
                new TopicCards(knowledge),
                store,
                commands.stream().filter(QuizCommand.class::isInstance).map(QuizCommand.class::cast).findFirst(),
                new SessionModeration(new Educators(config.educatorRoleId(), guilds))),
            new MessageAnswers(answers, gate, store, guilds),
            workers);

    // Only what is needed: guild messages for mentions and threads; Message Content (privileged)
    // only to read follow-ups in threads and help desk posts. Slash commands need no intent at all.
    EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES);
    if (config.messageContent()) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    // Forum tags are cached so a help desk post keeps its own tags when the bot adds the educators' one.
    JDABuilder builder =
        JDABuilder.createLight(token, intents).enableCache(CacheFlag.FORUM_TAGS).addEventListeners(router).setEnableShutdownHook(false);
    if (!config.restBaseUrl().isBlank()) {
      builder.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrl()));
    }
    if (!config.gatewayUrl().isBlank()) {
      String gateway = config.gatewayUrl();
      builder.setSessionController(
          new SessionControllerAdapter() {
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
    JDA jda = builder.build();
    jda.awaitReady();
    List<SlashCommandData> data = commands.stream().map(c -> c.data().setContexts(InteractionContextType.GUILD)).toList();
    if (!config.devGuildId().isBlank()) {
      Guild guild = jda.getGuildById(config.devGuildId());
      if (guild == null) {
        throw new IllegalStateException("discord.dev-guild-id " + config.devGuildId() + " is not a guild this bot is in");
      }
      guild.updateCommands().addCommands(data).complete();
    } else {
      jda.updateCommands().addCommands(data).complete();
    }
    log.info("Backchannel is online as {} in {} guilds", jda.getSelfUser().getName(), jda.getGuilds().size());
    return new DiscordBot(jda, router, workers, settings);
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
      jda.removeEventListener(router);
      workers.shutdown();
      if (!workers.awaitTermination(IN_FLIGHT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Answers still running after {}; logging out anyway", IN_FLIGHT_GRACE);
      }
      jda.shutdown();
      if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    } finally {
      settings.close();
      closed.countDown();
    }
  }
}
