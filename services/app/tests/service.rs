//! The command service against the real embedded store: idempotency, expected versions,
//! contention retries, and decision references looked up before `decide`.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use samraad_app::{AppError, CommandService, Issuer};
use samraad_domain::fund_pool::{AllocateFunds, CreateFundPool, FundPoolCommand, ReceiveGrant};
use samraad_domain::meeting::DecisionRef;
use samraad_domain::partnership::{
    CreatePartnership, OrganizationKind, PartnershipCommand, RegisterOrganization,
};
use samraad_domain::{
    AgendaItemId, Currency, FundPoolId, InitiativeId, MeetingId, Money, Name, OrganizationId,
    PartnershipId, PersonId, Rule,
};
use samraad_store::{EventStore, SqliteStore, StreamName};
use uuid::Uuid;

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<dyn EventStore>,
    service: CommandService,
    operator: Issuer,
    partnership: PartnershipId,
}

fn issuer(person: PersonId, organization: OrganizationId) -> Issuer {
    let command_id = Uuid::now_v7();
    Issuer {
        command_id,
        correlation_id: command_id,
        person,
        organization,
        platform_operator: false,
        expected_version: None,
    }
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn EventStore> =
        Arc::new(SqliteStore::open(dir.path().join("events.db")).unwrap());
    let service = CommandService::new(store.clone());
    let mut operator = issuer(PersonId::new(), OrganizationId::new());
    operator.platform_operator = true;
    let partnership = PartnershipId::new();
    let create = PartnershipCommand::CreatePartnership(CreatePartnership {
        partnership_id: partnership,
        name: Name::parse("Sundhedsklynge Lillebælt").unwrap(),
        time_zone: None,
    });
    service
        .partnership(partnership, &operator, create)
        .await
        .unwrap();
    Fixture {
        _dir: dir,
        store,
        service,
        operator,
        partnership,
    }
}

fn register(name: &str) -> PartnershipCommand {
    PartnershipCommand::RegisterOrganization(RegisterOrganization {
        organization_id: OrganizationId::new(),
        name: Name::parse(name).unwrap(),
        kind: OrganizationKind::Municipality,
    })
}

#[tokio::test]
async fn the_same_command_id_appends_once_and_returns_the_first_result() {
    let f = fixture().await;
    let mut admin = f.operator.clone();
    admin.command_id = Uuid::now_v7();
    let command = register("Kolding Kommune");
    let first = f
        .service
        .partnership(f.partnership, &admin, command.clone())
        .await
        .unwrap();
    // A retry decides against newer state (the organisation now exists) but must not fail
    // and must not append: it returns the first outcome.
    let again_command = command.clone();
    let again = f
        .service
        .partnership(f.partnership, &admin, command)
        .await
        .unwrap();
    assert!(!first.replayed);
    assert!(again.replayed);
    assert_eq!(
        (again.version, again.position),
        (first.version, first.position)
    );
    // A fresh service (no cache) recognises the retry from the stored causation ids.
    let fresh = CommandService::new(f.store.clone());
    let third = fresh
        .partnership(f.partnership, &admin, again_command.clone())
        .await
        .unwrap();
    assert!(third.replayed);
    // The same id with another payload, or from another person, is not a retry: refused.
    for service in [&f.service, &fresh] {
        let err = service
            .partnership(f.partnership, &admin, register("Kolding Kommune"))
            .await
            .unwrap_err();
        assert!(matches!(err, AppError::CommandIdReused { .. }), "{err:?}");
        let mut someone_else = admin.clone();
        someone_else.person = samraad_domain::PersonId::new();
        let err = service
            .partnership(f.partnership, &someone_else, again_command.clone())
            .await
            .unwrap_err();
        assert!(matches!(err, AppError::CommandIdReused { .. }), "{err:?}");
    }
    let stream = StreamName::parse(format!("partnership-{}", f.partnership)).unwrap();
    let events = f.store.read_stream(stream, 0, 100).await.unwrap();
    assert_eq!(
        events.len() as u64,
        first.version,
        "nothing appended by the retries"
    );
}

#[tokio::test]
async fn a_stale_expected_version_is_a_conflict_naming_the_current_version() {
    let f = fixture().await;
    let mut admin = f.operator.clone();
    admin.command_id = Uuid::now_v7();
    let outcome = f
        .service
        .partnership(f.partnership, &admin, register("Vejle Kommune"))
        .await
        .unwrap();
    let mut stale = f.operator.clone();
    stale.command_id = Uuid::now_v7();
    stale.expected_version = Some(outcome.version - 1);
    let err = f
        .service
        .partnership(f.partnership, &stale, register("Fredericia Kommune"))
        .await
        .unwrap_err();
    match err {
        AppError::StaleVersion {
            expected, actual, ..
        } => {
            assert_eq!((expected, actual), (outcome.version - 1, outcome.version));
        }
        other => panic!("expected a stale version, got {other:?}"),
    }
}

#[tokio::test]
async fn concurrent_commands_without_expected_version_all_succeed() {
    let f = Arc::new(fixture().await);
    let mut tasks = Vec::new();
    for i in 0..8 {
        let f = f.clone();
        tasks.push(tokio::spawn(async move {
            let mut admin = f.operator.clone();
            admin.command_id = Uuid::now_v7();
            f.service
                .partnership(f.partnership, &admin, register(&format!("Kommune {i}")))
                .await
        }));
    }
    let mut versions = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(outcome) => versions.push(outcome.version),
            Err(AppError::Contention { .. }) => {} // allowed under heavy contention, never lost
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    versions.sort_unstable();
    versions.dedup();
    assert!(
        versions.len() >= 4,
        "most concurrent commands commit: {versions:?}"
    );
}

#[tokio::test]
async fn allocating_funds_requires_a_recorded_decision() {
    let f = fixture().await;
    let pool = FundPoolId::new();
    let mut admin = f.operator.clone();
    admin.command_id = Uuid::now_v7();
    let create = FundPoolCommand::CreateFundPool(CreateFundPool {
        fund_pool_id: pool,
        partnership_id: f.partnership,
        name: Name::parse("Klyngemidler").unwrap(),
        currency: Currency::Dkk,
    });
    f.service.fund_pool(pool, &admin, create).await.unwrap();
    admin.command_id = Uuid::now_v7();
    let grant = FundPoolCommand::ReceiveGrant(ReceiveGrant {
        fund_pool_id: pool,
        year: 2025,
        source: Name::parse("Region Syddanmark").unwrap(),
        amount: Money::dkk(353_000_000),
        note: None,
    });
    f.service.fund_pool(pool, &admin, grant).await.unwrap();
    admin.command_id = Uuid::now_v7();
    let allocate = FundPoolCommand::AllocateFunds(AllocateFunds {
        fund_pool_id: pool,
        initiative_id: InitiativeId::new(),
        decision: DecisionRef {
            meeting_id: MeetingId::new(),
            item_id: AgendaItemId::new(),
            recommendation: None,
        },
        requested: Money::dkk(140_000_000),
        granted: Money::dkk(8_000_000),
        year: Some(2025),
    });
    let err = f
        .service
        .fund_pool(pool, &admin, allocate)
        .await
        .unwrap_err();
    match err {
        AppError::Domain(e) => assert_eq!(e.rule(), Some(Rule::MustExist)),
        other => panic!("expected a rule violation, got {other:?}"),
    }
}

#[tokio::test]
async fn a_stale_cache_on_another_replica_never_decides_the_answer() {
    use samraad_domain::partnership::AppointAdministrator;
    let f = fixture().await;
    // A second replica of the command service on the same store, with its own cache.
    let other = CommandService::new(f.store.clone());
    let mut admin = f.operator.clone();
    admin.command_id = Uuid::now_v7();
    other
        .partnership(f.partnership, &admin, register("Middelfart Kommune"))
        .await
        .unwrap();
    // Replica two appoints a new administrator; replica one's cache does not know yet.
    let newcomer = PersonId::new();
    admin.command_id = Uuid::now_v7();
    let appoint = PartnershipCommand::AppointAdministrator(AppointAdministrator {
        person_id: newcomer,
    });
    other
        .partnership(f.partnership, &admin, appoint)
        .await
        .unwrap();
    // On replica one, the newcomer's command is refused by the stale cache, then re-decided
    // on fresh state and accepted.
    let newcomer_issuer = issuer(newcomer, OrganizationId::new());
    let outcome = f
        .service
        .partnership(
            f.partnership,
            &newcomer_issuer,
            register("Nordfyns Kommune"),
        )
        .await
        .unwrap();
    assert_eq!(
        outcome.version, 4,
        "created, registered, appointed, registered"
    );
    // And a client's expectedVersion is judged against the stream, not the stale cache.
    let mut exact = f.operator.clone();
    exact.command_id = Uuid::now_v7();
    exact.expected_version = Some(4);
    other
        .partnership(f.partnership, &exact, register("Assens Kommune"))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_command_id_reused_on_another_stream_is_refused() {
    let f = fixture().await;
    let second = PartnershipId::new();
    let create = PartnershipCommand::CreatePartnership(CreatePartnership {
        partnership_id: second,
        name: Name::parse("Sundhedsklynge Sydvestjylland").unwrap(),
        time_zone: None,
    });
    let mut operator = f.operator.clone();
    operator.command_id = Uuid::now_v7();
    f.service
        .partnership(second, &operator, create)
        .await
        .unwrap();
    operator.command_id = Uuid::now_v7();
    let first = f
        .service
        .partnership(f.partnership, &operator, register("Esbjerg Kommune"))
        .await
        .unwrap();
    // The same command id on the other partnership: refused, not applied a second time.
    let err = f
        .service
        .partnership(second, &operator, register("Esbjerg Kommune"))
        .await
        .unwrap_err();
    assert!(matches!(err, AppError::CommandIdReused { .. }), "{err:?}");
    let stream = StreamName::parse(format!("partnership-{second}")).unwrap();
    assert_eq!(f.store.read_stream(stream, 0, 10).await.unwrap().len(), 1);
    // And the cache on that stream is sound: the next command decides and appends.
    operator.command_id = Uuid::now_v7();
    let next = f
        .service
        .partnership(second, &operator, register("Varde Kommune"))
        .await
        .unwrap();
    assert_eq!(next.version, 2);
    assert!(first.version > 0);
}

#[tokio::test]
async fn a_seat_ended_through_another_replica_is_ended_here_too() {
    use chrono::{NaiveDate, TimeZone, Utc};
    use samraad_domain::meeting::{CancelMeeting, MeetingCommand, MeetingMode, ScheduleMeeting};
    use samraad_domain::partnership::{AppointMember, CreateForum, EndMembership, ForumLevel};
    use samraad_domain::{ForumId, MeetingId, MembershipId, Role};
    let f = fixture().await;
    // Replica one re-reads seats for every command (`SEAT_TTL` bounds this in production).
    let here = CommandService::with_seat_ttl(f.store.clone(), std::time::Duration::ZERO);
    let other = CommandService::new(f.store.clone());
    let org = OrganizationId::new();
    let mut admin = f.operator.clone();
    let mut run = async |service: &CommandService, command| {
        admin.command_id = Uuid::now_v7();
        service
            .partnership(f.partnership, &admin, command)
            .await
            .unwrap();
    };
    run(
        &here,
        PartnershipCommand::RegisterOrganization(RegisterOrganization {
            organization_id: org,
            name: Name::parse("Region Syddanmark").unwrap(),
            kind: OrganizationKind::Region,
        }),
    )
    .await;
    let forum = ForumId::new();
    run(
        &here,
        PartnershipCommand::CreateForum(CreateForum {
            forum_id: forum,
            name: Name::parse("Fagligt Strategisk Niveau").unwrap(),
            level: ForumLevel::Strategic,
        }),
    )
    .await;
    let (secretary, seat) = (PersonId::new(), MembershipId::new());
    run(
        &here,
        PartnershipCommand::AppointMember(AppointMember {
            membership_id: seat,
            forum_id: forum,
            person_id: secretary,
            person_name: Name::parse("Mette Heidemann").unwrap(),
            person_title: None,
            organization_id: org,
            role: Role::Secretariat,
            valid_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            valid_until: None,
        }),
    )
    .await;
    let meeting = MeetingId::new();
    let starts = Utc.with_ymd_and_hms(2030, 2, 26, 13, 30, 0).unwrap();
    let schedule = MeetingCommand::ScheduleMeeting(ScheduleMeeting {
        meeting_id: meeting,
        partnership_id: f.partnership,
        forum_id: forum,
        title: None,
        starts_at: starts,
        ends_at: Some(starts + chrono::Duration::hours(2)),
        mode: MeetingMode::Written,
        location: None,
        online_link: None,
        place_not_given: false,
    });
    let secretariat = issuer(secretary, org);
    here.meeting(meeting, &secretariat, schedule).await.unwrap();
    // The other replica ends the seat; this replica's caches still hold it.
    run(
        &other,
        PartnershipCommand::EndMembership(EndMembership {
            membership_id: seat,
            ended_on: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
            at_once: false,
            reason: None,
        }),
    )
    .await;
    let cancel = MeetingCommand::CancelMeeting(CancelMeeting {
        meeting_id: meeting,
        reason: None,
    });
    let err = f
        .service
        .meeting(meeting, &issuer(secretary, org), cancel)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, AppError::Domain(e) if e.code() == "FORBIDDEN"),
        "a former secretary may not cancel the meeting: {err:?}"
    );
}
