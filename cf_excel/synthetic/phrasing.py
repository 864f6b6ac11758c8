"""Words for rules: column names, numbers, text literals and filled-in templates."""

from __future__ import annotations

import random
import re

from cf_excel.rules.printer import format_number
from cf_excel.synthetic.sheets import Sheet, letter
from cf_excel.synthetic.vocabulary import COLOR_SUFFIXES, NAMES, NUMERIC, PHRASES, Kind


def fill(template: str, **slots: str) -> str:
    for key, value in slots.items():
        template = template.replace("{" + key + "}", value)
    return template


def phrases(key: str, **slots: str) -> tuple[str, ...]:
    return tuple(fill(t, **slots) for t in PHRASES[key])


def column_phrase(rng: random.Random, sheet: Sheet, i: int, place: bool = False) -> str:
    """How a request names column i: "Selling Price", "price", "column C", "the Deadline column".

    On an anonymous sheet a clause says "the value", and a place is a range or the selection.
    """
    if sheet.anonymous:
        end = len(sheet.table.rows) + 1
        places = (f"range B2:B{end}", "the selected cells", "column B", "the values", f"B2:B{end}")
        extra = {"date": ("the date",), **dict.fromkeys(NUMERIC, ("the number",))}
        subjects = PHRASES["anonymous.subject"] + extra.get(sheet.kinds[1], ())
        return rng.choice(places if place else subjects)
    header = sheet.table.header[i]
    words = re.findall(r"[A-Za-z]+", re.sub(r"\(.*?\)", "", header))
    options = [header, header, header.lower(), f"the {header} column", f"column {letter(i)}"]
    options.append(" ".join(words).lower() if len(words) > 1 else f"the {header}")
    if len(words) == 2 and len(words[1]) > 3:  # "price" for "Selling Price"
        options.append(words[1].lower())
    return rng.choice(options)


def noun_phrase(rng: random.Random, sheet: Sheet, i: int) -> str:
    """A plural noun for the column's cells: "Revenue values", "prices", "cells in column D"."""
    if sheet.anonymous:
        extra = {"date": ("dates",), **dict.fromkeys(NUMERIC, ("numbers",))}
        return rng.choice(PHRASES["anonymous.noun"] + extra.get(sheet.kinds[1], ()))
    header = sheet.table.header[i]
    word = (re.findall(r"[A-Za-z]+", header) or ["value"])[-1].lower()
    plural = word if word.endswith("s") else word[:-1] + "ies" if word.endswith("y") else word + "s"
    return rng.choice(
        (
            f"{header} values",
            f"{header} cells",
            f"cells in {header}",
            plural,
            f"values in the {header} column",
            f"values in column {letter(i)}",
        )
    )


def inflect(form: str) -> tuple[str, str]:
    """A form after a singular subject → (clause, predicate after a plural noun).

    "is over 4k" → ("is over 4k", "over 4k"); "exceed(s) 4k" → ("exceeds 4k", "that exceed 4k").
    """
    if form.startswith("is "):
        return form, form[3:]
    clause = re.sub(r"\((e?s)\)", r"\1", form)
    if form.startswith("has "):
        return clause, "that have " + form[4:]
    return clause, "that " + re.sub(r"\(e?s\)", "", form).replace("does not", "do not")


def negate(form: str) -> str | None:
    """ "is blank" → "is not blank"; "contain(s) x" → "do(es) not contain x"; None if unsure."""
    head, _, rest = form.partition(" ")
    if " not " in f" {form} " or not rest:
        return None
    if head == "is":
        return f"is not {rest}"
    if head == "has":
        return f"do(es) not have {rest}"
    return f"do(es) not {head[: head.index('(')]} {rest}" if head.endswith("s)") else None


def say_number(rng: random.Random, value: float, kind: Kind) -> str:
    """4000 as "4000", "4,000", "4k", "$4,000" or "four thousand"; a 0.15 percent as "15%"."""
    if kind == "percent":
        return format_number(round(value * 100, 6)) + rng.choice(("%", "%", " percent", " %"))
    options = [format_number(value)]
    if value.is_integer() and abs(value) >= 1000:
        options += [f"{value:,.0f}"] + ([f"{value / 1000:g}k"] if value % 100 == 0 else [])
    if kind == "currency":
        options += ["$" + o for o in options]
    words = say_words(value)
    return words if words and rng.random() < 0.1 else rng.choice(options)


def say_words(value: float) -> str | None:
    n, small = int(value), NAMES["small"]
    if n != value or n < 0:
        return None
    if n <= 20:
        return small[n]
    for unit, word in ((1000, "thousand"), (100, "hundred")):
        if n % unit == 0 and n // unit <= 20:
            return f"{small[n // unit]} {word}"
    return None


def say_text(rng: random.Random, text: str) -> str:
    mark = rng.choice(('"', "", "") if "'" in text else ("'", '"', "", ""))
    return f"{mark}{text}{mark}"


def finish(rng: random.Random, sheet: Sheet, template: str, **slots: str) -> str:
    """Fill the verb, target and colour slots, add a train-style range now and then, tidy up."""
    verb, colour = rng.choice(PHRASES["verbs"]), rng.choice(PHRASES["colours"])
    targets = ("cells", "values", "the cells") if sheet.anonymous else PHRASES["targets"]
    suffix = rng.choice(COLOR_SUFFIXES).replace("{colour}", colour)
    text = fill(template, **slots, V=verb[0].upper() + verb[1:], v=verb, t=rng.choice(targets),
                color=suffix, colour=colour)  # fmt: skip
    if sheet.anonymous and ":" not in text and not text.endswith("?") and rng.random() < 0.3:
        col, top = rng.choice("BCDEFGH"), rng.randint(2, 9)
        cells = f"{col}{top}:{col}{top + len(sheet.table.rows) - 1}"
        sheet_name = rng.choice(PHRASES["sheets"])
        text += rng.choice((f" in range {cells}", f" for cells {cells}", f" on sheet {sheet_name}",
                            f" in {cells} on {sheet_name}"))  # fmt: skip
    text = re.sub(r" +", " ", text.replace("the the ", "the ")).strip()
    return text[0].upper() + text[1:] if rng.random() < 0.85 else text
