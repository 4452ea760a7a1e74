package dev.backchannel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Lines typed at the console, read through JLine: arrow keys move in the line and through earlier
 * ones. Input that is not a terminal (a pipe, a test) is read as a dumb terminal, line by line.
 */
final class ConsoleInput implements AutoCloseable {

    private final Terminal terminal;
    private final LineReader reader;

    private ConsoleInput(Terminal terminal, LineReaderBuilder reader) {
        this.terminal = terminal;
        this.reader = reader.terminal(terminal).appName("backchannel").build();
    }

    /**
     * The process's own terminal, its lines kept in {@code historyFile} from one chat to the next
     * (up and down arrows, Ctrl-R to search them).
     */
    static ConsoleInput system(Path historyFile) {
        try {
            return new ConsoleInput(
                    TerminalBuilder.builder()
                            .system(true)
                            .encoding(StandardCharsets.UTF_8)
                            .build(),
                    LineReaderBuilder.builder().variable(LineReader.HISTORY_FILE, historyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the terminal", e);
        }
    }

    /** A dumb terminal over two streams: no editing, one line at a time. */
    static ConsoleInput streams(InputStream in, OutputStream out) {
        try {
            // Built directly: the builder would open a pseudo-terminal around the streams and echo them.
            return new ConsoleInput(
                    new DumbTerminal("backchannel", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8),
                    LineReaderBuilder.builder());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the input", e);
        }
    }

    /**
     * The next line, after showing {@code prompt}, or empty once the input ends (end of file,
     * Ctrl-D). Ctrl-C drops the line being typed, as a shell does.
     */
    Optional<String> readLine(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException interrupted) {
            return Optional.of("");
        } catch (EndOfFileException ended) {
            return Optional.empty();
        }
    }

    /** The columns to wrap answers at: the terminal's, at most {@link TextWrap#MAX_WIDTH}; 80 when it does not say. */
    int width() {
        int columns = terminal.getWidth();
        return columns > 0 ? Math.min(columns, TextWrap.MAX_WIDTH) : TextWrap.DEFAULT_WIDTH;
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing a terminal only restores its modes: nothing is lost if that fails.
        }
    }
}
