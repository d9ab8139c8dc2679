use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

fn propose(item: AgendaItemId, kind: ItemKind) -> MeetingCommand {
    MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
        meeting_id: meeting(),
        item_id: item,
        details: details("Et punkt", kind),
        sections: vec![
            SectionEntry {
                section: Section::Summary,
                content: SectionContent::Text(md("Resumé")),
            },
            recommendations(1),
        ],
        postponed_from: None,
    })
}

fn accept(item: AgendaItemId) -> MeetingCommand {
    MeetingCommand::AcceptAgendaItem(AcceptAgendaItem {
        meeting_id: meeting(),
        item_id: item,
    })
}

fn numbers(state: &MeetingState) -> Vec<(AgendaItemId, Option<u32>)> {
    state
        .agenda()
        .iter()
        .map(|l| (l.item.item_id, l.number))
        .collect()
}

#[test]
fn any_member_organization_proposes() {
    for actor in [member_municipality(), member_elsewhere(), admin()] {
        let (events, state) = given::<Meeting>([scheduled()])
            .by(actor.clone())
            .when(propose(item_id(1), ItemKind::Decision))
            .ok();
        assert!(matches!(&events[..], [MeetingEvent::AgendaItemProposed(e)]
            if e.proposed_by == actor.organization && !e.after_publication && e.visibility == Visibility::Open));
        let item = state.item(item_id(1)).unwrap();
        assert_eq!(item.status, ItemStatus::Proposed);
        assert_eq!(item.recommendation_count(), 1);
        assert_eq!(
            state.number_of(item_id(1)),
            None,
            "proposed items are not numbered"
        );
    }
}

#[test]
fn outsiders_may_not_propose() {
    given::<Meeting>([scheduled()])
        .by(outsider())
        .when(propose(item_id(1), ItemKind::Decision))
        .then_error("FORBIDDEN", Some(Rule::OnlyMemberOrganizationsPropose));
}

#[test]
fn proposal_validates_sections_and_ids() {
    let bad = MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
        meeting_id: meeting(),
        item_id: item_id(1),
        details: details("Et punkt", ItemKind::Decision),
        sections: vec![SectionEntry {
            section: Section::Recommendations,
            content: SectionContent::Text(md("x")),
        }],
        postponed_from: None,
    });
    given::<Meeting>([scheduled()])
        .when(bad)
        .then_error("INVALID_INPUT", None);
    given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
        .when(propose(item_id(1), ItemKind::Decision))
        .then_error("CONFLICT", Some(Rule::IdAlreadyUsed));
    let mut d = details("Et punkt", ItemKind::Decision);
    d.time_slot = Some(TimeSlot {
        start: time(15, 0),
        end: time(14, 0),
    });
    given::<Meeting>([scheduled()])
        .when(MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            details: d,
            sections: vec![],
            postponed_from: None,
        }))
        .then_error("INVALID_INPUT", None);
}

#[test]
fn secretariat_chair_and_co_chair_accept() {
    for actor in [secretariat(), chair(), co_chair()] {
        let state = given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
            .by(actor)
            .when(accept(item_id(1)))
            .then([accepted(item_id(1))]);
        assert_eq!(state.number_of(item_id(1)), Some(1));
    }
}

#[test]
fn members_observers_and_other_secretariats_may_not_manage_the_agenda() {
    let given_events = [scheduled(), proposed(item_id(1), ItemKind::Decision, 1)];
    for actor in [
        member_municipality(),
        observer(),
        secretariat_elsewhere(),
        admin(),
    ] {
        given::<Meeting>(given_events.clone())
            .by(actor.clone())
            .when(accept(item_id(1)))
            .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairManagesAgenda));
        given::<Meeting>(given_events.clone())
            .by(actor.clone())
            .when(MeetingCommand::RejectAgendaItem(RejectAgendaItem {
                meeting_id: meeting(),
                item_id: item_id(1),
                reason: None,
            }))
            .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairManagesAgenda));
        given::<Meeting>(given_events.clone())
            .by(actor.clone())
            .when(MeetingCommand::ReorderAgenda(ReorderAgenda {
                meeting_id: meeting(),
                order: vec![],
            }))
            .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairManagesAgenda));
        given::<Meeting>(given_events.clone())
            .by(actor.clone())
            .when(MeetingCommand::PublishAgenda(PublishAgenda {
                meeting_id: meeting(),
            }))
            .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairManagesAgenda));
        given::<Meeting>(given_events.clone())
            .by(actor)
            .when(MeetingCommand::PostponeAgendaItem(PostponeAgendaItem {
                meeting_id: meeting(),
                item_id: item_id(1),
                to_meeting: None,
                reason: None,
            }))
            .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairManagesAgenda));
    }
}

#[test]
fn accept_only_proposed_items() {
    given::<Meeting>([
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        accepted(item_id(1)),
    ])
    .when(accept(item_id(1)))
    .then_error("RULE_VIOLATION", Some(Rule::ItemStatus));
    given::<Meeting>([scheduled()])
        .when(accept(item_id(9)))
        .then_error("NOT_FOUND", None);
}

#[test]
fn reject_is_an_event_and_the_item_stays_in_history() {
    let state = given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
        .when(MeetingCommand::RejectAgendaItem(RejectAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            reason: Some(md("Hører til i koordinerende niveau")),
        }))
        .then([AgendaItemRejected {
            meeting_id: meeting(),
            item_id: item_id(1),
            reason: Some(md("Hører til i koordinerende niveau")),
            after_publication: false,
        }
        .into()]);
    assert_eq!(state.item(item_id(1)).unwrap().status, ItemStatus::Rejected);
    assert!(state.agenda().is_empty());
}

#[test]
fn reorder_renumbers_and_must_be_a_permutation() {
    let events = [
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        proposed(item_id(2), ItemKind::Discussion, 1),
        accepted(item_id(1)),
        accepted(item_id(2)),
    ];
    let state = given::<Meeting>(events.clone())
        .when(MeetingCommand::ReorderAgenda(ReorderAgenda {
            meeting_id: meeting(),
            order: vec![item_id(2), item_id(1)],
        }))
        .then([AgendaReordered {
            meeting_id: meeting(),
            order: vec![item_id(2), item_id(1)],
            after_publication: false,
        }
        .into()]);
    assert_eq!(
        numbers(&state),
        vec![(item_id(2), Some(1)), (item_id(1), Some(2))]
    );
    for bad in [
        vec![item_id(1)],
        vec![item_id(1), item_id(1)],
        vec![item_id(1), item_id(2), item_id(3)],
    ] {
        given::<Meeting>(events.clone())
            .when(MeetingCommand::ReorderAgenda(ReorderAgenda {
                meeting_id: meeting(),
                order: bad,
            }))
            .then_error("RULE_VIOLATION", Some(Rule::ReorderIsPermutation));
    }
}

#[test]
fn proposer_withdraws_and_numbers_close_up() {
    let events = [
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        proposed(item_id(2), ItemKind::Decision, 1),
        proposed(item_id(3), ItemKind::Decision, 1),
        accepted(item_id(1)),
        accepted(item_id(2)),
        accepted(item_id(3)),
    ];
    let state = given::<Meeting>(events.clone())
        .by(member_municipality())
        .when(MeetingCommand::WithdrawAgendaItem(WithdrawAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(2),
            reason: None,
        }))
        .then([AgendaItemWithdrawn {
            meeting_id: meeting(),
            item_id: item_id(2),
            reason: None,
            after_publication: false,
        }
        .into()]);
    assert_eq!(
        numbers(&state),
        vec![(item_id(1), Some(1)), (item_id(3), Some(2))]
    );
    assert_eq!(
        state.item(item_id(2)).unwrap().status,
        ItemStatus::Withdrawn
    );
}

#[test]
fn other_organizations_may_not_withdraw() {
    given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
        .by(member_gp())
        .when(MeetingCommand::WithdrawAgendaItem(WithdrawAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            reason: None,
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlyContributorsEditItems));
}

#[test]
fn postpone_moves_item_out_and_numbers_close_up() {
    let other = MeetingId::new();
    let state = given::<Meeting>([
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        proposed(item_id(2), ItemKind::Decision, 1),
        accepted(item_id(1)),
        accepted(item_id(2)),
    ])
    .when(MeetingCommand::PostponeAgendaItem(PostponeAgendaItem {
        meeting_id: meeting(),
        item_id: item_id(1),
        to_meeting: Some(other),
        reason: None,
    }))
    .then([AgendaItemPostponed {
        meeting_id: meeting(),
        item_id: item_id(1),
        to_meeting: Some(other),
        reason: None,
        after_publication: false,
    }
    .into()]);
    assert_eq!(numbers(&state), vec![(item_id(2), Some(1))]);
    assert_eq!(state.item(item_id(1)).unwrap().postponed_to, Some(other));
}

#[test]
fn breaks_are_positioned_but_not_numbered() {
    let state = Meeting::fold(
        [
            scheduled(),
            proposed(item_id(1), ItemKind::Decision, 1),
            proposed(item_id(2), ItemKind::Break, 0),
            proposed(item_id(3), ItemKind::Discussion, 1),
            accepted(item_id(1)),
            accepted(item_id(2)),
            accepted(item_id(3)),
        ]
        .iter(),
    );
    assert_eq!(
        numbers(&state),
        vec![
            (item_id(1), Some(1)),
            (item_id(2), None),
            (item_id(3), Some(2))
        ]
    );
}

#[test]
fn publish_then_changes_are_visible_as_changes_to_the_published_agenda() {
    let events = [
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        accepted(item_id(1)),
    ];
    let (published_events, state) = given::<Meeting>(events.clone())
        .when(MeetingCommand::PublishAgenda(PublishAgenda {
            meeting_id: meeting(),
        }))
        .ok();
    assert_eq!(
        published_events,
        vec![
            AgendaPublished {
                meeting_id: meeting(),
                edition: 1,
                published_at: now(),
                items: vec![item_id(1)]
            }
            .into()
        ]
    );
    assert!(state.is_published());
    let mut history = events.to_vec();
    history.extend(published_events);

    // A late proposal is possible but marked.
    let (late, state) = given::<Meeting>(history.clone())
        .by(member_gp())
        .when(propose(item_id(2), ItemKind::Information))
        .ok();
    assert!(matches!(&late[..], [MeetingEvent::AgendaItemProposed(e)] if e.after_publication));
    assert!(state.item(item_id(2)).unwrap().changed_after_publication);
    assert!(!state.item(item_id(1)).unwrap().changed_after_publication);
    history.extend(late);
    let (acc, _) = given::<Meeting>(history.clone())
        .when(accept(item_id(2)))
        .ok();
    assert_eq!(
        acc,
        vec![
            AgendaItemAccepted {
                meeting_id: meeting(),
                item_id: item_id(2),
                after_publication: true
            }
            .into()
        ]
    );
    history.extend(acc);

    // Republishing is a second edition.
    let (again, _) = given::<Meeting>(history)
        .when(MeetingCommand::PublishAgenda(PublishAgenda {
            meeting_id: meeting(),
        }))
        .ok();
    assert!(
        matches!(&again[..], [MeetingEvent::AgendaPublished(e)] if e.edition == 2 && e.items.len() == 2)
    );
}

#[test]
fn publish_only_before_the_meeting() {
    given::<Meeting>([scheduled(), opened()])
        .when(MeetingCommand::PublishAgenda(PublishAgenda {
            meeting_id: meeting(),
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
}

#[test]
fn contributors_attach_documents() {
    let attachment = AttachmentId::new();
    let cmd = MeetingCommand::AttachDocument(AttachDocument {
        meeting_id: meeting(),
        item_id: item_id(1),
        attachment_id: attachment,
        title: title("Flow diagram_endelig version.pptx"),
        document_number: Some(DocumentNumber::parse("11912409").unwrap()),
        case_reference: Some(CaseReference::parse("EMN-2022-05561").unwrap()),
        uri: None,
    });
    let state = given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
        .by(member_gp())
        .when(cmd.clone())
        .then([DocumentAttached {
            meeting_id: meeting(),
            item_id: item_id(1),
            attachment_id: attachment,
            title: title("Flow diagram_endelig version.pptx"),
            document_number: Some(DocumentNumber::parse("11912409").unwrap()),
            case_reference: Some(CaseReference::parse("EMN-2022-05561").unwrap()),
            uri: None,
            after_publication: false,
        }
        .into()]);
    let attachments = &state.item(item_id(1)).unwrap().attachments;
    assert_eq!(attachments.len(), 1);
    assert_eq!(
        attachments[0]
            .case_reference
            .as_ref()
            .map(|c| c.to_string()),
        Some("EMN-2022-05561".to_owned()),
        "an attachment keeps the Sags ID it is filed under"
    );
    for actor in [outsider(), observer(), member_elsewhere()] {
        given::<Meeting>([scheduled(), proposed(item_id(1), ItemKind::Decision, 1)])
            .by(actor)
            .when(cmd.clone())
            .then_error("FORBIDDEN", Some(Rule::OnlyContributorsEditItems));
    }
}

#[test]
fn command_for_another_meeting_is_not_found() {
    given::<Meeting>([scheduled()])
        .when(MeetingCommand::PublishAgenda(PublishAgenda {
            meeting_id: MeetingId::new(),
        }))
        .then_error("NOT_FOUND", None);
}
