//! The letter's life after the signing form: the organiser's dated updates, its delivery and
//! the responses, shown as one timeline on the letter and press pages, and the updates as an
//! Atom feed; sending an update to the signers who asked for news, and stopping it.

mod history;
mod reconfirm;
pub mod sending;
pub mod target;
mod unsubscribe;

pub use unsubscribe::token as unsubscribe_token;

use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;

use crate::app::AppState;
use crate::db::models::{Event, Letter, Update};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::i18n::Locale;
use crate::web::{PageError, cached};

/// One dated entry of the timeline.
#[derive(Clone, Debug)]
pub struct Happening {
    /// `YYYY-MM-DD`.
    pub date: String,
    what: What,
    /// An update's text (rendered and sanitised Markdown).
    pub body_html: Option<String>,
    /// A response's words, as the organiser quoted them.
    pub quote: Option<String>,
    pub link: Option<String>,
    /// The fragment that names an update on the letter page.
    pub anchor: Option<String>,
}

/// What a happening is, for its heading.
#[derive(Clone, Debug)]
enum What {
    /// An update, by its title.
    Update(String),
    Delivery {
        to: String,
        how: Option<String>,
    },
    Response {
        from: String,
    },
}

impl Happening {
    /// The heading, in the reader's language; names and titles as the organiser wrote them.
    pub fn heading(&self, tr: &Locale) -> String {
        match &self.what {
            What::Update(title) => title.clone(),
            What::Delivery { to, how: None } => tr.t1("timeline-delivered", "to", to),
            What::Delivery { to, how: Some(how) } => {
                tr.t2("timeline-delivered-how", "to", to, "how", how)
            }
            What::Response { from } => tr.t1("timeline-response", "from", from),
        }
    }
}

/// The updates and the letter's events, newest first (an update before an event of its day).
pub fn timeline(letter: &Letter, updates: &[Update]) -> Vec<Happening> {
    let mut all: Vec<Happening> = updates
        .iter()
        .map(|u| Happening {
            date: u.date(),
            what: What::Update(u.title.clone()),
            body_html: Some(u.body_html.clone()),
            quote: None,
            link: None,
            anchor: Some(format!("update-{}", u.name)),
        })
        .collect();
    all.extend(letter.events().iter().map(|e| match e {
        Event::Delivery { date, to, how } => Happening {
            date: date.clone(),
            what: What::Delivery {
                to: to.clone(),
                how: how.clone(),
            },
            body_html: None,
            quote: None,
            link: None,
            anchor: None,
        },
        Event::Response {
            date,
            from,
            link,
            text,
        } => Happening {
            date: date.clone(),
            what: What::Response { from: from.clone() },
            body_html: None,
            quote: text.clone(),
            link: link.clone(),
            anchor: None,
        },
    }));
    // Stable: updates, read newest first, keep their order within a day.
    all.sort_by(|a, b| b.date.cmp(&a.date));
    all
}

#[derive(Template)]
#[template(path = "updates/feed.xml")]
struct Feed<'a> {
    base_url: &'a str,
    letter: &'a Letter,
    updates: &'a [Update],
    /// The newest update's date, or the letter's last load.
    updated: String,
}

/// `GET /letters/{slug}/updates.atom`: the updates, newest first.
#[get("/letters/{slug}/updates.atom")]
async fn feed(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (letter, updates) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let updates = Update::of_letter(conn, letter.id).doing("reading the updates")?;
            Ok::<_, Failure>((letter, updates))
        })
        .await?;
    let updated = updates.first().map_or_else(
        || letter.updated_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        |u| format!("{}T00:00:00Z", u.date()),
    );
    let body = Feed {
        base_url: &state.settings.base_url,
        letter: &letter,
        updates: &updates,
        updated,
    }
    .render()
    .doing("rendering the feed")?;
    Ok(cached(&req, "application/atom+xml; charset=utf-8", body))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(feed)
        .configure(history::routes)
        .configure(reconfirm::routes)
        .configure(unsubscribe::routes);
}
