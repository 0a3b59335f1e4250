//! What is expensive to compute and the same for everyone is computed once until the next
//! write: the press page, the share card, small downloads. The letter page revalidates.

use std::time::Duration;

use crate::helpers::*;

/// Publishes an entry behind the application's back, as another instance would: what this
/// instance keeps in memory cannot know of it, so it shows whether a page was recomputed.
fn publish_quietly(app: &TestApp, name: &str) {
    let letter = app.count(&format!(
        "SELECT id AS n FROM letters WHERE slug = '{SLUG}'"
    ));
    app.execute(&format!(
        "INSERT INTO signatures (letter_id, kind, state, name, title, public, search_key, \
         created_at, published_at) VALUES ({letter}, 'individual', 'published', '{name}', \
         'Nurse', TRUE, '{}', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        name.to_lowercase()
    ));
}

fn individuals(page: &str) -> &str {
    let start = page.find("<strong id=\"figure-individuals\">").unwrap() + 32;
    page[start..].split('<').next().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_press_page_and_share_card_are_computed_once_until_the_next_write() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Ann Early", "ann@example.org"))
        .await;
    let (press, card) = (
        format!("/letters/{SLUG}/press"),
        format!("/letters/{SLUG}/share.png"),
    );
    let page = app.get_ok(&press).await;
    assert_eq!(individuals(&page), "1");
    let png = app.get(&card).await.bytes().await.unwrap();

    publish_quietly(&app, "Quiet Row");
    let again = app.get_ok(&press).await;
    assert_eq!(
        individuals(&again),
        "1",
        "served as computed, not counted again"
    );
    assert_eq!(again, page);
    assert_eq!(app.get(&card).await.bytes().await.unwrap(), png);

    // A write through this instance drops both at once.
    app.sign_and_confirm(&individual("Ben Later", "ben@example.org"))
        .await;
    assert_eq!(individuals(&app.get_ok(&press).await), "3");
    assert_ne!(app.get(&card).await.bytes().await.unwrap(), png);
}

#[tokio::test(flavor = "multi_thread")]
async fn small_downloads_are_kept_until_the_next_write_and_large_ones_never() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Ann Early", "ann@example.org"))
        .await;
    let path = format!("/letters/{SLUG}/signatories.csv");
    let first = app.get(&path).await.text().await.unwrap();
    assert!(first.contains("Ann Early"));

    publish_quietly(&app, "Quiet Row");
    let res = app.get(&path).await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"test-letter-signatories-")
    );
    let etag = res.headers()["etag"].clone();
    assert_eq!(
        res.text().await.unwrap(),
        first,
        "the kept file, not a new export"
    );
    let revalidated = app
        .client
        .get(app.url(&path))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status().as_u16(), 304);

    // A write drops it; a file over the size kept (here some 2.4 MB) is exported every time.
    app.sign_and_confirm(&individual("Ben Later", "ben@example.org"))
        .await;
    crate::exports::publish_long(&app, 1000);
    let big = app.get(&path).await.text().await.unwrap();
    assert!(big.contains("Ben Later") && big.contains("Quiet Row"));
    publish_quietly(&app, "Another Quiet");
    let big = app.get(&path).await.text().await.unwrap();
    assert!(big.contains("Another Quiet"), "a large file is never kept");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_letter_page_revalidates_though_its_form_stamp_moved_on() {
    let app = spawn_app().await;
    let path = format!("/letters/{SLUG}");
    let first = app.get(&path).await;
    let etag = first.headers()["etag"].clone();
    let stamp = |page: &str| {
        page.split("name=\"form_ts\" value=\"")
            .nth(1)
            .map(|s| s[..10].to_owned())
    };
    let first_stamp = stamp(&first.text().await.unwrap());
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let fresh = app.get(&path).await.text().await.unwrap();
    assert_ne!(stamp(&fresh), first_stamp, "a new stamp each second");

    let revalidate = |etag| {
        app.client
            .get(app.url(&path))
            .header("if-none-match", etag)
            .send()
    };
    let kept = revalidate(etag.clone()).await.unwrap();
    assert_eq!(kept.status().as_u16(), 304, "the browser keeps its page");

    // What the page shows changed: the browser gets the new page.
    app.sign_and_confirm(&individual("Ann Early", "ann@example.org"))
        .await;
    let changed = revalidate(etag).await.unwrap();
    assert_eq!(changed.status().as_u16(), 200);
    assert!(changed.text().await.unwrap().contains("Ann Early"));
}
