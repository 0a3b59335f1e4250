//! Public reads are CDN-friendly: short `max-age`, long `stale-while-revalidate`, and an ETag
//! so that a revalidation costs a 304.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use sha2::{Digest, Sha256};

pub const PUBLIC: &str = "public, max-age=30, stale-while-revalidate=300";

/// Answers with `body`, or 304 when the client already holds this version.
pub fn cached(req: &HttpRequest, content_type: &str, body: impl Into<Vec<u8>>) -> HttpResponse {
    let body = body.into();
    let digest = hex::encode(Sha256::digest(&body));
    let etag = format!("\"{}\"", &digest[..32]);
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
