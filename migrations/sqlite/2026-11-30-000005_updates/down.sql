ALTER TABLE letters DROP COLUMN events;
ALTER TABLE letters DROP COLUMN target;
DROP TABLE updates;
