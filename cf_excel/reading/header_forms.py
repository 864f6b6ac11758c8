"""Other ways users write a header's name than its words: its initials ("red card" for RC),
its signs as typed ("the +/- column") and a slip of the keyboard ("wieghts" for Weight)."""

from __future__ import annotations

from cf_excel.reading.words import STOP_WORDS, Token
from cf_excel.sheets.table import Table

Span = tuple[int, int, int]  # a column and the first and last token that name it


def initials(tokens: list[Token], table: Table) -> list[Span]:
    """ "red card" is RC, "goal difference" GD, "date of birth" DOB: a header in capitals that
    is the initials of the request's words in a row ("AHT higher than" is AHT itself, then
    other words)."""
    found = []
    for column, header in enumerate(table.header):
        short = header.strip()
        if not (2 <= len(short) <= 4 and short.isalpha() and short.isupper()):
            continue
        size = len(short)
        for i in range(len(tokens) - size + 1):
            words = [t.low for t in tokens[i : i + size]]
            ends = (words[0], words[-1])  # "date of birth" is DOB: a small word only inside
            if (
                words[0] != short.lower()
                and "".join(w[0] for w in words) == short.lower()
                and all(w.isalpha() and (w not in STOP_WORDS or w not in ends) for w in words)
            ):
                found.append((column, i, i + size - 1))
    return found


def symbol_headers(tokens: list[Token], table: Table) -> list[Span]:
    """ "the +/- column", "Δ": a header of signs only, typed as it is written."""
    found = []
    for column, header in enumerate(table.header):
        short = header.strip()
        if not short or any(ch.isalnum() for ch in short):
            continue
        for i in range(len(tokens)):
            j, typed = i, tokens[i].text
            while (
                len(typed) < len(short)
                and j + 1 < len(tokens)
                and (tokens[j + 1].start == tokens[j].end)
            ):
                j += 1
                typed += tokens[j].text
            if typed == short:
                found.append((column, i, j))
    return found


def slipped(typed: str, word: str) -> bool:
    """One slip of the keyboard away: two neighbouring letters swapped ("wieght"), or one
    letter left out or doubled ("quanity", "shiped"); a different letter ("rates", "dates") is
    another word."""
    if len(typed) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and typed[diffs[0]] == word[diffs[1]]
            and typed[diffs[1]] == word[diffs[0]]
        )
    shorter, longer = sorted((typed, word), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


INFLECTIONS = frozenset(("s", "es", "ed", "d", "ing", "er", "ers", "ied", "ies"))


def verb_bases(word: str) -> set[str]:
    """The stems a verb form may come from, of three letters or more: "using" and "used" are
    both "use"; a word with no verb ending is none."""
    if word.endswith("ing"):
        bases = {word[:-3], word[:-3] + "e"}
    elif word.endswith("ed"):
        bases = {word[:-2], word[:-1]}
    else:
        return set()
    return {b for b in bases if len(b) >= 3}


def header_word(token: Token, wanted: set[str]) -> str | None:
    """The header word a request word stands for: itself, an inflection of it ("Ended" for
    "end"), or an abbreviation of three letters or more that begins it ("resp" in "1st resp
    (h)" for "response")."""
    if token.word in wanted:
        return token.word
    if token.word in TYPING:
        return None  # "typed in by hand", "typed as text": how a cell was filled, not its Type
    if len(token.word) >= 3:  # "end" for Ended, "launch" for Launched: the header inflects it
        endings = INFLECTIONS - {"d"} if len(token.word) == 3 else INFLECTIONS  # not "owe": Owed
        found = next(
            (w for w in wanted if w.startswith(token.word) and w[len(token.word) :] in endings),
            None,
        )
        if found is not None:
            return found
        bases = verb_bases(token.word)  # "using" for Seats used, "renewing" for Renewed
        found = next((w for w in wanted if len(w) >= 4 and verb_bases(w) & bases), None)
        if found is not None:
            return found
    if len(token.word) >= 4:  # "rego" for Reg., "response" for resp
        found = next((w for w in wanted if len(w) >= 3 and token.word.startswith(w)), None)
        if found is not None:
            return found
    if len(token.word) >= 5:  # "expiring" for expiry: a common stem of five letters or more
        found = next((w for w in wanted if w[:5] == token.word[:5] and len(w) >= 5), None)
        if found is not None:
            return found
        return next((w for w in wanted if len(w) >= 5 and slipped(token.word, w)), None)
    return None


TYPING = frozenset(("typed", "typing", "retyped"))
