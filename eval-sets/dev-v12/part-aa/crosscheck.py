"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case as
Excel's "=" and SEARCH do (no request hinges on a trailing space).

The helpers `gt/lt/le/between` (and `age`) also raise `Boundary` when a value sits exactly on a threshold that
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
    "RG": ("apprenticeships.xlsx", "Register", "A5:O45"),
    "RV": ("apprenticeships.xlsx", "Reviews", "A3:F27"),
    "LF": ("apprenticeships.xlsx", "Reviews", "I3:J7"),
    "AP": ("building_permits.xlsx", "Applications", "B4:N48"),
    "MO": ("building_permits.xlsx", "Monthly", "A2:G12"),
    "AL": ("building_permits.xlsx", "Monthly", "A16:E26"),
    "EV": ("catering_events.xlsx", "Events", "A5:O45"),
    "KT": ("catering_events.xlsx", "Kitchen", "A2:G14"),
    "ST": ("catering_events.xlsx", "Kitchen", "I2:N14"),
    "FL": ("drone_surveys.xlsx", "Flights", "B4:O48"),
    "FT": ("drone_surveys.xlsx", "Fleet", "A1:H9"),
    "PI": ("drone_surveys.xlsx", "Fleet", "A14:G21"),
    "SI": ("drone_surveys.xlsx", "Sites", "A3:F13"),
    "SE": ("election_canvassing.xlsx", "Sessions", "A4:M48"),
    "WD": ("election_canvassing.xlsx", "Wards", "A2:H11"),
    "PS": ("election_canvassing.xlsx", "Wards", "A15:E25"),
    "VO": ("election_canvassing.xlsx", "Volunteers", "A1:H24"),
    "OD": ("heating_oil.xlsx", "Orders", "A5:N47"),
    "TK": ("heating_oil.xlsx", "Tanks", "A2:G16"),
    "DR": ("heating_oil.xlsx", "Tanks", "I2:M8"),
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


# ------------------------------------------------------------------ helpers of this set
def le(a, b):
    """a <= b for an inclusive bound the request leaves vague; a value on it is a boundary."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def age(born: dt.date) -> int:
    """Whole years on BUILT; a birthday on BUILT itself is a boundary."""
    if (born.month, born.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on BUILT ({born})")
    return BUILT.year - born.year - ((BUILT.month, BUILT.day) < (born.month, born.day))


def row_ext(tab, heads, fn, positive=False):
    """Cells equal to the row's max (fn=max) or min (fn=min) over `heads` (numbers only)."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = fn(xs)
        if positive and m <= 0:
            continue
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def col_min(tab, heads):
    out = set()
    for h in heads:
        m = min(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


# ------------------------------------------------------------------ the checks
def under_every_month(r, months) -> bool:
    """Every month below the ward's target; a ward whose reported months are all below target
    but that has an unreported month would be vague, so it is a boundary (none exists)."""
    below = [num(r[m]) is not None and num(r[m]) < num(r["Target/mo"]) for m in months]
    if not all(below) and all(b or blank(r[m]) for b, m in zip(below, months)):
        raise Boundary(f"row {r.r}: unreported month in an otherwise qualifying ward")
    return all(below)


def checks() -> dict:
    C = {}
    # ---------------- apprenticeships
    RG, RV = T("RG"), T("RV")
    revs = ["Rev 1 (Feb)", "Rev 2 (May)", "Rev 3 (Aug)", "Rev 4 (Nov)"]
    left = {t(r["Left programme"]) for r in T("LF").rows if not blank(r["Left programme"])}
    min_wage = cell("apprenticeships.xlsx", "Register", "R2")
    att_tgt = cell("apprenticeships.xlsx", "Register", "R3")
    C["aa001"] = lambda: RG.cells("OTJ hrs", lambda v, r: val(v) is not None and val(v) > num(r["OTJ target"]))
    # paying exactly the minimum is not "less than" it (several wages equal R2 on purpose)
    C["aa002"] = lambda: RG.cells("Wage £/hr", lambda v, r: val(v) is not None and val(v) < min_wage)
    C["aa003"] = lambda: RG.cells("Attend. %", lambda v, r: lt(num(v), att_tgt))
    C["aa004"] = lambda: drops(RV, revs, val)
    C["aa005"] = lambda: RV.cells("Apprentice", lambda v, r: num(r["Rev 4 (Nov)"]) is not None
                                  and num(r["Rev 4 (Nov)"]) < num(r["Pass mark"]))
    C["aa006"] = lambda: RG.whole(lambda r: t(r["Trade"]) in ("electrician", "plumber") and lt(num(r["Attend. %"]), 0.9))
    C["aa007"] = lambda: RG.whole(lambda r: num(r["Level"]) == 4 and blank(r["EPA date"]))
    C["aa008"] = lambda: RG.whole(lambda r: t(r["Trade"]) == "chef" and lt(val(r["OTJ hrs"]), num(r["OTJ target"]) / 2))
    C["aa009"] = lambda: RG.cells("Wage £/hr", lambda v, r: num(r["Level"]) in (3, 4) and lt(val(v), 9))
    C["aa010"] = lambda: RV.whole(lambda r: any([lt(num(r["Rev 3 (Aug)"]), 50), lt(num(r["Rev 4 (Nov)"]), 50)]))
    C["aa011"] = lambda: RG.cells("Apprentice", lambda v, r: lt(days(r["End date"]), 0) and blank(r["EPA date"]))
    C["aa012"] = lambda: RG.cells("D.O.B.", lambda v, r: d(v) is not None and age(d(v)) < 18)
    C["aa013"] = lambda: RG.cells("EPA date", lambda v, r: d(v) is not None and d(r["End date"]) is not None
                                  and gt((d(v) - edate(d(r["End date"]), 3)).days, 0))
    C["aa014"] = lambda: RG.cells("Start date", lambda v, r: between(days(v), -90, 0))
    C["aa015"] = lambda: RG.cells("EPA date", lambda v, r: between(days(v), 0, 42))
    C["aa016"] = lambda: RV.cells(revs, lambda v, r: lt(val(v), 40))
    C["aa017"] = lambda: col_max(RV, revs)
    C["aa018"] = lambda: RV.cells("Apprentice", lambda v, r: any(val(r[h]) is not None and val(r[h]) < num(r["Pass mark"])
                                                                for h in revs))
    C["aa019"] = lambda: RG.cells(["Wage £/hr", "Hrs/wk", "Attend. %", "OTJ hrs", "OTJ target"],
                                  lambda v, r: isinstance(v, str))
    C["aa020"] = lambda: RG.cells("Ref", dup(RG, "Ref"))
    C["aa021"] = lambda: RV.whole(lambda r: t(r["Apprentice"]) in left)
    C["aa022"] = lambda: top(RG, "Attend. %", 3, largest=False)
    C["aa023"] = lambda: rows_of(RG, top(RG, "Wage £/hr", 5))
    C["aa024"] = lambda: RG.whole(lambda r: blank(r["Mentor"]))
    C["aa025"] = lambda: RG.whole(lambda r: "doyle" in t(r["Employer"]))

    # ---------------- building_permits
    AP, MO, AL = T("AP"), T("MO"), T("AL")
    m5 = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    trigger = cell("building_permits.xlsx", "Applications", "Q4")
    rate = cell("building_permits.xlsx", "Applications", "Q5")
    C["aa026"] = lambda: AP.cells("Decided", lambda v, r: d(v) is not None and d(r["Target"]) is not None
                                  and d(v) > d(r["Target"]))
    C["aa027"] = lambda: AP.whole(lambda r: gt(val(r["Objections"]), trigger))
    C["aa028"] = lambda: MO.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Target/mo"]))
    C["aa029"] = lambda: MO.cells("Nov", lambda v, r: num(v) is not None and num(r["Oct"]) is not None
                                  and num(v) > num(r["Oct"]))
    C["aa030"] = lambda: AP.cells("Fee (£)", lambda v, r: bool(num(r["Floor area (m2)"]))
                                  and gt(val(v) / num(r["Floor area (m2)"]), 10))
    C["aa031"] = lambda: AP.cells("Fee (£)", lambda v, r: t(r["Type"]) == "major"
                                  and val(v) < num(r["Floor area (m2)"]) * rate)
    C["aa032"] = lambda: AP.whole(lambda r: t(r["Type"]) == "householder" and blank(r["Decided"])
                                  and lt(days(r["Target"]), 0))
    C["aa033"] = lambda: AP.whole(lambda r: t(r["Type"]) == "listed bldg" or (val(r["Objections"]) or 0) >= 10)
    C["aa034"] = lambda: AP.whole(lambda r: t(r["Ward"]) == "castle" and t(r["Case officer"]) != "p. santos")
    C["aa035"] = lambda: AP.whole(lambda r: t(r["Decision"]).startswith("approved") and gt(val(r["Objections"]), 5))
    C["aa036"] = lambda: AP.cells("Site visit", lambda v, r: d(v) is not None and d(r["Received"]) is not None
                                  and gt((d(v) - d(r["Received"])).days, 21))
    C["aa037"] = lambda: AP.cells("Target", lambda v, r: blank(r["Decided"]) and between(days(v), 0, 14))
    C["aa038"] = lambda: AP.whole(lambda r: blank(r["Decided"]) and d(r["Received"]) is not None
                                  and lt((d(r["Received"]) - edate(BUILT, -3)).days, 0))
    C["aa039"] = lambda: AL.cells("Hearing", lambda v, r: d(v) is not None and d(r["Lodged"]) is not None
                                  and gt((d(v) - edate(d(r["Lodged"]), 4)).days, 0))
    C["aa040"] = lambda: MO.cells(m5, lambda v, r: lt(num(v), 3))
    C["aa041"] = lambda: block_top(MO, m5, 5)
    C["aa042"] = lambda: MO.cells(m5, lambda v, r: blank(v))
    C["aa043"] = lambda: MO.whole(lambda r: under_every_month(r, m5))
    C["aa044"] = lambda: AP.cells("App no.", lambda v, r: any(t(x["App no."]) == t(v) for x in AP.rows if x.r < r.r))
    C["aa045"] = lambda: AL.cells("App no.", dup(AL, "App no."))
    C["aa046"] = lambda: top(AP, "Fee (£)", 3)
    C["aa047"] = lambda: AP.cells("App no.", lambda v, r: blank(r["Case officer"]))
    C["aa048"] = lambda: AP.whole(lambda r: d(r["Decided"]) is not None and blank(r["Decision"]))
    C["aa049"] = lambda: AP.cells("Decision", lambda v, r: "conds" in t(v))
    C["aa050"] = lambda: AP.cells("Site visit", lambda v, r: weekend(v))

    # ---------------- catering_events
    EV, KT, ST = T("EV"), T("KT"), T("ST")
    cats = ["Meat", "Fish", "Veg", "Dairy", "Dry goods"]
    min_spend = cell("catering_events.xlsx", "Events", "C3")
    C["aa051"] = lambda: EV.whole(lambda r: num(r["Guests (final)"]) is not None
                                  and num(r["Guests (final)"]) > num(r["Guests (booked)"]))
    C["aa052"] = lambda: EV.cells("Deposit paid", lambda v, r: num(v) is not None and num(v) < num(r["Deposit $"]))
    C["aa053"] = lambda: EV.cells("$/head", lambda v, r: lt(val(v), min_spend))
    C["aa054"] = lambda: KT.cells("Week of", lambda v, r: gt(sum(num(r[c]) or 0 for c in cats), num(r["Budget"])))
    C["aa055"] = lambda: ST.cells("Name", lambda v, r: gt(num(r["Hrs (Nov)"]) - num(r["Contract hrs"]), 10))
    C["aa056"] = lambda: EV.whole(lambda r: t(r["Type"]) == "wedding" and blank(r["Deposit paid"]))
    C["aa057"] = lambda: EV.whole(lambda r: t(r["Type"]) in ("corporate", "conference") and num(r["Guests (booked)"]) >= 80)
    C["aa058"] = lambda: EV.whole(lambda r: mins(r["Start"]) is not None and mins(r["Start"]) >= 17 * 60
                                  and num(r["Staff"]) <= 2)
    C["aa059"] = lambda: EV.whole(lambda r: t(r["Type"]) in ("funeral", "christening")
                                  and t(r["Venue"]) == "dunmore golf club")
    C["aa060"] = lambda: KT.whole(lambda r: num(r["Budget"]) == 3200
                                  and any([gt(num(r["Meat"]), 1500), gt(num(r["Fish"]), 500)]))
    C["aa061"] = lambda: EV.whole(lambda r: between(days(r["Event date"]), 0, 21))
    C["aa062"] = lambda: EV.cells("Guests (final)", lambda v, r: blank(v) and between(days(r["Event date"]), 0, 7))
    C["aa063"] = lambda: EV.cells("Event date", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["aa064"] = lambda: ST.cells("Hygiene cert exp.", lambda v, r: le(days(v), 30))
    C["aa065"] = lambda: col_max(KT, cats)
    C["aa066"] = lambda: KT.cells(cats, lambda v, r: lt(num(v), 200))
    C["aa067"] = lambda: block_top(KT, cats, 3)
    C["aa068"] = lambda: EV.cells(["Guests (booked)", "Guests (final)"], lambda v, r: num(v) is not None and num(v) >= 100)
    C["aa069"] = lambda: EV.cells("Event ID", dup(EV, "Event ID"))
    C["aa070"] = lambda: rows_of(EV, top(EV, "Quote $", 5))
    C["aa071"] = lambda: top(EV, "$/head", 2, largest=False)
    C["aa072"] = lambda: EV.whole(lambda r: blank(r["Client"]))
    C["aa073"] = lambda: EV.cells("Dietary notes", lambda v, r: "nut" in t(v))
    C["aa074"] = lambda: EV.cells("Type", lambda v, r: isinstance(v, str) and v[:1] != v[:1].upper())
    C["aa075"] = lambda: EV.cells("Event date", lambda v, r: weekend(v))

    # ---------------- drone_surveys
    FL, FT, PI, SI = T("FL"), T("FT"), T("PI"), T("SI")
    wind = cell("drone_surveys.xlsx", "Flights", "R1")
    ceiling = cell("drone_surveys.xlsx", "Flights", "R2")
    C["aa076"] = lambda: FL.cells("Wind (m/s)", lambda v, r: gt(val(v), wind))
    C["aa077"] = lambda: FL.whole(lambda r: num(r["Batt start %"]) is not None and num(r["Batt end %"]) is not None
                                  and gt(num(r["Batt start %"]) - num(r["Batt end %"]), 0.7))
    C["aa078"] = lambda: FL.cells("Land", lambda v, r: mins(v) is not None and mins(r["T/O"]) is not None
                                  and gt(mins(v) - mins(r["T/O"]), 30))
    C["aa079"] = lambda: FL.cells("Images", lambda v, r: num(v) is not None and bool(num(r["Area ha"]))
                                  and lt(num(v) / num(r["Area ha"]), 40))
    C["aa080"] = lambda: PI.cells("Hrs Q4", lambda v, r: num(v) < num(r["Hrs Q3"]))
    C["aa081"] = lambda: FL.whole(lambda r: t(r["Pilot"]) in ("jo carver", "rob ingle") and (num(r["Max alt (m)"]) or 0) >= 110)
    C["aa082"] = lambda: FL.cells("Pilot", lambda v, r: t(r["Drone"]) == "dji-mini4" and gt(val(r["Wind (m/s)"]), 8))
    C["aa083"] = lambda: FL.whole(lambda r: t(r["Client"]) == "county highways" and t(r["Site"]) != "a66 embankment")
    C["aa084"] = lambda: FL.whole(lambda r: any([gt(num(r["Max alt (m)"]), ceiling - 5), lt(num(r["Batt end %"]), 0.1)]))
    C["aa085"] = lambda: FL.whole(lambda r: t(r["Client"]) == "tarmac north" and d(r["Date"]) is not None
                                  and d(r["Date"]).month == 11 and gt(num(r["Area ha"]), 20))
    C["aa086"] = lambda: FT.cells("Insurance exp.", lambda v, r: lt(days(v), 0))
    C["aa087"] = lambda: PI.cells("D.O.B.", lambda v, r: d(v) is not None and d(v).month == BUILT.month)
    C["aa088"] = lambda: PI.cells("Licence exp.", lambda v, r: between(days(v), 0, 60))
    C["aa089"] = lambda: FT.cells("Last service", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["aa090"] = lambda: SI.cells(m5, lambda v, r: gt(val(v), 40))
    C["aa091"] = lambda: SI.cells(m5, lambda v, r: blank(v) or num(v) == 0)
    C["aa092"] = lambda: row_ext(SI, m5, max, positive=True)
    C["aa093"] = lambda: FL.cells(["Batt start %", "Batt end %"], lambda v, r: lt(num(v), 0.2))
    C["aa094"] = lambda: block_top(SI, m5, 10)
    C["aa095"] = lambda: FL.cells("Flight #", dup(FL, "Flight #"))
    C["aa096"] = lambda: FT.whole(lambda r: t(r["Drone"]) not in {t(x["Drone"]) for x in FL.rows})
    C["aa097"] = lambda: top(FL, "Area ha", 3)
    C["aa098"] = lambda: top(FL, "Images", 5, largest=False)
    C["aa099"] = lambda: FL.cells("Flight #", lambda v, r: blank(r["Images"]))
    C["aa100"] = lambda: FL.cells("Site", lambda v, r: "spire" in t(v))

    # ---------------- election_canvassing
    SE, WD, PS, VO = T("SE"), T("WD"), T("PS"), T("VO")
    weeks = [f"Wk {i}" for i in range(1, 7)]
    goal = cell("election_canvassing.xlsx", "Sessions", "P4")
    min_vols = cell("election_canvassing.xlsx", "Sessions", "P5")
    C["aa101"] = lambda: SE.whole(lambda r: val(r["Doors"]) is not None and val(r["Doors"]) < num(r["Target doors"]))
    C["aa102"] = lambda: SE.cells("Answered", lambda v, r: bool(val(r["Doors"])) and num(v) / val(r["Doors"]) >= goal)
    C["aa103"] = lambda: WD.cells("Wk 6", lambda v, r: num(v) is not None and num(r["Wk 5"]) is not None
                                  and num(v) < num(r["Wk 5"]))
    C["aa104"] = lambda: PS.cells("Station", lambda v, r: num(r["Turnout 2024"]) < num(r["Turnout 2022"]))
    C["aa105"] = lambda: SE.whole(lambda r: num(r["Vols"]) < min_vols)
    C["aa106"] = lambda: SE.whole(lambda r: t(r["Ward"]) == "lowfield" and t(r["Lead"]) == "joel t"
                                  and (val(r["Doors"]) or 0) >= 300)
    C["aa107"] = lambda: SE.whole(lambda r: t(r["Day"]) in ("sat", "sun") and num(r["Leaflets"]) == 0)
    C["aa108"] = lambda: SE.whole(lambda r: t(r["Ward"]) in ("ashby north", "ashby south")
                                  and (blank(r["Supporters"]) or lt(num(r["Supporters"]), 15)))
    C["aa109"] = lambda: SE.whole(lambda r: mins(r["Start"]) >= 17 * 60 and mins(r["End"]) - mins(r["Start"]) >= 180)
    C["aa110"] = lambda: SE.whole(lambda r: t(r["Lead"]) not in ("sam k", "joel t") and lt(val(r["Doors"]), 150))
    C["aa111"] = lambda: SE.cells("Date", lambda v, r: between(days(v), -7, 0))
    C["aa112"] = lambda: VO.cells("Name", lambda v, r: d(r["Born"]) is not None and age(d(r["Born"])) < 18)
    C["aa113"] = lambda: VO.cells("DBS check", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -36)).days, 0))
    C["aa114"] = lambda: VO.cells("Joined", lambda v, r: between(days(v), -30, 0))
    C["aa115"] = lambda: WD.cells(weeks, lambda v, r: num(v) is not None and num(v) >= num(r["Goal / wk"]))
    C["aa116"] = lambda: row_ext(WD, weeks, max)
    C["aa117"] = lambda: col_min(WD, weeks)
    C["aa118"] = lambda: PS.cells(["Turnout 2022", "Turnout 2024"], lambda v, r: lt(num(v), 0.3))
    C["aa119"] = lambda: VO.cells("Name", dup(VO, "Name"))
    C["aa120"] = lambda: VO.cells("Phone", dup(VO, "Phone"))
    C["aa121"] = lambda: rows_of(SE, top(SE, "Supporters", 3))
    C["aa122"] = lambda: SE.cells("Ward", lambda v, r: blank(r["Supporters"]))
    C["aa123"] = lambda: VO.whole(lambda r: blank(r["DBS check"]))
    C["aa124"] = lambda: SE.cells("Notes", lambda v, r: "rain" in t(v))
    C["aa125"] = lambda: SE.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- heating_oil
    OD, TK, DR = T("OD"), T("TK"), T("DR")
    price = cell("heating_oil.xlsx", "Orders", "Q3")
    C["aa126"] = lambda: OD.cells("Deliv. (L)", lambda v, r: num(v) is not None and num(v) < val(r["Ordered (L)"]))
    C["aa127"] = lambda: OD.cells("Delivered", lambda v, r: d(v) is not None and d(r["Deliver by"]) is not None
                                  and d(v) > d(r["Deliver by"]))
    C["aa128"] = lambda: OD.cells("p/L", lambda v, r: gt(num(v), price))
    C["aa129"] = lambda: TK.cells("Oct", lambda v, r: num(v) is not None and num(v) <= num(r["Reorder at"]))
    C["aa130"] = lambda: OD.cells("Invoice (£)", lambda v, r: num(v) is not None and gt(
        abs(num(v) - (num(r["Deliv. (L)"]) or 0) * num(r["p/L"]) / 100), 1))
    C["aa131"] = lambda: OD.whole(lambda r: t(r["Grade"]) == "kerosene" and blank(r["Delivered"])
                                  and gt(val(r["Ordered (L)"]), 1500))
    C["aa132"] = lambda: OD.whole(lambda r: d(r["Delivered"]) is not None and t(r["Paid?"]) in ("n", ""))
    C["aa133"] = lambda: OD.whole(lambda r: num(r["Tank (L)"]) >= 2500 and lt(val(r["Ordered (L)"]), 800))
    C["aa134"] = lambda: OD.whole(lambda r: t(r["Customer"]) in ("ashcroft farm", "gedney nursery")
                                  and val(r["Ordered (L)"]) >= 1200)
    C["aa135"] = lambda: DR.cells("Driver", lambda v, r: le(days(r["ADR exp."]), 90) and gt(num(r["Hrs this wk"]), 40))
    C["aa136"] = lambda: OD.cells("Deliver by", lambda v, r: blank(r["Delivered"]) and lt(days(v), 0))
    C["aa137"] = lambda: OD.cells("Order date", lambda v, r: between(days(v), -7, 0))
    C["aa138"] = lambda: OD.whole(lambda r: d(r["Delivered"]) is not None and d(r["Order date"]) is not None
                                 and gt((d(r["Delivered"]) - d(r["Order date"])).days, 7))
    C["aa139"] = lambda: DR.cells("Born", lambda v, r: d(v) is not None and age(d(v)) < 25)
    C["aa140"] = lambda: TK.cells(m5, lambda v, r: num(v) is not None and num(v) <= num(r["Reorder at"]))
    C["aa141"] = lambda: row_ext(TK, m5, min)
    C["aa142"] = lambda: OD.cells(["Tank (L)", "Ordered (L)", "Deliv. (L)"], lambda v, r: val(v) is not None and val(v) >= 2500)
    C["aa143"] = lambda: col_max(TK, m5)
    C["aa144"] = lambda: OD.cells("Customer", lambda v, r: OD.count("Customer", t)[t(v)] == 1)
    C["aa145"] = lambda: top(OD, "Invoice (£)", 4)
    C["aa146"] = lambda: top(TK, "Nov", 3, largest=False)
    C["aa147"] = lambda: OD.whole(lambda r: blank(r["Postcode"]))
    C["aa148"] = lambda: OD.cells("Customer", lambda v, r: "farm" in t(v) or "nursery" in t(v))
    C["aa149"] = lambda: OD.cells("Delivered", lambda v, r: d(v) is not None and d(v).weekday() == 5)
    C["aa150"] = lambda: OD.whole(lambda r: (r.r - 6) % 3 == 0)
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
