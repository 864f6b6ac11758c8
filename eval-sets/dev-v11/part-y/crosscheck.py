"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between/le_edge` also raise `Boundary` when a value sits exactly on a
threshold that the request leaves vague (so the set's expected cells never hinge on inclusive vs
exclusive); `top`, `block_top` and `row_max(..., ties=False)` raise it on a tie at the cut-off.

    python crosscheck.py         # exit 1 on any disagreement or boundary hit
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
BUILT = dt.date(2026, 12, 2)
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


def le_edge(a, b):
    """a <= b for an inclusive limit the request states loosely ("within 30 days"): no data on it."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def age(v):
    """Whole years from a real date of birth to BUILT (Excel's DATEDIF(dob, TODAY(), "y"))."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def weekday(v):
    """Monday = 0 ... Sunday = 6 for a real date; None otherwise."""
    x = d(v)
    return None if x is None else x.weekday()


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "JB": ("antique_restoration.xlsx", "Jobs", "B4:O44"),
    "HR": ("antique_restoration.xlsx", "Monthly", "A2:H10"),
    "IV": ("antique_restoration.xlsx", "Monthly", "A14:H22"),
    "RT": ("climbing_wall.xlsx", "Routes", "A4:M40"),
    "FF": ("climbing_wall.xlsx", "Footfall", "B3:J15"),
    "MB": ("climbing_wall.xlsx", "Members", "A1:K33"),
    "LA": ("fishing_landings.xlsx", "Landings", "A5:M49"),
    "QT": ("fishing_landings.xlsx", "Quota", "A2:G12"),
    "LC": ("fishing_landings.xlsx", "Quota", "I2:L12"),
    "SE": ("ice_rink_sessions.xlsx", "Sessions", "A4:M57"),
    "LE": ("ice_rink_sessions.xlsx", "Lessons", "A3:J33"),
    "SK": ("ice_rink_sessions.xlsx", "Skates", "A2:G30"),
    "ME": ("judo_club.xlsx", "Members", "C4:N44"),
    "AT": ("judo_club.xlsx", "Attendance", "A3:G27"),
    "GR": ("judo_club.xlsx", "Gradings", "A2:H20"),
    "CP": ("judo_club.xlsx", "Gradings", "A24:F34"),
    "CO": ("locksmith_callouts.xlsx", "Callouts", "A3:O49"),
    "VS": ("locksmith_callouts.xlsx", "Van stock", "A3:F17"),
    "TE": ("locksmith_callouts.xlsx", "Van stock", "H3:L8"),
}


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


def row_max(tab, heads, ties=True):
    """The highest number of each row across `heads`; a tie is a boundary unless ties count."""
    out = set()
    for row in tab.rows:
        nums = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not nums:
            continue
        m = max(nums)
        if not ties and nums.count(m) > 1:
            raise Boundary(f"tie for the row maximum in row {row.r}")
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def block_top(tab, heads, n, largest=True):
    """The n largest (smallest) numbers across a block of columns; a tie at the cut is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and (num(v) >= cut if largest else num(v) <= cut))


def drops(tab, heads, conv=num):
    """Cells lower than the cell to their left within `heads` (either side blank: skipped).
    Equal neighbours are simply not lower (no boundary: the comparison is between two cells)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) < conv(r[p]))
    return out


def span(a, b):
    """Minutes from time a to time b (None if either is missing)."""
    x, y = mins(a), mins(b)
    return None if x is None or y is None else y - x


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- antique_restoration (y001-y025)
    JB, HR, IV = T("JB"), T("HR"), T("IV")
    months6 = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    signoff = cell("antique_restoration.xlsx", "Jobs", "R2")
    C["y001"] = lambda: JB.whole(lambda r: val(r["Actual ($)"]) is not None and val(r["Quote ($)"]) is not None
                                 and val(r["Actual ($)"]) > val(r["Quote ($)"]))
    C["y002"] = lambda: JB.cells("Hrs", lambda v, r: val(v) is not None and num(r["Est. hrs"])
                                 and gt(val(v) / num(r["Est. hrs"]), 1.5))
    C["y003"] = lambda: JB.whole(lambda r: gt(val(r["Hrs"]), signoff))
    C["y004"] = lambda: drops(HR, months6)
    C["y005"] = lambda: IV.cells("Nov", lambda v, r: num(v) is not None and num(r["LY Nov"]) is not None
                                 and num(v) < num(r["LY Nov"]))
    C["y006"] = lambda: JB.whole(lambda r: t(r["Category"]) == "furniture" and blank(r["Delivered"])
                                 and blank(r["Deposit"]))
    C["y007"] = lambda: JB.whole(lambda r: t(r["Category"]) in ("silver", "paintings") and gt(val(r["Quote ($)"]), 500))
    C["y008"] = lambda: JB.whole(lambda r: t(r["Restorer"]) in ("hattie", "oskar") and blank(r["Delivered"])
                                 and gt(val(r["Hrs"]), 10))
    C["y009"] = lambda: JB.whole(lambda r: t(r["Status"]) == "quoted" and not blank(r["Actual ($)"]))
    C["y010"] = lambda: JB.whole(lambda r: t(r["Status"]) == "delivered" and blank(r["Deposit"])
                                 and gt(num(r["Actual ($)"]), 500))
    C["y011"] = lambda: JB.cells("Promised", lambda v, r: blank(r["Delivered"]) and lt(days(v), -14))
    C["y012"] = lambda: JB.whole(lambda r: d(r["Delivered"]) and d(r["Promised"])
                                 and gt((d(r["Delivered"]) - d(r["Promised"])).days, 7))
    C["y013"] = lambda: JB.cells("Promised", lambda v, r: weekday(v) == 6)
    C["y014"] = lambda: JB.whole(lambda r: blank(r["Delivered"]) and lt(days(r["Received"]), -90))
    C["y015"] = lambda: JB.whole(lambda r: (r.r - 5) % 2 == 0)
    C["y016"] = lambda: HR.cells(months6, lambda v, r: gt(num(v), 200))
    C["y017"] = lambda: block_top(IV, months6, 3)
    C["y018"] = lambda: row_max(HR, months6, ties=False)
    C["y019"] = lambda: HR.whole(lambda r: any(blank(r[m]) for m in months6))
    C["y020"] = lambda: JB.whole(lambda r: blank(r["Restorer"]))
    C["y021"] = lambda: JB.cells("Job ref", dup(JB, "Job ref"))
    C["y022"] = lambda: JB.cells("Client", lambda v, r: not blank(v) and JB.count("Client", t)[t(v)] == 1)
    C["y023"] = lambda: top(JB, "Quote ($)", 5)
    C["y024"] = lambda: JB.cells("Item", lambda v, r: "clock" in t(v))
    C["y025"] = lambda: JB.cells("Item", lambda v, r: "(" in t(v))

    # ---------------- climbing_wall (y026-y050)
    RT, FF, MB = T("RT"), T("FF"), T("MB")
    max_days = cell("climbing_wall.xlsx", "Routes", "P4")
    keep = cell("climbing_wall.xlsx", "Routes", "P5")
    week = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    C["y026"] = lambda: RT.cells("Flashes", lambda v, r: num(v) is not None and val(r["Ascents"]) is not None
                                 and gt(num(v), val(r["Ascents"]) / 2))
    C["y027"] = lambda: RT.cells("Rating", lambda v, r: lt(num(v), keep))
    C["y028"] = lambda: FF.cells("Sun", lambda v, r: val(v) is not None and val(r["Sat"]) is not None
                                 and val(v) > val(r["Sat"]))
    C["y029"] = lambda: FF.whole(lambda r: sum(val(r[x]) or 0 for x in week) < num(r["Target / wk"]))
    C["y030"] = lambda: MB.cells("Member", lambda v, r: num(r["Visits (Nov)"]) < num(r["Visits (Oct)"]))
    C["y031"] = lambda: RT.whole(lambda r: t(r["Type"]) == "lead" and t(r["Setter"]) in ("jo", "mateus")
                                 and t(r["Status"]) == "up")
    C["y032"] = lambda: RT.whole(lambda r: t(r["Status"]) == "up"
                                 and (lt(val(r["Ascents"]), 20) or lt(num(r["Rating"]), 2.5)))
    C["y033"] = lambda: MB.whole(lambda r: t(r["Waiver"]) == "no" and (num(r["Visits (Nov)"]) or 0) > 0)
    C["y034"] = lambda: MB.whole(lambda r: t(r["Plan"]) in ("monthly", "annual") and blank(r["Belay test"]))
    C["y035"] = lambda: RT.whole(lambda r: t(r["Wall"]) == "kids zone" and t(r["Grade"])[:1] in "6789")
    C["y036"] = lambda: RT.whole(lambda r: t(r["Status"]) == "up" and days(r["Set on"]) is not None
                                 and gt(-days(r["Set on"]), max_days))
    C["y037"] = lambda: MB.cells("Member", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 14)
    C["y038"] = lambda: MB.whole(lambda r: t(r["Plan"]) == "youth" and age(r["DOB"]) is not None
                                 and age(r["DOB"]) >= 18)
    C["y039"] = lambda: MB.cells("Last visit", lambda v, r: lt(days(v), (edate(BUILT, -2) - BUILT).days))
    C["y040"] = lambda: FF.whole(lambda r: (r.r - 4) % 2 == 0)
    C["y041"] = lambda: FF.cells(week, lambda v, r: gt(val(v), 250))
    C["y042"] = lambda: row_max(FF, week, ties=True)
    C["y043"] = lambda: block_top(FF, week, 3, largest=False)
    C["y044"] = lambda: FF.whole(lambda r: any([lt(val(r[x]), 90) for x in week[:5]]))
    C["y045"] = lambda: col_max(RT, ["Ascents", "Flashes"])
    C["y046"] = lambda: MB.cells("Member", lambda v, r: blank(r["Induction"]))
    C["y047"] = lambda: MB.cells("Member", dup(MB, "Member", t))
    C["y048"] = lambda: top(RT, "Ascents", 3)
    C["y049"] = lambda: rows_of(RT, top(RT, "Ascents", 2, largest=False))
    C["y050"] = lambda: RT.cells("Route", lambda v, r: "crimp" in t(v))

    # ---------------- fishing_landings (y051-y075)
    LA, QT, LC = T("LA"), T("QT"), T("LC")
    min_price = cell("fishing_landings.xlsx", "Landings", "M2")
    months5 = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    same_day = Counter((d(r["Date"]) or r["Date"], t(r["Vessel"])) for r in LA.rows)
    C["y051"] = lambda: LA.cells("$/kg", lambda v, r: lt(val(v), min_price))
    C["y052"] = lambda: LA.whole(lambda r: gt(span(r["Alongside"], r["Sold"]), 180))
    C["y053"] = lambda: LA.cells("Ice (kg)", lambda v, r: num(v) is not None and val(r["Kg"]) is not None
                                 and lt(num(v), 0.3 * val(r["Kg"])))
    C["y054"] = lambda: QT.cells("Nov", lambda v, r: num(r["Oct"]) is not None and num(v) is not None
                                 and num(v) > num(r["Oct"]))
    C["y055"] = lambda: QT.whole(lambda r: gt(sum(val(r[m]) or 0 for m in months5), 0.65 * num(r["Quota (t)"])))
    C["y056"] = lambda: LA.whole(lambda r: t(r["Species"]) in ("whiting", "mackerel") and lt(val(r["$/kg"]), 1.5))
    C["y057"] = lambda: LA.whole(lambda r: t(r["Buyer"]) == "auction" and gt(mins(r["Sold"]), 12 * 60))
    C["y058"] = lambda: LA.whole(lambda r: t(r["Vessel"]) in ("girl bronagh", "kittiwake") and gt(val(r["Kg"]), 2000))
    C["y059"] = lambda: LA.whole(lambda r: t(r["Buyer"]) != "auction" and gt(num(r["Value ($)"]), 10000))
    C["y060"] = lambda: LA.whole(lambda r: t(r["Species"]) in ("monkfish", "lobster") and lt(mins(r["Alongside"]), 6 * 60))
    C["y061"] = lambda: LA.cells("Date", lambda v, r: between(days(v), -7, 0))
    C["y062"] = lambda: LC.cells("Insurance due", lambda v, r: le_edge(days(v), 30))
    C["y063"] = lambda: LC.cells("Last survey", lambda v, r: d(v) is not None and lt((edate(d(v), 24) - BUILT).days, 0))
    C["y064"] = lambda: LA.whole(lambda r: weekday(r["Date"]) == 6)
    C["y065"] = lambda: QT.cells(months5, lambda v, r: gt(val(v), 25))
    C["y066"] = lambda: row_max(QT, months5, ties=True)
    C["y067"] = lambda: block_top(QT, months5, 3)
    C["y068"] = lambda: LA.cells(["Kg", "Boxes", "$/kg", "Value ($)"], lambda v, r: isinstance(v, str))
    C["y069"] = lambda: LA.whole(lambda r: blank(r["Buyer"]))
    C["y070"] = lambda: QT.cells(months5, lambda v, r: blank(v))
    C["y071"] = lambda: LA.cells("Landing #", dup(LA, "Landing #"))
    C["y072"] = lambda: LA.whole(lambda r: same_day[(d(r["Date"]) or r["Date"], t(r["Vessel"]))] > 1)
    C["y073"] = lambda: top(LA, "Value ($)", 5)
    C["y074"] = lambda: top(LA, "$/kg", 3, largest=False)
    C["y075"] = lambda: LA.cells("Buyer", lambda v, r: "coastline" in t(v))

    # ---------------- ice_rink_sessions (y076-y100)
    SE, LE, SK = T("SE"), T("LE"), T("SK")
    fire = cell("ice_rink_sessions.xlsx", "Sessions", "P1")
    people = ["Booked", "Walk-ins", "Skate hire"]
    C["y076"] = lambda: SE.whole(lambda r: num(r["Walk-ins"]) is not None
                                 and val(r["Booked"]) + num(r["Walk-ins"]) > num(r["Cap."]))
    C["y077"] = lambda: SE.cells("Booked", lambda v, r: gt(val(v), fire))
    C["y078"] = lambda: LE.cells("Paid ($)", lambda v, r: val(v) is not None and val(v) < num(r["Term fee ($)"]))
    C["y079"] = lambda: SK.cells("Last sharpened", lambda v, r: d(v) and d(r["Bought"]) and d(v) < d(r["Bought"]))
    C["y080"] = lambda: SE.cells("Skate hire", lambda v, r: num(v) is not None
                                 and gt(num(v), 0.6 * (val(r["Booked"]) + (num(r["Walk-ins"]) or 0))))
    C["y081"] = lambda: SE.whole(lambda r: t(r["Session"]) == "public" and t(r["Day"]) in ("sat", "sun"))
    C["y082"] = lambda: SE.whole(lambda r: num(r["Ice temp (°C)"]) >= -3 and t(r["Resurfaced"]) == "n")
    C["y083"] = lambda: SE.whole(lambda r: t(r["Session"]) in ("hockey", "figure")
                                 and lt(val(r["Booked"]) / num(r["Cap."]), 2 / 3))
    C["y084"] = lambda: LE.whole(lambda r: num(r["Lessons left"]) <= 2 and val(r["Paid ($)"]) is not None
                                 and val(r["Paid ($)"]) < num(r["Term fee ($)"]))
    C["y085"] = lambda: SK.whole(lambda r: t(r["Type"]) == "hockey" and (t(r["Condition"]) == "worn" or blank(r["Condition"])))
    C["y086"] = lambda: LE.whole(lambda r: t(r["Level"]) == "adult" and age(r["DOB"]) is not None and age(r["DOB"]) < 18)
    C["y087"] = lambda: LE.cells("Next badge", lambda v, r: between(days(v), 0, 14))
    C["y088"] = lambda: SK.cells("Pair #", lambda v, r: lt(days(r["Last sharpened"]), -60))
    C["y089"] = lambda: SE.whole(lambda r: weekend(r["Date"]))
    C["y090"] = lambda: SE.whole(lambda r: gt(span(r["Start"], r["End"]), 90))
    C["y091"] = lambda: LE.whole(lambda r: (r.r - 4) % 3 == 0)
    C["y092"] = lambda: SE.cells(people, lambda v, r: num(v) is not None and num(v) >= 200)
    C["y093"] = lambda: col_max(SE, people + ["Takings ($)"])
    C["y094"] = lambda: SE.whole(lambda r: any(num(r[h]) == 0 for h in people))
    C["y095"] = lambda: SE.cells(["Walk-ins", "Skate hire", "Takings ($)"],
                                 lambda v, r: blank(v) and days(r["Date"]) is not None and days(r["Date"]) < 0)
    C["y096"] = lambda: SE.whole(lambda r: blank(r["Steward"]))
    C["y097"] = lambda: LE.cells("Pupil", dup(LE, "Pupil", t))
    C["y098"] = lambda: top(SE, "Takings ($)", 4)
    C["y099"] = lambda: top(SK, "Hires since", 3)
    C["y100"] = lambda: SK.cells("Size", lambda v, r: t(v).startswith("c"))

    # ---------------- judo_club (y101-y125)
    ME, AT, GR, CP = T("ME"), T("AT"), T("GR"), T("CP")
    min_att = cell("judo_club.xlsx", "Members", "R11")
    scores = ["Nage-waza", "Katame-waza", "Randori", "Theory"]
    fought = {t(r["Name"]) for r in CP.rows if not blank(r["Name"])}
    C["y101"] = lambda: AT.cells("Nov", lambda v, r: num(r["Oct"]) is not None and val(v) is not None
                                 and val(v) < num(r["Oct"]))
    C["y102"] = lambda: AT.cells("Nov", lambda v, r: val(v) is not None and val(v) > num(r["Held (Nov)"]))
    C["y103"] = lambda: CP.whole(lambda r: num(r["Won"]) == num(r["Fights"]))
    C["y104"] = lambda: GR.cells("Randori", lambda v, r: num(r["Nage-waza"]) is not None
                                 and num(v) - num(r["Nage-waza"]) >= 3)
    C["y105"] = lambda: ME.cells("Attend. %", lambda v, r: lt(num(v), min_att))
    C["y106"] = lambda: ME.whole(lambda r: t(r["Belt"]) in ("brown", "black") and (num(r["Fees due ($)"]) or 0) > 0)
    C["y107"] = lambda: ME.whole(lambda r: t(r["Sex"]) == "f" and gt(val(r["Wt (kg)"]), 80))
    C["y108"] = lambda: ME.whole(lambda r: lt(num(r["Attend. %"]), 0.5) and (num(r["Fees due ($)"]) or 0) > 0)
    C["y109"] = lambda: GR.whole(lambda r: t(r["Fee paid"]) == "n" or any(blank(r[s]) for s in scores))
    C["y110"] = lambda: GR.whole(lambda r: num(r["Nage-waza"]) is not None and num(r["Nage-waza"]) <= 5
                                 and num(r["Katame-waza"]) is not None and num(r["Katame-waza"]) <= 5)
    C["y111"] = lambda: ME.whole(lambda r: age(r["DOB"]) is not None and age(r["DOB"]) < 18 and blank(r["Guardian"]))
    C["y112"] = lambda: ME.cells("Licence exp.", lambda v, r: le_edge(days(v), 30))
    C["y113"] = lambda: ME.cells("Last grading", lambda v, r: lt(days(v), (edate(BUILT, -6) - BUILT).days))
    C["y114"] = lambda: ME.cells("Name", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) >= 40)
    C["y115"] = lambda: ME.whole(lambda r: (r.r - 5) % 2 == 0)
    C["y116"] = lambda: AT.cells(months5, lambda v, r: num(v) is not None and num(v) == 0)
    C["y117"] = lambda: row_max(AT, months5, ties=True)
    C["y118"] = lambda: GR.cells(scores, lambda v, r: num(v) is not None and num(v) <= 4)
    C["y119"] = lambda: AT.whole(lambda r: lt(sum(val(r[m]) or 0 for m in months5), 12))
    C["y120"] = lambda: ME.cells("Attend. %", lambda v, r: blank(v))
    C["y121"] = lambda: ME.whole(lambda r: blank(r["Last grading"]))
    C["y122"] = lambda: ME.cells("Lic. No", dup(ME, "Lic. No"))
    C["y123"] = lambda: GR.cells("Name", lambda v, r: t(v) in fought)
    C["y124"] = lambda: top(ME, "Wt (kg)", 3)
    C["y125"] = lambda: CP.cells("Category", lambda v, r: t(v).startswith("u15"))

    # ---------------- locksmith_callouts (y126-y150)
    CO, VS, TE = T("CO"), T("VS"), T("TE")
    target = cell("locksmith_callouts.xlsx", "Callouts", "R3")
    vans = ["Van 1", "Van 2", "Van 3", "Van 4"]
    money = ["Parts ($)", "Labour ($)", "Total ($)", "Paid ($)"]
    C["y126"] = lambda: CO.cells("On site", lambda v, r: gt(span(r["Call time"], v), target))
    C["y127"] = lambda: CO.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < num(r["Total ($)"]))
    C["y128"] = lambda: CO.whole(lambda r: val(r["Parts ($)"]) > num(r["Labour ($)"]))
    C["y129"] = lambda: CO.whole(lambda r: gt(span(r["On site"], r["Done"]), 120))
    C["y130"] = lambda: CO.cells("Total ($)", lambda v, r: num(v) > val(r["Parts ($)"]) + num(r["Labour ($)"]))
    C["y131"] = lambda: CO.whole(lambda r: t(r["Emergency?"]) == "yes" and gt(span(r["Call time"], r["On site"]), 50))
    C["y132"] = lambda: CO.whole(lambda r: t(r["Type"]) == "lockout" and t(r["Tech"]) in ("dev", "yusuf"))
    C["y133"] = lambda: CO.whole(lambda r: blank(r["Paid ($)"]) and gt(num(r["Total ($)"]), 100))
    C["y134"] = lambda: CO.whole(lambda r: t(r["Tech"]) == "ollie" and t(r["Type"]) != "lockout"
                                 and gt(span(r["On site"], r["Done"]), 60))
    C["y135"] = lambda: VS.whole(lambda r: num(r["Van 3"]) == 0 or num(r["Van 4"]) == 0)
    C["y136"] = lambda: CO.whole(lambda r: between(days(r["Date"]), -7, 0))
    C["y137"] = lambda: CO.whole(lambda r: blank(r["Paid ($)"]) and lt(days(r["Date"]), -14))
    C["y138"] = lambda: CO.whole(lambda r: weekday(r["Date"]) == 6)
    C["y139"] = lambda: TE.cells("DBS exp.", lambda v, r: le_edge(days(v), 30))
    C["y140"] = lambda: VS.whole(lambda r: (r.r - 4) % 2 == 0)
    C["y141"] = lambda: VS.cells(vans, lambda v, r: num(v) is not None and num(v) < num(r["Reorder at"]))
    C["y142"] = lambda: col_max(VS, vans)
    C["y143"] = lambda: CO.cells(money, lambda v, r: gt(num(v), 250))
    C["y144"] = lambda: VS.whole(lambda r: lt(sum(val(r[x]) or 0 for x in vans), 10))
    C["y145"] = lambda: CO.whole(lambda r: blank(r["Tech"]))
    C["y146"] = lambda: CO.cells("Job no.", dup(CO, "Job no."))
    C["y147"] = lambda: CO.cells("Customer", lambda v, r: not blank(v) and CO.count("Customer", t)[t(v)] >= 3)
    C["y148"] = lambda: top(CO, "Total ($)", 3)
    C["y149"] = lambda: top(CO, "Total ($)", 2, largest=False)
    C["y150"] = lambda: CO.cells("Postcode", lambda v, r: t(v).startswith("lm7"))
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
