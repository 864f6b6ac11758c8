"""Which sentences of a request ask for formatting, and which only set the scene.

A forum post explains before it asks: "V1 is the new van so I don't care about it", "the
council audit is next week", "I tried a plain 'less than today' rule but it also coloured the
collected ones". Those sentences name columns and values without asking to format them. Where
a sentence that asks ("highlight …", "… go orange", "how do I flag …") makes a test itself, a
test made only in sentences that do not ask is background, not part of the rule.
"""

from __future__ import annotations

import re

from cf_excel.excel.colours import NAMED, word_set
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.words import FORMAT_VERBS

# A sentence ends at . ? ! before a space; not at "e.g.", "i.e.", "etc.", "approx.", a number
# ("2.5") or an ellipsis, which users type as a pause ("the day before...")
SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bapprox)(?<![.?!])[.?!](?![.?!])\s+(?=\S)"
)
INITIAL = re.compile(r"(?:^|\s)[A-Z]\.\s+[A-Z][a-z]+$")  # "M. Doyle", where a name goes on
STARTERS = word_set(
    "i i'd i'm i've the a an can could how is are please also and but if when what which any "
    "it this that there we my our so then highlight colour color make mark flag shade"
)
ASKING = FORMAT_VERBS | word_set(
    "highlighted highlighting coloured colored shaded marked flagged bolded filled stand out "
    "standout light lit show spot want treat include"
)
BACK = word_set("those these them they")  # "… highlighted if either of those is empty"


def sentence_starts(text: str) -> list[int]:
    """The character offsets where the request's sentences begin ("… the price is in column I.
    I want …" ends one; "the foreman is M. Doyle" does not)."""
    starts = [0]
    for end in SENTENCE_END.finditer(text):
        word = re.match(r"[A-Za-z']+", text[end.end() :])
        initial = INITIAL.search(
            text[max(end.start() - 2, 0) : end.end()] + (word[0] if word else "")
        )
        if not (initial and word and word[0].lower() not in STARTERS):
            starts.append(end.end())
    return starts


def background(context: Context, groups: list[list[Condition]]) -> list[list[Condition]]:
    """The test groups made only in sentences that do not ask, where another sentence asks
    and makes a test of its own and does not point back at the others ("those"); none where
    the request is one sentence."""
    starts = sentence_starts(context.text)
    if len(starts) < 2:
        return []

    def sentence(position: int) -> int:
        offset = context.tokens[position].start
        return sum(start <= offset for start in starts) - 1

    asking = {sentence(i) for i, t in enumerate(context.tokens) if asks(t.low)}
    in_asking = [g for g in groups if sentence(g[0].first) in asking]
    pointing = any(t.low in BACK and sentence(i) in asking for i, t in enumerate(context.tokens))
    if not asking or not in_asking or pointing:
        return []
    return [g for g in groups if not {sentence(g[0].first), sentence(g[0].last)} & asking]


def asks(word: str) -> bool:
    """A word of a sentence that asks for formatting: a verb of it or a colour."""
    return word in ASKING or word in NAMED  # a colour's key is one word: "lightblue"
