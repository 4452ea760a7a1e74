package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.CitedSection;
import dev.backchannel.answer.Messages;
import java.io.PrintWriter;

/** The human-readable form of an answer for a terminal. */
final class AnswerPrinter {

    private AnswerPrinter() {}

    static void print(Answer answer, PrintWriter out) {
        print(answer, out, 0);
    }

    /** The answer with its lines broken between words at {@code width} (none at 0), then its sources. */
    static void print(Answer answer, PrintWriter out, int width) {
        out.println(TextWrap.wrap(answer.text(), width));
        printSources(answer, out);
    }

    /** The numbered sources, and why a configured model's answer was not used, if it was not. */
    static void printSources(Answer answer, PrintWriter out) {
        if (!answer.citations().isEmpty()) {
            out.println();
            out.println(Messages.sourcesHeading(answer.language()) + ":");
            for (CitedSection source : answer.citedSections()) {
                out.println("  "
                        + source.markers()
                        + " "
                        + source.label()
                        + (source.passage().firstUrl().isEmpty()
                                ? ""
                                : "\n      " + source.passage().firstUrl()));
            }
        }
        if (!answer.fallbackReason().isEmpty()) {
            out.println("(quoted from the sources: the language model was not used: " + answer.fallbackReason() + ")");
        }
        out.flush();
    }
}
