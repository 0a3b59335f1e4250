//! What the HTTP benchmarks share: the length of a phase and the load generator (concurrent
//! HTTP clients for a fixed time).

use std::sync::Arc;
use std::time::{Duration, Instant};

pub const CLIENTS: usize = 32;

/// `BENCH_SECONDS` (default 10): how long each phase runs.
pub fn phase() -> Duration {
    let seconds = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    Duration::from_secs(seconds)
}

/// CLIENTS concurrent clients sending `request(client, client number, request number)` for
/// `phase`. A 2xx or 3xx answer counts; anything else is an error.
pub async fn load<F>(phase: Duration, request: F) -> anyhow::Result<(f64, Vec<Duration>, u64)>
where
    F: Fn(&reqwest::Client, usize, u64) -> reqwest::RequestBuilder + Send + Sync + 'static,
{
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(CLIENTS)
        .build()?;
    let request = Arc::new(request);
    let deadline = Instant::now() + phase;
    let start = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (client, request) = (client.clone(), request.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut errors = 0u64;
                let mut i = 0u64;
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    match request(&client, c, i).send().await {
                        Ok(res) if res.status().as_u16() < 400 => latencies.push(sent.elapsed()),
                        _ => errors += 1,
                    }
                    i += 1;
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (latencies, e) = task.await?;
        all.extend(latencies);
        errors += e;
    }
    let rate = all.len() as f64 / start.elapsed().as_secs_f64();
    Ok((rate, all, errors))
}
