package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.FixtureApp;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Sentences;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class AnswerServiceTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private static AnswerService answers;

    @BeforeAll
    static void open() {
        answers = fixture.get().answers();
    }

    private static List<Integer> markers(String text) {
        Matcher matcher = MARKER.matcher(text);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    @Test
    @DisplayName("an answer quotes passages, each sentence with a marker that has its numbered citation")
    void everySentenceIsCited() {
        Answer answer = answers.ask("What is Track II diplomacy?");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.language()).isEqualTo(Language.EN);
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.citedTopicIds()).first().isEqualTo("track-two");
        List<String> sentences = List.of(answer.text().split("(?<=\\]) "));
        assertThat(sentences)
                .hasSizeBetween(2, 5)
                .allMatch(s -> MARKER.matcher(s).find());
        assertThat(markers(answer.text()))
                .allMatch(n -> n >= 1 && n <= answer.citations().size());
        assertThat(answer.citations())
                .extracting(Citation::n)
                .containsExactly(java.util.stream.IntStream.rangeClosed(
                                1, answer.citations().size())
                        .boxed()
                        .toArray(Integer[]::new));
        assertThat(answer.text().length()).isLessThanOrEqualTo(700);
    }

    @Test
    @DisplayName("a definition question opens with the definition, however it spells the topic's name")
    void definitionFirstWhateverTheSpelling() {
        assertThat(answers.ask("what is track two?").citations().get(0).passageId())
                .isEqualTo("track-two#definition");
        assertThat(answers.ask("What is Track II diplomacy?").citations().get(0).passageId())
                .isEqualTo("track-two#definition");
    }

    @Test
    @DisplayName("every quoted sentence is, word for word, in the passage its citation points at")
    void quotesAreFaithful() {
        Answer answer = answers.ask("Who coined Track Two and when?");

        for (String part : answer.text().split("(?<=\\]) ")) {
            int n = Integer.parseInt(part.replaceAll(".*\\[(\\d+)]$", "$1"));
            String sentence = part.replaceAll(" \\[\\d+]$", "");
            assertThat(answer.citations().get(n - 1).passage().text()).contains(sentence);
        }
    }

    @Test
    @DisplayName("a Vietnamese question gets a Vietnamese answer from Vietnamese passages")
    void vietnamese() {
        Answer answer = answers.ask("ngoai giao nhanh II la gi");

        assertThat(answer.language()).isEqualTo(Language.VI);
        assertThat(answer.citations()).allMatch(c -> c.passage().language() == Language.VI);
        assertThat(answer.text()).contains("nhánh II");
    }

    @Test
    @DisplayName("out of domain: the bot says so in the asker's language, cites nothing, and suggests topics")
    void abstains() {
        Answer english = answers.ask("Who won the 2022 World Cup?");
        Answer vietnamese = answers.ask("cách nấu phở bò ngon");

        assertThat(english.abstained()).isTrue();
        assertThat(english.citations()).isEmpty();
        assertThat(english.text()).startsWith("The knowledge base does not cover this question");
        assertThat(english.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(vietnamese.abstained()).isTrue();
        assertThat(vietnamese.text()).startsWith("Cơ sở tri thức");
        assertThat(vietnamese.suggestions()).allMatch(s -> !s.title().isBlank());
    }

    @Test
    @DisplayName("an English question about a Vietnamese term is answered in English")
    void crossLanguage() {
        Answer answer = answers.ask("What is ngoại giao cửa sau?");

        assertThat(answer.language()).isEqualTo(Language.EN);
        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.topicId()).isEqualTo("backchannel-diplomacy");
            assertThat(c.passage().language()).isEqualTo(Language.EN);
        });
    }

    @Test
    @DisplayName("a comparison cites both topics it names")
    void comparison() {
        Answer answer = answers.ask("Track II vs Track III: what is the difference?");

        assertThat(answer.citedTopicIds()).contains("track-two", "track-three");
    }

    @Test
    @DisplayName("a follow-up in a conversation is read in the light of the previous answer")
    void followUp() {
        Conversation conversation = new Conversation();
        answers.ask("What is Track II diplomacy?", conversation);
        Answer followUp = answers.ask("Who coined the term?", conversation);

        assertThat(followUp.abstained()).isFalse();
        assertThat(followUp.citations()).extracting(Citation::passageId).contains("track-two#origin");
    }

    @Test
    @DisplayName("a question that turns to something within the earlier topic ('còn … thì sao?', 'what about …?') is "
            + "answered from that topic")
    void turningFollowUp() {
        Conversation vietnamese = new Conversation();
        answers.ask("Ngoại giao kênh 2 là gì?", vietnamese);
        Conversation english = new Conversation();
        answers.ask("What is Track II diplomacy?", english);

        Answer turned = answers.ask("còn vụ Pugwash thì sao?", vietnamese);
        Answer whatAbout = answers.ask("what about the Pugwash meetings then?", english);

        assertThat(turned.abstained()).isFalse();
        assertThat(turned.citedTopicIds()).first().isEqualTo("track-two");
        assertThat(whatAbout.abstained()).isFalse();
        assertThat(whatAbout.citedTopicIds()).first().isEqualTo("track-two");
    }

    @Test
    @DisplayName("mentions are stripped before anything else sees the question")
    void mentionsStripped() {
        Answer answer = answers.ask("@everyone <@123456> <@&42> what is Track II diplomacy? @here");

        assertThat(answer.question()).doesNotContain("@everyone", "@here", "<@").contains("Track II");
        assertThat(answer.abstained()).isFalse();
    }

    @Test
    @DisplayName("empty, binary and oversized input are refused with a message in both languages")
    void badInput() {
        assertThatThrownBy(() -> answers.ask("   "))
                .isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("Please type a question");
        assertThatThrownBy(() -> answers.ask("\u0000\u0001\u0002\u0003binary\u0000\u0004"))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> answers.ask("why ".repeat(400)))
                .hasMessageContaining("too long")
                .hasMessageContaining("quá dài");
        assertThatThrownBy(() -> answers.ask("?!?! ...")).hasMessageContaining("in words");
    }

    @Test
    @DisplayName("a greeting gets a word about what the bot does, not a quoted passage")
    void smallTalk() {
        Answer english = answers.ask("hi!");
        Answer vietnamese = answers.ask("Xin chào bạn");

        assertThat(english.abstainReason()).contains(AbstainReason.SMALL_TALK);
        assertThat(english.citations()).isEmpty();
        assertThat(english.text()).startsWith("Hello! I answer questions about informal diplomacy");
        assertThat(vietnamese.text()).startsWith("Chào bạn!");
        assertThat(answers.ask("hi, what is Track II diplomacy?").abstained()).isFalse();
    }

    @Test
    @DisplayName("a question made of numbers only is not about the knowledge base")
    void numbersOnly() {
        assertThat(answers.ask("what's 1981 * 1993?").abstainReason()).contains(AbstainReason.NUMBERS_ONLY);
    }

    @Test
    @DisplayName("a year the passages found never mention is a question the knowledge base cannot answer")
    void unmentionedYear() {
        Answer answered = answers.ask("What happened in the Oslo channel in 1993?");
        Answer otherYear = answers.ask("What happened in the Oslo channel in 1995?");
        Answer vietnamese = answers.ask("kênh bí mật Oslo năm 1995 có gì?");

        assertThat(answered.abstained()).isFalse();
        assertThat(otherYear.abstainReason()).contains(AbstainReason.UNMENTIONED_YEAR);
        assertThat(otherYear.suggestions()).extracting(Suggestion::topicId).contains("oslo-backchannel");
        assertThat(vietnamese.abstained()).isTrue();
    }

    @Test
    @DisplayName("a decade is covered by any of its years the passages mention, and only by those")
    void decade() {
        assertThat(answers.ask("What happened in the Oslo channel in the 1990s?")
                        .abstained())
                .isFalse();
        assertThat(answers.ask("kênh bí mật Oslo thập niên 1990 có gì?").abstainReason())
                .isNotEqualTo(Optional.of(AbstainReason.UNMENTIONED_YEAR));
        assertThat(answers.ask("What happened in the Oslo channel in the 1970s?")
                        .abstainReason())
                .contains(AbstainReason.UNMENTIONED_YEAR);
    }

    @Test
    @DisplayName("a question of fact pinned to the present day is not answered from past cases; one asking why is")
    void presentDay() {
        Answer population = answers.ask("How many people live in Oslo these days?");
        Answer vietnamese = answers.ask("Oslo bây giờ có bao nhiêu dân?");
        Answer why = answers.ask("Why do scholars and retired officials meet in Track II dialogue today?");

        assertThat(population.abstainReason()).contains(AbstainReason.PRESENT_DAY);
        assertThat(vietnamese.abstainReason()).contains(AbstainReason.PRESENT_DAY);
        assertThat(why.abstained()).isFalse();
        assertThat(why.citedTopicIds()).contains("track-two");
    }

    @Test
    @DisplayName("naming a topic does not carry a question about something else")
    void namedTopicAloneIsNotEnough() {
        assertThat(answers.ask("how do I set up a back channel in Slack for my team?")
                        .abstainReason())
                .contains(AbstainReason.LOW_COVERAGE);
        assertThat(answers.ask("What is a back channel?").abstained()).isFalse();
    }

    @Test
    @DisplayName("markup in a question is only text")
    void markup() {
        Answer answer = answers.ask("<b>What</b> is **`Track II`** diplomacy?");

        assertThat(answer.citedTopicIds()).first().isEqualTo("track-two");
        assertThat(Sentences.split(answer.text())).isNotEmpty();
    }

    @Test
    @DisplayName("a chosen answer language wins over the question's: an English question "
            + "answered in Vietnamese, from the Vietnamese passages")
    void chosenLanguage() {
        Answer answer = answers.ask(
                "What is Track II diplomacy?",
                new Conversation(),
                PartialAnswers.NONE,
                new AnswerOptions(java.util.Optional.of(Language.VI), true));

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.language()).isEqualTo(Language.VI);
        assertThat(answer.citations()).isNotEmpty().allMatch(c -> c.passage().language() == Language.VI);
        assertThat(answer.citedTopicIds()).first().isEqualTo("track-two");
    }

    @Test
    @DisplayName("a question the knowledge base does not cover still abstains in the chosen language")
    void chosenLanguageAbstains() {
        Answer answer = answers.ask(
                "Who won the 2022 World Cup?",
                new Conversation(),
                PartialAnswers.NONE,
                new AnswerOptions(java.util.Optional.of(Language.VI), true));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).startsWith("Cơ sở tri thức của mình chưa có thông tin");
    }
}
