"""Applying rules patches the package: every other part unchanged, the sheet only gains its
<conditionalFormatting>, styles.xml only its <dxf>s; bad packages are refused, nothing written."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.xlsx_patch import WorkbookPackageError, patch_workbook

RED = CellFormat(fill="#FF0000", font_color=None)
OVER_100 = ExcelRule("cellIs", "B2:B4", ("100",), "greaterThan")
TOP_ONE = ExcelRule("top10", "B2:B4", rank=1)
SHEET = "xl/worksheets/sheet1.xml"
BARS = ExcelRule("dataBar", "B2:B4")


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_only_the_sheet_and_styles_change_and_only_by_insertion(
    rich_workbook: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    patch_workbook(rich_workbook, out, [("Data", OVER_100, RED), ("Data", BARS, RED)])
    before, after = parts(rich_workbook), parts(out)
    assert list(before) == list(after)  # same parts, same order
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"xl/worksheets/sheet1.xml", "xl/styles.xml"}
    assert "xl/charts/chart1.xml" in after
    sheet_before, sheet_after = (p["xl/worksheets/sheet1.xml"].decode() for p in (before, after))
    inserted = re.findall(r"<conditionalFormatting.*?</conditionalFormatting>", sheet_after)
    assert len(inserted) == 3  # the existing rule and the two new ones
    assert sheet_after.replace(inserted[1], "").replace(inserted[2], "") == sheet_before
    assert 'priority="2"' in inserted[1] and 'priority="3"' in inserted[2]
    assert sheet_after.index(inserted[2]) < sheet_after.index("<dataValidations")
    styles_before, styles_after = (p["xl/styles.xml"].decode() for p in (before, after))
    assert len(styles_after) > len(styles_before) and 'rgb="FFFF0000"' in styles_after
    book = openpyxl.load_workbook(out)
    rules = {
        str(cf.sqref): [r.type for r in cf.rules] for cf in book["Data"].conditional_formatting
    }
    assert rules == {"A2:A4": ["cellIs"], "B2:B4": ["cellIs", "dataBar"]}
    assert book["Notes"]["A1"].value == "keep me" and book["Data"].freeze_panes == "A2"


def test_priority_first_renumbers_existing_rules(rich_workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    patch_workbook(rich_workbook, out, [("Data", TOP_ONE, RED)], priority="first",
                   stop_if_true=True)  # fmt: skip
    book = openpyxl.load_workbook(out)
    found = {
        (str(cf.sqref), rule.type): (rule.priority, rule.stopIfTrue)
        for cf in book["Data"].conditional_formatting
        for rule in cf.rules
    }
    assert found == {("B2:B4", "top10"): (1, True), ("A2:A4", "cellIs"): (2, None)}


def test_macros_stay(tmp_path: Path) -> None:
    """An .xlsm (macro-enabled content type, a VBA project part and its relationship) keeps its
    VBA project, content types and relationships byte for byte; openpyxl still sees the VBA."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Qty"])  # type: ignore[union-attr]
    workbook.active.append([5])  # type: ignore[union-attr]
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    vba = b"\xd0\xcf\x11\xe0 macro bytes"
    macro_type = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    vba_rel = (
        '<Relationship Id="rIdVba" Target="vbaProject.bin" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/>'
    )
    originals = parts(plain)
    types = originals["[Content_Types].xml"].decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", macro_type
    ).replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = (
        originals["xl/_rels/workbook.xml.rels"]
        .decode()
        .replace("</Relationships>", vba_rel + "</Relationships>")
    )
    macro = tmp_path / "book.xlsm"
    changes = {"[Content_Types].xml": types.encode(), "xl/_rels/workbook.xml.rels": rels.encode()}
    rewrite(plain, macro, {**changes, "xl/vbaProject.bin": vba})
    out = tmp_path / "out.xlsm"
    patch_workbook(
        macro, out, [("Sheet", ExcelRule("cellIs", "A2:A2", ("1",), "greaterThan"), RED)]
    )
    before, after = parts(macro), parts(out)
    for name in ("xl/vbaProject.bin", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
        assert after[name] == before[name]
    assert openpyxl.load_workbook(out)["Sheet"]["A2"].value == 5


def rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    """A copy of `source` with parts replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    new.writestr(info, data)
            else:
                new.writestr(info, old.read(info))
        for name, data in change.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncated", "not a readable workbook package"),
        ("missing sheet", "no part xl/worksheets/sheet1.xml"),
        ("malformed sheet", "not well-formed XML"),
        ("traversal", "unsafe entry name '../evil.txt'"),
        ("bomb", "a zip bomb"),
        ("huge shared strings", "more than the 1,000,000 cf-excel handles"),
        ("unknown sheet", "no sheet named 'Nope'"),
    ],
)
def test_bad_packages_are_refused_and_nothing_is_written(
    rich_workbook: Path, tmp_path: Path, damage: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, out = tmp_path / "bad.xlsx", tmp_path / "out.xlsx"
    sheet_name = "Data"
    if damage == "truncated":
        bad.write_bytes(rich_workbook.read_bytes()[:2000])
    elif damage == "missing sheet":
        rewrite(rich_workbook, bad, {"xl/worksheets/sheet1.xml": None})
    elif damage == "malformed sheet":
        rewrite(rich_workbook, bad, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData>"})
    elif damage == "traversal":
        rewrite(rich_workbook, bad, {"../evil.txt": b"x"})
    elif damage == "huge shared strings":  # incompressible text past a (lowered) size limit
        monkeypatch.setattr("cf_excel.sheets.package.MAX_UNPACKED_BYTES", 1_000_000)
        strings = b"<sst>" + os.urandom(600_000).hex().encode() + b"</sst>"
        rewrite(rich_workbook, bad, {"xl/sharedStrings.xml": strings})
    elif damage == "bomb":
        with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * 50_000_000 + b"</sst>")
    else:
        bad.write_bytes(rich_workbook.read_bytes())
        sheet_name = "Nope"
    with pytest.raises(WorkbookPackageError, match=re.escape(message)):
        patch_workbook(bad, out, [(sheet_name, OVER_100, RED)])
    assert not out.exists() and not list(tmp_path.glob("tmp*"))


def test_rules_are_listed_and_only_ours_removed(
    rich_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cf_excel.cli import main
    from cf_excel.excel.sheet_rules import list_rules

    ours = tmp_path / "ours.xlsx"
    patch_workbook(rich_workbook, ours, [("Data", OVER_100, RED), ("Data", TOP_ONE, RED)])
    listed = [(r.sqref, r.words, r.ours) for r in list_rules(ours, "Data")]
    assert listed == [
        ("A2:A4", 'cell value equal to "Ink"', False),
        ("B2:B4", "cell value greater than 100", True),
        ("B2:B4", "top 1", True),
    ]
    assert main(["rules", "list", "--sheet", str(ours)]) == 0
    assert "[cf-excel]" in capsys.readouterr().out
    cleaned = tmp_path / "cleaned.xlsx"
    assert main(["rules", "remove", "--sheet", str(ours), "--out", str(cleaned)]) == 0
    assert "removed 2 cf-excel rules" in capsys.readouterr().out
    assert [r.words for r in list_rules(cleaned, "Data")] == ['cell value equal to "Ink"']
    sheet = "xl/worksheets/sheet1.xml"
    assert parts(cleaned)[sheet] == parts(rich_workbook)[sheet]  # back to the bytes it had


def test_a_replaced_file_keeps_its_mode_and_a_new_one_gets_the_umasks(
    rich_workbook: Path, tmp_path: Path
) -> None:
    """Not the temporary file's 0o600: colleagues on a shared folder can open what was written."""
    new, shared = tmp_path / "new.xlsx", tmp_path / "shared.xlsx"
    shared.write_bytes(rich_workbook.read_bytes())
    shared.chmod(0o664)
    umask = os.umask(0o022)
    try:
        patch_workbook(rich_workbook, new, [("Data", OVER_100, RED)])
        patch_workbook(rich_workbook, shared, [("Data", OVER_100, RED)])
    finally:
        os.umask(umask)
    assert (new.stat().st_mode & 0o777, shared.stat().st_mode & 0o777) == (0o644, 0o664)
    assert parts(shared) == parts(new) and not list(tmp_path.glob("tmp*"))


def test_markup_inside_comments_and_a_wrong_count_do_not_mislead_the_patch(
    rich_workbook: Path, tmp_path: Path
) -> None:
    """Comments and processing instructions that look like tags (legal XML), and a <dxfs>
    count that lies: the rule goes after the real sheet data, its dxf after the real dxfs, and
    its dxfId indexes the dxfs as they are."""
    lure = '<!-- </sheetData><dxfs count="7"> --><?pi </dxfs>?>'
    sheet, styles = (parts(rich_workbook)[n].decode() for n in (SHEET, "xl/styles.xml"))
    sheet = sheet.replace("<sheetData>", lure + "<sheetData>")
    styles = re.sub(r'<dxfs count="\d+">', lure + '<dxfs count="9">', styles)
    noisy, out = tmp_path / "noisy.xlsx", tmp_path / "out.xlsx"
    rewrite(rich_workbook, noisy, {SHEET: sheet.encode(), "xl/styles.xml": styles.encode()})
    patch_workbook(noisy, out, [("Data", OVER_100, RED)])
    sheet_after, styles_after = (parts(out)[n].decode() for n in (SHEET, "xl/styles.xml"))
    assert sheet_after.startswith(sheet[: sheet.index("</sheetData>")])
    assert styles_after.count(lure) == 1 and '<dxfs count="2">' in styles_after
    rules = [rule for cf in openpyxl.load_workbook(out)["Data"].conditional_formatting
             for rule in cf.rules]  # fmt: skip
    assert [rule.dxf.fill.bgColor.rgb for rule in rules] == ["FF00FF00", "FFFF0000"]


def test_a_priority_past_excels_largest_is_refused(rich_workbook: Path, tmp_path: Path) -> None:
    sheet = parts(rich_workbook)[SHEET].replace(b'priority="1"', b'priority="2147483647"')
    bad, out = tmp_path / "bad.xlsx", tmp_path / "out.xlsx"
    rewrite(rich_workbook, bad, {SHEET: sheet})
    with pytest.raises(WorkbookPackageError, match="leaves no room for 1 more"):
        patch_workbook(bad, out, [("Data", OVER_100, RED)])
    assert not out.exists()
