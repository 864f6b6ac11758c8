"""How the reader writes a test: numbers as a formula shows them, a rule-language call on one
column or a block, and arithmetic guarded against blanks (a blank is 0 to Excel)."""

from __future__ import annotations

from cf_excel.reading.conditions import Condition
from cf_excel.sheets.addresses import column_letter

OPS = {">": "GreaterThan", ">=": "GreaterThanEqual", "<": "LessThan", "<=": "LessThanEqual",
       "=": "Equals", "<>": "NotEquals"}  # fmt: skip
FLIPPED_OPS = {">": "<", "<": ">", ">=": "<=", "<=": ">="}  # the same test with its sides swapped


def number_text(value: float) -> str:
    return f"{value:.10g}"


def on_columns(call: str, args: str, columns: list[int], first: int, last: int) -> Condition:
    """`Call(c[i], args)` on one column; the bare `Call(args)` over a block of several."""
    if len(columns) == 1:
        inner = f"c[{columns[0]}], {args}" if args else f"c[{columns[0]}]"
        return Condition(f"{call}{inner})", (columns[0],), first, last)
    return Condition(f"{call}{args})", tuple(columns), first, last, bare=True)


def filled(cells: list[str], test: str) -> str:
    """`test` where none of `cells` is blank (a blank is 0 to Excel's arithmetic)."""
    return "AND(" + ",".join(f'{cell}<>""' for cell in cells) + f",{test})"


def typed_block_test(columns: list[int], op: str, right: str) -> str:
    """The per-cell test of a block holding numbers typed as text, for its first cell:
    `AND(C2<>"",--C2>150)` ("12" read as 12, a blank not as 0)."""
    cell = f"{column_letter(columns[0] + 1)}2"
    return f'AND({cell}<>"",--{cell}{op}{right})'
