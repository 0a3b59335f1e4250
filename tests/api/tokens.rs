use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn tokens_are_single_use_and_stored_only_as_hashes() {
    let app = spawn_app().await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    let verify = mail.link("/verify/");
    let raw = verify.trim_start_matches("/verify/");
    assert!(raw.len() >= 22, "at least 128 bits in base64");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM tokens WHERE token_hash = '{raw}'"
        )),
        0
    );
    let hash = hex::encode(Sha256::digest(raw.as_bytes()));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM tokens WHERE token_hash = '{hash}'"
        )),
        1
    );

    assert_eq!(app.press(&verify).await, 200);
    let again = app.client.post(app.url(&verify)).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 404);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("This link no longer works")
    );
    assert_eq!(app.get(&verify).await.status().as_u16(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn each_token_serves_its_own_purpose() {
    let app = spawn_app().await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    let verify = mail.link("/verify/");
    let withdraw = mail.link("/withdraw/");
    let swapped_w = withdraw.replace("/withdraw/", "/verify/");
    let swapped_v = verify.replace("/verify/", "/withdraw/");
    assert_eq!(app.press(&swapped_w).await, 404);
    assert_eq!(app.press(&swapped_v).await, 404);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'unverified'"),
        1
    );
    for bad in [
        "/verify/short",
        "/verify/%00%00",
        "/withdraw/../../etc/passwd",
    ] {
        assert_eq!(app.get(bad).await.status().as_u16(), 404, "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn expired_tokens_are_refused() {
    let app = spawn_app_with(Options {
        token_ttl: Duration::from_secs(1),
        ..Options::default()
    })
    .await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let res = app
        .client
        .post(app.url(&mail.link("/verify/")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'unverified'"),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn withdrawing_erases_the_personal_data() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    let withdraw = mail.link("/withdraw/");

    let (status, page) = app.get_text(&withdraw).await;
    assert_eq!(status, 200);
    assert!(page.contains("Withdraw my signature") && page.contains("Jo Bloggs"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        1
    );

    let res = app.client.post(app.url(&withdraw)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("has been withdrawn"));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE state = 'withdrawn' AND name IS NULL \
             AND title IS NULL AND email IS NULL AND email_key IS NULL AND search_key = ''"
        ),
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM tokens"), 0);
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(!list.contains("Jo Bloggs"));
    assert!(list.contains("No one is listed here yet."), "{list}");
    assert_eq!(app.press(&withdraw).await, 404);

    // The address is free again: signing anew starts from the beginning.
    app.sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn mail_for_an_erased_signature_is_dropped_not_sent() {
    let app = spawn_app_with(Options {
        smtp_refusing: true,
        ..Options::default()
    })
    .await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    // The address is erased while the mail server is down (as a withdrawal through an earlier
    // link does): the queued mail must not go out once the server is back.
    let id = app.count("SELECT id AS n FROM signatures");
    app.execute(&format!(
        "UPDATE signatures SET state = 'withdrawn', email = NULL, email_key = NULL WHERE id = {id}"
    ));
    // The next attempt finds no address and drops the mail; only then does the server recover.
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(5)).await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE state = 'dropped'"),
        1
    );
    app.smtp.set_refusing(false);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(app.smtp.received().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_again_revokes_the_links_already_sent() {
    let app = spawn_app().await;
    app.sign(&individual("Jo Bloggs", "jo@example.org")).await;
    let first = app.smtp.wait_for(1).await.pop().unwrap();
    // Someone who knows the address signs again with other details.
    let mut other = individual("Someone Else", "jo@example.org");
    other[2].1 = "Impostor".into();
    assert_eq!(app.sign(&other).await.status().as_u16(), 303);
    let second = app.smtp.wait_for(2).await.pop().unwrap();
    assert_eq!(
        app.press(&first.link("/verify/")).await,
        404,
        "the first link"
    );
    assert_eq!(app.press(&first.link("/withdraw/")).await, 404);
    // The fresh link shows what it would publish, and confirms exactly that.
    let (status, page) = app.get_text(&second.link("/verify/")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Someone Else") && page.contains("Impostor"));
    assert_eq!(app.press(&second.link("/verify/")).await, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE name = 'Someone Else' AND state = 'published'"),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_letter_confirms_no_more_but_withdrawal_stays_possible() {
    let app = spawn_app().await;
    let signed = app
        .sign_and_confirm(&individual("Early Signer", "early@example.org"))
        .await;
    app.sign(&individual("Late Signer", "late@example.org"))
        .await;
    let late = app
        .smtp
        .wait_for(2)
        .await
        .into_iter()
        .find(|m| m.to[0].contains("late"))
        .unwrap();
    app.execute("UPDATE letters SET status = 'closed'");
    let (status, page) = app.get_text(&late.link("/verify/")).await;
    assert_eq!(status, 403);
    assert!(page.contains("This letter is closed"));
    assert_eq!(app.press(&late.link("/verify/")).await, 403);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE name = 'Late Signer' AND state = 'unverified'"),
        1,
        "not confirmed after closing"
    );
    assert_eq!(app.press(&signed.link("/withdraw/")).await, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'withdrawn'"),
        1
    );
}

/// Withdrawal erases everything personal in every table: a dump of the whole database holds
/// neither the address nor the name, nor any form of them that can be had without the secret
/// key (folded, canonical, or hashed plainly).
#[tokio::test(flavor = "multi_thread")]
async fn withdrawal_leaves_nothing_personal_in_any_table() {
    let app = spawn_app_with(pre_moderated()).await;
    let mut form = individual("Łukasz Dvořák", "Lukasz.Dvorak+letters@Example.org");
    form[3].1 = "Maudsley Trust".into();
    let mail = app.sign_and_confirm(&form).await;
    // A moderator corrects it and rejects it, so that the audit log holds its details too.
    let admin = app
        .admin("admin@example.org", undersigned::db::models::Role::Admin)
        .await;
    let id = app.count("SELECT id AS n FROM signatures");
    let edit = [
        ("name", "Łukasz Dvořák"),
        ("title", "Consultant Psychiatrist, retired"),
        ("organisation", "Maudsley Trust"),
    ];
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{id}/edit"), &edit)
            .await,
        303
    );
    let reason = [("reason", "Dr Dvořák asked us to hold it")];
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{id}/reject"), &reason)
            .await,
        303
    );
    let before = app.dump();
    assert!(
        before.contains("Dvořák") && before.contains("Lukasz.Dvorak"),
        "{before}"
    );

    assert_eq!(app.press(&mail.link("/withdraw/")).await, 200);
    let dump = app.dump();
    let plain_hash = |text: &str| hex::encode(Sha256::digest(text.as_bytes()));
    let address = "Lukasz.Dvorak+letters@Example.org";
    let canonical = "lukasz.dvorak+letters@example.org";
    for personal in [
        address.to_owned(),
        address.to_lowercase(),
        canonical.to_owned(),
        plain_hash(address),
        plain_hash(canonical),
        "Łukasz".into(),
        "łukasz".into(),
        "Dvořák".into(),
        "lukasz".into(),
        "dvorak".into(),
        "Psychiatrist".into(),
        "psychiatrist".into(),
        "Maudsley".into(),
        "maudsley".into(),
    ] {
        assert!(
            !dump.contains(&personal),
            "{personal:?} is still in:\n{dump}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox"),
        0,
        "its mails and their replies"
    );
    // What stays: the bare row for the figures, and who did what (not to whom).
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE state = 'withdrawn' AND kind = 'individual'"
        ),
        1
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) AS n FROM audit_log WHERE signature_id = {id} AND action IN ('edit', 'reject')")),
        2
    );
}
