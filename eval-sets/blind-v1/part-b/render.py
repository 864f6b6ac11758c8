"""Render every request's expert rule with LibreOffice and record the cells it formats.

For each request: copy its workbook, add ONLY that one rule (a FormulaRule with a pink fill) to
the target sheet, move that sheet to the front, then convert all copies to HTML in one soffice
run (tests/libreoffice.py) and read back the cells that carry the rule's fill. The cells are
written into requests.yaml (sorted by row, then column). Run:  python render.py
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from datetime import date
from collections import Counter
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
from tests.libreoffice import render  # noqa: E402

RULE_FILL = "#FFC7CE"
KINDS = ["status-rows", "two-columns", "multi-condition", "blanks", "text-tests",
         "weekday-alternate", "date-arithmetic", "top-bottom", "duplicates-uniques",
         "thresholds", "ranges"]


def check(request: dict) -> None:
    assert request["kind"] in KINDS, request["id"]
    assert request["rule"]["formula"].startswith("="), request["id"]
    lo_c, lo_r, hi_c, hi_r = range_boundaries(request["rule"]["applies_to"])
    if request["range"]:
        t_lo_c, t_lo_r, t_hi_c, t_hi_r = range_boundaries(request["range"])
        assert t_lo_c <= lo_c and hi_c <= t_hi_c and t_lo_r < lo_r and hi_r <= t_hi_r, \
            f"{request['id']}: applies_to outside the selected table's data rows"


def copy_with_rule(request: dict, folder: Path) -> Path:
    wb = load_workbook(HERE / request["workbook"])
    ws = wb[request["sheet"]]
    assert not ws.conditional_formatting, f"{request['workbook']} already has conditional formats"
    rule = FormulaRule(formula=[request["rule"]["formula"][1:]],
                       fill=PatternFill(bgColor="FFFFC7CE", fill_type="solid"))
    ws.conditional_formatting.add(request["rule"]["applies_to"], rule)
    wb.move_sheet(ws, offset=-wb.index(ws))
    wb.active = 0
    for other in wb.worksheets:
        other.sheet_view.tabSelected = other is ws
    path = folder / f"{request['id']}.xlsx"
    wb.save(path)
    return path


def origin(request: dict, cells: dict) -> tuple[int, int]:
    """The sheet cell that LibreOffice's export shows at (1, 1): the data area's top-left,
    confirmed by matching every text cell of the sheet against the export."""
    ws = load_workbook(HERE / request["workbook"])[request["sheet"]]
    texts = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    used = [(c.row, c.column) for row in ws.iter_rows() for c in row if c.value is not None]
    guess = (min(r for r, _ in used), min(c for _, c in used))

    def score(r0: int, c0: int) -> int:
        return sum(1 for (r, c), v in texts.items()
                   if (cell := cells.get((r - r0 + 1, c - c0 + 1))) and cell.text.strip() == v.strip())

    best = max([(score(*guess), guess)] + [(score(r0, c0), (r0, c0))
               for r0 in range(1, guess[0] + 1) for c0 in range(1, guess[1] + 1)])
    assert best[0] >= 0.9 * len(texts), f"{request['id']}: export does not line up with the sheet"
    return best[1]


def dump(data: dict) -> str:
    out = [f"built: {data['built']}", "requests:"]
    last = None
    for q in data["requests"]:
        if q["workbook"] != last:
            out.append(f"# {'-' * 64} {q['workbook']}")
            last = q["workbook"]
        sheet = q["sheet"] if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]*", q["sheet"]) else json.dumps(q["sheet"])
        formula = "'" + q["rule"]["formula"].replace("'", "''") + "'"
        out += [f"- id: {q['id']}",
                f"  workbook: {q['workbook']}",
                f"  sheet: {sheet}",
                f"  range: {q['range'] or 'null'}",
                f"  text: {json.dumps(q['text'], ensure_ascii=False)}",
                f"  kind: {q['kind']}",
                "  rule:",
                f"    applies_to: {q['rule']['applies_to']}",
                f"    formula: {formula}",
                f"  cells: [{', '.join(q.get('cells') or [])}]"]
    return "\n".join(out) + "\n"


def main() -> None:
    source = HERE / "requests.yaml"
    data = yaml.safe_load(source.read_text())
    requests = data["requests"]
    if date.today() != data["built"] and "--any-date" not in sys.argv:
        sys.exit(f"TODAY() must be {data['built']} for the date-relative rules, but the clock says "
                 f"{date.today()}: run under a fake clock (e.g. faketime '{data['built']}') "
                 "or pass --any-date to render anyway")
    ids = [q["id"] for q in requests]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for q in requests:
        check(q)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [copy_with_rule(q, Path(tmp)) for q in requests]
        start = time.time()
        pages = render(paths)
        took = time.time() - start
    for q, cells in zip(requests, pages):
        r0, c0 = origin(q, cells)
        found = sorted((r + r0 - 1, c + c0 - 1) for (r, c), cell in cells.items() if cell.fill == RULE_FILL)
        lo_c, lo_r, hi_c, hi_r = range_boundaries(q["rule"]["applies_to"])
        stray = [(r, c) for r, c in found if not (lo_r <= r <= hi_r and lo_c <= c <= hi_c)]
        assert not stray, f"{q['id']}: formatted cells outside applies_to: {stray[:5]}"
        q["cells"] = [f"{get_column_letter(c)}{r}" for r, c in found]
    source.write_text(dump(data))
    print(f"LibreOffice rendered {len(requests)} workbooks in {took:.1f} s")
    empty = [q["id"] for q in requests if not q["cells"]]
    print("requests formatting no cell:", empty or "none")
    print("kinds:", dict(sorted(Counter(q["kind"] for q in requests).items())))
    print("workbooks:", dict(Counter(q["workbook"] for q in requests)))


if __name__ == "__main__":
    main()
