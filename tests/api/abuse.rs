use std::time::Duration;

use crate::helpers::*;

fn quota(rate: &'static str) -> Options {
    Options {
        sign_rate: rate,
        ..Options::default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn each_client_has_a_signing_quota() {
    let app = spawn_app_with(quota("3/10m")).await;
    for i in 0..3 {
        let res = app
            .sign_from(
                "127.0.3.1",
                &individual(&format!("Person {i}"), &format!("p{i}@example.org")),
                &[],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let over = app
        .sign_from(
            "127.0.3.1",
            &individual("One More", "more@example.org"),
            &[],
        )
        .await;
    assert_eq!(over.status().as_u16(), 429);
    let wait = retry_after(&over);
    assert!((60..=200).contains(&wait), "{wait}");
    assert!(over.text().await.unwrap().contains("Please wait a moment"));
    assert_eq!(app.signatures(), 3, "nothing stored over quota");

    let api = reqwest::Client::builder()
        .local_address("127.0.3.1".parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    let res = api
        .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
        .json(&serde_json::json!({ "name": "Api Person", "email": "api@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["error"],
        "too_many_requests"
    );

    // Another client is not held back.
    let other = app
        .sign_from(
            "127.0.4.1",
            &individual("Someone Else", "else@example.org"),
            &[],
        )
        .await;
    assert_eq!(other.status().as_u16(), 303);
    app.smtp.wait_for(4).await;
}

/// The default quota lets a hospital's worth of people sign from one address.
#[tokio::test(flavor = "multi_thread")]
async fn a_shared_hospital_network_can_sign_under_the_default_quota() {
    let default = undersigned::config::Settings::defaults().sign_rate;
    let app = spawn_app_with(Options {
        sign_rate: "30/10m",
        ..Options::default()
    })
    .await;
    assert_eq!(
        (default.count, default.period),
        (30, Duration::from_secs(600))
    );
    for i in 0..30 {
        let res = app
            .sign_from(
                "127.0.5.1",
                &individual(&format!("Nurse {i}"), &format!("nurse{i}@nhs.example.org")),
                &[],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303, "signature {i}");
    }
    assert_eq!(
        app.sign_from(
            "127.0.5.1",
            &individual("Nurse 31", "n31@nhs.example.org"),
            &[]
        )
        .await
        .status()
        .as_u16(),
        429
    );
    app.smtp.wait_for(30).await;
}

/// Many addresses (a botnet) signing with one victim's email: the victim gets 5 mails a day.
#[tokio::test(flavor = "multi_thread")]
async fn a_mail_bomb_from_many_addresses_sends_the_victim_five_mails() {
    let app = spawn_app_with(quota("2/10m")).await;
    for i in 1..=12 {
        let res = app
            .sign_from(
                &format!("127.0.6.{i}"),
                &individual(&format!("Fake {i}"), "victim@example.org"),
                &[],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    app.smtp.wait_for(5).await;
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.smtp.received().len(), 5);
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_a_trusted_proxy_the_rightmost_untrusted_hop_counts() {
    let app = spawn_app_with(Options {
        sign_rate: "2/10m",
        trusted_proxies: "127.0.7.1/32",
        ..Options::default()
    })
    .await;
    let through_proxy = |n: u32, xff: &'static str| {
        let form = individual(&format!("Proxied {n}"), &format!("proxied{n}@example.org"));
        let app = &app;
        async move {
            app.sign_from("127.0.7.1", &form, &[("x-forwarded-for", xff)])
                .await
                .status()
                .as_u16()
        }
    };
    // The client writes the leftmost hop; changing it must not buy a new quota.
    assert_eq!(through_proxy(1, "1.1.1.1, 198.51.100.7").await, 303);
    assert_eq!(through_proxy(2, "2.2.2.2, 198.51.100.7").await, 303);
    assert_eq!(through_proxy(3, "3.3.3.3, 198.51.100.7").await, 429);
    // A different real client behind the same proxy has its own quota.
    assert_eq!(through_proxy(4, "198.51.100.8").await, 303);
    // An untrusted peer's X-Forwarded-For is ignored: it is counted by its own address.
    for (n, xff) in [(5, "9.9.9.1"), (6, "9.9.9.2")] {
        let res = app
            .sign_from(
                "127.0.8.1",
                &individual(&format!("Direct {n}"), &format!("direct{n}@example.org")),
                &[("x-forwarded-for", xff)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let res = app
        .sign_from(
            "127.0.8.1",
            &individual("Direct 7", "direct7@example.org"),
            &[("x-forwarded-for", "9.9.9.3")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 429);
    app.smtp.wait_for(5).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_honeypot_and_the_form_timestamp_catch_bots_quietly() {
    let app = spawn_app_with(Options {
        form_min_seconds: 2,
        ..Options::default()
    })
    .await;
    // Honeypot filled in: the normal answer, stored flagged, never mailed.
    let mut form = individual("Bot Filled", "filled@example.org");
    form.push(("nickname", "I am a bot".into()));
    let res = app.sign_from("127.0.10.1", &form, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers()["location"],
        format!("/letters/{SLUG}/check-email")
    );
    // Sent back at once after the page was served: too fast for a person.
    let res = app
        .sign_from(
            "127.0.10.1",
            &individual("Bot Fast", "fast@example.org"),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // A stamp we did not make, or none at all.
    let mut forged = individual("Bot Forged", "forged@example.org");
    forged.push((
        "form_ts",
        "1700000000.0123456789abcdef0123456789abcdef".into(),
    ));
    assert_eq!(
        app.sign_from("127.0.10.1", &forged, &[])
            .await
            .status()
            .as_u16(),
        303
    );
    let none = app
        .client
        .post(app.url(&format!("/letters/{SLUG}/sign")))
        .form(&individual("Bot None", "none@example.org"))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status().as_u16(), 303);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE flags LIKE '%,bot,%' \
             AND email IS NULL AND email_key IS NULL"
        ),
        4,
        "never mailed, so no address is kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 0);

    // A person who takes a moment is not caught, even with an address a bot used.
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    let start = page.find("name=\"form_ts\" value=\"").unwrap() + 22;
    let mut human = individual("Real Person", "filled@example.org");
    human.push((
        "form_ts",
        page[start..].split('"').next().unwrap().to_owned(),
    ));
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(
        app.client
            .post(app.url(&format!("/letters/{SLUG}/sign")))
            .form(&human)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        303
    );
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    assert_eq!(mail.to, ["filled@example.org"]);
    assert!(mail.text().contains("Real Person"));
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(!list.contains("Bot "));
    assert!(list.contains("No one is listed here yet."), "{list}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        &format!("/letters/{SLUG}"),
        "/nothing",
        "/healthz",
        "/admin/login",
        &format!("/api/v1/letters/{SLUG}"),
        "/static/style.css",
    ] {
        let res = app.get(path).await;
        let h = res.headers();
        assert_eq!(
            h["content-security-policy"],
            "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            h["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
        assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{path}");
        assert!(
            !h.contains_key("strict-transport-security"),
            "no HSTS over plain HTTP"
        );
    }
    let embed = app.get(&format!("/letters/{SLUG}/embed")).await;
    assert_eq!(
        embed.headers()["content-security-policy"],
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *"
    );
    let https = spawn_app_with(Options {
        base_url: Some("https://letters.example.org".into()),
        ..Options::default()
    })
    .await;
    let res = https.get(&format!("/letters/{SLUG}")).await;
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn ip_addresses_are_stored_only_as_keyed_hashes() {
    let app = spawn_app().await;
    app.sign_from("127.0.9.1", &individual("Jo Bloggs", "jo@example.org"), &[])
        .await;
    app.smtp.wait_for(1).await;
    let keys = app.strings("SELECT network_key AS s FROM signatures WHERE network_key IS NOT NULL");
    assert_eq!(keys.len(), 1);
    assert!(
        keys[0].len() == 64 && keys[0].chars().all(|c| c.is_ascii_hexdigit()),
        "{}",
        keys[0]
    );
    for table_column in [
        "signatures.network_key",
        "signatures.flags",
        "signatures.search_key",
        "outbox.recipient_key",
    ] {
        let (table, column) = table_column.split_once('.').unwrap();
        let n = app.count(&format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE {column} LIKE '%127.0.%'"
        ));
        assert_eq!(n, 0, "{table_column}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_letter_may_refuse_throwaway_addresses() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            extra: "refuse_disposable = true\n",
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let res = app
        .sign(&individual("Temp Person", "temp@mailinator.com"))
        .await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(res.text().await.unwrap().contains("permanent address"));
    let api = app
        .client
        .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
        .json(&serde_json::json!({ "name": "Temp Person", "email": "temp@yopmail.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 422);
    assert_eq!(app.signatures(), 0);
    // Elsewhere the address is accepted and flagged (see the moderation tests).
    assert_eq!(
        app.sign(&individual("Real Person", "real@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    app.smtp.wait_for(1).await;
}
