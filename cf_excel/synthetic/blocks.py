"""Tables with a block of like columns (months, quarters, quizzes, years) and the rules users
ask over such a block: thresholds, top N, blanks, text among numbers, the largest per column or
per row, rises from the column before, rows with a gap — each a `Columns(c[i]:c[j], …)` rule,
so the block, not the whole table, is formatted."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from cf_excel.rules import ast
from cf_excel.sheets.table import CellValue
from cf_excel.sheets.values import numeric, table_from_grid
from cf_excel.synthetic.phrasing import finish, say_number
from cf_excel.synthetic.sheets import Sheet, letter, person
from cf_excel.synthetic.user_phrases import USER_PHRASES
from cf_excel.synthetic.user_rules import formula
from cf_excel.synthetic.vocabulary import Kind

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SERIES: tuple[tuple[str, tuple[str, ...]], ...] = (  # (how the block is named, its headers)
    ("months", tuple(MONTHS)),
    ("months", tuple(m[:3] for m in MONTHS)),
    ("quarters", ("Q1", "Q2", "Q3", "Q4")),
    ("quizzes", tuple(f"Quiz {i}" for i in range(1, 9))),
    ("tests", tuple(f"Test {i}" for i in range(1, 7))),
    ("weeks", tuple(f"Week {i}" for i in range(1, 11))),
    ("years", tuple(str(y) for y in range(2017, 2027))),
    ("rounds", tuple(f"Round {i}" for i in range(1, 7))),
    ("stores", tuple(f"Store {c}" for c in "ABCDEF")),
)
LABELS: tuple[tuple[str, str], ...] = (  # label column header, what fills it
    ("Product", "Widget/Gadget/Sprocket/Bracket/Valve/Gasket/Hinge/Spring/Flange/Bolt Kit"),
    ("Student", "person"), ("Name", "person"), ("Employee", "person"), ("Sales Rep", "person"),
    ("Region", "North/South/East/West/Central/Pacific/Atlantic/Midwest"),
    ("Store", "Downtown/Airport/Mall/Harbor/Uptown/Riverside/Station/Outlet"),
    ("Team", "Red/Blue/Green/Gold/Silver/Falcons/Tigers/Wolves"),
)  # fmt: skip
VALUES: tuple[tuple[Kind, float, float], ...] = (  # kind, low, high
    ("integer", 0, 100), ("integer", 20, 100), ("currency", 100, 9000), ("number", -500, 2000),
    ("percent", 0, 1), ("integer", 0, 40),
)  # fmt: skip
TEXT_ENTRIES = ("n/a", "TBD", "-", "absent", "N/A", "pending", "x", "none")


def block_sheet(rng: random.Random, today: dt.date) -> tuple[Sheet, int, int, str]:
    """A label column, a block of 3-7 like columns (first, last) and maybe a total after it;
    returns the sheet, the block's first and last column, and the block's family name."""
    family, names = rng.choice(SERIES)
    width = rng.randint(3, min(7, len(names)))
    start = rng.randrange(len(names) - width + 1)
    label, pool = rng.choice(LABELS)
    kind, low, high = rng.choice(VALUES)
    n = rng.randint(5, 18)
    labels = [
        person(rng, "full") if pool == "person" else rng.choice(pool.split("/")) for _ in range(n)
    ]
    block = [[block_value(rng, kind, low, high) for _ in range(width)] for _ in range(n)]
    damage_block(rng, block)
    header = [label, *names[start : start + width]]
    rows: list[list[object]] = [[lab, *values] for lab, values in zip(labels, block, strict=True)]
    kinds: list[Kind] = ["category", *([kind] * width)]
    if rng.random() < 0.35:  # a total or average column after the block
        header.append(rng.choice(("Total", "Average", "Sum", "YTD")))
        kinds.append(kind)
        for row in rows:
            row.append(round(sum(v for v in row[1:] if isinstance(v, int | float)), 2))
    grid: list[list[object]] = [list(header), *rows]
    sheet = Sheet(grid, tuple(kinds), table_from_grid(grid), today, False)
    return sheet, 1, width, family


def block_value(rng: random.Random, kind: Kind, low: float, high: float) -> object:
    value = low + (high - low) * rng.random()
    if kind == "percent":
        return f"{round(value * 100)}%"
    return round(value, 2) if kind in ("currency", "number") else round(value)


def damage_block(rng: random.Random, block: list[list[object]]) -> None:
    """Blanks (a third of the tables) and text among the numbers (a sixth)."""
    cells = [(r, c) for r in range(len(block)) for c in range(len(block[0]))]
    if rng.random() < 0.35:
        for r, c in rng.sample(cells, rng.randint(1, 4)):
            block[r][c] = None
    if rng.random() < 0.18:
        for r, c in rng.sample(cells, rng.randint(1, 3)):
            block[r][c] = rng.choice(TEXT_ENTRIES)


def block_phrase(rng: random.Random, sheet: Sheet, first: int, last: int, family: str) -> str:
    """How a request names the block: "Jan to Jun", "columns B:G", "the quiz scores"."""
    header, end = sheet.table.header, len(sheet.table.rows) + 1
    a, b = header[first], header[last]
    options = [
        f"{a} to {b}", f"{a}-{b}", f"{a} through {b}", f"columns {letter(first)} to {letter(last)}",
        f"columns {letter(first)}:{letter(last)}", f"{letter(first)}2:{letter(last)}{end}",
        f"the {family}", f"all the {family}", f"the {family} columns", f"each {family[:-1]}",
    ]  # fmt: skip
    if last == sheet.table.width - 1:
        options += ["the table", "the data", "the numbers"]
    return rng.choice(options)


@dataclass(frozen=True)
class Block:
    """A block of like columns on a sheet, first..last, with its numbers and cells."""

    sheet: Sheet
    first: int
    last: int
    values: list[float]
    cells: list[CellValue]

    @property
    def kind(self) -> Kind:
        return self.sheet.kinds[self.first]

    @property
    def letters(self) -> tuple[str, str]:
        return letter(self.first), letter(self.last)


Made = tuple[ast.Rule, str, dict[str, str]] | None


def block_rule(rng: random.Random, today: dt.date) -> tuple[Sheet, ast.Rule, str] | None:
    """A block table and one rule over its block, said in words."""
    sheet, first, last, family = block_sheet(rng, today)
    columns = range(first, last + 1)
    cells = [v for c in columns for v in sheet.table.column_values(c)]
    values = [n for v in cells if not isinstance(v, str) and (n := numeric(v)) is not None]
    if len(values) < 4:
        return None
    made = rng.choice(BLOCK_KINDS)(rng, Block(sheet, first, last, values, cells))
    if made is None:
        return None
    rule, key, slots = made
    slots["r"] = block_phrase(rng, sheet, first, last, family)
    return sheet, rule, finish(rng, sheet, rng.choice(USER_PHRASES[key]), **slots)


def scoped(block: Block, rule: ast.Rule, first: int | None = None) -> ast.Scoped:
    return ast.Scoped(block.first if first is None else first, block.last, rule)


COMPARISONS: tuple[tuple[ast.CompareOp, str], ...] = (
    ("LessThan", "lt"), ("GreaterThan", "gt"), ("GreaterThanEqual", "ge"),
    ("LessThanEqual", "le"), ("LessThan", "lt"), ("GreaterThan", "gt"),
)  # fmt: skip


def threshold_rule(rng: random.Random, block: Block) -> Made:
    """A round number from the middle of the block's values."""
    ordered = sorted(block.values)
    value = rng.choice(ordered[len(ordered) // 4 : len(ordered) * 3 // 4 + 1] or ordered)
    if block.kind == "percent":
        value = round(value, 2)
    else:
        value = float(round(value, -1 if abs(value) > 50 else 0))
    op, key = rng.choice(COMPARISONS)
    rule = scoped(block, ast.Comparison(op, ast.Number(value)))
    return rule, f"block.{key}", {"k": say_number(rng, value, block.kind)}


def negative_rule(rng: random.Random, block: Block) -> Made:
    if min(block.values) >= 0:
        return None
    return scoped(block, ast.Comparison("LessThan", ast.Number(0.0))), "block.negative", {}


def rank_rule(rng: random.Random, block: Block) -> Made:
    """Top/bottom N across the whole block (Excel ranks a multi-column range as one)."""
    op: ast.RankOp = rng.choice(("Top", "Bottom"))
    roll = rng.random()
    if roll < 0.25:
        return scoped(block, ast.Rank(op, 1.0)), f"block.{op.lower()}1", {}
    if roll < 0.35:
        share = rng.choice((10, 20, 25))
        rule = scoped(block, ast.Rank("TopPercent", float(share)))
        return rule, "block.toppct", {"k": f"{share}%"}
    k = rng.choice((3, 3, 5, 5, 10, 2, 4))
    return scoped(block, ast.Rank(op, float(k))), f"block.{op.lower()}", {"k": str(k)}


def preset_rule(rng: random.Random, block: Block) -> Made:
    blanks = any(v is None for v in block.cells)
    options: list[tuple[ast.PresetOp, str]] = [("Duplicates", "dup")]
    options += [("Blanks", "blank")] * (3 if blanks else 0)
    op, key = rng.choice(options)
    return scoped(block, ast.Preset(op)), f"block.{key}", {}


def average_rule(rng: random.Random, block: Block) -> Made:
    op: ast.AverageOp = rng.choice(("AboveAverage", "BelowAverage"))
    return scoped(block, ast.Average(op)), f"block.{'above' if op[0] == 'A' else 'below'}", {}


def type_rule(rng: random.Random, block: Block) -> Made:
    """Text among numbers ("n/a", "TBD"): `ISTEXT(B2)`, or the numbers: `ISNUMBER(B2)`."""
    if not any(isinstance(v, str) for v in block.cells):
        return None
    test, key = rng.choice((("ISTEXT", "text"), ("ISTEXT", "text"), ("ISNUMBER", "number")))
    return scoped(block, formula(f"{test}({block.letters[0]}2)")), f"block.{key}", {}


def extreme_rule(rng: random.Random, block: Block) -> Made:
    """The largest/smallest of each row of the block: `B2=MAX($B2:$G2)`. (Per column would need
    the table's last row, which the prompt does not show the model.)"""
    fn, (a, z) = rng.choice(("MAX", "MIN")), block.letters
    return scoped(block, formula(f"{a}2={fn}(${a}2:${z}2)")), f"block.row{fn.lower()}", {}


def step_rule(rng: random.Random, block: Block) -> Made:
    """Each cell against its left neighbour: `Columns(c[2]:c[6], C2>B2)`."""
    if block.last - block.first < 2:
        return None
    op, key = rng.choice(((">", "up"), ("<", "down")))
    text = f"{letter(block.first + 1)}2{op}{block.letters[0]}2"
    return scoped(block, formula(text), block.first + 1), f"block.{key}", {}


def gap_rule(rng: random.Random, block: Block) -> Made:
    """Whole rows with a blank anywhere in the block: `Rows(COUNTA($B2:$G2)<6)`."""
    if not any(v is None for v in block.cells):
        return None
    (a, z), width = block.letters, block.last - block.first + 1
    return ast.WholeRow(formula(f"COUNTA(${a}2:${z}2)<{width}")), "block.anyblank", {}


BLOCK_KINDS: tuple[Callable[[random.Random, Block], Made], ...] = (
    threshold_rule, threshold_rule, threshold_rule, negative_rule, rank_rule, rank_rule,
    preset_rule, preset_rule, average_rule, type_rule, extreme_rule, extreme_rule, step_rule,
    gap_rule,
)  # fmt: skip
