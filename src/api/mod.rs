//! The JSON API under `/api/v1`.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::app::AppState;
use crate::db::DbConn;
use crate::db::models::{
    Basis, Cursor, Letter, LetterCounts, LetterStatus, LetterTranslation, ListFilter, PublicEntry,
    Signature,
};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::i18n::Lang;
use crate::signing::{FORM_LIMIT, FieldErrors, Sender, SignError, SignForm, Submission};
use crate::web::{BodyError, cached, failure_response, failure_status, read_body, retry_after};

const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 500;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("letter closed")]
    LetterClosed,
    #[error("invalid fields")]
    Validation(FieldErrors),
    #[error(transparent)]
    Body(#[from] BodyError),
    #[error("{0}")]
    BadQuery(String),
    #[error("too many requests")]
    TooMany(u64),
    #[error(transparent)]
    Failure(#[from] Failure),
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        ApiError::Failure(e.into())
    }
}

impl From<SignError> for ApiError {
    fn from(e: SignError) -> Self {
        match e {
            SignError::TooMany(seconds) => ApiError::TooMany(seconds),
            SignError::Closed => ApiError::LetterClosed,
            SignError::Invalid(fields) => ApiError::Validation(fields),
            SignError::Failure(f) => ApiError::Failure(f),
        }
    }
}

/// Every error answer of the API.
#[derive(Serialize, ToSchema)]
struct ErrorJson {
    /// `not_found`, `method_not_allowed`, `letter_closed`, `invalid`, `malformed`, `bad_body`,
    /// `bad_query`, `too_many_requests`, `unavailable` (503, with `Retry-After`) or `internal`.
    error: &'static str,
    message: String,
    /// With `invalid`: a message per field that needs fixing.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<std::collections::BTreeMap<String, String>>)]
    fields: Option<FieldErrors>,
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::LetterClosed => StatusCode::FORBIDDEN,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Body(e) => e.status_code(),
            ApiError::BadQuery(_) => StatusCode::BAD_REQUEST,
            ApiError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Failure(f) => failure_status(f),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let json = |error: &'static str, message: String, fields: Option<FieldErrors>| {
            HttpResponse::build(self.status_code()).json(ErrorJson {
                error,
                message,
                fields,
            })
        };
        match self {
            ApiError::LetterClosed => json(
                "letter_closed",
                "The letter no longer takes signatures.".to_owned(),
                None,
            ),
            ApiError::Validation(fields) => json(
                "invalid",
                "Some fields need fixing.".to_owned(),
                Some(fields.clone()),
            ),
            ApiError::Body(BodyError::Malformed(detail)) => json("malformed", detail.clone(), None),
            ApiError::Body(e) => json("bad_body", e.message(Lang::En), None),
            ApiError::BadQuery(detail) => json("bad_query", detail.clone(), None),
            ApiError::TooMany(seconds) => retry_after(
                json(
                    "too_many_requests",
                    format!("Too many signatures from your network; retry in {seconds} s."),
                    None,
                ),
                *seconds,
            ),
            ApiError::Failure(f) => failure_response(f, |_| match f {
                Failure::NotFound => json("not_found", "No such letter.".to_owned(), None),
                Failure::Unavailable(_) => json(
                    "unavailable",
                    "The service is briefly unavailable; nothing was recorded. Retry after the \
                     seconds in Retry-After."
                        .to_owned(),
                    None,
                ),
                Failure::Internal(_) => json(
                    "internal",
                    "The error was on our side and has been logged.".to_owned(),
                    None,
                ),
            }),
        }
    }
}

fn json_cached(req: &HttpRequest, value: &impl Serialize) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).doing("writing JSON")?;
    Ok(cached(req, "application/json", body))
}

/// Turns query-string errors into the API's JSON errors.
pub fn query_error(err: actix_web::error::QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    ApiError::BadQuery(err.to_string()).into()
}

/// A letter with its published counts.
#[derive(Serialize, ToSchema)]
struct LetterJson {
    slug: String,
    title: String,
    /// The BCP 47 tag of the language of `title` and of the letter's text, which is the
    /// authoritative one.
    language: String,
    /// The letter's translations; their URLs show them.
    translations: Vec<TranslationJson>,
    #[schema(value_type = String, pattern = "^(open|closed)$")]
    status: LetterStatus,
    /// `YYYY-MM-DD`.
    published: Option<String>,
    /// When the letter closed (UTC, `YYYY-MM-DDTHH:MM:SSZ`); null while it is open.
    closed: Option<String>,
    url: String,
    counts: LetterCounts,
    /// What the counts rest on (the press page says the same in words).
    basis: Basis,
}

/// A translation of a letter's text: its language and title, and the page that shows it.
#[derive(Serialize, ToSchema)]
struct TranslationJson {
    /// BCP 47, e.g. `fr`, `pt-BR`.
    language: String,
    title: String,
    url: String,
}

#[derive(Serialize, ToSchema)]
struct LettersJson {
    items: Vec<LetterJson>,
}

#[derive(Serialize, ToSchema)]
struct AcceptedJson {
    status: &'static str,
    message: &'static str,
}

impl LetterJson {
    fn read(conn: &mut DbConn, letter: Letter, base_url: &str) -> diesel::QueryResult<Self> {
        let counts = letter.counts(conn)?;
        let basis = Basis::of(conn, letter.id, &counts)?;
        let url = format!("{base_url}/letters/{}", letter.slug);
        let translations = LetterTranslation::of_letter(conn, letter.id)?
            .into_iter()
            .map(|t| TranslationJson {
                url: format!("{url}?lang={}", t.lang),
                language: t.lang,
                title: t.title,
            })
            .collect();
        Ok(LetterJson {
            url,
            status: letter.status(),
            language: letter.language,
            translations,
            closed: letter
                .closed_at
                .map(|at| at.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            slug: letter.slug,
            title: letter.title,
            published: letter.published,
            counts,
            basis,
        })
    }
}

/// The published letters.
#[utoipa::path(get, path = "/api/v1/letters", responses((status = 200, body = LettersJson)))]
async fn list_letters(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let base_url = state.settings.base_url.clone();
    let items = state
        .read(move |conn| {
            Letter::list_public(conn)
                .and_then(|letters| {
                    letters
                        .into_iter()
                        .map(|l| LetterJson::read(conn, l, &base_url))
                        .collect::<Result<Vec<_>, _>>()
                })
                .doing("listing the letters")
        })
        .await?;
    json_cached(&req, &LettersJson { items })
}

/// One letter.
#[utoipa::path(get, path = "/api/v1/letters/{slug}",
    params(("slug" = String, Path, description = "The letter's slug")),
    responses((status = 200, body = LetterJson), (status = 404, body = ErrorJson)))]
async fn show_letter(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let base_url = state.settings.base_url.clone();
    let letter = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            LetterJson::read(conn, letter, &base_url).doing("reading the letter's figures")
        })
        .await?;
    json_cached(&req, &letter)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct PageQuery {
    /// 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    cursor: Option<String>,
}

/// A page of the published list; `next_cursor` is null on the last page.
#[derive(Serialize, ToSchema)]
struct SignatoriesJson {
    items: Vec<PublicEntry>,
    next_cursor: Option<String>,
}

/// The published list in signing order; `next_cursor` is null on the last page.
/// The published list in its published order: pinned entries first, then in signing order.
#[utoipa::path(get, path = "/api/v1/letters/{slug}/signatories",
    params(("slug" = String, Path, description = "The letter's slug"), PageQuery),
    responses((status = 200, body = SignatoriesJson), (status = 400, body = ErrorJson), (status = 404, body = ErrorJson)))]
async fn signatories(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    query: web::Query<PageQuery>,
    req: HttpRequest,
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
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            Signature::list_published(conn, letter.id, &filter).doing("reading the list")
        })
        .await?;
    let body = SignatoriesJson {
        items: page.items,
        next_cursor: page.next_after.map(|c| c.to_string()),
    };
    json_cached(&req, &body)
}

/// The sign form's fields as JSON; `public` defaults to true.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SignJson {
    /// `individual` (the default) or `organisation`.
    #[schema(pattern = "^(individual|organisation)$")]
    kind: Option<String>,
    /// The person's name (for an organisation: the person signing, seen by moderators only).
    #[schema(min_length = 1, max_length = 100)]
    name: Option<String>,
    /// Professional title (for an organisation: the signer's role).
    #[schema(max_length = 150)]
    title: Option<String>,
    /// An individual's affiliation, or the organisation's name.
    #[schema(max_length = 150)]
    organisation: Option<String>,
    /// The organisation's website.
    #[schema(max_length = 200)]
    website: Option<String>,
    /// Used only to confirm; never published.
    #[schema(format = "email", max_length = 254)]
    email: Option<String>,
    /// Show the name publicly (default true); false lists the signer as "Anonymous".
    public: Option<bool>,
    /// Show the domain of the work address the signature is confirmed from (default false).
    show_domain: Option<bool>,
    /// Mail news about this letter to the signer once confirmed (default false): at most two a
    /// month, each with a one-click way to stop.
    news: Option<bool>,
    /// An individual's ORCID iD (`0000-0002-1825-0097` or its orcid.org URL), checked by its
    /// check digit.
    #[schema(max_length = 40)]
    orcid: Option<String>,
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
            show_domain: j.show_domain.unwrap_or(false).then(|| "on".to_owned()),
            news: j.news.unwrap_or(false).then(|| "on".to_owned()),
            orcid: j.orcid.unwrap_or_default(),
            ..SignForm::default()
        }
    }
}

/// 202 once recorded: the signature counts when the signer confirms by mail.
/// Signs. The signature counts once the signer confirms by mail.
#[utoipa::path(post, path = "/api/v1/letters/{slug}/signatures",
    params(("slug" = String, Path, description = "The letter's slug")),
    request_body = SignJson,
    responses(
        (status = 202, body = AcceptedJson),
        (status = 400, body = ErrorJson), (status = 403, body = ErrorJson), (status = 404, body = ErrorJson),
        (status = 413, body = ErrorJson), (status = 415, body = ErrorJson), (status = 422, body = ErrorJson),
        (status = 429, body = ErrorJson)))]
async fn sign(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let sender = Sender::admit(&state, &req).map_err(ApiError::TooMany)?;
    let body = read_body(&req, payload, "application/json", FORM_LIMIT).await?;
    let json: SignJson =
        serde_json::from_slice(&body).map_err(|e| BodyError::Malformed(e.to_string()))?;
    let submission = Submission::try_from(&SignForm::from(json));
    crate::signing::sign(&state, slug.into_inner(), submission, sender, false).await?;
    Ok(HttpResponse::Accepted().json(AcceptedJson {
        status: "accepted",
        message: "Check your email: the signature counts once it is confirmed.",
    }))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Undersigned",
        description = "Open letters: read letters and their published signatories, and sign."
    ),
    paths(list_letters, show_letter, signatories, sign)
)]
struct ApiDoc;

/// The OpenAPI document of `/api/v1`, generated from the handlers above.
#[get("/api/openapi.json")]
async fn openapi_document() -> Result<HttpResponse, ApiError> {
    let json = ApiDoc::openapi()
        .to_json()
        .doing("writing the OpenAPI document")?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(json))
}

/// 405 with the methods the path takes.
fn method_not_allowed(
    allow: &'static str,
) -> impl Fn() -> std::future::Ready<HttpResponse> + Clone {
    move || {
        let body = ErrorJson {
            error: "method_not_allowed",
            message: format!("Use {allow}."),
            fields: None,
        };
        std::future::ready(
            HttpResponse::MethodNotAllowed()
                .insert_header((header::ALLOW, allow))
                .json(body),
        )
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    let resource = |path: &'static str, allow: &'static str| {
        web::resource(path).default_service(web::to(method_not_allowed(allow)))
    };
    cfg.service(openapi_document).service(
        web::scope("/api/v1")
            .app_data(web::QueryConfig::default().error_handler(query_error))
            .app_data(
                web::PathConfig::default()
                    .error_handler(|_, _| ApiError::Failure(Failure::NotFound).into()),
            )
            .service(resource("/letters", "GET").route(web::get().to(list_letters)))
            .service(resource("/letters/{slug}", "GET").route(web::get().to(show_letter)))
            .service(
                resource("/letters/{slug}/signatories", "GET").route(web::get().to(signatories)),
            )
            .service(resource("/letters/{slug}/signatures", "POST").route(web::post().to(sign)))
            .default_service(web::to(|| async {
                ApiError::Failure(Failure::NotFound).error_response()
            })),
    );
}
