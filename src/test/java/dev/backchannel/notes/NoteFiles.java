package dev.backchannel.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Course-notes files the tests add: one valid term, "harbor talks", that no shared topic mentions. */
public final class NoteFiles {

    private NoteFiles() {}

    /** A valid course note, {@code harbor-talks} in English, whose answer names a ferry timetable. */
    public static String harborTalks() {
        try (InputStream in = NoteFiles.class.getResourceAsStream("/notes/harbor-talks.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
