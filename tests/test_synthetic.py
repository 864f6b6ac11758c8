"""Synthetic NL → rule pairs: deterministic, canonical, executable, typed, and covering every
node and op of the rule AST."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import typing
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import cf_excel.synthetic as synthetic
from cf_excel.rules import ast, format_rule, parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.sheets.table import CellValue, Table
from cf_excel.sheets.values import table_from_grid
from cf_excel.synthetic import SyntheticExample, synthetic_examples

COUNT = 5000  # enough to cover every node and op
EXECUTED = 1000  # run on their tables: a prefix, as the i-th example depends only on (seed, i)
OP_TYPES = (
    ast.CompareOp, ast.TextOp, ast.RankOp, ast.AverageOp, ast.PresetOp, ast.DateOp, ast.VisualOp,
)  # fmt: skip
Parsed = list[tuple[SyntheticExample, ast.Rule]]


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    return [(e, parse_rule(e.code)) for e in synthetic_examples(COUNT, seed=0)]


@pytest.fixture(scope="module")
def tables(parsed: Parsed) -> list[Table]:
    return [table_from_grid(e.grid, selection=e.selection) for e, _ in parsed[:EXECUTED]]


def nodes(node: object) -> Iterator[object]:
    """`node` and every AST node below it."""
    yield node
    if dataclasses.is_dataclass(node):
        for field in dataclasses.fields(node):
            value = getattr(node, field.name)
            for item in value if isinstance(value, tuple) else (value,):
                if dataclasses.is_dataclass(item):
                    yield from nodes(item)


def test_same_seed_same_examples_and_prefixes_agree() -> None:
    assert synthetic_examples(30, seed=3) == synthetic_examples(30, seed=3)
    assert synthetic_examples(30, seed=3) != synthetic_examples(30, seed=4)
    assert synthetic_examples(10, seed=3) == synthetic_examples(30, seed=3)[:10]


def test_codes_are_canonical(parsed: Parsed) -> None:
    for example, rule in parsed:
        assert format_rule(rule) == example.code


def test_rules_execute_and_nearly_all_format_some_cells(
    parsed: Parsed, tables: list[Table]
) -> None:
    hits = [
        highlighted_cells(rule, table, dt.date.fromisoformat(example.today))
        for (example, rule), table in zip(parsed, tables, strict=False)
    ]
    assert sum(bool(h) for h in hits) / len(hits) > 0.97


def test_every_node_class_and_op_appears(parsed: Parsed) -> None:
    seen = [node for _, rule in parsed for node in nodes(rule)]
    classes = {
        value
        for value in vars(ast).values()
        if inspect.isclass(value) and dataclasses.is_dataclass(value)
    }
    assert classes - {type(node) for node in seen} == set()
    ops = {op for literal in OP_TYPES for op in typing.get_args(literal)}
    assert ops - {getattr(node, "op", None) for node in seen} == set()


def test_tables_have_the_planned_shapes(parsed: Parsed) -> None:
    for example, rule in parsed:
        width = len(example.grid[0])
        assert 2 <= width <= 9 and 5 <= len(example.grid) - 1 <= 30
        assert all(len(row) == width for row in example.grid)
        assert len(set(example.grid[0])) == width
        assert all(n.index < width for n in nodes(rule) if isinstance(n, ast.Column))
    train_style = [e for e, _ in parsed if e.grid[0][:2] == ["Index", "Value"]]
    assert 0.18 < len(train_style) / len(parsed) < 0.32
    for example in train_style:
        assert example.selection == tuple(range(1, len(example.grid[0])))
        assert "c[" not in example.code


def condition_values(node: object, table: Table) -> list[CellValue]:
    """The column a condition reads: the one it names, else the Value column (train style)."""
    named = getattr(node, "column", None) or getattr(node, "subject", None)
    if isinstance(named, ast.Length):
        named = named.column
    return table.column_values(named.index if isinstance(named, ast.Column) else 1)


@pytest.mark.parametrize(
    ("node_types", "cell_type"),
    [
        ((ast.DatePeriod,), dt.date),
        ((ast.TextMatch,), str),
        ((ast.Rank, ast.Average, ast.Visual, ast.Between), float),
    ],
)
def test_conditions_read_columns_of_their_type(
    parsed: Parsed, tables: list[Table], node_types: tuple[type, ...], cell_type: type
) -> None:
    for (_, rule), table in zip(parsed, tables, strict=False):
        for node in nodes(rule):
            if isinstance(node, node_types) and not isinstance(
                getattr(node, "subject", None), ast.Length
            ):
                values = condition_values(node, table)
                assert any(isinstance(v, cell_type) for v in values), (rule, table.header)


def test_numeric_comparisons_read_numeric_columns(parsed: Parsed, tables: list[Table]) -> None:
    for (_, rule), table in zip(parsed, tables, strict=False):
        for node in nodes(rule):
            if isinstance(node, ast.Comparison) and isinstance(node.value, ast.Number):
                values = condition_values(node, table)
                wanted = str if isinstance(node.subject, ast.Length) else float
                assert any(isinstance(v, wanted) for v in values), (rule, table.header)


def test_text_literals_are_said_and_come_from_the_table(parsed: Parsed) -> None:
    for example, rule in parsed:
        cells = " ".join(str(v) for row in example.grid[1:] for v in row).casefold()
        for node in nodes(rule):
            if isinstance(node, ast.TextMatch):
                assert node.text in example.utterance
                assert node.text.casefold() in cells


def test_utterances_are_filled_in_and_vary(parsed: Parsed) -> None:
    assert not [e.utterance for e, _ in parsed if "{" in e.utterance or "}" in e.utterance]
    assert len({e.utterance for e, _ in parsed}) > 0.95 * len(parsed)
    assert len(Counter(e.utterance.split()[0].lower() for e, _ in parsed)) > 20


def test_package_never_mentions_the_test_split() -> None:
    folder = Path(inspect.getfile(synthetic)).parent
    sources = [path.read_text(encoding="utf-8") for path in folder.glob("*.py")]
    assert len(sources) >= 4
    for source in sources:
        assert '"test"' not in source and "'test'" not in source
        assert "load_examples" not in source


def test_requests_beyond_one_column_get_scoped_rules(parsed: Parsed) -> None:
    """Blocks of columns, a column against another with arithmetic, weekdays and duplicates
    after the first are all drawn, each formatting the column(s) the request names."""
    scoped = [rule for _, rule in parsed if isinstance(rule, ast.Scoped)]
    assert len(scoped) > 0.05 * len(parsed)
    assert any(rule.last > rule.first for rule in scoped)
    formulas = " ".join(example.code for example, _ in parsed)
    for construct in ("WEEKDAY(", "COUNTIF(", "ISTEXT(", "TODAY()", "*", "COUNTA("):
        assert construct in formulas


def test_varied_requests_keep_what_the_rule_copies() -> None:
    import random

    from cf_excel.synthetic.variety import varied

    text = "Highlight rows where Status is 'On Hold' and Amount is over 4,000"
    protected = "Rows(AND(TextEquals(c[1], 'On Hold'), GreaterThan(c[2], 4000))) Status Amount"
    seen = {varied(random.Random(i), text, protected) for i in range(300)}
    assert len(seen) > 30
    assert all("'On Hold'" in t and "4,000" in t for t in seen)
    assert any(t.lower().startswith(("can you", "please", "could you", "i need")) for t in seen)
