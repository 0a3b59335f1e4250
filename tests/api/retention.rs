//! Retention: what is erased after a letter closes, and signatures never confirmed.

use std::time::Duration;

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_letter_forgets_emails_and_networks_after_the_retention_period() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Kept Name", "kept@example.org"))
        .await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures WHERE email IS NOT NULL AND network_key IS NOT NULL"), 1);
    // Still open: nothing is erased.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE email IS NOT NULL"),
        1
    );
    // Closed long ago: the next sweep erases the personal data and keeps the published name.
    app.execute("UPDATE letters SET status = 'closed', closed_at = '2000-01-01 00:00:00'");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while app.count("SELECT COUNT(*) AS n FROM signatures WHERE email IS NOT NULL") > 0 {
        assert!(std::time::Instant::now() < deadline, "not erased");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures WHERE email_key IS NULL AND network_key IS NULL AND name = 'Kept Name' AND state = 'published'"), 1);
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Kept Name"));
}

/// After the retention period of a closed letter, a dump of every table holds no address of
/// its signers, no network hash, and nothing of the entries that were never published; the
/// published names and titles stay: they are the letter.
#[tokio::test(flavor = "multi_thread")]
async fn after_retention_a_dump_holds_only_the_published_letter() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            moderation: "pre",
            updates: crate::updates::UPDATES,
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let mut kept_asks_for_news = individual("Kept Name", "kept@example.org");
    kept_asks_for_news.push(("news", "on".into()));
    // Signed in French: the language is kept for the mails, and goes with the address.
    kept_asks_for_news.push(("lang", "fr".into()));
    app.sign_and_confirm(&kept_asks_for_news).await;
    app.sign_and_confirm(&individual("Refused Person", "refused@example.org"))
        .await;
    let mut anonymous = individual("Secret Person", "secret@example.org");
    anonymous.retain(|(field, _)| *field != "public");
    anonymous.push(("orcid", "0000-0002-9079-593X".into()));
    app.sign_and_confirm(&anonymous).await;
    app.sign_and_confirm(&organisation("Helpful Org", "info@helpful.example"))
        .await;
    let mut never = individual("Never Confirmed", "never@example.org");
    never.push(("lang", "nl".into()));
    app.sign(&never).await;
    app.smtp.wait_for(5).await;
    let admin = app
        .admin("admin@example.org", undersigned::db::models::Role::Admin)
        .await;
    let (kept, refused) = (app.id_of("Kept Name"), app.id_of("Refused Person"));
    let org = app.count("SELECT id AS n FROM signatures WHERE organisation = 'Helpful Org'");
    for id in [kept, app.id_of("Secret Person"), org] {
        assert_eq!(
            admin
                .post_status(&format!("/admin/signatures/{id}/approve"), &[])
                .await,
            303
        );
    }
    let reason = [("reason", "Not a clinician")];
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{refused}/reject"), &reason)
            .await,
        303
    );
    // An update mailed to the signer who asked for news.
    let send = format!("/admin/letters/{SLUG}/updates/2026-11-20-first-week/send");
    assert_eq!(admin.post_status(&send, &[]).await, 303);
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(10)).await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE update_id IS NOT NULL"),
        1
    );
    assert!(app.dump().contains("refused@example.org"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signature_languages"),
        2
    );

    app.execute("UPDATE letters SET status = 'closed', closed_at = '2000-01-01 00:00:00'");
    app.wait_count_at_most(
        "SELECT COUNT(*) AS n FROM signatures WHERE email IS NOT NULL",
        0,
    )
    .await;
    let dump = app.dump();
    for gone in [
        "kept@example.org",
        "refused@example.org",
        "never@example.org",
        "Refused Person",
        "refused person",
        "Never Confirmed",
        "never confirmed",
        "Not a clinician",
        // Held by published entries, never published: an anonymous signer's name and iD, the
        // person who signed for an organisation and their role.
        "Secret Person",
        "secret person",
        "593X",
        "Sam Signer",
        "sam signer",
        "Chief Executive",
    ] {
        assert!(!dump.contains(gone), "{gone:?} is still in:\n{dump}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE network_key IS NOT NULL"),
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM tokens"), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM news_consents"), 0);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signature_languages"),
        0
    );
    assert!(
        dump.contains("Kept Name") && dump.contains("Helpful Org"),
        "the letter keeps its published names"
    );
    // The update stays, as public as the letter, with how many it went to and nothing of whom.
    assert_eq!(
        app.count("SELECT recipients AS n FROM updates WHERE sent_at IS NOT NULL"),
        1
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Kept Name") && !list.contains("Refused"));
}

/// A signature whose link expired (plus a day's grace) and was never confirmed is erased like
/// a withdrawal, even while the letter is open; one still in time is kept.
#[tokio::test(flavor = "multi_thread")]
async fn never_confirmed_signatures_are_erased_once_their_link_has_long_expired() {
    let app = spawn_app().await;
    app.sign(&individual("Old Unconfirmed", "old@example.org"))
        .await;
    app.sign(&individual("New Unconfirmed", "new@example.org"))
        .await;
    app.smtp.wait_for(2).await;
    app.execute(
        "UPDATE signatures SET created_at = '2000-01-01 00:00:00' WHERE name = 'Old Unconfirmed'",
    );
    app.wait_count_at_most(
        "SELECT COUNT(*) AS n FROM signatures WHERE email IS NOT NULL",
        1,
    )
    .await;
    let dump = app.dump();
    assert!(
        !dump.contains("old@example.org") && !dump.contains("Old Unconfirmed"),
        "{dump}"
    );
    assert!(!dump.contains("old unconfirmed"), "{dump}");
    assert!(
        dump.contains("new@example.org"),
        "one still in time is kept"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'unverified'"),
        2,
        "the bare row stays for the figures"
    );
}

/// The mail log (mails sent, dropped or failed, and the recipients' rows) goes after two days:
/// the daily cap only counts the last 24 hours, and a failed mail keeps the server's reply.
/// Login backoff rows go once their hour has passed, logins or not.
#[tokio::test(flavor = "multi_thread")]
async fn the_mail_log_and_old_login_backoff_are_pruned() {
    let app = spawn_app().await;
    app.sign(&individual("Old Mail", "old@example.org")).await;
    app.sign(&individual("New Mail", "new@example.org")).await;
    app.smtp.wait_for(2).await;
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(10)).await, 0);
    app.execute(
        "INSERT INTO mail_recipients (recipient_key, last_queued_at) \
         VALUES ('old-recipient', '2000-01-01 00:00:00')",
    );
    app.execute(
        "INSERT INTO login_throttle (throttle_key, failures, first_failure_at, locked_until) \
         VALUES ('old-client', 9, '2000-01-01 00:00:00', '2000-01-01 00:10:00')",
    );
    app.execute(
        "UPDATE outbox SET created_at = '2000-01-01 00:00:00' WHERE signature_id = \
         (SELECT id FROM signatures WHERE name = 'Old Mail')",
    );
    app.wait_count_at_most("SELECT COUNT(*) AS n FROM outbox", 1)
        .await;
    app.wait_count_at_most(
        "SELECT COUNT(*) AS n FROM mail_recipients WHERE recipient_key = 'old-recipient'",
        0,
    )
    .await;
    app.wait_count_at_most("SELECT COUNT(*) AS n FROM login_throttle", 0)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        app.strings("SELECT s.name AS s FROM outbox o JOIN signatures s ON s.id = o.signature_id"),
        ["New Mail"],
        "a recent mail stays: it counts towards the daily cap"
    );
}

/// `/privacy` is written from the configuration (retention, link lifetime, daily cap), names
/// the contact, carries the operator's text, and every form and mail links to it.
#[tokio::test(flavor = "multi_thread")]
async fn the_privacy_notice_follows_the_configuration() {
    let app = spawn_app_with(Options {
        token_ttl: Duration::from_secs(2 * 86400),
        privacy: Some((
            "Data Protection Officer, dpo@operator.example",
            "## Lawful basis\n\nWe rely on *consent*.<script>x</script>\n",
        )),
        letters: vec![LetterSpec {
            extra: "contact_email = \"organisers@example.org\"\n",
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let page = app.get_ok("/privacy").await;
    for expected in [
        "90 days after a letter closes",
        "erased 3 days after it was made",
        "works for 2 days",
        "more than 5 mails",
        "dpo@operator.example",
        "organisers@example.org",
        "A letter called test-letter",
        "<em>consent</em>",
        "href=\"/my\"",
    ] {
        assert!(page.contains(expected), "{expected:?} not in:\n{page}");
    }
    assert!(
        !page.contains("<script>x"),
        "the operator's text is rendered safely"
    );
    let letter = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(letter.contains("href=\"/privacy\""));
    let mail = app
        .sign_and_confirm(&individual("Jo Signer", "jo@example.org"))
        .await;
    assert!(mail.text().contains("/privacy") && mail.html().contains("/privacy\""));
}
