use std::path::PathBuf;
use std::process::Command;

use undersigned::db::models::Role;

use crate::helpers::*;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures")
        .join(name)
}

fn import(app: &TestApp, file: &std::path::Path, kind: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_undersigned"))
        .args(["import", SLUG, &file.display().to_string(), "--kind", kind])
        .env("DATABASE_URL", app.database_url())
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn pairs(app: &TestApp) -> Vec<String> {
    let mut pairs = app.strings(
        "SELECT a.name_key || ' | ' || b.name_key AS s FROM duplicate_pairs p \
         JOIN signatures a ON a.id = p.first_id JOIN signatures b ON b.id = p.second_id",
    );
    pairs.sort();
    pairs
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stopsim_list_imports_with_its_duplicates_flagged_and_nothing_else() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            moderation: "pre",
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let out = import(&app, &fixture("stopsim-signatories.csv"), "individual");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "imported 370, skipped 0 already imported, 12 probable duplicates flagged for review"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        370
    );
    let expected = [
        "andrew grundy | andrew grundy",
        "caroline strathearn | caroline strathearn",
        "claire hayward | claire hayward",
        "domna salonen | domna salonen",
        "harriet fletcher | harriet fletcher",
        "jennifer burgess | jennifer burgess",
        "keir harding | keir harding",
        "laura tovell | laura tovell",
        "louisa harvey | louise harvey",
        "rikke albert | rikke albert",
        "sara vali | sara vali",
        "tamar jeynes | tamar jeynes",
    ];
    assert_eq!(
        pairs(&app),
        expected,
        "distinct people such as Fiona and Diana Harris are not flagged"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'import' AND actor = 'import (command line)'"), 370);

    // Importing the same file again adds nothing.
    let out = import(&app, &fixture("stopsim-signatories.csv"), "individual");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "imported 0, skipped 370 already imported, 0 probable duplicates flagged for review"
    );
    assert_eq!(app.signatures(), 370);

    let out = import(&app, &fixture("stopsim-organisations.csv"), "organisation");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let orgs = app
        .get_ok(&format!("/letters/{SLUG}/signatories?kind=organisation"))
        .await;
    assert!(orgs.contains("Organisations (32)"));
}

/// Imported into a post-moderated letter, the model letter's list publishes 358 people, not
/// 370: the later entry of each of the 12 pairs waits for a moderator, out of the list, the
/// counts and the downloads. Merged, the list stays at 358 with nobody twice.
#[tokio::test(flavor = "multi_thread")]
async fn the_stopsim_list_publishes_each_person_once() {
    let app = spawn_app().await;
    let out = import(&app, &fixture("stopsim-signatories.csv"), "individual");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let published = |app: &TestApp| {
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published' AND NOT held")
    };
    assert_eq!(published(&app), 358);
    let shown = async |app: &TestApp| {
        let counts = app.get_ok(&format!("/letters/{SLUG}/count.json")).await;
        assert!(counts.contains("\"individuals\":358"), "{counts}");
        let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
        assert!(list.contains("People (358)"));
        let csv = app
            .get_ok(&format!("/letters/{SLUG}/signatories.csv"))
            .await;
        assert_eq!(csv.lines().count(), 359, "a header and 358 people");
        let api = app.get_ok(&format!("/api/v1/letters/{SLUG}")).await;
        assert!(api.contains("\"individuals\":358"), "{api}");
        let press = app.get_ok(&format!("/letters/{SLUG}/press")).await;
        assert!(press.contains("<strong id=\"figure-individuals\">358</strong>"));
        assert!(press.contains("all 358 people added by the organisers from their own list"));
    };
    shown(&app).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE held"),
        12
    );

    let admin = app.admin("mod@example.org", Role::Moderator).await;
    for id in app.strings("SELECT CAST(id AS TEXT) AS s FROM duplicate_pairs") {
        let merge = format!("/admin/duplicates/{id}/merge");
        assert_eq!(admin.post_status(&merge, &[("keep", "first")]).await, 303);
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE held"),
        0
    );
    assert_eq!(published(&app), 358);
    assert_eq!(
        app.count("SELECT COUNT(DISTINCT name_key) AS n FROM signatures WHERE state = 'published'"),
        358,
        "nobody twice"
    );
    shown(&app).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_with_bad_rows_imports_nothing_and_names_the_lines() {
    let app = spawn_app().await;
    let file = app.dir.path().join("bad.csv");
    std::fs::write(&file, "name,title,organisation,email\nGood Person,Nurse,,\n,Nurse,,\nBad \u{202E}Name,Nurse,,\nOk Person,Nurse,,not-an-email\n").unwrap();
    let out = import(&app, &file, "individual");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for line in ["line 3: name", "line 4: name", "line 5: email"] {
        assert!(err.contains(line), "{line} in {err}");
    }
    assert!(!err.contains("line 2"));
    assert_eq!(app.signatures(), 0);
    std::fs::write(&file, "title\nNurse\n").unwrap();
    let out = import(&app, &file, "individual");
    assert!(String::from_utf8_lossy(&out.stderr).contains("header row"));
    let out = Command::new(env!("CARGO_BIN_EXE_undersigned"))
        .args([
            "import",
            "no-such-letter",
            &fixture("stopsim-organisations.csv").display().to_string(),
            "--kind",
            "organisation",
        ])
        .env("DATABASE_URL", app.database_url())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no letter no-such-letter"));
    assert_eq!(app.signatures(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn duplicates_are_found_on_confirmation_merged_or_dismissed_for_good() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Dr Jo Bloggs", "jo@example.org"))
        .await;
    app.sign_and_confirm(&individual("Jo Bloggs", "jo.work@example.org"))
        .await;
    app.sign_and_confirm(&individual("Sam Smith", "sam@example.org"))
        .await;
    let mut form = individual("Sam Smyth", "smyth@example.org");
    form[2].1 = "Consultant Psychiatrist".into();
    app.sign_and_confirm(&form).await;
    let mut other = individual("Kim Harris", "kim@example.org");
    other[2].1 = "Social Worker".into();
    app.sign_and_confirm(&other).await;
    let mut other = individual("Tim Harris", "tim@example.org");
    other[2].1 = "Retired GP".into();
    app.sign_and_confirm(&other).await;
    assert_eq!(
        pairs(&app),
        ["jo bloggs | jo bloggs", "sam smith | sam smyth"]
    );
    // The later entry of each pair waits, out of the list and the counts, on a post-moderated
    // letter too; the signer saw the same pages as anyone.
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Dr Jo Bloggs") && !list.contains("<li>Jo Bloggs"));
    assert!(list.contains("Sam Smith") && !list.contains("Sam Smyth"));
    let counts = app.get_ok(&format!("/letters/{SLUG}/count.json")).await;
    assert!(counts.contains("\"individuals\":4"), "{counts}");

    let admin = app.admin("mod@example.org", Role::Moderator).await;
    let dashboard = admin.get_ok("/admin").await;
    assert!(dashboard.contains("<td>2</td>\n  </tr>"), "{dashboard}");
    let page = admin
        .get_ok(&format!("/admin/letters/{SLUG}/duplicates"))
        .await;
    assert!(
        page.contains("Dr Jo Bloggs, Consultant Psychiatrist.") && page.contains("2 open pairs")
    );
    let jo_pair = app.count("SELECT p.id AS n FROM duplicate_pairs p JOIN signatures s ON s.id = p.first_id WHERE s.name = 'Dr Jo Bloggs'");
    let res = admin
        .post(
            &format!("/admin/duplicates/{jo_pair}/merge"),
            &[("keep", "first")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE name = 'Jo Bloggs' AND state = 'duplicate'"
        ),
        1
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Dr Jo Bloggs") && !list.contains("<li>Jo Bloggs"));
    assert_eq!(
        admin
            .post_status(
                &format!("/admin/duplicates/{jo_pair}/merge"),
                &[("keep", "second")]
            )
            .await,
        422
    );

    let sam_pair = app.count("SELECT p.id AS n FROM duplicate_pairs p JOIN signatures s ON s.id = p.first_id WHERE s.name = 'Sam Smith'");
    assert_eq!(
        admin
            .post_status(&format!("/admin/duplicates/{sam_pair}/dismiss"), &[])
            .await,
        303
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(
        list.contains("Sam Smyth"),
        "cleared, the held entry is listed"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE held"),
        0
    );
    // Never raised again, even when the entry is looked at anew.
    let smyth = app.count("SELECT id AS n FROM signatures WHERE name = 'Sam Smyth'");
    let mut conn = app.pool.get().unwrap();
    let signature = undersigned::db::models::Signature::find(&mut conn, smyth).unwrap();
    assert_eq!(
        undersigned::duplicates::detect(&mut conn, &signature, chrono::Utc::now().naive_utc())
            .unwrap(),
        0
    );
    let page = admin
        .get_ok(&format!("/admin/letters/{SLUG}/duplicates"))
        .await;
    assert!(page.contains("No probable duplicates."));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('merge duplicate', 'not a duplicate')"), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_import_pairs_slips_of_spelling_and_of_spacing_but_not_strangers() {
    let app = spawn_app().await;
    let file = app.dir.path().join("slips.csv");
    std::fs::write(
        &file,
        "name,title\n\
         Mary Ann Smith,Mental Health Nurse\n\
         Maryann Smith,Mental Health Nurse\n\
         Jay Watts,Clinical Psychologist\n\
         Dr Jay Wats,Clinical Psychologist\n\
         Louisa Harvey,Social Worker\n\
         Louise Harvey,Social Worker\n\
         Louise Harvey,Social Worker\n\
         Jan Smith,Psychiatrist\n\
         Joan Smyth,Occupational Therapist\n",
    )
    .unwrap();
    let out = import(&app, &file, "individual");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        pairs(&app),
        [
            "jay watts | jay wats",
            "louisa harvey | louise harvey",
            "louisa harvey | louise harvey",
            "louise harvey | louise harvey",
            "mary ann smith | maryann smith",
        ]
    );
}
