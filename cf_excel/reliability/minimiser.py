"""Shrink a disagreeing case to the smallest table and rule that still disagree the same way.

Greedy delta debugging: each round lists the case's one-step reductions (the rule replaced by a
part of itself, a data row or a column dropped, the table moved to A1, a cell emptied), has
them all checked (`still_fails`, one LibreOffice run per chunk), and keeps the first that still
fails; it stops when none does. References follow the table: dropping a column or moving the
table renumbers `c[i]` and moves A1 references, so a reduced case means what the original did
on what is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from typing import Any

from cf_excel.reliability.differential import Case
from cf_excel.reliability.random_tables import TableSpec, with_data
from cf_excel.rules import ast
from cf_excel.sheets.addresses import column_letter, column_number

A1 = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")
MovePosition = Callable[[int, int], tuple[int, int] | None]  # sheet (row, col), None: invalid


class Invalid(Exception):
    """A reduction that leaves the rule meaningless (it named what was dropped)."""


def minimise(
    case: Case, still_fails: Callable[[list[Case]], list[bool]], rounds: int = 30, chunk: int = 40
) -> Case:
    """The smallest case reachable by one-step reductions that `still_fails` keeps failing.
    Each round checks its first few candidates alone (a large cut usually works, and a
    LibreOffice run costs its start-up more than its sheets), then the rest `chunk` at a time."""
    for _ in range(rounds):
        candidates = list(reductions(case))
        chosen = None
        for start, end in spans(len(candidates), first=6, size=chunk):
            batch = candidates[start:end]
            failing = [c for c, bad in zip(batch, still_fails(batch), strict=True) if bad]
            if failing:
                chosen = failing[0]
                break
        if chosen is None:
            return case
        case = chosen
    return case


def spans(total: int, first: int, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) slices: one of `first` items, then `size` at a time."""
    start, end = 0, min(first, total)
    while start < total:
        yield start, end
        start, end = end, min(end + size, total)


def reductions(case: Case) -> Iterator[Case]:
    """Every one-step smaller case, the larger cuts first: a part of the rule for the rule,
    half the rows, a row, a column, the table at A1, a column emptied, a cell emptied."""
    for rule in rule_reductions(case.rule):
        yield replace(case, rule=rule)
    table = case.table
    height, width = table.height, table.width
    if height >= 4:
        yield from without_rows(case, range(height // 2))
        yield from without_rows(case, range(height // 2, height))
    for row in range(height if height > 1 else 0):
        yield from without_rows(case, [row])
    for column in range(width if width > 1 else 0):
        yield from relocated(case, drop_column(table, column), column_mover(table, column), column)
    if table.origin != (1, 1):
        top, left = table.origin
        moved = replace(table, origin=(1, 1))
        yield from relocated(case, moved, lambda r, c: (r - top + 1, c - left + 1), None)
    filled = [
        (r, c)
        for r, row in enumerate(table.grid[1:], 1)
        for c, v in enumerate(row)
        if v is not None
    ]
    for column in sorted({c for _, c in filled}) if len(filled) > height else []:
        yield from emptied(case, [(r, c) for r, c in filled if c == column])
    for cell in filled:
        yield from emptied(case, [cell])


def without_rows(case: Case, rows: Iterable[int]) -> Iterator[Case]:
    """The case without these data rows (none when the rule cannot follow)."""
    for row in sorted(rows, reverse=True):
        table = case.table
        smaller = next(relocated(case, drop_row(table, row), row_mover(table, row), None), None)
        if smaller is None:
            return
        case = smaller
    yield case


def emptied(case: Case, cells: list[tuple[int, int]]) -> Iterator[Case]:
    """The case with these grid cells (row 1 is the first data row) made blank."""
    grid = [list(row) for row in case.table.grid]
    for r, c in cells:
        grid[r][c] = None
    table = with_data(replace(case.table, grid=tuple(map(tuple, grid))))
    if table != case.table:
        yield replace(case, table=table)


def relocated(
    case: Case, table: TableSpec, move: MovePosition, dropped: int | None
) -> Iterator[Case]:
    """The case on a changed table, its references moved to match (none when it cannot)."""
    try:
        rule = remapped(case.rule, move, dropped)
    except Invalid:
        return
    yield replace(case, table=table, rule=rule)


def drop_row(table: TableSpec, row: int) -> TableSpec:
    grid = table.grid[: row + 1] + table.grid[row + 2 :]
    return with_data(replace(table, grid=grid))


def drop_column(table: TableSpec, column: int) -> TableSpec:
    grid = tuple(row[:column] + row[column + 1 :] for row in table.grid)
    formats = table.formats[:column] + table.formats[column + 1 :]
    return with_data(replace(table, grid=grid, formats=formats))


def row_mover(table: TableSpec, row: int) -> MovePosition:
    """Rows below the dropped data row move up one."""
    dropped = table.origin[0] + 1 + row
    return lambda r, c: (r - 1 if r > dropped else r, c)


def column_mover(table: TableSpec, column: int) -> MovePosition:
    dropped = table.origin[1] + column
    return lambda r, c: (r, c - 1 if c > dropped else c)


def remapped(node: Any, move: MovePosition, dropped: int | None) -> Any:
    """`node` with its references moved and its columns renumbered past a dropped one."""
    if isinstance(node, ast.Column):
        if node.index == dropped:
            raise Invalid
        return ast.Column(node.index - (dropped is not None and node.index > dropped))
    if isinstance(node, ast.Scoped):
        first, last = node.first, node.last
        if dropped is not None:
            if first == last == dropped:
                raise Invalid
            first, last = first - (dropped < first), last - (dropped <= last)
        return ast.Scoped(first, last, remapped(node.rule, move, dropped))
    if isinstance(node, ast.CellRef):
        return ast.CellRef(moved_ref(node.ref, move))
    if isinstance(node, tuple):
        return tuple(remapped(item, move, dropped) for item in node)
    if is_dataclass(node) and not isinstance(node, type):
        return replace(
            node, **{f.name: remapped(getattr(node, f.name), move, dropped) for f in fields(node)}
        )
    return node


def moved_ref(ref: str, move: MovePosition) -> str:
    match = A1.fullmatch(ref.rsplit("!", 1)[-1])
    if match is None:
        raise Invalid
    column_fixed, letters, row_fixed, digits = match.groups()
    position = move(int(digits), column_number(letters))
    if position is None or min(position) < 1:
        raise Invalid
    row, column = position
    return f"{column_fixed}{column_letter(column)}{row_fixed}{row}"


def rule_reductions(rule: ast.Rule) -> Iterator[ast.Rule]:
    """The rule replaced by one of its parts, or with one part smaller."""
    match rule:
        case ast.WholeRow(inner) | ast.Not(inner):
            yield inner
            for smaller in rule_reductions(inner):
                yield replace(rule, rule=smaller)
        case ast.Scoped(_, _, inner):
            yield inner
            for smaller in rule_reductions(inner):
                yield replace(rule, rule=smaller)
        case ast.And(rules) | ast.Or(rules):
            yield from rules
            for n in range(len(rules) if len(rules) > 1 else 0):
                yield replace(rule, rules=rules[:n] + rules[n + 1 :])
            for n, inner in enumerate(rules):
                for smaller in rule_reductions(inner):
                    yield replace(rule, rules=(*rules[:n], smaller, *rules[n + 1 :]))
        case ast.Formula(expr):
            yield from map(ast.Formula, expr_reductions(expr))


def expr_reductions(expr: ast.Expr) -> Iterator[ast.Expr]:
    """The expression replaced by one of its operands or arguments, or with one smaller."""
    match expr:
        case ast.Binary(_, left, right):
            yield left
            yield right
            yield from (replace(expr, left=e) for e in expr_reductions(left))
            yield from (replace(expr, right=e) for e in expr_reductions(right))
        case ast.Negate(_, operand):
            yield operand
            yield from (replace(expr, operand=e) for e in expr_reductions(operand))
        case ast.Call(_, args):
            yield from (arg for arg in args if not isinstance(arg, ast.Range))
            for n, arg in enumerate(args):
                for smaller in expr_reductions(arg):
                    yield replace(expr, args=(*args[:n], smaller, *args[n + 1 :]))
