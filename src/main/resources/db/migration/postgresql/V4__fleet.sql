-- At most one running session per place, even when two processes start one at once.
CREATE UNIQUE INDEX qa_session_running ON qa_session (place) WHERE ended_at IS NULL;
-- A question joins a session once, however often its message is delivered.
CREATE UNIQUE INDEX session_question_once ON session_question (question_id);

-- A thread the bot opened to continue the conversation of an answer: follow-ups there are read
-- with that answer and the thread's earlier questions, in whichever process receives them.
CREATE TABLE conversation_thread (
  thread_id  TEXT PRIMARY KEY,
  answer_ref TEXT NOT NULL,
  opened_at  TEXT NOT NULL
);

-- Token buckets shared by every process of a fleet (Bucket4j's PostgreSQL layout).
CREATE TABLE rate_limit_bucket (
  id         TEXT PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
