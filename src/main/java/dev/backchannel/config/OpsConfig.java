package dev.backchannel.config;

/**
 * The operations endpoint ({@code /healthz}, {@code /metrics}).
 *
 * @param port its TCP port; 0: no endpoint
 * @param host the address it binds to; the loopback address by default, so that nothing outside
 *     the machine reads it unless an operator says so
 * @param threads requests served at once; a few clients that connect and send nothing must not
 *     take them all
 * @param readTimeout seconds a client has to send its whole request before it is dropped
 */
public record OpsConfig(int port, String host, int threads, int readTimeout) {
    public OpsConfig {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("ops.threads must be between 1 and 64, was " + threads);
        }
        if (readTimeout < 1) {
            throw new IllegalArgumentException("ops.read-timeout must be at least 1 second, was " + readTimeout);
        }
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
