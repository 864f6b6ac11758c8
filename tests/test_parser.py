"""Parsing, aliases, canonical printing, round trips over all data, and error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cf_excel.benchmarks.data import Split, load_examples, load_snippets
from cf_excel.rules import NotARuleError, RuleSyntaxError, ast, format_rule, parse_rule


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("GreaterThan(c[2], 4000)", "GreaterThan(c[2], 4000)"),
        ("GreaterThan(c[1],  37)", "GreaterThan(c[1], 37)"),
        ("greaterthanequals(3)", "GreaterThanEqual(3)"),
        ("top(10)", "Top(10)"),
        ("Top()", "Top(10)"),
        ("Bottom(c[1])", "Bottom(c[1], 10)"),
        ("top(75%)", "TopPercent(75)"),
        ("bottom(10%)", "BottomPercent(10)"),
        ("Duplicate()", "Duplicates()"),
        ("aboveAverage()", "AboveAverage()"),
        ("StartsWith(c[0], 'A')", "TextStartsWith(c[0], 'A')"),
        ("EndsWith(c[0], 'X')", "TextEndsWith(c[0], 'X')"),
        ("Not(Equals(c[2], 0))", "NOT(Equals(c[2], 0))"),
        ("TextContains(Lower, but not sig)", "TextContains('Lower, but not sig')"),
        ('TextContains(c[3], "Worldwide")', "TextContains(c[3], 'Worldwide')"),
        ("TextEquals(TRAFFIC SIGNALS (Two-Way))", "TextEquals('TRAFFIC SIGNALS (Two-Way)')"),
        ("TextContains( PE)", "TextContains(' PE')"),
        ("TextEquals()", "TextEquals('')"),
        ("TextEquals(it's)", "TextEquals('it''s')"),
        ("TextEquals(2015)", "TextEquals('2015')"),
        ("GreaterThan(30 Days)", "GreaterThan('30 Days')"),
        ("GreaterThan($E$5)", "GreaterThan($E$5)"),
        ("Between(0.0000000000000000001, 0.49)", "Between(1e-19, 0.49)"),
        ("Between(1, 1E+5)", "Between(1, 100000)"),
        ("LessThan(75%)", "LessThan(0.75)"),
        ("GreaterThan(LEN(c[0]), 6)", "GreaterThan(LEN(c[0]), 6)"),
        ("OR(TextEquals(1),OR())", "OR(TextEquals('1'), OR())"),
        ("$a2=$A3", "$A2=$A3"),
        (
            "=sumproduct(($D4<=$E$4:$E$8)*($E4>=$D$4:$D$8))>1",
            "SUMPRODUCT(($D4<=$E$4:$E$8)*($E4>=$D$4:$D$8))>1",
        ),
        ("(A1+B1)*2>-3", "(A1+B1)*2>-3"),
        ("A1-(B1-C1)>0", "A1-(B1-C1)>0"),
        ("2^3^2>1", "2^3^2>1"),
        ('A1&"x"="1x"', 'A1&"x"="1x"'),
        ("=AND($A2>1, $B2<2)", "=AND($A2>1,$B2<2)"),
        ("=NOT(ISBLANK(A2))", "=NOT(ISBLANK(A2))"),
        ("=TODAY()-$B2>30", "=TODAY()-$B2>30"),
        ("columns(c[2]:c[5],LessThan(60%))", "Columns(c[2]:c[5], LessThan(0.6))"),
        ("Columns( c[ 1 ] : c[4] , Blanks())", "Columns(c[1]:c[4], Blanks())"),
        ("Columns(c[1]:c[3], top(5))", "Columns(c[1]:c[3], Top(5))"),
        ("Columns(c[2]:c[2], $c2>$B2*0.9)", "Columns(c[2], $C2>$B2*0.9)"),
        ("Columns(c[2]:c[4], =C2=MAX(C$2:C$20))", "Columns(c[2]:c[4], C2=MAX(C$2:C$20))"),
        ("Columns(c[0], =AND(A2>1,B2<2))", "Columns(c[0], =AND(A2>1,B2<2))"),
        ("Columns(c[2], GreaterThan(c[3], 5))", "Columns(c[2], GreaterThan(c[3], 5))"),
        ("Columns(c[0]:c[1], TextContains(a, b))", "Columns(c[0]:c[1], TextContains('a, b'))"),
        ("Columns(c[1]:c[2], NOT(Duplicate()))", "Columns(c[1]:c[2], NOT(Duplicates()))"),
    ],
)
def test_canonical_text(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert format_rule(rule) == canonical
    assert parse_rule(canonical) == rule


def test_ast_shapes() -> None:
    assert parse_rule("AND(GreaterThan(c[2], 0), TextEquals(c[3], 'Worldwide'))") == ast.And(
        (
            ast.Comparison("GreaterThan", ast.Number(0.0), ast.Column(2)),
            ast.TextMatch("TextEquals", "Worldwide", ast.Column(3)),
        )
    )
    assert parse_rule("Between(c[0], 9, 18)") == ast.Between(
        ast.Number(9.0), ast.Number(18.0), ast.Column(0)
    )
    assert parse_rule("LessThan(c[2], c[1])") == ast.Comparison(
        "LessThan", ast.Column(1), ast.Column(2)
    )
    assert parse_rule("Columns(c[1]:c[3], Top(5))") == ast.Scoped(1, 3, ast.Rank("Top", 5.0))
    assert parse_rule("Columns(c[2], Blanks())") == ast.Scoped(2, 2, ast.Preset("Blanks"))


def test_every_unique_snippet_round_trips(data_dir: Path) -> None:
    parsed = 0
    for line in load_snippets("cf", data_dir, unique=True):
        try:
            rule = parse_rule(line)
        except NotARuleError as error:
            assert error.reason == "unbalanced parentheses", line
            continue
        parsed += 1
        assert parse_rule(format_rule(rule)) == rule, line
    assert parsed == 3496  # of 3,498: two have unbalanced parentheses


@pytest.mark.parametrize(("split", "rules"), [("train", 709), ("test", 175)])
def test_every_gold_rule_round_trips(data_dir: Path, split: Split, rules: int) -> None:
    parsed = 0
    for example in load_examples("cf", split, data_dir):
        try:
            rule = parse_rule(example.code)
        except NotARuleError:
            continue  # '', '--', ExcelScript: three in each split
        parsed += 1
        assert parse_rule(format_rule(rule)) == rule, example.code
    assert parsed == rules


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("GreaterThan(c[2] 4000)", 17, "',', ')'"),
        ("GreaterThan(5,)", 13, "')'"),
        ("GreaterThan(c[0],)", 17, "a number"),
        ("TextContains(c[1],)", 18, "text"),
        ("Top(c[1], 'x')", 10, "a number"),
        ("AND(GreaterThan(5) LessThan(3))", 19, "','"),
        ("Between(1)", 9, "','"),
        ("GreaterThan(c[1])x", 17, "end of rule"),
        ("Foo(3)", 0, "a comparison such as GreaterThan"),
        ("Columns(Top(5))", 8, "a column like c[0]"),
        ("Columns(c[1])", 12, "',', ':'"),
        ("Columns(c[3]:c[2], Top(5))", 13, "a column like c[0]"),
        ("Columns(c[1], Rows(Top(5)))", 14, "Top/Bottom"),
        ("Columns(c[1], Columns(c[2], Top(5)))", 14, "Top/Bottom"),
        ("Rows(Columns(c[2], Top(5)))", 5, "Top/Bottom"),
        ("AND(Columns(c[1], Top(1)))", 4, "')'"),
    ],
)
def test_errors_name_position_and_expected_tokens(text: str, position: int, expected: str) -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule(text)
    error = caught.value
    assert error.position == position
    for name in expected.split(", "):
        assert name in error.expected or any(name in e for e in error.expected), error.expected
    assert f"column {position + 1}" in str(error)
    assert "^" in str(error)


def test_a_backwards_span_says_how_to_write_it() -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule("Columns(c[3]:c[2], Top(5))")
    assert str(caught.value).startswith("a column span runs left to right: write c[2]:c[3] at ")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty or placeholder"),
        ("--", "empty or placeholder"),
        (
            'TextEquals(Male",formula2:undefined,operator:ExcelScript.ConditionalCellValueOperator'
            ".equalTo,}); // Change",
            "ExcelScript code",
        ),
        ("TextContains(Yes-adhoc(if needed)", "unbalanced parentheses"),
    ],
)
def test_non_rules_are_rejected_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(NotARuleError) as caught:
        parse_rule(text)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("=$D2<XLOOKUP(1,2)", "XLOOKUP", 5),
        ("=IFERROR($D2,0)>1", "IFERROR", 1),
        ("=NETWORKDAYS($D2,TODAY())>5", "NETWORKDAYS", 1),
    ],
)
def test_an_unknown_function_is_named_with_what_is_supported(
    text: str, name: str, position: int
) -> None:
    """A pasted Excel formula calling a function we do not evaluate: named, where it is, and
    the functions there are (not only "unexpected 'XLOOKUP(1,2)'")."""
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule(text)
    message = str(caught.value)
    assert message.startswith(f"unknown function {name} (the Excel functions cf-excel evaluates: ")
    assert "COUNTIF" in message and "SUMPRODUCT" in message and "TODAY" in message
    assert caught.value.position == position and f"at column {position + 1}" in message


def test_a_known_function_in_the_wrong_place_is_no_unknown_function() -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse_rule("=$D2 TODAY()")
    assert str(caught.value).startswith("unexpected 'TODAY'; expected ")
