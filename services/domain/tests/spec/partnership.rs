use chrono::NaiveDate;
use samraad_domain::meeting::Section;
use samraad_domain::partnership::*;
use samraad_domain::*;

use crate::support::*;

fn created() -> PartnershipEvent {
    PartnershipCreated {
        partnership_id: partnership(),
        name: name("Sundhedsklynge Lillebælt"),
        created_by: admin().person,
        time_zone: None,
    }
    .into()
}

fn org_registered() -> PartnershipEvent {
    OrganizationRegistered {
        partnership_id: partnership(),
        organization_id: municipality(),
        name: name("Vejle Kommune"),
        kind: OrganizationKind::Municipality,
    }
    .into()
}

fn forum_created() -> PartnershipEvent {
    ForumCreated {
        partnership_id: partnership(),
        forum_id: forum(),
        name: name("Fagligt Strategisk Niveau"),
        level: ForumLevel::Strategic,
    }
    .into()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, d).unwrap()
}

fn appoint(membership: MembershipId) -> AppointMember {
    AppointMember {
        membership_id: membership,
        forum_id: forum(),
        person_id: member_municipality().person,
        person_name: name("Thomas Reintoft"),
        person_title: Some(name("Kommunaldirektør")),
        organization_id: municipality(),
        role: Role::Member,
        valid_from: day(1),
        valid_until: None,
    }
}

#[test]
fn operator_creates_partnership_and_becomes_admin() {
    let state = given::<Partnership>([])
        .by(operator())
        .when(PartnershipCommand::CreatePartnership(CreatePartnership {
            partnership_id: partnership(),
            name: name("Sundhedsklynge Lillebælt"),
            time_zone: None,
        }))
        .then([PartnershipCreated {
            partnership_id: partnership(),
            name: name("Sundhedsklynge Lillebælt"),
            created_by: operator().person,
            time_zone: None,
        }
        .into()]);
    assert!(state.is_admin(operator().person));
    assert_eq!(state.time_zone(), TimeZone::COPENHAGEN, "the default");
}

#[test]
fn a_partnership_shows_times_in_its_own_time_zone() {
    let nuuk = TimeZone::parse("America/Nuuk").unwrap();
    let state = given::<Partnership>([])
        .by(operator())
        .when(PartnershipCommand::CreatePartnership(CreatePartnership {
            partnership_id: partnership(),
            name: name("Sundhedsklynge Sermersooq"),
            time_zone: Some(nuuk),
        }))
        .then([PartnershipCreated {
            partnership_id: partnership(),
            name: name("Sundhedsklynge Sermersooq"),
            created_by: operator().person,
            time_zone: Some(nuuk),
        }
        .into()]);
    assert_eq!(state.time_zone(), nuuk);
}

#[test]
fn only_operator_creates_partnership() {
    given::<Partnership>([])
        .by(admin())
        .when(PartnershipCommand::CreatePartnership(CreatePartnership {
            partnership_id: partnership(),
            name: name("X"),
            time_zone: None,
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlyOperatorCreatesPartnerships));
}

#[test]
fn creating_twice_conflicts() {
    given::<Partnership>([created()])
        .by(operator())
        .when(PartnershipCommand::CreatePartnership(CreatePartnership {
            partnership_id: partnership(),
            name: name("X"),
            time_zone: None,
        }))
        .then_error("CONFLICT", Some(Rule::AlreadyExists));
}

#[test]
fn admin_appoints_administrator() {
    given::<Partnership>([created()])
        .by(admin())
        .when(PartnershipCommand::AppointAdministrator(
            AppointAdministrator {
                person_id: chair().person,
            },
        ))
        .then([AdministratorAppointed {
            partnership_id: partnership(),
            person_id: chair().person,
        }
        .into()]);
}

#[test]
fn admin_registers_organization() {
    given::<Partnership>([created()])
        .by(admin())
        .when(PartnershipCommand::RegisterOrganization(
            RegisterOrganization {
                organization_id: municipality(),
                name: name("Vejle Kommune"),
                kind: OrganizationKind::Municipality,
            },
        ))
        .then([org_registered()]);
}

#[test]
fn only_admin_manages_partnership() {
    given::<Partnership>([created()])
        .by(secretariat())
        .when(PartnershipCommand::RegisterOrganization(
            RegisterOrganization {
                organization_id: municipality(),
                name: name("Vejle Kommune"),
                kind: OrganizationKind::Municipality,
            },
        ))
        .then_error("FORBIDDEN", Some(Rule::OnlyAdminManagesPartnership));
}

#[test]
fn commands_on_missing_partnership_are_not_found() {
    given::<Partnership>([])
        .by(admin())
        .when(PartnershipCommand::CreateForum(CreateForum {
            forum_id: forum(),
            name: name("FSN"),
            level: ForumLevel::Strategic,
        }))
        .then_error("NOT_FOUND", None);
}

#[test]
fn admin_creates_forum() {
    given::<Partnership>([created()])
        .by(admin())
        .when(PartnershipCommand::CreateForum(CreateForum {
            forum_id: forum(),
            name: name("Fagligt Strategisk Niveau"),
            level: ForumLevel::Strategic,
        }))
        .then([forum_created()]);
}

/// Partnerships lay their minutes out differently: Indstilling after Sagsfremstilling,
/// "Indstilling og proces", no table of contents.
#[test]
fn a_forum_has_its_own_minutes_template() {
    let template = MinutesTemplate {
        order: vec![Section::Background, Section::Recommendations],
        labels: vec![SectionLabel {
            section: Section::Recommendations,
            label: name("Indstilling og proces"),
        }],
        empty_headings: false,
        item_absentees: true,
        table_of_contents: false,
    };
    let set = |template: MinutesTemplate| {
        PartnershipCommand::SetMinutesTemplate(SetMinutesTemplate {
            forum_id: forum(),
            template,
        })
    };
    let state = given::<Partnership>([created(), forum_created()])
        .by(admin())
        .when(set(template.clone()))
        .then([MinutesTemplateSet {
            partnership_id: partnership(),
            forum_id: forum(),
            template: template.clone(),
        }
        .into()]);
    let forum_info = state.forum(forum()).unwrap();
    assert_eq!(forum_info.minutes_template, template);
    assert_eq!(
        forum_info.minutes_template.sections()[..3],
        [
            Section::Background,
            Section::Recommendations,
            Section::Summary
        ]
    );
    assert_eq!(
        forum_info.minutes_template.label(Section::Recommendations),
        Some("Indstilling og proces")
    );
    // A new forum has the family's default layout.
    let fresh = given::<Partnership>([created()])
        .by(admin())
        .when(set(template.clone()));
    fresh.then_error("NOT_FOUND", None);
    let (_, state) = given::<Partnership>([created(), forum_created()])
        .by(admin())
        .when(set(MinutesTemplate::default()))
        .ok();
    assert_eq!(
        state.forum(forum()).unwrap().minutes_template.sections(),
        Section::ALL.to_vec()
    );
    given::<Partnership>([created(), forum_created()])
        .by(secretariat())
        .when(set(template.clone()))
        .then_error("FORBIDDEN", Some(Rule::OnlyAdminManagesPartnership));
    let twice = MinutesTemplate {
        order: vec![Section::Summary, Section::Summary],
        ..MinutesTemplate::default()
    };
    given::<Partnership>([created(), forum_created()])
        .by(admin())
        .when(set(twice))
        .then_error("INVALID_INPUT", None);
}

#[test]
fn appoint_member_and_actor_gets_seat() {
    let m = MembershipId::new();
    let (_, state) = given::<Partnership>([created(), org_registered(), forum_created()])
        .by(admin())
        .when(PartnershipCommand::AppointMember(appoint(m)))
        .ok();
    let actor = state.actor(member_municipality().person, municipality(), now());
    assert_eq!(
        actor.seats,
        vec![Seat {
            partnership: partnership(),
            forum: forum(),
            role: Role::Member
        }]
    );
    assert!(actor.is_member_organization_of(partnership()));
    assert!(!actor.is_admin_of(partnership()));
}

#[test]
fn appoint_member_needs_known_forum_and_organization() {
    given::<Partnership>([created(), org_registered()])
        .by(admin())
        .when(PartnershipCommand::AppointMember(appoint(
            MembershipId::new(),
        )))
        .then_error("NOT_FOUND", None);
    given::<Partnership>([created(), forum_created()])
        .by(admin())
        .when(PartnershipCommand::AppointMember(appoint(
            MembershipId::new(),
        )))
        .then_error("NOT_FOUND", None);
}

#[test]
fn membership_period_must_be_valid() {
    let mut c = appoint(MembershipId::new());
    c.valid_until = Some(day(1) - chrono::Duration::days(1));
    given::<Partnership>([created(), org_registered(), forum_created()])
        .by(admin())
        .when(PartnershipCommand::AppointMember(c))
        .then_error("RULE_VIOLATION", Some(Rule::MembershipPeriod));
}

#[test]
fn end_membership_removes_the_seat_and_ends_once() {
    let m = MembershipId::new();
    let (_, state) = given::<Partnership>([created(), org_registered(), forum_created()])
        .by(admin())
        .when(PartnershipCommand::AppointMember(appoint(m)))
        .ok();
    let mut events = vec![created(), org_registered(), forum_created()];
    events.push(
        MemberAppointed {
            partnership_id: partnership(),
            membership_id: m,
            forum_id: forum(),
            person_id: member_municipality().person,
            person_name: name("Thomas Reintoft"),
            person_title: Some(name("Kommunaldirektør")),
            organization_id: municipality(),
            role: Role::Member,
            valid_from: day(1),
            valid_until: None,
        }
        .into(),
    );
    assert_eq!(state, Partnership::fold(events.iter()));
    // Ended without a date: at once, not at the end of the day.
    let (at_once, _) = given::<Partnership>(events.clone())
        .by(admin())
        .when(PartnershipCommand::EndMembership(EndMembership {
            membership_id: m,
            ended_on: now().date_naive(),
            at_once: true,
            reason: None,
        }))
        .ok();
    let mut ended_now = events.clone();
    ended_now.extend(at_once);
    let folded = Partnership::fold(ended_now.iter());
    let before = now() - chrono::Duration::seconds(1);
    let after = now() + chrono::Duration::seconds(1);
    let seats = |at| {
        folded
            .actor(member_municipality().person, municipality(), at)
            .seats
            .len()
    };
    assert_eq!(
        (seats(before), seats(after)),
        (1, 0),
        "ends at once, not at midnight"
    );
    // A seat acts only for the organisation it represents.
    assert!(
        folded
            .actor(member_municipality().person, region(), before)
            .seats
            .is_empty()
    );
    let end = EndMembership {
        membership_id: m,
        ended_on: day(10),
        at_once: false,
        reason: None,
    };
    let (ended, state) = given::<Partnership>(events.clone())
        .by(admin())
        .when(PartnershipCommand::EndMembership(end.clone()))
        .ok();
    assert!(
        state
            .actor(member_municipality().person, municipality(), now())
            .seats
            .is_empty()
    );
    events.extend(ended);
    given::<Partnership>(events)
        .by(admin())
        .when(PartnershipCommand::EndMembership(end))
        .then_error("RULE_VIOLATION", Some(Rule::MembershipPeriod));
}
