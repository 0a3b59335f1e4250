//! Undersigned: open letters that professionals and organisations sign, each signature
//! confirmed by mail, vetted by moderators, and published with its list.

pub mod abuse;
pub mod api;
pub mod app;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod duplicates;
pub mod evidence;
pub mod failure;
pub mod fonts;
pub mod i18n;
pub mod keys;
pub mod letters;
pub mod mail;
pub mod moderation;
pub mod press;
pub mod privacy;
pub mod self_service;
pub mod signing;
pub mod site;
pub mod startup;
pub mod telemetry;
pub mod updates;
pub mod web;
