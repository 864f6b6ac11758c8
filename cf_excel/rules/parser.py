"""Parse CF rule text into the typed AST of `cf_excel.rules.ast`.

Aliases and case variants (`top`, `Duplicate`, `StartsWith`, `GreaterThanEquals`, `top(10%)`)
fold into one canonical node here. Bad text raises `RuleSyntaxError` with the position and the
expected tokens; text that is not a rule at all (raw ExcelScript, empty, `--`) raises its
subclass `NotARuleError` with a reason, so loaders can count it instead of dropping it silently.
"""

from __future__ import annotations

import re
from typing import Any, Literal, cast, get_args

from lark import Token, Transformer, v_args
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)

from cf_excel.rules import ast
from cf_excel.rules.formula_array_functions import ARRAY_FUNCTIONS
from cf_excel.rules.formula_scalar_functions import SCALAR_FUNCTIONS
from cf_excel.rules.grammar import rule_parser

CANONICAL_NAMES: dict[str, str] = {
    name.lower(): canonical
    for canonical, aliases in {
        "GreaterThan": ["GreaterThan"],
        "GreaterThanEqual": ["GreaterThanEqual", "GreaterThanEquals", "GreaterThanOrEqual"],
        "LessThan": ["LessThan"],
        "LessThanEqual": ["LessThanEqual", "LessThanEquals", "LessThanOrEqual"],
        "Equals": ["Equals", "Equal"],
        "NotEquals": ["NotEquals", "NotEqual"],
        "TextEquals": ["TextEquals"],
        "TextContains": ["TextContains"],
        "TextStartsWith": ["TextStartsWith", "StartsWith", "BeginsWith"],
        "TextEndsWith": ["TextEndsWith", "EndsWith"],
        "Top": ["Top"],
        "Bottom": ["Bottom"],
        "TopPercent": ["TopPercent"],
        "BottomPercent": ["BottomPercent"],
        "AboveAverage": ["AboveAverage"],
        "BelowAverage": ["BelowAverage"],
        "Duplicates": ["Duplicates", "Duplicate"],
        "Unique": ["Unique"],
        "Blanks": ["Blanks"],
        "NoBlanks": ["NoBlanks", "NotBlanks"],
        "Errors": ["Errors"],
        "NoErrors": ["NoErrors"],
        "ColorScale": ["ColorScale"],
        "DataBar": ["DataBar"],
        "IconSet": ["IconSet"],
        **{period: [period] for period in get_args(ast.DateOp)},
        "BeforeToday": ["BeforeToday", "Overdue"],
        "AfterToday": ["AfterToday", "Future"],
        "NextDays": ["NextDays", "WithinNextDays"],
        "LastDays": ["LastDays", "WithinLastDays"],
        "OlderThan": ["OlderThan"],
        "Rows": ["Rows", "WholeRow", "EntireRow"],
        "Columns": ["Columns"],
    }.items()
    for name in aliases
}

# Human names for the terminals Lark reports as expected.
TERMINAL_NAMES = {
    "LPAR": "'('",
    "RPAR": "')'",
    "COMMA": "','",
    "COLUMN": "a column like c[0]",
    "NUMBER": "a number",
    "STRING": "a quoted string",
    "FREE_TEXT": "text",
    "CELL_REF": "a cell reference like $A2",
    "QUANTITY": "a number with a unit",
    "COMPARE_OP": "a comparison such as GreaterThan",
    "TEXT_OP": "a text function such as TextContains",
    "RANK_OP": "Top/Bottom",
    "AVERAGE_OP": "AboveAverage/BelowAverage",
    "PRESET_OP": "Duplicates/Blanks/Errors",
    "DATE_OP": "a date period such as LastMonth",
    "VISUAL_OP": "ColorScale/DataBar/IconSet",
    "TODAY_OP": "BeforeToday/AfterToday",
    "DAYS_OP": "NextDays/LastDays/OlderThan",
    "ROWS": "Rows",
    "COLUMNS": "Columns",
    "BETWEEN": "Between",
    "AND": "AND",
    "OR": "OR",
    "NOT": "NOT",
    "LEN": "LEN",
    "FUNCTION": "an Excel function",
    "$END": "end of rule",
    "F_ADD_OP": "'+' or '-'",
    "F_MUL_OP": "'*' or '/'",
    "F_COMPARE_OP": "a comparison like '>'",
    "EQUAL": "'='",
    "AMPERSAND": "'&'",
    "CIRCUMFLEX": "'^'",
    "COLON": "':'",
}

# The Excel functions a formula rule may call (the grammar's FUNCTION terminal lists the same).
EXCEL_FUNCTIONS = tuple(sorted(set(ARRAY_FUNCTIONS) | set(SCALAR_FUNCTIONS)))
CALLED_NAME = re.compile(r"([A-Za-z_][\w.]*)\s*\(")

EXCELSCRIPT_MARKERS = re.compile(r"ExcelScript\.|formula\d\s*:|selectedSheet|=>|;\s*(//|$)|\}\)")


class RuleSyntaxError(ValueError):
    """Rule text that does not parse: where, what was found, what was expected."""

    def __init__(
        self, text: str, message: str, position: int | None = None, expected: tuple[str, ...] = ()
    ) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        where = ""
        if position is not None:
            where = f" at column {position + 1}\n  {text}\n  {' ' * position}^"
        super().__init__(f"{message}{where}")


class NotARuleError(RuleSyntaxError):
    """Text that is no rule at all (ExcelScript code, empty, a placeholder)."""

    def __init__(self, text: str, reason: str) -> None:
        self.reason = reason
        super().__init__(text, f"not a CF rule ({reason}): {text[:60]!r}")


def parse_rule(text: str) -> ast.Rule:
    """Parse one rule; raises RuleSyntaxError (or NotARuleError) on bad text."""
    reason = not_a_rule_reason(text)
    if reason:
        raise NotARuleError(text, reason)
    try:
        tree = rule_parser().parse(text)
    except UnexpectedInput as error:
        raise syntax_error(text, error) from None
    try:
        return cast(ast.Rule, RuleBuilder(text).transform(tree))
    except VisitError as error:  # a check the grammar cannot make (a span written backwards)
        if isinstance(error.orig_exc, RuleSyntaxError):
            raise error.orig_exc from None
        raise


def parse_formula(text: str) -> ast.Expr:
    """Parse an Excel formula (with or without its leading `=`) into an expression."""
    rule = parse_rule(text if text.startswith("=") else "=" + text)
    assert isinstance(rule, ast.Formula)
    return rule.expr


def not_a_rule_reason(text: str) -> str | None:
    """Why a line is obviously not a rule, or None when it should be parsed."""
    stripped = text.strip()
    if not stripped or not re.search(r"[A-Za-z0-9$]", stripped):
        return "empty or placeholder"
    if EXCELSCRIPT_MARKERS.search(stripped):
        return "ExcelScript code"
    if stripped.count("(") != stripped.count(")"):
        return "unbalanced parentheses"
    return None


def syntax_error(text: str, error: UnexpectedInput) -> RuleSyntaxError:
    """Turn Lark's exception into one message naming the position and expected tokens."""
    position = max(getattr(error, "pos_in_stream", None) or 0, 0)
    if isinstance(error, UnexpectedToken):
        expected = error.accepts or error.expected
        found = "end of rule" if error.token.type == "$END" else f"{str(error.token)!r}"
        position = error.token.start_pos if error.token.start_pos is not None else len(text)
    elif isinstance(error, UnexpectedCharacters):
        expected = error.allowed or set()
        found = f"{text[position]!r}"
    elif isinstance(error, UnexpectedEOF):
        expected, found, position = set(error.expected), "end of rule", len(text)
    else:
        expected, found = set(), "unexpected input"
    names = tuple(sorted({TERMINAL_NAMES.get(name, describe_terminal(name)) for name in expected}))
    message = f"unexpected {found}"
    if names:
        message += f"; expected {', '.join(names)}"
    unknown = unknown_function(text, position)
    if unknown is not None:  # `=XLOOKUP(...)`: name it, and what can be called instead
        message = f"unknown function {unknown}"
        if "FUNCTION" in expected:
            message += f" (the Excel functions cf-excel evaluates: {', '.join(EXCEL_FUNCTIONS)})"
    return RuleSyntaxError(text, message, position, names)


def unknown_function(text: str, position: int) -> str | None:
    """The name called at `position` (`XLOOKUP(`) when it is neither an Excel function we
    evaluate nor a rule name; None otherwise."""
    called = CALLED_NAME.match(text, position)
    if called is None:
        return None
    name = called.group(1)
    known = name.upper() in EXCEL_FUNCTIONS or name.lower() in CANONICAL_NAMES
    return None if known or name.upper() in ("AND", "OR", "NOT", "LEN") else name


def describe_terminal(name: str) -> str:
    """Anonymous terminals (`"&"`) get their literal pattern from the grammar."""
    for terminal in rule_parser().terminals:
        if terminal.name == name:
            return repr(terminal.pattern.value) if terminal.pattern.type == "str" else name
    return name


def parse_number(token: str) -> float:
    """`75%` is 0.75, as Excel reads it."""
    if token.endswith("%"):
        return float(token[:-1]) / 100
    return float(token)


def unquote(token: str) -> str:
    """Strip a string literal's quotes; a doubled quote inside stands for one."""
    quote = token[0]
    return token[1:-1].replace(quote * 2, quote)


def canonical(name: Token) -> str:
    return CANONICAL_NAMES[str(name).lower()]


class UnquotedText(ast.Text):
    """Unquoted text while building: a leading space is part of it only right after `(`."""


@v_args(inline=True)
class RuleBuilder(Transformer[Token, Any]):
    """Lark parse tree → AST (lark examples/advanced/create_ast.py, by hand)."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text  # quoted in the errors only the tree can find

    def start(self, rule: ast.Rule) -> ast.Rule:
        return rule

    # ---- values ----
    def column(self, token: Token) -> ast.Column:
        return ast.Column(int(re.sub(r"\D", "", str(token))))

    def number(self, token: Token) -> ast.Number:
        return ast.Number(parse_number(str(token)))

    def string(self, token: Token) -> ast.Text:
        return ast.Text(unquote(str(token)))

    def free_text(self, token: Token) -> UnquotedText:
        return UnquotedText(str(token))

    def quantity(self, token: Token) -> ast.Text:
        return ast.Text(" ".join(str(token).split()))

    def cell_ref(self, token: Token) -> ast.CellRef:
        return cell_ref(token)

    def length(self, _len: Token, column: ast.Column) -> ast.Length:
        return ast.Length(column)

    # ---- cell rules ----
    def comparison(self, op: Token, *args: ast.Operand) -> ast.Comparison:
        subject = cast("ast.Subject | None", args[0]) if len(args) == 2 else None
        return ast.Comparison(cast(ast.CompareOp, canonical(op)), args[-1], subject)

    def between(self, _op: Token, *args: Any) -> ast.Between:
        subject = args[0] if len(args) == 3 else None
        return ast.Between(args[-2], args[-1], subject)

    def text_match(self, op: Token, *args: Any) -> ast.TextMatch:
        column = args[0] if len(args) == 2 else None
        text = args[-1].value if args and args[-1] is not None else ""
        if column is not None and isinstance(args[-1], UnquotedText):
            text = text.lstrip()  # the space after the comma: `TextEquals(c[1], Done)`
        return ast.TextMatch(cast(ast.TextOp, canonical(op)), text, column)

    def count(self, token: Token) -> tuple[float, bool]:
        """A rank's N and whether it was written as a percent (`top(10%)`)."""
        text = str(token)
        return float(text.rstrip("%")), text.endswith("%")

    def rank(self, op: Token, *args: Any) -> ast.Rank:
        name = canonical(op)
        column = next((a for a in args if isinstance(a, ast.Column)), None)
        count, is_percent = next((a for a in args if isinstance(a, tuple)), (10.0, False))
        if is_percent and not name.endswith("Percent"):
            name += "Percent"
        return ast.Rank(cast(ast.RankOp, name), count, column)

    def average(self, op: Token, column: ast.Column | None) -> ast.Average:
        return ast.Average(cast(ast.AverageOp, canonical(op)), column)

    def preset(self, op: Token, column: ast.Column | None) -> ast.Preset:
        return ast.Preset(cast(ast.PresetOp, canonical(op)), column)

    def date_period(self, op: Token, column: ast.Column | None) -> ast.DatePeriod:
        return ast.DatePeriod(cast(ast.DateOp, canonical(op)), column)

    def relative_date(self, op: Token, *args: Any) -> ast.RelativeDate:
        column = next((a for a in args if isinstance(a, ast.Column)), None)
        days = next((a.value for a in args if isinstance(a, ast.Number)), 0.0)
        return ast.RelativeDate(cast(ast.RelativeDateOp, canonical(op)), days, column)

    def visual(self, op: Token, column: ast.Column | None) -> ast.Visual:
        return ast.Visual(cast(ast.VisualOp, canonical(op)), column)

    def whole_row(self, _op: Token, rule: ast.Rule) -> ast.WholeRow:
        return ast.WholeRow(rule)

    def span(self, first: Token, last: Token | None) -> tuple[int, int]:
        """`c[i]` or `c[i]:c[j]` as (i, j); a span written right to left is an error, so
        that each span has one spelling."""
        start = self.column(first).index
        end = start if last is None else self.column(last).index
        if end < start:
            position = last.start_pos if last is not None else None
            message = f"a column span runs left to right: write c[{end}]:c[{start}]"
            raise RuleSyntaxError(self.text, message, position, ("a column like c[0]",))
        return start, end

    def scoped(self, _op: Token, span: tuple[int, int], rule: ast.Rule) -> ast.Scoped:
        return ast.Scoped(span[0], span[1], rule)

    # ---- boolean combinations ----
    def rule_list(self, *rules: ast.Rule) -> tuple[ast.Rule, ...]:
        return rules

    def and_rule(self, _op: Token, rules: tuple[ast.Rule, ...] | None) -> ast.And:
        return ast.And(rules or ())

    def or_rule(self, _op: Token, rules: tuple[ast.Rule, ...] | None) -> ast.Or:
        return ast.Or(rules or ())

    def not_rule(self, _op: Token, rule: ast.Rule) -> ast.Not:
        return ast.Not(rule)

    # ---- formulas ----
    def formula(self, expr: ast.Expr) -> ast.Formula:
        return ast.Formula(expr)

    def f_binary(self, left: ast.Expr, op: Token, right: ast.Expr) -> ast.Binary:
        return ast.Binary(str(op), left, right)

    def f_concat_op(self, left: ast.Expr, right: ast.Expr) -> ast.Binary:
        return ast.Binary("&", left, right)

    def f_power_op(self, left: ast.Expr, right: ast.Expr) -> ast.Binary:
        return ast.Binary("^", left, right)

    def f_negate(self, sign: Token, operand: ast.Expr) -> ast.Negate:
        return ast.Negate(cast(Literal["-", "+"], str(sign)), operand)

    def f_range(self, start: Token, end: Token) -> ast.Range:
        first, last = cell_ref(start), cell_ref(end)
        sheet = first.ref.rpartition("!")[0]
        if sheet and "!" not in last.ref:  # `Menu!$G$1:$G$5`: both ends on Menu
            last = ast.CellRef(f"{sheet}!{last.ref}")
        return ast.Range(first, last)

    def f_call(self, name: Token, args: tuple[ast.Expr, ...] | None) -> ast.Call:
        return ast.Call(str(name).upper(), args or ())

    def f_args(self, *args: ast.Expr) -> tuple[ast.Expr, ...]:
        return args

    def __default__(self, data: Any, children: Any, meta: Any) -> Any:
        raise AssertionError(f"grammar rule {data} has no AST builder")  # pragma: no cover


def cell_ref(token: Token) -> ast.CellRef:
    """An A1 reference in capitals; the sheet it names keeps its spelling."""
    sheet, mark, address = str(token).rpartition("!")
    return ast.CellRef(sheet + mark + address.upper())
