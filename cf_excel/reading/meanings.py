"""Columns named by what they hold rather than by their header's words: "where we spent more
than we quoted" compares Actual cost £ with Quote £, "billed us more than the order was worth"
Invoice £ with Value £, "more people than the room holds" People with Capacity, "raised less
than they promised" Raised £ with Pledged £, "selling for less than we paid" Price with Cost.

Users who describe their business say what happened (spent, billed, holds, promised, paid);
the sheet's headers name the figure it left (Cost, Invoice, Capacity, Pledged). These words
name a column only where no header has the word itself ("paid" is Paid $ where the sheet has
one) and only a header holding one of the figure's words; several such headers are each kept,
as an ambiguous header word is.
"""

from __future__ import annotations

import re

from cf_excel.reading.algebra import number_ref
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.spans import Mention
from cf_excel.reading.words import Token
from cf_excel.sheets.prompt import same_word

HEADER_WORD = re.compile(r"[a-z]+")


def word_groups(pairs: dict[str, str]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each group's said words, and its header words as `header_words` folds them."""
    return [
        (frozenset(said.split()), frozenset(same_word(w) for w in held.split()))
        for said, held in pairs.items()
    ]


def header_words(header: tuple[str, ...]) -> list[set[str]]:
    """Each header's words, folded as the reader compares them ("Costs" is cost)."""
    return [{same_word(w) for w in HEADER_WORD.findall(h.lower())} for h in header]


# what users say -> words of the header of the figure it leaves
MEANINGS = word_groups({
    "spend spent spending spends": "cost costs spend spent expense expenses actual",
    "paid pay paying bought": "cost costs",
    "billed bill bills billing invoice invoices invoiced charged charging":
        "invoice invoiced billed bill charged price",
    "selling sell sells": "price sell selling",
    "holds hold fits seats sleeps cap limit allowance": "capacity cap max maximum seats limit",
    "promised promise pledge": "pledged pledge promised",
    "shelf": "hand stock",
    "back": "returned return",  # "come back", "brought back"
    "picked": "collected collection pickup",  # "picked up"
})  # fmt: skip


def meaning_mentions(
    tokens: list[Token], header: tuple[str, ...], named: set[int]
) -> list[Mention]:
    """Mentions of the columns the request's words mean, at words no other mention covers."""
    words = header_words(header)
    said = set().union(*words) if words else set()
    found = []
    for position, token in enumerate(tokens):
        if position in named or same_word(token.low) in said:
            continue
        for says, holds in MEANINGS:
            if token.low not in says:
                continue
            found += [
                Mention(column, position, position, 0.5)
                for column, held in enumerate(words)
                if held & holds
            ]
            break
    return found


LOSS = (("lost", "money"), ("lose", "money"), ("losing", "money"), ("a", "loss"))
OVERCHARGED = (("we", "charged"), ("we", "billed"))  # "cost us more than we charged"
COST_WORDS = frozenset({"cost", "costs", "expense", "expenses", "spend", "spent"})
PRICE_WORDS = frozenset({"price", "charged", "charge", "bill", "billed", "invoice", "quote", "fee"})


def money_lost(context: Context) -> list[Condition]:
    """ "the jobs we lost money on", "sold at a loss", "cost us more than we charged": what a
    row cost is more than what it was charged, where the table has one column of each."""
    said = [t.low for t in context.tokens]
    at = next(
        (
            i
            for i in range(len(said) - 1)
            if (said[i], said[i + 1]) in LOSS
            or (
                (said[i], said[i + 1]) in OVERCHARGED
                and said[max(i - 2, 0) : i] == ["more", "than"]
            )
        ),
        None,
    )
    if at is None:
        return []
    words = header_words(context.table.header)
    costs = [c for c, w in enumerate(words) if w & COST_WORDS and not w & PRICE_WORDS]
    prices = [c for c, w in enumerate(words) if w & PRICE_WORDS and not w & COST_WORDS]
    if len(costs) != 1 or len(prices) != 1:
        return []
    cost, price = costs[0], prices[0]
    text = f"{number_ref(context, cost)}>{number_ref(context, price)}"
    return [Condition(text, (cost, price), at, at + 1, whole=True)]
