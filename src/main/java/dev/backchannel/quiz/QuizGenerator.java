package dev.backchannel.quiz;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.question.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multiple-choice questions made from the knowledge base without a language model, in four
 * formats: which topic a description describes, a fact of a case, the track of a case, and the
 * term a definition defines. A question is asked only when it passes every {@link QuizCheck}, so
 * it cannot be answered by matching words; each is explained by a passage the bot can cite.
 */
public final class QuizGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(QuizGenerator.class);

    private final Supplier<KnowledgeBase> knowledge;
    private final QuizRules rules;
    private final QuizWords words;
    private final QuizLexicon lexicon;
    private final SectionKinds sections;
    private final List<Pattern> dependentOpenings;
    private final AtomicReference<Sources> sources = new AtomicReference<>();

    /** The sources read from one version of the knowledge, by language. */
    private record Sources(KnowledgeBase base, Map<Language, QuizSource> byLanguage) {}

    /**
     * @param knowledge the version being served, read once per quiz
     * @param dependentOpenings openings of a sentence that lean on the one before: no stem has them
     */
    public QuizGenerator(
            Supplier<KnowledgeBase> knowledge,
            QuizRules rules,
            QuizWords words,
            QuizLexicon lexicon,
            SectionKinds sections,
            List<Pattern> dependentOpenings) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.words = words;
        this.lexicon = lexicon;
        this.sections = sections;
        this.dependentOpenings = List.copyOf(dependentOpenings);
    }

    /** A generator with the rules and words shipped with Backchannel. */
    public static QuizGenerator shipped(Supplier<KnowledgeBase> knowledge) {
        return new QuizGenerator(
                knowledge,
                QuizRules.shipped(),
                QuizWords.shipped(),
                QuizLexicon.shipped(),
                SectionKinds.standard(),
                Lexicon.standard().dependentOpenings());
    }

    /** @param random decides topics, formats, options and their order; seeded in tests */
    public GeneratedQuiz generate(QuizRequest request, Random random) {
        QuizSource source = source(request.language());
        Stems stems = new Stems(source, new Glosses(lexicon));
        QuestionChecks checks = new QuestionChecks(source.vocabulary(), new Readability(rules, dependentOpenings));
        List<QuestionMaker> makers = List.<QuestionMaker>of(
                        new TopicQuestions(source, stems),
                        new FactQuestions(source, stems),
                        new TrackQuestions(source, stems, sections),
                        new TermQuestions(source, stems, sections))
                .stream()
                .filter(maker -> request.format().isEmpty()
                        || maker.format() == request.format().get())
                .toList();
        List<Topic> pool = new ArrayList<>(source.topics().stream()
                .filter(topic -> request.kind().isEmpty()
                        || topic.kind() == request.kind().get())
                .filter(topic -> request.topics().isEmpty() || request.topics().contains(topic.id()))
                .toList());
        Collections.shuffle(pool, random);
        List<QuizQuestion> questions = new ArrayList<>();
        CheckTally tally = CheckTally.empty();
        for (Topic topic : pool) {
            if (questions.size() == request.count()) {
                break;
            }
            List<QuestionMaker> fitting = new ArrayList<>(
                    makers.stream().filter(maker -> maker.fits(topic)).toList());
            Collections.shuffle(fitting, random);
            for (QuestionMaker maker : fitting) {
                List<Candidate> candidates = maker.candidates(topic, random);
                if (candidates.isEmpty()) {
                    tally = tally.plus(maker.format(), CheckTally.Counts.tooFewOptions());
                    continue;
                }
                Optional<Candidate> passed = Optional.empty();
                for (Candidate candidate : candidates) {
                    Set<QuizCheck> failed = checks.failures(candidate);
                    tally = tally.plus(maker.format(), CheckTally.Counts.checked(failed));
                    if (failed.isEmpty()) {
                        passed = Optional.of(candidate);
                        break;
                    }
                }
                if (passed.isPresent()) {
                    questions.add(question(passed.get(), random));
                    break;
                }
            }
        }
        CheckTally.Counts total = tally.total();
        LOG.debug(
                "Quiz {}: {} of {} questions, {} candidates checked, rejected by check {}",
                request.id(),
                questions.size(),
                request.count(),
                total.candidates(),
                total.rejected());
        return new GeneratedQuiz(new Quiz(request.id(), request.language(), questions), tally);
    }

    /**
     * What questions in the language are made from, read once per version of the knowledge: a
     * reload serves a new version, and the next quiz reads that.
     */
    private QuizSource source(Language language) {
        KnowledgeBase base = knowledge.get();
        Sources current = sources.get();
        if (current != null && current.base() == base && current.byLanguage().containsKey(language)) {
            return current.byLanguage().get(language);
        }
        Glosses glosses = new Glosses(lexicon);
        QuizSource made =
                new QuizSource(base, language, rules, words, lexicon, new FactFinder(lexicon, sections, glosses));
        Map<Language, QuizSource> byLanguage = new EnumMap<>(Language.class);
        if (current != null && current.base() == base) {
            byLanguage.putAll(current.byLanguage());
        }
        byLanguage.put(language, made);
        // Two quizzes starting at once may both read the knowledge; either result will do.
        sources.set(new Sources(base, Map.copyOf(byLanguage)));
        return made;
    }

    private static QuizQuestion question(Candidate candidate, Random random) {
        List<String> options =
                new ArrayList<>(candidate.options().stream().map(Option::label).toList());
        Collections.shuffle(options, random);
        Passage cited = candidate.cited();
        return new QuizQuestion(
                candidate.format(),
                candidate.topic().id(),
                candidate.prompt(),
                options,
                options.indexOf(candidate.answer().label()),
                candidate.explanation(),
                cited.key(),
                cited.title() + " — " + cited.section(),
                cited.firstUrl());
    }
}
