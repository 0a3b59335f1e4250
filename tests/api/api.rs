use serde_json::{Value, json};

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn letters_are_listed_with_their_counts() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    let list: Value = app.get("/api/v1/letters").await.json().await.unwrap();
    assert_eq!(list["items"][0]["slug"], SLUG);
    assert_eq!(
        list["items"][0]["counts"],
        json!({ "individuals": 1, "organisations": 0 })
    );
    let one: Value = app
        .get(&format!("/api/v1/letters/{SLUG}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["title"], "A letter called test-letter");
    assert_eq!(one["status"], "open");
    assert_eq!(one["published"], "2026-01-02");
    for missing in [
        "/api/v1/letters/nope",
        "/api/v1/letters/%00",
        "/api/v1/letters/NOPE/signatories",
    ] {
        let res = app.get(missing).await;
        assert_eq!(res.status().as_u16(), 404);
        assert_eq!(res.json::<Value>().await.unwrap()["error"], "not_found");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_through_the_api_is_202_and_mails_a_link() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url(&format!("/api/v1/letters/{SLUG}/signatures")))
        .json(&json!({ "kind": "individual", "name": "Api Person", "title": "Nurse", "email": "api@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 202);
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    app.client
        .post(app.url(&mail.link("/verify/")))
        .send()
        .await
        .unwrap();
    let list: Value = app
        .get(&format!("/api/v1/letters/{SLUG}/signatories"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        list["items"][0]["name"], "Api Person",
        "public by default in JSON"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn api_errors_are_json_and_change_nothing() {
    let app = spawn_app().await;
    let path = format!("/api/v1/letters/{SLUG}/signatures");
    let res = app
        .client
        .post(app.url(&path))
        .json(&json!({ "name": "", "email": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"], "invalid");
    assert!(body["fields"]["name"].is_string() && body["fields"]["email"].is_string());

    let cases: [(&str, &str, u16); 5] = [
        ("application/json", "{not json", 400),
        ("application/json", r#"{"name": 5}"#, 400),
        (
            "application/json",
            r#"{"name": "A", "email": "a@example.org", "admin": true}"#,
            400,
        ),
        (
            "text/plain",
            r#"{"name": "A", "email": "a@example.org"}"#,
            415,
        ),
        ("application/json", "[]", 400),
    ];
    for (content_type, body, status) in cases {
        let res = app.post_raw(&path, content_type, body).await;
        assert_eq!(res.status().as_u16(), status, "{body}");
        assert!(res.json::<Value>().await.unwrap()["message"].is_string());
    }
    let res = app
        .client
        .post(app.url("/api/v1/letters/nope/signatures"))
        .json(&json!({ "name": "A", "email": "a@example.org" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(app.signatures(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_openapi_document_describes_every_route() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let mut routes: Vec<String> = paths
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| format!("{m} {path}"))
        })
        .collect();
    routes.sort();
    assert_eq!(
        routes,
        [
            "get /api/v1/letters",
            "get /api/v1/letters/{slug}",
            "get /api/v1/letters/{slug}/signatories",
            "post /api/v1/letters/{slug}/signatures",
        ]
    );
    let sign = &paths["/api/v1/letters/{slug}/signatures"]["post"];
    for status in ["202", "400", "403", "404", "413", "415", "422"] {
        assert!(sign["responses"][status].is_object(), "{status}");
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in [
        "SignJson",
        "PublicEntry",
        "SignatoriesJson",
        "LetterJson",
        "ErrorJson",
    ] {
        assert!(schemas.contains_key(name), "{name}");
    }
    assert_eq!(
        schemas["SignJson"]["properties"]["email"]["format"],
        "email"
    );

    let wrong = app
        .client
        .delete(app.url("/api/v1/letters"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 405);
    assert_eq!(wrong.headers()["allow"], "GET");
    let unknown = app.get("/api/v1/nothing").await;
    assert_eq!(unknown.json::<Value>().await.unwrap()["error"], "not_found");
}

/// A letter as the API gives it, field for field (nothing in it changes from run to run).
#[tokio::test(flavor = "multi_thread")]
async fn a_letter_answers_as_documented() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    let res = app.get(&format!("/api/v1/letters/{SLUG}")).await;
    assert_eq!(res.status().as_u16(), 200);
    let letter: Value = res.json().await.unwrap();
    insta::assert_snapshot!(
        "letter_json",
        serde_json::to_string_pretty(&letter).unwrap()
    );
}
