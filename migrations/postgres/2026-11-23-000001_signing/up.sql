CREATE TABLE letters (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    published TEXT,
    moderation TEXT NOT NULL,
    contact_email TEXT,
    body_html TEXT NOT NULL,
    press_html TEXT,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE signatures (
    id BIGSERIAL PRIMARY KEY,
    letter_id BIGINT NOT NULL REFERENCES letters (id),
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    name TEXT,
    title TEXT,
    organisation TEXT,
    website TEXT,
    email TEXT,
    email_key TEXT,
    public BOOLEAN NOT NULL,
    search_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    verified_at TIMESTAMP,
    published_at TIMESTAMP,
    withdrawn_at TIMESTAMP
);
-- One signature per person per letter; NULL keys (withdrawn, imported) never collide.
CREATE UNIQUE INDEX signatures_one_per_email ON signatures (letter_id, email_key);
CREATE INDEX signatures_list ON signatures (letter_id, state, kind, id);

CREATE TABLE tokens (
    id BIGSERIAL PRIMARY KEY,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX tokens_signature ON tokens (signature_id);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_by TEXT,
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient_key, created_at);
CREATE INDEX outbox_signature ON outbox (signature_id);

-- One row per recipient: locking it serialises the daily mail cap check.
CREATE TABLE mail_recipients (
    recipient_key TEXT PRIMARY KEY NOT NULL,
    last_queued_at TIMESTAMP NOT NULL
);
