//! Languages: the interface follows `Accept-Language` and the switch's cookie, a letter's
//! translations share its one list, and a signer is written to in the language they signed in.

use undersigned::i18n::Lang;

use crate::helpers::*;

fn translated() -> Options {
    Options {
        letters: vec![LetterSpec {
            extra: "title_fr = \"Une lettre traduite\"\ntitle_de = \"Ein übersetzter Brief\"\n",
            translations: &[
                (
                    "fr",
                    "Nous, soussignés, *demandons* de **meilleurs soins**.\n",
                ),
                (
                    "de",
                    "Wir, die Unterzeichnenden, *fordern* **bessere Versorgung**.\n",
                ),
            ],
            ..LetterSpec::default()
        }],
        ..Options::default()
    }
}

async fn page_in(app: &TestApp, path: &str, accept: &str) -> (u16, String, String) {
    let res = app
        .client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let vary = res
        .headers()
        .get("vary")
        .map_or(String::new(), |v| v.to_str().unwrap().to_owned());
    (status, vary, res.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn accept_language_picks_the_interface_and_unknown_languages_get_english() {
    let app = spawn_app().await;
    let letter = format!("/letters/{SLUG}");
    let (status, vary, page) = page_in(&app, &letter, "fr-CH, fr;q=0.9, en;q=0.5").await;
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"), "{page}");
    assert!(page.contains(&Lang::Fr.t("sign-heading")));
    assert!(!page.contains(&Lang::En.t("sign-heading")));
    assert!(vary.contains("Accept-Language"), "{vary}");
    // The letter has no French text: the text stays in its own language, English.
    assert!(page.contains("<em>ask</em> for <strong>better care</strong>"));

    let (_, _, page) = page_in(&app, &letter, "ja, zh;q=0.8").await;
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains(&Lang::En.t("sign-heading")));

    // Hostile tags and headers change nothing: English, or no page, never a 5xx.
    let long = "xx;q=0.5,".repeat(2000);
    let (status, _, page) = page_in(&app, &letter, &long).await;
    assert!(status == 200 && page.contains("<html lang=\"en\""));
    for query in ["%3Cscript%3E", "fr%0Aset-cookie", "%FF%FE", "ar-\u{202E}"] {
        let status = app.get(&format!("{letter}?lang={query}")).await.status();
        assert!(status == 404 || status == 200, "{query}: {status}");
    }
    let (status, _, page) = page_in(&app, &letter, "de\t, \u{202E}fr").await;
    assert!(status < 500 && !page.contains('\u{202E}'), "{status}");

    // Errors speak the reader's language too: a form far too large, in French.
    let res = app
        .client
        .post(app.url(&format!("{letter}/sign")))
        .header("accept-language", "fr")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("name={}", "a".repeat(64 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413);
    let page = res.text().await.unwrap();
    assert!(page.contains(&Lang::Fr.t("body-too-large")), "{page}");

    // Weights decide, not order; a refused language (q=0) is never picked.
    let (_, _, page) = page_in(&app, &letter, "fr;q=0, de;q=0.4, es;q=0.8").await;
    assert!(page.contains("<html lang=\"es\""));
    // Numbers and plurals follow the language: 0 signatures in French is singular.
    assert!(page.contains(&Lang::Es.t2("count-signed-html", "people", 0, "organisations", 0)));
}

/// The letter page as rendered is kept for the second its form stamp names: every view must
/// still get the page it asked for, and a change made through this instance shows at once.
#[tokio::test(flavor = "multi_thread")]
async fn a_page_kept_for_its_second_answers_only_what_was_asked() {
    let app = spawn_app().await;
    let letter = format!("/letters/{SLUG}");
    for _ in 0..3 {
        let (_, _, en) = page_in(&app, &letter, "en").await;
        let (_, _, fr) = page_in(&app, &letter, "fr").await;
        let (_, _, asked) = page_in(&app, &format!("{letter}?lang=de"), "fr").await;
        assert!(en.contains("<html lang=\"en\""));
        assert!(fr.contains("<html lang=\"fr\""));
        assert!(asked.contains("<html lang=\"de\""));
        // Any other query comes back through the language switch: never another's.
        let (_, _, one) = page_in(&app, &format!("{letter}?ref=kept-one"), "en").await;
        let (_, _, two) = page_in(&app, &format!("{letter}?ref=kept-two"), "en").await;
        assert!(one.contains("kept-one") && !one.contains("kept-two"));
        assert!(two.contains("kept-two") && !two.contains("kept-one"));
        assert!(!en.contains("kept-"));
    }
    let (_, _, before) = page_in(&app, &letter, "en").await;
    assert!(!before.contains("Kept Signer"));
    app.sign_and_confirm(&individual("Kept Signer", "kept@example.org"))
        .await;
    let (_, _, after) = page_in(&app, &letter, "en").await;
    assert!(
        after.contains("Kept Signer"),
        "the new signature shows at once"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_switch_is_remembered_over_the_browser_language_and_goes_back_only_here() {
    let app = spawn_app().await;
    let client = browser(None);
    let letter = format!("/letters/{SLUG}");
    let page = page_text(&client, app.url(&letter)).await;
    // Every other language is offered as a plain link that comes back to this page.
    let de_link = format!("/language/de?next=/letters/{SLUG}");
    assert!(page.contains(&format!("href=\"{de_link}\"")), "{page}");

    let res = client
        .get(app.url(&de_link))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], letter.as_str());
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("lang=de") && cookie.contains("Max-Age="),
        "{cookie}"
    );

    let page = client
        .get(app.url(&letter))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<html lang=\"de\""),
        "the cookie wins over the header"
    );
    // `?lang=` on a link wins over both, for that page.
    let res = client
        .get(app.url(&format!("{letter}?lang=nl")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("<html lang=\"nl\""));

    // Only addresses on this site are gone back to; unknown languages are refused.
    for next in [
        "//evil.example/x",
        "https://evil.example/",
        "%2F%5Cevil.example",
    ] {
        let res = client
            .get(app.url(&format!("/language/fr?next={next}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["location"], "/", "{next}");
    }
    let res = client.get(app.url("/language/xx")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let res = client.get(app.url("/language/fr%00")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_signer_who_signed_in_french_is_mailed_in_french_and_forgotten_on_withdrawal() {
    let app = spawn_app().await;
    let mut form = individual("Dr Zoé Martin", "zoe@example.org");
    // The hidden field the French page carries.
    form.push(("lang", "fr".into()));
    let signed = app.sign(&form).await;
    assert_eq!(signed.status().as_u16(), 303);
    // The next page is in French too, though the browser asks for no language.
    let next = signed.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(next, format!("/letters/{SLUG}/check-email?lang=fr"));
    let page = app.get_ok(&next).await;
    assert!(page.contains(&Lang::Fr.t("check-email-title")));
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    let title = format!("A letter called {SLUG}");
    assert_eq!(
        mail.subject(),
        Lang::Fr.t1("verify-subject", "title", title.as_str())
    );
    assert!(mail.text().contains(&Lang::Fr.t("verify-open-link")));
    assert!(mail.html().contains("<html lang=\"fr\" dir=\"ltr\">"));
    // The date the links stop working is written in French too.
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    assert!(
        months.iter().all(|m| !mail.text().contains(m)),
        "{}",
        mail.text()
    );
    // The name is as typed, never translated.
    assert!(
        mail.text()
            .contains("Dr Zoé Martin, Consultant Psychiatrist.")
    );
    assert_eq!(
        app.strings("SELECT lang AS s FROM signature_languages"),
        ["fr"]
    );

    // An English signer leaves no row: no language kept means English.
    app.sign(&individual("Ann English", "ann@example.org"))
        .await;
    let english = app.smtp.wait_for(2).await.pop().unwrap();
    assert!(english.subject().starts_with("Confirm your signature on"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signature_languages"),
        1
    );

    // Withdrawing erases the language with the address.
    let withdraw = mail.link("/withdraw/");
    assert_eq!(app.press(&withdraw).await, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signature_languages"),
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn two_translations_share_one_list_and_one_count() {
    let app = spawn_app_with(translated()).await;
    let letter = format!("/letters/{SLUG}");
    let fr = app.get_ok(&format!("{letter}?lang=fr")).await;
    assert!(fr.contains("<h1>Une lettre traduite</h1>"));
    assert!(fr.contains("<em>demandons</em> de <strong>meilleurs soins</strong>"));
    assert!(fr.contains("<article class=\"letter\" lang=\"fr\">"));
    // The main text is named authoritative, with a link to it.
    assert!(fr.contains(&Lang::Fr.t1("translation-notice", "language", "English")));
    // Each translation links to the others, for readers and search engines.
    for (tag, query) in [("en", "en"), ("fr", "fr"), ("de", "de")] {
        let alternate = format!(
            "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"http://127.0.0.1:8080/letters/{SLUG}?lang={query}\">"
        );
        assert!(fr.contains(&alternate), "{alternate}");
    }
    assert!(fr.contains("hreflang=\"x-default\""));
    // A reader whose language has a translation gets it at the plain address too.
    let (_, _, de) = page_in(&app, &letter, "de").await;
    assert!(de.contains("<h1>Ein übersetzter Brief</h1>"));
    let (_, _, es) = page_in(&app, &letter, "es").await;
    assert!(es.contains("<h1>A letter called test-letter</h1>"));
    // The API answers in English, naming the language of each text.
    let api: serde_json::Value = app
        .get(&format!("/api/v1/letters/{SLUG}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["language"], "en");
    assert_eq!(api["translations"][0]["language"], "de");
    assert_eq!(api["translations"][1]["title"], "Une lettre traduite");
    assert_eq!(
        api["translations"][1]["url"],
        format!("http://127.0.0.1:8080/letters/{SLUG}?lang=fr")
    );
    // A translation that does not exist is not a page; an interface language shows the
    // letter's own text.
    assert_eq!(app.get(&format!("{letter}?lang=pt-BR")).await.status(), 404);
    let (status, _, nl) = page_in(&app, &format!("{letter}?lang=nl"), "fr").await;
    assert_eq!(status, 200);
    assert!(
        nl.contains("<html lang=\"nl\"") && nl.contains("<h1>A letter called test-letter</h1>")
    );

    // One signs on the French text, one on the German: one list, one count.
    let mut zoe = individual("Zoé Martin", "zoe@example.org");
    zoe.push(("lang", "fr".into()));
    let mut jan = individual("Jan Müller", "jan@example.org");
    jan.push(("lang", "de".into()));
    app.sign_and_confirm(&zoe).await;
    app.sign_and_confirm(&jan).await;
    let counts: serde_json::Value = app
        .get(&format!("{letter}/count.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(counts["individuals"], 2);
    for query in ["?lang=fr", "?lang=de", ""] {
        let page = app.get_ok(&format!("{letter}{query}")).await;
        assert!(
            page.contains("Zoé Martin") && page.contains("Jan Müller"),
            "{query}"
        );
    }
    let fr = app.get_ok(&format!("{letter}?lang=fr")).await;
    assert!(fr.contains(&Lang::Fr.t2("count-signed-html", "people", 2, "organisations", 0)));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_translation_needs_its_title_and_its_file() {
    use undersigned::letters::read_dir;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("letter");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("letter.md"), "Text.\n").unwrap();
    let cases = [
        (
            "title = \"T\"\ntitle_fr = \"T fr\"\n",
            None,
            "there is no letter.fr.md",
        ),
        ("title = \"T\"\n", Some("fr"), "needs its title"),
        (
            "title = \"T\"\ntitle_en = \"T\"\n",
            Some("en"),
            "the letter's own language",
        ),
        (
            "title = \"T\"\n\"title_x y\" = \"T\"\n",
            None,
            "not a language tag",
        ),
        (
            "title = \"T\"\nlanguage = \"???\"\n",
            None,
            "language must be",
        ),
        (
            "title = \"T\"\ntitle_fr = \"T\u{202E}\"\n",
            Some("fr"),
            "on one line",
        ),
    ];
    for (toml, file, error) in cases {
        for f in std::fs::read_dir(&dir).unwrap() {
            let path = f.unwrap().path();
            if path.file_name().unwrap() != "letter.md" {
                std::fs::remove_file(path).unwrap();
            }
        }
        std::fs::write(dir.join("letter.toml"), toml).unwrap();
        if let Some(tag) = file {
            std::fs::write(dir.join(format!("letter.{tag}.md")), "Texte.\n").unwrap();
        }
        let refused = read_dir(&dir).expect_err(toml).to_string();
        assert!(refused.contains(error), "{toml}: {refused}");
    }
    // A tag in any case is the same language: `pt-br` is `pt-BR`.
    std::fs::write(
        dir.join("letter.toml"),
        "title = \"T\"\ntitle_pt-br = \"T\"\n",
    )
    .unwrap();
    std::fs::remove_file(dir.join("letter.fr.md")).ok();
    std::fs::write(dir.join("letter.pt-BR.md"), "Texto.\n").unwrap();
    assert!(read_dir(&dir).is_ok());
}
