-- The Discord server a question was asked in ('' for the console and direct messages), so that a
-- server's report reads its own questions only, and whether only the asker saw the answer, so
-- that reports count such a question without showing it. Questions recorded before this have no
-- server: only the operator's console report reads them.
ALTER TABLE question ADD COLUMN guild_id TEXT NOT NULL DEFAULT '';
ALTER TABLE question ADD COLUMN asked_privately INTEGER NOT NULL DEFAULT 0;
CREATE INDEX question_guild_asked_at ON question (guild_id, asked_at);
