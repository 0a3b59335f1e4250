ALTER TABLE letters DROP COLUMN institutions;
ALTER TABLE signatures DROP COLUMN moderated;
ALTER TABLE signatures DROP COLUMN orcid_verified;
ALTER TABLE signatures DROP COLUMN orcid;
ALTER TABLE signatures DROP COLUMN institution;
ALTER TABLE signatures DROP COLUMN confirmed_domain;
ALTER TABLE signatures DROP COLUMN show_domain;
ALTER TABLE signatures DROP COLUMN held;
