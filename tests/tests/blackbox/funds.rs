//! Money moves only to and from initiatives that exist in the pool's partnership and may take
//! it, and an allocation rests on a decision that approved what it cites. A refused command
//! leaves the pool's balance as it was.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, id, run, try_mutation};
use serde_json::{Value, json};
use uuid::Uuid;

async fn ok(server: &Server, who: &Person, mutation: &str, input: Value) {
    if let Some(error) = try_mutation(server, who, mutation, input).await {
        panic!("{mutation}: {error}");
    }
}

/// Refused as a rule violation naming `rule` — or, for money an unknown initiative would
/// give, the pool's own "holds nothing" rule, which the decider checks first.
async fn refused(server: &Server, who: &Person, mutation: &str, input: Value, rule: &str) {
    let error = try_mutation(server, who, mutation, input)
        .await
        .unwrap_or_else(|| panic!("{mutation} was accepted"));
    assert_eq!(
        error["extensions"]["code"], "RULE_VIOLATION",
        "{mutation}: {error}"
    );
    let message = error["message"].as_str().unwrap();
    let gives_back = matches!(mutation, "transferFunds" | "returnFunds");
    assert!(
        message.contains(rule) || (gives_back && message.contains("no_negative_balance")),
        "{mutation}: {message}"
    );
}

async fn available(server: &Server, who: &Person, pool: Uuid) -> String {
    let data = run(
        server,
        who,
        "query($p: ID!) { fundPool(id: $p) { balance { available { amount } } } }",
        json!({"p": pool}),
    )
    .await;
    data["fundPool"]["balance"]["available"]["amount"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn initiative(server: &Server, c: &Cluster) -> Uuid {
    let data = run(server, &c.admin,
        "mutation($i: ProposeInitiativeInput!) { proposeInitiative(input: $i) { initiative { id } } }",
        json!({"i": {"partnershipId": c.partnership, "title": "Sammenhængende forløb for gravide",
            "responsibleForumId": c.forum, "leadOrganizationIds": [c.region],
            "period": {"start": "2025-03-01", "end": "2026-02-28"}, "requested": {"amount": "80000.00"}}})).await;
    id(&data["proposeInitiative"]["initiative"]["id"])
}

#[tokio::test]
async fn fund_commands_need_a_real_initiative_and_an_approving_decision() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let other = Cluster::create(&server).await;
    let sec = &c.secretariat;

    // A decision approving recommendation 1 and rejecting 2.
    let meeting = c.schedule_meeting(&server).await;
    let data = run(&server, sec,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Ansøgning om klyngemidler\", kind: DECISION,
           sections: [{section: RECOMMENDATIONS, text: \"Det indstilles, at\\n1. Der bevilges 80.000 kr.\\n2. Projektet forlænges\"}]}) { item { id } } }",
        json!({"m": meeting})).await;
    let item = id(&data["proposeAgendaItem"]["item"]["id"]);
    ok(
        &server,
        sec,
        "acceptAgendaItem",
        json!({"meetingId": meeting, "itemId": item}),
    )
    .await;
    ok(&server, sec, "publishAgenda", json!({"meetingId": meeting})).await;
    ok(&server, sec, "openMeeting", json!({"meetingId": meeting})).await;
    ok(
        &server,
        sec,
        "takeUpItem",
        json!({"meetingId": meeting, "itemId": item}),
    )
    .await;
    ok(&server, sec, "recordDecision", json!({"meetingId": meeting, "itemId": item, "text": "Bevilget, ikke forlænget.",
        "outcomes": [{"recommendation": 1, "outcome": "APPROVED"}, {"recommendation": 2, "outcome": "REJECTED"}]})).await;

    let ours = initiative(&server, &c).await;
    let theirs = initiative(&server, &other).await;
    let data = run(&server, &c.admin,
        "mutation($p: ID!) { createFundPool(input: {partnershipId: $p, name: \"Klyngemidler\"}) { fundPool { id } } }",
        json!({"p": c.partnership})).await;
    let pool = id(&data["createFundPool"]["fundPool"]["id"]);
    ok(
        &server,
        &c.admin,
        "receiveGrant",
        json!({"fundPoolId": pool, "year": 2025, "source": "Region Syddanmark",
        "amount": {"amount": "500000.00"}}),
    )
    .await;

    let approved = json!({"meetingId": meeting, "itemId": item, "recommendation": 1});
    let rejected = json!({"meetingId": meeting, "itemId": item, "recommendation": 2});
    let allocate = |initiative: Uuid, decision: &Value| json!({"fundPoolId": pool, "initiativeId": initiative, "decision": decision, "granted": {"amount": "80000.00"}});
    let nowhere = Uuid::now_v7();
    let admin = &c.admin;
    refused(
        &server,
        admin,
        "allocateFunds",
        allocate(nowhere, &approved),
        "funds_need_an_initiative",
    )
    .await;
    refused(
        &server,
        admin,
        "allocateFunds",
        allocate(theirs, &approved),
        "funds_need_an_initiative",
    )
    .await;
    refused(
        &server,
        admin,
        "allocateFunds",
        allocate(ours, &rejected),
        "decision_must_approve",
    )
    .await;
    assert_eq!(
        available(&server, admin, pool).await,
        "500000.00",
        "nothing moved"
    );

    ok(&server, admin, "allocateFunds", allocate(ours, &approved)).await;
    assert_eq!(available(&server, admin, pool).await, "420000.00");

    let amount = json!({"amount": "1000.00"});
    for (mutation, input) in [
        (
            "transferFunds",
            json!({"fundPoolId": pool, "fromInitiativeId": ours, "toInitiativeId": nowhere, "amount": amount}),
        ),
        (
            "transferFunds",
            json!({"fundPoolId": pool, "fromInitiativeId": nowhere, "toInitiativeId": ours, "amount": amount}),
        ),
        (
            "transferFunds",
            json!({"fundPoolId": pool, "fromInitiativeId": ours, "toInitiativeId": theirs, "amount": amount}),
        ),
        (
            "returnFunds",
            json!({"fundPoolId": pool, "initiativeId": nowhere, "amount": amount}),
        ),
        (
            "recordExpense",
            json!({"fundPoolId": pool, "initiativeId": nowhere, "amount": amount, "description": "Faktura"}),
        ),
        (
            "recordIncome",
            json!({"fundPoolId": pool, "initiativeId": theirs, "amount": amount, "description": "Tilskud"}),
        ),
    ] {
        refused(&server, admin, mutation, input, "funds_need_an_initiative").await;
    }
    assert_eq!(
        available(&server, admin, pool).await,
        "420000.00",
        "nothing moved"
    );
    ok(
        &server,
        admin,
        "returnFunds",
        json!({"fundPoolId": pool, "initiativeId": ours, "amount": amount}),
    )
    .await;
    assert_eq!(available(&server, admin, pool).await, "421000.00");

    // A transfer is in the history of both initiatives; an allocation in the history of the
    // item whose decision it rests on.
    let second = initiative(&server, &c).await;
    ok(
        &server,
        admin,
        "transferFunds",
        json!({"fundPoolId": pool, "fromInitiativeId": ours, "toInitiativeId": second, "amount": amount}),
    )
    .await;
    let history = "query($e: ID!) { history(entityId: $e) { type } }";
    for (entity, event) in [
        (ours, "FundsTransferred"),
        (second, "FundsTransferred"),
        (item, "FundsAllocated"),
    ] {
        let data = run(&server, sec, history, json!({"e": entity})).await;
        let types: Vec<&str> = data["history"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["type"].as_str())
            .collect();
        assert!(
            types.contains(&event),
            "{event} in the history of {entity}: {types:?}"
        );
    }
    assert_eq!(
        available(&server, admin, pool).await,
        "421000.00",
        "a transfer moves nothing out of the pool"
    );
}
