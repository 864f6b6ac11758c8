"""Mutations of the XML parts inside a workbook package: what a buggy or hostile writer puts in
them. Malformed and oversized XML, deep nesting, entity bombs, wrong content types, broken
relationships, odd encodings, huge shared strings, ranges as large as the sheet, odd attribute
values, comments and CDATA that look like markup, and prefixed namespaces (legal, and what
some writers emit). The zip around the parts stays well-formed (`mutators` damages that).
"""

from __future__ import annotations

import random
import re

from cf_excel.reliability.mutators import (
    Mutation,
    Mutator,
    entries,
    packed,
    part,
    pick_part,
    replaced,
)

WHOLE_SHEET = "A1:XFD1048576"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def edited(package: bytes, name: str, data: bytes, detail: str) -> Mutation:
    return Mutation(packed(replaced(entries(package), name, data)), f"{name}: {detail}")


def gaps(xml: bytes) -> list[int]:
    """Positions between two tags (`>` then `<`): where markup can be inserted."""
    return [m.start() + 1 for m in re.finditer(rb">\s*<", xml)] or [len(xml)]


def document_end(xml: bytes) -> int:
    """Where the document element's closing tag starts (the end when there is none)."""
    return max(xml.rfind(b"</"), 0) or len(xml)


def malformed_xml(rng: random.Random, package: bytes) -> Mutation:
    """A part that is not well-formed: cut short, a stray `<` or `&`, a tag left unclosed, an
    end tag that closes nothing, an undefined entity."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    at = rng.choice(gaps(xml))
    kind = rng.choice(("cut", "stray <", "stray &", "unclosed", "extra end", "entity"))
    if kind == "cut":
        return edited(package, name, xml[: rng.randrange(len(xml))], "cut short")
    insert = {
        "stray <": b"<",
        "stray &": b"& ",
        "unclosed": b"<open>",
        "extra end": b"</gone>",
        "entity": b"<t>&bogus;</t>",
    }[kind]
    return edited(package, name, xml[:at] + insert + xml[at:], f"{kind} at byte {at}")


def oversized_xml(rng: random.Random, package: bytes) -> Mutation:
    """A part grown large: a comment of many megabytes (spaces, or random text that does not
    compress), a very long attribute, or fifty thousand empty rows."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    at = rng.choice(gaps(xml))
    megabytes = rng.choice((1, 4, 8))
    kind = rng.choice(("spaces", "random", "attribute", "rows"))
    if kind == "spaces":
        insert = b"<!--" + b" " * (megabytes << 20) + b"-->"
    elif kind == "random":
        insert = b"<!--" + rng.randbytes(megabytes << 19).hex().encode() + b"-->"
    elif kind == "attribute":
        insert = b'<x v="' + b"a" * (megabytes << 20) + b'"/>'
    else:
        name = "xl/worksheets/sheet1.xml"
        xml = part(items, name)
        at = xml.find(b"</sheetData>")
        at = at if at >= 0 else document_end(xml)
        insert = b"".join(b'<row r="%d"/>' % row for row in range(100, 50_100))
    return edited(package, name, xml[:at] + insert + xml[at:], f"{len(insert):,} bytes of {kind}")


def deep_nesting(rng: random.Random, package: bytes) -> Mutation:
    """Elements nested thousands deep, inside the document element or inside the sheet data."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    depth = rng.choice((300, 3_000, 30_000, 300_000))
    at = document_end(xml)
    if rng.random() < 0.3 and b"</sheetData>" in xml:
        at = xml.find(b"</sheetData>")
    insert = b"<n>" * depth + b"</n>" * depth
    return edited(package, name, xml[:at] + insert + xml[at:], f"{depth:,} nested elements")


def entity_expansion(rng: random.Random, package: bytes) -> Mutation:
    """A DOCTYPE declaring a billion-laughs entity or an external one (a file, a URL), used in
    the part's first text."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    kind = rng.choice(("laughs", "file", "url"))
    if kind == "laughs":
        levels = [b'<!ENTITY e0 "lol">'] + [
            b'<!ENTITY e%d "%s">' % (n, b"&e%d;" % (n - 1) * 10) for n in range(1, 10)
        ]
        declaration = b"".join(levels)
    else:
        target = b"file:///etc/passwd" if kind == "file" else b"http://127.0.0.1:9/x"
        declaration = b'<!ENTITY e9 SYSTEM "' + target + b'">'
    root = re.search(rb"<[A-Za-z]", xml)
    start = root.start() if root else 0
    doctype = b"<!DOCTYPE r [" + declaration + b"]>"
    xml = xml[:start] + doctype + xml[start:]
    at = rng.choice(gaps(xml[len(doctype) + start :])) + len(doctype) + start
    xml = xml[:at] + b"<t>&e9;</t>" + xml[at:]
    return edited(package, name, xml, f"DOCTYPE with a {kind} entity")


def content_types(rng: random.Random, package: bytes) -> Mutation:
    """[Content_Types].xml wrong: an override removed or pointed at a missing part, the
    workbook typed as a worksheet, the xml default dropped, or two overrides' types swapped."""
    name = "[Content_Types].xml"
    xml = part(entries(package), name)
    overrides = list(re.finditer(rb"<Override [^>]*/>", xml))
    kind = rng.choice(("drop", "phantom", "workbook as sheet", "no default", "swap"))
    if kind == "drop" and overrides:
        gone = rng.choice(overrides)
        return edited(
            package,
            name,
            xml[: gone.start()] + xml[gone.end() :],
            f"dropped {gone.group().decode()}",
        )
    if kind == "workbook as sheet":
        xml = re.sub(rb"sheet\.main\+xml|macroEnabled\.main\+xml", b"worksheet+xml", xml)
    elif kind == "no default":
        xml = re.sub(rb'<Default Extension="xml"[^>]*/>', b"", xml)
    elif kind == "swap" and len(overrides) > 1:
        xml = swapped_types(xml, *rng.sample([o.group() for o in overrides], 2))
    else:
        phantom = (
            b'<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
        xml = xml.replace(b"</Types>", phantom + b"</Types>")
    return edited(package, name, xml, kind)


def swapped_types(xml: bytes, first: bytes, second: bytes) -> bytes:
    """Two <Override>s with their content types exchanged."""
    kinds = [re.search(rb'ContentType="[^"]*"', override) for override in (first, second)]
    if kinds[0] is None or kinds[1] is None:
        return xml
    one, other = kinds[0].group(), kinds[1].group()
    new = {first: first.replace(one, other), second: second.replace(other, one)}
    return re.sub(rb"<Override [^>]*/>", lambda m: new.get(m.group(), m.group()), xml)


def relationships(rng: random.Random, package: bytes) -> Mutation:
    """A .rels part wrong: a relationship dropped, its target missing or outside the package,
    its id duplicated, its type changed, or made external."""
    items = entries(package)
    names = [i.filename for i, _ in items if i.filename.endswith(".rels")]
    key = [n for n in ("xl/_rels/workbook.xml.rels", "_rels/.rels") if n in names]
    name = rng.choice(key if rng.random() < 0.5 else names)
    xml = part(items, name)
    found = list(re.finditer(rb"<Relationship [^>]*/>", xml))
    relation = rng.choice(found)
    old = relation.group()
    kind = rng.choice(("drop", "missing", "outside", "same id", "type", "external", "absolute"))
    new = {
        "drop": b"",
        "missing": re.sub(rb'Target="[^"]*"', b'Target="nowhere/gone.xml"', old),
        "outside": re.sub(rb'Target="([^"]*)"', rb'Target="../../../\1"', old),
        "same id": old + re.sub(rb'Target="[^"]*"', b'Target="styles.xml"', old),
        "type": re.sub(rb'Type="[^"]*/', b'Type="http://example.com/relationships/', old),
        "external": old.replace(b"/>", b' TargetMode="External"/>'),
        "absolute": re.sub(rb'Target="/?([^"]*)"', rb'Target="/\1"', old),
    }[kind]
    xml = xml[: relation.start()] + new + xml[relation.end() :]
    return edited(package, name, xml, f"{kind}: {old.decode()}")


def odd_encoding(rng: random.Random, package: bytes) -> Mutation:
    """A part in UTF-16, with a byte-order mark, declared in one encoding and written in
    another, or holding bytes that are not UTF-8."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    body = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", xml)
    kind = rng.choice(("utf-16", "bom", "declared latin-1", "declared utf-16", "bad byte"))
    if kind == "utf-16":
        data = ('<?xml version="1.0" encoding="UTF-16"?>' + body.decode("utf-8")).encode("utf-16")
    elif kind == "bom":
        data = b"\xef\xbb\xbf" + xml
    elif kind == "declared latin-1":
        data = b'<?xml version="1.0" encoding="ISO-8859-1"?>' + body.replace(b"</", b"\xe9</", 1)
    elif kind == "declared utf-16":
        data = b'<?xml version="1.0" encoding="UTF-16"?>' + body
    else:
        data = xml.replace(b"</", b"\xff\xfe</", 1)
    return edited(package, name, data, kind)


def shared_strings(rng: random.Random, package: bytes) -> Mutation:
    """Shared strings gone wrong: a count that lies, hundreds of thousands of strings, one
    string of megabytes, or a cell pointing past the end of the table (or at no number)."""
    items = entries(package)
    names = {i.filename for i, _ in items}
    name = "xl/sharedStrings.xml"
    kind = rng.choice(("count", "many", "long", "index"))
    if kind == "index" or name not in names:
        sheet_name = "xl/worksheets/sheet1.xml"
        sheet = part(items, sheet_name)
        index = rng.choice((b"99999999", b"-1", b"1.5", b"x", b""))
        cell = rb'<c r="(\w+)"[^>]*?(?:/>|>.*?</c>)'  # the first cell, whatever it holds
        sheet = re.sub(cell, rb'<c r="\1" t="s"><v>' + index + b"</v></c>", sheet, count=1)
        return edited(package, sheet_name, sheet, f"a shared-string index {index.decode()!r}")
    xml = part(items, name)
    end = xml.rfind(b"</")
    if kind == "count":
        xml = re.sub(rb'(count|uniqueCount)="\d+"', rb'\1="4294967296999"', xml)
    elif kind == "many":
        xml = xml[:end] + b"".join(b"<si><t>s%d</t></si>" % n for n in range(200_000)) + xml[end:]
    else:
        xml = xml[:end] + b"<si><t>" + b"long " * (2 << 20) + b"</t></si>" + xml[end:]
    return edited(package, name, xml, kind)


def huge_ranges(rng: random.Random, package: bytes) -> Mutation:
    """A range as large as the sheet where openpyxl may expand it cell by cell: merged cells,
    a hyperlink, the dimension, columns, a conditional format, a validation, a cell at the
    sheet's last address."""
    name = "xl/worksheets/sheet1.xml"
    xml = part(entries(package), name)
    kind = rng.choice(("merge", "hyperlink", "dimension", "cols", "format", "validation", "cell"))
    whole = rng.choice((WHOLE_SHEET, "A1:XFD1", "A1:A1048576", "B2:ZZ200000"))
    element = {
        "merge": f'<mergeCells count="1"><mergeCell ref="{whole}"/></mergeCells>',
        "hyperlink": f'<hyperlinks><hyperlink ref="{whole}" display="x"/></hyperlinks>',
        "format": f'<conditionalFormatting sqref="{whole}"><cfRule type="expression" '
        f'priority="99"><formula>TRUE</formula></cfRule></conditionalFormatting>',
        "validation": f'<dataValidations count="1"><dataValidation type="whole" '
        f'sqref="{whole}"><formula1>0</formula1></dataValidation></dataValidations>',
    }.get(kind)
    if element is not None:  # after the sheet data: schema order is not checked by readers
        at = xml.find(b"</sheetData>")
        at = at + len(b"</sheetData>") if at >= 0 else document_end(xml)
        xml = xml[:at] + element.encode() + xml[at:]
    elif kind == "dimension":
        xml = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{whole}"'.encode(), xml)
    elif kind == "cols":
        cols = b'<cols><col min="1" max="16384" width="9" customWidth="1"/></cols>'
        xml = re.sub(rb"<cols>.*?</cols>", b"", xml, flags=re.DOTALL)
        xml = xml.replace(b"<sheetData", cols + b"<sheetData", 1)
    else:
        cell = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
        xml = xml.replace(b"</sheetData>", cell, 1)
    return edited(package, name, xml, f"{kind} over {whole}")


ODD_VALUES = (
    b"",
    b"-1",
    b"0",
    b"99999999999999999999",
    b"1e308",
    b"NaN",
    b"A0",
    b"XFE1",
    b"&amp;&lt;",
    b"\xc3\xa9",
    b"a" * 5000,
    b"A1:A0",
    b"$A$1:$XFD$1048576",
)


def attribute_values(rng: random.Random, package: bytes) -> Mutation:
    """An attribute's value replaced by an odd one: empty, negative, huge, not a number, a
    reference off the sheet, thousands of characters."""
    items = entries(package)
    name = pick_part(rng, items)
    xml = part(items, name)
    found = list(re.finditer(rb'\s([\w:]+)="([^"]*)"', xml))
    if not found:
        return edited(package, name, xml, "no attribute to change")
    chosen, value = rng.choice(found), rng.choice(ODD_VALUES)
    xml = xml[: chosen.start(2)] + value + xml[chosen.end(2) :]
    shown = value[:20].decode(errors="replace")
    return edited(package, name, xml, f"{chosen.group(1).decode()}={shown!r}")


MISLEADING = (
    b"<!-- </sheetData><conditionalFormatting></conditionalFormatting></worksheet> -->",
    b"<?cf-excel </dxfs><extLst>?>",
    b'<!-- <dxfs count="7"> -->',
    b"<!---->",
    b"\n\t  \n",
)


def markup_noise(rng: random.Random, package: bytes) -> Mutation:
    """Comments, processing instructions and whitespace that look like markup, between tags
    (legal: a reader that searches the text instead of parsing it gets them wrong)."""
    items = entries(package)
    name = rng.choice(["xl/worksheets/sheet1.xml", "xl/styles.xml", pick_part(rng, items)])
    xml = part(items, name)
    # Gaps of the part as it was, filled from the end: none falls inside an inserted comment.
    for at in sorted(rng.choices(gaps(xml), k=rng.randint(1, 4)), reverse=True):
        xml = xml[:at] + rng.choice(MISLEADING) + xml[at:]
    return edited(package, name, xml, "comments and instructions between tags")


def prefixed_namespace(rng: random.Random, package: bytes) -> Mutation:
    """The main namespace bound to a prefix (`<x:worksheet xmlns:x=...>`): legal XML that some
    writers emit, in the sheet, the styles or the workbook part."""
    items = entries(package)
    name = rng.choice(("xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"))
    xml = part(items, name)
    prefix = rng.choice((b"x", b"main", b"s"))
    xml = re.sub(rb"<(/?)([A-Za-z][\w.-]*)([\s/>])", rb"<\1" + prefix + rb":\2\3", xml)
    xml = xml.replace(
        f'xmlns="{MAIN_NS}"'.encode(), b"xmlns:" + prefix + f'="{MAIN_NS}"'.encode(), 1
    )
    return edited(package, name, xml, f"main namespace as {prefix.decode()}:")


XML_MUTATORS: dict[str, Mutator] = {
    "malformed XML": malformed_xml,
    "oversized XML": oversized_xml,
    "deep nesting": deep_nesting,
    "entity expansion": entity_expansion,
    "content types": content_types,
    "relationships": relationships,
    "odd encoding": odd_encoding,
    "shared strings": shared_strings,
    "huge ranges": huge_ranges,
    "attribute values": attribute_values,
    "markup noise": markup_noise,
    "prefixed namespace": prefixed_namespace,
}
