//! Versions of a letter's text: `version = N` in letter.toml keeps each text, every signature
//! records the version it was signed on, the history page shows what changed, and a typing
//! correction without a new version changes nothing of the signatures.

use serde_json::Value;

use crate::cli::undersigned;
use crate::helpers::*;

/// Rewrites the letter's files (text and the lines added to letter.toml) and loads it.
fn reload(app: &TestApp, text: &str, extra: &str) -> std::process::Output {
    let dir = app.dir.path().join("letters").join(SLUG);
    std::fs::write(dir.join("letter.md"), text).unwrap();
    std::fs::write(
        dir.join("letter.toml"),
        format!(
            "title = \"A letter called {SLUG}\"\nstatus = \"open\"\nmoderation = \"post\"\n\
             published = 2026-01-02\n{extra}"
        ),
    )
    .unwrap();
    undersigned(&app.database_url(), app.dir.path())
        .args(["letter", "load", &dir.to_string_lossy()])
        .output()
        .unwrap()
}

fn versions_of(app: &TestApp) -> Vec<String> {
    app.strings(
        "SELECT COALESCE(name, '(erased)') || ' ' || CAST(version AS TEXT) AS s \
         FROM signatures ORDER BY id",
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn each_signature_keeps_its_version_and_the_history_shows_what_changed() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Ann Early", "ann@example.org"))
        .await;
    let out = reload(
        &app,
        "We, the undersigned, *ask* for **better care** now.\n",
        "version = 2\nversion_note = \"Asks for it now\"\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.sign_and_confirm(&individual("Ben Later", "ben@example.org"))
        .await;
    assert_eq!(versions_of(&app), ["Ann Early 1", "Ben Later 2"]);

    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(page.contains("version 2 of the text"), "{page}");
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    let ann = list.find("Ann Early").unwrap();
    let ben = list.find("Ben Later").unwrap();
    let marked = |at: usize| {
        list[at..]
            .split("</li>")
            .next()
            .unwrap()
            .contains("signed version 1")
    };
    assert!(marked(ann) && !marked(ben), "{list}");

    // The downloads and the API carry it.
    let csv = app
        .get_ok(&format!("/letters/{SLUG}/signatories.csv"))
        .await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "version")
        .unwrap();
    let mut versions: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().get(at).unwrap().to_owned())
        .collect();
    versions.sort();
    assert_eq!(versions, ["1", "2"]);
    let json: Value = app
        .get(&format!("/api/v1/letters/{SLUG}/signatories"))
        .await
        .json()
        .await
        .unwrap();
    assert!(json.to_string().contains("\"version\":1"), "{json}");
    let pdf = app
        .get(&format!("/letters/{SLUG}/signatories.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Version 2 of the text"), "{text}");
    assert!(
        text.contains("Psychiatrist. (signed version 1) Ben Later"),
        "{text}"
    );
    assert_eq!(text.matches("(signed version").count(), 1, "{text}");

    // The history: the note, and the words removed and added.
    let history = app.get_ok(&format!("/letters/{SLUG}/history")).await;
    assert!(history.contains("Version 2") && history.contains("Asks for it now"));
    assert!(
        history.contains("<del>care**.</del><ins>care** now.</ins>"),
        "{history}"
    );
    assert!(history.contains("The first text"));

    // A typing correction under the same version changes no signature and adds no version.
    let out = reload(
        &app,
        "We, the undersigned, *ask* for **better care** now!\n",
        "version = 2\nversion_note = \"Asks for it now\"\n",
    );
    assert!(out.status.success());
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM letter_versions"), 2);
    assert_eq!(versions_of(&app), ["Ann Early 1", "Ben Later 2"]);
    assert!(
        app.get_ok(&format!("/letters/{SLUG}/history"))
            .await
            .contains("now!")
    );

    // A version is never lowered, and a note is one clean line.
    let out = reload(&app, "Back.\n", "version = 1\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("never lowered"));
    let out = reload(
        &app,
        "Text.\n",
        "version = 3\nversion_note = \"evil\u{202E}note\"\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("version_note"));
    let out = reload(&app, "Text.\n", "version = 0\n");
    assert!(!out.status.success());
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM letter_versions"),
        2,
        "nothing saved"
    );
    assert_eq!(
        app.count("SELECT CAST(version AS BIGINT) AS n FROM letters"),
        2,
        "the letter kept its version"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn signers_of_an_earlier_version_are_asked_once_and_choose() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Ann Agrees", "ann@example.org"))
        .await;
    app.sign_and_confirm(&individual("Ben Ignores", "ben@example.org"))
        .await;
    app.sign_and_confirm(&individual("Cat Leaves", "cat@example.org"))
        .await;
    let out = reload(
        &app,
        "We ask for better care, now.\n",
        "version = 2\nversion_note = \"Asks for it now\"\n",
    );
    assert!(out.status.success());
    app.sign_and_confirm(&individual("Dan Later", "dan@example.org"))
        .await;
    let admin = app
        .admin("admin@example.org", undersigned::db::models::Role::Admin)
        .await;
    let page = admin
        .get_ok(&format!("/admin/letters/{SLUG}/updates"))
        .await;
    assert!(page.contains("Ask 3 signers to sign version 2"), "{page}");

    let before = app.smtp.received().len();
    let ask = format!("/admin/letters/{SLUG}/reconfirm");
    assert_eq!(admin.post_status(&ask, &[]).await, 303);
    let mails = app.smtp.wait_for(before + 3).await[before..].to_vec();
    app.wait_outbox_drained(std::time::Duration::from_secs(10))
        .await;
    let mut to: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    assert_eq!(
        to,
        ["ann@example.org", "ben@example.org", "cat@example.org"]
    );
    assert!(mails[0].text().contains("Asks for it now"));
    // Once per version.
    assert_eq!(admin.post_status(&ask, &[]).await, 422);
    let mail_to = |who: &str| mails.iter().find(|m| m.to == [who]).unwrap().clone();

    // Ann signs version 2; the page alone changes nothing.
    let link = mail_to("ann@example.org").link("/reconfirm/");
    assert!(app.get_ok(&link).await.contains("Sign version 2"));
    assert_eq!(versions_of(&app)[0], "Ann Agrees 1");
    assert_eq!(app.press(&link).await, 200);
    assert_eq!(app.press(&link).await, 404, "a link acts once");
    // Cat withdraws from the same mail: erased as any withdrawal.
    assert_eq!(
        app.press(&mail_to("cat@example.org").link("/withdraw/"))
            .await,
        200
    );
    assert!(!app.dump().contains("cat@example.org"));
    assert_eq!(
        versions_of(&app),
        ["Ann Agrees 2", "Ben Ignores 1", "(erased) 1", "Dan Later 2"]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign new version'"),
        1
    );
}
