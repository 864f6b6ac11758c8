"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case as
Excel's "=" does.

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
    "CO": ("mountain_rescue.xlsx", "Callouts", "B4:N44"),
    "ME": ("mountain_rescue.xlsx", "Members", "A1:J25"),
    "KI": ("mountain_rescue.xlsx", "Kit", "A3:G19"),
    "PA": ("parcel_lockers.xlsx", "Parcels", "A4:M48"),
    "SI": ("parcel_lockers.xlsx", "Sites", "A2:H10"),
    "FA": ("parcel_lockers.xlsx", "Sites", "A14:G30"),
    "BK": ("sheep_shearing.xlsx", "Bookings", "A5:M37"),
    "TY": ("sheep_shearing.xlsx", "Tally", "A2:H16"),
    "BA": ("sheep_shearing.xlsx", "Tally", "K2:O20"),
    "RE": ("violin_workshop.xlsx", "Repairs", "A4:M44"),
    "RT": ("violin_workshop.xlsx", "Rentals", "B3:J31"),
    "SA": ("violin_workshop.xlsx", "Sales", "A3:G14"),
    "ST": ("thesis_tracker.xlsx", "Students", "B5:N39"),
    "PR": ("thesis_tracker.xlsx", "Progress", "A2:H20"),
    "CL": ("thesis_tracker.xlsx", "Claims", "A1:H25"),
    "SK": ("zero_waste_refills.xlsx", "Stock", "A4:M40"),
    "WK": ("zero_waste_refills.xlsx", "Weekly", "A1:G21"),
    "JA": ("zero_waste_refills.xlsx", "Weekly", "I1:K14"),
    "CB": ("zero_waste_refills.xlsx", "Club", "A3:H25"),
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


def steps(tab, heads, pred, conv=num):
    """Cells of `heads` (from the second on) compared with the cell to their left: pred(prev, cur).
    Either side blank (or not a number after `conv`): skipped."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and pred(conv(r[p]), conv(v)))
    return out


def row_ext(tab, heads, use=max):
    """Per row, the cells equal to the row's highest (or lowest) number among `heads`."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if xs:
            m = use(xs)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def col_min(tab, heads):
    out = set()
    for h in heads:
        m = min(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def age(v):
    """Whole years from a real date of birth to BUILT (text dates: None)."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def hours(a, b):
    """Hours from time a to time b (same day)."""
    if mins(a) is None or mins(b) is None:
        return None
    return (mins(b) - mins(a)) / 60


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- mountain_rescue
    CO, ME, KI = T("CO"), T("ME"), T("KI")
    max_hrs = cell("mountain_rescue.xlsx", "Callouts", "Q3")
    long_walk = cell("mountain_rescue.xlsx", "Callouts", "Q2")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["al001"] = lambda: CO.cells("Team hrs", lambda v, r: gt(num(v), max_hrs))
    C["al002"] = lambda: CO.cells("Stood down", lambda v, r: gt(hours(r["Paged"], v), 6))
    C["al003"] = lambda: ME.cells("Member", lambda v, r: num(r["Calls 2026"]) < num(r["Calls 2025"]))
    C["al004"] = lambda: ME.cells("Trg hrs", lambda v, r: val(v) < num(r["Min trg hrs"]))
    C["al005"] = lambda: steps(KI, weeks, lambda a, b: gt(a - b, 0.15))
    C["al006"] = lambda: CO.whole(lambda r: t(r["Helo?"]) == "y" and lt(num(r["Walk-in (km)"]), 3))
    C["al007"] = lambda: CO.whole(lambda r: t(r["Type"]) == "lost / overdue" and val(r["Members"]) >= 15)
    C["al008"] = lambda: CO.whole(lambda r: t(r["Outcome"]) == "airlifted" or num(r["Casualties"]) >= 3)
    C["al009"] = lambda: ME.whole(lambda r: t(r["Role"]) != "trainee" and val(r["Trg hrs"]) < num(r["Min trg hrs"]))
    C["al010"] = lambda: CO.cells("Walk-in (km)", lambda v, r: gt(num(v), long_walk) and t(r["Helo?"]) == "n"
                                  and num(r["Casualties"]) >= 1)
    C["al011"] = lambda: ME.cells("Cas Care exp.", lambda v, r: days(v) is not None and not gt(days(v), 30))
    C["al012"] = lambda: ME.cells("Member", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) >= 60)
    C["al013"] = lambda: ME.cells("Joined", lambda v, r: d(v) is not None and gt(days(v), (edate(BUILT, -60) - BUILT).days))
    C["al014"] = lambda: CO.whole(lambda r: between(days(r["Date"]), -30, 0))
    C["al015"] = lambda: CO.cells("Date", lambda v, r: d(v) is not None and d(v).month in (6, 7, 8))
    C["al016"] = lambda: KI.cells(weeks, lambda v, r: lt(num(v), 0.25))
    C["al017"] = lambda: row_ext(KI, weeks, min)
    C["al018"] = lambda: col_max(ME, ["Calls 2025", "Calls 2026", "Trg hrs"])
    C["al019"] = lambda: KI.whole(lambda r: all(num(r[w]) >= 0.7 for w in weeks if num(r[w]) is not None))
    C["al020"] = lambda: CO.cells("Inc #", dup(CO, "Inc #"))
    C["al021"] = lambda: rows_of(CO, top(CO, "Team hrs", 3))
    C["al022"] = lambda: {c.replace("H", "A", 1) for c in top(ME, "Trg hrs", 3, largest=False)}
    C["al023"] = lambda: ME.whole(lambda r: blank(r["Cas Care exp."]))
    C["al024"] = lambda: CO.cells("Outcome", lambda v, r: "found" in t(v))
    C["al025"] = lambda: CO.whole(lambda r: weekend(r["Date"]))

    # ---------------- parcel_lockers
    PA, SI, FA = T("PA"), T("SI"), T("FA")
    free_days = cell("parcel_lockers.xlsx", "Parcels", "P2")
    max_s = cell("parcel_lockers.xlsx", "Parcels", "P3")
    mon = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    C["al026"] = lambda: PA.cells("Collected", lambda v, r: d(v) and d(r["Dropped"])
                                  and (d(v) - d(r["Dropped"])).days > free_days)
    C["al027"] = lambda: SI.cells("Nov", lambda v, r: num(r["Nov LY"]) is not None and val(v) < num(r["Nov LY"]))
    C["al028"] = lambda: steps(SI, mon, lambda a, b: lt(b / a, 0.9), val)
    C["al029"] = lambda: SI.cells("Nov", lambda v, r: gt(val(v) / num(r["Lockers"]), 20))
    C["al030"] = lambda: PA.cells("Collected", lambda v, r: d(v) is not None and d(v) == d(r["Dropped"]))
    C["al031"] = lambda: PA.whole(lambda r: t(r["Size"]) == "s" and gt(val(r["Wt (kg)"]), max_s))
    C["al032"] = lambda: PA.whole(lambda r: t(r["Status"]) == "in locker" and num(r["Reminders"]) >= 2)
    C["al033"] = lambda: PA.whole(lambda r: t(r["Status"]) == "returned" and t(r["Courier"]) in ("evri", "dpd"))
    C["al034"] = lambda: PA.whole(lambda r: t(r["Site"]) in ("station rd", "park & ride")
                                  and t(r["Size"]) in ("l", "xl"))
    C["al035"] = lambda: PA.whole(lambda r: gt(val(r["Value ($)"]), 100) and blank(r["Collected"]))
    C["al036"] = lambda: PA.cells("Pickup by", lambda v, r: blank(r["Collected"]) and days(v) in (0, 1))
    C["al037"] = lambda: FA.whole(lambda r: blank(r["Fixed"]) and lt(days(r["Reported"]), -14))
    C["al038"] = lambda: PA.cells("Dropped", lambda v, r: between(days(v), -7, 0))
    C["al039"] = lambda: FA.cells("Fixed", lambda v, r: d(v) is not None and not gt((d(v) - d(r["Reported"])).days, 2))
    C["al040"] = lambda: block_top(SI, mon, 3)
    C["al041"] = lambda: SI.cells(mon, lambda v, r: lt(num(v), 500))
    C["al042"] = lambda: row_ext(SI, mon, max)
    C["al043"] = lambda: SI.whole(lambda r: any(blank(r[m]) for m in mon))
    C["al044"] = lambda: PA.cells("Parcel ID", dup(PA, "Parcel ID"))
    pairs = Counter((t(r["Site"]), t(r["Locker"])) for r in FA.rows)
    C["al045"] = lambda: FA.whole(lambda r: pairs[(t(r["Site"]), t(r["Locker"]))] > 1)
    C["al046"] = lambda: top(PA, "Wt (kg)", 3, largest=False)
    C["al047"] = lambda: top(SI, "Nov", 3)
    C["al048"] = lambda: PA.whole(lambda r: blank(r["Courier"]))
    C["al049"] = lambda: FA.cells("Ref", lambda v, r: blank(r["Fixed"]))
    C["al050"] = lambda: PA.cells("Site", lambda v, r: isinstance(v, str) and v != v.strip())

    # ---------------- sheep_shearing
    BK, TY, BA = T("BK"), T("TY"), T("BA")
    std = cell("sheep_shearing.xlsx", "Bookings", "C3")
    min_flock = cell("sheep_shearing.xlsx", "Bookings", "P5")
    dys = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    C["al051"] = lambda: BK.cells("Paid $", lambda v, r: num(v) is not None and num(v) < num(r["Invoice $"]))
    C["al052"] = lambda: BK.cells("Shorn", lambda v, r: num(v) is not None and num(v) < val(r["Flock (hd)"]))
    C["al053"] = lambda: BK.cells("Rate $/hd", lambda v, r: num(v) < std)
    C["al054"] = lambda: BK.cells("Invoice $", lambda v, r: num(v) is not None
                                  and abs(num(v) - num(r["Shorn"]) * num(r["Rate $/hd"])) > 0.01)
    C["al055"] = lambda: steps(TY, dys, lambda a, b: gt(a - b, 30))
    C["al056"] = lambda: BK.whole(lambda r: gt(num(r["Travel (km)"]), 100) and val(r["Flock (hd)"]) < min_flock)
    C["al057"] = lambda: BK.whole(lambda r: t(r["Gang"]) == "gang b" and t(r["Region"]) in ("catlins", "north otago"))
    C["al058"] = lambda: BK.whole(lambda r: not blank(r["Done on"]) and blank(r["Paid $"]))
    C["al059"] = lambda: BA.whole(lambda r: t(r["Line"]) == "fleece" and lt(num(r["Micron"]), 21))
    C["al060"] = lambda: BK.whole(lambda r: t(r["Crutch?"]) == "yes" or gt(val(r["Flock (hd)"]), 3000))
    C["al061"] = lambda: BK.cells("Booked for", lambda v, r: blank(r["Done on"]) and days(v) is not None
                                  and 0 <= days(v) <= 14)
    C["al062"] = lambda: BK.cells("Done on", lambda v, r: d(v) and d(r["Booked for"]) and d(v) > d(r["Booked for"]))
    C["al063"] = lambda: BK.whole(lambda r: blank(r["Done on"]) and days(r["Booked for"]) is not None
                                  and days(r["Booked for"]) < 0)
    C["al064"] = lambda: BK.cells("Done on", lambda v, r: days(v) is not None and -14 <= days(v) <= 0)
    C["al065"] = lambda: BK.cells("Booked for", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["al066"] = lambda: TY.cells(dys, lambda v, r: num(v) is not None and num(v) < num(r["Daily tgt"]))
    C["al067"] = lambda: block_top(TY, dys, 3)
    C["al068"] = lambda: row_ext(TY, dys, max)
    C["al069"] = lambda: TY.whole(lambda r: any(lt(num(r[x]), 150) for x in dys))
    C["al070"] = lambda: BK.cells(["Invoice $", "Paid $"], lambda v, r: gt(num(v), 10000))
    C["al071"] = lambda: BK.cells("Farm", dup(BK, "Farm"))
    C["al072"] = lambda: top(BK, "Invoice $", 3)
    C["al073"] = lambda: top(BA, "Micron", 2, largest=False)
    C["al074"] = lambda: BK.cells("Farm", lambda v, r: blank(r["Contact"]))
    C["al075"] = lambda: BK.cells("Farm", lambda v, r: "flat" in t(v))

    # ---------------- violin_workshop
    RE, RT, SA = T("RE"), T("RT"), T("SA")
    rate = cell("violin_workshop.xlsx", "Repairs", "P2")
    sm = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    C["al076"] = lambda: RE.cells("Actual £", lambda v, r: num(v) is not None and num(v) > val(r["Quote £"]))
    C["al077"] = lambda: RE.cells("Actual £", lambda v, r: num(v) is not None and num(v) < num(r["Hrs"]) * rate)
    C["al078"] = lambda: RE.cells("Deposit £", lambda v, r: gt(num(v), val(r["Quote £"]) / 2))
    C["al079"] = lambda: SA.cells("Nov", lambda v, r: num(v) is not None and num(r["Nov LY"]) is not None and gt(num(v) / num(r["Nov LY"]), 1.2))
    C["al080"] = lambda: steps(SA, sm, lambda a, b: b > a)
    C["al081"] = lambda: RE.whole(lambda r: t(r["Instrument"]) in ("cello", "double bass") and gt(val(r["Quote £"]), 300))
    C["al082"] = lambda: RE.whole(lambda r: t(r["Insured?"]) == "y" and blank(r["Done"]))
    C["al083"] = lambda: RE.whole(lambda r: t(r["Luthier"]) != "anna" and num(r["Actual £"]) is not None
                                  and num(r["Actual £"]) > val(r["Quote £"]))
    C["al084"] = lambda: RT.whole(lambda r: t(r["Instr."]) in ("violin", "viola") and t(r["Cond."]) == "worn")
    C["al085"] = lambda: SA.whole(lambda r: gt(num(r["Nov"]), 1000) and num(r["Nov"]) < num(r["Nov LY"]))
    C["al086"] = lambda: RE.cells("Done", lambda v, r: d(v) and d(v) > d(r["Promised"]))
    C["al087"] = lambda: RE.whole(lambda r: blank(r["Done"]) and days(r["Promised"]) < 0)
    C["al088"] = lambda: RT.cells("Paid to", lambda v, r: days(v) < 0)
    C["al089"] = lambda: RT.cells("Student", lambda v, r: r["Size"] == "4/4" and age(r["DOB"]) is not None
                                  and age(r["DOB"]) < 12)
    C["al090"] = lambda: RE.cells("In", lambda v, r: weekend(v))
    C["al091"] = lambda: block_top(SA, sm, 3)
    C["al092"] = lambda: SA.cells(sm, lambda v, r: lt(num(v), 100))
    C["al093"] = lambda: col_max(SA, sm)
    C["al094"] = lambda: RE.cells(["Quote £", "Actual £"], lambda v, r: val(v) is not None and val(v) >= 400)
    C["al095"] = lambda: RE.cells("Job no", dup(RE, "Job no"))
    C["al096"] = lambda: RE.cells("Customer", lambda v, r: RE.count("Customer", t)[t(v)] == 1)
    C["al097"] = lambda: top(RE, "Hrs", 5)
    C["al098"] = lambda: RE.whole(lambda r: blank(r["Luthier"]))
    C["al099"] = lambda: RE.cells("Work", lambda v, r: "neck" in t(v) or "fingerboard" in t(v))
    C["al100"] = lambda: RE.cells("Customer", lambda v, r: "school" in t(v))

    # ---------------- thesis_tracker
    ST, PR, CL = T("ST"), T("PR"), T("CL")
    gap = cell("thesis_tracker.xlsx", "Students", "R4")
    pm = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    C["al101"] = lambda: ST.cells("Words", lambda v, r: val(v) >= num(r["Word target"]))
    C["al102"] = lambda: CL.cells("Amount £", lambda v, r: num(v) > num(r["Budget £"]))
    C["al103"] = lambda: steps(PR, pm, lambda a, b: lt(b, a / 2), val)
    C["al104"] = lambda: ST.cells("Words", lambda v, r: gt(num(r["Word target"]) - val(v), 40000))
    C["al105"] = lambda: PR.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Plan / mo"]))
    C["al106"] = lambda: ST.whole(lambda r: t(r["Mode"]) == "pt" and t(r["Status"]) == "minor concerns")
    C["al107"] = lambda: ST.whole(lambda r: t(r["Supervisor"]) == "dr okonjo" and lt(val(r["Words"]), 25000))
    C["al108"] = lambda: ST.whole(lambda r: t(r["Status"]) == "minor concerns" or blank(r["Supervisor"]))
    C["al109"] = lambda: CL.whole(lambda r: not blank(r["Approved"]) and blank(r["Paid"]) and gt(num(r["Amount £"]), 400))
    C["al110"] = lambda: CL.whole(lambda r: t(r["Event"]) != "egu vienna" and blank(r["Approved"]))
    C["al111"] = lambda: ST.cells("Last mtg", lambda v, r: days(v) is not None and gt(-days(v), gap))
    C["al112"] = lambda: ST.cells("Funding ends", lambda v, r: between(days(v), 0, (edate(BUILT, 6) - BUILT).days))
    C["al113"] = lambda: ST.whole(lambda r: t(r["Mode"]) == "ft" and blank(r["Upgrade"])
                                  and d(r["Start"]) < edate(BUILT, -18))
    C["al114"] = lambda: CL.cells("Claim", lambda v, r: blank(r["Paid"]) and lt(days(r["Submitted"]), -30))
    C["al115"] = lambda: CL.cells("Submitted", lambda v, r: weekend(v))
    C["al116"] = lambda: PR.cells(pm, lambda v, r: num(v) is not None and num(v) == 0)
    C["al117"] = lambda: row_ext(PR, pm, max)
    C["al118"] = lambda: PR.whole(lambda r: sum(1 for m in pm if num(r[m]) is not None
                                                and num(r[m]) < num(r["Plan / mo"])) >= 4)
    C["al119"] = lambda: PR.whole(lambda r: gt(sum(num(r[m]) or 0 for m in pm), 15000))
    C["al120"] = lambda: ST.cells("Stu. ID", dup(ST, "Stu. ID"))
    C["al121"] = lambda: top(ST, "Words", 3)
    C["al122"] = lambda: top(CL, "Amount £", 3, largest=False)
    C["al123"] = lambda: ST.whole(lambda r: blank(r["Email"]))
    C["al124"] = lambda: CL.whole(lambda r: blank(r["Student"]))
    C["al125"] = lambda: ST.cells("Name", lambda v, r: t(r["Supervisor"]).startswith("prof"))

    # ---------------- zero_waste_refills
    SK, WK, JA, CB = T("SK"), T("WK"), T("JA"), T("CB")
    target = cell("zero_waste_refills.xlsx", "Stock", "P4")
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["al126"] = lambda: SK.cells("On hand (kg)", lambda v, r: val(v) < num(r["Reorder at (kg)"]))
    C["al127"] = lambda: SK.cells("Margin", lambda v, r: lt(num(v), target))
    C["al128"] = lambda: WK.cells("Wk 48", lambda v, r: val(v) < num(r["Wk 48 LY"]))
    C["al129"] = lambda: steps(WK, wks, lambda a, b: gt(b / a, 1.2), val)
    C["al130"] = lambda: CB.cells("Spend ($)", lambda v, r: gt(num(v) / num(r["Visits"]), 20))
    C["al131"] = lambda: SK.whole(lambda r: t(r["Organic"]) == "y" and lt(num(r["Margin"]), 0.3))
    C["al132"] = lambda: SK.whole(lambda r: t(r["Category"]) in ("nuts", "seeds")
                                  and val(r["On hand (kg)"]) < num(r["Reorder at (kg)"]))
    C["al133"] = lambda: SK.whole(lambda r: t(r["Supplier"]) != "miniml" and gt(num(r["Margin"]), 0.45))
    C["al134"] = lambda: CB.whole(lambda r: t(r["Newsletter"]) == "yes" and blank(r["Email"]))
    C["al135"] = lambda: CB.cells("Member", lambda v, r: num(r["Stamps"]) >= 10 or num(r["Visits"]) >= 50)
    C["al136"] = lambda: SK.cells("Best before", lambda v, r: days(v) is not None and not gt(days(v), 30))
    C["al137"] = lambda: SK.cells("Last delivery", lambda v, r: lt(days(v), -42))
    C["al138"] = lambda: CB.cells("Last visit", lambda v, r: not gt(days(v), (edate(BUILT, -3) - BUILT).days))
    C["al139"] = lambda: CB.cells("Joined", lambda v, r: gt(days(v), (edate(BUILT, -12) - BUILT).days))
    C["al140"] = lambda: JA.whole(lambda r: weekend(r["Day"]))
    C["al141"] = lambda: WK.cells(wks, lambda v, r: gt(num(v), 30))
    C["al142"] = lambda: col_min(WK, wks)
    C["al143"] = lambda: SK.cells(["Cost/kg", "Price/kg"], lambda v, r: gt(num(v), 10))
    C["al144"] = lambda: WK.whole(lambda r: all(val(r[w]) is not None and val(r[w]) >= 10 for w in wks
                                                if not blank(r[w])))
    C["al145"] = lambda: SK.cells("Product", dup(SK, "Product", t))
    C["al146"] = lambda: CB.cells("Member", dup(CB, "Member", t))
    C["al147"] = lambda: SK.cells("Bin", dup(SK, "Bin"))
    C["al148"] = lambda: top(CB, "Spend ($)", 3)
    C["al149"] = lambda: SK.whole(lambda r: blank(r["Supplier"]) or blank(r["Best before"]))
    C["al150"] = lambda: SK.cells("Product", lambda v, r: "oil" in t(v) or "liquid" in t(v))
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
