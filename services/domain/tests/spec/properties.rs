//! Property tests: fund conservation, agenda numbering, co-editing never loses an edit.

use proptest::prelude::*;
use samraad_domain::fund_pool::*;
use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

// ---------- (a) fund conservation ----------

#[derive(Debug, Clone)]
enum FundOp {
    Grant(i64),
    Income(i64),
    Expense(i64),
    Allocate(u8, i64),
    Transfer(u8, u8, i64),
    Return(u8, i64),
}

fn fund_op() -> impl Strategy<Value = FundOp> {
    let amount = 1i64..5_000;
    prop_oneof![
        amount.clone().prop_map(FundOp::Grant),
        amount.clone().prop_map(FundOp::Income),
        amount.clone().prop_map(FundOp::Expense),
        (0u8..3, amount.clone()).prop_map(|(i, a)| FundOp::Allocate(i, a)),
        (0u8..3, 0u8..3, amount.clone()).prop_map(|(f, t, a)| FundOp::Transfer(f, t, a)),
        (0u8..3, amount).prop_map(|(i, a)| FundOp::Return(i, a)),
    ]
}

fn to_command(op: &FundOp) -> FundPoolCommand {
    let pool = crate::fund_pool::pool();
    let ini = |i: u8| crate::fund_pool::initiative(u128::from(i));
    match *op {
        FundOp::Grant(a) => FundPoolCommand::ReceiveGrant(ReceiveGrant {
            fund_pool_id: pool,
            year: 2025,
            source: name("Region"),
            amount: Money::dkk(a),
            note: None,
        }),
        FundOp::Income(a) => FundPoolCommand::RecordIncome(RecordIncome {
            fund_pool_id: pool,
            amount: Money::dkk(a),
            description: md("moms"),
            initiative_id: None,
        }),
        FundOp::Expense(a) => FundPoolCommand::RecordExpense(RecordExpense {
            fund_pool_id: pool,
            amount: Money::dkk(a),
            description: md("honorar"),
            initiative_id: None,
            decision: None,
        }),
        FundOp::Allocate(i, a) => FundPoolCommand::AllocateFunds(AllocateFunds {
            fund_pool_id: pool,
            initiative_id: ini(i),
            decision: DecisionRef {
                meeting_id: meeting(),
                item_id: item_id(1),
                recommendation: None,
            },
            requested: Money::dkk(a * 2),
            granted: Money::dkk(a),
            year: None,
        }),
        FundOp::Transfer(f, t, a) => FundPoolCommand::TransferFunds(TransferFunds {
            fund_pool_id: pool,
            from_initiative: ini(f),
            to_initiative: ini(t),
            amount: Money::dkk(a),
            decision: None,
            note: None,
        }),
        FundOp::Return(i, a) => FundPoolCommand::ReturnFunds(ReturnFunds {
            fund_pool_id: pool,
            initiative_id: ini(i),
            amount: Money::dkk(a),
            note: None,
        }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn fund_conservation(ops in prop::collection::vec(fund_op(), 1..40)) {
        let ctx = Context { actor: admin(), now: now() };
        let mut state = FundPool::fold([crate::fund_pool::created()].iter());
        let (mut grants, mut income, mut returns, mut allocations, mut expenses) = (0i64, 0i64, 0i64, 0i64, 0i64);
        for op in &ops {
            let before = state.clone();
            let Ok(events) = FundPool::decide(&state, to_command(op), &ctx) else { continue };
            for e in &events {
                match e {
                    FundPoolEvent::GrantReceived(g) => grants += g.amount.minor,
                    FundPoolEvent::IncomeRecorded(i) => income += i.amount.minor,
                    FundPoolEvent::FundsReturned(r) => returns += r.amount.minor,
                    FundPoolEvent::FundsAllocated(a) => allocations += a.granted.minor,
                    FundPoolEvent::ExpenseRecorded(x) => expenses += x.amount.minor,
                    _ => {}
                }
                state = FundPool::evolve(state, e);
            }
            let available = state.available().minor;
            prop_assert_eq!(available, grants + income + returns - allocations - expenses);
            prop_assert!(available >= 0);
            prop_assert!(state.initiatives().all(|(_, f)| f.balance >= 0));
            // Money held by initiatives is what was allocated and not returned.
            prop_assert_eq!(state.held_by_initiatives().minor, allocations - returns);
            if matches!(op, FundOp::Transfer(..)) {
                prop_assert_eq!(state.available(), before.available());
                prop_assert_eq!(state.held_by_initiatives(), before.held_by_initiatives());
            }
        }
    }
}

// ---------- (b) agenda numbering ----------

#[derive(Debug, Clone)]
enum AgendaOp {
    Propose(bool),
    Accept(usize),
    Withdraw(usize),
    Postpone(usize),
    Reject(usize),
    Reorder(Vec<usize>),
}

fn agenda_op() -> impl Strategy<Value = AgendaOp> {
    prop_oneof![
        3 => any::<bool>().prop_map(AgendaOp::Propose),
        3 => (0usize..12).prop_map(AgendaOp::Accept),
        1 => (0usize..12).prop_map(AgendaOp::Withdraw),
        1 => (0usize..12).prop_map(AgendaOp::Postpone),
        1 => (0usize..12).prop_map(AgendaOp::Reject),
        1 => prop::collection::vec(0usize..1000, 0..12).prop_map(AgendaOp::Reorder),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn agenda_numbering_has_no_gaps(ops in prop::collection::vec(agenda_op(), 1..40)) {
        let ctx = Context { actor: secretariat(), now: now() };
        let mut state = Meeting::fold([scheduled()].iter());
        let mut ids: Vec<AgendaItemId> = Vec::new();
        for op in ops {
            let pick = |k: usize| ids.get(k % ids.len().max(1)).copied().unwrap_or_else(AgendaItemId::new);
            let command = match op {
                AgendaOp::Propose(is_break) => {
                    let id = AgendaItemId::new();
                    ids.push(id);
                    MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
                        meeting_id: meeting(),
                        item_id: id,
                        details: details("Punkt", if is_break { ItemKind::Break } else { ItemKind::Decision }),
                        sections: vec![],
                        postponed_from: None,
                    })
                }
                AgendaOp::Accept(k) => MeetingCommand::AcceptAgendaItem(AcceptAgendaItem { meeting_id: meeting(), item_id: pick(k) }),
                AgendaOp::Withdraw(k) => MeetingCommand::WithdrawAgendaItem(WithdrawAgendaItem { meeting_id: meeting(), item_id: pick(k), reason: None }),
                AgendaOp::Postpone(k) => MeetingCommand::PostponeAgendaItem(PostponeAgendaItem { meeting_id: meeting(), item_id: pick(k), to_meeting: None, reason: None }),
                AgendaOp::Reject(k) => MeetingCommand::RejectAgendaItem(RejectAgendaItem { meeting_id: meeting(), item_id: pick(k), reason: None }),
                AgendaOp::Reorder(keys) => {
                    // A permutation of the accepted items, driven by the random keys.
                    let mut order: Vec<_> = state.order().to_vec();
                    for (i, k) in keys.iter().enumerate() {
                        if !order.is_empty() {
                            let len = order.len();
                            order.swap(i % len, k % len);
                        }
                    }
                    MeetingCommand::ReorderAgenda(ReorderAgenda { meeting_id: meeting(), order })
                }
            };
            if let Ok(events) = Meeting::decide(&state, command, &ctx) {
                state = events.iter().fold(state, Meeting::evolve);
            }
            let agenda = state.agenda();
            let numbers: Vec<u32> = agenda.iter().filter_map(|l| l.number).collect();
            let expected: Vec<u32> = (1..=u32::try_from(numbers.len()).unwrap()).collect();
            prop_assert_eq!(numbers, expected);
            for line in &agenda {
                prop_assert_eq!(line.item.status, ItemStatus::Accepted);
                prop_assert_eq!(line.number.is_none(), line.item.kind == ItemKind::Break);
            }
            let accepted = state.items().filter(|i| i.status == ItemStatus::Accepted).count();
            prop_assert_eq!(agenda.len(), accepted);
        }
    }
}

// ---------- (c) co-editing never loses an accepted edit ----------

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Several editors each hold a view (the revision they last read) of a few sections and
    /// submit edits in any interleaving, sometimes refreshing their view. Every accepted edit is
    /// the current text until a later accepted edit, and that later edit was based on it.
    #[test]
    fn coediting_never_loses_an_accepted_edit(
        steps in prop::collection::vec((0usize..3, 0usize..3, any::<bool>()), 1..40)
    ) {
        let sections = [Section::Summary, Section::Background, Section::Finances];
        let editors = [member_municipality(), member_gp(), secretariat()];
        let mut state = Meeting::fold([scheduled(), proposed(item_id(1), ItemKind::Decision, 0)].iter());
        // views[editor][section] = revision the editor last read.
        let mut views = [[0u64; 3]; 3];
        for (e, s) in [(0usize, 0usize), (1, 0), (2, 0)] {
            views[e][s] = 1; // summary was written at proposal
        }
        let mut last_accepted: [Option<(u64, String)>; 3] = [None, None, None];
        for (n, (e, s, refresh)) in steps.into_iter().enumerate() {
            if refresh {
                views[e][s] = state.section(item_id(1), sections[s]).unwrap().1;
            }
            let text = format!("edit {n} by {e}");
            let ctx = Context { actor: editors[e].clone(), now: now() };
            let result = Meeting::decide(&state, MeetingCommand::EditAgendaItem(EditAgendaItem {
                meeting_id: meeting(),
                item_id: item_id(1),
                section: sections[s],
                base_revision: views[e][s],
                content: SectionContent::Text(md(&text)),
            }), &ctx);
            let current = state.section(item_id(1), sections[s]).unwrap();
            match result {
                Ok(events) => {
                    // Accepted only when based on the current revision: it saw every earlier edit.
                    prop_assert_eq!(views[e][s], current.1);
                    if let Some((rev, _)) = &last_accepted[s] {
                        prop_assert_eq!(*rev, current.1);
                    }
                    state = events.iter().fold(state, Meeting::evolve);
                    let after = state.section(item_id(1), sections[s]).unwrap();
                    prop_assert_eq!(after.0.clone(), SectionContent::Text(md(&text)));
                    views[e][s] = after.1;
                    last_accepted[s] = Some((after.1, text));
                }
                Err(DomainError::Conflict { current: Some(snapshot), .. }) => {
                    prop_assert_ne!(views[e][s], current.1);
                    prop_assert_eq!(snapshot.revision, current.1);
                    prop_assert_eq!(snapshot.content, current.0);
                }
                Err(other) => prop_assert!(false, "unexpected error {}", other),
            }
            // The last accepted edit of every section is still its current text.
            for (k, last) in last_accepted.iter().enumerate() {
                if let Some((rev, text)) = last {
                    let now_ = state.section(item_id(1), sections[k]).unwrap();
                    prop_assert_eq!(now_.1, *rev);
                    prop_assert_eq!(now_.0, SectionContent::Text(md(text)));
                }
            }
        }
    }
}
