package dev.backchannel.discord;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import javax.sql.DataSource;

/**
 * Rate limits shared by every process of a fleet: Bucket4j buckets in PostgreSQL, updated under a
 * row lock, so a user cannot multiply their limit by the number of processes.
 */
final class SharedRateLimiter implements RateLimiter {

    private final ProxyManager<String> buckets;

    SharedRateLimiter(DataSource database) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .build();
    }

    @Override
    public long acquire(String key, int perMinute) {
        String id = key + "@" + perMinute;
        ConsumptionProbe probe = buckets.builder()
                .build(
                        id,
                        () -> BucketConfiguration.builder()
                                .addLimit(RateLimiter.limit(perMinute))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimiter.secondsToWait(probe.getNanosToWaitForRefill());
    }
}
