//! Which language a request is answered in (the switch that sets the cookie is in `site`).

use std::future::{Ready, ready};

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::Lang;

/// What a path keeps unescaped in the switch's `next`: the unreserved characters and `/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The cookie the language switch sets.
pub const LANG_COOKIE: &str = "lang";

tokio::task_local! {
    static CURRENT: Locale;
}

/// Middleware: answers each request with its language as `current()` (for what renders
/// without the request at hand: error pages), and marks what a language changes as varying
/// with it, for caches.
pub async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let locale = Locale::of(req.request());
    // Read once: handlers take it from here (`FromRequest`).
    req.extensions_mut().insert(locale.clone());
    let mut res = CURRENT.scope(locale, next.call(req)).await?;
    let varies = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/html") || t.starts_with("image/") || t == "application/pdf"
        });
    if varies {
        res.headers_mut().append(
            header::VARY,
            header::HeaderValue::from_static("Accept-Language, Cookie"),
        );
    }
    Ok(res)
}

/// The language of the request being answered; English outside one.
pub fn current() -> Lang {
    CURRENT.try_with(|l| l.lang).unwrap_or_default()
}

/// A request's language, and the address it asked for (where the switch comes back to).
#[derive(Clone, Debug)]
pub struct Locale {
    pub lang: Lang,
    here: String,
}

impl Locale {
    /// `?lang=`, then the cookie, then `Accept-Language`, then English.
    pub fn of(req: &HttpRequest) -> Locale {
        let asked = asked_in_query(req.query_string()).and_then(|t| Lang::parse(&t));
        let remembered = req
            .cookie(LANG_COOKIE)
            .and_then(|c| Lang::from_tag(c.value()));
        let accepted = || {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(negotiate)
        };
        Locale {
            lang: asked.or(remembered).or_else(accepted).unwrap_or_default(),
            here: without_lang(req.path(), req.query_string()),
        }
    }

    /// The locale of the request being answered (English outside one).
    pub fn current() -> Locale {
        CURRENT
            .try_with(Locale::clone)
            .unwrap_or_else(|_| Locale::plain(Lang::En))
    }

    /// The address asked for, less any `lang` in its query.
    pub fn here(&self) -> &str {
        &self.here
    }

    /// A locale outside any request (mails, the command line).
    pub fn plain(lang: Lang) -> Locale {
        Locale {
            lang,
            here: "/".to_owned(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    pub fn t1(&self, id: &str, name: &str, value: impl Into<super::Arg>) -> String {
        self.lang.t1(id, name, value)
    }

    pub fn t2(
        &self,
        id: &str,
        n1: &str,
        v1: impl Into<super::Arg>,
        n2: &str,
        v2: impl Into<super::Arg>,
    ) -> String {
        self.lang.t2(id, n1, v1, n2, v2)
    }

    pub fn number(&self, n: impl Into<i64>) -> String {
        self.lang.number(n.into())
    }

    pub fn date(&self, day: &chrono::NaiveDate) -> String {
        self.lang.date(*day)
    }

    /// A `YYYY-MM-DD` date in words; anything else as it is.
    pub fn iso_date(&self, text: &str) -> String {
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|d| self.lang.date(d))
            .unwrap_or_else(|_| text.to_owned())
    }

    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The switch's links: each other language, with the address that sets it and comes back.
    pub fn others(&self) -> Vec<(Lang, String)> {
        let next = utf8_percent_encode(&self.here, PATH);
        Lang::ALL
            .into_iter()
            .filter(|l| *l != self.lang)
            .map(|l| (l, format!("/language/{}?next={next}", l.tag())))
            .collect()
    }
}

impl FromRequest for Locale {
    type Error = actix_web::Error;
    type Future = Ready<Result<Locale, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let known = req.extensions().get::<Locale>().cloned();
        ready(Ok(known.unwrap_or_else(|| Locale::of(req))))
    }
}

/// The `lang` parameter of a query string, if any.
pub fn asked_in_query(query: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v)
}

/// `path?query` less its `lang` parameter.
fn without_lang(path: &str, query: &str) -> String {
    let kept: Vec<(String, String)> = serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "lang")
        .collect();
    match serde_urlencoded::to_string(&kept) {
        Ok(q) if !q.is_empty() => format!("{path}?{q}"),
        _ => path.to_owned(),
    }
}

/// The offered language the `Accept-Language` header ranks first (RFC 9110: weights `q`,
/// equal weights in the order given, `q=0` refused).
pub fn negotiate(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(u16, Lang)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let lang = Lang::parse(pieces.next()?.trim())?;
            let weight = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .map_or(Some(1000), weight)?;
            (weight > 0).then_some((weight, lang))
        })
        .collect();
    ranked.sort_by_key(|(w, _)| std::cmp::Reverse(*w));
    ranked.first().map(|(_, l)| *l)
}

/// A `q` value in thousandths, if it is one (`0` to `1` with at most three decimals).
fn weight(q: &str) -> Option<u16> {
    let value: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}
