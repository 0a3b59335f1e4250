//! An OAuth 2.0 server on loopback that plays ORCID's part in "Sign in with ORCID": its
//! authorize endpoint sends the browser straight back with a code, and its token endpoint
//! trades that code (with the right client credentials) for an iD and a name.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

pub const ORCID_CLIENT: &str = "APP-TESTCLIENT";
pub const ORCID_SECRET: &str = "test-client-secret";
/// The record the test server signs everyone in as.
pub const ORCID_ID: &str = "0000-0002-1825-0097";
pub const ORCID_NAME: &str = "Josiah Carberry";

#[derive(Clone)]
pub struct TestOrcid {
    pub url: String,
    /// Codes handed out and not yet traded.
    codes: Arc<Mutex<Vec<String>>>,
    issued: Arc<AtomicUsize>,
}

impl TestOrcid {
    pub async fn start() -> TestOrcid {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let server = TestOrcid {
            url,
            codes: Arc::new(Mutex::new(Vec::new())),
            issued: Arc::new(AtomicUsize::new(0)),
        };
        let state = server.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let state = state.clone();
                tokio::spawn(async move { state.answer(socket).await });
            }
        });
        server
    }

    async fn answer(&self, socket: tokio::net::TcpStream) {
        let mut reader = BufReader::new(socket);
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).await.unwrap_or(0) == 0 {
            return;
        }
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).await.unwrap();
            if line.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).await.unwrap();
        let target = request_line.split_whitespace().nth(1).unwrap_or("/");
        let url = url::Url::parse(&format!("http://orcid.test{target}")).unwrap();
        let response = match (request_line.split(' ').next(), url.path()) {
            (Some("GET"), "/oauth/authorize") => self.authorize(&pairs(url.query().unwrap_or(""))),
            (Some("POST"), "/oauth/token") => {
                self.token(&pairs(std::str::from_utf8(&body).unwrap()))
            }
            _ => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".to_owned(),
        };
        let socket = reader.get_mut();
        socket.write_all(response.as_bytes()).await.unwrap();
        socket.shutdown().await.ok();
    }

    fn authorize(&self, query: &HashMap<String, String>) -> String {
        assert_eq!(query["client_id"], ORCID_CLIENT);
        assert_eq!(query["scope"], "/authenticate");
        assert_eq!(query["response_type"], "code");
        let code = format!("code{}", self.issued.fetch_add(1, Ordering::Relaxed));
        self.codes.lock().unwrap().push(code.clone());
        let mut back = url::Url::parse(&query["redirect_uri"]).unwrap();
        back.query_pairs_mut()
            .append_pair("code", &code)
            .append_pair("state", &query["state"]);
        format!("HTTP/1.1 302 Found\r\nlocation: {back}\r\ncontent-length: 0\r\n\r\n")
    }

    fn token(&self, form: &HashMap<String, String>) -> String {
        let mut codes = self.codes.lock().unwrap();
        let known = codes.iter().position(|c| Some(c) == form.get("code"));
        let valid = form.get("client_id").map(String::as_str) == Some(ORCID_CLIENT)
            && form.get("client_secret").map(String::as_str) == Some(ORCID_SECRET)
            && form.get("grant_type").map(String::as_str) == Some("authorization_code");
        match known {
            Some(i) if valid => {
                codes.remove(i);
                let body = serde_json::json!({
                    "access_token": "token", "token_type": "bearer", "scope": "/authenticate",
                    "expires_in": 631138518, "name": ORCID_NAME, "orcid": ORCID_ID
                })
                .to_string();
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                )
            }
            _ => {
                let body = r#"{"error":"invalid_grant"}"#;
                format!(
                    "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                )
            }
        }
    }
}

fn pairs(query: &str) -> HashMap<String, String> {
    url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}
