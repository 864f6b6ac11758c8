"""A request's words as the reader takes them: tokens with their places in the text, and the
numbers said in digits or words ("1,000", "$5", "10%", "1.5k", "a thousand", "an hour and a
half")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from cf_excel.excel.colours import word_set
from cf_excel.rules.grounding import NUMBER_WORDS as GROUNDING_NUMBER_WORDS
from cf_excel.sheets.prompt import same_word

TOKEN = re.compile(
    r"\d+(?:st|nd|rd|th)\b"  # ordinals: a "2nd" column, "the 1st"
    r"|[-+]?[$€£]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:%|k\b|m\b)?"  # 1,000  $5  10%  1.5k
    r"|->|=>|→|<>|[<>=!]=?"  # arrows (no test), > >= = <> !=
    r"|\b[wW]/[oO]?(?![\w/])"  # "w/" (with), "w/o" (without): no list's slash
    r"|[^\W_]+(?:['’][^\W_]+)?(?:-[^\W_]+)*"  # words, don't, e-mail, AB-12
    r"|[-+#&/*,]"
)
UNITS = frozenset(("day", "week", "month", "year", "hour", "fortnight"))
MONTH_UNITS = {"month": 1, "months": 1, "mo": 1, "year": 12, "years": 12, "yr": 12, "yrs": 12}
DAY_UNITS = {  # a length of time in days, as a request's unit says it
    "day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "month": 30, "months": 30,
    "year": 365, "years": 365, "yr": 365, "yrs": 365, "fortnight": 14,
}  # fmt: skip
NUMBER_WORDS = GROUNDING_NUMBER_WORDS | {  # grounding's, and the larger ones users write
    "fifteen": 15.0, "forty": 40.0, "thousand": 1000.0, "a hundred": 100.0, "a thousand": 1000.0,
    "a million": 1e6, "million": 1e6, "half": 0.5, "a fiver": 5.0, "a tenner": 10.0,
}  # fmt: skip


@dataclass(frozen=True)
class Token:
    text: str  # as typed
    start: int  # character offsets in the request
    end: int

    @cached_property
    def low(self) -> str:
        return self.text.lower()

    @cached_property
    def word(self) -> str:
        """Folded for matching a header word ("qtys" → quantity, "baker's" → baker)."""
        low = self.low[:-2] if self.low.endswith(("'s", "’s")) else self.low
        return same_word(low)


@dataclass(frozen=True)
class Number:
    value: float
    first: int  # token span [first, last]
    last: int
    percent: bool  # said with % ("10%")


def tokens_of(utterance: str) -> list[Token]:
    """The request's tokens; "non-LED" is two ("non", "LED"): a denial and what it denies."""
    found = []
    for m in TOKEN.finditer(utterance):
        word = m.group()
        if word[:4].lower() == "non-" and len(word) > 4:
            found += [
                Token(word[:3], m.start(), m.start() + 3),
                Token(word[4:], m.start() + 4, m.end()),
            ]
        else:
            found.append(Token(word, m.start(), m.end()))
    return found


def number_value(text: str) -> tuple[float, bool] | None:
    """ "1,000" → 1000, "$5" → 5, "10%" → 0.1 (percent), "1.5k" → 1500; None: not a number."""
    low = text.lower().lstrip("+").replace(",", "")
    for mark in "$€£":
        low = low.replace(mark, "")
    scale = 1.0
    if low.endswith("%"):
        low, scale = low[:-1], 0.01
    elif low.endswith("k"):
        low, scale = low[:-1], 1000.0
    elif low.endswith("m"):
        low, scale = low[:-1], 1e6
    try:
        return float(low) * scale, scale == 0.01
    except ValueError:
        return None


def is_year(number: Number) -> bool:
    return not number.percent and number.value.is_integer() and 1900 <= number.value <= 2100


SCALES = {"thousand": 1000.0, "k": 1000.0, "grand": 1000.0, "million": 1e6, "mil": 1e6}


def half_after(tokens: list[Token], position: int) -> float:
    """0.5 where "and a half" follows `position` ("nine and a half", "an hour and a half")."""
    said = [t.low for t in tokens[position + 1 : position + 4]]
    return 0.5 if said == ["and", "a", "half"] else 0.0


def numbers_in(tokens: list[Token]) -> list[Number]:
    """Numbers as digits or words ("two", "a thousand", "5 thousand")."""
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        parsed = number_value(tokens[i].text)
        pair = f"{tokens[i].low} {tokens[i + 1].low}" if i + 1 < len(tokens) else ""
        halved = i > 0 and tokens[i - 1].low == "half"  # "half an hour" is 0.5 (read above)
        if (
            tokens[i].low in ("a", "an")
            and i + 1 < len(tokens)
            and tokens[i + 1].low in UNITS
            and not halved
        ):
            found.append(Number(1.0 + half_after(tokens, i + 1), i, i, False))  # "an hour"
            i += 1
            continue
        if parsed is None and pair in NUMBER_WORDS:
            found.append(Number(NUMBER_WORDS[pair], i, i + 1, False))
            i += 2
            continue
        if parsed is None and tokens[i].low in NUMBER_WORDS and not pronoun(tokens, i):
            parsed = (NUMBER_WORDS[tokens[i].low], False)
        if parsed is None:
            i += 1
            continue
        value, percent = parsed
        last = i
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if nxt in ("percent", "pct"):
            value, percent, last = value / 100, True, i + 1
        elif nxt in SCALES:  # "5 thousand", "2 mil"
            value, last = value * SCALES[nxt], i + 1
        if half_after(tokens, last) and not percent:  # "nine and a half hours"
            value, last = value + 0.5, last + 3
            scale = tokens[last + 1].low if last + 1 < len(tokens) else ""
            if scale in SCALES:  # "one and a half thousand"
                value, last = value * SCALES[scale], last + 1
        found.append(Number(value, i, last, percent))
        i = last + 1
    return found


def pronoun(tokens: list[Token], i: int) -> bool:
    """ "the previous one", "this one", "one of": "one" that is not a number."""
    if tokens[i].low != "one":
        return False
    before = tokens[i - 1].low if i else ""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return before in DETERMINERS or after in ("of", "before", "after", "")


STOP_WORDS = word_set(
    "in on of to at by for and or is no not the a an per with from up off out all any every each"
)
# "column J", "col O": the words before a sheet letter
COLUMN_WORDS = word_set("column columns col cols")
FORMAT_VERBS = word_set("highlight colour color shade mark flag bold fill format paint make turn")
DETERMINERS = word_set("the this that each every any no previous last next other prior")


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


def ranged_to(tokens: list[Token], last: int) -> str | None:
    """The digits of "-48" right after "44" (no space): the end of a numbered range."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is None or following.start != tokens[last].end or not tokens[last].low.isdigit():
        return None
    return following.low[1:] if re.fullmatch(r"-\d+", following.low) else None
