ALTER TABLE letter_versions DROP COLUMN reconfirm_asked_at;
