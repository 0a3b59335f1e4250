#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Black-box tests: each starts the application on a free port with its own database (a SQLite
//! file, or a PostgreSQL database when TEST_DATABASE_URL names a server) and its own SMTP
//! server on loopback, and drives it over HTTP.

mod abuse;
mod api;
mod browser;
mod cli;
mod concurrency;
mod corpus;
mod duplicates;
mod evidence;
mod exports;
mod helpers;
mod hostile;
mod kept;
mod languages;
mod listing;
mod login;
mod mail;
mod moderation;
mod news;
mod news_sending;
mod observability;
mod press;
mod process;
mod queue;
mod resilience;
mod retention;
mod schema;
mod self_service;
mod signing;
mod states;
mod tokens;
mod updates;
mod versions;
mod writer;
