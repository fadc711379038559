// quicktype reads the catalog schema: every object and vocabulary
// definition must give a type of the same name, and the JavaScript it
// generates, which checks types at run time, must load each data file.
//
//   node quicktype.mjs SCHEMA OUTDIR FILE...
//
// NODE_TOOLS names the folder where .ci/node/package.json was installed.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const tools = process.env.NODE_TOOLS;
const require = createRequire(path.join(tools, "package.json"));
const quicktype = path.join(tools, "node_modules", ".bin", "quicktype");

const [schemaPath, outDir, ...files] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
fs.mkdirSync(outDir, { recursive: true });
const run = (lang, out, extra = []) =>
  execFileSync(quicktype, ["--src-lang", "schema", "--lang", lang, "--top-level", "Catalog", "-o", out, ...extra, schemaPath], {
    stdio: ["ignore", "inherit", "inherit"],
  });

const typesPath = path.join(outDir, "quicktype-catalog.ts");
run("typescript", typesPath, ["--just-types"]);
const types = fs.readFileSync(typesPath, "utf8");
const exported = new Set([...types.matchAll(/^export (?:type|interface|enum) (\w+)/gm)].map((m) => m[1]));
const named = Object.entries(schema.$defs)
  .filter(([, d]) => d.type === "object" || (Array.isArray(d.oneOf) && d.oneOf.every((v) => "const" in v)))
  .map(([name]) => name);
const problems = named.filter((n) => !exported.has(n)).map((n) => `no type named ${n}`);
for (const name of exported) {
  if (name !== "Catalog" && !(name in schema.$defs)) problems.push(`unexpected type ${name}`);
}
if (problems.length) {
  console.error(`quicktype: ${problems.join("; ")}`);
  process.exit(1);
}

const jsPath = path.join(outDir, "quicktype-catalog.cjs");
run("javascript", jsPath);
const { toCatalog } = require(path.resolve(jsPath));
for (const file of files) {
  const c = toCatalog(fs.readFileSync(file, "utf8"));
  console.log(`quicktype: ${file}: loads (${c.modalities.length} modalities, ${c.sources.length} sources)`);
}
console.log(`quicktype: ${exported.size} named types, one per object and vocabulary definition and Catalog for the file`);
