//! The read model fed live equals the read model rebuilt from position 0, and "as of" reads
//! return the state at a past position.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use samraad_app::{CommandService, Issuer};
use samraad_domain::fund_pool::{CreateFundPool, FundPool, FundPoolCommand, ReceiveGrant};
use samraad_domain::meeting::{Location, MeetingCommand, MeetingMode, ScheduleMeeting};
use samraad_domain::partnership::{
    CreateForum, CreatePartnership, ForumLevel, OrganizationKind, PartnershipCommand,
    RegisterOrganization,
};
use samraad_domain::{
    Currency, ForumId, FundPoolId, MeetingId, Money, Name, OrganizationId, PartnershipId, PersonId,
    StreamKind,
};
use samraad_projections::as_of::stream_as_of;
use samraad_projections::{Projections, rebuild};
use samraad_store::{EventStore, SqliteStore};
use uuid::Uuid;

fn admin(person: PersonId, organization: OrganizationId) -> Issuer {
    let command_id = Uuid::now_v7();
    Issuer {
        command_id,
        correlation_id: command_id,
        person,
        organization,
        platform_operator: true,
        expected_version: None,
    }
}

#[tokio::test]
async fn live_read_model_equals_rebuild_and_as_of_travels_back() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn EventStore> = Arc::new(SqliteStore::open(dir.path().join("e.db")).unwrap());
    let projections = Projections::new(store.clone());
    let feeding = tokio::spawn(projections.clone().run());
    let service = CommandService::new(store.clone());
    let (person, org) = (PersonId::new(), OrganizationId::new());
    let partnership = PartnershipId::new();
    let run = |cmd| {
        let issuer = admin(person, org);
        let service = &service;
        async move {
            service
                .partnership(partnership, &issuer, cmd)
                .await
                .unwrap()
        }
    };
    run(PartnershipCommand::CreatePartnership(CreatePartnership {
        partnership_id: partnership,
        name: Name::parse("Sundhedsklynge Lillebælt").unwrap(),
        time_zone: None,
    }))
    .await;
    run(PartnershipCommand::RegisterOrganization(
        RegisterOrganization {
            organization_id: org,
            name: Name::parse("Region Syddanmark").unwrap(),
            kind: OrganizationKind::Region,
        },
    ))
    .await;
    let forum = ForumId::new();
    run(PartnershipCommand::CreateForum(CreateForum {
        forum_id: forum,
        name: Name::parse("Fagligt Strategisk Niveau").unwrap(),
        level: ForumLevel::Strategic,
    }))
    .await;
    let meeting = MeetingId::new();
    let starts = Utc.with_ymd_and_hms(2025, 2, 26, 13, 30, 0).unwrap();
    let schedule = MeetingCommand::ScheduleMeeting(ScheduleMeeting {
        meeting_id: meeting,
        partnership_id: partnership,
        forum_id: forum,
        title: None,
        starts_at: starts,
        ends_at: Some(starts + chrono::Duration::hours(3)),
        mode: MeetingMode::InPerson,
        location: Some(Location {
            room: Some(Name::parse("Mødelokale 6 - stuen").unwrap()),
            address: Name::parse("Damhaven 12, 7100 Vejle").unwrap(),
        }),
        online_link: None,
        place_not_given: false,
    });
    service
        .meeting(meeting, &admin(person, org), schedule)
        .await
        .unwrap();
    let pool = FundPoolId::new();
    let create = FundPoolCommand::CreateFundPool(CreateFundPool {
        fund_pool_id: pool,
        partnership_id: partnership,
        name: Name::parse("Klyngemidler").unwrap(),
        currency: Currency::Dkk,
    });
    service
        .fund_pool(pool, &admin(person, org), create)
        .await
        .unwrap();
    let grant = |minor| {
        FundPoolCommand::ReceiveGrant(ReceiveGrant {
            fund_pool_id: pool,
            year: 2025,
            source: Name::parse("Region Syddanmark").unwrap(),
            amount: Money::dkk(minor),
            note: None,
        })
    };
    let first = service
        .fund_pool(pool, &admin(person, org), grant(353_000_000))
        .await
        .unwrap();
    let last = service
        .fund_pool(pool, &admin(person, org), grant(100_000))
        .await
        .unwrap();

    assert!(
        projections
            .wait_for(last.position, Duration::from_secs(10))
            .await
    );
    let rebuilt = rebuild(store.as_ref(), |_, _| {}).await.unwrap();
    projections.read(|live| {
        assert_eq!(live.position, rebuilt.position);
        assert_eq!(live.partnerships, rebuilt.partnerships);
        assert_eq!(live.meetings, rebuilt.meetings);
        assert_eq!(live.fund_pools, rebuilt.fund_pools);
        assert_eq!(live.history, rebuilt.history);
        assert_eq!(live.calendar, rebuilt.calendar);
        assert_eq!(live.counts(), rebuilt.counts());
        assert_eq!(live.calendar[&forum].len(), 1);
        assert_eq!(live.by_partnership[&partnership].fund_pools.len(), 1);
        assert_eq!(
            live.fund_pools[&pool].state.available(),
            Money::dkk(353_100_000)
        );
    });

    let then = stream_as_of::<FundPool>(
        store.as_ref(),
        StreamKind::FundPool,
        pool.as_uuid(),
        first.position,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(then.state.available(), Money::dkk(353_000_000));
    let before = stream_as_of::<FundPool>(
        store.as_ref(),
        StreamKind::FundPool,
        pool.as_uuid(),
        samraad_store::Position(1),
    )
    .await
    .unwrap();
    assert!(before.is_none(), "the pool did not exist at position 1");
    feeding.abort();
}
