"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between/le_edge/before_months` also raise `Boundary` when a value sits exactly on
(or, for month arithmetic, within a few days of) a threshold that the request leaves vague, so the
set's expected cells never hinge on inclusive vs exclusive or on 6 months vs 180 days. Comparisons
between two cells of a row (paid vs total, booked vs attended) are plain: equal is simply not less.

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


def le_edge(a, b):
    """a <= b where the request's 'within N' leaves the end vague: a value on b is a boundary."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
    _edge(a, hi)
    return lo <= a <= hi


def mins(v):
    """Minutes from midnight of a real Excel time."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    return None


def edate(x: dt.date, months: int) -> dt.date:
    """Excel's EDATE: same day n months on, clipped to the month's end."""
    y, m = divmod(x.month - 1 + months, 12)
    y, m = x.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(x.day, last))


def before_months(x, n: int) -> bool:
    """x lies more than n months before BUILT. Both readings (EDATE and n x 30.44 days) must
    agree, and nothing may sit within 3 days of either cut-off."""
    if x is None:
        return False
    cut1 = edate(BUILT, -n)
    cut2 = BUILT - dt.timedelta(days=round(n * 30.44))
    for cut in (cut1, cut2):
        if abs((x - cut).days) <= 3:
            raise Boundary(f"{x} is within 3 days of the {n}-month cut-off {cut}")
    if (x < cut1) != (x < cut2):
        raise Boundary(f"{x} falls between two readings of {n} months")
    return x < cut1


def age(born: dt.date) -> int:
    """Whole years on BUILT (a birthday falling on BUILT is a boundary)."""
    if (born.month, born.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on BUILT: {born}")
    return BUILT.year - born.year - ((BUILT.month, BUILT.day) < (born.month, born.day))


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


def top(tab: Table, h: str, n: int, largest=True, conv=num):
    """The n largest (or smallest) values of a column; a tie across the cut-off is a boundary.
    With conv=val a number stored as text takes part in the ranking (a reader would count it)."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def T(name: str) -> Table:
    return Table(*TABLES[name])


MK, PB, PH, SU, TP, VR = ("market_stalls.xlsx", "paintball_arena.xlsx", "plant_hire.xlsx",
                          "storage_units.xlsx", "trampoline_park.xlsx", "vintage_resale.xlsx")
TABLES = {
    "TR": (MK, "Traders", "B4:N42"),
    "WL": (MK, "Traders", "P8:R14"),
    "FF": (MK, "Footfall", "A3:H19"),
    "FI": (MK, "Footfall", "A23:G29"),
    "BK": (PB, "Bookings", "A4:O44"),
    "MS": (PB, "Marshals", "A3:H17"),
    "LG": (PB, "League", "B3:I15"),
    "HR": (PH, "Hires", "A5:P47"),
    "FL": (PH, "Fleet", "A1:J17"),
    "UT": (PH, "Utilisation", "A2:H8"),
    "BD": (PH, "Utilisation", "A12:G18"),
    "UN": (SU, "Units", "B5:N49"),
    "EN": (SU, "Enquiries", "A1:G25"),
    "OC": (SU, "Occupancy", "A3:H10"),
    "SE": (TP, "Sessions", "A4:L55"),
    "JP": (TP, "Jumpers", "A4:K38"),
    "CK": (TP, "Checks", "B2:H14"),
    "ST": (VR, "Stock", "A4:N46"),
    "SA": (VR, "Monthly", "A2:G8"),
    "IS": (VR, "Monthly", "I2:O8"),
}


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=t):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def rows_of(tab, cells: set[str]):
    """Whole rows of the table for the rows that hold any of `cells`."""
    rows = {int("".join(ch for ch in c if ch.isdigit())) for c in cells}
    return tab.whole(lambda r: r.r in rows)


def col_ext(tab, heads, conv=num, fn=max):
    """The highest (fn=max) or lowest (fn=min) value in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = fn(tab.values(h, conv))
        out |= tab.cells(h, lambda v, r, m=m: conv(v) is not None and conv(v) == m)
    return out


def row_ext(tab, heads, conv=num, fn=max):
    """The highest (or lowest) value of `heads` in each row (all tying cells)."""
    out = set()
    for row in tab.rows:
        xs = [conv(row[h]) for h in heads if conv(row[h]) is not None]
        if xs:
            m = fn(xs)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                    if conv(row[h]) is not None and conv(row[h]) == m}
    return out


def block_top(tab, heads, n, conv=num):
    """The n largest values across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h, conv)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: conv(v) is not None and conv(v) >= cut)


def drops(tab, heads, conv=num, by=0.0):
    """Cells lower than the cell to their left within `heads` (by more than `by`, or by at least
    `by` when by > 0); either side blank: skipped. Equal neighbours are simply not lower."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and (conv(r[p]) - conv(v) >= by if by else conv(v) < conv(r[p])))
    return out


def same(a, b):
    """Two readings of one request (e.g. with and without a number stored as text) must agree."""
    if a != b:
        raise Boundary(f"the readings differ: {sorted(a ^ b)}")
    return a


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- market_stalls
    TR, WL, FF, FI = T("TR"), T("WL"), T("FF"), T("FI")
    gates = ["Gate N", "Gate S", "Bridge"]
    fmonths = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    arrears = cell(MK, "Traders", "Q4")
    traders = {t(r["Trader"]) for r in TR.rows if not blank(r["Trader"])}
    C["ah001"] = lambda: TR.cells("Days att.", lambda v, r: val(v) is not None and val(v) < val(r["Days booked"]))
    C["ah002"] = lambda: TR.whole(lambda r: gt(val(r["Balance ($)"]), arrears))
    C["ah003"] = lambda: TR.cells("Fee / day ($)", lambda v, r: gt(val(v) / num(r["Pitch w (m)"]), 8))
    C["ah004"] = lambda: drops(FI, fmonths)
    C["ah005"] = lambda: TR.cells("Trader", lambda v, r: gt(val(r["Balance ($)"]), 4 * val(r["Fee / day ($)"])))
    C["ah006"] = lambda: TR.whole(lambda r: t(r["Category"]) == "food" and t(r["Power?"]) == "n")
    C["ah007"] = lambda: TR.whole(lambda r: t(r["Category"]) in ("food", "produce")
                                  and val(r["Days booked"]) - val(r["Days att."]) >= 3)
    C["ah008"] = lambda: TR.cells("Pitch", lambda v, r: t(r["Category"]) != "food" and t(r["Power?"]) == "y")
    C["ah009"] = lambda: TR.whole(lambda r: gt(val(r["Balance ($)"]), 200) and val(r["Days att."]) == val(r["Days booked"]))
    C["ah010"] = lambda: FF.whole(lambda r: t(r["Weather"]) == "rain" and lt(num(r["Stalls out"]), 30))
    C["ah011"] = lambda: TR.cells("Insur. exp.", lambda v, r: lt(days(v), 0))
    C["ah012"] = lambda: TR.cells("Trader", lambda v, r: between(days(r["Insur. exp."]), 0, 30))
    C["ah013"] = lambda: TR.cells("Joined", lambda v, r: before_months(d(v), 120))
    C["ah014"] = lambda: WL.cells("Waiting list", lambda v, r: before_months(d(r["Applied"]), 3))
    C["ah015"] = lambda: FF.cells(gates, lambda v, r: lt(val(v), 500))
    C["ah016"] = lambda: same(row_ext(FF, gates, val), row_ext(FF, gates, num))
    C["ah017"] = lambda: same(block_top(FF, gates, 3, val), block_top(FF, gates, 3, num))
    C["ah018"] = lambda: FI.cells(fmonths, lambda v, r: num(v) is not None and num(v) < num(r["Budget / mo"]))
    C["ah019"] = lambda: same(col_ext(FF, gates, val), col_ext(FF, gates, num))
    C["ah020"] = lambda: TR.cells("Pitch", dup(TR, "Pitch"))
    C["ah021"] = lambda: WL.cells("Waiting list", lambda v, r: t(v) in traders)
    C["ah022"] = lambda: top(FF, "Bridge", 5, largest=False)
    C["ah023"] = lambda: TR.cells("Hygiene", lambda v, r: t(r["Category"]) == "food" and blank(v))
    C["ah024"] = lambda: TR.cells("Contact", lambda v, r: "gmail" in t(v))
    C["ah025"] = lambda: FF.cells("Market day", lambda v, r: d(v) is not None and d(v).weekday() != 5)

    # ---------------- paintball_arena
    BK, MS, LG = T("BK"), T("MS"), T("LG")
    rounds = ["R1", "R2", "R3", "R4", "R5", "R6"]
    rate = cell(PB, "Bookings", "R1")
    C["ah026"] = lambda: BK.cells("Paid ($)", lambda v, r: (val(v) or 0) < num(r["Total ($)"]))
    C["ah027"] = lambda: BK.cells("Group", lambda v, r: val(r["Players"]) < num(r["Min pl."]))
    C["ah028"] = lambda: BK.cells("Deposit ($)", lambda v, r: num(v) < num(r["Total ($)"]) * rate)
    C["ah029"] = lambda: MS.whole(lambda r: num(r["Hrs (Nov)"]) > num(r["Max hrs"]))
    C["ah030"] = lambda: LG.cells("Team", lambda v, r: num(r["R1"]) is not None and num(r["R5"]) is not None
                                  and num(r["R5"]) - num(r["R1"]) >= 10)
    C["ah031"] = lambda: BK.whole(lambda r: t(r["Package"]) == "extreme" and (num(r["U18s"]) or 0) > 0)
    C["ah032"] = lambda: BK.whole(lambda r: (t(r["Field"]) == "woodland" and gt(val(r["Players"]), 20))
                                  or (t(r["Field"]) == "speedball" and gt(val(r["Players"]), 16)))
    C["ah033"] = lambda: BK.cells("Ref", lambda v, r: t(r["Package"]) == "kids lite"
                                  and (val(r["Paid ($)"]) or 0) < num(r["Total ($)"]))
    C["ah034"] = lambda: MS.whole(lambda r: num(r["Rating"]) <= 4 and gt(num(r["Shifts (Nov)"]), 10))
    C["ah035"] = lambda: BK.cells("Group", lambda v, r: (t(v).startswith("stag") or t(v).startswith("hen"))
                                  and mins(r["Start"]) >= 18 * 60 + 30)
    C["ah036"] = lambda: BK.whole(lambda r: d(r["Booked"]) is not None and d(r["Event date"]) is not None
                                  and lt((d(r["Event date"]) - d(r["Booked"])).days, 7))
    C["ah037"] = lambda: BK.cells("Event date", lambda v, r: between(days(v), 0, 14))
    C["ah038"] = lambda: MS.cells("First aid exp.", lambda v, r: le_edge(days(v), 90))
    C["ah039"] = lambda: MS.cells("Marshal", lambda v, r: d(r["DOB"]) is not None and age(d(r["DOB"])) < 21)
    C["ah040"] = lambda: LG.cells(rounds, lambda v, r: num(v) is not None and num(v) == 0)
    C["ah041"] = lambda: same(row_ext(LG, rounds, val), row_ext(LG, rounds, num))
    C["ah042"] = lambda: same(col_ext(LG, rounds, val), col_ext(LG, rounds, num))
    C["ah043"] = lambda: LG.cells(rounds, lambda v, r: val(v) is not None and val(v) >= 20)
    C["ah044"] = lambda: BK.cells("Group", dup(BK, "Group"))
    C["ah045"] = lambda: rows_of(BK, top(BK, "Total ($)", 3))
    C["ah046"] = lambda: same(top(BK, "Players", 5, largest=False), top(BK, "Players", 5, largest=False, conv=val))
    C["ah047"] = lambda: BK.cells("Organiser", lambda v, r: blank(v))
    C["ah048"] = lambda: LG.cells("Team", lambda v, r: blank(r["R6"]))
    C["ah049"] = lambda: BK.cells("Group", lambda v, r: "birthday" in t(v))
    C["ah050"] = lambda: BK.whole(lambda r: weekend(r["Event date"]))

    # ---------------- plant_hire
    HR, FL, UT, BD = T("HR"), T("FL"), T("UT"), T("BD")
    umonths = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    free = cell(PH, "Hires", "B3")

    def hire_days(r):
        return (d(r["Returned"]) - d(r["Out"])).days if d(r["Returned"]) and d(r["Out"]) else None

    C["ah051"] = lambda: HR.whole(lambda r: d(r["Returned"]) is not None and d(r["Due back"]) is not None
                                  and d(r["Returned"]) > d(r["Due back"]))
    C["ah052"] = lambda: HR.cells("Fuel in", lambda v, r: num(v) is not None and num(v) < num(r["Fuel out"]))
    C["ah053"] = lambda: HR.cells("Hrs in", lambda v, r: num(v) is not None and gt(num(v) - val(r["Hrs out"]), 100))
    C["ah054"] = lambda: HR.cells("Hrs in", lambda v, r: num(v) is not None and hire_days(r) is not None
                                  and gt(num(v) - val(r["Hrs out"]), free * hire_days(r)))
    C["ah055"] = lambda: HR.cells("Invoiced ($)", lambda v, r: num(v) is not None and num(v) < num(r["Deposit ($)"]))
    C["ah056"] = lambda: HR.whole(lambda r: t(r["Type"]) == "excavator" and t(r["Damage"]) not in ("", "none"))
    C["ah057"] = lambda: HR.cells("Invoiced ($)", lambda v, r: t(r["Customer"]) in ("apex utilities", "council highways")
                                  and gt(num(v), 1000))
    C["ah058"] = lambda: HR.cells("Hire no.", lambda v, r: t(r["Type"]) in ("generator", "breaker")
                                  and lt(num(r["Fuel in"]), 0.5))
    C["ah059"] = lambda: FL.whole(lambda r: t(r["Depot"]) == "kellbrook" and d(r["Bought"]) < dt.date(2020, 1, 1))
    C["ah060"] = lambda: HR.whole(lambda r: t(r["Customer"]).split(" ")[0] in ("mr", "mrs") and blank(r["Returned"]))
    C["ah061"] = lambda: HR.cells("Due back", lambda v, r: blank(r["Returned"]) and days(v) is not None and days(v) <= 0)
    C["ah062"] = lambda: HR.cells("Out", lambda v, r: hire_days(r) is not None and gt(hire_days(r), 14))
    C["ah063"] = lambda: FL.cells("Last LOLER", lambda v, r: d(v) is not None and lt((edate(d(v), 6) - BUILT).days, 0))
    C["ah064"] = lambda: FL.cells("Bought", lambda v, r: before_months(d(v), 60))
    C["ah065"] = lambda: HR.whole(lambda r: between(days(r["Out"]), 0, 7))
    C["ah066"] = lambda: UT.cells(umonths, lambda v, r: num(v) is not None and num(v) < num(r["Target"]))
    C["ah067"] = lambda: row_ext(UT, umonths, num, min)
    C["ah068"] = lambda: BD.cells(umonths, lambda v, r: (num(v) or 0) >= 3)
    C["ah069"] = lambda: block_top(UT, umonths, 3)
    C["ah070"] = lambda: HR.cells("Hire no.", dup(HR, "Hire no."))
    C["ah071"] = lambda: rows_of(FL, FL.cells("Asset", dup(FL, "Asset")))
    C["ah072"] = lambda: top(HR, "Invoiced ($)", 5)
    C["ah073"] = lambda: top(FL, "Cost ($)", 3, largest=False)
    C["ah074"] = lambda: HR.cells("Damage", lambda v, r: not blank(r["Returned"]) and blank(v))
    C["ah075"] = lambda: HR.cells("Machine", lambda v, r: "mini" in t(v))

    # ---------------- storage_units
    UN, EN, OC = T("UN"), T("EN"), T("OC")
    omonths = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    grace = cell(SU, "Units", "Q5")
    std = cell(SU, "Units", "Q6")
    C["ah076"] = lambda: UN.cells("Rent ($/mo)", lambda v, r: gt(val(v) / num(r["Size (sq ft)"]), std))
    C["ah077"] = lambda: UN.cells("Tenant", lambda v, r: not blank(v) and (num(r["Balance ($)"]) or 0) >= 2 * val(r["Rent ($/mo)"]))
    C["ah078"] = lambda: drops(OC, omonths)
    C["ah079"] = lambda: EN.cells("Quote ($)", lambda v, r: gt(val(v) / num(r["Size wanted"]), 1.8))
    C["ah080"] = lambda: OC.cells("Nov", lambda v, r: num(v) < num(r["Target"]))
    C["ah081"] = lambda: UN.whole(lambda r: t(r["Lock"]) == "overlock" and t(r["Insured?"]) == "no")
    C["ah082"] = lambda: UN.whole(lambda r: blank(r["Tenant"]) and t(r["Floor"]) != "g" and num(r["Size (sq ft)"]) >= 75)
    C["ah083"] = lambda: UN.whole(lambda r: num(r["Size (sq ft)"]) >= 150 and before_months(d(r["Last access"]), 6))
    C["ah084"] = lambda: UN.cells("Rent ($/mo)", lambda v, r: t(r["Floor"]) == "g" and gt(val(v), 200))
    C["ah085"] = lambda: UN.whole(lambda r: not blank(r["Tenant"]) and t(r["Insured?"]) == "no"
                                  and num(r["Size (sq ft)"]) >= 100)
    C["ah086"] = lambda: UN.cells("Paid to", lambda v, r: lt(days(v), -grace))
    C["ah087"] = lambda: UN.cells("Move-in", lambda v, r: d(v) is not None and d(v).year == BUILT.year)
    C["ah088"] = lambda: UN.cells("Last access", lambda v, r: lt(days(v), -365) and lt(days(v), -366))
    C["ah089"] = lambda: EN.cells("Follow-up", lambda v, r: d(v) is not None and d(r["Date"]) is not None
                                  and gt((d(v) - d(r["Date"])).days, 4))
    C["ah090"] = lambda: OC.cells(omonths, lambda v, r: num(v) is not None and num(v) >= 0.9)
    C["ah091"] = lambda: row_ext(OC, omonths)
    C["ah092"] = lambda: col_ext(OC, omonths, num, min)
    C["ah093"] = lambda: OC.whole(lambda r: any(lt(num(r[m]), 0.7) for m in omonths))
    C["ah094"] = lambda: UN.cells("Tenant", dup(UN, "Tenant"))
    C["ah095"] = lambda: EN.cells("Name", dup(EN, "Name"))
    C["ah096"] = lambda: top(UN, "Balance ($)", 3)
    C["ah097"] = lambda: same(top(UN, "Rent ($/mo)", 4, largest=False), top(UN, "Rent ($/mo)", 4, largest=False, conv=val))
    C["ah098"] = lambda: UN.whole(lambda r: blank(r["Tenant"]))
    C["ah099"] = lambda: EN.cells("Outcome", lambda v, r: t(v).startswith("lost"))
    C["ah100"] = lambda: EN.whole(lambda r: weekend(r["Date"]))

    # ---------------- trampoline_park
    SE, JP, CK = T("SE"), T("JP"), T("CK")
    weeks = ["Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]

    def avg_court(r, conv):
        return mean(conv(r[w]) for w in weeks if conv(r[w]) is not None)

    C["ah101"] = lambda: SE.whole(lambda r: num(r["Pre-booked"]) + (num(r["Walk-ins"]) or 0) > num(r["Cap."]))
    C["ah102"] = lambda: SE.cells("Staff", lambda v, r: num(v) is not None and num(v) < num(r["Min staff"]))
    C["ah103"] = lambda: SE.cells("Walk-ins", lambda v, r: num(v) is not None and gt(num(v), 0.25 * num(r["Pre-booked"])))
    C["ah104"] = lambda: JP.cells("Visits (Nov)", lambda v, r: num(v) < num(r["Visits (Oct)"]))
    C["ah105"] = lambda: same(drops(CK, weeks, val, by=3), drops(CK, weeks, num, by=3))
    C["ah106"] = lambda: SE.whole(lambda r: t(r["Type"]) in ("toddler", "sen quiet") and (num(r["Incidents"]) or 0) > 0)
    C["ah107"] = lambda: SE.cells("Revenue ($)", lambda v, r: t(r["Type"]) == "open jump" and lt(num(v), 400))
    C["ah108"] = lambda: SE.whole(lambda r: t(r["Type"]) == "dodgeball" and num(r["Walk-ins"]) is not None
                                  and lt(num(r["Pre-booked"]) + num(r["Walk-ins"]), 15))
    C["ah109"] = lambda: JP.whole(lambda r: t(r["Pass"]) == "gold" and lt(days(r["Pass exp."]), 0))
    C["ah110"] = lambda: JP.cells("Member", lambda v, r: num(r["Visits (Oct)"]) == 0 and num(r["Visits (Nov)"]) == 0)
    C["ah111"] = lambda: JP.cells("First name", lambda v, r: age(d(r["DOB"])) < 5)
    C["ah112"] = lambda: JP.cells("Waiver signed", lambda v, r: before_months(d(v), 12))
    C["ah113"] = lambda: JP.cells("Pass exp.", lambda v, r: between(days(v), 0, 30))
    C["ah114"] = lambda: SE.whole(lambda r: days(r["Date"]) == 0)
    C["ah115"] = lambda: CK.cells(weeks, lambda v, r: val(v) is not None and val(v) >= 19)
    C["ah116"] = lambda: same(col_ext(CK, weeks, val, min), col_ext(CK, weeks, num, min))
    C["ah117"] = lambda: CK.whole(lambda r: any(lt(val(r[w]), 13) for w in weeks))
    C["ah118"] = lambda: same(CK.cells("Court", lambda v, r: lt(avg_court(r, val), 16)),
                              CK.cells("Court", lambda v, r: lt(avg_court(r, num), 16)))
    names = Counter((t(r["First name"]), t(r["Surname"])) for r in JP.rows)
    C["ah119"] = lambda: JP.whole(lambda r: names[(t(r["First name"]), t(r["Surname"]))] > 1)
    C["ah120"] = lambda: top(SE, "Revenue ($)", 5)
    C["ah121"] = lambda: JP.whole(lambda r: blank(r["Guardian mobile"]))
    C["ah122"] = lambda: CK.cells(weeks, lambda v, r: blank(v))
    C["ah123"] = lambda: JP.cells("Pass", lambda v, r: t(v) == "gold")
    C["ah124"] = lambda: JP.cells("Guardian mobile", lambda v, r: not blank(v) and not str(v).startswith("07"))
    C["ah125"] = lambda: SE.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- vintage_resale
    ST, SA, IS = T("ST"), T("SA"), T("IS")
    vmonths = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    items = ST.count("Item", t)
    C["ah126"] = lambda: ST.whole(lambda r: num(r["Sold ($)"]) is not None and num(r["Sold ($)"]) < num(r["Cost ($)"]))
    C["ah127"] = lambda: ST.cells("Sold ($)", lambda v, r: num(v) is not None and num(v) < val(r["List ($)"]))
    C["ah128"] = lambda: ST.cells("List ($)", lambda v, r: num(r["Cost ($)"]) > 0 and val(v) >= 3 * num(r["Cost ($)"]))
    C["ah129"] = lambda: SA.cells("Nov", lambda v, r: num(v) < num(r["Oct"]))
    C["ah130"] = lambda: ST.cells("Fees ($)", lambda v, r: num(v) is not None and num(r["Sold ($)"]) is not None
                                  and gt(num(v), 0.12 * num(r["Sold ($)"])))
    C["ah131"] = lambda: ST.whole(lambda r: t(r["Cond."]) == "c" and blank(r["Sold on"]))
    C["ah132"] = lambda: ST.whole(lambda r: num(r["Cost ($)"]) == 0 and gt(val(r["List ($)"]), 50))
    C["ah133"] = lambda: ST.cells("Item", lambda v, r: "jacket" in t(v) and t(r["Decade"]) == "90s")
    C["ah134"] = lambda: ST.whole(lambda r: t(r["Platform"]) in ("ebay", "etsy") and gt(num(r["Sold ($)"]), 50))
    C["ah135"] = lambda: ST.whole(lambda r: t(r["Cond."]) != "a" and num(r["Sold ($)"]) is not None
                                  and num(r["Sold ($)"]) == val(r["List ($)"]))
    C["ah136"] = lambda: ST.whole(lambda r: blank(r["Sold on"]) and lt(days(r["Listed"]), -60))
    C["ah137"] = lambda: ST.cells("Sold on", lambda v, r: d(v) is not None and d(r["Listed"]) is not None
                                  and le_edge((d(v) - d(r["Listed"])).days, 7))
    C["ah138"] = lambda: ST.cells("Sold on", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["ah139"] = lambda: ST.cells("SKU", lambda v, r: between(days(r["Listed"]), -14, 0))
    C["ah140"] = lambda: row_ext(SA, vmonths)
    C["ah141"] = lambda: SA.cells(vmonths, lambda v, r: lt(num(v), 400))
    C["ah142"] = lambda: block_top(IS, vmonths, 3)
    C["ah143"] = lambda: SA.cells("Platform", lambda v, r: all(gt(num(r[m]), 300) for m in vmonths))
    C["ah144"] = lambda: ST.cells("SKU", dup(ST, "SKU"))
    C["ah145"] = lambda: ST.cells("Item", lambda v, r: items[t(v)] == 1)
    C["ah146"] = lambda: top(ST, "Sold ($)", 3)
    C["ah147"] = lambda: same(top(ST, "List ($)", 5, largest=False), top(ST, "List ($)", 5, largest=False, conv=val))
    C["ah148"] = lambda: ST.cells("Platform", lambda v, r: d(r["Sold on"]) is not None and blank(v))
    C["ah149"] = lambda: ST.cells("Brand", lambda v, r: "levi" in t(v))
    C["ah150"] = lambda: ST.cells("Sold on", lambda v, r: d(v) is not None and d(v).weekday() == 6)
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
