//! Scale benchmark: a letter with 100,000 published signatures, per backend, in one run.
//! Reading the 100,000 name keys is the ceiling for detection (it cannot do less).
//! - Letter page: 32 clients asking `GET /letters/bench`, against `GET /healthz` (one
//!   `SELECT 1`) on the same server as the ceiling.
//! - Duplicate detection: `duplicates::detect_among` over all 100,000 signatures (what an
//!   import of them runs), in one transaction, against the ceiling of reading the same rows.
//! - Bulk approval: one moderator's `POST /admin/letters/bench/bulk` approving 10,000 pending
//!   entries (each checked, changed and written to the audit log), against the ceiling of one
//!   raw `UPDATE` of 10,000 rows.
//!
//! Run: `cargo bench --bench scale` (SQLite), with `BENCH_POSTGRES_URL=postgres://...` for
//! PostgreSQL too. `BENCH_SECONDS` sets the page phases' length (default 10).

use std::time::{Duration, Instant};

use anyhow::Context;
use diesel::prelude::*;
use undersigned::config::Settings;
use undersigned::db::models::{Role, SignatureKind};
use undersigned::db::schema::{letters, signatures};
use undersigned::db::{self, Pool, write_transaction};
use undersigned::domain::NameKey;
use undersigned::duplicates;
use undersigned::moderation::{Actor, add_moderator};
use undersigned::startup::Application;

mod backends;
mod load;
mod text;

use load::load;

const PUBLISHED: usize = 100_000;
const PENDING: usize = 10_000;
const PASSWORD: &str = "a long enough bench password";

const TITLES: [&str; 8] = [
    "Consultant Psychiatrist",
    "Clinical Psychologist",
    "Mental Health Nurse",
    "Social Worker",
    "Senior Lecturer",
    "Peer Support Worker",
    "GP",
    "Occupational Therapist",
];

struct Figures {
    backend: &'static str,
    healthz: f64,
    page: f64,
    read_all: Duration,
    detection: Duration,
    pairs: usize,
    raw_update: Duration,
    bulk: Duration,
}

fn main() -> anyhow::Result<()> {
    let phase = load::phase();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let dir = tempfile::tempdir()?;
    let rows = backends::each("scale", dir.path(), |backend, url, dir| {
        runtime.block_on(run(backend, url, dir, phase))
    })?;
    println!(
        "\n| backend | GET /healthz/s (ceiling) | letter page/s | ratio | read 100k rows (ceiling) | detect over 100k | pairs | raw UPDATE 10k (ceiling) | bulk approve 10k |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    for f in rows {
        println!(
            "| {} | {:.0} | {:.0} | {:.0}% | {} | {} | {} | {} | {} |",
            f.backend,
            f.healthz,
            f.page,
            100.0 * f.page / f.healthz,
            ms(f.read_all),
            ms(f.detection),
            f.pairs,
            ms(f.raw_update),
            ms(f.bulk)
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
    let settings = settings(url, dir, "pre")?;
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let pool = db::connect(url, 4)?;
    {
        let pool = pool.clone();
        tokio::task::spawn_blocking(move || seed(&pool)).await??;
    }
    println!("{backend}: seeded {PUBLISHED} published and {PENDING} pending signatures");

    let health = format!("{base}/healthz");
    let (healthz, _, _) = load(phase, move |client, _, _| client.get(&health)).await?;
    let page_url = format!("{base}/letters/bench");
    let (page, _, errors) = load(phase, move |client, _, _| client.get(&page_url)).await?;
    anyhow::ensure!(errors == 0, "{errors} letter page errors");

    println!("{backend}: letter page {page:.0}/s, /healthz {healthz:.0}/s");
    let (read_all, detection, pairs) = {
        let pool = pool.clone();
        tokio::task::spawn_blocking(move || detect_all(&pool)).await??
    };
    println!("{backend}: detection over {PUBLISHED} in {detection:?}, {pairs} pairs");
    let (raw_update, bulk) = approve_pending(&pool, &base).await?;
    println!("{backend}: bulk approval of {PENDING} in {bulk:?}");
    println!("{backend}: done");
    Ok(Figures {
        backend,
        healthz,
        page,
        read_all,
        detection,
        pairs,
        raw_update,
        bulk,
    })
}

fn letter_id(conn: &mut db::DbConn) -> QueryResult<i64> {
    letters::table
        .filter(letters::slug.eq("bench"))
        .select(letters::id)
        .first(conn)
}

/// Names as a real list has them: first names from a pool of 2,000, last names from a pool of
/// 30,000 (random letters, so that near spellings are as rare as in life); one entry in a
/// hundred repeats the previous one exactly and one in a hundred with two letters swapped,
/// both with its title: the kind of slip detection exists for.
fn seed(pool: &Pool) -> anyhow::Result<()> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let word = |rng: &mut rand::rngs::StdRng, len: usize| -> String {
        let mut w: String = (0..len)
            .map(|_| (b'a' + rng.random_range(0..26)) as char)
            .collect();
        w[..1].make_ascii_uppercase();
        w
    };
    let firsts: Vec<String> = (0..2_000)
        .map(|_| {
            let len = rng.random_range(4..9);
            word(&mut rng, len)
        })
        .collect();
    let lasts: Vec<String> = (0..30_000)
        .map(|_| {
            let len = rng.random_range(5..11);
            word(&mut rng, len)
        })
        .collect();
    let names: Vec<String> = (0..PUBLISHED + PENDING)
        .map(|_| {
            let first = &firsts[rng.random_range(0..firsts.len())];
            let last = &lasts[rng.random_range(0..lasts.len())];
            format!("{first} {last}")
        })
        .collect();
    let mut conn = pool.get()?;
    let letter = letter_id(&mut conn)?;
    let name_of = |i: usize| names[i].clone();
    let row = |i: usize, state: &str| {
        let (name, title) = match i % 100 {
            1 => (name_of(i - 1), TITLES[(i - 1) % TITLES.len()]),
            51 => {
                let mut chars: Vec<char> = name_of(i - 1).chars().collect();
                chars.swap(1, 2);
                (chars.into_iter().collect(), TITLES[(i - 1) % TITLES.len()])
            }
            _ => (name_of(i), TITLES[i % TITLES.len()]),
        };
        let key = NameKey::of(&name);
        let published = if state == "published" {
            "'2026-01-01 00:00:00'"
        } else {
            "NULL"
        };
        format!(
            "({letter}, 'individual', '{state}', '{}', '{title}', TRUE, '{}', \
             '2026-01-01 00:00:00', '2026-01-01 00:00:00', {published}, '{}', '{}', '{}', '')",
            name.replace('\'', "''"),
            format!("{} {}", key.full, title.to_lowercase()).replace('\'', "''"),
            key.full.replace('\'', "''"),
            key.first.replace('\'', "''"),
            key.last.replace('\'', "''"),
        )
    };
    write_transaction(&mut conn, |conn| {
        let all: Vec<(usize, &str)> = (0..PUBLISHED)
            .map(|i| (i, "published"))
            .chain((PUBLISHED..PUBLISHED + PENDING).map(|i| (i, "pending")))
            .collect();
        for chunk in all.chunks(500) {
            let values: Vec<String> = chunk.iter().map(|(i, state)| row(*i, state)).collect();
            diesel::sql_query(format!(
                "INSERT INTO signatures (letter_id, kind, state, name, title, public, search_key, \
                 created_at, verified_at, published_at, name_key, name_first, name_last, flags) \
                 VALUES {}",
                values.join(",")
            ))
            .execute(conn)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// Reads every published signature (the ceiling), then runs detection for each in one
/// transaction. Returns both times and the pairs found.
fn detect_all(pool: &Pool) -> anyhow::Result<(Duration, Duration, usize)> {
    let mut conn = pool.get()?;
    let letter = letter_id(&mut conn)?;
    let start = Instant::now();
    let all: Vec<(i64, String)> = signatures::table
        .filter(signatures::letter_id.eq(letter))
        .filter(signatures::state.eq("published"))
        .order(signatures::id)
        .select((signatures::id, signatures::name_key))
        .load(&mut *conn)?;
    let read_all = start.elapsed();
    anyhow::ensure!(all.len() == PUBLISHED, "{} published", all.len());
    let now = chrono::Utc::now().naive_utc();
    let start = Instant::now();
    let pairs = write_transaction(&mut conn, |conn| {
        duplicates::detect_among(conn, letter, SignatureKind::Individual, None, now)
    })?;
    Ok((read_all, start.elapsed(), pairs))
}

/// Times a raw UPDATE of the pending entries' state (rolled back), then the moderator's bulk
/// approval of all of them through the admin form.
async fn approve_pending(pool: &Pool, base: &str) -> anyhow::Result<(Duration, Duration)> {
    let ids: Vec<i64> = {
        let pool = pool.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<i64>> {
            let mut conn = pool.get()?;
            let ids = signatures::table
                .filter(signatures::state.eq("pending"))
                .select(signatures::id)
                .load(&mut *conn)?;
            add_moderator(
                &mut conn,
                &Actor {
                    id: None,
                    name: "bench".into(),
                },
                "bench@example.org",
                Role::Moderator,
                PASSWORD.to_owned().into(),
            )?;
            Ok(ids)
        })
        .await??
    };
    anyhow::ensure!(ids.len() == PENDING, "{} pending entries", ids.len());

    let raw_update = {
        let (pool, ids) = (pool.clone(), ids.clone());
        tokio::task::spawn_blocking(move || -> anyhow::Result<Duration> {
            let mut conn = pool.get()?;
            let start = Instant::now();
            let _ = write_transaction(&mut conn, |conn| {
                diesel::update(signatures::table.filter(signatures::id.eq_any(&ids)))
                    .set(signatures::state.eq("published"))
                    .execute(conn)?;
                // Undone: the moderator approves them next.
                Err::<(), _>(diesel::result::Error::RollbackTransaction)
            });
            Ok(start.elapsed())
        })
        .await??
    };

    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let login = client
        .get(format!("{base}/admin/login"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = csrf_in(&login).context("csrf token on the login page")?;
    let res = client
        .post(format!("{base}/admin/login"))
        .header("origin", base)
        .form(&[
            ("email", "bench@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &csrf),
        ])
        .send()
        .await?;
    anyhow::ensure!(res.status().as_u16() == 303, "login: {}", res.status());
    let queue = client
        .get(format!("{base}/admin"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = csrf_in(&queue).context("csrf token in the queue")?;
    let mut form: Vec<(&str, String)> = ids.iter().map(|id| ("ids", id.to_string())).collect();
    form.push(("action", "approve".into()));
    form.push(("csrf_token", csrf));
    let start = Instant::now();
    let res = client
        .post(format!("{base}/admin/letters/bench/bulk"))
        .header("origin", base)
        .form(&form)
        .send()
        .await?;
    let bulk = start.elapsed();
    anyhow::ensure!(res.status().as_u16() == 303, "bulk: {}", res.status());
    let published = {
        let pool = pool.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<i64> {
            Ok(signatures::table
                .filter(signatures::state.eq("published"))
                .count()
                .get_result(&mut *pool.get()?)?)
        })
        .await??
    };
    anyhow::ensure!(
        published as usize == PUBLISHED + PENDING,
        "{published} published after the bulk approval"
    );
    Ok((raw_update, bulk))
}

fn csrf_in(page: &str) -> Option<String> {
    let start = page.find("name=\"csrf_token\" value=\"")? + 25;
    Some(page[start..].split('"').next()?.to_owned())
}

/// Settings for a server in this process, in `dir` on `url`, on a free port, with the letter
/// `bench` (see `text::write_letter`).
fn settings(url: &str, dir: &std::path::Path, moderation: &str) -> anyhow::Result<Settings> {
    text::write_letter(dir, moderation)?;
    let mut settings = Settings::defaults();
    settings.database_url = url.to_owned();
    settings.bind = "127.0.0.1:0".into();
    settings.letters_dir = dir.join("letters");
    settings.data_dir = dir.join("data");
    settings.secret_key = Some("bench-secret-key-long-enough-0123456789".to_owned().into());
    settings.stop_on_signals = false;
    Ok(settings)
}
