"""Rules in plain words, with the table's own column names: what a user reads before applying.

`GreaterThan(c[2], 1000)` on an invoice table reads "Amount is greater than 1000";
`Rows(BeforeToday(c[3]))` reads "rows where Due Date is before today".
"""

from __future__ import annotations

from cf_excel.rules import ast
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


def describe_rule(rule: ast.Rule, header: tuple[str, ...]) -> str:
    """One line of plain words; `header` names the columns (`c[i]` beyond it stays `c[i]`)."""
    if isinstance(rule, ast.WholeRow):
        return f"rows where {condition(rule.rule, header)}"
    if isinstance(rule, ast.Visual):
        return f"{VISUAL_WORDS[rule.op]} on {subject(rule.column, header)}"
    return condition(rule, header)


def condition(rule: ast.Rule, header: tuple[str, ...]) -> str:
    match rule:
        case ast.Comparison(op, value, subject_):
            return f"{subject(subject_, header)} {COMPARE_WORDS[op]} {operand(value, header)}"
        case ast.Between(low, high, subject_):
            return (
                f"{subject(subject_, header)} is between {operand(low, header)} "
                f"and {operand(high, header)}"
            )
        case ast.TextMatch(op, text, column):
            return f"{subject(column, header)} {TEXT_WORDS[op]} {text!r}"
        case ast.Rank(op, count, column):
            end = "top" if op.startswith("Top") else "bottom"
            amount = f"{format_number(count)}%" if op.endswith("Percent") else format_number(count)
            return f"{subject(column, header)} is in the {end} {amount}"
        case ast.Average(op, column):
            side = "above" if op == "AboveAverage" else "below"
            return f"{subject(column, header)} is {side} average"
        case ast.Preset(op, column):
            return f"{subject(column, header)} {PRESET_WORDS[op]}"
        case ast.DatePeriod(op, column):
            return f"{subject(column, header)} is {PERIOD_WORDS[op]}"
        case ast.RelativeDate(op, days, column):
            n = format_number(days)
            words = {
                "BeforeToday": "is before today",
                "AfterToday": "is after today",
                "NextDays": f"is within the next {n} days",
                "LastDays": f"is within the last {n} days",
                "OlderThan": f"is more than {n} days ago",
            }[op]
            return f"{subject(column, header)} {words}"
        case ast.Not(inner):
            return f"not ({condition(inner, header)})"
        case ast.And(rules):
            return " and ".join(condition(r, header) for r in rules) or "never"
        case ast.Or(rules):
            return " or ".join(condition(r, header) for r in rules) or "never"
        case ast.Formula(expr):
            return f"formula ={format_expr(expr)} holds"
        case ast.Visual() | ast.WholeRow():
            return describe_rule(rule, header)
    raise TypeError(f"not a rule: {rule!r}")


def subject(value: ast.Column | ast.Length | None, header: tuple[str, ...]) -> str:
    match value:
        case None:
            return "the cell"
        case ast.Length(column):
            return f"the length of {subject(column, header)}"
        case ast.Column(index):
            return header[index] if index < len(header) and header[index] else f"column {index + 1}"
    raise TypeError(f"not a subject: {value!r}")


def operand(value: ast.Operand, header: tuple[str, ...]) -> str:
    match value:
        case ast.Number(number):
            return format_number(number)
        case ast.Text(text):
            return repr(text)
        case ast.CellRef(ref):
            return ref
        case ast.Column() | ast.Length():
            return subject(value, header)
    raise TypeError(f"not an operand: {value!r}")
