package dev.backchannel.question;

import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Tells a question's type from its cue phrases, and which sections answer each type. */
public final class QuestionTypes {

    private final Lexicon lexicon;
    private final Map<QuestionType, Set<String>> preferredSlugs = new EnumMap<>(QuestionType.class);

    public QuestionTypes(Lexicon lexicon, SectionKinds sections) {
        this.lexicon = lexicon;
        lexicon.questionSections()
                .forEach((type, kinds) -> preferredSlugs.put(type, sections.slugs(kinds.toArray(String[]::new))));
    }

    /** The type a question leads with. */
    public QuestionType of(String question) {
        return intents(question).get(0).type();
    }

    /**
     * What a question asks for, leading type first: every type with a matching cue in any of the
     * question's readings, in type order, a definition only when nothing else matched, and a general
     * answer when nothing did.
     *
     * @param readings the question as typed and as spelling-corrected: a correction may turn a cue
     *     word the knowledge base never uses into one it does, and only the typed text keeps it
     */
    public List<Intent> intents(String... readings) {
        List<String> folded =
                Arrays.stream(readings).map(TextFolding::foldWords).toList();
        List<Set<String>> words = folded.stream()
                .map(text -> Set.copyOf(Arrays.asList(text.split(" "))))
                .toList();
        List<QuestionType> matched = new ArrayList<>();
        for (QuestionType type : QuestionType.values()) {
            if (lexicon.questionCues().getOrDefault(type, List.of()).stream()
                    .anyMatch(cue -> IntStream.range(0, folded.size())
                            .anyMatch(i -> cue.foundIn(folded.get(i), words.get(i))))) {
                matched.add(type);
            }
        }
        if (matched.size() > 1) {
            matched.remove(QuestionType.DEFINITION);
        }
        if (matched.isEmpty()) {
            matched.add(QuestionType.GENERAL);
        }
        return matched.stream()
                .map(type -> new Intent(
                        type, preferredSections(type), lexicon.rankedSections().contains(type)))
                .toList();
    }

    /** The slugs of the sections that answer a type of question, in both languages. */
    public Set<String> preferredSections(QuestionType type) {
        return preferredSlugs.getOrDefault(type, Set.of());
    }
}
