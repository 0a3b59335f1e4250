use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{per_backend, text_enum};
use crate::db::DbConn;
use crate::db::schema::tokens;

text_enum!(TokenPurpose {
    Verify => "verify",
    Withdraw => "withdraw",
    Correct => "correct",
    Data => "data",
    Reconfirm => "reconfirm",
});

#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = tokens)]
pub struct Token {
    pub id: i64,
    pub signature_id: i64,
    pub purpose: TokenPurpose,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = tokens)]
pub struct NewToken {
    pub signature_id: i64,
    pub purpose: TokenPurpose,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

impl Token {
    /// Inserts the rows, a thousand to a statement (within both backends' limits on bound
    /// values): the links of a whole claimed batch of mails go in one.
    pub fn insert(conn: &mut DbConn, rows: &[NewToken]) -> QueryResult<usize> {
        rows.chunks(1000)
            .map(|chunk| {
                let insert = diesel::insert_into(tokens::table).values(chunk);
                per_backend!(&mut *conn, |c| insert.execute(c))
            })
            .sum()
    }

    /// An unused, unexpired token of this purpose with this hash.
    pub fn find_usable(
        conn: &mut DbConn,
        hash: &str,
        purpose: TokenPurpose,
        now: NaiveDateTime,
    ) -> QueryResult<Option<Token>> {
        let token = tokens::table
            .filter(tokens::token_hash.eq(hash))
            .filter(tokens::purpose.eq(purpose))
            .filter(tokens::used_at.is_null())
            .filter(tokens::expires_at.gt(now))
            .select(Token::as_select())
            .first::<Token>(conn)
            .optional()?;
        // The index finds the row by hash; the final comparison still takes constant time.
        Ok(token.filter(|t| crate::domain::constant_time_eq(&t.token_hash, hash)))
    }

    /// Marks the token used. False when another request used it first.
    pub fn consume(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
        let updated = diesel::update(tokens::table.find(id))
            .filter(tokens::used_at.is_null())
            .set(tokens::used_at.eq(now))
            .execute(conn)?;
        Ok(updated == 1)
    }

    /// Deletes the tokens with these hashes: links that did not go out.
    pub fn delete_hashes(conn: &mut DbConn, hashes: &[String]) -> QueryResult<usize> {
        hashes
            .chunks(500)
            .map(|chunk| {
                diesel::delete(tokens::table.filter(tokens::token_hash.eq_any(chunk))).execute(conn)
            })
            .sum()
    }

    pub fn delete_for_signature(conn: &mut DbConn, signature_id: i64) -> QueryResult<usize> {
        diesel::delete(tokens::table.filter(tokens::signature_id.eq(signature_id))).execute(conn)
    }
}
