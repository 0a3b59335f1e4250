//! The letter after the signing form: dated updates from `updates/`, the delivery and the
//! responses from `letter.toml`, shown newest first on the letter and press pages; the updates
//! as an Atom feed; a signature target as progress.

use crate::cli::undersigned;
use crate::helpers::*;

/// A letter with a target, a delivery, a response and a press contact.
pub const LIFE: &str = "contact_email = \"press@example.org\"\ntarget = 1000\n\
    [delivery]\ndate = 2026-12-01\nto = \"NHS England\"\nhow = \"by hand at Wellington House\"\n\
    [[response]]\ndate = 2026-12-20\nfrom = \"NHS England\"\n\
    link = \"https://www.england.nhs.uk/response\"\ntext = \"We will consider it & reply.\"\n";

pub const UPDATES: &[(&str, &str)] = &[
    (
        "2026-11-20-first-week.md",
        "# A week in\n\nOver **300** names & counting.\n",
    ),
    (
        "2026-12-02-thanks.md",
        "Thank you <script>alert(1)</script>\n",
    ),
];

async fn letter_with_a_life() -> TestApp {
    spawn_app_with(Options {
        letters: vec![LetterSpec {
            extra: LIFE,
            updates: UPDATES,
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await
}

async fn feed(app: &TestApp) -> String {
    app.get_ok(&format!("/letters/{SLUG}/updates.atom")).await
}

/// Where each of `needles` is in `page`, in order; fails if one is missing.
fn positions(page: &str, needles: &[&str]) -> Vec<usize> {
    needles
        .iter()
        .map(|n| {
            page.find(n)
                .unwrap_or_else(|| panic!("no {n:?} in the page"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn updates_delivery_and_responses_show_newest_first() {
    let app = letter_with_a_life().await;
    app.sign_and_confirm(&individual("Ann Early", "ann@example.org"))
        .await;
    let newest_first = [
        "20 December 2026</time>: Response from NHS England",
        "2 December 2026</time>: thanks",
        "1 December 2026</time>: Delivered to NHS England, by hand at Wellington House",
        "20 November 2026</time>: A week in",
    ];
    for path in [format!("/letters/{SLUG}"), format!("/letters/{SLUG}/press")] {
        let res = app.get(&path).await;
        assert_eq!(res.status().as_u16(), 200, "{path}");
        let page = res.text().await.unwrap();
        let at = positions(&page, &newest_first);
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{path}: order {at:?}");
        assert!(page.contains("Over <strong>300</strong> names &amp; counting."));
        assert!(page.contains("We will consider it &#38; reply."));
        assert!(page.contains("href=\"https://www.england.nhs.uk/response\""));
        assert!(page.contains("id=\"update-2026-11-20-first-week\""));
        assert!(
            !page.contains("<script>alert"),
            "{path}: markup let through"
        );
        assert!(page.contains(&format!("/letters/{SLUG}/updates.atom")));
    }
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(
        page.contains(
            "<progress max=\"1000\" value=\"1\">0%</progress> 1 of the 1,000 signatures aimed for."
        ),
        "no progress towards the target"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_updates_are_an_atom_feed() {
    let app = letter_with_a_life().await;
    let res = app.get(&format!("/letters/{SLUG}/updates.atom")).await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let feed = res.text().await.unwrap();
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    assert_eq!(feed.matches("<entry>").count(), 2, "updates only:\n{feed}");
    assert!(feed.contains("<updated>2026-12-02T00:00:00Z</updated>\n  <author>"));
    let at = positions(
        &feed,
        &["<title>thanks</title>", "<title>A week in</title>"],
    );
    assert!(at[0] < at[1], "newest first");
    // The entry's HTML travels escaped; nothing in it can open an element of the feed.
    assert!(
        feed.contains("Over &#60;strong&#62;300&#60;/strong&#62; names &#38;amp; counting."),
        "{feed}"
    );
    assert!(!feed.contains("<script") && !feed.contains("&#60;script"));
    assert!(feed.contains(&format!(
        "/letters/{SLUG}#update-2026-11-20-first-week</id>"
    )));

    assert_eq!(
        app.get("/letters/nope/updates.atom")
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_letter_without_a_life_shows_no_timeline_and_an_empty_feed() {
    let app = spawn_app().await;
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(page.contains("have signed."), "not the letter page");
    assert!(!page.contains("What has happened") && !page.contains("<progress"));
    let feed = feed(&app).await;
    assert!(feed.contains("<feed") && !feed.contains("<entry>"));
}

/// Loading the letter again takes the files as they are now: a changed update keeps its row,
/// a removed one goes, a misnamed one stops the load and changes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn loading_again_follows_the_update_files() {
    let app = letter_with_a_life().await;
    let updates = app.dir.path().join("letters").join(SLUG).join("updates");
    let id_of = |app: &TestApp, name: &str| {
        app.count(&format!(
            "SELECT id AS n FROM updates WHERE name = '{name}'"
        ))
    };
    let kept = id_of(&app, "2026-11-20-first-week");
    std::fs::write(
        updates.join("2026-11-20-first-week.md"),
        "# Week one\n\nMore.",
    )
    .unwrap();
    std::fs::remove_file(updates.join("2026-12-02-thanks.md")).unwrap();
    let load = || {
        undersigned(&app.database_url(), app.dir.path())
            .args(["letter", "load", &format!("letters/{SLUG}")])
            .output()
            .unwrap()
    };
    let out = load();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let feed = feed(&app).await;
    assert!(feed.contains("<title>Week one</title>") && !feed.contains("thanks"));
    assert_eq!(id_of(&app, "2026-11-20-first-week"), kept);

    std::fs::write(updates.join("Delivered.md"), "x").unwrap();
    std::fs::write(updates.join("2026-12-24-late.md"), "# Late").unwrap();
    let out = load();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Delivered.md") && err.contains("2026-12-01-delivered.md"),
        "{err}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM updates"),
        1,
        "nothing loaded"
    );
}
