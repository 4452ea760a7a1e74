package dev.backchannel.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.Fixtures;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.retrieval.PassageRetriever;
import dev.backchannel.retrieval.Retrieval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class KnowledgeHolderTest {

    private static final List<Topic> TOPICS =
            new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics();
    private static final String QUESTION = "What is Track II diplomacy?";

    private final List<String> disposed = new CopyOnWriteArrayList<>();

    private static ServedKnowledge version(String version) throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(TOPICS, Chunker.standard(), version);
        PassageIndex index = PassageIndex.build(new ByteBuffersDirectory(), knowledge, Optional.empty());
        return new ServedKnowledge(
                knowledge,
                index,
                Fixtures.questionReader(index, knowledge),
                new PassageRetriever(
                        index,
                        Fixtures.terms(),
                        Optional.empty(),
                        Fixtures.config(Path.of("k"), Path.of("i")).retrieval()));
    }

    private KnowledgeHolder holder(ServedKnowledge first) {
        return new KnowledgeHolder(first, old -> {
            disposed.add(old.version());
            try {
                old.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @DisplayName("a lease taken before a swap keeps its version searchable; the "
            + "version is disposed of once, when the last lease goes")
    void leaseOutlivesSwap() throws IOException {
        KnowledgeHolder holder = holder(version("v1"));
        KnowledgeHolder.Lease old = holder.acquire();

        holder.serve(version("v2"));

        assertThat(holder.current().version()).isEqualTo("v2");
        try (KnowledgeHolder.Lease fresh = holder.acquire()) {
            assertThat(fresh.served().version()).isEqualTo("v2");
        }
        assertThat(disposed).isEmpty();
        assertThat(old.served().retrieve(QUESTION).hits()).isNotEmpty();
        old.close();
        old.close();
        assertThat(disposed).containsExactly("v1");
    }

    @Test
    @DisplayName("once closed no lease is given; the last version closes when its "
            + "last user leaves, and is not disposed of as replaced")
    void closeWaitsForUsers() throws IOException {
        ServedKnowledge only = version("v1");
        KnowledgeHolder holder = holder(only);
        KnowledgeHolder.Lease lease = holder.acquire();

        holder.close();

        assertThatThrownBy(holder::acquire).isInstanceOf(IllegalStateException.class);
        assertThat(lease.served().retrieve(QUESTION).hits()).isNotEmpty();
        lease.close();
        assertThatThrownBy(() -> only.retrieve(QUESTION)).isInstanceOf(AlreadyClosedException.class);
        assertThat(disposed).isEmpty();
    }

    @Test
    @DisplayName("questions asked on many threads while versions are swapped never meet a "
            + "closed index, and every replaced version is disposed of once")
    void concurrentSwaps() throws Exception {
        KnowledgeHolder holder = holder(version("v0"));
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService askers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> asked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            asked.add(askers.submit(() -> {
                int questions = 0;
                while (swapping.get() || questions == 0) {
                    try (KnowledgeHolder.Lease lease = holder.acquire()) {
                        Retrieval retrieval = lease.served().retrieve(QUESTION);
                        assertThat(retrieval.hits()).isNotEmpty();
                    }
                    questions++;
                }
                return questions;
            }));
        }
        List<String> replaced = new ArrayList<>();
        for (int v = 1; v <= 20; v++) {
            replaced.add(holder.current().version());
            holder.serve(version("v" + v));
        }
        swapping.set(false);
        for (Future<Integer> questions : asked) {
            assertThat(questions.get(30, TimeUnit.SECONDS)).isPositive();
        }
        askers.shutdown();

        assertThat(disposed).containsExactlyInAnyOrderElementsOf(replaced);
        holder.close();
    }
}
