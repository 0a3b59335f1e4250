use std::io::Cursor;

use crate::helpers::*;
use undersigned::db::models::{Listing, NewSignature, SignatureKind, SignatureState};

const CATEGORIES: &str = "contact_email = \"press@example.org\"\n\
[[category]]\nname = \"Psychiatrists\"\nmatch = [\"psychiatr\"]\n\
[[category]]\nname = \"Psychologists\"\nmatch = [\"psycholog\"]\n\
[[category]]\nname = \"Social workers\"\nmatch = [\"social work\", \"AMHP\"]\n";

fn press_letter() -> Options {
    Options {
        letters: vec![LetterSpec {
            extra: CATEGORIES,
            press: "## Information for the press\n\nCall us.\n",
            ..LetterSpec::default()
        }],
        ..Options::default()
    }
}

/// Published entries with known titles and days, plus entries that must not appear anywhere.
fn seed(app: &TestApp) {
    let letter = app.count(&format!(
        "SELECT id AS n FROM letters WHERE slug = '{SLUG}'"
    ));
    let rows = [
        (
            "individual",
            "published",
            "Ann Psych",
            "Consultant Psychiatrist",
            "",
            true,
            "2026-03-01 10:00:00",
            "ann@example.org",
        ),
        (
            "individual",
            "published",
            "Ben Psych",
            "Psychiatry Registrar",
            "",
            true,
            "2026-03-01 11:00:00",
            "ben@example.org",
        ),
        (
            "individual",
            "published",
            "Cat Logist",
            "Clinical Psychologist",
            "",
            true,
            "2026-03-02 09:00:00",
            "cat@example.org",
        ),
        (
            "individual",
            "published",
            "Dan Social",
            "AMHP",
            "",
            true,
            "2026-03-02 10:00:00",
            "dan@example.org",
        ),
        (
            "individual",
            "published",
            "Eve Secret",
            "Social Worker",
            "Hidden Trust",
            false,
            "2026-03-03 10:00:00",
            "eve@example.org",
        ),
        (
            "individual",
            "published",
            "=HYPERLINK(\"http://x\") Fred",
            "+44 Baker",
            "@SUM(1)",
            true,
            "2026-03-03 11:00:00",
            "fred@example.org",
        ),
        (
            "organisation",
            "published",
            "Sam Signer",
            "Chief Executive",
            "Centre for Care",
            true,
            "2026-03-03 12:00:00",
            "org@example.org",
        ),
        (
            "individual",
            "pending",
            "Pending Person",
            "Nurse",
            "",
            true,
            "2026-03-04 10:00:00",
            "pend@example.org",
        ),
        (
            "individual",
            "rejected",
            "Rejected Person",
            "Nurse",
            "",
            true,
            "2026-03-04 10:00:00",
            "rej@example.org",
        ),
        (
            "individual",
            "withdrawn",
            "Withdrawn Person",
            "Nurse",
            "",
            true,
            "2026-03-04 10:00:00",
            "wd@example.org",
        ),
    ];
    for (kind, state, name, title, org, public, at, email) in rows {
        let listing = Listing {
            kind: SignatureKind::parse(kind).unwrap(),
            public,
            name: Some(name.to_owned()),
            title: Some(title.to_owned()),
            organisation: (!org.is_empty()).then(|| org.to_owned()),
            website: None,
        };
        let now = chrono::Utc::now().naive_utc();
        let key = NewSignature::new(0, listing, None, SignatureState::Unverified, now).search_key;
        app.execute(&format!(
            "INSERT INTO signatures (letter_id, kind, state, name, title, organisation, email, email_key, public, search_key, created_at, published_at) \
             VALUES ({letter}, '{kind}', '{state}', '{}', '{title}', {}, '{email}', '{email}', {public}, '{key}', '{at}', '{at}')",
            name.replace('\'', "''"),
            if org.is_empty() { "NULL".to_owned() } else { format!("'{org}'") },
        ));
    }
}

fn assert_private(body: &str, what: &str) {
    let emails = [
        "ann@", "ben@", "cat@", "dan@", "eve@", "fred@", "org@", "pend@", "rej@", "wd@",
    ];
    for private in emails.into_iter().chain([
        "Eve Secret",
        "Hidden Trust",
        "Pending Person",
        "Rejected Person",
        "Withdrawn Person",
        "Sam Signer",
        "Chief Executive",
    ]) {
        assert!(!body.contains(private), "{private} in {what}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_press_page_figures_match_the_database() {
    let app = spawn_app_with(press_letter()).await;
    seed(&app);
    let (status, page) = app.get_text(&format!("/letters/{SLUG}/press")).await;
    assert_eq!(status, 200);
    let individuals = app.count(
        "SELECT COUNT(*) AS n FROM signatures WHERE state = 'published' AND kind = 'individual'",
    );
    let organisations = app.count(
        "SELECT COUNT(*) AS n FROM signatures WHERE state = 'published' AND kind = 'organisation'",
    );
    assert_eq!((individuals, organisations), (6, 1));
    assert!(page.contains(&format!(
        "<strong id=\"figure-individuals\">{individuals}</strong>"
    )));
    assert!(page.contains(&format!(
        "<strong id=\"figure-organisations\">{organisations}</strong>"
    )));
    for (label, n) in [
        ("Psychiatrists", 2),
        ("Psychologists", 1),
        ("Social workers", 2),
        ("Other", 1),
    ] {
        assert!(
            page.contains(&format!(
                "<tr><th scope=\"row\">{label}</th><td>{n}</td></tr>"
            )),
            "{label}"
        );
        assert!(
            page.contains(&format!("{label}: {n}.")),
            "{label} in the chart's description"
        );
    }
    for (day, n, running) in [
        ("2026-03-01", 2, 2),
        ("2026-03-02", 2, 4),
        ("2026-03-03", 3, 7),
    ] {
        assert!(
            page.contains(&format!(
                "<tr><th scope=\"row\">{day}</th><td>{n}</td><td>{running}</td></tr>"
            )),
            "{day}"
        );
    }
    assert!(page.contains("7 published in all, at most 3 in one day"));
    // A bar per day and a point per day on the running total.
    assert_eq!(page.matches("<circle ").count(), 3);
    assert_eq!(
        page.matches("Information for the press").count(),
        1,
        "the heading appears once"
    );
    assert!(page.contains("<svg class=\"chart\" role=\"img\""));
    assert!(page.contains("mailto:press@example.org") && page.contains("Last updated"));
    for ext in ["pdf", "xlsx", "csv", "json"] {
        assert!(page.contains(&format!("/letters/{SLUG}/signatories.{ext}")));
    }
    assert_private(&page, "the press page");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_download_parses_and_holds_exactly_the_published_entries() {
    let app = spawn_app_with(press_letter()).await;
    seed(&app);
    let expected_people = [
        "Ann Psych",
        "Ben Psych",
        "Cat Logist",
        "Dan Social",
        "Anonymous",
        "=HYPERLINK(\"http://x\") Fred",
    ];
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();

    let res = app.get(&format!("/letters/{SLUG}/signatories.csv")).await;
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"{SLUG}-signatories-{today}.csv\"")
    );
    let csv_text = res.text().await.unwrap();
    assert_private(&csv_text, "CSV");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "name",
            "title",
            "organisation",
            "kind",
            "signed",
            "confirmed_domain",
            "orcid",
            "orcid_verified",
            "moderated",
            "version"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let names: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(
        names[..6],
        [
            "Ann Psych",
            "Ben Psych",
            "Cat Logist",
            "Dan Social",
            "Anonymous",
            "'=HYPERLINK(\"http://x\") Fred"
        ]
    );
    assert_eq!(
        names[6], "Centre for Care",
        "organisations apart, after the people"
    );
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[5].get(1), Some("'+44 Baker"));
    assert_eq!(rows[5].get(2), Some("'@SUM(1)"));
    assert_eq!(rows[0].get(4), Some("2026-03-01"));
    assert_eq!(rows[6].get(3), Some("organisation"));

    let json: serde_json::Value = app
        .get(&format!("/letters/{SLUG}/signatories.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_private(&json.to_string(), "JSON");
    let people: Vec<&str> = json["individuals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(people, expected_people);
    assert_eq!(json["organisations"][0]["name"], "Centre for Care");
    assert_eq!(json["letter"]["slug"], SLUG);

    let xlsx = app
        .get(&format!("/letters/{SLUG}/signatories.xlsx"))
        .await
        .bytes()
        .await
        .unwrap();
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(xlsx.to_vec())).unwrap();
    use calamine::Reader;
    assert_eq!(workbook.sheet_names(), ["Signatories", "Organisations"]);
    let sheet = workbook.worksheet_range("Signatories").unwrap();
    let cells: Vec<String> = sheet.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert_eq!(cells, expected_people, "text cells, never formulas");
    assert!(
        sheet
            .rows()
            .all(|r| r.iter().all(|c| !c.to_string().contains("@example.org")))
    );
    let orgs = workbook.worksheet_range("Organisations").unwrap();
    assert_eq!(
        orgs.rows().nth(1).unwrap()[0].to_string(),
        "Centre for Care"
    );

    let pdf = app
        .get(&format!("/letters/{SLUG}/signatories.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert_private(&text, "PDF");
    for line in [
        "A letter called test-letter",
        "better care",
        "Signatories",
        "Ann Psych, Consultant Psychiatrist.",
        "Anonymous, Social Worker.",
        "Supporting organisations",
        "Centre for Care",
        "Figures",
        "6 individual signatories and 1 supporting organisation",
        "What these figures rest on:",
        "http://127.0.0.1:8080/letters/test-letter · exported ",
        " · page 1",
    ] {
        assert!(text.contains(line), "{line} in:\n{text}");
    }
    assert_eq!(
        app.get(&format!("/letters/{SLUG}/signatories.exe"))
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_export_command_writes_what_the_downloads_serve() {
    let app = spawn_app_with(press_letter()).await;
    seed(&app);
    for format in ["csv", "json", "xlsx", "pdf"] {
        let file = app.dir.path().join(format!("export.{format}"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_undersigned"))
            .args([
                "export",
                SLUG,
                "--format",
                format,
                "-o",
                &file.display().to_string(),
            ])
            .env("DATABASE_URL", app.database_url())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read(&file).unwrap();
        let served = app
            .get(&format!("/letters/{SLUG}/signatories.{format}"))
            .await
            .bytes()
            .await
            .unwrap();
        match format {
            "csv" | "json" => assert_eq!(written, served.to_vec(), "{format}"),
            "pdf" => {
                // The same text but for the minute of export, in each page's footer and in the
                // figures' "at 2 December 2026, 11:08 UTC." (two exports a minute apart differ).
                let text = |pdf: &[u8]| {
                    pdf_extract::extract_text_from_mem(pdf)
                        .unwrap()
                        .lines()
                        .filter(|l| !l.contains(" · exported "))
                        .map(|l| match l.rsplit_once(", ") {
                            Some((day, _)) if l.ends_with(" UTC.") => day,
                            _ => l,
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                assert_eq!(text(&written), text(&served));
            }
            _ => assert!(written.starts_with(b"PK") && served.starts_with(b"PK")),
        }
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_undersigned"))
        .args(["export", SLUG, "--format", "csv"])
        .env("DATABASE_URL", app.database_url())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("name,title,organisation,kind,signed")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn public_reads_are_cacheable_and_only_the_embed_may_be_framed() {
    let app = spawn_app_with(press_letter()).await;
    seed(&app);
    for path in [
        format!("/letters/{SLUG}"),
        format!("/letters/{SLUG}/signatories"),
        format!("/letters/{SLUG}/press"),
        format!("/letters/{SLUG}/count.json"),
        format!("/api/v1/letters/{SLUG}"),
    ] {
        let res = app.get(&path).await;
        let cache = res.headers()["cache-control"].to_str().unwrap().to_owned();
        assert!(
            cache.contains("public") && cache.contains("stale-while-revalidate"),
            "{path}: {cache}"
        );
        let etag = res.headers()["etag"].to_str().unwrap().to_owned();
        if path == format!("/letters/{SLUG}") {
            // The letter page carries the form's timestamp, so its ETag changes each second.
            continue;
        }
        let again = app
            .client
            .get(app.url(&path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status().as_u16(), 304, "{path}");
        let csp = res.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.ends_with("frame-ancestors 'none'"), "{path}: {csp}");
    }
    let download = app.get(&format!("/letters/{SLUG}/signatories.csv")).await;
    assert!(
        download.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("stale-while-revalidate")
    );

    let embed = app.get(&format!("/letters/{SLUG}/embed")).await;
    assert!(
        embed.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors *")
    );
    let body = embed.text().await.unwrap();
    assert!(body.contains("<strong>6</strong> people") && body.contains("target=\"_blank\""));
    // A new signature changes the ETag.
    let before = app
        .get(&format!("/letters/{SLUG}/count.json"))
        .await
        .headers()["etag"]
        .clone();
    app.sign_and_confirm(&individual("New Person", "new@example.org"))
        .await;
    let after = app
        .get(&format!("/letters/{SLUG}/count.json"))
        .await
        .headers()["etag"]
        .clone();
    assert_ne!(before, after);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_letter_page_has_share_meta_and_a_card_image() {
    let app = spawn_app_with(press_letter()).await;
    seed(&app);
    let page = app.get_ok(&format!("/letters/{SLUG}")).await;
    assert!(page.contains("<meta property=\"og:title\" content=\"A letter called test-letter\">"));
    assert!(page.contains(&format!(
        "<meta property=\"og:image\" content=\"http://127.0.0.1:8080/letters/{SLUG}/share.png?lang=en\">"
    )));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(page.contains("6 people and 1 organisation have signed"));
    let res = app.get(&format!("/letters/{SLUG}/share.png")).await;
    assert_eq!(res.headers()["content-type"], "image/png");
    let png = res.bytes().await.unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1200, 630));
}

/// A name in each script the letters are signed in: Latin with diacritics, Greek, Cyrillic,
/// Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean.
const IN_EVERY_SCRIPT: [&str; 9] = [
    "Łukasz Dvořák",
    "Αθηνά Παπαδοπούλου",
    "Иван Петров",
    "محمد علي",
    "יוסי כהן",
    "प्रिया शर्मा",
    "李小龍",
    "山田太郎",
    "김민준",
];

/// A title in each script the letters are signed in is drawn with real glyphs: a font covers
/// every character (none falls back to the empty box), and the card differs from one without
/// a title. Runs where Debian's Noto fonts are installed (CI installs them).
#[test]
#[ignore = "needs Debian's fonts-noto-core and fonts-noto-cjk"]
fn share_cards_draw_titles_in_every_script() {
    use undersigned::press::share;
    let fonts = undersigned::fonts::Fonts::new(std::path::Path::new("/usr/share/fonts"));
    let counts = undersigned::db::models::LetterCounts {
        individuals: 3,
        organisations: 1,
    };
    let blank = share::card(&fonts, "", counts, Some(1000), undersigned::i18n::Lang::En).unwrap();
    for title in IN_EVERY_SCRIPT {
        assert_eq!(fonts.uncovered(title), Vec::<char>::new(), "{title}");
        let png = share::card(
            &fonts,
            title,
            counts,
            Some(1000),
            undersigned::i18n::Lang::En,
        )
        .unwrap();
        let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((image.width(), image.height()), (share::W, share::H));
        assert_ne!(png, blank, "{title} drew nothing");
    }
    assert_eq!(
        fonts.uncovered("\u{10FFFD}"),
        ['\u{10FFFD}'],
        "a private-use character has no font"
    );
}

/// Names in every script the letters are signed in print in the PDF and read back from its
/// text layer as they were written: right-to-left names in their logical order, Devanagari and
/// Arabic shaped. Runs where Debian's Noto fonts and poppler-utils are installed (CI installs
/// them).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Debian's fonts-noto-core, fonts-noto-cjk and poppler-utils"]
async fn the_pdf_prints_names_in_every_script() {
    let app = spawn_app().await;
    let names = IN_EVERY_SCRIPT;
    for (i, name) in names.iter().enumerate() {
        app.sign_and_confirm(&individual(name, &format!("p{i}@example.org")))
            .await;
    }
    let pdf = app
        .get(&format!("/letters/{SLUG}/signatories.pdf"))
        .await
        .bytes()
        .await
        .unwrap();
    // Read as poppler's pdftotext reads it (what most readers' copy and search do); it marks
    // right-to-left runs with embedding characters, which are not text.
    let file = app.dir.path().join("scripts.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args([file.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (Debian: poppler-utils)");
    let text: String = String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect();
    for name in names {
        assert!(
            text.contains(&format!("{name}, Consultant Psychiatrist.")),
            "{name} in:\n{text}"
        );
    }
    assert!(!text.contains('?'), "{text}");
    // The left-to-right scripts read the same through another extractor.
    let other = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    for name in [
        "Łukasz Dvořák",
        "Αθηνά Παπαδοπούλου",
        "प्रिया शर्मा",
        "李小龍",
        "김민준",
    ] {
        assert!(other.contains(&format!("{name}, ")), "{name} in:\n{other}");
    }
    // The fonts are embedded as subsets: a few glyphs each, not whole fonts (the CJK font alone
    // is over 15 MB).
    assert!(pdf.len() < 2_000_000, "{} bytes", pdf.len());
}
