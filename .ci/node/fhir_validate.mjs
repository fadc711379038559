// Validates FHIR R5 Bundles against the official R5 package
// (hl7.fhir.r5.core 5.0.0, from the npm registry) with the FHIRPath engine
// fhirpath.js and its R5 model. Every resource, the Bundle included, is
// walked against its StructureDefinition's snapshot, and the data types
// inside it against theirs:
//
// - every element is one the definition has (unknown keys are errors);
// - cardinality: min (required elements) and max, and arrays where max > 1;
// - types: the JSON type of each primitive and the regex its definition
//   gives; a choice element's type is one of those allowed; a reference
//   inside the Bundle resolves to an entry of an allowed target type;
// - fixed and pattern values; required bindings on code, Coding and
//   CodeableConcept elements, against the value set expanded from the
//   package's ValueSets and CodeSystems;
// - every constraint (invariant) of every element, evaluated with
//   fhirpath.js (R5 model) on each node it applies to, with %resource and
//   %rootResource set as the specification says.
//
// A value set that cannot be expanded from the package (a filter, a code
// system not in it) is counted as unverifiable, never passed silently.
//
//   node fhir_validate.mjs BUNDLE.json...
//   node fhir_validate.mjs --mutants BUNDLE.json...   also checks that a
//       faulty copy of each Bundle fails, one copy per kind of check
//
// The package itself is read by fhir_r5_package.mjs.
//
// Prints counts per file and every error and warning; exits non-zero on any
// error, any dom-6 warning (a resource without narrative), or any
// constraint fhirpath.js cannot evaluate. NODE_TOOLS names the folder where
// .ci/node/package.json was installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PRIMITIVE_NUMBER, definition, expand, isPrimitive, primitiveRegex } from "./fhir_r5_package.mjs";

const require = createRequire(path.join(process.env.NODE_TOOLS, "package.json"));
const fhirpath = require("fhirpath");
const r5model = require("fhirpath/fhir-context/r5");

// ---- the walk -----------------------------------------------------------

const compiled = new Map();
function constraintFn(base, expression) {
  const key = `${base}\u0000${expression}`;
  if (!compiled.has(key)) {
    // trace() in some invariants (ref-1) would print: silence it.
    compiled.set(key, fhirpath.compile({ base, expression }, r5model, { traceFn: () => {} }));
  }
  return compiled.get(key);
}

function upperFirst(s) {
  return s[0].toUpperCase() + s.slice(1);
}

/** The type code of an ElementDefinition type, resolving System.* types. */
function typeCode(t) {
  if (t.code.startsWith("http://hl7.org/fhirpath/System.")) {
    const ext = t.extension?.find(
      (x) => x.url === "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type");
    return ext?.valueUrl ?? "string";
  }
  return t.code;
}

class Validator {
  constructor(file, bundle) {
    this.file = file;
    this.errors = [];
    this.warnings = [];
    this.unverifiable = new Map();
    this.evaluated = 0;
    this.keys = new Set();
    this.nodes = 0;
    this.entries = new Map(
      (bundle.entry ?? []).map((e) => [e.fullUrl, e.resource?.resourceType]));
  }

  error(where, what) {
    this.errors.push(`${where}: ${what}`);
  }

  /** Validates a resource (the Bundle or an entry's resource) as a root. */
  resource(r, where) {
    const d = definition(r.resourceType);
    if (!d || d.sd.kind !== "resource") {
      this.error(where, `unknown resource type ${r.resourceType}`);
      return;
    }
    const env = { resource: r, rootResource: r };
    this.node(r, d, r.resourceType, r.resourceType, where, env, inheritedRootConstraints(d), true);
  }

  /**
   * Checks `value` (one object or primitive) against element `path` of
   * definition `d`; `base` is the FHIRPath type context of the node;
   * `extra` are constraints that also apply here (the element's own, when
   * the node is a data type entered from a resource's element).
   */
  node(value, d, path, base, where, env, extra, isRoot = false) {
    this.nodes += 1;
    const element = d.byPath.get(path);
    const constraints = [...extra, ...(element?.constraint ?? [])];
    this.constraints(value, base, constraints, where, env);
    if (typeof value !== "object" || value === null) return;
    let childPath = path;
    if (element?.contentReference) {
      childPath = element.contentReference.slice(element.contentReference.indexOf("#") + 1);
    }
    const children = d.children.get(childPath) ?? [];
    const seen = new Set(isRoot ? ["resourceType"] : []);
    for (const child of children) {
      const name = child.path.slice(child.path.lastIndexOf(".") + 1);
      const keys = [];
      if (name.endsWith("[x]")) {
        const stem = name.slice(0, -3);
        for (const k of Object.keys(value)) {
          if (k.startsWith(stem) && /^[A-Z]/.test(k.slice(stem.length))) keys.push(k);
        }
      } else if (name in value) {
        keys.push(name);
      }
      keys.forEach((k) => seen.add(k));
      // A primitive's extension sits beside it under "_name".
      keys.forEach((k) => seen.add(`_${k}`));
      if (!name.endsWith("[x]")) seen.add(`_${name}`);
      this.element(value, child, keys, `${where}`, env);
    }
    for (const k of Object.keys(value)) {
      if (!seen.has(k)) this.error(`${where}.${k}`, `no element ${k} in ${childPath}`);
    }
  }

  element(parent, e, keys, where, env) {
    const values = keys.flatMap((k) =>
      (Array.isArray(parent[k]) ? parent[k] : [parent[k]]).map((v, i) => ({
        k, v, at: Array.isArray(parent[k]) ? `${where}.${k}[${i}]` : `${where}.${k}`,
      })));
    const name = e.path.slice(e.path.lastIndexOf(".") + 1);
    if (values.length < e.min) this.error(`${where}.${name}`, `required (min ${e.min}), absent`);
    if (e.max !== "*" && values.length > Number(e.max)) {
      this.error(`${where}.${name}`, `${values.length} values, max ${e.max}`);
    }
    for (const k of keys) {
      const many = e.max !== "1";
      if (many !== Array.isArray(parent[k])) {
        this.error(`${where}.${k}`, many ? "must be an array" : "must not be an array");
      }
    }
    for (const { k, v, at } of values) {
      const type = this.typeOf(e, k, at);
      if (!type) continue;
      this.value(v, e, type, at, env);
    }
  }

  typeOf(e, key, at) {
    const types = e.type ?? [];
    if (e.contentReference) return { code: "BackboneElement" };
    if (!e.path.endsWith("[x]")) return types[0];
    const stem = e.path.slice(e.path.lastIndexOf(".") + 1, -3);
    const suffix = key.slice(stem.length);
    const t = types.find((t) => upperFirst(typeCode(t)) === suffix);
    if (!t) this.error(at, `type ${suffix} is not allowed here`);
    return t;
  }

  value(v, e, t, at, env) {
    const code = typeCode(t);
    this.fixed(v, e, at);
    if (code === "Resource" || code === "DomainResource") {
      if (typeof v !== "object" || !v.resourceType) this.error(at, "not a resource");
      else this.resource(v, at);
      return;
    }
    if (code === "BackboneElement" || code === "Element" && definitionHasChildren(e)) {
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        this.error(at, "must be an object");
        return;
      }
      const d = definition(e.path.split(".")[0]);
      this.node(v, d, e.path, e.path, at, env, []);
      return;
    }
    if (isPrimitive(code) || code === "xhtml") {
      this.nodes += 1;
      this.primitive(v, code, at);
      this.binding(v, e, code, at);
      // The element's own constraints (ele-1 and any the resource adds).
      this.constraints(v, basePath(e), e.constraint ?? [], at, env, code);
      return;
    }
    const d = definition(code);
    if (!d) {
      this.error(at, `no definition for type ${code}`);
      return;
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.error(at, `a ${code} must be an object`);
      return;
    }
    this.binding(v, e, code, at);
    if (code === "Reference") this.target(v, t, at);
    this.node(v, d, code, code, at, env, e.constraint ?? []);
  }

  primitive(v, code, at) {
    if (code === "boolean") {
      if (typeof v !== "boolean") this.error(at, `a boolean, not ${JSON.stringify(v)}`);
      return;
    }
    if (PRIMITIVE_NUMBER.has(code)) {
      if (typeof v !== "number") this.error(at, `a number, not ${JSON.stringify(v)}`);
      else if (code !== "decimal" && !Number.isInteger(v)) this.error(at, `an integer, not ${v}`);
      else if (code === "positiveInt" && v < 1) this.error(at, `positive, not ${v}`);
      else if (code === "unsignedInt" && v < 0) this.error(at, `not negative, not ${v}`);
      return;
    }
    if (typeof v !== "string") {
      this.error(at, `a string (${code}), not ${JSON.stringify(v)}`);
      return;
    }
    if (v.trim() === "") this.error(at, "an empty string has no value (ele-1)");
    // The narrative's root: a div in the XHTML namespace (the rule txt-1's
    // htmlChecks() leaves to XML schema validation).
    if (code === "xhtml" && !/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[ >]/.test(v)) {
      this.error(at, "the narrative is no <div> in the XHTML namespace");
    }
    const re = primitiveRegex(code);
    if (re && !re.test(v)) this.error(at, `${JSON.stringify(v.slice(0, 80))} is no valid ${code}`);
  }

  fixed(v, e, at) {
    for (const [k, want] of Object.entries(e)) {
      if (k.startsWith("fixed") && JSON.stringify(v) !== JSON.stringify(want)) {
        this.error(at, `must be fixed ${JSON.stringify(want)}`);
      }
      if (k.startsWith("pattern") && !matchesPattern(v, want)) {
        this.error(at, `must match pattern ${JSON.stringify(want)}`);
      }
    }
  }

  binding(v, e, code, at) {
    const b = e.binding;
    if (!b || b.strength !== "required" || !b.valueSet) return;
    if (!["code", "Coding", "CodeableConcept", "CodeableReference"].includes(code)) return;
    const vs = expand(b.valueSet);
    const has = (system, c) =>
      system ? vs.codes.has(`${system}|${c}`) : [...vs.codes].some((x) => x.endsWith(`|${c}`));
    let codings;
    if (code === "code") codings = [{ code: v }];
    else if (code === "Coding") codings = [v];
    else if (code === "CodeableConcept") codings = v.coding ?? [];
    else codings = v.concept?.coding ?? [];
    const ok = codings.some((c) => has(c.system, c.code));
    if (ok) return;
    if (!vs.complete) {
      this.unverifiable.set(b.valueSet, (this.unverifiable.get(b.valueSet) ?? 0) + 1);
      return;
    }
    if (code === "CodeableReference" && !v.concept) return;
    this.error(at, `${JSON.stringify(codings.map((c) => c.code))} is not in the required value set ${b.valueSet}`);
  }

  target(v, t, at) {
    const ref = v.reference;
    if (!ref || !this.entries.has(ref)) {
      if (ref?.startsWith("urn:")) this.error(at, `${ref} resolves to no entry of the Bundle`);
      return;
    }
    const types = (t.targetProfile ?? []).map((p) => p.slice(p.lastIndexOf("/") + 1));
    const actual = this.entries.get(ref);
    if (types.length && !types.includes(actual) && !types.includes("Resource")) {
      this.error(at, `refers to a ${actual}; allowed: ${types.join(", ")}`);
    }
  }

  constraints(v, base, constraints, where, env, primitiveType) {
    const done = new Set();
    for (const c of constraints) {
      if (done.has(c.key) || !c.expression) continue;
      done.add(c.key);
      // ele-1 on a primitive is the empty-string check above: fhirpath.js
      // sees a bare JSON primitive, not a FHIR element with a value.
      if (primitiveType && c.key === "ele-1") continue;
      this.evaluated += 1;
      this.keys.add(c.key);
      let result;
      try {
        result = constraintFn(base, c.expression)(v, env);
      } catch (err) {
        this.error(where, `${c.key} could not be evaluated: ${err.message}`);
        continue;
      }
      const passed = result.length === 0 || (result.length === 1 && result[0] === true);
      if (!passed) {
        const line = `${where}: ${c.key} (${c.severity}) ${c.human}`;
        if (c.severity === "error") this.errors.push(line);
        else this.warnings.push({ key: c.key, line });
      }
    }
  }
}

/**
 * The root constraints of the types a resource type derives from
 * (DomainResource's dom-1 to dom-6, Resource's): some R5 snapshots, those of
 * the canonical resources such as Citation among them, leave them out of
 * their root element.
 */
function inheritedRootConstraints(d) {
  const out = [];
  let base = d.sd.baseDefinition;
  while (base) {
    const parent = definition(base.slice(base.lastIndexOf("/") + 1));
    if (!parent) break;
    out.push(...(parent.byPath.get(parent.sd.type)?.constraint ?? []));
    base = parent.sd.baseDefinition;
  }
  return out;
}

function definitionHasChildren(e) {
  const d = definition(e.path.split(".")[0]);
  return (d?.children.get(e.path) ?? []).length > 0;
}

/** The FHIRPath type context of an element's value: its path, a choice
 *  element's `[x]` dropped. */
function basePath(e) {
  return e.path.replace(/\[x\]$/, "");
}

function matchesPattern(v, p) {
  if (typeof p !== "object" || p === null) return v === p;
  if (Array.isArray(p)) {
    return Array.isArray(v) && p.every((x) => v.some((y) => matchesPattern(y, x)));
  }
  return typeof v === "object" && v !== null
    && Object.entries(p).every(([k, x]) => matchesPattern(v[k], x));
}

// ---- main ---------------------------------------------------------------

function validate(bundle, file) {
  const v = new Validator(file, bundle);
  v.resource(bundle, "Bundle");
  v.dom6 = v.warnings.filter((w) => w.key === "dom-6").length;
  v.failed = v.errors.length > 0 || v.dom6 > 0 || v.unverifiable.size > 0;
  return v;
}

/**
 * Faults a validator must find, each applied to a copy of the Bundle: one
 * per kind of check, so a check that silently stopped working fails CI.
 */
const MUTANTS = {
  "no narrative (dom-6)": (b, find) => { delete find("Citation").text; },
  "code outside a required value set": (b, find) => { find("ClinicalUseDefinition").type = "foo"; },
  "unknown element": (b, find) => { find("ActivityDefinition").colour = "red"; },
  "required element absent": (b) => { delete b.type; },
  "reference to a type not allowed": (b, find) => {
    const mk = b.entry.find((e) => e.resource.resourceType === "MedicationKnowledge");
    find("ClinicalUseDefinition").subject = [{ reference: mk.fullUrl }];
  },
  "narrative outside the XHTML namespace": (b, find) => {
    const r = find("Citation");
    r.text.div = r.text.div.replace(' xmlns="http://www.w3.org/1999/xhtml"', "");
  },
  "script in the narrative (txt-1)": (b, find) => {
    const r = find("Citation");
    r.text.div = r.text.div.replace("<h3>", "<script>x</script><h3>");
  },
  "extension with value and extensions (ext-1)": (b, find) => {
    find("ClinicalUseDefinition").extension[0].extension = [{ url: "x", valueString: "y" }];
  },
  "invalid date": (b, find) => { find("ActivityDefinition").date = "2026-13-45"; },
  "single value where an array is due": (b, find) => {
    const r = find("ActivityDefinition");
    r.identifier = r.identifier[0];
  },
  "choice type not allowed": (b, find) => {
    find("MedicationKnowledge").definitional.drugCharacteristic[0].valueFoo = "x";
  },
  "duplicate fullUrl (bdl-7)": (b) => { b.entry[1].fullUrl = b.entry[0].fullUrl; },
  "duplicate code (csd-1)": (b, find) => {
    const cs = find("CodeSystem");
    cs.concept.push(cs.concept[0]);
  },
  "computable name with a space (cnl-0)": (b, find) => { find("CodeSystem").name = "bad name"; },
};

function mutants(bundle, file) {
  let missed = 0;
  for (const [name, mutate] of Object.entries(MUTANTS)) {
    const copy = structuredClone(bundle);
    const find = (t) => copy.entry.find((e) => e.resource.resourceType === t).resource;
    mutate(copy, find);
    const v = validate(copy, file);
    const found = v.failed || v.warnings.length > 0;
    if (!found) missed += 1;
    console.log(`  mutant ${found ? "caught" : "MISSED"}: ${name}`);
  }
  return missed;
}

const args = process.argv.slice(2);
const withMutants = args[0] === "--mutants";
let failed = false;
for (const file of withMutants ? args.slice(1) : args) {
  const bundle = JSON.parse(fs.readFileSync(file, "utf8"));
  const v = validate(bundle, file);
  const types = new Map();
  for (const e of bundle.entry ?? []) {
    const t = e.resource?.resourceType;
    types.set(t, (types.get(t) ?? 0) + 1);
  }
  console.log(`${path.basename(file)}: Bundle type ${bundle.type}, ${bundle.entry?.length ?? 0} entries (`
    + [...types].map(([t, n]) => `${n} ${t}`).join(", ") + ")");
  console.log(`  ${v.nodes} elements walked; ${v.evaluated} constraint evaluations `
    + `(${v.keys.size} distinct invariants) with fhirpath.js`);
  for (const [vs, n] of v.unverifiable) {
    console.log(`  unverifiable: ${n} code(s) bound to ${vs}, which the package cannot expand`);
  }
  for (const e of v.errors.slice(0, 60)) console.log(`  ERROR ${e}`);
  for (const w of v.warnings.slice(0, 60)) console.log(`  WARNING ${w.line}`);
  console.log(`  errors: ${v.errors.length}, warnings: ${v.warnings.length} (dom-6: ${v.dom6})`);
  if (v.failed) failed = true;
  if (withMutants) {
    const missed = mutants(bundle, file);
    console.log(`  mutants: ${Object.keys(MUTANTS).length - missed} of ${Object.keys(MUTANTS).length} caught`);
    if (missed) failed = true;
  }
}
if (failed) {
  console.error("fhir_validate: the R5 validation failed");
  process.exit(1);
}
console.log("fhir_validate: every resource conforms to its R5 StructureDefinition");
