-- A Discord server's own course notes, one row per change: a topic added or replaced (content is
-- the file as uploaded) or removed (removed = 1, content empty). A topic's last row is its current
-- state; earlier rows are its history. A server's largest id tells every process whether its
-- notes changed since it last read them.
CREATE TABLE course_note (
  id            BIGSERIAL PRIMARY KEY,
  guild_id      TEXT    NOT NULL,
  topic_id      TEXT    NOT NULL,
  language      TEXT    NOT NULL,
  title         TEXT    NOT NULL DEFAULT '',
  content       TEXT    NOT NULL DEFAULT '',
  removed       INTEGER NOT NULL DEFAULT 0,
  changed_by    TEXT    NOT NULL,
  changed_by_name TEXT  NOT NULL DEFAULT '',
  changed_at    TEXT    NOT NULL
);
CREATE INDEX course_note_topic ON course_note (guild_id, topic_id, language, id);
CREATE INDEX course_note_changed_by ON course_note (changed_by);
