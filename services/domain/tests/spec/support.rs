//! Given / when / then for deciders, and a small fixture world.

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use samraad_domain::meeting::*;
use samraad_domain::*;

/// A spec: events already in the stream, the acting context.
pub struct Spec<D: Decider> {
    given: Vec<D::Event>,
    ctx: Context,
}

/// Starts a spec from prior events.
pub fn given<D: Decider>(events: impl IntoIterator<Item = D::Event>) -> Spec<D> {
    Spec {
        given: events.into_iter().collect(),
        ctx: Context {
            actor: secretariat(),
            now: now(),
        },
    }
}

/// The result of `when`.
pub struct Then<D: Decider> {
    pub state: D::State,
    pub result: Result<Vec<D::Event>, DomainError>,
}

impl<D: Decider> Spec<D> {
    /// Acts as this actor.
    pub fn by(mut self, actor: Actor) -> Self {
        self.ctx.actor = actor;
        self
    }

    /// Runs the command against the folded state.
    pub fn when(self, command: D::Command) -> Then<D> {
        let state = D::fold(self.given.iter());
        let result = D::decide(&state, command, &self.ctx);
        Then { state, result }
    }
}

impl<D: Decider> Then<D>
where
    D::Event: PartialEq,
{
    /// Asserts exactly these events.
    pub fn then(self, expected: impl IntoIterator<Item = D::Event>) -> D::State {
        let expected: Vec<_> = expected.into_iter().collect();
        match self.result {
            Ok(events) => {
                assert_eq!(events, expected);
                events.iter().fold(self.state, D::evolve)
            }
            Err(e) => panic!("expected events, got error {e}"),
        }
    }

    /// Whether the command was accepted (for tables of callers).
    pub fn succeeds(&self) -> bool {
        self.result.is_ok()
    }

    /// Asserts success and returns the events and the new state.
    pub fn ok(self) -> (Vec<D::Event>, D::State) {
        match self.result {
            Ok(events) => {
                let state = events.iter().fold(self.state, D::evolve);
                (events, state)
            }
            Err(e) => panic!("expected success, got error {e}"),
        }
    }

    /// Asserts an error with this code and (if given) rule; returns it.
    pub fn then_error(self, code: &str, rule: Option<Rule>) -> DomainError {
        match self.result {
            Ok(events) => panic!("expected {code}, got events {events:?}"),
            Err(e) => {
                assert_eq!(e.code(), code, "{e}");
                if rule.is_some() {
                    assert_eq!(e.rule(), rule, "{e}");
                }
                e
            }
        }
    }
}

fn fixed(n: u128) -> uuid::Uuid {
    uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 | n)
}

pub fn partnership() -> PartnershipId {
    PartnershipId::from_uuid(fixed(1))
}
pub fn forum() -> ForumId {
    ForumId::from_uuid(fixed(2))
}
pub fn other_forum() -> ForumId {
    ForumId::from_uuid(fixed(3))
}
pub fn meeting() -> MeetingId {
    MeetingId::from_uuid(fixed(4))
}
pub fn region() -> OrganizationId {
    OrganizationId::from_uuid(fixed(10))
}
pub fn municipality() -> OrganizationId {
    OrganizationId::from_uuid(fixed(11))
}
pub fn general_practice() -> OrganizationId {
    OrganizationId::from_uuid(fixed(12))
}
pub fn outsider_org() -> OrganizationId {
    OrganizationId::from_uuid(fixed(13))
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 2, 26, 13, 30, 0)
        .single()
        .unwrap()
}

pub fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn seated(person: u128, org: OrganizationId, forum: ForumId, role: Role) -> Actor {
    Actor {
        person: PersonId::from_uuid(fixed(person)),
        organization: org,
        platform_operator: false,
        admin_of: vec![],
        member_organization_of: vec![partnership()],
        seats: vec![Seat {
            partnership: partnership(),
            forum,
            role,
        }],
    }
}

/// Secretariat of the forum, from the region.
pub fn secretariat() -> Actor {
    seated(100, region(), forum(), Role::Secretariat)
}
/// Chair of the forum.
pub fn chair() -> Actor {
    seated(101, region(), forum(), Role::Chair)
}
/// Co-chair of the forum.
pub fn co_chair() -> Actor {
    seated(102, municipality(), forum(), Role::CoChair)
}
/// Member of the forum for the municipality.
pub fn member_municipality() -> Actor {
    seated(103, municipality(), forum(), Role::Member)
}
/// Member of the forum for general practice.
pub fn member_gp() -> Actor {
    seated(104, general_practice(), forum(), Role::Member)
}
/// Observer in the forum.
pub fn observer() -> Actor {
    seated(105, general_practice(), forum(), Role::Observer)
}
/// A person of a member organisation, seated in another forum only.
pub fn member_elsewhere() -> Actor {
    seated(106, general_practice(), other_forum(), Role::Member)
}
/// Secretariat of another forum of the same partnership.
pub fn secretariat_elsewhere() -> Actor {
    seated(107, region(), other_forum(), Role::Secretariat)
}
/// A person of an organisation that is not a member.
pub fn outsider() -> Actor {
    Actor::new(PersonId::from_uuid(fixed(108)), outsider_org())
}
/// A partnership administrator with no seats.
pub fn admin() -> Actor {
    Actor {
        admin_of: vec![partnership()],
        member_organization_of: vec![partnership()],
        ..Actor::new(PersonId::from_uuid(fixed(109)), region())
    }
}
/// A platform operator.
pub fn operator() -> Actor {
    Actor {
        platform_operator: true,
        ..Actor::new(PersonId::from_uuid(fixed(110)), region())
    }
}

pub fn md(s: &str) -> Markdown {
    Markdown::parse(s).unwrap()
}
pub fn title(s: &str) -> Title {
    Title::parse(s).unwrap()
}
pub fn name(s: &str) -> Name {
    Name::parse(s).unwrap()
}

pub fn scheduled() -> MeetingEvent {
    MeetingScheduled {
        meeting_id: meeting(),
        partnership_id: partnership(),
        forum_id: forum(),
        title: None,
        starts_at: now(),
        ends_at: Some(now() + chrono::Duration::hours(3)),
        mode: MeetingMode::InPerson,
        location: Some(Location {
            room: Some(name("Mødelokale 6")),
            address: name("Damhaven 12, Vejle"),
        }),
        online_link: None,
        place_not_given: false,
    }
    .into()
}

pub fn details(t: &str, kind: ItemKind) -> ItemDetails {
    ItemDetails {
        title: title(t),
        kind,
        visibility: Visibility::Open,
        case_reference: None,
        document_number: None,
        time_slot: None,
        presenters: vec![],
        guests: vec![],
        absent: vec![],
        follows_up: None,
        prepared_by: None,
    }
}

pub fn recommendations(n: usize) -> SectionEntry {
    SectionEntry {
        section: Section::Recommendations,
        content: SectionContent::Recommendations {
            preamble: md("Det indstilles, at"),
            proposals: (1..=n)
                .map(|k| md(&format!("Godkender punkt {k}")))
                .collect(),
            style: RecommendationStyle::Numbered,
        },
    }
}

/// An item proposed by the municipality with `recs` recommendations.
pub fn proposed(item: AgendaItemId, kind: ItemKind, recs: usize) -> MeetingEvent {
    AgendaItemProposed {
        meeting_id: meeting(),
        item_id: item,
        proposed_by: municipality(),
        title: title("Et punkt"),
        kind,
        visibility: Visibility::Open,
        case_reference: None,
        document_number: None,
        time_slot: None,
        presenters: vec![],
        guests: vec![],
        absent: vec![],
        follows_up: None,
        prepared_by: None,
        sections: vec![
            SectionEntry {
                section: Section::Summary,
                content: SectionContent::Text(md("Resumé")),
            },
            recommendations(recs),
        ],
        postponed_from: None,
        after_publication: false,
        proposed_by_person: None,
    }
    .into()
}

pub fn accepted(item: AgendaItemId) -> MeetingEvent {
    AgendaItemAccepted {
        meeting_id: meeting(),
        item_id: item,
        after_publication: false,
    }
    .into()
}

pub fn published() -> MeetingEvent {
    AgendaPublished {
        meeting_id: meeting(),
        edition: 1,
        published_at: now(),
        items: vec![],
    }
    .into()
}

pub fn opened() -> MeetingEvent {
    MeetingOpened {
        meeting_id: meeting(),
        opened_at: now(),
    }
    .into()
}

pub fn adjourned() -> MeetingEvent {
    MeetingAdjourned {
        meeting_id: meeting(),
        adjourned_at: now(),
    }
    .into()
}

pub fn item_id(n: u128) -> AgendaItemId {
    AgendaItemId::from_uuid(fixed(1000 + n))
}

pub fn outcome(k: u32, o: Outcome) -> RecommendationOutcome {
    RecommendationOutcome {
        recommendation: k,
        outcome: o,
        note: None,
    }
}
