package dev.backchannel.store;

import dev.backchannel.answer.Conversation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
