DROP INDEX outbox_queue;
DROP INDEX outbox_update_once;
ALTER TABLE outbox DROP COLUMN update_id;
ALTER TABLE updates DROP COLUMN recipients;
ALTER TABLE updates DROP COLUMN sent_at;
ALTER TABLE updates DROP COLUMN on_target;
ALTER TABLE updates DROP COLUMN source;
ALTER TABLE updates DROP COLUMN body_md;
