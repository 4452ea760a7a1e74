package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.SectionKinds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuestionTypeTest {

    private final QuestionTypes types = new QuestionTypes(Lexicon.standard(), SectionKinds.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a question is read as the kind of answer it asks for, in either language, with or without diacritics")
    @CsvSource(
            delimiter = '|',
            value = {
                "list the nine tracks of multi-track diplomacy | LIST",
                "what kinds of third-party roles are there? | LIST",
                "what roles do think tanks play in diplomacy? | LIST",
                "what are the eight fundamentals in the UN guidance? | LIST",
                "mô hình ngoại giao đa kênh gồm những kênh nào? | LIST",
                "ngoai giao khoa hoc gom nhung hinh thuc nao | LIST",
                "ba trụ cột của nền ngoại giao Việt Nam là gì? | LIST",
                "what is Track II diplomacy? | DEFINITION",
                "paradiplomacy — what is it exactly? | DEFINITION",
                "Can someone explain what an epistemic community is? | DEFINITION",
                "epistemic community meaning? saw it in a reading | DEFINITION",
                "what do Agha and co mean by soft Track II? | DEFINITION",
                "in 1962 a KGB guy had lunch with an ABC reporter, what was going on there | GENERAL",
                "examples of backchannel diplomacy | EXAMPLES",
                "Track II vs Track 1.5 | COMPARISON",
                "who hosted the Aceh talks? | PEOPLE",
                "which former president went to Pyongyang in 1994? | PEOPLE",
                "Chính khách Israel nào từng làm ngoại giao không chính thức? | PEOPLE",
                "co cuu quan chuc nao di nguoc chinh phu khong | PEOPLE",
                "Carter sang Triều Tiên khi nào? | TIME",
                "What are the limits of backchannel diplomacy? | LIMITS",
                "ngoai giao con thoi co nhuoc diem gi? | LIMITS",
                "Ngoại giao kênh 2 hay bị chê ở những điểm nào? | LIMITS",
                "what holds back track two? | LIMITS",
                "For all their prestige, what can't The Elders do? | LIMITS",
                "why do governments use Track 1.5? | PURPOSE",
                "Vì sao ngoại giao kênh 2 lại hữu ích khi quan hệ chính thức bế tắc? | PURPOSE",
                "Why did the Oslo talks need a secret channel? | PURPOSE",
                "why did the Marigold initiative fail? | FAILURE",
                "why did the talks in Jakarta break down? | FAILURE",
                "why was the Geneva Initiative never adopted? | FAILURE",
                "hòa đàm đó sụp đổ vì sao? | FAILURE",
                "vi sao ke hoach do lai do be | FAILURE",
                "why did Carter go to Pyongyang in 1994? | CAUSE",
                "vì sao Carter sang Bình Nhưỡng? | CAUSE",
                "sao Thụy Điển được tin tưởng vậy? | CAUSE",
                "sao hòa đàm lại đổ bể? | FAILURE",
                "what did the Oslo channel achieve? | OUTCOME",
                "what came out of the meetings in Muscat? | OUTCOME",
                "what did the search for missing servicemen lead to? | OUTCOME",
                "did the Rome peace actually last? | OUTCOME",
                "how long did the talks go on? | TIME",
                "mất bao lâu? | TIME",
                "ai khởi xướng vậy? | ORIGIN",
                "and who usually takes part in it? | PEOPLE",
                "why is it called the Chatham House Rule? | ORIGIN",
                "did the talks ever lead to anything concrete? | OUTCOME",
                "Sáng kiến Geneva có được thông qua không? | OUTCOME",
                "trung tâm Carter đã làm được những gì? | OUTCOME",
                "Cuộc hòa giải kênh Beagle kết thúc như thế nào? | OUTCOME",
                "hoa dam o Rome ket thuc ra sao? | OUTCOME",
                "what led to the Oslo talks? | CAUSE",
                "bài học từ kế hoạch Marigold là gì? | LESSON",
                "how does a Track II workshop work? | HOW",
                "how would you define track two diplomacy? | DEFINITION",
                "how do scholars define paradiplomacy? | DEFINITION",
                "ngoại giao văn hóa được hiểu như thế nào? | DEFINITION",
                "who came up with that definition? | PEOPLE",
                "đối thoại Shangri-La diễn ra như thế nào? | HOW",
                "Nhóm các bậc trưởng lão do Mandela lập ra làm việc theo cách nào? | HOW",
                "Người leo núi là nhân vật nào? | PEOPLE",
                "bộ trưởng ngoại giao Việt Nam nào dự cuộc gặp ở Bogor? | PEOPLE",
            })
    void readsTheKind(String question, QuestionType type) {
        assertThat(types.of(question)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName(
            "a question asking two things carries both intents in a fixed order, and 'what is' no longer asks for a definition")
    @CsvSource(
            delimiter = '|',
            value = {
                "Why did Marigold fail and what is the lesson? | FAILURE OUTCOME LESSON",
                "Vì sao sáng kiến Marigold 1966 thất bại và bài học là gì? | FAILURE OUTCOME LESSON",
                "list the limits of Track II | LIMITS LIST",
                "what is Track II and why is it used? | PURPOSE CAUSE",
                "ai đứng ra dàn xếp hòa đàm tại Roma? | PEOPLE",
                "Tổ chức mà một cựu tổng thống Mỹ lập ở Atlanta đã làm trung gian ở những nơi nào? | LIST",
            })
    void readsEveryIntent(String question, String expected) {
        assertThat(types.intents(question).stream().map(intent -> intent.type().name()))
                .containsExactly(expected.split(" "));
    }

    @Test
    @DisplayName("a cue word the spelling corrector changed is still read from the question as typed")
    void cueReadFromTypedText() {
        assertThat(types.intents("what are the weak sports of track two").get(0).type())
                .isEqualTo(QuestionType.DEFINITION);
        assertThat(types.intents("what are the weak sports of track two", "what are the weak spots of track two")
                        .get(0)
                        .type())
                .isEqualTo(QuestionType.LIMITS);
    }
}
