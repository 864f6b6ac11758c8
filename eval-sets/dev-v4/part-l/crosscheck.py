"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day are compared in minutes after midnight and
durations in minutes.

The helpers `gt/lt/between` raise `Boundary` when a value sits exactly on a threshold that the
request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive). Where
the request itself says which side an equal value falls on ("or more", "at least", "before
9am", "fewer than the month before", "outside the window"), the check uses a plain comparison.

Adapted from dev-v2 part E's crosscheck.py (helpers only; the checks are this set's own).

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
    """A real number cell (not text, not a date or time)."""
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
    """Minutes after midnight of a real time-of-day cell."""
    return v.hour * 60 + v.minute if isinstance(v, dt.time) else None


def dur(v):
    """Minutes of a real duration cell."""
    return v.total_seconds() / 60 if isinstance(v, dt.timedelta) else None


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

    def addr(self, h: str, row: Row) -> str:
        return f"{get_column_letter(self.cols[h])}{row.r}"

    def whole(self, pred) -> set[str]:
        return {f"{get_column_letter(c)}{row.r}" for row in self.rows if pred(row)
                for c in range(self.c1, self.c2 + 1)}

    def cells(self, heads, pred) -> set[str]:
        if isinstance(heads, str):
            heads = [heads]
        return {self.addr(h, row) for row in self.rows for h in heads if pred(row[h], row)}

    def values(self, h, conv=num):
        return [x for x in (conv(row[h]) for row in self.rows) if x is not None]

    def count(self, h, key=lambda v: v):
        return Counter(key(row[h]) for row in self.rows if not blank(row[h]))


def top(tab: Table, h, n: int, largest=True, conv=num):
    """The n largest (or smallest) numbers of a column or block; a tie across the cut-off is a
    boundary."""
    heads = [h] if isinstance(h, str) else h
    vals = sorted((x for hh in heads for x in tab.values(hh, conv)), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(heads, lambda v, r: conv(v) is not None
                     and (conv(v) >= cut if largest else conv(v) <= cut))


def col_max(tab: Table, heads, conv=val):
    """The highest value of each column (ties all count)."""
    out = set()
    for h in heads:
        m = max(tab.values(h, conv))
        out |= tab.cells(h, lambda v, r: conv(v) == m)
    return out


def row_max(tab: Table, heads, conv=val):
    """The highest value of each row over `heads` (ties all count)."""
    out = set()
    for row in tab.rows:
        vs = [conv(row[h]) for h in heads if conv(row[h]) is not None]
        if vs:
            out |= {tab.addr(h, row) for h in heads if conv(row[h]) == max(vs)}
    return out


def stepped(tab: Table, heads, pred, conv=val):
    """Each column of `heads` after the first, compared with the column before it."""
    return {tab.addr(cur, row) for row in tab.rows for prev, cur in zip(heads, heads[1:])
            if conv(row[prev]) is not None and conv(row[cur]) is not None
            and pred(conv(row[cur]), conv(row[prev]))}


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def T(name: str) -> Table:
    return Table(*TABLES[name])


AL, CT, NR = "airport_lounge.xlsx", "clinical_trial_visits.xlsx", "newsroom_deadlines.xlsx"
SK, BH, ES = "ski_rentals.xlsx", "beekeeping_hives.xlsx", "esports_team_stats.xlsx"
TABLES = {
    "VI": (AL, "Visits", "A5:M57"),
    "WL": (AL, "Visits", "O5:P11"),
    "HO": (AL, "Hourly", "A4:K34"),
    "VL": (CT, "Visit log", "B5:P59"),
    "SI": (CT, "Sites", "A1:J13"),
    "MO": (CT, "Sites", "A17:G29"),
    "BU": (NR, "Budget", "A4:N54"),
    "CO": (NR, "Columnists", "A2:L24"),
    "RE": (SK, "Rentals", "A3:P58"),
    "PL": (SK, "Rentals", "R3:S8"),
    "FL": (SK, "Fleet", "A1:M41"),
    "IN": (BH, "Inspections", "B5:O57"),
    "HY": (BH, "Honey", "A4:H28"),
    "RO": (ES, "Roster", "A4:R40"),
    "MA": (ES, "Matches", "A1:L41"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- airport_lounge
    VI, WL, HO = T("VI"), T("WL"), T("HO")
    hours = ["06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00"]

    def stay(r):
        a, b = mins(r["Check-in"]), mins(r["Check-out"])
        return None if a is None or b is None else b - a

    def lead(r):
        a, b = mins(r["Check-in"]), mins(r["Dep time"])
        return None if a is None or b is None else b - a

    watch = {t(r["Watch list (card holder)"]) for r in WL.rows if not blank(r["Watch list (card holder)"])}
    C["l001"] = lambda: VI.cells("Check-out", lambda v, r: mins(v) is not None and gt(mins(v), mins(r["Dep time"])))
    C["l002"] = lambda: VI.whole(lambda r: lt(lead(r), 40))
    C["l003"] = lambda: VI.whole(lambda r: gt(stay(r), 3 * 60))
    C["l004"] = lambda: VI.cells("+Guests", lambda v, r: (val(v) or 0) > 2)
    C["l005"] = lambda: stepped(HO, hours, lambda cur, prev: gt(cur - prev, 70))
    C["l006"] = lambda: VI.whole(lambda r: t(r["Tier"]) in ("silver", "day pass")
                                 and num(r["Rating"]) is not None and num(r["Rating"]) <= 2)
    C["l007"] = lambda: VI.whole(lambda r: t(r["Airline"]) in ("ek", "ba") and (val(r["+Guests"]) or 0) >= 2)
    C["l008"] = lambda: VI.whole(lambda r: t(r["Tier"]) != "platinum" and num(r["F&B spend $"]) == 0
                                 and num(r["Rating"]) is not None and num(r["Rating"]) <= 3)
    C["l009"] = lambda: VI.whole(lambda r: num(r["Rating"]) == 1
                                 or (num(r["F&B spend $"]) is not None and num(r["F&B spend $"]) < 0))
    C["l010"] = lambda: HO.cells(hours, lambda v, r: gt(val(v), 140))
    C["l011"] = lambda: HO.whole(lambda r: any([gt(val(r[h]), 150) for h in hours]))
    C["l012"] = lambda: col_max(HO, hours)
    C["l013"] = lambda: HO.whole(lambda r: gt(sum(val(r[h]) or 0 for h in hours), 830))
    C["l014"] = lambda: VI.cells("Check-in", lambda v, r: lt(mins(v), 6 * 60))
    C["l015"] = lambda: VI.cells("Date", lambda v, r: between(days(v), 0, 3))
    C["l016"] = lambda: VI.cells("Check-out", lambda v, r: gt(mins(v), 21 * 60))
    C["l017"] = lambda: VI.whole(lambda r: weekend(r["Date"]))
    C["l018"] = lambda: HO.whole(lambda r: (r.r - 5) % 2 == 0)
    C["l019"] = lambda: VI.whole(lambda r: not blank(r["Check-in"]) and blank(r["Check-out"]))
    C["l020"] = lambda: VI.whole(lambda r: blank(r["Guest"]))
    C["l021"] = lambda: VI.cells("Flight", lambda v, r: sum(ch.isdigit() for ch in str(v)) == 4)
    C["l022"] = lambda: VI.cells("Visit #", dup(VI, "Visit #"))
    C["l023"] = lambda: VI.whole(lambda r: not blank(r["Guest"]) and t(r["Guest"]) in watch)
    C["l024"] = lambda: top(VI, "F&B spend $", 5)
    C["l025"] = lambda: VI.cells("Fee ($)", lambda v, r: gt(num(v), 80))

    # ---------------- clinical_trial_visits
    VL, SI, MO = T("VL"), T("SI"), T("MO")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    comp = "Dose compl. %"
    visits = Counter((r["Subj ID"], r["Visit"]) for r in VL.rows)
    C["l026"] = lambda: VL.cells("Actual Dt", lambda v, r: d(v) is not None and d(r["Target Dt"]) is not None
                                 and abs((d(v) - d(r["Target Dt"])).days) > r["Window ±d"])
    C["l027"] = lambda: VL.cells("ALT (U/L)", lambda v, r: gt(num(v), 3 * 40))
    C["l028"] = lambda: VL.cells("AST (U/L)", lambda v, r: num(r["ALT (U/L)"]) is not None and gt(num(v), num(r["ALT (U/L)"])))
    C["l029"] = lambda: SI.whole(lambda r: lt(val(r["Randomised"]), 0.8 * num(r["Target n"])))
    C["l030"] = lambda: stepped(MO, months, lambda cur, prev: cur < prev)
    C["l031"] = lambda: VL.whole(lambda r: t(r["Arm"]) == "placebo" and t(r["AE"]) == "y")
    C["l032"] = lambda: VL.whole(lambda r: t(r["Site"]) in ("lyon", "porto") and (num(r["SBP"]) or 0) >= 150)
    C["l033"] = lambda: VL.whole(lambda r: t(r["Arm"]) != "placebo" and lt(num(r[comp]), 0.8))
    C["l034"] = lambda: VL.whole(lambda r: t(r["Visit"]) in ("v3", "v4")
                                 and (t(r["AE"]) == "y" or lt(num(r[comp]), 0.9)))
    C["l035"] = lambda: MO.whole(lambda r: any(num(r[m]) == 0 for m in months))
    C["l036"] = lambda: MO.whole(lambda r: sum(val(r[m]) or 0 for m in months) >= 18)
    C["l037"] = lambda: row_max(MO, months)
    C["l038"] = lambda: SI.cells(["Screened", "Randomised"], lambda v, r: gt(val(v), 22))
    C["l039"] = lambda: VL.cells("Target Dt", lambda v, r: between(days(v), 0, 30) and blank(r["Actual Dt"]))
    C["l040"] = lambda: SI.cells("Next MV", lambda v, r: lt(days(v), 0))
    C["l041"] = lambda: SI.cells("Last MV", lambda v, r: lt(days(v), -60))
    C["l042"] = lambda: VL.cells("Actual Dt", lambda v, r: weekend(v))
    C["l043"] = lambda: VL.whole(lambda r: (r.r - 5) % 3 == 0)
    C["l044"] = lambda: VL.whole(lambda r: blank(r["Actual Dt"]) and lt(days(r["Target Dt"]), 0))
    C["l045"] = lambda: MO.cells(months, lambda v, r: blank(v))
    C["l046"] = lambda: VL.cells("Subj ID", lambda v, r: "ly" in t(v))
    C["l047"] = lambda: VL.whole(lambda r: visits[(r["Subj ID"], r["Visit"])] > 1)
    C["l048"] = lambda: top(VL, "Wt (kg)", 3)
    C["l049"] = lambda: top(SI, "Randomised", 2, largest=False)
    C["l050"] = lambda: VL.whole(lambda r: t(r["AE"]) == "y")

    # ---------------- newsroom_deadlines
    BU, CO = T("BU"), T("CO")
    weeks = ["W44", "W45", "W46", "W47", "W48"]

    def late(r):
        return mins(r["Filed"]) is not None and mins(r["Filed"]) > mins(r["Deadline"])

    C["l051"] = lambda: BU.cells("Filed", lambda v, r: late(r))
    C["l052"] = lambda: BU.whole(lambda r: mins(r["Filed"]) is not None
                                 and gt(mins(r["Filed"]) - mins(r["Deadline"]), 20))
    C["l053"] = lambda: BU.cells("Words", lambda v, r: val(v) is not None and gt(val(v) / num(r["Words tgt"]), 1.1))
    C["l054"] = lambda: CO.cells(weeks, lambda v, r: val(v) is not None and val(v) < num(r["Tgt"]))
    C["l055"] = lambda: CO.cells("W48", lambda v, r: val(v) is not None and val(r["W47"]) is not None
                                 and gt(val(r["W47"]) - val(v), 350))
    C["l056"] = lambda: BU.whole(lambda r: t(r["Desk"]) in ("news", "world") and t(r["Legal"]) == "pending")
    C["l057"] = lambda: BU.whole(lambda r: num(r["Pg"]) is not None and num(r["Pg"]) <= 3 and t(r["Photo"]) != "y")
    C["l058"] = lambda: BU.whole(lambda r: t(r["Desk"]) == "opinion"
                                 and ((val(r["Words"]) is not None and val(r["Words"]) > num(r["Words tgt"])) or late(r)))
    C["l059"] = lambda: BU.whole(lambda r: t(r["Desk"]) == "business" and t(r["Status"]) in ("budgeted", "holding"))
    C["l060"] = lambda: CO.whole(lambda r: any(val(r[w]) == 0 for w in weeks))
    C["l061"] = lambda: col_max(CO, weeks)
    C["l062"] = lambda: top(CO, weeks, 3, conv=val)
    C["l063"] = lambda: CO.whole(lambda r: gt(sum(val(r[w]) or 0 for w in weeks), 5500))
    C["l064"] = lambda: BU.cells("Filed", lambda v, r: lt(mins(v), 10 * 60))
    C["l065"] = lambda: CO.cells("Contract ends", lambda v, r: between(days(v), 0, 60))
    C["l066"] = lambda: CO.cells("Columnist", lambda v, r: lt(days(r["Last filed"]), -21))
    C["l067"] = lambda: BU.whole(lambda r: weekend(r["Pub date"]))
    C["l068"] = lambda: CO.whole(lambda r: t(r["Runs"]) == "thu")
    C["l069"] = lambda: BU.cells("Legal", lambda v, r: blank(v))
    C["l070"] = lambda: CO.whole(lambda r: any(blank(r[w]) for w in weeks))
    C["l071"] = lambda: BU.cells("Slug", lambda v, r: "harbour" in t(v))
    C["l072"] = lambda: CO.cells("Column", lambda v, r: str(v).startswith("The "))
    C["l073"] = lambda: BU.cells("Slug", dup(BU, "Slug"))
    C["l074"] = lambda: top(BU, "+/-", 3)
    C["l075"] = lambda: CO.cells("Fee/col $", lambda v, r: gt(num(v), 200))

    # ---------------- ski_rentals
    RE, PL, FL = T("RE"), T("PL"), T("FL")
    price = {t(r["Package"]): num(r["List rate"]) for r in PL.rows}
    used = ["Dec", "Jan", "Feb", "Mar", "Apr"]
    C["l076"] = lambda: RE.cells("Returned", lambda v, r: d(v) is not None and d(r["Due back"]) is not None
                                 and d(v) > d(r["Due back"]))
    C["l077"] = lambda: RE.cells("Total $", lambda v, r: val(v) is not None
                                 and abs(val(v) - num(r["Days"]) * num(r["Rate/day"])) > 1e-9)
    C["l078"] = lambda: RE.cells("Rate/day", lambda v, r: num(v) < price[t(r["Pkg"])])
    C["l079"] = lambda: RE.cells("Damage $", lambda v, r: gt(num(v), num(r["Deposit $"]) / 2))
    C["l080"] = lambda: FL.cells("Last tune", lambda v, r: days(v) is not None and gt(-days(v), num(r["Tune every (d)"])))
    C["l081"] = lambda: RE.whole(lambda r: t(r["Pkg"]) in ("premium", "sport") and t(r["Paid"]) != "yes")
    C["l082"] = lambda: RE.whole(lambda r: t(r["Pkg"]) == "kids"
                                 and (num(r["Days"]) > 3 or num(r["Damage $"]) not in (None, 0)))
    C["l083"] = lambda: RE.whole(lambda r: t(r["Paid"]) == "no" and gt(val(r["Total $"]), 150))
    C["l084"] = lambda: FL.whole(lambda r: t(r["Status"]) == "retired" and gt(num(r["Cost $"]), 500))
    C["l085"] = lambda: FL.whole(lambda r: any(val(r[m]) == 0 for m in used))
    C["l086"] = lambda: FL.whole(lambda r: gt(sum(val(r[m]) or 0 for m in used), 100))
    C["l087"] = lambda: FL.cells(used, lambda v, r: gt(val(v), 25))
    C["l088"] = lambda: FL.whole(lambda r: all(blank(r[m]) for m in used))
    C["l089"] = lambda: RE.whole(lambda r: blank(r["Returned"]) and lt(days(r["Due back"]), -5))
    C["l090"] = lambda: FL.cells("Bought", lambda v, r: d(v) is not None
                                 and gt((d(v) - dt.date(2025, 12, 1)).days, 0))
    C["l091"] = lambda: RE.cells("Out", lambda v, r: d(v) is not None and d(v).weekday() == 5)
    C["l092"] = lambda: FL.whole(lambda r: r.r % 2 == 0)
    C["l093"] = lambda: RE.cells("Returned", lambda v, r: blank(v))
    C["l094"] = lambda: RE.whole(lambda r: blank(r["Customer"]))
    C["l095"] = lambda: RE.cells("Skis/Board", lambda v, r: t(v).startswith(("volkl", "head")))
    C["l096"] = lambda: RE.cells("Ref", dup(RE, "Ref"))
    C["l097"] = lambda: RE.cells("Customer", dup(RE, "Customer", t))
    C["l098"] = lambda: top(FL, "Cost $", 4)
    C["l099"] = lambda: RE.cells("Len (cm)", lambda v, r: gt(num(v), 180))
    C["l100"] = lambda: RE.whole(lambda r: t(r["Paid"]) == "part")

    # ---------------- beekeeping_hives
    IN, HY = T("IN"), T("HY")
    honey = ["May", "Jun", "Jul", "Aug", "Sep"]
    logged = Counter((r["Hive"], r["Date"]) for r in IN.rows)
    C["l101"] = lambda: IN.cells("Mites/100", lambda v, r: gt(val(v), 3))
    C["l102"] = lambda: IN.cells("Stores fr.", lambda v, r: num(v) is not None and num(v) < 2)
    C["l103"] = lambda: IN.cells("Next insp", lambda v, r: d(v) is not None and d(r["Date"]) is not None
                                 and (d(v) - d(r["Date"])).days >= 28)
    C["l104"] = lambda: stepped(HY, honey, lambda cur, prev: cur < prev)
    C["l105"] = lambda: HY.cells("Aug", lambda v, r: val(v) is not None and gt(val(v) * 14.5, 150))
    C["l106"] = lambda: IN.whole(lambda r: t(r["Queen seen"]) == "n" and t(r["Eggs"]) == "n")
    C["l107"] = lambda: IN.whole(lambda r: t(r["Apiary"]) in ("ridge", "church lane") and num(r["Temper"]) >= 4)
    C["l108"] = lambda: IN.whole(lambda r: any([gt(val(r["Mites/100"]), 5), lt(num(r["Wt chg"]), -3)]))
    C["l109"] = lambda: IN.whole(lambda r: t(r["Apiary"]) == "orchard" and gt(mins(r["Time"]), 14 * 60))
    C["l110"] = lambda: HY.cells(honey, lambda v, r: lt(val(v), 1))
    C["l111"] = lambda: HY.whole(lambda r: lt(sum(val(r[m]) or 0 for m in honey), num(r["Target kg"])))
    C["l112"] = lambda: row_max(HY, honey)
    C["l113"] = lambda: HY.whole(lambda r: all(val(r[m]) is not None and val(r[m]) >= 3 for m in ("Jul", "Aug", "Sep")))
    C["l114"] = lambda: IN.whole(lambda r: num(r["Brood fr."]) == 0 or num(r["Stores fr."]) == 0)
    C["l115"] = lambda: IN.cells("Next insp", lambda v, r: between(days(v), 0, 10))
    C["l116"] = lambda: IN.cells("Time", lambda v, r: mins(v) is not None and mins(v) < 9 * 60)
    C["l117"] = lambda: IN.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["l118"] = lambda: HY.whole(lambda r: (r.r - 5) % 2 == 0)
    C["l119"] = lambda: IN.cells("Queen seen", lambda v, r: blank(v))
    C["l120"] = lambda: HY.cells("Hive", lambda v, r: any(blank(r[m]) for m in honey))
    C["l121"] = lambda: HY.whole(lambda r: t(r["Hive"]).startswith("n"))
    C["l122"] = lambda: IN.whole(lambda r: "lane" in t(r["Apiary"]))
    C["l123"] = lambda: IN.whole(lambda r: logged[(r["Hive"], r["Date"])] > 1)
    C["l124"] = lambda: top(IN, "Weight (kg)", 3)
    C["l125"] = lambda: IN.whole(lambda r: t(r["Eggs"]) == "n")

    # ---------------- esports_team_stats
    RO, MA = T("RO"), T("MA")
    rtg = ["Rtg W44", "Rtg W45", "Rtg W46", "Rtg W47", "Rtg W48"]

    def avg(r):
        xs = [num(r[w]) for w in rtg if num(r[w]) is not None]
        return sum(xs) / len(xs) if xs else None

    C["l126"] = lambda: RO.cells("Handle", lambda v, r: num(r["D"]) > num(r["K"]))
    C["l127"] = lambda: stepped(RO, rtg, lambda cur, prev: gt(prev - cur, 0.3), conv=num)
    C["l128"] = lambda: RO.cells("K", lambda v, r: lt(num(v) / num(r["Maps"]), 16))
    C["l129"] = lambda: MA.whole(lambda r: num(r["Us"]) is not None and num(r["Them"]) - num(r["Us"]) >= 6)
    C["l130"] = lambda: RO.cells("Rtg W48", lambda v, r: num(v) is not None and num(r["Rtg W44"]) is not None
                                 and num(v) < num(r["Rtg W44"]))
    C["l131"] = lambda: RO.whole(lambda r: t(r["Squad"]) == "trial" and (num(r["Rtg W48"]) or 0) >= 1.2)
    C["l132"] = lambda: RO.whole(lambda r: t(r["Role"]) in ("entry", "igl") and lt(num(r["HS %"]), 0.4))
    C["l133"] = lambda: RO.whole(lambda r: t(r["Squad"]) == "academy" and gt(val(r["Salary ($k)"]), 7))
    C["l134"] = lambda: MA.whole(lambda r: t(r["Event"]) == "cct europe" and t(r["Result"]) == "l")
    C["l135"] = lambda: MA.whole(lambda r: t(r["Map"]) in ("mirage", "inferno") and t(r["Result"]) == "w")
    C["l136"] = lambda: RO.cells(rtg, lambda v, r: lt(num(v), 0.8))
    C["l137"] = lambda: RO.whole(lambda r: all(num(r[w]) is not None for w in rtg)
                                 and all([gt(num(r[w]), 1.0) for w in rtg]))
    C["l138"] = lambda: col_max(RO, rtg, conv=num)
    C["l139"] = lambda: RO.whole(lambda r: lt(avg(r), 0.95))
    C["l140"] = lambda: RO.cells("Contract end", lambda v, r: between(days(v), 0, 30))
    C["l141"] = lambda: MA.cells("End", lambda v, r: gt(mins(v), 22 * 60 + 30))
    C["l142"] = lambda: MA.whole(lambda r: weekend(r["Date"]))
    C["l143"] = lambda: RO.whole(lambda r: (r.r - 4) % 5 == 0)
    C["l144"] = lambda: MA.whole(lambda r: not blank(r["Result"]) and blank(r["Peak viewers"]))
    C["l145"] = lambda: RO.whole(lambda r: any(blank(r[w]) for w in rtg))
    C["l146"] = lambda: RO.cells("Handle", lambda v, r: any(ch.isalpha() for ch in v) and v == v.upper())
    C["l147"] = lambda: RO.cells("Handle", dup(RO, "Handle"))
    C["l148"] = lambda: top(RO, "K", 3)
    C["l149"] = lambda: top(MA, "Peak viewers", 1, largest=False)
    C["l150"] = lambda: MA.cells("Length", lambda v, r: gt(dur(v), 90))
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
