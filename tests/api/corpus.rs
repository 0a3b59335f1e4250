//! Hostile input across every public and admin route: no 5xx, nothing reflected unescaped,
//! nothing invisible stored, no mail header injected.

use undersigned::db::models::Role;

use crate::helpers::*;

fn payloads() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "'; DROP TABLE signatures; --".into(),
        "' OR '1'='1".into(),
        "Robert\u{202E}gnp.exe".into(),
        "Zero\u{200B}Width".into(),
        "Nul\u{0}Byte".into(),
        "%00%0d%0a".into(),
        "A".repeat(5000),
        "=cmd|' /C calc'!A0".into(),
        "+SUM(1+1)".into(),
        "@HYPERLINK(\"x\")".into(),
        "Name\r\nBcc: victim@example.org".into(),
        "../../etc/passwd".into(),
        "{{7*7}} ${jndi:ldap://x/a}".into(),
        "😀".repeat(60),
        "\u{FFFD}\u{FEFF}".into(),
        "victim@example.org\r\nSubject: pwned".into(),
    ]
}

const UNESCAPED: [&str; 3] = [
    "<script>alert(1)</script>",
    "<img src=x",
    "onerror=alert(1)>",
];

fn check(status: u16, body: &str, what: &str) {
    assert!(status < 500, "{what}: {status}");
    for raw in UNESCAPED {
        assert!(!body.contains(raw), "{what} reflected {raw:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_hundred_hostile_requests_change_nothing_they_should_not() {
    let app = spawn_app().await;
    let mut sent = 0;
    let sign = format!("/letters/{SLUG}/sign");
    for (i, payload) in payloads().iter().enumerate() {
        for field in ["name", "title", "organisation", "email", "website"] {
            for kind in ["individual", "organisation"] {
                let mut form = if kind == "individual" {
                    individual("Valid Name", &format!("corpus{i}{field}{kind}@example.org"))
                } else {
                    organisation("Valid Org", &format!("corpus{i}{field}{kind}@example.org"))
                };
                match form.iter_mut().find(|(k, _)| *k == field) {
                    Some(slot) => slot.1 = payload.clone(),
                    None => form.push((field, payload.clone())),
                }
                let res = app.post_form(&sign, &form).await;
                let status = res.status().as_u16();
                check(
                    status,
                    &res.text().await.unwrap(),
                    &format!("sign {kind} {field}={payload:?}"),
                );
                sent += 1;
            }
        }
        let encoded: String = url::form_urlencoded::byte_serialize(payload.as_bytes()).collect();
        for path in [
            format!("/letters/{encoded}"),
            format!("/letters/{SLUG}/signatories?q={encoded}"),
            format!("/letters/{SLUG}/signatories?after={encoded}&kind={encoded}"),
            format!("/verify/{encoded}"),
            format!("/withdraw/{encoded}"),
            format!("/api/v1/letters/{encoded}"),
            format!("/api/v1/letters/{SLUG}/signatories?cursor={encoded}&limit={encoded}"),
            format!("/letters/{SLUG}/signatories.{encoded}"),
            format!("/letters/{SLUG}/signatories.csv?{encoded}"),
            format!("/letters/{encoded}/signatories.pdf"),
            format!("/letters/{encoded}/press"),
            format!("/letters/{encoded}/share.png"),
            format!("/letters/{encoded}/embed"),
        ] {
            let (status, body) = app.get_text(&path).await;
            check(status, &body, &path);
            sent += 1;
        }
        let res = app
            .client
            .post(app.url(&format!("/verify/{encoded}")))
            .send()
            .await
            .unwrap();
        check(
            res.status().as_u16(),
            &res.text().await.unwrap(),
            "POST /verify",
        );
        let res = app
            .client
            .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
            .json(&serde_json::json!({ "name": payload, "title": payload, "email": payload }))
            .send()
            .await
            .unwrap();
        check(
            res.status().as_u16(),
            &res.text().await.unwrap(),
            "API sign",
        );
        sent += 2;
    }

    // Invalid UTF-8 and wrong content types on every route that takes a body.
    let invalid: Vec<u8> = [
        b"kind=individual&name=".as_slice(),
        &[0xFF, 0xFE, 0xC3, 0x28],
        b"&email=a%40example.org",
    ]
    .concat();
    for path in [
        sign.clone(),
        format!("/api/v1/letters/{SLUG}/signatures"),
        "/admin/login".to_owned(),
        "/verify/x".to_owned(),
    ] {
        for content_type in [
            "application/x-www-form-urlencoded",
            "application/json",
            "text/plain",
            "multipart/form-data",
            "application/xml",
        ] {
            let res = app.post_raw(&path, content_type, invalid.clone()).await;
            let status = res.status().as_u16();
            check(
                status,
                &res.text().await.unwrap(),
                &format!("{path} as {content_type}"),
            );
            sent += 1;
        }
    }

    // Admin routes, logged in as a moderator, with the CSRF token.
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let id = app.count("SELECT MIN(id) AS n FROM signatures");
    for payload in payloads() {
        let encoded: String = url::form_urlencoded::byte_serialize(payload.as_bytes()).collect();
        for path in [
            format!("/admin/letters/{SLUG}?state=all&q={encoded}"),
            format!("/admin/letters/{SLUG}?state={encoded}&flag={encoded}&kind={encoded}"),
            format!("/admin/audit?moderator={encoded}&letter={encoded}"),
            format!("/admin/letters/{encoded}/duplicates"),
        ] {
            let (status, body) = admin.get(&path).await;
            check(status, &body, &path);
            sent += 1;
        }
        for (path, fields) in [
            (
                format!("/admin/signatures/{id}/edit"),
                vec![
                    ("name", payload.as_str()),
                    ("title", payload.as_str()),
                    ("organisation", payload.as_str()),
                ],
            ),
            (
                format!("/admin/signatures/{id}/reject"),
                vec![
                    ("reason", payload.as_str()),
                    ("return_to", payload.as_str()),
                ],
            ),
            (
                format!("/admin/letters/{SLUG}/bulk"),
                vec![
                    ("ids", payload.as_str()),
                    ("action", "reject"),
                    ("reason", "spam"),
                ],
            ),
            (
                "/admin/moderators".to_owned(),
                vec![
                    ("email", payload.as_str()),
                    ("role", "moderator"),
                    ("password", payload.as_str()),
                ],
            ),
        ] {
            let res = admin.post(&path, &fields).await;
            let status = res.status().as_u16();
            if status == 303 {
                let location = res.headers()["location"].to_str().unwrap();
                assert!(
                    location.starts_with("/admin"),
                    "{path} redirected to {location}"
                );
            }
            check(status, &res.text().await.unwrap(), &path);
            sent += 1;
        }
        let login = app.try_login(&browser(None), &payload, &payload).await;
        check(
            login.status().as_u16(),
            &login.text().await.unwrap(),
            "login",
        );
        sent += 1;
    }
    assert!(sent >= 200, "{sent} requests");

    // Nothing invisible or controlling was stored, and mails carry one recipient and no
    // injected header.
    let stored = app.strings(
        "SELECT COALESCE(name, '') || '|' || COALESCE(title, '') || '|' || COALESCE(organisation, '') || '|' || COALESCE(email, '') AS s FROM signatures",
    );
    for text in &stored {
        assert!(!text.chars().any(|c| c.is_control() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}' | '\u{FFFD}')), "{text:?}");
    }
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM moderators"), 1);
    app.wait_outbox_drained(std::time::Duration::from_secs(20))
        .await;
    for mail in app.smtp.received() {
        assert_eq!(mail.to.len(), 1);
        let head = mail.raw.split("\r\n\r\n").next().unwrap();
        assert!(
            !head.to_lowercase().contains("bcc:") && !head.contains("pwned"),
            "{head}"
        );
    }
}
