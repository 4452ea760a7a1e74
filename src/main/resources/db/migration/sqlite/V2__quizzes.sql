-- A quiz run in a channel (or the console): its questions, as generated, in JSON.
CREATE TABLE quiz (
  id         TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  place      TEXT NOT NULL DEFAULT '',
  language   TEXT NOT NULL,
  questions  TEXT NOT NULL
);

-- One answer per person and question: a double click or a redelivered interaction counts once.
CREATE TABLE quiz_answer (
  quiz_id     TEXT    NOT NULL REFERENCES quiz (id),
  question_no INTEGER NOT NULL,
  player      TEXT    NOT NULL,
  choice      INTEGER NOT NULL,
  correct     INTEGER NOT NULL,
  answered_at TEXT    NOT NULL,
  PRIMARY KEY (quiz_id, question_no, player)
);
