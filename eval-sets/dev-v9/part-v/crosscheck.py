"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Helpers adapted from dev-v6 part O's crosscheck.py; the checks are this set's own.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Where the request compares two cells, or says "or more" / "at least", plain comparisons are used.

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
    "CS": ("mortgage_pipeline.xlsx", "Cases", "B4:P44"),
    "SUB": ("mortgage_pipeline.xlsx", "Monthly", "A3:F10"),
    "CMP": ("mortgage_pipeline.xlsx", "Monthly", "H3:N10"),
    "ST": ("music_lessons.xlsx", "Students", "A4:N44"),
    "PR": ("music_lessons.xlsx", "Practice", "A2:H26"),
    "EX": ("music_lessons.xlsx", "Exams", "A3:G25"),
    "BD": ("music_lessons.xlsx", "Exams", "J3:K6"),
    "PM": ("parking_permits.xlsx", "Permits", "A5:M47"),
    "PC": ("parking_permits.xlsx", "PCNs", "A1:K33"),
    "OC": ("parking_permits.xlsx", "Occupancy", "A3:I11"),
    "PI": ("parking_permits.xlsx", "Occupancy", "A15:G23"),
    "HI": ("scaffolding_hire.xlsx", "Hires", "B4:P43"),
    "SK": ("scaffolding_hire.xlsx", "Stock", "A2:G18"),
    "CR": ("scaffolding_hire.xlsx", "Crew", "A3:J17"),
    "MC": ("vending_machines.xlsx", "Machines", "A3:N41"),
    "SL": ("vending_machines.xlsx", "Slots", "A1:I21"),
    "WK": ("vending_machines.xlsx", "Weekly", "A2:G18"),
    "RD": ("window_cleaning.xlsx", "Rounds", "A4:N45"),
    "TK": ("window_cleaning.xlsx", "Takings", "A1:I25"),
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


# ------------------------------------------------------------------ the checks

def ordinal(v):
    """A real date as a number (for top / bottom N of a date column)."""
    x = d(v)
    return None if x is None else float(x.toordinal())


def topn(tab, h, n, largest=True, conv=num):
    """Like `top`, for any conversion (dates by `ordinal`)."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the {n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def row_ext(tab, heads, fn=max):
    """Per row, every cell of `heads` equal to the row's highest (lowest) number."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if xs:
            m = fn(xs)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def age(v):
    """Whole years from a real birth date to BUILT; a birthday on BUILT is a boundary."""
    x = d(v)
    if x is None:
        return None
    if (x.month, x.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on {BUILT}")
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def months_ago(v, n):
    """Days from EDATE(BUILT, -n) to the date (negative: earlier than that)."""
    x = d(v)
    return None if x is None else (x - edate(BUILT, -n)).days


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- mortgage_pipeline
    CS, SUB, CMP = T("CS"), T("SUB"), T("CMP")
    mon = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    max_ltv = cell("mortgage_pipeline.xlsx", "Cases", "S4")
    fee_floor = cell("mortgage_pipeline.xlsx", "Cases", "S5")
    C["v001"] = lambda: CS.cells("LTV", lambda v, r: gt(num(v), max_ltv))
    C["v002"] = lambda: CS.whole(lambda r: val(r["Loan amt (£)"]) is not None
                                 and gt(val(r["Loan amt (£)"]) / num(r["Valuation (£)"]), 0.85))
    C["v003"] = lambda: CS.cells("Broker fee (£)", lambda v, r: (num(v) or 0) > 0 and lt(num(v), fee_floor))
    C["v004"] = lambda: drops(CMP, mon)
    C["v005"] = lambda: CMP.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Target / mo"]))
    C["v006"] = lambda: CS.whole(lambda r: t(r["Type"]) == "buy-to-let" and gt(num(r["LTV"]), 0.6))
    C["v007"] = lambda: CS.whole(lambda r: (t(r["Type"]) == "first-time buyer" and num(r["Term (yrs)"]) >= 35)
                                 or gt(num(r["Rate %"]), 0.05))
    C["v008"] = lambda: CS.whole(lambda r: t(r["Adviser"]) == "priya nair" and t(r["Status"]) in ("submitted", "on hold"))
    C["v009"] = lambda: CS.whole(lambda r: t(r["Type"]) == "remortgage" and gt(val(r["Loan amt (£)"]), 400000)
                                 and t(r["Lender"]) not in ("nationwide", "halifax"))
    C["v010"] = lambda: CS.whole(lambda r: t(r["Status"]) not in ("completed", "declined")
                                 and num(r["LTV"]) is not None and num(r["LTV"]) >= 0.9)
    C["v011"] = lambda: CS.cells("Lender", lambda v, r: "building society" in t(v))
    C["v012"] = lambda: CS.cells("Offer date", lambda v, r: d(v) is not None and t(r["Status"]) != "completed"
                                 and lt((edate(d(v), 6) - BUILT).days, 0))
    C["v013"] = lambda: CS.cells("Exp. completion", lambda v, r: between(days(v), 0, 14))
    C["v014"] = lambda: CS.cells("Offer date", lambda v, r: d(v) is not None and d(r["Applied"]) is not None
                                 and gt((d(v) - d(r["Applied"])).days, 21))
    C["v015"] = lambda: CS.whole(lambda r: t(r["Status"]) == "submitted" and lt(days(r["Applied"]), -30))
    C["v016"] = lambda: block_top(CMP, mon, 3)
    C["v017"] = lambda: SUB.cells(mon, lambda v, r: not blank(v) and val(v) <= 2)
    C["v018"] = lambda: row_ext(CMP, mon, max)
    C["v019"] = lambda: CMP.cells("Adviser", lambda v, r: any(blank(r[m]) for m in mon))
    C["v020"] = lambda: CMP.whole(lambda r: gt(sum(num(r[m]) or 0 for m in mon), 4000))
    C["v021"] = lambda: CS.cells("Case ref", dup(CS, "Case ref"))
    C["v022"] = lambda: CS.cells("Client", dup(CS, "Client", t))
    C["v023"] = lambda: top(CS, "Loan amt (£)", 5)
    C["v024"] = lambda: top(CS, "LTV", 3)
    C["v025"] = lambda: CS.cells("Lender", lambda v, r: blank(v))

    # ---------------- music_lessons
    ST, PR, EX = T("ST"), T("PR"), T("EX")
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]
    closes = mins(cell("music_lessons.xlsx", "Students", "Q2"))
    per_term = cell("music_lessons.xlsx", "Students", "Q3")
    merit = {t(r["Band"]): num(r["Min mark"]) for r in T("BD").rows}["merit"]
    C["v026"] = lambda: ST.cells("Paid", lambda v, r: (val(v) or 0) < num(r["Fee / term"]))
    C["v027"] = lambda: ST.cells("Student", lambda v, r: gt(mins(r["Start"]) + num(r["Lesson (min)"]), closes))
    C["v028"] = lambda: drops(PR, weeks, val)
    C["v029"] = lambda: ST.cells("Lessons att.", lambda v, r: per_term - num(v) >= 3)
    C["v030"] = lambda: EX.cells("Mark", lambda v, r: num(v) is not None and num(v) >= merit)
    C["v031"] = lambda: ST.whole(lambda r: t(r["Teacher"]) == "mr ortega" and num(r["Grade"]) >= 4
                                 and num(r["Lesson (min)"]) == 30)
    C["v032"] = lambda: ST.whole(lambda r: gt(days(r["Exam date"]), 0) and (val(r["Paid"]) or 0) < num(r["Fee / term"]))
    C["v033"] = lambda: ST.whole(lambda r: t(r["Day"]) != "sat" and mins(r["Start"]) >= 19 * 60
                                 and num(r["Lesson (min)"]) > 30)
    C["v034"] = lambda: ST.cells("Student", lambda v, r: gt(months_ago(r["Joined"], 12), 0) and num(r["Grade"]) >= 3)
    C["v035"] = lambda: ST.whole(lambda r: t(r["Teacher"]) == "mrs lund"
                                 and t(r["Instrument"]) not in ("flute", "voice", "saxophone"))
    C["v036"] = lambda: ST.cells("Student", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 7)
    C["v037"] = lambda: ST.cells("Exam date", lambda v, r: between(days(v), 0, 21))
    C["v038"] = lambda: ST.cells("Student", lambda v, r: d(r["DOB"]) is not None and d(r["DOB"]).month == BUILT.month)
    C["v039"] = lambda: ST.cells("Student", lambda v, r: months_ago(r["Joined"], 36) is not None
                                 and months_ago(r["Joined"], 36) <= 0)
    C["v040"] = lambda: EX.cells("Exam date", lambda v, r: between(days(v), -14, 0))
    C["v041"] = lambda: PR.cells(weeks, lambda v, r: not blank(v) and val(v) < num(r["Target"]))
    C["v042"] = lambda: row_ext(PR, weeks, max)
    C["v043"] = lambda: PR.whole(lambda r: lt(sum(val(r[w]) or 0 for w in weeks), 400))
    C["v044"] = lambda: PR.cells("Student", lambda v, r: any(blank(r[w]) for w in weeks))
    C["v045"] = lambda: ST.cells("Student", dup(ST, "Student", t))
    C["v046"] = lambda: EX.cells("Student", dup(EX, "Student", t))
    C["v047"] = lambda: top(EX, "Mark", 3, largest=False)
    C["v048"] = lambda: ST.cells("DOB", lambda v, r: blank(v))
    C["v049"] = lambda: ST.cells("Student", lambda v, r: "sato" in t(v))
    C["v050"] = lambda: ST.whole(lambda r: (r.r - 5) % 2 == 0)

    # ---------------- parking_permits
    PM, PC, OC, PI = T("PM"), T("PC"), T("OC"), T("PI")
    dnames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    low = cell("parking_permits.xlsx", "Permits", "E2")
    C["v051"] = lambda: PM.cells("CO2 (g/km)", lambda v, r: not blank(v) and lt(val(v), low))
    C["v052"] = lambda: PM.cells("Holder", lambda v, r: num(r["Paid (£)"]) < num(r["Fee (£)"]))
    C["v053"] = lambda: PC.cells("Paid (£)", lambda v, r: num(v) is not None
                                 and abs(num(v) - val(r["Charge (£)"]) / 2) < 1e-9)
    C["v054"] = lambda: PI.cells("Nov", lambda v, r: num(v) is not None and num(v) < num(r["Nov LY"]))
    C["v055"] = lambda: OC.cells("Sat", lambda v, r: num(v) is not None and num(r["Fri"]) is not None
                                 and num(v) > num(r["Fri"]))
    C["v056"] = lambda: PM.whole(lambda r: t(r["Type"]) == "business" and t(r["Zone"]) not in ("b", "c"))
    C["v057"] = lambda: PM.whole(lambda r: t(r["Type"]) == "resident" and t(r["Zone"]) in ("a", "d")
                                 and gt(val(r["CO2 (g/km)"]), 150))
    C["v058"] = lambda: PM.whole(lambda r: t(r["Type"]) == "resident" and num(r["Fee (£)"]) == 120
                                 and not blank(r["CO2 (g/km)"]) and lt(val(r["CO2 (g/km)"]), low))
    C["v059"] = lambda: PC.whole(lambda r: t(r["Appeal"]) in ("pending", "rejected") and blank(r["Paid (£)"]))
    C["v060"] = lambda: PC.whole(lambda r: t(r["Zone"]) in ("c", "d") and gt(mins(r["Time"]), 18 * 60))
    C["v061"] = lambda: PM.cells("Expires", lambda v, r: between(days(v), 0, 30))
    C["v062"] = lambda: PM.whole(lambda r: lt(days(r["Expires"]), 0))
    C["v063"] = lambda: PC.cells("Paid on", lambda v, r: d(v) is not None and d(r["Issued"]) is not None
                                 and gt((d(v) - d(r["Issued"])).days, 14))
    C["v064"] = lambda: PC.whole(lambda r: lt(days(r["Issued"]), -28) and blank(r["Paid (£)"]))
    C["v065"] = lambda: OC.cells(dnames, lambda v, r: num(v) is not None and num(v) >= 0.9)
    C["v066"] = lambda: row_ext(OC, dnames, max)
    C["v067"] = lambda: OC.cells("Zone", lambda v, r: any(lt(num(r[x]), 0.5) for x in dnames))
    C["v068"] = lambda: PI.cells(mon, lambda v, r: lt(num(v), 10))
    C["v069"] = lambda: PM.cells("Permit no.", dup(PM, "Permit no."))
    C["v070"] = lambda: PC.cells("VRM", dup(PC, "VRM", t))
    C["v071"] = lambda: topn(PM, "Issued", 4, largest=False, conv=ordinal)
    C["v072"] = lambda: topn(PC, "Issued", 3, conv=ordinal)
    C["v073"] = lambda: PM.whole(lambda r: blank(r["Reg. no"]))
    C["v074"] = lambda: PM.cells("Address", lambda v, r: "canal st" in t(v))
    C["v075"] = lambda: PC.cells("Issued", lambda v, r: weekend(v))

    # ---------------- scaffolding_hire
    HI, SK, CR = T("HI"), T("SK"), T("CR")
    yards = ["Yard A", "Yard B", "Yard C"]
    workdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    max_ht = cell("scaffolding_hire.xlsx", "Hires", "S4")
    interval = cell("scaffolding_hire.xlsx", "Hires", "S5")
    C["v076"] = lambda: HI.whole(lambda r: val(r["Costs (£)"]) > num(r["Quote (£)"]))
    C["v077"] = lambda: HI.cells("Ht (m)", lambda v, r: gt(num(v), max_ht))
    C["v078"] = lambda: HI.cells("Costs (£)", lambda v, r: gt(val(v) / num(r["Quote (£)"]), 0.95))
    C["v079"] = lambda: SK.cells("Yard A", lambda v, r: num(v) is not None and num(v) < num(r["Min stock"]))
    C["v080"] = lambda: SK.cells("On hire", lambda v, r: num(v) > sum(val(r[y]) or 0 for y in yards))
    C["v081"] = lambda: HI.whole(lambda r: t(r["System"]) == "tube & fitting" and num(r["Lifts"]) > 6
                                 and blank(r["Struck"]))
    C["v082"] = lambda: HI.whole(lambda r: t(r["Foreman"]) in ("dave kirk", "lee moss") and num(r["Invoiced (£)"]) == 0)
    C["v083"] = lambda: HI.whole(lambda r: t(r["System"]) == "tower" and (num(r["Lifts"]) > 2 or gt(num(r["Ht (m)"]), 6)))
    C["v084"] = lambda: HI.whole(lambda r: not blank(r["Struck"]) and num(r["Invoiced (£)"]) == 0)
    C["v085"] = lambda: HI.whole(lambda r: t(r["System"]) in ("layher", "cuplok") and gt(val(r["Costs (£)"]), 5000))
    C["v086"] = lambda: HI.cells("Last insp.", lambda v, r: blank(r["Struck"]) and d(v) is not None
                                 and gt(-days(v), interval))
    C["v087"] = lambda: HI.whole(lambda r: blank(r["Struck"]) and lt(days(r["Hire end"]), 0))
    C["v088"] = lambda: HI.cells("Struck", lambda v, r: d(v) is not None and gt((d(v) - d(r["Hire end"])).days, 7))
    C["v089"] = lambda: HI.cells("Erected", lambda v, r: between(days(v), -14, 0))
    C["v090"] = lambda: SK.cells(yards, lambda v, r: num(v) == 0)
    C["v091"] = lambda: CR.cells(workdays, lambda v, r: num(v) is not None and num(v) >= 11)
    C["v092"] = lambda: CR.cells("Name", lambda v, r: gt(sum(num(r[x]) or 0 for x in workdays), 45))
    C["v093"] = lambda: col_max(SK, yards)
    C["v094"] = lambda: HI.cells("Job no", dup(HI, "Job no"))
    C["v095"] = lambda: top(HI, "Costs (£)", 2)
    C["v096"] = lambda: topn(CR, "CISRS card exp.", 3, largest=False, conv=ordinal)
    C["v097"] = lambda: HI.whole(lambda r: blank(r["Foreman"]))
    C["v098"] = lambda: HI.whole(lambda r: blank(r["Struck"]) and blank(r["Last insp."]))
    C["v099"] = lambda: HI.cells("Site", lambda v, r: "high st" in t(v))
    C["v100"] = lambda: HI.cells("Erected", lambda v, r: weekend(v))

    # ---------------- vending_machines
    MC, SL, WK = T("MC"), T("SL"), T("WK")
    products = ["Crisps", "Choc bars", "Biscuits", "Gum", "Water", "Cola", "Juice"]
    wks = ["W44", "W45", "W46", "W47", "W48"]
    cash_limit = cell("vending_machines.xlsx", "Machines", "Q3")
    sites = MC.count("Site", t)
    C["v101"] = lambda: MC.cells("Cash ($)", lambda v, r: gt(val(v), cash_limit))
    C["v102"] = lambda: MC.cells("Machine ID", lambda v, r: gt(val(r["Cash ($)"]) / num(r["Card ($)"]), 3))
    C["v103"] = lambda: WK.cells("W48", lambda v, r: num(v) is not None and num(v) < num(r["Same wk LY"]))
    C["v104"] = lambda: drops(WK, wks)
    C["v105"] = lambda: MC.cells("Comm. %", lambda v, r: gt((num(r["Sales last wk ($)"]) or 0) * num(v), 75))
    C["v106"] = lambda: MC.whole(lambda r: t(r["Type"]) == "drinks" and lt(num(r["Fill %"]), 0.3))
    C["v107"] = lambda: MC.whole(lambda r: not blank(r["Fault"]) and t(r["Route"]) in ("r1 north", "r2 city"))
    C["v108"] = lambda: MC.whole(lambda r: t(r["Site"]) == "kellett hospital" and lt(num(r["Sales last wk ($)"]), 300))
    C["v109"] = lambda: MC.whole(lambda r: t(r["Type"]) in ("coffee", "combo") and t(r["Route"]) != "r3 east"
                                 and gt(val(r["Cash ($)"]), 300))
    C["v110"] = lambda: SL.cells("Machine", lambda v, r: not blank(r["Water"]) and num(r["Water"]) <= 3
                                 and num(r["Cola"]) <= 3)
    C["v111"] = lambda: MC.cells("Last visit", lambda v, r: d(v) is not None and lt(days(v) + num(r["Visit every (d)"]), 0))
    C["v112"] = lambda: MC.cells("Installed", lambda v, r: gt(months_ago(v, 12), 0))
    C["v113"] = lambda: MC.whole(lambda r: lt(days(r["Last visit"]), -10))
    C["v114"] = lambda: MC.cells("Installed", lambda v, r: lt(months_ago(v, 84), 0))
    C["v115"] = lambda: SL.cells(products, lambda v, r: not blank(v) and val(v) <= 3)
    C["v116"] = lambda: block_top(WK, wks, 5)
    C["v117"] = lambda: WK.whole(lambda r: gt(sum(num(r[w]) or 0 for w in wks), 3000))
    C["v118"] = lambda: row_ext(WK, wks, min)
    C["v119"] = lambda: MC.cells("Machine ID", dup(MC, "Machine ID"))
    C["v120"] = lambda: MC.cells("Site", lambda v, r: sites[t(v)] <= 2)
    C["v121"] = lambda: top(WK, "W48", 3)
    C["v122"] = lambda: MC.whole(lambda r: blank(r["Route"]))
    C["v123"] = lambda: MC.cells("Fault", lambda v, r: "card" in t(v))
    C["v124"] = lambda: MC.cells("Site", lambda v, r: "college" in t(v))
    C["v125"] = lambda: MC.cells("Last visit", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- window_cleaning
    RD, TK = T("RD"), T("TK")
    money = ["Cash (£)", "BACS/card (£)"]
    min_charge = cell("window_cleaning.xlsx", "Rounds", "C2")
    C["v126"] = lambda: RD.cells("Price", lambda v, r: lt(val(v), min_charge))
    C["v127"] = lambda: RD.cells("Name", lambda v, r: num(r["Owed (£)"]) > 2 * val(r["Price"]))
    C["v128"] = lambda: TK.cells("Houses", lambda v, r: num(v) is not None and num(v) < num(r["Planned"]))
    C["v129"] = lambda: TK.cells("BACS/card (£)", lambda v, r: val(v) > num(r["Cash (£)"]))
    C["v130"] = lambda: TK.cells("Date", lambda v, r: num(r["Houses"]) is not None
                                 and gt(num(r["Houses"]) / num(r["Hrs"]), 4.5))
    C["v131"] = lambda: RD.whole(lambda r: (t(r["Conserv."]) == "y" or num(r["Floors"]) == 3) and t(r["Paid?"]) == "n")
    C["v132"] = lambda: RD.whole(lambda r: t(r["Paid?"]) == "n" and t(r["Method"]) == "cash" and gt(num(r["Owed (£)"]), 40))
    C["v133"] = lambda: RD.whole(lambda r: t(r["Round"]) in ("tue village", "wed east") and num(r["Freq (wks)"]) == 8)
    C["v134"] = lambda: TK.whole(lambda r: t(r["Rain stop?"]) == "y" and gt(num(r["Cash (£)"]), 100))
    C["v135"] = lambda: RD.whole(lambda r: t(r["Round"]) != "thu town" and t(r["Paid?"]) == "n"
                                 and num(r["Owed (£)"]) >= 50)
    C["v136"] = lambda: RD.cells("Next due", lambda v, r: lt(days(v), 0))
    C["v137"] = lambda: RD.cells("Next due", lambda v, r: between(days(v), 0, 7))
    C["v138"] = lambda: RD.whole(lambda r: lt(days(r["Last clean"]), -70))
    C["v139"] = lambda: RD.cells("Next due", lambda v, r: d(v) is not None and d(r["Last clean"]) is not None
                                 and (d(v) - d(r["Last clean"])).days != 7 * num(r["Freq (wks)"]))
    C["v140"] = lambda: TK.cells("Date", lambda v, r: gt(sum(val(r[m]) or 0 for m in money), 350))
    C["v141"] = lambda: col_max(TK, money)
    C["v142"] = lambda: RD.cells(["Price", "Owed (£)"], lambda v, r: val(v) is not None and val(v) >= 70)
    C["v143"] = lambda: TK.cells(money, lambda v, r: not blank(v) and lt(val(v), 50))
    C["v144"] = lambda: RD.cells("Cust #", dup(RD, "Cust #"))
    C["v145"] = lambda: top(RD, "Owed (£)", 3)
    C["v146"] = lambda: top(TK, "Houses", 2, largest=False)
    C["v147"] = lambda: RD.cells("Method", lambda v, r: blank(v))
    C["v148"] = lambda: TK.whole(lambda r: blank(r["Houses"]))
    C["v149"] = lambda: RD.cells("Notes", lambda v, r: "dog" in t(v))
    C["v150"] = lambda: RD.whole(lambda r: (r.r - 5) % 3 == 0)
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
