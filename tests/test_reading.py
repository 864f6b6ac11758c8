"""The request reader (cf_excel.reading): what each kind of request reads as on a small project
table, where the rule applies (cells, rows, a block), and how the readings join the model's
proposals in the candidate path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from cf_excel.candidates import Request, generate_candidates
from cf_excel.reading.cues import cues_in
from cf_excel.reading.dates import month_named
from cf_excel.reading.generator import ReaderGenerator
from cf_excel.reading.hybrid import ReadAndGenerate
from cf_excel.reading.naming import describing_cells
from cf_excel.reading.reader import read
from cf_excel.reading.spans import column_mentions
from cf_excel.reading.words import numbers_in, sentence_starts, tokens_of
from cf_excel.sheets.values import table_from_grid
from tests.support import FixedGenerator

TODAY = dt.date(2026, 12, 1)  # a Tuesday
GRID: list[list[object]] = [
    ["Task", "Owner", "Budget", "Actual Spend", "Status", "Due Date", "Quiz 1", "Quiz 2", "Quiz 3"],
    ["Roof", "Ann", 100, 120, "Open", dt.date(2026, 11, 1), 50, 60, 70],
    ["Wall", "Bob", 200, 150, "Done", dt.date(2026, 12, 20), 80, None, 90],
    ["Door", None, 300, 310, "Open", None, 40, 55, 65],
    ["Gate", "Dee", 50, 20, "Cancelled", dt.date(2026, 11, 28), 90, 95, 30],
    ["Roof", "Eve", 80, 80, "Open", dt.date(2026, 11, 23), 70, 75, 80],
]
TABLE = table_from_grid(GRID)


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("budget over 150", "GreaterThan(c[2], 150)"),
        ("budget of 1k or more", "GreaterThanEqual(c[2], 1000)"),
        ("budgets between 60 and 250", "Between(c[2], 60, 250)"),
        ("highlight rows where spent is more than budget", "Rows($D2>$C2)"),
        ("highlight spent where it is more than the budget", "Columns(c[3], $D2>$C2)"),
        ("budget more than actual spend", "Columns(c[2], $C2>$D2)"),
        ("spent over 90% of budget", 'Columns(c[3], =AND($C2<>"",$D2>$C2*0.9))'),
        ("actual spend exceeds budget by 10%", 'Columns(c[3], =AND($C2<>"",$D2>$C2*1.1))'),
        ("rows that are past due and still open",
         "Rows(AND(BeforeToday(c[5]), TextEquals(c[4], 'Open')))"),
        ("flag cancelled tasks", "Rows(TextEquals(c[4], 'Cancelled'))"),
        ("status is not Done", "NOT(TextEquals(c[4], 'Done'))"),
        ("any quiz score under 60%", "Columns(c[6]:c[8], LessThan(60))"),  # scores out of 100
        ("top 2 budgets", "Top(c[2], 2)"),
        ("the 3 lowest budgets", "Bottom(c[2], 3)"),
        ("highlight duplicates in task", "Duplicates(c[0])"),
        ("task names repeated after the first",
         'Columns(c[0], =AND($A2<>"",COUNTIF($A$2:$A2,$A2)>1))'),
        ("owner blank", "Blanks(c[1])"),
        ("rows where owner or due date is missing", "Rows(OR(Blanks(c[1]), Blanks(c[5])))"),
        ("owner missing on some tasks", "Blanks(c[1])"),  # said before "missing on"
        ("tasks that were never given an owner", "Blanks(c[1])"),
        # the rows' things, named by the label column no test reads, are the rows
        ("flag the tasks where the actual spend is more than the budget", "Rows($D2>$C2)"),
        ("shade the tasks due this month", "Rows(ThisMonth(c[5]))"),
        ("actual spend that met or beat the budget", "Columns(c[3], $D2>=$C2)"),
        ("highlight the tasks beginning with W", "Columns(c[0], TextStartsWith(c[0], 'W'))"),
        ("due dates on weekends", 'Columns(c[5], =AND($F2<>"",WEEKDAY($F2,2)>5))'),
        ("weekend due dates", 'Columns(c[5], =AND($F2<>"",WEEKDAY($F2,2)>5))'),
        # a weekday said of the rows' things, not of the date column, is the rows
        ("the weekend tasks", 'Rows(=AND($F2<>"",WEEKDAY($F2,2)>5))'),
        ("shade every saturday job", 'Rows(=AND($F2<>"",WEEKDAY($F2,2)=6))'),
        # a row said by its number places the table; a colour said before a column picks it
        ("data starts at row 2. I would like actual spend highlighted when it is more than "
         "the budget", "Columns(c[3], $D2>$C2)"),
        ("past due and still open -> red on the due date",
         "Columns(c[5], AND(BeforeToday(c[5]), TextEquals(c[4], 'Open')))"),
        ("still open and past due = orange due date",
         "Columns(c[5], AND(TextEquals(c[4], 'Open'), BeforeToday(c[5])))"),
        ("black tasks that are open", "Rows(TextEquals(c[4], 'Open'))"),  # no pick: a value
        ("shade every other row", "Rows(=MOD(ROW()-ROW($A$2),2)=0)"),
        ("tasks 7+ days overdue", 'Columns(c[5], =AND($F2<>"",$F2<=TODAY()-7))'),
        ("due in the next 30 days", "NextDays(c[5], 30)"),
        ("tasks whose owner starts with 'A'", "TextStartsWith(c[1], 'A')"),
        ("each quiz higher than the previous one",
         'Columns(c[7]:c[8], =AND(H2<>"",G2<>"",H2>G2))'),
        ("above average budget", "AboveAverage(c[2])"),
        ("data bars on the budget", "DataBar(c[2])"),
        ("highlight overdue rows red", "Rows(BeforeToday(c[5]))"),
        ("budget greater than or equal to 100", "GreaterThanEqual(c[2], 100)"),
        ("budget, actual spend over 100", "Columns(c[2]:c[3], GreaterThan(100))"),
        ("On the Tasks sheet, blank owners", "Blanks(c[1])"),
        ("budgets outside 60-250", "NOT(Between(c[2], 60, 250))"),
        ("due dates more than 1 month ago",
         "Columns(c[5], =AND(ISNUMBER($F2),$F2<EDATE(TODAY(),-1)))"),
        ("open or done tasks that are past due",
         "Rows(AND(OR(TextEquals(c[4], 'Open'), TextEquals(c[4], 'Done')), BeforeToday(c[5])))"),
        ("tasks that aren't open or done", "Rows(AND(NOT(TextEquals(c[4], 'Open')), "
         "NOT(TextEquals(c[4], 'Done'))))"),
        ("cancelled, or open and past due", "Rows(OR(TextEquals(c[4], 'Cancelled'), "
         "AND(TextEquals(c[4], 'Open'), BeforeToday(c[5]))))"),
        ("open and cancelled tasks",  # a cell holds one value: either
         "Rows(OR(TextEquals(c[4], 'Open'), TextEquals(c[4], 'Cancelled')))"),
        ("owners typed all in lower case",
         'Columns(c[1], =AND($B2<>"",ISTEXT($B2),EXACT($B2,LOWER($B2))))'),
        ("due dates that weren't a monday",
         'Columns(c[5], =AND($F2<>"",NOT(WEEKDAY($F2,2)=1)))'),
        ("tasks past their due date", "BeforeToday(c[5])"),
        ("actual spend beat the budget by more than 10%",
         'Columns(c[3], =AND($C2<>"",$D2>$C2*1.1))'),
        ("actual spend fell short of budget by more than 20",
         'Columns(c[3], =AND($D2<>"",$C2-$D2>20))'),
        ("rows where quiz 3 is more than double quiz 1", 'Rows(=AND($G2<>"",$I2>$G2*2))'),
        ("due dates in 2026", "Columns(c[5], =AND(ISNUMBER($F2),YEAR($F2)=2026))"),
        ("tasks due in november",
         "Columns(c[5], =AND(ISNUMBER($F2),MONTH($F2)=11,YEAR($F2)=YEAR(TODAY())))"),
        ("status open rows", "Rows(TextEquals(c[4], 'Open'))"),
        ("budget doesn't match the sum of the quizzes",
         "Columns(c[2], =AND($C2<>\"\",$C2<>SUM($G2:$I2)))"),
        ("two tasks with the same name", "Duplicates(c[0])"),
        ("budget blank or 0", "Columns(c[2], OR(Blanks(c[2]), Equals(c[2], 0)))"),
        ("tasks that still owe budget", "GreaterThan(c[2], 0)"),
        ("names of owners with no due date", "Columns(c[1], Blanks(c[5]))"),
        ("open tasks that have an owner", "Rows(AND(TextEquals(c[4], 'Open'), NoBlanks(c[1])))"),
        ("tasks with a budget", "GreaterThan(c[2], 0)"),
        ("tasks that already happened but are still open",
         "Rows(AND(BeforeToday(c[5]), TextEquals(c[4], 'Open')))"),
        ("open tasks that never paid a budget",
         "Rows(AND(TextEquals(c[4], 'Open'), NOT(GreaterThan(c[2], 0))))"),
        ("highlight quiz 1 where the task came out weaker than quiz 2",
         'Columns(c[6], =AND($G2<>"",$G2<$H2))'),
        ("open tasks with budget over 150 - just the budget",
         "Columns(c[2], AND(TextEquals(c[4], 'Open'), GreaterThan(c[2], 150)))"),
        ("rows where both quiz 1 and quiz 2 are under budget",
         'Rows(=AND(AND($G2<>"",$G2<$C2),AND($H2<>"",$H2<$C2)))'),
        ("either quiz 1 or quiz 3 over the budget", "Columns(c[6], =OR($G2>$C2,$I2>$C2))"),
        ("the owner cell where nothing's been entered yet", "Blanks(c[1])"),
        ("open tasks with nothing in quiz 2",
         "Rows(AND(TextEquals(c[4], 'Open'), Blanks(c[7])))"),
        ("quiz 2 more than 5 up on quiz 1", 'Columns(c[7], =AND($H2<>"",$G2<>"",$H2-$G2>5))'),
        ("the 80 budget tasks", "Equals(c[2], 80)"),
        ("quizzes higher than the budget", "Columns(c[6]:c[8], G2>$C2)"),  # each of the block
        ("any quiz under the budget", 'Columns(c[6]:c[8], =AND(G2<>"",G2<$C2))'),
        ("tasks that had a quiz under 50", 'Rows(=COUNTIF($G2:$I2,"<50")>0)'),  # the row's
        ("tasks with 60 or more in all three quizzes", 'Rows(=COUNTIF($G2:$I2,">=60")=3)'),
        ("which tasks scored 0 in some quiz? highlight the task",
         "Columns(c[0], =COUNTIF($G2:$I2,0)>0)"),
        ("tasks with any quiz left blank", "Rows(=COUNTBLANK($G2:$I2)>0)"),
        ("tasks that didn't report one of the quizzes - highlight the task",
         "Columns(c[0], =COUNTBLANK($G2:$I2)>0)"),
        ("rows where one of the quizzes hasn't been filled in",
         "Rows(OR(Blanks(c[6]), Blanks(c[7]), Blanks(c[8])))"),
        ("tasks with any of the 3 quizzes still empty", "Rows(=COUNTBLANK($G2:$I2)>0)"),
        ("tasks with a gap in their quizzes", "Rows(=COUNTBLANK($G2:$I2)>0)"),
        ("tasks averaging over 70 on the quizzes", "Rows(=AVERAGE($G2:$I2)>70)"),
        ("each task's best quiz", 'Columns(c[6]:c[8], =AND(G2<>"",G2=MAX($G2:$I2)))'),  # a row's
        ("top score in each quiz",  # a column's
         "Columns(c[6]:c[8], =AND(ISNUMBER(G2),G2>=LARGE(G$2:G$6,1)))"),
        ("tasks whose average over the three quizzes is below 60",
         "Rows(=AVERAGE($G2:$I2)<60)"),  # "over the three quizzes" counts them: no threshold
        ("actual spend more than 10% below the budget",
         'Columns(c[3], =AND($D2<>"",$C2<>"",$D2<$C2*0.9))'),
        ("tasks where the owner did less than 80% of the budget - mark the actual spend",
         'Columns(c[3], =AND($D2<>"",$C2<>"",$D2<$C2*0.8))'),  # the side the request formats
        ("tasks we normally don't do on mondays. show me where we did",
         'Columns(c[5], =AND($F2<>"",WEEKDAY($F2,2)=1))'),
    ],
)  # fmt: skip
def test_reads_each_kind(request_text: str, rule: str) -> None:
    assert read(request_text, TABLE)[0].code == rule


def test_numbers_as_users_type_them() -> None:
    words = tokens_of("over $1,000, 1.5k, 10% or five; the previous one, half an hour, a week")
    assert [n.value for n in numbers_in(words)] == [1000.0, 1500.0, 0.1, 5.0, 0.5, 1.0]
    words = tokens_of("over one and a half thousand pounds, under a fiver")
    assert [n.value for n in numbers_in(words)] == [1500.0, 5.0]


def test_a_word_that_begins_a_value_is_not_that_value() -> None:
    """ "highlight" is not Priority 'High'; "failed" is Status 'Fail' in another form."""
    table = table_from_grid(
        [["Task", "Priority", "Status"], ["a", "High", "Fail"], ["b", "Low", "Pass"]]
    )
    assert read("highlight failed tasks", table)[0].code == "Rows(TextEquals(c[2], 'Fail'))"


def test_a_margin_in_weeks_after_a_plus_counts_days() -> None:
    grid: list[list[object]] = [["Item", "Start", "End"], ["a", "2026-01-01", "2026-01-20"]]
    reading = read("ended 2+ weeks after the start", table_from_grid(grid))[0].code
    assert reading == "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),$C2-$B2>=14))"


def test_text_is_taken_as_typed() -> None:
    table = table_from_grid([["Name"], ["[TEST] one"], ["two"]])
    assert read("names that start with [TEST]", table)[0].code == "TextStartsWith(c[0], '[TEST]')"


def test_numbers_stored_as_text_are_read_as_numbers() -> None:
    grid: list[list[object]] = [["Item", "Qty"], ["a", "12"], ["b", 3], ["c", "7"]]
    table = table_from_grid(grid, strings="stored")
    reading = read("qty 6+", table)[0].code
    assert reading == "Columns(c[1], --$B2>=6)"
    cells, _ = generate_candidates(ReaderGenerator(), "qty 6+", Request("cf", table, TODAY))
    assert cells[0].addresses == ["B2", "B4"]


def test_full_readings_score_one_and_unread_words_lower_it() -> None:
    assert read("budget over 150", TABLE)[0].score == 1.0
    assert read("budget over 150 when the moon is full", TABLE)[0].score < 0.7


def test_nothing_to_read_gives_no_reading() -> None:
    assert read("make it pretty", TABLE) == []
    assert ReaderGenerator().propose("budget over 150", 5, None) == []


def test_a_full_reading_leads_unless_the_samples_agree() -> None:
    request = Request("cf", TABLE, TODAY)
    unsure = FixedGenerator({"over": "Top(c[2], 1)", "budget": "Bottom(c[2], 1)"})
    led, _ = generate_candidates(ReadAndGenerate(unsure), "budget over 150", request)
    assert led[0].code == "GreaterThan(c[2], 150)" and led[0].reading == 1.0
    sure = FixedGenerator({"over": "Top(c[2], 1)"})
    kept, _ = generate_candidates(ReadAndGenerate(sure), "budget over 150", request)
    assert kept[0].code == "Top(c[2], 1)"
    assert "GreaterThan(c[2], 150)" in [c.code for c in kept]


def test_a_reading_the_samples_agree_with_ranks_first_and_is_surer() -> None:
    model = FixedGenerator({"budget": "GreaterThan(c[2], 150)", "over": "Top(c[2], 1)"})
    hybrid = ReadAndGenerate(model)
    request = Request("cf", TABLE, TODAY)
    alone, _ = generate_candidates(model, "over budget", request)
    both, _ = generate_candidates(hybrid, "budget over 150", request)
    assert both[0].code == "GreaterThan(c[2], 150)"
    assert both[0].reading == 1.0 and both[0].features is not None
    assert both[0].features.read == 1.0
    assert hybrid.name == "fixed+reader"
    assert alone[0].reading == 0.0


def test_any_words_read_without_error() -> None:
    """Random requests made of the lexicon's phrases, headers, cell values, numbers and
    punctuation: every reading parses as a rule, and reading never raises."""
    import random

    from cf_excel.reading.lexicon import LEXICON
    from cf_excel.rules import parse_rule

    rng = random.Random(0)
    pieces = [phrase for _, _, phrase, _ in LEXICON] + [h.lower() for h in TABLE.header]
    pieces += ["Open", "Done", "10", "1,000", "5%", "$3", "-4", "'x'", ",", "(", ")", "a", "the"]
    for _ in range(1500):
        request = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        for reading in read(request, TABLE):
            parse_rule(reading.code)


BESIDE = dataclasses.replace(  # a limit in K1 and a list titled "Approved" in K3:K5
    TABLE,
    sheet="Plan",
    surroundings=(((1, 11), 150), ((3, 11), "Approved"), ((4, 11), "Roof"), ((5, 11), "Gate")),
)


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("budget above the limit in K1", "GreaterThan(c[2], Plan!$K$1)"),
        ("tasks on the approved list",
         'Columns(c[0], =AND($A2<>"",COUNTIF(Plan!$K$1:$K$5,$A2)>0))'),
        ("tasks on the list in column K",
         'Columns(c[0], =AND($A2<>"",COUNTIF(Plan!$K$1:$K$5,$A2)>0))'),
        ("tasks on the list in K4:K5",  # the rows it gives: not the list's title in K3
         'Columns(c[0], =AND($A2<>"",COUNTIF(Plan!$K$4:$K$5,$A2)>0))'),
        ("some of these are finished; they're listed in K4:K5. grey out their rows",
         'Rows(=AND($A2<>"",COUNTIF(Plan!$K$4:$K$5,$A2)>0))'),  # nothing named: the rows' names
        ("due more than the number of days in K1 ago",  # a number of days: from today
         "Columns(c[5], =AND(ISNUMBER($F2),TODAY()-$F2>Plan!$K$1))"),
    ],
)  # fmt: skip
def test_reads_cells_beside_the_table_by_the_sheets_name(request_text: str, rule: str) -> None:
    assert read(request_text, BESIDE)[0].code == rule


def test_a_cell_that_is_not_beside_the_table_is_no_limit() -> None:
    """K9 holds nothing, and a table read without its sheet has no cells beside it: no
    limit is read (and no rule compares the budget with a cell that is not there)."""
    assert read("budget above the limit in K9", BESIDE) == []
    assert read("budget above the limit in K1", TABLE) == []


def test_a_yes_no_column_named_as_an_adjective_is_its_yes_and_initials_name_a_column() -> None:
    """ "urgent tasks" on an Urgent? column of Y/N; "red card" is the RC column."""
    grid = [
        ["Task", "Urgent?", "RC", "Cost ($)", "Spend"],
        ["A", "Y", 1, 5, 2],
        ["B", "N", 0, 9, 1],
    ]
    table = table_from_grid(grid)
    assert read("urgent tasks", table)[0].code == "TextEquals(c[1], 'Y')"
    assert read("tasks with a red card over 0", table)[0].code == "GreaterThan(c[2], 0)"
    # a word about money points a number at the money column
    assert read("tasks worth over 6", table)[0].code.startswith("GreaterThan(c[3], 6)")


SHIFTS = table_from_grid(
    [
        ["Name", "Start", "End", "Hrs"],
        ["Ann", dt.time(9, 0), dt.time(17, 30), 8.5],
        ["Bob", dt.time(9, 45), dt.time(15, 0), 6],
        ["Cai", dt.time(7, 30), dt.time(18, 0), 10.5],
    ],
    strings="stored",
    number_formats=("General", "h:mm", "h:mm", "General"),
)


@pytest.mark.parametrize(
    ("request_text", "rule", "cells"),
    [
        ("started after 9:30am", 'Columns(c[1], =AND(ISNUMBER($B2),$B2>TIME(9,30,0)))', ["B3"]),
        ("shifts starting at 9:30 or later",
         'Columns(c[1], =AND(ISNUMBER($B2),$B2>=TIME(9,30,0)))', ["B3"]),
        ("anyone finishing later than 5 pm", 'Columns(c[2], =AND(ISNUMBER($C2),$C2>TIME(17,0,0)))',
         ["C2", "C4"]),
        ("shifts longer than 8 hours", "GreaterThan(c[3], 8)", ["D2", "D4"]),  # the Hrs
        ("started before 9 in the morining",
         'Columns(c[1], =AND(ISNUMBER($B2),$B2<TIME(9,0,0)))', ["B4"]),
        ("ended after 5 in the evening", 'Columns(c[2], =AND(ISNUMBER($C2),$C2>TIME(17,0,0)))',
         ["C2", "C4"]),
        ("end more than 8 hours after the start",
         'Columns(c[2], =AND($C2<>"",$B2<>"",($C2-$B2)*24>8))', ["C2", "C4"]),
        ("hrs doesn't match end time minus start time",
         'Columns(c[3], =AND($D2<>"",$C2<>"",$B2<>"",$D2<>ROUND(($C2-$B2)*24,2)))', ["D3"]),
    ],
)  # fmt: skip
def test_times_of_day_and_durations(request_text: str, rule: str, cells: list[str]) -> None:
    """A time cell holds its fraction of a day: "after 9:30am" is TIME(9,30,0), and end minus
    start is hours when multiplied by 24 (rounded where it is matched with typed-in hours)."""
    assert read(request_text, SHIFTS)[0].code == rule
    found, _ = generate_candidates(ReaderGenerator(), request_text, Request("cf", SHIFTS, TODAY))
    assert found[0].addresses == cells


def test_a_duration_without_its_column_is_end_minus_start() -> None:
    table = dataclasses.replace(SHIFTS, header=("Name", "Start", "End", "Notes"))
    assert (
        read("highlight shifts longer than 8 hrs", table)[0].code
        == "Rows(=AND(ISNUMBER($B2),ISNUMBER($C2),($C2-$B2)*24>8))"
    )
    night = [
        ["Name", "Start", "End"],
        ["Ann", dt.time(9), dt.time(17)],
        ["Bo", dt.time(22), dt.time(6)],
    ]
    table = table_from_grid(night, number_formats=("General", "h:mm", "h:mm"), strings="stored")
    assert read("shifts longer than 8 hrs", table)[0].code == (  # a night shift: past midnight
        "Rows(=AND(ISNUMBER($B2),ISNUMBER($C2),MOD($C2-$B2,1)*24>8))"
    )


def test_a_number_beside_the_table_is_found_by_its_label() -> None:
    """ "above the spending cap" is the 150 labelled "Spending cap:" two cells right of its
    label; "the goal in K2/L2" is the number right of the label in K2; a number said in the
    request stays a threshold."""
    table = dataclasses.replace(
        TABLE,
        sheet="Plan",
        surroundings=(((1, 11), "Spending cap:"), ((1, 13), 150), ((2, 11), "Goal"), ((2, 12), 60)),
    )
    assert read("budget above the spending cap", table)[0].code == "GreaterThan(c[2], Plan!$M$1)"
    assert read("quiz 1 under the goal in K2/L2", table)[0].code == "LessThan(c[6], Plan!$L$2)"
    assert read("budget above 150", table)[0].code == "GreaterThan(c[2], 150)"


def test_rows_repeated_on_several_columns_together_are_one_count() -> None:
    """ "same court, same date": the rows equal on both (COUNTIFS), not each column's own
    duplicates (every court has many bookings); the row is the double booking."""
    grid: list[list[object]] = [
        ["Court", "Date", "Member"],
        ["1", "2026-12-01", "Ann"],
        ["1", "2026-12-02", "Bob"],
        ["1", "2026-12-01", "Cai"],
        ["2", "2026-12-01", "Dee"],
    ]
    table = table_from_grid(grid)
    text = "double bookings - same court, same date"
    assert read(text, table)[0].code == "Rows(=COUNTIFS($A$2:$A$5,$A2,$B$2:$B$5,$B2)>1)"
    found, _ = generate_candidates(ReaderGenerator(), text, Request("cf", table, TODAY))
    assert found[0].addresses == ["A2", "B2", "C2", "A4", "B4", "C4"]
    people = table_from_grid([["Member", "Court"], ["Ann", "1"], ["Bob", "1"], ["Ann", "1"]])
    assert read("is anyone booked twice on the same court?", people)[0].code == (
        "Rows(=COUNTIFS($A$2:$A$4,$A2,$B$2:$B$4,$B2)>1)"
    )


def test_a_code_of_digits_and_letters_is_one_value() -> None:
    """ "11B" is read as 11 and B, but said without a space it is the code 11B."""
    table = table_from_grid([["Name", "Form", "Score"], ["a", "11B", 40], ["b", "11A", 70]])
    assert read("11B pupils under 50", table)[0].code == (
        "Rows(AND(TextEquals(c[1], '11B'), LessThan(c[2], 50)))"
    )


def test_codes_are_said_in_words() -> None:
    """A column of capital codes: "first officers" is FO (initials), "captains" CPT (a word
    it shortens); a column of names is no column of codes."""
    grid = [["Name", "Rank", "Sectors"], ["Ann", "CPT", 4], ["Bob", "FO", 2], ["Cai", "FO", 5]]
    table = table_from_grid(grid)
    assert read("first officers with 4 or more sectors", table)[0].code == (
        "Rows(AND(TextEquals(c[1], 'FO'), GreaterThanEqual(c[2], 4)))"
    )
    assert read("captains", table)[0].code == "Rows(TextEquals(c[1], 'CPT'))"


def test_a_money_margin_tests_the_money_column_not_the_date_its_noun_names() -> None:
    """ "bills … $20 over the estimate": "bills" names Bill Date, but $20 is an amount."""
    grid: list[list[object]] = [
        ["Bill Date", "Amt $", "Est $"],
        [dt.date(2026, 1, 1), 120, 90],
        [dt.date(2026, 2, 1), 80, 90],
    ]
    table = table_from_grid(grid)
    assert read("bills that came in more than $20 over the estimate", table)[0].code == (
        'Columns(c[1], =AND($B2<>"",$C2<>"",$B2-$C2>20))'
    )


MONTHS = table_from_grid(
    [["App", "Jan", "Feb", "Mar"], ["a", 50, 40, 30], ["b", 90, 5, 70], ["c", 10, 20, 30]]
)


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("apps whose jan-mar spend adds up to more than 100", "Rows(=SUM($B2:$D2)>100)"),
        ("apps where jan to mar add up to more than 100", "Rows(=SUM($B2:$D2)>100)"),
        ("top 2 amounts across the whole jan-mar block", "Columns(c[1]:c[3], Top(2))"),
        ("apps whose jan-mar total is over 100", "Rows(=SUM($B2:$D2)>100)"),
        (
            "rows with at least one month between jan and mar left blank",
            "Rows(OR(Blanks(c[1]), Blanks(c[2]), Blanks(c[3])))",
        ),
        (
            "highest in each month column",
            "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$4,1)))",
        ),
        # "across every app and every month", "not per column": one rank over the block
        ("across every app and every month, our two busiest", "Columns(c[1]:c[3], Top(2))"),
        (
            "the two biggest jan-mar figures, top 2 of the whole block, not per column",
            "Columns(c[1]:c[3], Top(2))",
        ),
        ("across the whole table, the two best months any app had", "Columns(c[1]:c[3], Top(2))"),
    ],
)
def test_totals_and_ranks_over_a_named_block(request_text: str, rule: str) -> None:
    """ "jan-mar" (one word) and "jan to mar" name the block; "add up to" totals it."""
    assert read(request_text, MONTHS)[0].code == rule


def test_words_said_in_another_form_than_the_sheets() -> None:
    """A header spelt as said wins over one folded to the same stem ("counter" is Counter,
    not Counted); "date of birth" is DOB; "mention a diversion" finds "Diverted"."""
    grid = [["Counted", "Counter", "DOB", "Remarks"], [3, None, None, "Diverted to MAN"]]
    grid += [[4, "Lee", dt.date(1990, 1, 1), "ok"]]
    table = table_from_grid(grid)
    assert read("blank counter cells", table)[0].code == "Blanks(c[1])"
    assert read("missing date of birth", table)[0].code == "Blanks(c[2])"
    assert read("remarks that mention a diversion", table)[0].code == (
        "TextContains(c[3], 'diver')"
    )


def test_un_before_a_column_word_is_its_blank() -> None:
    """ "unpaid bills": the Paid date (or amount) is blank."""
    grid: list[list[object]] = [["Bill", "Due", "Paid"], ["a", dt.date(2026, 11, 1), None]]
    grid += [["b", dt.date(2026, 11, 2), dt.date(2026, 11, 2)]]
    assert read("unpaid bills", table_from_grid(grid))[0].code == "Blanks(c[2])"


def test_their_name_is_the_column_that_names_the_rows() -> None:
    """ "highlight their name" on a table with no Name header: its first text column."""
    grid = [["Agent", "Team", "QA"], ["Ann", "Sales", 95], ["Bob", "Billing", 80]]
    assert read("QA 90 or better - highlight their name", table_from_grid(grid))[0].code == (
        "Columns(c[0], GreaterThanEqual(c[2], 90))"
    )


def test_a_header_that_inflects_the_word_said_names_it() -> None:
    """ "end date" is Ended and "launch date" Launched; "owe" is no Owed (a verb of owing)."""
    grid: list[list[object]] = [["Test", "Launched", "Ended"]]
    grid += [["a", dt.date(2026, 5, 1), dt.date(2026, 4, 1)], ["b", dt.date(2026, 5, 1), None]]
    assert read("end date earlier than the launch date", table_from_grid(grid))[0].code == (
        "Columns(c[2], =AND(ISNUMBER($C2),ISNUMBER($B2),$C2<$B2))"
    )


def test_a_verb_form_names_the_header_of_its_participle() -> None:
    """ "we're using" is Seats used: both come from "use"."""
    grid = [["App", "Licences bought", "Seats used"], ["a", 10, 3], ["b", 10, 9]]
    text = "apps where we're using less than half the licences we bought"
    assert read(text, table_from_grid(grid))[0].code == (
        'Columns(c[2], =AND($C2<>"",$B2<>"",$C2<$B2*0.5))'
    )


def test_ranks_by_age_and_by_size() -> None:
    """ "the 2 oldest members": the earliest dates of birth; "top 2 biggest bills": amounts,
    not the bill date the noun names."""
    grid: list[list[object]] = [["Member", "Joined", "DOB", "Bill Date", "Amt $"]]
    for n in range(4):
        grid.append([f"m{n}", dt.date(2020, 1, n + 1), dt.date(1960 + n, 5, 1),
                     dt.date(2026, 1, n + 1), 10.0 * (n + 1)])  # fmt: skip
    table = table_from_grid(grid)
    assert read("the 2 oldest members", table)[0].code == "Bottom(c[2], 2)"
    assert read("top 2 biggest bills", table)[0].code == "Top(c[4], 2)"


def test_the_other_side_of_a_comparison_as_users_name_it() -> None:
    """ "the team's target AHT" is Tgt AHT, not Team (nor the initials of "AHT higher than");
    "QA score under target" is QA tgt, the target that shares the tested column's words;
    "used more electricity than" splits its comparative around the noun."""
    grid: list[list[object]] = [["Agent", "Team", "AHT", "Tgt AHT", "QA Score", "QA tgt"]]
    grid += [["Ann", "A", 300, 280, 80, 85], ["Bob", "B", 250, 280, 90, 85]]
    table = table_from_grid(grid)
    assert read("AHT higher than the team's target AHT", table)[0].code == (
        "Columns(c[2], $C2>$D2)"
    )
    assert read("QA score under target pls", table)[0].code == (
        'Columns(c[4], =AND($E2<>"",$E2<$F2))'
    )
    meters = table_from_grid([["Month", "Mill Ln", "Cabin"], ["Jan", 500, 620], ["Feb", 480, 300]])
    assert read("months where the cabin used more electricity than Mill Ln did", meters)[
        0
    ].code == ("Columns(c[2], $C2>$B2)")
    homes = table_from_grid([["Household", "Adults", "Kids"], ["Ng", 2, 3], ["Ray", 1, 0]])
    assert read("households with more children than adults, whole row", homes)[0].code == (
        "Rows($C2>$B2)"  # the noun inside "more … than", and kids are children
    )


def test_days_of_the_week_as_columns_are_one_block() -> None:
    """ "any day over 8 hours" on a Mon … Fri timesheet: every day column, like months; "5
    days" stays a length of time."""
    grid: list[list[object]] = [["Name", "Mon", "Tue", "Wed", "Thu", "Fri", "Total"]]
    grid += [["a", 8, 9, 7, 10, 4, 38], ["b", 6, 8, 8, 8, 8, 38]]
    table = table_from_grid(grid)
    assert read("any day over 8 hours", table)[0].code == "Columns(c[1]:c[5], GreaterThan(8))"
    assert read("blank days", table)[0].code == "Columns(c[1]:c[5], Blanks())"
    assert read("over 8 on tue", table)[0].code == "GreaterThan(c[2], 8)"


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("more than 75 in both oct and nov",
         "Rows(AND(GreaterThan(c[2], 75), GreaterThan(c[3], 75)))"),
        ("oct and nov both under the budget",
         'Rows(=AND(AND($C2<>"",$C2<$B2),AND($D2<>"",$D2<$B2)))'),
        ("oct or nov over 75", "Columns(c[2]:c[3], GreaterThan(75))"),  # any cell
    ],
)  # fmt: skip
def test_both_columns_of_a_list_pass_in_one_row(request_text: str, rule: str) -> None:
    grid: list[list[object]] = [["Name", "Budget", "Oct", "Nov"], ["a", 80, 90, 70]]
    grid += [["b", 60, 80, 80]]
    assert read(request_text, table_from_grid(grid))[0].code == rule


def test_where_a_cell_sits_is_no_rank_and_a_generic_noun_heads_the_name_before_it() -> None:
    """ "the limit at the top" is no Top(1); "the actual cost" is Actual ($), its "cost" not
    Est. Cost."""
    grid: list[list[object]] = [["WO", "Est. Cost ($)", "Actual ($)"], ["a", 100, 120]]
    grid += [["b", 200, 150]]
    table = table_from_grid(grid)
    assert read("actual cost over 110 (see the note at the top)", table)[0].code == (
        "GreaterThan(c[2], 110)"
    )
    assert read("the actual cost more than 15% over the estimate", table)[0].code == (
        'Columns(c[2], =AND($B2<>"",$C2>$B2*1.15))'
    )


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("months that fell by more than 10 from the month before",
         'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",B2-C2>10))'),
        ("any count that jumped by more than 70 compared with the reading just before it",
         'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2-B2>70))'),
        ("flag Mar when it's more than 50 lower than the month before",
         'Columns(c[3], =AND($D2<>"",$C2<>"",$C2-$D2>50))'),
        ("months up 20% on the month before",
         'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2>B2*1.2))'),
        ("each month higher than the one before", 'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2>B2))'),
    ],
)  # fmt: skip
def test_changes_from_the_one_before_with_a_margin(request_text: str, rule: str) -> None:
    """The direction ("fell", "lower") and the margin ("more than 10") are two comparisons."""
    grid: list[list[object]] = [["Site", "Jan", "Feb", "Mar"], ["a", 100, 300, 200]]
    grid += [["b", 200, 150, 180]]
    assert read(request_text, table_from_grid(grid))[0].code == rule


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("shade every third row", "Rows(=MOD(ROW()-ROW($A$2),3)=0)"),
        ("every 4th row, beginning with the first", "Rows(=MOD(ROW()-ROW($A$2),4)=0)"),
        ("every third row (the 3rd, 6th, 9th entries)", "Rows(=MOD(ROW()-ROW($A$2),3)=2)"),
        ("zebra stripes starting with the second entry", "Rows(=MOD(ROW()-ROW($A$2),2)=1)"),
    ],
)
def test_every_nth_row_from_where_the_request_starts(request_text: str, rule: str) -> None:
    assert read(request_text, TABLE)[0].code == rule


def test_totals_said_after_the_number_and_series_named_with_signs() -> None:
    """ "over 1,000 in total jan to jun" sums the block; "Sep %" is a month and "W44" a week;
    "rating" is the series Rtg W1 … Rtg W3, not the Δ Rtg beside it."""
    grid: list[list[object]] = [["Name", "Sep %", "Oct %", "Nov %", "W44", "W45", "W46"]]
    grid += [["a", 0.5, 0.9, 0.7, 300, 250, 200], ["b", 0.8, 0.6, 0.9, 100, 400, 350]]
    table = table_from_grid(grid)
    assert read("best figure in each month", table)[0].code == (
        "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$3,1)))"
    )
    assert read("more than 800 words in total across the weeks", table)[0].code == (
        "Rows(=SUM($E2:$G2)>800)"
    )
    grid = [["Name", "Rtg W1", "Rtg W2", "Rtg W3", "Δ Rtg"], ["a", 1, 2, 3, 2], ["b", 3, 2, 1, -2]]
    assert read("best rating in each week", table_from_grid(grid))[0].code == (
        "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$3,1)))"
    )
    assert read("W2 rating of 2 or more", table_from_grid(grid))[0].code == (
        "GreaterThanEqual(c[2], 2)"  # the number said picks one of the series
    )


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("budget 100 or 200", "Columns(c[2], OR(Equals(c[2], 100), Equals(c[2], 200)))"),
        ("budget of 80", "Equals(c[2], 80)"),
        ("budget 100 or more", "GreaterThanEqual(c[2], 100)"),
        ("the 2 best-funded budgets", "Top(c[2], 2)"),  # a rank word leads the compound
        ("actual spend wider than the budget", "Columns(c[3], $D2>$C2)"),
        (
            "actual spend more than 5 degrees hotter than the budget",  # the margin, then the side
            'Columns(c[3], =AND($D2<>"",$C2<>"",$D2-$C2>5))',
        ),
        ("blank cells in budget or actual spend", "Columns(c[2]:c[3], Blanks())"),  # each cell
    ],
)
def test_numbers_and_cells_said_after_a_columns_name(request_text: str, rule: str) -> None:
    """Numbers, not the texts Excel shows for them (TextEquals never matches a number); "blank
    cells in …" formats each blank cell."""
    assert read(request_text, TABLE)[0].code == rule


def test_yes_no_marks_denied_and_a_choice_opened_by_either() -> None:
    """ "no eggs" where Eggs holds Y/N is its N; "haven't been marked as paid" denies Paid?'s
    Y; "X that either A or B" is AND(X, OR(A, B))."""
    grid: list[list[object]] = [["Hive", "Plan", "Eggs", "Paid?", "Cost"]]
    grid += [["a", "Pro", "Y", "Y", 10], ["b", "Free", "N", "N", 30], ["c", "Pro", "N", "Y", 5]]
    table = table_from_grid(grid)
    assert read("hives with no eggs", table)[0].code == "Rows(TextEquals(c[2], 'N'))"  # the hive
    assert read("pro plans that haven't been marked as paid", table)[0].code == (
        "Rows(AND(TextEquals(c[1], 'Pro'), NOT(TextEquals(c[3], 'Y'))))"
    )
    assert read("pro plans that either cost over 20 or have no eggs", table)[0].code == (
        "Rows(AND(TextEquals(c[1], 'Pro'), OR(GreaterThan(c[4], 20), TextEquals(c[2], 'N'))))"
    )


def test_a_unit_in_brackets_is_no_word_the_request_must_say() -> None:
    """ "roasted weights" is Roasted (kg), not Roaster; "Maths (Jun)" keeps its bracket, which
    tells it from Maths."""
    grid: list[list[object]] = [["Batch", "Roaster", "Roasted (kg)", "Maths", "Maths (Jun)"]]
    grid += [["a", "Ann", 10, 50, 60], ["b", "Bo", 12, 70, 40], ["c", "Cy", 9, 30, 20]]
    table = table_from_grid(grid)
    assert read("2 smallest roasted weights", table)[0].code == "Bottom(c[2], 2)"
    assert read("maths under 50", table)[0].code == "LessThan(c[3], 50)"


def test_a_date_said_as_had_or_done_is_filled_in() -> None:
    """ "jobs with a completion date but nothing in actual", "done but not invoiced yet"."""
    grid: list[list[object]] = [["Job", "Done", "Invoiced", "Actual"]]
    grid += [["a", dt.date(2026, 11, 1), None, None], ["b", None, None, 5]]
    grid += [["c", dt.date(2026, 11, 2), dt.date(2026, 11, 3), 7]]
    table = table_from_grid(grid)
    assert read("done but not invoiced yet", table)[0].code == (
        "Rows(AND(NoBlanks(c[1]), Blanks(c[2])))"
    )
    assert read("jobs with a done date but nothing in actual", table)[0].code == (
        "Rows(AND(NoBlanks(c[1]), Blanks(c[3])))"
    )
    assert read("finished but not invoiced yet", table)[0].code == (
        "Rows(AND(NoBlanks(c[1]), Blanks(c[2])))"  # "finished" is Done's word in another form
    )


def test_a_named_column_of_lengths_of_time_is_compared_in_the_unit_said() -> None:
    """ "roast times over 13 minutes": Roast time holds 0:13 as 13/1440 of a day."""
    grid: list[list[object]] = [["Batch", "Start", "End", "Roast time"]]
    grid += [["a", dt.time(6, 0), dt.time(7, 12), dt.time(0, 13)]]
    grid += [["b", dt.time(7, 0), dt.time(8, 12), dt.time(0, 15)]]
    grid += [["c", dt.time(9, 0), dt.time(12, 0), dt.time(0, 12)]]
    table = table_from_grid(grid, number_formats=("General", "h:mm", "h:mm", "h:mm"))
    assert read("roast times over 13 minutes", table)[0].code == (
        "Columns(c[3], =AND(ISNUMBER($D2),ROUND($D2*1440,2)>13))"
    )


def test_duplicates_of_people_uniques_said_around_a_verb_and_denied_text() -> None:
    """ "is anyone on the list twice?", "same name … twice": the names; "only roasted once":
    unique, "roasted" no column; "emails that don't have an @": not the empty ones; "prices
    under $30": Price $, though a note cell says "Price"."""
    grid: list[list[object]] = [["Name", "Origin", "Roasted (kg)", "Email", "Price $", "Note"]]
    grid += [["Ann", "Peru", 10, "a@x", 20, "Price"], ["Bo", "Kenya", 12, None, 40, None]]
    grid += [["Ann", "Peru", 9, "bo.x", 25, None]]
    table = table_from_grid(grid)
    assert read("is anyone on the list twice?", table)[0].code == "Duplicates(c[0])"
    register = table_from_grid([["Child", "Room", "Fee"], ["Al", "Tots", 90], ["Al", "Tots", 90]])
    assert read("same name on the register twice?? highlight", register)[0].code == (
        "Duplicates(c[0])"
    )  # the names, though no header says Name: not a repeat in any column
    assert read("origins we've only roasted once", table)[0].code == "Unique(c[1])"
    assert read("which origins have we only ever done one batch of?", table)[0].code == (
        "Unique(c[1])"
    )
    assert read("somebody reused a name. show me the clashing ones", table)[0].code == (
        "Duplicates(c[0])"
    )
    assert read("emails that dont have an @ in them", table)[0].code == (
        "Columns(c[3], AND(NoBlanks(c[3]), NOT(TextContains(c[3], '@'))))"
    )
    assert read("prices under $30", table)[0].code == "LessThan(c[4], 30)"


def test_minutes_are_no_window_of_days_and_text_has_no_order() -> None:
    """ "checked in less than 40 min before their dep time": a margin in minutes (not "in less
    than" a window, nor "min" a rank); "later than … missed their flight": Flight is text,
    no side of an order."""
    grid: list[list[object]] = [["Guest", "Flight", "Check-in", "Dep time", "Check-out"]]
    grid += [["a", "BA1", dt.time(9, 0), dt.time(9, 30), dt.time(9, 40)]]
    grid += [["b", "BA2", dt.time(7, 0), dt.time(9, 0), dt.time(8, 0)]]
    table = table_from_grid(grid, number_formats=("General", "General", "h:mm", "h:mm", "h:mm"))
    assert read("checked in less than 40 min before their dep time", table)[0].code == (
        'Columns(c[2], =AND($D2<>"",$C2<>"",($D2-$C2)*1440<40))'
    )
    text = "check-out times later than the dep time? they probably missed their flight"
    assert read(text, table)[0].code == "Columns(c[4], $E2>$D2)"


def test_words_of_the_request_frame_spell_no_code() -> None:
    """ "flag it" is no country code FI."""
    grid: list[list[object]] = [["Site", "Country", "Next MV"], ["a", "FI", dt.date(2026, 11, 1)]]
    grid += [["b", "DE", dt.date(2026, 12, 20)]]
    assert read("next MV already in the past? flag it", table_from_grid(grid))[0].code == (
        "BeforeToday(c[2])"
    )


def test_values_owned_by_the_column_named_and_metres_and_word_syllables() -> None:
    """ "eggs = N" where Queen seen holds N too is Eggs' N; "took place" is no Placebo;
    "wider than 4.5m" on Beam (m) is 4.5 metres."""
    grid: list[list[object]] = [["Hive", "Arm", "Queen seen", "Eggs", "Beam (m)", "Date"]]
    grid += [["a", "Placebo", "N", "Y", 4.0, dt.date(2026, 11, 28)]]
    grid += [["b", "Drug", "Y", "N", 5.0, dt.date(2026, 11, 30)]]
    table = table_from_grid(grid)
    assert read("rows where eggs = N", table)[0].code == "Rows(TextEquals(c[3], 'N'))"
    assert read("the date when the visit took place on a saturday", table)[0].code == (
        'Columns(c[5], =AND($F2<>"",WEEKDAY($F2,2)=6))'
    )
    assert read("beam wider than 4.5m", table)[0].code == "GreaterThan(c[4], 4.5)"


def test_open_is_a_blank_closing_date_where_no_cell_says_open() -> None:
    grid: list[list[object]] = [["Job", "Target fix", "Completed"]]
    grid += [["a", dt.date(2026, 11, 1), None], ["b", dt.date(2026, 11, 2), dt.date(2026, 11, 3)]]
    assert read("open jobs", table_from_grid(grid))[0].code == "Blanks(c[2])"


def test_units_years_and_exclusions_as_users_say_them() -> None:
    """ "above 26 degrees" is the °C column though pH is named after it; a year before "that
    are still valued" is no multiple of the value; "ignoring cancelled ones" denies the value."""
    tanks = table_from_grid(
        [
            ["Tank", "Status", "Built", "Temp °C", "pH", "Value $"],
            ["A", "Open", 2001, 25.0, 8.1, 9000],
            ["B", "Cancelled", 2010, 27.0, 7.8, 5000],
        ]
    )
    assert read("tanks either above 26 degrees or with a pH under 8", tanks)[0].code == (
        "Rows(OR(GreaterThan(c[3], 26), LessThan(c[4], 8)))"
    )
    assert read("tanks built before 2005 that are still valued at over $8,000", tanks)[0].code == (
        "Rows(AND(LessThan(c[2], 2005), GreaterThan(c[5], 8000)))"
    )
    assert read("all tanks, ignoring cancelled ones", tanks)[0].code == (
        "Rows(NOT(TextEquals(c[1], 'Cancelled')))"
    )


def test_a_slip_of_the_keyboard_and_a_header_of_signs_name_their_columns() -> None:
    table = table_from_grid(
        [["Name", "Weight (kg)", "Quantity", "+/-"], ["A", 3.0, 5, -1], ["B", 4.0, 6, 2]]
    )
    assert read("three heaviest wieghts", table)[0].code == "Top(c[1], 3)"
    assert read("the 3 biggest in the +/- column", table)[0].code == "Top(c[3], 3)"
    assert read("quanity over 5", table)[0].code == "GreaterThan(c[2], 5)"
    assert read("rates over 5", table_from_grid([["Dates", "Rate"], [1, 2]]))[0].code == (
        "GreaterThan(c[1], 5)"  # "rates" is one letter off "dates": another word
    )


def test_a_date_not_touched_for_a_while_and_a_header_that_is_a_small_word() -> None:
    """ "who hasn't filed for more than 3 weeks" is the last filed date over 21 days ago;
    "the out time" names Out, though "out" alone is no column's name."""
    writers = table_from_grid([["Name", "Last filed"], ["Ann", dt.date(2026, 11, 1)]])
    assert read("who hasn't filed for more than 3 weeks? highlight their name", writers)[
        0
    ].code == ('Columns(c[0], =AND($B2<>"",$B2<TODAY()-21))')
    stock = table_from_grid([["Product", "Sold", "In Stock"], ["P1", 9, 1], ["P2", None, 0]])
    assert read("format cells if a corresponding cell in Column Sold is blank", stock)[0].code == (
        "Blanks(c[1])"
    )  # "in column" names no In Stock: only a whole small-word header
    trips = dataclasses.replace(SHIFTS, header=("Boat", "Out", "In", "Km"))
    assert read("anything that went out before 7am, colour the out time", trips)[0].code == (
        "Columns(c[1], =AND(ISNUMBER($B2),$B2<TIME(7,0,0)))"
    )


def test_a_column_of_lengths_shown_as_hours_and_minutes_is_compared_in_hours() -> None:
    """A "[h]:mm" column holds lengths of time (days), not times of day: "longer than two and
    a half hours" is 24 times the cell over 2.5."""
    jobs = table_from_grid(
        [["Job", "Run time"], ["A", 0.09], ["B", 0.13]],
        number_formats=("General", "[h]:mm"),
    )
    assert read("run times longer than two and a half hours", jobs)[0].code == (
        "Columns(c[1], =AND(ISNUMBER($B2),ROUND($B2*24,4)>2.5))"
    )


def test_which_date_a_window_of_days_tests() -> None:
    """ "starting in the next 6 weeks" is Term start (the Start time is no date); "run out in
    the next 60 days" asks for the window only, not the past too; "the next insp date" is Next
    insp, its "date" no Date column."""
    due = dt.date(2026, 12, 20)
    classes = table_from_grid(
        [["Class", "Start", "Term start", "Term end"], ["A", dt.time(9, 0), due, due]],
        number_formats=("General", "h:mm", "yyyy-mm-dd", "yyyy-mm-dd"),
    )
    assert read("classes starting in the next 6 weeks", classes)[0].code == "NextDays(c[2], 42)"
    contracts = table_from_grid([["Name", "Contract ends"], ["A", due]])
    assert read("contracts that run out in the next 60 days", contracts)[0].code == (
        "NextDays(c[1], 60)"
    )
    hives = table_from_grid([["Hive", "Date", "Next insp"], ["A", due, due]])
    assert read("colour the next insp date if it's due within the next 10 days", hives)[0].code == (
        "Columns(c[2], NextDays(c[2], 10))"
    )


def test_a_limit_beside_the_table_for_times_and_numbers_typed_as_text() -> None:
    """ "pick ups later than our late pick-up time" tests the time column, not the numbers;
    "brix below the min brix" reads numbers typed as text ("21") as numbers."""
    table = table_from_grid(
        [["Dog", "Pick-up", "Brix"], ["A", dt.time(18, 0), "21"], ["B", dt.time(17, 0), 23]],
        number_formats=("General", "h:mm", "General"),
        strings="stored",
    )
    beside = (((1, 6), "Late pick-up"), ((1, 7), 0.75), ((2, 6), "Min brix"), ((2, 7), 22))
    table = dataclasses.replace(table, sheet="Bookings", surroundings=beside)
    assert read("pick ups later than our late pick-up time", table)[0].code == (
        "GreaterThan(c[1], Bookings!$G$1)"
    )
    assert read("brix below the min brix", table)[0].code == (
        'Columns(c[2], =AND($C2<>"",--$C2<Bookings!$G$2))'
    )


def test_owing_is_the_balance_and_a_thing_said_whole_is_its_row() -> None:
    """ "owe more than they've paid" compares Balance with Paid; "- whole booking" is the row,
    as "whole row" is; "a month when …" is no month equal to 1."""
    table = table_from_grid([["Owner", "Paid", "Balance"], ["A", 50, 80], ["B", 90, 10]])
    assert read("owners who still owe more than they've paid us so far - whole booking", table)[
        0
    ].code == ("Rows($C2>$B2)")
    assert read("highlight a month when it's lower than the month before", MONTHS)[0].code == (
        'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2<B2))'
    )


def test_a_value_said_cut_short_where_only_one_value_fits() -> None:
    table = table_from_grid(
        [["Block", "Variety", "Brix"], ["A", "Chardonnay", 20], ["B", "Sauvignon Blanc", 22]]
    )
    assert read("chard or sauv blanc blocks with brix under 21 - whole row", table)[0].code == (
        "Rows(AND(OR(TextEquals(c[1], 'Chardonnay'), TextEquals(c[1], 'Sauvignon Blanc')), "
        "LessThan(c[2], 21)))"
    )


def test_a_header_said_before_a_noun_of_quantity_names_the_column_not_a_status() -> None:
    """ "counted qty" is the Counted column (its qty, not Sys Qty), "counted rows" the status."""
    table = table_from_grid(
        [["SKU", "Sys Qty", "Counted", "Status"], ["A", 5, 4, "Counted"], ["B", 3, 3, "Open"]]
    )
    assert read("counted qty doesn't match the system", table)[0].code == (
        'Columns(c[2], =AND($C2<>"",$B2<>"",$C2<>$B2))'
    )
    assert read("counted rows", table)[0].code == "Rows(TextEquals(c[3], 'Counted'))"


def test_due_dates_come_up_and_days_back_are_past() -> None:
    """ "due for counting in the next two weeks" is the due date, though "counting" names Last
    counted; "more than 90 days back" is 90 days ago."""
    day = dt.date(2026, 12, 10)
    aisles = table_from_grid([["Aisle", "Last counted", "Next due"], ["A", day, day]])
    assert read("aisles due for counting in the next two weeks", aisles)[0].code == (
        "NextDays(c[2], 14)"
    )
    users = table_from_grid([["User", "Last active"], ["A", day]])
    assert read("last active date more than 90 days back", users)[0].code == (
        'Columns(c[1], =AND($B2<>"",$B2<TODAY()-90))'
    )


def test_a_value_with_a_sign_between_its_words() -> None:
    table = table_from_grid([["Customer", "Qty"], ["Oak & Ivy", 600], ["Harbor Dental", 100]])
    assert read("Harbor Dental or Oak & Ivy orders", table)[0].code == (
        "Rows(OR(TextEquals(c[0], 'Harbor Dental'), TextEquals(c[0], 'Oak & Ivy')))"
    )


def test_blanks_said_beside_a_comparison_of_their_column_stay_plain() -> None:
    """A forum post's "if either month is empty, leave it alone" or "the empty cells got
    coloured too" says what the rule leaves out; "blank or under 3" is a test."""
    months = table_from_grid([["Op", "Jun", "Jul", "Aug"], ["A", 5, 4, None], ["B", 3, 6, 2]])
    said = "any month lower than the month before it red. If either month is empty, skip it"
    assert read(said, months)[0].code == 'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2<B2))'
    assert read("scores of 3 or less, but the empty cells got coloured too", months)[0].code == (
        "Columns(c[1]:c[3], LessThanEqual(3))"
    )
    assert "Blanks" in read("Jul blank or under 3", months)[0].code


def test_a_rank_word_describing_a_cell_or_column_is_no_rank() -> None:
    """Forum posts say what their cells hold: "our max load is in O2", "Q2 holds the minimum
    average", "N is the minimum we keep" describe a limit, not the largest or smallest value."""
    for said in ("I keep our max load in O2", "Q2 holds the minimum average",
                 "N is the minimum we keep", "the max draught for berth 4 is in C2"):  # fmt: skip
        tokens = tokens_of(said)
        kinds = [c.kind for c in describing_cells(tokens, [], cues_in(tokens))]
        assert "place" in kinds and not {"top", "bottom"} & set(kinds), said
    tokens = tokens_of("max load in each order")
    assert next(c.kind for c in describing_cells(tokens, [], cues_in(tokens))) == "top"


def test_sentences_end_where_users_end_them() -> None:
    assert sentence_starts("price is in column I. I want J red") == [0, 22]
    assert sentence_starts("rows where the foreman is M. Doyle and it rained") == [0]
    assert sentence_starts("the day before... colour it, e.g. 2.5 or more") == [0]


def test_a_test_in_a_sentence_that_only_sets_the_scene_is_not_part_of_the_rule() -> None:
    """ "V1 is the new van so I don't care about it" explains; the sentence that asks says the
    rule. A sentence that asks and points back ("those") keeps the others' tests."""
    runs = table_from_grid(
        [["Van", "Km", "Driver"], ["V1", 120, "Al"], ["V2", 130, "Bo"], ["V3", 90, "Cy"]]
    )
    said = "I want rows with Km over 100 highlighted. V1 is the new van so I don't care about it."
    assert read(said, runs)[0].code == "Rows(GreaterThan(c[1], 100))"
    pointed = "Some runs are by V1 or V2. Highlight those rows if Km is over 100."
    assert "V1" in read(pointed, runs)[0].code


def test_the_shade_of_a_colour_names_no_column() -> None:
    """ "shaded light blue": a Lights column is not what "light" names there."""
    day = dt.date(2026, 11, 28)
    table = table_from_grid([["Date", "Lights"], [day, "Y"], [day, "N"]])
    assert "c[1]" not in read("rows shaded light blue if the date is a weekend", table)[0].code
    assert read("lights on", table)[0].code == "TextEquals(c[1], 'Y')"


def test_an_average_a_few_plain_words_after_a_comparison_is_the_columns_average() -> None:
    table = table_from_grid([["Song", "Length"], ["A", 3], ["B", 5], ["C", 4]])
    for said in ("Length above the column's average", "longer than the average length",
                 "Length more than the overall avg"):  # fmt: skip
        assert read(said, table)[0].code == "AboveAverage(c[1])", said
    assert read("Length less than the mean", table)[0].code == "BelowAverage(c[1])"


def test_whose_average_over_a_block_is_each_cells_column_or_row() -> None:
    """ "below that month's average" over Jul … Sep: each cell against its own column's mean;
    "below the row's average": its row's; "below average" alone: the block's, as Excel's
    built-in rule; a "12" typed as text counts as 12."""
    grid: list[list[object]] = [["Rep", "Jul", "Aug", "Sep"], ["a", 5, 9, 3], ["b", 7, "8", 6]]
    table = table_from_grid([*grid, ["c", 1, 2, 9]], strings="stored")
    assert read("below that month's average", table)[0].code == (
        'Columns(c[1]:c[3], =AND(B2<>"",--B2<AVERAGE(B$2:B$4)))'
    )
    assert read("beat the row's average", table)[0].code == (
        'Columns(c[1]:c[3], =AND(B2<>"",--B2>AVERAGE($B2:$D2)))'
    )
    assert read("below average", table)[0].code == "Columns(c[1]:c[3], BelowAverage())"


def test_repeats_after_the_first_and_every_copy() -> None:
    table = table_from_grid([["Order", "Customer"], [1, "Al"], [2, "Bo"], [3, "Al"]])
    assert (
        read(
            "flag every order from a customer after their first one, any repeat order coloured",
            table,
        )[0].code
        == 'Columns(c[1], =AND($B2<>"",COUNTIF($B$2:$B2,$B2)>1))'
    )
    assert read("every copy of a repeated customer, not just the second one", table)[0].code == (
        "Duplicates(c[1])"
    )


def test_what_a_row_lacks_formats_the_row_and_an_empty_cell_beside_a_test_that_cell() -> None:
    """ "berths with no boat": the berth's row; "accepted but no room assigned yet": the empty
    Room cell; "accepted but not yet paid": a state of the row, so the row."""
    grid: list[list[object]] = [["Berth", "Boat", "Status", "Room", "Paid"]]
    grid += [["B1", "", "Accept", "", ""], ["B2", "Mako", "Accept", "12", "Y"]]
    grid += [["B3", "Skua", "Decline", "", "Y"]]
    table = table_from_grid(grid)
    assert read("berths with no boat", table)[0].code == "Rows(Blanks(c[1]))"
    assert read("accepted but no room assigned yet", table)[0].code == (
        "Columns(c[3], AND(TextEquals(c[2], 'Accept'), Blanks(c[3])))"
    )
    assert read("accepted but nothing in paid", table)[0].code.startswith("Rows(")


def test_the_whole_of_a_thing_the_row_stands_for_is_its_row() -> None:
    grid: list[list[object]] = [["Order", "Promised", "Collected"]]
    grid += [["A", dt.date(2026, 11, 2), dt.date(2026, 11, 9)], ["B", dt.date(2026, 11, 2), ""]]
    rule = read(
        "hilite the whole order if it got collected after the promised date", table_from_grid(grid)
    )
    assert rule[0].code.startswith("Rows(")


def test_a_test_said_to_range_over_listed_columns_is_read_over_each_of_them() -> None:
    grid: list[list[object]] = [["Ref", "Amt ($)", "Paid Amt", "Odo Out", "Odo In"]]
    grid += [["a", 250, 400, 54000, 56000], ["b", 900, 120, 12000, 12500]]
    table = table_from_grid(grid)
    assert read("any amount under $300 in the amt or paid amt columns", table)[0].code == (
        "Columns(c[1]:c[2], LessThan(300))"
    )
    assert read("readings over 55,000 in either odo column", table)[0].code == (
        "Columns(c[3]:c[4], GreaterThan(55000))"
    )


def test_a_word_said_in_one_form_of_several_the_cells_hold_is_searched_by_its_stem() -> None:
    grid: list[list[object]] = [["Batch", "Notes"], ["a", "edges scorched"], ["b", "scorching"]]
    grid += [["c", "fine"], ["d", "scorch marks on base"]]
    rule = read("notes mentioning scorching", table_from_grid(grid))[0].code
    assert rule == "TextContains(c[1], 'scorch')"
    diets = table_from_grid([["Event", "Dietary notes"], ["a", "nut allergy"], ["b", "vegan"]])
    assert read("any dietary note that mentions nuts", diets)[0].code == (
        "TextContains(c[1], 'nut')"
    )  # a short plural no cell holds: its singular


def test_either_of_two_words_said_with_or_is_searched_for() -> None:
    grid: list[list[object]] = [["Plot", "Notes"], ["a", "mildew on leaves"]]
    grid += [["b", "botrytis in bunches"], ["c", "fine"]]
    rule = read("notes that mention mildew or botrytis", table_from_grid(grid))[0].code
    assert rule == "Columns(c[1], OR(TextContains(c[1], 'mildew'), TextContains(c[1], 'botrytis')))"


def test_no_after_a_column_name_is_its_number_not_a_negation() -> None:
    grid: list[list[object]] = [["Name", "Reg No", "Meter"], ["Ann", "R1", "M1"]]
    grid += [["Bo", "R2", ""], ["Cy", "R1", "M2"]]
    table = table_from_grid(grid)
    assert read("any reg no that appears more than once", table)[0].code == "Duplicates(c[1])"
    assert read("rows with no meter", table)[0].code == "Rows(Blanks(c[2]))"


def test_a_month_typed_with_a_slip_is_still_the_month() -> None:
    grid: list[list[object]] = [["Block", "Picked"], ["a", dt.date(2026, 9, 3)]]
    grid += [["b", dt.date(2026, 10, 2)]]
    rule = read("pick dates in septmber", table_from_grid(grid))[0].code
    assert "MONTH($B2)=9" in rule
    assert [month_named(w) for w in ("ocotber", "member", "number")] == [10, None, None]


def test_a_dash_between_names_in_reverse_sheet_order_is_no_span() -> None:
    grid: list[list[object]] = [["Date", "Start", "Finish", "Run time"]]
    grid += [["d1", 18, 19, 1], ["d2", 9, 10, 1]]
    rule = read("evening runs - start over 17", table_from_grid(grid))[0].code
    assert rule == "GreaterThan(c[1], 17)"  # not the empty span Run time … Start


def test_done_finished_and_completed_are_one_word() -> None:
    grid: list[list[object]] = [["Job", "Target fix", "Completed"]]
    grid += [["a", dt.date(2026, 11, 2), dt.date(2026, 11, 9)], ["b", dt.date(2026, 11, 2), ""]]
    table = table_from_grid(grid)
    assert "$C2>$B2" in read("jobs finished after their target fix date", table)[0].code
    assert read("jobs not done yet", table)[0].code == "Blanks(c[2])"
    grid = [["Ref", "Amt Req ($)", "Amt Awarded ($)"], ["a", 100, 120], ["b", 100, 80]]
    rule = read("awarded more than they asked for", table_from_grid(grid))[0].code
    assert "$C2>$B2" in rule


def test_a_share_of_a_column_named_a_few_words_on() -> None:
    grid: list[list[object]] = [["Show", "Sold", "Comps"], ["a", 100, 20], ["b", 200, 5]]
    rule = read("comps more than 10% of the tickets we sold", table_from_grid(grid))[0].code
    assert "$C2>$B2*0.1" in rule


def test_a_lettered_series_number_alone_names_its_column() -> None:
    grid: list[list[object]] = [["Handle", "Rtg W44", "Rtg W45", "Rtg W46"]]
    grid += [["a", 1.1, 1.0, 0.9], ["b", 0.8, 0.9, 1.2]]
    rule = read("players whose W46 rating is lower than their W44 one", table_from_grid(grid))
    assert "$D2<$B2" in rule[0].code


def test_each_ranges_over_a_block_the_request_does_not_name() -> None:
    """ "each subject" and "each property" name no column: the block of like number columns,
    without the one the request denies; "the three recount columns" keeps three."""
    grid: list[list[object]] = [["Student", "Maths (Jun)", "Maths", "English", "Biology", "Tutor"]]
    grid += [["a", 50, 70, 60, 40, "JK"], ["b", 90, 60, 80, 45, "LM"], ["c", 40, 65, 85, 30, "JK"]]
    table = table_from_grid(grid)
    assert read("highest mark in each subject, not the june maths", table)[0].code == (
        "Columns(c[2]:c[4], =AND(ISNUMBER(C2),C2>=LARGE(C$2:C$4,1)))"
    )
    grid = [["Month", "Oak St", "Mill Ln", "Cabin"], ["Jan", 5, 7, 1], ["Feb", 6, 2, 3]]
    assert read("highest month for each property", table_from_grid(grid))[0].code == (
        "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$3,1)))"
    )
    grid = [["Bin", "1st", "2nd", "3rd", "Agreed"], ["A1", 5, 6, 5, 5], ["A2", 9, 8, 9, 9]]
    assert (
        read("highest value in each of the three recount columns", table_from_grid(grid))[0].code
        == "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$3,1)))"
    )


def test_a_date_test_each_listed_date_column_takes() -> None:
    """ "licence or medical expired" tests both dates: their cells where the request marks
    dates, any of them where it asks about the rows' things."""
    grid: list[list[object]] = [["Pilot", "Licence exp.", "Medical due", "Hrs"]]
    grid += [["a", dt.date(2026, 1, 1), dt.date(2027, 1, 1), 5]]
    grid += [["b", dt.date(2027, 3, 1), dt.date(2026, 2, 1), 7]]
    table = table_from_grid(grid)
    assert read("licence or medical already expired? mark those dates", table)[0].code == (
        "Columns(c[1]:c[2], BeforeToday())"
    )
    assert read("pilots whose licence or medical has expired", table)[0].code == (
        "Rows(OR(BeforeToday(c[1]), BeforeToday(c[2])))"
    )
    assert read("licence or medical expired, highlight the pilot", table)[0].code == (
        "Columns(c[0], OR(BeforeToday(c[1]), BeforeToday(c[2])))"
    )


def test_a_block_the_request_counts_without_naming_it() -> None:
    """ "all five judges", "all four inspections": the one series of that many number columns
    (brackets aside: J1 (Ana) … J3 (Cy)); "rows where all ..." counts the row's cells."""
    grid: list[list[object]] = [["Team", "Members", "J1 (Ana)", "J2 (Bo)", "J3 (Cy)", "Total"]]
    grid += [["a", 3, 7, 8, 9, 24], ["b", 4, 6, 9, 9, 24], ["c", 2, 9, 9, 7, 25]]
    table = table_from_grid(grid)
    assert read("rows where all three judges gave 7 or more", table)[0].code == (
        'Rows(=COUNTIF($C2:$E2,">=7")=3)'
    )
    assert read("scores under 7 in the three judge columns", table)[0].code == (
        "Columns(c[2]:c[4], LessThan(7))"
    )


def test_a_word_for_how_often_qualifies_the_name_after_it() -> None:
    """ "its weekly target" is the target column, not the weeks the word "weekly" names."""
    grid: list[list[object]] = [["Store", "Wk 45", "Wk 46", "Wk 47", "Target (kg)"]]
    grid += [["a", 7, 8, 9, 8], ["b", 6, 9, 9, 7]]
    assert (
        read("red for any week a store came in under its weekly target", table_from_grid(grid))[
            0
        ].code
        == 'Columns(c[1]:c[3], =AND(B2<>"",B2<$E2))'
    )


def test_columns_named_by_what_they_hold() -> None:
    """ "spent" is Actual cost, "billed" the Invoice, "worth" the Value, "the room holds" its
    Capacity, "promised" Pledged; a word a header has itself ("paid" for Paid) stays its own."""
    grid: list[list[object]] = [
        ["Job", "Quote £", "Actual cost £", "Value £", "Invoice £", "Room", "People", "Capacity"],
        ["a", 100, 120, 90, 95, "Oak", 12, 10],
        ["b", 200, 150, 210, 230, "Elm", 4, 8],
    ]
    table = table_from_grid(grid)
    assert read("jobs where we spent more than we quoted, whole row", table)[0].code == (
        "Rows($C2>$B2)"
    )
    assert read("billed more than the order was worth? colour the invoice", table)[0].code == (
        "Columns(c[4], $E2>$D2)"
    )
    assert read("more people than the room holds, whole row", table)[0].code == "Rows($G2>$H2)"
    grid = [["Runner", "Pledged £", "Raised £"], ["a", 100, 50], ["b", 50, 80]]
    assert (
        read("raised less than they promised - the whole row", table_from_grid(grid))[0].code
        == 'Rows(=AND($C2<>"",$C2<$B2))'
    )


def test_at_or_below_is_at_most() -> None:
    grid: list[list[object]] = [["Part", "On hand", "Reorder at"], ["a", 3, 5], ["b", 9, 5]]
    assert (
        read("on hand at or below its reorder level, colour the row", table_from_grid(grid))[0].code
        == 'Rows(=AND($B2<>"",$B2<=$C2))'
    )


def test_a_list_is_the_subjects_own_not_an_earlier_mention() -> None:
    """ "column K is the deposit ... deposits that are more than 15% of the quote": the list
    "installs, column K" earlier in the post does not make Install a subject."""
    grid: list[list[object]] = [["Job", "Install", "Quote ($)", "Deposit ($)"]]
    grid += [["a", dt.date(2026, 1, 5), 1000, 200], ["b", dt.date(2026, 2, 5), 1000, 100]]
    text = (
        "On installs, column D is the deposit and column C the quote. I want deposits that are"
        " more than 15% of the quote highlighted."
    )
    assert read(text, table_from_grid(grid))[0].code == (
        'Columns(c[3], =AND($C2<>"",$D2>$C2*0.15))'
    )


def test_a_formula_the_post_tried_is_not_a_test() -> None:
    """ "I tried =C2>B2 but ..." says what did not work; the ask is the sentence before."""
    grid: list[list[object]] = [["Job", "Quote ($)", "Charged ($)"], ["a", 100, 120]]
    grid += [["b", 200, 150]]
    text = (
        "I'd like the Charged cell to turn orange whenever we charged more than the quote."
        " I tried =C2>B2 but I'm not sure it copes with text."
    )
    assert read(text, table_from_grid(grid))[0].code == "Columns(c[2], $C2>$B2)"


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("staff aged under 21, mark the name", "Columns(c[0], =AND(ISNUMBER($B2),$B2>BORN(252)))"),
        ("anyone younger than 12 today", "Columns(c[1], =AND(ISNUMBER($B2),$B2>BORN(144)))"),
        ("highlight the DOB of the under 5s", "Columns(c[1], =AND(ISNUMBER($B2),$B2>BORN(60)))"),
        ("members 50 or older, whole row", "Rows(=AND(ISNUMBER($B2),$B2<=BORN(600)))"),
        ("over 8 years old? colour the DOB", "Columns(c[1], =AND(ISNUMBER($B2),$B2<BORN(96)))"),
        ("still under 18? colour the name", "Columns(c[0], =AND(ISNUMBER($B2),$B2>BORN(216)))"),
    ],
)  # fmt: skip
def test_ages_are_tests_of_the_date_of_birth(request_text: str, rule: str) -> None:
    """Under N in whole years: born after the same day N years ago (DATEDIF's "y")."""
    grid: list[list[object]] = [["Name", "DOB", "Hours"], ["a", dt.date(2010, 5, 1), 30]]
    grid += [["b", dt.date(1970, 5, 1), 20]]
    born = re.sub(r"BORN\((\d+)\)", r"EDATE(TODAY(),-\1)", rule)  # N months before today
    assert read(request_text, table_from_grid(grid))[0].code == born


def test_rank_words_that_are_headers_and_two_limits_on_a_list() -> None:
    """ "min" and "max" name Min °C and Max °C, not the smallest and largest; in "below 2 or
    above 8" the "or above" starts a test of its own, over the columns listed before."""
    grid: list[list[object]] = [["Date", "Min °C", "Max °C", "By"]]
    grid += [[dt.date(2026, 11, 1), 1.5, 6, "A"], [dt.date(2026, 11, 2), 3, 9, "B"]]
    grid += [[dt.date(2026, 11, 3), 3, 7, "C"]]
    table = table_from_grid(grid)
    assert (
        read("any day the min went under 2 or the max went over 8, whole row", table)[0].code
        == "Rows(OR(LessThan(c[1], 2), GreaterThan(c[2], 8)))"
    )
    assert read("any min or max reading below 2 or above 8", table)[0].code == (
        "Columns(c[1]:c[2], OR(LessThan(2), GreaterThan(8)))"
    )


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("make any fob number that's been given to two people show up red", "Duplicates(c[1])"),
        ("mark the fobs which are used two times", "Columns(c[1], Duplicates(c[1]))"),
        ("highlight any fob that's shared", "Duplicates(c[1])"),
        ("rows where the member name or the fob is empty", "Rows(OR(Blanks(c[0]), Blanks(c[1])))"),
    ],
)
def test_repeats_said_as_sharing_and_a_list_past_a_name_noun(request_text: str, rule: str) -> None:
    grid: list[list[object]] = [["Member", "Fob", "Joined"], ["a", 11, 2020], ["b", 11, 2021]]
    grid += [[None, 12, 2022], ["d", None, 2023]]
    assert read(request_text, table_from_grid(grid))[0].code == rule


def test_a_rank_orders_the_noun_said_right_after_it() -> None:
    """ "bills ... (blank for jobs that aren't finished) ... the five biggest bills": Bill,
    not the Done date named in between; "Mill Ln's three highest months" stays Mill Ln's."""
    grid: list[list[object]] = [["Job", "Done", "Bill", "Quote"]]
    grid += [["a", dt.date(2026, 11, 1), 100, 90], ["b", None, None, 80]]
    grid += [["c", dt.date(2026, 11, 3), 300, 20]]
    text = "Bills are blank for jobs that aren't finished. Highlight the two biggest bills."
    assert read(text, table_from_grid(grid))[0].code == "Top(c[2], 2)"
    grid = [["Month", "Oak St", "Mill Ln"], ["Jan", 5, 7], ["Feb", 6, 2], ["Mar", 1, 9]]
    assert read("Mill Ln's two highest months", table_from_grid(grid))[0].code == "Top(c[2], 2)"


def test_quoted_text_is_searched_for_in_the_column_that_holds_it() -> None:
    """ "anything with 'Ltd' in the Booked by name"; a quoted label with a test word inside
    ("may contain") is not a search of its own."""
    grid: list[list[object]] = [["Ref", "Booked by", "Strength"], [1, "Acme Ltd", "5 mg"]]
    grid += [[2, "J. Smith", "50 mcg"], [3, "Bolt ltd", "10 mg"]]
    table = table_from_grid(grid)
    assert (
        read("anything with 'Ltd' in the Booked by name - colour the Booked by cell", table)[0].code
        == "Columns(c[1], TextContains(c[1], 'ltd'))"
    )
    assert read("every strength given in micrograms ('mcg')", table)[0].code == (
        "TextContains(c[2], 'mcg')"
    )
    farms = table_from_grid([["Ref", "Customer"], [1, "Ashcroft Farm"], [2, "Lee Garage"]])
    assert read("customers with 'Farm' in the name", farms)[0].code.endswith(
        "TextContains(c[1], 'farm')"
    )  # a quoted piece of a cell, not the one cell whose name ends in it


def test_a_fraction_of_what_a_clause_names() -> None:
    """ "less than a third of what they made in June": the column named a few words on."""
    grid: list[list[object]] = [["Site", "Jun", "Nov"], ["a", 90, 20], ["b", 90, 40]]
    assert (
        read(
            "sites whose Nov output was under a third of what they made in June - mark the site",
            table_from_grid(grid),
        )[0].code
        == 'Columns(c[0], =AND($C2<>"",$B2<>"",$C2<$B2*0.3333333333))'
    )


def test_a_comparison_qualified_by_the_column_it_is_in() -> None:
    """ "worked more than their contracted hours in week 48": Wk 48 against Contract hrs."""
    grid: list[list[object]] = [["Name", "Wk 47", "Wk 48", "Contract hrs"]]
    grid += [["a", 30, 40, 37], ["b", 40, 30, 37]]
    assert (
        read(
            "Who worked more than their contracted hours in week 48? Just highlight their names.",
            table_from_grid(grid),
        )[0].code
        == "Columns(c[0], $C2>$D2)"
    )


def test_a_not_before_the_norm_word_and_outside_a_value() -> None:
    """ "anyone who hasn't got the C1 licence shouldn't be driving": the "hasn't" is a test (the
    norm is "shouldn't", after it); "members outside Acme" are the other members."""
    grid: list[list[object]] = [["Name", "Role", "C1 licence", "Company"]]
    grid += [["a", "Driver", "Yes", "Acme"], ["b", "Driver", "No", "Bolt"]]
    table = table_from_grid(grid)
    text = "Any driver who hasn't got the C1 licence shouldn't be driving. Flag their rows."
    assert read(text, table)[0].code == (
        "Rows(AND(TextEquals(c[1], 'Driver'), NOT(TextEquals(c[2], 'Yes'))))"
    )
    assert read("members outside Acme - flag the row", table)[0].code == (
        "Rows(NOT(TextEquals(c[3], 'Acme')))"
    )


def test_lengths_of_time_in_minutes() -> None:
    """ "gun time minus chip time more than 4 min" on [h]:mm:ss lengths; "any split that took
    longer than 12 minutes" over a block of mm:ss splits."""
    grid: list[list[object]] = [["Runner", "Gun time", "Chip time"], ["a", 0.04, 0.036]]
    grid += [["b", 0.04, 0.039]]
    table = dataclasses.replace(
        table_from_grid(grid), number_formats=("General", "[h]:mm:ss", "[h]:mm:ss")
    )
    assert (
        read("gun time minus chip time more than 4 min - highlight gun time", table)[0].code
        == "Columns(c[1], =AND(ISNUMBER($B2),ISNUMBER($C2),($B2-$C2)*1440>4))"
    )
    grid = [["Runner", "0-2k", "2-4k", "4-6k"], ["a", 11 / 1440, 13 / 1440, None]]
    grid += [["b", 10 / 1440, 12 / 1440, 14 / 1440]]
    shown = ("General", "mm:ss", "mm:ss", "mm:ss")
    splits = dataclasses.replace(table_from_grid(grid), number_formats=shown)
    assert read("any split that took longer than 12 minutes", splits)[0].code == (
        "Columns(c[1]:c[3], =AND(ISNUMBER(B2),ROUND(B2*1440,2)>12))"
    )


def test_a_formula_quoted_anywhere_and_the_word_table() -> None:
    """A formula a post quotes without "tried" is no test either; "table B1:D3" names no
    Tablet."""
    grid: list[list[object]] = [["Kiln", "By", "Type"], [1, "Sam", "Raku"], [2, "Ines", "Bisque"]]
    grid += [[3, "Jo", "Raku"], [4, "Sam", "Tablet"]]
    table = table_from_grid(grid)
    text = (
        "I'm trying to highlight the rows where Sam or Ines did a Raku firing."
        ' =AND(OR(B2="Sam",B2="Ines"),C2="Raku") works in a cell but not for the whole row.'
    )
    assert read(text, table)[0].code == (
        "Rows(AND(OR(TextEquals(c[1], 'Sam'), TextEquals(c[1], 'Ines')), TextEquals(c[2], 'Raku')))"
    )
    assert read("In table A1:C5, whole rows where the type is Raku", table)[0].code == (
        "Rows(TextEquals(c[2], 'Raku'))"
    )


def test_a_limit_columns_figure_where_the_request_names_none() -> None:
    """ "CD items below reorder level": On hand, the number column left of Reorder lvl; a CD
    column of "CD" marks holds the value said."""
    grid: list[list[object]] = [["Item", "On hand", "Reorder lvl", "CD"], ["a", 3, 5, "CD"]]
    grid += [["b", 9, 5, None], ["c", 2, 5, None]]
    assert (
        read("CD items that are below reorder level - whole row", table_from_grid(grid))[0].code
        == "Rows(AND(TextEquals(c[3], 'CD'), =AND($B2<>\"\",$B2<$C2)))"
    )


def test_the_warmest_and_coldest_are_ranks() -> None:
    grid: list[list[object]] = [["Day", "Min", "Max"], ["a", 1, 9], ["b", 2, 7], ["c", 3, 8]]
    assert read("the 2 warmest max readings", table_from_grid(grid))[0].code == "Top(c[2], 2)"
    assert read("the coldest min reading", table_from_grid(grid))[0].code == "Bottom(c[1], 1)"


def test_a_list_of_names_each_with_its_letter() -> None:
    """ "either 'Booked by' (C) or 'Catering' (D) left empty": a name and its letter are one
    item of the list."""
    grid: list[list[object]] = [["Ref", "Room", "Booked by", "Catering"], [1, "Oak", None, "Y"]]
    grid += [[2, "Elm", "Jo", None], [3, "Ash", "Al", "N"]]
    text = "Some bookings were saved with either 'Booked by' (C) or 'Catering' (D) left empty."
    assert read(text + " Could those rows be highlighted?", table_from_grid(grid))[0].code == (
        "Rows(OR(Blanks(c[2]), Blanks(c[3])))"
    )


def test_a_test_made_by_its_own_no_is_not_denied_again() -> None:
    """ "orders that never arrived (no arrived date)": the "no" makes the blank test; the
    "never" before it does not turn it round."""
    grid: list[list[object]] = [["Ref", "Ordered", "Arrived"]]
    grid += [[1, dt.date(2026, 11, 1), None], [2, dt.date(2026, 11, 2), dt.date(2026, 11, 9)]]
    assert (
        read("orders that never arrived (no arrived date) - whole row", table_from_grid(grid))[
            0
        ].code
        == "Rows(Blanks(c[2]))"
    )


def test_any_period_of_a_block_quantifies_it() -> None:
    """ "any week where they swam fewer than the week before": a quantifier over Wk 1 … Wk 3,
    not "weeks above 0"."""
    grid: list[list[object]] = [["Pupil", "Wk 1", "Wk 2", "Wk 3"], ["a", 5, 4, 6], ["b", 3, 5, 2]]
    assert (
        read("any week where they swam fewer than the week before", table_from_grid(grid))[0].code
        == 'Columns(c[2]:c[3], =AND(C2<>"",B2<>"",C2<B2))'
    )


def test_a_unit_named_after_the_number_is_not_the_subject() -> None:
    """ "any month where a member clocked more than 150 desk hours": the months, not Plan hrs
    (which the unit "hours" names)."""
    grid: list[list[object]] = [["Member", "Jun", "Jul", "Aug", "Plan hrs"]]
    grid += [["Ann", 160, 100, 90, 120], ["Bo", 90, 155, 70, 140]]
    assert (
        read("Any month where a member clocked more than 150 desk hours.", table_from_grid(grid))[
            0
        ].code
        == "Columns(c[1]:c[3], GreaterThan(150))"
    )


def test_money_lost_and_the_month_before_over_an_unnamed_series() -> None:
    """ "the jobs we lost money on": Cost over Price; "cost us more than we charged" the same;
    "any month that's lower than the month before it" over Jul … Oct."""
    grid: list[list[object]] = [["Job", "Price ($)", "Cost ($)"], ["a", 100, 120], ["b", 90, 50]]
    table = table_from_grid(grid)
    assert read("Show me the jobs we lost money on. Whole line in red.", table)[0].code == (
        "Rows($C2>$B2)"
    )
    assert read("jobs where it cost us more than we charged - whole line", table)[0].code == (
        "Rows($C2>$B2)"
    )
    grid = [["Tech", "Jul", "Aug", "Sep", "Oct", "Target"], ["a", 5, 4, 6, 2, 5]]
    grid += [["b", 3, 5, 2, 4, 5]]
    text = "shade any month thats lower than the month before it. jul has nothing before it"
    assert read(text, table_from_grid(grid))[0].code == (
        'Columns(c[2]:c[4], =AND(C2<>"",B2<>"",C2<B2))'
    )


def test_a_cap_heads_its_phrase_and_a_months_column() -> None:
    """ "over their hours cap in November" beside Hours (Nov) and Max hrs: Hours (Nov) over
    Max hrs, no November date test; "more then" is "more than"."""
    grid: list[list[object]] = [["Driver", "Born", "Hours (Nov)", "Max hrs", "Fare", "Tip"]]
    grid += [["a", dt.date(1980, 1, 2), 200, 180, 10, 3]]
    grid += [["b", dt.date(1975, 3, 4), 150, 180, 10, 1]]
    table = table_from_grid(grid)
    assert (
        read("Drivers who went over their hours cap in November, whole row", table)[0].code
        == "Rows($C2>$D2)"
    )
    assert read("tip more then 20% of the fare -> green tip cell", table)[0].code == (
        'Columns(c[5], =AND($E2<>"",$F2>$E2*0.2))'
    )


def test_money_said_beside_a_price_and_a_cost_is_the_price() -> None:
    grid: list[list[object]] = [["Job", "Visits", "Price ($)", "Cost ($)", "PAID?"]]
    grid += [["a", 2, 250, 120, "N"], ["b", 1, 150, 90, "Y"]]
    assert read("jobs over $200, whole row", table_from_grid(grid))[0].code == (
        "Rows(GreaterThan(c[2], 200))"
    )


def test_a_person_said_by_first_name() -> None:
    """ "done by Shona or Marek": the one full name each first name begins; "Motor" is no
    Motor collision (no name), "anything Messiah" no Messiah choruses."""
    grid: list[list[object]] = [["Job", "Tech", "Type", "Price"]]
    grid += [["a", "Shona Reid", "Motor collision", 400], ["b", "Marek Zielinski", "Fire", 200]]
    grid += [["c", "Ann Lee", "Motor theft", 500]]
    table = table_from_grid(grid)
    assert read("Anything over 300 done by Shona or Marek - mark the rows", table)[0].code == (
        "Rows(AND(GreaterThan(c[3], 300), "
        "OR(TextEquals(c[1], 'Shona Reid'), TextEquals(c[1], 'Marek Zielinski'))))"
    )
    lead = table_from_grid([["Ward", "Lead", "Doors"], ["N", "Joel T", 300], ["S", "Sam K", 90]])
    assert read("Joel's sessions", lead)[0].code.endswith("TextEquals(c[1], 'Joel T'))")


def test_people_by_surname_and_by_first_name_as_owners() -> None:
    """ "the cash-ups for Haddad and Mensah … their cash jobs" (a sentence that points back is
    part of the ask), "kay's or raj's students w/ negative balance" ("w/" is with, no list)."""
    grid: list[list[object]] = [["Trip", "Driver", "Pay", "Tutor", "Balance"]]
    grid += [
        ["T1", "A. Haddad", "Cash", "Kay Brennan", -5],
        ["T2", "C. Mensah", "Card", "Raj Menon", 3],
    ]
    grid += [["T3", "D. Flores", "Cash", "Tom Ashby", -2]]
    table = table_from_grid(grid)
    said = "I need to check the cash-ups for Haddad and Mensah. Colour the rows of their cash jobs."
    assert read(said, table)[0].code == (
        "Rows(AND(OR(TextEquals(c[1], 'A. Haddad'), TextEquals(c[1], 'C. Mensah')), "
        "TextEquals(c[2], 'Cash')))"
    )
    jobs = table_from_grid([["Job", "Invoice date"], ["a", "2026-01-02"], ["b", ""]])
    assert read("jobs w/o an invoice date, whole row", jobs)[0].code == "Rows(Blanks(c[1]))"
    assert read("kay's or raj's trips w/ negative balance -> whole row", table)[0].code == (
        "Rows(AND(OR(TextEquals(c[3], 'Kay Brennan'), TextEquals(c[3], 'Raj Menon')), "
        "LessThan(c[4], 0)))"
    )


def test_a_tested_column_named_with_cell_is_the_one_formatted() -> None:
    """ "claimed minus reserve more than 1k -> reserve cell orange": the reserve, and numbers
    typed as text are guarded as numbers (ISNUMBER(--…))."""
    grid: list[list[object]] = [["Claim", "Claimed ($)", "Reserve ($)"]]
    grid += [["a", 5000, 1000], ["b", "4000", 3500], ["c", 900, 100]]
    table = table_from_grid(grid, strings="stored")
    code = read("claimed minus reserve more than 1k -> reserve cell orange", table)
    assert code[0].code == ("Columns(c[2], =AND(ISNUMBER(--$B2),ISNUMBER($C2),(--$B2-$C2)>1000))")


def test_rows_that_a_request_describes_are_not_what_it_formats() -> None:
    """ "Some rows have the booster date earlier than the last vacc. date … highlight those J
    cells": the rows are what is wrong, the J cells what to format; rows asked for are rows."""
    grid: list[list[object]] = [["Pet", "Last vacc.", "Booster due"]]
    grid += [["Rex", "2026-03-01", "2026-02-01"], ["Tib", "2026-03-01", "2027-03-01"]]
    table = table_from_grid(grid)
    described = "Some rows have the booster due earlier than the last vacc., mark those C cells"
    assert read(described, table)[0].code.startswith("Columns(c[2], ")
    asked = "Highlight the rows that have the booster due earlier than the last vacc. in C"
    assert read(asked, table)[0].code.startswith("Rows(")


def test_a_clause_of_purpose_is_no_test() -> None:
    """ "… flag it so Jo can ring them": why the user asks, not what to format (Jo is no
    Tech to test); a request made only of such a clause is still read."""
    grid: list[list[object]] = [["Job", "Result", "Follow-up", "Tech"]]
    grid += [
        ["a", "Re-treat", "", "Jo"],
        ["b", "Re-treat", "2026-12-04", "Sam"],
        ["c", "Clear", "", "Jo"],
    ]
    table = table_from_grid(grid)
    said = "Anything marked Re-treat with no follow-up date booked, flag it so Jo can ring them."
    assert read(said, table)[0].code == "Rows(AND(TextEquals(c[1], 'Re-treat'), Blanks(c[2])))"
    unsaid = "Anything marked Re-treat with no follow-up date booked, flag it."
    assert read(said, table)[0].score >= read(unsaid, table)[0].score  # the purpose is read
    assert "TextEquals(c[3], 'Jo')" in read("so Jo can ring them", table)[0].code


def test_what_the_user_tried_is_no_test() -> None:
    """ "I tried =AND(P5<>"Completed",I5>=0.9) but it picks up the declined ones as well": the
    formula's values and what it wrongly picked up are not the rule; "skip the ones who are
    deferred" is a denial."""
    grid: list[list[object]] = [["Case", "LTV", "Status", "Deferred?", "Email"]]
    grid += [["a", 0.95, "Completed", "N", ""], ["b", 0.92, "Declined", "Y", "x@y"]]
    grid += [["c", 0.91, "Open", "N", ""]]
    table = table_from_grid(grid)
    said = (
        "I need every case that is NOT Completed and NOT Declined with an LTV of 90% or more. "
        'I tried =AND(C2<>"Completed",B2>=0.9) but it picks up the declined ones as well. '
        "Whole row please."
    )
    assert read(said, table)[0].code == (
        "Rows(AND(NOT(TextEquals(c[2], 'Completed')), NOT(TextEquals(c[2], 'Declined')), "
        "GreaterThanEqual(c[1], 0.9)))"
    )
    said = "flag the row of every case we have no email for, but skip the ones who are deferred"
    assert read(said, table)[0].code == ("Rows(AND(Blanks(c[4]), NOT(TextEquals(c[3], 'Y'))))")


def test_faster_on_times_is_less_time() -> None:
    """ "lap 2 slower than lap 1", "his quickest lap" on lap times; on a speed, faster is more;
    "the two slowest days — fewest houses" is about a count."""
    laps = table_from_grid([["Driver", "Lap 1", "Lap 2"], ["Ann", 41.2, 40.1], ["Bo", 42.0, 43.5]])
    assert read("lap 2 slower than lap 1? colour lap 2", laps)[0].code == ("Columns(c[2], $C2>$B2)")
    assert read("the quickest lap 1", laps)[0].code == "Bottom(c[1], 1)"
    speeds = table_from_grid([["Car", "Speed (km/h)"], ["a", 120], ["b", 140]])
    assert read("the fastest speed", speeds)[0].code == "Top(c[1], 1)"
    houses = table_from_grid([["Day", "Houses"], ["Mon", 30], ["Tue", 12], ["Wed", 25]])
    assert read("our slowest day - fewest houses", houses)[0].code.startswith("Bottom(c[1], 1)")


def test_a_rank_that_is_the_rows_own_is_per_row() -> None:
    """ "For each learner, highlight their best mock result": the best of the row's mocks."""
    mocks = table_from_grid(
        [["Learner", "Mock 1", "Mock 2", "Mock 3"], ["Ann", 0.5, 0.7, 0.6], ["Bo", 0.8, 0.6, 0.8]]
    )
    assert read("For each learner, highlight their best mock result.", mocks)[0].code == (
        'Columns(c[1]:c[3], =AND(B2<>"",B2=MAX($B2:$D2)))'
    )


def test_a_column_said_to_turn_a_colour_is_the_one_formatted() -> None:
    """ "Can the adviser's name go amber whenever any of their Jul-Nov cells is empty?": the
    name, for a gap anywhere in its row; "(both filled in)" names no cells to format."""
    grid: list[list[object]] = [["Adviser", "Jul", "Aug", "Sep"], ["Ann", 3, "", 4]]
    grid += [["Bo", 2, 5, 6]]
    table = table_from_grid(grid)
    said = "Can the adviser's name go amber whenever any of their Jul-Sep cells is empty?"
    assert read(said, table)[0].code == "Columns(c[0], =COUNTBLANK($B2:$D2)>0)"
    said = "I'd like the Aug cell highlighted when it is more than Jul"
    assert read(said, table)[0].code.startswith("Columns(c[2], ")


def test_a_blank_said_inside_another_test_is_no_test_of_its_own() -> None:
    """ "certificate isn't Valid (that includes ones where nothing has been entered)" and
    "nothing has been filled in under delivered" are one test each."""
    grid: list[list[object]] = [["Lift", "Type", "Cert", "Driver", "Delivered"]]
    grid += [["a", "Passenger", "Valid", "Ravi", ""], ["b", "Passenger", "", "Ravi", "10:00"]]
    grid += [["c", "Goods", "Expired", "Ann", ""]]
    table = table_from_grid(grid)
    said = (
        "highlight the whole row for every passenger lift whose cert isn't Valid "
        "(that includes ones where nothing has been entered)"
    )
    assert read(said, table)[0].code == (
        "Rows(AND(TextEquals(c[1], 'Passenger'), NOT(TextEquals(c[2], 'Valid'))))"
    )
    said = "Ravi's deliveries: nothing has been filled in under delivered. Whole row."
    assert read(said, table)[0].code == "Rows(AND(TextEquals(c[3], 'Ravi'), Blanks(c[4])))"


def test_a_figure_over_the_weeks_of_a_block_is_their_total() -> None:
    """ "made more than $3,000 over the five weeks" sums the weeks; "practice over the three
    weeks adds up to …" is no comparison of weeks; "averaging above 30 over …" averages."""
    grid: list[list[object]] = [["Machine", "W44", "W45", "W46"], ["a", 900, 1200, 1100]]
    grid += [["b", 2000, 100, 50]]
    table = table_from_grid(grid)
    said = "Machines that made more than $3,000 over the three weeks - highlight the row."
    assert read(said, table)[0].code == "Rows(=SUM($B2:$D2)>3000)"
    said = "machines whose takings over the three weeks add up to less than 2,500 - whole row"
    assert read(said, table)[0].code == "Rows(=SUM($B2:$D2)<2500)"
    said = "machines averaging above 1000 over the three weeks -> whole row"
    assert "AVERAGE(" in read(said, table)[0].code


def test_a_rank_of_the_rows_own_figure_ranks_that_figure() -> None:
    """ "Our five biggest orders: highlight their prices", "top 2 race winners: highlight
    their wins": the figure said as theirs is ranked, not the column the noun names."""
    grid: list[list[object]] = [["Order no", "Ordered", "Races", "Wins", "Price"]]
    grid += [[1, "2026-11-01", 5, 1, 30], [2, "2026-11-02", 9, 4, 80], [3, "2026-11-03", 7, 6, 50]]
    table = table_from_grid(grid)
    assert read("Our two biggest orders: highlight their prices.", table)[0].code == (
        "Columns(c[4], Top(c[4], 2))"
    )
    assert read("Our top 2 race winners: highlight their wins.", table)[0].code == (
        "Columns(c[3], Top(c[3], 2))"
    )


def test_repeats_are_looked_for_in_the_column_formatted() -> None:
    """ "Highlight the customers who have bought from us more than once" (not the instrument),
    "some children are on the register twice … highlight their names"."""
    grid: list[list[object]] = [["Student", "Instrument", "Customer"], ["Ann", "Flute", "Kay"]]
    grid += [["Bo", "Flute", "Lee"], ["Ann", "Voice", "Kay"]]
    table = table_from_grid(grid)
    said = "Highlight the customers who have bought from us more than once."
    assert read(said, table)[0].code == "Columns(c[2], Duplicates(c[2]))"
    said = "Some children are on the register twice. Highlight their names."
    assert read(said, table)[0].code == "Columns(c[0], Duplicates(c[0]))"


def test_a_blank_said_beside_a_rank_is_no_test() -> None:
    """ "the 2 lowest marks? One mark is still blank": ranks leave blanks out anyway."""
    marks = table_from_grid([["Pupil", "Mark"], ["a", 40], ["b", ""], ["c", 70], ["d", 55]])
    said = "How do I highlight the 2 lowest marks? One mark is still blank."
    assert read(said, marks)[0].code == "Bottom(c[1], 2)"


def test_a_cell_the_request_says_what_it_holds() -> None:
    """ "S4 holds the maximum height … above that limit", "E2 holds the cut-off … below the
    cut-off": the cell, though the sheet labels it otherwise ("Max ht w/o design (m)")."""
    grid: list[list[object]] = [["Job", "Height"], ["a", 12], ["b", 20], ["c", 19]]
    table = dataclasses.replace(
        table_from_grid(grid),
        sheet="Hires",
        surroundings=(
            ((1, 5), "Max ht w/o design (m)"),
            ((1, 6), 18),
            ((2, 5), "Floor"),
            ((2, 6), 13),
        ),
    )
    said = "F1 holds the maximum height allowed. I need the heights above that limit in red."
    assert read(said, table)[0].code == "GreaterThan(c[1], Hires!$F$1)"
    said = "F2 holds the low-rise cut-off (13). Colour the heights below the cut-off green."
    assert read(said, table)[0].code == "Columns(c[1], LessThan(c[1], Hires!$F$2))"


def test_a_list_of_values_after_other_than_is_denied() -> None:
    """ "zone is anything other than B or C" (B and C are zones, not columns B and C);
    "waiting since before 2026" reads the table's one date column."""
    grid: list[list[object]] = [["Permit", "Zone", "Type", "Added"]]
    grid += [
        ["p1", "A", "Business", dt.date(2025, 3, 1)],
        ["p2", "B", "Business", dt.date(2026, 2, 1)],
    ]
    grid += [["p3", "C", "Resident", dt.date(2024, 5, 1)]]
    table = table_from_grid(grid)
    said = "highlight the row for any Business permit whose zone is anything other than B or C"
    assert read(said, table)[0].code == (
        "Rows(AND(TextEquals(c[2], 'Business'), "
        "AND(NOT(TextEquals(c[1], 'B')), NOT(TextEquals(c[1], 'C')))))"
    )
    said = "permits in zone A or B waiting since before 2026, whole row"
    assert "YEAR($D2)<2026" in read(said, table)[0].code


def test_a_lower_case_name_listed_with_a_person_is_a_person() -> None:
    """ "dave or lee's jobs with nothing invoiced yet (0)": Dave Kirk or Lee Moss, and an
    invoice of nothing is a blank or a 0."""
    grid: list[list[object]] = [["Job", "Invoiced", "Lead"], ["j1", 0, "Dave Kirk"]]
    grid += [["j2", 120, "Lee Moss"], ["j3", 0, "Ann Lowe"]]
    table = table_from_grid(grid)
    assert read("dave or lee's jobs with nothing invoiced yet (0) - row", table)[0].code == (
        "Rows(AND(OR(TextEquals(c[2], 'Dave Kirk'), TextEquals(c[2], 'Lee Moss')), "
        "OR(Blanks(c[1]), Equals(c[1], 0))))"
    )


def test_a_formatting_verb_that_is_also_a_column_or_a_value() -> None:
    """A salon's "Colour?" column and its Service "Colour": "clients not seen for more than 90
    days - colour the last visit" formats, it tests no colour."""
    grid: list[list[object]] = [["Client", "Service", "Last visit", "Colour?"]]
    grid += [["a", "Colour", dt.date(2026, 6, 1), "Y"], ["b", "Cut", dt.date(2026, 11, 20), "N"]]
    table = table_from_grid(grid)
    said = "clients not seen for more than 90 days - colour the last visit"
    assert "c[3]" not in read(said, table)[0].code and "Colour" not in read(said, table)[0].code


def test_a_date_good_for_a_while_has_run_out_after_it() -> None:
    """ "A pass is only valid for 2 years … C red when the two years have already run out"."""
    grid: list[list[object]] = [["Pupil", "Passed"], ["a", dt.date(2024, 6, 1)]]
    grid += [["b", dt.date(2025, 6, 1)], ["c", ""]]
    table = table_from_grid(grid)
    said = "A pass is only valid for 2 years. I want Passed red when they have already run out."
    assert read(said, table)[0].code.endswith("=AND(ISNUMBER($B2),EDATE($B2,24)<TODAY()))")


def test_a_window_said_again_in_brackets_is_one_test() -> None:
    """ "in the next 14 days (today up to 14 days from now)": one window, today in it."""
    grid: list[list[object]] = [["Pupil", "Test date", "Mock"], ["a", dt.date(2026, 12, 5), 5]]
    grid += [["b", dt.date(2027, 1, 20), 20]]
    said = "highlight the test date when it is in the next 14 days (today up to 14 days from now)"
    assert read(said, table_from_grid(grid))[0].code == "Columns(c[1], NextDays(c[1], 14))"


def test_a_colour_after_an_arrow_is_the_format_not_a_value() -> None:
    """ "sold less than half of the stems that came in -> orange on the sold cell", on a
    florist's sheet that sells Orange roses."""
    grid: list[list[object]] = [["Stem", "Colour", "In", "Sold"], ["Rose", "Orange", 40, 10]]
    grid += [["Tulip", "Red", 30, 25]]
    said = "sold less than half of the stems that came in -> orange on the sold cell"
    assert "Orange" not in read(said, table_from_grid(grid))[0].code


def test_a_split_comparative_before_than_last_year() -> None:
    """ "clients who have spent less with us this year than last year": this year's spend
    below last year's, and no test of last year's spend of its own."""
    grid: list[list[object]] = [["Client", "Spend 2025", "Spend 2026"], ["a", 100, 80]]
    grid += [["b", 50, 90], ["c", 0, 10]]
    said = "which clients have spent less with us this year than last year? colour the whole row"
    assert read(said, table_from_grid(grid))[0].code == 'Rows(=AND($C2<>"",$B2<>"",$C2<$B2))'


def test_no_alone_names_no_number_column() -> None:
    """ "which loans have no ID type written down": "no" is the denial, not Ticket No."""
    grid: list[list[object]] = [["Ticket No", "Customer", "ID type"], ["T1", "a", None]]
    grid += [["T2", "b", "Passport"]]
    said = "Which loans have no ID type written down? The whole row should show."
    assert read(said, table_from_grid(grid))[0].code == "Rows(Blanks(c[2]))"
    named = column_mentions(tokens_of(said), table_from_grid(grid))
    assert [m.column for m in named] == [2]


def test_their_names_are_the_things_said_where_the_first_text_column_holds_codes() -> None:
    """ "customers … - their names": Customer, not the Ticket codes before it; where the first
    text column holds names ("Student"), it is theirs, whatever else is said."""
    tickets = table_from_grid(
        [["Ticket", "Customer", "Bill"], ["T-001", "Ann", 10], ["T-002", "Bob", 20],
         ["T-003", "Ann", 5], ["T-004", "Cy", 7]]
    )  # fmt: skip
    said = "customers who have only been in once - highlight their names"
    assert read(said, tickets)[0].code == "Columns(c[1], Unique(c[1]))"
    pupils = table_from_grid(
        [["Student", "Instrument", "Fee"], ["Ann", "Piano", 10], ["Bob", "Violin", 20],
         ["Ann", "Cello", 5]]
    )  # fmt: skip
    said = "some children are on the register twice because they learn two instruments. "
    assert read(said + "highlight their names", pupils)[0].code == "Columns(c[0], Duplicates(c[0]))"


HERD = table_from_grid(
    [["Tag", "Jun", "Jul", "Aug"], ["Daisy", 10, 12, 12], ["Bella", 9, 8, 11], ["Rosie", 14, 7, 7]]
)


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # the rank picks a month and the block's columns are months: "per cow" is each row
        ("best month per cow", 'Columns(c[1]:c[3], =AND(B2<>"",B2=MAX($B2:$D2)))'),
        # a rank's ties are kept by the rank, not a test for duplicates
        ("each cow's best month - if she hit her best more than once, colour every one",
         'Columns(c[1]:c[3], =AND(B2<>"",B2=MAX($B2:$D2)))'),
        ("the biggest figure in each month",
         "Columns(c[1]:c[3], =AND(ISNUMBER(B2),B2>=LARGE(B$2:B$4,1)))"),
    ],
)  # fmt: skip
def test_a_rank_of_periods_for_each_thing_is_each_row_and_keeps_its_ties(
    said: str, rule: str
) -> None:
    assert read(said, HERD)[0].code == rule


MATCHES = table_from_grid(
    [["Event", "Size", "Result", "Fee"], ["Cup", "L", "W", 10], ["League", "S", "L", 20],
     ["Cup", "M", "L", 5], ["Cup", "L", "D", 7]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("cup matches we lost, full row",
         "Rows(AND(TextEquals(c[0], 'Cup'), TextEquals(c[2], 'L')))"),
        ("large teams that won", "Rows(AND(TextEquals(c[1], 'L'), TextEquals(c[2], 'W')))"),
    ],
)  # fmt: skip
def test_a_word_for_a_one_letter_code_is_that_code_where_the_column_holds_its_kind(
    said: str, rule: str
) -> None:
    """ "lost" is Result L and "large" Size L: each column holds other letters of its kind
    (W, D; S, M), so neither is the other's L."""
    assert read(said, MATCHES)[0].code == rule


VANS = table_from_grid(
    [["Base van", "Dish", "Channel", "Deposit"],
     ["VW Crafter", "Chicken curry", "Booking.com", 900],
     ["VW T6", "Lemon chicken", "Direct", 2500], ["Ford Transit", "Beef stew", "Direct", 1500],
     ["Fiat Ducato", "Chicken pie", "Phone", 3000], ["VW T6", "Veg chilli", "Phone", 1000]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("everything that isnt a VW where the deposit was under 2000",
         "Rows(AND(NOT(TextStartsWith(c[0], 'VW')), LessThan(c[3], 2000)))"),
        # a word that other values hold later on is a search, not a first word
        ("highlight the chicken dishes", "TextContains(c[1], 'chicken')"),
        # the request's own noun beginning one value is no value
        ("bookings with a deposit under 2000", "LessThan(c[3], 2000)"),
    ],
)  # fmt: skip
def test_a_word_that_begins_values_of_a_column_is_their_first_word(said: str, rule: str) -> None:
    """ "isn't a VW" is VW Crafter and VW T6: the values' first word, as the cells spell it."""
    assert read(said, VANS)[0].code == rule


CLASSES = table_from_grid(
    [["Language", "Type", "Waitlist", "LTV"], ["Spanish", "Buy-to-let", 3, 0.7],
     ["Spanish", "Remortgage", 0, 0.5], ["French", "Buy-to-let", 2, 0.4],
     ["Spanish", "First-time buyer", 1, 0.65]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # the people said to be in a count's column: the count is more than 0
        ("spanish classes that have people on the waitlist",
         "Rows(AND(TextEquals(c[0], 'Spanish'), GreaterThan(c[2], 0)))"),
        # a value of three words said by their initials
        ("btl cases with ltv over 60% - whole row",
         "Rows(AND(TextEquals(c[1], 'Buy-to-let'), GreaterThan(c[3], 0.6)))"),
    ],
)  # fmt: skip
def test_a_count_with_people_in_it_and_a_value_said_by_initials(said: str, rule: str) -> None:
    assert read(said, CLASSES)[0].code == rule


WORKSHOP = table_from_grid(
    [["Job", "Promised", "Collected", "Disc. %"],
     ["Ann", dt.date(2026, 11, 20), None, None],
     ["Bob", dt.date(2026, 11, 21), dt.date(2026, 11, 22), 0.1],
     ["Cy", dt.date(2026, 12, 20), None, 0.2], ["Dee", dt.date(2026, 11, 2), None, 0.05]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # "picked up" means Collected, and not yet is its blank
        ("jobs promised before today that still haven't been picked up",
         "Rows(AND(BeforeToday(c[1]), Blanks(c[2])))"),
        # a column not yet filled in ("put a discount on") is blank, whatever it holds
        ("jobs past the promised date that we haven't put a discount on yet",
         "Rows(AND(BeforeToday(c[1]), Blanks(c[3])))"),
        ("jobs promised before today where we forgot to take the discount",
         "Rows(AND(BeforeToday(c[1]), Blanks(c[3])))"),
    ],
)  # fmt: skip
def test_what_was_not_done_to_a_column_leaves_it_blank(said: str, rule: str) -> None:
    assert read(said, WORKSHOP)[0].code == rule


LAMPS = table_from_grid(
    [["Lamp", "Billable", "Cost ($)"], ["LED", "Y", 400], ["Sodium", "N", 350],
     ["Sodium", "Y", 100], ["LED", "N", 500]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("flag every non-LED job that cost over $300",
         "Rows(AND(NOT(TextEquals(c[0], 'LED')), GreaterThan(c[2], 300)))"),
        # the value in brackets is what the denied words mean
        ("flag non-billable (N) jobs that cost over $300",
         "Rows(AND(TextEquals(c[1], 'N'), GreaterThan(c[2], 300)))"),
    ],
)  # fmt: skip
def test_non_before_a_value_denies_it(said: str, rule: str) -> None:
    assert read(said, LAMPS)[0].code == rule


ENTRIES = table_from_grid(
    [["Club", "Fee ($)", "Paid ($)"], ["PENN", 20, None], ["PENN", 20, 20], ["SOC", 20, 0],
     ["PENN", 20, 0], ["SOC", 20, 10]]
)  # fmt: skip


def test_a_sum_not_paid_is_nothing_in_it_or_zero() -> None:
    """ "haven't paid yet" is a blank or 0 in Paid ($); "haven't paid the full fee" is not."""
    said = "PENN people who havent paid yet, rows pls"
    expected = "Rows(AND(TextEquals(c[0], 'PENN'), OR(Blanks(c[2]), Equals(c[2], 0))))"
    assert read(said, ENTRIES)[0].code == expected
    said = "PENN people who havent paid the full fee, rows"
    assert "Equals(c[2], 0)" not in read(said, ENTRIES)[0].code


RACKS = table_from_grid(
    [["Rack", "Weather", "Draw", "Tier"], ["R1", "Rain", 9, "Gold"], ["R2", "Sun", 10, "Silver"],
     ["R3", "Rain", 5, "Gold"], ["R4", "Sun", 12, "Gold"]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("rainy days where the draw was over 8, full row",
         "Rows(AND(TextEquals(c[1], 'Rain'), GreaterThan(c[2], 8)))"),
        ("the gold-tier racks with a draw over 8, entire row",
         "Rows(AND(TextEquals(c[3], 'Gold'), GreaterThan(c[2], 8)))"),
    ],
)  # fmt: skip
def test_a_value_said_as_an_adjective_or_joined_to_its_column(said: str, rule: str) -> None:
    assert read(said, RACKS)[0].code == rule


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("tasks that took over an hour", "GreaterThan(c[2], 60)"),
        ("tasks longer than 1.5 hours", "GreaterThan(c[2], 90)"),
        ("durations over 2h", "GreaterThan(c[2], 120)"),
        ("tasks under half an hour", "LessThan(c[2], 30)"),
        ("calls over two minutes", "GreaterThan(c[3], 120)"),
        ("calls between 1 and 3 minutes", "Between(c[3], 60, 180)"),
        ("calls from 30 secs to 2 mins", "Between(c[3], 30, 120)"),
        ("items heavier than 1 kg", "GreaterThan(c[4], 1000)"),
        ("min stock over 6", "GreaterThan(c[1], 6)"),
        ("distance under 500 m", "LessThan(c[5], 0.5)"),
    ],
)  # fmt: skip
def test_a_number_in_another_unit_is_compared_in_the_columns_unit(
    request_text: str, rule: str
) -> None:
    """ "Over an hour" on Duration (min) is over 60: the column keeps minutes. "Min stock" is
    a minimum, not minutes, so the hour goes to the column in minutes."""
    grid: list[list[object]] = [
        ["Task", "Min stock", "Duration (min)", "Call length (secs)", "Weight (g)", "Dist (km)"],
        ["a", 5, 45, 30, 1200, 0.4],
        ["b", 9, 90, 150, 800, 3.5],
    ]
    assert read(request_text, table_from_grid(grid))[0].code == rule


def test_nothing_done_for_a_length_of_time_is_a_date_that_long_ago() -> None:
    """ "dead stock: nothing sold for more than 6 months" is a last sale over 6 calendar
    months ago, not a count over 6 nor an empty cell."""
    grid: list[list[object]] = [["SKU", "On hand", "Last sold"], ["a", 5, "2026-01-04"]]
    table = table_from_grid([*grid, ["b", 7, "2026-11-20"]])
    assert read("dead stock, nothing sold for more than 6 months", table)[0].code == (
        "Columns(c[2], =AND(ISNUMBER($C2),$C2<EDATE(TODAY(),-6)))"
    )


def test_metres_go_to_the_column_kept_in_metres() -> None:
    """ "climbing more than 600 m" beside Distance (km) and Ascent (m): the ascent, as kept
    (a header's "(m)" is metres)."""
    grid: list[list[object]] = [["Route", "Distance (km)", "Ascent (m)"], ["a", 12, 700]]
    table = table_from_grid([*grid, ["b", 18, 300]])
    assert read("routes climbing more than 600 m", table)[0].code == "GreaterThan(c[2], 600)"
    assert read("routes longer than 15 km", table)[0].code == "GreaterThan(c[1], 15)"


@pytest.mark.parametrize(
    ("request_text", "rule"),
    [
        ("salaries above 50,000", "GreaterThan(c[2], 50)"),
        ("salaries above 50", "GreaterThan(c[2], 50)"),
        ("budget over 100k", "GreaterThan(c[3], 100)"),
        ("revenue over 500,000", "GreaterThan(c[1], 0.5)"),
        ("revenue over $2 million", "GreaterThan(c[1], 2)"),
    ],
)  # fmt: skip
def test_a_figure_is_compared_in_the_thousands_or_millions_its_column_keeps(
    request_text: str, rule: str
) -> None:
    """Salary (k) keeps 45 for 45,000: "above 50,000" is above 50, and "above 50" stays 50."""
    grid: list[list[object]] = [
        ["Region", "Revenue ($m)", "Salary (k)", "Budget (000s)"],
        ["N", 2.5, 45, 120],
        ["S", 0.8, 60, 80],
    ]
    assert read(request_text, table_from_grid(grid))[0].code == rule


VISITS = table_from_grid(
    [["Unit", "Last visit", "Next due", "Interval"],
     ["Boiler", dt.date(2026, 1, 5), dt.date(2026, 6, 5), 90],
     ["Lift", dt.date(2026, 3, 1), dt.date(2026, 2, 1), 30]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # "the last" leads the header Last visit here, not a window of days
        ("next due earlier than the last visit", "$C2<$B2"),
        ("flag the next due date when it is before the last visit", "$C2<$B2"),
        # the length reads "after the last visit": no second test of its own
        ("next due more than 100 days after the last visit", "$C2-$B2>100"),
    ],
)
def test_a_header_that_begins_with_last_or_next_is_no_window(said: str, rule: str) -> None:
    first = read(said, VISITS)[0].code
    assert first.startswith("Columns(c[2], =AND(") and first.endswith(f",{rule}))")
    assert read("visits in the last 30 days", VISITS)[0].code == "LastDays(c[1], 30)"
