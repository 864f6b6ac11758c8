"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day and durations are compared in minutes.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Comparisons whose edge the request states plainly (whole counts such as "more kids than adults",
"fewer shifts than the month before", "N or more") use plain operators instead.

Adapted from dev-v2 part E's crosscheck.py (the helpers); the checks are this set's own.

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
    """A real number cell (not text, not a date, not a time)."""
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


def tmin(v):
    """Minutes of a real time-of-day or duration cell; None for anything else."""
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
        self.ws = ws = _books[book][sheet]
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

    def pairs(self, heads, pred) -> set[str]:
        """Cells of heads[1:] where pred(this value, the value in the column before) holds."""
        return {f"{get_column_letter(self.cols[h])}{row.r}" for row in self.rows
                for p, h in zip(heads, heads[1:]) if pred(row[h], row[p])}

    def values(self, h, conv=num):
        return [x for x in (conv(row[h]) for row in self.rows) if x is not None]

    def count(self, h, key=lambda v: v):
        return Counter(key(row[h]) for row in self.rows if not blank(row[h]))

    def label(self, ref):
        return self.ws[ref].value


def top(tab: Table, h: str, n: int, largest=True):
    """The n largest (or smallest) numbers of a column; a tie across the cut-off is a boundary."""
    return top_block(tab, [h], n, largest)


def top_block(tab: Table, heads: list[str], n: int, largest=True):
    """The n largest (or smallest) numbers of a block of columns."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {heads}")
    return tab.cells(heads, lambda v, r: num(v) is not None and (num(v) >= cut if largest else num(v) <= cut))


def col_max(tab: Table, heads: list[str]):
    """The highest number of each column (all cells holding it)."""
    out = set()
    for h in heads:
        m = max(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) == m)
    return out


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "PF": ("theatre_box_office.xlsx", "Performances", "B4:O46"),
    "US": ("theatre_box_office.xlsx", "Ushers", "A2:I30"),
    "BK": ("kennel_boarding.xlsx", "Bookings", "A4:P52"),
    "WK": ("kennel_boarding.xlsx", "Walks", "A3:J33"),
    "SL": ("ferry_timetable.xlsx", "Sailings", "B3:N51"),
    "MP": ("ferry_timetable.xlsx", "Route stats", "A2:H14"),
    "FA": ("ferry_timetable.xlsx", "Route stats", "A17:F29"),
    "BL": ("vineyard_harvest.xlsx", "Blocks", "A5:P41"),
    "BX": ("vineyard_harvest.xlsx", "Brix log", "A2:H26"),
    "DL": ("food_bank_deliveries.xlsx", "Deliveries", "C4:Q54"),
    "CO": ("food_bank_deliveries.xlsx", "Collections", "A3:I25"),
    "CL": ("language_school_classes.xlsx", "Classes", "B4:Q44"),
    "SD": ("language_school_classes.xlsx", "Students", "A1:K36"),
}


def both(a, b):
    return a is not None and b is not None


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- theatre_box_office
    PF, US = T("PF"), T("US")
    min_occ, comp_cap = PF.label("R4"), PF.label("R5")
    months = ["Aug", "Sep", "Oct", "Nov"]
    C["m001"] = lambda: PF.cells("Gross ($)", lambda v, r: lt(num(v), num(r["Tgt ($)"])))
    C["m002"] = lambda: PF.whole(lambda r: both(num(r["Comps"]), val(r["Sold"]))
                                 and gt(num(r["Comps"]), 0.1 * val(r["Sold"])))
    C["m003"] = lambda: PF.cells("Sold", lambda v, r: both(val(v), num(r["Cap."])) and val(v) > num(r["Cap."]))
    C["m004"] = lambda: PF.cells("Occ %", lambda v, r: lt(num(v), min_occ))
    C["m005"] = lambda: PF.cells("Refunds ($)", lambda v, r: both(num(v), num(r["Gross ($)"]))
                                 and gt(-num(v), 0.05 * num(r["Gross ($)"])))
    C["m006"] = lambda: PF.cells("Comps", lambda v, r: gt(num(v), comp_cap))
    C["m007"] = lambda: US.pairs(months, lambda v, p: both(val(v), val(p)) and val(v) < val(p))
    C["m008"] = lambda: PF.whole(lambda r: t(r["Show"]) == "hamlet" and lt(num(r["Occ %"]), 0.6))
    C["m009"] = lambda: PF.whole(lambda r: t(r["Status"]) == "on sale" and between(days(r["Date"]), 0, 10)
                                 and lt(num(r["Occ %"]), 0.4))
    C["m010"] = lambda: PF.whole(lambda r: t(r["Status"]) == "cancelled" or lt(num(r["Refunds ($)"]), -150))
    C["m011"] = lambda: US.whole(lambda r: t(r["DBS?"]) != "y" and (val(r["Nov"]) or 0) > 0)
    C["m012"] = lambda: US.whole(lambda r: any(blank(r[m]) for m in months))
    C["m013"] = lambda: col_max(US, months)
    C["m014"] = lambda: US.cells("Name", lambda v, r: gt(sum(val(r[m]) or 0 for m in months), 20))
    C["m015"] = lambda: PF.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["m016"] = lambda: PF.cells("Curtain", lambda v, r: lt(tmin(v), 17 * 60))
    C["m017"] = lambda: PF.cells("Run time", lambda v, r: gt(tmin(v), 150))
    C["m018"] = lambda: US.cells("First aid exp.", lambda v, r: days(v) is not None
                                 and (days(v) < 0 or between(days(v), 0, 60)))
    C["m019"] = lambda: PF.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)
    C["m020"] = lambda: US.cells("Name", lambda v, r: blank(r["Phone"]))
    C["m021"] = lambda: PF.cells("Notes", lambda v, r: "school" in t(v))
    C["m022"] = lambda: PF.cells("Perf #", dup(PF, "Perf #"))
    C["m023"] = lambda: top(PF, "Gross ($)", 5)
    C["m024"] = lambda: PF.cells("Occ %", lambda v, r: num(v) is not None and num(v) >= 0.9)
    C["m025"] = lambda: PF.whole(lambda r: t(r["Status"]) == "sold out")

    # ---------------- kennel_boarding
    BK, WK = T("BK"), T("WK")
    late, long_stay = tmin(BK.label("S4")), BK.label("S5")
    week = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    C["m026"] = lambda: BK.cells("Nights", lambda v, r: d(r["Check-in"]) and d(r["Check-out"])
                                 and num(v) is not None
                                 and (d(r["Check-out"]) - d(r["Check-in"])).days != num(v))
    C["m027"] = lambda: BK.cells("Vacc exp", lambda v, r: d(v) and d(r["Check-out"])
                                 and lt((d(v) - d(r["Check-out"])).days, 0))
    C["m028"] = lambda: BK.whole(lambda r: gt(num(r["Balance ($)"]), num(r["Paid ($)"]) or 0))
    C["m029"] = lambda: BK.cells("Pick-up", lambda v, r: gt(tmin(v), late))
    C["m030"] = lambda: BK.whole(lambda r: gt(num(r["Nights"]), long_stay))
    C["m031"] = lambda: WK.cells(week, lambda v, r: lt(num(v), num(r["Min/day tgt"])))
    C["m032"] = lambda: BK.whole(lambda r: num(r["Nights"]) is not None
                                 and (num(r["Paid ($)"]) or 0) + (num(r["Balance ($)"]) or 0)
                                 != num(r["Nights"]) * val(r["Rate/nt ($)"]))
    C["m033"] = lambda: BK.whole(lambda r: t(r["Size"]) == "l" and gt(num(r["Nights"]), 10))
    C["m034"] = lambda: BK.whole(lambda r: ("insulin" in t(r["Notes"]) or "medication" in t(r["Notes"]))
                                 and t(r["Vet ok?"]) != "y")
    C["m035"] = lambda: BK.whole(lambda r: both(days(r["Check-in"]), days(r["Check-out"]))
                                 and between(days(r["Check-in"]), -999, 0) and gt(days(r["Check-out"]), 0)
                                 and (num(r["Balance ($)"]) or 0) > 0)
    C["m036"] = lambda: BK.whole(lambda r: t(r["Vet ok?"]) == "n" or blank(r["Vacc exp"]))
    C["m037"] = lambda: WK.cells(week, lambda v, r: lt(num(v), 15))
    C["m038"] = lambda: WK.cells("Dog", lambda v, r: blank(r["Sat"]) and blank(r["Sun"]))
    C["m039"] = lambda: WK.whole(lambda r: gt(sum(num(r[w]) or 0 for w in week), 6 * 60))
    C["m040"] = lambda: top_block(WK, week, 3)
    C["m041"] = lambda: BK.cells("Check-in", lambda v, r: between(days(v), 0, 7))
    C["m042"] = lambda: BK.cells("Drop-off", lambda v, r: lt(tmin(v), 8 * 60))
    C["m043"] = lambda: BK.cells("Vacc exp", lambda v, r: between(days(v), 0, 30))
    C["m044"] = lambda: BK.cells("Check-out", lambda v, r: between(days(v), -14, 0) and days(v) < 0)
    C["m045"] = lambda: BK.cells("Check-in", lambda v, r: weekend(v))
    C["m046"] = lambda: BK.whole(lambda r: blank(r["Owner"]))
    C["m047"] = lambda: BK.cells("Vet ok?", lambda v, r: blank(v) and not blank(r["Notes"]))
    C["m048"] = lambda: BK.cells("Breed", lambda v, r: "terrier" in t(v))
    C["m049"] = lambda: BK.whole(lambda r: dup(BK, "Ref")(r["Ref"], r))
    C["m050"] = lambda: top(BK, "Balance ($)", 3)

    # ---------------- ferry_timetable
    SL, MP, FA = T("SL"), T("MP"), T("FA")
    mon = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

    def trip(r, a, b):
        x, y = tmin(r[a]), tmin(r[b])
        return None if x is None or y is None else y - x

    C["m051"] = lambda: SL.cells("Actual dep", lambda v, r: gt(trip(r, "Sched dep", "Actual dep"), 10))
    C["m052"] = lambda: SL.cells("Actual arr", lambda v, r: (trip(r, "Sched arr", "Actual arr") or 0) < 0)
    C["m053"] = lambda: SL.whole(lambda r: gt(val(r["Pax"]), num(r["Pax cap"])))
    C["m054"] = lambda: SL.cells("Actual arr", lambda v, r: trip(r, "Actual dep", "Actual arr") is not None
                                 and gt(trip(r, "Actual dep", "Actual arr")
                                        - trip(r, "Sched dep", "Sched arr"), 15))
    C["m055"] = lambda: MP.pairs(mon, lambda v, p: both(num(v), num(p)) and num(v) < num(p))
    C["m056"] = lambda: MP.cells(mon, lambda v, r: lt(num(v), 0.9 * num(r["Tgt/mo"])))
    C["m057"] = lambda: FA.cells("Adult 2026 ($)", lambda v, r: both(num(v), num(r["Adult 2025 ($)"]))
                                 and gt(num(v) - num(r["Adult 2025 ($)"]), 2))
    C["m058"] = lambda: SL.whole(lambda r: t(r["Vessel"]) == "mv tern" and gt(val(r["Pax"]), 150))
    C["m059"] = lambda: SL.whole(lambda r: (trip(r, "Sched dep", "Actual dep") or 0) > 0
                                 and blank(r["Delay reason"]))
    C["m060"] = lambda: SL.whole(lambda r: "mull rock" in t(r["Route"]) or gt(num(r["Cars"]), 50))
    C["m061"] = lambda: FA.whole(lambda r: num(r["Car 2026 ($)"]) > num(r["Car 2025 ($)"])
                                 and num(r["Adult 2026 ($)"]) <= num(r["Adult 2025 ($)"]))
    C["m062"] = lambda: MP.cells(mon, lambda v, r: lt(num(v), 1000))
    C["m063"] = lambda: MP.cells("Route", lambda v, r: gt(sum(num(r[m]) or 0 for m in mon), 30000))
    C["m064"] = lambda: MP.whole(lambda r: any(blank(r[m]) for m in mon))
    C["m065"] = lambda: SL.cells("Date", lambda v, r: between(days(v), 0, 3))
    C["m066"] = lambda: SL.cells("Sched dep", lambda v, r: lt(tmin(v), 8 * 60))
    C["m067"] = lambda: SL.whole(lambda r: between(days(r["Date"]), -7, 0) and days(r["Date"]) < 0)
    C["m068"] = lambda: SL.cells("Actual arr", lambda v, r: gt(tmin(v), 20 * 60))
    C["m069"] = lambda: SL.whole(lambda r: gt(trip(r, "Actual dep", "Actual arr"), 105))
    C["m070"] = lambda: SL.whole(lambda r: weekend(r["Date"]))
    C["m071"] = lambda: SL.whole(lambda r: (r.r - 4) % 2 == 0)
    C["m072"] = lambda: SL.cells("Actual arr", lambda v, r: blank(v) and not blank(r["Actual dep"]))
    C["m073"] = lambda: SL.cells("Delay reason", lambda v, r: "wind" in t(v))
    C["m074"] = lambda: SL.cells("Sailing #", dup(SL, "Sailing #"))
    C["m075"] = lambda: top(SL, "Fuel (L)", 3, largest=False)

    # ---------------- vineyard_harvest
    BL, BX = T("BL"), T("BX")
    min_brix, max_ta = BL.label("S5"), BL.label("S6")
    weeks = [f"Wk {w}" for w in range(33, 39)]
    C["m076"] = lambda: BL.cells("Picked (t)", lambda v, r: both(num(v), num(r["Est. yield (t)"]))
                                 and lt(num(v), 0.9 * num(r["Est. yield (t)"])))
    C["m077"] = lambda: BL.whole(lambda r: both(num(r["Picked (t)"]), num(r["Est. yield (t)"]))
                                 and gt(num(r["Picked (t)"]) - num(r["Est. yield (t)"]), 2))
    C["m078"] = lambda: BL.cells("Crush date", lambda v, r: d(v) and d(r["Pick date"])
                                 and gt((d(v) - d(r["Pick date"])).days, 2))
    C["m079"] = lambda: BL.cells("Brix", lambda v, r: lt(val(v), min_brix))
    C["m080"] = lambda: BL.cells("TA (g/L)", lambda v, r: gt(num(v), max_ta))
    C["m081"] = lambda: BX.pairs(weeks, lambda v, p: both(num(v), num(p)) and num(v) < num(p))
    C["m082"] = lambda: BL.whole(lambda r: both(num(r["Picked (t)"]), num(r["Area (ha)"]))
                                 and gt(num(r["Picked (t)"]) / num(r["Area (ha)"]), 9))
    C["m083"] = lambda: BL.whole(lambda r: t(r["Variety"]) == "pinot noir" and gt(num(r["pH"]), 3.5))
    C["m084"] = lambda: BL.whole(lambda r: t(r["Variety"]) in ("chardonnay", "sauvignon blanc")
                                 and lt(val(r["Brix"]), 21))
    C["m085"] = lambda: BL.whole(lambda r: t(r["Crew"]) == "b" and lt(num(r["Price $/t"]), 2000))
    C["m086"] = lambda: BL.whole(lambda r: blank(r["Pick date"]) and t(r["Variety"]) != "cabernet sauvignon")
    C["m087"] = lambda: BX.cells(weeks, lambda v, r: gt(num(v), 23))
    C["m088"] = lambda: col_max(BX, weeks)
    C["m089"] = lambda: BX.cells("Block", lambda v, r: all(blank(r[w]) for w in weeks[3:]))
    C["m090"] = lambda: BX.whole(lambda r: any(num(r[w]) is not None for w in weeks)
                                 and max(num(r[w]) for w in weeks if num(r[w]) is not None) < 22)
    C["m091"] = lambda: BL.cells("Pick date", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 9))
    C["m092"] = lambda: BL.cells("Pick date", lambda v, r: lt(days(v), -60))
    C["m093"] = lambda: BL.cells("Pick date", lambda v, r: d(v) is not None
                                 and dt.date(2026, 9, 1) <= d(v) <= dt.date(2026, 9, 14))
    C["m094"] = lambda: BL.cells("Pick date", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["m095"] = lambda: BL.cells("Crew", lambda v, r: blank(v) and not blank(r["Picked (t)"]))
    C["m096"] = lambda: BL.cells("Notes", lambda v, r: "mildew" in t(v) or "botrytis" in t(v))
    C["m097"] = lambda: BL.whole(lambda r: dup(BL, "Block")(r["Block"], r))
    C["m098"] = lambda: top(BL, "Price $/t", 3)
    C["m099"] = lambda: BL.cells("vs 2025 %", lambda v, r: lt(num(v), -0.15))
    C["m100"] = lambda: BL.whole(lambda r: t(r["Status"]) == "dropped")

    # ---------------- food_bank_deliveries
    DL, CO = T("DL"), T("CO")
    kg_pp = DL.label("T4")
    wk = ["Wk 45", "Wk 46", "Wk 47", "Wk 48"]

    def people(r):
        return (num(r["Adults"]) or 0) + (val(r["Kids"]) or 0)

    C["m101"] = lambda: DL.cells("Delivered", lambda v, r: tmin(v) is not None
                                 and (lt(tmin(v), tmin(r["Window from"])) or gt(tmin(v), tmin(r["Window to"]))))
    C["m102"] = lambda: DL.cells("Wt (kg)", lambda v, r: lt(num(v), kg_pp * people(r)))
    C["m103"] = lambda: DL.whole(lambda r: both(val(r["Kids"]), num(r["Adults"])) and val(r["Kids"]) > num(r["Adults"]))
    C["m104"] = lambda: CO.pairs(wk, lambda v, p: both(num(v), num(p)) and gt(num(p) - num(v), 50))
    C["m105"] = lambda: CO.cells(wk, lambda v, r: lt(num(v), num(r["Target (kg)"])))
    C["m106"] = lambda: DL.cells("Last visit", lambda v, r: d(v) and d(r["Date"])
                                 and lt((d(r["Date"]) - d(v)).days, 14))
    C["m107"] = lambda: DL.whole(lambda r: t(r["Zone"]) == "east" and (num(r["Parcels"]) or 0) > 3)
    C["m108"] = lambda: DL.whole(lambda r: t(r["Driver"]) == "sam" and blank(r["Delivered"])
                                 and days(r["Date"]) is not None and days(r["Date"]) < 0)
    C["m109"] = lambda: DL.whole(lambda r: ("halal" in t(r["Diet"]) or "kosher" in t(r["Diet"]))
                                 and t(r["Zone"]) == "north")
    C["m110"] = lambda: DL.whole(lambda r: t(r["Zone"]) != "central" and people(r) > 5)
    C["m111"] = lambda: CO.whole(lambda r: t(r["Area"]) == "riverside" and lt(num(r["Wk 48"]), 300))
    C["m112"] = lambda: CO.cells(wk, lambda v, r: lt(num(v), 200))
    C["m113"] = lambda: CO.whole(lambda r: lt(sum(num(r[w]) or 0 for w in wk), 4 * num(r["Target (kg)"])))
    C["m114"] = lambda: CO.cells("Store", lambda v, r: any(blank(r[w]) for w in wk))
    C["m115"] = lambda: DL.cells("Date", lambda v, r: between(days(v), 0, 5))
    C["m116"] = lambda: DL.cells("Delivered", lambda v, r: gt(tmin(v), 17 * 60))
    C["m117"] = lambda: DL.cells("Last visit", lambda v, r: lt(days(v), -56))
    C["m118"] = lambda: DL.cells("Window from", lambda v, r: lt(tmin(v), 12 * 60))
    C["m119"] = lambda: DL.whole(lambda r: between(days(r["Date"]), -7, 0) and days(r["Date"]) < 0)
    C["m120"] = lambda: DL.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)
    C["m121"] = lambda: CO.whole(lambda r: (r.r - 4) % 3 == 0)
    C["m122"] = lambda: DL.cells("Postcode", lambda v, r: blank(v))
    C["m123"] = lambda: DL.cells("Postcode", lambda v, r: isinstance(v, str) and v.upper().startswith("E2 "))
    C["m124"] = lambda: DL.cells("Household", dup(DL, "Household", t))
    C["m125"] = lambda: top(DL, "Wt (kg)", 5)

    # ---------------- language_school_classes
    CL, SD = T("CL"), T("SD")
    min_size, att_tgt = CL.label("T4"), CL.label("T5")
    quiz = [f"Quiz {k}" for k in range(1, 6)]

    def mean(r):
        xs = [num(r[q]) for q in quiz if num(r[q]) is not None]
        return sum(xs) / len(xs) if xs else None

    C["m126"] = lambda: CL.cells("Enrolled", lambda v, r: val(v) is not None and val(v) > num(r["Max"]))
    C["m127"] = lambda: CL.whole(lambda r: val(r["Enrolled"]) is not None and val(r["Enrolled"]) < min_size)
    C["m128"] = lambda: CL.cells("Attend %", lambda v, r: lt(num(v), att_tgt))
    C["m129"] = lambda: CL.cells("End", lambda v, r: both(tmin(v), tmin(r["Start"])) and tmin(v) < tmin(r["Start"]))
    C["m130"] = lambda: SD.cells("Quiz 5", lambda v, r: both(num(v), num(r["Quiz 1"]))
                                 and gt(num(r["Quiz 1"]) - num(v), 10))
    C["m131"] = lambda: SD.pairs(quiz, lambda v, p: both(num(v), num(p)) and num(v) < num(p))
    C["m132"] = lambda: CL.whole(lambda r: t(r["Language"]) == "spanish" and (num(r["Waitlist"]) or 0) > 0)
    C["m133"] = lambda: CL.whole(lambda r: t(r["Teacher"]) == "ines duarte" or t(r["Room"]) == "online")
    C["m134"] = lambda: CL.whole(lambda r: t(r["Lvl"]) in ("b1", "b2") and lt(num(r["Attend %"]), 0.75))
    C["m135"] = lambda: SD.whole(lambda r: (num(r["Balance ($)"]) or 0) > 0 and lt(mean(r), 60))
    C["m136"] = lambda: SD.cells(quiz, lambda v, r: num(v) is not None and num(v) < 50)
    C["m137"] = lambda: SD.cells("Name", lambda v, r: any(blank(r[q]) for q in quiz))
    C["m138"] = lambda: top_block(SD, quiz, 5)
    C["m139"] = lambda: CL.cells("Term start", lambda v, r: between(days(v), 0, 42))
    C["m140"] = lambda: CL.cells("Start", lambda v, r: lt(tmin(v), 10 * 60))
    C["m141"] = lambda: CL.whole(lambda r: gt(trip(r, "Start", "End"), 120))
    C["m142"] = lambda: SD.cells("Enrolled on", lambda v, r: d(v) is not None
                                 and lt((d(v) - dt.date(2026, 9, 1)).days, 0))
    C["m143"] = lambda: CL.whole(lambda r: t(r["Day"]) == "sat")
    C["m144"] = lambda: CL.whole(lambda r: blank(r["Teacher"]))
    C["m145"] = lambda: SD.cells("Name", lambda v, r: blank(r["Email"]))
    C["m146"] = lambda: CL.cells("Notes", lambda v, r: "exam" in t(v))
    C["m147"] = lambda: CL.cells("Class code", dup(CL, "Class code"))
    C["m148"] = lambda: top(CL, "Attend %", 3, largest=False)
    C["m149"] = lambda: CL.cells("Fee ($)", lambda v, r: gt(num(v), 400))
    C["m150"] = lambda: SD.cells("Balance ($)", lambda v, r: lt(num(v), -50))
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
