"""Render every request's expert rule with LibreOffice and write the formatted cells back.

For each request: copy its workbook, add ONLY that request's rule (a formula rule with a pink
fill) to the target sheet, move the target sheet to the front (the renderer reads the first
sheet), then convert all copies to HTML in one soffice run and read back which cells carry the
pink fill. The cells are written into requests.yaml (`cells`, A1 addresses sorted by row then
column).

The LibreOffice step lives in this file (`render` below): it imports nothing from the tool's
package, so the set stays independent of the code it evaluates.

Date-relative rules use TODAY(), so run this on BUILT (2026-12-01): the script refuses to run on
another day unless --any-date is given (then the `cells` of date-relative requests will differ).

    python render.py [--any-date] [--only d001,d002]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent

PINK = "FFFFC7CE"
PINK_HTML = "#FFC7CE"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


# ------------------------------------------------------------------ LibreOffice HTML rendering
@dataclass
class Cell:
    text: str
    fill: str | None


class _FirstTable(HTMLParser):
    """Collect the cells of the first <table> of a LibreOffice Calc HTML export, keyed by
    (row, col) counted from 1 at the table's top-left, honouring colspan and rowspan."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: dict[tuple[int, int], Cell] = {}
        self.depth = 0  # 1 inside the first table
        self.done = False
        self.row = 0
        self.col = 0
        self.taken: set[tuple[int, int]] = set()
        self.current: tuple[int, int, str | None] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
        elif self.depth != 1:
            return
        elif tag == "tr":
            self.row += 1
            self.col = 0
        elif tag in ("td", "th"):
            self.col += 1
            while (self.row, self.col) in self.taken:
                self.col += 1
            span_c = int(a.get("colspan") or 1)
            span_r = int(a.get("rowspan") or 1)
            for dr in range(span_r):
                for dc in range(span_c):
                    self.taken.add((self.row + dr, self.col + dc))
            fill = a.get("bgcolor")
            self.current = (self.row, self.col, fill.upper() if fill else None)
            self.text = []
            self.col += span_c - 1

    def handle_endtag(self, tag):
        if self.done:
            return
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.done = True
        elif self.depth == 1 and tag in ("td", "th") and self.current:
            r, c, fill = self.current
            self.cells[(r, c)] = Cell("".join(self.text), fill)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.text.append(data)


def render(paths: list[Path]) -> list[dict[tuple[int, int], Cell]]:
    """Convert the workbooks to HTML in one soffice run; return each one's first sheet."""
    if SOFFICE is None:
        sys.exit("soffice (LibreOffice) not found")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "html"
        profile = Path(tmp) / "profile"
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "html", "--outdir", str(out), *map(str, paths)],
                       check=True, capture_output=True, timeout=900)
        pages = []
        for p in paths:
            html = out / (p.stem + ".html")
            if not html.exists():
                sys.exit(f"soffice produced no HTML for {p.name}")
            parser = _FirstTable()
            parser.feed(html.read_text(encoding="utf-8", errors="replace"))
            pages.append(parser.cells)
        return pages


# ------------------------------------------------------------------ requests
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
    for request, (_, top, left, strings), page in zip(todo, prepared, pages, strict=True):
        # the export starts at the used range's top-left: check that against the sheet's text
        wrong = [(rc, v) for rc, v in strings.items()
                 if (cell := page.get((rc[0] - top + 1, rc[1] - left + 1))) is None
                 or cell.text.strip() != v.strip()]
        if wrong:
            problems.append(f"{request['id']}: {len(wrong)} text cells misaligned, "
                            f"e.g. {wrong[:2]}")
        cells = sorted((r + top - 1, c + left - 1) for (r, c), cell in page.items()
                       if cell.fill == PINK_HTML)
        lo_col, lo_row, hi_col, hi_row = range_boundaries(request["rule"]["applies_to"])
        outside = [(r, c) for r, c in cells
                   if not (lo_row <= r <= hi_row and lo_col <= c <= hi_col)]
        if outside:
            problems.append(f"{request['id']}: formatted cells outside applies_to: {outside[:3]}")
        request["cells"] = [f"{get_column_letter(c)}{r}" for r, c in cells]
        if not cells:
            problems.append(f"{request['id']}: no cell formatted")
        size = (hi_row - lo_row + 1) * (hi_col - lo_col + 1)
        if len(cells) == size:
            problems.append(f"{request['id']}: every cell of applies_to formatted")

    source.write_text(emit(data))
    print(f"rendered {len(todo)} requests in {seconds:.1f} s (one soffice run)")
    for line in problems:
        print("CHECK", line)


if __name__ == "__main__":
    main()
