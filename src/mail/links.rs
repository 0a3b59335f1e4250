//! The links a mail carries: fresh tokens, one per (signature, purpose), written before the
//! mail goes and deleted if it does not.

use chrono::{NaiveDateTime, Utc};

use super::worker::Worker;
use crate::db::models::{NewToken, Token, TokenPurpose};
use crate::domain::RawToken;
use crate::i18n::Lang;

impl Worker {
    /// New links, one per (signature, purpose), written in one statement.
    pub(super) async fn issue(&self, wanted: Vec<(i64, TokenPurpose)>) -> anyhow::Result<Links> {
        let mut links = self.issue_each(vec![wanted]).await?;
        links
            .pop()
            .ok_or_else(|| anyhow::anyhow!("no links were issued"))
    }

    /// The links of several mails, each its own list of (signature, purpose), all written in
    /// one statement: a batch of mails costs the database one write for its links.
    pub(super) async fn issue_each(
        &self,
        mails: Vec<Vec<(i64, TokenPurpose)>>,
    ) -> anyhow::Result<Vec<Links>> {
        let now = Utc::now().naive_utc();
        let expires_at = now + chrono::Duration::from_std(self.token_ttl)?;
        let links: Vec<Links> = mails
            .into_iter()
            .map(|wanted| Links {
                base_url: self.base_url.clone(),
                tokens: wanted.iter().map(|_| RawToken::generate()).collect(),
                wanted,
                expires_at,
            })
            .collect();
        let rows: Vec<NewToken> = links
            .iter()
            .flat_map(|l| l.wanted.iter().zip(&l.tokens))
            .map(|((signature_id, purpose), token)| NewToken {
                signature_id: *signature_id,
                purpose: *purpose,
                token_hash: token.hash(),
                created_at: now,
                expires_at,
            })
            .collect();
        if !rows.is_empty() {
            self.db
                .write_alone(move |conn| -> anyhow::Result<_> { Ok(Token::insert(conn, &rows)?) })
                .await?;
        }
        Ok(links)
    }
}

/// The links issued for one mail (`Worker::issue`).
pub(super) struct Links {
    base_url: String,
    wanted: Vec<(i64, TokenPurpose)>,
    tokens: Vec<RawToken>,
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

    /// The tokens' hashes, to delete them if the mail does not go.
    pub fn hashes(&self) -> Vec<String> {
        self.tokens.iter().map(RawToken::hash).collect()
    }
}
