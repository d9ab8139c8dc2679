//! Minutes as HTML: the Markdown of [`crate::minutes`] through CommonMark with tables, so a
//! table in an item's text stays a table. Section text is typed by many organisations, so
//! raw HTML in it is shown as text, never passed through, and links other than http(s),
//! mailto and relative ones lose their target.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

/// Renders minutes Markdown as an HTML fragment.
pub fn markdown_to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        // Raw HTML is shown as the text it is.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    // Column alignment as the `align` attribute, not inline style: pages served under a
    // Content-Security-Policy without `'unsafe-inline'` styles keep it.
    for side in ["left", "center", "right"] {
        html = html.replace(
            &format!(" style=\"text-align: {side}\""),
            &format!(" align=\"{side}\""),
        );
    }
    html
}

/// The URL when its scheme is harmless (`javascript:`, `data:`, `vbscript:` … are not).
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains(['/', '?', '#']));
    match scheme {
        None | Some("http" | "https" | "mailto") => url,
        Some(_) => CowStr::Borrowed("#"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn headings_lists_bold_and_tables() {
        let html = markdown_to_html(
            "# REFERAT\n\n**Deltagere:** A & B\n\n- Indstilling 1: godkendt\n\n| Indsats | Status |\n|---|---|\n| FLUS | Grøn |\n",
        );
        assert!(html.contains("<h1>REFERAT</h1>"), "{html}");
        assert!(
            html.contains("<strong>Deltagere:</strong> A &amp; B"),
            "{html}"
        );
        assert!(html.contains("<li>Indstilling 1: godkendt</li>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<td>FLUS</td>"), "{html}");
    }

    #[test]
    fn raw_html_and_script_links_are_text() {
        let html = markdown_to_html(
            "<script>alert(1)</script>\n\nSe <img src=x onerror=alert(1)> og [her](javascript:alert(1)) og [dér](JavaScript:x) og [ok](https://example.dk/a)",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(html.contains("href=\"https://example.dk/a\""), "{html}");
    }

    #[test]
    fn aligned_table_columns_need_no_inline_style() {
        let html = markdown_to_html("| a | b |\n|:---|---:|\n| 1 | 2 |");
        assert!(html.contains(r#"<th align="left">a</th>"#), "{html}");
        assert!(html.contains(r#"<td align="right">2</td>"#), "{html}");
        assert!(!html.contains("style="), "{html}");
    }
}
