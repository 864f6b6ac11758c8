"""Render workbooks with LibreOffice (headless) and read back which cells it formats.

LibreOffice is an independent spreadsheet engine: it evaluates the conditional formats we write
and exports the result as HTML, one `<table>` per sheet, where a formatted cell carries its fill
(`bgcolor`), font colour and bold. Each sheet's table starts at the top-left cell of the sheet's
used range, so positions are counted from there.
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

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
Page = dict[tuple[int, int], "RenderedCell"]  # 1-based (row, column) from the used range's corner


@dataclass
class RenderedCell:
    text: str = ""
    fill: str | None = None
    font_color: str | None = None
    bold: bool = False


class WorkbookHtml(HTMLParser):
    """LibreOffice's HTML export of a workbook: one page of cells per sheet, in sheet order."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: list[Page] = []
        self.row = self.column = 0
        self.current: RenderedCell | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table":
            self.pages.append({})
            self.row = 0
        elif tag == "tr":
            self.row, self.column = self.row + 1, 0
        elif tag == "td" and self.pages:
            self.column += int(values.get("colspan") or 1)
            self.current = RenderedCell(fill=(values.get("bgcolor") or "").upper() or None)
            self.pages[-1][(self.row, self.column)] = self.current
        elif tag == "font" and self.current is not None and values.get("color"):
            self.current.font_color = (values["color"] or "").upper()
        elif tag == "b" and self.current is not None:
            self.current.bold = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.text += data


def convert(workbooks: list[Path], to: str, folder: Path, profile: Path | None = None) -> None:
    """One soffice run converts them all. Each run needs a profile of its own, so that runs in
    parallel never collide; a reused one saves LibreOffice's first-start setup (seconds)."""
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) not found")
    profile = profile or folder / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
         "--convert-to", to, "--outdir", str(folder), *map(str, workbooks)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip


def render_sheets(workbooks: list[Path], profile: Path | None = None) -> list[list[Page]]:
    """Every sheet of each workbook as LibreOffice shows it."""
    with tempfile.TemporaryDirectory() as folder:
        convert(workbooks, "html", Path(folder), profile)
        rendered = []
        for workbook in workbooks:
            page = WorkbookHtml()
            page.feed((Path(folder) / f"{workbook.stem}.html").read_text(errors="replace"))
            rendered.append(page.pages)
        return rendered


def render(workbooks: list[Path]) -> list[Page]:
    """Each workbook's first sheet as LibreOffice shows it."""
    return [pages[0] for pages in render_sheets(workbooks)]


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
