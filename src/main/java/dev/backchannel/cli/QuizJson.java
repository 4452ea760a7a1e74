package dev.backchannel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.quiz.CheckTally;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizCheck;
import dev.backchannel.quiz.QuizFormat;
import dev.backchannel.quiz.QuizQuestion;
import java.util.Locale;
import java.util.Optional;

/** The JSON form of generated questions, the contract of {@code quiz --json}, and the checks' summary. */
final class QuizJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuizJson() {}

    static ObjectNode toJson(Quiz quiz, long seed, KnowledgeBase knowledge) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("language", quiz.language().code());
        json.put("seed", seed);
        ArrayNode questions = json.putArray("questions");
        for (QuizQuestion question : quiz.questions()) {
            ObjectNode q = questions.addObject();
            q.put("format", question.format().code());
            q.put("topic", question.topicId());
            q.put("stem", question.prompt());
            ArrayNode options = q.putArray("options");
            question.options().forEach(options::add);
            q.put("answer", question.correct());
            q.put("answer_text", question.answer());
            q.put("explanation", question.explanation());
            ObjectNode citation = q.putObject("citation");
            citation.put("passage", question.passageKey());
            Optional<Passage> passage = knowledge.passages().stream()
                    .filter(p -> p.key().equals(question.passageKey()))
                    .findFirst();
            citation.put("topic", passage.map(Passage::topicId).orElse(""));
            citation.put("title", passage.map(Passage::title).orElse(question.sourceTitle()));
            citation.put("section", passage.map(Passage::section).orElse(""));
            citation.put("url", question.sourceUrl());
        }
        return json;
    }

    /** One line per format and a total: candidates checked, questions made, and each check's share of rejections. */
    static String summary(CheckTally tally) {
        StringBuilder summary = new StringBuilder();
        for (QuizFormat format : QuizFormat.values()) {
            summary.append(line(format.code(), tally.of(format))).append('\n');
        }
        return summary.append(line("all", tally.total())).toString();
    }

    private static String line(String name, CheckTally.Counts counts) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "%-6s %4d candidates, %4d asked, %3d topics short of options; rejected:",
                name,
                counts.candidates(),
                counts.accepted(),
                counts.shortOfOptions()));
        for (QuizCheck check : QuizCheck.values()) {
            line.append(String.format(
                    Locale.ROOT,
                    " %s %d (%s)",
                    check.code(),
                    counts.rejected(check),
                    share(counts.rejected(check), counts)));
        }
        return line.toString();
    }

    private static String share(int part, CheckTally.Counts counts) {
        return counts.candidates() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / counts.candidates());
    }
}
