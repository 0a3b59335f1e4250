//! Evidence on the public list: the domain a signer confirmed from (with their consent), an
//! organisation's own domain, ORCID iDs, a moderator's approval; and the press figures that
//! say what the counts rest on.

use undersigned::db::models::Role;

use crate::helpers::*;

const NHS: &str = "[[institution]]\nname = \"NHS\"\ndomains = [\"nhs.net\", \"*.nhs.uk\"]\n";

fn with_institutions() -> Options {
    Options {
        letters: vec![LetterSpec {
            extra: NHS,
            ..LetterSpec::default()
        }],
        ..Options::default()
    }
}

fn consenting(name: &str, email: &str) -> Vec<(&'static str, String)> {
    let mut form = individual(name, email);
    form.push(("show_domain", "on".into()));
    form
}

#[tokio::test(flavor = "multi_thread")]
async fn the_confirmed_domain_is_shown_only_with_consent() {
    let app = spawn_app_with(with_institutions()).await;
    app.sign_and_confirm(&consenting("Ann Nurse", "ann@nhs.net"))
        .await;
    app.sign_and_confirm(&individual("Ben Quiet", "ben@gstt.nhs.uk"))
        .await;
    app.sign_and_confirm(&consenting("Cat Academic", "cat@psych.ucl.ac.uk"))
        .await;
    app.sign_and_confirm(&consenting("Dan Private", "dan@gmail.com"))
        .await;

    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("Ann Nurse, Consultant Psychiatrist. <span class=\"evidence\">confirmed at nhs.net</span>"), "{list}");
    assert!(list.contains("confirmed at ucl.ac.uk") && !list.contains("psych."));
    assert!(!list.contains("gstt.nhs.uk") && !list.contains("gmail"));
    assert_eq!(
        app.strings(
            "SELECT name || ':' || COALESCE(confirmed_domain, '-') AS s FROM signatures ORDER BY id"
        ),
        [
            "Ann Nurse:nhs.net",
            "Ben Quiet:-",
            "Cat Academic:ucl.ac.uk",
            "Dan Private:-"
        ]
    );

    let csv = app
        .get_ok(&format!("/letters/{SLUG}/signatories.csv"))
        .await;
    assert!(
        csv.contains("Ann Nurse,Consultant Psychiatrist,,individual,")
            && csv.contains(",nhs.net,,no,no")
    );
    assert!(!csv.contains('@'));
    let api = app
        .get_ok(&format!("/api/v1/letters/{SLUG}/signatories"))
        .await;
    assert!(api.contains("\"confirmed_domain\":\"nhs.net\""), "{api}");

    let press = app.get_ok(&format!("/letters/{SLUG}/press")).await;
    assert!(
        press.contains(
            "What these figures rest on: all 4 people confirmed their signature by email; \
             2 from an institutional address: NHS 1 and universities 1."
        ),
        "{press}"
    );
    let counts: serde_json::Value =
        serde_json::from_str(&app.get_ok(&format!("/letters/{SLUG}/count.json")).await).unwrap();
    assert_eq!(counts["individuals"], 4);
    assert_eq!(counts["basis"]["institutional"], 2);
    assert_eq!(counts["basis"]["confirmed_by_email"], 4);
    let figures: serde_json::Value =
        serde_json::from_str(&app.get_ok(&format!("/letters/{SLUG}/figures.json")).await).unwrap();
    assert_eq!(figures["basis"], counts["basis"]);
    assert_eq!(figures["individuals"], 4);
    let letter: serde_json::Value =
        serde_json::from_str(&app.get_ok(&format!("/api/v1/letters/{SLUG}")).await).unwrap();
    assert_eq!(letter["basis"], counts["basis"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_orcid_id_is_checked_and_shown_as_a_link() {
    let app = spawn_app().await;
    let mut typo = individual("Oli Orcid", "oli@example.org");
    typo.push(("orcid", "0000-0002-1825-0098".into()));
    let res = app.sign(&typo).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(res.text().await.unwrap().contains("has a typo"));
    assert_eq!(app.signatures(), 0);

    let mut form = individual("Oli Orcid", "oli@example.org");
    form.push(("orcid", "https://orcid.org/0000-0002-1825-0097".into()));
    app.sign_and_confirm(&form).await;
    let mut hidden = individual("Hidden Researcher", "hid@example.org");
    hidden.retain(|(field, _)| *field != "public");
    hidden.push(("orcid", "0000-0002-9079-593X".into()));
    app.sign_and_confirm(&hidden).await;

    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(list.contains("href=\"https://orcid.org/0000-0002-1825-0097\""));
    assert!(
        !list.contains("0000-0002-9079-593X"),
        "an anonymous signer's iD would name them"
    );
    let json = app
        .get_ok(&format!("/letters/{SLUG}/signatories.json"))
        .await;
    assert!(json.contains("\"orcid\":\"0000-0002-1825-0097\",\"orcid_verified\":false"));
    assert!(!json.contains("593X"));

    let res = app
        .client
        .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
        .json(&serde_json::json!({
            "name": "Api Person", "email": "api@example.org", "orcid": "1234"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    assert!(res.text().await.unwrap().contains("orcid"));
}

/// An organisation confirmed from its own website's domain is "domain checked"; every
/// organisation is approved by a moderator, and the press figures say so.
#[tokio::test(flavor = "multi_thread")]
async fn organisations_show_their_checks() {
    let app = spawn_app().await;
    let mut own = organisation("Mind", "ceo@mind.org.uk");
    own[2].1 = "https://www.mind.org.uk/".into();
    app.sign_and_confirm(&own).await;
    let mut other = organisation("Other Charity", "other.charity@gmail.com");
    other[2].1 = "https://other-charity.org".into();
    app.sign_and_confirm(&other).await;
    let admin = app.admin("mod@example.org", Role::Moderator).await;
    for name in ["Mind", "Other Charity"] {
        let id = app.count(&format!(
            "SELECT id AS n FROM signatures WHERE organisation = '{name}'"
        ));
        let approve = format!("/admin/signatures/{id}/approve");
        assert_eq!(admin.post_status(&approve, &[]).await, 303);
    }
    let orgs = app
        .get_ok(&format!("/letters/{SLUG}/signatories?kind=organisation"))
        .await;
    assert!(orgs.contains("Mind <span class=\"evidence\">domain checked: mind.org.uk</span> <span class=\"evidence\">checked by a moderator</span>"), "{orgs}");
    assert!(orgs.contains("Other Charity <span class=\"evidence\">checked by a moderator</span>"));
    let press = app.get_ok(&format!("/letters/{SLUG}/press")).await;
    assert!(
        press.contains("2 organisations, each checked by a moderator"),
        "{press}"
    );
    let csv = app
        .get_ok(&format!("/letters/{SLUG}/signatories.csv"))
        .await;
    assert!(csv.contains("Mind,,,organisation,"), "{csv}");
    assert!(csv.contains(",mind.org.uk,,no,yes"), "{csv}");
}

/// "Sign in with ORCID" against a local OAuth server: the iD comes back proven, and the
/// signature made with its proof shows it verified. A forged or borrowed proof, a state that
/// does not match, and a code the server refuses prove nothing.
#[tokio::test(flavor = "multi_thread")]
async fn signing_in_with_orcid_marks_the_id_verified() {
    let orcid = TestOrcid::start().await;
    let app = spawn_app_with(Options {
        orcid: Some(orcid.url.clone()),
        ..Options::default()
    })
    .await;
    let browser = browser(None);
    let page = page_text(&browser, app.url(&format!("/letters/{SLUG}"))).await;
    assert!(page.contains("Sign in with ORCID"));

    // The letter page's link, ORCID's authorize page, and back: the path the browser takes.
    let start = format!("/orcid/start?letter={SLUG}");
    let res = browser.get(app.url(&start)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let at_orcid = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(at_orcid.starts_with(&format!("{}/oauth/authorize?", orcid.url)));
    let res = browser.get(&at_orcid).send().await.unwrap();
    let back = url::Url::parse(res.headers()["location"].to_str().unwrap()).unwrap();
    assert_eq!(back.path(), "/orcid/callback");
    let callback = format!("{}?{}", back.path(), back.query().unwrap());
    let forged = callback.replace("state=", "state=x");
    assert_eq!(
        browser
            .get(app.url(&forged))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    let res = browser.get(app.url(&callback)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = res.text().await.unwrap();
    assert!(page.contains(&format!("value=\"{ORCID_ID}\"")) && page.contains(ORCID_NAME));
    let proof = page
        .split("name=\"orcid_proof\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    // The state was spent with the sign-in: the same answer again is a dead link.
    let again = browser.get(app.url(&callback)).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 404);
    // A used code under a fresh state: ORCID refuses it, and nothing is proven.
    let res = browser.get(app.url(&start)).send().await.unwrap();
    let res = browser
        .get(res.headers()["location"].to_str().unwrap())
        .send()
        .await
        .unwrap();
    let fresh = url::Url::parse(res.headers()["location"].to_str().unwrap()).unwrap();
    let fresh_state = fresh
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let used_code = back
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    let replay = format!("/orcid/callback?code={used_code}&state={fresh_state}");
    let refused = browser.get(app.url(&replay)).send().await.unwrap();
    assert_eq!(refused.status().as_u16(), 400);
    assert!(!refused.text().await.unwrap().contains("orcid_proof"));

    let mut form = individual(ORCID_NAME, "josiah@example.org");
    form.push(("orcid", ORCID_ID.into()));
    form.push(("orcid_proof", proof.clone()));
    app.sign_and_confirm(&form).await;
    // A proof is for its iD only.
    let mut borrowed = individual("Someone Else", "else@example.org");
    borrowed.push(("orcid", "0000-0002-9079-593X".into()));
    borrowed.push(("orcid_proof", proof));
    app.sign_and_confirm(&borrowed).await;

    assert_eq!(
        app.strings("SELECT name || ':' || CASE WHEN orcid_verified THEN 'verified' ELSE 'typed' END AS s FROM signatures ORDER BY id"),
        [format!("{ORCID_NAME}:verified"), "Someone Else:typed".to_owned()]
    );
    let list = app.get_ok(&format!("/letters/{SLUG}/signatories")).await;
    assert!(
        list.contains(&format!(
            "ORCID {ORCID_ID}</a> <span class=\"evidence\">(verified)</span>"
        )),
        "{list}"
    );
    let counts: serde_json::Value =
        serde_json::from_str(&app.get_ok(&format!("/letters/{SLUG}/count.json")).await).unwrap();
    assert_eq!(counts["basis"]["orcid_verified"], 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn without_orcid_settings_there_is_no_sign_in() {
    let app = spawn_app().await;
    assert!(
        !app.get_ok(&format!("/letters/{SLUG}"))
            .await
            .contains("Sign in with ORCID")
    );
    let res = app.get(&format!("/orcid/start?letter={SLUG}")).await;
    assert_eq!(res.status().as_u16(), 404);
}
