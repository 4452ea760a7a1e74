package dev.backchannel.knowledge;

import dev.backchannel.config.KnowledgeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a knowledge folder ({@code <dir>/<lang>/<id>.md}), checks each file and the files
 * against each other, and keeps only the topics without errors: one broken file never takes the
 * others down with it.
 */
public final class KnowledgeLoader {

    /**
     * About 40 words. A Vietnamese word is often two or three syllables and every syllable is
     * written apart, so the same length counts more space-separated tokens in Vietnamese.
     */
    private static final Map<Language, Integer> SUMMARY_TOKENS_WARNING = Map.of(Language.EN, 40, Language.VI, 58);

    private final TopicFileReader reader = new TopicFileReader();
    private final long maxFileBytes;
    private final int maxPassages;

    /**
     * A loader without size limits, for tests and tools reading folders they made; the bot and
     * {@code check} take theirs from the configuration ({@link #limitedBy}).
     */
    public KnowledgeLoader() {
        this(Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * @param maxFileBytes the largest file read; a larger one is an error and skipped
     * @param maxPassages the most passages a topic may be cut into; more is an error and skipped
     */
    public KnowledgeLoader(long maxFileBytes, int maxPassages) {
        this.maxFileBytes = maxFileBytes;
        this.maxPassages = maxPassages;
    }

    /** A loader with the configured limits. */
    public static KnowledgeLoader limitedBy(KnowledgeConfig config) {
        return new KnowledgeLoader(config.maxFileBytes(), config.maxPassages());
    }

    /** The topics that loaded, and every problem found (errors and warnings). */
    public record Result(List<Topic> topics, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    public Result load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(dir, 1, "knowledge folder not found"));
            return new Result(List.of(), problems);
        }
        // Each file is read on its own, so they are read on every core; what follows checks them
        // against each other, in the files' order.
        List<FileRead> reads = markdownFiles(dir).parallelStream()
                .map(file -> unreadable(dir, file)
                        .map(problem -> new FileRead(file, Optional.of(problem), Optional.empty()))
                        .orElseGet(() -> new FileRead(file, Optional.empty(), Optional.of(reader.read(file)))))
                .toList();
        Map<Path, TopicFileReader.Result> read = new LinkedHashMap<>();
        for (FileRead each : reads) {
            each.unreadable().ifPresent(problems::add);
            each.result().ifPresent(result -> {
                problems.addAll(result.problems());
                read.put(each.file(), result);
            });
        }
        List<Topic> candidates =
                read.values().stream().flatMap(r -> r.topic().stream()).toList();
        Set<Path> rejected = new HashSet<>();
        checkDuplicates(candidates, problems, rejected);
        checkPassages(candidates, problems, rejected);
        checkRelated(candidates, read, problems, rejected);
        checkTracks(candidates, read, problems, rejected);
        warnOneLanguageOnly(candidates, problems);
        warnLongSummaries(candidates, read, problems);
        warnAliasCollisions(candidates, read, problems);
        List<Topic> topics =
                candidates.stream().filter(t -> !rejected.contains(t.file())).toList();
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        return new Result(topics, problems);
    }

    /**
     * Why a file is not read: a link to somewhere outside the folder (whoever can write a link there
     * must not make the bot serve any file it can read), or a size no topic has.
     */
    private Optional<Problem> unreadable(Path dir, Path file) {
        try {
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(dir.toRealPath())) {
                return Optional.of(Problem.error(file, 1, "links outside the knowledge folder; not read"));
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return Optional.of(Problem.error(
                        file,
                        1,
                        "file of " + size + " bytes is over knowledge.max-file-bytes (" + maxFileBytes
                                + "); not read"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problem.error(file, 1, "cannot be read: " + e.getMessage()));
        }
    }

    private static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + dir, e);
        }
    }

    private record FileRead(Path file, Optional<Problem> unreadable, Optional<TopicFileReader.Result> result) {}

    private void checkPassages(List<Topic> topics, List<Problem> problems, Set<Path> rejected) {
        Chunker chunker = Chunker.standard();
        List<Integer> counts = topics.parallelStream()
                .map(topic -> chunker.passages(topic).size())
                .toList();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            int passages = counts.get(i);
            if (passages > maxPassages) {
                problems.add(Problem.error(
                        topic.file(),
                        1,
                        "cut into " + passages + " passages, over knowledge.max-passages (" + maxPassages
                                + "); not served"));
                rejected.add(topic.file());
            }
        }
    }

    private static void checkDuplicates(List<Topic> topics, List<Problem> problems, Set<Path> rejected) {
        Map<String, Topic> seen = new HashMap<>();
        for (Topic topic : topics) {
            Topic first = seen.putIfAbsent(topic.language().code() + ":" + topic.id(), topic);
            if (first != null) {
                problems.add(Problem.error(
                        topic.file(),
                        2,
                        "duplicate id '" + topic.id() + "' in "
                                + topic.language().code() + ", first in " + first.file()));
                rejected.add(topic.file());
            }
        }
    }

    private static void checkRelated(
            List<Topic> topics, Map<Path, TopicFileReader.Result> read, List<Problem> problems, Set<Path> rejected) {
        Set<String> ids = new HashSet<>();
        topics.forEach(t -> ids.add(t.id()));
        for (Topic topic : topics) {
            int line = read.get(topic.file()).keyLines().getOrDefault("related", 1);
            for (String related : topic.related()) {
                if (!ids.contains(related)) {
                    problems.add(Problem.error(topic.file(), line, "unknown related id '" + related + "'"));
                    rejected.add(topic.file());
                } else if (related.equals(topic.id())) {
                    problems.add(Problem.warning(topic.file(), line, "topic lists itself as related"));
                }
            }
        }
    }

    /** A case's track names a topic of kind track, in either language. */
    private static void checkTracks(
            List<Topic> topics, Map<Path, TopicFileReader.Result> read, List<Problem> problems, Set<Path> rejected) {
        Set<String> tracks = new TreeSet<>();
        topics.stream().filter(t -> t.kind() == Kind.TRACK).forEach(t -> tracks.add(t.id()));
        for (Topic topic : topics) {
            if (topic.track().isPresent() && !tracks.contains(topic.track().get())) {
                int line = read.get(topic.file()).keyLines().getOrDefault("track", 1);
                problems.add(Problem.error(
                        topic.file(),
                        line,
                        "unknown track '" + topic.track().get() + "': write the id of a topic of kind track ("
                                + String.join(", ", tracks) + ")"));
                rejected.add(topic.file());
            }
        }
    }

    private static void warnOneLanguageOnly(List<Topic> topics, List<Problem> problems) {
        Map<String, Set<Language>> languages = new HashMap<>();
        topics.forEach(
                t -> languages.computeIfAbsent(t.id(), k -> new HashSet<>()).add(t.language()));
        for (Topic topic : topics) {
            if (languages.get(topic.id()).size() == 1) {
                problems.add(Problem.warning(
                        topic.file(),
                        1,
                        "topic '" + topic.id() + "' exists in "
                                + topic.language().code() + " only"));
            }
        }
    }

    private static void warnLongSummaries(
            List<Topic> topics, Map<Path, TopicFileReader.Result> read, List<Problem> problems) {
        for (Topic topic : topics) {
            int words = Sentences.wordCount(topic.summary());
            int limit = SUMMARY_TOKENS_WARNING.get(topic.language());
            if (words > limit) {
                int line = read.get(topic.file()).keyLines().getOrDefault("summary", 1);
                problems.add(Problem.warning(
                        topic.file(),
                        line,
                        "summary is " + words + " words long; keep it to one sentence of at most " + limit));
            }
        }
    }

    private static void warnAliasCollisions(
            List<Topic> topics, Map<Path, TopicFileReader.Result> read, List<Problem> problems) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Topic topic : topics) {
            owners.computeIfAbsent(TextFolding.foldWords(topic.title()), k -> new HashSet<>())
                    .add(topic.id());
            for (String alias : topic.aliases()) {
                owners.computeIfAbsent(TextFolding.foldWords(alias), k -> new HashSet<>())
                        .add(topic.id());
            }
        }
        for (Topic topic : topics) {
            int line = read.get(topic.file()).keyLines().getOrDefault("aliases", 1);
            for (String alias : topic.aliases()) {
                Set<String> others = new HashSet<>(owners.get(TextFolding.foldWords(alias)));
                others.remove(topic.id());
                if (!others.isEmpty()) {
                    problems.add(Problem.warning(
                            topic.file(),
                            line,
                            "alias '" + alias + "' is also a name of "
                                    + String.join(", ", new java.util.TreeSet<>(others))));
                }
            }
        }
    }
}
