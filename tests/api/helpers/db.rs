//! Each test's own database, and SQL straight at it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use undersigned::db::{DbConn, Pool};

use super::TestApp;

/// The server named by TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres);
/// unset means SQLite.
pub fn postgres_server() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

pub enum TestDb {
    Sqlite(PathBuf),
    Postgres {
        server: String,
        name: String,
    },
    /// Another test app's database, used by a second instance; not dropped by this one.
    Joined(String),
}

impl TestDb {
    /// A fresh, empty database for one test.
    pub fn create(dir: &Path) -> TestDb {
        match postgres_server() {
            None => TestDb::Sqlite(dir.join("test.db")),
            Some(server) => {
                let name = format!("undersigned_test_{}", random_suffix());
                let mut admin = PgConnection::establish(&server)
                    .expect("TEST_DATABASE_URL must reach PostgreSQL");
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .unwrap();
                TestDb::Postgres { server, name }
            }
        }
    }

    pub fn url(&self) -> String {
        match self {
            TestDb::Sqlite(path) => format!("sqlite://{}", path.display()),
            TestDb::Joined(url) => url.clone(),
            TestDb::Postgres { server, name } => {
                let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
                format!("{base}/{name}")
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { server, name } = self
            && let Ok(mut admin) = PgConnection::establish(server)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
    }
}

fn random_suffix() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..12)
        .map(|_| (b'a' + rng.random_range(0..26)) as char)
        .collect()
}

pub fn count_in(pool: &Pool, sql: &str) -> i64 {
    diesel::sql_query(sql)
        .get_result::<Count>(&mut *pool.get().unwrap())
        .unwrap()
        .n
}

pub fn strings_in(pool: &Pool, sql: &str) -> Vec<String> {
    diesel::sql_query(sql)
        .load::<Text>(&mut *pool.get().unwrap())
        .unwrap()
        .into_iter()
        .map(|t| t.s)
        .collect()
}

#[derive(QueryableByName)]
struct Text {
    #[diesel(sql_type = diesel::sql_types::Text)]
    s: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

const PENDING_MAIL: &str = "SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'";

/// Mail still pending once the outbox has drained or `timeout` has passed. It sleeps between
/// looks: call it only off the async runtime (as `TestApp`'s drop does).
pub(super) fn pending_mail_after(pool: &Pool, timeout: Duration) -> i64 {
    let deadline = Instant::now() + timeout;
    loop {
        let pending = count_in(pool, PENDING_MAIL);
        if pending == 0 || Instant::now() > deadline {
            return pending;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl TestApp {
    pub fn database_url(&self) -> String {
        self.db.url()
    }

    /// Runs `SELECT COUNT(*) AS n ...` style SQL (portable) and returns n.
    pub fn count(&self, sql: &str) -> i64 {
        count_in(&self.pool, sql)
    }

    /// Runs `SELECT … AS s …` and returns the strings.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        strings_in(&self.pool, sql)
    }

    pub fn execute(&self, sql: &str) {
        let mut conn = self.pool.get().unwrap();
        diesel::sql_query(sql).execute(&mut *conn).unwrap();
    }

    pub fn signatures(&self) -> i64 {
        self.count("SELECT COUNT(*) AS n FROM signatures")
    }

    /// Waits up to 5 s for `sql` (a count) to be at most `n`, as a background sweep makes it.
    pub async fn wait_count_at_most(&self, sql: &str, n: i64) {
        self.wait_count(sql, |count| count <= n).await;
    }

    /// Waits up to 5 s for `sql` (a count) to reach exactly `n`, as background writes make it.
    pub async fn wait_count_exactly(&self, sql: &str, n: i64) {
        self.wait_count(sql, |count| count == n).await;
    }

    async fn wait_count(&self, sql: &str, done: impl Fn(i64) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let count = self.count(sql);
            if done(count) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "still {count} for {sql}:\n{}",
                self.dump()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Every row of every table as text, one line a row (what a dump of the database holds).
    pub fn dump(&self) -> String {
        let postgres = matches!(self.db, TestDb::Postgres { .. } | TestDb::Joined(_));
        let tables = if postgres {
            self.strings(
                "SELECT table_name AS s FROM information_schema.tables \
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
            )
        } else {
            self.strings("SELECT name AS s FROM sqlite_master WHERE type = 'table'")
        };
        let mut dump = String::new();
        for table in tables {
            let rows = if postgres {
                self.strings(&format!(
                    "SELECT CAST(row_to_json(t) AS TEXT) AS s FROM {table} t"
                ))
            } else {
                let columns = self.strings(&format!(
                    "SELECT name AS s FROM pragma_table_info('{table}')"
                ));
                let row = columns
                    .iter()
                    .map(|c| format!("COALESCE(quote(\"{c}\"), '')"))
                    .collect::<Vec<_>>()
                    .join(" || '|' || ");
                self.strings(&format!("SELECT {row} AS s FROM \"{table}\""))
            };
            for row in rows {
                dump.push_str(&format!("{table}: {row}\n"));
            }
        }
        dump
    }

    /// The id of the entry signed under `name`.
    pub fn id_of(&self, name: &str) -> i64 {
        self.count(&format!(
            "SELECT id AS n FROM signatures WHERE name = '{name}'"
        ))
    }

    /// The state of entry `id`, as stored.
    pub fn state_of(&self, id: i64) -> String {
        let states = self.strings(&format!(
            "SELECT state AS s FROM signatures WHERE id = {id}"
        ));
        states
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no signature {id}"))
    }

    /// Waits for the outbox to hold no pending mail; returns how many are still pending.
    pub async fn wait_outbox_drained(&self, timeout: Duration) -> i64 {
        let deadline = Instant::now() + timeout;
        loop {
            let pending = self.count(PENDING_MAIL);
            if pending == 0 || Instant::now() > deadline {
                return pending;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// An open letter under `slug`, pre-moderated; its id.
pub fn open_letter(conn: &mut DbConn, slug: &str) -> i64 {
    use undersigned::db::models::{Letter, LetterStatus, Moderation, NewLetter};
    Letter::upsert(
        conn,
        &NewLetter {
            slug: slug.into(),
            title: slug.into(),
            status: LetterStatus::Open,
            published: None,
            moderation: Moderation::Pre,
            contact_email: None,
            body_html: "<p>Sign.</p>".into(),
            press_html: None,
            updated_at: chrono::Utc::now().naive_utc(),
            body_md: "Sign.".into(),
            categories: "[]".into(),
            refuse_disposable: false,
            institutions: "[]".into(),
            target: None,
            events: "[]".into(),
            version: 1,
            language: "en".into(),
        },
    )
    .unwrap()
}
