//! Consent to news about a letter: a box unticked unless the signer ticks it, kept with the
//! version of its words and its time, shown in the signer's data file, and erased with the
//! signature.

use undersigned::signing::{NEWS_PROMISE, NEWS_WORDING};

use crate::helpers::*;

fn asking_for_news(name: &str, email: &str) -> Vec<(&'static str, String)> {
    let mut form = individual(name, email);
    form.push(("news", "on".into()));
    form
}

/// The consents held, as (signature id, wording).
fn consents(app: &TestApp) -> Vec<(i64, String)> {
    app.strings(
        "SELECT signature_id || ' ' || wording AS s FROM news_consents ORDER BY signature_id",
    )
    .iter()
    .map(|s| {
        let (id, wording) = s.split_once(' ').unwrap();
        (id.parse().unwrap(), wording.to_owned())
    })
    .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_news_box_starts_unticked_and_only_the_address_owner_can_tick_it() {
    let app = spawn_app().await;
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    for id in ["individual-news", "organisation-news"] {
        assert!(
            page.contains(&format!(
                "<input id=\"{id}\" name=\"news\" type=\"checkbox\" value=\"on\">"
            )),
            "{id} missing or ticked"
        );
    }
    assert!(
        page.contains("at most two emails a month"),
        "the promise is stated"
    );

    // The verification mail says what the signer also agreed to; without the box, nothing.
    let asked = format!(
        "You also asked: “{}”",
        undersigned::i18n::Lang::En.t(NEWS_PROMISE)
    );
    let ann_mail = app
        .sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    assert!(ann_mail.text().contains(&asked), "{}", ann_mail.text());
    assert!(ann_mail.html().contains("You also asked"));
    let ben_mail = app
        .sign_and_confirm(&individual("Ben Quiet", "ben@example.org"))
        .await;
    assert!(!ben_mail.text().contains("You also asked"));
    let ann = app.id_of("Ann Asks");
    assert_eq!(consents(&app), [(ann, NEWS_WORDING.to_owned())]);
    let at = app.strings("SELECT CAST(consented_at AS TEXT) AS s FROM news_consents");
    assert!(at[0].starts_with("20"), "kept with its time: {at:?}");

    // Someone else sending Ben's address with the box ticked changes nothing: Ben confirmed
    // without it.
    let before = app.smtp.received().len();
    app.sign(&asking_for_news("Ben Quiet", "ben@example.org"))
        .await;
    app.smtp.wait_for(before + 1).await;
    assert_eq!(consents(&app).len(), 1);

    // Before confirming, the latest form decides, and the confirmation page shows it.
    app.sign(&asking_for_news("Cat Changes", "cat@example.org"))
        .await;
    assert_eq!(consents(&app).len(), 2);
    let cat_mail = app.smtp.wait_for(before + 2).await.pop().unwrap();
    let page = app.get_ok(&cat_mail.link("/verify/")).await;
    assert!(page.contains("Confirm your signature") && page.contains(&asked));
    app.sign(&individual("Cat Changes", "cat@example.org"))
        .await;
    assert_eq!(consents(&app), [(ann, NEWS_WORDING.to_owned())]);
    let cat_mail = app.smtp.wait_for(before + 3).await.pop().unwrap();
    let page = app.get_ok(&cat_mail.link("/verify/")).await;
    assert!(page.contains("Confirm your signature") && !page.contains("You also asked"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_takes_the_consent_too() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
        .json(&serde_json::json!({
            "name": "Dee Api", "title": "Nurse", "email": "dee@example.org", "news": true
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 202);
    assert_eq!(consents(&app).len(), 1);
    app.smtp.wait_for(1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_data_file_shows_the_consent_and_withdrawing_erases_it() {
    let app = spawn_app().await;
    app.sign_and_confirm(&asking_for_news("Eve Reader", "eve@example.org"))
        .await;
    let before = app.smtp.received().len();
    assert_eq!(app.ask_my("eve@example.org").await.status().as_u16(), 303);
    let mail = app.smtp.wait_for(before + 1).await.pop().unwrap();
    let data = app
        .client
        .post(app.url(&mail.link("/data/")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let held: serde_json::Value = serde_json::from_str(&data).unwrap();
    let news = &held["signatures"][0]["news"];
    assert_eq!(news["wording"], NEWS_WORDING);
    assert_eq!(news["words"], undersigned::i18n::Lang::En.t(NEWS_PROMISE));
    assert!(news["consented_at"].as_str().unwrap().starts_with("20"));

    assert_eq!(app.press(&mail.link("/withdraw/")).await, 200);
    assert!(
        consents(&app).is_empty(),
        "the consent outlived the withdrawal"
    );
}
