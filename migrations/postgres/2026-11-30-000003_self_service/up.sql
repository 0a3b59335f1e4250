-- /my finds an address's signatures on every letter.
CREATE INDEX signatures_email ON signatures (email_key);
