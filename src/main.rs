use clap::Parser;
use undersigned::cli::Cli;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    undersigned::telemetry::init();
    Cli::parse().run().await
}
