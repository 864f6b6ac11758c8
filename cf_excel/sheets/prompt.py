"""The sheet-aware prompt: the utterance plus the table's columns, their types and samples.

One serialisation shared by training and inference, so that "overdue" can reach the due-date
column: `highlight overdue rows | c[0] Invoice: text (INV-1001, INV-1002) ; c[3] Due Date:
date (2026-09-30, 2026-10-15)`. Columns carry their `c[i]` name because rules refer to them so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from cf_excel.sheets.addresses import column_number
from cf_excel.sheets.table import ExcelError, Table
from cf_excel.sheets.values import formatted_text, is_time_format, numeric, typed_in

SAMPLES = 2  # sample values per column
SAMPLE_CHARS = 24
WORD = re.compile(r"\S+")
EDGE_PUNCTUATION = "\"'“”‘’.,;:!?()[]{}"


@dataclass(frozen=True)
class Word:
    """An utterance word the code may copy, with its character span in the prompt."""

    text: str
    start: int
    end: int


def column_type(table: Table, column: int) -> str:
    """The most common non-blank kind of value in the column, as the user reads it: dates and
    numbers stored as text count as dates and numbers ("overdue" still reaches them; the
    candidate then says that its rule cannot colour them)."""
    kinds: Counter[str] = Counter()
    for value, shown in zip(
        typed_in(table.column_values(column)), (r[column] for r in table.texts), strict=True
    ):
        if value is None:
            continue
        if isinstance(value, bool):
            kinds["boolean"] += 1
        elif isinstance(value, dt.date):
            kinds["date"] += 1
        elif isinstance(value, ExcelError):
            kinds["error"] += 1
        elif numeric(value) is not None:
            number_format = (table.number_formats or ("",) * table.width)[column]
            if is_time_format(number_format):
                kinds["time"] += 1
                continue
            percent = shown.endswith("%") or "%" in number_format
            currency = shown[:1] in "$€£¥" or any(mark in number_format for mark in "$€£¥")
            kinds["percent" if percent else "currency" if currency else "number"] += 1
        else:
            kinds["text"] += 1
    return kinds.most_common(1)[0][0] if kinds else "empty"


def sample_text(value: object, shown: str, number_format: str) -> str:
    """A sample as the sheet shows it, cut to a prompt-sized length."""
    return formatted_text(value, shown, number_format)[:SAMPLE_CHARS]


def describe_columns(table: Table) -> str:
    parts = []
    formats = table.number_formats or ("General",) * table.width
    for column, header in enumerate(table.header):
        shown = [
            sample_text(row[column], texts[column], formats[column])
            for row, texts in zip(table.rows, table.texts, strict=True)
            if texts[column].strip()
        ]
        samples = list(dict.fromkeys(shown))[:SAMPLES]
        parts.append(
            f"c[{column}] {header or 'column ' + str(column)}: "
            f"{column_type(table, column)} ({', '.join(samples)})"
        )
    return " ; ".join(parts)


def sheet_prompt(utterance: str, table: Table | None) -> str:
    """The encoder's input text."""
    utterance = " ".join(utterance.split())
    return utterance if table is None else f"{utterance} | {describe_columns(table)}"


def utterance_words(prompt: str, limit: int) -> list[Word]:
    """The copyable words: whitespace-separated, edge punctuation stripped, before the '|'."""
    utterance_end = prompt.find(" | ")
    text = prompt if utterance_end < 0 else prompt[:utterance_end]
    words = []
    for match in WORD.finditer(text):
        raw = match.group()
        stripped = raw.strip(EDGE_PUNCTUATION)
        if not stripped:
            continue
        start = match.start() + raw.index(stripped)
        words.append(Word(stripped, start, start + len(stripped)))
    return words[:limit]


MENTION_WORD = re.compile(r"[a-z0-9]+")
LETTER_MENTION = re.compile(r"\bcolumn ([a-z]{1,3})\b")


# Abbreviations and word forms people use for header words, both ways ("qty" ↔ Quantity,
# "spent" ↔ Actual Spend, "dept" ↔ Department): one canonical word each.
SAME_WORDS = {
    word: canonical
    for canonical, forms in {
        "quantity": "qty quantities", "amount": "amt", "department": "dept", "number": "no num nr",
        "percent": "pct percentage", "temperature": "temp", "average": "avg mean",
        "description": "desc", "estimated": "est estimate", "hour": "hrs", "year": "yr yrs",
        "month": "mo mth", "revenue": "rev", "customer": "cust client", "employee": "emp staff",
        "manager": "mgr", "address": "addr", "quarter": "qtr", "week": "wk", "spend": "spent",
        "total": "sum", "date": "dt", "invoice": "inv", "maximum": "max",
        "balance": "bal owe owed owing outstanding",
        "minimum": "min", "previous": "prev prior", "actual": "actuals", "salary": "pay wage",
        "telephone": "phone tel", "reference": "ref", "account": "acct", "category": "cat",
        "quiz": "quizzes", "insurance": "ins", "id": "ids", "created": "raised",
        "child": "children kid", "passenger": "pax", "capacity": "cap", "target": "tgt goal",
        "availability": "avail", "weight": "wt weigh weighs weighed", "rating": "rtg",
        "scheduled": "sched schedule", "departure": "dep depart departed",
        "arrival": "arr arrive arrived", "level": "lvl", "vaccination": "vacc vax",
        "inspection": "insp", "count": "cnt", "distance": "dist", "duration": "dur",
        "commission": "comm", "licence": "license lic", "received": "recd rcvd",
        "plan": "planned", "value": "worth", "annual": "yearly annually",
        "finished": "finish done complete completed completion", "requested": "req asked",
        "used": "using use uses",
    }.items()
    for word in (canonical, *forms.split())
}  # fmt: skip


# Singulars ending in -us whose plural is -uses (a house's plural is houses, not "hous").
US_SINGULARS = frozenset({
    "status", "bonus", "campus", "census", "virus", "focus", "surplus", "syllabus", "corpus",
    "radius", "stimulus",
})  # fmt: skip


def stem(word: str) -> str:
    """Plural-insensitive: "amounts" and "amount", "entries" and "entry", "boxes" and "box",
    "expenses" and "expense", "statuses" and "status" (a singular in -ss, -us or -is stays)."""
    if word.endswith(("ss", "us", "is")):
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and (
        word[:-2] in US_SINGULARS or word.endswith(("sses", "xes", "ches", "shes", "zzes"))
    ):
        return word[:-2]
    if len(word) > 3 and word.endswith("s"):
        return word[:-1]
    return word


def same_word(word: str) -> str:
    """The word's stem, abbreviations and word forms folded into one ("qtys" → quantity)."""
    return SAME_WORDS.get(word) or SAME_WORDS.get(stem(word)) or stem(word)


def mentioned_columns(utterance: str, table: Table) -> dict[int, float]:
    """Columns the request names, with the share of their header's words it uses (1.0 for
    "due dates" and the Due Date column) or by letter ("column C"). Decoding leans on these
    when it picks a column, because a small model's column choice is its weakest step."""
    said = {same_word(w) for w in MENTION_WORD.findall(utterance.lower())}
    found: dict[int, float] = {}
    for column, header in enumerate(table.header):
        words = {same_word(w) for w in MENTION_WORD.findall(header.lower()) if len(w) > 1}
        share = len(words & said) / len(words) if words else 0.0
        if share >= 0.5:
            found[column] = share
    for letters in LETTER_MENTION.findall(utterance.lower()):
        column = column_number(letters) - table.origin[1]
        if 0 <= column < table.width:
            found[column] = 1.0
    return found
