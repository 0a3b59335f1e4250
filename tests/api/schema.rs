use std::collections::BTreeSet;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text};

use crate::helpers::*;

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Bool)]
    not_null: bool,
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Number {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn migrated(url: &str) -> undersigned::db::PooledConn {
    let pool = undersigned::db::connect(url, 2).unwrap();
    let mut conn = pool.get().unwrap();
    undersigned::db::run_migrations(&mut conn).unwrap();
    conn
}

#[test]
#[ignore = "needs PostgreSQL: set TEST_DATABASE_URL and pass --include-ignored"]
fn sqlite_and_postgres_migrations_give_the_same_schema() {
    assert!(
        postgres_server().is_some(),
        "TEST_DATABASE_URL must name a PostgreSQL server"
    );
    let dir = tempfile::tempdir().unwrap();
    let pg = TestDb::create(dir.path());
    let sqlite_url = format!("sqlite://{}", dir.path().join("schema.db").display());

    let mut sqlite = migrated(&sqlite_url);
    let sqlite_columns: BTreeSet<Column> = diesel::sql_query(
        "SELECT m.name AS table_name, p.name AS column_name, (p.\"notnull\" = 1 OR p.pk > 0) AS not_null \
         FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__diesel_schema_migrations'",
    )
    .load(&mut *sqlite)
    .unwrap()
    .into_iter()
    .collect();
    let sqlite_indexes: BTreeSet<String> = diesel::sql_query(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'",
    )
    .load::<Name>(&mut *sqlite)
    .unwrap()
    .into_iter()
    .map(|n| n.name)
    .collect();

    let mut postgres = migrated(&pg.url());
    let pg_columns: BTreeSet<Column> = diesel::sql_query(
        "SELECT table_name::text AS table_name, column_name::text AS column_name, (is_nullable = 'NO') AS not_null \
         FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'",
    )
    .load(&mut *postgres)
    .unwrap()
    .into_iter()
    .collect();
    let pg_indexes: BTreeSet<String> = diesel::sql_query(
        "SELECT indexname::text AS name FROM pg_indexes WHERE schemaname = 'public' \
         AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
    )
    .load::<Name>(&mut *postgres)
    .unwrap()
    .into_iter()
    .map(|n| n.name)
    .collect();

    assert!(sqlite_columns.len() > 20);
    assert_eq!(sqlite_columns, pg_columns);
    assert_eq!(sqlite_indexes, pg_indexes);
}

#[test]
fn every_sqlite_connection_gets_its_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let pool = undersigned::db::connect(
        &format!("sqlite://{}", dir.path().join("p.db").display()),
        3,
    )
    .unwrap();
    let conns: Vec<_> = (0..3).map(|_| pool.get().unwrap()).collect();
    for mut conn in conns {
        let fk = diesel::sql_query("SELECT foreign_keys AS n FROM pragma_foreign_keys")
            .get_result::<Number>(&mut *conn);
        assert_eq!(fk.unwrap().n, 1);
        let busy = diesel::sql_query("SELECT timeout AS n FROM pragma_busy_timeout")
            .get_result::<Number>(&mut *conn);
        assert!(busy.unwrap().n >= 5000);
        let mode = diesel::sql_query("SELECT journal_mode AS name FROM pragma_journal_mode")
            .get_result::<Name>(&mut *conn);
        assert_eq!(mode.unwrap().name, "wal");
    }
}

#[derive(QueryableByName, Debug)]
struct Step {
    #[diesel(sql_type = Text)]
    detail: String,
}

/// A signature adds one entry keyed by its address, not two: the unique index, address first,
/// also finds an address's signatures on every letter (self-service, withdrawal).
#[test]
fn one_index_keyed_by_the_address_serves_both_lookups() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = migrated(&format!("sqlite://{}", dir.path().join("i.db").display()));
    let keyed_by_address: Vec<String> = diesel::sql_query(
        "SELECT l.name AS name FROM pragma_index_list('signatures') l \
         JOIN pragma_index_info(l.name) i WHERE i.name = 'email_key'",
    )
    .load::<Name>(&mut *conn)
    .unwrap()
    .into_iter()
    .map(|n| n.name)
    .collect();
    assert_eq!(keyed_by_address, ["signatures_one_per_email"]);
    for query in [
        "SELECT id FROM signatures WHERE letter_id = 1 AND email_key = 'k'",
        "SELECT id FROM signatures WHERE email_key = 'k' AND email IS NOT NULL ORDER BY id",
    ] {
        let plan: Vec<Step> = diesel::sql_query(format!("EXPLAIN QUERY PLAN {query}"))
            .load(&mut *conn)
            .unwrap();
        assert!(
            plan.iter().any(|s| s
                .detail
                .contains("INDEX signatures_one_per_email (email_key=")),
            "{query}: {plan:?}"
        );
    }
}
