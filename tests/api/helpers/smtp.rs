//! A mail server for the app to send to, and the mails it received.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A minimal SMTP server on loopback that keeps every message it accepts. While `refusing`,
/// it answers MAIL FROM with a transient 451, as a mail server in trouble does.
#[derive(Clone)]
pub struct TestSmtp {
    pub port: u16,
    messages: Arc<Mutex<Vec<Mail>>>,
    refusing: Arc<AtomicBool>,
    /// Connections are closed as soon as they open, as when the server is down.
    down: Arc<AtomicBool>,
    /// Milliseconds to hold the answer to a mail's data, as a slow server does.
    delay_ms: Arc<AtomicU64>,
    /// Mails beyond this many get no answer until it is raised; a mail whose sender hangs up
    /// meanwhile was never accepted, and is not kept.
    accept_at_most: Arc<AtomicUsize>,
    /// Mails waiting for an answer because of `accept_at_most`.
    held: Arc<AtomicUsize>,
}

#[derive(Clone, Debug)]
pub struct Mail {
    pub to: Vec<String>,
    pub raw: String,
}

impl Mail {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(self.raw.as_bytes())
            .expect("a parsable mail")
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .expect("a text part")
            .into_owned()
    }

    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .expect("an HTML part")
            .into_owned()
    }

    /// The path of the first link holding `marker` in the paragraph of the text part that
    /// names `letter`'s title (the `/my` mail has one paragraph per letter).
    pub fn link_for(&self, letter: &str, marker: &str) -> String {
        let text = self.text();
        let title = format!("A letter called {letter}");
        let start = text
            .find(&title)
            .unwrap_or_else(|| panic!("no {title} in:\n{text}"));
        let section = text[start..].split("\n\n").next().unwrap();
        let at = section
            .find(marker)
            .unwrap_or_else(|| panic!("no {marker} link for {letter} in:\n{text}"));
        section[at..].split_whitespace().next().unwrap().to_owned()
    }

    /// A header's value as sent, folded lines joined.
    pub fn header(&self, name: &str) -> Option<String> {
        self.parsed()
            .header_raw(name)
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The path of the first link in the text part that contains `marker`.
    pub fn link(&self, marker: &str) -> String {
        let text = self.text();
        let start = text
            .find(marker)
            .unwrap_or_else(|| panic!("no {marker} link in:\n{text}"));
        text[start..].split_whitespace().next().unwrap().to_owned()
    }
}

impl TestSmtp {
    pub async fn start(refusing: bool) -> TestSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let smtp = TestSmtp {
            port: listener.local_addr().unwrap().port(),
            messages: Arc::default(),
            refusing: Arc::new(AtomicBool::new(refusing)),
            down: Arc::default(),
            delay_ms: Arc::default(),
            accept_at_most: Arc::new(AtomicUsize::new(usize::MAX)),
            held: Arc::default(),
        };
        let server = smtp.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                if server.down.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let server = server.clone();
                tokio::spawn(async move { server.session(stream).await });
            }
        });
        smtp
    }

    pub fn set_refusing(&self, refusing: bool) {
        self.refusing.store(refusing, Ordering::SeqCst);
    }

    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    pub fn set_delay(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    pub fn accept_at_most(&self, n: usize) {
        self.accept_at_most.store(n, Ordering::SeqCst);
    }

    /// How many mails wait for an answer (see `accept_at_most`).
    pub fn held(&self) -> usize {
        self.held.load(Ordering::SeqCst)
    }

    pub fn received(&self) -> Vec<Mail> {
        self.messages.lock().unwrap().clone()
    }

    /// Waits until at least `n` mails have arrived, then returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Mail> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mails = self.received();
            if mails.len() >= n {
                return mails;
            }
            assert!(
                Instant::now() < deadline,
                "expected {n} mails, got {}",
                mails.len()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 localhost test SMTP\r\n").await?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 || self.down.load(Ordering::SeqCst) {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-localhost\r\n250 8BITMIME\r\n"
            } else if command.starts_with("MAIL FROM") {
                to.clear();
                if self.refusing.load(Ordering::SeqCst) {
                    b"451 4.3.0 Try again later\r\n"
                } else {
                    b"250 OK\r\n"
                }
            } else if command.starts_with("RCPT TO") {
                to.push(
                    line.trim_end()[8..]
                        .trim()
                        .trim_matches(['<', '>'])
                        .to_owned(),
                );
                b"250 OK\r\n"
            } else if command == "DATA" {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut raw = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let delay = self.delay_ms.load(Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(delay)).await;
                self.held.fetch_add(1, Ordering::SeqCst);
                let _release = Held(&self.held);
                loop {
                    let accepted = {
                        let mut messages = self.messages.lock().unwrap();
                        let room = messages.len() < self.accept_at_most.load(Ordering::SeqCst);
                        if room {
                            messages.push(Mail {
                                to: std::mem::take(&mut to),
                                raw: std::mem::take(&mut raw),
                            });
                        }
                        room
                    };
                    if accepted {
                        break;
                    }
                    line.clear();
                    tokio::select! {
                        read = lines.read_line(&mut line) => if read? == 0 {
                            return Ok(());
                        },
                        _ = tokio::time::sleep(Duration::from_millis(20)) => {}
                    }
                }
                b"250 OK queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            } else if command == "RSET" || command == "NOOP" {
                b"250 OK\r\n"
            } else {
                b"502 Not implemented\r\n"
            };
            write.write_all(reply).await?;
        }
    }
}

/// Counts a mail out of `held` however its wait ends.
struct Held<'a>(&'a AtomicUsize);

impl Drop for Held<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
