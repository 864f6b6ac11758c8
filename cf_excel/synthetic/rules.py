"""Rules of every kind on a random sheet, described in words; the example generator.

Single-column conditions come from leaves.py; here they become whole requests, and are combined
(NOT, AND/OR, whole rows) or joined by the rules a leaf cannot express (visual, raw formula).
`synthetic_examples` draws a rule kind by weight and tables until its rule is informative.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from cf_excel.rules import ast
from cf_excel.rules.executor import applied_columns, highlighted_cells
from cf_excel.rules.printer import format_rule
from cf_excel.synthetic.blocks import block_rule
from cf_excel.synthetic.leaves import (
    Leaf,
    LeafMaker,
    average_leaf,
    between_leaf,
    blanks_leaf,
    columns_leaf,
    compare_leaf,
    date_leaf,
    duplicates_leaf,
    errors_leaf,
    length_leaf,
    rank_leaf,
    relative_date_leaf,
    text_leaf,
    threshold,
)
from cf_excel.synthetic.phrasing import (
    column_phrase,
    finish,
    inflect,
    negate,
    noun_phrase,
    say_number,
)
from cf_excel.synthetic.sheets import Sheet, column, letter, new_sheet, numbers, pick
from cf_excel.synthetic.user_rules import (
    arithmetic_rule,
    date_gap_rule,
    running_duplicate_rule,
    today_offset_rule,
    two_condition_rule,
    weekday_rule,
)
from cf_excel.synthetic.variety import varied
from cf_excel.synthetic.vocabulary import ANY, NUMERIC, PHRASES, Kind


@dataclass(frozen=True)
class SyntheticExample:
    utterance: str
    grid: list[list[object]]  # header row + data rows, cells as a user types them
    code: str  # canonical rule text (format_rule)
    selection: tuple[int, ...] = ()  # columns a rule without c[i] applies to; () = all
    today: str = ""  # ISO date the table's dates were drawn around; date periods need it


# ---- Rules with their requests ----
Made = tuple[ast.Rule, str] | None
Builder = Callable[[random.Random, Sheet], Made]


WHOLE_ROW_LEAVES: tuple[LeafMaker, ...] = (
    relative_date_leaf, relative_date_leaf, relative_date_leaf, compare_leaf, compare_leaf,
    text_leaf, text_leaf, text_leaf, date_leaf, blanks_leaf, duplicates_leaf, between_leaf,
)  # fmt: skip


def whole_row_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`Rows(rule)`: "highlight overdue rows red", "the whole row where Status is Done"."""
    leaf = rng.choice(WHOLE_ROW_LEAVES)(rng, sheet)
    if leaf is None or isinstance(leaf.rule, ast.Visual):
        return None
    rule = ast.WholeRow(leaf.rule)
    overdue = isinstance(leaf.rule, ast.RelativeDate) and leaf.rule.op == "BeforeToday"
    if overdue and rng.random() < 0.6:
        return rule, finish(rng, sheet, rng.choice(PHRASES["whole_row.BeforeToday"]))
    clause, _ = inflect(rng.choice(leaf.forms))
    subject = column_phrase(rng, sheet, leaf.column)
    return rule, finish(rng, sheet, rng.choice(PHRASES["whole_row"]), c=f"{subject} {clause}")


def say_leaf(rng: random.Random, sheet: Sheet, leaf: Leaf) -> str:
    """A whole request (35%), "{verb} {noun} {predicate}", or "{verb} {target} where {clause}"."""
    place, noun = column_phrase(rng, sheet, leaf.column, True), noun_phrase(rng, sheet, leaf.column)
    roll = rng.random()
    if leaf.sentences and (not leaf.forms or roll < 0.35):
        return finish(rng, sheet, rng.choice(leaf.sentences), s=place, n=noun)
    form = rng.choice(leaf.forms)
    clause, predicate = inflect(form)
    if roll < 0.65:
        if form == f"is {leaf.said}":  # "Maths cells 26" reads badly
            predicate = rng.choice(("equal to ", "that are ", "which are ")) + predicate
        elif form.startswith("is ") and rng.random() < 0.4:
            predicate = rng.choice(("that are ", "which are ")) + predicate
        return finish(rng, sheet, rng.choice(PHRASES["predicate"]), p=predicate, s=place, n=noun)
    subject = column_phrase(rng, sheet, leaf.column)
    return finish(rng, sheet, rng.choice(PHRASES["clause"]), c=f"{subject} {clause}")


def single(maker: LeafMaker) -> Builder:
    def build(rng: random.Random, sheet: Sheet) -> Made:
        leaf = maker(rng, sheet)
        return None if leaf is None else (leaf.rule, say_leaf(rng, sheet, leaf))

    return build


def visual_rule(rng: random.Random, sheet: Sheet) -> Made:
    i = pick(rng, sheet, NUMERIC)
    if i is None:
        return None
    op: ast.VisualOp = rng.choice(("ColorScale", "DataBar", "IconSet"))
    place, noun = column_phrase(rng, sheet, i, True), noun_phrase(rng, sheet, i)
    return ast.Visual(op, column(sheet, i)), finish(
        rng, sheet, rng.choice(PHRASES[op + ".say"]), s=place, n=noun
    )


NEGATABLE: tuple[LeafMaker, ...] = (
    text_leaf, text_leaf, text_leaf, blanks_leaf, duplicates_leaf, date_leaf, between_leaf,
    compare_leaf, average_leaf,
)  # fmt: skip
COMBINABLE: tuple[LeafMaker, ...] = (
    compare_leaf, compare_leaf, compare_leaf, text_leaf, text_leaf, between_leaf, date_leaf,
    average_leaf, blanks_leaf, relative_date_leaf,
)  # fmt: skip


def not_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`NOT(...)`, said with negated forms ("does not contain", "is not blank")."""
    leaf = rng.choice(NEGATABLE)(rng, sheet)
    forms = tuple(f for f in map(negate, leaf.forms) if f) if leaf else ()
    if leaf is None or not forms:
        return None
    rule: ast.Rule = ast.Not(leaf.rule)
    if isinstance(leaf.rule, ast.Comparison) and leaf.rule.op == "Equals" and rng.random() < 0.5:
        rule = replace(leaf.rule, op="NotEquals")
    return rule, say_leaf(rng, sheet, Leaf(rule, leaf.column, forms))


def combination(rng: random.Random, sheet: Sheet, word: Literal["and", "or"]) -> Made:
    """`AND`/`OR` of two (sometimes three) conditions, on one column or several."""
    size, leaves = 3 if rng.random() < 0.2 else 2, list[Leaf]()
    for _ in range(3 * size):
        leaf = rng.choice(COMBINABLE)(rng, sheet)
        if leaf is not None and all(leaf.rule != other.rule for other in leaves):
            leaves.append(leaf)
        if len(leaves) == size:
            break
    if len(leaves) < 2:
        return None
    same = len({leaf.column for leaf in leaves}) == 1
    clauses = [inflect(rng.choice(leaf.forms))[0] for leaf in leaves]
    if not same:
        clauses = [
            f"{column_phrase(rng, sheet, leaf.column)} {c}"
            for leaf, c in zip(leaves, clauses, strict=True)
        ]
    body = f"{', '.join(clauses[:-1])}{rng.choice(('', ','))} {word} {clauses[-1]}"
    if same:
        body = f"{column_phrase(rng, sheet, leaves[0].column)} {body}"
    elif len(clauses) == 2 and rng.random() < 0.25:
        body = ("both " if word == "and" else "either ") + body
    rules = tuple(leaf.rule for leaf in leaves)
    rule = ast.And(rules) if word == "and" else ast.Or(rules)
    return rule, finish(rng, sheet, rng.choice(PHRASES["clause"]), c=body)


# ---- Raw formula rules: whole rows, relative to A2 (the table's top-left data cell) ----
def ref(i: int, row: int = 2) -> ast.CellRef:
    return ast.CellRef(f"${letter(i)}{row}")


FORMULA_COLUMNS: dict[str, tuple[Kind, ...]] = {  # template → the kinds its column may have
    "rows": ANY, "next_row": ANY, "losses": NUMERIC, "share": NUMERIC,
}  # fmt: skip  # whole rows on one column's condition are `Rows(...)` rules instead


def formula_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`MOD(ROW(),2)=0`, `$A2=$A3`, `-$C2>50`, `$C2>SUM($C$2:$C$9)*0.1`: what only a formula
    can say."""
    kind = rng.choice(tuple(FORMULA_COLUMNS))
    i = pick(rng, sheet, FORMULA_COLUMNS[kind])
    if i is None:
        return None
    slots = {"s": column_phrase(rng, sheet, i), "n": noun_phrase(rng, sheet, i)}
    made = formula_expr(rng, sheet, kind, i, slots)
    if made is None:
        return None
    return ast.Formula(made[1]), finish(rng, sheet, rng.choice(PHRASES[made[0]]), **slots)


def formula_expr(
    rng: random.Random, sheet: Sheet, kind: str, i: int, slots: dict[str, str]
) -> tuple[str, ast.Expr] | None:
    """A formula of one template kind on column i, and the template key; fills literal slots."""
    if kind == "rows":
        parity = rng.choice((0, 1))
        mod = ast.Call("MOD", (ast.Call("ROW", ()), ast.Number(2.0)))
        key = "odd_rows" if parity else "even_rows"
        return key, ast.Binary("=", mod, ast.Number(float(parity)))
    if kind == "next_row":
        return kind, ast.Binary("=", ref(i), ref(i, 3))
    values = numbers(sheet, i)
    if kind == "losses":
        if not (negatives := [-v for v in values if v < 0]):
            return None
        limit = threshold(rng, negatives, sheet.kinds[i])
        slots["x"] = say_number(rng, limit, sheet.kinds[i])
        return kind, ast.Binary(">", ast.Negate("-", ref(i)), ast.Number(limit))
    if kind == "share" and values and min(values) >= 0:  # more than N% of the column's total
        share = rng.choice((0.1, 0.15, 0.2, 0.25))
        slots["x"] = say_number(rng, share, "percent")
        last = ast.CellRef(f"${letter(i)}${len(sheet.table.rows) + 1}")
        total = ast.Call("SUM", (ast.Range(ast.CellRef(f"${letter(i)}$2"), last),))
        return kind, ast.Binary(">", ref(i), ast.Binary("*", total, ast.Number(share)))
    return None


# ---- Examples ----
KINDS: tuple[tuple[str, float, bool, Builder | None], ...] = (  # name, weight, train style allowed
    ("compare", 17, True, single(compare_leaf)),
    ("compare_columns", 3, False, single(columns_leaf)),
    ("length", 2.5, False, single(length_leaf)),
    ("between", 6, True, single(between_leaf)),
    ("text", 15, True, single(text_leaf)),
    ("rank", 10, True, single(rank_leaf)),
    ("average", 4, True, single(average_leaf)),
    ("duplicates", 4.5, True, single(duplicates_leaf)),
    ("blanks", 3.5, True, single(blanks_leaf)),
    ("errors", 2, True, single(errors_leaf)),
    ("date", 8, True, single(date_leaf)),
    ("relative_date", 5, False, single(relative_date_leaf)),
    ("whole_row", 8, False, whole_row_rule),
    ("visual", 7, True, visual_rule),
    ("not", 3, True, not_rule),
    ("and", 4.5, True, partial(combination, word="and")),
    ("or", 3, True, partial(combination, word="or")),
    ("formula", 4, False, formula_rule),
    # what users ask beyond one column's condition (issue 17): a scope or a formula
    ("arithmetic", 6, False, arithmetic_rule),
    ("date_gap", 2, False, date_gap_rule),
    ("today_offset", 3, False, today_offset_rule),
    ("weekday", 3, False, weekday_rule),
    ("running_duplicate", 2.5, False, running_duplicate_rule),
    ("two_conditions", 6, False, two_condition_rule),
    ("block", 12, False, None),  # a table with a block of like columns: blocks.py
)
VARIED_SHARE = 0.5  # of the examples on named tables: typed as hurried users type
ANONYMOUS_SHARE = 0.36  # of the kinds that allow it: about a fifth of all examples, as before
ATTEMPTS = 8  # tables tried per rule kind before settling for a rule that formats all or nothing
EPOCH = dt.date(2021, 1, 1)


def synthetic_examples(count: int, seed: int = 0) -> list[SyntheticExample]:
    """`count` examples; the i-th depends only on (seed, i), so longer lists extend shorter ones."""
    return [synthetic_example(random.Random(f"{seed}:{i}")) for i in range(count)]


def synthetic_example(rng: random.Random) -> SyntheticExample:
    """Draw a rule kind, then tables until its rule formats some but not all of its cells."""
    today = EPOCH + dt.timedelta(days=rng.randrange(5 * 365))
    while True:
        kind, _, anonymous_ok, build = rng.choices(KINDS, weights=[k[1] for k in KINDS])[0]
        anonymous = anonymous_ok and rng.random() < ANONYMOUS_SHARE
        fallback = None
        for _ in range(ATTEMPTS):
            made = drawn(rng, today, kind, anonymous, build)
            if made is None:
                continue
            sheet, rule, text = made
            if not anonymous and rng.random() < VARIED_SHARE:
                text = varied(rng, text, " ".join((format_rule(rule), *sheet.table.header)))
            selection = tuple(range(1, len(sheet.kinds))) if anonymous else ()
            code = format_rule(rule)
            example = SyntheticExample(text, sheet.grid, code, selection, today.isoformat())
            if informative(rule, sheet):
                return example
            fallback = fallback or example
        if fallback is not None:
            return fallback


def drawn(
    rng: random.Random, today: dt.date, kind: str, anonymous: bool, build: Builder | None
) -> tuple[Sheet, ast.Rule, str] | None:
    """A sheet for the rule kind and the rule with its request (None: the sheet didn't fit)."""
    if build is None:
        return block_rule(rng, today)
    sheet = new_sheet(rng, today, kind, anonymous)
    made = build(rng, sheet)
    return None if made is None else (sheet, *made)


def informative(rule: ast.Rule, sheet: Sheet) -> bool:
    """Formats at least one cell, and not every cell it applies to (visual rules excepted)."""
    # The formula templates name absolute columns ($B2), so one column shows which rows match.
    table = replace(sheet.table, selection=(0,)) if isinstance(rule, ast.Formula) else sheet.table
    hits = len(highlighted_cells(rule, table, sheet.today))
    scope = len(applied_columns(rule, table)) * len(table.rows)
    return hits > 0 and (hits < scope or isinstance(rule, ast.Visual))
