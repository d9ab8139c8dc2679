use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

fn edit(section: Section, base: u64, text: &str) -> MeetingCommand {
    MeetingCommand::EditAgendaItem(EditAgendaItem {
        meeting_id: meeting(),
        item_id: item_id(1),
        section,
        base_revision: base,
        content: SectionContent::Text(md(text)),
    })
}

fn history() -> Vec<MeetingEvent> {
    vec![scheduled(), proposed(item_id(1), ItemKind::Decision, 2)]
}

#[test]
fn two_organizations_edit_different_sections_from_the_same_version() {
    // Both saw the item as proposed: summary at revision 1, background never written (0).
    let (first, _) = given::<Meeting>(history())
        .by(member_municipality())
        .when(edit(Section::Summary, 1, "Nyt resumé"))
        .ok();
    let mut events = history();
    events.extend(first);
    let state = given::<Meeting>(events)
        .by(member_gp())
        .when(edit(Section::Background, 0, "Baggrund fra almen praksis"))
        .then([AgendaItemEdited {
            meeting_id: meeting(),
            item_id: item_id(1),
            section: Section::Background,
            base_revision: 0,
            revision: 1,
            content: SectionContent::Text(md("Baggrund fra almen praksis")),
            edited_by: general_practice(),
            after_publication: false,
        }
        .into()]);
    assert_eq!(
        state.section(item_id(1), Section::Summary),
        Some((SectionContent::Text(md("Nyt resumé")), 2))
    );
    assert_eq!(
        state.section(item_id(1), Section::Background),
        Some((SectionContent::Text(md("Baggrund fra almen praksis")), 1))
    );
}

#[test]
fn stale_edit_of_the_same_section_conflicts_with_current_text() {
    let (first, _) = given::<Meeting>(history())
        .by(member_municipality())
        .when(edit(Section::Summary, 1, "Kommunens tekst"))
        .ok();
    let mut events = history();
    events.extend(first);
    let err = given::<Meeting>(events)
        .by(member_gp())
        .when(edit(Section::Summary, 1, "Almen praksis' tekst"))
        .then_error("CONFLICT", Some(Rule::NoSilentOverwrite));
    let DomainError::Conflict {
        current: Some(snapshot),
        ..
    } = err
    else {
        panic!("expected a snapshot")
    };
    assert_eq!(snapshot.revision, 2);
    assert_eq!(snapshot.section, Section::Summary);
    assert_eq!(
        snapshot.content,
        SectionContent::Text(md("Kommunens tekst"))
    );
}

#[test]
fn stale_edit_with_identical_text_appends_nothing() {
    let (first, _) = given::<Meeting>(history())
        .by(member_municipality())
        .when(edit(Section::Summary, 1, "Samme"))
        .ok();
    let mut events = history();
    events.extend(first);
    given::<Meeting>(events)
        .by(member_gp())
        .when(edit(Section::Summary, 1, "Samme"))
        .then([]);
}

#[test]
fn recommendations_section_holds_numbered_proposals() {
    let (_, state) = given::<Meeting>(history())
        .when(MeetingCommand::EditAgendaItem(EditAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            section: Section::Recommendations,
            base_revision: 1,
            content: SectionContent::Recommendations {
                preamble: md("Det indstilles, at"),
                proposals: vec![md("1"), md("2"), md("3")],
                style: RecommendationStyle::Numbered,
            },
        }))
        .ok();
    assert_eq!(state.item(item_id(1)).unwrap().recommendation_count(), 3);
    given::<Meeting>(history())
        .when(edit(Section::Recommendations, 1, "tekst"))
        .then_error("INVALID_INPUT", None);
}

#[test]
fn outsiders_and_observers_may_not_edit() {
    for actor in [outsider(), observer(), member_elsewhere()] {
        given::<Meeting>(history())
            .by(actor)
            .when(edit(Section::Summary, 1, "x"))
            .then_error("FORBIDDEN", Some(Rule::OnlyContributorsEditItems));
    }
}

#[test]
fn edits_after_publication_are_marked() {
    let mut events = history();
    events.push(published());
    let (edited, state) = given::<Meeting>(events)
        .by(member_municipality())
        .when(edit(Section::Finances, 0, "Økonomi"))
        .ok();
    assert!(matches!(&edited[..], [MeetingEvent::AgendaItemEdited(e)] if e.after_publication));
    assert!(state.item(item_id(1)).unwrap().changed_after_publication);
}

#[test]
fn withdrawn_items_are_not_edited() {
    let mut events = history();
    events.push(
        AgendaItemWithdrawn {
            meeting_id: meeting(),
            item_id: item_id(1),
            reason: None,
            after_publication: false,
        }
        .into(),
    );
    given::<Meeting>(events)
        .by(member_municipality())
        .when(edit(Section::Summary, 1, "x"))
        .then_error("RULE_VIOLATION", Some(Rule::ItemStatus));
}

#[test]
fn details_change_with_revision_check() {
    let mut d = details("Nyt navn", ItemKind::Discussion);
    d.visibility = Visibility::Closed;
    d.case_reference = Some(CaseReference::parse("EMN-2022-05561").unwrap());
    let cmd = |base| {
        MeetingCommand::ChangeAgendaItemDetails(ChangeAgendaItemDetails {
            meeting_id: meeting(),
            item_id: item_id(1),
            base_revision: base,
            details: d.clone(),
        })
    };
    let (_, state) = given::<Meeting>(history())
        .by(member_municipality())
        .when(cmd(1))
        .ok();
    let item = state.item(item_id(1)).unwrap();
    assert_eq!(
        (item.details_revision, item.visibility, item.kind),
        (2, Visibility::Closed, ItemKind::Discussion)
    );
    given::<Meeting>(history())
        .by(member_municipality())
        .when(cmd(0))
        .then_error("CONFLICT", Some(Rule::NoSilentOverwrite));
}

#[test]
fn a_closed_item_is_edited_only_through_a_seat_in_its_forum() {
    let mut closed = proposed(item_id(1), ItemKind::Decision, 2);
    if let MeetingEvent::AgendaItemProposed(p) = &mut closed {
        p.visibility = Visibility::Closed;
    }
    let history = vec![scheduled(), closed];
    // A person of the proposing organisation (the municipality) seated only in another forum
    // may edit the organisation's open items, but not a closed one: a conflict would hand
    // them the closed text, a details change could reopen it to the public. To them the
    // closed item answers exactly as an item that does not exist (no oracle).
    let municipality_elsewhere = Actor {
        seats: vec![Seat {
            partnership: partnership(),
            forum: other_forum(),
            role: Role::Member,
        }],
        member_organization_of: vec![partnership()],
        ..Actor::new(
            PersonId::from_uuid(uuid::Uuid::from_u128(999)),
            municipality(),
        )
    };
    given::<Meeting>(history.clone())
        .by(municipality_elsewhere.clone())
        .when(edit(Section::Summary, 0, "Stale probe"))
        .then_error("NOT_FOUND", None);
    let mut missing = edit(Section::Summary, 0, "Stale probe");
    if let MeetingCommand::EditAgendaItem(e) = &mut missing {
        e.item_id = item_id(2);
    }
    let nonexistent = given::<Meeting>(history.clone())
        .by(municipality_elsewhere.clone())
        .when(missing)
        .then_error("NOT_FOUND", None);
    let closed_one = given::<Meeting>(history.clone())
        .by(municipality_elsewhere.clone())
        .when(edit(Section::Summary, 0, "Stale probe"))
        .then_error("NOT_FOUND", None);
    assert_eq!(
        closed_one
            .to_string()
            .replace(&item_id(1).to_string(), "ID"),
        nonexistent
            .to_string()
            .replace(&item_id(2).to_string(), "ID"),
        "the same answer as for an id that does not exist"
    );
    given::<Meeting>(history.clone())
        .by(member_municipality())
        .when(edit(Section::Summary, 1, "Fra forummet"))
        .ok();
    given::<Meeting>(vec![
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 2),
    ])
    .by(municipality_elsewhere)
    .when(edit(Section::Summary, 1, "Åbent punkt"))
    .ok();
}

#[test]
fn the_person_who_proposed_a_closed_item_acts_on_it_without_a_seat() {
    let proposer = Actor {
        member_organization_of: vec![partnership()],
        ..Actor::new(
            PersonId::from_uuid(uuid::Uuid::from_u128(77)),
            municipality(),
        )
    };
    let mut closed = proposed(item_id(1), ItemKind::Decision, 2);
    if let MeetingEvent::AgendaItemProposed(p) = &mut closed {
        p.visibility = Visibility::Closed;
        p.proposed_by_person = Some(proposer.person);
    }
    let history = vec![scheduled(), closed];
    let withdraw = || {
        MeetingCommand::WithdrawAgendaItem(WithdrawAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            reason: None,
        })
    };
    given::<Meeting>(history.clone())
        .by(proposer.clone())
        .when(withdraw())
        .ok();
    // A colleague of the same organisation, without a seat: as if the item did not exist.
    let colleague = Actor {
        person: PersonId::from_uuid(uuid::Uuid::from_u128(78)),
        ..proposer
    };
    given::<Meeting>(history)
        .by(colleague)
        .when(withdraw())
        .then_error("NOT_FOUND", None);
}
