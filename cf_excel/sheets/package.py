"""The workbook file as a zip package, checked before any parser reads it.

Every reader (`workbook.open_values`) and the patcher (`cf_excel.excel.xlsx_patch`) open the
file with `open_package`, which refuses, with a WorkbookPackageError that names the part and
what is wrong with it:

- a zip that does not open, an unsafe entry name, or two entries of one name (the Open
  Packaging Conventions, ECMA-376 Part 2, compare names without case, M1.12; readers would
  disagree on which entry counts);
- declared sizes past MAX_UNPACKED_BYTES, or past MAX_RATIO times their packed size (zip
  bombs: Python's zipfile never unpacks an entry past its declared size);
- with `verify`: a part that does not read back intact (damaged data, a wrong CRC); an XML part
  that is not well-formed, is encoded other than in UTF-8 or UTF-16 (M1.17), or declares a
  DTD (M1.18: entity bombs and external entities); and merged cells or hyperlinks over more
  than MAX_EXPANDED_CELLS cells, which openpyxl would create one by one before any check of
  ours could look at the sheet.
"""

from __future__ import annotations

import html
import posixpath
import re
import struct
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree
from xml.parsers import expat

from openpyxl.utils.cell import range_boundaries


class SheetError(ValueError):
    """A workbook, sheet or range that cannot be read as a table."""


class WorkbookPackageError(SheetError):
    """A workbook package that cannot be read or patched safely (nothing is written)."""


MAX_UNPACKED_BYTES = 1 << 30  # 1 GiB of declared content: far beyond any real workbook
MAX_RATIO = 200  # compressed → unpacked; XML compresses ~10-20×, bombs by thousands
# Merged or hyperlinked cells: openpyxl creates each (~10 µs, ~150 bytes), 5 s at most.
MAX_EXPANDED_CELLS = 500_000
XML_SUFFIXES = (".xml", ".rels")  # .vml drawings are often not well-formed XML: not checked
ENCODINGS = ("utf-8", "utf-16")  # the only ones a part may declare (M1.17)
# Everything a damaged entry can raise while zipfile reads it: a bad CRC or header, a broken
# deflate stream, an unknown compression method, an "encrypted" flag, a name that does not
# decode, a length that runs past the file.
DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    struct.error,
)
# What a damaged entry's error says → the words a user gets (zipfile's own text may quote
# kilobytes of binary header).
DAMAGE_WORDS = (
    ("differ", "its local header names another entry"),
    ("Bad CRC", "its checksum does not match its data"),
    ("decompressing", "its compressed data is corrupt"),
    ("magic number", "its header is corrupt"),
    ("encrypted", "it is encrypted"),
    ("compression method", "it uses an unknown compression method"),
    ("codec can't decode", "its name is not UTF-8"),
)
OFFICE_DOCUMENT = "/officeDocument"  # the package relationship (a type's end) to the workbook
DRIVE = re.compile(r"^[A-Za-z]:")  # C:/...: an absolute path on Windows
EXPANDED = re.compile(rb"<(?:[\w.-]+:)?(mergeCell|hyperlink)\b[^>]*?\sref\s*=\s*([\"'])(.*?)\2")
LAST_ROW, LAST_COLUMN = 1_048_576, 16_384


def open_package(path: Path, verify: bool = True) -> zipfile.ZipFile:
    """The zip, after checking entry names and declared sizes, and (`verify`) every part's
    data and XML; readers that read every part anyway (`read_part`) skip the verification."""
    try:
        package = zipfile.ZipFile(path)
    except DAMAGE as error:
        raise WorkbookPackageError(f"{path}: not a readable workbook package ({error})") from None
    try:
        check_entries(path, package.infolist())
        if verify:
            for info in package.infolist():
                check_part(path, info.filename, read_part(path, package, info))
            check_start(path, package)
    except WorkbookPackageError:
        package.close()
        raise
    return package


def check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Safe, unique entry names; declared sizes within the limits."""
    seen: set[str] = set()
    for info in infos:
        name = PurePosixPath(info.filename)
        if (
            name.is_absolute()
            or ".." in name.parts
            or "\\" in info.filename
            or DRIVE.match(info.filename)
            or not info.filename.isprintable()
        ):
            raise WorkbookPackageError(f"{path}: unsafe entry name {info.filename!r}")
        if info.filename.casefold() in seen:
            raise WorkbookPackageError(
                f"{path}: the package holds {info.filename} twice (names differ at most in "
                "case); readers would disagree on which one counts"
            )
        seen.add(info.filename.casefold())
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookPackageError(
            f"{path}: {unpacked:,} bytes unpacked, more than the {MAX_UNPACKED_BYTES:,} "
            "cf-excel handles"
        )
    if unpacked / packed > MAX_RATIO:
        raise WorkbookPackageError(
            f"{path}: declares {unpacked:,} bytes unpacked from {packed:,} (a zip bomb?)"
        )


def read_part(path: Path, package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part's bytes, its CRC checked; damage is refused with the part's name."""
    try:
        return package.read(info)
    except DAMAGE as error:
        words = next((w for clue, w in DAMAGE_WORDS if clue in str(error)), str(error)[:120])
        raise WorkbookPackageError(f"{path}: {info.filename} is damaged: {words}") from None


def check_start(path: Path, package: zipfile.ZipFile) -> None:
    """The package's own relationships name its workbook part, and the package holds it: the
    one way Excel and LibreOffice find the workbook (openpyxl would guess it from the content
    types, and the result would not open elsewhere)."""
    try:
        rels = ElementTree.fromstring(package.read("_rels/.rels"))
    except KeyError:
        raise WorkbookPackageError(
            f"{path}: _rels/.rels is missing: the package does not say where its workbook is"
        ) from None
    targets = [
        rel.get("Target", "")
        for rel in rels
        if rel.get("Type", "").endswith(OFFICE_DOCUMENT) and rel.get("TargetMode") != "External"
    ]
    if not targets:
        raise WorkbookPackageError(f"{path}: _rels/.rels names no workbook part")
    target = posixpath.normpath(targets[0].removeprefix("/"))
    if target not in package.namelist():
        raise WorkbookPackageError(
            f"{path}: _rels/.rels names the workbook part {target}, which the package lacks"
        )


def check_part(path: Path, name: str, data: bytes) -> None:
    """An XML part: well-formed, UTF-8 or UTF-16, no DTD, no huge merged or linked range."""
    if not name.lower().endswith(XML_SUFFIXES):
        return
    parser = expat.ParserCreate()

    def declaration(version: str, encoding: str | None, standalone: int) -> None:
        if not version.startswith("1."):
            raise WorkbookPackageError(f"{path}: {name} declares XML version '{shown(version)}'")
        if encoding is not None and encoding.lower() not in ENCODINGS:
            raise WorkbookPackageError(
                f"{path}: {name} is encoded in {shown(encoding)}; workbook parts are UTF-8 or "
                "UTF-16"
            )

    def doctype(*_: object) -> None:
        raise WorkbookPackageError(
            f"{path}: {name} declares a DTD, which workbook parts may not (entity expansion)"
        )

    parser.XmlDeclHandler = declaration
    parser.StartDoctypeDeclHandler = doctype
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise WorkbookPackageError(f"{path}: {name} is not well-formed XML ({error})") from None
    check_expanded(path, name, data)


def shown(value: str) -> str:
    """A value from the file, at most 40 characters of it: a message stays one short line."""
    return value if len(value) <= 40 else value[:40] + "…"


def check_expanded(path: Path, name: str, data: bytes) -> None:
    """Merged ranges and hyperlinks over ranges: openpyxl makes a cell object for each of
    their cells while loading, so a range the size of the sheet would never finish."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: search it as UTF-8
        data = data.decode("utf-16").encode("utf-8")
    found = [
        (m.group(1).decode(), html.unescape(m.group(3).decode("utf-8", "replace")))
        for m in EXPANDED.finditer(data)
    ]
    sizes = [(cells(ref), kind, ref) for kind, ref in found]
    total = sum(size for size, _, _ in sizes)
    if total > MAX_EXPANDED_CELLS:
        size, kind, ref = max(sizes)
        what = "merged cells" if kind == "mergeCell" else "a hyperlink"
        raise WorkbookPackageError(
            f"{path}: {name}: {what} over {shown(ref)} ({size:,} cells) and the like cover "
            f"{total:,} cells, more than the {MAX_EXPANDED_CELLS:,} cf-excel reads"
        )


def cells(ref: str) -> int:
    """How many cells a range covers (a whole column or row counts to the sheet's edge); 0
    for text that is no range (openpyxl refuses it, with its own message)."""
    return sum(range_cells(part) for part in ref.split())


def range_cells(ref: str) -> int:
    try:
        left, top, right, bottom = range_boundaries(ref.replace("$", ""))
    except (ValueError, TypeError):
        return 0
    rows = abs(int(bottom or LAST_ROW) - int(top or 1)) + 1
    return rows * (abs(int(right or LAST_COLUMN) - int(left or 1)) + 1)
