package dev.backchannel.cli;

import dev.backchannel.knowledge.Problem;
import dev.backchannel.notes.AddOutcome;
import dev.backchannel.notes.CourseNotes;
import dev.backchannel.store.StoredNote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backchannel knowledge add|list|remove --guild ID}: the operator manages a Discord server's
 * course notes as its educators do with {@code /knowledge}, in the same database.
 */
@Command(
        name = "knowledge",
        description = "A Discord server's own course notes: add, list or remove them.",
        subcommands = {CourseNotesCommand.Add.class, CourseNotesCommand.ListNotes.class, CourseNotesCommand.Remove.class
        })
final class CourseNotesCommand implements Callable<Integer> {

    /** Who the console's changes are recorded as. */
    private static final String OPERATOR = "operator";

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    private CourseNotes notes() {
        return root.app().courseNotes(root.database());
    }

    @Command(name = "add", description = "Add or update a topic of course notes from a Markdown file.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        private CourseNotesCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private GuildOption guild;

        @Parameters(paramLabel = "FILE", description = "A Markdown file in the knowledge format.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            String server = guild.id();
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            CourseNotes notes = parent.notes();
            if (Files.size(file) > notes.maxFileBytes()) {
                spec.commandLine()
                        .getErr()
                        .println(file + ": " + Files.size(file) + " bytes; course notes are at most "
                                + notes.maxFileBytes());
                return 1;
            }
            AddOutcome outcome =
                    notes.add(server, file.getFileName().toString(), Files.readAllBytes(file), OPERATOR, OPERATOR);
            PrintWriter out = spec.commandLine().getOut();
            print(spec.commandLine().getErr(), outcome.errors());
            print(out, outcome.warnings());
            if (!outcome.added()) {
                return 1;
            }
            out.println((outcome.replaced() ? "Updated " : "Added ")
                    + outcome.topic().get().id() + " ("
                    + outcome.topic().get().language().code() + ") for server " + server);
            out.flush();
            return 0;
        }

        private static void print(PrintWriter to, List<Problem> problems) {
            problems.forEach(p -> to.println(p.describe()));
            to.flush();
        }
    }

    @Command(name = "list", description = "A server's course notes.")
    static final class ListNotes implements Callable<Integer> {

        @ParentCommand
        private CourseNotesCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private GuildOption guild;

        @Override
        public Integer call() {
            List<StoredNote> notes = parent.notes().list(guild.id());
            PrintWriter out = spec.commandLine().getOut();
            if (notes.isEmpty()) {
                out.println("none");
            }
            for (StoredNote note : notes) {
                out.println(note.topicId() + "\t" + note.language() + "\t" + note.title() + "\t" + note.addedByName()
                        + "\t" + note.addedAt());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a topic of course notes, in every language.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        private CourseNotesCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private GuildOption guild;

        @Parameters(paramLabel = "TOPIC-ID", description = "The topic's id, as list shows it.")
        private String topicId;

        @Override
        public Integer call() {
            int removed = parent.notes().remove(guild.id(), topicId, OPERATOR, OPERATOR);
            if (removed == 0) {
                spec.commandLine().getErr().println("Server " + guild.id() + " has no course notes '" + topicId + "'");
                return 1;
            }
            spec.commandLine()
                    .getOut()
                    .println("Removed " + topicId + " (" + removed + " language version" + (removed == 1 ? "" : "s")
                            + ") from server " + guild.id());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
