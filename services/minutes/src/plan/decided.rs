//! What a decision records: its outcomes, and the follow-ups its text gives an owner.

use samraad_domain::meeting::{self as dm, FollowUpOwner, Outcome};
use samraad_domain::{FollowUpId, Markdown, Name};

use super::{PlanError, Target, derived, markdown};
use crate::Item;
use crate::follow_ups::{self, Owner};

/// The outcomes to record and how many the wording stated: one per recommendation (those the
/// minutes do not state as `NotStated`), or one for the item.
pub(super) fn outcomes(
    item: &Item,
    decision: &crate::Decision,
) -> (Vec<dm::RecommendationOutcome>, Option<Outcome>, usize) {
    let n = item.recommendations.proposals.len();
    let stated = decision
        .outcomes
        .iter()
        .filter(|o| o.outcome.is_some_and(|o| o != Outcome::NotStated));
    if n == 0 || (decision.outcomes.is_empty() && decision.item_outcome.is_some()) {
        let outcome = decision
            .item_outcome
            .or_else(|| decision.outcomes.iter().find_map(|o| o.outcome));
        let read = usize::from(outcome.is_some_and(|o| o != Outcome::NotStated));
        return (Vec::new(), outcome, read);
    }
    let read = stated.count();
    let outcomes = (1..=n as u32)
        .map(|r| {
            let found = decision.outcomes.iter().find(|o| o.recommendation == r);
            dm::RecommendationOutcome {
                recommendation: r,
                outcome: found.and_then(|o| o.outcome).unwrap_or(Outcome::NotStated),
                note: found
                    .and_then(|o| o.note.as_deref())
                    .filter(|n| !n.is_empty())
                    .and_then(|n| Markdown::parse(n).ok()),
            }
        })
        .collect();
    (outcomes, None, read)
}

/// The follow-ups the decision's text gives the secretariat, the chair or a participant, to
/// be assigned when the decision is recorded.
pub(super) fn follow_ups(
    item: &Item,
    decision: &crate::Decision,
    participants: &[String],
    target: &Target<'_>,
    key: &[u8; 32],
    index: usize,
) -> Result<Vec<dm::AssignFollowUp>, PlanError> {
    let meeting_id = samraad_domain::MeetingId::from_uuid(derived(key, "meeting", 0));
    let item_id = samraad_domain::AgendaItemId::from_uuid(derived(key, "item", index));
    follow_ups::read(&decision.text, participants)
        .into_iter()
        .enumerate()
        .map(|(j, f)| {
            let owner = match f.owner {
                Owner::Secretariat => FollowUpOwner::Secretariat,
                Owner::Chair => FollowUpOwner::Chair,
                Owner::Person(name) => FollowUpOwner::Person {
                    person_id: (target.person)(&name).map(|(p, _)| p),
                    name: Name::parse(&name).map_err(|e| PlanError {
                        line: item.line,
                        message: format!("follow-up owner {name:?}: {e}"),
                    })?,
                },
            };
            Ok(dm::AssignFollowUp {
                meeting_id,
                item_id,
                follow_up_id: FollowUpId::from_uuid(derived(key, "follow-up", index * 1_000 + j)),
                description: markdown(&f.text, item.line)?,
                owner,
                due: f.due,
            })
        })
        .collect()
}
