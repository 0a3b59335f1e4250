//! The privacy notice (`/privacy`): what is kept, why, for how long and whom to contact, written
//! from the configuration, followed by the operator's own text.

use actix_web::{get, web};
use anyhow::Context;
use askama::Template;
use askama_web::WebTemplate;

use crate::app::AppState;
use crate::config::Settings;
use crate::db::models::{Letter, MAIL_LOG_KEPT, UNCONFIRMED_GRACE};
use crate::domain::describe_duration;
use crate::failure::Doing;
use crate::web::PageError;

/// What the notice says that does not change while the service runs.
pub struct Notice {
    retention: String,
    links: String,
    unconfirmed: String,
    mail_log: String,
    daily_cap: i64,
    contact: Option<String>,
    /// The operator's Markdown (`UNDERSIGNED_PRIVACY_NOTICE`), rendered.
    operator_html: Option<String>,
}

impl Notice {
    /// Reads the operator's text: a missing or unreadable file stops the start, named.
    pub fn load(settings: &Settings) -> anyhow::Result<Notice> {
        let operator_html = match &settings.privacy_notice {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading the privacy notice {}", path.display()))?;
                Some(crate::letters::render_markdown(&text))
            }
            None => None,
        };
        Ok(Notice {
            retention: describe_duration(settings.retention),
            links: describe_duration(settings.token_ttl),
            unconfirmed: describe_duration(settings.token_ttl + UNCONFIRMED_GRACE),
            mail_log: describe_duration(MAIL_LOG_KEPT),
            daily_cap: settings.mail.daily_cap_per_address,
            contact: settings.privacy_contact.clone().filter(|c| !c.is_empty()),
            operator_html,
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    notice: web::Data<Notice>,
    letters: Vec<Letter>,
}

#[get("/privacy")]
async fn privacy(
    state: web::Data<AppState>,
    notice: web::Data<Notice>,
) -> Result<PrivacyPage, PageError> {
    let letters = state
        .read(|conn| Letter::list_public(conn).doing("listing the letters"))
        .await?;
    Ok(PrivacyPage { notice, letters })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(privacy);
}
