use std::sync::Arc;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;

use super::{FORM_LIMIT, FieldErrors, Origin, PublicEntry, SignForm, Submission, record_signature};
use crate::abuse::{self, FormStamp, StampVerdict};
use crate::db::DbConn;
use crate::db::models::{Letter, LetterCounts, LetterStatus, Signature};
use crate::domain::Slug;
use crate::domain::without_forbidden;
use crate::web::{AppState, PageError, cached, parse_form, read_body};

const RECENT: i64 = 10;

/// A sign form as shown: what was typed and what needs fixing.
pub struct FormState {
    pub values: SignForm,
    pub errors: FieldErrors,
}

impl FormState {
    fn blank(kind: &str) -> Self {
        FormState {
            values: SignForm {
                kind: kind.to_owned(),
                public: Some("on".to_owned()),
                ..SignForm::default()
            },
            errors: FieldErrors::new(),
        }
    }

    /// What was typed, less any invisible or control characters (the error says to retype).
    pub fn value(&self, field: &str) -> String {
        without_forbidden(match field {
            "name" => &self.values.name,
            "title" => &self.values.title,
            "organisation" => &self.values.organisation,
            "website" => &self.values.website,
            "email" => &self.values.email,
            _ => "",
        })
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    pub fn public(&self) -> bool {
        self.values.public.is_some()
    }
}

#[derive(Template)]
#[template(path = "letter/page.html")]
pub struct LetterPage<'a> {
    base_url: String,
    letter: &'a Letter,
    counts: &'a LetterCounts,
    recent: &'a [PublicEntry],
    individual: FormState,
    organisation: FormState,
    /// The signed time this page was served, in both forms.
    stamp: String,
}

impl LetterPage<'_> {
    fn is_open(&self) -> bool {
        self.letter.status() == LetterStatus::Open
    }

    fn has_errors(&self) -> bool {
        !self.individual.errors.is_empty() || !self.organisation.errors.is_empty()
    }
}

/// What the letter page shows from the database.
pub type PageData = (Letter, LetterCounts, Vec<PublicEntry>);

fn load_page(conn: &mut DbConn, slug: &Slug) -> Result<PageData, PageError> {
    let letter = Letter::find_public(conn, slug)?.ok_or(PageError::NotFound)?;
    let counts = letter.counts(conn)?;
    let recent = Signature::recent(conn, letter.id, RECENT)?
        .iter()
        .map(PublicEntry::from)
        .collect();
    Ok((letter, counts, recent))
}

fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, PageError> {
    let body = page.render().map_err(anyhow::Error::new)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

#[get("/letters/{slug}")]
pub async fn letter_page(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    // Counting 100,000 signatures for every view is what limited this page (40 views/s
    // measured); the data is kept for a second instead.
    let generation = state.generation();
    let data = match state.letter_pages.get(slug.as_ref().as_ref(), generation) {
        Some(data) => data,
        None => {
            let key = slug.clone();
            let data = Arc::new(state.read(move |conn| load_page(conn, &key)).await?);
            state
                .letter_pages
                .put(slug.as_ref().as_ref(), generation, data.clone());
            data
        }
    };
    let (letter, counts, recent) = data.as_ref();
    let page = LetterPage {
        base_url: state.base_url.clone(),
        letter,
        counts,
        recent,
        individual: FormState::blank("individual"),
        organisation: FormState::blank("organisation"),
        stamp: FormStamp::issue(&state.secret, Utc::now().timestamp()),
    };
    let body = page.render().map_err(anyhow::Error::new)?;
    Ok(cached(&req, "text/html; charset=utf-8", body))
}

/// Valid input: 303 to "check your email", the same whether or not the address signed before.
/// Invalid input: 422 with the page, every error beside its field, everything typed kept.
#[post("/letters/{slug}/sign")]
pub async fn sign(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    state.spend_sign_quota(&req).map_err(PageError::TooMany)?;
    let body = read_body(
        &req,
        payload,
        "application/x-www-form-urlencoded",
        FORM_LIMIT,
    )
    .await?;
    let form: SignForm = parse_form(&body)?;
    let stamp = FormStamp::check(
        &state.secret,
        &form.form_ts,
        Utc::now().timestamp(),
        state.form_min_age,
    );
    let trapped = !form.nickname.is_empty() || stamp != StampVerdict::Fine;
    if trapped {
        tracing::info!(
            ?stamp,
            honeypot = !form.nickname.is_empty(),
            "bot trap tripped"
        );
    }
    let slug = slug.into_inner();
    let submission = Submission::try_from(&form);
    let lookup_slug = slug.clone();
    let letter = state
        .read(move |conn| Letter::find_public(conn, &lookup_slug)?.ok_or(PageError::NotFound))
        .await?;
    if letter.status() != LetterStatus::Open {
        return Err(PageError::LetterClosed);
    }
    let network = state
        .client_ip(&req)
        .map(|ip| abuse::network_key(&state.secret, ip));
    let outcome = match submission.and_then(|s| s.for_letter(letter.refuse_disposable)) {
        Ok(submission) => {
            let app = state.clone();
            state
                .write(move |conn| {
                    let now = Utc::now().naive_utc();
                    let (secret, cap) = (&app.secret, app.daily_mail_cap);
                    let origin = Origin { network, trapped };
                    record_signature(conn, &letter, &submission, secret, cap, origin, now)?;
                    Ok::<_, PageError>(None)
                })
                .await?
        }
        Err(errors) => {
            let lookup_slug = slug.clone();
            let page = state
                .read(move |conn| load_page(conn, &lookup_slug))
                .await?;
            Some((page, errors))
        }
    };
    match outcome {
        None => {
            state.mail_wakeup.notify_one();
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/letters/{slug}/check-email")))
                .finish())
        }
        Some(((letter, counts, recent), errors)) => {
            let submitted = FormState {
                values: form,
                errors,
            };
            let (individual, organisation) = if submitted.values.kind == "organisation" {
                (FormState::blank("individual"), submitted)
            } else {
                (submitted, FormState::blank("organisation"))
            };
            let page = LetterPage {
                base_url: state.base_url.clone(),
                letter: &letter,
                counts: &counts,
                recent: &recent,
                individual,
                organisation,
                stamp: FormStamp::issue(&state.secret, Utc::now().timestamp()),
            };
            html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "letter/check_email.html")]
struct CheckEmailPage {
    letter: Letter,
}

#[get("/letters/{slug}/check-email")]
pub async fn check_email(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
) -> Result<CheckEmailPage, PageError> {
    let letter = state
        .read(move |conn| Letter::find_public(conn, &slug)?.ok_or(PageError::NotFound))
        .await?;
    Ok(CheckEmailPage { letter })
}
