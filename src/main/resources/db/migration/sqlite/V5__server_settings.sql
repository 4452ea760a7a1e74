-- What a server's admins chose with /settings; a setting without a row has its default.
CREATE TABLE server_setting (
  guild_id TEXT NOT NULL,
  name     TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (guild_id, name)
);

-- Every change of a setting: who made it, when, and the values before and after (NULL: the default).
CREATE TABLE server_setting_change (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id   TEXT NOT NULL,
  name       TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX server_setting_change_guild ON server_setting_change (guild_id, id);
