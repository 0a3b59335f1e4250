//! What is erased, and when: a withdrawal, the retention sweep of closed letters, and
//! signatures never confirmed. Each keeps the bare row (kind, state, dates) for the figures.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{
    Flags, Move, NewsConsent, Signature, SignatureKind, SignatureLanguage, SignatureState,
};
use crate::db::DbConn;
use crate::db::schema::{
    audit_log, letters, news_consents, outbox, signature_languages, signatures, tokens,
};

/// How long a never-confirmed signature is kept after its link expired.
pub const UNCONFIRMED_GRACE: std::time::Duration = std::time::Duration::from_secs(86400);

impl Signature {
    /// Withdraws the signature and erases every field that says anything of the signer, folded
    /// and hashed forms included, its consent to news and its audit snapshots; the bare row (kind, state, dates)
    /// stays for the figures.
    pub fn withdraw(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
        let withdrawn = diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq_any(Move::Withdraw.from()))
            .set((
                signatures::state.eq(Move::Withdraw.to()),
                signatures::withdrawn_at.eq(now),
                signatures::pinned.eq(false),
            ))
            .execute(conn)?;
        if withdrawn == 1 {
            Self::erase(conn, &[id])?;
        }
        Ok(withdrawn)
    }

    /// The retention sweep for letters closed before `cutoff`: every address, network hash and
    /// flag goes, everything of the entries that were never published, what published entries
    /// hold beyond what is published, the audit snapshots, the links, the mails and the consents
    /// to news; the published entries stay as published, they are the letter. Returns how many
    /// entries changed.
    pub fn erase_after_closing(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
        // Read once: on PostgreSQL each statement below takes its own snapshot, and a letter
        // closed meanwhile would otherwise be erased by some of them and not by the others
        // until the next sweep.
        let closed: Vec<i64> = letters::table
            .filter(letters::closed_at.lt(cutoff))
            .select(letters::id)
            .load(conn)?;
        if closed.is_empty() {
            return Ok(0);
        }
        let closed = closed.as_slice();
        let of_closed = || {
            signatures::table
                .filter(signatures::letter_id.eq_any(closed))
                .select(signatures::id)
        };
        diesel::delete(tokens::table.filter(tokens::signature_id.eq_any(of_closed())))
            .execute(conn)?;
        diesel::delete(outbox::table.filter(outbox::signature_id.eq_any(of_closed())))
            .execute(conn)?;
        // No address is left to send news to.
        diesel::delete(
            news_consents::table.filter(news_consents::signature_id.eq_any(of_closed())),
        )
        .execute(conn)?;
        diesel::delete(
            signature_languages::table
                .filter(signature_languages::signature_id.eq_any(of_closed())),
        )
        .execute(conn)?;
        let unpublished: Vec<i64> = signatures::table
            .filter(signatures::letter_id.eq_any(closed))
            .filter(signatures::state.ne(SignatureState::Published))
            .filter(
                signatures::name_key
                    .ne("")
                    .or(signatures::name.is_not_null()),
            )
            .select(signatures::id)
            .load(conn)?;
        let mut erased = Self::erase(conn, &unpublished)?;
        erased += diesel::update(signatures::table)
            .filter(signatures::letter_id.eq_any(closed))
            .filter(
                signatures::email
                    .is_not_null()
                    .or(signatures::network_key.is_not_null()),
            )
            .set((
                signatures::email.eq(None::<String>),
                signatures::email_key.eq(None::<String>),
                signatures::network_key.eq(None::<String>),
                signatures::flags.eq(Flags::default()),
            ))
            .execute(conn)?;
        // What published entries hold beyond what is published: an anonymous signer's name,
        // affiliation and iD; the person who signed for an organisation, and their role.
        erased += diesel::update(signatures::table)
            .filter(signatures::letter_id.eq_any(closed))
            .filter(signatures::kind.eq(SignatureKind::Individual))
            .filter(signatures::public.eq(false))
            .filter(signatures::name.is_not_null())
            .set((
                signatures::name.eq(None::<String>),
                signatures::organisation.eq(None::<String>),
                signatures::orcid.eq(None::<String>),
                signatures::orcid_verified.eq(false),
                signatures::name_key.eq(""),
                signatures::name_first.eq(""),
                signatures::name_last.eq(""),
            ))
            .execute(conn)?;
        erased += diesel::update(signatures::table)
            .filter(signatures::letter_id.eq_any(closed))
            .filter(signatures::kind.eq(SignatureKind::Organisation))
            .filter(signatures::name.is_not_null())
            .set((
                signatures::name.eq(None::<String>),
                signatures::title.eq(None::<String>),
            ))
            .execute(conn)?;
        // The audit log's snapshots hold those too; who did what, and when, stays.
        let audited = signatures::table
            .filter(signatures::letter_id.eq_any(closed))
            .select(signatures::id.nullable());
        diesel::update(audit_log::table.filter(audit_log::signature_id.eq_any(audited)))
            .filter(audit_log::before_state.is_not_null())
            .set((
                audit_log::before_state.eq(None::<String>),
                audit_log::after_state.eq(None::<String>),
            ))
            .execute(conn)?;
        Ok(erased)
    }

    /// Never-confirmed entries created before `cutoff` (their links expired a while ago): erased
    /// like a withdrawal, state kept for the figures. Returns how many.
    pub fn erase_unconfirmed(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
        let stale: Vec<i64> = signatures::table
            .filter(signatures::state.eq(SignatureState::Unverified))
            .filter(signatures::created_at.lt(cutoff))
            .filter(
                signatures::email
                    .is_not_null()
                    .or(signatures::name.is_not_null()),
            )
            .select(signatures::id)
            .load(conn)?;
        for chunk in stale.chunks(500) {
            diesel::delete(tokens::table.filter(tokens::signature_id.eq_any(chunk)))
                .execute(conn)?;
            diesel::delete(outbox::table.filter(outbox::signature_id.eq_any(chunk)))
                .execute(conn)?;
        }
        Self::erase(conn, &stale)
    }

    /// Erases every field of these entries that says anything of the signer, and the snapshots
    /// the audit log keeps of them; kind, state and dates stay.
    fn erase(conn: &mut DbConn, ids: &[i64]) -> QueryResult<usize> {
        NewsConsent::erase(conn, ids)?;
        let mut erased = 0;
        for chunk in ids.chunks(500) {
            SignatureLanguage::erase(conn, chunk)?;
            diesel::update(audit_log::table.filter(audit_log::signature_id.eq_any(chunk)))
                .set((
                    audit_log::before_state.eq(None::<String>),
                    audit_log::after_state.eq(None::<String>),
                ))
                .execute(conn)?;
            erased += diesel::update(signatures::table.filter(signatures::id.eq_any(chunk)))
                .set(Erased::default())
                .execute(conn)?;
        }
        Ok(erased)
    }
}

/// The personal fields of an entry, all emptied.
#[derive(AsChangeset, Default)]
#[diesel(table_name = signatures, treat_none_as_null = true)]
struct Erased {
    name: Option<String>,
    title: Option<String>,
    organisation: Option<String>,
    website: Option<String>,
    email: Option<String>,
    email_key: Option<String>,
    search_key: String,
    name_key: String,
    name_first: String,
    name_last: String,
    flags: Flags,
    network_key: Option<String>,
    import_key: Option<String>,
    reject_reason: Option<String>,
    confirmed_domain: Option<String>,
    institution: Option<String>,
    orcid: Option<String>,
    orcid_verified: bool,
    show_domain: bool,
}
