"""Single conditions on a random sheet's columns, each with the words that say it.

A `Leaf` is the building block of the synthetic rules (see rules.py): one rule node (a
comparison with a number or another column, text length, between, text match, rank, average,
duplicates/blanks/errors, date period or relative date) pointed at a column of the right type,
plus the phrasings (`forms`, `sentences`; templates in vocabulary.PHRASES) that copy its
literal. A maker returns None when the sheet has no column that fits.
"""

from __future__ import annotations

import itertools
import math
import random
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from cf_excel.rules import ast
from cf_excel.rules.executor import is_blank
from cf_excel.sheets.table import CellValue, ExcelError
from cf_excel.synthetic.phrasing import column_phrase, phrases, say_number, say_text, say_words
from cf_excel.synthetic.sheets import Sheet, column, numbers, pick, texts
from cf_excel.synthetic.vocabulary import NUMERIC, PHRASES, TEXTUAL, Kind


@dataclass(frozen=True)
class Leaf:
    """A condition with ways to say it: `forms` follow a singular subject, `sentences` are
    whole requests (see PHRASES)."""

    rule: ast.Rule
    column: int  # the column it reads (the Value column when the rule names none)
    forms: tuple[str, ...]
    sentences: tuple[str, ...] = ()
    said: str = ""  # the literal as the request says it


LeafMaker = Callable[[random.Random, Sheet], Leaf | None]
COMPARE_OPS: tuple[ast.CompareOp, ...] = (
    "GreaterThan", "LessThan", "GreaterThan", "LessThan", "GreaterThanEqual", "LessThanEqual",
    "Equals", "NotEquals",
)  # fmt: skip


def threshold(rng: random.Random, values: list[float], kind: Kind) -> float:
    """A round number from the middle of the column, as a person would pick it."""
    ordered = sorted(values)
    cut = len(ordered) // 5
    value = rng.choice(ordered[cut : len(ordered) - cut] or ordered)
    if kind == "percent":
        step = 5 if abs(value) >= 0.2 else 1
        return round(value * 100 / step) * step / 100
    if abs(value) < 10:
        return float(round(value, 1 if kind == "number" else 0))
    return float(round(value, rng.choice((0, 1)) - math.floor(math.log10(abs(value)))))


def compare_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or not (values := numbers(sheet, i)):
        return None
    kind = sheet.kinds[i]
    op = rng.choice(COMPARE_OPS if kind == "integer" else COMPARE_OPS[:6])
    value = rng.choice(values) if op in ("Equals", "NotEquals") else threshold(rng, values, kind)
    x = say_number(rng, value, kind)
    rule = ast.Comparison(op, ast.Number(value), column(sheet, i))
    return Leaf(rule, i, phrases(op, x=x), said=x)


def between_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or not (values := numbers(sheet, i)):
        return None
    kind = sheet.kinds[i]
    low, high = sorted((threshold(rng, values, kind), threshold(rng, values, kind)))
    if low == high:
        return None
    x, y = say_number(rng, low, kind), say_number(rng, high, kind)
    rule = ast.Between(ast.Number(low), ast.Number(high), column(sheet, i))
    return Leaf(rule, i, phrases("between", x=x, y=y))


def columns_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    """A column against another of the same kind and range in its row: `LessThan(c[2], c[1])`."""
    pairs = comparable_pairs(sheet, (*NUMERIC, "date"))
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    op = rng.choice(COMPARE_OPS[: 8 if sheet.kinds[a] == "integer" else 6])
    forms = phrases(op, x=column_phrase(rng, sheet, b))
    return Leaf(ast.Comparison(op, ast.Column(b), ast.Column(a)), a, forms)


def comparable_pairs(sheet: Sheet, kinds: tuple[Kind, ...]) -> list[tuple[int, int]]:
    """Two columns of one of `kinds` whose values overlap (Actual/Budget, Shipped/Promised)."""
    dates = [kind == "date" for kind in sheet.kinds]
    spreads = [sorted(numbers(sheet, i, dates[i])) for i in range(len(sheet.kinds))]
    return [
        (a, b)
        for a, b in itertools.permutations(range(len(sheet.kinds)), 2)
        if sheet.kinds[a] == sheet.kinds[b] in kinds
        and overlap(spreads[a], spreads[b])
        and overlap(spreads[b], spreads[a])
    ]


def overlap(ordered: list[float], other: list[float]) -> bool:
    """The median of `other` lies within the range of `ordered` (sorted)."""
    return bool(ordered and other) and ordered[0] <= statistics.median(other) <= ordered[-1]


def length_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    """The length of a text column's cells: `GreaterThan(LEN(c[0]), 6)`."""
    i = pick(rng, sheet, TEXTUAL)
    if i is None or not (lengths := sorted(len(t) for t in texts(sheet, i))):
        return None
    size = float(rng.choice(lengths[len(lengths) // 4 : len(lengths) * 3 // 4 + 1]))
    op = rng.choice((*COMPARE_OPS[:6], "Equals"))
    forms = phrases("length." + op, x=rng.choice((f"{size:g}", say_words(size) or f"{size:g}")))
    return Leaf(ast.Comparison(op, ast.Number(size), ast.Length(ast.Column(i))), i, forms)


def text_literal(rng: random.Random, op: ast.TextOp, value: str) -> str:
    """The cell itself for equals; a word or a few characters of it for the other text ops."""
    words = value.split()
    if op == "TextEquals" or len(value) <= 3:
        return value
    if len(words) > 1 and rng.random() < 0.6:
        return {"TextStartsWith": words[0], "TextEndsWith": words[-1]}.get(op, rng.choice(words))
    size = rng.randint(2 if op == "TextEndsWith" else 1, min(4, len(value) - 1))
    start = {"TextStartsWith": 0, "TextEndsWith": len(value) - size}.get(
        op, rng.randrange(len(value) - 2)
    )
    return value[start : start + max(size, 3 if op == "TextContains" else 1)].strip() or value


def text_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, TEXTUAL)
    if i is None or not (values := texts(sheet, i)):
        return None
    op = rng.choice(TEXT_OPS)
    value = text_literal(rng, op, rng.choice(values))
    q = say_text(rng, value)
    rule: ast.Rule = ast.TextMatch(op, value, column(sheet, i))
    if op == "TextEquals" and rng.random() < 0.25:  # the comparison spelling of the same rule
        rule = ast.Comparison("Equals", ast.Text(value), column(sheet, i))
    return Leaf(rule, i, phrases(op, q=q), phrases(op + ".say", q=q), said=q)


TEXT_OPS: tuple[ast.TextOp, ...] = (
    "TextEquals", "TextEquals", "TextContains", "TextContains", "TextStartsWith", "TextEndsWith",
)  # fmt: skip
RANK_OPS: tuple[ast.RankOp, ...] = ("Top", "Top", "Bottom", "Bottom", "TopPercent", "BottomPercent")


def rank_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or len(values := numbers(sheet, i)) < 4:
        return None
    op = rng.choice(RANK_OPS)
    percent, top = op.endswith("Percent"), op.startswith("Top")
    if percent:
        count = rng.choice((5, 10, 10, 20, 25, 50))
        k = rng.choice((f"{count}%", f"{count} percent"))
    else:
        count = rng.choice([k for k in (1, 2, 3, 3, 5, 5, 10) if k < len(values)])
        k = rng.choice((str(count), say_words(count) or str(count)))
    end = "top" if top else "bottom"
    forms: tuple[str, ...] = (f"is in the {end} {k}", f"rank(s) in the {end} {k}")
    if not percent and count > 1:
        forms += (f"is among the {k} {'highest' if top else 'lowest'}",)
    key = op if percent or count > 1 else op + "1"
    return Leaf(ast.Rank(op, float(count), column(sheet, i)), i, forms, phrases(key + ".say", k=k))


def average_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None:
        return None
    op: ast.AverageOp = rng.choice(("AboveAverage", "BelowAverage"))
    return Leaf(ast.Average(op, column(sheet, i)), i, PHRASES[op], PHRASES[op + ".say"])


def preset_leaf(rng: random.Random, sheet: Sheet, ops: tuple[ast.PresetOp, ...]) -> Leaf | None:
    """Duplicates/Unique on any column; Blanks and Errors (and their negations) where some are."""
    op = rng.choice(ops)
    checks: dict[str, Callable[[list[CellValue]], bool]] = {
        "Blank": lambda values: any(map(is_blank, values)),
        "Error": lambda values: any(isinstance(v, ExcelError) for v in values),
        "Duplicate": lambda values: (
            {1} < set(Counter(str(v) for v in values if v is not None).values())
        ),
    }  # repeated and single values alike, so that neither rule formats every cell
    wanted = checks.get(op.removeprefix("No").rstrip("s"), checks["Duplicate"])
    candidates = [1] if sheet.anonymous else range(len(sheet.kinds))
    found = [i for i in candidates if wanted(sheet.table.column_values(i))]
    if not found:
        return None
    i = rng.choice(found)
    return Leaf(ast.Preset(op, column(sheet, i)), i, PHRASES[op], PHRASES[op + ".say"])


duplicates_leaf = partial(preset_leaf, ops=("Duplicates", "Duplicates", "Unique"))
blanks_leaf = partial(preset_leaf, ops=("Blanks", "Blanks", "NoBlanks"))
errors_leaf = partial(preset_leaf, ops=("Errors", "NoErrors"))
DATE_OPS: tuple[ast.DateOp, ...] = (
    "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek", "ThisWeek", "NextWeek",
    "LastMonth", "ThisMonth", "NextMonth",
)  # fmt: skip


def date_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, ("date",))
    if i is None:
        return None
    op = rng.choice(DATE_OPS)
    p = rng.choice(PHRASES[op])
    forms = phrases("date", p=p) + (("is today's date",) if op == "Today" else ())
    return Leaf(ast.DatePeriod(op, column(sheet, i)), i, forms, phrases("date.say", p=p))


RELATIVE_DATE_OPS: tuple[ast.RelativeDateOp, ...] = (
    "BeforeToday", "BeforeToday", "BeforeToday", "AfterToday", "NextDays", "NextDays", "LastDays",
    "OlderThan", "OlderThan",
)  # fmt: skip
DAY_COUNTS = (3, 5, 7, 7, 10, 14, 14, 30, 30, 45, 60, 90)


def relative_date_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    """Dates against today: overdue, due in the next N days, older than N days."""
    i = pick(rng, sheet, ("date",))
    if i is None:
        return None
    op = rng.choice(RELATIVE_DATE_OPS)
    days = 0 if op in ("BeforeToday", "AfterToday") else rng.choice(DAY_COUNTS)
    d = rng.choice((str(days),) * 3 + ((say_words(days) or str(days)),))
    rule = ast.RelativeDate(op, float(days), column(sheet, i))
    return Leaf(rule, i, phrases(op, d=d), phrases(op + ".say", d=d), said=d)
