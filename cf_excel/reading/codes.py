"""Cell values that are codes, said in words: "first officers" for FO, "captains" for CPT.

A column of short capital codes (a rank, a grade, a unit type) is one users name by what the
codes stand for. A code is said by the initials of words in a row ("first officers") or by a
word it shortens, keeping its first letter and the rest in order ("captains": C…P…T).
"""

from __future__ import annotations

from cf_excel.reading.spans import ValueMention
from cf_excel.reading.words import STOP_WORDS, Token
from cf_excel.sheets.table import Table

# Words of a request's frame, never part of a code's name ("flag it" is no FI).
PLAIN_WORDS = frozenset(
    ("flag", "highlight", "mark", "colour", "color", "shade", "it", "them", "me", "pls", "please")
)
CODE_SHARE = 0.8  # of a column's filled cells that are codes, for it to be a column of codes


def is_code(text: str) -> bool:
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


def code_columns(table: Table) -> dict[int, set[str]]:
    """Each column of codes, with its codes."""
    found = {}
    for column in range(table.width):
        held = [row[column].strip() for row in table.texts if row[column].strip()]
        codes = {h for h in held if is_code(h)}
        if held and sum(h in codes for h in held) >= CODE_SHARE * len(held):
            found[column] = codes
    return found


def code_mentions(tokens: list[Token], table: Table, taken: set[int]) -> list[ValueMention]:
    """Words that say a code of a column of codes (not at positions in `taken`)."""
    found = []
    for column, codes in code_columns(table).items():
        for code in codes:
            size = len(code)
            for i in range(len(tokens)):
                words = [t.word for t in tokens[i : i + size]]
                span = set(range(i, i + size))
                by_initials = len(words) == size and "".join(w[:1] for w in words) == code.lower()
                plain = all(w.isalpha() and w not in STOP_WORDS | PLAIN_WORDS for w in words)
                if by_initials and plain and not span & taken:
                    found.append(ValueMention(column, code, i, i + size - 1))
                elif i not in taken and shortens(code.lower(), tokens[i].word):
                    found.append(ValueMention(column, code, i, i))
    return found


def shortens(code: str, word: str) -> bool:
    """ "cpt" shortens "captain": the same first letter, the rest in order, and a word of at
    least two letters more (a code of three letters or more)."""
    if len(code) < 3 or len(word) < len(code) + 2 or code[0] != word[0] or not word.isalpha():
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in code[1:])
