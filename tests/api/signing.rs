use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn letter_page_shows_the_letter_count_and_both_forms() {
    let app = spawn_app().await;
    let (status, page) = app.get_text(&format!("/letters/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<em>ask</em> for <strong>better care</strong>"));
    assert!(page.contains("<strong>0</strong> people"));
    for field in [
        "individual-name",
        "individual-title",
        "individual-email",
        "individual-public",
        "organisation-organisation",
        "organisation-website",
        "organisation-name",
        "organisation-email",
    ] {
        assert!(
            page.contains(&format!("<label for=\"{field}\"")),
            "label for {field}"
        );
        assert!(page.contains(&format!("id=\"{field}\"")), "input {field}");
    }
    assert!(page.contains("name=\"viewport\""));
}

#[tokio::test(flavor = "multi_thread")]
async fn home_goes_straight_to_the_only_letter_or_lists_them() {
    let app = spawn_app().await;
    let res = app.get("/").await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], format!("/letters/{SLUG}"));

    let two = spawn_app_with(Options {
        letters: vec![
            LetterSpec::default(),
            LetterSpec {
                slug: "second",
                ..LetterSpec::default()
            },
        ],
        ..Options::default()
    })
    .await;
    let (status, page) = two.get_text("/").await;
    assert_eq!(status, 200);
    assert!(page.contains("/letters/test-letter") && page.contains("/letters/second"));
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_mails_a_link_whose_page_confirms_only_on_post() {
    let app = spawn_app().await;
    let res = app
        .sign(&individual("Dr Jo Bloggs", "jo@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers()["location"],
        format!("/letters/{SLUG}/check-email")
    );
    let (status, page) = app.get_text(&format!("/letters/{SLUG}/check-email")).await;
    assert_eq!((status, page.contains("Check your email")), (200, true));

    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    assert_eq!(mail.to, ["jo@example.org"]);
    assert!(mail.subject().contains("A letter called test-letter"));
    assert!(
        mail.text()
            .contains("Dr Jo Bloggs, Consultant Psychiatrist.")
    );
    assert!(mail.html().contains("Confirm my signature"));
    let verify = mail.link("/verify/");
    assert!(mail.text().contains("/withdraw/"));

    // Opening the link (as a mail scanner does) confirms nothing.
    let (status, page) = app.get_text(&verify).await;
    assert_eq!(status, 200);
    assert!(page.contains("<form method=\"post\">"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'unverified'"),
        1
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(!list.contains("Jo Bloggs"));
    assert!(list.contains("No one is listed here yet."), "{list}");

    let res = app.client.post(app.url(&verify)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("Your name now appears"));
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("<li>Dr Jo Bloggs, Consultant Psychiatrist.</li>"));
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(page.contains("<strong>1</strong> person"));
    assert!(
        page.contains("Dr Jo Bloggs, Consultant Psychiatrist."),
        "recent signatories"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn with_pre_moderation_a_confirmed_signature_waits() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            moderation: "pre",
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    app.sign_and_confirm(&individual("Ada Lovelace", "ada@example.org"))
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'pending'"),
        1
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(!list.contains("Ada Lovelace"));
    assert!(list.contains("No one is listed here yet."), "{list}");
    let counts: serde_json::Value = app
        .get(&format!("/letters/{SLUG}/count.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&counts["individuals"], &counts["organisations"]),
        (&serde_json::json!(0), &serde_json::json!(0))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn organisations_always_wait_and_are_listed_apart() {
    let app = spawn_app().await;
    app.sign_and_confirm(&organisation("Centre for Care", "ceo@centre.example.org"))
        .await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE state = 'pending' AND kind = 'organisation'"
        ),
        1
    );
    app.sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;

    // What a moderator's approval will do (the moderation issue adds the queue).
    app.execute("UPDATE signatures SET state = 'published' WHERE kind = 'organisation'");
    let people = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(people.contains("Jo Bloggs") && !people.contains("Centre for Care"));
    let orgs = app
        .get_ok(&format!("/letters/{SLUG}/signatories?kind=organisation"))
        .await;
    assert!(
        orgs.contains("<li class=\"organisation\">Centre for Care <span class=\"evidence\">")
            && !orgs.contains("Jo Bloggs")
    );
    // The person who signed for it is seen by moderators only.
    assert!(!orgs.contains("Sam Signer") && !orgs.contains("Chief Executive"));
    let counts: serde_json::Value = app
        .get(&format!("/letters/{SLUG}/count.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&counts["individuals"], &counts["organisations"]),
        (&serde_json::json!(1), &serde_json::json!(1))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_input_is_422_with_each_error_beside_its_field_and_input_kept() {
    let app = spawn_app().await;
    let mut form = individual("", "not-an-email");
    form[1].1 = "   ".into();
    form[2].1 = "Clinical <Psychologist>".into();
    let res = app.sign(&form).await;
    assert_eq!(res.status().as_u16(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("<title>Error: "));
    assert!(page.contains("id=\"individual-name-error\">This field is required."));
    assert!(page.contains("id=\"individual-email-error\">Please enter a valid email address"));
    assert!(page.contains("value=\"not-an-email\""), "typed email kept");
    assert!(
        page.contains("value=\"Clinical &#60;Psychologist&#62;\"")
            || page.contains("value=\"Clinical &lt;Psychologist&gt;\"")
    );
    assert!(page.contains("aria-invalid=\"true\""));
    assert!(
        page.contains("href=\"#individual-name\""),
        "error summary links to the field"
    );

    let res = app
        .sign(&[
            ("kind", "organisation".into()),
            ("organisation", "Org".into()),
            ("email", "a@example.org".into()),
        ])
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("id=\"organisation-website-error\""));
    assert!(page.contains("id=\"organisation-name-error\""));
    assert!(page.contains("id=\"organisation-title-error\""));
    assert_eq!(app.signatures(), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_again_answers_alike_and_keeps_one_signature() {
    let app = spawn_app().await;
    let first = app
        .sign(&individual("Jo Bloggs", "Jo.Bloggs+letter@gmail.com"))
        .await;
    let again = app
        .sign(&individual("Jo Bloggs-Smith", "jobloggs@GMAIL.com"))
        .await;
    assert_eq!(first.status(), again.status());
    assert_eq!(first.headers()["location"], again.headers()["location"]);
    assert_eq!(app.signatures(), 1);

    // Still pending: the verification mail comes again, with the corrected details.
    let mails = app.smtp.wait_for(2).await;
    assert!(mails[1].text().contains("Jo Bloggs-Smith"));
    app.client
        .post(app.url(&mails[1].link("/verify/")))
        .send()
        .await
        .unwrap();

    // Confirmed: an "already signed" mail, and nothing else changes.
    let third = app
        .sign(&individual("Someone Else", "jobloggs@gmail.com"))
        .await;
    assert_eq!(third.status().as_u16(), 303);
    assert_eq!(third.headers()["location"], first.headers()["location"]);
    let mail = app.smtp.wait_for(3).await.pop().unwrap();
    assert!(mail.subject().contains("already signed"));
    assert!(mail.text().contains("/withdraw/") && !mail.text().contains("/verify/"));
    assert_eq!(app.signatures(), 1);
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Jo Bloggs-Smith") && !list.contains("Someone Else"));
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_duplicate_submits_store_one_signature() {
    let app = spawn_app().await;
    let form = individual("Jo Bloggs", "race@example.org");
    let answers = futures_util::future::join_all((0..8).map(|_| app.sign(&form))).await;
    assert!(answers.iter().all(|r| r.status().as_u16() == 303));
    assert_eq!(app.signatures(), 1);
    app.smtp.wait_for(5).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_address_gets_more_than_five_mails_a_day() {
    let app = spawn_app_with(Options {
        letters: vec![
            LetterSpec::default(),
            LetterSpec {
                slug: "second",
                ..LetterSpec::default()
            },
        ],
        ..Options::default()
    })
    .await;
    for i in 0..4 {
        let res = app
            .sign(&individual(&format!("Jo {i}"), "victim@example.org"))
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    // Across letters too, and with the address spelt differently.
    for i in 0..3 {
        let res = app
            .post_form(
                "/letters/second/sign",
                &individual(&format!("Jo {i}"), " VICTIM@example.org"),
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    app.smtp.wait_for(5).await;
    app.wait_outbox_drained(std::time::Duration::from_secs(5))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.received().len(), 5);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 5);
    assert_eq!(app.signatures(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn anonymous_signers_are_published_without_their_name() {
    let app = spawn_app().await;
    let mut form = individual("Secret Person", "secret@example.org");
    form.retain(|(k, _)| *k != "public");
    form[3].1 = "Hidden Hospital".into();
    app.sign_and_confirm(&form).await;
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("<li>Anonymous, Consultant Psychiatrist.</li>"));
    assert!(!list.contains("Secret Person") && !list.contains("Hidden Hospital"));
    let found = app
        .get_ok(&format!("/letters/{SLUG}/signatories?q=secret"))
        .await;
    assert!(found.contains("No signatory matches"));
    let api: serde_json::Value = app
        .get(&format!("/api/v1/letters/{SLUG}/signatories"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["items"][0]["name"], "Anonymous");
    assert_eq!(api["items"][0]["organisation"], serde_json::Value::Null);
}

#[tokio::test(flavor = "multi_thread")]
async fn closed_and_draft_letters_take_no_signatures() {
    let app = spawn_app_with(Options {
        letters: vec![
            LetterSpec {
                status: "closed",
                ..LetterSpec::default()
            },
            LetterSpec {
                slug: "draft",
                status: "draft",
                ..LetterSpec::default()
            },
        ],
        ..Options::default()
    })
    .await;
    let (status, page) = app.get_text(&format!("/letters/{SLUG}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("This letter is closed") && !page.contains("id=\"sign-individual\""));
    assert_eq!(
        app.sign(&individual("Jo", "jo@example.org"))
            .await
            .status()
            .as_u16(),
        403
    );
    assert_eq!(app.get("/letters/draft").await.status().as_u16(), 404);
    let res = app
        .post_form("/letters/draft/sign", &individual("Jo", "jo@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(app.get("/letters/nope").await.status().as_u16(), 404);
    assert_eq!(app.signatures(), 0);
}

/// The letter's head is kept for a second, so a letter closed by another instance (or the
/// command line) may still look open here: the signature's batch checks again, and the form is
/// refused as on a closed letter, with nothing written.
#[tokio::test(flavor = "multi_thread")]
async fn a_letter_closed_elsewhere_takes_no_more_signatures_at_once() {
    let app = spawn_app().await;
    let res = app.sign(&individual("Jo", "jo@example.org")).await;
    assert_eq!(res.status().as_u16(), 303);
    app.execute("UPDATE letters SET status = 'closed'");
    let res = app.sign(&individual("Al", "al@example.org")).await;
    assert_eq!(res.status().as_u16(), 403);
    assert!(res.text().await.unwrap().contains("closed"));
    assert_eq!(app.signatures(), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox"), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn emails_never_appear_in_public_pages_or_answers() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Jo Bloggs", "private.person@example.org"))
        .await;
    app.sign_and_confirm(&organisation("Care Org", "boss@care.example.org"))
        .await;
    app.execute("UPDATE signatures SET state = 'published'");

    // With one letter, the home page is a redirect to it: nothing to read, nothing to leak.
    let home = app.get("/").await;
    assert_eq!(home.status().as_u16(), 303);
    assert_eq!(home.headers()["location"], format!("/letters/{SLUG}"));
    assert_eq!(home.text().await.unwrap(), "");

    // Each answer must be the real page, showing what is published, and no address.
    const COUNTS: &[&str] = &["\"individuals\":1", "\"organisations\":1"];
    for (path, shown) in [
        (format!("/letters/{SLUG}"), &["Jo Bloggs"][..]),
        (format!("/letters/{SLUG}/signatories"), &["Jo Bloggs"]),
        (
            format!("/letters/{SLUG}/signatories?kind=organisation"),
            &["Care Org"],
        ),
        (format!("/letters/{SLUG}/count.json"), COUNTS),
        ("/api/v1/letters".to_owned(), COUNTS),
        (format!("/api/v1/letters/{SLUG}"), COUNTS),
        (
            format!("/api/v1/letters/{SLUG}/signatories"),
            &["Jo Bloggs"],
        ),
    ] {
        let body = app.get_ok(&path).await;
        for name in shown {
            assert!(body.contains(name), "{name} not in {path}:\n{body}");
        }
        assert!(
            !body.contains("private.person") && !body.contains("boss@"),
            "{path}"
        );
    }
}
