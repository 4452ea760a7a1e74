-- What each quiz answer was about, for a person's progress (/quiz me): the question's format
-- (topic, fact, track, term) and the topic it asked about. Quizzes answered before there were
-- formats asked only which topic a summary described; their topic is not known.
ALTER TABLE quiz_answer ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_answer ADD COLUMN topic_id TEXT NOT NULL DEFAULT '';
UPDATE quiz_answer SET format = 'topic';
