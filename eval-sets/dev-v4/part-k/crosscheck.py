"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day and durations are compared in minutes.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).

Adapted from dev-v2 part E's crosscheck.py (helpers); the checks are this set's own.

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


def mins(v):
    """A time of day or a duration, in minutes."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.timedelta):
        return v.total_seconds() / 60
    return None


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


def ge(a, b):
    """Inclusive: the request says "or more" / "at least", so an edge value is fine."""
    return a is not None and b is not None and a >= b - 1e-9


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
    _edge(a, hi)
    return lo <= a <= hi


def weekend(v) -> bool:
    x = d(v)
    return x is not None and x.weekday() >= 5


def weekday(v, n: int) -> bool:
    """Monday = 0."""
    x = d(v)
    return x is not None and x.weekday() == n


def cell(book: str, sheet: str, ref: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


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


def top(tab: Table, heads, n: int, largest=True):
    """The n largest (or smallest) numbers of a column or block; a tie across the cut-off is a
    boundary."""
    if isinstance(heads, str):
        heads = [heads]
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {heads}")
    return tab.cells(heads, lambda v, r: num(v) is not None
                     and (num(v) >= cut if largest else num(v) <= cut))


def extreme(tab: Table, heads, largest=True):
    """Each column's highest (lowest) value, ties included."""
    out = set()
    for h in heads:
        vals = tab.values(h, val)
        best = max(vals) if largest else min(vals)
        out |= tab.cells(h, lambda v, r: val(v) is not None and val(v) == best)
    return out


def pairs(tab: Table, heads, pred):
    """Cells of heads[1:] where pred(previous column's value, this value) holds."""
    return {f"{get_column_letter(tab.cols[h])}{row.r}" for row in tab.rows
            for p, h in zip(heads, heads[1:]) if pred(row[p], row[h])}


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "BK": ("dog_grooming.xlsx", "Bookings", "B4:O48"),
    "GR": ("dog_grooming.xlsx", "Groomers", "A1:K19"),
    "WO": ("road_repairs.xlsx", "Work orders", "A4:L54"),
    "MS": ("road_repairs.xlsx", "Monthly spend", "A3:I19"),
    "SI": ("choir_rehearsals.xlsx", "Singers", "A3:J35"),
    "FO": ("choir_rehearsals.xlsx", "Singers", "L3:O19"),
    "RH": ("choir_rehearsals.xlsx", "Rehearsals", "A2:K33"),
    "RL": ("coffee_roastery.xlsx", "Roast log", "A5:M53"),
    "BS": ("coffee_roastery.xlsx", "Blend sales", "A1:J23"),
    "JB": ("print_shop.xlsx", "Jobs", "B4:N50"),
    "CL": ("print_shop.xlsx", "Jobs", "P4:Q12"),
    "PL": ("print_shop.xlsx", "Press log", "A1:I37"),
    "INK": ("print_shop.xlsx", "Ink (ml)", "A2:G20"),
    "BT": ("marina_berths.xlsx", "Berths", "A4:N44"),
    "OC": ("marina_berths.xlsx", "Occupancy", "A2:I17"),
    "WL": ("marina_berths.xlsx", "Waitlist", "A1:F23"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- dog_grooming
    BK, GR = T("BK"), T("GR")
    DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    std = num(cell("dog_grooming.xlsx", "Bookings", "R2"))
    C["k001"] = lambda: BK.cells("End", lambda v, r: mins(v) is not None and mins(r["Start"]) is not None
                                 and gt(mins(v) - mins(r["Start"]), 120))
    C["k002"] = lambda: BK.cells("Dep. $", lambda v, r: num(v) is not None and lt(num(v), 0.2 * val(r["Price $"])))
    C["k003"] = lambda: BK.cells("Price $", lambda v, r: gt(val(v), std))
    C["k004"] = lambda: pairs(GR, DAYS, lambda a, b: val(a) is not None and val(b) is not None and val(b) > val(a))
    C["k005"] = lambda: BK.whole(lambda r: mins(r["Start"]) is not None and mins(r["End"]) is not None
                                 and mins(r["End"]) < mins(r["Start"]))
    C["k006"] = lambda: BK.whole(lambda r: t(r["Size"]) in ("l", "xl") and t(r["Paid?"]) != "y")
    C["k007"] = lambda: BK.whole(lambda r: t(r["Groomer"]) == "jess" and t(r["Service"]) == "full groom")
    C["k008"] = lambda: BK.whole(lambda r: t(r["Service"]) == "nail trim" and gt(val(r["Price $"]), 25))
    C["k009"] = lambda: GR.whole(lambda r: t(r["Level"]) in ("senior", "lead") and lt(num(r["Comm %"]), 0.3))
    C["k010"] = lambda: BK.whole(lambda r: t(r["Paid?"]) == "n" and days(r["Date"]) is not None and days(r["Date"]) < 0)
    C["k011"] = lambda: GR.cells(DAYS, lambda v, r: ge(val(v), 9))
    C["k012"] = lambda: GR.whole(lambda r: gt(sum(val(r[x]) or 0 for x in DAYS), num(r["Wk tgt (hrs)"])))
    C["k013"] = lambda: extreme(GR, DAYS)
    C["k014"] = lambda: GR.whole(lambda r: all(blank(r[x]) for x in DAYS))
    C["k015"] = lambda: BK.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["k016"] = lambda: BK.cells("Start", lambda v, r: lt(mins(v), 8 * 60 + 30))
    C["k017"] = lambda: GR.cells("Licence exp.", lambda v, r: between(days(v), 0, 60))
    C["k018"] = lambda: BK.whole(lambda r: weekday(r["Date"], 5))
    C["k019"] = lambda: GR.whole(lambda r: (r.r - 2) % 2 == 0)
    C["k020"] = lambda: BK.cells(["Owner", "Groomer"], lambda v, r: blank(v))
    C["k021"] = lambda: BK.whole(lambda r: not blank(r["Date"]) and blank(r["Start"]))
    C["k022"] = lambda: BK.cells("Notes", lambda v, r: "muzzle" in t(v))
    C["k023"] = lambda: BK.cells("Dog", dup(BK, "Dog", t))
    C["k024"] = lambda: top(BK, "Price $", 5)
    C["k025"] = lambda: BK.cells("Price $", lambda v, r: lt(val(v), 30))

    # ---------------- road_repairs
    WO, MS = T("WO"), T("MS")
    MON = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    limit = num(cell("road_repairs.xlsx", "Work orders", "O2"))
    C["k026"] = lambda: WO.cells("Actual ($)", lambda v, r: num(v) is not None
                                 and gt(num(v), 1.15 * val(r["Est. Cost ($)"])))
    C["k027"] = lambda: WO.cells("Completed", lambda v, r: d(v) and d(r["Target fix"]) and d(v) > d(r["Target fix"]))
    C["k028"] = lambda: WO.whole(lambda r: gt(num(r["Actual ($)"]), limit))
    C["k029"] = lambda: pairs(MS, MON, lambda a, b: val(a) is not None and val(b) is not None and gt(val(b), 1.5 * val(a)))
    C["k030"] = lambda: WO.cells("Completed", lambda v, r: d(v) and d(r["Reported"])
                                 and gt((d(v) - d(r["Reported"])).days, 30))
    C["k031"] = lambda: WO.whole(lambda r: ge(val(r["Sev."]), 4) and blank(r["Completed"]))
    C["k032"] = lambda: WO.whole(lambda r: t(r["Defect"]) in ("drainage", "edge break") and blank(r["Crew"]))
    C["k033"] = lambda: WO.whole(lambda r: t(r["Defect"]) == "pothole" and t(r["Dist."]) in ("north", "east")
                                 and gt(val(r["Est. Cost ($)"]), 2000))
    C["k034"] = lambda: MS.whole(lambda r: t(r["District"]) != "north" and lt(num(r["YTD var"]), 0))
    C["k035"] = lambda: MS.cells(MON, lambda v, r: gt(num(v), 40000))
    C["k036"] = lambda: MS.whole(lambda r: gt(sum(num(r[m]) or 0 for m in MON), 100000))
    C["k037"] = lambda: MS.whole(lambda r: any(blank(r[m]) for m in MON))
    C["k038"] = lambda: top(MS, MON, 3)
    C["k039"] = lambda: extreme(MS, MON, largest=False)
    C["k040"] = lambda: WO.cells("Target fix", lambda v, r: between(days(v), 0, 14))
    C["k041"] = lambda: WO.cells("Reported", lambda v, r: between(days(v), -10, 0))
    C["k042"] = lambda: WO.whole(lambda r: blank(r["Completed"]) and days(r["Target fix"]) is not None
                                 and gt(-days(r["Target fix"]), 14))
    C["k043"] = lambda: WO.cells("Reported", lambda v, r: weekend(v))
    C["k044"] = lambda: WO.whole(lambda r: (r.r - 5) % 3 == 0)
    C["k045"] = lambda: WO.cells("Crew", lambda v, r: blank(v))
    C["k046"] = lambda: WO.whole(lambda r: not blank(r["Completed"]) and blank(r["Actual ($)"]))
    C["k047"] = lambda: WO.cells("Road", lambda v, r: "bridge" in t(v))
    C["k048"] = lambda: WO.cells("WO #", dup(WO, "WO #"))
    C["k049"] = lambda: top(WO, "Est. Cost ($)", 5, largest=False)
    C["k050"] = lambda: WO.cells("Area (m²)", lambda v, r: gt(num(v), 20))

    # ---------------- choir_rehearsals
    SI, FO, RH = T("SI"), T("FO"), T("RH")
    MO = ["Sep %", "Oct %", "Nov %"]
    quorum = num(cell("choir_rehearsals.xlsx", "Rehearsals", "N2"))
    C["k051"] = lambda: SI.cells("Paid $", lambda v, r: num(v) is not None and num(v) < num(r["Subs $"]))
    C["k052"] = lambda: SI.cells("Nov %", lambda v, r: num(v) is not None and num(r["Oct %"]) is not None
                                 and lt(num(v), num(r["Oct %"]) / 2))
    C["k053"] = lambda: RH.cells("Length", lambda v, r: round(mins(v)) != round(mins(r["End"]) - mins(r["Start"])))
    C["k054"] = lambda: RH.cells("Headcount", lambda v, r: lt(num(v), quorum))
    C["k055"] = lambda: RH.cells("Hall hire $", lambda v, r: bool(num(r["Headcount"]))
                                 and gt(num(v) / num(r["Headcount"]), 5))
    C["k056"] = lambda: SI.whole(lambda r: t(r["Voice"]) in ("soprano", "alto") and lt(num(r["Nov %"]), 0.6))
    C["k057"] = lambda: SI.whole(lambda r: d(r["Joined"]) is not None and d(r["Joined"]).year == 2026
                                 and (num(r["Paid $"]) or 0) < num(r["Subs $"]))
    C["k058"] = lambda: RH.whole(lambda r: t(r["Venue"]) == "st mary's" and lt(num(r["Headcount"]), 30))
    C["k059"] = lambda: RH.whole(lambda r: t(r["Venue"]) != "church hall" and gt(num(r["Hall hire $"]), 150))
    C["k060"] = lambda: SI.cells(MO, lambda v, r: lt(num(v), 0.5))
    C["k061"] = lambda: SI.whole(lambda r: all(ge(num(r[m]), 0.75) for m in MO))
    C["k062"] = lambda: SI.whole(lambda r: any(blank(r[m]) for m in MO))
    C["k063"] = lambda: extreme(SI, MO)
    C["k064"] = lambda: RH.cells("End", lambda v, r: ge(mins(v), 21 * 60 + 45))
    C["k065"] = lambda: RH.cells("Date", lambda v, r: between(days(v), 0, 21))
    C["k066"] = lambda: RH.whole(lambda r: weekend(r["Date"]))
    C["k067"] = lambda: SI.whole(lambda r: (r.r - 4) % 2 == 0)
    C["k068"] = lambda: SI.cells("Email", lambda v, r: blank(v))
    C["k069"] = lambda: FO.cells("Folder #", lambda v, r: blank(r["Returned"]))
    C["k070"] = lambda: RH.cells("Repertoire", lambda v, r: "messiah" in t(v))
    C["k071"] = lambda: SI.cells("Email", lambda v, r: not blank(v) and "@" not in v)
    C["k072"] = lambda: SI.cells("Singer", dup(SI, "Singer", t))
    C["k073"] = lambda: top(RH, "Headcount", 3)
    C["k074"] = lambda: top(SI, "Nov %", 5, largest=False)
    C["k075"] = lambda: RH.whole(lambda r: t(r["Status"]) == "cancelled")

    # ---------------- coffee_roastery
    RL, BS = T("RL"), T("BS")
    M6 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    C["k076"] = lambda: RL.cells("Roasted (kg)", lambda v, r: num(v) is not None
                                 and lt(num(v), 0.82 * val(r["Green (kg)"])))
    C["k077"] = lambda: RL.cells("Drop temp (°C)", lambda v, r: num(v) is not None and num(r["Tgt temp"]) is not None
                                 and gt(num(v) - num(r["Tgt temp"]), 5))
    C["k078"] = lambda: RL.cells("Loss %", lambda v, r: num(v) is not None
                                 and gt(abs(num(v) - (1 - num(r["Roasted (kg)"]) / val(r["Green (kg)"]))), 0.005))
    C["k079"] = lambda: BS.cells("Jun", lambda v, r: lt(num(v), 0.9 * num(r["Tgt/mo"])))
    C["k080"] = lambda: pairs(BS, M6, lambda a, b: num(a) is not None and num(b) is not None and num(b) < num(a))
    C["k081"] = lambda: RL.whole(lambda r: t(r["Origin"]) == "ethiopia" and t(r["Process"]) != "washed")
    C["k082"] = lambda: RL.whole(lambda r: t(r["Process"]) == "honey" or ge(num(r["Cupping"]), 87))
    C["k083"] = lambda: RL.whole(lambda r: ge(mins(r["Roast time"]), 14) and gt(num(r["Loss %"]), 0.17))
    C["k084"] = lambda: BS.whole(lambda r: t(r["Size"]) == "1kg" and num(r["Jun"]) is not None
                                 and num(r["Jun"]) < num(r["Tgt/mo"]) and lt(num(r["Chg vs LY"]), 0))
    C["k085"] = lambda: BS.cells(M6, lambda v, r: num(v) == 0)
    C["k086"] = lambda: top(BS, M6, 5)
    C["k087"] = lambda: BS.cells("Blend", lambda v, r: gt(sum(num(r[m]) or 0 for m in M6), 1000))
    C["k088"] = lambda: BS.whole(lambda r: all(num(r[m]) is not None and num(r[m]) > num(r["Tgt/mo"]) for m in M6))
    C["k089"] = lambda: RL.cells("Roast date", lambda v, r: between(days(v), -14, 0))
    C["k090"] = lambda: RL.cells("Roast time", lambda v, r: gt(mins(v), 13))
    C["k091"] = lambda: RL.cells("Roast date", lambda v, r: weekday(v, 0))
    C["k092"] = lambda: RL.whole(lambda r: (r.r - 6) % 3 == 0)
    C["k093"] = lambda: RL.whole(lambda r: blank(r["Cupping"]))
    C["k094"] = lambda: RL.cells(["Origin", "Process", "Roaster"], lambda v, r: blank(v))
    C["k095"] = lambda: RL.cells("Notes", lambda v, r: "scorch" in t(v))
    C["k096"] = lambda: RL.cells("Batch", dup(RL, "Batch"))
    C["k097"] = lambda: RL.cells("Origin", lambda v, r: not blank(v) and RL.count("Origin", t)[t(v)] == 1)
    C["k098"] = lambda: top(RL, "Cupping", 3)
    C["k099"] = lambda: top(RL, "Roasted (kg)", 5, largest=False)
    C["k100"] = lambda: RL.cells("Loss %", lambda v, r: gt(num(v), 0.2))

    # ---------------- print_shop
    JB, PL, INK = T("JB"), T("PL"), T("INK")
    limits = {t(r["Customer"]): num(r["Credit limit"]) for r in T("CL").rows}
    CMYK = ["C", "M", "Y", "K"]
    C["k101"] = lambda: JB.cells("Invoiced", lambda v, r: num(v) is not None and num(r["Quote"]) is not None
                                 and num(v) > num(r["Quote"]))
    C["k102"] = lambda: JB.cells("Done", lambda v, r: d(v) and d(r["Due"]) and d(v) > d(r["Due"]))
    C["k103"] = lambda: JB.cells("Invoiced", lambda v, r: num(v) is not None and t(r["Customer"]) in limits
                                 and num(v) > limits[t(r["Customer"])])
    C["k104"] = lambda: PL.cells("Waste", lambda v, r: num(v) is not None and gt(num(v), 0.05 * num(r["Sheets"])))
    C["k105"] = lambda: PL.cells("Run time", lambda v, r: round(mins(v)) != round(mins(r["Finish"]) - mins(r["Start"])))
    C["k106"] = lambda: JB.whole(lambda r: t(r["Rush?"]) == "y" and blank(r["Done"]))
    C["k107"] = lambda: JB.whole(lambda r: t(r["Product"]) == "business cards" and t(r["Stock"]) == "silk 350"
                                 and gt(val(r["Qty"]), 1000))
    C["k108"] = lambda: JB.whole(lambda r: t(r["Customer"]) in ("harbor dental", "oak & ivy") and ge(val(r["Qty"]), 500))
    C["k109"] = lambda: PL.whole(lambda r: t(r["Press"]) == "heidelberg" and t(r["Operator"]) == "kim"
                                 and gt(num(r["Waste"]), 100))
    C["k110"] = lambda: INK.cells(CMYK, lambda v, r: gt(num(v), 900))
    C["k111"] = lambda: extreme(INK, CMYK + ["Spot"])
    C["k112"] = lambda: INK.whole(lambda r: gt(sum(num(r[c]) or 0 for c in CMYK), 2800))
    C["k113"] = lambda: INK.whole(lambda r: any(blank(r[c]) for c in CMYK))
    C["k114"] = lambda: JB.cells("Due", lambda v, r: between(days(v), 0, 5))
    C["k115"] = lambda: PL.cells("Start", lambda v, r: ge(mins(v), 18 * 60))
    C["k116"] = lambda: PL.cells("Run time", lambda v, r: gt(mins(v), 150))
    C["k117"] = lambda: JB.cells("Ordered", lambda v, r: weekday(v, 4))
    C["k118"] = lambda: PL.whole(lambda r: (r.r - 2) % 2 == 1)
    C["k119"] = lambda: JB.whole(lambda r: not blank(r["Done"]) and blank(r["Invoiced"]))
    C["k120"] = lambda: JB.cells("Proof sent", lambda v, r: blank(v))
    C["k121"] = lambda: JB.cells("Product", lambda v, r: "card" in t(v))
    C["k122"] = lambda: JB.cells("Customer", lambda v, r: str(v).startswith("The "))
    C["k123"] = lambda: JB.cells("Job#", dup(JB, "Job#"))
    C["k124"] = lambda: top(JB, "Invoiced", 5)
    C["k125"] = lambda: JB.whole(lambda r: t(r["Status"]) == "on hold")

    # ---------------- marina_berths
    BT, OC, WL = T("BT"), T("OC"), T("WL")
    OM = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    late = num(cell("marina_berths.xlsx", "Berths", "Q2"))

    def avg(r):
        xs = [num(r[m]) for m in OM if num(r[m]) is not None]
        return sum(xs) / len(xs)

    C["k126"] = lambda: BT.cells("LOA (m)", lambda v, r: val(v) is not None and gt(val(v), num(r["Max LOA (m)"])))
    C["k127"] = lambda: BT.cells("Balance $", lambda v, r: num(v) is not None and gt(num(v), 2 * num(r["Fee/mo $"])))
    C["k128"] = lambda: BT.whole(lambda r: gt(num(r["Balance $"]), late))
    C["k129"] = lambda: pairs(OC, OM, lambda a, b: num(a) is not None and num(b) is not None and gt(num(a) - num(b), 0.1))
    C["k130"] = lambda: OC.cells("Nov", lambda v, r: lt(num(v), 0.9 * num(r["Tgt %"])))
    C["k131"] = lambda: BT.whole(lambda r: t(r["Type"]) == "sail" and t(r["Pontoon"]) in ("pontoon a", "pontoon b")
                                 and (num(r["Balance $"]) or 0) > 0)
    C["k132"] = lambda: BT.whole(lambda r: (t(r["Type"]) == "catamaran" or gt(val(r["LOA (m)"]), 15))
                                 and days(r["Insurance exp."]) is not None and days(r["Insurance exp."]) < 0)
    C["k133"] = lambda: BT.whole(lambda r: t(r["Status"]) == "arrears" and (num(r["Balance $"]) or 0) <= 0)
    C["k134"] = lambda: WL.whole(lambda r: t(r["Pref. pontoon"]) in ("c", "d") and gt(val(r["Boat LOA (m)"]), 12)
                                 and d(r["Added"]) is not None and d(r["Added"]) < dt.date(2026, 1, 1))
    C["k135"] = lambda: OC.cells(OM, lambda v, r: lt(num(v), 0.5))
    C["k136"] = lambda: top(OC, OM, 3)
    C["k137"] = lambda: OC.whole(lambda r: gt(avg(r), 0.8))
    C["k138"] = lambda: OC.whole(lambda r: any(blank(r[m]) for m in OM))
    C["k139"] = lambda: BT.cells("Contract end", lambda v, r: between(days(v), 0, 60))
    C["k140"] = lambda: BT.cells("Insurance exp.", lambda v, r: lt(days(v), -30))
    C["k141"] = lambda: WL.cells("Added", lambda v, r: weekend(v))
    C["k142"] = lambda: BT.whole(lambda r: (r.r - 5) % 4 == 0)
    C["k143"] = lambda: BT.whole(lambda r: blank(r["Boat"]))
    C["k144"] = lambda: BT.cells("Insurance exp.", lambda v, r: not blank(r["Boat"]) and blank(v))
    C["k145"] = lambda: BT.cells("Boat", lambda v, r: "sea" in t(v))
    C["k146"] = lambda: WL.whole(lambda r: dup(WL, "Email", t)(r["Email"], r))
    C["k147"] = lambda: BT.cells("Berth", dup(BT, "Berth"))
    C["k148"] = lambda: top(BT, "Balance $", 5)
    C["k149"] = lambda: BT.cells("Beam (m)", lambda v, r: gt(num(v), 4.5))
    C["k150"] = lambda: BT.whole(lambda r: t(r["Status"]) == "reserved")
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
