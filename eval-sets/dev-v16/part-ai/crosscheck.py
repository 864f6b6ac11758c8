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
    "RD": ("air_quality.xlsx", "Readings", "B5:L48"),
    "NO2": ("air_quality.xlsx", "Monthly", "A3:H13"),
    "PM10": ("air_quality.xlsx", "Monthly", "A17:G27"),
    "ST": ("air_quality.xlsx", "Stations", "A1:H15"),
    "HR": ("canoe_hire.xlsx", "Hires", "A4:N48"),
    "BT": ("canoe_hire.xlsx", "Boats", "B2:K18"),
    "WK": ("canoe_hire.xlsx", "Weekly", "A3:G15"),
    "RK": ("data_centre.xlsx", "Racks", "C4:O40"),
    "TP": ("data_centre.xlsx", "Temps", "A3:I17"),
    "SV": ("data_centre.xlsx", "Servers", "A1:J31"),
    "LS": ("estate_agency.xlsx", "Listings", "A4:N44"),
    "VW": ("estate_agency.xlsx", "Viewings", "A1:G31"),
    "SA": ("estate_agency.xlsx", "Monthly", "A3:H12"),
    "AP": ("estate_agency.xlsx", "Monthly", "A16:G25"),
    "SL": ("food_truck.xlsx", "Sales", "B4:M44"),
    "SK": ("food_truck.xlsx", "Stock", "A3:I25"),
    "FW": ("food_truck.xlsx", "Weekly", "A2:H14"),
    "CP": ("holiday_camp.xlsx", "Campers", "A4:N46"),
    "AC": ("holiday_camp.xlsx", "Activities", "B3:K27"),
    "OC": ("holiday_camp.xlsx", "Occupancy", "A3:H13"),
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
    """Per row, every cell equal to that row's highest (lowest) number within `heads`."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = max(xs) if largest else min(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def hours(a, b):
    """Hours from time a to time b (same day)."""
    return None if mins(a) is None or mins(b) is None else (mins(b) - mins(a)) / 60


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- air_quality
    RD, NO2, PM10, ST = T("RD"), T("NO2"), T("PM10"), T("ST")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    pm_limit = cell("air_quality.xlsx", "Readings", "O2")
    no2_alert = cell("air_quality.xlsx", "Readings", "O3")
    polls = ["PM2.5", "PM10", "NO2 (µg/m³)", "O3"]
    C["ai001"] = lambda: RD.cells("PM10", lambda v, r: val(v) is not None and num(r["PM2.5"]) is not None
                                  and val(v) < num(r["PM2.5"]))
    C["ai002"] = lambda: RD.cells("NO2 (µg/m³)", lambda v, r: gt(num(v), no2_alert))
    C["ai003"] = lambda: rises(NO2, months, val)
    C["ai004"] = lambda: ST.cells("Calib. due", lambda v, r: d(v) and d(r["Last calib."]) and d(v) < d(r["Last calib."]))
    C["ai005"] = lambda: NO2.cells("Nov", lambda v, r: gt(num(v), num(r["Annual obj."])))
    C["ai006"] = lambda: ST.whole(lambda r: t(r["Type"]) == "roadside" and lt(num(r["Uptime %"]), 0.9))
    C["ai007"] = lambda: RD.whole(lambda r: gt(num(r["PM2.5"]), pm_limit) and lt(num(r["Wind (m/s)"]), 2))
    C["ai008"] = lambda: RD.whole(lambda r: gt(val(r["PM10"]), 50) or gt(num(r["NO2 (µg/m³)"]), 60))
    C["ai009"] = lambda: RD.whole(lambda r: lt(num(r["Data cap. %"]), 0.7) and blank(r["Flag"]))
    C["ai010"] = lambda: ST.whole(lambda r: t(r["Type"]) == "industrial" and d(r["Installed"]) is not None
                                  and d(r["Installed"]).year < 2015 and t(r["Owner"]) != "council")
    C["ai011"] = lambda: ST.cells("Calib. due", lambda v, r: between(days(v), 0, 30))
    C["ai012"] = lambda: ST.cells("Last calib.", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -12)).days, 0))
    C["ai013"] = lambda: RD.cells("Entered", lambda v, r: d(v) and d(r["Date"]) and gt((d(v) - d(r["Date"])).days, 3))
    C["ai014"] = lambda: ST.whole(lambda r: lt(days(r["Calib. due"]), 0))
    C["ai015"] = lambda: block_top(NO2, months, 3)
    C["ai016"] = lambda: col_max(PM10, months)
    C["ai017"] = lambda: RD.cells(polls, lambda v, r: gt(num(v), 65))
    C["ai018"] = lambda: row_ext(NO2, months)
    C["ai019"] = lambda: RD.cells(polls, lambda v, r: isinstance(v, str))
    pairs = Counter((d(r["Date"]) or r["Date"], t(r["Station"])) for r in RD.rows)
    C["ai020"] = lambda: RD.whole(lambda r: pairs[(d(r["Date"]) or r["Date"], t(r["Station"]))] > 1)
    C["ai021"] = lambda: ST.cells("Site ID", dup(ST, "Site ID", t))
    C["ai022"] = lambda: top(RD, "PM2.5", 5)
    C["ai023"] = lambda: RD.cells("NO2 (µg/m³)", lambda v, r: blank(v))
    C["ai024"] = lambda: ST.cells("Station", lambda v, r: "school" in t(v))
    C["ai025"] = lambda: RD.whole(lambda r: weekend(r["Date"]))

    # ---------------- canoe_hire
    HR, BT, WK = T("HR"), T("BT"), T("WK")
    rate = cell("canoe_hire.xlsx", "Hires", "Q2")
    types = ["Canoe", "Kayak", "Double", "SUP"]
    C["ai026"] = lambda: HR.whole(lambda r: mins(r["Back"]) is not None and mins(r["Back"]) > mins(r["Due back"]))
    C["ai027"] = lambda: HR.cells("Refunded ($)", lambda v, r: num(v) is not None and num(r["Deposit ($)"]) is not None
                                  and num(v) < num(r["Deposit ($)"]))
    C["ai028"] = lambda: WK.whole(lambda r: sum(num(r[x]) or 0 for x in types) < num(r["Last yr"]))
    C["ai029"] = lambda: BT.cells("Hrs (season)", lambda v, r: num(v) >= num(r["Service every (h)"]))
    C["ai030"] = lambda: HR.cells("Price ($)", lambda v, r: val(v) < num(r["Hrs booked"]) * rate)
    C["ai031"] = lambda: HR.whole(lambda r: t(r["Type"]) in ("kayak", "sup") and lt(num(r["Youngest"]), 12))
    C["ai032"] = lambda: HR.whole(lambda r: t(r["Type"]) == "double kayak" and val(r["ppl"]) == 1)
    C["ai033"] = lambda: BT.whole(lambda r: t(r["Condition"]) == "poor" or gt(num(r["Hrs (season)"]), 200))
    C["ai034"] = lambda: HR.whole(lambda r: gt(val(r["Price ($)"]), 70) and blank(r["Deposit ($)"]))
    C["ai035"] = lambda: WK.whole(lambda r: lt(num(r["Canoe"]), 500) and lt(num(r["Kayak"]), 500))
    C["ai036"] = lambda: BT.cells("Next service", lambda v, r: between(days(v), 0, 14))
    C["ai037"] = lambda: BT.cells("Bought", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -96)).days, 0))
    C["ai038"] = lambda: BT.whole(lambda r: lt(days(r["Next service"]), 0))
    C["ai039"] = lambda: HR.cells("Back", lambda v, r: gt(hours(r["Out"], v), 4.5))
    C["ai040"] = lambda: HR.whole(lambda r: between(days(r["Date"]), -30, 0))
    C["ai041"] = lambda: block_top(WK, types, 3)
    C["ai042"] = lambda: col_max(WK, types)
    C["ai043"] = lambda: WK.cells(types, lambda v, r: lt(num(v), 200))
    C["ai044"] = lambda: WK.whole(lambda r: any(blank(r[x]) for x in types))
    C["ai045"] = lambda: HR.cells("Hire #", dup(HR, "Hire #"))
    C["ai046"] = lambda: HR.cells("Customer", lambda v, r: not blank(v) and HR.count("Customer", t)[t(v)] == 1)
    C["ai047"] = lambda: top(HR, "Price ($)", 4)
    C["ai048"] = lambda: top(BT, "Hrs (season)", 4, largest=False)
    C["ai049"] = lambda: HR.cells("Back", lambda v, r: blank(v))
    C["ai050"] = lambda: HR.cells("Customer", lambda v, r: "scouts" in t(v))

    # ---------------- data_centre
    RK, TP, SV = T("RK"), T("TP"), T("SV")
    weeks = [f"Wk {w}" for w in range(41, 49)]
    max_inlet = cell("data_centre.xlsx", "Racks", "R2")
    feeds = ["PDU A (A)", "PDU B (A)"]
    C["ai051"] = lambda: RK.cells("Draw (kW)", lambda v, r: gt(num(v), num(r["Contract kW"])))
    C["ai052"] = lambda: RK.cells(feeds, lambda v, r: gt(abs(num(r[feeds[0]]) - num(r[feeds[1]])), 3))
    C["ai053"] = lambda: RK.cells("Inlet °C", lambda v, r: gt(num(v), max_inlet))
    C["ai054"] = lambda: {c for p, m in zip(weeks, weeks[1:]) for c in TP.cells(
        m, lambda v, r, p=p: num(v) is not None and num(r[p]) is not None and gt(num(v) - num(r[p]), 2))}
    C["ai055"] = lambda: RK.whole(lambda r: val(r["U used"]) > num(r["U total"]))
    C["ai056"] = lambda: RK.whole(lambda r: t(r["Tier"]) == "gold" and gt(num(r["Draw (kW)"]), 8))
    C["ai057"] = lambda: SV.whole(lambda r: gt(num(r["CPU %"]), 0.8) and num(r["RAM (GB)"]) <= 64)
    C["ai058"] = lambda: RK.whole(lambda r: blank(r["Customer"]) and (num(r["Draw (kW)"]) or 0) > 0)
    C["ai059"] = lambda: RK.whole(lambda r: t(r["Row"]) in ("b", "c") and gt(num(r["Inlet °C"]), 25))
    C["ai060"] = lambda: SV.whole(lambda r: t(r["owner team"]) != "platform" and lt(num(r["CPU %"]), 0.1))
    C["ai061"] = lambda: SV.cells("Warranty end", lambda v, r: lt(days(v), 0))
    C["ai062"] = lambda: SV.cells("Warranty end", lambda v, r: between(days(v), 0, 90))
    C["ai063"] = lambda: SV.cells("Hostname", lambda v, r: gt(-days(r["Last patched"]), 60))
    C["ai064"] = lambda: RK.cells("Contract end", lambda v, r: between(days(v), 0, (edate(BUILT, 6) - BUILT).days))
    C["ai065"] = lambda: TP.cells(weeks, lambda v, r: gt(num(v), 27))
    C["ai066"] = lambda: row_ext(TP, weeks)
    C["ai067"] = lambda: block_top(TP, weeks, 5)
    C["ai068"] = lambda: TP.whole(lambda r: all(lt(num(r[w]), 22) for w in weeks if num(r[w]) is not None))
    C["ai069"] = lambda: RK.cells(feeds, lambda v, r: gt(num(v), 16))
    C["ai070"] = lambda: SV.cells("Hostname", dup(SV, "Hostname", t))
    C["ai071"] = lambda: rows_of(RK, top(RK, "Draw (kW)", 3))
    C["ai072"] = lambda: top(SV, "CPU %", 5, largest=False)
    C["ai073"] = lambda: RK.cells("Draw (kW)", lambda v, r: blank(v))
    C["ai074"] = lambda: SV.cells("Hostname", lambda v, r: t(v).startswith("test"))
    C["ai075"] = lambda: TP.whole(lambda r: (r.r - 4) % 2 == 0)

    # ---------------- estate_agency
    LS, VW, SA, AP = T("LS"), T("VW"), T("SA"), T("AP")
    stale = cell("estate_agency.xlsx", "Listings", "R2")
    C["ai076"] = lambda: LS.cells("Best offer (£)", lambda v, r: num(v) is not None
                                  and lt(num(v) / val(r["Asking (£)"]), 0.95))
    C["ai077"] = lambda: LS.cells("Asking (£)", lambda v, r: val(v) - num(r["Valuation (£)"]) >= 40000)
    C["ai078"] = lambda: SA.cells("Nov", lambda v, r: num(v) < num(r["Target/mo"]))
    C["ai079"] = lambda: drops(SA, months)
    C["ai080"] = lambda: LS.whole(lambda r: num(r["Best offer (£)"]) is not None
                                  and num(r["Best offer (£)"]) > val(r["Asking (£)"]))
    C["ai081"] = lambda: LS.whole(lambda r: t(r["Status"]) == "available" and num(r["Viewings"]) < 3)
    C["ai082"] = lambda: LS.whole(lambda r: t(r["Type"]) in ("flat", "maisonette") and num(r["Beds"]) >= 3)
    C["ai083"] = lambda: VW.whole(lambda r: t(r["Agent"]) == "tom" and num(r["Score /5"]) is not None
                                  and num(r["Score /5"]) <= 2)
    C["ai084"] = lambda: LS.whole(lambda r: t(r["Area"]) == "northgate" and t(r["Status"]) == "available"
                                  and gt(val(r["Asking (£)"]), 400000))
    C["ai085"] = lambda: LS.whole(lambda r: t(r["Status"]) == "under offer" and blank(r["Offer date"]))
    C["ai086"] = lambda: LS.whole(lambda r: t(r["Status"]) == "available" and d(r["Listed"]) is not None
                                  and gt(-days(r["Listed"]), stale))
    C["ai087"] = lambda: LS.cells("Offer date", lambda v, r: d(v) and d(r["Listed"])
                                  and not gt((d(v) - d(r["Listed"])).days, 14))
    C["ai088"] = lambda: LS.cells("Completion", lambda v, r: between(days(v), 0, 30))
    C["ai089"] = lambda: VW.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["ai090"] = lambda: block_top(AP, months, 3)
    C["ai091"] = lambda: row_ext(AP, months, largest=False)
    C["ai092"] = lambda: SA.cells(months, lambda v, r: lt(num(v), 3))
    C["ai093"] = lambda: SA.whole(lambda r: gt(sum(num(r[m]) or 0 for m in months), 6 * num(r["Target/mo"])))
    C["ai094"] = lambda: VW.cells("Applicant", lambda v, r: not blank(v) and VW.count("Applicant", t)[t(v)] == 1)
    C["ai095"] = lambda: LS.cells("Ref", dup(LS, "Ref"))
    C["ai096"] = lambda: top(LS, "Asking (£)", 5)
    C["ai097"] = lambda: top(LS, "Valuation (£)", 3, largest=False)
    C["ai098"] = lambda: LS.whole(lambda r: blank(r["Negotiator"]))
    C["ai099"] = lambda: LS.cells("Address", lambda v, r: "high st" in t(v))
    C["ai100"] = lambda: VW.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 5)

    # ---------------- food_truck
    SL, SK, FW = T("SL"), T("SK"), T("FW")
    min_spend = cell("food_truck.xlsx", "Sales", "P2")
    fweeks = [f"Wk {w}" for w in range(44, 49)]
    money = ["Takings ($)", "Card ($)", "Cash ($)", "Costs ($)"]
    C["ai101"] = lambda: SL.whole(lambda r: val(r["Costs ($)"]) > val(r["Takings ($)"]))
    C["ai102"] = lambda: SL.cells("Takings ($)", lambda v, r: abs(num(r["Card ($)"]) + num(r["Cash ($)"]) - val(v)) > 0.001)
    C["ai103"] = lambda: SK.cells("On hand", lambda v, r: num(v) < num(r["Par level"]))
    C["ai104"] = lambda: FW.cells("Wk 48", lambda v, r: num(v) < num(r["Wk 47"]))
    C["ai105"] = lambda: SL.cells("Takings ($)", lambda v, r: num(r["Covers"]) is not None
                                  and lt(val(v) / num(r["Covers"]), min_spend))
    C["ai106"] = lambda: SL.whole(lambda r: t(r["Weather"]) == "rain" and gt(num(r["Covers"]), 100))
    C["ai107"] = lambda: SL.whole(lambda r: t(r["Pitch"]) in ("market sq", "uni campus") and lt(val(r["Takings ($)"]), 900))
    C["ai108"] = lambda: SK.whole(lambda r: t(r["Supplier"]) == "freshco" and gt(num(r["Unit cost ($)"]), 5))
    C["ai109"] = lambda: SL.whole(lambda r: num(r["Staff"]) == 1 and gt(num(r["Covers"]), 150))
    C["ai110"] = lambda: SK.whole(lambda r: num(r["On hand"]) == 0 and t(r["Supplier"]) != "cash & carry")
    C["ai111"] = lambda: SK.cells("USE BY", lambda v, r: lt(days(v), 0))
    C["ai112"] = lambda: SK.cells("USE BY", lambda v, r: between(days(v), 0, 3))
    C["ai113"] = lambda: SK.cells("USE BY", lambda v, r: d(v) and d(r["Received"]) and lt((d(v) - d(r["Received"])).days, 5))
    C["ai114"] = lambda: SL.cells("Close", lambda v, r: gt(hours(r["Open"], v), 8))
    C["ai115"] = lambda: block_top(FW, fweeks, 3)
    C["ai116"] = lambda: row_ext(FW, fweeks)
    C["ai117"] = lambda: FW.cells(fweeks, lambda v, r: num(v) < num(r["Target/wk"]))
    C["ai118"] = lambda: SL.cells(money, lambda v, r: isinstance(v, str))
    C["ai119"] = lambda: SL.cells("Date", dup(SL, "Date"))
    C["ai120"] = lambda: top(SL, "Takings ($)", 5)
    C["ai121"] = lambda: {f"A{int(c[1:])}" for c in top(FW, "Wk 48", 3, largest=False)}
    C["ai122"] = lambda: SL.cells("Covers", lambda v, r: blank(v))
    C["ai123"] = lambda: SK.cells("Item", lambda v, r: blank(r["USE BY"]))
    C["ai124"] = lambda: SK.cells("Allergens", lambda v, r: "gluten" in t(v))
    C["ai125"] = lambda: SL.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)

    # ---------------- holiday_camp
    CP, AC, OC = T("CP"), T("AC"), T("OC")
    per_night = cell("holiday_camp.xlsx", "Campers", "Q3")
    nights = ["Mon 21", "Tue 22", "Wed 23", "Thu 24", "Fri 25", "Sat 26"]
    paid = lambda r: num(r["Paid ($)"]) or 0
    C["ai126"] = lambda: CP.whole(lambda r: paid(r) < val(r["Fee ($)"]))
    C["ai127"] = lambda: AC.whole(lambda r: num(r["Booked"]) > num(r["Capacity"]))
    C["ai128"] = lambda: CP.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) > val(r["Fee ($)"]))
    C["ai129"] = lambda: CP.cells("Fee ($)", lambda v, r: val(v) < num(r["Nights"]) * per_night)
    C["ai130"] = lambda: AC.whole(lambda r: num(r["Booked"]) * num(r["Cost/head ($)"]) < num(r["Instr. fee ($)"]))
    C["ai131"] = lambda: CP.whole(lambda r: t(r["Allergies"]) not in ("", "none") and t(r["Medical form"]) == "no")
    C["ai132"] = lambda: CP.whole(lambda r: t(r["Group"]) == "seniors" and num(r["Nights"]) >= 5 and blank(r["Paid ($)"]))
    C["ai133"] = lambda: AC.whole(lambda r: t(r["Activity"]) in ("climbing", "archery") and blank(r["Instructor"]))
    C["ai134"] = lambda: CP.whole(lambda r: gt(val(r["Fee ($)"]), 400) and lt(paid(r), val(r["Fee ($)"]) / 2))
    C["ai135"] = lambda: AC.whole(lambda r: num(r["Min age"]) >= 10 and lt(num(r["Booked"]), 4))
    C["ai136"] = lambda: CP.cells("Child", lambda v, r: d(r["DOB"]) is not None and age(d(r["DOB"]), d(r["Start"])) < 7)

    def bday_in_stay(r):
        born, start = d(r["DOB"]), d(r["Start"])
        if born is None:
            return False
        b = dt.date(start.year, born.month, born.day)
        return between((b - start).days, 0, num(r["Nights"]))
    C["ai137"] = lambda: CP.whole(lambda r: blank(r["Paid ($)"]) and gt(-days(r["booked on"]), 14))
    C["ai138"] = lambda: CP.cells("Child", lambda v, r: bday_in_stay(r))
    C["ai139"] = lambda: CP.cells("booked on", lambda v, r: between(days(v), -7, 0))
    C["ai140"] = lambda: OC.cells(nights, lambda v, r: num(v) is not None and num(v) > num(r["Beds"]))
    C["ai141"] = lambda: OC.cells(nights, lambda v, r: blank(v))
    C["ai142"] = lambda: col_max(OC, nights)
    same_child = Counter((t(r["Child"]), d(r["DOB"]) or r["DOB"]) for r in CP.rows)
    C["ai143"] = lambda: CP.cells("Child", lambda v, r: same_child[(t(v), d(r["DOB"]) or r["DOB"])] > 1)
    C["ai144"] = lambda: CP.cells("Phone", dup(CP, "Phone"))
    C["ai145"] = lambda: {f"B{int(c[1:])}" for c in top(AC, "Booked", 3)}
    C["ai146"] = lambda: CP.cells("Medical form", lambda v, r: blank(v))
    C["ai147"] = lambda: CP.whole(lambda r: blank(r["Cabin"]))
    C["ai148"] = lambda: CP.cells("Allergies", lambda v, r: "nut" in t(v))
    C["ai149"] = lambda: AC.cells("Instructor", lambda v, r: t(v).endswith("(trainee)"))
    C["ai150"] = lambda: AC.cells("Day", lambda v, r: weekend(v))
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
