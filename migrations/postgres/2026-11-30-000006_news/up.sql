-- A signer's consent to be mailed news about the letter they signed: the version of the
-- wording they ticked and when. Erased with the signature (withdrawal, retention).
CREATE TABLE news_consents (
    signature_id BIGINT PRIMARY KEY NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    wording TEXT NOT NULL,
    consented_at TIMESTAMP NOT NULL
);
