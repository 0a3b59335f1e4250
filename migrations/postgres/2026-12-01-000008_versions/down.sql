ALTER TABLE signatures DROP COLUMN version;
ALTER TABLE letters DROP COLUMN version;
DROP TABLE letter_versions;
