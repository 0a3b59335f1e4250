-- The versions of a letter's text: each `version = N` the organiser set in letter.toml, with
-- its note, its text when it was last loaded, and when it was first loaded. A signature
-- records the version it was signed on.
CREATE TABLE letter_versions (
    letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    note TEXT,
    body_md TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    PRIMARY KEY (letter_id, version)
);
ALTER TABLE letters ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE signatures ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
