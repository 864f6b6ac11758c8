"""Cell values said in a form the cells do not hold: cut short ("chard" for Chardonnay) or by
a person's first name or surname ("Shona" for Shona Reid, "Haddad" for A. Haddad). Each names a
value only where one value fits.
"""

from __future__ import annotations

import re

from cf_excel.reading.words import Token
from cf_excel.sheets.prompt import stem

Held = dict[str, list[tuple[int, str]]]  # a value's stemmed words: its (column, text) cells


def shortened_values(held: Held, said: str) -> list[tuple[int, str]]:
    """A cell value said cut short, where only one value fits: each word begins the value's
    word and drops three letters or more from one of them ("chard" for Chardonnay, "sauv
    blanc" for Sauvignon Blanc; "shark" is no Shark Lagoon: a word short is another value)."""
    words = said.split()
    if not all(len(w) >= 4 and w.isalpha() for w in words):
        return []
    fits = []
    for key, values in held.items():
        held_words = key.split()
        if len(held_words) == len(words):
            begun = all(h.startswith(w) for w, h in zip(words, held_words, strict=True))
            cut = any(len(h) - len(w) >= 3 for w, h in zip(words, held_words, strict=True))
            if begun and cut:
                fits.append(values)
    return fits[0] if len(fits) == 1 else []


def first_name(held: Held, token: Token) -> list[tuple[int, str]]:
    """A person said by first name or surname ("done by Shona or Marek", "the cash-ups for
    Haddad", "kay's students"), said with a capital as names are (or as an owner, "kay's")."""
    said = token.text.removesuffix("'s").removesuffix("’s")
    owner = said != token.text
    if not (said[:1].isupper() or owner):
        return []
    return person_named(held, said)


def person_named(held: Held, said: str) -> list[tuple[int, str]]:
    """The one value of several words, a person's name, that begins or ends with the word
    ("Shona" for Shona Reid, "Haddad" for A. Haddad)."""
    if len(said) < 3 or not said.isalpha():
        return []
    said = stem(said.lower())
    if said in COMPANY_WORDS:  # "'Ltd' in the name" is no person
        return []
    fits = {value for key, values in held.items() if " " in key
            and said in (key.split()[0], key.split()[-1])
            for value in values if PERSON.fullmatch(value[1])}  # fmt: skip
    return sorted(fits) if len(fits) == 1 else []


COMPANY_WORDS = frozenset(("ltd", "inc", "plc", "llc", "co", "corp", "limited", "group", "gmbh"))
# "Shona Reid", "A. Haddad", "Joel T", not "Motor collision"
PERSON = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z][a-z'-]+)*(?: [A-Z][a-z'-]+| [A-Z]\.?)")


# Words for what sheets code as one letter, by the letters a column of such codes holds: a sex
# (F/M), a size (S/M/L), a result (W/D/L). "Large dogs" is Size L, "matches we lost" Result L.
LETTER_CODES = (
    {
        **dict.fromkeys(("female", "females", "woman", "women", "girl", "girls", "ladies"), "f"),
        **dict.fromkeys(("male", "males", "man", "men", "boy", "boys", "gents"), "m"),
    },
    {
        **dict.fromkeys(("small", "smaller"), "s"),
        **dict.fromkeys(("medium",), "m"),
        **dict.fromkeys(("large", "larger", "big", "bigger"), "l"),
    },
    {
        **dict.fromkeys(("win", "wins", "won", "winning", "victory", "victories"), "w"),
        **dict.fromkeys(("draw", "draws", "drew", "drawn", "tie", "tied", "ties"), "d"),
        **dict.fromkeys(("loss", "losses", "lost", "lose", "losing", "defeat", "defeats"), "l"),
    },
)


def coded(held: Held, word: str) -> list[tuple[int, str]]:
    """The one-letter value a word stands for ("female" for F, "lost" for L), in a column that
    also holds another letter of the same kind (a W/L result, not an L in a Size column)."""
    for codes in LETTER_CODES:
        code = codes.get(word)
        if code is None:
            continue
        siblings = {column for other in set(codes.values()) - {code}
                    for column, _ in held.get(other, [])}  # fmt: skip
        return [(column, text) for column, text in held.get(code, []) if column in siblings]
    return []
