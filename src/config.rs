//! Settings: built-in defaults, then `undersigned.toml`, then the environment.

use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::domain::parse_duration;

#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub bind: String,
    /// Without a trailing slash.
    pub base_url: String,
    pub letters_dir: PathBuf,
    /// Holds the SQLite file by default, `secret.key` and, without SMTP, `mail/`.
    pub data_dir: PathBuf,
    pub smtp_url: Option<SecretString>,
    /// Checked to parse as a mailbox when loaded.
    pub mail_from: String,
    pub secret_key: Option<SecretString>,
    pub token_ttl: Duration,
    pub db_pool_size: u32,
    pub mail: MailSettings,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Per-client signing quota.
    pub sign_rate: crate::abuse::Rate,
    /// How long after a letter closes its signers' emails and network hashes are kept.
    pub retention: Duration,
    /// How often the retention sweep runs.
    pub retention_check: Duration,
    /// A sign form sent back sooner than this after it was served is a bot's.
    pub form_min_seconds: i64,
    /// Clients (after the trusted-proxy rule) that may read `/metrics`.
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// Whom signers contact about their data (the `/privacy` page).
    pub privacy_contact: Option<String>,
    /// The operator's own Markdown for the `/privacy` page.
    pub privacy_notice: Option<PathBuf>,
    /// Where the share card's fonts are (every font file under it is read).
    pub fonts_dir: PathBuf,
    /// "Sign in with ORCID", when the operator registered a client with ORCID.
    pub orcid: Option<OrcidSettings>,
    /// Stop gracefully on SIGTERM and SIGINT. Off where the service runs inside another
    /// program (tests, benchmarks), which keeps its own handling of those signals.
    pub stop_on_signals: bool,
}

/// An ORCID API client (https://info.orcid.org/documentation/integration-guide/).
#[derive(Debug, Clone)]
pub struct OrcidSettings {
    pub client_id: String,
    pub client_secret: SecretString,
    /// `https://orcid.org`, or the sandbox; without a trailing slash.
    pub url: String,
}

/// How the outbox worker paces itself; the defaults suit production, tests shorten them.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub poll_interval: Duration,
    pub retry_base: Duration,
    pub retry_max: Duration,
    pub daily_cap_per_address: i64,
    /// How long a worker holds the mails it claimed; a worker that died frees them after this.
    pub claim: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {0}")]
    Read(PathBuf, #[source] std::io::Error),
    #[error("{0} is not valid: {1}")]
    File(PathBuf, String),
    #[error("{key}: {message}")]
    Value { key: &'static str, message: String },
}

/// Every key, as it is spelt in `undersigned.toml`; the variable is `UNDERSIGNED_` + upper case
/// (except `DATABASE_URL`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    database_url: Option<String>,
    bind: Option<String>,
    base_url: Option<String>,
    letters_dir: Option<String>,
    data_dir: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    secret_key: Option<String>,
    token_ttl: Option<String>,
    db_pool_size: Option<String>,
    trusted_proxies: Option<String>,
    sign_rate: Option<String>,
    retention: Option<String>,
    mail_claim: Option<String>,
    metrics_allow: Option<String>,
    privacy_contact: Option<String>,
    privacy_notice: Option<String>,
    orcid_client_id: Option<String>,
    orcid_client_secret: Option<String>,
    orcid_url: Option<String>,
    fonts_dir: Option<String>,
}

impl Settings {
    pub fn defaults() -> Self {
        Settings {
            database_url: "sqlite://data/undersigned.db".into(),
            bind: "127.0.0.1:8080".into(),
            base_url: "http://127.0.0.1:8080".into(),
            letters_dir: "letters".into(),
            data_dir: "data".into(),
            smtp_url: None,
            mail_from: "Undersigned <noreply@localhost>".into(),
            secret_key: None,
            token_ttl: Duration::from_secs(7 * 24 * 3600),
            db_pool_size: 8,
            trusted_proxies: Vec::new(),
            sign_rate: crate::abuse::Rate {
                count: 30,
                period: Duration::from_secs(600),
            },
            retention: Duration::from_secs(90 * 86400),
            form_min_seconds: crate::abuse::TOO_FAST,
            retention_check: Duration::from_secs(3600),
            mail: MailSettings {
                poll_interval: Duration::from_secs(2),
                retry_base: Duration::from_secs(10),
                retry_max: Duration::from_secs(30 * 60),
                daily_cap_per_address: 5,
                claim: Duration::from_secs(120),
            },
            metrics_allow: crate::abuse::parse_networks("127.0.0.0/8, ::1/128").unwrap_or_default(),
            privacy_contact: None,
            privacy_notice: None,
            orcid: None,
            fonts_dir: "/usr/share/fonts".into(),
            stop_on_signals: true,
        }
    }

    /// Reads `UNDERSIGNED_CONFIG` (or `./undersigned.toml` if present) and the environment.
    pub fn load() -> Result<Self, ConfigError> {
        Self::load_from(|name| std::env::var(name).ok())
    }

    /// `load`, with the environment read through `var`.
    fn load_from(var: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let file = var("UNDERSIGNED_CONFIG").map(PathBuf::from);
        let default_file = Path::new("undersigned.toml");
        let raw = match file {
            Some(path) => read_file(&path)?,
            None if default_file.exists() => read_file(default_file)?,
            None => Raw::default(),
        };
        let env = |name: &str| var(name).filter(|v| !v.is_empty());
        let raw = Raw {
            database_url: env("DATABASE_URL").or(raw.database_url),
            bind: env("UNDERSIGNED_BIND").or(raw.bind),
            base_url: env("UNDERSIGNED_BASE_URL").or(raw.base_url),
            letters_dir: env("UNDERSIGNED_LETTERS_DIR").or(raw.letters_dir),
            data_dir: env("UNDERSIGNED_DATA_DIR").or(raw.data_dir),
            smtp_url: env("UNDERSIGNED_SMTP_URL").or(raw.smtp_url),
            mail_from: env("UNDERSIGNED_MAIL_FROM").or(raw.mail_from),
            secret_key: env("UNDERSIGNED_SECRET_KEY").or(raw.secret_key),
            token_ttl: env("UNDERSIGNED_TOKEN_TTL").or(raw.token_ttl),
            db_pool_size: env("UNDERSIGNED_DB_POOL_SIZE").or(raw.db_pool_size),
            trusted_proxies: env("UNDERSIGNED_TRUSTED_PROXIES").or(raw.trusted_proxies),
            sign_rate: env("UNDERSIGNED_SIGN_RATE").or(raw.sign_rate),
            retention: env("UNDERSIGNED_RETENTION").or(raw.retention),
            mail_claim: env("UNDERSIGNED_MAIL_CLAIM").or(raw.mail_claim),
            metrics_allow: env("UNDERSIGNED_METRICS_ALLOW").or(raw.metrics_allow),
            privacy_contact: env("UNDERSIGNED_PRIVACY_CONTACT").or(raw.privacy_contact),
            privacy_notice: env("UNDERSIGNED_PRIVACY_NOTICE").or(raw.privacy_notice),
            orcid_client_id: env("UNDERSIGNED_ORCID_CLIENT_ID").or(raw.orcid_client_id),
            orcid_client_secret: env("UNDERSIGNED_ORCID_CLIENT_SECRET").or(raw.orcid_client_secret),
            orcid_url: env("UNDERSIGNED_ORCID_URL").or(raw.orcid_url),
            fonts_dir: env("UNDERSIGNED_FONTS_DIR").or(raw.fonts_dir),
        };
        Self::defaults().apply(raw)
    }

    fn apply(mut self, raw: Raw) -> Result<Self, ConfigError> {
        let bad = |key: &'static str, message: &str| ConfigError::Value {
            key,
            message: message.to_owned(),
        };
        if let Some(v) = raw.database_url {
            crate::db::Target::parse(&v).map_err(|e| bad("database_url", &e.to_string()))?;
            self.database_url = v;
        }
        if let Some(v) = raw.bind {
            self.bind = v;
        }
        if let Some(v) = raw.base_url {
            let url = url::Url::parse(&v).map_err(|e| bad("base_url", &e.to_string()))?;
            if !matches!(url.scheme(), "http" | "https") {
                return Err(bad("base_url", "must be an http or https URL"));
            }
            self.base_url = v.trim_end_matches('/').to_owned();
        }
        if let Some(v) = raw.letters_dir {
            self.letters_dir = v.into();
        }
        if let Some(v) = raw.data_dir {
            self.data_dir = v.into();
        }
        self.smtp_url = raw.smtp_url.map(SecretString::from);
        if let Some(v) = raw.mail_from {
            v.parse::<lettre::message::Mailbox>().map_err(|_| {
                bad(
                    "mail_from",
                    "expected e.g. Undersigned <noreply@example.org>",
                )
            })?;
            self.mail_from = v;
        }
        if let Some(v) = raw.secret_key {
            if v.len() < 32 {
                return Err(bad("secret_key", "must be at least 32 characters"));
            }
            self.secret_key = Some(SecretString::from(v));
        }
        if let Some(v) = raw.token_ttl {
            self.token_ttl = parse_duration(&v)
                .ok_or_else(|| bad("token_ttl", "expected e.g. 7d, 48h or 30m"))?;
        }
        if let Some(v) = raw.db_pool_size {
            self.db_pool_size = v
                .parse()
                .ok()
                .filter(|n| (1..=256).contains(n))
                .ok_or_else(|| bad("db_pool_size", "expected a number from 1 to 256"))?;
        }
        if let Some(v) = raw.trusted_proxies {
            self.trusted_proxies =
                crate::abuse::parse_networks(&v).map_err(|e| bad("trusted_proxies", &e))?;
        }
        if let Some(v) = raw.sign_rate {
            self.sign_rate = crate::abuse::Rate::parse(&v)
                .ok_or_else(|| bad("sign_rate", "expected e.g. 30/10m"))?;
        }
        if let Some(v) = raw.retention {
            self.retention =
                parse_duration(&v).ok_or_else(|| bad("retention", "expected e.g. 90d"))?;
        }
        if let Some(v) = raw.mail_claim {
            self.mail.claim = parse_duration(&v)
                .filter(|d| d.as_secs() >= 1)
                .ok_or_else(|| bad("mail_claim", "expected e.g. 2m or 30s"))?;
        }
        if let Some(v) = raw.metrics_allow {
            self.metrics_allow =
                crate::abuse::parse_networks(&v).map_err(|e| bad("metrics_allow", &e))?;
        }
        self.privacy_contact = raw.privacy_contact.map(|v| v.trim().to_owned());
        self.privacy_notice = raw.privacy_notice.map(PathBuf::from);
        if let Some(v) = raw.fonts_dir {
            self.fonts_dir = v.into();
        }
        self.orcid = match (raw.orcid_client_id, raw.orcid_client_secret) {
            (Some(client_id), Some(secret)) => {
                let url = raw.orcid_url.unwrap_or_else(|| "https://orcid.org".into());
                let parsed = url::Url::parse(&url).map_err(|e| bad("orcid_url", &e.to_string()))?;
                if !matches!(parsed.scheme(), "http" | "https") {
                    return Err(bad("orcid_url", "must be an http or https URL"));
                }
                Some(OrcidSettings {
                    client_id,
                    client_secret: SecretString::from(secret),
                    url: url.trim_end_matches('/').to_owned(),
                })
            }
            (None, None) => None,
            _ => {
                return Err(bad(
                    "orcid_client_id",
                    "set both orcid_client_id and orcid_client_secret, or neither",
                ));
            }
        };
        Ok(self)
    }

    /// The key for cookies and keyed hashes: configured, or generated once into the data dir.
    pub fn resolve_secret_key(&self) -> std::io::Result<SecretString> {
        if let Some(key) = &self.secret_key {
            return Ok(key.clone());
        }
        let path = self.data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(key) if key.trim().len() >= 32 => {
                return Ok(SecretString::from(key.trim().to_owned()));
            }
            Ok(_) => {
                return Err(std::io::Error::other(format!(
                    "{} holds fewer than 32 characters",
                    path.display()
                )));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        std::fs::create_dir_all(&self.data_dir)?;
        let key = crate::domain::RawToken::generate();
        write_private(&path, key.expose())?;
        tracing::info!(path = %path.display(), "generated a new secret key");
        Ok(SecretString::from(key.expose().to_owned()))
    }

    pub fn smtp_url(&self) -> Option<&str> {
        self.smtp_url.as_ref().map(|s| s.expose_secret())
    }
}

fn read_file(path: &Path) -> Result<Raw, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read(path.to_owned(), e))?;
    toml::from_str(&text).map_err(|e| ConfigError::File(path.to_owned(), e.message().to_owned()))
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_wins_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("undersigned.toml");
        std::fs::write(&file, "bind = \"0.0.0.0:9000\"\ntoken_ttl = \"2d\"\n").unwrap();
        let vars = std::collections::HashMap::from([
            ("UNDERSIGNED_CONFIG", file.display().to_string()),
            ("UNDERSIGNED_BIND", "127.0.0.1:7000".to_owned()),
            ("UNDERSIGNED_TOKEN_TTL", String::new()),
            ("UNDERSIGNED_SIGN_RATE", "3/1h".to_owned()),
        ]);
        let s = Settings::load_from(|name| vars.get(name).cloned()).unwrap();
        assert_eq!(s.bind, "127.0.0.1:7000", "the environment wins");
        assert_eq!(
            s.token_ttl,
            Duration::from_secs(2 * 86400),
            "empty is unset"
        );
        assert_eq!(s.sign_rate.count, 3);
        assert_eq!(s.sign_rate.period, Duration::from_secs(3600));
        assert_eq!(s.retention, Settings::defaults().retention);
        let bad = Settings::load_from(|name| {
            (name == "UNDERSIGNED_SIGN_RATE").then(|| "lots".to_owned())
        });
        assert!(matches!(
            bad,
            Err(ConfigError::Value {
                key: "sign_rate",
                ..
            })
        ));
    }

    #[test]
    fn file_values_are_checked() {
        let raw: Raw = toml::from_str(
            "bind = \"0.0.0.0:9000\"\ntoken_ttl = \"2d\"\ntrusted_proxies = \"10.0.0.0/8\"\nsign_rate = \"5/1m\"",
        )
        .unwrap();
        let s = Settings::defaults().apply(raw).unwrap();
        assert_eq!(s.bind, "0.0.0.0:9000");
        assert_eq!(s.token_ttl, Duration::from_secs(2 * 86400));
        assert_eq!(s.trusted_proxies.len(), 1);
        assert_eq!(s.sign_rate.count, 5);
        let raw = Raw {
            sign_rate: Some("lots".into()),
            ..Raw::default()
        };
        assert!(Settings::defaults().apply(raw).is_err());
        assert!(toml::from_str::<Raw>("bnid = \"x\"").is_err());
        let raw = Raw {
            database_url: Some("mysql://x".into()),
            ..Raw::default()
        };
        assert!(Settings::defaults().apply(raw).is_err());
    }
}
