package dev.backchannel.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.timeline.TimelinePlan.Row;
import dev.backchannel.timeline.TimelinePlan.Text;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The timeline of the project's real knowledge base, in both languages, as Discord and the console get it. */
final class TimelineTest {

    private static List<Topic> topics;
    private static final TimelineStyle STYLE = TimelineStyle.shipped();
    private static final TimelineWords WORDS = TimelineWords.shipped();
    private static final TimelineFonts FONTS = TimelineFonts.shipped();
    private static final TimelinePictures PICTURES = new TimelinePictures(STYLE, WORDS, FONTS);

    @BeforeAll
    static void load() {
        topics = new KnowledgeLoader().load(Fixtures.realKnowledge()).topics();
    }

    private static TimelinePlan plan(TimelineRequest request) {
        return new TimelineLayout(STYLE, WORDS, FONTS).plan(TimelineCases.of(topics, request));
    }

    private static BufferedImage decode(TimelinePicture picture) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(picture.png()));
    }

    private static Set<String> caseIds() {
        return topics.stream()
                .filter(t -> t.kind() == Kind.EXAMPLE)
                .map(Topic::id)
                .collect(Collectors.toSet());
    }

    private static List<Text> texts(TimelinePlan plan) {
        List<Text> texts = new ArrayList<>(plan.title());
        plan.legend().forEach(entry -> texts.add(entry.text()));
        plan.headers().forEach(header -> texts.add(header.name()));
        plan.rows().forEach(row -> texts.addAll(row.label()));
        plan.axis().ticks().forEach(tick -> texts.addAll(List.of(tick.above(), tick.below())));
        texts.add(plan.axis().name());
        return texts;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("the picture of every track is a PNG of the planned size that places each of the 37 cases once")
    void everyCaseIsPlaced(Language language) throws IOException {
        TimelineRequest request = TimelineRequest.all(language);
        TimelinePicture picture = PICTURES.draw(topics, request);
        TimelinePlan plan = plan(request);
        BufferedImage image = decode(picture);

        assertThat(image.getWidth()).isEqualTo(1100).isEqualTo(plan.width());
        assertThat(image.getHeight())
                .isEqualTo(picture.height())
                .isEqualTo(plan.height())
                .isBetween(1000, 3000);
        assertThat(caseIds()).hasSize(37);
        assertThat(picture.cases()).isEqualTo(37);
        assertThat(plan.rows()).extracting(Row::caseId).containsExactlyInAnyOrderElementsOf(caseIds());
        TimelinePlan.Scale scale = plan.axis().scale();
        for (Row row : plan.rows()) {
            Topic topic = topics.stream()
                    .filter(t -> t.id().equals(row.caseId()) && t.language() == language)
                    .findFirst()
                    .orElseThrow();
            assertThat(row.bar().left())
                    .as(row.caseId())
                    .isEqualTo(scale.x(topic.period().orElseThrow().first()));
            assertThat(row.bar().right()).as(row.caseId()).isLessThanOrEqualTo(scale.right());
            assertThat(row.ongoing()).isEqualTo(topic.period().orElseThrow().ongoing());
            assertThat(row.label().get(0).text())
                    .as("the label is the case's own title")
                    .startsWith(topic.title()
                            .substring(0, Math.min(12, topic.title().length())));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName(
            "rows and headings do not overlap, and every label stays inside its row, the picture and clear of its bar")
    void nothingOverlapsOrIsClipped(Language language) {
        TimelinePlan plan = plan(TimelineRequest.all(language).highlighting("oslo-backchannel"));
        List<TimelinePlan.Box> areas = Stream.concat(
                        plan.headers().stream().map(TimelinePlan.Header::area),
                        plan.rows().stream().map(Row::area))
                .sorted(Comparator.comparingInt(TimelinePlan.Box::top))
                .toList();

        for (int i = 1; i < areas.size(); i++) {
            assertThat(areas.get(i).top())
                    .isGreaterThanOrEqualTo(areas.get(i - 1).bottom());
        }
        assertThat(areas.get(0).top()).isGreaterThan(plan.axis().top());
        assertThat(areas.get(areas.size() - 1).bottom()).isLessThan(plan.axis().bottom());
        for (Row row : plan.rows()) {
            for (Text line : row.label()) {
                assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(STYLE.margin());
                assertThat(line.x() + line.width()).as(line.text()).isLessThanOrEqualTo(plan.width() - STYLE.margin());
                // Room for stacked diacritics above and descenders below.
                assertThat(line.baseline() - line.size() * 1.07)
                        .as(line.text())
                        .isGreaterThanOrEqualTo(row.area().top());
                assertThat(line.baseline() + line.size() * 0.22)
                        .as(line.text())
                        .isLessThanOrEqualTo(row.area().bottom());
                boolean besideBar = line.baseline() > row.bar().top()
                        && line.baseline() - line.size() < row.bar().bottom();
                if (besideBar) {
                    assertThat(line.x() >= row.bar().right()
                                    || line.x() + line.width() <= row.bar().left())
                            .as(line.text() + " clear of its bar")
                            .isTrue();
                }
            }
        }
        for (Text text : texts(plan)) {
            assertThat(text.x()).as(text.text()).isGreaterThanOrEqualTo(0);
            assertThat(text.x() + text.width()).as(text.text()).isLessThanOrEqualTo(plan.width());
        }
    }

    @Test
    @DisplayName(
            "in Vietnamese every text is drawn in the shipped font, which has a glyph for every letter with its diacritics")
    void vietnameseIsDrawable() {
        TimelinePlan plan = plan(TimelineRequest.all(Language.VI).highlighting("paris-secret-talks"));
        List<Text> texts = texts(plan);

        assertThat(texts).extracting(Text::text).contains("Ngoại giao kênh 2 (nhánh II)", "Năm");
        assertThat(String.join(" ", texts.stream().map(Text::text).toList())).contains("Đ", "ư", "ợ", "ễ", "ậ", "ỹ");
        for (Text text : texts) {
            assertThat(FONTS.cannotDisplayFrom(text.text(), text.bold()))
                    .as(text.text())
                    .isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("every text shows at 11 px or more in Discord's 550 px wide preview")
    void readableAtPreviewSize() {
        TimelinePlan plan = plan(TimelineRequest.all(Language.EN));

        assertThat(texts(plan))
                .allSatisfy(text -> assertThat(text.size() * 550.0 / plan.width())
                        .as(text.text())
                        .isGreaterThanOrEqualTo(11));
    }

    @Test
    @DisplayName("the asked case's row is painted in the highlight colour, the others are not")
    void highlightedRowIsPainted() throws IOException {
        TimelineRequest request = TimelineRequest.all(Language.EN).highlighting("pugwash-conferences");
        TimelinePlan plan = plan(request);
        BufferedImage image = decode(PICTURES.draw(topics, request));

        for (Row row : plan.rows()) {
            int pixel = image.getRGB(2, row.area().top() + row.area().height() / 2) & 0xFFFFFF;
            int expected = (row.highlighted() ? STYLE.highlight() : STYLE.background()).getRGB() & 0xFFFFFF;
            assertThat(pixel).as(row.caseId()).isEqualTo(expected);
        }
        assertThat(plan.rows())
                .filteredOn(Row::highlighted)
                .extracting(Row::caseId)
                .containsExactly("pugwash-conferences");
    }
}
