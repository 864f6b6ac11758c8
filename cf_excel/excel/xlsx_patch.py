"""Add conditional formats to an .xlsx/.xlsm by patching its package, not rewriting it.

openpyxl's load-and-save drops what it does not read (charts, images, pivot caches, x14 rules
and more). Here only two parts change: the target worksheet gets new `<conditionalFormatting>`
elements inserted where the schema orders them (before `<dataValidations>`, `<hyperlinks>`, ...,
`<extLst>`), and styles.xml gets the new differential styles appended to `<dxfs>`. Every other
part is copied unchanged, in order, with its compression; macros in .xlsm stay. New rules take
priorities after the existing ones (`last`) or before them (`first`, which renumbers the
existing `priority` attributes and nothing else). Each new rule carries cf-excel's marker, and
what it replaced is recorded, so that `sheet_rules` can take exactly these insertions out again.

The package is checked before anything is written (`cf_excel.sheets.package`: a damaged zip,
unsafe or doubled entry names, zip bombs, malformed XML); a missing part, a sheet without its
relationship and a part that is not UTF-8 are refused here, each with a WorkbookPackageError
that names the part and the problem.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from openpyxl.formatting.formatting import ConditionalFormatting
from openpyxl.workbook.workbook import Workbook
from openpyxl.xml.functions import tostring

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.openpyxl_apply import differential_style, openpyxl_rule
from cf_excel.sheets.package import WorkbookPackageError as WorkbookPackageError
from cf_excel.sheets.package import open_package, read_part
from cf_excel.sheets.workbook import open_values

Priority = Literal["first", "last"]
RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# CT_Worksheet's children that come after <conditionalFormatting>, in schema order.
AFTER_CONDITIONAL_FORMATTING = (
    "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter",
    "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
    "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls",
    "webPublishItems", "tableParts", "extLst",
)  # fmt: skip
AFTER_DXFS = ("tableStyles", "colors", "extLst")  # CT_Stylesheet's children after <dxfs>
# Marks each rule cf-excel adds, whatever its type (colour scales, data bars and icon sets have
# no dxf to carry a mark), so that `rules list` and `rules remove` tell ours from hand-made
# rules: an <ext> in the <extLst> of the rule's own <conditionalFormatting> (one per rule; the
# schema ends CT_ConditionalFormatting with an extLst). Not the <cfRule>'s extLst: LibreOffice
# 7.4 fails to open a workbook whose icon-set rule has any extLst, even an empty one. Readers
# skip an <ext> whose uri they do not know (ECMA-376 Part 1 §18.2.7); LibreOffice drops the
# marker when it re-saves (so may Excel), and a rule that lost it is left alone as hand-made.
MARKER_URI = "{6B1F9E2C-CF0E-4C5A-9E1D-0CFE2CE15EC1}"
CFX = "urn:cf-excel"
MARKER = f'<extLst><ext uri="{MARKER_URI}" xmlns:cfx="{CFX}"><cfx:rule/></ext></extLst>'
VISUAL_TYPES = frozenset({"colorScale", "dataBar", "iconSet"})  # no dxf, no Stop If True


def patch_workbook(
    source: Path,
    target: Path,
    additions: Sequence[tuple[str, ExcelRule, CellFormat]],
    priority: Priority = "last",
    stop_if_true: bool = False,
    check: Callable[[], None] | None = None,
) -> None:
    """Write `source` plus the (sheet name, rule, format) additions to `target`, atomically;
    `check` (a `locking.WriteGuard`'s) runs just before the rename and may refuse it."""
    infos, parts = read_package(source)
    try:
        patched = patched_parts(parts, additions, priority, stop_if_true)
    except WorkbookPackageError as error:  # a part's problem, said of this workbook
        raise WorkbookPackageError(f"{source}: {error}") from None
    write_package(infos, parts, patched, target, check)


def patched_parts(
    parts: dict[str, bytes],
    additions: Sequence[tuple[str, ExcelRule, CellFormat]],
    priority: Priority,
    stop_if_true: bool,
) -> dict[str, str]:
    """The new text of each part that changes: the sheets that gain rules, and styles.xml."""
    styles_name = styles_part(parts)
    styles = text_of(parts, styles_name)
    by_sheet: dict[str, list[tuple[ExcelRule, CellFormat]]] = {}
    for sheet_name, spec, fmt in additions:
        by_sheet.setdefault(sheet_part(parts, sheet_name), []).append((spec, fmt))
    first_dxf = dxf_count(styles)
    dxfs: list[str] = []
    patched: dict[str, str] = {}
    for name, rules in by_sheet.items():
        sheet = text_of(parts, name)
        existing = priorities(sheet, name, len(rules))
        start = 1 if priority == "first" else max(existing, default=0) + 1
        if priority == "first":
            sheet = shift_priorities(sheet, len(rules))
        elements = []
        for offset, (spec, fmt) in enumerate(rules):
            rule = openpyxl_rule(spec, fmt)
            rule.dxf, rule.priority = None, start + offset
            if spec.type not in VISUAL_TYPES:
                rule.dxfId = first_dxf + len(dxfs)
                dxfs.append(tostring(differential_style(fmt).to_tree()).decode())
                rule.stopIfTrue = stop_if_true or None
            formatting = ConditionalFormatting(spec.sqref)
            formatting.rules.append(rule)
            element = tostring(formatting.to_tree()).decode()
            elements.append(with_last_child(element, "conditionalFormatting", MARKER))
        patched[name] = insert_before(sheet, AFTER_CONDITIONAL_FORMATTING, "".join(elements), name)
    if dxfs:
        patched[styles_name] = add_dxfs(styles, dxfs)
    return patched


def open_checked(path: Path) -> Workbook:
    """The workbook's cached values, parsed only after the file and package checks, which
    `open_values` runs for every reader (an encrypted or legacy file is named as such before
    the zip checks run)."""
    return open_values(path)


def read_package(path: Path) -> tuple[list[zipfile.ZipInfo], dict[str, bytes]]:
    """The checked package's entries, in order, and each part's bytes by name (reading each
    checks its CRC, as the verification would)."""
    with open_package(path, verify=False) as package:
        infos = package.infolist()
        return infos, {info.filename: read_part(path, package, info) for info in infos}


def text_of(parts: dict[str, bytes], name: str) -> str:
    """A part as text, refused when it is not well-formed XML."""
    if name not in parts:
        raise WorkbookPackageError(f"the package has no part {name}")
    try:
        text = parts[name].decode("utf-8")
        ElementTree.fromstring(parts[name])
    except UnicodeDecodeError:
        raise WorkbookPackageError(
            f"{name} is not UTF-8; cf-excel changes only UTF-8 parts (as Excel writes them)"
        ) from None
    except ElementTree.ParseError as error:
        raise WorkbookPackageError(f"{name} is not well-formed XML ({error})") from None
    return text


def relationships(parts: dict[str, bytes], owner: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part name) for a part."""
    folder, _, file = owner.rpartition("/")
    rels = ElementTree.fromstring(text_of(parts, f"{folder}/_rels/{file}.rels"))
    found = {}
    for rel in rels.iter(f"{{{PACKAGE_RELS_NS}}}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
        found[rel.get("Id", "")] = (rel.get("Type", ""), os.path.normpath(path))
    return found


def sheet_part(parts: dict[str, bytes], sheet_name: str) -> str:
    workbook = ElementTree.fromstring(text_of(parts, "xl/workbook.xml"))
    rels = relationships(parts, "xl/workbook.xml")
    names = []
    for sheet in workbook.iter():
        if sheet.tag.endswith("}sheet"):
            names.append(sheet.get("name"))
            if sheet.get("name") == sheet_name:
                relation = sheet.get(f"{{{RELS_NS}}}id", "")
                if relation not in rels:
                    raise WorkbookPackageError(
                        f"xl/workbook.xml: sheet {sheet_name!r} has no relationship "
                        f"{relation!r} in xl/_rels/workbook.xml.rels"
                    )
                return rels[relation][1]
    raise WorkbookPackageError(f"no sheet named {sheet_name!r}; sheets: {names}")


def styles_part(parts: dict[str, bytes]) -> str:
    for kind, name in relationships(parts, "xl/workbook.xml").values():
        if kind.endswith("/styles"):
            return name
    raise WorkbookPackageError("the workbook has no styles part")


def priorities(sheet: str, name: str, adding: int) -> list[int]:
    """The priorities of the sheet's rules, refused when `adding` more would number one past
    Excel's largest."""
    found = [int(match.group(2)) for match in PRIORITY.finditer(masked(sheet))]
    if max(found, default=0) + adding > MAX_PRIORITY:
        raise WorkbookPackageError(
            f"{name}: a rule's priority, {max(found)}, leaves no room for {adding} more below "
            f"Excel's largest, {MAX_PRIORITY:,}"
        )
    return found


def shift_priorities(sheet: str, by: int) -> str:
    """Existing rules move down by `by`, so new rules can take priorities 1..by."""
    return renumber_priorities(sheet, lambda priority: priority + by)


def renumber_priorities(sheet: str, new: Callable[[int], int]) -> str:
    """Every rule's `priority` attribute (x14 rules' too) replaced by `new(priority)`."""
    pieces, last = [], 0
    for match in PRIORITY.finditer(masked(sheet)):
        pieces += [sheet[last : match.start(2)], str(new(int(match.group(2))))]
        last = match.end(2)
    return "".join(pieces) + sheet[last:]


def masked(xml: str) -> str:
    """`xml` with its comments, processing instructions and CDATA blanked out at the same
    length: a search of the markup then finds no tag written inside them, and its positions
    are the original's."""
    return MARKUP.sub(lambda match: " " * len(match.group()), xml)


def root_prefix(xml: str, name: str) -> str:
    """The namespace prefix of the document element (`x:` in `<x:worksheet>`), usually ''."""
    match = re.search(rf"<(\w+:)?{name}[\s>]", masked(xml))
    if match is None:
        raise WorkbookPackageError(f"no <{name}> element")
    return match.group(1) or ""


def prefixed(fragment: str, prefix: str) -> str:
    """openpyxl writes unprefixed elements; a prefixed document needs them prefixed."""
    return re.sub(r"<(/?)(\w+)([\s/>])", rf"<\1{prefix}\2\3", fragment) if prefix else fragment


MARKUP = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>", re.DOTALL)
TAG = re.compile(rf"{MARKUP.pattern}|<(/?)([\w.:-]+)[^>]*?(/?)>", re.DOTALL)
PRIORITY = re.compile(r"(<(?:\w+:)?cfRule\b[^>]*?\spriority=\")(\d+)(\")")
MAX_PRIORITY = 2**31 - 1  # a priority is an xsd:int


def child_position(xml: str, followers: Sequence[str], start: int = 0) -> int:
    """Where the first child of the document element named in `followers` starts, or the
    position of the closing tag; only the document element's own children count (an <extLst>
    inside an existing <cfRule> is not the worksheet's <extLst>)."""
    depth = 0
    for match in TAG.finditer(xml):
        closing, name, empty = match.group(1), match.group(2), match.group(3)
        if name is None:
            continue  # a comment, processing instruction or CDATA
        if closing:
            depth -= 1
            if depth == 0:
                return match.start()  # the document element's closing tag
            continue
        if depth == 1 and match.start() >= start and name.rpartition(":")[2] in followers:
            return match.start()
        if not empty:
            depth += 1
    raise WorkbookPackageError("the document element is not closed")


def insert_before(sheet: str, followers: Sequence[str], fragment: str, name: str) -> str:
    """Insert after the sheet data, before the first element the schema puts later."""
    prefix = root_prefix(sheet, "worksheet")
    data_end = re.search(rf"</{prefix}sheetData>|<{prefix}sheetData\s*/>", masked(sheet))
    if data_end is None:
        raise WorkbookPackageError(f"{name} has no <sheetData>")
    at = child_position(sheet, followers, data_end.end())
    return sheet[:at] + prefixed(fragment, prefix) + sheet[at:]


def with_last_child(fragment: str, tag: str, child: str) -> str:
    """`fragment` with `child` appended to its (only) `tag` element, opened when self-closed."""
    fragment = re.sub(rf"<{tag}\b([^>]*?)\s*/>", rf"<{tag}\1></{tag}>", fragment, count=1)
    at = fragment.rindex(f"</{tag}>")
    return fragment[:at] + child + fragment[at:]


def dxf_marker(replaced: str | None = None) -> str:
    """cf-excel's mark on a dxf it adds (so that `rules remove` takes only its own unused ones);
    the first dxf of a <dxfs> it created records the empty <dxfs/> it replaced ('' for none),
    so that removing every dxf puts back exactly those bytes."""
    if replaced is None:
        return MARKER.replace("<cfx:rule/>", "<cfx:dxf/>")
    was = escape(replaced, {'"': "&quot;"})
    return MARKER.replace("<cfx:rule/>", f'<cfx:dxf was="{was}"/>')


def dxf_count(styles: str) -> int:
    """How many <dxf>s the stylesheet's <dxfs> holds, counted: a rule's dxfId indexes them,
    whatever the (sometimes wrong) `count` attribute says."""
    text = masked(styles)
    prefix = root_prefix(text, "styleSheet")
    found = re.search(rf"<{prefix}dxfs\b[^>]*?(?:/>|>(.*?)</{prefix}dxfs>)", text, re.DOTALL)
    return len(re.findall(rf"<{prefix}dxf[\s/>]", found.group(1) or "")) if found else 0


def add_dxfs(styles: str, dxfs: list[str]) -> str:
    """Append differential styles, each marked, to <dxfs> (created at its schema place when
    missing or empty, the first dxf then recording what it replaced), its count set right."""
    text = masked(styles)
    prefix = root_prefix(text, "styleSheet")
    total = dxf_count(styles) + len(dxfs)
    found = re.search(rf"<{prefix}dxfs\b[^>]*?(/?)>", text)
    opened = found is not None and not found.group(1)
    replaced = None if opened else found.group(0) if found else ""
    marked = [with_last_child(dxfs[0], "dxf", dxf_marker(replaced))]
    marked += [with_last_child(dxf, "dxf", dxf_marker()) for dxf in dxfs[1:]]
    body = prefixed("".join(marked), prefix)
    if found and opened:
        closing = text.index(f"</{prefix}dxfs>", found.end())
        tag = re.sub(r'(\scount=")[^"]*(")', rf"\g<1>{total}\2", found.group(0), count=1)
        return (
            styles[: found.start()] + tag + styles[found.end() : closing] + body + styles[closing:]
        )
    element = f'<{prefix}dxfs count="{total}">{body}</{prefix}dxfs>'
    if found:
        return styles[: found.start()] + element + styles[found.end() :]
    at = child_position(styles, AFTER_DXFS)
    return styles[:at] + element + styles[at:]


def write_package(
    infos: list[zipfile.ZipInfo],
    parts: dict[str, bytes],
    patched: dict[str, str],
    target: Path,
    check: Callable[[], None] | None = None,
) -> None:
    """Every part in its original order and compression; patched parts replaced. The file
    replaced keeps its mode (permission bits); a new one gets the umask's, as `open` gives.
    `check` runs last before the rename: when it raises, the temporary file goes, nothing else."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.parent / f"tmp{secrets.token_hex(6)}{target.suffix}"
    # Created with 0o666 less the umask (mkstemp's 0o600 would survive the rename).
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        with zipfile.ZipFile(temporary, "w") as package:
            for info in infos:
                data = patched[info.filename].encode() if info.filename in patched else None
                package.writestr(info, parts[info.filename] if data is None else data)
        if check is not None:
            check()
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
