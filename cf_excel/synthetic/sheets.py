"""Random typed tables from the domain specs, and lookups on them."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from cf_excel.rules import ast
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import numeric, table_from_grid
from cf_excel.synthetic.vocabulary import (
    ANONYMOUS_VALUES,
    ANY,
    DOMAINS,
    NAMES,
    NEEDS,
    NUMERIC,
    SPECS_BY_KIND,
    Kind,
    Spec,
)


@dataclass(frozen=True)
class Sheet:
    grid: list[list[object]]
    kinds: tuple[Kind, ...]
    table: Table
    today: dt.date
    anonymous: bool  # train style: rules name no column and apply to the selection


def column_cells(rng: random.Random, spec: Spec, n: int, today: dt.date) -> list[object]:
    """n cells of one column, written as a user would type them."""
    if spec.kind in NUMERIC:
        return number_cells(rng, spec.kind, spec.arg, n)
    if spec.kind == "date":
        lo, hi = (int(x) for x in spec.arg.split())
        offsets = [
            rng.randint(-8, 8) if rng.random() < 0.35 else rng.randint(lo, hi) for _ in range(n)
        ]
        days = [today + dt.timedelta(days=d) for d in offsets]
        if rng.random() < 0.4 and any(d.day > 12 for d in days):  # day-first reads unambiguously
            return [f"{d.day}/{d.month}/{d.year}" for d in days]
        return [d.isoformat() for d in days]
    if spec.kind == "id":
        width = spec.arg.count("#")
        prefix, suffix = spec.arg.split("#" * width)
        first, step = rng.randint(1, 10**width // 2), rng.randint(1, 3)
        ids: list[object] = [f"{prefix}{first + j * step:0{width}d}{suffix}" for j in range(n)]
        if rng.random() < 0.25:  # a data-entry duplicate
            ids[rng.randrange(n)] = ids[rng.randrange(n)]
        return ids
    if spec.kind == "bool":
        yes, no = rng.choice(((True, False), ("Yes", "No"), ("Y", "N")))
        return [yes if rng.random() < 0.6 else no for _ in range(n)]
    if spec.kind == "category":
        choices = spec.arg.split("/")
        subset = rng.sample(choices, rng.randint(2, len(choices)))  # fewer values, more repeats
        return [rng.choice(subset) for _ in range(n)]
    return [person(rng, spec.arg) for _ in range(n)]


def number_cells(rng: random.Random, kind: Kind, arg: str, n: int) -> list[object]:
    lo, hi, *rest = (float(x) for x in arg.split())
    decimals, style, skew = int(rest[0]) if rest else 0, rng.random(), rng.choice((1.0, 1.6))
    cells: list[object] = []
    for _ in range(n):
        value = lo + (hi - lo) * rng.random() ** skew
        if kind == "percent":
            cells.append(f"{value:.{decimals}f}%")
        elif kind == "currency" and style < 0.6:
            cells.append(f"${value:,.2f}" if style < 0.3 else f"${value:,.0f}")
        else:
            cells.append(round(value, 2 if kind == "currency" else decimals or None))
    return cells


def person(rng: random.Random, pool: str) -> str:
    first, last = rng.choice(NAMES["first"]), rng.choice(NAMES["last"])
    if pool == "first":
        return first
    if pool == "email":
        return f"{first}.{last.replace(chr(39), '')}@{rng.choice(NAMES['mail'])}".lower()
    if pool == "street":
        return f"{rng.randint(1, 999)} {rng.choice(NAMES['street'])}"
    return f"{last}, {first}" if rng.random() < 0.15 else f"{first} {last}"


def damage(
    rng: random.Random, cells: list[object], kind: Kind, blanks: float, errors: float
) -> None:
    """Blank a few cells, and put an error value in a numeric column now and then."""
    if rng.random() < blanks:
        for _ in range(rng.randint(1, max(1, len(cells) // 6))):
            cells[rng.randrange(len(cells))] = rng.choice((None, ""))
    if kind in NUMERIC and rng.random() < errors:
        cells[rng.randrange(len(cells))] = rng.choice(
            ("#N/A", "#N/A", "#DIV/0!", "#VALUE!", "#REF!")
        )


def header_text(rng: random.Random, spec: Spec) -> str:
    title, style = rng.choice(spec.headers), rng.random()
    if style < 0.07:
        return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") or title
    return title.upper() if style < 0.11 else title


def new_sheet(rng: random.Random, today: dt.date, rule_kind: str, anonymous: bool) -> Sheet:
    """A domain table, or an Index/Value table of the train split's shape when `anonymous`."""
    rates = (0.5 if rule_kind in ("blanks", "not") else 0.1, 0.8 if rule_kind == "errors" else 0.05)
    n = rng.randint(5, 30)
    if anonymous:
        specs, columns = index_value_columns(
            rng, n, today, ANONYMOUS_VALUES.get(rule_kind, NUMERIC)
        )
        header = ["Index", "Value", *(s.headers[0] for s in specs[2:])]
    else:
        domain = DOMAINS[rng.choice(sorted(DOMAINS))]
        chosen = set(rng.sample(range(len(domain)), rng.randint(2, len(domain))))
        needed = {k for k, spec in enumerate(domain) if spec.kind in NEEDS.get(rule_kind, ANY)}
        if needed and not chosen & needed:  # a column the rule kind can use
            chosen.add(rng.choice(sorted(needed)))
        if rule_kind in ("compare_columns", "arithmetic", "date_gap", "two_conditions"):
            # pairs such as Budget/Actual, Max/Min, Shipped/Promised; conditions on two columns
            chosen = set(range(len(domain)))
        specs = [domain[k] for k in sorted(chosen)]
        columns = [column_cells(rng, spec, n, today) for spec in specs]
        header = [header_text(rng, spec) for spec in specs]
    for spec, cells in list(zip(specs, columns, strict=True))[int(anonymous) :]:
        damage(rng, cells, spec.kind, *rates)
    grid: list[list[object]] = [list(header), *(list(row) for row in zip(*columns, strict=True))]
    table = table_from_grid(grid, selection=range(1, len(header)) if anonymous else ())
    return Sheet(grid, tuple(spec.kind for spec in specs), table, today, anonymous)


def index_value_columns(
    rng: random.Random, n: int, today: dt.date, kinds: tuple[Kind, ...]
) -> tuple[list[Spec], list[list[object]]]:
    """Index (with gaps now and then), Value of one of `kinds`, and sometimes a Score column."""
    spec = rng.choice(SPECS_BY_KIND[rng.choice(kinds)])
    index: list[object] = [
        *(sorted(rng.sample(range(n + n // 3), n)) if rng.random() < 0.3 else range(n))
    ]
    values = column_cells(rng, spec, n, today)
    if rng.random() < 0.5:  # the benchmark stores numbers as text
        values = [str(v) if isinstance(v, int | float) else v for v in values]
    specs, columns = [Spec(("Index",), "integer", ""), spec], [index, values]
    if rng.random() < 0.5:
        specs.append(Spec((rng.choice(("Score", "Point", "Count", "ID")),), "integer", ""))
        columns.append([rng.randint(0, 100) for _ in range(n)])
    return specs, columns


def pick(rng: random.Random, sheet: Sheet, kinds: tuple[Kind, ...]) -> int | None:
    """A random column of one of `kinds` (only the Value column on an anonymous sheet)."""
    candidates = [1] if sheet.anonymous else range(len(sheet.kinds))
    found = [i for i in candidates if sheet.kinds[i] in kinds]
    return rng.choice(found) if found else None


def numbers(sheet: Sheet, i: int | None, dates: bool = False) -> list[float]:
    """The column's numbers (or its dates, as serials)."""
    values = sheet.table.column_values(i) if i is not None else []
    return [n for v in values if isinstance(v, dt.date) == dates and (n := numeric(v)) is not None]


def texts(sheet: Sheet, i: int | None) -> list[str]:
    """The shown text of the column's text cells."""
    if i is None:
        return []
    rows = zip(sheet.table.column_values(i), sheet.table.texts, strict=True)
    return [shown[i] for value, shown in rows if isinstance(value, str) and shown[i].strip()]


def column(sheet: Sheet, i: int) -> ast.Column | None:
    return None if sheet.anonymous else ast.Column(i)


def letter(i: int) -> str:
    return chr(ord("A") + i)
