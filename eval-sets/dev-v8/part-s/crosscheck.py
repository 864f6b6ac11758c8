"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers, themselves from dev-v2 part E; the
checks and a few extra helpers are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case as
Excel's "=" does (COUNTIF-style counts also treat a trailing space as a different value).

The helpers `gt/lt/ge/le` also raise `Boundary` when a value sits exactly on a threshold that
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
    "PJ": ("pest_control.xlsx", "Jobs", "B5:N49"),
    "PT": ("pest_control.xlsx", "Techs", "A3:H13"),
    "PV": ("pest_control.xlsx", "Techs", "K3:O9"),
    "NC": ("childcare_nursery.xlsx", "Children", "A4:M42"),
    "NR": ("childcare_nursery.xlsx", "Children", "O4:U12"),
    "NA": ("childcare_nursery.xlsx", "Attendance", "A1:H43"),
    "DC": ("dairy_herd.xlsx", "Cows", "A5:M45"),
    "DY": ("dairy_herd.xlsx", "Yields", "B3:H27"),
    "XT": ("taxi_dispatch.xlsx", "Trips", "A4:M52"),
    "XD": ("taxi_dispatch.xlsx", "Drivers", "A2:K16"),
    "BC": ("bird_survey.xlsx", "Counts", "A4:I40"),
    "BS": ("bird_survey.xlsx", "Sites", "A1:I19"),
    "IC": ("insurance_claims.xlsx", "Claims", "A6:M50"),
    "IA": ("insurance_claims.xlsx", "Adjusters", "A1:I13"),
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


def row_max(tab, heads):
    """The highest number of each row across `heads` (all tying cells)."""
    out = set()
    for h in heads:
        out |= tab.cells(h, lambda v, r: num(v) is not None
                         and num(v) == max(num(r[x]) for x in heads if num(r[x]) is not None))
    return out


def col_min(tab, heads):
    """The lowest number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = min(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def age(v) -> int | None:
    """Whole years from a real birth date to BUILT; a birthday falling on BUILT is a boundary."""
    x = d(v)
    if x is None:
        return None
    if (x.month, x.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on {BUILT}")
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def on_or_before_today(v) -> bool:
    return days(v) is not None and days(v) <= 0


def count_of(tab, h, key=lambda v: str(v).lower()):
    """Excel's COUNTIF: case-insensitive, but stray spaces make a different value."""
    c = tab.count(h, key)
    return lambda v: 0 if blank(v) else c[key(v)]


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- pest_control
    PJ, PT, PV = T("PJ"), T("PT"), T("PV")
    target = cell("pest_control.xlsx", "Jobs", "Q2")
    margin = cell("pest_control.xlsx", "Jobs", "Q3")
    months5 = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    C["s001"] = lambda: PJ.whole(lambda r: val(r["Cost ($)"]) > val(r["Price ($)"]))
    C["s002"] = lambda: PJ.cells("Price ($)", lambda v, r: lt((val(v) - val(r["Cost ($)"])) / val(v), margin))
    C["s003"] = lambda: PJ.cells("Visit date", lambda v, r: d(v) and d(r["Called in"])
                                 and gt((d(v) - d(r["Called in"])).days, target))
    C["s004"] = lambda: PJ.cells("Follow-up due", lambda v, r: on_or_before_today(v))
    C["s005"] = lambda: PJ.whole(lambda r: blank(r["Visit date"]) and gt(-days(r["Called in"]), target))
    C["s006"] = lambda: PT.cells("Cert. expiry", lambda v, r: days(v) is not None and not gt(days(v), 30))
    C["s007"] = lambda: PV.cells("MOT due", lambda v, r: between(days(v), 0, 14))
    C["s008"] = lambda: PT.cells("Nov", lambda v, r: num(v) < num(r["Target / mo"]))
    C["s009"] = lambda: drops(PT, months5)
    C["s010"] = lambda: PT.cells("Tech", lambda v, r: num(r["Nov"]) < num(r["Oct"]))
    C["s011"] = lambda: PV.whole(lambda r: lt(num(r["Service at"]) - num(r["Mileage"]), 1000))
    C["s012"] = lambda: row_max(PT, months5)
    C["s013"] = lambda: PT.cells(months5, lambda v, r: lt(num(v), 10))
    C["s014"] = lambda: PJ.cells(["Price ($)", "Cost ($)"], lambda v, r: isinstance(v, str))
    C["s015"] = lambda: PJ.whole(lambda r: t(r["Pest"]) == "rats" and t(r["Outcome"]) != "cleared")
    C["s016"] = lambda: PJ.whole(lambda r: t(r["PAID?"]) == "n" and gt(val(r["Price ($)"]), 200))
    C["s017"] = lambda: PJ.whole(lambda r: t(r["Tech"]) in ("dev", "marek") and num(r["Visits"]) >= 3)
    C["s018"] = lambda: PJ.whole(lambda r: t(r["Outcome"]) == "re-treat" and blank(r["Follow-up due"]))
    C["s019"] = lambda: PJ.cells("Job ref", dup(PJ, "Job ref"))
    C["s020"] = lambda: PJ.cells("Customer", lambda v, r: count_of(PJ, "Customer")(v) >= 3)
    C["s021"] = lambda: top(PJ, "Price ($)", 5)
    C["s022"] = lambda: top(PJ, "Cost ($)", 3, largest=False)
    C["s023"] = lambda: PJ.whole(lambda r: blank(r["Tech"]))
    C["s024"] = lambda: PJ.cells("Customer", lambda v, r: "ltd" in t(v))
    C["s025"] = lambda: PJ.cells("Visit date", lambda v, r: d(v) is not None and d(v).weekday() == 5)

    # ---------------- childcare_nursery
    NC, NR, NA = T("NC"), T("NR"), T("NA")
    grace = cell("childcare_nursery.xlsx", "Attendance", "K1")
    days5 = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    C["s026"] = lambda: NC.cells("Paid (£)", lambda v, r: val(v) < num(r["Fee / mo (£)"]))
    C["s027"] = lambda: NC.whole(lambda r: num(r["Hrs used (Nov)"]) > num(r["Hrs booked"]))
    C["s028"] = lambda: NC.cells("Hrs used (Nov)", lambda v, r: num(r["Hrs booked"]) - num(v) >= 20)
    C["s029"] = lambda: NA.cells("Out", lambda v, r: mins(v) is not None
                                 and gt(mins(v) - mins(r["Booked until"]), grace))
    C["s030"] = lambda: NA.whole(lambda r: mins(r["Out"]) is not None
                                 and gt(mins(r["Out"]) - mins(r["In"]), 10 * 60))
    C["s031"] = lambda: NR.cells("Room / session", lambda v, r: num(r["Fri"]) < num(r["Mon"]))
    C["s032"] = lambda: NC.whole(lambda r: t(r["Room"]) == "babies" and not blank(r["Allergies"]))
    C["s033"] = lambda: NC.whole(lambda r: t(r["key worker"]) == "tess" and val(r["Paid (£)"]) < num(r["Fee / mo (£)"]))
    C["s034"] = lambda: NC.whole(lambda r: t(r["Room"]) == "preschool" and num(r["Funded hrs"]) == 0)
    C["s035"] = lambda: NC.whole(lambda r: num(r["Days/wk"]) == 5 and t(r["Room"]) != "babies")
    C["s036"] = lambda: NC.cells("Child", lambda v, r: t(r["Room"]) == "babies" and age(r["DOB"]) >= 2)
    C["s037"] = lambda: NC.cells("DOB", lambda v, r: d(v) is not None and between(
        (edate(d(v), 36) - BUILT).days, 0, (edate(BUILT, 3) - BUILT).days))
    C["s038"] = lambda: NC.cells("Start date", lambda v, r: between(days(v), -30, 0))
    C["s039"] = lambda: NC.cells("Start date", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(d(r["DOB"]), 6)).days, 0))
    C["s040"] = lambda: NC.cells("Start date", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -24)).days, 0))
    C["s041"] = lambda: NR.cells(days5, lambda v, r: num(v) > num(r["Capacity"]))
    C["s042"] = lambda: row_max(NR, days5)
    C["s043"] = lambda: col_min(NR, days5)
    C["s044"] = lambda: NC.cells("Child", dup(NC, "Child"))
    C["s045"] = lambda: NC.cells("Parent phone", dup(NC, "Parent phone"))
    C["s046"] = lambda: top(NC, "Fee / mo (£)", 3)
    C["s047"] = lambda: top(NC, "Hrs used (Nov)", 5, largest=False)
    C["s048"] = lambda: NC.cells("Child", lambda v, r: blank(r["key worker"]))
    C["s049"] = lambda: NC.cells("Allergies", lambda v, r: "nut" in t(v))
    C["s050"] = lambda: NA.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 0)

    # ---------------- dairy_herd
    DC, DY = T("DC"), T("DY")
    scc_limit = cell("dairy_herd.xlsx", "Cows", "C2")
    months6 = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    milk, prev = "Milk (L/day)", "Prev (L/day)"
    C["s051"] = lambda: DC.cells(milk, lambda v, r: val(v) is not None and val(v) < num(r[prev]))
    C["s052"] = lambda: DC.whole(lambda r: num(r[prev]) is not None and gt(num(r[prev]) - val(r[milk]), 5))
    C["s053"] = lambda: DC.cells("SCC ('000)", lambda v, r: gt(num(v), scc_limit))
    C["s054"] = lambda: DC.cells(milk, lambda v, r: num(r[prev]) is not None and gt(val(v) / num(r[prev]), 1.2))
    C["s055"] = lambda: {c for p, m in zip(months6, months6[1:]) for c in DY.cells(
        m, lambda v, r, p=p: num(v) is not None and num(r[p]) is not None and lt(num(v), num(r[p]) * 0.9))}
    C["s056"] = lambda: DY.cells("Tag", lambda v, r: num(r["Jun"]) is not None and num(r["Nov"]) is not None
                                 and num(r["Nov"]) < num(r["Jun"]))
    C["s057"] = lambda: DC.whole(lambda r: t(r["In calf?"]) == "no" and num(r["Lact. no"]) >= 5)
    C["s058"] = lambda: DC.whole(lambda r: t(r["Status"]) == "milking" and gt(num(r["SCC ('000)"]), 300))
    C["s059"] = lambda: DC.whole(lambda r: t(r["Breed"]) != "holstein" and gt(val(r[milk]), 35))
    C["s060"] = lambda: DC.whole(lambda r: num(r["Lact. no"]) == 1 and lt(val(r[milk]), 20))
    C["s061"] = lambda: DC.cells("Calved", lambda v, r: between(days(v), -60, 0))
    C["s062"] = lambda: DC.cells("Name", lambda v, r: d(r["Born"]) is not None and age(r["Born"]) >= 7)
    C["s063"] = lambda: DC.cells("Last service", lambda v, r: t(r["In calf?"]) == "yes" and d(v) is not None
                                 and between(days(v) + 283, 0, 30))
    C["s064"] = lambda: DC.whole(lambda r: t(r["In calf?"]) == "unknown" and d(r["Last service"]) is not None
                                 and gt(-days(r["Last service"]), 30))
    C["s065"] = lambda: row_max(DY, months6)
    C["s066"] = lambda: DY.cells(months6, lambda v, r: lt(num(v), 15))
    C["s067"] = lambda: col_max(DY, months6)
    C["s068"] = lambda: DY.whole(lambda r: any(blank(r[m]) for m in months6))
    C["s069"] = lambda: DC.cells("Tag", dup(DC, "Tag"))
    C["s070"] = lambda: DC.cells("Name", dup(DC, "Name"))
    C["s071"] = lambda: top(DC, milk, 5)
    C["s072"] = lambda: top(DY, "Nov", 3)
    C["s073"] = lambda: DC.cells("SCC ('000)", lambda v, r: blank(v))
    C["s074"] = lambda: DC.cells("Breed", lambda v, r: " x " in t(v))
    C["s075"] = lambda: DC.cells("Calved", lambda v, r: weekend(v))

    # ---------------- taxi_dispatch
    XT, XD = T("XT"), T("XD")
    min_fare = cell("taxi_dispatch.xlsx", "Trips", "P1")
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4"]
    fare = "Fare ($)"
    C["s076"] = lambda: XT.cells(fare, lambda v, r: lt(val(v), min_fare))
    C["s077"] = lambda: XT.cells("Tip ($)", lambda v, r: gt(num(v), 0.2 * val(r[fare])))
    C["s078"] = lambda: XT.cells(fare, lambda v, r: num(r["Miles"]) is not None and gt(val(v) / num(r["Miles"]), 3.5))
    C["s079"] = lambda: XD.whole(lambda r: num(r["Hours (Nov)"]) > num(r["Max hrs"]))
    C["s080"] = lambda: drops(XD, weeks)
    C["s081"] = lambda: XT.whole(lambda r: mins(r["Drop-off"]) is not None
                                 and gt(mins(r["Drop-off"]) - mins(r["Pickup"]), 45))
    C["s082"] = lambda: XT.whole(lambda r: t(r["PAY"]) == "cash" and gt(val(r[fare]), 30))
    C["s083"] = lambda: XT.whole(lambda r: "airport" in (t(r["From"]), t(r["To"])) and t(r["PAY"]) == "account")
    C["s084"] = lambda: XT.whole(lambda r: t(r["PAY"]) == "cash"
                                 and (gt(mins(r["Pickup"]), 22 * 60) or lt(mins(r["Pickup"]), 6 * 60)))
    C["s085"] = lambda: XT.whole(lambda r: t(r["PAY"]) == "cash" and t(r["Driver"]) in ("a. haddad", "c. mensah"))
    C["s086"] = lambda: XD.cells("Licence exp.", lambda v, r: between(days(v), 0, 60))
    C["s087"] = lambda: XD.cells("Badge exp.", lambda v, r: days(v) < 0)
    C["s088"] = lambda: XD.cells("Driver", lambda v, r: age(r["Born"]) >= 70)
    C["s089"] = lambda: XT.whole(lambda r: days(r["Date"]) == -1)
    C["s090"] = lambda: row_max(XD, weeks)
    C["s091"] = lambda: XD.cells(weeks, lambda v, r: num(v) < num(r["Target / wk"]))
    C["s092"] = lambda: XT.cells(["Miles", fare, "Tip ($)"], lambda v, r: num(v) is None)
    C["s093"] = lambda: XT.cells("Trip ID", dup(XT, "Trip ID"))
    C["s094"] = lambda: XT.cells("From", lambda v, r: count_of(XT, "From")(v) > 4)
    C["s095"] = lambda: top(XT, "Miles", 3)
    C["s096"] = lambda: top(XT, fare, 3, largest=False)
    C["s097"] = lambda: XT.whole(lambda r: blank(r["Drop-off"]))
    C["s098"] = lambda: XT.cells("Rating", lambda v, r: t(r["PAY"]) == "app" and blank(v))
    C["s099"] = lambda: XT.cells("To", lambda v, r: "hospital" in t(v))
    C["s100"] = lambda: XT.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- bird_survey
    BC, BS = T("BC"), T("BS")
    alert = cell("bird_survey.xlsx", "Counts", "L4")
    visits = ["Visit 1", "Visit 2", "Visit 3", "Visit 4"]
    now, ly = "Total 26", "Total 25"
    C["s101"] = lambda: BC.cells(now, lambda v, r: num(v) < val(r[ly]))
    C["s102"] = lambda: BC.cells("Species", lambda v, r: lt(num(r[now]), val(r[ly]) * (1 - alert)))
    C["s103"] = lambda: BC.whole(lambda r: num(r[now]) >= 2 * val(r[ly]))
    C["s104"] = lambda: BS.cells("Visits done", lambda v, r: num(v) < num(r["visits planned"]))
    C["s105"] = lambda: {c for p, m in zip(visits, visits[1:]) for c in BC.cells(
        m, lambda v, r, p=p: num(v) is not None and num(r[p]) is not None and num(r[p]) - num(v) >= 10)}
    C["s106"] = lambda: BC.whole(lambda r: t(r["BoCC"]) == "red" and num(r[now]) < val(r[ly]))
    C["s107"] = lambda: BC.whole(lambda r: t(r["BoCC"]) != "green" and lt(num(r[now]), 8))
    C["s108"] = lambda: BS.whole(lambda r: t(r["Habitat"]) in ("wetland", "moorland")
                                 and num(r["Visits done"]) < num(r["visits planned"]))
    C["s109"] = lambda: BS.cells("Site", lambda v, r: num(r["visits planned"]) == 4 and gt(num(r["Area (ha)"]), 40))
    C["s110"] = lambda: BS.cells("Next due", lambda v, r: on_or_before_today(v))
    C["s111"] = lambda: BS.whole(lambda r: d(r["Last visit"]) is not None and gt(-days(r["Last visit"]), 90))
    C["s112"] = lambda: BS.cells("Next due", lambda v, r: between(days(v), 0, 14))
    C["s113"] = lambda: row_max(BC, visits)
    C["s114"] = lambda: block_top(BC, visits, 5)
    C["s115"] = lambda: BC.cells(visits, lambda v, r: num(v) == 0)
    C["s116"] = lambda: BC.whole(lambda r: any(blank(r[x]) for x in visits))
    C["s117"] = lambda: BC.cells("Species", dup(BC, "Species"))
    C["s118"] = lambda: BS.cells("Surveyor", lambda v, r: count_of(BS, "Surveyor")(v) > 2)
    C["s119"] = lambda: top(BC, ly, 3)
    C["s120"] = lambda: top(BS, "Area (ha)", 3, largest=False)
    C["s121"] = lambda: BS.whole(lambda r: blank(r["Surveyor"]))
    C["s122"] = lambda: BS.cells("Grid ref", lambda v, r: blank(v))
    C["s123"] = lambda: BC.cells("Species", lambda v, r: "warbler" in t(v))
    C["s124"] = lambda: BS.cells("Grid ref", lambda v, r: t(v).startswith("ny"))
    C["s125"] = lambda: BC.whole(lambda r: (r.r - 5) % 3 == 0)

    # ---------------- insurance_claims
    IC, IA = T("IC"), T("IA")
    auto = cell("insurance_claims.xlsx", "Claims", "C3")
    cl, rs, ap = "Claimed ($)", "Reserve ($)", "Approved ($)"
    C["s126"] = lambda: IC.cells(ap, lambda v, r: num(v) is not None and num(v) > val(r[cl]))
    C["s127"] = lambda: IC.cells(cl, lambda v, r: gt(val(v), auto))
    C["s128"] = lambda: IC.cells(rs, lambda v, r: gt(val(r[cl]) - val(v), 1000))
    C["s129"] = lambda: IC.cells(ap, lambda v, r: num(v) is not None and num(v) > 0 and lt(num(v), 0.8 * val(r[cl])))
    C["s130"] = lambda: IA.whole(lambda r: num(r["Open"]) > num(r["Max open"]))
    C["s131"] = lambda: IA.cells("Nov", lambda v, r: num(v) < num(r["Oct"]))
    C["s132"] = lambda: IC.whole(lambda r: t(r["Type"]) == "theft" and gt(val(r[cl]), 10000))
    C["s133"] = lambda: IC.whole(lambda r: t(r["Status"]) == "approved" and blank(r["Paid on"]))
    C["s134"] = lambda: IC.whole(lambda r: t(r["Type"]) in ("flood", "storm") and t(r["Status"]) == "open")
    C["s135"] = lambda: IC.whole(lambda r: t(r["Type"]) in ("water damage", "fire")
                                 and t(r["Adjuster"]) in ("omar haddad", "ben carter") and gt(val(r[cl]), 5000))
    C["s136"] = lambda: IC.whole(lambda r: t(r["Status"]) not in ("closed", "paid", "declined")
                                 and gt(val(r[rs]), 15000))
    C["s137"] = lambda: IC.cells("Reported", lambda v, r: d(v) and d(r["Incident"])
                                 and gt((d(v) - d(r["Incident"])).days, 30))
    C["s138"] = lambda: IC.cells("Incident", lambda v, r: d(v) is not None
                                 and between((d(v) - d(r["Policy start"])).days, 0, 60))
    C["s139"] = lambda: IC.whole(lambda r: t(r["Status"]) == "open" and gt(-days(r["Reported"]), 90))
    C["s140"] = lambda: IC.cells("Paid on", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["s141"] = lambda: col_max(IA, ["Jul", "Aug", "Sep", "Oct", "Nov"])
    C["s142"] = lambda: IA.cells(["Jul", "Aug", "Sep", "Oct", "Nov"], lambda v, r: lt(num(v), 10))
    C["s143"] = lambda: IC.cells([cl, rs, ap], lambda v, r: isinstance(v, str))
    C["s144"] = lambda: IC.cells("Claim no", dup(IC, "Claim no"))
    C["s145"] = lambda: IC.cells("Policy no", dup(IC, "Policy no"))
    C["s146"] = lambda: top(IC, cl, 4)
    C["s147"] = lambda: top(IC, cl, 3, largest=False)
    C["s148"] = lambda: IC.cells("Adjuster", lambda v, r: blank(v))
    C["s149"] = lambda: IC.cells("Policyholder", lambda v, r: t(v).endswith("ltd"))
    C["s150"] = lambda: IC.cells("Policy no", lambda v, r: t(v).startswith("mv"))
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
