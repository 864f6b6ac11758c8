"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

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
    "IN": ("animal_shelter.xlsx", "Intake", "A4:N44"),
    "FO": ("animal_shelter.xlsx", "Fosters", "A1:H25"),
    "WG": ("animal_shelter.xlsx", "Weights", "A3:K19"),
    "WH": ("cheese_cave.xlsx", "Wheels", "B4:N46"),
    "SA": ("cheese_cave.xlsx", "Sales", "A2:I13"),
    "TP": ("cheese_cave.xlsx", "Temps", "A3:F47"),
    "PU": ("dance_school.xlsx", "Pupils", "A3:N41"),
    "RG": ("dance_school.xlsx", "Register", "A1:L21"),
    "BE": ("dance_school.xlsx", "Exams", "A2:E14"),
    "TE": ("dance_school.xlsx", "Exams", "A19:D29"),
    "UN": ("fire_extinguishers.xlsx", "Units", "A6:M50"),
    "VS": ("fire_extinguishers.xlsx", "Visits", "A1:J27"),
    "SK": ("fire_extinguishers.xlsx", "Stock", "A3:I17"),
    "GI": ("grain_store.xlsx", "Intake", "A5:N51"),
    "CT": ("grain_store.xlsx", "Contracts", "A1:J19"),
    "BN": ("grain_store.xlsx", "Bins", "A2:H14"),
    "JB": ("kitchen_fitting.xlsx", "Jobs", "B6:O46"),
    "FT": ("kitchen_fitting.xlsx", "Fitters", "A1:G11"),
    "CB": ("kitchen_fitting.xlsx", "Callbacks", "A2:F24"),
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


def rises(tab, heads, conv=num):
    """Cells higher than the cell to their left within `heads` (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) > conv(r[p]))
    return out


def row_ext(tab, heads, largest=True):
    """The highest (or lowest) number of each row within `heads`, all tying cells."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = max(xs) if largest else min(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def block_bottom(tab, heads, n):
    """The n smallest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted(x for h in heads for x in tab.values(h))
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) <= cut)


def age_days(v, months: int):
    """Days from BUILT to EDATE(date, months) (negative: already past)."""
    x = d(v)
    return None if x is None else (edate(x, months) - BUILT).days


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- animal_shelter
    IN, FO, WG = T("IN"), T("FO"), T("WG")
    review = cell("animal_shelter.xlsx", "Intake", "Q1")
    std_fee = cell("animal_shelter.xlsx", "Intake", "Q2")
    wks = [f"Wk {k}" for k in range(1, 9)]
    C["ac001"] = lambda: IN.cells("Fee ($)", lambda v, r: lt(num(v), std_fee))
    C["ac002"] = lambda: FO.whole(lambda r: val(r["Paid ($)"]) < num(r["Allowance ($)"]))
    C["ac003"] = lambda: WG.cells("Wk 8", lambda v, r: num(r["Wk 1"]) is not None and lt(num(v), num(r["Wk 1"]) * 0.9))
    C["ac004"] = lambda: FO.cells("Returned", lambda v, r: d(v) is not None and d(r["Return due"]) is not None
                                  and d(v) > d(r["Return due"]))
    C["ac005"] = lambda: IN.cells("Adopted on", lambda v, r: d(v) is not None and d(r["Intake"]) is not None
                                  and d(v) < d(r["Intake"]))
    C["ac006"] = lambda: IN.whole(lambda r: t(r["Species"]) == "dog" and gt(val(r["Wt (kg)"]), 30)
                                  and t(r["Neutered?"]) == "n")
    C["ac007"] = lambda: IN.whole(lambda r: t(r["Species"]) in ("cat", "rabbit") and t(r["Status"]) == "available")
    C["ac008"] = lambda: IN.whole(lambda r: t(r["Status"]) == "adopted" and (blank(r["Fee ($)"]) or num(r["Fee ($)"]) == 0))
    C["ac009"] = lambda: IN.whole(lambda r: t(r["Species"]) == "dog" and t(r["Sex"]) == "f" and t(r["Neutered?"]) == "n")
    C["ac010"] = lambda: FO.whole(lambda r: gt(num(r["Nights"]), 30) or gt(num(r["Allowance ($)"]), 400))
    C["ac011"] = lambda: IN.cells("Vacc. due", lambda v, r: between(days(v), 0, 14))
    C["ac012"] = lambda: IN.whole(lambda r: blank(r["Adopted on"]) and days(r["Intake"]) is not None
                                  and gt(-days(r["Intake"]), review))
    C["ac013"] = lambda: IN.cells("Name", lambda v, r: d(r["DOB (est.)"]) is not None
                                  and gt(days(r["DOB (est.)"]), (edate(BUILT, -12) - BUILT).days))
    C["ac014"] = lambda: IN.cells("Adopted on", lambda v, r: d(v) is not None and d(r["Intake"]) is not None
                                  and 0 <= (d(v) - d(r["Intake"])).days <= 7)
    C["ac015"] = lambda: FO.cells("Return due", lambda v, r: blank(r["Returned"]) and between(days(v), 0, 7))
    C["ac016"] = lambda: IN.cells("Intake", lambda v, r: weekend(v))
    C["ac017"] = lambda: row_ext(WG, wks)
    C["ac018"] = lambda: WG.whole(lambda r: gt(mean(num(r[w]) for w in wks if num(r[w]) is not None), 30))
    C["ac019"] = lambda: WG.cells(wks, lambda v, r: num(v) is not None and num(v) > num(r["Target (kg)"]))
    C["ac020"] = lambda: IN.cells("Ref", dup(IN, "Ref", t))
    C["ac021"] = lambda: FO.cells("Carer", dup(FO, "Carer", t))
    C["ac022"] = lambda: top(IN, "Fee ($)", 3)
    C["ac023"] = lambda: top(WG, "Wk 8", 3, largest=False)
    C["ac024"] = lambda: IN.whole(lambda r: blank(r["Kennel"]))
    C["ac025"] = lambda: IN.cells("Breed", lambda v, r: "cross" in t(v) or " x " in t(v))

    # ---------------- cheese_cave
    WH, SA, TP = T("WH"), T("SA"), T("TP")
    max_loss = cell("cheese_cave.xlsx", "Wheels", "R4")
    humid = cell("cheese_cave.xlsx", "Wheels", "R5")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    caves = ["Cave 1 (°C)", "Cave 2 (°C)", "Cave 3 (°C)"]
    kinds = WH.count("Cheese", t)
    C["ac026"] = lambda: WH.cells("Wt now (kg)", lambda v, r: lt(val(v), num(r["Wt in (kg)"]) * (1 - max_loss)))
    C["ac027"] = lambda: WH.cells("Humid. %", lambda v, r: lt(num(v), humid))
    C["ac028"] = lambda: SA.cells("Nov", lambda v, r: num(v) is not None and num(r["Budget Nov"]) is not None
                                  and num(v) < num(r["Budget Nov"]))
    C["ac029"] = lambda: drops(SA, months, val)
    C["ac030"] = lambda: SA.whole(lambda r: num(r["Nov"]) is not None and num(r["Nov"]) < num(r["Nov LY"]))
    C["ac031"] = lambda: WH.whole(lambda r: t(r["Cheese"]) in ("alpine reserve", "red fox")
                                  and t(r["Grade"]) in ("c", "reject"))
    C["ac032"] = lambda: WH.whole(lambda r: t(r["Milk"]) in ("goat", "sheep") and num(r["Cave"]) == 1)
    C["ac033"] = lambda: WH.whole(lambda r: t(r["Grade"]) == "reject" or lt(num(r["Humid. %"]), 0.85))
    C["ac034"] = lambda: WH.whole(lambda r: t(r["Grade"]) == "a" and blank(r["Sold to"]))
    C["ac035"] = lambda: TP.whole(lambda r: gt(num(r[caves[0]]), 12.5) and gt(num(r[caves[1]]), 12.5))
    C["ac036"] = lambda: WH.cells("Batch", lambda v, r: d(r["Made"]) is not None
                                  and age_days(r["Made"], int(r["Min age (mo)"])) <= 0)
    C["ac037"] = lambda: WH.cells("Last turned", lambda v, r: days(v) is not None and gt(-days(v), 7))
    C["ac038"] = lambda: WH.cells("Made", lambda v, r: between(days(v), -90, 0))
    C["ac039"] = lambda: TP.whole(lambda r: d(r["Date"]) is not None and (d(r["Date"]).year, d(r["Date"]).month) == (2026, 11))
    C["ac040"] = lambda: TP.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)
    C["ac041"] = lambda: TP.cells(caves, lambda v, r: lt(num(v), 10) or gt(num(v), 14))
    C["ac042"] = lambda: block_top(SA, months, 5)
    C["ac043"] = lambda: row_ext(SA, months)
    C["ac044"] = lambda: col_max(TP, caves)
    C["ac045"] = lambda: WH.cells("Batch", dup(WH, "Batch", t))
    C["ac046"] = lambda: WH.cells("Cheese", lambda v, r: WH.count("Cheese", lambda x: x)[v] <= 2)
    C["ac047"] = lambda: top(WH, "Wt now (kg)", 3)
    C["ac048"] = lambda: top(SA, "Nov", 4, largest=False)
    C["ac049"] = lambda: WH.whole(lambda r: blank(r["Shelf"]))
    C["ac050"] = lambda: WH.cells("Cheese", lambda v, r: "cheddar" in t(v))

    # ---------------- dance_school
    PU, RG, BE, TE = T("PU"), T("RG"), T("BE"), T("TE")
    pass_mark = cell("dance_school.xlsx", "Exams", "I2")
    weeks = [f"W{k}" for k in range(1, 11)]
    owes = lambda r: (val(r["Paid ($)"]) or 0) < val(r["Fee due ($)"])   # noqa: E731  (blank = nothing paid)
    C["ac051"] = lambda: PU.cells("Paid ($)", lambda v, r: owes(r))
    C["ac052"] = lambda: BE.cells("Practical", lambda v, r: num(v) is not None and num(r["Theory"]) - num(v) >= 10)
    C["ac053"] = lambda: BE.cells("Pupil", lambda v, r: num(r["Practical"]) is not None
                                  and lt(num(r["Theory"]) + num(r["Practical"]), pass_mark))
    C["ac054"] = lambda: PU.cells("Att. T2", lambda v, r: gt(round(num(r["Att. T1"]) - num(v), 6), 0.1))
    C["ac055"] = lambda: TE.cells("Mark", lambda v, r: gt(num(v), num(r["Last yr"]) * 1.15))
    C["ac056"] = lambda: PU.whole(lambda r: t(r["Style"]) == "ballet" and num(r["Grade"]) >= 4 and lt(num(r["Att. T2"]), 0.8))
    C["ac057"] = lambda: PU.whole(lambda r: t(r["Style"]) in ("tap", "jazz") and t(r["Class day"]) == "sat")
    C["ac058"] = lambda: PU.whole(lambda r: num(r["Disc. %"]) > 0 and owes(r))
    C["ac059"] = lambda: BE.whole(lambda r: lt(num(r["Theory"]), 50) or lt(num(r["Practical"]), 50))
    C["ac060"] = lambda: PU.cells("Pupil", lambda v, r: t(r["Style"]) != "ballet" and not blank(r["Exam date"]))
    C["ac061"] = lambda: PU.cells("Pupil", lambda v, r: d(r["DOB"]) is not None and age_days(r["DOB"], 16 * 12) <= 0)
    C["ac062"] = lambda: PU.cells("Exam date", lambda v, r: between(days(v), 0, 30))
    C["ac063"] = lambda: PU.cells("Joined", lambda v, r: d(v) is not None
                                  and gt(days(v), (edate(BUILT, -3) - BUILT).days) and days(v) <= 0)
    C["ac064"] = lambda: PU.cells("Exam date", lambda v, r: d(v) is not None and d(r["DOB"]) is not None
                                  and edate(d(r["DOB"]), 84) > d(v))
    C["ac065"] = lambda: PU.cells("Pupil", lambda v, r: d(r["Joined"]) is not None and age_days(r["Joined"], 36) <= 0)
    C["ac066"] = lambda: RG.whole(lambda r: (r.r - 2) % 2 == 0)
    C["ac067"] = lambda: RG.cells(weeks, lambda v, r: t(v) == "a")
    C["ac068"] = lambda: RG.whole(lambda r: sum(t(r[w]) == "a" for w in weeks) >= 2)
    C["ac069"] = lambda: RG.cells("Pupil", lambda v, r: all(t(r[w]) == "p" for w in weeks))
    C["ac070"] = lambda: BE.cells(["Theory", "Practical"], lambda v, r: lt(num(v), 40))
    C["ac071"] = lambda: PU.cells("Parent email", dup(PU, "Parent email", t))
    C["ac072"] = lambda: top(TE, "Mark", 3)
    C["ac073"] = lambda: PU.whole(lambda r: blank(r["Parent email"]))
    C["ac074"] = lambda: BE.cells("Pupil", lambda v, r: blank(r["Practical"]))
    C["ac075"] = lambda: PU.cells("Medical note", lambda v, r: "asthma" in t(v))

    # ---------------- fire_extinguishers
    UN, VS, SK = T("UN"), T("VS"), T("SK")
    interval = cell("fire_extinguishers.xlsx", "Units", "C3")
    max_age = cell("fire_extinguishers.xlsx", "Units", "C4")
    mo = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    C["ac076"] = lambda: UN.cells("Press. (bar)", lambda v, r: val(v) is not None and num(r["Min bar"]) is not None
                                  and val(v) < num(r["Min bar"]))
    C["ac077"] = lambda: UN.cells("Gross wt (kg)", lambda v, r: lt(num(v) - num(r["Tare wt (kg)"]),
                                                                    num(r["Size (kg/L)"]) * 0.95))
    C["ac078"] = lambda: VS.cells("Failed", lambda v, r: gt(num(v) / num(r["Checked"]), 0.2))
    C["ac079"] = lambda: SK.cells("On hand", lambda v, r: num(v) < num(r["Reorder lvl"]))
    C["ac080"] = lambda: SK.cells("Nov", lambda v, r: (num(r["Oct"]) or 0) > 0 and gt(num(v) / num(r["Oct"]), 1.5))
    C["ac081"] = lambda: UN.whole(lambda r: t(r["Type"]) == "co2" and t(r["Result"]) == "fail")
    C["ac082"] = lambda: UN.whole(lambda r: t(r["Type"]) in ("powder", "foam") and num(r["Size (kg/L)"]) == 9)
    C["ac083"] = lambda: UN.whole(lambda r: t(r["Type"]) == "water" and "kitchen" in t(r["Location"]))
    C["ac084"] = lambda: VS.whole(lambda r: gt(val(r["Invoice ($)"]), 400) and blank(r["Paid on"]))
    C["ac085"] = lambda: VS.whole(lambda r: gt(mins(r["End"]), 17 * 60) or gt(mins(r["End"]) - mins(r["Start"]), 180))
    C["ac086"] = lambda: UN.cells("Mfd", lambda v, r: d(v) is not None and lt(age_days(v, 12 * max_age), 0))
    C["ac087"] = lambda: UN.cells("Last svc", lambda v, r: d(v) is not None and lt(age_days(v, interval), 0))
    C["ac088"] = lambda: UN.cells("Last svc", lambda v, r: d(v) is not None and between(age_days(v, interval), 0, 30))
    C["ac089"] = lambda: VS.cells("Paid on", lambda v, r: d(v) is not None and gt((d(v) - d(r["Date"])).days, 30))
    C["ac090"] = lambda: VS.cells("Date", lambda v, r: between(days(v), -14, 0))
    C["ac091"] = lambda: VS.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)
    C["ac092"] = lambda: SK.cells(mo, lambda v, r: num(v) == 0)
    C["ac093"] = lambda: block_top(SK, mo, 3)
    C["ac094"] = lambda: SK.whole(lambda r: gt(sum(num(r[m]) or 0 for m in mo), 100))
    C["ac095"] = lambda: col_max(SK, mo)
    C["ac096"] = lambda: UN.cells("Unit ID", dup(UN, "Unit ID", t))
    C["ac097"] = lambda: UN.cells("Mfd", lambda v, r: d(v) is not None and d(v) <= sorted(
        d(x["Mfd"]) for x in UN.rows if d(x["Mfd"]) is not None)[4])
    C["ac098"] = lambda: top(VS, "Invoice ($)", 3)
    C["ac099"] = lambda: UN.whole(lambda r: blank(r["Result"]))
    C["ac100"] = lambda: UN.cells("Location", lambda v, r: "stair" in t(v))

    # ---------------- grain_store
    GI, CT, BN = T("GI"), T("CT"), T("BN")
    max_moist = cell("grain_store.xlsx", "Intake", "Q2")
    max_admix = cell("grain_store.xlsx", "Intake", "Q3")
    wk = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["ac101"] = lambda: GI.cells("Moist. %", lambda v, r: gt(num(v), max_moist))
    C["ac102"] = lambda: GI.cells("Net (t)", lambda v, r: abs(val(v) - (val(r["Gross (t)"]) - num(r["Tare (t)"]))) > 0.05)
    C["ac103"] = lambda: CT.cells("Delivered (t)", lambda v, r: num(v) < num(r["Tonnes"]))
    C["ac104"] = lambda: CT.cells("Price ($/t)", lambda v, r: num(r["Market ($/t)"]) - num(v) >= 20)
    C["ac105"] = lambda: BN.cells("Wk 48", lambda v, r: num(v) > num(r["Cap (t)"]))
    C["ac106"] = lambda: GI.whole(lambda r: t(r["Crop"]) == "wheat" and lt(num(r["Spec wt"]), 76))
    C["ac107"] = lambda: GI.whole(lambda r: gt(num(r["Moist. %"]), 0.15) and t(r["Dried?"]) == "no")
    C["ac108"] = lambda: GI.whole(lambda r: t(r["Crop"]) in ("oilseed rape", "beans") and gt(val(r["Net (t)"]), 25))
    C["ac109"] = lambda: CT.whole(lambda r: t(r["Crop"]) != "wheat" and lt(num(r["Price ($/t)"]), 200))
    C["ac110"] = lambda: GI.whole(lambda r: gt(num(r["Moist. %"]), max_moist) or gt(num(r["Admix %"]), max_admix))
    C["ac111"] = lambda: CT.cells("Window start", lambda v, r: between(days(v), 0, 14))
    C["ac112"] = lambda: CT.cells("Signed", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["ac113"] = lambda: GI.cells("Ticket", lambda v, r: between(days(r["Date"]), -3, 0))
    C["ac114"] = lambda: row_ext(BN, wk)
    C["ac115"] = lambda: block_top(BN, wk, 4)
    C["ac116"] = lambda: BN.cells(wk, lambda v, r: gt(num(v), num(r["Cap (t)"]) * 0.9))
    C["ac117"] = lambda: BN.whole(lambda r: min(num(r[w]) for w in wk) >= 400)
    C["ac118"] = lambda: GI.cells(["Gross (t)", "Tare (t)", "Net (t)"], lambda v, r: isinstance(v, str))
    C["ac119"] = lambda: GI.cells("Ticket", dup(GI, "Ticket", t))
    C["ac120"] = lambda: GI.cells("Farm", lambda v, r: GI.count("Farm", t)[t(v)] == 1)
    C["ac121"] = lambda: top(GI, "Net (t)", 5)
    C["ac122"] = lambda: GI.cells("Time in", lambda v, r: mins(v) <= sorted(mins(x["Time in"]) for x in GI.rows)[2]
                                  and sorted(mins(x["Time in"]) for x in GI.rows)[2]
                                  != sorted(mins(x["Time in"]) for x in GI.rows)[3])
    C["ac123"] = lambda: GI.whole(lambda r: blank(r["Bin"]))
    C["ac124"] = lambda: GI.cells("Variety", lambda v, r: t(v).startswith("kws"))
    C["ac125"] = lambda: GI.cells("Farm", lambda v, r: "hall" in t(v))

    # ---------------- kitchen_fitting
    JB, FT, CB = T("JB"), T("FT"), T("CB")
    dep_rate = cell("kitchen_fitting.xlsx", "Jobs", "C3")
    max_days = cell("kitchen_fitting.xlsx", "Jobs", "C4")
    fw = ["W44", "W45", "W46", "W47", "W48"]
    C["ac126"] = lambda: JB.whole(lambda r: val(r["Cost ($)"]) > val(r["Quote ($)"]))
    C["ac127"] = lambda: JB.cells("Deposit ($)", lambda v, r: val(v) < round(val(r["Quote ($)"]) * dep_rate))
    C["ac128"] = lambda: FT.cells("W48", lambda v, r: num(v) > num(r["Contract hrs"]))
    C["ac129"] = lambda: rises(FT, fw)
    C["ac130"] = lambda: JB.cells("Quote ($)", lambda v, r: lt(val(v) - num(r["Cost ($)"]), val(v) * 0.15))
    C["ac131"] = lambda: JB.whole(lambda r: t(r["Status"]) == "complete" and blank(r["Balance paid"]))
    C["ac132"] = lambda: JB.whole(lambda r: t(r["Worktop"]) in ("quartz", "granite") and num(r["Units"]) >= 15)
    C["ac133"] = lambda: CB.whole(lambda r: t(r["Fixed?"]) == "no" or gt(num(r["Cost ($)"]), 200))
    C["ac134"] = lambda: JB.whole(lambda r: t(r["Worktop"]) == "laminate" and gt(val(r["Quote ($)"]), 12000))
    C["ac135"] = lambda: JB.whole(lambda r: t(r["Status"]) == "booked" and t(r["Fitter"]) != "dan")
    C["ac136"] = lambda: JB.cells("Fit end", lambda v, r: gt((d(v) - d(r["Fit start"])).days, max_days))
    C["ac137"] = lambda: CB.cells("Visited", lambda v, r: d(v) is not None and gt((d(v) - d(r["Reported"])).days, 5))
    C["ac138"] = lambda: JB.cells("Fit start", lambda v, r: between(days(v), 0, 14))
    C["ac139"] = lambda: JB.cells("Fit start", lambda v, r: d(v) is not None and d(v).weekday() == 4)
    C["ac140"] = lambda: FT.cells(fw, lambda v, r: gt(num(v), 50))
    C["ac141"] = lambda: FT.whole(lambda r: gt(sum(num(r[w]) or 0 for w in fw), 220))
    C["ac142"] = lambda: row_ext(FT, fw, largest=False)
    C["ac143"] = lambda: block_bottom(FT, fw, 4)
    C["ac144"] = lambda: JB.cells(["Quote ($)", "Cost ($)", "Deposit ($)"], lambda v, r: gt(val(v), 20000))
    C["ac145"] = lambda: JB.cells("Job ref", dup(JB, "Job ref", t))
    C["ac146"] = lambda: JB.cells("Customer", lambda v, r: any(t(x["Customer"]) == t(v) for x in JB.rows if x.r < r.r))
    C["ac147"] = lambda: top(JB, "Quote ($)", 5)
    C["ac148"] = lambda: JB.cells("Fitter", lambda v, r: blank(v))
    C["ac149"] = lambda: CB.whole(lambda r: blank(r["Visited"]))
    C["ac150"] = lambda: JB.cells("Customer", lambda v, r: "ltd" in t(v))
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
