package dev.backchannel;

import dev.backchannel.answer.AnswerService;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.DiscordFeatures;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.discord.answering.AnswerButtons;
import dev.backchannel.discord.answering.AskAboutMessage;
import dev.backchannel.discord.answering.AskCommand;
import dev.backchannel.discord.answering.FollowUpModal;
import dev.backchannel.discord.answering.MessageAnswers;
import dev.backchannel.discord.answering.ReportProblem;
import dev.backchannel.discord.education.Educators;
import dev.backchannel.discord.education.QuizAnswers;
import dev.backchannel.discord.education.QuizCommand;
import dev.backchannel.discord.education.QuizPractice;
import dev.backchannel.discord.education.ReportCommand;
import dev.backchannel.discord.education.ReportResolution;
import dev.backchannel.discord.education.SessionCommand;
import dev.backchannel.discord.education.SessionModeration;
import dev.backchannel.discord.notes.KnowledgeCommand;
import dev.backchannel.discord.privacy.PrivacyCommand;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.discord.settings.SettingsBounds;
import dev.backchannel.discord.settings.SettingsCommand;
import dev.backchannel.discord.topics.InfoCommands;
import dev.backchannel.discord.topics.TimelineCommand;
import dev.backchannel.discord.topics.TimelineFiles;
import dev.backchannel.discord.topics.TopicCards;
import dev.backchannel.discord.topics.TopicCommands;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.notes.CourseNotes;
import dev.backchannel.ops.Metrics;
import dev.backchannel.quiz.ProgressReport;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.Database;
import dev.backchannel.store.PersonalData;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.ServerSettingsCache;
import dev.backchannel.store.Sessions;
import dev.backchannel.timeline.TimelinePictures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Builds the Discord bot's features over the answer pipeline, each once, each given what it uses. */
final class DiscordWiring {

    private DiscordWiring() {}

    static DiscordFeatures features(
            AnswerService answers,
            Supplier<KnowledgeBase> knowledge,
            DiscordConfig discord,
            Database database,
            int retentionDays,
            Metrics metrics,
            CourseNotes notes) {
        Clock clock = Clock.systemUTC();
        ServerSettingsCache settings = ServerSettingsCache.open(database);
        GuildSettings guilds = GuildSettings.from(settings);
        Gate gate = new Gate(discord, Gate.limiterFor(database, clock), guilds, metrics);
        TopicCards cards = new TopicCards(knowledge);
        TimelineFiles timelines = new TimelineFiles(knowledge, TimelinePictures.shipped());
        Educators educators = new Educators(discord.educatorRoleId(), guilds);
        QuestionLog questions = new QuestionLog(database);
        AnswerThreads threads = new AnswerThreads(database);
        Sessions sessions = new Sessions(database);
        InfoCommands.Topics topics = new InfoCommands.Topics(cards);
        QuizGenerator quizGenerator = QuizGenerator.shipped(knowledge);
        Quizzes quizzes = new Quizzes(database);
        ProgressReport quizProgress = ProgressReport.shipped(knowledge);
        Random random = new Random();
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new AskCommand(answers, gate, clock, questions, threads, guilds, metrics));
        commands.addAll(TopicCommands.all(cards, timelines));
        commands.add(new TimelineCommand(timelines));
        commands.addAll(List.of(new InfoCommands.Help(), new InfoCommands.About(cards, retentionDays), topics));
        AnswerReports reports = new AnswerReports(database);
        commands.add(new ReportCommand(questions, reports, educators, clock, notes));
        commands.add(new SessionCommand(sessions, educators, gate));
        commands.add(new KnowledgeCommand(notes, educators));
        commands.add(new QuizCommand(quizGenerator, quizzes, quizProgress, QuizWords.shipped(), random, educators));
        PrivacyCommand privacy = new PrivacyCommand(new PersonalData(database), retentionDays);
        commands.add(privacy);
        commands.add(new SettingsCommand(settings, new SettingsBounds(discord, answers.hasModel())));
        FollowUpModal followUps = new FollowUpModal(answers, gate, clock, questions, threads, metrics);
        ReportProblem problems = new ReportProblem(questions, reports);
        List<ButtonHandler> buttons = List.of(
                new AnswerButtons(questions, threads, followUps, problems),
                new ReportResolution(reports, educators),
                topics,
                new SessionModeration(educators),
                new QuizAnswers(quizzes, QuizWords.shipped()),
                new QuizPractice(quizGenerator, quizzes, quizProgress, QuizWords.shipped(), random),
                privacy);
        return new DiscordFeatures(
                commands,
                List.of(new AskAboutMessage(answers, gate, clock, questions, guilds, metrics)),
                buttons,
                List.of(followUps, problems),
                new MessageAnswers(answers, gate, questions, threads, sessions, guilds, metrics),
                settings);
    }
}
