-- The letter's Markdown (for the PDF) and its [[category]] rules as JSON (for press figures).
ALTER TABLE letters ADD COLUMN body_md TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
