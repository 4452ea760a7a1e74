package dev.backchannel.serving;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Something made once per served version rather than once per question: a retriever reads its
 * index's vocabulary when it is made. Only the last version's is kept; a reload makes a new one.
 */
public final class PerVersion {

    private PerVersion() {}

    public static <T> Function<ServedKnowledge, T> of(Function<ServedKnowledge, T> make) {
        AtomicReference<Map.Entry<ServedKnowledge, T>> last = new AtomicReference<>();
        return version -> {
            Map.Entry<ServedKnowledge, T> cached = last.get();
            if (cached != null && cached.getKey() == version) {
                return cached.getValue();
            }
            T made = make.apply(version);
            last.set(Map.entry(version, made));
            return made;
        };
    }
}
