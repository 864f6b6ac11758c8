"""Recompute every request's cells in plain Python from the request's MEANING and compare them
with the `cells` that render.py wrote (LibreOffice's evaluation of the expert rule).

Nothing here evaluates a formula: each request has its own small Python predicate written from
its text, over the workbook's stored values (openpyxl, data_only). Conventions, shared with the
expert rules (see README): blanks are never "a value"; dates typed as text are not dates; numbers
stored as text count as numbers where the request is about their value; text comparisons are
case-insensitive, as in Excel.

    python crosscheck.py          # exit 1 on any disagreement
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
TODAY = BUILT
_books: dict = {}


def sheet(book: str, name: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / f"{book}.xlsx", data_only=True)
    return _books[book][name]


# ---------------------------------------------------------------- value helpers
def blank(v) -> bool:
    return v is None or (isinstance(v, str) and v == "")


def isnum(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and not isinstance(v, dt.datetime)


def num(v):
    """A number, or a number stored as text (plain or with thousands commas); else None."""
    if isnum(v):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip().replace(",", ""))
        except ValueError:
            return None
    return None


def date(v):
    """A real date (datetime cell); dates typed as text are NOT dates (README)."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return None


def tod(v):
    """A time of day as minutes since midnight."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute
    if isinstance(v, dt.datetime):
        return v.hour * 60 + v.minute
    return None


def low(v) -> str:
    return "" if v is None else str(v).lower()


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, d.day)


class Row:
    def __init__(self, ws, r: int):
        self.ws, self.r = ws, r

    def __getitem__(self, col: str):
        return self.ws.cell(self.r, column_index_from_string(col)).value


def rows(book, name, rng, pred):
    """All cells of every data row (of rng) where pred(Row) holds."""
    ws = sheet(book, name)
    c1, r1, c2, r2 = range_boundaries(rng)
    out = set()
    for r in range(r1, r2 + 1):
        if pred(Row(ws, r)):
            out |= {f"{get_column_letter(c)}{r}" for c in range(c1, c2 + 1)}
    return out


def cells(book, name, rng, pred):
    """Cells of rng where pred(value, Row) holds."""
    ws = sheet(book, name)
    c1, r1, c2, r2 = range_boundaries(rng)
    out = set()
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if pred(ws.cell(r, c).value, Row(ws, r)):
                out.add(f"{get_column_letter(c)}{r}")
    return out


def column(book, name, rng):
    ws = sheet(book, name)
    c1, r1, c2, r2 = range_boundaries(rng)
    return [ws.cell(r, c).value for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def nth_largest(values, n):
    return sorted(values, reverse=True)[n - 1]


def nth_smallest(values, n):
    return sorted(values)[n - 1]


# ---------------------------------------------------------------- per-request meaning
F, B, C, S, M, T, G, P = ("film_festival", "bike_repairs", "crew_roster", "solar_output",
                          "museum_loans", "tutoring_sessions", "community_garden",
                          "pharmacy_stock")
SUB, SCR = "Submissions", "Screenings"
WS, MEC = "Workshop", "Mechanics"
ROS, LIC = "Dec Roster", "Licences"
GEN, CON = "Generation 2026", "Contacts"
LO, LI = "Loans Out", "Loans In"
SES, STU = "Sessions", "Students"
PL, INS = "Plots", "Inspections"
ST, ORD = "Stock", "Orders"


def weekend(v) -> bool:
    d = date(v)
    return d is not None and d.weekday() >= 5


def film_checks():
    j = [v for v in column(F, SUB, "J5:J50") if isnum(v)]
    f_sold = [v for v in column(F, SCR, "F4:F35")]
    focus = {low(v) for v in column(F, SUB, "O7:O10")}
    limit = sheet(F, SUB)["P4"].value
    return {
        "h001": lambda: cells(F, SUB, "F5:F50", lambda v, r: isnum(v) and v > 120),
        "h002": lambda: rows(F, SUB, "B5:M50", lambda r: low(r["G"]) in ("short", "student short")
                             and r["F"] > limit),
        "h003": lambda: dupes(F, SUB, "B5:B50"),
        "h004": lambda: rows(F, SUB, "B5:M50", lambda r: blank(r["M"])),
        "h005": lambda: cells(F, SUB, "C5:C50", lambda v, r: "tide" in low(v)),
        "h006": lambda: cells(F, SUB, "J5:J50", lambda v, r: isnum(v) and v >= nth_largest(j, 5)),
        "h007": lambda: rows(F, SUB, "B5:M50", lambda r: isnum(r["J"]) and isnum(r["K"])
                             and abs(r["J"] - r["K"]) >= 4),
        "h008": lambda: rows(F, SUB, "B5:M50", lambda r: low(r["L"]) == "withdrawn"),
        "h009": lambda: cells(F, SUB, "H5:H50", lambda v, r: date(v) is not None
                              and TODAY - dt.timedelta(30) <= date(v) <= TODAY),
        "h010": lambda: rows(F, SUB, "B5:M50", lambda r: low(r["L"]) == "rejected"),
        "h011": lambda: cells(F, SUB, "H5:H50", lambda v, r: weekend(v)),
        "h012": lambda: cells(F, SUB, "F5:F50", lambda v, r: isnum(v) and 80 <= v <= 100),
        "h013": lambda: rows(F, SUB, "B5:M50", lambda r: low(r["L"]) in ("accepted", "shortlisted")
                             and low(r["E"]) in focus),
        "h014": lambda: cells(F, SUB, "E5:E50", lambda v, r: isinstance(v, str) and v != v.strip()),
        "h015": lambda: cells(F, SUB, "I5:I50", lambda v, r: isnum(v) and v == 0),
        "h016": lambda: cells(F, SUB, "K5:K50", lambda v, r: isnum(v) and isnum(r["J"]) and v > r["J"]),
        "h017": lambda: rows(F, SCR, "A4:G35", lambda r: r["F"] >= r["E"]),
        "h018": lambda: cells(F, SCR, "F4:F35", lambda v, r: v <= nth_smallest(f_sold, 3)),
        "h019": lambda: rows(F, SCR, "A4:G35", lambda r: weekend(r["A"])),
        "h020": lambda: cells(F, SCR, "G4:G35", lambda v, r: blank(v)),
    }


def dupes(book, name, rng, key=lambda v: low(v)):
    vals = [key(v) for v in column(book, name, rng) if not blank(v)]
    return cells(book, name, rng, lambda v, r: not blank(v) and vals.count(key(v)) > 1)


def uniques(book, name, rng, key=lambda v: low(v)):
    vals = [key(v) for v in column(book, name, rng) if not blank(v)]
    return cells(book, name, rng, lambda v, r: not blank(v) and vals.count(key(v)) == 1)


def bike_checks():
    rate = sheet(B, WS)["P3"].value
    parts = [v for v in column(B, WS, "I4:I48") if isnum(v)]  # biggest bills: the numbers
    quotes = column(B, WS, "K4:K48")
    avg_q = sum(quotes) / len(quotes)
    names = [low(v) for v in column(B, WS, "B4:B48")]
    return {
        "h021": lambda: rows(B, WS, "A4:M48", lambda r: low(r["M"]) == "waiting parts"),
        "h022": lambda: rows(B, WS, "A4:M48", lambda r: date(r["G"]) is not None
                             and date(r["G"]) < TODAY and blank(r["H"])),
        "h023": lambda: cells(B, WS, "M4:M48", lambda v, r: low(v).strip() == "ready"),
        "h024": lambda: dupes(B, WS, "A4:A48"),
        "h025": lambda: cells(B, WS, "B4:B48", lambda v, r: blank(r["C"])),
        "h026": lambda: rows(B, WS, "A4:M48", lambda r: blank(r["L"])),
        "h027": lambda: cells(B, WS, "K4:K48", lambda v, r: num(r["I"]) is not None and v < num(r["I"])),
        "h028": lambda: rows(B, WS, "A4:M48", lambda r: r["K"] < num(r["I"]) + r["J"] * rate),
        "h029": lambda: cells(B, WS, "F4:F48", lambda v, r: date(v) is not None
                              and TODAY - dt.timedelta(7) <= date(v) <= TODAY),
        "h030": lambda: cells(B, WS, "F4:F48", lambda v, r: date(v) is not None and date(v).weekday() == 6),
        "h031": lambda: cells(B, WS, "J4:J48", lambda v, r: v >= 3),
        "h032": lambda: cells(B, WS, "K4:K48", lambda v, r: 100 <= v <= 200),
        "h033": lambda: cells(B, WS, "I4:I48", lambda v, r: num(v) is not None
                              and num(v) >= nth_largest(parts, 3)),
        "h034": lambda: cells(B, WS, "K4:K48", lambda v, r: v > avg_q),
        "h035": lambda: rows(B, WS, "A4:M48", lambda r: (r.r - 4) % 2 == 1),
        "h036": lambda: rows(B, WS, "A4:M48", lambda r: low(r["D"]) == "e-bike"
                             and low(r["M"]) in ("in progress", "waiting parts")),
        "h037": lambda: cells(B, WS, "B4:B48", lambda v, r: isinstance(v, str) and len(v) > 3
                              and v[0].isalpha() and v[1:3] == ". "),
        "h038": lambda: {a for a in cells(B, MEC, "B6:E31", lambda v, r: isnum(v))
                          if sheet(B, MEC)[a].value > sheet(B, MEC)[a[0] + "3"].value},
        "h039": lambda: cells(B, MEC, "B6:E31", lambda v, r: isnum(v) and 35 <= v <= 39),
        "h040": lambda: cells(B, WS, "B4:B48", lambda v, r: names.count(low(v)) == 1),
    }


def crew_checks():
    ws = sheet(C, ROS)
    fdp, min_rest = ws["O4"].value, ws["O5"].value
    block = [v for v in column(C, ROS, "I5:I54") if isnum(v)]
    rest = [v for v in column(C, ROS, "K5:K54") if isnum(v)]
    return {
        "h041": lambda: cells(C, ROS, "J5:J54", lambda v, r: isnum(v) and v > fdp),
        "h042": lambda: rows(C, ROS, "A5:L54", lambda r: isnum(r["K"]) and r["K"] < min_rest),
        "h043": lambda: cells(C, ROS, "E5:E54", lambda v, r: TODAY < date(v) <= TODAY + dt.timedelta(7)),
        "h044": lambda: cells(C, LIC, "D4:D29", lambda v, r: date(v) is not None
                              and date(v) <= TODAY + dt.timedelta(60)),
        "h045": lambda: cells(C, LIC, "E4:E29", lambda v, r: date(v) is not None
                              and (date(v).year, date(v).month) == (2027, 1)),
        "h046": lambda: dupes(C, LIC, "B4:B29", key=lambda v: low(v).strip()),
        "h047": lambda: rows(C, ROS, "A5:L54", lambda r: weekend(r["E"])),
        "h048": lambda: cells(C, ROS, "E5:E54", lambda v, r: date(v).weekday() == 0),
        "h049": lambda: cells(C, ROS, "H5:H54", lambda v, r: "jfk" in low(v)),
        "h050": lambda: cells(C, ROS, "C5:C54", lambda v, r: isinstance(v, str) and v == v.lower()),
        "h051": lambda: rows(C, ROS, "A5:L54", lambda r: low(r["L"]) == "y"),
        "h052": lambda: cells(C, ROS, "F5:F54", lambda v, r: 5 * 60 <= tod(v) <= 8 * 60),
        "h053": lambda: rows(C, ROS, "A5:L54", lambda r: low(r["C"]) == "cpt" and isnum(r["I"]) and r["I"] > 8),
        "h054": lambda: rows(C, ROS, "A5:L54", lambda r: low(r["C"]) in ("sccm", "csd")
                             and isnum(r["I"]) and r["I"] > 5),
        "h055": lambda: cells(C, ROS, "J5:J54", lambda v, r: isnum(v) and 9 <= v <= 11),
        "h056": lambda: cells(C, ROS, "I5:I54", lambda v, r: isnum(v) and v >= nth_largest(block, 3)),
        "h057": lambda: cells(C, ROS, "K5:K54", lambda v, r: isnum(v) and v <= nth_smallest(rest, 5)),
        "h058": lambda: rows(C, ROS, "A5:L54", lambda r: isnum(r["I"]) and round(r["J"] - r["I"], 6) > 3),
        "h059": lambda: rows(C, LIC, "A4:F29", lambda r: blank(r["D"]) or blank(r["E"])),
        "h060": lambda: cells(C, LIC, "F4:F29", lambda v, r: isinstance(v, str)),
    }


def solar_checks():
    months = "EFGHIJKLMNO"
    kwp = column(S, GEN, "C4:C33")
    june = [num(v) for v in column(S, GEN, "J4:J33") if num(v) is not None]
    return {
        "h061": lambda: cells(S, GEN, "E4:O33", lambda v, r: blank(v)),
        "h062": lambda: cells(S, GEN, "K4:K33", lambda v, r: num(v) is not None and num(v) > 20000),
        "h063": lambda: cells(S, GEN, "A4:A33", lambda v, r: num(r["J"]) is not None
                              and num(r["K"]) is not None and num(r["J"]) > num(r["K"])),
        "h064": lambda: rows(S, GEN, "A4:P33", lambda r: sum(num(r[m]) or 0 for m in months) > r["P"]),
        "h065": lambda: cells(S, GEN, "C4:C33", lambda v, r: v >= nth_largest(kwp, 4)),
        "h066": lambda: cells(S, GEN, "J4:J33", lambda v, r: num(v) is not None
                              and num(v) <= nth_smallest(june, 5)),
        "h067": lambda: cells(S, GEN, "D4:D33", lambda v, r: date(v) is not None
                              and 2018 <= date(v).year <= 2020),
        "h068": lambda: cells(S, GEN, "D4:D33", lambda v, r: date(v) is not None
                              and date(v) >= add_months(TODAY, -24)),
        "h069": lambda: cells(S, CON, "C4:C29", lambda v, r: "@gmail." in low(v)),
        "h070": lambda: rows(S, CON, "A4:D29", lambda r: low(r["B"]) == "school trust"),
        "h071": lambda: rows(S, GEN, "A39:F66", lambda r: blank(r["E"])),
        "h072": lambda: rows(S, GEN, "A39:F66", lambda r: date(r["E"]) is not None
                             and (date(r["E"]) - date(r["B"])).days > 5),
        "h073": lambda: cells(S, GEN, "B39:B66", lambda v, r: weekend(v)),
        "h074": lambda: dupes(S, GEN, "A39:A66"),
        "h075": lambda: cells(S, GEN, "C39:C66", lambda v, r: low(v).startswith("w")),
        "h076": lambda: cells(S, GEN, "D39:D66", lambda v, r: v >= 48),
        "h077": lambda: cells(S, GEN, "B39:B66", lambda v, r: date(v) >= TODAY - dt.timedelta(30)),
        "h078": lambda: rows(S, GEN, "A4:P33", lambda r: (r.r - 4) % 2 == 0),
        "h079": lambda: rows(S, GEN, "A4:P33", lambda r: low(r["B"]) == "coast" and r["C"] < 10),
        "h080": lambda: rows(S, GEN, "A4:P33", lambda r: low(r["B"]) == "north"),
    }


def museum_checks():
    values = [num(v) for v in column(M, LO, "I5:I44") if isnum(v)]
    return {
        "h081": lambda: rows(M, LO, "B5:L44", lambda r: date(r["G"]) is not None and date(r["H"]) is not None
                             and date(r["G"]) <= TODAY <= date(r["H"])),
        "h082": lambda: cells(M, LO, "H5:H44", lambda v, r: date(v) is not None
                              and TODAY <= date(v) <= TODAY + dt.timedelta(90)),
        "h083": lambda: rows(M, LO, "B5:L44", lambda r: date(r["L"]) is not None
                             and (date(r["G"]) - date(r["L"])).days < 30),
        "h084": lambda: rows(M, LO, "B5:L44", lambda r: blank(r["L"])),
        "h085": lambda: dupes(M, LO, "B5:B44"),
        "h086": lambda: uniques(M, LO, "C5:C44"),
        "h087": lambda: cells(M, LO, "I5:I44", lambda v, r: num(v) is not None and num(v) >= 1_000_000),
        "h088": lambda: rows(M, LO, "B5:L44", lambda r: low(r["J"]) == "poor"),
        "h089": lambda: cells(M, LO, "E5:E44", lambda v, r: isinstance(v, str)
                              and v != " ".join(v.split())),
        "h090": lambda: rows(M, LO, "B5:L44", lambda r: low(r["F"]) == "usa" and low(r["K"]) == "n"
                             and num(r["I"]) is not None and num(r["I"]) > 100_000),
        "h091": lambda: rows(M, LO, "B5:L44", lambda r: date(r["G"]) is not None and date(r["H"]) is not None
                             and (date(r["H"]) - date(r["G"])).days < 200),
        "h092": lambda: cells(M, LO, "I5:I44", lambda v, r: isnum(v) and v >= nth_largest(values, 4)),
        "h093": lambda: cells(M, LO, "G5:G44", lambda v, r: weekend(v)),
        "h094": lambda: cells(M, LO, "G5:G44", lambda v, r: dt.date(2026, 10, 1) <= date(v)
                              <= dt.date(2026, 12, 31)),
        "h095": lambda: cells(M, LO, "I5:I44", lambda v, r: isnum(v) and 50_000 <= v <= 150_000),
        "h096": lambda: cells(M, LI, "B4:B29", lambda v, r: "jacket" in low(v) or "cloak" in low(v)),
        "h097": lambda: cells(M, LI, "G4:G29", lambda v, r: blank(v)),
        "h098": lambda: rows(M, LI, "A4:G29", lambda r: low(r["G"]) == "received" and date(r["D"]) > TODAY),
        "h099": lambda: cells(M, LI, "E4:E29", lambda v, r: v > 100_000),
        "h100": lambda: cells(M, LI, "D4:D29", lambda v, r: weekend(v)),
    }


def tutoring_checks():
    amounts = column(T, SES, "J3:J58")
    avg = sum(amounts) / len(amounts)
    seen: dict = {}
    for r in range(3, 59):
        ws = sheet(T, SES)
        key = (date(ws.cell(r, 1).value), low(ws.cell(r, 4).value).strip())
        seen[key] = seen.get(key, 0) + 1
    return {
        "h101": lambda: rows(T, SES, "A3:L58", lambda r: abs(r["J"] - num(r["H"]) / 60 * r["I"]) > 0.01),
        "h102": lambda: rows(T, SES, "A3:L58", lambda r: low(r["K"]) == "n"),
        "h103": lambda: cells(T, SES, "K3:K58", lambda v, r: blank(v)),
        "h104": lambda: rows(T, SES, "A3:L58", lambda r: weekend(r["A"])),
        "h105": lambda: cells(T, SES, "A3:A58", lambda v, r: date(v).weekday() == 0),
        "h106": lambda: cells(T, SES, "L3:L58", lambda v, r: "no show" in low(v) or "no-show" in low(v)),
        "h107": lambda: cells(T, SES, "A3:A58", lambda v, r: date(v) >= TODAY - dt.timedelta(14)),
        "h108": lambda: cells(T, SES, "H3:H58", lambda v, r: num(v) >= 90),
        "h109": lambda: cells(T, SES, "J3:J58", lambda v, r: v >= nth_largest(amounts, 2)),
        "h110": lambda: rows(T, SES, "A3:L58", lambda r: low(r["C"]) == "mr hart" and low(r["F"]) == "a-level"
                             and low(r["E"]) in ("maths", "physics")),
        "h111": lambda: rows(T, SES, "A3:L58", lambda r: seen[(date(r["A"]), low(r["D"]).strip())] > 1),
        "h112": lambda: cells(T, SES, "G3:G58", lambda v, r: 16 * 60 <= tod(v) < 17 * 60),
        "h113": lambda: cells(T, STU, "C2:C28", lambda v, r: "@icloud." in low(v)),
        "h114": lambda: rows(T, STU, "A2:F28", lambda r: r["E"] >= r["D"]),
        "h115": lambda: cells(T, STU, "C2:C28", lambda v, r: blank(v)),
        "h116": lambda: cells(T, STU, "E2:E28", lambda v, r: isnum(v) and v < 5),
        "h117": lambda: cells(T, STU, "F2:F28", lambda v, r: date(v) >= dt.date(2026, 9, 1)),
        "h118": lambda: cells(T, STU, "B2:B28", lambda v, r: num(v) >= 12),
        "h119": lambda: rows(T, SES, "A3:L58", lambda r: low(r["F"]) == "ks3"),
        "h120": lambda: cells(T, SES, "J3:J58", lambda v, r: v < avg),
    }


def garden_checks():
    since = [date(v) for v in column(G, PL, "E4:E45")]
    holders = {low(v).strip() for v in column(G, PL, "B4:B45") if not blank(v)}
    joined = [date(v) for v in column(G, PL, "L5:L29")]
    return {
        "h121": lambda: rows(G, PL, "A4:I45", lambda r: blank(r["B"])),
        "h122": lambda: cells(G, PL, "G4:G45", lambda v, r: not blank(r["B"]) and blank(v)),
        "h123": lambda: cells(G, PL, "I4:I45", lambda v, r: date(v) is not None
                              and date(v) < add_months(TODAY, -6)),
        "h124": lambda: cells(G, PL, "D4:D45", lambda v, r: 75 <= num(v) <= 125),
        "h125": lambda: cells(G, PL, "F4:F45", lambda v, r: v > 80),
        "h126": lambda: cells(G, PL, "E4:E45", lambda v, r: date(v) <= nth_smallest(since, 5)),
        "h127": lambda: dupes(G, PL, "K5:K29"),
        "h128": lambda: cells(G, PL, "K5:K29", lambda v, r: low(v).strip() in holders),
        "h129": lambda: cells(G, PL, "L5:L29", lambda v, r: date(v) < add_months(TODAY, -24)),
        "h130": lambda: rows(G, PL, "K5:N29", lambda r: blank(r["N"])),
        "h131": lambda: cells(G, PL, "C4:C45", lambda v, r: "yahoo" in low(v)),
        "h132": lambda: cells(G, PL, "H4:H45", lambda v, r: low(v).strip() == "no"),
        "h133": lambda: rows(G, PL, "A4:I45", lambda r: low(r["H"]).strip() == "yes"),
        "h134": lambda: cells(G, PL, "I4:I45", lambda v, r: date(v) is not None
                              and dt.date(2026, 6, 1) <= date(v) <= dt.date(2026, 8, 31)),
        "h135": lambda: cells(G, PL, "G4:G45", lambda v, r: weekend(v)),
        "h136": lambda: rows(G, INS, "A4:E43", lambda r: isnum(r["B"]) and isnum(r["C"]) and r["C"] < r["B"]),
        "h137": lambda: cells(G, INS, "C4:C43", lambda v, r: isnum(v) and v <= 2),
        "h138": lambda: rows(G, INS, "A4:E43", lambda r: low(r["D"]) == "ken w" and 1 in (r["B"], r["C"])),
        "h139": lambda: cells(G, PL, "L5:L29", lambda v, r: date(v) <= nth_smallest(joined, 3)),
        "h140": lambda: cells(G, PL, "F4:F45", lambda v, r: abs(v - (num(r["D"]) * 0.6 + 15)) > 0.01),
    }


def pharmacy_checks():
    warn = sheet(P, ST)["Q4"].value
    costs = column(P, ST, "I5:I52")
    names = [low(v).strip() for v in column(P, ST, "B5:B52")]
    quarters = "KLMN"

    def busiest(v, r):
        q = [r[c] for c in quarters if isnum(r[c])]
        return isnum(v) and v == max(q)

    return {
        "h141": lambda: cells(P, ST, "G5:G52", lambda v, r: date(v) is not None and date(v) < TODAY),
        "h142": lambda: cells(P, ST, "G5:G52", lambda v, r: date(v) is not None
                              and TODAY <= date(v) <= TODAY + dt.timedelta(warn)),
        "h143": lambda: rows(P, ST, "A5:N52", lambda r: num(r["E"]) is not None and num(r["E"]) <= r["F"]),
        "h144": lambda: rows(P, ST, "A5:N52", lambda r: blank(r["E"]) or blank(r["G"])),
        "h145": lambda: cells(P, ST, "B5:B52", lambda v, r: low(v).strip().endswith(("pril", "olol"))),
        "h146": lambda: cells(P, ST, "C5:C52", lambda v, r: "mcg" in low(v)),
        "h147": lambda: rows(P, ST, "A5:N52", lambda r: low(r["J"]) == "cd"),
        "h148": lambda: dupes(P, ST, "A5:A52"),
        "h149": lambda: cells(P, ST, "B5:B52", lambda v, r: names.count(low(v).strip()) == 1),
        "h150": lambda: rows(P, ST, "A5:N52", lambda r: low(r["H"]) == "aah" and r["I"] > 35),
        "h151": lambda: cells(P, ST, "I5:I52", lambda v, r: v >= nth_largest(costs, 3)),
        "h152": lambda: cells(P, ST, "B5:B52", lambda v, r: r["K"] < r["L"] < r["M"]),
        "h153": lambda: cells(P, ST, "K5:N52", busiest),
        "h154": lambda: cells(P, ST, "N5:N52", lambda v, r: blank(v)),
        "h155": lambda: cells(P, ST, "E5:E52", lambda v, r: num(v) is not None and 35 <= num(v) <= 45),
        "h156": lambda: cells(P, ORD, "C4:C33", lambda v, r: weekend(v)),
        "h157": lambda: rows(P, ORD, "A4:F33", lambda r: date(r["D"]) < TODAY and blank(r["F"])),
        "h158": lambda: dupes(P, ORD, "A4:A33"),
        "h159": lambda: cells(P, ORD, "F4:F33", lambda v, r: date(v) is not None and date(v) > date(r["D"])),
        "h160": lambda: rows(P, ST, "A5:N52", lambda r: low(r["H"]) == "phoenix"),
    }


def main() -> int:
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    checks = {}
    for make in (film_checks, bike_checks, crew_checks, solar_checks, museum_checks,
                 tutoring_checks, garden_checks, pharmacy_checks):
        checks.update(make())
    bad = 0
    for r in data["requests"]:
        if r["id"] not in checks:
            print(f"{r['id']}: no Python check")
            bad += 1
            continue
        want = checks[r["id"]]()
        got = set(r.get("cells") or [])
        if want != got:
            bad += 1
            print(f"{r['id']}: DISAGREE  python-only {sorted(want - got)}  render-only {sorted(got - want)}")
    n = len(data["requests"])
    print(f"{n - bad}/{n} requests agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
