"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v17 part AK's crosscheck.py (the helpers, a few added; the checks are this
set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison unless the request makes a
blank mean "nothing" (no subs paid, nothing on order, no deposit held); text tests ignore case
as Excel's "=" and SEARCH do, and a trailing space makes a different text as it does in COUNTIF.

The helpers `gt/lt/le/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive),
and the top-N helpers raise it on a tie across the cut-off.

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


def le(a, b):
    """a <= b where the request leaves the edge vague ("within 14 days"): equality is a boundary."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def ordinal(v):
    x = d(v)
    return None if x is None else x.toordinal()


def col_mean_same(tab, h):
    """A column's mean over real numbers (what AVERAGE sees) and over values (text numbers by
    value); the two must not disagree about any cell's side of the mean."""
    a = mean(tab.values(h, num))
    b = mean(tab.values(h, val))
    for x in tab.values(h, val):
        if (x < a) != (x < b) or (x > a) != (x > b):
            raise Boundary(f"text number moves a cell across the mean of {h}")
    return a


def key_ci(v):
    """COUNTIF-style key: case-insensitive, spaces kept (a trailing space is a different text)."""
    return str(v).lower()


TABLES = {
    "ST": ("used_car_dealership.xlsx", "Stock", "B5:Q45"),
    "TD": ("used_car_dealership.xlsx", "Test drives", "A1:F25"),
    "UN": ("used_car_dealership.xlsx", "Monthly sales", "A3:G9"),
    "GP": ("used_car_dealership.xlsx", "Monthly sales", "I3:O9"),
    "MB": ("scout_troop.xlsx", "Members", "A4:N40"),
    "HK": ("scout_troop.xlsx", "Hikes", "B3:I21"),
    "PP": ("scout_troop.xlsx", "Hikes", "K3:S7"),
    "TN": ("scout_troop.xlsx", "Camp kit", "A2:H14"),
    "CK": ("scout_troop.xlsx", "Camp kit", "A18:E28"),
    "RT": ("bicycle_rental.xlsx", "Rentals", "A3:N47"),
    "FL": ("bicycle_rental.xlsx", "Fleet", "B3:K27"),
    "DY": ("bicycle_rental.xlsx", "Daily", "A3:F35"),
    "OR": ("pottery_supply.xlsx", "Orders", "A4:N44"),
    "IV": ("pottery_supply.xlsx", "Inventory", "B3:K33"),
    "AC": ("pottery_supply.xlsx", "Accounts", "A2:G16"),
    "RS": ("pottery_supply.xlsx", "Accounts", "A20:G25"),
    "WT": ("swimming_pool.xlsx", "Water tests", "B5:J45"),
    "LS": ("swimming_pool.xlsx", "Lessons", "A1:L25"),
    "LG": ("swimming_pool.xlsx", "Staff", "A2:G14"),
    "AT": ("swimming_pool.xlsx", "Attendance", "A4:E34"),
    "JB": ("subtitle_translation.xlsx", "Jobs", "B3:P41"),
    "OU": ("subtitle_translation.xlsx", "Translators", "A2:G10"),
    "QC": ("subtitle_translation.xlsx", "QC", "A3:I27"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}

    # ---------------- used_car_dealership
    ST, TD, UN, GP = T("ST"), T("TD"), T("UN"), T("GP")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    min_margin = cell("used_car_dealership.xlsx", "Stock", "T5")
    aged = cell("used_car_dealership.xlsx", "Stock", "T6")
    C["ap001"] = lambda: ST.cells("Asking ($)", lambda v, r: lt(val(v), 1.2 * num(r["Cost ($)"])))
    C["ap002"] = lambda: ST.cells("Sold for ($)", lambda v, r: num(v) is not None
                                  and val(r["Asking ($)"]) - num(v) >= 500 - 1e-9)
    C["ap003"] = lambda: ST.whole(lambda r: num(r["Sold for ($)"]) is not None
                                  and lt(num(r["Sold for ($)"]) - num(r["Cost ($)"]) - (num(r["Recon ($)"]) or 0),
                                         min_margin))
    C["ap004"] = lambda: ST.cells("Recon ($)", lambda v, r: gt(num(v), 0.15 * num(r["Cost ($)"])))
    C["ap005"] = lambda: ST.cells("Deposit ($)", lambda v, r: lt(num(v), 0.1 * val(r["Asking ($)"])))
    C["ap006"] = lambda: ST.whole(lambda r: t(r["Fuel"]) == "diesel" and gt(num(r["Miles"]), 100000)
                                  and t(r["Status"]) == "av")
    C["ap007"] = lambda: ST.cells("Exec", lambda v, r: t(r["Status"]) == "res" and blank(r["Deposit ($)"]))
    # "registered before 2015" is explicit: a 2015 car is not before 2015
    C["ap008"] = lambda: ST.cells("Stock no", lambda v, r: num(r["Year"]) < 2015 or gt(num(r["Miles"]), 120000))
    C["ap009"] = lambda: ST.whole(lambda r: t(r["Status"]) != "sold" and t(r["Fuel"]) != "petrol")
    C["ap010"] = lambda: TD.whole(lambda r: t(r["Exec"]) == "lorna" and t(r["Outcome"]) == "bought")
    C["ap011"] = lambda: ST.whole(lambda r: t(r["Status"]) != "sold" and lt(days(r["Arrived"]), -aged))
    C["ap012"] = lambda: ST.cells("MOT due", lambda v, r: between(days(v), 0, 30))
    C["ap013"] = lambda: ST.cells("Sold on", lambda v, r: le(gap(v, r["Arrived"]), 14))
    C["ap014"] = lambda: ST.cells("Sold on", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["ap015"] = lambda: TD.cells("Follow-up", lambda v, r: t(r["Outcome"]) == "thinking"
                                  and days(v) is not None and days(v) <= 0)
    # "under 3 cars" on whole numbers is explicit: 3 is not under 3
    C["ap016"] = lambda: UN.cells(months, lambda v, r: num(v) is not None and num(v) < 3)
    C["ap017"] = lambda: col_max(GP, months)
    C["ap018"] = lambda: UN.whole(lambda r: gt(row_sum(r, months), 45))
    C["ap019"] = lambda: GP.cells(months, lambda v, r: lt(num(v), 5000))
    C["ap020"] = lambda: ST.cells("Stock no", dup(ST, "Stock no"))
    C["ap021"] = lambda: TD.cells("Customer", dup(TD, "Customer", key_ci))
    C["ap022"] = lambda: top_v(ST, "Asking ($)", 5)
    C["ap023"] = lambda: top_v(ST, "Miles", 3, largest=False)
    C["ap024"] = lambda: ST.cells("Recon ($)", lambda v, r: blank(v))
    C["ap025"] = lambda: ST.cells("Model", lambda v, r: "estate" in t(v))

    # ---------------- scout_troop
    MB, HK, PP, TN, CK = T("MB"), T("HK"), T("PP"), T("TN"), T("CK")
    weeks = [f"Wk {k}" for k in range(1, 9)]
    per_leader = cell("scout_troop.xlsx", "Hikes", "N10")
    subs = cell("scout_troop.xlsx", "Members", "Q5")
    move_on = cell("scout_troop.xlsx", "Members", "Q6")
    # "exceed leaders x max" compares two quantities: equal is simply not more
    C["ap026"] = lambda: HK.whole(lambda r: num(r["Scouts"]) > num(r["Leaders"]) * per_leader)
    C["ap027"] = lambda: TN.cells("Pegs", lambda v, r: num(v) < num(r["Pegs needed"]))
    C["ap028"] = lambda: HK.cells("Ascent (m)", lambda v, r: gt(num(v) / num(r["Distance (km)"]), 50))
    C["ap029"] = lambda: CK.cells("Qty", lambda v, r: num(r["Min qty"]) - num(v) >= 2)
    C["ap030"] = lambda: HK.cells("Hours", lambda v, r: lt(num(r["Distance (km)"]) / num(v), 3))
    C["ap031"] = lambda: MB.whole(lambda r: t(r["Camp"]) == "y" and blank(r["Medical form"]))
    C["ap032"] = lambda: MB.cells("Name", lambda v, r: t(r["role"]) in ("pl", "apl") and lt(num(r["Badges"]), 5))
    # paid vs the term amount compares two sums of money: paying exactly 45 is simply not less
    C["ap033"] = lambda: MB.cells("Name", lambda v, r: t(r["Camp"]) == "y"
                                  and (val(r["Subs paid ($)"]) or 0) < subs)
    C["ap034"] = lambda: HK.cells("Route", lambda v, r: gt(num(r["Distance (km)"]), 15) or gt(num(r["Ascent (m)"]), 600))
    C["ap035"] = lambda: TN.whole(lambda r: num(r["Sleeps"]) >= 4 and t(r["Condition"]) != "good")
    C["ap036"] = lambda: MB.cells("Medical form", lambda v, r: lt(ordinal(v), edate(BUILT, -12).toordinal()))
    C["ap037"] = lambda: MB.cells("DOB", lambda v, r: d(v) is not None and d(v) <= edate(BUILT, -12 * move_on))
    C["ap038"] = lambda: MB.cells("Joined", lambda v, r: between(days(v), -90, 0))
    C["ap039"] = lambda: TN.cells("Last checked", lambda v, r: lt(ordinal(v), edate(BUILT, -6).toordinal()))
    C["ap040"] = lambda: PP.cells(weeks, lambda v, r: lt(num(v), 10))
    C["ap041"] = lambda: col_max(PP, weeks)
    C["ap042"] = lambda: PP.whole(lambda r: gt(row_sum(r, weeks), 140))
    C["ap043"] = lambda: set().union(*(PP.cells(w, lambda v, r, m=mean(PP.values(w)): lt(num(v), m)) for w in weeks))
    C["ap044"] = lambda: MB.cells("Member no", dup(MB, "Member no"))
    C["ap045"] = lambda: MB.cells("Parent email", dup(MB, "Parent email", key_ci))
    C["ap046"] = lambda: top_v(MB, "Badges", 3)
    C["ap047"] = lambda: MB.cells("Parent email", lambda v, r: blank(v))
    C["ap048"] = lambda: TN.whole(lambda r: blank(r["Last checked"]))
    C["ap049"] = lambda: TN.cells("Condition", lambda v, r: "torn" in t(v))
    C["ap050"] = lambda: HK.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- bicycle_rental
    RT, FL, DY = T("RT"), T("FL"), T("DY")
    grace = cell("bicycle_rental.xlsx", "Rentals", "Q3")
    pay = ["Cash ($)", "Card ($)", "App ($)"]
    C["ap051"] = lambda: RT.cells("Back", lambda v, r: mins(v) is not None and mins(v) > mins(r["Due"]))
    C["ap052"] = lambda: RT.whole(lambda r: mins(r["Back"]) is not None
                                  and gt(round(mins(r["Back"]) - mins(r["Due"])), grace))
    C["ap053"] = lambda: RT.cells("Damage ($)", lambda v, r: num(v) is not None and num(v) > (num(r["Deposit ($)"]) or 0))
    C["ap054"] = lambda: FL.whole(lambda r: num(r["Odometer (km)"]) - num(r["Km at service"]) >= num(r["Service every (km)"]))
    C["ap055"] = lambda: DY.cells("Card ($)", lambda v, r: gt(num(v), 2 * num(r["Cash ($)"])))
    C["ap056"] = lambda: RT.whole(lambda r: t(r["Type"]) == "e-bike" and (num(r["Damage ($)"]) or 0) > 0)
    C["ap057"] = lambda: RT.cells("Ref", lambda v, r: t(r["Paid by"]) == "cash" and blank(r["Deposit ($)"]))
    C["ap058"] = lambda: FL.cells("Bike", lambda v, r: t(r["Status"]) == "workshop" or gt(num(r["Battery cycles"]), 500))
    C["ap059"] = lambda: FL.whole(lambda r: t(r["Status"]) != "retired" and d(r["Bought"]) < dt.date(2022, 1, 1))
    C["ap060"] = lambda: RT.cells("Charged ($)", lambda v, r: t(r["Type"]) in ("kids", "tandem") and gt(val(v), 35))
    C["ap061"] = lambda: FL.cells("Last service", lambda v, r: lt(days(v), -60))
    C["ap062"] = lambda: FL.cells("Bought", lambda v, r: d(v) is not None and days(v) <= 0
                                  and gt(d(v).toordinal(), edate(BUILT, -12).toordinal()))
    C["ap063"] = lambda: RT.whole(lambda r: days(r["Date"]) == 0 and blank(r["Back"]))

    def past_week(v, r):
        x = days(v)
        if x is None:
            return False
        _edge(x, -7)            # "the past 7 days": is the 7th day back in? (no data there)
        return -7 <= x < 0      # today is excluded in so many words
    C["ap064"] = lambda: RT.cells("Date", past_week)
    C["ap065"] = lambda: DY.cells(pay, lambda v, r: gt(num(v), 200))
    C["ap066"] = lambda: DY.whole(lambda r: lt(row_sum(r, pay), 100))
    C["ap067"] = lambda: col_max(DY, pay)
    C["ap068"] = lambda: FL.whole(lambda r: t(r["Status"]) == "retired")
    C["ap069"] = lambda: RT.cells("Ref", dup(RT, "Ref"))
    C["ap070"] = lambda: top_v(RT, "Charged ($)", 3)
    C["ap071"] = lambda: top_v(DY, "Rentals", 3, largest=False)
    C["ap072"] = lambda: RT.whole(lambda r: blank(r["Paid by"]))
    C["ap073"] = lambda: RT.cells("notes", lambda v, r: "puncture" in t(v))
    C["ap074"] = lambda: DY.whole(lambda r: weekend(r["Date"]))
    C["ap075"] = lambda: RT.whole(lambda r: (r.r - 4) % 2 == 0)

    # ---------------- pottery_supply
    OR, IV, AC, RS = T("OR"), T("IV"), T("AC"), T("RS")
    freight = cell("pottery_supply.xlsx", "Orders", "Q4")
    C["ap076"] = lambda: IV.cells("On hand", lambda v, r: num(v) < num(r["Reorder at"]))
    C["ap077"] = lambda: IV.cells("List ($)", lambda v, r: lt((num(v) - num(r["Cost ($)"])) / num(v), 0.3))
    C["ap078"] = lambda: AC.whole(lambda r: num(r["Balance ($)"]) > num(r["Credit limit ($)"]))
    C["ap079"] = lambda: OR.cells("Shipped", lambda v, r: d(v) is not None and d(v) > d(r["Ship by"]))
    C["ap080"] = lambda: AC.cells("Balance ($)", lambda v, r: num(v) / num(r["Credit limit ($)"]) >= 0.8 - 1e-12)
    C["ap081"] = lambda: OR.whole(lambda r: num(r["Qty"]) >= 20 and (num(r["Disc %"]) or 0) == 0)
    C["ap082"] = lambda: IV.whole(lambda r: t(r["Type"]) == "glaze" and num(r["Cone"]) == 6 and lt(num(r["On hand"]), 10))
    C["ap083"] = lambda: IV.whole(lambda r: (num(r["On order"]) or 0) == 0 and num(r["On hand"]) < num(r["Reorder at"]))
    C["ap084"] = lambda: OR.cells("Order #", lambda v, r: t(r["Rep"]) == "dana" or gt(val(r["Total ($)"]), 1000))
    C["ap085"] = lambda: AC.cells("Customer", lambda v, r: t(r["Type"]) != "hobby shop" and gt(num(r["Balance ($)"]), 2000))
    C["ap086"] = lambda: OR.cells("Inv. due", lambda v, r: lt(days(v), 0) and blank(r["Paid on"]))
    C["ap087"] = lambda: OR.cells("Shipped", lambda v, r: gt(gap(v, r["Ordered"]), 5))
    C["ap088"] = lambda: IV.whole(lambda r: lt(ordinal(r["Last sold"]), edate(BUILT, -6).toordinal()))
    C["ap089"] = lambda: OR.cells("Ship by", lambda v, r: between(days(v), 0, 7) and blank(r["Shipped"]))
    C["ap090"] = lambda: RS.cells(months, lambda v, r: lt(num(v), 8000))
    C["ap091"] = lambda: row_ext(RS, months)
    C["ap092"] = lambda: RS.whole(lambda r: gt(row_sum(r, months), 90000))
    C["ap093"] = lambda: OR.whole(lambda r: gt(val(r["Total ($)"]), freight))
    C["ap094"] = lambda: set().union(*(RS.cells(m, lambda v, r, a=mean(RS.values(m)): gt(num(v), a)) for m in months))
    C["ap095"] = lambda: OR.cells("Order #", dup(OR, "Order #"))

    def repeat_orders():
        c = Counter((key_ci(r["Customer"]), key_ci(r["SKU"])) for r in OR.rows)
        return OR.whole(lambda r: c[(key_ci(r["Customer"]), key_ci(r["SKU"]))] > 1)
    C["ap096"] = repeat_orders
    C["ap097"] = lambda: top_v(OR, "Total ($)", 5)
    C["ap098"] = lambda: top_v(IV, "List ($)", 3, largest=False)
    C["ap099"] = lambda: OR.cells("Rep", lambda v, r: blank(v))
    C["ap100"] = lambda: IV.cells("Description", lambda v, r: "stoneware" in t(v))

    # ---------------- swimming_pool
    WT, LS, LG, AT = T("WT"), T("LS"), T("LG"), T("AT")
    ph_min, ph_max, cl_min, cl_max = (cell("swimming_pool.xlsx", "Water tests", f"M{k}") for k in (5, 6, 7, 8))
    ages = ["Adults", "Juniors", "Seniors"]
    C["ap101"] = lambda: WT.cells("Total Cl", lambda v, r: gt(round(num(v) - num(r["Free Cl"]), 2), 0.5))
    C["ap102"] = lambda: LS.whole(lambda r: num(r["Enrolled"]) > num(r["Cap."]))
    C["ap103"] = lambda: LS.cells("Waitlist", lambda v, r: num(v) >= num(r["Cap."]) / 2)
    C["ap104"] = lambda: LG.cells("Hrs (Nov)", lambda v, r: gt(num(v) - num(r["Contract hrs"]), 10))
    C["ap105"] = lambda: AT.cells("Juniors", lambda v, r: val(v) > num(r["Adults"]))
    C["ap106"] = lambda: WT.whole(lambda r: lt(val(r["pH"]), ph_min) or gt(val(r["pH"]), ph_max)
                                  or lt(num(r["Free Cl"]), cl_min) or gt(num(r["Free Cl"]), cl_max))
    C["ap107"] = lambda: WT.cells("Temp (°C)", lambda v, r: t(r["Pool"]) == "main" and gt(num(v), 29))
    C["ap108"] = lambda: LS.cells("Class", lambda v, r: t(r["Day"]) == "sat" and num(r["Waitlist"]) == 0)
    C["ap109"] = lambda: LG.cells("Name", lambda v, r: num(r["Contract hrs"]) > 0 and lt(num(r["Hrs (Nov)"]), 20))
    C["ap110"] = lambda: LS.whole(lambda r: t(r["Instructor"]) in ("kate", "sam") and t(r["Day"]) in ("sat", "sun"))
    C["ap111"] = lambda: LG.cells("NPLQ expires", lambda v, r: between(days(v), 0, 60))
    C["ap112"] = lambda: LG.cells("First aid exp.", lambda v, r: days(v) is not None and days(v) <= 0)
    C["ap113"] = lambda: LS.cells("Term start", lambda v, r: gt((d(v) + dt.timedelta(days=7 * num(r["Weeks"]))).toordinal(),
                                                               dt.date(2026, 12, 25).toordinal()))
    C["ap114"] = lambda: LG.cells("Last CPR drill", lambda v, r: lt(ordinal(v), edate(BUILT, -3).toordinal()))
    C["ap115"] = lambda: AT.cells(ages, lambda v, r: gt(val(v), 150))
    C["ap116"] = lambda: AT.whole(lambda r: gt(row_sum(r, ages), 300))
    C["ap117"] = lambda: set().union(*(AT.cells(h, lambda v, r, m=col_mean_same(AT, h): lt(val(v), m)) for h in ages))
    C["ap118"] = lambda: LG.cells(["NPLQ expires", "First aid exp."], lambda v, r: days(v) is not None and days(v) < 0)

    def double_booked():
        k = lambda r: (t(r["Day"]), mins(r["Start"]), key_ci(r["Instructor"]))
        c = Counter(k(r) for r in LS.rows)
        return LS.whole(lambda r: c[k(r)] > 1)
    C["ap119"] = double_booked
    C["ap120"] = lambda: top_v(AT, "Adults", 3)
    C["ap121"] = lambda: top_v(WT, "Temp (°C)", 3, largest=False)
    C["ap122"] = lambda: WT.whole(lambda r: blank(r["tested by"]))
    C["ap123"] = lambda: LS.cells("Class", lambda v, r: "aqua" in t(v))
    C["ap124"] = lambda: LS.cells("Level", lambda v, r: t(v).startswith("stage"))
    C["ap125"] = lambda: AT.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() in (1, 3))

    # ---------------- subtitle_translation
    JB, OU, QC = T("JB"), T("OU"), T("QC")
    cps = cell("subtitle_translation.xlsx", "Jobs", "S3")
    wk = ["W44", "W45", "W46", "W47", "W48"]
    C["ap126"] = lambda: JB.cells("Fee ($)", lambda v, r: round(val(v), 2) != round(num(r["Runtime (min)"]) * num(r["Rate ($/min)"]), 2))
    C["ap127"] = lambda: JB.cells("Lines", lambda v, r: gt(num(v) / num(r["Runtime (min)"]), 12))
    C["ap128"] = lambda: QC.cells("Errors", lambda v, r: gt(num(v) / num(r["Lines"]) * 100, 2))
    C["ap129"] = lambda: falls_at_least(OU, wk, 100, num)
    C["ap130"] = lambda: OU.cells("W48", lambda v, r: num(v) < num(r["Target"]))
    C["ap131"] = lambda: JB.whole(lambda r: t(r["Lang"]) == "en>de" and t(r["Translator"]) != "anke")
    C["ap132"] = lambda: JB.whole(lambda r: t(r["Status"]) == "delivered" and gt(num(r["Max CPS"]), cps))
    C["ap133"] = lambda: JB.cells("Title", lambda v, r: t(r["Client"]) in ("northlight", "bravo tv")
                                  and gt(num(r["Runtime (min)"]), 60))
    # "more than 3" slips is explicit on whole-number counts: 3 is not more than 3
    C["ap134"] = lambda: QC.cells("Job ID", lambda v, r: num(r["Timing errs"]) > 3 or num(r["Spelling"]) > 3)
    C["ap135"] = lambda: JB.whole(lambda r: not blank(r["Delivered"]) and blank(r["Invoiced"]))
    C["ap136"] = lambda: JB.cells("Due", lambda v, r: between(days(v), 0, 3) and blank(r["Delivered"]))
    C["ap137"] = lambda: JB.cells("Delivered", lambda v, r: gt(gap(v, r["Due"]), 2))
    C["ap138"] = lambda: JB.cells("Received", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 12))
    C["ap139"] = lambda: JB.cells("Invoiced", lambda v, r: lt(days(v), -30))
    C["ap140"] = lambda: OU.cells(wk, lambda v, r: lt(num(v), 600))
    C["ap141"] = lambda: OU.whole(lambda r: lt(mean(num(r[w]) for w in wk if num(r[w]) is not None), num(r["Target"])))
    C["ap142"] = lambda: col_min(OU, wk)
    C["ap143"] = lambda: QC.whole(lambda r: lt(num(r["Score"]), 90))
    C["ap144"] = lambda: JB.cells("Job ID", dup(JB, "Job ID"))
    C["ap145"] = lambda: JB.cells("Translator", lambda v, r: not blank(v) and JB.count("Translator", key_ci)[key_ci(v)] == 1)
    C["ap146"] = lambda: top_v(JB, "Fee ($)", 3)
    C["ap147"] = lambda: JB.cells("Title", lambda v, r: blank(r["Translator"]))
    C["ap148"] = lambda: QC.whole(lambda r: blank(r["Reviewer"]))
    C["ap149"] = lambda: JB.cells("Lang", lambda v, r: str(v).upper().endswith("FR"))
    C["ap150"] = lambda: JB.cells("Due", lambda v, r: weekend(v))
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
    if bad:
        print(f"{len(data['requests'])} requests, {bad} problems")
    else:
        print(f"all {len(data['requests'])} agree")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
