"""A rule as Excel stores it: which conditional-format type, over which range, with what formula.

One description (`ExcelRule`) that the openpyxl writer, the Office.js add-in and xlwings all
render, so the three agree. Excel's own rule types are used where they format exactly the cells
the executor predicts on this table (a "Cell Value > 1000" rule also formats text cells and
treats blanks as 0, so it is used only on columns of numbers; timePeriod only where no date is
stored as text, which Excel and LibreOffice treat differently); everything else becomes a
formula rule with the executor's type guards (`cf_excel.excel.formulas`). Whole-row rules are
one formula over the table's rows with the condition's column anchored (`=$D2<TODAY()`). A
scoped rule (`Columns(c[1]:c[3], Top(5))`) is one rule over the span's data cells: Excel's own
type when its condition reads only the formatted cell, else one formula written for the span's
top-left cell with its references moved to the table's place on the sheet.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from cf_excel.excel.formulas import Anchor, condition_formula, rule_formula
from cf_excel.rules import ast
from cf_excel.rules.ast import walk
from cf_excel.rules.executor import applied_columns, condition_column, is_blank
from cf_excel.rules.printer import format_number, quote
from cf_excel.rules.scope import scoped_condition
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.values import numeric, typed_in

ExcelType = Literal[
    "cellIs",
    "expression",
    "containsText",
    "beginsWith",
    "endsWith",
    "top10",
    "aboveAverage",
    "duplicateValues",
    "uniqueValues",
    "containsBlanks",
    "notContainsBlanks",
    "containsErrors",
    "notContainsErrors",
    "timePeriod",
    "colorScale",
    "dataBar",
    "iconSet",
]
CELL_IS = {
    "GreaterThan": "greaterThan",
    "GreaterThanEqual": "greaterThanOrEqual",
    "LessThan": "lessThan",
    "LessThanEqual": "lessThanOrEqual",
    "Equals": "equal",
    "NotEquals": "notEqual",
}
TEXT_TYPES: dict[str, ExcelType] = {
    "TextContains": "containsText",
    "TextStartsWith": "beginsWith",
    "TextEndsWith": "endsWith",
}
PRESET_TYPES: dict[str, ExcelType] = {
    "Blanks": "containsBlanks",
    "NoBlanks": "notContainsBlanks",
    "Errors": "containsErrors",
    "NoErrors": "notContainsErrors",
    "Duplicates": "duplicateValues",
    "Unique": "uniqueValues",
}
VISUAL_TYPES: dict[str, ExcelType] = {
    "ColorScale": "colorScale",
    "DataBar": "dataBar",
    "IconSet": "iconSet",
}
TIME_PERIODS = {
    "Yesterday": "yesterday",
    "Today": "today",
    "Tomorrow": "tomorrow",
    "Last7Days": "last7Days",
    "LastWeek": "lastWeek",
    "ThisWeek": "thisWeek",
    "NextWeek": "nextWeek",
    "LastMonth": "lastMonth",
    "ThisMonth": "thisMonth",
    "NextMonth": "nextMonth",
}


@dataclass(frozen=True)
class ExcelRule:
    """One conditional format in Excel's terms. `formula` is what Excel shows (no '='),
    written for the top-left cell of the first area of `sqref`; the file writer adds the
    `_xlfn.` prefix a newer function is stored with (`openpyxl_apply.stored_formula`)."""

    type: ExcelType
    sqref: str  # "B2:B40", or several areas separated by spaces
    formula: tuple[str, ...] = ()
    operator: str | None = None  # cellIs operators; containsText/beginsWith/endsWith
    text: str | None = None
    rank: int | None = None
    percent: bool = False
    bottom: bool = False
    above_average: bool = True
    time_period: str | None = None

    @property
    def top_left(self) -> str:
        return self.sqref.split()[0].split(":")[0]

    @property
    def ranges(self) -> list[str]:
        return self.sqref.split()

    def as_json(self) -> dict[str, object]:
        """The fields that matter for this type (defaults left out)."""
        defaults = ExcelRule("expression", "")
        return {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in asdict(self).items()
            if key in ("type", "sqref") or value != getattr(defaults, key)
        }


def excel_rule(rule: ast.Rule, table: Table) -> ExcelRule:
    """The Excel conditional format that formats exactly what `highlighted_cells` returns."""
    columns = applied_columns(rule, table)
    sqref = " ".join(column_blocks(columns, table))
    condition = own_cell_condition(rule, table)
    if isinstance(condition, ast.Visual):
        return ExcelRule(VISUAL_TYPES[condition.op], sqref)
    native = None if condition is None else native_rule(condition, table, columns, sqref)
    return native or formula_rule(rule, table)


def own_cell_condition(rule: ast.Rule, table: Table) -> ast.Rule | None:
    """The condition that Excel's own rule types could test on each applied cell, or None
    where one formula must: a whole-row rule, or a scope whose rule names a column (its
    condition is on that column's cell in the row, not on the formatted cell)."""
    if isinstance(rule, ast.WholeRow):
        return None
    if isinstance(rule, ast.Scoped) and any(isinstance(n, ast.Column) for n in walk(rule.rule)):
        return None
    return scoped_condition(rule)


def formula_rule(rule: ast.Rule, table: Table) -> ExcelRule:
    """The rule as one formula-type conditional format (any rule but the visual ones)."""
    columns = applied_columns(rule, table)
    sqref = " ".join(column_blocks(columns, table))
    if isinstance(rule, ast.WholeRow):
        return ExcelRule("expression", sqref, (whole_row_formula(rule.rule, table),))
    anchor = Anchor(table, min(columns), columns)
    return ExcelRule("expression", sqref, (rule_formula(scoped_condition(rule), anchor),))


def column_blocks(columns: tuple[int, ...], table: Table) -> list[str]:
    """Data ranges of the columns, adjacent columns merged (`A2:E13`, not five ranges)."""
    first, last = table.data_rows
    blocks: list[list[int]] = []
    for column in columns:
        if blocks and column == blocks[-1][-1] + 1:
            blocks[-1].append(column)
        else:
            blocks.append([column])
    return [
        f"{column_letter(table.origin[1] + block[0])}{first}:"
        f"{column_letter(table.origin[1] + block[-1])}{last}"
        for block in blocks
    ]


def whole_row_formula(inner: ast.Rule, table: Table) -> str:
    """One formula for every cell of a row: conditions read their own columns (`$D2`). A raw
    formula anywhere inside is written for the table's top-left data cell and, like the rest of
    the rule, read per cell, as the executor reads it."""
    if any(isinstance(node, ast.Formula) for node in walk(inner)):
        return rule_formula(inner, Anchor(table, 0, tuple(range(table.width))))
    columns = applied_columns(inner, table)
    if names_every_column(inner):
        return rule_formula(inner, Anchor(table, min(columns), columns, absolute=True))
    # A condition on the selection: the row matches when any selected cell does.
    parts = [rule_formula(inner, Anchor(table, c, columns, absolute=True)) for c in columns]
    return parts[0] if len(parts) == 1 else f"OR({','.join(parts)})"


def names_every_column(rule: ast.Rule) -> bool:
    """Whether each condition names its column, so that one formula reads the same row cells
    whichever cell it formats (a condition without one reads the formatted cell)."""
    match rule:
        case ast.And(rules) | ast.Or(rules):
            return all(names_every_column(inner) for inner in rules)
        case ast.Not(inner):
            return names_every_column(inner)
    return condition_column(rule) is not None


def native_rule(
    rule: ast.Rule, table: Table, columns: tuple[int, ...], sqref: str
) -> ExcelRule | None:
    """Excel's own rule type for `rule`, when it formats the same cells on this table."""
    cells = [table.rows[row][column] for row in range(len(table.rows)) for column in columns]
    anchor = Anchor(table, min(columns), columns)
    x = anchor.own_cell()
    match rule:
        case ast.Comparison(op, ast.Number(value), ast.Column() | None) if all_numbers(cells):
            return ExcelRule("cellIs", sqref, (format_number(value),), CELL_IS[op])
        case ast.Comparison("Equals" | "NotEquals" as op, ast.Text(text), ast.Column() | None) if (
            all_text(cells, blanks=False)
        ):
            return ExcelRule("cellIs", sqref, (quote(text, '"'),), CELL_IS[op])
        case ast.Between(ast.Number(low), ast.Number(high), ast.Column() | None) if all_numbers(
            cells
        ):
            bounds = tuple(format_number(v) for v in sorted((low, high)))
            return ExcelRule("cellIs", sqref, bounds, "between")
        case ast.TextMatch("TextEquals", text, _) if text and all_text(cells, blanks=True):
            return ExcelRule("cellIs", sqref, (quote(text, '"'),), "equal")
        case ast.TextMatch(op, text, _) if (
            text and not set(text) & set("*?~") and all_text(cells, blanks=True)
        ):
            kind = TEXT_TYPES[op]
            return ExcelRule(kind, sqref, (text_formula(kind, x, text),), kind, text)
        case ast.Rank(op, count, _) if (
            count.is_integer()
            and 1 <= count <= 1000
            and not (op.startswith("Bottom") and any(is_blank(v) for v in cells))
        ):  # LibreOffice's bottom N formats blank cells (as 0); the executor, as Excel, does not
            percent, bottom = op.endswith("Percent"), op.startswith("Bottom")
            return ExcelRule("top10", sqref, rank=int(count), percent=percent, bottom=bottom)
        case ast.Average(op, _) if not any(isinstance(v, ExcelError) for v in cells):
            return ExcelRule("aboveAverage", sqref, above_average=op == "AboveAverage")
        case ast.Preset("Duplicates" | "Unique" as op, _) if not any(
            is_blank(v) or isinstance(v, ExcelError) for v in cells
        ):
            return ExcelRule(PRESET_TYPES[op], sqref)
        case ast.Preset(op, _) if op not in ("Duplicates", "Unique"):
            formula = condition_formula(rule, x, "", anchor)
            return ExcelRule(PRESET_TYPES[op], sqref, (formula,))
        case ast.DatePeriod(op, _) if dates_only(cells):
            period = TIME_PERIODS[op]
            return ExcelRule("timePeriod", sqref, (time_period_formula(period, x),), None,
                             time_period=period)  # fmt: skip
    return None


def all_numbers(cells: list[CellValue]) -> bool:
    """Numbers and dates only: Excel's Cell Value rules rank text above numbers, blanks as 0."""
    return bool(cells) and all(numeric(v) is not None for v in cells)


def dates_only(cells: list[CellValue]) -> bool:
    """No number, and no text that reads as a number or date ('25/11/2026' stored as text):
    LibreOffice's timePeriod skips such text, as the executor does, but Excel may read it
    through the formula stored with the rule (`FLOOR(A2,1)=TODAY()`) where its locale parses
    it; the guarded formula rule skips it everywhere."""
    return not any(
        isinstance(v, bool | int | float) or (isinstance(v, str) and numeric(t) is not None)
        for v, t in zip(cells, typed_in(cells), strict=True)
    )


def all_text(cells: list[CellValue], blanks: bool) -> bool:
    return bool(cells) and all(
        (isinstance(v, str) and v.strip()) or (blanks and is_blank(v)) for v in cells
    )


def text_formula(kind: ExcelType, x: str, text: str) -> str:
    """The formula Excel itself stores with a text rule (case-insensitive, like the executor)."""
    wanted = quote(text, '"')
    return {
        "containsText": f"NOT(ISERROR(SEARCH({wanted},{x})))",
        "beginsWith": f"LEFT({x},LEN({wanted}))={wanted}",
        "endsWith": f"RIGHT({x},LEN({wanted}))={wanted}",
    }[kind]


def time_period_formula(period: str, x: str) -> str:
    """The formulas Excel writes beside a timePeriod rule (weeks start on Sunday)."""
    day = f"FLOOR({x},1)"
    return {
        "today": f"{day}=TODAY()",
        "yesterday": f"{day}=TODAY()-1",
        "tomorrow": f"{day}=TODAY()+1",
        "last7Days": f"AND(TODAY()-{day}<=6,{day}<=TODAY())",
        "thisMonth": f"AND(MONTH({x})=MONTH(TODAY()),YEAR({x})=YEAR(TODAY()))",
        "lastMonth": f"AND(MONTH({x})=MONTH(EDATE(TODAY(),0-1)),"
        f"YEAR({x})=YEAR(EDATE(TODAY(),0-1)))",
        "nextMonth": f"AND(MONTH({x})=MONTH(EDATE(TODAY(),0+1)),"
        f"YEAR({x})=YEAR(EDATE(TODAY(),0+1)))",
        "thisWeek": f"AND(TODAY()-ROUNDDOWN({x},0)<=WEEKDAY(TODAY())-1,"
        f"ROUNDDOWN({x},0)-TODAY()<=7-WEEKDAY(TODAY()))",
        "lastWeek": f"AND(TODAY()-ROUNDDOWN({x},0)>=(WEEKDAY(TODAY())),"
        f"TODAY()-ROUNDDOWN({x},0)<(WEEKDAY(TODAY())+7))",
        "nextWeek": f"AND(ROUNDDOWN({x},0)-TODAY()>(7-WEEKDAY(TODAY())),"
        f"ROUNDDOWN({x},0)-TODAY()<(15-WEEKDAY(TODAY())))",
    }[period]
