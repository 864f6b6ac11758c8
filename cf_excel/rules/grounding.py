"""Is a rule about the table it is written for and the request it answers?

A small model copies words of the request into rules where they do not belong: "negative
values" became `LessThan(Region, 'negative')`, "highlight blocked tasks" became "Task is Task",
"🔥🔥🔥" became `Name is at most '🔥🔥🔥'`. Such a rule formats nothing, or text that sorts below a
word, which the user never meant; so a candidate comparing a column with a text that column
could not hold is dropped (`ungrounded`). What a column could hold is read from its cells as the
executor reads them (case-insensitively; text tests on the displayed text, comparisons on text
values):

- a literal equal to the column's own header never counts ("Task is Task");
- an equality or ordering (`TextEquals`, `Equals`, `NotEquals`, `LessThan`, `Between`, …) needs
  the literal as a whole value of the column; `TextContains`/`StartsWith`/`EndsWith` need it
  inside one (a future value may start with it where today's only contain it);
- a column with no filled cell holds anything (nothing to judge against: a new column);
- a literal the request puts in quotes ("status is 'Paid'") stays: the user spelled the value
  out, and the sheet may not hold it yet;
- an empty text inside a cell (`TextContains('')`) and a length compared with a text never do.

A formula that reads no cell (`0.75=0>2`, the model's answer to "highlight odd rows") is the same
on every cell and is dropped as well; other formulas are not checked (their strings are for
the user to write: the model's formulas are rare, and a given rule never comes here).

`request_support` measures the other direction, for the confidence of a candidate: how many of
its columns the request names (`sheets.prompt.mentioned_columns`), how many of its literals
come from the request's words, and how many columns the request names that it leaves out (a
second condition the rule dropped).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cf_excel.rules import ast
from cf_excel.rules.executor import applied_columns, subject_columns
from cf_excel.sheets.prompt import mentioned_columns
from cf_excel.sheets.table import ExcelError, Table

INSIDE_OPS = ("TextContains", "TextStartsWith", "TextEndsWith")  # a part of a value will do
POSITION_FUNCTIONS = ("ROW", "COLUMN", "CELL", "INDIRECT", "OFFSET")  # differ from cell to cell
QUOTED = re.compile(r"[\"'“‘]([^\"'”’]+)[\"'”’]")
NUMBER = re.compile(r"[-+]?\$?\d[\d,]*(?:\.\d+)?%?")
SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve"
NUMBER_WORDS = {word: float(n) for n, word in enumerate(SMALL_NUMBERS.split(" "))} | {
    "dozen": 12.0, "twenty": 20.0, "thirty": 30.0, "fifty": 50.0, "hundred": 100.0,
}  # fmt: skip


@dataclass(frozen=True)
class TextLiteral:
    """A text a rule compares cells with: its op, the text and the columns it reads."""

    op: str
    text: str
    columns: tuple[int, ...]


def text_literals(rule: ast.Rule, table: Table) -> Iterator[TextLiteral]:
    """Every text literal the rule compares with cells (formulas aside). A condition without a
    column reads the columns the whole rule applies to (the selection, or a `Columns` span)."""
    scope = applied_columns(rule.rule if isinstance(rule, ast.WholeRow) else rule, table)

    def columns(column: ast.Column | ast.Length | None) -> tuple[int, ...]:
        if isinstance(column, ast.Length):
            return (column.column.index,)
        return scope if column is None else (column.index,)

    def op_of(op: str, subject: ast.Column | ast.Length | None) -> str:
        return "Length" if isinstance(subject, ast.Length) else op

    for node in ast.walk(rule):
        match node:
            case ast.TextMatch(op, text, column):
                yield TextLiteral(op, text, columns(column))
            case ast.Comparison(op, ast.Text(text), subject):
                yield TextLiteral(op_of(op, subject), text, columns(subject))
            case ast.Between(low, high, subject):
                for bound in (low, high):
                    if isinstance(bound, ast.Text):
                        yield TextLiteral(op_of("Between", subject), bound.value, columns(subject))


def ungrounded(rule: ast.Rule, table: Table, utterance: str) -> str | None:
    """Why `rule` says something neither the table nor the request supports (see the module's
    docstring), or None when it is grounded."""
    if reads_no_cell(rule):
        return "it is a formula that reads no cell, so it is the same on every cell"
    quoted = {q.strip().casefold() for q in QUOTED.findall(utterance)}
    for literal in text_literals(rule, table):
        said = literal.text.strip().casefold()
        headers = [table.header[c] for c in literal.columns if c < table.width]
        if not headers:
            continue  # a missing column makes the candidate invalid elsewhere
        named = headers[0] if len(headers) == 1 else "the selected columns"
        if literal.op == "Length":
            return f"it compares the length of {named} with the text {literal.text!r}"
        if not said and literal.op in INSIDE_OPS:
            return f"it looks for an empty text in {named}, which every cell contains"
        own = [h for h in headers if said == h.strip().casefold()]
        held = any(  # a CD column of "CD" marks: the value, not its header
            row[c].strip().casefold() == said
            for row in table.texts
            for c in literal.columns
            if c < table.width
        )
        if own and not held:
            return f"it compares {own[0]} with its own header {literal.text!r}"
        if (
            said not in quoted
            and not names_a_value(literal.text)
            and not could_hold(table, literal.columns, literal.op, said)
        ):
            return f"it compares {named} with {literal.text!r}, which {named} does not hold"
    return None


def names_a_value(text: str) -> bool:
    """A word written as a value is ("Paid", "F-150", "Inverted"): a capital or a digit. A rule
    may rightly look for a value the sheet's rows do not hold yet (a status no row has reached);
    a plain lower-case word the column does not hold ("negative", "any", "bad") is the request's
    own word taken for a value."""
    return any(ch.isupper() or ch.isdigit() for ch in text)


def reads_no_cell(rule: ast.Rule) -> bool:
    """A formula without a cell reference or a position function: one value for every cell."""
    nodes = ast.walk(rule)
    if not any(isinstance(node, ast.Formula) for node in nodes):
        return False
    return not any(
        isinstance(node, ast.CellRef | ast.Range)
        or (isinstance(node, ast.Call) and node.name in POSITION_FUNCTIONS)
        for node in nodes
    )


def could_hold(table: Table, columns: tuple[int, ...], op: str, said: str) -> bool:
    """Whether the columns' cells hold `said` (casefolded): whole, or inside one for the text
    tests in INSIDE_OPS; columns without a filled cell could hold anything."""
    cells = [(row[c], texts[c]) for row, texts in zip(table.rows, table.texts, strict=True)
             for c in columns if c < table.width]  # fmt: skip
    if all(value is None or value == "" for value, _ in cells):
        return True
    if op.startswith("Text"):  # text tests read the displayed text of every non-error cell
        seen = [shown for value, shown in cells if not isinstance(value, ExcelError)]
    else:  # comparisons with a text compare text cells only
        seen = [value for value, _ in cells if isinstance(value, str)]
    seen = [text.strip().casefold() for text in seen]
    if op in INSIDE_OPS:
        return any(said in text for text in seen)
    return said in seen


@dataclass(frozen=True)
class Support:
    """How much of a rule the request accounts for, and of the request the rule: each a share
    (1.0 for the first two when there is nothing to account for: a rule naming no column, or
    holding no literal; 0.0 for the last when the request names no column)."""

    columns_named: float  # the rule's columns that the request names
    literals_copied: float  # the rule's numbers and texts that the request says
    columns_unused: float  # the columns the request names that the rule does not read


def request_support(rule: ast.Rule, table: Table | None, utterance: str) -> Support:
    """Which of `rule`'s columns and literals come from the request, and which of the request's
    columns the rule leaves out (a rule without a column reads the selection)."""
    inner = rule.rule if isinstance(rule, ast.WholeRow) else rule
    columns = set(subject_columns(inner))
    named, unused = 1.0, 0.0
    if table is not None:
        mentioned = mentioned_columns(utterance, table)
        read = columns or set(applied_columns(inner, table))
        named = sum(c in mentioned for c in columns) / len(columns) if columns else 1.0
        unused = len(set(mentioned) - read) / len(mentioned) if mentioned else 0.0
    literals = rule_literals(rule)
    words, numbers = utterance.casefold(), request_numbers(utterance)
    copied = sum(
        any(abs(value - n) < 1e-9 for n in numbers)
        if isinstance(value, float)
        else value.casefold() in words
        for value in literals
    )
    return Support(named, copied / len(literals) if literals else 1.0, unused)


def rule_literals(rule: ast.Rule) -> list[float | str]:
    """The numbers and texts a rule compares with, counts and days included (formulas aside:
    their numbers are row offsets and arguments as much as values)."""
    nodes = ast.walk(rule)
    if any(isinstance(node, ast.Formula) for node in nodes):
        return []
    found: list[float | str] = []
    for node in nodes:
        match node:
            case ast.Number(value) | ast.Text(value):
                found.append(value)
            case ast.TextMatch(text=text):
                found.append(text)
            case ast.Rank(count=count) | ast.RelativeDate(days=count) if count:
                found.append(count)
    return found


def request_numbers(utterance: str) -> set[float]:
    """The numbers a request says, as written ("$100,000", "50%": 50 and 0.5) or in words."""
    found = set()
    for token in NUMBER.findall(utterance):
        value = float(token.lstrip("+").replace("$", "").replace(",", "").rstrip("%"))
        found |= {value, value / 100} if token.endswith("%") else {value}
    words = re.findall(r"[a-z]+", utterance.casefold())
    return found | {NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS}
