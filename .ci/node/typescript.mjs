// json-schema-to-typescript (default options) turns the catalog schema into
// TypeScript types. Every definition must come out as a named type of its
// own (no numbered duplicates such as `Statement1`), and the exported
// catalog, pasted as a literal typed as the root type, must compile under
// `tsc --strict` (run by .ci/standards.sh on the files written here).
//
//   node typescript.mjs SCHEMA EXPORT_JSON OUTDIR
//
// NODE_TOOLS names the folder where .ci/node/package.json was installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.env.NODE_TOOLS, "package.json"));
const { compile } = require("json-schema-to-typescript");

const [schemaPath, exportPath, outDir] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const types = await compile(schema, "Catalog", {});

const exported = new Set([...types.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]));
const root = schema.title.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
const problems = [];
for (const name of [root, ...Object.keys(schema.$defs)]) {
  if (!exported.has(name)) problems.push(`no type named ${name}`);
}
for (const name of exported) {
  if (name !== root && !(name in schema.$defs)) problems.push(`unexpected type ${name}`);
}
if (problems.length) {
  console.error(`json-schema-to-typescript: ${problems.join("; ")}`);
  process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, "catalog.ts"), types);
const literal = fs.readFileSync(exportPath, "utf8");
fs.writeFileSync(
  path.join(outDir, "check.ts"),
  `import type { ${root} } from "./catalog";\n\nexport const catalog: ${root} = ${literal.trim()};\n`,
);
fs.writeFileSync(
  path.join(outDir, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "es2022", moduleResolution: "bundler", types: [] },
      files: ["catalog.ts", "check.ts"],
    },
    null,
    2,
  ),
);
console.log(`json-schema-to-typescript: ${exported.size} named types, one per definition and ${root} for the file`);
