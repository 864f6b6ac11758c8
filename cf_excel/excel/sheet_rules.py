"""The conditional formats already on a sheet: listed in words, and ours removed.

Read straight from the package (openpyxl does not read Excel 2010's x14 data bars and icon
sets). A rule is ours when its <conditionalFormatting> carries cf-excel's marker (`xlsx_patch`;
files written before marked the rule's dxf instead, and those still count). Removing undoes exactly
what `xlsx_patch` inserted: our `<cfRule>` elements (and a `<conditionalFormatting>` that held
only ours), the priorities `--priority first` moved, the dxfs it added that nothing uses any
more (from the end of the list, so no other dxfId moves) and the empty `<dxfs/>` they replaced.
Removing every rule cf-excel added gives back each part of the package byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

from cf_excel.excel.locking import exclusive_write
from cf_excel.excel.xlsx_patch import (
    CFX,
    MARKER_URI,
    read_package,
    renumber_priorities,
    root_prefix,
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
MARKED = re.compile(rf"\suri=([\"']){re.escape(MARKER_URI)}\1")  # our <ext>, in XML text
DXF_REFERENCE = re.compile(r'[dD]xfId="(\d+)"')  # rules' dxfId, tables' dataDxfId, pivots' ...


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
    earlier = earlier_marked_dxfs(parts)
    found = []
    for formatting in sheet.iter(f"{MAIN}conditionalFormatting"):
        marked = any(
            ext.get("uri") == MARKER_URI for ext in formatting.iterfind(f"{MAIN}extLst/{MAIN}ext")
        )
        for rule in formatting.iter(f"{MAIN}cfRule"):
            mine = marked or marked_the_earlier_way(rule.get("dxfId"), earlier)
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


def marked_the_earlier_way(dxf: str | None, earlier: set[int]) -> bool:
    """A rule whose dxf (`dxfId`) carries the marker as cf-excel put it before."""
    return dxf is not None and int(dxf) in earlier


def earlier_marked_dxfs(parts: dict[str, bytes]) -> set[int]:
    """Indexes of the differential styles that carry the marker cf-excel used to put on the
    dxf rather than on the rule's <conditionalFormatting> (its mark on a dxf now says only that
    it added the dxf)."""
    styles = ElementTree.fromstring(text_of(parts, styles_part(parts)))
    dxfs = styles.find(f"{MAIN}dxfs")
    if dxfs is None:
        return set()
    return {
        index
        for index, dxf in enumerate(dxfs.findall(f"{MAIN}dxf"))
        if any(
            ext.get("uri") == MARKER_URI and ext.find(f"{{{CFX}}}rule") is not None
            for ext in dxf.iter(f"{MAIN}ext")
        )
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
    """Write `source` without cf-excel's rules on the sheet; returns how many were removed
    (nothing is written when none was). Holds `target`'s lock (`locking`) while it works."""
    with exclusive_write(source, target) as guard:
        return write_without_our_rules(source, target, sheet_name, guard.check)


def write_without_our_rules(
    source: Path, target: Path, sheet_name: str | None, check: Callable[[], None]
) -> int:
    infos, parts = read_package(source)
    name = sheet_part(parts, sheet_name or first_sheet(parts))
    sheet, gone = without_our_rules(text_of(parts, name), earlier_marked_dxfs(parts))
    if not gone:
        return 0
    # The others' priorities close up over the gaps (undoing `--priority first`'s shift).
    patched = {name: renumber_priorities(sheet, lambda p: p - sum(g < p for g in gone))}
    styles_name = styles_part(parts)
    styles = text_of(parts, styles_name)
    trimmed = without_our_last_dxfs(styles, referenced_dxfs(parts, patched))
    if trimmed != styles:
        patched[styles_name] = trimmed
    write_package(infos, parts, patched, target, check)
    return len(gone)


def without_our_rules(sheet: str, earlier: set[int]) -> tuple[str, list[int]]:
    """The sheet without cf-excel's rules (and a <conditionalFormatting> that held only ours),
    and the removed rules' priorities."""
    prefix = root_prefix(sheet, "worksheet")
    formattings = re.compile(
        rf"<{prefix}conditionalFormatting\b[^>]*>.*?</{prefix}conditionalFormatting>", re.DOTALL
    )
    rules = re.compile(rf"<{prefix}cfRule\b[^>]*?(?:/>|>.*?</{prefix}cfRule>)", re.DOTALL)
    removed: list[int] = []

    def drop(formatting: re.Match[str]) -> str:
        text = formatting.group(0)
        found = list(rules.finditer(text))
        whole = MARKED.search(rules.sub("", text)) is not None  # the marker in its own extLst
        mine = [
            rule
            for rule in found
            if whole or marked_the_earlier_way(attribute(rule.group(0), "dxfId"), earlier)
        ]
        removed.extend(int(attribute(rule.group(0), "priority") or 0) for rule in mine)
        if mine and len(mine) == len(found):
            return ""
        for rule in reversed(mine):
            text = text[: rule.start()] + text[rule.end() :]
        return text

    return formattings.sub(drop, sheet), removed


def attribute(element: str, name: str) -> str | None:
    """An attribute's value, read from an element's start tag."""
    found = re.search(rf'\s{name}="([^"]*)"', element[: element.index(">")])
    return found.group(1) if found else None


def referenced_dxfs(parts: dict[str, bytes], patched: dict[str, str]) -> set[int]:
    """Every dxf index that an attribute of some XML part refers to, after the patch: rules'
    dxfId on any sheet, tables' dataDxfId and the like, pivot formats, table styles."""
    found: set[int] = set()
    for name, data in parts.items():
        if name.endswith(".xml"):
            text = patched[name] if name in patched else data.decode("utf-8", "replace")
            found.update(map(int, DXF_REFERENCE.findall(text)))
    return found


def without_our_last_dxfs(styles: str, referenced: set[int]) -> str:
    """styles.xml without its last differential styles while cf-excel added them and none is
    `referenced` (an unused one earlier in the list stays: removing it would move every later
    dxfId in the workbook); with none left, the empty <dxfs/> (or nothing) that the first one
    recorded replacing comes back."""
    prefix = root_prefix(styles, "styleSheet")
    container = re.search(rf"<{prefix}dxfs\b[^>]*?(?<!/)>(.*?)</{prefix}dxfs>", styles, re.DOTALL)
    if container is None:
        return styles
    element = re.compile(rf"<{prefix}dxf\b[^>]*?(?:/>|>.*?</{prefix}dxf>)", re.DOTALL)
    dxfs = list(element.finditer(styles, container.start(1), container.end(1)))
    keep = len(dxfs)
    while keep and keep - 1 not in referenced and MARKED.search(dxfs[keep - 1].group(0)):
        keep -= 1
    if keep == len(dxfs):
        return styles
    record = re.search(r'<cfx:dxf was="([^"]*)"', dxfs[0].group(0))
    if keep == 0 and record:
        was = unescape(record.group(1), {"&quot;": '"'})
        return styles[: container.start()] + was + styles[container.end() :]
    head = re.sub(
        r'(\scount=")(\d+)(")',
        lambda m: f"{m.group(1)}{int(m.group(2)) - (len(dxfs) - keep)}{m.group(3)}",
        styles[container.start() : container.start(1)],
        count=1,
    )
    return (styles[: container.start()] + head + styles[container.start(1) : dxfs[keep].start()]
            + styles[dxfs[-1].end() :])  # fmt: skip
