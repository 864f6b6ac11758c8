"""What a request's words point at on the sheet: the columns it names and the cell values it
quotes, each with the token positions it covers (its tokens and numbers: reading.words).

Positions matter because users' requests are read in order: in "spent is more than budget" the
column before the comparison is the one tested, the one after is what it is compared with.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from cf_excel.excel.colours import word_set
from cf_excel.reading.header_forms import INFLECTIONS, header_word, initials, symbol_headers
from cf_excel.reading.value_forms import (
    Held,
    coded,
    first_name,
    first_words,
    headed_value,
    initialled,
    led_values,
    person_named,
    shortened_values,
)
from cf_excel.reading.words import STOP_WORDS, Token, number_value
from cf_excel.sheets.addresses import column_number
from cf_excel.sheets.prompt import column_type, same_word, stem
from cf_excel.sheets.table import Table

QUOTED = re.compile(r"(?:^|(?<=[\s(:]))[\"“‘']([^\"”’']+)[\"”’'](?=[\W]|$)")


@dataclass(frozen=True)
class Mention:
    """A column named by words of the request (or by its letter)."""

    column: int
    first: int
    last: int
    share: float  # of the header's words the request used
    exact: bool = False  # every word as the header spells it ("counter" is Counter, not Counted)
    by_letter: bool = False  # "E to I", "column J": the sheet's letters, which mean just that


@dataclass(frozen=True)
class ValueMention:
    """Words of the request that are a cell value of a text column ("Open", "in progress")."""

    column: int
    value: str  # as the column holds it
    first: int
    last: int
    begins: bool = False  # the value's first word only ("VW" of VW Crafter and VW T6)


def column_mentions(tokens: list[Token], table: Table) -> list[Mention]:
    """Runs of request words that are words of one header; a run that fits several headers
    equally is kept for each (a block such as Quiz 1 … Quiz 4, or an ambiguous "date")."""
    found: list[Mention] = []
    known = {same_word(w) for h in table.header for w in re.findall(r"[a-z0-9]+", h.lower())}
    shapes = Counter(shape(h) for h in table.header)
    outside = Counter(  # each header's words outside brackets
        frozenset(
            same_word(w)
            for w in re.findall(r"[a-z0-9]+", BRACKETS.sub(" ", h.lower()))
            if len(w) > 1
        )
        for h in table.header
    )
    for column, header in enumerate(table.header):
        raw = re.findall(r"[a-z0-9]+", header.lower())
        every = {same_word(w) for w in raw}
        wanted = {w for w in every if len(w) > 1}
        if shapes[shape(header)] >= 3 and wanted - set(numbered(raw)):
            wanted -= set(numbered(raw))  # "rating" is all of Rtg W1 … Rtg W5
        units = {same_word(w) for w in re.findall(r"[a-z0-9]+", bracketed(header.lower()))}
        if wanted - units and outside[frozenset(wanted - units)] == 1:
            wanted -= units  # "roasted weights" is all of Roasted (kg); Maths (Jun) stays
        if not wanted:
            continue
        aliases = {w: same_word(w) for w in raw if len(w) >= 3 and same_word(w) != w}
        i = 0
        while i < len(tokens):
            token = tokens[i]
            used = hyphened(token, every) or {
                w
                for w in [
                    header_word(token, wanted)
                    or alias_of(token, aliases)
                    or (None if token.word in known else shortened(token, wanted))
                ]
                if w
            }
            if not used or number_value(token.text) is not None:
                i += 1
                continue
            j = i  # "rep b" is Rep B: a letter only after the header's words
            while j + 1 < len(tokens):
                if tokens[j + 1].low == "per" and "/" in header and j + 2 < len(tokens):
                    j += 1  # "hours per week" is hrs/wk
                following = header_word(tokens[j + 1], every)
                if not following:
                    j -= tokens[j].low == "per"
                    break
                j += 1
                used.add(following)
            share = len(used & wanted) / len(wanted)
            kind_after = j + 1 < len(tokens) and tokens[j + 1].low in KIND_WORDS
            stop = used <= STOP_WORDS or all(t.low in STOP_WORDS for t in tokens[i : j + 1])
            if stop and not (kind_after and used == wanted):  # "have no ID": no Ticket No
                i = j + 1  # "in" alone does not name In Stock ("the out time" names Out)
                continue
            if share >= 0.5 or (len(used) == 1 and len(tokens[i].low) >= 4 and share >= 0.25):
                exact = all(t.low in raw for t in tokens[i : j + 1])
                found.append(Mention(column, i, j, share, exact))
            i = j + 1
    found += series_mentions(tokens, table)
    found += [Mention(c, i, j, 1.0) for c, i, j in initials(tokens, table)]
    found += [Mention(c, i, j, 1.0, exact=True) for c, i, j in symbol_headers(tokens, table)]
    found = outside_series(tokens, table, numbered_pick(tokens, table, found))
    found = [m for m in found if not names_sheet(tokens, m)]
    for i, token in enumerate(tokens[:-1]):
        if token.low in ("column", "col") and re.fullmatch(r"[a-z]{1,2}", tokens[i + 1].low):
            index = column_number(tokens[i + 1].low) - table.origin[1]
            if 0 <= index < table.width:
                found.append(Mention(index, i, i + 1, 1.0, exact=True, by_letter=True))
    return best_mentions(found)


KIND_WORDS = frozenset(("time", "times", "date", "dates", "column", "col"))
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def is_month(header: str) -> bool:
    """ "Jan", "September", "Sep %": a month's name, maybe with a sign after it."""
    words = re.findall(r"[^\W\d_]+|\d+", header)
    return len(words) == 1 and words[0][:3] in MONTH_NAMES and len(words[0]) <= 9


def shape(header: str) -> str:
    """A header with its series part (a number, a month, a day, Q/H/W) as "#"; a range of
    numbers is one part ("Age 5-6" and "Age 13" are one series)."""
    words = re.findall(r"[a-z]+|\d+", header.lower())
    parts = [
        "#"
        if w.isdigit() or w[:3] in MONTH_NAMES or re.fullmatch(r"[qhw]", w) or is_weekday(w)
        else w
        for w in words
    ]
    return " ".join(p for i, p in enumerate(parts) if p != "#" or parts[i - 1 : i] != ["#"])


def bracketed(header: str) -> str:
    """A header's words in brackets, its unit or a note ("(kg)", "($)", "(Jun)")."""
    return " ".join(BRACKETS.findall(header))


BRACKETS = re.compile(r"\(([^)]*)\)")


def numbered(words: list[str]) -> list[str]:
    """The words of a header that number it in its series ("w44" of Rtg W44, "2" of Quiz 2)."""
    return [w for w in words if re.fullmatch(r"(?:[qhw]|wk)?\d+", w)]


def numbered_pick(tokens: list[Token], table: Table, found: list[Mention]) -> list[Mention]:
    """ "W48 rating", "rating for W48": the series number said beside the series' name picks
    that one column (Rtg W48), not all of Rtg W44 … W48; "W44" alone is Rtg W44."""
    shapes = [shape(h) for h in table.header]
    numbers = [set(numbered(re.findall(r"[a-z0-9]+", h.lower()))) for h in table.header]
    for i, token in enumerate(tokens):
        owners = [c for c, held in enumerate(numbers) if token.low in held]
        if len(owners) != 1:
            continue
        column = owners[0]
        counted = i and tokens[i - 1].low in ("the", "all", "those", "these")
        if counted and i + 1 < len(tokens) and tokens[i + 1].low.endswith("s"):
            continue  # "any of the 4 instalments": how many, not Inst 4
        for near in (i - 1, i + 1):
            beside = [m for m in found if m.first == m.last == near]
            series = {m.column for m in beside if shapes[m.column] == shapes[column]}
            if column in series and len(series) > 1:
                found = [m for m in found if not m.first == m.last == near]
                found.append(Mention(column, min(i, near), max(i, near), 1.0, True))
                break
        else:  # "lower than their W44 one": a lettered number alone is its column too
            alone = not any(m.first <= i <= m.last for m in found)
            if alone and token.low[0].isalpha():
                found.append(Mention(column, i, i, 1.0, True))
    return found


def is_week(header: str) -> bool:
    """ "W44", "Wk 3", "Week 12": a numbered week."""
    return re.fullmatch(r"(?:w|wk|week)\s*\d{1,2}", header) is not None


def is_quarter(header: str) -> bool:
    return re.fullmatch(r"q[1-4]", header) is not None


def is_weekday(header: str) -> bool:
    return header.isalpha() and len(header) >= 3 and any(day.startswith(header) for day in WEEKDAYS)


def is_day(header: str) -> bool:
    """ "Mon", "Tuesday", "Mon 21" (a weekday and its date): a day of a week's columns."""
    words = header.split()
    return 1 <= len(words) <= 2 and is_weekday(words[0]) and all(w.isdigit() for w in words[1:])


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SERIES: dict[str, Callable[[str], bool]] = {
    "month": is_month, "quarter": is_quarter, "day": is_day, "week": is_week,
}  # fmt: skip
SERIES_WORDS = {"month": "month", "months": "month", "monthly": "month", "mth": "month",
                "quarter": "quarter", "quarters": "quarter", "qtr": "quarter",
                "day": "day", "days": "day", "daily": "day", "night": "day", "nights": "day",
                "week": "week", "weeks": "week", "weekly": "week"}  # fmt: skip


def series_mentions(tokens: list[Token], table: Table) -> list[Mention]:
    """ "any month over $1,000": every month column (Jan … Dec), "quarters": Q1 … Q4, "each
    day": Mon … Sun."""
    found = []
    for i, token in enumerate(tokens):
        series = SERIES_WORDS.get(token.low)
        if series is None or (i and number_value(tokens[i - 1].text) is not None):
            continue  # "within 5 days" is a length of time
        columns = [c for c, h in enumerate(table.header) if SERIES[series](h.strip().lower())]
        named = {h.strip().lower()[:3] for c, h in enumerate(table.header) if c in columns}
        if any(t.low[:3] in named and len(t.low) >= 3 for t in tokens):
            continue  # "the months between Jan and Nov": the months it names
        if len(columns) >= 3:
            found += [Mention(c, i, i, 1.0) for c in columns]
    return found


def outside_series(tokens: list[Token], table: Table, found: list[Mention]) -> list[Mention]:
    """ "a missing month anywhere in jun-nov": "month" on a sheet of month columns means them,
    not a column that abbreviates the word (Tgt / mo)."""
    kept = []
    for mention in found:
        series = SERIES_WORDS.get(tokens[mention.first].low) if mention.share < 1 else None
        if series is not None:
            columns = [c for c, h in enumerate(table.header) if SERIES[series](h.strip().lower())]
            if len(columns) >= 3 and mention.column not in columns:
                continue
        kept.append(mention)
    return kept


def hyphened(token: Token, wanted: set[str]) -> set[str]:
    """ "check-out" is Check-out, not Check-in: every part of a hyphenated word is a header
    word."""
    parts = [p for p in token.low.split("-") if p]
    if len(parts) < 2:
        return set()
    said = [header_word(Token(part, token.start, token.end), wanted) for part in parts]
    return {w for w in said if w} if all(said) else set()


def shortened(token: Token, wanted: set[str]) -> str | None:
    """A header word that abbreviates the request word by dropping letters, as "Pts" points,
    "Gls" goals, "Whse" warehouse: same first and last letter, the rest in order and no vowel
    between them, as abbreviations drop them (only for a word no header has in full;
    "Fee" is no short "female")."""
    word = token.low
    for short in wanted:
        if any(letter in "aeiou" for letter in short[1:-1]):
            continue
        if 3 <= len(short) <= 4 and len(word) >= len(short) + 2 and short[0] == word[0]:
            rest = iter(word[1:-1])
            if short[-1] == word[-1] and all(letter in rest for letter in short[1:-1]):
                return short
    return None


def alias_of(token: Token, aliases: dict[str, str]) -> str | None:
    """A header word as written that the folding reads another way ("Rev 1" is Reviewer 1
    as well as revenue's short form): a request word that begins with it stands for it."""
    word = token.low
    return next((a for r, a in aliases.items() if len(word) >= 4 and word.startswith(r)), None)


SHEET_WORDS = frozenset(("sheet", "tab", "worksheet", "sheets", "tabs", "table"))


def names_sheet(tokens: list[Token], mention: Mention) -> bool:
    """ "On the Orders sheet", "YTD tab:": a sheet's name, not a column."""
    after = tokens[mention.last + 1].low if mention.last + 1 < len(tokens) else ""
    return after in SHEET_WORDS


def best_mentions(found: list[Mention]) -> list[Mention]:
    """Where mentions overlap, those with the highest share and then the most words ("avg
    session" is Avg Session, not Sessions); ties all stay."""
    kept = []
    for mention in found:
        rivals = [m for m in found if m.first <= mention.last and mention.first <= m.last]
        share = max(m.share for m in rivals)
        words = max(m.last - m.first for m in rivals if m.share >= share - 1e-9)
        best = [m for m in rivals if m.share >= share - 1e-9 and m.last - m.first >= words]
        spelt = any(m.exact for m in best) and not mention.exact  # "counter": Counter only
        if mention.share >= share - 1e-9 and mention.last - mention.first >= words and not spelt:
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.first, m.column))


def value_mentions(tokens: list[Token], table: Table) -> list[ValueMention]:
    """Request words (up to four in a row) that a text column holds as a whole cell value,
    longest first; case and plural do not matter, and one word may be another form of a
    one-word value ("failed" for Fail, `forms`)."""
    held: Held = {}
    for column in range(table.width):
        if column_type(table, column) not in ("text", "boolean"):
            continue
        for text in sorted({t.strip() for t in (r[column] for r in table.texts) if t.strip()}):
            key = " ".join(stem(w) for w in re.findall(r"[^\W_]+", text.lower()))
            if key and len(text) <= 40 and text[:1].isalnum() and text[-1:].isalnum():
                held.setdefault(key, []).append((column, text))
    headers = [{same_word(w) for w in re.findall(r"[a-z0-9]+", h.lower())} for h in table.header]
    leads = first_words(held)
    found: list[ValueMention] = []
    taken: set[int] = set()
    for size in (4, 3, 2, 1):
        for i in range(len(tokens) - size + 1):
            span = range(i, i + size)
            if taken & set(span):
                continue
            words = [re.findall(r"[^\W_]+", tokens[k].low) for k in span]
            words = glued(words, [tokens[k] for k in span])  # "11B" is one word
            if not words[0] or not words[-1]:  # "cancelled ," is no value ("oak & ivy" is)
                continue
            key = " ".join(stem(w) for said in words for w in said)  # "no-show" is No-show
            common = size == 1 and tokens[i].low in COMMON_WORDS
            common = common or (size == 1 and tokens[i].low == "full" and row_after(tokens, i))
            after_is = i > 0 and tokens[i - 1].low in LINKS
            owner = tokens[i + size - 1].low.endswith(("'s", "’s"))  # "Kay's rentals" is Kay
            matches = (
                held.get(key)
                or (owner and held.get(key.removesuffix(" s")))  # "kay s" is Kay
                or (size == 1 and not common and forms(held, key))
                or (not common and shortened_values(held, key))
                or (size == 1 and first_name(held, tokens[i]))
                or (size == 1 and coded(held, tokens[i].low))
                or (size == 1 and not common and initialled(held, key))
                or (size == 1 and "-" in tokens[i].low and headed_value(held, key, headers))
                or []
            )
            named = i + size < len(tokens) and any(  # "high priority": Priority is High
                tokens[i + size].word in headers[column] for column, _ in matches
            )
            begun = [] if matches or common or size > 1 else led_values(leads, tokens[i])
            # a word of the column's own name names the column ("court bookings": not Court 1)
            begun = [(c, v) for c, v in begun if tokens[i].word not in headers[c]]
            if begun:  # "non-VW vans": the values VW Crafter and VW T6
                found += [ValueMention(column, value, i, i, begins=True) for column, value in begun]
                taken.add(i)
            if matches and (not common or after_is or named):
                for column, value in matches:
                    found.append(ValueMention(column, value, i, i + size - 1))
                taken |= set(span)
    found += listed_people(tokens, held, found, taken)
    unique = {(v.column, v.first, v.last, v.value.casefold()): v for v in reversed(found)}
    return sorted(unique.values(), key=lambda v: (v.first, v.column))  # "Central", "central": one


def listed_people(
    tokens: list[Token], held: Held, found: list[ValueMention], taken: set[int]
) -> list[ValueMention]:
    """ "dave or lee's jobs": a name typed in lower case before "or" and a person's name is a
    person of that column too (alone, "dave" could be any word)."""
    more = []
    for value in found:
        said = value.first - 2
        if said < 0 or said in taken or tokens[value.first - 1].low not in ("or", "and", ",", "&"):
            continue
        named = person_named(held, tokens[said].text)
        if [column for column, _ in named] == [value.column]:
            more += [ValueMention(value.column, named[0][1], said, said)]
    return more


def row_after(tokens: list[Token], position: int) -> bool:
    """ "the full row", "full line": how much to format, not the value Full."""
    return position + 1 < len(tokens) and tokens[position + 1].low in ("row", "rows", "line")


def glued(words: list[list[str]], tokens: list[Token]) -> list[list[str]]:
    """Words of tokens typed without a space between them joined again: "11B" is tokenised
    as 11 and B (a number and a word), but it is the one code 11B."""
    joined = [list(words[0])] if words else []
    for said, token, before in zip(words[1:], tokens[1:], tokens, strict=False):
        if token.start == before.end and said and joined[-1]:
            joined[-1][-1] += said[0]
            joined[-1] += said[1:]
        else:
            joined.append(list(said))
    return joined


def forms(held: dict[str, list[tuple[int, str]]], said: str) -> list[tuple[int, str]]:
    """One-word cell values the request says in another form ("failed" for Fail, "salaried"
    for Salary): a shared beginning of five letters, or the value begins the word; codes
    take a plural "s" too ("P1s" for P1)."""
    if said.endswith("s") and any(ch.isdigit() for ch in said):
        return held.get(said[:-1], [])
    if len(said) < 4 or not said.isalpha() or said in SHEET_WORDS:
        return []  # "table B4:M44" is no Tablet
    found = []
    for key, values in held.items():
        if " " in key or len(key) < 4:
            continue
        inflected = said.startswith(key) and said[len(key) :] in VALUE_ENDINGS
        rest = key[len(said) :] if key.startswith(said) else ""
        if rest not in INFLECTIONS and len(rest) >= 2 and any(ch in "aeiouy" for ch in rest):
            continue  # "took place" is no Placebo (a syllable more), "busines" is Business
        if inflected or (len(key) >= 5 and key[:5] == said[:5] and abs(len(key) - len(said)) <= 3):
            found += values
    return found


VALUE_ENDINGS = INFLECTIONS | {"y"}  # a value's forms: "failed" for Fail, "rainy" for Rain

LINKS = frozenset(("is", "=", "says", "of"))  # "Status is Open", "eggs = N": a value follows

# Words that are cell values in some tables ("Yes", "No", "New", "High") but are far more often
# plain words of a request; kept as values only after "is", "=", "says" or "of".
COMMON_WORDS = word_set(
    "a an the and or in on at to of for by is are be it all any no not new high low yes stand out"
)


def quoted_texts(utterance: str) -> list[tuple[str, int]]:
    """Texts in quotes, with their start offsets ("contains 'urgent'")."""
    return [(m.group(1), m.start()) for m in QUOTED.finditer(utterance) if m.group(1).strip()]
