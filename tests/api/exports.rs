//! Downloads under attack: clients that never read, more exports than an instance runs at once.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::*;
use undersigned::press::MAX_EXPORTS;

/// Publishes `n` individuals with long titles and organisations (some 2,400 bytes a CSV row,
/// longer than the form allows), so that one export is far more than the kernel's socket
/// buffers (up to 4 MB on loopback) and the export's channel hold.
pub fn publish_long(app: &TestApp, n: usize) {
    let letter = app.count(&format!(
        "SELECT id AS n FROM letters WHERE slug = '{SLUG}'"
    ));
    let (title, organisation) = ("T".repeat(1500), "O".repeat(800));
    for start in (0..n).step_by(500) {
        let rows: Vec<String> = (start..n.min(start + 500))
            .map(|i| {
                format!(
                    "({letter}, 'individual', 'published', 'Person {i:06} {}', '{title}', \
                     '{organisation}', TRUE, 'person {i:06}', '2026-01-01 00:00:00', \
                     '2026-01-01 00:00:00')",
                    "N".repeat(80)
                )
            })
            .collect();
        app.execute(&format!(
            "INSERT INTO signatures (letter_id, kind, state, name, title, organisation, public, \
             search_key, created_at, published_at) VALUES {}",
            rows.join(", ")
        ));
    }
}

/// A client that asks for `path` (as `client`, through the trusted proxy on loopback) and then
/// never reads: its receive buffer is small, so the server's writes soon block.
async fn stalled(port: u16, path: &str, client: &str) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(([127, 0, 0, 1], port).into()).await.unwrap();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: {client}\r\n\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    stream
}

/// The answer's head, or None if none came (reading it frees a little of the socket's buffer,
/// not enough to let a long export finish).
async fn head(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 512];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut buf)).await;
        match read {
            Ok(Ok(n)) if n > 0 => head.extend_from_slice(&buf[..n]),
            _ => return None,
        }
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

const STALLED: usize = MAX_EXPORTS + 24;

#[tokio::test(flavor = "multi_thread")]
async fn downloads_that_are_never_read_cannot_starve_the_site() {
    let app = spawn_app_with(Options {
        trusted_proxies: "127.0.0.1/32",
        ..Options::default()
    })
    .await;
    publish_long(&app, 5000);
    let port: u16 = app.address.rsplit(':').next().unwrap().parse().unwrap();
    let path = format!("/letters/{SLUG}/signatories.csv");
    // More than the exports an instance runs at once, each from its own address (a botnet).
    let mut streams = Vec::new();
    for i in 0..STALLED {
        let client = format!("198.18.0.{}", i + 1);
        streams.push(stalled(port, &path, &client).await);
    }
    let heads = futures_util::future::join_all(streams.iter_mut().map(head)).await;
    // Liveness guard, not a speed figure: a starved server never answers at all.
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    for page in [format!("/letters/{SLUG}"), "/healthz".to_owned()] {
        let res = client.get(app.url(&page)).send().await;
        let status = res.map(|r| r.status().as_u16());
        assert!(matches!(status, Ok(200)), "{page}: {status:?}");
    }
    let exporting = heads
        .iter()
        .filter(|h| h.as_deref().is_some_and(|h| h.starts_with("HTTP/1.1 200")))
        .count();
    let busy: Vec<&String> = heads
        .iter()
        .flatten()
        .filter(|h| h.starts_with("HTTP/1.1 503"))
        .collect();
    assert_eq!(
        (exporting, busy.len()),
        (MAX_EXPORTS, STALLED - MAX_EXPORTS),
        "no more exports at once than the cap; the others are told to come back"
    );
    assert!(
        busy.iter()
            .all(|h| h.to_lowercase().contains("retry-after:")),
        "503s say when to come back"
    );
    // The stalled exports give up after the send timeout and free their places: a client
    // that reads then gets the whole file.
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    // Each try from an address of its own, so that the download quota is not what answers.
    let mut polls = 0;
    let body = loop {
        polls += 1;
        let res = client
            .get(app.url(&path))
            .header("x-forwarded-for", format!("198.18.1.{polls}"))
            .send()
            .await
            .unwrap();
        if res.status().as_u16() == 200 {
            break res.text().await.unwrap();
        }
        assert_eq!(res.status().as_u16(), 503);
        assert!(
            std::time::Instant::now() < deadline,
            "the stalled exports never gave up"
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    };
    assert_eq!(body.lines().count(), 5001);
    drop(streams);
}
