"""A small, self-contained LibreOffice renderer for this set (it does not import the tool).

Copied unchanged (apart from this docstring) from dev-v17 part AK's lo_render.py.

`render(paths)` converts every workbook to HTML in ONE `soffice --headless --convert-to html`
run (with a throw-away user profile) and returns, for each workbook, the cells of its FIRST
sheet: {(row, col): Cell(text, fill)}, 1-based and relative to the top-left cell of the HTML
table. LibreOffice's HTML export starts that table at the sheet's used range (the top-left
non-empty cell), so callers shift the coordinates back (render.py does, and checks it).
`fill` is the cell's `bgcolor` as written by LibreOffice (e.g. "#FFC7CE"), conditional
formatting included, or None.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@dataclass
class Cell:
    text: str
    fill: str | None


class _FirstTable(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: dict[tuple[int, int], Cell] = {}
        self.depth = 0          # <table> nesting
        self.done = False
        self.row = 0
        self.col = 0
        self.taken: set[tuple[int, int]] = set()   # slots covered by rowspan/colspan
        self.current: tuple[int, int, int, int, str | None] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
        elif self.depth == 1 and tag == "tr":
            self.row += 1
            self.col = 0
        elif self.depth == 1 and tag in ("td", "th"):
            self.col += 1
            while (self.row, self.col) in self.taken:
                self.col += 1
            rs, cs = int(a.get("rowspan") or 1), int(a.get("colspan") or 1)
            fill = a.get("bgcolor")
            self.current = (self.row, self.col, rs, cs, fill.upper() if fill else None)
            self.text = []
        elif self.depth == 1 and tag == "br" and self.current is not None:
            self.text.append("\n")

    def handle_endtag(self, tag):
        if self.done:
            return
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.done = True
        elif self.depth == 1 and tag in ("td", "th") and self.current is not None:
            r, c, rs, cs, fill = self.current
            text = "".join(self.text).strip("\n")
            self.cells[(r, c)] = Cell(text, fill)
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        self.taken.add((r + dr, c + dc))
                        self.cells[(r + dr, c + dc)] = Cell("", fill)
            self.col = c + cs - 1
            self.current = None

    def handle_data(self, data):
        if not self.done and self.current is not None:
            self.text.append(data)


def parse(html: str) -> dict[tuple[int, int], Cell]:
    p = _FirstTable()
    p.feed(html)
    return p.cells


def render(paths: list[Path], timeout: int = 600) -> list[dict[tuple[int, int], Cell]]:
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) not found")
    paths = [Path(p) for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "html"
        profile = Path(tmp) / "profile"
        cmd = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "html", "--outdir", str(out), *map(str, paths)]
        subprocess.run(cmd, check=True, timeout=timeout, capture_output=True)
        pages = []
        for p in paths:
            html = out / (p.stem + ".html")
            if not html.exists():
                raise RuntimeError(f"LibreOffice wrote no HTML for {p.name}")
            pages.append(parse(html.read_text(encoding="utf-8", errors="replace")))
        return pages
