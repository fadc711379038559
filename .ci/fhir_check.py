"""Checks the FHIR R5 export with an independent R5 model and the rules that
model leaves out.

1. fhir.resources (8.x, R5) parses the Bundle and every resource in it.
2. Required value sets it does not enforce: Bundle.type, the status of
   each resource type, ClinicalUseDefinition.type, RelatedArtifact.type
   (in relatedArtifact and in the artifact-relatedArtifact extension),
   ActivityDefinition.kind; UCUM codes of the quantities. A transaction
   PUTs every entry to {resourceType}/{id}.
3. Every reference resolves inside the Bundle: literal references to an
   entry's fullUrl (of the right resource type), canonical references to
   the url of a Citation; fullUrls are unique. Codings of our code systems
   name a concept of a CodeSystem of the Bundle, with its display; codings
   of external systems carry no display.
4. Every modality, indication, precaution and source of the catalog
   appears, with the data version, the notice, a generated narrative, the
   last review date, the codes under their HL7 system URIs and in the
   elements their systems belong in, and the sources each statement cites.

Usage: python fhir_check.py BUNDLE_JSON CATALOG_EXPORT_JSON
"""

import collections
import html
import json
import pathlib
import sys

from fhir.resources.bundle import Bundle

bundle_path, catalog_path = sys.argv[1:3]
raw = json.loads(pathlib.Path(bundle_path).read_text())
catalog = json.loads(pathlib.Path(catalog_path).read_text())
problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


# 1. An independent R5 model.
parsed = Bundle.model_validate(raw)
print(f"fhir.resources: the Bundle parses as R5 ({len(parsed.entry)} entries)")

# 2. Required value sets (from the R5 specification).
BUNDLE_TYPE = {"document", "message", "transaction", "transaction-response", "batch",
               "batch-response", "history", "searchset", "collection", "subscription-notification"}
PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}
MEDICATION_KNOWLEDGE_STATUS = {"active", "entered-in-error", "inactive"}
CLINICAL_USE_TYPE = {"indication", "contraindication", "interaction", "undesirable-effect", "warning"}
RELATED_ARTIFACT_TYPE = {
    "documentation", "justification", "citation", "predecessor", "successor", "derived-from",
    "depends-on", "composed-of", "part-of", "amends", "amended-with", "appends", "appended-with",
    "cites", "cited-by", "comments-on", "comment-in", "contains", "contained-in", "corrects",
    "correction-in", "replaces", "replaced-with", "retracts", "retracted-by", "signs", "similar-to",
    "supports", "supported-with", "transforms", "transformed-into", "transformed-with",
    "documents", "specification-of", "created-with", "cite-as",
}
REQUEST_RESOURCE_TYPES = {
    "Appointment", "AppointmentResponse", "CarePlan", "Claim", "CommunicationRequest",
    "CoverageEligibilityRequest", "DeviceRequest", "EnrollmentRequest",
    "ImmunizationRecommendation", "MedicationRequest", "NutritionOrder", "RequestOrchestration",
    "ServiceRequest", "SupplyRequest", "Task", "Transport", "VisionPrescription",
}
UCUM = "http://unitsofmeasure.org"
UCUM_CODES = {"d", "MeV", "mm"}
PUBLICATION_STATUS_SYSTEM = "http://hl7.org/fhir/publication-status"
EXT = "http://hl7.org/fhir/StructureDefinition/artifact-"
BASE = "https://io-pain-modalities.example/fhir"
CANONICAL_TYPES = ("ActivityDefinition", "Citation", "CodeSystem", "SearchParameter")
CODE_SYSTEM_URI = {
    "icd-10-cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "hcpcs": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "atc": "http://www.whocc.no/atc",
    "ndc": "http://hl7.org/fhir/sid/ndc",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
}
EXTERNAL_SYSTEMS = set(CODE_SYSTEM_URI.values())

if raw.get("type") not in BUNDLE_TYPE or raw.get("type") not in ("collection", "transaction"):
    problem("Bundle.type", f"{raw.get('type')!r} is neither collection nor transaction")
for e in raw["entry"]:
    r = e["resource"]
    want = {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"} if raw["type"] == "transaction" else None
    if e.get("request") != want:
        problem(f"{r['resourceType']}/{r['id']}", f"request {e.get('request')} is not {want}")

full_urls = collections.Counter(e["fullUrl"] for e in raw["entry"])
for url, n in full_urls.items():
    if n > 1:
        problem("Bundle.entry", f"fullUrl {url} appears {n} times")
by_url = {e["fullUrl"]: e["resource"] for e in raw["entry"]}
citation_by_url = {r["url"]: r for r in by_url.values() if r["resourceType"] == "Citation"}
activity_by_url = {r["url"]: r for r in by_url.values() if r["resourceType"] == "ActivityDefinition"}
code_systems = {r["url"]: {c["code"]: c["display"] for c in r["concept"]}
                for r in by_url.values() if r["resourceType"] == "CodeSystem"}
by_type = collections.defaultdict(dict)
for e in raw["entry"]:
    r = e["resource"]
    by_type[r["resourceType"]][r["id"]] = r
    if r["resourceType"] in CANONICAL_TYPES:
        if r.get("url") != f"{BASE}/{r['resourceType']}/{r['id']}":
            problem(f"{r['resourceType']}/{r['id']}", f"canonical url {r.get('url')}")
        for key in ("name", "title", "date", "publisher", "description"):
            if not isinstance(r.get(key), str):
                problem(f"{r['resourceType']}/{r['id']}", f"no {key}")
        if r.get("experimental") is not False:
            problem(f"{r['resourceType']}/{r['id']}", "experimental is not false")


def walk(node, path, fn):
    """Calls fn(path, key, value) for every key of every object."""
    if isinstance(node, dict):
        for k, v in node.items():
            fn(path, k, v)
            walk(v, f"{path}.{k}", fn)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]", fn)


def extensions(r, name):
    return [x for x in r.get("extension", []) if x["url"] == EXT + name]


def check_value_sets(r):
    where = f"{r['resourceType']}/{r['id']}"
    t = r["resourceType"]
    if t in CANONICAL_TYPES and r.get("status") not in PUBLICATION_STATUS:
        problem(where, f"status {r.get('status')!r}")
    if t == "MedicationKnowledge" and r.get("status") not in MEDICATION_KNOWLEDGE_STATUS:
        problem(where, f"status {r.get('status')!r}")
    if t in ("ClinicalUseDefinition", "MedicinalProductDefinition", "PackagedProductDefinition"):
        codings = r.get("status", {}).get("coding", [])
        if not any(c.get("system") == PUBLICATION_STATUS_SYSTEM and c.get("code") in PUBLICATION_STATUS for c in codings):
            problem(where, f"status {r.get('status')!r}")
    if t == "CodeSystem" and (r.get("content") != "complete" or r.get("count") != len(r.get("concept", []))):
        problem(where, "content is not complete, or count is not the number of concepts")
    if t == "SearchParameter" and (r.get("type") != "token" or r.get("base") != ["Citation"]):
        problem(where, "the search parameter is not a token search on Citation")
    if t == "ClinicalUseDefinition":
        codings = r.get("status", {}).get("coding", [])
        if not any(c.get("system") == PUBLICATION_STATUS_SYSTEM and c.get("code") in PUBLICATION_STATUS for c in codings):
            problem(where, f"status {r.get('status')!r}")
        kind = r.get("type")
        if kind not in CLINICAL_USE_TYPE:
            problem(where, f"type {kind!r}")
        element = {"undesirable-effect": "undesirableEffect"}.get(kind, kind)
        present = [k for k in ("indication", "contraindication", "interaction", "undesirableEffect", "warning") if k in r]
        if present != [element]:
            problem(where, f"type {kind!r} with elements {present}")
    if t == "ActivityDefinition" and r.get("kind") not in REQUEST_RESOURCE_TYPES:
        problem(where, f"kind {r.get('kind')!r}")

    def each(path, key, value):
        if key in ("relatedArtifact", "valueRelatedArtifact"):
            for ra in value if isinstance(value, list) else [value]:
                if ra.get("type") not in RELATED_ARTIFACT_TYPE:
                    problem(where + path, f"relatedArtifact.type {ra.get('type')!r}")
                if ra.get("type") == "similar-to":
                    # A related modality: its ActivityDefinition is in the Bundle.
                    if ra.get("resource") not in activity_by_url:
                        problem(where + path, f"canonical {ra.get('resource')!r} is no ActivityDefinition of the Bundle")
                elif ra.get("resource") not in citation_by_url:
                    problem(where + path, f"canonical {ra.get('resource')!r} is no Citation of the Bundle")
        if key == "valueQuantity" and (value.get("system") != UCUM or value.get("code") not in UCUM_CODES):
            problem(where + path, f"quantity {value}")
        if key == "reference" and isinstance(value, str) and value not in by_url:
            problem(where + path, f"reference {value} does not resolve inside the Bundle")
        # Every Coding: in a CodeableConcept's coding, or standing alone
        # (MedicinalProductDefinition.code).
        for c in value if isinstance(value, list) else [value]:
            if isinstance(c, dict) and isinstance(c.get("system"), str) and isinstance(c.get("code"), str):
                if c["system"].startswith(BASE):
                    display = code_systems.get(c["system"], {}).get(c["code"])
                    if display is None or c.get("display") != display:
                        problem(where + path, f"{c['system']}|{c['code']} is in no CodeSystem of the Bundle with that display")
                if c["system"] in EXTERNAL_SYSTEMS and "display" in c:
                    problem(where + path, f"{c['system']}|{c['code']} carries a display of ours")

    walk(r, "", each)


for r in by_url.values():
    check_value_sets(r)


def resolve(ref, resource_type):
    r = by_url.get(ref["reference"])
    if r is None or r["resourceType"] != resource_type:
        return None
    return r


for cud in by_type["ClinicalUseDefinition"].values():
    for s in cud["subject"]:
        if resolve(s, "ActivityDefinition") is None and resolve(s, "MedicinalProductDefinition") is None:
            problem(f"ClinicalUseDefinition/{cud['id']}", "subject is no ActivityDefinition or MedicinalProductDefinition of the Bundle")
for mk in by_type["MedicationKnowledge"].values():
    for g in mk.get("indicationGuideline", []):
        for ind in g["indication"]:
            target = resolve(ind["reference"], "ClinicalUseDefinition")
            if target is None or target["type"] != "indication":
                problem(f"MedicationKnowledge/{mk['id']}", "indicationGuideline is no indication of the Bundle")
    for issue in mk.get("clinicalUseIssue", []):
        target = resolve(issue, "ClinicalUseDefinition")
        if target is None or target["type"] == "indication":
            problem(f"MedicationKnowledge/{mk['id']}", "clinicalUseIssue is no clinical-use issue of the Bundle")

# 3. Every resource: version, notice, narrative, last review date.
version, notice = catalog["version"], catalog["notice"]
for r in by_url.values():
    where = f"{r['resourceType']}/{r['id']}"
    versions = [r["version"]] if "version" in r else [x["valueString"] for x in extensions(r, "version")]
    if versions != [version]:
        problem(where, f"version {versions} is not the data version {version}")
    notices = [r.get("usage"), r.get("purpose")] + [x["valueMarkdown"] for x in extensions(r, "usage")]
    if notice not in notices:
        problem(where, "the informational-only notice is missing")
    text = r.get("text", {})
    if text.get("status") != "generated" or notice not in text.get("div", "") \
            or not text.get("div", "").startswith('<div xmlns="http://www.w3.org/1999/xhtml">'):
        problem(where, "no generated narrative with the notice")
    if r["resourceType"] in ("CodeSystem", "SearchParameter"):
        continue  # they describe the whole catalog: its latest review is their date
    reviewed = [r["lastReviewDate"]] if "lastReviewDate" in r else [x["valueDate"] for x in extensions(r, "lastReviewDate")]
    if len(reviewed) != 1:
        problem(where, "no last review date")


def cited(r):
    own = [ra["resource"] for ra in r.get("relatedArtifact", [])]
    own += [x["valueRelatedArtifact"]["resource"] for x in extensions(r, "relatedArtifact")]
    return {citation_by_url[u]["id"] for u in own if u in citation_by_url}


def codings(concept):
    return {(c["system"], c["code"]) for c in concept.get("coding", [])}


# 4. Every record of the catalog appears.
statements = {}
for cud in by_type["ClinicalUseDefinition"].values():
    for ident in cud["identifier"]:
        statements[ident["value"]] = cud
radiopharmaceutical = {"bone-seeking-radiopharmaceutical", "radioligand-therapy"}
for m in catalog["modalities"]:
    mid = m["id"]
    ad = by_type["ActivityDefinition"].get(mid)
    if ad is None:
        problem(mid, "no ActivityDefinition")
        continue
    if ad["lastReviewDate"] != m["last_reviewed"]:
        problem(mid, "ActivityDefinition.lastReviewDate is not last_reviewed")
    sources = set()
    for value in m.values():
        walk(value, "", lambda p, k, v: sources.update(v) if k == "sources" else None)
    if cited(ad) != sources:
        problem(mid, f"ActivityDefinition cites {len(cited(ad))} sources, the modality {len(sources)}")
    def codes(system):
        return {(CODE_SYSTEM_URI[system], c["code"]) for c in m.get("codes", []) if c["system"] == system}
    if m["category"] in radiopharmaceutical:
        if ad["kind"] != "MedicationRequest":
            problem(mid, "a radiopharmaceutical therapy's kind is MedicationRequest")
        mk = by_type["MedicationKnowledge"].get(mid)
        mpd = by_type["MedicinalProductDefinition"].get(mid)
        if mk is None or mpd is None:
            problem(mid, "no MedicationKnowledge or MedicinalProductDefinition")
            continue
        atc = {(c["system"], c["code"]) for mc in mk.get("medicineClassification", [])
               for cc in mc["classification"] for c in cc["coding"]}
        packages = [resolve(p["packagedProduct"], "PackagedProductDefinition") for p in mk.get("packaging", [])]
        ndc = {(i["system"], i["value"]) for p in packages if p for i in p["identifier"]}
        hcpcs = {(c["system"], c["code"]) for c in mpd.get("code", [])}
        if codings(mk["code"]) != codes("rxnorm"):
            problem(mid, f"MedicationKnowledge.code {codings(mk['code'])} holds more than the RxNorm codes")
        if atc != codes("atc") or {(c["system"], c["code"]) for cc in mpd.get("classification", []) for c in cc["coding"]} != atc:
            problem(mid, "ATC is not the medicineClassification and the product's classification")
        if ndc != codes("ndc"):
            problem(mid, f"NDC package codes {ndc} are not {codes('ndc')}")
        if hcpcs != codes("hcpcs"):
            problem(mid, f"HCPCS codes {hcpcs} are not the product's codes")
        if len(mk.get("indicationGuideline", [])) != len(m["indications"]):
            problem(mid, "an indicationGuideline per indication")
    elif mid in by_type["MedicationKnowledge"]:
        problem(mid, "MedicationKnowledge for a procedure")
    for ind in m["indications"]:
        loc = f"{mid}/{ind['id']}"
        cud = statements.get(loc)
        if cud is None or cud["type"] != "indication":
            problem(loc, "no ClinicalUseDefinition of type indication")
            continue
        concept = cud["indication"]["diseaseSymptomProcedure"]["concept"]
        icd = {(CODE_SYSTEM_URI["icd-10-cm"], c["code"]) for c in ind.get("codes", [])}
        condition = (f"{BASE}/CodeSystem/condition", ind["condition"])
        if codings(concept) != icd | {condition}:
            problem(loc, "diseaseSymptomProcedure is not the condition and its ICD-10-CM codes")
        if ind["text"] not in html.unescape(cud["text"]["div"]):
            problem(loc, "the statement is not in the narrative")
        want = set(ind["sources"]) | {s for c in ind.get("codes", []) for s in c["sources"]}
        if cited(cud) != want:
            problem(loc, f"cites {sorted(cited(cud))}, the statement {sorted(want)}")
    for p in m.get("precautions", []):
        loc = f"{mid}/{p['id']}"
        cud = statements.get(loc)
        expected = {"contraindication": "contraindication", "adverse-effect": "undesirable-effect"}.get(p["kind"], "warning")
        if cud is None or cud["type"] != expected:
            problem(loc, f"no ClinicalUseDefinition of type {expected}")
        elif cited(cud) != set(p["sources"]):
            problem(loc, "does not cite exactly the statement's sources")
        elif p["text"] not in html.unescape(cud["text"]["div"]):
            problem(loc, "the statement is not in the narrative")
for s in catalog["sources"]:
    c = by_type["Citation"].get(s["id"])
    if c is None:
        problem(s["id"], "no Citation")
        continue
    ids = {(i["system"], i["value"]) for i in c["citedArtifact"].get("identifier", [])}
    want = set()
    if "doi" in s:
        want.add(("https://doi.org", s["doi"]))
    if "pmid" in s:
        want.add(("https://pubmed.ncbi.nlm.nih.gov", s["pmid"]))
    urls = [w["url"] for w in c["citedArtifact"].get("webLocation", [])]
    kinds = [cl["classifier"][0]["coding"][0]["code"] for cl in c["citedArtifact"]["classification"]]
    if ids != want or urls != ([s["url"]] if "url" in s else []) or kinds != [s["kind"]]:
        problem(s["id"], "Citation lacks the DOI, PMID, URL or kind")
    if c["lastReviewDate"] != s["checked"]:
        problem(s["id"], "Citation.lastReviewDate is not checked")

counts = collections.Counter(r["resourceType"] for r in by_url.values())
print("resources: " + ", ".join(f"{n} {t}" for t, n in sorted(counts.items())))
print(f"catalog: {len(catalog['modalities'])} modalities, "
      f"{sum(len(m['indications']) for m in catalog['modalities'])} indications, "
      f"{sum(len(m.get('precautions', [])) for m in catalog['modalities'])} precautions, "
      f"{len(catalog['sources'])} sources: each appears")
for p in problems[:50]:
    print("FAIL", p)
if problems:
    sys.exit(f"fhir: {len(problems)} problems")
print("fhir: value sets, references, coverage, versions, notices and citations check out")
