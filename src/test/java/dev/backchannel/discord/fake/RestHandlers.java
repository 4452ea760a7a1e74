package dev.backchannel.discord.fake;

import static dev.backchannel.discord.fake.Json.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.discord.fake.RestRoute.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Discord REST endpoints a bot uses to reply, edit, follow up, open threads and register
 * commands, answered the way Discord's API reference describes them (full objects, Discord's error
 * codes) from {@link FakeState}.
 */
final class RestHandlers {

    private static final int CALLBACK_MESSAGE = 4;
    private static final int CALLBACK_DEFERRED_MESSAGE = 5;
    private static final int CALLBACK_DEFERRED_UPDATE = 6;
    private static final int CALLBACK_UPDATE_MESSAGE = 7;
    private static final String GLOBAL = "global";

    private final FakeState state;
    private final Supplier<String> gatewayUrl;
    private final Map<String, ArrayNode> commandsByScope = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    RestHandlers(FakeState state, Supplier<String> gatewayUrl) {
        this.state = state;
        this.gatewayUrl = gatewayUrl;
    }

    /** The routes in matching order; {@code p} holds the path parameters, {@code r} the request. */
    List<RestRoute> routes() {
        String original = "/webhooks/{app}/{token}/messages/@original";
        String webhookMessage = "/webhooks/{app}/{token}/messages/{message}";
        String guildCommands = "/applications/{app}/guilds/{guild}/commands";
        String channelMessage = "/channels/{channel}/messages/{message}";
        String ownReaction = channelMessage + "/reactions/{emoji}/@me";
        return List.of(
                route("GET", "/users/@me", (r, p) -> selfUser(r)),
                route("GET", "/gateway", (r, p) -> Response.ok(gateway())),
                route("GET", "/gateway/bot", (r, p) -> Response.ok(gatewayBot())),
                route("PUT", "/applications/{app}/commands", (r, p) -> replaceCommands(GLOBAL, r)),
                route("GET", "/applications/{app}/commands", (r, p) -> listCommands(GLOBAL)),
                route("POST", "/applications/{app}/commands", (r, p) -> upsertCommand(GLOBAL, r)),
                route("PUT", guildCommands, (r, p) -> replaceCommands(p.get(1), r)),
                route("GET", guildCommands, (r, p) -> listCommands(p.get(1))),
                route("POST", guildCommands, (r, p) -> upsertCommand(p.get(1), r)),
                route("POST", "/interactions/{id}/{token}/callback", (r, p) -> callback(p.get(1), r)),
                route("GET", original, (r, p) -> found(state.original(p.get(1)))),
                route("PATCH", original, (r, p) -> editOriginal(p.get(1), r)),
                route("DELETE", original, (r, p) -> deleted(state.deleteOriginal(p.get(1)))),
                route("POST", "/webhooks/{app}/{token}", (r, p) -> followUp(p.get(1), r)),
                route("GET", webhookMessage, (r, p) -> found(state.message(idAt(p, 2)))),
                route("PATCH", webhookMessage, (r, p) -> editMessage(idAt(p, 2), r)),
                route("DELETE", webhookMessage, (r, p) -> deleted(state.deleteMessage(idAt(p, 2)))),
                route("GET", "/channels/{channel}", (r, p) -> channel(idAt(p, 0))),
                route("PATCH", "/channels/{channel}", (r, p) -> editChannel(idAt(p, 0), r)),
                route("POST", "/channels/{channel}/messages", (r, p) -> sendMessage(idAt(p, 0), r)),
                route("GET", channelMessage, (r, p) -> found(state.message(idAt(p, 1)))),
                route("PATCH", channelMessage, (r, p) -> editMessage(idAt(p, 1), r)),
                route("DELETE", channelMessage, (r, p) -> deleted(state.deleteMessage(idAt(p, 1)))),
                route("POST", channelMessage + "/threads", (r, p) -> threadFromMessage(idAt(p, 0), idAt(p, 1), r)),
                route("POST", "/channels/{channel}/threads", (r, p) -> thread(idAt(p, 0), r)),
                route("PUT", "/channels/{channel}/thread-members/@me", (r, p) -> Response.noContent()),
                route("DELETE", "/channels/{channel}/thread-members/@me", (r, p) -> Response.noContent()),
                route("POST", "/channels/{channel}/typing", (r, p) -> Response.noContent()),
                route("PUT", ownReaction, (r, p) -> Response.noContent()),
                route("DELETE", ownReaction, (r, p) -> Response.noContent()));
    }

    private static RestRoute route(String method, String pattern, RestRoute.Handler handler) {
        return new RestRoute(method, pattern, handler);
    }

    /** The snowflake at a parameter position. */
    private static long idAt(List<String> parameters, int index) {
        return Long.parseUnsignedLong(parameters.get(index));
    }

    /** Login: the bot user, or 401 (JDA's InvalidTokenException) for another token. */
    private Response selfUser(RecordedRequest request) {
        if (!("Bot " + state.token()).equals(request.authorization())) {
            return Response.error(401, 0, "401: Unauthorized");
        }
        return Response.ok(Payloads.selfUser(state.bot()));
    }

    private ObjectNode gateway() {
        return Json.object().put("url", gatewayUrl.get());
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = gateway().put("shards", state.shards());
        ObjectNode limit = json.putObject("session_start_limit");
        limit.put("total", 1000).put("remaining", 1000).put("reset_after", 0).put("max_concurrency", 1);
        return json;
    }

    /** {@code PUT}: the bot's complete list of commands, echoed back with ids as Discord does. */
    private Response replaceCommands(String scope, RecordedRequest request) {
        ArrayNode commands = Json.array();
        request.body().forEach(command -> commands.add(registered(scope, command)));
        commandsByScope.put(scope, commands);
        return Response.ok(commands);
    }

    private Response upsertCommand(String scope, RecordedRequest request) {
        ObjectNode command = registered(scope, request.body());
        ArrayNode commands = commandsByScope.computeIfAbsent(scope, ignored -> Json.array());
        synchronized (commands) {
            for (int i = commands.size() - 1; i >= 0; i--) {
                if (commands.get(i).path("name").equals(command.path("name"))) {
                    commands.remove(i);
                }
            }
            commands.add(command);
        }
        return Response.created(command);
    }

    private Response listCommands(String scope) {
        return Response.ok(commandsByScope.getOrDefault(scope, Json.array()).deepCopy());
    }

    private ObjectNode registered(String scope, JsonNode command) {
        ObjectNode json = command.deepCopy();
        long commandId = state.commandId(command.path("name").asText());
        json.put("id", id(commandId));
        json.put("application_id", id(state.applicationId()));
        json.put("version", id(commandId));
        if (!json.has("type")) {
            json.put("type", 1);
        }
        if (!json.has("description")) {
            json.put("description", "");
        }
        if (!scope.equals(GLOBAL)) {
            json.put("guild_id", scope);
        }
        return json;
    }

    /** The first response to an interaction; Discord answers 204 and remembers the message. */
    private Response callback(String token, RecordedRequest request) {
        Optional<FakeState.Interaction> found = state.interaction(token);
        if (found.isEmpty()) {
            return Response.error(404, 10062, "Unknown interaction");
        }
        if (acknowledged.putIfAbsent(token, true) != null) {
            return Response.error(400, 40060, "Interaction has already been acknowledged.");
        }
        FakeState.Interaction interaction = found.get();
        JsonNode data = request.body().path("data");
        switch (request.body().path("type").asInt()) {
            case CALLBACK_MESSAGE -> state.setOriginal(token, webhookMessage(interaction, data));
            case CALLBACK_DEFERRED_MESSAGE -> {
                ObjectNode thinking = webhookMessage(interaction, Json.object());
                thinking.put("flags", data.path("flags").asInt() | Payloads.FLAG_LOADING);
                state.setOriginal(token, thinking);
            }
            case CALLBACK_DEFERRED_UPDATE ->
                state.message(interaction.messageId()).ifPresent(m -> state.setOriginal(token, m));
            case CALLBACK_UPDATE_MESSAGE ->
                state.message(interaction.messageId())
                        .ifPresent(m -> state.setOriginal(token, Payloads.markEdited(m, data)));
            default -> {
                // Modals and autocomplete results create no message.
            }
        }
        return Response.noContent();
    }

    private Response editOriginal(String token, RecordedRequest request) {
        Optional<ObjectNode> original = state.original(token);
        if (original.isEmpty()) {
            return unknownMessage();
        }
        ObjectNode edited = Payloads.markEdited(original.get(), request.body());
        state.setOriginal(token, edited);
        return Response.ok(edited);
    }

    private Response followUp(String token, RecordedRequest request) {
        Optional<FakeState.Interaction> interaction = state.interaction(token);
        if (interaction.isEmpty()) {
            return Response.error(404, 10015, "Unknown Webhook");
        }
        ObjectNode message = webhookMessage(interaction.get(), request.body());
        state.saveMessage(message);
        boolean wait = "true".equals(request.query().get("wait"));
        return wait ? Response.ok(message) : Response.noContent();
    }

    private Response sendMessage(long channelId, RecordedRequest request) {
        if (state.channelJson(channelId).isEmpty()) {
            return unknownChannel();
        }
        ObjectNode message = Payloads.message(Snowflakes.next(), channelId, state.bot(), request.body());
        state.saveMessage(message);
        return Response.ok(message);
    }

    private Response editMessage(long messageId, RecordedRequest request) {
        Optional<ObjectNode> message = state.message(messageId);
        if (message.isEmpty()) {
            return unknownMessage();
        }
        ObjectNode edited = Payloads.markEdited(message.get(), request.body());
        state.saveMessage(edited);
        return Response.ok(edited);
    }

    private Response channel(long channelId) {
        Optional<ObjectNode> channel = state.channelJson(channelId);
        return channel.isPresent() ? Response.ok(channel.get()) : unknownChannel();
    }

    /**
     * Modifies a channel (a thread's name, archived state or a forum post's applied tags) and
     * returns it; a thread created during the test keeps the change.
     */
    private Response editChannel(long channelId, RecordedRequest request) {
        Optional<ObjectNode> channel = state.channelJson(channelId);
        Optional<GuildFixture> guild = state.guildOfChannel(channelId);
        if (channel.isEmpty() || guild.isEmpty()) {
            return unknownChannel();
        }
        ObjectNode edited = channel.get();
        request.body()
                .fields()
                .forEachRemaining(
                        field -> edited.set(field.getKey(), field.getValue().deepCopy()));
        if (edited.has("thread_metadata")) {
            state.addThread(guild.get().id(), edited);
        }
        return Response.ok(edited);
    }

    /** A thread started from a message takes the message's id, as on Discord. */
    private Response threadFromMessage(long channelId, long messageId, RecordedRequest request) {
        return createThread(channelId, messageId, GuildFixture.Channel.PUBLIC_THREAD, request);
    }

    private Response thread(long channelId, RecordedRequest request) {
        int type = request.body().path("type").asInt(GuildFixture.Channel.PUBLIC_THREAD);
        return createThread(channelId, Snowflakes.next(), type, request);
    }

    private Response createThread(long parentId, long threadId, int type, RecordedRequest request) {
        Optional<GuildFixture> guild = state.guildOfChannel(parentId);
        if (guild.isEmpty()) {
            return unknownChannel();
        }
        String name = request.body().path("name").asText("thread");
        ObjectNode thread =
                Payloads.thread(threadId, type, name, parentId, guild.get().id(), state.bot(), true);
        state.addThread(guild.get().id(), thread);
        return Response.created(thread);
    }

    private ObjectNode webhookMessage(FakeState.Interaction interaction, JsonNode request) {
        return Payloads.webhookMessage(
                Snowflakes.next(), interaction.channelId(), state.bot(), state.applicationId(), request);
    }

    private static Response found(Optional<ObjectNode> message) {
        return message.isPresent() ? Response.ok(message.get()) : unknownMessage();
    }

    private static Response deleted(boolean existed) {
        return existed ? Response.noContent() : unknownMessage();
    }

    private static Response unknownMessage() {
        return Response.error(404, 10008, "Unknown Message");
    }

    private static Response unknownChannel() {
        return Response.error(404, 10003, "Unknown Channel");
    }
}
