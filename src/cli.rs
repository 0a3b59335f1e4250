//! The command line of the `undersigned` binary.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use diesel::OptionalExtension;

use secrecy::SecretString;

use crate::config::Settings;
use crate::db::models::{Letter, LetterStatus, Role, SignatureKind};
use crate::domain::Slug;
use crate::moderation::{self, Actor, import};
use crate::press::{Format, export};
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
    /// Manage moderators.
    #[command(subcommand)]
    Moderator(ModeratorCommand),
    /// Mail a letter's updates.
    #[command(subcommand)]
    Update(UpdateCommand),
    /// Import existing signatories from a CSV file (columns name,title[,organisation,email]).
    Import {
        slug: String,
        file: PathBuf,
        #[arg(long, value_enum, default_value = "individual")]
        kind: KindArg,
    },
    /// Ask the server running with these settings whether it is healthy (`GET /healthz` on
    /// its bind address); exit 0 if it answers 200. For container health checks.
    Health,
    /// Write the public signatory list, as the downloads give it.
    Export {
        slug: String,
        #[arg(long, value_enum)]
        format: FormatArg,
        /// The file to write; standard output when absent.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Csv,
    Json,
    Xlsx,
    Pdf,
}

#[derive(Debug, Subcommand)]
enum ModeratorCommand {
    /// Create a moderator; the password comes from UNDERSIGNED_PASSWORD or a prompt.
    Add {
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
    },
}

#[derive(Debug, Subcommand)]
enum UpdateCommand {
    /// Send the update letters/SLUG/updates/NAME.md to the confirmed signers who asked for
    /// news (once; at most two updates a month). A running service delivers the mails.
    Send { slug: String, name: String },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    Admin,
    Moderator,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum KindArg {
    Individual,
    Organisation,
}

#[derive(Debug, Subcommand)]
enum LetterCommand {
    /// Create or update one letter from its directory (letter.toml, letter.md, press.md).
    Load { dir: PathBuf },
    /// Close a letter: signing stops, withdrawal stays possible, the retention clock starts
    /// (sets `status = "closed"` in its letter.toml and loads it).
    Close { slug: String },
    /// Open a closed letter again (sets `status = "open"` and loads it).
    Reopen { slug: String },
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
            Command::Health => blocking(move || health(&settings.bind)).await,
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
            Command::Letter(LetterCommand::Close { slug }) => {
                let letter = parse_slug(&slug)?;
                blocking(move || {
                    startup::set_letter_status(&settings, &letter, LetterStatus::Closed)
                })
                .await?;
                println!("letter {slug} closed");
                Ok(())
            }
            Command::Letter(LetterCommand::Reopen { slug }) => {
                let letter = parse_slug(&slug)?;
                blocking(move || {
                    startup::set_letter_status(&settings, &letter, LetterStatus::Open)
                })
                .await?;
                println!("letter {slug} reopened");
                Ok(())
            }
            Command::Update(UpdateCommand::Send { slug, name }) => {
                let letter = parse_slug(&slug)?;
                let shown = name.clone();
                let queued =
                    blocking(move || startup::send_update(&settings, &letter, &name)).await?;
                let signers = if queued == 1 { "signer" } else { "signers" };
                println!(
                    "update {shown} queued for {queued} {signers}; the running service delivers it"
                );
                Ok(())
            }
            Command::Moderator(ModeratorCommand::Add { email, role }) => {
                let password = read_password()?;
                let role = match role {
                    RoleArg::Admin => Role::Admin,
                    RoleArg::Moderator => Role::Moderator,
                };
                blocking(move || {
                    let mut conn = startup::command_connection(&settings)?;
                    let actor = Actor {
                        id: None,
                        name: "command line".to_owned(),
                    };
                    moderation::add_moderator(&mut conn, &actor, &email, role, password)?;
                    println!("{role} {email} added");
                    Ok(())
                })
                .await
            }
            Command::Export {
                slug,
                format,
                output,
            } => {
                let slug = parse_slug(&slug)?;
                let format = match format {
                    FormatArg::Csv => Format::Csv,
                    FormatArg::Json => Format::Json,
                    FormatArg::Xlsx => Format::Xlsx,
                    FormatArg::Pdf => Format::Pdf,
                };
                blocking(move || {
                    let pool = crate::db::connect(&settings.database_url, 2)?;
                    crate::db::run_migrations(&mut *pool.get()?)?;
                    let letter = Letter::find_public(&mut *pool.get()?, &slug)
                        .optional()?
                        .ok_or_else(|| anyhow::anyhow!("no published letter {slug}"))?;
                    let fonts = crate::fonts::Fonts::new(&settings.fonts_dir);
                    let source = export::Source {
                        base_url: &settings.base_url,
                        fonts: &fonts,
                        lang: crate::i18n::Lang::En,
                    };
                    match output {
                        Some(path) => {
                            let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
                            export::write(&pool, &letter, format, &source, file)?;
                            eprintln!("wrote {}", path.display());
                        }
                        None => export::write(&pool, &letter, format, &source, std::io::stdout())?,
                    }
                    Ok(())
                })
                .await
            }
            Command::Import { slug, file, kind } => {
                let slug = Slug::parse(&slug)
                    .ok_or_else(|| anyhow::anyhow!("{slug} is not a letter's slug"))?;
                let kind = match kind {
                    KindArg::Individual => SignatureKind::Individual,
                    KindArg::Organisation => SignatureKind::Organisation,
                };
                let report = blocking(move || {
                    let mut conn = startup::command_connection(&settings)?;
                    let bar = indicatif::ProgressBar::new(0);
                    let report = import::import(&mut conn, &slug, &file, kind, |done, total| {
                        bar.set_length(total);
                        bar.set_position(done);
                    });
                    bar.finish_and_clear();
                    Ok(report?)
                })
                .await?;
                println!(
                    "imported {}, skipped {} already imported, {} probable duplicates flagged for review",
                    report.imported, report.skipped, report.duplicates
                );
                Ok(())
            }
        }
    }
}

/// `GET /healthz` on the bind address (a wildcard address means this machine).
fn health(bind: &str) -> anyhow::Result<()> {
    use std::io::{Read, Write};
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
    use std::time::Duration;

    let mut address: SocketAddr = bind
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| anyhow::anyhow!("{bind} names no address"))?;
    if address.ip().is_unspecified() {
        address.set_ip(match address.ip() {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
        });
    }
    let timeout = Duration::from_secs(3);
    let mut stream = std::net::TcpStream::connect_timeout(&address, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head)?;
    anyhow::ensure!(
        head.starts_with(b"HTTP/1.") && head.ends_with(b" 200"),
        "unhealthy: {}",
        String::from_utf8_lossy(&head)
    );
    println!("healthy");
    Ok(())
}

fn parse_slug(slug: &str) -> anyhow::Result<Slug> {
    Slug::parse(slug).ok_or_else(|| anyhow::anyhow!("{slug} is not a letter's slug"))
}

/// UNDERSIGNED_PASSWORD, or a prompt that does not echo.
fn read_password() -> anyhow::Result<SecretString> {
    if let Ok(password) = std::env::var("UNDERSIGNED_PASSWORD") {
        return Ok(SecretString::from(password));
    }
    let password = rpassword::prompt_password("Password (12 characters or more): ")
        .map_err(|e| anyhow::anyhow!("cannot read a password ({e}); set UNDERSIGNED_PASSWORD"))?;
    Ok(SecretString::from(password))
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(f).await?
}
