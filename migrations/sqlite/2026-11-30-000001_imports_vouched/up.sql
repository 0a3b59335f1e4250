-- Imported entries are vouched for by the organiser: count them as verified, so that one a
-- moderator rejected can be approved again (approval needs a verified address).
UPDATE signatures SET verified_at = created_at WHERE import_key IS NOT NULL AND verified_at IS NULL;
