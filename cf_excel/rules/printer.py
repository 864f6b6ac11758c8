"""Print an AST as canonical rule text: one spelling per rule, so that equal rules print equal.

Canonical form: canonical function names, `c[i]` columns first, quoted text ('...' with '' for a
quote), numbers without a trailing `.0`, ", " between arguments, Top/Bottom with their count
written out. Formulas print with Excel's operators and only the parentheses precedence needs.
"""

from __future__ import annotations

from cf_excel.rules import ast

# Excel operator precedence, loosest first; atoms bind tightest.
PRECEDENCE = {
    "=": 1,
    "<>": 1,
    "<": 1,
    ">": 1,
    "<=": 1,
    ">=": 1,
    "&": 2,
    "+": 3,
    "-": 3,
    "*": 4,
    "/": 4,
    "^": 5,
}
UNARY_PRECEDENCE = 6
ATOM_PRECEDENCE = 7
TODAY_OPS = ("BeforeToday", "AfterToday")  # relative-date ops without a number of days
RULE_KEYWORDS = ("AND(", "OR(", "NOT(", "TODAY(")  # rule-level names that are functions too


def format_rule(rule: ast.Rule) -> str:
    """The canonical text of a rule; `parse_rule(format_rule(r)) == r`."""
    match rule:
        case ast.Comparison(op, value, subject):
            return call(op, subject, format_operand(value))
        case ast.Between(low, high, subject):
            return call("Between", subject, format_operand(low), format_operand(high))
        case ast.TextMatch(op, text, column):
            return call(op, column, quote(text))
        case ast.Rank(op, count, column):
            return call(op, column, format_number(count))
        case ast.Average(op, column) | ast.Preset(op, column) | ast.DatePeriod(op, column):
            return call(op, column)
        case ast.Visual(op, column):
            return call(op, column)
        case ast.RelativeDate(op, days, column):
            return call(op, column, *([] if op in TODAY_OPS else [format_number(days)]))
        case ast.WholeRow(inner):
            return f"Rows({format_rule(inner)})"
        case ast.Scoped(first, last, inner):
            span = f"c[{first}]" if first == last else f"c[{first}]:c[{last}]"
            return f"Columns({span}, {format_rule(inner)})"
        case ast.Not(inner):
            return f"NOT({format_rule(inner)})"
        case ast.And(rules):
            return f"AND({', '.join(format_rule(r) for r in rules)})"
        case ast.Or(rules):
            return f"OR({', '.join(format_rule(r) for r in rules)})"
        case ast.Formula(expr):
            text = format_expr(expr)
            # `=` keeps a formula that opens with AND( or TODAY( from reading as a rule.
            return "=" + text if text.startswith(RULE_KEYWORDS) else text
    raise TypeError(f"not a rule: {rule!r}")


def call(name: str, column: ast.Subject | None, *args: str) -> str:
    parts = ([format_operand(column)] if column is not None else []) + list(args)
    return f"{name}({', '.join(parts)})"


def format_operand(value: ast.Operand) -> str:
    match value:
        case ast.Column(index):
            return f"c[{index}]"
        case ast.Length(column):
            return f"LEN(c[{column.index}])"
        case ast.Number(number):
            return format_number(number)
        case ast.Text(text):
            return quote(text)
        case ast.CellRef(ref):
            return ref
    raise TypeError(f"not an operand: {value!r}")


def format_number(value: float) -> str:
    """Integers without `.0`; everything else as Python's shortest round-tripping repr."""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def quote(text: str, mark: str = "'") -> str:
    return mark + text.replace(mark, mark * 2) + mark


def format_expr(expr: ast.Expr) -> str:
    """An Excel formula expression, parenthesised only where precedence requires it."""
    match expr:
        case ast.Number(value):
            return format_number(value)
        case ast.Text(text):
            return quote(text, '"')
        case ast.CellRef(ref):
            return ref
        case ast.Range(start, end):
            sheet, mark, address = end.ref.rpartition("!")
            same = mark and start.ref.startswith(sheet + mark)  # `Menu!$G$1:$G$5`
            return f"{start.ref}:{address if same else end.ref}"
        case ast.Call(name, args):
            return f"{name}({','.join(format_expr(a) for a in args)})"
        case ast.Negate(sign, operand):
            return sign + wrap(operand, UNARY_PRECEDENCE)
        case ast.Binary(op, left, right):
            level = PRECEDENCE[op]
            # Left-associative: a right operand at the same level needs parentheses.
            return f"{wrap(left, level)}{op}{wrap(right, level + 1)}"
    raise TypeError(f"not a formula expression: {expr!r}")


def wrap(expr: ast.Expr, level: int) -> str:
    text = format_expr(expr)
    return f"({text})" if precedence(expr) < level else text


def precedence(expr: ast.Expr) -> int:
    if isinstance(expr, ast.Binary):
        return PRECEDENCE[expr.op]
    if isinstance(expr, ast.Negate):
        return UNARY_PRECEDENCE
    if isinstance(expr, ast.Number) and expr.value < 0:
        return UNARY_PRECEDENCE  # printed with a sign, like a negation
    return ATOM_PRECEDENCE
