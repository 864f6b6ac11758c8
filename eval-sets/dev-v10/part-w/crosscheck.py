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
from decimal import ROUND_HALF_UP, Decimal
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



def le(a, b):
    """a <= b where b is a vague edge (no data may sit on it)."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def ge(a, b):
    if a is None or b is None:
        return False
    _edge(a, b)
    return a >= b


def since(a, lo, hi):
    """lo <= a <= hi where lo is a vague edge and hi (today) is not."""
    if a is None:
        return False
    _edge(a, lo)
    return lo <= a <= hi


def age(v):
    """Full years from a real date to BUILT (Excel's DATEDIF(..., "y"))."""
    x = d(v)
    if x is None:
        return None
    return BUILT.year - x.year - ((BUILT.month, BUILT.day) < (x.month, x.day))


def ordinal(v):
    x = d(v)
    return None if x is None else float(x.toordinal())


def money(x) -> Decimal:
    """Round half up to the cent, as Excel's ROUND does on the decimal value."""
    return Decimal(repr(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)


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


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "CO": ("ambulance_callouts.xlsx", "Callouts", "B4:N44"),
    "CR": ("ambulance_callouts.xlsx", "Crew", "A1:I17"),
    "SC": ("cinema_screenings.xlsx", "Screenings", "A4:M46"),
    "LV": ("cinema_screenings.xlsx", "Screenings", "O4:O8"),
    "WA": ("cinema_screenings.xlsx", "Weekly", "A2:G12"),
    "WC": ("cinema_screenings.xlsx", "Weekly", "A16:G26"),
    "CK": ("distillery_casks.xlsx", "Casks", "C5:N43"),
    "SM": ("distillery_casks.xlsx", "Samples", "A2:F22"),
    "SE": ("ev_charging.xlsx", "Sessions", "A4:L48"),
    "CH": ("ev_charging.xlsx", "Chargers", "B2:K16"),
    "RO": ("golf_handicaps.xlsx", "Rounds", "A3:L43"),
    "CA": ("golf_handicaps.xlsx", "Card", "A3:K16"),
    "MB": ("golf_handicaps.xlsx", "Members", "A1:I19"),
    "VI": ("home_care_visits.xlsx", "Visits", "B4:M48"),
    "CL": ("home_care_visits.xlsx", "Clients", "A1:I15"),
    "HO": ("home_care_visits.xlsx", "Clients", "K1:L4"),
}


def cell(book: str, sheet: str, ref: str):
    """A single cell outside the tables (a limit typed in a labelled cell)."""
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def dup(tab, h, key=lambda v: str(v).lower()):
    """COUNTIF-style repeats: case-insensitive, stray spaces count."""
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def rows_of(tab, cells: set[str]):
    """Whole rows of the table for the rows that hold any of `cells`."""
    rows = {int("".join(ch for ch in c if ch.isdigit())) for c in cells}
    return tab.whole(lambda r: r.r in rows)


def col_ext(tab, heads, f=max):
    """The highest (lowest) number in each of `heads` (all tying cells)."""
    out = set()
    for h in heads:
        m = f(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) is not None and num(v) == m)
    return out


def row_ext(tab, heads, f=max):
    """The highest (lowest) number in each row across `heads` (all tying cells; text ignored)."""
    out = set()
    for row in tab.rows:
        vals = [num(row[h]) for h in heads if num(row[h]) is not None]
        if vals:
            m = f(vals)
            out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def block_top(tab, heads, n):
    """The n largest numbers across a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((x for h in heads for x in tab.values(h)), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary("tie at the block cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def steps(tab, heads, conv, cmp):
    """Cells that compare (cmp) against the cell to their left within `heads` (either side blank:
    skipped). Equal neighbours are neither lower nor higher."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and cmp(conv(v), conv(r[p])))
    return out


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    lt_ = lambda a, b: a is not None and b is not None and a < b      # two cells: equal is not less
    gt_ = lambda a, b: a is not None and b is not None and a > b
    # ---------------- ambulance_callouts
    CO, CR = T("CO"), T("CR")
    AMB = "ambulance_callouts.xlsx"
    q2, q3 = cell(AMB, "Callouts", "Q2"), cell(AMB, "Callouts", "Q3")
    core = ["Call ref", "Date", "Call time", "Arrived", "Resp (min)", "Cat", "Unit", "Crew lead", "Dist (km)"]
    span = lambda r: (mins(r["Arrived"]) - mins(r["Call time"])
                      if mins(r["Arrived"]) is not None and mins(r["Call time"]) is not None else None)
    C["w001"] = lambda: CO.cells("Handover (min)", lambda v, r: gt(val(v), q2))
    C["w002"] = lambda: CO.whole(lambda r: gt(span(r), 30))
    C["w003"] = lambda: CR.cells("Shifts Nov", lambda v, r: lt_(num(v), num(r["Shifts Oct"])))
    C["w004"] = lambda: CR.whole(lambda r: num(r["Shifts Nov"]) is not None
                                 and num(r["Shifts Nov"]) - num(r["Shifts Oct"]) >= 3)
    C["w005"] = lambda: CO.cells("Handover (min)", lambda v, r: gt_(val(v), val(r["Resp (min)"])))
    C["w006"] = lambda: CO.whole(lambda r: t(r["Cat"]) == "cat 2" and gt(val(r["Resp (min)"]), q3))
    C["w007"] = lambda: CO.whole(lambda r: t(r["Hospital"]) == "royal infirmary" and gt(val(r["Handover (min)"]), 45))
    C["w008"] = lambda: CO.whole(lambda r: t(r["Cat"]) in ("cat 1", "cat 2")
                                 and t(r["Outcome"]) in ("refused", "stood down"))
    C["w009"] = lambda: CO.whole(lambda r: t(r["Unit"]) == "rrv-3" and t(r["Outcome"]) == "conveyed")
    C["w010"] = lambda: CR.whole(lambda r: t(r["Role"]) == "student para" and gt(num(r["Shifts Nov"]), 15))
    C["w011"] = lambda: CR.cells("Licence exp.", lambda v, r: le(days(v), 30))
    C["w012"] = lambda: CR.cells("Name", lambda v, r: age(r["DOB"]) >= 65)
    C["w013"] = lambda: CR.cells("Last refresher", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -12)).days, 0))
    C["w014"] = lambda: CO.whole(lambda r: since(days(r["Date"]), -10, 0))
    C["w015"] = lambda: CR.cells("Name", lambda v, r: d(r["DOB"]).month == BUILT.month)
    C["w016"] = lambda: CR.cells(["Shifts Oct", "Shifts Nov"], lambda v, r: lt(num(v), 10))
    C["w017"] = lambda: CO.whole(lambda r: any(blank(r[h]) for h in core))
    C["w018"] = lambda: col_ext(CR, ["Shifts Oct", "Shifts Nov"])
    C["w019"] = lambda: CO.cells(["Call time", "Arrived"], lambda v, r: lt(mins(v), 6 * 60))
    C["w020"] = lambda: CO.cells("Call ref", dup(CO, "Call ref"))
    C["w021"] = lambda: top(CO, "Resp (min)", 3)
    C["w022"] = lambda: top(CR, "Shifts Nov", 2, largest=False)
    C["w023"] = lambda: CO.whole(lambda r: blank(r["Crew lead"]))
    C["w024"] = lambda: CO.cells("Notes", lambda v, r: "police" in t(v))
    C["w025"] = lambda: CO.whole(lambda r: weekend(r["Date"]))

    # ---------------- cinema_screenings
    SC, WA, WC = T("SC"), T("WA"), T("WC")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    min_occ = cell("cinema_screenings.xlsx", "Screenings", "P11")
    leaving = {t(r["Leaving this week"]) for r in T("LV").rows if not blank(r["Leaving this week"])}
    slots = Counter((d(r["Date"]) or r["Date"], num(r["Scr"]), mins(r["Start"])) for r in SC.rows)
    C["w026"] = lambda: SC.cells("Gross ($)", lambda v, r: lt_(num(v), num(r["LY gross ($)"])))
    C["w027"] = lambda: SC.cells("Sold", lambda v, r: lt(val(v) / num(r["Seats"]), min_occ))
    C["w028"] = lambda: steps(WA, weeks, val, lambda a, b: a < b)
    C["w029"] = lambda: WA.cells("Wk 48", lambda v, r: num(r["Wk 48 LY"]) is not None
                                 and gt(num(v), num(r["Wk 48 LY"]) * 1.1))
    C["w030"] = lambda: WC.cells("Wk 48", lambda v, r: num(v) is not None and num(r["Wk 48 LY"]) is not None
                                 and gt(num(r["Wk 48 LY"]) - num(v), 100))
    C["w031"] = lambda: SC.whole(lambda r: t(r["Cert"]) in ("15", "18") and lt(mins(r["Start"]), 17 * 60))
    C["w032"] = lambda: SC.whole(lambda r: num(r["Scr"]) == 1 and lt(val(r["Sold"]), 30))
    C["w033"] = lambda: SC.whole(lambda r: t(r["Status"]) == "on sale" and lt(val(r["Sold"]), 10))
    C["w034"] = lambda: SC.whole(lambda r: t(r["Cert"]) == "u" and t(r["Day"]) in ("sat", "sun"))
    C["w035"] = lambda: SC.whole(lambda r: num(r["Scr"]) in (3, 4) and gt(num(r["Run (min)"]), 120))
    C["w036"] = lambda: SC.whole(lambda r: days(r["Date"]) in (0, 1))
    C["w037"] = lambda: SC.cells("Start", lambda v, r: gt(mins(v) + num(r["Run (min)"]), 22 * 60 + 45))
    C["w038"] = lambda: SC.whole(lambda r: days(r["Date"]) == -1)
    C["w039"] = lambda: SC.cells("Date", lambda v, r: d(v) is not None and d(v).month == 12)
    C["w040"] = lambda: row_ext(WA, weeks, max)
    C["w041"] = lambda: WC.cells(weeks, lambda v, r: lt(num(v), 200))
    C["w042"] = lambda: block_top(WA, weeks, 5)
    C["w043"] = lambda: WA.whole(lambda r: any(blank(r[w]) for w in weeks))
    C["w044"] = lambda: col_ext(WC, weeks, min)
    C["w045"] = lambda: SC.cells("Film", lambda v, r: str(v).lower() in leaving)
    C["w046"] = lambda: SC.whole(lambda r: slots[(d(r["Date"]) or r["Date"], num(r["Scr"]), mins(r["Start"]))] > 1)
    C["w047"] = lambda: rows_of(SC, top(SC, "Gross ($)", 3))
    C["w048"] = lambda: top(WC, "Wk 48", 3, largest=False)
    C["w049"] = lambda: SC.cells("Comps", lambda v, r: blank(v))
    C["w050"] = lambda: SC.cells("Film", lambda v, r: t(v).startswith("the "))

    # ---------------- distillery_casks
    CK, SM = T("CK"), T("SM")
    qs = ["2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
    q5 = cell("distillery_casks.xlsx", "Casks", "Q5")
    register = {str(r["Cask #"]).lower() for r in CK.rows}
    C["w051"] = lambda: CK.cells("ABV now", lambda v, r: lt(num(v), q5))
    C["w052"] = lambda: CK.cells("ABV now", lambda v, r: num(v) is not None and gt(num(r["Fill ABV"]) - num(v), 0.1))
    C["w053"] = lambda: steps(SM, qs, val, lambda a, b: a > b)
    C["w054"] = lambda: SM.cells("2026 Q4", lambda v, r: num(v) is not None and num(r["2025 Q4"]) is not None
                                 and gt(num(r["2025 Q4"]) - num(v), 0.005))
    C["w055"] = lambda: CK.cells("ABV now", lambda v, r: gt_(num(v), num(r["Fill ABV"])))
    C["w056"] = lambda: CK.whole(lambda r: t(r["Spirit"]) == "peated malt" and t(r["Whse"]) == "w5")
    C["w057"] = lambda: CK.whole(lambda r: t(r["Cask type"]) == "sherry butt" and lt(num(r["ABV now"]), 0.5))
    C["w058"] = lambda: CK.whole(lambda r: blank(r["Owner"]) and d(r["Fill date"]) is not None
                                 and d(r["Fill date"]) < dt.date(2012, 1, 1))
    C["w059"] = lambda: CK.whole(lambda r: t(r["Spirit"]) != "single malt" and gt(num(r["RLA"]), 150))
    C["w060"] = lambda: CK.whole(lambda r: t(r["Owner"]) in ("kestrel imports", "dunmore & co")
                                 and blank(r["Bottle by"]))
    C["w061"] = lambda: CK.cells("Last sample", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["w062"] = lambda: CK.cells("Cask #", lambda v, r: d(r["Fill date"]) is not None and age(r["Fill date"]) >= 12)
    C["w063"] = lambda: CK.cells("Bottle by", lambda v, r: d(v) is not None
                                 and le((d(v) - edate(BUILT, 3)).days, 0))
    C["w064"] = lambda: CK.cells("Bottle by", lambda v, r: d(v) is not None and d(r["Fill date"]) is not None
                                 and d(v) >= edate(d(r["Fill date"]), 180))
    C["w065"] = lambda: SM.cells(qs, lambda v, r: lt(num(v), 0.5))
    C["w066"] = lambda: row_ext(SM, qs, min)
    C["w067"] = lambda: CK.cells(["Fill date", "Fill L", "Fill ABV", "Last sample", "ABV now", "RLA"],
                                 lambda v, r: isinstance(v, str))
    C["w068"] = lambda: SM.whole(lambda r: gt(min(num(r[x]) for x in qs if num(r[x]) is not None), 0.56))
    C["w069"] = lambda: CK.cells("Cask #", dup(CK, "Cask #"))
    C["w070"] = lambda: SM.cells("Cask #", lambda v, r: str(v).lower() not in register)
    C["w071"] = lambda: top(CK, "RLA", 5)
    C["w072"] = lambda: rows_of(CK, top(CK, "Fill date", 3, conv=ordinal))
    C["w073"] = lambda: CK.whole(lambda r: blank(r["Last sample"]))
    C["w074"] = lambda: CK.cells("Cask type", lambda v, r: "bourbon" in t(v))
    C["w075"] = lambda: SM.whole(lambda r: (r.r - 3) % 2 == 0)

    # ---------------- ev_charging
    SE, CH = T("SE"), T("CH")
    EVB = "ev_charging.xlsx"
    tariff, max_stay = cell(EVB, "Sessions", "O4"), cell(EVB, "Sessions", "O5")
    money_cols = ["kWh", "Peak kW", "Cost ($)", "Paid ($)"]
    stay = lambda r: (mins(r["Plug out"]) - mins(r["Plug in"])
                      if mins(r["Plug out"]) is not None and mins(r["Plug in"]) is not None else None)
    C["w076"] = lambda: SE.cells("Paid ($)", lambda v, r: lt_(num(v), num(r["Cost ($)"])))
    C["w077"] = lambda: SE.whole(lambda r: stay(r) is not None and gt(stay(r) / 60, max_stay))
    C["w078"] = lambda: SE.cells("Cost ($)", lambda v, r: money(val(r["kWh"]) * tariff) != money(num(v)))
    C["w079"] = lambda: CH.cells("kWh Nov", lambda v, r: num(v) is not None and num(r["kWh Oct"]) is not None
                                 and gt(num(v), num(r["kWh Oct"]) * 1.2))
    C["w080"] = lambda: CH.cells("Uptime Nov", lambda v, r: lt_(num(v), num(r["Uptime Oct"])))
    C["w081"] = lambda: SE.whole(lambda r: t(r["Charger"]) == "gw-06 (dc)" and lt(val(r["kWh"]), 15))
    C["w082"] = lambda: SE.whole(lambda r: t(r["Member"]) == "n" and (blank(r["Paid ($)"]) or num(r["Paid ($)"]) == 0))
    C["w083"] = lambda: SE.whole(lambda r: not blank(r["Fault"]) and lt(val(r["kWh"]), 5))
    C["w084"] = lambda: CH.whole(lambda r: t(r["Site"]) == "greenway"
                                 and (lt(num(r["Uptime Oct"]), 0.95) or lt(num(r["Uptime Nov"]), 0.95)))
    C["w085"] = lambda: CH.whole(lambda r: t(r["Type"]).startswith("ac") and d(r["Installed"]) is not None
                                 and d(r["Installed"]) < dt.date(2022, 1, 1) and lt(num(r["kWh Nov"]), 1000))
    C["w086"] = lambda: CH.cells("Next service", lambda v, r: days(v) is not None and days(v) <= 0)
    C["w087"] = lambda: CH.cells("Next service", lambda v, r: days(v) is not None and days(v) > 0 and le(days(v), 60))
    C["w088"] = lambda: CH.cells("Next service", lambda v, r: d(v) is not None and d(r["Last service"]) is not None
                                 and gt((d(v) - edate(d(r["Last service"]), 6)).days, 0))
    C["w089"] = lambda: CH.whole(lambda r: d(r["Installed"]) is not None
                                 and lt((d(r["Installed"]) - edate(BUILT, -60)).days, 0))
    C["w090"] = lambda: CH.cells(["Uptime Oct", "Uptime Nov"], lambda v, r: lt(num(v), 0.95))
    C["w091"] = lambda: col_ext(CH, ["kWh Oct", "kWh Nov"])
    C["w092"] = lambda: SE.whole(lambda r: any(blank(r[h]) for h in money_cols))
    C["w093"] = lambda: block_top(CH, ["kWh Oct", "kWh Nov"], 3)
    C["w094"] = lambda: SE.cells("Session ID", dup(SE, "Session ID"))
    C["w095"] = lambda: SE.cells("Plate", lambda v, r: not blank(v) and SE.count("Plate", lambda x: str(x).lower())[str(v).lower()] == 1)
    C["w096"] = lambda: top(SE, "kWh", 3, largest=False)
    C["w097"] = lambda: SE.cells("Paid ($)", lambda v, r: blank(v))
    C["w098"] = lambda: SE.whole(lambda r: blank(r["Plug out"]))
    C["w099"] = lambda: SE.cells("Fault", lambda v, r: "rcd" in t(v))
    C["w100"] = lambda: SE.whole(lambda r: (r.r - 5) % 3 == 0)

    # ---------------- golf_handicaps
    RO, CA, MB = T("RO"), T("CA"), T("MB")
    GB = "golf_handicaps.xlsx"
    css, fee = cell(GB, "Rounds", "O3"), cell(GB, "Rounds", "O4")
    holes = [f"H{h}" for h in range(1, 10)]
    par = {h: cell(GB, "Card", f"{get_column_letter(i + 2)}2") for i, h in enumerate(holes)}
    entries = Counter((str(r["Comp"]).lower(), str(r["Member"]).lower()) for r in RO.rows)
    lockers = MB.count("Locker")
    C["w101"] = lambda: RO.cells("Net", lambda v, r: num(v) is not None and num(v) <= css - 3)
    C["w102"] = lambda: RO.cells("Fee paid", lambda v, r: lt_(num(v), fee))
    C["w103"] = lambda: MB.cells("HI now", lambda v, r: gt_(num(v), num(r["HI Oct"])))
    C["w104"] = lambda: MB.whole(lambda r: num(r["HI now"]) is not None and num(r["HI Oct"]) is not None
                                 and ge(num(r["HI Oct"]) - num(r["HI now"]), 2))
    C["w105"] = lambda: RO.cells("Net", lambda v, r: val(r["Gross"]) - num(r["Course h'cap"]) != num(v))
    C["w106"] = lambda: RO.whole(lambda r: t(r["Comp"]) == "seniors cup" and (num(r["Net"]) or 0) >= 77)
    C["w107"] = lambda: RO.whole(lambda r: t(r["Tees"]) == "red" and lt(num(r["HI"]), 10))
    C["w108"] = lambda: RO.whole(lambda r: (num(r["Putts"]) or 0) >= 38
                                 or (num(r["Fwys hit"]) is not None and num(r["Fwys hit"]) <= 3))
    C["w109"] = lambda: MB.whole(lambda r: t(r["Category"]) == "junior" and age(r["DOB"]) >= 18)
    C["w110"] = lambda: MB.whole(lambda r: not blank(r["Locker"]) and lt(days(r["Subs due"]), 0))
    C["w111"] = lambda: MB.cells("Subs due", lambda v, r: days(v) is not None and days(v) >= 0 and le(days(v), 30))
    C["w112"] = lambda: MB.cells("Name", lambda v, r: age(r["DOB"]) >= 65)
    C["w113"] = lambda: MB.cells("Joined", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -240)).days, 0))
    C["w114"] = lambda: RO.whole(lambda r: since(days(r["Date"]), -14, 0))
    C["w115"] = lambda: set().union(*(CA.cells(h, lambda v, r, h=h: val(v) is not None and val(v) - par[h] >= 3)
                                      for h in holes))
    C["w116"] = lambda: col_ext(CA, holes, min)
    C["w117"] = lambda: CA.cells("Player", lambda v, r: any(num(r[h]) is not None and num(r[h]) < par[h] for h in holes))
    C["w118"] = lambda: MB.cells(["HI now", "HI Oct"], lambda v, r: gt(num(v), 30))
    C["w119"] = lambda: RO.whole(lambda r: entries[(str(r["Comp"]).lower(), str(r["Member"]).lower())] > 1)
    C["w120"] = lambda: MB.cells("Locker", lambda v, r: not blank(v) and lockers[v] > 1)
    C["w121"] = lambda: rows_of(RO, top(RO, "Stblfd pts", 3))
    C["w122"] = lambda: top(RO, "Gross", 3, largest=False)
    C["w123"] = lambda: RO.cells("Putts", lambda v, r: blank(v))
    C["w124"] = lambda: RO.cells("Comp", lambda v, r: "cup" in t(v) or "trot" in t(v))
    C["w125"] = lambda: MB.whole(lambda r: r.r % 2 == 0)

    # ---------------- home_care_visits
    VI, CL = T("VI"), T("CL")
    late = cell("home_care_visits.xlsx", "Visits", "P2")
    in_hosp = {t(r["In hospital"]) for r in T("HO").rows if not blank(r["In hospital"])}
    lateness = lambda r: (mins(r["Arrived"]) - mins(r["Planned"])
                          if mins(r["Arrived"]) is not None and mins(r["Planned"]) is not None else None)
    hrs = ["Plan hrs/wk", "Actual hrs/wk"]
    C["w126"] = lambda: VI.cells("Arrived", lambda v, r: gt(lateness(r), late))
    C["w127"] = lambda: VI.cells("Left", lambda v, r: mins(v) is not None and mins(r["Arrived"]) is not None
                                 and round(mins(v) - mins(r["Arrived"])) < val(r["Booked (min)"]))
    C["w128"] = lambda: CL.cells("Actual hrs/wk", lambda v, r: num(v) is not None and gt(num(v), num(r["Plan hrs/wk"]) * 1.2))
    C["w129"] = lambda: CL.whole(lambda r: lt_(num(r["Actual hrs/wk"]), num(r["Plan hrs/wk"])))
    C["w130"] = lambda: VI.cells("Arrived", lambda v, r: lt_(mins(v), mins(r["Planned"])))
    C["w131"] = lambda: VI.whole(lambda r: t(r["Meds?"]) == "y" and gt(lateness(r), 30))
    C["w132"] = lambda: VI.whole(lambda r: t(r["Carer"]) in ("chidi", "eamon") and gt(num(r["Miles"]), 5))
    C["w133"] = lambda: CL.whole(lambda r: t(r["Funding"]) == "council" and lt(days(r["Review due"]), 0))
    C["w134"] = lambda: VI.whole(lambda r: "meds" in t(r["Tasks"]) and t(r["Meds?"]) != "y")
    C["w135"] = lambda: CL.whole(lambda r: t(r["Funding"]) in ("direct payment", "private")
                                 and num(r["Plan hrs/wk"]) >= 10)
    C["w136"] = lambda: CL.cells("Client", lambda v, r: age(r["DOB"]) >= 90)
    C["w137"] = lambda: CL.cells("Review due", lambda v, r: le(days(v), 14))
    C["w138"] = lambda: CL.cells("Start of care", lambda v, r: d(v) is not None
                                 and gt((d(v) - edate(BUILT, -12)).days, 0))
    C["w139"] = lambda: VI.cells("Left", lambda v, r: mins(v) is not None
                                 and gt(round(mins(v) - mins(r["Planned"])), val(r["Booked (min)"]) + 15))
    C["w140"] = lambda: VI.cells(["Planned", "Arrived", "Left"], lambda v, r: lt(mins(v), 7 * 60 + 45))
    C["w141"] = lambda: CL.cells(hrs, lambda v, r: gt(num(v), 20))
    C["w142"] = lambda: VI.whole(lambda r: days(r["Date"]) is not None and days(r["Date"]) < 0
                                 and (blank(r["Arrived"]) or blank(r["Left"])))
    C["w143"] = lambda: col_ext(CL, hrs, min)
    C["w144"] = lambda: VI.whole(lambda r: str(r["Client"]).lower() in in_hosp)
    C["w145"] = lambda: rows_of(CL, top(CL, "Actual hrs/wk", 4))
    C["w146"] = lambda: VI.whole(lambda r: blank(r["Carer"]))
    C["w147"] = lambda: VI.cells("Meds?", lambda v, r: blank(v))
    C["w148"] = lambda: VI.cells("Notes", lambda v, r: "gp" in t(v))
    C["w149"] = lambda: CL.whole(lambda r: t(r["Postcode"]).startswith("nf4"))
    C["w150"] = lambda: VI.whole(lambda r: weekend(r["Date"]))
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
