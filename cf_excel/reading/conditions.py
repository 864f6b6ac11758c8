"""From cues to conditions: each test a request makes, on the column it makes it on, written in
the rule language (formulas for a table at A1, as every generator writes them).

A cue finds its column among the columns the request names: the one just before it ("amount
over 500"), else the one after it ("over 500 in amount"), else the only column of the kind the
test needs (the only date column for "overdue"). Comparisons between two columns keep the order
the request says them in: "spent more than budget" tests Spent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from cf_excel.excel.colours import word_set
from cf_excel.reading.cues import Cue
from cf_excel.reading.header_forms import header_word
from cf_excel.reading.places import placed_in, range_said
from cf_excel.reading.spans import (
    BRACKETS,
    Mention,
    ValueMention,
    column_mentions,
    shape,
)
from cf_excel.reading.words import Number, Token, ranged_to, sentence_starts
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.prompt import column_type, same_word
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import typed_in

NUMERIC_TYPES = ("number", "currency", "percent")
DUE_WORDS = ("due", "deadline", "expir", "end", "return", "renew", "promised", "target", "next")


@dataclass
class Context:
    """Everything read from one request on one table."""

    table: Table
    tokens: list[Token]
    numbers: list[Number]
    mentions: list[Mention]
    values: list[ValueMention]
    cues: list[Cue]
    text: str = ""  # the request as typed
    used: set[int] = field(default_factory=set)  # token positions a condition has read

    @cached_property
    def kinds(self) -> tuple[str, ...]:
        """Each column's type, worked out once per request (a pass over its cells)."""
        return tuple(column_type(self.table, c) for c in range(self.table.width))

    def kind(self, column: int) -> str:
        return self.kinds[column]

    def columns_of(self, *kinds: str) -> list[int]:
        """The table's columns of these kinds, in sheet order."""
        return [c for c in range(self.table.width) if self.kinds[c] in kinds]

    def key_column(self) -> list[int]:
        """The column that names each row ("their name", "anyone … twice"): the first text
        column, none in a table without text."""
        return self.columns_of("text")[:1]

    @cached_property
    def texts_of_numbers(self) -> tuple[bool, ...]:
        """Whether each column holds numbers stored as text, worked out once per request."""
        return tuple(
            any(
                isinstance(value, str) and isinstance(typed, float)
                for value, typed in zip(stored, typed_in(stored), strict=True)
            )
            for stored in (self.table.column_values(c) for c in range(self.table.width))
        )

    def numbers_as_text(self, column: int) -> bool:
        """Some of the column's numbers are stored as text ("150000" typed with a quote), as
        `rules.caveats` counts them: text that typing in would have made a number."""
        return self.texts_of_numbers[column]

    def number_at(self, first: int, last: int) -> Number | None:
        return next((n for n in self.numbers if first <= n.first <= last), None)

    def number_ending(self, position: int) -> Number | None:
        return next((n for n in self.numbers if n.last in (position, position - 1)), None)

    def mention_at(self, first: int, last: int, kinds: tuple[str, ...] = ()) -> Mention | None:
        """The first column named from `first` to `last`; of `kinds` where the words name
        several ("paid" is Paid On beside a date, Paid Amt beside an amount)."""
        found = next((m for m in self.mentions if first <= m.first <= last), None)
        if found is None or not kinds:
            return found
        same = [m for m in self.mentions if (m.first, m.last) == (found.first, found.last)]
        return next((m for m in same if self.kind(m.column) in kinds), found)

    def block_of(self, mention: Mention, kinds: tuple[str, ...] = ()) -> list[int]:
        """The columns that share this mention's words (Quiz 1 … Quiz 4 for "quizzes"), or that
        it spans with another ("Feb to May", "Q2 through Q4"); of `kinds` where given ("reads"
        before a date test is Read Date, not Read By)."""
        same = {
            m.column
            for m in self.mentions
            if (m.first, m.last) == (mention.first, mention.last)
            and (not kinds or self.kind(m.column) in kinds or m.column == mention.column)
        }
        joined = self.hyphen_range(mention)
        if joined:
            return joined
        opened = mention.first > 0 and self.tokens[mention.first - 1].low in ("between", "from")
        for other in self.mentions:
            between = [t.low for t in self.tokens[mention.last + 1 : other.first]]
            spans = between in (["to"], ["through"], ["thru"], ["-"], ["till"], ["until"])
            if other.column > max(same) and (spans or (opened and between == ["and"])):
                return list(range(min(same), other.column + 1))  # "Feb to May"
            between = [t.low for t in self.tokens[other.last + 1 : mention.first]]
            began = other.first > 0 and self.tokens[other.first - 1].low in ("between", "from")
            spans = between in (["to"], ["through"], ["thru"], ["-"], ["till"], ["until"])
            if other.column < min(same) and (spans or (began and between == ["and"])):
                return list(range(other.column, max(same) + 1))  # ("runs - start": no span back)
        if len(same) > 1 and mention.by_letter:  # "E to I": those columns, like or not
            return sorted(same)
        if len(same) > 1 and not alike([self.table.header[c] for c in same]):
            series = max(series_in(self.table.header, same), key=len)
            if len(series) >= 3:  # "rating": Rtg W44 … Rtg W48, not Δ Rtg beside them
                return series
            return [min(same, key=lambda c: (len(self.table.header[c]), c))]
        return sorted(same)

    def hyphen_range(self, mention: Mention) -> list[int]:
        """ "jul-nov", "q2-q4": one word whose two parts name the first and last column;
        "Wk 44-48": a numbered header, then the number of the last."""
        ending = ranged_to(self.tokens, mention.last)
        if ending is not None:
            header = self.table.header[mention.column].strip().lower()
            wanted = re.sub(r"\d+$", ending, header)
            last = [c for c, h in enumerate(self.table.header) if h.strip().lower() == wanted]
            if not last or last[0] <= mention.column:
                return []
            return list(range(mention.column, last[0] + 1))
        parts = self.tokens[mention.first].low.split("-") if mention.first == mention.last else []
        if len(parts) != 2 or not all(parts):
            return []
        token = self.tokens[mention.first]
        ends = [
            [m.column for m in column_mentions([Token(part, token.start, token.end)], self.table)]
            for part in parts
        ]
        if not all(ends) or ends[0][0] >= ends[1][0]:
            return []
        return list(range(ends[0][0], ends[1][0] + 1))

    def listed_with(self, mention: Mention) -> list[int]:
        """The columns of a list the mention is in ("subtotal / tip / total", "math, reading,
        science or writing"), in sheet order; empty when it is in none."""
        found = {mention.column}
        if len(self.block_of(mention)) > 2:  # "between Jun and Nov": the months between too
            return []
        for step in (-1, 1):
            position = (mention.first if step < 0 else mention.last) + step
            separated = False  # "order dates" is one name, "orders and dates" a list
            while 0 <= position < len(self.tokens):
                other = next((m for m in self.mentions if m.first <= position <= m.last), None)
                tested = other is not None and (
                    self.tested_after(other) if step > 0 else self.tested_before(other)
                )
                if other is not None and separated and not tested:
                    found.add(other.column)
                    position = (other.first if step < 0 else other.last) + step
                    separated = False
                elif other is not None and other.column in found and not separated:
                    position = (other.first if step < 0 else other.last) + step  # "Catering (L)"
                elif other is None and self.tokens[position].low in LISTING:
                    position += step
                    separated = True
                elif other is None and self.tokens[position].low in ARTICLES | HEADER_NOUNS:
                    position += step  # "the customer name or the mechanic"
                else:
                    break
        return sorted(found) if len(found) > 1 else []

    def tested_after(self, mention: Mention) -> bool:
        """A test follows the name: "views and an exit rate above 50%" lists no columns."""
        return any(
            c.kind not in ("and", "or", "not", "rows")
            and mention.last < c.first <= mention.last + 2
            for c in self.cues
        )

    def tested_before(self, mention: Mention) -> bool:
        """A test ends just before the name: "more than 5k views and an exit rate" lists none."""
        return any(mention.first - 2 <= n.last < mention.first for n in self.numbers) or any(
            c.kind == "compare" and mention.first - 2 <= c.last < mention.first for c in self.cues
        )

    def subject(
        self, cue: Cue, kinds: tuple[str, ...] = (), after_first: bool = False
    ) -> list[int]:
        """The column(s) a cue tests: the named column nearest before it, else after it (within
        the clause; after it first for `after_first`: "any dish missing its food cost"), else
        every selected column of a fitting kind."""
        placed = [c for c in placed_in(self, cue) if not kinds or self.kind(c) in kinds]
        if len(placed) > 1:  # "any amount under $300 in the amt or paid amt columns"
            return placed
        before = [  # ("screen 1 shows with under 30 sold": Screen is said as a value's)
            m
            for m in self.mentions
            if m.last < cue.first
            and not self.crosses(m.last, cue)
            and (m.last + 2 >= cue.first or self.number_at(m.last + 1, m.last + 1) is None)
        ]
        after = [m for m in self.mentions if m.first > cue.last and not self.crosses(cue.last, m)]
        nearest = (after[:1], before[-1:]) if after_first else (before[-1:], after[:1])
        number = self.number_at(cue.last + 1, cue.last + 1)
        fitting = [m for m in before if not kinds or self.kind(m.column) in kinds]
        if number and after and after[0].first <= number.last + 2 and fitting and not after_first:
            nearest = (fitting[-1:], [])  # "any month … more than 150 desk hours": unit's name
        unit = number and after and after[0].first == number.last + 1 and after[0].share < 1
        said = range_said(self, after[0].column) if unit else []  # "B3:E14 is hours … any
        if said and all(m.by_letter or m.column == after[0].column for m in fitting):
            return said  # week under 20 hours": "hours" is the unit, not Contract hrs
        for group in nearest:
            if group and (not kinds or self.kind(group[0].column) in kinds):
                return self.listed_or_block(group[0], kinds)
        for group in (before[::-1], after):
            for mention in group:
                if not kinds or self.kind(mention.column) in kinds:
                    return self.block_of(mention, kinds)
        for mention in [m for m in self.mentions if m.last < cue.first][::-1] + [
            m for m in self.mentions if m.first > cue.last
        ]:  # named in another clause: "below 2 and above 5 in Jan", "min or max … or above 8"
            if not kinds or self.kind(mention.column) in kinds:
                return self.listed_or_block(mention, kinds)
        counted = self.counted_block()
        if counted and all(not kinds or self.kind(c) in kinds for c in counted):
            return counted  # "all five judges gave 7 or more"
        return [c for c in self.table.selection if not kinds or self.kind(c) in kinds]

    def denial_before(self, position: int) -> Cue | None:
        """The "not" said within the three words before `position` ("not the june maths",
        "hasn't been filled in"), if any."""
        return next(
            (c for c in self.cues if c.kind == "not" and position - 3 <= c.first < position), None
        )

    def listed_or_block(self, mention: Mention, kinds: tuple[str, ...]) -> list[int]:
        """The columns of the list the mention is in (of `kinds`), else its block."""
        listed = [c for c in self.listed_with(mention) if not kinds or self.kind(c) in kinds]
        return listed if len(listed) > 1 else self.block_of(mention, kinds)

    def number_runs(self, left_out: set[int] | frozenset[int] = frozenset()) -> list[list[int]]:
        """The table's runs of number columns of one kind side by side (but `left_out`)."""
        runs: list[list[int]] = []
        for column in range(self.table.width):
            kind = self.kind(column)
            if kind not in NUMERIC_TYPES or column in left_out:
                continue
            if runs and runs[-1][-1] == column - 1 and self.kind(column - 1) == kind:
                runs[-1].append(column)
            else:
                runs.append([column])
        return runs

    def counted_block(self) -> list[int]:
        """The block a request counts without naming it ("the four tests", "all five judges",
        "every one of the 5 weeks"): the one series of that many number columns side by side
        (J1 (Ana) … J5 (Eli), Apr … Oct), else the one run of that many of one kind; empty
        where the request counts none or the table has no such block."""
        for number in self.numbers:
            size = int(number.value)
            counts = not number.percent and size == number.value and 2 <= size <= 12
            nouns = [t.low for t in self.tokens[number.last + 1 : number.last + 3]]
            before = self.tokens[number.first - 1].low if number.first > 0 else ""
            if not counts or before not in COUNTING or not any(n.endswith("s") for n in nouns):
                continue  # "the four tests", "the three judge columns"
            runs = self.number_runs()
            headers = [BRACKETS.sub("", h) for h in self.table.header]
            series = [
                group
                for run in runs
                for group in series_in(headers, set(run))
                if len(group) == size and group == list(range(group[0], group[-1] + 1))
            ]
            sized = [run for run in runs if len(run) == size]
            for found in (series, sized):
                if len(found) == 1:
                    return found[0]
        return []

    def gap(self, position: int) -> str:
        """The text typed just before the token at `position` (after the last one where
        `position` is past the end): punctuation and brackets are no tokens."""
        start = self.tokens[position - 1].end if 0 < position <= len(self.tokens) else 0
        end = self.tokens[position].start if position < len(self.tokens) else len(self.text)
        return self.text[start:end]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where the request's sentences begin (kept: several readers ask per token)."""
        return sentence_starts(self.text)

    def sentence_of(self, position: int) -> int:
        """Which of the request's sentences the token at `position` is in (0 the first)."""
        offset = self.tokens[position].start
        return sum(start <= offset for start in self.sentence_starts) - 1

    def in_norm(self, position: int) -> bool:
        """The word is in a sentence that states how things should be ("we normally don't bake
        on sundays."), which a later sentence asks about: its "not" is no test ("anyone who
        hasn't got the licence shouldn't be driving" tests "hasn't")."""
        start = self.tokens[position].start
        starts = self.sentence_starts
        later = [s for s in starts if s > start]
        if not later:
            return False  # the last sentence (or the only one) is the ask
        begin = max(s for s in starts if s <= start)  # the norm's own words, not a clause
        return bool(NORM.search(self.text[begin : self.tokens[position].end]))  # before it

    def crosses(self, position: int, cue: Cue | Mention) -> bool:
        """A connective ("and", "or") lies between the two: they belong to different clauses."""
        low, high = sorted((position, cue.first))
        return any(
            c.kind in ("and", "or")
            and low < c.first < high
            and self.tokens[c.first].low not in ("/", "either")  # "(clicks / views)", "either a"
            for c in self.cues
        )

    def date_columns(self, cue: Cue) -> list[int]:
        """The date column a date test means; with several unnamed ones, the due-like first."""
        touching = [  # "SLA due today": the name and the test share a word
            m.column
            for m in self.mentions
            if m.first <= cue.last and cue.first <= m.last and self.kind(m.column) == "date"
        ]
        if touching:
            return touching[:1]
        dated = [m for m in self.mentions if self.kind(m.column) == "date"]
        before = [m for m in dated if m.last < cue.first and not self.crosses(m.last, cue)]
        after = [m for m in dated if m.first > cue.last and not self.crosses(cue.last, m)]
        header = self.table.header
        due = [c for c in self.columns_of("date") if due_like(header[c])]

        def order(columns: list[int]) -> list[int]:  # "due for calibration": Next Cal, not Last
            return sorted(dict.fromkeys(columns), key=lambda c: self.ahead(cue) != (c in due))

        due_said = [m.column for m in dated if m.column in due]
        if cue.op == "next" and due_said:  # "due for counting in the next two weeks": Next due
            return order(due_said)
        for group in (before[-1:], after[:1]):
            said = [
                m.column
                for m in dated
                if group and (m.first, m.last) == (group[0].first, group[0].last)
            ]
            if said and not (self.late(cue) and due and not set(said) & set(due)):
                return order(said)
        named = (
            [m.column for m in dated]
            or self.worded_dates()
            or [c for c in self.table.selection if self.kind(c) == "date"]
        )
        return order(due if self.late(cue) and due else named)

    def listed_dates(self, cue: Cue) -> list[int]:
        """Date columns listed just before a test that each of them takes ("any NPTC or first
        aid date that has already expired", "licence or medical expired"), where they stand
        side by side; empty otherwise."""
        dated = [m for m in self.mentions if self.kind(m.column) == "date"]
        before = [m for m in dated if m.last < cue.first and not self.crosses(m.last, cue)]
        listed = self.listed_with(before[-1]) if before else []
        listed = [c for c in listed if self.kind(c) == "date"]
        adjacent = listed == list(range(listed[0], listed[-1] + 1)) if listed else False
        return listed if len(listed) > 1 and adjacent else []

    def worded_dates(self) -> list[int]:
        """Date columns a word of the request belongs to, though it names another column
        better ("classes starting in the next 6 weeks": Term start, not the Start time)."""
        found = []
        for column in self.columns_of("date"):
            words = {same_word(w) for w in re.findall(r"[a-z]+", self.table.header[column].lower())}
            if any(header_word(t, words - GENERIC_HEADER_WORDS) for t in self.tokens):
                found.append(column)
        return found

    def late(self, cue: Cue) -> bool:
        """An overdue test: of a due date, whatever other date the request names after it
        ("overdue by six weeks (still not returned)")."""
        near = self.tokens[max(cue.first - 4, 0) : cue.last + 5]  # "overdue by more than …"
        return any(t.low in ("overdue", "late") for t in near)

    def ahead(self, cue: Cue) -> bool:
        """A test of what is due (overdue, upcoming), not of what happened ("in the last 14
        days": issued, not due)."""
        return cue.op not in ("last", "ago")


NORM = re.compile(r"\b(?:normally|usually|supposed|should|shouldn't|meant|expected|always)\b", re.I)
LISTING = word_set("and or & / , + either nor")
ARTICLES = word_set("the a an its their")
HEADER_NOUNS = word_set("name column col field cell cells box")  # said after a header's words
MONTHS = word_set("jan feb mar apr may jun jul aug sep oct nov dec")
GENERIC_HEADER_WORDS = word_set("date dt day on at of the")


def due_like(header: str) -> bool:
    """A date something is due by ("Due", "Next Cal", "Expiry"), not one it happened on
    ("Returned", "Renewed")."""
    words = re.findall(r"[a-z]+", header.lower())
    return any(w.startswith(DUE_WORDS) and not w.endswith("ed") for w in words)


COUNTING = word_set("the all every both of")


def series_in(header: Sequence[str], columns: set[int]) -> list[list[int]]:
    """The columns grouped by the series their headers belong to (see `alike`)."""
    groups: dict[str, list[int]] = {}
    for column in sorted(columns):
        groups.setdefault(shape(header[column]), []).append(column)
    return list(groups.values())


def alike(headers: list[str]) -> bool:
    """Headers of one series: the same words but for a number (Quiz 1, Quiz 2; 2024, 2025; Q1,
    Q2), a month or a day of the week. "Customer ID" and "Customer Name" are two different
    columns."""
    return len({shape(h) for h in headers}) == 1


@dataclass(frozen=True)
class Condition:
    """One test on the table: its rule-language text, the columns it reads and the words it
    came from. A `bare` test names no column: it tests each cell of the block it is applied to
    ("below 60%" over Quiz 1 … Quiz 4). A `whole` test is of a thing the row stands for, which
    formats its row unless the request picks cells."""

    text: str
    columns: tuple[int, ...]
    first: int  # token span
    last: int
    bare: bool = False
    whole: bool = False  # a test of the row as a whole (a booking's length, a double booking)


def ref(column: int) -> str:
    """A column's cell in the first data row, as a rule for a table at A1 writes it."""
    return f"${column_letter(column + 1)}2"
