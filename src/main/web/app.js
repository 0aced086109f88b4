// The interview. The situation (who, what, where, when) and the answers so far make the scenario;
// POST v1/next-question returns the determination and the facts that still decide it, which the
// engine limits to facts: it never asks for a legal conclusion. The page asks the first of those the
// person has not answered yet ("don't know" counts as an answer, and keeps the fact unknown) until
// none is left. Every answer can be taken back. Labels come from the service's vocabulary (the
// OpenAPI document's questions and descriptions, the determination's statements and citations);
// what has no label there is turned into words here, so no fact path or rule id reaches the reader.
// Runs with no library and no network but this service.
"use strict";

const byId = (id) => document.getElementById(id);

const STATES = [["AL", "Alabama"], ["AK", "Alaska"], ["AZ", "Arizona"], ["AR", "Arkansas"], ["CA", "California"],
  ["CO", "Colorado"], ["CT", "Connecticut"], ["DE", "Delaware"], ["DC", "District of Columbia"], ["FL", "Florida"],
  ["GA", "Georgia"], ["HI", "Hawaii"], ["ID", "Idaho"], ["IL", "Illinois"], ["IN", "Indiana"], ["IA", "Iowa"],
  ["KS", "Kansas"], ["KY", "Kentucky"], ["LA", "Louisiana"], ["ME", "Maine"], ["MD", "Maryland"],
  ["MA", "Massachusetts"], ["MI", "Michigan"], ["MN", "Minnesota"], ["MS", "Mississippi"], ["MO", "Missouri"],
  ["MT", "Montana"], ["NE", "Nebraska"], ["NV", "Nevada"], ["NH", "New Hampshire"], ["NJ", "New Jersey"],
  ["NM", "New Mexico"], ["NY", "New York"], ["NC", "North Carolina"], ["ND", "North Dakota"], ["OH", "Ohio"],
  ["OK", "Oklahoma"], ["OR", "Oregon"], ["PA", "Pennsylvania"], ["RI", "Rhode Island"], ["SC", "South Carolina"],
  ["SD", "South Dakota"], ["TN", "Tennessee"], ["TX", "Texas"], ["UT", "Utah"], ["VT", "Vermont"],
  ["VA", "Virginia"], ["WA", "Washington"], ["WV", "West Virginia"], ["WI", "Wisconsin"], ["WY", "Wyoming"]];

const OUTCOME = { REQUIRED: "Required", PERMITTED: "Permitted", PROHIBITED: "Prohibited",
  CONDITIONAL: "Depends on facts not yet known", UNSETTLED: "Unsettled in law" };
const MEANING = {
  REQUIRED: "The law requires it.",
  PERMITTED: "The law permits it.",
  PROHIBITED: "The law forbids it.",
  CONDITIONAL: "It turns on facts not yet known; what they are is listed below.",
  UNSETTLED: "The courts have not settled it: the answer turns on an open question of law."
};
const LAYER = { CONSTITUTION: "the U.S. Constitution", FEDERAL_STATUTE: "a federal statute", FEDERAL_REGULATION: "a federal regulation",
  STATE_LAW: "state law", LOCAL_LAW: "local law", AGREEMENT: "an agreement" };
const VALUE = { YES: "Yes", NO: "No", UNKNOWN: "Don't know", I_247A: "Form I-247A" };
const SOURCE = { SCENARIO: "as you gave it", KNOWLEDGE_BASE: "from the state and local law LexFed holds for this place and date",
  ASSERTION: "your assertion" };
// the combination principles, in the words of io.lexfed.determination.Principle
const PRINCIPLE = {
  SUPREMACY: "a higher layer's prohibition displaces a lower layer's duty or permission (Supremacy Clause; preemption)",
  PERMISSION_IS_NOT_COMMAND: "a lower layer may forbid what a higher layer merely permits: federal permission is not a federal command",
  STATE_MAY_DIRECT_ITS_OFFICERS: "a lower layer may require its officers to do what a higher layer permits",
  VALID_HIGHER_COMMAND: "a higher layer's command, where it may constitutionally command the actor, displaces a lower prohibition",
  DUTY_INCLUDES_PERMISSION: "a duty to act includes the permission to act",
  NOT_DECISIVE: "whatever the unknown or contested point turns out to be, the outcome is the same"
};
// words kept in capitals when a constant becomes words (not every state code: OR, IN and ME are words too)
const ACRONYMS = new Set(["ICE", "ERO", "HSI", "CBP", "DHS", "POCA", "SB", "AB", "HB", "CA", "NY", "WA", "IL"]);

let schemas = {};
const authorities = new Map();
let situation = null;
// each {fact, question, value}; value null for "don't know"
const answers = [];

function el(tag, content, cls) {
  const e = document.createElement(tag);
  if (content !== undefined) e.textContent = content;
  if (cls) e.className = cls;
  return e;
}

function sentence(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** An enum constant in words: LOCAL_POLICE -> local police, ENTER_287G_AGREEMENT -> enter 287(g) agreement. */
function words(constant) {
  if (VALUE[constant]) return VALUE[constant];
  return constant.split("_").map((w) => /^\d+G$/.test(w) ? w.slice(0, -1) + "(g)"
      : ACRONYMS.has(w) || /\d/.test(w) ? w : w.toLowerCase()).join(" ");
}

/** A predicate or rule id in words: supremacy-immunity/01-no-state-arrest -> no state arrest. */
function slugWords(slug) {
  return slug.slice(slug.indexOf("/") + 1).replace(/^\d+-/, "").replace(/-/g, " ");
}

function resolveRef(schema) {
  return schema && schema.$ref ? schemas[schema.$ref.split("/").pop()] : schema;
}

/** What the vocabulary says of a fact: its question (else its description) and whether it is a count. */
function factInfo(path) {
  const parts = path.split(".");
  let schema = schemas.Scenario;
  let prop = null;
  for (const p of parts) {
    const props = resolveRef(schema) && resolveRef(schema).properties;
    prop = props && props[p];
    if (!prop) break;
    schema = prop;
  }
  const target = prop ? resolveRef(prop) || {} : {};
  const fallback = sentence(parts.map((p) => p.replace(/([a-z])([A-Z0-9])/g, "$1 $2").toLowerCase()).join(": ")) + "?";
  return {
    question: (prop && (prop["x-question"] || prop.description)) || fallback,
    integer: (target.type || (prop && prop.type)) === "integer"
  };
}

function citationNode(id) {
  const a = authorities.get(id);
  if (!a) return el("span", "an authority LexFed cites");
  if (!a.url) return el("cite", a.citation);
  const link = el("a", a.citation);
  link.href = a.url;
  link.rel = "noreferrer";
  const c = el("cite");
  c.appendChild(link);
  return c;
}

/** The authorities cited for one item, as a paragraph to spread into a list item; none when there are none. */
function citationsLine(ids, label) {
  if (ids.length === 0) return [];
  const p = el("p", (label || "Authorities") + ": ", "cites");
  ids.forEach((id, i) => {
    if (i > 0) p.append("; ");
    p.appendChild(citationNode(id));
  });
  return [p];
}

/** The conditions an item holds on, in words, as a paragraph to spread into a list item; none when it holds as given. */
function conditionsLine(conditions, label) {
  if (conditions.length === 0) return [];
  return [el("p", label + ": " + conditions.map((c) => slugWords(c.predicate) + " (" + words(c.value).toLowerCase() + ")").join("; "), "hint")];
}

function showError(message) {
  const e = byId("error");
  e.textContent = message;
  e.hidden = false;
}

/**
 * A service message with each JSON path in it ($.detainer.warrant) replaced by the question for that
 * fact, and a scenario part named in passing, as in "state it (localPolicy) where it matters", left out.
 */
function plainPaths(message) {
  return String(message).replace(/\$\.([A-Za-z0-9_.]+[A-Za-z0-9_])/g, (m, path) => "(" + factInfo(path).question + ")")
    .replace(/ \(([a-z]+[A-Z][A-Za-z0-9]*)\)/g, (m, name) => schemas.Scenario && schemas.Scenario.properties[name] ? "" : m);
}

/**
 * The message of a refusal: RFC 9457 problem details (title, detail) or the older {"error": {path, message}}.
 */
function refusal(status, body) {
  if (body && (body.title || body.detail)) return plainPaths([body.title, body.detail].filter(Boolean).join(": "));
  if (body && body.error) {
    const path = body.error.path;
    return plainPaths(body.error.message + (path && path.startsWith("$.") ? " " + path : ""));
  }
  return "The service answered HTTP " + status + ".";
}

async function call(path, init) {
  const r = await fetch(path, init);
  let body = null;
  try {
    body = await r.json();
  } catch (notJson) {
    body = null;
  }
  if (!r.ok) throw new Error(refusal(r.status, body));
  return body;
}

function setFact(s, path, value, integer) {
  const parts = path.split(".");
  let o = s;
  for (const p of parts.slice(0, -1)) o = o[p] = o[p] || {};
  o[parts[parts.length - 1]] = integer ? Number(value) : value;
}

function scenario() {
  const s = JSON.parse(JSON.stringify(situation));
  for (const a of answers) {
    if (a.value !== null) setFact(s, a.fact, a.value, factInfo(a.fact).integer);
  }
  return s;
}

function announce(message) {
  const live = byId("announce");
  // cleared first so that the same words, said again after an undo, are announced again
  live.textContent = "";
  window.setTimeout(() => { live.textContent = message; }, 50);
}

// window.lexfedBusy is true while the service is asked, for tests and assistive tools
async function ask() {
  byId("error").hidden = true;
  window.lexfedBusy = true;
  byId("interview").setAttribute("aria-busy", "true");
  try {
    render(await call("v1/next-question", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(scenario()) }));
  } catch (e) {
    // the answer stays listed, so that Back or Undo can take it back
    renderAnswers();
    showError(e.message);
  } finally {
    byId("interview").removeAttribute("aria-busy");
    window.lexfedBusy = false;
  }
}

function answer(q, value) {
  answers.push({ fact: q.fact, question: q.question, value });
  return ask();
}

function undo(index) {
  answers.splice(index, 1);
  return ask();
}

function renderAnswers() {
  byId("answers").replaceChildren(...answers.map((a, i) => {
    const li = el("li");
    li.append(el("span", a.question, "asked"), " ", el("strong", a.value === null ? "Don't know" : sentence(words(a.value))), " ");
    const b = el("button", "Undo", "undo");
    b.type = "button";
    b.setAttribute("aria-label", "Undo the answer to: " + a.question);
    b.addEventListener("click", () => undo(i));
    li.appendChild(b);
    return li;
  }));
  byId("no-answers").hidden = answers.length > 0;
  byId("back").disabled = answers.length === 0;
}

function choiceButton(label, onClick) {
  const b = el("button", label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function renderQuestion(q) {
  byId("question").textContent = q.question;
  byId("bears-on").textContent = q.doctrines.length ? "This bears on: " + q.doctrines.map(slugWords).join("; ") + "." : "";
  const choices = byId("choices");
  choices.replaceChildren();
  if (factInfo(q.fact).integer) {
    const id = "count-answer";
    const label = el("label", "Number");
    label.htmlFor = id;
    const input = el("input");
    input.id = id;
    input.type = "number";
    input.min = "0";
    input.step = "1";
    choices.append(label, " ", input, " ", choiceButton("Answer", () => {
      if (input.value !== "" && input.checkValidity()) answer(q, input.value);
      else showError("Give a whole number, or choose Don't know.");
    }));
  } else {
    for (const alt of q.alternatives) {
      const b = choiceButton(words(alt.value), () => answer(q, alt.value));
      b.dataset.value = alt.value;
      choices.appendChild(b);
    }
  }
  const dontKnow = choiceButton("Don't know", () => answer(q, null));
  dontKnow.dataset.value = "UNKNOWN";
  dontKnow.className = "dont-know";
  choices.appendChild(dontKnow);
}

/** A titled list of the result, or nothing when the list is empty. */
function part(title, items, id) {
  if (items.length === 0) return [];
  const section = el("section", undefined, "part");
  if (id) section.id = id;
  section.append(el("h3", title), listOf(items));
  return [section];
}

function listOf(items) {
  const ul = el("ul");
  ul.append(...items.map((content) => {
    const li = el("li");
    li.append(...(Array.isArray(content) ? content : [content]));
    return li;
  }));
  return ul;
}

function ruleStatements(d) {
  const m = new Map();
  for (const r of d.reasons) m.set(r.rule, r.statement);
  for (const o of d.overridden) m.set(o.conclusion.rule, o.conclusion.statement);
  for (const n of d.contextNotes) m.set(n.rule, n.statement);
  return m;
}

function renderResult(d, map, pending) {
  const statements = ruleStatements(d);
  const unknown = new Set(answers.filter((a) => a.value === null).map((a) => a.fact));
  byId("result-title").textContent = pending ? "So far" : "Determination";
  const outcome = byId("outcome");
  outcome.textContent = OUTCOME[d.outcome] || d.outcome;
  outcome.dataset.outcome = d.outcome;
  outcome.className = "outcome " + d.outcome;
  byId("headline").textContent = d.question + " " + MEANING[d.outcome];
  byId("notice").textContent = d.notice;
  byId("parts").replaceChildren(
    ...part("What it turns on", d.missingFacts.map((m) => [el("span", m.question),
      ...(unknown.has(m.fact) ? [" ", el("em", "(you answered: don't know)")] : [])])),
    ...part("Why", d.reasons.map((r) => [el("p", r.statement),
      el("p", OUTCOME[r.outcome] + " under " + (LAYER[r.layer] || words(r.layer).toLowerCase()) + " (" + slugWords(r.doctrine) + ")", "hint"),
      ...conditionsLine(r.conditions, "Holds if"), ...citationsLine(r.authorities)])),
    ...part("Exposure to liability", d.exposure.map((x) => [el("p", sentence(words(x.kind)) + ": " + x.statement),
      ...conditionsLine(x.conditions, "Where"), ...citationsLine(x.authorities)])),
    ...part("Arguments set aside", d.overridden.map((o) => [el("p", o.conclusion.statement),
      el("p", "It would make the act " + OUTCOME[o.conclusion.outcome].toLowerCase() + ", but "
          + (o.principle === "NOT_DECISIVE" ? "it does not decide the case: " : "it gives way: ")
          + (PRINCIPLE[o.principle] || words(o.principle).toLowerCase()) + "."
          + (o.displacedBy ? " It gives way to: " + (statements.get(o.displacedBy) || sentence(slugWords(o.displacedBy)) + ".") : ""), "hint"),
      ...citationsLine(o.conclusion.authorities)])),
    ...part("What LexFed took as given", d.premises.map((p) => [el("span", factInfo(p.fact).question + " "),
      el("strong", words(p.value)), el("span", ", " + (SOURCE[p.source] || words(p.source).toLowerCase())
          + (p.verified === false ? " (not yet verified against the provision's text)" : "")),
      ...citationsLine([p.authority, ...p.also.map((a) => a.authority)].filter(Boolean), "Source")])),
    ...part("Presumptions", d.presumptions.map((p) => [el("p", p.statement),
      el("p", "Presumed: " + p.facts.map((f) => factInfo(f).question + " " + words(p.presumed)).join("; ")
          + (p.ifRebutted ? ". If shown otherwise: " + OUTCOME[p.ifRebutted].toLowerCase() + "." : ""), "hint"),
      ...citationsLine(p.authorities)])),
    ...part("Your assertions", d.assertions.map((a) => [el("p", a.statement || factInfo(a.fact).question + " " + words(a.value)),
      ...(a.withoutIt ? [el("p", "Without it: " + OUTCOME[a.withoutIt].toLowerCase() + ".", "hint")] : [])])),
    ...part("Cautions", d.cautions.map((c) => el("p", plainPaths(c)))),
    ...part("Context", d.contextNotes.map((n) => [el("p", n.statement),
      ...conditionsLine(n.conditions, "Where"), ...citationsLine(n.authorities)])),
    ...part("Authorities cited", d.citations.map((c) => citationNode(c.id)), "citations"));
  renderMap(map, statements);
  byId("result").hidden = false;
}

function renderMap(map, statements) {
  const nodeLabel = (n) => {
    const id = n.id.slice(n.id.indexOf(":") + 1);
    const value = n.label.includes(": ") ? n.label.slice(n.label.lastIndexOf(": ") + 2).split(" ")[0] : "";
    switch (n.kind) {
      case "FACT": return factInfo(id).question;
      case "PREDICATE": return sentence(slugWords(id)) + ": " + words(value).toLowerCase();
      case "CONCLUSION":
      case "OVERRIDDEN": return (statements.get(id) || sentence(slugWords(id)) + ".") + " (" + (OUTCOME[value] || words(value)).toLowerCase() + ")";
      default: return "Outcome: " + (OUTCOME[n.label] || n.label).toLowerCase();
    }
  };
  const label = new Map(map.nodes.map((n) => [n.id, nodeLabel(n)]));
  byId("map").tBodies[0].replaceChildren(...map.edges.map((e) => {
    const tr = el("tr");
    if (e.displacement) tr.className = "displacement";
    const because = el("td");
    if (e.displacement) {
      because.textContent = "It gives way (" + (e.label || "").replace(/^displaced by: /, "") + ")";
    } else {
      (e.label || "").split(", ").filter((id) => authorities.has(id)).forEach((id, i) => {
        if (i > 0) because.append("; ");
        because.appendChild(citationNode(id));
      });
    }
    tr.append(el("td", label.get(e.from) || ""), el("td", label.get(e.to) || ""), because);
    return tr;
  }));
}

function render(response) {
  const d = response.determination;
  for (const c of d.citations) authorities.set(c.id, c);
  byId("interview").hidden = false;
  renderAnswers();
  const asked = new Set(answers.map((a) => a.fact));
  const next = response.questions.find((q) => !asked.has(q.fact));
  renderResult(d, response.argumentMap, next);
  const box = byId("question-box");
  if (next) {
    box.hidden = false;
    renderQuestion(next);
    announce("Question " + (answers.length + 1) + ": " + next.question);
    byId("question").focus();
  } else {
    box.hidden = true;
    const left = response.questions.length > 0 ? " Every question left is one you answered don't know." : "";
    announce("Determination: " + OUTCOME[d.outcome] + "." + left);
    byId("result-heading").focus();
  }
}

function fill(select, values) {
  for (const v of values) {
    if (v !== "UNKNOWN") select.appendChild(new Option(sentence(words(v)), v));
  }
}

async function load() {
  const api = await call("v1/openapi.json");
  schemas = api.components.schemas;
  fill(byId("actor"), schemas.Actor.enum);
  fill(byId("action"), schemas.Action.enum);
  for (const [code, name] of STATES) byId("state").appendChild(new Option(name, code));
  for (const a of await call("v1/authorities")) authorities.set(a.id, a);
}

byId("start").addEventListener("submit", (ev) => {
  ev.preventDefault();
  answers.length = 0;
  situation = { actor: byId("actor").value, action: byId("action").value };
  const state = byId("state").value;
  const locality = byId("locality").value.trim();
  if (state) situation.jurisdiction = locality ? { state, locality } : { state };
  if (byId("date").value) situation.date = byId("date").value;
  ask();
});

byId("back").addEventListener("click", () => {
  if (answers.length > 0) undo(answers.length - 1);
});

byId("restart").addEventListener("click", () => {
  answers.length = 0;
  situation = null;
  byId("interview").hidden = true;
  byId("result").hidden = true;
  byId("error").hidden = true;
  byId("actor").focus();
});

byId("state").addEventListener("change", () => {
  // a locality is read within its state only
  byId("locality").disabled = byId("state").value === "";
});

load().then(() => { byId("locality").disabled = byId("state").value === ""; })
  .catch((e) => showError("Cannot load the scenario vocabulary: " + e.message));
