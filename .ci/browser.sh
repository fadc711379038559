#!/usr/bin/env bash
# Real-browser test of the static site: generates it with the `site`
# example, opens it from file:// in Debian's Chromium (driven by
# puppeteer-core), and checks console, network, search, filters, links,
# accessibility (axe-core) and a hostile catalog. Screenshots are written to
# target/site-screenshots/ (ignored by git) for people to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

printf '\n=== browser test of the static site\n'

if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
/usr/bin/chromium --version 2>/dev/null || true
node --version

# Pinned by package-lock.json; puppeteer-core never downloads a browser.
(cd .ci/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# All features, so that the downloads include the JSON Schema and the FHIR bundle.
cargo run --quiet --all-features --example site -- "$work/site"
cargo run --quiet --features html --example site -- "$work/hostile" tests/fixtures/site-hostile.json
echo "site size: $(du -sb "$work/site" | cut -f1) bytes in $(find "$work/site" -type f | wc -l) files"

# The crate's own answers, to hold the page to them: the search and filter
# examples print what Catalog::search and Catalog::query return.
example_bin() {
  cargo build --quiet --example "$1" --message-format=json | node -e '
    let s = "";
    process.stdin.on("data", (d) => (s += d)).on("end", () => {
      for (const line of s.split("\n")) {
        try {
          const m = JSON.parse(line);
          if (m.reason === "compiler-artifact" && m.target.name === process.argv[1] && m.executable) {
            console.log(m.executable);
          }
        } catch (e) {}
      }
    });' "$1"
}
SEARCH_BIN="$(example_bin search)" FILTER_BIN="$(example_bin filter)" \
  node .ci/browser/site.test.mjs "$work/site" "$work/hostile" target/site-screenshots
