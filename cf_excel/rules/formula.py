"""Evaluator for the Excel formula subset of custom conditional-formatting rules (`Formula`).

It follows Excel's worksheet semantics, because a rule must highlight exactly the cells Excel
would: relative references shift from the applied range's top-left cell, ranges are 2-D arrays
and operators broadcast over them (CF formulas are evaluated as array formulas, so
`SUMPRODUCT((A1:A3>1)*1)` works), dates are serial numbers (days since 1899-12-30), blanks
compare as 0 or "", values order number < text < boolean, and errors propagate.

This module resolves references and walks the expression; the value semantics live in
formula_values.py and the worksheet functions in formula_scalar_functions.py (item by item)
and formula_array_functions.py (whole arguments).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cf_excel.rules.ast import Binary, Call, CellRef, Expr, Negate, Number, Range, Text
from cf_excel.rules.formula_array_functions import ARRAY_FUNCTIONS
from cf_excel.rules.formula_scalar_functions import SCALAR_FUNCTIONS, apply_scalar
from cf_excel.rules.formula_values import (
    NAME,
    VALUE,
    Scalar,
    Value,
    broadcast,
    item_at,
    operate,
    serial,
)
from cf_excel.sheets.table import Table

MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # sheet size; relative references wrap around it
_REF = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")


def formula_holds(
    expr: Expr, table: Table, cell: tuple[int, int], anchor: tuple[int, int], today: dt.date
) -> bool:
    """True where the formula rule highlights the cell at 1-based sheet position `cell` (row, col).

    Relative parts of references (no `$`) are written relative to `anchor`, the top-left cell
    (row, col) of the range the rule applies to, and shift by cell - anchor, exactly as Excel
    does for conditional formatting. Absolute parts ($) do not shift.
    """
    shift = (cell[0] - anchor[0], cell[1] - anchor[1])
    value = item_at(_Context(table, shift, cell, today).evaluate(expr), 0, 0)
    if isinstance(value, bool):  # an array result formats by its top-left item
        return value
    return isinstance(value, float) and value != 0


@dataclass(frozen=True)
class _Context:
    """One formatted cell's evaluation; the `Context` that whole-argument functions get."""

    table: Table
    shift: tuple[int, int]  # (rows, columns) from the anchor to the formatted cell
    cell: tuple[int, int]  # the formatted cell, for ROW() and COLUMN()
    today: dt.date

    def evaluate(self, expr: Expr) -> Value:
        if isinstance(expr, Number):
            return float(expr.value)
        if isinstance(expr, Text):
            return expr.value
        if isinstance(expr, CellRef):
            return self.read(*self.position(expr))
        if isinstance(expr, Range):
            (top, left), (bottom, right) = self.position(expr.start), self.position(expr.end)
            rows = range(min(top, bottom), max(top, bottom) + 1)
            columns = range(min(left, right), max(left, right) + 1)
            return tuple(tuple(self.read(row, column) for column in columns) for row in rows)
        if isinstance(expr, Negate):
            operand = self.evaluate(expr.operand)
            # Excel's unary plus returns its operand untouched: `=+"a"` is "a".
            return (
                operand
                if expr.sign == "+"
                else broadcast(lambda v: operate("-", 0.0, v), [operand])
            )
        if isinstance(expr, Binary):
            values = [self.evaluate(expr.left), self.evaluate(expr.right)]
            return broadcast(lambda left, right: operate(expr.op, left, right), values)
        return self.call(expr)

    def position(self, ref: CellRef) -> tuple[int, int]:
        """The shifted (row, column) of a reference; the sheet prefix is ignored."""
        match = _REF.fullmatch(ref.ref.rsplit("!", 1)[-1].upper())
        if match is None:
            raise ValueError(f"not an A1 reference: {ref.ref!r}")
        column_fixed, letters, row_fixed, digits = match.groups()
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - ord("A") + 1
        row = int(digits) + (0 if row_fixed else self.shift[0])
        column += 0 if column_fixed else self.shift[1]
        return (row - 1) % MAX_ROW + 1, (column - 1) % MAX_COLUMN + 1

    def read(self, row: int, column: int) -> Scalar:
        value = self.table.sheet_cell(row, column)
        if isinstance(value, dt.date):
            return serial(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value

    def call(self, call: Call) -> Value:
        """Whole-argument functions see references and arrays; the rest map item by item."""
        special = ARRAY_FUNCTIONS.get(call.name)
        if special is not None:
            return special(call.args, self)
        if call.name not in SCALAR_FUNCTIONS:
            return NAME
        kinds, function, defaults = SCALAR_FUNCTIONS[call.name]
        if not len(kinds) - len(defaults) <= len(call.args) <= len(kinds):
            return VALUE  # Excel would refuse the formula; never highlight
        values = [self.evaluate(arg) for arg in call.args]
        return broadcast(lambda *items: apply_scalar(kinds, function, defaults, items), values)
