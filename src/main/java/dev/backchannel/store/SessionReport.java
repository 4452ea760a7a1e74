package dev.backchannel.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's summary and its transcript, as Markdown and JSON, for educators to share. In the
 * Markdown, what people typed (the questions, the title) shows as typed, never as markup.
 */
public final class SessionReport {

    private static final int TOP_TOPICS = 5;

    private final QaSession session;
    private final List<SessionEntry> entries;

    public SessionReport(QaSession session, List<SessionEntry> entries) {
        this.session = session;
        this.entries = List.copyOf(entries);
    }

    public int questions() {
        return entries.size();
    }

    public long participants() {
        return entries.stream().map(SessionEntry::asker).distinct().count();
    }

    /** Topics cited first in answers, most asked about first. */
    public List<Map.Entry<String, Integer>> topTopics() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> !e.citedTopics().isEmpty())
                .forEach(e -> counts.merge(e.citedTopics().get(0), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP_TOPICS)
                .toList();
    }

    public List<String> unanswered() {
        return entries.stream()
                .filter(SessionEntry::abstained)
                .map(SessionEntry::question)
                .toList();
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Questions: ")
                .append(questions())
                .append(" · participants: ")
                .append(participants())
                .append('\n');
        text.append("Most asked about: ");
        text.append(
                topTopics().isEmpty()
                        ? "—"
                        : String.join(
                                ", ",
                                topTopics().stream()
                                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                        .toList()));
        text.append('\n');
        List<String> unanswered = unanswered();
        text.append("Not answered: ")
                .append(
                        unanswered.isEmpty()
                                ? "none"
                                : String.join(
                                        " | ",
                                        unanswered.stream()
                                                .map(MarkdownText::literal)
                                                .toList()));
        return text.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ")
                .append(MarkdownText.literal(session.title()))
                .append("\n\n");
        md.append("Started ")
                .append(session.startedAt())
                .append(session.endedAt().map(e -> ", ended " + e).orElse(""))
                .append(".\n\n");
        md.append(summary().replace("\n", "  \n")).append("\n");
        for (SessionEntry entry : entries) {
            md.append("\n## Q")
                    .append(entry.number())
                    .append(". ")
                    .append(MarkdownText.literal(entry.question()))
                    .append("\n\n");
            md.append(entry.answer()).append("\n");
            if (!entry.sources().isEmpty()) {
                md.append("\nSources:\n");
                for (CitedSource source : entry.sources()) {
                    md.append("[")
                            .append(source.n())
                            .append("] ")
                            .append(source.title())
                            .append(" — ")
                            .append(source.section());
                    md.append(source.url().isEmpty() ? "" : " " + source.url()).append("  \n");
                }
            }
        }
        return md.toString();
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("id", session.id())
                .put("title", session.title())
                .put("started_at", session.startedAt().toString());
        session.endedAt().ifPresent(e -> json.put("ended_at", e.toString()));
        json.put("questions", questions()).put("participants", participants());
        ArrayNode list = json.putArray("transcript");
        for (SessionEntry entry : entries) {
            ObjectNode item = list.addObject()
                    .put("number", entry.number())
                    .put("question", entry.question())
                    .put("answer", entry.answer())
                    .put("abstained", entry.abstained());
            ArrayNode sources = item.putArray("sources");
            entry.sources()
                    .forEach(s -> sources.addObject()
                            .put("n", s.n())
                            .put("title", s.title())
                            .put("section", s.section())
                            .put("url", s.url()));
        }
        return json.toString();
    }
}
