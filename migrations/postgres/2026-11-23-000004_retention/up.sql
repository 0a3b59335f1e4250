-- When the letter closed (personal data is erased a retention period later), and whether it
-- refuses throwaway mail addresses outright.
ALTER TABLE letters ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE letters ADD COLUMN refuse_disposable BOOLEAN NOT NULL DEFAULT FALSE;
