"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case the
way Excel's "=" and SEARCH do.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Where a request says "or more" / "at least" / "or over" / "today counts", the check uses a plain
>= / <= instead.

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
    """The n largest (or smallest) numbers of a column (text numbers are not numbers to
    LARGE/SMALL); a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "BK": ("mot_testing.xlsx", "Bookings", "B5:Q49"),
    "TT": ("mot_testing.xlsx", "Testers", "A2:H9"),
    "FR": ("mot_testing.xlsx", "Testers", "A13:G20"),
    "LG": ("noise_complaints.xlsx", "Log", "A5:M47"),
    "WD": ("noise_complaints.xlsx", "Wards", "A1:G9"),
    "OF": ("noise_complaints.xlsx", "Wards", "J1:N7"),
    "RS": ("orienteering_results.xlsx", "Results", "B4:O44"),
    "SP": ("orienteering_results.xlsx", "Splits", "A3:J21"),
    "SE": ("orienteering_results.xlsx", "Series", "A1:F25"),
    "FT": ("streetlight_faults.xlsx", "Faults", "A4:N46"),
    "FW": ("streetlight_faults.xlsx", "Energy", "A2:G10"),
    "KW": ("streetlight_faults.xlsx", "Energy", "A15:H23"),
    "OR": ("uniform_orders.xlsx", "Orders", "A3:N47"),
    "PL": ("uniform_orders.xlsx", "Orders", "Q3:R12"),
    "ST": ("uniform_orders.xlsx", "Stock", "B3:H12"),
    "JB": ("vinyl_pressing.xlsx", "Jobs", "A4:O46"),
    "PO": ("vinyl_pressing.xlsx", "Presses", "A2:G8"),
    "DT": ("vinyl_pressing.xlsx", "Presses", "A12:F18"),
}


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def col_max(tab, heads, best=max):
    """The highest (or lowest) number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = best(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def row_max(tab, heads):
    """The highest number in each row across `heads` (all tying cells)."""
    out = set()
    for row in tab.rows:
        vals = [num(row[h]) for h in heads if num(row[h]) is not None]
        if vals:
            m = max(vals)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def steps(tab, heads, pred, conv=num):
    """Cells of heads[1:] where pred(this, the cell to its left) holds; a blank on either side
    is skipped (nothing to compare)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and pred(conv(v), conv(r[p])))
    return out


def ordinal(v):
    """A real date as a day number (to rank dates), else None."""
    x = d(v)
    return None if x is None else x.toordinal()


def age(v):
    """Whole years from a real date of birth to BUILT (Excel's DATEDIF(..., "y"))."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def took(r):
    """Minutes from Start to Finish (None when the runner did not finish)."""
    if mins(r["Finish"]) is None or mins(r["Start"]) is None:
        return None
    return mins(r["Finish"]) - mins(r["Start"])


def gap(a, b):
    """Days from date b to date a (both real dates), else None."""
    if d(a) is None or d(b) is None:
        return None
    return (d(a) - d(b)).days


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- mot_testing
    BK, TT, FR = T("BK"), T("TT"), T("FR")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    fee_cap = cell("mot_testing.xlsx", "Bookings", "T4")
    warn = cell("mot_testing.xlsx", "Bookings", "T5")
    C["aj001"] = lambda: BK.cells("Mileage", lambda v, r: val(v) < num(r["Last yr miles"]))
    C["aj002"] = lambda: BK.cells("Fee (£)", lambda v, r: num(v) > fee_cap)   # most fees ARE the cap
    C["aj003"] = lambda: BK.whole(lambda r: gt(val(r["Mileage"]) - num(r["Last yr miles"]), warn))
    C["aj004"] = lambda: steps(FR, months, lambda a, b: a > b)
    C["aj005"] = lambda: TT.cells("Tester", lambda v, r: num(r["Nov"]) < num(r["Target/mo"]))
    C["aj006"] = lambda: BK.whole(lambda r: t(r["Fuel"]) == "diesel" and t(r["Result"]) == "fail")
    C["aj007"] = lambda: BK.whole(lambda r: t(r["Result"]) == "fail"
                                  or (not blank(r["Result"]) and blank(r["Paid (£)"])))
    C["aj008"] = lambda: BK.whole(lambda r: t(r["Fuel"]) == "diesel" and t(r["Result"]) == "pass"
                                  and d(r["1st reg"]) < dt.date(2012, 1, 1))
    C["aj009"] = lambda: BK.whole(lambda r: t(r["Result"]) == "fail" and t(r["Tester"]) != "priya")
    C["aj010"] = lambda: BK.whole(lambda r: t(r["Make"]) in ("ford", "vauxhall")
                                  and gt(val(r["Mileage"]), 100000))
    C["aj011"] = lambda: BK.whole(lambda r: d(r["Test date"]) is not None
                                  and d(r["Test date"]) > d(r["MOT expiry"]))
    C["aj012"] = lambda: BK.cells("Retest", lambda v, r: d(v) is not None
                                  and gt(gap(v, r["Test date"]), 10))
    C["aj013"] = lambda: BK.cells("Test date", lambda v, r: between(days(v), 0, 7))
    C["aj014"] = lambda: BK.cells("1st reg", lambda v, r: d(v) <= edate(BUILT, -180))
    C["aj015"] = lambda: BK.cells("Test date", lambda v, r: d(v) is not None
                                  and lt((d(v) - edate(d(r["MOT expiry"]), -1)).days, 0))
    C["aj016"] = lambda: block_top(TT, months, 3)
    C["aj017"] = lambda: FR.cells(months, lambda v, r: gt(num(v), 0.4))
    C["aj018"] = lambda: row_max(FR, months)
    C["aj019"] = lambda: TT.whole(lambda r: any(lt(num(r[m]), 70) for m in months if num(r[m]) is not None))
    C["aj020"] = lambda: BK.cells("Reg no.", dup(BK, "Reg no."))
    C["aj021"] = lambda: BK.cells("Reg no.", lambda v, r: any(x["Reg no."] == v for x in BK.rows if x.r < r.r))
    C["aj022"] = lambda: top(BK, "Mileage", 5)
    C["aj023"] = lambda: top(BK, "1st reg", 5, largest=False, conv=ordinal)
    C["aj024"] = lambda: BK.cells("Reg no.", lambda v, r: str(v)[2:4] == "09")
    C["aj025"] = lambda: BK.whole(lambda r: d(r["Test date"]) is not None and days(r["Test date"]) < 0
                                  and blank(r["Result"]))

    # ---------------- noise_complaints
    LG, WD, OF = T("LG"), T("WD"), T("OF")
    night = cell("noise_complaints.xlsx", "Log", "L2")
    max_visits = cell("noise_complaints.xlsx", "Log", "L3")
    C["aj026"] = lambda: LG.whole(lambda r: val(r["dB(A)"]) is not None and num(r["Bgd dB"]) is not None
                                  and gt(val(r["dB(A)"]) - num(r["Bgd dB"]), 10))   # none sit on 10
    C["aj027"] = lambda: LG.cells("Visits", lambda v, r: num(v) > max_visits)   # "visits > the max"
    C["aj028"] = lambda: OF.cells("Officer", lambda v, r: num(r["Open cases"]) >= num(r["Max cases"]))
    C["aj029"] = lambda: WD.cells("Nov", lambda v, r: lt(num(v), num(r["Oct"]) / 2))
    C["aj030"] = lambda: steps(WD, months, lambda a, b: a > b)
    C["aj031"] = lambda: LG.cells("dB(A)", lambda v, r: val(v) is not None
                                  and (gt(mins(r["Heard at"]), 23 * 60) or lt(mins(r["Heard at"]), 7 * 60))
                                  and gt(val(v), night))
    C["aj032"] = lambda: LG.whole(lambda r: t(r["Ward"]) == "dene"
                                  and t(r["Source"]) in ("amplified music", "voices/party"))
    C["aj033"] = lambda: LG.whole(lambda r: blank(r["Closed"]) and num(r["Visits"]) >= 3)
    C["aj034"] = lambda: LG.whole(lambda r: not blank(r["Closed"])
                                  and t(r["Outcome"]) not in ("no nuisance", "withdrawn"))
    C["aj035"] = lambda: LG.whole(lambda r: t(r["Source"]) in ("construction", "diy")
                                  and lt(mins(r["Heard at"]), 8 * 60))
    C["aj036"] = lambda: LG.whole(lambda r: num(r["Visits"]) == 0 and lt(days(r["Respond by"]), 0))
    C["aj037"] = lambda: LG.cells("Closed", lambda v, r: d(v) is not None and gap(v, r["Received"]) <= 7)
    C["aj038"] = lambda: LG.cells("Received", lambda v, r: between(days(v), -14, 0))
    C["aj039"] = lambda: OF.whole(lambda r: days(r["Leave from"]) <= 0 <= days(r["Leave to"]))
    C["aj040"] = lambda: LG.cells("Received", lambda v, r: weekend(v))
    C["aj041"] = lambda: WD.cells(months, lambda v, r: num(v) >= 25)            # "25 or more"
    C["aj042"] = lambda: row_max(WD, months)
    C["aj043"] = lambda: block_top(WD, months, 5)
    C["aj044"] = lambda: WD.whole(lambda r: gt(sum(num(r[m]) or 0 for m in months), 125))
    C["aj045"] = lambda: LG.cells("Address", lambda v, r: LG.count("Address", t)[t(v)] >= 3)
    C["aj046"] = lambda: LG.cells("Ref", dup(LG, "Ref"))
    C["aj047"] = lambda: top(LG, "dB(A)", 5)
    C["aj048"] = lambda: LG.cells("Officer", lambda v, r: blank(v))
    C["aj049"] = lambda: LG.whole(lambda r: blank(r["dB(A)"]))
    C["aj050"] = lambda: LG.cells("Address", lambda v, r: "elm close" in t(v))

    # ---------------- orienteering_results
    RS, SP, SE = T("RS"), T("SP"), T("SE")
    legs = [f"Leg {k}" for k in range(1, 10)]
    events = ["E1", "E2", "E3", "E4"]
    close = mins(cell("orienteering_results.xlsx", "Results", "R4"))
    entries_closed = cell("orienteering_results.xlsx", "Results", "R5")
    C["aj051"] = lambda: RS.cells("Paid ($)", lambda v, r: blank(v) or num(v) < num(r["Fee ($)"]))
    C["aj052"] = lambda: RS.cells("Finish", lambda v, r: gt(mins(v), close))
    C["aj053"] = lambda: RS.whole(lambda r: gt(took(r), 100))
    C["aj054"] = lambda: SE.cells("E4", lambda v, r: val(v) is not None and val(r["E3"]) is not None
                                  and val(v) < val(r["E3"]))
    C["aj055"] = lambda: SE.cells("E4", lambda v, r: val(v) is not None and val(r["E1"]) is not None
                                  and val(v) - val(r["E1"]) >= 100)
    C["aj056"] = lambda: RS.whole(lambda r: t(r["Course"]) == "blue" and num(r["MP"]) == 0
                                  and lt(took(r), 90))
    C["aj057"] = lambda: RS.whole(lambda r: t(r["Club"]) == "penn" and blank(r["Paid ($)"]))
    C["aj058"] = lambda: RS.whole(lambda r: (num(r["MP"]) or 0) > 0 or blank(r["Finish"]))
    C["aj059"] = lambda: RS.whole(lambda r: t(r["Club"]) != "moor" and gt(val(r["Pts"]), 900))
    C["aj060"] = lambda: RS.whole(lambda r: t(r["Class"]).startswith("w") and t(r["Course"]) == "green"
                                  and gt(took(r), 70))
    C["aj061"] = lambda: RS.cells("Name", lambda v, r: age(r["DOB"]) is not None and age(r["DOB"]) >= 60)
    C["aj062"] = lambda: RS.whole(lambda r: age(r["DOB"]) is not None and age(r["DOB"]) < 12)
    C["aj063"] = lambda: RS.cells("Entered", lambda v, r: gt(gap(v, entries_closed), 0))
    C["aj064"] = lambda: RS.cells("Entered", lambda v, r: lt(days(v), -28))
    C["aj065"] = lambda: SE.whole(lambda r: (r.r - 2) % 2 == 0)
    C["aj066"] = lambda: col_max(SP, legs, best=min)
    C["aj067"] = lambda: SP.cells(legs, lambda v, r: gt(num(v), 14))
    C["aj068"] = lambda: row_max(SP, legs)
    C["aj069"] = lambda: SE.whole(lambda r: any(lt(val(r[e]), 650) for e in events if val(r[e]) is not None))
    C["aj070"] = lambda: block_top(SE, events, 3)
    C["aj071"] = lambda: RS.cells("Name", dup(RS, "Name", t))
    C["aj072"] = lambda: top(RS, "Pts", 3)
    C["aj073"] = lambda: top(RS, "Pts", 5, largest=False)
    C["aj074"] = lambda: SE.cells(events, lambda v, r: blank(v))
    C["aj075"] = lambda: RS.cells("Name", lambda v, r: t(v).split()[-1] == "archer")

    # ---------------- streetlight_faults
    FT, FW, KW = T("FT"), T("FW"), T("KW")
    budget = cell("streetlight_faults.xlsx", "Faults", "Q2")
    C["aj076"] = lambda: FT.cells("Cost ($)", lambda v, r: val(v) is not None and val(v) > num(r["Est ($)"]))
    C["aj077"] = lambda: FT.whole(lambda r: gt(val(r["Cost ($)"]), num(r["Est ($)"]) * 1.2))
    C["aj078"] = lambda: FT.cells("Cost ($)", lambda v, r: gt(val(v), budget))
    C["aj079"] = lambda: KW.cells("Ward", lambda v, r: val(r["Nov"]) < num(r["LY Nov"]))
    C["aj080"] = lambda: steps(FW, months, lambda a, b: b - a >= 10)
    C["aj081"] = lambda: FT.whole(lambda r: t(r["Priority"]) in ("p1", "p2") and blank(r["Fixed"]))
    C["aj082"] = lambda: FT.whole(lambda r: t(r["Lamp"]) != "led" and gt(val(r["Cost ($)"]), 300))
    C["aj083"] = lambda: FT.whole(lambda r: t(r["Crew"]) == "crew b"
                                  and t(r["Cause"]) in ("door missing", "vandalism"))
    C["aj084"] = lambda: FT.whole(lambda r: t(r["Ward"]) != "brookside" and num(r["Watts"]) >= 100)
    C["aj085"] = lambda: FT.whole(lambda r: t(r["Ward"]) == "brookside" and blank(r["Fixed"])
                                  and t(r["Cause"]) in ("lamp failure", "photocell"))
    C["aj086"] = lambda: FT.whole(lambda r: gap(r["Fixed"], r["Reported"]) is not None
                                  and gap(r["Fixed"], r["Reported"]) > num(r["Target days"]))
    C["aj087"] = lambda: FT.whole(lambda r: blank(r["Fixed"]) and lt(days(r["Reported"]), -28))
    C["aj088"] = lambda: FT.cells("Reported", lambda v, r: between(days(v), -14, 0))
    C["aj089"] = lambda: FT.cells("Fixed", lambda v, r: gap(v, r["Reported"]) is not None
                                  and gap(v, r["Reported"]) <= 1)
    C["aj090"] = lambda: FT.cells("Reported", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["aj091"] = lambda: block_top(FW, months, 3)
    C["aj092"] = lambda: KW.cells(months, lambda v, r: gt(val(v), 25000))
    C["aj093"] = lambda: FW.whole(lambda r: min(num(r[m]) for m in months) >= 5)
    C["aj094"] = lambda: row_max(FW, months)
    C["aj095"] = lambda: FT.cells("Column no", dup(FT, "Column no"))
    C["aj096"] = lambda: FT.cells("Street", lambda v, r: FT.count("Street", t)[t(v)] == 1)
    C["aj097"] = lambda: top(FT, "Cost ($)", 5)
    C["aj098"] = lambda: top(FT, "Cost ($)", 3, largest=False)
    C["aj099"] = lambda: FT.whole(lambda r: blank(r["Ward"]))
    C["aj100"] = lambda: FT.cells("Street", lambda v, r: "lane" in t(v))

    # ---------------- uniform_orders
    OR, ST = T("OR"), T("ST")
    price = {t(r["Item"]): num(r["List price"]) for r in T("PL").rows}
    free = cell("uniform_orders.xlsx", "Orders", "R14")
    sizes = ["Age 5-6", "Age 7-8", "Age 9-10", "Age 11-12", "Age 13"]
    C["aj101"] = lambda: OR.cells("Unit $", lambda v, r: num(v) != price[t(r["Item"])])
    C["aj102"] = lambda: OR.cells("Total $", lambda v, r: abs(val(v) - val(r["Qty"]) * num(r["Unit $"])) > 1e-9)
    C["aj103"] = lambda: OR.cells("Total $", lambda v, r: gt(val(v), free))
    C["aj104"] = lambda: ST.cells("Age 13", lambda v, r: num(v) < num(r["Reorder at"]))
    C["aj105"] = lambda: steps(ST, sizes, lambda a, b: a < b)
    C["aj106"] = lambda: OR.whole(lambda r: t(r["Item"]) == "blazer" and blank(r["Deposit $"]))
    C["aj107"] = lambda: OR.whole(lambda r: t(r["Channel"]) == "web" and blank(r["Dispatched"]))
    C["aj108"] = lambda: OR.whole(lambda r: t(r["School"]) == "st anne's"
                                  and t(r["Item"]) in ("pe top", "pe shorts"))
    C["aj109"] = lambda: OR.whole(lambda r: t(r["Channel"]) != "shop" and val(r["Total $"]) >= 30)
    C["aj110"] = lambda: OR.whole(lambda r: val(r["Qty"]) >= 3
                                  and t(r["School"]) in ("crestwood primary", "hollybank academy"))
    C["aj111"] = lambda: OR.cells("Dispatched", lambda v, r: d(v) is not None and d(v) > d(r["Needed by"]))
    C["aj112"] = lambda: OR.whole(lambda r: blank(r["Dispatched"]) and between(days(r["Needed by"]), 0, 21))
    C["aj113"] = lambda: OR.cells("Pupil DOB", lambda v, r: lt(age(v), 5))
    C["aj114"] = lambda: OR.cells("Needed by", lambda v, r: d(r["Ordered"]) is not None
                                  and lt(gap(v, r["Ordered"]), 7))
    C["aj115"] = lambda: OR.cells("Ordered", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["aj116"] = lambda: ST.cells(sizes, lambda v, r: num(v) < num(r["Reorder at"]))
    C["aj117"] = lambda: ST.cells(sizes, lambda v, r: num(v) == 0)
    C["aj118"] = lambda: ST.whole(lambda r: lt(sum(num(r[s]) for s in sizes), 40))
    C["aj119"] = lambda: col_max(ST, sizes)
    C["aj120"] = lambda: OR.cells("Parent name", dup(OR, "Parent name", t))
    C["aj121"] = lambda: OR.cells("Order no", dup(OR, "Order no"))
    C["aj122"] = lambda: top(OR, "Total $", 3)
    C["aj123"] = lambda: OR.whole(lambda r: blank(r["Parent name"]))
    C["aj124"] = lambda: OR.cells("Item", lambda v, r: t(v).startswith("pe"))
    C["aj125"] = lambda: OR.cells("School", lambda v, r: "academy" in t(v))

    # ---------------- vinyl_pressing
    JB, PO, DT = T("JB"), T("PO"), T("DT")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    max_rej = cell("vinyl_pressing.xlsx", "Jobs", "R4")
    C["aj126"] = lambda: JB.cells("Reject %", lambda v, r: gt(num(v), max_rej))
    C["aj127"] = lambda: JB.cells("Invoiced ($)", lambda v, r: val(v) is not None and val(v) > num(r["Quote ($)"]))
    C["aj128"] = lambda: JB.cells("Pressed", lambda v, r: num(v) is not None and num(v) < val(r["Qty"]))
    C["aj129"] = lambda: JB.whole(lambda r: num(r["Pressed"]) is not None
                                  and num(r["Pressed"]) - num(r["Rejects"]) < val(r["Qty"]))
    C["aj130"] = lambda: PO.cells(weeks, lambda v, r: num(v) < num(r["Target/wk"]))
    C["aj131"] = lambda: JB.whole(lambda r: not blank(r["Colour"]) and t(r["Colour"]) != "black"
                                  and gt(num(r["Reject %"]), 0.04))
    C["aj132"] = lambda: JB.whole(lambda r: t(r["Label"]) in ("parlour", "marrow") and val(r["Qty"]) >= 1000)
    C["aj133"] = lambda: JB.whole(lambda r: t(r["Format"]) == "2xlp" and blank(r["Shipped"]))
    C["aj134"] = lambda: JB.whole(lambda r: t(r["Label"]) != "kiln audio" and (val(r["Qty"]) or 0) >= 3000)
    C["aj135"] = lambda: JB.whole(lambda r: t(r["Format"]) == '12" lp' and t(r["Colour"]) == "black"
                                  and lt(num(r["Reject %"]), 0.02))
    C["aj136"] = lambda: JB.cells("Shipped", lambda v, r: d(v) is not None and d(v) > d(r["Ship by"]))
    C["aj137"] = lambda: JB.whole(lambda r: blank(r["Shipped"]) and between(days(r["Ship by"]), 0, 7))
    C["aj138"] = lambda: JB.cells("TP approved", lambda v, r: gt(gap(v, r["TP sent"]), 14))
    C["aj139"] = lambda: JB.cells("TP sent", lambda v, r: blank(r["TP approved"]) and d(v) is not None
                                  and lt((d(v) - edate(BUILT, -1)).days, 0))
    C["aj140"] = lambda: JB.cells("Shipped", lambda v, r: d(v) is not None and d(v).weekday() == 4)
    C["aj141"] = lambda: row_max(PO, weeks)
    C["aj142"] = lambda: DT.cells(weeks, lambda v, r: num(v) is not None and num(v) >= 6)
    C["aj143"] = lambda: block_top(PO, weeks, 3)
    C["aj144"] = lambda: DT.whole(lambda r: any(num(r[w]) == 0 for w in weeks))
    C["aj145"] = lambda: JB.cells("Job", dup(JB, "Job"))
    C["aj146"] = lambda: top(JB, "Reject %", 3)
    C["aj147"] = lambda: top(JB, "Quote ($)", 5, largest=False)
    C["aj148"] = lambda: JB.whole(lambda r: blank(r["Pressed"]))
    C["aj149"] = lambda: JB.cells("Colour", lambda v, r: blank(v))
    C["aj150"] = lambda: JB.cells("Artist", lambda v, r: t(v).startswith("the "))
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
