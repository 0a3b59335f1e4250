//! The audit log: who did what to which entry, when, before and after. Append-only.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use chrono::NaiveDateTime;
use diesel::QueryResult;
use serde::{Deserialize, Serialize};

use super::{AdminError, CurrentModerator, html};
use crate::app::AppState;
use crate::db::DbConn;
use crate::db::models::{AuditFilter, AuditRow, Letter, Moderator, NewAuditEntry, Signature};
use crate::failure::{Doing, Failure};

const PAGE: i64 = 100;

/// Who acted: a moderator, or the command line.
pub struct Actor {
    pub id: Option<i64>,
    pub name: String,
}

impl From<&CurrentModerator> for Actor {
    fn from(me: &CurrentModerator) -> Self {
        Actor {
            id: Some(me.moderator.id),
            name: me.moderator.email.clone(),
        }
    }
}

/// An entry as the audit log keeps it, before and after a change.
#[derive(Serialize)]
pub struct Snapshot<'a> {
    state: &'a str,
    name: Option<&'a str>,
    title: Option<&'a str>,
    organisation: Option<&'a str>,
    pinned: bool,
}

impl Snapshot<'_> {
    pub fn json(s: &Signature) -> String {
        let state = s.state();
        serde_json::to_string(&Snapshot {
            state: state.as_str(),
            name: s.name.as_deref(),
            title: s.title.as_deref(),
            organisation: s.organisation.as_deref(),
            pinned: s.pinned,
        })
        .unwrap_or_default()
    }
}

/// The audit log's name for a signer acting by a link we mailed them.
pub const SIGNER: &str = "signer";

impl Actor {
    /// The signer, acting by a link we mailed them.
    pub fn signer() -> Actor {
        Actor {
            id: None,
            name: SIGNER.to_owned(),
        }
    }

    /// An audit entry by this actor, about nothing yet: set the fields that apply.
    pub fn entry(&self, action: &str, now: NaiveDateTime) -> NewAuditEntry {
        NewAuditEntry {
            moderator_id: self.id,
            actor: self.name.clone(),
            action: action.to_owned(),
            letter_id: None,
            signature_id: None,
            before_state: None,
            after_state: None,
            created_at: now,
        }
    }
}

/// Records a change to one entry: its snapshot before and after.
pub fn record_change(
    conn: &mut DbConn,
    actor: &Actor,
    action: &str,
    before: &Signature,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let after = Signature::find(conn, before.id)?;
    record_transition(conn, actor, action, before, &after, now)
}

/// Records a change whose result the caller already holds.
pub fn record_transition(
    conn: &mut DbConn,
    actor: &Actor,
    action: &str,
    before: &Signature,
    after: &Signature,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    transition_entry(actor, action, before, after, now).insert(conn)
}

/// The audit entry for a change to one entry.
pub fn transition_entry(
    actor: &Actor,
    action: &str,
    before: &Signature,
    after: &Signature,
    now: NaiveDateTime,
) -> NewAuditEntry {
    NewAuditEntry {
        letter_id: Some(before.letter_id),
        signature_id: Some(before.id),
        before_state: Some(Snapshot::json(before)),
        after_state: Some(Snapshot::json(after)),
        ..actor.entry(action, now)
    }
}

#[derive(Deserialize)]
struct AuditQuery {
    moderator: Option<i64>,
    letter: Option<i64>,
    before: Option<i64>,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    rows: Vec<AuditRow>,
    moderators: Vec<Moderator>,
    letters: Vec<Letter>,
    moderator: Option<i64>,
    letter: Option<i64>,
    next_before: Option<i64>,
}

impl AuditPage {
    fn is_moderator(&self, id: &i64) -> bool {
        self.moderator == Some(*id)
    }

    fn is_letter(&self, id: &i64) -> bool {
        self.letter == Some(*id)
    }
}

#[get("/audit")]
async fn audit_page(
    state: web::Data<AppState>,
    me: CurrentModerator,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AdminError> {
    me.require_admin()?;
    let query = query.into_inner();
    let filter = AuditFilter {
        moderator_id: query.moderator,
        letter_id: query.letter,
        signature_id: None,
        before: query.before,
        limit: PAGE,
    };
    let (rows, moderators, letters) = state
        .read(move |conn| {
            let rows = AuditRow::list(conn, &filter).doing("reading the audit log")?;
            let moderators = Moderator::list(conn).doing("listing moderators")?;
            let letters = Letter::list_all(conn).doing("listing the letters")?;
            Ok::<_, Failure>((rows, moderators, letters))
        })
        .await?;
    let next_before = (rows.len() as i64 == PAGE)
        .then(|| rows.last().map(|r| r.id))
        .flatten();
    html(&AuditPage {
        tr: crate::i18n::Locale::current(),
        me,
        rows,
        moderators,
        letters,
        moderator: query.moderator,
        letter: query.letter,
        next_before,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(audit_page);
}
