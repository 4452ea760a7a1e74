package dev.backchannel.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import dev.backchannel.answer.Answer;
import dev.backchannel.config.EmbeddingConfig;
import dev.backchannel.config.RetrievalMode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dense and hybrid retrieval with the real in-process ONNX model shipped in its Maven artifact. */
final class HybridRetrievalTest {

    private static final EmbeddingConfig BGE =
            new EmbeddingConfig("bge-small-en-v15-q", "", "", "mean", "auto", "auto", "", "", "");

    @TempDir
    Path temp;

    private Backchannel open(RetrievalMode mode) {
        return Backchannel.open(
                Fixtures.withEmbedding(Fixtures.fixtureKnowledge(), temp.resolve("index"), BGE, mode), temp);
    }

    @Test
    @DisplayName("a paraphrase that shares no topic word with its passage is found by meaning")
    void paraphraseByMeaning() throws Exception {
        try (Backchannel dense = open(RetrievalMode.DENSE)) {
            Retrieval retrieval = dense.retrieve("who invented the phrase for unofficial dialogue");
            Retrieval citizens = dense.retrieve("ordinary people meeting across a conflict");

            assertThat(retrieval.hits().get(0).passage().key()).isEqualTo("en:track-two#origin");
            assertThat(citizens.hits().get(0).passage().key()).isEqualTo("en:track-three#definition");
            assertThat(retrieval.similarity()).isBetween(0.3, 1.0);
        }
    }

    @Test
    @DisplayName("hybrid keeps the exact-word strengths of BM25: a Vietnamese question typed without diacritics")
    void hybridKeepsLexical() throws Exception {
        try (Backchannel hybrid = open(RetrievalMode.HYBRID)) {
            Answer answer = hybrid.answers().ask("ngoai giao nhanh II la gi");

            assertThat(answer.citations())
                    .first()
                    .satisfies(c -> assertThat(c.passageId()).isEqualTo("track-two#dinh-nghia"));
        }
    }

    @Test
    @DisplayName("switching the embedding model rebuilds the index instead of mixing vectors")
    void modelChangeRebuilds() throws Exception {
        String withoutVectors;
        try (Backchannel lexical =
                Backchannel.open(Fixtures.config(Fixtures.fixtureKnowledge(), temp.resolve("index")), temp)) {
            withoutVectors = lexical.knowledge().version();
        }
        try (Backchannel hybrid = open(RetrievalMode.HYBRID)) {
            assertThat(hybrid.knowledge().version()).isNotEqualTo(withoutVectors);
            assertThat(hybrid.answers().ask("What is Track II diplomacy?").citedTopicIds())
                    .first()
                    .isEqualTo("track-two");
        }
    }
}
