//! Group commit: many writes in one transaction, each undone alone when it fails.

use std::collections::HashMap;
use std::sync::Arc;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use undersigned::db::{self, Database};

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

/// Two writes in batches running at once lock two rows in opposite orders: PostgreSQL ends
/// the deadlock by failing one, which then runs again in a later batch instead of failing
/// its request.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL"]
async fn a_write_that_loses_a_deadlock_runs_again() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 4).unwrap());
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

/// The quota kept in the database (what instances on PostgreSQL share), on either backend:
/// a burst of `count`, then one every `interval`, and the wait is told.
#[test]
fn the_signing_quota_kept_in_the_database() {
    use undersigned::db::models::SignQuotaRow;
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let pool = db::connect(&test_db.url(), 1).unwrap();
    let mut conn = pool.get().unwrap();
    db::run_migrations(&mut conn).unwrap();
    let (second, now) = (1_000_000, 1_700_000_000_000_000);
    // 3 an hour: one every 20 minutes, with 40 minutes of credit.
    let (interval, burst) = (1200 * second, 2400 * second);
    let spend = |conn: &mut db::PooledConn, key: &str, at: i64| {
        SignQuotaRow::spend(conn, key, at, interval, burst).unwrap()
    };
    for _ in 0..3 {
        assert_eq!(spend(&mut conn, "a", now), Ok(()));
    }
    assert_eq!(spend(&mut conn, "a", now), Err(interval));
    assert_eq!(spend(&mut conn, "b", now), Ok(()), "another client");
    assert_eq!(
        spend(&mut conn, "a", now + interval),
        Ok(()),
        "refilled by one"
    );
    assert_eq!(spend(&mut conn, "a", now + interval), Err(interval));
    assert_eq!(
        SignQuotaRow::prune(&mut conn, now + 5 * interval).unwrap(),
        2
    );
}
