-- Sending an update to the signers who asked for news. An update keeps its Markdown (the
-- mail's text part), where it came from ('file' or 'admin': loading a letter removes only
-- file updates whose file is gone), whether it sends itself when the letter reaches its
-- target (hidden until then), and when it was sent to how many. Each mail is an outbox row
-- naming its update, once per signature.
ALTER TABLE updates ADD COLUMN body_md TEXT NOT NULL DEFAULT '';
ALTER TABLE updates ADD COLUMN source TEXT NOT NULL DEFAULT 'file';
ALTER TABLE updates ADD COLUMN on_target BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE updates ADD COLUMN sent_at TIMESTAMP;
ALTER TABLE updates ADD COLUMN recipients BIGINT;
ALTER TABLE outbox ADD COLUMN update_id BIGINT REFERENCES updates (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX outbox_update_once ON outbox (update_id, signature_id);
-- Claims take a signer's own mails first, then an update's, each in order.
CREATE INDEX outbox_queue ON outbox (state, update_id, id);
