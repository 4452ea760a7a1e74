package dev.backchannel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

final class HealthCheckTest {

    @TempDir
    Path temp;

    private static final List<ShardState> CONNECTED =
            List.of(new ShardState(0, true, 40, "CONNECTED"), new ShardState(1, true, 45, "CONNECTED"));

    private SQLiteDataSource sqlite() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + temp.resolve("health.db"));
        return dataSource;
    }

    @Test
    @DisplayName("healthy when every part is: a line per part says ok")
    void allOk() {
        Health health = new HealthCheck(
                        List.of(Checks.index(() -> true), Checks.database(sqlite()), Checks.shards(() -> CONNECTED)))
                .run();

        assertThat(health.healthy()).isTrue();
        assertThat(health.body()).isEqualTo("index: ok\ndatabase: ok\nshards: ok\n");
    }

    @Test
    @DisplayName("a shard down makes the whole unhealthy and is named with its status, the other parts still reported")
    void shardDown() {
        List<ShardState> shards =
                List.of(new ShardState(0, true, 40, "CONNECTED"), new ShardState(1, false, -1, "RECONNECT_QUEUED"));

        Health health = new HealthCheck(List.of(Checks.index(() -> true), Checks.shards(() -> shards))).run();

        assertThat(health.healthy()).isFalse();
        assertThat(health.body()).isEqualTo("index: ok\nshards: shard 1 not connected (status RECONNECT_QUEUED)\n");
    }

    @Test
    @DisplayName("no shard at all, an index not loaded, or a database that refuses connections are problems")
    void problems() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setServerNames(new String[] {"127.0.0.1"});
        postgres.setPortNumbers(new int[] {closedPort});
        postgres.setDatabaseName("backchannel");

        Health health = new HealthCheck(
                        List.of(Checks.index(() -> false), Checks.database(postgres), Checks.shards(List::of)))
                .run();

        assertThat(health.healthy()).isFalse();
        assertThat(health.body().lines())
                .satisfiesExactly(
                        index -> assertThat(index).isEqualTo("index: not loaded"),
                        database -> assertThat(database)
                                .startsWith("database: unreachable (PSQLException: ")
                                .contains(Integer.toString(closedPort)),
                        shards -> assertThat(shards).isEqualTo("shards: no shard started"));
    }

    @Test
    @DisplayName("a check that throws fails with its message, on one line, and the others still run")
    void throwingCheck() {
        Check broken = new Check("index", () -> {
            throw new IllegalStateException("searcher closed\nat reload");
        });

        Health health = new HealthCheck(List.of(broken, new Check("database", Optional::empty))).run();

        assertThat(health.healthy()).isFalse();
        assertThat(health.body())
                .isEqualTo("index: check failed (IllegalStateException: searcher closed)\ndatabase: ok\n");
    }
}
