//! Executing commands: decide on the cached or freshly read fold, check the facts the
//! decision rests on, append with the expected version, and retry on contention.

use std::time::Instant;

use chrono::{DateTime, Utc};
use samraad_domain::partnership::{Partnership, PartnershipState};
use samraad_domain::{Context, Decider, DomainError, PartnershipId, StreamKind};
use samraad_log::{AppendResult, EventMetadata, ExpectedVersion, IdClaim, StoreError, StreamName};
use uuid::Uuid;

use super::{CommandService, Issuer, MAX_ATTEMPTS, Outcome, PAGE, Step, StepFailed};
use crate::cache::Folded;
use crate::codec;
use crate::error::AppError;
use crate::ids::{self, Purpose, derive};

impl CommandService {
    /// Decides `steps` in order on one stream and appends their events as one.
    pub(super) async fn execute<D>(
        &self,
        kind: StreamKind,
        id: Uuid,
        issuer: &Issuer,
        steps: Vec<Step<D::Command>>,
        partnership_of: impl Fn(&D::State, &D::Command) -> Option<PartnershipId>,
    ) -> Result<Outcome, StepFailed>
    where
        D: Decider,
        D::Command: Clone + std::fmt::Debug,
    {
        let stream = StreamName::parse(kind.stream_name(id))?;
        let Some(first_command) = steps.first().map(|s| &s.command) else {
            return Err(AppError::Domain(DomainError::invalid("commands", "at least one")).into());
        };
        // The first attempt trusts the cached fold without reading the store: optimistic
        // concurrency catches a stale cache at append time. Any refusal decided on an
        // unverified fold (rule, permission, stale version) is re-decided on a fresh read, so
        // only answers from fresh state reach the client.
        let mut verified = false;
        // A retry must be the same command from the same sender: its first event id is
        // derived from all of that, and compared with the stored one.
        // (One command now is fingerprinted as itself, as before histories existed.)
        let fingerprint = match steps.as_slice() {
            [one] if one.occurred_at.is_none() => ids::fingerprint(
                issuer.person.as_uuid(),
                issuer.organization.as_uuid(),
                &one.command,
            ),
            _ => ids::fingerprint(
                issuer.person.as_uuid(),
                issuer.organization.as_uuid(),
                &steps,
            ),
        };
        let first_event = derive(
            issuer.command_id,
            Purpose::event(stream.as_str(), fingerprint, 0),
        );
        for _ in 0..MAX_ATTEMPTS {
            let cached = if verified {
                None
            } else {
                self.cache.get::<D::State>(&stream)
            };
            let fresh = cached.is_none();
            let folded = match cached {
                Some(folded) => folded,
                None => self.load::<D>(&stream).await?,
            };
            verified = true;
            if let Some(entry) = folded.commands.get(&issuer.command_id) {
                if entry.first_event != first_event {
                    return Err(AppError::CommandIdReused {
                        command_id: issuer.command_id,
                    }
                    .into());
                }
                return Ok(Outcome {
                    stream,
                    version: entry.version,
                    position: entry.position,
                    replayed: true,
                });
            }
            // A stale `expectedVersion` is answered only after permission and rules: the
            // current version is nothing to tell someone who may not act on the stream.
            let stale = issuer
                .expected_version
                .filter(|expected| *expected != folded.version);
            if stale.is_some() && !fresh {
                continue;
            }
            let now = Utc::now();
            let partnership_id = partnership_of(&folded.state, first_command);
            let partnership = match partnership_id {
                Some(partnership) => {
                    let name = StreamName::parse(
                        StreamKind::Partnership.stream_name(partnership.as_uuid()),
                    )?;
                    // Permissions are judged on the partnership as stored: its fold is re-read
                    // once it is older than `seat_ttl`, so a seat ended through another replica
                    // is ended here within that time (through this replica: at once).
                    let own =
                        (&folded.state as &dyn std::any::Any).downcast_ref::<PartnershipState>();
                    Some(match own {
                        // A partnership command: the fold in hand is the partnership.
                        Some(state) => Folded {
                            state: state.clone(),
                            version: folded.version,
                            position: folded.position,
                            commands: folded.commands.clone(),
                            verified_at: folded.verified_at,
                        },
                        None => match self.cache.get::<PartnershipState>(&name) {
                            Some(cached) if cached.verified_at.elapsed() < self.seat_ttl => cached,
                            _ => self.load::<Partnership>(&name).await?,
                        },
                    })
                }
                None => None,
            };
            let mut actor = match &partnership {
                Some(p) => p.state.actor(issuer.person, issuer.organization, now),
                None => samraad_domain::Actor::new(issuer.person, issuer.organization),
            };
            actor.platform_operator = issuer.platform_operator;
            // Each command is decided on the state its predecessors in the append leave,
            // at its own time; permissions are the actor's now. A single command is decided
            // on the fold itself: no copy of a long stream's state per command.
            let mut evolved: Option<D::State> = None;
            let mut events = Vec::new();
            let mut refused = None;
            let last = steps.len() - 1;
            for (index, step) in steps.iter().enumerate() {
                let current = evolved.as_ref().unwrap_or(&folded.state);
                let ctx = Context {
                    actor: actor.clone(),
                    now: step.occurred_at.unwrap_or(now),
                };
                // Facts the decision rests on are checked after `decide`, so a caller without
                // permission learns nothing about other partnerships' forums and decisions.
                let decided = match D::decide(current, step.command.clone(), &ctx) {
                    Ok(decided) => self
                        .check_facts(
                            &step.facts,
                            partnership_id,
                            partnership.as_ref().map(|p| &p.state),
                        )
                        .await
                        .map(|()| decided),
                    Err(err) => Err(AppError::from(err)),
                };
                match decided {
                    Ok(decided) => {
                        if index < last {
                            let state = evolved.take().unwrap_or_else(|| folded.state.clone());
                            evolved = Some(decided.iter().fold(state, D::evolve));
                        }
                        events.extend(decided.into_iter().map(|e| (e, step.occurred_at)));
                    }
                    Err(error) => {
                        refused = Some((index, error));
                        break;
                    }
                }
            }
            match refused {
                Some((_, AppError::Domain(_))) if !fresh => continue,
                Some((index, error)) => {
                    let step = (steps.len() > 1).then_some(index);
                    return Err(StepFailed { step, error });
                }
                None => {}
            }
            if let Some(expected) = stale {
                return Err(AppError::StaleVersion {
                    stream: stream.to_string(),
                    expected,
                    actual: folded.version,
                }
                .into());
            }
            if events.is_empty() {
                return Ok(Outcome {
                    stream,
                    version: folded.version,
                    position: folded.position,
                    replayed: false,
                });
            }
            let metadata = |occurred_at: Option<DateTime<Utc>>| EventMetadata {
                occurred_at: occurred_at.unwrap_or(now),
                actor_person: issuer.person.as_uuid(),
                actor_organization: issuer.organization.as_uuid(),
                causation_id: issuer.command_id,
                correlation_id: issuer.correlation_id,
                recorded_at: occurred_at.map(|_| now),
            };
            let mut new_events = events
                .iter()
                .enumerate()
                .map(|(i, (event, occurred_at))| {
                    let index = u32::try_from(i).unwrap_or(u32::MAX);
                    codec::encode(
                        event,
                        derive(
                            issuer.command_id,
                            Purpose::event(stream.as_str(), fingerprint, index),
                        ),
                        metadata(*occurred_at),
                    )
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| AppError::Encode(e.to_string()))?;
            // The command id itself is claimed once in the whole store (checked first): the
            // same id on another stream, or racing with another payload, is refused at append.
            if let Some(first) = new_events.first_mut() {
                first.claims.insert(
                    0,
                    IdClaim {
                        id: issuer.command_id,
                        kind: "command".into(),
                        shared: false,
                    },
                );
            }
            let expected = match folded.version {
                0 => ExpectedVersion::NoStream,
                v => ExpectedVersion::Exact(v),
            };
            let appended = self
                .store
                .append(stream.clone(), expected, new_events)
                .await;
            self.appends.note(&appended);
            match appended {
                Ok(result) => {
                    // The store answers a racing retry of this command with the original
                    // result: then the events decided here were not appended and must not be
                    // folded into the cache.
                    let appended = result.next_version == folded.version + events.len() as u64;
                    if appended {
                        let decided = events.iter().map(|(e, _)| e);
                        self.remember::<D>(&stream, folded, decided, issuer, first_event, result);
                    } else {
                        folded.commands.insert(
                            issuer.command_id,
                            result.next_version,
                            result.last_position,
                            first_event,
                        );
                    }
                    return Ok(Outcome {
                        stream,
                        version: result.next_version,
                        position: result.last_position,
                        replayed: !appended,
                    });
                }
                Err(StoreError::IdInUse { id }) if id == issuer.command_id => {
                    return Err(AppError::CommandIdReused {
                        command_id: issuer.command_id,
                    }
                    .into());
                }
                Err(StoreError::WrongExpectedVersion { actual, .. }) => {
                    if let Some(expected) = issuer.expected_version
                        && fresh
                    {
                        return Err(AppError::StaleVersion {
                            stream: stream.to_string(),
                            expected,
                            actual,
                        }
                        .into());
                    }
                    tracing::debug!(%stream, "concurrent append; deciding again on fresh state");
                }
                Err(err @ (StoreError::Unavailable(_) | StoreError::Closed)) => {
                    return Err(AppError::OutcomeUnknown(err).into());
                }
                Err(err) => return Err(AppError::from(err).into()),
            }
        }
        Err(AppError::Contention {
            stream: stream.to_string(),
        }
        .into())
    }

    fn remember<'e, D: Decider>(
        &self,
        stream: &StreamName,
        folded: Folded<D::State>,
        events: impl Iterator<Item = &'e D::Event>,
        issuer: &Issuer,
        first_event: Uuid,
        result: AppendResult,
    ) where
        D::Event: 'e,
    {
        let state = events.fold(folded.state, D::evolve);
        folded.commands.insert(
            issuer.command_id,
            result.next_version,
            result.last_position,
            first_event,
        );
        self.cache.put(
            stream.clone(),
            Folded {
                state,
                version: result.next_version,
                position: result.last_position,
                commands: folded.commands,
                verified_at: Instant::now(),
            },
        );
    }

    pub(crate) async fn load<D: Decider>(
        &self,
        stream: &StreamName,
    ) -> Result<Folded<D::State>, AppError> {
        let mut folded = self.cache.get::<D::State>(stream).unwrap_or_default();
        loop {
            let page = self
                .store
                .read_stream(stream.clone(), folded.version, PAGE)
                .await?;
            let done = page.len() < PAGE;
            for recorded in &page {
                let event: D::Event = codec::decode(recorded)?;
                folded.state = D::evolve(folded.state, &event);
                folded.version = recorded.version;
                folded.position = recorded.position;
                folded.commands.insert(
                    recorded.metadata.causation_id,
                    recorded.version,
                    recorded.position,
                    recorded.event_id,
                );
            }
            if done {
                break;
            }
        }
        folded.verified_at = Instant::now();
        self.cache.put(stream.clone(), folded.clone());
        Ok(folded)
    }
}
