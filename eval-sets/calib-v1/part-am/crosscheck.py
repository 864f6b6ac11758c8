"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v17 part AK's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive), and
the top-N helpers `top_v/top_pct/block_top` raise it on a tie across the cut-off.

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


def top_pct(tab: Table, h: str, pct: float, largest=True):
    """The top (bottom) pct of a column's numbers, as Excel counts them: floor(count * pct) items
    (at least one); a tie across the cut-off is a boundary."""
    n = max(1, int(len(tab.values(h, val)) * pct + 1e-9))
    return top_v(tab, h, n, largest)


def later(tab: Table, h: str, key=t):
    """Second and later occurrences of a value in a column (the first one is not marked)."""
    seen, out = set(), set()
    for row in tab.rows:
        v = row[h]
        if blank(v):
            continue
        if key(v) in seen:
            out.add(f"{get_column_letter(tab.cols[h])}{row.r}")
        seen.add(key(v))
    return out


def wd(v, n: int) -> bool:
    """A real date falling on weekday n (Python: Monday = 0)."""
    x = d(v)
    return x is not None and x.weekday() == n


def this_month(v) -> bool:
    x = d(v)
    return x is not None and (x.year, x.month) == (BUILT.year, BUILT.month)


TABLES = {
    "TK": ("dry_cleaning.xlsx", "Tickets", "A4:N44"),
    "BR": ("dry_cleaning.xlsx", "Branches", "A3:G11"),
    "MC": ("dry_cleaning.xlsx", "Branches", "J3:O14"),
    "DR": ("courier_rounds.xlsx", "Drops", "B3:O45"),
    "DV": ("courier_rounds.xlsx", "Drivers", "A3:H15"),
    "RD": ("courier_rounds.xlsx", "Rounds", "A3:H13"),
    "FU": ("courier_rounds.xlsx", "Rounds", "J3:N18"),
    "PF": ("community_theatre.xlsx", "Performances", "B5:N41"),
    "CC": ("community_theatre.xlsx", "Cast & crew", "A3:I31"),
    "RH": ("community_theatre.xlsx", "Rehearsals", "A3:F25"),
    "TB": ("community_theatre.xlsx", "Rehearsals", "H3:J8"),
    "PA": ("pumpkin_farm.xlsx", "Patches", "A4:M34"),
    "VS": ("pumpkin_farm.xlsx", "Visitors", "A3:F25"),
    "OR": ("pumpkin_farm.xlsx", "Orders", "B3:J29"),
    "CL": ("cooking_school.xlsx", "Classes", "B3:O39"),
    "ST": ("cooking_school.xlsx", "Students", "A4:I32"),
    "DS": ("cooking_school.xlsx", "Pantry", "A3:E15"),
    "CH": ("cooking_school.xlsx", "Pantry", "H3:L12"),
    "JB": ("sign_printing.xlsx", "Jobs", "A5:O45"),
    "QT": ("sign_printing.xlsx", "Quotes", "A1:G29"),
    "RL": ("sign_printing.xlsx", "Stock", "A3:E15"),
    "IK": ("sign_printing.xlsx", "Stock", "H3:K11"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    six = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    # ---------------- dry_cleaning
    TK, BR, MC = T("TK"), T("BR"), T("MC")
    hold = cell("dry_cleaning.xlsx", "Tickets", "Q1")
    big = cell("dry_cleaning.xlsx", "Tickets", "Q2")
    svc = cell("dry_cleaning.xlsx", "Branches", "L1")
    branches = {t(r["Branch"]) for r in BR.rows}
    C["am001"] = lambda: TK.whole(lambda r: t(r["Status"]) == "on hold")
    C["am002"] = lambda: TK.whole(lambda r: t(r["Status"]) == "ready")
    C["am003"] = lambda: MC.whole(lambda r: t(r["Branch"]) == "central depot")
    C["am004"] = lambda: TK.cells("Price ($)", lambda v, r: gt(val(v), 50))
    C["am005"] = lambda: TK.cells("Qty", lambda v, r: num(v) is not None and num(v) >= 10)
    C["am006"] = lambda: MC.cells("Cycles since svc", lambda v, r: gt(num(v), svc))
    C["am007"] = lambda: TK.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < val(r["Price ($)"]))
    C["am008"] = lambda: BR.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Target/mo"]))
    C["am009"] = lambda: TK.whole(lambda r: t(r["Express"]) == "y" and t(r["Status"]) != "collected")
    C["am010"] = lambda: TK.cells("Customer", lambda v, r: gt(val(r["Price ($)"]), big) and blank(r["Paid ($)"]))
    C["am011"] = lambda: TK.cells("Item", lambda v, r: "suit" in t(v))
    C["am012"] = lambda: TK.cells("Phone", lambda v, r: not blank(v) and not t(v).startswith("07"))
    C["am013"] = lambda: TK.whole(lambda r: t(r["Status"]) == "ready" and lt(days(r["Promised"]), -hold))
    C["am014"] = lambda: TK.cells("Promised", lambda v, r: between(days(v), 0, 4))
    C["am015"] = lambda: TK.cells("Ticket", dup(TK, "Ticket"))
    C["am016"] = lambda: TK.cells("Customer", dup(TK, "Customer", t))
    C["am017"] = lambda: MC.cells("Branch", lambda v, r: t(v) not in branches)
    C["am018"] = lambda: TK.cells("Phone", lambda v, r: blank(v))
    C["am019"] = lambda: BR.whole(lambda r: any(blank(r[m]) for m in months))
    C["am020"] = lambda: TK.cells("In", lambda v, r: wd(v, 5))
    C["am021"] = lambda: TK.whole(lambda r: (r.r - 5) % 2 == 0)
    C["am022"] = lambda: top_v(TK, "Price ($)", 5)
    C["am023"] = lambda: col_min(BR, months)
    C["am024"] = lambda: TK.cells("Price ($)", lambda v, r: between(val(v), 20, 40))
    C["am025"] = lambda: BR.cells(months, lambda v, r: lt(num(v), 3000) or gt(num(v), 6000))

    # ---------------- courier_rounds
    DR, DV, RD, FU = T("DR"), T("DV"), T("RD"), T("FU")
    max_wt = cell("courier_rounds.xlsx", "Drops", "R3")
    max_att = cell("courier_rounds.xlsx", "Drops", "R4")
    C["am026"] = lambda: DR.whole(lambda r: t(r["Status"]) == "failed")
    C["am027"] = lambda: DV.whole(lambda r: t(r["Van"]) == "cargo bike")
    C["am028"] = lambda: DR.cells("Wt (kg)", lambda v, r: gt(val(v), max_wt))
    C["am029"] = lambda: DR.cells("COD ($)", lambda v, r: gt(num(v), 100))
    C["am030"] = lambda: DR.cells("Delivered", lambda v, r: d(v) is not None and d(r["Due"]) is not None
                                  and d(v) > d(r["Due"]))
    C["am031"] = lambda: RD.cells("Fri", lambda v, r: num(v) is not None and num(v) > num(r["target"]))
    C["am032"] = lambda: FU.whole(lambda r: gt(num(r["Cost ($)"]) / num(r["Litres"]), 1.6))
    C["am033"] = lambda: DR.cells("Consignment", lambda v, r: t(r["Round"]) == "city" and num(r["Parcels"]) >= 4)
    C["am034"] = lambda: DR.whole(lambda r: num(r["Attempts"]) >= max_att and t(r["Status"]) != "delivered")
    C["am035"] = lambda: DR.whole(lambda r: gt(val(r["Wt (kg)"]), 20) or gt(num(r["Parcels"]), 5))
    C["am036"] = lambda: DR.cells("Postcode", lambda v, r: t(v).split()[0] == "ls6")
    C["am037"] = lambda: DR.cells("Signed by", lambda v, r: "neighbour" in t(v))
    C["am038"] = lambda: DR.cells("Due", lambda v, r: lt(days(v), 0) and blank(r["Delivered"]))
    C["am039"] = lambda: DV.cells("Licence exp.", lambda v, r: days(v) is not None and not gt(days(v), 30))
    C["am040"] = lambda: DR.cells("Consignment", dup(DR, "Consignment"))
    C["am041"] = lambda: FU.cells("Van reg", lambda v, r: FU.count("Van reg", t)[t(v)] == 1)
    C["am042"] = lambda: RD.whole(lambda r: any(blank(r[m]) for m in six))
    C["am043"] = lambda: DR.cells("Notes", lambda v, r: not blank(v))
    C["am044"] = lambda: DR.cells("Delivered", lambda v, r: blank(v))
    C["am045"] = lambda: DR.cells("Booked", lambda v, r: weekend(v))
    C["am046"] = lambda: DV.whole(lambda r: (r.r - 4) % 3 == 0)
    C["am047"] = lambda: top_v(DR, "Wt (kg)", 3)
    C["am048"] = lambda: row_ext(RD, six)
    C["am049"] = lambda: RD.cells(six, lambda v, r: between(num(v), 45, 65))
    C["am050"] = lambda: FU.cells("Litres", lambda v, r: lt(num(v), 30) or gt(num(v), 70))

    # ---------------- community_theatre
    PF, CC, RH, TB = T("PF"), T("CC"), T("RH"), T("TB")
    break_even = cell("community_theatre.xlsx", "Performances", "R5")
    min_aud = cell("community_theatre.xlsx", "Performances", "R6")
    C["am051"] = lambda: PF.whole(lambda r: t(r["Status"]) == "cancelled")
    C["am052"] = lambda: CC.whole(lambda r: t(r["Show"]) == "cinderella")
    C["am053"] = lambda: PF.cells("Takings ($)", lambda v, r: lt(val(v), break_even))
    C["am054"] = lambda: PF.cells("Comps", lambda v, r: gt(num(v), 10))
    C["am055"] = lambda: PF.whole(lambda r: val(r["Takings ($)"]) is not None
                                  and num(r["Costs ($)"]) > val(r["Takings ($)"]))
    C["am056"] = lambda: PF.cells("Sold", lambda v, r: num(v) + num(r["Comps"]) > num(r["Seats"]))
    C["am057"] = lambda: PF.whole(lambda r: t(r["Venue"]) == "main hall" and lt(num(r["Sold"]), min_aud)
                                  and t(r["Status"]) != "cancelled")
    C["am058"] = lambda: PF.cells("Perf #", lambda v, r: t(r["Status"]) == "on sale"
                                  and lt(num(r["Sold"]) / num(r["Seats"]), 0.2))
    C["am059"] = lambda: PF.cells("Notes", lambda v, r: "signed" in t(v))
    C["am060"] = lambda: CC.cells("Subs paid", lambda v, r: isinstance(v, str))
    C["am061"] = lambda: CC.cells("Email", lambda v, r: t(v).endswith("btinternet.com"))
    C["am062"] = lambda: PF.cells("Date", lambda v, r: between(days(v), 0, 14))
    C["am063"] = lambda: CC.cells("DBS expiry", lambda v, r: lt(days(v), 0))
    C["am064"] = lambda: RH.cells("Date", lambda v, r: this_month(v))
    C["am065"] = lambda: CC.cells("Name", dup(CC, "Name", t))
    C["am066"] = lambda: later(PF, "Perf #")
    C["am067"] = lambda: CC.cells("Email", lambda v, r: blank(v))
    C["am068"] = lambda: PF.whole(lambda r: blank(r["FOH lead"]))
    C["am069"] = lambda: PF.cells("Date", lambda v, r: wd(v, 6))
    C["am070"] = lambda: RH.whole(lambda r: weekend(r["Date"]))
    C["am071"] = lambda: CC.whole(lambda r: (r.r - 4) % 2 == 0)
    C["am072"] = lambda: top_v(PF, "Takings ($)", 3)
    C["am073"] = lambda: CC.cells("Attended", lambda v, r: lt(num(v), mean(CC.values("Attended"))))
    C["am074"] = lambda: PF.cells("Sold", lambda v, r: between(num(v), 100, 150))
    C["am075"] = lambda: TB.cells(["Price ($)", "Concession ($)"], lambda v, r: between(num(v), 5, 12))

    # ---------------- pumpkin_farm
    PA, VS, OR = T("PA"), T("VS"), T("OR")
    min_ph = cell("pumpkin_farm.xlsx", "Patches", "P4")
    per_acre = cell("pumpkin_farm.xlsx", "Patches", "P5")
    accounts = {t(cell("pumpkin_farm.xlsx", "Orders", f"L{i}")) for i in range(3, 7)}
    C["am076"] = lambda: PA.whole(lambda r: t(r["Status"]) == "ploughed in")
    C["am077"] = lambda: VS.whole(lambda r: t(r["Weather"]) == "rain")
    C["am078"] = lambda: OR.whole(lambda r: t(r["Customer"]) == "st peter's primary")
    C["am079"] = lambda: PA.cells("Culled", lambda v, r: gt(num(v), 500))
    C["am080"] = lambda: VS.cells("Takings ($)", lambda v, r: gt(num(v), 5000))
    C["am081"] = lambda: VS.cells("Kids", lambda v, r: num(v) > num(r["Adults"]))
    C["am082"] = lambda: PA.cells("Count", lambda v, r: val(v) is not None and lt(val(v) / num(r["Acres"]), per_acre))
    C["am083"] = lambda: PA.whole(lambda r: t(r["Variety"]) == "atlantic giant" and gt(num(r["Avg wt (lb)"]), 250))
    C["am084"] = lambda: PA.cells("Patch", lambda v, r: lt(num(r["Soil pH"]), min_ph) or t(r["Irrig."]) == "none")
    C["am085"] = lambda: PA.cells("Variety", lambda v, r: "squash" in t(v))
    C["am086"] = lambda: OR.cells("Order", lambda v, r: t(v).startswith("w-"))
    C["am087"] = lambda: OR.cells("Deliver by", lambda v, r: blank(r["Delivered"]) and between(days(v), 0, 7))
    C["am088"] = lambda: PA.cells("First pick", lambda v, r: gt(gap(v, r["Planted"]), 110))
    C["am089"] = lambda: PA.cells("Patch", dup(PA, "Patch"))
    C["am090"] = lambda: OR.cells("Customer", lambda v, r: t(v) in accounts)
    C["am091"] = lambda: PA.cells("Buyer", lambda v, r: blank(v))
    C["am092"] = lambda: VS.whole(lambda r: any(blank(x) for x in r.values()))
    C["am093"] = lambda: VS.cells("Date", lambda v, r: weekend(v))
    C["am094"] = lambda: OR.whole(lambda r: (r.r - 4) % 3 == 0)
    C["am095"] = lambda: top_pct(PA, "Culled", 0.10)
    C["am096"] = lambda: VS.cells("Adults", lambda v, r: gt(num(v), mean(VS.values("Adults"))))
    C["am097"] = lambda: top_v(OR, "Invoice ($)", 3, largest=False)
    C["am098"] = lambda: PA.cells("Soil pH", lambda v, r: lt(num(v), 6) or gt(num(v), 7.5))
    C["am099"] = lambda: VS.cells(["Adults", "Kids", "Cars"], lambda v, r: between(num(v), 200, 400))
    C["am100"] = lambda: PA.cells("Avg wt (lb)", lambda v, r: between(num(v), 10, 20))

    # ---------------- cooking_school
    CL, ST, DS, CH = T("CL"), T("ST"), T("DS"), T("CH")
    min_run = cell("cooking_school.xlsx", "Classes", "R3")
    cap = cell("cooking_school.xlsx", "Classes", "R4")
    C["am101"] = lambda: CL.whole(lambda r: t(r["Status"]) == "cancelled")
    C["am102"] = lambda: ST.whole(lambda r: t(r["Diet"]) == "vegan")
    C["am103"] = lambda: CL.cells("Price ($)", lambda v, r: gt(val(v), 120))
    C["am104"] = lambda: CL.cells("Waitlist", lambda v, r: num(v) is not None and num(v) >= 5)
    C["am105"] = lambda: CL.cells("Food cost ($)", lambda v, r: gt(num(v) / val(r["Price ($)"]), cap))
    C["am106"] = lambda: CL.cells("Booked", lambda v, r: lt(num(v), min_run))
    C["am107"] = lambda: DS.cells("On hand", lambda v, r: num(v) < num(r["Par"]))
    C["am108"] = lambda: CH.cells("On hand", lambda v, r: lt(num(v), num(r["Par"]) / 2))
    C["am109"] = lambda: CL.whole(lambda r: t(r["Level"]) == "beginner" and gt(val(r["Price ($)"]), 80))
    C["am110"] = lambda: CL.cells("Chef", lambda v, r: t(v) in ("aiko", "marco") and days(r["Date"]) >= 0)
    C["am111"] = lambda: CL.cells("Code", lambda v, r: days(r["Date"]) > 0 and lt(num(r["Booked"]), min_run))
    C["am112"] = lambda: CL.cells("Class", lambda v, r: "pasta" in t(v))
    C["am113"] = lambda: ST.cells("Email", lambda v, r: t(v).endswith("gmail.com"))
    C["am114"] = lambda: ST.cells("Voucher exp.", lambda v, r: between(days(v), 0, 30))
    C["am115"] = lambda: CL.cells("Date", lambda v, r: this_month(v))
    C["am116"] = lambda: ST.cells("Email", dup(ST, "Email", t))
    C["am117"] = lambda: CL.cells("Code", dup(CL, "Code"))
    C["am118"] = lambda: CL.whole(lambda r: blank(r["Chef"]))
    C["am119"] = lambda: ST.cells("Diet", lambda v, r: not blank(v))
    C["am120"] = lambda: CL.cells("Date", lambda v, r: weekend(v))
    C["am121"] = lambda: CL.whole(lambda r: wd(r["Date"], 1))
    C["am122"] = lambda: ST.cells("Credit ($)", lambda v, r: gt(num(v), mean(ST.values("Credit ($)"))))
    C["am123"] = lambda: col_max(ST, ["Classes taken"])
    C["am124"] = lambda: CL.cells("Price ($)", lambda v, r: between(val(v), 60, 100))
    C["am125"] = lambda: ST.cells("Classes taken", lambda v, r: lt(num(v), 5) or gt(num(v), 10))

    # ---------------- sign_printing
    JB, QT, RL, IK = T("JB"), T("QT"), T("RL"), T("IK")
    max_w = cell("sign_printing.xlsx", "Jobs", "R5")
    C["am126"] = lambda: JB.whole(lambda r: t(r["Status"]) == "on hold")
    C["am127"] = lambda: QT.whole(lambda r: t(r["Outcome"]) == "lost")
    C["am128"] = lambda: JB.cells("Qty", lambda v, r: num(v) is not None and num(v) >= 100)
    C["am129"] = lambda: JB.cells("Quote ($)", lambda v, r: gt(val(v), 500))
    C["am130"] = lambda: JB.whole(lambda r: num(r["Cost ($)"]) is not None and num(r["Cost ($)"]) > val(r["Quote ($)"]))
    C["am131"] = lambda: RL.cells("m left", lambda v, r: num(v) < num(r["Reorder at (m)"]))
    C["am132"] = lambda: JB.whole(lambda r: t(r["Product"]) == "banner" and gt(num(r["W (mm)"]), max_w))
    C["am133"] = lambda: JB.cells("Job #", lambda v, r: t(r["Material"]) in ("dibond", "acrylic")
                                  and gt(val(r["Quote ($)"]), 300))
    C["am134"] = lambda: JB.cells("Client", lambda v, r: t(v).endswith("ltd"))
    C["am135"] = lambda: JB.cells("Product", lambda v, r: "vehicle" in t(v))
    C["am136"] = lambda: QT.cells("Value ($)", lambda v, r: isinstance(v, str))
    C["am137"] = lambda: JB.cells("Due", lambda v, r: blank(r["Dispatched"]) and between(days(v), 0, 7))
    C["am138"] = lambda: JB.cells("Approved", lambda v, r: gt(gap(v, r["Proof sent"]), 7))
    C["am139"] = lambda: QT.whole(lambda r: blank(r["Outcome"]) and lt(days(r["Sent"]), -30))
    C["am140"] = lambda: QT.cells("Client", dup(QT, "Client", t))
    C["am141"] = lambda: later(JB, "Job #")
    C["am142"] = lambda: JB.cells("Proof sent", lambda v, r: blank(v))
    C["am143"] = lambda: JB.whole(lambda r: any(blank(r[h]) for h in ("W (mm)", "H (mm)", "Qty")))
    C["am144"] = lambda: JB.cells("Due", lambda v, r: weekend(v))
    C["am145"] = lambda: QT.whole(lambda r: (r.r - 2) % 2 == 0)
    C["am146"] = lambda: top_v(JB, "Quote ($)", 3)
    C["am147"] = lambda: top_pct(QT, "Value ($)", 0.20, largest=False)
    C["am148"] = lambda: col_min(IK, ["ml left"])
    C["am149"] = lambda: JB.cells(["W (mm)", "H (mm)"], lambda v, r: between(num(v), 800, 1600))
    C["am150"] = lambda: QT.cells("Value ($)", lambda v, r: lt(num(v), 200) or gt(num(v), 2000))
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
