-- What is kept about a person is found by who they are, to show it or delete it on request
-- (/privacy), and by its date, to delete it once the retention has passed.
CREATE INDEX question_asker ON question (asker);
CREATE INDEX feedback_voter ON feedback (voter);
CREATE INDEX feedback_voted_at ON feedback (voted_at);
CREATE INDEX quiz_answer_player ON quiz_answer (player);
CREATE INDEX quiz_answer_answered_at ON quiz_answer (answered_at);
CREATE INDEX conversation_thread_answer_ref ON conversation_thread (answer_ref);
CREATE INDEX conversation_thread_opened_at ON conversation_thread (opened_at);
