//! Group commit: many writes in one transaction, each undone alone when it fails.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use diesel::connection::TransactionManager;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use undersigned::db::models::{
    Letter, Listing, MailKind, NewOutboxMail, NewSignature, NewSigner, OutboxMail, OutboxState,
    QuotaSpend, Signature, SignatureKind, SignatureState,
};
use undersigned::db::{self, Admission, Database, DbConn, Refused};
use undersigned::domain::EmailAddress;
use undersigned::i18n::Lang;

use crate::helpers::*;

#[derive(QueryableByName)]
struct Txid {
    #[diesel(sql_type = BigInt)]
    txid: i64,
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_write_in_a_batch_undoes_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 4).unwrap());
    db::run_migrations(&mut database.writes().get().unwrap()).unwrap();
    let postgres = postgres_server().is_some();

    // Queued together, so that they share batches.
    let writes = (0..200).map(|i| {
        let database = database.clone();
        tokio::spawn(async move {
            database
                .write(move |conn| {
                    diesel::sql_query(format!(
                        "INSERT INTO mail_recipients (recipient_key, last_queued_at) \
                         VALUES ('key-{i}', '2026-01-01 00:00:00')"
                    ))
                    .execute(conn)
                    .map_err(anyhow::Error::new)?;
                    if i % 3 == 0 {
                        anyhow::bail!("write {i} refused after its insert");
                    }
                    // The transaction this write ran in (PostgreSQL can tell).
                    let txid = if postgres {
                        let row: Txid = diesel::sql_query("SELECT txid_current() AS txid")
                            .get_result(conn)
                            .map_err(anyhow::Error::new)?;
                        Some(row.txid)
                    } else {
                        None
                    };
                    Ok((i, txid))
                })
                .await
        })
    });
    let mut answered = Vec::new();
    let mut txids = Vec::new();
    for write in writes.collect::<Vec<_>>() {
        if let Ok((i, txid)) = write.await.unwrap() {
            answered.push(i);
            txids.extend(txid);
        }
    }
    assert_eq!(answered.len(), 133);
    let stored = strings_in(
        database.reads(),
        "SELECT recipient_key AS s FROM mail_recipients",
    );
    assert_eq!(stored.len(), 133);
    assert!(
        answered
            .iter()
            .all(|i| stored.contains(&format!("key-{i}")))
    );

    // Every write ran in a committed transaction, and they shared them: one transaction
    // each would be as many batches as writes.
    let done = database.write_stats();
    assert_eq!(done.writes, 200, "{done:?}");
    assert!(
        done.batches <= done.writes / 2,
        "writes queued together were not batched: {done:?}"
    );
    if postgres {
        assert_eq!(txids.len(), 133);
        let mut per_transaction: HashMap<i64, usize> = HashMap::new();
        for txid in txids {
            *per_transaction.entry(txid).or_default() += 1;
        }
        assert!(
            per_transaction.values().any(|&n| n >= 2),
            "no two writes shared a transaction: {per_transaction:?}"
        );
    }
}

/// A long write of the mail worker (a claim, a batch's links) commits on its own on PostgreSQL,
/// so that the signers whose writes would have shared its batch do not wait for it; SQLite
/// writes one transaction at a time, so there it joins the group commit.
#[tokio::test(flavor = "multi_thread")]
async fn a_long_write_commits_on_its_own_on_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Database::connect(&test_db.url(), 4).unwrap();
    db::run_migrations(&mut database.writes().get().unwrap()).unwrap();
    let before = database.write_stats();
    database
        .write_alone(|conn| -> anyhow::Result<_> {
            Ok(diesel::sql_query(
                "INSERT INTO mail_recipients (recipient_key, last_queued_at) \
                 VALUES ('alone', '2026-01-01 00:00:00')",
            )
            .execute(conn)?)
        })
        .await
        .unwrap();
    let batched = database.write_stats().writes - before.writes;
    assert_eq!(batched, if database.is_shared() { 0 } else { 1 });
    let stored = strings_in(
        database.reads(),
        "SELECT recipient_key AS s FROM mail_recipients",
    );
    assert_eq!(stored, ["alone"]);
}

/// Two writes in batches running at once lock two rows in opposite orders: PostgreSQL ends
/// the deadlock by failing one, which then runs again in a later batch instead of failing
/// its request.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL"]
async fn a_write_that_loses_a_deadlock_runs_again() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 8).unwrap());
    db::run_migrations(&mut database.writes().get().unwrap()).unwrap();
    for key in ["a", "b"] {
        diesel::sql_query(format!(
            "INSERT INTO mail_recipients (recipient_key, last_queued_at) \
             VALUES ('{key}', '2026-01-01 00:00:00')"
        ))
        .execute(&mut database.writes().get().unwrap())
        .unwrap();
    }
    let crossed = |first: &'static str, second: &'static str| {
        let database = database.clone();
        tokio::spawn(async move {
            database
                .write(move |conn| {
                    for (key, pause) in [(first, "0.5"), (second, "0")] {
                        diesel::sql_query(format!(
                            "UPDATE mail_recipients SET last_queued_at = last_queued_at + \
                             INTERVAL '1 day' WHERE recipient_key = '{key}'"
                        ))
                        .execute(conn)?;
                        diesel::sql_query(format!("SELECT pg_sleep({pause})")).execute(conn)?;
                    }
                    anyhow::Ok(())
                })
                .await
        })
    };
    let one = crossed("a", "b");
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let other = crossed("b", "a");
    let (one, other) = (one.await.unwrap(), other.await.unwrap());
    assert!(one.is_ok() && other.is_ok(), "{one:?} {other:?}");
    assert_eq!(
        count_in(
            database.reads(),
            "SELECT COUNT(*) AS n FROM mail_recipients WHERE last_queued_at = '2026-01-03 00:00:00'"
        ),
        2,
        "each write ran once in the end"
    );
}

fn signer(letter_id: i64, address: &str, lang: Lang, news: bool) -> NewSigner {
    let email = EmailAddress::parse(address).unwrap();
    let listing = Listing {
        kind: SignatureKind::Individual,
        public: true,
        name: Some(format!("Signer {address}")),
        title: Some("Nurse".into()),
        organisation: None,
        website: None,
    };
    let now = chrono::Utc::now().naive_utc();
    NewSigner {
        row: NewSignature::new(
            letter_id,
            listing,
            Some(&email),
            SignatureState::Unverified,
            now,
        ),
        canonical: email.canonical(),
        lang,
        news: news.then_some("2026-11-30"),
        recipient_key: format!("recipient {address}"),
        daily_cap: 3,
    }
}

/// Holds the writer busy until `signers` are all queued, so that they share its next batch, each
/// spending `spend`'s quota if given; returns each one's answer (whether its mail was queued, or
/// why it was refused) and, for each signer written by its own path (`own`, which writes
/// nothing here) instead of together, the transaction depth it ran at (1: in the batch's
/// transaction; 2: in a savepoint of its own).
async fn sign_in_one_batch(
    database: &Arc<Database>,
    signers: Vec<NewSigner>,
    spend: Option<QuotaSpend>,
) -> (Vec<Result<bool, Refused>>, Vec<u32>) {
    let busy = {
        let database = database.clone();
        tokio::spawn(async move {
            database
                .write(|_| {
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    anyhow::Ok(())
                })
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let own = Arc::new(Mutex::new(Vec::new()));
    let signing: Vec<_> = signers
        .into_iter()
        .map(|signer| {
            let (database, own) = (database.clone(), own.clone());
            let admission = Admission {
                letter_id: signer.row.letter_id,
                spend: spend.clone(),
            };
            tokio::spawn(async move {
                database
                    .sign(signer, admission, move |conn: &mut DbConn, _| {
                        let depth = <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
                            .transaction_depth()
                            .map_err(anyhow::Error::new)?
                            .map_or(0, |d| d.get());
                        own.lock().unwrap().push(depth);
                        anyhow::Ok(false)
                    })
                    .await
            })
        })
        .collect();
    busy.await.unwrap().unwrap();
    let mut queued = Vec::new();
    for signed in signing {
        let signed = signed.await.unwrap();
        queued.push(signed.map_err(|e| e.downcast::<Refused>().unwrap()));
    }
    let own = own.lock().unwrap().clone();
    (queued, own)
}

/// Signers that share a batch are written together: one statement for their signatures, one
/// for their languages, one for their consents, and the daily cap counted for all at once. One
/// whose address is on the letter already needs its own path, which reads what is there:
/// nothing written together is kept, and each signer of the batch takes its own path.
#[tokio::test(flavor = "multi_thread")]
async fn signers_in_one_batch_are_written_together() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    // One writer thread on either backend.
    let database = Arc::new(Database::connect(&test_db.url(), 2).unwrap());
    let mut conn = database.writes().get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    let letter = open_letter(&mut conn, "together");
    // The recipient of signer 4 has had its three mails of the day.
    let earlier = Signature::insert(
        &mut conn,
        &signer(letter, "earlier@example.org", Lang::En, false).row,
    )
    .unwrap();
    for _ in 0..3 {
        let mail = NewOutboxMail::new(
            earlier,
            MailKind::Verify,
            "recipient s4@example.org".into(),
            chrono::Utc::now().naive_utc(),
        );
        assert!(OutboxMail::enqueue_capped(&mut conn, &mail, 3).unwrap());
    }
    drop(conn);
    let before = database.write_stats();

    let langs = [Lang::En, Lang::Fr];
    let signers = (0..8)
        .map(|i| {
            signer(
                letter,
                &format!("s{i}@example.org"),
                langs[i % 2],
                i % 3 == 0,
            )
        })
        .collect();
    let (queued, own) = sign_in_one_batch(&database, signers, None).await;
    assert_eq!(
        own,
        Vec::<u32>::new(),
        "a signer was written by its own path"
    );
    assert_eq!(
        queued,
        [true, true, true, true, false, true, true, true].map(Ok)
    );
    let after = database.write_stats();
    assert_eq!(after.batches - before.batches, 2, "{before:?} {after:?}");
    let count = |sql: &str| count_in(database.reads(), sql);
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM signatures WHERE email LIKE 's%@example.org'"),
        8
    );
    assert_eq!(count("SELECT COUNT(*) AS n FROM signature_languages"), 4);
    assert_eq!(count("SELECT COUNT(*) AS n FROM news_consents"), 3);
    assert_eq!(
        count(
            "SELECT COUNT(*) AS n FROM outbox JOIN signatures s ON s.id = outbox.signature_id \
             WHERE s.email LIKE 's%@example.org' AND outbox.kind = 'verify'"
        ),
        7
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) AS n FROM outbox JOIN signatures s ON s.id = outbox.signature_id \
             JOIN signature_languages l ON l.signature_id = s.id \
             WHERE s.email IN ('s1@example.org', 's3@example.org') AND l.lang = 'fr'"
        ),
        2,
        "languages and mails went to their own signatures"
    );

    // s1 signs again, between two new signers.
    let signers = ["s1@example.org", "new1@example.org", "new2@example.org"]
        .into_iter()
        .map(|address| signer(letter, address, Lang::En, false))
        .collect();
    let (queued, own) = sign_in_one_batch(&database, signers, None).await;
    assert_eq!(
        own,
        [1, 1, 1],
        "each signer of the batch takes its own path, in the batch's transaction (a savepoint \
         each is for a write that failed)"
    );
    assert_eq!(queued, [false, false, false].map(Ok));
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM signatures WHERE email LIKE 'new%'"),
        0,
        "what was written together was rolled back"
    );
}

/// The quota kept in the database (what instances on PostgreSQL share), on either backend:
/// a burst of `count`, then one every `interval`, and the wait is told; spent alone, or in a
/// transaction, as a batch spends it.
#[test]
fn the_signing_quota_kept_in_the_database() {
    use undersigned::db::models::SignQuotaRow;
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let pool = db::connect(&test_db.url(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    open_letter(&mut conn, "quota");
    let (second, now) = (1_000_000, 1_700_000_000_000_000);
    // 3 an hour: one every 20 minutes, with 40 minutes of credit.
    let (interval, burst) = (1200 * second, 2400 * second);
    let alone = |conn: &mut db::PooledConn, key: &str, at: i64| {
        SignQuotaRow::spend(conn, key, at, interval, burst).unwrap()
    };
    let in_transaction = |conn: &mut db::PooledConn, key: &str, at: i64| {
        conn.transaction(|conn| SignQuotaRow::spend(conn, key, at, interval, burst))
            .unwrap()
    };
    type Spend<'a> = &'a dyn Fn(&mut db::PooledConn, &str, i64) -> Result<(), i64>;
    let spends: [(&str, Spend); 2] = [("alone", &alone), ("in a transaction", &in_transaction)];
    for (way, spend) in spends {
        let (a, b) = (format!("{way} a"), format!("{way} b"));
        for _ in 0..3 {
            assert_eq!(spend(&mut conn, &a, now), Ok(()), "{way}");
        }
        assert_eq!(spend(&mut conn, &a, now), Err(interval), "{way}");
        assert_eq!(spend(&mut conn, &b, now), Ok(()), "{way}: another client");
        assert_eq!(
            spend(&mut conn, &a, now + interval),
            Ok(()),
            "{way}: refilled by one"
        );
        assert_eq!(spend(&mut conn, &a, now + interval), Err(interval), "{way}");
    }
    assert_eq!(
        SignQuotaRow::prune(&mut conn, now + 5 * interval).unwrap(),
        4
    );

    // Several at once, all or none.
    let several = |conn: &mut db::PooledConn, key: &str, at: i64, count: i64| {
        let spend = QuotaSpend {
            key: key.into(),
            now_us: at,
            interval_us: interval,
            burst_us: burst,
        };
        SignQuotaRow::spend_several(conn, &spend, count).unwrap()
    };
    assert!(!several(&mut conn, "many", now, 4), "more than the burst");
    assert!(several(&mut conn, "many", now, 2));
    assert!(!several(&mut conn, "many", now, 2), "one is left");
    assert!(several(&mut conn, "many", now, 1));
    assert_eq!(alone(&mut conn, "many", now), Err(interval));
    assert!(
        several(&mut conn, "many", now + 2 * interval, 2),
        "refilled by two"
    );
}

/// A batch spends the quota of its signers behind one address (kept in the database, as
/// instances on PostgreSQL share it) before writing them, one statement for all when it allows
/// them all; past it, the later ones are refused and nothing of theirs is written. On either
/// backend.
#[tokio::test(flavor = "multi_thread")]
async fn a_batch_spends_its_signers_quota_and_refuses_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 2).unwrap());
    let mut conn = database.writes().get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    let letter = open_letter(&mut conn, "quota");
    drop(conn);
    // 3 an hour: one every 20 minutes, with 40 minutes of credit.
    let second = 1_000_000;
    let spend = QuotaSpend {
        key: "one address".into(),
        now_us: chrono::Utc::now().timestamp_micros(),
        interval_us: 1200 * second,
        burst_us: 2400 * second,
    };
    let signers = (0..5)
        .map(|i| signer(letter, &format!("q{i}@example.org"), Lang::En, false))
        .collect();
    let (answers, _) = sign_in_one_batch(&database, signers, Some(spend.clone())).await;
    let refused = answers.iter().filter(|a| a.is_err()).collect::<Vec<_>>();
    assert_eq!(answers[..3], [Ok(true), Ok(true), Ok(true)], "{answers:?}");
    assert_eq!(refused.len(), 2, "{answers:?}");
    for answer in refused {
        let Err(Refused::Quota(wait)) = answer else {
            panic!("{answer:?}");
        };
        assert!((1..=1200 * second).contains(wait), "told to wait {wait} µs");
    }
    let count = |sql: &str| count_in(database.reads(), sql);
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM signatures WHERE email LIKE 'q%@example.org'"),
        3
    );
    assert_eq!(count("SELECT COUNT(*) AS n FROM outbox"), 3);
    assert_eq!(count("SELECT COUNT(*) AS n FROM sign_quota"), 1);
}

/// A signature kept from its letter by the letter's closing after the page was read (or after
/// the head this instance keeps for a second) is refused by its batch, and nothing of it is
/// written. On either backend.
#[tokio::test(flavor = "multi_thread")]
async fn a_batch_refuses_a_signature_of_a_letter_closed_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 2).unwrap());
    let mut conn = database.writes().get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    let open = open_letter(&mut conn, "open");
    let closed = open_letter(&mut conn, "closed");
    diesel::sql_query(format!(
        "UPDATE letters SET status = 'closed' WHERE id = {closed}"
    ))
    .execute(&mut conn)
    .unwrap();
    drop(conn);
    let signers = vec![
        signer(open, "a@example.org", Lang::En, false),
        signer(closed, "b@example.org", Lang::En, false),
        signer(open, "c@example.org", Lang::En, false),
    ];
    let (answers, _) = sign_in_one_batch(&database, signers, None).await;
    assert_eq!(answers, [Ok(true), Err(Refused::Closed), Ok(true)]);
    let count = |sql: &str| count_in(database.reads(), sql);
    assert_eq!(
        count(&format!(
            "SELECT COUNT(*) AS n FROM signatures WHERE letter_id = {closed}"
        )),
        0
    );
    assert_eq!(count("SELECT COUNT(*) AS n FROM outbox"), 2);
}

/// SQLite keeps a statement's plan whatever is bound to it (`.cargo/config.toml`): it planned a
/// `LIMIT ?` with its bound value, so each run of a kept statement with one (every `.first()`)
/// was parsed and planned again, half the CPU of the letter's read before each signature
/// (`bench/README.md`). The count of a network's hour is such a statement too. SQLite only:
/// `sqlite_stmt` counts each kept statement's re-preparations.
#[test]
fn sqlite_keeps_a_statement_prepared_across_bindings() {
    use diesel::sql_types::Text;
    use undersigned::domain::Slug;
    #[derive(QueryableByName)]
    struct Kept {
        #[diesel(sql_type = Text)]
        sql: String,
        #[diesel(sql_type = BigInt)]
        reprep: i64,
    }
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    if postgres_server().is_some() {
        return;
    }
    let pool = db::connect(&test_db.url(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    open_letter(&mut conn, "kept");
    let slug = Slug::parse("kept").unwrap();
    let now = chrono::Utc::now().naive_utc();
    for (second, limit) in (0..5).zip(98..) {
        let at = now + chrono::Duration::seconds(second);
        let head = Letter::find_head(&mut conn, &slug).unwrap();
        assert_eq!(head.slug.as_str(), "kept");
        let counted = Signature::hourly_from(&mut conn, "net", at, limit).unwrap();
        assert_eq!(counted, 0);
    }
    let kept: Vec<Kept> = diesel::sql_query("SELECT sql, reprep FROM sqlite_stmt")
        .load(&mut *conn)
        .unwrap();
    for table in ["FROM `letters`", "FROM `signatures`"] {
        let read = kept
            .iter()
            .find(|k| k.sql.contains(table) && k.sql.contains("LIMIT"))
            .unwrap_or_else(|| {
                panic!(
                    "the read {table} is not kept prepared: {:?}",
                    kept.iter().map(|k| &k.sql).collect::<Vec<_>>()
                )
            });
        assert_eq!(read.reprep, 0, "prepared again at each run: {}", read.sql);
    }
}

/// After five runs of a kept statement, PostgreSQL may keep one plan for all later runs. The
/// daily count's, made while the outbox was small, scanned the whole outbox in every batch of
/// signers once a burst had grown it, until autovacuum's next `ANALYZE` (up to a minute away):
/// 6 ms a batch in the signing bench (`bench/README.md`). It is planned at each run instead.
/// PostgreSQL only: `pg_stat_xact_user_tables` counts the scans of the transaction.
#[test]
fn the_daily_count_is_planned_for_the_outbox_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let Some((_db, mut conn, letter)) = postgres_letter(dir.path(), "plans") else {
        return;
    };
    let mut queued = 0;
    let enqueue = |conn: &mut DbConn| {
        let now = chrono::Utc::now().naive_utc();
        let mails: Vec<(NewOutboxMail, i64)> = (0..3)
            .map(|_| {
                queued += 1;
                let key = format!("recipient-{queued}");
                (NewOutboxMail::new(1, MailKind::Verify, key, now), 5)
            })
            .collect();
        let done = OutboxMail::enqueue_all_capped(conn, &mails)?;
        assert_eq!(done, [true; 3]);
        Ok(())
    };
    let scans = whole_scans_once_grown(&mut conn, letter, "outbox", enqueue);
    assert_eq!(scans, 0, "the daily count scanned the whole outbox");
}

/// Before a signature, the sender's network's hour is counted when its last count no longer
/// tells whether it reached its share (`Signature::hourly_from`). Its plan, kept while the
/// signatures were few, scanned every signature once they had grown, for a network with few of
/// them. Ordered as its index is, it reads the index however many there were. PostgreSQL only,
/// as above.
#[test]
fn the_hourly_share_is_read_by_its_index_as_signatures_grow() {
    let dir = tempfile::tempdir().unwrap();
    let Some((_db, mut conn, letter)) = postgres_letter(dir.path(), "share") else {
        return;
    };
    let read = |conn: &mut DbConn| {
        let now = chrono::Utc::now().naive_utc();
        assert_eq!(Signature::hourly_from(conn, "quiet", now, 50)?, 0);
        Ok(())
    };
    let scans = whole_scans_once_grown(&mut conn, letter, "signatures", read);
    assert_eq!(scans, 0, "the hourly share scanned every signature");
}

/// A claim takes the first due mails, locks them, and writes its id on them. It reads the outbox's
/// index from the first due mail, instead of sorting every pending one: during a burst there
/// were thousands a claim. And it changes no indexed column: with room left on the page,
/// PostgreSQL writes the claimed version beside the old one and adds nothing to the outbox's six
/// indexes (a heap-only update); on full pages each claimed row went to another page, with an
/// entry in all six. PostgreSQL only, as above.
#[test]
fn a_claim_reads_and_writes_only_the_mails_it_takes() {
    let dir = tempfile::tempdir().unwrap();
    let Some((_db, mut conn, letter)) = postgres_letter(dir.path(), "claims") else {
        return;
    };
    // Forty pages or so of mails to send, after as many sent.
    fill_mailed(&mut conn, letter, 2_000, "sent");
    fill_mailed(&mut conn, letter, 2_000, "pending");
    diesel::sql_query("ANALYZE outbox")
        .execute(&mut conn)
        .unwrap();
    let (claimed, work) = work_on(&mut conn, "outbox", |conn| {
        let now = chrono::Utc::now().naive_utc();
        let until = now + chrono::Duration::minutes(2);
        OutboxMail::claim(conn, "worker", now, until, 256)
    });
    // The oldest pending mails, queued together: 256 ids in a row.
    assert_eq!(claimed.len(), 256);
    assert!(claimed.windows(2).all(|w| w[1].id == w[0].id + 1));
    assert!(claimed.iter().all(|m| m.state == OutboxState::Pending));
    let read = work.seq_tup_read + work.idx_tup_fetch;
    assert!(read <= 3 * 256, "the claim of 256 mails read {read} rows");
    assert!(
        work.n_tup_hot_upd * 10 >= 256 * 9,
        "{} of 256 claims left the outbox's indexes alone",
        work.n_tup_hot_upd
    );
    // Another worker's claim takes the next ones.
    let now = chrono::Utc::now().naive_utc();
    let next = OutboxMail::claim(&mut conn, "other", now, now, 256).unwrap();
    assert_eq!(next.first().map(|m| m.id), Some(claimed[255].id + 1));
}

/// A migrated PostgreSQL database with the open letter `slug` and its id; `None` on SQLite.
fn postgres_letter(dir: &std::path::Path, slug: &str) -> Option<(TestDb, db::PooledConn, i64)> {
    let test_db = TestDb::create(dir);
    postgres_server()?;
    let pool = db::connect(&test_db.url(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    let letter = open_letter(&mut conn, slug);
    Some((test_db, conn, letter))
}

/// Runs `op` while `letter` has few signatures and mails, `table` freshly analysed, until
/// PostgreSQL keeps its plans; then adds 20,000 of each without analysing and runs `op` once
/// more: how many times that run read `table` whole.
fn whole_scans_once_grown(
    conn: &mut DbConn,
    letter: i64,
    table: &str,
    mut op: impl FnMut(&mut DbConn) -> QueryResult<()>,
) -> i64 {
    fill_signed(conn, letter, 300);
    diesel::sql_query(format!("ANALYZE {table}"))
        .execute(conn)
        .unwrap();
    // Past its fifth run a kept statement may keep one plan.
    for _ in 0..8 {
        conn.transaction(&mut op).unwrap();
    }
    fill_signed(conn, letter, 20_000);
    work_on(conn, table, op).1.seq_scan
}

/// `rows` signatures of `letter` from one busy network, each with its mail sent.
fn fill_signed(conn: &mut DbConn, letter: i64, rows: i64) {
    fill_mailed(conn, letter, rows, "sent");
}

/// `rows` signatures of `letter` from one busy network, each with a mail in `state`.
fn fill_mailed(conn: &mut DbConn, letter: i64, rows: i64, state: &str) {
    diesel::sql_query(format!(
        "WITH s AS (INSERT INTO signatures \
         (letter_id, kind, state, public, search_key, created_at, network_key) \
         SELECT {letter}, 'individual', 'unverified', true, '', now(), 'busy' \
         FROM generate_series(1, {rows}) RETURNING id) \
         INSERT INTO outbox \
         (signature_id, kind, recipient_key, state, attempts, created_at, next_attempt_at) \
         SELECT id, 'verify', md5(id::text), '{state}', 0, now(), now() FROM s"
    ))
    .execute(conn)
    .unwrap();
}

/// What `op`, run in a transaction of its own, did to `table` (PostgreSQL). The counts of
/// `pg_stat_xact_user_tables` hold the connection's earlier transactions too until they are
/// flushed, at most once a second: they are read before and after.
fn work_on<T>(
    conn: &mut DbConn,
    table: &str,
    op: impl FnOnce(&mut DbConn) -> QueryResult<T>,
) -> (T, TableWork) {
    conn.transaction(|conn| {
        let before = table_work(conn, table)?;
        let done = op(conn)?;
        let after = table_work(conn, table)?;
        Ok::<_, diesel::result::Error>((
            done,
            TableWork {
                seq_scan: after.seq_scan - before.seq_scan,
                seq_tup_read: after.seq_tup_read - before.seq_tup_read,
                idx_tup_fetch: after.idx_tup_fetch - before.idx_tup_fetch,
                n_tup_hot_upd: after.n_tup_hot_upd - before.n_tup_hot_upd,
            },
        ))
    })
    .unwrap()
}

#[derive(QueryableByName)]
struct TableWork {
    /// Whole reads of the table.
    #[diesel(sql_type = BigInt)]
    seq_scan: i64,
    /// Rows those whole reads went through.
    #[diesel(sql_type = BigInt)]
    seq_tup_read: i64,
    /// Rows fetched through an index.
    #[diesel(sql_type = BigInt)]
    idx_tup_fetch: i64,
    /// Rows updated without a new index entry.
    #[diesel(sql_type = BigInt)]
    n_tup_hot_upd: i64,
}

fn table_work(conn: &mut DbConn, table: &str) -> QueryResult<TableWork> {
    diesel::sql_query(
        "SELECT seq_scan, seq_tup_read, COALESCE(idx_tup_fetch, 0) AS idx_tup_fetch, \
         n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relname = $1",
    )
    .bind::<diesel::sql_types::Text, _>(table)
    .get_result(conn)
}
