//! The partnership under test and its callers ([`Callers`]), and the shared targets.

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, mutate};
use samraad_tests::world::Callers;
use serde_json::{Value, json};

use super::Actor::{self, *};
use super::{document, new_id};

/// The partnership under test, its callers, and shared targets.
pub(super) struct Fixture {
    pub(super) server: Server,
    pub(super) c: Cluster,
    callers: Callers,
    /// A scheduled meeting (agenda drafting).
    pub(super) draft: String,
    /// An open meeting.
    pub(super) open: String,
    /// A recorded decision (`DecisionRefInput`) that grants money and approves initiatives.
    pub(super) decision: Value,
    /// Two approved initiatives that receive allocations.
    pub(super) funded: [String; 2],
}

impl Fixture {
    pub(super) async fn create() -> Fixture {
        // Hundreds of requests per person in a few seconds: lift the per-person rate limit.
        let server = Server::start_args(&["--rate-limit=100000", "--rate-burst=100000"]);
        let c = Cluster::create(&server).await;
        let callers = Callers::create(&server, &c).await;

        let mut fx = Fixture {
            server,
            c,
            callers,
            draft: String::new(),
            open: String::new(),
            decision: Value::Null,
            funded: [String::new(), String::new()],
        };
        fx.draft = fx.meeting().await;
        fx.open = fx.open_meeting().await;
        let decided = fx.decided_item(&fx.open).await;
        fx.decision = json!({"meetingId": fx.open, "itemId": decided});
        fx.funded = [
            fx.initiative("APPROVED").await,
            fx.initiative("APPROVED").await,
        ];
        fx
    }

    fn token(&self, actor: Actor) -> Option<&str> {
        let callers = &self.callers;
        Some(match actor {
            Operator => &self.c.admin.token,
            Admin => &callers.admin.token,
            Chair => &self.c.chair.token,
            CoChair => &callers.co_chair.token,
            Secretariat => &self.c.secretariat.token,
            Member => &self.c.member.token,
            Observer => &callers.observer.token,
            OtherOrg => &callers.other.token,
            ElsewhereSecretariat => &callers.outsiders.elsewhere_secretariat.token,
            OtherHat => &callers.outsiders.other_hat.token,
            ForeignAdmin => &callers.foreign_admin,
            Expired => &callers.expired,
            NoToken => return None,
        })
    }

    /// Attempts `mutation` as `actor` with a fresh command id; returns `OK` or the error code
    /// (with the message, for the report).
    pub(super) async fn attempt(
        &self,
        actor: Actor,
        mutation: &str,
        mut input: Value,
    ) -> (String, String) {
        input["commandId"] = json!(new_id());
        let (status, body) = self
            .server
            .post(
                self.token(actor),
                &document(mutation),
                json!({ "i": input }),
            )
            .await;
        match body["errors"].get(0) {
            None if status == 200 && body["data"][mutation].is_object() => {
                ("OK".into(), String::new())
            }
            None => (format!("HTTP {status}"), body.to_string()),
            Some(error) => (
                error["extensions"]["code"]
                    .as_str()
                    .unwrap_or("(no code)")
                    .to_string(),
                error["message"].as_str().unwrap_or_default().to_string(),
            ),
        }
    }

    /// Runs a setup command that must succeed.
    pub(super) async fn exec(&self, who: &Person, mutation: &str, input: Value) {
        mutate(&self.server, who, mutation, input).await;
    }
}
