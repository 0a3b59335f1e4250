//! A signature: its row, the row a new one is built as, and the writes that move it along its
//! life (`state::Move`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Flags, LetterHead, Move, SignatureState, text_enum};
use crate::db::DbConn;
use crate::db::schema::{letters, news_consents, signature_languages, signatures};
use crate::domain::{EmailAddress, NameKey, fold_for_search};
use crate::i18n::Lang;

/// A signature with what a mail to it needs: its letter, the wording of the news it agreed
/// to, and its language (`Signature::find_with_letter`).
pub type ToMail = (Signature, LetterHead, Option<String>, Lang);

text_enum!(SignatureKind { Individual => "individual", Organisation => "organisation" });
#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = signatures)]
pub struct Signature {
    pub id: i64,
    pub letter_id: i64,
    kind: SignatureKind,
    state: SignatureState,
    pub name: Option<String>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub email_key: Option<String>,
    pub public: bool,
    pub search_key: String,
    pub created_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub pinned: bool,
    pub name_key: String,
    pub name_first: String,
    pub name_last: String,
    pub flags: Flags,
    pub network_key: Option<String>,
    pub import_key: Option<String>,
    pub reject_reason: Option<String>,
    /// A probable duplicate of an entry already listed, out of every public view until a
    /// moderator keeps, merges or clears the pair.
    pub held: bool,
    /// The signer agreed to show the domain they confirmed from.
    pub show_domain: bool,
    /// The domain of the confirmed address, when it is evidence (an institution's, a
    /// university's, an organisation's own) and the signer agreed to show it.
    pub confirmed_domain: Option<String>,
    /// What `confirmed_domain` belongs to: an `[[institution]]`'s name, "universities", or
    /// "own website" for an organisation.
    pub institution: Option<String>,
    pub orcid: Option<String>,
    pub orcid_verified: bool,
    /// A moderator approved the entry.
    pub moderated: bool,
    /// The version of the letter's text it was signed on.
    pub version: i32,
}

/// What an entry is listed as. Every column derived from it (the search key, the name keys) is
/// computed here, for a signature, an import and a moderator's correction alike.
#[derive(Debug, Clone)]
pub struct Listing {
    pub kind: SignatureKind,
    /// An individual agreed to be named (organisations always are).
    pub public: bool,
    /// The person's name; for an organisation, the person signing for it (moderators only).
    pub name: Option<String>,
    pub title: Option<String>,
    /// An individual's affiliation, or the organisation's name.
    pub organisation: Option<String>,
    pub website: Option<String>,
}

impl Listing {
    /// What the public search matches: only what is published. An anonymous signer is found by
    /// "anonymous" and their title, never by their name or organisation.
    fn search_key(&self) -> String {
        let (name, title, organisation) = (
            self.name.as_deref(),
            self.title.as_deref(),
            self.organisation.as_deref(),
        );
        let parts = match self.kind {
            SignatureKind::Organisation => vec![organisation],
            SignatureKind::Individual if self.public => vec![name, title, organisation],
            SignatureKind::Individual => vec![Some("Anonymous"), title],
        };
        fold_for_search(&parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
    }

    /// Duplicates are found among people by name, among organisations by theirs.
    fn name_key(&self) -> NameKey {
        NameKey::of(match self.kind {
            SignatureKind::Organisation => self.organisation.as_deref().unwrap_or(""),
            SignatureKind::Individual => self.name.as_deref().unwrap_or(""),
        })
    }
}

/// A new entry; also what a pending signer may correct by signing again.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = signatures, treat_none_as_null = true)]
pub struct NewSignature {
    pub letter_id: i64,
    pub kind: SignatureKind,
    pub state: SignatureState,
    pub name: Option<String>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub email_key: Option<String>,
    pub public: bool,
    pub search_key: String,
    pub created_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
    pub name_key: String,
    pub name_first: String,
    pub name_last: String,
    pub flags: Flags,
    pub network_key: Option<String>,
    pub import_key: Option<String>,
    pub show_domain: bool,
    pub orcid: Option<String>,
    pub orcid_verified: bool,
    /// The letter's version when signed; the callers that know the letter set it.
    pub version: i32,
}

impl NewSignature {
    /// The row for `listing`, with every derived column. Only an unverified entry (a signer's)
    /// or a published one (an import, vouched for by the organiser) starts a life.
    pub fn new(
        letter_id: i64,
        listing: Listing,
        email: Option<&EmailAddress>,
        state: SignatureState,
        now: NaiveDateTime,
    ) -> NewSignature {
        let (search_key, key) = (listing.search_key(), listing.name_key());
        let vouched = (state == SignatureState::Published).then_some(now);
        NewSignature {
            letter_id,
            kind: listing.kind,
            state,
            name: listing.name,
            title: listing.title,
            organisation: listing.organisation,
            website: listing.website,
            email: email.map(|e| e.as_ref().to_owned()),
            email_key: email.map(EmailAddress::canonical),
            public: listing.public,
            search_key,
            created_at: now,
            verified_at: vouched,
            published_at: vouched,
            name_key: key.full,
            name_first: key.first,
            name_last: key.last,
            flags: Flags::default(),
            network_key: None,
            import_key: None,
            show_domain: false,
            orcid: None,
            orcid_verified: false,
            version: 1,
        }
    }
}

/// A correction of the published fields (a moderator's or the signer's), with the columns
/// derived from them.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = signatures, treat_none_as_null = true)]
pub struct SignatureEdit {
    name: Option<String>,
    title: Option<String>,
    organisation: Option<String>,
    website: Option<String>,
    public: bool,
    search_key: String,
    name_key: String,
    name_first: String,
    name_last: String,
}

impl From<Listing> for SignatureEdit {
    fn from(listing: Listing) -> Self {
        let (search_key, key) = (listing.search_key(), listing.name_key());
        SignatureEdit {
            name: listing.name,
            title: listing.title,
            organisation: listing.organisation,
            website: listing.website,
            public: listing.public,
            search_key,
            name_key: key.full,
            name_first: key.first,
            name_last: key.last,
        }
    }
}

impl Signature {
    pub fn kind(&self) -> SignatureKind {
        self.kind
    }

    pub fn state(&self) -> SignatureState {
        self.state
    }

    /// What the entry is listed as now.
    pub fn listing(&self) -> Listing {
        Listing {
            kind: self.kind,
            public: self.public,
            name: self.name.clone(),
            title: self.title.clone(),
            organisation: self.organisation.clone(),
            website: self.website.clone(),
        }
    }

    /// This entry as `apply` leaves it (for the audit log, without reading it again).
    pub fn after(&self, to: SignatureState, reason: Option<&str>, now: NaiveDateTime) -> Signature {
        let mut after = self.clone();
        after.state = to;
        after.published_at = (to == SignatureState::Published).then_some(now);
        after.reject_reason = reason.map(str::to_owned);
        after
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Signature> {
        signatures::table
            .find(id)
            .select(Signature::as_select())
            .first(conn)
    }

    /// The entry with its letter, the version of the words it agreed to if it asked for news,
    /// and the language to write to it in, in one query.
    pub fn find_with_letter(conn: &mut DbConn, id: i64) -> QueryResult<ToMail> {
        Self::find_with_letters(conn, &[id])?
            .pop()
            .ok_or(diesel::result::Error::NotFound)
    }

    /// `find_with_letter` for the entries with these ids (those that exist), a chunk at a
    /// time: what a batch of mails needs, in one query.
    pub fn find_with_letters(conn: &mut DbConn, ids: &[i64]) -> QueryResult<Vec<ToMail>> {
        let mut found = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let rows = signatures::table
                .inner_join(letters::table)
                .left_join(news_consents::table)
                .left_join(signature_languages::table)
                .filter(signatures::id.eq_any(chunk))
                .select((
                    Signature::as_select(),
                    LetterHead::as_select(),
                    news_consents::wording.nullable(),
                    signature_languages::lang.nullable(),
                ))
                .load::<(Signature, LetterHead, Option<String>, Option<String>)>(conn)?;
            found.extend(rows.into_iter().map(|(signature, letter, wording, lang)| {
                let lang = lang.and_then(|l| Lang::parse(&l)).unwrap_or_default();
                (signature, letter, wording, lang)
            }));
        }
        Ok(found)
    }

    /// The entries with these ids (those that exist), read a chunk at a time.
    pub fn find_many(conn: &mut DbConn, ids: &[i64]) -> QueryResult<Vec<Signature>> {
        let mut found = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            found.extend(
                signatures::table
                    .filter(signatures::id.eq_any(chunk))
                    .select(Signature::as_select())
                    .load(conn)?,
            );
        }
        Ok(found)
    }

    pub fn find_by_email_key(
        conn: &mut DbConn,
        letter_id: i64,
        key: &str,
    ) -> QueryResult<Option<Signature>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::email_key.eq(key))
            .select(Signature::as_select())
            .first(conn)
            .optional()
    }

    /// The entries an address signed, on every letter, that still hold it (neither withdrawn
    /// nor erased), oldest first.
    pub fn find_by_address(conn: &mut DbConn, key: &str) -> QueryResult<Vec<Signature>> {
        signatures::table
            .filter(signatures::email_key.eq(key))
            .filter(signatures::email.is_not_null())
            .order(signatures::id.asc())
            .select(Signature::as_select())
            .load(conn)
    }

    pub fn insert(conn: &mut DbConn, new: &NewSignature) -> QueryResult<i64> {
        diesel::insert_into(signatures::table)
            .values(new)
            .returning(signatures::id)
            .get_result(conn)
    }

    /// Inserts a first signature from its address: `None` if there is one already (on
    /// PostgreSQL, where several writers insert at once, it waits for a racing insert to commit
    /// or roll back). No error, so the transaction goes on without a savepoint to roll back to.
    pub fn insert_first(conn: &mut DbConn, new: &NewSignature) -> QueryResult<Option<i64>> {
        Ok(Self::insert_firsts(conn, vec![new])?
            .first()
            .map(|&(id, _, _)| id))
    }

    /// `insert_first` for many rows: those inserted, as `(id, letter_id, email_key)`, in no
    /// promised order. One statement on PostgreSQL. On SQLite diesel would run a batch of rows
    /// with optional columns as a statement per row anyway, and fail the whole batch on a row
    /// that `ON CONFLICT` leaves out; there a statement costs no round trip, so each row goes
    /// by itself.
    pub fn insert_firsts(
        conn: &mut DbConn,
        rows: Vec<&NewSignature>,
    ) -> QueryResult<Vec<(i64, i64, Option<String>)>> {
        let returned = (signatures::id, signatures::letter_id, signatures::email_key);
        match conn {
            DbConn::Postgres(pg) => diesel::insert_into(signatures::table)
                .values(rows)
                .on_conflict_do_nothing()
                .returning(returned)
                .get_results(pg),
            DbConn::Sqlite(sqlite) => rows
                .into_iter()
                .filter_map(|row| {
                    diesel::insert_into(signatures::table)
                        .values(row)
                        .on_conflict_do_nothing()
                        .returning(returned)
                        .get_result(sqlite)
                        .optional()
                        .transpose()
                })
                .collect(),
        }
    }

    /// Replaces the details of a signature that is still unverified.
    pub fn resubmit(conn: &mut DbConn, id: i64, new: &NewSignature) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq(SignatureState::Unverified))
            .set(new)
            .execute(conn)
    }

    /// The signer confirmed by their link. Returns false if the move did not apply.
    pub fn confirm(
        conn: &mut DbConn,
        id: i64,
        publish: bool,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let confirm = Move::Confirm { publish };
        let published_at = publish.then_some(now);
        let updated = diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq_any(confirm.from()))
            .set((
                signatures::state.eq(confirm.to()),
                signatures::verified_at.eq(now),
                signatures::published_at.eq(published_at),
            ))
            .execute(conn)?;
        Ok(updated == 1)
    }

    /// The signer's correction by their link (`Move::Correct`): an entry that stays published
    /// keeps its date. Returns false if the entry was in no state to be corrected.
    pub fn correct(
        conn: &mut DbConn,
        before: &Signature,
        edit: &SignatureEdit,
        publish: bool,
    ) -> QueryResult<bool> {
        let mv = Move::Correct { publish };
        let published_at = before.published_at.filter(|_| publish);
        let updated = diesel::update(signatures::table.find(before.id))
            .filter(signatures::state.eq_any(mv.from()))
            .filter(signatures::verified_at.is_not_null())
            .set((
                edit,
                signatures::state.eq(mv.to()),
                signatures::published_at.eq(published_at),
                // The corrected details are the signer's, not what a moderator approved.
                signatures::moderated.eq(false),
            ))
            .execute(conn)?;
        Ok(updated == 1)
    }

    /// Records what the confirmed address shows (`evidence`): its domain and institution, or
    /// nothing.
    pub fn set_evidence(
        conn: &mut DbConn,
        id: i64,
        domain: Option<&str>,
        institution: Option<&str>,
    ) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .set((
                signatures::confirmed_domain.eq(domain),
                signatures::institution.eq(institution),
            ))
            .execute(conn)
    }

    /// The signer's choices beside the published fields: their ORCID iD (verified only if it
    /// is the iD already proven) and whether to show the domain they confirmed from.
    pub fn set_choices(
        conn: &mut DbConn,
        before: &Signature,
        orcid: Option<&str>,
        show_domain: bool,
    ) -> QueryResult<usize> {
        let verified = before.orcid_verified && before.orcid.as_deref() == orcid;
        diesel::update(signatures::table.find(before.id))
            .set((
                signatures::orcid.eq(orcid),
                signatures::orcid_verified.eq(verified),
                signatures::show_domain.eq(show_domain),
            ))
            .execute(conn)
    }

    /// Applies a moderator's `mv` to those of `ids` it allows; returns the ids it changed. An
    /// entry a moderator publishes is marked as moderated.
    pub fn apply(
        conn: &mut DbConn,
        ids: &[i64],
        mv: Move,
        reason: Option<&str>,
        now: NaiveDateTime,
    ) -> QueryResult<Vec<i64>> {
        let to = mv.to();
        let published_at = (to == SignatureState::Published).then_some(now);
        let changes = (
            signatures::state.eq(to),
            signatures::published_at.eq(published_at),
            signatures::reject_reason.eq(reason),
            signatures::moderated.eq(to == SignatureState::Published),
        );
        let mut changed = Vec::new();
        for chunk in ids.chunks(500) {
            let movable = signatures::table
                .filter(signatures::id.eq_any(chunk))
                .filter(signatures::state.eq_any(mv.from()));
            changed.extend(if mv.needs_verified() {
                diesel::update(movable.filter(signatures::verified_at.is_not_null()))
                    .set(changes)
                    .returning(signatures::id)
                    .get_results::<i64>(conn)?
            } else {
                diesel::update(movable)
                    .set(changes)
                    .returning(signatures::id)
                    .get_results::<i64>(conn)?
            });
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(kind: SignatureKind, public: bool) -> Listing {
        Listing {
            kind,
            public,
            name: Some("Jo Bloggs".into()),
            title: Some("Nurse".into()),
            organisation: Some("St Elsewhere".into()),
            website: None,
        }
    }

    #[test]
    fn anonymous_signers_are_not_searchable_by_name() {
        assert_eq!(
            listing(SignatureKind::Individual, false).search_key(),
            "anonymous nurse"
        );
        assert_eq!(
            listing(SignatureKind::Individual, true).search_key(),
            "jo bloggs nurse st elsewhere"
        );
    }

    #[test]
    fn organisations_are_keyed_by_their_own_name() {
        let org = listing(SignatureKind::Organisation, true);
        assert_eq!(org.search_key(), "st elsewhere");
        assert_eq!(org.name_key().full, "st elsewhere");
    }
}
