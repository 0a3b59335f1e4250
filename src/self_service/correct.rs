//! A signer corrects their published details by the link of the `/my` mail. The link proves the
//! address; the correction is parsed like a signature, logged in the audit log, and goes back to
//! the moderators unless the entry is an individual's on a post-moderated letter.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;

use crate::app::AppState;
use crate::db::models::{
    Letter, LetterStatus, Moderation, Signature, SignatureEdit, SignatureKind, SignatureState,
    Token, TokenPurpose,
};
use crate::db::{DbConn, write_transaction};
use crate::failure::Doing;
use crate::moderation::{Actor, record_change};
use crate::signing::{
    FORM_LIMIT, FieldErrors, FormState, SignForm, Submission, evidence_of, find_duplicates,
    open_link,
};
use crate::web::{PageError, html_page, read_form};

#[derive(Template, WebTemplate)]
#[template(path = "my/correct.html")]
struct CorrectPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    form: FormState,
    organisation: bool,
    /// The correction goes to the moderators before it is published.
    moderated: bool,
}

impl CorrectPage {
    fn new(letter: Letter, signature: &Signature, form: FormState) -> Self {
        let organisation = signature.kind() == SignatureKind::Organisation;
        CorrectPage {
            tr: crate::i18n::Locale::current(),
            moderated: organisation || letter.moderation() == Moderation::Pre,
            organisation,
            letter,
            form,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "my/corrected.html")]
struct CorrectedPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    published: bool,
}

/// The link's token, entry and letter, if the entry may still be corrected.
fn find(conn: &mut DbConn, token: &str) -> Result<(Token, Signature, Letter), PageError> {
    let (token, signature) = open_link(conn, token, TokenPurpose::Correct)?;
    let letter = Letter::find(conn, signature.letter_id).doing("reading the letter")?;
    if letter.status() != LetterStatus::Open {
        return Err(PageError::LetterClosed);
    }
    if !matches!(
        signature.state(),
        SignatureState::Pending | SignatureState::Published
    ) {
        return Err(PageError::LinkInvalid);
    }
    Ok((token, signature, letter))
}

/// The entry's details as the form shows them; kind and address are the entry's own.
fn as_typed(s: &Signature) -> SignForm {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    SignForm {
        kind: s.kind().as_str().to_owned(),
        name: text(&s.name),
        title: text(&s.title),
        organisation: text(&s.organisation),
        website: text(&s.website),
        email: text(&s.email),
        public: s.public.then(|| "on".to_owned()),
        show_domain: s.show_domain.then(|| "on".to_owned()),
        orcid: text(&s.orcid),
        ..SignForm::default()
    }
}

#[get("/correct/{token}")]
pub(super) async fn correct_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<CorrectPage, PageError> {
    let token = token.into_inner();
    let (_, signature, letter) = state.read(move |conn| find(conn, &token)).await?;
    let form = FormState {
        values: as_typed(&signature),
        errors: FieldErrors::new(),
    };
    Ok(CorrectPage::new(letter, &signature, form))
}

/// The page to answer: the correction done (with the entry's id), or the form with its errors.
enum Outcome {
    Corrected(Box<CorrectedPage>, i64),
    Invalid(Box<CorrectPage>),
}

#[post("/correct/{token}")]
pub(super) async fn correct(
    state: web::Data<AppState>,
    token: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let checked = token.clone();
    state
        .read(move |conn| find(conn, &checked).map(drop))
        .await?;
    let typed: SignForm = read_form(&req, payload, FORM_LIMIT).await?;
    let outcome = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let (token, before, letter) = find(conn, &token)?;
                let form = SignForm {
                    kind: before.kind().as_str().to_owned(),
                    email: before.email.clone().unwrap_or_default(),
                    ..typed.clone()
                };
                let submission = match Submission::try_from(&form) {
                    Ok(submission) => submission,
                    Err(errors) => {
                        let form = FormState {
                            values: form,
                            errors,
                        };
                        let page = CorrectPage::new(letter, &before, form);
                        return Ok(Outcome::Invalid(Box::new(page)));
                    }
                };
                let now = Utc::now().naive_utc();
                if !Token::consume(conn, token.id, now).doing("using the link")? {
                    return Err(PageError::LinkInvalid);
                }
                let publish = before.state() == SignatureState::Published
                    && before.kind() == SignatureKind::Individual
                    && letter.moderation() == Moderation::Post;
                let edit = SignatureEdit::from(submission.signer.listing());
                if !Signature::correct(conn, &before, &edit, publish).doing("correcting")? {
                    return Err(PageError::LinkInvalid);
                }
                let (orcid, show_domain) = submission.choices();
                Signature::set_choices(conn, &before, orcid.map(AsRef::as_ref), show_domain)
                    .doing("correcting")?;
                // What the address shows may have changed with the website or the consent.
                let after = Signature::find(conn, before.id).doing("reading the entry")?;
                let found = evidence_of(&after, &letter);
                let domain = found.as_ref().map(|e| e.domain.as_str());
                let institution = found.as_ref().map(|e| e.institution.as_str());
                Signature::set_evidence(conn, before.id, domain, institution)
                    .doing("recording the evidence")?;
                record_change(conn, &Actor::signer(), "correct", &before, now)
                    .doing("writing the audit log")?;
                let page = CorrectedPage {
                    tr: crate::i18n::Locale::current(),
                    letter,
                    published: publish,
                };
                Ok(Outcome::Corrected(Box::new(page), before.id))
            })
        })
        .await?;
    match outcome {
        Outcome::Corrected(page, id) => {
            find_duplicates(&state, id).await;
            Ok(html_page(StatusCode::OK, page.as_ref())?)
        }
        Outcome::Invalid(page) => Ok(html_page(StatusCode::UNPROCESSABLE_ENTITY, page.as_ref())?),
    }
}
