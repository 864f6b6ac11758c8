"""Render every request's expert rule with LibreOffice and write the formatted cells back.

For each request: copy its workbook, add ONLY that request's rule (a formula rule with a pink
fill) to the target sheet, move the target sheet to the front (the renderer reads the first
sheet), then convert all copies to HTML in one soffice run and read back which cells carry the
pink fill. The cells are written into requests.yaml (`cells`, A1 addresses sorted by row then
column).

Date-relative rules use TODAY(), so run this on BUILT (2026-12-03): the script refuses to run on
another day unless --any-date is given (then the `cells` of date-relative requests will differ).

Copied from dev-v17 part AK's render.py (unchanged apart from this text); the LibreOffice step is
this folder's own `lo_render.py` (nothing from the tool is imported).

    python render.py [--any-date] [--only aq001,aq002]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lo_render import render  # noqa: E402  (this folder's own helper)

PINK = "FFFFC7CE"
PINK_HTML = "#FFC7CE"


def prepare(request: dict, folder: Path) -> tuple[Path, int, int, dict]:
    """Write the one-rule copy; return its path, the used range's top-left (row, col) where
    LibreOffice's HTML export starts, and the sheet's string cells (to check the alignment)."""
    wb = load_workbook(HERE / request["workbook"])
    ws = wb[request["sheet"]]
    wb.move_sheet(ws, offset=-wb.index(ws))
    wb.active = 0
    for other in wb.worksheets:
        other.sheet_view.tabSelected = other is ws
    rule = request["rule"]
    formula = rule["formula"].removeprefix("=")
    ws.conditional_formatting.add(
        rule["applies_to"],
        FormulaRule(formula=[formula], fill=PatternFill(bgColor=PINK, fill_type="solid")),
    )
    filled = [c for row in ws.iter_rows() for c in row if c.value is not None]
    top = min(c.row for c in filled)
    left = min(c.column for c in filled)
    strings = {(c.row, c.column): c.value for c in filled if isinstance(c.value, str)}
    path = folder / f"{request['id']}.xlsx"
    wb.save(path)
    return path, top, left, strings


def sheet(name: str) -> str:
    """A sheet name as YAML: plain where that reads back as the same string."""
    return name if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]*[A-Za-z0-9]", name) else json.dumps(name)


def emit(data: dict) -> str:
    """requests.yaml in the hand-written layout (one rule mapping per line, cells in flow)."""
    out = [f"built: {data['built']}", "requests:"]
    book = None
    for r in data["requests"]:
        if r["workbook"] != book:
            book = r["workbook"]
            out.append(f"# {'-' * 64} {book}")
        formula = "'" + r["rule"]["formula"].replace("'", "''") + "'"
        out += [
            f"- id: {r['id']}",
            f"  workbook: {r['workbook']}",
            f"  sheet: {sheet(r['sheet'])}",
            f"  range: {r['range'] if r['range'] else 'null'}",
            f"  text: {json.dumps(r['text'], ensure_ascii=False)}",
            f"  kind: {r['kind']}",
            f"  rule: {{applies_to: {r['rule']['applies_to']}, formula: {formula}}}",
        ]
        if "cells" in r:
            out.append(f"  cells: [{', '.join(r['cells'])}]")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--any-date", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    source = HERE / "requests.yaml"
    data = yaml.safe_load(source.read_text())
    built = data["built"]
    if dt.date.today() != built and not args.any_date:
        sys.exit(f"today is {dt.date.today()}, the set is built for {built}: "
                 "run on that date (or pass --any-date)")
    only = set(filter(None, args.only.split(",")))
    todo = [r for r in data["requests"] if not only or r["id"] in only]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        prepared = [prepare(r, folder) for r in todo]
        start = time.monotonic()
        pages = render([p for p, *_ in prepared])
        seconds = time.monotonic() - start

    problems = []
    for request, (_, top, left, strings), page in zip(todo, prepared, pages):
        # the export starts at the used range's top-left: check that against the sheet's text
        wrong = [(rc, v) for rc, v in strings.items()
                 if (cell := page.get((rc[0] - top + 1, rc[1] - left + 1))) is None
                 or cell.text.strip() != v.strip()]
        if wrong:
            problems.append(f"{request['id']}: {len(wrong)} text cells misaligned, e.g. {wrong[:2]}")
        cells = sorted((r + top - 1, c + left - 1) for (r, c), cell in page.items()
                       if cell.fill == PINK_HTML)
        lo_col, lo_row, hi_col, hi_row = range_boundaries(request["rule"]["applies_to"])
        outside = [(r, c) for r, c in cells if not (lo_row <= r <= hi_row and lo_col <= c <= hi_col)]
        if outside:
            problems.append(f"{request['id']}: formatted cells outside applies_to: {outside[:3]}")
        request["cells"] = [f"{get_column_letter(c)}{r}" for r, c in cells]
        if not cells:
            problems.append(f"{request['id']}: no cell formatted")
        elif len(cells) == (hi_row - lo_row + 1) * (hi_col - lo_col + 1):
            problems.append(f"{request['id']}: every cell of applies_to formatted")

    source.write_text(emit(data))
    print(f"rendered {len(todo)} requests in {seconds:.1f} s (one soffice run)")
    for line in problems:
        print("CHECK", line)


if __name__ == "__main__":
    main()
