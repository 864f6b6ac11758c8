"""Whether a rule stays on its table: the columns and cells it reads must be the table's, or
Excel would read other cells than the preview shows (`candidates` marks such a rule invalid)."""

from __future__ import annotations

from cf_excel.rules import Rule, ast
from cf_excel.rules.executor import applied_columns
from cf_excel.rules.scope import scoped_condition
from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.table import Table


def missing_column(rule: Rule, table: Table) -> str | None:
    """Why `rule` cannot be previewed on `table`: a `c[i]` past its last column, or a formula
    reference to another sheet or to a column outside the table, as written or as Excel shifts
    a relative column over the columns the rule applies to; None if none."""
    first, last = table.origin[1], table.origin[1] + table.width - 1
    names = ", ".join(table.header[:12]) + (", …" if table.width > 12 else "")
    outside = f"outside the table {table.address} (columns {column_letter(first)} to "
    outside += f"{column_letter(last)}: {names})"
    columns = f"column{'s' * (table.width != 1)}, c[0] to c[{table.width - 1}]: {names}"
    if isinstance(rule, ast.Scoped) and rule.last >= table.width:
        span = f"c[{rule.first}]:c[{rule.last}]" if rule.first < rule.last else f"c[{rule.first}]"
        return f"it spans columns {span}, but the table has {table.width} {columns}"
    applied = applied_columns(rule, table)
    spread = max(applied) - min(applied)  # how far a relative column shifts
    for node in ast.walk(scoped_condition(rule)):
        if isinstance(node, ast.Column) and node.index >= table.width:
            return f"it names column c[{node.index}], but the table has {table.width} {columns}"
        if not isinstance(node, ast.CellRef):
            continue
        if "!" in node.ref:
            if sheet_of(node.ref) == table.sheet.casefold() and table.sheet:
                continue  # a cell beside the table, which the table read with it
            return f"it reads {node.ref} on another sheet; a rule reads only its own sheet"
        letters = node.ref.lstrip("$").rstrip("0123456789").rstrip("$")
        column = column_number(letters)
        if not first <= column <= last:
            return f"it reads column {letters} ({node.ref}), {outside}"
        if not node.ref.startswith("$") and column + spread > last:
            return (
                f"applied to columns {column_letter(first + min(applied))} to "
                f"{column_letter(first + max(applied))}, {node.ref} shifts with each column "
                f"and reaches column {column_letter(column + spread)}, {outside}; write "
                f"${node.ref} to read column {letters} in every column"
            )
    return None


def sheet_of(ref: str) -> str:
    """The sheet a reference names (`'Weekly Hours'!$B$1`), folded for comparing."""
    sheet = ref.rpartition("!")[0]
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet.casefold()
