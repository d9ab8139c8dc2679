//! The minutes as HTML, from their Markdown.

/// A very small Markdown-to-HTML rendering for the minutes (headings, bold, lists, paragraphs),
/// with all text HTML-escaped.
pub fn markdown_to_html(markdown: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut html = String::new();
    for block in markdown.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let block = block.trim();
        if let Some(rest) = block.strip_prefix("### ") {
            html.push_str(&format!("<h3>{}</h3>\n", escape(rest)));
        } else if let Some(rest) = block.strip_prefix("## ") {
            html.push_str(&format!("<h2>{}</h2>\n", escape(rest)));
        } else if let Some(rest) = block.strip_prefix("# ") {
            html.push_str(&format!("<h1>{}</h1>\n", escape(rest)));
        } else if block.lines().all(|l| l.starts_with("- ")) {
            html.push_str("<ul>\n");
            for line in block.lines() {
                html.push_str(&format!("<li>{}</li>\n", escape(&line[2..])));
            }
            html.push_str("</ul>\n");
        } else {
            let text = escape(block).replace('\n', "<br>\n");
            let mut bold = false;
            let text = text
                .split("**")
                .enumerate()
                .map(|(i, part)| {
                    if i > 0 {
                        bold = !bold;
                    }
                    match (i > 0, bold) {
                        (false, _) => part.to_string(),
                        (true, true) => format!("<strong>{part}"),
                        (true, false) => format!("</strong>{part}"),
                    }
                })
                .collect::<String>();
            html.push_str(&format!("<p>{text}</p>\n"));
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_headings_lists_bold_and_escapes_text() {
        let html = markdown_to_html(
            "# REFERAT\n\n**Deltagere:** A <b>\n\n- Indstilling 1: godkendt\n- B & C",
        );
        assert_eq!(
            html,
            "<h1>REFERAT</h1>\n<p><strong>Deltagere:</strong> A &lt;b&gt;</p>\n<ul>\n<li>Indstilling 1: godkendt</li>\n<li>B &amp; C</li>\n</ul>\n"
        );
    }
}
