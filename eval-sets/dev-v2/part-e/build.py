"""Build the six workbooks of dev-v2 part E (openpyxl only, fixed seeds).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Run:  python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
BOLD = Font(bold=True)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list) -> None:
    for i, v in enumerate(values):
        if v is not None:
            c = ws.cell(row=row, column=col + i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd"
            elif isinstance(v, dt.time):
                c.number_format = "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


# ------------------------------------------------------------------ clinic_appointments
def clinic() -> None:
    rng = random.Random(501)
    wb = Workbook()
    ws = wb.active
    ws.title = "Appointments"
    ws["A1"] = "Northside Family Clinic - appointment book"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "export from booking system, Dec 2026 (fees in USD)"
    cols = ["Appt ID", "Patient", "Clinician", "Dept", "Appt Date", "Time", "Status",
            "Fee ($)", "Paid ($)", "Follow-up", "Notes"]
    header(ws, 4, 2, cols)
    clinicians = [("Dr Okafor", "GP"), ("Dr Lindqvist", "GP"), ("Dr Mehta", "Dental"),
                  ("N. Patel (NP)", "Nurse"), ("Dr Brennan", "Physio")]
    first = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Iris", "Jon",
             "Kofi", "Lena", "Mia", "Noah", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"]
    last = ["Reyes", "Walsh", "Kim", "Osei", "Novak", "Berg", "Dutta", "Moreau", "Hale",
            "Silva", "Ito", "Park", "Grant", "Ahmed", "Costa"]
    fees = {"GP": [60, 75, 95], "Dental": [85, 140, 210], "Nurse": [45, 55], "Physio": [70, 115]}
    notes = ["", "", "", "", "interpreter needed (Polish)", "wheelchair access", "URGENT - call back",
             "new patient", "", "repeat prescription", "bring x-rays", "", "fasting bloods"]
    avoid = {0, -7, 7, -14, 14, -30, 30, -1, 1, -21}
    n = 45
    for i in range(n):
        r = 5 + i
        doc, dept = clinicians[rng.randrange(5)]
        off = pick_offset(rng, -26, 24, avoid)
        date = day(off)
        hour = rng.choice([8, 8, 9, 10, 11, 13, 14, 15, 16, 17])
        minute = rng.choice([15, 30, 45]) if hour in (9, 17) else rng.choice([0, 15, 30, 45])
        if off < 0:
            status = rng.choice(["Attended"] * 6 + ["No-show", "Cancelled"])
        else:
            status = rng.choice(["Booked"] * 5 + ["Cancelled"])
        fee = rng.choice(fees[dept])
        paid = None
        if status == "Attended":
            paid = rng.choice([fee, fee, fee, fee - 20 if fee > 50 else fee, None])
        elif status == "Booked" and rng.random() < 0.3:
            paid = 20
        follow = None
        if status == "Attended" and rng.random() < 0.5:
            follow = day(off + rng.choice([13, 27, 41]))
        put(ws, r, 2, [f"AP-{1001 + i}", f"{rng.choice(first)} {rng.choice(last)}", doc, dept,
                       date, dt.time(hour, minute), status, fee, paid, follow,
                       rng.choice(notes) or None])
    # quirks
    ws["B34"] = "AP-1012"                       # duplicate id (same as row 16)
    ws["B41"] = "AP-1020"                       # duplicate id (same as row 24)
    ws["D12"] = "Dr Mehta "                     # trailing space
    ws["H19"] = "no-show"                       # lower case
    ws["I22"] = "85"                            # fee stored as text
    ws["I37"] = "140"
    ws["F27"] = "14/01/2027"                    # date typed as text
    ws["F45"] = "23/11/2026"
    ws["K30"] = day(-20)                         # follow-up before the appointment
    ws["C47"] = None                             # blank patient
    ws["D33"] = None                             # blank clinician
    for col, w in zip("ABCDEFGHIJKL", [3, 10, 16, 15, 8, 12, 8, 11, 9, 9, 12, 28]):
        ws.column_dimensions[col].width = w

    st = wb.create_sheet("Staff")
    header(st, 1, 1, ["Name", "Role", "Reg No", "Reg Expiry", "CPD hrs", "CPD req",
                      "Email", "Start Date", "FTE"])
    roles = ["GP", "Nurse", "Physio", "Dentist", "HCA", "Receptionist"]
    req = {"GP": 50, "Nurse": 35, "Physio": 30, "Dentist": 50, "HCA": 15, "Receptionist": 0}
    seen = []
    for i in range(28):
        r = 2 + i
        nm = f"{rng.choice(first)} {rng.choice(last)}"
        while nm in seen:
            nm = f"{rng.choice(first)} {rng.choice(last)}"
        seen.append(nm)
        role = rng.choice(roles)
        reg = None if role == "Receptionist" else f"R{rng.randint(10000, 99999)}"
        exp = None if reg is None else day(pick_offset(rng, -60, 400, {0, 30, 31, 60, 61, 90, 91, -1}))
        cpd = req[role] + rng.choice([-22, -13, -6, -3, 4, 9, 17])
        cpd = max(cpd, 0) if req[role] else rng.choice([0, 2])
        email = nm.lower().replace(" ", ".") + "@northside.example"
        start = dt.datetime(rng.randint(2004, 2026), rng.randint(1, 12), rng.randint(2, 27))
        if start.date() > BUILT - dt.timedelta(days=40):
            start = dt.datetime(2026, 3, 9)
        fte = rng.choice([1, 1, 1, 0.8, 0.6, 0.5, 0.4])
        put(st, r, 1, [nm, role, reg, exp, cpd, req[role], email, start, fte])
    st["G12"] = st["G5"].value.upper()           # same email in upper case
    st["G20"] = st["G9"].value                   # duplicate email
    st["C25"] = st["C6"].value                   # duplicate reg no
    st["E16"] = None                             # CPD not reported
    st["E23"] = None
    wb.save(HERE / "clinic_appointments.xlsx")


# ------------------------------------------------------------------ library_loans
def library() -> None:
    rng = random.Random(502)
    wb = Workbook()
    ws = wb.active
    ws.title = "Loans"
    ws["A1"] = "Loans register - all branches"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Loan #", "Barcode", "Title", "Borrower", "Branch", "Out Date", "DUE DT",
            "Returned", "Renewals", "Fine Amt ($)"]
    header(ws, 3, 1, cols)
    titles = ["The Salt Path", "Dune", "Educated", "Circe", "Piranesi", "Atomic Habits",
              "The Overstory", "Klara and the Sun", "Sapiens", "Beloved", "Middlemarch",
              "The Road", "Gilead", "Normal People", "Station Eleven", "Persuasion",
              "A Little Life", "The Hobbit", "Wolf Hall", "Pachinko", "Emma", "Ulysses"]
    branches = ["Central", "Eastgate", "Millbrook", "Central", "Harbour"]
    borrowers = [f"M{rng.randint(2000, 2999)}" for _ in range(30)]
    avoid_out = {-14, -21, -28, -7, -30, -31, -60}
    lost = []
    for i in range(52):
        r = 4 + i
        out = pick_offset(rng, -75, -2, avoid_out)
        due = out + 21
        if due in (0, -7, -14, -10, 7, 3, -30, 14, -3, 1, -1):
            due += 2
        ren = rng.choice([0, 0, 0, 1, 1, 2, 3])
        returned = None
        if rng.random() < 0.55:
            ret = out + rng.randint(3, 34)
            if ret < 0:
                returned = day(ret)
        fine = None
        if returned is not None and returned.date() > BUILT + dt.timedelta(days=due):
            fine = round(0.25 * (returned.date() - (BUILT + dt.timedelta(days=due))).days, 2)
        bc = f"3100{rng.randint(100000, 999999)}"
        if rng.random() < 0.25:
            lost.append(bc)
        put(ws, r, 1, [f"L{5200 + i}", bc, rng.choice(titles), rng.choice(borrowers),
                       rng.choice(branches), day(out), day(due), returned, ren, fine])
    ws["A30"] = "L5214"                            # duplicate loan number (row 18)
    ws["H12"] = "n/a"                              # text in Returned
    ws["F40"] = "19/10/2026"                       # out date typed as text
    ws["E22"] = "central "                         # odd case, trailing space
    ws["I15"] = "2"                                # renewals stored as text
    ws["J27"] = 0
    ws["D44"] = None
    ws["H38"] = day(-33)                           # keep returns off the due date
    ws["G21"] = day(-20)                           # due before out (entry errors)
    ws["G47"] = day(-40)
    # side list: lost / withdrawn barcodes
    header(ws, 3, 12, ["Lost/Withdrawn", "Reason"])
    extra = [f"3100{rng.randint(100000, 999999)}" for _ in range(25 - len(lost))]
    reasons = ["lost", "damaged", "withdrawn", "lost", "water damage"]
    for i, bc in enumerate((lost + extra)[:25]):
        put(ws, 4 + i, 12, [bc, rng.choice(reasons)])
    for col, w in zip("ABCDEFGHIJKLM", [8, 13, 20, 9, 10, 11, 11, 11, 9, 12, 3, 15, 13]):
        ws.column_dimensions[col].width = w

    ms = wb.create_sheet("Members")
    ms["A1"] = "membership list (renewals due yearly)"
    header(ms, 2, 1, ["Member ID", "Name", "Joined", "Expires", "Age grp", "Email",
                      "Loans YTD", "Fines owed"])
    first = ["Aoife", "Bilal", "Cara", "Dmitri", "Eve", "Femi", "Gus", "Hana", "Ivo", "Jade",
             "Kai", "Lola", "Marek", "Nia", "Oscar", "Priya"]
    last = ["Byrne", "Khan", "Lopez", "Ivanov", "Stone", "Adeyemi", "Hart", "Sato", "Petrov",
            "Ng", "Fox", "Ruiz"]
    for i in range(32):
        r = 3 + i
        nm = f"{rng.choice(first)} {rng.choice(last)}"
        joined = dt.datetime(rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(2, 27))
        if joined.date() > BUILT - dt.timedelta(days=20):
            joined = dt.datetime(2025, 6, 14)
        exp = day(pick_offset(rng, -90, 330, {0, 30, -30, 31, -31, 60, 29, -29}))
        grp = rng.choice(["adult", "adult", "junior", "senior", "Adult"])
        put(ms, r, 1, [borrowers[i % 30] if i < 30 else f"M{3000 + i}", nm, joined, exp, grp,
                       nm.lower().replace(" ", "") + "@mail.example", rng.randint(0, 60),
                       rng.choice([0, 0, 0, 0.75, 1.5, 3.25, 6, 12.5])])
    ms["A33"] = ms["A10"].value                     # duplicate member id
    ms["F34"] = None
    ms["F21"] = None
    ms["G17"] = "12"                                # loans stored as text
    wb.save(HERE / "library_loans.xlsx")


# ------------------------------------------------------------------ rental_properties
def rentals() -> None:
    rng = random.Random(503)
    wb = Workbook()
    ws = wb.active
    ws.title = "Units"
    cols = ["Unit", "Beds", "Rent ($/mo)", "Market Rent", "Lease Start", "Lease End",
            "Tenant", "Deposit", "Arrears ($)", "Last Insp."]
    tenants = ["Acosta", "Bell", "Chan", "Diallo", "Evans", "Fischer", "Gomez", "Haddad",
               "Iqbal", "Jensen", "Kowalski", "Lund", "Murphy", "Nakamura", "Oyelaran",
               "Perez", "Quade", "Rossi", "Schmidt", "Tan", "Usman", "Vance", "Wong", "Yilmaz"]

    def table(title_row: int, title: str, prefix: str, n: int) -> None:
        ws.cell(row=title_row, column=1, value=title).font = Font(bold=True, size=12)
        header(ws, title_row + 1, 1, cols)
        for i in range(n):
            r = title_row + 2 + i
            beds = rng.choice([0, 1, 1, 2, 2, 3])
            market = {0: 1150, 1: 1450, 2: 1850, 3: 2300}[beds] + rng.choice([-40, 0, 35, 60])
            rent = market + rng.choice([-260, -180, -95, -40, 0, 25, 70, 140])
            start = pick_offset(rng, -900, -20, {-365, -730})
            end = start + rng.choice([365, 365, 730, 548])
            if end in (0, 30, 60, 90, -1, 31, 61, 91, 29, 59, 89):
                end += 3
            vacant = rng.random() < 0.12
            tenant = None if vacant else rng.choice(tenants)
            deposit = rent * rng.choice([1, 1, 1.5]) if not vacant else None
            arrears = rng.choice([0, 0, 0, 0, 0, 120, 480, 950, 1875, 2600]) if not vacant else None
            insp = day(pick_offset(rng, -500, -10, {-180, -365, -181, -366, -179, -364}))
            put(ws, r, 1, [f"{prefix}{101 + i + 100 * (i // 8)}", beds, rent, market,
                           day(start), day(end), tenant, deposit, arrears, insp])

    ws["A1"] = None
    table(1, "Harbour View (HV)", "HV-", 28)       # title row 1, header 2, data 3..30
    table(33, "Elm Court (EC)", "EC-", 26)         # title row 33, header 34, data 35..60
    ws["A17"] = ws["A9"].value                     # duplicate unit
    ws["C12"] = "1850"                             # rent stored as text
    ws["F44"] = "15/03/2027"                       # lease end typed as text
    ws["G26"] = ws["G26"].value and (ws["G26"].value + " ")
    ws["J51"] = None
    ws["J20"] = None
    for col, w in zip("ABCDEFGHIJ", [9, 6, 12, 12, 12, 12, 12, 10, 11, 11]):
        ws.column_dimensions[col].width = w

    rp = wb.create_sheet("Repairs")
    header(rp, 1, 1, ["Ticket", "Unit", "Reported", "Fixed", "Priority", "Est $",
                      "Actual $", "Contractor", "Category"])
    units = [ws.cell(row=r, column=1).value for r in list(range(3, 31)) + list(range(35, 61))]
    cats = ["plumbing", "electrical", "heating", "appliance", "pest", "roof", "locks"]
    contr = ["FixIt Bros", "A1 Plumbing", "Volt & Co", "", "Handy Hal", "CoolAir"]
    for i in range(38):
        r = 2 + i
        rep = pick_offset(rng, -120, -1, {-7, -14, -30, -3, -10, -60, -8})
        fixed = None
        if rng.random() < 0.65:
            f = rep + rng.choice([1, 2, 3, 5, 9, 16, 25])
            if f < 0:
                fixed = day(f)
        est = rng.choice([80, 150, 220, 340, 600, 1250, 2100])
        act = None if fixed is None else round(est * rng.choice([0.7, 0.9, 1.0, 1.05, 1.25, 1.6]))
        put(rp, r, 1, [f"T-{700 + i}", rng.choice(units), day(rep), fixed,
                       rng.choice(["High", "Med", "Low", "Med", "Low"]), est, act,
                       rng.choice(contr) or None, rng.choice(cats)])
    rp["E9"] = "high"
    rp["E30"] = "Urgent"
    rp["D15"] = day(-118)                          # fixed before reported (entry error)
    rp["A28"] = "T-711"                            # duplicate ticket
    wb.save(HERE / "rental_properties.xlsx")


# ------------------------------------------------------------------ farm_harvest
def farm() -> None:
    rng = random.Random(504)
    wb = Workbook()
    ws = wb.active
    ws.title = "Fields"
    ws["A1"] = "Greenacre Farm - harvest 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "yields in tonnes; moisture at intake"
    ws["A3"] = "updated weekly by the yard office"
    cols = ["Field", "Crop", "Area (ha)", "Sown", "Harvested", "Yield (t)", "Target (t)",
            "Moist %", "Grade", "Price/t", "Buyer"]
    header(ws, 5, 3, cols)                         # header at C5
    crops = {"Wheat": (8.2, 210), "Barley": (6.9, 185), "Oilseed rape": (3.6, 430),
             "Oats": (5.8, 175), "Beans": (4.1, 260), "Potatoes": (42.0, 150)}
    buyers = ["GrainCo", "Millers Ltd", "Local co-op", "GrainCo", "Frontier"]
    for i in range(34):
        r = 6 + i
        crop = rng.choice(list(crops))
        per_ha, price = crops[crop]
        area = rng.choice([4.5, 6.2, 8.0, 11.3, 14.7, 19.4, 23.1])
        target = round(area * per_ha, 1)
        yld = round(target * rng.choice([0.72, 0.84, 0.93, 0.97, 1.04, 1.12, 1.21]), 1)
        sown = dt.datetime(2025 if crop in ("Wheat", "Oilseed rape", "Barley") else 2026,
                           rng.choice([3, 4, 9, 10]), rng.randint(2, 27))
        if sown.year == 2026 and sown.month > 4:
            sown = sown.replace(month=4)
        harvested = dt.datetime(2026, rng.choice([7, 8, 9, 10]), rng.randint(2, 27))
        if rng.random() < 0.12:
            harvested, yld = None, None
        moist = rng.choice([12.8, 13.6, 14.2, 14.9, 15.3, 16.4, 17.8, 19.1])
        if yld is None:
            moist = None
        grade = rng.choice(["A", "A", "B", "B", "C", "feed"]) if yld is not None else None
        put(ws, r, 3, [f"F{rng.randint(1, 40):02d}", crop, area, sown, harvested, yld, target,
                       moist, grade, price + rng.choice([-12, 0, 8, 15]), rng.choice(buyers)])
    ws["C20"] = ws["C11"].value                     # duplicate field code
    ws["G14"] = "14/08/2026"                        # harvest date typed as text
    ws["G31"] = "21/09/2026"
    ws["D25"] = "wheat"                             # lower case crop
    ws["D33"] = "Barley "                           # trailing space
    ws["J17"] = "15.3"                              # moisture as text
    ws["L28"] = None
    ws["E38"] = None
    for col, w in zip("ABCDEFGHIJKLM", [3, 3, 7, 14, 10, 11, 11, 10, 11, 8, 7, 8, 12]):
        ws.column_dimensions[col].width = w

    ms = wb.create_sheet("Monthly kg")
    header(ms, 1, 1, ["Plot", "Crop", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    veg = ["Courgette", "Tomato", "Runner bean", "Lettuce", "Squash", "Kale", "Leek",
           "Beetroot", "Sweetcorn", "Chard"]
    for i in range(30):
        r = 2 + i
        base = rng.choice([120, 240, 380, 520, 760])
        vals = []
        v = base
        for m in range(6):
            v = max(0, round(v * rng.choice([0.55, 0.8, 0.95, 1.1, 1.3, 1.6])))
            vals.append(v)
        for m in range(6):
            if rng.random() < 0.07:
                vals[m] = None
        put(ms, r, 1, [f"P{i + 1:02d}", rng.choice(veg)] + vals)
    ms["E9"] = "410"                                # stored as text
    ms["A26"] = "P07"                               # duplicate plot
    wb.save(HERE / "farm_harvest.xlsx")


# ------------------------------------------------------------------ freelance_invoices
def invoices() -> None:
    rng = random.Random(505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Invoices"
    ws["A1"] = "Mara Lind - Design & Illustration"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "VAT no. GB 123 4567 89"
    ws["A3"] = "invoice register FY2026"
    ws["A4"] = "amounts excl. VAT"
    cols = ["Inv No", "Client", "Project", "Issued", "Terms (d)", "Due", "Amt ($)",
            "Paid Amt", "Paid On", "Hrs", "Rate", "Status"]
    header(ws, 6, 1, cols)
    clients = ["Brightside Media", "Kettle & Co", "Northwind", "Oakleaf Press", "Pixelmint",
               "Quarry Studio", "Tidewater"]
    projects = ["logo refresh", "brand guide", "book cover", "web banners", "illustrations",
                "packaging", "annual report", "social assets"]
    for i in range(56):
        r = 7 + i
        issued = pick_offset(rng, -200, -1, {-30, -60, -90, -31, -61, -14, -45})
        terms = rng.choice([14, 30, 30, 30, 45, 60])
        due = issued + terms
        if due in (0, -7, -14, -30, -60, 7, 14, -1, 1, -90, -28, -10, 10, -3, 3):
            due += 2
            terms += 2
        hrs = rng.choice([4, 6.5, 8, 12, 15, 22, 30, 41])
        rate = rng.choice([55, 65, 75, 90])
        amt = hrs * rate
        if rng.random() < 0.15:
            amt = round(amt * rng.choice([0.9, 1.1, 1.25]))
        paid_amt = paid_on = None
        if due < -5 and rng.random() < 0.7 or rng.random() < 0.25:
            p = issued + rng.randint(5, terms + 25)
            if p < 0:
                paid_on = day(p)
                paid_amt = amt if rng.random() < 0.8 else round(amt * 0.5)
        status = "Paid" if paid_amt == amt and paid_on else ("Part-paid" if paid_on else
                                                             ("Overdue" if due < 0 else "Sent"))
        put(ws, r, 1, [f"INV-{2601 + i:04d}", rng.choice(clients), rng.choice(projects),
                       day(issued), terms, day(due), amt, paid_amt, paid_on, hrs, rate, status])
    ws["A40"] = "INV-2612"                          # duplicate invoice number (row 18)
    ws["D25"] = "18/06/2026"                        # issue date typed as text
    ws["G33"] = "975"                               # amount as text
    ws["L15"] = "paid"                              # lower case status
    ws["L44"] = "Sent "                             # trailing space
    ws["B51"] = None                                # blank client
    ws["K29"] = None
    ws["G58"] = -240                                # credit note
    ws["C58"] = "credit - web banners"
    ws["J58"] = None
    ws["K58"] = None
    for col, w in zip("ABCDEFGHIJKL", [10, 16, 16, 11, 9, 11, 9, 9, 11, 6, 6, 10]):
        ws.column_dimensions[col].width = w

    tl = wb.create_sheet("Time log")
    header(tl, 1, 1, ["Date", "Day", "Client", "Task", "Start", "End", "hrs", "Billable"])
    d0 = BUILT - dt.timedelta(days=44)
    r = 2
    dd = d0
    while r < 44:
        dd += dt.timedelta(days=rng.choice([1, 1, 2]))
        if dd >= BUILT:
            break
        s = rng.choice([8, 9, 10, 13, 14])
        ln = rng.choice([1.5, 2, 3, 3.5, 4, 5.5])
        sm = rng.choice([0, 30])
        start = dt.time(s, sm)
        em = sm + int((ln % 1) * 60)
        end = dt.time(s + int(ln) + em // 60, em % 60)
        put(tl, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"),
                       rng.choice(clients), rng.choice(projects), start, end, ln,
                       rng.choice(["Y", "Y", "Y", "N", "y"])])
        r += 1
    tl["G10"] = 4                                   # hrs that don't match start/end
    tl["F17"] = dt.time(9, 0)                       # end before start
    tl["H22"] = None
    tl["H31"] = None
    wb.save(HERE / "freelance_invoices.xlsx")


# ------------------------------------------------------------------ lab_samples
def lab() -> None:
    rng = random.Random(506)
    wb = Workbook()
    ws = wb.active
    ws.title = "Samples"
    ws["A1"] = "Water quality lab - sample log (batch 26-W)"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Sample ID", "Site", "Batch", "Collected", "Received", "Analyst", "pH",
            "Temp (°C)", "Rep A", "Rep B", "Rep C", "conc_mg_L", "Limit", "pct_done", "QC"]
    header(ws, 3, 2, cols)                          # header at B3
    sites = ["River N1", "River N2", "Well 3", "Reservoir", "Outfall B", "Spring 7"]
    analysts = ["JK", "MR", "TO", "AL", "jk", None]
    for i in range(54):
        r = 4 + i
        col_off = pick_offset(rng, -40, -1, {-7, -14, -10, -3, -2, -30, -8, -21})
        rec = col_off + rng.choice([0, 0, 1, 1, 2, 4, 6])
        if rec > -1:
            rec = -1
        ph = rng.choice([5.8, 6.2, 6.6, 6.9, 7.1, 7.4, 7.8, 8.3, 8.9])
        temp = rng.choice([3.4, 6.1, 8.7, 11.2, 14.6, 18.3, 22.9])
        limit = rng.choice([0.5, 1.0, 2.5, 10.0])
        reps = [round(limit * rng.choice([0.2, 0.45, 0.7, 0.88, 0.94, 1.07, 1.3, 1.9]), 3)
                for _ in range(3)]
        done = rng.choice([0, 0.25, 0.4, 0.6, 0.85, 1, 1, 1])
        if done < 1:
            reps[2] = None
        if done < 0.5:
            reps[1] = None
        if done == 0:
            reps[0] = None
        conc = round(sum(x for x in reps if x is not None) / max(1, sum(x is not None for x in reps)), 3) \
            if reps[0] is not None else None
        qc = "Pending" if done < 1 else rng.choice(["Pass", "Pass", "Pass", "Fail", "Retest"])
        put(ws, r, 2, [f"S26-{310 + i}", rng.choice(sites), f"B{rng.choice([41, 42, 43, 44])}",
                       day(col_off), day(rec), rng.choice(analysts), ph, temp, *reps, conc,
                       limit, done, qc])
        ws.cell(row=r, column=15).number_format = "0%"
    ws["B22"] = "S26-322"                           # duplicate id (row 16)
    ws["B47"] = "S26-335"                           # duplicate id (row 29)
    ws["E30"] = "18/11/2026"                        # collected date as text
    ws["H11"] = "7.1"                               # pH as text
    ws["P25"] = "pass"                              # lower case
    ws["C38"] = "Well 3 "                           # trailing space
    ws["F19"] = day(-37)                             # received before collected (entry error)
    ws["F21"] = day(-2)                              # 2 days in transit, not 3
    ws["K35"] = 13.4                                # keep conc off the limit
    ws["M35"] = 10.2
    for col, w in zip("ABCDEFGHIJKLMNOP", [3, 10, 11, 6, 11, 11, 7, 5, 9, 7, 7, 7, 10, 6, 9, 8]):
        ws.column_dimensions[col].width = w

    ins = wb.create_sheet("Instruments")
    header(ins, 1, 1, ["Asset", "Instrument", "Location", "Last Cal", "Interval (days)",
                       "Next Cal", "Owner", "Status"])
    kinds = ["pH meter", "Spectrophotometer", "Balance", "Incubator", "Turbidimeter",
             "Conductivity probe", "Pipette set", "Fridge logger"]
    for i in range(27):
        r = 2 + i
        interval = rng.choice([30, 90, 180, 365])
        last = pick_offset(rng, -interval - 40, -3, {-interval, -interval + 14, -interval + 30,
                                                     -interval - 1, -interval + 1, -interval + 7})
        nxt = day(last + interval)
        put(ins, r, 1, [f"EQ-{40 + i:03d}", rng.choice(kinds), rng.choice(["Lab 1", "Lab 2", "Field kit"]),
                        day(last), interval, nxt, rng.choice(["JK", "MR", "TO", "AL"]),
                        rng.choice(["in use", "in use", "in use", "spare", "out for repair"])])
    ins["F12"] = None                               # next cal not filled in
    ins["E20"] = "90"                               # interval as text
    ins["A24"] = "EQ-045"                           # duplicate asset tag
    wb.save(HERE / "lab_samples.xlsx")


if __name__ == "__main__":
    for f in (clinic, library, rentals, farm, invoices, lab):
        f()
    print("built 6 workbooks in", HERE)
