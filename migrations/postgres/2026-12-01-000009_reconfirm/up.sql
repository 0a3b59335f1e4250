-- When the organiser asked the signers of earlier versions to re-confirm on this one: once
-- per version.
ALTER TABLE letter_versions ADD COLUMN reconfirm_asked_at TIMESTAMP;
