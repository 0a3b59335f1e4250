//! The command line of the `undersigned` binary.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::Settings;
use crate::startup::{self, Application};

#[derive(Debug, Parser)]
#[command(
    name = "undersigned",
    version,
    about = "Open letters, signed and vetted"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate, load the letters, and serve (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage letters.
    #[command(subcommand)]
    Letter(LetterCommand),
}

#[derive(Debug, Subcommand)]
enum LetterCommand {
    /// Create or update one letter from its directory (letter.toml, letter.md, press.md).
    Load { dir: PathBuf },
}

impl Cli {
    pub async fn run(self) -> anyhow::Result<()> {
        let settings = Settings::load()?;
        match self.command.unwrap_or(Command::Serve) {
            Command::Serve => {
                Application::build(settings)
                    .await?
                    .run_until_stopped()
                    .await
            }
            Command::Migrate => {
                blocking(move || startup::migrate(&settings)).await?;
                println!("migrations applied");
                Ok(())
            }
            Command::Letter(LetterCommand::Load { dir }) => {
                let slug = blocking(move || startup::load_letter(&settings, &dir)).await?;
                println!("letter {slug} loaded");
                Ok(())
            }
        }
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(f).await?
}
