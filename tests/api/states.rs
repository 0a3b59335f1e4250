//! The life of a signature as moderators can change it: only verified entries are ever
//! published, merges change nothing once a side has moved on, and a state the code does not
//! know fails loudly.

use undersigned::db::models::Role;

use crate::helpers::*;

fn published(app: &TestApp, id: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) AS n FROM signatures WHERE id = {id} AND state = 'published'"
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_entry_whose_address_was_never_verified_is_never_published() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign(&individual("Impersonated Person", "victim@example.org"))
        .await;
    app.smtp.wait_for(1).await;
    app.sign_and_confirm(&individual("Real Person", "real@example.org"))
        .await;
    let (fake, real) = (app.id_of("Impersonated Person"), app.id_of("Real Person"));
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let reject = [("reason", "Spam wave")];
    for id in [fake, real] {
        let res = admin
            .post(&format!("/admin/signatures/{id}/reject"), &reject)
            .await;
        assert_eq!(res.status().as_u16(), 303, "rejecting {id}");
    }
    // The queue offers approval only where it can happen.
    let (status, rejected) = admin
        .get(&format!("/admin/letters/{SLUG}?state=rejected"))
        .await;
    assert_eq!(status, 200);
    assert!(rejected.contains(&format!("/admin/signatures/{real}/approve")));
    assert!(!rejected.contains(&format!("/admin/signatures/{fake}/approve")));
    // Undoing the rejection one by one, and in bulk, publishes only the verified entry.
    let res = admin
        .post(&format!("/admin/signatures/{fake}/approve"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let (fake_id, real_id) = (fake.to_string(), real.to_string());
    let bulk = [
        ("ids", fake_id.as_str()),
        ("ids", real_id.as_str()),
        ("action", "approve"),
    ];
    let res = admin
        .post(&format!("/admin/letters/{SLUG}/bulk"), &bulk)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!((published(&app, fake), published(&app, real)), (0, 1));
    // Through "duplicate" too.
    app.execute(&format!(
        "UPDATE signatures SET state = 'duplicate' WHERE id = {fake}"
    ));
    let res = admin
        .post(&format!("/admin/signatures/{fake}/approve"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 422);
    assert_eq!(published(&app, fake), 0);
    let (status, list) = app.get_text(&format!("/letters/{SLUG}/signatories")).await;
    assert_eq!(status, 200);
    assert!(list.contains("Real Person") && !list.contains("Impersonated"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM audit_log WHERE signature_id = {fake} AND action = 'approve'"
        )),
        0,
        "no approval is recorded that did not happen"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_merge_that_would_keep_a_withdrawn_entry_changes_nothing() {
    let app = spawn_app().await;
    let first = app
        .sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    app.sign_and_confirm(&individual("Dr Jo Bloggs", "jo.work@example.org"))
        .await;
    let pair = app.count("SELECT id AS n FROM duplicate_pairs");
    let withdraw = first.link("/withdraw/");
    let res = app.client.post(app.url(&withdraw)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let admin = app.admin("mod@example.org", Role::Moderator).await;
    // The pair's first entry is the older one: the withdrawn "Jo Bloggs".
    let res = admin
        .post(
            &format!("/admin/duplicates/{pair}/merge"),
            &[("keep", "first")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE name = 'Dr Jo Bloggs' AND state = 'published'"),
        1,
        "the real entry stays published"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM duplicate_pairs WHERE status = 'open'"),
        1,
        "the pair stays open"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'merge duplicate'"),
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_state_the_code_does_not_know_fails_loudly() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign_and_confirm(&individual("Odd Row", "odd@example.org"))
        .await;
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let queue = format!("/admin/letters/{SLUG}?state=all");
    let (status, page) = admin.get(&queue).await;
    assert_eq!(status, 200);
    assert!(page.contains("Odd Row"));
    // Once read as "rejected" without a word; now the request fails and is logged.
    app.execute("UPDATE signatures SET state = 'archived'");
    let (status, page) = admin.get(&queue).await;
    assert_eq!(status, 500);
    assert!(!page.contains("Odd Row") && !page.contains("archived"));
    app.execute("UPDATE signatures SET state = 'pending', flags = ',weird,'");
    assert_eq!(admin.get(&queue).await.0, 500, "an unknown flag too");
}
