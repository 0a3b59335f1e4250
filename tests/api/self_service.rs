//! Signer self-service (`/my`): one mail listing every letter an address signed, corrections
//! by its links, and the download of everything held about the address.

use undersigned::db::models::Role;

use crate::helpers::*;

const SECOND: &str = "second-letter";

fn two_letters(moderation: &'static str) -> Options {
    let letter = |slug| LetterSpec {
        slug,
        moderation,
        ..LetterSpec::default()
    };
    Options {
        letters: vec![letter(SLUG), letter(SECOND)],
        ..Options::default()
    }
}

/// Asks `/my` for `email` and returns the mail it sends.
async fn my_mail(app: &TestApp, email: &str) -> Mail {
    let before = app.smtp.received().len();
    let res = app.ask_my(email).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], "/my/sent");
    app.smtp.wait_for(before + 1).await.pop().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn my_mails_one_list_of_every_letter_the_address_signed() {
    let app = spawn_app_with(two_letters("post")).await;
    app.sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    let second = format!("/letters/{SECOND}/sign");
    let res = app
        .post_form(&second, &individual("Jo Signer", "JO@Example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.smtp.wait_for(2).await;
    app.sign_and_confirm(&individual("Other Person", "other@example.org"))
        .await;

    let mail = my_mail(&app, " jo@example.org ").await;
    assert!(
        mail.to
            .iter()
            .any(|to| to.eq_ignore_ascii_case("jo@example.org"))
    );
    assert!(mail.subject().contains("(2)"), "{}", mail.subject());
    let text = mail.text();
    assert!(!text.contains("Other Person") && !text.contains("other@example.org"));
    assert!(
        text.contains("/privacy"),
        "every mail links the privacy notice"
    );
    // The confirmed entry can be corrected; the unconfirmed one confirmed; both withdrawn.
    mail.link_for(SLUG, "/correct/");
    mail.link_for(SLUG, "/withdraw/");
    mail.link_for(SECOND, "/withdraw/");
    assert!(
        !text
            .split("second-letter")
            .nth(1)
            .unwrap()
            .contains("/correct/"),
        "{text}"
    );
    let verify = mail.link_for(SECOND, "/verify/");
    assert_eq!(app.press(&verify).await, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        3
    );
    assert!(
        app.get_ok(&mail.link("/data/"))
            .await
            .contains("Download my data")
    );
}

/// The answer is the same whether or not the address signed: no enumeration. Only a known
/// address gets a mail.
#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_address_gets_the_same_answer_and_no_mail() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    let unknown = app.ask_my("nobody@example.org").await;
    let known = app.ask_my("jo@example.org").await;
    assert_eq!(unknown.status(), known.status());
    assert_eq!(unknown.headers()["location"], known.headers()["location"]);
    assert_eq!(unknown.text().await.unwrap(), known.text().await.unwrap());
    let mails = app.smtp.wait_for(2).await;
    assert_eq!(
        app.wait_outbox_drained(std::time::Duration::from_secs(10))
            .await,
        0
    );
    assert_eq!(
        app.smtp.received().len(),
        2,
        "only the known address got a mail"
    );
    assert!(mails[1].to.iter().all(|to| to == "jo@example.org"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'signed'"),
        1
    );
    let sent = app.get_ok("/my/sent").await;
    assert!(sent.contains("If this address signed letters here"));
}

/// The daily cap per address holds for `/my` as for signing, and one client cannot ask
/// without limit.
#[tokio::test(flavor = "multi_thread")]
async fn my_requests_are_capped_per_address_and_per_client() {
    let app = spawn_app().await;
    app.sign(&individual("Jo Signer", "jo@example.org")).await;
    for _ in 0..10 {
        assert_eq!(app.ask_my("jo@example.org").await.status().as_u16(), 303);
    }
    // One verification mail and four lists: five mails in 24 hours.
    app.wait_count_exactly("SELECT COUNT(*) AS n FROM outbox", 5)
        .await;
    let res = app.ask_my("jo@example.org").await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(retry_after(&res) > 0);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 5);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_invalid_address_is_shown_again_with_its_error() {
    let app = spawn_app().await;
    let res = app.ask_my("not an address").await;
    assert_eq!(res.status().as_u16(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("aria-invalid=\"true\"") && page.contains("not an address"));
    assert!(page.contains("href=\"/privacy\""));
    // A bot filling the honeypot is answered like a person, and nothing is queued.
    app.sign(&individual("Jo Signer", "jo@example.org")).await;
    let page = app.get_ok("/my").await;
    let stamp = form_stamp(&page).unwrap();
    let res = app
        .client
        .post(app.url("/my"))
        .form(&[
            ("email", "jo@example.org"),
            ("form_ts", &stamp),
            ("nickname", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'signed'"),
        0
    );
}

/// Under pre-moderation a correction takes the entry back to the moderators; the audit log
/// records it, by the signer; the link works once.
#[tokio::test(flavor = "multi_thread")]
async fn a_correction_is_moderated_again_and_audited() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let id = app.id_of("Jo Signer");
    let approve = format!("/admin/signatures/{id}/approve");
    assert_eq!(admin.post_status(&approve, &[]).await, 303);
    let list = format!("/letters/{SLUG}/signatories");
    assert!(app.get_ok(&list).await.contains("Consultant Psychiatrist"));

    let link = my_mail(&app, "jo@example.org").await.link("/correct/");
    let page = app.get_ok(&link).await;
    assert!(page.contains("value=\"Jo Signer\"") && page.contains("href=\"/privacy\""));
    let mut form = individual("Jo Signer", "ignored@example.org");
    form[2].1 = "Retired Nurse".into();
    let res = app.post_form(&link, &form).await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("A moderator checks"));
    assert_eq!(app.state_of(id), "pending");
    assert!(!app.get_ok(&list).await.contains("Jo Signer"));
    assert_eq!(
        app.strings("SELECT email AS s FROM signatures"),
        ["jo@example.org"],
        "the address is the entry's, not the form's"
    );
    let audit = app.strings(
        "SELECT before_state || ' -> ' || after_state AS s FROM audit_log \
         WHERE action = 'correct' AND actor = 'signer'",
    );
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert!(audit[0].contains("Consultant Psychiatrist") && audit[0].contains("Retired Nurse"));
    assert_eq!(app.post_form(&link, &form).await.status().as_u16(), 404);

    assert_eq!(admin.post_status(&approve, &[]).await, 303);
    let shown = app.get_ok(&list).await;
    assert!(shown.contains("Retired Nurse") && !shown.contains("Consultant Psychiatrist"));
}

/// On a post-moderated letter a person's correction is published at once. Bad input changes
/// nothing and keeps the link usable.
#[tokio::test(flavor = "multi_thread")]
async fn a_correction_is_checked_like_a_signature() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    let link = my_mail(&app, "jo@example.org").await.link("/correct/");
    let unchanged = || {
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE title = 'Consultant Psychiatrist' \
             AND state = 'published'",
        ) == 1
            && app.count(
                "SELECT COUNT(*) AS n FROM tokens WHERE purpose = 'correct' AND used_at IS NULL",
            ) == 1
    };
    let mut bidi = individual("Jo\u{202e}Signer", "jo@example.org");
    bidi[2].1 = "Retired Nurse".into();
    let res = app.post_form(&link, &bidi).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(res.text().await.unwrap().contains("aria-invalid=\"true\""));
    assert!(unchanged());
    let huge = individual(&"x".repeat(40_000), "jo@example.org");
    assert_eq!(app.post_form(&link, &huge).await.status().as_u16(), 413);
    let invalid = app
        .post_raw(
            &link,
            "application/x-www-form-urlencoded",
            b"name=\xff\xfe&title=x".to_vec(),
        )
        .await;
    assert_eq!(invalid.status().as_u16(), 400);
    assert!(unchanged());

    let mut form = individual("Jo <b>Signer</b>", "jo@example.org");
    form[2].1 = "Retired Nurse".into();
    let res = app.post_form(&link, &form).await;
    assert_eq!(res.status().as_u16(), 200);
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(
        list.contains("Jo &#60;b&#62;Signer&#60;/b&#62;, Retired Nurse."),
        "{list}"
    );
    assert_eq!(app.state_of(app.id_of("Jo <b>Signer</b>")), "published");
}

/// The download holds the address, the details and the history of each entry, without the
/// moderators' names or notes or the network hash; a withdrawn address has nothing left.
#[tokio::test(flavor = "multi_thread")]
async fn the_data_download_holds_what_is_kept_and_nothing_of_the_moderators() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let id = app.id_of("Jo Signer");
    let reason = [("reason", "Looks like a made-up name")];
    let reject = format!("/admin/signatures/{id}/reject");
    assert_eq!(admin.post_status(&reject, &reason).await, 303);
    let mail = my_mail(&app, "jo@example.org").await;
    let data = mail.link("/data/");
    assert!(mail.text().contains("not published"));

    let res = app.client.post(app.url(&data)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body = res.text().await.unwrap();
    let network = app.strings("SELECT network_key AS s FROM signatures");
    for secret in [
        "admin@example.org",
        "Looks like a made-up name",
        network[0].as_str(),
    ] {
        assert!(!body.contains(secret), "{secret:?} in {body}");
    }
    let held: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(held["email"], "jo@example.org");
    let entry = &held["signatures"][0];
    assert_eq!(entry["name"], "Jo Signer");
    assert_eq!(entry["state"], "rejected");
    assert_eq!(entry["letter"], SLUG);
    assert!(entry["network"].as_str().unwrap().contains("keyed hash"));
    let actions: Vec<(&str, &str)> = entry["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["by"].as_str().unwrap()))
        .collect();
    assert!(actions.contains(&("reject", "a moderator")), "{actions:?}");
    assert!(!entry["mails"].as_array().unwrap().is_empty());

    assert_eq!(app.press(&mail.link("/withdraw/")).await, 200);
    let gone = app.client.post(app.url(&data)).send().await.unwrap();
    assert_eq!(gone.status().as_u16(), 404);
}
