"""Execute a rule on a table: the exact set of cells Excel would format.

Semantics (Excel's, as the foundation issue fixes them):
- A rule applies to the columns its conditions name (`c[i]`), or to the table's selection when it
  names none. A condition on `c[i]` inside a combination is read from column i of the same row,
  like an anchored formula `=AND($C2>0, $D2="Worldwide")`.
- Numeric criteria compare numeric cells only (numbers and dates, as serials); text criteria text
  cells only, case-insensitively. Text functions look at the text Excel's formulas
  see (`A2&""`: numbers in General format, a date as its serial number), case-insensitively.
- Top/Bottom N include every value tied with the N-th; N percent is max(1, ⌊count·N/100⌋) items.
  Averages, ranks, duplicates and visual rules are computed over the condition's own column, or
  over the applied range for a condition without one.
- Date periods are relative to an explicit `today`; weeks start on Sunday, as in Excel. Any
  number is a date serial to them, as to Excel's formulas.
- Formula rules are evaluated per cell, relative to the applied range's top-left cell.
- `Rows(rule)` formats every cell of each row where the rule formats a cell; a rule holding a
  formula is evaluated on every cell of the table, as Excel evaluates one rule over whole rows.
- `Columns(c[i]:c[j], rule)` applies the rule to the span's cells as to one selected range:
  a condition without a column ranks, averages and finds duplicates over the whole span, one
  naming a column formats the span's cells in the rows where it holds, and a formula (in the
  table's own letters, see `cf_excel.rules.scope`) is evaluated relative to the span's top-left.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from cf_excel.rules import ast
from cf_excel.rules.formula import formula_holds
from cf_excel.rules.formula_values import MAX_SERIAL, as_text, text_key
from cf_excel.rules.scope import scoped_condition, span_columns
from cf_excel.sheets.addresses import column_letter, parse_a1
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.values import EXCEL_EPOCH, display_text, numeric, serial

Cell = tuple[int, int]  # (data row, column), both 0-based
Predicate = Callable[[CellValue], bool]


def highlighted_cells(
    rule: ast.Rule, table: Table, today: dt.date | None = None
) -> frozenset[Cell]:
    """Every cell of the table that the rule formats."""
    today = today or dt.date.today()
    if isinstance(rule, ast.WholeRow):
        every = [(row, column) for row in range(len(table.rows)) for column in range(table.width)]
        if any(isinstance(node, ast.Formula) for node in ast.walk(rule.rule)):
            return frozenset(matching(rule.rule, table, every, today))  # per cell, as Excel
        rows = {row for row, _ in highlighted_cells(rule.rule, table, today)}
        return frozenset(cell for cell in every if cell[0] in rows)
    scope = [
        (row, column) for row in range(len(table.rows)) for column in applied_columns(rule, table)
    ]
    return frozenset(matching(scoped_condition(rule), table, scope, today))


def applied_columns(rule: ast.Rule, table: Table) -> tuple[int, ...]:
    """The columns a rule formats: those its conditions name, else the table's selection;
    every column for a whole-row rule, the span's for a scoped one."""
    if isinstance(rule, ast.WholeRow):
        return tuple(range(table.width))
    if isinstance(rule, ast.Scoped):
        return span_columns(rule, table)
    named = sorted({c for c in subject_columns(rule) if c < table.width})
    return tuple(named) if named else table.selection


def subject_columns(rule: ast.Rule) -> Iterable[int]:
    match rule:
        case ast.And(rules) | ast.Or(rules):
            for inner in rules:
                yield from subject_columns(inner)
        case ast.Not(inner):
            yield from subject_columns(inner)
        case ast.Comparison(subject=ast.Length(column)) | ast.Between(subject=ast.Length(column)):
            yield column.index
        case ast.Comparison(subject=ast.Column(index)) | ast.Between(subject=ast.Column(index)):
            yield index
        case (
            ast.TextMatch(column=ast.Column(index))
            | ast.Rank(column=ast.Column(index))
            | ast.Average(column=ast.Column(index))
            | ast.Preset(column=ast.Column(index))
            | ast.DatePeriod(column=ast.Column(index))
            | ast.RelativeDate(column=ast.Column(index))
            | ast.Visual(column=ast.Column(index))
        ):
            yield index


def matching(rule: ast.Rule, table: Table, scope: list[Cell], today: dt.date) -> set[Cell]:
    """The cells of `scope` where the rule holds."""
    match rule:
        case ast.And(rules):
            if not rules:
                return set()
            return set.intersection(*(matching(r, table, scope, today) for r in rules))
        case ast.Or(rules):
            return set().union(*(matching(r, table, scope, today) for r in rules))
        case ast.Not(inner):
            return set(scope) - matching(inner, table, scope, today)
        case ast.Formula(expr):
            return formula_cells(expr, table, scope, today)
    column = condition_column(rule)
    if column is None:
        return leaf_matches(rule, table, scope, today)
    if column >= table.width:
        return set()
    own_column = [(row, column) for row in range(len(table.rows))]
    rows = {row for row, _ in leaf_matches(rule, table, own_column, today)}
    return {cell for cell in scope if cell[0] in rows}


def condition_column(rule: ast.Rule) -> int | None:
    columns = list(subject_columns(rule))
    return columns[0] if columns else None


def leaf_matches(rule: ast.Rule, table: Table, base: list[Cell], today: dt.date) -> set[Cell]:
    """A single condition over `base`, the cells its statistics (ranks, averages) range over."""
    value_of = {cell: table.rows[cell[0]][cell[1]] for cell in base}
    match rule:
        case ast.Rank(op, count, _):
            return ranked(value_of, op, count)
        case ast.Average(op, _):
            numbers = [n for n in map(numeric, value_of.values()) if n is not None]
            if not numbers:
                return set()
            mean = sum(numbers) / len(numbers)
            above = op == "AboveAverage"
            return {
                c
                for c, v in value_of.items()
                if (n := numeric(v)) is not None and (n > mean if above else n < mean)
            }
        case ast.Preset(op, _) if op in ("Duplicates", "Unique"):
            keys = {
                c: duplicate_key(v)
                for c, v in value_of.items()
                if not is_blank(v) and not isinstance(v, ExcelError)
            }
            counts = Counter(keys.values())
            duplicates = op == "Duplicates"
            return {c for c, k in keys.items() if (counts[k] > 1) == duplicates}
    return {cell for cell in base if cell_holds(rule, table, cell, today)}


def cell_holds(rule: ast.Rule, table: Table, cell: Cell, today: dt.date) -> bool:
    """Conditions that look at one cell (and other cells of its row) only."""
    row, column = cell
    value = table.rows[row][column]
    match rule:
        case ast.Comparison(op, operand, subject):
            left = length_of(value) if isinstance(subject, ast.Length) else value
            return compare(left, op, operand_value(operand, table, row))
        case ast.Between(low, high, subject):
            left = length_of(value) if isinstance(subject, ast.Length) else value
            lo, hi = operand_value(low, table, row), operand_value(high, table, row)
            return (
                compare(left, "GreaterThanEqual", lo) and compare(left, "LessThanEqual", hi)
            ) or (compare(left, "GreaterThanEqual", hi) and compare(left, "LessThanEqual", lo))
        case ast.TextMatch(op, text, _):  # Excel's text tests fail on error cells
            return not isinstance(value, ExcelError) and text_matches(op, cell_text(value), text)
        case ast.Preset(op, _):
            return {
                "Blanks": is_blank(value),
                "NoBlanks": not is_blank(value) and not isinstance(value, ExcelError),
                "Errors": isinstance(value, ExcelError),
                "NoErrors": not isinstance(value, ExcelError),
            }[op]
        case ast.DatePeriod(op, _):  # any number is a date serial to Excel
            day = numeric(value)
            return day is not None and in_period(math.floor(day), op, today)
        case ast.RelativeDate(op, days, _):
            day = numeric(value)
            return day is not None and within(math.floor(day), op, days, today)
        case ast.Visual():
            return numeric(value) is not None
    raise TypeError(f"not a cell condition: {rule!r}")


def operand_value(operand: ast.Operand, table: Table, row: int) -> CellValue:
    match operand:
        case ast.Number(number):
            return number
        case ast.Text(text):
            return text
        case ast.Column(index):
            return table.rows[row][index] if index < table.width else None
        case ast.Length(column):
            if column.index >= table.width:
                return None
            cell = table.rows[row][column.index]  # LEN of an error is that error
            return cell if isinstance(cell, ExcelError) else length_of(cell)
        case ast.CellRef(ref):
            sheet_row, sheet_column = parse_a1(ref)
            return table.sheet_cell(sheet_row, sheet_column)
    raise TypeError(f"not an operand: {operand!r}")


OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "GreaterThan": operator.gt,
    "GreaterThanEqual": operator.ge,
    "LessThan": operator.lt,
    "LessThanEqual": operator.le,
    "Equals": operator.eq,
    "NotEquals": operator.ne,
}


def compare(left: CellValue, op: ast.CompareOp, right: CellValue) -> bool:
    """Numeric criteria on numeric cells, text criteria on text cells; nothing across types."""
    if right is None:
        right = 0.0  # an empty referenced cell counts as zero, as in Excel
    right_number = numeric(right)
    left_number = numeric(left)
    if right_number is not None:
        if left_number is None:
            return False
        return OPERATORS[op](left_number, right_number)
    if isinstance(right, str) and isinstance(left, str):
        return OPERATORS[op](text_key(left), text_key(right))
    if isinstance(right, bool) and isinstance(left, bool):
        return OPERATORS[op](left, right)
    return False


def text_matches(op: ast.TextOp, shown: str, text: str) -> bool:
    shown, text = shown.casefold(), text.casefold()
    if op == "TextEquals":
        return shown == text
    if op == "TextContains":
        return text in shown
    if op == "TextStartsWith":
        return shown.startswith(text)
    return shown.endswith(text)


def ranked(value_of: dict[Cell, CellValue], op: ast.RankOp, count: float) -> set[Cell]:
    """Top/Bottom N (or N%) with ties included, as Excel ranks them."""
    numbers = {c: n for c, v in value_of.items() if (n := numeric(v)) is not None}
    if not numbers or count <= 0:
        return set()
    n = math.floor(len(numbers) * count / 100) if op.endswith("Percent") else int(count)
    n = min(max(n, 1), len(numbers))
    top = op.startswith("Top")
    ordered = sorted(numbers.values(), reverse=top)
    threshold = ordered[n - 1]
    return {c for c, v in numbers.items() if (v >= threshold if top else v <= threshold)}


def duplicate_key(value: CellValue) -> tuple[str, object]:
    number = numeric(value)
    if number is not None:
        return ("number", number)
    if isinstance(value, str):
        return ("text", value.casefold())
    return (type(value).__name__, display_text(value))


def is_blank(value: CellValue) -> bool:
    """Excel's "blanks" preset is LEN(TRIM(cell))=0: whitespace-only text counts as blank."""
    return value is None or (isinstance(value, str) and not value.strip())


def length_of(value: CellValue) -> float | None:
    """LEN of a cell's text; None for an error cell, where Excel's LEN is an error."""
    return None if isinstance(value, ExcelError) else float(len(cell_text(value)))


def cell_text(value: CellValue) -> str:
    """A cell's text as Excel's text tests read it (`SEARCH`, `A2&""`): a number in General
    format and a date as its serial number, whatever the cell's format shows."""
    number = numeric(value)
    return display_text(value) if number is None else str(as_text(number))


def in_period(day: int, op: ast.DateOp, today: dt.date) -> bool:
    """Excel's timePeriod rules on a serial day; weeks run Sunday to Saturday."""
    now = int(serial(today))
    offset = day - now
    week = (week_start(day) - week_start(now)) // 7
    date = EXCEL_EPOCH + dt.timedelta(days=day) if 0 <= day <= MAX_SERIAL else None
    months = (date.year - today.year) * 12 + date.month - today.month if date else None
    return {
        "Yesterday": offset == -1,
        "Today": offset == 0,
        "Tomorrow": offset == 1,
        "Last7Days": -6 <= offset <= 0,
        "LastWeek": week == -1,
        "ThisWeek": week == 0,
        "NextWeek": week == 1,
        "LastMonth": months == -1,
        "ThisMonth": months == 0,
        "NextMonth": months == 1,
    }[op]


def week_start(day: int) -> int:
    """The serial of the Sunday starting the week of `day` (Excel's `day-WEEKDAY(day)+1`)."""
    return day - (day - 1) % 7


def within(day: int, op: ast.RelativeDateOp, days: float, today: dt.date) -> bool:
    """Serial days relative to today; the day windows include today and their last day."""
    offset = day - int(serial(today))
    return {
        "BeforeToday": offset < 0,
        "AfterToday": offset > 0,
        "NextDays": 0 <= offset <= days,
        "LastDays": -days <= offset <= 0,
        "OlderThan": offset < -days,
    }[op]


def formula_cells(expr: ast.Expr, table: Table, scope: list[Cell], today: dt.date) -> set[Cell]:
    """Evaluate a formula rule on each cell, relative to the scope's top-left cell."""
    if not scope:
        return set()
    top = min(row for row, _ in scope)
    left = min(column for _, column in scope)
    anchor = sheet_position(table, (top, left))
    return {
        cell
        for cell in scope
        if formula_holds(expr, table, sheet_position(table, cell), anchor, today)
    }


def sheet_position(table: Table, cell: Cell) -> tuple[int, int]:
    """1-based sheet (row, column) of a data cell: data row 0 sits just below the header."""
    return table.origin[0] + 1 + cell[0], table.origin[1] + cell[1]


def cell_address(table: Table, cell: Cell) -> str:
    """A data cell's A1 address on the sheet."""
    row, column = sheet_position(table, cell)
    return f"{column_letter(column)}{row}"
