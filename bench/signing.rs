//! Signing load test. For each backend it measures, in one run:
//! - the ceiling: single-row INSERTs into `signatures` (autocommit) from 32 threads, each on its
//!   own connection, straight through diesel;
//! - the HTTP floor: 32 concurrent clients asking `GET /healthz` (one `SELECT 1`), which
//!   shows what the round trip alone costs when client and server share the machine;
//! - signing: 32 concurrent HTTP clients posting the sign form to a running server (which
//!   writes the signature and its outbox row in one transaction; the mail worker runs too,
//!   writing `.eml` files);
//! - on PostgreSQL, the shared signing quota alone: the one statement each signature spends
//!   on it, from 32 threads, so that its cost per signature shows against the ceiling.
//!
//! Run: `cargo bench --bench signing` (SQLite), with `BENCH_POSTGRES_URL=postgres://...` for
//! PostgreSQL too. `BENCH_SECONDS` sets each phase's length (default 10).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use undersigned::db::models::{
    Letter, Listing, NewSignature, SignQuotaRow, Signature, SignatureKind, SignatureState,
};
use undersigned::db::{self, DbConn};
use undersigned::domain::{EmailAddress, Slug};
use undersigned::startup::Application;

mod backends;
mod load;

use load::{CLIENTS, load};

struct Figures {
    backend: &'static str,
    ceiling: f64,
    /// Shared quota statements/s (PostgreSQL; SQLite keeps the quota in memory).
    quota: Option<f64>,
    http: f64,
    rate: f64,
    p50: Duration,
    p99: Duration,
    errors: u64,
}

fn main() -> anyhow::Result<()> {
    let phase = load::phase();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let dir = tempfile::tempdir()?;
    let rows = backends::each("signing", dir.path(), |backend, url, dir| {
        runtime.block_on(run(backend, url, dir, phase))
    })?;
    println!(
        "\n| backend | raw inserts/s (ceiling) | shared quota spends/s | GET /healthz/s | signatures/s | ratio to ceiling | p50 | p99 | errors |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for f in rows {
        let quota = f.quota.map_or("in memory".to_owned(), |q| {
            format!("{q:.0} ({:.0}% of the ceiling)", 100.0 * q / f.ceiling)
        });
        println!(
            "| {} | {:.0} | {} | {:.0} | {:.0} | {:.0}% | {:.1} ms | {:.1} ms | {} |",
            f.backend,
            f.ceiling,
            quota,
            f.http,
            f.rate,
            100.0 * f.rate / f.ceiling,
            f.p50.as_secs_f64() * 1000.0,
            f.p99.as_secs_f64() * 1000.0,
            f.errors
        );
    }
    Ok(())
}

async fn run(
    backend: &'static str,
    url: &str,
    dir: &std::path::Path,
    phase: Duration,
) -> anyhow::Result<Figures> {
    let mut settings = load::settings(url, dir, "post")?;
    // 32 clients on one address: the per-client quota is not what this measures.
    settings.sign_rate = undersigned::abuse::Rate {
        count: 1_000_000,
        period: Duration::from_secs(60),
    };
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());

    let ceiling = {
        let url = url.to_owned();
        tokio::task::spawn_blocking(move || raw_inserts(&url, phase)).await??
    };
    let quota = if url.starts_with("postgres") {
        let url = url.to_owned();
        Some(tokio::task::spawn_blocking(move || quota_spends(&url, phase)).await??)
    } else {
        None
    };
    let health = format!("{base}/healthz");
    let (http, _, _) = load(phase, move |client, _, _| client.get(&health)).await?;
    // As browsers do: the form's signed timestamp from the page, sent a moment later.
    let page = reqwest::get(format!("{base}/letters/bench"))
        .await?
        .text()
        .await?;
    let start = page
        .find("name=\"form_ts\" value=\"")
        .context("form_ts on the page")?
        + 22;
    let stamp = page[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let sign = format!("{base}/letters/bench/sign");
    let (rate, mut latencies, errors) = load(phase, move |client, c, i| {
        client.post(&sign).form(&[
            ("form_ts", stamp.clone()),
            ("kind", "individual".to_owned()),
            ("name", format!("Bench Signer {c} {i}")),
            ("title", "Consultant Psychiatrist".to_owned()),
            ("email", format!("signer{c}-{i}@example.org")),
            ("public", "on".to_owned()),
        ])
    })
    .await?;
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let figures = Figures {
        backend,
        ceiling,
        quota,
        http,
        rate,
        p50: at(0.50),
        p99: at(0.99),
        errors,
    };
    println!(
        "{backend}: ceiling {:.0}/s, signing {:.0}/s over {} requests",
        figures.ceiling,
        figures.rate,
        latencies.len()
    );
    Ok(figures)
}

/// Single-row autocommit inserts of a signature row from CLIENTS threads for `phase`.
fn raw_inserts(url: &str, phase: Duration) -> anyhow::Result<f64> {
    let pool = db::connect(url, CLIENTS as u32)?;
    let slug = Slug::parse("bench").context("slug")?;
    let letter = Letter::find_public(&mut *pool.get()?, &slug).context("bench letter")?;
    hammer(&pool, phase, move |conn, t, i| {
        insert_one(conn, letter.id, &format!("raw{t}-{i}@example.org")).map(drop)
    })
}

/// The shared quota's statement from CLIENTS threads for `phase`, each thread a client of its
/// own with room to spare, as signers from many networks are.
fn quota_spends(url: &str, phase: Duration) -> anyhow::Result<f64> {
    let pool = db::connect(url, CLIENTS as u32)?;
    let (interval, burst) = (1, i64::MAX / 4);
    hammer(&pool, phase, move |conn, t, _| {
        let now = chrono::Utc::now().timestamp_micros();
        let spent = SignQuotaRow::spend(conn, &format!("client-{t}"), now, interval, burst)?;
        spent.map_err(|wait| anyhow::anyhow!("quota refused after {wait} µs"))
    })
}

/// Runs `op` from CLIENTS threads, each on its own connection, for `phase`: the rate.
fn hammer<F>(pool: &db::Pool, phase: Duration, op: F) -> anyhow::Result<f64>
where
    F: Fn(&mut DbConn, usize, u64) -> anyhow::Result<()> + Send + Sync + 'static,
{
    let op = Arc::new(op);
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|t| {
            let (pool, done, stop, op) = (pool.clone(), done.clone(), stop.clone(), op.clone());
            std::thread::spawn(move || -> anyhow::Result<()> {
                let mut conn = pool.get()?;
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    op(&mut conn, t, i)?;
                    done.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
                Ok(())
            })
        })
        .collect();
    std::thread::sleep(phase);
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join()
            .map_err(|_| anyhow::anyhow!("bench thread panicked"))??;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64())
}

fn insert_one(conn: &mut DbConn, letter_id: i64, email: &str) -> anyhow::Result<i64> {
    let now = chrono::Utc::now().naive_utc();
    let email = EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let listing = Listing {
        kind: SignatureKind::Individual,
        public: true,
        name: Some("Raw Insert".into()),
        title: Some("Benchmark".into()),
        organisation: None,
        website: None,
    };
    let row = NewSignature::new(
        letter_id,
        listing,
        Some(&email),
        SignatureState::Unverified,
        now,
    );
    Ok(Signature::insert(conn, &row)?)
}
