// Tables of cells with a candidate's matches shown in its format: a few rows under each
// candidate, or the whole sheet in standalone mode.

/** "D7" → {row: 7, column: 4} (1-based sheet positions). */
export function parseCell(a1) {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!match) throw new Error(`not a cell address: ${a1}`);
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** The top-left cell of "Sheet1!B2:F40" (sheet name optional). */
export function rangeStart(address) {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  return parseCell(cells.split(":")[0]);
}

/** The sheet name in "'My sheet'!B2:F40" (quotes and doubled quotes undone); "" when none. */
export function sheetName(address) {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return "";
  const name = address.slice(0, bang);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Grid positions (row, column index into `text`) of the candidate's formatted cells. */
export function matchedPositions(candidate, start) {
  const positions = new Set();
  for (const cell of candidate.cells) {
    const { row, column } = parseCell(cell);
    positions.add(`${row - start.row},${column - start.column}`);
  }
  return positions;
}

// Office.js's visual formats: the preview shows a sample gradient, not each cell's own colour.
const VISUAL = ["ColorScale", "DataBar", "IconSet"];

/** Show `td` as the file will: the candidate's `format` (CellFormat.as_json: fill, font_color,
 * bold, italic); a colour it leaves out stays the cell's own (black text, no fill). */
function styleCell(td, candidate) {
  td.dataset.match = "true";
  const type = candidate.officejs && candidate.officejs.type;
  if (VISUAL.includes(type)) {
    td.classList.add("visual");
    return;
  }
  const look = candidate.format || {};
  if (look.fill) td.style.backgroundColor = look.fill;
  if (look.font_color) td.style.color = look.font_color;
  if (look.bold) td.style.fontWeight = "bold";
  if (look.italic) td.style.fontStyle = "italic";
}

/**
 * Fill `table` with `text` (row 0 the header), showing `candidate`'s matches in its format.
 * `rows` picks which data rows to show (indexes into text); all when omitted.
 */
export function renderTable(table, text, start, candidate, rows) {
  table.replaceChildren();
  table.classList.add("preview");
  const matched = candidate ? matchedPositions(candidate, start) : new Set();
  const head = table.createTHead().insertRow();
  for (const name of text[0]) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const r of rows || text.keys()) {
    if (r === 0) continue;
    const tr = body.insertRow();
    text[r].forEach((shown, c) => {
      const td = tr.insertCell();
      td.textContent = shown;
      if (matched.has(`${r},${c}`)) styleCell(td, candidate);
    });
  }
}

/** A few data rows for a small preview: matched rows first, then the first others, in order. */
export function previewRows(candidate, start, rowCount, limit = 5) {
  const matchedRows = [...new Set(candidate.cells.map((cell) => parseCell(cell).row - start.row))];
  const chosen = new Set(matchedRows.filter((r) => r > 0).slice(0, limit - 1));
  for (let r = 1; r < rowCount && chosen.size < limit; r += 1) chosen.add(r);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Scroll `scroller` sideways so that the first highlighted column of its table is in view: in
 * Excel's narrow pane (about 320 px) a rule on a column far right would otherwise be off screen.
 * The table's first column stays in place (sticky), so the scroll leaves room for it.
 */
export function revealFirstMatch(scroller) {
  const matched = [...scroller.querySelectorAll("td[data-match]")];
  if (!matched.length || scroller.scrollWidth <= scroller.clientWidth) return;
  const first = matched.reduce((a, b) => (b.cellIndex < a.cellIndex ? b : a));
  if (first.cellIndex === 0) return;
  const frame = scroller.getBoundingClientRect();
  const cell = first.getBoundingClientRect();
  const sticky = first.parentElement.cells[0].getBoundingClientRect().width;
  const left = cell.left - frame.left + scroller.scrollLeft; // within the scrolled content
  const seen = left - sticky >= scroller.scrollLeft
    && left + cell.width <= scroller.scrollLeft + scroller.clientWidth;
  if (!seen) scroller.scrollLeft = Math.max(0, left - sticky);
}
