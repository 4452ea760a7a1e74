package dev.backchannel.config;

/**
 * The operations endpoint ({@code /healthz}, {@code /metrics}).
 *
 * @param port its TCP port; 0: no endpoint
 * @param host the address it binds to; the loopback address by default, so that nothing outside
 *     the machine reads it unless an operator says so
 */
public record OpsConfig(int port, String host) {
    public OpsConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ops.port must be between 0 (off) and 65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("ops.host must name an address, such as 127.0.0.1");
        }
    }

    public boolean enabled() {
        return port != 0;
    }
}
