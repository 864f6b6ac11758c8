"""Time between two dates of a row ("took more than 5 weeks from brew day to packaging"): the
later date minus the earlier, whichever the request names first, and never a test against
today where the request measures from today."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

D = dt.date
BATCHES = table_from_grid(
    [["Batch", "Brewer", "Brew Date", "Pkg Date", "Pkg (L)"],
     ["a", "Jo", D(2026, 9, 1), D(2026, 10, 20), 500],
     ["b", "Al", D(2026, 10, 1), D(2026, 10, 20), 400]]
)  # fmt: skip
CALLS = table_from_grid(  # the later date stands left of the earlier one
    [["Job", "Customer", "Paid", "Visited"],
     ["a", "Ann", D(2026, 11, 20), D(2026, 11, 1)],
     ["b", "Bo", D(2026, 11, 5), D(2026, 11, 1)]]
)  # fmt: skip
CHARGERS = table_from_grid(
    [["Charger", "Last service", "Next service"],
     ["a", D(2026, 1, 10), D(2026, 9, 10)], ["b", D(2026, 3, 1), D(2026, 6, 1)]]
)  # fmt: skip
JOBS = table_from_grid(
    [["Job ref", "Received", "Delivered", "Status"],
     ["a", D(2026, 10, 1), D(2026, 10, 30), "Done"],
     ["b", D(2026, 10, 1), D(2026, 10, 5), "Done"], ["c", D(2026, 11, 1), None, "Open"]]
)  # fmt: skip
STOCK = table_from_grid(
    [["SKU", "Listed", "Sold on"], ["a", D(2026, 5, 1), None], ["b", D(2026, 11, 1), None],
     ["c", D(2026, 5, 1), D(2026, 6, 1)]]
)  # fmt: skip

CASES: list[tuple[Table, str, str]] = [
    (BATCHES, "which batches took more than 5 weeks from brew day to packaging? mark the pkg "
     "date", "Columns(c[3], =AND(ISNUMBER($C2),ISNUMBER($D2),$D2-$C2>35))"),
    (CALLS, "Customers who took more than two weeks to pay after our visit - mark their paid "
     "date.", "Columns(c[2], =AND(ISNUMBER($D2),ISNUMBER($C2),$C2-$D2>14))"),
    (CHARGERS, "Some chargers have a service interval longer than six months between the last "
     "service and the next service. Please mark these next-service dates.",
     "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),EDATE($B2,6)<$C2))"),
    (JOBS, "I'd like to flag jobs where delivery took more than two weeks from receipt - just "
     "the Delivered cell.", "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),$C2-$B2>14))"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "said", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_the_length_between_two_dates(table: Table, said: str, expected: str) -> None:
    assert read(said, table)[0].code == expected


def test_a_length_back_from_today_is_not_between_two_dates() -> None:
    """ "listed more than 90 days back": today minus Listed, though Sold on is named too."""
    said = "anything listed more than 90 days back that still hasn't sold; colour its listed date"
    assert "$C2-$B2" not in read(said, STOCK)[0].code


INSTALLS = dataclasses.replace(  # the target number of days in H1, a cut-off date in H2
    table_from_grid(
        [["Job", "Survey", "Install", "Collected"],
         ["a", D(2026, 9, 1), D(2026, 10, 20), None],
         ["b", D(2026, 10, 1), D(2026, 10, 9), D(2026, 11, 2)]]
    ),
    sheet="Jobs",
    surroundings=(((1, 7), "Target days"), ((1, 8), 30), ((2, 7), "Cut-off"), ((2, 8), 46300)),
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [  # a count of days beside the table: between the two dates named, or back from today
        ("H1 holds our target number of days from survey to install. colour the install date "
         "when it came more than that many days after the survey",
         "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),$C2-$B2>Jobs!$H$1))"),
        ("surveys done more than H1 days ago, whole row",
         "Rows(=AND(ISNUMBER($B2),TODAY()-$B2>Jobs!$H$1))"),
    ],
)  # fmt: skip
def test_a_number_of_days_held_in_a_cell(said: str, expected: str) -> None:
    assert read(said, INSTALLS)[0].code == expected


def test_a_date_held_in_a_cell_is_no_number_of_days() -> None:
    """H2 holds a date (as its serial): the install is compared with it, not counted in days."""
    code = read("installs after the cut-off in H2 (days late), highlight them", INSTALLS)[0].code
    assert "TODAY()" not in code and "-$B2" not in code


SHIPMENTS = table_from_grid(  # most deliveries came early: the rows would order them wrongly
    [["Ref", "Promised", "Delivered"], ["a", D(2026, 10, 10), D(2026, 10, 8)],
     ["b", D(2026, 10, 10), D(2026, 10, 9)], ["c", D(2026, 10, 10), D(2026, 10, 15)]]
)  # fmt: skip
REPORTS = table_from_grid(
    [["Obs", "Night of", "Report due", "Report in"],
     ["a", D(2026, 10, 1), D(2026, 10, 8), D(2026, 10, 20)],
     ["b", D(2026, 10, 2), D(2026, 10, 9), D(2026, 10, 5)]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [  # the words say which date is the later ("past the promised date")
        (SHIPMENTS, "highlight the delivered date when it's 3 or more days past the promised "
         "date", "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),$C2-$B2>=3))"),
        # "reports" names Report due and Report in alike, so it names neither
        (REPORTS, "Reports should come in soon after the night. Highlight the report in cells "
         "where the report arrived more than two weeks after the night",
         "Columns(c[3], =AND(ISNUMBER($B2),ISNUMBER($D2),$D2-$B2>14))"),
    ],
)  # fmt: skip
def test_which_date_is_later(table: Table, said: str, expected: str) -> None:
    assert read(said, table)[0].code == expected


CHARGING = dataclasses.replace(  # the maximum stay in hours in H1
    table_from_grid(
        [["Session", "Plug in", "Plug out"], ["a", dt.time(8, 0), dt.time(13, 0)],
         ["b", dt.time(9, 0), dt.time(10, 30)]],
        number_formats=("General", "h:mm", "h:mm"),
    ),
    sheet="Sessions",
    surroundings=(((1, 7), "Max stay (h)"), ((1, 8), 4)),
)  # fmt: skip


def test_a_number_of_hours_held_in_a_cell() -> None:
    """ "H1 holds the maximum stay in hours … stayed longer than H1": the time between the
    two times named, in hours, against the cell."""
    said = (
        "H1 holds the maximum stay in hours. Whole row when the time from plug in to plug out "
        "is longer than H1"
    )
    code = read(said, CHARGING)[0].code
    assert code == "Rows(=AND(ISNUMBER($B2),ISNUMBER($C2),($C2-$B2)*24>Sessions!$H$1))"


SAILINGS = table_from_grid(
    [["Sailing", "Sched dep", "Actual dep", "Sched arr", "Actual arr"],
     ["a", dt.time(9, 0), dt.time(9, 25), dt.time(10, 0), dt.time(10, 20)],
     ["b", dt.time(11, 0), dt.time(11, 5), dt.time(12, 0), dt.time(12, 30)]],
    number_formats=("General", "h:mm", "h:mm", "h:mm", "h:mm"),
)  # fmt: skip


def test_minutes_late_are_the_actual_time_less_the_planned() -> None:
    """ "departures that left more than 10 min late": of the two planned/actual pairs, the
    departures' (the request names them)."""
    code = read("departures that left more than 10 min late", SAILINGS)[0].code
    assert code == "Columns(c[2], =AND(ISNUMBER($B2),ISNUMBER($C2),($C2-$B2)*1440>10))"
