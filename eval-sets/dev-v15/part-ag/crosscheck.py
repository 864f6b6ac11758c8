"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers); the checks are this set's own.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case (and
stray spaces where a reader would).

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Where the request says "or more" / "or older" / "at least" / "today or earlier", the check uses
plain `>=` / `<=`.

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


def ge(a, b):
    """An inclusive threshold the request states in words ("or more")."""
    return a is not None and b is not None and a >= b - 1e-9


def le(a, b):
    return a is not None and b is not None and a <= b + 1e-9


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
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
        self.c1, self.c2, self.r1 = c1, c2, r1
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


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def col_max(tab, heads):
    """The highest number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = max(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def row_max(tab, heads, conv=val):
    """The highest number in each row across `heads` (all tying cells)."""
    out = set()
    for row in tab.rows:
        xs = [conv(row[h]) for h in heads if conv(row[h]) is not None]
        if xs:
            m = max(xs)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                    if conv(row[h]) is not None and conv(row[h]) == m}
    return out


def vs_previous(tab, heads, pred, conv=val):
    """Cells (from the 2nd of `heads` on) where pred(this, previous) holds; blanks skipped."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and pred(conv(v), conv(r[p])))
    return out


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def rows_of(tab, cells: set[str]):
    """Whole rows of the table for the rows that hold any of `cells`."""
    rows = {int("".join(ch for ch in c if ch.isdigit())) for c in cells}
    return tab.whole(lambda r: r.r in rows)


def T(name: str) -> Table:
    return Table(*TABLES[name])


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


TABLES = {
    "VS": ("boiler_servicing.xlsx", "Visits", "B5:Q49"),
    "CT": ("boiler_servicing.xlsx", "Contracts", "A1:I31"),
    "CO": ("boiler_servicing.xlsx", "Callouts", "A3:G9"),
    "RT": ("boiler_servicing.xlsx", "Callouts", "A13:G19"),
    "BT": ("cricket_club.xlsx", "Batting", "B4:N34"),
    "BW": ("cricket_club.xlsx", "Bowling", "A1:G19"),
    "MO": ("cricket_club.xlsx", "Monthly", "A3:G19"),
    "RG": ("equipment_calibration.xlsx", "Register", "A4:O46"),
    "CK": ("equipment_calibration.xlsx", "Checks", "A3:G15"),
    "LN": ("equipment_calibration.xlsx", "Loans", "A1:F25"),
    "CN": ("hospital_wards.xlsx", "Census", "A4:J18"),
    "AD": ("hospital_wards.xlsx", "Admissions", "B5:M45"),
    "SF": ("hospital_wards.xlsx", "Staffing", "A1:H43"),
    "FV": ("ice_cream_parlour.xlsx", "Flavours", "B4:K24"),
    "BA": ("ice_cream_parlour.xlsx", "Batches", "A1:L37"),
    "TL": ("ice_cream_parlour.xlsx", "Tills", "A3:H28"),
    "JB": ("jewellery_repairs.xlsx", "Jobs", "A6:O46"),
    "SK": ("jewellery_repairs.xlsx", "Stock", "A1:I31"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- boiler_servicing
    VS, CT, CO, RT = T("VS"), T("CT"), T("CO"), T("RT")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    co_limit = cell("boiler_servicing.xlsx", "Visits", "T2")
    C["ag001"] = lambda: VS.cells("Invoiced (£)", lambda v, r: val(v) is not None and val(v) > val(r["Quote (£)"]))
    C["ag002"] = lambda: VS.whole(lambda r: val(r["Invoiced (£)"]) is not None
                                  and (num(r["Paid (£)"]) or 0) < val(r["Invoiced (£)"]))
    C["ag003"] = lambda: VS.cells("CO ppm", lambda v, r: gt(val(v), co_limit))
    C["ag004"] = lambda: CT.whole(lambda r: val(r["Visits used"]) > num(r["Visits/yr"]))
    C["ag005"] = lambda: vs_previous(CO, months, lambda a, b: a > b)
    C["ag006"] = lambda: VS.whole(lambda r: t(r["Fuel"]) == "oil" and t(r["Result"]) == "fail")
    C["ag007"] = lambda: CT.whole(lambda r: t(r["Plan"]) == "landlord" and val(r["Visits used"]) >= num(r["Visits/yr"]))
    C["ag008"] = lambda: VS.whole(lambda r: not blank(r["Result"]) and t(r["Result"]) != "pass"
                                  and gt(val(r["CO ppm"]), 50))
    C["ag009"] = lambda: VS.whole(lambda r: t(r["Engineer"]) in ("dan mills", "priya shah")
                                  and not blank(r["Invoiced (£)"]) and blank(r["Paid (£)"]))
    C["ag010"] = lambda: CT.whole(lambda r: t(r["Engineer"]) == "dan mills" and t(r["Plan"]) in ("plus", "landlord"))
    C["ag011"] = lambda: VS.cells("Last service", lambda v, r: d(v) and d(r["Visit date"])
                                  and gt((d(r["Visit date"]) - edate(d(v), 12)).days, 0))
    C["ag012"] = lambda: VS.cells("Installed", lambda v, r: d(v) is not None
                                  and lt((d(v) - edate(BUILT, -180)).days, 0))
    C["ag013"] = lambda: CT.cells("Renewal", lambda v, r: between(days(v), 0, 30))
    C["ag014"] = lambda: VS.cells("Left", lambda v, r: mins(v) is not None and mins(r["Arrived"]) is not None
                                  and gt(mins(v) - mins(r["Arrived"]), 120))
    C["ag015"] = lambda: VS.whole(lambda r: between(days(r["Visit date"]), 0, 14))
    C["ag016"] = lambda: CT.whole(lambda r: lt(days(r["Renewal"]), 0))
    C["ag017"] = lambda: CO.cells(months, lambda v, r: ge(val(v), 20))
    C["ag018"] = lambda: row_max(CO, months)
    C["ag019"] = lambda: RT.cells(months, lambda v, r: gt(num(v), 60))
    C["ag020"] = lambda: VS.cells("Job ref", dup(VS, "Job ref"))
    C["ag021"] = lambda: CT.cells("Customer", lambda v, r: CT.count("Customer", t)[t(v)] == 1)
    C["ag022"] = lambda: top(VS, "Invoiced (£)", 4)
    C["ag023"] = lambda: VS.whole(lambda r: blank(r["Engineer"]))
    C["ag024"] = lambda: VS.cells("Customer", lambda v, r: "ltd" in t(v))
    C["ag025"] = lambda: VS.cells("Visit date", lambda v, r: d(v) is not None and d(v).weekday() == 5)

    # ---------------- cricket_club
    BT, BW, MO = T("BT"), T("BW"), T("MO")
    cmonths = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    qual = cell("cricket_club.xlsx", "Batting", "Q4")
    batters = {t(r["Player"]) for r in BT.rows}

    def hs(v):
        return val(str(v).replace("*", "")) if v is not None else None

    C["ag026"] = lambda: BT.cells("Player", lambda v, r: num(r["Runs 2025"]) is not None
                                  and val(r["Runs"]) < num(r["Runs 2025"]))
    C["ag027"] = lambda: BW.cells("Runs", lambda v, r: gt(num(v) / num(r["Overs"]), 5))
    C["ag028"] = lambda: BT.whole(lambda r: num(r["Inns"]) < qual)
    C["ag029"] = lambda: vs_previous(MO, cmonths, lambda a, b: a < b / 2)
    C["ag030"] = lambda: BT.cells("NO", lambda v, r: gt(num(v), num(r["Inns"]) / 2))
    C["ag031"] = lambda: BT.whole(lambda r: t(r["XI"]) == "1st xi" and gt(num(r["Avg"]), 40))
    C["ag032"] = lambda: BT.whole(lambda r: num(r["Mat"]) >= 5 and t(r["Subs paid"]) == "n")
    C["ag033"] = lambda: BW.cells("Bowler", lambda v, r: num(r["Wkts"]) >= 20 or lt(num(r["Econ"]), 4))
    C["ag034"] = lambda: BT.whole(lambda r: t(r["XI"]) != "1st xi" and hs(r["HS"]) >= 100)
    C["ag035"] = lambda: BT.whole(lambda r: val(r["Runs"]) >= 300 and num(r["6s"]) == 0)
    C["ag036"] = lambda: BT.cells("Player", lambda v, r: d(r["DOB"]) is not None
                                  and gt((d(r["DOB"]) - edate(BUILT, -216)).days, 0))
    C["ag037"] = lambda: BT.cells("DOB", lambda v, r: d(v) is not None and d(v) <= edate(BUILT, -480))
    C["ag038"] = lambda: MO.cells(cmonths, lambda v, r: ge(val(v), 150))
    C["ag039"] = lambda: block_top(MO, cmonths, 5)
    C["ag040"] = lambda: col_max(MO, cmonths)
    C["ag041"] = lambda: MO.cells(cmonths, lambda v, r: not blank(v) and val(v) == 0)
    C["ag042"] = lambda: MO.cells(cmonths, lambda v, r: val(v) is not None and 50 <= val(v) <= 99)
    C["ag043"] = lambda: MO.cells(cmonths, lambda v, r: isinstance(v, str))
    C["ag044"] = lambda: BT.cells("Player", dup(BT, "Player", t))
    C["ag045"] = lambda: BW.cells("Bowler", lambda v, r: t(v) not in batters)
    C["ag046"] = lambda: rows_of(BT, top(BT, "Runs", 3))
    C["ag047"] = lambda: top(BW, "Econ", 3, largest=False)
    C["ag048"] = lambda: BT.cells("DOB", lambda v, r: blank(v))
    C["ag049"] = lambda: BT.cells("HS", lambda v, r: str(v).strip().endswith("*"))
    C["ag050"] = lambda: MO.whole(lambda r: (r.r - 4) % 2 == 0)

    # ---------------- equipment_calibration
    RG, CK, LN = T("RG"), T("CK"), T("LN")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    budget = cell("equipment_calibration.xlsx", "Register", "R2")
    C["ag051"] = lambda: RG.cells("Error", lambda v, r: num(v) is not None and gt(abs(num(v)), num(r["Tol. (±)"])))
    C["ag052"] = lambda: RG.cells("Cost (€)", lambda v, r: gt(val(v), budget))
    C["ag053"] = lambda: CK.cells("Wk 48", lambda v, r: val(v) is not None and val(r["Wk 44"]) is not None
                                  and gt(abs(val(v) - val(r["Wk 44"])), 0.06))
    C["ag054"] = lambda: LN.cells("Returned", lambda v, r: d(v) and d(r["Due back"]) and d(v) > d(r["Due back"]))
    C["ag055"] = lambda: RG.cells("Next due", lambda v, r: d(v) and d(r["Last cal."]) and d(v) < d(r["Last cal."]))
    C["ag056"] = lambda: RG.whole(lambda r: t(r["Type"]) in ("balance", "pipette") and t(r["Location"]) == "lab 2"
                                  and t(r["Result"]) == "fail")
    C["ag057"] = lambda: RG.whole(lambda r: t(r["Status"]) in ("quarantined", "out for repair")
                                  and gt(val(r["Cost (€)"]), 200))
    C["ag058"] = lambda: RG.whole(lambda r: t(r["Result"]) == "pass" and num(r["Error"]) is not None
                                  and gt(abs(num(r["Error"])), num(r["Tol. (±)"])))
    C["ag059"] = lambda: RG.whole(lambda r: t(r["Status"]) == "quarantined" or t(r["Result"]) == "fail")
    C["ag060"] = lambda: LN.whole(lambda r: t(r["Dept"]) in ("hygiene", "npd") and blank(r["Returned"]))
    C["ag061"] = lambda: RG.cells("Next due", lambda v, r: days(v) == 0 or between(days(v), 0, 30))
    C["ag062"] = lambda: RG.whole(lambda r: days(r["Next due"]) is not None and days(r["Next due"]) <= 0)
    C["ag063"] = lambda: RG.cells("Next due", lambda v, r: d(v) and d(r["Last cal."])
                                  and d(v) > edate(d(r["Last cal."]), int(r["Interval (mo)"])))
    C["ag064"] = lambda: LN.whole(lambda r: blank(r["Returned"]) and lt(days(r["Due back"]), 0))
    C["ag065"] = lambda: LN.whole(lambda r: d(r["Returned"]) and d(r["Out"])
                                  and gt((d(r["Returned"]) - d(r["Out"])).days, 14))
    C["ag066"] = lambda: RG.cells("Purchased", lambda v, r: d(v) is not None
                                  and lt((d(v) - edate(BUILT, -120)).days, 0))
    C["ag067"] = lambda: CK.cells(weeks, lambda v, r: val(v) is not None and gt(abs(val(v) - num(r["Check wt (g)"])), 0.05))
    C["ag068"] = lambda: CK.cells(weeks, lambda v, r: blank(v))
    C["ag069"] = lambda: CK.cells(weeks, lambda v, r: val(v) is not None and val(v) < num(r["Check wt (g)"]) - 1e-9)
    C["ag070"] = lambda: RG.cells("Serial no", dup(RG, "Serial no", t))
    C["ag071"] = lambda: top(RG, "Cost (€)", 3)
    C["ag072"] = lambda: top(RG, "Cost (€)", 3, largest=False)
    C["ag073"] = lambda: RG.whole(lambda r: blank(r["Last cal."]))
    C["ag074"] = lambda: RG.cells("Description", lambda v, r: "digital" in t(v))
    C["ag075"] = lambda: LN.cells("Out", lambda v, r: weekend(v))

    # ---------------- hospital_wards
    CN, AD, SF = T("CN"), T("AD"), T("SF")
    wdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    target = cell("hospital_wards.xlsx", "Admissions", "P2")
    admitted_wards = {t(r["Ward"]) for r in AD.rows}
    C["ag076"] = lambda: SF.whole(lambda r: val(r["RN actual"]) < num(r["RN plan"]))
    C["ag077"] = lambda: AD.cells("LOS (days)", lambda v, r: val(v) is not None and val(v) > target)
    C["ag078"] = lambda: SF.cells("HCA actual", lambda v, r: num(r["HCA plan"]) - num(v) >= 2)
    C["ag079"] = lambda: AD.cells("Discharged", lambda v, r: d(v) and d(r["Exp. discharge"]) and d(v) > d(r["Exp. discharge"]))
    C["ag080"] = lambda: CN.cells("Sun", lambda v, r: gt(num(v), num(r["Beds"]) * 0.95))
    C["ag081"] = lambda: AD.whole(lambda r: t(r["Falls risk"]) == "high" and num(r["NEWS"]) >= 5)
    C["ag082"] = lambda: AD.whole(lambda r: t(r["Ward"]) in ("larch", "ash") and blank(r["Discharged"]))
    C["ag083"] = lambda: AD.whole(lambda r: blank(r["Discharged"]) and num(r["NEWS"]) >= 7)
    C["ag084"] = lambda: SF.whole(lambda r: t(r["Shift"]) == "night" and num(r["Agency"]) > 0)
    C["ag085"] = lambda: CN.whole(lambda r: "surgery" in t(r["Specialty"]) and num(r["Beds"]) <= 18)
    C["ag086"] = lambda: AD.cells("DOB", lambda v, r: d(v) is not None and d(v) <= edate(BUILT, -900))
    C["ag087"] = lambda: AD.cells("Admitted", lambda v, r: days(v) == 0 or between(days(v), -3, 0))
    C["ag088"] = lambda: AD.whole(lambda r: blank(r["Discharged"]) and lt(days(r["Exp. discharge"]), 0))
    C["ag089"] = lambda: AD.whole(lambda r: blank(r["Discharged"]) and gt(-days(r["Admitted"]), 21))
    C["ag090"] = lambda: AD.whole(lambda r: d(r["Discharged"]) and d(r["Admitted"])
                                  and (d(r["Discharged"]) - d(r["Admitted"])).days <= 1)
    C["ag091"] = lambda: CN.cells(wdays, lambda v, r: num(v) is not None and num(v) > num(r["Beds"]))
    C["ag092"] = lambda: row_max(CN, wdays, num)
    C["ag093"] = lambda: CN.cells(wdays, lambda v, r: num(v) is not None and lt(num(v), num(r["Beds"]) / 2))
    C["ag094"] = lambda: CN.cells(wdays, lambda v, r: blank(v))
    C["ag095"] = lambda: AD.cells("MRN", dup(AD, "MRN"))
    C["ag096"] = lambda: CN.cells("Ward", lambda v, r: t(v) not in admitted_wards)
    C["ag097"] = lambda: top(AD, "LOS (days)", 3)
    C["ag098"] = lambda: AD.whole(lambda r: blank(r["Consultant"]))
    C["ag099"] = lambda: AD.cells("Isolation", lambda v, r: "mrsa" in t(v))
    C["ag100"] = lambda: SF.whole(lambda r: weekend(r["Date"]))

    # ---------------- ice_cream_parlour
    FV, BA, TL = T("FV"), T("BA"), T("TL")
    wk = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    min_l = cell("ice_cream_parlour.xlsx", "Flavours", "N4")
    C["ag101"] = lambda: FV.cells("Wk 48", lambda v, r: num(v) is not None and num(r["Wk 48 LY"]) is not None
                                  and num(v) < num(r["Wk 48 LY"]))
    C["ag102"] = lambda: FV.cells("Cost/L (€)", lambda v, r: gt(num(v), num(r["Price/L (€)"]) * 0.4))
    C["ag103"] = lambda: TL.cells("Total €", lambda v, r: num(r["Same day LY"]) is not None
                                  and num(v) - num(r["Same day LY"]) >= 100)
    C["ag104"] = lambda: FV.cells("Wk 48", lambda v, r: lt(val(v), min_l))
    C["ag105"] = lambda: TL.whole(lambda r: abs(val(r["Cash €"]) + val(r["Card €"]) - num(r["Total €"])) > 0.005)
    C["ag106"] = lambda: BA.whole(lambda r: t(r["Freezer"]) == "f3" and gt(num(r["Temp °C"]), -15))
    C["ag107"] = lambda: BA.whole(lambda r: t(r["Vegan?"]) == "y" and "nut" in t(r["Allergens"]))
    C["ag108"] = lambda: TL.whole(lambda r: t(r["Weather"]) == "rain" and gt(num(r["Total €"]), 1000))
    C["ag109"] = lambda: FV.whole(lambda r: (t(r["Base"]) == "sorbet" and gt(val(r["Wk 48"]), 20))
                                  or (t(r["Base"]) == "dairy" and lt(val(r["Wk 48"]), 5)))
    C["ag110"] = lambda: BA.whole(lambda r: blank(r["Checked by"]) and num(r["Litres"]) >= 10)
    C["ag111"] = lambda: BA.cells("Best before", lambda v, r: between(days(v), 0, 7))
    C["ag112"] = lambda: BA.cells("Best before", lambda v, r: d(v) and d(r["Made"])
                                  and lt((d(v) - edate(d(r["Made"]), 3)).days, 0))
    C["ag113"] = lambda: FV.cells(wk, lambda v, r: gt(val(v), 30))
    C["ag114"] = lambda: block_top(FV, wk, 5)
    C["ag115"] = lambda: col_max(FV, wk)
    C["ag116"] = lambda: FV.cells(wk, lambda v, r: lt(val(v), 3))
    C["ag117"] = lambda: TL.cells(["Cash €", "Card €"], lambda v, r: gt(val(v), 1000))
    C["ag118"] = lambda: FV.cells(wk, lambda v, r: isinstance(v, str))
    C["ag119"] = lambda: BA.cells("Batch #", dup(BA, "Batch #"))
    C["ag120"] = lambda: rows_of(TL, top(TL, "Total €", 3))
    C["ag121"] = lambda: top(FV, "Cost/L (€)", 3, largest=False)
    C["ag122"] = lambda: TL.cells("Same day LY", lambda v, r: blank(v))
    C["ag123"] = lambda: BA.whole(lambda r: blank(r["Made by"]))
    C["ag124"] = lambda: FV.cells("Flavour", lambda v, r: "seasonal" in t(v))
    C["ag125"] = lambda: TL.whole(lambda r: (r.r - 4) % 3 == 0)

    # ---------------- jewellery_repairs
    JB, SK = T("JB"), T("SK")
    rate = cell("jewellery_repairs.xlsx", "Jobs", "B3")
    limit = cell("jewellery_repairs.xlsx", "Jobs", "B4")
    money = ["Quote £", "Deposit £", "Final £"]
    C["ag126"] = lambda: SK.whole(lambda r: num(r["Sold £"]) is not None and num(r["Sold £"]) < num(r["Cost £"]))
    C["ag127"] = lambda: JB.cells("Deposit £", lambda v, r: num(v) is not None and lt(num(v), val(r["Quote £"]) * rate))
    C["ag128"] = lambda: JB.cells("Final £", lambda v, r: num(v) is not None and num(v) - val(r["Quote £"]) >= 20 - 1e-9)
    C["ag129"] = lambda: JB.cells("Insured value", lambda v, r: gt(val(v), limit))
    C["ag130"] = lambda: SK.cells("Ticket £", lambda v, r: lt(val(v), 2 * num(r["Cost £"])))
    C["ag131"] = lambda: JB.whole(lambda r: t(r["Item"]) == "ring" and t(r["Stone?"]) == "y" and "gold" in t(r["Metal"]))
    C["ag132"] = lambda: JB.whole(lambda r: blank(r["Collected"]) and blank(r["Deposit £"]))
    C["ag133"] = lambda: SK.whole(lambda r: t(r["Carat"]) in ("9ct", "14ct") and blank(r["Sold £"]))
    C["ag134"] = lambda: JB.whole(lambda r: t(r["Metal"]) != "silver" and lt(val(r["Quote £"]), 50))
    C["ag135"] = lambda: SK.whole(lambda r: t(r["Carat"]) == "18ct" and gt(num(r["Weight (g)"]), 4) and blank(r["Sold £"]))
    C["ag136"] = lambda: JB.whole(lambda r: blank(r["Collected"]) and lt(days(r["Promised"]), -30))
    C["ag137"] = lambda: JB.whole(lambda r: d(r["Promised"]) and d(r["Taken in"])
                                  and lt((d(r["Promised"]) - d(r["Taken in"])).days, 3))
    C["ag138"] = lambda: SK.whole(lambda r: blank(r["Sold £"]) and d(r["Bought"]) is not None
                                  and lt((d(r["Bought"]) - edate(BUILT, -6)).days, 0))
    C["ag139"] = lambda: JB.cells("Promised", lambda v, r: between(days(v), 0, 7))
    C["ag140"] = lambda: JB.cells(money, lambda v, r: gt(val(v), 200))
    C["ag141"] = lambda: SK.cells(["Cost £", "Ticket £", "Sold £"], lambda v, r: lt(val(v), 40))
    C["ag142"] = lambda: col_max(SK, ["Cost £", "Ticket £", "Sold £"])
    C["ag143"] = lambda: JB.cells("Job no.", dup(JB, "Job no."))
    C["ag144"] = lambda: JB.cells("Customer", lambda v, r: JB.count("Customer", t)[t(v)] == 1)
    C["ag145"] = lambda: top(SK, "Ticket £", 3)
    C["ag146"] = lambda: top(JB, "Quote £", 4, largest=False)
    C["ag147"] = lambda: JB.whole(lambda r: blank(r["Jeweller"]))
    C["ag148"] = lambda: SK.cells("Weight (g)", lambda v, r: blank(v))
    C["ag149"] = lambda: JB.cells("Work", lambda v, r: "chain" in t(v))
    C["ag150"] = lambda: SK.whole(lambda r: t(r["SKU"]).startswith("con"))
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
