"""The way people type requests, laid over a generated one: a polite or hesitant lead-in
("can you", "I need to", "pls"), a question, lower case, no full stop, a slip of the keyboard.
Words the rule copies (numbers, text literals, header words) are never misspelt, so the copy
pointer still finds them."""

from __future__ import annotations

import random
import re

from cf_excel.synthetic.user_phrases import USER_PHRASES

WORD = re.compile(r"[A-Za-z]{5,}")
LETTERS = re.compile(r"[A-Za-z][\w'-]*")
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEYBOARD_NEIGHBOURS = {
    key: row[(j + 1) % len(row)] for row in KEYBOARD_ROWS for j, key in enumerate(row)
}


def varied(rng: random.Random, text: str, protected: str) -> str:
    """`text` as a hurried user might type it; words found in `protected` (the rule's code and
    the table's headers) keep their spelling, and the code's words their case."""
    if rng.random() < 0.35:
        text = lead_in(rng, text)
    if rng.random() < 0.25:
        text = lowered(text, protected)
    if rng.random() < 0.12:
        text = misspelt(rng, text, protected.lower())
    if rng.random() < 0.1:
        text = text.rstrip(".?!") + rng.choice(("?", ".", "!", " please", " thanks", " pls"))
    return text


def lowered(text: str, protected: str) -> str:
    """Lower case, except words the rule spells as they are (its text literals)."""
    return LETTERS.sub(lambda m: m.group() if m.group() in protected else m.group().lower(), text)


def lead_in(rng: random.Random, text: str) -> str:
    """ "Highlight …" → "can you highlight …?", "I need to highlight …"."""
    first, _, rest = text.partition(" ")
    if not rest or first.lower() in ("if", "when", "which", "what", "find", "i", "can", "please"):
        return text
    filler = rng.choice(USER_PHRASES["fillers"])
    lead = f"{filler} {first.lower()} {rest}"
    question = filler.split()[0] in ("can", "could", "how", "is")
    return lead.rstrip(".") + "?" if question and rng.random() < 0.7 else lead


def misspelt(rng: random.Random, text: str, protected: str) -> str:
    """One typo (a swap, a dropped or a neighbouring key) in a long word the rule doesn't use."""
    words = [m for m in WORD.finditer(text) if m.group().lower() not in protected]
    if not words:
        return text
    match = rng.choice(words)
    word, i = match.group(), rng.randrange(1, len(match.group()) - 1)
    style = rng.random()
    if style < 0.4:
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif style < 0.7:
        typo = word[:i] + word[i + 1 :]
    else:
        typo = word[:i] + KEYBOARD_NEIGHBOURS.get(word[i].lower(), word[i]) + word[i + 1 :]
    return text[: match.start()] + typo + text[match.end() :]
