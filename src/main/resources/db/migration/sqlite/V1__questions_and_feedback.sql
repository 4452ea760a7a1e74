-- Every question a user asked (console or Discord), with what the bot answered.
CREATE TABLE question (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at        TEXT    NOT NULL,
  source          TEXT    NOT NULL,
  place           TEXT    NOT NULL DEFAULT '',
  asker           TEXT    NOT NULL DEFAULT '',
  question        TEXT    NOT NULL,
  language        TEXT    NOT NULL,
  mode            TEXT    NOT NULL,
  abstained       INTEGER NOT NULL,
  cited_topics    TEXT    NOT NULL DEFAULT '',
  answer          TEXT    NOT NULL,
  total_ms        REAL    NOT NULL,
  fallback_reason TEXT    NOT NULL DEFAULT '',
  answer_ref      TEXT    UNIQUE
);
CREATE INDEX question_asked_at ON question (asked_at);

-- Thumbs up or down on an answer; one vote per person and answer, the last one counts.
CREATE TABLE feedback (
  answer_ref TEXT    NOT NULL,
  voter      TEXT    NOT NULL,
  helpful    INTEGER NOT NULL,
  voted_at   TEXT    NOT NULL,
  PRIMARY KEY (answer_ref, voter)
);
