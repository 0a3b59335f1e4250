//! A mail server on loopback that accepts every message and counts them, so that the signing
//! benchmark's mails go out over SMTP as in production.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    delivered: Arc<AtomicU64>,
}

impl Sink {
    pub async fn start() -> anyhow::Result<Sink> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let sink = Sink {
            port: listener.local_addr()?.port(),
            delivered: Arc::default(),
        };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let server = server.clone();
                tokio::spawn(async move { server.session(stream).await });
            }
        });
        Ok(sink)
    }

    /// Messages accepted so far.
    pub fn delivered(&self) -> u64 {
        self.delivered.load(Ordering::Relaxed)
    }

    /// Waits until `count` messages in all have been accepted, at most `patience`.
    pub async fn reached(&self, count: u64, patience: Duration) -> anyhow::Result<()> {
        let start = Instant::now();
        while self.delivered() < count {
            anyhow::ensure!(
                start.elapsed() < patience,
                "{} of {count} mails delivered",
                self.delivered()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(())
    }

    async fn session(&self, stream: TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 localhost bench SMTP\r\n").await?;
        // Between DATA and the lone dot, lines are the message's: skipped, not kept.
        let (mut line, mut in_message) = (Vec::new(), false);
        loop {
            line.clear();
            if lines.read_until(b'\n', &mut line).await? == 0 {
                return Ok(());
            }
            if in_message {
                // The message's lines are only looked at for its end.
                if line != b".\r\n" {
                    continue;
                }
                in_message = false;
                self.delivered.fetch_add(1, Ordering::Relaxed);
                write.write_all(b"250 OK queued\r\n").await?;
                continue;
            }
            let reply: &[u8] = match line.to_ascii_uppercase().as_slice() {
                b"DATA\r\n" => {
                    in_message = true;
                    b"354 go ahead\r\n"
                }
                b"QUIT\r\n" => {
                    write.write_all(b"221 Bye\r\n").await?;
                    return Ok(());
                }
                command if command.starts_with(b"EHLO") || command.starts_with(b"HELO") => {
                    b"250-localhost\r\n250 8BITMIME\r\n"
                }
                _ => b"250 OK\r\n",
            };
            write.write_all(reply).await?;
        }
    }
}
