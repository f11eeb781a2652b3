//! `askel bench-bare FILE [ENCODING]`, for `make bench` only: answers every
//! request on `ASKEL_ADDR` with FILE's bytes from memory (sent with the
//! `Content-Encoding` given, as they were fetched), the plainest an axum
//! handler can be, so a page Askel renders can be measured beside the same
//! bytes served with no work at all.

use std::{error::Error, net::SocketAddr, path::Path};

use axum::{
    Router,
    body::Bytes,
    http::{
        HeaderMap, HeaderValue,
        header::{CONTENT_ENCODING, CONTENT_TYPE},
    },
};

/// Serves `file` until the process is stopped.
pub async fn serve_bytes(
    addr: SocketAddr,
    file: &Path,
    encoding: Option<&str>,
) -> Result<(), Box<dyn Error>> {
    let body = Bytes::from(std::fs::read(file)?);
    let mut headers = HeaderMap::new();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Some(encoding) = encoding {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_str(encoding)?);
    }
    let app = Router::new().fallback(move || {
        let answer = (headers.clone(), body.clone());
        async move { answer }
    });
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
