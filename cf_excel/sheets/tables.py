"""The tables on a sheet, and the A1 ranges a user gives.

A sheet may hold several tables: stacked (a title, a blank row, the next title and header),
side by side, or as Excel tables (ListObjects). They are found on the sheet's filled cells,
kept sparse, so time and memory follow the cells a sheet stores, never the size of a range
(A1:XFD1048576 is 17 billion cells):

1. Excel tables first, as their ranges say (clipped to their filled cells);
2. the other cells split, recursively, at blank rows and blank columns (an XY cut);
3. in each block, title rows above the header are dropped (rows filled less than half as much
   as the fullest one), and a header row below data rows starts another table;
4. a block is a table when it has a header row and data below it, and is more than a note
   (two columns, or two data rows).

The request picks among them by the headers (and the title above) it names (`pick_table`); with
none named, the first Excel table, else the largest table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.prompt import MENTION_WORD, stem
from cf_excel.sheets.table import Table

MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # Excel's sheet size
MAX_DEPTH = 12  # nested splits; real sheets need three or four
MAX_TABLES = 100  # tables listed per sheet (a picker's list; the request picks among them)
Key = tuple[int, int]  # (sheet row, sheet column), 1-based
Cells = Mapping[Key, object]  # the filled cells: (row, column) → stored value

CELL = r"\$?([A-Za-z]{1,3})\$?(\d{1,7})"
CELL_RANGE = re.compile(rf"^{CELL}(?::{CELL})?$")
COLUMNS = re.compile(r"^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$")
ROWS = re.compile(r"^\$?(\d{1,7}):\$?(\d{1,7})$")
# Text that stands for a missing number in a data row, not a header.
PLACEHOLDERS = {"", "-", "--", "—", "–", "?", "n/a", "na", "none", "null", "nil", "tbd", "x"}


class RangeError(ValueError):
    """A range that is not A1 syntax, or lies outside the sheet."""


@dataclass(frozen=True)
class Box:
    """A rectangle of the sheet, inclusive, 1-based."""

    top: int
    left: int
    bottom: int
    right: int

    @property
    def address(self) -> str:
        return f"{column_letter(self.left)}{self.top}:{column_letter(self.right)}{self.bottom}"

    @property
    def size(self) -> int:
        return (self.bottom - self.top + 1) * (self.right - self.left + 1)

    def holds(self, key: Key) -> bool:
        return self.top <= key[0] <= self.bottom and self.left <= key[1] <= self.right


@dataclass(frozen=True)
class FoundTable:
    """A table found on a sheet: where it is, its header row, whether Excel calls it one, and
    the title just above it ("Actual" over a copy of the "Budget" table's headers)."""

    box: Box
    header: tuple[str, ...]
    excel: bool = False
    title: str = ""

    @property
    def address(self) -> str:
        return self.box.address

    def as_json(self) -> dict[str, object]:
        return {"address": self.address, "header": list(self.header)}


def range_box(text: str) -> Box:
    """`A1:F40`, a cell, whole columns `A:I` or whole rows `3:40` as a box (whole columns run to
    the sheet's last row); RangeError when it is no such range or lies outside the sheet."""
    given = text.strip()
    if match := CELL_RANGE.match(given):
        first, second = match.groups()[:2], match.groups()[2:]
        rows = [int(first[1]), int(second[1] or first[1])]
        columns = [column_number(first[0]), column_number(second[0] or first[0])]
    elif match := COLUMNS.match(given):
        rows = [1, MAX_ROW]
        columns = [column_number(match.group(1)), column_number(match.group(2))]
    elif match := ROWS.match(given):
        rows = [int(match.group(1)), int(match.group(2))]
        columns = [1, MAX_COLUMN]
    else:
        raise RangeError(f"{text!r} is not a cell range like A1:F40 (or A:I for whole columns)")
    if min(rows) < 1 or max(rows) > MAX_ROW or max(columns) > MAX_COLUMN:
        raise RangeError(f"{text} lies outside the sheet (A1 to XFD1048576)")
    return Box(min(rows), min(columns), max(rows), max(columns))


def open_ended(box: Box) -> bool:
    """A range that runs to the sheet's last row or column (`A:I`, `A1:XFD1048576`) says which
    columns or rows, not where the table's header is."""
    return box.bottom == MAX_ROW or box.right == MAX_COLUMN


def filled_box(keys: Iterable[Key]) -> Box | None:
    """The smallest box around the cells (None when there are none)."""
    top = left = MAX_ROW + MAX_COLUMN
    bottom = right = 0
    for row, column in keys:
        top, bottom = min(top, row), max(bottom, row)
        left, right = min(left, column), max(right, column)
    return Box(top, left, bottom, right) if bottom else None


def clipped(box: Box, cells: Cells) -> Box | None:
    """The box shrunk to its filled cells: no blank rows or columns at its edges."""
    return filled_box(key for key in cells if box.holds(key))


def fitted(given: Box, cells: Cells, tables: Sequence[Box]) -> Box | None:
    """A range the user gave, shrunk to its filled cells but not past the tables it cuts
    through: a blank last cell of a table's column is a data cell, blank rows below the table
    are not."""
    box = clipped(given, cells)
    if box is None:
        return None
    for table in tables:
        if overlaps(table, box):
            box = Box(
                max(given.top, min(box.top, table.top)),
                max(given.left, min(box.left, table.left)),
                min(given.bottom, max(box.bottom, table.bottom)),
                min(given.right, max(box.right, table.right)),
            )
    return box


def overlaps(one: Box, other: Box) -> bool:
    return (
        one.top <= other.bottom
        and other.top <= one.bottom
        and one.left <= other.right
        and other.left <= one.right
    )


def table_boxes(cells: Cells, excel: Sequence[Box] = ()) -> list[tuple[Box, bool]]:
    """Every table's box on the sheet, Excel tables first, then the others top to bottom and
    left to right; each with whether it is an Excel table."""
    found = [(box, True) for box in excel[:MAX_TABLES]]
    rest = [key for key in cells if not any(box.holds(key) for box in excel)] if excel else [*cells]
    others = islice(blocks(rest, cells, MAX_DEPTH), MAX_TABLES - len(found))
    return found + [(box, False) for box in others]


def blocks(keys: list[Key], cells: Cells, depth: int) -> Iterator[Box]:
    """The tables among `keys`: split at blank rows, then blank columns, then title rows and
    header rows, until none is left (or `depth` splits deep)."""
    if not keys:
        return
    if depth > 0:
        for axis in (0, 1):
            groups = runs(keys, axis)
            if len(groups) > 1:
                for group in groups:
                    yield from blocks(group, cells, depth - 1)
                return
    box = filled_box(keys)
    assert box is not None
    by_row: dict[int, dict[int, object]] = {}
    for row, column in keys:
        by_row.setdefault(row, {})[column] = cells[row, column]
    header = header_row(by_row, box)
    split = next_table_row(by_row, box)
    if depth > 0 and (header > box.top or split):
        cut = header if header > box.top else split
        above = [] if header > box.top else [k for k in keys if k[0] < cut]
        yield from blocks(above, cells, depth - 1)
        yield from blocks([k for k in keys if k[0] >= cut], cells, depth - 1)
        return
    height, width = box.bottom - box.top + 1, box.right - box.left + 1
    if height >= 2 and (width >= 2 or height >= 3):
        yield box


def runs(keys: list[Key], axis: int) -> list[list[Key]]:
    """The cells grouped by runs of consecutive filled rows (axis 0) or columns (axis 1)."""
    lines = sorted({key[axis] for key in keys})
    group, groups = {}, 0
    for index, line in enumerate(lines):
        if index and line != lines[index - 1] + 1:
            groups += 1
        group[line] = groups
    split: list[list[Key]] = [[] for _ in range(groups + 1)]
    for key in keys:
        split[group[key[axis]]].append(key)
    return split


def header_row(by_row: Mapping[int, Mapping[int, object]], box: Box) -> int:
    """The header's row: the first filled like a header (at least half as full as the fullest
    row); the rows above it are titles. A merged title counts once (only its first cell is
    stored)."""
    widest = max(len(cells) for cells in by_row.values())
    for row in range(box.top, box.bottom + 1):
        count = len(by_row.get(row, {}))
        if count >= max(2, (widest + 1) // 2) or count == widest:
            return row
    return box.top


def next_table_row(by_row: Mapping[int, Mapping[int, object]], box: Box) -> int:
    """The first row of a second table stacked right below the first (its title, or its
    header: all distinct texts over a column whose cells above and below are numbers), or 0."""
    for row in range(box.top + 2, box.bottom):
        cells = by_row.get(row, {})
        texts = [v for v in cells.values() if isinstance(v, str)]
        if len(cells) < 2 or len(texts) < len(cells) or len(set(texts)) < len(texts):
            continue
        title = row - 1 >= box.top + 2 and is_title(by_row.get(row - 1, {}))
        above, below = by_row.get(row - 2 if title else row - 1, {}), by_row.get(row + 1, {})
        if any(
            is_number(above.get(column)) and is_number(below.get(column)) and is_label(value)
            for column, value in cells.items()
        ):
            return row - 1 if title else row
    return 0


def is_title(cells: Mapping[int, object]) -> bool:
    return len(cells) == 1 and all(isinstance(v, str) for v in cells.values())


def is_number(value: object) -> bool:
    return isinstance(value, int | float | dt.date) and not isinstance(value, bool)


def is_label(value: object) -> bool:
    """Text that names a column rather than stands for a missing or mistyped number."""
    if not isinstance(value, str) or value.strip().lower() in PLACEHOLDERS:
        return False
    try:
        float(value.replace(",", ""))
    except ValueError:
        return not value.startswith("#")
    return False


def title_above(cells: Cells, box: Box) -> str:
    """The text of a lone cell over the table's columns, one or two rows above its header."""
    for row in (box.top - 1, box.top - 2):
        found = [cells[row, c] for c in range(box.left, box.right + 1) if (row, c) in cells]
        if found:
            return found[0] if len(found) == 1 and isinstance(found[0], str) else ""
    return ""


def pick_table(tables: Sequence[FoundTable], text: str) -> FoundTable | None:
    """The table whose headers (and title) the request names best; with none named (or a tie),
    the first Excel table, else the largest, else the first."""
    if not tables:
        return None
    said = {stem(word) for word in MENTION_WORD.findall(text.lower())}

    def rank(index: int) -> tuple[float, int, int, int]:
        table = tables[index]
        fallback = (0, 0, index) if table.excel else (1, -table.box.size, index)
        named = header_score(said, table.header) + word_share(said, table.title)
        return (-named, *fallback)

    return tables[min(range(len(tables)), key=rank)]


def header_score(said: set[str], header: Sequence[str]) -> float:
    """The headers the request's (stemmed) words name, each by the share of its words used
    (as `prompt.mentioned_columns` counts a mention: half its words or more)."""
    score = 0.0
    for name in header:
        share = word_share(said, name)
        score += share if share >= 0.5 else 0.0
    return score


def word_share(said: set[str], name: str) -> float:
    """The share of a name's words (stemmed, two letters or more) that the request says."""
    words = {stem(w) for w in MENTION_WORD.findall(name.lower()) if len(w) > 1}
    return len(words & said) / len(words) if words else 0.0


def table_line(table: Table, sheet_name: str, shown: int = 4) -> str:
    """`table A12:D30 on Inventory (headers Supplier, Rating, Qty, Value, …)`: which table of a
    sheet a request was answered on."""
    names = ", ".join(table.header[:shown]) + (", …" if table.width > shown else "")
    return f"table {table.address} on {sheet_name} (headers {names})"
