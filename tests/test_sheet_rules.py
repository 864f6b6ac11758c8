"""`rules list` marks every rule cf-excel added, of every type, and `rules remove` takes
exactly those out: the package comes back part for part, byte for byte, hand-made rules kept."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import ColorScaleRule

from cf_excel.cli import main
from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.sheet_rules import list_rules, remove_our_rules
from cf_excel.excel.xlsx_patch import MARKER, Priority, dxf_marker, patch_workbook

FILL = CellFormat(fill="#FF0000", font_color=None)
FONT = CellFormat(fill=None, font_color="#0000FF", bold=True)
FILL_AND_FONT = [  # applied first: each gets a dxf
    ("Data", ExcelRule("cellIs", "B2:B4", ("100",), "greaterThan"), FILL),
    ("Data", ExcelRule("top10", "B2:B4", rank=1), FONT),
]
SCALE_AND_BARS = [  # applied second: no dxf
    ("Data", ExcelRule("colorScale", "B2:B4"), CellFormat()),
    ("Data", ExcelRule("dataBar", "B2:B4"), CellFormat()),
]
OUR_WORDS = ["cell value greater than 100", "colour scale", "data bars", "top 1"]


def package(path: Path) -> list[tuple[str, tuple[int, ...], int, bytes]]:
    """Each part in order: its name, date, compression and bytes."""
    with zipfile.ZipFile(path) as zipped:
        infos = zipped.infolist()
        return [(i.filename, i.date_time, i.compress_type, zipped.read(i)) for i in infos]


@pytest.fixture
def scaled_workbook(tmp_path: Path) -> Path:
    """A hand-made colour scale and no differential styles at all: styles.xml has no <dxfs>."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Data"
    for row in (["Item", "Qty"], ["Pen", 30], ["Ink", 120], ["Pad", 300]):
        sheet.append(row)
    sheet.conditional_formatting.add(
        "A2:B4", ColorScaleRule(start_type="min", start_color="FFFFFF", end_type="max",
                                end_color="00FF00")
    )  # fmt: skip
    workbook.create_sheet("Notes")["A1"] = "keep me"
    path = tmp_path / "scaled.xlsx"
    workbook.save(path)
    return path


def prefixed_copy(source: Path, target: Path) -> Path:
    """`source` with its sheets and styles written as `<x:worksheet xmlns:x=...>`, as some
    programs write them."""
    main_ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml|xl/styles\.xml", info.filename):
                text = re.sub(r"<(/?)(\w+)([\s/>])", r"<\1x:\2\3", data.decode())
                data = text.replace(main_ns, main_ns.replace("xmlns=", "xmlns:x=")).encode()
            new.writestr(info, data)
    return target


@pytest.mark.parametrize("priority", ["last", "first"])
@pytest.mark.parametrize("book", ["rich", "scaled", "prefixed"])
def test_removing_what_cf_excel_added_gives_back_the_original_package(
    rich_workbook: Path,
    scaled_workbook: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    book: str,
    priority: Priority,
) -> None:
    """Fill, font, colour scale and data bar rules, in two applies, on a workbook with a chart,
    a comment, validation and a hand-made rule with a dxf (its XML prefixed, or not), and on
    one whose only rule is a hand-made colour scale (no <dxfs> in styles.xml)."""
    source = {
        "rich": rich_workbook,
        "scaled": scaled_workbook,
        "prefixed": prefixed_copy(rich_workbook, tmp_path / "prefixed.xlsx"),
    }[book]
    hand_made = "colour scale" if book == "scaled" else 'cell value equal to "Ink"'
    once, twice, cleaned = tmp_path / "once.xlsx", tmp_path / "twice.xlsx", tmp_path / "out.xlsx"
    patch_workbook(source, once, FILL_AND_FONT, priority)
    patch_workbook(once, twice, SCALE_AND_BARS, priority)
    listed = list_rules(twice, "Data")
    assert sorted((r.words, r.ours) for r in listed) == sorted(
        [(hand_made, False)] + [(words, True) for words in OUR_WORDS]
    )
    assert main(["rules", "list", "--sheet", str(twice)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if line.endswith("[cf-excel]")]) == 4
    assert main(["rules", "remove", "--sheet", str(twice), "--out", str(cleaned)]) == 0
    assert "removed 4 cf-excel rules" in capsys.readouterr().out
    assert package(cleaned) == package(source)  # every part, in order, byte for byte


def test_a_dxf_another_sheet_still_uses_stays_until_its_rule_goes(
    rich_workbook: Path, tmp_path: Path
) -> None:
    """Removing the first sheet's rule leaves its dxf (the other sheet's, after it in the list,
    would change number); removing the second sheet's then takes both."""
    both, first_gone, none = (tmp_path / f"{name}.xlsx" for name in ("both", "first", "none"))
    notes_rule = ExcelRule("cellIs", "A1:A1", ('"keep me"',), "equal")
    patch_workbook(rich_workbook, both, [FILL_AND_FONT[0], ("Notes", notes_rule, FONT)])
    assert remove_our_rules(both, first_gone, "Data") == 1
    styles = "xl/styles.xml"
    assert parts(first_gone)[styles] == parts(both)[styles]
    notes = openpyxl.load_workbook(first_gone)["Notes"]
    (formatting,) = notes.conditional_formatting
    assert formatting.rules[0].dxf.font.color.rgb == "FF0000FF"  # still its own dxf
    assert remove_our_rules(first_gone, none, "Notes") == 1
    assert package(none) == package(rich_workbook)


def test_rules_marked_the_earlier_way_are_still_ours(rich_workbook: Path, tmp_path: Path) -> None:
    """cf-excel used to mark the rule's dxf instead of the rule: such rules are listed as ours
    and removed, and so is their dxf."""
    new, old, cleaned = tmp_path / "new.xlsx", tmp_path / "old.xlsx", tmp_path / "cleaned.xlsx"
    patch_workbook(rich_workbook, new, [FILL_AND_FONT[0]])
    changed = parts(new)
    sheet, styles = "xl/worksheets/sheet1.xml", "xl/styles.xml"
    changed[sheet] = changed[sheet].replace(MARKER.encode(), b"")
    changed[styles] = changed[styles].replace(dxf_marker().encode(), MARKER.encode())
    with zipfile.ZipFile(new) as source, zipfile.ZipFile(old, "w") as target:
        for info in source.infolist():
            target.writestr(info, changed[info.filename])
    assert [(r.words, r.ours) for r in list_rules(old, "Data")] == [
        ('cell value equal to "Ink"', False),
        ("cell value greater than 100", True),
    ]
    assert remove_our_rules(old, cleaned, "Data") == 1
    assert package(cleaned) == package(rich_workbook)


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}
