package dev.backchannel.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one knowledge file: YAML front matter between {@code ---} lines, then a Markdown body of
 * {@code ##} sections. Every problem found is reported with its line; a file with an error yields
 * no topic.
 */
public final class TopicFileReader {

    private static final Set<String> FIELDS = Set.of(
            "id", "lang", "kind", "period", "track", "title", "aliases", "summary", "related", "tags", "sources");
    private static final List<String> REQUIRED = List.of("id", "lang", "kind", "title", "summary");
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** What reading one file gave: the topic when it is valid, and every problem either way. */
    public record Result(Optional<Topic> topic, List<Problem> problems, Map<String, Integer> keyLines) {}

    public Result read(Path file) {
        List<Problem> problems = new ArrayList<>();
        String content;
        try {
            content = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(file, 1, "not UTF-8 text"));
            return new Result(Optional.empty(), problems, Map.of());
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, "cannot read: " + e.getMessage()));
            return new Result(Optional.empty(), problems, Map.of());
        }
        return parse(file, content, true, problems);
    }

    /**
     * Reads a file that lives in no folder of the knowledge base, a server's course notes: its id
     * need not match its name nor its language a folder.
     */
    public Result readUploaded(String name, byte[] bytes) {
        Path file = Path.of(name);
        List<Problem> problems = new ArrayList<>();
        try {
            return parse(file, UnsafeMarkup.withoutMarkup(decode(bytes)), false, problems);
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(file, 1, "not UTF-8 text"));
            return new Result(Optional.empty(), problems, Map.of());
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** @param placed whether the file's name and folder must agree with its id and language */
    private Result parse(Path file, String content, boolean placed, List<Problem> problems) {
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(Problem.error(file, 1, "no front matter: the file must start with a '---' line"));
            return new Result(Optional.empty(), problems, Map.of());
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(Problem.error(file, 1, "front matter is not closed by a '---' line"));
            return new Result(Optional.empty(), problems, Map.of());
        }
        List<String> frontLines = lines.subList(1, end);
        Map<String, Integer> keyLines = keyLines(frontLines);
        JsonNode front;
        try {
            front = yaml.readTree(String.join("\n", frontLines));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            problems.add(Problem.error(file, line, "malformed YAML: " + e.getOriginalMessage()));
            return new Result(Optional.empty(), problems, keyLines);
        }
        if (front == null || !front.isObject()) {
            problems.add(Problem.error(file, 2, "front matter must be a YAML mapping of fields"));
            return new Result(Optional.empty(), problems, keyLines);
        }
        FrontMatterFields fields = new FrontMatterFields(file, front, keyLines, problems);
        Iterator<String> names = front.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.error(file, fields.lineOf(name), "unknown field '" + name + "'"));
            }
        }
        for (String name : REQUIRED) {
            if (!front.hasNonNull(name) || front.get(name).asText().isBlank()) {
                problems.add(Problem.error(file, fields.lineOf(name), "missing field '" + name + "'"));
            }
        }
        String id = fields.text("id");
        String expectedId = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (placed && !id.isEmpty() && !id.equals(expectedId)) {
            problems.add(Problem.error(
                    file, fields.lineOf("id"), "id '" + id + "' does not match the file name '" + expectedId + ".md'"));
        } else if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.add(Problem.error(file, fields.lineOf("id"), "id must be lower-case words joined by '-'"));
        }
        Optional<Language> language = Language.fromCode(fields.text("lang"));
        if (!fields.text("lang").isEmpty() && language.isEmpty()) {
            problems.add(Problem.error(
                    file, fields.lineOf("lang"), "unknown lang '" + fields.text("lang") + "' (en or vi)"));
        }
        String folder =
                file.getParent() == null ? "" : file.getParent().getFileName().toString();
        if (placed && language.isPresent() && !language.get().code().equals(folder)) {
            problems.add(Problem.error(
                    file,
                    fields.lineOf("lang"),
                    "lang '" + language.get().code() + "' but the file is in folder '" + folder + "'"));
        }
        Optional<Kind> kind = Kind.fromCode(fields.text("kind"));
        if (!fields.text("kind").isEmpty() && kind.isEmpty()) {
            problems.add(Problem.error(
                    file,
                    fields.lineOf("kind"),
                    "unknown kind '" + fields.text("kind") + "' (track, term or example)"));
        }
        Optional<Period> period = period(fields, kind, problems);
        Optional<String> track = track(fields, kind, problems);
        List<String> aliases = fields.textList("aliases");
        List<String> related = fields.textList("related");
        List<String> tags = fields.textList("tags");
        List<Source> sources = fields.sources();
        List<Section> sections = SectionReader.sections(file, lines, end + 1, problems);

        boolean valid = problems.stream().noneMatch(Problem::isError);
        Optional<Topic> topic = valid
                ? Optional.of(new Topic(
                        id,
                        language.orElseThrow(),
                        kind.orElseThrow(),
                        fields.text("title"),
                        aliases,
                        fields.text("summary"),
                        related,
                        tags,
                        sources,
                        sections,
                        period,
                        track,
                        file))
                : Optional.empty();
        return new Result(topic, problems, keyLines);
    }

    /** A case's period, reported when it is written in none of the forms or given to another kind. */
    private static Optional<Period> period(FrontMatterFields fields, Optional<Kind> kind, List<Problem> problems) {
        String text = fields.text("period");
        if (text.isEmpty() || !onlyForCases(fields, "period", kind, problems)) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(text);
        if (period.isEmpty()) {
            problems.add(Problem.error(
                    fields.file(),
                    fields.lineOf("period"),
                    "period '" + text + "' is not a period: write " + Period.FORMS));
        }
        return period;
    }

    /** A case's track id; whether a track topic has it is checked against the other files. */
    private static Optional<String> track(FrontMatterFields fields, Optional<Kind> kind, List<Problem> problems) {
        String text = fields.text("track");
        if (text.isEmpty() || !onlyForCases(fields, "track", kind, problems)) {
            return Optional.empty();
        }
        if (!ID.matcher(text).matches()) {
            problems.add(Problem.error(
                    fields.file(),
                    fields.lineOf("track"),
                    "track '" + text + "' is not a topic id: write the id of a topic of kind track"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Only a case has a place on the timeline; a track or a term that gives one is an error. */
    private static boolean onlyForCases(
            FrontMatterFields fields, String name, Optional<Kind> kind, List<Problem> problems) {
        if (kind.isPresent() && kind.get() != Kind.EXAMPLE) {
            problems.add(Problem.error(
                    fields.file(),
                    fields.lineOf(name),
                    "field '" + name + "' places a case on the timeline; a "
                            + kind.get().code() + " has none"));
            return false;
        }
        return true;
    }

    private static Map<String, Integer> keyLines(List<String> frontLines) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (int i = 0; i < frontLines.size(); i++) {
            Matcher matcher = KEY_LINE.matcher(frontLines.get(i));
            if (matcher.find()) {
                lines.putIfAbsent(matcher.group(1), i + 2);
            }
        }
        return lines;
    }
}
