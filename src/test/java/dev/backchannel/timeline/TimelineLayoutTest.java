package dev.backchannel.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Period;
import dev.backchannel.timeline.TimelinePlan.Row;
import dev.backchannel.timeline.TimelinePlan.Text;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where the layout puts bars and labels, measured in a monospaced stand-in font: no fonts, no pixels. */
final class TimelineLayoutTest {

    /** Every character half as wide as the text is high. */
    private static final TextMeasure MONOSPACED = new TextMeasure() {
        @Override
        public int width(String text, boolean bold, int size) {
            return text.codePointCount(0, text.length()) * size / 2;
        }

        @Override
        public int ascent(int size) {
            return size;
        }

        @Override
        public int lineHeight(int size) {
            return size * 13 / 10;
        }
    };

    private static final TimelineStyle STYLE = TimelineStyle.shipped();
    private final TimelineLayout layout = new TimelineLayout(STYLE, TimelineWords.shipped(), MONOSPACED);

    private static TimelinePlan.Row row(TimelinePlan plan, String id) {
        return plan.rows().stream()
                .filter(r -> r.caseId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private TimelinePlan plan(CaseTimeline.Case... cases) {
        return layout.plan(new CaseTimeline(
                Language.EN, List.of(new CaseTimeline.Track("track-two", "Track II diplomacy", 0, List.of(cases)))));
    }

    private static CaseTimeline.Case shown(String id, String title, String period) {
        return new CaseTimeline.Case(id, title, Period.parse(period).orElseThrow(), false);
    }

    @Test
    @DisplayName("the axis runs in whole steps from before the first case to after the last year named")
    void axisYears() {
        TimelinePlan plan = plan(shown("a", "Early (1957)", "1957"), shown("b", "Late (2023)", "2004-2023"));

        assertThat(plan.axis().scale().firstYear()).isEqualTo(1950);
        assertThat(plan.axis().scale().lastYear()).isEqualTo(2030);
        assertThat(plan.axis().ticks())
                .extracting(TimelinePlan.Tick::year)
                .containsExactly(1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030);
    }

    @Test
    @DisplayName("a label goes right of its bar where it fits, else left of it, ending a gap before the bar")
    void labelBesideItsBar() {
        TimelinePlan plan =
                plan(shown("early", "Early talks (1957)", "1957"), shown("late", "Late talks (2020)", "2020"));
        Row early = row(plan, "early");
        Row late = row(plan, "late");

        assertThat(early.label())
                .singleElement()
                .satisfies(text -> assertThat(text.x()).isEqualTo(early.bar().right() + STYLE.labelGap()));
        assertThat(late.label())
                .singleElement()
                .satisfies(text ->
                        assertThat(text.x() + text.width()).isEqualTo(late.bar().left() - STYLE.labelGap()));
    }

    @Test
    @DisplayName("a title without years gets the period, a case still going on ending in the word for the present")
    void periodAddedToATitleWithoutYears() {
        TimelinePlan plan =
                plan(shown("net", "A think-tank network", "1988-"), shown("dated", "Talks of 1990", "1990"));

        assertThat(row(plan, "net").label())
                .extracting(Text::text)
                .containsExactly("A think-tank network (1988–present)");
        assertThat(row(plan, "dated").label()).extracting(Text::text).containsExactly("Talks of 1990");
    }

    @Test
    @DisplayName("a label with no room on either side of a long bar stands above it, whole, not cut short")
    void longLabelAboveALongBar() {
        String title = "A very long running dialogue between two rival powers, held in secret ever since 1957";
        TimelinePlan plan = plan(shown("long", title, "1957-"), shown("late", "Late talks (2020)", "2020"));
        Row row = row(plan, "long");

        assertThat(String.join(" ", row.label().stream().map(Text::text).toList()))
                .isEqualTo(title);
        assertThat(row.label())
                .allSatisfy(text -> assertThat(text.baseline())
                        .isLessThanOrEqualTo(row.bar().top()));
        assertThat(row.bar().right()).isEqualTo(plan.axis().scale().right());
    }

    @Test
    @DisplayName("a label too long for its lines anywhere is shortened with an ellipsis, never drawn past the margin")
    void overlongLabelIsShortened() {
        String title = "Talks " + "about many things ".repeat(20) + "(1990)";
        Row row = row(plan(shown("talks", title, "1990")), "talks");

        assertThat(row.label()).hasSize(STYLE.labelLines());
        assertThat(row.label().get(row.label().size() - 1).text()).endsWith("…");
        assertThat(row.label())
                .allSatisfy(text ->
                        assertThat(text.x() + text.width()).isLessThanOrEqualTo(STYLE.width() - STYLE.margin()));
    }
}
