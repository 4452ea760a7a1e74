package dev.backchannel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.answer.Answer;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's real knowledge base against the required topic list and the user-facing promises,
 * answered the way users get answers: hybrid retrieval with the in-process embedding model.
 */
final class KnowledgeBaseAcceptanceTest {

    /** One row of the required topic list, copied from the team's topic table into test resources. */
    record Required(String id, Kind kind, String englishTitle, String vietnameseTerm) {}

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp(Fixtures.realKnowledge(), true);

    static List<Required> required() throws IOException {
        try (InputStream in = KnowledgeBaseAcceptanceTest.class.getResourceAsStream("/knowledge/required-topics.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Required(f[0], Kind.fromCode(f[1]).orElseThrow(), f[2], f[3]))
                    .toList();
        }
    }

    @Test
    @DisplayName("every required topic exists in both languages, of its kind, and the knowledge base has no errors")
    void everyRequiredTopicInBothLanguages() throws IOException {
        KnowledgeLoader.Result result = new KnowledgeLoader().load(Fixtures.realKnowledge());

        assertThat(result.problems().stream().filter(Problem::isError).map(Problem::describe))
                .isEmpty();
        Set<String> present = result.topics().stream()
                .map(t -> t.language().code() + ":" + t.id())
                .collect(Collectors.toSet());
        List<Required> required = required();
        assertThat(required).hasSize(69);
        for (Required topic : required) {
            assertThat(present).contains("en:" + topic.id(), "vi:" + topic.id());
            assertThat(result.topics().stream()
                            .filter(t -> t.id().equals(topic.id()))
                            .map(Topic::kind))
                    .containsOnly(topic.kind());
        }
    }

    static Stream<Object[]> titleQuestions() throws IOException {
        return required().stream()
                .flatMap(r ->
                        Stream.of(new Object[] {r.id(), r.englishTitle()}, new Object[] {r.id(), r.vietnameseTerm()}));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("titleQuestions")
    @DisplayName("asking with a topic's English title or Vietnamese term cites it among the first three")
    void titleFindsTopic(String id, String question) {
        Answer answer = fixture.get().answers().ask(question);

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citedTopicIds().stream().limit(3)).contains(id);
    }

    @Test
    @DisplayName("the walking skeleton's acceptance questions behave as promised")
    void acceptanceQuestions() {
        Answer accented = fixture.get().answers().ask("Ngoại giao nhánh II là gì?");
        Answer plain = fixture.get().answers().ask("ngoai giao nhanh II la gi");
        Answer english = fixture.get().answers().ask("What is Track II diplomacy?");
        Answer worldCup = fixture.get().answers().ask("Who won the 2022 World Cup?");

        assertThat(accented.language()).isEqualTo(Language.VI);
        assertThat(accented.abstained()).isFalse();
        assertThat(accented.citedTopicIds()).contains("track-two");
        assertThat(plain.citations().get(0).passageId())
                .isEqualTo(accented.citations().get(0).passageId());
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.citedTopicIds()).contains("track-two");
        assertThat(worldCup.abstained()).isTrue();
        assertThat(worldCup.citations()).isEmpty();
    }

    @Test
    @DisplayName("what came of a case is answered from its outcome, and what it teaches from its lessons")
    void outcomeAndLessonSections() {
        Answer outcome = fixture.get().answers().ask("What came out of the Oman channel between the US and Iran?");
        Answer lesson = fixture.get().answers().ask("Kênh Oman giữa Mỹ và Iran để lại bài học gì?");

        assertThat(outcome.citations().get(0).passageId()).isEqualTo("us-iran-oman-channel#outcome");
        assertThat(lesson.citations().get(0).passageId()).startsWith("us-iran-oman-channel#y-nghia-va-bai-hoc");
    }

    @Test
    @DisplayName("a comparison that names one side and only describes the other quotes a topic for each side")
    void comparisonWithOneSideDescribed() {
        List<String> thirdPartyRoles = List.of("facilitation", "good-offices", "intermediary");
        Answer english = fixture.get()
                .answers()
                .ask("How is mediation different from a third party that only "
                        + "runs the process and never proposes terms?");
        Answer vietnamese = fixture.get()
                .answers()
                .ask("một bên thứ ba chỉ lo quy trình mà không đề xuất giải pháp thì khác gì với trung gian hòa giải?");

        for (Answer answer : List.of(english, vietnamese)) {
            assertThat(answer.citedTopicIds()).contains("mediation");
            assertThat(answer.citedTopicIds()).anyMatch(thirdPartyRoles::contains);
        }
    }

    @Test
    @DisplayName("a Vietnamese question that switches to English mid-sentence is answered in "
            + "Vietnamese, quoting Vietnamese passages, from the topic it describes")
    void switchedQuestions() {
        Answer law = fixture.get()
                .answers()
                .ask("US law that bans private citizens from negotiating with foreign governments tên là gì?");
        Answer oman = fixture.get()
                .answers()
                .ask("Omani hosts and the secret meetings before the nuclear deal diễn ra khi nào?");
        Answer code = fixture.get().answers().ask("viết giúp mình a Python function that sorts a list of numbers");
        Answer weather = fixture.get().answers().ask("thời tiết Hà Nội tomorrow morning thế nào, có mưa không?");
        Answer secretly = fixture.get()
                .answers()
                .ask("cho mình hỏi how do two governments keep talking secretly khi quan hệ chính thức bị cắt đứt?");
        Answer why = fixture.get()
                .answers()
                .ask("giải thích giúp mình why leaders use secret channels thay vì đàm phán công khai");

        assertThat(law.language()).isEqualTo(Language.VI);
        assertThat(law.abstained()).isFalse();
        assertThat(law.citedTopicIds()).first().isEqualTo("logan-act");
        assertThat(law.citations())
                .allSatisfy(
                        citation -> assertThat(citation.passage().language()).isEqualTo(Language.VI));
        assertThat(oman.citedTopicIds()).first().isEqualTo("us-iran-oman-channel");
        assertThat(code.abstained()).isTrue();
        assertThat(weather.abstained()).isTrue();
        // The English clause is what these ask; the Vietnamese words alone lead elsewhere.
        List<String> secrecy = List.of("secret-diplomacy", "backchannel-diplomacy");
        assertThat(secretly.citedTopicIds()).first().isIn(secrecy);
        assertThat(why.citedTopicIds()).anyMatch(secrecy::contains);
    }

    @Test
    @DisplayName("a question asking for a list gets all of its items, and a list too long to quote says it goes on")
    void listsAreQuotedWhole() {
        Answer tracks = fixture.get().answers().ask("list the nine tracks of multi-track diplomacy");
        Answer kenh = fixture.get().answers().ask("mô hình ngoại giao đa kênh gồm những kênh nào?");
        Answer roles = fixture.get().answers().ask("what roles do think tanks play in diplomacy?");
        Answer forums =
                fixture.get().answers().ask("list some annual track 1.5 / track 2 forums apart from shangri-la");

        assertThat(tracks.text()).contains("religion; funding").contains("public opinion and communication");
        assertThat(kenh.text()).contains("tôn giáo; tài trợ").contains("dư luận và truyền thông");
        // The enumeration, not only the sentence announcing "several roles".
        assertThat(roles.text()).containsAnyOf("pass messages between governments", "negotiation, communication");
        // "They include ..." is quoted with the sentence its "they" points back at.
        assertThat(forums.text()).contains("Munich Security Conference").doesNotContain("] They include");
        for (Answer answer : List.of(tracks, kenh, roles, forums)) {
            assertThat(answer.text()).doesNotContain(":.");
        }
    }

    @Test
    @DisplayName("a name typed with a space for its apostrophe, even misspelt, "
            + "still finds its topic: Sant Egidio, Sant Egdio")
    void apostropheNameTypedWithSpace() {
        for (String question : List.of(
                "cộng đồng Sant Egidio hòa giải ở Mozambique bao lâu?",
                "cộng đồng Sant Egdio làm trung gian ở Mozambic mất bao lâu vậy?",
                "what did Sant Egidio do in Mozambique?")) {
            Answer answer = fixture.get().answers().ask(question);
            assertThat(answer.abstained()).as(question).isFalse();
            assertThat(answer.citedTopicIds()).as(question).first().isEqualTo("santegidio-mozambique");
        }
    }

    @Test
    @DisplayName("a word the knowledge base lacks is not corrected into a question word: the weather stays the weather")
    void notCorrectedIntoQuestionWord() {
        assertThat(fixture.get()
                        .retrieve("what's the weather in Hanoi tomorrow")
                        .question()
                        .text())
                .contains("weather");
    }

    @Test
    @DisplayName(
            "words of other subjects are not corrected into the knowledge base's words, and such questions abstain")
    void otherSubjectsStayOtherSubjects() {
        String router = "how do I open a back channel port on my router";
        String cinema = "lich chieu phim cuoi tuan o ha noi";
        assertThat(fixture.get().retrieve(router).question().text()).isEqualTo(router);
        assertThat(fixture.get().retrieve(cinema).question().text()).isEqualTo(cinema);
        assertThat(fixture.get().retrieve("mai ha noi co mua khong").question().text())
                .doesNotContain("mai'a");
        for (String question : List.of(router, cinema)) {
            Answer answer = fixture.get().answers().ask(question);
            assertThat(answer.abstained()).as(question).isTrue();
        }
        assertThat(fixture.get().answers().ask(cinema).language()).isEqualTo(Language.VI);
    }

    @Test
    @DisplayName("what a question sets aside is not what the answer opens with: sports diplomacy besides ping pong")
    void setAsideIsNotTheAnswer() {
        Answer english = fixture.get().answers().ask("any examples of sports diplomacy other than ping pong?");
        Answer vietnamese = fixture.get().answers().ask("cho mình ví dụ về ngoại giao thể thao ngoài bóng bàn ra");

        assertThat(english.text()).startsWith("Cricket diplomacy");
        assertThat(english.citedTopicIds()).first().isEqualTo("sports-diplomacy");
        assertThat(vietnamese.citedTopicIds()).first().isEqualTo("sports-diplomacy");
        assertThat(vietnamese.text().substring(0, vietnamese.text().indexOf('[')))
                .doesNotContainIgnoringCase("bóng bàn");
    }

    static Stream<Object[]> seedClaims() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Object[]> claims = new ArrayList<>();
        try (InputStream in = KnowledgeBaseAcceptanceTest.class.getResourceAsStream("/eval/seed-claims.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode claim = json.readTree(line);
                    claims.add(new Object[] {
                        claim.path("id").asText(),
                        claim.path("question").asText(),
                        texts(claim.path("expect")),
                        texts(claim.path("key"))
                    });
                }
            }
        }
        return claims.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("seedClaims")
    @DisplayName(
            "every claim of the seed text, asked in Vietnamese, cites its topic among the first three and states it")
    void seedClaimIsAnswered(String id, String question, List<String> expected, List<String> keys) {
        Answer answer = fixture.get().answers().ask(question);

        assertThat(answer.abstained()).as(id).isFalse();
        List<String> firstThree = answer.citedTopicIds()
                .subList(0, Math.min(3, answer.citedTopicIds().size()));
        assertThat(firstThree).as(id).containsAnyElementsOf(expected);
        // Compared folded, from a word's start: the answer quotes the knowledge base's spelling.
        String folded = " " + TextFolding.foldWords(answer.text());
        assertThat(keys.stream().anyMatch(key -> folded.contains(" " + TextFolding.foldWords(key))))
                .as("%s: one of %s in: %s", id, keys, answer.text())
                .isTrue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
