"""Rules in plain words, with the table's own column names: what a user reads before applying.

`GreaterThan(c[2], 1000)` on an invoice table reads "Amount is greater than 1000";
`Rows(BeforeToday(c[3]))` reads "rows where Due Date is before today";
`Columns(c[1]:c[4], LessThan(0.6))` reads "in Score 1 to Score 4: the cell is less than 0.6".
"""

from __future__ import annotations

from dataclasses import dataclass

from cf_excel.rules import ast
from cf_excel.rules.ast import walk
from cf_excel.rules.printer import format_expr, format_number

COMPARE_WORDS = {
    "GreaterThan": "is greater than",
    "GreaterThanEqual": "is at least",
    "LessThan": "is less than",
    "LessThanEqual": "is at most",
    "Equals": "is",
    "NotEquals": "is not",
}
TEXT_WORDS = {
    "TextEquals": "is",
    "TextContains": "contains",
    "TextStartsWith": "starts with",
    "TextEndsWith": "ends with",
}
PRESET_WORDS = {
    "Duplicates": "is a duplicate",
    "Unique": "is unique",
    "Blanks": "is blank",
    "NoBlanks": "is not blank",
    "Errors": "is an error",
    "NoErrors": "is not an error",
}
PERIOD_WORDS = {
    "Yesterday": "yesterday",
    "Today": "today",
    "Tomorrow": "tomorrow",
    "Last7Days": "in the last 7 days",
    "LastWeek": "last week",
    "ThisWeek": "this week",
    "NextWeek": "next week",
    "LastMonth": "last month",
    "ThisMonth": "this month",
    "NextMonth": "next month",
}
VISUAL_WORDS = {"ColorScale": "colour scale", "DataBar": "data bars", "IconSet": "icon set"}


@dataclass(frozen=True)
class Names:
    """The table's column names, and what to call the cells of a rule without a column."""

    header: tuple[str, ...]
    selected: str = "the cell"


def describe_rule(rule: ast.Rule, header: tuple[str, ...], selected: str = "the cell") -> str:
    """One line of plain words; `header` names the columns, `selected` the cells a condition
    without a column applies to (the selected column's name, when it is one column)."""
    names = Names(header, selected)
    if isinstance(rule, ast.WholeRow):
        return f"rows where {condition(rule.rule, names)}"
    if isinstance(rule, ast.Scoped):
        return scoped(rule, names)
    if isinstance(rule, ast.Visual):
        return f"{VISUAL_WORDS[rule.op]} on {subject(rule.column, names)}"
    return condition(rule, names)


def scoped(rule: ast.Scoped, names: Names) -> str:
    """One column reads as that column ("Amount is less than 0.6"), a visual rule as its range
    ("colour scale on Score 1 to Score 4"); otherwise the span comes first, because the
    condition may read other columns ("in Actual: formula =$C2>$B2*0.9 holds")."""
    first = subject(ast.Column(rule.first), names)
    last = subject(ast.Column(rule.last), names)
    span = first if rule.first == rule.last else f"{first} to {last}"
    inner = rule.rule
    if isinstance(inner, ast.Visual) and inner.column is None:
        return describe_rule(inner, names.header, span)
    own_cell = not any(isinstance(node, ast.Column | ast.Formula) for node in walk(inner))
    if rule.first == rule.last and own_cell:
        return describe_rule(inner, names.header, span)
    return f"in {span}: {describe_rule(inner, names.header)}"


def condition(rule: ast.Rule, names: Names) -> str:
    match rule:
        case ast.Comparison(op, value, subject_):
            return f"{subject(subject_, names)} {COMPARE_WORDS[op]} {operand(value, names)}"
        case ast.Between(low, high, subject_):
            return (
                f"{subject(subject_, names)} is between {operand(low, names)} "
                f"and {operand(high, names)}"
            )
        case ast.TextMatch(op, text, column):
            return f"{subject(column, names)} {TEXT_WORDS[op]} {text!r}"
        case ast.Rank(op, count, column):
            end = "top" if op.startswith("Top") else "bottom"
            amount = f"{format_number(count)}%" if op.endswith("Percent") else format_number(count)
            return f"{subject(column, names)} is in the {end} {amount}"
        case ast.Average(op, column):
            side = "above" if op == "AboveAverage" else "below"
            return f"{subject(column, names)} is {side} average"
        case ast.Preset(op, column):
            return f"{subject(column, names)} {PRESET_WORDS[op]}"
        case ast.DatePeriod(op, column):
            return f"{subject(column, names)} is {PERIOD_WORDS[op]}"
        case ast.RelativeDate(op, days, column):
            n = format_number(days)
            words = {
                "BeforeToday": "is before today",
                "AfterToday": "is after today",
                "NextDays": f"is within the next {n} days",
                "LastDays": f"is within the last {n} days",
                "OlderThan": f"is more than {n} days ago",
            }[op]
            return f"{subject(column, names)} {words}"
        case ast.Not(inner):
            return f"not ({condition(inner, names)})"
        case ast.And(rules):
            return " and ".join(condition(r, names) for r in rules) or "never"
        case ast.Or(rules):
            return " or ".join(condition(r, names) for r in rules) or "never"
        case ast.Formula(expr):
            return f"formula ={format_expr(expr)} holds"
        case ast.Visual() | ast.WholeRow() | ast.Scoped():
            return describe_rule(rule, names.header, names.selected)
    raise TypeError(f"not a rule: {rule!r}")


def subject(value: ast.Column | ast.Length | None, names: Names) -> str:
    match value:
        case None:
            return names.selected
        case ast.Length(column):
            return f"the length of {subject(column, names)}"
        case ast.Column(index):
            named = index < len(names.header) and names.header[index]
            return names.header[index] if named else f"column {index + 1}"
    raise TypeError(f"not a subject: {value!r}")


def operand(value: ast.Operand, names: Names) -> str:
    match value:
        case ast.Number(number):
            return format_number(number)
        case ast.Text(text):
            return repr(text)
        case ast.CellRef(ref):
            return ref
        case ast.Column() | ast.Length():
            return subject(value, names)
    raise TypeError(f"not an operand: {value!r}")
