"""The conditional formats already on a sheet: listed in words, and ours removed.

Read straight from the package (openpyxl does not read Excel 2010's x14 data bars and icon
sets). A rule is ours when its differential style carries cf-excel's marker (`xlsx_patch`);
removing deletes only those `<cfRule>` elements (and a `<conditionalFormatting>` left empty),
byte for byte, so hand-made rules and everything else stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from cf_excel.excel.xlsx_patch import (
    MARKER_URI,
    read_package,
    sheet_part,
    styles_part,
    text_of,
    write_package,
)
from cf_excel.sheets.workbook import SheetError

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
CELL_IS_WORDS = {
    "greaterThan": "greater than", "greaterThanOrEqual": "at least", "lessThan": "less than",
    "lessThanOrEqual": "at most", "equal": "equal to", "notEqual": "not equal to",
    "between": "between", "notBetween": "not between",
}  # fmt: skip
TYPE_WORDS = {
    "containsBlanks": "blank cells", "notContainsBlanks": "non-blank cells",
    "containsErrors": "error cells", "notContainsErrors": "cells without errors",
    "duplicateValues": "duplicate values", "uniqueValues": "unique values",
    "colorScale": "colour scale", "dataBar": "data bars", "iconSet": "icon set",
}  # fmt: skip


@dataclass(frozen=True)
class SheetRule:
    sqref: str
    type: str
    priority: int
    ours: bool
    words: str


def list_rules(path: Path, sheet_name: str | None = None) -> list[SheetRule]:
    """Every conditional format on the sheet (the first when none is named), by priority."""
    _, parts = read_package(path)
    name = sheet_part(parts, sheet_name or first_sheet(parts))
    sheet = ElementTree.fromstring(text_of(parts, name))
    ours = marked_dxfs(parts)
    found = []
    for formatting in sheet.iter(f"{MAIN}conditionalFormatting"):
        for rule in formatting.iter(f"{MAIN}cfRule"):
            dxf = rule.get("dxfId")
            mine = dxf is not None and int(dxf) in ours
            found.append(sheet_rule(formatting.get("sqref", ""), rule, mine))
    for formatting in sheet.iter(f"{X14}conditionalFormatting"):
        sqref = formatting.findtext(f"{XM}sqref", "")
        for rule in formatting.iter(f"{X14}cfRule"):
            found.append(sheet_rule(sqref, rule, False))
    return sorted(found, key=lambda r: r.priority)


def first_sheet(parts: dict[str, bytes]) -> str:
    workbook = ElementTree.fromstring(text_of(parts, "xl/workbook.xml"))
    sheet = next(workbook.iter(f"{MAIN}sheet"), None)
    if sheet is None:
        raise SheetError("the workbook has no sheets")
    return sheet.get("name", "")


def marked_dxfs(parts: dict[str, bytes]) -> set[int]:
    """Indexes of the differential styles that carry cf-excel's marker."""
    styles = ElementTree.fromstring(text_of(parts, styles_part(parts)))
    dxfs = styles.find(f"{MAIN}dxfs")
    if dxfs is None:
        return set()
    return {
        index
        for index, dxf in enumerate(dxfs.findall(f"{MAIN}dxf"))
        if any(ext.get("uri") == MARKER_URI for ext in dxf.iter(f"{MAIN}ext"))
    }


def sheet_rule(sqref: str, rule: ElementTree.Element, ours: bool) -> SheetRule:
    kind = rule.get("type", "")
    formulas = [f.text or "" for f in rule.iter() if f.tag in (f"{MAIN}formula", f"{XM}f")]
    if kind == "cellIs":
        operator = rule.get("operator", "")
        words = f"cell value {CELL_IS_WORDS.get(operator, operator)} {' and '.join(formulas)}"
    elif kind == "expression":
        words = f"formula ={formulas[0] if formulas else ''}"
    elif kind in ("containsText", "notContainsText", "beginsWith", "endsWith"):
        verb = kind.replace("Text", "").replace("With", " with").lower()
        words = f"text {verb} {rule.get('text', '')!r}"
    elif kind == "top10":
        end = "bottom" if rule.get("bottom") in ("1", "true") else "top"
        percent = "%" if rule.get("percent") in ("1", "true") else ""
        words = f"{end} {rule.get('rank', '10')}{percent}"
    elif kind == "aboveAverage":
        words = "below average" if rule.get("aboveAverage") in ("0", "false") else "above average"
    elif kind == "timePeriod":
        words = f"dates: {rule.get('timePeriod', '')}"
    else:
        words = TYPE_WORDS.get(kind, kind)
    return SheetRule(sqref, kind, int(rule.get("priority", "0")), ours, words)


def remove_our_rules(source: Path, target: Path, sheet_name: str | None = None) -> int:
    """Write `source` without cf-excel's rules on the sheet; returns how many were removed."""
    infos, parts = read_package(source)
    name = sheet_part(parts, sheet_name or first_sheet(parts))
    sheet = text_of(parts, name)
    ours = marked_dxfs(parts)
    removed = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal removed
        dxf = re.search(r'\sdxfId="(\d+)"', match.group(0)[: match.group(0).find(">") + 1])
        if dxf and int(dxf.group(1)) in ours:
            removed += 1
            return ""
        return match.group(0)

    rule = re.compile(r"<(\w+:)?cfRule\b[^>]*?(?:/>|>.*?</(?(1)\1)cfRule>)", re.DOTALL)
    sheet = rule.sub(drop, sheet)
    empty = r"<(\w+:)?conditionalFormatting\b[^>]*>\s*</(?(1)\1)conditionalFormatting>"
    sheet = re.sub(empty, "", sheet)
    if removed:
        write_package(infos, parts, {name: sheet}, target)
    return removed
