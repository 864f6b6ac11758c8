"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v17 part AK's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive), and
the top-N helpers (`top_v`, `top_conv`, `block_top`) raise it on a tie at the cut-off. Where a
request says "or more" / "at or below" / "inclusive" the check uses a plain inclusive comparison.

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


def tsecs(v):
    """Seconds of a real Excel time (a race time); text that looks like a time is not a time."""
    if isinstance(v, dt.time):
        return v.hour * 3600 + v.minute * 60 + v.second
    return None


def top_conv(tab: Table, h: str, n: int, conv, largest=True):
    """top_v with another converter (race times); a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def second_on(tab: Table, h: str, key=t):
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


def any_blank(row, heads) -> bool:
    return any(blank(row[h]) for h in heads)


def in_month(v, y, m) -> bool:
    x = d(v)
    return x is not None and (x.year, x.month) == (y, m)


def wd(v):
    """Monday = 0 ... Sunday = 6 for a real date, else None."""
    x = d(v)
    return None if x is None else x.weekday()


TABLES = {
    "BK": ("lighthouse_cottages.xlsx", "Bookings", "B5:Q43"),
    "MT": ("lighthouse_cottages.xlsx", "Cottages", "A11:G35"),
    "OC": ("lighthouse_cottages.xlsx", "Occupancy", "A4:L9"),
    "IN": ("lighthouse_cottages.xlsx", "Occupancy", "A12:L17"),
    "JB": ("chimney_sweep.xlsx", "Jobs", "A4:P44"),
    "CU": ("chimney_sweep.xlsx", "Customers", "A1:J31"),
    "ST": ("chimney_sweep.xlsx", "Stock & van", "A3:E12"),
    "VN": ("chimney_sweep.xlsx", "Stock & van", "G3:J15"),
    "SM": ("chimney_sweep.xlsx", "Summary", "A3:H14"),
    "DY": ("juice_bar.xlsx", "Daily", "A4:N36"),
    "MN": ("juice_bar.xlsx", "Menu", "B5:L35"),
    "PD": ("juice_bar.xlsx", "Stock", "A2:H20"),
    "SU": ("juice_bar.xlsx", "Stock", "A24:F30"),
    "MB": ("marathon_club.xlsx", "Members", "B3:Q39"),
    "TR": ("marathon_club.xlsx", "Training", "A2:G18"),
    "LR": ("marathon_club.xlsx", "Training", "A22:E33"),
    "RC": ("marathon_club.xlsx", "Races", "A1:I25"),
    "BG": ("oyster_farm.xlsx", "Bags", "A5:N45"),
    "WT": ("oyster_farm.xlsx", "Water", "B3:I33"),
    "OD": ("oyster_farm.xlsx", "Orders", "A1:K31"),
    "HV": ("oyster_farm.xlsx", "Harvest", "A3:E16"),
    "BM": ("bridge_club.xlsx", "Members", "A5:N45"),
    "MON": ("bridge_club.xlsx", "Results", "A3:H15"),
    "THU": ("bridge_club.xlsx", "Results", "J3:Q13"),
    "SE": ("bridge_club.xlsx", "Sessions", "A1:I26"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]

    # ---------------- lighthouse_cottages
    BK, MT, OC, IN = T("BK"), T("MT"), T("OC"), T("IN")
    dog_limit = cell("lighthouse_cottages.xlsx", "Bookings", "T5")
    dog_ok = {"keeper's cottage", "foghorn house"}
    C["an001"] = lambda: BK.whole(lambda r: t(r["Status"]) == "cancelled")
    C["an002"] = lambda: BK.cells("Total (£)", lambda v, r: gt(val(v), 1200))
    C["an003"] = lambda: BK.cells("Ref", dup(BK, "Ref"))
    C["an004"] = lambda: BK.cells("Arrive", lambda v, r: between(days(v), 0, 14))
    C["an005"] = lambda: BK.cells("Bal. paid", lambda v, r: d(v) is not None and d(r["Bal. due"]) is not None
                                  and d(v) > d(r["Bal. due"]))
    C["an006"] = lambda: BK.cells("Arrive", lambda v, r: weekend(v))
    C["an007"] = lambda: BK.whole(lambda r: num(r["Dogs"]) is not None and num(r["Dogs"]) > 0
                                  and t(r["Cottage"]) not in dog_ok)
    C["an008"] = lambda: BK.cells("Dogs", lambda v, r: blank(v))
    C["an009"] = lambda: BK.cells("Notes", lambda v, r: "late" in t(v))
    C["an010"] = lambda: top_v(BK, "Total (£)", 3)
    C["an011"] = lambda: OC.cells(months, lambda v, r: lt(num(v), 0.3) or gt(num(v), 0.95))
    C["an012"] = lambda: BK.whole(lambda r: t(r["Status"]) == "provisional")
    # a limit is the most allowed: 2 dogs with a limit of 2 is within it (on purpose, several exist)
    C["an013"] = lambda: BK.cells("Dogs", lambda v, r: num(v) is not None and num(v) > dog_limit)
    C["an014"] = lambda: BK.whole(lambda r: lt(days(r["Bal. due"]), 0) and blank(r["Bal. paid"])
                                  and t(r["Status"]) != "cancelled")
    C["an015"] = lambda: BK.cells("Guest name", dup(BK, "Guest name", t))
    C["an016"] = lambda: BK.cells("Depart", lambda v, r: d(v) != d(r["Arrive"]) + dt.timedelta(days=num(r["Nights"])))
    C["an017"] = lambda: MT.whole(lambda r: t(r["Done"]) == "no")
    C["an018"] = lambda: MT.cells("Cost (£)", lambda v, r: gt(num(v), 500))
    C["an019"] = lambda: MT.whole(lambda r: in_month(r["Date"], 2026, 12))
    C["an020"] = lambda: MT.whole(lambda r: any_blank(r, list(MT.cols)))
    C["an021"] = lambda: BK.cells("Guest name", lambda v, r: t(r["channel"]) == "airbnb" and num(r["Nights"]) >= 7)
    C["an022"] = lambda: BK.cells("Ref", lambda v, r: t(v).startswith("hm"))
    C["an023"] = lambda: BK.whole(lambda r: (r.r - 6) % 2 == 0)
    C["an024"] = lambda: row_ext(OC, months)
    C["an025"] = lambda: IN.cells(months, lambda v, r: between(num(v), 3000, 5000))

    # ---------------- chimney_sweep
    JB, CU, ST, VN, SM = T("JB"), T("CU"), T("ST"), T("VN"), T("SM")
    min_charge = cell("chimney_sweep.xlsx", "Jobs", "S4")
    heavy = cell("chimney_sweep.xlsx", "Jobs", "S5")
    kinds = ["Wood burner", "Multi-fuel", "Open fire", "Inglenook", "Aga", "Oil boiler", "Gas fire"]
    C["an026"] = lambda: JB.whole(lambda r: t(r["Status"]) == "no access")
    C["an027"] = lambda: JB.cells("Paid (£)", lambda v, r: num(v) is not None and num(v) < val(r["Price (£)"]))
    C["an028"] = lambda: JB.whole(lambda r: t(r["Appliance"]) in ("wood burner", "multi-fuel")
                                  and num(r["Soot (bkts)"]) is not None and num(r["Soot (bkts)"]) >= heavy)
    C["an029"] = lambda: JB.cells("Postcode", lambda v, r: t(v).startswith("wr13"))
    C["an030"] = lambda: JB.cells("Next due", lambda v, r: between(days(v), 0, 30))
    C["an031"] = lambda: JB.cells("Price (£)", lambda v, r: lt(val(v), min_charge))
    C["an032"] = lambda: second_on(JB, "Customer")
    C["an033"] = lambda: JB.cells("Notes", lambda v, r: not blank(v))
    C["an034"] = lambda: JB.cells("Appt", lambda v, r: wd(v) == 5)
    C["an035"] = lambda: top_v(JB, "Price (£)", 5)
    C["an036"] = lambda: JB.cells("Price (£)", lambda v, r: val(v) is not None and (lt(val(v), 60) or gt(val(v), 150)))
    C["an037"] = lambda: JB.whole(lambda r: t(r["Status"]) == "quote")
    C["an038"] = lambda: JB.cells("Soot (bkts)", lambda v, r: num(v) is not None and gt(num(v) / num(r["Flues"]), 2))
    C["an039"] = lambda: JB.cells("Customer", lambda v, r: t(r["Status"]) == "done" and blank(r["Paid (£)"]))
    C["an040"] = lambda: JB.cells("Notes", lambda v, r: "nest" in t(v))
    C["an041"] = lambda: ST.cells("On hand", lambda v, r: num(v) <= num(r["Reorder at"]))
    C["an042"] = lambda: VN.cells("Fuel (£)", lambda v, r: gt(num(v), 90))
    C["an043"] = lambda: VN.whole(lambda r: (r.r - 4) % 3 == 0)
    C["an044"] = lambda: VN.cells("Miles", lambda v, r: lt(num(v), mean(VN.values("Miles"))))
    C["an045"] = lambda: CU.cells("Cust ID", dup(CU, "Cust ID"))
    C["an046"] = lambda: CU.whole(lambda r: t(r["Type"]) == "landlord" and blank(r["Email"]))
    C["an047"] = lambda: CU.cells("Phone", lambda v, r: num(v) is not None)
    C["an048"] = lambda: CU.cells("Last sweep", lambda v, r: d(v) is not None
                                  and lt(d(v).toordinal(), edate(BUILT, -12).toordinal()))
    C["an049"] = lambda: CU.whole(lambda r: any_blank(r, list(CU.cols)))
    C["an050"] = lambda: SM.cells(kinds, lambda v, r: 7 <= num(v) <= 10)

    # ---------------- juice_bar
    DY, MN, PD, SU = T("DY"), T("MN"), T("PD"), T("SU")
    waste_target = cell("juice_bar.xlsx", "Daily", "Q4")
    margin = cell("juice_bar.xlsx", "Menu", "O5")
    approved = {t(r["Supplier"]) for r in SU.rows}
    lines = ["Juices", "Smoothies", "Shots", "Bowls"]
    C["an051"] = lambda: MN.whole(lambda r: t(r["Status"]) == "retired")
    C["an052"] = lambda: DY.cells("Takings (£)", lambda v, r: gt(val(v), 1200))
    C["an053"] = lambda: MN.cells("Code", dup(MN, "Code"))
    C["an054"] = lambda: MN.cells("Item", lambda v, r: "nut" in t(r["Allergens"]))
    C["an055"] = lambda: PD.cells("Use by", lambda v, r: between(days(v), 0, 3))
    C["an056"] = lambda: MN.cells("Item", lambda v, r: lt((num(r["Price (£)"]) - num(r["Cost (£)"])) / num(r["Price (£)"]),
                                                          margin))
    C["an057"] = lambda: DY.cells("Date", lambda v, r: weekend(v))
    C["an058"] = lambda: DY.whole(lambda r: t(r["Weather"]) == "sunny" and lt(val(r["Takings (£)"]), 800))
    C["an059"] = lambda: DY.whole(lambda r: blank(r["Takings (£)"]))
    C["an060"] = lambda: top_v(DY, "Takings (£)", 3)
    C["an061"] = lambda: DY.cells("Card %", lambda v, r: lt(num(v), 0.6) or gt(num(v), 0.9))
    C["an062"] = lambda: MN.whole(lambda r: t(r["Status"]) == "trial")
    C["an063"] = lambda: DY.cells("Waste (£)", lambda v, r: gt(num(v), waste_target))
    C["an064"] = lambda: PD.cells("Supplier", lambda v, r: not blank(v) and t(v) not in approved)
    C["an065"] = lambda: MN.cells("Code", lambda v, r: t(v).startswith("sh"))
    C["an066"] = lambda: PD.cells("On hand", lambda v, r: num(v) < num(r["Par"]))
    C["an067"] = lambda: DY.whole(lambda r: t(r["Weather"]) == "rain")
    C["an068"] = lambda: SU.cells("Last order", lambda v, r: lt(days(v), -30))
    C["an069"] = lambda: MN.whole(lambda r: t(r["Vegan"]) == "n" and t(r["Category"]) in ("smoothie", "bowl"))
    C["an070"] = lambda: DY.cells("Date", lambda v, r: wd(v) == 4)
    C["an071"] = lambda: second_on(MN, "Item")
    C["an072"] = lambda: top_v(DY, "Waste (£)", 5, largest=False)
    C["an073"] = lambda: MN.cells("Allergens", lambda v, r: blank(v))
    C["an074"] = lambda: MN.cells("Price (£)", lambda v, r: gt(num(v), mean(MN.values("Price (£)"))))
    C["an075"] = lambda: DY.cells(lines, lambda v, r: between(val(v), 40, 60))

    # ---------------- marathon_club
    MB, TR, LR, RC = T("MB"), T("TR"), T("LR"), T("RC")
    standard = tsecs(cell("marathon_club.xlsx", "Members", "T3"))
    fee = cell("marathon_club.xlsx", "Members", "T4")
    wk = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    sundays = ["8 Nov", "15 Nov", "22 Nov", "29 Nov"]
    pbs = ["5k PB", "10k PB", "Half PB", "Mara PB"]
    mileage_names = {t(r["Runner"]) for r in TR.rows}
    C["an076"] = lambda: MB.whole(lambda r: t(r["Status"]) == "lapsed")
    C["an077"] = lambda: MB.cells("Mara PB", lambda v, r: lt(tsecs(v), standard))
    C["an078"] = lambda: TR.cells("Wk 48", lambda v, r: num(v) < num(r["Target"]))
    C["an079"] = lambda: MB.whole(lambda r: t(r["Status"]) == "active" and num(r["Paid (£)"]) < fee)
    C["an080"] = lambda: MB.cells("Email", lambda v, r: t(v).endswith("hotmail.co.uk"))
    C["an081"] = lambda: MB.cells("Renewal", lambda v, r: between(days(v), 0, 30))
    C["an082"] = lambda: MB.cells("No.", dup(MB, "No."))
    C["an083"] = lambda: MB.cells("Email", lambda v, r: blank(v))
    C["an084"] = lambda: RC.cells("Date", lambda v, r: wd(v) is not None and wd(v) < 5)
    C["an085"] = lambda: top_conv(MB, "Mara PB", 5, tsecs, largest=False)
    C["an086"] = lambda: TR.cells(wk, lambda v, r: between(num(v), 40, 60))
    C["an087"] = lambda: RC.whole(lambda r: t(r["Status"]) == "full")
    C["an088"] = lambda: MB.cells("Name", lambda v, r: lt(val(r["Runs '26"]), 10))
    C["an089"] = lambda: MB.cells("Half PB", lambda v, r: tsecs(v) is not None and tsecs(r["10k PB"]) is not None
                                  and gt(tsecs(v), 2.2 * tsecs(r["10k PB"])))
    C["an090"] = lambda: RC.whole(lambda r: t(r["Terrain"]) == "trail" and num(r["Dist (km)"]) > 21.1)
    C["an091"] = lambda: MB.cells(pbs, lambda v, r: isinstance(v, str))
    C["an092"] = lambda: RC.cells("Entries close", lambda v, r: between(days(v), 0, 14))
    C["an093"] = lambda: RC.cells("Date", lambda v, r: wd(v) == 5)
    C["an094"] = lambda: LR.cells("Runner", lambda v, r: t(v) not in mileage_names)
    C["an095"] = lambda: TR.whole(lambda r: any_blank(r, wk))
    C["an096"] = lambda: MB.whole(lambda r: (r.r - 4) % 3 == 0)
    C["an097"] = lambda: RC.cells("Entry (£)", lambda v, r: gt(num(v), 40))
    C["an098"] = lambda: MB.cells("Joined", lambda v, r: d(v) is not None and d(v).year == 2026)
    C["an099"] = lambda: col_max(TR, wk)
    C["an100"] = lambda: LR.cells(sundays, lambda v, r: lt(num(v), 10) or gt(num(v), 30))

    # ---------------- oyster_farm
    BG, WT, OD, HV = T("BG"), T("WT"), T("OD"), T("HV")
    alert = cell("oyster_farm.xlsx", "Bags", "Q5")
    market = cell("oyster_farm.xlsx", "Bags", "Q6")
    turn = cell("oyster_farm.xlsx", "Bags", "Q7")
    limit = cell("oyster_farm.xlsx", "Water", "L3")
    zones = ["North bank", "South bank", "Channel", "Pontoon"]
    C["an101"] = lambda: BG.whole(lambda r: t(r["Status"]) == "lost")
    C["an102"] = lambda: BG.cells("Mort. %", lambda v, r: gt(num(v), alert))
    C["an103"] = lambda: BG.cells("Avg wt (g)", lambda v, r: num(v) is not None and num(v) >= num(r["Target wt (g)"]))
    C["an104"] = lambda: BG.whole(lambda r: t(r["Status"]) == "growing" and num(r["Avg wt (g)"]) is not None
                                  and num(r["Avg wt (g)"]) >= market)
    C["an105"] = lambda: BG.cells("Notes", lambda v, r: "storm" in t(v))
    C["an106"] = lambda: BG.cells("Last turned", lambda v, r: lt(days(v), -turn))
    C["an107"] = lambda: BG.cells("Line", dup(BG, "Line"))
    C["an108"] = lambda: BG.cells("Avg wt (g)", lambda v, r: blank(v))
    C["an109"] = lambda: top_v(BG, "Avg wt (g)", max(1, len(BG.values("Avg wt (g)")) // 10))
    C["an110"] = lambda: WT.cells("Temp (°C)", lambda v, r: gt(num(v), 18))
    C["an111"] = lambda: WT.whole(lambda r: gt(num(r["E. coli"]), limit) or t(r["Noro"]) == "detected")
    C["an112"] = lambda: WT.cells("E. coli", lambda v, r: isinstance(v, str))
    C["an113"] = lambda: WT.whole(lambda r: any_blank(r, list(WT.cols)))
    C["an114"] = lambda: WT.cells("Date", lambda v, r: weekend(v))
    C["an115"] = lambda: top_v(WT, "Salinity (ppt)", 3, largest=False)
    C["an116"] = lambda: WT.cells("Salinity (ppt)", lambda v, r: lt(num(v), 28) or gt(num(v), 34))
    C["an117"] = lambda: OD.whole(lambda r: t(r["Paid"]) == "part")
    C["an118"] = lambda: OD.cells("Delivered", lambda v, r: d(v) is not None and d(v) > d(r["Deliver by"]))
    C["an119"] = lambda: OD.cells("Total (£)", lambda v, r: num(v) != num(r["Dozen"]) * num(r["£/doz"]))
    C["an120"] = lambda: OD.whole(lambda r: t(r["Region"]) == "export" and t(r["Paid"]) == "no")
    C["an121"] = lambda: OD.cells("Deliver by", lambda v, r: between(days(v), 0, 7) and blank(r["Delivered"]))
    C["an122"] = lambda: OD.cells("Customer", lambda v, r: OD.count("Customer", t)[t(v)] == 1)
    C["an123"] = lambda: OD.cells("Order", lambda v, r: not blank(r["Delivered"]))
    C["an124"] = lambda: OD.whole(lambda r: (r.r - 2) % 2 == 0)
    C["an125"] = lambda: HV.cells(zones, lambda v, r: between(num(v), 100, 200))

    # ---------------- bridge_club
    BM, MON, THU, SE = T("BM"), T("MON"), T("THU"), T("SE")
    lapse = cell("bridge_club.xlsx", "Members", "Q6")
    thursday_pairs = {t(r["Names"]) for r in THU.rows}
    C["an126"] = lambda: BM.whole(lambda r: t(r["Grade"]) == "novice")
    C["an127"] = lambda: BM.cells("Master pts", lambda v, r: gt(val(v), 900))
    C["an128"] = lambda: MON.cells("Wk 6", lambda v, r: num(v) is not None and num(r["Wk 5"]) is not None
                                   and num(v) > num(r["Wk 5"]))
    C["an129"] = lambda: BM.whole(lambda r: t(r["Grade"]) in ("county", "master") and blank(r["Partner"]))
    C["an130"] = lambda: BM.cells("Surname", lambda v, r: t(v).startswith("mac"))
    C["an131"] = lambda: BM.cells("Last played", lambda v, r: lt(days(v), -lapse))
    C["an132"] = lambda: BM.cells("ID", dup(BM, "ID"))
    C["an133"] = lambda: BM.whole(lambda r: blank(r["Sub paid"]))
    C["an134"] = lambda: SE.whole(lambda r: weekend(r["Date"]))
    C["an135"] = lambda: col_min(MON, weeks)
    C["an136"] = lambda: MON.cells(weeks, lambda v, r: between(num(v), 0.45, 0.55))
    C["an137"] = lambda: SE.whole(lambda r: t(r["Session"]) == "teaching")
    C["an138"] = lambda: SE.cells("Tables", lambda v, r: lt(num(v), 6))
    C["an139"] = lambda: SE.whole(lambda r: num(r["Table money (£)"]) is not None
                                  and num(r["Table money (£)"]) < num(r["Hall hire (£)"]))
    C["an140"] = lambda: SE.cells("Date", lambda v, r: t(r["Session"]) == "pairs" and num(r["Visitors"]) is not None
                                  and num(r["Visitors"]) >= 3)
    C["an141"] = lambda: BM.cells("Email", lambda v, r: "yahoo" in t(v))
    C["an142"] = lambda: BM.cells("Joined", lambda v, r: d(v) is not None
                                  and gt(d(v).toordinal(), edate(BUILT, -6).toordinal()))
    C["an143"] = lambda: MON.cells("Names", lambda v, r: t(v) in thursday_pairs)
    C["an144"] = lambda: MON.cells(weeks, lambda v, r: blank(v))
    C["an145"] = lambda: SE.cells("Date", lambda v, r: wd(v) == 3)
    C["an146"] = lambda: block_top(THU, weeks, 5)
    C["an147"] = lambda: BM.cells("Master pts", lambda v, r: gt(val(v), mean(BM.values("Master pts", val))))
    C["an148"] = lambda: THU.cells(weeks, lambda v, r: lt(num(v), 0.4) or gt(num(v), 0.65))
    C["an149"] = lambda: BM.cells("Email", lambda v, r: not blank(v) and "@" not in str(v))
    C["an150"] = lambda: MON.whole(lambda r: between(num(r["Wk 6"]), 0.5, 0.6))
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
    n = len(data["requests"])
    print(f"{n} requests, {bad} problems" + (f": all {n} agree" if not bad else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
