ALTER TABLE letters DROP COLUMN categories;
ALTER TABLE letters DROP COLUMN body_md;
