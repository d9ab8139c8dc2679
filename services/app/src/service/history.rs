//! Histories: several commands of one stream decided in order, each at its own time, and
//! appended together (imported minutes) — and the step of an append that refused it.

use chrono::{DateTime, Utc};
use samraad_domain::meeting::Meeting;
use samraad_domain::{Decider, MeetingId, StreamKind};
use samraad_log::StoreError;

use super::{CommandService, Issuer, Outcome, meeting_facts, meeting_partnership};
use crate::error::AppError;
use crate::facts::Fact;

impl CommandService {
    /// Executes a meeting's history as one append: the events of all `commands` are stored
    /// together or not at all (imported minutes are never half a meeting). Each command is
    /// decided at the time given with it, which its events keep as `occurred_at`; they are
    /// `recorded_at` now, by the issuer. The first command refused refuses all, and is named
    /// by its index.
    pub async fn meeting_history(
        &self,
        id: MeetingId,
        issuer: &Issuer,
        commands: Vec<(<Meeting as Decider>::Command, DateTime<Utc>)>,
    ) -> Result<Outcome, StepFailed> {
        let steps = commands
            .into_iter()
            .map(|(command, at)| Step {
                facts: meeting_facts(&command),
                command,
                occurred_at: Some(at),
            })
            .collect();
        self.execute::<Meeting>(
            StreamKind::Meeting,
            id.as_uuid(),
            issuer,
            steps,
            meeting_partnership,
        )
        .await
    }
}

/// One command of an append, with the facts it rests on and, for history, when it occurred.
#[derive(Debug)]
pub(crate) struct Step<C> {
    pub(crate) command: C,
    pub(crate) facts: Vec<Fact>,
    pub(crate) occurred_at: Option<DateTime<Utc>>,
}

impl<C> Step<C> {
    /// A command decided now.
    pub(crate) fn now(command: C, facts: Vec<Fact>) -> Self {
        Self {
            command,
            facts,
            occurred_at: None,
        }
    }
}

/// Why [`CommandService::meeting_history`] stored nothing.
#[derive(Debug, thiserror::Error)]
#[error("{}{error}", .step.map(|i| format!("command {} of the history: ", i + 1)).unwrap_or_default())]
pub struct StepFailed {
    /// The 0-based index of the command refused, when one was.
    pub step: Option<usize>,
    /// Why.
    pub error: AppError,
}

impl From<StoreError> for StepFailed {
    fn from(error: StoreError) -> Self {
        AppError::from(error).into()
    }
}

impl From<AppError> for StepFailed {
    fn from(error: AppError) -> Self {
        Self { step: None, error }
    }
}
