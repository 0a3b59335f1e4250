//! The real binary as a child process, for what only a process can show: SIGKILL, SIGTERM,
//! what reaches its log.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Server {
    child: Child,
    pub address: String,
    logs: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `undersigned serve` in `dir` (letters in `dir/letters`), on a free port, logging JSON.
    pub fn start(dir: &Path, database_url: &str, smtp_port: u16) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_undersigned"))
            .arg("serve")
            .current_dir(dir)
            .env("DATABASE_URL", database_url)
            .env("UNDERSIGNED_BIND", "127.0.0.1:0")
            .env("UNDERSIGNED_LETTERS_DIR", dir.join("letters"))
            .env("UNDERSIGNED_DATA_DIR", dir.join("data"))
            .env(
                "UNDERSIGNED_SMTP_URL",
                format!("smtp://127.0.0.1:{smtp_port}"),
            )
            .env(
                "UNDERSIGNED_SECRET_KEY",
                "process-test-secret-key-long-enough-0123",
            )
            .env("UNDERSIGNED_SIGN_RATE", "100000/1m")
            .env("UNDERSIGNED_MAIL_CLAIM", "4s")
            .env("UNDERSIGNED_LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stderr = child.stderr.take().unwrap();
        let logs: Arc<Mutex<Vec<String>>> = Arc::default();
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let kept = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(json) = serde_json::from_str::<serde_json::Value>(&line)
                    && json["fields"]["message"] == "listening"
                    && let Some(port) = json["fields"]["port"].as_u64()
                {
                    let _ = port_tx.send(port);
                }
                kept.lock().unwrap().push(line);
            }
        });
        let port = port_rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("the server did not start: {:?}", logs.lock().unwrap()));
        Server {
            child,
            address: format!("http://127.0.0.1:{port}"),
            logs,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// SIGKILL: no chance to finish anything.
    pub fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM: the graceful stop.
    pub fn terminate(&self) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The most memory the process has held resident so far (VmHWM), in MiB.
    pub fn peak_resident_mib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kib: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().strip_suffix("kB"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        kib / 1024
    }

    /// Every line logged so far.
    pub fn logs(&self) -> Vec<String> {
        self.logs.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
