"""Recompute every request's cells in plain Python and compare them with `cells`.

Each check below is written from the request's meaning (what the user asked for), reading the
cell values with openpyxl. It does not parse or evaluate the expert formula, so an error in a
formula (a missing blank guard, a text date slipping through a comparison, an off-by-one row)
shows up as a disagreement with the LibreOffice render.

Conventions (as in README.md): "today" is BUILT; dates typed as text are not dates (never
formatted by date tests); numbers stored as text count by their value only where a request says
so; text comparisons ignore case, as Excel's do, except where the request asks for exact case.

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


# ------------------------------------------------------------------------------ cell values
class Sheet:
    def __init__(self, ws):
        self.ws = ws

    def __call__(self, col: str, row: int):
        v = self.ws.cell(row, column_index_from_string(col)).value
        if isinstance(v, dt.datetime):
            return v.date() if v.time() == dt.time(0) else v
        return v

    def col(self, col: str, r1: int, r2: int) -> list:
        return [self(col, r) for r in range(r1, r2 + 1)]


def num(v):
    """The number in a cell, or None (text, blank, dates and booleans are not numbers)."""
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def value(v):
    """A number, or a number stored as text, by its value."""
    if num(v) is not None:
        return v
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    return None


def date(v):
    return v if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else None


def low(v) -> str:
    return v.strip().lower() if isinstance(v, str) else ""


def blank(v) -> bool:
    return v is None or v == ""


def minutes(t) -> int | None:
    return t.hour * 60 + t.minute if isinstance(t, dt.time) else None


def weekend(d) -> bool:
    return date(d) is not None and d.weekday() >= 5


def top(values: list, n: int) -> float:
    """The n-th largest number (ties at the cut-off all pass a >= test, as Excel's Top N)."""
    nums = sorted((x for x in values if num(x) is not None), reverse=True)
    return nums[n - 1]


def bottom(values: list, n: int) -> float:
    nums = sorted(x for x in values if num(x) is not None)
    return nums[n - 1]


def average(values: list) -> float:
    nums = [x for x in values if num(x) is not None]
    return sum(nums) / len(nums)


# ------------------------------------------------------------------------------ cell sets
def area(applies: str):
    c1, r1, c2, r2 = range_boundaries(applies)
    return [get_column_letter(c) for c in range(c1, c2 + 1)], r1, r2


def rows(applies: str, pred) -> set[str]:
    """Every cell of applies_to in the rows where pred(row) holds."""
    cols, r1, r2 = area(applies)
    return {f"{c}{r}" for r in range(r1, r2 + 1) if pred(r) for c in cols}


def cells(applies: str, pred) -> set[str]:
    """The cells of applies_to where pred(col, row) holds."""
    cols, r1, r2 = area(applies)
    return {f"{c}{r}" for r in range(r1, r2 + 1) for c in cols if pred(c, r)}


def add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


# ------------------------------------------------------------------------------ the checks
def checks(s: Sheet, rid: str, applies: str) -> set[str]:
    R = lambda pred: rows(applies, pred)  # noqa: E731
    C = lambda pred: cells(applies, pred)  # noqa: E731
    T = TODAY

    # ---- housekeeping / Room Board (data rows 5-64) and Minibar (2-71)
    if rid == "d001":
        return R(lambda r: s("D", r) == "Out of Order")
    if rid == "d002":
        return R(lambda r: s("D", r) == "DND")
    if rid == "d003":
        return C(lambda c, r: s("I", r) is not None
                 and minutes(s("H", r)) - minutes(s("G", r)) != s("I", r))
    if rid == "d004":
        return C(lambda c, r: (num(s("I", r)) or 0) > 45)
    if rid == "d005":
        cut = top(s.col("I", 5, 64), 3)
        return C(lambda c, r: num(s("I", r)) is not None and s("I", r) >= cut)
    if rid == "d006":
        return C(lambda c, r: "maint" in low(s("L", r)))
    if rid == "d007":
        return C(lambda c, r: isinstance(s("A", r), str))
    if rid == "d008":
        return C(lambda c, r: blank(s("E", r)))
    if rid == "d009":
        return R(lambda r: s("D", r) == "Inspected" and low(s("K", r)) != "y")
    if rid == "d010":
        trainees = {low(x) for x in s.col("N", 5, 7)}
        return C(lambda c, r: low(s("E", r)) in trainees and not blank(s("E", r)))
    if rid == "d011":
        return R(lambda r: s("F", r) == T)
    if rid == "d012":
        return R(lambda r: (r - 5) % 2 == 0)
    if rid == "d013":
        return C(lambda c, r: (num(s(c, r)) or 0) >= 3)
    if rid == "d014":
        return R(lambda r: weekend(s("A", r)))
    if rid == "d015":
        return C(lambda c, r: (num(s("H", r)) or 0) > 40)
    if rid == "d016":
        return C(lambda c, r: num(s(c, r)) is not None
                 and s(c, r) == max(x for x in s.col(c, 2, 71) if num(x) is not None))
    if rid == "d017":
        return R(lambda r: blank(s("I", r)))
    if rid == "d018":
        keys = [(s("A", r), s("B", r)) for r in range(2, 72)]
        return R(lambda r: keys.count((s("A", r), s("B", r))) > 1)

    # ---- bakery / batches (2-121) and Recipes (4-14)
    if rid == "d019":
        return C(lambda c, r: num(s("F", r)) is not None and s("F", r) < 0.9 * s("E", r))
    if rid == "d020":
        return C(lambda c, r: num(s("G", r)) is not None and s("G", r) > 0.1 * s("F", r))
    if rid == "d021":
        return C(lambda c, r: num(s("H", r)) is not None and not 190 <= s("H", r) <= 235)
    if rid == "d022":
        return C(lambda c, r: num(s("I", r)) is not None and s("I", r) < 45)
    if rid == "d023":
        waste = [x for x in s.col("G", 2, 121) if num(x) is not None]
        k = int(len(waste) * 0.10)
        return C(lambda c, r: num(s("G", r)) is not None
                 and 1 + sum(x > s("G", r) for x in waste) <= k)
    if rid == "d024":
        avg = average(s.col("F", 2, 121))
        return C(lambda c, r: num(s("F", r)) is not None and s("F", r) > avg)
    if rid == "d025":
        return R(lambda r: low(s("K", r)) == "fail")
    if rid == "d026":
        return R(lambda r: low(s("K", r)) == "hold")
    if rid == "d027":
        return C(lambda c, r: date(s("B", r)) is not None
                 and add_days(T, -14) <= s("B", r) <= T)
    if rid == "d028":
        return R(lambda r: date(s("B", r)) is not None and s("B", r).weekday() == 6)
    if rid == "d029":
        ids = [low(x) for x in s.col("A", 2, 121)]
        return C(lambda c, r: ids.count(low(s("A", r))) > 1)
    if rid == "d030":
        return R(lambda r: blank(s("G", r)) or blank(s("J", r)))
    if rid == "d031":
        return R(lambda r: s("D", r) == "L3" and low(s("K", r)) in ("fail", "hold"))
    if rid == "d032":
        return C(lambda c, r: num(s(c, r)) is not None and s(c, r) == 0)
    if rid == "d033":
        return R(lambda r: s("C", r) == "Sourdough" and (num(s("G", r)) or 0) > 10)
    if rid == "d034":
        gone = {low(x) for x in s.col("H", 4, 6)}
        return C(lambda c, r: low(s("A", r)) in gone)
    if rid == "d035":
        return C(lambda c, r: s("C", r) < 2 * s("B", r))
    if rid == "d036":
        return C(lambda c, r: s("D", r) < 0.65)
    if rid == "d037":
        return C(lambda c, r: "nut" in low(s("F", r)))

    # ---- campaigns / Campaigns (5-44, B:M) and Weekly Spend (2-27)
    if rid == "d038":
        return C(lambda c, r: s("H", r) > s("G", r))
    if rid == "d039":
        return R(lambda r: date(s("E", r)) is not None and date(s("F", r)) is not None
                 and (s("F", r) - s("E", r)).days >= 60)
    if rid == "d040":
        return C(lambda c, r: num(s("L", r)) is not None and s("L", r) > 50)
    if rid == "d041":
        return R(lambda r: s("M", r) == "Live" and date(s("F", r)) is not None
                 and s("F", r) < T)
    if rid == "d042":
        return C(lambda c, r: date(s("F", r)) is not None and T < s("F", r) <= add_days(T, 14))
    if rid == "d043":
        return C(lambda c, r: date(s("E", r)) is not None
                 and (s("E", r).year, s("E", r).month) == (T.year, T.month))
    if rid == "d044":
        return R(lambda r: s("M", r) == "Paused")
    if rid == "d045":
        return C(lambda c, r: low(s("B", r)).startswith("[test]"))
    if rid == "d046":
        cut = top(s.col("K", 5, 44), 5)
        return C(lambda c, r: num(s("K", r)) is not None and s("K", r) >= cut)
    if rid == "d047":
        return C(lambda c, r: blank(s("D", r)))
    if rid == "d048":
        names = [low(x) for x in s.col("B", 5, 44)]
        return C(lambda c, r: names.count(low(s("B", r))) > 1)
    if rid == "d049":
        return C(lambda c, r: num(s(c, r)) is not None and s(c, r) == 0)
    if rid == "d050":
        return C(lambda c, r: num(s("L", r)) is not None and s("L", r) > s("M", 2))
    if rid == "d051":
        return R(lambda r: s("M", r) == "Ended")
    if rid == "d052":
        return C(lambda c, r: (num(s(c, r)) or 0) > 5000)
    if rid == "d053":
        block = [s(c, r) for c in "BCDEF" for r in range(2, 28) if num(s(c, r)) is not None]
        return C(lambda c, r: num(s(c, r)) is not None
                 and s(c, r) in (max(block), min(block)))
    if rid == "d054":
        return C(lambda c, r: s("G", r) > 1.2 * s("G", r - 1))
    if rid == "d055":
        return R(lambda r: (r - 2) % 2 == 0)

    # ---- gym / MEMBERS (2-101) and Classes (3-56)
    if rid == "d056":
        return C(lambda c, r: T <= s("F", r) <= add_days(T, 14))
    if rid == "d057":
        return R(lambda r: date(s("H", r)) is not None and s("H", r) <= add_days(T, -60))
    if rid == "d058":
        return C(lambda c, r: s("E", r) <= add_months(T, -60))
    if rid == "d059":
        return R(lambda r: s("L", r) == "Active" and s("F", r) < T)
    if rid == "d060":
        return C(lambda c, r: s("G", r) > 60)
    if rid == "d061":
        avg = average(s.col("I", 2, 101))
        return C(lambda c, r: num(s("I", r)) is not None and s("I", r) < avg)
    if rid == "d062":
        return C(lambda c, r: not blank(s("J", r)) and "@" not in s("J", r))
    if rid == "d063":
        return C(lambda c, r: low(s("J", r)).endswith("@gmail.com"))
    if rid == "d064":
        emails = [low(x) for x in s.col("J", 2, 101)]
        return C(lambda c, r: emails.count(low(s("J", r))) > 1)
    if rid == "d065":
        return C(lambda c, r: s("A", r) in s.col("A", 2, r - 1))
    if rid == "d066":
        return R(lambda r: s("L", r) == "Cancelled")
    if rid == "d067":
        return C(lambda c, r: blank(s("K", r)))
    if rid == "d068":
        joins = sorted((x for x in s.col("E", 2, 101)), reverse=True)
        return C(lambda c, r: s("E", r) >= joins[2])
    if rid == "d069":
        return R(lambda r: s("A", r).weekday() == 5)
    if rid == "d070":
        return C(lambda c, r: s("G", r) >= s("F", r))
    if rid == "d071":
        return C(lambda c, r: (num(s(c, r)) or 0) >= 25)
    if rid == "d072":
        return C(lambda c, r: "yoga" in low(s("D", r)))
    if rid == "d073":
        monday = add_days(T, -T.weekday())
        return R(lambda r: monday <= s("A", r) <= add_days(monday, 6))
    if rid == "d074":
        return C(lambda c, r: s("A", r).weekday() in (1, 3))
    if rid == "d075":
        return C(lambda c, r: not blank(s("H", r)))
    if rid == "d076":
        return R(lambda r: s("G", r) >= s("F", r) and (num(s("H", r)) or 0) > 5)

    # ---- conference / Submissions (3-82) and Speakers (2-41)
    if rid == "d077":
        return C(lambda c, r: (num(s("J", r)) or 0) >= 4)
    if rid == "d078":
        return C(lambda c, r: s(c, r) == 1)
    if rid == "d079":
        cut = top(s.col("J", 3, 82), 5)
        return C(lambda c, r: num(s("J", r)) is not None and s("J", r) >= cut)
    if rid == "d080":
        avg = average(s.col("J", 3, 82))
        return C(lambda c, r: num(s("J", r)) is not None and s("J", r) < avg)
    if rid == "d081":
        return C(lambda c, r: num(s("G", r)) is not None and num(s("H", r)) is not None
                 and abs(s("G", r) - s("H", r)) >= 2)
    if rid == "d082":
        return R(lambda r: s("K", r) == "Accept" and s("E", r) == "Workshop")
    if rid == "d083":
        return R(lambda r: s("K", r) == "Reject" and (num(s("J", r)) or 0) >= 3.5)
    if rid == "d084":
        return C(lambda c, r: "kubernetes" in low(s("B", r)) or "k8s" in low(s("B", r)))
    if rid == "d085":
        return C(lambda c, r: str(s("B", r)).endswith("?"))
    if rid == "d086":
        return R(lambda r: any(blank(s(c, r)) for c in "GHI"))
    if rid == "d087":
        return C(lambda c, r: s("K", r) == "Accept" and blank(s("L", r)))
    if rid == "d088":
        speakers = [low(x) for x in s.col("C", 3, 82)]
        return C(lambda c, r: speakers.count(low(s("C", r))) > 1)
    if rid == "d089":
        return R(lambda r: s("K", r) == "Reject")
    if rid == "d090":
        return C(lambda c, r: date(s("F", r)) is not None and s("F", r) < add_days(T, -60))
    if rid == "d091":
        sponsors = {low(x) for x in s.col("J", 2, 5)}
        return C(lambda c, r: low(s("B", r)) in sponsors)
    if rid == "d092":
        return C(lambda c, r: s("E", r) != (s("G", r) - s("F", r)).days)
    if rid == "d093":
        return C(lambda c, r: s("D", r) > 1500)
    if rid == "d094":
        return C(lambda c, r: low(s("B", r)) == "tbd")
    if rid == "d095":
        return C(lambda c, r: s("C", r) == "usa")
    if rid == "d096":
        return C(lambda c, r: weekend(s("F", r)))

    # ---- meters / Main Meter (5-60) and Sites (5-24)
    if rid == "d097":
        return C(lambda c, r: num(s("B", r)) is not None and num(s("B", r - 1)) is not None
                 and s("B", r) < s("B", r - 1))
    if rid == "d098":
        return C(lambda c, r: num(s("C", r)) is not None and num(s("C", r - 1)) is not None
                 and s("C", r) > 1.5 * s("C", r - 1))
    if rid == "d099":
        return C(lambda c, r: (num(s("C", r)) or 0) > 2000)
    if rid == "d100":
        return C(lambda c, r: date(s("A", r)) is not None and s("A", r).weekday() != 0)
    if rid == "d101":
        return R(lambda r: s("E", r) == "E")
    if rid == "d102":
        cut = top(s.col("C", 5, 60), 3)
        return C(lambda c, r: num(s("C", r)) is not None and s("C", r) >= cut)
    if rid == "d103":
        return R(lambda r: blank(s("B", r)))
    if rid == "d104":
        return C(lambda c, r: date(s("A", r)) is not None and s("A", r) < add_months(T, -12))
    if rid == "d105":
        return C(lambda c, r: (num(s(c, r)) or 0) > s("B", 2))
    if rid == "d106":
        return C(lambda c, r: (num(s(c, r)) or 0) < 0)
    if rid == "d107":
        return C(lambda c, r: num(s(c, r)) is not None
                 and s(c, r) == max(x for x in (s(k, r) for k in "CDEFGHIJKLMN")
                                    if num(x) is not None))
    if rid == "d108":
        return C(lambda c, r: blank(s(c, r)))
    if rid == "d109":
        def col_max(c):
            vals = [x for x in s.col(c, 5, 24) if num(x) is not None]
            return max(vals) if vals else None
        return C(lambda c, r: num(s(c, r)) is not None and s(c, r) == col_max(c))
    if rid == "d110":
        meters = [low(x) for x in s.col("B", 5, 24)]
        return C(lambda c, r: meters.count(low(s("B", r))) > 1)
    if rid == "d111":
        return R(lambda r: (num(s("L", r)) or 0) > 10000 and (num(s("M", r)) or 0) > 10000)

    # ---- volunteers / Rota (2-87) and Volunteers (2-31)
    if rid == "d112":
        return R(lambda r: blank(s("E", r)))
    if rid == "d113":
        return R(lambda r: weekend(s("A", r)))
    if rid == "d114":
        return C(lambda c, r: s("A", r).weekday() == 4)
    if rid == "d115":
        return R(lambda r: T < s("A", r) <= add_days(T, 7))
    if rid == "d116":
        return R(lambda r: s("A", r) < T and not blank(s("E", r)) and low(s("J", r)) != "yes")
    if rid == "d117":
        dbs = {low(x) for x in s.col("M", 2, 5)}
        return C(lambda c, r: low(s("E", r)) in dbs and not blank(s("E", r)))
    if rid == "d118":
        pairs = [(s("A", r), low(s("E", r))) for r in range(2, 88) if not blank(s("E", r))]
        return C(lambda c, r: not blank(s("E", r))
                 and pairs.count((s("A", r), low(s("E", r)))) > 1)
    if rid == "d119":
        return C(lambda c, r: round((minutes(s("H", r)) - minutes(s("G", r))) / 60, 2)
                 != s("I", r))
    if rid == "d120":
        return C(lambda c, r: (num(s("I", r)) or 0) > 6)
    if rid == "d121":
        return C(lambda c, r: low(s("D", r)).startswith("food"))
    if rid == "d122":
        return R(lambda r: s("F", r) == "Team Lead")
    if rid == "d123":
        return R(lambda r: low(s("J", r)) == "no")
    if rid == "d124":
        return C(lambda c, r: date(s("E", r)) is not None and s("E", r) <= add_days(T, 30))
    if rid == "d125":
        cut = top(s.col("F", 2, 31), 3)
        return C(lambda c, r: num(s("F", r)) is not None and s("F", r) >= cut)
    if rid == "d126":
        return C(lambda c, r: isinstance(s("F", r), str))
    if rid == "d127":
        return C(lambda c, r: not blank(s("H", r)))
    if rid == "d128":
        return C(lambda c, r: value(s("F", r)) is not None and value(s("F", r)) < s("K", 1))
    if rid == "d129":
        return R(lambda r: s("D", r) < dt.date(2025, 1, 1) and value(s("F", r)) < 10)

    # ---- bugs / Issues (2-141) and Sprint 42 (4-17)
    if rid == "d130":
        return R(lambda r: date(s("J", r)) is not None and s("J", r) < T
                 and low(s("E", r)) not in ("done", "won't fix"))
    if rid == "d131":
        return R(lambda r: s("D", r) == "P1" and blank(s("F", r)))
    if rid == "d132":
        return R(lambda r: s("E", r) == "Blocked" or (s("D", r) == "P1" and s("E", r) == "Open"))
    if rid == "d133":
        return C(lambda c, r: num(s("L", r)) is not None and s("L", r) >= 1.5 * s("K", r))
    if rid == "d134":
        return C(lambda c, r: date(s("H", r)) is not None and s("I", r) < s("H", r))
    if rid == "d135":
        return C(lambda c, r: s("I", r) <= add_days(T, -30))
    if rid == "d136":
        return C(lambda c, r: date(s("J", r)) is not None and s("J", r) <= T)
    if rid == "d137":
        last_month = add_months(T.replace(day=1), -1)
        return C(lambda c, r: date(s("H", r)) is not None
                 and (s("H", r).year, s("H", r).month) == (last_month.year, last_month.month))
    if rid == "d138":
        return C(lambda c, r: "crash" in low(s("B", r)))
    if rid == "d139":
        return C(lambda c, r: str(s("B", r)).upper().startswith("[UI]"))
    if rid == "d140":
        return R(lambda r: s("E", r) == "Blocked")
    if rid == "d141":
        return R(lambda r: s("E", r) == "Done")
    if rid == "d142":
        logged = [x for x in s.col("L", 2, 141) if num(x) is not None]
        k = int(len(logged) * 0.05)
        return C(lambda c, r: num(s("L", r)) is not None
                 and 1 + sum(x > s("L", r) for x in logged) <= k)
    if rid == "d143":
        summaries = [low(x) for x in s.col("B", 2, 141)]
        return C(lambda c, r: summaries.count(low(s("B", r))) > 1)
    if rid == "d144":
        return R(lambda r: blank(s("F", r)) or blank(s("J", r)))
    if rid == "d145":
        return C(lambda c, r: weekend(s("H", r)))
    if rid == "d146":
        return C(lambda c, r: (num(s(c, r)) or 0) > 40)
    if rid == "d147":
        return C(lambda c, r: num(s("K", r)) is not None and s("K", r) <= 0.5)
    if rid == "d148":
        return C(lambda c, r: s("D", r) - s("C", r) > 5)
    if rid == "d149":
        return R(lambda r: weekend(s("B", r)))
    if rid == "d150":
        return C(lambda c, r: (num(s(c, r)) or 0) < 0)
    if rid == "d151":
        return C(lambda c, r: (num(s("E", r)) or 0) > 5)
    raise KeyError(f"no check for {rid}")


def main() -> int:
    data = yaml.safe_load((HERE / "requests.yaml").read_text())
    assert data["built"] == BUILT, data["built"]
    books: dict[str, object] = {}
    bad = 0
    for req in data["requests"]:
        name = req["workbook"]
        if name not in books:
            books[name] = load_workbook(HERE / name)
        s = Sheet(books[name][req["sheet"]])
        want = checks(s, req["id"], req["rule"]["applies_to"])
        got = set(req.get("cells", []))
        if want != got:
            bad += 1
            print(f"{req['id']}: python-only {sorted(want - got)[:8]} "
                  f"render-only {sorted(got - want)[:8]}")
    total = len(data["requests"])
    print(f"{total - bad}/{total} requests agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
