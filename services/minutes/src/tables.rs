//! Tables in text converted from PDF: rows of tab-separated cells, blank lines between rows,
//! and a row's overflow on a later line whose first cell is empty (or whose other cells are).
//! Such a run becomes a Markdown table, so it stays a table in the minutes and in HTML.
//! Lists written with a tab after their marker ("1.\tGodkender …") are not tables.

/// The lines of a section with each run of tab-separated rows turned into a Markdown table.
pub(crate) fn to_markdown(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        match table_end(lines, i) {
            Some(end) => {
                out.extend(render(&rows(&lines[i..end])));
                i = end;
            }
            None => {
                out.push(lines[i].trim_end().to_owned());
                i += 1;
            }
        }
    }
    out
}

fn is_row(line: &str) -> bool {
    let Some((first, _)) = line.split_once('\t') else {
        return false;
    };
    !line.trim().is_empty() && !is_list_marker(first.trim())
}

fn is_list_marker(cell: &str) -> bool {
    matches!(cell, "-" | "*" | "•" | "–")
        || cell.strip_suffix(['.', ')']).is_some_and(|n| {
            !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_alphanumeric())
        })
}

/// Where the table starting at `start` ends (exclusive), if a table starts there: two rows
/// or more, with only blank lines between them.
fn table_end(lines: &[&str], start: usize) -> Option<usize> {
    if !is_row(lines[start]) {
        return None;
    }
    let (mut last, mut count, mut j) = (start, 1, start + 1);
    while j < lines.len() {
        if is_row(lines[j]) {
            (last, count) = (j, count + 1);
        } else if !lines[j].trim().is_empty() {
            break;
        }
        j += 1;
    }
    (count >= 2).then_some(last + 1)
}

/// The table's logical rows: overflow lines merged into the row they continue, rules dropped.
fn rows(lines: &[&str]) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let rule = cells.iter().all(|c| c.chars().all(|ch| ch == '-'));
        if rule {
            continue;
        }
        let overflow = cells[0].is_empty()
            || (rows.len() >= 2 && cells.len() > 1 && cells[1..].iter().all(|c| c.is_empty()));
        match rows.last_mut() {
            Some(previous) if overflow => {
                for (k, cell) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                    if previous.len() <= k {
                        previous.resize(k + 1, String::new());
                    }
                    if !previous[k].is_empty() {
                        previous[k].push(' ');
                    }
                    previous[k].push_str(cell);
                }
            }
            _ => rows.push(cells.iter().map(|c| (*c).to_owned()).collect()),
        }
    }
    rows
}

fn render(rows: &[Vec<String>]) -> Vec<String> {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let line = |cells: &[String]| {
        let mut s = String::from("|");
        for k in 0..width {
            let cell = cells.get(k).map(String::as_str).unwrap_or("");
            s.push(' ');
            s.push_str(&cell.replace('|', "\\|"));
            s.push_str(" |");
        }
        s
    };
    let mut out = Vec::with_capacity(rows.len() + 1);
    if let Some((head, body)) = rows.split_first() {
        out.push(line(head));
        out.push(format!("|{}", " --- |".repeat(width)));
        out.extend(body.iter().map(|r| line(r)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markdown(text: &str) -> String {
        to_markdown(&text.lines().collect::<Vec<_>>()).join("\n")
    }

    #[test]
    fn tab_separated_rows_with_overflow_and_rules_become_a_table() {
        let text = "Samlet overblik\n\nInitiativ\tHåndtering\tStatus\n\
            Bliv Trygt Hjemme\tAlle midler er opkrævet, ansvarlig for\t0\n\n\
            \tprojektøkonomi.\t\nFLUS\ta | b\t<p>Overskud</p>\n--\t--\t-----\n\nProces";
        assert_eq!(
            markdown(text),
            "Samlet overblik\n\n| Initiativ | Håndtering | Status |\n| --- | --- | --- |\n\
             | Bliv Trygt Hjemme | Alle midler er opkrævet, ansvarlig for projektøkonomi. | 0 |\n\
             | FLUS | a \\| b | <p>Overskud</p> |\n\nProces"
        );
    }

    #[test]
    fn a_first_cell_overflowing_alone_joins_its_row() {
        let text = "Indsats\tBeløb\tUdvalg\nFælles faglig og fælles\t750.000 kr.\tAkut\n\n\
            uddannelse i regi af partnerskabet\t\t\nVIP Borgere\t900.000 kr.\t";
        assert_eq!(
            markdown(text),
            "| Indsats | Beløb | Udvalg |\n| --- | --- | --- |\n\
             | Fælles faglig og fælles uddannelse i regi af partnerskabet | 750.000 kr. | Akut |\n\
             | VIP Borgere | 900.000 kr. |  |"
        );
    }

    #[test]
    fn lists_and_single_tabbed_lines_stay_text() {
        let text = "1.\tGodkender dagsorden\n2.\tGodkender referat\n-\tpunkt\n\nEn\tlinje\n\nTekst";
        assert_eq!(markdown(text), text);
    }
}
