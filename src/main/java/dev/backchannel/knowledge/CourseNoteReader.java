package dev.backchannel.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a course-notes file an educator uploads, with the code that reads the curated knowledge:
 * what makes a file unreadable (front matter, fields, sections) is an error and nothing is kept;
 * what the curated base also requires (its sections per kind, questions per section, lengths) is
 * only a warning, as course notes are not curated entries. Mentions, masked links and tags are
 * taken out before anything is read, so no quote of the notes can ping or hide a link.
 */
public final class CourseNoteReader {

    /** What reading gave: the topic when there is no error, and the problems of each severity. */
    public record Result(Optional<Topic> topic, List<Problem> errors, List<Problem> warnings) {

        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private final TopicFileReader reader = new TopicFileReader();
    private final SectionRules rules;
    private final long maxBytes;
    private final int maxPassages;

    public CourseNoteReader(SectionRules rules, long maxBytes, int maxPassages) {
        this.rules = rules;
        this.maxBytes = maxBytes;
        this.maxPassages = maxPassages;
    }

    /**
     * @param sharedTopic whether an id is a topic of the curated knowledge base, which notes may
     *     neither replace nor shadow
     */
    public Result read(String name, byte[] bytes, Predicate<String> sharedTopic) {
        Path file = Path.of(name);
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            return refused(Problem.error(file, 1, "not a Markdown file: attach a .md file"));
        }
        if (bytes.length > maxBytes) {
            return refused(Problem.error(
                    file, 1, "the file has " + bytes.length + " bytes; course notes are at most " + maxBytes));
        }
        for (byte b : bytes) {
            if (b == 0) {
                return refused(Problem.error(file, 1, "a binary file, not Markdown text"));
            }
        }
        TopicFileReader.Result read = reader.readUploaded(name, bytes);
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        read.problems().forEach(p -> (p.isError() ? errors : warnings).add(p));
        if (read.topic().isPresent()) {
            Topic topic = read.topic().get();
            if (sharedTopic.test(topic.id())) {
                errors.add(Problem.error(
                        file,
                        read.keyLines().getOrDefault("id", 2),
                        "id '" + topic.id() + "' is a topic of the shared knowledge base: choose another id"));
            }
            int passages = Chunker.standard().passages(topic).size();
            if (passages > maxPassages) {
                errors.add(Problem.error(file, 1, "too long: " + passages + " passages, at most " + maxPassages));
            }
            warnings.addAll(rules.check(topic, Problem.Severity.WARNING));
        }
        return new Result(errors.isEmpty() ? read.topic() : Optional.empty(), errors, warnings);
    }

    private static Result refused(Problem problem) {
        return new Result(Optional.empty(), List.of(problem), List.of());
    }
}
