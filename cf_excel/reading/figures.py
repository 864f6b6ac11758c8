"""Where a figure fits: what the values in the sheet say about a request that names no
column, the way a reader of the sheet would take it.

- A figure compared with no column named ("orders of 500+ pieces", "youth applications
  asking for more than $20k", "bookings longer than the stay limit in S5"): testing every
  number column cell by cell is right for a series (Jan … Dec, Wk 44 … Wk 48) or a block of
  like columns (four meters' kWh), where "any reading over 900" means each cell. Over unlike
  columns (Qty, Quote, Invoiced) it is nonsense: the request means one of them, and the
  figure says which. 500 pieces is a quantity, not an invoice of $4,380; "$20k" is money. Of
  columns the figure fits alike, the first is the one a row is about (Price before Cost, Amt
  Req before Amt Awarded).
- A rank with no column named ("the 3 longest cleans", "top 3 $/t"): the column its words
  give a kind or a unit.
- A blank in "any of" several where the column first read has none: the block that has some.
- A figure no single cell can pass or fail ("more than 45 hours that week" over days of at
  most 12): the row's total.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence

from cf_excel.excel.colours import word_set
from cf_excel.reading.beside import cell_value, is_number
from cf_excel.reading.conditions import NUMERIC_TYPES, Context, series_in
from cf_excel.reading.cues import Cue
from cf_excel.reading.places import placed_in
from cf_excel.reading.spans import BRACKETS
from cf_excel.reading.units import said_money, scaled, unit_words
from cf_excel.reading.words import Number
from cf_excel.sheets.table import CellValue, Table

# Columns that sum up, bound or compare the others: no member of the block they sit beside
# ("any channel over 5k" is not the Total, "any week under 20" not the Limit).
SUMMING = re.compile(
    r"\b(?:total|totals|budget|limit|target|tgt|avg|average|mean|min|max|ly|prev|sum)\b",
    re.IGNORECASE,
)
UNIT_MARK = re.compile(r"[$€£][^\s)]+|[^\s(]+/[^\s)]+")  # "$/t", "£/m", "kg/L"
LIKE_SCALE = 10.0  # like columns hold figures within this factor of each other
SERIES_SIZE = 3  # the fewest columns a series or a block of like columns has
COMPARED = {">": float.__gt__, ">=": float.__ge__, "<": float.__lt__, "<=": float.__le__}


def unnamed(
    context: Context, cue: Cue, columns: list[int], kinds: tuple[str, ...] = NUMERIC_TYPES
) -> bool:
    """Whether `columns` are the columns of `kinds` the request left open: several, none
    named, none placed ("in the money columns"), no block counted ("all five judges")."""
    numeric = [c for c in context.table.selection if context.kind(c) in kinds]
    named = {m.column for m in context.mentions}
    return (
        len(columns) > 1
        and columns == numeric
        and not named & set(columns)
        and not placed_in(context, cue)
        and not context.counted_block()
    )


def figure_columns(
    context: Context, cue: Cue, number: Number, columns: list[int], fitting: list[int]
) -> list[int]:
    """The columns an unnamed figure tests: a series or like block among `columns` (those of
    the figure's unit, `fitting`, when it has one), else the one column the figure fits."""
    held = [c for c in columns if c in fitting] or columns
    if number.percent:  # "headshot % below 40%": the percent columns
        held = [c for c in held if percentish(context, c)] or held
    return block_among(context, held) or [best_fit(context, cue, number, held)]


def limit_columns(
    context: Context, cue: Cue, limit: tuple[str, int], columns: list[int]
) -> list[int]:
    """The columns tested against a number in a cell beside the table ("bookings longer than
    the long stay limit" in S5): where the request names none, those its value fits."""
    value = figure(cell_value(context.table, limit[0]))
    if value is None or not unnamed(context, cue, columns):
        return columns
    return figure_columns(context, cue, Number(value, limit[1], limit[1], False), columns, [])


def ranked_figure(context: Context, columns: list[int]) -> list[int]:
    """The columns an unnamed rank orders: a series or like block among `columns`, else the
    first of those the request gives a kind ("the 3 longest cleans" are minutes, "3 most
    valuable boats" money) or a unit ("top 3 $/t" is Price $/t), else all of them."""
    block = block_among(context, columns)
    if block:
        return block
    words = {t.low for t in context.tokens}
    picked = columns
    for kind_words, fits in RANK_KINDS:
        if words & kind_words:
            picked = [c for c in picked if fits(context, c)] or picked
    header = context.table.header
    marked = [
        c for c in picked if any(mark in context.text for mark in UNIT_MARK.findall(header[c]))
    ]
    picked = marked or [c for c in picked if words & unit_words(header[c])] or picked
    return picked[:1] if picked != columns else columns


def blanks_where(context: Context, cue: Cue, columns: list[int]) -> list[int]:
    """Where a blank is looked for: `columns`, unless the request asks after any of several
    ("any of the meters", "a score from any judge") and none of `columns` has a blank while
    the table's block of like number columns has some."""
    table = context.table
    words = [t.low for t in context.tokens]
    any_of = "any" in words or " one of " in f" {' '.join(words)} "
    if cue.kind != "blank" or not any_of:
        return columns
    if has_blank(table, columns):
        return columns
    numeric = [c for c in table.selection if context.kind(c) in NUMERIC_TYPES]
    block = block_among(context, numeric, [BRACKETS.sub("", h).strip() for h in table.header])
    return block if has_blank(table, block) else columns


def has_blank(table: Table, columns: list[int]) -> bool:
    return any(row[c] is None for row in table.rows for c in columns)


def block_among(
    context: Context, columns: list[int], headers: Sequence[str] | None = None
) -> list[int]:
    """The longest series among `columns` (Jan … Dec, Wk 44 … Wk 48; of `headers` where given,
    as "J1", "J2" for "J1 (Ana)", "J2 (Bo)"), else the like block they form without a column
    that sums them up; empty where they are unlike."""
    headers = headers or context.table.header
    series = [g for g in series_in(headers, set(columns)) if len(g) >= SERIES_SIZE]
    if series:
        return max(series, key=len)
    kept = [c for c in columns if not SUMMING.search(context.table.header[c])]
    return kept if len(kept) >= SERIES_SIZE and like(context, kept) else []


def holds_money(context: Context, column: int) -> bool:
    """A currency column, or a number column with a currency sign in its header (Value $)."""
    kind, header = context.kind(column), context.table.header[column]
    return kind == "currency" or (kind == "number" and any(m in header for m in "$€£"))


def holds_length_of_time(context: Context, column: int) -> bool:
    return bool(unit_words(context.table.header[column]) & TIME_UNITS)


RANK_KINDS = (  # the kind of figure a rank word orders
    (word_set("priciest cheapest expensive valuable costliest dearest pricey"), holds_money),
    (word_set("longest shortest quickest slowest"), holds_length_of_time),
)
TIME_UNITS = word_set("min mins minutes h hr hrs hours days duration time")


def percentish(context: Context, column: int) -> bool:
    return context.kind(column) == "percent" or "%" in context.table.header[column]


def numbers_of(context: Context, column: int) -> list[float]:
    return [f for v in context.table.column_values(column) if (f := figure(v)) is not None]


def typical(values: list[float]) -> float:
    return statistics.median(abs(v) for v in values) if values else 0.0


def like(context: Context, columns: list[int]) -> bool:
    """One kind of figure in every column: the same type and unit and sizes within
    `LIKE_SCALE` of each other (kWh of four meters; not Qty beside Quote)."""
    units = {(context.kind(c), unit_of(context.table.header[c])) for c in columns}
    sizes = [typical(numbers_of(context, c)) for c in columns]
    return len(units) == 1 and min(sizes) > 0 and max(sizes) <= LIKE_SCALE * min(sizes)


def unit_of(header: str) -> str:
    bracket = BRACKETS.search(header)
    return (bracket[1] if bracket else "") + "".join(ch for ch in header if ch in "%$£€")


def best_fit(context: Context, cue: Cue, number: Number, columns: list[int]) -> int:
    """The column whose figures the number divides, of a size like the number's; the first of
    those that fit alike."""
    return max(columns, key=lambda c: (round(fit(context, cue, number, c), 1), -c))


def fit(context: Context, cue: Cue, number: Number, column: int) -> float:
    """How well `number` reads as a figure of `column`: 1 where some cells pass the test and
    some fail it, less the orders of magnitude between it and the column's typical figure
    beyond half of one, more where the number is said as money and the column holds money (or
    counts things and the column holds no money)."""
    values = numbers_of(context, column)
    if not values:
        return -math.inf
    value = float(scaled(context, column, number))
    test = COMPARED.get(cue.op, float.__gt__)
    passing = sum(test(v, value) for v in values)
    divides = 0 < passing < len(values)
    size = typical(values)
    apart = abs(math.log10(max(abs(value), 1e-9)) - math.log10(size)) if size else 3.0
    money = holds_money(context, column)
    kind_said = money if said_money(context, number) else not money and counted(context, number)
    return float(divides) - 0.5 * max(apart - 0.5, 0.0) + 0.5 * kind_said


def counted(context: Context, number: Number) -> bool:
    """ "500+ pieces", "30 people": the number counts things (no money)."""
    tokens = context.tokens
    after = number.last + 1
    if after < len(tokens) and tokens[after].low == "+":
        after += 1
    word = tokens[after].low if after < len(tokens) else ""
    return word.isalpha() and len(word) > 2 and word not in NOT_COUNTED


NOT_COUNTED = word_set("and the for per that than this with from each every or more less")


def only_in_total(context: Context, cue: Cue, number: Number, columns: list[int]) -> bool:
    """Whether the figure's test says nothing of any one cell of the block `columns` but does
    of the rows' totals (see `tells_only_totals`)."""
    if len(columns) < 2 or any(context.kind(c) not in NUMERIC_TYPES for c in columns):
        return False
    value = float(scaled(context, columns[0], number))
    return tells_only_totals(context, columns, cue.op, value)


def tells_only_totals(context: Context, columns: list[int], op: str, value: float) -> bool:
    """Whether every cell of `columns` passes the test `op value` or none does, while some
    rows' totals pass and some fail: "more than 45 hours that week" over days of at most 12
    hours, "fewer than 12 scoops over the whole week" where no day has 12, are said of the
    week, as a reader of the sheet would take them."""
    test = COMPARED.get(op)
    if test is None:
        return False
    cells = [v for c in columns for v in numbers_of(context, c)]
    passing_cells = sum(test(v, value) for v in cells)
    if 0 < passing_cells < len(cells):
        return False
    totals = [sum((v for v in row if v is not None), 0.0) for row in number_rows(context, columns)]
    passing = sum(test(t, value) for t in totals)
    return 0 < passing < len(totals)


def number_rows(context: Context, columns: list[int]) -> list[list[float | None]]:
    """Each row's figures in `columns`, None where a cell holds no number."""
    return [[figure(row[c]) for c in columns] for row in context.table.rows]


def figure(value: CellValue) -> float | None:
    """A cell's number; None for text, dates, blanks and TRUE/FALSE."""
    return float(value) if is_number(value) else None
