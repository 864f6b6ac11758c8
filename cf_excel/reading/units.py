"""Numbers as the sheet holds them: the column a number's unit points at ("$1,000" is money,
"3+ days" a column of days), the scale a column keeps ("60" on a percent column is 60%) and
the unit it keeps ("over an hour" is over 60 on Duration (min), "1 kg" 1000 on Weight (g)).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cf_excel.excel.colours import word_set
from cf_excel.reading.algebra import number_ref
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context
from cf_excel.reading.words import Number, Token
from cf_excel.reading.writing import number_text


def scaled(context: Context, column: int, number: Number) -> float:
    """A number as the column holds it: "60" on a percent column is 60%, and "15%" on a
    column of percent points (14.2 under "Moist %") is 15."""
    if context.kind(column) == "percent" and not number.percent and number.value > 1:
        return number.value / 100
    said = context.tokens[number.first].text.lower()
    if said.endswith("m") and said[:1].isdigit() and "(m)" in context.table.header[column].lower():
        return number.value / 1e6  # "wider than 4.5m" on Beam (m): metres, not millions
    converted = in_column_unit(context, column, number)
    if converted is not None:  # "over two tonnes" on a column of kg, "over an hour" of minutes
        return converted
    size = header_scale(context.table.header[column])
    if size and (abs(number.value) >= size or beyond(context, column, number)):
        return number.value / size  # "over 50,000" on Salary (k) is over 50
    if number.percent and context.kind(column) != "percent":
        values = [v for v in context.table.column_values(column) if isinstance(v, float)]
        if values and max(values) > 1.5 and all(-100 <= v <= 100 for v in values):
            return number.value * 100
    return number.value


MONEY_VERBS = word_set("worth priced costing costs cost spent spend paid billed earning earned")
MONEY_WORDS = word_set("bucks dollars dollar usd eur euro euros pounds quid")


PRICES = word_set("price amount amt fee charge charged bill billed value")
MONEY_HEADERS = ("$", "€", "£", "usd", "eur", "gbp", "cost", "price", "amount", "amt", "total",
                 "revenue", "spend", "budget", "fee", "salary", "pay", "sales")  # fmt: skip


UNIT_FORMS = [word_set(forms) for forms in (
    "day days d", "hour hours hr hrs h", "minute minutes min mins", "kg kgs kilo kilos",
    "mile miles mi", "km kms", "lb lbs pound", "point points pt pts", "unit units pcs",
    "week weeks wk wks", "degree degrees deg celsius c temp", "litre litres liter liters l ltr",
    "tonne tonnes ton tons t", "gram grams g", "cm cms centimetre centimetres centimeter",
    "mm millimetre millimetres", "metre metres meter meters m",
)]  # fmt: skip


PER = word_set("a an per /")  # "1.50 a kilo", "per hour", "/kg": a rate
FULL = word_set("full empty occupied booked")
FULL_HEADERS = word_set("fill full occ occupancy load capacity booked level")


def said_money(context: Context, number: Number) -> bool:
    """ "$1,000", "200 bucks": a number said as money."""
    tokens = context.tokens
    after = number.last + 1
    unit = tokens[after].low if after < len(tokens) else ""
    return tokens[number.first].text.lstrip("+-")[:1] in "$€£" or unit in MONEY_WORDS


def unit_columns(context: Context, number: Number, exact: bool = False) -> list[int]:
    """The number columns whose header carries the unit the number is said in ("$1,000":
    money, the total first; "3+ days": a header with days in it); where none does, those
    holding another unit of its measure ("an hour" on Duration (min)), unless `exact`."""
    tokens, header = context.tokens, context.table.header
    numeric = context.columns_of(*NUMERIC_TYPES)
    unit, position = said_unit(context, number)
    before = {t.low for t in tokens[max(number.first - 4, 0) : number.first]}
    if (
        said_money(context, number) or before & MONEY_VERBS
    ):  # "$1,000", "200 bucks", "worth over 1k"
        money = [
            c
            for c in numeric
            if context.kind(c) == "currency" or any(w in header[c].lower() for w in MONEY_HEADERS)
        ]
        totals = [c for c in money if "total" in re.findall(r"[a-z]+", header[c].lower())]
        marked = [c for c in money if any(mark in header[c] for mark in "$€£")]
        priced = [c for c in money if set(re.findall(r"[a-z]+", header[c].lower())) & PRICES]
        if len(marked) != 1 and len(priced) == 1:
            return priced  # "jobs over $200" beside Price ($) and Cost ($): the price
        return totals or (marked if len(marked) == 1 else money)
    if number.percent and unit in FULL:  # "under 30% full": the fill level, of a percent
        full = [c for c in numeric if FULL_HEADERS & unit_words(header[c])]
        return full or [c for c in numeric if context.kind(c) == "percent"]
    if unit in PER and position + 1 < len(tokens):  # "under 1.50 a kilo": the $/kg column
        forms = forms_of(tokens[position + 1].low)
        per = re.compile(rf"(?:/|\bper\s*)(?:{'|'.join(sorted(forms))})\b") if forms else None
        return [c for c in numeric if per and per.search(header[c].lower())]
    forms = forms_of(unit)
    fitting = [c for c in numeric if forms & unit_words(header[c])]
    alone = [c for c in fitting if header[c].lower().strip(" ()") in forms]  # not Ice (kg)
    if fitting or exact:
        return alone if len(alone) == 1 else fitting
    # "over two tonnes" on a column of kg, "took over an hour" on Duration (min)
    return [c for c in numeric if in_column_unit(context, c, number) is not None]


# Each measure's units, as a multiple of its smallest: a number said in one unit is compared
# with a column kept in another of the same measure in the column's unit.
IN_SMALLEST: tuple[dict[str, float], ...] = (
    {"second": 1, "minute": 60, "hour": 3600},
    {"gram": 1, "kg": 1000, "tonne": 1e6, "lb": 453.59237},
    {"mm": 1, "cm": 10, "metre": 1000, "km": 1e6, "mile": 1609344},
)
SECONDS = word_set("second seconds sec secs s")  # "Call length (secs)", "Time (s)"
# Units a header says only in brackets: "Time (s)", but not "Driver's", "Min stock", "Second"
BRACKETED_ONLY = word_set("s h d g t l c m min second")
NOT_SAID_UNITS = word_set("s t m")  # "the under 5s" are children, "5t" a size, "5m" 5 million


def said_unit(context: Context, number: Number) -> tuple[str, int]:
    """The word a number is said in and its place: "3+ days", "over 80kg" (glued), "half an
    hour" (the word after "an"); "" where none follows."""
    tokens = context.tokens
    position = number.last + 1
    if position < len(tokens) and tokens[position].low == "+":
        position += 1
    if position + 1 < len(tokens) and tokens[position].low in ("a", "an") and number.value < 1:
        position += 1  # "half an hour": the unit after the article
    unit = tokens[position].low if position < len(tokens) else ""
    glued = re.fullmatch(r"[\d.,]+([a-z]+)", tokens[number.last].low)
    if glued:  # "over 80kg", "2hrs"
        unit, position = glued.group(1), number.last
    return unit, position


@lru_cache(maxsize=4096)
def measure_unit(word: str) -> tuple[int, float] | None:
    """Which measure a unit word is of, and its size in that measure's smallest unit."""
    for measure, sizes in enumerate(IN_SMALLEST):
        for unit, size in sizes.items():
            if word in (SECONDS if unit == "second" else forms_of(unit)):
                return measure, float(size)
    return None


def said_measure(context: Context, number: Number) -> tuple[int, float] | None:
    """The measure and size of the unit a number is said in, if it is one of `IN_SMALLEST`."""
    word, position = said_unit(context, number)
    if word == "m" and position > number.last:  # "under 500 m"; "5m" is five million
        return measure_unit("metre")
    return None if word in NOT_SAID_UNITS else measure_unit(word)


@lru_cache(maxsize=4096)
def column_unit(header: str) -> tuple[int, float] | None:
    """The unit a header says its numbers are in: a unit word of it ("Minutes", "Weight kg"),
    or a one-letter one in brackets ("Time (s)"); None where it says none or several."""
    bracketed = set(re.findall(r"[a-z]+", " ".join(re.findall(r"\(([^)]*)\)", header.lower()))))
    words = {w for w in unit_words(header) if w not in BRACKETED_ONLY or w in bracketed}
    found = {unit for unit in map(measure_unit, words) if unit is not None}
    return found.pop() if len(found) == 1 else None


def in_column_unit(context: Context, column: int, number: Number) -> float | None:
    """The number in the column's unit where it is said in another of the same measure ("an
    hour" is 60 on a column of minutes, "1.5 kg" 1500 on one of grams); None otherwise."""
    said = said_measure(context, number)
    kept = column_unit(context.table.header[column])
    if said is None or kept is None or said[0] != kept[0] or said[1] == kept[1]:
        return None
    return number.value * said[1] / kept[1]


def scaled_bounds(context: Context, column: int, low: Number, high: Number) -> list[float]:
    """Two bounds as the column holds them, in order; "between 1 and 3 minutes" says the unit
    once, for both."""
    bounds = [scaled(context, column, low), scaled(context, column, high)]
    converted = in_column_unit(context, column, high)
    if converted is not None and said_measure(context, low) is None and high.value:
        bounds[0] = low.value * converted / high.value
    return sorted(bounds)


# A header that keeps its figures in thousands or millions: "Salary (k)", "Budget (000s)",
# "Revenue £000", "Sales ($m)", "Turnover (bn)"; a bare "(m)" is metres (Beam (m)).
SCALE_MARKS = (
    (1e9, re.compile(r"\((?:[$£€] ?)?(?:bn|billions?)\)|[$£€]bn\b")),
    (1e6, re.compile(r"\((?:[$£€] ?m|[$£€]? ?(?:mn|mil|millions?))\)|[$£€]m\b")),
    (1e3, re.compile(r"\((?:[$£€] ?)?(?:k|000s?|'000s?|thousands?)\)|[$£€]'?000s?\b|[$£€]k\b")),
)


def beyond(context: Context, column: int, number: Number) -> bool:
    """Whether a number is over 1000 times every figure of the column: "over 500,000" on
    Revenue ($m) is half a million, not 500,000 millions."""
    figures = [abs(v) for v in context.table.column_values(column) if isinstance(v, float)]
    return bool(figures) and abs(number.value) > 1000 * max(figures)


@lru_cache(maxsize=4096)
def header_scale(header: str) -> float:
    """How many units one figure of the column stands for (0: the header says none)."""
    low = header.lower()
    return next((size for size, mark in SCALE_MARKS if mark.search(low)), 0.0)


def forms_of(unit: str) -> frozenset[str]:
    """The ways of writing the unit `unit` is one of ("kilo": kg kgs kilo kilos)."""
    return next((forms for forms in UNIT_FORMS if unit in forms), frozenset())


def unit_words(header: str) -> set[str]:
    """A header's words as its unit may be among them: lower case, without digits or signs
    ("Ice (kg)": ice, kg), but for the unit a rate is per ("$/kg" holds no kilos). (Not
    `sides.header_words`, which folds word forms and drops stop words to match names.)"""
    low = header.lower()
    per = set(re.findall(r"(?:/|\bper\s*)([a-z]+)", low))  # "Rate (£/h)" holds no hours
    return set(re.findall(r"[a-z]+", low)) - per


def rate_per_column(context: Context, op: str, number: Number, position: int) -> Condition | None:
    """ "less than 50 litres per fish", "more than 50 m of climb for every km walked", "more
    than 2 errors per 100 lines": where the words after "per" name a column (by its name or
    its unit), the number is a rate of the measured column to it (Vol (L) / Fish, Ascent (m)
    / Distance (km), Errors / Lines × 100), one the sheet keeps no column for. `position`:
    the word after the number and its unit."""
    tokens = context.tokens
    said = context.mention_at(position, position, NUMERIC_TYPES)  # "2 errors per …"
    unit = ""
    at = position if said is None else said.last + 1
    if said is None and position == number.last + 1 and position < len(tokens):
        unit = tokens[position].low if tokens[position].low not in RATE_PER else ""
        at += bool(unit)  # "50 m of climb": a unit the noise words do not list
    at += 2 * (words_at(tokens, at, 1) == ["of"])  # "… of climb for every km"
    if words_at(tokens, at, 2) in (["for", "every"], ["for", "each"]):
        at += 2
    elif words_at(tokens, at, 1) and tokens[at].low in RATE_PER:
        at += 1
    else:
        return None  # "$200 a column", "150 a tyre": a price each, not a rate
    scale = context.number_at(at, at)  # "per 100 lines"
    found = per_column(context, scale.last + 1 if scale else at)
    if found is None:
        return None
    per, last = found
    measured = [said.column] if said else [c for c in unit_columns(context, number) if c != per]
    if not measured and unit:  # "50 m": the one column whose header says m
        measured = [c for c in context.columns_of(*NUMERIC_TYPES)
                    if c != per and unit in unit_words(context.table.header[c])]  # fmt: skip
    if not measured and position == number.last + 1:  # "more than 9 per hectare": no unit
        subject = context.mention_at(max(number.first - 6, 0), number.first - 1, NUMERIC_TYPES)
        measured = [subject.column] if subject and subject.column != per else []
    if len(measured) != 1:
        return None
    return rate_test(context, measured[0], per, (op, number, scale), (number.first, last))


def rate_before(context: Context, op: str, number: Number, before: int) -> Condition | None:
    """ "lines per minute > 12", "cost per guest is over 40": a rate of two columns said
    right before the comparison (at `before`)."""
    tokens = context.tokens
    end = before - 1 - (before > 0 and tokens[before - 1].low in LINKING)
    for at in range(end - 1, max(end - 4, 0), -1):
        found = per_column(context, at + 1) if tokens[at].low in RATE_PER else None
        subject = context.mention_at(max(at - 4, 0), at - 1, NUMERIC_TYPES)
        if found and found[1] == end and subject and subject.last == at - 1:
            if subject.column == found[0]:
                return None
            span = (subject.first, number.last)
            return rate_test(context, subject.column, found[0], (op, number, None), span)
    return None


def rate_test(
    context: Context,
    measured: int,
    per: int,
    against: tuple[str, Number, Number | None],
    span: tuple[int, int],
) -> Condition:
    """measured / per (× the scale: "per 100 lines") against the number (`against`: operator,
    number, scale), where both are numbers ("12" typed as text read as 12) and the divisor is
    not 0."""
    op, number, scale = against
    rate, count = number_ref(context, measured), number_ref(context, per)
    each = f"*{number_text(scale.value)}" if scale is not None else ""
    test = f"{rate}/{count}{each}{op}{number_text(number.value)}"
    text = f"AND(ISNUMBER({rate}),ISNUMBER({count}),{count}>0,{test})"
    return Condition(text, (measured, per), *span)


LINKING = word_set("is are was were")
RATE_PER = word_set("per / every")  # "50 litres per fish", "30/km", "2 every 100 lines"


def words_at(tokens: list[Token], at: int, count: int) -> list[str]:
    """The `count` lower-case words from `at` (fewer at the end of the request)."""
    return [t.low for t in tokens[at : at + count]]


def per_column(context: Context, at: int) -> tuple[int, int] | None:
    """The column the words from `at` name, by its name ("per fish") or as the one numeric
    column kept in that unit ("for every km": Distance (km)); and the last of those words."""
    named = context.mention_at(at, at, NUMERIC_TYPES)
    if named is not None:
        return named.column, named.last
    if at >= len(context.tokens):
        return None
    forms = forms_of(context.tokens[at].low) or {context.tokens[at].low}
    header = context.table.header
    kept = [c for c in context.columns_of(*NUMERIC_TYPES) if forms & unit_words(header[c])]
    return (kept[0], at) if len(kept) == 1 else None
