"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between/upto` also raise `Boundary` when a value sits exactly on a threshold
that the request leaves vague (so the set's expected cells never hinge on inclusive vs
exclusive). Thresholds the request states as inclusive ("or more", "at least", "today or
earlier") are compared plainly.

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
MONTHS = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
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
    """Days from today (BUILT) to a real date, negative in the past."""
    x = d(v)
    return None if x is None else (x - BUILT).days


def ago(v):
    x = days(v)
    return None if x is None else -x


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


def upto(a, lo, hi):
    """lo <= a <= hi where the request names lo as included ("today or ..."); hi must not be hit."""
    if a is None:
        return False
    _edge(a, hi)
    return lo <= a <= hi


def mins(v):
    """Minutes from midnight of a real Excel time."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    return None


def edate(x: dt.date, months: int) -> dt.date:
    """Excel's EDATE: same day n months on, clipped to the month's end."""
    y, m = divmod(x.month - 1 + months, 12)
    y, m = x.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(x.day, last))


def age(v):
    """Completed years on BUILT (Excel DATEDIF "y"); a birthday falling today is a boundary."""
    x = d(v)
    if x is None:
        return None
    if (x.month, x.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday today: {x}")
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


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


def top(tab: Table, h: str, n: int, largest=True, conv=num):
    """The n largest (or smallest) values of a column; a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def dup(tab, h, key=t, n=None):
    """Cells whose (trimmed, case-folded) value occurs more than once (or exactly n times)."""
    c = tab.count(h, key)
    if n is None:
        return tab.cells(h, lambda v, r: not blank(v) and c[key(v)] > 1)
    return tab.cells(h, lambda v, r: not blank(v) and c[key(v)] == n)


def col_ext(tab, heads, fn=max, conv=num):
    """The highest (or lowest) number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = fn(tab.values(h, conv))
        out |= tab.cells(h, lambda v, r, m=m: conv(v) is not None and conv(v) == m)
    return out


def row_max(tab, heads, conv=num):
    """The highest number in each row across `heads` (all tying cells)."""
    out = set()
    for row in tab.rows:
        xs = [conv(row[h]) for h in heads if conv(row[h]) is not None]
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                if conv(row[h]) is not None and conv(row[h]) == max(xs)}
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def steps(tab, heads, test, conv=num):
    """Cells compared with the cell to their left within `heads` (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and test(conv(v), conv(r[p])))
    return out


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


TABLES = {
    "JB": ("bike_workshop.xlsx", "Jobs", "A4:M46"),
    "PT": ("bike_workshop.xlsx", "Parts", "A1:I29"),
    "ST": ("pharmacy_stock.xlsx", "Stock", "B4:M44"),
    "F1": ("pharmacy_stock.xlsx", "Fridge", "A3:E27"),
    "F2": ("pharmacy_stock.xlsx", "Fridge", "H3:L27"),
    "DP": ("pharmacy_stock.xlsx", "Dispensed", "A2:H18"),
    "PU": ("swim_school.xlsx", "Pupils", "A4:K44"),
    "LN": ("swim_school.xlsx", "Lengths", "A3:J21"),
    "SL": ("swim_school.xlsx", "Slots", "A1:G19"),
    "BK": ("coworking.xlsx", "Bookings", "B5:M49"),
    "MB": ("coworking.xlsx", "Members", "A1:J29"),
    "UD": ("coworking.xlsx", "Usage", "A2:H14"),
    "UR": ("coworking.xlsx", "Usage", "A18:H24"),
    "IN": ("solar_installs.xlsx", "Installs", "A5:N47"),
    "GN": ("solar_installs.xlsx", "Generation", "A3:I19"),
    "FT": ("solar_installs.xlsx", "Generation", "K3:M8"),
    "PL": ("garden_centre.xlsx", "Plants", "A4:L44"),
    "SA": ("garden_centre.xlsx", "Sales", "A2:H16"),
    "LS": ("garden_centre.xlsx", "Sales", "A20:H28"),
    "DV": ("garden_centre.xlsx", "Deliveries", "B2:I26"),
}


def T(name: str) -> Table:
    return Table(*TABLES[name])


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- bike_workshop
    JB, PT = T("JB"), T("PT")
    rate = cell("bike_workshop.xlsx", "Jobs", "P2")
    max_days = cell("bike_workshop.xlsx", "Jobs", "P3")
    money = ["Parts ($)", "Quote ($)", "Charged ($)"]
    C["r001"] = lambda: JB.cells("Charged ($)", lambda v, r: val(v) is not None and val(v) > num(r["Quote ($)"]))
    C["r002"] = lambda: JB.whole(lambda r: t(r["Status"]) == "collected"     # break-even is not a loss
                                 and val(r["Charged ($)"]) < num(r["Labour (h)"]) * rate + num(r["Parts ($)"]))
    C["r003"] = lambda: JB.cells("Charged ($)", lambda v, r: val(v) is not None and num(r["Quote ($)"]) - val(v) >= 20)
    C["r004"] = lambda: PT.whole(lambda r: val(r["On hand"]) <= num(r["Reorder at"]))
    C["r005"] = lambda: PT.cells("Sell ($)", lambda v, r: lt(num(v), 1.7 * num(r["Unit cost ($)"])))
    C["r006"] = lambda: JB.cells("Parts ($)", lambda v, r: gt(num(v), 0.3 * num(r["Quote ($)"])))
    C["r007"] = lambda: JB.whole(lambda r: t(r["Status"]) == "waiting parts" and t(r["Mechanic"]) in ("leon", "priti"))
    C["r008"] = lambda: JB.whole(lambda r: t(r["Job type"]) == "e-bike diag" and gt(num(r["Labour (h)"]), 3)
                                 and blank(r["Collected"]))
    C["r009"] = lambda: JB.whole(lambda r: t(r["Status"]) != "collected" and not blank(r["Charged ($)"]))
    C["r010"] = lambda: JB.whole(lambda r: t(r["Job type"]) == "wheel build" or gt(num(r["Quote ($)"]), 250))
    C["r011"] = lambda: JB.whole(lambda r: t(r["Mechanic"]) == "sam" and days(r["Promised"]) is not None
                                 and days(r["Promised"]) < 0 and blank(r["Collected"]))
    C["r012"] = lambda: JB.whole(lambda r: blank(r["Collected"]) and gt(ago(r["Booked in"]), max_days))
    C["r013"] = lambda: JB.cells("Promised", lambda v, r: blank(r["Collected"]) and days(v) is not None and days(v) <= 0)
    C["r014"] = lambda: JB.whole(lambda r: d(r["Collected"]) is not None and d(r["Promised"]) is not None
                                 and gt((d(r["Collected"]) - d(r["Promised"])).days, 7))
    C["r015"] = lambda: PT.cells("Last ordered", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["r016"] = lambda: JB.cells("Promised", lambda v, r: d(v) is not None and d(r["Booked in"]) is not None
                                 and (d(v) - d(r["Booked in"])).days >= 7)
    C["r017"] = lambda: PT.cells(["Unit cost ($)", "Sell ($)"], lambda v, r: gt(num(v), 100))
    C["r018"] = lambda: JB.cells(money, lambda v, r: gt(val(v), 400))
    C["r019"] = lambda: dup(JB, "Job no")
    C["r020"] = lambda: dup(JB, "Customer")
    C["r021"] = lambda: JB.cells("Quote ($)", lambda v, r: gt(num(v), mean(JB.values("Quote ($)"))))
    C["r022"] = lambda: top(JB, "Labour (h)", 3)
    C["r023"] = lambda: JB.whole(lambda r: blank(r["Customer"]) or blank(r["Mechanic"]))
    C["r024"] = lambda: PT.cells("Description", lambda v, r: "brake" in t(v))
    C["r025"] = lambda: JB.cells("Booked in", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- pharmacy_stock
    ST, F1, F2, DP = T("ST"), T("F1"), T("F2"), T("DP")
    window = cell("pharmacy_stock.xlsx", "Stock", "P4")
    mm = ["Min °C", "Max °C"]
    C["r026"] = lambda: ST.cells("Qty", lambda v, r: val(v) is not None and val(v) < num(r["Min qty"]))
    C["r027"] = lambda: DP.cells("Nov", lambda v, r: num(v) is not None and num(r["Oct"]) is not None
                                 and gt(num(v) / num(r["Oct"]), 1.2))
    C["r028"] = lambda: steps(DP, MONTHS, lambda a, b: a < b)
    C["r029"] = lambda: F2.cells("Max °C", lambda v, r: val(v) is not None and val(r["Min °C"]) is not None
                                 and gt(val(v) - val(r["Min °C"]), 4))
    C["r030"] = lambda: ST.cells("Qty", lambda v, r: gt(val(v), 5 * num(r["Min qty"])))
    C["r031"] = lambda: F1.cells("Max °C", lambda v, r: num(v) is not None and num(r["Min °C"]) is not None
                                 and lt(num(v) - num(r["Min °C"]), 1))
    C["r032"] = lambda: F1.whole(lambda r: lt(num(r["Min °C"]), 2) or gt(num(r["Max °C"]), 8))
    C["r033"] = lambda: ST.whole(lambda r: t(r["CD?"]) == "yes" and gt(ago(r["Last count"]), 14))
    C["r034"] = lambda: ST.whole(lambda r: t(r["Form"]) in ("capsule", "inhaler") and gt(num(r["Unit cost ($)"]), 2))
    C["r035"] = lambda: ST.whole(lambda r: t(r["Form"]) != "tablet" and lt(val(r["Qty"]), 75))
    C["r036"] = lambda: ST.cells("Exp. date", lambda v, r: upto(days(v), 0, window))
    C["r037"] = lambda: ST.cells("Exp. date", lambda v, r: days(v) is not None and days(v) < 0)
    C["r038"] = lambda: ST.whole(lambda r: gt(ago(r["Last count"]), 28))
    C["r039"] = lambda: ST.cells("Exp. date", lambda v, r: d(v) is not None and d(v).year == 2028)
    C["r040"] = lambda: ST.cells("Exp. date", lambda v, r: d(v) is not None and d(r["Last count"]) is not None
                                 and (d(v) - d(r["Last count"])).days <= 60)
    C["r041"] = lambda: col_ext(DP, MONTHS)
    C["r042"] = lambda: block_top(DP, MONTHS, 5)
    C["r043"] = lambda: F2.cells(mm, lambda v, r: lt(val(v), 2) or gt(val(v), 8))
    C["r044"] = lambda: DP.whole(lambda r: all(gt(num(r[m]), 100) for m in MONTHS))
    C["r045"] = lambda: dup(ST, "Item code")
    C["r046"] = lambda: dup(ST, "Drug", n=1)
    C["r047"] = lambda: top(F1, "Max °C", 3)
    C["r048"] = lambda: ST.cells("Qty", lambda v, r: lt(val(v), mean(ST.values("Qty", val))))
    C["r049"] = lambda: ST.cells("Batch", lambda v, r: blank(v))
    C["r050"] = lambda: ST.cells("Strength", lambda v, r: "mcg" in t(v))

    # ---------------- swim_school
    PU, LN, SL = T("PU"), T("LN"), T("SL")
    weeks = [f"Wk {k}" for k in range(1, 9)]
    squad_min = cell("swim_school.xlsx", "Pupils", "C2")
    C["r051"] = lambda: PU.cells("Pupil", lambda v, r: (val(r["Paid ($)"]) or 0) < num(r["Term fee ($)"]))
    C["r052"] = lambda: LN.cells("Wk 8", lambda v, r: val(v) is not None and val(v) >= num(r["Goal"]))
    C["r053"] = lambda: steps(LN, weeks, lambda a, b: a < b, val)
    C["r054"] = lambda: SL.whole(lambda r: num(r["Booked"]) > num(r["Max"]))
    C["r055"] = lambda: LN.cells("Pupil", lambda v, r: val(r["Wk 1"]) is not None and val(r["Wk 8"]) is not None
                                 and val(r["Wk 8"]) - val(r["Wk 1"]) >= 5)
    C["r056"] = lambda: PU.whole(lambda r: num(r["Stage"]) == 1 and t(r["Class"]).startswith("sat"))
    C["r057"] = lambda: PU.whole(lambda r: not blank(r["Medical"]) and (val(r["Paid ($)"]) or 0) == 0)
    C["r058"] = lambda: SL.whole(lambda r: t(r["Teacher"]) in ("sue", "ola") and num(r["Booked"]) <= 5)
    C["r059"] = lambda: PU.whole(lambda r: t(r["Stage"]) != "squad" and d(r["Joined"]) is not None
                                 and d(r["Joined"]) < dt.date(2025, 1, 1))
    C["r060"] = lambda: PU.whole(lambda r: t(r["Stage"]) == "squad" and age(r["DOB"]) < squad_min)
    C["r061"] = lambda: PU.cells("DOB", lambda v, r: age(v) is not None and age(v) < 5)
    C["r062"] = lambda: PU.cells("Last assessed", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -3)).days, 0))
    C["r063"] = lambda: PU.cells("Joined", lambda v, r: days(v) is not None and upto(-days(v), 0, 60))
    C["r064"] = lambda: PU.cells("DOB", lambda v, r: d(v) is not None and d(v).month == BUILT.month)
    C["r065"] = lambda: LN.cells(weeks, lambda v, r: val(v) is not None and val(v) > num(r["Goal"]))
    C["r066"] = lambda: row_max(LN, weeks, val)
    C["r067"] = lambda: LN.cells(weeks, lambda v, r: val(v) is not None and val(v) >= 20)
    C["r068"] = lambda: LN.whole(lambda r: all(val(r[w]) is not None and val(r[w]) >= 10 for w in weeks))
    C["r069"] = lambda: dup(PU, "Pupil")
    C["r070"] = lambda: dup(LN, "Pupil")
    C["r071"] = lambda: LN.cells("Wk 8", lambda v, r: gt(val(v), mean(LN.values("Wk 8", val))))
    C["r072"] = lambda: top(PU, "DOB", 3, largest=False, conv=d)
    C["r073"] = lambda: PU.cells("Phone", lambda v, r: blank(v))
    C["r074"] = lambda: PU.cells("Medical", lambda v, r: "asthma" in t(v) or "epipen" in t(v))
    C["r075"] = lambda: SL.whole(lambda r: weekend(r["Date"]))

    # ---------------- coworking
    BK, MB, UD, UR = T("BK"), T("MB"), T("UD"), T("UR")
    hours = lambda r: (mins(r["End"]) - mins(r["Start"])) / 60   # noqa: E731
    C["r076"] = lambda: BK.whole(lambda r: num(r["People"]) > num(r["Capacity"]))
    C["r077"] = lambda: BK.cells("Billed ($)", lambda v, r: val(v) is not None
                                 and val(v) < round(num(r["Rate ($/h)"]) * hours(r), 2))
    C["r078"] = lambda: UD.cells("Nov", lambda v, r: num(v) is not None and num(v) > num(r["Plan hrs"]))
    C["r079"] = lambda: UR.cells("Nov", lambda v, r: num(v) < num(r["LY Nov"]))
    C["r080"] = lambda: UD.cells("Member", lambda v, r: lt(num(r["Nov"]), num(r["Plan hrs"]) / 2))
    C["r081"] = lambda: steps(UR, MONTHS, lambda a, b: a < b)
    C["r082"] = lambda: BK.whole(lambda r: t(r["Status"]) == "confirmed" and t(r["Catering"]) == "lunch"
                                 and num(r["People"]) >= 8)
    C["r083"] = lambda: MB.whole(lambda r: t(r["Plan"]) in ("hot desk", "flex 10") and ago(r["Last visit"]) >= 30)
    C["r084"] = lambda: BK.whole(lambda r: t(r["Room"]) in ("bobbin", "weft") and gt(val(r["Billed ($)"]), 60))
    C["r085"] = lambda: MB.whole(lambda r: t(r["Company"]) != "kestrel media" and gt(ago(r["Last visit"]), 56))
    C["r086"] = lambda: BK.whole(lambda r: gt(hours(r), 5))
    C["r087"] = lambda: MB.cells("Renews", lambda v, r: upto(days(v), 0, 30))
    C["r088"] = lambda: BK.whole(lambda r: upto(days(r["Date"]), 0, 7))
    C["r089"] = lambda: col_ext(UD, MONTHS)
    C["r090"] = lambda: UD.cells(MONTHS, lambda v, r: gt(val(v), 150))
    C["r091"] = lambda: UD.whole(lambda r: lt(sum(val(r[m]) or 0 for m in MONTHS), 150))
    C["r092"] = lambda: dup(BK, "Ref")
    C["r093"] = lambda: dup(MB, "Key fob")
    C["r094"] = lambda: top(BK, "Billed ($)", 3, conv=val)
    C["r095"] = lambda: MB.cells("Monthly ($)", lambda v, r: lt(num(v), mean(MB.values("Monthly ($)"))))
    C["r096"] = lambda: MB.cells("Email", lambda v, r: blank(v))
    C["r097"] = lambda: BK.whole(lambda r: blank(r["Booked by"]) or blank(r["Catering"]))
    C["r098"] = lambda: MB.cells("Email", lambda v, r: "@cobalt" in t(v))
    C["r099"] = lambda: BK.cells("Booked by", lambda v, r: "ltd" in t(v))
    C["r100"] = lambda: BK.whole(lambda r: (r.r - 6) % 2 == 0)

    # ---------------- solar_installs
    IN, GN, FT = T("IN"), T("GN"), T("FT")
    target = cell("solar_installs.xlsx", "Installs", "D2")
    C["r101"] = lambda: IN.whole(lambda r: num(r["Cost ($)"]) is not None and num(r["Cost ($)"]) > val(r["Quote ($)"]))
    C["r102"] = lambda: IN.cells("Cost ($)", lambda v, r: num(v) is not None and gt(num(v) / val(r["Quote ($)"]), 0.85))
    C["r103"] = lambda: GN.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Fcst Nov"]))
    C["r104"] = lambda: GN.cells("Site", lambda v, r: lt(num(r["Nov"]), num(r["Jun"]) / 3))
    C["r105"] = lambda: IN.cells("Deposit ($)", lambda v, r: num(v) is not None
                                 and gt(num(v) / val(r["Quote ($)"]), 0.15))
    C["r106"] = lambda: IN.cells("kWp", lambda v, r: lt(num(v) / num(r["Panels"]), 0.42))
    C["r107"] = lambda: IN.whole(lambda r: t(r["Crew"]) == "team c" and t(r["Roof"]) in ("flat", "tin")
                                 and blank(r["Grid connect"]))
    C["r108"] = lambda: IN.whole(lambda r: days(r["Install"]) is not None and days(r["Install"]) < 0
                                 and blank(r["Grid connect"]))
    C["r109"] = lambda: IN.whole(lambda r: t(r["Suburb"]) in ("cedar hill", "bayview") and num(r["Panels"]) >= 20)
    C["r110"] = lambda: IN.whole(lambda r: t(r["Status"]) != "connected" and gt(val(r["Quote ($)"]), 10000))
    C["r111"] = lambda: IN.whole(lambda r: d(r["Install"]) is not None and d(r["Survey"]) is not None
                                 and gt((d(r["Install"]) - d(r["Survey"])).days, target))
    C["r112"] = lambda: IN.cells("Grid connect", lambda v, r: d(v) is not None and d(r["Install"]) is not None
                                 and gt((d(v) - d(r["Install"])).days, 30))
    C["r113"] = lambda: IN.whole(lambda r: d(r["Survey"]) is not None and blank(r["Install"])
                                 and not lt((d(r["Survey"]) - edate(BUILT, -2)).days, 0))
    C["r114"] = lambda: IN.cells("Grid connect", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["r115"] = lambda: GN.cells(MONTHS, lambda v, r: lt(val(v), 150))
    C["r116"] = lambda: row_max(GN, MONTHS, val)
    C["r117"] = lambda: GN.whole(lambda r: any(blank(r[m]) for m in MONTHS))
    C["r118"] = lambda: dup(IN, "Job")
    C["r119"] = lambda: dup(IN, "Customer", n=1)
    C["r120"] = lambda: top(IN, "kWp", 5)
    C["r121"] = lambda: top(GN, "Perf %", 3, largest=False)
    C["r122"] = lambda: IN.whole(lambda r: blank(r["Suburb"]) or blank(r["Crew"]))
    C["r123"] = lambda: IN.cells("Deposit ($)", lambda v, r: blank(v))
    C["r124"] = lambda: FT.cells("Code", lambda v, r: t(v).startswith("e"))
    C["r125"] = lambda: IN.cells("Install", lambda v, r: weekend(v))

    # ---------------- garden_centre
    PL, SA, LS, DV = T("PL"), T("SA"), T("LS"), T("DV")
    C["r126"] = lambda: PL.whole(lambda r: num(r["Price ($)"]) < num(r["Cost ($)"]))
    C["r127"] = lambda: SA.cells("Nov", lambda v, r: num(v) < num(r["LY Nov"]))
    C["r128"] = lambda: steps(SA, MONTHS, lambda a, b: gt(a / b, 1.3))
    C["r129"] = lambda: PL.cells("Disc. %", lambda v, r: num(v) is not None
                                 and lt(num(r["Price ($)"]) * (1 - num(v)), num(r["Cost ($)"])))
    C["r130"] = lambda: DV.cells("Arrived", lambda v, r: d(v) is not None and d(v) > d(r["Due"]))
    C["r131"] = lambda: DV.cells("Lines short", lambda v, r: num(v) is not None and gt(num(v) / num(r["Lines"]), 0.1))
    C["r132"] = lambda: PL.whole(lambda r: t(r["Category"]) == "tree" and (num(r["Disc. %"]) or 0) >= 0.25)
    C["r133"] = lambda: PL.whole(lambda r: t(r["Supplier"]) == "own propagation" and lt(val(r["Qty"]), 10))
    C["r134"] = lambda: DV.whole(lambda r: t(r["Supplier"]) in ("kent roses", "greenleaf nursery")
                                 and (num(r["Lines short"]) or 0) > 0)
    C["r135"] = lambda: PL.whole(lambda r: blank(r["Disc. %"]) and lt(days(r["Sell by"]), 0))
    C["r136"] = lambda: PL.whole(lambda r: d(r["Potted"]) is not None
                                 and lt((d(r["Potted"]) - edate(BUILT, -12)).days, 0))
    C["r137"] = lambda: DV.whole(lambda r: d(r["Arrived"]) is not None and (d(r["Arrived"]) - d(r["Due"])).days >= 5)
    C["r138"] = lambda: DV.whole(lambda r: blank(r["Arrived"]) and days(r["Due"]) < 0)
    C["r139"] = lambda: LS.cells(MONTHS, lambda v, r: num(v) is not None and num(v) > num(r["Max ok"]))
    C["r140"] = lambda: block_top(SA, MONTHS, 3)
    C["r141"] = lambda: col_ext(SA, MONTHS, min)
    C["r142"] = lambda: LS.whole(lambda r: any(num(r[m]) == 0 for m in MONTHS))
    C["r143"] = lambda: dup(PL, "SKU")
    C["r144"] = lambda: dup(PL, "Plant")
    C["r145"] = lambda: top(PL, "Price ($)", 3)
    C["r146"] = lambda: top(PL, "Cost ($)", 3, largest=False)
    C["r147"] = lambda: DV.cells("Checked by", lambda v, r: blank(v) and d(r["Arrived"]) is not None)
    C["r148"] = lambda: PL.cells("Plant", lambda v, r: t(v).startswith("rosa"))
    C["r149"] = lambda: PL.cells("Bench", lambda v, r: t(v).startswith("t"))
    C["r150"] = lambda: DV.cells("Arrived", lambda v, r: weekend(v))
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
