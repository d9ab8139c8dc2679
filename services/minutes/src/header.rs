//! The head of the minutes: the title line ("REFERAT <forum> d. 26-02-2025"), Mødedato,
//! Mødested, and the table of contents, cross-checked against the items found.

use chrono::{NaiveDate, NaiveTime};
use samraad_domain::values::DANISH_MONTHS as MONTHS;

use crate::line::Line;
use crate::{ContentsEntry, Item, Minutes, Place, ReadError, Warning};

/// What the head says (the minutes, items still to read), and where the items begin.
pub(crate) struct Header {
    pub minutes: Minutes,
    /// Line of the table of contents (of the title line when there is none).
    pub contents_line: usize,
    /// Index (into the lines) of the first item heading.
    pub body_start: usize,
}

/// A time written "14:30" or "14.30".
pub(crate) fn time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().trim_end_matches(['.', ',', ')']);
    let (h, m) = s.split_once([':', '.'])?;
    NaiveTime::from_hms_opt(h.trim().parse().ok()?, m.trim().parse().ok()?, 0)
}

/// "26-02-2025", "26.02.2025" or "26. februar 2025".
fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches('.');
    for format in ["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, format) {
            return Some(d);
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let month = MONTHS.iter().position(|m| *m == month.to_lowercase())? as u32 + 1;
    NaiveDate::from_ymd_opt(
        year.parse().ok()?,
        month,
        day.trim_end_matches('.').parse().ok()?,
    )
}

/// "Onsdag d. 26. februar 2025 kl. 14:30" (optionally "kl. 14:30-17:30").
fn meeting_date(s: &str) -> (Option<NaiveDate>, Option<NaiveTime>, Option<NaiveTime>) {
    let (day_part, time_part) = match s.split_once(" kl.") {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let day_part = day_part.rsplit_once(" d. ").map_or(day_part, |(_, d)| d);
    let (start, end) = match time_part {
        Some(t) => {
            let mut parts = t.split(['-', '–']);
            (parts.next().and_then(time), parts.next().and_then(time))
        }
        None => (None, None),
    };
    (date(day_part), start, end)
}

fn place(text: &str) -> Place {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("ikke oplyst") {
        return Place::NotGiven;
    }
    let lower = text.to_lowercase();
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with("https://") || w.starts_with("http://"))
        .map(|w| w.trim_matches(['<', '>']).to_owned());
    let service = ["teams", "zoom", "skype", "webex"]
        .iter()
        .find(|s| lower.contains(*s))
        .map(|s| s.to_uppercase());
    let says_online = service.is_some() || lower.contains("online") || lower.contains("virtuel");
    if says_online && !lower.contains("mødelokale") && !lower.contains("lokale ") {
        return Place::Online { service, link };
    }
    Place::Room(text.to_owned())
}

/// Is this line an item heading ("Punkt 3: …", "Punkt : Pause …")?
pub(crate) fn is_item_heading(line: &Line<'_>) -> bool {
    item_heading(&line.plain).is_some()
}

/// "Punkt 3: Beslutningspunkt: …" → (Some(3), "Beslutningspunkt: …").
pub(crate) fn item_heading(plain: &str) -> Option<(Option<u32>, &str)> {
    let rest = plain.strip_prefix("Punkt ")?;
    let (number, heading) = rest.split_once(':')?;
    let number = number.trim();
    if !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((number.parse().ok(), heading.trim()))
}

pub(crate) fn read(lines: &[Line<'_>], warnings: &mut Vec<Warning>) -> Result<Header, ReadError> {
    let not_minutes = |line: usize, reason: &str| ReadError::NotMinutes {
        line,
        reason: reason.to_owned(),
    };
    let first = lines
        .iter()
        .find(|l| !l.is_blank())
        .ok_or_else(|| not_minutes(1, "the document is empty"))?;
    let body_start = lines
        .iter()
        .position(is_item_heading)
        .ok_or_else(|| not_minutes(first.number, "no agenda item (\"Punkt 1: …\") found"))?;
    let head = &lines[..body_start];
    let title = first.plain.clone();
    let Some(rest) = strip_prefix_ci(&title, "referat") else {
        return Err(not_minutes(
            first.number,
            "minutes begin with \"REFERAT <forum> d. <date>\"",
        ));
    };
    let (forum, title_date) = match rest.rsplit_once(" d. ") {
        Some((forum, d)) => (forum.trim().to_owned(), date(d)),
        None => (rest.trim().to_owned(), None),
    };
    let mut header = Header {
        minutes: Minutes {
            title: title.clone(),
            forum,
            date: NaiveDate::MIN,
            starts_at: None,
            ends_at: None,
            place: Place::NotGiven,
            contents: Vec::new(),
            items: Vec::new(),
            participants: Vec::new(),
            apologies: Vec::new(),
            absent: Vec::new(),
            warnings: Vec::new(),
        },
        contents_line: first.number,
        body_start,
    };
    let mut meeting_day = None;
    let mut in_contents = false;
    // "Deltagere:" (or Afbud, Fraværende) with its names on the same line or the next.
    let mut names_next: Option<fn(&mut Minutes) -> &mut Vec<String>> = None;
    for line in head
        .iter()
        .filter(|l| !l.is_blank() && l.number != first.number)
    {
        let list: Option<fn(&mut Minutes) -> &mut Vec<String>> = match line.label() {
            l if l.starts_with("deltagere") => Some(|m| &mut m.participants),
            l if l.starts_with("afbud") => Some(|m| &mut m.apologies),
            l if l.starts_with("fraværende") => Some(|m| &mut m.absent),
            _ => None,
        };
        if let (Some(list), Some((_, names))) = (list, line.plain.split_once(':')) {
            if names.trim().is_empty() {
                names_next = Some(list);
            } else {
                list(&mut header.minutes).extend(crate::item::names(names));
            }
            continue;
        }
        if let Some(list) = names_next.take() {
            list(&mut header.minutes).extend(crate::item::names(&line.plain));
            continue;
        }
        if line.label() == "referatet er ikke godkendt." {
            // Samraad's mark on minutes not yet approved: the state says so itself.
            continue;
        }
        if let Some(v) = strip_prefix_ci(&line.plain, "mødedato") {
            let (d, start, end) = meeting_date(v.trim_start_matches(':'));
            meeting_day = d;
            header.minutes.starts_at = start;
            header.minutes.ends_at = end;
        } else if let Some(v) = strip_prefix_ci(&line.plain, "mødested") {
            header.minutes.place = place(v.trim_start_matches(':'));
        } else if line.label() == "indholdsfortegnelse" {
            in_contents = true;
            header.contents_line = line.number;
        } else if in_contents {
            header
                .minutes
                .contents
                .push(contents_entry(line.number, &line.plain));
        } else {
            warnings.push(Warning {
                line: line.number,
                message: format!("header line not understood, ignored: {:?}", line.raw),
            });
        }
    }
    header.minutes.date = meeting_day.or(title_date).ok_or_else(|| {
        not_minutes(
            first.number,
            "no meeting date (\"Mødedato …\" or \"d. 26-02-2025\")",
        )
    })?;
    if let (Some(a), Some(b)) = (meeting_day, title_date)
        && a != b
    {
        warnings.push(Warning {
            line: first.number,
            message: format!("the title says {b}, Mødedato says {a}; {a} is used"),
        });
    }
    Ok(header)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    (head.to_lowercase() == prefix).then(|| s[prefix.len()..].trim())
}

/// "Velkomst v. Hanne Andersen (kl. 14:30-14:45).....\t3" → title and page.
fn contents_entry(line: usize, plain: &str) -> ContentsEntry {
    let (title, page) = match plain.rsplit_once(['\t', ' ']) {
        Some((t, p)) if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() => {
            (t, p.parse().ok())
        }
        _ => (plain, None),
    };
    ContentsEntry {
        line,
        title: title.trim().trim_end_matches('.').trim().to_owned(),
        page,
    }
}

/// Each entry must start an item's title (entries are often cut off), in order.
pub(crate) fn check_contents(
    contents: &[ContentsEntry],
    items: &[Item],
    line: usize,
    warnings: &mut Vec<Warning>,
) {
    if contents.is_empty() {
        return;
    }
    if contents.len() != items.len() {
        warnings.push(Warning {
            line,
            message: format!(
                "the table of contents lists {} items, the minutes hold {}",
                contents.len(),
                items.len()
            ),
        });
    }
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for (entry, item) in contents.iter().zip(items) {
        let (entry_text, title) = (squash(&entry.title), squash(&item.title));
        let full = format!("{title}{}", item.time_slot.map(|_| "kl").unwrap_or(""));
        if !title.starts_with(&entry_text)
            && !entry_text.starts_with(&title)
            && !full.starts_with(&entry_text)
        {
            warnings.push(Warning {
                line: entry.line,
                message: format!(
                    "the table of contents says {:?} where the minutes have item {:?}",
                    entry.title, item.title
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_places() {
        assert_eq!(
            date("26. februar 2025"),
            NaiveDate::from_ymd_opt(2025, 2, 26)
        );
        assert_eq!(date("11-12-2024"), NaiveDate::from_ymd_opt(2024, 12, 11));
        let (d, start, end) = meeting_date("Onsdag d. 26. februar 2025 kl. 14:30");
        assert_eq!(d, NaiveDate::from_ymd_opt(2025, 2, 26));
        assert_eq!(start, NaiveTime::from_hms_opt(14, 30, 0));
        assert_eq!(end, None);
        assert_eq!(
            meeting_date("d. 15. maj 2025 kl. 11.30-14.00").2,
            NaiveTime::from_hms_opt(14, 0, 0)
        );
        assert_eq!(
            place("Mødes holdes på TEAMS"),
            Place::Online {
                service: Some("TEAMS".into()),
                link: None
            }
        );
        assert_eq!(place(""), Place::NotGiven);
        assert!(matches!(
            place("Slagelse Sygehus, Blå mødelokale"),
            Place::Room(_)
        ));
    }
}
