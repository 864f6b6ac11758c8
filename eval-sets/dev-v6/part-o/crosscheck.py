"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v2 part E's crosscheck.py (the helpers; the checks are this set's own).

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
    "OR": ("laundry_orders.xlsx", "Orders", "A4:L46"),
    "PK": ("laundry_orders.xlsx", "Pickups", "A1:J27"),
    "BX": ("archive_digitisation.xlsx", "Boxes", "B4:M48"),
    "FR": ("archive_digitisation.xlsx", "Boxes", "O4:P12"),
    "MN": ("archive_digitisation.xlsx", "Monthly", "A3:H17"),
    "SC": ("hackathon_judging.xlsx", "Scores", "A4:M40"),
    "TM": ("hackathon_judging.xlsx", "Teams", "A1:F37"),
    "WD": ("hackathon_judging.xlsx", "Teams", "H1:I5"),
    "AC": ("seed_bank.xlsx", "Accessions", "A4:N44"),
    "GM": ("seed_bank.xlsx", "Germination", "A2:F32"),
    "RQ": ("seed_bank.xlsx", "Requests", "A1:E27"),
    "WA": ("seed_bank.xlsx", "Requests", "H1:I5"),
    "DY": ("quarry_output.xlsx", "Daily", "A4:M50"),
    "SA": ("quarry_output.xlsx", "Monthly", "A2:H14"),
    "STK": ("quarry_output.xlsx", "Monthly", "A18:H30"),
    "MV": ("harbour_pilotage.xlsx", "Movements", "A5:N47"),
    "PL": ("harbour_pilotage.xlsx", "Pilots", "A1:H15"),
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
def checks() -> dict:
    C = {}
    # ---------------- laundry_orders
    OR, PK = T("OR"), T("PK")
    max_load = cell("laundry_orders.xlsx", "Orders", "O2")
    C["o001"] = lambda: OR.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < val(r["Price ($)"]))
    C["o002"] = lambda: OR.whole(lambda r: d(r["Collected"]) and d(r["Promised"])
                                 and gt((d(r["Collected"]) - d(r["Promised"])).days, 3))
    C["o003"] = lambda: OR.cells("Wt (kg)", lambda v, r: gt(val(v), max_load))
    C["o004"] = lambda: PK.whole(lambda r: val(r["Stops"]) is not None and val(r["Bags"]) is not None
                                 and val(r["Bags"]) < val(r["Stops"]))
    C["o005"] = lambda: OR.whole(lambda r: t(r["Rush?"]) == "y" and blank(r["Collected"]))
    C["o006"] = lambda: OR.whole(lambda r: t(r["Service"]) in ("dry clean", "alterations") and gt(val(r["Price ($)"]), 40))
    C["o007"] = lambda: PK.whole(lambda r: t(r["Van"]) in ("v2", "v3") and gt(num(r["Km"]), 100))
    C["o008"] = lambda: OR.whole(lambda r: t(r["Status"]) == "ready" and blank(r["Paid ($)"]))
    C["o009"] = lambda: PK.whole(lambda r: any(blank(r[h]) for h in ("Stops", "Bags", "Km")))
    C["o010"] = lambda: OR.cells(["Wt (kg)", "Price ($)", "Paid ($)"], lambda v, r: isinstance(v, str))
    C["o011"] = lambda: OR.cells("Promised", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Collected"]))
    C["o012"] = lambda: OR.cells("Drop time", lambda v, r: gt(mins(v), 18 * 60))
    C["o013"] = lambda: OR.cells("Drop-off", lambda v, r: between(days(v), -7, 0))
    C["o014"] = lambda: PK.whole(lambda r: mins(r["Depart"]) is not None and mins(r["Return"]) is not None
                                 and gt(mins(r["Return"]) - mins(r["Depart"]), 6 * 60))
    C["o015"] = lambda: PK.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 5)
    C["o016"] = lambda: OR.whole(lambda r: (r.r - 5) % 3 == 0)
    C["o017"] = lambda: OR.whole(lambda r: blank(r["Customer"]))
    C["o018"] = lambda: OR.cells("Collected", lambda v, r: blank(v) and not blank(r["Paid ($)"]))
    C["o019"] = lambda: OR.cells("Customer", lambda v, r: isinstance(v, str) and v.endswith(" "))
    C["o020"] = lambda: OR.cells("Paid ($)", lambda v, r: lt(num(v), 0))
    C["o021"] = lambda: OR.cells("Order #", dup(OR, "Order #"))
    C["o022"] = lambda: OR.cells("Customer", lambda v, r: not blank(v) and any(
        t(x["Customer"]) == t(v) for x in OR.rows if x.r < r.r))
    C["o023"] = lambda: top(OR, "Price ($)", 3)
    C["o024"] = lambda: PK.cells("Km", lambda v, r: lt(num(v), mean(PK.values("Km"))))
    C["o025"] = lambda: OR.whole(lambda r: t(r["Status"]) == "ready")

    # ---------------- archive_digitisation
    BX, MN = T("BX"), T("MN")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    fragile = {t(r["Fragile boxes"]) for r in T("FR").rows if not blank(r["Fragile boxes"])}
    C["o026"] = lambda: BX.cells("Scanned", lambda v, r: d(r["Finished"]) and val(v) is not None
                                 and lt(val(v) / num(r["Pages (est.)"]), 0.9))
    C["o027"] = lambda: BX.cells("Finished", lambda v, r: d(v) and d(r["Deadline"]) and d(v) > d(r["Deadline"]))
    C["o028"] = lambda: drops(MN, months, val)
    C["o029"] = lambda: MN.cells("Nov", lambda v, r: lt(num(v), num(r["Tgt / mo"])))
    C["o030"] = lambda: BX.whole(lambda r: t(r["Format"]) in ("maps", "photos") and lt(num(r["QC %"]), 0.95))
    C["o031"] = lambda: BX.whole(lambda r: t(r["Operator"]) in ("tom", "bea") and blank(r["Finished"]))
    C["o032"] = lambda: BX.whole(lambda r: blank(r["Finished"]) and lt(days(r["Deadline"]), 0))
    C["o033"] = lambda: MN.whole(lambda r: any(blank(r[m]) for m in months))
    C["o034"] = lambda: block_top(MN, months, 5)
    C["o035"] = lambda: col_max(MN, months)
    C["o036"] = lambda: MN.whole(lambda r: gt(sum(val(r[m]) or 0 for m in months), 20000))
    C["o037"] = lambda: BX.cells("Deadline", lambda v, r: blank(r["Finished"]) and between(days(v), 0, 14))
    C["o038"] = lambda: BX.whole(lambda r: blank(r["Finished"]) and lt(days(r["Start"]), -60))
    C["o039"] = lambda: BX.cells("Finished", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 11))
    C["o040"] = lambda: BX.cells("Deadline", lambda v, r: d(v) and d(r["Start"])
                                 and gt((d(v) - edate(d(r["Start"]), 3)).days, 0))
    C["o041"] = lambda: BX.cells("Start", lambda v, r: weekend(v))
    C["o042"] = lambda: BX.cells("Operator", lambda v, r: blank(v))
    C["o043"] = lambda: BX.whole(lambda r: blank(r["QC %"]) and not blank(r["Finished"]))
    C["o044"] = lambda: BX.cells("Notes", lambda v, r: "mould" in t(v))
    C["o045"] = lambda: BX.whole(lambda r: t(r["Box ID"]).startswith("par"))
    C["o046"] = lambda: BX.cells("Box ID", dup(BX, "Box ID"))
    C["o047"] = lambda: BX.whole(lambda r: t(r["Box ID"]) in fragile)
    C["o048"] = lambda: top(BX, "QC %", 3, largest=False)
    C["o049"] = lambda: BX.cells("Pages (est.)", lambda v, r: gt(num(v), mean(BX.values("Pages (est.)"))))
    C["o050"] = lambda: BX.cells("Scanned", lambda v, r: gt(val(v), 2000))

    # ---------------- hackathon_judging
    SC, TM = T("SC"), T("TM")
    judges = ["J1 (Ana)", "J2 (Bo)", "J3 (Cyd)", "J4 (Dev)", "J5 (Eli)"]
    deadline = mins(cell("hackathon_judging.xlsx", "Scores", "Q1"))
    min_avg = cell("hackathon_judging.xlsx", "Scores", "Q2")
    withdrawn = {t(r["Withdrawn / DQ"]) for r in T("WD").rows if not blank(r["Withdrawn / DQ"])}
    C["o051"] = lambda: SC.cells("Submitted", lambda v, r: gt(mins(v), deadline))
    C["o052"] = lambda: SC.cells(judges[:2], lambda v, r: val(r[judges[0]]) is not None and val(r[judges[1]]) is not None
                                 and abs(val(r[judges[0]]) - val(r[judges[1]])) >= 3)
    C["o053"] = lambda: SC.whole(lambda r: lt(num(r["Avg"]), min_avg))
    C["o054"] = lambda: SC.cells(judges[4], lambda v, r: val(v) is not None and val(r[judges[3]]) is not None
                                 and val(v) - val(r[judges[3]]) >= 3)
    C["o055"] = lambda: SC.whole(lambda r: t(r["Track"]) == "climate" and (num(r["Avg"]) or 0) >= 7)
    C["o056"] = lambda: SC.whole(lambda r: t(r["Demo?"]) == "no" or blank(r["Repo"]) or t(r["Repo"]) == "n/a")
    C["o057"] = lambda: SC.whole(lambda r: t(r["Track"]) == "health" and gt(val(r["Members"]), 4)
                                 and t(r["Demo?"]) == "yes")
    C["o058"] = lambda: SC.cells(judges, lambda v, r: num(v) is not None and num(v) <= 3)
    C["o059"] = lambda: SC.whole(lambda r: any(blank(r[j]) for j in judges))
    C["o060"] = lambda: col_max(SC, judges)
    C["o061"] = lambda: SC.whole(lambda r: all(val(r[j]) is not None and val(r[j]) >= 7 for j in judges))
    C["o062"] = lambda: SC.whole(lambda r: gt(sum(val(r[j]) or 0 for j in judges), 35))
    C["o063"] = lambda: SC.cells("Submitted", lambda v, r: mins(v) is not None and 13 * 60 + 30 <= mins(v) <= 14 * 60)
    C["o064"] = lambda: TM.cells("Registered", lambda v, r: between(days(v), -14, 0))
    C["o065"] = lambda: TM.cells("Registered", lambda v, r: weekend(v))
    C["o066"] = lambda: SC.whole(lambda r: blank(r["Submitted"]))
    C["o067"] = lambda: TM.cells("Email", lambda v, r: blank(v))
    C["o068"] = lambda: SC.cells("Repo", lambda v, r: "gitlab" in t(v))
    C["o069"] = lambda: SC.cells(judges, lambda v, r: isinstance(v, str))
    C["o070"] = lambda: SC.cells("Team", dup(SC, "Team"))
    C["o071"] = lambda: SC.whole(lambda r: t(r["Team"]) in withdrawn)
    C["o072"] = lambda: rows_of(SC, top(SC, "Total", 3))
    C["o073"] = lambda: top(SC, "Avg", 5, largest=False)
    C["o074"] = lambda: SC.cells("Total", lambda v, r: gt(num(v), mean(SC.values("Total"))))
    C["o075"] = lambda: SC.cells("Avg", lambda v, r: num(v) is not None and num(v) >= 8.5)

    # ---------------- seed_bank
    AC, GM, RQ = T("AC"), T("GM"), T("RQ")
    trials = ["Trial 1", "Trial 2", "Trial 3", "Trial 4"]
    gone = {t(r["Withdrawn acc."]) for r in T("WA").rows if not blank(r["Withdrawn acc."])}
    C["o076"] = lambda: AC.cells("Pkts", lambda v, r: num(v) is not None and num(v) < num(r["Min pkts"]))
    C["o077"] = lambda: GM.cells("Trial 4", lambda v, r: num(v) is not None and gt(num(r["Baseline"]) - num(v), 0.25))
    C["o078"] = lambda: AC.cells("Retest due", lambda v, r: d(v) and d(r["Last test"]) and d(v) < d(r["Last test"]))
    C["o079"] = lambda: drops(GM, trials)
    C["o080"] = lambda: AC.whole(lambda r: t(r["Family"]) == "fabaceae" and lt(num(r["Viab. %"]), 0.5))
    C["o081"] = lambda: AC.whole(lambda r: t(r["Store"]) == "vault" and num(r["Temp (°C)"]) is not None
                                 and num(r["Temp (°C)"]) > -20)
    C["o082"] = lambda: AC.whole(lambda r: t(r["Store"]) != "vault" and gt(val(r["Seeds (n)"]), 3000))
    C["o083"] = lambda: AC.whole(lambda r: t(r["Origin"]) in ("uk", "ireland") and d(r["Collected"]) is not None
                                 and d(r["Collected"]) < dt.date(2015, 1, 1))
    C["o084"] = lambda: GM.cells(trials, lambda v, r: lt(num(v), 0.45))
    C["o085"] = lambda: GM.cells("Acc. No", lambda v, r: any(blank(r[x]) for x in trials))
    C["o086"] = lambda: GM.whole(lambda r: lt(mean(num(r[x]) for x in trials if num(r[x]) is not None), 0.6))
    C["o087"] = lambda: AC.cells("Retest due", lambda v, r: between(days(v), 0, 30))
    C["o088"] = lambda: AC.whole(lambda r: lt(days(r["Retest due"]), 0))
    C["o089"] = lambda: AC.cells("Last test", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -60)).days, 0))
    C["o090"] = lambda: RQ.whole(lambda r: (r.r - 2) % 2 == 0)
    C["o091"] = lambda: AC.cells("Viab. %", lambda v, r: blank(v))
    C["o092"] = lambda: RQ.whole(lambda r: blank(r["Sent"]))
    C["o093"] = lambda: AC.cells("Species", lambda v, r: "vulgaris" in t(v))
    C["o094"] = lambda: AC.cells("Common name", lambda v, r: t(v).startswith("wild"))
    C["o095"] = lambda: AC.cells("Temp (°C)", lambda v, r: lt(num(v), 0))
    C["o096"] = lambda: AC.cells("Acc. No", dup(AC, "Acc. No"))
    C["o097"] = lambda: RQ.whole(lambda r: t(r["Acc. No"]) in gone)
    C["o098"] = lambda: top(AC, "Seeds (n)", 5)
    C["o099"] = lambda: top(AC, "Viab. %", 3, largest=False)
    C["o100"] = lambda: AC.cells("Viab. %", lambda v, r: num(v) is not None and num(v) >= 0.9)

    # ---------------- quarry_output
    DY, SA, STK = T("DY"), T("SA"), T("STK")
    pairs = Counter((d(r["Date"]) or r["Date"], t(r["Pit"])) for r in DY.rows)
    sold = {t(r["Product"]) for r in SA.rows}
    C["o101"] = lambda: DY.whole(lambda r: num(r["Tgt (t)"]) is not None and val(r["Tonnes"]) is not None
                                 and lt(val(r["Tonnes"]) / num(r["Tgt (t)"]), 0.9))
    C["o102"] = lambda: SA.cells("Nov", lambda v, r: num(v) is not None and num(r["LY Nov"]) is not None
                                 and gt(num(v) / num(r["LY Nov"]), 1.1))
    C["o103"] = lambda: drops(SA, months)
    C["o104"] = lambda: STK.cells("Nov", lambda v, r: lt(num(v), num(r["Min stock"])))
    C["o105"] = lambda: DY.cells("Fuel (L)", lambda v, r: num(v) is not None and val(r["Tonnes"]) is not None
                                 and gt(num(v) / val(r["Tonnes"]), 2))
    C["o106"] = lambda: DY.whole(lambda r: t(r["Pit"]) == "north" and val(r["Tonnes"]) is not None
                                 and lt(val(r["Tonnes"]), num(r["Tgt (t)"])))
    C["o107"] = lambda: DY.whole(lambda r: t(r["Foreman"]) == "m. doyle" and gt(mins(r["Downtime"]), 60))
    C["o108"] = lambda: DY.whole(lambda r: t(r["Pit"]) != "north" and lt(num(r["Loads"]), 33))
    C["o109"] = lambda: SA.cells(months, lambda v, r: lt(num(v), 400))
    C["o110"] = lambda: STK.whole(lambda r: gt(sum(num(r[m]) or 0 for m in months), 25000))
    C["o111"] = lambda: block_top(SA, months, 3)
    C["o112"] = lambda: col_max(STK, months)
    C["o113"] = lambda: DY.cells("Start", lambda v, r: mins(v) is not None and mins(v) < 6 * 60)
    C["o114"] = lambda: DY.cells("Stop", lambda v, r: mins(v) is not None and mins(r["Start"]) is not None
                                 and gt(mins(v) - mins(r["Start"]), 11 * 60))
    C["o115"] = lambda: DY.whole(lambda r: weekend(r["Date"]))
    C["o116"] = lambda: DY.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 0)
    C["o117"] = lambda: STK.whole(lambda r: (r.r - 19) % 2 == 0)
    C["o118"] = lambda: DY.whole(lambda r: blank(r["Tonnes"]))
    C["o119"] = lambda: SA.cells(months, lambda v, r: blank(v))
    C["o120"] = lambda: DY.cells("Tonnes", lambda v, r: lt(num(v), 0))
    C["o121"] = lambda: DY.whole(lambda r: pairs[(d(r["Date"]) or r["Date"], t(r["Pit"]))] > 1)
    C["o122"] = lambda: STK.cells("Product", lambda v, r: t(v) not in sold)
    C["o123"] = lambda: top(DY, "Tonnes", 5)
    C["o124"] = lambda: DY.cells("Downtime", lambda v, r: gt(mins(v), mean(DY.values("Downtime", mins))))
    C["o125"] = lambda: DY.cells("Fuel (L)", lambda v, r: gt(num(v), 3000))

    # ---------------- harbour_pilotage
    MV, PL = T("MV"), T("PL")
    max_draught = cell("harbour_pilotage.xlsx", "Movements", "C2")
    C["o126"] = lambda: MV.cells("Draught (m)", lambda v, r: gt(val(v), max_draught))
    C["o127"] = lambda: MV.cells("POB", lambda v, r: mins(v) is not None and mins(r["ETA"]) is not None
                                 and gt(mins(v) - mins(r["ETA"]), 30))
    C["o128"] = lambda: PL.whole(lambda r: gt(num(r["Hrs (Nov)"]), num(r["Max hrs"])))
    C["o129"] = lambda: PL.cells("Hrs (Nov)", lambda v, r: num(v) is not None and num(v) <= num(r["Max hrs"])
                                 and lt(num(r["Max hrs"]) - num(v), 10))
    C["o130"] = lambda: MV.whole(lambda r: t(r["Type"]) == "tanker" and gt(val(r["Draught (m)"]), 8.5))
    C["o131"] = lambda: MV.whole(lambda r: t(r["Type"]) in ("container", "cruise") and not blank(r["POB"])
                                 and blank(r["Inv. paid"]))
    C["o132"] = lambda: MV.whole(lambda r: (t(r["Mvmt"]) == "departure" and num(r["Tugs"]) == 3)
                                 or (t(r["Mvmt"]) == "shift" and num(r["Tugs"]) == 0))
    C["o133"] = lambda: PL.cells(["Licence exp.", "Medical due"], lambda v, r: lt(days(v), 0))
    C["o134"] = lambda: MV.cells(["LOA (m)", "Draught (m)"], lambda v, r: isinstance(v, str))
    C["o135"] = lambda: PL.cells("Licence exp.", lambda v, r: between(days(v), 0, 60))
    C["o136"] = lambda: PL.cells("Medical due", lambda v, r: between(days(v), 0, (edate(BUILT, 3) - BUILT).days))
    C["o137"] = lambda: MV.whole(lambda r: between(days(r["Date"]), -7, 0))
    C["o138"] = lambda: MV.cells("ETA", lambda v, r: mins(v) is not None and (mins(v) >= 22 * 60 or mins(v) <= 6 * 60))
    C["o139"] = lambda: PL.cells("Pilot", lambda v, r: lt(days(r["Last job"]), -30))
    C["o140"] = lambda: MV.cells("Date", lambda v, r: d(v) is not None and d(v).weekday() == 6)
    C["o141"] = lambda: MV.whole(lambda r: (r.r - 6) % 2 == 0)
    C["o142"] = lambda: MV.cells("Inv. paid", lambda v, r: blank(v) and not blank(r["POB"]))
    C["o143"] = lambda: MV.whole(lambda r: blank(r["POB"]))
    C["o144"] = lambda: MV.cells("Vessel", lambda v, r: t(v).startswith("msc"))
    C["o145"] = lambda: MV.cells("Fee ($)", lambda v, r: lt(num(v), 0))
    C["o146"] = lambda: MV.cells("Job #", dup(MV, "Job #"))
    C["o147"] = lambda: MV.cells("Vessel", lambda v, r: MV.count("Vessel", t)[t(v)] == 1)
    C["o148"] = lambda: top(MV, "Fee ($)", 5)
    C["o149"] = lambda: MV.cells("LOA (m)", lambda v, r: gt(num(v), 300))
    C["o150"] = lambda: MV.whole(lambda r: t(r["Mvmt"]) == "shift")
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
