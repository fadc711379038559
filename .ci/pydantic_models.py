"""datamodel-code-generator turns the catalog schema into pydantic v2
models; the models must load each data file. Any warning, from the
generator or from pydantic, is an error.

Usage: python pydantic_models.py SCHEMA OUTDIR FILE...
"""

import json
import pathlib
import subprocess
import sys
import warnings

warnings.simplefilter("error")

schema, outdir, *files = sys.argv[1:]
outdir = pathlib.Path(outdir)
outdir.mkdir(parents=True, exist_ok=True)
models_path = outdir / "catalog_models.py"
subprocess.run(
    [
        sys.executable, "-W", "error", "-m", "datamodel_code_generator",
        "--input", schema,
        "--input-file-type", "jsonschema",
        "--output-model-type", "pydantic_v2.BaseModel",
        # The generator's own recommendations for pydantic v2, set
        # explicitly so that it has nothing to warn about.
        "--use-annotated",
        "--formatters", "builtin",
        "--target-python-version", "3.11",
        "--class-name", "Catalog",
        "--output", str(models_path),
    ],
    check=True,
)
sys.path.insert(0, str(outdir))
import catalog_models as models  # noqa: E402

classes = [n for n in dir(models) if isinstance(getattr(models, n), type)]
defs = json.loads(pathlib.Path(schema).read_text())["$defs"]
missing = sorted(set(defs) - set(classes))
if missing:
    sys.exit(f"datamodel-code-generator: no class named {', '.join(missing)}")
for f in files:
    c = models.Catalog.model_validate_json(pathlib.Path(f).read_text())
    print(f"datamodel-code-generator: {f}: loads ({len(c.modalities)} modalities, {len(c.sources)} sources)")
print(f"datamodel-code-generator: a class for each of the {len(defs)} definitions")
