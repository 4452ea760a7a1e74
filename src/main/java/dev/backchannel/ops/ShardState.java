package dev.backchannel.ops;

/**
 * One gateway shard as the operations endpoint sees it, without a Discord library type.
 *
 * @param gatewayPingMillis the last heartbeat round trip; negative while none was measured
 * @param status the library's own word for the shard's state, for the health report
 */
public record ShardState(int id, boolean connected, long gatewayPingMillis, String status) {}
