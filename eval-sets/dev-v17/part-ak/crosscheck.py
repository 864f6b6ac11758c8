"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
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


TABLES = {
    "HD": ("alpaca_farm.xlsx", "Herd", "B5:O43"),
    "WI": ("alpaca_farm.xlsx", "Weigh-ins", "A4:H20"),
    "SA": ("alpaca_farm.xlsx", "Sales", "A1:J19"),
    "BK": ("bowling_alley.xlsx", "Bookings", "A4:N44"),
    "TU": ("bowling_alley.xlsx", "League", "A2:I16"),
    "TH": ("bowling_alley.xlsx", "League", "A20:I32"),
    "BT": ("candle_workshop.xlsx", "Batches", "A4:N46"),
    "SL": ("candle_workshop.xlsx", "Sales", "A3:I15"),
    "MK": ("candle_workshop.xlsx", "Sales", "K3:N16"),
    "JB": ("fencing_contractor.xlsx", "Jobs", "B5:Q45"),
    "T23": ("fencing_contractor.xlsx", "Timesheet", "A2:H11"),
    "T16": ("fencing_contractor.xlsx", "Timesheet", "A15:H24"),
    "FL": ("hot_air_balloons.xlsx", "Flights", "A5:N45"),
    "PX": ("hot_air_balloons.xlsx", "Passengers", "A1:I33"),
    "PH": ("hot_air_balloons.xlsx", "Pilot hours", "A3:G12"),
    "PR": ("interior_design.xlsx", "Projects", "B3:O39"),
    "SP": ("interior_design.xlsx", "Spend", "A3:G17"),
    "OD": ("interior_design.xlsx", "Orders", "A2:H34"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    six = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    five = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]
    workdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    # ---------------- alpaca_farm
    HD, WI, SA = T("HD"), T("WI"), T("SA")
    fine_max = cell("alpaca_farm.xlsx", "Herd", "R5")
    min_wt = cell("alpaca_farm.xlsx", "Herd", "R6")
    year_ago, ten_years = edate(BUILT, -12), edate(BUILT, -120)
    C["ak001"] = lambda: HD.cells("Wt (kg)", lambda v, r: val(v) is not None and num(r["Last wt (kg)"]) is not None
                                  and val(v) < num(r["Last wt (kg)"]))
    C["ak002"] = lambda: HD.cells("Micron", lambda v, r: gt(num(v), fine_max))
    C["ak003"] = lambda: drops(WI, six, val)
    C["ak004"] = lambda: SA.whole(lambda r: num(r["Paid ($)"]) is not None and num(r["Paid ($)"]) < num(r["Price ($)"]))
    C["ak005"] = lambda: WI.cells("Nov", lambda v, r: num(r["Jun"]) is not None and num(v) is not None
                                  and gt(num(v) / num(r["Jun"]), 1.1))
    C["ak006"] = lambda: HD.whole(lambda r: t(r["Sex"]) == "f" and t(r["Status"]) == "breeding"
                                  and lt(val(r["Wt (kg)"]), min_wt))
    C["ak007"] = lambda: HD.whole(lambda r: t(r["Colour"]) in ("white", "fawn") and lt(num(r["Micron"]), 22))
    C["ak008"] = lambda: HD.whole(lambda r: t(r["Sex"]) == "m" and t(r["Paddock"]) != "stud")
    C["ak009"] = lambda: HD.cells("Name", lambda v, r: lt(num(r["Fleece (kg)"]), 2) or gt(num(r["Micron"]), 28))
    C["ak010"] = lambda: SA.cells("Animal", lambda v, r: t(r["Transport"]) == "us" and blank(r["Collected"]))
    C["ak011"] = lambda: HD.cells("Name", lambda v, r: d(r["DOB"]) is not None
                                  and gt(d(r["DOB"]).toordinal(), year_ago.toordinal()))
    C["ak012"] = lambda: HD.cells("Vet check", lambda v, r: d(v) is not None
                                  and lt(d(v).toordinal(), edate(BUILT, -6).toordinal()))
    C["ak013"] = lambda: SA.whole(lambda r: gt(gap(r["Collected"], r["Reserved"]), 30))
    C["ak014"] = lambda: HD.cells("DOB", lambda v, r: d(v) is not None and d(v) <= ten_years)
    C["ak015"] = lambda: WI.cells(six, lambda v, r: lt(val(v), 15))
    C["ak016"] = lambda: col_max(WI, six)
    C["ak017"] = lambda: block_top(WI, six, 5)
    C["ak018"] = lambda: row_ext(WI, six, largest=False)
    C["ak019"] = lambda: HD.cells("Tag", dup(HD, "Tag"))
    C["ak020"] = lambda: SA.cells("Buyer", lambda v, r: SA.count("Buyer", t)[t(v)] == 1)
    C["ak021"] = lambda: top_v(HD, "Price ($)", 3)
    C["ak022"] = lambda: top_v(HD, "Micron", 5, largest=False)
    C["ak023"] = lambda: HD.whole(lambda r: blank(r["Micron"]))
    C["ak024"] = lambda: HD.cells("Colour", lambda v, r: "grey" in t(v))
    C["ak025"] = lambda: SA.cells("Reserved", lambda v, r: weekend(v))

    # ---------------- bowling_alley
    BK, TU, TH = T("BK"), T("TU"), T("TH")
    per_lane = cell("bowling_alley.xlsx", "Bookings", "Q2")
    thursday = {t(r["Bowler"]) for r in TH.rows}
    C["ak026"] = lambda: BK.whole(lambda r: num(r["Players"]) > num(r["Lanes"]) * per_lane)
    C["ak027"] = lambda: BK.cells("Total ($)", lambda v, r: val(v) - (num(r["Paid ($)"]) or 0) >= 100)
    C["ak028"] = lambda: TU.cells("Wk 6", lambda v, r: num(v) is not None and num(r["Wk 5"]) is not None
                                  and num(v) > num(r["Wk 5"]))
    C["ak029"] = lambda: falls_at_least(TH, weeks, 40)
    C["ak030"] = lambda: BK.whole(lambda r: mins(r["End"]) - mins(r["Start"]) >= 180 - 1e-6)
    C["ak031"] = lambda: BK.whole(lambda r: t(r["Party pkg"]) == "yes" and num(r["Players"]) >= 12)
    C["ak032"] = lambda: BK.whole(lambda r: days(r["Date"]) is not None and days(r["Date"]) >= 0
                                  and blank(r["Deposit ($)"]))
    C["ak033"] = lambda: BK.whole(lambda r: t(r["Party pkg"]) == "no" and "birthday" in t(r["Notes"]))
    C["ak034"] = lambda: TH.cells("Bowler", lambda v, r: t(r["Team"]) == "alley cats" or gt(num(r["Hcp"]), 50))
    C["ak035"] = lambda: BK.cells("Start", lambda v, r: mins(v) >= 20 * 60 and num(r["Games"]) >= 3)
    C["ak036"] = lambda: BK.whole(lambda r: gap(r["Date"], r["Booked on"]) is not None
                                  and gap(r["Date"], r["Booked on"]) <= 2)
    C["ak037"] = lambda: BK.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["ak038"] = lambda: BK.cells("Date", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["ak039"] = lambda: BK.cells("Booked on", lambda v, r: gt(gap(r["Date"], v), 30))
    C["ak040"] = lambda: TU.cells(weeks, lambda v, r: val(v) is not None and val(v) >= 175)
    C["ak041"] = lambda: col_min(TH, weeks)
    C["ak042"] = lambda: row_ext(TU, weeks)
    C["ak043"] = lambda: block_top(TH, weeks, 5)
    C["ak044"] = lambda: TU.whole(lambda r: gt(mean(val(r[w]) for w in weeks if val(r[w]) is not None), 165))
    C["ak045"] = lambda: BK.cells("Ref", dup(BK, "Ref"))
    C["ak046"] = lambda: TU.cells("Bowler", lambda v, r: t(v) in thursday)
    C["ak047"] = lambda: top_v(BK, "Total ($)", 3)
    C["ak048"] = lambda: top_v(TU, "Wk 6", 3, largest=False)
    C["ak049"] = lambda: BK.whole(lambda r: blank(r["Name"]))
    C["ak050"] = lambda: BK.cells("Notes", lambda v, r: "bumpers" in t(v))

    # ---------------- candle_workshop
    BT, SL, MK = T("BT"), T("SL"), T("MK")
    max_frag = cell("candle_workshop.xlsx", "Batches", "Q1")
    reject_limit = cell("candle_workshop.xlsx", "Batches", "Q2")
    C["ak051"] = lambda: BT.cells("Frag. %", lambda v, r: gt(num(v), max_frag))
    C["ak052"] = lambda: BT.cells("RRP", lambda v, r: lt(num(v) / num(r["Unit cost"]), 2))
    C["ak053"] = lambda: SL.cells("Nov", lambda v, r: num(v) < num(r["LY Nov"]))
    C["ak054"] = lambda: MK.whole(lambda r: num(r["Takings ($)"]) is not None
                                  and lt(num(r["Takings ($)"]) - num(r["Pitch ($)"]), 150))
    C["ak055"] = lambda: BT.cells("Rejects", lambda v, r: num(v) is not None
                                  and gt(num(v) / val(r["Units"]), reject_limit))
    C["ak056"] = lambda: BT.whole(lambda r: t(r["Wax"]) == "soy" and num(r["Frag. %"]) >= 0.11 - 1e-9)
    C["ak057"] = lambda: BT.whole(lambda r: t(r["stockist"]) == "online" and lt(val(r["Units"]), 40))
    C["ak058"] = lambda: BT.whole(lambda r: t(r["Wax"]) != "soy" and gt(num(r["Rejects"]), 5))
    C["ak059"] = lambda: SL.cells("Product", lambda v, r: lt(num(r["Oct"]), 50) and lt(num(r["Nov"]), 50))
    C["ak060"] = lambda: BT.whole(lambda r: t(r["Scent"]) == "lavender" and t(r["Vessel"]) in ("jar", "tumbler"))
    C["ak061"] = lambda: BT.whole(lambda r: d(r["Ready by"]) is not None and d(r["Poured"]) is not None
                                  and d(r["Ready by"]) < d(r["Poured"]) + dt.timedelta(days=num(r["Cure (days)"])))
    C["ak062"] = lambda: BT.cells("Poured", lambda v, r: d(v) is not None
                                  and gt(days(v) + num(r["Cure (days)"]), 0))
    C["ak063"] = lambda: MK.cells("Date", lambda v, r: between(days(v), 0, 10))
    C["ak064"] = lambda: BT.cells("Poured", lambda v, r: lt(days(v), -60))
    C["ak065"] = lambda: SL.cells(six, lambda v, r: lt(val(v), 30))
    C["ak066"] = lambda: row_ext(SL, six)
    C["ak067"] = lambda: block_top(SL, six, 3)
    C["ak068"] = lambda: SL.whole(lambda r: gt(row_sum(r, six), 1000))
    C["ak069"] = lambda: BT.cells("Batch", dup(BT, "Batch"))
    C["ak070"] = lambda: BT.cells("Scent", lambda v, r: BT.count("Scent", t)[t(v)] == 1)
    C["ak071"] = lambda: top_v(BT, "Units", 3)
    C["ak072"] = lambda: top_v(BT, "Unit cost", 5, largest=False)
    C["ak073"] = lambda: BT.cells("Rejects", lambda v, r: blank(v))
    C["ak074"] = lambda: BT.cells("Vessel", lambda v, r: "tin" in t(v))
    C["ak075"] = lambda: MK.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- fencing_contractor
    JB, T23, T16 = T("JB"), T("T23"), T("T16")
    min_margin = cell("fencing_contractor.xlsx", "Jobs", "T5")
    C["ak076"] = lambda: JB.whole(lambda r: num(r["Cost ($)"]) is not None and num(r["Cost ($)"]) > val(r["Quote ($)"]))
    C["ak077"] = lambda: JB.cells("Cost ($)", lambda v, r: num(v) is not None
                                  and lt((val(r["Quote ($)"]) - num(v)) / val(r["Quote ($)"]), min_margin))
    C["ak078"] = lambda: JB.cells("Act. days", lambda v, r: num(v) is not None and gt(num(v) / num(r["Est. days"]), 1.5))
    C["ak079"] = lambda: JB.cells("Finish", lambda v, r: d(v) is not None and d(r["Due by"]) is not None
                                  and d(v) > d(r["Due by"]))
    C["ak080"] = lambda: JB.cells("Quote ($)", lambda v, r: num(r["Cost ($)"]) is not None
                                  and val(v) - num(r["Cost ($)"]) >= 2000)
    C["ak081"] = lambda: JB.whole(lambda r: t(r["Type"]) == "close board" and gt(num(r["Metres"]), 100))
    C["ak082"] = lambda: JB.whole(lambda r: not blank(r["Finish"]) and blank(r["Inv. paid"]))
    C["ak083"] = lambda: JB.cells("Job no.", lambda v, r: t(r["Type"]) == "gates" or lt(num(r["Metres"]), 20))
    C["ak084"] = lambda: JB.whole(lambda r: t(r["Postcode"]).startswith("hr9") and t(r["Type"]) != "stock fence")
    C["ak085"] = lambda: JB.whole(lambda r: gt(val(r["Quote ($)"]), 5000) and blank(r["Accepted"]))
    C["ak086"] = lambda: JB.cells("Accepted", lambda v, r: gt(gap(v, r["Quoted"]), 14))
    C["ak087"] = lambda: JB.cells("Due by", lambda v, r: between(days(v), 0, 14) and blank(r["Finish"]))
    C["ak088"] = lambda: JB.cells("Inv. paid", lambda v, r: gt(gap(v, r["Finish"]), 30))
    C["ak089"] = lambda: JB.whole(lambda r: lt(days(r["Quoted"]), -60) and blank(r["Accepted"]))
    C["ak090"] = lambda: JB.cells("Due by", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Finish"]))
    C["ak091"] = lambda: T23.cells(workdays, lambda v, r: val(v) is not None and val(v) >= 11)
    C["ak092"] = lambda: T23.whole(lambda r: row_sum(r, workdays) > num(r["Contract"]))
    C["ak093"] = lambda: row_ext(T16, workdays)
    C["ak094"] = lambda: col_max(T16, workdays)
    C["ak095"] = lambda: JB.cells("Client", lambda v, r: JB.count("Client", t)[t(v)] == 1)
    C["ak096"] = lambda: top_v(JB, "Quote ($)", 3)
    C["ak097"] = lambda: top_v(JB, "Quote ($)", 5, largest=False)
    C["ak098"] = lambda: JB.cells("Crew", lambda v, r: blank(v))
    C["ak099"] = lambda: JB.cells("Client", lambda v, r: "farm" in t(v))
    C["ak100"] = lambda: JB.cells("Start", lambda v, r: d(v) is not None and d(v).weekday() == 0)

    # ---------------- hot_air_balloons
    FL, PX, PH = T("FL"), T("PX"), T("PH")
    max_wind = cell("hot_air_balloons.xlsx", "Flights", "C2")
    C["ak101"] = lambda: FL.whole(lambda r: num(r["Pax"]) > num(r["Capacity"]))
    C["ak102"] = lambda: FL.cells("Wind (kts)", lambda v, r: gt(num(v), max_wind))
    C["ak103"] = lambda: FL.cells("Landed", lambda v, r: mins(v) is not None and mins(r["Launch"]) is not None
                                  and gt(mins(v) - mins(r["Launch"]), 75))
    C["ak104"] = lambda: PX.cells("Passenger", lambda v, r: d(r["Flown on"]) is not None and d(r["Expires"]) is not None
                                  and d(r["Flown on"]) > d(r["Expires"]))
    C["ak105"] = lambda: FL.cells("Revenue ($)", lambda v, r: val(v) is not None and lt(val(v) / num(r["Pax"]), 180))
    C["ak106"] = lambda: FL.whole(lambda r: t(r["Status"]) == "cancelled" and num(r["Wind (kts)"]) is not None
                                  and not gt(num(r["Wind (kts)"]), max_wind))
    C["ak107"] = lambda: FL.whole(lambda r: t(r["Session"]) == "dawn" and t(r["Site"]) == "ashby park"
                                  and gt(num(r["Pax"]), 10))
    C["ak108"] = lambda: FL.whole(lambda r: t(r["Status"]) == "flown" and blank(r["Revenue ($)"]))
    C["ak109"] = lambda: PX.cells("Voucher", lambda v, r: t(r["Type"]) == "gift" and blank(r["Flown on"]))
    C["ak110"] = lambda: PX.whole(lambda r: gt(num(r["Wt (kg)"]), 110) and blank(r["Flown on"]))
    C["ak111"] = lambda: PX.cells("Expires", lambda v, r: between(days(v), 0, 30) and blank(r["Flown on"]))
    C["ak112"] = lambda: FL.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["ak113"] = lambda: PX.cells("Expires", lambda v, r: d(v) is not None and d(r["Bought"]) is not None
                                  and d(v) > edate(d(r["Bought"]), 12))
    C["ak114"] = lambda: PX.cells("Flown on", lambda v, r: gap(v, r["Bought"]) is not None
                                  and gap(v, r["Bought"]) <= 14)
    C["ak115"] = lambda: PH.cells(six, lambda v, r: lt(val(v), 5))
    C["ak116"] = lambda: col_max(PH, six)
    C["ak117"] = lambda: PH.whole(lambda r: lt(row_sum(r, six), 60))
    C["ak118"] = lambda: PH.cells(six, lambda v, r: val(v) is not None
                                  and gt(val(v), mean(val(r[m]) for m in six if val(r[m]) is not None)))
    C["ak119"] = lambda: PX.cells("Voucher", dup(PX, "Voucher"))
    C["ak120"] = lambda: PX.cells("Passenger", dup(PX, "Passenger", t))
    C["ak121"] = lambda: top_v(FL, "Revenue ($)", 3)
    C["ak122"] = lambda: PX.cells("Email", lambda v, r: blank(v))
    C["ak123"] = lambda: PX.cells("Voucher", lambda v, r: t(v).startswith("ex"))
    C["ak124"] = lambda: FL.cells("Notes", lambda v, r: "hard landing" in t(v))
    C["ak125"] = lambda: FL.whole(lambda r: (r.r - 6) % 2 == 0)

    # ---------------- interior_design
    PR, SP, OD = T("PR"), T("SP"), T("OD")
    contact_days = cell("interior_design.xlsx", "Projects", "R3")
    alert = cell("interior_design.xlsx", "Projects", "R4")
    C["ak126"] = lambda: PR.whole(lambda r: val(r["Spent ($)"]) is not None
                                  and gt(val(r["Spent ($)"]) / num(r["Budget ($)"]), alert))
    C["ak127"] = lambda: PR.cells("Spent ($)", lambda v, r: val(v) is not None and val(v) > num(r["Budget ($)"]))
    C["ak128"] = lambda: SP.cells("Nov", lambda v, r: num(v) > num(r["Budget/mo"]))
    C["ak129"] = lambda: OD.cells("Delivered", lambda v, r: d(v) is not None and d(r["ETA"]) is not None
                                  and d(v) > d(r["ETA"]))
    C["ak130"] = lambda: rises_by(SP, five, 5000)
    C["ak131"] = lambda: PR.whole(lambda r: t(r["Stage"]) == "on site" and val(r["Spent ($)"]) is not None
                                  and gt(val(r["Spent ($)"]) / num(r["Budget ($)"]), 0.9))
    C["ak132"] = lambda: PR.cells("Designer", lambda v, r: t(v) in ("mia", "theo") and t(r["Stage"]) != "complete")
    C["ak133"] = lambda: OD.cells("PO", lambda v, r: blank(r["Delivered"]) and gt(num(r["Amt ($)"]), 1000))
    C["ak134"] = lambda: PR.whole(lambda r: "kitchen" in t(r["Rooms"]) and lt(num(r["Budget ($)"]), 20000))
    C["ak135"] = lambda: PR.whole(lambda r: t(r["Stage"]) == "complete" and blank(r["Handover"]))
    C["ak136"] = lambda: PR.cells("Last contact", lambda v, r: lt(days(v), -contact_days))
    C["ak137"] = lambda: PR.cells("Handover", lambda v, r: gt(gap(v, r["Target"]), 14))
    C["ak138"] = lambda: OD.cells("ETA", lambda v, r: between(days(v), 0, 7) and blank(r["Delivered"]))
    C["ak139"] = lambda: PR.cells("Target", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 12))
    C["ak140"] = lambda: SP.cells(five, lambda v, r: gt(val(v), 10000))
    C["ak141"] = lambda: row_ext(SP, five)
    C["ak142"] = lambda: block_top(SP, five, 5)
    C["ak143"] = lambda: SP.cells("Project", lambda v, r: gt(row_sum(r, five), 40000))
    C["ak144"] = lambda: OD.cells("PO", dup(OD, "PO"))
    C["ak145"] = lambda: top_v(PR, "Budget ($)", 3)
    C["ak146"] = lambda: PR.whole(lambda r: blank(r["Last contact"]))
    C["ak147"] = lambda: OD.cells("Amt ($)", lambda v, r: blank(v))
    C["ak148"] = lambda: PR.cells("Designer", lambda v, r: blank(v))
    C["ak149"] = lambda: PR.cells("Notes", lambda v, r: "hold" in t(v))
    C["ak150"] = lambda: OD.whole(lambda r: (r.r - 3) % 3 == 0)
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
