//! GraphQL over HTTP (the GraphQL-over-HTTP specification, checked by the `graphql-http`
//! audit in the test suite): which media type to answer in, GET requests, request errors.
//!
//! - The answer is `application/graphql-response+json` when the client accepts it at least as
//!   much as `application/json`, else `application/json` (also without an `Accept` header).
//! - A *request error* (the document does not parse or validate: nothing was executed) has
//!   no `data`; with `application/graphql-response+json` it is HTTP 400, with
//!   `application/json` 200 (as legacy clients expect).
//! - `GET /graphql?query=…&variables=…` runs queries; a mutation over GET is 405. GraphiQL is
//!   served when a browser asks for HTML.

use async_graphql::parser::types::{DocumentOperations, OperationType};
use async_graphql::{BatchResponse, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The media type of the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    /// `application/graphql-response+json`.
    GraphQLResponse,
    /// `application/json`.
    Json,
}

impl Media {
    fn content_type(self) -> &'static str {
        match self {
            Media::GraphQLResponse => "application/graphql-response+json; charset=utf-8",
            Media::Json => "application/json; charset=utf-8",
        }
    }
}

/// How much the client accepts each kind of answer (q-values of its `Accept` header).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Accepts {
    graphql_response: f32,
    json: f32,
    html: f32,
}

impl Accepts {
    /// Reads the `Accept` header (none: JSON).
    pub fn of(headers: &HeaderMap) -> Self {
        let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
            return Self {
                json: 1.0,
                ..Self::default()
            };
        };
        let mut accepts = Self::default();
        let mut wildcard: f32 = 0.0;
        for item in accept.split(',') {
            let mut parts = item.split(';');
            let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            match media.as_str() {
                "application/graphql-response+json" => {
                    accepts.graphql_response = accepts.graphql_response.max(q)
                }
                "application/json" => accepts.json = accepts.json.max(q),
                "text/html" => accepts.html = accepts.html.max(q),
                "*/*" | "application/*" => wildcard = wildcard.max(q),
                _ => {}
            }
        }
        if accepts.json == 0.0 {
            accepts.json = wildcard;
        }
        accepts
    }

    /// The media type to answer in.
    pub fn media(self) -> Media {
        if self.graphql_response > 0.0 && self.graphql_response >= self.json {
            Media::GraphQLResponse
        } else {
            Media::Json
        }
    }

    /// Whether a browser asks for a page rather than for JSON.
    pub fn wants_html(self) -> bool {
        self.html > 0.0 && self.html > self.graphql_response.max(self.json)
    }
}

/// True if the answer is a request error: nothing executed (parse, validation or limit
/// errors carry no path; errors raised while executing always do).
fn is_request_error(response: &async_graphql::Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// Writes a GraphQL answer in `media`: request errors without `data` (HTTP 400 for a single
/// `application/graphql-response+json` answer).
pub fn respond(media: Media, response: BatchResponse) -> Response {
    let mut status = StatusCode::OK;
    let body = match &response {
        BatchResponse::Single(r) => {
            if is_request_error(r) && media == Media::GraphQLResponse {
                status = StatusCode::BAD_REQUEST;
            }
            without_data_on_request_error(r)
        }
        BatchResponse::Batch(rs) => {
            serde_json::Value::Array(rs.iter().map(without_data_on_request_error).collect())
        }
    };
    let mut http = (status, body.to_string()).into_response();
    http.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(media.content_type()),
    );
    for (name, value) in response.http_headers_iter() {
        http.headers_mut().append(name, value);
    }
    http
}

fn without_data_on_request_error(response: &async_graphql::Response) -> serde_json::Value {
    let mut value = serde_json::to_value(response).unwrap_or(serde_json::Value::Null);
    if is_request_error(response)
        && let Some(object) = value.as_object_mut()
    {
        object.remove("data");
    }
    value
}

/// The parameters of `GET /graphql`.
#[derive(Debug, Default, Deserialize)]
pub struct GetParams {
    /// The document.
    pub query: Option<String>,
    /// The operation to run.
    #[serde(rename = "operationName")]
    pub operation_name: Option<String>,
    /// Variables as URL-encoded JSON.
    pub variables: Option<String>,
    /// Extensions as URL-encoded JSON.
    pub extensions: Option<String>,
}

/// Why a GET request is not run.
#[derive(Debug)]
pub enum GetRefusal {
    /// Malformed parameters (400).
    Invalid(String),
    /// A mutation over GET (405).
    Mutation,
}

/// The request a GET asks for; mutations are refused (GET must be safe).
pub fn get_request(params: GetParams, query: String) -> Result<Request, GetRefusal> {
    let mut request = Request::new(query);
    request.operation_name = params.operation_name;
    if let Some(variables) = params.variables.filter(|v| !v.is_empty()) {
        request.variables = serde_json::from_str(&variables)
            .map_err(|e| GetRefusal::Invalid(format!("`variables` is not a JSON object: {e}")))?;
    }
    if let Some(extensions) = params.extensions.filter(|v| !v.is_empty()) {
        request.extensions = serde_json::from_str(&extensions)
            .map_err(|e| GetRefusal::Invalid(format!("`extensions` is not a JSON object: {e}")))?;
    }
    if let Ok(document) = async_graphql::parser::parse_query(&request.query) {
        let kind = match &document.operations {
            DocumentOperations::Single(op) => Some(op.node.ty),
            DocumentOperations::Multiple(ops) => match request.operation_name.as_deref() {
                Some(name) => ops.get(name).map(|op| op.node.ty),
                None if ops.len() == 1 => ops.values().next().map(|op| op.node.ty),
                None => None,
            },
        };
        if kind == Some(OperationType::Mutation) {
            return Err(GetRefusal::Mutation);
        }
    }
    Ok(request)
}

/// Checks a POST body before it is decoded as a GraphQL request: a JSON object (or array of
/// them) whose `query` is a string.
pub fn check_post(body: &serde_json::Value) -> Result<(), String> {
    let has_query = |v: &serde_json::Value| v.get("query").is_some_and(|q| q.is_string());
    let ok = match body {
        serde_json::Value::Array(items) => items.iter().all(has_query),
        other => has_query(other),
    };
    if ok {
        Ok(())
    } else {
        Err("the body is not a GraphQL request: `query` (a string) is missing".into())
    }
}

/// Whether a POST's `Content-Type` is JSON (UTF-8). Without one the body cannot be read.
pub fn is_json(headers: &HeaderMap) -> bool {
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mut parts = content_type.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset_ok = parts
        .filter_map(|p| {
            p.trim()
                .to_ascii_lowercase()
                .strip_prefix("charset=")
                .map(str::to_string)
        })
        .all(|c| c.trim_matches('"') == "utf-8");
    (media == "application/json" || media == "application/graphql-response+json") && charset_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> Accepts {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_str(value).unwrap_or(HeaderValue::from_static("")),
        );
        Accepts::of(&headers)
    }

    #[test]
    fn the_media_type_follows_accept() {
        assert_eq!(Accepts::of(&HeaderMap::new()).media(), Media::Json);
        assert_eq!(accept("application/json").media(), Media::Json);
        assert_eq!(accept("*/*").media(), Media::Json);
        assert_eq!(
            accept("application/graphql-response+json, application/json;q=0.9").media(),
            Media::GraphQLResponse
        );
        assert!(accept("text/html,application/xhtml+xml,*/*;q=0.8").wants_html());
        assert!(!accept("application/json").wants_html());
    }
}
