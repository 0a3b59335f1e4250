//! The privacy notice (`/privacy`): what is kept, why, for how long and whom to contact, written
//! from the configuration, followed by the operator's own text.

use std::time::Duration;

use actix_web::{get, web};
use anyhow::Context;
use askama::Template;
use askama_web::WebTemplate;

use crate::app::AppState;
use crate::config::Settings;
use crate::db::models::{Letter, MAIL_LOG_KEPT, UNCONFIRMED_GRACE};
use crate::failure::Doing;
use crate::web::PageError;

/// What the notice says that does not change while the service runs.
pub struct Notice {
    retention: Duration,
    links: Duration,
    unconfirmed: Duration,
    mail_log: Duration,
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
            retention: settings.retention,
            links: settings.token_ttl,
            unconfirmed: settings.token_ttl + UNCONFIRMED_GRACE,
            mail_log: MAIL_LOG_KEPT,
            daily_cap: settings.mail.daily_cap_per_address,
            contact: settings.privacy_contact.clone().filter(|c| !c.is_empty()),
            operator_html,
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    tr: crate::i18n::Locale,
    notice: web::Data<Notice>,
    letters: Vec<Letter>,
}

impl PrivacyPage {
    /// A duration in the page's language, in its largest whole unit ("90 days", "36 hours").
    fn duration(&self, d: &Duration) -> String {
        let (n, unit) = crate::domain::in_largest_unit(*d);
        self.tr.t2("privacy-duration", "n", n, "unit", unit)
    }
}

#[get("/privacy")]
async fn privacy(
    state: web::Data<AppState>,
    notice: web::Data<Notice>,
) -> Result<PrivacyPage, PageError> {
    let letters = state
        .read(|conn| Letter::list_public(conn).doing("listing the letters"))
        .await?;
    Ok(PrivacyPage {
        tr: crate::i18n::Locale::current(),
        notice,
        letters,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(privacy);
}
