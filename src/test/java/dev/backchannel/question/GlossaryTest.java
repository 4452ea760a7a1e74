package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class GlossaryTest {

    private final Glossary glossary = new Glossary(new KnowledgeBase(
            new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics(), Chunker.standard(), "v"));

    @Test
    @DisplayName("a topic is found by any of its names, in either language, with or without diacritics")
    void findsNames() {
        assertThat(glossary.find("ngoai giao cua sau la gi"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("backchannel-diplomacy");
        assertThat(glossary.find("What is a back channel?"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("backchannel-diplomacy");
        assertThat(glossary.find("Kênh 2 là gì"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("track-two");
    }

    @Test
    @DisplayName("several topics come back in the order the question names them, for comparisons")
    void comparison() {
        assertThat(glossary.find("Track Three vs Track Two"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("track-three", "track-two");
    }

    @Test
    @DisplayName("a name only matches whole words")
    void wholeWords() {
        assertThat(glossary.find("oslochannel backchannels")).isEmpty();
    }

    @Test
    @DisplayName("a long name is found with a word or two typed inside it, a short one only whole")
    void wordsInsideLongNames() {
        assertThat(glossary.find("what is people to people kind of diplomacy"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("track-three");
        assertThat(glossary.find("ngoai giao nhan dan thuong voi nhan dan"))
                .extracting(Glossary.Match::topicId)
                .containsExactly("track-three");
        assertThat(glossary.find("people to people sort of citizen diplomacy")).isEmpty();
        assertThat(glossary.find("is a track really two things")).isEmpty();
    }

    @Test
    @DisplayName("a topic is known by the sections it has, in either language")
    void sectionsOfATopic() {
        assertThat(glossary.hasAnyOf("oslo-backchannel", Set.of("dien-bien"))).isTrue();
        assertThat(glossary.hasAnyOf("oslo-backchannel", Set.of("definition"))).isFalse();
        assertThat(glossary.hasAnyOf("track-two", Set.of("what-happened", "definition")))
                .isTrue();
        assertThat(glossary.hasAnyOf("no-such-topic", Set.of("definition"))).isFalse();
    }
}
