use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use undersigned::config::Settings;
use undersigned::db::{self, Pool};
use undersigned::startup::{Application, WorkerStop};

pub const SLUG: &str = "test-letter";

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

pub struct LetterSpec {
    pub slug: &'static str,
    pub status: &'static str,
    pub moderation: &'static str,
    /// More of `letter.toml` (categories, contact).
    pub extra: &'static str,
}

impl Default for LetterSpec {
    fn default() -> Self {
        LetterSpec {
            slug: SLUG,
            status: "open",
            moderation: "post",
            extra: "",
        }
    }
}

pub fn write_letter(letters_dir: &Path, spec: &LetterSpec) {
    let dir = letters_dir.join(spec.slug);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("letter.toml"),
        format!(
            "title = \"A letter called {}\"\nstatus = \"{}\"\nmoderation = \"{}\"\npublished = 2026-01-02\n{}",
            spec.slug, spec.status, spec.moderation, spec.extra
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("letter.md"),
        "We, the undersigned, *ask* for **better care**.\n",
    )
    .unwrap();
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: TestSmtp,
    pub pool: Pool,
    pub dir: tempfile::TempDir,
    worker: WorkerStop,
    // Dropped last: the database outlives the pool that uses it.
    _db: TestDb,
}

pub struct Options {
    pub letters: Vec<LetterSpec>,
    pub smtp_refusing: bool,
    /// False: no SMTP URL, so mail goes to `.eml` files.
    pub smtp: bool,
    pub token_ttl: Duration,
    pub base_url: Option<String>,
    /// e.g. "30/10m"; tests that do not test the quota get a large one.
    pub sign_rate: &'static str,
    pub trusted_proxies: &'static str,
    /// Seconds a person needs at least to fill the sign form (0 in tests that do not test it).
    pub form_min_seconds: i64,
    /// Run as a second instance of another app: its database URL and its SMTP server.
    pub join: Option<(String, TestSmtp)>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            letters: vec![LetterSpec::default()],
            smtp_refusing: false,
            smtp: true,
            token_ttl: Duration::from_secs(7 * 86400),
            base_url: None,
            sign_rate: "100000/1m",
            trusted_proxies: "",
            form_min_seconds: 0,
            join: None,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let letters_dir = dir.path().join("letters");
    for spec in &options.letters {
        write_letter(&letters_dir, spec);
    }
    let (db, smtp) = match options.join {
        Some((url, smtp)) => (TestDb::Joined(url), smtp),
        None => (
            TestDb::create(dir.path()),
            TestSmtp::start(options.smtp_refusing).await,
        ),
    };

    let mut settings = Settings::defaults();
    settings.database_url = db.url();
    settings.bind = "127.0.0.1:0".into();
    settings.letters_dir = letters_dir;
    settings.data_dir = dir.path().join("data");
    settings.smtp_url = options
        .smtp
        .then(|| format!("smtp://127.0.0.1:{}", smtp.port).into());
    settings.mail_from = "Undersigned Test <letters@example.org>".into();
    settings.secret_key = Some("test-secret-key-that-is-long-enough-0123".to_owned().into());
    settings.token_ttl = options.token_ttl;
    settings.sign_rate = undersigned::abuse::Rate::parse(options.sign_rate).unwrap();
    settings.form_min_seconds = options.form_min_seconds;
    settings.retention_check = Duration::from_millis(100);
    settings.trusted_proxies = undersigned::abuse::parse_networks(options.trusted_proxies).unwrap();
    if let Some(base_url) = options.base_url {
        settings.base_url = base_url;
    }
    settings.db_pool_size = 4;
    settings.stop_on_signals = false;
    settings.mail.poll_interval = Duration::from_millis(100);
    settings.mail.retry_base = Duration::from_millis(100);
    settings.mail.retry_max = Duration::from_millis(400);

    let app = Application::build(settings)
        .await
        .expect("the application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let worker = app.worker_stop();
    tokio::spawn(app.run_until_stopped());
    let pool = db::connect(&db.url(), 2).unwrap();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        smtp,
        pool,
        dir,
        worker,
        _db: db,
    }
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

/// The signed timestamp in a page's sign form.
pub fn form_stamp(page: &str) -> Option<String> {
    let start = page.find("name=\"form_ts\" value=\"")? + 22;
    Some(page[start..].split('"').next()?.to_owned())
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

/// A signature as a form, with sensible values to override.
pub fn individual(name: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "individual".into()),
        ("name", name.into()),
        ("title", "Consultant Psychiatrist".into()),
        ("organisation", "".into()),
        ("email", email.into()),
        ("public", "on".into()),
    ]
}

pub fn organisation(name: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "organisation".into()),
        ("organisation", name.into()),
        ("website", "https://example.org".into()),
        ("name", "Sam Signer".into()),
        ("title", "Chief Executive".into()),
        ("email", email.into()),
    ]
}

impl TestApp {
    pub fn database_url(&self) -> String {
        self._db.url()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    /// Posts a form; a sign form gets the signed timestamp its letter page carries, as a
    /// browser would send it.
    pub async fn post_form(&self, path: &str, form: &[(&str, String)]) -> reqwest::Response {
        let mut form = form.to_vec();
        if let Some(letter) = path.strip_suffix("/sign")
            && !form.iter().any(|(k, _)| *k == "form_ts")
        {
            let page = self.get_text(letter).await.1;
            if let Some(stamp) = form_stamp(&page) {
                form.push(("form_ts", stamp));
            }
        }
        self.client
            .post(self.url(path))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    pub async fn sign(&self, form: &[(&str, String)]) -> reqwest::Response {
        self.post_form(&format!("/letters/{SLUG}/sign"), form).await
    }

    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    }

    /// Runs `SELECT COUNT(*) AS n ...` style SQL (portable) and returns n.
    pub fn count(&self, sql: &str) -> i64 {
        count_in(&self.pool, sql)
    }

    /// Runs `SELECT … AS s …` and returns the strings.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        strings_in(&self.pool, sql)
    }

    pub fn db_url(&self) -> String {
        self._db.url()
    }

    pub fn execute(&self, sql: &str) {
        let mut conn = self.pool.get().unwrap();
        diesel::sql_query(sql).execute(&mut *conn).unwrap();
    }

    pub fn signatures(&self) -> i64 {
        self.count("SELECT COUNT(*) AS n FROM signatures")
    }

    /// Signs, reads the verification mail, opens its link and presses the button.
    pub async fn sign_and_confirm(&self, form: &[(&str, String)]) -> Mail {
        let before = self.smtp.received().len();
        assert_eq!(self.sign(form).await.status().as_u16(), 303);
        let mail = self.smtp.wait_for(before + 1).await.pop().unwrap();
        let verify = mail.link("/verify/");
        assert_eq!(
            self.client
                .post(self.url(&verify))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            200
        );
        mail
    }

    /// Waits for the outbox to hold no pending mail.
    pub fn wait_outbox_drained(&self, timeout: Duration) -> i64 {
        let deadline = Instant::now() + timeout;
        loop {
            let pending = self.count("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'");
            if pending == 0 || Instant::now() > deadline {
                return pending;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A test must not end with mail still queued: that would be a mail the service lost track of.
impl Drop for TestApp {
    fn drop(&mut self) {
        let panicking = std::thread::panicking();
        let pending = if panicking {
            0
        } else {
            self.wait_outbox_drained(Duration::from_secs(10))
        };
        // The worker must be gone before its database is dropped.
        self.worker.stop();
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.worker.is_stopped() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        if !panicking {
            assert_eq!(pending, 0, "mail was left unsent in the outbox");
        }
    }
}

/// A minimal SMTP server on loopback that keeps every message it accepts. While `refusing`,
/// it answers MAIL FROM with a transient 451, as a mail server in trouble does.
#[derive(Clone)]
pub struct TestSmtp {
    pub port: u16,
    messages: Arc<Mutex<Vec<Mail>>>,
    refusing: Arc<AtomicBool>,
    /// Connections are closed as soon as they open, as when the server is down.
    down: Arc<AtomicBool>,
    /// Milliseconds to hold the answer to a mail's data, as a slow server does.
    delay_ms: Arc<AtomicU64>,
}

#[derive(Clone, Debug)]
pub struct Mail {
    pub to: Vec<String>,
    pub raw: String,
}

impl Mail {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(self.raw.as_bytes())
            .expect("a parsable mail")
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .expect("a text part")
            .into_owned()
    }

    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .expect("an HTML part")
            .into_owned()
    }

    /// The path of the first link in the text part that contains `marker`.
    pub fn link(&self, marker: &str) -> String {
        let text = self.text();
        let start = text
            .find(marker)
            .unwrap_or_else(|| panic!("no {marker} link in:\n{text}"));
        text[start..].split_whitespace().next().unwrap().to_owned()
    }
}

impl TestSmtp {
    pub async fn start(refusing: bool) -> TestSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let smtp = TestSmtp {
            port: listener.local_addr().unwrap().port(),
            messages: Arc::default(),
            refusing: Arc::new(AtomicBool::new(refusing)),
            down: Arc::default(),
            delay_ms: Arc::default(),
        };
        let server = smtp.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                if server.down.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let server = server.clone();
                tokio::spawn(async move { server.session(stream).await });
            }
        });
        smtp
    }

    pub fn set_refusing(&self, refusing: bool) {
        self.refusing.store(refusing, Ordering::SeqCst);
    }

    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    pub fn set_delay(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Mail> {
        self.messages.lock().unwrap().clone()
    }

    /// Waits until at least `n` mails have arrived, then returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Mail> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mails = self.received();
            if mails.len() >= n {
                return mails;
            }
            assert!(
                Instant::now() < deadline,
                "expected {n} mails, got {}",
                mails.len()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 localhost test SMTP\r\n").await?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 || self.down.load(Ordering::SeqCst) {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-localhost\r\n250 8BITMIME\r\n"
            } else if command.starts_with("MAIL FROM") {
                to.clear();
                if self.refusing.load(Ordering::SeqCst) {
                    b"451 4.3.0 Try again later\r\n"
                } else {
                    b"250 OK\r\n"
                }
            } else if command.starts_with("RCPT TO") {
                to.push(
                    line.trim_end()[8..]
                        .trim()
                        .trim_matches(['<', '>'])
                        .to_owned(),
                );
                b"250 OK\r\n"
            } else if command == "DATA" {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut raw = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let delay = self.delay_ms.load(Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(delay)).await;
                self.messages.lock().unwrap().push(Mail {
                    to: std::mem::take(&mut to),
                    raw,
                });
                b"250 OK queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            } else if command == "RSET" || command == "NOOP" {
                b"250 OK\r\n"
            } else {
                b"502 Not implemented\r\n"
            };
            write.write_all(reply).await?;
        }
    }
}

pub const PASSWORD: &str = "a long enough password";

/// A logged-in moderator's browser: keeps cookies, sends the page's CSRF token and Origin.
pub struct AdminSession {
    pub client: reqwest::Client,
    pub address: String,
    pub csrf: String,
}

pub fn csrf_in(page: &str) -> Option<String> {
    let start = page.find("name=\"csrf_token\" value=\"")? + 25;
    Some(page[start..].split('"').next()?.to_owned())
}

pub fn browser(local: Option<std::net::IpAddr>) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(ip) = local {
        builder = builder.local_address(ip);
    }
    builder.build().unwrap()
}

impl TestApp {
    pub fn add_moderator(&self, email: &str, role: undersigned::db::models::Role) {
        let mut conn = self.pool.get().unwrap();
        let actor = undersigned::moderation::Actor {
            id: None,
            name: "test".into(),
        };
        undersigned::moderation::add_moderator(
            &mut conn,
            &actor,
            email,
            role,
            PASSWORD.to_owned().into(),
        )
        .unwrap();
    }

    /// Opens the login page and posts the form; returns the answer.
    pub async fn try_login(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        let page = client
            .get(self.url("/admin/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = csrf_in(&page).unwrap();
        client
            .post(self.url("/admin/login"))
            .header("origin", &self.address)
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ])
            .send()
            .await
            .unwrap()
    }

    /// Adds a moderator with `role` and logs them in.
    pub async fn admin(&self, email: &str, role: undersigned::db::models::Role) -> AdminSession {
        self.add_moderator(email, role);
        self.admin_again(email).await
    }
}

impl AdminSession {
    pub async fn get(&self, path: &str) -> (u16, String) {
        let res = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// Posts a form as our own page would: with the CSRF token and our Origin.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf_token", &self.csrf));
        self.client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(&form)
            .send()
            .await
            .unwrap()
    }
}

impl TestApp {
    /// Logs an existing moderator in again, in a new browser.
    pub async fn admin_again(&self, email: &str) -> AdminSession {
        let client = browser(None);
        assert_eq!(
            self.try_login(&client, email, PASSWORD)
                .await
                .status()
                .as_u16(),
            303
        );
        let page = client
            .get(self.url("/admin"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        AdminSession {
            client,
            address: self.address.clone(),
            csrf: csrf_in(&page).unwrap(),
        }
    }
}

impl TestApp {
    /// Signs from the given local address (127.x.y.z), with extra headers.
    pub async fn sign_from(
        &self,
        local: &str,
        form: &[(&str, String)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .local_address(local.parse::<std::net::IpAddr>().unwrap())
            .build()
            .unwrap();
        let page = self.get_text(&format!("/letters/{SLUG}")).await.1;
        let mut form = form.to_vec();
        if let Some(stamp) = form_stamp(&page)
            && !form.iter().any(|(k, _)| *k == "form_ts")
        {
            form.push(("form_ts", stamp));
        }
        let mut request = client
            .post(self.url(&format!("/letters/{SLUG}/sign")))
            .form(&form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.unwrap()
    }
}
