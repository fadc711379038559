// The official R5 package (hl7.fhir.r5.core) as fhir_validate.mjs reads it:
// base StructureDefinitions by type, with their snapshot elements by path
// and by parent; primitive types' regexes; value sets expanded from the
// package's ValueSets and CodeSystems.
//
// NODE_TOOLS names the folder where .ci/node/package.json was installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.env.NODE_TOOLS, "package.json"));
const pkg = path.dirname(require.resolve("hl7.fhir.r5.core/package.json"));

// ---- the package --------------------------------------------------------

const byUrl = { ValueSet: new Map(), CodeSystem: new Map() };
for (const file of fs.readdirSync(pkg)) {
  const kind = file.split("-")[0];
  if (kind in byUrl && file.endsWith(".json")) {
    const r = JSON.parse(fs.readFileSync(path.join(pkg, file), "utf8"));
    byUrl[kind].set(r.url, r);
  }
}

const definitions = new Map();
/** The base StructureDefinition of a type, with its elements by path. */
export function definition(type) {
  if (!definitions.has(type)) {
    const file = path.join(pkg, `StructureDefinition-${type}.json`);
    if (!fs.existsSync(file)) {
      definitions.set(type, null);
    } else {
      const sd = JSON.parse(fs.readFileSync(file, "utf8"));
      const byPath = new Map();
      const children = new Map();
      for (const e of sd.snapshot.element) {
        if (e.sliceName) continue;
        byPath.set(e.path, e);
        const parent = e.path.slice(0, e.path.lastIndexOf("."));
        if (e.path.includes(".")) {
          if (!children.has(parent)) children.set(parent, []);
          children.get(parent).push(e);
        }
      }
      definitions.set(type, { sd, byPath, children });
    }
  }
  return definitions.get(type);
}

export const PRIMITIVE_NUMBER = new Set(["integer", "positiveInt", "unsignedInt", "decimal"]);
const regexes = new Map();
/** The regex a primitive type's definition gives for its value, if any. */
export function primitiveRegex(type) {
  if (!regexes.has(type)) {
    const d = definition(type);
    const value = d?.byPath.get(`${type}.value`);
    const ext = value?.type?.[0]?.extension?.find(
      (x) => x.url === "http://hl7.org/fhir/StructureDefinition/regex");
    regexes.set(type, ext ? new RegExp(`^(?:${ext.valueString})$`, "u") : null);
  }
  return regexes.get(type);
}

export function isPrimitive(type) {
  return definition(type)?.sd.kind === "primitive-type";
}

// ---- value sets ---------------------------------------------------------

const expansions = new Map();
function allConcepts(concepts, system, out) {
  for (const c of concepts ?? []) {
    out.add(`${system}|${c.code}`);
    allConcepts(c.concept, system, out);
  }
}
/** {codes: Set("system|code"), complete: bool} of a value set's canonical. */
export function expand(canonical) {
  const url = canonical.split("|")[0];
  if (expansions.has(url)) return expansions.get(url);
  const result = { codes: new Set(), complete: true };
  expansions.set(url, result);
  const vs = byUrl.ValueSet.get(url);
  if (!vs?.compose) {
    result.complete = false;
    return result;
  }
  const part = (inc) => {
    const codes = new Set();
    let complete = true;
    for (const other of inc.valueSet ?? []) {
      const e = expand(other);
      complete &&= e.complete;
      e.codes.forEach((c) => codes.add(c));
    }
    if (inc.system) {
      if (inc.concept) {
        inc.concept.forEach((c) => codes.add(`${inc.system}|${c.code}`));
      } else if (inc.filter) {
        complete = false;
      } else {
        const cs = byUrl.CodeSystem.get(inc.system);
        if (!cs || cs.content !== "complete") complete = false;
        else allConcepts(cs.concept, inc.system, codes);
      }
    }
    return { codes, complete };
  };
  for (const inc of vs.compose.include ?? []) {
    const p = part(inc);
    result.complete &&= p.complete;
    p.codes.forEach((c) => result.codes.add(c));
  }
  for (const exc of vs.compose.exclude ?? []) {
    part(exc).codes.forEach((c) => result.codes.delete(c));
  }
  return result;
}
