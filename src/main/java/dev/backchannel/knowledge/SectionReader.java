package dev.backchannel.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a knowledge file's Markdown body: its {@code ##} sections, each with the {@code > Q:}
 * questions it answers, reporting every problem with its line.
 */
final class SectionReader {

    private static final Pattern HEADING = Pattern.compile("^##\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern QUESTION = Pattern.compile("^>\\s*Q:(.*)$");

    private SectionReader() {}

    /** The sections of {@code lines} from {@code bodyStart}, the line after the front matter. */
    static List<Section> sections(Path file, List<String> lines, int bodyStart, List<Problem> problems) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        StringBuilder text = new StringBuilder();
        boolean strayText = false;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher matcher = HEADING.matcher(line);
            if (matcher.matches()) {
                addSection(file, sections, heading, headingLine, text, problems);
                heading = matcher.group(1).strip();
                headingLine = i + 1;
                text.setLength(0);
            } else if (heading == null) {
                if (!line.isBlank() && !strayText) {
                    strayText = true;
                    problems.add(Problem.error(file, i + 1, "text before the first '## ' section heading"));
                }
            } else {
                text.append(line).append('\n');
            }
        }
        addSection(file, sections, heading, headingLine, text, problems);
        if (sections.isEmpty() && !strayText) {
            problems.add(Problem.error(
                    file, Math.min(bodyStart + 1, lines.size()), "empty body: write at least one '## ' section"));
        }
        return sections;
    }

    /**
     * A section from its heading and the lines under it: first the questions it answers, one
     * {@code > Q: ...?} line each, then its text.
     */
    private static void addSection(
            Path file, List<Section> sections, String heading, int line, StringBuilder text, List<Problem> problems) {
        if (heading == null) {
            return;
        }
        List<String> questions = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        List<String> lines = text.toString().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher question = QUESTION.matcher(lines.get(i));
            if (!question.matches()) {
                body.append(lines.get(i)).append('\n');
                continue;
            }
            int at = line + 1 + i;
            String asked = question.group(1).strip();
            if (!body.toString().isBlank()) {
                problems.add(Problem.error(
                        file, at, "a '> Q:' question must come right under its heading, before the text"));
            } else if (asked.isEmpty() || !asked.endsWith("?")) {
                problems.add(Problem.error(file, at, "a '> Q:' line holds one question ending with '?'"));
            } else {
                questions.add(asked);
            }
        }
        if (body.toString().isBlank()) {
            problems.add(Problem.error(file, line, "section '" + heading + "' is empty"));
            return;
        }
        sections.add(
                new Section(heading, TextFolding.slug(heading), body.toString().strip(), questions, line));
    }
}
