-- A problem someone reported with an answer (the warning button under it): one report per
-- person and answer, open until an educator or the operator marks it resolved.
CREATE TABLE answer_report (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_ref  TEXT NOT NULL,
  reporter    TEXT NOT NULL,
  reason      TEXT NOT NULL,
  details     TEXT NOT NULL DEFAULT '',
  reported_at TEXT NOT NULL,
  resolved_at TEXT,
  UNIQUE (answer_ref, reporter)
);
-- Found by who reported, for /privacy, and by date, for the retention purge.
CREATE INDEX answer_report_reporter ON answer_report (reporter);
CREATE INDEX answer_report_reported_at ON answer_report (reported_at);
