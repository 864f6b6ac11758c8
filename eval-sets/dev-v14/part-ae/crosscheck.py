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
    "AS": ("archery_club.xlsx", "Scores", "B4:N40"),
    "AM": ("archery_club.xlsx", "Members", "A1:H21"),
    "CJ": ("carpet_cleaning.xlsx", "Jobs", "A4:O44"),
    "CW": ("carpet_cleaning.xlsx", "Weekly", "A2:K8"),
    "CC": ("carpet_cleaning.xlsx", "Weekly", "A12:K18"),
    "EF": ("egg_farm.xlsx", "Flocks", "C3:N25"),
    "ED": ("egg_farm.xlsx", "Daily eggs", "A3:I33"),
    "EO": ("egg_farm.xlsx", "Orders", "A1:I29"),
    "FP": ("foundry_castings.xlsx", "Pours", "A6:M44"),
    "FM": ("foundry_castings.xlsx", "Melt totals", "A3:H10"),
    "FF": ("foundry_castings.xlsx", "Melt totals", "K3:O8"),
    "GC": ("gallery_sales.xlsx", "Consignments", "B4:M44"),
    "GA": ("gallery_sales.xlsx", "Artists", "A1:G9"),
    "GF": ("gallery_sales.xlsx", "Footfall", "A3:H13"),
    "HH": ("horse_livery.xlsx", "Horses", "A4:M34"),
    "HF": ("horse_livery.xlsx", "Feed", "B3:J19"),
    "HI": ("horse_livery.xlsx", "Invoices", "A1:H27"),
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


def age(born: dt.date) -> int:
    """Whole years from `born` to BUILT (Excel's DATEDIF(...,"y"))."""
    return BUILT.year - born.year - ((BUILT.month, BUILT.day) < (born.month, born.day))


def dates_top(tab, h, n, latest=True):
    """The n latest (or earliest) real dates of a column; a tie across the cut-off is a boundary."""
    vals = sorted((d(row[h]) for row in tab.rows if d(row[h])), reverse=latest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the {n} cut-off in {h}")
    return tab.cells(h, lambda v, r: d(v) is not None and (d(v) >= cut if latest else d(v) <= cut))


def block_bottom(tab, heads, n):
    vals = sorted(x for h in heads for x in tab.values(h))
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) <= cut)


def row_pick(tab, heads, fn):
    """Cells equal to fn (max or min) of the row's real numbers across `heads`."""
    def pred(v, r):
        xs = [num(r[h]) for h in heads if num(r[h]) is not None]
        return num(v) is not None and num(v) == fn(xs)
    return tab.cells(heads, pred)


def upto(a, hi):
    """a <= hi where the request says so in words (inclusive); None never matches."""
    return a is not None and a <= hi


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- archery_club
    AS, AM = T("AS"), T("AM")
    R3 = ["R1", "R2", "R3"]
    qual = cell("archery_club.xlsx", "Scores", "Q2")
    C["ae001"] = lambda: AS.cells("Total", lambda v, r: num(r["Prev best"]) is not None and num(v) > num(r["Prev best"]))
    C["ae002"] = lambda: AS.cells("Total", lambda v, r: lt(num(v), qual))
    C["ae003"] = lambda: AS.whole(lambda r: val(r["R1"]) is not None and num(r["R3"]) is not None
                                  and val(r["R1"]) - num(r["R3"]) >= 15)
    C["ae004"] = lambda: AS.cells("R2", lambda v, r: val(v) is not None and val(r["R1"]) is not None
                                  and gt(val(v) - val(r["R1"]), 10))
    C["ae005"] = lambda: AS.cells("Archer", lambda v, r: num(r["Prev best"]) is not None
                                  and gt(num(r["Prev best"]) - num(r["Total"]), 25))
    C["ae006"] = lambda: AS.whole(lambda r: t(r["Bow"]) == "compound" and gt(num(r["Total"]), 600))
    C["ae007"] = lambda: AS.whole(lambda r: t(r["Age grp"]) in ("u15", "u18") and t(r["Paid?"]) == "n")
    C["ae008"] = lambda: AS.whole(lambda r: t(r["Bow"]) in ("recurve", "barebow") and t(r["Round"]) == "portsmouth"
                                  and lt(num(r["Total"]), 520))
    C["ae009"] = lambda: AS.whole(lambda r: t(r["Round"]) != "worcester" and gt(val(r["Golds"]), 14))
    C["ae010"] = lambda: AM.whole(lambda r: t(r["Coach"]) == "jill" and num(r["Fee (£)"]) >= 140)
    C["ae011"] = lambda: AM.cells("Licence exp.", lambda v, r: days(v) is not None and days(v) >= 0 and le30(days(v)))
    C["ae012"] = lambda: AM.cells("Name", lambda v, r: d(r["DOB"]) is not None
                                  and gt((edate(d(r["DOB"]), 216) - BUILT).days, 0))
    C["ae013"] = lambda: AS.cells("Shot on", lambda v, r: between(days(v), -14, 0))
    C["ae014"] = lambda: AM.cells("Joined", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -60)).days, 0))
    C["ae015"] = lambda: AS.cells(R3, lambda v, r: lt(num(v), 145))
    C["ae016"] = lambda: row_pick(AS, R3, max)
    C["ae017"] = lambda: block_top(AS, R3, 5)
    C["ae018"] = lambda: AS.whole(lambda r: all(num(r[h]) is not None and num(r[h]) >= 200 for h in R3))
    C["ae019"] = lambda: AM.cells("Member ID", dup(AM, "Member ID"))
    pairs = Counter((t(r["Archer"]), d(r["Shot on"]) or r["Shot on"]) for r in AS.rows)
    C["ae020"] = lambda: AS.whole(lambda r: pairs[(t(r["Archer"]), d(r["Shot on"]) or r["Shot on"])] > 1)
    C["ae021"] = lambda: top(AS, "Total", 3, largest=False)
    C["ae022"] = lambda: dates_top(AM, "DOB", 4, latest=False)
    C["ae023"] = lambda: AS.whole(lambda r: blank(r["Paid?"]))
    C["ae024"] = lambda: AM.cells("Email", lambda v, r: "oakarch.org" in t(v))
    C["ae025"] = lambda: AS.cells("Shot on", lambda v, r: weekend(v))

    # ---------------- carpet_cleaning
    CJ, CW, CC = T("CJ"), T("CW"), T("CC")
    weeks = [f"Wk {n}" for n in range(40, 49)]
    minc = cell("carpet_cleaning.xlsx", "Jobs", "R2")
    C["ae026"] = lambda: CJ.whole(lambda r: num(r["Cost ($)"]) is not None and num(r["Cost ($)"]) > val(r["Quote ($)"]))
    C["ae027"] = lambda: drops(CW, weeks)
    C["ae028"] = lambda: CW.cells("Wk 48", lambda v, r: num(v) is not None and num(v) < num(r["Target"]))
    C["ae029"] = lambda: CJ.cells("Quote ($)", lambda v, r: num(v) == minc)
    C["ae030"] = lambda: CJ.cells("Cost ($)", lambda v, r: num(v) is not None and gt(num(v), 0.9 * val(r["Quote ($)"])))
    C["ae031"] = lambda: CJ.whole(lambda r: t(r["Type"]) == "commercial" and t(r["Area"]) in ("north", "east"))
    C["ae032"] = lambda: CJ.whole(lambda r: lt(days(r["Job date"]), 0) and blank(r["Invoiced"]))
    C["ae033"] = lambda: CJ.whole(lambda r: t(r["Tech"]) == "marek" and gt(num(r["Sq m"]), 100)
                                  and days(r["Job date"]) is not None and days(r["Job date"]) >= 0)
    C["ae034"] = lambda: CJ.whole(lambda r: t(r["Type"]) != "domestic" and gt(val(r["Quote ($)"]), 300))
    C["ae035"] = lambda: CJ.whole(lambda r: not blank(r["Invoiced"]) and blank(r["Paid on"])
                                  and t(r["Tech"]) in ("marek", "shaz"))
    C["ae036"] = lambda: CJ.cells("Paid on", lambda v, r: d(v) is not None and d(r["Invoiced"]) is not None
                                  and gt((d(v) - d(r["Invoiced"])).days, 20))
    C["ae037"] = lambda: CJ.cells("Job date", lambda v, r: between(days(v), 0, 7))
    C["ae038"] = lambda: CJ.cells("Invoiced", lambda v, r: d(v) is not None and blank(r["Paid on"]) and gt(-days(v), 14))
    C["ae039"] = lambda: CJ.cells("Job no", lambda v, r: d(r["Job date"]) is not None and d(r["Booked"]) is not None
                                  and upto((d(r["Job date"]) - d(r["Booked"])).days, 3))
    C["ae040"] = lambda: CW.cells(weeks, lambda v, r: lt(num(v), 700))
    C["ae041"] = lambda: col_max(CC, weeks)
    C["ae042"] = lambda: block_top(CW, weeks, 3)
    C["ae043"] = lambda: CC.whole(lambda r: any(gt(num(r[w]), 8) for w in weeks))
    C["ae044"] = lambda: CJ.cells("Job no", dup(CJ, "Job no"))
    C["ae045"] = lambda: CJ.cells("Client", lambda v, r: CJ.count("Client", t)[t(v)] == 1)
    C["ae046"] = lambda: block_bottom(CW, weeks, 2)
    C["ae047"] = lambda: CJ.cells("Quote ($)", lambda v, r: gt(num(v), mean(CJ.values("Quote ($)"))))
    C["ae048"] = lambda: CJ.cells("Sq m", lambda v, r: blank(v))
    C["ae049"] = lambda: CJ.cells("Notes", lambda v, r: "pet" in t(v))
    C["ae050"] = lambda: CJ.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- egg_farm
    EF, ED, EO = T("EF"), T("ED"), T("EO")
    sheds = [f"Shed {n}" for n in range(1, 7)]
    target = cell("egg_farm.xlsx", "Daily eggs", "L3")
    C["ae051"] = lambda: EF.cells("Lay %", lambda v, r: num(v) is not None and num(r["Lay % LW"]) is not None
                                  and num(v) < num(r["Lay % LW"]))
    C["ae052"] = lambda: EF.cells("Birds now", lambda v, r: gt((num(r["Birds in"]) - val(v)) / num(r["Birds in"]), 0.08))
    C["ae053"] = lambda: EF.cells("Water (L/d)", lambda v, r: gt(num(v) / num(r["Feed (kg/d)"]), 2.5))
    C["ae054"] = lambda: EO.cells("Delivered", lambda v, r: d(v) is not None and d(v) > d(r["Due"]))
    C["ae055"] = lambda: EO.whole(lambda r: num(r["Trays"]) is not None and gt(num(r["Trays"]) * num(r["Price/tray"]), 100))
    C["ae056"] = lambda: EF.whole(lambda r: t(r["Status"]) == "moulting" and lt(num(r["Lay %"]), 0.8))
    C["ae057"] = lambda: EF.whole(lambda r: t(r["Breed"]) in ("hy-line", "lohmann brown") and gt(val(r["Birds now"]), 5000))
    C["ae058"] = lambda: EO.whole(lambda r: t(r["Grade"]) == "large" and (num(r["Trays"]) or 0) >= 20 and blank(r["Delivered"]))
    C["ae059"] = lambda: EO.whole(lambda r: t(r["Driver"]) == "lou" and t(r["Customer"]) in ("harbour deli", "sunrise cafe"))
    C["ae060"] = lambda: ED.whole(lambda r: lt(num(r["Shed 5"]), 3100) and gt(num(r["Cracked"]), 70))
    C["ae061"] = lambda: EF.cells("Hatched", lambda v, r: days(v) is not None and gt(-days(v), 70 * 7))
    C["ae062"] = lambda: EF.cells("Vet check", lambda v, r: lt(days(v), -90))
    C["ae063"] = lambda: EO.cells("Due", lambda v, r: upto(days(v), 0) and blank(r["Delivered"]))
    C["ae064"] = lambda: EF.cells("Placed", lambda v, r: d(r["Hatched"]) is not None and d(v) is not None
                                  and lt((d(v) - d(r["Hatched"])).days, 120))
    C["ae065"] = lambda: ED.cells(sheds, lambda v, r: lt(num(v), 1400))
    C["ae066"] = lambda: col_max(ED, sheds)
    C["ae067"] = lambda: ED.whole(lambda r: lt(sum(val(r[s]) or 0 for s in sheds), target))
    C["ae068"] = lambda: EF.cells(["Lay %", "Lay % LW"], lambda v, r: lt(num(v), 0.7))
    C["ae069"] = lambda: EF.cells("Shed", dup(EF, "Shed"))
    C["ae070"] = lambda: EO.cells("Order", dup(EO, "Order"))
    C["ae071"] = lambda: top(EF, "Birds now", 3)
    C["ae072"] = lambda: top(ED, "Cracked", 3, largest=False)
    C["ae073"] = lambda: EF.whole(lambda r: blank(r["Lay %"]) or blank(r["Vet check"]))
    C["ae074"] = lambda: EO.cells("Customer", lambda v, r: "inn" in t(v))
    C["ae075"] = lambda: ED.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)

    # ---------------- foundry_castings
    FP, FM, FF = T("FP"), T("FM"), T("FF")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    max_scrap = cell("foundry_castings.xlsx", "Pours", "C2")
    min_temp = cell("foundry_castings.xlsx", "Pours", "C3")
    C["ae076"] = lambda: FP.cells("Scrap %", lambda v, r: gt(num(v), max_scrap))
    C["ae077"] = lambda: FP.cells("Shipped", lambda v, r: d(v) is not None and d(v) > d(r["Ship by"]))
    C["ae078"] = lambda: FP.cells("Wt good (kg)", lambda v, r: lt(num(v), 0.85 * val(r["Wt cast (kg)"])))
    C["ae079"] = lambda: FM.cells("Nov", lambda v, r: num(r["Oct"]) is not None and lt(num(v), 0.9 * num(r["Oct"])))
    C["ae080"] = lambda: FF.cells("kWh Nov", lambda v, r: gt(num(v), 1.1 * num(r["kWh Oct"])))
    C["ae081"] = lambda: FP.whole(lambda r: t(r["Alloy"]) in ("grey iron", "ductile iron") and lt(num(r["Pour temp (°C)"]), min_temp))
    C["ae082"] = lambda: FP.whole(lambda r: "porosity" in t(r["Defect"]) and gt(num(r["Scrap %"]), 0.09))
    C["ae083"] = lambda: FP.whole(lambda r: t(r["Alloy"]) in ("steel", "bronze") and blank(r["Shipped"]))
    C["ae084"] = lambda: FP.whole(lambda r: t(r["Inspector"]) == "mb" and (val(r["Wt cast (kg)"]) or 0) >= 300)
    C["ae085"] = lambda: FP.whole(lambda r: t(r["Customer"]) == "vexo marine" and (num(r["Scrap %"]) or 0) > 0)
    C["ae086"] = lambda: FP.cells("Ship by", lambda v, r: between(days(v), 0, 7) and blank(r["Shipped"]))
    C["ae087"] = lambda: FP.cells("Shipped", lambda v, r: d(v) is not None and d(r["Pour date"]) is not None
                                  and gt((d(v) - d(r["Pour date"])).days, 25))
    C["ae088"] = lambda: FF.cells("Last reline", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -12)).days, 0))
    C["ae089"] = lambda: FP.cells("Pour date", lambda v, r: between(days(v), -10, 0))
    C["ae090"] = lambda: FM.cells(months, lambda v, r: gt(num(v), 50))
    C["ae091"] = lambda: row_pick(FM, months, min)
    C["ae092"] = lambda: FM.whole(lambda r: any(gt(num(r[m]), num(r["Budget"])) for m in months))
    C["ae093"] = lambda: block_top(FM, months, 3)
    C["ae094"] = lambda: FP.cells("Heat no", dup(FP, "Heat no"))
    combos = Counter((t(r["Pattern"]), t(r["Alloy"])) for r in FP.rows)
    C["ae095"] = lambda: FP.whole(lambda r: combos[(t(r["Pattern"]), t(r["Alloy"]))] > 1)
    C["ae096"] = lambda: top(FP, "Pour temp (°C)", 2)
    C["ae097"] = lambda: FP.whole(lambda r: blank(r["Inspector"]))
    C["ae098"] = lambda: FP.cells("Defect", lambda v, r: blank(v) and gt(num(r["Scrap %"]), 0.06))
    C["ae099"] = lambda: FP.cells("Pattern", lambda v, r: "valve" in t(v))
    C["ae100"] = lambda: FP.cells("Pour date", lambda v, r: d(v) is not None and d(v).weekday() == 4)

    # ---------------- gallery_sales
    GC, GA, GF = T("GC"), T("GA"), T("GF")
    wdays = ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    C["ae101"] = lambda: GC.cells("Sold ($)", lambda v, r: num(v) is not None and num(v) < val(r["Ask ($)"]))
    C["ae102"] = lambda: GA.cells("Works held", lambda v, r: num(v) > num(r["Max works"]))
    C["ae103"] = lambda: GC.whole(lambda r: num(r["Sold ($)"]) is not None and gt(num(r["Sold ($)"]) * num(r["Comm."]), 1100))
    C["ae104"] = lambda: GF.cells("Sun", lambda v, r: num(v) is not None and num(r["Sat"]) is not None and num(v) > num(r["Sat"]))
    C["ae105"] = lambda: GF.cells("Fri", lambda v, r: num(v) is not None and num(r["Thu"]) is not None
                                  and gt(num(v) - num(r["Thu"]), 20))
    C["ae106"] = lambda: GC.whole(lambda r: t(r["Medium"]) == "oil on canvas" and blank(r["Sold on"]) and gt(val(r["Ask ($)"]), 2000))
    C["ae107"] = lambda: GC.whole(lambda r: not blank(r["Sold on"]) and blank(r["Artist paid"]))
    C["ae108"] = lambda: GC.whole(lambda r: t(r["Medium"]) in ("ceramic", "bronze") and t(r["Artist"]) in ("sven lund", "ruth adair"))
    C["ae109"] = lambda: GC.whole(lambda r: gt(num(r["Sold ($)"]), 2000) and t(r["Buyer"]) != "private")
    C["ae110"] = lambda: GF.whole(lambda r: (num(r["Events"]) or 0) > 0 and lt(num(r["Sat"]), 120))
    C["ae111"] = lambda: GC.cells("Hung", lambda v, r: blank(r["Sold on"]) and lt(days(v), -90))
    C["ae112"] = lambda: GC.cells("Sold on", lambda v, r: d(v) is not None and d(r["Hung"]) is not None
                                  and upto((d(v) - d(r["Hung"])).days, 14))
    C["ae113"] = lambda: GA.cells("Artist", lambda v, r: gt(age(d(r["Born"])), 65))
    C["ae114"] = lambda: GA.cells("Contract end", lambda v, r: days(v) is not None and le60(days(v)))
    C["ae115"] = lambda: GC.cells("Received", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["ae116"] = lambda: GF.cells(wdays, lambda v, r: lt(num(v), 40))
    C["ae117"] = lambda: row_pick(GF, wdays, max)
    C["ae118"] = lambda: block_top(GF, wdays, 4)
    C["ae119"] = lambda: GF.whole(lambda r: gt(sum(val(r[x]) or 0 for x in wdays), 480))
    C["ae120"] = lambda: GC.cells("Lot", dup(GC, "Lot"))
    C["ae121"] = lambda: top(GC, "Sold ($)", 3)
    C["ae122"] = lambda: GC.cells("Sold ($)", lambda v, r: lt(num(v), mean(GC.values("Sold ($)"))))
    C["ae123"] = lambda: GC.cells("Title", lambda v, r: blank(v))
    C["ae124"] = lambda: GC.cells("Medium", lambda v, r: "print" in t(v))
    C["ae125"] = lambda: GA.cells("Email", lambda v, r: not blank(v) and "studio.net" not in t(v))

    # ---------------- horse_livery
    HH, HF, HI = T("HH"), T("HF"), T("HI")
    fdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    C["ae126"] = lambda: HH.cells("Wt (kg)", lambda v, r: val(v) is not None and gt(val(v) - num(r["Target wt"]), 20))
    C["ae127"] = lambda: HI.cells("Paid (£)", lambda v, r: num(v) is not None and num(v) < num(r["Amt (£)"]))
    C["ae128"] = lambda: HH.cells("Hay (kg/d)", lambda v, r: num(r["Wt (kg)"]) is not None
                                  and gt(num(v), 0.023 * num(r["Wt (kg)"])))
    C["ae129"] = lambda: HF.cells("Sun", lambda v, r: num(v) is not None and num(r["Mon"]) is not None and num(v) > num(r["Mon"]))
    C["ae130"] = lambda: HF.cells("Wed", lambda v, r: num(r["Tue"]) is not None and num(v) is not None
                                  and num(v) - num(r["Tue"]) >= 3)
    C["ae131"] = lambda: HH.whole(lambda r: t(r["Livery"]) == "full" and days(r["Paid to"]) is not None and days(r["Paid to"]) < 0)
    C["ae132"] = lambda: HH.whole(lambda r: t(r["Livery"]) in ("grass", "diy") and gt(val(r["Wt (kg)"]), 550))
    C["ae133"] = lambda: HH.whole(lambda r: t(r["Owner"]) in ("l. byrne", "m. nakamura") and t(r["Stable"]).startswith("a"))
    C["ae134"] = lambda: HI.whole(lambda r: blank(r["Paid on"]) and gt(num(r["Amt (£)"]), 400))
    C["ae135"] = lambda: HI.whole(lambda r: num(r["Paid (£)"]) is not None and num(r["Paid (£)"]) == num(r["Amt (£)"])
                                  and t(r["Method"]) != "bacs")
    C["ae136"] = lambda: HH.cells("Farrier due", lambda v, r: lt(days(v), 0))
    C["ae137"] = lambda: HH.cells("Vacc due", lambda v, r: between(days(v), 0, 30))
    C["ae138"] = lambda: HH.cells("Foaled", lambda v, r: d(v) is not None and age(d(v)) >= 20)
    C["ae139"] = lambda: HI.cells("Paid on", lambda v, r: d(v) is not None and gt((d(v) - d(r["Issued"])).days, 30))
    C["ae140"] = lambda: HF.cells(fdays, lambda v, r: val(v) is not None and val(v) > num(r["Max/day"]))
    C["ae141"] = lambda: HF.whole(lambda r: any(blank(r[x]) for x in fdays))
    C["ae142"] = lambda: col_max(HF, fdays)
    C["ae143"] = lambda: HF.whole(lambda r: lt(sum(val(r[x]) or 0 for x in fdays), 12))
    C["ae144"] = lambda: HF.cells(fdays, lambda v, r: num(v) is not None and num(v) == 0)
    C["ae145"] = lambda: HI.cells("Inv #", dup(HI, "Inv #"))
    C["ae146"] = lambda: dates_top(HH, "Foaled", 2, latest=True)
    C["ae147"] = lambda: HH.whole(lambda r: blank(r["Wt (kg)"]) or blank(r["Vacc due"]))
    C["ae148"] = lambda: HI.cells("Inv #", lambda v, r: blank(r["Paid on"]))
    C["ae149"] = lambda: HH.cells("Stable", lambda v, r: t(v).startswith("c"))
    C["ae150"] = lambda: HI.cells("Issued", lambda v, r: weekend(v))
    return C


def le30(n):
    _edge(n, 30)
    return n <= 30


def le60(n):
    _edge(n, 60)
    return n <= 60

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
