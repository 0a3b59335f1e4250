//! Signer self-service. `/my` takes an address and mails it the letters it signed here, each
//! with links to confirm, correct, withdraw (`signing`), and one to download everything held
//! about it. The page answers alike whether or not the address signed anything.

mod correct;
mod data;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;
use serde::Deserialize;

use crate::abuse::{FormStamp, Limiter, Rate, StampVerdict};
use crate::app::AppState;
use crate::db::models::{MailKind, NewOutboxMail, OutboxMail, Signature};
use crate::db::write_transaction;
use crate::domain::EmailAddress;
use crate::failure::Doing;
use crate::signing::{FieldErrors, FormState, SignForm};
use crate::web::{PageError, html_page, read_form};

/// Requests per client address (IPv6: per /64) per instance. Each may queue a mail; the daily
/// cap per address bounds what one address receives, this bounds what one client sends.
const REQUEST_RATE: Rate = Rate {
    count: 10,
    period: std::time::Duration::from_secs(3600),
};

/// The `/my` quota, built once by `startup` and pruned with the others.
#[derive(Clone)]
pub struct Requests(Limiter);

impl Default for Requests {
    fn default() -> Self {
        Requests(Limiter::new(REQUEST_RATE))
    }
}

impl Requests {
    pub fn limiter(&self) -> Limiter {
        self.0.clone()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MyForm {
    email: String,
    /// The honeypot, as on the sign forms.
    nickname: String,
    form_ts: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "my/request.html")]
struct RequestPage {
    tr: crate::i18n::Locale,
    form: FormState,
    stamp: String,
}

impl RequestPage {
    fn new(state: &AppState, email: String, errors: FieldErrors) -> Self {
        RequestPage {
            tr: crate::i18n::Locale::current(),
            form: FormState {
                values: SignForm {
                    email,
                    ..SignForm::default()
                },
                errors,
            },
            stamp: FormStamp::issue(&state.secret, Utc::now().timestamp()),
        }
    }
}

#[get("/my")]
async fn request_page(state: web::Data<AppState>) -> RequestPage {
    RequestPage::new(&state, String::new(), FieldErrors::new())
}

/// Answers 303 to the same page whatever the address, then queues the mail if the address
/// signed something here (within the daily cap).
#[post("/my")]
async fn request(
    state: web::Data<AppState>,
    requests: web::Data<Requests>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    requests
        .0
        .spend(state.client_ip(&req))
        .map_err(PageError::TooMany)?;
    let form: MyForm = read_form(&req, payload, 4096).await?;
    let sent = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/my/sent"))
        .finish();
    let stamp = FormStamp::check(
        &state.secret,
        &form.form_ts,
        Utc::now().timestamp(),
        state.settings.form_min_seconds,
    );
    if !form.nickname.is_empty() || stamp != StampVerdict::Fine {
        tracing::info!(?stamp, "bot trap tripped on /my");
        return Ok(sent);
    }
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let errors = FieldErrors::from([("email", e.into())]);
            let page = RequestPage::new(&state, form.email, errors);
            return Ok(html_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?);
        }
    };
    // Queued after the answer, so that a known address (a write) and an unknown one (none)
    // take the same time to answer.
    let canonical = email.canonical();
    let recipient_key = state.secret.keyed_hash("mail-recipient", &canonical);
    let cap = state.settings.mail.daily_cap_per_address;
    let state = state.into_inner();
    actix_web::rt::spawn(async move {
        let queued = state
            .write_unseen(canonical.clone(), move |conn| {
                write_transaction(conn, |conn| {
                    let held = Signature::find_by_address(conn, &canonical)?;
                    let Some(newest) = held.last() else {
                        return Ok(false);
                    };
                    let now = Utc::now().naive_utc();
                    let mail =
                        NewOutboxMail::new(newest.id, MailKind::Signed, recipient_key.clone(), now);
                    OutboxMail::enqueue_capped(conn, &mail, cap)
                })
                .doing("queueing the self-service mail")
            })
            .await;
        match queued {
            Ok(true) => state.mail_wakeup.notify_one(),
            Ok(false) => {}
            Err(failure) => failure.log(),
        }
    });
    Ok(sent)
}

#[derive(Template, WebTemplate)]
#[template(path = "my/sent.html")]
struct SentPage {
    tr: crate::i18n::Locale,
}

#[get("/my/sent")]
async fn sent_page(tr: crate::i18n::Locale) -> SentPage {
    SentPage { tr }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(request_page)
        .service(request)
        .service(sent_page)
        .service(correct::correct_page)
        .service(correct::correct)
        .service(data::data_page)
        .service(data::download);
}
