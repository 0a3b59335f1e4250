//! Logins under attack: bursts of guesses, backoff per address and per account, and the
//! backoff's rows pruned once their window has passed.

use undersigned::db::models::Role;

use crate::helpers::*;
use crate::process::Server;

const VERIFICATIONS: &str = "undersigned_login_verifications_total";

#[tokio::test(flavor = "multi_thread")]
async fn a_login_burst_holds_bounded_memory_and_each_guess_is_one_verification() {
    let dir = tempfile::tempdir().unwrap();
    write_letter(&dir.path().join("letters"), &LetterSpec::default());
    let database = TestDb::create(dir.path());
    let smtp = TestSmtp::start(false).await;
    let server = Server::start(dir.path(), &database.url(), smtp.port);

    // Every address and every account is new, so the backoff lets each through: only the
    // bound on verifications at once stands between the burst and the memory.
    let answers = login_burst(&server.address, 1000, |i| format!("burst{i}@example.org")).await;
    let peak = server.peak_resident_mib();
    assert!(peak < 150, "the server grew to {peak} MiB");
    for (status, retry_after) in &answers {
        assert!(matches!(status, 401 | 503), "{status}");
        assert!(*status == 401 || *retry_after, "a 503 without Retry-After");
    }
    let guesses = answers.iter().filter(|(s, _)| *s == 401).count();
    assert_eq!(
        metric(&server.address, VERIFICATIONS).await,
        Some(guesses as f64),
        "each wrong answer is one verification, and nothing else verifies"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_login_burst_on_one_account_gets_only_the_guess_the_backoff_allows() {
    let app = spawn_app().await;
    app.add_moderator("mod@example.org", Role::Moderator);
    let first = app
        .try_login(&browser(None), "mod@example.org", "guessing wrongly")
        .await;
    assert_eq!(first.status().as_u16(), 401);
    // As after a patient attacker's failures: the next one makes the account wait a minute.
    app.execute("UPDATE login_throttle SET failures = 15, locked_until = NULL");

    let answers = login_burst(&app.address, 1000, |_| "mod@example.org".to_owned()).await;
    let guesses = answers.iter().filter(|(s, _)| *s == 401).count();
    assert_eq!(guesses, 1, "guesses that reached the password check");
    assert!(
        answers
            .iter()
            .all(|(s, retry)| matches!(s, 401 | 429 | 503) && (*s == 401 || *retry))
    );
    assert_eq!(metric(&app.address, VERIFICATIONS).await, Some(2.0));
}

#[tokio::test(flavor = "multi_thread")]
async fn one_address_guessing_does_not_lock_out_its_neighbours() {
    let app = spawn_app().await;
    app.add_moderator("mod@example.org", Role::Moderator);
    let attacker = browser(Some("127.0.7.2".parse().unwrap()));
    app.try_login(&attacker, "someone@example.org", "guessing wrongly")
        .await;
    // As after a long run of failures: the next one makes the attacker wait the longest.
    app.execute("UPDATE login_throttle SET failures = 20, locked_until = NULL");
    app.try_login(&attacker, "other@example.org", "guessing wrongly")
        .await;
    let res = app.try_login(&attacker, "mod@example.org", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 429);
    let wait = retry_after(&res);
    assert!(wait > 60, "the guessing address waits long: {wait}");

    // A moderator on the same /24 (a hospital's network) is not held back at all.
    let neighbour = browser(Some("127.0.7.9".parse().unwrap()));
    let res = app.try_login(&neighbour, "mod@example.org", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 303);
    // Nor are the successes of a moderator counted against their own address.
    for _ in 0..8 {
        let res = app.try_login(&neighbour, "mod@example.org", PASSWORD).await;
        assert_eq!(res.status().as_u16(), 303);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn backoff_rows_are_pruned_once_their_window_has_passed() {
    let app = spawn_app().await;
    app.execute(
        "INSERT INTO login_throttle (throttle_key, failures, first_failure_at, locked_until) \
         VALUES ('net:stale', 9, '2020-01-01 00:00:00', '2020-01-01 00:15:00'), \
                ('acct:stale', 3, '2020-01-01 00:00:00', NULL), \
                ('acct:recent', 3, '2999-01-01 00:00:00', NULL)",
    );
    let res = app
        .try_login(&browser(None), "nobody@example.org", "guessing wrongly")
        .await;
    assert_eq!(res.status().as_u16(), 401);
    let left = app.strings(
        "SELECT throttle_key AS s FROM login_throttle WHERE throttle_key IN \
         ('net:stale', 'acct:stale', 'acct:recent')",
    );
    assert_eq!(left, ["acct:recent"]);
}
