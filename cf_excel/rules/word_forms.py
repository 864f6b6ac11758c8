"""A request's word that a column holds in another form: "southern areas" where Area holds
South-East and South-West, "completed tasks" where Status holds Complete.

The model copies the request's own word into the rule (`TextEquals(Area, 'southern')`), which
formats nothing; grounding (`rules.grounding`) then drops it, and with it the only answers
there were. When a copied word is a form of exactly one word of the column's cells (the same
stem, or the cell word begins it: south/southern, complete/completed, item/items), the rule is
rewritten with the column's word as the sheet spells it: kept as an equality when that word is a
whole value, a `TextContains` when it is part of values (South in South-East). Only the text
tests and (not-)equalities with a text are rewritten, and a word that two different cell words
could stand for is left alone (it stays ungrounded).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from cf_excel.rules import ast
from cf_excel.rules.grounding import could_hold
from cf_excel.sheets.prompt import same_word
from cf_excel.sheets.table import Table

WORD = re.compile(r"[^\W_]+")
SHORTEST_PREFIX = 4  # "west" begins "western"; "new" does not stand for "newer"
EQUALITY_OPS = ("TextEquals", "Equals")


def with_held_words(rule: ast.Rule, table: Table, utterance: str) -> ast.Rule | None:
    """`rule` with every copied word its column does not hold replaced by the column's form of
    it, or None when nothing was replaced."""
    said = {word.casefold() for word in WORD.findall(utterance)}

    def held(node: object) -> object | None:
        match node:
            case ast.TextMatch(op, text, ast.Column() as column) if text.casefold() in said:
                return held_text(op, text, column, table)
            case ast.Comparison(op, ast.Text(text), ast.Column() as column) if (
                op in ("Equals", "NotEquals") and text.casefold() in said
            ):
                return held_text(op, text, column, table)
        return None

    rewritten = rewrite(rule, held)
    return None if rewritten == rule else rewritten  # type: ignore[return-value]


def held_text(op: str, text: str, column: ast.Column, table: Table) -> object | None:
    """The node that tests `column` for the column's form of `text`, or None."""
    index, wanted = column.index, text.casefold()
    if index >= table.width or could_hold(table, (index,), op, wanted):
        return None  # no such column, or grounded as it is
    values = [value.strip() for row in table.rows if isinstance(value := row[index], str)]
    forms = {
        word.casefold(): word
        for value in values
        for word in WORD.findall(value)
        if is_form_of(word.casefold(), wanted)
    }
    if len(forms) != 1:
        return None  # none, or ambiguous
    (word,) = forms.values()
    whole = word.casefold() in {value.casefold() for value in values}
    if whole:
        spelled = next(value for value in values if value.casefold() == word.casefold())
        if op in ("Equals", "NotEquals"):
            return ast.Comparison(op, ast.Text(spelled), column)  # type: ignore[arg-type]
        return ast.TextMatch(op, spelled, column)  # type: ignore[arg-type]
    if op in (*EQUALITY_OPS, "TextContains"):
        return ast.TextMatch("TextContains", word, column)
    return None  # starts/ends with, or "is not", a part of values: not the request's meaning


def is_form_of(cell_word: str, said: str) -> bool:
    """Whether a word of the cells (casefolded) is a form of the request's word."""
    if cell_word == said or same_word(cell_word) == same_word(said):
        return True
    shorter, longer = sorted((cell_word, said), key=len)
    return len(shorter) >= SHORTEST_PREFIX and longer.startswith(shorter)


def rewrite(node: object, change: Callable[[object], object | None]) -> object:
    """`node` with every sub-node for which `change` gives a replacement replaced (the rule
    nodes are frozen dataclasses, and tuples of them)."""
    replaced = change(node)
    if replaced is not None:
        return replaced
    if isinstance(node, tuple):
        return tuple(rewrite(item, change) for item in node)
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    updates = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        new = rewrite(value, change)
        if new is not value:
            updates[field.name] = new
    return dataclasses.replace(node, **updates) if updates else node
