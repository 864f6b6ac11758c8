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
    "JB": ("phone_repairs.xlsx", "Jobs", "B4:N44"),
    "PT": ("phone_repairs.xlsx", "Parts", "A1:H25"),
    "OD": ("sawmill_orders.xlsx", "Orders", "A5:M47"),
    "LG": ("sawmill_orders.xlsx", "Output", "A2:H10"),
    "SW": ("sawmill_orders.xlsx", "Output", "A14:G22"),
    "BK": ("tyre_fitting.xlsx", "Bookings", "A3:M45"),
    "ST": ("tyre_fitting.xlsx", "Stock", "A2:D16"),
    "WK": ("tyre_fitting.xlsx", "Stock", "G2:L16"),
    "PA": ("vet_vaccinations.xlsx", "Patients", "A4:M46"),
    "WC": ("vet_vaccinations.xlsx", "Weight clinic", "A3:G17"),
    "PI": ("warehouse_picking.xlsx", "Picks", "A4:M48"),
    "RT": ("warehouse_picking.xlsx", "Rates", "A2:G16"),
    "MB": ("yoga_studio.xlsx", "Members", "B3:M43"),
    "CL": ("yoga_studio.xlsx", "Classes", "A1:J29"),
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


def col_min(tab, heads):
    """The lowest number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = min(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def row_ext(tab, heads, fn=max):
    """Per row, the cells of `heads` equal to the row's highest (fn=max) or lowest (fn=min) number."""
    def pred(v, r):
        got = [num(r[h]) for h in heads if num(r[h]) is not None]
        return num(v) is not None and num(v) == fn(got)
    return tab.cells(heads, pred)


def block_min(tab, heads):
    m = min(x for h in heads for x in tab.values(h))
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) == m)


def age(v):
    """Whole years from a real date of birth to BUILT (text dates are not dates)."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def upto(a, hi):
    """0 <= a <= hi where the request says 'today included' (0 may be hit), hi not hit exactly."""
    return a is not None and a >= 0 and not gt(a, hi)


def falls(tab, heads, pct):
    """Cells more than `pct` below the cell to their left (numbers stored as text count)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: val(v) is not None and val(r[p]) is not None
                         and gt(1 - val(v) / val(r[p]), pct))
    return out


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- phone_repairs
    JB, PT = T("JB"), T("PT")
    approval = cell("phone_repairs.xlsx", "Jobs", "Q4")
    warranty = cell("phone_repairs.xlsx", "Jobs", "Q5")
    money = ["Quote ($)", "Parts cost", "Labour (min)"]
    C["x001"] = lambda: JB.whole(lambda r: val(r["Parts cost"]) is not None and val(r["Quote ($)"]) is not None
                                 and val(r["Parts cost"]) > val(r["Quote ($)"]))
    C["x002"] = lambda: JB.cells("Quote ($)", lambda v, r: gt(val(v), approval))
    C["x003"] = lambda: JB.cells("Parts cost", lambda v, r: num(v) is not None and val(r["Quote ($)"]) is not None
                                 and gt(num(v), 0.5 * val(r["Quote ($)"])))
    C["x004"] = lambda: PT.cells("On hand", lambda v, r: val(v) is not None and val(v) <= num(r["Reorder at"]))
    C["x005"] = lambda: JB.cells("Quote ($)", lambda v, r: num(r["Parts cost"]) is not None
                                 and lt(val(v) - num(r["Parts cost"]), 45))
    C["x006"] = lambda: JB.whole(lambda r: t(r["Status"]) == "returned" and t(r["Paid?"]) != "yes")
    C["x007"] = lambda: JB.whole(lambda r: t(r["Tech"]) == "olu" and t(r["Status"]) in ("waiting parts", "in repair"))
    C["x008"] = lambda: JB.whole(lambda r: t(r["Fault"]) in ("screen", "back glass") and gt(val(r["Quote ($)"]), 150))
    C["x009"] = lambda: JB.whole(lambda r: t(r["Status"]) != "returned" and gt(num(r["Labour (min)"]), 100))
    C["x010"] = lambda: JB.cells("Fault", lambda v, r: t(v) == "software" and (num(r["Parts cost"]) or 0) > 0)
    C["x011"] = lambda: JB.whole(lambda r: d(r["Returned"]) and d(r["Promised"]) and d(r["Returned"]) > d(r["Promised"]))
    C["x012"] = lambda: JB.cells("Promised", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Returned"]))
    C["x013"] = lambda: JB.cells("Ticket", lambda v, r: blank(r["Returned"]) and days(r["Booked in"]) is not None
                                 and gt(-days(r["Booked in"]), 21))
    C["x014"] = lambda: JB.cells("Returned", lambda v, r: between(days(v), -warranty, 0))
    C["x015"] = lambda: PT.cells("Last ordered", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["x016"] = lambda: JB.cells(money, lambda v, r: blank(v))
    C["x017"] = lambda: JB.cells(money, lambda v, r: isinstance(v, str))
    C["x018"] = lambda: col_max(JB, money)
    C["x019"] = lambda: JB.cells("Ticket", dup(JB, "Ticket"))
    C["x020"] = lambda: JB.cells("Customer", dup(JB, "Customer", t))
    C["x021"] = lambda: top(JB, "Quote ($)", 3)
    C["x022"] = lambda: JB.cells("Tech", lambda v, r: blank(v))
    C["x023"] = lambda: JB.whole(lambda r: blank(r["Customer"]))
    C["x024"] = lambda: JB.cells("Device", lambda v, r: "iphone" in t(v) or "ipad" in t(v))
    C["x025"] = lambda: JB.cells("Booked in", lambda v, r: weekend(v))

    # ---------------- sawmill_orders
    OD, LG, SW = T("OD"), T("LG"), T("SW")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    moist = cell("sawmill_orders.xlsx", "Orders", "C3")
    C["x026"] = lambda: OD.cells("Moisture %", lambda v, r: gt(num(v), moist))
    C["x027"] = lambda: OD.cells("Order value", lambda v, r: abs(val(r["Vol m3"]) * num(r["Rate/m3"]) - num(v)) > 0.005)
    C["x028"] = lambda: LG.cells(months, lambda v, r: val(v) is not None and val(v) < num(r["Budget/mo"]))
    C["x029"] = lambda: drops(SW, months)
    C["x030"] = lambda: LG.cells("Nov", lambda v, r: num(v) is not None and gt(num(v) / num(r["Budget/mo"]), 1.2))
    C["x031"] = lambda: OD.whole(lambda r: t(r["Species"]) == "oak" and val(r["Vol m3"]) is not None
                                 and val(r["Vol m3"]) >= 5)
    C["x032"] = lambda: OD.whole(lambda r: t(r["Use"]) == "joinery" and gt(num(r["Moisture %"]), 0.18))
    C["x033"] = lambda: OD.whole(lambda r: blank(r["Dispatched"]) and t(r["Client"]) in ("fenwick homes", "ashdown joinery"))
    C["x034"] = lambda: OD.whole(lambda r: t(r["Use"]) != "fencing" and gt(num(r["Order value"]), 5000))
    C["x035"] = lambda: LG.cells("Species", lambda v, r: num(r["Oct"]) is not None and num(r["Nov"]) is not None
                                 and num(r["Oct"]) < num(r["Budget/mo"]) and num(r["Nov"]) < num(r["Budget/mo"]))
    C["x036"] = lambda: OD.whole(lambda r: d(r["Dispatched"]) and d(r["Dispatch by"])
                                 and d(r["Dispatched"]) > d(r["Dispatch by"]))
    C["x037"] = lambda: OD.cells("Dispatch by", lambda v, r: blank(r["Dispatched"]) and upto(days(v), 7))
    C["x038"] = lambda: OD.cells("Ordered", lambda v, r: blank(r["Dispatched"]) and days(v) is not None
                                 and gt(-days(v), 42))
    C["x039"] = lambda: OD.cells("Dispatch by", lambda v, r: d(v) and d(r["Ordered"])
                                 and (d(v) - d(r["Ordered"])).days >= 28)
    C["x040"] = lambda: block_top(LG, months, 5)
    C["x041"] = lambda: row_ext(SW, months, max)
    C["x042"] = lambda: SW.cells(months, lambda v, r: lt(num(v), 30))
    C["x043"] = lambda: LG.whole(lambda r: any(blank(r[m]) for m in months))
    C["x044"] = lambda: col_min(LG, months)
    C["x045"] = lambda: OD.cells("Order ref", dup(OD, "Order ref"))
    C["x046"] = lambda: rows_of(OD, top(OD, "Order value", 3))
    C["x047"] = lambda: top(OD, "Order value", 5, largest=False)
    C["x048"] = lambda: OD.cells("Moisture %", lambda v, r: blank(v))
    C["x049"] = lambda: OD.cells("Client", lambda v, r: "timber" in t(v) or "joinery" in t(v))
    C["x050"] = lambda: OD.whole(lambda r: (r.r - 6) % 2 == 0)

    # ---------------- tyre_fitting
    BK, ST, WK = T("BK"), T("ST"), T("WK")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    legal = cell("tyre_fitting.xlsx", "Bookings", "P3")
    C["x051"] = lambda: BK.cells("Tread (mm)", lambda v, r: lt(num(v), legal))
    C["x052"] = lambda: BK.cells("Total", lambda v, r: abs(val(r["Qty"]) * num(r["Price each"]) - num(v)) > 0.005)
    C["x053"] = lambda: ST.cells("On hand", lambda v, r: num(v) < num(r["Min"]))
    C["x054"] = lambda: WK.cells("Wk 48", lambda v, r: num(v) is not None and num(r["Wk 47"]) is not None
                                 and num(v) > num(r["Wk 47"]))
    C["x055"] = lambda: ST.whole(lambda r: (num(r["On hand"]) or 0) + (num(r["On order"]) or 0) < num(r["Min"]))
    C["x056"] = lambda: BK.whole(lambda r: t(r["Brand"]) == "budget pro" and val(r["Qty"]) == 4)
    C["x057"] = lambda: BK.whole(lambda r: num(r["Bay"]) == 3 and blank(r["Fitter"]))
    C["x058"] = lambda: BK.whole(lambda r: lt(num(r["Tread (mm)"]), 2) and val(r["Qty"]) <= 2)
    C["x059"] = lambda: BK.cells("Price each", lambda v, r: t(r["Brand"]) in ("michelin", "pirelli") and gt(num(v), 150))
    C["x060"] = lambda: ST.cells("Size", lambda v, r: num(r["On hand"]) < num(r["Min"]) and not num(r["On order"]))
    C["x061"] = lambda: BK.cells("Date", lambda v, r: upto(days(v), 7))
    C["x062"] = lambda: BK.cells("Date", lambda v, r: days(v) is not None and days(v) <= 0 and not lt(days(v), -14))
    C["x063"] = lambda: BK.cells("Booking", lambda v, r: between(days(r["Date"]), -30, -10))
    C["x064"] = lambda: BK.whole(lambda r: d(r["Date"]) is not None and (d(r["Date"]).year, d(r["Date"]).month) == (2026, 11))
    C["x065"] = lambda: block_top(WK, weeks, 4)
    C["x066"] = lambda: WK.cells(weeks, lambda v, r: num(v) == 0)
    C["x067"] = lambda: row_ext(WK, weeks, max)
    C["x068"] = lambda: WK.whole(lambda r: any(blank(r[w]) for w in weeks))
    C["x069"] = lambda: BK.cells("Reg", dup(BK, "Reg", t))
    C["x070"] = lambda: BK.cells("Booking", dup(BK, "Booking"))
    C["x071"] = lambda: top(BK, "Total", 2)
    C["x072"] = lambda: top(BK, "Total", 3, largest=False)
    C["x073"] = lambda: BK.whole(lambda r: blank(r["Customer"]))
    C["x074"] = lambda: BK.cells("Tyre size", lambda v, r: "r18" in t(v) or "r19" in t(v))
    C["x075"] = lambda: BK.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)

    # ---------------- vet_vaccinations
    PA, WC = T("PA"), T("WC")
    wm = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    tol = cell("vet_vaccinations.xlsx", "Weight clinic", "J1")
    C["x076"] = lambda: WC.cells("Pet", lambda v, r: num(r["Nov"]) is not None and num(r["Nov"]) <= num(r["Target kg"]))
    C["x077"] = lambda: drops(WC, wm)
    C["x078"] = lambda: WC.cells("Nov", lambda v, r: num(v) is not None and num(r["Jul"]) is not None
                                 and gt(1 - num(v) / num(r["Jul"]), 0.10))
    C["x079"] = lambda: PA.cells("Booster due", lambda v, r: d(v) and d(r["Last vacc."]) and d(v) < d(r["Last vacc."]))
    C["x080"] = lambda: WC.cells("Nov", lambda v, r: gt(num(v), num(r["Target kg"]) + tol))
    C["x081"] = lambda: PA.whole(lambda r: t(r["Species"]) == "dog" and t(r["Neutered"]) == "n"
                                 and gt(val(r["Wt (kg)"]), 20))
    C["x082"] = lambda: PA.whole(lambda r: t(r["Species"]) in ("cat", "rabbit") and t(r["Vet"]) == "dr amos")
    C["x083"] = lambda: PA.cells("Owner", lambda v, r: days(r["Booster due"]) is not None and days(r["Booster due"]) < 0
                                 and blank(r["Reminder sent"]))
    C["x084"] = lambda: PA.cells("Pet ID", lambda v, r: blank(r["Phone"]) or blank(r["Vet"]))
    C["x085"] = lambda: PA.whole(lambda r: t(r["Species"]) == "rabbit" and lt(val(r["Wt (kg)"]), 2)
                                 and t(r["Breed"]) != "netherland dwarf")
    C["x086"] = lambda: PA.cells("Booster due", lambda v, r: upto(days(v), 30))
    C["x087"] = lambda: PA.cells("Pet name", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) >= 10)
    C["x088"] = lambda: PA.cells("Reminder sent", lambda v, r: d(v) and d(r["Booster due"])
                                 and lt((d(r["Booster due"]) - d(v)).days, 21))
    C["x089"] = lambda: PA.cells("Last vacc.", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -13)).days, 0))
    C["x090"] = lambda: PA.cells("Booster due", lambda v, r: d(r["Last vacc."]) is not None
                                 and d(v) != edate(d(r["Last vacc."]), 12))
    C["x091"] = lambda: WC.cells(wm, lambda v, r: num(v) is not None and gt(num(v) - num(r["Target kg"]), 5.5))
    C["x092"] = lambda: row_ext(WC, wm, min)
    C["x093"] = lambda: WC.whole(lambda r: any(blank(r[m]) for m in wm))
    C["x094"] = lambda: block_top(WC, wm, 3)
    C["x095"] = lambda: PA.cells("Pet ID", dup(PA, "Pet ID"))
    C["x096"] = lambda: PA.cells("Pet name", dup(PA, "Pet name", t))
    C["x097"] = lambda: top(PA, "Wt (kg)", 5)
    C["x098"] = lambda: PA.cells("Owner", lambda v, r: blank(r["Phone"]))
    C["x099"] = lambda: PA.cells("Breed", lambda v, r: "collie" in t(v))
    C["x100"] = lambda: PA.cells("Species", lambda v, r: isinstance(v, str) and v.strip() != "" and v == v.lower())

    # ---------------- warehouse_picking
    PI, RT = T("PI"), T("RT")
    cutoff = mins(cell("warehouse_picking.xlsx", "Picks", "P4"))
    max_carton = cell("warehouse_picking.xlsx", "Picks", "P5")
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["x101"] = lambda: PI.cells("Picked at", lambda v, r: gt(mins(v), cutoff))
    C["x102"] = lambda: PI.cells("Units", lambda v, r: gt(val(v) / num(r["Lines"]), 4))
    C["x103"] = lambda: RT.cells("Wk 48", lambda v, r: num(v) is not None and num(v) < num(r["Target/hr"]))
    C["x104"] = lambda: falls(RT, wks, 0.10)
    C["x105"] = lambda: PI.cells("Weight kg", lambda v, r: gt(num(v), max_carton))
    C["x106"] = lambda: PI.whole(lambda r: t(r["Priority"]) == "same day" and blank(r["Shipped"]))
    C["x107"] = lambda: PI.whole(lambda r: t(r["Zone"]) == "mezz" and (num(r["Errors"]) or 0) >= 2)
    C["x108"] = lambda: PI.whole(lambda r: gt(num(r["Lines"]), 10) and t(r["Carrier"]) in ("royal mail", "dpd"))
    C["x109"] = lambda: PI.cells("ORDER NO", lambda v, r: t(r["Priority"]) != "std" and (num(r["Errors"]) or 0) > 0)
    C["x110"] = lambda: PI.whole(lambda r: t(r["Picker"]) in ("deepa", "callum") and lt(num(r["Weight kg"]), 5))
    C["x111"] = lambda: PI.whole(lambda r: d(r["Shipped"]) and d(r["Ship by"]) and d(r["Shipped"]) > d(r["Ship by"]))
    C["x112"] = lambda: PI.cells("Ship by", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Shipped"]))
    C["x113"] = lambda: PI.cells("Ship by", lambda v, r: days(v) in (0, 1) and blank(r["Shipped"]))
    C["x114"] = lambda: PI.cells("Picked at", lambda v, r: mins(v) is not None and gt(mins(v) - mins(r["Released"]), 120))
    C["x115"] = lambda: RT.cells(wks, lambda v, r: lt(val(v), 80))
    C["x116"] = lambda: row_ext(RT, wks, max)
    C["x117"] = lambda: RT.whole(lambda r: all(val(r[w]) is not None and val(r[w]) >= num(r["Target/hr"]) for w in wks))
    C["x118"] = lambda: block_min(RT, wks)
    C["x119"] = lambda: PI.cells("ORDER NO", dup(PI, "ORDER NO"))
    C["x120"] = lambda: top(PI, "Weight kg", 3)
    C["x121"] = lambda: top(PI, "Units", 4)
    C["x122"] = lambda: PI.whole(lambda r: blank(r["Picked at"]))
    C["x123"] = lambda: PI.cells("Picker", lambda v, r: blank(v))
    C["x124"] = lambda: PI.cells("Zone", lambda v, r: isinstance(v, str) and v != v.strip())
    C["x125"] = lambda: PI.cells("Ship by", lambda v, r: d(v) is not None and d(v).weekday() == 0)

    # ---------------- yoga_studio
    MB, CL = T("MB"), T("CL")
    low = cell("yoga_studio.xlsx", "Members", "P3")
    visits = ["Oct visits", "Nov visits"]
    C["x126"] = lambda: MB.cells("Nov visits", lambda v, r: num(v) < num(r["Oct visits"]))
    C["x127"] = lambda: MB.cells("Paid ($)", lambda v, r: val(v) is not None and val(v) < num(r["Fee/mo"]))
    C["x128"] = lambda: CL.whole(lambda r: num(r["Booked"]) > num(r["Cap."]))
    C["x129"] = lambda: CL.cells("Attended", lambda v, r: num(v) is not None and num(r["Booked"]) - num(v) >= 3)
    C["x130"] = lambda: MB.cells("Member", lambda v, r: num(r["Nov visits"]) <= low)
    C["x131"] = lambda: MB.whole(lambda r: t(r["Plan"]) == "unlimited" and lt(num(r["Nov visits"]), 4))
    C["x132"] = lambda: MB.whole(lambda r: not blank(r["Injuries / notes"]) and t(r["Intro?"]) == "no")
    C["x133"] = lambda: CL.whole(lambda r: t(r["Class"]) in ("hot power", "vinyasa flow") and t(r["Teacher"]) == "mariko")
    C["x134"] = lambda: MB.whole(lambda r: t(r["Plan"]) != "unlimited" and num(r["Nov visits"]) >= 10)
    C["x135"] = lambda: CL.cells("Class", lambda v, r: t(r["Room"]) == "studio 2" and mins(r["Start"]) >= 18 * 60)
    C["x136"] = lambda: MB.cells("Renews", lambda v, r: upto(days(v), 14))
    C["x137"] = lambda: MB.cells("Member", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 18)
    C["x138"] = lambda: MB.cells("Joined", lambda v, r: between(days(v), -90, 0))
    C["x139"] = lambda: MB.cells(visits, lambda v, r: num(v) == 0)
    C["x140"] = lambda: block_top(MB, visits, 3)
    C["x141"] = lambda: CL.cells(["Booked", "Attended"], lambda v, r: num(v) is not None and num(v) > num(r["Cap."]))
    C["x142"] = lambda: MB.whole(lambda r: blank(r["DOB"]) or blank(r["Email"]))
    C["x143"] = lambda: col_max(CL, ["Cap.", "Booked", "Attended"])
    C["x144"] = lambda: MB.cells("Member", dup(MB, "Member", t))
    C["x145"] = lambda: MB.cells("Email", dup(MB, "Email", t))
    C["x146"] = lambda: (lambda hot: MB.cells("Member", lambda v, r: f"I{r.r}" in hot))(top(MB, "Nov visits", 3))
    C["x147"] = lambda: rows_of(CL, top(CL, "Attended", 2, largest=False))
    C["x148"] = lambda: MB.cells("Email", lambda v, r: blank(v))
    C["x149"] = lambda: MB.cells("Injuries / notes", lambda v, r: "back" in t(v))
    C["x150"] = lambda: CL.whole(lambda r: weekend(r["Date"]))
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
