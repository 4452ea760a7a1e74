package dev.backchannel.quiz;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Candidates whose options are topics: a description of one, hidden as {@link Stems#hideWithAnswerWords} does,
 * each description with a few draws of wrong options, until the attempts are spent.
 *
 * @param format the format of the questions
 * @param about the topic the question is about
 * @param right the topic that answers it: {@code about} itself, or a case's track
 * @param promptKey the words of the stem, around {@code {text}}
 */
record TopicChoices(
        QuizFormat format,
        Topic about,
        Topic right,
        List<Topic> wrong,
        List<String> descriptions,
        String promptKey,
        Passage cited,
        String explanation) {

    List<Candidate> candidates(QuizSource source, Stems stems, Random random) {
        Option answer = source.option(right);
        List<Option> choices = wrong.stream().map(source::option).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (String description : descriptions) {
            String text = stems.withoutGlosses(description);
            String answerHidden =
                    stems.hideWithAnswerWords(text, List.of(answer)).text();
            for (int draw = 0; draw < source.rules().drawsPerStem(); draw++) {
                if (candidates.size() == source.rules().attempts()) {
                    return candidates;
                }
                List<Option> options = new ArrayList<>();
                options.add(answer);
                options.addAll(stems.wrongOptions(answer, choices, answerHidden, random));
                Masked body = stems.hideWithAnswerWords(text, options);
                candidates.add(new Candidate(
                        format,
                        about,
                        source.words().say(source.language(), promptKey, "text", body.text()),
                        body,
                        body.text(),
                        options,
                        cited,
                        explanation));
            }
        }
        return candidates;
    }
}
