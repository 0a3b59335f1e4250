//! The JSON API under `/api/v1`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, post, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::abuse;
use crate::db::models::{Cursor, Letter, LetterCounts, LetterStatus, ListFilter, Signature};
use crate::domain::Slug;
use crate::signing::{
    FORM_LIMIT, FieldErrors, PublicEntry, SignForm, Submission, record_signature,
};
use crate::web::{AppState, BodyError, read_body};

const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 500;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("letter closed")]
    LetterClosed,
    #[error("invalid fields")]
    Validation(FieldErrors),
    #[error(transparent)]
    Body(#[from] BodyError),
    #[error("{0}")]
    BadQuery(String),
    #[error("unexpected")]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for ApiError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => ApiError::NotFound,
            other => ApiError::Unexpected(other.into()),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::LetterClosed => StatusCode::FORBIDDEN,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Body(e) => e.status_code(),
            ApiError::BadQuery(_) => StatusCode::BAD_REQUEST,
            ApiError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let body = match self {
            ApiError::NotFound => json!({ "error": "not_found", "message": "No such letter." }),
            ApiError::LetterClosed => {
                json!({ "error": "letter_closed", "message": "The letter no longer takes signatures." })
            }
            ApiError::Validation(fields) => json!({
                "error": "invalid",
                "message": "Some fields need fixing.",
                "fields": fields,
            }),
            ApiError::Body(BodyError::Malformed(detail)) => {
                json!({ "error": "malformed", "message": detail })
            }
            ApiError::Body(e) => json!({ "error": "bad_body", "message": e.message() }),
            ApiError::BadQuery(detail) => json!({ "error": "bad_query", "message": detail }),
            ApiError::Unexpected(cause) => {
                tracing::error!(error = ?cause, "API request failed");
                json!({ "error": "internal", "message": "The error was on our side and has been logged." })
            }
        };
        HttpResponse::build(self.status_code()).json(body)
    }
}

/// Turns query-string errors into the API's JSON errors.
pub fn query_error(err: actix_web::error::QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    ApiError::BadQuery(err.to_string()).into()
}

#[derive(Serialize)]
struct LetterJson {
    slug: String,
    title: String,
    status: LetterStatus,
    published: Option<String>,
    url: String,
    counts: LetterCounts,
}

impl LetterJson {
    fn new(letter: Letter, counts: LetterCounts, base_url: &str) -> Self {
        LetterJson {
            url: format!("{base_url}/letters/{}", letter.slug),
            status: letter.status(),
            slug: letter.slug,
            title: letter.title,
            published: letter.published,
            counts,
        }
    }
}

#[get("/letters")]
async fn list_letters(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let app = state.clone();
    let items = state
        .read(move |conn| {
            Letter::list_public(conn)?
                .into_iter()
                .map(|l| l.counts(conn).map(|c| LetterJson::new(l, c, &app.base_url)))
                .collect::<Result<Vec<_>, _>>()
                .map_err(ApiError::from)
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({ "items": items })))
}

#[get("/letters/{slug}")]
async fn show_letter(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, ApiError> {
    let app = state.clone();
    let letter = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug)?.ok_or(ApiError::NotFound)?;
            let counts = letter.counts(conn)?;
            Ok::<_, ApiError>(LetterJson::new(letter, counts, &app.base_url))
        })
        .await?;
    Ok(HttpResponse::Ok().json(letter))
}

#[derive(Deserialize)]
struct PageQuery {
    limit: Option<i64>,
    cursor: Option<String>,
}

#[derive(Serialize)]
struct SignatoriesJson {
    items: Vec<PublicEntry>,
    next_cursor: Option<String>,
}

/// The published list in signing order; `next_cursor` is null on the last page.
#[get("/letters/{slug}/signatories")]
async fn signatories(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::BadQuery(format!(
            "limit must be from 1 to {MAX_LIMIT}"
        )));
    }
    let after = match query.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => {
            Some(Cursor::parse(c).ok_or_else(|| ApiError::BadQuery("cursor is not valid".into()))?)
        }
    };
    let filter = ListFilter {
        after,
        limit,
        ..ListFilter::default()
    };
    let page = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug)?.ok_or(ApiError::NotFound)?;
            Ok::<_, ApiError>(Signature::list_published(conn, letter.id, &filter)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(SignatoriesJson {
        items: page.items.iter().map(PublicEntry::from).collect(),
        next_cursor: page.next_after.map(|c| c.to_string()),
    }))
}

/// The sign form's fields as JSON; `public` defaults to true.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignJson {
    kind: Option<String>,
    name: Option<String>,
    title: Option<String>,
    organisation: Option<String>,
    website: Option<String>,
    email: Option<String>,
    public: Option<bool>,
}

impl From<SignJson> for SignForm {
    fn from(j: SignJson) -> Self {
        SignForm {
            kind: j.kind.unwrap_or_default(),
            name: j.name.unwrap_or_default(),
            title: j.title.unwrap_or_default(),
            organisation: j.organisation.unwrap_or_default(),
            website: j.website.unwrap_or_default(),
            email: j.email.unwrap_or_default(),
            public: j.public.unwrap_or(true).then(|| "on".to_owned()),
        }
    }
}

/// 202 once recorded: the signature counts when the signer confirms by mail.
#[post("/letters/{slug}/signatures")]
async fn sign(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, "application/json", FORM_LIMIT).await?;
    let json: SignJson =
        serde_json::from_slice(&body).map_err(|e| BodyError::Malformed(e.to_string()))?;
    let submission = Submission::try_from(&SignForm::from(json)).map_err(ApiError::Validation)?;
    let app = state.clone();
    let network = req
        .peer_addr()
        .map(|a| abuse::network_key(&state.secret, a.ip()));
    state
        .write(move |conn| {
            let letter = Letter::find_public(conn, &slug)?.ok_or(ApiError::NotFound)?;
            if letter.status() != LetterStatus::Open {
                return Err(ApiError::LetterClosed);
            }
            let now = Utc::now().naive_utc();
            record_signature(
                conn,
                &letter,
                &submission,
                &app.secret,
                app.daily_mail_cap,
                network,
                now,
            )?;
            Ok(())
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Accepted().json(json!({
        "status": "accepted",
        "message": "Check your email: the signature counts once it is confirmed.",
    })))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .app_data(web::QueryConfig::default().error_handler(query_error))
            .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::NotFound.into()))
            .service(list_letters)
            .service(show_letter)
            .service(signatories)
            .service(sign),
    );
}
