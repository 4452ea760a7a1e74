package dev.backchannel.cli;

import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.ProgressReport;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.StoreException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /quiz [vi|en] [1-5]} inside {@code chat}: the Discord quiz, answered by typing a letter,
 * every line in the quiz's language. {@code /quiz me} shows the player's progress kept in {@code
 * data/}, {@code /quiz missed} quizzes them on the topics they missed most. A database that cannot
 * be opened or written costs only the record: the quiz is played anyway.
 */
final class ConsoleQuiz {

    private static final String LETTERS = "ABCD";

    private final QuizGenerator generator;
    private final Supplier<Quizzes> quizzes;
    private final ProgressReport progress;
    private final QuizWords words;
    private final String player;

    /** {@code quizzes} is asked for only when it is used, so opening it can fail there. */
    ConsoleQuiz(
            QuizGenerator generator,
            Supplier<Quizzes> quizzes,
            ProgressReport progress,
            QuizWords words,
            String player) {
        this.generator = generator;
        this.quizzes = quizzes;
        this.progress = progress;
        this.words = words;
        this.player = player;
    }

    /** What {@code /quiz} was asked for. */
    record Request(Mode mode, Language language, int count) {

        enum Mode {
            QUIZ,
            PROGRESS,
            MISSED
        }

        /** The words after {@code /quiz}, or empty when one of them fits nowhere. */
        static Optional<Request> parse(String arguments) {
            Mode mode = Mode.QUIZ;
            Language language = Language.EN;
            int count = 3;
            String[] words = arguments.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].toLowerCase(Locale.ROOT);
                Optional<Language> named = Language.fromCode(word);
                if (i == 0 && word.equals("me")) {
                    mode = Mode.PROGRESS;
                } else if (i == 0 && word.equals("missed")) {
                    mode = Mode.MISSED;
                } else if (named.isPresent()) {
                    language = named.get();
                } else if (word.matches("[1-5]") && mode != Mode.PROGRESS) {
                    count = Integer.parseInt(word);
                } else if (!word.isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Request(mode, language, count));
        }

        /** The language a request that could not be read was written for: Vietnamese if it names it. */
        static Language languageOf(String arguments) {
            return arguments.toLowerCase(Locale.ROOT).matches("(?s).*\\bvi\\b.*") ? Language.VI : Language.EN;
        }
    }

    void run(String arguments, ConsoleInput in, PrintWriter out, PrintWriter err) {
        Optional<Request> request = Request.parse(arguments);
        if (request.isEmpty()) {
            out.println(words.say(Request.languageOf(arguments), "usage", "text", arguments.strip()));
            return;
        }
        Language language = request.get().language();
        switch (request.get().mode()) {
            case PROGRESS -> showProgress(language, out, err);
            case MISSED -> missed(request.get(), in, out, err);
            case QUIZ -> play(generate(request.get(), Set.of()), in, out, err);
        }
    }

    private Quiz generate(Request request, Set<String> topics) {
        return generator
                .generate(
                        QuizRequest.of("console-" + UUID.randomUUID(), request.language(), request.count())
                                .about(topics),
                        new Random())
                .quiz();
    }

    private void showProgress(Language language, PrintWriter out, PrintWriter err) {
        try {
            progress.lines(quizzes.get().progress(player, progress.missedTopics()), language)
                    .forEach(out::println);
            out.println(words.say(language, "practice-console"));
        } catch (StoreException e) {
            out.println(words.say(language, "no-progress"));
            err.println("Quiz progress not read: " + e.getMessage());
        }
    }

    private void missed(Request request, ConsoleInput in, PrintWriter out, PrintWriter err) {
        Set<String> topics;
        try {
            topics = progress.practiceTopics(quizzes.get().progress(player, progress.missedTopics()));
        } catch (StoreException e) {
            out.println(words.say(request.language(), "no-progress"));
            err.println("Quiz progress not read: " + e.getMessage());
            return;
        }
        if (topics.isEmpty()) {
            out.println(words.say(request.language(), "practice-none"));
            return;
        }
        play(generate(request, topics), in, out, err);
    }

    private void play(Quiz quiz, ConsoleInput in, PrintWriter out, PrintWriter err) {
        Language language = quiz.language();
        if (quiz.questions().isEmpty()) {
            out.println(words.say(language, "no-questions"));
            return;
        }
        Optional<Quizzes> recording = save(quiz, out, err);
        int score = 0;
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizQuestion question = quiz.questions().get(i);
            out.println();
            out.println((i + 1) + "/" + quiz.questions().size() + " " + question.prompt());
            String letters = LETTERS.substring(0, question.options().size());
            for (int o = 0; o < question.options().size(); o++) {
                out.println("  " + letters.charAt(o) + ". " + question.options().get(o));
            }
            int choice = -1;
            while (choice < 0) {
                out.flush();
                Optional<String> line = in.readLine("A-" + letters.charAt(letters.length() - 1) + "> ");
                if (line.isEmpty()) {
                    return;
                }
                if (line.get().strip().equals("/quit")) {
                    out.println(words.say(language, "left", "correct", score, "answered", i));
                    return;
                }
                String letter = line.get().strip().toUpperCase(Locale.ROOT);
                choice = letter.length() == 1 ? letters.indexOf(letter) : -1;
            }
            boolean correct = choice == question.correct();
            score += correct ? 1 : 0;
            if (recording.isPresent() && !record(recording.get(), quiz, i, choice, out, err)) {
                recording = Optional.empty();
            }
            out.println(
                    correct
                            ? words.say(language, "correct")
                            : words.say(
                                    language,
                                    "wrong",
                                    "answer",
                                    letters.charAt(question.correct()) + ". " + question.answer()));
            out.println(question.explanation());
            out.println("  [1] " + question.sourceTitle()
                    + (question.sourceUrl().isEmpty() ? "" : "\n      " + question.sourceUrl()));
        }
        out.println();
        out.println(words.say(
                language, "score", "correct", score, "total", quiz.questions().size()));
    }

    /** The store the quiz was saved to, or empty when it could not be (and the user is told). */
    private Optional<Quizzes> save(Quiz quiz, PrintWriter out, PrintWriter err) {
        try {
            Quizzes store = quizzes.get();
            store.saveQuiz(quiz, "console");
            return Optional.of(store);
        } catch (StoreException e) {
            notRecorded(quiz.language(), e, out, err);
            return Optional.empty();
        }
    }

    private boolean record(Quizzes store, Quiz quiz, int question, int choice, PrintWriter out, PrintWriter err) {
        try {
            store.recordQuizAnswer(quiz, question, player, choice);
            return true;
        } catch (StoreException e) {
            notRecorded(quiz.language(), e, out, err);
            return false;
        }
    }

    /** The player is told in the quiz's language; why, in the database's own words, goes to errors. */
    private void notRecorded(Language language, StoreException e, PrintWriter out, PrintWriter err) {
        out.println(words.say(language, "not-recorded"));
        err.println("Quiz answers not recorded: " + e.getMessage());
        err.flush();
    }
}
