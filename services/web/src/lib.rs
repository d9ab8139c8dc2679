//! The meeting-room web app, served by `samraad serve` at `/`.
//!
//! Its source is in `services/web/app/` (TypeScript, Preact); `npm run build` there writes
//! `services/web/dist/`, which is committed and built into the binary here, so running
//! Samraad needs neither Node.js nor the internet (`.ci/run` rebuilds it and fails when the
//! embedded copy differs from its source).
//!
//! Every page carries a strict Content-Security-Policy: scripts, styles and connections of
//! this origin only, no inline script, no framing.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The app's Content-Security-Policy. Same-origin `connect-src` covers the GraphQL
/// WebSocket (`ws:`/`wss:` of this host).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
    base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const INDEX: &[u8] = include_bytes!("../dist/index.html");

/// The built assets by file name: (content type, bytes).
fn asset(name: &str) -> Option<(&'static str, &'static [u8])> {
    Some(match name {
        "app.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("../dist/assets/app.js"),
        ),
        "app.css" => (
            "text/css; charset=utf-8",
            include_bytes!("../dist/assets/app.css"),
        ),
        "favicon.svg" => ("image/svg+xml", include_bytes!("../dist/favicon.svg")),
        _ => return None,
    })
}

/// The app's routes: its pages (each the same document; the app routes in the browser) and
/// its assets.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(page))
        .route("/signin", get(page))
        .route("/auth/callback", get(page))
        .route("/partnerships/{id}", get(page))
        .route("/cases/{reference}", get(page))
        .route("/meetings/{id}", get(page))
        .route("/meetings/{id}/{view}", get(page))
        .route("/assets/{name}", get(serve_asset))
        .route(
            "/favicon.svg",
            get(|| serve_asset(Path("favicon.svg".into()))),
        )
}

fn secured(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Links may carry `?token=`: never send the address to another site.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

async fn page() -> Response {
    secured(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], INDEX).into_response())
}

async fn serve_asset(Path(name): Path<String>) -> Response {
    match asset(&name) {
        Some((content_type, bytes)) => {
            secured(([(header::CONTENT_TYPE, content_type)], bytes).into_response())
        }
        None => secured((StatusCode::NOT_FOUND, "Ikke fundet").into_response()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt as _;

    async fn get(path: &str) -> Response {
        router::<()>()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn pages_and_assets_carry_the_policy() {
        for path in [
            "/",
            "/meetings/x",
            "/partnerships/y",
            "/cases/EMN-2026-01234",
            "/auth/callback",
            "/assets/app.js",
        ] {
            let response = get(path).await;
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert_eq!(response.headers()[header::CONTENT_SECURITY_POLICY], CSP);
            assert_eq!(response.headers()[header::REFERRER_POLICY], "no-referrer");
        }
        assert_eq!(get("/assets/nope.js").await.status(), StatusCode::NOT_FOUND);
    }

    #[test]
    fn the_page_loads_only_its_own_assets() {
        let index = std::str::from_utf8(INDEX).unwrap();
        assert!(index.contains("/assets/app.js") && index.contains("/assets/app.css"));
        assert!(
            !index.contains("http://") && !index.contains("https://"),
            "{index}"
        );
        assert!(!index.contains("<script>"), "no inline script: {index}");
    }
}
