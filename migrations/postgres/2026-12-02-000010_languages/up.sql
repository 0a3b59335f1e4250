-- Languages: the one a letter's text is written in (authoritative), its translations, and
-- the interface language a signer signed in, for their mails. A signer's row exists only
-- when that language is not English, and goes with their address when it is erased.
ALTER TABLE letters ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
CREATE TABLE letter_translations (
    letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body_html TEXT NOT NULL,
    PRIMARY KEY (letter_id, lang)
);
CREATE TABLE signature_languages (
    signature_id BIGINT PRIMARY KEY REFERENCES signatures (id) ON DELETE CASCADE,
    lang TEXT NOT NULL
);
