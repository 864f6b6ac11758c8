"""Arithmetic a request spells out between columns, with brackets, numbers and cells beside the
table: "end minus start", "(price - cost) / price", "G < H x (1 - L4)", "qty x unit price x
(1 - discount)", "kWh x Q2", and a name it gives to such a formula ("margin = (quote - cost) /
quote … the margin is under …").

Forum posters write the formula they have in mind more often than they name a function; read
as written, with the user's operators and brackets, Excel applies the usual precedence to it.
Brackets are not tokens (`words.TOKEN`): they are read from the text between two tokens.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from cf_excel.excel.colours import word_set
from cf_excel.reading.beside import cell_said, cell_value, is_number
from cf_excel.reading.conditions import Context, ref
from cf_excel.reading.writing import number_text

# Arithmetic between named columns ("end minus start", "conversions / sessions").
ARITHMETIC = {"minus": "-", "-": "-", "−": "-", "less": "-", "plus": "+", "+": "+", "x": "*",
              "×": "*", "*": "*", "times": "*", "/": "/", "over": "/", "divided": "/",
              "multiplied": "*"}  # fmt: skip
TWO_WORDS = word_set("divided multiplied")  # "divided by", "multiplied by"
COMPARING_TOO = word_set("over less")  # before a number or a cell they compare ("over 35%")
LEADING_WORDS = word_set("the their its his her our a")  # before an operand: "plus the interval"
# Words for how often, which name a series of columns alone ("weekly") and qualify the name
# after them ("its weekly target", "x the nightly rate")
PERIODIC = word_set("hourly daily nightly weekly fortnightly monthly quarterly yearly annual")
KIND_NOUNS = word_set("time date column col")  # after a column's name, still that column


@dataclass(frozen=True)
class Operand:
    """One term of the arithmetic: its formula text and the columns it reads."""

    text: str
    columns: tuple[int, ...]
    first: int  # token span
    last: int


def number_ref(context: Context, column: int) -> str:
    """A column's cell in arithmetic: `--$G2` where some of its numbers are stored as text."""
    return ("--" if context.numbers_as_text(column) else "") + ref(column)


def opens_before(context: Context, position: int) -> int:
    """How many brackets are opened just before the token at `position`."""
    return context.gap(position).count("(")


def closes_after(context: Context, position: int) -> int:
    """How many brackets are closed just after the token at `position`."""
    return context.gap(position + 1).count(")")


def operand_at(
    context: Context, position: int, constants: bool, used: tuple[int, ...] = ()
) -> Operand | None:
    """A column named at `position` (its name maybe followed by "time", "date"; of the columns
    the words name alike, one not `used` already: "last visit plus the visit interval"), or,
    where `constants`, a cell beside the table ("L4") or a number ("12", "1.7", "80%")."""
    while position < len(context.tokens) and context.tokens[position].low in LEADING_WORDS:
        position += 1  # "plus the clean interval"
    if position >= len(context.tokens):
        return None
    mention = context.mention_at(position, position)
    if mention is None and context.tokens[position].low in PERIODIC:
        mention = context.mention_at(position + 1, position + 1)  # "x the nightly rate"
        position += mention is not None
    rivals = [m for m in context.mentions if mention is not None and m.first == mention.first
              and m.last == mention.last and m.column not in used]  # fmt: skip
    mention = rivals[0] if rivals else mention
    head = context.mention_at(mention.last + 1, mention.last + 1) if mention else None
    if mention is not None and mention.column in used and head and head.column not in used:
        mention = dataclasses.replace(head, first=mention.first)  # "nights x the nightly rate"
    if mention is not None and mention.first == position:
        last = mention.last
        if last + 1 < len(context.tokens) and context.tokens[last + 1].low in KIND_NOUNS:
            last += 1
        return Operand(number_ref(context, mention.column), (mention.column,), position, last)
    if not constants:
        return None
    cell = cell_said(context, position, position)
    if cell is not None:
        return Operand(cell[0], (), position, position)
    number = context.number_at(position, position)
    if number is not None and number.last == position:
        return Operand(number_text(number.value), (), position, position)
    return None


def operator_at(context: Context, position: int, dash: bool, depth: int) -> tuple[str, int]:
    """The operator said at `position` and how many words say it ("divided by"); "" where none
    is ("less than" compares; a "-" outside brackets is a dash where `dash` is false)."""
    tokens = context.tokens
    if position + 1 >= len(tokens):
        return "", 0
    word, following = tokens[position].low, tokens[position + 1].low
    if word not in ARITHMETIC or (word == "less" and following == "than"):
        return "", 0
    if word == "-" and not dash and not depth:
        return "", 0
    return ARITHMETIC[word], 2 if word in TWO_WORDS and following == "by" else 1


def arithmetic(context: Context, first: Operand, dash: bool) -> Operand:
    """`first` and the arithmetic said after it, brackets as typed ("(price - cost) / price");
    a bracket that closes one opened before the arithmetic ends it ("(odometer minus miles at
    last svc) has reached …"), and one never closed is dropped. A "/" divides only after a
    bracket ("(clicks / views)"), where a list ("cost/ptn") would have none."""
    lead = opens_before(context, first.first)
    parts = ["("] * lead + [first.text]
    unclosed = list(range(lead))  # the parts that open a bracket not yet closed
    columns, operand = list(first.columns), first
    while True:
        closing = closes_after(context, operand.last)
        matched = min(closing, len(unclosed))
        parts += [")"] * matched
        del unclosed[len(unclosed) - matched :]
        if closing > matched:
            break
        op, words = operator_at(context, operand.last + 1, dash, len(unclosed))
        word = context.tokens[operand.last + 1].low if op else ""
        start = operand.last + 1 + words
        if not op or (word == "/" and not lead and not unclosed) or start >= len(context.tokens):
            break
        constants = word not in COMPARING_TOO  # "food cost over 35%", "over the budget" compare
        if not constants and context.tokens[start].low in LEADING_WORDS:
            break
        following = operand_at(context, start, constants, tuple(columns))
        if following is None:
            break
        parts.append(op)
        for _ in range(opens_before(context, start)):
            unclosed.append(len(parts))
            parts.append("(")
        signed = following.text.startswith("-")  # `$J2-(--$K2)`, not `$J2---$K2`
        parts.append(f"({following.text})" if signed else following.text)
        columns += following.columns
        operand = following
    text = "".join(part for i, part in enumerate(parts) if i not in unclosed)
    return Operand(text, tuple(columns), first.first, operand.last)


def number_guards(text: str, columns: tuple[int, ...]) -> str:
    """ISNUMBER of each column the arithmetic `text` reads (of `--$H2` where it reads a number
    typed as text), so that a blank or a word formats nothing."""
    return ",".join(
        f"ISNUMBER(--{ref(c)})" if f"--{ref(c)}" in text else f"ISNUMBER({ref(c)})"
        for c in dict.fromkeys(columns)
    )


NAMING = frozenset(("=", ",", ":", "is", "means"))  # "margin = …", "the margin, (…) / …"
LIMITED = word_set("min minimum max maximum target tgt goal floor cap limit")


def defined(context: Context) -> dict[str, Operand]:
    """Names the request gives to arithmetic of two columns or more: "margin = (quote - cost) /
    quote", "Margin is (price - cost) / price" (the name's folded word: the arithmetic)."""
    found: dict[str, Operand] = {}
    tokens = context.tokens
    for i, token in enumerate(tokens[:-2]):
        if not token.low.isalpha() or tokens[i + 1].low not in NAMING:
            continue
        if context.mention_at(i, i) is not None:
            continue  # "Net = gross minus tax" checks a column: `expected.unequal` reads it
        first = operand_at(context, i + 2, constants=False)
        if first is None:
            continue
        said = arithmetic(context, first, dash=True)
        if len(said.columns) > 1:
            found.setdefault(token.word, Operand(f"({said.text})", said.columns, i, said.last))
    return found


def named_arithmetic(context: Context, position: int) -> Operand | None:
    """The arithmetic that the name said at `position` stands for, outside its definition
    ("… whose margin is below the P2 figure"); not a limit named after it ("the min margin
    in R4")."""
    if position >= len(context.tokens):
        return None
    meant = defined(context).get(context.tokens[position].word)
    if meant is None or meant.first <= position <= meant.last:
        return None
    beside = {t.low for t in context.tokens[max(position - 1, 0) : position + 2]}
    if beside & LIMITED:
        return None
    return Operand(meant.text, meant.columns, position, position)


def cell_arithmetic(context: Context, cell: str, position: int) -> Operand | None:
    """A cell beside the table and the arithmetic on columns said after it ("below Q5 times
    the quote", "short of R5 x quote", "below that percentage of the price"): the limit
    scaled by each row's figure."""
    said = arithmetic(context, Operand(cell, (), position, position), dash=True)
    return said if said.columns else share_of(context, cell, position)


def share_of(context: Context, cell: str, position: int) -> Operand | None:
    """A share typed in a cell beside the table, of each row's figure: "below that percentage
    of the price", "smaller than the min deposit % (the 25% in R2) of the price" read
    `$K2*Jobs!$R$2`, where the cell holds a fraction."""
    value = cell_value(context.table, cell)
    tokens = context.tokens
    if not (is_number(value) and 0 < value <= 1):
        return None
    sentence = context.sentence_of(position)
    said = [
        k
        for k in range(position + 1, min(position + 4, len(tokens)))
        if tokens[k].low == "of" and context.sentence_of(k) == sentence
    ]
    named = {p for m in context.mentions for p in range(m.first, m.last + 1)}
    if not said or any(k in named for k in range(position + 1, said[0])):
        return None  # "that percentage of the price"; not "Q2 of the sale price of …"
    start = said[0] + 1
    while start < len(tokens) and tokens[start].low in SHARE_LEADS:
        start += 1
    mention = next((m for m in context.mentions if m.first == start), None)
    if mention is None:
        return None
    text = f"{number_ref(context, mention.column)}*{cell}"
    return Operand(text, (mention.column,), position, mention.last)


SHARE_LEADS = LEADING_WORDS | word_set("each that")  # "of each row's price", "of that price"
