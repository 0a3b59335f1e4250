use std::sync::Arc;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;

use super::orcid::{self, OrcidSignIn};
use super::sign::{Sender, SignError, sign};
use super::{FORM_LIMIT, FieldErrors, SignForm, Submission};
use crate::abuse::{FormStamp, StampVerdict};
use crate::app::AppState;
use crate::db::DbConn;
use crate::db::models::{Letter, LetterCounts, LetterStatus, PublicEntry, Signature, Update};
use crate::domain::{Orcid, Slug, without_forbidden};
use crate::failure::{Doing, Failure};
use crate::updates::{Happening, timeline};
use crate::web::{PageError, Recent, cached_except, html_page, read_form};

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
            "orcid" => &self.values.orcid,
            _ => "",
        })
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    pub fn public(&self) -> bool {
        self.values.public.is_some()
    }

    pub fn show_domain(&self) -> bool {
        self.values.show_domain.is_some()
    }

    pub fn news(&self) -> bool {
        self.values.news.is_some()
    }
}

#[derive(Template)]
#[template(path = "letter/page.html")]
pub struct LetterPage<'a> {
    base_url: String,
    letter: &'a Letter,
    counts: &'a LetterCounts,
    recent: &'a [PublicEntry],
    /// Updates, delivery and responses, newest first.
    timeline: &'a [Happening],
    individual: FormState,
    organisation: FormState,
    /// The signed time this page was served, in both forms.
    stamp: String,
    /// Offer "Sign in with ORCID" (the operator configured it).
    orcid_sign_in: bool,
    /// After the sign-in: the proof that ORCID vouched for the iD in the form.
    orcid_proof: Option<String>,
}

impl<'a> LetterPage<'a> {
    /// The page of `data` with these forms, stamped `now`, without the ORCID sign-in.
    fn new(
        state: &AppState,
        data: &'a PageData,
        individual: FormState,
        organisation: FormState,
        now: i64,
    ) -> Self {
        LetterPage {
            base_url: state.settings.base_url.clone(),
            letter: &data.letter,
            counts: &data.counts,
            recent: &data.recent,
            timeline: &data.timeline,
            individual,
            organisation,
            stamp: FormStamp::issue(&state.secret, now),
            orcid_sign_in: false,
            orcid_proof: None,
        }
    }

    fn news_promise(&self) -> &'static str {
        super::NEWS_PROMISE
    }

    fn is_open(&self) -> bool {
        self.letter.status() == LetterStatus::Open
    }

    fn has_errors(&self) -> bool {
        !self.individual.errors.is_empty() || !self.organisation.errors.is_empty()
    }

    /// Signatures so far, the target and the share reached in percent (at most 100), when
    /// the letter has a target.
    fn progress(&self) -> Option<(i64, i64, i64)> {
        let target = self.letter.target?;
        let signed = self.counts.total();
        Some((signed, target, (100 * signed / target.max(1)).min(100)))
    }
}

/// What the letter page shows from the database.
struct PageData {
    letter: Letter,
    counts: LetterCounts,
    recent: Vec<PublicEntry>,
    timeline: Vec<Happening>,
}

/// The letter pages' data, by slug. Counting 100,000 signatures for every view is what limited
/// this page (40 views/s measured); the data is kept for a second instead.
pub struct LetterPages(Recent<PageData>);

impl Default for LetterPages {
    fn default() -> Self {
        LetterPages(Recent::new(std::time::Duration::from_secs(1)))
    }
}

impl LetterPages {
    async fn get(&self, state: &AppState, slug: &Slug) -> Result<Arc<PageData>, Failure> {
        let generation = state.generation();
        if let Some(data) = self.0.get(slug.as_ref(), generation) {
            return Ok(data);
        }
        let key = slug.clone();
        let data = Arc::new(state.read(move |conn| load_page(conn, &key)).await?);
        self.0.put(slug.as_ref(), generation, data.clone());
        Ok(data)
    }
}

fn load_page(conn: &mut DbConn, slug: &Slug) -> Result<PageData, Failure> {
    let letter = Letter::find_public(conn, slug).doing("finding the letter")?;
    let counts = letter.counts(conn).doing("counting signatures")?;
    let recent = Signature::recent(conn, letter.id, RECENT)
        .doing("reading the newest signatures")?
        .iter()
        .map(PublicEntry::from)
        .collect();
    let updates = Update::of_letter(conn, letter.id).doing("reading the updates")?;
    let timeline = timeline(&letter, &updates);
    Ok(PageData {
        letter,
        counts,
        recent,
        timeline,
    })
}

#[get("/letters/{slug}")]
pub async fn letter_page(
    state: web::Data<AppState>,
    pages: web::Data<LetterPages>,
    sign_in: web::Data<OrcidSignIn>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let data = pages.get(&state, &slug).await?;
    let now = Utc::now().timestamp();
    let blank = FormState::blank;
    let mut page = LetterPage::new(
        &state,
        &data,
        blank("individual"),
        blank("organisation"),
        now,
    );
    page.orcid_sign_in = sign_in.enabled();
    let body = page.render().doing("rendering the letter page")?;
    // The stamp changes every second; a revalidating browser may keep its older one.
    let era = FormStamp::era(now);
    Ok(cached_except(
        &req,
        "text/html; charset=utf-8",
        body,
        &page.stamp,
        era,
    ))
}

/// The letter page after an ORCID sign-in: the individual form holds the proven iD, the name
/// on the ORCID record, and the proof. Never cached: it is this signer's.
pub async fn verified_orcid_page(
    state: &AppState,
    pages: &LetterPages,
    slug: Slug,
    orcid: &Orcid,
    name: Option<String>,
    proof: String,
) -> Result<HttpResponse, PageError> {
    let data = pages.get(state, &slug).await?;
    let mut individual = FormState::blank("individual");
    individual.values.orcid = orcid.as_ref().to_owned();
    individual.values.name = name.unwrap_or_default();
    let organisation = FormState::blank("organisation");
    let now = Utc::now().timestamp();
    let mut page = LetterPage::new(state, &data, individual, organisation, now);
    page.orcid_sign_in = true;
    page.orcid_proof = Some(proof);
    Ok(html_page(StatusCode::OK, &page)?)
}

/// Valid input: 303 to "check your email", the same whether or not the address signed before.
/// Invalid input: 422 with the page, every error beside its field, everything typed kept.
#[post("/letters/{slug}/sign")]
pub async fn sign_form(
    state: web::Data<AppState>,
    sign_in: web::Data<OrcidSignIn>,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let sender = Sender::admit(&state, &req).map_err(PageError::TooMany)?;
    let form: SignForm = read_form(&req, payload, FORM_LIMIT).await?;
    let stamp = FormStamp::check(
        &state.secret,
        &form.form_ts,
        Utc::now().timestamp(),
        state.settings.form_min_seconds,
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
    let now = Utc::now().timestamp();
    let submission = Submission::try_from(&form)
        .map(|s| s.prove_orcid(|id| orcid::proven(&state.secret, &form.orcid_proof, id, now)));
    let errors = match sign(&state, slug.clone(), submission, sender, trapped).await {
        Ok(()) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/letters/{slug}/check-email")))
                .finish());
        }
        Err(SignError::Invalid(errors)) => errors,
        Err(SignError::TooMany(seconds)) => return Err(PageError::TooMany(seconds)),
        Err(SignError::Closed) => return Err(PageError::LetterClosed),
        Err(SignError::Failure(f)) => return Err(f.into()),
    };
    let data = state.read(move |conn| load_page(conn, &slug)).await?;
    // Shown again only if it still proves the iD typed.
    let submitted_proof = Orcid::parse(&form.orcid)
        .ok()
        .filter(|id| orcid::proven(&state.secret, &form.orcid_proof, id, now))
        .map(|_| form.orcid_proof.clone());
    let submitted = FormState {
        values: form,
        errors,
    };
    let (individual, organisation) = if submitted.values.kind == "organisation" {
        (FormState::blank("individual"), submitted)
    } else {
        (submitted, FormState::blank("organisation"))
    };
    let now = Utc::now().timestamp();
    let mut page = LetterPage::new(&state, &data, individual, organisation, now);
    page.orcid_sign_in = sign_in.enabled();
    page.orcid_proof = submitted_proof;
    Ok(html_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?)
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
        .read(move |conn| Letter::find_public(conn, &slug).doing("finding the letter"))
        .await?;
    Ok(CheckEmailPage { letter })
}
