-- A probable duplicate of an entry already listed waits, out of every public view, until a
-- moderator keeps, merges or clears it.
ALTER TABLE signatures ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;
-- Evidence: the signer's consent to show the domain they confirmed from, that domain and the
-- institution it belongs to, an ORCID iD (verified or not), a moderator's approval.
ALTER TABLE signatures ADD COLUMN show_domain BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE signatures ADD COLUMN confirmed_domain TEXT;
ALTER TABLE signatures ADD COLUMN institution TEXT;
ALTER TABLE signatures ADD COLUMN orcid TEXT;
ALTER TABLE signatures ADD COLUMN orcid_verified BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE signatures ADD COLUMN moderated BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE letters ADD COLUMN institutions TEXT NOT NULL DEFAULT '[]';
