//! The static site (feature `html`): snapshots of the pages of a small
//! fixture catalog, a hostile catalog rendered as text, links that resolve,
//! and the page's search and filters held to the crate's own answers.

#[path = "../examples/site.rs"]
#[allow(dead_code)]
mod site_example;

use std::{
    collections::{BTreeSet, HashMap},
    fs,
    path::{Path, PathBuf},
};

use io_pain_modalities::{
    Catalog, Category, Jurisdiction, PainPattern, UseKind, catalog,
    html::{self, Site},
};

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new("tests/fixtures").join(name)).unwrap()
}

fn fixture_site() -> Site {
    let c = Catalog::from_json(&fixture("site.json")).unwrap();
    html::render(&c).unwrap()
}

fn hostile_site() -> Site {
    let mut c = catalog().clone();
    c.merge_json(&fixture("site-hostile.json")).unwrap();
    html::render(&c).unwrap()
}

/// A fresh folder under the target directory, removed first if present.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// Every value of `attr="..."` in `html`, unescaped.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest: &'a str = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').unwrap();
        out.push(
            rest[..end]
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&#60;", "<")
                .replace("&#62;", ">")
                .replace("&#38;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        );
        rest = &rest[end..];
    }
    out
}

fn html_pages(site: &Site) -> impl Iterator<Item = (&str, &str)> {
    site.files().filter(|(p, _)| p.ends_with(".html"))
}

// ---------------------------------------------------------------- snapshots

#[test]
fn pages_of_the_fixture_catalog() {
    let site = fixture_site();
    let paths: Vec<&str> = site.files().map(|(p, _)| p).collect();
    // The schema and the FHIR bundle are downloads only with their features.
    let expected = vec![
        "about.html",
        "assets/compare-data.js",
        "assets/compare.js",
        "assets/search-index.js",
        "assets/search.js",
        "assets/site.js",
        "assets/stemmer.js",
        "assets/style.css",
        "combinations/fixture-ablation-then-radionuclide.html",
        "compare.html",
        "data/catalog.json",
        "data/catalog.schema.json",
        "data/fhir-bundle.json",
        "data/statements.jsonl",
        "index.html",
        "innovations/fixture-navigation.html",
        "modalities/fixture-ablation.html",
        "modalities/fixture-radionuclide.html",
        "sources.html",
        "timeline.html",
    ];
    let expected: Vec<&str> = expected
        .into_iter()
        .filter(|p| cfg!(feature = "schemars") || *p != "data/catalog.schema.json")
        .filter(|p| cfg!(feature = "fhir") || *p != "data/fhir-bundle.json")
        .collect();
    assert_eq!(paths, expected);
    for (path, contents) in site.files() {
        // The stylesheet and the script are fixed files, not views of data.
        if matches!(
            path,
            "assets/site.js"
                | "assets/search.js"
                | "assets/stemmer.js"
                | "assets/style.css"
                | "assets/compare.js"
        ) {
            continue;
        }
        // The downloads are the crate's exports, pinned by their own
        // snapshots (tests/snapshots.rs) and the schema's freshness test.
        if path.starts_with("data/") {
            continue;
        }
        // About lists the downloads, which depend on the features; its
        // snapshot is of the build with all of them (as CI runs).
        if path == "about.html" && !(cfg!(feature = "schemars") && cfg!(feature = "fhir")) {
            continue;
        }
        insta::assert_snapshot!(format!("site_{}", path.replace('/', "__")), contents);
    }
}

#[test]
fn every_page_carries_the_notice_the_version_and_a_way_home() {
    let site = fixture_site();
    for (path, page) in html_pages(&site) {
        assert!(page.contains(io_pain_modalities::NOTICE), "{path}");
        assert!(page.contains("data version 2026-01-15"), "{path}");
        let home = if path.contains('/') {
            "../index.html"
        } else {
            "index.html"
        };
        assert!(page.contains(&format!("href=\"{home}\"")), "{path}");
        assert!(page.contains("<main id=\"main\""), "{path}");
        assert!(page.contains("<html lang=\"en\">"), "{path}");
    }
}

#[test]
fn the_site_is_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Site>();
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(fixture_site(), fixture_site());
}

#[test]
fn the_whole_site_is_small() {
    let site = html::render(catalog()).unwrap();
    // The pages and scripts; the downloads in data/ are the catalog's own
    // exports and grow with it.
    let bytes: usize = site
        .files()
        .filter(|(p, _)| !p.starts_with("data/"))
        .map(|(_, c)| c.len())
        .sum();
    // The README states the size; this only guards against a blow-up
    // (the bibliography and the clause maps grow with the data, and may).
    assert!(bytes < 3 * 1024 * 1024, "the site grew to {bytes} bytes");
}

// ---------------------------------------------------------------- links

/// Every link of the site is either http(s) or a file of the site, and
/// every `#fragment` names an element of the page it points to.
fn check_links(site: &Site) {
    let ids: HashMap<&str, BTreeSet<String>> = site
        .files()
        .map(|(p, c)| (p, attributes(c, "id").into_iter().collect()))
        .collect();
    for (path, page) in html_pages(site) {
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for href in attributes(page, "href")
            .into_iter()
            .chain(attributes(page, "src"))
        {
            if href.starts_with("https://") || href.starts_with("http://") {
                continue;
            }
            assert!(
                !href.contains(':'),
                "{path}: link with a scheme other than http(s): {href}"
            );
            let (file, fragment) = href.split_once('#').unwrap_or((&href, ""));
            // A query (compare.html?ids=a,b) is read by the page's script.
            let file = file.split_once('?').map_or(file, |(f, _)| f);
            let target = if file.is_empty() {
                path.to_owned()
            } else if let Some(up) = file.strip_prefix("../") {
                up.to_owned()
            } else if dir.is_empty() {
                file.to_owned()
            } else {
                format!("{dir}/{file}")
            };
            let Some(target_ids) = ids.get(target.as_str()) else {
                panic!("{path}: link to a missing file: {href}");
            };
            if !fragment.is_empty() {
                assert!(
                    target_ids.contains(fragment),
                    "{path}: link to a missing anchor: {href}"
                );
            }
        }
    }
}

#[test]
fn every_link_of_the_embedded_site_resolves() {
    check_links(&html::render(catalog()).unwrap());
}

#[test]
fn every_link_of_the_fixture_site_resolves() {
    check_links(&fixture_site());
}

#[test]
fn every_source_link_is_http() {
    let site = html::render(catalog()).unwrap();
    let sources = site.get("sources.html").unwrap();
    let external: Vec<String> = attributes(sources, "href")
        .into_iter()
        .filter(|h| h.contains("://"))
        .collect();
    assert!(external.len() > 100);
    for h in &external {
        assert!(h.starts_with("https://") || h.starts_with("http://"), "{h}");
    }
    assert!(
        external
            .iter()
            .any(|h| h.starts_with("https://doi.org/10."))
    );
    assert!(
        external
            .iter()
            .any(|h| h.starts_with("https://pubmed.ncbi.nlm.nih.gov/"))
    );
}

// ---------------------------------------------------------------- safety

#[test]
fn a_hostile_catalog_renders_as_visible_text() {
    let site = hostile_site();
    let mut seen_escaped = 0;
    for (path, page) in html_pages(&site) {
        // The only script elements are the site's own two files.
        let scripts = page.matches("<script").count();
        let own = page.matches("<script src=\"").count();
        assert_eq!(scripts, own, "{path}: an inline <script> element");
        for raw in [
            "<img",
            "<iframe",
            "<svg onload",
            "<style>",
            "<b>",
            "</b>",
            "<p onclick",
            "onerror=\"",
            "onmouseover=\"",
            "<a href=\"javascript",
        ] {
            assert!(
                !page.contains(raw),
                "{path}: raw markup {raw:?} from the catalog"
            );
        }
        for href in attributes(page, "href") {
            assert!(
                !href.to_ascii_lowercase().contains("javascript:"),
                "{path}: {href}"
            );
        }
        if page.contains("&#60;script&#62;window.__pwned=true&#60;/script&#62;") {
            seen_escaped += 1;
        }
    }
    // The name shows on the index, its page, the timeline, the sources'
    // back-links and the innovation that builds on it.
    assert!(
        seen_escaped >= 4,
        "escaped text seen on {seen_escaped} pages"
    );

    // askama writes <, >, " and & as numeric character references.
    let page = site.get("modalities/x-hostile-modality.html").unwrap();
    assert!(page.contains(
        "<h1>&#60;script&#62;window.__pwned=true&#60;/script&#62; Hostile &#60;/p&#62; ablation</h1>"
    ));
    assert!(page.contains("onerror=alert(1) is only text here."));
    assert!(page.contains("&#60;img src=x onerror=&#34;window.__pwned=true&#34;&#62;"));

    // The hostile DOI and URL stay inside their quoted attributes.
    let sources = site.get("sources.html").unwrap();
    let hrefs = attributes(sources, "href");
    assert!(
        hrefs.contains(
            &"https://doi.org/10.1234/\"><script>window.__pwned=true</script>".to_owned()
        )
    );
    assert!(hrefs.contains(&"https://example.org/\"onmouseover=\"window.__pwned=true".to_owned()));

    // The search index never holds a raw '<'.
    let index = site.get("assets/search-index.js").unwrap();
    assert!(!index.contains('<'));
    assert!(index.contains("\\u003cscript>window.__pwned=true\\u003c/script>"));
}

#[test]
fn a_url_that_is_not_http_never_becomes_a_link() {
    // A catalog cannot carry one: it is refused when loaded, with its path.
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/x",
    ] {
        let json = fixture("site-hostile.json").replace(
            "https://example.org/\\\"onmouseover=\\\"window.__pwned=true",
            bad,
        );
        assert!(json.contains(bad));
        let mut c = catalog().clone();
        let err = c.merge_json(&json).unwrap_err().to_string();
        assert!(err.contains("sources[0].url"), "{err}");
        assert_eq!(&c, catalog());
    }
    // And nothing else of a catalog becomes a link: free text with an
    // address in it stays text.
    let site = hostile_site();
    let page = site.get("modalities/x-hostile-modality.html").unwrap();
    assert!(page.contains("javascript:window.__pwned=true"));
    assert!(
        !attributes(page, "href")
            .iter()
            .any(|h| h.contains("javascript"))
    );
}

// ---------------------------------------------------------------- writing

#[test]
fn write_to_creates_replaces_and_refuses() {
    let site = fixture_site();
    let dir = scratch("site-write");
    site.write_to(&dir).unwrap();
    assert!(dir.join("modalities/fixture-ablation.html").is_file());
    // An earlier site is replaced whole: stray files go with it.
    fs::write(dir.join("stale.html"), "old").unwrap();
    site.write_to(&dir).unwrap();
    assert!(!dir.join("stale.html").exists());
    assert!(dir.join("index.html").is_file());

    // A folder that is not a site is left alone.
    let other = scratch("site-write-foreign");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("notes.txt"), "mine").unwrap();
    let err = site.write_to(&other).unwrap_err().to_string();
    assert!(
        err.contains("holds no site written by io-pain-modalities"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(other.join("notes.txt")).unwrap(), "mine");
    assert_eq!(fs::read_dir(&other).unwrap().count(), 1);
    // No staging folder is left beside it.
    let parent = other.parent().unwrap();
    assert!(
        !fs::read_dir(parent).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp-"))
    );
}

#[test]
fn the_example_writes_nothing_for_a_bad_file() {
    let dir = scratch("site-example-bad");
    let args = [
        dir.display().to_string(),
        "tests/bad/malformed-url.json".to_owned(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let ok = site_example::run(&args, &mut out, &mut err).unwrap();
    assert!(!ok);
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.starts_with("error: tests/bad/malformed-url.json: invalid"),
        "{err}"
    );
    assert!(err.contains("nothing was written"));
    assert!(!dir.exists());

    // Every problem of the file is reported, not only the first.
    let args = [
        dir.display().to_string(),
        "tests/bad/three-faults.json".to_owned(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert!(!site_example::run(&args, &mut out, &mut err).unwrap());
    let err = String::from_utf8(err).unwrap();
    assert!(err.contains(": invalid catalog: 3 problems\n"), "{err}");
    for at in [
        "sources[0].checked",
        "modalities[0].codes[0].code",
        "sources[1]",
    ] {
        assert!(err.contains(&format!("\n  at {at}: ")), "{at} in {err}");
    }
    assert!(!dir.exists());

    let args = [
        dir.display().to_string(),
        "tests/fixtures/nope.json".to_owned(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert!(!site_example::run(&args, &mut out, &mut err).unwrap());
    assert!(String::from_utf8(err).unwrap().contains("could not read"));
    assert!(!dir.exists());
}

#[test]
fn the_example_writes_the_merged_site() {
    let dir = scratch("site-example-good");
    let args = [
        dir.display().to_string(),
        "examples/data/extension.json".to_owned(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let ok = site_example::run(&args, &mut out, &mut err).unwrap();
    assert!(ok, "{}", String::from_utf8_lossy(&err));
    assert!(String::from_utf8(out).unwrap().starts_with("wrote "));
    assert!(dir.join("index.html").is_file());
    assert!(dir.join("assets/search-index.js").is_file());
}

// ---------------------------------------------------------------- search

/// The browser test types these queries into the page's search box and
/// compares the page's ranking with the `search` example's, so the data may
/// change without this list changing. Keep it broad.
#[test]
fn the_search_queries_of_the_browser_test_are_broad() {
    let queries: Vec<String> = serde_json::from_str(&fixture("site-search.json")).unwrap();
    assert!(queries.len() >= 40);
    let distinct: BTreeSet<&String> = queries.iter().collect();
    assert_eq!(distinct.len(), queries.len(), "a query is listed twice");
    let found = queries
        .iter()
        .filter(|q| !catalog().search(q).is_empty())
        .count();
    assert!(
        found * 10 >= queries.len() * 9,
        "most queries should find something"
    );
    assert!(found < queries.len(), "and some nothing");
}

#[test]
fn the_search_index_lists_every_entry_and_name() {
    let site = html::render(catalog()).unwrap();
    let js = site.get("assets/search-index.js").unwrap();
    let json = js
        .trim_end()
        .strip_suffix(';')
        .and_then(|s| s.split_once(" = "))
        .map(|(_, json)| json)
        .unwrap();
    let index: serde_json::Value = serde_json::from_str(json).unwrap();
    let entries = index["entries"].as_array().unwrap();
    let c = catalog();
    assert_eq!(
        entries.len(),
        c.len() + c.combinations().count() + c.innovations().count()
    );
    let names = index["names"].as_array().unwrap();
    for m in c {
        for name in [&m.name]
            .into_iter()
            .chain(&m.abbreviations)
            .chain(&m.synonyms)
            .chain(&m.brands)
        {
            assert!(
                names.iter().any(|n| n["text"] == name.as_str()),
                "{name} is not in the search index"
            );
        }
    }
    assert!(
        index["words"]
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["stem"].is_string())
    );
}

// ---------------------------------------------------------------- filters

/// The rows of the index's tables: id, category and each indication as
/// `pattern/use/jurisdiction`, as the page script reads them.
fn rows(index: &str) -> Vec<(String, String, Vec<String>)> {
    index
        .split("<tr data-id=\"")
        .skip(1)
        .map(|tr| {
            let tag = &tr[..tr.find('>').unwrap()];
            let id = tag[..tag.find('"').unwrap()].to_owned();
            let attr = |name: &str| {
                let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                tag[start..start + tag[start..].find('"').unwrap()].to_owned()
            };
            let inds = attr("data-ind").split(' ').map(str::to_owned).collect();
            (id, attr("data-category"), inds)
        })
        .collect()
}

/// The browser test sets these filters on the index page and compares the
/// rows left with the `filter` example's answer. Here the page's encoding
/// is held to `Catalog::query`: matching the rows' data attributes the way
/// `assets/site.js` does gives exactly the query's modalities.
#[test]
fn the_page_filters_agree_with_query() {
    let cases: Vec<HashMap<String, String>> =
        serde_json::from_str(&fixture("site-filters.json")).unwrap();
    assert!(cases.len() >= 3);
    let site = html::render(catalog()).unwrap();
    let rows = rows(site.get("index.html").unwrap());
    assert_eq!(rows.len(), catalog().len());
    for filters in cases {
        let mut q = catalog().query();
        for (key, value) in &filters {
            q = match key.as_str() {
                "category" => q.category(value.parse::<Category>().unwrap()),
                "pattern" => q.pain_pattern(value.parse::<PainPattern>().unwrap()),
                "use" => q.use_kind(value.parse::<UseKind>().unwrap()),
                "jurisdiction" => q.jurisdiction(value.parse::<Jurisdiction>().unwrap()),
                other => panic!("unknown filter {other}"),
            };
        }
        let want: BTreeSet<&str> = q.iter().map(|m| m.id.as_str()).collect();
        assert!(
            !want.is_empty(),
            "a filter case that shows no row tests little: {filters:?}"
        );
        let want_ind = |k: &str| filters.get(k).map(String::as_str);
        let got: BTreeSet<&str> = rows
            .iter()
            .filter(|(_, category, inds)| {
                want_ind("category").is_none_or(|c| c == category)
                    && inds.iter().any(|ind| {
                        let mut p = ind.split('/');
                        let (pattern, use_kind, jurisdiction) =
                            (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
                        want_ind("pattern").is_none_or(|v| v == pattern)
                            && want_ind("use").is_none_or(|v| v == use_kind)
                            && want_ind("jurisdiction").is_none_or(|v| v == jurisdiction)
                    })
            })
            .map(|(id, _, _)| id.as_str())
            .collect();
        assert_eq!(got, want, "filters {filters:?}");
    }
}

// ---------------------------------------------------------------- ids

/// The text a reader sees on a page: tags, scripts and the head removed,
/// and the statement addresses shown as addresses (which may hold ids).
fn visible_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut rest = body;
    let skip = [
        "<span class=\"address\"",
        "<p class=\"print-only\"",
        "<script",
    ];
    loop {
        let next = skip.iter().filter_map(|s| rest.find(s)).min();
        let Some(i) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..i]);
        let close = if rest[i..].starts_with("<span") {
            "</span>"
        } else if rest[i..].starts_with("<p") {
            "</p>"
        } else {
            "</script>"
        };
        rest = rest[i..]
            .find(close)
            .map_or("", |j| &rest[i + j + close.len()..]);
    }
    let mut text = String::new();
    let mut in_tag = false;
    for ch in out.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn no_page_shows_an_id_as_text() {
    let c = Catalog::from_json(&fixture("site.json")).unwrap();
    let site = html::render(&c).unwrap();
    let mut ids: Vec<String> = c.sources().map(|s| s.id.to_string()).collect();
    ids.extend(c.iter().map(|m| m.id.to_string()));
    ids.extend(c.combinations().map(|x| x.id.to_string()));
    ids.extend(c.innovations().map(|x| x.id.to_string()));
    for (path, page) in html_pages(&site) {
        let text = visible_text(page);
        for id in &ids {
            let shown = text.match_indices(id.as_str()).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + id.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
                !word(before) && !word(after)
            });
            assert!(!shown, "{path} shows the id {id} as text");
        }
        assert!(!text.contains("urn:io-pain-modalities"), "{path}");
        assert!(!text.contains("hl7.org/fhir/sid"), "{path}");
    }
}
