//! Mailing an update to the signers who asked for news: preview, a test to oneself, the count,
//! then the send, once, through the outbox; the one-click stop; the cap of two a month; the
//! command line; the update that sends itself at the target.

use undersigned::db::models::Role;

use crate::cli::undersigned;
use crate::helpers::*;
use crate::updates::UPDATES;

const ADMIN: &str = "admin@example.org";
const FIRST: &str = "2026-11-20-first-week";
const SECOND: &str = "2026-12-02-thanks";

pub fn asking_for_news(name: &str, email: &str) -> Vec<(&'static str, String)> {
    let mut form = individual(name, email);
    form.push(("news", "on".into()));
    form
}

async fn letter_with_updates() -> TestApp {
    spawn_app_with(Options {
        letters: vec![LetterSpec {
            updates: UPDATES,
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await
}

/// The mails received since `before` carrying an update, by recipient.
fn news_since(app: &TestApp, before: usize) -> Vec<Mail> {
    app.smtp.received()[before..]
        .iter()
        .filter(|m| m.header("List-Unsubscribe").is_some())
        .cloned()
        .collect()
}

async fn wait_news(app: &TestApp, before: usize, n: usize) -> Vec<Mail> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let news = news_since(app, before);
        if news.len() >= n {
            return news;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{} of {n} news mails",
            news.len()
        );
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
}

/// The path of a mail's one-click address.
pub fn unsubscribe_path(mail: &Mail) -> String {
    let header = mail.header("List-Unsubscribe").unwrap();
    let url = header.trim_matches(['<', '>']);
    url[url.find("/unsubscribe/").unwrap()..].to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_goes_once_and_only_to_confirmed_signers_who_asked() {
    let app = letter_with_updates().await;
    app.sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    app.sign_and_confirm(&individual("Ben Quiet", "ben@example.org"))
        .await;
    // Asked, but never confirmed the address.
    let before = app.smtp.received().len();
    app.sign(&asking_for_news("Cat Unconfirmed", "cat@example.org"))
        .await;
    app.smtp.wait_for(before + 1).await;

    let moderator = app.admin("mod@example.org", Role::Moderator).await;
    let (status, _) = moderator
        .get(&format!("/admin/letters/{SLUG}/updates"))
        .await;
    assert_eq!(status, 403, "sending updates is for admins");
    let admin = app.admin(ADMIN, Role::Admin).await;
    let list = admin
        .get_ok(&format!("/admin/letters/{SLUG}/updates"))
        .await;
    assert!(list.contains("1 confirmed signer asked for news"), "{list}");

    // The preview shows the mail and the count.
    let preview_path = format!("/admin/letters/{SLUG}/updates/{FIRST}");
    let preview = admin.get_ok(&preview_path).await;
    assert!(
        preview.contains(&format!("A week in · A letter called {SLUG}")),
        "{preview}"
    );
    assert!(preview.contains("Send to 1 signer"), "{preview}");

    // A test to oneself, marked as such, and nobody else.
    let before = app.smtp.received().len();
    let res = admin.post(&format!("{preview_path}/test"), &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let test = app.smtp.wait_for(before + 1).await.pop().unwrap();
    assert_eq!(test.to, [ADMIN]);
    assert!(
        test.subject().starts_with("[Test] A week in"),
        "{}",
        test.subject()
    );
    assert!(
        admin
            .get_ok(&format!("{preview_path}?tested=true"))
            .await
            .contains("A test went to")
    );

    // The send: Ann alone, with the stop link in the text and the RFC 8058 headers.
    let before = app.smtp.received().len();
    assert_eq!(
        admin
            .post_status(&format!("{preview_path}/send"), &[])
            .await,
        303
    );
    let news = wait_news(&app, before, 1).await;
    assert_eq!(news[0].to, ["ann@example.org"]);
    assert_eq!(
        news[0].header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let stop = unsubscribe_path(&news[0]);
    assert!(news[0].text().contains(&stop), "{}", news[0].text());
    assert!(news[0].text().contains("Over **300** names & counting."));
    assert!(news[0].html().contains("<strong>300</strong>"));
    app.wait_outbox_drained(std::time::Duration::from_secs(10))
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE recipient_key LIKE '%@%'"),
        0,
        "the outbox holds no address"
    );

    // Once only: a second send is refused and mails nobody.
    let again = admin.post(&format!("{preview_path}/send"), &[]).await;
    assert_eq!(again.status().as_u16(), 422);
    assert!(again.text().await.unwrap().contains("an update goes once"));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(news_since(&app, before).len(), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'send update'"),
        1
    );
    let page = admin.get_ok(&preview_path).await;
    assert!(page.contains("UTC to 1 signer"), "{page}");
    assert!(!page.contains("Send to"), "no second send button");
}

#[tokio::test(flavor = "multi_thread")]
async fn one_click_unsubscribe_by_post_without_a_session_stops_the_next_update() {
    let app = letter_with_updates().await;
    app.sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    app.sign_and_confirm(&asking_for_news("Eve Stays", "eve@example.org"))
        .await;
    let admin = app.admin(ADMIN, Role::Admin).await;
    let before = app.smtp.received().len();
    let send = |name: &'static str| format!("/admin/letters/{SLUG}/updates/{name}/send");
    assert_eq!(admin.post_status(&send(FIRST), &[]).await, 303);
    let news = wait_news(&app, before, 2).await;
    let ann = news.iter().find(|m| m.to == ["ann@example.org"]).unwrap();
    let stop = unsubscribe_path(ann);

    // The page behind the link asks; it changes nothing by itself.
    let page = app.get_ok(&stop).await;
    assert!(page.contains("Stop news about this letter"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM news_consents"), 2);

    // What a mail program sends: a POST with no cookie, no Origin, no CSRF token.
    let fresh = reqwest::Client::new();
    for _ in 0..2 {
        let res = fresh
            .post(app.url(&stop))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert!(res.text().await.unwrap().contains("no more news"));
    }
    let ann_id = app.id_of("Ann Asks");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM news_consents WHERE signature_id = {ann_id}"
        )),
        0
    );
    assert_eq!(app.state_of(ann_id), "published", "the signature stays");
    assert!(app.get_ok(&stop).await.contains("You get no news"));

    // A link that is not ours stops nothing.
    let forged = format!("/unsubscribe/{}-{}", app.id_of("Eve Stays"), "0".repeat(32));
    let res = fresh.post(app.url(&forged)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This link stops no news")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM news_consents"), 1);

    // The next update goes to Eve alone.
    let before = app.smtp.received().len();
    assert_eq!(admin.post_status(&send(SECOND), &[]).await, 303);
    let news = wait_news(&app, before, 1).await;
    app.wait_outbox_drained(std::time::Duration::from_secs(10))
        .await;
    assert_eq!(news.len(), 1);
    assert_eq!(news[0].to, ["eve@example.org"]);

    // Two went this month: a third is refused, with the day it may go.
    let res = admin
        .post(
            &format!("/admin/letters/{SLUG}/updates"),
            &[
                ("date", "2026-12-03"),
                ("name", "third"),
                ("title", "A third"),
                ("body", "More news."),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = admin.post(&send("2026-12-03-third"), &[]).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("at most two emails a month")
    );
    assert!(news_since(&app, before).len() == 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM updates WHERE sent_at IS NOT NULL"),
        2,
        "the refused send left no mark"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_written_in_the_admin_pages_is_checked_shown_and_kept_by_a_reload() {
    let app = letter_with_updates().await;
    let admin = app.admin(ADMIN, Role::Admin).await;
    let path = format!("/admin/letters/{SLUG}/updates");
    let write =
        |date: &'static str, name: &'static str, title: &'static str, body: &'static str| {
            [
                ("date", date),
                ("name", name),
                ("title", title),
                ("body", body),
            ]
        };
    for (fields, why) in [
        (write("2026-13-01", "x", "T", "b"), "a date that is none"),
        (
            write("2026-12-05", "Not OK!", "T", "b"),
            "a name with capitals and marks",
        ),
        (
            write("2026-12-05", "ok", "Evil\u{202E}title", "b"),
            "a bidi override",
        ),
        (write("2026-12-05", "ok", "Title", "\u{0}"), "a NUL"),
        (write("2026-12-05", "ok", "Title", "   "), "no text"),
        (
            write("2026-11-20", "first-week", "Again", "b"),
            "a name taken",
        ),
    ] {
        assert_eq!(admin.post_status(&path, &fields).await, 422, "{why}");
    }
    let huge = "x".repeat(20_001);
    assert_eq!(
        admin
            .post_status(
                &path,
                &[
                    ("date", "2026-12-05"),
                    ("name", "ok"),
                    ("title", "T"),
                    ("body", &huge)
                ]
            )
            .await,
        422
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM updates"),
        2,
        "nothing written"
    );

    let res = admin
        .post(
            &path,
            &write(
                "2026-12-05",
                "delivered",
                "Delivered",
                "By *hand*. <script>alert(1)</script>",
            ),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(
        page.contains("id=\"update-2026-12-05-delivered\""),
        "{page}"
    );
    assert!(page.contains("By <em>hand</em>."));
    assert!(!page.contains("<script>alert(1)"));

    // Loading the letter again keeps it: only file updates follow their files.
    let out = undersigned(&app.database_url(), app.dir.path())
        .args([
            "letter",
            "load",
            &app.dir.path().join("letters").join(SLUG).to_string_lossy(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM updates"), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_line_sends_an_update_and_a_mailed_update_keeps_its_file() {
    let app = letter_with_updates().await;
    app.sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    let before = app.smtp.received().len();
    let out = undersigned(&app.database_url(), app.dir.path())
        .args(["update", "send", SLUG, FIRST])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("queued for 1 signer;"));
    let news = wait_news(&app, before, 1).await;
    assert_eq!(news[0].to, ["ann@example.org"]);

    let out = undersigned(&app.database_url(), app.dir.path())
        .args(["update", "send", SLUG, FIRST])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("an update goes once"));
    let out = undersigned(&app.database_url(), app.dir.path())
        .args(["update", "send", SLUG, "2026-01-01-none"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no update 2026-01-01-none"));

    // Its file gone, the load refuses, naming it, and changes nothing.
    let letter_dir = app.dir.path().join("letters").join(SLUG);
    std::fs::remove_file(letter_dir.join("updates").join(format!("{FIRST}.md"))).unwrap();
    let out = undersigned(&app.database_url(), app.dir.path())
        .args(["letter", "load", &letter_dir.to_string_lossy()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{FIRST}.md")) && err.contains("mailed"),
        "{err}"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM updates"), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_target_update_stays_hidden_and_sends_itself_when_the_target_is_reached() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            extra: "target = 2\ntarget_update = \"2026-12-24-two\"\n",
            updates: &[(
                "2026-12-24-two.md",
                "# Two of us\n\nThe target is reached.\n",
            )],
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let letter = format!("/letters/{SLUG}");
    app.sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(
        !app.get_ok(&letter).await.contains("Two of us"),
        "hidden before the target"
    );
    assert!(
        !app.get_ok(&format!("{letter}/updates.atom"))
            .await
            .contains("Two of us")
    );
    let before = app.smtp.received().len();
    app.sign_and_confirm(&individual("Ben Second", "ben@example.org"))
        .await;
    let news = wait_news(&app, before, 1).await;
    assert_eq!(news[0].to, ["ann@example.org"]);
    assert!(news[0].subject().starts_with("Two of us"));
    assert!(app.get_ok(&letter).await.contains("Two of us"));
    assert_eq!(
        app.strings("SELECT actor AS s FROM audit_log WHERE action = 'send update'"),
        ["target reached"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_target_update_must_name_an_update_file() {
    let dir = tempfile::tempdir().unwrap();
    let letters = dir.path().join("letters");
    write_letter(
        &letters,
        &LetterSpec {
            extra: "target = 2\ntarget_update = \"2026-12-24-missing\"\n",
            ..LetterSpec::default()
        },
    );
    let db = TestDb::create(dir.path());
    let out = undersigned(&db.url(), dir.path())
        .args(["letter", "load", &letters.join(SLUG).to_string_lossy()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no updates/2026-12-24-missing.md"));
}

#[tokio::test(flavor = "multi_thread")]
async fn withdrawing_erases_the_update_mails_and_a_queued_one_is_never_sent() {
    let app = letter_with_updates().await;
    let ann_mail = app
        .sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    let admin = app.admin(ADMIN, Role::Admin).await;
    let before = app.smtp.received().len();
    let send = |name: &'static str| format!("/admin/letters/{SLUG}/updates/{name}/send");
    assert_eq!(admin.post_status(&send(FIRST), &[]).await, 303);
    wait_news(&app, before, 1).await;
    app.wait_outbox_drained(std::time::Duration::from_secs(10))
        .await;

    // The mail server goes down with the second update queued; Ann withdraws meanwhile.
    app.smtp.set_down(true);
    assert_eq!(admin.post_status(&send(SECOND), &[]).await, 303);
    let news = "SELECT COUNT(*) AS n FROM outbox WHERE update_id IS NOT NULL";
    assert_eq!(app.count(news), 2);
    assert_eq!(app.press(&ann_mail.link("/withdraw/")).await, 200);
    assert_eq!(
        app.count(news),
        0,
        "the mails of a withdrawn signer are erased"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM news_consents"), 0);
    // An attempt already under way when the signer withdrew (its mail read before) fails
    // against the server that is down; only then does the server come back.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let before = app.smtp.received().len();
    app.smtp.set_down(false);
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert!(
        news_since(&app, before).is_empty(),
        "the queued update went out"
    );
    assert!(!app.dump().contains("ann@example.org"));
}
