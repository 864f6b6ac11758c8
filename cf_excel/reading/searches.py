"""Text searches a request asks for: "notes containing urgent", "SKUs that start with 'AB-'",
"R18 or R19 in it", "mildew or botrytis", "ends with a question mark"; and, where no test is
said, a word only one text column holds inside its cells ("all the yoga classes")."""

from __future__ import annotations

import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context
from cf_excel.reading.cues import Cue
from cf_excel.reading.spans import quoted_texts
from cf_excel.reading.words import Token
from cf_excel.reading.writing import on_columns
from cf_excel.rules.grounding import could_hold
from cf_excel.rules.printer import quote

FILLER = word_set("the word words letter letters text string phrase value a an")
NOT_LITERAL = word_set("with and or is are the a an any anything value values in of that which")


def text_test(context: Context, cue: Cue) -> list[Condition]:
    """ "notes containing urgent", "SKUs that start with 'AB-'": the quoted text after the cue,
    else the next word as typed."""
    utterance = context.text
    start = context.tokens[cue.last].end
    quoted = [(text, at) for text, at in quoted_texts(utterance) if at >= start]
    last, earlier = cue.last, []
    if quoted and quoted[0][1] - start <= 16:
        literal = quoted[0][0]
        last = max(i for i, t in enumerate(context.tokens) if t.start <= quoted[0][1] + 1)
    elif context.tokens[cue.first].low == "in" and cue.first > 0:  # "no @ in them"
        before = context.tokens[cue.first - 1]
        literal = utterance[before.end : context.tokens[cue.first].start].strip()
        literal = literal or typed_chunk(utterance, before)
        first = cue.first if literal != before.text else cue.first - 1
        earlier = said_before(context, cue.first - 1)  # "R18 or R19 in it"
        cue = Cue(cue.kind, cue.op, first, cue.last)
        if literal.lower() in NOT_LITERAL:
            return []
    else:
        position = cue.last + 1
        while position + 1 < len(context.tokens) and context.tokens[position].low in FILLER:
            position += 1
        if position >= len(context.tokens):
            return []
        literal, last = typed_chunk(utterance, context.tokens[position]), position
        named = next((n for n in SYMBOLS if symbol_at(context, position, n)), None)
        if named is not None:  # "ends with a question mark"
            literal, last = SYMBOLS[named], position + len(named.split()) - 1
        if literal in NOT_LITERAL:  # "contains value with 3 or more": no text named
            return []
    columns = context.subject(cue, ("text",)) or context.subject(cue)
    if columns and cue.op == "TextContains":
        literal = held_part(context, columns, literal)  # "mention a diversion": "diver"
    if not columns or not could_hold(context.table, tuple(columns), cue.op, literal.casefold()):
        return []  # "starting with the first row": no cell holds it, so no text was named
    condition = on_columns(f"{cue.op}(", quote(literal), columns, cue.first, last)
    if earlier and cue.op == "TextContains" and len(columns) == 1:
        searches = [f"TextContains(c[{columns[0]}], {quote(w)})" for w in earlier]
        text = f"OR({', '.join([*searches, condition.text])})"
        condition = Condition(text, condition.columns, cue.first - 2 * len(earlier), last)
    if cue.op == "TextContains" and len(columns) == 1:  # "notes that mention mildew or botrytis"
        text, last = or_other(context, columns[0], condition.text, last)
        condition = Condition(text, condition.columns, cue.first, last)
    return [condition]


def said_before(context: Context, searched: int) -> list[str]:
    """ "R18 or R19 in it": the other texts listed before the one searched for."""
    tokens = context.tokens
    found: list[str] = []
    position = searched - 1
    while position > 0 and tokens[position].low in ("or", ","):
        word = tokens[position - 1].text.strip("()'\"")
        if (
            not word
            or word.lower() in NOT_LITERAL
            or any(m.first <= position - 1 <= m.last for m in context.mentions)
        ):
            break
        found.insert(0, word)
        position -= 2
    return found


def or_other(context: Context, column: int, text: str, last: int) -> tuple[str, int]:
    """`text` (a search of the column ending at token `last`), OR a search for the other word
    of "X or Y" where the cells hold it and it names no column or value: "mildew or botrytis",
    "kubernetes (or k8s)"; with the last token read."""
    position = last + 1
    if position < len(context.tokens) and context.tokens[position].low in ("(", "/"):
        position += 1
    if position + 1 >= len(context.tokens) or context.tokens[position].low not in ("or", "/"):
        return text, last
    said = context.tokens[position + 1].text.strip("()'\"")
    named = any(m.first <= position + 1 <= m.last for m in context.mentions)
    if named or not said or said.lower() in NOT_LITERAL:
        return text, last
    said = held_part(context, [column], said)
    if not could_hold(context.table, (column,), "TextContains", said.casefold()):
        return text, last  # (a value of another column that this one holds too is searched:
    return f"OR({text}, TextContains(c[{column}], {quote(said)}))", position + 1  # "Joinery")


SHORTEST_PART = 5  # letters a word may be cut to when the cells hold it in another form
INFLECTION = re.compile(r"(?:ing|ed|es|s)$")  # "scorching", "riggers": the stem is "scorch"


def held_part(context: Context, columns: list[int], word: str) -> str:
    """The word, or where no cell holds it, its longest beginning that a cell does (of five
    letters or more): "diversion" is written "Diverted to MAN" in the remarks. A word said in
    one form of several the cells hold is searched by its stem: "notes mentioning scorching"
    are those that say "scorched" too, "notes about riggers" those naming one rigger."""
    table, columns_held = context.table, tuple(columns)
    stem = INFLECTION.sub("", word)
    if stem != word and len(stem) >= SHORTEST_PART and word.isalpha():
        texts = [str(row[c]).casefold() for row in table.texts for c in columns_held]
        if sum(stem in t for t in texts) > sum(word.casefold() in t for t in texts):
            return stem
    for size in range(len(word), SHORTEST_PART - 1, -1):
        if could_hold(table, columns_held, "TextContains", word[:size].casefold()):
            return word[:size]
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    held = could_hold(table, columns_held, "TextContains", single.casefold())
    return single if held else word  # "any note that mentions nuts": "nut allergy"


SYMBOLS = {"question mark": "?", "exclamation mark": "!", "full stop": ".", "period": ".",
           "comma": ",", "hyphen": "-", "dash": "-", "slash": "/", "space": " ", "at sign": "@",
           "hash": "#", "asterisk": "*", "colon": ":", "semicolon": ";", "dot": "."}  # fmt: skip


def symbol_at(context: Context, position: int, name: str) -> bool:
    words = name.split()
    said = [t.low for t in context.tokens[position : position + len(words)]]
    return said == words or said == [w + "s" for w in words]


def typed_chunk(utterance: str, token: Token) -> str:
    """The text as typed around a word, up to the spaces: "[TEST]", "AB-", "/blog/"."""
    start = utterance.rfind(" ", 0, token.start) + 1
    end = utterance.find(" ", token.end)
    chunk = utterance[start : end if end >= 0 else len(utterance)].rstrip(",.;:!?")
    return chunk.strip("\"'“”‘’()") or token.text


def words_inside(context: Context) -> list[Condition]:
    """With no test said, a word that only one text column holds inside its cells ("all the
    yoga classes": Hot Yoga, Yoga Flow) asks for the cells that contain it."""
    words = [
        (i, t)
        for i, t in enumerate(context.tokens)
        if t.low.isalpha() and len(t.low) >= 4 and t.low not in NOT_LITERAL
        and not any(m.first <= i <= m.last for m in context.mentions)
    ]  # fmt: skip
    texts = context.columns_of("text")
    for i, token in words:
        holding = [c for c in texts if could_hold(context.table, (c,), "TextContains", token.low)]
        if len(holding) == 1:
            text = f"TextContains(c[{holding[0]}], {quote(token.low)})"
            text, last = or_other(context, holding[0], text, i)  # "about kubernetes (or k8s)"
            return [Condition(text, (holding[0],), i, last)]
    return []
