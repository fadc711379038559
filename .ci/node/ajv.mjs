// Ajv 8, draft 2020-12, default options: compiles the catalog schema and
// validates data files against it. Any warning Ajv logs counts as a failure.
//
//   node ajv.mjs SCHEMA FILE...           every FILE must be valid
//   node ajv.mjs --report SCHEMA FILE...  prints {"FILE": true|false, ...}
//
// NODE_TOOLS names the folder where .ci/node/package.json was installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.env.NODE_TOOLS, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;

const args = process.argv.slice(2);
const report = args[0] === "--report";
const [schemaPath, ...files] = report ? args.slice(1) : args;

const warnings = [];
const logger = {
  log: (...a) => console.log(...a),
  warn: (...a) => warnings.push(a.join(" ")),
  error: (...a) => warnings.push(a.join(" ")),
};
const ajv = new Ajv2020({ logger });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
if (warnings.length) {
  console.error(`ajv: ${warnings.length} warning(s) compiling ${schemaPath}:\n${warnings.join("\n")}`);
  process.exit(2);
}

const results = {};
let invalid = 0;
for (const file of files) {
  const ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  results[file] = ok;
  if (!report) {
    if (ok) {
      console.log(`ajv: ${file}: valid`);
    } else {
      invalid += 1;
      for (const e of validate.errors.slice(0, 10)) {
        console.log(`ajv: ${file}: ${e.instancePath || "/"}: ${e.message}`);
      }
    }
  }
}
if (report) console.log(JSON.stringify(results));
process.exit(invalid ? 1 : 0);
