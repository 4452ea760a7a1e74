package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests with the real JDA: a REST server under {@code
 * /api/v10} and a gateway WebSocket, both on free ports, serving the configured bot, application
 * and guilds. Every REST request and gateway payload is recorded; tests wait for them with a
 * deadline. Every REST request is also checked against Discord's OpenAPI description of its API
 * ({@link SpecConformance}): one that breaks it is answered with Discord's error, fails {@code
 * awaitRequest} for it and fails {@link #close}. Close it after JDA is shut down.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.builder().guild(guild).start()) {
 *   ReadySignal ready = new ReadySignal();
 *   JDA jda = discord.jdaBuilder(List.of()).addEventListeners(ready, bot).build();
 *   ready.await(Duration.ofSeconds(5));
 *   SentInteraction sent =
 *       discord.dispatchSlashCommand(SlashCommand.of("ping", GUILD, CHANNEL, ALICE));
 *   RecordedRequest edit = discord.awaitRequest("PATCH", sent.originalPath(), DEADLINE);
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {

    public static final long DEFAULT_BOT_ID = 1_100_000_000_000_000_001L;
    public static final long DEFAULT_APPLICATION_ID = 1_100_000_000_000_000_002L;
    public static final String DEFAULT_TOKEN = "fake-bot-token";

    private final FakeState state;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private final FakeCdn cdn;

    private FakeDiscord(FakeState state) throws IOException {
        this.state = state;
        this.gateway = new FakeGateway(state);
        try {
            this.rest = new FakeRest(
                    new RestHandlers(state, gateway::url).routes(),
                    new SpecConformance(DiscordApiSpec.vendored(), new JdaSerialization()));
        } catch (IOException | RuntimeException e) {
            gateway.close();
            throw e;
        }
        try {
            this.cdn = new FakeCdn();
        } catch (IOException | RuntimeException e) {
            rest.close();
            gateway.close();
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>/api/v10/}, for {@code RestConfig#setBaseUrl}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** {@code ws://127.0.0.1:<port>}, for {@code SessionController#getGateway}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String token() {
        return state.token();
    }

    public FakeUser botUser() {
        return state.bot();
    }

    public long applicationId() {
        return state.applicationId();
    }

    /**
     * A {@code JDABuilder.createLight} for this fake. It configures: the REST base URL; a session
     * controller that returns the fake's gateway URL and identifies without delay; no gateway
     * compression; and no shutdown hook. Add listeners (and a {@link ReadySignal}) before {@code
     * build()}; shut JDA down before closing the fake.
     */
    public JDABuilder jdaBuilder(Collection<GatewayIntent> intents) {
        return JDABuilder.createLight(state.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(restBaseUrl()))
                .setSessionController(new FakeSessionController(gatewayUrl()))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    /**
     * A {@code DefaultShardManagerBuilder.createLight} for this fake with {@link Builder#shards}
     * shards, configured as {@link #jdaBuilder}. It asks {@code GET /gateway/bot} for the gateway, as
     * a real shard manager does; each guild goes to shard {@code (id >> 22) % shards}.
     */
    public DefaultShardManagerBuilder shardManagerBuilder(Collection<GatewayIntent> intents) {
        return DefaultShardManagerBuilder.createLight(state.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(restBaseUrl()))
                .setSessionController(new FakeSessionController(gatewayUrl()))
                .setShardsTotal(state.shards())
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    /** Dispatches INTERACTION_CREATE for a slash command; JDA answers on the returned paths. */
    public SentInteraction dispatchSlashCommand(SlashCommand given) {
        SlashCommand command = withAttachmentsPublished(given);
        long id = Snowflakes.next();
        String token = interactionToken(id);
        state.rememberInteraction(new FakeState.Interaction(id, token, command.guildId(), command.channelId(), 0));
        gateway.dispatch(
                command.guildId(), "INTERACTION_CREATE", InteractionPayloads.slashCommand(state, command, id, token));
        return new SentInteraction(id, token, state.applicationId());
    }

    /** The command with each attached file published on the fake file host, as Discord does before sending it. */
    private SlashCommand withAttachmentsPublished(SlashCommand command) {
        List<SlashCommand.Option> options = command.options().stream()
                .map(option -> option.value() instanceof SlashCommand.FileAttachment file
                        ? new SlashCommand.Option(option.name(), option.type(), publish(command.channelId(), file))
                        : option)
                .toList();
        return new SlashCommand(
                command.name(),
                command.subcommand(),
                command.guildId(),
                command.channelId(),
                command.user(),
                command.locale(),
                options,
                command.place());
    }

    private SlashCommand.PublishedAttachment publish(long channelId, SlashCommand.FileAttachment file) {
        long attachmentId = Snowflakes.next();
        String url = cdn.publish(channelId, attachmentId, file.fileName(), file.content());
        return new SlashCommand.PublishedAttachment(attachmentId, file.fileName(), file.content().length, url);
    }

    /** The paths of the attached files the bot downloaded, in order. */
    public List<String> attachmentDownloads() {
        return cdn.downloaded();
    }

    /** Dispatches INTERACTION_CREATE for a click on a button (component interaction, type 3). */
    public SentInteraction dispatchButtonClick(ButtonClick click) {
        long id = Snowflakes.next();
        String token = interactionToken(id);
        ObjectNode message = state.message(click.messageId())
                .orElseGet(() -> Payloads.messageWithButton(
                        click.messageId(), click.channelId(), state.bot(), click.customId()));
        state.rememberInteraction(
                new FakeState.Interaction(id, token, click.guildId(), click.channelId(), click.messageId()));
        gateway.dispatch(
                click.guildId(),
                "INTERACTION_CREATE",
                InteractionPayloads.buttonClick(state, click, id, token, message));
        return new SentInteraction(id, token, state.applicationId());
    }

    /** Dispatches INTERACTION_CREATE for a command picked from a message's context menu in the bot's DM. */
    public SentInteraction dispatchMessageCommand(MessageCommandUse use) {
        return dispatchInDm(use.channelId(), (id, token) -> InteractionPayloads.messageCommand(state, use, id, token));
    }

    /** Dispatches INTERACTION_CREATE for a modal submitted in a guild channel or the bot's DM (type 5). */
    public SentInteraction dispatchModalSubmit(ModalSubmit submit) {
        if (submit.guildId() == 0) {
            return dispatchInDm(
                    submit.channelId(), (id, token) -> InteractionPayloads.modalSubmit(state, submit, id, token));
        }
        long id = Snowflakes.next();
        String token = interactionToken(id);
        state.rememberInteraction(new FakeState.Interaction(id, token, submit.guildId(), submit.channelId(), 0));
        gateway.dispatch(
                submit.guildId(), "INTERACTION_CREATE", InteractionPayloads.modalSubmit(state, submit, id, token));
        return new SentInteraction(id, token, state.applicationId());
    }

    /** An interaction in the bot's DM, which the first shard receives, as it has no guild. */
    private SentInteraction dispatchInDm(long channelId, BiFunction<Long, String, ObjectNode> payload) {
        long id = Snowflakes.next();
        String token = interactionToken(id);
        state.rememberInteraction(new FakeState.Interaction(id, token, 0, channelId, 0));
        gateway.dispatch(0, "INTERACTION_CREATE", payload.apply(id, token));
        return new SentInteraction(id, token, state.applicationId());
    }

    /**
     * The response message of an interaction as the fake keeps it (with its id, flags and
     * components), for a click on a button of that very message.
     */
    public Optional<JsonNode> originalMessage(SentInteraction interaction) {
        return state.original(interaction.token()).map(JsonNode.class::cast);
    }

    /** Dispatches MESSAGE_CREATE for a person's message in a guild channel; returns its id. */
    public long dispatchMessage(long guildId, long channelId, FakeUser author, String content) {
        long id = Snowflakes.next();
        gateway.dispatch(guildId, "MESSAGE_CREATE", Payloads.guildMessage(id, channelId, guildId, author, content));
        return id;
    }

    /**
     * Dispatches MESSAGE_CREATE for a message that mentions the bot, {@code <@bot> content}, with the
     * bot in the message's mentions as Discord sends it; returns its id.
     */
    public long dispatchMention(long guildId, long channelId, FakeUser author, String content) {
        long id = Snowflakes.next();
        ObjectNode message = Payloads.guildMessage(
                id, channelId, guildId, author, "<@" + Json.id(state.bot().id()) + "> " + content);
        ((ArrayNode) message.get("mentions")).add(Payloads.user(state.bot()));
        gateway.dispatch(guildId, "MESSAGE_CREATE", message);
        return id;
    }

    /**
     * A new post in a forum channel, as Discord announces it: THREAD_CREATE of the post's thread
     * (newly created, with its applied tags), then MESSAGE_CREATE of its first message, which has
     * the thread's id. Returns the thread's id; the bot's PATCH of the thread updates it here.
     */
    public long dispatchForumPost(
            long guildId, long forumId, FakeUser author, String title, String content, long... tagIds) {
        long id = Snowflakes.next();
        ObjectNode thread =
                Payloads.thread(id, GuildFixture.Channel.PUBLIC_THREAD, title, forumId, guildId, author, false);
        ArrayNode applied = thread.putArray("applied_tags");
        for (long tagId : tagIds) {
            applied.add(Json.id(tagId));
        }
        state.addThread(guildId, thread);
        gateway.dispatch(guildId, "THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        gateway.dispatch(guildId, "MESSAGE_CREATE", Payloads.guildMessage(id, id, guildId, author, content));
        return id;
    }

    /** Dispatches any gateway event (e.g. MESSAGE_CREATE) to the shard of the guild. */
    public void dispatch(long guildId, String eventType, JsonNode data) {
        gateway.dispatch(guildId, eventType, data);
    }

    /** Sends RECONNECT (op 7) on every gateway connection; JDA reconnects and RESUMEs. */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /** Every REST request so far, oldest first. */
    public List<RecordedRequest> requests() {
        return rest.requests().snapshot();
    }

    /**
     * The first REST request, recorded or arriving within the timeout, that matches.
     *
     * @throws AssertionError when that request breaks Discord's API description, with what is wrong
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching, Duration timeout)
            throws InterruptedException {
        RecordedRequest request = rest.requests().await(matching, timeout);
        // The very request, not an equal one: records compare by value.
        Optional<SpecViolation> violation =
                specViolations().stream().filter(v -> v.request() == request).findFirst();
        if (violation.isPresent()) {
            throw new AssertionError("The awaited request breaks Discord's API description: " + violation.get());
        }
        return request;
    }

    /** As {@link #awaitRequest(Predicate, Duration)} for {@link RecordedRequest#is}. */
    public RecordedRequest awaitRequest(String method, String pathPattern, Duration timeout)
            throws InterruptedException {
        return awaitRequest(request -> request.is(method, pathPattern), timeout);
    }

    /**
     * Requests that break Discord's API description, answered as Discord would (400, 404 or 405);
     * {@link #close} fails when there are any.
     */
    List<SpecViolation> specViolations() {
        return rest.specViolations().snapshot();
    }

    /** Requests the fake has no route for (answered 404); a passing test expects none. */
    public List<RecordedRequest> unknownRoutes() {
        return rest.unknownRoutes().snapshot();
    }

    /** Every payload the bot sent on the gateway (IDENTIFY, heartbeats, ...), oldest first. */
    public List<GatewayPayload> gatewayPayloads() {
        return gateway.received().snapshot();
    }

    public GatewayPayload awaitGatewayPayload(Predicate<GatewayPayload> matching, Duration timeout)
            throws InterruptedException {
        return gateway.received().await(matching, timeout);
    }

    /**
     * Stops both servers, then fails if any request broke Discord's API description: every test that
     * closes its fake Discord is checked, whether or not it waited for the request.
     *
     * @throws AssertionError listing each such request and what is wrong with it
     */
    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            try {
                rest.close();
            } finally {
                cdn.close();
            }
        }
        List<SpecViolation> violations = specViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size()
                    + " request(s) to the fake Discord broke Discord's API description ("
                    + DiscordApiSpec.RESOURCE
                    + "):"
                    + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()));
        }
    }

    private static String interactionToken(long id) {
        return "interaction-token-" + Json.id(id);
    }

    /** The bot, application and guilds the fake serves; defaults suit a single-guild test. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private FakeUser bot = FakeUser.bot(DEFAULT_BOT_ID, "backchannel");
        private long applicationId = DEFAULT_APPLICATION_ID;
        private int shards = 1;
        private final List<GuildFixture> guilds = new ArrayList<>();

        private Builder() {}

        public Builder token(String newToken) {
            this.token = newToken;
            return this;
        }

        public Builder botUser(long id, String username) {
            this.bot = FakeUser.bot(id, username);
            return this;
        }

        public Builder applicationId(long id) {
            this.applicationId = id;
            return this;
        }

        /** The shard count {@code GET /gateway/bot} recommends and the shard manager builder uses. */
        public Builder shards(int count) {
            this.shards = count;
            return this;
        }

        public Builder guild(GuildFixture guild) {
            guilds.add(guild);
            return this;
        }

        /** Starts both servers on free ports of 127.0.0.1. */
        public FakeDiscord start() {
            try {
                return new FakeDiscord(new FakeState(token, bot, applicationId, shards, guilds));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the fake Discord", e);
            }
        }
    }
}
