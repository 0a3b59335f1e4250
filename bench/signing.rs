//! Signing load test, signing as browsers do. For each backend it measures, in one run:
//! - the ceiling: single-row INSERTs into `signatures` (autocommit) from 32 threads, each on its
//!   own connection, straight through diesel, with the service's connection settings (on
//!   SQLite `synchronous = FULL`);
//! - the HTTP floor: 32 concurrent clients asking `GET /healthz` (one `SELECT 1`), which
//!   shows what the round trip alone costs when client and server share the machine;
//! - signing: 32 browsers, each loading the letter page and posting the individual form with
//!   the hidden fields of a page it loaded at least the form's minimum time before, to the real
//!   binary (release build, default settings) in its own process, while its mail worker sends
//!   every mail over SMTP to a server on loopback;
//! - on PostgreSQL, the shared signing quota alone (the statement that spends it, which a batch
//!   of signatures runs once for the signers behind one address, from 32 threads: 32 clients,
//!   then one client, as the browsers here and the signers behind one hospital's address are),
//!   and the same signing against two instances of the binary on the one database, each browser
//!   keeping to one instance as behind a balancer;
//! - for each signing phase, the CPU time of the servers, PostgreSQL and the bench, and the
//!   group commit's writes per transaction (from the servers' `/metrics`).
//!
//! Run: `cargo bench --bench signing` (SQLite), with `BENCH_POSTGRES_URL=postgres://...` for
//! PostgreSQL too. `BENCH_SECONDS` sets each phase's length (default 10).

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use undersigned::db::models::{
    Letter, Listing, NewSignature, SignQuotaRow, Signature, SignatureKind, SignatureState,
};
use undersigned::db::{self, DbConn};
use undersigned::domain::{EmailAddress, Slug};

mod backends;
mod load;
mod server;
mod smtp;
mod text;

use load::{CLIENTS, load};
use server::Server;
use smtp::Sink;

/// A browser posts the form this long after loading its page at the soonest (the stamp's
/// default minimum age is 2 s).
const FILLING: Duration = Duration::from_millis(2100);
/// How long the first phase's mail may take to go out before the second phase.
const MAIL_PATIENCE: Duration = Duration::from_secs(180);

struct Figures {
    backend: &'static str,
    ceiling: f64,
    /// Shared quota statements/s (PostgreSQL; SQLite keeps the quota in memory): from 32
    /// clients, and from one.
    quota: Option<(f64, f64)>,
    http: f64,
    one: Signing,
    /// Two instances on the one database (PostgreSQL).
    two: Option<Signing>,
}

/// What one signing phase measured.
struct Signing {
    /// Forms answered 303, per second.
    rate: f64,
    p50: Duration,
    p99: Duration,
    /// The letter page's p99, loaded before each signature.
    page_p99: Duration,
    /// Answers other than 303 to the form and 200 to the page.
    errors: u64,
    /// Mails the SMTP server accepted during the phase, per second.
    mails: f64,
    /// Share of the machine's CPU time busy during the phase.
    busy: f64,
    /// CPU milliseconds per signature: the servers, PostgreSQL's processes, this process (the
    /// browsers and the SMTP server), and the machine in all.
    cost: Cost,
    /// The (first) server's peak resident memory so far, in MB.
    peak: f64,
    /// Writes per transaction of the group commit, all servers together.
    per_batch: f64,
    /// Mails the SMTP server will have accepted once every signature's has gone.
    mails_due: u64,
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
        "\n| backend | raw inserts/s (ceiling) | shared quota spends/s: 32 clients; one client | GET /healthz/s | instances | signatures/s | ratio to ceiling | p50 | p99 | page p99 | errors | mails/s | CPU busy | CPU ms per signature: server, PostgreSQL, browsers and SMTP, machine | writes per batch | server peak RSS |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for f in rows {
        let quota = f.quota.map_or("in memory".to_owned(), |(many, one)| {
            let share = |q: f64| 100.0 * q / f.ceiling;
            format!(
                "{many:.0} ({:.0}% of the ceiling); {one:.0} ({:.0}%)",
                share(many),
                share(one)
            )
        });
        for (instances, s) in std::iter::once((1, &f.one)).chain(f.two.iter().map(|s| (2, s))) {
            println!(
                "| {} | {:.0} | {} | {:.0} | {instances} | {:.0} | {:.0}% | {:.1} ms | {:.1} ms | {:.1} ms | {} | {:.0} | {:.0}% | {:.2}, {:.2}, {:.2}, {:.2} | {:.1} | {:.1} MB |",
                f.backend,
                f.ceiling,
                quota,
                f.http,
                s.rate,
                100.0 * s.rate / f.ceiling,
                ms(s.p50),
                ms(s.p99),
                ms(s.page_p99),
                s.errors,
                s.mails,
                100.0 * s.busy,
                s.cost.servers,
                s.cost.postgres,
                s.cost.bench,
                s.cost.machine,
                s.per_batch,
                s.peak
            );
        }
        if let Some(two) = &f.two {
            // Scale-out's ceiling on this machine: at one instance's CPU per signature, the
            // cores it left idle are all a second instance could use.
            println!(
                "{}: two instances sign at {:.2}× one instance's rate; the machine had room for \
                 at most {:.2}× (one instance kept it {:.0}% busy at {:.2} ms of CPU a \
                 signature; two, {:.0}% at {:.2} ms)",
                f.backend,
                two.rate / f.one.rate,
                1.0 / f.one.busy.max(0.01),
                100.0 * f.one.busy,
                f.one.cost.machine,
                100.0 * two.busy,
                two.cost.machine
            );
        }
    }
    Ok(())
}

#[derive(Clone, Copy, Default)]
struct Cost {
    servers: f64,
    postgres: f64,
    bench: f64,
    machine: f64,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn run(
    backend: &'static str,
    url: &str,
    dir: &std::path::Path,
    phase: Duration,
) -> anyhow::Result<Figures> {
    text::write_letter(dir, "post")?;
    let sink = Sink::start().await?;
    let env = [
        (
            "UNDERSIGNED_SMTP_URL",
            format!("smtp://127.0.0.1:{}", sink.port),
        ),
        (
            "UNDERSIGNED_SECRET_KEY",
            "bench-secret-key-long-enough-0123456789".to_owned(),
        ),
        // 32 browsers on one address: the per-client quota is not what this measures.
        ("UNDERSIGNED_SIGN_RATE", "1000000/1m".to_owned()),
    ];
    let server = Server::start(url, dir, &env)?;

    let ceiling = {
        let url = url.to_owned();
        tokio::task::spawn_blocking(move || raw_inserts(&url, phase))
            .await?
            .context("the ceiling's inserts")?
    };
    let quota = if url.starts_with("postgres") {
        let url = url.to_owned();
        Some(
            tokio::task::spawn_blocking(move || {
                anyhow::Ok((
                    quota_spends(&url, phase, false)?,
                    quota_spends(&url, phase, true)?,
                ))
            })
            .await??,
        )
    } else {
        None
    };
    let health = format!("http://127.0.0.1:{}/healthz", server.port);
    let (http, _, _) = load(phase, move |client, _, _| client.get(&health)).await?;
    let one = browsers(&[&server], phase, &sink, "one").await?;
    println!(
        "{backend}: ceiling {ceiling:.0}/s, signing {:.0}/s, {:.0} mails/s",
        one.rate, one.mails
    );
    let two = if url.starts_with("postgres") {
        // Two instances start as one did, with no mail waiting: the first phase's backlog
        // would otherwise go out during the second, and its cost count against two instances.
        sink.reached(one.mails_due, MAIL_PATIENCE).await?;
        let second = Server::start(url, dir, &env)?;
        let two = browsers(&[&server, &second], phase, &sink, "two").await?;
        println!("{backend}: two instances sign {:.0}/s", two.rate);
        Some(two)
    } else {
        None
    };
    Ok(Figures {
        backend,
        ceiling,
        quota,
        http,
        one,
        two,
    })
}

/// CLIENTS browsers signing on `servers` (browser `c` keeps to server `c % len`) for `phase`.
/// Each loads the letter page before each signature, and posts the form of the newest page it
/// loaded at least `FILLING` before, with every field of that form.
async fn browsers(
    servers: &[&Server],
    phase: Duration,
    sink: &Sink,
    run: &str,
) -> anyhow::Result<Signing> {
    let start = Instant::now() + FILLING;
    let deadline = start + phase;
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let base = format!("http://127.0.0.1:{}", servers[c % servers.len()].port);
            let run = run.to_owned();
            tokio::spawn(async move { browser(&base, c, &run, start, deadline).await })
        })
        .collect();
    tokio::time::sleep_until(start.into()).await;
    let (mails_before, cpu_before) = (sink.delivered(), Cpu::now(servers)?);
    let writes_before = writes(servers).await?;
    tokio::time::sleep_until(deadline.into()).await;
    let (mails_after, cpu_after) = (sink.delivered(), Cpu::now(servers)?);
    let writes_after = writes(servers).await?;
    let (mut posts, mut pages, mut errors) = (Vec::new(), Vec::new(), 0);
    for task in tasks {
        let (p, g, e) = task.await??;
        posts.extend(p);
        pages.extend(g);
        errors += e;
    }
    let seconds = phase.as_secs_f64();
    let signed = posts.len();
    Ok(Signing {
        rate: signed as f64 / seconds,
        p50: quantile(&mut posts, 0.50),
        p99: quantile(&mut posts, 0.99),
        page_p99: quantile(&mut pages, 0.99),
        errors,
        mails: (mails_after - mails_before) as f64 / seconds,
        busy: cpu_before.busy_until(&cpu_after),
        cost: cpu_before.cost_until(&cpu_after, signed),
        peak: servers[0].memory("VmHWM")? as f64 / 1024.0,
        per_batch: (writes_after.0 - writes_before.0) as f64
            / (writes_after.1 - writes_before.1).max(1) as f64,
        // Each signature queued one mail: its confirmation.
        mails_due: mails_before + signed as u64,
    })
}

/// The group commit's (writes, batches) so far, all `servers` together, from `/metrics`.
async fn writes(servers: &[&Server]) -> anyhow::Result<(u64, u64)> {
    let mut sum = (0, 0);
    for server in servers {
        let url = format!("http://127.0.0.1:{}/metrics", server.port);
        let text = reqwest::get(url).await?.error_for_status()?.text().await?;
        let counter = |name: &str| -> anyhow::Result<u64> {
            let value = text
                .lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
                .with_context(|| format!("no {name} in /metrics"))?;
            Ok(value.trim().parse()?)
        };
        sum.0 += counter("undersigned_db_writes_total")?;
        sum.1 += counter("undersigned_db_write_batches_total")?;
    }
    Ok(sum)
}

/// CPU time used so far, in clock ticks.
struct Cpu {
    servers: u64,
    postgres: u64,
    bench: u64,
    /// The machine: busy and in all (`/proc/stat`, every core).
    busy: u64,
    total: u64,
}

impl Cpu {
    fn now(servers: &[&Server]) -> anyhow::Result<Cpu> {
        let mut postgres = 0;
        for entry in std::fs::read_dir("/proc")? {
            let pid = entry?.file_name().to_string_lossy().parse::<u32>();
            if let Ok(pid) = pid
                && std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|c| c.trim() == "postgres")
            {
                // A process that ended meanwhile counts for nothing.
                postgres += server::ticks(pid).unwrap_or(0);
            }
        }
        let stat = std::fs::read_to_string("/proc/stat")?;
        let line = stat.lines().next().context("no cpu line")?;
        let machine: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|t| t.parse().ok())
            .collect();
        let total: u64 = machine.iter().take(8).sum();
        let idle = machine.get(3).copied().unwrap_or(0) + machine.get(4).copied().unwrap_or(0);
        Ok(Cpu {
            servers: servers
                .iter()
                .map(|s| s.cpu())
                .sum::<anyhow::Result<u64>>()?,
            postgres,
            bench: server::ticks(std::process::id())?,
            busy: total - idle,
            total,
        })
    }

    fn busy_until(&self, later: &Cpu) -> f64 {
        (later.busy - self.busy) as f64 / (later.total - self.total).max(1) as f64
    }

    /// Milliseconds per signature (a tick is 10 ms).
    fn cost_until(&self, later: &Cpu, signed: usize) -> Cost {
        let per = |before: u64, after: u64| {
            10.0 * after.saturating_sub(before) as f64 / signed.max(1) as f64
        };
        Cost {
            servers: per(self.servers, later.servers),
            postgres: per(self.postgres, later.postgres),
            bench: per(self.bench, later.bench),
            machine: per(self.busy, later.busy),
        }
    }
}

type Latencies = Vec<Duration>;

/// One browser: its form latencies, its page latencies and its errors.
async fn browser(
    base: &str,
    c: usize,
    run: &str,
    start: Instant,
    deadline: Instant,
) -> anyhow::Result<(Latencies, Latencies, u64)> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    // Parsed once, as a browser does not parse its address again for each request.
    let page: reqwest::Url = format!("{base}/letters/bench").parse()?;
    let sign: reqwest::Url = format!("{base}/letters/bench/sign").parse()?;
    // Stamps of the pages loaded, oldest first, with when they were loaded.
    let mut loaded: VecDeque<(Instant, String)> = VecDeque::new();
    let (mut posts, mut pages, mut errors) = (Vec::new(), Vec::new(), 0u64);
    let mut i = 0u64;
    loop {
        let sent = Instant::now();
        let answer = client.get(page.clone()).send().await?;
        let ok = answer.status().as_u16() == 200;
        // Bytes, searched in place: the page is 15 KB, and `text()` copies it while checking
        // it byte by byte, which cost this process more than the search.
        let body = answer.bytes().await?;
        match (ok, stamp(&body)) {
            (true, Some(stamp)) => loaded.push_back((Instant::now(), stamp)),
            _ => errors += 1,
        }
        if sent >= start {
            pages.push(sent.elapsed());
        }
        if sent < start {
            // The first page: the form is being filled in.
            tokio::time::sleep_until(start.into()).await;
            continue;
        }
        if Instant::now() >= deadline {
            return Ok((posts, pages, errors));
        }
        while loaded.get(1).is_some_and(|(at, _)| at.elapsed() >= FILLING) {
            loaded.pop_front();
        }
        let form_ts = loaded.front().map(|(_, s)| s.clone()).unwrap_or_default();
        let sent = Instant::now();
        let answer = client
            .post(sign.clone())
            .form(&[
                ("kind", "individual".to_owned()),
                ("form_ts", form_ts),
                ("nickname", String::new()),
                ("name", format!("Bench Signer {run} {c} {i}")),
                ("title", "Consultant Psychiatrist".to_owned()),
                ("organisation", String::new()),
                ("email", format!("signer-{run}-{c}-{i}@example.org")),
                ("orcid", String::new()),
                ("public", "on".to_owned()),
                ("lang", "en".to_owned()),
            ])
            .send()
            .await?;
        if answer.status().as_u16() == 303 {
            posts.push(sent.elapsed());
        } else {
            errors += 1;
        }
        i += 1;
        if Instant::now() >= deadline {
            return Ok((posts, pages, errors));
        }
    }
}

/// The individual form's `form_ts`, as a browser would send it.
fn stamp(page: &[u8]) -> Option<String> {
    let page = std::str::from_utf8(page).ok()?;
    let at = page.find("name=\"form_ts\" value=\"")? + 22;
    Some(page[at..].split('"').next()?.to_owned())
}

fn quantile(latencies: &mut [Duration], q: f64) -> Duration {
    latencies.sort();
    let at = ((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1));
    latencies.get(at).copied().unwrap_or_default()
}

/// Single-row autocommit inserts of a signature row from CLIENTS threads for `phase`.
fn raw_inserts(url: &str, phase: Duration) -> anyhow::Result<f64> {
    let pool = db::connect(url, CLIENTS as u32)?;
    let slug = Slug::parse("bench").context("slug")?;
    let letter = Letter::find_public(&mut *pool.get()?, &slug).context("bench letter")?;
    hammer(&pool, phase, move |conn, t, i| {
        let email = format!("raw{t}-{i}@example.org");
        loop {
            match insert_one(conn, letter.id, &email) {
                // SQLite's writers poll for its one lock rather than queue for it: with 32 of
                // them inserting back to back, one can miss it for the whole busy timeout (10 s)
                // and be told the file is locked. It tries again, as a writer would.
                Err(e) if locked(&e) => continue,
                other => return other.map(drop),
            }
        }
    })
}

/// SQLite's answer to a writer that waited the whole busy timeout for the lock.
fn locked(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<diesel::result::Error>(),
        Some(diesel::result::Error::DatabaseError(_, info)) if info.message() == "database is locked"
    )
}

/// The shared quota's statement from CLIENTS threads for `phase`, with room to spare: each
/// thread a client of its own, as signers from many networks are, or (`one_network`) all one
/// client, as signers behind one address are, spending one row in turn.
fn quota_spends(url: &str, phase: Duration, one_network: bool) -> anyhow::Result<f64> {
    let pool = db::connect(url, CLIENTS as u32)?;
    let (interval, burst) = (1, i64::MAX / 4);
    hammer(&pool, phase, move |conn, t, _| {
        let now = chrono::Utc::now().timestamp_micros();
        let key = if one_network {
            "one-network".to_owned()
        } else {
            format!("client-{t}")
        };
        let spent = SignQuotaRow::spend(conn, &key, now, interval, burst)?;
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
                let mut conn = pool.get().context("a connection")?;
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    op(&mut conn, t, i).with_context(|| format!("operation {i} of thread {t}"))?;
                    done.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
                Ok(())
            })
        })
        .collect();
    std::thread::sleep(phase);
    // Counted as the phase ends: a thread may still be waiting for SQLite's lock, to no avail.
    let (counted, elapsed) = (done.load(Ordering::Relaxed), start.elapsed());
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join()
            .map_err(|_| anyhow::anyhow!("bench thread panicked"))??;
    }
    Ok(counted as f64 / elapsed.as_secs_f64())
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
