"""Recompute every request's cells in plain Python and compare them with `cells` in requests.yaml.

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
    "AP": ("clinic_appointments.xlsx", "Appointments", "B4:L49"),
    "ST": ("clinic_appointments.xlsx", "Staff", "A1:I29"),
    "LO": ("library_loans.xlsx", "Loans", "A3:J55"),
    "LOST": ("library_loans.xlsx", "Loans", "L3:M28"),
    "ME": ("library_loans.xlsx", "Members", "A2:H34"),
    "HV": ("rental_properties.xlsx", "Units", "A2:J30"),
    "EC": ("rental_properties.xlsx", "Units", "A34:J60"),
    "RP": ("rental_properties.xlsx", "Repairs", "A1:I39"),
    "FI": ("farm_harvest.xlsx", "Fields", "C5:M39"),
    "MK": ("farm_harvest.xlsx", "Monthly kg", "A1:H31"),
    "IN": ("freelance_invoices.xlsx", "Invoices", "A6:L62"),
    "TL": ("freelance_invoices.xlsx", "Time log", "A1:H29"),
    "SA": ("lab_samples.xlsx", "Samples", "B3:P57"),
    "INS": ("lab_samples.xlsx", "Instruments", "A1:H28"),
}

DEC = lambda v: d(v) is not None and d(v).year == 2026 and d(v).month == 12  # noqa: E731


def dup(tab, h, key=lambda v: v):
    c = tab.count(h, key)
    return lambda v, r: not blank(v) and c[key(v)] > 1


# ------------------------------------------------------------------ the checks
def checks() -> dict:
    C = {}
    # ---------------- clinic_appointments
    AP, ST = T("AP"), T("ST")
    C["e001"] = lambda: AP.whole(lambda r: t(r["Status"]) == "attended" and blank(r["Paid ($)"]))
    C["e002"] = lambda: AP.whole(lambda r: t(r["Dept"]) == "dental" and gt(val(r["Fee ($)"]), 100))
    C["e003"] = lambda: AP.whole(lambda r: t(r["Clinician"]) == "dr mehta"
                                 and t(r["Status"]) in ("no-show", "cancelled"))
    C["e004"] = lambda: AP.whole(lambda r: t(r["Status"]) == "booked" and between(days(r["Appt Date"]), 0, 14)
                                 and blank(r["Paid ($)"]))
    C["e005"] = lambda: AP.whole(lambda r: "urgent" in t(r["Notes"]) or (val(r["Fee ($)"]) or 0) >= 200)
    C["e006"] = lambda: AP.cells("Paid ($)", lambda v, r: num(v) is not None and num(v) < val(r["Fee ($)"]))
    C["e007"] = lambda: AP.cells("Follow-up", lambda v, r: d(v) and d(r["Appt Date"]) and d(v) < d(r["Appt Date"]))
    C["e008"] = lambda: AP.cells("Follow-up", lambda v, r: d(v) and d(r["Appt Date"])
                                 and gt((d(v) - d(r["Appt Date"])).days, 28))
    C["e009"] = lambda: AP.whole(lambda r: num(r["Paid ($)"]) is not None and num(r["Paid ($)"]) == val(r["Fee ($)"]))
    C["e010"] = lambda: AP.cells("Appt Date", lambda v, r: between(days(v), 0, 7))
    C["e011"] = lambda: AP.whole(lambda r: DEC(r["Appt Date"]))
    C["e012"] = lambda: AP.cells("Appt Date", lambda v, r: between(days(v), -7, 0) and days(v) < 0)
    C["e013"] = lambda: AP.cells("Follow-up", lambda v, r: between(days(v), 0, 14))
    C["e014"] = lambda: ST.cells("Reg Expiry", lambda v, r: between(days(v), 0, 90))
    C["e015"] = lambda: AP.cells("Appt ID", dup(AP, "Appt ID"))
    C["e016"] = lambda: ST.cells("Email", dup(ST, "Email", t))
    C["e017"] = lambda: ST.whole(lambda r: dup(ST, "Reg No")(r["Reg No"], r))
    C["e018"] = lambda: AP.cells(["Fee ($)", "Paid ($)"], lambda v, r: gt(val(v), 150))
    C["e019"] = lambda: ST.cells(["CPD hrs", "CPD req"], lambda v, r: lt(num(v), 10))
    C["e020"] = lambda: AP.cells(["Patient", "Clinician"], lambda v, r: blank(v))
    C["e021"] = lambda: ST.cells("Name", lambda v, r: blank(r["CPD hrs"]))
    C["e022"] = lambda: ST.cells("FTE", lambda v, r: num(v) is not None and num(v) < 0.6)
    C["e023"] = lambda: top(AP, "Fee ($)", 3)
    C["e024"] = lambda: AP.cells("Notes", lambda v, r: "wheelchair" in t(v))
    C["e025"] = lambda: AP.whole(lambda r: t(r["Status"]) == "cancelled")

    # ---------------- library_loans
    LO, ME = T("LO"), T("ME")
    lost = {str(r["Lost/Withdrawn"]) for r in T("LOST").rows if not blank(r["Lost/Withdrawn"])}
    C["e026"] = lambda: LO.whole(lambda r: days(r["DUE DT"]) < 0 and blank(r["Returned"]))
    C["e027"] = lambda: LO.whole(lambda r: t(r["Branch"]) == "central" and (val(r["Renewals"]) or 0) >= 2)
    C["e028"] = lambda: LO.whole(lambda r: t(r["Branch"]) in ("eastgate", "millbrook") and blank(r["Returned"]))
    C["e029"] = lambda: ME.whole(lambda r: t(r["Age grp"]) == "adult" and days(r["Expires"]) < 0
                                 and (num(r["Fines owed"]) or 0) > 0)
    C["e030"] = lambda: LO.cells("Returned", lambda v, r: d(v) and d(v) > d(r["DUE DT"]))
    C["e031"] = lambda: LO.cells("DUE DT", lambda v, r: d(r["Out Date"]) and d(v) < d(r["Out Date"]))
    C["e032"] = lambda: LO.whole(lambda r: d(r["Returned"]) and d(r["Out Date"])
                                 and gt((d(r["Returned"]) - d(r["Out Date"])).days, 30))
    C["e033"] = lambda: LO.cells("Returned", lambda v, r: d(v) and (d(r["DUE DT"]) - d(v)).days >= 10)
    C["e034"] = lambda: LO.cells("DUE DT", lambda v, r: between(days(v), 0, 7))
    C["e035"] = lambda: LO.whole(lambda r: blank(r["Returned"]) and lt(days(r["DUE DT"]), -42))
    C["e036"] = lambda: LO.cells("Out Date", lambda v, r: between(days(v), -14, 0))
    C["e037"] = lambda: ME.whole(lambda r: DEC(r["Expires"]))
    C["e038"] = lambda: ME.cells("Joined", lambda v, r: gt((d(v) - dt.date(2024, 12, 1)).days, 0))
    C["e039"] = lambda: LO.cells("Loan #", dup(LO, "Loan #"))
    C["e040"] = lambda: LO.whole(lambda r: str(r["Barcode"]) in lost)
    C["e041"] = lambda: ME.cells("Member ID", dup(ME, "Member ID"))
    C["e042"] = lambda: LO.cells(["Renewals", "Fine Amt ($)"], lambda v, r: (val(v) or 0) >= 3)
    C["e043"] = lambda: ME.cells(["Loans YTD", "Fines owed"], lambda v, r: val(v) == 0)
    C["e044"] = lambda: LO.whole(lambda r: blank(r["Borrower"]))
    C["e045"] = lambda: ME.cells("Email", lambda v, r: blank(v))
    C["e046"] = lambda: LO.cells("Fine Amt ($)", lambda v, r: (num(v) or 0) >= 2)
    C["e047"] = lambda: {c for c in ME.whole(lambda r: f"G{r.r}" in top(ME, "Loans YTD", 3))}
    C["e048"] = lambda: LO.cells("Title", lambda v, r: str(v).startswith("The "))
    C["e049"] = lambda: ME.whole(lambda r: t(r["Age grp"]) == "junior")
    C["e050"] = lambda: LO.cells("Out Date", lambda v, r: weekend(v))

    # ---------------- rental_properties
    HV, EC, RP = T("HV"), T("EC"), T("RP")
    C["e051"] = lambda: HV.whole(lambda r: r["Beds"] == 2 and (num(r["Arrears ($)"]) or 0) > 0)
    C["e052"] = lambda: EC.whole(lambda r: blank(r["Tenant"]) or lt(days(r["Lease End"]), 0))
    C["e053"] = lambda: RP.whole(lambda r: t(r["Priority"]) == "high" and blank(r["Fixed"]))
    C["e054"] = lambda: RP.whole(lambda r: t(r["Category"]) in ("plumbing", "heating")
                                 and t(r["Contractor"]) != "a1 plumbing")
    C["e055"] = lambda: HV.cells("Rent ($/mo)", lambda v, r: gt(val(r["Market Rent"]) - val(v), 150))
    C["e056"] = lambda: EC.whole(lambda r: gt(val(r["Rent ($/mo)"]) / val(r["Market Rent"]), 1.05))
    C["e057"] = lambda: RP.cells("Actual $", lambda v, r: num(v) is not None and gt(num(v) / num(r["Est $"]), 1.2))
    C["e058"] = lambda: RP.cells("Fixed", lambda v, r: d(v) and d(v) < d(r["Reported"]))
    C["e059"] = lambda: HV.whole(lambda r: d(r["Last Insp."]) and d(r["Last Insp."]) < d(r["Lease Start"]))
    C["e060"] = lambda: HV.cells("Lease End", lambda v, r: between(days(v), 0, (dt.date(2027, 6, 1) - BUILT).days))
    C["e061"] = lambda: EC.cells("Lease End", lambda v, r: between(days(v), -90, 0))
    C["e062"] = lambda: HV.cells("Last Insp.", lambda v, r: d(v) is not None
                                 and lt((d(v) - dt.date(2025, 12, 1)).days, 0))
    C["e063"] = lambda: RP.whole(lambda r: blank(r["Fixed"]) and lt(days(r["Reported"]), -30))
    C["e064"] = lambda: HV.cells("Unit", dup(HV, "Unit"))
    C["e065"] = lambda: RP.cells("Unit", dup(RP, "Unit"))
    C["e066"] = lambda: HV.cells(["Rent ($/mo)", "Market Rent"], lambda v, r: gt(val(v), 2200))
    C["e067"] = lambda: RP.cells(["Est $", "Actual $"], lambda v, r: (num(v) or 0) >= 1000)
    C["e068"] = lambda: EC.cells(["Lease Start", "Lease End"], lambda v, r: d(v) is not None and d(v).year == 2025)
    C["e069"] = lambda: EC.whole(lambda r: blank(r["Tenant"]))
    C["e070"] = lambda: RP.cells("Contractor", lambda v, r: blank(v))
    C["e071"] = lambda: HV.cells("Arrears ($)", lambda v, r: gt(num(v), 1000))
    C["e072"] = lambda: top(EC, "Rent ($/mo)", 3, largest=False)
    C["e073"] = lambda: RP.whole(lambda r: t(r["Unit"]).startswith("hv"))
    C["e074"] = lambda: RP.whole(lambda r: t(r["Category"]) == "pest")
    C["e075"] = lambda: RP.cells("Reported", lambda v, r: weekend(v))

    # ---------------- farm_harvest
    FI, MK = T("FI"), T("MK")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    C["e076"] = lambda: FI.whole(lambda r: t(r["Crop"]) in ("wheat", "barley") and gt(val(r["Moist %"]), 15))
    C["e077"] = lambda: FI.whole(lambda r: t(r["Grade"]) in ("c", "feed") and t(r["Buyer"]) == "grainco")
    C["e078"] = lambda: FI.whole(lambda r: num(r["Yield (t)"]) is not None and lt(num(r["Yield (t)"]), num(r["Target (t)"]))
                                 and t(r["Crop"]) != "potatoes")
    C["e079"] = lambda: MK.whole(lambda r: lt(val(r["Oct"]), 200) and lt(val(r["Nov"]), 200))
    C["e080"] = lambda: FI.cells("Yield (t)", lambda v, r: gt(num(v) and num(v) / num(r["Target (t)"]), 1.1))
    C["e081"] = lambda: {f"{get_column_letter(MK.cols[m])}{r.r}" for r in MK.rows
                         for p, m in zip(months, months[1:])
                         if val(r[p]) is not None and val(r[m]) is not None and val(r[m]) < val(r[p])}
    C["e082"] = lambda: MK.whole(lambda r: val(r["Jun"]) is not None and gt(val(r["Nov"]), 2 * val(r["Jun"])))
    C["e083"] = lambda: FI.cells("Yield (t)", lambda v, r: num(v) is not None and gt(num(r["Target (t)"]) - num(v), 6))
    C["e084"] = lambda: FI.cells("Harvested", lambda v, r: d(v) is not None and lt((d(v) - dt.date(2026, 8, 1)).days, 0))
    C["e085"] = lambda: FI.cells("Sown", lambda v, r: d(v) is not None
                                 and dt.date(2026, 3, 1) <= d(v) <= dt.date(2026, 5, 31))
    C["e086"] = lambda: FI.cells("Field", dup(FI, "Field"))
    C["e087"] = lambda: MK.cells("Crop", lambda v, r: MK.count("Crop", t)[t(v)] == 1)
    C["e088"] = lambda: MK.cells(months, lambda v, r: lt(val(v), 100))
    C["e089"] = lambda: MK.cells(months, lambda v, r: gt(val(v), 1000))
    C["e090"] = lambda: FI.cells(["Yield (t)", "Target (t)"], lambda v, r: gt(num(v), 300))
    C["e091"] = lambda: MK.cells(["Jul", "Aug", "Sep"], lambda v, r: between(val(v), 500, 800))
    C["e092"] = lambda: FI.whole(lambda r: blank(r["Harvested"]))
    C["e093"] = lambda: FI.cells("Price/t", lambda v, r: lt(num(v), 180))
    C["e094"] = lambda: FI.cells("Moist %", lambda v, r: (val(v) or 0) >= 17)
    C["e095"] = lambda: top(FI, "Yield (t)", int(len(FI.values("Yield (t)")) * 0.10))
    C["e096"] = lambda: top(MK, "Nov", 1, largest=False)
    C["e097"] = lambda: MK.cells("Crop", lambda v, r: t(v).startswith("s"))
    C["e098"] = lambda: FI.whole(lambda r: t(r["Grade"]) == "a")
    C["e099"] = lambda: FI.cells("Harvested", lambda v, r: weekend(v))
    C["e100"] = lambda: MK.whole(lambda r: (r.r - 2) % 2 == 0)

    # ---------------- freelance_invoices
    IN, TL = T("IN"), T("TL")

    def hours(r):
        s, e = r["Start"], r["End"]
        return ((e.hour * 60 + e.minute) - (s.hour * 60 + s.minute)) / 60

    pairs = Counter((t(r["Client"]), t(r["Project"])) for r in IN.rows if not blank(r["Client"]))
    C["e101"] = lambda: IN.whole(lambda r: blank(r["Paid Amt"]) and gt(val(r["Amt ($)"]), 1000) and days(r["Due"]) < 0)
    C["e102"] = lambda: IN.whole(lambda r: t(r["Client"]) in ("pixelmint", "tidewater") and num(r["Rate"]) == 90)
    C["e103"] = lambda: IN.whole(lambda r: t(r["Client"]) == "northwind" and t(r["Status"]) != "paid")
    C["e104"] = lambda: TL.whole(lambda r: t(r["Billable"]) == "n" and t(r["Day"]) in ("sat", "sun"))
    C["e105"] = lambda: IN.cells("Paid Amt", lambda v, r: num(v) is not None and num(v) < val(r["Amt ($)"]))
    C["e106"] = lambda: IN.cells("Paid On", lambda v, r: d(v) and d(v) > d(r["Due"]))
    C["e107"] = lambda: IN.whole(lambda r: num(r["Hrs"]) is not None and num(r["Rate"]) is not None
                                 and abs(val(r["Amt ($)"]) - num(r["Hrs"]) * num(r["Rate"])) > 1e-6)
    C["e108"] = lambda: TL.cells("hrs", lambda v, r: abs(hours(r) - num(v)) > 1e-6)
    C["e109"] = lambda: IN.cells("Due", lambda v, r: between(days(v), 0, 14))
    C["e110"] = lambda: IN.whole(lambda r: blank(r["Paid Amt"]) and lt(days(r["Due"]), -60))
    C["e111"] = lambda: IN.cells("Issued", lambda v, r: d(v) is not None and (d(v).year, d(v).month) == (2026, 10))
    C["e112"] = lambda: IN.cells("Paid On", lambda v, r: between(days(v), -30, 0))
    C["e113"] = lambda: IN.whole(lambda r: between(days(r["Issued"]), -14, 0))
    C["e114"] = lambda: IN.cells("Inv No", dup(IN, "Inv No"))
    C["e115"] = lambda: IN.whole(lambda r: not blank(r["Client"]) and pairs[(t(r["Client"]), t(r["Project"]))] > 1)
    C["e116"] = lambda: TL.cells("Client", lambda v, r: TL.count("Client", t)[t(v)] == 1)
    C["e117"] = lambda: IN.cells(["Amt ($)", "Paid Amt"], lambda v, r: lt(val(v), 300))
    C["e118"] = lambda: IN.cells("Client", lambda v, r: blank(v))
    C["e119"] = lambda: IN.whole(lambda r: blank(r["Rate"]))
    C["e120"] = lambda: IN.cells("Amt ($)", lambda v, r: gt(val(v), 3000))
    C["e121"] = lambda: TL.cells("hrs", lambda v, r: (num(v) or 0) >= 5)
    C["e122"] = lambda: top(IN, "Amt ($)", 5)
    C["e123"] = lambda: IN.cells("Project", lambda v, r: "banner" in t(v))
    C["e124"] = lambda: IN.whole(lambda r: t(r["Status"]) == "overdue")
    C["e125"] = lambda: IN.whole(lambda r: t(r["Status"]) == "part-paid")

    # ---------------- lab_samples
    SA, INS = T("SA"), T("INS")
    reps = ["Rep A", "Rep B", "Rep C"]
    C["e126"] = lambda: SA.whole(lambda r: t(r["QC"]) == "pending" and gt(num(r["pct_done"]), 0.8))
    C["e127"] = lambda: SA.whole(lambda r: t(r["Site"]).startswith("river") and gt(val(r["pH"]), 8))
    C["e128"] = lambda: SA.whole(lambda r: t(r["Analyst"]) == "jk" and t(r["QC"]) != "pass")
    C["e129"] = lambda: INS.whole(lambda r: t(r["Location"]) == "lab 2" and t(r["Status"]) in ("spare", "out for repair"))
    C["e130"] = lambda: SA.cells("conc_mg_L", lambda v, r: gt(num(v), num(r["Limit"])))
    C["e131"] = lambda: SA.cells("Received", lambda v, r: d(r["Collected"]) and d(v) < d(r["Collected"]))
    C["e132"] = lambda: SA.cells("Rep B", lambda v, r: num(v) is not None and num(r["Rep A"]) is not None
                                 and gt(num(v) / num(r["Rep A"]), 1.5))
    C["e133"] = lambda: SA.cells("Received", lambda v, r: d(r["Collected"]) and gt((d(v) - d(r["Collected"])).days, 3))
    C["e134"] = lambda: INS.cells("Next Cal", lambda v, r: d(v) is not None and days(v) < 0)
    C["e135"] = lambda: INS.cells("Next Cal", lambda v, r: between(days(v), 0, 21))
    C["e136"] = lambda: SA.whole(lambda r: lt(days(r["Collected"]), -28) and t(r["QC"]) == "pending")
    C["e137"] = lambda: INS.cells("Last Cal", lambda v, r: lt((d(v) - dt.date(2025, 12, 1)).days, 0))
    C["e138"] = lambda: SA.cells("Sample ID", dup(SA, "Sample ID"))
    C["e139"] = lambda: INS.whole(lambda r: dup(INS, "Asset")(r["Asset"], r))
    C["e140"] = lambda: SA.cells(reps, lambda v, r: gt(num(v), 10))
    C["e141"] = lambda: SA.cells(reps, lambda v, r: lt(num(v), 0.3))
    C["e142"] = lambda: SA.cells("pH", lambda v, r: val(v) is not None and (lt(val(v), 6.5) or gt(val(v), 8.5)))
    C["e143"] = lambda: SA.whole(lambda r: blank(r["Analyst"]))
    C["e144"] = lambda: SA.cells("Temp (°C)", lambda v, r: gt(num(v), 20))
    C["e145"] = lambda: top(SA, "conc_mg_L", 5)
    C["e146"] = lambda: SA.cells("Site", lambda v, r: "river" in t(v))
    C["e147"] = lambda: SA.cells("Analyst", lambda v, r: not blank(v) and v == v.lower())
    C["e148"] = lambda: SA.whole(lambda r: t(r["QC"]) == "fail")
    C["e149"] = lambda: SA.cells("Collected", lambda v, r: d(v) is not None and d(v).weekday() == 0)
    C["e150"] = lambda: INS.whole(lambda r: (r.r - 2) % 2 == 0)
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
