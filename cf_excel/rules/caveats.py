"""What a rule cannot do on this sheet, in words for the user: dates and numbers stored as text.

Excel's date and number rules read numbers only (a date is its serial number). A due date that
arrived as text ('25/11/2026' from an import, or typed into a text-formatted column) or an amount
stored as text ('120', the cell with Excel's green triangle) is never coloured by `BeforeToday` or
`GreaterThan(c[2], 100)`: not in Excel, not in LibreOffice, and so not in the preview either (the
executor reads cells as the workbook stores them). Left unsaid, that looks like a rule that
misses rows, so each candidate names how many such cells its rule reads and how to convert them.

Which cells count: text that would have been a date or number had it been typed in
(`typed_in`), in a column the rule reads as dates (date periods, relative dates) or as numbers
(numeric comparisons, ranks, averages, visual rules; these read dates too). Text rules, blanks,
errors, duplicates and formula rules read text as text, so they get no caveat.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from cf_excel.rules import ast
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import numeric, typed_in

Reading = Literal["dates", "numbers"]  # what a rule reads a column as
Kind = Literal["date", "number"]  # what a text cell would have been typed in
FIXES: dict[Kind, str] = {
    "date": "convert {them} to {things} (Data ▸ Text to Columns) or retype {them}",
    "number": "convert {them} to {things} (the cell's warning triangle ▸ Convert to Number)",
}


def caveats(rule: ast.Rule, table: Table) -> list[str]:
    """One sentence per column and kind where the rule reads numbers or dates and some of the
    column's cells hold them as text: "3 dates in Due Date are text, so ..."."""
    found = []
    for column, reading in sorted(numeric_reads(rule, table).items()):
        stored = table.column_values(column)
        texts = [typed for value, typed in zip(stored, typed_in(stored), strict=True)
                 if isinstance(value, str) and numeric(typed) is not None]  # fmt: skip
        dates = sum(not isinstance(typed, float) for typed in texts)
        counts: dict[Kind, int] = {
            "date": dates,
            "number": len(texts) - dates if reading == "numbers" else 0,
        }
        for kind, count in counts.items():
            if count:
                found.append(text_caveat(count, kind, table.header[column]))
    return found


def text_caveat(count: int, kind: Kind, header: str) -> str:
    """ "3 dates in Due Date are text, so this rule cannot colour them: convert them ..."."""
    if count == 1:
        them, things, noun = "it", f"a {kind}", f"1 {kind} in {header} is"
    else:
        them, things, noun = "them", f"{kind}s", f"{count} {kind}s in {header} are"
    fix = FIXES[kind].format(them=them, things=things)
    return f"{noun} text, so this rule cannot colour {them}: {fix}"


def numeric_reads(rule: ast.Rule, table: Table) -> dict[int, Reading]:
    """The columns a rule reads as dates or numbers ("numbers" wins where both)."""
    reads: dict[int, Reading] = {}
    for column, reading in column_reads(rule, table.selection):
        if column < table.width and reads.get(column) != "numbers":
            reads[column] = reading
    return reads


def column_reads(rule: ast.Rule, selection: tuple[int, ...]) -> Iterable[tuple[int, Reading]]:
    """(column, reading) for each numeric or date condition of the rule; a condition without a
    column reads `selection` (the table's, or a scope's span)."""

    def own(column: ast.Column | None) -> tuple[int, ...]:
        return selection if column is None else (column.index,)

    match rule:
        case ast.WholeRow(inner) | ast.Not(inner):
            yield from column_reads(inner, selection)
        case ast.Scoped(first, last, inner):
            yield from column_reads(inner, tuple(range(first, last + 1)))
        case ast.And(rules) | ast.Or(rules):
            for inner in rules:
                yield from column_reads(inner, selection)
        case ast.DatePeriod(column=column) | ast.RelativeDate(column=column):
            yield from ((c, "dates") for c in own(column))
        case ast.Rank(column=column) | ast.Average(column=column) | ast.Visual(column=column):
            yield from ((c, "numbers") for c in own(column))
        case ast.Comparison(value=value, subject=ast.Column() | None as subject):
            yield from numeric_operands(own(subject), (value,))
        case ast.Between(low, high, subject=ast.Column() | None as subject):
            yield from numeric_operands(own(subject), (low, high))


def numeric_operands(
    columns: tuple[int, ...], operands: tuple[ast.Operand, ...]
) -> Iterable[tuple[int, Reading]]:
    """A comparison reads its columns (and the columns it compares with) as numbers, unless a
    text criterion makes it a text comparison; `LEN(c[i])` reads text and is never here."""
    if any(isinstance(operand, ast.Text) for operand in operands):
        return
    compared = [operand.index for operand in operands if isinstance(operand, ast.Column)]
    yield from ((column, "numbers") for column in (*columns, *compared))
