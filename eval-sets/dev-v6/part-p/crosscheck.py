"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

Each check below is written from the request's MEANING (openpyxl values, no formulas): which
rows or cells a reader of the sheet would expect to be formatted. The conventions are those in
README.md: dates typed as text are not dates; numbers stored as text count by their value where
the request is about that value; blanks never match a comparison; text tests ignore case and
stray spaces where Excel's "=" would; times of day and durations are compared in whole minutes.

The helpers `gt/lt/between` raise `Boundary` when a value sits exactly on a threshold that the
request leaves vague (so the set's expected cells never hinge on inclusive vs exclusive). Where
the wording itself settles the edge ("less than the fee", "below zero", "before 9am", "more than
8 pieces", "smaller than the week before") the checks use `over/under`, which do not raise: the
edge values there are ordinary data (a fee paid in full, a zero balance, a 09:00 ticket).

Adapted from dev-v2 part E's crosscheck.py (the helpers and the Table class); the checks are
this set's own.

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


def mins(v):
    """A time of day or a duration, in whole minutes (seconds kept as a fraction)."""
    if isinstance(v, dt.time):
        return v.hour * 60 + v.minute + v.second / 60
    if isinstance(v, dt.timedelta):
        return round(v.total_seconds() / 60, 6)
    return None


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


def over(a, b):
    """a > b where the request's wording settles the edge (no Boundary)."""
    return a is not None and b is not None and a > b + 1e-9


def under(a, b):
    """a < b where the request's wording settles the edge (no Boundary)."""
    return a is not None and b is not None and a < b - 1e-9


def atleast(a, b):
    """a >= b for an explicit "or more" / "and up" / "3 weeks or less" style edge."""
    return a is not None and b is not None and a >= b - 1e-9


def between(a, lo, hi):
    """lo <= a <= hi, with neither end hit exactly."""
    if a is None:
        return False
    _edge(a, lo)
    _edge(a, hi)
    return lo <= a <= hi


def weekend(v) -> bool:
    x = d(v)
    return x is not None and x.weekday() >= 5


def sunday(v) -> bool:
    x = d(v)
    return x is not None and x.weekday() == 6


def months_back(x: dt.date, n: int) -> dt.date:
    """The same day n months earlier (or later for negative n), clipped to the month's end."""
    m = x.month - 1 - n
    y = x.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


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

    def colmax(self, heads, smallest=False):
        """Each column's own highest (or lowest) number, ties included."""
        out = set()
        for h in heads:
            vals = self.values(h)
            best = min(vals) if smallest else max(vals)
            out |= self.cells(h, lambda v, r: num(v) is not None and num(v) == best)
        return out


def top(tab: Table, h: str, n: int, largest=True, conv=num):
    """The n largest (or smallest) numbers of a column; a tie across the cut-off is a boundary."""
    vals = sorted(tab.values(h, conv), reverse=largest)
    cut = vals[n - 1]
    if len(vals) > n and vals[n] == cut:
        raise Boundary(f"tie at the top-{n} cut-off in {h}")
    return tab.cells(h, lambda v, r: conv(v) is not None and (conv(v) >= cut if largest else conv(v) <= cut))


def above_average(tab: Table, h: str, conv=num):
    vals = tab.values(h, conv)
    avg = sum(vals) / len(vals)
    return tab.cells(h, lambda v, r: gt(conv(v), avg))


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


def cell(book: str, sheet: str, ref: str):
    if book not in _books:
        _books[book] = load_workbook(HERE / book)
    return _books[book][sheet][ref].value


def T(name: str) -> Table:
    return Table(*TABLES[name])


TABLES = {
    "BK": ("tennis_bookings.xlsx", "Bookings", "A4:L48"),
    "ME": ("tennis_bookings.xlsx", "Members", "A1:J31"),
    "LD": ("tennis_bookings.xlsx", "Ladder", "A3:I23"),
    "LO": ("recycling_loads.xlsx", "Loads", "B4:M46"),
    "WATCH": ("recycling_loads.xlsx", "Loads", "O4:P12"),
    "TN": ("recycling_loads.xlsx", "Tonnes", "A3:H21"),
    "CO": ("glass_commissions.xlsx", "Commissions", "A3:M45"),
    "KL": ("glass_commissions.xlsx", "Kiln log", "A3:K31"),
    "CL": ("glass_commissions.xlsx", "Clients", "A1:E10"),
    "OR1": ("bridal_fittings.xlsx", "Orders", "A2:L30"),
    "OR2": ("bridal_fittings.xlsx", "Orders", "A34:H52"),
    "FT": ("bridal_fittings.xlsx", "Fittings", "B4:K44"),
    "HR": ("bridal_fittings.xlsx", "Hours", "A2:H14"),
    "PL": ("radio_playlist.xlsx", "Playlist", "A4:L56"),
    "CH": ("radio_playlist.xlsx", "Charts", "A2:G27"),
    "RS": ("radio_playlist.xlsx", "Restricted", "A1:C7"),
    "LT": ("cattle_auction.xlsx", "Lots", "C5:P45"),
    "WI": ("cattle_auction.xlsx", "Weigh-ins", "A2:H26"),
    "VD": ("cattle_auction.xlsx", "Vendors", "A1:D7"),
}


def steps(tab: Table, heads: list[str], pred) -> set[str]:
    """Cells of heads[1:] compared with the column to their left (both must be filled)."""
    out = set()
    for row in tab.rows:
        for prev, cur in zip(heads, heads[1:]):
            if not blank(row[prev]) and not blank(row[cur]) and pred(row[cur], row[prev]):
                out.add(f"{get_column_letter(tab.cols[cur])}{row.r}")
    return out


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- tennis_bookings
    BK, ME, LD = T("BK"), T("ME"), T("LD")
    weeks = [f"Wk {k}" for k in range(1, 9)]
    std_fee = cell("tennis_bookings.xlsx", "Bookings", "K2")
    members = {t(r["Name"]) for r in ME.rows if not blank(r["Name"])}

    def session(r):
        s, f = mins(r["Start"]), mins(r["Finish"])
        return None if s is None or f is None else f - s

    C["p001"] = lambda: BK.cells("Finish", lambda v, r: under(mins(v), mins(r["Start"])))
    C["p002"] = lambda: BK.whole(lambda r: under(num(r["Paid $"]), val(r["Fee $"])))
    C["p003"] = lambda: BK.cells("Fee $", lambda v, r: over(val(v), std_fee))
    C["p004"] = lambda: ME.cells("Name", lambda v, r: (num(r["Matches"]) or 0) > 0
                                 and over(val(r["Wins"]), num(r["Matches"]) / 2))
    C["p005"] = lambda: BK.whole(lambda r: t(r["Court"]) in ("court 5", "court 6") and t(r["Lights"]) == "y")
    C["p006"] = lambda: BK.whole(lambda r: not blank(r["Coach"]) or num(r["Players"]) == 4)
    C["p007"] = lambda: ME.whole(lambda r: t(r["Category"]) in ("junior", "senior")
                                 and under(num(r["Balance ($)"]), 0))
    C["p008"] = lambda: LD.cells("Player", lambda v, r: any(num(r[w]) == 0 for w in weeks))
    C["p009"] = lambda: LD.colmax(weeks)
    C["p010"] = lambda: LD.whole(lambda r: gt(sum(num(r[w]) or 0 for w in weeks), 130))
    C["p011"] = lambda: LD.cells(weeks, lambda v, r: atleast(3, num(v)))
    C["p012"] = lambda: BK.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["p013"] = lambda: BK.whole(lambda r: over(session(r), 90))
    C["p014"] = lambda: ME.cells("Renewal Due", lambda v, r: days(v) is not None and lt(days(v), 30))
    C["p015"] = lambda: BK.whole(lambda r: weekend(r["Date"]))
    C["p016"] = lambda: LD.whole(lambda r: (r.r - 4) % 2 == 0)
    C["p017"] = lambda: BK.whole(lambda r: blank(r["Member"]))
    C["p018"] = lambda: ME.cells("Name", lambda v, r: blank(r["Phone"]))
    C["p019"] = lambda: BK.cells("Notes", lambda v, r: "rain" in t(v))
    C["p020"] = lambda: ME.cells("Balance ($)", lambda v, r: under(num(v), 0))
    C["p021"] = lambda: BK.cells("Bkg Ref", dup(BK, "Bkg Ref"))
    C["p022"] = lambda: BK.cells("Member", lambda v, r: not blank(v) and str(v).lower() not in members)
    C["p023"] = lambda: top(ME, "Rating", 3)
    C["p024"] = lambda: above_average(ME, "Matches")
    C["p025"] = lambda: BK.cells("Fee $", lambda v, r: atleast(val(v), 30))

    # ---------------- recycling_loads
    LO, TN = T("LO"), T("TN")
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    limit = cell("recycling_loads.xlsx", "Loads", "L2")
    watch = {t(r["Watch list (reg)"]) for r in T("WATCH").rows if not blank(r["Watch list (reg)"])}

    def on_site(r):
        a, b = mins(r["Time In"]), mins(r["Time Out"])
        return None if a is None or b is None else b - a

    def second_on(tab, h):
        seen, out = Counter(), set()
        for row in tab.rows:
            v = row[h]
            if blank(v):
                continue
            seen[v] += 1
            if seen[v] > 1:
                out.add(f"{get_column_letter(tab.cols[h])}{row.r}")
        return out

    C["p026"] = lambda: LO.cells("Net (kg)", lambda v, r: num(r["Tare (kg)"]) is not None
                                 and val(r["Gross (kg)"]) is not None
                                 and abs(val(r["Gross (kg)"]) - num(r["Tare (kg)"]) - num(v)) > 1e-9)
    C["p027"] = lambda: LO.cells("Gross (kg)", lambda v, r: gt(val(v), limit))
    C["p028"] = lambda: steps(TN, months, lambda cur, prev: lt(val(cur), val(prev)))
    C["p029"] = lambda: TN.cells("Stream", lambda v, r: num(r["Nov"]) is not None
                                 and lt(num(r["Nov"]), 0.9 * num(r["Tgt (t)"])))
    C["p030"] = lambda: LO.whole(lambda r: t(r["Material"]) in ("rubble", "plasterboard")
                                 and gt(num(r["Net (kg)"]), 1000))
    C["p031"] = lambda: LO.whole(lambda r: t(r["Material"]) == "scrap metal" and blank(r["Customer"]))
    C["p032"] = lambda: TN.whole(lambda r: atleast(num(r["Contam %"]), 0.10) and num(r["Nov"]) is not None
                                 and lt(num(r["Nov"]), num(r["Tgt (t)"])))
    C["p033"] = lambda: LO.whole(lambda r: under(num(r["Charge ($)"]), 0) and t(r["Material"]) != "scrap metal")
    C["p034"] = lambda: TN.cells(months, lambda v, r: lt(val(v), 10))
    C["p035"] = lambda: TN.cells("Stream", lambda v, r: gt(sum(val(r[m]) or 0 for m in months), 500))
    C["p036"] = lambda: TN.whole(lambda r: any(blank(r[m]) for m in months))
    C["p037"] = lambda: LO.cells("Date", lambda v, r: days(v) is not None and days(v) <= 0   # today said
                                 and not lt(days(v), -7))
    C["p038"] = lambda: LO.whole(lambda r: gt(on_site(r), 30))
    C["p039"] = lambda: LO.cells("Time In", lambda v, r: under(mins(v), 9 * 60))
    C["p040"] = lambda: LO.whole(lambda r: sunday(r["Date"]))
    C["p041"] = lambda: TN.whole(lambda r: (r.r - 4) % 3 == 0)
    C["p042"] = lambda: LO.whole(lambda r: not blank(r["Customer"]) and blank(r["permit no"]))
    C["p043"] = lambda: LO.cells("Tare (kg)", lambda v, r: blank(v))
    C["p044"] = lambda: LO.cells("Charge ($)", lambda v, r: under(num(v), 0))
    C["p045"] = lambda: TN.cells(months, lambda v, r: isinstance(v, str))
    C["p046"] = lambda: LO.cells("Vehicle Reg", lambda v, r: t(v) in watch)
    C["p047"] = lambda: second_on(LO, "Ticket")
    C["p048"] = lambda: top(LO, "Net (kg)", 5)
    C["p049"] = lambda: above_average(TN, "Contam %")
    C["p050"] = lambda: LO.cells("Net (kg)", lambda v, r: lt(num(v), 100))

    # ---------------- glass_commissions
    CO, KL = T("CO"), T("KL")
    trade = {t(r["Client"]) for r in T("CL").rows if t(r["Type"]) == "trade"}
    C["p051"] = lambda: CO.cells("Delivered", lambda v, r: d(v) and d(r["Promised"]) and d(v) > d(r["Promised"]))
    C["p052"] = lambda: CO.cells("Deposit ($)", lambda v, r: under(num(v), (val(r["Quote ($)"]) or 0) / 2))
    C["p053"] = lambda: KL.cells("Peak °C", lambda v, r: num(v) is not None and gt(num(v) - num(r["Target °C"]), 10))
    C["p054"] = lambda: CO.cells("Promised", lambda v, r: d(v) and d(r["Ordered"])
                                 and atleast(21, (d(v) - d(r["Ordered"])).days))
    C["p055"] = lambda: CO.whole(lambda r: t(r["Artist"]) == "ines" and t(r["Status"]) in ("in progress", "annealing"))
    C["p056"] = lambda: CO.whole(lambda r: atleast(val(r["Quote ($)"]), 500) and under(num(r["Dep %"]), 0.5))
    C["p057"] = lambda: KL.whole(lambda r: t(r["Kiln"]) in ("annealer a", "annealer b")
                                 and under(num(r["Var °C"]), 0) and over(num(r["PIECES"]), 8))
    C["p058"] = lambda: CO.cells(["Ordered", "Promised", "Delivered"], lambda v, r: isinstance(v, str))
    C["p059"] = lambda: KL.colmax(["Target °C", "Peak °C"])
    C["p060"] = lambda: KL.whole(lambda r: gt(num(r["Target °C"]), 500) and gt(num(r["Peak °C"]), 500))
    C["p061"] = lambda: CO.whole(lambda r: days(r["Promised"]) is not None and days(r["Promised"]) < 0
                                 and t(r["Status"]) not in ("delivered", "cancelled"))
    C["p062"] = lambda: CO.cells("Promised", lambda v, r: between(days(v), 0, 14))
    C["p063"] = lambda: KL.cells("Loaded", lambda v, r: under(mins(v), 8 * 60))
    C["p064"] = lambda: KL.cells("Soak", lambda v, r: gt(mins(v), 180))
    C["p065"] = lambda: KL.cells("Date", lambda v, r: sunday(v))
    C["p066"] = lambda: CO.cells("Artist", lambda v, r: blank(v))
    C["p067"] = lambda: KL.whole(lambda r: blank(r["PIECES"]))
    C["p068"] = lambda: CO.cells("Piece", lambda v, r: "vase" in t(v))
    C["p069"] = lambda: KL.cells("Var °C", lambda v, r: under(num(v), 0))
    C["p070"] = lambda: CO.cells("Job No", dup(CO, "Job No"))
    C["p071"] = lambda: CO.cells("Client", lambda v, r: t(v) in trade)
    C["p072"] = lambda: top(CO, "Quote ($)", 3)
    C["p073"] = lambda: top(KL, "PIECES", 3, largest=False)
    C["p074"] = lambda: CO.cells("Kiln hrs", lambda v, r: gt(num(v), 20))
    C["p075"] = lambda: CO.whole(lambda r: t(r["Status"]) == "cancelled")

    # ---------------- bridal_fittings
    OR1, OR2, FT, HR = T("OR1"), T("OR2"), T("FT"), T("HR")
    wdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    gown_brides = {t(r["Bride"]) for r in OR1.rows if not blank(r["Bride"])}

    def late_eta(v, r):
        eta, wed = d(v), d(r["Wedding"])
        if eta is None or wed is None:
            return False
        cut = months_back(wed, 3)
        if eta == cut:
            raise Boundary(f"ETA {eta} exactly 3 months before the wedding")
        return eta > cut

    C["p076"] = lambda: OR1.cells("ETA", late_eta)
    C["p077"] = lambda: OR1.cells("Bal $", lambda v, r: num(v) is not None
                                  and abs(val(r["Price $"]) - num(r["Dep $"]) - num(v)) > 1e-9)
    C["p078"] = lambda: FT.cells("Charged $", lambda v, r: over(num(v), num(r["Quote $"])))
    C["p079"] = lambda: OR2.cells("ETA", lambda v, r: d(v) and d(r["Ordered"])
                                  and gt((d(v) - d(r["Ordered"])).days, 42))
    C["p080"] = lambda: OR1.whole(lambda r: t(r["Consultant"]) == "fleur" and over(num(r["Bal $"]), 0))
    C["p081"] = lambda: OR2.whole(lambda r: t(r["Paid?"]) in ("no", "part") and gt(num(r["Price $"]), 200))
    C["p082"] = lambda: FT.whole(lambda r: t(r["Seamstress"]) == "greta" and t(r["Status"]) in ("no-show", "moved"))
    C["p083"] = lambda: HR.cells("Name", lambda v, r: gt(sum(num(r[x]) or 0 for x in wdays), num(r["Contract (h)"])))
    C["p084"] = lambda: HR.cells(wdays, lambda v, r: gt(num(v), 9))
    C["p085"] = lambda: HR.cells("Name", lambda v, r: any(blank(r[x]) for x in wdays))
    C["p086"] = lambda: OR1.colmax(["Price $", "Dep $", "Bal $"])
    C["p087"] = lambda: OR1.cells("Wedding", lambda v, r: between(days(v), 0, 60))
    C["p088"] = lambda: FT.cells("Start", lambda v, r: mins(v) is not None and mins(r["Length"]) is not None
                                 and gt(mins(v) + mins(r["Length"]), 19 * 60))
    C["p089"] = lambda: OR2.cells("ETA", lambda v, r: between(days(v), 0, 10))
    C["p090"] = lambda: FT.cells("Appt Date", lambda v, r: sunday(v))
    C["p091"] = lambda: OR1.whole(lambda r: r.r % 2 == 1)
    C["p092"] = lambda: FT.cells("Bride", lambda v, r: blank(r["Seamstress"]))
    C["p093"] = lambda: OR2.cells("Paid?", lambda v, r: blank(v))
    C["p094"] = lambda: OR1.cells("Bal $", lambda v, r: under(num(v), 0))
    C["p095"] = lambda: FT.cells("Alteration", lambda v, r: "bustle" in t(v))
    C["p096"] = lambda: OR1.cells("Order #", dup(OR1, "Order #"))
    C["p097"] = lambda: OR2.cells("Bride", lambda v, r: not blank(v) and t(v) not in gown_brides)
    C["p098"] = lambda: top(OR1, "Price $", 3)
    C["p099"] = lambda: above_average(FT, "Quote $")
    C["p100"] = lambda: OR1.cells("Size", lambda v, r: atleast(num(v), 16))

    # ---------------- radio_playlist
    PL, CH, RS = T("PL"), T("CH"), T("RS")
    wk = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    cap = cell("radio_playlist.xlsx", "Playlist", "K2")
    restricted = {t(r["Artist"]) for r in RS.rows if not blank(r["Artist"])}
    plays = Counter((r["Date"], t(r["Title"])) for r in PL.rows if not blank(r["Title"]))
    in3 = (months_back(BUILT, -3) - BUILT).days

    C["p101"] = lambda: steps(CH, wk, lambda cur, prev: under(num(cur), num(prev)))
    C["p102"] = lambda: CH.cells("Wk 48", lambda v, r: num(v) is not None and num(r["Wk 47"]) is not None
                                 and gt(num(v) - num(r["Wk 47"]), 10))
    C["p103"] = lambda: PL.cells("Spins 30d", lambda v, r: gt(val(v), cap))
    C["p104"] = lambda: CH.cells("Wk 48", lambda v, r: over(num(v), num(r["Wk 44"])))
    C["p105"] = lambda: PL.whole(lambda r: t(r["Artist"]) in ("pulp", "sault") and under(mins(r["Aired"]), 21 * 60))
    C["p106"] = lambda: PL.whole(lambda r: t(r["Local"]) == "yes" and t(r["Req?"]) == "y")
    C["p107"] = lambda: PL.whole(lambda r: t(r["Show"]) in ("drive time", "night owls")
                                 and lt(num(r["Rel. Yr"]), 1990))
    C["p108"] = lambda: CH.cells("Track", lambda v, r: atleast(20, num(r["Wk 47"])) and atleast(20, num(r["Wk 48"])))
    C["p109"] = lambda: CH.cells("Track", lambda v, r: any(atleast(10, num(r[w])) for w in wk))
    C["p110"] = lambda: CH.whole(lambda r: any(blank(r[w]) for w in wk))
    C["p111"] = lambda: CH.colmax(wk, smallest=True)
    C["p112"] = lambda: PL.cells("Date", lambda v, r: between(days(v), 0, 7))
    C["p113"] = lambda: PL.cells("Aired", lambda v, r: lt(mins(v), 7 * 60))
    C["p114"] = lambda: RS.cells("Review", lambda v, r: between(days(v), 0, in3))
    C["p115"] = lambda: PL.whole(lambda r: weekend(r["Date"]))
    C["p116"] = lambda: PL.whole(lambda r: (r.r - 4) % 5 == 0)
    C["p117"] = lambda: PL.cells("Presenter", lambda v, r: blank(v))
    C["p118"] = lambda: CH.cells("Wk 48", lambda v, r: blank(v) and not blank(r["Wk 47"]))
    C["p119"] = lambda: PL.cells("Royalty $", lambda v, r: lt(num(v), 0))
    C["p120"] = lambda: PL.cells("Artist", lambda v, r: t(v).startswith("the "))
    C["p121"] = lambda: PL.cells("Artist", lambda v, r: t(v) in restricted)
    C["p122"] = lambda: PL.cells("Title", lambda v, r: not blank(v) and plays[(r["Date"], t(v))] > 1)
    C["p123"] = lambda: top(PL, "Royalty $", 3, largest=False)
    C["p124"] = lambda: above_average(PL, "Length", mins)
    C["p125"] = lambda: PL.cells("Rel. Yr", lambda v, r: under(num(v), 1980))

    # ---------------- cattle_auction
    LT, WI = T("LT"), T("WI")
    wi = [f"Wk {k}" for k in range(1, 7)]
    vendors = {t(r["Vendor"]) for r in T("VD").rows if not blank(r["Vendor"])}
    grid = sorted((num(r[w]) for r in WI.rows for w in wi if num(r[w]) is not None), reverse=True)

    def top_grid(n):
        cut = grid[n - 1]
        if grid[n] == cut:
            raise Boundary("tie at the cut-off")
        return WI.cells(wi, lambda v, r: num(v) is not None and num(v) >= cut)

    def avg(r, heads):
        vals = [num(r[h]) for h in heads if num(r[h]) is not None]
        return sum(vals) / len(vals) if vals else None

    C["p126"] = lambda: LT.cells("Bid ($/hd)", lambda v, r: lt(num(v), num(r["Reserve ($/hd)"])))
    C["p127"] = lambda: LT.whole(lambda r: num(r["Bid ($/hd)"]) is not None
                                 and gt(num(r["Bid ($/hd)"]) - num(r["Reserve ($/hd)"]), 200))
    C["p128"] = lambda: steps(WI, wi, lambda cur, prev: lt(num(cur), num(prev)))
    C["p129"] = lambda: WI.whole(lambda r: num(r["Wk 1"]) is not None and num(r["Wk 6"]) is not None
                                 and gt(num(r["Wk 6"]) - num(r["Wk 1"]), 50))
    C["p130"] = lambda: LT.cells("Vet Chk", lambda v, r: d(v) and d(r["Sale Date"])
                                 and lt((d(r["Sale Date"]) - d(v)).days, 7))
    C["p131"] = lambda: LT.whole(lambda r: t(r["Sex"]) == "steers" and gt(val(r["Avg Wt (kg)"]), 400)
                                 and t(r["Result"]) == "sold")
    C["p132"] = lambda: LT.whole(lambda r: t(r["Result"]) in ("passed in", "no bid") and t(r["NVD"]) != "y")
    C["p133"] = lambda: LT.whole(lambda r: t(r["Breed"]) == "brahman x" and t(r["Sex"]) in ("heifers", "bulls"))
    C["p134"] = lambda: WI.cells(wi, lambda v, r: lt(num(v), 250))
    C["p135"] = lambda: top_grid(5)
    C["p136"] = lambda: WI.cells("Tag", lambda v, r: gt(avg(r, wi), 320))
    C["p137"] = lambda: LT.cells("Sale Date", lambda v, r: between(days(v), 0, 14))
    C["p138"] = lambda: LT.cells("Time", lambda v, r: gt(mins(v), 14 * 60))
    C["p139"] = lambda: LT.cells("Vet Chk", lambda v, r: lt(days(v), -42))
    C["p140"] = lambda: LT.whole(lambda r: d(r["Sale Date"]) is not None
                                 and (d(r["Sale Date"]).year, d(r["Sale Date"]).month) == (2026, 12))
    C["p141"] = lambda: LT.cells("Vet Chk", lambda v, r: weekend(v))
    C["p142"] = lambda: LT.whole(lambda r: blank(r["Vendor"]) or blank(r["Vet Chk"]))
    C["p143"] = lambda: LT.cells("NVD", lambda v, r: blank(v))
    C["p144"] = lambda: LT.cells("Lot", lambda v, r: isinstance(v, str))
    C["p145"] = lambda: LT.cells("Breed", lambda v, r: t(v).endswith("x"))
    C["p146"] = lambda: LT.cells("Lot", dup(LT, "Lot", val))
    C["p147"] = lambda: LT.cells("Vendor", lambda v, r: not blank(v) and t(v) not in vendors)
    C["p148"] = lambda: above_average(LT, "Bid ($/hd)")
    C["p149"] = lambda: top(LT, "Hd", 2)
    C["p150"] = lambda: LT.whole(lambda r: t(r["Result"]) == "passed in")
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
