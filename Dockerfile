# syntax=docker/dockerfile:1
# Build: docker build -t undersigned .
# Run:   docker run -p 8080:8080 -v undersigned-data:/data undersigned
# Everything the server needs (migrations, templates, stylesheet) is compiled into the binary.

FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
# The dependency graph first, so that a change to the code does not rebuild every crate.
COPY Cargo.toml Cargo.lock ./
# How SQLite is built (see the file).
COPY .cargo ./.cargo
RUN mkdir -p src bench \
    && echo "fn main() {}" > src/main.rs \
    && touch src/lib.rs bench/signing.rs bench/downloads.rs bench/scale.rs bench/load.rs \
    && cargo build --release --locked --bin undersigned \
    && rm -rf src bench
COPY src ./src
COPY bench ./bench
COPY migrations ./migrations
COPY templates ./templates
COPY locales ./locales
COPY static ./static
COPY assets ./assets
# Touch so that cargo sees the sources as newer than the placeholder build above.
RUN touch src/main.rs src/lib.rs \
    && cargo build --release --locked --bin undersigned \
    && cp target/release/undersigned /undersigned

FROM debian:bookworm-slim
# ca-certificates: SMTP over TLS checks the mail server's certificate. The Noto fonts: the share
# card and the PDF set names in every script with them.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 undersigned \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data --shell /usr/sbin/nologin undersigned \
    && mkdir -p /data /letters \
    && chown undersigned:undersigned /data
COPY --from=build /undersigned /usr/local/bin/undersigned
# The example letter, so that the image runs as it is; mount your letters over /letters.
COPY letters /letters
ENV DATABASE_URL=sqlite:///data/undersigned.db \
    UNDERSIGNED_BIND=0.0.0.0:8080 \
    UNDERSIGNED_DATA_DIR=/data \
    UNDERSIGNED_LETTERS_DIR=/letters
WORKDIR /data
VOLUME ["/data"]
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["undersigned", "health"]
# SIGTERM (docker stop) finishes the requests in flight and the mails being sent.
STOPSIGNAL SIGTERM
ENTRYPOINT ["undersigned"]
CMD ["serve"]
