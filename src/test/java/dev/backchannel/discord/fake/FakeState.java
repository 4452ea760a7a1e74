package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the fake Discord knows: its configuration (bot, application, guilds) and everything created
 * while a test runs (messages, threads, interactions, registered commands). Thread-safe: the REST
 * server, the gateway and the test thread all use it.
 */
final class FakeState {

    /** An interaction the fake dispatched; REST uses it to place the response messages. */
    record Interaction(long id, String token, long guildId, long channelId, long messageId) {}

    private record CreatedThread(long guildId, ObjectNode json) {}

    private final String token;
    private final FakeUser bot;
    private final long applicationId;
    private final int shards;
    private final List<GuildFixture> guilds;

    private final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, Long> originalMessageIds = new ConcurrentHashMap<>();
    private final Map<String, Interaction> interactions = new ConcurrentHashMap<>();
    private final Map<Long, CreatedThread> createdThreads = new ConcurrentHashMap<>();
    private final Map<String, Long> commandIds = new ConcurrentHashMap<>();

    FakeState(String token, FakeUser bot, long applicationId, int shards, List<GuildFixture> guilds) {
        this.token = token;
        this.bot = bot;
        this.applicationId = applicationId;
        this.shards = shards;
        this.guilds = List.copyOf(guilds);
    }

    String token() {
        return token;
    }

    FakeUser bot() {
        return bot;
    }

    long applicationId() {
        return applicationId;
    }

    int shards() {
        return shards;
    }

    List<GuildFixture> guildsOfShard(int shard, int shardTotal) {
        return guilds.stream()
                .filter(g -> Snowflakes.shardOf(g.id(), shardTotal) == shard)
                .toList();
    }

    Optional<GuildFixture> guild(long guildId) {
        return guilds.stream().filter(guild -> guild.id() == guildId).findFirst();
    }

    /** The guild of a fixture channel or of a thread created during the test. */
    Optional<GuildFixture> guildOfChannel(long channelId) {
        CreatedThread thread = createdThreads.get(channelId);
        if (thread != null) {
            return guild(thread.guildId());
        }
        return guilds.stream()
                .filter(guild -> guild.channel(channelId).isPresent())
                .findFirst();
    }

    /** The channel object Discord would send for a fixture channel or a created thread. */
    Optional<ObjectNode> channelJson(long channelId) {
        CreatedThread thread = createdThreads.get(channelId);
        if (thread != null) {
            return Optional.of(thread.json().deepCopy());
        }
        for (GuildFixture guild : guilds) {
            Optional<GuildFixture.Channel> channel = guild.channel(channelId);
            if (channel.isPresent()) {
                return Optional.of(Payloads.channel(channel.get(), guild, bot));
            }
        }
        return Optional.empty();
    }

    void addThread(long guildId, ObjectNode thread) {
        createdThreads.put(thread.path("id").asLong(), new CreatedThread(guildId, thread.deepCopy()));
    }

    void saveMessage(ObjectNode message) {
        messages.put(message.path("id").asLong(), message.deepCopy());
    }

    Optional<ObjectNode> message(long messageId) {
        return Optional.ofNullable(messages.get(messageId)).map(ObjectNode::deepCopy);
    }

    boolean deleteMessage(long messageId) {
        return messages.remove(messageId) != null;
    }

    void rememberInteraction(Interaction interaction) {
        interactions.put(interaction.token(), interaction);
    }

    Optional<Interaction> interaction(String interactionToken) {
        return Optional.ofNullable(interactions.get(interactionToken));
    }

    void setOriginal(String interactionToken, ObjectNode message) {
        saveMessage(message);
        originalMessageIds.put(interactionToken, message.path("id").asLong());
    }

    Optional<ObjectNode> original(String interactionToken) {
        return Optional.ofNullable(originalMessageIds.get(interactionToken)).flatMap(this::message);
    }

    boolean deleteOriginal(String interactionToken) {
        Long messageId = originalMessageIds.remove(interactionToken);
        return messageId != null && deleteMessage(messageId);
    }

    /** The id of a command by name: the one registered with PUT, or a new one kept from now on. */
    long commandId(String name) {
        return commandIds.computeIfAbsent(name, ignored -> Snowflakes.next());
    }
}
