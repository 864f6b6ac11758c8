"""Recompute every request's cells in plain Python and compare with `cells` in requests.yaml.

Each check below is written from the request's MEANING (what the person asked for), not by
translating the expert formula: it reads the cell values with openpyxl and applies ordinary
Python logic. The conventions of the set are applied by meaning too: blank cells never match
a value test, dates typed as text are not dates, numbers stored as text count by their value
where the request is about a value, text matching is case-insensitive as in Excel, and
"Top N%" takes floor(N% of the count) with ties at the cut-off included.

    python crosscheck.py          # exit status 1 on any disagreement
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections import Counter
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 1)   # BUILT

_books: dict[str, object] = {}


def sheet(book: str, name: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][name]


# ----------------------------------------------------------------------------- value helpers
def blank(v) -> bool:
    return v is None or v == ""


def isnum(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def number(v):
    """The value as a number: real numbers, and numbers stored as text; else None."""
    if isnum(v):
        return v
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None


def date(v):
    """A real date (datetime cell); text that looks like a date is not a date."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return None


def low(v) -> str:
    return v.lower() if isinstance(v, str) else ""


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def cols(span: str) -> list[str]:
    a, b = span.split(":")
    return [get_column_letter(i) for i in range(column_index_from_string(a), column_index_from_string(b) + 1)]


class Row:
    def __init__(self, ws, r: int):
        self.ws, self.n = ws, r

    def __getitem__(self, col: str):
        return self.ws[f"{col}{self.n}"].value


# ----------------------------------------------------------------------------- selections
def where_rows(ws, r1: int, r2: int, span: str, pred) -> list[str]:
    """Every cell of `span` in the rows (r1..r2) where pred(row) holds."""
    out = []
    for r in range(r1, r2 + 1):
        if pred(Row(ws, r)):
            out += [f"{c}{r}" for c in cols(span)]
    return out


def where_cells(ws, r1: int, r2: int, span: str, pred) -> list[str]:
    """Each cell of `span` x rows r1..r2 where pred(value, row, col) holds."""
    out = []
    for r in range(r1, r2 + 1):
        row = Row(ws, r)
        for c in cols(span):
            if pred(row[c], row, c):
                out.append(f"{c}{r}")
    return out


def values(ws, col: str, r1: int, r2: int) -> list:
    return [ws[f"{col}{r}"].value for r in range(r1, r2 + 1)]


def nums(ws, col: str, r1: int, r2: int) -> list[float]:
    return [v for v in values(ws, col, r1, r2) if isnum(v)]


def top_n_cut(xs: list[float], n: int) -> float:
    return sorted(xs, reverse=True)[n - 1]


def bottom_n_cut(xs: list[float], n: int) -> float:
    return sorted(xs)[n - 1]


def top_pct(xs: list[float], pct: float):
    """Values in the top pct of xs (Excel count: floor), ties at the cut included."""
    k = math.floor(len(xs) * pct + 1e-9)
    return lambda v: isnum(v) and sum(x > v for x in xs) < k


def bottom_pct(xs: list[float], pct: float):
    k = math.floor(len(xs) * pct + 1e-9)
    return lambda v: isnum(v) and sum(x < v for x in xs) < k


CHECKS: dict[str, callable] = {}


def check(rid: str):
    def deco(f):
        CHECKS[rid] = f
        return f
    return deco


# ============================================================================= restaurant_orders
def orders():
    return sheet("restaurant_orders.xlsx", "Orders")


ORD = (2, 121)


@check("c001")
def _():
    return where_cells(orders(), *ORD, "H:H", lambda v, r, c: isnum(v) and v > 250)


@check("c002")
def _():
    return where_rows(orders(), *ORD, "A:M", lambda r: r["K"] == "Paid" and r["J"] < r["H"])


@check("c003")
def _():
    return where_cells(orders(), *ORD, "I:I", lambda v, r, c: isnum(v) and v < 0.12 * r["H"])


@check("c004")
def _():
    cut = top_n_cut(nums(orders(), "I", *ORD), 5)
    return where_cells(orders(), *ORD, "I:I", lambda v, r, c: isnum(v) and v >= cut)


@check("c005")
def _():
    xs = nums(orders(), "J", *ORD)
    avg = sum(xs) / len(xs)
    return where_cells(orders(), *ORD, "J:J", lambda v, r, c: isnum(v) and v < avg)


@check("c006")
def _():
    return where_rows(orders(), *ORD, "A:M", lambda r: r["L"] == "Cash" and r["J"] > 200)


@check("c007")
def _():
    return where_cells(orders(), *ORD, "M:M", lambda v, r, c: "allergy" in low(v))


@check("c008")
def _():
    return where_cells(orders(), *ORD, "D:D", lambda v, r, c: isinstance(v, str))


@check("c009")
def _():
    return where_rows(orders(), *ORD, "A:M", lambda r: r["K"] == "Voided")


@check("c010")
def _():
    n = Counter(values(orders(), "A", *ORD))
    return where_cells(orders(), *ORD, "A:A", lambda v, r, c: n[v] > 1)


@check("c011")
def _():
    return where_cells(orders(), *ORD, "E:E", lambda v, r, c: blank(v))


@check("c012")
def _():
    return where_cells(orders(), *ORD, "B:B", lambda v, r, c: date(v) and date(v).weekday() >= 5)


@check("c013")
def _():
    lo = TODAY - dt.timedelta(days=7)
    return where_cells(orders(), *ORD, "B:B", lambda v, r, c: date(v) and lo <= date(v) <= TODAY)


@check("c014")
def _():
    cut = TODAY - dt.timedelta(days=3)
    return where_rows(orders(), *ORD, "A:M", lambda r: r["K"] == "Open" and date(r["B"]) < cut)


@check("c015")
def _():
    return where_cells(orders(), *ORD, "H:J", lambda v, r, c: isnum(v) and v < 0)


@check("c016")
def _():
    return where_rows(orders(), *ORD, "A:M", lambda r: (r.n - ORD[0]) % 2 == 0)


@check("c017")
def _():
    return where_cells(orders(), *ORD, "F:G", lambda v, r, c: isnum(v) and v > 15)


def menu():
    return sheet("restaurant_orders.xlsx", "Menu")


@check("c018")
def _():
    return where_rows(menu(), 2, 29, "A:E", lambda r: isnum(r["E"]) and r["E"] / r["D"] > 0.35)


@check("c019")
def _():
    out = {low(v) for v in values(menu(), "G", 2, 40) if v}
    return where_cells(menu(), 2, 29, "B:B", lambda v, r, c: low(v) in out)


@check("c020")
def _():
    return where_rows(menu(), 2, 29, "A:E", lambda r: r["C"] == "Dessert")


@check("c021")
def _():
    return where_rows(menu(), 2, 29, "A:E", lambda r: blank(r["E"]))


# ============================================================================= shipping_log
def ship():
    return sheet("shipping_log.xlsx", "Shipments")


SHP = (5, 94)


@check("c022")
def _():
    def late(v, r, c):
        d, p = date(v), date(r["G"])
        return bool(d and p and (d - p).days >= 3)
    return where_cells(ship(), *SHP, "H:H", late)


@check("c023")
def _():
    return where_cells(ship(), *SHP, "I:I", lambda v, r, c: isnum(v) and v > 500)


@check("c024")
def _():
    cut = top_n_cut(nums(ship(), "J", *SHP), 10)
    return where_cells(ship(), *SHP, "J:J", lambda v, r, c: isnum(v) and v >= cut)


@check("c025")
def _():
    return where_rows(ship(), *SHP, "B:K", lambda r: r["C"] in ("FedEx", "UPS") and blank(r["H"]))


@check("c026")
def _():
    return where_cells(ship(), *SHP, "E:E", lambda v, r, c: low(v).endswith("tx"))


@check("c027")
def _():
    return where_cells(ship(), *SHP, "E:E", lambda v, r, c: isinstance(v, str) and v == v.lower())


@check("c028")
def _():
    hi = TODAY + dt.timedelta(days=7)
    return where_cells(ship(), *SHP, "G:G", lambda v, r, c: bool(date(v) and TODAY < date(v) <= hi))


@check("c029")
def _():
    return where_rows(ship(), *SHP, "B:K",
                      lambda r: blank(r["H"]) and bool(date(r["G"]) and date(r["G"]) <= TODAY))


@check("c030")
def _():
    return where_rows(ship(), *SHP, "B:K", lambda r: r["K"] in ("Delayed", "Exception"))


@check("c031")
def _():
    n = Counter(values(ship(), "B", *SHP))
    return where_cells(ship(), *SHP, "B:B", lambda v, r, c: n[v] > 1)


@check("c032")
def _():
    return where_rows(ship(), *SHP, "B:K", lambda r: blank(r["I"]) or blank(r["J"]))


@check("c033")
def _():
    return where_cells(ship(), *SHP, "F:F", lambda v, r, c: bool(date(v) and date(v).weekday() == 6))


@check("c034")
def _():
    return where_cells(ship(), *SHP, "F:H", lambda v, r, c: bool(date(v) and date(v) > TODAY))


@check("c035")
def _():
    n = Counter(low(v) for v in values(ship(), "E", *SHP))
    return where_cells(ship(), *SHP, "E:E", lambda v, r, c: n[low(v)] == 1)


@check("c036")
def _():
    return where_rows(ship(), *SHP, "B:K", lambda r: (r.n - SHP[0]) % 2 == 0)


def carriers():
    return sheet("shipping_log.xlsx", "Carriers")


@check("c037")
def _():
    hi = TODAY + dt.timedelta(days=60)
    return where_cells(carriers(), 2, 8, "G:G", lambda v, r, c: bool(date(v) and TODAY <= date(v) <= hi))


@check("c038")
def _():
    return where_cells(carriers(), 2, 8, "E:E", lambda v, r, c: isnum(v) and v < 0.9)


@check("c039")
def _():
    lo = min(nums(carriers(), "C", 2, 8))
    return where_cells(carriers(), 2, 8, "C:C", lambda v, r, c: v == lo)


@check("c040")
def _():
    return where_cells(carriers(), 2, 8, "H:H", lambda v, r, c: blank(v))


# ============================================================================= event_tickets
def tix():
    return sheet("event_tickets.xlsx", "Orders")


TIX = (2, 141)


@check("c041")
def _():
    banned = {low(v) for v in values(tix(), "O", 2, 50) if v}
    return where_rows(tix(), *TIX, "A:L", lambda r: low(r["E"]) in banned)


@check("c042")
def _():
    n = Counter(low(v) for v in values(tix(), "E", *TIX) if v)
    return where_cells(tix(), *TIX, "E:E", lambda v, r, c: not blank(v) and n[low(v)] > 1)


@check("c043")
def _():
    return where_cells(tix(), *TIX, "G:G", lambda v, r, c: number(v) is not None and number(v) >= 6)


@check("c044")
def _():
    sel = top_pct(nums(tix(), "J", *TIX), 0.10)
    return where_cells(tix(), *TIX, "J:J", lambda v, r, c: sel(v))


@check("c045")
def _():
    return where_rows(tix(), *TIX, "A:L", lambda r: r["F"] == "VIP" and r["K"] == "Reseller")


@check("c046")
def _():
    return where_cells(tix(), *TIX, "E:E", lambda v, r, c: low(v).endswith("@gmail.com"))


@check("c047")
def _():
    return where_rows(tix(), *TIX, "A:L", lambda r: r["L"] == "N")


@check("c048")
def _():
    return where_cells(tix(), *TIX, "C:C", lambda v, r, c: bool(
        date(v) and (date(v).year, date(v).month) == (TODAY.year, TODAY.month)))


@check("c049")
def _():
    return where_cells(tix(), *TIX, "C:C", lambda v, r, c: bool(date(v) and date(v).weekday() == 5))


@check("c050")
def _():
    return where_cells(tix(), *TIX, "E:E", lambda v, r, c: blank(v))


@check("c051")
def _():
    def off(v, r, c):
        expect = number(r["G"]) * r["H"] * (1 - r["I"])
        return abs(v - expect) > 1
    return where_cells(tix(), *TIX, "J:J", off)


@check("c052")
def _():
    return where_rows(tix(), *TIX, "A:L", lambda r: r["F"] == "GA" and r["I"] >= 0.5)


@check("c053")
def _():
    n = Counter(low(v) for v in values(tix(), "D", *TIX))
    return where_cells(tix(), *TIX, "D:D", lambda v, r, c: n[low(v)] >= 3)


@check("c054")
def _():
    return where_rows(tix(), *TIX, "A:L", lambda r: r.n % 2 == 0)


def events():
    return sheet("event_tickets.xlsx", "Events")


@check("c055")
def _():
    return where_rows(events(), 2, 13, "A:H", lambda r: isnum(r["F"]) and r["F"] > r["E"])


@check("c056")
def _():
    return where_cells(events(), 2, 13, "F:F", lambda v, r, c: isnum(v) and v < r["E"] / 2)


@check("c057")
def _():
    hi = TODAY + dt.timedelta(days=14)
    return where_cells(events(), 2, 13, "C:C", lambda v, r, c: bool(date(v) and TODAY <= date(v) <= hi))


@check("c058")
def _():
    return where_cells(events(), 2, 13, "B:B", lambda v, r, c: low(v).split(" ")[0] == "the")


@check("c059")
def _():
    hi = max(nums(events(), "E", 2, 13))
    return where_cells(events(), 2, 13, "E:E", lambda v, r, c: v == hi)


@check("c060")
def _():
    return where_rows(events(), 2, 13, "A:H", lambda r: r["H"] == "City Arts")


@check("c061")
def _():
    return where_cells(events(), 2, 13, "E:G", lambda v, r, c: isnum(v) and v < 100)


@check("c062")
def _():
    return where_cells(events(), 2, 13, "A:H", lambda v, r, c: blank(v))


# ============================================================================= support_tickets
def tk():
    return sheet("support_tickets.xlsx", "Tickets")


TK = (4, 133)
DONE = ("Resolved", "Closed")


@check("c063")
def _():
    return where_rows(tk(), *TK, "A:L", lambda r: r["D"] in ("P1", "P2") and r["H"] not in DONE)


@check("c064")
def _():
    cut = TODAY - dt.timedelta(days=7)
    return where_rows(tk(), *TK, "A:L", lambda r: blank(r["J"]) and date(r["I"]) <= cut)


@check("c065")
def _():
    return where_cells(tk(), *TK, "I:I", lambda v, r, c: date(v) == TODAY)


@check("c066")
def _():
    return where_cells(tk(), *TK, "J:J", lambda v, r, c: bool(date(v) and date(v) > date(r["I"])))


@check("c067")
def _():
    return where_cells(tk(), *TK, "J:J", lambda v, r, c: bool(date(v) and (date(v) - date(r["B"])).days <= 1))


@check("c068")
def _():
    return where_cells(tk(), *TK, "K:K", lambda v, r, c: isnum(v) and v > 24)


@check("c069")
def _():
    xs = nums(tk(), "L", *TK)
    avg = sum(xs) / len(xs)
    return where_cells(tk(), *TK, "L:L", lambda v, r, c: isnum(v) and v < avg)


@check("c070")
def _():
    return where_cells(tk(), *TK, "F:F", lambda v, r, c: "refund" in low(v))


@check("c071")
def _():
    return where_cells(tk(), *TK, "F:F", lambda v, r, c: low(v).startswith("password"))


@check("c072")
def _():
    return where_rows(tk(), *TK, "A:L", lambda r: r["H"] == "On hold")


@check("c073")
def _():
    n = Counter(values(tk(), "A", *TK))
    return where_cells(tk(), *TK, "A:A", lambda v, r, c: n[v] > 1)


@check("c074")
def _():
    return where_rows(tk(), *TK, "A:L", lambda r: blank(r["G"]))


@check("c075")
def _():
    return where_cells(tk(), *TK, "B:B", lambda v, r, c: date(v).weekday() >= 5)


@check("c076")
def _():
    return where_cells(tk(), *TK, "L:L", lambda v, r, c: blank(v) and r["H"] in DONE)


@check("c077")
def _():
    return where_rows(tk(), *TK, "A:L", lambda r: r["E"] == "Billing" and r["H"] in ("Pending", "On hold"))


@check("c078")
def _():
    n = Counter(low(v) for v in values(tk(), "C", *TK))
    return where_cells(tk(), *TK, "C:C", lambda v, r, c: n[low(v)] == 1)


@check("c079")
def _():
    return where_rows(tk(), *TK, "A:L", lambda r: r["H"] == "Closed")


@check("c080")
def _():
    ws = sheet("support_tickets.xlsx", "Agents")
    return where_cells(ws, 2, 7, "D:F", lambda v, r, c: isnum(v) and v < 10)


# ============================================================================= fleet_maintenance
def fleet():
    return sheet("fleet_maintenance.xlsx", "Fleet")


FL = (2, 46)


@check("c081")
def _():
    return where_rows(fleet(), *FL, "A:M", lambda r: number(r["F"]) - r["I"] >= r["H"])


@check("c082")
def _():
    return where_cells(fleet(), *FL, "F:F", lambda v, r, c: number(v) is not None and number(v) > 150000)


@check("c083")
def _():
    hi = TODAY + dt.timedelta(days=30)
    return where_cells(fleet(), *FL, "K:K", lambda v, r, c: bool(date(v) and TODAY <= date(v) <= hi))


@check("c084")
def _():
    return where_cells(fleet(), *FL, "K:K", lambda v, r, c: bool(date(v) and date(v) < TODAY))


@check("c085")
def _():
    return where_cells(fleet(), *FL, "J:J", lambda v, r, c: bool(date(v) and date(v) < TODAY))


@check("c086")
def _():
    cut = bottom_n_cut(nums(fleet(), "E", *FL), 5)
    return where_cells(fleet(), *FL, "E:E", lambda v, r, c: isnum(v) and v <= cut)


@check("c087")
def _():
    return where_cells(fleet(), *FL, "B:B", lambda v, r, c: low(v).startswith("a"))


@check("c088")
def _():
    n = Counter(low(v) for v in values(fleet(), "B", *FL))
    return where_cells(fleet(), *FL, "B:B", lambda v, r, c: n[low(v)] > 1)


@check("c089")
def _():
    return where_rows(fleet(), *FL, "A:M", lambda r: blank(r["L"]))


@check("c090")
def _():
    return where_rows(fleet(), *FL, "A:M", lambda r: r["M"] == "EV")


@check("c091")
def _():
    return where_rows(fleet(), *FL, "A:M", lambda r: r["M"] == "Diesel" and r["E"] < 2018)


def svc():
    return sheet("fleet_maintenance.xlsx", "Service Log")


SV = (3, 102)


@check("c092")
def _():
    return where_cells(svc(), *SV, "A:A", lambda v, r, c: date(v).weekday() >= 5)


@check("c093")
def _():
    return where_cells(svc(), *SV, "E:F", lambda v, r, c: isnum(v) and v > 800)


@check("c094")
def _():
    return where_cells(svc(), *SV, "J:J", lambda v, r, c: isnum(v) and v >= 5)


@check("c095")
def _():
    n = Counter(values(svc(), "H", *SV))
    return where_cells(svc(), *SV, "H:H", lambda v, r, c: n[v] > 1)


@check("c096")
def _():
    return where_rows(svc(), *SV, "A:J", lambda r: r["I"] == "N" and r["G"] > 1000 and r["J"] >= 3)


@check("c097")
def _():
    xs = nums(svc(), "G", *SV)
    avg = sum(xs) / len(xs)
    return where_cells(svc(), *SV, "G:G", lambda v, r, c: isnum(v) and v > avg)


@check("c098")
def _():
    return where_rows(svc(), *SV, "A:J", lambda r: r["I"] == "Y")


# ============================================================================= school_enrolment
def roster():
    return sheet("school_enrolment.xlsx", "Roster")


RO = (4, 113)
SCORES = "L:O"


@check("c099")
def _():
    return where_cells(roster(), *RO, SCORES, lambda v, r, c: isnum(v) and v < 50)


@check("c100")
def _():
    def best(v, r, c):
        xs = [r[k] for k in cols(SCORES) if isnum(r[k])]
        return isnum(v) and v == max(xs)
    return where_cells(roster(), *RO, SCORES, best)


@check("c101")
def _():
    return where_cells(roster(), *RO, "K:K", lambda v, r, c: v < r["J"])


@check("c102")
def _():
    return where_cells(roster(), *RO, "D:D", lambda v, r, c: bool(date(v) and add_months(date(v), 14 * 12) <= TODAY))


@check("c103")
def _():
    lo = TODAY - dt.timedelta(days=30)
    return where_cells(roster(), *RO, "G:G", lambda v, r, c: bool(date(v) and lo <= date(v) <= TODAY))


@check("c104")
def _():
    return where_rows(roster(), *RO, "A:O", lambda r: r["I"] == "Withdrawn")


@check("c105")
def _():
    return where_rows(roster(), *RO, "A:O", lambda r: r["I"] in ("Waitlist", "Pending"))


@check("c106")
def _():
    n = Counter(low(v) for v in values(roster(), "H", *RO) if v)
    return where_cells(roster(), *RO, "H:H", lambda v, r, c: not blank(v) and n[low(v)] > 1)


@check("c107")
def _():
    return where_rows(roster(), *RO, "A:O", lambda r: any(blank(r[k]) for k in cols(SCORES)))


@check("c108")
def _():
    return where_cells(roster(), *RO, "H:H", lambda v, r, c: "@westbrook.net" in low(v))


@check("c109")
def _():
    return where_cells(roster(), *RO, "E:E", lambda v, r, c: isinstance(v, str))


@check("c110")
def _():
    return where_rows(roster(), *RO, "A:O", lambda r: number(r["E"]) == 8 and r["J"] > 0 and r["K"] == 0)


@check("c111")
def _():
    cut = top_n_cut(nums(roster(), "L", *RO), 5)
    return where_cells(roster(), *RO, "L:L", lambda v, r, c: isnum(v) and v >= cut)


@check("c112")
def _():
    sel = bottom_pct(nums(roster(), "M", *RO), 0.10)
    return where_cells(roster(), *RO, "M:M", lambda v, r, c: sel(v))


@check("c113")
def _():
    return where_cells(roster(), *RO, "G:G", lambda v, r, c: bool(date(v) and date(v).weekday() == 1))


@check("c114")
def _():
    seen: Counter = Counter()

    def repeat(v, r, c):
        if blank(v):
            return False
        seen[low(v)] += 1
        return seen[low(v)] > 1
    return where_cells(roster(), *RO, "H:H", repeat)


@check("c115")
def _():
    return where_cells(roster(), *RO, SCORES, lambda v, r, c: isnum(v) and v >= 95)


def classes():
    return sheet("school_enrolment.xlsx", "Classes")


@check("c116")
def _():
    return where_rows(classes(), 2, 11, "A:G", lambda r: r["E"] > r["D"])


@check("c117")
def _():
    return where_cells(classes(), 2, 11, "F:F", lambda v, r, c: isnum(v) and v > 0)


# ============================================================================= web_analytics
def daily():
    return sheet("web_analytics.xlsx", "Daily")


DA = (2, 92)


@check("c118")
def _():
    return where_rows(daily(), *DA, "A:J", lambda r: date(r["A"]).weekday() >= 5)


@check("c119")
def _():
    return where_cells(daily(), *DA, "A:A", lambda v, r, c: date(v).weekday() == 0)


@check("c120")
def _():
    return where_cells(daily(), *DA, "G:G", lambda v, r, c: isnum(v) and v > 0.55)


@check("c121")
def _():
    cut = top_n_cut(nums(daily(), "J", *DA), 3)
    return where_cells(daily(), *DA, "J:J", lambda v, r, c: isnum(v) and v >= cut)


@check("c122")
def _():
    return where_rows(daily(), *DA, "A:J",
                      lambda r: date(r["A"]).weekday() < 5 and isnum(r["C"]) and r["C"] < 3000)


@check("c123")
def _():
    return where_cells(daily(), *DA, "I:I", lambda v, r, c: isnum(v) and isnum(r["C"]) and v / r["C"] > 0.015)


@check("c124")
def _():
    return where_rows(daily(), *DA, "A:J", lambda r: (date(r["A"]).year, date(r["A"]).month) == (2026, 11))


@check("c125")
def _():
    return where_rows(daily(), *DA, "A:J", lambda r: any(blank(r[k]) for k in cols("C:J")))


@check("c126")
def _():
    return where_cells(daily(), *DA, "H:H", lambda v, r, c: isnum(v) and v < 100)


def monthly():
    return sheet("web_analytics.xlsx", "Monthly")


@check("c127")
def _():
    def drop(v, r, c):
        prev = r[get_column_letter(column_index_from_string(c) - 1)]
        return isnum(v) and isnum(prev) and v < prev
    return where_cells(monthly(), 3, 10, "C:L", drop)


@check("c128")
def _():
    return where_cells(monthly(), 15, 22, "B:L", lambda v, r, c: isnum(v) and v < 0.01)


@check("c129")
def _():
    ws = monthly()
    return where_cells(ws, 3, 10, "B:L", lambda v, r, c: isnum(v) and v == max(nums(ws, c, 3, 10)))


@check("c130")
def _():
    # first channel row (Organic Search, row 3) shaded, then every other one
    return where_rows(monthly(), 3, 10, "A:L", lambda r: (r.n - 3) % 2 == 0)


def pages():
    return sheet("web_analytics.xlsx", "Pages")


@check("c131")
def _():
    return where_cells(pages(), 2, 41, "A:A", lambda v, r, c: low(v).startswith("/blog/"))


@check("c132")
def _():
    return where_cells(pages(), 2, 41, "A:A", lambda v, r, c: low(v).endswith(".pdf"))


@check("c133")
def _():
    return where_cells(pages(), 2, 41, "A:A", lambda v, r, c: "pricing" in low(v))


@check("c134")
def _():
    return where_cells(pages(), 2, 41, "F:F", lambda v, r, c: isnum(v) and v >= 0.6)


@check("c135")
def _():
    return where_cells(pages(), 2, 41, "B:C", lambda v, r, c: isnum(v) and v > 10000)


@check("c136")
def _():
    return where_rows(pages(), 2, 41, "A:F", lambda r: r["B"] > 5000 and r["F"] > 0.5)


# ============================================================================= payroll
def pay():
    return sheet("payroll.xlsx", "Pay Run")


PR = (5, 64)
HOURS = "F:J"


@check("c137")
def _():
    limit = pay()["B1"].value
    return where_cells(pay(), *PR, HOURS, lambda v, r, c: isnum(v) and v > limit)


@check("c138")
def _():
    floor_ = pay()["B2"].value
    return where_cells(pay(), *PR, "N:N", lambda v, r, c: isnum(v) and v < floor_)


@check("c139")
def _():
    return where_cells(pay(), *PR, HOURS, lambda v, r, c: isnum(v) and v == 0)


@check("c140")
def _():
    return where_cells(pay(), *PR, HOURS, lambda v, r, c: blank(v))


@check("c141")
def _():
    return where_cells(pay(), *PR, "N:N", lambda v, r, c: abs(v - (r["L"] - r["M"])) > 0.005)


@check("c142")
def _():
    return where_cells(pay(), *PR, "M:M", lambda v, r, c: v / r["L"] > 0.22)


@check("c143")
def _():
    cut = top_n_cut(nums(pay(), "L", *PR), 5)
    return where_cells(pay(), *PR, "L:L", lambda v, r, c: isnum(v) and v >= cut)


@check("c144")
def _():
    return where_rows(pay(), *PR, "A:P", lambda r: r["C"] == "Warehouse" and r["K"] > 10)


@check("c145")
def _():
    return where_cells(pay(), *PR, "B:B", lambda v, r, c: isinstance(v, str) and v.split()[-1] == "Abbott")


@check("c146")
def _():
    n = Counter(str(v) for v in values(pay(), "P", *PR))
    return where_cells(pay(), *PR, "P:P", lambda v, r, c: n[str(v)] > 1)


@check("c147")
def _():
    return where_rows(pay(), *PR, "A:P", lambda r: r["D"] == "Salary")


@check("c148")
def _():
    return where_rows(pay(), *PR, "A:P", lambda r: r["C"] == "Drivers")


@check("c149")
def _():
    return where_rows(pay(), *PR, "A:P", lambda r: (r.n - PR[0]) % 2 == 0)


@check("c150")
def _():
    return where_cells(pay(), *PR, "L:N", lambda v, r, c: isnum(v) and v < 0)


@check("c156")
def _():
    return where_cells(pay(), *PR, "E:E", lambda v, r, c: r["D"] == "Hourly" and number(v) > 30)


def ytd():
    return sheet("payroll.xlsx", "YTD")


YT = (2, 61)


@check("c151")
def _():
    return where_cells(ytd(), *YT, "C:C", lambda v, r, c: bool(date(v) and add_months(date(v), 60) <= TODAY))


@check("c152")
def _():
    return where_cells(ytd(), *YT, "D:D", lambda v, r, c: blank(v))


@check("c153")
def _():
    return where_cells(ytd(), *YT, "H:H", lambda v, r, c: isnum(v) and v < 0)


@check("c154")
def _():
    cut = add_months(TODAY, -24)
    return where_cells(ytd(), *YT, "D:D", lambda v, r, c: bool(date(v) and date(v) < cut))


@check("c155")
def _():
    sel = bottom_pct(nums(ytd(), "G", *YT), 0.10)
    return where_cells(ytd(), *YT, "G:G", lambda v, r, c: sel(v))


# ============================================================================= compare
def order(addr: str) -> tuple[int, int]:
    letters = addr.rstrip("0123456789")
    return int(addr[len(letters):]), column_index_from_string(letters)


def main() -> None:
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    assert data["built"] == TODAY, data["built"]
    bad = 0
    missing = [r["id"] for r in data["requests"] if r["id"] not in CHECKS]
    for r in data["requests"]:
        if r["id"] not in CHECKS:
            continue
        want = sorted(set(CHECKS[r["id"]]()), key=order)
        got = r.get("cells")
        if got is None:
            print(f"{r['id']}: no cells in requests.yaml (run render.py)")
            bad += 1
            continue
        if want != got:
            bad += 1
            extra = sorted(set(got) - set(want), key=order)
            lack = sorted(set(want) - set(got), key=order)
            print(f"{r['id']}: DISAGREE  rendered-only {extra[:8]}  python-only {lack[:8]}")
    n = len(data["requests"])
    if missing:
        print("no check for:", ", ".join(missing))
    print(f"{n - bad - len(missing)}/{n} requests agree")
    sys.exit(1 if bad or missing else 0)


if __name__ == "__main__":
    main()
