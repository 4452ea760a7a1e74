package dev.backchannel.discord.fake;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Sends JDA to the fake gateway instead of {@code wss://gateway.discord.gg/}, and lets sessions
 * (shards, reconnects) identify one after another without the 5 s pause Discord requires.
 */
final class FakeSessionController extends SessionControllerAdapter {

    private final String gatewayUrl;

    FakeSessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new QueueWorker(0L);
                workerHandle.start();
            }
        }
    }
}
