package dev.backchannel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
final class FakeDiscordShardsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long GUILD_ON_SHARD_0 = Snowflakes.fixture(2);
    private static final long GUILD_ON_SHARD_1 = Snowflakes.fixture(3);
    private static final long CHANNEL_ON_SHARD_1 = Snowflakes.fixture(13);
    private static final FakeUser BOB = FakeUser.person(Snowflakes.fixture(22), "bob");

    @Test
    @DisplayName("a two-shard manager gets each guild, and its interactions, on the guild's own shard")
    void twoShards() throws Exception {
        // given
        CompletableFuture<SlashCommandInteractionEvent> received = new CompletableFuture<>();
        ListenerAdapter listener = new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                received.complete(event);
            }
        };
        ReadySignal ready = new ReadySignal(2);
        try (FakeDiscord discord = FakeDiscord.builder()
                .shards(2)
                .guild(GuildFixture.builder(GUILD_ON_SHARD_0, "even")
                        .textChannel(Snowflakes.fixture(12), "general")
                        .build())
                .guild(GuildFixture.builder(GUILD_ON_SHARD_1, "odd")
                        .textChannel(CHANNEL_ON_SHARD_1, "general")
                        .member(BOB)
                        .build())
                .start()) {
            ShardManager shards = discord.shardManagerBuilder(List.of())
                    .addEventListeners(ready, listener)
                    .build();
            try {
                ready.await(DEADLINE);

                // when
                discord.dispatchSlashCommand(SlashCommand.of("ping", GUILD_ON_SHARD_1, CHANNEL_ON_SHARD_1, BOB));

                // then
                JDA shard0 = shards.getShardById(0);
                JDA shard1 = shards.getShardById(1);
                assertThat(shard0.getGuildById(GUILD_ON_SHARD_0)).isNotNull();
                assertThat(shard0.getGuildById(GUILD_ON_SHARD_1)).isNull();
                assertThat(shard1.getGuildById(GUILD_ON_SHARD_1)).isNotNull();
                SlashCommandInteractionEvent event = received.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(event.getJDA().getShardInfo().getShardId()).isEqualTo(1);
                assertThat(discord.gatewayPayloads())
                        .filteredOn(payload -> payload.op() == GatewayPayload.IDENTIFY)
                        .extracting(GatewayPayload::shard)
                        .containsExactlyInAnyOrder(0, 1);
                assertThat(discord.requests()).anyMatch(request -> request.is("GET", "/gateway/bot"));
                assertThat(discord.unknownRoutes()).isEmpty();
            } finally {
                List<JDA> all = shards.getShards();
                shards.shutdown();
                for (JDA jda : all) {
                    assertThat(jda.awaitShutdown(DEADLINE))
                            .as("shard shut down in time")
                            .isTrue();
                }
            }
        }
    }
}
