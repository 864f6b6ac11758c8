"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

The helpers are adapted from dev-v6 part O's crosscheck.py; the checks are this set's own.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case the way
Excel's "=" and SEARCH do.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Where the request itself says "or more" / "at least" / "or fewer" / "or later", or compares two
cells, plain comparisons are used.

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
    """Whole years from a real birth date to BUILT; a birthday on BUILT is a boundary."""
    x = d(v)
    if x is None:
        return None
    if (x.month, x.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on BUILT: {x}")
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


def row_ext(tab, heads, fn):
    """The highest (fn=max) or lowest (fn=min) number of each row within `heads` (ties: all)."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if xs:
            m = fn(xs)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def pairs(tab, heads, test, conv=num):
    """Cells of heads[1:] for which test(this, previous) holds; a blank on either side is skipped."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and test(conv(v), conv(r[p])))
    return out


def dup(tab, h, key=t):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def once(tab, h, key=t):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] == 1


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "MB": ("martial_arts_dojo.xlsx", "Members", "B4:M44"),
    "AT": ("martial_arts_dojo.xlsx", "Attendance", "A3:H19"),
    "IN": ("martial_arts_dojo.xlsx", "Attendance", "J3:P9"),
    "JB": ("optician_orders.xlsx", "Jobs", "A4:O48"),
    "FS": ("optician_orders.xlsx", "Branches", "A2:H10"),
    "ET": ("optician_orders.xlsx", "Branches", "A15:H23"),
    "DK": ("patent_docket.xlsx", "Docket", "A5:N47"),
    "RN": ("patent_docket.xlsx", "Renewals", "B3:J21"),
    "BK": ("recording_studio.xlsx", "Bookings", "B4:P44"),
    "RM": ("recording_studio.xlsx", "Bookings", "S4:U8"),
    "EN": ("recording_studio.xlsx", "Engineers", "A4:H14"),
    "ST": ("trade_show_exhibitors.xlsx", "Stands", "A4:N42"),
    "LD": ("trade_show_exhibitors.xlsx", "Leads", "B3:G25"),
    "AN": ("zoo_animals.xlsx", "Animals", "A4:N40"),
    "WG": ("zoo_animals.xlsx", "Weights", "A3:I21"),
    "EC": ("zoo_animals.xlsx", "Enclosures", "A1:H13"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

    # ---------------- martial_arts_dojo
    MB, AT, IN = T("MB"), T("AT"), T("IN")
    min_classes = cell("martial_arts_dojo.xlsx", "Members", "P2")
    C["z001"] = lambda: MB.cells("Classes Nov", lambda v, r: num(v) < num(r["Classes Oct"]))
    C["z002"] = lambda: MB.cells("Paid Nov ($)", lambda v, r: num(v) is not None and num(v) < val(r["Fee ($/mo)"]))
    C["z003"] = lambda: MB.cells("Classes Nov", lambda v, r: lt(num(v), min_classes))
    C["z004"] = lambda: pairs(AT, months, lambda a, b: a < b)
    C["z005"] = lambda: AT.cells("Nov", lambda v, r: num(v) >= 1.5 * num(r["Target"]))
    C["z006"] = lambda: MB.whole(lambda r: t(r["Discipline"]) == "bjj" and t(r["Belt"]) in ("purple", "brown", "black"))
    C["z007"] = lambda: MB.whole(lambda r: t(r["Discipline"]) == "karate" and t(r["Belt"]) == "white"
                                 and num(r["Classes Nov"]) >= 10)
    C["z008"] = lambda: MB.whole(lambda r: t(r["Discipline"]) != "bjj" and blank(r["Paid Nov ($)"]))
    C["z009"] = lambda: MB.whole(lambda r: num(r["Classes Nov"]) == 0 and num(r["Classes Oct"]) > 0)
    C["z010"] = lambda: MB.whole(lambda r: val(r["Fee ($/mo)"]) == 55 and num(r["Classes Nov"]) <= 3)
    C["z011"] = lambda: MB.cells("Name", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 8)
    C["z012"] = lambda: MB.cells("Last grading", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["z013"] = lambda: MB.cells("Joined", lambda v, r: between(days(v), -30, 0))
    C["z014"] = lambda: MB.cells("Name", lambda v, r: d(r["Joined"]) is not None
                                 and d(r["Joined"]) <= edate(BUILT, -60))
    C["z015"] = lambda: AT.cells(months, lambda v, r: num(v) >= 15)
    C["z016"] = lambda: row_ext(AT, months, max)
    C["z017"] = lambda: IN.cells(months, lambda v, r: num(v) >= 36)
    C["z018"] = lambda: MB.cells(["Classes Oct", "Classes Nov"], lambda v, r: num(v) == 0)
    C["z019"] = lambda: MB.cells("Mbr No", dup(MB, "Mbr No"))
    C["z020"] = lambda: MB.cells("Name", dup(MB, "Name"))
    C["z021"] = lambda: top(MB, "Classes Nov", 3)
    C["z022"] = lambda: top(AT, "Nov", 5, largest=False)
    C["z023"] = lambda: MB.cells("Paid Nov ($)", lambda v, r: blank(v))
    C["z024"] = lambda: MB.cells("Name", lambda v, r: "mensah" in t(v))
    C["z025"] = lambda: MB.cells("Joined", lambda v, r: weekend(v))

    # ---------------- optician_orders
    JB, FS, ET = T("JB"), T("FS"), T("ET")
    min_dep = cell("optician_orders.xlsx", "Jobs", "R2")
    lab_days = cell("optician_orders.xlsx", "Jobs", "R3")
    C["z026"] = lambda: JB.cells("Job #", lambda v, r: d(r["Rec'd"]) is not None and d(r["Rec'd"]) > d(r["Lab due"]))
    C["z027"] = lambda: JB.cells("Deposit ($)", lambda v, r: lt(num(v), min_dep * val(r["Price ($)"])))
    C["z028"] = lambda: FS.cells("Nov", lambda v, r: num(v) < num(r["Nov LY"]))
    C["z029"] = lambda: JB.whole(lambda r: num(r["Deposit ($)"]) >= val(r["Price ($)"]))
    C["z030"] = lambda: pairs(FS, months, lambda a, b: lt(a / b, 0.9))
    C["z031"] = lambda: JB.whole(lambda r: t(r["Lens type"]) == "varifocal" and t(r["Branch"]) == "millgate"
                                 and blank(r["Collected"]))
    C["z032"] = lambda: JB.whole(lambda r: t(r["Lens type"]) == "single vision"
                                 and (num(r["Rx SPH"]) <= -6 or num(r["Rx SPH"]) >= 4))
    C["z033"] = lambda: JB.whole(lambda r: t(r["Voucher?"]) == "y" and gt(val(r["Price ($)"]), 300))
    C["z034"] = lambda: JB.whole(lambda r: d(r["Rec'd"]) is not None and blank(r["Collected"])
                                 and "remake" not in t(r["Notes"]))
    C["z035"] = lambda: JB.whole(lambda r: t(r["Branch"]) in ("old town", "harbour st") and gt(val(r["Price ($)"]), 400))
    C["z036"] = lambda: JB.cells("Ordered", lambda v, r: blank(r["Rec'd"]) and d(v) is not None
                                 and gt(-days(v), lab_days))
    C["z037"] = lambda: JB.cells("Rec'd", lambda v, r: d(v) is not None and blank(r["Collected"]) and gt(-days(v), 14))
    C["z038"] = lambda: JB.cells("Patient", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) < 16)
    C["z039"] = lambda: JB.cells("Lab due", lambda v, r: between(days(v), 0, 6))
    C["z040"] = lambda: ET.cells(months, lambda v, r: gt(num(v), num(r["Capacity"])))
    C["z041"] = lambda: col_max(FS, months)
    C["z042"] = lambda: FS.cells(months, lambda v, r: lt(num(v), 100))
    C["z043"] = lambda: block_top(ET, months, 4)
    C["z044"] = lambda: JB.cells("Job #", dup(JB, "Job #"))
    C["z045"] = lambda: JB.cells("Patient", once(JB, "Patient"))
    C["z046"] = lambda: top(JB, "Price ($)", 5)
    C["z047"] = lambda: top(FS, "Nov", 2, largest=False)
    C["z048"] = lambda: JB.cells("Rec'd", lambda v, r: blank(v))
    C["z049"] = lambda: JB.cells("Notes", lambda v, r: blank(v))
    C["z050"] = lambda: JB.cells("Notes", lambda v, r: "remake" in t(v))

    # ---------------- patent_docket
    DK, RN = T("DK"), T("RN")
    years = ["2021", "2022", "2023", "2024", "2025", "2026"]
    lead = cell("patent_docket.xlsx", "Docket", "C3")
    C["z051"] = lambda: DK.cells("Est. cost", lambda v, r: val(v) > num(r["Budget"]))
    C["z052"] = lambda: RN.cells("2026", lambda v, r: num(r["2025"]) is not None and gt(num(v) / num(r["2025"]), 1.2))
    C["z053"] = lambda: pairs(RN, years, lambda a, b: a < b)
    C["z054"] = lambda: DK.whole(lambda r: d(r["Filed"]) is not None and d(r["Filed"]) < d(r["Priority date"]))
    C["z055"] = lambda: RN.cells("Patent no.", lambda v, r: num(r["2026"]) - num(r["2021"]) >= 500)
    C["z056"] = lambda: DK.whole(lambda r: t(r["Attorney"]) == "p. iyer" and t(r["Status"]) == "office action")
    C["z057"] = lambda: DK.whole(lambda r: t(r["Status"]) in ("granted", "allowed") and t(r["Jurisd."]) in ("cn", "jp"))
    C["z058"] = lambda: DK.whole(lambda r: t(r["Status"]) != "granted" and num(r["Claims"]) is not None
                                 and num(r["Claims"]) >= 30)
    C["z059"] = lambda: DK.whole(lambda r: gt(val(r["Est. cost"]), 5000) and blank(r["Reminder sent"]))
    C["z060"] = lambda: DK.whole(lambda r: t(r["Client"]) == "bluepeak bio"
                                 or (t(r["Client"]) == "corvid labs" and t(r["Jurisd."]) == "us"))
    C["z061"] = lambda: DK.cells("Reminder sent", lambda v, r: d(v) is not None and d(r["Due"]) is not None
                                 and (d(r["Due"]) - d(v)).days < lead)
    C["z062"] = lambda: DK.cells("Due", lambda v, r: between(days(v), 0, 14))
    C["z063"] = lambda: DK.cells("Priority date", lambda v, r: d(v) is not None
                                 and between((edate(d(v), 12) - BUILT).days, 0, 90))
    C["z064"] = lambda: DK.whole(lambda r: lt(days(r["Due"]), 0) and blank(r["Reminder sent"]))
    C["z065"] = lambda: DK.cells("Priority date", lambda v, r: d(v) is not None and edate(d(v), 30).year == 2027)
    C["z066"] = lambda: DK.cells("Filed", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -36)).days, 0))
    C["z067"] = lambda: RN.cells(years, lambda v, r: gt(num(v), 1800))
    C["z068"] = lambda: RN.whole(lambda r: any(blank(r[y]) for y in years))
    C["z069"] = lambda: DK.cells("Matter ref", dup(DK, "Matter ref"))
    C["z070"] = lambda: DK.cells("Title", once(DK, "Title"))
    C["z071"] = lambda: top(RN, "2026", 3)
    C["z072"] = lambda: DK.cells("Filed", lambda v, r: blank(v))
    C["z073"] = lambda: DK.cells("Claims", lambda v, r: blank(v))
    C["z074"] = lambda: DK.cells("Matter ref", lambda v, r: "-pct-" in t(v))
    C["z075"] = lambda: DK.cells("Due", lambda v, r: weekend(v))

    # ---------------- recording_studio
    BK, RM, EN = T("BK"), T("RM"), T("EN")
    cap = {t(r["Room"]): num(r["Max people"]) for r in RM.rows}
    C["z076"] = lambda: BK.whole(lambda r: num(r["Invoiced ($)"]) is not None
                                 and num(r["Invoiced ($)"]) < val(r["Quote ($)"]))
    C["z077"] = lambda: BK.cells("Musicians", lambda v, r: num(v) > cap[t(r["Room"])])
    C["z078"] = lambda: BK.cells("End", lambda v, r: mins(v) is not None
                                 and mins(v) - mins(r["Start"]) > 60 * num(r["Hrs booked"]))
    C["z079"] = lambda: EN.cells("Nov", lambda v, r: val(v) is not None and val(v) > num(r["Cap (hrs)"]))
    C["z080"] = lambda: pairs(EN, months, lambda a, b: a >= 1.25 * b, val)
    C["z081"] = lambda: BK.whole(lambda r: t(r["Engineer"]) in ("jess", "marcus") and t(r["Room"]) == "studio a")
    C["z082"] = lambda: BK.whole(lambda r: t(r["Status"]) == "done" and blank(r["Mix due"]) and t(r["Room"]) != "booth 1")
    C["z083"] = lambda: BK.whole(lambda r: t(r["Status"]) in ("confirmed", "tentative") and num(r["Deposit ($)"]) == 0)
    C["z084"] = lambda: BK.whole(lambda r: t(r["Engineer"]) in ("tariq", "bea") and mins(r["Start"]) >= 18 * 60)
    C["z085"] = lambda: BK.whole(lambda r: num(r["Invoiced ($)"]) is not None and num(r["Invoiced ($)"]) >= 500
                                 and num(r["Deposit ($)"]) == 0)
    C["z086"] = lambda: BK.cells("Mix due", lambda v, r: between(days(v), 0, 7))
    C["z087"] = lambda: BK.cells("Mix due", lambda v, r: d(v) is not None and d(r["Date"]) is not None
                                 and (d(v) - d(r["Date"])).days >= 21)
    C["z088"] = lambda: BK.whole(lambda r: between(days(r["Date"]), -7, 0) and blank(r["Invoiced ($)"]))
    C["z089"] = lambda: BK.cells("Date", lambda v, r: between(days(v), 0, 14))
    C["z090"] = lambda: row_ext(EN, months, max)
    C["z091"] = lambda: EN.cells(months, lambda v, r: lt(val(v), 30))
    C["z092"] = lambda: block_top(EN, months, 4)
    C["z093"] = lambda: BK.cells(["Quote ($)", "Invoiced ($)", "Deposit ($)"], lambda v, r: val(v) is not None and val(v) >= 500)
    C["z094"] = lambda: EN.whole(lambda r: sum(1 for m in months if val(r[m]) is not None
                                               and val(r[m]) > num(r["Cap (hrs)"])) >= 3)
    C["z095"] = lambda: BK.cells("Ref", dup(BK, "Ref"))
    C["z096"] = lambda: top(BK, "Invoiced ($)", 3)
    C["z097"] = lambda: top(EN, "Oct", 2, largest=False)
    C["z098"] = lambda: BK.cells("Engineer", lambda v, r: blank(v))
    C["z099"] = lambda: BK.cells("Artist / client", lambda v, r: "feat." in t(v))
    C["z100"] = lambda: BK.cells("Room", lambda v, r: "booth" in t(v))

    # ---------------- trade_show_exhibitors
    ST, LD = T("ST"), T("LD")
    days4 = ["Day 1", "Day 2", "Day 3", "Day 4"]
    max_kw = cell("trade_show_exhibitors.xlsx", "Stands", "Q2")
    C["z101"] = lambda: ST.cells("Power kW", lambda v, r: gt(num(v), max_kw))
    C["z102"] = lambda: ST.cells("Company", lambda v, r: lt(num(r["Deposit"]) / val(r["Stand fee"]), 0.25))
    C["z103"] = lambda: ST.cells("Stand fee", lambda v, r: abs(val(v) - val(r["Size (m2)"]) * num(r["Rate/m2"])) > 1e-9)
    C["z104"] = lambda: LD.cells("Day 4", lambda v, r: num(v) < num(r["Day 1"]))
    C["z105"] = lambda: pairs(LD, days4, lambda a, b: b - a >= 20)
    C["z106"] = lambda: ST.whole(lambda r: t(r["Hall"]) == "hall 3" and t(r["Returning?"]) == "no")
    C["z107"] = lambda: ST.whole(lambda r: t(r["Sector"]) in ("electronics", "robotics") and gt(val(r["Size (m2)"]), 30))
    C["z108"] = lambda: ST.whole(lambda r: mins(r["Setup slot"]) < 9 * 60 and lt(val(r["Size (m2)"]), 30))
    C["z109"] = lambda: ST.whole(lambda r: num(r["Deposit"]) == 0 and t(r["Hall"]) != "hall 1")
    C["z110"] = lambda: ST.cells("Company", lambda v, r: num(r["Power kW"]) >= 20 or t(r["Sector"]) == "robotics")
    C["z111"] = lambda: ST.cells("Bal. due", lambda v, r: between(days(v), 0, 10))
    C["z112"] = lambda: ST.cells("Booked", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["z113"] = lambda: ST.whole(lambda r: days(r["Bal. due"]) is not None and gt(-days(r["Bal. due"]), 7)
                                 and num(r["Deposit"]) < val(r["Stand fee"]))
    C["z114"] = lambda: col_max(LD, days4)
    C["z115"] = lambda: LD.cells(days4, lambda v, r: lt(num(v), 15))
    C["z116"] = lambda: LD.whole(lambda r: lt(max(num(r[x]) for x in days4), 55))
    C["z117"] = lambda: row_ext(LD, days4, min)
    C["z118"] = lambda: ST.cells(["Size (m2)", "Rate/m2", "Stand fee", "Deposit"], lambda v, r: isinstance(v, str))
    C["z119"] = lambda: ST.cells("Stand", dup(ST, "Stand"))
    C["z120"] = lambda: ST.cells("Contact", dup(ST, "Contact"))
    C["z121"] = lambda: top(ST, "Stand fee", 5)
    C["z122"] = lambda: top(LD, "Day 1", 3, largest=False)
    C["z123"] = lambda: ST.cells("Contact", lambda v, r: blank(v))
    C["z124"] = lambda: ST.cells("Contact", lambda v, r: t(v).split("@")[-1].split(".")[0] in ("gmail", "outlook"))
    C["z125"] = lambda: ST.cells("Booked", lambda v, r: weekend(v))

    # ---------------- zoo_animals
    AN, WG, EC = T("AN"), T("WG"), T("EC")
    wks = [f"Wk {k}" for k in range(1, 9)]
    C["z126"] = lambda: AN.cells("Name", lambda v, r: gt(val(r["Wt (kg)"]) / num(r["Target wt (kg)"]), 1.1))
    C["z127"] = lambda: EC.cells("Current", lambda v, r: num(v) > num(r["Capacity"]))
    C["z128"] = lambda: pairs(WG, wks, lambda a, b: lt(a / b, 0.97))
    C["z129"] = lambda: AN.cells("Wt (kg)", lambda v, r: gt(num(r["Target wt (kg)"]) - val(v), 4))
    C["z130"] = lambda: EC.cells("Enclosure", lambda v, r: num(r["Temp today (°C)"]) < num(r["Min temp (°C)"]))
    C["z131"] = lambda: AN.whole(lambda r: t(r["Species"]) in ("snow leopard", "reindeer") and t(r["Keeper"]) == "amira")
    C["z132"] = lambda: AN.whole(lambda r: t(r["On loan?"]) == "yes" and val(r["Wt (kg)"]) < num(r["Target wt (kg)"]))
    C["z133"] = lambda: AN.whole(lambda r: t(r["Enclosure"]) in ("pampas", "highlands")
                                 and d(r["Last vet"]) is not None and lt((d(r["Last vet"]) - dt.date(2026, 7, 1)).days, 0))
    C["z134"] = lambda: AN.whole(lambda r: t(r["Enclosure"]) == "kalahari" and t(r["Species"]) != "meerkat")
    C["z135"] = lambda: AN.whole(lambda r: t(r["Keeper"]) in ("ben", "dev") and lt(val(r["Wt (kg)"]), 3))
    C["z136"] = lambda: AN.cells("Name", lambda v, r: age(r["Born"]) is not None and age(r["Born"]) >= 15)
    C["z137"] = lambda: AN.cells("Name", lambda v, r: lt(days(r["Vacc. due"]), 0))
    C["z138"] = lambda: AN.cells("Last vet", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["z139"] = lambda: AN.cells("Arrived", lambda v, r: d(v) is not None and gt((d(v) - edate(BUILT, -24)).days, 0))
    C["z140"] = lambda: WG.cells(wks, lambda v, r: lt(num(v), 1))
    C["z141"] = lambda: WG.whole(lambda r: any(blank(r[w]) for w in wks))
    C["z142"] = lambda: row_ext(WG, wks, max)
    C["z143"] = lambda: block_top(WG, wks, 5)
    C["z144"] = lambda: WG.cells(wks, lambda v, r: lt(num(v), mean(num(r[w]) for w in wks if num(r[w]) is not None)))
    C["z145"] = lambda: AN.cells("Tag", dup(AN, "Tag"))
    C["z146"] = lambda: top(AN, "Diet kg/d", 3)
    C["z147"] = lambda: AN.cells("Keeper", lambda v, r: blank(v))
    C["z148"] = lambda: AN.cells("Species", lambda v, r: "(" in t(v))
    C["z149"] = lambda: EC.cells("Last deep clean", lambda v, r: weekend(v))
    C["z150"] = lambda: AN.whole(lambda r: (r.r - 5) % 2 == 0)
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
