use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::helpers::*;

pub fn undersigned(database_url: &str, dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersigned"));
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", database_url)
        .env("UNDERSIGNED_LETTERS_DIR", dir.join("letters"))
        .env("UNDERSIGNED_DATA_DIR", dir.join("data"))
        .env("RUST_LOG", "info");
    cmd
}

#[test]
fn migrate_and_letter_load() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(dir.path());
    let out = undersigned(&db.url(), dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "migrations applied"
    );

    write_letter(
        &dir.path().join("elsewhere"),
        &LetterSpec {
            slug: "new-letter",
            ..LetterSpec::default()
        },
    );
    let out = undersigned(&db.url(), dir.path())
        .args(["letter", "load", "elsewhere/new-letter"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "letter new-letter loaded"
    );

    std::fs::write(
        dir.path().join("elsewhere/new-letter/letter.toml"),
        "title = \"T\"\nstatus = \"sometimes\"\n",
    )
    .unwrap();
    let out = undersigned(&db.url(), dir.path())
        .args(["letter", "load", "elsewhere/new-letter"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("letter.toml") && err.contains("sometimes"),
        "{err}"
    );

    let out = undersigned(&db.url(), dir.path())
        .env("DATABASE_URL", "mysql://x")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sqlite:// or postgres://"));
}

/// Settings come from `undersigned.toml` in the working directory; the environment wins.
#[test]
fn settings_file_is_read_and_environment_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let from_file = dir.path().join("from-file.db");
    std::fs::write(
        dir.path().join("undersigned.toml"),
        format!("database_url = \"sqlite://{}\"\n", from_file.display()),
    )
    .unwrap();
    let db = TestDb::Sqlite(dir.path().join("from-env.db"));
    let mut cmd = undersigned(&db.url(), dir.path());
    let out = cmd
        .env_remove("DATABASE_URL")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(from_file.exists());
    let out = undersigned(&db.url(), dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("from-env.db").exists());

    std::fs::write(dir.path().join("undersigned.toml"), "databse_url = \"x\"\n").unwrap();
    let out = undersigned(&db.url(), dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("databse_url"));
}

/// `serve` with no SMTP: mail goes to files and the link is logged; SIGTERM stops it cleanly.
#[tokio::test(flavor = "multi_thread")]
async fn serve_logs_the_link_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    write_letter(&dir.path().join("letters"), &LetterSpec::default());
    let db = TestDb::create(dir.path());
    let mut child = undersigned(&db.url(), dir.path())
        .env("UNDERSIGNED_BIND", "127.0.0.1:0")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = mpsc::channel::<String>();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let mut log = Vec::new();
    let mut wait_for = |needle: &str| -> String {
        loop {
            let line = lines
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {needle} in {log:#?}"));
            log.push(line.clone());
            if line.contains(needle) {
                return line;
            }
        }
    };
    let listening = wait_for("port=");
    let port = listening.split("port=").nth(1).unwrap().trim();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // As a person would: open the page, take a moment, sign.
    let page = page_text(&client, format!("{base}/letters/{SLUG}")).await;
    let mut form = individual("Jo Bloggs", "jo.logged@example.org");
    form.push(("form_ts", form_stamp(&page).unwrap()));
    // What a container's health check runs.
    let health = |bind: String| {
        undersigned(&db.url(), dir.path())
            .arg("health")
            .env("UNDERSIGNED_BIND", bind)
            .output()
            .unwrap()
    };
    let healthy = health(format!("0.0.0.0:{port}"));
    assert!(healthy.status.success(), "{healthy:?}");
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let sign = || {
        client
            .post(format!("{base}/letters/{SLUG}/sign"))
            .form(&form)
            .send()
    };
    assert_eq!(sign().await.unwrap().status().as_u16(), 303);
    let logged = wait_for("/verify/");
    assert!(!logged.contains("jo.logged"), "no address in the log");
    let path = &logged[logged.find("/verify/").unwrap()..];
    let path = path.split_whitespace().next().unwrap();
    let res = client.post(format!("{base}{path}")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    // Signing again once confirmed mails an "already signed" note whose only link withdraws:
    // it is written to a file like the first, and its link is never logged.
    assert_eq!(sign().await.unwrap().status().as_u16(), 303);
    wait_for("mail written to a file");
    let mails: Vec<_> = std::fs::read_dir(dir.path().join("data/mail"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(mails.len(), 2);
    // What holds addresses and working links is readable by the service's user alone.
    let mode = |path: &std::path::Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    };
    for mail in &mails {
        assert_eq!(mode(mail), 0o600, "{}", mail.display());
    }
    assert_eq!(mode(&dir.path().join("data/mail")), 0o700);
    if let TestDb::Sqlite(file) = &db {
        assert_eq!(mode(file), 0o600, "the SQLite file");
    }

    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(!health(format!("127.0.0.1:{port}")).status.success());
    for line in log
        .iter()
        .chain(lines.try_iter().collect::<Vec<_>>().iter())
    {
        assert!(!line.contains("jo.logged@example.org"), "{line}");
        assert!(
            !line.contains("/withdraw/"),
            "a withdrawal link was logged: {line}"
        );
    }
}

/// `letter close` and `letter reopen` change the letter file's status, record when the letter
/// closed (the retention clock) and log both in the audit log; the server refuses signatures
/// to a closed letter and still takes withdrawals.
#[tokio::test(flavor = "multi_thread")]
async fn closing_a_letter_is_recorded_and_reopening_too() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_confirm(&individual("Early Signer", "early@example.org"))
        .await;
    let run = |args: &[&str]| {
        let out = undersigned(&app.database_url(), app.dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let toml = || {
        std::fs::read_to_string(
            app.dir
                .path()
                .join("letters")
                .join(SLUG)
                .join("letter.toml"),
        )
        .unwrap()
    };
    let closed =
        "SELECT COUNT(*) AS n FROM letters WHERE status = 'closed' AND closed_at IS NOT NULL";

    assert_eq!(
        run(&["letter", "close", SLUG]),
        format!("letter {SLUG} closed")
    );
    assert!(
        toml().contains("status = \"closed\"") && toml().contains("moderation"),
        "{}",
        toml()
    );
    assert_eq!(app.count(closed), 1);
    let res = app
        .sign(&individual("Late Signer", "late@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 403);
    for path in [format!("/letters/{SLUG}"), format!("/letters/{SLUG}/press")] {
        let (status, page) = app.get_text(&path).await;
        assert_eq!(status, 200);
        assert!(page.contains("This letter is closed"), "{path}");
    }
    let (status, json) = app.get_text(&format!("/api/v1/letters/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(
        json.contains("\"status\":\"closed\"") && json.contains("\"closed\":\"20"),
        "{json}"
    );
    // Loading the closed letter again keeps the time it closed.
    let first = app.strings("SELECT CAST(closed_at AS TEXT) AS s FROM letters");
    run(&["letter", "close", SLUG]);
    assert_eq!(
        app.strings("SELECT CAST(closed_at AS TEXT) AS s FROM letters"),
        first
    );
    assert_eq!(
        app.press(&mail.link("/withdraw/")).await,
        200,
        "withdrawal stays possible"
    );

    assert_eq!(
        run(&["letter", "reopen", SLUG]),
        format!("letter {SLUG} reopened")
    );
    assert!(toml().contains("status = \"open\""));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM letters WHERE status = 'open' AND closed_at IS NULL"),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('close letter', 'reopen letter') AND letter_id IS NOT NULL"),
        2
    );
    let res = app
        .sign(&individual("Late Signer", "late@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.smtp.wait_for(2).await;
}
