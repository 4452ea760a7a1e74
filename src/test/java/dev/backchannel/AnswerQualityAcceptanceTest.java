package dev.backchannel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.answer.AbstainReason;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.knowledge.SectionKinds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether answers read as answers to the question asked, on the real knowledge base with the
 * in-process embedding model: over every dev and held-out question no sentence is said twice and
 * none opens by leaning on a sentence that is not there; a limits question opens with the limits; a
 * follow-up says something new about the same topic; a question the knowledge base never covers is
 * declined.
 */
final class AnswerQualityAcceptanceTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp(Fixtures.realKnowledge(), true);

    private static final Pattern CITATION_MARKS = Pattern.compile("\\s*\\[\\d+(?:,\\s*\\d+)*\\]\\s*");

    /** Openings that need the sentence before them, written here rather than read from the lexicon under test. */
    private static final List<String> LEANING_OPENINGS = List.of(
            "as a result",
            "in the first",
            "this ",
            "these ",
            "it ",
            "they ",
            "điều này",
            "người đó",
            "họ ",
            "do đó",
            "vì vậy",
            "kết quả là");

    private static final List<String> QUESTION_SETS = List.of(
            "/eval/dev-questions.jsonl",
            "/eval/holdout-questions.jsonl",
            "/eval/holdout2-questions.jsonl",
            "/eval/holdout3-questions.jsonl",
            "/eval/holdout4-questions.jsonl",
            "/eval/holdout5-questions.jsonl",
            "/eval/holdout6-questions.jsonl",
            "/eval/holdout7-questions.jsonl",
            "/eval/holdout8-questions.jsonl",
            "/eval/holdout9-questions.jsonl");

    @Test
    @DisplayName("no answer to a dev or held-out question says a sentence twice or opens leaning on a missing one")
    void everyAnswerReadsAsOneParagraph() throws IOException {
        List<String> defects = new ArrayList<>();
        for (JsonNode question : questions()) {
            Answer answer = askWithTurns(question);
            if (answer == null || answer.abstained()) {
                continue;
            }
            List<String> sentences = sentences(answer.text());
            if (new HashSet<>(sentences).size() < sentences.size()) {
                defects.add(question.path("id").asText() + " repeats a sentence: " + answer.text());
            }
            String first = sentences.get(0).toLowerCase(Locale.ROOT);
            if (LEANING_OPENINGS.stream().anyMatch(first::startsWith)) {
                defects.add(question.path("id").asText() + " opens leaning on a missing sentence: " + answer.text());
            }
        }
        assertThat(defects).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What are the limits of backchannel diplomacy?",
                "What are the drawbacks of shuttle diplomacy?",
                "what are the weaknesses of Track II?",
                "Hạn chế của ngoại giao kênh 2 là gì?",
                "ngoai giao con thoi co nhuoc diem gi?",
                "Ngoại giao kênh 1.5 có những giới hạn gì?"
            })
    @DisplayName("a question about limits opens with the topic's limits section")
    void limitsQuestionOpensWithTheLimits(String question) {
        assertOpensWithSection(fixture.get().answers().ask(question), "limits");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What is Track II diplomacy? | examples?",
                "Ngoại giao kênh 2 là gì? | ví dụ?",
                "Why did the Oslo talks need a secret channel? | and the outcome?",
                "Sáng kiến Marigold là gì? | vì sao thất bại?",
                "What is shuttle diplomacy? | who started it?",
                "What is Track II diplomacy? | anything else?",
                "Ngoại giao kênh 2 là gì? | còn gì nữa không?"
            })
    @DisplayName("a follow-up stays on the topic and repeats no sentence of the previous answer")
    void followUpSaysSomethingNew(String first, String followUp) {
        Conversation conversation = new Conversation();
        Answer earlier = fixture.get().answers().ask(first, conversation);
        Answer next = fixture.get().answers().ask(followUp, conversation);

        assertThat(next.abstained()).isFalse();
        assertThat(next.citedTopicIds()).contains(earlier.citedTopicIds().get(0));
        Set<String> said = new HashSet<>(sentences(earlier.text()));
        assertThat(sentences(next.text())).doesNotContainAnyElementsOf(said);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Who drafted the Beilin–Abu Mazen understandings? | people",
                "Những ai đã trực tiếp ngồi soạn thảo văn kiện Beilin – Abu Mazen? | people",
                "When was the Moscow–Washington hotline set up? | time-and-place",
                "Đường dây nóng Moskva – Washington được lập năm nào? | time-and-place",
                "Why did Jimmy Carter go to Pyongyang in 1994? | why-this-channel",
                "Vì sao năm 1994 Jimmy Carter sang Bình Nhưỡng? | why-this-channel",
                "why did the Dartmouth Conference start? | why-this-channel",
                "why was the Beilin–Abu Mazen agreement never adopted? | outcome",
                "Why did the Marigold initiative collapse? | outcome",
                "Where did the American and Cuban negotiators meet in secret before relations were restored in 2014? "
                        + "| time-and-place",
                "Ai là những người ngồi đàm phán riêng ở Paris với cố vấn của Nixon trong những năm 1969–1973? | people",
                "Ai là người đưa tin giữa Washington và Hà Nội trong kế hoạch Marigold? | people"
            })
    @DisplayName("'who' and 'when' about a case the question names or describes open with its section of people or "
            + "of dates, not with its overview; why it happened with why its channel was opened, not with its "
            + "lessons; why it failed or was never adopted with how it turned out")
    void caseOpensWithTheSectionAsked(String question, String sectionKind) {
        assertOpensWithSection(fixture.get().answers().ask(question), sectionKind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ngoại giao kênh 2 là gì? | track-two",
                "ngoai giao khong chinh thuc la gi | informal-diplomacy",
                "What is informal diplomacy? | informal-diplomacy",
                "Chuyện ông cố vấn an ninh Mỹ giả vờ đau bụng ở Pakistan rồi bí mật bay sang Bắc Kinh là sự kiện gì? "
                        + "| kissinger-china-1971"
            })
    @DisplayName("'what is X?', and 'what event was it?' about a case described, open with the sentence that defines "
            + "it, the one giving its name in the other language, not with a later part of a long definition section "
            + "or with a detail the description repeated")
    void definitionOpensWithTheDefiningSentence(String question, String topic) {
        Answer answer = fixture.get().answers().ask(question);
        assertAnsweredFrom(answer, topic);
        assertThat(sentences(answer.text()).get(0)).containsAnyOf("(tiếng Anh:", "(Vietnamese:");
    }

    @Test
    @DisplayName("two cases compared on one point open with what the knowledge base says on that point, not with "
            + "the two overviews")
    void comparisonOpensWithThePointCompared() {
        Answer answer = fixture.get()
                .answers()
                .ask("How did Carter's 1994 Pyongyang trip and Clinton's 2009 trip differ in their dealings with the "
                        + "White House?");
        assertThat(sentences(answer.text()).get(0)).contains("White House");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "kenh 3 trong ngoai giao la gi | who was Janusz Lewandowski? | marigold-1966",
                "what principles did the 1991 Bandung workshop recommend? | brendan duddy la ai | northern-ireland-backchannel",
                "tuong john vessey la ai | Peter Haas's concept of professionals who share causal beliefs, what's it called?"
                        + " | epistemic-community",
                "Sáng kiến Geneva năm 2003 là gì? | whats the name for talks between authorised state reps where whatever"
                        + " they say actually binds their country? | track-one"
            })
    @DisplayName("a new question in a conversation, shaped like a follow-up but about what the conversation's topic "
            + "never mentions, is answered as it stands")
    void newQuestionInAConversation(String first, String next, String topic) {
        assertAnsweredFrom(askAfter(first, next), topic);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What was the Aceh peace process in Helsinki 2005? | who was the mediator? | aceh-helsinki-2005",
                "Hiệp định Algiers 1981 là gì vậy? | thế ai làm trung gian? | algiers-accords-1981"
            })
    @DisplayName(
            "'who was the mediator?' after a case asks about the case: mediation, the concept, has nobody involved "
                    + "to tell of")
    void followUpNamingAConceptThatCannotAnswerIt(String first, String next, String topic) {
        assertAnsweredFrom(askAfter(first, next), topic);
    }

    @Test
    @DisplayName("a question with no word of a follow-up is asked of the conversation's topic when that topic holds "
            + "its words")
    void unmarkedFollowUp() {
        assertAnsweredFrom(askAfter("ASEAN-ISIS là gì?", "Việt Nam có tham gia không?"), "asean-isis");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Trung tâm Carter là gì? | giá vàng hôm nay bao nhiêu?",
                "Trung tâm Carter là gì? | gia vang hom nay bao nhieu",
                "Ngoại giao thể thao là gì? | tối nay đội tuyển Việt Nam đá với ai?"
            })
    @DisplayName("'hôm nay' and 'tối nay' name a day, not the conversation's topic: a question about today is declined")
    void todayIsNotAFollowUp(String first, String next) {
        assertThat(askAfter(first, next).abstained()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What is the capital of France?",
                "Thủ đô của Pháp là gì?",
                "What is the capital of Japan?",
                "What is the population of Oslo?"
            })
    @DisplayName("a question shaped like ours about something the knowledge base never covers is declined")
    void outOfDomainIsDeclined(String question) {
        assertThat(fixture.get().answers().ask(question).abstained()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How many rooms does the Shangri-La Hotel in Singapore have?",
                "Nhà Trắng có tổng cộng bao nhiêu phòng?",
                "Khách sạn Shangri-La ở Singapore giá phòng một đêm khoảng bao nhiêu tiền?",
                "Số đường dây nóng của Bộ Y tế là bao nhiêu?"
            })
    @DisplayName("'how many' and 'how much' are declined when no passage found states that amount, whatever names "
            + "they share")
    void amountNoPassageStatesIsDeclined(String question) {
        assertThat(fixture.get().answers().ask(question).abstainReason()).contains(AbstainReason.AMOUNT_NOT_STATED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "how many people sit in a typical Kelman workshop with Israelis and Palestinians? | problem-solving-workshop",
                "thuy si chi bao nhieu tien cho sang kien geneva | geneva-initiative",
                "khung hoang con tin iran keo dai bao lau, cuoi cung bao nhieu nguoi my duoc tha? | algiers-accords-1981",
                "ngoại giao khoa học gồm mấy hình thức, kể ra giúp mình | science-diplomacy",
                "How much did the 2018 revival of the Neemrana talks really matter? | neemrana-dialogue"
            })
    @DisplayName("an amount the knowledge base states is answered, in its own words ('ba dạng' for 'mấy hình thức'); "
            + "'how much did it matter?' asks no amount")
    void amountStatedIsAnswered(String question, String topic) {
        assertAnsweredFrom(fixture.get().answers().ask(question), topic);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thời tiết ở Helsinki tháng 12 có lạnh không?",
                "Ở Bình Nhưỡng có món đặc sản nào nên thử?",
                "Where can I buy souvenirs in Helsinki near where the Aceh talks were held?",
                "What should I eat at the hotel in Rajasthan where the Neemrana talks began?",
                "Which team won the cricket match Gilani and Singh watched together at Mohali?",
                "Tay vợt nào vô địch đơn nam ở Nagoya năm 1971?",
                "Kissinger lấy vợ năm nào, vợ ông tên là gì?"
            })
    @DisplayName("the weather, food or shopping at a case's venue, a game's winner or a person's family is "
            + "declined: the passages name the place, the match or the person, not that (a hotel they name does "
            + "not make its menu theirs)")
    void everydayMatterNoPassageSpeaksOfIsDeclined(String question) {
        assertThat(fixture.get().answers().ask(question).abstainReason()).contains(AbstainReason.EVERYDAY_MATTER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Which hotel hosts the Shangri-La Dialogue? | shangri-la-dialogue",
                "Why did the Pennsylvania channel depend on Hanoi granting visas? | pennsylvania-1967",
                "Có ví dụ lịch sử nào về ngoại giao con thoi không? | shuttle-diplomacy",
                "Ngoại giao bóng bàn bắt đầu ở giải vô địch nào? | ping-pong-diplomacy"
            })
    @DisplayName("a hotel or a visa the passages speak of is answered, 'ví dụ lịch sử' (historical example) "
            + "is no 'du lịch' (travel), and a championship ('giải vô địch') is no winner")
    void everydayMatterSpokenOfIsAnswered(String question, String topic) {
        assertAnsweredFrom(fixture.get().answers().ask(question), topic);
    }

    @Test
    @DisplayName("in a conversation on a case, a question in words of its own that the case answers stays with "
            + "the case, and a new question does not")
    void caseConversationKeepsAQuestionTheCaseAnswers() {
        assertAnsweredFrom(
                askAfter("Kênh Pennsylvania năm 1967 là gì?", "Ai đứng ra chuyển lời giữa hai phía?"),
                "pennsylvania-1967");
        assertAnsweredFrom(
                askAfter(
                        "What was the Marigold initiative of 1966?",
                        "How do ideas from an unofficial dialogue reach decision makers?"),
                "transfer-problem");
    }

    /** An answer, not a refusal, whose first citation is the topic's. */
    private static void assertAnsweredFrom(Answer answer, String topic) {
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citedTopicIds()).first().isEqualTo(topic);
    }

    /** An answer, not a refusal, whose first citation is a section of that kind. */
    private static void assertOpensWithSection(Answer answer, String sectionKind) {
        assertThat(answer.abstained()).isFalse();
        assertThat(SectionKinds.standard().slugs(sectionKind))
                .contains(answer.citations().get(0).passage().sectionSlug());
    }

    /** The answer to a question asked in a conversation after another. */
    private static Answer askAfter(String first, String next) {
        Conversation conversation = new Conversation();
        fixture.get().answers().ask(first, conversation);
        return fixture.get().answers().ask(next, conversation);
    }

    private static Answer askWithTurns(JsonNode question) {
        Conversation conversation = new Conversation();
        try {
            for (JsonNode turn : question.path("turns")) {
                fixture.get().answers().ask(turn.asText(), conversation);
            }
            return fixture.get().answers().ask(question.path("question").asText(), conversation);
        } catch (InvalidQuestionException rejected) {
            return null;
        }
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(CITATION_MARKS.split(text))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<JsonNode> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> questions = new ArrayList<>();
        for (String set : QUESTION_SETS) {
            try (InputStream in = AnswerQualityAcceptanceTest.class.getResourceAsStream(set)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        questions.add(json.readTree(line));
                    }
                }
            }
        }
        return questions;
    }
}
