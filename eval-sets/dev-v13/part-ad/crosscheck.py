"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates for date tests (a human would read them as dates
only when comparing two rows for duplicates, `hdate`); numbers stored as text count by their
value where the request is about that value; blanks never match a comparison; text tests ignore
case the way Excel's "=" and SEARCH do.

Every check is run twice: once with typed-in dates as text (as Excel en-US and LibreOffice see
them) and once the way a person reads the sheet (typed-in dates as dates, numbers stored as text
as numbers everywhere); both must give the same cells, so no expected cell hinges on a date
typed as text or on whether a text number is counted.

The helpers `gt/lt/between/within` also raise `Boundary` when a value sits exactly on a threshold
that the request leaves vague (so the set's expected cells never hinge on inclusive vs
exclusive). Where a request says "or more" / "or fewer" / "today or earlier" the check is written
inclusively with plain `>=`/`<=`; where it compares two cells of a row, equal values are simply
not "more" or "less".

    python crosscheck.py         # exit 1 on any disagreement or boundary hit
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 2)
_books: dict[str, object] = {}


HUMAN = False   # main() re-runs every check reading the sheet as a person would (see `num`, `d`)


class Boundary(Exception):
    pass


# ------------------------------------------------------------------ value helpers
def num(v):
    """A real number cell (not text, not a date); with HUMAN set, numbers typed as text too."""
    if HUMAN and isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v)


def val(v):
    """A number, or a number stored as text."""
    n = num(v)
    if n is not None:
        return n
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None


def d(v):
    """A real date cell; text that looks like a date is not a date (unless HUMAN is set)."""
    if HUMAN:
        return hdate(v)
    return v.date() if isinstance(v, dt.datetime) else None


def hdate(v):
    """How a person reads a date cell: real dates, and day-first dates typed as text."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", v.strip()):
        dd, mm, yy = map(int, v.strip().split("/"))
        return dt.date(yy, mm, dd)
    return None


def days(v):
    x = d(v)
    return None if x is None else (x - BUILT).days


def blank(v) -> bool:
    return v is None or (isinstance(v, str) and v == "")


def t(v) -> str:
    return "" if v is None else str(v).strip().lower()


def _edge(a, b):
    if abs(a - b) < 1e-9:
        raise Boundary(f"value {a} sits on the boundary {b}")


def gt(a, b):
    if a is None or b is None:
        return False
    _edge(a, b)
    return a > b


def lt(a, b):
    if a is None or b is None:
        return False
    _edge(a, b)
    return a < b


def within(a, hi):
    """a <= hi for a vague 'within' (no value exactly on hi)."""
    if a is None:
        return False
    _edge(a, hi)
    return a <= hi


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
    _edge(a, hi)
    return lo <= a <= hi


def mins(v):
    """Minutes from midnight of a real Excel time (or the minutes of a duration)."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.timedelta):
        return v.total_seconds() / 60
    return None


def edate(x: dt.date, months: int) -> dt.date:
    """Excel's EDATE: same day n months on, clipped to the month's end."""
    y, m = divmod(x.month - 1 + months, 12)
    y, m = x.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(x.day, last))


def age(born: dt.date) -> int:
    """Completed years on BUILT."""
    return BUILT.year - born.year - ((BUILT.month, BUILT.day) < (born.month, born.day))


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


# ------------------------------------------------------------------ tables
class Row(dict):
    r: int


class Table:
    def __init__(self, book: str, sheet: str, ref: str):
        if book not in _books:
            _books[book] = load_workbook(HERE / book)
        ws = _books[book][sheet]
        c1, r1, c2, r2 = range_boundaries(ref)
        self.c1, self.c2 = c1, c2
        self.cols = {str(ws.cell(r1, c).value).strip(): c for c in range(c1, c2 + 1)}
        self.rows = []
        for r in range(r1 + 1, r2 + 1):
            row = Row({h: ws.cell(r, c).value for h, c in self.cols.items()})
            row.r = r
            self.rows.append(row)

    def whole(self, pred) -> set[str]:
        return {f"{get_column_letter(c)}{row.r}" for row in self.rows if pred(row)
                for c in range(self.c1, self.c2 + 1)}

    def cells(self, heads, pred) -> set[str]:
        if isinstance(heads, str):
            heads = [heads]
        return {f"{get_column_letter(self.cols[h])}{row.r}" for row in self.rows for h in heads
                if pred(row[h], row)}

    def values(self, h, conv=num):
        return [x for x in (conv(row[h]) for row in self.rows) if x is not None]

    def count(self, h, key=lambda v: v):
        return Counter(key(row[h]) for row in self.rows if not blank(row[h]))


def top(tab: Table, h: str, n: int, largest=True):
    """The n largest (or smallest) numbers of a column; a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: num(v) is not None and (num(v) >= cut if largest else num(v) <= cut))


def block_top(tab, heads, n, largest=True):
    """The n largest (smallest) numbers across a block of columns; a tie at the cut is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and (num(v) >= cut if largest else num(v) <= cut))


def col_max(tab, heads):
    """The highest number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = max(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def row_max(tab, heads):
    """The highest number in each row across `heads` (all tying cells)."""
    def best(v, r):
        xs = [num(r[h]) for h in heads if num(r[h]) is not None]
        return num(v) is not None and num(v) == max(xs)
    return tab.cells(heads, best)


def drops(tab, heads, conv=num):
    """Cells lower than the cell to their left within `heads` (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) < conv(r[p]))
    return out


def jumps(tab, heads, more_than):
    """Cells more than `more_than` above the cell to their left (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: num(v) is not None and num(r[p]) is not None
                         and gt(round(num(v) - num(r[p]), 9), more_than))
    return out


def dup(tab, h, key=t):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


TABLES = {
    "SE": ("observatory_time.xlsx", "Sessions", "B4:O42"),
    "PR": ("observatory_time.xlsx", "Proposals", "A3:I21"),
    "OS": ("observatory_time.xlsx", "On-sky hrs", "A2:H12"),
    "JB": ("piano_tuning.xlsx", "Jobs", "A3:N45"),
    "HU": ("piano_tuning.xlsx", "Checks", "A2:E14"),
    "DR": ("piano_tuning.xlsx", "Checks", "H2:L14"),
    "WK": ("piano_tuning.xlsx", "Week", "A1:H7"),
    "TR": ("rail_freight.xlsx", "Trains", "A4:O48"),
    "WG": ("rail_freight.xlsx", "Wagons", "A1:J31"),
    "TN": ("rail_freight.xlsx", "Tonnage", "A2:H12"),
    "TRN": ("rail_freight.xlsx", "Tonnage", "A16:H26"),
    "CO": ("snow_clearing.xlsx", "Callouts", "B4:N44"),
    "CT": ("snow_clearing.xlsx", "Contracts", "A1:I15"),
    "DV": ("snow_clearing.xlsx", "Drivers", "A1:E13"),
    "HR": ("snow_clearing.xlsx", "Drivers", "H1:O13"),
    "LO": ("tea_importer.xlsx", "Lots", "A4:N44"),
    "SA": ("tea_importer.xlsx", "Sales", "A2:H14"),
    "RO": ("tea_importer.xlsx", "Sales", "J2:M14"),
    "SM": ("tea_importer.xlsx", "Samples", "A1:G25"),
    "DL": ("wool_mill.xlsx", "Dye lots", "B3:N43"),
    "FL": ("wool_mill.xlsx", "Fleeces", "A2:J32"),
    "SP": ("wool_mill.xlsx", "Spinning", "A1:H11"),
}


def T(name: str) -> Table:
    return Table(*TABLES[name])


MONTHS = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
DAYS6 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
DAYS7 = DAYS6 + ["Sun"]


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- observatory_time
    SE, PR, OS = T("SE"), T("PR"), T("OS")
    SEE = 'Seeing (")'
    seeing_limit = cell("observatory_time.xlsx", "Sessions", "R4")
    C["ad001"] = lambda: SE.cells("Hrs used", lambda v, r: val(v) is not None and val(r["Hrs req."]) is not None
                                  and val(v) > val(r["Hrs req."]))
    C["ad002"] = lambda: SE.whole(lambda r: gt(num(r[SEE]), seeing_limit))
    C["ad003"] = lambda: SE.cells("Report in", lambda v, r: d(v) and d(r["Report due"]) and d(v) > d(r["Report due"]))
    C["ad004"] = lambda: SE.whole(lambda r: val(r["Hrs used"]) is not None
                                  and val(r["Hrs req."]) - val(r["Hrs used"]) >= 1)
    C["ad005"] = lambda: drops(OS, MONTHS, val)
    C["ad006"] = lambda: SE.whole(lambda r: t(r["Instrument"]) in ("ccd imager", "wide-field cam")
                                  and t(r["Status"]) == "clouded out")
    C["ad007"] = lambda: SE.cells("Status", lambda v, r: t(v) == "done" and lt(num(r[SEE]), 1.5)
                                  and lt(num(r["Cloud %"]), 0.25))
    C["ad008"] = lambda: SE.whole(lambda r: t(r["Status"]) == "partial"
                                  or (val(r["Hrs used"]) is not None and val(r["Hrs used"]) == 0))
    C["ad009"] = lambda: PR.whole(lambda r: val(r["Hrs used"]) > num(r["Hrs alloc"]) and t(r["Grade"]) != "a")
    C["ad010"] = lambda: SE.cells("Target", lambda v, r: t(v).startswith("sn")
                                  and t(r["Instrument"]) in ("spectrograph", "photometer"))
    C["ad011"] = lambda: SE.cells("Report due", lambda v, r: lt(days(v), 0) and blank(r["Report in"]))
    C["ad012"] = lambda: SE.whole(lambda r: between(days(r["Night of"]), 0, 7))
    C["ad013"] = lambda: SE.cells("Report in", lambda v, r: d(v) and d(r["Night of"])
                                  and gt((d(v) - d(r["Night of"])).days, 14))
    C["ad014"] = lambda: SE.cells("Night of", lambda v, r: d(v) is not None and d(v).weekday() in (4, 5))
    C["ad015"] = lambda: PR.cells("Expires", lambda v, r: between(days(v), 0, 30))
    C["ad016"] = lambda: PR.cells("Expires", lambda v, r: gt((d(v) - edate(d(r["Submitted"]), 8)).days, 0))
    C["ad017"] = lambda: block_top(OS, MONTHS, 5)
    C["ad018"] = lambda: row_max(OS, MONTHS)
    C["ad019"] = lambda: OS.cells(MONTHS, lambda v, r: val(v) is not None and val(v) < num(r["Quota / mo"]))
    C["ad020"] = lambda: OS.cells("Observer", lambda v, r: any(blank(r[m]) for m in MONTHS))
    C["ad021"] = lambda: SE.whole(lambda r: blank(r["Observer"]))
    C["ad022"] = lambda: SE.cells("Obs ID", dup(SE, "Obs ID"))
    C["ad023"] = lambda: SE.cells("Target", lambda v, r: SE.count("Target", t)[t(v)] == 1)
    C["ad024"] = lambda: top(SE, SEE, 3)
    C["ad025"] = lambda: SE.cells("Target", lambda v, r: re.fullmatch(r"m\d+", t(v)) is not None)

    # ---------------- piano_tuning
    JB, HU, DR, WK = T("JB"), T("HU"), T("DR"), T("WK")
    std_fee = cell("piano_tuning.xlsx", "Jobs", "Q3")
    free_mi = cell("piano_tuning.xlsx", "Jobs", "Q4")
    rh = ["Jan", "Apr", "Jul", "Oct"]
    quarters = ["Q1", "Q2", "Q3", "Q4"]
    C["ad026"] = lambda: JB.cells("Miles", lambda v, r: gt(val(v), free_mi))
    C["ad027"] = lambda: JB.whole(lambda r: gt(val(r["Fee ($)"]), std_fee * 1.5))
    C["ad028"] = lambda: HU.cells("Oct", lambda v, r: num(v) is not None and num(r["Jul"]) is not None
                                  and round(num(r["Jul"]) - num(v), 9) >= 0.15)
    C["ad029"] = lambda: DR.cells("Q4", lambda v, r: num(r["Q3"]) is not None and num(v) is not None
                                  and num(v) < num(r["Q3"]))
    C["ad030"] = lambda: jumps(HU, rh, 0.2)
    C["ad031"] = lambda: JB.whole(lambda r: t(r["Type"]) in ("grand", "baby grand") and lt(num(r["A4 (Hz)"]), 437))
    C["ad032"] = lambda: JB.whole(lambda r: t(r["Type"]) == "upright" and gt(val(r["Miles"]), 20))
    C["ad033"] = lambda: JB.whole(lambda r: t(r["Tuner"]) in ("ben", "klara") and blank(r["Paid on"])
                                  and lt(days(r["Visit"]), 0))
    C["ad034"] = lambda: JB.cells("Make", lambda v, r: t(v) in ("steinway", "bechstein") and lt(val(r["Yr built"]), 1950))
    C["ad035"] = lambda: JB.whole(lambda r: t(r["Town"]) != "ashby" and lt(val(r["Fee ($)"]), 120))
    C["ad036"] = lambda: JB.cells("Last tuned", lambda v, r: d(v) and d(r["Visit"])
                                  and gt((d(r["Visit"]) - edate(d(v), 36)).days, 0))
    C["ad037"] = lambda: JB.cells("Paid on", lambda v, r: d(v) and d(r["Visit"]) and gt((d(v) - d(r["Visit"])).days, 21))
    C["ad038"] = lambda: JB.cells("Visit", lambda v, r: between(days(v), 0, 7))
    C["ad039"] = lambda: JB.whole(lambda r: between(days(r["Visit"]), -30, 0))
    C["ad040"] = lambda: HU.cells(rh, lambda v, r: num(v) is not None and (lt(num(v), 0.4) or gt(num(v), 0.55)))
    C["ad041"] = lambda: col_max(WK, DAYS6)
    C["ad042"] = lambda: WK.cells("Tuner", lambda v, r: gt(sum(num(r[x]) or 0 for x in DAYS6), num(r["Max hrs"])))
    C["ad043"] = lambda: DR.cells("Client", lambda v, r: any(lt(num(r[q]), -10) for q in quarters))
    C["ad044"] = lambda: block_top(HU, rh, 4, largest=False)
    C["ad045"] = lambda: JB.cells("Job no", dup(JB, "Job no"))
    C["ad046"] = lambda: top(JB, "Fee ($)", 5)
    C["ad047"] = lambda: top(JB, "A4 (Hz)", 5, largest=False)
    C["ad048"] = lambda: JB.cells("Last tuned", lambda v, r: blank(v))
    C["ad049"] = lambda: JB.cells("Client", lambda v, r: "school" in t(v) or "chapel" in t(v))
    C["ad050"] = lambda: JB.whole(lambda r: d(r["Visit"]) is not None and d(r["Visit"]).weekday() == 5)

    # ---------------- rail_freight
    TR, WG, TN, TRN = T("TR"), T("WG"), T("TN"), T("TRN")
    max_wagons = cell("rail_freight.xlsx", "Trains", "R4")
    late_after = cell("rail_freight.xlsx", "Trains", "R5")
    runs = Counter((hdate(r["Date"]), t(r["Train"])) for r in TR.rows)
    C["ad051"] = lambda: TR.cells("Act arr", lambda v, r: mins(v) is not None
                                  and gt(mins(v) - mins(r["Sched arr"]), late_after))
    C["ad052"] = lambda: TR.cells("Train", lambda v, r: gt(val(r["Wagons"]), max_wagons))
    C["ad053"] = lambda: TR.cells("Gross t", lambda v, r: val(v) is not None and val(v) > num(r["Max t"]))
    C["ad054"] = lambda: TN.cells("Nov", lambda v, r: gt(num(v), num(r["Budget / mo"]) * 1.1))
    C["ad055"] = lambda: TR.cells("Act dep", lambda v, r: mins(v) is not None and mins(v) < mins(r["Sched dep"]))
    C["ad056"] = lambda: TR.whole(lambda r: t(r["Remarks"]) in ("loco swap", "late crew")
                                  and mins(r["Act arr"]) is not None and mins(r["Act arr"]) <= mins(r["Sched arr"]))
    C["ad057"] = lambda: WG.whole(lambda r: t(r["Type"]) == "hya hopper" and t(r["Depot"]) in ("peak", "hopton")
                                  and gt(num(r["Km since exam"]), 50000))
    C["ad058"] = lambda: TR.cells("Driver", lambda v, r: t(v) != "k. mills" and mins(r["Act dep"]) is not None
                                  and gt(mins(r["Act dep"]) - mins(r["Sched dep"]), 20))
    C["ad059"] = lambda: TN.cells("Customer", lambda v, r: lt(num(r["Oct"]), num(r["Budget / mo"]))
                                  and lt(num(r["Nov"]), num(r["Budget / mo"])))
    C["ad060"] = lambda: TR.whole(lambda r: t(r["Dest."]) == "leeds hunslet"
                                  and ((val(r["Gross t"]) or 0) > num(r["Max t"]) or gt(val(r["Wagons"]), max_wagons)))
    C["ad061"] = lambda: WG.cells("Exam due", lambda v, r: between(days(v), 0, 30))
    C["ad062"] = lambda: WG.whole(lambda r: days(r["Exam due"]) is not None and days(r["Exam due"]) <= 0)
    C["ad063"] = lambda: TR.whole(lambda r: between(days(r["Date"]), -10, 0))
    C["ad064"] = lambda: WG.cells("Last exam", lambda v, r: between(days(v), -30, 0))
    C["ad065"] = lambda: TRN.cells(MONTHS, lambda v, r: val(v) is not None and num(r["Planned / mo"]) - val(v) >= 3)
    C["ad066"] = lambda: col_max(TN, MONTHS)
    C["ad067"] = lambda: TN.whole(lambda r: gt(sum(num(r[m]) or 0 for m in MONTHS), 150000))
    C["ad068"] = lambda: TRN.cells(MONTHS, lambda v, r: val(v) is not None and val(v) <= 3)
    C["ad069"] = lambda: WG.cells("Wagon", dup(WG, "Wagon"))
    C["ad070"] = lambda: TR.whole(lambda r: runs[(hdate(r["Date"]), t(r["Train"]))] > 1)
    C["ad071"] = lambda: TR.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)
    C["ad072"] = lambda: top(WG, "Km since exam", 3)
    C["ad073"] = lambda: top(TR, "Gross t", 4, largest=False)
    C["ad074"] = lambda: TR.whole(lambda r: blank(r["Loco"]))
    C["ad075"] = lambda: TR.cells("Remarks", lambda v, r: "tsr" in t(v))

    # ---------------- snow_clearing
    CO, CT, DV, HR = T("CO"), T("CT"), T("DV"), T("HR")
    max_salt = cell("snow_clearing.xlsx", "Callouts", "Q4")
    visits = Counter((hdate(r["Date"]), t(r["Client"])) for r in CO.rows)
    max_hrs = {r.r: num(r["Max hrs/wk"]) for r in DV.rows}
    C["ad076"] = lambda: CO.cells("Salt (kg)", lambda v, r: num(r["Area (m2)"]) is not None
                                  and gt(val(v) * 1000 / num(r["Area (m2)"]), max_salt))
    C["ad077"] = lambda: CO.cells("Arrived", lambda v, r: gt(mins(v) - mins(r["Called"]), 120))
    C["ad078"] = lambda: CO.cells("Cleared", lambda v, r: mins(v) - mins(r["Arrived"]) >= 180)
    C["ad079"] = lambda: CT.cells("Client", lambda v, r: val(r["Visits used"]) > num(r["Visits incl."]))
    C["ad080"] = lambda: CT.cells("Visits used", lambda v, r: gt(val(v), num(r["Visits incl."]) * 0.75))
    C["ad081"] = lambda: CO.whole(lambda r: t(r["Plough?"]) == "yes" and t(r["Client"]) == "county council")
    C["ad082"] = lambda: CO.whole(lambda r: t(r["Crew"]).startswith("red") and gt(num(r["Area (m2)"]), 2000)
                                  and t(r["Plough?"]) != "yes")
    C["ad083"] = lambda: CO.whole(lambda r: t(r["Client"]) == "hallam haulage" and blank(r["Invoiced"]))
    C["ad084"] = lambda: CT.whole(lambda r: d(r["End"]) < dt.date(2027, 1, 1) and blank(r["Renewal sent"]))
    C["ad085"] = lambda: DV.whole(lambda r: t(r["Licence"]) in ("c", "c1") and d(r["Lic. expiry"]) < dt.date(2028, 1, 1))
    C["ad086"] = lambda: DV.whole(lambda r: d(r["DOB"]) is not None and age(d(r["DOB"])) < 25)
    C["ad087"] = lambda: DV.cells("Lic. expiry", lambda v, r: within(days(v), 30))
    C["ad088"] = lambda: CO.cells("Invoiced", lambda v, r: d(v) and d(r["Date"]) and gt((d(v) - d(r["Date"])).days, 3))
    C["ad089"] = lambda: CO.whole(lambda r: lt(days(r["Date"]), -7) and blank(r["Invoiced"]))
    C["ad090"] = lambda: HR.cells("Driver", lambda v, r: gt(sum(num(r[x]) or 0 for x in DAYS7), max_hrs[r.r]))
    C["ad091"] = lambda: HR.cells(DAYS7, lambda v, r: gt(num(v), 12))
    C["ad092"] = lambda: HR.cells(DAYS7, lambda v, r: num(v) is not None and num(v) == 0)
    C["ad093"] = lambda: HR.cells("Driver", lambda v, r: sum(1 for x in DAYS7 if (num(r[x]) or 0) > 0) >= 6)
    C["ad094"] = lambda: CO.cells("Ref", dup(CO, "Ref"))
    C["ad095"] = lambda: CO.whole(lambda r: visits[(hdate(r["Date"]), t(r["Client"]))] > 1)
    C["ad096"] = lambda: top(CO, "Charge", 3)
    C["ad097"] = lambda: top(CO, "Salt (kg)", 3, largest=False)
    C["ad098"] = lambda: CO.cells("Ref", lambda v, r: blank(r["Crew"]))
    C["ad099"] = lambda: CT.whole(lambda r: "priority" in t(r["Notes"]))
    C["ad100"] = lambda: CO.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)

    # ---------------- tea_importer
    LO, SA, RO, SM = T("LO"), T("SA"), T("RO"), T("SM")
    min_margin = cell("tea_importer.xlsx", "Lots", "Q4")
    moist_limit = cell("tea_importer.xlsx", "Lots", "Q5")
    C["ad101"] = lambda: LO.whole(lambda r: lt((val(r["Price/kg"]) - num(r["Cost/kg"])) / val(r["Price/kg"]), min_margin))
    C["ad102"] = lambda: LO.cells("Kg left", lambda v, r: lt(val(v), num(r["Kg in"]) * 0.1))
    C["ad103"] = lambda: LO.cells("Moist. %", lambda v, r: gt(num(v), moist_limit))
    C["ad104"] = lambda: SA.cells("Nov", lambda v, r: num(v) is not None and num(r["Nov LY"]) is not None
                                  and num(v) < num(r["Nov LY"]))
    C["ad105"] = lambda: RO.whole(lambda r: num(r["On hand (kg)"]) < num(r["Reorder at (kg)"]))
    C["ad106"] = lambda: LO.cells("Tea", lambda v, r: t(r["Origin"]) == "india" and (num(r["Score"]) or 0) >= 88)
    C["ad107"] = lambda: LO.whole(lambda r: t(r["Origin"]) in ("japan", "china") and gt(val(r["Kg left"]), 100))
    C["ad108"] = lambda: LO.whole(lambda r: not t(r["Tea"]).startswith("darjeeling")
                                  and hdate(r["Arrived"]) < dt.date(2026, 4, 1)
                                  and gt(val(r["Kg left"]), num(r["Kg in"]) / 2))
    C["ad109"] = lambda: SM.whole(lambda r: (num(r["Teas"]) or 0) >= 5 and t(r["Ordered?"]) == "no")
    C["ad110"] = lambda: LO.whole(lambda r: gt(num(r["Moist. %"]), 0.065) or lt(num(r["Score"]), 80))
    C["ad111"] = lambda: LO.cells("Best before", lambda v, r: within(days(v), 60))
    C["ad112"] = lambda: LO.cells("Arrived", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -9)).days, 0)
                                  and (val(r["Kg left"]) or 0) > 0)
    C["ad113"] = lambda: SM.cells("Follow up", lambda v, r: d(v) is not None and within((d(v) - d(r["Sent"])).days, 7))
    C["ad114"] = lambda: SM.cells("Follow up", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Ordered?"]))
    C["ad115"] = lambda: row_max(SA, MONTHS)
    C["ad116"] = lambda: SA.cells(MONTHS, lambda v, r: lt(val(v), 20))
    C["ad117"] = lambda: block_top(SA, MONTHS, 5)
    C["ad118"] = lambda: SA.cells("Tea", lambda v, r: gt(mean(x for x in (val(r[m]) for m in MONTHS) if x is not None), 60))
    C["ad119"] = lambda: LO.cells("Lot", dup(LO, "Lot"))
    C["ad120"] = lambda: SM.cells("Cafe", lambda v, r: SM.count("Cafe", t)[t(v)] >= 3)
    C["ad121"] = lambda: top(LO, "Score", 3)
    C["ad122"] = lambda: LO.whole(lambda r: blank(r["Grade"]) or blank(r["Flush"]))
    C["ad123"] = lambda: SM.cells("Cafe", lambda v, r: blank(r["Follow up"]))
    C["ad124"] = lambda: LO.cells("Tea", lambda v, r: "darjeeling" in t(v))
    C["ad125"] = lambda: LO.cells("Estate", lambda v, r: "co-op" in t(v))

    # ---------------- wool_mill
    DL, FL, SP = T("DL"), T("FL"), T("SP")
    max_shrink = cell("wool_mill.xlsx", "Dye lots", "Q3")
    min_yield = cell("wool_mill.xlsx", "Dye lots", "Q4")
    C["ad126"] = lambda: DL.cells("Yield (kg)", lambda v, r: lt(val(v) / num(r["Batch (kg)"]), min_yield))
    C["ad127"] = lambda: DL.cells("Shrink %", lambda v, r: gt(num(v), max_shrink))
    C["ad128"] = lambda: DL.cells("Shipped", lambda v, r: d(v) and d(r["Ship by"]) and d(v) > d(r["Ship by"]))
    C["ad129"] = lambda: FL.cells("Clean kg", lambda v, r: lt(val(v), num(r["Greasy kg"]) * 0.6))
    C["ad130"] = lambda: SP.cells("Sat", lambda v, r: num(v) is not None and num(r["Fri"]) is not None
                                  and num(v) < num(r["Fri"]))
    C["ad131"] = lambda: DL.cells("Lot #", lambda v, r: t(r["Shade"]) in ("slate", "charcoal") and gt(num(r["Delta E"]), 1.0))
    C["ad132"] = lambda: DL.whole(lambda r: t(r["Yarn"]) in ("aran 10ply", "chunky") and gt(num(r["Shrink %"]), 0.05))
    C["ad133"] = lambda: DL.whole(lambda r: gt(num(r["Delta E"]), 1.0) and t(r["QC"]) not in ("fail", "re-dye"))
    C["ad134"] = lambda: FL.whole(lambda r: t(r["Breed"]) in ("blue-faced leicester", "shetland")
                                  and lt(num(r["Micron"]), 25) and t(r["Grade"]) == "a")
    C["ad135"] = lambda: DL.whole(lambda r: t(r["Operator"]) in ("pete", "iain") and (num(r["Batch (kg)"]) or 0) >= 80)
    C["ad136"] = lambda: DL.cells("Ship by", lambda v, r: blank(r["Shipped"]) and lt(days(v), 0))
    C["ad137"] = lambda: DL.whole(lambda r: blank(r["Shipped"]) and between(days(r["Ship by"]), 0, 14))
    C["ad138"] = lambda: DL.cells("Ship by", lambda v, r: d(v) and d(r["Dyed"]) and (d(v) - d(r["Dyed"])).days <= 10)
    C["ad139"] = lambda: FL.cells("Tag", lambda v, r: between(days(r["Recvd"]), -30, 0))
    C["ad140"] = lambda: SP.cells(DAYS6, lambda v, r: num(v) is not None and num(v) < num(r["Target/day"]))
    C["ad141"] = lambda: col_max(SP, DAYS6)
    C["ad142"] = lambda: SP.cells("Frame", lambda v, r: sum(1 for x in DAYS6 if num(r[x]) is not None
                                                            and num(r[x]) < num(r["Target/day"])) >= 3)
    C["ad143"] = lambda: FL.cells(["Greasy kg", "Clean kg"], lambda v, r: lt(num(v), 1))
    C["ad144"] = lambda: FL.cells("Tag", dup(FL, "Tag"))
    C["ad145"] = lambda: top(DL, "Batch (kg)", 5)
    C["ad146"] = lambda: top(FL, "Micron", 4, largest=False)
    C["ad147"] = lambda: DL.whole(lambda r: blank(r["Operator"]))
    C["ad148"] = lambda: DL.cells(["Delta E", "Shrink %"], lambda v, r: blank(v))
    C["ad149"] = lambda: DL.cells("QC", lambda v, r: "seconds" in t(v))
    C["ad150"] = lambda: DL.whole(lambda r: (r.r - 4) % 2 == 0)
    return C


def main() -> None:
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    C = checks()
    bad = 0
    seen = set()
    for req in data["requests"]:
        rid = req["id"]
        seen.add(rid)
        if rid not in C:
            print(f"{rid}: no check written")
            bad += 1
            continue
        try:
            mine = {c for c in C[rid]() if c}
        except Boundary as e:
            print(f"{rid}: BOUNDARY {e}")
            bad += 1
            continue
        global HUMAN
        HUMAN = True                  # a person reading "30/10/2026" as a date, "40" as 40
        try:
            human = {c for c in C[rid]() if c}
        except Boundary as e:
            human = f"boundary ({e})"
        finally:
            HUMAN = False
        if human != mine:
            bad += 1
            print(f"{rid}: TEXT DATE decides the answer: {human} vs {sorted(mine)}")
            continue
        theirs = set(req.get("cells") or [])
        if mine != theirs:
            bad += 1
            print(f"{rid}: DISAGREE  only python: {sorted(mine - theirs)}  only render: {sorted(theirs - mine)}")
    extra = set(C) - seen
    if extra:
        print("checks without a request:", sorted(extra))
    print(f"{len(data['requests'])} requests, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
