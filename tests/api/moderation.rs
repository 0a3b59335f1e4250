//! Moderators' accounts: login, sessions, CSRF and origin checks, backoff, account management.

use undersigned::db::models::Role;

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn login_sessions_and_logout() {
    let app = spawn_app().await;
    app.add_moderator("mod@example.org", Role::Moderator);
    let client = browser(None);
    let res = client.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/admin/login");

    let wrong = app
        .try_login(&client, "mod@example.org", "not the password at all")
        .await;
    let unknown = app
        .try_login(&client, "nobody@example.org", "not the password at all")
        .await;
    assert_eq!(
        (wrong.status().as_u16(), unknown.status().as_u16()),
        (401, 401)
    );
    let (wrong, unknown) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(wrong.contains("The email address or password is not right."));
    assert!(unknown.contains("The email address or password is not right."));

    let res = app.try_login(&client, "MOD@example.org", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 303);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("undersigned_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let first_id = cookie.split(';').next().unwrap().to_owned();
    let (status, page) = {
        let res = client.get(app.url("/admin")).send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(page.contains("A letter called test-letter"));

    // A new session id at every login.
    let res = app.try_login(&client, "mod@example.org", PASSWORD).await;
    let second = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("undersigned_session="))
        .unwrap();
    assert_ne!(second.split(';').next().unwrap(), first_id);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM sessions"), 1);

    let page = page_text(&client, app.url("/admin")).await;
    let csrf = csrf_in(&page).unwrap();
    let res = client
        .post(app.url("/admin/logout"))
        .header("origin", &app.address)
        .form(&[("csrf_token", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/admin/login");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM sessions"), 0);
    let res = client.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 303);
}

#[tokio::test(flavor = "multi_thread")]
async fn sessions_end_when_idle_too_long_after_twelve_hours_or_when_disabled() {
    let app = spawn_app().await;
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let moderator = app.admin("mod@example.org", Role::Moderator).await;
    assert_eq!(moderator.get("/admin").await.0, 200);

    app.execute("UPDATE sessions SET last_seen_at = '2000-01-01 00:00:00' WHERE moderator_id = (SELECT id FROM moderators WHERE email = 'mod@example.org')");
    assert_eq!(moderator.get("/admin").await.0, 303, "idle timeout");

    let moderator = app.admin_again("mod@example.org").await;
    app.execute("UPDATE sessions SET created_at = '2000-01-01 00:00:00' WHERE moderator_id = (SELECT id FROM moderators WHERE email = 'mod@example.org')");
    assert_eq!(moderator.get("/admin").await.0, 303, "absolute timeout");

    let moderator = app.admin_again("mod@example.org").await;
    let id = app.count("SELECT id AS n FROM moderators WHERE email = 'mod@example.org'");
    let res = admin
        .post(&format!("/admin/moderators/{id}/disable"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(moderator.get("/admin").await.0, 303, "disabled at once");
    let res = app
        .try_login(&browser(None), "mod@example.org", PASSWORD)
        .await;
    assert_eq!(res.status().as_u16(), 401);
    admin
        .post(&format!("/admin/moderators/{id}/enable"), &[])
        .await;
    assert_eq!(
        app.try_login(&browser(None), "mod@example.org", PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn state_changes_need_the_csrf_token_and_our_origin() {
    let app = spawn_app_with(pre_moderated()).await;
    app.sign_and_confirm(&individual("Jo Bloggs", "jo@example.org"))
        .await;
    let id = app.id_of("Jo Bloggs");
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let path = format!("{}/admin/signatures/{id}/approve", app.address);

    let no_token = admin
        .client
        .post(&path)
        .header("origin", &app.address)
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    let wrong_token = admin
        .client
        .post(&path)
        .header("origin", &app.address)
        .form(&[("csrf_token", "forged")])
        .send()
        .await
        .unwrap();
    let other_site = admin
        .client
        .post(&path)
        .header("origin", "https://evil.example")
        .form(&[("csrf_token", admin.csrf.as_str())])
        .send()
        .await
        .unwrap();
    let no_origin = admin
        .client
        .post(&path)
        .form(&[("csrf_token", admin.csrf.as_str())])
        .send()
        .await
        .unwrap();
    for res in [no_token, wrong_token, other_site, no_origin] {
        assert_eq!(res.status().as_u16(), 403);
    }
    assert_eq!(app.state_of(id), "pending");
    let login = browser(None)
        .post(app.url("/admin/login"))
        .header("origin", &app.address)
        .form(&[
            ("email", "admin@example.org"),
            ("password", PASSWORD),
            ("csrf_token", "guess"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status().as_u16(), 403);

    assert_eq!(
        admin
            .post_status(&format!("/admin/signatures/{id}/approve"), &[])
            .await,
        303
    );
    assert_eq!(app.state_of(id), "published");
}

#[tokio::test(flavor = "multi_thread")]
async fn moderators_cannot_manage_accounts_or_read_the_audit_log() {
    let app = spawn_app().await;
    let moderator = app.admin("mod@example.org", Role::Moderator).await;
    assert_eq!(moderator.get("/admin/moderators").await.0, 403);
    assert_eq!(moderator.get("/admin/audit").await.0, 403);
    let own = app.count("SELECT id AS n FROM moderators WHERE email = 'mod@example.org'");
    let res = moderator
        .post(
            "/admin/moderators",
            &[
                ("email", "mod2@example.org"),
                ("role", "admin"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let res = moderator
        .post(
            &format!("/admin/moderators/{own}/password"),
            &[("password", "another long password")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM moderators WHERE role = 'admin'"),
        0
    );
    let (status, page) = moderator.get("/admin").await;
    assert_eq!(status, 200);
    assert!(!page.contains("/admin/moderators"));
    assert!(
        page.contains(&format!("href=\"/admin/letters/{SLUG}\"")),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn admins_add_moderators_and_reset_passwords() {
    let app = spawn_app().await;
    let admin = app.admin("admin@example.org", Role::Admin).await;
    let res = admin
        .post(
            "/admin/moderators",
            &[
                ("email", "new@example.org"),
                ("role", "moderator"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let res = admin
        .post(
            "/admin/moderators",
            &[
                ("email", "new@example.org"),
                ("role", "moderator"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let again = admin
        .post(
            "/admin/moderators",
            &[
                ("email", "NEW@example.org"),
                ("role", "moderator"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status().as_u16(), 422);
    let new = app.admin_again("new@example.org").await;
    let id = app.count("SELECT id AS n FROM moderators WHERE email = 'new@example.org'");
    admin
        .post(
            &format!("/admin/moderators/{id}/password"),
            &[("password", "a brand new password")],
        )
        .await;
    assert_eq!(new.get("/admin").await.0, 303, "a reset ends the sessions");
    assert_eq!(
        app.try_login(&browser(None), "new@example.org", "a brand new password")
            .await
            .status()
            .as_u16(),
        303
    );
    let page = admin.get_ok("/admin/moderators").await;
    assert!(page.contains("new@example.org"));
    let own = app.count("SELECT id AS n FROM moderators WHERE email = 'admin@example.org'");
    assert_eq!(
        admin
            .post_status(&format!("/admin/moderators/{own}/disable"), &[])
            .await,
        422
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_logins_back_off_without_locking_the_real_moderator_out_for_long() {
    let app = spawn_app().await;
    app.add_moderator("mod@example.org", Role::Moderator);
    let attacker = browser(Some("127.0.5.2".parse().unwrap()));
    for _ in 0..5 {
        assert_eq!(
            app.try_login(&attacker, "mod@example.org", "guessing wrongly 1")
                .await
                .status()
                .as_u16(),
            401
        );
    }
    assert_eq!(
        app.try_login(&attacker, "mod@example.org", "guessing wrongly 2")
            .await
            .status()
            .as_u16(),
        401
    );
    let res = app.try_login(&attacker, "mod@example.org", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 429, "even the right password waits");
    assert!(res.headers().contains_key("retry-after"));
    // Many more failures, as a patient attacker would cause them.
    for _ in 0..8 {
        app.execute("UPDATE login_throttle SET locked_until = NULL");
        app.try_login(&attacker, "mod@example.org", "guessing wrongly 3")
            .await;
    }
    let attacker_wait = app.try_login(&attacker, "mod@example.org", PASSWORD).await;
    let wait = retry_after(&attacker_wait);
    assert!(wait > 60, "the attacker's network waits long: {wait}");
    // The real moderator, on another network, waits a minute at most.
    let real = browser(Some("127.0.9.1".parse().unwrap()));
    let res = app.try_login(&real, "mod@example.org", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 429);
    let wait = retry_after(&res);
    assert!((1..=60).contains(&wait), "{wait}");
    // Once the account's wait is over, the real moderator gets in.
    app.execute("UPDATE login_throttle SET locked_until = NULL");
    assert_eq!(
        app.try_login(&real, "mod@example.org", PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn moderator_add_on_the_command_line() {
    let app = spawn_app().await;
    let add = |email: &str, password: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_undersigned"))
            .args(["moderator", "add", email, "--role", "admin"])
            .env("DATABASE_URL", app.database_url())
            .env("UNDERSIGNED_PASSWORD", password)
            .env("RUST_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let out = add("first@example.org", PASSWORD);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "admin first@example.org added"
    );
    let out = add("second@example.org", "short");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("12 to 256 characters"));
    assert!(
        !add("first@example.org", PASSWORD).status.success(),
        "no second account for one address"
    );
    assert_eq!(
        app.try_login(&browser(None), "first@example.org", PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM moderators WHERE password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'"), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn over_https_cookies_are_secure_and_host_prefixed() {
    let app = spawn_app_with(Options {
        base_url: Some("https://letters.example.org".into()),
        ..Options::default()
    })
    .await;
    app.add_moderator("mod@example.org", Role::Moderator);
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = plain.get(app.url("/admin/login")).send().await.unwrap();
    let login_cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        login_cookie.contains("Secure") && login_cookie.contains("HttpOnly"),
        "{login_cookie}"
    );
    let csrf = csrf_in(&res.text().await.unwrap()).unwrap();
    let res = plain
        .post(app.url("/admin/login"))
        .header("origin", "https://letters.example.org")
        .header("cookie", login_cookie.split(';').next().unwrap())
        .form(&[
            ("email", "mod@example.org"),
            ("password", PASSWORD),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let session = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-undersigned_session="))
        .expect("a __Host- cookie");
    assert!(
        session.contains("Secure") && session.contains("Path=/") && !session.contains("Domain"),
        "{session}"
    );
}
