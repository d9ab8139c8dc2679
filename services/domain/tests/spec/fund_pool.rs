use samraad_domain::fund_pool::*;
use samraad_domain::meeting::DecisionRef;
use samraad_domain::*;

use crate::support::*;

pub fn pool() -> FundPoolId {
    FundPoolId::from_uuid(uuid::Uuid::from_u128(88))
}

pub fn created() -> FundPoolEvent {
    FundPoolCreated {
        fund_pool_id: pool(),
        partnership_id: partnership(),
        name: name("Udviklingsmidler"),
        currency: Currency::Dkk,
    }
    .into()
}

pub fn initiative(n: u128) -> InitiativeId {
    InitiativeId::from_uuid(uuid::Uuid::from_u128(500 + n))
}

fn decision() -> DecisionRef {
    DecisionRef {
        meeting_id: meeting(),
        item_id: item_id(3),
        recommendation: None,
    }
}

fn grant(minor: i64) -> FundPoolEvent {
    GrantReceived {
        fund_pool_id: pool(),
        year: 2024,
        source: name("Region Sjælland"),
        amount: Money::dkk(minor),
        note: None,
    }
    .into()
}

fn allocation(to: InitiativeId, minor: i64) -> FundPoolEvent {
    FundsAllocated {
        fund_pool_id: pool(),
        initiative_id: to,
        decision: decision(),
        requested: Money::dkk(minor),
        granted: Money::dkk(minor),
        year: Some(2024),
    }
    .into()
}

fn allocate(to: InitiativeId, requested: i64, granted: i64) -> FundPoolCommand {
    FundPoolCommand::AllocateFunds(AllocateFunds {
        fund_pool_id: pool(),
        initiative_id: to,
        decision: decision(),
        requested: Money::dkk(requested),
        granted: Money::dkk(granted),
        year: Some(2024),
    })
}

#[test]
fn admin_or_secretariat_creates_pool() {
    let cmd = FundPoolCommand::CreateFundPool(CreateFundPool {
        fund_pool_id: pool(),
        partnership_id: partnership(),
        name: name("Udviklingsmidler"),
        currency: Currency::Dkk,
    });
    given::<FundPool>([])
        .by(admin())
        .when(cmd.clone())
        .then([created()]);
    given::<FundPool>([])
        .by(secretariat_elsewhere())
        .when(cmd.clone())
        .ok();
    given::<FundPool>([created()])
        .by(admin())
        .when(cmd.clone())
        .then_error("CONFLICT", Some(Rule::AlreadyExists));
    given::<FundPool>([])
        .by(member_municipality())
        .when(cmd)
        .then_error("FORBIDDEN", Some(Rule::OnlyAdminOrSecretariatManagesFunds));
}

#[test]
fn grant_received() {
    let state = given::<FundPool>([created()])
        .by(admin())
        .when(FundPoolCommand::ReceiveGrant(ReceiveGrant {
            fund_pool_id: pool(),
            year: 2024,
            source: name("Region Sjælland"),
            amount: Money::parse("3530000.00", Currency::Dkk).unwrap(),
            note: None,
        }))
        .then([grant(353_000_000)]);
    assert_eq!(state.available().to_string(), "3530000.00");
}

#[test]
fn allocation_references_decision_and_keeps_requested_and_granted() {
    let (events, state) = given::<FundPool>([created(), grant(353_000_000)])
        .by(secretariat())
        .when(allocate(initiative(1), 140_000_000, 8_000_000))
        .ok();
    assert!(matches!(&events[..], [FundPoolEvent::FundsAllocated(a)] if a.decision == decision()));
    let funds = state.initiative(initiative(1)).unwrap();
    assert_eq!(
        (funds.requested, funds.granted, funds.balance),
        (140_000_000, 8_000_000, 8_000_000)
    );
    assert_eq!(state.available(), Money::dkk(345_000_000));
}

#[test]
fn allocation_cannot_take_the_pool_below_zero() {
    given::<FundPool>([created(), grant(100)])
        .by(admin())
        .when(allocate(initiative(1), 101, 101))
        .then_error("RULE_VIOLATION", Some(Rule::NoNegativeBalance));
    given::<FundPool>([created(), grant(100)])
        .by(admin())
        .when(allocate(initiative(1), 100, 100))
        .ok();
}

#[test]
fn members_may_not_move_money() {
    given::<FundPool>([created(), grant(100)])
        .by(member_municipality())
        .when(allocate(initiative(1), 10, 10))
        .then_error("FORBIDDEN", Some(Rule::OnlyAdminOrSecretariatManagesFunds));
}

#[test]
fn amounts_are_positive_and_in_the_pool_currency() {
    given::<FundPool>([created(), grant(100)])
        .by(admin())
        .when(allocate(initiative(1), 0, 0))
        .then_error("INVALID_INPUT", None);
    given::<FundPool>([created(), grant(100)])
        .by(admin())
        .when(FundPoolCommand::RecordIncome(RecordIncome {
            fund_pool_id: pool(),
            amount: Money::new(100, Currency::Eur),
            description: md("x"),
            initiative_id: None,
        }))
        .then_error("RULE_VIOLATION", Some(Rule::SingleCurrency));
}

#[test]
fn transfer_keeps_the_total_and_cannot_overdraw_an_initiative() {
    let history = [created(), grant(1000), allocation(initiative(1), 600)];
    let transfer = |amount| {
        FundPoolCommand::TransferFunds(TransferFunds {
            fund_pool_id: pool(),
            from_initiative: initiative(1),
            to_initiative: initiative(2),
            amount: Money::dkk(amount),
            decision: None,
            note: None,
        })
    };
    let before = FundPool::fold(history.iter());
    let (_, after) = given::<FundPool>(history.clone())
        .by(admin())
        .when(transfer(250))
        .ok();
    assert_eq!(after.available(), before.available());
    assert_eq!(after.held_by_initiatives(), before.held_by_initiatives());
    assert_eq!(after.initiative(initiative(2)).unwrap().balance, 250);
    given::<FundPool>(history)
        .by(admin())
        .when(transfer(601))
        .then_error("RULE_VIOLATION", Some(Rule::NoNegativeBalance));
}

#[test]
fn returned_funds_become_available() {
    let history = [created(), grant(1000), allocation(initiative(1), 600)];
    let ret = |amount| {
        FundPoolCommand::ReturnFunds(ReturnFunds {
            fund_pool_id: pool(),
            initiative_id: initiative(1),
            amount: Money::dkk(amount),
            note: Some(md("Restmidler")),
        })
    };
    let (_, state) = given::<FundPool>(history.clone())
        .by(admin())
        .when(ret(161))
        .ok();
    assert_eq!(state.available(), Money::dkk(561));
    assert_eq!(state.returns(), Money::dkk(161));
    given::<FundPool>(history)
        .by(admin())
        .when(ret(601))
        .then_error("RULE_VIOLATION", Some(Rule::NoNegativeBalance));
}

#[test]
fn income_and_expenses() {
    let (_, state) = given::<FundPool>([created()])
        .by(admin())
        .when(FundPoolCommand::RecordIncome(RecordIncome {
            fund_pool_id: pool(),
            amount: Money::parse("91494", Currency::Dkk).unwrap(),
            description: md("Overskud ved afløftning af positivliste moms"),
            initiative_id: None,
        }))
        .ok();
    assert_eq!(state.income().to_string(), "91494.00");
    let expense = |amount: &str| {
        FundPoolCommand::RecordExpense(RecordExpense {
            fund_pool_id: pool(),
            amount: Money::parse(amount, Currency::Dkk).unwrap(),
            description: md("Honorering af almen praksis"),
            initiative_id: None,
            decision: Some(decision()),
        })
    };
    let history = [
        created(),
        IncomeRecorded {
            fund_pool_id: pool(),
            amount: Money::dkk(9_149_400),
            description: md("moms"),
            initiative_id: None,
        }
        .into(),
    ];
    let (_, state) = given::<FundPool>(history.clone())
        .by(secretariat())
        .when(expense("42881.00"))
        .ok();
    assert_eq!(state.available().to_string(), "48613.00");
    given::<FundPool>(history)
        .by(secretariat())
        .when(expense("91494.01"))
        .then_error("RULE_VIOLATION", Some(Rule::NoNegativeBalance));
}

#[test]
fn commands_on_missing_pool_are_not_found() {
    given::<FundPool>([])
        .by(admin())
        .when(allocate(initiative(1), 1, 1))
        .then_error("NOT_FOUND", None);
}
