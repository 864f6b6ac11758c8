"""Where LibreOffice is known to differ from Excel, and how to tell a disagreement comes from it.

The executor follows Excel. Where LibreOffice stores or evaluates a value differently, the
executor is not wrong: each difference here says what LibreOffice does, cites where the two
behaviours are documented, and predicts what LibreOffice formats, with the executor run on
LibreOffice's view of the table or with LibreOffice's reading of a function swapped in
(`libreoffice_semantics.py`), or, for the rule types LibreOffice evaluates in its own code, with
a model of that code. A disagreement is explained when one difference, or two together,
predicts exactly the cells LibreOffice formatted; a model of a rule type must also give the
executor's cells when it models Excel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from cf_excel.reliability import libreoffice_semantics as lo
from cf_excel.rules import ast
from cf_excel.rules.executor import highlighted_cells, sheet_position
from cf_excel.sheets.table import Table

Position = tuple[int, int]
CONDITIO = "https://github.com/LibreOffice/core/blob/master/sc/source/core/data/conditio.cxx"
MICROSOFT = "https://support.microsoft.com/en-us/office/"


@dataclass(frozen=True)
class Observed:
    """One disagreement: the rule, the table as read, the rule as written, what LibreOffice
    formatted."""

    rule: ast.Rule
    table: Table
    today: dt.date
    excel: dict[str, object]
    expected: frozenset[Position]  # what the executor formats
    rendered: frozenset[Position]


@dataclass(frozen=True)
class Difference:
    name: str
    what: str  # what LibreOffice does, and what Excel does
    source: str  # where that is documented
    view: Callable[[Table], Table] | None = None  # the table as LibreOffice holds it
    engine: Callable[[], contextlib.AbstractContextManager[object]] | None = None
    # for the types LibreOffice evaluates in its own code: a model of Excel's (False) and of
    # LibreOffice's (True) evaluation, which must give the executor's and LibreOffice's cells
    native: Callable[[dict[str, object], Table, bool], frozenset[Position] | None] | None = None


DIFFERENCES = (
    Difference(
        "booleans are numbers",
        "LibreOffice has no boolean type: a TRUE or FALSE cell of an .xlsx file, and every "
        "TRUE or FALSE a formula computes, is the number 1 or 0, so ISNUMBER holds on it, "
        'numeric conditions compare it, statistics count it and TRUE&"" is "1"; Excel keeps '
        "booleans apart from numbers.",
        "https://help.libreoffice.org/latest/en-US/text/scalc/01/04060105.html (TRUE is 1); "
        f"{MICROSOFT}isnumber-function-0f2d7971-6019-40a0-a171-f2d869135665",
        view=lo.booleans_as_numbers,
        engine=lo.logical_values_are_numbers,
    ),
    Difference(
        "text order",
        "LibreOffice orders text by Unicode's collation (marks and symbols, then digits, then "
        "letters; no mark ignored); Excel's documented order puts digits first and ignores "
        "apostrophes and hyphens.",
        f"{MICROSOFT}sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654 "
        "(Default sort orders); https://www.unicode.org/reports/tr10/ (root collation)",
        engine=lo.text_in_collation_order,
    ),
    Difference(
        "text TRUE in arithmetic",
        'LibreOffice\'s arithmetic reads the text "TRUE" as 1 and "FALSE" as 0; Excel gives '
        "#VALUE!.",
        "https://help.libreoffice.org/latest/en-US/text/scalc/01/06040000.html (conversion "
        f"from text to number); {MICROSOFT}value-function-257d0108-07dc-437d-ae1c-bc2d3953d8c2",
        engine=lo.text_true_is_one,
    ),
    Difference(
        "0^0 is 1",
        "LibreOffice gives 0^0 (and POWER(0,0)) as 1; Excel gives #NUM!.",
        "https://superuser.com/questions/177474 (Excel: =D47^0 is #NUM! when D47 is 0); "
        "https://help.libreoffice.org/latest/en-US/text/scalc/01/04060106.html (POWER)",
        engine=lo.zero_to_the_zero_is_one,
    ),
    Difference(
        "ISODD and ISEVEN need a number",
        "LibreOffice's ISODD and ISEVEN give Err:504 on a blank cell and on a text, even one "
        "that reads as a number; Excel reads a blank as 0 (ISEVEN of a blank is TRUE).",
        "https://exceljet.net/functions/iseven-function (ISEVEN returns TRUE for empty cells)",
        engine=lo.parity_needs_a_number,
    ),
    Difference(
        "FIND of empty text",
        'LibreOffice\'s FIND and SEARCH give #VALUE! when the text looked for is ""; Excel '
        "finds it at the first character.",
        f"{MICROSOFT}find-findb-functions-c7912941-af2a-4bdf-a553-d0d89b0a0628 "
        '(If find_text is "" (empty text), FIND matches the first character)',
        engine=lo.empty_text_is_not_found,
    ),
    Difference(
        "negative serials are dates",
        "LibreOffice counts dates back from 1899-12-30, so YEAR, MONTH, DAY and WEEKDAY of a "
        "negative number give a date of 1899 or before, and EDATE/EOMONTH may go back past "
        "1900; Excel's dates start at serial 0 and those functions give #NUM! there.",
        f"{MICROSOFT}year-function-c64f017a-1354-490d-981f-578e8ec8d3b9 (dates from January 1, "
        "1900); https://help.libreoffice.org/latest/en-US/text/scalc/01/04060102.html",
        engine=lo.dates_before_1900,
    ),
    Difference(
        "COUNTIF numbers match numbers",
        "LibreOffice's COUNTIF with a number criterion counts numbers only; Excel's also counts "
        'a text cell that reads as that number ("12" for 12).',
        "https://fastexcel.wordpress.com/2013/01/18/ (COUNTIF converts number strings in the "
        "data to numbers)",
        engine=lo.countif_numbers_match_numbers,
    ),
    Difference(
        "LibreOffice's top/bottom and average rules",
        "LibreOffice's own top/bottom N, N% and above/below-average rules test a blank cell as "
        "0, count an error cell as the value 0, format every cell but the texts when the range "
        "holds N values or fewer, and format none when N% of the values rounds down to 0; "
        "Excel's skip blanks and errors, and the executor, as Excel, formats at least one item "
        "of a top N%.",
        f"{CONDITIO} (ScConditionEntry::IsCellValid, FillCache, IsTopNElement, IsTopNPercent, "
        "IsAboveAverage)",
        native=lo.rank_rule_cells,
    ),
)


def explanation(seen: Observed) -> str | None:
    """The name of the difference that accounts for what LibreOffice formatted, if one does;
    two names joined by " + " when it takes both."""
    for difference in DIFFERENCES:
        model = difference.native
        if model and (
            model(seen.excel, seen.table, False),
            model(seen.excel, seen.table, True),
        ) == (
            seen.expected,
            seen.rendered,
        ):
            return difference.name
    modelled = [d for d in DIFFERENCES if d.native is None]
    for count in (1, 2):
        for chosen in itertools.combinations(modelled, count):
            if predicted(seen, chosen) == seen.rendered:
                return " + ".join(d.name for d in chosen)
    return None


def predicted(seen: Observed, differences: tuple[Difference, ...]) -> frozenset[Position]:
    """The executor's cells with these differences in force."""
    table = seen.table
    with contextlib.ExitStack() as stack:
        for difference in differences:
            if difference.view is not None:
                table = difference.view(table)
            if difference.engine is not None:
                stack.enter_context(difference.engine())
        cells = highlighted_cells(seen.rule, table, seen.today)
    return frozenset(sheet_position(table, cell) for cell in cells)
