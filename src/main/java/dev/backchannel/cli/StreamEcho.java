package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerMode;
import dev.backchannel.answer.PartialAnswers;
import java.io.PrintWriter;

/**
 * Prints a language model's answer to the terminal as it is written, then finishes with the
 * checked answer: only its sources when the text was kept as streamed, else the whole answer again
 * (a removed citation or a fallback changed it).
 */
final class StreamEcho implements PartialAnswers {

    private final PrintWriter out;
    private final int width;
    private String printed = "";

    /** @param width the column to wrap a whole answer at, 0 for none (a stream is printed as it comes) */
    StreamEcho(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public synchronized void accept(String soFar) {
        if (soFar.startsWith(printed)) {
            out.print(soFar.substring(printed.length()));
            out.flush();
            printed = soFar;
        }
    }

    synchronized void finish(Answer answer) {
        if (printed.isEmpty()) {
            AnswerPrinter.print(answer, out, width);
            return;
        }
        out.println();
        if (answer.mode() == AnswerMode.LLM && answer.text().equals(printed.strip())) {
            AnswerPrinter.printSources(answer, out);
        } else {
            out.println();
            AnswerPrinter.print(answer, out, width);
        }
    }
}
