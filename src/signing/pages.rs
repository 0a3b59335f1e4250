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
use crate::db::models::{
    Letter, LetterCounts, LetterStatus, LetterTranslation, PublicEntry, Signature, Update,
};
use crate::domain::{Orcid, Slug, without_forbidden};
use crate::failure::{Doing, Failure};
use crate::i18n::{Lang, Locale, asked_in_query};
use crate::updates::{Happening, timeline};
use crate::web::{PageError, Recent, StampedPage, html_page, read_form};

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

    /// The error beside `field`, in `lang`.
    pub fn error(&self, field: &str, lang: &Locale) -> Option<String> {
        self.errors.get(field).map(|e| e.in_lang(lang.lang))
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
    tr: Locale,
    base_url: String,
    letter: &'a Letter,
    translations: &'a [LetterTranslation],
    /// The translation shown instead of the letter's own text.
    shown: Option<&'a LetterTranslation>,
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
        tr: Locale,
        asked: Option<&str>,
        data: &'a PageData,
        individual: FormState,
        organisation: FormState,
        now: i64,
    ) -> Self {
        let shown =
            LetterTranslation::pick(&data.translations, &data.letter.language, asked, tr.lang);
        LetterPage {
            tr,
            base_url: state.settings.base_url.clone(),
            letter: &data.letter,
            translations: &data.translations,
            shown,
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

    fn title(&self) -> &str {
        self.shown.map_or(&self.letter.title, |t| &t.title)
    }

    fn body_html(&self) -> &str {
        self.shown.map_or(&self.letter.body_html, |t| &t.body_html)
    }

    /// The language of the text shown.
    fn text_lang(&self) -> &str {
        self.shown.map_or(&self.letter.language, |t| &t.lang)
    }

    /// A language's name in itself when the interface knows it ("English"), else its tag.
    fn language_name(&self, tag: &str) -> String {
        Lang::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.name().to_owned())
    }

    fn is_shown(&self, translation: &LetterTranslation) -> bool {
        self.shown.is_some_and(|s| s.lang == translation.lang)
    }

    /// This page's own address: a translation's has its `?lang=`.
    fn self_path(&self) -> String {
        match self.shown {
            Some(t) => format!("/letters/{}?lang={}", self.letter.slug, t.lang),
            None => format!("/letters/{}", self.letter.slug),
        }
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
    translations: Vec<LetterTranslation>,
    counts: LetterCounts,
    recent: Vec<PublicEntry>,
    timeline: Vec<Happening>,
}

/// The letter pages' data, by slug. Counting 100,000 signatures for every view is what limited
/// this page (40 views/s measured); the data is kept for a second instead. So is each page as
/// rendered: views of the same second in the same language get the same bytes (the form's
/// stamp counts seconds), and a signer views the page once per signature.
pub struct LetterPages {
    data: Recent<PageData>,
    /// By slug, language and `?lang=`: the second it was rendered in, and the page.
    rendered: Recent<(i64, StampedPage)>,
    /// Views that find a letter's data gone wait for one of them to load it again, instead of
    /// each counting its signatures: 32 views at once on PostgreSQL held every pooled
    /// connection, and some waited out the pool's 3 s (503s in `bench/scale.rs`). Letters
    /// share these by a hash of their slug.
    loading: [tokio::sync::Mutex<()>; 16],
}

impl Default for LetterPages {
    fn default() -> Self {
        let second = std::time::Duration::from_secs(1);
        LetterPages {
            data: Recent::new(second),
            rendered: Recent::new(second),
            loading: std::array::from_fn(|_| tokio::sync::Mutex::new(())),
        }
    }
}

impl LetterPages {
    async fn get(&self, state: &AppState, slug: &Slug) -> Result<Arc<PageData>, Failure> {
        let generation = state.generation();
        if let Some(data) = self.data.get(slug.as_ref(), generation) {
            return Ok(data);
        }
        let stripe = slug.as_ref().bytes().fold(0usize, |h, b| {
            h.wrapping_mul(31).wrapping_add(usize::from(b))
        }) % self.loading.len();
        let _turn = self.loading[stripe].lock().await;
        // Loaded meanwhile by the view this one waited for.
        if let Some(data) = self.data.get(slug.as_ref(), generation) {
            return Ok(data);
        }
        let key = slug.clone();
        let data = Arc::new(state.read(move |conn| load_page(conn, &key)).await?);
        self.data.put(slug.as_ref(), generation, data.clone());
        Ok(data)
    }
}

fn load_page(conn: &mut DbConn, slug: &Slug) -> Result<PageData, Failure> {
    let letter = Letter::find_public(conn, slug).doing("finding the letter")?;
    let counts = letter.counts(conn).doing("counting signatures")?;
    let recent =
        Signature::recent(conn, letter.id, RECENT).doing("reading the newest signatures")?;
    let updates = Update::of_letter(conn, letter.id).doing("reading the updates")?;
    let timeline = timeline(&letter, &updates);
    let translations =
        LetterTranslation::of_letter(conn, letter.id).doing("reading the translations")?;
    Ok(PageData {
        letter,
        translations,
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
    tr: Locale,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    const HTML: &str = "text/html; charset=utf-8";
    let generation = state.generation();
    let now = Utc::now().timestamp();
    let asked = asked_in_query(req.query_string());
    // Only a page asked for with nothing but `?lang=` is kept: the language switch's links
    // carry any other query back, and the keys stay as few as the letters' languages.
    let key = (tr.here() == req.path()).then(|| {
        let asked = asked.as_deref().unwrap_or_default();
        format!("{slug}\n{}\n{asked}", tr.lang.tag())
    });
    if let Some(key) = &key
        && let Some(kept) = pages.rendered.get(key, generation)
        && kept.0 == now
    {
        return Ok(kept.1.respond(&req, HTML));
    }
    let data = pages.get(&state, &slug).await?;
    let blank = FormState::blank;
    let mut page = LetterPage::new(
        &state,
        tr,
        asked.as_deref(),
        &data,
        blank("individual"),
        blank("organisation"),
        now,
    );
    page.orcid_sign_in = sign_in.enabled();
    // `?lang=` names a translation, the letter's own language, or an interface language (the
    // letter's own text then); any other tag names no page.
    if let Some(tag) = &asked
        && page.shown.is_none()
        && !tag.eq_ignore_ascii_case(&data.letter.language)
        && Lang::from_tag(&tag.to_ascii_lowercase()).is_none()
    {
        return Err(PageError::Failure(Failure::NotFound));
    }
    let body = page.render().doing("rendering the letter page")?;
    // The stamp changes every second; a revalidating browser may keep its older one.
    let rendered = StampedPage::new(body, &page.stamp, FormStamp::era(now));
    let answer = rendered.respond(&req, HTML);
    if let Some(key) = key {
        pages
            .rendered
            .put(&key, generation, Arc::new((now, rendered)));
    }
    Ok(answer)
}

/// The letter page after an ORCID sign-in: the individual form holds the proven iD, the name
/// on the ORCID record, and the proof. Never cached: it is this signer's.
pub async fn verified_orcid_page(
    state: &AppState,
    pages: &LetterPages,
    tr: Locale,
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
    let mut page = LetterPage::new(state, tr, None, &data, individual, organisation, now);
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
    // The language the page was read in: the signer's mails are written in it.
    let mut tr = Locale::of(&req);
    let negotiated = tr.lang;
    if let Some(lang) = Lang::parse(&form.lang) {
        tr.lang = lang;
    }
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
        .map(|s| s.prove_orcid(|id| orcid::proven(&state.secret, &form.orcid_proof, id, now)))
        .map(|s| s.in_language(tr.lang));
    let errors = match sign(&state, slug.clone(), submission, sender, trapped).await {
        Ok(()) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((
                    header::LOCATION,
                    check_email_path(&slug, tr.lang, negotiated),
                ))
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
    let mut page = LetterPage::new(&state, tr, None, &data, individual, organisation, now);
    page.orcid_sign_in = sign_in.enabled();
    page.orcid_proof = submitted_proof;
    Ok(html_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?)
}

/// Where a signer goes after signing: in the language they read the form in, which the next
/// request would not know if only the page's `?lang=` chose it.
fn check_email_path(slug: &Slug, read_in: Lang, negotiated: Lang) -> String {
    match read_in == negotiated {
        true => format!("/letters/{slug}/check-email"),
        false => format!("/letters/{slug}/check-email?lang={}", read_in.tag()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "letter/check_email.html")]
struct CheckEmailPage {
    tr: Locale,
    letter: Letter,
}

#[get("/letters/{slug}/check-email")]
pub async fn check_email(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    tr: Locale,
) -> Result<CheckEmailPage, PageError> {
    let letter = state
        .read(move |conn| Letter::find_public(conn, &slug).doing("finding the letter"))
        .await?;
    Ok(CheckEmailPage { tr, letter })
}
