"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
Where the request itself says "or more" / "at least" / "or less" / "today or earlier", or
compares two cells, the check uses a plain comparison.

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
    "IN": ("olive_press.xlsx", "Intake", "B4:N48"),
    "GR": ("olive_press.xlsx", "Growers", "A1:H17"),
    "HOLD": ("olive_press.xlsx", "Growers", "J1:K4"),
    "TK": ("olive_press.xlsx", "Tanks", "A2:G12"),
    "BT": ("olive_press.xlsx", "Tanks", "A16:E24"),
    "LN": ("pawn_shop.xlsx", "Loans", "A5:M50"),
    "ST": ("pawn_shop.xlsx", "Stock", "B3:J31"),
    "WL": ("pawn_shop.xlsx", "Stock", "L3:M7"),
    "WK": ("pawn_shop.xlsx", "Weekly", "A2:F12"),
    "JB": ("roofing_jobs.xlsx", "Jobs", "A3:O46"),
    "CR": ("roofing_jobs.xlsx", "Crews", "A2:F14"),
    "CB": ("roofing_jobs.xlsx", "Crews", "A18:F24"),
    "MT": ("roofing_jobs.xlsx", "Materials", "A1:G21"),
    "DV": ("scuba_centre.xlsx", "Dives", "C4:P48"),
    "DR": ("scuba_centre.xlsx", "Divers", "A2:I26"),
    "KT": ("scuba_centre.xlsx", "Kit", "A3:I23"),
    "BK": ("tattoo_studio.xlsx", "Bookings", "A4:N45"),
    "AR": ("tattoo_studio.xlsx", "Artists", "B3:I10"),
    "INK": ("tattoo_studio.xlsx", "Artists", "K3:N15"),
    "OR": ("upholstery_workshop.xlsx", "Orders", "B5:O47"),
    "FB": ("upholstery_workshop.xlsx", "Fabric", "A2:G20"),
    "DC": ("upholstery_workshop.xlsx", "Fabric", "I2:J5"),
    "HR": ("upholstery_workshop.xlsx", "Hours", "A3:G10"),
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


def row_ext(tab, heads, fn=max):
    """Every cell equal to its row's highest (fn=max) or lowest (fn=min) number within `heads`."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = fn(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads
                if num(row[h]) is not None and num(row[h]) == m}
    return out


def rises(tab, heads, conv=num, test=lambda new, old: new > old):
    """Cells whose value passes `test` against the cell to their left (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and test(conv(v), conv(r[p])))
    return out


def age_on(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- olive_press
    IN, GR, TK, BT = T("IN"), T("GR"), T("TK"), T("BT")
    weeks = ["W44", "W45", "W46", "W47", "W48"]
    q4 = cell("olive_press.xlsx", "Intake", "Q4")          # EVOO max acidity 0.8%
    q5 = cell("olive_press.xlsx", "Intake", "Q5")          # min yield 13%
    C["ab001"] = lambda: IN.cells("Yield %", lambda v, r: lt(num(v), q5))
    C["ab002"] = lambda: IN.cells("Acidity %", lambda v, r: gt(num(v), q4))
    C["ab003"] = lambda: IN.cells("Paid (€)", lambda v, r: num(v) is not None and num(v) < num(r["Fee (€)"]))
    C["ab004"] = lambda: drops(TK, weeks, val)
    C["ab005"] = lambda: BT.cells("Nov", lambda v, r: num(v) < num(r["LY Nov"]))
    C["ab006"] = lambda: IN.whole(lambda r: t(r["Organic?"]) == "yes" and gt(val(r["Olives (kg)"]), 2000))
    C["ab007"] = lambda: IN.whole(lambda r: num(r["Yield %"]) is not None
                                  and (num(r["Acidity %"]) is not None and num(r["Acidity %"]) > 0.008
                                       or num(r["Yield %"]) < 0.13))
    C["ab008"] = lambda: IN.whole(lambda r: t(r["Variety"]) in ("frantoio", "leccino") and gt(num(r["Acidity %"]), 0.01))
    C["ab009"] = lambda: IN.whole(lambda r: d(r["Pressed"]) is not None and blank(r["Paid (€)"])
                                  and t(r["Organic?"]) != "yes")
    C["ab010"] = lambda: GR.whole(lambda r: t(r["Village"]) == "san rocco" and num(r["Delivered (kg)"]) > num(r["Quota (kg)"]))
    C["ab011"] = lambda: IN.whole(lambda r: d(r["Delivered"]) and d(r["Pressed"])
                                  and (d(r["Pressed"]) - d(r["Delivered"])).days >= 3)
    C["ab012"] = lambda: IN.cells("Delivered", lambda v, r: days(v) is not None and days(v) <= 0
                                  and not lt(days(v), -14))
    C["ab013"] = lambda: GR.cells("Member since", lambda v, r: d(v) is not None
                                  and lt((d(v) - edate(BUILT, -300)).days, 0))
    C["ab014"] = lambda: IN.cells("Delivered", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["ab015"] = lambda: TK.cells(weeks, lambda v, r: gt(val(v), 1000))
    C["ab016"] = lambda: col_max(TK, weeks)
    C["ab017"] = lambda: TK.cells(weeks, lambda v, r: gt(val(v), 0.75 * num(r["Capacity"])))
    C["ab018"] = lambda: block_top(BT, ["Sep", "Oct", "Nov"], 3)
    C["ab019"] = lambda: row_ext(TK, weeks, min)
    C["ab020"] = lambda: IN.cells("Ticket", dup(IN, "Ticket"))
    C["ab021"] = lambda: IN.cells("Grower", lambda v, r: not blank(v) and IN.count("Grower", t)[t(v)] >= 5)
    C["ab022"] = lambda: top(IN, "Olives (kg)", 5)
    C["ab023"] = lambda: top(IN, "Fee (€)", 3, largest=False)
    C["ab024"] = lambda: GR.cells("Phone", lambda v, r: blank(v))
    C["ab025"] = lambda: BT.whole(lambda r: "organic" in t(r["Product"]))

    # ---------------- pawn_shop
    LN, ST, WK = T("LN"), T("ST"), T("WK")
    wks = ["06-Nov", "13-Nov", "20-Nov", "27-Nov"]
    ltv = cell("pawn_shop.xlsx", "Loans", "P5")
    grace = cell("pawn_shop.xlsx", "Loans", "P6")
    watch = {t(r["Police watch list"]) for r in T("WL").rows if not blank(r["Police watch list"])}
    C["ab026"] = lambda: LN.cells("Loan Amt", lambda v, r: num(v) > ltv * val(r["Valuation ($)"]) + 1e-9)
    C["ab027"] = lambda: ST.cells("Sale price", lambda v, r: num(v) is not None and num(v) < num(r["Ask price"]))
    C["ab028"] = lambda: LN.whole(lambda r: d(r["Pledged"]) and d(r["Redeemed"])
                                  and (d(r["Redeemed"]) - d(r["Pledged"])).days <= 7)
    C["ab029"] = lambda: WK.cells(wks, lambda v, r: num(v) is not None and num(v) > num(r["Budget/wk"]))
    C["ab030"] = lambda: rises(WK, wks, num, lambda new, old: new - old >= 1000)
    C["ab031"] = lambda: ST.cells("Ask price", lambda v, r: gt(num(v), 2 * val(r["Cost ($)"])))
    C["ab032"] = lambda: LN.whole(lambda r: t(r["Status"]) == "active" and num(r["Renewals"]) == 2)
    C["ab033"] = lambda: LN.whole(lambda r: t(r["Category"]) in ("electronics", "tools")
                                  and num(r["Int. rate"]) >= 0.08 and gt(num(r["Loan Amt"]), 150))
    C["ab034"] = lambda: LN.whole(lambda r: blank(r["Redeemed"]) and t(r["Status"]) != "forfeited"
                                  and lt(days(r["Due date"]), 0))
    C["ab035"] = lambda: ST.whole(lambda r: blank(r["Sold on"]) and t(r["Cat."]) in ("jewellery", "watches")
                                  and gt(num(r["Ask price"]), 500))
    C["ab036"] = lambda: WK.whole(lambda r: all(num(r[w]) is not None and num(r[w]) < num(r["Budget/wk"])
                                                for w in ("20-Nov", "27-Nov")))
    C["ab037"] = lambda: LN.cells("Due date", lambda v, r: blank(r["Redeemed"]) and between(days(v), 0, 14))
    C["ab038"] = lambda: ST.cells("Listed", lambda v, r: blank(r["Sold on"]) and lt(days(v), -90))
    C["ab039"] = lambda: LN.cells("Due date", lambda v, r: blank(r["Redeemed"]) and days(v) is not None
                                  and -grace <= days(v) < 0)
    C["ab040"] = lambda: LN.whole(lambda r: blank(r["Redeemed"]) and d(r["Pledged"]) is not None
                                  and lt((d(r["Pledged"]) - edate(BUILT, -3)).days, 0))
    C["ab041"] = lambda: WK.cells(wks, lambda v, r: lt(num(v), 400))
    C["ab042"] = lambda: row_ext(WK, wks, min)
    C["ab043"] = lambda: block_top(WK, wks, 3)
    C["ab044"] = lambda: LN.cells(["Valuation ($)", "Loan Amt"], lambda v, r: gt(val(v), 1000))
    C["ab045"] = lambda: LN.cells("Ticket No", dup(LN, "Ticket No"))
    C["ab046"] = lambda: LN.cells("Customer", lambda v, r: not blank(v) and LN.count("Customer", t)[t(v)] >= 4)
    C["ab047"] = lambda: top(LN, "Loan Amt", 3)
    C["ab048"] = lambda: LN.whole(lambda r: blank(r["ID type"]))
    C["ab049"] = lambda: LN.cells("Item", lambda v, r: "gold" in t(v))
    C["ab050"] = lambda: LN.cells("Pledged", lambda v, r: d(v) is not None and d(v).weekday() == 5)

    # ---------------- roofing_jobs
    JB, CR, CB, MT = T("JB"), T("CR"), T("CB"), T("MT")
    crw = ["W/E 06-Nov", "W/E 13-Nov", "W/E 20-Nov", "W/E 27-Nov"]
    cbm = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    harness = cell("roofing_jobs.xlsx", "Jobs", "R3")
    margin = cell("roofing_jobs.xlsx", "Jobs", "R4")
    C["ab051"] = lambda: JB.whole(lambda r: num(r["Actual cost £"]) is not None and num(r["Actual cost £"]) > num(r["Quote £"]))
    C["ab052"] = lambda: JB.cells("Actual cost £", lambda v, r: num(v) is not None
                                  and lt((num(r["Quote £"]) - num(v)) / num(r["Quote £"]), margin))
    C["ab053"] = lambda: JB.cells("Pitch (°)", lambda v, r: num(v) is not None and num(v) > harness)
    C["ab054"] = lambda: CR.cells("W/E 27-Nov", lambda v, r: num(v) is not None and num(v) > num(r["Contract hrs"]))
    C["ab055"] = lambda: rises(CB, cbm)
    C["ab056"] = lambda: JB.whole(lambda r: t(r["Roof type"]) in ("slate", "clay tile") and gt(val(r["Area m2"]), 80))
    C["ab057"] = lambda: JB.whole(lambda r: t(r["Scaffold?"]) == "n" and gt(val(r["Area m2"]), 50)
                                  and not t(r["Roof type"]).startswith("flat"))
    C["ab058"] = lambda: JB.whole(lambda r: t(r["Town"]) in ("windermere", "ambleside")
                                  and num(r["Rain days"]) is not None and num(r["Rain days"]) >= 2)
    C["ab059"] = lambda: MT.whole(lambda r: val(r["In stock"]) < num(r["Reorder lvl"])
                                  and t(r["Supplier"]) in ("sig roofing", "travis perkins"))
    C["ab060"] = lambda: JB.whole(lambda r: blank(r["Accepted"]) and gt(num(r["Quote £"]), 5000))
    C["ab061"] = lambda: JB.cells("Start", lambda v, r: between(days(v), 0, 14))
    C["ab062"] = lambda: JB.cells("Accepted", lambda v, r: d(v) and d(r["Quoted on"])
                                  and gt((d(v) - d(r["Quoted on"])).days, 21))
    C["ab063"] = lambda: JB.whole(lambda r: d(r["Start"]) and d(r["Finish"])
                                  and gt((d(r["Finish"]) - d(r["Start"])).days, 7))
    C["ab064"] = lambda: JB.cells("Quoted on", lambda v, r: blank(r["Accepted"]) and d(v) is not None
                                  and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["ab065"] = lambda: CR.cells(crw, lambda v, r: lt(num(v), 20))
    C["ab066"] = lambda: col_max(CR, crw)
    C["ab067"] = lambda: CB.cells(cbm, lambda v, r: num(v) is not None and num(v) >= 3)
    C["ab068"] = lambda: CR.whole(lambda r: gt(sum(num(r[w]) or 0 for w in crw), 4 * num(r["Contract hrs"]) * 1.1))
    C["ab069"] = lambda: JB.cells("Job ref", dup(JB, "Job ref"))
    C["ab070"] = lambda: JB.cells("Client", lambda v, r: not blank(v) and JB.count("Client", t)[t(v)] == 1)
    C["ab071"] = lambda: top(JB, "Quote £", 4)
    C["ab072"] = lambda: top(JB, "Actual cost £", 3, largest=False)
    C["ab073"] = lambda: CR.cells(crw, lambda v, r: blank(v))
    C["ab074"] = lambda: JB.cells("Roof type", lambda v, r: t(v).startswith("flat"))
    C["ab075"] = lambda: MT.whole(lambda r: (r.r - 2) % 2 == 0)

    # ---------------- scuba_centre
    DV, DR, KT = T("DV"), T("DR"), T("KT")
    kmo = ["Sep", "Oct", "Nov"]
    min_bar = cell("scuba_centre.xlsx", "Dives", "S4")
    ow_lim = cell("scuba_centre.xlsx", "Dives", "S5")
    C["ab076"] = lambda: DV.cells("Max depth (m)", lambda v, r: gt(val(v) - num(r["Planned (m)"]), 3))
    C["ab077"] = lambda: DV.cells("End bar", lambda v, r: num(v) is not None and num(v) < min_bar)
    C["ab078"] = lambda: DV.whole(lambda r: num(r["End bar"]) is not None
                                  and num(r["Start bar"]) - num(r["End bar"]) >= 160)
    C["ab079"] = lambda: KT.cells("Nov", lambda v, r: val(v) is not None and val(r["Oct"]) is not None
                                  and val(v) < val(r["Oct"]))
    C["ab080"] = lambda: DR.cells("Last dive", lambda v, r: d(v) and d(r["Medical exp."]) and d(v) > d(r["Medical exp."]))
    C["ab081"] = lambda: DV.whole(lambda r: t(r["Cert"]) == "ow" and gt(val(r["Max depth (m)"]), ow_lim))
    C["ab082"] = lambda: DV.whole(lambda r: t(r["Gas"]).startswith("eanx") and gt(val(r["Max depth (m)"]), 30))
    C["ab083"] = lambda: DV.whole(lambda r: t(r["Guide"]) in ("tom", "marco")
                                  and (blank(r["End bar"]) or num(r["End bar"]) < 50))
    C["ab084"] = lambda: DR.whole(lambda r: t(r["Cert level"]) in ("aow", "rescue") and lt(days(r["Insurance to"]), 0))
    C["ab085"] = lambda: KT.whole(lambda r: t(r["Type"]) in ("bcd", "reg") and t(r["Cond."]) != "good")
    C["ab086"] = lambda: DR.cells("Medical exp.", lambda v, r: between(days(v), 0, 30))
    C["ab087"] = lambda: DR.whole(lambda r: d(r["DOB"]) is not None and age_on(d(r["DOB"]), BUILT) < 18)
    C["ab088"] = lambda: KT.cells("Last service", lambda v, r: lt((edate(d(v), int(num(r["Svc every (mo)"]))) - BUILT).days, 0))
    C["ab089"] = lambda: DR.cells("Last dive", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -12)).days, 0))
    C["ab090"] = lambda: KT.cells(kmo, lambda v, r: gt(val(v), 15))
    C["ab091"] = lambda: col_max(KT, kmo)
    C["ab092"] = lambda: DV.cells(["Max depth (m)", "Planned (m)"], lambda v, r: gt(val(v), 33))
    C["ab093"] = lambda: KT.cells(kmo, lambda v, r: not blank(v) and val(v) == 0)
    C["ab094"] = lambda: DR.cells("Name", dup(DR, "Name"))
    C["ab095"] = lambda: top(DV, "Bottom time (min)", 3)
    C["ab096"] = lambda: top(DR, "Dives logged", 5)
    C["ab097"] = lambda: DR.cells("Email", lambda v, r: blank(v))
    C["ab098"] = lambda: DV.whole(lambda r: blank(r["End bar"]))
    C["ab099"] = lambda: DV.cells("Site", lambda v, r: "wreck" in t(v))
    C["ab100"] = lambda: DV.whole(lambda r: weekend(r["Date"]))

    # ---------------- tattoo_studio
    BK, AR, INK = T("BK"), T("AR"), T("INK")
    mon = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    rate = cell("tattoo_studio.xlsx", "Bookings", "Q4")
    min_dep = cell("tattoo_studio.xlsx", "Bookings", "Q5")
    C["ab101"] = lambda: BK.cells("Actual hrs", lambda v, r: num(v) is not None and num(v) > num(r["Est. hrs"]))
    C["ab102"] = lambda: BK.cells("Deposit ($)", lambda v, r: num(v) < min_dep * val(r["Quote ($)"]) - 1e-9)
    C["ab103"] = lambda: BK.cells("Actual hrs", lambda v, r: num(v) is not None and num(v) * rate > val(r["Quote ($)"]))
    C["ab104"] = lambda: AR.cells(mon, lambda v, r: val(v) is not None and val(v) < num(r["Target / mo"]))
    C["ab105"] = lambda: rises(AR, mon, val, lambda new, old: lt(new / old, 0.8))
    C["ab106"] = lambda: BK.whole(lambda r: t(r["Style"]) in ("realism", "blackwork") and t(r["Placement"]) in ("hand", "neck"))
    C["ab107"] = lambda: BK.whole(lambda r: days(r["Appt date"]) is not None and days(r["Appt date"]) >= 0
                                  and t(r["Consent"]) != "signed")
    C["ab108"] = lambda: BK.whole(lambda r: t(r["Artist"]) == "lou (guest)"
                                  and (num(r["Est. hrs"]) >= 4 or val(r["Quote ($)"]) >= 550))
    C["ab109"] = lambda: BK.whole(lambda r: t(r["Artist"]) in ("kenji", "mara") and num(r["Actual hrs"]) is not None
                                  and blank(r["Touch-up by"]))
    C["ab110"] = lambda: INK.whole(lambda r: num(r["Bottles"]) < num(r["Min qty"]) and not t(r["Ink"]).startswith("black"))
    C["ab111"] = lambda: INK.cells("Expiry", lambda v, r: days(v) is not None and lt(days(v), 60))
    C["ab112"] = lambda: BK.whole(lambda r: d(r["DOB"]) and d(r["Appt date"]) and age_on(d(r["DOB"]), d(r["Appt date"])) < 18)
    C["ab113"] = lambda: BK.cells("Touch-up by", lambda v, r: days(v) is not None and days(v) >= 0
                                  and not gt(days(v), 14))
    C["ab114"] = lambda: BK.whole(lambda r: blank(r["Touch-up by"]) and lt(days(r["Appt date"]), -42))
    C["ab115"] = lambda: AR.cells(mon, lambda v, r: gt(val(v), 10000))
    C["ab116"] = lambda: row_ext(AR, mon, max)
    C["ab117"] = lambda: block_top(AR, mon, 5)
    C["ab118"] = lambda: BK.cells(["Est. hrs", "Actual hrs"], lambda v, r: num(v) is not None and num(v) >= 6)
    C["ab119"] = lambda: BK.cells("Bkg #", dup(BK, "Bkg #"))
    C["ab120"] = lambda: BK.cells("Client name", lambda v, r: not blank(v) and BK.count("Client name", t)[t(v)] == 1)
    C["ab121"] = lambda: top(BK, "Quote ($)", 2)
    C["ab122"] = lambda: BK.whole(lambda r: blank(r["Artist"]))
    C["ab123"] = lambda: BK.cells("Consent", lambda v, r: blank(v))
    C["ab124"] = lambda: BK.cells("Placement", lambda v, r: "arm" in t(v))
    C["ab125"] = lambda: BK.cells("Appt date", lambda v, r: d(v) is not None and d(v).weekday() == 6)

    # ---------------- upholstery_workshop
    OR, FB, HR = T("OR"), T("FB"), T("HR")
    hwk = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    dep_rate = cell("upholstery_workshop.xlsx", "Orders", "R5")
    max_days = cell("upholstery_workshop.xlsx", "Orders", "R6")
    disc = {t(r["Discontinued"]) for r in T("DC").rows if not blank(r["Discontinued"])}
    C["ab126"] = lambda: OR.cells("Metres held", lambda v, r: val(r["Metres req."]) is not None and val(v) < val(r["Metres req."]))
    C["ab127"] = lambda: OR.cells("Deposit (£)", lambda v, r: num(v) is not None and num(v) < dep_rate * num(r["Quote (£)"]) - 1e-9)
    C["ab128"] = lambda: FB.cells("m on roll", lambda v, r: val(v) < num(r["Reorder at"]))
    C["ab129"] = lambda: HR.cells("Wk 48", lambda v, r: num(v) is not None and num(v) > num(r["Contract"]))
    C["ab130"] = lambda: rises(HR, hwk, num, lambda new, old: new - old >= 10)
    C["ab131"] = lambda: OR.whole(lambda r: t(r["Upholsterer"]) == "ifan" and blank(r["Collected"]) and lt(days(r["Promised"]), 0))
    C["ab132"] = lambda: OR.whole(lambda r: t(r["Fabric code"]).startswith("vel") and gt(val(r["Metres req."]), 8))
    C["ab133"] = lambda: OR.whole(lambda r: t(r["Foam?"]) == "y" and t(r["Status"]) in ("waiting fabric", "stripping"))
    C["ab134"] = lambda: OR.whole(lambda r: blank(r["Deposit (£)"]) and gt(num(r["Quote (£)"]), 850))
    C["ab135"] = lambda: FB.whole(lambda r: gt(num(r["£/m"]), 50) and val(r["m on roll"]) < num(r["Reorder at"])
                                  and t(r["Code"]) not in disc)
    C["ab136"] = lambda: OR.whole(lambda r: blank(r["Collected"]) and days(r["Received"]) is not None
                                  and gt(-days(r["Received"]), max_days))
    C["ab137"] = lambda: OR.cells("Promised", lambda v, r: between(days(v), 0, 7))
    C["ab138"] = lambda: OR.cells("Promised", lambda v, r: d(v) and d(r["Received"]) and gt((d(v) - d(r["Received"])).days, 49))
    C["ab139"] = lambda: FB.cells("Last ordered", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -6)).days, 0))
    C["ab140"] = lambda: HR.cells(hwk, lambda v, r: num(v) is not None and num(v) >= 40)
    C["ab141"] = lambda: col_max(HR, hwk)
    C["ab142"] = lambda: HR.cells(hwk, lambda v, r: not blank(v) and num(v) == 0)
    C["ab143"] = lambda: OR.cells(["Metres req.", "Metres held"], lambda v, r: val(v) is not None and val(v) >= 15)
    C["ab144"] = lambda: OR.cells("Job no.", dup(OR, "Job no."))
    C["ab145"] = lambda: top(OR, "Quote (£)", 3)
    C["ab146"] = lambda: top(FB, "£/m", 1)
    C["ab147"] = lambda: OR.whole(lambda r: blank(r["Upholsterer"]))
    C["ab148"] = lambda: OR.cells("Piece", lambda v, r: "chair" in t(v))
    C["ab149"] = lambda: OR.cells("Customer", lambda v, r: "hotel" in t(v) or "inn" in t(v))
    C["ab150"] = lambda: OR.whole(lambda r: (r.r - 6) % 3 == 0)
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
