"""The tests a request asks for: the lexicon's cue phrases (reading.lexicon), matched longest
first over the request's tokens, and comparatives split around their noun.

Each cue names what it asks (`kind`) and, for comparisons, the operator. Some cues come after
their number ("10 or more", "5+"): `after` says the number is read before the cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from cf_excel.excel.colours import word_set
from cf_excel.reading.lexicon import LEXICON
from cf_excel.reading.words import DAY_UNITS, Token, numbers_in


@dataclass(frozen=True)
class Cue:
    kind: str  # compare, between, text, blank, filled, duplicate, ... (see LEXICON)
    op: str  # the comparison or text operator, a weekday number, a period; "" when none
    first: int  # token span
    last: int
    after: bool = False  # its number comes before it ("10 or more")


def bare(word: str) -> str:
    """A word without apostrophes: users type "isnt", "havent", "dont" as often as not."""
    return word.replace("'", "").replace("’", "")


BY_TOKENS = sorted(
    (
        (tuple(bare(w) for w in phrase.split()), kind, op, after)
        for kind, op, phrase, after in LEXICON
    ),
    key=lambda entry: -len(entry[0]),
)


def cues_in(tokens: list[Token]) -> list[Cue]:
    """Every cue, longest phrase first, none overlapping another."""
    lows = [bare(t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low) for t in tokens]
    lows = [ranked(low) for low in lows]  # "best-attended" ranks as "best"
    found = split_comparisons(lows) + only_once(lows)
    taken = [any(c.first <= i <= c.last for c in found) for i in range(len(tokens))]
    for words, kind, op, after in BY_TOKENS:
        size = len(words)
        for i in range(len(tokens) - size + 1):
            if tuple(lows[i : i + size]) != words or any(taken[i : i + size]):
                continue
            if after and lows[i + size : i + size + 1] == ["than"]:
                continue  # "or lighter than 35 kg" is "or" and "lighter than"
            found.append(Cue(kind, op, i, i + size - 1, after))
            taken[i : i + size] = [True] * size
    found = [averaged(c, lows) for c in found if not minutes(c, lows) and not denied_rows(c, lows)]
    found = [part for c in found for part in own_tests(c, found, tokens)]
    found = [c for c in found if not tie(c, found, lows)]
    return sorted([timed(c, lows) for c in found], key=lambda c: c.first)


def tie(cue: Cue, cues: list[Cue], lows: list[str]) -> bool:
    """ "each child's best week - if they hit their best more than once, colour every one",
    "when two days have the same lowest number": a rank's ties, which the rank keeps, not a
    test for duplicates."""
    ranks = [c for c in cues if c.kind in ("top", "bottom")]
    if cue.kind != "duplicate" or not ranks:
        return False
    said_if = any(w in TIE_LEADS for w in lows[max(cue.first - TIE_REACH, 0) : cue.first])
    beside = any(cue.first - 4 <= r.first <= cue.last + 3 for r in ranks)
    return said_if or beside


TIE_LEADS = word_set("if when where whenever")
TIE_REACH = 8  # "if a boat hit the same top figure twice"


def denied_rows(cue: Cue, lows: list[str]) -> bool:
    """ "just the November number, not the whole row": rows said only to be refused."""
    before = lows[max(cue.first - 2, 0) : cue.first]
    return cue.kind == "rows" and bool(before) and (before[-1] == "not" or before == ["not", "the"])


def own_tests(cue: Cue, found: list[Cue], tokens: list[Token]) -> list[Cue]:
    """ "below 2 or above 8": an "or above" between two numbers, the first another
    comparison's, joins a test of its own ("or", then "above"), not "2 or above"."""
    if not cue.after or cue.kind != "compare" or tokens[cue.first].low not in ("or", "and"):
        return [cue]
    numbers = numbers_in(tokens)
    before = next((n for n in numbers if n.last == cue.first - 1), None)
    following = any(n.first == cue.last + 1 for n in numbers)
    compared = before is not None and any(
        c.kind == "compare" and not c.after and c.last == before.first - 1 for c in found
    )
    if not (following and compared):
        return [cue]
    joiner = Cue(tokens[cue.first].low, "", cue.first, cue.first)
    return [joiner, Cue(cue.kind, cue.op.rstrip("="), cue.first + 1, cue.last)]


def averaged(cue: Cue, lows: list[str]) -> Cue:
    """ "above the column's average", "more than the club average", "longer than the average
    length": a comparison with an average a few plain words on is a test against the average
    (of the compared column), not against a number."""
    if cue.kind != "compare" or cue.op not in (">", "<"):
        return cue
    for j in range(cue.last + 1, min(cue.last + AVERAGE_REACH + 2, len(lows))):
        if lows[j] in AVERAGE_WORDS:
            return Cue("average", cue.op, cue.first, j)
        if lows[j] not in AVERAGE_LEADS:
            break
    return cue


AVERAGE_REACH = 3  # plain words between the comparison and "average"
AVERAGE_WORDS = frozenset(("average", "avg", "mean"))
AVERAGE_LEADS = word_set(
    "the a an column month club overall whole group team sheet table list log their its our "
    "everyone everybody all that this each every week day year quarter row"
)


def timed(cue: Cue, lows: list[str]) -> Cue:
    """ "in less than 40 min before …": "less than" a number of minutes, not a window of days."""
    unit = lows[cue.last + 2] if cue.last + 2 < len(lows) else ""
    in_less = cue.kind == "days" and lows[cue.first] == "in" and lows[cue.last] == "than"
    return (
        Cue("compare", "<", cue.first + 1, cue.last) if in_less and unit not in DAY_UNITS else cue
    )


def minutes(cue: Cue, lows: list[str]) -> bool:
    """ "40 min", "10 max": a unit or a limit after a number, not a rank ("10 most" is)."""
    after_number = cue.first > 0 and lows[cue.first - 1][:1].isdigit()
    return after_number and lows[cue.first] in ("min", "max") and cue.first == cue.last


def only_once(lows: list[str]) -> list[Cue]:
    """ "origins we've only roasted once": "only … once" around a verb is unique."""
    return [
        Cue("unique", "", i, j)
        for i, word in enumerate(lows)
        if word == "only"
        for j in range(i + 2, min(i + SPLIT_REACH + 2, len(lows)))
        if lows[j] == "once" and all(w.isalpha() for w in lows[i + 1 : j])
    ][:1]


SPLIT = {"more": ">", "higher": ">", "greater": ">", "bigger": ">", "larger": ">",
         "less": "<", "fewer": "<", "lower": "<", "smaller": "<"}  # fmt: skip
SPLIT_REACH = 3  # words between the comparative and "than"


def split_comparisons(lows: list[str]) -> list[Cue]:
    """ "used more electricity than Mill Ln", "15 fewer calls than the day before": a
    comparative and its "than" with a few plain words between them."""
    found = []
    for i, word in enumerate(lows):
        if word not in SPLIT:
            continue
        for j in range(i + 2, min(i + SPLIT_REACH + 2, len(lows))):
            if lows[j] == "than":
                found.append(Cue("compare", SPLIT[word], i, j))
                break
            if not lows[j].isalpha() or lows[j] in ("or", "and") or lows[j] in SPLIT:
                break
    return found


RANK_WORDS = frozenset(("best", "worst", "most", "least", "highest", "lowest", "top", "bottom"))


def ranked(low: str) -> str:
    """ "best-attended", "most-viewed", "lowest-rated": the rank word leads the compound."""
    first = low.split("-")[0]
    return first if "-" in low and first in RANK_WORDS else low
