-- The numbered sources of each answer, for transcripts and the Sources button.
ALTER TABLE question ADD COLUMN citations TEXT NOT NULL DEFAULT '[]';

-- A live Q&A session in a channel (or a console chat): every question asked there is numbered.
CREATE TABLE qa_session (
  id         TEXT PRIMARY KEY,
  place      TEXT NOT NULL,
  title      TEXT NOT NULL,
  started_by TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at   TEXT,
  seq        BIGSERIAL
);
CREATE INDEX qa_session_place ON qa_session (place, started_at);

CREATE TABLE session_question (
  session_id  TEXT    NOT NULL REFERENCES qa_session (id),
  number      INTEGER NOT NULL,
  question_id BIGINT  NOT NULL REFERENCES question (id),
  PRIMARY KEY (session_id, number)
);
