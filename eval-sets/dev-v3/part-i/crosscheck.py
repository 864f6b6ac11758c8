"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day are real times and durations come from them.

The helpers `gt/lt/between` also raise `Boundary` when a value sits exactly on a threshold that
the request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive).
`less`/`more` are plain strict comparisons for thresholds the request states exactly (a grade
below a target grade, a mark under the pass mark, spend over the budget, a date before another
date), where equal values exist on purpose; `>=`/`<=` are written
out where the request says "or more", "or later", "or earlier".

    python crosscheck.py         # exit 1 on any disagreement or boundary hit
"""

from __future__ import annotations

import calendar
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


def tod(v):
    """A real time-of-day cell, in hours."""
    if isinstance(v, dt.time):
        return v.hour + v.minute / 60 + v.second / 3600
    return None


def dur(v):
    """A real duration cell, in hours (blank: None)."""
    if isinstance(v, dt.timedelta):
        return v.total_seconds() / 3600
    if isinstance(v, dt.time):
        return tod(v)
    return None


def edate(x: dt.date, months: int) -> dt.date:
    """Excel's EDATE: same day-of-month `months` later, clipped to the month's end."""
    m = x.month - 1 + months
    y, m = x.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


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


def less(a, b):
    """Strict a < b where the request states the threshold exactly (no boundary check)."""
    if a is None or b is None:
        return False
    return a < b - 1e-12


def more(a, b):
    """Strict a > b where the request states the threshold exactly (no boundary check)."""
    if a is None or b is None:
        return False
    return a > b + 1e-12


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
    _edge(a, hi)
    return lo <= a <= hi


# ------------------------------------------------------------------ tables
class Row(dict):
    r: int


class Table:
    def __init__(self, book: str, sheet: str, ref: str):
        ws = sheet_of(book, sheet)
        c1, r1, c2, r2 = range_boundaries(ref)
        self.c1, self.c2 = c1, c2
        self.cols = {str(ws.cell(r1, c).value).strip(): c for c in range(c1, c2 + 1)}
        self.rows = []
        for r in range(r1 + 1, r2 + 1):
            row = Row({h: ws.cell(r, c).value for h, c in self.cols.items()})
            row.r = r
            self.rows.append(row)

    def addr(self, h: str, row: Row) -> str:
        return f"{get_column_letter(self.cols[h])}{row.r}"

    def whole(self, pred) -> set[str]:
        return {f"{get_column_letter(c)}{row.r}" for row in self.rows if pred(row)
                for c in range(self.c1, self.c2 + 1)}

    def cells(self, heads, pred) -> set[str]:
        if isinstance(heads, str):
            heads = [heads]
        return {self.addr(h, row) for row in self.rows for h in heads if pred(row[h], row)}

    def count(self, h, key=lambda v: v):
        return Counter(key(row[h]) for row in self.rows if not blank(row[h]))


def sheet_of(book: str, sheet: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet]


def cell(book: str, sheet: str, ref: str):
    return sheet_of(book, sheet)[ref].value


def top(tab: Table, h: str, n: int, largest=True, conv=val):
    """The n largest (or smallest) values of a column (numbers stored as text count by value);
    a tie across the cut-off is a boundary."""
    vals = sorted((x for x in (conv(row[h]) for row in tab.rows) if x is not None), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def topblock(tab: Table, heads: list[str], n: int):
    """The n largest values anywhere in a block of columns; a tie across the cut-off is a boundary."""
    vals = sorted((val(row[h]) for row in tab.rows for h in heads if val(row[h]) is not None), reverse=True)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {heads}")
    return tab.cells(heads, lambda v, r: val(v) is not None and val(v) >= cut)


def colbest(tab: Table, heads: list[str], largest=True):
    """The largest (or smallest) value of each column of a block; ties all count."""
    out = set()
    for h in heads:
        vals = [val(row[h]) for row in tab.rows if val(row[h]) is not None]
        best = max(vals) if largest else min(vals)
        out |= tab.cells(h, lambda v, r: val(v) is not None and abs(val(v) - best) < 1e-9)
    return out


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "BL": ("brewery_batches.xlsx", "Batch Log", "B4:R44"),
    "TK": ("brewery_batches.xlsx", "Tanks", "A3:O25"),
    "TC": ("construction_bids.xlsx", "Tender comparison", "A5:J37"),
    "SQ": ("construction_bids.xlsx", "Sub quotes", "A2:K34"),
    "LI": ("saas_licences.xlsx", "Licences", "A4:N36"),
    "SE": ("saas_licences.xlsx", "Seats", "A1:H45"),
    "SP": ("saas_licences.xlsx", "Spend", "A2:G26"),
    "YM": ("exam_results.xlsx", "Y11 Mocks", "A5:O53"),
    "RS": ("exam_results.xlsx", "Resits", "A1:L31"),
    "CS": ("cycle_counts.xlsx", "Count Sheet", "A4:N48"),
    "RC": ("cycle_counts.xlsx", "Count Sheet", "P4:U18"),
    "SC": ("cycle_counts.xlsx", "Schedule", "A1:H21"),
    "MB": ("club_dues.xlsx", "Members", "A4:Q50"),
    "CB": ("club_dues.xlsx", "Court Bookings", "A1:I41"),
}


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- brewery_batches
    BL, TK = T("BL"), T("TK")
    loss = cell("brewery_batches.xlsx", "Batch Log", "P2")
    week = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    C["i001"] = lambda: BL.cells("ABV", lambda v, r: lt(num(v), num(r["Tgt ABV"])))
    C["i002"] = lambda: BL.whole(lambda r: num(r["Pkg (L)"]) is not None
                                 and gt(num(r["Vol (L)"]) - num(r["Pkg (L)"]), loss))
    C["i003"] = lambda: BL.cells("FG", lambda v, r: num(v) is not None
                                 and lt((val(r["OG"]) - num(v)) / (val(r["OG"]) - 1), 0.70))
    C["i004"] = lambda: BL.cells("Pkg Date", lambda v, r: d(v) and d(r["Brew Date"])
                                 and gt((d(v) - d(r["Brew Date"])).days, 35))
    C["i005"] = lambda: BL.whole(lambda r: gt(num(r["ABV"]), num(r["Tgt ABV"]) * 1.1))
    C["i006"] = lambda: BL.cells("Pkg (L)", lambda v, r: lt(num(v), 0.9 * num(r["Vol (L)"])))
    C["i007"] = lambda: TK.cells("Fill (L)", lambda v, r: gt(num(v), 0.95 * num(r["Cap (L)"])))
    C["i008"] = lambda: BL.whole(lambda r: t(r["Status"]) == "fermenting" and days(r["Brew Date"]) is not None
                                 and gt(-days(r["Brew Date"]), 14))
    C["i009"] = lambda: BL.whole(lambda r: t(r["Style"]) in ("pale ale", "neipa") and gt(num(r["FG"]), 1.015))
    C["i010"] = lambda: BL.whole(lambda r: t(r["Status"]) == "packaged" and blank(r["Pkg (L)"]))
    C["i011"] = lambda: BL.whole(lambda r: t(r["Brewer"]) == "sam"
                                 and t(r["Status"]) in ("fermenting", "conditioning"))
    C["i012"] = lambda: TK.whole(lambda r: (num(r["Fill (L)"]) or 0) > 0 and days(r["Last CIP"]) is not None
                                 and lt(days(r["Last CIP"]) + val(r["CIP every (d)"]), 0))
    C["i013"] = lambda: TK.whole(lambda r: any([gt(num(r[w]), 21) for w in week]))
    C["i014"] = lambda: TK.cells(week, lambda v, r: num(v) is not None
                                 and gt(abs(num(v) - num(r["Set °C"])), 2))
    C["i015"] = lambda: colbest(TK, week)
    C["i016"] = lambda: BL.whole(lambda r: tod(r["Mash In"]) is not None and tod(r["KO Time"]) is not None
                                 and gt(tod(r["KO Time"]) - tod(r["Mash In"]), 9.5))
    C["i017"] = lambda: BL.cells("Mash In", lambda v, r: tod(v) is not None and tod(v) <= 6.0 + 1e-12)
    C["i018"] = lambda: TK.cells("Last CIP", lambda v, r: d(v) is not None
                                 and lt((d(v) - edate(BUILT, -1)).days, 0))
    C["i019"] = lambda: top(BL, "OG", 5)
    C["i020"] = lambda: top(BL, "FG", 3, largest=False)
    C["i021"] = lambda: BL.whole(lambda r: t(r["Brewer"]) == "")
    C["i022"] = lambda: BL.cells("Tank", lambda v, r: t(v) == "")
    C["i023"] = lambda: BL.cells("Batch #", dup(BL, "Batch #"))
    C["i024"] = lambda: BL.cells("Notes", lambda v, r: "dry hop" in t(v))
    C["i025"] = lambda: BL.whole(lambda r: t(r["Status"]) == "dumped")

    # ---------------- construction_bids
    TC, SQ = T("TC"), T("SQ")
    tol = cell("construction_bids.xlsx", "Tender comparison", "C3")
    bids = ["Apex Build", "Coastline Constr.", "Ridgeway & Sons", "Norte Civil"]
    est = lambda r: num(r["Eng Est ($)"])  # noqa: E731
    C["i026"] = lambda: TC.cells("Apex Build", lambda v, r: gt(val(v), 1.1 * est(r)))
    C["i027"] = lambda: TC.cells("Ridgeway & Sons", lambda v, r: gt(val(v), est(r) * (1 + tol)))
    C["i028"] = lambda: TC.cells("Coastline Constr.", lambda v, r: lt(val(v), val(r["Apex Build"])))
    C["i029"] = lambda: SQ.whole(lambda r: gt(val(r["Quote ($)"]), num(r["Budget ($)"])))
    C["i030"] = lambda: SQ.cells("Quote ($)", lambda v, r: lt(val(v), 0.8 * num(r["Budget ($)"])))
    C["i031"] = lambda: SQ.cells("Valid To", lambda v, r: d(v) and d(r["Rcvd"])
                                 and lt((d(v) - d(r["Rcvd"])).days, 30))
    C["i032"] = lambda: SQ.cells("Ins. Expiry", lambda v, r: d(v) and d(r["Valid To"])
                                 and lt((d(v) - d(r["Valid To"])).days, 0))
    C["i033"] = lambda: SQ.whole(lambda r: t(r["Status"]) == "preferred" and lt(days(r["Ins. Expiry"]), 0))
    C["i034"] = lambda: SQ.whole(lambda r: t(r["Trade"]) in ("electrical", "plumbing")
                                 and gt(val(r["Quote ($)"]), 75000))
    C["i035"] = lambda: TC.whole(lambda r: t(r["Unit"]) in ("item", "ls") and blank(r["Norte Civil"]))
    C["i036"] = lambda: TC.whole(lambda r: lt(val(r["Apex Build"]), est(r))
                                 and lt(val(r["Coastline Constr."]), est(r)))
    C["i037"] = lambda: SQ.whole(lambda r: t(r["Status"]) not in ("declined", "withdrawn")
                                 and gt(val(r["Quote ($)"]), num(r["Budget ($)"])))
    C["i038"] = lambda: TC.whole(lambda r: any(blank(r[b]) or t(r[b]) == "n/p" for b in bids))
    C["i039"] = lambda: TC.cells(bids, lambda v, r: val(v) is not None
                                 and val(v) == min(val(r[b]) for b in bids if val(r[b]) is not None))
    C["i040"] = lambda: TC.cells(bids, lambda v, r: gt(val(v), 1.25 * est(r)))
    C["i041"] = lambda: TC.whole(lambda r: all(val(r[b]) is not None for b in bids)
                                 and all([lt(val(r[b]), est(r)) for b in bids]))
    C["i042"] = lambda: topblock(TC, bids, 5)
    C["i043"] = lambda: SQ.cells("Time", lambda v, r: gt(tod(v), 14))
    C["i044"] = lambda: SQ.cells("Ins. Expiry", lambda v, r: between(days(v), 0, 60))
    C["i045"] = lambda: top(TC, "Eng Est ($)", 5)
    C["i046"] = lambda: top(SQ, "Quote ($)", 3, largest=False)
    C["i047"] = lambda: SQ.whole(lambda r: t(r["Contact"]) == "")
    C["i048"] = lambda: TC.cells("Item", dup(TC, "Item"))
    C["i049"] = lambda: TC.cells("Description", lambda v, r: "concrete" in t(v))
    C["i050"] = lambda: SQ.whole(lambda r: t(r["Status"]) == "withdrawn")

    # ---------------- saas_licences
    LI, SE, SP = T("LI"), T("SE"), T("SP")
    target = cell("saas_licences.xlsx", "Licences", "C2")
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    used = lambda r: val(r["Seats used"]) / num(r["Licences bought"])  # noqa: E731
    pairs = Counter((t(r["Email"]), t(r["App"])) for r in SE.rows)
    C["i051"] = lambda: LI.cells("Seats used", lambda v, r: more(val(v), num(r["Licences bought"])))
    C["i052"] = lambda: LI.whole(lambda r: lt(used(r), 0.5))
    C["i053"] = lambda: LI.cells("Seats used", lambda v, r: lt(used(r), target))
    C["i054"] = lambda: LI.cells("Annual $", lambda v, r: abs(num(v) - num(r["Licences bought"])
                                                              * num(r["$/seat/mo"]) * 12) > 0.01)
    C["i055"] = lambda: LI.whole(lambda r: num(r["Last yr $"]) is not None
                                 and gt(num(r["Annual $"]), 1.1 * num(r["Last yr $"])))
    C["i056"] = lambda: {SP.addr(m, r) for r in SP.rows for p, m in zip(months, months[1:])
                         if val(r[p]) is not None and val(r[m]) is not None and gt(val(r[m]), 1.2 * val(r[p]))}
    C["i057"] = lambda: SE.cells("Last active", lambda v, r: d(v) and less((d(v) - d(r["Assigned"])).days, 0))
    C["i058"] = lambda: LI.whole(lambda r: t(r["Auto-renew"]) == "yes" and lt(used(r), 0.5))
    C["i059"] = lambda: LI.whole(lambda r: t(r["SSO"]) == "no" and t(r["Dept"]) in ("finance", "hr"))
    C["i060"] = lambda: SE.whole(lambda r: t(r["Status"]) == "left" and t(r["Tier"]) == "paid")
    C["i061"] = lambda: SE.whole(lambda r: t(r["Dept"]) == "sales" and d(r["Last active"]) is not None
                                 and lt((d(r["Last active"]) - edate(BUILT, -2)).days, 0))
    C["i062"] = lambda: LI.whole(lambda r: t(r["Plan"]) == "enterprise"
                                 and (t(r["SSO"]) == "no" or gt(num(r["Annual $"]), 20000)))
    C["i063"] = lambda: SP.cells(months, lambda v, r: more(val(v), num(r["Budget/mo"])))
    C["i064"] = lambda: SP.whole(lambda r: gt(sum(val(r[m]) or 0 for m in months), 10000))
    C["i065"] = lambda: SP.whole(lambda r: any(blank(r[m]) for m in months))
    C["i066"] = lambda: topblock(SP, months, 5)
    C["i067"] = lambda: LI.cells("Renewal", lambda v, r: between(days(v), 0, 45))
    C["i068"] = lambda: LI.whole(lambda r: days(r["Renewal"]) is not None and gt(days(r["Renewal"]), 0)
                                 and lt(days(r["Renewal"]) - num(r["Notice (days)"]), 0))
    C["i069"] = lambda: SE.cells("Last active", lambda v, r: lt(days(v), -90))
    C["i070"] = lambda: top(LI, "Annual $", 3)
    C["i071"] = lambda: LI.whole(lambda r: t(r["Owner email"]) == "")
    C["i072"] = lambda: SE.cells("Last active", lambda v, r: blank(v))
    C["i073"] = lambda: SE.whole(lambda r: pairs[(t(r["Email"]), t(r["App"]))] > 1)
    C["i074"] = lambda: LI.cells("Plan", lambda v, r: "trial" in t(v))
    C["i075"] = lambda: SE.whole(lambda r: t(r["Status"]) == "suspended")

    # ---------------- exam_results
    YM, RS = T("YM"), T("RS")
    pass_mark = cell("exam_results.xlsx", "Y11 Mocks", "B2")
    subj = ["Maths", "Eng Lang", "Eng Lit", "Biology", "Chemistry", "Physics", "History", "French"]

    def pred_below(r):
        return num(r["Tgt"]) is not None and less(val(r["Pred"]), num(r["Tgt"]))

    def all_70(r):
        sat = [r[s] for s in subj if not blank(r[s])]
        return bool(sat) and all(val(x) is not None and val(x) >= 70 for x in sat)

    C["i076"] = lambda: YM.cells("Maths", lambda v, r: num(v) is not None and num(r["Maths (Jun)"]) is not None
                                 and gt(num(v) - num(r["Maths (Jun)"]), 10))
    C["i077"] = lambda: YM.cells("Maths", lambda v, r: num(v) is not None and less(num(v), num(r["Maths (Jun)"])))
    C["i078"] = lambda: YM.whole(pred_below)
    C["i079"] = lambda: RS.cells("Resit", lambda v, r: less(num(v), num(r["Original"])))
    C["i080"] = lambda: YM.cells("Physics", lambda v, r: less(val(v), pass_mark))
    C["i081"] = lambda: YM.cells("Eng Lit", lambda v, r: val(v) is not None and val(r["Eng Lang"]) is not None
                                 and gt(val(r["Eng Lang"]) - val(v), 15))
    C["i082"] = lambda: YM.whole(lambda r: t(r["Form"]) == "11b" and lt(num(r["Att %"]), 0.90))
    C["i083"] = lambda: YM.whole(lambda r: lt(num(r["Att %"]), 0.85) and pred_below(r))
    C["i084"] = lambda: RS.whole(lambda r: t(r["Subject"]) in ("maths", "chemistry") and lt(num(r["Resit"]), 50))
    C["i085"] = lambda: RS.whole(lambda r: "hall" in t(r["Room"]) and (dur(r["Extra time"]) or 0) > 0)
    C["i086"] = lambda: YM.whole(lambda r: t(r["Form"]) in ("11a", "11c") and less(num(r["Maths"]), 50))
    C["i087"] = lambda: YM.cells(subj, lambda v, r: less(val(v), pass_mark))
    C["i088"] = lambda: YM.whole(lambda r: any(t(r[s]) == "abs" for s in subj))
    C["i089"] = lambda: colbest(YM, subj)
    C["i090"] = lambda: topblock(YM, subj, 5)
    C["i091"] = lambda: YM.whole(all_70)
    C["i092"] = lambda: YM.whole(lambda r: gt(sum(val(r[s]) or 0 for s in subj), 580))
    C["i093"] = lambda: RS.cells("Start", lambda v, r: gt(tod(v), 13))
    C["i094"] = lambda: RS.whole(lambda r: gt(tod(r["Finish"]) - tod(r["Start"]), 2))
    C["i095"] = lambda: top(YM, "Att %", 3, largest=False)
    C["i096"] = lambda: top(YM, "Maths", 3)
    C["i097"] = lambda: YM.whole(lambda r: blank(r["Tgt"]))
    C["i098"] = lambda: YM.cells("Cand No", dup(YM, "Cand No"))
    C["i099"] = lambda: YM.cells("Student", lambda v, r: "-" in t(v))
    C["i100"] = lambda: RS.whole(lambda r: t(r["Status"]) == "withdrawn")

    # ---------------- cycle_counts
    CS, RC, SC = T("CS"), T("RC"), T("SC")
    tolc = cell("cycle_counts.xlsx", "Count Sheet", "C2")
    counts = ["1st", "2nd", "3rd"]
    sysq = lambda r: num(r["Sys Qty"])  # noqa: E731
    C["i101"] = lambda: CS.cells("Counted", lambda v, r: num(v) is not None and num(v) != sysq(r))
    C["i102"] = lambda: CS.whole(lambda r: num(r["Counted"]) is not None and sysq(r) != 0
                                 and gt(abs(num(r["Counted"]) - sysq(r)) / abs(sysq(r)), tolc))
    C["i103"] = lambda: CS.cells("Counted", lambda v, r: num(v) is not None
                                 and gt((sysq(r) - num(v)) * num(r["Unit Cost $"]), 100))
    C["i104"] = lambda: CS.cells("Counted", lambda v, r: num(v) is not None and gt(num(v) - sysq(r), 10))
    C["i105"] = lambda: CS.cells("Count Date", lambda v, r: d(v) and d(r["Last Count"])
                                 and less((d(v) - d(r["Last Count"])).days, 0))
    C["i106"] = lambda: CS.cells("Count Date", lambda v, r: d(v) and d(r["Last Count"])
                                 and gt((d(v) - d(r["Last Count"])).days, 180))
    C["i107"] = lambda: RC.cells("2nd", lambda v, r: num(v) is not None and num(r["1st"]) is not None
                                 and gt(abs(num(v) - num(r["1st"])), 5))
    C["i108"] = lambda: CS.whole(lambda r: t(r["Class"]) == "a" and num(r["Counted"]) is not None
                                 and num(r["Counted"]) != sysq(r))
    C["i109"] = lambda: CS.whole(lambda r: t(r["Status"]) == "recount" and t(r["Counter"]) == "lee")
    C["i110"] = lambda: CS.whole(lambda r: (t(r["Class"]) == "c" or lt(num(r["Unit Cost $"]), 2))
                                 and blank(r["Counted"]))
    C["i111"] = lambda: CS.whole(lambda r: (sysq(r) or 0) < 0 or num(r["Counted"]) == 0)
    C["i112"] = lambda: CS.whole(lambda r: t(r["Counter"]) == "ana" and gt(days(r["Count Date"]), -7)
                                 and t(r["Status"]) != "posted")
    C["i113"] = lambda: RC.whole(lambda r: any(blank(r[c]) for c in counts))
    C["i114"] = lambda: RC.cells(counts, lambda v, r: num(v) is not None
                                 and gt(abs(num(v) - num(r["Agreed"])), 10))
    C["i115"] = lambda: colbest(RC, counts)
    C["i116"] = lambda: CS.whole(lambda r: tod(r["Start"]) is not None and tod(r["End"]) is not None
                                 and gt((tod(r["End"]) - tod(r["Start"])) * 60, 45))
    C["i117"] = lambda: SC.cells("Next due", lambda v, r: between(days(v), 0, 14))
    C["i118"] = lambda: top(CS, "Unit Cost $", 5)
    C["i119"] = lambda: top(CS, "Sys Qty", 2, largest=False)
    C["i120"] = lambda: CS.whole(lambda r: blank(r["Counted"]))
    C["i121"] = lambda: CS.cells("Counter", lambda v, r: t(v) == "")
    C["i122"] = lambda: CS.cells("Bin", dup(CS, "Bin"))
    C["i123"] = lambda: CS.cells("Description", lambda v, r: CS.count("Description", t)[t(v)] == 1)
    C["i124"] = lambda: CS.cells("Description", lambda v, r: "bolt" in t(v))
    C["i125"] = lambda: CS.whole(lambda r: t(r["Status"]) == "recount")

    # ---------------- club_dues
    MB, CB = T("MB"), T("CB")
    std = cell("club_dues.xlsx", "Members", "C2")
    inst = ["Inst 1", "Inst 2", "Inst 3", "Inst 4"]
    slots = Counter((d(r["Date"]), t(r["Court"]), tod(r["Start"])) for r in CB.rows)
    length = lambda r: tod(r["End"]) - tod(r["Start"])  # noqa: E731
    C["i126"] = lambda: MB.cells("Annual Sub ($)", lambda v, r: more(num(v), std))
    C["i127"] = lambda: MB.cells("Joined", lambda v, r: d(v) and d(r["DOB"]) and less((d(v) - d(r["DOB"])).days, 0))
    C["i128"] = lambda: CB.cells("End", lambda v, r: tod(v) is not None and less(tod(v), tod(r["Start"])))
    C["i129"] = lambda: CB.cells("Fee ($)", lambda v, r: (num(r["Guests"]) or 0) > 0
                                 and lt(num(v), 5 * num(r["Guests"])))
    C["i130"] = lambda: {MB.addr(c, r) for r in MB.rows for p, c in zip(inst, inst[1:])
                         if num(r[p]) is not None and num(r[c]) is not None and less(num(r[c]), num(r[p]))}
    C["i131"] = lambda: MB.cells("Joined", lambda v, r: d(v) and d(r["DOB"])
                                 and lt((d(v) - edate(d(r["DOB"]), 216)).days, 0))
    C["i132"] = lambda: MB.whole(lambda r: t(r["Category"]) == "junior" and d(r["DOB"]) is not None
                                 and d(r["DOB"]) <= edate(BUILT, -216))
    C["i133"] = lambda: MB.whole(lambda r: t(r["Method"]) == "cash" and not blank(r["Locker"]))
    C["i134"] = lambda: CB.whole(lambda r: t(r["Paid"]) == "n" and days(r["Date"]) < 0)
    C["i135"] = lambda: CB.whole(lambda r: t(r["Court"]).startswith("squash") and (num(r["Guests"]) or 0) > 0)
    C["i136"] = lambda: MB.whole(lambda r: t(r["Category"]) in ("family", "senior")
                                 and (num(r["Disc %"]) or 0) > 0 and t(r["Email"]) == "")
    C["i137"] = lambda: MB.whole(lambda r: any(blank(r[i]) for i in inst))
    C["i138"] = lambda: MB.whole(lambda r: gt(sum(num(r[i]) or 0 for i in inst), 400))
    C["i139"] = lambda: MB.cells(inst, lambda v, r: gt(num(v), 150))
    C["i140"] = lambda: colbest(MB, inst, largest=False)
    C["i141"] = lambda: CB.cells("Start", lambda v, r: tod(v) is not None and tod(v) >= 18 - 1e-12)
    C["i142"] = lambda: CB.whole(lambda r: gt(length(r), 1.5))
    C["i143"] = lambda: MB.cells("Last Paid", lambda v, r: lt(days(v), -45))
    C["i144"] = lambda: top(MB, "DOB", 5, largest=False, conv=lambda v: d(v) and d(v).toordinal())
    C["i145"] = lambda: MB.cells("Email", lambda v, r: t(v) == "")
    C["i146"] = lambda: MB.whole(lambda r: blank(r["DOB"]))
    C["i147"] = lambda: MB.cells("Mem No", dup(MB, "Mem No"))
    C["i148"] = lambda: CB.whole(lambda r: slots[(d(r["Date"]), t(r["Court"]), tod(r["Start"]))] > 1)
    C["i149"] = lambda: MB.cells("Email", lambda v, r: not blank(v) and "@" not in str(v))
    C["i150"] = lambda: MB.whole(lambda r: t(r["Status"]) == "lapsed")
    return C


def main() -> None:
    preview = "--preview" in sys.argv        # print counts without comparing (before a render)
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
        if preview:
            c1, r1, c2, r2 = range_boundaries(req["rule"]["applies_to"])
            print(f"{rid}: {len(mine):4d} of {(c2 - c1 + 1) * (r2 - r1 + 1):4d}  {sorted(mine)[:12]}")
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
