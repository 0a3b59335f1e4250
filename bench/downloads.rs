//! Download benchmark: a letter of 1,000,000 published signatures, served by the real binary
//! in its own process. For CSV and XLSX it reports the time, the size, and the server's
//! resident memory before and at its peak (`VmHWM`) and the CPU time it took, against the ceiling of reading the same
//! rows straight from the database in this process.
//!
//! Run: `cargo bench --bench downloads` (SQLite), with `BENCH_POSTGRES_URL=postgres://...` for
//! PostgreSQL too. `BENCH_ROWS` sets the size (default 1,000,000).

use std::time::{Duration, Instant};

use diesel::prelude::*;
use undersigned::db::models::{ListFilter, Signature, SignatureKind};
use undersigned::db::{self, Pool};

mod backends;
mod server;

use server::Server;

const SLUG: &str = "bench";

fn main() -> anyhow::Result<()> {
    let rows: usize = std::env::var("BENCH_ROWS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    let results = backends::each("dl", dir.path(), |backend, url, dir| {
        run(backend, url, dir, rows)
    })?;
    println!(
        "\n| backend | rows | raw read rows/s (ceiling) | format | time | rows/s | ratio | size | RSS before | peak RSS | growth | server CPU |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for r in results.iter().flatten() {
        println!("{r}");
    }
    Ok(())
}

fn run(
    backend: &str,
    url: &str,
    dir: &std::path::Path,
    rows: usize,
) -> anyhow::Result<Vec<String>> {
    let letters = dir.join("letters").join(SLUG);
    std::fs::create_dir_all(&letters)?;
    std::fs::write(
        letters.join("letter.toml"),
        "title = \"Bench\"\nstatus = \"open\"\n",
    )?;
    std::fs::write(letters.join("letter.md"), "A letter to measure.")?;

    let server = Server::start(url, dir, &[])?;
    let port = server.port;
    let pool = db::connect(url, 2)?;
    seed(&pool, rows)?;
    let ceiling = raw_read(&pool)?;
    eprintln!("{backend}: {rows} rows seeded; raw read {ceiling:.0} rows/s");

    let mut lines = Vec::new();
    for format in ["csv", "xlsx", "pdf"] {
        let (before, cpu) = (server.memory("VmRSS")?, server.cpu()?);
        let start = Instant::now();
        let size = download(port, format)?;
        let took = start.elapsed();
        let (peak, cpu) = (server.memory("VmHWM")?, server.cpu()? - cpu);
        let rate = rows as f64 / took.as_secs_f64();
        lines.push(format!(
            "| {backend} | {rows} | {ceiling:.0} | {format} | {:.2} s | {rate:.0} | {:.0}% | {:.1} MB | {:.1} MB | {:.1} MB | {:.1} MB | {:.2} s |",
            took.as_secs_f64(),
            100.0 * rate / ceiling,
            size as f64 / 1e6,
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
            (peak.saturating_sub(before)) as f64 / 1024.0,
            cpu as f64 / 100.0
        ));
    }
    Ok(lines)
}

/// Published individuals, inserted 500 to a statement in one transaction.
fn seed(pool: &Pool, rows: usize) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    let letter: i64 = undersigned::db::schema::letters::table
        .filter(undersigned::db::schema::letters::slug.eq(SLUG))
        .select(undersigned::db::schema::letters::id)
        .first(&mut *conn)?;
    undersigned::db::write_transaction(&mut conn, |conn| {
        for start in (0..rows).step_by(500) {
            let values: Vec<String> = (start..(start + 500).min(rows))
                .map(|i| {
                    format!(
                        "({letter}, 'individual', 'published', 'Signer Number {i}', 'Consultant Psychiatrist', \
                         TRUE, 'signer number {i} consultant psychiatrist', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                    )
                })
                .collect();
            diesel::sql_query(format!(
                "INSERT INTO signatures (letter_id, kind, state, name, title, public, search_key, created_at, published_at) VALUES {}",
                values.join(",")
            ))
            .execute(conn)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The ceiling: every published row read through the same paged query, nothing written.
fn raw_read(pool: &Pool) -> anyhow::Result<f64> {
    let mut conn = pool.get()?;
    let letter: i64 = undersigned::db::schema::letters::table
        .select(undersigned::db::schema::letters::id)
        .first(&mut *conn)?;
    let start = Instant::now();
    let (mut after, mut read) = (None, 0usize);
    loop {
        let filter = ListFilter {
            kind: Some(SignatureKind::Individual),
            after,
            limit: 2000,
            ..ListFilter::default()
        };
        let page = Signature::list_published(&mut conn, letter, &filter)?;
        read += page.items.len();
        match page.next_after {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    Ok(read as f64 / start.elapsed().as_secs_f64())
}

/// Downloads with a plain HTTP/1.1 client over a socket, counting bytes (nothing is kept).
fn download(port: u16, format: &str) -> anyhow::Result<usize> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    write!(
        stream,
        "GET /letters/{SLUG}/signatories.{format} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut buffer = vec![0u8; 1 << 16];
    let mut total = 0;
    loop {
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
    }
}
