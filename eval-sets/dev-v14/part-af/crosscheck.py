"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/ge/le` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).

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


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "MB": ("mushroom_farm.xlsx", "Batches", "A4:N44"),
    "WK": ("mushroom_farm.xlsx", "Weekly", "A3:H15"),
    "RP": ("recruitment_agency.xlsx", "Pipeline", "B4:O42"),
    "HOLD": ("recruitment_agency.xlsx", "Pipeline", "Q4:R8"),
    "PL": ("recruitment_agency.xlsx", "Placements", "A2:H10"),
    "BK": ("sailing_school.xlsx", "Bookings", "A5:N47"),
    "FL": ("sailing_school.xlsx", "Fleet", "A1:H17"),
    "SE": ("sailing_school.xlsx", "Sessions", "A3:H30"),
    "CL": ("tax_returns.xlsx", "Clients", "A4:N38"),
    "EXT": ("tax_returns.xlsx", "Clients", "P4:Q8"),
    "HR": ("tax_returns.xlsx", "Hours", "B4:H13"),
    "BU": ("van_conversions.xlsx", "Builds", "B3:P39"),
    "EL": ("van_conversions.xlsx", "Stock", "A2:H12"),
    "WD": ("van_conversions.xlsx", "Stock", "A16:H26"),
    "SM": ("water_quality.xlsx", "Samples", "A5:N49"),
    "PH": ("water_quality.xlsx", "Monthly", "A3:G10"),
    "NI": ("water_quality.xlsx", "Monthly", "J3:Q10"),
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




def row_ext(tab, heads, largest=True):
    """The highest (lowest) number in each row across `heads` (all tying cells)."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = max(xs) if largest else min(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def rises(tab, heads, conv=num):
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) > conv(r[p]))
    return out


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- mushroom_farm
    MB, WK = T("MB"), T("WK")
    weeks = ["Wk43", "Wk44", "Wk45", "Wk46", "Wk47", "Wk48"]
    max_temp = cell("mushroom_farm.xlsx", "Batches", "Q2")
    min_be = cell("mushroom_farm.xlsx", "Batches", "Q3")
    C["af001"] = lambda: MB.cells("Yield (kg)", lambda v, r: val(v) is not None and val(v) < num(r["Target kg"]))
    C["af002"] = lambda: MB.whole(lambda r: val(r["Yield (kg)"]) is not None
                                  and gt(val(r["Yield (kg)"]) / num(r["Target kg"]), 1.1))
    C["af003"] = lambda: MB.cells("Temp °C", lambda v, r: gt(num(v), max_temp))
    C["af004"] = lambda: drops(WK, weeks, val)
    C["af005"] = lambda: MB.cells("Yield (kg)", lambda v, r: val(v) is not None
                                  and lt(val(v) / val(r["Substrate (kg)"]), min_be))
    C["af006"] = lambda: MB.whole(lambda r: t(r["Variety"]) == "shiitake" and val(r["Yield (kg)"]) is not None
                                  and val(r["Yield (kg)"]) < num(r["Target kg"]))
    C["af007"] = lambda: MB.whole(lambda r: "mould" in t(r["Notes"]) or t(r["Grade"]) == "c")
    C["af008"] = lambda: MB.whole(lambda r: gt(num(r["Temp °C"]), 19) and lt(num(r["RH %"]), 0.85))
    C["af009"] = lambda: MB.whole(lambda r: t(r["Room"]) == "r1" and blank(r["Harvested"]))
    C["af010"] = lambda: MB.whole(lambda r: t(r["Variety"]) == "chestnut" and t(r["Room"]) in ("r3", "r4")
                                  and t(r["Grade"]) == "a")
    C["af011"] = lambda: MB.cells("Pinned", lambda v, r: d(v) and d(r["Spawned"])
                                  and (d(v) - d(r["Spawned"])).days >= 20)
    C["af012"] = lambda: MB.cells("Harvested", lambda v, r: between(days(v), -14, 0))
    C["af013"] = lambda: MB.whole(lambda r: blank(r["Harvested"]) and lt(days(r["Pinned"]), -7))
    C["af014"] = lambda: MB.cells("Harvested", lambda v, r: d(v) and d(r["Pinned"])
                                  and (d(v) - d(r["Pinned"])).days <= 5)
    C["af015"] = lambda: block_top(WK, weeks, 5)
    C["af016"] = lambda: row_ext(WK, weeks)
    C["af017"] = lambda: WK.cells(weeks, lambda v, r: lt(val(v), 30))
    C["af018"] = lambda: WK.whole(lambda r: gt(sum(num(r[w]) or 0 for w in weeks), 500))
    C["af019"] = lambda: MB.cells("Batch", dup(MB, "Batch"))
    C["af020"] = lambda: MB.cells("Pinned", dup(MB, "Pinned"))
    C["af021"] = lambda: top(MB, "Yield (kg)", 3)
    C["af022"] = lambda: top(WK, "Wk48", 3, largest=False)
    C["af023"] = lambda: MB.cells("Picker", lambda v, r: blank(v))
    C["af024"] = lambda: MB.cells("Variety", lambda v, r: "oyster" in t(v))
    C["af025"] = lambda: MB.cells("Spawned", lambda v, r: weekend(v))

    # ---------------- recruitment_agency
    RP, PL = T("RP"), T("PL")
    months6 = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    cap = cell("recruitment_agency.xlsx", "Pipeline", "R11")
    C["af026"] = lambda: RP.cells("Offer ($)", lambda v, r: num(v) is not None and num(v) < val(r["Salary ask ($)"]))
    C["af027"] = lambda: RP.whole(lambda r: num(r["Offer ($)"]) is not None
                                  and num(r["Offer ($)"]) - val(r["Salary ask ($)"]) >= 3000)
    C["af028"] = lambda: PL.cells(months6, lambda v, r: num(v) is not None and num(v) > num(r["Target/mo"]))
    C["af029"] = lambda: PL.cells("Nov", lambda v, r: num(v) < num(r["Oct"]))
    C["af030"] = lambda: RP.cells("Salary ask ($)", lambda v, r: gt(val(v), cap))
    C["af031"] = lambda: RP.whole(lambda r: t(r["Stage"]) == "placed" and t(r["Client"]) == "tallis build")
    C["af032"] = lambda: RP.whole(lambda r: t(r["Role"]) in ("java developer", "site manager")
                                  and num(r["Fee %"]) == 0.2)
    C["af033"] = lambda: RP.whole(lambda r: t(r["Stage"]) != "placed" and gt(val(r["Salary ask ($)"]), 60000))
    C["af034"] = lambda: RP.whole(lambda r: t(r["Recruiter"]) in ("marcus", "dev")
                                  and t(r["Client"]) == "kestrel logistics" and t(r["Stage"]) != "rejected")
    C["af035"] = lambda: RP.whole(lambda r: t(r["Stage"]) == "screened" and t(r["Recruiter"]) in ("jo", "dev"))
    C["af036"] = lambda: RP.whole(lambda r: d(r["Offer sent"]) and d(r["Interview"])
                                  and d(r["Offer sent"]) < d(r["Interview"]))
    C["af037"] = lambda: RP.cells("Start date", lambda v, r: between(days(v), 0, 30))
    C["af038"] = lambda: RP.cells("Candidate", lambda v, r: d(r["DOB"]) is not None and age(d(r["DOB"]), BUILT) < 25)
    C["af039"] = lambda: RP.whole(lambda r: t(r["Stage"]) in ("applied", "screened") and lt(days(r["Applied"]), -56))
    C["af040"] = lambda: RP.cells("Interview", lambda v, r: between(days(v), 0, 10))
    C["af041"] = lambda: RP.cells("Interview", lambda v, r: d(v) is not None and d(v).weekday() == 4)
    C["af042"] = lambda: PL.cells(months6, lambda v, r: num(v) == 0)
    C["af043"] = lambda: PL.whole(lambda r: gt(sum(num(r[m]) or 0 for m in months6), 30))
    C["af044"] = lambda: row_ext(PL, months6)
    C["af045"] = lambda: RP.cells(["Salary ask ($)", "Offer ($)"], lambda v, r: gt(val(v), 80000))
    C["af046"] = lambda: RP.cells("Cand. ID", dup(RP, "Cand. ID"))
    C["af047"] = lambda: RP.cells("Candidate", dup(RP, "Candidate", t))
    C["af048"] = lambda: top(RP, "Offer ($)", 5)
    C["af049"] = lambda: RP.whole(lambda r: blank(r["Recruiter"]) or blank(r["DOB"]))
    C["af050"] = lambda: RP.cells("Client", lambda v, r: "nhs" in t(v))

    # ---------------- sailing_school
    BK, FL, SE = T("BK"), T("FL"), T("SE")
    max_wind = cell("sailing_school.xlsx", "Bookings", "C2")
    C["af051"] = lambda: BK.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < val(r["Fee ($)"]))
    C["af052"] = lambda: BK.cells("Attended", lambda v, r: num(v) is not None and num(v) < num(r["Lessons"]))
    C["af053"] = lambda: BK.cells("Wind (kn)", lambda v, r: gt(num(v), max_wind))
    C["af054"] = lambda: FL.whole(lambda r: num(r["Hrs YTD"]) > num(r["Max hrs"]))
    C["af055"] = lambda: SE.cells("Students", lambda v, r: num(v) - num(r["Boats out"]) >= 3)
    C["af056"] = lambda: BK.whole(lambda r: t(r["Course"]) == "kids taster" and num(r["Attended"]) == 0)
    C["af057"] = lambda: BK.whole(lambda r: t(r["Instructor"]) in ("lena", "mo") and gt(num(r["Wind (kn)"]), 20))
    C["af058"] = lambda: BK.whole(lambda r: t(r["Course"]) in ("keelboat", "adult improver") and num(r["Paid ($)"]) == 50)
    C["af059"] = lambda: BK.whole(lambda r: t(r["Level"]) == "advanced" and t(r["Course"]) != "keelboat")
    C["af060"] = lambda: FL.whole(lambda r: t(r["Class"]) == "dinghy"
                                  and (t(r["Hull check"]) == "repair" or num(r["Hrs YTD"]) > num(r["Max hrs"])))
    C["af061"] = lambda: FL.cells("Service due", lambda v, r: lt(days(v), 0))
    C["af062"] = lambda: BK.cells("Student", lambda v, r: d(r["DOB"]) is not None and age(d(r["DOB"]), d(r["Start"])) < 8)
    C["af063"] = lambda: BK.cells("Start", lambda v, r: between(days(v), 0, 14))
    C["af064"] = lambda: FL.cells("Last service", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["af065"] = lambda: BK.cells("End", lambda v, r: (d(v) - d(r["Start"])).days >= 3)
    C["af066"] = lambda: SE.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)
    C["af067"] = lambda: BK.cells(["Fee ($)", "Paid ($)"], lambda v, r: lt(val(v), 100))
    C["af068"] = lambda: col_max(SE, ["Boats out", "Students", "Incidents"])
    C["af069"] = lambda: SE.cells(["Launch", "Recover"], lambda v, r: lt(mins(v), 8 * 60 + 45))
    C["af070"] = lambda: SE.cells(["Boats out", "Students"], lambda v, r: num(v) >= 10)
    C["af071"] = lambda: BK.cells("Ref", dup(BK, "Ref"))
    C["af072"] = lambda: top(FL, "Hrs YTD", 3)
    C["af073"] = lambda: rows_of_col(BK, "Student", oldest(BK, "DOB", 3))
    C["af074"] = lambda: SE.cells("Instructor", lambda v, r: blank(v))
    C["af075"] = lambda: BK.cells("Student", lambda v, r: t(v).endswith("dale"))

    # ---------------- tax_returns
    CL, HR = T("CL"), T("HR")
    hmonths = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    ext = {t(r["Extension granted"]) for r in T("EXT").rows if not blank(r["Extension granted"])}
    C["af076"] = lambda: CL.cells("Est. tax ($)", lambda v, r: gt(num(v) / num(r["LY tax ($)"]), 1.2))
    C["af077"] = lambda: CL.cells("Billed ($)", lambda v, r: num(v) is not None and num(v) > val(r["Fee ($)"]))
    C["af078"] = lambda: CL.cells("Paid ($)", lambda v, r: num(r["Billed ($)"]) is not None and num(v) < num(r["Billed ($)"]))
    C["af079"] = lambda: HR.cells(hmonths, lambda v, r: val(v) is not None and val(v) > num(r["Budget"]))
    C["af080"] = lambda: HR.cells("Nov", lambda v, r: val(v) is not None and num(r["Oct"]) - val(v) >= 20)
    C["af081"] = lambda: CL.whole(lambda r: t(r["Partner"]) == "jr" and t(r["Type"]) == "company" and blank(r["Filed"]))
    C["af082"] = lambda: CL.whole(lambda r: t(r["Type"]) in ("trust", "partnership") and gt(num(r["LY tax ($)"]), 20000))
    C["af083"] = lambda: CL.whole(lambda r: not blank(r["Filed"]) and num(r["Paid ($)"]) == 0)
    C["af084"] = lambda: CL.whole(lambda r: t(r["Status"]) in ("in progress", "prepared") and gt(val(r["Fee ($)"]), 1200))
    C["af085"] = lambda: CL.whole(lambda r: t(r["Type"]) == "individual" and t(r["Partner"]) != "pr"
                                  and num(r["Est. tax ($)"]) > num(r["LY tax ($)"]))
    C["af086"] = lambda: CL.whole(lambda r: blank(r["Filed"]) and days(r["Due"]) is not None
                                  and 0 <= days(r["Due"]) and lt(days(r["Due"]), 30.5))
    C["af087"] = lambda: CL.whole(lambda r: blank(r["Filed"]) and days(r["Due"]) <= 0)
    C["af088"] = lambda: CL.cells("Filed", lambda v, r: d(v) and d(r["Prepared"]) and (d(v) - d(r["Prepared"])).days <= 5)
    C["af089"] = lambda: CL.whole(lambda r: blank(r["Prepared"]) and lt(days(r["Docs in"]), -14))
    C["af090"] = lambda: CL.cells("Filed", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["af091"] = lambda: CL.whole(lambda r: blank(r["Docs in"]))
    C["af092"] = lambda: CL.cells("Client", dup(CL, "Client"))
    C["af093"] = lambda: CL.cells("Client", lambda v, r: t(v) in ext)
    C["af094"] = lambda: block_top(HR, hmonths, 4)
    C["af095"] = lambda: HR.cells(hmonths, lambda v, r: lt(val(v), 80))
    C["af096"] = lambda: row_ext(HR, hmonths, largest=False)
    C["af097"] = lambda: CL.cells(["Fee ($)", "Billed ($)", "Paid ($)"], lambda v, r: gt(val(v), 2000))
    C["af098"] = lambda: top(CL, "Est. tax ($)", 5)
    C["af099"] = lambda: top(CL, "Est. tax ($)", 2, largest=False)
    C["af100"] = lambda: CL.cells("Client", lambda v, r: t(v).endswith("ltd"))

    # ---------------- van_conversions
    BU, EL, WD = T("BU"), T("EL"), T("WD")
    smonths = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    rate = cell("van_conversions.xlsx", "Builds", "S2")
    C["af101"] = lambda: BU.cells("Parts ($)", lambda v, r: gt(num(v), val(r["Quote ($)"]) / 2))
    C["af102"] = lambda: BU.whole(lambda r: gt(num(r["Labour hrs"]) / num(r["Est. hrs"]), 1.25))
    C["af103"] = lambda: BU.whole(lambda r: num(r["Parts ($)"]) is not None
                                  and num(r["Parts ($)"]) + num(r["Labour hrs"]) * rate > val(r["Quote ($)"]))
    C["af104"] = lambda: BU.cells("Delivered", lambda v, r: d(v) is not None and d(v) > d(r["Promised"]))
    C["af105"] = lambda: WD.cells("On hand", lambda v, r: num(v) <= num(r["Reorder at"]))
    C["af106"] = lambda: BU.whole(lambda r: t(r["Base van"]) in ("mercedes sprinter", "vw crafter")
                                  and num(r["Solar (W)"]) >= 400)
    C["af107"] = lambda: BU.whole(lambda r: t(r["Status"]) in ("stripping", "insulation") and gt(num(r["Labour hrs"]), 100))
    C["af108"] = lambda: BU.whole(lambda r: blank(r["Delivered"])
                                  and (lt(num(r["Year"]), 2015) or gt(num(r["Mileage"]), 140000)))
    C["af109"] = lambda: BU.whole(lambda r: not t(r["Base van"]).startswith("vw") and lt(num(r["Deposit ($)"]), 2000))
    C["af110"] = lambda: EL.whole(lambda r: num(r["On hand"]) < num(r["Reorder at"]) or num(r["Nov"]) == 0)
    C["af111"] = lambda: BU.whole(lambda r: blank(r["Delivered"]) and lt(days(r["Promised"]), 0))
    C["af112"] = lambda: BU.whole(lambda r: blank(r["Delivered"]) and lt(days(r["Booked in"]), -90))
    C["af113"] = lambda: BU.cells("Promised", lambda v, r: d(v) and d(r["Booked in"])
                                  and (d(v) - d(r["Booked in"])).days >= 70)
    C["af114"] = lambda: BU.whole(lambda r: (r.r - 4) % 2 == 0)
    C["af115"] = lambda: EL.cells(smonths, lambda v, r: num(v) is not None and num(v) >= 10)
    C["af116"] = lambda: row_ext(WD, smonths)
    C["af117"] = lambda: WD.whole(lambda r: gt(sum(val(r[m]) or 0 for m in smonths), 100))
    C["af118"] = lambda: BU.cells(["Quote ($)", "Parts ($)"], lambda v, r: gt(val(v), 30000))
    C["af119"] = lambda: BU.cells("Job", dup(BU, "Job"))
    C["af120"] = lambda: BU.cells("Customer", lambda v, r: BU.count("Customer", t)[t(v)] == 1)
    C["af121"] = lambda: top(BU, "Mileage", 3)
    C["af122"] = lambda: top(BU, "Quote ($)", 3, largest=False)
    C["af123"] = lambda: BU.cells("Parts ($)", lambda v, r: blank(v))
    C["af124"] = lambda: EL.cells(smonths, lambda v, r: blank(v))
    C["af125"] = lambda: BU.whole(lambda r: t(r["Status"]) == "electrics")

    # ---------------- water_quality
    SM, PH, NI = T("SM"), T("PH"), T("NI")
    ec_lim = cell("water_quality.xlsx", "Samples", "C2")
    no3_lim = cell("water_quality.xlsx", "Samples", "C3")
    C["af126"] = lambda: SM.cells("E. coli", lambda v, r: gt(num(v), ec_lim))
    C["af127"] = lambda: SM.cells("Nitrate (mg/L)", lambda v, r: gt(val(v), no3_lim))
    C["af128"] = lambda: NI.cells("Nov", lambda v, r: gt(num(v), num(r["Target"])))
    C["af129"] = lambda: rises(NI, months6)
    C["af130"] = lambda: PH.cells("Nov", lambda v, r: gt(abs(num(v) - num(r["Oct"])), 1))
    C["af131"] = lambda: SM.whole(lambda r: t(r["Site"]) == "sewage outfall d/s"
                                  and (gt(num(r["E. coli"]), 1000) or gt(val(r["Nitrate (mg/L)"]), 50)))
    C["af132"] = lambda: SM.whole(lambda r: t(r["Sampler"]) == "rhys" and lt(mins(r["Time"]), 600))
    C["af133"] = lambda: SM.whole(lambda r: lt(num(r["DO (mg/L)"]), 6) or lt(num(r["DO sat %"]), 0.6))
    C["af134"] = lambda: SM.whole(lambda r: t(r["Site"]) != "quarry beck" and gt(num(r["Temp (°C)"]), 8)
                                  and gt(num(r["Turbidity (NTU)"]), 30))
    C["af135"] = lambda: SM.whole(lambda r: blank(r["Result back"]) and t(r["Site"]) != "cattle ford")
    C["af136"] = lambda: SM.cells("Result back", lambda v, r: d(v) and d(r["Sent to lab"])
                                  and gt((d(v) - d(r["Sent to lab"])).days, 7))
    C["af137"] = lambda: SM.cells("Date", lambda v, r: between(days(v), -7, 0))
    C["af138"] = lambda: SM.whole(lambda r: blank(r["Result back"]) and lt(days(r["Sent to lab"]), -5))
    C["af139"] = lambda: SM.whole(lambda r: (r.r - 6) % 3 == 0)
    C["af140"] = lambda: PH.cells(months6, lambda v, r: lt(num(v), 7) or gt(num(v), 8.2))
    C["af141"] = lambda: block_top(NI, months6, 3)
    C["af142"] = lambda: row_ext(NI, months6)
    C["af143"] = lambda: PH.whole(lambda r: any(lt(num(r[m]), 6.6) for m in months6))
    C["af144"] = lambda: NI.cells(months6, lambda v, r: gt(num(v), num(r["Target"])))
    C["af145"] = lambda: SM.cells("Sample ID", dup(SM, "Sample ID"))
    C["af146"] = lambda: top(SM, "E. coli", 5)
    C["af147"] = lambda: SM.cells("Sampler", lambda v, r: blank(v))
    C["af148"] = lambda: SM.whole(lambda r: blank(r["Turbidity (NTU)"]))
    C["af149"] = lambda: SM.cells("Site", lambda v, r: "outfall" in t(v))
    C["af150"] = lambda: SM.cells("Site", lambda v, r: isinstance(v, str) and v.strip() != ""
                                  and v == v.lower())
    return C


def oldest(tab, h, n):
    """The rows holding the n earliest real dates of a column; a tie at the cut-off is a boundary."""
    vals = sorted(d(row[h]) for row in tab.rows if d(row[h]) is not None)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the {n}-oldest cut-off in {h}")
    return {row.r for row in tab.rows if d(row[h]) is not None and d(row[h]) <= cut}


def rows_of_col(tab, h, rows):
    return {f"{get_column_letter(tab.cols[h])}{r}" for r in rows}
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
