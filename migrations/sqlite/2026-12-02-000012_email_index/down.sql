DROP INDEX signatures_one_per_email;
CREATE UNIQUE INDEX signatures_one_per_email ON signatures (letter_id, email_key);
CREATE INDEX signatures_email ON signatures (email_key);
