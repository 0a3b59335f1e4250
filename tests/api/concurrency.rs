//! Many signers at once on PostgreSQL, where batches of writes run in parallel.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::helpers::*;

/// 32 clients sign through the HTML form, hidden fields included, as a browser does: each has
/// its address, and every address is shared by four clients that re-sign it again and again.
/// Concurrent batches then lock the same signatures and recipients; not one answer may be
/// other than 303.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL"]
async fn thirty_two_signers_at_once_with_the_form_get_only_303s() {
    let app = spawn_app().await;
    let (status, page) = app.get_text(&format!("/letters/{SLUG}")).await;
    assert_eq!(status, 200);
    let stamp = form_stamp(&page).unwrap();
    let deadline = Instant::now() + Duration::from_secs(4);
    let tasks: Vec<_> = (0..32)
        .map(|client| {
            let (http, url) = (
                app.client.clone(),
                app.url(&format!("/letters/{SLUG}/sign")),
            );
            let mut form = individual(
                &format!("Load Signer {}", client % 8),
                &format!("load{}@example.org", client % 8),
            );
            form.push(("form_ts", stamp.clone()));
            form.push(("nickname", String::new()));
            tokio::spawn(async move {
                let mut answers = BTreeMap::<u16, u32>::new();
                while Instant::now() < deadline {
                    let res = http.post(&url).form(&form).send().await.unwrap();
                    *answers.entry(res.status().as_u16()).or_default() += 1;
                }
                answers
            })
        })
        .collect();
    let mut answers = BTreeMap::<u16, u32>::new();
    for task in tasks {
        for (status, n) in task.await.unwrap() {
            *answers.entry(status).or_default() += n;
        }
    }
    assert!(answers.get(&303).is_some_and(|n| *n > 200), "{answers:?}");
    assert_eq!(answers.keys().collect::<Vec<_>>(), [&303], "{answers:?}");
    assert_eq!(app.wait_outbox_drained(Duration::from_secs(20)).await, 0);
}

/// Two instances behind a balancer, on one PostgreSQL database: a client's signing quota is
/// spent across both, not once on each.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL"]
async fn two_instances_share_one_signing_quota() {
    let first = spawn_app_with(Options {
        sign_rate: "3/1h",
        ..Options::default()
    })
    .await;
    let second = spawn_app_with(Options {
        sign_rate: "3/1h",
        join: Some((first.database_url(), first.smtp.clone())),
        ..Options::default()
    })
    .await;
    let mut answers = Vec::new();
    for (i, app) in [&first, &second, &first, &second].into_iter().enumerate() {
        let form = individual(
            &format!("Quota Signer {i}"),
            &format!("quota{i}@example.org"),
        );
        answers.push(app.sign(&form).await.status().as_u16());
    }
    assert_eq!(answers, [303, 303, 303, 429]);
    first.smtp.wait_for(3).await;
    // Nothing of the client's address is kept with its count.
    assert!(
        first
            .strings("SELECT client_key AS s FROM sign_quota")
            .iter()
            .all(|k| !k.contains("127."))
    );
}
