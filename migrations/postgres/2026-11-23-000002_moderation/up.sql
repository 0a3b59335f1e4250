CREATE TABLE moderators (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);

-- The cookie holds a random token; only its hash is stored.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    moderator_id BIGINT NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_moderator ON sessions (moderator_id);

-- Failed logins per client network and per account, for backoff.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    first_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);

-- Append-only: the application never updates or deletes a row.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    moderator_id BIGINT REFERENCES moderators (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    letter_id BIGINT REFERENCES letters (id),
    signature_id BIGINT REFERENCES signatures (id),
    before_state TEXT,
    after_state TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_letter ON audit_log (letter_id, id);
CREATE INDEX audit_log_moderator ON audit_log (moderator_id, id);

CREATE TABLE duplicate_pairs (
    id BIGSERIAL PRIMARY KEY,
    letter_id BIGINT NOT NULL REFERENCES letters (id),
    first_id BIGINT NOT NULL REFERENCES signatures (id),
    second_id BIGINT NOT NULL REFERENCES signatures (id),
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    resolved_by BIGINT REFERENCES moderators (id),
    resolved_at TIMESTAMP
);
CREATE UNIQUE INDEX duplicate_pairs_once ON duplicate_pairs (first_id, second_id);
CREATE INDEX duplicate_pairs_open ON duplicate_pairs (letter_id, status, id);

ALTER TABLE signatures ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE signatures ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN name_first TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN name_last TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN flags TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN network_key TEXT;
ALTER TABLE signatures ADD COLUMN import_key TEXT;
ALTER TABLE signatures ADD COLUMN reject_reason TEXT;
CREATE INDEX signatures_name_first ON signatures (letter_id, name_first);
CREATE INDEX signatures_name_last ON signatures (letter_id, name_last);
CREATE INDEX signatures_network ON signatures (network_key, created_at);
CREATE UNIQUE INDEX signatures_imported_once ON signatures (letter_id, import_key);
CREATE INDEX signatures_published_order ON signatures (letter_id, state, pinned, id);
