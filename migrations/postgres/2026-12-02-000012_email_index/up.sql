-- The address first: one index serves both "one signature per address and letter" and the
-- lookup of an address's signatures on every letter, so a signature adds one random leaf fewer.
DROP INDEX signatures_email;
DROP INDEX signatures_one_per_email;
CREATE UNIQUE INDEX signatures_one_per_email ON signatures (email_key, letter_id);
