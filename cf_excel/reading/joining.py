"""How a request joins its tests: "not" before a test (and how far it reaches), "and"/"or"
between tests as the request says them (alternatives on one column first, a comma a pause),
and the readings' variants (each test's other readings, "and" read as "or" where no cell
could pass both).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from cf_excel.excel.colours import word_set
from cf_excel.reading.conditions import Condition, Context
from cf_excel.sheets.addresses import column_letter


def negate(context: Context, condition: Condition) -> Condition:
    """ "not blank", "isn't overdue": a "not" just before the test's words, or before words
    that only lead to them ("not the ones that already expired", "haven't been inspected in
    the last 60 days")."""
    valued = condition.text.startswith(("TextEquals(", "OR(TextEquals("))
    said = [
        c
        for c in context.cues
        if (c.kind == "not" or (valued and c.op == "<>" and c.first not in context.used))
        and c.first < condition.first
        and not context.in_norm(c.first)
    ]  # ("anything other than B or C": a value's denial)
    made = any(c.kind == "not" and c.first == condition.first for c in context.cues)
    if not said or condition.text.startswith("NOT(") or made:
        return condition  # ("never arrived (no arrived date)": the "no" is the test's own)
    cue = said[-1]
    own = {i for m in context.mentions if m.column in condition.columns
           for i in range(m.first, m.last + 1)}  # fmt: skip
    between = [i for i in range(cue.last + 1, condition.first) if i not in own]
    leads = len(between) <= 1 or all(context.tokens[i].low in LEADING for i in between)
    if not leads or cue.last + 1 < condition.first - 6:
        return condition
    text = denied(condition.text)
    tested = re.match(r"Text(?:Contains|StartsWith|EndsWith)\((c\[\d+\])", condition.text)
    if tested:  # "emails that don't have an @": an empty cell is no email
        text = f"AND(NoBlanks({tested[1]}), {text})"
    return dataclasses.replace(condition, text=text, first=cue.first)


def every_one(context: Context, condition: Condition) -> Condition:
    """ "more than 75 hours in both Oct and Nov", "oct and nov both over 75": a test of a list
    of columns said with "both" holds in each of them, in one row; without it, any cell."""
    if not condition.bare or len(condition.columns) != 2:
        return condition
    said = context.sentence_of(condition.first)  # ("D is …, E is …, both real times. Any
    named = [  # cell in D5:E44 before 6": another sentence's "both")
        m
        for m in context.mentions
        if m.column in condition.columns and context.sentence_of(m.first) == said
    ]
    if not named:
        return condition
    near = context.tokens[max(min(m.first for m in named) - 2, 0) : max(m.last for m in named) + 3]
    if not any(t.low == "both" for t in near):
        return condition
    tests = [in_column(condition.text, condition.columns[0], c) for c in condition.columns]
    joined = ", ".join(tests) if RULE_CALL.match(tests[0]) else ",".join(tests)
    return dataclasses.replace(condition, text=f"AND({joined})", bare=False, whole=True)


def in_column(test: str, first: int, column: int) -> str:
    """A block's bare test for one of its columns: `GreaterThan(75)` → `GreaterThan(c[3], 75)`,
    `G2>$B2` (written for the block's first column) → `$H2>$B2`."""
    call = re.fullmatch(r"([A-Z]\w*)\((.*)\)", test)
    if call and not re.search(r"[A-Z]\$?\d", test):
        args = f"c[{column}], {call[2]}" if call[2] else f"c[{column}]"
        return f"{call[1]}({args})"
    letter, own = column_letter(first + 1), column_letter(column + 1)
    return re.sub(rf"(?<![$A-Za-z]){letter}(?=\$?\d)", f"${own}", test.removeprefix("="))


RULE_CALL = re.compile(r"\b[A-Z][a-z]\w*\(")  # GreaterThan(, Blanks(: the rule language's


LEADING = word_set(
    "the a an ones one those that which where who are is was were be been have has had already "
    "yet ever got marked as flagged ticked listed"  # "haven't been marked as paid"
)


GUARD = re.compile(r'(?:\$?[A-Z]{1,3}\$?\d+<>""|ISNUMBER\(\$?[A-Z]{1,3}\$?\d+\))')


def denied(text: str) -> str:
    """NOT of a test; a formula's guards stay outside ("not a monday" is a date that is not a
    Monday, not a blank)."""
    args = top_level_args(text[4:-1]) if text.startswith("AND(") and text.endswith(")") else []
    guards = list(itertools.takewhile(GUARD.fullmatch, args))
    rest = args[len(guards) :]
    if not guards or not rest:
        return f"NOT({text})"
    tested = rest[0] if len(rest) == 1 else f"AND({','.join(rest)})"
    return f"AND({','.join(guards)},NOT({tested}))"


def top_level_args(text: str) -> list[str]:
    """The comma-separated arguments of a call's inside, outside brackets and quotes."""
    args, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            args.append(text[start:i])
            start = i + 1
    return [*args, text[start:]]


def joinings(context: Context, conditions: list[Condition]) -> list[str]:
    """The rule as said, then with its "and" read as "or" when the tests it joins are on the
    same columns ("the largest and smallest", "below 10 and above 90": no cell is both, so the
    user means either; the candidate path ranks a rule that formats nothing last)."""
    rule = joined(context, conditions)
    same = len({c.columns for c in conditions}) == 1 and len(conditions) > 1
    if not same or not rule.startswith("AND("):
        return [rule]
    return [rule, "OR(" + ", ".join(c.text for c in conditions) + ")"]


def variants(groups: list[list[Condition]]) -> list[list[Condition]]:
    """The likeliest reading, then each test's other readings one at a time."""
    first = [g[0] for g in groups]
    others = [
        [*first[:i], alternative, *first[i + 1 :]]
        for i, group in enumerate(groups)
        for alternative in group[1:]
    ]
    return [first, *others]


def joined(context: Context, conditions: list[Condition]) -> str:
    """AND/OR as the request joins its tests. Alternatives on one column go together first
    ("P1 or P2", "isn't resolved or closed": neither), then "and" binds before "or" across
    columns ("blocked, or P1 and still open"); "either" opens a choice that binds first
    ("enterprise plans that either cost over 20k or have no SSO")."""
    either = [i for i, t in enumerate(context.tokens) if t.low == "either"]
    split = next(
        (k for k in range(1, len(conditions)) if either and
         conditions[k - 1].last < either[0] < conditions[k].first),
        0,
    )  # fmt: skip
    if split and len(conditions) - split > 1:
        return f"AND({joined(context, conditions[:split])}, {joined(context, conditions[split:])})"
    units: list[list[Condition]] = [[conditions[0]]]
    for before, after in itertools.pairwise(conditions):
        paused = pause(context, before, after)
        said_or = connective(context, before, after) == "or" and not paused
        values = is_value(before) and is_value(after) and not paused  # "plumbing and heating"
        if (said_or or values) and after.columns == before.columns:
            units[-1].append(after)
        else:
            units.append([after])
    texts = [alternatives(unit) for unit in units]
    if trailing_and(context, units):  # "conservatory or 3 floors and not paid"
        return f"AND(OR({', '.join(texts[:-1])}), {texts[-1]})"
    groups: list[list[str]] = [[texts[0]]]
    for (earlier, later), text in zip(itertools.pairwise(units), texts[1:], strict=True):
        if connective(context, earlier[-1], later[0]) == "or":
            groups.append([text])
        else:
            groups[-1].append(text)
    parts = [g[0] if len(g) == 1 else f"AND({', '.join(g)})" for g in groups]
    return parts[0] if len(parts) == 1 else f"OR({', '.join(parts)})"


def trailing_and(context: Context, units: list[list[Condition]]) -> bool:
    """ "conservatory or 3 floors and not paid": a last test joined by "and" after choices
    joined by "or", with no comma, holds for every choice (a comma or "either" groups
    otherwise: "blocked, or P1 and still open"), as does one said with "only" ("meat over
    1,500 or fish over 500, but only in the weeks where the budget was 3,200")."""
    if len(units) < 3:
        return False
    said = [connective(context, a[-1], b[0]) for a, b in itertools.pairwise(units)]
    paused = any(pause(context, a[-1], b[0]) for a, b in itertools.pairwise(units))
    before, last = units[-2][-1], units[-1][0]
    said_and = any(c.kind == "and" and before.last < c.first < last.first for c in context.cues)
    between = context.tokens[before.last + 1 : last.first]
    only = any(t.low == "only" for t in between)  # "…, but only in the weeks where …"
    return (only or (not paused and said_and)) and set(said[:-1]) == {"or"}


def is_value(condition: Condition) -> bool:
    """A test that a cell is one value (a cell holds one, so two are either)."""
    return condition.text.startswith(("TextEquals(", "=TRIM("))


def connective(context: Context, before: Condition, after: Condition) -> str:
    """ "or" when the words between two tests say or (and not and), else "and"; "either"
    opens a choice ("Lab 2 kit that is either spare or …") without making one."""
    between = [
        c.kind
        for c in context.cues
        if before.last < c.first < after.first and context.tokens[c.first].low != "either"
    ]
    return "or" if "or" in between and "and" not in between else "and"


def pause(context: Context, before: Condition, after: Condition) -> bool:
    """A comma between two tests ("cancelled, or open and past due") ends a thought."""
    return any(t.low == "," for t in context.tokens[before.last + 1 : after.first])


def alternatives(unit: list[Condition]) -> str:
    """Tests on one column joined by "or"; a "not" before the first denies them all."""
    if len(unit) == 1:
        return unit[0].text
    if unit[0].text.startswith("NOT("):
        denied = [c.text if c.text.startswith("NOT(") else f"NOT({c.text})" for c in unit]
        return f"AND({', '.join(denied)})"
    return f"OR({', '.join(c.text for c in unit)})"
