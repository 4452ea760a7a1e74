package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SpellingCorrectorTest {

    private static PassageIndex index;
    private static SpellingCorrector corrector;

    @BeforeAll
    static void indexFixture() throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(
                new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics(), Chunker.standard(), "fixture");
        index = PassageIndex.build(new ByteBuffersDirectory(), knowledge, Optional.empty());
        corrector = new SpellingCorrector(index, Lexicon.standard());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    @DisplayName("a misspelt word the knowledge base knows is corrected")
    void corrects() {
        assertThat(corrector.correct("what is backchanel diplomacy")).isEqualTo("what is backchannel diplomacy");
        assertThat(corrector.correct("Montvile coined it")).isEqualTo("montville coined it");
    }

    @Test
    @DisplayName("known words, names with apostrophes and unrelated words are left alone")
    void leavesAlone() {
        assertThat(corrector.correct("Ngoại giao nhánh II là gì?")).isEqualTo("Ngoại giao nhánh II là gì?");
        assertThat(corrector.correct("how to bake sourdough")).isEqualTo("how to bake sourdough");
        assertThat(corrector.correct("set up Slack")).isEqualTo("set up Slack");
    }

    @Test
    @DisplayName("an English word the knowledge base never uses is a word, not a typo of one it does")
    void englishWordsAreNotTypos() {
        assertThat(corrector.correct("who drives the truck")).isEqualTo("who drives the truck");
        assertThat(corrector.correct("why was it tracked")).isEqualTo("why was it tracked");
    }
}
