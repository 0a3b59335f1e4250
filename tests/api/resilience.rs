//! What happens when something breaks: the server killed or stopped under load, the mail
//! server refusing or gone, a second instance's worker, the database restarted.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use diesel::Connection;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use undersigned::db;
use undersigned::db::models::SignQuotaRow;

use crate::helpers::*;
use crate::process::Server;

/// What a load of concurrent signers saw: each address and the status it was answered.
type Answers = Arc<std::sync::Mutex<Vec<(String, u16)>>>;

/// `clients` signers posting to `address` until `stop` is set or the server is gone, each
/// from its own addresses (`{prefix}{client}-{n}@example.org`).
fn sign_in_a_loop(
    prefix: &'static str,
    address: &str,
    stamp: &str,
    clients: usize,
    stop: Arc<AtomicBool>,
) -> (Answers, Vec<tokio::task::JoinHandle<()>>) {
    let answers: Answers = Arc::default();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let tasks = (0..clients)
        .map(|c| {
            let (client, answers, stop) = (client.clone(), answers.clone(), stop.clone());
            let url = format!("{address}/letters/{SLUG}/sign");
            let stamp = stamp.to_owned();
            tokio::spawn(async move {
                let mut i = 0;
                while !stop.load(Ordering::SeqCst) {
                    let email = format!("{prefix}{c}-{i}@example.org");
                    let mut form = individual(&format!("Load Signer {c} {i}"), &email);
                    form.push(("form_ts", stamp.clone()));
                    match client.post(&url).form(&form).send().await {
                        Ok(res) => answers.lock().unwrap().push((email, res.status().as_u16())),
                        // The server is gone (killed): nothing more to send.
                        Err(_) => return,
                    }
                    i += 1;
                }
            })
        })
        .collect();
    (answers, tasks)
}

fn answered_303(answers: &Answers) -> HashSet<String> {
    answers
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, status)| *status == 303)
        .map(|(email, _)| email.clone())
        .collect()
}

async fn stamp_of(address: &str) -> String {
    let page = reqwest::get(format!("{address}/letters/{SLUG}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    form_stamp(&page).expect("a sign form")
}

/// Every address in `answered` has its signature and a queued mail.
fn assert_recorded(pool: &db::Pool, answered: &HashSet<String>) {
    let stored: HashSet<String> = strings_in(
        pool,
        "SELECT s.email AS s FROM signatures s JOIN outbox o ON o.signature_id = s.id",
    )
    .into_iter()
    .collect();
    let missing: Vec<_> = answered.difference(&stored).collect();
    assert!(
        missing.is_empty(),
        "answered 303 but not stored: {missing:?}"
    );
}

async fn wait_delivered(smtp: &TestSmtp, expected: &HashSet<String>, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    loop {
        let got: HashSet<String> = smtp.received().into_iter().flat_map(|m| m.to).collect();
        let missing = expected.difference(&got).count();
        if missing == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{missing} mails never arrived ({} did)",
            got.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The SIGKILL test below shows that an answer comes after the commit; that the commit is on disk
/// by then (and so survives a power cut) rests on the database's settings, read here on the
/// service's own connections.
#[test]
fn every_commit_reaches_the_disk_before_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::create(dir.path());
    let service = db::Database::connect(&database.url(), 4).unwrap();
    for pool in [service.reads(), service.writes()] {
        let mut conn = pool.get().unwrap();
        db::run_migrations(&mut conn).unwrap();
        let exposed = db::exposed_to_power_cuts(&mut conn).unwrap();
        assert!(exposed.is_empty(), "not durable: {exposed:?}");
    }
    // The signing quota's spend alone does not wait for the disk on PostgreSQL: it must leave
    // the connection durable after it, and not touch a transaction it runs in (as a batch's
    // spends for its signers run).
    let mut conn = service.reads().get().unwrap();
    let now = 1_700_000_000_000_000;
    let spent = SignQuotaRow::spend(&mut conn, "alone", now, 1, 10).unwrap();
    assert_eq!(spent, Ok(()));
    let after = db::exposed_to_power_cuts(&mut conn).unwrap();
    assert!(after.is_empty(), "not durable after a spend: {after:?}");
    let within = conn
        .transaction(|conn| {
            assert_eq!(SignQuotaRow::spend(conn, "within", now, 1, 10)?, Ok(()));
            db::exposed_to_power_cuts(conn)
        })
        .unwrap();
    assert!(
        within.is_empty(),
        "a spend made its transaction exposed: {within:?}"
    );
}

/// SQLite's log, grown by a burst while a reader kept it from starting over, is cut back once
/// the reader is done (`db::checkpoint`): left to SQLite, it kept its largest size on disk (and
/// under a steady load never started over at all: `bench/README.md`). SQLite only.
#[tokio::test(flavor = "multi_thread")]
async fn a_burst_leaves_the_sqlite_log_cut_back() {
    use diesel::RunQueryDsl;
    use diesel::sql_types::Text;
    const CUT_TO: u64 = 64 << 20;
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::create(dir.path());
    if database.url().starts_with("postgres") {
        return;
    }
    let service = db::Database::connect(&database.url(), 2).unwrap();
    service
        .write(|conn| {
            diesel::sql_query("CREATE TABLE burst (body TEXT)")
                .execute(conn)
                .map_err(anyhow::Error::new)
        })
        .await
        .unwrap();
    let write = |body: String| {
        service.write(move |conn| {
            diesel::sql_query("INSERT INTO burst (body) VALUES (?)")
                .bind::<Text, _>(body.clone())
                .execute(conn)
                .map_err(anyhow::Error::new)
        })
    };
    // A reader of the state before the burst: while it reads, the log cannot start over.
    let (reading, read) = std::sync::mpsc::channel::<()>();
    let (done, finish) = std::sync::mpsc::channel::<()>();
    let pool = service.reads().clone();
    let reader = std::thread::spawn(move || {
        pool.get()
            .unwrap()
            .transaction(|conn| {
                diesel::sql_query("SELECT count(*) FROM burst").execute(conn)?;
                reading.send(()).unwrap();
                finish.recv().unwrap();
                diesel::QueryResult::Ok(())
            })
            .unwrap();
    });
    read.recv().unwrap();
    for _ in 0..96 {
        write("x".repeat(1 << 20)).await.unwrap();
    }
    let log = dir.path().join("test.db-wal");
    let size = || std::fs::metadata(&log).unwrap().len();
    let grown = size();
    assert!(
        grown > CUT_TO + (16 << 20),
        "the burst left a log of {grown} bytes"
    );
    done.send(()).unwrap();
    reader.join().unwrap();
    // SQLite cuts the log back as a write begins after the log was started over.
    let deadline = Instant::now() + Duration::from_secs(5);
    while size() > CUT_TO && Instant::now() < deadline {
        write("y".into()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        size() <= CUT_TO,
        "the log grew to {grown} bytes and stayed at {}",
        size()
    );
    let rows = count_in(service.reads(), "SELECT count(*) AS n FROM burst");
    assert!(rows > 96, "{rows} rows");
}

/// The writer's statement journals (a multi-row statement's changed pages, kept until it
/// ends) stay in memory: spilled to a temporary file, as SQLite does by default, they made
/// more than half the writer's `pwrite` calls (`bench/README.md`). SQLite only.
#[test]
fn the_sqlite_writer_keeps_its_statement_journals_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::create(dir.path());
    if database.url().starts_with("postgres") {
        return;
    }
    let service = db::Database::connect(&database.url(), 2).unwrap();
    let store = count_in(
        service.writes(),
        "SELECT temp_store AS n FROM pragma_temp_store()",
    );
    // 2 is MEMORY.
    assert_eq!(store, 2);
}

/// A pooled connection that answered a query within the last second is handed out without a
/// `SELECT 1` first; so one that a query found cut (as a database restart cuts them all) must
/// be closed on its return, not handed out again to fail the next request too. PostgreSQL
/// only: SQLite has no connection to cut.
#[test]
fn a_connection_found_cut_is_not_handed_out_again() {
    use diesel::prelude::*;
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::create(dir.path());
    if !database.url().starts_with("postgres") {
        return;
    }
    fn backend(conn: &mut db::DbConn) -> QueryResult<i32> {
        diesel::select(diesel::dsl::sql::<diesel::sql_types::Integer>(
            "pg_backend_pid()",
        ))
        .get_result(conn)
    }
    let pool = db::connect(&database.url(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    let cut = backend(&mut conn).unwrap();
    let mut admin = PgConnection::establish(&database.url()).unwrap();
    diesel::sql_query(format!("SELECT pg_terminate_backend({cut})"))
        .execute(&mut admin)
        .unwrap();
    let gone = format!("SELECT 1 FROM pg_stat_activity WHERE pid = {cut}");
    let deadline = Instant::now() + Duration::from_secs(5);
    while diesel::sql_query(&gone).execute(&mut admin).unwrap() > 0 {
        assert!(Instant::now() < deadline, "the backend did not end");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(backend(&mut conn).is_err(), "the connection should be cut");
    drop(conn);

    let mut conn = pool.get().unwrap();
    let next = backend(&mut conn).expect("the pool handed out the cut connection again");
    assert_ne!(next, cut);
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_under_load_loses_no_answered_signature() {
    let dir = tempfile::tempdir().unwrap();
    write_letter(&dir.path().join("letters"), &LetterSpec::default());
    let database = TestDb::create(dir.path());
    let smtp = TestSmtp::start(false).await;
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    let stamp = stamp_of(&server.address).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;

    let stop = Arc::new(AtomicBool::new(false));
    let (answers, tasks) = sign_in_a_loop("c", &server.address, &stamp, 16, stop.clone());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill();
    for task in tasks {
        task.await.unwrap();
    }
    let answered = answered_303(&answers);
    assert!(answered.len() > 20, "too little load: {}", answered.len());

    let pool = db::connect(&database.url(), 2).unwrap();
    assert_recorded(&pool, &answered);
    if let TestDb::Sqlite(_) = database {
        assert_eq!(
            strings_in(
                &pool,
                "SELECT integrity_check AS s FROM pragma_integrity_check()"
            ),
            ["ok"]
        );
    }

    // Restarted, it delivers what the killed one had queued or was sending.
    let mut logs = server.logs();
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    wait_delivered(&smtp, &answered, Duration::from_secs(30)).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while count_in(
        &pool,
        "SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'",
    ) > 0
    {
        assert!(Instant::now() < deadline, "the outbox never drained");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.terminate();
    assert!(server.wait_exit(Duration::from_secs(15)).success());
    logs.extend(server.logs());
    assert!(logs.len() > 20, "hardly anything was logged");
    let logs = logs.join("\n");
    assert!(!logs.contains("@example.org"), "an address was logged");
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_the_request_in_flight_and_the_mail_being_sent() {
    let dir = tempfile::tempdir().unwrap();
    write_letter(&dir.path().join("letters"), &LetterSpec::default());
    let database = TestDb::create(dir.path());
    let smtp = TestSmtp::start(false).await;
    smtp.set_delay(Duration::from_millis(1500));
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    let stamp = stamp_of(&server.address).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();

    // A mail on its way to a slow server.
    let mut form = individual("First Signer", "first@example.org");
    form.push(("form_ts", stamp.clone()));
    let res = client
        .post(server.url(&format!("/letters/{SLUG}/sign")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let request_id = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A request whose body is half sent when the signal comes. The 100 Continue shows that
    // the server is reading it.
    let body = serde_urlencoded::to_string([
        ("kind", "individual"),
        ("name", "Slow Signer"),
        ("title", "Nurse"),
        ("email", "slow@example.org"),
        ("public", "on"),
        ("form_ts", &stamp),
    ])
    .unwrap();
    let port = server.address.rsplit(':').next().unwrap().to_owned();
    let mut stream = tokio::net::TcpStream::connect(format!("127.0.0.1:{port}"))
        .await
        .unwrap();
    let head = format!(
        "POST /letters/{SLUG}/sign HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Expect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut interim = [0u8; 25];
    stream.read_exact(&mut interim).await.unwrap();
    assert_eq!(&interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    let (first, rest) = body.split_at(body.len() / 2);
    stream.write_all(first.as_bytes()).await.unwrap();

    server.terminate();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        tokio::net::TcpStream::connect(format!("127.0.0.1:{port}"))
            .await
            .is_err(),
        "a stopping server takes no new connections"
    );
    stream.write_all(rest.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    if !answer.starts_with("HTTP/1.1 303") {
        std::thread::sleep(Duration::from_secs(2));
        panic!("{answer}\n{}", server.logs().join("\n"));
    }

    assert!(server.wait_exit(Duration::from_secs(20)).success());
    // The log is JSON lines, the request's line under its id.
    let logged = server.logs().into_iter().any(|line| {
        let json: serde_json::Value = serde_json::from_str(&line).unwrap();
        json["span"]["request_id"] == request_id.as_str() && json["fields"]["status"] == 303
    });
    assert!(logged, "no log line for request {request_id}");
    let delivered: Vec<_> = smtp.received().into_iter().flat_map(|m| m.to).collect();
    assert!(delivered.contains(&"first@example.org".to_owned()));
    let pool = db::connect(&database.url(), 2).unwrap();
    assert_eq!(
        strings_in(
            &pool,
            "SELECT o.state AS s FROM outbox o JOIN signatures s ON s.id = o.signature_id \
             WHERE s.email = 'first@example.org'"
        ),
        ["sent"]
    );
    // Whatever was not sent yet is left queued and unclaimed, for the next start.
    assert_eq!(
        count_in(
            &pool,
            "SELECT COUNT(*) AS n FROM outbox WHERE claimed_by IS NOT NULL \
             OR state NOT IN ('sent', 'pending')"
        ),
        0
    );
    smtp.set_delay(Duration::ZERO);
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    let expected = HashSet::from([
        "first@example.org".to_owned(),
        "slow@example.org".to_owned(),
    ]);
    wait_delivered(&smtp, &expected, Duration::from_secs(10)).await;
    server.terminate();
    let status = server.wait_exit(Duration::from_secs(15));
    assert!(status.success(), "{status}: {}", server.logs().join("\n"));
}

/// How many mails each address received.
fn deliveries(smtp: &TestSmtp) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for to in smtp.received().into_iter().flat_map(|m| m.to) {
        *counts.entry(to).or_default() += 1;
    }
    counts
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mail_server_refusing_then_down_under_load_gets_every_mail_once() {
    let app = spawn_app_with(Options {
        smtp_refusing: true,
        ..Options::default()
    })
    .await;
    let stop = Arc::new(AtomicBool::new(false));
    let stamp = stamp_of(&app.address).await;
    let (answers, tasks) = sign_in_a_loop("c", &app.address, &stamp, 8, stop.clone());
    tokio::time::sleep(Duration::from_millis(700)).await;
    app.smtp.set_refusing(false);
    app.smtp.set_down(true);
    tokio::time::sleep(Duration::from_millis(700)).await;
    stop.store(true, Ordering::SeqCst);
    for task in tasks {
        task.await.unwrap();
    }
    let answered = answered_303(&answers);
    assert!(answered.len() > 20, "too little load: {}", answered.len());
    assert_eq!(
        answered.len(),
        answers.lock().unwrap().len(),
        "all answered 303"
    );
    assert!(app.smtp.received().is_empty());

    app.smtp.set_down(false);
    wait_delivered(&app.smtp, &answered, Duration::from_secs(20)).await;
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let counts = deliveries(&app.smtp);
    assert_eq!(counts.len(), answered.len());
    assert!(counts.values().all(|n| *n == 1), "a mail went twice");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL"]
async fn two_instances_on_postgres_send_each_mail_once() {
    let first = spawn_app().await;
    let second = spawn_app_with(Options {
        join: Some((first.database_url(), first.smtp.clone())),
        ..Options::default()
    })
    .await;
    let stop = Arc::new(AtomicBool::new(false));
    let stamp = stamp_of(&first.address).await;
    let (answers_a, tasks_a) = sign_in_a_loop("a", &first.address, &stamp, 6, stop.clone());
    let (answers_b, tasks_b) = sign_in_a_loop("b", &second.address, &stamp, 6, stop.clone());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, Ordering::SeqCst);
    for task in tasks_a.into_iter().chain(tasks_b) {
        task.await.unwrap();
    }
    let mut answered = answered_303(&answers_a);
    answered.extend(answered_303(&answers_b));
    assert!(answered.len() > 40, "too little load: {}", answered.len());

    wait_delivered(&first.smtp, &answered, Duration::from_secs(20)).await;
    assert_eq!(first.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let counts = deliveries(&first.smtp);
    assert_eq!(counts.len(), answered.len());
    assert!(counts.values().all(|n| *n == 1), "a mail went twice");
}

/// Runs `TEST_POSTGRES_CTL` (e.g. `pg_ctlcluster --skip-systemctl-redirect 15 main`) + action.
fn postgres_ctl(action: &[&str]) {
    let ctl = std::env::var("TEST_POSTGRES_CTL")
        .expect("TEST_POSTGRES_CTL, e.g. `pg_ctlcluster --skip-systemctl-redirect 15 main`");
    let mut words = ctl.split_whitespace();
    let status = std::process::Command::new(words.next().unwrap())
        .args(words)
        .args(action)
        .status()
        .unwrap();
    assert!(status.success(), "{ctl} {action:?} failed");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "restarts the PostgreSQL server: run alone, with TEST_DATABASE_URL and TEST_POSTGRES_CTL"]
async fn postgres_restart_answers_503_then_recovers_by_itself() {
    let app = spawn_app().await;
    let stop = Arc::new(AtomicBool::new(false));
    let stamp = stamp_of(&app.address).await;
    let (answers, tasks) = sign_in_a_loop("c", &app.address, &stamp, 2, stop.clone());
    tokio::time::sleep(Duration::from_millis(800)).await;

    tokio::task::spawn_blocking(|| postgres_ctl(&["stop", "-m", "fast"]))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(4)).await;
    let during: Vec<u16> = answers.lock().unwrap().iter().map(|a| a.1).collect();
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 503);
    let api = app
        .client
        .get(app.url(&format!("/api/v1/letters/{SLUG}")))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 503);
    assert_eq!(api.headers()["retry-after"], "5");
    let body: serde_json::Value = api.json().await.unwrap();
    assert_eq!(body["error"], "unavailable");
    tokio::task::spawn_blocking(|| postgres_ctl(&["start"]))
        .await
        .unwrap();
    let started = Instant::now();
    loop {
        let res = app.client.get(app.url("/healthz")).send().await.unwrap();
        if res.status().as_u16() == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "not recovered 10 s after the database came back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered = started.elapsed();
    let before = answers.lock().unwrap().len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, Ordering::SeqCst);
    for task in tasks {
        task.await.unwrap();
    }

    let all = answers.lock().unwrap().clone();
    assert!(during.contains(&503), "no 503 during the outage");
    assert!(
        all.iter().all(|(_, s)| *s == 303 || *s == 503),
        "only 303 or 503: {:?}",
        all.iter().map(|a| a.1).collect::<HashSet<_>>()
    );
    assert!(
        all[before..].iter().any(|(_, s)| *s == 303),
        "signing works again"
    );
    assert_recorded(&app.pool, &answered_303(&answers));
    println!(
        "{} of {} requests answered 503; recovered {recovered:?} after the database came back",
        all.iter().filter(|(_, s)| *s == 503).count(),
        all.len()
    );
    // Mail delivery resumed by itself too (the worker has a backlog to catch up on).
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(60)).await, 0);
}

/// Confirmed signers who asked for news, written straight into the database: `n` of them,
/// `news{i}@example.org`.
fn seed_news_signers(pool: &db::Pool, n: usize) {
    let mut conn = pool.get().unwrap();
    let rows: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "((SELECT id FROM letters WHERE slug = '{SLUG}'), 'individual', 'published', \
                 'Signer {i}', 'Nurse', TRUE, 'signer {i} nurse', '2026-01-01 00:00:00', \
                 '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'signer {i}', 'signer', '{i}', '', \
                 'news{i}@example.org', 'news{i}@example.org')"
            )
        })
        .collect();
    use diesel::RunQueryDsl;
    diesel::sql_query(format!(
        "INSERT INTO signatures (letter_id, kind, state, name, title, public, search_key, \
         created_at, verified_at, published_at, name_key, name_first, name_last, flags, email, \
         email_key) VALUES {}",
        rows.join(",")
    ))
    .execute(&mut *conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO news_consents (signature_id, wording, consented_at) \
         SELECT id, 'news-1', created_at FROM signatures",
    )
    .execute(&mut *conn)
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_mid_send_neither_loses_nor_repeats_an_update_mail() {
    const SIGNERS: usize = 80;
    const BEFORE_CRASH: usize = 30;
    let dir = tempfile::tempdir().unwrap();
    write_letter(
        &dir.path().join("letters"),
        &LetterSpec {
            updates: crate::updates::UPDATES,
            ..LetterSpec::default()
        },
    );
    let database = TestDb::create(dir.path());
    let smtp = TestSmtp::start(false).await;
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    let pool = db::connect(&database.url(), 2).unwrap();
    seed_news_signers(&pool, SIGNERS);

    // The mail server takes 30 mails, then answers no more: the mails being sent hang.
    smtp.accept_at_most(BEFORE_CRASH);
    let out = crate::cli::undersigned(&database.url(), dir.path())
        .args(["update", "send", SLUG, "2026-11-20-first-week"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sent = "SELECT COUNT(*) AS n FROM outbox WHERE state = 'sent'";
    let deadline = Instant::now() + Duration::from_secs(20);
    while count_in(&pool, sent) < BEFORE_CRASH as i64 {
        assert!(Instant::now() < deadline, "the first mails never went");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Every mail the server has sent in full hangs, waiting for its answer: a mail whose last
    // line had reached the mail server, unanswered, would be the one a crash may send twice.
    let mut hanging = smtp.held();
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let now = smtp.held();
        if now == hanging && now > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "the mails never settled");
        hanging = now;
    }
    server.kill();
    // The mails that hung were never accepted: their sender hung up.
    let deadline = Instant::now() + Duration::from_secs(10);
    while smtp.held() > 0 {
        assert!(
            Instant::now() < deadline,
            "{} mails still hang",
            smtp.held()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(smtp.received().len(), BEFORE_CRASH);

    // The mail server answers again.
    smtp.accept_at_most(usize::MAX);
    let mut server = Server::start(dir.path(), &database.url(), smtp.port);
    let deadline = Instant::now() + Duration::from_secs(30);
    while count_in(&pool, sent) < SIGNERS as i64 {
        assert!(
            Instant::now() < deadline,
            "the send never finished after the restart"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let counts = deliveries(&smtp);
    assert_eq!(counts.len(), SIGNERS, "every signer got it");
    assert!(counts.values().all(|n| *n == 1), "repeated: {counts:?}");
    server.terminate();
    assert!(server.wait_exit(Duration::from_secs(15)).success());
}
