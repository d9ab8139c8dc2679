//! The GraphiQL page served on `GET /graphql` to browsers, with its assets built into the
//! binary (`services/api/assets/graphiql/`): no CDN, so it works on an offline intranet.
//!
//! Open `/graphql?token=<JWT>`: the page sends the token as `Authorization: Bearer …` on
//! queries and mutations and in the WebSocket `connection_init` payload for subscriptions
//! (it remembers the token in the browser's local storage; `?token=` empty forgets it).
//! Without a token you are the anonymous public.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The HTML of the GraphiQL page: only same-origin scripts and styles, no inline script.
pub const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="robots" content="noindex">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Samraad GraphiQL</title>
    <link rel="stylesheet" href="/graphql/assets/graphiql.min.css">
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <script src="/graphql/assets/react.production.min.js"></script>
    <script src="/graphql/assets/react-dom.production.min.js"></script>
    <script src="/graphql/assets/graphiql.min.js"></script>
    <script src="/graphql/assets/graphiql-init.js"></script>
  </body>
</html>
"#;

/// The page's Content-Security-Policy: everything from this origin (the bundled CSS embeds
/// its fonts and icons as `data:` URIs).
pub const CSP: &str = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; \
    object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// The assets by file name: (content type, bytes).
fn asset(name: &str) -> Option<(&'static str, &'static [u8])> {
    let js = "text/javascript; charset=utf-8";
    Some(match name {
        "react.production.min.js" => (
            js,
            include_bytes!("../assets/graphiql/react.production.min.js"),
        ),
        "react-dom.production.min.js" => (
            js,
            include_bytes!("../assets/graphiql/react-dom.production.min.js"),
        ),
        "graphiql.min.js" => (js, include_bytes!("../assets/graphiql/graphiql.min.js")),
        "graphiql-init.js" => (js, include_bytes!("../assets/graphiql/graphiql-init.js")),
        "graphiql.min.css" => (
            "text/css; charset=utf-8",
            include_bytes!("../assets/graphiql/graphiql.min.css"),
        ),
        _ => return None,
    })
}

/// The GraphiQL page with its Content-Security-Policy.
pub fn page() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
        ],
        PAGE,
    )
        .into_response()
}

/// `GET /graphql/assets/{name}`: one of the bundled assets, cached by browsers for a day.
pub async fn serve_asset(Path(name): Path<String>) -> Response {
    match asset(&name) {
        Some((content_type, bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            );
            response
        }
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}
