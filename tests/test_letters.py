"""Columns named by their sheet letters, as forum posts name them."""

from cf_excel.reading.letters import lettered
from cf_excel.reading.reader import read
from cf_excel.reading.words import tokens_of
from cf_excel.sheets.values import table_from_grid

TABLE = table_from_grid(
    [
        ["Name", "Grade", "Q1", "Q2", "Q3", "Paid"],
        ["Al", "B", 4, 9, None, "Y"],
        ["Bo", "A", 8, 2, 5, "N"],
    ]
)


def columns(said: str) -> list[tuple[int, int, int]]:
    return [(m.column, m.first, m.last) for m in lettered(tokens_of(said), TABLE, said)]


def test_letters_spans_and_cells_name_the_tables_columns() -> None:
    assert columns("column b") == [(1, 1, 1)]
    assert columns("when F is blank") == [(5, 1, 1)]
    assert columns("scores in C to E") == [(2, 2, 4), (3, 2, 4), (4, 2, 4)]
    assert columns("any cell in C:E") == [(2, 3, 4), (3, 3, 4), (4, 3, 4)]
    assert columns("if D2 is less than C2") == [(3, 1, 1), (2, 5, 5)]
    assert columns("any of C, D or E empty") == [(2, 2, 2), (3, 4, 4), (4, 6, 6)]


def test_what_only_looks_like_a_letter_names_no_column() -> None:
    assert columns("Y in the Paid column, grade B") == []  # cell values
    assert columns("How do I turn it red? I tried") == []  # the word I
    assert columns("the limit in H1") == []  # a cell beside the table (and no column H)
    assert columns("class 11B") == []  # part of a code
    assert columns("the foreman is E. Doyle") == []  # an initial
    assert columns("the whole row, A to F") == []  # how wide the rows are, not a test


def test_a_forum_post_read_by_its_letters() -> None:
    rule = read("I want any score of 3 or lower in C to E shown in red.", TABLE)[0].code
    assert rule == "Columns(c[2]:c[4], LessThanEqual(3))"


def test_a_span_of_letters_is_its_columns_however_unlike_their_headers() -> None:
    judges = table_from_grid(
        [["Team", "Ana", "Bo", "Cyd", "Total"], ["X", 4, 2, 9, 15], ["Y", 8, 7, 5, 20]]
    )
    said = "The judges' scores are in B to D. Any single score of 3 or lower in red."
    assert read(said, judges)[0].code.startswith("Columns(c[1]:c[3], ")
    assert read("rows where B:D add up to more than 18", judges)[0].code == (
        "Rows(=SUM($B2:$D2)>18)"
    )
