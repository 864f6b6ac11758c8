"""Random tables for differential testing: the cell kinds that trip spreadsheet engines up.

Each column has a kind (whole numbers drawn from a small pool, so that ties sit at top and
bottom cuts; decimals; percents in a `0%` format; text with wildcards, quotes and spaces;
numbers and dates stored as text; dates and date-times around today; times of day in an `h:mm`
format), and any cell may instead
be blank, an error, a boolean or a value of another kind. Tables sit anywhere near A1, not only
at A1, so that anchoring mistakes show up. Dates are drawn relative to `today`, the day the
renderer's TODAY() will return.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.table import ExcelError

Cell = float | str | bool | dt.date | dt.datetime | dt.time | ExcelError | None
Grid = tuple[tuple[Cell, ...], ...]  # header row first

HEADERS = ("Name", "Region", "Amount", "Due", "Score", "Rate", "Code", "Paid", "Note")
WORDS = ("apple", "Apple", "banana", "Cherry", "apple pie", "North", "north", "South", "east",
         "Done", "done ", "Blocked", "Acme Ltd", "ab", "abc", "a*b", "what?", "x~y", "O'Brien",
         'say "hi"', " padded ", " ", "TRUE", "n/a", "12abc")  # fmt: skip
NUMBER_TEXTS = ("12", "7", "120", " 130", "1,200", "$90", "75%", "0", "-5", "1e3", "3.50", "0.5")
ERRORS = (ExcelError("#N/A"), ExcelError("#DIV/0!"), ExcelError("#VALUE!"))
PERCENTS = (0.0, 0.05, 0.1, 0.25, 0.25, 0.5, 1 / 3, 0.75, 1.0, 1.2)
KINDS = ("whole", "whole", "decimal", "percent", "text", "text", "numbers as text", "date",
         "date", "date-time", "dates as text", "time")  # fmt: skip
NUMBER_FORMATS = {"percent": "0%", "time": "h:mm"}


@dataclass(frozen=True)
class TableSpec:
    """A table as written to a sheet: its grid, where it sits and each column's number format."""

    grid: Grid
    origin: tuple[int, int]  # 1-based sheet (row, column) of the header's first cell
    formats: tuple[str, ...]  # a number column's format ("0%"), else "General"

    @property
    def width(self) -> int:
        return len(self.grid[0])

    @property
    def height(self) -> int:
        """Data rows, the header left out."""
        return len(self.grid) - 1

    @property
    def address(self) -> str:
        top, left = self.origin
        right, bottom = column_letter(left + self.width - 1), top + self.height
        return f"{column_letter(left)}{top}:{right}{bottom}"

    def column(self, index: int) -> list[Cell]:
        return [row[index] for row in self.grid[1:]]


def random_table(rng: random.Random, today: dt.date) -> TableSpec:
    """One to five columns of one to nine data rows, at a random spot near A1."""
    width, height = rng.randint(1, 5), rng.randint(1, 9)
    kinds = [rng.choice(KINDS) for _ in range(width)]
    columns = [column_cells(rng, kind, height, today) for kind in kinds]
    header = tuple(rng.sample(HEADERS, width))
    grid = (header, *zip(*columns, strict=True))
    origin = (1, 1) if rng.random() < 0.3 else (rng.randint(1, 6), rng.randint(1, 4))
    formats = tuple(NUMBER_FORMATS.get(kind, "General") for kind in kinds)
    return with_data(TableSpec(grid, origin, formats))


def column_cells(rng: random.Random, kind: str, height: int, today: dt.date) -> list[Cell]:
    """A column of `kind`, each cell possibly swapped for a blank, error, boolean or stranger."""
    draw = drawer(rng, kind, today)
    cells: list[Cell] = []
    for _ in range(height):
        roll = rng.random()
        if roll < 0.1:
            cells.append(None)
        elif roll < 0.14:
            cells.append(rng.choice(ERRORS))
        elif roll < 0.18:
            cells.append(rng.random() < 0.5)
        elif roll < 0.26:
            cells.append(drawer(rng, rng.choice(KINDS), today)())
        else:
            cells.append(draw())
    return cells


def drawer(rng: random.Random, kind: str, today: dt.date) -> Callable[[], Cell]:
    """A function drawing one value of `kind`; whole numbers come from a pool of 2-5 values."""
    pool = [float(rng.randint(-20, 200)) for _ in range(rng.randint(2, 5))]

    def day() -> dt.date:
        return today + dt.timedelta(days=rng.choice([rng.randint(-10, 10), rng.randint(-45, 45)]))

    draws: dict[str, Callable[[], Cell]] = {
        "whole": lambda: rng.choice(pool),
        "decimal": lambda: rng.choice([round(rng.uniform(-10, 100), 2), 0.3, 2.675, 0.1 + 0.2]),
        "percent": lambda: rng.choice(PERCENTS),
        "text": lambda: rng.choice(WORDS),
        "numbers as text": lambda: rng.choice(NUMBER_TEXTS),
        "date": day,
        "date-time": lambda: dt.datetime.combine(day(), dt.time(rng.choice([0, 9, 18]), 30)),
        "dates as text": lambda: day().isoformat(),
        "time": lambda: dt.time(rng.choice([0, 7, 9, 12, 17, 23]), rng.choice([0, 15, 30, 59])),
    }
    return draws[kind]


def with_data(spec: TableSpec) -> TableSpec:
    """The table, with a number in its first cell when every data cell is blank (or only
    spaces): a table with a header only is no table to the reader."""
    if any(cell is not None and str(cell).strip() for row in spec.grid[1:] for cell in row):
        return spec
    first = (1.0, *spec.grid[1][1:])
    return replace(spec, grid=(spec.grid[0], first, *spec.grid[2:]))


def number_format(value: Cell, column_format: str) -> str | None:
    """The format a cell is written with: dates as dates, numbers in their column's format."""
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, dt.time):
        return "h:mm"
    if isinstance(value, float) and column_format != "General":
        return column_format
    return None


def cell_json(value: Cell) -> object:
    """A cell for the JSON report: dates and errors tagged, so that text never reads as one."""
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat(sep=" ")}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    if isinstance(value, ExcelError):
        return {"error": value.code}
    return value
