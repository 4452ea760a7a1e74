package dev.backchannel.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The checks the bot's health is made of. */
public final class Checks {

    private static final int VALIDATION_SECONDS = 2;

    private Checks() {}

    /** {@code index}: whether the search index is open. */
    public static Check index(BooleanSupplier loaded) {
        return new Check("index", () -> loaded.getAsBoolean() ? Optional.empty() : Optional.of("not loaded"));
    }

    /**
     * {@code database}: whether a connection can be had and answers. With a pool, getting one waits
     * up to the pool's connection timeout, so keep that shorter than the prober's.
     */
    public static Check database(DataSource dataSource) {
        return new Check("database", () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(VALIDATION_SECONDS)
                        ? Optional.empty()
                        : Optional.of("unreachable (the connection does not answer)");
            } catch (SQLException e) {
                return Optional.of("unreachable (" + Problems.describe(e) + ")");
            }
        });
    }

    /** {@code shards}: every gateway shard connected; none at all is a problem too. */
    public static Check shards(Supplier<List<ShardState>> shards) {
        return new Check("shards", () -> {
            List<ShardState> states = shards.get();
            if (states.isEmpty()) {
                return Optional.of("no shard started");
            }
            String down = states.stream()
                    .filter(state -> !state.connected())
                    .map(state -> "shard " + state.id() + " not connected (status " + state.status() + ")")
                    .collect(Collectors.joining("; "));
            return down.isEmpty() ? Optional.empty() : Optional.of(down);
        });
    }
}
