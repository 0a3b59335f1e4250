//! The links a mail carries: fresh tokens, one per (signature, purpose), written before the
//! mail goes and deleted if it does not.

use chrono::{NaiveDateTime, Utc};

use super::worker::{Worker, write};
use crate::db::models::{NewToken, Token, TokenPurpose};
use crate::domain::RawToken;
use crate::i18n::Lang;

impl Worker {
    /// New links, one per (signature, purpose), written in one statement.
    pub(super) async fn issue(&self, wanted: Vec<(i64, TokenPurpose)>) -> anyhow::Result<Links> {
        let now = Utc::now().naive_utc();
        let expires_at = now + chrono::Duration::from_std(self.token_ttl)?;
        let tokens: Vec<RawToken> = wanted.iter().map(|_| RawToken::generate()).collect();
        let rows: Vec<NewToken> = wanted
            .iter()
            .zip(&tokens)
            .map(|((signature_id, purpose), token)| NewToken {
                signature_id: *signature_id,
                purpose: *purpose,
                token_hash: token.hash(),
                created_at: now,
                expires_at,
            })
            .collect();
        let ids = write(&self.db, move |conn| Ok(Token::insert(conn, &rows)?)).await?;
        Ok(Links {
            base_url: self.base_url.clone(),
            wanted,
            tokens,
            ids,
            expires_at,
        })
    }
}

/// The links issued for one mail (`Worker::issue`).
pub(super) struct Links {
    base_url: String,
    wanted: Vec<(i64, TokenPurpose)>,
    tokens: Vec<RawToken>,
    /// The token rows, deleted if the mail does not go.
    pub ids: Vec<i64>,
    expires_at: NaiveDateTime,
}

impl Links {
    /// The link for this signature and purpose (`/{purpose}/{token}`), if one was issued.
    pub fn get(&self, signature_id: i64, purpose: TokenPurpose) -> Option<String> {
        let index = self
            .wanted
            .iter()
            .position(|w| *w == (signature_id, purpose))?;
        let token = self.tokens.get(index)?;
        Some(format!("{}/{purpose}/{}", self.base_url, token.expose()))
    }

    /// `get`, for a link that was surely issued.
    pub fn url(&self, signature_id: i64, purpose: TokenPurpose) -> String {
        self.get(signature_id, purpose).unwrap_or_default()
    }

    /// When the links stop working, as a mail in `lang` says it.
    pub fn expires(&self, lang: Lang) -> String {
        lang.date(self.expires_at.date())
    }
}
