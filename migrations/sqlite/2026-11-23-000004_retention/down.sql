ALTER TABLE letters DROP COLUMN refuse_disposable;
ALTER TABLE letters DROP COLUMN closed_at;
