package dev.backchannel.knowledge;

import java.nio.file.Path;

/** Something wrong with a knowledge file, located to the line. */
public record Problem(Path file, int line, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style, so editors and CI logs can jump to the spot. */
    public String describe() {
        String level = severity == Severity.ERROR ? "error" : "warning";
        return file + ":" + line + ": " + level + ": " + message;
    }
}
