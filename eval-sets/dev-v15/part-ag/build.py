"""Build the six workbooks of dev-v15 part AG (openpyxl only, fixed seeds 1501-1506).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds; the quirks are then set by hand (`quirks_*`), so the cell
content is identical on every run.

Adapted from dev-v6 part O's build.py (the helpers); the workbooks are this set's own.
Run:  python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 2)
BOLD = Font(bold=True)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list, fmts: dict[int, str] | None = None) -> None:
    """Write a row; `fmts` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if fmts and i in fmts:
            c.number_format = fmts[i]
        elif isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setd(ws, ref: str, v, fmt: str = "dd/mm/yyyy") -> None:
    """Set one cell by hand (a quirk) with a number format for dates / times."""
    ws[ref] = v
    if isinstance(v, (dt.datetime, dt.time)):
        ws[ref].number_format = fmt if isinstance(v, dt.datetime) else "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


def edate(x: dt.date, months: int) -> dt.date:
    y, m = divmod(x.month - 1 + months, 12)
    y, m = x.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(x.day, last))


# ------------------------------------------------------------------ boiler_servicing
def boiler() -> None:
    rng = random.Random(1501)
    wb = Workbook()
    ws = wb.active
    ws.title = "Visits"
    ws["A1"] = "Hearthwell Heating Ltd - service & repair visits, Sep-Dec 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quotes and invoices in GBP inc. VAT. CO = flue gas reading at the analyser (ppm)."
    ws["S2"] = "CO action level (ppm)"
    ws["T2"] = 100
    cols = ["Job ref", "Customer", "Postcode", "Boiler make", "Fuel", "Installed", "Last service",
            "Visit date", "Arrived", "Left", "Engineer", "Quote (£)", "Invoiced (£)", "Paid (£)",
            "CO ppm", "Result"]
    header(ws, 5, 2, cols)                              # header at B5
    customers = ["M. Hughes", "Oakfield Lettings Ltd", "Sarah Penrose", "J & K Doyle", "Tom Whitaker",
                 "Brook & Sons Ltd", "Anita Rao", "P. Lewandowski", "Greenway Church", "Hollis Dental",
                 "Kestrel Homes Ltd", "R. Adeyemi", "Claire Bowen", "D. Fitzgerald", "Nia Jenkins",
                 "Ravi Mehta", "Old Mill Cafe", "E. Sørensen", "Gwen Price", "Bill Tanner"]
    makes = [("Worcester", "Gas"), ("Worcester", "Gas"), ("Vaillant", "Gas"), ("Vaillant", "Gas"),
             ("Baxi", "Gas"), ("Ideal", "Gas"), ("Viessmann", "Gas"), ("Glow-worm", "Gas"),
             ("Grant", "Oil"), ("Worcester", "Oil"), ("Firebird", "Oil"), ("Baxi", "LPG")]
    engineers = ["Dan Mills", "Priya Shah", "Owen Carter", "Lena Novak"]
    offs = sorted(rng.sample([o for o in range(-88, 0) if o not in (-7, -14, -30, -60)], 38)
                  + rng.sample(range(2, 24), 6))
    for i, off in enumerate(offs):
        r = 6 + i
        mk, fuel = rng.choice(makes)
        inst = date(rng.randint(1999, 2024), rng.randint(1, 12), rng.randint(1, 28))
        visit = BUILT + dt.timedelta(days=off)
        gap = rng.choice([330, 350, 362, 372, 390, 420, 470, 520])
        last = dt.datetime.combine(visit - dt.timedelta(days=gap), dt.time()) if rng.random() < 0.9 else None
        quote = rng.choice([89, 89, 99, 119, 185, 240, 320, 455, 610])
        past = off < 0
        arr = hm(rng.choice(range(8, 16)), rng.choice([0, 15, 30, 45])) if past else None
        left = None
        if arr is not None:
            m = arr.hour * 60 + arr.minute + rng.choice([40, 55, 65, 80, 95, 105, 130, 150, 185, 210])
            left = hm(m // 60, m % 60)
        inv = round(quote * rng.choice([1, 1, 1, 0.95, 1.12, 1.3, 1.55]), 2) if past else None
        paid = None
        if inv is not None:
            x = rng.random()
            paid = inv if x < 0.68 else (round(inv - 50, 2) if x < 0.8 else None)
        co = rng.choice([4, 9, 12, 18, 26, 35, 48, 62, 85, 112, 140, 175]) if past else None
        res = rng.choice(["Pass", "Pass", "Pass", "Pass", "Advisory", "Advisory", "Fail", "At risk"]) \
            if past else None
        put(ws, r, 2, [f"HW-{2611 + i}", rng.choice(customers), f"BS{rng.randint(1, 16)} {rng.randint(1, 9)}"
                       f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                       mk, fuel, inst, last, dt.datetime.combine(visit, dt.time()), arr, left,
                       rng.choice(engineers) if past or rng.random() < 0.5 else None,
                       quote, inv, paid, co, res], {11: "0.00", 12: "0.00", 13: "0.00"})
    header(ws, 5, 19, ["Engineer", "Gas Safe ID", "Card expiry"])
    for i, e in enumerate(engineers):
        put(ws, 6 + i, 19, [e, 514000 + rng.randint(100, 999), day(rng.choice([40, 95, 210, 330]))])

    ct = wb.create_sheet("Contracts")
    header(ct, 1, 1, ["Contract #", "Customer", "Plan", "Start date", "Renewal", "£/month", "Visits/yr",
                      "Visits used", "Engineer"])
    plans = {"Basic": (9.5, 1), "Plus": (14.0, 2), "Landlord": (19.99, 2)}
    for i in range(30):
        r = 2 + i
        plan = rng.choice(["Basic", "Basic", "Plus", "Plus", "Landlord"])
        price, visits = plans[plan]
        if plan == "Plus" and rng.random() < 0.4:
            price = 16.5
        if plan == "Landlord" and rng.random() < 0.5:
            visits = 3
        start = date(rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if start.date() > BUILT - dt.timedelta(days=40):
            start = date(2025, 3, 11)
        ren = start.date()
        while ren <= BUILT - dt.timedelta(days=70):
            ren = edate(ren, 12)
        used = rng.choice([0, 0, 1, 1, 1, 2, 2, 3])
        put(ct, r, 1, [f"CP-{1040 + 7 * i}", rng.choice(customers), plan, start,
                       dt.datetime.combine(ren, dt.time()), price, visits, used, rng.choice(engineers)],
            {5: "0.00"})

    co = wb.create_sheet("Callouts")
    co["A1"] = "Emergency call-outs per engineer"
    co["A1"].font = BOLD
    co["A2"] = "count per month; blank = on leave all month"
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    people = engineers + ["Reeve (sub)", "HotFix (sub)"]
    header(co, 3, 1, ["Engineer"] + months)
    base = {}
    for i, p in enumerate(people):
        b = rng.choice([6, 9, 12, 15, 18])
        vals = []
        for m in range(6):
            b = max(1, b + rng.choice([-5, -3, -1, 0, 2, 4, 7]) + (3 if m >= 4 else 0))
            vals.append(b)
        base[p] = vals
        put(co, 4 + i, 1, [p] + vals)
    co["A12"] = "Average response time (min)"
    co["A12"].font = BOLD
    header(co, 13, 1, ["Engineer"] + months)
    for i, p in enumerate(people):
        put(co, 14 + i, 1, [p] + [rng.choice([28, 34, 41, 47, 52, 58, 66, 73, 84, 97]) for _ in months])
    quirks_boiler(ws, ct, co)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T U",
           [3, 9, 20, 9, 11, 6, 11, 11, 11, 8, 8, 12, 9, 11, 9, 7, 9, 3, 20, 11, 11])
    widths(ct, "A B C D E F G H I", [11, 20, 10, 11, 11, 8, 9, 11, 12])
    wb.save(HERE / "boiler_servicing.xlsx")


def quirks_boiler(ws, ct, co) -> None:
    ws["B33"] = "HW-2622"                        # job ref entered twice (row 17)
    ws["B41"] = "HW-2630"                        # and again (row 25)
    ws["C12"] = "Gwen Price "                    # trailing space (one-off)
    ws["E20"] = "worcester"                      # odd case
    ws["Q26"] = "pass"                           # odd case result
    ws["N21"] = "240"                            # invoice stored as text
    ws["M29"] = "99"                             # quote stored as text
    ws["P18"] = "38"                             # CO stored as text
    ws["I24"] = "19/10/2026"                     # visit date typed as text
    ws["G30"] = "23/05/2019"                     # installed typed as text (recent)
    for ref in ("L44", "L47"):                   # future jobs nobody is on yet
        ws[ref] = None
    ws["L10"] = None                             # past job with no engineer written in
    ct["H9"] = "1"                               # visits used stored as text
    ct["C17"] = "Landlord"                       # landlord plans that used every visit
    ct["F17"] = 19.99
    ct["G17"] = 3
    ct["H17"] = 3
    ct["H28"] = 2
    ct["E14"] = "23/05/2027"                     # renewal typed as text (not within 30 days)
    setd(ct, "D21", date(2022, 12, 10))          # two renewals coming up this month
    setd(ct, "E21", date(2026, 12, 10))
    setd(ct, "D31", date(2025, 12, 28))
    setd(ct, "E31", date(2026, 12, 28))
    co["D6"] = None                              # on leave
    co["F9"] = None
    co["E5"] = "14"                              # count stored as text
    co["D17"] = None


# ------------------------------------------------------------------ cricket_club
def cricket() -> None:
    rng = random.Random(1502)
    wb = Workbook()
    ws = wb.active
    ws.title = "Batting"
    ws["A1"] = "Ledbury Vale CC - 2026 season batting (all XIs)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avg = Runs / (Inns - NO), '-' where never out;  HS with * = not out"
    ws["P4"] = "Min inns to qualify"
    ws["Q4"] = 8
    cols = ["Player", "XI", "DOB", "Mat", "Inns", "NO", "Runs", "HS", "Avg", "4s", "6s", "Runs 2025",
            "Subs paid"]
    header(ws, 4, 2, cols)                              # header at B4
    first = ["Tom", "Raj", "Will", "Ollie", "Jack", "Sam", "Harry", "Imran", "Ben", "Callum", "Dev", "Josh",
             "Luke", "Nathan", "Zain", "Ed", "Kieran", "Alfie", "Matt", "Rory", "Hamza", "Finn", "George",
             "Charlie", "Ewan", "Adil", "Noah", "Max", "Theo", "Danny"]
    last = ["Hale", "Patel", "Marsh", "Brooks", "Reid", "Carver", "Stokes", "Qureshi", "Atkins", "Moffat",
            "Nair", "Pike", "Ward", "Fenton", "Malik", "Lowe", "Shaw", "Price", "Judd", "Ellis", "Aziz",
            "Dunn", "Kemp", "Rowe", "Lyle", "Rashid", "Cole", "Vine", "Grant", "Tully"]
    names = [f"{f} {l}" for f, l in zip(first, rng.sample(last, 30))]
    xis = ["1st XI"] * 11 + ["2nd XI"] * 11 + ["Sunday XI"] * 8
    rng.shuffle(xis)
    for i, nm in enumerate(names):
        r = 5 + i
        xi = xis[i]
        junior = rng.random() < 0.2
        dob = date(rng.randint(2009, 2012), rng.randint(1, 12), rng.randint(1, 28)) if junior else \
            date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        mat = rng.randint(2, 18)
        inns = max(1, mat - rng.choice([0, 0, 1, 2]))
        no = rng.randint(0, inns // 3) if rng.random() < 0.8 else rng.randint(inns // 2 + 1, inns)
        skill = rng.choice([6, 11, 17, 24, 31, 38, 46, 55])
        runs = max(0, round((inns - no) * skill * rng.choice([0.8, 1.0, 1.2])) + rng.randint(0, 9))
        hs = min(runs, round(skill * rng.choice([1.6, 2.1, 2.6, 3.2])))
        avg = round(runs / (inns - no), 2) if inns > no else "-"
        fours = round(runs * rng.choice([0.06, 0.09, 0.11]))
        sixes = round(runs * rng.choice([0.0, 0.01, 0.02, 0.04]))
        ly = None if rng.random() < 0.2 else round(runs * rng.choice([0.6, 0.8, 1.05, 1.3, 1.7])) + 3
        # draws kept (a dropped 50s column) so the random stream, and the sheet, stay the same
        sum(1 for _ in range(inns) if skill > 20 and rng.random() < skill / 260)
        put(ws, r, 2, [nm, xi, dob, mat, inns, no, runs, hs, avg, fours, sixes, ly,
                       rng.choice(["Y", "Y", "Y", "N"])], {8: "0.00"})
    bw = wb.create_sheet("Bowling")
    header(bw, 1, 1, ["Bowler", "Overs", "Mdns", "Runs", "Wkts", "Econ", "Best"])
    bowlers = rng.sample(names, 16) + ["Pete Marsh", "Ali Khan"]
    for i, nm in enumerate(bowlers):
        r = 2 + i
        overs = rng.randint(12, 140)
        runs = round(overs * rng.choice([3.1, 3.7, 4.3, 4.8, 5.4, 6.2]))
        wk = max(0, round(runs / rng.choice([14, 19, 23, 28, 36, 47])))
        put(bw, r, 1, [nm, overs, rng.randint(0, overs // 6), runs, wk, round(runs / overs, 2),
                       f"{rng.randint(1, 6)}-{rng.randint(9, 48)}"], {5: "0.00"})
    header(bw, 1, 10, ["Fielder", "Ct", "St"])
    for i, nm in enumerate(rng.sample(names, 12)):
        put(bw, 2 + i, 10, [nm, rng.randint(0, 14), rng.choice([0, 0, 0, 0, 1, 3])])

    mo = wb.create_sheet("Monthly")
    mo["A1"] = "Runs by month - all XIs"
    mo["A1"].font = BOLD
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    header(mo, 3, 1, ["Player"] + months)
    for i, nm in enumerate(names[:16]):
        vals = []
        for m in range(6):
            vals.append(rng.choice([0, rng.randint(2, 99), rng.randint(10, 160), rng.randint(40, 260),
                                   rng.randint(20, 200), rng.randint(5, 120)])
                        if rng.random() > 0.08 else None)
        put(mo, 4 + i, 1, [nm] + vals)
    quirks_cricket(ws, bw, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 16, 10, 11, 5, 5, 5, 6, 6, 7, 5, 5, 10, 9, 3, 19, 5])
    wb.save(HERE / "cricket_club.xlsx")


def quirks_cricket(ws, bw, mo) -> None:
    ws["B31"] = ws["B6"].value                   # same player listed for two XIs
    ws["D31"] = ws["D6"].value
    ws["B24"] = ws["B13"].value
    ws["D24"] = ws["D13"].value
    ws["C24"] = "Sunday XI"
    ws["B26"] = ws["B26"].value + " "            # trailing space
    ws["G33"] = ws["F33"].value                  # never out: no average
    ws["J33"] = "-"
    ws["I25"] = "111*"
    ws["C19"] = "2nd xi"                         # odd case
    ws["D27"] = "17/09/1990"                     # DOB typed as text (adult)
    ws["D16"] = None                             # no DOB
    ws["D29"] = None
    ws["H22"] = "412"                            # runs stored as text
    ws["I9"] = "87*"                             # not-out high scores typed with *
    ws["I14"] = "64*"
    ws["I26"] = "102*"
    ws["I33"] = "45*"
    ws["N20"] = "n"
    mo["C8"] = "85"                              # a month stored as text
    mo["F12"] = "120"


# ------------------------------------------------------------------ equipment_calibration
def calibration() -> None:
    rng = random.Random(1503)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = "Northgate Foods QA lab - instrument calibration register"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tol. and Error in the instrument's own unit; Error = reading - reference"
    ws["Q2"] = "Budget per cal. (€)"
    ws["R2"] = 250
    ws["Q3"] = "Default interval (mo)"
    ws["R3"] = 12
    cols = ["Asset ID", "Type", "Description", "Location", "Serial no", "Purchased", "Last cal.",
            "Interval (mo)", "Next due", "Tol. (±)", "Error", "Result", "Cal. by", "Cost (€)", "Status"]
    header(ws, 4, 1, cols)
    types = [("Balance", ["Balance 220 g (analytical)", "Balance 4 kg", "Balance 220 g digital"], 0.01, 12),
             ("Pipette", ["Pipette 100-1000 µL", "Pipette 2-20 µL", "Pipette 10-100 µL"], 0.5, 6),
             ("Thermometer", ["Thermometer probe, digital", "Thermometer (glass, ref.)", "Oven probe"], 0.3, 12),
             ("pH meter", ["pH meter, bench", "pH meter, handheld digital"], 0.05, 6),
             ("Caliper", ["Caliper 150 mm digital", "Caliper 300 mm vernier"], 0.02, 24),
             ("Torque wrench", ["Torque wrench 5-25 Nm", "Torque wrench 20-100 Nm"], 0.4, 12)]
    locs = ["Lab 1", "Lab 1", "Lab 2", "Lab 2", "Workshop", "Goods-in"]
    for i in range(42):
        r = 5 + i
        typ, descs, tol, interval = rng.choice(types)
        last = pick_offset(rng, -420, -8, {-365, -183, -30, -1})
        last_d = BUILT + dt.timedelta(days=last)
        nxt = edate(last_d, interval)
        if (nxt - BUILT).days in (0, 30, 29, 31, -1, 1):
            nxt += dt.timedelta(days=4)
        err = round(tol * rng.choice([-1.6, -1.3, -0.8, -0.4, -0.1, 0.0, 0.2, 0.5, 0.9, 1.2, 1.5]), 4)
        res = "Pass" if abs(err) <= tol else rng.choice(["Fail", "Fail", "Adjusted"])
        status = "In use" if res != "Fail" else rng.choice(["Quarantined", "Out for repair"])
        if rng.random() < 0.06:
            status = "Retired"
        put(ws, r, 1, [f"QA-{101 + i:03d}", typ, rng.choice(descs), rng.choice(locs),
                       f"{rng.choice(['SN', 'S/N ', 'X'])}{rng.randint(10000, 99999)}",
                       date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                       dt.datetime.combine(last_d, dt.time()), interval,
                       dt.datetime.combine(nxt, dt.time()), tol, err, res,
                       rng.choice(["In-house", "In-house", "Calibra Ltd", "MetroCal"]),
                       rng.choice([45, 60, 85, 120, 145, 190, 230, 275, 340, 410]), status],
            {10: "0.000"})
    ck = wb.create_sheet("Checks")
    ck["A1"] = "Weekly check-weight readings (g) on the lab balances"
    ck["A1"].font = BOLD
    header(ck, 3, 1, ["Balance", "Check wt (g)", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    for i in range(12):
        ref = rng.choice([10, 50, 100, 200, 500, 1000])
        vals = [round(ref + rng.choice([-0.09, -0.07, -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.04, 0.06, 0.08]), 2)
                for _ in range(5)]
        put(ck, 4 + i, 1, [f"BAL-{i + 1:02d}", ref] + vals, {k: "0.00" for k in range(2, 7)})
    ln = wb.create_sheet("Loans")
    header(ln, 1, 1, ["Asset ID", "Borrowed by", "Dept", "Out", "Due back", "Returned"])
    people = [("K. Osei", "Production"), ("L. Grant", "Hygiene"), ("M. Kowalski", "Production"),
              ("S. Ahmed", "NPD"), ("J. Byrne", "Maintenance"), ("T. Wu", "NPD")]
    for i in range(24):
        r = 2 + i
        who, dept = rng.choice(people)
        out = pick_offset(rng, -60, -2, {-14, -15, -16, -30})
        due = out + rng.choice([3, 5, 7, 10, 14])
        if due in (0, -1, 1):
            due += 3
        ret = out + rng.choice([1, 3, 6, 9, 12, 17, 21, 26])
        if ret >= 0 or rng.random() < 0.15:
            ret = None
        put(ln, r, 1, [f"QA-{101 + rng.randrange(42):03d}", who, dept, day(out), day(due),
                       day(ret) if ret is not None else None])
    quirks_calibration(ws, ck, ln)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 13, 27, 10, 10, 11, 11, 8, 11, 7, 8, 9, 11, 8, 13, 3, 21, 6])
    wb.save(HERE / "equipment_calibration.xlsx")


def quirks_calibration(ws, ck, ln) -> None:
    ws["E31"] = ws["E12"].value                  # serial copied onto a second asset
    ws["E40"] = ws["E22"].value
    ws["F27"] = "15/08/2021"                     # purchased typed as text (recent)
    ws["G19"] = None                             # never calibrated (new)
    ws["G44"] = None
    ws["I19"] = None
    ws["I44"] = None
    ws["K19"] = None
    ws["K44"] = None
    ws["L19"] = None
    ws["L44"] = None
    ws["M19"] = None
    ws["M44"] = None
    ws["N19"] = None
    ws["N44"] = None
    ws["O19"] = "Not yet in use"
    ws["O44"] = "Not yet in use"
    ws["D33"] = "lab 2"                          # odd case
    ws["C25"] = ws["C25"].value + " "            # trailing space
    ws["N36"] = "190"                            # cost stored as text
    setd(ws, "I12", day(0))                      # due today
    setd(ws, "I37", date(2027, 3, 30))           # stretched beyond last cal. + interval
    setd(ws, "I8", day(-370))                    # next-due dates typed before the last cal.
    setd(ws, "I41", date(2026, 4, 2))
    setd(ws, "G17", date(2026, 6, 15))           # two more coming due this month
    setd(ws, "I17", date(2026, 12, 15))
    setd(ws, "G35", date(2025, 12, 20))
    setd(ws, "I35", date(2026, 12, 20))
    ws["L28"] = "Pass"                           # passed although out of tolerance
    ws["L41"] = "pass"                           # odd case
    ws["L42"] = "Pass"
    ws["O28"] = "In use"
    ws["O41"] = "In use"
    ck["D7"] = None                              # readings missing
    ck["F12"] = None
    ck["G5"] = None
    ck["E10"] = "500.02"                         # reading typed as text
    ln["F9"] = "31/10/2026"                      # returned typed as text (on time)


# ------------------------------------------------------------------ hospital_wards
def hospital() -> None:
    rng = random.Random(1504)
    wb = Workbook()
    ws = wb.active
    ws.title = "Census"
    ws["A1"] = "St Brendan's Hospital - midnight bed census, w/c Mon 23 Nov 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "occupied beds at midnight; blank = ward did not submit a return"
    days_ = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    header(ws, 4, 1, ["Ward", "Specialty", "Beds"] + days_)
    wards = [("Ash", "Acute Medicine", 28), ("Beech", "Elderly Care", 24), ("Cedar", "General Surgery", 22),
             ("Elm", "Orthopaedic Surgery", 18), ("Hazel", "Cardiology", 20), ("Larch", "Respiratory", 24),
             ("Maple", "Stroke", 16), ("Oak", "Elderly Care", 26), ("Rowan", "Vascular Surgery", 12),
             ("Willow", "Maternity", 30), ("Yew", "Paediatrics", 14), ("Birch", "Acute Medicine", 26),
             ("Holly", "General Surgery", 20), ("Alder", "Day Surgery", 8)]
    for i, (w, sp, beds) in enumerate(wards):
        occ = []
        level = rng.choice([0.7, 0.82, 0.9, 0.96, 1.0, 1.05])
        for d_ in range(7):
            x = round(beds * min(1.15, max(0.4, level + rng.choice([-0.12, -0.07, -0.03, 0, 0.04, 0.08]))))
            if sp == "Day Surgery" and d_ >= 5:
                x = rng.choice([0, 1, 2])
            occ.append(x)
        put(ws, 5 + i, 1, [w, sp, beds] + occ)

    ad = wb.create_sheet("Admissions")
    ad["A1"] = "Current and recent inpatients (extract 02/12/2026 07:00)"
    ad["A1"].font = BOLD
    ad["A2"] = "LOS = days since admission (to discharge, or to today if still in)"
    ad["O2"] = "Target LOS (days)"
    ad["P2"] = 7
    cols = ["MRN", "Patient", "DOB", "Ward", "Admitted", "Exp. discharge", "Discharged", "LOS (days)",
            "Consultant", "Falls risk", "NEWS", "Isolation"]
    header(ad, 5, 2, cols)                             # header at B5
    fn = ["Margaret", "John", "Aisha", "Peter", "Doris", "Kevin", "Fatima", "Stanley", "Irene", "Gareth",
          "Joan", "Liam", "Elsie", "Ahmed", "Brenda", "Colin", "Maureen", "Hugh", "Sian", "Albert"]
    sn = ["Walsh", "Okafor", "Bennett", "Hussain", "Clarke", "Doherty", "Evans", "Morgan", "Nolan",
          "Pearson", "Quinn", "Roberts", "Singh", "Thomas", "Usher", "Vaughan", "Wright", "Young"]
    consultants = ["Dr Amin", "Dr Baxter", "Mr Coles", "Ms Danso", "Dr Egan"]
    iso = [None] * 8 + ["MRSA", "C. diff", "Covid-19", "MRSA screen pending", "Norovirus contact"]
    for i in range(40):
        r = 6 + i
        w = rng.choice([x for x in wards if x[0] not in ("Willow", "Yew", "Alder")])[0]
        adm = pick_offset(rng, -40, 0, {-21, -22, -3, -4})
        los_plan = rng.choice([1, 2, 3, 4, 6, 8, 11, 15])
        exp = adm + los_plan
        dis = None
        if rng.random() < 0.62:
            dd = adm + max(0, los_plan + rng.choice([-1, 0, 0, 1, 3, 6]))
            if dd <= -1:
                dis = dd
        los = (dis if dis is not None else 0) - adm
        old = rng.random() < 0.6
        dob = date(rng.randint(1928, 1951) if old else rng.randint(1952, 2004), rng.randint(1, 12),
                   rng.randint(1, 28))
        put(ad, r, 2, [f"{rng.randint(100000, 999999)}", f"{rng.choice(fn)} {rng.choice(sn)}", dob, w,
                       day(adm), day(exp), day(dis) if dis is not None else None, los,
                       rng.choice(consultants), rng.choice(["Low", "Low", "Medium", "High"]),
                       rng.choice([0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 9]), rng.choice(iso)])

    st = wb.create_sheet("Staffing")
    header(st, 1, 1, ["Date", "Shift", "Ward", "RN plan", "RN actual", "HCA plan", "HCA actual", "Agency"])
    r = 2
    for d_ in range(7):
        dd = date(2026, 11, 23) + dt.timedelta(days=d_)
        for w in ("Ash", "Beech"):
            for sh in ("Early", "Late", "Night"):
                rn = {"Early": 6, "Late": 5, "Night": 4}[sh]
                hca = {"Early": 4, "Late": 3, "Night": 2}[sh]
                put(st, r, 1, [dd, sh, w, rn, rn + rng.choice([-2, -1, 0, 0, 0, 1]), hca,
                               max(0, hca + rng.choice([-2, -1, 0, 0, 1])), rng.choice([0, 0, 0, 1, 2])])
                r += 1
    quirks_hospital(ws, ad, st)
    widths(ws, "A B C D E F G H I J", [9, 20, 6, 6, 6, 6, 6, 6, 6, 6])
    widths(ad, "A B C D E F G H I J K L M N O P",
           [3, 9, 17, 11, 8, 11, 13, 11, 10, 11, 10, 6, 20, 3, 17, 5])
    wb.save(HERE / "hospital_wards.xlsx")


def quirks_hospital(ws, ad, st) -> None:
    ws["G9"] = None                              # returns not submitted
    ws["I16"] = None
    ws["E12"] = None
    for a, b in (("30", "11"), ("41", "19")):    # readmitted: same MRN (and patient) twice
        for c in "BCD":
            ad[c + a] = ad[c + b].value
            ad[c + a].number_format = ad[c + b].number_format
    ad["C22"] = "Doris Evans "                   # trailing space
    ad["E35"] = "oak"                            # odd case
    ad["I18"] = "9"                              # LOS stored as text
    setd(ad, "H11", day(-23))                    # first stay ended before the readmission
    ad["I11"] = 5
    ad["D14"] = "24/08/1989"                     # DOB typed as text
    ad["J17"] = None                             # no consultant recorded
    ad["J38"] = None
    st["E20"] = "4"                              # RN actual stored as text
    setd(ad, "F14", day(-2))                     # two admitted in the last few days
    setd(ad, "G14", day(1))
    ad["I14"] = 2
    setd(ad, "F39", day(-1))
    setd(ad, "G39", day(3))
    ad["I39"] = 1


# ------------------------------------------------------------------ ice_cream_parlour
def icecream() -> None:
    rng = random.Random(1505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Flavours"
    ws["A1"] = "Gelateria Lucia - litres sold per week, by flavour"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "weeks 44-48 of 2026 (Mon-Sun); LY = same week last year; prices per litre, ex VAT"
    ws["M4"] = "Min litres / wk"
    ws["N4"] = 8
    ws["M5"] = "VAT rate"
    ws["N5"] = 0.1
    ws["N5"].number_format = "0%"
    ws["A3"] = "blank = week not counted"
    cols = ["Flavour", "Base", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Wk 48 LY", "Price/L (€)",
            "Cost/L (€)"]
    header(ws, 4, 2, cols)                              # header at B4
    flav = [("Fior di latte", "Dairy"), ("Pistachio", "Dairy"), ("Stracciatella", "Dairy"),
            ("Dark chocolate", "Dairy"), ("Hazelnut", "Dairy"), ("Salted caramel", "Dairy"),
            ("Coffee", "Dairy"), ("Vanilla bean", "Dairy"), ("Tiramisu", "Dairy"), ("Lemon", "Sorbet"),
            ("Raspberry", "Sorbet"), ("Mango", "Sorbet"), ("Blood orange", "Sorbet"),
            ("Coconut (vegan)", "Vegan"), ("Choc oat (vegan)", "Vegan"),
            ("Pumpkin spice (seasonal)", "Dairy"), ("Mulled wine sorbet (seasonal)", "Sorbet"),
            ("Gingerbread (seasonal)", "Dairy"), ("Black sesame", "Dairy"), ("Peanut butter (vegan)", "Vegan")]
    for i, (f, b) in enumerate(flav):
        lvl = rng.choice([4, 7, 11, 16, 22, 29])
        vals = []
        for w in range(5):
            vals.append(max(0, round(lvl * rng.choice([0.6, 0.8, 0.95, 1.1, 1.3]) + rng.uniform(-0.9, 0.9), 1)))
        ly = round(vals[-1] * rng.choice([0.7, 0.9, 1.15, 1.4]), 1)
        price = rng.choice([14.5, 16.0, 17.5, 18.0, 19.5, 21.0, 22.5, 24.0])
        cost = round(price * rng.choice([0.22, 0.28, 0.33, 0.37, 0.44, 0.52]), 2)
        put(ws, 5 + i, 2, [f, b] + vals + [ly, price, cost], {7: "0.00", 8: "0.00"})

    bt = wb.create_sheet("Batches")
    header(bt, 1, 1, ["Batch #", "Flavour", "Made", "Time", "Litres", "Best before", "Freezer", "Temp °C",
                      "Vegan?", "Allergens", "Made by", "Checked by"])
    allergens = {"Pistachio": "milk, nuts", "Hazelnut": "milk, nuts", "Dark chocolate": "milk, soya",
                 "Tiramisu": "milk, egg, gluten", "Lemon": None, "Raspberry": None, "Mango": None,
                 "Coconut (vegan)": None, "Choc oat (vegan)": "oats (gluten), soya",
                 "Peanut butter (vegan)": "peanuts", "Salted caramel": "milk",
                 "Fior di latte": "milk", "Gingerbread (seasonal)": "milk, gluten, egg",
                 "Black sesame": "milk, sesame"}
    staff = ["Lucia", "Marco", "Giada", "Tomás"]
    for i in range(36):
        r = 2 + i
        f = rng.choice(list(allergens))
        made = pick_offset(rng, -58, -1, {-7, -8})
        vegan = "Y" if "vegan" in f or f in ("Lemon", "Raspberry", "Mango") else "N"
        shelf = rng.choice([45, 60, 75, 105, 120]) if vegan == "N" or rng.random() < 0.5 else 150
        bb = made + shelf
        if bb in range(-1, 10):
            bb += 0
        put(bt, r, 1, [f"GL-{480 + i}", f, day(made), hm(rng.choice([7, 8, 9, 10, 14, 15]), rng.choice([0, 20, 40])),
                       rng.choice([4, 6, 6, 8, 10, 12, 15]), day(bb), rng.choice(["F1", "F1", "F2", "F3"]),
                       rng.choice([-22, -20, -19, -18, -16, -14]), vegan, allergens[f], rng.choice(staff),
                       rng.choice(staff + [None])])
    tl = wb.create_sheet("Tills")
    tl["A1"] = "Daily takings - November 2026 (closed Mondays)"
    tl["A1"].font = BOLD
    header(tl, 3, 1, ["Date", "Day", "Cash €", "Card €", "Total €", "Same day LY", "Weather", "Staff on"])
    r = 4
    dd = dt.date(2026, 11, 1)
    while dd <= dt.date(2026, 11, 30):
        if dd.weekday() == 0:
            dd += dt.timedelta(days=1)
            continue
        wknd = dd.weekday() >= 5
        cash = round(rng.choice([90, 140, 180, 230, 290]) * (1.8 if wknd else 1) + rng.randint(0, 40), 2)
        card = round(rng.choice([210, 280, 360, 450, 540]) * (1.9 if wknd else 1) + rng.randint(0, 60), 2)
        ly = round((cash + card) * rng.choice([0.7, 0.85, 0.95, 1.1, 1.25]))
        put(tl, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), cash, card, cash + card, ly,
                       rng.choice(["Sun", "Cloud", "Cloud", "Rain", "Rain", "Wind"]), rng.choice([2, 2, 3, 3, 4])],
            {2: "#,##0.00", 3: "#,##0.00", 4: "#,##0.00", 5: "#,##0"})
        r += 1
        dd += dt.timedelta(days=1)
    quirks_icecream(ws, bt, tl)
    widths(ws, "A B C D E F G H I J K L M N", [3, 28, 8, 7, 7, 7, 7, 7, 10, 11, 11, 3, 16, 4])
    widths(bt, "A B C D E F G H I J K L", [8, 22, 11, 7, 7, 11, 8, 8, 7, 18, 9, 11])
    wb.save(HERE / "ice_cream_parlour.xlsx")


def quirks_icecream(ws, bt, tl) -> None:
    ws["B21"] = "Mulled wine sorbet (Seasonal)"  # odd case
    ws["C9"] = "Dairy "                          # trailing space
    ws["F13"] = "9.5"                            # litres stored as text
    ws["H20"] = None                             # not recorded
    ws["E23"] = None
    ws["I18"] = None                             # new flavour, no LY
    ws["I22"] = None
    bt["A30"] = "GL-497"                         # batch number reused (row 19)
    bt["B24"] = "lemon"                          # odd case
    setd(bt, "F27", day(120))
    setd(bt, "F21", day(4))                      # two batches about to go out of date
    setd(bt, "F24", day(6))
    bt["C27"] = "21/10/2026"                     # made date typed as text
    bt["K33"] = None                             # maker not written down
    bt["K9"] = None
    tl["F10"] = None                             # no LY figure (shop closed that day LY)
    tl["F22"] = None
    tl["E15"] = tl["C15"].value + tl["D15"].value - 9   # total mistyped
    tl["D27"] = f"{tl['D27'].value:.2f}"          # card stored as text (same value)


# ------------------------------------------------------------------ jewellery_repairs
def jewellery() -> None:
    rng = random.Random(1506)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Aurum & Co. - repairs book"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Deposit taken on every job; items over the insurance limit go in the safe overnight"
    ws["A3"] = "Deposit rate"
    ws["B3"] = 0.25
    ws["B3"].number_format = "0%"
    ws["A4"] = "Insurance limit (£)"
    ws["B4"] = 2000
    ws["B4"].number_format = "#,##0"
    cols = ["Job no.", "Customer", "Phone", "Item", "Metal", "Work", "Taken in", "Promised", "Collected",
            "Quote £", "Deposit £", "Final £", "Insured value", "Jeweller", "Stone?"]
    header(ws, 6, 1, cols)
    custs = [("Mrs P. Hargreaves", "07700 900111"), ("David Oyelaran", "07700 900245"),
             ("Sophie Kerr", "07700 900378"), ("Mr & Mrs Banks", "01632 960412"),
             ("Leah Goldberg", "07700 900567"), ("Tariq Hassan", "07700 900623"),
             ("Angela Price", "01632 960771"), ("Yvonne Chalmers", "07700 900834"),
             ("Jake Morrow", "07700 900902"), ("Priti Desai", "07700 900157"),
             ("Owen Llewellyn", "07700 900289"), ("Beatriz Sousa", "07700 900333"),
             ("Graham Fleet", "01632 960488"), ("Helen O'Rourke", "07700 900519"),
             ("Carl Jensen", "07700 900648"), ("Maisie Trent", "07700 900705")]
    items = [("Ring", "Ring resize N to P"), ("Ring", "Ring resize R to Q"), ("Ring", "Re-tip claws"),
             ("Ring", "Replace missing stone"), ("Chain", "Gold chain - solder break"),
             ("Chain", "Silver chain, new clasp"), ("Bracelet", "Bracelet - new catch"),
             ("Earrings", "Earring posts replaced"), ("Watch", "Watch battery + reseal"),
             ("Watch", "Watch strap fitting"), ("Brooch", "Brooch pin repair"),
             ("Ring", "Ring rhodium plate"), ("Pendant", "Pendant bail resize")]
    metals = ["9ct gold", "18ct gold", "Silver", "Platinum", "White gold", "Silver", "9ct gold"]
    smiths = ["Marek", "Anjali", "Ruth"]
    for i in range(40):
        r = 7 + i
        cust, ph = rng.choice(custs)
        kind, work = rng.choice(items)
        metal = rng.choice(metals) if kind != "Watch" else rng.choice(["Steel", "9ct gold", "Steel"])
        tin = pick_offset(rng, -75, -1, {-30, -31, -29})
        prom = tin + rng.choice([2, 5, 7, 10, 14, 21])
        if prom in (0, 7, 8, 6, -30, -31, -29):
            prom += 2
        coll = None
        if prom < 0 and rng.random() < 0.65:
            c = prom + rng.choice([0, 0, 1, 3, 8])
            if c < 0:
                coll = c
        quote = rng.choice([18, 25, 35, 45, 60, 85, 120, 165, 240, 380])
        dep = round(quote * rng.choice([0.3, 0.3, 0.5, 1.0, 0.2, 0.1]), 2) if rng.random() < 0.85 else None
        final = round(quote * rng.choice([1, 1, 1, 1.1, 1.3, 0.9]) + rng.choice([0, 0, 5, 20, 35]), 2) \
            if coll is not None else None
        val = rng.choice([150, 400, 650, 900, 1200, 1800, 2400, 3500, 6000])
        stone = "Y" if work.startswith(("Replace", "Re-tip")) or (kind == "Ring" and rng.random() < 0.5) else "N"
        put(ws, r, 1, [f"R{2211 + i}", cust, ph, kind, metal, work, day(tin), day(prom),
                       day(coll) if coll is not None else None, quote, dep, final, val,
                       rng.choice(smiths), stone], {9: "0.00", 10: "0.00", 11: "0.00", 12: "#,##0"})
    sk = wb.create_sheet("Stock")
    header(sk, 1, 1, ["SKU", "Description", "Carat", "Weight (g)", "Bought", "Cost £", "Ticket £", "Sold £",
                      "Sold on"])
    desc = ["Signet ring", "Curb chain 20in", "Belcher chain 18in", "Solitaire ring", "Bangle",
            "Locket", "Hoop earrings", "Cufflinks", "Eternity ring", "Charm bracelet", "Pocket watch"]
    for i in range(30):
        r = 2 + i
        car = rng.choice(["9ct", "9ct", "14ct", "18ct", "18ct", "22ct", "925"])
        wt = round(rng.choice([2.1, 3.4, 4.8, 6.5, 8.2, 11.6, 14.3, 19.7, 26.4]), 1)
        bought = pick_offset(rng, -400, -3, {-183, -182, -184})
        cost = round(wt * {"9ct": 22, "14ct": 34, "18ct": 45, "22ct": 56, "925": 4.0}[car]
                     * rng.choice([0.9, 1.0, 1.1]) + rng.choice([0, 10, 40]), 0)
        ticket = round(cost * rng.choice([1.6, 1.9, 2.2, 2.5, 3.0]), -1) + 5
        sold = None
        sold_on = None
        if rng.random() < 0.5:
            s_off = bought + rng.choice([5, 20, 45, 90, 160])
            if s_off < 0:
                sold_on = s_off
                sold = round(ticket * rng.choice([1.0, 0.9, 0.75, 0.4, 1.0]), 0)
        pre = "CON" if rng.random() < 0.2 else "AU"
        put(sk, r, 1, [f"{pre}-{3300 + 13 * i}", rng.choice(desc), car, wt, day(bought), cost, ticket, sold,
                       day(sold_on) if sold_on is not None else None], {5: "0.00", 6: "0.00", 7: "0.00"})
    quirks_jewellery(ws, sk)
    widths(ws, "A B C D E F G H I J K L M N O",
           [18, 17, 13, 9, 10, 24, 11, 11, 11, 8, 10, 8, 12, 9, 7])
    widths(sk, "A B C D E F G H I", [9, 19, 6, 10, 11, 8, 9, 8, 11])
    wb.save(HERE / "jewellery_repairs.xlsx")


def quirks_jewellery(ws, sk) -> None:
    ws["A30"] = "R2222"                          # job number written twice (row 18)
    ws["B25"] = "Carl Jensen "                   # trailing space
    ws["E33"] = "silver"                         # odd case
    ws["M20"] = "2500"                           # insured value stored as text
    ws["J38"] = "45"                             # quote stored as text
    ws["G15"] = "14/10/2026"                     # taken in typed as text
    ws["N12"] = None                             # not yet given to a jeweller
    ws["N41"] = None
    sk["D9"] = None                              # not weighed
    sk["D23"] = None
    sk["G14"] = "395"                            # ticket stored as text
    sk["C26"] = "9CT"                            # odd case


if __name__ == "__main__":
    for f in (boiler, cricket, calibration, hospital, icecream, jewellery):
        f()
    print("built 6 workbooks in", HERE)
