package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a curated topic's sections must be: every standard section of its kind, the explaining
 * sections within their lengths, two to five questions under each heading, and no talk about the
 * project instead of the subject. {@code check} reports these as errors; course notes, which are
 * not curated, may get them as warnings.
 */
public final class SectionRules {

    private static final int MIN_QUESTIONS = 2;
    private static final int MAX_QUESTIONS = 5;
    private static final String META_PHRASES = "knowledge/meta-phrases.txt";

    private final SectionKinds kinds;
    private final List<String> metaPhrases;

    public SectionRules(SectionKinds kinds) {
        this.kinds = kinds;
        this.metaPhrases = readMetaPhrases();
    }

    /** The problems of one topic, the rules' breaches at the given severity. */
    public List<Problem> check(Topic topic, Problem.Severity severity) {
        List<Problem> problems = new ArrayList<>();
        Language language = topic.language();
        int firstLine = topic.sections().isEmpty() ? 1 : topic.sections().get(0).line();
        for (SectionKind kind : kinds.of(topic.kind())) {
            Optional<Section> section = topic.sections().stream()
                    .filter(s -> s.heading().equals(kind.heading(language)))
                    .findFirst();
            if (section.isEmpty()) {
                problems.add(new Problem(
                        topic.file(),
                        firstLine,
                        severity,
                        "missing section '## " + kind.heading(language) + "' (every "
                                + topic.kind().code() + " has it)"));
                continue;
            }
            kind.length(language)
                    .filter(length ->
                            !length.admits(Sentences.wordCount(section.get().text())))
                    .ifPresent(length -> problems.add(new Problem(
                            topic.file(),
                            section.get().line(),
                            severity,
                            "section '" + kind.heading(language) + "' has "
                                    + Sentences.wordCount(section.get().text()) + " words; write " + length.min()
                                    + " to " + length.max())));
        }
        for (Section section : topic.sections()) {
            int count = section.questions().size();
            if (count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
                problems.add(new Problem(
                        topic.file(),
                        section.line(),
                        severity,
                        "section '" + section.heading() + "' has " + count + " '> Q:' questions; write " + MIN_QUESTIONS
                                + " to " + MAX_QUESTIONS));
            }
            for (String question : section.questions()) {
                if (TextFolding.foldWords(question).equals(TextFolding.foldWords(section.heading()))) {
                    problems.add(new Problem(
                            topic.file(),
                            section.line(),
                            severity,
                            "question '" + question + "' only repeats the heading"));
                }
            }
            String text = section.text().toLowerCase(Locale.ROOT);
            for (String phrase : metaPhrases) {
                if (text.contains(phrase)) {
                    problems.add(Problem.warning(
                            topic.file(), section.line(), "'" + phrase + "' talks about the project, not the subject"));
                }
            }
        }
        return problems;
    }

    private static List<String> readMetaPhrases() {
        return ResourceLines.entries(META_PHRASES).stream()
                .map(entry -> entry.text().toLowerCase(Locale.ROOT))
                .toList();
    }
}
