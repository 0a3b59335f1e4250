//! `/metrics` in Prometheus' text format. Request counts and latencies are this instance's,
//! kept in memory; signatures and mails by state are read from the database when scraped, so
//! every instance reports the same totals; pool usage and memory are this process's.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

use actix_web::{HttpRequest, HttpResponse, get, web};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::app::AppState;
use crate::db::schema::{letters, outbox, signatures};
use crate::failure::{Doing, Failure};
use crate::moderation::Logins;
use crate::web::PageError;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// Methods other than these are counted as `OTHER`, so that a client cannot mint labels.
const METHODS: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

#[derive(Default)]
pub struct HttpMetrics {
    routes: Mutex<HashMap<(&'static str, String), RouteStats>>,
}

#[derive(Default)]
struct RouteStats {
    by_status: BTreeMap<u16, u64>,
    buckets: [u64; BUCKETS.len()],
    count: u64,
    seconds: f64,
}

impl HttpMetrics {
    /// Counts one answered request. `route` is the matched pattern (None: no route matched).
    pub fn record(&self, method: &str, route: Option<&str>, status: u16, elapsed: Duration) {
        let method = METHODS
            .iter()
            .find(|m| **m == method)
            .copied()
            .unwrap_or("OTHER");
        let route = route.unwrap_or("(no route)").to_owned();
        let seconds = elapsed.as_secs_f64();
        let Ok(mut routes) = self.routes.lock() else {
            return;
        };
        let stats = routes.entry((method, route)).or_default();
        *stats.by_status.entry(status).or_default() += 1;
        if let Some(i) = BUCKETS.iter().position(|le| seconds <= *le) {
            stats.buckets[i] += 1;
        }
        stats.count += 1;
        stats.seconds += seconds;
    }

    fn render(&self, out: &mut String) {
        let Ok(routes) = self.routes.lock() else {
            return;
        };
        let mut keys: Vec<_> = routes.keys().collect();
        keys.sort();
        help(
            out,
            "undersigned_http_requests_total",
            "counter",
            "HTTP requests answered, by method, route pattern and status.",
        );
        for key in &keys {
            for (status, n) in &routes[*key].by_status {
                let (method, route) = (key.0, label(&key.1));
                let _ = writeln!(
                    out,
                    "undersigned_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        help(
            out,
            "undersigned_rate_limited_total",
            "counter",
            "Requests refused with 429 (signing quota, login backoff), by route.",
        );
        for key in &keys {
            if let Some(n) = routes[*key].by_status.get(&429) {
                let route = label(&key.1);
                let _ = writeln!(
                    out,
                    "undersigned_rate_limited_total{{route=\"{route}\"}} {n}"
                );
            }
        }
        help(
            out,
            "undersigned_http_request_duration_seconds",
            "histogram",
            "Time from the request's arrival to its answer, by method and route pattern.",
        );
        for key in &keys {
            let stats = &routes[*key];
            let labels = format!("method=\"{}\",route=\"{}\"", key.0, label(&key.1));
            let mut cumulative = 0;
            for (le, n) in BUCKETS.iter().zip(stats.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "undersigned_http_request_duration_seconds_bucket{{{labels},le=\"{le}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "undersigned_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}\n\
                 undersigned_http_request_duration_seconds_sum{{{labels}}} {}\n\
                 undersigned_http_request_duration_seconds_count{{{labels}}} {}",
                stats.count, stats.seconds, stats.count
            );
        }
    }
}

fn help(out: &mut String, name: &str, kind: &str, text: &str) {
    let _ = writeln!(out, "# HELP {name} {text}\n# TYPE {name} {kind}");
}

/// A label value as the text format wants it.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// What the database holds: (letter, state, n) for signatures and (state, n) for mails.
struct Totals {
    signatures: Vec<(String, String, i64)>,
    mails: Vec<(String, i64)>,
}

fn totals(conn: &mut crate::db::DbConn) -> QueryResult<Totals> {
    let slugs: HashMap<i64, String> = letters::table
        .select((letters::id, letters::slug))
        .load(conn)?
        .into_iter()
        .collect();
    let signatures = signatures::table
        .group_by((signatures::letter_id, signatures::state))
        .select((signatures::letter_id, signatures::state, count_star()))
        .order_by((signatures::letter_id, signatures::state))
        .load::<(i64, String, i64)>(conn)?
        .into_iter()
        .map(|(letter, state, n)| (slugs.get(&letter).cloned().unwrap_or_default(), state, n))
        .collect();
    let mails = outbox::table
        .group_by(outbox::state)
        .select((outbox::state, count_star()))
        .order_by(outbox::state)
        .load(conn)?;
    Ok(Totals { signatures, mails })
}

/// Served to the addresses in `metrics_allow` (after the trusted-proxy rule); anyone else is
/// told there is nothing here.
#[get("/metrics")]
async fn metrics(
    state: web::Data<AppState>,
    http: web::Data<HttpMetrics>,
    logins: web::Data<Logins>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let allow = &state.settings.metrics_allow;
    let allowed = state
        .client_ip(&req)
        .is_some_and(|ip| allow.iter().any(|net| net.contains(&ip)));
    if !allowed {
        return Err(Failure::NotFound.into());
    }
    // Without the database the request figures still matter most: they are served alone.
    let totals = state
        .read(|conn| totals(conn).doing("counting for metrics"))
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "metrics: database totals unavailable");
            Totals {
                signatures: Vec::new(),
                mails: Vec::new(),
            }
        });
    let mut out = String::new();
    http.render(&mut out);
    help(
        &mut out,
        "undersigned_signatures",
        "gauge",
        "Signatures in the database, by letter and state.",
    );
    for (letter, signature_state, n) in &totals.signatures {
        let _ = writeln!(
            out,
            "undersigned_signatures{{letter=\"{}\",state=\"{}\"}} {n}",
            label(letter),
            label(signature_state)
        );
    }
    help(
        &mut out,
        "undersigned_mails",
        "gauge",
        "Mails in the outbox, by state: pending (queued), sent, failed (refused for good), dropped.",
    );
    for (mail_state, n) in &totals.mails {
        let _ = writeln!(
            out,
            "undersigned_mails{{state=\"{}\"}} {n}",
            label(mail_state)
        );
    }
    // Each family whole before the next, as the text format requires.
    let writes = state.db.write_stats();
    help(
        &mut out,
        "undersigned_db_write_batches_total",
        "counter",
        "Transactions the group-commit writer committed (writes per batch: writes / batches).",
    );
    let _ = writeln!(out, "undersigned_db_write_batches_total {}", writes.batches);
    help(
        &mut out,
        "undersigned_db_writes_total",
        "counter",
        "Writes committed by the group-commit writer, each in its own savepoint.",
    );
    let _ = writeln!(out, "undersigned_db_writes_total {}", writes.writes);
    help(
        &mut out,
        "undersigned_login_verifications_total",
        "counter",
        "Passwords checked (argon2 run) by logins that passed the backoff.",
    );
    let _ = writeln!(
        out,
        "undersigned_login_verifications_total {}",
        logins.verifications()
    );
    help(
        &mut out,
        "undersigned_db_connections",
        "gauge",
        "Database connections held by this instance's pools, by pool and state.",
    );
    let pools = state.db.pools();
    for (name, pool) in &pools {
        let pool_state = pool.state();
        let idle = pool_state.idle_connections;
        let in_use = pool_state.connections - idle;
        let _ = writeln!(
            out,
            "undersigned_db_connections{{pool=\"{name}\",state=\"idle\"}} {idle}\n\
             undersigned_db_connections{{pool=\"{name}\",state=\"in_use\"}} {in_use}"
        );
    }
    help(
        &mut out,
        "undersigned_db_pool_max",
        "gauge",
        "Largest size of each of this instance's database pools.",
    );
    for (name, pool) in &pools {
        let _ = writeln!(
            out,
            "undersigned_db_pool_max{{pool=\"{name}\"}} {}",
            pool.max_size()
        );
    }
    if let Some(bytes) = resident_bytes() {
        help(
            &mut out,
            "process_resident_memory_bytes",
            "gauge",
            "Resident memory of this process.",
        );
        let _ = writeln!(out, "process_resident_memory_bytes {bytes}");
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .body(out))
}

/// Resident set size from `/proc/self/statm` (Linux; elsewhere nothing).
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(metrics);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative_and_labels_bounded() {
        let m = HttpMetrics::default();
        m.record("GET", Some("/a"), 200, Duration::from_micros(500));
        m.record("GET", Some("/a"), 200, Duration::from_millis(30));
        m.record("GET", Some("/a"), 429, Duration::from_secs(60));
        m.record("BREW", None, 404, Duration::from_millis(2));
        let mut out = String::new();
        m.render(&mut out);
        assert!(out.contains(
            "undersigned_http_request_duration_seconds_bucket{method=\"GET\",route=\"/a\",le=\"0.001\"} 1\n"
        ));
        assert!(out.contains(
            "undersigned_http_request_duration_seconds_bucket{method=\"GET\",route=\"/a\",le=\"0.05\"} 2\n"
        ));
        assert!(out.contains(
            "undersigned_http_request_duration_seconds_bucket{method=\"GET\",route=\"/a\",le=\"+Inf\"} 3\n"
        ));
        assert!(out.contains("undersigned_rate_limited_total{route=\"/a\"} 1\n"));
        assert!(out.contains(
            "undersigned_http_requests_total{method=\"OTHER\",route=\"(no route)\",status=\"404\"} 1\n"
        ));
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
