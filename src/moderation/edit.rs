//! A moderator's correction of an entry's published details.

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use chrono::Utc;

use super::audit::{Actor, record_change};
use super::{AdminError, AdminForm, CurrentModerator, back_to, html};
use crate::app::AppState;
use crate::db::models::{Letter, Listing, Signature, SignatureEdit, SignatureKind};
use crate::db::write_transaction;
use crate::domain::{OrganisationName, PersonName, Title};
use crate::failure::{Doing, Failure};
use crate::i18n::Lang;
use crate::web::Fields;

#[derive(Template)]
#[template(path = "admin/edit.html")]
struct EditPage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    s: Signature,
    name: String,
    title: String,
    organisation: String,
    error: Option<String>,
}

#[get("/signatures/{id}/edit")]
async fn edit_form(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let id = id.into_inner();
    let s = state
        .read(move |conn| Signature::find(conn, id).doing("reading the entry"))
        .await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let (name, title, organisation) = (text(&s.name), text(&s.title), text(&s.organisation));
    html(&EditPage {
        tr: crate::i18n::Locale::current(),
        me,
        s,
        name,
        title,
        organisation,
        error: None,
    })
}

/// The corrected fields, parsed like a signature's; the original stays in the audit log.
fn parse_edit(lang: Lang, s: &Signature, f: &Fields) -> Result<SignatureEdit, String> {
    let name = PersonName::parse(f.get("name"))
        .map_err(|e| super::field_error(lang, "admin-field-name", e))?;
    let organisation = match s.kind() {
        SignatureKind::Organisation => Some(
            OrganisationName::parse(f.get("organisation"))
                .map_err(|e| super::field_error(lang, "admin-field-organisation", e))?,
        ),
        SignatureKind::Individual => OrganisationName::parse_optional(f.get("organisation"))
            .map_err(|e| super::field_error(lang, "admin-field-organisation", e))?,
    };
    let title = Title::parse_optional(f.get("title"))
        .map_err(|e| super::field_error(lang, "admin-field-title", e))?;
    Ok(SignatureEdit::from(Listing {
        name: Some(name.into()),
        title: title.map(String::from),
        organisation: organisation.map(String::from),
        ..s.listing()
    }))
}

#[post("/signatures/{id}/edit")]
async fn edit(
    state: web::Data<AppState>,
    form: AdminForm,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    let id = id.into_inner();
    let actor = Actor::from(&me);
    let lang = crate::i18n::current();
    let values = (
        fields.get("name").to_owned(),
        fields.get("title").to_owned(),
        fields.get("organisation").to_owned(),
    );
    let outcome = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let before = Signature::find(conn, id).doing("reading the entry")?;
                match parse_edit(lang, &before, &fields) {
                    Err(message) => Ok::<_, Failure>((before, Some(message))),
                    Ok(edit) => {
                        Signature::edit(conn, id, &edit).doing("correcting the entry")?;
                        record_change(conn, &actor, "edit", &before, Utc::now().naive_utc())
                            .doing("writing the audit log")?;
                        Ok((before, None))
                    }
                }
            })
        })
        .await?;
    match outcome {
        (s, None) => {
            let letter = state
                .read(move |conn| Letter::find(conn, s.letter_id).doing("reading the letter"))
                .await?;
            Ok(back_to(&format!(
                "/admin/letters/{}?state=all",
                letter.slug
            )))
        }
        (s, Some(error)) => {
            let (name, title, organisation) = values;
            let page = EditPage {
                tr: crate::i18n::Locale::current(),
                me,
                s,
                name,
                title,
                organisation,
                error: Some(error),
            };
            let body = page.render().doing("rendering the page")?;
            Ok(HttpResponse::UnprocessableEntity()
                .content_type("text/html; charset=utf-8")
                .body(body))
        }
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(edit_form).service(edit);
}
