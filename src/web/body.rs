use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

/// Why a request body was refused before it reached a handler's logic.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error("body too large")]
    TooLarge,
    #[error("wrong content type")]
    ContentType,
    #[error("body not valid UTF-8")]
    Encoding,
    #[error("malformed body: {0}")]
    Malformed(String),
    #[error("body not received")]
    Incomplete,
}

impl BodyError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            BodyError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            BodyError::ContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            BodyError::Encoding | BodyError::Malformed(_) | BodyError::Incomplete => {
                StatusCode::BAD_REQUEST
            }
        }
    }

    /// What went wrong, in `lang` (`locales/*/site.ftl`); the API says it in English.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        lang.t(match self {
            BodyError::TooLarge => "body-too-large",
            BodyError::ContentType => "body-content-type",
            BodyError::Encoding => "body-encoding",
            BodyError::Malformed(_) => "body-malformed",
            BodyError::Incomplete => "body-incomplete",
        })
    }
}

const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Reads at most `limit` bytes of a body whose content type is `expected`.
pub async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    expected: &str,
    limit: usize,
) -> Result<web::BytesMut, BodyError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    if !essence.eq_ignore_ascii_case(expected) {
        return Err(BodyError::ContentType);
    }
    let read = async {
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| BodyError::Incomplete)?;
            if body.len() + chunk.len() > limit {
                return Err(BodyError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    };
    // A client that trickles its body cannot hold the worker.
    tokio::time::timeout(BODY_TIMEOUT, read)
        .await
        .map_err(|_| BodyError::Incomplete)?
}

/// Refuses a form body holding any value that is not valid UTF-8 once percent-decoded (the
/// usual decoders replace such bytes silently).
fn check_utf8(body: &[u8]) -> Result<(), BodyError> {
    for pair in body.split(|b| *b == b'&') {
        let plus_as_space: Vec<u8> = pair
            .iter()
            .map(|b| if *b == b'+' { b' ' } else { *b })
            .collect();
        let decoded: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
        std::str::from_utf8(&decoded).map_err(|_| BodyError::Encoding)?;
    }
    Ok(())
}

/// Reads a form body of at most `limit` bytes and decodes it into a struct.
pub async fn read_form<T: serde::de::DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<T, BodyError> {
    let body = read_body(req, payload, "application/x-www-form-urlencoded", limit).await?;
    parse_form(&body)
}

/// Decodes `application/x-www-form-urlencoded` into a struct.
pub fn parse_form<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, BodyError> {
    check_utf8(body)?;
    serde_urlencoded::from_bytes(body).map_err(|e| BodyError::Malformed(e.to_string()))
}

/// A decoded form whose keys may repeat (`ids=1&ids=2`).
pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &[u8]) -> Result<Fields, BodyError> {
        check_utf8(body)?;
        Ok(Fields(
            url::form_urlencoded::parse(body).into_owned().collect(),
        ))
    }

    /// The first value of `key`, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}
