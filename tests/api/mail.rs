use std::time::Duration;

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn an_smtp_outage_delays_mail_and_loses_none() {
    let app = spawn_app_with(Options {
        smtp_refusing: true,
        ..Options::default()
    })
    .await;
    for i in 0..3 {
        let res = app
            .sign(&individual(
                &format!("Signer {i}"),
                &format!("s{i}@example.org"),
            ))
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(app.smtp.received().is_empty());
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending' AND attempts > 0"),
        3
    );

    app.smtp.set_refusing(false);
    let mails = app.smtp.wait_for(3).await;
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut to: Vec<_> = app
        .smtp
        .received()
        .iter()
        .flat_map(|m| m.to.clone())
        .collect();
    to.sort();
    assert_eq!(
        to,
        ["s0@example.org", "s1@example.org", "s2@example.org"],
        "each once"
    );
    // Links from mails that failed to go were revoked; the delivered ones work.
    for mail in mails {
        let res = app
            .client
            .post(app.url(&mail.link("/verify/")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM tokens WHERE used_at IS NULL AND purpose = 'verify'"),
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_signature_has_its_mail_in_the_outbox() {
    let app = spawn_app().await;
    for i in 0..5 {
        app.sign(&individual(
            &format!("Signer {i}"),
            &format!("s{i}@example.org"),
        ))
        .await;
    }
    app.sign(&organisation("Org", "org@example.org")).await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures s WHERE NOT EXISTS \
             (SELECT 1 FROM outbox o WHERE o.signature_id = s.id)"
        ),
        0
    );
    app.smtp.wait_for(6).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_smtp_each_mail_is_written_to_a_file() {
    let app = spawn_app_with(Options {
        smtp: false,
        ..Options::default()
    })
    .await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    let dir = app.dir.path().join("data/mail");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().unwrap(), "eml");
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    assert!(eml.contains("jo@example.org") && eml.contains("/verify/"));
}

/// The verification mail's text, word for word; its tokens and expiry date change each run.
#[tokio::test(flavor = "multi_thread")]
async fn the_verification_mail_reads_as_it_should() {
    let app = spawn_app().await;
    app.sign(&individual("Dr Jo Bloggs", "jo@example.org"))
        .await;
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    let text = mail.text().replace("\r\n", "\n");
    let mut redacted = Vec::new();
    for line in text.lines() {
        let line = match line.split_once("The link works until ") {
            Some((before, _)) => format!("{before}The link works until [date]."),
            None => line.to_owned(),
        };
        redacted.push(redact_token(&redact_token(&line, "/verify/"), "/withdraw/"));
    }
    insta::assert_snapshot!("verification_subject", mail.subject());
    insta::assert_snapshot!("verification_text", redacted.join("\n"));
}

/// `line` with the token after `marker` replaced, if it has one.
fn redact_token(line: &str, marker: &str) -> String {
    match line.split_once(marker) {
        Some((before, after)) => {
            let rest = after.find(char::is_whitespace).map_or("", |i| &after[i..]);
            format!("{before}{marker}[token]{rest}")
        }
        None => line.to_owned(),
    }
}
