package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.CitedSection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a question beside its answer, in two columns wrapped at word boundaries, for a person
 * reading answers as a teacher would ({@code eval --panel}).
 */
final class PanelPrinter {

    private static final int QUESTION_WIDTH = 38;
    private static final int ANSWER_WIDTH = 78;
    private static final String GUTTER = " | ";

    private PanelPrinter() {}

    static void print(String id, List<String> turns, String question, Answer answer, PrintWriter out) {
        List<String> left = new ArrayList<>();
        left.add(id);
        turns.forEach(turn -> left.addAll(wrap("(earlier) " + turn, QUESTION_WIDTH)));
        left.addAll(wrap(question, QUESTION_WIDTH));
        List<String> right = new ArrayList<>(wrap(answer.text(), ANSWER_WIDTH));
        for (CitedSection source : answer.citedSections()) {
            right.addAll(wrap(source.markers() + " " + source.label(), ANSWER_WIDTH));
        }
        answer.abstainReason().ifPresent(reason -> right.add("(abstained: " + reason.code() + ")"));
        for (int line = 0; line < Math.max(left.size(), right.size()); line++) {
            String question1 = line < left.size() ? left.get(line) : "";
            String answer1 = line < right.size() ? right.get(line) : "";
            out.println((padded(question1) + GUTTER + answer1).stripTrailing());
        }
        out.println("-".repeat(QUESTION_WIDTH + GUTTER.length() + ANSWER_WIDTH));
        out.flush();
    }

    private static String padded(String text) {
        return text + " ".repeat(Math.max(0, QUESTION_WIDTH - text.length()));
    }

    /** Lines of at most {@code width} characters, broken between words; a longer word is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
