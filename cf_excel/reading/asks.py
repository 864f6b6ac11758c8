"""Which sentences of a request ask for formatting, and which only set the scene.

A forum post explains before it asks: "V1 is the new van so I don't care about it", "the
council audit is next week", "I tried a plain 'less than today' rule but it also coloured the
collected ones". Those sentences name columns and values without asking to format them. Where
a sentence that asks ("highlight …", "… go orange", "how do I flag …") makes a test itself, a
test made only in sentences that do not ask is background, not part of the rule; a sentence
about what the user tried ("I tried … but it also colours the declined ones") does not ask.
"""

from __future__ import annotations

import re

from cf_excel.excel.colours import NAMED, word_set
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.words import FORMAT_VERBS, Token

ASKING = FORMAT_VERBS | word_set(
    "highlighted highlighting coloured colored shaded marked flagged bolded filled stand out "
    "standout light lit show spot want treat include"
)
ATTEMPTS = word_set("tried trying")  # "I tried … but it picks up the declined ones as well"
BACK = word_set("those these them they their")  # "… if either of those is empty", "their jobs"


def background(context: Context, groups: list[list[Condition]]) -> list[list[Condition]]:
    """The test groups made only in sentences about what the user tried, where another
    sentence makes a test; else those made only in sentences that do not ask, where another
    sentence asks and makes a test of its own and does not point back at the others
    ("those"); none where the request is one sentence."""
    if len(context.sentence_starts) < 2:
        return []
    sentence = context.sentence_of
    tried = {sentence(i) for i, t in enumerate(context.tokens) if t.low in ATTEMPTS}
    of_tries = [g for g in groups if {sentence(g[0].first), sentence(g[0].last)} <= tried]
    if of_tries and len(of_tries) < len(groups):  # "… but it picks up the declined ones too"
        return of_tries
    asking = {sentence(i) for i, t in enumerate(context.tokens) if asks(t.low)} - tried
    in_asking = [g for g in groups if sentence(g[0].first) in asking]
    pointing = any(t.low in BACK and sentence(i) in asking for i, t in enumerate(context.tokens))
    if not asking or not in_asking or pointing:
        return []
    return [g for g in groups if not {sentence(g[0].first), sentence(g[0].last)} & asking]


MODALS = word_set("can could will would know don't dont do is are")
CAUSES = word_set("because cos coz")


def purpose_clauses(context: Context) -> list[range]:
    """The token spans of clauses of purpose or cause ("… flag it so Jo can ring them", "so
    we can sort out lifts", "because the weighbridge was down"), to the sentence's end: they
    say why the user asks, not what to format."""
    tokens = context.tokens
    starts = context.sentence_starts
    clauses: list[range] = []
    for i, token in enumerate(tokens):
        said_so = token.low == "so" and any(t.low in MODALS or t.low == "that"
                                            for t in tokens[i + 1 : i + 4])  # fmt: skip
        if said_so or token.low in CAUSES:
            end = next((s for s in starts if s > token.start), len(context.text))
            clauses.append(range(i, sum(t.start < end for t in tokens)))
    return clauses


def purposes(groups: list[list[Condition]], clauses: list[range]) -> list[list[Condition]]:
    """The test groups said only in those clauses; none where every test is in one."""
    inside = [g for g in groups if any(g[0].first in c and g[0].last in c for c in clauses)]
    return inside if len(inside) < len(groups) else []


def asks(word: str) -> bool:
    """A word of a sentence that asks for formatting: a verb of it or a colour."""
    return word in ASKING or word in NAMED  # a colour's key is one word: "lightblue"


TRIED = word_set("tried try trying used using have had put wrote typed entered")
CELL_OR_CALL = re.compile(r"\$?[a-z]{1,3}\$?\d+|[a-z]+\(?")
CELL = re.compile(r"\$?[a-z]{1,3}\$?\d+")
FORMULA_SIGNS = frozenset("<>=*/+-%&^(),$:")
FUNCTIONS = word_set("and or not if countif countifs sum left right isnumber isblank today")


def tried_formula(tokens: list[Token]) -> set[int]:
    """Where a post quotes a formula ("I tried =K5>J5 but ...", "=AND(OR(D5="Sam",…)) works in
    a cell but …"): the positions of its words, which say what did not work, not what to test."""
    found: set[int] = set()
    for position, token in enumerate(tokens):
        said_tried = any(t.low in TRIED for t in tokens[max(position - 3, 0) : position])
        following = tokens[position + 1].low if position + 1 < len(tokens) else ""
        if token.low != "=" or not (said_tried or following in FUNCTIONS):
            continue
        if not CELL_OR_CALL.fullmatch(following):
            continue
        end = position + 1
        while end + 1 < len(tokens) and in_formula(tokens, end + 1):
            end += 1
        found |= set(range(position, end + 1))
    return found


def in_formula(tokens: list[Token], position: int) -> bool:
    """A word of a quoted formula: a sign, a number, a cell, a function, or a text after a sign
    ("Sam" in `D5="Sam"`)."""
    low = tokens[position].low
    return (
        set(low) <= FORMULA_SIGNS | set("0123456789.")
        or CELL.fullmatch(low) is not None
        or low in FUNCTIONS
        or set(tokens[position - 1].low) <= FORMULA_SIGNS
    )
