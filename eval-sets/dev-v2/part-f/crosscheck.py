"""Recompute every request's cells in plain Python from the request's MEANING and compare.

Nothing here evaluates the expert formulas: each request has its own small Python predicate,
written from the request text against the cell values openpyxl reads (no formulas in the
workbooks). Conventions (the same ones the expert rules follow, see README.md):
  * numbers stored as text count as their number where the request is about a value;
  * dates typed as text (e.g. "17/02/2027") are not dates, so no date test selects them;
  * blank cells are never "below" a threshold or "earlier" than a date unless the request
    is about blanks.
TODAY is BUILT = 2026-12-01.

    python crosscheck.py        # exit 1 on any disagreement with requests.yaml `cells`
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import lru_cache
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
T = dt.date(2026, 12, 1)


@lru_cache(maxsize=None)
def book(name: str):
    return load_workbook(HERE / name)


def val(v):
    if isinstance(v, dt.datetime):
        return v.date()
    return v


def blank(v) -> bool:
    return v is None or v == ""


def num(v):
    """The value as a number (numbers stored as text included); None otherwise."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None


def date(v):
    return v if isinstance(v, dt.date) else None


def days(v):
    d = date(v)
    return None if d is None else (d - T).days


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cols(a: str, b: str) -> list[str]:
    return [get_column_letter(i) for i in range(column_index_from_string(a), column_index_from_string(b) + 1)]


class Sheet:
    def __init__(self, ws):
        self.ws = ws

    def __call__(self, col: str, row: int):
        return val(self.ws[f"{col}{row}"].value)

    def column(self, col: str, r0: int, r1: int) -> list:
        return [self(col, r) for r in range(r0, r1 + 1)]

    def count(self, col: str, r0: int, r1: int, v) -> int:
        key = v.lower() if isinstance(v, str) else v
        return sum(1 for x in self.column(col, r0, r1)
                   if (x.lower() if isinstance(x, str) else x) == key)

    def nums(self, col: str, r0: int, r1: int) -> list:
        return [x for x in self.column(col, r0, r1) if isinstance(x, (int, float))]


def kth_largest(xs, k):
    return sorted(xs, reverse=True)[k - 1]


def kth_smallest(xs, k):
    return sorted(xs)[k - 1]


NOV = (dt.date(2026, 11, 1), dt.date(2026, 12, 1))
# Each entry: request id -> ("row", f(g, r)) formats every applies_to cell in matching rows,
#                          ("cell", f(g, c, r)) formats the matching cells.
C: dict[str, tuple] = {
    # ------------------------------------------------------------ hotel_bookings / Bookings
    "f001": ("row", lambda g, r: g("K", r) == "Confirmed" and (blank(g("J", r)) or g("J", r) == 0)),
    "f002": ("row", lambda g, r: date(g("E", r)) and date(g("F", r)) and g("F", r) < g("E", r)),
    "f003": ("cell", lambda g, c, r: date(g("E", r)) and date(g("F", r)) and g("G", r) != (g("F", r) - g("E", r)).days),
    "f004": ("cell", lambda g, c, r: g("I", r) != g("G", r) * num(g("H", r))),
    "f005": ("cell", lambda g, c, r: days(g("E", r)) is not None and 0 < days(g("E", r)) <= 10),
    "f006": ("row", lambda g, r: days(g("F", r)) is not None and days(g("F", r)) < -30),
    "f007": ("cell", lambda g, c, r: date(g("E", r)) and (g("E", r).year, g("E", r).month) == (T.year, T.month)),
    "f008": ("cell", lambda g, c, r: g.count("B", 5, 48, g("B", r)) > 1),
    "f009": ("cell", lambda g, c, r: g.count("C", 5, 48, g("C", r)) > 1),
    "f010": ("row", lambda g, r: blank(g("L", r))),
    "f011": ("cell", lambda g, c, r: blank(g("N", r))),
    "f012": ("cell", lambda g, c, r: not blank(g("N", r)) and "@" not in g("N", r)),
    "f013": ("cell", lambda g, c, r: num(g("H", r)) > 300),
    "f014": ("cell", lambda g, c, r: isinstance(g("I", r), (int, float)) and g("I", r) >= kth_largest(g.nums("I", 5, 48), 5)),
    "f015": ("row", lambda g, r: isinstance(g("K", r), str) and g("K", r).strip() == "Cancelled"),
    "f016": ("row", lambda g, r: g("K", r) == "No-show"),
    "f017": ("row", lambda g, r: g("D", r) == "Suite" and g("L", r) in ("Expedia", "Booking.com")),
    "f018": ("row", lambda g, r: g("K", r) == "Pending" and days(g("E", r)) is not None and 0 < days(g("E", r)) <= 14),
    "f019": ("row", lambda g, r: g("L", r) == "Direct" and g("I", r) > 1000),
    "f020": ("cell", lambda g, c, r: date(g("E", r)) and g("E", r).weekday() >= 5),
    "f021": ("row", lambda g, r: (r - 5) % 2 == 0),
    "f022": ("cell", lambda g, c, r: not blank(g("J", r)) and g("J", r) > g("I", r)),
    "f023": ("row", lambda g, r: g("K", r) == "Checked In" and days(g("F", r)) is not None and days(g("F", r)) < 0),
    "f024": ("row", lambda g, r: g("L", r) == "Booking.com" and str(g("K", r)).strip() in ("Cancelled", "No-show")),
    "f025": ("cell", lambda g, c, r: days(g("F", r)) is not None and 0 < days(g("F", r)) <= 5),
    "f026": ("cell", lambda g, c, r: num(g(c, r)) is not None and num(g(c, r)) > 2500),
    # Rooms
    "f027": ("cell", lambda g, c, r: days(g("E", r)) < -60),
    # ------------------------------------------------------------ league_table / Standings
    "f028": ("row", lambda g, r: g("I", r) >= kth_largest(g.nums("I", 4, 31), 4)),
    "f029": ("row", lambda g, r: g("I", r) <= kth_smallest(g.nums("I", 4, 31), 3)),
    "f030": ("cell", lambda g, c, r: g("I", r) != 3 * g("C", r) + g("D", r)),
    "f031": ("cell", lambda g, c, r: g("G", r) > g("F", r)),
    "f032": ("cell", lambda g, c, r: g("H", r) != g("F", r) - g("G", r)),
    "f033": ("cell", lambda g, c, r: g("I", r) >= 50),
    "f034": ("cell", lambda g, c, r: "LLL" in g("J", r).upper()),
    "f035": ("cell", lambda g, c, r: "L" not in g("J", r).upper()),
    "f036": ("row", lambda g, r: (r - 4 + 1) % 3 == 0),
    "f037": ("row", lambda g, r: g("C", r) > g("E", r) and g("H", r) < 0),
    "f038": ("row", lambda g, r: blank(g("L", r))),
    "f039": ("cell", lambda g, c, r: g.count("K", 4, 31, g("K", r)) > 1),
    "f040": ("cell", lambda g, c, r: g(c, r) > 45),
    "f041": ("cell", lambda g, c, r: g("G", r) <= kth_smallest(g.nums("G", 4, 31), 3)),
    "f042": ("cell", lambda g, c, r: g(c, r) == 0),
    "f043": ("cell", lambda g, c, r: g(c, r) >= 20),
    "f044": ("row", lambda g, r: g("B", r) < 27 and g("I", r) > 50),
    # Scorers (golden boot A:H, disciplinary J:N)
    "f045": ("cell", lambda g, c, r: g("D", r) + g("E", r) >= 20),
    "f046": ("cell", lambda g, c, r: g("D", r) / g("C", r) > 0.5),
    "f047": ("cell", lambda g, c, r: g("H", r) > add_years(T, -21)),
    "f048": ("cell", lambda g, c, r: g.count("A", 4, 40, g("A", r)) > 1),
    "f049": ("cell", lambda g, c, r: isinstance(g("F", r), str)),
    "f050": ("cell", lambda g, c, r: g("D", r) >= kth_largest(g.nums("D", 4, 40), 3)),
    "f051": ("cell", lambda g, c, r: g.count("B", 4, 40, g("B", r)) == 1),
    "f052": ("cell", lambda g, c, r: days(g("N", r)) is not None and 0 < days(g("N", r)) <= 14),
    "f053": ("cell", lambda g, c, r: days(g("N", r)) is not None and days(g("N", r)) < 0),
    "f054": ("row", lambda g, r: g("M", r) > 0 and g("L", r) >= 5),
    "f055": ("cell", lambda g, c, r: g("J", r) in g.column("A", 4, 40)),
    # ------------------------------------------------------------ recipe_costing / Dishes
    "f056": ("row", lambda g, r: g("H", r) > g("I", r)),
    "f057": ("cell", lambda g, c, r: g("H", r) - g("I", r) > 0.05),
    "f058": ("cell", lambda g, c, r: g("H", r) > 0.35),
    "f059": ("cell", lambda g, c, r: g("G", r) < 3 * g("F", r)),
    "f060": ("cell", lambda g, c, r: abs(g("E", r) / g("D", r) - g("F", r)) > 0.005),
    "f061": ("row", lambda g, r: g("C", r) == "Main" and g("G", r) > 30 and g("K", r) != "Y"),
    "f062": ("row", lambda g, r: g("C", r) in ("Starter", "Dessert") and g("H", r) > 0.3),
    "f063": ("cell", lambda g, c, r: "chicken" in g("B", r).lower()),
    "f064": ("row", lambda g, r: blank(g("L", r))),
    "f065": ("cell", lambda g, c, r: date(g("L", r)) and g("L", r) < dt.date(2026, 6, 1)),
    "f066": ("row", lambda g, r: g("K", r) == "Y"),
    "f067": ("cell", lambda g, c, r: g("G", r) >= kth_largest(g.nums("G", 6, 41), 5)),
    "f068": ("cell", lambda g, c, r: not blank(g(c, r)) and g(c, r) < 1),
    "f069": ("cell", lambda g, c, r: g(c, r) > 0.4),
    # Ingredients
    "f070": ("cell", lambda g, c, r: g("E", r) > g("F", r) * 1.1),
    "f071": ("cell", lambda g, c, r: num(g("G", r)) < g("H", r)),
    "f072": ("row", lambda g, r: days(g("J", r)) < 0),
    "f073": ("cell", lambda g, c, r: 0 < days(g("J", r)) <= 10),
    "f074": ("cell", lambda g, c, r: not blank(g("I", r)) and "nut" in g("I", r).lower()),
    "f075": ("cell", lambda g, c, r: g.count("A", 4, 48, g("A", r)) > 1),
    "f076": ("cell", lambda g, c, r: not blank(g("C", r)) and g.count("C", 4, 48, g("C", r)) == 1),
    "f077": ("row", lambda g, r: blank(g("C", r))),
    "f078": ("row", lambda g, r: "dairy" in (g("I", r) or "") and num(g("G", r)) < g("H", r)),
    "f079": ("row", lambda g, r: g("C", r) in ("Fresh Direct", "Brakes") and days(g("J", r)) < 0),
    # ------------------------------------------------------------ it_assets / Register
    "f080": ("cell", lambda g, c, r: days(g("H", r)) is not None and days(g("H", r)) < 0),
    "f081": ("cell", lambda g, c, r: days(g("H", r)) is not None and 0 < days(g("H", r)) <= 90),
    "f082": ("cell", lambda g, c, r: g("G", r) < add_years(T, -4)),
    "f083": ("cell", lambda g, c, r: days(g("K", r)) is not None and days(g("K", r)) < -30),
    "f084": ("row", lambda g, r: g("B", r) in ("Laptop", "Desktop") and g("L", r) == "In use" and blank(g("E", r))),
    "f085": ("cell", lambda g, c, r: blank(g("D", r))),
    "f086": ("cell", lambda g, c, r: not blank(g("D", r)) and g.count("D", 5, 56, g("D", r)) > 1),
    "f087": ("row", lambda g, r: g("J", r) == "Windows 10" and g("L", r) == "In use"),
    "f088": ("row", lambda g, r: g("L", r) in ("Retired", "Lost")),
    "f089": ("cell", lambda g, c, r: num(g("I", r)) > 2000),
    "f090": ("cell", lambda g, c, r: isinstance(g("D", r), str) and g("D", r).upper().startswith("C02")),
    "f091": ("cell", lambda g, c, r: date(g("K", r)) and g("K", r) < g("G", r)),
    "f092": ("cell", lambda g, c, r: date(g("H", r)) and g("H", r) < g("G", r)),
    "f093": ("cell", lambda g, c, r: date(g("H", r)) and g("H", r) < add_years(g("G", r), 3)),
    "f094": ("cell", lambda g, c, r: date(g("K", r)) and g("K", r).weekday() >= 5),
    "f095": ("row", lambda g, r: g("B", r) in ("Server", "Desktop") and g("G", r) < dt.date(2022, 1, 1)),
    "f096": ("row", lambda g, r: g("F", r) in ("Finance", "HR") and g("B", r) == "Laptop"
             and days(g("H", r)) is not None and days(g("H", r)) < 0),
    "f097": ("cell", lambda g, c, r: not blank(g("E", r)) and g.count("E", 5, 56, g("E", r)) > 1),
    "f098": ("cell", lambda g, c, r: date(g(c, r)) and g(c, r).year == 2021),
    "f099": ("cell", lambda g, c, r: g("G", r) > dt.date(2026, 6, 1)),
    # Licences
    "f100": ("row", lambda g, r: g("D", r) > g("C", r)),
    "f101": ("cell", lambda g, c, r: g("D", r) < g("C", r) / 2),
    "f102": ("cell", lambda g, c, r: (g("E", r).year, g("E", r).month) == (T.year, T.month)),
    "f103": ("cell", lambda g, c, r: g("E", r) > dt.date(2027, 6, 1)),
    "f104": ("cell", lambda g, c, r: g.count("B", 3, 28, g("B", r)) > 1),
    "f105": ("row", lambda g, r: blank(g("G", r))),
    # ------------------------------------------------------------ grant_applications / Applications
    "f106": ("cell", lambda g, c, r: not blank(g(c, r)) and num(g(c, r)) < 4),
    "f107": ("cell", lambda g, c, r: not blank(g(c, r)) and num(g(c, r)) >= 9),
    "f108": ("row", lambda g, r: all(not blank(g(x, r)) for x in "IJK") and min(num(g(x, r)) for x in "IJK") >= 7),
    "f109": ("cell", lambda g, c, r: any(not blank(g(x, r)) and num(g(x, r)) <= 2 for x in "IJK")),
    "f110": ("cell", lambda g, c, r: not blank(g("F", r)) and g("F", r) > g("E", r)),
    "f111": ("cell", lambda g, c, r: not blank(g("F", r)) and g("F", r) < g("E", r) / 2),
    "f112": ("cell", lambda g, c, r: 0 < days(g("H", r)) <= 14),
    "f113": ("row", lambda g, r: days(g("H", r)) < 0 and g("L", r) in ("Submitted", "Under review")),
    "f114": ("cell", lambda g, c, r: days(g("G", r)) is not None and -7 <= days(g("G", r)) <= 0),
    "f115": ("cell", lambda g, c, r: date(g("G", r)) and (g("H", r) - g("G", r)).days > 60),
    "f116": ("cell", lambda g, c, r: blank(g("J", r))),
    "f117": ("row", lambda g, r: g("L", r) == "Under review" and any(blank(g(x, r)) for x in "IJK")),
    "f118": ("cell", lambda g, c, r: g("N", r) < 0.8),
    "f119": ("row", lambda g, r: g("D", r) in ("Youth", "Arts") and g("E", r) > 20000),
    "f120": ("cell", lambda g, c, r: sum(1 for x in g.column("C", 4, 51)
                                         if x.strip().lower() == g("C", r).strip().lower()) > 1),
    "f121": ("cell", lambda g, c, r: g.count("B", 4, 51, g("B", r)) > 1),
    "f122": ("cell", lambda g, c, r: not blank(g("F", r)) and g("F", r) >= kth_largest(g.nums("F", 4, 51), 3)),
    "f123": ("row", lambda g, r: g("L", r) == "Approved"),
    "f124": ("row", lambda g, r: g("L", r) == "Approved" and blank(g("F", r))),
    "f125": ("cell", lambda g, c, r: len(s := [num(g(x, r)) for x in "IJK" if not blank(g(x, r))]) >= 2
             and max(s) - min(s) >= 5),
    # Panel
    "f126": ("cell", lambda g, c, r: g("D", r) < g("C", r)),
    "f127": ("cell", lambda g, c, r: days(g("E", r)) < -14),
    "f128": ("row", lambda g, r: g("B", r) == "Chair" and g("F", r) == "Y"),
    # ------------------------------------------------------------ personal_expenses / Budget 2026
    "f129": ("cell", lambda g, c, r: not blank(g(c, r)) and num(g(c, r)) > num(g("B", r))),
    "f130": ("cell", lambda g, c, r: not blank(g(c, r)) and not blank(prev := g(get_column_letter(column_index_from_string(c) - 1), r))
             and num(g(c, r)) < num(prev)),
    "f131": ("cell", lambda g, c, r: not blank(g(c, r)) and num(g(c, r)) > 1000),
    "f132": ("cell", lambda g, c, r: any(not blank(g(x, r)) and num(g(x, r)) > 300 for x in "IJK")),
    "f133": ("cell", lambda g, c, r: not blank(g(c, r))
             and num(g(c, r)) == max(num(g(x, r)) for x in cols("C", "N") if not blank(g(x, r)))),
    "f134": ("cell", lambda g, c, r: abs(g("O", r) - sum(num(g(x, r)) or 0 for x in cols("C", "N"))) > 0.001),
    "f135": ("cell", lambda g, c, r: num(g("B", r)) > 600),
    "f136": ("cell", lambda g, c, r: blank(g(c, r))),
    "f137": ("cell", lambda g, c, r: not blank(g("L", r)) and not blank(g("M", r))
             and num(g("L", r)) > num(g("B", r)) and num(g("M", r)) > num(g("B", r))),
    "f138": ("cell", lambda g, c, r: not blank(g(c, r)) and num(g(c, r)) < 20),
    "f139": ("row", lambda g, r: any(not blank(g(x, r)) and num(g(x, r)) > 1000 for x in "CDE")),
    # Transactions
    "f140": ("row", lambda g, r: days(g("A", r)) is not None and -7 <= days(g("A", r)) <= 0),
    "f141": ("row", lambda g, r: date(g("A", r)) and NOV[0] <= g("A", r) < NOV[1]),
    "f142": ("cell", lambda g, c, r: date(g("A", r)) and g("A", r).weekday() >= 5),
    "f143": ("row", lambda g, r: sum(1 for k in range(2, 57) if (g("A", k), g("B", k), g("D", k)) == (g("A", r), g("B", r), g("D", r))) > 1),
    "f144": ("row", lambda g, r: g("F", r) == "Y" and blank(g("G", r))),
    "f145": ("cell", lambda g, c, r: g("D", r) > 250),
    "f146": ("cell", lambda g, c, r: "amazon" in g("B", r).lower()),
    "f147": ("row", lambda g, r: blank(g("C", r))),
    "f148": ("cell", lambda g, c, r: g("D", r) >= kth_largest(g.nums("D", 2, 56), 5)),
    "f149": ("row", lambda g, r: g("E", r) == "Cash" and g("D", r) > 100),
    "f150": ("cell", lambda g, c, r: g.count("B", 2, 56, g("B", r)) == 1),
}


def expected(req: dict) -> list[str]:
    mode, fn = C[req["id"]]
    g = Sheet(book(req["workbook"])[req["sheet"]])
    c0, r0, c1, r1 = range_boundaries(req["rule"]["applies_to"])
    out = []
    for r in range(r0, r1 + 1):
        hit_row = bool(fn(g, r)) if mode == "row" else None
        for ci in range(c0, c1 + 1):
            c = get_column_letter(ci)
            if hit_row if mode == "row" else bool(fn(g, c, r)):
                out.append(f"{c}{r}")
    return out


def main() -> None:
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    bad = 0
    for req in data["requests"]:
        if req["id"] not in C:
            print(f"{req['id']}: no crosscheck predicate")
            bad += 1
            continue
        want = expected(req)
        got = req.get("cells") or []
        if want != got:
            bad += 1
            print(f"{req['id']}: DISAGREE\n  python:      {want}\n  libreoffice: {got}")
    n = len(data["requests"])
    print(f"{n - bad}/{n} requests agree")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
