"""Compile a rule to the Excel formula of a formula-type conditional format.

The formula is written for the top-left cell of the range it is applied to: the formatted
cell's own references keep row and column relative (`B2`), a condition on `c[i]` anchors the
column (`$D2`), and statistics (ranks, averages, duplicates) use absolute ranges (`$B$2:$B$40`).
Each condition carries the executor's type guards (numeric criteria on numeric cells only) in an
IF, so it is FALSE, never an error, on error cells, and Excel formats exactly the cells
`highlighted_cells` returns, inside AND/OR/NOT too.
"""

from __future__ import annotations

from dataclasses import dataclass

from cf_excel.rules import ast
from cf_excel.rules.executor import condition_column
from cf_excel.rules.printer import format_expr, format_number, quote
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import type_text

COMPARE = {
    "GreaterThan": ">",
    "GreaterThanEqual": ">=",
    "LessThan": "<",
    "LessThanEqual": "<=",
    "Equals": "=",
    "NotEquals": "<>",
}


@dataclass(frozen=True)
class Anchor:
    """Where the formula is written: the first data row and the column it is applied to."""

    table: Table
    column: int  # 0-based table column of the formatted cell
    base_columns: tuple[int, ...]  # columns a condition without `c[i]` ranges over
    absolute: bool = False  # anchor the cell's own column too (`$B2`): whole-row rules

    @property
    def first_row(self) -> int:
        return self.table.data_rows[0]

    @property
    def last_row(self) -> int:
        return self.table.data_rows[1]

    def letter(self, column: int) -> str:
        return column_letter(self.table.origin[1] + column)

    def own_cell(self) -> str:
        return f"{'$' if self.absolute else ''}{self.letter(self.column)}{self.first_row}"

    def row_cell(self, column: int) -> str:
        return f"${self.letter(column)}{self.first_row}"

    def span(self, columns: tuple[int, ...]) -> str:
        return (
            f"${self.letter(min(columns))}${self.first_row}:"
            f"${self.letter(max(columns))}${self.last_row}"
        )


def rule_formula(rule: ast.Rule, anchor: Anchor) -> str:
    """The Excel formula (without '=') that is TRUE exactly where the rule formats a cell."""
    match rule:
        case ast.And(rules):
            return f"AND({','.join(nested(r, anchor) for r in rules)})" if rules else "FALSE()"
        case ast.Or(rules):
            return f"OR({','.join(nested(r, anchor) for r in rules)})" if rules else "FALSE()"
        case ast.Not(inner):
            return f"NOT({nested(inner, anchor)})"
        case ast.Formula(expr):
            return format_expr(expr)
    column = condition_column(rule)
    cell = anchor.own_cell() if column is None else anchor.row_cell(column)
    base = anchor.base_columns if column is None else (column,)
    return condition_formula(rule, cell, anchor.span(base), anchor)


def nested(rule: ast.Rule, anchor: Anchor) -> str:
    """A condition inside AND/OR/NOT. A raw formula there becomes a plain TRUE or FALSE, as the
    executor counts it (TRUE or a non-zero number holds; an error, a text or a blank does not):
    Excel's AND, OR and NOT pass an error on, so NOT(1/0) would format nothing at all."""
    if not isinstance(rule, ast.Formula):
        return rule_formula(rule, anchor)
    f = f"({format_expr(rule.expr)})"
    return f"IF(ISNUMBER({f}),{f}<>0,IF(ISERROR({f}),FALSE(),{f}=TRUE()))"


def condition_formula(rule: ast.Rule, x: str, span: str, anchor: Anchor) -> str:
    """One condition on the cell `x`; `span` is the range its statistics range over."""
    match rule:
        case ast.Comparison(op, value, subject):
            left = f"LEN({x})" if isinstance(subject, ast.Length) else x
            return comparison(
                left,
                COMPARE[op],
                operand(value, anchor),
                numeric_left=isinstance(subject, ast.Length),
            )
        case ast.Between(low, high, subject):
            left = f"LEN({x})" if isinstance(subject, ast.Length) else x
            lo, hi = operand(low, anchor), operand(high, anchor)
            if isinstance(low, ast.Number) and isinstance(high, ast.Number):
                return when(
                    f"ISNUMBER({left})", f"AND({left}>=MIN({lo},{hi}),{left}<=MAX({lo},{hi}))"
                )
            # A text or cell bound: each end compared by its own type, either order.
            length = isinstance(subject, ast.Length)
            ge_lo, le_lo, ge_hi, le_hi = (
                comparison(left, op, bound, numeric_left=length)
                for bound in (lo, hi)
                for op in (">=", "<=")
            )
            return f"OR(AND({ge_lo},{le_hi}),AND({ge_hi},{le_lo}))"
        case ast.TextMatch(op, text, _):
            shown, wanted = f'{x}&""', quote(text, '"')
            test = {
                "TextEquals": f"{shown}={wanted}",
                "TextContains": f"ISNUMBER(FIND(LOWER({wanted}),LOWER({shown})))",
                "TextStartsWith": f"LEFT({shown},{len(text)})={wanted}",
                "TextEndsWith": f"RIGHT({shown},{len(text)})={wanted}",
            }[op]
            return when(f"NOT(ISERROR({x}))", test)
        case ast.Rank(op, count, _):
            n = (
                f"MAX(1,INT(COUNT({span})*{format_number(count)}/100))"
                if op.endswith("Percent")
                else str(max(int(count), 1))
            )
            # AGGREGATE(14|15, 6, ...) is LARGE/SMALL ignoring error cells, as the executor does.
            pick, sign = (14, ">=") if op.startswith("Top") else (15, "<=")
            return when(
                f"ISNUMBER({x})", f"{x}{sign}AGGREGATE({pick},6,{span},MIN({n},COUNT({span})))"
            )
        case ast.Average(op, _):
            sign = ">" if op == "AboveAverage" else "<"
            return when(f"ISNUMBER({x})", f"{x}{sign}AGGREGATE(1,6,{span})")
        case ast.Preset(op, _):
            if op in ("Errors", "NoErrors"):
                return f"ISERROR({x})" if op == "Errors" else f"NOT(ISERROR({x}))"
            equal = equal_count(span, x, anchor.table)
            test = {
                "Duplicates": f"AND(LEN(TRIM({x}))>0,{equal}>1)",
                "Unique": f"AND(LEN(TRIM({x}))>0,{equal}=1)",
                "Blanks": f"LEN(TRIM({x}))=0",
                "NoBlanks": f"LEN(TRIM({x}))>0",
            }[op]
            return when(f"NOT(ISERROR({x}))", test)
        case ast.DatePeriod(op, _):
            return when(f"ISNUMBER({x})", date_test(op, f"INT({x})"))
        case ast.RelativeDate(op, days, _):
            return when(f"ISNUMBER({x})", relative_date_test(op, f"INT({x})", format_number(days)))
        case ast.Visual():
            return f"ISNUMBER({x})"
    raise TypeError(f"not a condition: {rule!r}")


def equal_count(span: str, x: str, table: Table) -> str:
    """How many cells of `span` equal `x`. COUNTIF says it where it can, but its criterion is
    a pattern: `*`, `?` and `~` are wildcards, "<5" a comparison, and a text that reads as a
    number, date or TRUE matches that value. On a table holding such a text, every cell is
    compared with `=` instead (case-insensitive, exact, a blank or an error equal to none)."""
    if not any(misread_by_countif(value) for row in table.rows for value in row):
        return f"COUNTIF({span},{x})"
    cells = f'IF(ISERROR({span}),"",{span})'
    return f'SUMPRODUCT(({cells}<>"")*({cells}={x}))'


def misread_by_countif(value: object) -> bool:
    return isinstance(value, str) and (
        bool(set(value) & set("*?~"))
        or value.startswith(("<", ">", "="))
        or not isinstance(type_text(value), str)
    )


def when(guard: str, test: str) -> str:
    """`test` where `guard` holds, else FALSE. IF evaluates only its chosen branch, so an error
    cell yields FALSE rather than an error, which would poison an enclosing OR or NOT."""
    return f"IF({guard},{test},FALSE())"


def comparison(left: str, op: str, right: str, numeric_left: bool) -> str:
    """Numeric criteria need a numeric cell, text criteria a text cell (the executor's rule)."""
    if right.startswith('"'):
        return when(f"ISTEXT({left})", f"{left}{op}{right}")
    if is_number(right) or numeric_left:
        return when(f"ISNUMBER({left})", f"{left}{op}{right}")
    # A column or cell reference: its type decides, and an empty reference counts as zero.
    as_text = when(f"ISTEXT({left})", f"{left}{op}{right}")
    numbers = f"AND(ISNUMBER({left}),OR(ISNUMBER({right}),ISBLANK({right})))"
    return f"IF(ISTEXT({right}),{as_text},{when(numbers, f'{left}{op}N({right})')})"


def operand(value: ast.Operand, anchor: Anchor) -> str:
    match value:
        case ast.Number(number):
            return format_number(number)
        case ast.Text(text):
            return quote(text, '"')
        case ast.CellRef(ref):  # a fixed cell, as the executor reads it: `$B$1` however written
            return absolute(ref)
        case ast.Column(index):
            return anchor.row_cell(index)
        case ast.Length(column):
            return f"LEN({anchor.row_cell(column.index)})"
    raise TypeError(f"not an operand: {value!r}")


def absolute(ref: str) -> str:
    """`B1` or `Data!$B1` as `$B$1` or `Data!$B$1`."""
    sheet, mark, cell = ref.rpartition("!")
    letters = cell.replace("$", "").rstrip("0123456789")
    return f"{sheet}{mark}${letters}${cell.replace('$', '')[len(letters) :]}"


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def relative_date_test(op: ast.RelativeDateOp, day: str, days: str) -> str:
    return {
        "BeforeToday": f"{day}<TODAY()",
        "AfterToday": f"{day}>TODAY()",
        "NextDays": f"AND({day}>=TODAY(),{day}<=TODAY()+{days})",
        "LastDays": f"AND({day}>=TODAY()-{days},{day}<=TODAY())",
        "OlderThan": f"{day}<TODAY()-{days}",
    }[op]


def date_test(op: ast.DateOp, day: str) -> str:
    """Excel's timePeriod tests; weeks start on Sunday (WEEKDAY(...)=1)."""
    week = f"({day}-WEEKDAY({day}))"
    this_week = "(TODAY()-WEEKDAY(TODAY()))"
    month = f"(YEAR({day})*12+MONTH({day}))"
    this_month = "(YEAR(TODAY())*12+MONTH(TODAY()))"
    return {
        "Yesterday": f"{day}=TODAY()-1",
        "Today": f"{day}=TODAY()",
        "Tomorrow": f"{day}=TODAY()+1",
        "Last7Days": f"AND({day}>=TODAY()-6,{day}<=TODAY())",
        "LastWeek": f"{week}={this_week}-7",
        "ThisWeek": f"{week}={this_week}",
        "NextWeek": f"{week}={this_week}+7",
        "LastMonth": f"{month}={this_month}-1",
        "ThisMonth": f"{month}={this_month}",
        "NextMonth": f"{month}={this_month}+1",
    }[op]
