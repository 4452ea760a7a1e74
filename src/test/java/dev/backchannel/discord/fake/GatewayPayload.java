package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One payload the bot sent to the fake gateway, e.g. IDENTIFY (op 2) with its intents.
 *
 * @param shard the shard id of the connection (0 when not sharded, or before IDENTIFY)
 * @param op the gateway opcode
 * @param data the {@code d} field
 */
public record GatewayPayload(int shard, int op, JsonNode data) {

    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int PRESENCE_UPDATE = 3;
    public static final int RESUME = 6;
    public static final int REQUEST_GUILD_MEMBERS = 8;

    @Override
    public String toString() {
        return "shard " + shard + " op " + op + " " + data;
    }
}
