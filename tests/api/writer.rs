//! Group commit: many writes in one transaction, each undone alone when it fails.

use std::sync::Arc;

use diesel::prelude::*;
use undersigned::db::{self, Database};

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_write_in_a_batch_undoes_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::create(dir.path());
    let database = Arc::new(Database::connect(&test_db.url(), 4).unwrap());
    db::run_migrations(&mut database.writes().get().unwrap()).unwrap();

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
                    Ok(i)
                })
                .await
        })
    });
    let mut answered = Vec::new();
    for write in writes.collect::<Vec<_>>() {
        if let Ok(i) = write.await.unwrap() {
            answered.push(i);
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
}
