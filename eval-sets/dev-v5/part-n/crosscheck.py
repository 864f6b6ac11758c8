"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case (and
stray spaces where the rule trims); times of day and durations are compared in minutes.

The helpers `gt/lt/le/between` also raise `Boundary` when a value sits exactly on a threshold the
request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Comparisons between two columns where equality is an ordinary, exact outcome (paid = price,
party = room max) use plain `<` / `>`.

Adapted from dev-v2 part E's crosscheck.py (helpers and table reader); the checks are this set's.

    python crosscheck.py         # exit 1 on any disagreement or boundary hit
"""

from __future__ import annotations

import calendar
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
    """The date of a real date (or date-time) cell; text that looks like a date is not a date."""
    return v.date() if isinstance(v, dt.datetime) else None


def days(v):
    x = d(v)
    return None if x is None else (x - BUILT).days


def mins(v):
    """A time of day (or a duration, or the time part of a date-time) in minutes."""
    if isinstance(v, dt.datetime):
        v = v.time()
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.timedelta):
        return v.total_seconds() / 60
    return None


def span(a, b):
    """Minutes from a to b (date-times or times of day)."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return (b - a).total_seconds() / 60
    if mins(a) is None or mins(b) is None:
        return None
    return mins(b) - mins(a)


def edate(x: dt.date, months: int) -> dt.date:
    m = x.month - 1 + months
    y, m = x.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


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


def le(a, b):
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


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


def before(v, when: dt.date) -> bool:
    """A real date strictly before `when`, never exactly on it."""
    x = d(v)
    return x is not None and lt((x - when).days, 0)


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
        assert len(self.cols) == c2 - c1 + 1, f"header names not unique in {sheet}!{ref}"
        self.rows = []
        for r in range(r1 + 1, r2 + 1):
            row = Row({h: ws.cell(r, c).value for h, c in self.cols.items()})
            row.r = r
            self.rows.append(row)

    def addr(self, h, row) -> str:
        return f"{get_column_letter(self.cols[h])}{row.r}"

    def whole(self, pred) -> set[str]:
        return {f"{get_column_letter(c)}{row.r}" for row in self.rows if pred(row)
                for c in range(self.c1, self.c2 + 1)}

    def cells(self, heads, pred) -> set[str]:
        if isinstance(heads, str):
            heads = [heads]
        return {self.addr(h, row) for row in self.rows for h in heads if pred(row[h], row)}

    def values(self, heads, conv=num):
        if isinstance(heads, str):
            heads = [heads]
        return [x for h in heads for x in (conv(row[h]) for row in self.rows) if x is not None]

    def count(self, h, key=lambda v: v):
        return Counter(key(row[h]) for row in self.rows if not blank(row[h]))


def top(tab: Table, heads, n: int, largest=True):
    """The n largest (or smallest) numbers of a column or block; a tie across the cut-off is a
    boundary."""
    vals = sorted(tab.values(heads), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {heads}")
    return tab.cells(heads, lambda v, r: num(v) is not None and (num(v) >= cut if largest else num(v) <= cut))


def extreme(tab: Table, heads, fn):
    """Cells holding the max (fn=max) or min of their own column."""
    out = set()
    for h in heads:
        best = fn(tab.values(h))
        out |= tab.cells(h, lambda v, r: num(v) is not None and num(v) == best)
    return out


def dup(tab, h):
    """Excel COUNTIF duplicates: case-insensitive, spaces significant."""
    key = lambda v: str(v).lower()  # noqa: E731
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def pairs(tab, heads, pred):
    """Cells of heads[1:] tested against the column before them."""
    return {tab.addr(cur, row) for row in tab.rows for prev, cur in zip(heads, heads[1:])
            if pred(row[prev], row[cur])}


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "BK": ("escape_room_bookings.xlsx", "Bookings", "B4:R54"),
    "RM": ("escape_room_bookings.xlsx", "Rooms", "A1:M11"),
    "TU": ("wind_farm.xlsx", "Turbines", "A5:P41"),
    "MO": ("wind_farm.xlsx", "Monthly MWh", "A2:H38"),
    "FA": ("wind_farm.xlsx", "Faults", "A1:J33"),
    "BO": ("rowing_club.xlsx", "Boats", "A3:M33"),
    "OU": ("rowing_club.xlsx", "Outings", "A2:L56"),
    "TA": ("aquarium_tanks.xlsx", "Tanks", "B3:P43"),
    "NI": ("aquarium_tanks.xlsx", "Nitrate (mg per L)", "A1:G31"),
    "FE": ("aquarium_tanks.xlsx", "Feeding", "A2:I47"),
    "JO": ("tree_surgery_jobs.xlsx", "Jobs", "B5:R53"),
    "CR": ("tree_surgery_jobs.xlsx", "Crew & kit", "A2:F12"),
    "KI": ("tree_surgery_jobs.xlsx", "Crew & kit", "H2:N24"),
    "PL": ("allotment_plots.xlsx", "Plots", "A4:P46"),
    "WL": ("allotment_plots.xlsx", "Plots", "R4:U22"),
    "WP": ("allotment_plots.xlsx", "Work parties", "A1:H25"),
}


def cell(book: str, sheet: str, ref: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- escape_room_bookings
    BK, RM = T("BK"), T("RM")
    min_dep = cell("escape_room_bookings.xlsx", "Bookings", "R2")          # 25%
    months = ["Sep", "Oct", "Nov"]
    C["n001"] = lambda: BK.cells("Party", lambda v, r: val(v) is not None and val(v) > num(r["Max"]))
    C["n002"] = lambda: BK.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < num(r["Price ($)"]))
    C["n003"] = lambda: BK.cells("Deposit", lambda v, r: num(v) is not None
                                 and lt(num(v) / num(r["Price ($)"]), min_dep))
    C["n004"] = lambda: BK.cells("End", lambda v, r: gt(span(r["Start"], v), 90))
    C["n005"] = lambda: BK.whole(lambda r: d(r["Booked On"]) and d(r["Game Date"])
                                 and lt((d(r["Game Date"]) - d(r["Booked On"])).days, 3))
    C["n006"] = lambda: BK.cells("Price ($)", lambda v, r: num(v) is not None and lt(num(v) / val(r["Party"]), 25))
    C["n007"] = lambda: BK.whole(lambda r: num(r["Paid ($)"]) is not None and num(r["Paid ($)"]) > num(r["Price ($)"]))
    C["n008"] = lambda: BK.whole(lambda r: t(r["Room"]) in ("asylum 13", "cabin fever")
                                 and num(r["Rating"]) is not None and num(r["Rating"]) <= 2)
    C["n009"] = lambda: BK.whole(lambda r: t(r["Status"]) == "completed" and t(r["Escaped?"]) == "n"
                                 and val(r["Party"]) >= 6)
    C["n010"] = lambda: BK.whole(lambda r: t(r["Status"]) in ("no-show", "cancelled") and blank(r["Deposit"]))
    C["n011"] = lambda: BK.whole(lambda r: gt(days(r["Game Date"]), 0) and t(r["Status"]) != "cancelled"
                                 and blank(r["Deposit"]))
    C["n012"] = lambda: RM.cells(months, lambda v, r: lt(num(v), 20))
    C["n013"] = lambda: extreme(RM, months, max)
    C["n014"] = lambda: BK.cells("Game Date", lambda v, r: between(days(v), 0, 7))
    C["n015"] = lambda: BK.cells("Booked On", lambda v, r: between(days(v), -14, 0))
    C["n016"] = lambda: BK.cells("Start", lambda v, r: gt(mins(v), 19 * 60))
    C["n017"] = lambda: RM.cells("Deep clean due", lambda v, r: le(days(v), 10))
    C["n018"] = lambda: BK.whole(lambda r: d(r["Game Date"]) is not None
                                 and (d(r["Game Date"]).year, d(r["Game Date"]).month) == (2026, 11))
    C["n019"] = lambda: BK.whole(lambda r: weekend(r["Game Date"]))
    C["n020"] = lambda: BK.cells("Game Date", lambda v, r: d(v) is not None and d(v).weekday() == 4)
    C["n021"] = lambda: BK.cells("Rating", lambda v, r: not blank(r["Time Taken"]) and blank(v))
    C["n022"] = lambda: BK.cells("Notes", lambda v, r: "voucher" in t(v))
    C["n023"] = lambda: BK.cells("Ref", dup(BK, "Ref"))
    C["n024"] = lambda: top(BK, "Price ($)", 5)
    C["n025"] = lambda: BK.cells("Party", lambda v, r: (val(v) or 0) >= 8)

    # ---------------- wind_farm
    TU, MO, FA = T("TU"), T("MO"), T("FA")
    mon = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    vib_limit = cell("wind_farm.xlsx", "Turbines", "O2")                  # 4.5 mm/s
    C["n026"] = lambda: TU.cells("Avail %", lambda v, r: num(v) is not None and num(v) < num(r["Avail Tgt"]))
    C["n027"] = lambda: TU.cells("Gearbox °C", lambda v, r: num(v) is not None and num(r["Alarm °C"]) is not None
                                 and gt(num(v), num(r["Alarm °C"]) - 5))
    C["n028"] = lambda: TU.cells("YTD MWh", lambda v, r: val(v) is not None and lt(val(v) / num(r["YTD LY"]), 0.9))
    C["n029"] = lambda: pairs(MO, mon, lambda a, b: num(a) is not None and num(b) is not None and num(b) < num(a))
    C["n030"] = lambda: MO.cells("Nov", lambda v, r: lt(num(v), num(r["Tgt / mo"])))
    C["n031"] = lambda: FA.cells("Downtime (h)", lambda v, r: num(v) is not None and d(r["Cleared"]) is not None
                                 and abs(span(r["Start"], r["Cleared"]) / 60 - num(v)) > 0.01)
    C["n032"] = lambda: TU.cells("Vib (mm/s)", lambda v, r: gt(num(v), vib_limit))
    C["n033"] = lambda: TU.whole(lambda r: t(r["Model"]).startswith("v112") and gt(num(r["Gearbox °C"]), 70))
    C["n034"] = lambda: TU.whole(lambda r: t(r["Status"]) in ("offline", "maint") and blank(r["Tech"]))
    C["n035"] = lambda: FA.whole(lambda r: t(r["Remote?"]) == "n" and gt(num(r["Downtime (h)"]), 24))
    C["n036"] = lambda: TU.whole(lambda r: t(r["Status"]) == "running" and lt(num(r["Avail %"]), 0.9))
    C["n037"] = lambda: MO.cells(mon, lambda v, r: lt(num(v), 300))
    C["n038"] = lambda: MO.whole(lambda r: gt(sum(num(r[m]) or 0 for m in mon), 3500))
    C["n039"] = lambda: extreme(MO, mon, max)
    C["n040"] = lambda: top(MO, mon, 5)
    C["n041"] = lambda: MO.whole(lambda r: any(blank(r[m]) for m in mon))
    C["n042"] = lambda: TU.cells("Next Svc", lambda v, r: between(days(v), 0, 30))
    C["n043"] = lambda: TU.whole(lambda r: d(r["Last Svc"]) and d(r["Next Svc"])
                                 and gt((d(r["Next Svc"]) - edate(d(r["Last Svc"]), 6)).days, 0))
    C["n044"] = lambda: FA.cells("Start", lambda v, r: lt(mins(v), 6 * 60))
    C["n045"] = lambda: FA.whole(lambda r: weekend(r["Start"]))
    C["n046"] = lambda: FA.cells("Cleared", lambda v, r: blank(v))
    C["n047"] = lambda: FA.cells("Description", lambda v, r: "yaw" in t(v))
    C["n048"] = lambda: FA.cells("Fault #", dup(FA, "Fault #"))
    C["n049"] = lambda: top(TU, "Avail %", 3, largest=False)
    C["n050"] = lambda: TU.cells("Gearbox °C", lambda v, r: gt(num(v), 75))

    # ---------------- rowing_club
    BO, OU = T("BO"), T("OU")
    lighting_down = cell("rowing_club.xlsx", "Outings", "O1")              # 16:45
    C["n051"] = lambda: BO.cells("Insured $", lambda v, r: num(v) is not None and num(r["Value $"]) is not None
                                 and num(v) < num(r["Value $"]))
    C["n052"] = lambda: OU.cells("Dist (km)", lambda v, r: num(v) is not None and lt(num(v) / num(r["Plan km"]), 0.8))
    C["n053"] = lambda: OU.cells("In", lambda v, r: gt(mins(v), mins(lighting_down)))
    C["n054"] = lambda: OU.whole(lambda r: gt(span(r["Out"], r["In"]), 120))
    C["n055"] = lambda: BO.cells("Wt (kg)", lambda v, r: num(v) is not None and gt(num(v) - num(r["Min wt (kg)"]), 5))
    C["n056"] = lambda: OU.cells("Avg split", lambda v, r: mins(v) is not None and mins(v) > mins(r["Tgt split"]))
    C["n057"] = lambda: OU.whole(lambda r: span(r["Out"], r["In"]) is not None and span(r["Out"], r["In"]) < 0)
    C["n058"] = lambda: OU.whole(lambda r: t(r["Squad"]) == "junior" and t(r["Water"]) in ("amber", "red")
                                 and blank(r["Coach"]))
    C["n059"] = lambda: BO.whole(lambda r: r["Class"] in ("8+", "4+") and t(r["Status"]) != "in service")
    C["n060"] = lambda: OU.whole(lambda r: t(r["Squad"]) == "masters"
                                 and (gt(num(r["Dist (km)"]), 12) or t(r["Water"]) == "red"))
    C["n061"] = lambda: BO.whole(lambda r: val(r["Built"]) is not None and val(r["Built"]) < 2005
                                 and gt(num(r["Value $"]), 8000))
    C["n062"] = lambda: BO.whole(lambda r: any(blank(r[h]) for h in ("Value $", "Insured $", "Insurance exp")))
    C["n063"] = lambda: OU.cells(["Dist (km)", "Plan km"], lambda v, r: gt(num(v), 15))
    C["n064"] = lambda: BO.cells("Insurance exp", lambda v, r: between(days(v), 0, 60))
    C["n065"] = lambda: BO.cells("Last inspected", lambda v, r: before(v, edate(BUILT, -12)))
    C["n066"] = lambda: OU.cells("Date", lambda v, r: between(days(v), -7, 0))
    C["n067"] = lambda: OU.cells("Out", lambda v, r: lt(mins(v), 7 * 60))
    C["n068"] = lambda: OU.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)
    C["n069"] = lambda: BO.whole(lambda r: (r.r - 4) % 2 == 0)
    C["n070"] = lambda: OU.cells("Crew / cox", lambda v, r: blank(v))
    C["n071"] = lambda: OU.whole(lambda r: not blank(r["In"]) and blank(r["Dist (km)"]))
    C["n072"] = lambda: BO.cells("Notes", lambda v, r: "rigger" in t(v))
    C["n073"] = lambda: BO.cells("Boat Name", dup(BO, "Boat Name"))
    C["n074"] = lambda: top(BO, "Value $", 3)
    C["n075"] = lambda: BO.whole(lambda r: t(r["Status"]) == "repair")

    # ---------------- aquarium_tanks
    TA, NI, FE = T("TA"), T("NI"), T("FE")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    hi_alarm = cell("aquarium_tanks.xlsx", "Tanks", "O2")                 # 26.5 °C

    def present(r):
        return [num(r[w]) for w in weeks if num(r[w]) is not None]

    C["n076"] = lambda: TA.cells("Temp °C", lambda v, r: val(v) is not None and gt(abs(val(v) - num(r["Set pt"])), 1.5))
    C["n077"] = lambda: TA.cells("Fish", lambda v, r: num(v) is not None and num(v) > num(r["Max stock"]))
    C["n078"] = lambda: pairs(NI, weeks, lambda a, b: num(a) is not None and num(b) is not None
                              and gt(num(b) - num(a), 5))
    C["n079"] = lambda: NI.cells("Wk 48", lambda v, r: gt(num(v), num(r["Limit"])))
    C["n080"] = lambda: FE.cells("Qty (g)", lambda v, r: num(v) is not None and gt(num(v) / num(r["Plan (g)"]), 1.2))
    C["n081"] = lambda: TA.cells("Vol (L)", lambda v, r: (num(r["Fish"]) or 0) > 0
                                 and lt(num(v) / num(r["Fish"]), 50))
    C["n082"] = lambda: TA.cells("Temp °C", lambda v, r: gt(val(v), hi_alarm))
    C["n083"] = lambda: TA.whole(lambda r: t(r["Water"]) == "reef"
                                 and (gt(val(r["Temp °C"]), 26) or lt(num(r["pH"]), 8.0)))
    C["n084"] = lambda: TA.whole(lambda r: t(r["Status"]) == "quarantine" and t(r["Keeper"]) == "amy")
    C["n085"] = lambda: FE.whole(lambda r: num(r["Stock +/-"]) is not None and num(r["Stock +/-"]) < 0
                                 and blank(r["Notes"]))
    C["n086"] = lambda: TA.whole(lambda r: t(r["Water"]) in ("marine", "reef")
                                 and (blank(r["Sal. ppt"]) or lt(num(r["Sal. ppt"]), 30)))
    C["n087"] = lambda: NI.cells(weeks, lambda v, r: gt(num(v), 50))
    C["n088"] = lambda: NI.whole(lambda r: present(r) and lt(max(present(r)), 10))
    C["n089"] = lambda: extreme(NI, weeks, min)
    C["n090"] = lambda: NI.whole(lambda r: present(r) and gt(sum(present(r)) / len(present(r)), 30))
    C["n091"] = lambda: TA.cells("Filter due", lambda v, r: between(days(v), 0, 14))
    C["n092"] = lambda: TA.cells("Last clean", lambda v, r: d(v) is not None and num(r["Clean every (d)"]) is not None
                                 and lt(days(v) + num(r["Clean every (d)"]), 0))
    C["n093"] = lambda: FE.cells("Time", lambda v, r: gt(mins(v), 16 * 60))
    C["n094"] = lambda: FE.whole(lambda r: weekend(r["Date"]))
    C["n095"] = lambda: TA.cells("pH", lambda v, r: blank(v))
    C["n096"] = lambda: TA.cells("Exhibit", lambda v, r: "shark" in t(v))
    C["n097"] = lambda: TA.cells("Tank", dup(TA, "Tank"))
    C["n098"] = lambda: top(TA, "Vol (L)", 5)
    C["n099"] = lambda: TA.cells("Sal. ppt", lambda v, r: gt(num(v), 36))
    C["n100"] = lambda: TA.whole(lambda r: t(r["Status"]) == "drained")

    # ---------------- tree_surgery_jobs
    JO, CR, KI = T("JO"), T("CR"), T("KI")
    sign_off = cell("tree_surgery_jobs.xlsx", "Jobs", "O2")                # $2500

    def district(pc) -> str:
        return t(pc).split(" ")[0]

    C["n101"] = lambda: JO.cells("Final $", lambda v, r: num(v) is not None and gt(num(v) / val(r["Quote $"]), 1.1))
    C["n102"] = lambda: JO.whole(lambda r: num(r["Final $"]) is not None and num(r["Final $"]) < val(r["Quote $"]))
    C["n103"] = lambda: JO.cells("Finish", lambda v, r: num(r["Est hrs"]) is not None and span(r["Start"], v) is not None
                                 and gt(span(r["Start"], v) / 60, num(r["Est hrs"])))
    C["n104"] = lambda: JO.cells("Visit", lambda v, r: d(v) and d(r["Quoted"]) and gt((d(v) - d(r["Quoted"])).days, 30))
    C["n105"] = lambda: KI.cells("Hrs run", lambda v, r: num(v) is not None and num(r["Service @ hrs"]) is not None
                                 and gt(num(v), num(r["Service @ hrs"])))
    C["n106"] = lambda: JO.cells("Quote $", lambda v, r: gt(val(v), sign_off))
    C["n107"] = lambda: JO.whole(lambda r: t(r["TPO"]) == "y" and blank(r["Consent ref"]) and t(r["Status"]) != "cancelled")
    C["n108"] = lambda: JO.whole(lambda r: t(r["Species"]) in ("oak", "beech") and "fell" in t(r["Work"])
                                 and gt(num(r["Ht (m)"]), 15))
    C["n109"] = lambda: JO.whole(lambda r: t(r["Status"]) in ("done", "invoiced") and t(r["Paid"]) != "yes")
    C["n110"] = lambda: CR.whole(lambda r: t(r["Aerial rescue"]) == "no" and gt(num(r["Climbs YTD"]), 20))
    C["n111"] = lambda: JO.whole(lambda r: district(r["Postcode"]) in ("bs6", "bs7") and t(r["Status"]) == "quoted")
    C["n112"] = lambda: JO.cells(["Quote $", "Final $"], lambda v, r: gt(val(v), 3000))
    C["n113"] = lambda: CR.cells(["NPTC exp", "First aid exp"], lambda v, r: lt(days(v), 0))
    C["n114"] = lambda: JO.cells("Visit", lambda v, r: between(days(v), 0, 14))
    C["n115"] = lambda: JO.whole(lambda r: lt(days(r["Quoted"]), -60) and t(r["Status"]) == "quoted")
    C["n116"] = lambda: JO.cells("Finish", lambda v, r: gt(mins(v), 16 * 60 + 30))
    C["n117"] = lambda: KI.cells("Next LOLER", lambda v, r: le(days(v), 30))
    C["n118"] = lambda: JO.cells("Quoted", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 10))
    C["n119"] = lambda: KI.cells("Bought", lambda v, r: before(v, edate(BUILT, -36)))
    C["n120"] = lambda: JO.cells("Visit", lambda v, r: d(v) is not None and d(v).weekday() == 5)
    C["n121"] = lambda: JO.whole(lambda r: blank(r["Client"]))
    C["n122"] = lambda: JO.cells("Paid", lambda v, r: not blank(r["Final $"]) and blank(v))
    C["n123"] = lambda: JO.cells("Work", lambda v, r: "crown" in t(v))
    C["n124"] = lambda: JO.cells("Job #", dup(JO, "Job #"))
    C["n125"] = lambda: top(JO, "Final $", 4)

    # ---------------- allotment_plots
    PL, WL, WP = T("PL"), T("WL"), T("WP")
    insp = ["Apr", "Jun", "Aug", "Oct"]
    water = ["Water '25 (L)", "Water '26 (L)"]
    due = d(cell("allotment_plots.xlsx", "Plots", "B2"))                  # 2026-10-01

    def scores(r):
        return [num(r[h]) for h in insp if num(r[h]) is not None]

    C["n126"] = lambda: PL.cells("Paid $", lambda v, r: num(v) is not None and num(v) < num(r["Rent $"]))
    C["n127"] = lambda: PL.cells("Paid on", lambda v, r: d(v) is not None and gt((d(v) - due).days, 0))
    C["n128"] = lambda: WP.cells("Vols", lambda v, r: num(v) is not None and num(v) < num(r["Tgt"]))
    C["n129"] = lambda: WP.cells("Hrs logged", lambda v, r: num(v) is not None and num(r["Vols"]) is not None
                                 and num(v) < num(r["Vols"]) * span(r["Start"], r["End"]) / 60 - 1e-6)
    C["n130"] = lambda: PL.cells("Water '26 (L)", lambda v, r: (num(r["Water '25 (L)"]) or 0) > 0 and num(v) is not None
                                 and gt(num(v) / num(r["Water '25 (L)"]), 1.5))
    C["n131"] = lambda: pairs(PL, insp, lambda a, b: num(a) is not None and num(b) is not None and num(b) < num(a))
    C["n132"] = lambda: PL.whole(lambda r: t(r["Shed"]) == "y" and t(r["Size"]) == "half"
                                 and num(r["Oct"]) is not None and num(r["Oct"]) < 3)
    C["n133"] = lambda: PL.whole(lambda r: not blank(r["Holder"]) and blank(r["Paid $"]) and d(r["Since"]) is not None
                                 and d(r["Since"]) >= dt.date(2025, 1, 1))
    C["n134"] = lambda: WL.whole(lambda r: t(r["Wants"]) == "full" and blank(r["Contacted"]))
    C["n135"] = lambda: WP.whole(lambda r: (num(r["Vols"]) is not None and num(r["Vols"]) < num(r["Tgt"]))
                                 or blank(r["Lead"]))
    C["n136"] = lambda: PL.cells(insp, lambda v, r: num(v) == 1)
    C["n137"] = lambda: PL.whole(lambda r: len(scores(r)) == 4 and min(scores(r)) >= 4)
    C["n138"] = lambda: PL.whole(lambda r: scores(r) and lt(sum(scores(r)) / len(scores(r)), 2.5))
    C["n139"] = lambda: PL.whole(lambda r: gt(sum(num(r[h]) or 0 for h in water), 12000))
    C["n140"] = lambda: top(PL, water, 5)
    C["n141"] = lambda: PL.cells("Since", lambda v, r: before(v, edate(BUILT, -120)))
    C["n142"] = lambda: WL.cells("Applied", lambda v, r: before(v, edate(BUILT, -18)))
    C["n143"] = lambda: WP.cells("Date", lambda v, r: between(days(v), 0, 21))
    C["n144"] = lambda: WP.cells("Start", lambda v, r: lt(mins(v), 9 * 60))
    C["n145"] = lambda: WP.whole(lambda r: (r.r - 2) % 3 == 0)
    C["n146"] = lambda: PL.cells("Email", lambda v, r: not blank(r["Holder"]) and blank(v))
    C["n147"] = lambda: PL.cells("Holder", lambda v, r: "&" in t(v))
    C["n148"] = lambda: PL.cells("Holder", dup(PL, "Holder"))
    C["n149"] = lambda: top(PL, "Water '26 (L)", 3, largest=False)
    C["n150"] = lambda: PL.cells("Bal $", lambda v, r: num(v) is not None and num(v) < 0)
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
