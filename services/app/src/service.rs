//! The command service: load a stream, fold it, `decide`, append with the expected version.

use std::sync::Arc;
use std::time::Duration;

use samraad_domain::fund_pool::FundPool;
use samraad_domain::fund_pool::facts::MoneyUse;
use samraad_domain::initiative::Initiative;
use samraad_domain::meeting::{Meeting, MeetingCommand, MeetingState};
use samraad_domain::partnership::Partnership;
use samraad_domain::{
    Decider, FundPoolId, InitiativeId, MeetingId, OrganizationId, PartnershipId, PersonId,
    StreamKind,
};
use samraad_log::{EventStore, Position, StoreError, StreamName, StreamVersion};
use uuid::Uuid;

use crate::cache::{Folded, StateCache};
use crate::error::AppError;
use crate::facts::Fact;
use crate::health::AppendHealth;
use crate::ids::{Purpose, derive};

mod execute;
mod history;

pub(crate) use history::Step;
pub use history::StepFailed;

/// Attempts against fresh state before giving up on a contended stream.
const MAX_ATTEMPTS: usize = 4;
/// Events read per page when folding a stream.
const PAGE: usize = 1_000;
/// How long a partnership's seats, as last read from the store, decide permissions before
/// they are read again. Changes made through this replica apply at once; changes made through
/// another replica apply within this time.
pub const SEAT_TTL: Duration = Duration::from_millis(250);

/// Who issued a command and how it should be applied.
#[derive(Clone, Debug)]
pub struct Issuer {
    /// The idempotency key: the same id again returns the first result and appends nothing.
    pub command_id: Uuid,
    /// The conversation the command belongs to (defaults to the command id).
    pub correlation_id: Uuid,
    /// The authenticated person.
    pub person: PersonId,
    /// The organisation the person acts for.
    pub organization: OrganizationId,
    /// Whether the person operates the platform (may create partnerships).
    pub platform_operator: bool,
    /// The client's expected stream version; `None` lets the service retry on contention.
    pub expected_version: Option<StreamVersion>,
}

/// The result of a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The stream the command addressed.
    pub stream: StreamName,
    /// The stream's version after the command.
    pub version: StreamVersion,
    /// The global position of the command's last event (or the stream's last, if none).
    pub position: Position,
    /// `true` when this was a retry of a command already applied: nothing was appended.
    pub replayed: bool,
}

/// Executes commands against the event store.
pub struct CommandService {
    store: Arc<dyn EventStore>,
    cache: StateCache,
    seat_ttl: Duration,
    appends: AppendHealth,
}

impl CommandService {
    /// A service over `store`.
    pub fn new(store: Arc<dyn EventStore>) -> Self {
        Self::with_seat_ttl(store, SEAT_TTL)
    }

    /// A service that re-reads a partnership's seats when its cached fold is older than `ttl`
    /// (`Duration::ZERO`: on every command).
    pub fn with_seat_ttl(store: Arc<dyn EventStore>, ttl: Duration) -> Self {
        Self {
            store,
            cache: StateCache::default(),
            seat_ttl: ttl,
            appends: AppendHealth::default(),
        }
    }

    /// Whether commands can be written: fine unless the last append failed, and then only
    /// once the store says it could store one again (reachable, room on disk).
    pub async fn writable(&self) -> Result<(), StoreError> {
        if !self.appends.failing() {
            return Ok(());
        }
        self.store.check_writable().await?;
        self.appends.recovered();
        Ok(())
    }

    /// The derived id a create-command should give its new entity, stable across retries.
    pub fn new_entity_id(command_id: Uuid) -> Uuid {
        derive(command_id, Purpose::Entity)
    }

    /// Executes a partnership command on partnership `id`.
    pub async fn partnership(
        &self,
        id: PartnershipId,
        issuer: &Issuer,
        command: <Partnership as Decider>::Command,
    ) -> Result<Outcome, AppError> {
        self.execute::<Partnership>(
            StreamKind::Partnership,
            id.as_uuid(),
            issuer,
            vec![Step::now(command, Vec::new())],
            |_, _| Some(id),
        )
        .await
        .map_err(|failed| failed.error)
    }

    /// Executes a meeting command (its meeting id names the stream).
    pub async fn meeting(
        &self,
        id: MeetingId,
        issuer: &Issuer,
        command: <Meeting as Decider>::Command,
    ) -> Result<Outcome, AppError> {
        let facts = meeting_facts(&command);
        self.execute::<Meeting>(
            StreamKind::Meeting,
            id.as_uuid(),
            issuer,
            vec![Step::now(command, facts)],
            meeting_partnership,
        )
        .await
        .map_err(|failed| failed.error)
    }

    /// Executes an initiative command on initiative `id`.
    pub async fn initiative(
        &self,
        id: InitiativeId,
        issuer: &Issuer,
        command: <Initiative as Decider>::Command,
    ) -> Result<Outcome, AppError> {
        use samraad_domain::initiative::InitiativeCommand;
        let facts = match &command {
            InitiativeCommand::ProposeInitiative(c) => {
                vec![Fact::ForumOfPartnership(c.responsible_forum)]
            }
            InitiativeCommand::ApproveInitiative(c) => vec![Fact::DecisionApproves(c.decision)],
            InitiativeCommand::ReportStatus(c) => {
                c.presented_at.map(Fact::PresentedAt).into_iter().collect()
            }
            _ => Vec::new(),
        };
        self.execute::<Initiative>(
            StreamKind::Initiative,
            id.as_uuid(),
            issuer,
            vec![Step::now(command, facts)],
            // A create command is judged in the partnership it names (on an id already in
            // use it then fails as "already exists", revealing nothing of the other one).
            |state, cmd| match cmd {
                InitiativeCommand::ProposeInitiative(c) => Some(c.partnership_id),
                _ => state.partnership_id(),
            },
        )
        .await
        .map_err(|failed| failed.error)
    }

    /// Executes a fund pool command on pool `id`.
    pub async fn fund_pool(
        &self,
        id: FundPoolId,
        issuer: &Issuer,
        command: <FundPool as Decider>::Command,
    ) -> Result<Outcome, AppError> {
        use samraad_domain::fund_pool::FundPoolCommand;
        let facts = match &command {
            FundPoolCommand::AllocateFunds(c) => vec![
                Fact::DecisionApproves(c.decision),
                Fact::Initiative(c.initiative_id, MoneyUse::Receive),
            ],
            FundPoolCommand::TransferFunds(c) => vec![
                Fact::Initiative(c.from_initiative, MoneyUse::GiveBack),
                Fact::Initiative(c.to_initiative, MoneyUse::Receive),
            ],
            FundPoolCommand::ReturnFunds(c) => {
                vec![Fact::Initiative(c.initiative_id, MoneyUse::GiveBack)]
            }
            FundPoolCommand::RecordIncome(c) => c
                .initiative_id
                .map(|i| Fact::Initiative(i, MoneyUse::GiveBack))
                .into_iter()
                .collect(),
            FundPoolCommand::RecordExpense(c) => c
                .initiative_id
                .map(|i| Fact::Initiative(i, MoneyUse::Spend))
                .into_iter()
                .collect(),
            _ => Vec::new(),
        };
        self.execute::<FundPool>(
            StreamKind::FundPool,
            id.as_uuid(),
            issuer,
            vec![Step::now(command, facts)],
            // A create command is judged in the partnership it names (on an id already in
            // use it then fails as "already exists", revealing nothing of the other one).
            |state, cmd| match cmd {
                FundPoolCommand::CreateFundPool(c) => Some(c.partnership_id),
                _ => state.partnership_id(),
            },
        )
        .await
        .map_err(|failed| failed.error)
    }

    /// The current folded state of a stream (for callers that need facts before a command).
    pub async fn state<D: Decider>(
        &self,
        kind: StreamKind,
        id: Uuid,
    ) -> Result<Folded<D::State>, AppError> {
        let stream = StreamName::parse(kind.stream_name(id))?;
        self.load::<D>(&stream).await
    }
}

/// The facts in other streams a meeting command rests on.
fn meeting_facts(command: &MeetingCommand) -> Vec<Fact> {
    match command {
        MeetingCommand::ScheduleMeeting(c) => vec![Fact::ForumOfPartnership(c.forum_id)],
        MeetingCommand::ProposeAgendaItem(c) => c
            .details
            .follows_up
            .map(Fact::FollowedItem)
            .into_iter()
            .collect(),
        MeetingCommand::ChangeAgendaItemDetails(c) => c
            .details
            .follows_up
            .map(Fact::FollowedItem)
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// The partnership a meeting command is judged in. A create command is judged in the
/// partnership it names (on an id already in use it then fails as "already exists",
/// revealing nothing of the other one).
fn meeting_partnership(state: &MeetingState, command: &MeetingCommand) -> Option<PartnershipId> {
    match command {
        MeetingCommand::ScheduleMeeting(c) => Some(c.partnership_id),
        _ => state.partnership_id(),
    }
}
