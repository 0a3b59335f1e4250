//! `/metrics`, request ids.

use crate::helpers::*;

async fn metrics(app: &TestApp) -> String {
    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    res.text().await.unwrap()
}

/// The value of the sample whose name and labels are `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_count_requests_signatures_mails_refusals_and_pool_use() {
    let app = spawn_app_with(Options {
        sign_rate: "2/1h",
        ..Options::default()
    })
    .await;
    app.sign_and_confirm(&individual("Ada Lovelace", "ada@example.org"))
        .await;
    assert_eq!(
        app.sign(&individual("Bob Barker", "bob@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        app.sign(&individual("Cy Twombly", "cy@example.org"))
            .await
            .status()
            .as_u16(),
        429
    );
    app.smtp.wait_for(2).await;
    assert_eq!(
        app.wait_outbox_drained(std::time::Duration::from_secs(5))
            .await,
        0
    );

    let text = metrics(&app).await;
    let sign = "method=\"POST\",route=\"/letters/{slug}/sign\"";
    assert_eq!(
        sample(
            &text,
            &format!("undersigned_http_requests_total{{{sign},status=\"303\"}}")
        ),
        Some(2.0)
    );
    assert_eq!(
        sample(
            &text,
            &format!("undersigned_http_request_duration_seconds_count{{{sign}}}")
        ),
        Some(3.0)
    );
    assert_eq!(
        sample(
            &text,
            "undersigned_rate_limited_total{route=\"/letters/{slug}/sign\"}"
        ),
        Some(1.0)
    );
    let letter = format!("letter=\"{SLUG}\"");
    assert_eq!(
        sample(
            &text,
            &format!("undersigned_signatures{{{letter},state=\"published\"}}")
        ),
        Some(1.0)
    );
    assert_eq!(
        sample(
            &text,
            &format!("undersigned_signatures{{{letter},state=\"unverified\"}}")
        ),
        Some(1.0)
    );
    assert_eq!(
        sample(&text, "undersigned_mails{state=\"sent\"}"),
        Some(2.0)
    );
    let pools: &[(&str, f64)] = if postgres_server().is_some() {
        &[("main", 4.0)]
    } else {
        &[("reads", 4.0), ("writes", 1.0)]
    };
    for (pool, max) in pools {
        let series = format!("undersigned_db_pool_max{{pool=\"{pool}\"}}");
        assert_eq!(sample(&text, &series), Some(*max), "{series}");
    }
    assert!(sample(&text, "process_resident_memory_bytes").is_some_and(|b| b > 0.0));
    // Two signatures, a confirmation, mail claims and outcomes: each a write, in some batches.
    let writes = sample(&text, "undersigned_db_writes_total").unwrap_or(0.0);
    let batches = sample(&text, "undersigned_db_write_batches_total").unwrap_or(0.0);
    assert!(
        writes >= 3.0 && batches >= 1.0 && batches <= writes,
        "{writes} in {batches}"
    );
    assert!(!text.contains("example.org"));
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_are_not_served_beyond_the_allowed_addresses() {
    // Behind a trusted proxy on loopback, the client is the one it forwards for.
    let app = spawn_app_with(Options {
        trusted_proxies: "127.0.0.1/32",
        ..Options::default()
    })
    .await;
    let res = app
        .client
        .get(app.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn each_answer_carries_a_request_id_kept_only_from_a_trusted_proxy() {
    let app = spawn_app_with(Options {
        trusted_proxies: "127.0.0.1/32",
        ..Options::default()
    })
    .await;
    let id_of =
        |res: &reqwest::Response| res.headers()["x-request-id"].to_str().unwrap().to_owned();
    let first = id_of(&app.client.get(app.url("/healthz")).send().await.unwrap());
    let second = id_of(&app.client.get(app.url("/nowhere")).send().await.unwrap());
    assert_eq!(first.len(), 16);
    assert_ne!(first, second);

    let from_proxy = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "lb-4f2a.77")
        .send()
        .await
        .unwrap();
    assert_eq!(id_of(&from_proxy), "lb-4f2a.77");
    for forged in ["has space", "quote\"d", &"x".repeat(65)] {
        let res = app
            .client
            .get(app.url("/healthz"))
            .header("x-request-id", forged)
            .send()
            .await
            .unwrap();
        assert_ne!(id_of(&res), forged);
    }
    // From an address that is not a trusted proxy, the id is always the server's own.
    let direct = browser(Some("127.0.0.2".parse().unwrap()))
        .get(app.url("/healthz"))
        .header("x-request-id", "lb-4f2a.77")
        .send()
        .await
        .unwrap();
    assert_ne!(id_of(&direct), "lb-4f2a.77");
}

#[tokio::test(flavor = "multi_thread")]
async fn ipv4_clients_of_a_dual_stack_listener_are_seen_as_ipv4() {
    // On `[::]` an IPv4 peer arrives as ::ffff:127.0.0.1; it must still be the loopback that
    // metrics allow and the IPv4 proxy that is trusted.
    let app = spawn_app_with(Options {
        bind: "[::]:0",
        trusted_proxies: "127.0.0.1/32",
        ..Options::default()
    })
    .await;
    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let res = app
        .client
        .get(app.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.9")
        .header("x-request-id", "lb-4f2a.77")
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status().as_u16(),
        404,
        "the forwarded client is not local"
    );
    assert_eq!(res.headers()["x-request-id"], "lb-4f2a.77");
}
