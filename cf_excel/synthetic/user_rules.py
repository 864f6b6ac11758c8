"""Rules on a domain table that need a scope or a formula: one column against another with
arithmetic ("actual over 90% of budget", "shipped 10+ days after promised"), conditions on two
columns formatting a third or whole rows, weekends and weekdays, duplicates after the first,
dates a number of days from today. Each formats the column the request names (`Columns(c[i],
…)`) or whole rows (`Rows(…)`); formulas are written for the table's first data row (row 2) with
table-relative letters (`$C2`), as Excel writes them for the range's top-left cell."""

from __future__ import annotations

import random

from cf_excel.rules import ast
from cf_excel.rules.parser import parse_formula
from cf_excel.synthetic.leaves import (
    Leaf,
    LeafMaker,
    between_leaf,
    blanks_leaf,
    comparable_pairs,
    compare_leaf,
    date_leaf,
    relative_date_leaf,
    text_leaf,
)
from cf_excel.synthetic.phrasing import column_phrase, finish, inflect, say_number
from cf_excel.synthetic.sheets import Sheet, letter, numbers, pick
from cf_excel.synthetic.user_phrases import USER_PHRASES, WEEKDAY_NAMES
from cf_excel.synthetic.vocabulary import NUMERIC, TEXTUAL

Made = tuple[ast.Rule, str] | None


def formula(text: str) -> ast.Formula:
    return ast.Formula(parse_formula(text))


def ref(i: int) -> str:
    return f"${letter(i)}2"


def scope(rng: random.Random, target: int, condition: ast.Rule) -> tuple[ast.Rule, str]:
    """Format the named column (60%) or whole rows; the template family to say it with."""
    if rng.random() < 0.6:
        return ast.Scoped(target, target, condition), "on_column"
    return ast.WholeRow(condition), "on_rows"


def say(rng: random.Random, sheet: Sheet, family: str, a: int, predicate: str, **slots: str) -> str:
    names = {"a": column_phrase(rng, sheet, a), "p": predicate, **slots}
    return finish(rng, sheet, rng.choice(USER_PHRASES[family]), **names)


RATIOS = (0.5, 0.8, 0.9, 0.9, 1.1, 1.2, 1.5, 0.75)
OPS = (">", "<", ">", ">=", "<", "<=")


def arithmetic_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`Columns(c[2], $C2>$B2*0.9)`, `Rows($C2-$B2>=10)`, `Columns(c[3], $D2<$C2)`."""
    pairs = comparable_pairs(sheet, NUMERIC)
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    style, op = rng.choice(("ratio", "times", "diff", "plain", "plain")), rng.choice(OPS)
    b_said = column_phrase(rng, sheet, b)
    if style in ("ratio", "times"):
        k = rng.choice(RATIOS) if style == "ratio" else rng.choice((1.5, 2.0, 3.0))
        op = op[0] if style == "times" else op
        text = f"{ref(a)}{op}{ref(b)}*{k:g}"
        said = f"{k * 100:g}%" if style == "ratio" else f"{k:g}"
    elif style == "diff":
        values = numbers(sheet, a)
        spread = (max(values) - min(values)) if values else 0
        k = float(max(1, round(spread / rng.choice((5, 8, 10)), -1 if spread > 100 else 0)))
        op = rng.choice((">", ">=", "<"))
        text = f"{ref(a)}-{ref(b)}{op}{k:g}" if op != "<" else f"{ref(b)}-{ref(a)}>{k:g}"
        said = say_number(rng, k, sheet.kinds[a])
    else:
        op = rng.choice((*OPS, "=", "<>"))
        text, said = f"{ref(a)}{op}{ref(b)}", ""
    predicate = (
        rng.choice(USER_PHRASES[f"{style}.{op}"]).replace("{k}", said).replace("{b}", b_said)
    )
    rule, family = scope(rng, a, formula(text))
    return rule, say(rng, sheet, family, a, predicate)


def date_gap_rule(rng: random.Random, sheet: Sheet) -> Made:
    """Two date columns: `Columns(c[4], $E2-$D2>=10)` "shipped 10+ days after promised"."""
    pairs = comparable_pairs(sheet, ("date",))
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    op = rng.choice((">=", ">", "<="))
    k = float(rng.choice((1, 2, 3, 5, 7, 10, 14, 30)))
    predicate = rng.choice(USER_PHRASES[f"days.{op}"])
    predicate = predicate.replace("{k}", f"{k:g}").replace("{b}", column_phrase(rng, sheet, b))
    rule, family = scope(rng, a, formula(f"{ref(a)}-{ref(b)}{op}{k:g}"))
    return rule, say(rng, sheet, family, a, predicate)


def today_offset_rule(rng: random.Random, sheet: Sheet) -> Made:
    """Dates against today with a margin or an inclusive edge: `TODAY()-$C2>=7`, `$C2<=TODAY()`."""
    d = pick(rng, sheet, ("date",))
    if d is None:
        return None
    k = rng.choice((3, 5, 7, 7, 10, 14, 30, 60))
    style = rng.choice(("overdue_by", "overdue_by", "due_by_today", "after_today_by"))
    text = {
        "overdue_by": f"TODAY()-{ref(d)}>={k}",
        "due_by_today": f"{ref(d)}<=TODAY()",
        "after_today_by": f"{ref(d)}-TODAY()>{k}",
    }[style]
    predicate = rng.choice(USER_PHRASES[style]).replace("{k}", str(k))
    rule, family = scope(rng, d, formula(text))
    return rule, say(rng, sheet, family, d, predicate)


def weekday_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`Columns(c[1], WEEKDAY($B2,2)>5)` weekends, `<6` weekdays, `WEEKDAY($B2)=2` Mondays."""
    d = pick(rng, sheet, ("date",))
    if d is None:
        return None
    style = rng.choice(("weekend", "weekend", "weekday", "day"))
    day = rng.randrange(7)
    text = {
        "weekend": f"WEEKDAY({ref(d)},2)>5",
        "weekday": f"WEEKDAY({ref(d)},2)<6",
        "day": f"WEEKDAY({ref(d)})={day + 1}",
    }[style]
    rule, family = scope(rng, d, formula(text))
    slots = {"d": WEEKDAY_NAMES[day]}
    if family == "on_column" and rng.random() < 0.4:
        sentence = rng.choice(USER_PHRASES[f"{style}.say"])
        return rule, finish(rng, sheet, sentence, a=column_phrase(rng, sheet, d), **slots)
    predicate = rng.choice(USER_PHRASES[style]).replace("{d}", slots["d"])
    return rule, say(rng, sheet, family, d, predicate)


def running_duplicate_rule(rng: random.Random, sheet: Sheet) -> Made:
    """Second and later occurrences `COUNTIF($B$2:$B2,$B2)>1`, or first ones `=1`."""
    i = pick(rng, sheet, TEXTUAL)
    if i is None:
        return None
    column = letter(i)
    style = rng.choice(("dup", "dup", "dup", "first"))
    op = ">1" if style == "dup" else "=1"
    rule, family = scope(rng, i, formula(f"COUNTIF(${column}$2:${column}2,${column}2){op}"))
    if family == "on_column" and rng.random() < 0.5:
        sentence = rng.choice(USER_PHRASES[f"running.{style}.say"])
        return rule, finish(rng, sheet, sentence, a=column_phrase(rng, sheet, i))
    return rule, say(rng, sheet, family, i, rng.choice(USER_PHRASES[f"running.{style}"]))


CONDITION_LEAVES: tuple[LeafMaker, ...] = (
    compare_leaf, compare_leaf, text_leaf, text_leaf, text_leaf, relative_date_leaf,
    relative_date_leaf, date_leaf, blanks_leaf, between_leaf,
)  # fmt: skip


def joined(rng: random.Random, family: str, body: str) -> str:
    """A template of `family` whose "{a} {p}" becomes the joined conditions."""
    template = rng.choice([t for t in USER_PHRASES[family] if "{a} {p}" in t])
    return template.replace("{a} {p}", body)


def two_condition_rule(rng: random.Random, sheet: Sheet) -> Made:
    """AND/OR of conditions on different columns, formatting whole rows or a third column:
    `Rows(AND(BeforeToday(c[3]), TextEquals(c[2], Open)))`, `Columns(c[0], OR(…))`."""
    leaves: list[Leaf] = []
    for _ in range(8):
        leaf = rng.choice(CONDITION_LEAVES)(rng, sheet)
        if leaf is not None and leaf.column not in {other.column for other in leaves}:
            leaves.append(leaf)
        if len(leaves) == 2:
            break
    if len(leaves) < 2:
        return None
    word = rng.choice(("and", "and", "or"))
    clauses = [
        f"{column_phrase(rng, sheet, leaf.column)} {inflect(rng.choice(leaf.forms))[0]}"
        for leaf in leaves
    ]
    lead = ("both " if word == "and" else "either ") if rng.random() < 0.2 else ""
    body = f"{lead}{clauses[0]} {word} {clauses[1]}"
    conditions = tuple(leaf.rule for leaf in leaves)
    condition = ast.And(conditions) if word == "and" else ast.Or(conditions)
    others = [i for i in range(len(sheet.kinds)) if i not in {leaf.column for leaf in leaves}]
    if others and rng.random() < 0.4:
        x = rng.choice(others)
        template = joined(rng, "on_other", body)
        return ast.Scoped(x, x, condition), finish(
            rng, sheet, template, x=column_phrase(rng, sheet, x)
        )
    return ast.WholeRow(condition), finish(rng, sheet, joined(rng, "on_rows", body))
