package dev.backchannel.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import dev.backchannel.answer.StubChatServer;
import dev.backchannel.config.EmbeddingConfig;
import dev.backchannel.config.RetrievalMode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote LangChain4j embedding model in place of the in-process one, against a stub on 127.0.0.1. */
final class RemoteEmbeddingTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName(
            "an OpenAI-compatible embedding endpoint embeds the passages at indexing and each question at retrieval")
    void openAiEmbeddings() throws Exception {
        try (StubChatServer stub = new StubChatServer()) {
            EmbeddingConfig remote = new EmbeddingConfig(
                    "openai", "", "", "mean", "auto", "auto", "text-embedding-test", stub.openAiBaseUrl(), "emb-key");
            try (Backchannel app = Backchannel.open(
                    Fixtures.withEmbedding(
                            Fixtures.fixtureKnowledge(), temp.resolve("index"), remote, RetrievalMode.DENSE),
                    temp)) {
                Retrieval retrieval = app.retrieve("What is Track II diplomacy?");

                assertThat(retrieval.hits()).isNotEmpty();
                assertThat(stub.received()).allMatch(r -> r.path().equals("/v1/embeddings"));
                assertThat(stub.received().get(0).body().path("model").asText()).isEqualTo("text-embedding-test");
                assertThat(stub.received().get(0).authorization()).isEqualTo("Bearer emb-key");
                assertThat(stub.received()
                                .get(stub.received().size() - 1)
                                .body()
                                .toString())
                        .contains("What is Track II diplomacy?");
                assertThat(remote.toString()).doesNotContain("emb-key");
            }
        }
    }
}
