//! Moderator accounts: added from the command line or by an admin, disabled and re-enabled,
//! passwords reset. Only admins manage accounts, so no moderator can raise their own role.

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use chrono::Utc;
use secrecy::SecretString;

use super::audit::Actor;
use super::password::Password;
use super::{AdminError, AdminForm, CurrentModerator, back_to, html};
use crate::app::AppState;
use crate::db::models::{Moderator, NewAuditEntry, NewModerator, Role};
use crate::db::{DbConn, is_unique_violation, write_transaction};
use crate::domain::EmailAddress;
use crate::failure::{Doing, Failure};

#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("{0} is not an email address")]
    Email(String),
    #[error(transparent)]
    Password(#[from] super::password::PasswordError),
    #[error("a moderator with this email address exists already")]
    Exists,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Creates a moderator (command line) and records it in the audit log.
pub fn add_moderator(
    conn: &mut DbConn,
    actor: &Actor,
    email: &str,
    role: Role,
    password: SecretString,
) -> Result<i64, AddError> {
    insert_moderator(conn, actor, &prepare_moderator(email, role, password)?)
}

/// A moderator ready to be added: the address parsed, the password hashed (Argon2: slow, so
/// done before a write, never inside one).
fn prepare_moderator(
    email: &str,
    role: Role,
    password: SecretString,
) -> Result<NewModerator, AddError> {
    let email = EmailAddress::parse(email).map_err(|_| AddError::Email(email.to_owned()))?;
    Ok(NewModerator {
        email: email.as_ref().to_lowercase(),
        password_hash: Password::parse(password)?.hash()?,
        role,
        disabled: false,
        created_at: Utc::now().naive_utc(),
    })
}

fn insert_moderator(conn: &mut DbConn, actor: &Actor, new: &NewModerator) -> Result<i64, AddError> {
    let (role, now) = (new.role, new.created_at);
    let inserted = write_transaction(conn, |conn| {
        let id = Moderator::insert(conn, new)?;
        NewAuditEntry {
            after_state: Some(format!(
                "{{\"moderator\":{:?},\"role\":\"{role}\"}}",
                new.email
            )),
            ..actor.entry("add moderator", now)
        }
        .insert(conn)?;
        Ok::<_, diesel::result::Error>(id)
    });
    match inserted {
        Err(e) if is_unique_violation(&e) => Err(AddError::Exists),
        other => Ok(other?),
    }
}

#[derive(Template)]
#[template(path = "admin/moderators.html")]
struct ModeratorsPage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    moderators: Vec<Moderator>,
}

#[get("/moderators")]
async fn list(
    state: web::Data<AppState>,
    me: CurrentModerator,
) -> Result<HttpResponse, AdminError> {
    me.require_admin()?;
    let moderators = state
        .read(|conn| Moderator::list(conn).doing("listing moderators"))
        .await?;
    html(&ModeratorsPage {
        tr: crate::i18n::Locale::current(),
        me,
        moderators,
    })
}

/// Why a password was refused, in `lang`.
fn password_refusal(lang: crate::i18n::Lang, e: &super::password::PasswordError) -> String {
    match e {
        super::password::PasswordError::Length => lang.t("admin-password-length"),
        super::password::PasswordError::Hash(why) => {
            lang.t1("admin-password-hash-failed", "error", why)
        }
    }
}

#[post("/moderators")]
async fn add(state: web::Data<AppState>, form: AdminForm) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    me.require_admin()?;
    let role = Role::parse(fields.get("role"))
        .ok_or_else(|| super::invalid(crate::i18n::current(), "admin-invalid-choose-role"))?;
    let (email, password) = (
        fields.get("email").to_owned(),
        SecretString::from(fields.get("password").to_owned()),
    );
    let lang = crate::i18n::current();
    let refused = move |e: AddError| match e {
        AddError::Database(e) => AdminError::from(e),
        AddError::Email(address) => {
            AdminError::Invalid(lang.t1("admin-add-not-email", "email", address))
        }
        AddError::Password(e) => AdminError::Invalid(password_refusal(lang, &e)),
        AddError::Exists => super::invalid(lang, "admin-add-exists"),
    };
    let new = web::block(move || prepare_moderator(&email, role, password))
        .await
        .doing("hashing the password")?
        .map_err(refused)?;
    let actor = Actor::from(&me);
    state
        .write(move |conn| insert_moderator(conn, &actor, &new).map_err(refused))
        .await?;
    Ok(back_to("/admin/moderators"))
}

/// Disable, enable, or set a new password.
#[post("/moderators/{id}/{action}")]
async fn change(
    state: web::Data<AppState>,
    form: AdminForm,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    me.require_admin()?;
    let (id, action) = path.into_inner();
    if id == me.moderator.id && action == "disable" {
        return Err(super::invalid(
            crate::i18n::current(),
            "admin-invalid-disable-self",
        ));
    }
    let hash = match action.as_str() {
        "password" => Some(
            Password::parse(SecretString::from(fields.get("password").to_owned()))
                .and_then(|p| p.hash())
                .map_err(|e| AdminError::Invalid(password_refusal(crate::i18n::current(), &e)))?,
        ),
        "disable" | "enable" => None,
        _ => return Err(Failure::NotFound.into()),
    };
    let actor = Actor::from(&me);
    state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let target = Moderator::find(conn, id).doing("reading the moderator")?;
                match (&hash, action.as_str()) {
                    (Some(hash), _) => Moderator::set_password(conn, id, hash),
                    (None, "disable") => Moderator::set_disabled(conn, id, true),
                    _ => Moderator::set_disabled(conn, id, false),
                }
                .doing("changing the moderator")?;
                let what = match action.as_str() {
                    "password" => "reset password",
                    "disable" => "disable moderator",
                    _ => "enable moderator",
                };
                NewAuditEntry {
                    after_state: Some(format!("{{\"moderator\":{:?}}}", target.email)),
                    ..actor.entry(what, Utc::now().naive_utc())
                }
                .insert(conn)
                .doing("writing the audit log")
            })
        })
        .await?;
    Ok(back_to("/admin/moderators"))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list).service(add).service(change);
}
