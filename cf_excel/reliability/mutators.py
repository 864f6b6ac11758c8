"""Mutations of a workbook package at the zip level: the damage a disk, a download or a careless
writer does to the container (`xml_mutators` damages the parts inside it).

Each mutator takes a random generator and the package's bytes and returns the mutated bytes
with a line saying what it did, so that a failing case can be rebuilt by hand. The parts are
read and written with the standard zipfile module; every mutator is deterministic given the
generator's state.
"""

from __future__ import annotations

import copy
import io
import random
import struct
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Entry = tuple[zipfile.ZipInfo, bytes]  # a part's zip entry and its unpacked bytes
# The parts a mutation aims at half the time: those cf-excel itself reads or patches.
KEY_PARTS = (
    "xl/worksheets/sheet1.xml",
    "xl/styles.xml",
    "xl/workbook.xml",
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "_rels/.rels",
    "xl/worksheets/_rels/sheet1.xml.rels",
)
XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class Mutation:
    data: bytes  # the mutated package
    detail: str  # what was done, in words


Mutator = Callable[[random.Random, bytes], Mutation]


def entries(package: bytes) -> list[Entry]:
    """Every entry of a (well-formed) package, in order, with its bytes."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def packed(items: Sequence[Entry], comment: bytes = b"") -> bytes:
    """A package of these entries, each with its own compression (duplicates allowed)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": on purpose
        with zipfile.ZipFile(buffer, "w") as archive:
            for info, data in items:
                archive.writestr(copy.copy(info), data)
            archive.comment = comment
    return buffer.getvalue()


def pick_part(rng: random.Random, items: Sequence[Entry], xml_only: bool = True) -> str:
    """A part's name: one cf-excel reads half the time, else any (XML) part."""
    names = [i.filename for i, _ in items if not xml_only or i.filename.endswith(XML_SUFFIXES)]
    key = [name for name in KEY_PARTS if name in names]
    return rng.choice(key if key and rng.random() < 0.5 else names)


def replaced(items: Sequence[Entry], name: str, data: bytes) -> list[Entry]:
    return [(info, data if info.filename == name else old) for info, old in items]


def part(items: Sequence[Entry], name: str) -> bytes:
    return next(data for info, data in items if info.filename == name)


def bit_flips(rng: random.Random, package: bytes) -> Mutation:
    """A few bits flipped anywhere: compressed data, headers or the central directory."""
    data = bytearray(package)
    flipped = []
    for _ in range(rng.choice((1, 1, 2, 4, 8))):
        at, bit = rng.randrange(len(data)), rng.randrange(8)
        data[at] ^= 1 << bit
        flipped.append(f"{at}:{bit}")
    return Mutation(bytes(data), f"flipped bits (byte:bit) {', '.join(flipped)}")


def structure_ranges(package: bytes) -> list[range]:
    """Byte ranges of the zip's own structures: local headers and the central directory."""
    ranges = []
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for info in archive.infolist():
            start = info.header_offset
            name_length, extra_length = struct.unpack("<HH", package[start + 26 : start + 30])
            ranges.append(range(start, start + 30 + name_length + extra_length))
    end = package.rfind(b"PK\x05\x06")
    directory = struct.unpack("<I", package[end + 16 : end + 20])[0]
    ranges.append(range(directory, len(package)))
    return ranges


def header_bytes(rng: random.Random, package: bytes) -> Mutation:
    """Bytes of a local header or the central directory set at random: sizes, offsets, names,
    flags, compression methods."""
    data = bytearray(package)
    ranges = structure_ranges(package)
    changed = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        at = rng.choice(rng.choice(ranges))
        data[at] = rng.randrange(256)
        changed.append(f"{at}={data[at]}")
    return Mutation(bytes(data), f"zip structure bytes set: {', '.join(changed)}")


def truncation(rng: random.Random, package: bytes) -> Mutation:
    """The file cut short: anywhere, or within its last bytes (a download that stopped)."""
    keep = len(package) - rng.randint(1, 64) if rng.random() < 0.4 else rng.randrange(len(package))
    return Mutation(package[:keep], f"truncated to {keep} of {len(package)} bytes")


def duplicate_entry(rng: random.Random, package: bytes) -> Mutation:
    """A part stored twice under one name, with the same or other bytes, next to the first or
    at the end: readers disagree on which one counts."""
    items = entries(package)
    index = rng.randrange(len(items))
    info, data = items[index]
    other = rng.choice([data, b"", rng.choice(items)[1], data[: len(data) // 2]])
    at = index + 1 if rng.random() < 0.5 else len(items)
    items.insert(at, (copy.copy(info), other))
    same = "same bytes" if other == data else f"{len(other)} other bytes"
    return Mutation(packed(items), f"{info.filename} stored twice ({same}), at entry {at}")


def reordered_entries(rng: random.Random, package: bytes) -> Mutation:
    """The same entries in another order (legal: a package is not ordered)."""
    items = entries(package)
    rng.shuffle(items)
    return Mutation(packed(items), "entries shuffled: " + ", ".join(i.filename for i, _ in items))


def missing_part(rng: random.Random, package: bytes) -> Mutation:
    """A part removed, its relationships and content type left pointing at it."""
    items = entries(package)
    name = pick_part(rng, items, xml_only=False)
    kept = [(info, data) for info, data in items if info.filename != name]
    return Mutation(packed(kept), f"removed {name}")


def recompressed(rng: random.Random, package: bytes) -> Mutation:
    """Every entry stored or deflated at random (legal: nothing should change but the zip)."""
    items = []
    for info, data in entries(package):
        info = copy.copy(info)
        info.compress_type = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
        items.append((info, data))
    stored = sum(info.compress_type == zipfile.ZIP_STORED for info, _ in items)
    return Mutation(packed(items), f"{stored} of {len(items)} entries stored, the rest deflated")


def odd_entries(rng: random.Random, package: bytes) -> Mutation:
    """An extra entry: a folder, a name that only differs in case, a macOS resource fork, an
    unsafe path, a non-ASCII name; or junk before the zip, or a long zip comment."""
    items = entries(package)
    kind = rng.choice(("folder", "case", "macos", "unsafe", "unicode", "prefix", "comment"))
    if kind == "prefix":  # a self-extractor's stub before the zip
        return Mutation(
            b"MZ" + bytes(rng.randrange(256) for _ in range(500)) + package,
            "500 junk bytes before the zip",
        )
    if kind == "comment":
        return Mutation(packed(items, b"x" * 65_000), "a 65,000-byte zip comment")
    name = {
        "folder": "xl/media/",
        "case": "XL/Workbook.xml",
        "macos": "__MACOSX/xl/._workbook.xml",
        "unsafe": rng.choice(("../evil.xml", "/etc/evil.xml", "xl\\evil.xml", "C:/evil.xml")),
        "unicode": "xl/données/événement.xml",
    }[kind]
    items.insert(rng.randrange(len(items) + 1), (zipfile.ZipInfo(name), b"<x/>"))
    return Mutation(packed(items), f"extra entry {name!r}")


ZIP_MUTATORS: dict[str, Mutator] = {
    "bit flips": bit_flips,
    "zip header bytes": header_bytes,
    "truncation": truncation,
    "duplicate entry": duplicate_entry,
    "reordered entries": reordered_entries,
    "missing part": missing_part,
    "recompressed": recompressed,
    "odd entries": odd_entries,
}
