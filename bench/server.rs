//! The real `undersigned` binary in a process of its own, as an operator runs it, and what
//! `/proc` says of it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::Context;

pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    /// Starts the binary in `dir` (its `letters/` are read from there) on `url`, with `env`
    /// added, and waits until it listens.
    pub fn start(url: &str, dir: &Path, env: &[(&str, String)]) -> anyhow::Result<Server> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_undersigned"))
            .current_dir(dir)
            .env("DATABASE_URL", url)
            .env("UNDERSIGNED_BIND", "127.0.0.1:0")
            .env("RUST_LOG", "info")
            // As deployed: with RUST_BACKTRACE set, the first error logged resolves a backtrace
            // from the binary's line tables, and the server keeps about 200 MB more from then on
            // (`bench/README.md`, downloads).
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stderr(Stdio::piped())
            .spawn()?;
        let stderr = child.stderr.take().context("server stderr")?;
        let mut lines = BufReader::new(stderr).lines();
        let port = loop {
            let line = lines
                .next()
                .context("the server stopped before listening")??;
            if let Some(port) = line.split("port=").nth(1) {
                break port.trim().parse()?;
            }
        };
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Ok(Server { child, port })
    }

    /// A memory figure of the server process (`VmRSS`, `VmHWM`), in KiB.
    pub fn memory(&self, field: &str) -> anyhow::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let line = status
            .lines()
            .find(|l| l.starts_with(field))
            .context("no such field")?;
        Ok(line
            .split_whitespace()
            .nth(1)
            .context("no value")?
            .parse()?)
    }
}

impl Server {
    /// CPU time the server process has used so far, in clock ticks (see `ticks`).
    pub fn cpu(&self) -> anyhow::Result<u64> {
        ticks(self.child.id())
    }
}

/// User and system CPU time of process `pid` so far, all its threads, in clock ticks
/// (`/proc/<pid>/stat`, the unit `/proc/stat` counts in too: a hundredth of a second).
pub fn ticks(pid: u32) -> anyhow::Result<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // After the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .context("no command name")?
        .1
        .split_whitespace()
        .collect();
    let field =
        |n: usize| -> anyhow::Result<u64> { Ok(fields.get(n - 3).context("short stat")?.parse()?) };
    Ok(field(14)? + field(15)?)
}

impl Drop for Server {
    fn drop(&mut self) {
        // Killed, not stopped: the benchmark's data is thrown away.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
