//! Public reads are CDN-friendly: short `max-age`, long `stale-while-revalidate`, and an ETag
//! so that a revalidation costs a 304. The busiest page's data is also kept in memory a moment.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use sha2::{Digest, Sha256};

pub const PUBLIC: &str = "public, max-age=30, stale-while-revalidate=300";

/// Answers with `body`, or 304 when the client already holds this version.
pub fn cached(req: &HttpRequest, content_type: &str, body: impl Into<Vec<u8>>) -> HttpResponse {
    let body = body.into();
    let tag = etag(Sha256::new().chain_update(&body));
    respond(req, content_type, tag, body)
}

/// A page that holds `volatile`, a value made afresh for each view whose older versions the
/// server still accepts (the form's time stamp), with its ETag: taken from the page without
/// it, and from `era`, which changes before an older value would be refused. A browser that
/// revalidates keeps its copy, older value included, on a 304. Cheap to clone, so that one
/// rendering can answer every view of the same second.
#[derive(Clone)]
pub struct StampedPage {
    body: Bytes,
    etag: String,
}

impl StampedPage {
    pub fn new(body: String, volatile: &str, era: i64) -> Self {
        let mut hash = Sha256::new();
        for part in body.split(volatile) {
            hash.update(part);
            hash.update([0]);
        }
        hash.update(era.to_be_bytes());
        StampedPage {
            body: Bytes::from(body),
            etag: etag(hash),
        }
    }

    /// The page, or 304 when the client already holds this version.
    pub fn respond(&self, req: &HttpRequest, content_type: &str) -> HttpResponse {
        respond(req, content_type, self.etag.clone(), self.body.clone())
    }
}

fn etag(hash: Sha256) -> String {
    format!("\"{}\"", &hex::encode(hash.finalize())[..32])
}

fn respond<B: MessageBody + 'static>(
    req: &HttpRequest,
    content_type: &str,
    etag: String,
    body: B,
) -> HttpResponse {
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == etag)
        });
    let mut res = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    res.insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, PUBLIC));
    if matches {
        res.finish()
    } else {
        res.content_type(content_type).body(body)
    }
}

/// Values computed from the database, kept for `ttl` and dropped as soon as this instance
/// writes anything (so that a moderator or signer sees their own change at once); changes
/// made by other instances show within `ttl`. For pages that thousands read each second.
pub struct Recent<T> {
    ttl: Duration,
    entries: Mutex<HashMap<String, Kept<T>>>,
}

/// A value, when it was computed and the write count then.
type Kept<T> = (Instant, u64, Arc<T>);

impl<T> Recent<T> {
    pub fn new(ttl: Duration) -> Self {
        Recent {
            ttl,
            entries: Mutex::default(),
        }
    }

    /// The value kept for `key`, if it is younger than the ttl and than the last write
    /// (`generation` counts this instance's writes).
    pub fn get(&self, key: &str, generation: u64) -> Option<Arc<T>> {
        let entries = self.entries.lock().ok()?;
        let (at, seen, value) = entries.get(key)?;
        (*seen == generation && at.elapsed() < self.ttl).then(|| value.clone())
    }

    /// Keeps `value`, computed when the write count was `generation`. Only keys that name
    /// something that exists are kept, so the map stays as small as the set of letters.
    pub fn put(&self, key: &str, generation: u64, value: Arc<T>) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(key.to_owned(), (Instant::now(), generation, value));
        }
    }
}
