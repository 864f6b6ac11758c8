"""Random Excel formulas for formula rules, written as a user writes them for the table's
top-left data cell: references of every anchoring (`$C2`, `C2`, `$C$2`, `C$2`), the header
row and cells just outside the table, whole-column ranges, and each function the evaluator
knows (cf_excel.rules.formula), nested.

Expressions are drawn by the type they return (number, text or logical), so most of them
mean something, while the type guards and coercions they leave out are what gets tested.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Literal

from cf_excel.reliability.random_tables import WORDS, TableSpec
from cf_excel.rules.ast import Binary, Call, CellRef, Expr, Negate, Number, Range, Text
from cf_excel.sheets.addresses import column_letter

Kind = Literal["number", "text", "logical"]
Draw = Callable[["Formulas", int], Expr]


def random_formula(rng: random.Random, table: TableSpec) -> Expr:
    """A logical expression most of the time; a number (true when not zero) otherwise."""
    return Formulas(rng, table).draw("logical" if rng.random() < 0.85 else "number", 3)


class Formulas:
    """Draws expressions for one table."""

    def __init__(self, rng: random.Random, table: TableSpec) -> None:
        self.rng, self.table = rng, table

    def draw(self, kind: Kind, depth: int) -> Expr:
        choices = [(d, w) for d, w, least in DRAWS[kind] if max(depth, 0) >= least]
        draws, weights = zip(*choices, strict=True)
        draw: Draw = self.rng.choices(draws, weights)[0]
        return draw(self, depth - 1)

    def call(self, name: str, *kinds: Kind, depth: int) -> Call:
        return Call(name, tuple(self.draw(kind, depth) for kind in kinds))

    def ref(self, *_: object) -> CellRef:
        """A cell of the formatted row (mostly), the header or the next row, maybe outside."""
        rng, (top, left) = self.rng, self.table.origin
        column = left + rng.randrange(self.table.width)
        if rng.random() < 0.05:
            column = rng.choice([left + self.table.width, max(left - 1, 1)])
        row = top + 1 + rng.choices([0, -1, 1], [8, 1, 1])[0]
        dollar_column, dollar_row = rng.choices([("$", ""), ("", ""), ("$", "$"), ("", "$")],
                                                [5, 2.5, 1.5, 1])[0]  # fmt: skip
        return CellRef(f"{dollar_column}{column_letter(column)}{dollar_row}{row}")

    def range(self) -> Range:
        """A column of the data (rarely two, or written relative), as statistics read it."""
        rng, (top, left) = self.rng, self.table.origin
        first = rng.randrange(self.table.width)
        last = min(first + 1, self.table.width - 1) if rng.random() < 0.1 else first
        mark = "" if rng.random() < 0.1 else "$"
        bottom = top + self.table.height
        return Range(
            CellRef(f"{mark}{column_letter(left + first)}{mark}{top + 1}"),
            CellRef(f"{mark}{column_letter(left + last)}{mark}{bottom}"),
        )

    def number(self, *_: object) -> Number:
        return Number(float(self.rng.choice([0, 1, 2, 3, 5, 10, 20, 50, 100, 0.5, 2.5])))

    def text(self, *_: object) -> Text:
        return Text(self.rng.choice([*WORDS[:12], "", "a", "A", "*", "a*", "?b*", "~*"]))

    def criterion(self) -> Expr:
        """COUNTIF's criterion: a value, a comparison as text, a wildcard, or a cell."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return self.ref()
        if roll < 0.5:
            return self.number()
        op = rng.choice(["", "", ">", "<", ">=", "<=", "<>", "="])
        value = rng.choice(["5", "20", "apple", "a*", "?b*", "", "TRUE", "0.5"])
        return Text(op + value)


def statistic(formulas: Formulas, depth: int) -> Expr:
    """SUM/MIN/.../COUNTIF(S)/COUNTBLANK/LARGE/AGGREGATE/SUMPRODUCT over a range of the table."""
    rng, span = formulas.rng, formulas.range()
    name = rng.choice(["SUM", "MIN", "MAX", "AVERAGE", "COUNT", "COUNTA", "COUNTIF", "LARGE",
                       "SMALL", "AGGREGATE", "SUMPRODUCT", "COUNTIFS", "COUNTBLANK"])  # fmt: skip
    k = Number(float(rng.randint(1, 3)))
    if name == "COUNTIF":
        return Call(name, (span, formulas.criterion()))
    if name == "COUNTIFS":  # two tests on one range (ranges of one shape)
        return Call(name, (span, formulas.criterion(), span, formulas.criterion()))
    if name in ("LARGE", "SMALL"):
        return Call(name, (span, k))
    if name == "AGGREGATE":
        function = float(rng.choice([1, 2, 4, 5, 9, 14, 15]))
        tail = (k,) if function in (14, 15) else ()
        return Call(name, (Number(function), Number(6.0), span, *tail))
    if name == "SUMPRODUCT":
        test = Binary(rng.choice([">", "=", "<>"]), span, formulas.draw("number", 0))
        return Call(name, (Negate("-", Negate("-", test)),))
    return Call(name, (span,))


def arithmetic(formulas: Formulas, depth: int) -> Expr:
    op = formulas.rng.choice(["+", "-", "*", "/", "^"])
    right = formulas.number() if op == "^" else formulas.draw("number", depth)
    return Binary(op, formulas.draw("number", depth), right)


def compare(formulas: Formulas, depth: int) -> Expr:
    """number vs number, text vs text, or a cell against anything (mixed types on purpose)."""
    op = formulas.rng.choice(["=", "<>", "<", ">", "<=", ">="])
    kind: Kind = formulas.rng.choice(["number", "number", "text"])
    left: Expr = formulas.ref() if formulas.rng.random() < 0.5 else formulas.draw(kind, depth)
    return Binary(op, left, formulas.draw(kind, depth))


def date_part(formulas: Formulas, depth: int) -> Expr:
    name = formulas.rng.choice(["YEAR", "MONTH", "DAY", "WEEKDAY", "INT", "HOUR", "MINUTE"])
    args: tuple[Expr, ...] = (formulas.ref(),)
    if name == "WEEKDAY" and formulas.rng.random() < 0.5:
        args += (Number(float(formulas.rng.choice([1, 2, 3, 11, 16]))),)
    return Call(name, args)


def days_from_today(formulas: Formulas, depth: int) -> Expr:
    """`INT($D2)-TODAY()` and kin: how users write date windows."""
    days = Binary("-", Call("INT", (formulas.ref(),)), Call("TODAY", ()))
    return days if formulas.rng.random() < 0.7 else Binary("-", formulas.ref(), Call("TODAY", ()))


def months_on(formulas: Formulas, depth: int) -> Expr:
    """`EDATE($D2,-12)`, `EOMONTH(TODAY(),-1)`: dates whole calendar months away."""
    start = formulas.ref() if formulas.rng.random() < 0.6 else Call("TODAY", ())
    months = Number(float(formulas.rng.randint(-24, 24)))
    return Call(formulas.rng.choice(["EDATE", "EOMONTH"]), (start, months))


def position(formulas: Formulas, depth: int) -> Expr:
    name = formulas.rng.choice(["ROW", "COLUMN"])
    return Call(name, () if formulas.rng.random() < 0.7 else (formulas.ref(),))


def negated(formulas: Formulas, depth: int) -> Expr:
    """`-x`; a literal is negated as the parser reads `-5`: the number -5."""
    operand = formulas.draw("number", depth)
    return Number(-operand.value) if isinstance(operand, Number) else Negate("-", operand)


def either(kind: Kind) -> Draw:
    """IF(test, a, b) returning `kind`."""
    return lambda f, d: f.call("IF", "logical", kind, kind, depth=d)


def function(name: str, *kinds: Kind) -> Draw:
    return lambda f, d: f.call(name, *kinds, depth=d)


def on_ref(name: str) -> Draw:
    return lambda f, d: Call(name, (f.ref(),))


def logic(name: str) -> Draw:
    logical: list[Kind] = ["logical"]
    return lambda f, d: f.call(name, *logical * f.rng.randint(1, 3), depth=d)


# kind → (draw, weight, depth it needs): depth 0 allows atoms only
DRAWS: dict[Kind, list[tuple[Draw, float, int]]] = {
    "number": [
        (Formulas.number, 3, 0),
        (Formulas.ref, 4, 0),
        (statistic, 2, 0),
        (date_part, 1, 0),
        (days_from_today, 1, 0),
        (months_on, 0.4, 0),
        (position, 0.7, 0),
        (lambda f, d: Call("TODAY", ()), 0.3, 0),
        (on_ref("N"), 0.3, 0),
        (arithmetic, 2, 1),
        (negated, 0.3, 1),
        (function("ABS", "number"), 0.3, 1),
        (
            lambda f, d: Call("ROUND", (f.draw("number", d), Number(float(f.rng.randint(0, 2))))),
            0.3,
            1,
        ),
        (function("MOD", "number", "number"), 0.6, 1),
        (function("LEN", "text"), 1, 1),
        (function("SEARCH", "text", "text"), 0.4, 1),
        (function("FIND", "text", "text"), 0.3, 1),
        (lambda f, d: Call("DATE", (Number(2026.0), f.number(), f.number())), 0.2, 0),
        (lambda f, d: Call("TIME", (f.number(), f.number(), f.number())), 0.2, 0),
        (either("number"), 0.4, 1),
    ],
    "text": [
        (Formulas.text, 3, 0),
        (Formulas.ref, 3, 0),
        (lambda f, d: Binary("&", f.ref(), Text("")), 1, 0),
        (function("LEFT", "text", "number"), 0.5, 1),
        (function("RIGHT", "text", "number"), 0.4, 1),
        (function("MID", "text", "number", "number"), 0.3, 1),
        (function("UPPER", "text"), 0.3, 1),
        (function("LOWER", "text"), 0.3, 1),
        (function("TRIM", "text"), 0.4, 1),
        (lambda f, d: Binary("&", f.draw("text", d), f.draw("text", d)), 0.4, 1),
        (either("text"), 0.2, 1),
    ],
    "logical": [
        (compare, 6, 0),
        (on_ref("ISNUMBER"), 1, 0),
        (on_ref("ISTEXT"), 0.7, 0),
        (on_ref("ISBLANK"), 0.7, 0),
        (on_ref("ISERROR"), 0.5, 0),
        (lambda f, d: Call(f.rng.choice(["TRUE", "FALSE"]), ()), 0.2, 0),
        (function("ISERROR", "number"), 0.5, 1),
        (function("ISODD", "number"), 0.4, 1),
        (function("ISEVEN", "number"), 0.3, 1),
        (function("EXACT", "text", "text"), 0.4, 1),
        (logic("AND"), 1.5, 1),
        (logic("OR"), 1.5, 1),
        (function("NOT", "logical"), 0.8, 1),
        (either("logical"), 0.5, 1),
    ],
}
