"""The `Columns(c[i]:c[j], rule)` scope, and where a model's references land on the sheet.

Excel keeps one rule per range and writes its formula for the range's top-left cell; so does the
rule language, in the sheet's own letters, as a user reads and pastes them. Inside a scope the
formula is written for the span's top-left data cell (`Columns(c[2], $C2>$B2*0.9)` on a table at
A1). A generator learnt its rules on tables at A1 (header in row 1, data from row 2); `placed`
moves every reference of such a rule, relative and absolute parts alike, to where the table
really is (`$C2` → `$E6` for a table whose header is at C5), before anything reads it.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from cf_excel.rules import ast
from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.table import Table

A1 = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")


def span_columns(rule: ast.Scoped, table: Table) -> tuple[int, ...]:
    """The span's columns that the table has; a span past its last column formats nothing there
    (the candidate check refuses such a rule with a reason)."""
    return tuple(range(rule.first, min(rule.last, table.width - 1) + 1))


def scoped_condition(rule: ast.Rule) -> ast.Rule:
    """What a rule tests on its applied cells: a scope's rule, or the rule itself."""
    return rule.rule if isinstance(rule, ast.Scoped) else rule


def placed(rule: ast.Rule, table: Table) -> ast.Rule:
    """A rule written for the table at A1 (as every generator writes it), its cell references
    moved to the table's place on the sheet."""
    shift = (table.origin[0] - 1, table.origin[1] - 1)
    return moved(rule, shift) if shift != (0, 0) else rule


def moved(node: Any, shift: tuple[int, int]) -> Any:
    """`node` with every cell reference below it moved by (rows, columns)."""
    if isinstance(node, ast.CellRef):
        return ast.CellRef(moved_ref(node.ref, shift))
    if isinstance(node, tuple):
        return tuple(moved(item, shift) for item in node)
    if is_dataclass(node) and not isinstance(node, type):
        return replace(node, **{f.name: moved(getattr(node, f.name), shift) for f in fields(node)})
    return node


def moved_ref(ref: str, shift: tuple[int, int]) -> str:
    """`$B2` moved by (4, 1) is `$C6`: the table moves, so `$` parts move with it. A reference
    that names its sheet (`Timesheet!$B$1`, a cell beside the table) is a place on that sheet
    and stays."""
    if "!" in ref:
        return ref
    match = A1.fullmatch(ref)
    if match is None:
        raise ValueError(f"not an A1 reference: {ref!r}")
    column_fixed, letters, row_fixed, digits = match.groups()
    column = column_letter(column_number(letters) + shift[1])
    return f"{column_fixed}{column}{row_fixed}{int(digits) + shift[0]}"
