-- The letter's life after the signing form: the organiser's dated updates (each a file
-- letters/<slug>/updates/YYYY-MM-DD-name.md, kept by its name), and from letter.toml a
-- signature target and what happened: its delivery and the responses (JSON).
CREATE TABLE updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    published_on TEXT NOT NULL,
    title TEXT NOT NULL,
    body_html TEXT NOT NULL,
    loaded_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX updates_once ON updates (letter_id, name);
ALTER TABLE letters ADD COLUMN target BIGINT;
ALTER TABLE letters ADD COLUMN events TEXT NOT NULL DEFAULT '[]';
