"""Cell values said in a form the cells do not hold: cut short ("chard" for Chardonnay), by a
person's first name or surname ("Shona" for Shona Reid), by their first word ("isn't a VW" for
VW Crafter and VW T6), by initials ("btl" for Buy-to-let), by what a one-letter code stands for
("large" for Size L, "lost" for Result L) or joined to the column's name ("gold-tier" for Tier
Gold). Each names a value only where the sheet leaves one reading.
"""

from __future__ import annotations

import re

from cf_excel.excel.colours import NAMED
from cf_excel.reading.words import STOP_WORDS, Token
from cf_excel.sheets.prompt import stem

Held = dict[str, list[tuple[int, str]]]  # a value's stemmed words: its (column, text) cells
Leads = dict[tuple[int, str], tuple[str, str]]  # a (column, text) value: its first word, stemmed


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


def first_words(held: Held) -> Leads:
    """Each value's first word as its cell spells it, and that word stemmed: worked out once
    per request, for `led_values` to ask of every word."""
    leads = {}
    for values in held.values():
        for column, text in values:
            lead = LEAD.split(text.strip())[0]
            leads[column, text] = (lead, stem(lead.lower()))
    return leads


def led_values(leads: Leads, token: Token) -> list[tuple[int, str]]:
    """A word that begins values of one column and no other's ("non-VW vans" for VW Crafter
    and VW T6, "V112s" for V112-3.3, "the Darjeelings"): that first word as the cells spell
    it. It begins two values or more, or is typed as a code or a brand is (VW, V112s, iPad): a
    plain word beginning one value is likelier the request's own ("bookings" is no Booking
    agent). A word that begins every value of its column, or a colour ("red" of Red (Ali,
    Jo) is the format), says nothing of the rows; one that other values hold later on
    ("chicken dishes" of Lemon Chicken too) is a search, left to the text tests."""
    said = stem(token.word)
    if len(said) < 2 or said in STOP_WORDS or said in NAMED:
        return []
    begun = {cell: lead for cell, (lead, stemmed) in leads.items()
             if stemmed == said and lead != cell[1]}  # fmt: skip
    columns = {column for column, _ in begun}
    if len(columns) != 1:
        return []
    column = columns.pop()
    inside = any(said in (stem(w) for w in WORD.findall(text.lower())[1:])
                 for c, text in leads if c == column)  # fmt: skip
    if inside or len(begun) == sum(c == column for c, _ in leads):
        return []  # "chicken dishes" of Lemon Chicken too: a word the cells contain
    if min(begun.values()).isupper() and token.text.islower():
        return []  # "it's" is no IT Desk
    typed_as_code = any(ch.isdigit() or ch.isupper() for ch in token.text[1:])  # VW, V112s, iPad
    if len({text.casefold() for _, text in begun}) < 2 and not typed_as_code:
        return []
    return [(column, min(begun.values()))]


LEAD = re.compile(r"[\s/(-]+")  # what ends a value's first word ("V112-3.3", "VW T6")
WORD = re.compile(r"[^\W_]+")


def initialled(held: Held, said: str) -> list[tuple[int, str]]:
    """A value of three words or more said by their initials ("btl" for Buy-to-let, "tbc" for
    To be confirmed), where only one value has them."""
    if not 3 <= len(said) <= 5 or not said.isalpha() or said in STOP_WORDS:
        return []
    fits = [values for key, values in held.items()
            if "".join(w[0] for w in key.split()) == said and " " in key]  # fmt: skip
    return fits[0] if len(fits) == 1 else []


def headed_value(held: Held, said: str, headers: list[set[str]]) -> list[tuple[int, str]]:
    """A value joined to its column's name ("gold-tier racks": Tier is Gold, "Council-funded
    clients": Funding is Council), the name in any form that keeps its first four letters."""
    words = said.split()
    if len(words) != 2 or len(words[1]) < 4:
        return []
    return [(column, text) for column, text in held.get(words[0], [])
            if any(h[:4] == words[1][:4] for h in headers[column])]  # fmt: skip


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
