"""The one-column tests a request makes besides comparisons, dates and text searches
(reading.searches): blanks, duplicates and uniques, top/bottom and averages, alternate rows,
text cells and letter case (values it names outright: reading.named)."""

from __future__ import annotations

from collections.abc import Callable

from cf_excel.excel.colours import word_set
from cf_excel.reading.ages import birth_column
from cf_excel.reading.beside import listed
from cf_excel.reading.blocks import (
    OWNERS,
    each_of,
    number_block,
    series_block,
    spanned,
    unnamed_block,
)
from cf_excel.reading.conditions import NUMERIC_TYPES, Condition, Context, alike, ref
from cf_excel.reading.cues import Cue
from cf_excel.reading.dates import dated, weekday, within_days
from cf_excel.reading.figures import blanks_where, holds_money, ranked_figure, unnamed
from cf_excel.reading.naming import picked_at
from cf_excel.reading.polarity import directed
from cf_excel.reading.scopes import key_column_picked
from cf_excel.reading.words import Number
from cf_excel.reading.writing import number_text, on_columns, typed_block_test
from cf_excel.sheets.addresses import column_letter

MISSING_WORDS = word_set(
    "missing lacking without no nothing same share sharing report gap gaps missed skipped"
)
GIVEN = word_set("given assigned allocated got")  # "never given a mentor": the mentor
PLACES = word_set("on in for from")  # "missing on some flights": where, not what


def preset(context: Context, cue: Cue) -> list[Condition]:
    """Blanks, non-blanks, duplicates, uniques, errors; "any of B, C, D blank" tests each named
    column (all of them when the request says "all" or "both")."""
    name = {"blank": "Blanks", "filled": "NoBlanks", "duplicate": "Duplicates",
            "unique": "Unique", "errors": "Errors"}[cue.kind]  # fmt: skip
    if cue.kind == "filled" and any(c.kind == "compare" and c.first == cue.last + 1
                                    for c in context.cues):  # fmt: skip
        return []  # "stock that was filled before 2012": when, not whether
    words = {t.low for t in context.tokens[cue.first : cue.last + 1]}
    missing = bool(words & MISSING_WORDS)  # "a dish missing its food cost", "the same tag"
    missing = missing or (cue.kind == "blank" and bool(words & GIVEN))
    placed = cue.last + 1 < len(context.tokens) and context.tokens[cue.last + 1].low in PLACES
    missing = missing and not placed  # "image count missing on some flights": said before
    denied = context.denial_before(cue.first)
    if denied and cue.kind in ("blank", "filled") and not context.crosses(denied.first, cue):
        flipped = "blank" if cue.kind == "filled" else "filled"  # "hasn't been filled in"
        between = context.tokens[denied.last + 1 : cue.first]
        if all(t.low in ("been", "be", "yet", "got", "any", "a") for t in between):
            return preset(context, Cue(flipped, cue.op, denied.first, cue.last, cue.after))
    named_next = context.mention_at(cue.last + 1, cue.last + 1)  # "the empty picker cells"
    adjective = cue.kind == "blank" and named_next is not None and cue.first == cue.last
    columns = context.subject(cue, after_first=missing or adjective)
    people = any(t.low in PEOPLE for t in context.tokens[: cue.first])
    people = people or any(t.low in ("name", "names") for t in context.tokens)  # "same name"
    if cue.kind == "duplicate" and not context.mentions and people:
        columns = context.key_column()  # "is anyone on the member list twice?": the names
    if cue.kind == "duplicate":  # "highlight the customers who have ordered more than once",
        picked = [  # "some children are on the register twice … highlight their names"
            m.column
            for m in context.mentions
            if picked_at(context, m.first) and context.kind(m.column) == "text"
        ]
        columns = picked[:1] or key_column_picked(context) or columns
    columns = blanks_where(context, cue, columns)  # "months where any of the meters has none"
    headers = [context.table.header[c] for c in columns]
    said_rows = any(c.kind == "rows" for c in context.cues)
    near = {t.low for t in context.tokens[max(cue.first - 2, 0) : cue.last + 3]}
    cells = bool(near & CELLS) and columns == list(range(columns[0], columns[-1] + 1))
    if cells and not said_rows and len(columns) > 1:  # "blank cells in origin, process or roaster"
        return [on_columns(f"{name}(", "", columns, cue.first, cue.last)]
    if cue.kind in ("blank", "filled") and len(columns) > 1 and (said_rows or not alike(headers)):
        joiner = "AND" if any(t.low in ("all", "both", "every") for t in context.tokens) else "OR"
        tests = ", ".join(f"{name}(c[{column}])" for column in columns)
        said = [
            [m for m in context.mentions if m.column == c and m.last < cue.first] for c in columns
        ]
        named = [m[-1] for m in said if m]  # each column where it was said last before the test
        first = min([cue.first, *(m.first for m in named)])
        last = max([cue.last, *(m.last for m in named)])
        return [Condition(f"{joiner}({tests})", tuple(columns), first, last)]
    if not columns:
        return []
    after = {t.low for t in context.tokens[cue.last + 1 : cue.last + 5]}  # "nothing yet (0)"
    if (words | after) & {"0", "zero"} and len(columns) == 1:  # "(deposit blank or 0)"
        text = f"OR(Blanks(c[{columns[0]}]), Equals(c[{columns[0]}], 0))"
        return [Condition(text, (columns[0],), cue.first, cue.last)]
    return [on_columns(f"{name}(", "", columns, cue.first, cue.last)]


CELLS = word_set("cell cells")
PEOPLE = word_set("anyone anybody someone somebody who whoever everyone")


def later_copies(context: Context, cue: Cue) -> list[Condition]:
    """Duplicates from the second occurrence on: the running count above and on this row
    (not "every second one" of banded rows: alternate rows)."""
    if any(c.kind == "alternate" for c in context.cues):
        return []
    columns = context.subject(cue)
    if not columns:
        return []
    column = columns[0]
    letter = column_letter(column + 1)
    text = f'AND(${letter}2<>"",COUNTIF(${letter}$2:${letter}2,${letter}2)>1)'
    said = [c.first for c in context.cues if c.kind == "duplicate" and cue.first - 4 <= c.first]
    return [Condition(text, (column,), min([cue.first, *said]), cue.last)]  # "repeated after …"


def rank(context: Context, cue: Cue) -> list[Condition]:
    """ "top 5 sales", "3 lowest scores", "the highest", "bottom 10%"."""
    cue = directed(context, cue)  # "the quickest lap": the least time; "the worst for faults"
    number = context.number_at(cue.last + 1, cue.last + 1) or context.number_ending(cue.first - 1)
    number = number or counted_before(context, cue)  # "the 3 sessions that delivered the least"
    op = "Top" if cue.kind == "top" else "Bottom"
    count = 1.0
    if number is not None:
        op, count = (op + "Percent", number.value * 100) if number.percent else (op, number.value)
    by = next(  # "10 most expensive shipments by cost": the column ranked
        (m for m in context.mentions if m.first >= 1 and context.tokens[m.first - 1].low == "by"),
        None,
    )
    kinds = ("number", "currency", "percent", "date")
    across = [  # "top 5 amounts across the whole jul-nov block": the block named after it
        block
        for c in context.cues
        if c.kind == "anywhere"
        for m in context.mentions
        if m.first > c.last and len(block := context.block_of(m, kinds)) > 1
    ]
    owned = next(  # "our five biggest orders: highlight their prices": the prices ranked
        (
            m
            for m in context.mentions
            if m.first > cue.last + 1
            and context.tokens[m.first - 1].low in OWNERS
            and picked_at(context, m.first)
            and context.kind(m.column) in NUMERIC_TYPES
        ),
        None,
    )
    if by is not None and by.first > cue.last:
        columns = [by.column]
    elif owned is not None:
        columns = [owned.column]
    elif across:
        columns = across[0]
    else:
        columns = ranked_columns(context, cue, kinds)
    given = len(columns) > 1 or any(m.column in columns and m.share == 1 for m in context.mentions)
    series = [] if across or given else series_block(context)  # "across the whole weekly
    if series and any(c.kind == "anywhere" for c in context.cues):  # table, the three best
        columns = columns if set(columns) & set(series) else series  # weeks any category had"
    if not columns:
        return []
    first = min(cue.first, number.first if number else cue.first)
    last = max(cue.last, number.last if number else cue.last, by.last if by else 0)
    each = "row" if any(c.kind == "per_row" for c in context.cues) else each_of(context)
    headers = [context.table.header[c] for c in columns]
    if each and count == 1 and not (len(columns) > 1 and alike(headers)):
        unnamed = each == "column" and unnamed_block(context, columns)
        columns = (  # "the busiest count in each time slot", "the top mark in each subject"
            series_block(context) or (number_block(context, columns) if unnamed else []) or columns
        )
    if each == "row" and len(columns) > 1 and count == 1:
        left, right = column_letter(columns[0] + 1), column_letter(columns[-1] + 1)
        extreme = "MAX" if op == "Top" else "MIN"
        text = f'AND({left}2<>"",{left}2={extreme}(${left}2:${right}2))'
        return [Condition(text, tuple(columns), first, last, bare=True)]
    if (each == "column" or per_column(context)) and len(columns) > 1:
        return [each_column(context, cue, columns, op, count, first, last)]
    return [on_columns(f"{op}(", number_text(count), columns, first, last)]


def counted_before(context: Context, cue: Cue) -> Number | None:
    """ "which three concession items sold worst", "the five casks holding the most": how many
    the rank takes, said before the things it ranks (a count after a determiner, in the same
    clause, with no other test between)."""
    for position in range(cue.first - 2, max(cue.first - 8, 0) - 1, -1):
        if context.tokens[position].low in (",", ":", ";") or any(
            c.first == position for c in context.cues
        ):
            return None
        number = context.number_at(position, position)
        if number is None:
            continue
        lead = context.tokens[number.first - 1].low if number.first else "the"
        whole = number.value == int(number.value) and 1 < number.value <= 100
        return number if whole and not number.percent and lead in RANK_LEADS else None
    return None


RANK_LEADS = word_set("the which our my those these what")
AGE_WORDS = word_set("oldest youngest")
SIZE_WORDS = word_set("biggest largest smallest highest lowest priciest cheapest")


def ranked_columns(context: Context, cue: Cue, kinds: tuple[str, ...]) -> list[int]:
    """The column a rank orders: "the 5 oldest members" are the earliest birth dates (a date
    column, the date of birth first); "the 3 biggest bills" are amounts, not the bill date the
    noun names (the first money column)."""
    words = {t.low for t in context.tokens[cue.first : cue.last + 3]}  # "top 3 biggest"
    table = context.table
    dates = context.columns_of("date")
    if words & AGE_WORDS and dates and not any(m.column in dates for m in context.mentions):
        born = birth_column(context)
        return [born] if born is not None else dates[:1]
    noun = cue.last + 1 + bool(context.number_at(cue.last + 1, cue.last + 1))
    named = context.mention_at(noun, noun, NUMERIC_TYPES)  # "the five biggest bills"
    said = context.number_ending(cue.first - 1)  # "three highest"
    start = said.first if said else cue.first
    owned = start > 0 and context.tokens[start - 1].low.endswith(("'s", "’s"))  # "Mill Ln's"
    columns = context.subject(cue, kinds, after_first=named is not None and not owned)
    if unnamed(context, cue, columns, kinds):  # "the 3 longest cleans": the Mins, not all
        columns = ranked_figure(context, [c for c in columns if context.kind(c) != "date"])
    money = [c for c in range(table.width) if holds_money(context, c)]
    if words & SIZE_WORDS and columns and context.kind(columns[0]) == "date" and money:
        return money[:1]
    return columns


def per_column(context: Context) -> bool:
    return any(c.kind == "each" and not spanned(context, c.first) for c in context.cues)


def each_column(
    context: Context, cue: Cue, columns: list[int], op: str, count: float, first: int, last: int
) -> Condition:
    """The largest (smallest) in each column of a block: a formula relative in its column."""
    letter = column_letter(columns[0] + 1)
    function = "LARGE" if op.startswith("Top") else "SMALL"
    compare = ">=" if op.startswith("Top") else "<="
    kth = f"{function}({own_column(context, columns[0])},{number_text(count)})"
    text = f"AND(ISNUMBER({letter}2),{letter}2{compare}{kth})"  # text is above any number
    return Condition(text, tuple(columns), first, last, bare=True)


def average(context: Context, cue: Cue) -> list[Condition]:
    """Above (below) the average of the cells tested, or, over a block, of each cell's own
    column or row where the request says whose ("below that week's average", "lower than
    that column's average", "under each patrol's average")."""
    columns = context.subject(cue, ("number", "currency", "percent"))
    whose = averaged_by(context, cue)
    if whose and len(columns) > 1:
        letter, last = column_letter(columns[0] + 1), column_letter(columns[-1] + 1)
        own = own_column(context, columns[0]) if whose == "column" else f"${letter}2:${last}2"
        mean = f"AVERAGE({own})"
        text = (
            typed_block_test(columns, cue.op, mean)  # "12" typed as text is 12
            if any(context.numbers_as_text(c) for c in columns)
            else f"AND(ISNUMBER({letter}2),{letter}2{cue.op}{mean})"
        )
        return [Condition(text, tuple(columns), cue.first, cue.last, bare=True)]
    name = "AboveAverage" if cue.op == ">" else "BelowAverage"
    return [on_columns(f"{name}(", "", columns, cue.first, cue.last)] if columns else []


def own_column(context: Context, column: int) -> str:
    """The data cells of the column a block's first cell is in, fixed to its rows only
    (`B$2:B$31`): each cell of the block ranks or averages within its own column."""
    letter = column_letter(column + 1)
    return f"{letter}$2:{letter}${len(context.table.rows) + 1}"


def averaged_by(context: Context, cue: Cue) -> str | None:
    """ "that week's average", "its column's average", "each patrol's average": the average
    of each cell's column, or its row where the noun is a row or the thing a text column names
    (the patrol, the rep); None where the request says no whose."""
    tokens = context.tokens
    for position in range(cue.first + 1, cue.last):
        noun = tokens[position].low.removesuffix("'s").removesuffix("’s")
        whose = tokens[position - 1].low in WHOSE or noun in ("column", "row")  # "the row's"
        if not whose or noun == tokens[position].low:
            continue
        named = {m.column for m in context.mentions if m.first <= position <= m.last}
        texts = named and all(context.kind(c) == "text" for c in named)
        return "row" if noun in ("row", "line") or texts else "column"
    return None


WHOSE = word_set("that its each every their this")  # before the noun whose average it is


def alternate(context: Context, cue: Cue) -> list[Condition]:
    """Every other (or every nth) row counted from the first data row: that row first, the
    last of each n as the other reading ("the 3rd, 6th, 9th"), or the second first where the
    request starts there ("starting with the second entry"); "even" and "odd" rows are the
    sheet's row numbers."""
    words = [t.low for t in context.tokens]
    every = int(cue.op or 2)
    if every == 2 and any(w.startswith(("even", "odd")) for w in words):
        odd = any(w.startswith("odd") for w in words)
        tests = [f"MOD(ROW(),2)={int(odd)}", f"MOD(ROW(),2)={int(not odd)}"]
        return [Condition(test, (), cue.first, cue.last, bare=True) for test in tests]
    offsets = [0, every - 1]
    if any(w in ("second", "2nd") and STARTS & set(words[i - 3 : i]) for i, w in enumerate(words)):
        offsets = [1, 0]
    elif f"{every}rd" in words[cue.last + 1 :] or f"{every}th" in words[cue.last + 1 :]:
        offsets = [every - 1, 0]  # "(the 3rd, 6th, 9th … entries)"
    tests = [f"MOD(ROW()-ROW($A$2),{every})={offset}" for offset in offsets]
    return [Condition(test, (), cue.first, cue.last, bare=True) for test in tests]


STARTS = word_set("start starts starting begin beginning from")  # "starting with the second"


def is_text(context: Context, cue: Cue) -> list[Condition]:
    """ "any cell containing text", "some Gr cells were typed as text, can you show which"."""
    columns = context.subject(cue)
    if not columns:
        return []
    if len(columns) == 1:
        return [Condition(f"ISTEXT({ref(columns[0])})", (columns[0],), cue.first, cue.last)]
    letter = column_letter(columns[0] + 1)
    return [Condition(f"ISTEXT({letter}2)", tuple(columns), cue.first, cue.last, bare=True)]


def typing_remarks(context: Context, groups: list[list[Condition]]) -> list[list[Condition]]:
    """The text tests that only remark on how the data was typed, where the request asks
    something else ("… over the limit - a driver typed one amount as text, and that one has
    to count as well")."""
    remarks = [
        g
        for g in groups
        if "ISTEXT(" in g[0].text
        and context.tokens[g[0].first].low == "as"
        and {t.low for t in context.tokens[max(g[0].first - 4, 0) : g[0].first]} & TYPING
    ]
    return remarks if any("ISTEXT(" not in g[0].text for g in groups) else []


TYPING = word_set("typed entered keyed pasted imported saved")


def letter_case(context: Context, cue: Cue) -> list[Condition]:
    """ "a destination typed all in lower case", "names in caps": the cell equals its own lower
    (upper) case form, exactly (EXACT tells cases apart where = does not)."""
    return on_text_cells(
        context, cue, lambda cell: f'AND({cell}<>"",ISTEXT({cell}),EXACT({cell},{cue.op}({cell})))'
    )


def spaced(context: Context, cue: Cue) -> list[Condition]:
    """ "any zone with a leading or trailing space", "names with stray spaces": text that TRIM
    would change."""
    return on_text_cells(
        context, cue, lambda cell: f"AND(ISTEXT({cell}),LEN({cell})<>LEN(TRIM({cell})))"
    )


def on_text_cells(context: Context, cue: Cue, formula: Callable[[str], str]) -> list[Condition]:
    """`formula` of the cell, on the one text column the cue is about (none where it is about
    several or none)."""
    columns = context.subject(cue, ("text",))
    if len(columns) != 1:
        return []
    return [Condition(formula(ref(columns[0])), (columns[0],), cue.first, cue.last)]


def sign(context: Context, cue: Cue) -> list[Condition]:
    """Negative, positive or zero values."""
    columns = context.subject(cue, ("number", "currency", "percent"))
    name = {"<": "LessThan", ">": "GreaterThan", "=": "Equals"}[cue.op]
    return [on_columns(f"{name}(", "0", columns, cue.first, cue.last)] if columns else []


def visual(context: Context, cue: Cue) -> list[Condition]:
    """Data bars, colour scales, icon sets on the numbers named."""
    columns = context.subject(cue, ("number", "currency", "percent"))
    return [on_columns(f"{cue.op}(", "", columns, cue.first, cue.last)] if columns else []


CHECKS: dict[str, Callable[[Context, Cue], list[Condition]]] = {
    "blank": preset, "filled": preset, "duplicate": preset, "unique": preset, "errors": preset,
    "later": later_copies, "top": rank, "bottom": rank, "average": average, "date": dated,
    "days": within_days, "weekday": weekday, "alternate": alternate, "istext": is_text,
    "sign": sign, "visual": visual, "case": letter_case, "listed": listed, "spaces": spaced,
}  # fmt: skip
