package dev.backchannel.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.knowledge.TextFolding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What educators need to know from the questions asked: how many, how many the bot could not
 * answer, which answers were voted down or reported as wrong, and the unanswered questions grouped
 * when they ask the same thing: the list of what to teach and what the knowledge base lacks. A question asked
 * privately is counted and never shown; no report says who asked.
 */
public final class GapReport {

    /** What an empty section says, so that it reads as empty and not as cut off. */
    private static final String NONE = "none\n";

    private static final double SAME_QUESTION = 0.5;
    private static final int MIN_WORD = 3;
    /** How much of a reported answer the Markdown shows: enough to recognise it. */
    private static final int ANSWER_CHARS = 300;

    /** Unanswered questions that ask about the same thing, with how often. */
    public record Group(String example, int count, List<String> questions) {}

    private final Instant since;
    private final List<RecordedQuestion> questions;
    private final List<RecordedQuestion> downVoted;
    private final List<ReportedAnswer> reported;
    /** How many topics of course notes the server's questions were also searched in; empty for the operator's report. */
    private final Optional<Integer> courseNotes;

    /**
     * @param reported the open reports of problems with answers, whenever they were made: they are
     *     an educator's to-do list until resolved
     */
    public GapReport(
            Instant since,
            List<RecordedQuestion> questions,
            List<RecordedQuestion> downVoted,
            List<ReportedAnswer> reported) {
        this.since = since;
        this.questions = List.copyOf(questions);
        this.downVoted = List.copyOf(downVoted);
        this.reported = List.copyOf(reported);
        this.courseNotes = Optional.empty();
    }

    private GapReport(GapReport report, Optional<Integer> courseNotes) {
        this.since = report.since;
        this.questions = report.questions;
        this.downVoted = report.downVoted;
        this.reported = report.reported;
        this.courseNotes = courseNotes;
    }

    /** The same report for one server, saying how many topics of its own notes were searched too. */
    public GapReport withCourseNotes(int topics) {
        return new GapReport(this, Optional.of(topics));
    }

    /** The report on what was asked in {@code scope} since {@code since}, read from the store. */
    public static GapReport read(QuestionLog questions, AnswerReports reports, Instant since, ReportScope scope) {
        return new GapReport(
                since,
                questions.questionsSince(since, scope),
                questions.downVotedSince(since, scope),
                reports.open(scope));
    }

    /** The open reports of problems with answers, oldest first. */
    public List<ReportedAnswer> reported() {
        return reported;
    }

    public List<Group> unanswered() {
        List<List<RecordedQuestion>> groups = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (RecordedQuestion question : questions) {
            if (!question.abstained() || question.askedPrivately()) {
                continue;
            }
            Set<String> own = words(question.question());
            int match = -1;
            for (int i = 0; i < groups.size() && match < 0; i++) {
                if (similarity(own, words.get(i)) >= SAME_QUESTION) {
                    match = i;
                }
            }
            if (match < 0) {
                groups.add(new ArrayList<>(List.of(question)));
                words.add(own);
            } else {
                groups.get(match).add(question);
            }
        }
        return groups.stream()
                .map(g -> new Group(
                        g.get(0).question(),
                        g.size(),
                        g.stream().map(RecordedQuestion::question).distinct().toList()))
                .sorted(Comparator.comparingInt(Group::count).reversed())
                .toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : TextFolding.foldWords(text).split(" ")) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : common.size() / (double) union.size();
    }

    private long askedPrivately() {
        return questions.stream().filter(RecordedQuestion::askedPrivately).count();
    }

    private List<RecordedQuestion> shownDownVoted() {
        return downVoted.stream().filter(q -> !q.askedPrivately()).toList();
    }

    /** The report for people to read; what students typed shows as typed, never as markup. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        long abstained = questions.stream().filter(RecordedQuestion::abstained).count();
        md.append("# Backchannel report since ").append(since).append("\n\n");
        md.append("- Questions asked: ").append(questions.size()).append('\n');
        md.append("- Not answered (abstained): ").append(abstained).append('\n');
        md.append("- Answers voted down: ").append(downVoted.size()).append('\n');
        md.append("- Answers reported, not yet resolved: ")
                .append(reported.size())
                .append('\n');
        md.append("- Asked privately, counted but not shown: ")
                .append(askedPrivately())
                .append("\n\n");
        md.append("## Questions the knowledge base could not answer\n\n");
        courseNotes.ifPresent(topics -> md.append(
                        topics == 0
                                ? "This server has no course notes of its own: only the shared knowledge was searched."
                                : "Searched in the shared knowledge and this server's course notes (topics: " + topics
                                        + ").")
                .append("\n\n"));
        List<Group> unanswered = unanswered();
        if (unanswered.isEmpty()) {
            md.append(NONE);
        }
        for (Group group : unanswered) {
            md.append("- ").append(group.count()).append(" × ").append(MarkdownText.literal(group.example()));
            if (group.questions().size() > 1) {
                md.append(" (also: ")
                        .append(String.join(
                                "; ",
                                group.questions().subList(1, group.questions().size()).stream()
                                        .map(MarkdownText::literal)
                                        .toList()))
                        .append(')');
            }
            md.append('\n');
        }
        md.append("\n## Answers voted down\n\n");
        if (shownDownVoted().isEmpty()) {
            md.append(NONE);
        }
        for (RecordedQuestion question : shownDownVoted()) {
            md.append("- ")
                    .append(MarkdownText.literal(question.question()))
                    .append(" → ")
                    .append(String.join(", ", question.citedTopics()))
                    .append('\n');
        }
        md.append("\n## Answers reported\n\n");
        if (reported.isEmpty()) {
            md.append(NONE);
        }
        for (ReportedAnswer report : reported) {
            md.append("- #")
                    .append(report.id())
                    .append(" (")
                    .append(report.reason().label())
                    .append(") ");
            if (report.askedPrivately()) {
                md.append("asked privately");
            } else {
                md.append(MarkdownText.literal(report.question()))
                        .append(" → ")
                        .append(MarkdownText.literal(shorten(report.answer())));
            }
            if (!report.details().isEmpty()) {
                md.append(" · said: ").append(MarkdownText.literal(report.details()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String shorten(String text) {
        return text.length() <= ANSWER_CHARS
                ? text
                : text.substring(0, ANSWER_CHARS - 1).stripTrailing() + "…";
    }

    /** The report for programs: the text as stored, for them to escape as they show it. */
    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("since", since.toString());
        json.put("questions", questions.size());
        json.put(
                "abstained",
                questions.stream().filter(RecordedQuestion::abstained).count());
        json.put("asked_privately", askedPrivately());
        courseNotes.ifPresent(topics -> json.put("course_note_topics", topics));
        ArrayNode unanswered = json.putArray("unanswered");
        for (Group group : unanswered()) {
            ObjectNode g =
                    unanswered.addObject().put("question", group.example()).put("count", group.count());
            group.questions().forEach(g.putArray("questions")::add);
        }
        ArrayNode down = json.putArray("down_voted");
        for (RecordedQuestion question : shownDownVoted()) {
            ObjectNode q = down.addObject().put("question", question.question()).put("answer", question.answer());
            question.citedTopics().forEach(q.putArray("cited")::add);
        }
        ArrayNode reports = json.putArray("reported");
        for (ReportedAnswer report : reported) {
            reports.addObject()
                    .put("id", report.id())
                    .put("reported_at", report.reportedAt().toString())
                    .put("reason", report.reason().code())
                    .put("details", report.details())
                    .put("question", report.question())
                    .put("answer", report.answer())
                    .put("asked_privately", report.askedPrivately());
        }
        return json.toString();
    }
}
