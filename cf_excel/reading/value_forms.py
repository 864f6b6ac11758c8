"""Cell values said in a form the cells do not hold: cut short ("chard" for Chardonnay) or by
a person's first name ("Shona" for Shona Reid). Each names a value only where one value fits.
"""

from __future__ import annotations

import re

from cf_excel.reading.words import Token

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
    """A person said by first name ("done by Shona or Marek"): the one value of several words
    that begins with the word, said with a capital as names are."""
    if not token.text[:1].isupper() or len(token.text) < 3 or not token.text.isalpha():
        return []
    said = token.low
    fits = {value for key, values in held.items() if key.split()[0] == said and " " in key
            for value in values if PERSON.fullmatch(value[1])}  # fmt: skip
    return sorted(fits) if len(fits) == 1 else []


PERSON = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+)+")  # "Shona Reid", not "Motor collision"
