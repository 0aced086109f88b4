// The interview: start from actor, action, state and date; ask the top question of
// POST /v1/next-question; set the answer into the scenario; repeat until the outcome is settled.
// Runs with no library and no network but this service.
"use strict";

const scenario = {};
const byId = (id) => document.getElementById(id);

function text(tag, content, cls) {
  const e = document.createElement(tag);
  e.textContent = content;
  if (cls) e.className = cls;
  return e;
}

function showError(message) {
  const e = byId("error");
  e.textContent = message;
  e.hidden = false;
}

async function post(path, body) {
  const r = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = await r.json();
  if (!r.ok) throw new Error(json.error ? json.error.path + ": " + json.error.message : "HTTP " + r.status);
  return json;
}

// Sets a dotted JSON path (e.g. federalAction.warrant) in the scenario; counts stay numbers.
function setFact(path, value) {
  const parts = path.split(".");
  let o = scenario;
  for (const p of parts.slice(0, -1)) o = o[p] = o[p] || {};
  o[parts[parts.length - 1]] = /^[0-9]+$/.test(value) ? Number(value) : value;
}

function fill(select, values) {
  for (const v of values) select.appendChild(new Option(v.replace(/_/g, " ").toLowerCase(), v));
}

async function loadChoices() {
  const api = await (await fetch("v1/openapi.json")).json();
  const schemas = api.components.schemas;
  fill(byId("actor"), schemas.Actor.enum);
  fill(byId("action"), schemas.Action.enum);
}

function render(answer) {
  const d = answer.determination;
  byId("interview").hidden = false;
  const box = byId("question-box");
  const choices = byId("choices");
  choices.replaceChildren();
  if (answer.questions.length > 0) {
    const q = answer.questions[0];
    box.hidden = false;
    byId("question").textContent = q.question;
    byId("fact").textContent = q.fact;
    for (const alt of q.alternatives) {
      const b = text("button", alt.value + " → " + alt.outcome);
      b.type = "button";
      b.dataset.value = alt.value;
      b.addEventListener("click", () => answerWith(q, alt.value));
      choices.appendChild(b);
    }
  } else {
    box.hidden = true;
  }
  byId("result").hidden = false;
  const outcome = byId("outcome");
  outcome.textContent = d.outcome;
  outcome.className = d.outcome;
  byId("summary").textContent = d.summary;
  byId("reasons").replaceChildren(...d.reasons.map((r) => text("li", "[" + r.outcome + ", " + r.doctrine + "] " + r.statement
      + " (" + r.authorities.join(", ") + ")")));
  byId("citations").replaceChildren(...d.citations.map((c) => {
    const li = document.createElement("li");
    if (c.url) {
      const a = text("a", c.citation);
      a.href = c.url;
      a.rel = "noreferrer";
      li.appendChild(a);
    } else {
      li.textContent = c.citation;
    }
    li.appendChild(text("code", " " + c.id));
    return li;
  }));
  const label = new Map(answer.argumentMap.nodes.map((n) => [n.id, n.label]));
  byId("map").tBodies[0].replaceChildren(...answer.argumentMap.edges.map((e) => {
    const tr = document.createElement("tr");
    if (e.displacement) tr.className = "displacement";
    tr.append(text("td", label.get(e.from) || e.from), text("td", label.get(e.to) || e.to), text("td", e.label || ""));
    return tr;
  }));
}

// window.lexfedBusy is true while a question is being answered, for tests and assistive tools
async function ask() {
  byId("error").hidden = true;
  window.lexfedBusy = true;
  try {
    render(await post("v1/next-question", scenario));
  } catch (e) {
    showError(e.message);
  } finally {
    window.lexfedBusy = false;
  }
}

function answerWith(q, value) {
  setFact(q.fact, value);
  byId("answers").appendChild(text("li", q.question + " — " + value));
  return ask();
}

byId("start").addEventListener("submit", (ev) => {
  ev.preventDefault();
  for (const k of Object.keys(scenario)) delete scenario[k];
  byId("answers").replaceChildren();
  scenario.actor = byId("actor").value;
  scenario.action = byId("action").value;
  const state = byId("state").value.trim().toUpperCase();
  if (state) scenario.jurisdiction = { state };
  if (byId("date").value) scenario.date = byId("date").value;
  ask();
});

loadChoices().catch((e) => showError("cannot load the scenario vocabulary: " + e.message));
