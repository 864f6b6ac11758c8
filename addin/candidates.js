// The suggestion list. The best suggestion is shown in full: its sentence with how sure the
// model is ("82% sure"), any warnings, a small preview of the cells it formats and its buttons,
// with the rule itself only on demand ("Show rule"). The runners-up wait behind "Other
// suggestions (N)", collapsed: a generator's lower-ranked guesses are often nonsense to someone
// who did not ask to see them. When the server is not sure (`abstained`), there is no best
// suggestion: "Not sure — did you mean…", why, and the closest answers as equal choices.

import { previewRows, renderTable, revealFirstMatch } from "./preview.js";

/** A native disclosure (Enter or Space on its summary toggles it); reads "Hide …" when open. */
function disclosure(className, showLabel, hideLabel, content) {
  const details = document.createElement("details");
  details.className = className;
  const summary = document.createElement("summary");
  summary.textContent = showLabel;
  details.addEventListener("toggle", () => {
    summary.textContent = details.open ? hideLabel : showLabel;
  });
  details.append(summary, content);
  return details;
}

function warningList(warnings) {
  const list = document.createElement("ul");
  list.className = "warnings";
  list.setAttribute("aria-label", "Warnings");
  for (const warning of warnings) {
    const item = document.createElement("li");
    item.textContent = warning;
    list.appendChild(item);
  }
  return list;
}

/** One suggestion: sentence, warnings (a reply may have none, or no `warnings` key), preview,
 * `actions` (its buttons), and the rule behind "Show rule". */
function suggestionItem(candidate, index, grid, actions) {
  const item = document.createElement("li");
  item.className = "suggestion";
  item.dataset.index = String(index);
  const sentence = document.createElement("p");
  sentence.className = "sentence";
  const words = document.createElement("span");
  words.className = "words";
  words.textContent = candidate.sentence;
  sentence.appendChild(words);
  if (typeof candidate.confidence === "number") { // an older server sends none
    const sure = document.createElement("span");
    sure.className = "confidence";
    sure.textContent = `${percent(candidate.confidence)} sure`;
    sentence.append(" ", sure);
  }
  item.appendChild(sentence);
  const warnings = candidate.warnings || [];
  if (warnings.length) item.appendChild(warningList(warnings));
  const scroller = document.createElement("div");
  scroller.className = "table-scroll";
  const table = document.createElement("table");
  table.setAttribute("aria-label", `Preview of suggestion ${index + 1}`);
  const rows = previewRows(candidate, grid.start, grid.text.length);
  renderTable(table, grid.text, grid.start, candidate, rows);
  scroller.appendChild(table);
  const buttons = document.createElement("div");
  buttons.className = "actions";
  buttons.append(...actions);
  const code = document.createElement("code");
  code.className = "rule-code";
  code.textContent = candidate.rule;
  item.append(scroller, buttons, disclosure("rule", "Show rule", "Hide rule", code));
  return item;
}

/** 82%: never 100% nor 0%, as the command line prints it. */
function percent(confidence) {
  return `${Math.min(Math.max(Math.round(100 * confidence), 1), 99)}%`;
}

function revealMatches(element) {
  for (const scroller of element.querySelectorAll(".table-scroll")) revealFirstMatch(scroller);
}

/**
 * Fill `container` with `candidates` (best first) previewed on `grid` ({text, start}: the
 * displayed cells, header row first, and the sheet position of text[0][0]); `actionsFor(candidate,
 * index)` gives each one's buttons. Call it with `container` in the page, so previews can scroll.
 */
export function renderSuggestions(container, candidates, grid, actionsFor, unsure = null) {
  container.replaceChildren();
  const items = candidates.map((candidate, i) =>
    suggestionItem(candidate, i, grid, actionsFor(candidate, i)));
  if (unsure) {
    renderNotSure(container, items, unsure);
    return;
  }
  if (!items.length) return;
  const best = document.createElement("ol");
  best.setAttribute("aria-label", "Best suggestion");
  best.appendChild(items[0]);
  container.appendChild(best);
  revealMatches(best);
  if (items.length === 1) return;
  const others = document.createElement("ol");
  others.start = 2;
  others.setAttribute("aria-label", "Other suggestions");
  others.append(...items.slice(1));
  const label = `Other suggestions (${items.length - 1})`;
  const more = disclosure("others", label, label, others);
  more.addEventListener("toggle", () => more.open && revealMatches(others)); // laid out only now
  container.appendChild(more);
}

/**
 * The not-sure state: a note saying so and why (`unsure.why`, the server's words), then every
 * closest answer as an equal choice, none applied or previewed on the sheet unasked.
 */
function renderNotSure(container, items, unsure) {
  const note = document.createElement("div");
  note.className = "not-sure";
  note.setAttribute("role", "note");
  const title = document.createElement("h2");
  title.textContent = items.length ? "Not sure — did you mean…" : "Not sure";
  const why = document.createElement("p");
  why.className = "why";
  why.textContent = unsure.why ? `${unsure.why[0].toUpperCase()}${unsure.why.slice(1)}.` : "";
  note.append(title, why);
  container.appendChild(note);
  if (!items.length) return;
  const choices = document.createElement("ol");
  choices.setAttribute("aria-label", "Closest answers");
  choices.append(...items);
  container.appendChild(choices);
  revealMatches(choices);
}
