//! The requests the leak test runs as every reader: every root query (selection sets by
//! introspection), every subscription, and mutations aimed at the closed items.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use samraad_tests::introspection::{Schema, Sel, render_doc};
use samraad_tests::world::{ClosedItems, Reader};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::{Value, json};
use uuid::Uuid;

/// POSTs with a retry when rate limited; returns (status, body text).
pub(super) async fn post(server: &Server, token: Option<&str>, query: &str) -> (u16, Value) {
    loop {
        let (status, body) = server.post(token, query, json!({})).await;
        if status == 429 {
            tokio::time::sleep(Duration::from_millis(500)).await;
            continue;
        }
        return (status, body);
    }
}

/// Every root call of `Query`, with the arguments worth trying. Panics when the schema has a
/// query field this test does not know (so a new field cannot escape the leak test).
pub(super) async fn query_roots(w: &ClosedItems, schema: &Schema) -> Vec<Sel> {
    let c = &w.c;
    let q = |s: &Uuid| format!("{:?}", s.to_string());
    // Every position of both meeting streams (as the control member sees them).
    let mut positions: BTreeMap<Uuid, Vec<String>> = BTreeMap::new();
    for m in [w.m1, w.m2, w.initiative, w.pool, c.partnership] {
        let data = w
            .server
            .gql(
                &c.secretariat.token,
                "query($i: ID!) { history(entityId: $i) { position } }",
                json!({"i": m}),
            )
            .await;
        let list: Vec<String> = data["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["position"].as_str().unwrap().to_string())
            .collect();
        assert!(!list.is_empty());
        positions.insert(m, list);
    }
    let orgs = [c.region, c.municipality, w.gp];
    let statuses = [
        "",
        "status: null",
        "status: OPEN",
        "status: DONE",
        "status: DROPPED",
    ];
    let mut calls: Vec<(String, String)> = Vec::new();
    for field in schema.fields(&schema.query) {
        let name = field["name"].as_str().unwrap();
        let args: Vec<String> = match name {
            "meeting" => vec![format!("id: {}", q(&w.m1)), format!("id: {}", q(&w.m2))],
            "meetingAsOf" => [w.m1, w.m2]
                .iter()
                .flat_map(|m| {
                    positions[m]
                        .iter()
                        .map(move |p| format!("id: {}, position: {p:?}", q(m)))
                })
                .collect(),
            "caseFile" => w
                .canary
                .case_refs
                .iter()
                .map(|r| format!("reference: {r:?}"))
                .collect(),
            "history" => [
                c.partnership,
                c.forum,
                w.forum_b,
                c.region,
                c.municipality,
                w.gp,
                w.m1,
                w.m2,
                w.open,
                w.closed,
                w.reclosed,
                w.withdrawn,
                w.m2_region,
                w.m2_municipality,
                w.m2_reopen,
                w.initiative,
                w.pool,
            ]
            .iter()
            .chain(&w.follow_ups)
            .chain(&w.attachments)
            .map(|e| format!("entityId: {}", q(e)))
            .collect(),
            "position" | "partnerships" => vec![String::new()],
            "partnership" => vec![format!("id: {}", q(&c.partnership))],
            "partnershipAsOf" => positions[&c.partnership]
                .iter()
                .map(|p| format!("id: {}, position: {p:?}", q(&c.partnership)))
                .collect(),
            "forum" => vec![
                format!("id: {}", q(&c.forum)),
                format!("id: {}", q(&w.forum_b)),
            ],
            "followUps" | "organizationFollowUps" => orgs
                .iter()
                .flat_map(|o| {
                    statuses.iter().map(move |s| {
                        format!(
                            "organizationId: {}{}{s}",
                            q(o),
                            if s.is_empty() { "" } else { ", " }
                        )
                    })
                })
                .collect(),
            "initiatives" => ["", ", status: APPROVED", ", responsibleForumId: FORUM"]
                .iter()
                .map(|extra| {
                    format!(
                        "partnershipId: {}{}",
                        q(&c.partnership),
                        extra.replace("FORUM", &q(&c.forum))
                    )
                })
                .collect(),
            "initiative" => vec![format!("id: {}", q(&w.initiative))],
            "initiativeAsOf" => positions[&w.initiative]
                .iter()
                .map(|p| format!("id: {}, position: {p:?}", q(&w.initiative)))
                .collect(),
            "fundPool" => vec![format!("id: {}", q(&w.pool))],
            "fundPoolAsOf" => positions[&w.pool]
                .iter()
                .map(|p| format!("id: {}, position: {p:?}", q(&w.pool)))
                .collect(),
            // Renders the text it is given and reads nothing stored.
            "markdownPreview" => vec!["text: \"Et **udkast**\"".to_string()],
            other => panic!("Query.{other} is new: add it to the leak test's root calls"),
        };
        for a in args {
            calls.push((name.to_string(), a));
        }
    }
    calls
        .into_iter()
        .enumerate()
        .map(|(i, (name, args))| {
            let head = if args.is_empty() {
                format!("r{i}: {name}")
            } else {
                format!("r{i}: {name}({args})")
            };
            schema.root(&schema.query, &name, head)
        })
        .collect()
}

/// Runs every query document as `reader`; returns the responses (root head → body text) and
/// the error responses.
pub(super) async fn run_queries(
    w: &ClosedItems,
    reader: &Reader,
    docs: &[Vec<Sel>],
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for doc in docs {
        let text = render_doc("query", doc);
        let (status, body) = post(&w.server, reader.token.as_deref(), &text).await;
        if status == 200 && body.get("errors").is_none() {
            for root in doc {
                let alias = root.head.split(':').next().unwrap();
                out.push((root.head.clone(), body["data"][alias].to_string()));
            }
            continue;
        }
        // Some root failed (e.g. refused to this reader): run the roots one by one so the
        // others are still checked.
        for root in doc {
            let text = render_doc("query", std::slice::from_ref(root));
            let (status, body) = post(&w.server, reader.token.as_deref(), &text).await;
            assert!(
                reader.label != w.insider.label || (status == 200 && body.get("errors").is_none()),
                "the control member's query failed ({status}): {body}\n{text}"
            );
            out.push((root.head.clone(), format!("HTTP {status} {body}")));
        }
    }
    out
}

/// Opens `meetingEvents` (from the start and resumed after a position) and `partnershipEvents`
/// on one connection.
pub(super) async fn subscribe(
    w: &ClosedItems,
    schema: &Schema,
    token: &str,
    resume_after: &str,
) -> WsClient {
    let mut ws = WsClient::connect(&w.server.ws_url(), token).await;
    let sub = |name: &str, args: String| {
        render_doc(
            "subscription",
            &[schema.root(&schema.subscription, name, format!("{name}({args})"))],
        )
    };
    for field in schema.fields(&schema.subscription) {
        match field["name"].as_str().unwrap() {
            "meetingEvents" => {
                let m = format!("meetingId: {:?}", w.m1.to_string());
                ws.subscribe("m1", &sub("meetingEvents", m.clone()), json!({}))
                    .await;
                ws.subscribe(
                    "m1-resumed",
                    &sub("meetingEvents", format!("{m}, after: {resume_after:?}")),
                    json!({}),
                )
                .await;
                let m2 = format!("meetingId: {:?}", w.m2.to_string());
                ws.subscribe("m2", &sub("meetingEvents", m2), json!({}))
                    .await;
            }
            "partnershipEvents" => {
                let p = format!("partnershipId: {:?}", w.c.partnership.to_string());
                ws.subscribe("p", &sub("partnershipEvents", p), json!({}))
                    .await;
            }
            other => panic!("Subscription.{other} is new: add it to the leak test"),
        }
    }
    ws
}

/// Reads until the `m1`, `m1-resumed` and `p` subscriptions have delivered the event at
/// `sentinel`, and `m2` the one at `m2_last`; returns every message as text.
pub(super) async fn drain(
    ws: &mut WsClient,
    sentinel: &str,
    m2_last: &str,
) -> Vec<(String, Value)> {
    let mut waiting: BTreeSet<&str> = ["m1", "m1-resumed", "p", "m2"].into();
    let mut messages = Vec::new();
    while !waiting.is_empty() {
        let message = match ws.recv().await {
            Some(WsEvent::Next(m)) | Some(WsEvent::Error(m)) => m,
            other => panic!("subscription ended: {other:?} (waiting for {waiting:?})"),
        };
        let sub = message["id"].as_str().unwrap_or("").to_string();
        let data = &message["payload"]["data"];
        let event = if data["meetingEvents"].is_null() {
            &data["partnershipEvents"]
        } else {
            &data["meetingEvents"]
        };
        let position = event["position"].as_str().unwrap_or("");
        let target = if sub == "m2" { m2_last } else { sentinel };
        assert!(
            !event.is_null() || message["type"] != "next",
            "unexpected message {message}"
        );
        if position == target {
            waiting.remove(sub.as_str());
        }
        messages.push((sub, message));
    }
    messages
}

pub(super) fn probes(w: &ClosedItems) -> Vec<(&'static str, Value)> {
    let (m1, m2) = (w.m1, w.m2);
    let mut out = Vec::new();
    for (m, item) in [
        (m2, w.m2_region),
        (m2, w.m2_municipality),
        (m1, w.closed),
        (m1, w.reclosed),
    ] {
        let mi = json!({"meetingId": m, "itemId": item});
        let with = |extra: Value| {
            let mut v = mi.clone();
            v.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            v
        };
        for section in ["SUMMARY", "RECOMMENDATIONS", "BACKGROUND", "FINANCES"] {
            out.push((
                "editAgendaItem",
                with(json!({"section": section, "text": "Probe", "baseRevision": 0})),
            ));
        }
        out.push((
            "changeAgendaItemDetails",
            with(json!({"baseRevision": 99, "details": {"title": "Probe", "kind": "DECISION", "visibility": "OPEN"}})),
        ));
        out.push(("acceptAgendaItem", mi.clone()));
        out.push(("takeUpItem", mi.clone()));
        out.push((
            "recordDecision",
            with(json!({"text": "Probe", "outcomes": []})),
        ));
        out.push((
            "correctDecision",
            with(json!({"text": "Probe", "reason": "Probe"})),
        ));
        out.push((
            "assignFollowUp",
            with(json!({"description": "Probe", "ownerOrganizationId": w.c.region})),
        ));
        out.push(("postponeAgendaItem", with(json!({"reason": "Probe"}))));
        out.push(("rejectAgendaItem", with(json!({"reason": "Probe"}))));
        out.push(("withdrawAgendaItem", with(json!({"reason": "Probe"}))));
    }
    for f in &w.follow_ups {
        out.push((
            "completeFollowUp",
            json!({"meetingId": m1, "followUpId": f, "note": "Probe"}),
        ));
        out.push((
            "dropFollowUp",
            json!({"meetingId": m1, "followUpId": f, "reason": "Probe"}),
        ));
    }
    out.push((
        "reorderAgenda",
        json!({"meetingId": m2, "itemIds": [w.m2_municipality, w.m2_region]}),
    ));
    out
}
