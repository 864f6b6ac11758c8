"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Adapted from dev-v6 part O's crosscheck.py (the helpers; the checks are this set's own).

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case.

The helpers `gt/lt/between/le_edge` also raise `Boundary` when a value sits exactly on a
threshold that the request leaves vague (so the set's expected cells never hinge on inclusive
vs exclusive); `age` raises it when a birthday falls on BUILT.

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




def le_edge(a, b):
    """a <= b where b is a vague edge ("within the next 30 days"): a value on b is a boundary."""
    if a is None or b is None:
        return False
    _edge(a, b)
    return a <= b


def age(born: dt.date) -> int:
    """Whole years on BUILT (Excel's DATEDIF(born, TODAY(), "y")); a birthday today is a boundary."""
    if (born.month, born.day) == (BUILT.month, BUILT.day):
        raise Boundary(f"birthday on BUILT: {born}")
    return BUILT.year - born.year - ((BUILT.month, BUILT.day) < (born.month, born.day))


def row_max(tab, heads):
    """Every cell equal to the highest number in its row across `heads` (ties all count)."""
    out = set()
    for row in tab.rows:
        xs = [num(row[h]) for h in heads if num(row[h]) is not None]
        if not xs:
            continue
        m = max(xs)
        out |= {f"{get_column_letter(tab.cols[h])}{row.r}" for h in heads if num(row[h]) == m}
    return out


def rises(tab, heads, conv=num):
    """Cells higher than the cell to their left within `heads` (either side blank: skipped)."""
    out = set()
    for p, m in zip(heads, heads[1:]):
        out |= tab.cells(m, lambda v, r, p=p: conv(v) is not None and conv(r[p]) is not None
                         and conv(v) > conv(r[p]))
    return out


def repeats(tab, h, key=lambda v: v):
    """Second and later occurrences of a value in column h (top to bottom)."""
    seen = Counter()
    out = set()
    for row in tab.rows:
        v = row[h]
        if blank(v):
            continue
        seen[key(v)] += 1
        if seen[key(v)] > 1:
            out.add(f"{get_column_letter(tab.cols[h])}{row.r}")
    return out


def gap(a, b):
    """Days from date cell b to date cell a (None unless both are real dates)."""
    return None if d(a) is None or d(b) is None else (d(a) - d(b)).days


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "JB": ("translation_agency.xlsx", "Jobs", "B4:O44"),
    "TR": ("translation_agency.xlsx", "Translators", "A1:I13"),
    "WM": ("translation_agency.xlsx", "Translators", "A17:G29"),
    "ST": ("flight_school.xlsx", "Students", "A4:L40"),
    "LS": ("flight_school.xlsx", "Lessons", "A1:K34"),
    "AC": ("flight_school.xlsx", "Lessons", "M1:O4"),
    "SB": ("film_festival.xlsx", "Submissions", "A3:N45"),
    "SN": ("film_festival.xlsx", "Screenings", "B2:K27"),
    "TK": ("film_festival.xlsx", "Box office", "A2:G11"),
    "MR": ("film_festival.xlsx", "Box office", "A15:G21"),
    "PJ": ("pest_control.xlsx", "Jobs", "A5:M47"),
    "BC": ("pest_control.xlsx", "Bait checks", "A2:F15"),
    "TE": ("pest_control.xlsx", "Techs", "A1:I7"),
    "HD": ("dairy_herd.xlsx", "Herd", "B4:O44"),
    "BT": ("dairy_herd.xlsx", "Weekly", "A2:G9"),
    "CF": ("dairy_herd.xlsx", "Weekly", "J2:P7"),
    "TX": ("dairy_herd.xlsx", "Treatments", "A1:H23"),
    "MB": ("chess_club.xlsx", "Members", "B3:N41"),
    "RT": ("chess_club.xlsx", "Ratings", "A2:G18"),
    "AT": ("chess_club.xlsx", "Ratings", "A23:F28"),
    "MT": ("chess_club.xlsx", "Matches", "A1:I16"),
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
    # ---------------- translation_agency
    JB, TR, WM = T("JB"), T("TR"), T("WM")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    min_margin = cell("translation_agency.xlsx", "Jobs", "R4")
    C["t001"] = lambda: JB.whole(lambda r: num(r["Cost (€)"]) > num(r["Quote (€)"]))
    C["t002"] = lambda: JB.cells("Delivered", lambda v, r: d(v) and d(r["Due"]) and d(v) > d(r["Due"]))
    C["t003"] = lambda: JB.cells("Quote (€)", lambda v, r: lt((num(v) - num(r["Cost (€)"])) / num(v), min_margin))
    C["t004"] = lambda: TR.cells("Name", lambda v, r: num(r["Booked (wds)"]) > num(r["Cap. (wds/wk)"]))
    C["t005"] = lambda: drops(WM, months)
    C["t006"] = lambda: WM.cells("Name", lambda v, r: num(r["Nov"]) is not None and num(r["Jun"]) is not None
                                 and num(r["Nov"]) > num(r["Jun"]))
    C["t007"] = lambda: JB.whole(lambda r: t(r["Rush"]) == "yes" and blank(r["Delivered"]))
    C["t008"] = lambda: JB.whole(lambda r: gt(val(r["Words"]), 10000)
                                 and t(r["Lang pair"]).split(">")[-1] in ("ja", "de"))
    C["t009"] = lambda: JB.whole(lambda r: t(r["Client"]) == "brightwell legal" and lt(num(r["QA score"]), 0.95))
    C["t010"] = lambda: JB.cells("Job ref", lambda v, r: gt(val(r["Words"]), 5000) and t(r["Status"]) != "invoiced")
    C["t011"] = lambda: JB.cells("Due", lambda v, r: days(v) is not None and days(v) <= 0 and blank(r["Delivered"]))
    C["t012"] = lambda: JB.cells("Delivered", lambda v, r: gt(gap(v, r["Received"]), 14))
    C["t013"] = lambda: TR.cells("Last test", lambda v, r: d(v) is not None and lt((d(v) - edate(BUILT, -12)).days, 0))
    C["t014"] = lambda: TR.cells("Contract end", lambda v, r: between(days(v), 0, 90))
    C["t015"] = lambda: JB.cells("Received", lambda v, r: between(days(v), -14, 0))
    C["t016"] = lambda: block_top(WM, months, 5)
    C["t017"] = lambda: WM.cells(months, lambda v, r: lt(num(v), 5000))
    C["t018"] = lambda: row_max(WM, months)
    C["t019"] = lambda: JB.cells("Job ref", dup(JB, "Job ref"))
    C["t020"] = lambda: JB.cells("Client", lambda v, r: not blank(v) and JB.count("Client", t)[t(v)] == 1)
    C["t021"] = lambda: top(JB, "Quote (€)", 3)
    C["t022"] = lambda: top(JB, "Quote (€)", 4, largest=False)
    C["t023"] = lambda: JB.whole(lambda r: blank(r["Translator"]))
    C["t024"] = lambda: JB.cells("Lang pair", lambda v, r: t(v).endswith(">en"))
    C["t025"] = lambda: JB.cells("Due", lambda v, r: weekend(v))

    # ---------------- flight_school
    ST, LS, AC = T("ST"), T("LS"), T("AC")
    ppl = cell("flight_school.xlsx", "Students", "O1")
    hours = ["Dual (h)", "Solo (h)", "Total (h)"]
    C["t026"] = lambda: ST.cells("Total (h)", lambda v, r: abs(val(r["Dual (h)"]) + val(r["Solo (h)"]) - num(v)) > 0.05)
    C["t027"] = lambda: ST.cells("Student", lambda v, r: num(r["Total (h)"]) >= ppl)
    C["t028"] = lambda: LS.whole(lambda r: num(r["Tach in"]) is not None
                                 and gt(num(r["Tach in"]) - num(r["Tach out"]), 1.75))
    C["t029"] = lambda: LS.cells("In", lambda v, r: mins(v) is not None and gt(mins(v) - mins(r["Out"]), 120))
    C["t030"] = lambda: AC.cells("Aircraft", lambda v, r: lt(num(r["Next 50h at"]) - num(r["Tach now"]), 15))
    C["t031"] = lambda: ST.cells("Student", lambda v, r: num(r["Solo (h)"]) > 0
                                 and gt(val(r["Dual (h)"]), 3 * num(r["Solo (h)"])))
    C["t032"] = lambda: ST.whole(lambda r: t(r["Instructor"]) in ("kay brennan", "raj menon")
                                 and num(r["Balance ($)"]) < 0)
    C["t033"] = lambda: ST.whole(lambda r: num(r["Total (h)"]) >= 45 and num(r["Exams passed"]) < 9)
    C["t034"] = lambda: LS.whole(lambda r: t(r["Lesson"]) == "nav" and t(r["Aircraft"]) != "g-otwo")
    C["t035"] = lambda: ST.cells("Student", lambda v, r: blank(r["First solo"]) and d(r["Joined"]) is not None
                                 and lt((d(r["Joined"]) - edate(BUILT, -12)).days, 0))
    C["t036"] = lambda: ST.cells("First solo", lambda v, r: d(v) is not None and d(r["DOB"]) is not None
                                 and d(v) < edate(d(r["DOB"]), 16 * 12))
    C["t037"] = lambda: ST.cells("Medical exp.", lambda v, r: le_edge(days(v), 30))
    C["t038"] = lambda: ST.cells("Last flight", lambda v, r: lt(days(v), -60))
    C["t039"] = lambda: ST.cells("Student", lambda v, r: d(r["DOB"]) is not None and age(d(r["DOB"])) < 18)
    C["t040"] = lambda: LS.cells("Date", lambda v, r: between(days(v), -10, 0))
    C["t041"] = lambda: ST.cells(hours, lambda v, r: gt(num(v), 50))
    C["t042"] = lambda: col_max(ST, hours)
    C["t043"] = lambda: LS.cells(["Out", "In", "Tach out", "Tach in"], lambda v, r: blank(v))
    C["t044"] = lambda: ST.cells("Student", dup(ST, "Student"))
    C["t045"] = lambda: LS.cells("Student", dup(LS, "Student"))
    C["t046"] = lambda: top(ST, "Total (h)", 5)
    C["t047"] = lambda: {c for c in top(ST, "Balance ($)", 3, largest=False)}
    C["t048"] = lambda: ST.cells("Student", lambda v, r: blank(r["Medical exp."]))
    C["t049"] = lambda: LS.cells("Lesson", lambda v, r: "circuits" in t(v))
    C["t050"] = lambda: LS.whole(lambda r: d(r["Date"]) is not None and d(r["Date"]).weekday() == 6)

    # ---------------- film_festival
    SB, SN, TK, MR = T("SB"), T("SN"), T("TK"), T("MR")
    late = d(cell("film_festival.xlsx", "Submissions", "Q1"))
    shorts_max = cell("film_festival.xlsx", "Submissions", "Q2")
    fest_days = ["Fri 27", "Sat 28", "Sun 29", "Mon 30", "Tue 1"]
    scores = ["R1", "R2", "R3", "R4"]
    C["t051"] = lambda: SB.cells("Fee paid ($)", lambda v, r: num(v) is not None and 0 < num(v) < num(r["Fee ($)"]))
    C["t052"] = lambda: SN.whole(lambda r: val(r["Sold"]) is not None
                                 and val(r["Sold"]) + (num(r["Comps"]) or 0) > num(r["Seats"]))
    C["t053"] = lambda: SN.cells("Start", lambda v, r: gt(mins(v) + num(r["Slot (min)"]), 22 * 60 + 30))
    C["t054"] = lambda: SB.cells("Submitted", lambda v, r: d(v) is not None and d(v) > late)
    C["t055"] = lambda: SB.cells(["R1", "R2"], lambda v, r: num(r["R1"]) is not None and num(r["R2"]) is not None
                                 and abs(num(r["R1"]) - num(r["R2"])) >= 4)
    C["t056"] = lambda: drops(TK, fest_days)
    C["t057"] = lambda: SB.cells("Runtime (min)", lambda v, r: t(r["Category"]) == "short" and gt(val(v), shorts_max))
    C["t058"] = lambda: SB.whole(lambda r: t(r["Decision"]) == "selected"
                                 and (blank(r["Fee paid ($)"]) or num(r["Fee paid ($)"]) < num(r["Fee ($)"])))
    C["t059"] = lambda: SN.whole(lambda r: t(r["Q&A"]) == "yes" and val(r["Sold"]) is not None
                                 and lt(val(r["Sold"]), num(r["Seats"]) / 2))
    C["t060"] = lambda: SB.whole(lambda r: t(r["Decision"]) != "rejected" and gt(val(r["Runtime (min)"]), 60))
    C["t061"] = lambda: SN.cells("Date", lambda v, r: days(v) is not None and 0 <= days(v) <= 3)
    C["t062"] = lambda: SB.cells("Submitted", lambda v, r: d(v) is not None
                                 and late - dt.timedelta(days=14) <= d(v) <= late)
    C["t063"] = lambda: SN.whole(lambda r: days(r["Date"]) in (-1, 0))
    C["t064"] = lambda: TK.cells(fest_days, lambda v, r: num(v) is not None and num(v) < num(r["Target/day"]))
    C["t065"] = lambda: SB.cells(scores, lambda v, r: num(v) is not None and num(v) <= 2)
    C["t066"] = lambda: block_top(MR, fest_days, 3)
    C["t067"] = lambda: row_max(TK, fest_days)
    C["t068"] = lambda: SB.cells("Sub ID", dup(SB, "Sub ID"))
    C["t069"] = lambda: SB.whole(lambda r: SB.count("Title", t)[t(r["Title"])] > 1)
    C["t070"] = lambda: top(SB, "Avg score", 3)
    C["t071"] = lambda: top(SB, "Runtime (min)", 5, largest=False)
    C["t072"] = lambda: SB.whole(lambda r: any(blank(r[s]) for s in scores))
    C["t073"] = lambda: SN.cells("Film", lambda v, r: blank(r["Sold"]))
    C["t074"] = lambda: SB.cells("Title", lambda v, r: "winter" in t(v))
    C["t075"] = lambda: SN.whole(lambda r: weekend(r["Date"]))

    # ---------------- pest_control
    PJ, BC, TE = T("PJ"), T("BC"), T("TE")
    max_days = cell("pest_control.xlsx", "Jobs", "D3")
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["t076"] = lambda: PJ.whole(lambda r: num(r["Cost (£)"]) > val(r["Price (£)"]))
    C["t077"] = lambda: PJ.cells("Visited", lambda v, r: gt(gap(v, r["Reported"]), max_days))
    C["t078"] = lambda: TE.cells("Hrs (wk 48)", lambda v, r: num(v) > num(r["Contr. hrs"]))
    C["t079"] = lambda: TE.cells("Tech", lambda v, r: gt(num(r["Callbacks"]), 0.1 * num(r["Jobs (Nov)"])))
    C["t080"] = lambda: rises(BC, wks, val)
    C["t081"] = lambda: BC.cells("Site", lambda v, r: val(r["Wk 48"]) is not None and val(r["Wk 44"]) is not None
                                 and val(r["Wk 48"]) > val(r["Wk 44"]))
    C["t082"] = lambda: PJ.whole(lambda r: t(r["Pest"]) in ("rats", "mice") and num(r["Stations"]) >= 8)
    C["t083"] = lambda: PJ.whole(lambda r: t(r["Contract"]) == "y" and blank(r["Paid"]))
    C["t084"] = lambda: PJ.cells("Price (£)", lambda v, r: t(r["Contract"]) == "n" and lt(val(v), 100))
    C["t085"] = lambda: PJ.whole(lambda r: t(r["Tech"]) in ("shona reid", "marek zielinski")
                                 and gt(val(r["Price (£)"]), 300))
    C["t086"] = lambda: PJ.cells("Next visit", lambda v, r: between(days(v), 0, 14))
    C["t087"] = lambda: PJ.cells("Next visit", lambda v, r: lt(days(v), -14))
    C["t088"] = lambda: PJ.cells("Paid", lambda v, r: gt(gap(v, r["Visited"]), 14))
    C["t089"] = lambda: TE.cells("Cert. expiry", lambda v, r: le_edge(days(v), 30))
    C["t090"] = lambda: TE.cells("Tech", lambda v, r: d(r["Started"]) is not None
                                 and d(r["Started"]) <= edate(BUILT, -60))
    C["t091"] = lambda: BC.cells(wks, lambda v, r: val(v) is not None and val(v) >= 0.5)
    C["t092"] = lambda: row_max(BC, wks)
    C["t093"] = lambda: BC.cells(wks, lambda v, r: blank(v))
    C["t094"] = lambda: PJ.cells("Job no.", dup(PJ, "Job no."))
    C["t095"] = lambda: repeats(PJ, "Customer", t)
    C["t096"] = lambda: top(PJ, "Price (£)", 2)
    C["t097"] = lambda: top(PJ, "Cost (£)", 5, largest=False)
    C["t098"] = lambda: PJ.whole(lambda r: blank(r["Tech"]))
    C["t099"] = lambda: PJ.cells("Postcode", lambda v, r: t(v).startswith("de"))
    C["t100"] = lambda: PJ.cells("Reported", lambda v, r: weekend(v))

    # ---------------- dairy_herd
    HD, BT, CF, TX = T("HD"), T("BT"), T("CF"), T("TX")
    scc_limit = cell("dairy_herd.xlsx", "Herd", "R4")
    min_l = cell("dairy_herd.xlsx", "Herd", "R5")
    weeks = ["Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    C["t101"] = lambda: HD.cells("SCC (k/ml)", lambda v, r: gt(val(v), scc_limit))
    C["t102"] = lambda: HD.cells("L/day", lambda v, r: val(v) is not None and num(r["L/day Oct"])
                                 and lt(val(v) / num(r["L/day Oct"]), 0.85))
    C["t103"] = lambda: HD.cells("Name", lambda v, r: lt(val(r["L/day"]), min_l))
    C["t104"] = lambda: drops(BT, weeks, val)
    C["t105"] = lambda: TX.cells("Meat w/d (days)", lambda v, r: num(v) - num(r["Milk w/d (days)"]) >= 10)
    C["t106"] = lambda: CF.cells("Pen", lambda v, r: num(r["Wk 48"]) < num(r["Wk 43"]))
    C["t107"] = lambda: HD.whole(lambda r: t(r["Breed"]) == "holstein" and lt(val(r["L/day"]), 25))
    C["t108"] = lambda: HD.whole(lambda r: t(r["Pen"]) == "b" and num(r["Lact."]) >= 7)
    C["t109"] = lambda: HD.whole(lambda r: t(r["Breed"]) != "holstein" and gt(val(r["SCC (k/ml)"]), 200))
    C["t110"] = lambda: HD.cells("Name", lambda v, r: t(r["Pen"]) == "a" and val(r["L/day"]) is not None
                                 and val(r["L/day"]) < num(r["L/day Oct"]))
    C["t111"] = lambda: TX.whole(lambda r: t(r["Reason"]) == "mastitis" and t(r["Vet"]) == "jm")
    C["t112"] = lambda: HD.cells("Dry-off", lambda v, r: days(v) is not None and days(v) >= 0 and le_edge(days(v), 30))
    C["t113"] = lambda: HD.cells("Born", lambda v, r: d(v) is not None and age(d(v)) >= 8
                                 and edate(d(v), 96) != BUILT)
    C["t114"] = lambda: HD.cells("Last calved", lambda v, r: days(v) is not None and gt(-days(v), 305))
    C["t115"] = lambda: TX.whole(lambda r: d(r["Treated"]) is not None
                                 and d(r["Treated"]) + dt.timedelta(days=num(r["Meat w/d (days)"])) > BUILT)
    C["t116"] = lambda: BT.cells(weeks, lambda v, r: lt(val(v), 2300))
    C["t117"] = lambda: col_max(CF, weeks)
    C["t118"] = lambda: HD.cells(["Fat %", "Prot %"], lambda v, r: gt(num(v), 0.05))
    C["t119"] = lambda: HD.cells("Tag", dup(HD, "Tag"))
    C["t120"] = lambda: TX.whole(lambda r: TX.count("Tag")[r["Tag"]] > 1)
    C["t121"] = lambda: top(HD, "L/day", 3)
    C["t122"] = lambda: top(HD, "SCC (k/ml)", 3, largest=False)
    C["t123"] = lambda: HD.whole(lambda r: blank(r["L/day"]) or blank(r["SCC (k/ml)"]))
    C["t124"] = lambda: HD.cells("Notes", lambda v, r: "mastitis" in t(v))
    C["t125"] = lambda: HD.cells("Notes", lambda v, r: t(v).startswith(("lame", "hoof")))

    # ---------------- chess_club
    MB, RT, AT, MT = T("MB"), T("RT"), T("AT"), T("MT")
    junior_subs = cell("chess_club.xlsx", "Members", "Q3")
    adult_subs = cell("chess_club.xlsx", "Members", "Q4")
    nights = ["2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"]
    C["t126"] = lambda: MB.cells("Rating", lambda v, r: val(v) is not None and num(r["Prev rtg"]) - val(v) >= 50)
    C["t127"] = lambda: MB.cells("Paid (£)", lambda v, r: num(v) is not None and 0 < num(v) < num(r["Subs (£)"]))
    C["t128"] = lambda: MT.whole(lambda r: val(r["Our pts"]) is not None and num(r["Their pts"]) is not None
                                 and val(r["Our pts"]) > num(r["Their pts"]))
    C["t129"] = lambda: drops(RT, months)
    C["t130"] = lambda: AT.cells("Night", lambda v, r: num(r["30 Nov"]) < num(r["23 Nov"]))
    C["t131"] = lambda: MB.whole(lambda r: t(r["Section"]) == "junior" and gt(val(r["Rating"]), 1200))
    C["t132"] = lambda: MB.whole(lambda r: num(r["Games"]) >= 10 and num(r["L"]) > num(r["W"]))
    C["t133"] = lambda: MT.whole(lambda r: t(r["H/A"]) == "a" and mins(r["Start"]) >= 19 * 60)
    C["t134"] = lambda: MB.cells("Subs (£)", lambda v, r: num(v) != (junior_subs if t(r["Section"]) == "junior"
                                                                     else adult_subs))
    C["t135"] = lambda: MB.cells("Name", lambda v, r: d(r["Born"]) is not None and age(d(r["Born"])) < 12)
    C["t136"] = lambda: MB.cells("Joined", lambda v, r: d(v) is not None and gt((d(v) - edate(BUILT, -12)).days, 0))
    C["t137"] = lambda: MT.cells("Date", lambda v, r: between(days(v), 0, 30))
    C["t138"] = lambda: RT.cells(months, lambda v, r: num(v) is not None and num(v) >= 2000)
    C["t139"] = lambda: row_max(RT, months)
    C["t140"] = lambda: AT.cells(nights, lambda v, r: lt(num(v), 10))
    C["t141"] = lambda: MB.cells(["W", "D", "L"], lambda v, r: num(v) >= 10)
    C["t142"] = lambda: MB.cells("Name", dup(MB, "Name"))
    C["t143"] = lambda: MB.cells("Email", dup(MB, "Email"))
    C["t144"] = lambda: top(MB, "Rating", 5)
    C["t145"] = lambda: top(MB, "Games", 2)
    C["t146"] = lambda: MB.cells("Email", lambda v, r: blank(v))
    C["t147"] = lambda: MB.whole(lambda r: blank(r["Paid (£)"]))
    C["t148"] = lambda: MT.cells("Opponent", lambda v, r: "moorgate" in t(v))
    C["t149"] = lambda: AT.cells("Night", lambda v, r: t(v).startswith("thu"))
    C["t150"] = lambda: MB.whole(lambda r: (r.r - 4) % 2 == 0)
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
