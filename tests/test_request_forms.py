"""Forms of request met in the twelfth and thirteenth development rounds (dev-v10, dev-v11):
windows said by their bounds, groupings, units and rates, margins said after a verb, counts
before a rank, ranges and lists, letters and legends, and which cells a sentence asks to
format."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

D = dt.date
ORDERS = table_from_grid(
    [["Order", "Deliver on", "Status"], ["a", D(2026, 12, 3), "Open"],
     ["b", D(2026, 12, 1), "Open"], ["c", D(2026, 12, 20), "Done"]]
)  # fmt: skip
ROUNDS = table_from_grid(
    [["Cust", "Conserv.", "Floors", "Paid?"], ["a", "Y", 3, "N"], ["b", "N", 2, "Y"],
     ["c", "Y", 1, "Y"]]
)  # fmt: skip
KARTS = table_from_grid(
    [["Driver", "Height (cm)", "Weight (kg)", "Fill %"], ["a", 130, 30, 0.2],
     ["b", 150, 50, 0.5], ["c", 145, 33, 0.9]]
)  # fmt: skip
COSTS = table_from_grid([["Ref", "Cost", "Budget"], ["a", 500, 200], ["b", 100, 200]])
DIVES = table_from_grid([["Diver", "Max depth (m)", "Planned (m)"], ["a", 30, 20], ["b", 18, 20]])
HOURS = table_from_grid([["Client", "Plan hrs/wk", "Actual hrs/wk"], ["a", 10, 8], ["b", 5, 6]])
CARE = table_from_grid(
    [["Carer", "Planned", "Arrived"], ["a", dt.time(9, 0), dt.time(8, 50)],
     ["b", dt.time(7, 30), dt.time(7, 40)]]
)  # fmt: skip
SESSIONS = table_from_grid(
    [["Session", "kWh", "Cat", "Scr", "Sold"], ["a", 3, "Cat 1", 1, 10],
     ["b", 9, "Cat 2", 2, 40], ["c", 5, "Cat 3", 1, 50], ["d", 1, "Cat 1", 3, 5]]
)  # fmt: skip
CASKS = table_from_grid(
    [["Cask", "Fill date", "Fill L", "RLA", "Last sample"],
     ["a", D(2010, 1, 1), 200, 100, D(2026, 1, 1)],
     ["b", D(2015, 1, 1), 180, 90, D(2026, 10, 1)]]
)  # fmt: skip
VISITS = table_from_grid([["Visit", "Arrived", "Meds?"], ["a", 9, "Y"], ["b", 10, "N"]])
PETS = table_from_grid([["Pet", "Target kg", "Nov"], ["Rex", 20, 19], ["Bo", 10, 12]])
LOGS = table_from_grid(
    [["Client", "Species", "Vol"], ["Ann", "Oak", 6], ["C", "Ash", 7], ["Bo", "Oak", 2]]
)  # fmt: skip
JOBS = table_from_grid(
    [["Job", "Value", "Type"], ["a", 6000, "Fencing"], ["b", 7000, "Decking"],
     ["c", 100, "Decking"]]
)  # fmt: skip
PICKS = table_from_grid(
    [["Order", "Errors", "Priority", "Service"], ["a", 0, "Std", "Same day"],
     ["b", 2, "High", "Next day"], ["c", 1, "Std", "Same day"]]
)  # fmt: skip
TYRES = table_from_grid(
    [["Booking", "Tyre size"], ["a", "205/55 R16"], ["b", "225/40 R18"], ["c", "235/35 R19"]]
)  # fmt: skip
MEMBERS = table_from_grid([["Member", "Nov visits"], ["Ann", 9], ["Bo", 3], ["Cy", 12]])
ZONES = table_from_grid([["Order", "Zone"], ["a", "A1 "], ["b", "B2"], ["c", " C3"]])
LANDINGS = table_from_grid(
    [["Species", "Kg", "$/kg", "Ice (kg)"], ["Whiting", 2500, 1.2, 100],
     ["Cod", 1500, 3.0, 80], ["Mackerel", 900, 1.4, 40]]
)  # fmt: skip
JUDOKA = table_from_grid(
    [["Name", "Sex", "Wt (kg)", "Fees due ($)"], ["a", "F", 85, 0], ["b", "M", 90, 10],
     ["c", "F", 60, 5]]
)  # fmt: skip
MACHINES = table_from_grid([["Machine", "Cash", "Type"], ["a", 500, "Snack"], ["b", 100, "Drink"]])

CASES: list[tuple[Table, str, str]] = [
    # windows of days
    (ORDERS, "highlight deliveries from tomorrow to 7 days from today",
     "Columns(c[1], AND(NextDays(c[1], 7), AfterToday(c[1])))"),
    (ORDERS, "highlight the deliver on date when it's between today and 30 days from now",
     "Columns(c[1], NextDays(c[1], 30))"),
    (ORDERS, "highlight the order for every delivery that was 10 to 30 days ago",
     "Columns(c[0], =AND(ISNUMBER($B2),TODAY()-$B2>=10,TODAY()-$B2<=30))"),
    (ORDERS, "who came in over the last fortnight? shade the deliver on date",
     "Columns(c[1], LastDays(c[1], 14))"),
    (ORDERS, "grey out yesterdays orders", "Yesterday(c[1])"),
    (ORDERS, "open orders whose deliver on date is already behind us",
     "Rows(AND(TextEquals(c[2], 'Open'), BeforeToday(c[1])))"),
    (ORDERS, "colour every December order in the date column",
     "Columns(c[1], =AND(ISNUMBER($B2),MONTH($B2)=12,YEAR($B2)=YEAR(TODAY())))"),
    # grouping, units, margins
    (ROUNDS, "conservatory or 3 floors and not paid, whole row",
     "Rows(AND(OR(TextEquals(c[1], 'Y'), Equals(c[2], 3)), NOT(TextEquals(c[3], 'Y'))))"),
    (KARTS, "anyone shorter than 140 cm or lighter than 35 kg, flag their rows",
     "Rows(OR(LessThan(c[1], 140), LessThan(c[2], 35)))"),
    (KARTS, "machines under 30% full", "LessThan(c[3], 0.3)"),
    (COSTS, "the ones that blew the budget by 200 or more, highlight the cost cell",
     'Columns(c[1], =AND($B2<>"",$C2<>"",$B2-$C2>=200))'),
    (HOURS, "mark the whole line when actual hours per week is less than the plan",
     'Rows(=AND($C2<>"",$C2<$B2))'),
    (CARE, "Carers who turned up before the planned time: colour the arrival.",
     'Columns(c[2], =AND($C2<>"",$C2<$B2))'),
    # counts, values said by number, ranges, kin columns
    (SESSIONS, "mark the 3 sessions that delivered the least kwh", "Bottom(c[1], 3)"),
    (SESSIONS, "the sessions of category 1 or 2, whole row",
     "Rows(OR(TextEquals(c[2], 'Cat 1'), TextEquals(c[2], 'Cat 2')))"),
    (SESSIONS, "screen 1 sessions with under 30 sold, whole line",
     "Rows(AND(Equals(c[3], 1), LessThan(c[4], 30)))"),
    (CASKS, "flag any text cell from Fill date through RLA", "Columns(c[1]:c[3], =ISTEXT(B2))"),
    (CASKS, "stock that was filled before 2012: shade those rows",
     "Rows(=AND(ISNUMBER($B2),YEAR($B2)<2012))"),
    (CASKS, "Column E holds the date each cask was last sampled. Can the date go orange if "
     "it's more than 6 months ago?",
     "Columns(c[4], =AND(ISNUMBER($E2),$E2<EDATE(TODAY(),-6)))"),
    # letters, legends, denials, values of several words, searches
    (VISITS, "C says whether the visit includes medication (Y/N). For meds visits highlight "
     "the row.", "Rows(TextEquals(c[2], 'Y'))"),
    (LOGS, "whole row when the Species (B) is Oak and the volume is 5 or more",
     "Rows(AND(TextEquals(c[1], 'Oak'), GreaterThanEqual(c[2], 5)))"),
    (JOBS, "need the row lit up when value > 5k unless its a fencing job",
     "Rows(AND(GreaterThan(c[1], 5000), NOT(TextEquals(c[2], 'Fencing'))))"),
    (PICKS, "priority anything but std and at least one error -> highlight order",
     "Columns(c[0], AND(NOT(TextEquals(c[2], 'Std')), GreaterThanEqual(c[1], 1)))"),
    (PICKS, "same day orders, whole row", "Rows(TextEquals(c[3], 'Same day'))"),
    (TYRES, "mark any tyre size with R18 or R19 in it",
     "Columns(c[1], OR(TextContains(c[1], 'R18'), TextContains(c[1], 'R19')))"),
    (MACHINES, "highlight the cash cells over 400 - a driver typed one amount as text, and "
     "that one has to count as well.", "Columns(c[1], GreaterThan(c[1], 400))"),
    (ZONES, "Could column B highlight any zone that has a leading or trailing space?",
     "Columns(c[1], =AND(ISTEXT($B2),LEN($B2)<>LEN(TRIM($B2))))"),
    (ZONES, "banded rows on the orders list pls - shade the first order and then every second "
     "one after it", "Rows(=MOD(ROW()-ROW($A$2),2)=0)"),
    # rates and converted units
    (LANDINGS, "whiting or mackerel that went for under 1.50 a kilo - rows",
     "Rows(AND(OR(TextEquals(c[0], 'Whiting'), TextEquals(c[0], 'Mackerel')), "
     "LessThan(c[2], 1.5)))"),
    (LANDINGS, "landings over two tonnes", "GreaterThan(c[1], 2000)"),
    (KARTS, "drivers 40 kg or heavier", "GreaterThanEqual(c[2], 40)"),
    (JUDOKA, "female members over 80kg - colour the line",
     "Rows(AND(TextEquals(c[1], 'F'), GreaterThan(c[2], 80)))"),
    (KARTS, "Anyone shorter than 140 cm or lighter than 35 kg. Flag their rows.",
     "Rows(OR(LessThan(c[1], 140), LessThan(c[2], 35)))"),
    # which cells are formatted
    (PETS, "The pet's name should light up if the Nov weigh-in is at or under the target.",
     'Columns(c[0], =AND($C2<>"",$C2<=$B2))'),
    (MEMBERS, "Could the names of the 2 most active members in November be highlighted?",
     "Columns(c[0], Top(c[1], 2))"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "said", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_the_first_reading(table: Table, said: str, expected: str) -> None:
    assert read(said, table)[0].code == expected


def test_a_margin_over_a_column_named_by_two_words() -> None:
    """ "beat the planned depth by more than 3 m": "planned depth" is Planned (m), though
    "depth" alone would name Max depth (m)."""
    said = "the max depth cell red when it beat the planned depth by more than 3 m"
    assert "$B2-$C2>3" in read(said, DIVES)[0].code


CREWS = table_from_grid(
    [["Roofer", "W 1", "W 2", "W 3", "Contract hrs", "Svc every (mo)"],
     ["a", 30, 12, 25, 40, 6], ["b", 18, 35, 40, 30, 12]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [  # a range typed as letters is the block a test names no column of its own for
        (
            "B2:D3 is hours on site. those under 20 hours need to stand out",
            "Columns(c[1]:c[3], LessThan(20))",
        ),
        (
            "every reading at or under the contract hrs in col E (B:D)",
            'Columns(c[1]:c[3], =AND(B2<>"",B2<=$E2))',
        ),
        # "every" alone names no column (Svc every (mo))
        (
            "hire hours per week in B2:D3. Trying to highlight every cell above 15 hours",
            "Columns(c[1]:c[3], GreaterThan(15))",
        ),
    ],
)
def test_a_typed_range_is_the_block(said: str, expected: str) -> None:
    assert read(said, CREWS)[0].code == expected


PRESS = table_from_grid(
    [["Job", "Type", "Start", "Finish", "Run time", "Notes"],
     ["a", "Litho", dt.time(9, 0), dt.time(10, 30), dt.time(1, 30), "by hand"],
     ["b", "Digital", dt.time(11, 0), dt.time(11, 45), dt.time(0, 40), ""]],
    number_formats=("General", "General", "h:mm", "h:mm", "[h]:mm", "General"),
)  # fmt: skip


def test_a_column_denied_to_equal_a_difference_of_times() -> None:
    """ "run time doesn't agree with finish minus start": to the minute, both sides, since
    times as fractions of a day rarely subtract to the exact fraction another cell holds."""
    code = read("run time doesn't agree with finish minus start? highlight it", PRESS)[0].code
    assert code.startswith("Columns(c[4], ")
    assert "ROUND($E2*1440,0)<>ROUND(($D2-$C2)*1440,0)" in code


@pytest.mark.parametrize(
    "said",
    [
        "the run time gets typed in by hand and I don't trust it: flag jobs where it's over 1 hour",
        "finish minus start (in minutes) is over 60: highlight the job",
    ],
)
def test_how_a_cell_was_filled_names_no_column(said: str) -> None:
    """ "typed in by hand" is no Type column, and "start (in minutes)" no starts-with test."""
    code = read(said, PRESS)[0].code
    assert "c[1]" not in code and "$B2" not in code and "TextStartsWith" not in code


KITCHEN = table_from_grid(
    [["Week of", "Meat", "Fish", "Budget"], ["W1", 1600, 300, 3200], ["W2", 1000, 600, 3000],
     ["W3", 900, 200, 3200]]
)  # fmt: skip
FITTERS = table_from_grid(
    [["Fitter", "W44", "W45", "W46", "W47", "W48", "Contract hrs"],
     ["a", 40, 45, 50, 44, 48, 40], ["b", 30, 35, 38, 36, 40, 37]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [
        (KITCHEN, "flag a week if Meat is over 1,500 or Fish is over 500, but only in the weeks "
         "where the budget was 3,200, whole row",
         "Rows(AND(OR(GreaterThan(c[1], 1500), GreaterThan(c[2], 500)), Equals(c[3], 3200)))"),
        (FITTERS, "Over 220 hours in five weeks is too much. Show me those fitters, whole row.",
         "Rows(=SUM($B2:$F2)>220)"),
        (FITTERS, "anything under 40 in the five week columns", "Columns(c[1]:c[5], LessThan(40))"),
    ],
)  # fmt: skip
def test_a_restriction_and_a_count_of_periods(table: Table, said: str, expected: str) -> None:
    """ "but only in the weeks where …" holds for every choice before it; "in five weeks" over
    a block of five weeks is their total, while "in the five week columns" is a place; and
    neither count is a value of the weeks (`Equals(c[1], 5)`)."""
    assert read(said, table)[0].code == expected


FOOTFALL = table_from_grid(
    [["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Target"],
     ["W1", 10, 12, 9, 11, None, 40], ["W2", 5, 6, 4, 8, 7, 40]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "said", "expected"),
    [
        (KITCHEN, "The week should go red whenever the total of Meat to Fish is over that "
         "week's budget.", "Columns(c[0], =SUM($B2:$C2)>$D2)"),
        (FOOTFALL, "colour the whole week's row when the five days added together come in "
         "under the target", "Rows(=SUM($B2:$F2)<$G2)"),
    ],
)  # fmt: skip
def test_a_total_against_a_column(table: Table, said: str, expected: str) -> None:
    """The sum said before a comparison (of the block named there, else the table's series)
    is the tested side; a blank day counts 0 in it rather than stopping the test."""
    assert read(said, table)[0].code == expected


WEIGH_INS = table_from_grid(
    [["Animal", "Wk 44", "Wk 45", "Wk 46", "Wk 47"], ["a", 3, None, 4, 5], ["b", 2, 2, 3, 3]]
)  # fmt: skip


@pytest.mark.parametrize(
    "said",
    [
        "If an animal missed any weigh-in over the four weeks, its row should be coloured.",
        "I'd like the animal's row to light up if it has a gap anywhere in Wk 44-47",
    ],
)
def test_a_gap_anywhere_in_a_block(said: str) -> None:
    """ "missed any …", "has a gap" say a blank; "Wk 44-47" is the block, not -47."""
    code = read(said, WEIGH_INS)[0].code
    assert all(f"Blanks(c[{c}])" in code for c in range(1, 5)) and "-47" not in code


PILOTS = table_from_grid(
    [["Pilot", "D.O.B.", "Licence exp."], ["Ann", D(1990, 12, 5), D(2027, 1, 1)],
     ["Bo", D(1985, 3, 2), D(2026, 12, 20)]]
)  # fmt: skip


def test_a_birthday_this_month_is_any_years() -> None:
    """ "this month" of a date of birth (D.O.B.) is its month in any year, not this year's."""
    code = read("any pilot with a birthday this month? their dob in green", PILOTS)[0].code
    assert code == "Columns(c[1], =AND(ISNUMBER($B2),MONTH($B2)=MONTH(TODAY())))"


CHEESES = table_from_grid(
    [["Cheese", "Oct", "Nov", "Nov LY", "Budget Nov"], ["a", 5, 4, 6, 5], ["b", 3, 7, 2, 6]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [  # "November last year" is Nov LY (Budget Nov shares the month, not the year's mark)
        ("cheeses where we sold less this november than november last year - the whole line",
         'Rows(=AND($C2<>"",$C2<$D2))'),
        ("Where did we sell less this November than in November last year? Mark this year's "
         "number.", 'Columns(c[2], =AND($C2<>"",$C2<$D2))'),
    ],
)  # fmt: skip
def test_a_month_against_the_same_month_last_year(said: str, expected: str) -> None:
    assert read(said, CHEESES)[0].code == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("our two biggest-paying cheeses in nov", "Top(c[2], 2)"),
        ("the 2 driest nov figures", "Bottom(c[2], 2)"),
    ],
)
def test_superlatives_users_write(said: str, expected: str) -> None:
    assert read(said, CHEESES)[0].code == expected


STAYS = table_from_grid([["Conf", "Nts", "Rate ($/nt)", "Total ($)"], ["a", 2, 100, 200],
                         ["b", 3, 90, 250]])  # fmt: skip


def test_an_operand_said_with_how_often() -> None:
    """ "nights x the nightly rate": "nightly" qualifies the Rate, the operand after it."""
    code = read("pls mark any Total ($) that isn't nights x the nightly rate", STAYS)[0].code
    assert code.startswith("Columns(c[3], ") and "$D2<>($B2*$C2)" in code


FEES = table_from_grid(
    [["Pupil", "Fee due", "Paid", "Nov", "Budget"], ["a", 100, None, 5, 6], ["b", 100, 40, 8, 6],
     ["c", 100, 100, 3, 2]]
)  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Mark the Paid cell when it's less than the fee due; nothing entered counts as nothing "
         "paid.", "Columns(c[2], $C2<$B2)"),
        ("Show me where Nov fell short of budget. Just the Nov number, not the whole row.",
         'Columns(c[3], =AND($D2<>"",$D2<$E2))'),
    ],
)  # fmt: skip
def test_blanks_counted_and_rows_refused(said: str, expected: str) -> None:
    """A blank said to count as nothing is tested as 0 (no `<>""` guard); "not the whole
    row" refuses rows."""
    assert read(said, FEES)[0].code == expected


KITCHENS = table_from_grid([["Job", "Quote ($)", "Cost ($)"], ["a", 100, 120], ["b", 100, 80]])


def test_a_cost_over_what_was_charged() -> None:
    """ "cost us more than we charged": Cost over the Quote, the row's charge."""
    said = "Which jobs cost us more than we charged? Colour the whole job line."
    assert read(said, KITCHENS)[0].code == "Rows($C2>$B2)"
