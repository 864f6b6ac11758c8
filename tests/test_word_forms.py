"""A copied word that the column holds in another form becomes the column's word."""

from __future__ import annotations

import datetime as dt

from cf_excel.candidates import Proposal, Request, ranked
from cf_excel.rules import format_rule, parse_rule
from cf_excel.rules.word_forms import with_held_words
from cf_excel.sheets.values import table_from_grid

AREAS = table_from_grid(
    [["Area", "Status", "Score"], ["South-East", "Complete", 3], ["North", "Open", -2],
     ["South-West", "Open", 5], ["Midlands", "Complete", 1]]
)  # fmt: skip


def repaired(code: str, utterance: str) -> str | None:
    rule = with_held_words(parse_rule(code), AREAS, utterance)
    return None if rule is None else format_rule(rule)


def test_a_part_of_values_is_looked_for_inside_them() -> None:
    said = "highlight areas which are southern"
    assert repaired("TextEquals(c[0], 'southern')", said) == "TextContains(c[0], 'South')"
    assert repaired("Equals(c[0], 'southern')", said) == "TextContains(c[0], 'South')"
    assert repaired("Rows(TextContains(c[0], 'southern'))", said) == (
        "Rows(TextContains(c[0], 'South'))"
    )
    assert repaired("TextStartsWith(c[0], 'southern')", said) is None  # not what was asked


def test_a_whole_value_keeps_the_test_and_takes_the_sheets_spelling() -> None:
    said = "mark the completed tasks"
    assert repaired("TextEquals(c[1], 'completed')", said) == "TextEquals(c[1], 'Complete')"
    assert repaired("NotEquals(c[1], 'completed')", said) == "NotEquals(c[1], 'Complete')"
    inside = "Or(TextEquals(c[1], 'completed'), GreaterThan(c[2], 4))"
    assert repaired(f"Rows({inside})", said) == (
        "Rows(OR(TextEquals(c[1], 'Complete'), GreaterThan(c[2], 4)))"
    )


def test_words_that_are_no_form_of_a_held_word_stay() -> None:
    assert repaired("TextEquals(c[0], 'negative')", "negative areas") is None
    assert repaired("TextEquals(c[0], 'sou')", "sou areas") is None  # too short to be a prefix
    assert repaired("TextEquals(c[0], 'southern')", "the areas") is None  # not the request's
    assert repaired("TextEquals(c[1], 'open')", "open") is None  # held as it is
    two = table_from_grid([["Team"], ["South"], ["Southerner"]])
    rule = parse_rule("TextEquals(c[0], 'southerners')")
    assert with_held_words(rule, two, "the southerners") is None  # South or Southerner: unsure


def test_the_candidate_path_offers_the_repaired_rule() -> None:
    request = Request("cf", AREAS, dt.date(2026, 1, 1))
    proposals = [Proposal("TextEquals(c[0], 'southern')", -0.5, ())]
    (candidate,) = ranked(proposals, request, 5, utterance="highlight southern areas")
    assert candidate.code == "TextContains(c[0], 'South')"
    assert candidate.cells == frozenset({(0, 0), (2, 0)})  # South-East and South-West
