use crate::helpers::*;

/// Publishes `n` individuals directly, as the importer will.
fn publish_many(app: &TestApp, n: usize, name: impl Fn(usize) -> String) {
    let letter = app.count(&format!(
        "SELECT id AS n FROM letters WHERE slug = '{SLUG}'"
    ));
    let rows: Vec<String> = (0..n)
        .map(|i| {
            let name = name(i);
            let key = undersigned::domain::fold_for_search(&format!("{name} Nurse"));
            format!(
                "({letter}, 'individual', 'published', '{name}', 'Nurse', TRUE, '{key}', \
                 '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        })
        .collect();
    app.execute(&format!(
        "INSERT INTO signatures (letter_id, kind, state, name, title, public, search_key, created_at, published_at) \
         VALUES {}",
        rows.join(", ")
    ));
}

fn names_on(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_prefix("<li>Person "))
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect()
}

fn link(page: &str, rel: &str) -> Option<String> {
    let start = page.find(&format!("rel=\"{rel}\" href=\""))? + rel.len() + 13;
    Some(
        page[start..]
            .split('"')
            .next()
            .unwrap()
            .replace("&amp;", "&"),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_list_pages_through_every_entry_once_in_order() {
    let app = spawn_app().await;
    publish_many(&app, 120, |i| format!("Person {i:03}"));
    let base = format!("/letters/{SLUG}/signatories");
    let first = app.get_ok(&base).await;
    assert!(first.contains("People (120)"));
    let mut seen = names_on(&first);
    assert_eq!(seen.len(), 50);
    assert!(link(&first, "prev").is_none());
    let mut page = first;
    while let Some(next) = link(&page, "next") {
        page = app.get_ok(&format!("{base}{next}")).await;
        seen.extend(names_on(&page));
    }
    let expected: Vec<String> = (0..120).map(|i| format!("{i:03}")).collect();
    assert_eq!(seen, expected);
    // And back.
    let prev = link(&page, "prev").expect("a previous page");
    let back = app.get_ok(&format!("{base}{prev}")).await;
    assert_eq!(
        names_on(&back),
        (50..100).map(|i| format!("{i:03}")).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn search_ignores_case_and_accents_and_treats_wildcards_literally() {
    let app = spawn_app().await;
    publish_many(&app, 3, |i| {
        ["Zoë Ånström", "Person 100%", "Person Other"][i].to_owned()
    });
    let found = app
        .get_ok(&format!("/letters/{SLUG}/signatories?q=zoe+anstrom"))
        .await;
    assert!(found.contains("Zoë Ånström") && !found.contains("Person Other"));
    // `_` would match any one character in a LIKE pattern.
    let none = app
        .get_ok(&format!("/letters/{SLUG}/signatories?q=person+1_0"))
        .await;
    assert!(none.contains("No signatory matches"));
    let percent = app
        .get_ok(&format!("/letters/{SLUG}/signatories?q=100%25"))
        .await;
    assert!(percent.contains("Person 100%") && !percent.contains("Person Other"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_cursor_walks_the_list() {
    let app = spawn_app().await;
    publish_many(&app, 120, |i| format!("Person {i:03}"));
    let mut cursor = String::new();
    let mut names = Vec::new();
    loop {
        let page: serde_json::Value = app
            .get(&format!(
                "/api/v1/letters/{SLUG}/signatories?limit=50&cursor={cursor}"
            ))
            .await
            .json()
            .await
            .unwrap();
        for item in page["items"].as_array().unwrap() {
            assert_eq!(item["kind"], "individual");
            assert!(
                item["signed_at"]
                    .as_str()
                    .unwrap()
                    .starts_with("2026-01-01T00:00:00")
            );
            assert!(item.get("email").is_none());
            names.push(item["name"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(names.len(), 120);
    assert_eq!(names[119], "Person 119");
    for bad in ["limit=0", "limit=501", "cursor=abc", "limit=x"] {
        let res = app
            .get(&format!("/api/v1/letters/{SLUG}/signatories?{bad}"))
            .await;
        assert_eq!(res.status().as_u16(), 400, "{bad}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"], "bad_query");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn count_json_is_cacheable_and_open_to_other_sites() {
    let app = spawn_app().await;
    publish_many(&app, 2, |i| format!("Person {i}"));
    let res = app.get(&format!("/letters/{SLUG}/count.json")).await;
    assert_eq!(res.headers()["access-control-allow-origin"], "*");
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        (&body["individuals"], &body["organisations"]),
        (&serde_json::json!(2), &serde_json::json!(0))
    );
}
