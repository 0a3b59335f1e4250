//! The moderation queue: filters, every decision, pins, bulk and spam-wave actions, the audit
//! log.

use undersigned::db::models::Role;

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_queue_filters_and_every_action_works_and_is_audited() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign_and_confirm(&individual("Jill Pluquailec ,", "jill@example.org"))
        .await;
    app.sign_and_confirm(&individual("Spam Bot", "bot@mailinator.com"))
        .await;
    app.sign_and_confirm(&organisation("Care Org", "ceo@example.org"))
        .await;
    app.sign(&individual("Not Confirmed", "late@example.org"))
        .await;
    app.smtp.wait_for(4).await;
    let admin = app.admin("admin@example.org", Role::Admin).await;

    let dash = admin.get_ok("/admin").await;
    assert!(
        dash.contains("?state=pending\">3</a>"),
        "three awaiting moderation"
    );
    let base = format!("/admin/letters/{SLUG}");
    let queue = admin.get_ok(&base).await;
    assert!(
        queue.contains("Jill Pluquailec ,")
            && queue.contains("Care Org")
            && !queue.contains("Not Confirmed")
    );
    assert!(
        queue.contains("Website: https://example.org/")
            && queue.contains("Signed by Sam Signer, Chief Executive")
    );
    assert!(queue.contains("Email domain matches the website"));
    let flagged = admin
        .get_ok(&format!("{base}?state=pending&flag=disposable"))
        .await;
    assert!(flagged.contains("Spam Bot") && !flagged.contains("Jill"));
    let orgs = admin
        .get_ok(&format!("{base}?state=all&kind=organisation"))
        .await;
    assert!(orgs.contains("Care Org") && !orgs.contains("Jill"));
    let found = admin
        .get_ok(&format!("{base}?state=all&q=pluquailec"))
        .await;
    assert!(found.contains("Jill") && !found.contains("Spam Bot"));
    let unverified = admin.get_ok(&format!("{base}?state=unverified")).await;
    assert!(unverified.contains("Not Confirmed"));
    assert_eq!(admin.get(&format!("{base}?state=bogus")).await.0, 422);

    let (jill, bot, org) = (
        app.id_of("Jill Pluquailec ,"),
        app.id_of("Spam Bot"),
        app.count("SELECT id AS n FROM signatures WHERE kind = 'organisation'"),
    );
    // Edit fixes the typo; the original stays in the audit log.
    let res = admin
        .post(
            &format!("/admin/signatures/{jill}/edit"),
            &[
                ("name", "Jill Pluquailec"),
                ("title", "Senior Lecturer"),
                ("organisation", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = admin
        .post(
            &format!("/admin/signatures/{jill}/edit"),
            &[("name", ""), ("title", "x"), ("organisation", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{jill}/approve"), &[])
            .await,
        303
    );
    assert_eq!(
        admin
            .post_status(
                &format!("/admin/signatures/{bot}/reject"),
                &[("reason", "")]
            )
            .await,
        422
    );
    assert_eq!(app.state_of(bot), "pending");
    assert_eq!(
        admin
            .post_status(
                &format!("/admin/signatures/{bot}/reject"),
                &[("reason", "Disposable address, no such person")]
            )
            .await,
        303
    );
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{org}/approve"), &[])
            .await,
        303
    );
    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{org}/approve"), &[])
            .await,
        422,
        "already published"
    );
    assert_eq!(
        (app.state_of(jill), app.state_of(bot), app.state_of(org)),
        ("published".into(), "rejected".into(), "published".into())
    );

    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(
        list.contains(
            "<li>Jill Pluquailec, Senior Lecturer. <span class=\"evidence\">checked by a moderator</span></li>"
        ) && !list.contains("Spam Bot")
    );

    let audit = app.count(&format!("SELECT COUNT(*) AS n FROM audit_log WHERE signature_id = {jill} AND action = 'edit' AND before_state LIKE '%Pluquailec ,%' AND after_state LIKE '%Senior Lecturer%'"));
    assert_eq!(audit, 1);
    let log = admin.get_ok("/admin/audit").await;
    for action in ["edit", "approve", "reject"] {
        assert!(log.contains(&format!("<td>{action}</td>")), "{action}");
    }
    assert!(log.contains("admin@example.org"));
}

#[tokio::test(flavor = "multi_thread")]
async fn pinned_entries_come_first_in_the_public_list() {
    let app = spawn_app().await;
    for (name, email) in [
        ("Ada First", "a@example.org"),
        ("Bea Second", "b@example.org"),
        ("Cy Third", "c@example.org"),
    ] {
        app.sign_and_confirm(&individual(name, email)).await;
    }
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let third = app.id_of("Cy Third");
    assert_eq!(
        admin
            .post_status(
                &format!("/admin/signatures/{third}/pin"),
                &[("pinned", "true")]
            )
            .await,
        303
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    let order: Vec<usize> = ["Cy Third", "Ada First", "Bea Second"]
        .iter()
        .map(|n| list.find(n).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let api: serde_json::Value = app
        .get(&format!("/api/v1/letters/{SLUG}/signatories?limit=1"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["items"][0]["name"], "Cy Third");
    assert_eq!(api["next_cursor"], format!("p{third}"));
    let next: serde_json::Value = app
        .get(&format!(
            "/api/v1/letters/{SLUG}/signatories?limit=5&cursor=p{third}"
        ))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(next["items"].as_array().unwrap().len(), 2);
    assert_eq!(next["items"][0]["name"], "Ada First");
}

#[tokio::test(flavor = "multi_thread")]
async fn bulk_actions_and_rejecting_a_spam_wave_with_a_dry_run_first() {
    let app = spawn_app_with(pre_moderated()).await;
    // 50 signatures per hour from one network pass; the next ones are flagged.
    for i in 0..53 {
        let res = app
            .sign(&individual(
                &format!("Wave Person {i}"),
                &format!("wave{i}@example.org"),
            ))
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    app.smtp.wait_for(53).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE flags LIKE '%,network,%'"),
        3
    );
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let flagged = admin
        .get_ok(&format!(
            "/admin/letters/{SLUG}?state=unverified&flag=network"
        ))
        .await;
    assert!(flagged.contains("<strong>3</strong> matching entries."));

    let filter = [
        ("state", "unverified"),
        ("kind", ""),
        ("q", ""),
        ("flag", "network"),
        ("reason", "Spam wave"),
    ];
    let res = admin
        .post(&format!("/admin/letters/{SLUG}/reject-matching"), &filter)
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("Reject 3 entries?"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'rejected'"),
        0,
        "a dry run changes nothing"
    );
    let mut confirmed = filter.to_vec();
    confirmed.push(("confirm", "yes"));
    let res = admin
        .post(
            &format!("/admin/letters/{SLUG}/reject-matching"),
            &confirmed,
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'rejected' AND flags LIKE '%,network,%'"), 3);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'rejected'"),
        3
    );

    // Bulk approval of a selection (confirmed entries only).
    app.execute(
        "UPDATE signatures SET state = 'pending', verified_at = created_at \
         WHERE state = 'unverified'",
    );
    let ids: Vec<String> = (0..3)
        .map(|i| app.id_of(&format!("Wave Person {i}")).to_string())
        .collect();
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|i| ("ids", i.as_str())).collect();
    fields.push(("action", "approve"));
    assert_eq!(
        admin
            .post_status(&format!("/admin/letters/{SLUG}/bulk"), &fields)
            .await,
        303
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        3
    );
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|i| ("ids", i.as_str())).collect();
    fields.extend([("action", "reject"), ("reason", "Changed our minds")]);
    admin
        .post(&format!("/admin/letters/{SLUG}/bulk"), &fields)
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'reject'"),
        6
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_audit_log_filters_by_moderator_and_letter() {
    let app = spawn_app_with(Options {
        letters: vec![
            LetterSpec {
                moderation: "pre",
                ..LetterSpec::default()
            },
            LetterSpec {
                slug: "second",
                moderation: "pre",
                ..LetterSpec::default()
            },
        ],
        ..Options::default()
    })
    .await;
    app.sign_and_confirm(&individual("Ann One", "ann@example.org"))
        .await;
    let res = app
        .post_form(
            "/letters/second/sign",
            &individual("Bob Two", "bob@example.org"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let mail = app.smtp.wait_for(2).await.pop().unwrap();
    app.client
        .post(app.url(&mail.link("/verify/")))
        .send()
        .await
        .unwrap();
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let moderator = app.admin("mod@example.org", Role::Moderator).await;
    admin
        .post(
            &format!("/admin/signatures/{}/approve", app.id_of("Ann One")),
            &[],
        )
        .await;
    moderator
        .post(
            &format!("/admin/signatures/{}/approve", app.id_of("Bob Two")),
            &[],
        )
        .await;

    let mod_id = app.count("SELECT id AS n FROM moderators WHERE email = 'mod@example.org'");
    let by_mod = admin
        .get_ok(&format!("/admin/audit?moderator={mod_id}"))
        .await;
    assert!(by_mod.contains("Bob Two") && !by_mod.contains("Ann One"));
    let second = app.count("SELECT id AS n FROM letters WHERE slug = 'second'");
    let by_letter = admin.get_ok(&format!("/admin/audit?letter={second}")).await;
    assert!(by_letter.contains("Bob Two") && !by_letter.contains("Ann One"));
    let all = admin.get_ok("/admin/audit").await;
    assert!(all.contains("Bob Two") && all.contains("Ann One"));
}
