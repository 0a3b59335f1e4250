//! What an answered write's survival of a power cut rests on. The group commit answers a request
//! only after its transaction committed; the commit survives a power cut only if the database
//! flushed it to disk first: SQLite in WAL mode with `synchronous = FULL` (set on every
//! connection), PostgreSQL with `fsync` and `synchronous_commit` on (its defaults; an operator
//! may have turned them off).

use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};

use super::DbConn;

#[derive(QueryableByName)]
struct Setting {
    #[diesel(sql_type = Text)]
    value: String,
}

/// The settings, as the database reports them on `conn`, that leave a commit exposed to a power
/// cut, as `name = value`: empty when commits are durable.
pub fn exposed(conn: &mut DbConn) -> diesel::QueryResult<Vec<String>> {
    let checks: &[(&str, &str, &[&str])] = match conn {
        // synchronous: 2 is FULL, 3 EXTRA.
        DbConn::Sqlite(_) => &[
            (
                "journal_mode",
                "SELECT journal_mode AS value FROM pragma_journal_mode()",
                &["wal"],
            ),
            (
                "synchronous",
                "SELECT CAST(synchronous AS TEXT) AS value FROM pragma_synchronous()",
                &["2", "3"],
            ),
        ],
        DbConn::Postgres(_) => &[
            ("fsync", "SELECT current_setting('fsync') AS value", &["on"]),
            (
                "synchronous_commit",
                "SELECT current_setting('synchronous_commit') AS value",
                &["on", "remote_write", "remote_apply"],
            ),
            (
                "full_page_writes",
                "SELECT current_setting('full_page_writes') AS value",
                &["on"],
            ),
        ],
    };
    let mut exposed = Vec::new();
    for (name, query, durable) in checks {
        let value = diesel::sql_query(*query).get_result::<Setting>(conn)?.value;
        if !durable.contains(&value.as_str()) {
            exposed.push(format!("{name} = {value}"));
        }
    }
    Ok(exposed)
}
