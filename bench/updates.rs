//! Update benchmark: an update sent to 100,000 signers who asked for news.
//!
//! - Queueing: the send as the admin page and `undersigned update send` do it (one
//!   transaction), against the ceiling of inserting the same 100,000 outbox rows as plain
//!   multi-row `INSERT`s, rolled back.
//! - Delivery: the real binary, started with the 100,000 mails queued, delivers them over SMTP
//!   to a sink on loopback. The rate is set against the ceiling of this process sending the
//!   same mail to the same sink through lettre with as many connections, for as long, with no
//!   database. The server's resident memory is read before and at its peak (`VmHWM`).
//!
//! Run: `cargo bench --bench updates` (SQLite), with `BENCH_POSTGRES_URL=postgres://...` for
//! PostgreSQL too. `BENCH_SIGNERS` sets the count (default 100,000).

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use diesel::prelude::*;
use lettre::message::MultiPart;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use undersigned::db::models::{Letter, Update};
use undersigned::db::{self, DbConn, write_transaction};
use undersigned::domain::Slug;
use undersigned::moderation::Actor;

mod backends;
mod server;
mod smtp;
mod text;

use server::Server;
use smtp::Sink;

const NAME: &str = "2026-12-01-delivered";
/// As many mails at once as the server's worker sends.
const CONNECTIONS: usize = 64;

fn main() -> anyhow::Result<()> {
    let signers: usize = std::env::var("BENCH_SIGNERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let runtime = tokio::runtime::Runtime::new()?;
    let results = backends::each("updates", dir.path(), |backend, url, dir| {
        runtime.block_on(run(backend, url, dir, signers))
    })?;
    println!(
        "\n| backend | signers | queued in | raw insert (ceiling) | ratio | delivered in | mails/s | lettre alone mails/s (ceiling) | ratio | RSS before | peak RSS | growth | server CPU ms/mail |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for r in results {
        println!("{r}");
    }
    Ok(())
}

async fn run(backend: &str, url: &str, dir: &Path, signers: usize) -> anyhow::Result<String> {
    write_letter(dir)?;
    let pool = db::connect(url, 2)?;
    {
        let mut conn = pool.get()?;
        db::run_migrations(&mut conn)?;
        undersigned::letters::load(&mut conn, &dir.join("letters/bench"))?;
        seed(&mut conn, signers)?;
    }
    let ceiling_queue = raw_insert(&mut *pool.get()?, signers)?;
    let start = Instant::now();
    let queued = queue(&mut *pool.get()?)?;
    let queue_time = start.elapsed();
    anyhow::ensure!(queued == signers as i64, "queued {queued}");
    eprintln!(
        "{backend}: {queued} queued in {:.2} s (raw insert {:.2} s)",
        queue_time.as_secs_f64(),
        ceiling_queue.as_secs_f64()
    );

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
    ];
    let server = Server::start(url, dir, &env)?;
    let (before, cpu_before) = (server.memory("VmRSS")?, server.cpu()?);
    let start = Instant::now();
    sink.reached(signers as u64, Duration::from_secs(1200))
        .await?;
    let delivery = start.elapsed();
    let (peak, cpu) = (server.memory("VmHWM")?, server.cpu()? - cpu_before);
    let page = reqwest::get(format!("http://127.0.0.1:{}/letters/bench", server.port))
        .await?
        .text()
        .await?;
    anyhow::ensure!(
        page.contains("Delivered"),
        "the update is not on the letter page"
    );
    drop(server);
    let rate = signers as f64 / delivery.as_secs_f64();
    let ceiling_rate = lettre_alone(&sink, Duration::from_secs(10)).await?;
    eprintln!("{backend}: delivered at {rate:.0}/s; lettre alone {ceiling_rate:.0}/s");
    Ok(format!(
        "| {backend} | {signers} | {:.2} s | {:.2} s | {:.0}% | {:.1} s | {rate:.0} | {ceiling_rate:.0} | {:.0}% | {:.1} MB | {:.1} MB | {:.1} MB | {:.3} |",
        queue_time.as_secs_f64(),
        ceiling_queue.as_secs_f64(),
        100.0 * ceiling_queue.as_secs_f64() / queue_time.as_secs_f64(),
        delivery.as_secs_f64(),
        100.0 * rate / ceiling_rate,
        before as f64 / 1024.0,
        peak as f64 / 1024.0,
        peak.saturating_sub(before) as f64 / 1024.0,
        cpu as f64 * 10.0 / signers as f64,
    ))
}

/// The open letter `bench` with one update, of about the length organisers write.
fn write_letter(dir: &Path) -> anyhow::Result<()> {
    text::write_letter(dir, "post")?;
    let letter = dir.join("letters/bench");
    std::fs::create_dir_all(letter.join("updates"))?;
    std::fs::write(
        letter.join("updates").join(format!("{NAME}.md")),
        update_text(),
    )?;
    Ok(())
}

fn update_text() -> String {
    let paragraph = "We delivered the letter by hand this morning, with the names of everyone \
                     who signed. Thank you for standing with us; we will write again when there \
                     is an answer.";
    format!("# Delivered\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n")
}

fn letter_id(conn: &mut DbConn) -> anyhow::Result<i64> {
    let slug = Slug::parse("bench").context("slug")?;
    Ok(Letter::find_by_slug(conn, &slug)?.id)
}

/// `n` confirmed, published signers, each with an address and a consent to news.
fn seed(conn: &mut DbConn, n: usize) -> anyhow::Result<()> {
    let letter = letter_id(conn)?;
    write_transaction(conn, |conn| {
        for chunk in (0..n).collect::<Vec<_>>().chunks(500) {
            let rows: Vec<String> = chunk
                .iter()
                .map(|i| {
                    format!(
                        "({letter}, 'individual', 'published', 'Signer {i}', 'Nurse', TRUE, \
                         'signer {i} nurse', '2026-01-01 00:00:00', '2026-01-01 00:00:00', \
                         '2026-01-01 00:00:00', 'signer {i}', 'signer', '{i}', '', \
                         'signer{i}@example.org', 'signer{i}@example.org')"
                    )
                })
                .collect();
            diesel::sql_query(format!(
                "INSERT INTO signatures (letter_id, kind, state, name, title, public, \
                 search_key, created_at, verified_at, published_at, name_key, name_first, \
                 name_last, flags, email, email_key) VALUES {}",
                rows.join(",")
            ))
            .execute(conn)?;
        }
        diesel::sql_query(
            "INSERT INTO news_consents (signature_id, wording, consented_at) \
             SELECT id, 'news-1', created_at FROM signatures",
        )
        .execute(conn)?;
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The ceiling: the same number of outbox rows as plain 500-row inserts in one transaction,
/// rolled back.
fn raw_insert(conn: &mut DbConn, n: usize) -> anyhow::Result<Duration> {
    let ids: Vec<i64> = undersigned::db::schema::signatures::table
        .select(undersigned::db::schema::signatures::id)
        .load(conn)?;
    anyhow::ensure!(ids.len() == n, "{} signers", ids.len());
    let start = Instant::now();
    let rolled_back = write_transaction(conn, |conn| {
        for chunk in ids.chunks(500) {
            let rows: Vec<String> = chunk
                .iter()
                .map(|id| {
                    format!(
                        "({id}, 'news', 'k{id}', 'pending', 0, '2026-01-01 00:00:00', \
                         '2026-01-01 00:00:00')"
                    )
                })
                .collect();
            diesel::sql_query(format!(
                "INSERT INTO outbox (signature_id, kind, recipient_key, state, attempts, \
                 created_at, next_attempt_at) VALUES {}",
                rows.join(",")
            ))
            .execute(conn)?;
        }
        Err::<(), _>(diesel::result::Error::RollbackTransaction)
    });
    anyhow::ensure!(
        matches!(rolled_back, Err(diesel::result::Error::RollbackTransaction)),
        "{rolled_back:?}"
    );
    Ok(start.elapsed())
}

/// The send, as `undersigned update send` makes it.
fn queue(conn: &mut DbConn) -> anyhow::Result<i64> {
    let id = letter_id(conn)?;
    let letter = Letter::find(conn, id)?;
    let update = Update::find_by_name(conn, letter.id, NAME)?.context("the update")?;
    let actor = Actor {
        id: None,
        name: "bench".to_owned(),
    };
    let now = chrono::Utc::now().naive_utc();
    Ok(undersigned::updates::sending::send(
        conn, &letter, update.id, &actor, now,
    )??)
}

/// This process sending a mail of the same size to the sink for `phase`, CONNECTIONS at a
/// time through lettre's pool, as the server's worker does but with nothing else: mails/s.
async fn lettre_alone(sink: &Sink, phase: Duration) -> anyhow::Result<f64> {
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
        .port(sink.port)
        .pool_config(PoolConfig::new().max_size(CONNECTIONS as u32))
        .build();
    let body = update_text();
    let message = Message::builder()
        .from("Letters <letters@example.org>".parse()?)
        .to("Signer <signer@example.org>".parse()?)
        .subject("Delivered · Bench")
        .multipart(MultiPart::alternative_plain_html(body.clone(), body))?;
    let before = sink.delivered();
    let start = Instant::now();
    let senders: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (transport, message) = (transport.clone(), message.clone());
            tokio::spawn(async move {
                while start.elapsed() < phase {
                    transport.send(message.clone()).await?;
                }
                Ok::<_, lettre::transport::smtp::Error>(())
            })
        })
        .collect();
    for sender in senders {
        sender.await??;
    }
    Ok((sink.delivered() - before) as f64 / start.elapsed().as_secs_f64())
}
