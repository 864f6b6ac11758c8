"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case the
way Excel's "=" and SEARCH do.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).

    python crosscheck.py          # exit 1 on any disagreement or boundary hit
    python crosscheck.py --show   # also print what Python expects for every request
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
_books: dict[str, object] = {}


class Boundary(Exception):
    pass


# ------------------------------------------------------------------ value helpers
def num(v):
    """A real number cell (not text, not a date)."""
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
    """A real date cell; text that looks like a date is not a date."""
    return v.date() if isinstance(v, dt.datetime) else None


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


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


def weekend(v) -> bool:
    x = d(v)
    return x is not None and x.weekday() >= 5


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


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES: dict[str, tuple[str, str, str]] = {}   # filled below


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def rows_of(tab, cells: set[str]):
    """Whole rows of the table for the rows that hold any of `cells`."""
    rows = {int("".join(ch for ch in c if ch.isdigit())) for c in cells}
    return tab.whole(lambda r: r.r in rows)


def col_max(tab, heads):
    """The highest number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = max(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def drops(tab, heads, conv=num):
    """Cells lower than the cell to their left within `heads` (either side blank: skipped).
    Equal neighbours are simply not lower (no boundary: the comparison is between two cells)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) < conv(r[p]))
    return out


TABLES.update({
    "DN": ("blood_donors.xlsx", "Donors", "A4:M44"),
    "SS": ("blood_donors.xlsx", "Sessions", "A4:J28"),
    "UV": ("blood_donors.xlsx", "Sessions", "L4:R12"),
    "LS": ("driving_school.xlsx", "Lessons", "B5:M50"),
    "CX": ("driving_school.xlsx", "Lessons", "O5:P9"),
    "PP": ("driving_school.xlsx", "Pupils", "A1:L29"),
    "HR": ("driving_school.xlsx", "Hours", "A3:G10"),
    "RG": ("lift_inspections.xlsx", "Register", "A5:M41"),
    "CO": ("lift_inspections.xlsx", "Callouts", "A2:K36"),
    "CB": ("lift_inspections.xlsx", "Callouts", "M2:O10"),
    "UP": ("lift_inspections.xlsx", "Uptime", "A3:G17"),
    "OD": ("florist_orders.xlsx", "Orders", "A4:M44"),
    "ST": ("florist_orders.xlsx", "Stock", "A2:H20"),
    "WK": ("florist_orders.xlsx", "Stock", "A24:G36"),
    "AP": ("hair_salon.xlsx", "Appointments", "A4:L48"),
    "CL": ("hair_salon.xlsx", "Clients", "A1:J27"),
    "TK": ("hair_salon.xlsx", "Takings", "A2:G8"),
    "RB": ("hair_salon.xlsx", "Takings", "A12:F18"),
    "HT": ("karting_laps.xlsx", "Heats", "A4:L40"),
    "DR": ("karting_laps.xlsx", "Drivers", "A3:J33"),
})


def age(v):
    """Whole years from a real date of birth to BUILT (Excel's DATEDIF(..., "y"))."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def ge(a, b):
    """a >= b for a request that says "at least" / "or more": inclusive, but a float that only
    misses the edge by rounding noise is still reported."""
    if a is None or b is None:
        return False
    if 0 < abs(a - b) < 1e-6:
        raise Boundary(f"value {a} is within rounding noise of {b}")
    return a >= b - 1e-9


def row_ext(tab, heads, fn, conv=num):
    """Cells equal to their row's max (fn=max) or min (fn=min) over `heads` (numbers only)."""
    out = set()
    for row in tab.rows:
        xs = [conv(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = fn(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                if num(row[h]) is not None and num(row[h]) == m}
    return out


def col_min(tab, heads):
    out = set()
    for h in heads:
        m = min(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def block_small(tab, heads, n):
    vals = sorted(x for h in heads for x in tab.values(h))
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) <= cut)


def oldest(tab, h, n):
    """The n earliest real dates of a column; a tie across the cut-off is a boundary."""
    vals = sorted(d(row[h]) for row in tab.rows if d(row[h]) is not None)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the cut-off")
    return tab.cells(h, lambda v, r: d(v) is not None and d(v) <= cut)


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- blood_donors
    DN, SS, UV = T("DN"), T("SS"), T("UV")
    bm = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    min_hb = cell("blood_donors.xlsx", "Donors", "P4")
    C["u001"] = lambda: DN.cells("Hb (g/dL)", lambda v, r: lt(val(v), min_hb))
    C["u002"] = lambda: DN.whole(lambda r: val(r["Hb (g/dL)"]) is not None and (
        (t(r["Sex"]) == "m" and lt(val(r["Hb (g/dL)"]), 13.5)) or
        (t(r["Sex"]) == "f" and lt(val(r["Hb (g/dL)"]), 12.5))))
    C["u003"] = lambda: DN.cells("Name", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 18)
    C["u004"] = lambda: DN.cells("Next eligible", lambda v, r: d(v) and d(r["Last donation"])
                                 and d(v) < d(r["Last donation"]))
    C["u005"] = lambda: SS.whole(lambda r: weekend(r["Date"]))
    C["u006"] = lambda: SS.whole(lambda r: val(r["Attended"]) is not None and num(r["Booked"]) is not None
                                 and lt(val(r["Attended"]), 0.8 * num(r["Booked"])))
    C["u007"] = lambda: DN.cells("Name", dup(DN, "Name", t))
    C["u008"] = lambda: top(DN, "Donations", 5)
    C["u009"] = lambda: DN.cells("Next eligible", lambda v, r: days(v) is not None and days(v) <= 0)
    C["u010"] = lambda: SS.whole(lambda r: t(r["nurse lead"]) == "t. hughes" and num(r["Units"]) is not None
                                 and num(r["Units"]) < num(r["Target"]))
    C["u011"] = lambda: SS.cells("Attended", lambda v, r: val(v) is not None and val(v) > num(r["Booked"]))
    C["u012"] = lambda: row_ext(UV, bm, min)
    C["u013"] = lambda: DN.whole(lambda r: d(r["Last donation"]) is not None
                                 and lt((d(r["Last donation"]) - edate(BUILT, -24)).days, 0))
    C["u014"] = lambda: DN.whole(lambda r: blank(r["Hb (g/dL)"]))
    C["u015"] = lambda: DN.cells("Blood grp", lambda v, r: "-" in t(v))
    C["u016"] = lambda: DN.whole(lambda r: blank(r["Email"]) and t(r["Deferred?"]) != "y")
    C["u017"] = lambda: UV.cells(bm, lambda v, r: num(v) is not None and num(v) < num(r["Target/mo"]))
    C["u018"] = lambda: DN.cells("Next eligible", lambda v, r: d(v) and d(r["Last donation"])
                                 and (d(v) - d(r["Last donation"])).days < 84)
    C["u019"] = lambda: drops(UV, bm)
    C["u020"] = lambda: SS.whole(lambda r: mins(r["Start"]) >= 13 * 60
                                 and t(r["Venue"]) in ("leisure centre", "university"))
    C["u021"] = lambda: DN.cells("Next eligible", lambda v, r: days(v) is not None and 0 < days(v) <= 7)
    C["u022"] = lambda: DN.whole(lambda r: t(r["Blood grp"]) == "o-" and num(r["Donations"]) >= 10)
    C["u023"] = lambda: block_top(UV, bm, 3)
    C["u024"] = lambda: DN.cells("Donor ID", dup(DN, "Donor ID"))
    C["u025"] = lambda: SS.cells("Units", lambda v, r: blank(v))

    # ---------------- driving_school
    LS, PP, HR = T("LS"), T("PP"), T("HR")
    mocks = ["Mock 1", "Mock 2", "Mock 3"]
    weeks = ["W/c 26 Oct", "W/c 2 Nov", "W/c 9 Nov", "W/c 16 Nov", "W/c 23 Nov"]
    cap = cell("driving_school.xlsx", "Lessons", "P2")
    booked = Counter((t(r["Pupil"]), d(r["Date"]) or r["Date"]) for r in LS.rows)
    C["u026"] = lambda: LS.cells("Paid (£)", lambda v, r: num(v) is not None and num(v) < val(r["Fee (£)"]))
    C["u027"] = lambda: LS.whole(lambda r: t(r["Gearbox"]) == "auto" or t(r["Type"]) == "refresher")
    C["u028"] = lambda: LS.cells("Miles", lambda v, r: gt(num(v), cap))
    C["u029"] = lambda: PP.cells("Pupil", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 17)
    C["u030"] = lambda: LS.cells("Lesson #", dup(LS, "Lesson #"))
    C["u031"] = lambda: PP.cells(mocks, lambda v, r: lt(num(v), 0.6))
    C["u032"] = lambda: PP.cells("Theory passed", lambda v, r: d(v) is not None
                                 and lt((edate(d(v), 24) - BUILT).days, 0))
    C["u033"] = lambda: LS.whole(lambda r: t(r["Type"]) == "mock test" and (
        blank(r["Paid (£)"]) or val(r["Paid (£)"]) < val(r["Fee (£)"])))
    C["u034"] = lambda: PP.whole(lambda r: num(r["Hrs planned"]) is not None
                                 and val(r["Hrs done"]) >= num(r["Hrs planned"]))
    C["u035"] = lambda: LS.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["u036"] = lambda: top(PP, "Hrs done", 3)
    C["u037"] = lambda: PP.whole(lambda r: t(r["Status"]) == "active" and blank(r["Theory passed"]))
    C["u038"] = lambda: row_ext(PP, mocks, max)
    C["u039"] = lambda: PP.cells("Mock 2", lambda v, r: num(v) is not None and num(r["Mock 1"]) is not None
                                 and num(v) < num(r["Mock 1"]))
    C["u040"] = lambda: LS.whole(lambda r: booked[(t(r["Pupil"]), d(r["Date"]) or r["Date"])] > 1)
    C["u041"] = lambda: LS.whole(lambda r: between(days(r["Date"]), -7, 0))
    C["u042"] = lambda: HR.cells(weeks, lambda v, r: val(v) is not None and val(v) > num(r["Contract hrs"]))
    C["u043"] = lambda: LS.whole(lambda r: blank(r["Instructor"]))
    C["u044"] = lambda: LS.cells("Notes", lambda v, r: "cancel" in t(v))
    C["u045"] = lambda: HR.cells(weeks[4], lambda v, r: val(v) is not None and val(r[weeks[3]]) is not None
                                 and val(v) < val(r[weeks[3]]))
    C["u046"] = lambda: LS.whole(lambda r: t(r["Type"]) != "standard" and gt(num(r["Miles"]), 40))
    C["u047"] = lambda: PP.cells("Test date", lambda v, r: between(days(v), 0, 14))
    C["u048"] = lambda: col_max(HR, weeks)
    C["u049"] = lambda: PP.whole(lambda r: not blank(r["Test date"]) and lt(num(r["Mock 3"]), 0.7))
    C["u050"] = lambda: top(PP, "Mock 1", 3, largest=False)

    # ---------------- lift_inspections
    RG, CO, CB, UP = T("RG"), T("CO"), T("CB"), T("UP")
    um = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    max_int = cell("lift_inspections.xlsx", "Register", "C3")
    calls = Counter(t(r["Lift ID"]) for r in CO.rows)
    C["u051"] = lambda: RG.cells("Test load (kg)", lambda v, r: val(v) is not None
                                 and val(v) < 1.25 * num(r["Rated load (kg)"]))   # "at least 125%": equal is fine
    C["u052"] = lambda: RG.whole(lambda r: t(r["Contractor"]) == "apex lifts" and (num(r["Open defects"]) or 0) > 0)
    C["u053"] = lambda: RG.cells("Next due", lambda v, r: days(v) is not None and 0 < days(v) <= 30)
    C["u054"] = lambda: RG.cells("Lift ID", dup(RG, "Lift ID"))
    C["u055"] = lambda: RG.whole(lambda r: days(r["Next due"]) is not None and days(r["Next due"]) <= 0)
    C["u056"] = lambda: CO.cells("Cost (€)", lambda v, r: val(v) is not None
                                 and ge(val(v) - num(r["Budget (€)"]), 200))
    C["u057"] = lambda: RG.cells("Building", lambda v, r: "tower" in t(v))
    C["u058"] = lambda: CO.whole(lambda r: t(r["Trapped?"]) == "yes"
                                 and gt(mins(r["Arrived"]) - mins(r["Reported"]), 30))
    C["u059"] = lambda: UP.cells(um, lambda v, r: lt(num(v), 0.95))
    C["u060"] = lambda: CB.cells("2026", lambda v, r: num(v) > num(r["2025"]))
    C["u061"] = lambda: RG.cells("Next due", lambda v, r: d(v) and d(r["Last insp."])
                                 and gt((d(v) - d(r["Last insp."])).days, max_int))
    C["u062"] = lambda: top(CO, "Cost (€)", 3)
    C["u063"] = lambda: CO.whole(lambda r: t(r["Cause"]) == "vandalism" or gt(val(r["Cost (€)"]), 1000))
    C["u064"] = lambda: CO.whole(lambda r: blank(r["Fixed"]))
    C["u065"] = lambda: row_ext(UP, um, min)
    C["u066"] = lambda: RG.cells("Last insp.", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["u067"] = lambda: UP.cells("Nov", lambda v, r: num(v) is not None and num(r["Oct"]) is not None
                                 and num(v) < num(r["Oct"]))
    C["u068"] = lambda: RG.whole(lambda r: gt(num(r["Floors"]), 10) and d(r["Installed"]) is not None
                                 and d(r["Installed"]) < dt.date(1995, 1, 1))
    C["u069"] = lambda: CO.cells("Lift ID", lambda v, r: calls[t(v)] >= 3)
    C["u070"] = lambda: CO.cells("Cause", lambda v, r: t(v).startswith("door"))
    C["u071"] = lambda: CO.cells("Arrived", lambda v, r: mins(v) is not None and mins(r["Reported"]) is not None
                                 and gt(mins(v) - mins(r["Reported"]), 45))
    C["u072"] = lambda: RG.whole(lambda r: (num(r["Defects"]) or 0) > 0 and num(r["Open defects"]) is not None
                                 and num(r["Open defects"]) == num(r["Defects"]))
    C["u073"] = lambda: RG.whole(lambda r: t(r["Type"]) == "passenger" and t(r["Cert status"]) != "valid")
    C["u074"] = lambda: oldest(RG, "Installed", 5)
    C["u075"] = lambda: col_max(UP, um)

    # ---------------- florist_orders
    OD, ST, WK = T("OD"), T("ST"), T("WK")
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    min_margin = cell("florist_orders.xlsx", "Orders", "P2")
    C["u076"] = lambda: OD.whole(lambda r: num(r["Cost"]) > val(r["Price"]))
    C["u077"] = lambda: OD.whole(lambda r: t(r["Occasion"]) == "sympathy" and t(r["Paid?"]) != "yes")
    C["u078"] = lambda: OD.whole(lambda r: days(r["Deliver on"]) == 0)
    C["u079"] = lambda: OD.cells("Price", lambda v, r: val(v) and lt((val(v) - num(r["Cost"])) / val(v), min_margin))
    C["u080"] = lambda: OD.cells("Deliver on", lambda v, r: d(v) is not None and d(v).weekday() == 5)
    C["u081"] = lambda: row_ext(WK, wd, max)
    C["u082"] = lambda: OD.cells("Order no", dup(OD, "Order no"))
    C["u083"] = lambda: OD.whole(lambda r: gt(num(r["Stems"]), 100) or gt(val(r["Price"]), 400))
    C["u084"] = lambda: ST.whole(lambda r: d(r["Arrived"]) is not None
                                 and lt((d(r["Arrived"]) - BUILT).days + num(r["Vase life (d)"]), 0))
    C["u085"] = lambda: OD.cells("Delivered at", lambda v, r: mins(v) is not None
                                 and gt(mins(v) - mins(r["Slot"]), 120))
    C["u086"] = lambda: top(OD, "Price", 5)
    C["u087"] = lambda: OD.cells("Deliver on", lambda v, r: d(v) and d(r["Ordered"])
                                 and (d(v) - d(r["Ordered"])).days <= 1)
    C["u088"] = lambda: OD.whole(lambda r: t(r["Driver"]) == "ravi" and blank(r["Delivered at"]))
    C["u089"] = lambda: col_max(WK, wd)
    C["u090"] = lambda: OD.whole(lambda r: blank(r["Driver"]))
    C["u091"] = lambda: ST.cells("Sold", lambda v, r: val(v) is not None and num(r["Stems in"]) is not None
                                 and lt(val(v), num(r["Stems in"]) / 2))
    C["u092"] = lambda: OD.cells("card msg", lambda v, r: "love" in t(v))
    C["u093"] = lambda: ST.whole(lambda r: num(r["Stems in"]) is not None and num(r["Stems in"]) >= 100
                                 and lt(val(r["Sold"]), 70))
    C["u094"] = lambda: WK.cells("Sat", lambda v, r: num(v) is not None and num(r["Fri"]) is not None
                                 and num(v) < num(r["Fri"]))
    C["u095"] = lambda: OD.whole(lambda r: t(r["Occasion"]) != "wedding" and gt(val(r["Price"]), 200))
    C["u096"] = lambda: OD.cells("Customer", dup(OD, "Customer", t))
    C["u097"] = lambda: OD.cells("Deliver on", lambda v, r: days(v) is not None and 0 < days(v) <= 7)
    C["u098"] = lambda: top(OD, "Cost", 3, largest=False)
    C["u099"] = lambda: WK.cells(wd, lambda v, r: lt(num(v), 15))
    C["u100"] = lambda: ST.cells(["Cost/stem", "Price/stem"], lambda v, r: gt(num(v), 2.5))

    # ---------------- hair_salon
    AP, CL, TK, RB = T("AP"), T("CL"), T("TK"), T("RB")
    td = ["Tue", "Wed", "Thu", "Fri", "Sat"]
    rm = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    C["u101"] = lambda: CL.cells("Spend 2026", lambda v, r: num(v) is not None and num(r["Spend 2025"]) is not None
                                 and num(v) < num(r["Spend 2025"]))
    C["u102"] = lambda: AP.whole(lambda r: t(r["Stylist"]) == "jade" and t(r["Service"]) in ("colour", "highlights"))
    C["u103"] = lambda: CL.cells("Client", lambda v, r: t(r["Colour client?"]) == "y" and d(r["Patch test"])
                                 and lt((d(r["Patch test"]) - edate(BUILT, -6)).days, 0))
    C["u104"] = lambda: AP.cells("Tip", lambda v, r: num(v) is not None and gt(num(v), 0.25 * val(r["Price"])))
    C["u105"] = lambda: AP.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)
    C["u106"] = lambda: TK.cells(td, lambda v, r: num(v) is not None and num(v) < num(r["Target/day"]))
    C["u107"] = lambda: CL.cells("Client", dup(CL, "Client", t))
    C["u108"] = lambda: AP.whole(lambda r: t(r["Status"]) == "done" and num(r["Tip"]) == 0)
    C["u109"] = lambda: CL.cells("Last visit", lambda v, r: lt(days(v), -90))
    C["u110"] = lambda: AP.cells("Retail £", lambda v, r: num(v) is not None and num(v) > val(r["Price"]))
    C["u111"] = lambda: top(CL, "Spend 2026", 3)
    C["u112"] = lambda: AP.whole(lambda r: blank(r["Stylist"]))
    C["u113"] = lambda: row_ext(TK, td, max)
    C["u114"] = lambda: AP.whole(lambda r: t(r["New?"]) == "y" and t(r["Status"]) in ("no-show", "cancelled"))
    C["u115"] = lambda: CL.cells("Client", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 16)
    C["u116"] = lambda: RB.cells("Nov", lambda v, r: num(v) is not None and num(r["Oct"]) is not None
                                 and num(v) < num(r["Oct"]))
    C["u117"] = lambda: RB.cells(rm, lambda v, r: lt(val(v), 0.45))
    C["u118"] = lambda: AP.cells("Service", lambda v, r: "trim" in t(v))
    C["u119"] = lambda: AP.whole(lambda r: t(r["New?"]) == "y" and t(r["Booked via"]) == "instagram")
    C["u120"] = lambda: CL.cells("Spend 2026", lambda v, r: num(v) is not None and num(r["Spend 2025"]) is not None
                                 and gt(num(v) - num(r["Spend 2025"]), 100))
    C["u121"] = lambda: AP.cells("Date", lambda v, r: days(v) is not None and 0 < days(v) <= 3)
    C["u122"] = lambda: col_max(RB, rm)
    C["u123"] = lambda: top(CL, "Visits", 5)
    C["u124"] = lambda: CL.whole(lambda r: blank(r["Spend 2025"]) or blank(r["Spend 2026"]))
    C["u125"] = lambda: CL.whole(lambda r: num(r["Visits"]) >= 20 and lt(num(r["Spend 2026"]), 500))

    # ---------------- karting_laps
    HT, DR = T("HT"), T("DR")
    laps = [f"Lap {k}" for k in range(1, 9)]
    record = cell("karting_laps.xlsx", "Heats", "O1")
    cutoff = cell("karting_laps.xlsx", "Heats", "O2")
    C["u126"] = lambda: row_ext(HT, laps, min)
    C["u127"] = lambda: HT.cells("Lap 8", lambda v, r: num(v) is not None and num(r["Lap 7"]) is not None
                                 and num(v) > num(r["Lap 7"]))
    C["u128"] = lambda: DR.whole(lambda r: t(r["Class"]) == "junior" and t(r["WAIVER"]) != "signed")
    C["u129"] = lambda: DR.cells("Driver", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 8)
    C["u130"] = lambda: HT.cells(laps, lambda v, r: lt(val(v), record))
    C["u131"] = lambda: HT.whole(lambda r: (r.r - 5) % 2 == 0)
    C["u132"] = lambda: HT.cells("Lap 2", lambda v, r: num(v) is not None and num(r["Lap 1"]) is not None
                                 and ge(num(r["Lap 1"]) - num(v), 1.5))
    C["u133"] = lambda: HT.whole(lambda r: any(blank(r[x]) for x in laps))
    C["u134"] = lambda: DR.whole(lambda r: t(r["Class"]) == "pro" and num(r["Wins"]) == 0)
    C["u135"] = lambda: DR.cells("Wins", lambda v, r: num(r["Races"]) and gt(num(v), 0.1 * num(r["Races"])))
    C["u136"] = lambda: col_min(HT, laps)
    C["u137"] = lambda: DR.cells("Last visit", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -3)).days, 0))
    C["u138"] = lambda: DR.whole(lambda r: lt(num(r["Height (cm)"]), 140) or lt(val(r["Weight (kg)"]), 35))
    C["u139"] = lambda: DR.cells("Driver", dup(DR, "Driver", t))
    C["u140"] = lambda: DR.cells("Last visit", lambda v, r: d(v) and d(r["Member since"])
                                 and d(v) < d(r["Member since"]))
    C["u141"] = lambda: block_small(HT, laps, 5)
    C["u142"] = lambda: top(DR, "Wins", 3)
    C["u143"] = lambda: HT.whole(lambda r: not blank(r["Pen (s)"])
                                 and lt(min(num(r[x]) for x in laps if num(r[x]) is not None), 40))
    C["u144"] = lambda: DR.cells("WAIVER", lambda v, r: t(v) == "missing")
    C["u145"] = lambda: HT.cells(laps, lambda v, r: gt(val(v), cutoff))
    C["u146"] = lambda: DR.cells("Member since", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -60)).days, 0))
    C["u147"] = lambda: HT.cells("Lap 8", lambda v, r: num(v) is not None and num(r["Lap 2"]) is not None
                                 and num(v) < num(r["Lap 2"]))
    C["u148"] = lambda: HT.cells(laps, lambda v, r: isinstance(v, str))
    C["u149"] = lambda: DR.whole(lambda r: blank(r["WAIVER"]))
    C["u150"] = lambda: DR.whole(lambda r: t(r["Class"]) != "junior" and num(r["Races"]) >= 50
                                 and t(r["WAIVER"]) == "signed")
    return C


def order(c: str):
    col = "".join(ch for ch in c if ch.isalpha())
    return (int(c[len(col):]), len(col), col)


def main() -> None:
    show = "--show" in sys.argv
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
        if show:
            print(f"{rid} [{len(mine)}]: {' '.join(sorted(mine, key=order))}")
        theirs = set(req.get("cells") or [])
        if mine != theirs:
            bad += 1
            print(f"{rid}: DISAGREE  only python: {sorted(mine - theirs, key=order)}  "
                  f"only render: {sorted(theirs - mine, key=order)}")
    extra = set(C) - seen
    if extra:
        print("checks without a request:", sorted(extra))
    print(f"{len(data['requests'])} requests, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
