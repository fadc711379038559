#!/usr/bin/env bash
# The catalog as other languages and standards read it: the JSON Schema
# through the tools people reach for by default (Ajv, check-jsonschema,
# json-schema-to-typescript with tsc, quicktype, datamodel-code-generator),
# a mutation test holding the schema and the crate to the same rules, and
# the FHIR R5 export (collection and transaction) through an independent R5
# model and against the StructureDefinitions, bindings and FHIRPath
# invariants of the official R5 package.
#
# Needs the Rust toolchain, Python 3.11 with pip and Node 20 with npm. It
# installs the pinned npm packages (.ci/node) and Python packages
# (.ci/requirements-standards.txt) under $TMPDIR, never into the repo, and
# reuses them on the next run while the pins are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

tools="${TMPDIR:-/tmp}/io-pain-modalities-standards"
work="$(mktemp -d "${TMPDIR:-/tmp}/io-pain-modalities-standards-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$tools"

step "standards: tools (pinned npm and pip packages under $tools)"
export NODE_TOOLS="$tools/node"
if ! cmp -s .ci/node/package-lock.json "$NODE_TOOLS/package-lock.json" \
  || [ ! -d "$NODE_TOOLS/node_modules" ]; then
  rm -rf "$NODE_TOOLS"
  mkdir -p "$NODE_TOOLS"
  cp .ci/node/package.json .ci/node/package-lock.json "$NODE_TOOLS/"
  (cd "$NODE_TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi
venv="$tools/venv"
if ! cmp -s .ci/requirements-standards.txt "$venv/requirements.txt"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r .ci/requirements-standards.txt
  cp .ci/requirements-standards.txt "$venv/requirements.txt"
fi
py="$venv/bin/python"
node --version
"$py" --version

# The path of an example's executable, built with every feature.
example_bin() {
  cargo build --quiet --all-features --example "$1" --message-format=json \
    | "$py" -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == sys.argv[1] and m.get("executable"):
        print(m["executable"])' "$1"
}

step "standards: data files"
"$(example_bin export)" json >"$work/export.json"
data=(data/catalog.json examples/data/extension.json "$work/export.json")
printf '%s\n' "${data[@]}"

step "standards: Ajv 8 (ajv/dist/2020, default options)"
node .ci/node/ajv.mjs data/catalog.schema.json "${data[@]}"

step "standards: check-jsonschema (format checks on)"
"$venv/bin/check-jsonschema" --schemafile data/catalog.schema.json "${data[@]}"

step "standards: json-schema-to-typescript, then tsc --strict on the exported catalog"
node .ci/node/typescript.mjs data/catalog.schema.json "$work/export.json" "$work/ts"
"$NODE_TOOLS/node_modules/.bin/tsc" -p "$work/ts"
echo "tsc --strict: the exported catalog type-checks as the generated root type"

step "standards: quicktype"
node .ci/node/quicktype.mjs data/catalog.schema.json "$work/quicktype" "${data[@]}"

step "standards: datamodel-code-generator (pydantic v2), warnings as errors"
"$py" -W error .ci/pydantic_models.py data/catalog.schema.json "$work/pydantic" \
  data/catalog.json "$work/export.json"

step "standards: mutation test (the crate, jsonschema and Ajv reject every faulty copy)"
"$py" .ci/mutations.py data/catalog.schema.json data/catalog.json "$work/mutants" \
  "$(example_bin validate)" "$NODE_TOOLS"

step "standards: FHIR R5 Bundle (fhir.resources 8, value sets, references, coverage)"
"$(example_bin fhir)" >"$work/bundle.json"
"$(example_bin fhir)" --transaction >"$work/transaction.json"
"$py" .ci/fhir_check.py "$work/bundle.json" "$work/export.json"
"$py" .ci/fhir_check.py "$work/transaction.json" "$work/export.json"

step "standards: FHIR R5 Bundles against the official R5 package (hl7.fhir.r5.core 5.0.0, fhirpath.js R5 model)"
node .ci/node/fhir_validate.mjs --mutants "$work/bundle.json" "$work/transaction.json"

echo
echo "standards: all steps passed"
