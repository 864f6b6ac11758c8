"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case (and
stray spaces where no request hinges on them).

The helpers `gt/lt/between` raise `Boundary` when a value sits exactly on a threshold that the
request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Comparisons between two cells of a row (cost vs quote, stock vs minimum) use plain `<`/`>`:
equal values are simply not more or less.

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
BUILT = dt.date(2026, 12, 1)
RACE = dt.date(2026, 11, 15)     # fun run race day
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


def age(born, on: dt.date):
    """Whole years from a real date of birth to `on` (Excel's DATEDIF(...,"y"))."""
    b = d(born)
    if b is None:
        return None
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


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
    """The n largest (or smallest) values of a column; a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "JB": ("removals.xlsx", "Jobs", "B4:P44"),
    "CR": ("removals.xlsx", "Crew", "A3:J19"),
    "ST": ("pharmacy_stock.xlsx", "Stock", "A4:O40"),
    "DC": ("pharmacy_stock.xlsx", "Stock", "Q4:R9"),
    "FL": ("pharmacy_stock.xlsx", "Fridge log", "A3:F33"),
    "PO": ("pharmacy_stock.xlsx", "Orders", "A1:H23"),
    "FI": ("pottery_studio.xlsx", "Firings", "A4:N40"),
    "MB": ("pottery_studio.xlsx", "Members", "A2:K30"),
    "RS": ("fun_run.xlsx", "Results", "B4:O48"),
    "SP": ("fun_run.xlsx", "Splits", "A1:G31"),
    "WK": ("bike_repair.xlsx", "Workshop", "A4:P44"),
    "PS": ("bike_repair.xlsx", "Parts", "A2:F16"),
    "PQ": ("bike_repair.xlsx", "Parts", "A20:E32"),
    "SA": ("bookshop.xlsx", "Sales", "A3:O43"),
    "PK": ("bookshop.xlsx", "Sales", "Q3:R10"),
    "EV": ("bookshop.xlsx", "Events", "A2:I20"),
    "SO": ("bookshop.xlsx", "Special orders", "A1:H23"),
}


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def col_max(tab, heads, conv=num):
    """The highest value in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = max(tab.values(h, conv))
        out |= tab.cells(h, lambda v, r, m=m: conv(v) is not None and conv(v) == m)
    return out


def row_best(tab, heads, conv=num, lowest=False, positive=False):
    """In each row, the cells equal to the row's highest (lowest) value (ties: all of them)."""
    out = set()
    for row in tab.rows:
        xs = [conv(row[h]) for h in heads if conv(row[h]) is not None]
        if not xs:
            continue
        m = min(xs) if lowest else max(xs)
        if positive and m <= 0:
            continue
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                if conv(row[h]) is not None and conv(row[h]) == m}
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def rises(tab, heads, conv=num):
    """Cells higher than the cell to their left within `heads` (either side blank: skipped).
    Equal neighbours are simply not higher (the comparison is between two cells)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) > conv(r[p]))
    return out


def not_after(a, b):
    """a <= b where the request says 'or earlier' / 'within' (b inclusive); None never matches."""
    return a is not None and b is not None and a <= b


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- removals
    JB, CR = T("JB"), T("CR")
    van = cell("removals.xlsx", "Jobs", "S2")
    min_dep = cell("removals.xlsx", "Jobs", "S3")
    weeks = ["Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    money = ["Quote £", "Actual cost £", "Deposit £"]
    C["q001"] = lambda: JB.whole(lambda r: num(r["Actual cost £"]) is not None and num(r["Actual cost £"]) > val(r["Quote £"]))
    C["q002"] = lambda: JB.cells("Actual cost £", lambda v, r: num(v) is not None and gt(num(v) / val(r["Quote £"]), 1.1))
    C["q003"] = lambda: JB.cells("Vol (m³)", lambda v, r: gt(num(v), van))
    C["q004"] = lambda: JB.cells("Deposit £", lambda v, r: lt(num(v), val(r["Quote £"]) * min_dep))
    C["q005"] = lambda: rises(CR, weeks)
    C["q006"] = lambda: CR.cells("Name", lambda v, r: num(r["Wk 48"]) > num(r["Contract hrs"]))
    C["q007"] = lambda: JB.whole(lambda r: t(r["Status"]) == "done" and blank(r["Paid in full"]))
    C["q008"] = lambda: JB.whole(lambda r: gt(num(r["Miles"]), 100) or t(r["Storage?"]) == "y")
    C["q009"] = lambda: JB.whole(lambda r: t(r["Status"]) == "cancelled" and gt(num(r["Deposit £"]), 200))
    C["q010"] = lambda: CR.whole(lambda r: t(r["Role"]) in ("driver", "team lead") and t(r["C1 licence"]) == "no")
    C["q011"] = lambda: JB.cells("Move date", lambda v, r: between(days(v), 0, 14))
    C["q012"] = lambda: JB.cells("Paid in full", lambda v, r: d(v) and d(r["Move date"])
                                 and gt((d(v) - d(r["Move date"])).days, 30))
    C["q013"] = lambda: JB.cells("Booked on", lambda v, r: d(v) and d(r["Move date"])
                                 and lt((d(r["Move date"]) - d(v)).days, 7))
    C["q014"] = lambda: CR.cells("Name", lambda v, r: age(r["DOB"], BUILT) < 21)
    C["q015"] = lambda: CR.cells("Name", lambda v, r: d(r["Started"]) is not None
                                 and gt((d(r["Started"]) - edate(BUILT, -12)).days, 0))
    C["q016"] = lambda: CR.cells(weeks, lambda v, r: gt(num(v), 50))
    C["q017"] = lambda: row_best(CR, weeks)
    C["q018"] = lambda: JB.cells(money, lambda v, r: gt(num(v), 1500))
    C["q019"] = lambda: JB.cells("Job ref", dup(JB, "Job ref"))
    C["q020"] = lambda: JB.cells("Customer", lambda v, r: not blank(v) and JB.count("Customer", t)[t(v)] == 1)
    C["q021"] = lambda: top(JB, "Miles", 3)
    C["q022"] = lambda: top(JB, "Actual cost £", 5, largest=False)
    C["q023"] = lambda: JB.cells("Crew", lambda v, r: blank(v))
    C["q024"] = lambda: JB.whole(lambda r: t(r["From"]) == "london" or t(r["To"]) == "london")
    C["q025"] = lambda: JB.cells("Move date", lambda v, r: weekend(v))

    # ---------------- pharmacy_stock
    ST, FL, PO = T("ST"), T("FL"), T("PO")
    temps = ["AM °C", "PM °C", "Min °C", "Max °C"]
    disc = {t(r["Discontinued"]) for r in T("DC").rows if not blank(r["Discontinued"])}
    counts = ["On hand", "Reorder lvl", "Unit cost", "Sell price", "Sold Oct", "Sold Nov"]
    C["q026"] = lambda: ST.cells("Product", lambda v, r: num(r["Sell price"]) < num(r["Unit cost"]))
    C["q027"] = lambda: ST.cells("On hand", lambda v, r: val(v) is not None and val(v) < num(r["Reorder lvl"]))
    C["q028"] = lambda: ST.cells("Sold Nov", lambda v, r: val(v) is not None and gt(val(v) / num(r["Sold Oct"]), 1.5))
    C["q029"] = lambda: FL.cells("PM °C", lambda v, r: val(v) is not None and num(r["AM °C"]) is not None
                                 and gt(val(v) - num(r["AM °C"]), 2))
    C["q030"] = lambda: PO.cells("Invoice £", lambda v, r: num(v) is not None and num(v) > num(r["Value £"]))
    C["q031"] = lambda: ST.whole(lambda r: t(r["CD"]) == "cd" and val(r["On hand"]) < num(r["Reorder lvl"]))
    C["q032"] = lambda: ST.whole(lambda r: t(r["Form"]) in ("inhaler", "pen") and lt(val(r["On hand"]), 40))
    C["q033"] = lambda: ST.whole(lambda r: t(r["Supplier"]) != "aah" and val(r["On hand"]) < num(r["Reorder lvl"]))
    C["q034"] = lambda: FL.whole(lambda r: lt(num(r["Min °C"]), 2) or gt(num(r["Max °C"]), 8))
    C["q035"] = lambda: PO.whole(lambda r: t(r["Supplier"]) == "alliance" and gt(num(r["Value £"]), 1500)
                                 and blank(r["Invoice £"]))
    C["q036"] = lambda: ST.cells("Expiry", lambda v, r: days(v) is not None and not gt(days(v), 90))
    C["q037"] = lambda: ST.cells("Last ordered", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -3)).days, 0))
    C["q038"] = lambda: PO.cells("PO no.", lambda v, r: d(r["Received"]) and d(r["Ordered"])
                                 and gt((d(r["Received"]) - d(r["Ordered"])).days, 5))
    C["q039"] = lambda: PO.whole(lambda r: blank(r["Received"]) and lt(days(r["Expected"]), 0))
    C["q040"] = lambda: ST.cells("Last ordered", lambda v, r: between(days(v), -14, 0))
    C["q041"] = lambda: FL.cells(temps, lambda v, r: val(v) is not None and (lt(val(v), 2) or gt(val(v), 8)))
    C["q042"] = lambda: col_max(FL, temps)
    C["q043"] = lambda: ST.cells(counts, lambda v, r: isinstance(v, str))
    C["q044"] = lambda: ST.cells("Item code", dup(ST, "Item code"))
    C["q045"] = lambda: ST.whole(lambda r: t(r["Item code"]) in disc)
    C["q046"] = lambda: top(ST, "Sold Nov", 5)
    C["q047"] = lambda: top(ST, "Sell price", 3, largest=False)
    C["q048"] = lambda: FL.whole(lambda r: blank(r["AM °C"]) or blank(r["PM °C"]))
    C["q049"] = lambda: ST.cells("Product", lambda v, r: "inhaler" in t(v))
    C["q050"] = lambda: ST.cells("Strength", lambda v, r: "mcg" in t(v))

    # ---------------- pottery_studio
    FI, MB = T("FI"), T("MB")
    max_load = cell("pottery_studio.xlsx", "Firings", "Q1")
    rate = cell("pottery_studio.xlsx", "Firings", "Q2")
    clay = ["Clay Sep", "Clay Oct", "Clay Nov"]
    C["q051"] = lambda: FI.cells("Peak °C", lambda v, r: val(v) is not None and gt(val(v) - num(r["Target °C"]), 15))
    C["q052"] = lambda: FI.whole(lambda r: val(r["Peak °C"]) is not None and val(r["Peak °C"]) < num(r["Target °C"]))
    C["q053"] = lambda: FI.cells("Load KG", lambda v, r: gt(num(v), max_load))
    C["q054"] = lambda: FI.cells("Cracked", lambda v, r: gt(num(v) / num(r["Pieces"]), 0.25))
    C["q055"] = lambda: MB.cells("Clay Nov", lambda v, r: num(v) > num(r["Clay Oct"]))
    C["q056"] = lambda: FI.cells("kWh", lambda v, r: num(v) is not None and gt(num(v) * rate, 35))
    C["q057"] = lambda: FI.whole(lambda r: t(r["Type"]) == "glaze" and t(r["Kiln"]) == "big bertha"
                                 and num(r["Cracked"]) > 2)
    C["q058"] = lambda: FI.whole(lambda r: t(r["Loaded by"]) in ("sam", "ines") and t(r["Type"]) == "raku")
    C["q059"] = lambda: MB.whole(lambda r: t(r["Plan"]) == "monthly" and num(r["Hrs Nov"]) == 0)
    C["q060"] = lambda: FI.whole(lambda r: t(r["Type"]) != "bisque" and not blank(r["Notes"]))
    C["q061"] = lambda: MB.cells("Renews", lambda v, r: between(days(v), 0, 30))
    C["q062"] = lambda: MB.whole(lambda r: lt(days(r["Renews"]), 0))
    C["q063"] = lambda: MB.cells("Member", lambda v, r: age(r["DOB"], BUILT) < 12)
    C["q064"] = lambda: FI.cells("Date", lambda v, r: between(days(v), -14, 0))
    C["q065"] = lambda: MB.cells(clay, lambda v, r: num(v) is not None and num(v) >= 4)
    C["q066"] = lambda: col_max(MB, clay)
    C["q067"] = lambda: FI.cells(["Target °C", "Peak °C"], lambda v, r: gt(val(v), 1250))
    C["q068"] = lambda: row_best(MB, clay, positive=True)
    C["q069"] = lambda: MB.cells("Shelf", dup(MB, "Shelf", t))
    C["q070"] = lambda: FI.cells("Firing #", dup(FI, "Firing #", t))
    C["q071"] = lambda: top(FI, "Pieces", 3)
    C["q072"] = lambda: top(MB, "Hrs Nov", 3)
    C["q073"] = lambda: FI.cells("Peak °C", lambda v, r: blank(v))
    C["q074"] = lambda: FI.cells("Notes", lambda v, r: "crack" in t(v))
    C["q075"] = lambda: FI.cells("Date", lambda v, r: weekend(v))

    # ---------------- fun_run
    RS, SP = T("RS"), T("SP")
    target = cell("fun_run.xlsx", "Results", "R2")
    splits = ["0-2k", "2-4k", "4-6k", "6-8k", "8-10k"]
    times = ["Gun time", "Chip time", "Time 2025"]
    C["q076"] = lambda: RS.cells("Chip time", lambda v, r: mins(v) is not None and mins(r["Time 2025"]) is not None
                                 and mins(v) < mins(r["Time 2025"]))
    C["q077"] = lambda: RS.cells("Raised £", lambda v, r: num(r["Pledged £"]) is not None
                                 and val(v) >= 2 * num(r["Pledged £"]))
    C["q078"] = lambda: RS.whole(lambda r: num(r["Pledged £"]) is not None and val(r["Raised £"]) < num(r["Pledged £"]))
    C["q079"] = lambda: RS.cells("Raised £", lambda v, r: gt(val(v), target))
    C["q080"] = lambda: RS.cells("Gun time", lambda v, r: mins(v) is not None and mins(r["Chip time"]) is not None
                                 and gt(mins(v) - mins(r["Chip time"]), 4))
    C["q081"] = lambda: rises(SP, splits, mins)
    C["q082"] = lambda: RS.whole(lambda r: t(r["Gender"]) == "f" and t(r["Wave"]) == "a"
                                 and lt(mins(r["Chip time"]), 60))
    C["q083"] = lambda: RS.whole(lambda r: not blank(r["Club"]) and t(r["Gift Aid"]) == "no")
    C["q084"] = lambda: RS.whole(lambda r: t(r["Club"]) in ("riverside harriers", "tri club")
                                 and lt(mins(r["Chip time"]), 50))
    C["q085"] = lambda: RS.whole(lambda r: blank(r["Time 2025"]) and gt(val(r["Raised £"]), 300))
    C["q086"] = lambda: RS.cells("Runner", lambda v, r: age(r["DOB"], RACE) < 15)
    C["q087"] = lambda: RS.cells("DOB", lambda v, r: age(v, RACE) is not None and age(v, RACE) >= 50)
    C["q088"] = lambda: RS.cells("Entered", lambda v, r: d(v) is not None and lt((RACE - d(v)).days, 14))
    C["q089"] = lambda: RS.cells("Entered", lambda v, r: d(v) is not None and lt((d(v) - edate(RACE, -3)).days, 0))
    C["q090"] = lambda: row_best(SP, splits, mins, lowest=True)
    C["q091"] = lambda: SP.cells(splits, lambda v, r: gt(mins(v), 12))
    C["q092"] = lambda: RS.cells(times, lambda v, r: gt(mins(v), 75))
    C["q093"] = lambda: RS.cells("Bib", dup(RS, "Bib"))
    C["q094"] = lambda: RS.cells("Runner", dup(RS, "Runner", t))
    C["q095"] = lambda: top(RS, "Chip time", 5, largest=False, conv=mins)
    C["q096"] = lambda: top(RS, "Raised £", 3)
    C["q097"] = lambda: RS.cells("Runner", lambda v, r: blank(r["Club"]))
    C["q098"] = lambda: RS.whole(lambda r: blank(r["Pledged £"]))
    C["q099"] = lambda: RS.cells("Shirt", lambda v, r: t(v) == "xl")
    C["q100"] = lambda: RS.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- bike_repair
    WK, PS, PQ = T("WK"), T("PS"), T("PQ")
    labour = cell("bike_repair.xlsx", "Workshop", "T2")
    free = cell("bike_repair.xlsx", "Workshop", "T3")
    sups = ["Madison", "Raleigh", "Upgrade"]
    C["q101"] = lambda: WK.cells("Bill", lambda v, r: val(v) is not None and val(v) > num(r["Quote"]))
    C["q102"] = lambda: WK.whole(lambda r: val(r["Bill"]) is not None and gt(val(r["Bill"]) - num(r["Quote"]), 20))
    C["q103"] = lambda: WK.cells("Lab. hrs", lambda v, r: num(v) is not None and num(v) * labour > num(r["Quote"]))
    C["q104"] = lambda: PS.cells("In stock", lambda v, r: num(v) < num(r["Min"]))
    C["q105"] = lambda: PS.cells("Price", lambda v, r: num(v) < 2 * num(r["Cost"]))
    C["q106"] = lambda: WK.cells("Done", lambda v, r: d(v) is not None and d(v) > d(r["Promised"]))
    C["q107"] = lambda: WK.whole(lambda r: t(r["Type"]) == "e-bike" and blank(r["Done"]))
    C["q108"] = lambda: WK.whole(lambda r: t(r["Mechanic"]) in ("dana", "kris") and num(r["Lab. hrs"]) is not None
                                 and num(r["Lab. hrs"]) > 1.5)
    C["q109"] = lambda: WK.whole(lambda r: not blank(r["Done"]) and t(r["Paid?"]) == "n")
    C["q110"] = lambda: WK.whole(lambda r: t(r["Type"]) in ("road", "gravel") and t(r["Work"]) == "full service")
    C["q111"] = lambda: WK.whole(lambda r: d(r["Done"]) is not None and blank(r["Collected"])
                                 and gt(-days(r["Done"]), free))
    C["q112"] = lambda: WK.cells("Booked in", lambda v, r: between(days(v), 0, 7))
    C["q113"] = lambda: WK.cells("Done", lambda v, r: d(v) is not None and gt((d(v) - d(r["Booked in"])).days, 7))
    C["q114"] = lambda: WK.cells("Promised", lambda v, r: blank(r["Done"]) and not_after(days(v), 0))
    C["q115"] = lambda: row_best(PQ, sups, lowest=True)
    C["q116"] = lambda: PQ.cells(sups, lambda v, r: gt(num(v), 20))
    C["q117"] = lambda: PS.cells(["Cost", "Price"], lambda v, r: lt(num(v), 5))
    C["q118"] = lambda: WK.cells("Ticket", dup(WK, "Ticket"))
    C["q119"] = lambda: WK.cells("Customer", lambda v, r: not blank(v) and WK.count("Customer", t)[t(v)] == 1)
    C["q120"] = lambda: top(WK, "Bill", 5)
    C["q121"] = lambda: top(WK, "Bill", 3, largest=False)
    C["q122"] = lambda: WK.cells("Mobile", lambda v, r: blank(v))
    C["q123"] = lambda: WK.cells("Collected", lambda v, r: not blank(r["Done"]) and blank(v))
    C["q124"] = lambda: WK.cells("Bike", lambda v, r: "brompton" in t(v))
    C["q125"] = lambda: WK.cells("Booked in", lambda v, r: d(v) is not None and d(v).weekday() == 5)

    # ---------------- bookshop
    SA, EV, SO = T("SA"), T("EV"), T("SO")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    picks = {t(r["Staff picks"]) for r in T("PK").rows if not blank(r["Staff picks"])}
    C["q126"] = lambda: SA.cells("Nov", lambda v, r: val(v) is not None and val(r["Oct"]) is not None
                                 and val(v) < val(r["Oct"]))
    C["q127"] = lambda: SA.cells("Nov", lambda v, r: num(r["Oct"]) is not None and num(r["Oct"]) > 0
                                 and val(v) >= 2 * num(r["Oct"]))
    C["q128"] = lambda: SA.cells("In stock", lambda v, r: num(v) < val(r["Nov"]))
    C["q129"] = lambda: EV.whole(lambda r: num(r["Tickets"]) > num(r["Capacity"]))
    C["q130"] = lambda: EV.cells("Books sold", lambda v, r: num(v) is not None and lt(num(v), num(r["Tickets"]) / 2))
    C["q131"] = lambda: SA.cells("Cost", lambda v, r: gt(num(v) / num(r["RRP"]), 0.6))
    C["q132"] = lambda: SA.whole(lambda r: t(r["Section"]) in ("crime", "fiction") and num(r["In stock"]) == 0)
    C["q133"] = lambda: SA.whole(lambda r: t(r["Section"]) == "food" and gt(val(r["Nov"]), 20) and blank(r["On order"]))
    C["q134"] = lambda: SO.whole(lambda r: not blank(r["Arrived"]) and blank(r["Collected"]) and num(r["Deposit"]) == 0)
    C["q135"] = lambda: EV.whole(lambda r: t(r["Host"]) == "meg" and mins(r["Start"]) >= 18 * 60)
    C["q136"] = lambda: SO.whole(lambda r: d(r["Arrived"]) is not None and blank(r["Collected"])
                                 and gt(-days(r["Arrived"]), 14))
    C["q137"] = lambda: SA.cells("Title", lambda v, r: d(r["Published"]) is not None and days(r["Published"]) <= 0
                                 and gt((d(r["Published"]) - edate(BUILT, -12)).days, 0))
    C["q138"] = lambda: EV.cells("Date", lambda v, r: between(days(v), 0, 30))
    C["q139"] = lambda: row_best(SA, months, val)
    C["q140"] = lambda: block_top(SA, months, 1)
    C["q141"] = lambda: SA.cells(months, lambda v, r: num(v) is not None and num(v) == 0)
    C["q142"] = lambda: block_top(SA, months, 3)
    C["q143"] = lambda: SA.cells("ISBN", dup(SA, "ISBN"))
    C["q144"] = lambda: SA.cells("Title", lambda v, r: t(v) in picks)
    C["q145"] = lambda: top(SA, "Nov", 5)
    C["q146"] = lambda: top(EV, "Books sold", 3)
    C["q147"] = lambda: SO.whole(lambda r: blank(r["Arrived"]))
    C["q148"] = lambda: SA.cells("Title", lambda v, r: t(v).startswith("the "))
    C["q149"] = lambda: SA.cells("Title", lambda v, r: "harbour" in t(v))
    C["q150"] = lambda: EV.whole(lambda r: weekend(r["Date"]))
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
