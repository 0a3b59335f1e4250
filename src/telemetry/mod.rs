//! Logs, request ids and metrics. Logs go to stderr, as text or (with
//! `UNDERSIGNED_LOG_FORMAT=json`) one JSON object per line; `RUST_LOG` filters (default
//! `info`). Nothing personal is logged at info: no address, no email, no raw path.

mod metrics;

use std::io::IsTerminal;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

pub use metrics::{HttpMetrics, routes};

use crate::app::AppState;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("UNDERSIGNED_LOG_FORMAT").is_ok_and(|f| f == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second call (tests start many apps in one process) keeps the first subscriber.
    let _ = if json {
        builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init()
    };
}

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Gives each request an id (kept from a trusted proxy, else new), runs it inside a span that
/// carries the id, answers with it in `X-Request-Id`, logs one line and counts it. The line
/// holds the method, the route pattern (never the raw path, which may hold a token), status
/// and time; no address, no query string.
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let start = Instant::now();
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let metrics = req.app_data::<web::Data<HttpMetrics>>().cloned();
    let id = state
        .as_ref()
        .and_then(|s| forwarded_id(&req, &s.settings.trusted_proxies))
        .unwrap_or_else(new_id);
    let method = req.method().clone();
    let route = req.match_pattern();
    let span = tracing::info_span!("request", request_id = %id);
    let mut res = next.call(req).instrument(span.clone()).await?;
    let elapsed = start.elapsed();
    let status = res.status().as_u16();
    span.in_scope(|| {
        tracing::info!(
            %method,
            route = route.as_deref().unwrap_or("(no route)"),
            status,
            ms = (elapsed.as_secs_f64() * 100_000.0).round() / 100.0,
            "request"
        );
    });
    if let Some(metrics) = metrics {
        metrics.record(method.as_str(), route.as_deref(), status, elapsed);
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID.clone(), value);
    }
    Ok(res)
}

/// The id a trusted proxy gave the request, if it looks like one (no room for log injection).
fn forwarded_id(req: &ServiceRequest, trusted: &[ipnet::IpNet]) -> Option<String> {
    let peer = crate::abuse::canonical(req.peer_addr()?.ip());
    if !trusted.iter().any(|net| net.contains(&peer)) {
        return None;
    }
    let id = req.headers().get(&REQUEST_ID)?.to_str().ok()?;
    let fine = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    fine.then(|| id.to_owned())
}

fn new_id() -> String {
    hex::encode(rand::random::<[u8; 8]>())
}
