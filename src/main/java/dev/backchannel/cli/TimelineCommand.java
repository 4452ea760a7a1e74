package dev.backchannel.cli;

import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.timeline.NotOnTimelineException;
import dev.backchannel.timeline.TimelinePicture;
import dev.backchannel.timeline.TimelinePictures;
import dev.backchannel.timeline.TimelineRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel timeline --out FILE.png}: the cases on a time axis, grouped by track, as a picture. */
@Command(
        name = "timeline",
        description = "Draw the knowledge base's cases on a time axis, grouped by track, into a PNG file.")
final class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PNG file to write.")
    private Path out;

    @Option(names = "--lang", defaultValue = "en", description = "en or vi (default: en)")
    private String lang;

    @Option(
            names = "--track",
            paramLabel = "ID",
            description = "Only the cases of this track, by id (topics --kind track lists them).")
    private String track;

    @Option(
            names = "--highlight",
            paramLabel = "CASE-ID",
            description = "Highlight this case, by id (topics --kind example lists them).")
    private String highlight;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--lang must be en or vi"));
        // The files alone, as check and topics read them: a picture needs no index and no model.
        List<Topic> topics = KnowledgeLoader.limitedBy(root.config().knowledge())
                .load(root.config().knowledge().dir())
                .topics();
        TimelineRequest request =
                new TimelineRequest(language, Optional.ofNullable(track), Optional.ofNullable(highlight));
        TimelinePicture picture;
        try {
            picture = TimelinePictures.shipped().draw(topics, request);
        } catch (NotOnTimelineException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path folder = out.toAbsolutePath().getParent();
        PrintWriter err = spec.commandLine().getErr();
        if (folder == null || !Files.isDirectory(folder)) {
            err.println("backchannel: cannot write " + out + ": there is no folder " + folder);
            return 1;
        }
        try {
            Files.write(out, picture.png());
        } catch (IOException e) {
            err.println("backchannel: cannot write " + out + ": " + BackchannelCommand.describe(e));
            return 1;
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf("Wrote %s (%d x %d px): %s%n", out, picture.width(), picture.height(), picture.caption());
        printed.flush();
        return 0;
    }
}
