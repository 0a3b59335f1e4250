use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::per_backend;
use crate::db::DbConn;
use crate::db::schema::news_consents;

/// A signer's consent to news about the letter they signed: the wording they ticked (its
/// version, `signing::NEWS_WORDING`) and when.
#[derive(Clone, Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = news_consents)]
pub struct NewsConsent {
    pub signature_id: i64,
    pub wording: String,
    pub consented_at: NaiveDateTime,
}

impl NewsConsent {
    /// Records the consent, or replaces an earlier one (a new wording, a new time).
    pub fn give(conn: &mut DbConn, consent: &NewsConsent) -> QueryResult<()> {
        Self::erase(conn, &[consent.signature_id])?;
        Self::give_first(conn, std::slice::from_ref(consent))
    }

    /// Records the consents of new signatures, which hold none yet, in one statement.
    pub fn give_first(conn: &mut DbConn, consents: &[NewsConsent]) -> QueryResult<()> {
        if consents.is_empty() {
            return Ok(());
        }
        let insert = diesel::insert_into(news_consents::table).values(consents);
        per_backend!(conn, |c| insert.execute(c)).map(drop)
    }

    pub fn of_signature(conn: &mut DbConn, signature_id: i64) -> QueryResult<Option<NewsConsent>> {
        news_consents::table
            .find(signature_id)
            .select(NewsConsent::as_select())
            .first(conn)
            .optional()
    }

    /// Forgets the consents of these signatures (the signer took it back, withdrew, or the
    /// retention period ended).
    pub fn erase(conn: &mut DbConn, signature_ids: &[i64]) -> QueryResult<usize> {
        signature_ids.chunks(500).try_fold(0, |n, chunk| {
            Ok(n + diesel::delete(
                news_consents::table.filter(news_consents::signature_id.eq_any(chunk)),
            )
            .execute(conn)?)
        })
    }
}
