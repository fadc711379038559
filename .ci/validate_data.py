"""Validates every data file against the committed JSON Schema with an
independent validator (Python's jsonschema, draft 2020-12, format checking).

Usage: python3 .ci/validate_data.py
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "data" / "catalog.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(
    schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
files = sorted(root.glob("data/*.json")) + sorted(root.glob("examples/data/*.json"))
files = [f for f in files if f.name != "catalog.schema.json"]
failed = 0
for f in files:
    errors = sorted(validator.iter_errors(json.loads(f.read_text())), key=lambda e: list(e.path))
    for e in errors[:10]:
        path = "/".join(str(p) for p in e.path)
        print(f"{f.relative_to(root)}: {path}: {e.message}")
    failed += bool(errors)
    if not errors:
        print(f"{f.relative_to(root)}: valid against data/catalog.schema.json")
if failed:
    sys.exit(1)
