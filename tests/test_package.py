"""The package checks every reader runs before openpyxl parses anything: each damage gets one
message that names the part and what is wrong, and ranges openpyxl would expand cell by cell
(the known weak spot) are refused before openpyxl sees them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from cf_excel.sheets.package import WorkbookPackageError, cells
from cf_excel.sheets.workbook import open_values
from tests.test_xlsx_patch import parts, rewrite

SHEET = "xl/worksheets/sheet1.xml"


def with_sheet_tail(source: Path, target: Path, tail: bytes) -> None:
    """`source` with `tail` after the first sheet's data."""
    sheet = parts(source)[SHEET].replace(b"</sheetData>", b"</sheetData>" + tail, 1)
    rewrite(source, target, {SHEET: sheet})


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        (b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
         f"{SHEET}: merged cells over A1:XFD1048576 (17,179,869,184 cells)"),
        (b'<hyperlinks><hyperlink ref="A1:A1048576" display="x"/></hyperlinks>',
         "a hyperlink over A1:A1048576 (1,048,576 cells)"),
        (b'<mergeCells count="1"><mergeCell ref="A1&#58;XFD99"/></mergeCells>',
         "merged cells over A1:XFD99"),
    ],
)  # fmt: skip
def test_ranges_openpyxl_would_expand_are_refused_first(
    rich_workbook: Path, tmp_path: Path, tail: bytes, message: str
) -> None:
    bad = tmp_path / "bad.xlsx"
    with_sheet_tail(rich_workbook, bad, tail)
    with pytest.raises(WorkbookPackageError, match=re.escape(message)):
        open_values(bad)


def test_merged_cells_within_the_limit_are_read(rich_workbook: Path, tmp_path: Path) -> None:
    merged = tmp_path / "merged.xlsx"
    with_sheet_tail(rich_workbook, merged, b'<mergeCells><mergeCell ref="D1:XFD1"/></mergeCells>')
    assert open_values(merged)["Data"]["A1"].value == "Item"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({SHEET: b'<!DOCTYPE x [<!ENTITY e "lol">]><worksheet/>'},
         f"{SHEET} declares a DTD"),
        ({SHEET: b'<?xml version="1.0" encoding="ISO-8859-1"?><worksheet/>'},
         f"{SHEET} is encoded in ISO-8859-1; workbook parts are UTF-8 or UTF-16"),
        ({SHEET: b"<worksheet><sheetData></worksheet>"},
         f"{SHEET} is not well-formed XML (mismatched tag: line 1"),
        ({"XL/Workbook.xml": b"<x/>"}, "the package holds XL/Workbook.xml twice"),
        ({"C:/evil.xml": b"<x/>"}, "unsafe entry name 'C:/evil.xml'"),
        ({"_rels/.rels": None}, "_rels/.rels is missing"),
    ],
)  # fmt: skip
def test_damaged_parts_are_named(
    rich_workbook: Path, tmp_path: Path, change: dict[str, bytes | None], message: str
) -> None:
    bad = tmp_path / "bad.xlsx"
    rewrite(rich_workbook, bad, change)
    with pytest.raises(WorkbookPackageError, match=re.escape(message)):
        open_values(bad)


def test_a_corrupt_stream_names_its_part_in_words(rich_workbook: Path, tmp_path: Path) -> None:
    """A flipped byte inside a part's deflate stream: zlib's error becomes one short line."""
    data = bytearray(rich_workbook.read_bytes())
    with zipfile.ZipFile(rich_workbook) as package:
        info = package.getinfo("xl/styles.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 20] ^= 0xFF
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(bytes(data))
    with pytest.raises(
        WorkbookPackageError, match=r"xl/styles.xml is damaged: its (compressed|check)"
    ):
        open_values(bad)


@pytest.mark.parametrize(
    ("ref", "count"),
    [("A1", 1), ("A1:B2", 4), ("$A$1:$B$3", 6), ("A:A", 1_048_576), ("1:1", 16_384),
     ("A1:B2 C1:C2", 6), ("B2:A1", 4), ("nonsense", 0)],
)  # fmt: skip
def test_cells_counts_a_range(ref: str, count: int) -> None:
    assert cells(ref) == count
