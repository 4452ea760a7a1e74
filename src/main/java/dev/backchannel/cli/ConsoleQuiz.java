package dev.backchannel.cli;

import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.StoreException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /quiz [vi|en] [count]} inside {@code chat}: the Discord quiz, answered by typing A–D. A
 * database that cannot be opened or written costs only the record: the quiz is played anyway.
 */
final class ConsoleQuiz {

    private static final String LETTERS = "ABCD";

    private final QuizGenerator generator;
    private final Supplier<Quizzes> quizzes;
    private final String player;

    /** {@code quizzes} is asked for only when the quiz is saved, so opening it can fail there. */
    ConsoleQuiz(QuizGenerator generator, Supplier<Quizzes> quizzes, String player) {
        this.generator = generator;
        this.quizzes = quizzes;
        this.player = player;
    }

    /** What {@code /quiz} was asked for: a language and a number of questions. */
    record Request(Language language, int count) {

        /** The words after {@code /quiz}, or empty when one of them is neither a language nor 1 to 5. */
        static Optional<Request> parse(String arguments) {
            Language language = Language.EN;
            int count = 3;
            for (String word : arguments.strip().split("\\s+")) {
                Optional<Language> named = Language.fromCode(word.toLowerCase(Locale.ROOT));
                if (named.isPresent()) {
                    language = named.get();
                } else if (word.matches("[1-5]")) {
                    count = Integer.parseInt(word);
                } else if (!word.isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Request(language, count));
        }
    }

    void run(String arguments, ConsoleInput in, PrintWriter out) {
        Optional<Request> request = Request.parse(arguments);
        if (request.isEmpty()) {
            out.println(
                    "Usage: /quiz [vi|en] [1-5], for example /quiz vi 3: \"" + arguments.strip() + "\" is neither.");
            return;
        }
        Language language = request.get().language();
        int count = request.get().count();
        Quiz quiz = generator
                .generate(QuizRequest.of("console-" + UUID.randomUUID(), language, count), new Random())
                .quiz();
        Optional<Quizzes> recording = save(quiz, out);
        int score = 0;
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizQuestion question = quiz.questions().get(i);
            out.println();
            out.println((i + 1) + "/" + quiz.questions().size() + " " + question.prompt());
            for (int o = 0; o < question.options().size(); o++) {
                out.println("  " + LETTERS.charAt(o) + ". " + question.options().get(o));
            }
            int choice = -1;
            while (choice < 0) {
                out.flush();
                Optional<String> line = in.readLine("A-D> ");
                if (line.isEmpty()) {
                    return;
                }
                if (line.get().strip().equals("/quit")) {
                    out.println("(quiz left: " + score + "/" + i + ")");
                    return;
                }
                String letter = line.get().strip().toUpperCase(Locale.ROOT);
                choice = letter.length() == 1 ? LETTERS.indexOf(letter) : -1;
            }
            boolean correct = choice == question.correct();
            score += correct ? 1 : 0;
            if (recording.isPresent() && !record(recording.get(), quiz, i, choice, correct, out)) {
                recording = Optional.empty();
            }
            out.println(
                    correct
                            ? "Correct!"
                            : "Not quite: " + LETTERS.charAt(question.correct()) + ". "
                                    + question.options().get(question.correct()));
            out.println(question.explanation());
            out.println("  [1] " + question.sourceTitle()
                    + (question.sourceUrl().isEmpty() ? "" : "\n      " + question.sourceUrl()));
        }
        out.println();
        out.println("Score: " + score + "/" + quiz.questions().size());
    }

    /** The store the quiz was saved to, or empty when it could not be (and the user is told). */
    private Optional<Quizzes> save(Quiz quiz, PrintWriter out) {
        try {
            Quizzes store = quizzes.get();
            store.saveQuiz(quiz, "console");
            return Optional.of(store);
        } catch (StoreException e) {
            notRecorded(e, out);
            return Optional.empty();
        }
    }

    private boolean record(Quizzes store, Quiz quiz, int question, int choice, boolean correct, PrintWriter out) {
        try {
            store.recordQuizAnswer(quiz, question, player, choice);
            return true;
        } catch (StoreException e) {
            notRecorded(e, out);
            return false;
        }
    }

    private static void notRecorded(StoreException e, PrintWriter out) {
        out.println("(not recorded: " + e.getMessage() + ")");
    }
}
