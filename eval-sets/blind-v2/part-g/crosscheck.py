"""Recompute every request's cells in plain Python from the request's meaning and compare them
with the `cells` that render.py wrote (LibreOffice). Exit 1 on any disagreement.

The checks below read cell values with openpyxl (no formulas) and are written from each
request's text, not from its formula. `applies_to` only says which cells the request colours
(whole rows of the table, or one column / block). Conventions as in the README: numbers stored as
text count as numbers where the request is about their value, dates typed as text are not dates,
a blank is neither a number nor a date.

    python crosscheck.py [-v]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 1)
BOOKS: dict[str, object] = {}


# ------------------------------------------------------------------------------ value helpers
def blank(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "")


def num(v):
    """A number, or a number stored as text; else None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None


def realnum(v):
    """Only real numbers (what a numeric column's statistics use)."""
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return None


def minutes(v):
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.datetime):
        return v.hour * 60 + v.minute
    return None


def t(v) -> str:
    return "" if v is None else str(v).strip().lower()


def age(v):
    d = date(v)
    return None if d is None else (TODAY - d).days


def months_back(n: int) -> dt.date:
    y, m = TODAY.year, TODAY.month - n
    while m <= 0:
        m += 12
        y -= 1
    return dt.date(y, m, TODAY.day)


def weekend(v) -> bool:
    d = date(v)
    return d is not None and d.weekday() >= 5


# ------------------------------------------------------------------------------ table access
class Row:
    def __init__(self, ws, r: int, c: int | None = None):
        self.ws, self.r, self.c = ws, r, c

    def __getitem__(self, col: str):
        return self.ws[f"{col}{self.r}"].value

    @property
    def v(self):
        return self.ws.cell(row=self.r, column=self.c).value

    @property
    def col(self) -> str:
        return get_column_letter(self.c)


def column(ws, col: str, r1: int, r2: int) -> list:
    return [ws[f"{col}{r}"].value for r in range(r1, r2 + 1)]


def count_in(ws, col: str, r1: int, r2: int, value, key=t) -> int:
    return sum(1 for v in column(ws, col, r1, r2) if not blank(v) and key(v) == key(value))


def nth_largest(values, n):
    vals = sorted((x for x in values if x is not None), reverse=True)
    return vals[n - 1]


def nth_smallest(values, n):
    vals = sorted(x for x in values if x is not None)
    return vals[n - 1]


def mean(values):
    vals = [x for x in values if x is not None]
    return sum(vals) / len(vals)


# ------------------------------------------------------------------------------ the checks
# "row": the predicate gets the row and decides for every cell of applies_to in that row.
# "cell": the predicate gets the row with .v / .c set to the cell being coloured.
def ROWS(pred):
    return ("row", pred)


def CELLS(pred):
    return ("cell", pred)


def checks():
    C = {}
    # car_lot / Lot: table B4:L44
    C["g001"] = CELLS(lambda x: num(x.v) is not None and num(x.v) > 150000)
    C["g002"] = ROWS(lambda x: age(x["I"]) is not None and age(x["I"]) > x.ws["O4"].value)
    C["g003"] = CELLS(lambda x: realnum(x["H"]) is not None and x["H"] - x["G"] < 1000)
    C["g004"] = ROWS(lambda x: "hail" in t(x["L"]))
    C["g005"] = ROWS(lambda x: t(x["K"]) == "sold")
    C["g006"] = ROWS(lambda x: t(x["K"]) == "available")
    C["g007"] = CELLS(lambda x: count_in(x.ws, "B", 5, 44, x.v) > 1)
    C["g008"] = CELLS(lambda x: 2016 <= x.v <= 2020)
    C["g009"] = CELLS(lambda x: realnum(x.v) is not None
                      and x.v >= nth_largest([realnum(v) for v in column(x.ws, "H", 5, 44)], 5))
    C["g010"] = CELLS(lambda x: blank(x.v))
    C["g011"] = ROWS(lambda x: t(x["C"]) in ("toyota", "honda") and num(x["F"]) < 50000)
    C["g012"] = CELLS(lambda x: t(x.v) in {t(x.ws[f"N{r}"].value) for r in (8, 9, 10)})
    C["g013"] = CELLS(lambda x: weekend(x.v))
    C["g014"] = CELLS(lambda x: x.v > 30000)
    # car_lot / Sold: A3:G35
    C["g015"] = ROWS(lambda x: (x.r - 4) % 2 == 0)
    C["g016"] = ROWS(lambda x: 0 <= age(x["C"]) <= 30)
    C["g017"] = ROWS(lambda x: count_in(x.ws, "B", 4, 35, x["B"]) > 1)
    C["g018"] = ROWS(lambda x: t(x["E"]) == "marco")
    C["g019"] = CELLS(lambda x: x.v <= nth_smallest(column(x.ws, "D", 4, 35), 3))
    C["g020"] = ROWS(lambda x: t(x["F"]) == "in-house" and x["D"] > 40000)
    # dental_lab / Orders: A3:L48
    C["g021"] = ROWS(lambda x: date(x["H"]) < TODAY and blank(x["I"]))
    C["g022"] = ROWS(lambda x: date(x["I"]) is not None and date(x["I"]) > date(x["H"]))
    C["g023"] = CELLS(lambda x: x.v > 500)
    C["g024"] = CELLS(lambda x: count_in(x.ws, "A", 4, 48, x.v) > 1)
    C["g025"] = CELLS(lambda x: "crown" in t(x.v))
    C["g026"] = ROWS(lambda x: t(x["J"]) == "y")
    C["g027"] = CELLS(lambda x: blank(x.v))
    C["g028"] = CELLS(lambda x: weekend(x.v))
    C["g029"] = ROWS(lambda x: t(x["B"]) == "dr. chan" and t(x["E"]) == "zirconia")
    C["g030"] = CELLS(lambda x: 2 <= x.v <= 4)
    C["g031"] = CELLS(lambda x: 1 <= -age(x.v) <= 7)
    C["g032"] = CELLS(lambda x: date(x.v) is not None and (date(x.v) - date(x["G"])).days > 10)
    C["g033"] = CELLS(lambda x: x.v > mean(column(x.ws, "K", 4, 48)))
    C["g034"] = CELLS(lambda x: x.v < 90)
    C["g035"] = ROWS(lambda x: t(x["L"]) == "y")
    C["g036"] = CELLS(lambda x: t(x.v).startswith("k"))
    # dental_lab / Dentists: A1:G27
    C["g037"] = ROWS(lambda x: date(x["G"]) < months_back(6))
    C["g038"] = ROWS(lambda x: t(x["E"]) == "on hold" and (realnum(x["F"]) or 0) > 2000)
    C["g039"] = CELLS(lambda x: blank(x.v) or x.v == 0)
    C["g040"] = CELLS(lambda x: realnum(x.v) is not None and 1000 <= x.v <= 2000)
    # podcast / Episodes: A4:J44
    C["g041"] = ROWS(lambda x: x["F"] >= nth_largest(column(x.ws, "F", 5, 44), 5))
    C["g042"] = ROWS(lambda x: blank(x["C"]))
    C["g043"] = CELLS(lambda x: "q&a" in t(x.v))
    C["g044"] = CELLS(lambda x: count_in(x.ws, "B", 5, 44, x.v) > 1)
    C["g045"] = CELLS(lambda x: date(x.v).weekday() == 5)
    C["g046"] = ROWS(lambda x: 0 <= age(x["D"]) <= 30)
    C["g047"] = ROWS(lambda x: age(x["D"]) < 0)
    C["g048"] = CELLS(lambda x: realnum(x.v) is not None and x.v < 3.5)
    C["g049"] = CELLS(lambda x: realnum(x.v) is not None and x.v < 2 * x["F"])
    C["g050"] = ROWS(lambda x: t(x["J"]) == "yes" and not blank(x["I"]))
    C["g051"] = CELLS(lambda x: 45 <= num(x.v) <= 60)
    C["g052"] = ROWS(lambda x: "nightowl" in t(x["I"]))
    C["g053"] = CELLS(lambda x: x.v <= nth_smallest(column(x.ws, "F", 5, 44), 5))
    C["g060"] = ROWS(lambda x: num(x["E"]) > 60 and x["F"] > 3000)
    # podcast / Monthly: A3:M29 (Jan..Dec in B..M)
    C["g054"] = CELLS(lambda x: realnum(x["L"]) is not None and realnum(x["K"]) is not None
                      and x["L"] < x["K"])
    C["g055"] = CELLS(lambda x: realnum(x.v) is not None and x.v > 10)
    C["g056"] = CELLS(lambda x: blank(x.v))
    C["g057"] = CELLS(lambda x: realnum(x.v) is not None and x.v == max(
        v for v in (x.ws.cell(row=x.r, column=c).value for c in range(2, 14)) if realnum(v) is not None))
    C["g058"] = ROWS(lambda x: (x.r - 4) % 2 == 0)
    C["g059"] = CELLS(lambda x: t(x.v).endswith("land"))
    # warehouse_picks / Picks: A2:L52, limit O2, priority carriers N5:N6
    C["g061"] = ROWS(lambda x: realnum(x["G"]) is not None and x["G"] < x["F"])
    C["g062"] = CELLS(lambda x: realnum(x.v) is not None and x.v > x.ws["O2"].value)
    C["g063"] = ROWS(lambda x: t(x["L"]) in {t(x.ws["N5"].value), t(x.ws["N6"].value)})
    C["g064"] = ROWS(lambda x: minutes(x["I"]) - minutes(x["H"]) > 60)
    C["g065"] = ROWS(lambda x: weekend(x["J"]))
    C["g066"] = CELLS(lambda x: count_in(x.ws, "B", 3, 52, x.v) > 1)
    C["g067"] = ROWS(lambda x: t(x["D"]) == "cold" and (realnum(x["K"]) or 0) > 0)
    C["g068"] = ROWS(lambda x: t(x["C"]).startswith("jones"))
    C["g069"] = CELLS(lambda x: 6 * 60 <= minutes(x.v) < 8 * 60)
    C["g070"] = ROWS(lambda x: x["F"] >= nth_largest(column(x.ws, "F", 3, 52), 3))
    C["g071"] = CELLS(lambda x: blank(x.v))
    C["g072"] = CELLS(lambda x: x.v >= 15)
    C["g080"] = ROWS(lambda x: 0 <= age(x["J"]) <= 7)
    # warehouse_picks / Rates: A2:N28 (Jan..Nov in C..M, Target N)
    C["g073"] = CELLS(lambda x: realnum(x.v) is not None and x.v < x["N"])
    C["g074"] = CELLS(lambda x: x["M"] >= nth_largest(column(x.ws, "M", 3, 28), 3))
    C["g075"] = ROWS(lambda x: any(blank(x.ws.cell(row=x.r, column=c).value) for c in range(3, 14)))
    C["g076"] = ROWS(lambda x: (x.r - 3) % 2 == 1)
    C["g077"] = CELLS(lambda x: x["M"] < mean(realnum(x.ws.cell(row=x.r, column=c).value)
                                              for c in range(3, 13)))
    C["g078"] = ROWS(lambda x: t(x["B"]) == "night")
    C["g079"] = CELLS(lambda x: 80 <= x.v <= 90)
    # vet_vaccines / Due list: B4:L46
    C["g081"] = ROWS(lambda x: date(x["I"]) is not None and date(x["I"]) < TODAY)
    C["g082"] = CELLS(lambda x: date(x.v) is not None and 0 <= -age(x.v) <= 30)
    C["g083"] = ROWS(lambda x: date(x["I"]) is not None and date(x["I"]) < TODAY and blank(x["K"]))
    C["g084"] = ROWS(lambda x: blank(x["F"]))
    C["g085"] = CELLS(lambda x: count_in(x.ws, "B", 5, 46, x.v) > 1)
    C["g086"] = CELLS(lambda x: count_in(x.ws, "B", 5, 46, x["B"]) == 1)
    C["g087"] = CELLS(lambda x: t(x.v).startswith("r"))
    C["g088"] = ROWS(lambda x: t(x["D"]) == "cat")
    C["g089"] = ROWS(lambda x: t(x["D"]) == "dog" and x["J"] > 30)
    C["g090"] = CELLS(lambda x: 7 <= x.v <= 10)
    C["g091"] = ROWS(lambda x: x["L"] >= 13)
    C["g092"] = CELLS(lambda x: weekend(x.v))
    C["g093"] = CELLS(lambda x: "'" in (x.v or ""))
    C["g094"] = CELLS(lambda x: blank(x.v))
    C["g095"] = ROWS(lambda x: t(x["K"]) == "called")
    C["g096"] = CELLS(lambda x: len(str(x.v)) <= 4)
    C["g097"] = ROWS(lambda x: (x.r - 5) % 3 == 0)
    # vet_vaccines / Stock: A1:F27
    C["g098"] = ROWS(lambda x: x["C"] <= x["D"])
    C["g099"] = CELLS(lambda x: date(x.v) < TODAY)
    C["g100"] = CELLS(lambda x: x.v <= nth_smallest(column(x.ws, "C", 2, 27), 3))
    # punch_list / Punch List: A4:K49, trades on site M7:M9
    C["g101"] = ROWS(lambda x: blank(x["H"]) and date(x["G"]) < TODAY)
    C["g102"] = ROWS(lambda x: date(x["H"]) is not None and date(x["H"]) > date(x["G"]))
    C["g103"] = ROWS(lambda x: t(x["I"]) == "a")
    C["g104"] = CELLS(lambda x: "urgent" in t(x.v))
    C["g105"] = ROWS(lambda x: num(x["B"]) == 3)
    C["g106"] = CELLS(lambda x: t(x.v) in {t(x.ws[f"M{r}"].value) for r in (7, 8, 9)})
    C["g107"] = CELLS(lambda x: blank(x.v))
    C["g108"] = CELLS(lambda x: realnum(x.v) is not None and x.v > 1000)
    C["g109"] = CELLS(lambda x: realnum(x.v) is not None and x.v < mean(column(x.ws, "J", 5, 49)))
    C["g110"] = ROWS(lambda x: 0 <= age(x["F"]) <= 7)
    C["g111"] = CELLS(lambda x: weekend(x.v))
    C["g112"] = CELLS(lambda x: realnum(x.v) is not None and 100 <= x.v <= 300)
    C["g113"] = CELLS(lambda x: count_in(x.ws, "C", 5, 49, x.v) > 1)
    C["g114"] = ROWS(lambda x: t(x["K"]) == "volt bros" and blank(x["H"]) and (realnum(x["J"]) or 0) > 200)
    C["g115"] = CELLS(lambda x: (date(x.v) - date(x["F"])).days > 14)
    # punch_list / Subs: A1:F27
    C["g116"] = ROWS(lambda x: date(x["D"]) is not None and -age(x["D"]) <= 60)
    C["g117"] = CELLS(lambda x: blank(x.v))
    C["g118"] = CELLS(lambda x: x.v >= 10)
    C["g119"] = ROWS(lambda x: (x.r - 2) % 2 == 0)
    C["g120"] = CELLS(lambda x: 2 <= x.v <= 4)
    # bus_routes / Routes: north A2:J28, south A31:J58
    C["g121"] = CELLS(lambda x: realnum(x.v) is not None and x.v > x["D"])
    C["g122"] = ROWS(lambda x: any(realnum(x[c]) is not None and x[c] > x["D"] for c in "EF"))
    C["g123"] = CELLS(lambda x: count_in(x.ws, "C", 3, 28, x.v) > 1)
    C["g124"] = ROWS(lambda x: blank(x["I"]) or date(x["I"]) < months_back(12))
    C["g125"] = ROWS(lambda x: (x.r - 3) % 2 == 0)
    C["g126"] = ROWS(lambda x: blank(x["B"]))
    C["g127"] = CELLS(lambda x: "late start" in t(x.v))
    C["g128"] = CELLS(lambda x: num(x.v) > 80)
    C["g129"] = CELLS(lambda x: num(x.v) > 60)
    C["g130"] = CELLS(lambda x: minutes(x.v) < 6 * 60 + 30)
    C["g131"] = ROWS(lambda x: realnum(x["E"]) is not None
                     and x["E"] <= nth_smallest([realnum(v) for v in column(x.ws, "E", 3, 28)], 3))
    C["g132"] = CELLS(lambda x: 30 <= x.v <= 50)
    C["g133"] = CELLS(lambda x: not blank(x.v) and count_in(x.ws, "B", 32, 58, x.v) > 1)
    C["g134"] = ROWS(lambda x: minutes(x["G"]) < 7 * 60 and num(x["H"]) > 50)
    C["g135"] = CELLS(lambda x: realnum(x.v) is not None and x.v < x["E"])
    C["g136"] = CELLS(lambda x: isinstance(x.v, str) and x.v == x.v.lower())
    # bus_routes / Drivers: A1:F28
    C["g137"] = ROWS(lambda x: 0 <= -age(x["B"]) <= 90)
    C["g138"] = CELLS(lambda x: date(x.v) > months_back(24))
    C["g139"] = CELLS(lambda x: realnum(x.v) is not None and x.v > mean(column(x.ws, "D", 2, 28)))
    C["g140"] = ROWS(lambda x: t(x["E"]) == "south")
    # donations / Gifts: B5:K60
    C["g141"] = CELLS(lambda x: num(x.v) is not None and num(x.v) >= 1000)
    C["g142"] = ROWS(lambda x: blank(x["J"]))
    C["g143"] = CELLS(lambda x: date(x.v) is not None and (date(x.v) - date(x["E"])).days > 14)
    C["g144"] = CELLS(lambda x: count_in(x.ws, "B", 6, 60, x.v) > 1)
    C["g145"] = CELLS(lambda x: count_in(x.ws, "C", 6, 60, x["C"]) == 1)
    C["g146"] = ROWS(lambda x: t(x["I"]) == "y")
    C["g147"] = ROWS(lambda x: t(x["G"]) == "card" and (num(x["F"]) or 0) > 100)
    C["g148"] = CELLS(lambda x: "ltd" in t(x.v) or "rotary" in t(x.v))
    C["g149"] = CELLS(lambda x: weekend(x.v))
    C["g150"] = ROWS(lambda x: 0 <= age(x["E"]) <= 60)
    C["g151"] = CELLS(lambda x: realnum(x.v) is not None and 20 <= x.v <= 100)
    C["g152"] = ROWS(lambda x: t(x["H"]) == "legacy")
    C["g159"] = ROWS(lambda x: blank(x["J"]) and age(x["E"]) > 14)
    C["g160"] = CELLS(lambda x: "." in (x.v or ""))
    # donations / Monthly: A2:M27 (Jan..Nov in B..L, pledge M)
    C["g153"] = CELLS(lambda x: (realnum(x.v) or 0) < x["M"])
    C["g154"] = CELLS(lambda x: blank(x.v))
    C["g155"] = CELLS(lambda x: x.v > mean(column(x.ws, "M", 3, 27)))
    C["g156"] = CELLS(lambda x: x.ws.cell(row=2, column=x.c).value in ("Jan", "Mar", "May", "Jul", "Sep", "Nov"))
    C["g157"] = CELLS(lambda x: realnum(x.v) is not None and 15 <= x.v <= 30)
    C["g158"] = CELLS(lambda x: (realnum(x["L"]) or 0) == 0 and x["M"] >= 20)
    return C


def expected(request: dict, check) -> list[str]:
    path = HERE / request["workbook"]
    if path not in BOOKS:
        BOOKS[path] = load_workbook(path)
    ws = BOOKS[path][request["sheet"]]
    c1, r1, c2, r2 = range_boundaries(request["rule"]["applies_to"])
    mode, pred = check
    out = []
    for r in range(r1, r2 + 1):
        if mode == "row":
            if pred(Row(ws, r)):
                out += [f"{get_column_letter(c)}{r}" for c in range(c1, c2 + 1)]
        else:
            out += [f"{get_column_letter(c)}{r}" for c in range(c1, c2 + 1) if pred(Row(ws, r, c))]
    return out


def main() -> int:
    verbose = "-v" in sys.argv
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    C = checks()
    bad = 0
    for req in data["requests"]:
        if req["id"] not in C:
            print(f"{req['id']}: no check written")
            bad += 1
            continue
        want = expected(req, C[req["id"]])
        got = req.get("cells") or []
        if sorted(want) != sorted(got):
            bad += 1
            w, g = set(want), set(got)
            print(f"{req['id']}: DISAGREE  python-only {sorted(w - g)[:8]}  render-only {sorted(g - w)[:8]}")
        elif verbose:
            print(f"{req['id']}: ok ({len(got)} cells)")
    n = len(data["requests"])
    print(f"{n - bad}/{n} requests agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
