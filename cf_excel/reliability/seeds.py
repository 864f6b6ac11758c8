"""The real workbooks the package fuzzer mutates, each with a rule that fits its first sheet.

Built here rather than shipped, so that they come from the same writers users' files come
from: openpyxl (a chart, a comment, data validation, a defined name, a hand-made rule, an
Excel table, merged cells, a hyperlink) and, when LibreOffice is installed, LibreOffice itself
(its own XML, x14 data bars and icon sets, an image and a pivot table with its cache, and an
.xlsm carrying a VBA project part). Each seed is applied once unmutated before fuzzing starts,
so a case that fails is the mutation's doing.
"""

from __future__ import annotations

import base64
import io
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table as ExcelTable

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.xlsx_patch import patch_workbook
from cf_excel.reliability.libreoffice import SOFFICE, convert


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes  # the workbook package
    suffix: str  # ".xlsx" or ".xlsm"
    rule: str  # a rule that fits the first sheet's table


def build_seeds(libreoffice: bool = True) -> list[Seed]:
    """Every seed; the LibreOffice-built ones only with `libreoffice` and soffice installed."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seeds = [
            Seed(
                "openpyxl-rich",
                rich_workbook(folder / "rich.xlsx").read_bytes(),
                ".xlsx",
                "GreaterThan(c[1], 100)",
            ),
            Seed(
                "openpyxl-table",
                table_workbook(folder / "table.xlsx").read_bytes(),
                ".xlsx",
                "TextContains(c[1], 'North')",
            ),
        ]
        if libreoffice and SOFFICE is not None:
            seeds += libreoffice_seeds(folder)
        return seeds


def libreoffice_seeds(folder: Path) -> list[Seed]:
    """The rich workbook with a data bar and an icon set, re-saved by LibreOffice (x14 rules);
    the same with a VBA project as an .xlsm; an image and a pivot table LibreOffice built."""
    rich = rich_workbook(folder / "bars-in.xlsx")
    visual = [
        ("Data", ExcelRule("dataBar", "B2:B4"), CellFormat()),
        ("Data", ExcelRule("iconSet", "B2:B4"), CellFormat()),
    ]
    patch_workbook(rich, folder / "bars.xlsx", visual)
    report = report_fods(folder / "report.fods")
    for source, kind, into in ((folder / "bars.xlsx", "ods", "ods"), (report, "xlsx", "lo")):
        (folder / into).mkdir(exist_ok=True)
        convert([source], kind, folder / into, folder / "profile")
    convert([folder / "ods" / "bars.ods"], "xlsx", folder / "lo", folder / "profile")
    bars = (folder / "lo" / "bars.xlsx").read_bytes()
    return [
        Seed("libreoffice-x14", bars, ".xlsx", "GreaterThan(c[1], 100)"),
        Seed("libreoffice-vba", with_vba_project(bars), ".xlsm", "LessThan(c[1], 200)"),
        Seed(
            "libreoffice-pivot",
            (folder / "lo" / "report.xlsx").read_bytes(),
            ".xlsx",
            "GreaterThan(c[2], 15)",
        ),
    ]


def rich_workbook(path: Path) -> Path:
    """A chart, a comment, data validation, a defined name, frozen panes, an existing rule, a
    second sheet: what openpyxl's own round trip would partly drop (tests use it too)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Data"
    for row in (["Item", "Qty"], ["Pen", 30], ["Ink", 120], ["Pad", 300]):
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    sheet.add_chart(chart, "D2")
    sheet["A2"].comment = Comment("checked", "Ann")
    validation = DataValidation(type="whole", operator="greaterThan", formula1="0")
    validation.add("B2:B4")
    sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    green = PatternFill(fill_type="solid", bgColor="FF00FF00")
    sheet.conditional_formatting.add(
        "A2:A4", CellIsRule(operator="equal", formula=['"Ink"'], fill=green)
    )
    workbook.defined_names["Quantities"] = DefinedName("Quantities", attr_text="Data!$B$2:$B$4")
    workbook.create_sheet("Notes")["A1"] = "keep me"
    workbook.save(path)
    return path


def table_workbook(path: Path) -> Path:
    """An Excel table (its own part), a merged title, a hyperlink and shared strings."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Orders"
    sheet["A1"] = "Orders this week"
    sheet.merge_cells("A1:C1")
    rows = [["Id", "Region", "Amount"], [1, "North", 80], [2, "South", 120], [3, "North", 45]]
    for row in rows:
        sheet.append(row)
    sheet.add_table(ExcelTable(displayName="Orders", ref="A2:C5"))
    sheet["E2"].hyperlink = "https://example.com/orders"
    workbook.save(path)
    return path


def with_vba_project(package: bytes) -> bytes:
    """The package as an .xlsm: the macro-enabled content type, a VBA project part (opaque
    bytes: cf-excel never reads or runs it) and its relationship."""
    macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    relation = (
        '<Relationship Id="rIdVba" Target="vbaProject.bin" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/>'
    )
    bin_type = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'

    def types(xml: str) -> str:
        main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        return xml.replace(main, macro).replace("</Types>", bin_type + "</Types>")

    edits: dict[str, Callable[[str], str]] = {
        "[Content_Types].xml": types,
        "xl/_rels/workbook.xml.rels": lambda xml: xml.replace(
            "</Relationships>", relation + "</Relationships>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            new.writestr(info, data)
        new.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    return buffer.getvalue()


def tiny_png() -> bytes:
    """A 2×2 red PNG, built by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2)))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def report_fods(path: Path) -> Path:
    """A flat ODS document from which LibreOffice builds an .xlsx with an image and a pivot
    table (with its cache) over a Region/Rep/Sales table."""

    def cell(value: object) -> str:
        kind = "float" if isinstance(value, int) else "string"
        number = f' office:value="{value}"' if isinstance(value, int) else ""
        return (
            f'<table:table-cell office:value-type="{kind}"{number}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )

    rows = [
        ("Region", "Rep", "Sales"),
        ("North", "Ann", 10),
        ("North", "Bob", 20),
        ("South", "Cy", 30),
        ("South", "Di", 40),
    ]
    body = "".join(f"<table:table-row>{''.join(map(cell, row))}</table:table-row>" for row in rows)
    image = base64.b64encode(tiny_png()).decode()
    path.write_text(REPORT_FODS.format(image=image, rows=body), encoding="utf-8")
    return path


REPORT_FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>
<table:table table:name="Data"><table:shapes><draw:frame draw:name="Logo" svg:width="1cm"
 svg:height="1cm" svg:x="6cm" svg:y="0.5cm"><draw:image><office:binary-data>{image}
</office:binary-data></draw:image></draw:frame></table:shapes>
<table:table-column table:number-columns-repeated="3"/>{rows}</table:table>
<table:table table:name="Pivot"><table:table-column/><table:table-row><table:table-cell/>
</table:table-row></table:table>
<table:data-pilot-tables><table:data-pilot-table table:name="DataPilot1"
 table:target-range-address="Pivot.A1:Pivot.B5">
<table:source-cell-range table:cell-range-address="Data.A1:Data.C5"/>
<table:data-pilot-field table:source-field-name="Region" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="Sales" table:orientation="data"
 table:function="sum"/></table:data-pilot-table></table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>"""
