//! A meeting's attendance list: one line per person, in the order first recorded.
//!
//! Persistent (`imbl`): a copy costs O(1) and recording a line O(log n), with indexes by
//! person and by name instead of a scan, so a long meeting's attendance (thousands of lines)
//! costs each event only what it changes.

use imbl::{HashMap, Vector};

use super::types::AttendanceEntry;
use crate::ids::PersonId;
use crate::values::Name;

/// The attendance lines of a meeting.
#[derive(Debug, Clone, Default)]
pub struct Attendance {
    lines: Vector<AttendanceEntry>,
    by_person: HashMap<PersonId, Vec<usize>>,
    by_name: HashMap<Name, Vec<usize>>,
}

impl PartialEq for Attendance {
    fn eq(&self, other: &Self) -> bool {
        self.lines == other.lines // the indexes follow from the lines
    }
}

impl Eq for Attendance {}

impl Attendance {
    /// The lines, in the order first recorded.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &AttendanceEntry> {
        self.lines.iter()
    }

    /// Records `entry`: it replaces the line of the same person (by id when both lines name
    /// one, else by name), or is added at the end.
    pub fn record(&mut self, entry: &AttendanceEntry) {
        match self.find(entry) {
            Some(at) => {
                let old = self.lines[at].clone();
                self.unindex(at, &old);
                self.lines.set(at, entry.clone());
                self.index(at, entry);
            }
            None => {
                let at = self.lines.len();
                self.lines.push_back(entry.clone());
                self.index(at, entry);
            }
        }
    }

    /// The first line `entry` is the same person as.
    fn find(&self, entry: &AttendanceEntry) -> Option<usize> {
        let named = |same: &dyn Fn(&AttendanceEntry) -> bool| {
            self.by_name
                .get(&entry.name)
                .and_then(|at| at.iter().copied().filter(|i| same(&self.lines[*i])).min())
        };
        match entry.person_id {
            Some(person) => {
                let by_id = self
                    .by_person
                    .get(&person)
                    .and_then(|at| at.iter().min().copied());
                let by_name = named(&|line| line.person_id.is_none());
                by_id.into_iter().chain(by_name).min()
            }
            None => named(&|_| true),
        }
    }

    fn index(&mut self, at: usize, entry: &AttendanceEntry) {
        if let Some(person) = entry.person_id {
            add(&mut self.by_person, person, at);
        }
        add(&mut self.by_name, entry.name.clone(), at);
    }

    fn unindex(&mut self, at: usize, entry: &AttendanceEntry) {
        if let Some(person) = entry.person_id {
            remove(&mut self.by_person, person, at);
        }
        remove(&mut self.by_name, entry.name.clone(), at);
    }
}

/// Notes that line `at` has `key` (several lines may share one: a name, or a person whose
/// line was also matched by name).
fn add<K: std::hash::Hash + Eq + Clone>(map: &mut HashMap<K, Vec<usize>>, key: K, at: usize) {
    let mut lines = map.get(&key).cloned().unwrap_or_default();
    lines.push(at);
    map.insert(key, lines);
}

fn remove<K: std::hash::Hash + Eq + Clone>(map: &mut HashMap<K, Vec<usize>>, key: K, at: usize) {
    if let Some(lines) = map.get(&key) {
        let lines: Vec<usize> = lines.iter().copied().filter(|i| *i != at).collect();
        if lines.is_empty() {
            map.remove(&key);
        } else {
            map.insert(key, lines);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::AttendanceStatus;

    /// The rule as a scan: the first line with the same person id when both name one,
    /// else the same name.
    fn reference(lines: &mut Vec<AttendanceEntry>, entry: &AttendanceEntry) {
        let same = |a: &AttendanceEntry| match (a.person_id, entry.person_id) {
            (Some(x), Some(y)) => x == y,
            _ => a.name == entry.name,
        };
        match lines.iter_mut().find(|a| same(a)) {
            Some(existing) => *existing = entry.clone(),
            None => lines.push(entry.clone()),
        }
    }

    #[test]
    fn the_indexes_find_exactly_the_line_a_scan_finds() {
        let people: Vec<PersonId> = (0..4).map(|_| PersonId::new()).collect();
        let names = ["Ane", "Bo", "Cai", "Dea", "Eik"];
        let mut scanned = Vec::new();
        let mut indexed = Attendance::default();
        let mut seed = 7u64;
        for step in 0..2_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let person = (seed >> 33) % 6;
            let entry = AttendanceEntry {
                person_id: people.get(person as usize).copied(),
                name: Name::parse(names[((seed >> 40) % 5) as usize]).unwrap(),
                organization_id: None,
                status: if step % 2 == 0 {
                    AttendanceStatus::PresentInRoom
                } else {
                    AttendanceStatus::Apologies
                },
                substitute_for: None,
                guest_for_item: None,
                joined_at: None,
                left_at: None,
            };
            reference(&mut scanned, &entry);
            indexed.record(&entry);
            assert_eq!(
                indexed.iter().cloned().collect::<Vec<_>>(),
                scanned,
                "step {step}"
            );
        }
    }
}
