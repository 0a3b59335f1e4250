//! The application under test: its letters, its settings, starting it, talking to it over HTTP,
//! and stopping it.

use std::path::Path;
use std::time::{Duration, Instant};

use tokio::runtime::{Handle, RuntimeFlavor};
use undersigned::config::Settings;
use undersigned::db::{self, Pool};
use undersigned::startup::{Application, WorkerStop};

use super::db::pending_mail_after;
use super::{TestDb, TestSmtp};

pub const SLUG: &str = "test-letter";

pub struct LetterSpec {
    pub slug: &'static str,
    pub status: &'static str,
    pub moderation: &'static str,
    /// More of `letter.toml` (categories, contact).
    pub extra: &'static str,
    /// `press.md`, if not empty.
    pub press: &'static str,
    /// Files of `updates/`: name and text.
    pub updates: &'static [(&'static str, &'static str)],
    /// Translations: `letter.<tag>.md` by tag and text (their titles go in `extra`).
    pub translations: &'static [(&'static str, &'static str)],
}

impl Default for LetterSpec {
    fn default() -> Self {
        LetterSpec {
            slug: SLUG,
            status: "open",
            moderation: "post",
            extra: "",
            press: "",
            updates: &[],
            translations: &[],
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
    if !spec.press.is_empty() {
        std::fs::write(dir.join("press.md"), spec.press).unwrap();
    }
    for (tag, text) in spec.translations {
        std::fs::write(dir.join(format!("letter.{tag}.md")), text).unwrap();
    }
    for (name, text) in spec.updates {
        std::fs::create_dir_all(dir.join("updates")).unwrap();
        std::fs::write(dir.join("updates").join(name), text).unwrap();
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: TestSmtp,
    pub pool: Pool,
    pub dir: tempfile::TempDir,
    worker: WorkerStop,
    // Dropped last: the database outlives the pool that uses it.
    pub(super) db: TestDb,
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
    /// The listen address; the tests talk to 127.0.0.1 on its port.
    pub bind: &'static str,
    /// Seconds a person needs at least to fill the sign form (0 in tests that do not test it).
    pub form_min_seconds: i64,
    /// Run as a second instance of another app: its database URL and its SMTP server.
    pub join: Option<(String, TestSmtp)>,
    /// No background writes after startup: the mail worker and the retention sweep look hourly.
    pub quiet: bool,
    /// The privacy contact and the operator's notice (Markdown).
    pub privacy: Option<(&'static str, &'static str)>,
    /// "Sign in with ORCID" against this server (`TestOrcid`).
    pub orcid: Option<String>,
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
            bind: "127.0.0.1:0",
            form_min_seconds: 0,
            join: None,
            quiet: false,
            privacy: None,
            orcid: None,
        }
    }
}

/// A letter under pre-moderation: nothing is public before a moderator approves it.
pub fn pre_moderated() -> Options {
    Options {
        letters: vec![LetterSpec {
            moderation: "pre",
            ..LetterSpec::default()
        }],
        ..Options::default()
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
    settings.bind = options.bind.into();
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
    if let Some((contact, notice)) = options.privacy {
        let path = dir.path().join("privacy.md");
        std::fs::write(&path, notice).unwrap();
        settings.privacy_contact = Some(contact.to_owned());
        settings.privacy_notice = Some(path);
    }
    settings.orcid = options.orcid.map(|url| undersigned::config::OrcidSettings {
        client_id: super::ORCID_CLIENT.to_owned(),
        client_secret: super::ORCID_SECRET.to_owned().into(),
        url,
    });
    if let Some(base_url) = options.base_url {
        settings.base_url = base_url;
    }
    settings.db_pool_size = 4;
    settings.stop_on_signals = false;
    settings.mail.poll_interval = Duration::from_millis(100);
    settings.mail.retry_base = Duration::from_millis(100);
    settings.mail.retry_max = Duration::from_millis(400);
    if options.quiet {
        settings.retention_check = Duration::from_secs(3600);
        settings.mail.poll_interval = Duration::from_secs(3600);
    }

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
        db,
    }
}

/// The value of the `/metrics` sample whose name and labels are `series`, at `address`.
pub async fn metric(address: &str, series: &str) -> Option<f64> {
    let text = reqwest::get(format!("{address}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

impl TestApp {
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

    /// The page at `path`, which must answer 200: a test that looks for what a page must not
    /// show has to know that it got the page.
    pub async fn get_ok(&self, path: &str) -> String {
        let (status, page) = self.get_text(path).await;
        assert_eq!(status, 200, "GET {path}:\n{page}");
        page
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
}

/// A test must not end with mail still queued: that would be a mail the service lost track of.
/// And the mail worker must be gone before its database is dropped.
impl Drop for TestApp {
    fn drop(&mut self) {
        let panicking = std::thread::panicking();
        let (pool, worker) = (&self.pool, &self.worker);
        let Some(pending) = off_the_runtime(panicking, || {
            let pending = if panicking {
                0
            } else {
                pending_mail_after(pool, Duration::from_secs(10))
            };
            worker.stop();
            let deadline = Instant::now() + Duration::from_secs(10);
            while !worker.is_stopped() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
            pending
        }) else {
            return;
        };
        if !panicking {
            assert_eq!(pending, 0, "mail was left unsent in the outbox");
        }
    }
}

/// Runs `wait`, which sleeps, on a thread of its own, so that no sleep runs on a runtime
/// thread; the runtime is told that the calling thread blocks meanwhile (`block_in_place`), so
/// the app's tasks keep running on the others. A current-thread runtime could not run them
/// while we wait: that is refused (`None` while already panicking, where a panic would abort).
fn off_the_runtime<T: Send>(panicking: bool, wait: impl FnOnce() -> T + Send) -> Option<T> {
    let run = || std::thread::scope(|s| s.spawn(wait).join().unwrap());
    match Handle::try_current().map(|h| h.runtime_flavor()) {
        Err(_) => Some(run()),
        Ok(RuntimeFlavor::CurrentThread) if panicking => None,
        Ok(RuntimeFlavor::CurrentThread) => {
            panic!("a TestApp needs #[tokio::test(flavor = \"multi_thread\")]")
        }
        Ok(_) => Some(tokio::task::block_in_place(run)),
    }
}
