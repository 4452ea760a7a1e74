package dev.backchannel.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.backchannel.Fixtures;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Section;
import dev.backchannel.knowledge.Source;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.QuestionType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class PassageRetrieverTest {

    private static PassageIndex index;
    private static Searcher retriever;

    /** Reads a question and retrieves its passages, as the answer service does. */
    private record Searcher(QuestionReader reader, PassageRetriever retriever) {
        Retrieval retrieve(String question, List<String> contextTopics) {
            return retriever.retrieve(reader.read(question), contextTopics);
        }
    }

    @BeforeAll
    static void indexFixture() throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(
                new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics(), Chunker.standard(), "fixture");
        index = PassageIndex.build(new ByteBuffersDirectory(), knowledge, Optional.empty());
        retriever = retrieverOver(index, knowledge);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Searcher retrieverOver(PassageIndex index, KnowledgeBase knowledge) {
        return new Searcher(
                Fixtures.questionReader(index, knowledge),
                new PassageRetriever(
                        index,
                        Fixtures.terms(),
                        Optional.empty(),
                        Fixtures.config(Path.of("k"), Path.of("i")).retrieval()));
    }

    private static String first(Retrieval retrieval) {
        return retrieval.hits().get(0).passage().key();
    }

    @Test
    @DisplayName("a Vietnamese question finds its topic, with diacritics or without, in Vietnamese first")
    void vietnameseWithAndWithoutDiacritics() {
        Retrieval accented = retriever.retrieve("Ngoại giao nhánh II là gì?", List.of());
        Retrieval plain = retriever.retrieve("ngoai giao nhanh II la gi", List.of());

        assertThat(first(accented)).isEqualTo("vi:track-two#dinh-nghia");
        assertThat(first(plain)).isEqualTo(first(accented));
        assertThat(accented.language()).isEqualTo(Language.VI);
        assertThat(plain.language()).isEqualTo(Language.VI);
    }

    @Test
    @DisplayName("an English definition question prefers the topic's definition in English")
    void englishDefinition() {
        Retrieval retrieval = retriever.retrieve("What is Track II diplomacy?", List.of());

        assertThat(first(retrieval)).isEqualTo("en:track-two#definition");
        assertThat(retrieval.type()).isEqualTo(QuestionType.DEFINITION);
        assertThat(retrieval.coverage()).isGreaterThan(0.9);
    }

    @Test
    @DisplayName("a question about a fact finds the passage holding it, not just the topic")
    void factFindsSection() {
        assertThat(first(retriever.retrieve("Who coined the term and in which year?", List.of("track-two"))))
                .isEqualTo("en:track-two#origin");
        assertThat(first(retriever.retrieve("Which institute hosted the secret talks near Oslo?", List.of())))
                .isEqualTo("en:oslo-backchannel#what-happened");
    }

    @Test
    @DisplayName("a name in the other language leads to the topic, and the question keeps its own language")
    void crossLanguageName() {
        Retrieval retrieval = retriever.retrieve("What is ngoại giao cửa sau?", List.of());

        assertThat(retrieval.language()).isEqualTo(Language.EN);
        assertThat(retrieval.hits().get(0).passage().topicId()).isEqualTo("backchannel-diplomacy");
        assertThat(retrieval.hits()).extracting(h -> h.passage().key()).contains("en:backchannel-diplomacy#definition");
    }

    @Test
    @DisplayName("query syntax in a question is just text: no exception")
    void querySyntaxIsText() {
        assertThatCode(() -> retriever.retrieve("Track II: what? (AND \"x", List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> retriever.retrieve("*:* OR title:[a TO z] ~2 ^3 \\ / && || !", List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> retriever.retrieve("diplomacy ".repeat(600), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an unrelated question has low coverage: the evidence does not hold it")
    void outOfDomainHasLowCoverage() {
        assertThat(retriever.retrieve("Who won the 2022 World Cup?", List.of()).coverage())
                .isLessThan(0.5);
        assertThat(retriever.retrieve("cách nấu phở bò", List.of()).coverage()).isLessThan(0.5);
    }

    @Test
    @DisplayName("exact diacritics rank higher than a word that only folds to the same letters")
    void exactDiacriticsRankHigher() throws IOException {
        List<Topic> topics = List.of(
                vietnamese("lost", "Chuyện về tiền bị mất trong chuyến đi dài."),
                vietnamese("secret", "Chuyện về kênh bí mật trong chuyến đi dài."));

        assertThat(firstTopics(topics, "bí mật", "bị mất")).containsExactly("secret", "lost");
    }

    @Test
    @DisplayName("a question worded like a topic's summary finds that topic, though its sections use other words")
    void summaryFindsTopic() throws IOException {
        List<Topic> topics = List.of(
                english(
                        "transfer",
                        "How proposals made in private workshops reach the negotiating table.",
                        "Fisher described a flow model with eight components."),
                english(
                        "workshop",
                        "A method for facilitated meetings.",
                        "Workshops bring influential people together for private talks."));

        assertThat(firstTopics(topics, "how do proposals from workshops reach the negotiating table?"))
                .containsExactly("transfer");
    }

    @Test
    @DisplayName(
            "a word repeated in many of one topic's names does not pull that topic above the one the question is about")
    void repeatedNameWordCountsOnce() throws IOException {
        List<Topic> topics = List.of(
                named(
                        "dialogues",
                        "Đối thoại Mỹ–Trung",
                        List.of(
                                "đối thoại kênh 2 Mỹ–Trung",
                                "đối thoại bán chính thức Mỹ–Trung",
                                "đối thoại học giả Mỹ–Trung",
                                "đối thoại hạt nhân Mỹ–Trung"),
                        "Các viện nghiên cứu hai nước gặp nhau hằng năm để trao đổi."),
                named(
                        "transfer",
                        "Chuyển giao kết quả",
                        List.of(),
                        "Những gì một cuộc đối thoại tìm ra chỉ có ích khi lãnh đạo biết đến."));

        assertThat(firstTopics(topics, "đối thoại đến tai lãnh đạo bằng cách nào?"))
                .containsExactly("transfer");
    }

    /** The topic ranked first for each question, over an index of just these topics. */
    private static List<String> firstTopics(List<Topic> topics, String... questions) throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(topics, Chunker.standard(), "small");
        try (PassageIndex small = PassageIndex.build(new ByteBuffersDirectory(), knowledge, Optional.empty())) {
            Searcher local = retrieverOver(small, knowledge);
            return Arrays.stream(questions)
                    .map(q ->
                            local.retrieve(q, List.of()).hits().get(0).passage().topicId())
                    .toList();
        }
    }

    private static Topic english(String id, String summary, String text) {
        return new Topic(
                id,
                Language.EN,
                Kind.TERM,
                "Entry",
                List.of(),
                summary,
                List.of(),
                List.of(),
                List.of(new Source("s", "https://example.org")),
                List.of(new Section("Definition", "definition", text, List.of(), 10)),
                Path.of(id + ".md"));
    }

    private static Topic vietnamese(String id, String text) {
        return new Topic(
                id,
                Language.VI,
                Kind.TERM,
                "Chuyện",
                List.of(),
                "Tóm tắt.",
                List.of(),
                List.of(),
                List.of(new Source("s", "https://example.org")),
                List.of(new Section("Nội dung", "noi-dung", text, List.of(), 10)),
                Path.of(id + ".md"));
    }

    private static Topic named(String id, String title, List<String> aliases, String text) {
        return new Topic(
                id,
                Language.VI,
                Kind.TERM,
                title,
                aliases,
                "Tóm tắt.",
                List.of(),
                List.of(),
                List.of(new Source("s", "https://example.org")),
                List.of(new Section("Nội dung", "noi-dung", text, List.of(), 10)),
                Path.of(id + ".md"));
    }
}
