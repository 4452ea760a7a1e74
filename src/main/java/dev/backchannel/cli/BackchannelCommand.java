package dev.backchannel.cli;

import dev.backchannel.Backchannel;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.ConfigException;
import dev.backchannel.config.ConfigLoader;
import dev.backchannel.config.StoreConfig;
import dev.backchannel.index.BuildProgress;
import dev.backchannel.ops.LogFormat;
import dev.backchannel.store.Database;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.Sessions;
import dev.backchannel.store.SqliteLibrary;
import dev.backchannel.store.StoreException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code backchannel} command: global options, and the pipeline opened once for a subcommand. */
@Command(
        name = "backchannel",
        mixinStandardHelpOptions = true,
        // Every subcommand takes --help too, before its own parameters are checked.
        scope = CommandLine.ScopeType.INHERIT,
        version = "backchannel 0.1.0",
        description = "Cited answers about informal diplomacy, in Vietnamese and English.",
        subcommands = {
            AskCommand.class,
            ChatCommand.class,
            CheckCommand.class,
            TopicsCommand.class,
            TimelineCommand.class,
            QuizCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            DiscordCommand.class,
            ReportCommand.class,
            CourseNotesCommand.class
        })
public final class BackchannelCommand implements Callable<Integer>, AutoCloseable {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--config",
            description = "Configuration file (default: config/backchannel.yaml under the project home).")
    private Path configFile;

    /** Set by the launcher for the run it records its class-data-sharing archive from. */
    private static final String CLASS_ARCHIVE_RUN = "BACKCHANNEL_CLASS_ARCHIVE_RUN";

    /** Where native libraries the drivers would otherwise write out on every start are kept. */
    private static final String NATIVE_COPIES = "data/native";

    private final Path home;
    private final Map<String, String> environment;
    private final InputStream in;
    private final OutputStream out;
    private PrintWriter errors = new PrintWriter(System.err, true);
    private BackchannelConfig config;
    private Backchannel app;
    private Database database;
    private CompletableFuture<Database> opening;

    BackchannelCommand(Path home, Map<String, String> environment, InputStream in, OutputStream out) {
        this.home = home;
        this.environment = environment;
        this.in = in;
        this.out = out;
    }

    /** A ready command line writing UTF-8 whatever the platform's default charset. */
    public static CommandLine commandLine(
            Path home, Map<String, String> environment, InputStream in, OutputStream out, OutputStream err) {
        BackchannelCommand root = new BackchannelCommand(home, environment, in, out);
        CommandLine commandLine = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        root.errors = commandLine.getErr();
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            root.close();
            line.getErr().println(userMessage(exception));
            return exception instanceof InvalidQuestionException ? 2 : 1;
        });
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.close();
            }
        });
        return commandLine;
    }

    private static String userMessage(Exception exception) {
        if (exception instanceof ConfigException
                || exception instanceof InvalidQuestionException
                || exception instanceof StoreException) {
            return exception.getMessage();
        }
        return "backchannel: " + describe(exception);
    }

    /**
     * What went wrong and why, in one line: "Cannot open or build the index in …" alone leaves the
     * operator guessing, so the causes beneath it are named too.
     */
    static String describe(Throwable exception) {
        StringBuilder line = new StringBuilder(textOf(exception));
        // A chain can loop (A caused by B caused by A): each exception is told once.
        Set<Throwable> told = Collections.newSetFromMap(new IdentityHashMap<>());
        told.add(exception);
        for (Throwable cause = exception.getCause(); cause != null && told.add(cause); cause = cause.getCause()) {
            String text = textOf(cause);
            if (line.indexOf(text) < 0) {
                line.append(": ").append(text);
            }
        }
        return line.toString();
    }

    private static String textOf(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    BackchannelConfig config() {
        if (config == null) {
            Path file = configFile != null ? configFile : home.resolve("config/backchannel.yaml");
            config = new ConfigLoader(environment, home).load(file);
            LogFormat.apply(config.logging());
        }
        return config;
    }

    /** The pipeline, opened on first use so that commands which do not need it start fast. */
    Backchannel app() {
        if (app == null) {
            app = Backchannel.open(config(), home, buildProgress());
        }
        return app;
    }

    /**
     * The pipeline opened to answer one question, loading only what that question needs. The run
     * the launcher records its class archive from loads everything an ask may need, so that the
     * archive serves questions in every language.
     */
    Backchannel appFor(String question) {
        if (app == null) {
            app = environment.containsKey(CLASS_ARCHIVE_RUN)
                    ? Backchannel.open(config(), home, buildProgress())
                    : Backchannel.openFor(question, config(), home, buildProgress());
        }
        return app;
    }

    /** A build is shown to a person at a terminal; piped or scripted output stays clean. */
    private BuildProgress buildProgress() {
        return atTerminal() ? new ConsoleBuildProgress(errors, Clock.systemUTC()) : BuildProgress.SILENT;
    }

    Map<String, String> environment() {
        return environment;
    }

    Path home() {
        return home;
    }

    /**
     * Starts opening the database on another thread, for a one-shot command, so its schema check
     * overlaps loading the index and the model instead of adding to the command's time.
     */
    void openDatabaseInBackground() {
        if (database == null && opening == null) {
            StoreConfig settings = config().store();
            opening = CompletableFuture.supplyAsync(() -> {
                useSqliteLibraryCopy(settings);
                return Database.openForOneCommand(settings, Clock.systemUTC());
            });
        }
    }

    /** SQLite's native library, for a database on SQLite, loaded from a copy kept under the home. */
    private void useSqliteLibraryCopy(StoreConfig settings) {
        SqliteLibrary.useCopyIn(home.resolve(NATIVE_COPIES), settings.jdbcUrl());
    }

    /** The database, opened on first use: eval and check never touch it. */
    Database database() {
        if (database == null) {
            if (opening != null) {
                try {
                    database = opening.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                } finally {
                    opening = null;
                }
            } else {
                useSqliteLibraryCopy(config().store());
                database = Database.open(config().store(), Clock.systemUTC());
            }
        }
        return database;
    }

    QuestionLog questions() {
        return new QuestionLog(database());
    }

    Quizzes quizzes() {
        return new Quizzes(database());
    }

    Sessions sessions() {
        return new Sessions(database());
    }

    /**
     * Records a console question; a database that cannot be written is reported, and the answer
     * the user already has stands.
     */
    long recordConsole(Answer answer) {
        try {
            return questions()
                    .recordQuestion(answer, QuestionOrigin.console(System.getProperty("user.name", "")), null);
        } catch (StoreException e) {
            errors.println("Not recorded: " + e.getMessage());
            errors.flush();
            return -1;
        }
    }

    /**
     * What the user types: the terminal, with line editing, when the process reads its own;
     * otherwise the input stream, a line at a time.
     */
    ConsoleInput console() {
        return atTerminal() ? ConsoleInput.system(home.resolve("data/chat-history")) : ConsoleInput.streams(in, out);
    }

    /** Whether a person is typing and reading: the process's own streams are a terminal. */
    boolean atTerminal() {
        return in == System.in && System.console() != null;
    }

    @Override
    public void close() {
        if (opening != null) {
            // Waited for, not left running: a command that ended early (an empty question) would
            // otherwise still be creating the database's files after it returned.
            try {
                opening.join().close();
            } catch (CompletionException e) {
                // The command never used the database, so a failure to open it concerns nobody.
            }
            opening = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
        if (app != null) {
            try {
                app.close();
            } catch (java.io.IOException e) {
                // Closing a read-only index at exit: nothing the user can act on.
            }
            app = null;
        }
    }
}
