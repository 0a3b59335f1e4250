use crate::helpers::*;

fn sign_path() -> String {
    format!("/letters/{SLUG}/sign")
}

#[tokio::test(flavor = "multi_thread")]
async fn huge_bodies_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let body = |size: usize| {
        format!(
            "kind=individual&email=a%40example.org&name={}",
            "A".repeat(size)
        )
    };
    // Four times the limit: the whole body is sent before the answer, which must be a 413.
    let res = app
        .post_raw(
            &sign_path(),
            "application/x-www-form-urlencoded",
            body(64 << 10),
        )
        .await;
    assert_eq!(res.status().as_u16(), 413);
    assert!(res.text().await.unwrap().contains("far larger"));
    let res = app
        .post_raw(
            &format!("/api/v1/letters/{SLUG}/signatures"),
            "application/json",
            body(64 << 10),
        )
        .await;
    assert_eq!(res.status().as_u16(), 413);
    // Megabytes: the server answers 413 and stops reading, so the client may see the
    // connection close before it has finished sending. Either way nothing is stored.
    let sent = app
        .client
        .post(app.url(&sign_path()))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body(4 << 20))
        .send()
        .await;
    if let Ok(res) = sent {
        assert_eq!(res.status().as_u16(), 413);
    }
    assert_eq!(app.signatures(), 0);
    assert_eq!(app.get_text("/healthz").await.0, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_utf8_and_wrong_content_types_are_clear_4xx() {
    let app = spawn_app().await;
    let form = "application/x-www-form-urlencoded";
    let res = app
        .post_raw(
            &sign_path(),
            form,
            "kind=individual&name=%FF%FE&email=a%40example.org",
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("not valid UTF-8"));
    let raw: Vec<u8> = [
        b"kind=individual&email=a%40example.org&name=".as_slice(),
        &[0xC3, 0x28],
    ]
    .concat();
    assert_eq!(
        app.post_raw(&sign_path(), form, raw)
            .await
            .status()
            .as_u16(),
        400
    );
    let json_bytes: Vec<u8> = [
        br#"{"name": ""#.as_slice(),
        &[0xFF],
        br#"", "email": "a@example.org"}"#,
    ]
    .concat();
    let res = app
        .post_raw(
            &format!("/api/v1/letters/{SLUG}/signatures"),
            "application/json",
            json_bytes,
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(
        app.post_raw(&sign_path(), "text/plain", "name=x")
            .await
            .status()
            .as_u16(),
        415
    );
    assert_eq!(
        app.post_raw(&sign_path(), "multipart/form-data; boundary=x", "--x--")
            .await
            .status()
            .as_u16(),
        415
    );
    let dup = "kind=individual&name=A&name=B&email=a%40example.org";
    assert_eq!(
        app.post_raw(&sign_path(), form, dup)
            .await
            .status()
            .as_u16(),
        400
    );
    assert_eq!(app.signatures(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn control_bidi_and_invisible_characters_are_refused() {
    let app = spawn_app().await;
    let hostile = [
        ("name", "Jo\u{0}Bloggs"),
        ("name", "Jo\u{1b}[31mBloggs"),
        ("name", "Jo \u{202E}sggolB"),
        ("name", "Jo\u{200B}Bloggs"),
        ("name", "Jo\u{2066}Bloggs"),
        ("title", "Nurse\u{FEFF}"),
        ("organisation", "Trust\u{7}"),
        ("name", "Jo\r\nBloggs"),
        ("email", "jo@example.org\r\nBcc: victim@example.org"),
        ("email", "jo@exa\u{0}mple.org"),
        ("name", "a"),
        ("name", "1234"),
    ];
    for (field, value) in hostile {
        let mut form = individual("Jo Bloggs", "jo@example.org");
        if value == "a" {
            form.iter_mut().find(|(k, _)| *k == "name").unwrap().1 = "a".repeat(101);
        } else {
            form.iter_mut().find(|(k, _)| *k == field).unwrap().1 = value.to_owned();
        }
        let res = app.sign(&form).await;
        assert_eq!(res.status().as_u16(), 422, "{field}: {value:?}");
        let page = res.text().await.unwrap();
        assert!(
            page.contains(&format!("id=\"individual-{field}-error\"")),
            "{field}: {value:?}"
        );
        assert!(!page.contains('\u{202E}') && !page.contains('\u{0}'));
    }
    assert_eq!(app.signatures(), 0);
    assert!(app.smtp.received().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_is_stored_as_text_and_always_escaped() {
    let app = spawn_app().await;
    let script = "<script>alert('x')</script> Evil";
    let mut form = individual(script, "evil@example.org");
    form[2].1 = "\"><img src=x onerror=alert(1)>".into();
    let mail = app.sign_and_confirm(&form).await;
    let html = mail.html();
    assert!(!html.contains("<script>alert"));
    assert!(
        html.contains("&lt;script&gt;alert") || html.contains("&#60;script&#62;alert"),
        "the name is in the mail, escaped:\n{html}"
    );
    for path in [
        format!("/letters/{SLUG}"),
        format!("/letters/{SLUG}/signatories"),
    ] {
        let page = app.get_ok(&path).await;
        assert!(
            page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"),
            "{path}"
        );
        assert!(
            !page.contains("<script>") && !page.contains("<img src=x"),
            "{path}"
        );
    }
    let search = app
        .get_ok(&format!("/letters/{SLUG}/signatories?q=%3Cscript%3E%22"))
        .await;
    assert!(!search.contains("<script>") && !search.contains("value=\"<"));
    assert!(
        search.contains("value=\"&lt;script&gt;&quot;\"")
            || search.contains("value=\"&#60;script&#62;&#34;\""),
        "the query is kept in the search box, escaped:\n{search}"
    );
    let api: serde_json::Value = app
        .get(&format!("/api/v1/letters/{SLUG}/signatories"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        api["items"][0]["name"], script,
        "the API returns the text as given"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_paths_and_path_tricks_are_404() {
    let app = spawn_app().await;
    for path in [
        "/letters/..%2F..%2Fetc%2Fpasswd",
        "/letters/%00",
        "/nothing",
        "/letters/test-letter/../../x",
        "/static/../Cargo.toml",
        "/letters/TEST-LETTER",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status().as_u16(), 404, "{path}");
        assert!(res.text().await.unwrap().contains("Not found"), "{path}");
    }
    let res = app.sign(&individual("Jo", "jo@example.org")).await;
    assert_eq!(res.status().as_u16(), 303);
    app.smtp.wait_for(1).await;
    let bad_query = app
        .get(&format!("/letters/{SLUG}/signatories?after=abc"))
        .await;
    assert_eq!(bad_query.status().as_u16(), 400);
    let bad_kind = app
        .get(&format!("/letters/{SLUG}/signatories?kind=robots"))
        .await;
    assert_eq!(bad_kind.status().as_u16(), 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn health_check_answers_when_the_database_does() {
    let app = spawn_app().await;
    let (status, body) = app.get_text("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    let css = app.get("/static/style.css").await;
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_session_cookies_reach_no_writer() {
    let app = spawn_app_with(Options {
        quiet: true,
        ..Options::default()
    })
    .await;
    let writes = || metric(&app.address, "undersigned_db_writes_total");
    let before = settled_writes(&app).await;
    for i in 0..50 {
        // Well-formed: the length and alphabet of a real session token.
        let forged = format!("{i:0>43}");
        for path in ["/admin", &format!("/admin/letters/{SLUG}"), "/admin/audit"] {
            let res = app
                .client
                .get(app.url(path))
                .header("cookie", format!("undersigned_session={forged}"))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 303, "{path}");
        }
    }
    assert_eq!(writes().await, before, "forged sessions reached the writer");
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_links_reach_no_writer() {
    let app = spawn_app_with(Options {
        quiet: true,
        ..Options::default()
    })
    .await;
    let writes = || metric(&app.address, "undersigned_db_writes_total");
    let before = settled_writes(&app).await;
    for i in 0..50 {
        // Well-formed: the length and alphabet of a real token.
        let forged = format!("{i:0>43}");
        for purpose in ["verify", "withdraw"] {
            assert_eq!(app.press(&format!("/{purpose}/{forged}")).await, 404);
        }
    }
    assert_eq!(writes().await, before, "forged links reached the writer");
}

#[tokio::test(flavor = "multi_thread")]
async fn floods_of_searches_and_downloads_are_turned_away_per_client() {
    // Behind a trusted proxy on loopback, so that two clients can be told apart.
    let app = spawn_app_with(Options {
        trusted_proxies: "127.0.0.1/32",
        ..Options::default()
    })
    .await;
    let from = |client: &str, path: String| {
        app.client
            .get(app.url(&path))
            .header("x-forwarded-for", client.to_owned())
            .send()
    };
    // Searches: each a scan of the names, and a random query defeats every cache.
    let mut answers = Vec::new();
    for i in 0..121 {
        let res = from("203.0.113.9", format!("/letters/{SLUG}/signatories?q=x{i}"))
            .await
            .unwrap();
        answers.push(res.status().as_u16());
        if i == 120 {
            assert!(res.headers().contains_key("retry-after"));
            assert!(res.text().await.unwrap().contains("Please wait a moment"));
        }
    }
    assert!(answers[..120].iter().all(|s| *s == 200), "{answers:?}");
    assert_eq!(answers[120], 429);
    // Browsing is not counted; another client has its own quota.
    let browse = from("203.0.113.9", format!("/letters/{SLUG}/signatories"));
    assert_eq!(browse.await.unwrap().status().as_u16(), 200);
    let other = from("198.51.100.7", format!("/letters/{SLUG}/signatories?q=x"));
    assert_eq!(other.await.unwrap().status().as_u16(), 200);

    // Downloads: each an export of the whole list.
    let path = format!("/letters/{SLUG}/signatories.csv");
    let mut answers = Vec::new();
    for _ in 0..31 {
        let res = from("203.0.113.9", path.clone()).await.unwrap();
        answers.push(res.status().as_u16());
        if answers.len() == 31 {
            assert!(res.headers().contains_key("retry-after"));
        }
    }
    assert!(answers[..30].iter().all(|s| *s == 200), "{answers:?}");
    assert_eq!(answers[30], 429);
    let other = from("198.51.100.7", path.clone());
    assert_eq!(other.await.unwrap().status().as_u16(), 200);
}

/// The writer's count once the writes every start makes are done (giving back old claims, the
/// mail worker's first claim, the first retention sweep), for an app started `quiet`. On
/// PostgreSQL the claim commits on its own, outside the group commit and its count.
async fn settled_writes(app: &TestApp) -> Option<f64> {
    let startup = if postgres_server().is_some() {
        2.0
    } else {
        3.0
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let writes = metric(&app.address, "undersigned_db_writes_total").await;
        if writes >= Some(startup) {
            return writes;
        }
        assert!(std::time::Instant::now() < deadline, "the startup writes");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
