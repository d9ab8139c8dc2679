//! Follow-ups in a decision's text: a sentence whose subject is the secretariat, the chair
//! or a participant by name, and whose verb gives them something to do — "Klyngesekretariatet
//! bedes om at udarbejde en sag …", "Det fælles klyngesekretariat blev desuden bedt om at
//! følge op på …", "Formandskabet indkalder …" — or a passive given to the secretariat or
//! the chair ("… henvendelser besvares af formandskabet"). A due date is read after "inden" or "senest"
//! ("inden d. 15. maj 2025"). Sentences naming no owner the model can hold (an organisation
//! the minutes name only in prose: "kommunerne") are no follow-up: the text stays in the
//! decision either way.

use chrono::NaiveDate;
use samraad_domain::values::DANISH_MONTHS;

/// Who a follow-up is given to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// The forum's secretariat ("Sekretariatet", "Klyngesekretariatet").
    Secretariat,
    /// The forum's chair ("Formandskabet", "Formanden").
    Chair,
    /// A participant, by name as the attendance writes it.
    Person(String),
}

/// A follow-up read from a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The sentence, verbatim.
    pub text: String,
    /// Who is to do it.
    pub owner: Owner,
    /// When it is due, if the sentence says.
    pub due: Option<NaiveDate>,
}

/// Verbs (and phrases) that give the subject something to do.
const TASKS: &[&str] = &[
    "bedes",
    "bedt om",
    "følger op",
    "udarbejder",
    "sender",
    "fremsender",
    "indkalder",
    "undersøger",
    "forbereder",
    "udformer",
    "vender tilbage",
    "tager kontakt",
    "sørger for",
    "arbejder videre",
    "skal udarbejde",
    "skal sende",
    "skal undersøge",
    "skal følge op",
    "skal indkalde",
    "skal udforme",
    "vil udarbejde",
    "vil sende",
    "vil undersøge",
    "vil følge op",
    "vil indkalde",
];

/// Words between a subject and its task that are not part of the subject.
const AUXILIARIES: &[&str] = &[
    "blev", "er", "blevet", "bliver", "desuden", "også", "derfor",
];

/// The follow-ups of `text`, with `people` the meeting's participants.
pub fn read(text: &str, people: &[String]) -> Vec<FollowUp> {
    sentences(text)
        .into_iter()
        .filter_map(|sentence| {
            let sentence = sentence.trim_matches(['*', '_']).trim();
            let owner = subject(sentence)
                .and_then(|s| owner(&s, people))
                .or_else(|| passive_owner(sentence))?;
            Some(FollowUp {
                text: sentence.to_owned(),
                owner,
                due: due(sentence),
            })
        })
        .collect()
}

/// The sentences of a text: per line (list markers removed), split after a full stop
/// followed by a capital letter.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut rest = strip_marker(line.trim());
        while let Some(end) = sentence_end(rest) {
            out.push(rest[..end].trim());
            rest = rest[end..].trim_start();
        }
        if !rest.trim().is_empty() {
            out.push(rest.trim());
        }
    }
    out
}

fn strip_marker(line: &str) -> &str {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return rest;
    }
    match line.split_once(". ") {
        Some((n, rest)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => line,
    }
}

/// The end (after the full stop) of the first sentence of `text` when another follows.
fn sentence_end(text: &str) -> Option<usize> {
    text.match_indices(". ").find_map(|(i, _)| {
        let next = text[i + 2..].chars().next()?;
        next.is_uppercase().then_some(i + 1)
    })
}

/// The words before the sentence's task, without auxiliaries; at most five words.
fn subject(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let at = TASKS
        .iter()
        .filter_map(|task| {
            lower
                .match_indices(task)
                .find(|(i, _)| {
                    let before = lower[..*i].ends_with(' ');
                    let after = lower[i + task.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    before && after
                })
                .map(|(i, _)| i)
        })
        .min()?;
    let mut words: Vec<&str> = sentence[..at].split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    (!words.is_empty() && words.len() <= 5).then(|| words.join(" "))
}

fn owner(subject: &str, people: &[String]) -> Option<Owner> {
    let lower = subject.to_lowercase();
    if lower.contains("sekretariat") {
        return Some(Owner::Secretariat);
    }
    if lower.contains("formandskab") || lower == "formanden" || lower == "forperson" {
        return Some(Owner::Chair);
    }
    people
        .iter()
        .find(|p| {
            let name = p.split(" (").next().unwrap_or(p).trim();
            name.split_whitespace().count() >= 2 && name.eq_ignore_ascii_case(subject)
        })
        .map(|p| Owner::Person(p.clone()))
}

/// The secretariat or chair a passive gives the task to: "besvares af formandskabet".
fn passive_owner(sentence: &str) -> Option<Owner> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        let passive = w[0].len() > 4 && w[0].ends_with("es") && w[1] == "af";
        if !passive {
            None
        } else if w[2].contains("sekretariat") {
            Some(Owner::Secretariat)
        } else if w[2].starts_with("formand") {
            Some(Owner::Chair)
        } else {
            None
        }
    })
}

/// "inden d. 15. maj 2025", "senest 1. juni 2025".
fn due(sentence: &str) -> Option<NaiveDate> {
    let lower = sentence.to_lowercase();
    ["inden ", "senest "].iter().find_map(|word| {
        let (_, after) = lower.split_once(word)?;
        let after = after
            .strip_prefix("d. ")
            .or_else(|| after.strip_prefix("den "))
            .unwrap_or(after);
        let mut parts = after.split_whitespace();
        let day: u32 = parts.next()?.strip_suffix('.')?.parse().ok()?;
        let month = parts.next()?;
        let month = DANISH_MONTHS.iter().position(|m| *m == month)? as u32 + 1;
        let year: i32 = parts.next()?.trim_end_matches(['.', ',']).parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secretariat_asked_twice_in_one_decision() {
        let text = "Orienteringen blev taget til efterretning.\n\nForum besluttede at indsatsen \
            skal fortsætte. Klyngesekretariatet bedes om at udarbejde en sag til møde. Sagen \
            vil blive taget op på første møde i 2025. Det fælles klyngesekretariat blev desuden \
            bedt om at følge op på, hvilken rolle PROgrez har.";
        let read = read(text, &[]);
        assert_eq!(read.len(), 2, "{read:?}");
        assert_eq!(
            read[0].text,
            "Klyngesekretariatet bedes om at udarbejde en sag til møde."
        );
        assert!(read.iter().all(|f| f.owner == Owner::Secretariat));
        assert!(
            read[1]
                .text
                .starts_with("Det fælles klyngesekretariat blev desuden bedt")
        );
    }

    #[test]
    fn the_chair_and_a_participant_with_a_due_date() {
        let people = vec!["Hanne Andersen (Vejle Kommune)".to_owned()];
        let text = "1. Godkendt.\n2. Formandskabet indkalder til temadag.\n\
            - Hanne Andersen sender notatet inden d. 15. maj 2025.";
        let read = read(text, &people);
        assert_eq!(read.len(), 2, "{read:?}");
        assert_eq!(read[0].owner, Owner::Chair);
        assert_eq!(read[0].due, None);
        assert_eq!(read[1].owner, Owner::Person(people[0].clone()));
        assert_eq!(read[1].due, NaiveDate::from_ymd_opt(2025, 5, 15));
    }

    #[test]
    fn a_passive_given_to_the_chair_in_emphasis() {
        let text = "*Orienteringen taget til efterretning.*\n\n\
            *Det aftales at eventuelle henvendelser besvares af formandskabet.*";
        let read = read(text, &[]);
        assert_eq!(read.len(), 1, "{read:?}");
        assert_eq!(read[0].owner, Owner::Chair);
        assert_eq!(
            read[0].text,
            "Det aftales at eventuelle henvendelser besvares af formandskabet."
        );
        let made = "Sagen er udarbejdet af det fælles klyngesekretariat.";
        assert_eq!(
            super::read(made, &[]),
            Vec::new(),
            "a participle, not a task"
        );
    }

    #[test]
    fn no_owner_the_model_holds_is_no_follow_up() {
        let text = "Kommunerne undersøger muligheden. Punktet blev drøftet, og der sendes \
            materiale ud. Det blev besluttet, at en arbejdsgruppe med repræsentanter fra alle \
            parter i klyngen og sekretariatet udarbejder et oplæg.";
        assert_eq!(read(text, &["Hanne Andersen".to_owned()]), Vec::new());
    }
}
