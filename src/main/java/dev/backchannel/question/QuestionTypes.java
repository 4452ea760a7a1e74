package dev.backchannel.question;

import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.TextFolding;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
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
     * question's readings, in type order, a definition only when nothing else matched or when a how
     * is the definition's ("how would you define …?"), a failure instead of the cause it narrows,
     * and a general answer when nothing did.
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
        Set<QuestionType> matched = EnumSet.noneOf(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            if (lexicon.questionCues().getOrDefault(type, List.of()).stream()
                    .anyMatch(cue -> IntStream.range(0, folded.size())
                            .anyMatch(i -> cue.foundIn(folded.get(i), words.get(i))))) {
                matched.add(type);
            }
        }
        if (matched.contains(QuestionType.HOW) && asksToDefine(folded)) {
            matched.remove(QuestionType.HOW);
            // "How would you define it?", "được hiểu như thế nào?": the how is the definition's.
            matched.add(QuestionType.DEFINITION);
        } else if (matched.size() > 1) {
            matched.remove(QuestionType.DEFINITION);
        }
        if (matched.contains(QuestionType.CAUSE) && matched.contains(QuestionType.OUTCOME)) {
            // "Why was it never adopted?", "why did it succeed?": the reasons for how it turned out.
            matched.add(QuestionType.FAILURE);
        }
        if (matched.contains(QuestionType.FAILURE)) {
            // "Why did it collapse?" asks why, but not why the channel was opened.
            matched.remove(QuestionType.CAUSE);
        }
        if (matched.isEmpty()) {
            matched.add(QuestionType.GENERAL);
        }
        return matched.stream()
                .map(type -> new Intent(
                        type, preferredSections(type), lexicon.rankedSections().contains(type)))
                .toList();
    }

    /** Whether a reading asks outright what something means ("define", "được hiểu như thế nào"). */
    private boolean asksToDefine(List<String> folded) {
        return folded.stream()
                .anyMatch(text -> lexicon.definingCues().stream()
                        .anyMatch(cue -> cue.matcher(text).find()));
    }

    /** The slugs of the sections that answer a type of question, in both languages. */
    public Set<String> preferredSections(QuestionType type) {
        return preferredSlugs.getOrDefault(type, Set.of());
    }
}
