"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day are minutes after midnight, and a duty or
shift that ends "earlier" than it starts ran past midnight. Limits kept in labelled cells
beside a table are looked up by their label, not by address.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Requests that say "or more" / "at least" / "or higher" compare inclusively on purpose.

Adapted from dev-v2 part E's crosscheck.py (same helpers, this set's tables and checks).

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


def mins(v):
    """A time of day or a duration, in minutes (None for anything else)."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.timedelta):
        return v.total_seconds() / 60
    return None


def span(start, end):
    """Minutes from one time of day to the next; an end before the start is after midnight."""
    a, b = mins(start), mins(end)
    if a is None or b is None:
        return None
    return (b - a) % 1440


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
        ws = _books[book][sheet]
        self.ws = ws
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

    def label(self, text: str):
        """The value just right of the cell reading `text` (a labelled limit beside the table)."""
        for row in self.ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.strip() == text:
                    return self.ws.cell(c.row, c.column + 1).value
        raise KeyError(text)


def top(tab: Table, h: str, n: int, largest=True, conv=num):
    """The n largest (or smallest) values of a column; a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def top_block(tab: Table, heads, n: int):
    """The n largest numbers anywhere in a block of columns (no tie at the cut-off)."""
    vals = sorted((num(row[h]) for row in tab.rows for h in heads if num(row[h]) is not None),
                  reverse=True)
    cut = vals[n - 1]
    if vals[n] == cut:
        raise Boundary("tie at the block's cut-off")
    return tab.cells(heads, lambda v, r: num(v) is not None and num(v) >= cut)


def col_max(tab: Table, heads):
    out = set()
    for h in heads:
        m = max(tab.values(h))
        out |= tab.cells(h, lambda v, r, m=m: num(v) == m)
    return out


def vs_previous(tab: Table, heads, pred):
    """Cells of heads[1:] whose value and the previous column's value satisfy pred(prev, cur)."""
    out = set()
    for p, h in zip(heads, heads[1:]):
        out |= tab.cells(h, lambda v, r, p=p: not blank(v) and not blank(r[p])
                         and pred(val(r[p]), val(v)))
    return out


def dup(tab, h, key=t):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "DL": ("crew_duty.xlsx", "Duty Log", "B4:R46"),
    "BM": ("crew_duty.xlsx", "Block by month", "A2:I28"),
    "BI": ("utility_bills.xlsx", "Bills", "A4:L47"),
    "CAP": ("utility_bills.xlsx", "Bills", "N4:O8"),
    "KW": ("utility_bills.xlsx", "kWh", "A3:E26"),
    "AS": ("call_centre.xlsx", "Agent Stats", "A4:Q40"),
    "DY": ("call_centre.xlsx", "Daily", "A1:H31"),
    "HV": ("orchard_yields.xlsx", "Harvest 2026", "B5:O35"),
    "PL": ("orchard_yields.xlsx", "Pick Log", "A1:I41"),
    "RT": ("car_returns.xlsx", "Returns", "A3:P51"),
    "FL": ("car_returns.xlsx", "Fleet", "A2:H26"),
    "EM": ("ab_tests.xlsx", "Results", "A3:N25"),
    "LP": ("ab_tests.xlsx", "Results", "A29:N53"),
    "WK": ("ab_tests.xlsx", "Weekly CR", "B2:G30"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- crew_duty
    DL, BM = T("DL"), T("BM")
    min_rest, max_sect, cap = DL.label("Min rest (h)"), DL.label("Max sectors"), BM.label("Monthly cap (h)")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    duty = lambda r: span(r["Report"], r["Release"])  # noqa: E731
    C["j001"] = lambda: DL.whole(lambda r: duty(r) is not None and gt(duty(r) / 60, num(r["FDP Max"])))
    C["j002"] = lambda: DL.cells("Rest Prior (h)", lambda v, r: lt(num(v), min_rest))
    C["j003"] = lambda: DL.cells("Block (h:mm)", lambda v, r: mins(v) is not None
                                 and span(r["Off Blk"], r["On Blk"]) is not None
                                 and mins(v) > span(r["Off Blk"], r["On Blk"]) + 0.5)

    def late(r):                      # signed minutes from scheduled to actual release
        s = span(r["Sched Rel"], r["Release"])
        return None if s is None else (s - 1440 if s > 720 else s)
    # "more than the max": a day at exactly the max is not over it (several such days exist)
    C["j004"] = lambda: DL.cells("Sectors", lambda v, r: val(v) is not None and val(v) > max_sect)
    C["j005"] = lambda: DL.cells("Release", lambda v, r: gt(late(r), 30))
    C["j006"] = lambda: BM.cells("Nov", lambda v, r: num(r["Oct"]) is not None and gt(num(v) and num(v) - num(r["Oct"]), 10))
    C["j007"] = lambda: DL.whole(lambda r: t(r["Rank"]) == "fo" and (val(r["Sectors"]) or 0) >= 4)
    C["j008"] = lambda: DL.whole(lambda r: t(r["Rank"]) == "cpt" and lt(mins(r["Report"]), 360))
    C["j009"] = lambda: DL.whole(lambda r: t(r["Duty Type"]) in ("standby", "training")
                                 and lt(num(r["Rest Prior (h)"]), 12))
    C["j010"] = lambda: BM.whole(lambda r: gt(num(r["Oct"]), 75) and gt(num(r["Nov"]), 75))
    C["j011"] = lambda: DL.cells("Remarks", lambda v, r: not blank(v)
                                 and t(r["Name"]) in ("kenji mori", "piotr nowak"))
    C["j012"] = lambda: BM.cells(months, lambda v, r: gt(val(v), cap))
    C["j013"] = lambda: BM.whole(lambda r: any(blank(r[m]) for m in months))
    C["j014"] = lambda: col_max(BM, months)
    C["j015"] = lambda: DL.cells("Report", lambda v, r: lt(mins(v), 5 * 60 + 30))
    C["j016"] = lambda: DL.whole(lambda r: duty(r) is not None and gt(duty(r) / 60, 11))
    C["j017"] = lambda: DL.whole(lambda r: between(days(r["Date"]), -7, 0))
    C["j018"] = lambda: DL.cells("Date", lambda v, r: weekend(v))
    C["j019"] = lambda: DL.whole(lambda r: gt(span(r["Off Blk"], r["On Blk"]), 9 * 60))
    C["j020"] = lambda: top(DL, "Block (h:mm)", 3, conv=mins)
    C["j021"] = lambda: DL.cells("Crew ID", lambda v, r: blank(r["Rest Prior (h)"]))
    C["j022"] = lambda: DL.whole(lambda r: blank(r["Pairing"]))
    pairs = Counter((t(r["Crew ID"]), str(r["Date"])) for r in DL.rows)
    C["j023"] = lambda: DL.whole(lambda r: pairs[(t(r["Crew ID"]), str(r["Date"]))] > 1)
    C["j024"] = lambda: DL.cells("Remarks", lambda v, r: "divert" in t(v))
    C["j025"] = lambda: DL.whole(lambda r: t(r["Duty Type"]) == "standby")

    # ---------------- utility_bills
    BI, KW = T("BI"), T("KW")
    caps = {t(r["Utility"]): num(r["Cap $/mo"]) for r in T("CAP").rows}
    meters = ["Oak St", "Mill Ln", "Cabin", "Garage"]
    by_month = {d(r["Month"]): r for r in KW.rows}

    def last_year(r, h):
        m = d(r["Month"])
        prev = by_month.get(m.replace(year=m.year - 1))
        return None if prev is None else num(prev[h])

    def month_before(r, h):
        i = KW.rows.index(r)
        return None if i == 0 else num(KW.rows[i - 1][h])
    C["j026"] = lambda: BI.cells("Amt $", lambda v, r: num(r["Est $"]) is not None
                                 and gt(val(v) is not None and val(v) - num(r["Est $"]), 20))
    C["j027"] = lambda: BI.whole(lambda r: num(r["LY Amt $"]) is not None and gt(val(r["Amt $"]), 1.2 * num(r["LY Amt $"])))
    C["j028"] = lambda: BI.cells("Paid", lambda v, r: d(v) and d(r["Due"]) and d(v) > d(r["Due"]))
    C["j029"] = lambda: BI.cells("Amt $", lambda v, r: gt(val(v), caps.get(t(r["Utility"]))))
    C["j030"] = lambda: {c for c in KW.cells("Oak St", lambda v, r: d(r["Month"]).year == 2026
                                             and last_year(r, "Oak St") is not None
                                             and gt(num(v), 1.15 * last_year(r, "Oak St")))}
    C["j031"] = lambda: KW.cells("Cabin", lambda v, r: num(v) is not None and month_before(r, "Cabin") is not None
                                 and gt(num(v) - month_before(r, "Cabin"), 100))
    C["j032"] = lambda: BI.cells("Paid", lambda v, r: d(v) and d(r["Due"]) and gt((d(r["Due"]) - d(v)).days, 7))
    C["j033"] = lambda: KW.cells("Cabin", lambda v, r: num(r["Mill Ln"]) is not None and gt(num(v), num(r["Mill Ln"])))
    C["j034"] = lambda: BI.whole(lambda r: blank(r["Paid"]) and days(r["Due"]) is not None and days(r["Due"]) < 0)
    C["j035"] = lambda: BI.whole(lambda r: t(r["Autopay"]) == "n" and blank(r["Paid"]))
    C["j036"] = lambda: BI.cells("Amt $", lambda v, r: t(r["Utility"]) == "electric"
                                 and t(r["Property"]) in ("lake cabin", "garage unit") and gt(val(v), 150))
    C["j037"] = lambda: BI.whole(lambda r: t(r["Utility"]) in ("gas", "water") and lt(val(r["Amt $"]), num(r["LY Amt $"])))
    C["j038"] = lambda: BI.whole(lambda r: t(r["Property"]) == "12 oak st" and d(r["Month"]).month in (10, 11)
                                 and gt(val(r["Amt $"]), num(r["Est $"])))
    C["j039"] = lambda: KW.cells(meters, lambda v, r: gt(num(v), 900))
    C["j040"] = lambda: KW.whole(lambda r: gt(sum(num(r[m]) or 0 for m in meters), 1800))
    C["j041"] = lambda: col_max(KW, meters)
    C["j042"] = lambda: KW.whole(lambda r: any(blank(r[m]) for m in meters))
    C["j043"] = lambda: BI.cells("Due", lambda v, r: between(days(v), 0, 14))
    C["j044"] = lambda: BI.cells("Bill Date", lambda v, r: weekend(v))
    C["j045"] = lambda: top(BI, "Amt $", 3)
    C["j046"] = lambda: top(KW, "Mill Ln", 3)
    C["j047"] = lambda: BI.cells("Paid", lambda v, r: blank(v))
    keys = Counter((t(r["Property"]), t(r["Utility"]), str(r["Month"])) for r in BI.rows)
    C["j048"] = lambda: BI.whole(lambda r: keys[(t(r["Property"]), t(r["Utility"]), str(r["Month"]))] > 1)
    C["j049"] = lambda: BI.cells("Autopay", lambda v, r: v == "y")
    C["j050"] = lambda: BI.whole(lambda r: t(r["Property"]) == "lake cabin")

    # ---------------- call_centre
    AS, DY = T("AS"), T("DY")
    goal = AS.label("Adherence goal")
    days6 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    C["j051"] = lambda: AS.cells("AHT", lambda v, r: mins(v) is not None and mins(r["Tgt AHT"]) is not None
                                 and gt(mins(v), mins(r["Tgt AHT"])))
    C["j052"] = lambda: AS.cells("QA Score", lambda v, r: lt(val(v), num(r["QA tgt"])))
    C["j053"] = lambda: AS.cells("Aband.", lambda v, r: num(r["Calls Offered"]) is not None
                                 and gt(num(v), 0.1 * num(r["Calls Offered"])))
    C["j054"] = lambda: AS.whole(lambda r: num(r["CSAT %"]) is not None and num(r["FCR %"]) is not None
                                 and gt(num(r["CSAT %"]) - num(r["FCR %"]), 0.15))
    C["j055"] = lambda: vs_previous(DY, days6, lambda p, c: gt(p - c, 15))
    C["j056"] = lambda: AS.cells("Escalations", lambda v, r: num(r["Answered"]) is not None
                                 and gt(num(v), 0.02 * num(r["Answered"])))
    C["j057"] = lambda: AS.cells("Adherence", lambda v, r: lt(num(v), goal))
    C["j058"] = lambda: AS.whole(lambda r: t(r["Team"]) == "tech support" and lt(num(r["CSAT %"]), 0.8))
    C["j059"] = lambda: AS.whole(lambda r: t(r["Status"]) == "probation"
                                 and (lt(val(r["QA Score"]), num(r["QA tgt"]))
                                      or (mins(r["AHT"]) is not None and gt(mins(r["AHT"]), mins(r["Tgt AHT"])))))
    C["j060"] = lambda: AS.whole(lambda r: t(r["Status"]) == "active" and (num(r["Escalations"]) or 0) >= 5
                                 and lt(num(r["Adherence"]), 0.9))
    C["j061"] = lambda: DY.whole(lambda r: not blank(r["Sat"]) and blank(r["Mon"]))
    C["j062"] = lambda: AS.cells("Agent", lambda v, r: t(r["Team"]) in ("billing", "sales")
                                 and (num(r["CSAT %"]) or 0) >= 0.9 and (val(r["QA Score"]) or 0) >= 90)
    C["j063"] = lambda: DY.cells(days6, lambda v, r: lt(val(v), num(r["Target/day"])))
    C["j064"] = lambda: DY.whole(lambda r: gt(sum(val(r[k]) or 0 for k in days6), 250))
    C["j065"] = lambda: col_max(DY, days6)
    C["j066"] = lambda: DY.whole(lambda r: not any(blank(r[k]) for k in days6[:5]))
    C["j067"] = lambda: AS.cells("Shift Start", lambda v, r: gt(mins(v), 9 * 60 + 30))
    C["j068"] = lambda: AS.whole(lambda r: gt(span(r["Shift Start"], r["Shift End"]), 8 * 60))
    C["j069"] = lambda: top(AS, "Calls Offered", 5)
    C["j070"] = lambda: top(AS, "FCR %", 3, largest=False)
    C["j071"] = lambda: AS.cells("CSAT %", lambda v, r: blank(v))
    C["j072"] = lambda: AS.cells("Agent", lambda v, r: blank(r["Last Coached"]))
    C["j073"] = lambda: AS.cells("Agent", dup(AS, "Agent"))
    C["j074"] = lambda: AS.cells("Agent", lambda v, r: t(v).endswith(" kerr"))
    C["j075"] = lambda: AS.whole(lambda r: t(r["Status"]) == "on leave")

    # ---------------- orchard_yields
    HV, PL = T("HV"), T("PL")
    tot = lambda r: sum(val(r[m]) or 0 for m in months)  # noqa: E731
    C["j076"] = lambda: HV.whole(lambda r: lt(tot(r), 0.9 * num(r["Est (kg)"])))
    C["j077"] = lambda: HV.whole(lambda r: gt(tot(r), 1.2 * num(r["2025 (kg)"])))
    C["j078"] = lambda: vs_previous(HV, months, lambda p, c: lt(c, p / 2))
    C["j079"] = lambda: HV.cells("Loss (kg)", lambda v, r: num(v) is not None and gt(-num(v), 0.05 * tot(r)))
    C["j080"] = lambda: PL.cells("Kg", lambda v, r: num(r["Bins"]) and gt(num(v) / num(r["Bins"]), 400))
    C["j081"] = lambda: HV.cells("Est (kg)", lambda v, r: num(r["2025 (kg)"]) is not None
                                 and gt(num(v), 1.25 * num(r["2025 (kg)"])))
    C["j082"] = lambda: HV.whole(lambda r: t(r["Fruit"]) == "apple" and t(r["Mgr"]) == "r. hale"
                                 and (num(r["Loss (kg)"]) or 0) < 0)
    C["j083"] = lambda: HV.cells("Block", lambda v, r: t(r["Fruit"]) in ("pear", "plum") and blank(r["Aug"]))
    C["j084"] = lambda: PL.whole(lambda r: gt(num(r["Brix"]), 20) and lt(num(r["Kg"]), 1000))
    C["j085"] = lambda: PL.whole(lambda r: t(r["Crew Lead"]) == "tomasz" and weekend(r["Date"]))
    C["j086"] = lambda: HV.cells("Block", lambda v, r: gt(num(r["Area (ha)"]), 2)
                                 and (blank(r["Loss (kg)"]) or num(r["Loss (kg)"]) == 0))
    C["j087"] = lambda: HV.cells(months, lambda v, r: gt(val(v), 20000))
    C["j088"] = lambda: HV.whole(lambda r: gt(tot(r), 60000))
    C["j089"] = lambda: col_max(HV, months)
    C["j090"] = lambda: top_block(HV, months, 5)
    C["j091"] = lambda: HV.whole(lambda r: not any(blank(r[m]) for m in ("Aug", "Sep", "Oct")))
    C["j092"] = lambda: HV.cells(months, lambda v, r: lt(val(v), 2000))
    C["j093"] = lambda: PL.cells("Start", lambda v, r: lt(mins(v), 7 * 60))
    C["j094"] = lambda: PL.whole(lambda r: gt(span(r["Start"], r["Finish"]), 8 * 60))
    C["j095"] = lambda: top(PL, "Brix", 3, largest=False)
    C["j096"] = lambda: top(HV, "2025 (kg)", 3)
    C["j097"] = lambda: HV.whole(lambda r: blank(r["Mgr"]))
    C["j098"] = lambda: HV.cells("Block", dup(HV, "Block"))
    C["j099"] = lambda: HV.cells("Variety", lambda v, r: t(v).startswith("b"))
    C["j100"] = lambda: HV.whole(lambda r: t(r["Fruit"]) == "grape")

    # ---------------- car_returns
    RT, FL = T("RT"), T("FL")
    grace, rate = RT.label("Grace (days)"), RT.label("Excess $/mile")

    def driven(r):
        return None if num(r["Odo In"]) is None or num(r["Odo Out"]) is None else num(r["Odo In"]) - num(r["Odo Out"])
    C["j101"] = lambda: RT.whole(lambda r: gt(driven(r), num(r["Miles Incl"])))
    C["j102"] = lambda: RT.cells("Fuel In (/8)", lambda v, r: num(v) is not None and num(v) < num(r["Fuel Out (/8)"]))
    # "more than the grace days": a car exactly one day late is within the grace (several are)
    C["j103"] = lambda: RT.cells("Returned", lambda v, r: d(v) and d(r["Due Back"])
                                 and (d(v) - d(r["Due Back"])).days > grace)
    C["j104"] = lambda: RT.cells("Returned", lambda v, r: d(v) and d(r["Due Back"]) and d(v) < d(r["Due Back"]))
    C["j105"] = lambda: RT.whole(lambda r: driven(r) is not None
                                 and gt((driven(r) - num(r["Miles Incl"])) * rate, 100))
    C["j106"] = lambda: RT.cells("Due Back", lambda v, r: d(v) and d(r["Pick-up"])
                                 and (d(v) - d(r["Pick-up"])).days >= 10)
    C["j107"] = lambda: FL.cells("Mileage", lambda v, r: gt(num(v), num(r["Next Svc (mi)"])))
    C["j108"] = lambda: RT.whole(lambda r: t(r["Status"]) == "disputed" and not blank(r["Damage"])
                                 and t(r["Damage"]) != "none noted")
    C["j109"] = lambda: RT.whole(lambda r: t(r["Class"]) in ("suv", "van") and num(r["Fuel In (/8)"]) is not None
                                 and num(r["Fuel In (/8)"]) < 4)
    C["j110"] = lambda: RT.cells("RA #", lambda v, r: t(r["Agent"]) in ("kay", "sol") and t(r["Status"]) == "closed"
                                 and gt(num(r["Extras $"]), 50))
    C["j111"] = lambda: RT.whole(lambda r: t(r["Class"]) == "premium" and d(r["Returned"])
                                 and d(r["Returned"]) > d(r["Due Back"]))
    C["j112"] = lambda: RT.whole(lambda r: weekend(r["Returned"]) and gt(mins(r["Ret Time"]), 18 * 60))
    C["j113"] = lambda: RT.whole(lambda r: t(r["Status"]) == "closed"
                                 and any(blank(r[h]) for h in ("Returned", "Ret Time", "Odo In", "Fuel In (/8)")))
    # "below 4": a reading of exactly 4 (half a tank) is not below it
    C["j114"] = lambda: RT.cells(["Fuel Out (/8)", "Fuel In (/8)"], lambda v, r: num(v) is not None and num(v) < 4)
    C["j115"] = lambda: RT.cells(["Odo Out", "Odo In"], lambda v, r: gt(num(v), 55000))
    C["j116"] = lambda: RT.whole(lambda r: blank(r["Returned"]) and days(r["Due Back"]) is not None
                                 and days(r["Due Back"]) <= -7)
    C["j117"] = lambda: RT.whole(lambda r: blank(r["Returned"]) and between(days(r["Due Back"]), 0, 3))
    C["j118"] = lambda: RT.cells("Ret Time", lambda v, r: gt(mins(v), 20 * 60))
    C["j119"] = lambda: FL.cells("MOT Due", lambda v, r: between(days(v), 0, 30))
    C["j120"] = lambda: top(FL, "Mileage", 5)
    C["j121"] = lambda: RT.cells("Returned", lambda v, r: blank(v))
    C["j122"] = lambda: FL.cells("Plate", lambda v, r: blank(r["MOT Due"]))
    C["j123"] = lambda: RT.cells("RA #", dup(RT, "RA #"))
    C["j124"] = lambda: FL.whole(lambda r: dup(FL, "Plate")(r["Plate"], r))
    C["j125"] = lambda: RT.cells("Damage", lambda v, r: "windscreen" in t(v))

    # ---------------- ab_tests
    EM, LP, WK = T("EM"), T("LP"), T("WK")
    min_n = EM.label("Min sample/arm")
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4"]
    C["j126"] = lambda: EM.cells("OR B", lambda v, r: gt(num(v) - num(r["OR A"]), 0.03))
    C["j127"] = lambda: LP.whole(lambda r: gt(abs(val(r["Visitors B"]) - val(r["Visitors A"])), 50))
    C["j128"] = lambda: LP.whole(lambda r: lt(val(r["Visitors A"]), min_n) or lt(val(r["Visitors B"]), min_n))
    C["j129"] = lambda: EM.cells("Ended", lambda v, r: d(v) and d(r["Launched"]) and d(v) < d(r["Launched"]))
    C["j130"] = lambda: LP.cells("End", lambda v, r: d(v) and (d(v) - d(r["Start"])).days < 14)
    C["j131"] = lambda: vs_previous(WK, weeks, lambda p, c: gt(p - c, 0.01))
    C["j132"] = lambda: EM.whole(lambda r: t(r["Result"]).startswith("winner") and num(r["p-value"]) is not None
                                 and num(r["p-value"]) >= 0.05)
    C["j133"] = lambda: LP.whole(lambda r: t(r["Owner"]) in ("lea", "tom") and (num(r["Lift %"]) or 0) < 0)
    C["j134"] = lambda: EM.cells("Test ID", lambda v, r: t(r["Owner"]) == "ade"
                                 and (gt(num(r["Sent A"]), 10000) or gt(num(r["Sent B"]), 10000)))
    C["j135"] = lambda: LP.whole(lambda r: t(r["Page"]) == "/pricing" and t(r["Status"]) != "running"
                                 and lt(num(r["p-val"]), 0.05))
    C["j136"] = lambda: EM.whole(lambda r: t(r["Result"]) != "running" and gt(num(r["Lift"]), 0.1)
                                 and num(r["p-value"]) is not None and num(r["p-value"]) >= 0.05)
    C["j137"] = lambda: WK.cells(weeks, lambda v, r: lt(num(v), 0.025))
    C["j138"] = lambda: col_max(WK, weeks)
    C["j139"] = lambda: top_block(WK, weeks, 5)

    def avg(r):
        xs = [num(r[w]) for w in weeks if num(r[w]) is not None]
        return sum(xs) / len(xs) if xs else None
    C["j140"] = lambda: WK.whole(lambda r: gt(avg(r), 0.06))
    C["j141"] = lambda: LP.cells(["CR A", "CR B"], lambda v, r: lt(num(v), 0.03))
    C["j142"] = lambda: top(LP, "Lift %", 3)
    C["j143"] = lambda: top(EM, "Opens B", 3)
    C["j144"] = lambda: LP.cells("End", lambda v, r: blank(v))
    C["j145"] = lambda: EM.cells("p-value", lambda v, r: blank(v))
    C["j146"] = lambda: LP.cells("Test ID", dup(LP, "Test ID"))
    C["j147"] = lambda: EM.cells("Idea", lambda v, r: EM.count("Idea", t)[t(v)] == 1)
    C["j148"] = lambda: LP.cells("Page", lambda v, r: "pricing" in t(v))
    C["j149"] = lambda: EM.whole(lambda r: t(r["Result"]) == "running")
    C["j150"] = lambda: LP.whole(lambda r: t(r["Status"]) == "stopped")
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
