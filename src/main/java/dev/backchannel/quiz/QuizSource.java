package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What questions in one language are made from, read once per quiz: the topics, their passages,
 * the facts of every case and the vocabulary that tells options apart.
 */
final class QuizSource {

    private final Language language;
    private final QuizRules rules;
    private final QuizWords words;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, List<Passage>> passages = new HashMap<>();
    private final Map<String, List<Fact>> facts = new LinkedHashMap<>();
    private final Map<String, List<Token>> texts = new HashMap<>();
    private final Vocabulary vocabulary;
    private final Map<String, Option> topicOptions = new HashMap<>();
    private final Map<Fact, Option> factOptions = new HashMap<>();

    QuizSource(
            KnowledgeBase knowledge,
            Language language,
            QuizRules rules,
            QuizWords words,
            QuizLexicon lexicon,
            FactFinder finder) {
        this.language = language;
        this.rules = rules;
        this.words = words;
        for (Topic topic : knowledge.topics()) {
            if (topic.language() == language) {
                topics.put(topic.id(), topic);
                texts.put(topic.id(), Tokens.of(FactFinder.text(topic), language));
            }
        }
        for (Passage passage : knowledge.passages()) {
            if (passage.language() == language && topics.containsKey(passage.topicId())) {
                passages.computeIfAbsent(passage.topicId(), id -> new ArrayList<>())
                        .add(passage);
            }
        }
        for (Topic topic : topics.values()) {
            if (topic.kind() == Kind.EXAMPLE) {
                facts.put(topic.id(), finder.facts(topic, knowledge.topic(topic.id(), language.other())));
            }
        }
        // A name one case writes as a place ("Việt Nam") is no person in another that opens a
        // sentence with it.
        Set<List<String>> places = facts.values().stream()
                .flatMap(List::stream)
                .filter(fact -> fact.type() == FactType.PLACE)
                .map(fact -> Tokens.plainKeys(fact.text()))
                .collect(Collectors.toSet());
        facts.replaceAll((id, found) -> found.stream()
                .filter(fact -> fact.type() != FactType.PERSON || !places.contains(Tokens.plainKeys(fact.text())))
                .toList());
        this.vocabulary = new Vocabulary(language, lexicon, rules.distinctiveTitles(language), topics.values());
        // Options are made once: a quiz draws the same topics and facts again and again.
        topics.values().forEach(topic -> topicOptions.put(topic.id(), makeOption(topic)));
        facts.values().stream().flatMap(List::stream).forEach(fact -> factOptions.putIfAbsent(fact, makeOption(fact)));
    }

    Language language() {
        return language;
    }

    QuizRules rules() {
        return rules;
    }

    QuizWords words() {
        return words;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    List<Topic> topics(Kind kind) {
        return topics.values().stream().filter(topic -> topic.kind() == kind).toList();
    }

    Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    List<Passage> passages(Topic topic) {
        return passages.getOrDefault(topic.id(), List.of());
    }

    /** The facts of every case, by case id. */
    Map<String, List<Fact>> facts() {
        return facts;
    }

    List<Fact> facts(Topic topic) {
        return facts.getOrDefault(topic.id(), List.of());
    }

    /** Whether a topic's text writes a name, given as the keys of its words, anywhere. */
    boolean writes(Topic topic, List<String> name) {
        return Tokens.count(texts.getOrDefault(topic.id(), List.of()), name) > 0;
    }

    /** An option naming a topic by its title without brackets: "Ripeness", not "Ripeness (Zartman)". */
    Option option(Topic topic) {
        return topicOptions.get(topic.id());
    }

    /** An option that is a fact: all its words are its own. */
    Option option(Fact fact) {
        return factOptions.get(fact);
    }

    private Option makeOption(Topic topic) {
        String label = TopicNames.shortTitle(topic);
        return new Option(
                "topic:" + topic.id(),
                label,
                topic.kind().code(),
                TopicNames.names(topic).stream()
                        .map(name -> Tokens.keys(name, language))
                        .toList(),
                vocabulary.distinctiveWords(label));
    }

    private Option makeOption(Fact fact) {
        return new Option(
                fact.type().code() + ":" + String.join(" ", Tokens.plainKeys(fact.text())),
                fact.text(),
                fact.type().code(),
                List.of(Tokens.keys(fact.text(), language)),
                vocabulary.contentWords(fact.text()));
    }
}
