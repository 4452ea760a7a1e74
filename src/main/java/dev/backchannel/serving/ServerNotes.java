package dev.backchannel.serving;

import dev.backchannel.knowledge.CourseNote;
import java.util.List;

/** Where each Discord server's own course notes are kept, read by the server's id alone. */
public interface ServerNotes {

    /** A number that grows with every change to the server's notes; 0 when it never had any. */
    long version(String guildId);

    /** The server's current notes, readable ones only. */
    List<CourseNote> notes(String guildId);
}
