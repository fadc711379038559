//! The generated narrative every resource carries: a title, the statement
//! or description in paragraphs, a table of details, and the
//! informational-only notice, as XHTML from a template that escapes every
//! value.

use askama::Template;

use super::r5::Narrative;
use crate::NOTICE;

#[derive(Template)]
#[template(path = "narrative.html", config = "src/fhir/askama.toml")]
struct Div<'a> {
    title: &'a str,
    paragraphs: &'a [String],
    rows: &'a [(String, String)],
    notice: &'a str,
}

/// A narrative under construction.
#[derive(Debug, Default)]
pub(crate) struct Text {
    title: String,
    paragraphs: Vec<String>,
    rows: Vec<(String, String)>,
}

impl Text {
    pub fn new(title: impl Into<String>) -> Text {
        Text {
            title: title.into(),
            ..Text::default()
        }
    }

    /// Adds a paragraph.
    pub fn para(mut self, text: impl Into<String>) -> Text {
        self.paragraphs.push(text.into());
        self
    }

    /// Adds a row of the details table.
    pub fn row(mut self, name: impl Into<String>, value: impl Into<String>) -> Text {
        self.rows.push((name.into(), value.into()));
        self
    }

    /// Adds a row only when there is a value.
    pub fn row_if(self, name: &str, value: Option<impl Into<String>>) -> Text {
        match value {
            Some(v) => self.row(name, v),
            None => self,
        }
    }

    /// The FHIR `Narrative`, status `generated`.
    pub fn build(self) -> Narrative {
        let div = Div {
            title: &self.title,
            paragraphs: &self.paragraphs,
            rows: &self.rows,
            notice: NOTICE,
        };
        Narrative {
            status: "generated",
            // Rendering plain strings into a fixed template cannot fail.
            div: div.render().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_the_notice_is_there() {
        let n = Text::new("A <b> & \"c\"")
            .para("x < y")
            .row("k", "v'")
            .build();
        assert_eq!(n.status, "generated");
        assert!(
            n.div
                .starts_with(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#),
            "{}",
            n.div
        );
        assert!(n.div.contains("A &#60;b&#62; &#38;"), "{}", n.div);
        assert!(n.div.contains("x &#60; y"), "{}", n.div);
        assert!(n.div.contains(NOTICE), "{}", n.div);
        assert!(!n.div.contains("<b>"), "{}", n.div);
    }
}
