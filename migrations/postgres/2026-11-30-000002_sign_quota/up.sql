-- The signing quota shared by every instance on one database: per client key (a keyed hash
-- of the client's address or /64), the theoretical arrival time of its next signature in
-- microseconds since the epoch (GCRA).
CREATE TABLE sign_quota (
    client_key TEXT PRIMARY KEY NOT NULL,
    tat_us BIGINT NOT NULL
);
