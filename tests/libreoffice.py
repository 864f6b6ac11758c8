"""Render workbooks with LibreOffice (headless) and read back which cells it formats.

LibreOffice is an independent spreadsheet engine: it evaluates the conditional formats we write
and exports the result as HTML, where a formatted cell carries its fill (`bgcolor`), font colour
and bold. Tests compare those cells with the executor's prediction.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not found")


@dataclass
class RenderedCell:
    text: str = ""
    fill: str | None = None
    font_color: str | None = None
    bold: bool = False


class SheetHtml(HTMLParser):
    """The first table of LibreOffice's HTML export: cells by 1-based (row, column), counted
    from the top-left cell of the sheet's used range (where the export starts)."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[tuple[int, int], RenderedCell] = {}
        self.row = self.column = self.tables = 0
        self.current: RenderedCell | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table":
            self.tables += 1
        if self.tables != 1:
            return
        if tag == "tr":
            self.row, self.column = self.row + 1, 0
        elif tag == "td":
            self.column += int(values.get("colspan") or 1)
            self.current = RenderedCell(fill=(values.get("bgcolor") or "").upper() or None)
            self.cells[(self.row, self.column)] = self.current
        elif tag == "font" and self.current is not None and values.get("color"):
            self.current.font_color = (values["color"] or "").upper()
        elif tag == "b" and self.current is not None:
            self.current.bold = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None and self.tables == 1:
            self.current.text += data


def convert(workbooks: list[Path], to: str, folder: Path) -> None:
    """One soffice run converts them all (a private profile, so runs never collide)."""
    assert SOFFICE is not None
    profile = folder / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to,
         "--outdir", str(folder), *map(str, workbooks)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip


def render(workbooks: list[Path]) -> list[dict[tuple[int, int], RenderedCell]]:
    """Each workbook's first sheet as LibreOffice shows it."""
    with tempfile.TemporaryDirectory() as folder:
        convert(workbooks, "html", Path(folder))
        rendered = []
        for workbook in workbooks:
            page = SheetHtml()
            page.feed((Path(folder) / f"{workbook.stem}.html").read_text(errors="replace"))
            rendered.append(page.cells)
        return rendered


def imported_formats(workbook: Path) -> list[tuple[str, str]]:
    """(range, kind) of each conditional format LibreOffice imported, read from its own ODS
    save: colour scales, data bars and icon sets do not show in an HTML export."""
    with tempfile.TemporaryDirectory() as folder:
        convert([workbook], "ods", Path(folder))
        with zipfile.ZipFile(Path(folder) / f"{workbook.stem}.ods") as ods:
            content = ods.read("content.xml").decode()
    found = re.findall(
        r'<calcext:conditional-format calcext:target-range-address="([^"]+)"><calcext:([a-z-]+)',
        content,
    )  # addresses read "Sheet.C2:Sheet.C9"
    return [(re.sub(r"[^.:\s]+\.", "", address), kind) for address, kind in found]
