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
    app.strings("SELECT name || ' ' || CAST(version AS TEXT) AS s FROM signatures ORDER BY id")
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
