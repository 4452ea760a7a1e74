package dev.backchannel.store;

import dev.backchannel.answer.Conversation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The threads that continue answers: which answer each was opened on, and the conversation in it. */
public final class AnswerThreads {

    /** How many earlier turns a continued conversation is rebuilt from. */
    private static final int CONVERSATION_TURNS = 3;

    private final Database database;

    public AnswerThreads(Database database) {
        this.database = database;
    }

    /** Marks a thread as continuing the conversation of an answer; opening it twice changes nothing. */
    public void openThread(String threadId, String answerRef) {
        database.with("Cannot record the thread", connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO conversation_thread (thread_id, answer_ref, "
                            + "opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, threadId);
                insert.setString(2, answerRef);
                insert.setString(3, StoredValues.timestamp(database.now()));
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Who opens the thread of an answer: {@code claimed} when this caller does, as {@code threadId};
     * otherwise the thread already opened, or being opened, for the answer.
     */
    public record Claim(String threadId, boolean claimed) {}

    /**
     * Claims the thread that continues an answer, before asking Discord for it, so that one answer
     * gets one thread however many clicks arrive at once, in whichever processes. A thread started
     * from a message takes the message's id, so that id is known before the thread exists, and the
     * primary key lets one claim through even when two transactions run together.
     */
    public Claim claimThread(String threadId, String answerRef) {
        return database.transaction("Cannot claim the thread", connection -> {
            Optional<String> existing = threadOf(connection, answerRef);
            if (existing.isPresent()) {
                return new Claim(existing.get(), false);
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO conversation_thread (thread_id, answer_ref, "
                            + "opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, threadId);
                insert.setString(2, answerRef);
                insert.setString(3, StoredValues.timestamp(database.now()));
                return new Claim(threadId, insert.executeUpdate() == 1);
            }
        });
    }

    /** Gives up a claim whose thread Discord did not create, so a later click may try again. */
    public void releaseThread(String threadId, String answerRef) {
        database.with("Cannot release the thread", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM conversation_thread WHERE thread_id = ? AND answer_ref = ?")) {
                delete.setString(1, threadId);
                delete.setString(2, answerRef);
                return delete.executeUpdate();
            }
        });
    }

    private static Optional<String> threadOf(Connection connection, String answerRef) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT thread_id FROM conversation_thread WHERE answer_ref = ? ORDER BY opened_at LIMIT 1")) {
            select.setString(1, answerRef);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The conversation a thread continues: the answer it was opened on and the questions answered
     * in it since, oldest first; empty when the bot did not open the thread.
     */
    public Optional<List<Conversation.Turn>> conversation(String threadId) {
        String sql =
                "SELECT q.question, q.answer, q.cited_topics, q.citations FROM question q WHERE q.abstained = 0 AND"
                        + " (q.answer_ref = (SELECT answer_ref FROM conversation_thread WHERE "
                        + "thread_id = ?) OR q.place = ?) ORDER BY q.id DESC LIMIT ?";
        return database.with("Cannot read the conversation", connection -> {
            try (PreparedStatement opened =
                    connection.prepareStatement("SELECT 1 FROM conversation_thread WHERE thread_id = ?")) {
                opened.setString(1, threadId);
                try (ResultSet row = opened.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, threadId);
                select.setString(2, threadId);
                select.setInt(3, CONVERSATION_TURNS);
                List<Conversation.Turn> turns = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<CitedSource> sources = StoredValues.sources(rows.getString(4));
                        String firstTitle =
                                sources.isEmpty() ? "" : sources.get(0).title();
                        turns.add(new Conversation.Turn(
                                rows.getString(1),
                                rows.getString(2),
                                StoredValues.topics(rows.getString(3)),
                                firstTitle));
                    }
                }
                Collections.reverse(turns);
                return Optional.of(List.copyOf(turns));
            }
        });
    }
}
