//! A real Chromium, driven through chromedriver (WebDriver), in a phone-sized window. Ignored by
//! default because they need Debian's `chromium` and `chromium-driver` and axe-core
//! (`npm ci --prefix tests/browser`); `.ci/run` installs those and runs them on both backends.
//! Each step's screenshot is saved under `target/browser-screenshots/`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::wd::PrintConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use undersigned::db::models::Role;

use crate::helpers::*;

/// Width and height of the window, in CSS pixels: a phone.
const PHONE: (u32, u32) = (390, 844);

struct Browser {
    client: Client,
    driver: Child,
    shots: PathBuf,
    taken: usize,
}

impl Browser {
    /// Starts chromedriver on a free port and a headless Chromium session through it.
    async fn start(name: &str, javascript: bool) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (Debian: apt-get install chromium chromium-driver)");
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/browser-screenshots")
            .join(name);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots).unwrap();
        let mut prefs = json!({
            "download.default_directory": shots.join("downloads"),
            "download.prompt_for_download": false,
        });
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let options = json!({
            "prefs": prefs,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                format!("--window-size={},{}", PHONE.0, PHONE.1),
            ],
        });
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a Chromium session");
        Browser {
            client,
            driver,
            shots,
            taken: 0,
        }
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    async fn shot(&mut self, step: &str) {
        self.taken += 1;
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(
            self.shots.join(format!("{:02}-{step}.png", self.taken)),
            png,
        )
        .unwrap();
    }

    async fn fill(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .text()
            .await
            .unwrap()
    }

    async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    /// Waits for the page that a click or a key led to.
    async fn wait_for_path(&self, path: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.path().await != path {
            assert!(
                Instant::now() < deadline,
                "still on {} instead of {path}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs axe-core on the page; fails on any serious or critical violation.
    async fn assert_accessible(&self, page: &str) {
        let axe = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/browser/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe)
            .unwrap_or_else(|_| panic!("{} missing: npm ci --prefix tests/browser", axe.display()));
        self.client.execute(&source, vec![]).await.unwrap();
        let report = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({
                     id: v.id, impact: v.impact, help: v.help,
                     targets: v.nodes.map(n => n.target.join(' ')) }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e) }]));",
                vec![],
            )
            .await
            .unwrap();
        let violations = report
            .as_array()
            .unwrap_or_else(|| panic!("{page}: axe did not run: {report}"));
        let grave: Vec<_> = violations
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect();
        assert!(grave.is_empty(), "{page}: {grave:#?}");
        if !violations.is_empty() {
            println!("{page}: minor accessibility findings: {violations:#?}");
        }
    }

    async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium, chromedriver and axe-core: see the module's comment"]
async fn a_signer_a_moderator_and_a_journalist_on_a_phone() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            moderation: "pre",
            // Its timeline (updates, delivery, response) is checked for accessibility too.
            extra: crate::updates::LIFE,
            updates: crate::updates::UPDATES,
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    let mut b = Browser::start("signer-moderator-journalist", true).await;

    // A signer opens the letter and signs with a mistyped address.
    b.goto(&app.url(&format!("/letters/{SLUG}"))).await;
    b.shot("letter").await;
    b.assert_accessible("letter page").await;
    b.fill("#individual-name", "Dr Jay Watts").await;
    b.fill("#individual-title", "Consultant Clinical Psychologist")
        .await;
    b.fill("#individual-email", "jay.example.org").await;
    b.click("#sign-individual button[type=submit]").await;
    b.shot("form-with-an-error").await;
    // Without script, the answer lands on the form, not the top of the page.
    let url = b.client.current_url().await.unwrap();
    assert_eq!(url.fragment(), Some("sign-individual"));
    assert!(b.text("#individual-email-error").await.contains("email"));
    assert!(b.text(".error-summary").await.contains("Please fix"));
    b.assert_accessible("sign form in its error state").await;

    // What was typed is kept; the address is fixed and the form sent again.
    let name = b
        .client
        .find(Locator::Css("#individual-name"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(name.as_deref(), Some("Dr Jay Watts"));
    b.fill("#individual-email", "jay@example.org").await;
    b.click("#sign-individual button[type=submit]").await;
    b.wait_for_path(&format!("/letters/{SLUG}/check-email"))
        .await;
    b.shot("check-your-email").await;

    // The mail arrives; its link opens a page whose button confirms.
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    assert_eq!(mail.to, ["jay@example.org"]);
    b.goto(&app.url(&mail.link("/verify/"))).await;
    b.shot("confirm").await;
    b.click("main form button[type=submit]").await;
    b.shot("confirmed").await;

    // A moderator logs in and approves.
    app.add_moderator("mod@example.org", Role::Moderator);
    b.goto(&app.url("/admin/login")).await;
    b.assert_accessible("login page").await;
    b.fill("#email", "mod@example.org").await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/admin").await;
    b.goto(&app.url(&format!("/admin/letters/{SLUG}"))).await;
    b.shot("moderation-queue").await;
    b.assert_accessible("moderation queue").await;
    b.click("form[action$='/approve'] button").await;
    b.shot("approved").await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'"),
        1
    );

    // The name is on the public list.
    b.goto(&app.url(&format!("/letters/{SLUG}/signatories")))
        .await;
    b.shot("signatories").await;
    assert!(
        b.text("main")
            .await
            .contains("Dr Jay Watts, Consultant Clinical Psychologist.")
    );
    b.assert_accessible("signatory list").await;

    // A journalist reads the press page and takes the CSV from its link.
    b.goto(&app.url(&format!("/letters/{SLUG}/press"))).await;
    b.shot("press").await;
    b.assert_accessible("press page").await;
    b.click("a[href$='signatories.csv']").await;
    let downloads = b.shots.join("downloads");
    let deadline = Instant::now() + Duration::from_secs(10);
    let csv = loop {
        let done = std::fs::read_dir(&downloads)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "csv"));
        if let Some(path) = done {
            assert!(
                path.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(SLUG)
            );
            break std::fs::read_to_string(path).unwrap();
        }
        assert!(Instant::now() < deadline, "no CSV was downloaded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(
        csv.contains("Dr Jay Watts,Consultant Clinical Psychologist"),
        "{csv}"
    );
    assert!(!csv.contains('@'));

    // The signer reads what is kept, asks for their signatures, and opens the correction link.
    b.goto(&app.url("/privacy")).await;
    b.assert_accessible("privacy page").await;
    b.goto(&app.url("/my")).await;
    b.assert_accessible("self-service page").await;
    let before = app.smtp.received().len();
    b.fill("#my-email", "jay@example.org").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/my/sent").await;
    let mail = app.smtp.wait_for(before + 1).await.pop().unwrap();
    b.goto(&app.url(&mail.link("/correct/"))).await;
    b.shot("correct").await;
    b.assert_accessible("correction page").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium and chromedriver: see the module's comment"]
async fn signing_with_the_keyboard_alone_and_javascript_off() {
    let app = spawn_app().await;
    let mut b = Browser::start("keyboard-no-javascript", false).await;
    b.goto(&app.url(&format!("/letters/{SLUG}"))).await;
    let body = b.client.find(Locator::Css("body")).await.unwrap();
    // Tab from the top of the page to the first field of the sign form.
    let mut presses = 0;
    loop {
        body.send_keys(&Key::Tab.to_string()).await.unwrap();
        presses += 1;
        let focused = b.client.active_element().await.unwrap();
        if focused.attr("id").await.unwrap().as_deref() == Some("individual-name") {
            break;
        }
        assert!(presses < 40, "Tab never reached the name field");
    }
    let typed = |text: &str| format!("{text}{}", Key::Tab);
    let focused = b.client.active_element().await.unwrap();
    focused.send_keys(&typed("Ada Lovelace")).await.unwrap();
    let focused = b.client.active_element().await.unwrap();
    focused
        .send_keys(&typed("Consultant Psychiatrist"))
        .await
        .unwrap();
    // Past the optional organisation, into the address; Enter sends the form.
    let focused = b.client.active_element().await.unwrap();
    focused.send_keys(&Key::Tab.to_string()).await.unwrap();
    let focused = b.client.active_element().await.unwrap();
    assert_eq!(
        focused.attr("id").await.unwrap().as_deref(),
        Some("individual-email")
    );
    focused
        .send_keys(&format!("ada@example.org{}", Key::Enter))
        .await
        .unwrap();
    b.wait_for_path(&format!("/letters/{SLUG}/check-email"))
        .await;
    b.shot("check-your-email").await;
    let mail = app.smtp.wait_for(1).await.pop().unwrap();
    assert_eq!(mail.to, ["ada@example.org"]);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium and chromedriver: see the module's comment"]
async fn the_letter_prints_without_its_forms() {
    let app = spawn_app().await;
    app.sign_and_confirm(&individual("Grace Hopper", "grace@example.org"))
        .await;
    let b = Browser::start("print", true).await;
    b.goto(&app.url(&format!("/letters/{SLUG}"))).await;
    let pdf = b.client.print(PrintConfiguration::default()).await.unwrap();
    std::fs::write(b.shots.join("letter.pdf"), &pdf).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("better care"), "{text}");
    assert!(text.contains("Grace Hopper"), "{text}");
    for hidden in ["Sign the letter", "Email address", "Skip to content"] {
        assert!(!text.contains(hidden), "{hidden} printed:\n{text}");
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium, chromedriver and axe-core: see the module's comment"]
async fn an_admin_sends_an_update_and_a_signer_stops_news_from_the_mail() {
    use crate::news_sending::{asking_for_news, unsubscribe_path};
    let app = spawn_app().await;
    app.sign_and_confirm(&asking_for_news("Ann Asks", "ann@example.org"))
        .await;
    app.add_moderator("admin@example.org", Role::Admin);
    let mut b = Browser::start("update", true).await;
    b.goto(&app.url("/admin/login")).await;
    b.fill("#email", "admin@example.org").await;
    b.fill("#password", PASSWORD).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_path("/admin").await;

    // The admin writes an update (dated today by default) and lands on its preview.
    b.goto(&app.url(&format!("/admin/letters/{SLUG}/updates")))
        .await;
    b.assert_accessible("updates page").await;
    b.fill("#name", "delivered").await;
    b.fill("#title", "Delivered to NHS England").await;
    b.fill("#body", "We handed it in *this morning*.").await;
    b.click("main form.sign-form button[type=submit]").await;
    let today = chrono::Utc::now().format("%Y-%m-%d");
    let preview = format!("/admin/letters/{SLUG}/updates/{today}-delivered");
    b.wait_for_path(&preview).await;
    b.shot("update-preview").await;
    b.assert_accessible("update preview").await;
    assert!(b.text("main").await.contains("Send to 1 signer"));

    // A test to oneself first.
    let before = app.smtp.received().len();
    b.click("form[action$='/test'] button").await;
    let test = app.smtp.wait_for(before + 1).await.pop().unwrap();
    assert_eq!(test.to, ["admin@example.org"]);
    assert!(
        b.text("main")
            .await
            .contains("A test went to admin@example.org")
    );

    // Then the send: the signer reads it in the mail server.
    b.click("form[action$='/send'] button").await;
    b.wait_for_path(&preview).await;
    b.shot("update-sent").await;
    let mail = app.smtp.wait_for(before + 2).await.pop().unwrap();
    assert_eq!(mail.to, ["ann@example.org"]);
    assert!(mail.subject().starts_with("Delivered to NHS England"));
    assert!(mail.text().contains("We handed it in *this morning*."));
    assert!(mail.html().contains("<em>this morning</em>"));

    // The signer stops news from the link in the mail, without logging in.
    b.client.delete_all_cookies().await.unwrap();
    b.goto(&app.url(&unsubscribe_path(&mail))).await;
    b.assert_accessible("unsubscribe page").await;
    b.click("main form button[type=submit]").await;
    b.shot("unsubscribed").await;
    assert!(b.text("h1").await.contains("No more news"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM news_consents"), 0);

    // The text's history, with its word diff, reads as well as the rest.
    b.goto(&app.url(&format!("/letters/{SLUG}/history"))).await;
    b.shot("history").await;
    b.assert_accessible("history page").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Chromium, chromedriver and axe-core: see the module's comment"]
async fn an_arabic_reader_signs_the_arabic_translation_right_to_left() {
    let app = spawn_app_with(Options {
        letters: vec![LetterSpec {
            extra: "title_ar = \"رسالة مفتوحة من أجل رعاية أفضل\"\n",
            translations: &[("ar", "نحن الموقعين أدناه *نطالب* بـ**رعاية أفضل**.\n")],
            ..LetterSpec::default()
        }],
        ..Options::default()
    })
    .await;
    // An English signer first: a left-to-right name in the right-to-left list.
    app.sign_and_confirm(&individual("Dr Jo Bloggs", "jo@example.org"))
        .await;
    let mut b = Browser::start("arabic", true).await;
    b.goto(&app.url(&format!("/letters/{SLUG}?lang=ar"))).await;
    let dir = b
        .client
        .execute(
            "return document.documentElement.dir + ' ' + document.documentElement.lang",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(dir.as_str(), Some("rtl ar"));
    assert_eq!(b.text("h1").await, "رسالة مفتوحة من أجل رعاية أفضل");
    // Forms start on the right: a field's label's words sit at the right edge of the form.
    let edges = b
        .client
        .execute(
            "const f = document.querySelector('#sign-individual').getBoundingClientRect();
             const r = document.createRange();
             r.selectNodeContents(document.querySelector('label[for=individual-name]'));
             const l = r.getBoundingClientRect();
             return [Math.round(f.right - l.right), Math.round(l.left - f.left)];",
            vec![],
        )
        .await
        .unwrap();
    let edges: Vec<i64> = serde_json::from_value(edges).unwrap();
    assert!(
        edges[0] < edges[1],
        "the label hugs the right edge: {edges:?}"
    );
    b.shot("letter").await;
    b.assert_accessible("Arabic letter page").await;

    b.fill("#individual-name", "د. ليلى حسن").await;
    b.fill("#individual-title", "طبيبة نفسية استشارية").await;
    b.fill("#individual-email", "layla@example.org").await;
    b.click("#sign-individual button[type=submit]").await;
    b.wait_for_path(&format!("/letters/{SLUG}/check-email"))
        .await;
    // Still in Arabic, though only the page's address chose it.
    let dir = b
        .client
        .execute("return document.documentElement.dir", vec![])
        .await
        .unwrap();
    assert_eq!(dir.as_str(), Some("rtl"));
    b.shot("check-your-email").await;
    b.assert_accessible("Arabic check-your-email page").await;
    // The mail is in Arabic: the language she read the form in.
    let mail = app.smtp.wait_for(2).await.pop().unwrap();
    assert!(mail.html().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(mail.text().contains("د. ليلى حسن, طبيبة نفسية استشارية."));
    b.goto(&app.url(&mail.link("/verify/"))).await;
    b.click("main form button[type=submit]").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'published'") < 2 {
        assert!(Instant::now() < deadline, "the confirmation did not arrive");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.shot("confirmed").await;
    // Another address than the first view's, which the browser may keep for 30 s.
    b.goto(&app.url(&format!("/letters/{SLUG}?lang=ar&after=confirming")))
        .await;
    let recent = b.text(".recent").await;
    assert!(
        recent.contains("د. ليلى حسن") && recent.contains("Dr Jo Bloggs"),
        "{recent}"
    );
    b.shot("listed").await;
    b.assert_accessible("Arabic letter page with signatories")
        .await;
    b.close().await;
}
