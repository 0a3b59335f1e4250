//! Runs a benchmark on SQLite, then on PostgreSQL when `BENCH_POSTGRES_URL` names a server
//! (in a database of its own, dropped afterwards).

use std::path::Path;

use diesel::prelude::*;

/// `run(backend, database URL, working directory)` on each backend; its results in order.
pub fn each<T>(
    name: &str,
    dir: &Path,
    mut run: impl FnMut(&'static str, &str, &Path) -> anyhow::Result<T>,
) -> anyhow::Result<Vec<T>> {
    let sqlite = format!("sqlite://{}", dir.join("bench.db").display());
    let mut results = vec![run("SQLite", &sqlite, dir)?];
    if let Ok(server) = std::env::var("BENCH_POSTGRES_URL") {
        let database = format!("undersigned_bench_{name}_{}", std::process::id());
        let mut admin = PgConnection::establish(&server)?;
        diesel::sql_query(format!("CREATE DATABASE {database}")).execute(&mut admin)?;
        let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
        let pg_dir = dir.join("pg");
        std::fs::create_dir_all(&pg_dir)?;
        let result = run("PostgreSQL", &format!("{base}/{database}"), &pg_dir);
        diesel::sql_query(format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            .execute(&mut admin)?;
        results.push(result?);
    }
    Ok(results)
}
