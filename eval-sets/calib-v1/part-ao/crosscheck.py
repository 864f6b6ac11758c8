"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v17 part AK's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive),
and the top-N helpers (`top_v`, `top_rows`, `block_top`) raise it on a tie across the cut-off.

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
BUILT = dt.date(2026, 12, 3)
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


def T(name: str) -> Table:
    return Table(*TABLES[name])


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def col_max(tab, heads):
    """The highest number in each of `heads` (all tying cells; text numbers count by value)."""
    out = set()
    for h in heads:
        m = max(tab.values(h, val))
        out |= tab.cells(h, lambda v, r, m=m: val(v) is not None and val(v) == m)
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block (text numbers count by value); a tie across the
    cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h, val)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: val(v) is not None and val(v) >= cut)


def drops(tab, heads, conv=num):
    """Cells lower than the cell to their left within `heads` (either side blank: skipped).
    Equal neighbours are simply not lower (no boundary: the comparison is between two cells)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) < conv(r[p]))
    return out


def top_v(tab: Table, h: str, n: int, largest=True):
    """The n largest (or smallest) numbers of a column, numbers stored as text counting by their
    value (the request is about values); a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, val), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: val(v) is not None and (val(v) >= cut if largest else val(v) <= cut))


def col_min(tab, heads):
    """The lowest number in each of `heads` (all tying cells; text numbers count by value)."""
    out = set()
    for h in heads:
        m = min(tab.values(h, val))
        out |= tab.cells(h, lambda v, r, m=m: val(v) is not None and val(v) == m)
    return out


def row_ext(tab, heads, largest=True):
    """In each row, the cells holding that row's highest (lowest) number."""
    out = set()
    for row in tab.rows:
        xs = [val(row[h]) for h in heads if val(row[h]) is not None]
        if not xs:
            continue
        m = max(xs) if largest else min(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if val(row[h]) == m}
    return out


def row_sum(row, heads):
    return sum(val(row[h]) or 0 for h in heads)


def gap(a, b):
    """Days from date b to date a (None unless both are real dates)."""
    return (d(a) - d(b)).days if d(a) and d(b) else None


def rises_by(tab, heads, n, conv=val):
    """Cells more than n above the cell to their left (a difference of exactly n is a boundary)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and gt(conv(v) - conv(r[p]), n))
    return out


def falls_at_least(tab, heads, n, conv=val):
    """Cells n or more below the cell to their left (inclusive, as the request says)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(r[p]) - conv(v) >= n - 1e-9)
    return out


def later(tab, h, key=t):
    """Cells whose value already appeared higher up the column (second occurrence on)."""
    seen, out = set(), set()
    for row in tab.rows:
        v = row[h]
        if blank(v):
            continue
        if key(v) in seen:
            out.add(f"{get_column_letter(tab.cols[h])}{row.r}")
        seen.add(key(v))
    return out


def top_rows(tab, h, n, show, largest=True):
    """Cells of column `show` in the rows holding the n largest (smallest) numbers of `h`."""
    vals = sorted(tab.values(h, val), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(show, lambda v, r: val(r[h]) is not None
                     and (val(r[h]) >= cut if largest else val(r[h]) <= cut))


def wd(v):
    """Python weekday (Mon=0 .. Sun=6) of a real date, else None."""
    x = d(v)
    return None if x is None else x.weekday()


TABLES = {
    "LS": ("surf_school.xlsx", "Lessons", "A4:N44"),
    "CD": ("surf_school.xlsx", "Conditions", "A3:H33"),
    "IN": ("surf_school.xlsx", "Team & boards", "A2:F9"),
    "CL": ("physio_clinic.xlsx", "Caseload", "B5:O41"),
    "DY": ("physio_clinic.xlsx", "Diary", "A3:H41"),
    "HOP": ("physio_clinic.xlsx", "Rehab tests", "A2:G14"),
    "SES": ("physio_clinic.xlsx", "Rehab tests", "A18:G24"),
    "WD": ("wedding_venue.xlsx", "Weddings", "A3:O43"),
    "SUP": ("wedding_venue.xlsx", "Suppliers", "A1:J25"),
    "MENU": ("wedding_venue.xlsx", "Menus", "A2:F12"),
    "BY": ("hydroponic_greenhouse.xlsx", "Bays", "B3:O39"),
    "CLM": ("hydroponic_greenhouse.xlsx", "Climate", "A3:G27"),
    "STK": ("hydroponic_greenhouse.xlsx", "Stores", "A2:F14"),
    "HV": ("hydroponic_greenhouse.xlsx", "Stores", "A18:F28"),
    "NB": ("nail_salon.xlsx", "Bookings", "A5:M45"),
    "NS": ("nail_salon.xlsx", "Stock", "A1:J29"),
    "WK": ("nail_salon.xlsx", "Techs", "A2:G9"),
    "LN": ("tool_library.xlsx", "Loans", "B5:N45"),
    "CAT": ("tool_library.xlsx", "Catalogue", "A3:K33"),
    "MEM": ("tool_library.xlsx", "Members", "A2:H22"),
    "VOL": ("tool_library.xlsx", "Members", "A26:F34"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}

    # ---------------- surf_school
    LS, CD, IN = T("LS"), T("CD"), T("IN")
    max_group = cell("surf_school.xlsx", "Lessons", "Q1")
    C["ao001"] = lambda: LS.whole(lambda r: t(r["Status"]) == "cancelled")
    C["ao002"] = lambda: LS.whole(lambda r: t(r["Status"]) == "no-show")
    C["ao003"] = lambda: LS.whole(lambda r: t(r["Status"]) == "completed")
    C["ao004"] = lambda: LS.cells("Group", lambda v, r: gt(num(v), max_group))
    C["ao005"] = lambda: CD.cells("Wave (m)", lambda v, r: gt(num(v), 2))
    C["ao006"] = lambda: LS.cells("Paid ($)", lambda v, r: num(v) is not None and val(r["Price ($)"]) is not None
                                  and num(v) < val(r["Price ($)"]))
    C["ao007"] = lambda: IN.cells("Hrs Nov", lambda v, r: num(v) < num(r["Hrs Oct"]))
    C["ao008"] = lambda: LS.whole(lambda r: t(r["Level"]) == "beginner" and num(r["Group"]) >= 6)
    C["ao009"] = lambda: CD.cells("Date", lambda v, r: lt(num(r["Wave (m)"]), 1) or gt(num(r["Wind (kn)"]), 20))
    C["ao010"] = lambda: LS.cells("Notes", lambda v, r: "voucher" in t(v))
    C["ao011"] = lambda: LS.cells("Age", lambda v, r: not blank(v) and num(v) is None)
    C["ao012"] = lambda: LS.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["ao013"] = lambda: IN.cells("First aid exp.", lambda v, r: days(v) is not None and not gt(days(v), 90))
    C["ao014"] = lambda: LS.cells("Booking", dup(LS, "Booking"))
    C["ao015"] = lambda: later(LS, "Student")
    C["ao016"] = lambda: LS.whole(lambda r: blank(r["Instructor"]))
    C["ao017"] = lambda: LS.cells("Paid ($)", lambda v, r: blank(v))
    C["ao018"] = lambda: LS.cells("Date", lambda v, r: weekend(v))
    C["ao019"] = lambda: CD.whole(lambda r: (r.r - 4) % 2 == 0)
    C["ao020"] = lambda: CD.cells("Date", lambda v, r: wd(v) == 6)
    C["ao021"] = lambda: top_v(LS, "Price ($)", 3)
    C["ao022"] = lambda: top_v(CD, "Water (°C)", 5, largest=False)
    C["ao023"] = lambda: CD.cells("Wind (kn)", lambda v, r: gt(num(v), mean(CD.values("Wind (kn)"))))
    C["ao024"] = lambda: IN.cells(["Hrs Oct", "Hrs Nov"], lambda v, r: between(num(v), 20, 40))
    C["ao025"] = lambda: CD.cells("Water (°C)", lambda v, r: lt(num(v), 13) or gt(num(v), 14.5))

    # ---------------- physio_clinic
    CL, DY, HOP, SES = T("CL"), T("DY"), T("HOP"), T("SES")
    review = cell("physio_clinic.xlsx", "Caseload", "R5")
    alert = cell("physio_clinic.xlsx", "Caseload", "R6")
    hops = ["Wk 0", "Wk 2", "Wk 4", "Wk 6", "Wk 8"]
    months5 = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    C["ao026"] = lambda: CL.whole(lambda r: t(r["Status"]) == "on hold")
    C["ao027"] = lambda: CL.whole(lambda r: t(r["Status"]) == "discharged")
    C["ao028"] = lambda: CL.cells("Pain now", lambda v, r: num(v) is not None and num(v) >= alert)
    C["ao029"] = lambda: CL.cells("Sessions", lambda v, r: gt(val(v), 12))
    C["ao030"] = lambda: HOP.cells("Wk 8", lambda v, r: lt(num(v), 60))
    C["ao031"] = lambda: CL.cells("Sessions", lambda v, r: num(r["Auth. sessions"]) is not None
                                  and val(v) > num(r["Auth. sessions"]))
    C["ao032"] = lambda: SES.cells("Nov", lambda v, r: num(v) < num(r["Target/mo"]))
    C["ao033"] = lambda: CL.whole(lambda r: t(r["Status"]) == "active" and num(r["Pain now"]) is not None
                                  and num(r["Pain now"]) > num(r["Pain start"]))
    C["ao034"] = lambda: CL.cells("Name", lambda v, r: t(r["Sport"]) in ("football", "rugby")
                                  and t(r["Referred by"]) == "club")
    C["ao035"] = lambda: CL.whole(lambda r: blank(r["Insurer"]) and t(r["Status"]) == "active")
    C["ao036"] = lambda: CL.cells("Injury", lambda v, r: "hamstring" in t(v))
    C["ao037"] = lambda: CL.cells("Sessions", lambda v, r: isinstance(v, str))
    C["ao038"] = lambda: CL.cells("Last seen", lambda v, r: lt(days(v), -review))
    C["ao039"] = lambda: DY.cells("Date", lambda v, r: between(days(v), 0, 3))
    C["ao040"] = lambda: CL.cells("Name", lambda v, r: gt(gap(r["Last seen"], r["Initial assmt"]), 90))
    C["ao041"] = lambda: CL.cells("Pt ID", dup(CL, "Pt ID"))
    same_day = Counter((d(r["Date"]), t(r["Patient"])) for r in DY.rows)
    C["ao042"] = lambda: DY.cells("Patient", lambda v, r: same_day[(d(r["Date"]), t(v))] > 1)
    C["ao043"] = lambda: CL.cells("Pain now", lambda v, r: blank(v))
    C["ao044"] = lambda: DY.cells("Attended", lambda v, r: blank(v) and lt(days(r["Date"]), 0))
    C["ao045"] = lambda: DY.cells("Date", lambda v, r: wd(v) == 5)
    C["ao046"] = lambda: HOP.whole(lambda r: (r.r - 3) % 2 == 0)
    C["ao047"] = lambda: top_rows(HOP, "Wk 8", 3, "Patient")
    C["ao048"] = lambda: col_max(SES, months5)
    C["ao049"] = lambda: HOP.cells(hops, lambda v, r: between(num(v), 65, 80))
    C["ao050"] = lambda: SES.cells(months5, lambda v, r: lt(num(v), 90) or gt(num(v), 130))

    # ---------------- wedding_venue
    WD, SUP, MENU = T("WD"), T("SUP"), T("MENU")
    max_guests = cell("wedding_venue.xlsx", "Weddings", "R3")
    sat_min = cell("wedding_venue.xlsx", "Weddings", "R4")
    C["ao051"] = lambda: WD.whole(lambda r: t(r["Status"]) == "cancelled")
    C["ao052"] = lambda: WD.whole(lambda r: t(r["Status"]) == "provisional")
    C["ao053"] = lambda: WD.whole(lambda r: t(r["Status"]) == "confirmed")
    C["ao054"] = lambda: WD.cells("Day guests", lambda v, r: gt(num(v), max_guests))
    C["ao055"] = lambda: SUP.cells("Rating", lambda v, r: num(v) is not None and num(v) <= 3.5)
    C["ao056"] = lambda: WD.cells("Bal. paid", lambda v, r: d(v) is not None and d(r["Balance due"]) is not None
                                  and d(v) > d(r["Balance due"]))
    C["ao057"] = lambda: MENU.cells("Price/head ($)", lambda v, r: lt(num(v) / num(r["Cost/head ($)"]), 2))
    C["ao058"] = lambda: WD.whole(lambda r: wd(r["Date"]) == 5 and lt(val(r["Quote ($)"]), sat_min))
    C["ao059"] = lambda: WD.cells("Couple", lambda v, r: t(r["Space"]) == "garden" and gt(num(r["Eve guests"]), 150))
    C["ao060"] = lambda: WD.cells("Notes", lambda v, r: "dog" in t(v))
    C["ao061"] = lambda: SUP.cells("Supplier", lambda v, r: t(v).endswith(" co"))
    C["ao062"] = lambda: WD.cells("Ref", lambda v, r: t(v).startswith("hm-27"))
    C["ao063"] = lambda: WD.cells("Balance due", lambda v, r: lt(days(v), 0) and blank(r["Bal. paid"])
                                  and t(r["Status"]) != "cancelled")
    C["ao064"] = lambda: WD.cells("Date", lambda v, r: between(days(v), 0, 90))
    C["ao065"] = lambda: WD.cells("Ref", dup(WD, "Ref"))
    C["ao066"] = lambda: SUP.cells("Category", lambda v, r: SUP.count("Category", t)[t(v)] == 1)
    C["ao067"] = lambda: WD.cells("Eve guests", lambda v, r: blank(v))
    C["ao068"] = lambda: SUP.cells("Email", lambda v, r: blank(v))
    C["ao069"] = lambda: WD.whole(lambda r: blank(r["Coordinator"]))
    C["ao070"] = lambda: WD.cells("Date", lambda v, r: wd(v) == 6)
    C["ao071"] = lambda: WD.whole(lambda r: (r.r - 4) % 3 == 0)
    C["ao072"] = lambda: top_v(WD, "Quote ($)", 5)
    C["ao073"] = lambda: SUP.cells("Jobs 2026", lambda v, r: gt(num(v), mean(SUP.values("Jobs 2026"))))
    C["ao074"] = lambda: WD.whole(lambda r: between(num(r["Day guests"]), 90, 130))
    C["ao075"] = lambda: WD.cells(["Day guests", "Eve guests"], lambda v, r: between(num(v), 130, 170))

    # ---------------- hydroponic_greenhouse
    BY, CLM, STK, HV = T("BY"), T("CLM"), T("STK"), T("HV")
    ph_lo = cell("hydroponic_greenhouse.xlsx", "Bays", "R3")
    ph_hi = cell("hydroponic_greenhouse.xlsx", "Bays", "R4")
    ec_max = cell("hydroponic_greenhouse.xlsx", "Bays", "R5")
    priority = {t(cell("hydroponic_greenhouse.xlsx", "Bays", f"Q{r}")) for r in (8, 9, 10)}
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["ao076"] = lambda: BY.whole(lambda r: t(r["Status"]) == "harvested")
    C["ao077"] = lambda: BY.whole(lambda r: t(r["Status"]) == "seedling")
    C["ao078"] = lambda: BY.cells("EC (mS/cm)", lambda v, r: gt(num(v), ec_max))
    C["ao079"] = lambda: CLM.cells("RH (%)", lambda v, r: gt(num(v), 85))
    C["ao080"] = lambda: CLM.cells("Min °C", lambda v, r: lt(num(v), 12))
    C["ao081"] = lambda: BY.cells("Yield (kg)", lambda v, r: val(v) is not None and val(v) < num(r["Target (kg)"]))
    C["ao082"] = lambda: STK.cells("On hand", lambda v, r: num(v) <= num(r["Reorder at"]))
    C["ao083"] = lambda: HV.cells("Wk 48", lambda v, r: num(v) < num(r["Wk 47"]))
    C["ao084"] = lambda: BY.whole(lambda r: t(r["System"]) == "nft" and gt(num(r["Water °C"]), 22))
    C["ao085"] = lambda: BY.cells("Crop", lambda v, r: t(v) in ("strawberry", "chilli") and t(r["Status"]) == "growing")
    C["ao086"] = lambda: BY.cells("Bay", lambda v, r: t(v).startswith("b5-"))
    C["ao087"] = lambda: BY.cells("System", lambda v, r: "bucket" in t(v))
    C["ao088"] = lambda: BY.cells("Harvest due", lambda v, r: lt(days(v), 0) and t(r["Status"]) != "harvested")
    C["ao089"] = lambda: BY.cells("Transplant", lambda v, r: between(days(v), -21, 0))
    C["ao090"] = lambda: BY.cells("Bay", dup(BY, "Bay"))
    C["ao091"] = lambda: BY.cells("Bay", lambda v, r: t(r["Crop"]) in priority)
    C["ao092"] = lambda: BY.cells("pH", lambda v, r: blank(v))
    C["ao093"] = lambda: BY.whole(lambda r: any(blank(r[h]) for h in ("pH", "EC (mS/cm)", "Water °C")))
    C["ao094"] = lambda: CLM.cells("Date", lambda v, r: weekend(v))
    C["ao095"] = lambda: BY.whole(lambda r: (r.r - 4) % 2 == 0)
    C["ao096"] = lambda: top_v(BY, "Yield (kg)", 3)
    C["ao097"] = lambda: top_v(CLM, "DLI", 2, largest=False)
    C["ao098"] = lambda: row_ext(HV, wks)
    C["ao099"] = lambda: BY.cells("pH", lambda v, r: lt(num(v), ph_lo) or gt(num(v), ph_hi))
    C["ao100"] = lambda: CLM.cells(["Min °C", "Max °C"], lambda v, r: between(num(v), 15, 22))

    # ---------------- nail_salon
    NB, NS, WK = T("NB"), T("NS"), T("WK")
    weeks = ["Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["ao101"] = lambda: NB.whole(lambda r: t(r["Status"]) == "no-show")
    C["ao102"] = lambda: NB.whole(lambda r: t(r["Status"]) == "cancelled")
    C["ao103"] = lambda: NB.cells("Price ($)", lambda v, r: gt(val(v), 50))
    C["ao104"] = lambda: NS.cells("Cost ($)", lambda v, r: gt(num(v), 15))
    C["ao105"] = lambda: NS.cells("Qty", lambda v, r: num(v) < num(r["Min qty"]))
    C["ao106"] = lambda: drops(WK, weeks)
    C["ao107"] = lambda: NB.whole(lambda r: t(r["Tech"]) in ("keisha", "linh") and t(r["Status"]) == "booked")
    C["ao108"] = lambda: NB.whole(lambda r: val(r["Price ($)"]) >= 40 and t(r["Paid by"]) == "cash")
    C["ao109"] = lambda: NB.whole(lambda r: mins(r["Time"]) >= 17 * 60 and num(r["Mins"]) >= 60)
    C["ao110"] = lambda: NB.cells("Notes", lambda v, r: "allerg" in t(v))
    C["ao111"] = lambda: NS.cells("Product", lambda v, r: t(v).startswith("gel"))
    C["ao112"] = lambda: NB.cells("Service", lambda v, r: "pedi" in t(v))
    C["ao113"] = lambda: NB.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["ao114"] = lambda: NS.cells("Opened", lambda v, r: d(v) is not None
                                  and lt(edate(d(v), int(num(r["Use within (mths)"]))).toordinal(), BUILT.toordinal()))
    C["ao115"] = lambda: NB.cells("Appt", dup(NB, "Appt"))
    C["ao116"] = lambda: NB.cells("Client", lambda v, r: NB.count("Client", t)[t(v)] == 1)
    C["ao117"] = lambda: NB.cells("Mobile", lambda v, r: blank(v))
    C["ao118"] = lambda: NB.cells("Tip ($)", lambda v, r: blank(v) and t(r["Status"]) == "done")
    C["ao119"] = lambda: NB.cells("Date", lambda v, r: wd(v) == 5)
    C["ao120"] = lambda: NS.whole(lambda r: r.r % 2 == 0)
    C["ao121"] = lambda: col_max(WK, weeks)
    C["ao122"] = lambda: top_v(NS, "Cost ($)", 3, largest=False)
    C["ao123"] = lambda: NS.cells("Cost ($)", lambda v, r: between(num(v), 5, 10))
    C["ao124"] = lambda: WK.cells(weeks, lambda v, r: lt(num(v), 300) or gt(num(v), 1000))
    C["ao125"] = lambda: NB.cells("Mins", lambda v, r: between(num(v), 40, 70))

    # ---------------- tool_library
    LN, CAT, MEM, VOL = T("LN"), T("CAT"), T("MEM"), T("VOL")
    vmonths = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    members = {t(r["Name"]) for r in MEM.rows}
    open_loans = Counter(t(r["Member"]) for r in LN.rows if blank(r["Returned"]))
    C["ao126"] = lambda: CAT.whole(lambda r: t(r["Status"]) == "repair")
    C["ao127"] = lambda: CAT.whole(lambda r: t(r["Status"]) == "retired")
    C["ao128"] = lambda: CAT.cells("Value ($)", lambda v, r: gt(num(v), 300))
    C["ao129"] = lambda: LN.cells("Late fee ($)", lambda v, r: gt(val(v), 5))
    C["ao130"] = lambda: LN.cells("Returned", lambda v, r: d(v) is not None and d(r["Due"]) is not None
                                  and d(v) > d(r["Due"]))
    C["ao131"] = lambda: VOL.cells("Nov", lambda v, r: num(v) > num(r["Oct"]))
    C["ao132"] = lambda: LN.cells("Cond. back", lambda v, r: not blank(v) and t(v) != t(r["Cond. out"]))
    C["ao133"] = lambda: LN.whole(lambda r: t(r["Category"]) == "power" and blank(r["Returned"])
                                  and blank(r["Deposit ($)"]))
    C["ao134"] = lambda: CAT.cells("Tool", lambda v, r: t(r["Status"]) == "available" and num(r["Loans YTD"]) == 0)
    C["ao135"] = lambda: LN.cells("Notes", lambda v, r: "dirty" in t(v))
    C["ao136"] = lambda: MEM.cells("Member no.", lambda v, r: not t(v).startswith("m"))
    C["ao137"] = lambda: LN.cells("Due", lambda v, r: lt(days(v), 0) and blank(r["Returned"]))
    C["ao138"] = lambda: CAT.cells("Last service", lambda v, r: lt(days(v) + num(r["Service every (days)"]), 0))
    C["ao139"] = lambda: MEM.cells("Renews", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 12))
    C["ao140"] = lambda: LN.cells("Loan #", dup(LN, "Loan #"))
    C["ao141"] = lambda: VOL.cells("Volunteer", lambda v, r: t(v) in members)
    C["ao142"] = lambda: LN.cells("Member", lambda v, r: blank(r["Returned"]) and open_loans[t(v)] > 1)
    C["ao143"] = lambda: LN.cells("Deposit ($)", lambda v, r: blank(v))
    C["ao144"] = lambda: LN.cells("Cond. back", lambda v, r: not blank(r["Returned"]) and blank(v))
    C["ao145"] = lambda: LN.cells("Out", lambda v, r: wd(v) == 5)
    C["ao146"] = lambda: MEM.whole(lambda r: (r.r - 3) % 3 == 0)
    C["ao147"] = lambda: top_v(CAT, "Loans YTD", 2)
    C["ao148"] = lambda: col_max(VOL, vmonths)
    C["ao149"] = lambda: CAT.cells("Value ($)", lambda v, r: between(num(v), 100, 250))
    C["ao150"] = lambda: VOL.cells(vmonths, lambda v, r: lt(num(v), 5) or gt(num(v), 10))
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
