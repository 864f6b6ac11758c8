// The task pane: one page, two modes. Inside Excel (Office.js reports the Excel host) it reads
// the selected range and adds rules with conditionalFormats.add; in an ordinary browser it is
// the standalone web app: upload a workbook, preview the highlighted cells, download the result.

import * as api from "./api.js";
import { renderSuggestions } from "./candidates.js";
import * as excel from "./excel.js";
import { rangeStart, renderTable, revealFirstMatch, sheetName } from "./preview.js";

const $ = (id) => document.getElementById(id);
const BIG_PREVIEW_ROWS = 200;

const state = {
  mode: "standalone",
  file: null, // standalone: the uploaded workbook
  workbook: null, // standalone: /api/read-xlsx's answer for the chosen sheet and table
  range: null, // the range the candidates were generated for (Office.js shape)
  text: null, // its displayed cells, header row first
  start: null, // sheet position of text[0][0]
  sheet: "",
  request: "",
  candidates: [],
  unsure: null, // the reply when the server is not sure ({why}), else null
};

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

function setStatus(message) {
  $("status").textContent = message;
}

/** Run `work` with `button` disabled; any failure is shown inline. */
async function guarded(button, work) {
  if (button) button.disabled = true;
  showError("");
  try {
    await work();
  } catch (error) {
    showError(error.message || String(error));
    setStatus("");
  } finally {
    if (button) button.disabled = false;
  }
}

function button(label, onClick, secondary = false) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  if (secondary) element.className = "secondary";
  element.addEventListener("click", () => guarded(element, () => onClick(element)));
  return element;
}

async function currentRange() {
  if (state.mode === "office") {
    const range = await excel.readSelection();
    $("selection").textContent = `Table: ${range.address}`;
    return { range, sheet: sheetName(range.address) };
  }
  if (!state.workbook) throw new Error("choose a workbook first");
  const data = state.workbook;
  const range = {
    address: data.address,
    values: data.values,
    numberFormats: data.number_formats,
    text: data.text,
  };
  return { range, sheet: data.sheet };
}

async function suggest() {
  const request = $("text").value.trim();
  if (!request) throw new Error("say what to highlight, e.g. “highlight overdue rows red”");
  const { range, sheet } = await currentRange();
  $("candidates").replaceChildren(); // no stale suggestions while the new ones come
  setStatus("Thinking…");
  const answer = await api.generate(request, range);
  // A selection without headers gets lettered ones one row above it (the server says which).
  const headerAdded = rangeStart(answer.range).row < rangeStart(range.address).row;
  Object.assign(state, {
    range,
    sheet,
    request,
    start: rangeStart(answer.range),
    text: headerAdded ? [answer.header, ...range.text] : range.text,
    candidates: answer.candidates.filter((c) => c.valid),
    unsure: answer.abstained ? answer : null,
  });
  const count = state.candidates.length;
  const plural = count === 1 ? "" : "s";
  const said = state.unsure ? `Not sure: ${count} closest answer${plural}` : `${count} suggestion${plural}`;
  setStatus(`${said} in ${Math.round(answer.latency_ms)} ms`);
  renderCandidates();
  if (state.mode === "standalone" && count && !state.unsure) showOnSheet(0);
}

function renderCandidates() {
  const actions = (candidate, index) => {
    if (state.mode === "office") return [button("Apply", () => applyInExcel(candidate))];
    return [
      button("Show on sheet", () => showOnSheet(index), true),
      button("Download workbook", () => download(candidate)),
    ];
  };
  renderSuggestions($("candidates"), state.candidates, state, actions, state.unsure);
}

async function applyInExcel(candidate) {
  const added = await excel.addRule(state.sheet, candidate.officejs);
  const item = document.createElement("li");
  const label = document.createElement("span");
  label.textContent = candidate.sentence;
  const undo = button("Undo", async () => {
    await excel.removeRule(added);
    item.remove();
    $("applied-rules").hidden = !$("applied").children.length;
    setStatus("Rule removed");
  }, true);
  undo.setAttribute("aria-label", `Undo: ${candidate.sentence}`);
  item.append(label, undo);
  $("applied").appendChild(item);
  $("applied-rules").hidden = false;
  setStatus(`Rule added to ${added.address} on ${state.sheet || "the active sheet"}`);
}

// Standalone mode ---------------------------------------------------------------------------

function renderSheet(candidate) {
  const rows = [...state.text.keys()].slice(0, BIG_PREVIEW_ROWS + 1);
  renderTable($("sheet-table"), state.text, state.start, candidate, rows);
  const total = state.text.length - 1;
  $("sheet-note").textContent =
    total > BIG_PREVIEW_ROWS ? `Showing the first ${BIG_PREVIEW_ROWS} of ${total} rows.` : "";
  $("sheet-preview").hidden = false;
  revealFirstMatch($("sheet-table").parentElement);
}

function showOnSheet(index) {
  const candidate = state.candidates[index];
  for (const item of $("candidates").querySelectorAll("li.suggestion")) {
    item.classList.toggle("chosen", item.dataset.index === String(index));
  }
  $("sheet-title").textContent = `Preview: ${candidate.description}`;
  renderSheet(candidate);
}

/** Read the uploaded workbook's `sheet` (null: the first) at `range` (null: its main table). */
async function loadWorkbook(sheet, range = null) {
  setStatus("Reading the workbook…");
  const data = await api.readWorkbook(state.file, sheet, range);
  state.workbook = data;
  Object.assign(state, {
    text: data.text, start: rangeStart(data.address), candidates: [], unsure: null,
  });
  const select = $("sheet");
  select.replaceChildren(...data.sheets.map((name) => new Option(name, name, false, name === data.sheet)));
  select.disabled = false;
  showTables(data.tables || [], data.address);
  $("range").value = data.address;
  $("range").disabled = false;
  $("candidates").replaceChildren();
  $("sheet-title").textContent = `${data.sheet}!${data.address}`;
  renderSheet(null);
  setStatus(`Table ${data.sheet}!${data.address}: ${data.values.length - 1} rows`);
}

/** The table picker, when the sheet has several tables (a reply without `tables`: none). */
function showTables(tables, address) {
  const picker = $("table");
  const options = tables.map(({ address: where, header }) =>
    new Option(`${where}: ${header.join(", ")}`, where, false, where === address));
  if (!tables.some((table) => table.address === address)) {
    options.push(new Option(`${address} (typed below)`, address, false, true));
  }
  picker.replaceChildren(...options);
  $("table-choice").hidden = tables.length < 2;
}

/** Read the range typed or picked, unless it is the one already shown. */
function chooseRange(range) {
  const wanted = range.trim();
  if (!wanted || wanted.toUpperCase() === state.workbook.address) return;
  guarded(null, () => loadWorkbook(state.workbook.sheet, wanted));
}

async function download(candidate) {
  const { blob, name } = await api.formattedWorkbook(
    state.file, state.request, state.sheet, state.workbook.address, candidate.rule,
  );
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  setStatus(`Downloaded ${name}`);
}

// Start -------------------------------------------------------------------------------------

function start(mode) {
  state.mode = mode;
  document.body.dataset.mode = mode;
  $("office-source").hidden = mode !== "office";
  $("standalone-source").hidden = mode !== "standalone";
  $("ask").addEventListener("submit", (event) => {
    event.preventDefault();
    guarded($("suggest"), suggest);
  });
  $("text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { // Enter asks; Shift+Enter starts a new line
      event.preventDefault();
      $("ask").requestSubmit();
    }
  });
  for (const example of document.querySelectorAll(".example")) {
    example.addEventListener("click", () => {
      $("text").value = example.textContent;
      $("text").focus();
    });
  }
  $("workbook").addEventListener("change", () => {
    state.file = $("workbook").files[0] || null;
    if (state.file) guarded(null, () => loadWorkbook(null));
  });
  $("sheet").addEventListener("change", () => guarded(null, () => loadWorkbook($("sheet").value)));
  $("table").addEventListener("change", () => chooseRange($("table").value));
  $("range").addEventListener("change", () => chooseRange($("range").value)); // Enter or leaving it
  if (mode === "office") guarded(null, currentRange);
}

if (window.Office && typeof Office.onReady === "function") {
  Office.onReady((info) => start(info && info.host === Office.HostType.Excel ? "office" : "standalone"));
} else {
  start("standalone");
}
