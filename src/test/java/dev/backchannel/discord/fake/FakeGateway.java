package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway WebSocket server on 127.0.0.1: one {@link Session} per connection, each saying HELLO,
 * answering heartbeats, and after IDENTIFY sending READY and one GUILD_CREATE per guild of its
 * shard. RESUME of a session it knows is answered with RESUMED; any other with INVALID_SESSION.
 */
final class FakeGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    private static final int OP_DISPATCH = 0;
    private static final int OP_RECONNECT = 7;
    private static final int OP_INVALID_SESSION = 9;
    private static final int OP_HELLO = 10;
    private static final int OP_HEARTBEAT_ACK = 11;

    /** Discord's usual interval; tests end long before a second heartbeat is due. */
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private record ShardInfo(int shard, int shardTotal) {}

    private final FakeState state;
    private final ServerSocket serverSocket;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final Map<String, ShardInfo> knownSessions = new ConcurrentHashMap<>();
    private final Recording<GatewayPayload> received = new Recording<>("gateway payload");
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    FakeGateway(FakeState state) throws IOException {
        this.state = state;
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptConnections, "fake-gateway-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + serverSocket.getLocalPort();
    }

    Recording<GatewayPayload> received() {
        return received;
    }

    private Session identifiedSession(long guildId) {
        Session session = null;
        for (Session candidate : sessions) {
            if (candidate.identified && candidate.owns(guildId)) {
                session = candidate; // the newest one wins, should an old one still be closing
            }
        }
        return session;
    }

    /**
     * Sends a dispatch event to the identified session whose shard receives this guild's events.
     *
     * @throws IllegalStateException when no such session is connected within five seconds
     */
    void dispatch(long guildId, String type, JsonNode data) {
        // A client that was just told to reconnect needs a moment to identify again: wait for it.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        Session session = identifiedSession(guildId);
        while (session == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            session = identifiedSession(guildId);
        }
        if (session == null) {
            throw new IllegalStateException(
                    "No identified gateway session for guild " + guildId + "; is JDA connected?");
        }
        session.dispatch(type, data);
    }

    /** Asks every connected client to reconnect (op 7); JDA then comes back with RESUME. */
    void requestReconnect() {
        for (Session session : sessions) {
            session.send(OP_RECONNECT, null);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.debug("Closing the gateway server socket failed", e);
        }
        for (Session session : sessions) {
            session.connection.close(1001);
        }
    }

    private void acceptConnections() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                Thread thread =
                        new Thread(() -> serve(socket), "fake-gateway-session-" + connections.incrementAndGet());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Fake gateway stopped accepting connections", e);
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        Session session;
        try {
            session = new Session(WebSocketConnection.accept(socket));
        } catch (IOException e) {
            LOG.warn("Fake gateway rejected a connection", e);
            return;
        }
        sessions.add(session);
        try {
            session.run();
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.debug("Fake gateway session ended", e);
            }
        } finally {
            sessions.remove(session);
            session.connection.closeSocket();
        }
    }

    /** The gateway conversation on one connection. */
    private final class Session {
        private final WebSocketConnection connection;
        private volatile int shard;
        private volatile int shardTotal = 1;
        private volatile boolean identified;
        private int sequence; // guarded by this

        Session(WebSocketConnection connection) {
            this.connection = connection;
        }

        void run() throws IOException {
            ObjectNode hello = Json.object().put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
            send(OP_HELLO, hello);
            for (String text = connection.readText(); text != null; text = connection.readText()) {
                JsonNode payload = Json.parse(text);
                int op = payload.path("op").asInt(-1);
                JsonNode data = payload.path("d");
                switch (op) {
                    case GatewayPayload.HEARTBEAT -> {
                        received.add(new GatewayPayload(shard, op, data));
                        send(OP_HEARTBEAT_ACK, null);
                    }
                    case GatewayPayload.IDENTIFY -> identify(data);
                    case GatewayPayload.RESUME -> resume(data);
                    default -> received.add(new GatewayPayload(shard, op, data));
                }
            }
        }

        boolean owns(long guildId) {
            return Snowflakes.shardOf(guildId, shardTotal) == shard;
        }

        private void identify(JsonNode data) {
            JsonNode shardArray = data.path("shard");
            if (shardArray.isArray() && shardArray.size() == 2) {
                shard = shardArray.get(0).asInt();
                shardTotal = shardArray.get(1).asInt();
            }
            received.add(new GatewayPayload(shard, GatewayPayload.IDENTIFY, data));
            String sessionId = "fake-session-" + Snowflakes.next();
            knownSessions.put(sessionId, new ShardInfo(shard, shardTotal));
            List<GuildFixture> guilds = state.guildsOfShard(shard, shardTotal);
            dispatch(
                    "READY",
                    Payloads.ready(sessionId, url(), state.bot(), state.applicationId(), guilds, shard, shardTotal));
            for (GuildFixture guild : guilds) {
                dispatch("GUILD_CREATE", Payloads.guildCreate(guild, state.bot()));
            }
            identified = true;
        }

        private void resume(JsonNode data) {
            ShardInfo known = knownSessions.get(data.path("session_id").asText());
            if (known != null) {
                shard = known.shard();
                shardTotal = known.shardTotal();
            }
            received.add(new GatewayPayload(shard, GatewayPayload.RESUME, data));
            if (known == null) {
                send(OP_INVALID_SESSION, BooleanNode.FALSE);
                return;
            }
            synchronized (this) {
                sequence = data.path("seq").asInt();
            }
            dispatch("RESUMED", Json.object());
            identified = true;
        }

        synchronized void dispatch(String type, JsonNode data) {
            sequence++;
            ObjectNode payload = Json.object();
            payload.put("op", OP_DISPATCH);
            payload.put("s", sequence);
            payload.put("t", type);
            payload.set("d", data);
            sendText(payload);
        }

        void send(int op, JsonNode data) {
            ObjectNode payload = Json.object();
            payload.put("op", op);
            payload.set("d", data);
            sendText(payload);
        }

        private void sendText(ObjectNode payload) {
            try {
                connection.sendText(payload.toString());
            } catch (IOException e) {
                throw new IllegalStateException("The gateway connection is closed", e);
            }
        }
    }
}
