"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v17 part AK's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive), and
`top_v` raises it on a tie across a top-N / bottom-N cut-off.

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



def per_cell(tab, heads, pred):
    """Like Table.cells, but the predicate also gets the header: pred(v, row, head)."""
    out = set()
    for h in heads:
        out |= tab.cells(h, lambda v, r, h=h: pred(v, r, h))
    return out


def in_month(v, y, m) -> bool:
    x = d(v)
    return x is not None and (x.year, x.month) == (y, m)


def before(v, when: dt.date) -> bool:
    """A real date strictly before `when` (a date exactly on `when` is a boundary)."""
    x = d(v)
    return x is not None and lt(x.toordinal(), when.toordinal())


TABLES = {
    "ST": ("farm_shop.xlsx", "Stock", "B5:N45"),
    "TK": ("farm_shop.xlsx", "Takings", "A4:G14"),
    "FF": ("farm_shop.xlsx", "Takings", "I4:L18"),
    "OR": ("farm_shop.xlsx", "Orders", "A1:K33"),
    "BE": ("craft_beer_festival.xlsx", "Beers", "A4:N46"),
    "VO": ("craft_beer_festival.xlsx", "Volunteers", "B3:K35"),
    "LF": ("craft_beer_festival.xlsx", "Last year", "A2:F9"),
    "LS": ("craft_beer_festival.xlsx", "Last year", "A13:F20"),
    "FL": ("school_bus_contractor.xlsx", "Fleet", "A5:N35"),
    "RO": ("school_bus_contractor.xlsx", "Routes", "B5:O33"),
    "DR": ("school_bus_contractor.xlsx", "Drivers", "A1:I27"),
    "PU": ("school_bus_contractor.xlsx", "Punctuality", "A3:E17"),
    "BD": ("school_bus_contractor.xlsx", "Punctuality", "A21:F39"),
    "BN": ("orchid_nursery.xlsx", "Benches", "B3:P41"),
    "CL": ("orchid_nursery.xlsx", "Climate", "A4:G34"),
    "MO": ("orchid_nursery.xlsx", "Mail orders", "A1:K31"),
    "ME": ("climbing_gym.xlsx", "Members", "A5:N45"),
    "CK": ("climbing_gym.xlsx", "Check-ins", "A3:G33"),
    "BO": ("climbing_gym.xlsx", "Routes", "A2:H24"),
    "RR": ("climbing_gym.xlsx", "Routes", "A28:H44"),
    "MA": ("law_firm_billing.xlsx", "Matters", "B4:O42"),
    "IV": ("law_firm_billing.xlsx", "Invoices", "A2:I38"),
    "T27": ("law_firm_billing.xlsx", "Time", "A2:G9"),
    "T20": ("law_firm_billing.xlsx", "Time", "A13:G20"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- farm_shop
    ST, TK, FF, OR = T("ST"), T("TK"), T("FF"), T("OR")
    min_markup = cell("farm_shop.xlsx", "Stock", "Q5")
    miles_limit = cell("farm_shop.xlsx", "Stock", "Q6")
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["aq001"] = lambda: ST.cells("Price (£)", lambda v, r: lt((val(v) - num(r["Cost (£)"])) / num(r["Cost (£)"]), min_markup))
    C["aq002"] = lambda: ST.whole(lambda r: num(r["Reorder lvl"]) is not None and val(r["On hand"]) <= num(r["Reorder lvl"]))
    C["aq003"] = lambda: TK.cells("Wk 48", lambda v, r: num(v) is not None and num(r["Wk 47"]) is not None
                                  and num(r["Wk 47"]) - num(v) >= 200 - 1e-9)
    C["aq004"] = lambda: OR.cells("Customer", lambda v, r: lt(val(r["Paid (£)"]) or 0, num(r["Total (£)"]) / 4))
    C["aq005"] = lambda: ST.cells("Product", lambda v, r: gt(num(r["Sold (30d)"]), 3 * val(r["On hand"])))
    C["aq006"] = lambda: ST.whole(lambda r: t(r["Category"]) in ("veg", "fruit") and gt(num(r["Miles"]), miles_limit))
    C["aq007"] = lambda: ST.cells("Product", lambda v, r: t(r["Category"]) in ("dairy", "meat") and lt(val(r["On hand"]), 5))
    C["aq008"] = lambda: OR.whole(lambda r: "turkey" in t(r["Item"]) and blank(r["Deposit (£)"]))
    C["aq009"] = lambda: ST.whole(lambda r: t(r["Local?"]) != "y" and lt(num(r["Sold (30d)"]), 30))
    C["aq010"] = lambda: FF.cells("Date", lambda v, r: gt(num(r["Visitors"]), 300) and lt(num(r["Transactions"]), 250))
    C["aq011"] = lambda: ST.cells("Use by", lambda v, r: days(v) is not None and days(v) < 0)
    C["aq012"] = lambda: ST.cells("Use by", lambda v, r: between(days(v), 0, 3))
    C["aq013"] = lambda: OR.cells("Order", lambda v, r: lt(days(r["Ordered"]), -42))
    C["aq014"] = lambda: OR.cells("Collect", lambda v, r: gap(r["Collected"], v) is not None and gap(r["Collected"], v) >= 2)
    C["aq015"] = lambda: OR.cells("Collect", lambda v, r: in_month(v, 2026, 12))
    C["aq016"] = lambda: TK.cells(wks, lambda v, r: lt(num(v), 1000))
    C["aq017"] = lambda: TK.cells(wks, lambda v, r: num(v) is not None and num(v) > num(r["Target"]))
    C["aq018"] = lambda: TK.whole(lambda r: gt(row_sum(r, wks), 12000))
    C["aq019"] = lambda: FF.whole(lambda r: gt(num(r["Visitors"]), 350))
    C["aq020"] = lambda: ST.cells("SKU", dup(ST, "SKU"))
    C["aq021"] = lambda: OR.cells("Customer", lambda v, r: OR.count("Customer", t)[t(v)] == 1)
    C["aq022"] = lambda: top_v(ST, "Sold (30d)", 5)
    C["aq023"] = lambda: top_v(FF, "Visitors", 3, largest=False)
    C["aq024"] = lambda: OR.cells("Order", lambda v, r: blank(r["Phone"]))
    C["aq025"] = lambda: ST.cells("Product", lambda v, r: "apple" in t(v))

    # ---------------- craft_beer_festival
    BE, VO, LF, LS = T("BE"), T("VO"), T("LF"), T("LS")
    per_cask = cell("craft_beer_festival.xlsx", "Beers", "Q4")
    thirds = cell("craft_beer_festival.xlsx", "Beers", "Q5")
    sessions = ["12-3pm", "3-6pm", "6-9pm", "9-11pm"]
    saturday = {t(r["Bar"]): r for r in LS.rows}
    C["aq026"] = lambda: BE.cells("Pint £", lambda v, r: lt(num(v), 2.5 * val(r["Cost/cask"]) / per_cask))
    C["aq027"] = lambda: VO.cells("Hrs rostered", lambda v, r: num(v) > num(r["Hrs offered"]))
    C["aq028"] = lambda: BE.cells("Arrived", lambda v, r: d(v) is not None and d(r["Due in"]) is not None
                                  and d(v) > d(r["Due in"]))
    C["aq029"] = lambda: drops(LS, sessions)
    C["aq030"] = lambda: BE.cells("Beer", lambda v, r: gt(num(r["Casks"]) * val(r["Cost/cask"]), 450))
    C["aq031"] = lambda: BE.whole(lambda r: num(r["ABV %"]) >= thirds and lt(num(r["Pint £"]), 6.5))
    C["aq032"] = lambda: VO.whole(lambda r: t(r["Role"]) in ("bar", "cellar") and blank(r["Hygiene cert exp"]))
    C["aq033"] = lambda: VO.cells("Name", lambda v, r: t(r["Under 18?"]) == "y" and t(r["Role"]) == "bar")
    C["aq034"] = lambda: BE.cells("Beer", lambda v, r: t(r["Style"]) == "sour" or "lactose" in t(r["Allergens"]))
    C["aq035"] = lambda: LF.whole(lambda r: gt(num(r["6-9pm"]), 200) and lt(num(r["Staff"]), 5))
    C["aq036"] = lambda: BE.whole(lambda r: blank(r["Arrived"]) and lt(days(r["Due in"]), 0))
    C["aq037"] = lambda: BE.cells("Inv. due", lambda v, r: between(days(v), 0, 14))
    C["aq038"] = lambda: VO.cells("Hygiene cert exp", lambda v, r: before(v, dt.date(2026, 12, 10)))
    C["aq039"] = lambda: VO.cells("Name", lambda v, r: between(days(r["Signed up"]), -30, 0))
    C["aq040"] = lambda: LF.cells(sessions, lambda v, r: gt(num(v), 250))
    C["aq041"] = lambda: row_ext(LS, sessions)
    C["aq042"] = lambda: per_cell(LF, sessions, lambda v, r, h: num(v) < num(saturday[t(r["Bar"])][h]))
    C["aq043"] = lambda: VO.cells(["Hrs offered", "Hrs rostered"], lambda v, r: num(v) is not None and num(v) >= 20)
    C["aq044"] = lambda: BE.cells("Brewery", lambda v, r: BE.count("Brewery", t)[t(v)] > 5)
    C["aq045"] = lambda: VO.cells("Name", dup(VO, "Name", t))
    C["aq046"] = lambda: top_v(BE, "Cost/cask", 3)
    C["aq047"] = lambda: top_v(BE, "ABV %", 5, largest=False)
    C["aq048"] = lambda: BE.whole(lambda r: blank(r["Arrived"]))
    C["aq049"] = lambda: BE.cells("Beer", lambda v, r: "nuts" in t(r["Allergens"]))
    C["aq050"] = lambda: BE.cells("Due in", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- school_bus_contractor
    FL, RO, DR, PU, BD = T("FL"), T("RO"), T("DR"), T("PU"), T("BD")
    svc_every = cell("school_bus_contractor.xlsx", "Fleet", "C2")
    retire = cell("school_bus_contractor.xlsx", "Fleet", "C3")
    months = ["Aug", "Sep", "Oct", "Nov"]
    C["aq051"] = lambda: FL.cells("Odometer", lambda v, r: gt(val(v) - num(r["Odo @ svc"]), svc_every))
    C["aq052"] = lambda: RO.whole(lambda r: num(r["Riders"]) > num(r["Seats"]))
    C["aq053"] = lambda: RO.cells("Route", lambda v, r: gt(num(r["Fuel $/day"]), 0.15 * num(r["Rate $/day"])))
    C["aq054"] = lambda: RO.cells("Arrive", lambda v, r: lt(mins(r["Bell"]) - mins(v), 10))
    C["aq055"] = lambda: DR.cells("Hrs this wk", lambda v, r: num(v) > num(r["Max hrs"]))
    C["aq056"] = lambda: FL.whole(lambda r: t(r["Status"]) == "in service" and gt(BUILT.year - num(r["Yr"]), retire))
    C["aq057"] = lambda: RO.cells("Route", lambda v, r: t(r["School"]) == "westfield hs" and gt(num(r["Riders"]), 50))
    C["aq058"] = lambda: FL.whole(lambda r: gt(num(r["Seats"]), 60)
                                  and (t(r["Depot"]) == "east" or t(r["Status"]) == "in shop"))
    C["aq059"] = lambda: DR.cells("Driver", lambda v, r: t(r["Trainer?"]) == "yes" or lt(num(r["Hrs this wk"]), 20))
    C["aq060"] = lambda: BD.whole(lambda r: t(r["Tow?"]) == "y" and gt(num(r["Mins late"]), 30))
    C["aq061"] = lambda: FL.cells("Insp. due", lambda v, r: between(days(v), 0, 30))
    C["aq062"] = lambda: DR.cells("Driver", lambda v, r: d(r["Medical exp"]) is not None
                                  and d(r["Medical exp"]) <= dt.date(2027, 1, 31))
    C["aq063"] = lambda: DR.cells("Bkgd check", lambda v, r: before(v, edate(BUILT, -24)))
    C["aq064"] = lambda: FL.cells("Last svc", lambda v, r: lt(days(v), -90))
    C["aq065"] = lambda: PU.cells(months, lambda v, r: num(v) is not None and num(v) >= 5)
    C["aq066"] = lambda: PU.whole(lambda r: gt(row_sum(r, months), 15))
    C["aq067"] = lambda: PU.cells(months, lambda v, r: num(v) is not None and num(v) == 0)
    C["aq068"] = lambda: FL.cells(["Insp. due", "Ins. renewal"], lambda v, r: days(v) is not None and days(v) < 0)
    C["aq069"] = lambda: RO.cells("Bus #", dup(RO, "Bus #"))
    C["aq070"] = lambda: BD.cells("Bus #", dup(BD, "Bus #"))
    C["aq071"] = lambda: top_v(FL, "Odometer", 5)
    C["aq072"] = lambda: RO.whole(lambda r: blank(r["Driver"]))
    C["aq073"] = lambda: DR.cells("Driver", lambda v, r: blank(r["Phone"]))
    C["aq074"] = lambda: FL.cells("Bus #", lambda v, r: "lift" in t(r["Notes"]))
    C["aq075"] = lambda: BD.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 0)

    # ---------------- orchid_nursery
    BN, CL, MO = T("BN"), T("CL"), T("MO")
    feed_every = cell("orchid_nursery.xlsx", "Benches", "S3")
    night_set = cell("orchid_nursery.xlsx", "Benches", "S4")
    h1_min = cell("orchid_nursery.xlsx", "Climate", "J6")
    h2_min = cell("orchid_nursery.xlsx", "Climate", "J7")
    temps = ["H1 min", "H1 max", "H2 min", "H2 max"]
    C["aq076"] = lambda: BN.cells("Min °C", lambda v, r: gt(num(v), night_set))
    C["aq077"] = lambda: BN.cells("Price ea", lambda v, r: num(v) is not None and lt(num(v), 2 * num(r["Cost ea"])))
    C["aq078"] = lambda: BN.cells("Lot", lambda v, r: gt(num(r["In spike"]), val(r["Plants"]) / 2))
    C["aq079"] = lambda: MO.cells("Shipping €", lambda v, r: gt(num(v), 0.25 * num(r["Value €"])))
    C["aq080"] = lambda: CL.cells("H2 max", lambda v, r: gt(round(num(v) - num(r["H2 min"]), 1), 10))
    C["aq081"] = lambda: BN.whole(lambda r: t(r["Genus"]) == "phalaenopsis" and t(r["Status"]) == "for sale"
                                  and num(r["In spike"]) >= 1)
    C["aq082"] = lambda: BN.whole(lambda r: t(r["Status"]) in ("quarantine", "reserved"))
    C["aq083"] = lambda: MO.cells("Order", lambda v, r: t(r["Heat pack"]) == "no" and in_month(r["Dispatched"], 2026, 11))
    C["aq084"] = lambda: MO.whole(lambda r: t(r["Country"]) in ("de", "at") and gt(num(r["Value €"]), 100))
    C["aq085"] = lambda: BN.cells("Lot", lambda v, r: t(r["Genus"]) != "phalaenopsis" and num(r["Pot cm"]) == 15)
    C["aq086"] = lambda: BN.cells("Fed", lambda v, r: lt(days(v), -feed_every))
    C["aq087"] = lambda: BN.cells("Repotted", lambda v, r: before(v, edate(BUILT, -24)))
    C["aq088"] = lambda: MO.cells("Delivered", lambda v, r: gt(gap(v, r["Dispatched"]), 5))
    C["aq089"] = lambda: MO.cells("Order", lambda v, r: blank(r["Dispatched"]) and lt(days(r["Ordered"]), -3))
    C["aq090"] = lambda: CL.cells(temps, lambda v, r: lt(num(v), 12))
    C["aq091"] = lambda: CL.whole(lambda r: lt(num(r["H1 min"]), h1_min) or lt(num(r["H2 min"]), h2_min))
    C["aq092"] = lambda: col_max(CL, temps)
    C["aq093"] = lambda: per_cell(CL, ["RH %", "Heat kWh"], lambda v, r, h: gt(num(v), mean(CL.values(h))))
    C["aq094"] = lambda: BN.cells(["Plants", "In spike", "Buds"], lambda v, r: num(v) is not None and num(v) == 0)
    C["aq095"] = lambda: BN.cells("Lot", dup(BN, "Lot"))
    C["aq096"] = lambda: top_v(BN, "Price ea", 3)
    C["aq097"] = lambda: top_v(MO, "Value €", 4, largest=False)
    C["aq098"] = lambda: MO.cells("Order", lambda v, r: not blank(r["Delivered"]) and blank(r["Rating"]))
    C["aq099"] = lambda: BN.cells("Lot", lambda v, r: t(r["Bench"]).startswith("c"))
    C["aq100"] = lambda: CL.whole(lambda r: d(r["Date"]).weekday() == 6)

    # ---------------- climbing_gym
    ME, CK, BO, RR = T("ME"), T("CK"), T("BO"), T("RR")
    lapsed = cell("climbing_gym.xlsx", "Members", "C2")
    capacity = cell("climbing_gym.xlsx", "Check-ins", "J3")
    slots = ["6-9", "9-12", "12-15", "15-18", "18-22"]
    C["aq101"] = lambda: ME.cells("Visits Nov", lambda v, r: (num(r["Visits Oct"]) or 0) > 0
                                  and lt(num(v), num(r["Visits Oct"]) / 2))
    C["aq102"] = lambda: ME.cells("Name", lambda v, r: d(r["Paid to"]) < d(r["Renews"]))
    C["aq103"] = lambda: ME.cells("Name", lambda v, r: num(r["Visits Nov"]) > 0
                                  and gt(val(r["Fee/mo"]) / num(r["Visits Nov"]), 10))
    C["aq104"] = lambda: CK.cells("18-22", lambda v, r: num(v) - num(r["15-18"]) >= 30)
    C["aq105"] = lambda: BO.cells("Strip by", lambda v, r: lt(gap(v, r["Set on"]), 42))
    C["aq106"] = lambda: ME.whole(lambda r: t(r["Plan"]) == "off-peak" and gt(num(r["Visits Nov"]), 12))
    C["aq107"] = lambda: ME.cells("Name", lambda v, r: t(r["Plan"]) in ("annual", "monthly") and t(r["Belay"]) == "none")
    C["aq108"] = lambda: ME.cells("Name", lambda v, r: blank(r["Induction"]) and num(r["Visits Nov"]) > 0)
    C["aq109"] = lambda: BO.whole(lambda r: t(r["Wall"]) == "cave" and int(t(r["Grade"])[1:]) >= 5)
    C["aq110"] = lambda: CK.whole(lambda r: num(r["18-22"]) >= capacity or gt(num(r["Total"]), 250))
    C["aq111"] = lambda: ME.cells("Name", lambda v, r: lt(days(r["Last visit"]), -lapsed))
    C["aq112"] = lambda: ME.cells("Renews", lambda v, r: between(days(v), 0, 14))
    C["aq113"] = lambda: ME.cells("Joined", lambda v, r: between(days(v), -90, 0))
    C["aq114"] = lambda: RR.cells("Strip by", lambda v, r: in_month(v, 2026, 12))
    C["aq115"] = lambda: CK.cells(slots, lambda v, r: gt(num(v), 85))
    C["aq116"] = lambda: col_max(CK, slots)
    C["aq117"] = lambda: CK.whole(lambda r: lt(num(r["Total"]), 170))
    C["aq118"] = lambda: ME.cells(["Visits Oct", "Visits Nov"], lambda v, r: num(v) is not None and num(v) == 0)
    C["aq119"] = lambda: ME.cells("ID", dup(ME, "ID"))
    C["aq120"] = lambda: ME.cells("Email", dup(ME, "Email", t))
    C["aq121"] = lambda: top_v(BO, "Ascents", 3)
    C["aq122"] = lambda: ME.cells("Email", lambda v, r: blank(v))
    C["aq123"] = lambda: ME.cells("Email", lambda v, r: t(v).endswith("uni.example"))
    C["aq124"] = lambda: RR.cells("Grade", lambda v, r: t(v).startswith("6"))
    C["aq125"] = lambda: CK.whole(lambda r: (r.r - 4) % 2 == 0)

    # ---------------- law_firm_billing
    MA, IV, T27, T20 = T("MA"), T("IV"), T("T27"), T("T20")
    chase = cell("law_firm_billing.xlsx", "Matters", "R4")
    warn = cell("law_firm_billing.xlsx", "Matters", "R5")
    wdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    money = ["Estimate", "WIP", "Billed", "Paid"]
    C["aq126"] = lambda: MA.whole(lambda r: gt((val(r["WIP"]) or 0) + (val(r["Billed"]) or 0), num(r["Estimate"])))
    C["aq127"] = lambda: MA.cells("WIP", lambda v, r: gt(val(v), warn * num(r["Estimate"])))
    C["aq128"] = lambda: MA.cells("Client", lambda v, r: num(r["Billed"]) is not None
                                  and (val(r["Paid"]) or 0) < num(r["Billed"]))
    C["aq129"] = lambda: IV.cells("Paid on", lambda v, r: d(v) is not None and d(v) > d(r["Due"]))
    C["aq130"] = lambda: T27.cells("Fri", lambda v, r: num(v) < num(r["Mon"]))
    C["aq131"] = lambda: MA.whole(lambda r: t(r["Status"]) == "open" and gt(val(r["WIP"]), 5000) and blank(r["Billed"]))
    C["aq132"] = lambda: MA.cells("Fee earner", lambda v, r: t(v) == "hb (trainee)"
                                  and t(r["Type"]) in ("litigation", "employment"))
    C["aq133"] = lambda: MA.cells("Matter", lambda v, r: t(r["Status"]) == "on hold" and (val(r["WIP"]) or 0) > 0)
    C["aq134"] = lambda: IV.whole(lambda r: t(r["Method"]) == "cheque" and gt(num(r["Gross"]), 2000))
    C["aq135"] = lambda: MA.cells("Matter", lambda v, r: t(r["Status"]) != "completed" and "disputes" in t(r["Notes"]))
    C["aq136"] = lambda: IV.whole(lambda r: blank(r["Paid on"]) and lt(days(r["Due"]), -30))
    C["aq137"] = lambda: MA.cells("Last billed", lambda v, r: lt(days(v), -chase))
    C["aq138"] = lambda: IV.cells("Issued", lambda v, r: in_month(v, 2026, 11))
    C["aq139"] = lambda: MA.cells("Matter", lambda v, r: before(r["Opened"], edate(BUILT, -12)))
    C["aq140"] = lambda: T27.cells(wdays, lambda v, r: lt(num(v), num(r["Daily target"])))
    C["aq141"] = lambda: T20.whole(lambda r: row_sum(r, wdays) >= 5 * num(r["Daily target"]) - 1e-9)
    C["aq142"] = lambda: MA.cells(money, lambda v, r: gt(val(v), 10000))
    C["aq143"] = lambda: row_ext(T27, wdays, largest=False)
    C["aq144"] = lambda: IV.cells("Inv #", dup(IV, "Inv #"))
    C["aq145"] = lambda: top_v(IV, "Gross", 3)
    C["aq146"] = lambda: top_v(MA, "WIP", 5)
    C["aq147"] = lambda: MA.cells("Matter", lambda v, r: blank(r["Billed"]))
    C["aq148"] = lambda: IV.cells("Paid on", lambda v, r: blank(v))
    C["aq149"] = lambda: MA.cells("Client", lambda v, r: "estate" in t(v))
    C["aq150"] = lambda: IV.cells("Issued", lambda v, r: d(v) is not None and d(v).weekday() >= 5)
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
