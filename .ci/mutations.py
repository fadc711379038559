"""Mutation test of the schema against the crate.

Walks data/catalog.json alongside data/catalog.schema.json and, for every
rule the schema states at every place it applies (each definition's
property, first occurrence in the data), writes a copy of the catalog that
breaks that one rule. Each copy must be rejected by

  - the crate (`validate FILE` exits 1),
  - Python jsonschema (draft 2020-12, with format checking), and
  - Ajv 8 (`ajv/dist/2020`, default options),

while the unchanged catalog passes all three. The rules are read from the
schema, so a field added to the Rust types is mutated without editing this
file; a schema rule the crate does not enforce fails here.

It also checks the date patterns against the calendar.

Usage: python mutations.py SCHEMA CATALOG WORKDIR CRATE_VALIDATE_BIN NODE_TOOLS_DIR
"""

import copy
import datetime
import json
import os
import pathlib
import re
import subprocess
import sys

import jsonschema

schema_path, catalog_path, workdir, crate_bin, node_tools = sys.argv[1:6]
here = pathlib.Path(__file__).resolve().parent
schema = json.loads(pathlib.Path(schema_path).read_text())
catalog = json.loads(pathlib.Path(catalog_path).read_text())
defs = schema["$defs"]
workdir = pathlib.Path(workdir)
workdir.mkdir(parents=True, exist_ok=True)
for old in workdir.glob("*.json"):
    old.unlink()

# Values that break a pattern of a definition, as a person might mistype
# them. A pattern not listed here gets a generic bad value.
BAD_BY_PATTERN_OWNER = {
    "PartialDate": ["2023-02-29", "1799", "2024-13", "2024-04-31", "24-01-01"],
    "(root).version": ["2026-11", "2026-02-30", "26-11-2026"],
    "SourceId": ["Not An Id", "trailing-"],
    "ModalityId": ["Not An Id", "double--hyphen"],
    "EntryId": ["Not An Id"],
    "Doi": ["doi:10.1056/x", "10.12/x", "10.1056/has space"],
    "Pmid": ["0123", "12a", "1234567890"],
    "Url": ["ftp://example.org/x", "https://localhost/x", "www.fda.gov"],
}
GENERIC_BAD = ["", " \t", "?? not valid ??"]


def check_dates():
    """The date patterns accept exactly the real dates from 1800 on."""
    partial = re.compile(defs["PartialDate"]["pattern"])
    full = re.compile(schema["properties"]["version"]["pattern"])
    wrong = []
    for y in list(range(1795, 2420)) + [2800, 2900, 3200, 9999]:
        if bool(partial.search(f"{y:04d}")) != (y >= 1800):
            wrong.append(f"{y:04d}")
        for m in range(0, 14):
            ym = f"{y:04d}-{m:02d}"
            if bool(partial.search(ym)) != (y >= 1800 and 1 <= m <= 12) or full.search(ym):
                wrong.append(ym)
            for d in range(0, 33):
                s = f"{y:04d}-{m:02d}-{d:02d}"
                try:
                    real = datetime.date(y, m, d) is not None and y >= 1800
                except ValueError:
                    real = False
                if bool(partial.search(s)) != real or bool(full.search(s)) != real:
                    wrong.append(s)
    if wrong:
        sys.exit(f"date patterns disagree with the calendar on {len(wrong)} values, e.g. {wrong[:5]}")
    print("date patterns: agree with the calendar on every day from 1795 to 2419")


def facets(node, owner):
    """The schema objects that apply at `node`, following `$ref` and `allOf`,
    each with the definition that owns it."""
    out = [(node, owner)]
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        out += facets(defs[name], name)
    for sub in node.get("allOf", []):
        out += facets(sub, owner)
    return out


# rule label -> (path in the data, facet, owner); first occurrence only
places = {}
# definition -> first (path, object) of that definition in the data
objects = {}


def walk(node, value, path, label, owner):
    for facet, facet_owner in facets(node, owner):
        places.setdefault(label, []).append((path, facet, facet_owner))
        if facet_owner != owner and isinstance(value, dict) and facet_owner not in objects:
            objects[facet_owner] = (path, facet)
        for branch in facet.get("anyOf", []):
            if value is not None and branch.get("type") != "null":
                walk(branch, value, path, label, facet_owner)
        props = facet.get("properties", {})
        if isinstance(value, dict):
            for key, sub in value.items():
                if key in props:
                    walk(props[key], sub, path + [key], f"{facet_owner}.{key}", facet_owner)
        if isinstance(value, list) and "items" in facet:
            for i, item in enumerate(value):
                walk(facet["items"], item, path + [i], f"{label}[]", facet_owner)


walk(schema, catalog, [], "(root)", "(root)")
objects["(root)"] = ([], schema)


def set_at(doc, path, value):
    doc = copy.deepcopy(doc)
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def get_at(doc, path):
    for step in path:
        doc = doc[step]
    return doc


def drop_at(doc, path, key):
    doc = copy.deepcopy(doc)
    del get_at(doc, path)[key]
    return doc


mutants = []  # (name, document)
seen_rules = set()


def mutant(rule, make):
    """Adds the copy `make()` builds for `rule`, once per rule: the copy of
    the whole catalog is made only for a rule not seen yet."""
    if rule in seen_rules:
        return
    seen_rules.add(rule)
    mutants.append((rule, make()))


for label, occurrences in places.items():
    for path, facet, owner in occurrences:
        value = get_at(catalog, path)
        if not path:
            continue
        if isinstance(value, list):
            if "minItems" in facet:
                n = facet["minItems"]
                fewer = "no item" if n == 1 else f"fewer than {n} items"
                mutant(f"{label}: {fewer}", lambda: set_at(catalog, path, value[: n - 1]))
            if facet.get("uniqueItems") and value:
                mutant(f"{label}: an item twice", lambda: set_at(catalog, path, value + [value[0]]))
        if isinstance(value, str):
            pattern = facet.get("pattern")
            if pattern == "\\S":
                mutant(f"{label}: blank text", lambda: set_at(catalog, path, " \t"))
                mutant(f"{label}: empty text", lambda: set_at(catalog, path, ""))
            elif pattern:
                key = label if label in BAD_BY_PATTERN_OWNER else owner
                bad = [b for b in BAD_BY_PATTERN_OWNER.get(key, []) + GENERIC_BAD if not re.search(pattern, b)]
                for b in bad[:3] if key in BAD_BY_PATTERN_OWNER else bad[:1]:
                    mutant(f"{label}: {b!r} breaks the {key} pattern", lambda: set_at(catalog, path, b))
            if "oneOf" in facet and all("const" in v for v in facet["oneOf"]):
                mutant(f"{owner}: unknown term", lambda: set_at(catalog, path, "no-such-term"))
            if "const" in facet.get("not", {}):
                mutant(f"{label}: {facet['not']['const']!r} is not allowed", lambda: set_at(catalog, path, facet["not"]["const"]))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "exclusiveMinimum" in facet:
                m = facet["exclusiveMinimum"]
                mutant(f"{label}: equal to the exclusive minimum {m}", lambda: set_at(catalog, path, m))
                mutant(f"{label}: below the exclusive minimum {m}", lambda: set_at(catalog, path, m - 1))
            if "minimum" in facet:
                mutant(f"{label}: below the minimum", lambda: set_at(catalog, path, facet["minimum"] - 1))
            if "maximum" in facet:
                mutant(f"{label}: above the maximum", lambda: set_at(catalog, path, facet["maximum"] + 1))

# Object rules, once per definition: no unknown field, every required field.
for owner, (path, facet) in sorted(objects.items(), key=lambda kv: kv[0]):
    if facet.get("additionalProperties") is False:
        obj = get_at(catalog, path)
        mutant(f"{owner}: unknown field", lambda: set_at(catalog, path + ["unexpected_field"], 1) if path else {**catalog, "unexpected_field": 1})
        for key in facet.get("required", []):
            if key in obj:
                mutant(f"{owner}: {key} missing", lambda: drop_at(catalog, path, key))

# Coverage: every property of every definition with a rule was mutated
# where it occurs, or is absent from the data (reported).
ruled = ("minItems", "uniqueItems", "pattern", "exclusiveMinimum", "maximum", "not")
missing = []
for owner, d in list(defs.items()) + [("(root)", schema)]:
    for key, prop in d.get("properties", {}).items():
        label = f"{owner}.{key}"
        has_rule = any(k in f for f, _ in facets(prop, owner) for k in ruled) or any(
            k in f for f, _ in facets(prop.get("items", {}), owner) for k in ruled
        )
        if has_rule and not any(r.startswith(label + ":") or r.startswith(label + "[]:") for r in seen_rules):
            missing.append(label)
if missing:
    print("not mutated (absent from the data):", ", ".join(sorted(missing)))

check_dates()

# Write the copies.
files = []
for i, (rule, doc) in enumerate(mutants):
    f = workdir / f"{i:03d}.json"
    f.write_text(json.dumps(doc, ensure_ascii=False, indent=1))
    files.append((rule, f))
original = workdir / "original.json"
original.write_text(json.dumps(catalog, ensure_ascii=False, indent=1))

# Validator 1: the crate.
def crate_rejects(path):
    r = subprocess.run([crate_bin, str(path)], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"crate validator failed to run on {path}: {r.stderr}")
    return r.returncode == 1, (r.stderr or r.stdout).strip()

# Validator 2: Python jsonschema.
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

# Validator 3: Ajv, one process for every file.
ajv = subprocess.run(
    ["node", str(here / "node" / "ajv.mjs"), "--report", schema_path, str(original)] + [str(f) for _, f in files],
    capture_output=True, text=True, env={**os.environ, "NODE_TOOLS": node_tools},
)
if ajv.returncode not in (0, 1):
    sys.exit(f"ajv failed: {ajv.stderr}")
ajv_valid = json.loads(ajv.stdout)

ok, message = crate_rejects(original)
if ok or not validator.is_valid(catalog) or not ajv_valid[str(original)]:
    sys.exit(f"the unchanged catalog must pass every validator: crate {message!r}")

failures = 0
for rule, f in files:
    doc = json.loads(f.read_text())
    crate, why = crate_rejects(f)
    py = not validator.is_valid(doc)
    js = not ajv_valid[str(f)]
    status = "ok" if crate and py and js else "FAIL"
    failures += status == "FAIL"
    verdicts = f"crate {'rejects' if crate else 'ACCEPTS'}, jsonschema {'rejects' if py else 'ACCEPTS'}, ajv {'rejects' if js else 'ACCEPTS'}"
    print(f"{status:4} {rule}: {verdicts}")
    if status == "FAIL" or "-v" in sys.argv:
        print(f"       crate: {why}")
print(f"mutations: {len(files) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
