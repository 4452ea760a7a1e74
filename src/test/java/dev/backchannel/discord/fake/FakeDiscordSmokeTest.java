package dev.backchannel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
final class FakeDiscordSmokeTest {

    /** Bit 0; JDA adds it itself, so GatewayIntent has no constant for it. */
    private static final int GUILDS_INTENT = 1;

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long GUILD_ID = Snowflakes.fixture(1);
    private static final long CHANNEL_ID = Snowflakes.fixture(11);
    private static final FakeUser ALICE = FakeUser.person(Snowflakes.fixture(21), "alice");

    private final FakeDiscord discord = FakeDiscord.builder()
            .guild(GuildFixture.builder(GUILD_ID, "Backchannel test")
                    .textChannel(CHANNEL_ID, "general")
                    .member(ALICE)
                    .build())
            .start();
    private JDA jda;

    @BeforeEach
    void connect() throws InterruptedException {
        ReadySignal ready = new ReadySignal();
        jda = discord.jdaBuilder(List.of(GatewayIntent.GUILD_MESSAGES))
                .addEventListeners(ready)
                .build();
        ready.await(DEADLINE);
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        try {
            if (jda == null) {
                return; // connect() failed; its error is the one to report
            }
            // shutdown() lets requests already queued finish; shutdownNow() would interrupt a listener's
            // last request and log an error. shutdownNow() remains the fallback.
            jda.shutdown();
            if (!jda.awaitShutdown(DEADLINE)) {
                jda.shutdownNow();
                assertThat(jda.awaitShutdown(DEADLINE))
                        .as("JDA shut down in time")
                        .isTrue();
            }
        } finally {
            discord.close();
        }
    }

    /** The next slash command JDA delivers to a listener. */
    private CompletableFuture<SlashCommandInteractionEvent> nextSlashCommand() {
        CompletableFuture<SlashCommandInteractionEvent> received = new CompletableFuture<>();
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                received.complete(event);
            }
        });
        return received;
    }

    @Test
    @DisplayName("real JDA logs in, identifies with its intents and sees the guild and its channel")
    void reachesReady() throws InterruptedException {
        // given JDA connected in connect()

        // when
        GatewayPayload identify = discord.awaitGatewayPayload(p -> p.op() == GatewayPayload.IDENTIFY, DEADLINE);
        Guild guild = jda.getGuildById(GUILD_ID);

        // then
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Backchannel test");
        assertThat(guild.getTextChannelById(CHANNEL_ID).getName()).isEqualTo("general");
        assertThat(guild.getSelfMember().getIdLong()).isEqualTo(FakeDiscord.DEFAULT_BOT_ID);
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());
        int intents = identify.data().path("intents").asInt();
        assertThat(GatewayIntent.getIntents(intents)).contains(GatewayIntent.GUILD_MESSAGES);
        assertThat(intents & GUILDS_INTENT).as("JDA always adds GUILDS").isEqualTo(GUILDS_INTENT);
        assertThat(discord.requests()).anyMatch(r -> r.is("GET", "/users/@me"));
        assertThat(discord.unknownRoutes()).isEmpty();
    }

    @Test
    @DisplayName("registered commands come back with ids that later interactions carry")
    void registersCommands() throws Exception {
        // given
        CompletableFuture<SlashCommandInteractionEvent> received = nextSlashCommand();

        // when
        List<Command> commands = jda.updateCommands()
                .addCommands(Commands.slash("ask", "Ask a question")
                        .addOption(OptionType.STRING, "question", "Your question", true))
                .submit()
                .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        discord.dispatchSlashCommand(
                SlashCommand.of("ask", GUILD_ID, CHANNEL_ID, ALICE).withOption("question", "?"));

        // then
        assertThat(commands).singleElement().extracting(Command::getName).isEqualTo("ask");
        assertThat(commands.get(0).getOptions())
                .extracting(Command.Option::getName)
                .containsExactly("question");
        SlashCommandInteractionEvent event = received.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event.getCommandIdLong()).isEqualTo(commands.get(0).getIdLong());
        assertThat(discord.requests())
                .anyMatch(r -> r.is("PUT", "/applications/" + discord.applicationId() + "/commands"));
    }

    @Test
    @DisplayName("a deferred slash command reply arrives as a type 5 callback and an edit of @original")
    void slashCommandRoundTrip() throws InterruptedException {
        // given
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.deferReply().queue();
                event.getHook().editOriginal("pong").queue();
            }
        });

        // when
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("ping", GUILD_ID, CHANNEL_ID, ALICE));

        // then
        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), DEADLINE);
        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        RecordedRequest edit = discord.awaitRequest("PATCH", sent.originalPath(), DEADLINE);
        assertThat(edit.text("content")).isEqualTo("pong");
        assertThat(discord.unknownRoutes()).isEmpty();
    }

    @Test
    @DisplayName("a slash command carries its options, user, channel and locale into JDA")
    void slashCommandPayload() throws Exception {
        // given
        CompletableFuture<SlashCommandInteractionEvent> received = nextSlashCommand();

        // when
        discord.dispatchSlashCommand(SlashCommand.of("ask", GUILD_ID, CHANNEL_ID, ALICE)
                .withLocale("vi")
                .withOption("question", "Track two là gì?")
                .withOption("private", true));

        // then
        SlashCommandInteractionEvent event = received.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event.getName()).isEqualTo("ask");
        assertThat(event.getOption("question").getAsString()).isEqualTo("Track two là gì?");
        assertThat(event.getOption("private").getAsBoolean()).isTrue();
        assertThat(event.getUser().getName()).isEqualTo("alice");
        assertThat(event.getChannel().getIdLong()).isEqualTo(CHANNEL_ID);
        assertThat(event.getUserLocale()).isEqualTo(DiscordLocale.VIETNAMESE);
    }

    @Test
    @DisplayName("a reply, a follow-up and an edit of the follow-up come back as full messages")
    void replyAndFollowUp() throws Exception {
        // given
        CompletableFuture<Message> editedFollowUp = new CompletableFuture<>();
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("first").queue();
                event.getHook()
                        .sendMessage("second")
                        .flatMap(followUp -> event.getHook().editMessageById(followUp.getIdLong(), "second, edited"))
                        .queue(editedFollowUp::complete, editedFollowUp::completeExceptionally);
            }
        });

        // when
        SentInteraction sent = discord.dispatchSlashCommand(SlashCommand.of("ask", GUILD_ID, CHANNEL_ID, ALICE));

        // then
        Message message = editedFollowUp.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message.getContentRaw()).isEqualTo("second, edited");
        assertThat(message.getChannelIdLong()).isEqualTo(CHANNEL_ID);
        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), DEADLINE);
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("content").asText()).isEqualTo("first");
        assertThat(discord.awaitRequest("POST", sent.followUpPath(), DEADLINE).text("content"))
                .isEqualTo("second");
    }

    @Test
    @DisplayName("a click on a button of the bot's message reaches a ButtonInteractionEvent listener")
    void buttonClickRoundTrip() throws Exception {
        // given
        CompletableFuture<ButtonInteractionEvent> clicked = new CompletableFuture<>();
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                event.deferEdit().queue();
                clicked.complete(event);
            }
        });
        Message quiz = jda.getTextChannelById(CHANNEL_ID)
                .sendMessage("Which track is unofficial?")
                .setComponents(ActionRow.of(Button.primary("quiz:answer:2", "Track two")))
                .submit()
                .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);

        // when
        SentInteraction sent = discord.dispatchButtonClick(
                ButtonClick.of("quiz:answer:2", quiz.getIdLong(), GUILD_ID, CHANNEL_ID, ALICE));

        // then
        ButtonInteractionEvent event = clicked.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event.getComponentId()).isEqualTo("quiz:answer:2");
        assertThat(event.getButton().getLabel()).isEqualTo("Track two");
        assertThat(event.getMessage().getContentRaw()).isEqualTo("Which track is unofficial?");
        assertThat(event.getUser().getIdLong()).isEqualTo(ALICE.id());
        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), DEADLINE);
        assertThat(callback.body().path("type").asInt()).isEqualTo(6);
    }

    @Test
    @DisplayName("a click on a message the fake never saw still carries a message with that button")
    void buttonClickOnUnknownMessage() throws Exception {
        // given
        CompletableFuture<ButtonInteractionEvent> clicked = new CompletableFuture<>();
        jda.addEventListener(new ListenerAdapter() {
            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                clicked.complete(event);
            }
        });
        long messageId = Snowflakes.next();

        // when
        discord.dispatchButtonClick(ButtonClick.of("more", messageId, GUILD_ID, CHANNEL_ID, ALICE));

        // then
        ButtonInteractionEvent event = clicked.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event.getMessageIdLong()).isEqualTo(messageId);
        assertThat(event.getButton().getCustomId()).isEqualTo("more");
    }

    @Test
    @DisplayName("after a RECONNECT request JDA resumes its session and still receives interactions")
    void resumesAfterReconnect() throws Exception {
        // given
        CompletableFuture<SlashCommandInteractionEvent> received = nextSlashCommand();

        // when
        discord.requestReconnect();
        discord.awaitGatewayPayload(p -> p.op() == GatewayPayload.RESUME, DEADLINE);
        awaitStatus(JDA.Status.CONNECTED);
        discord.dispatchSlashCommand(SlashCommand.of("ping", GUILD_ID, CHANNEL_ID, ALICE));

        // then
        assertThat(received.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS).getName())
                .isEqualTo("ping");
        assertThat(discord.gatewayPayloads())
                .filteredOn(p -> p.op() == GatewayPayload.IDENTIFY)
                .hasSize(1);
    }

    @Test
    @DisplayName("a bot that sends a message and opens a thread on it gets full objects back")
    void messageAndThread() throws Exception {
        // given
        TextChannel channel = jda.getTextChannelById(CHANNEL_ID);

        // when
        Message message = channel.sendMessage("hello").submit().get(5, TimeUnit.SECONDS);
        ThreadChannel thread = message.createThreadChannel("follow-up").submit().get(5, TimeUnit.SECONDS);
        Message inThread = thread.sendMessage("in the thread").submit().get(5, TimeUnit.SECONDS);

        // then
        assertThat(message.getContentRaw()).isEqualTo("hello");
        assertThat(thread.getName()).isEqualTo("follow-up");
        assertThat(thread.getParentChannel().getIdLong()).isEqualTo(CHANNEL_ID);
        assertThat(inThread.getChannel().getIdLong()).isEqualTo(thread.getIdLong());
        assertThat(discord.unknownRoutes()).isEmpty();
    }

    private void awaitStatus(JDA.Status status) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (jda.getStatus() != status) {
            assertThat(System.nanoTime()).as("JDA reached %s in time", status).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
