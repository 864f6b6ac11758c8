"""Random rules of the CF rule language for a given table: every rule type, nested
AND/OR/NOT (a visual rule among them now and then), whole rows, column spans and raw formulas
(`random_formulas.py`).

Thresholds and texts are drawn from the table's own cells most of the time, so that equality
and tie edges are hit rather than missed; a condition without a column (the selection) and
conditions on other cells of the row are drawn too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import get_args

from cf_excel.reliability.random_formulas import random_formula
from cf_excel.reliability.random_tables import TableSpec
from cf_excel.rules import ast
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.table import CellValue
from cf_excel.sheets.values import display_text, numeric, time_serial

Leaf = Callable[[random.Random, TableSpec], ast.Rule]


def random_rule(rng: random.Random, table: TableSpec) -> ast.Rule:
    """A rule as a user or the model might write it: a fifth of them format whole rows, one in
    eight a span of columns."""
    roll = rng.random()
    if roll < 0.2:
        return ast.WholeRow(random_condition(rng, table, depth=2))
    if roll < 0.32:
        first = rng.randrange(table.width)
        last = rng.randrange(first, table.width)
        return ast.Scoped(first, last, random_condition(rng, table, depth=2))
    return random_condition(rng, table, depth=2)


def random_condition(rng: random.Random, table: TableSpec, depth: int) -> ast.Rule:
    """A leaf condition, a formula, or (while `depth` lasts) AND/OR/NOT of smaller ones."""
    roll = rng.random()
    if depth > 0 and roll < 0.3:
        return combination(rng, table, depth - 1)
    if roll < 0.45:
        return ast.Formula(random_formula(rng, table))
    leaves, weights = zip(*LEAVES, strict=True)
    leaf: Leaf = rng.choices(leaves, weights)[0]
    return leaf(rng, table)


def combination(rng: random.Random, table: TableSpec, depth: int) -> ast.Rule:
    """NOT of a condition, or AND/OR of none to three (and now and then a visual rule)."""
    roll = rng.random()
    if roll < 0.3:
        return ast.Not(random_condition(rng, table, depth))
    count = 0 if rng.random() < 0.03 else rng.randint(1, 3)  # AND() is a rule too
    inner_rules = tuple(random_condition(rng, table, depth) for _ in range(count))
    if inner_rules and rng.random() < 0.1:  # a visual rule inside a combination is a test
        inner_rules += (ast.Visual(rng.choice(get_args(ast.VisualOp)), column(rng, table)),)
    return ast.And(inner_rules) if roll < 0.65 else ast.Or(inner_rules)


def column(rng: random.Random, table: TableSpec) -> ast.Column | None:
    """A column of the table, or now and then None: the selection."""
    return None if rng.random() < 0.15 else ast.Column(rng.randrange(table.width))


def cells_of(table: TableSpec, index: ast.Column | None) -> list[CellValue]:
    """A column's cells (every cell for the selection), times as the fractions Excel stores."""
    cells = (
        [cell for row in table.grid[1:] for cell in row]
        if index is None
        else table.column(index.index)
    )
    return [time_serial(cell) if isinstance(cell, dt.time) else cell for cell in cells]


def number_near(rng: random.Random, cells: list[CellValue]) -> float:
    """A cell's number (a tie edge), one next to it, or a small number."""
    numbers = [n for cell in cells if (n := numeric(cell)) is not None]
    if numbers and rng.random() < 0.8:
        return float(int(rng.choice(numbers))) + rng.choice([0.0, 0.0, 1.0, -1.0, 0.5])
    return float(rng.randint(-5, 150))


def text_near(rng: random.Random, cells: list[CellValue]) -> str:
    """A cell's shown text, re-cased or cut down, or a word no cell holds."""
    texts = [display_text(c) for c in cells if c is not None]
    if not texts or rng.random() < 0.15:
        return rng.choice(["zzz", "a", "?", "*", "~", "e"])
    text = rng.choice(texts)
    start = rng.randint(0, max(len(text) - 1, 0))
    cut = text[start : start + rng.randint(1, 4)] if rng.random() < 0.5 else text
    return rng.choice([cut, cut.upper(), cut.lower()])


def operand(rng: random.Random, table: TableSpec, cells: list[CellValue]) -> ast.Operand:
    """What a comparison compares with: a number, a text, another column, its length, a cell."""
    roll = rng.random()
    if roll < 0.45:
        return ast.Number(number_near(rng, cells))
    if roll < 0.7:
        return ast.Text(text_near(rng, cells))
    if roll < 0.82:
        return ast.Column(rng.randrange(table.width))
    if roll < 0.87:
        return ast.Length(ast.Column(rng.randrange(table.width)))
    return ast.CellRef(cell_ref(rng, table))


def cell_ref(rng: random.Random, table: TableSpec) -> str:
    """A cell of the table (the header row included) or just outside it, often absolute."""
    row = table.origin[0] + rng.randint(0, table.height + 1)
    col = column_letter(table.origin[1] + rng.randrange(table.width))
    return rng.choice([f"${col}${row}", f"${col}${row}", f"{col}{row}"])


def comparison(rng: random.Random, table: TableSpec) -> ast.Rule:
    subject = column(rng, table)
    value = operand(rng, table, cells_of(table, subject))
    if subject is not None and rng.random() < 0.1:
        value = ast.Number(float(rng.randint(0, 8)))
        return ast.Comparison(rng.choice(get_args(ast.CompareOp)), value, ast.Length(subject))
    return ast.Comparison(rng.choice(get_args(ast.CompareOp)), value, subject)


def between(rng: random.Random, table: TableSpec) -> ast.Rule:
    subject = column(rng, table)
    cells = cells_of(table, subject)
    if rng.random() < 0.8:
        low, high = (ast.Number(number_near(rng, cells)) for _ in range(2))
        return ast.Between(low, high, subject)
    return ast.Between(ast.Text(text_near(rng, cells)), ast.Text(text_near(rng, cells)), subject)


def text_match(rng: random.Random, table: TableSpec) -> ast.Rule:
    subject = column(rng, table)
    op = rng.choice(get_args(ast.TextOp))
    return ast.TextMatch(op, text_near(rng, cells_of(table, subject)), subject)


def rank(rng: random.Random, table: TableSpec) -> ast.Rule:
    op = rng.choice(get_args(ast.RankOp))
    count = rng.choice([5, 10, 20, 25, 34, 50, 80]) if op.endswith("Percent") else rng.randint(1, 5)
    return ast.Rank(op, float(count), column(rng, table))


def relative_date(rng: random.Random, table: TableSpec) -> ast.Rule:
    op = rng.choice(get_args(ast.RelativeDateOp))
    days = 0.0 if op in ("BeforeToday", "AfterToday") else float(rng.choice([0, 1, 3, 7, 30]))
    return ast.RelativeDate(op, days, column(rng, table))


LEAVES: list[tuple[Leaf, float]] = [
    (comparison, 3.0),
    (between, 1.5),
    (text_match, 2.0),
    (rank, 1.5),
    (lambda rng, t: ast.Average(rng.choice(get_args(ast.AverageOp)), column(rng, t)), 1.0),
    (lambda rng, t: ast.Preset(rng.choice(get_args(ast.PresetOp)), column(rng, t)), 2.0),
    (lambda rng, t: ast.DatePeriod(rng.choice(get_args(ast.DateOp)), column(rng, t)), 1.5),
    (relative_date, 1.5),
]
