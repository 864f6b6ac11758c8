"""Typed AST of the CF rule language (grammar/cf_rule.lark).

Every node is a frozen dataclass, so rules compare by value: `parse_rule(format_rule(r)) == r`
is the round-trip property the tests check over every snippet. Aliases and case variants are
already folded into the canonical names below by the parser; numbers are floats (`75%` is 0.75).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CompareOp = Literal[
    "GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual", "Equals", "NotEquals"
]
TextOp = Literal["TextEquals", "TextContains", "TextStartsWith", "TextEndsWith"]
RankOp = Literal["Top", "Bottom", "TopPercent", "BottomPercent"]
AverageOp = Literal["AboveAverage", "BelowAverage"]
PresetOp = Literal["Duplicates", "Unique", "Blanks", "NoBlanks", "Errors", "NoErrors"]
DateOp = Literal[
    "Yesterday",
    "Today",
    "Tomorrow",
    "Last7Days",
    "LastWeek",
    "ThisWeek",
    "NextWeek",
    "LastMonth",
    "ThisMonth",
    "NextMonth",
]
VisualOp = Literal["ColorScale", "DataBar", "IconSet"]
# Dates relative to today, beyond Excel's fixed time periods: what users ask for ("overdue",
# "due in the next 7 days", "older than 30 days"). The *Days ops take a number of days.
RelativeDateOp = Literal["BeforeToday", "AfterToday", "NextDays", "LastDays", "OlderThan"]


# ---- Values ----
@dataclass(frozen=True)
class Column:
    """`c[i]`: column i (0-based) of the table."""

    index: int


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Text:
    value: str


@dataclass(frozen=True)
class CellRef:
    """An A1 reference such as `$E$5` or `Sheet1!B2`, upper-cased."""

    ref: str


@dataclass(frozen=True)
class Length:
    """`LEN(c[i])`: the length of each cell's text, compared as a number."""

    column: Column


Subject = Column | Length
Bound = Number | Text | CellRef
Operand = Number | Text | CellRef | Column | Length


# ---- Cell rules (each applies to `column`, or to the selected range when it is None) ----
@dataclass(frozen=True)
class Comparison:
    op: CompareOp
    value: Operand
    subject: Subject | None = None


@dataclass(frozen=True)
class Between:
    """Inclusive and order-insensitive, as Excel's "between" is: `Between(0, -20)` works."""

    low: Bound
    high: Bound
    subject: Subject | None = None


@dataclass(frozen=True)
class TextMatch:
    op: TextOp
    text: str
    column: Column | None = None


@dataclass(frozen=True)
class Rank:
    """Top/Bottom N items, or N percent for the *Percent ops (Excel's default N is 10)."""

    op: RankOp
    count: float = 10.0
    column: Column | None = None


@dataclass(frozen=True)
class Average:
    op: AverageOp
    column: Column | None = None


@dataclass(frozen=True)
class Preset:
    op: PresetOp
    column: Column | None = None


@dataclass(frozen=True)
class DatePeriod:
    op: DateOp
    column: Column | None = None


@dataclass(frozen=True)
class RelativeDate:
    """BeforeToday/AfterToday (days unused, 0), or within/beyond `days` of today."""

    op: RelativeDateOp
    days: float = 0.0
    column: Column | None = None


@dataclass(frozen=True)
class Visual:
    """Colour scales, data bars and icon sets format every numeric cell of their range."""

    op: VisualOp
    column: Column | None = None


# ---- Boolean combinations ----
@dataclass(frozen=True)
class Not:
    rule: Rule


@dataclass(frozen=True)
class And:
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Or:
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class WholeRow:
    """`Rows(rule)`: format every cell of the table's rows where `rule` holds (top level only,
    as the grammar allows). Excel gets one formula over the whole table, columns anchored."""

    rule: Rule


@dataclass(frozen=True)
class Scoped:
    """`Columns(c[first]:c[last], rule)`: `rule` applied to one contiguous span of table columns
    (0-based, inclusive; top level only). Excel gets one rule whose range is the span, so a rule
    without a column ranks, averages and finds duplicates over all of the span's cells, and a
    raw formula is written for the span's top-left data cell."""

    first: int
    last: int
    rule: Rule


# ---- Raw Excel formulas ----
@dataclass(frozen=True)
class Range:
    start: CellRef
    end: CellRef


@dataclass(frozen=True)
class Call:
    name: str  # upper-cased Excel function name
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Binary:
    op: str  # one of = <> < > <= >= & + - * / ^
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Negate:
    """Unary sign: `-x` (or `+x`, kept so that printing reproduces the rule)."""

    sign: Literal["-", "+"]
    operand: Expr


Expr = Number | Text | CellRef | Range | Call | Binary | Negate


@dataclass(frozen=True)
class Formula:
    """A custom formula rule, true where it evaluates to TRUE or a non-zero number."""

    expr: Expr


Rule = (
    Comparison
    | Between
    | TextMatch
    | Rank
    | Average
    | Preset
    | DatePeriod
    | RelativeDate
    | Visual
    | WholeRow
    | Scoped
    | Not
    | And
    | Or
    | Formula
)


def walk(node: object) -> list[object]:
    """Every dataclass node below `node` (columns included), `node` first: the checks that look
    for a kind of node anywhere in a rule (a column, a reference, a call) read this one list."""
    nodes = [node]
    for value in getattr(node, "__dict__", {}).values():
        for item in value if isinstance(value, tuple) else (value,):
            if hasattr(item, "__dataclass_fields__"):
                nodes.extend(walk(item))
    return nodes
