package dev.backchannel.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of Discord's shards this process runs: {@code --shards 0-3 --total-shards 8}, or all of
 * them at Discord's recommended count when neither is given. Each process of a fleet runs its own
 * range; together they cover 0 to total - 1.
 *
 * @param ids the shards run here; empty: all
 * @param total how many shards the bot has in all; 0: as many as Discord recommends
 */
public record ShardSelection(List<Integer> ids, int total) {

    public ShardSelection {
        ids = List.copyOf(ids);
        if (total < 0) {
            throw new IllegalArgumentException("total shards must be positive, was " + total);
        }
        if (!ids.isEmpty() && total == 0) {
            throw new IllegalArgumentException(
                    "choosing shards needs the total: add --total-shards (discord.total-shards)");
        }
        for (int id : ids) {
            if (id < 0 || id >= total && total > 0) {
                throw new IllegalArgumentException(
                        "shard " + id + " is outside 0-" + (total - 1) + " for " + total + " shards");
            }
        }
    }

    /** Parses {@code "0-3"}, {@code "0,2,5"} or {@code "1"}; blank means all. */
    public static ShardSelection parse(String shards, int total) {
        List<Integer> ids = new ArrayList<>();
        if (shards != null && !shards.isBlank()) {
            for (String part : shards.split(",")) {
                String range = part.strip();
                try {
                    int dash = range.indexOf('-');
                    if (dash > 0) {
                        int from = Integer.parseInt(range.substring(0, dash).strip());
                        int to = Integer.parseInt(range.substring(dash + 1).strip());
                        if (to < from) {
                            throw new IllegalArgumentException("shard range " + range + " runs backwards");
                        }
                        for (int id = from; id <= to; id++) {
                            ids.add(id);
                        }
                    } else {
                        ids.add(Integer.parseInt(range));
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("shards must look like 0-3 or 0,2,5, was " + shards);
                }
            }
        }
        return new ShardSelection(ids.stream().distinct().sorted().toList(), total);
    }

    boolean all() {
        return ids.isEmpty();
    }
}
