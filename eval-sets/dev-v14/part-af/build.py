"""Build the six workbooks of dev-v14 part AF (openpyxl only, fixed seeds 1401-1406).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
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
            c.number_format = "yyyy-mm-dd"
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setd(ws, ref: str, value) -> None:
    """Set a cell to a real date (with a date format) or None."""
    ws[ref] = value
    if isinstance(value, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ mushroom_farm
def mushroom() -> None:
    rng = random.Random(1401)
    wb = Workbook()
    ws = wb.active
    ws.title = "Batches"
    ws["A1"] = "Fernhollow Mushrooms - grow room batches"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "yield = fresh weight picked (all flushes); RH as read at pinning"
    ws["P2"] = "Max room temp (°C)"
    ws["Q2"] = 19
    ws["P3"] = "Min BE %"
    ws["Q3"] = 0.5
    ws["Q3"].number_format = "0%"
    cols = ["Batch", "Room", "Variety", "Spawned", "Pinned", "Harvested", "Substrate (kg)",
            "Yield (kg)", "Target kg", "Temp °C", "RH %", "Picker", "Grade", "Notes"]
    header(ws, 4, 1, cols)
    varieties = ["Oyster", "Oyster", "Shiitake", "Lion's mane", "King oyster", "Chestnut", "Pink oyster"]
    pickers = ["Marek", "Hana", "Tobias", "Ruth", "Sid"]
    notes = [None, None, None, "green mould", "slow pin", None, "dry casing", "trichoderma?", None]
    for i in range(40):
        r = 5 + i
        var = rng.choice(varieties)
        sp = pick_offset(rng, -80, -6, {-30, -60, -45})
        pin = sp + rng.choice([9, 12, 14, 17, 21, 26])
        harv = pin + rng.choice([4, 6, 7, 9]) if pin + 9 < 0 else None
        if pin >= 0:
            pin = None
        sub = rng.choice([120, 150, 180, 200, 240])
        tgt = round(sub * rng.choice([0.55, 0.6, 0.7]), 1)
        yld = round(tgt * rng.choice([0.62, 0.81, 0.9, 0.97, 1.06, 1.13, 1.24]), 1) if harv is not None else None
        temp = rng.choice([14.5, 15.5, 16.0, 17.2, 17.8, 18.4, 19.6, 20.3, 21.1])
        rh = rng.choice([0.78, 0.83, 0.86, 0.88, 0.9, 0.92, 0.94])
        grade = rng.choice(["A", "A", "B", "B", "C"]) if harv is not None else None
        put(ws, r, 1, [f"FH-{2601 + i}", rng.choice(["R1", "R2", "R3", "R4"]), var, day(sp),
                       day(pin) if pin is not None else None, day(harv) if harv is not None else None,
                       sub, yld, tgt, temp, rh, rng.choice(pickers), grade, rng.choice(notes)],
            {7: "0.0", 8: "0.0", 9: "0.0", 10: "0%"})
    wk = wb.create_sheet("Weekly")
    wk["A1"] = "Kg picked per room per week (wk 43-48)"
    wk["A1"].font = BOLD
    header(wk, 3, 1, ["Room / shelf", "Wk43", "Wk44", "Wk45", "Wk46", "Wk47", "Wk48", "Budget/wk"])
    shelves = [f"R{r}-{s}" for r in (1, 2, 3, 4) for s in ("A", "B", "C")]
    for i, sh in enumerate(shelves):
        base = rng.choice([40, 55, 70, 90])
        vals = []
        v = base
        for _ in range(6):
            v = round(v * rng.choice([0.72, 0.9, 0.97, 1.06, 1.18, 1.3]), 1)
            vals.append(v)
        put(wk, 4 + i, 1, [sh] + vals + [base], {k: "0.0" for k in range(1, 7)})
    quirks_mushroom(ws, wk)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [9, 6, 12, 11, 11, 11, 13, 10, 9, 8, 6, 8, 6, 13, 3, 18, 6])
    wb.save(HERE / "mushroom_farm.xlsx")


def quirks_mushroom(ws, wk) -> None:
    ws["A27"] = "FH-2610"                        # duplicate batch (row 14)
    ws["C11"] = "Shiitake "                      # trailing space
    ws["C33"] = "shiitake"                       # odd case
    ws["L19"] = None                             # picker not written down
    ws["L38"] = None
    ws["H23"] = "41.5"                           # yield stored as text
    ws["D30"] = "14/10/2026"                     # spawn date typed as text
    ws["G36"] = "180"                            # substrate stored as text
    setd(ws, "E18", day(-12))                    # pinned, still not picked
    setd(ws, "E31", day(-11))
    wk["D9"] = None                              # missing weeks
    wk["F14"] = None
    wk["E6"] = "21.6"                            # stored as text


# ------------------------------------------------------------------ recruitment_agency
def recruitment() -> None:
    rng = random.Random(1402)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    ws["A1"] = "Northgate Talent - live candidate pipeline"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "salaries annual $; fee % of first-year salary; stage as of Monday's call"
    cols = ["Cand. ID", "Candidate", "Role", "Client", "Applied", "Interview", "Offer sent",
            "Start date", "Salary ask ($)", "Offer ($)", "Fee %", "Stage", "Recruiter", "DOB"]
    header(ws, 4, 2, cols)                       # header at B4
    roles = ["Data analyst", "Site manager", "Payroll clerk", "Nurse (RGN)", "Java developer",
             "Warehouse lead", "Sales exec", "HR advisor"]
    clients = ["Brightwell Foods", "Kestrel Logistics", "Oakmere NHS Trust", "Quayside Bank",
               "Tallis Build", "Umbra Software"]
    first = ["Amara", "Bilal", "Carys", "Dmitri", "Eun-ji", "Fionn", "Grace", "Hugo", "Ifeoma",
             "Jakub", "Keira", "Luis", "Meera", "Niall", "Olu", "Petra", "Quinn", "Rosa", "Stefan",
             "Tariq", "Uma", "Viktor", "Wen", "Yara", "Zane"]
    last = ["Adeyemi", "Brook", "Castillo", "Dunne", "Eriksen", "Fraser", "Gill", "Horvat",
            "Ito", "Jensen", "Kaur", "Lowe", "Mensah", "Novak", "Osei", "Price"]
    base = {"Data analyst": 52000, "Site manager": 61000, "Payroll clerk": 34000,
            "Nurse (RGN)": 41000, "Java developer": 78000, "Warehouse lead": 38000,
            "Sales exec": 45000, "HR advisor": 43000}
    recs = ["Jo", "Priyanka", "Dev", "Marcus"]
    stages = ["Applied", "Screened", "Interview", "Offer", "Placed", "Rejected"]
    for i in range(38):
        r = 5 + i
        role = rng.choice(roles)
        ap = pick_offset(rng, -70, -2, {-14, -30, -7, -21})
        stage = rng.choice(stages)
        iv = ap + rng.choice([5, 8, 11, 16, 25]) if stage in ("Interview", "Offer", "Placed", "Rejected") else None
        if iv is not None and iv in (0, 7, -7, 14):
            iv += 1
        off = iv + rng.choice([2, 4, 6, 9]) if stage in ("Offer", "Placed") and iv is not None else None
        if off is not None and off >= 0:
            off = -1
        start = off + rng.choice([20, 31, 44, 58]) if stage == "Placed" and off is not None else None
        ask = base[role] + rng.choice([-4000, -1500, 0, 2500, 5000, 9000])
        offer = ask + rng.choice([-6000, -3000, -1000, 0, 1500, 4000]) if off is not None else None
        fee = rng.choice([0.12, 0.15, 0.15, 0.18, 0.2])
        dob = date(rng.randint(1961, 2004), rng.randint(1, 12), rng.randint(1, 28))
        put(ws, r, 2, [f"C-{3300 + i * 7}", f"{rng.choice(first)} {rng.choice(last)}", role,
                       rng.choice(clients), day(ap), day(iv) if iv is not None else None,
                       day(off) if off is not None else None, day(start) if start is not None else None,
                       ask, offer, fee, stage, rng.choice(recs), dob],
            {8: "#,##0", 9: "#,##0", 10: "0%"})
    header(ws, 4, 17, ["Roles on hold", "Client"])
    ws["Q11"] = "Salary cap ($)"
    ws["R11"] = 75000
    ws["R11"].number_format = "#,##0"
    tg = wb.create_sheet("Placements")
    tg["A1"] = "Placements per recruiter, 2026"
    tg["A1"].font = BOLD
    header(tg, 2, 1, ["Recruiter", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Target/mo"])
    people = ["Jo", "Priyanka", "Dev", "Marcus", "Sinead", "Alex (temp)", "Ravi", "Beth"]
    for i, p in enumerate(people):
        t = rng.choice([3, 4, 5])
        vals = [max(0, t + rng.choice([-3, -2, -1, 0, 1, 2, 3])) for _ in range(6)]
        put(tg, 3 + i, 1, [p] + vals + [t])
    quirks_recruitment(ws, tg)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [3, 9, 16, 15, 18, 11, 11, 11, 11, 13, 10, 7, 10, 10, 11, 3, 15, 18])
    wb.save(HERE / "recruitment_agency.xlsx")


def quirks_recruitment(ws, tg) -> None:
    ws["C31"] = ws["C12"].value                  # the same person entered twice
    ws["B31"] = ws["B12"].value
    ws["C36"] = ws["C36"].value + " "           # trailing space (a one-off name)
    ws["M17"] = "placed"                         # odd case
    ws["J22"] = "72000"                          # salary ask stored as text
    ws["F35"] = "19/10/2026"                     # applied date typed as text
    ws["N26"] = None                             # recruiter not set
    ws["O40"] = None                             # no DOB given
    for i, (role, client) in enumerate([("Java developer", "Umbra Software"), ("Site manager", "Tallis Build"),
                                        ("Payroll clerk", "Quayside Bank"), ("Nurse (RGN)", "Harlow Clinic")]):
        put(ws, 5 + i, 17, [role, client])
    tg["E7"] = None


# ------------------------------------------------------------------ sailing_school
def sailing() -> None:
    rng = random.Random(1403)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Wexcombe Sailing School - course bookings"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Max wind, dinghy (kn)"
    ws["C2"] = 18
    ws["A3"] = "min age 8 for dinghy courses; fees incl. boat hire"
    cols = ["Ref", "Student", "DOB", "Course", "Boat", "Start", "End", "Lessons", "Attended",
            "Fee ($)", "Paid ($)", "Instructor", "Wind (kn)", "Level"]
    header(ws, 5, 1, cols)
    courses = [("Kids taster", "Topper"), ("Kids taster", "Optimist"), ("Dinghy L1", "Pico"),
               ("Dinghy L2", "RS Feva"), ("Keelboat", "J/24"), ("Powerboat L2", "RIB"),
               ("Dinghy L1", "Pico"), ("Adult improver", "RS Quest")]
    fees = {"Kids taster": 95, "Dinghy L1": 240, "Dinghy L2": 260, "Keelboat": 420,
            "Powerboat L2": 310, "Adult improver": 280}
    names = ["Aoife", "Ben", "Cosmo", "Daisy", "Emil", "Freya", "George", "Hattie", "Idris",
             "Juno", "Kit", "Lola", "Milo", "Nell", "Otto", "Pia", "Rafe", "Saskia", "Theo",
             "Una", "Vera", "Wilf"]
    sn = ["Archer", "Blake", "Coates", "Dale", "Ellis", "Finch", "Grey", "Hale", "Ives"]
    instr = ["Sam", "Lena", "Chris", "Mo"]
    for i in range(42):
        r = 6 + i
        course, boat = rng.choice(courses)
        kid = course.startswith("Kids") or (course.startswith("Dinghy") and rng.random() < 0.4)
        dob = date(rng.randint(2015, 2020), rng.randint(1, 12), rng.randint(1, 28)) if kid else \
            date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28))
        st = pick_offset(rng, -60, 20, {0, -7, 7, 14, -14, -30, 1, -1})
        ln = rng.choice([1, 2, 4, 5]) if not course.startswith("Kids") else 1
        en = st + ln - 1
        lessons = {1: 2, 2: 4, 4: 6, 5: 8}[ln]
        att = (lessons - rng.choice([0, 0, 0, 1, 2])) if en < 0 else None
        fee = fees[course]
        paid = rng.choice([fee, fee, fee, 50, 0, None]) if st > 0 else rng.choice([fee, fee, fee, fee, 50])
        wind = rng.choice([6, 9, 11, 12, 14, 16, 19, 22, 25]) if st < 0 else None
        lvl = rng.choice(["Beginner", "Beginner", "Improver", "Advanced"])
        put(ws, r, 1, [f"WX-{5100 + i * 3}", f"{rng.choice(names)} {rng.choice(sn)}", dob, course, boat,
                       day(st), day(en), lessons, att, fee, paid, rng.choice(instr), wind, lvl],
            {9: "0.00", 10: "0.00"})
    fl = wb.create_sheet("Fleet")
    header(fl, 1, 1, ["Boat", "Class", "Sail no.", "Last service", "Service due", "Hrs YTD",
                      "Max hrs", "Hull check"])
    boats = [("Pico", "Dinghy"), ("Topper", "Dinghy"), ("Optimist", "Dinghy"), ("RS Feva", "Dinghy"),
             ("RS Quest", "Dinghy"), ("J/24", "Keelboat"), ("RIB", "Power")]
    for i in range(16):
        b, cl = boats[i % len(boats)]
        ls = pick_offset(rng, -300, -10, {-180, -90, -365})
        due = ls + rng.choice([120, 180, 240, 365])
        if due in (0, 30, 31, 29, -1, 1):
            due += 4
        mx = rng.choice([300, 400, 500])
        hrs = mx + rng.choice([-160, -90, -40, -12, 15, 60])
        put(fl, 2 + i, 1, [f"{b} {i // len(boats) + 1}", cl, f"{rng.randint(1000, 9999)}", day(ls),
                           day(due), hrs, mx, rng.choice(["OK", "OK", "OK", "Repair", "OK"])])
    se = wb.create_sheet("Sessions")
    se["A1"] = "On-water sessions, November"
    se["A1"].font = BOLD
    header(se, 3, 1, ["Date", "Day", "Instructor", "Launch", "Recover", "Boats out", "Students",
                      "Incidents"])
    r = 4
    dd = dt.date(2026, 11, 1)
    while dd <= dt.date(2026, 11, 30):
        if dd.weekday() in (1, 3) and rng.random() < 0.6:
            dd += dt.timedelta(days=1)
            continue
        la = hm(rng.choice([8, 9, 9, 10, 13]), rng.choice([0, 15, 30]))
        ln = rng.choice([90, 120, 150, 180, 210, 270])
        rm = la.hour * 60 + la.minute + ln
        boats_out = rng.randint(2, 9)
        put(se, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), rng.choice(instr), la,
                       hm(rm // 60, rm % 60), boats_out, boats_out + rng.choice([0, 1, 2, 4]),
                       rng.choice([0, 0, 0, 0, 1, 2])])
        r += 1
        dd += dt.timedelta(days=1)
    quirks_sailing(ws, fl, se)
    widths(ws, "A B C D E F G H I J K L M N", [9, 15, 11, 15, 10, 11, 11, 8, 9, 8, 8, 10, 9, 10])
    wb.save(HERE / "sailing_school.xlsx")


def quirks_sailing(ws, fl, se) -> None:
    ws["A33"] = ws["A20"].value                  # duplicate booking ref
    ws["B14"] = ws["B14"].value + " "           # trailing space
    ws["N22"] = "beginner"                       # odd case
    ws["L29"] = None                             # instructor not assigned
    ws["L44"] = None
    ws["J17"] = "420"                            # fee stored as text
    ws["C39"] = "23/04/2017"                     # DOB typed as text
    se["C12"] = None


# ------------------------------------------------------------------ tax_returns
def tax() -> None:
    rng = random.Random(1404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Clients"
    ws["A1"] = "Pemberton & Rao - tax return tracker, tax year 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "fees ex. sales tax; 'Docs in' = date the last paperwork arrived"
    ws["A3"] = None
    cols = ["Client", "Type", "Partner", "Docs in", "Prepared", "Filed", "Due", "Fee ($)",
            "Billed ($)", "Paid ($)", "Est. tax ($)", "LY tax ($)", "Status", "Ref"]
    header(ws, 4, 1, cols)
    firms = ["Abbott Joinery", "Bellweather Cafe", "C. Hendry", "Dunmore Farms", "E. Yilmaz",
             "Fenwick & Sons", "G. Moretti", "Harcourt Dental", "I. Petrov", "Juniper Yoga",
             "K. Lindqvist", "Larkspur Ltd", "M. Oduya", "Norland Trust", "O. Brennan",
             "Pike Street Deli", "R. Vasquez", "Saltmarsh LLP", "T. Nakamura", "Urquhart Estates",
             "V. Sokolova", "Wrenfield Ltd", "Y. Haddad", "Zephyr Media", "A. Kovacs",
             "Brindle Pets", "Cove Surf Co", "D. Achterberg", "Ember Bakery", "F. O'Malley",
             "Glenrock Ltd", "H. Mbeki", "Ivy Lane Vets", "J. Carvalho"]
    types = ["Individual", "Individual", "Sole trader", "Partnership", "Company", "Trust"]
    partners = ["PR", "AP", "JR"]
    for i, nm in enumerate(firms):
        r = 5 + i
        typ = rng.choice(types)
        due = rng.choice([day(29), day(29), day(59), day(-2), day(12), day(90), day(45)])
        docs = pick_offset(rng, -120, -3, {-60, -30, -90, -14})
        docs_v = day(docs) if rng.random() < 0.85 else None
        prep = docs + rng.choice([5, 10, 18, 30, 46]) if docs_v is not None else None
        if prep is not None and prep >= 0:
            prep = None
        filed = prep + rng.choice([1, 3, 8, 15]) if prep is not None and rng.random() < 0.6 else None
        if filed is not None and filed >= 0:
            filed = None
        fee = {"Individual": 450, "Sole trader": 800, "Partnership": 1400, "Company": 2200,
               "Trust": 1100}[typ] + rng.choice([0, 0, 150, 300, -100])
        billed = fee + rng.choice([0, 0, 0, 120, 260, -80]) if filed is not None else None
        paid = rng.choice([billed, billed, billed, 0, round(billed / 2)]) if billed is not None else None
        ly = rng.choice([2400, 5100, 8700, 14200, 26000, 48000, 91000])
        est = round(ly * rng.choice([0.7, 0.88, 0.97, 1.04, 1.16, 1.32]), -1)
        status = "Filed" if filed is not None else ("Prepared" if prep is not None else
                                                    ("Waiting docs" if docs_v is None else "In progress"))
        put(ws, r, 1, [nm, typ, rng.choice(partners), docs_v, day(prep) if prep is not None else None,
                       day(filed) if filed is not None else None, due, fee, billed, paid, est, ly,
                       status, f"PR/{25000 + i * 13}"], {7: "#,##0", 8: "#,##0", 9: "#,##0",
                                                          10: "#,##0", 11: "#,##0"})
    header(ws, 4, 16, ["Extension granted", "New due"])
    hr = wb.create_sheet("Hours")
    hr["A1"] = "Chargeable hours by staff member"
    hr["A1"].font = BOLD
    hr["A2"] = "budget = hours per month"
    header(hr, 4, 2, ["Staff", "Jul", "Aug", "Sep", "Oct", "Nov", "Budget"])   # header at B4
    staff = ["Priya R.", "Alan P.", "Jess R.", "Tomasz", "Leah", "Kofi", "Mina", "Oscar (trainee)", "Rae"]
    for i, s in enumerate(staff):
        b = rng.choice([90, 110, 120, 130])
        vals = [round(b * rng.choice([0.64, 0.78, 0.9, 0.96, 1.05, 1.12, 1.27])) for _ in range(5)]
        put(hr, 5 + i, 2, [s] + vals + [b])
    quirks_tax(ws, hr)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [18, 12, 8, 11, 11, 11, 11, 8, 10, 9, 11, 10, 12, 10, 3, 18, 11])
    wb.save(HERE / "tax_returns.xlsx")


def quirks_tax(ws, hr) -> None:
    ws["A34"] = "Larkspur Ltd"                   # entered twice (row 16)
    ws["A9"] = "E. Yilmaz "                      # trailing space
    ws["B21"] = "company"                        # odd case
    ws["C27"] = None                             # no partner yet
    ws["H12"] = "1100"                           # fee stored as text
    ws["D25"] = "17/09/2026"                     # docs date typed as text
    setd(ws, "G18", day(0))                      # due today
    for i, (client, nd) in enumerate([("Dunmore Farms", day(75)), ("Saltmarsh LLP", day(60)),
                                      ("R. Vasquez", day(41)), ("Quill & Co", day(88))]):
        put(ws, 5 + i, 16, [client, nd])
    hr["E9"] = None
    hr["G11"] = "104"


# ------------------------------------------------------------------ van_conversions
def vans() -> None:
    rng = random.Random(1405)
    wb = Workbook()
    ws = wb.active
    ws.title = "Builds"
    ws["B1"] = "Roamwell Van Conversions - build board"
    ws["B1"].font = Font(bold=True, size=14)
    ws["R2"] = "Shop rate ($/h)"
    ws["S2"] = 68
    cols = ["Job", "Customer", "Base van", "Year", "Mileage", "Quote ($)", "Parts ($)",
            "Labour hrs", "Est. hrs", "Deposit ($)", "Booked in", "Promised", "Delivered",
            "Solar (W)", "Status"]
    header(ws, 3, 2, cols)                       # header at B3
    bases = ["VW Crafter", "Ford Transit", "Mercedes Sprinter", "Fiat Ducato", "VW T6", "Renault Master"]
    cust = ["Halloran", "Singh-Patel", "Okafor", "Bergstrom", "McAllister", "Tran", "Delacroix",
            "Novotny", "Ashworth", "Quintero", "Whitlock", "Yamada", "Oyelaran", "Fitzgerald",
            "Lindholm", "Castellano"]
    for i in range(36):
        r = 4 + i
        base = rng.choice(bases)
        yr = rng.randint(2012, 2024)
        miles = rng.randint(8, 160) * 1000 + rng.randint(0, 999)
        est = rng.choice([80, 120, 160, 220, 300])
        quote = round(est * 68 + rng.choice([6000, 9500, 14000, 21000]), -2)
        bk = pick_offset(rng, -150, -5, {-60, -90, -30})
        prom = bk + rng.choice([28, 42, 56, 70])
        if prom in (0, 14, 7, -7, 13, 15, 6, 8):
            prom += 3
        dl = None
        if prom < 10 and rng.random() < 0.65:
            dl = prom + rng.choice([-4, -1, 0, 2, 5, 9, 16])
            if dl >= 0:
                dl = None
        hrs = round(est * rng.choice([0.55, 0.8, 0.95, 1.0, 1.08, 1.2, 1.35])) if bk < -20 else round(est * 0.3)
        parts = round(quote * rng.choice([0.25, 0.33, 0.4, 0.48, 0.58]), -1)
        dep = rng.choice([1000, 1500, 2500, 2500, 5000])
        solar = rng.choice([0, 200, 300, 400, 400, 600])
        status = "Delivered" if dl is not None else rng.choice(["Stripping", "Insulation", "Electrics",
                                                                "Furniture", "Snagging"])
        put(ws, r, 2, [f"RW-{160 + i}", cust[i % len(cust)] if i < 16 else rng.choice(cust), base, yr, miles,
                       quote, parts, hrs, est, dep, day(bk), day(prom), day(dl) if dl is not None else None,
                       solar, status], {4: "#,##0", 5: "#,##0", 6: "#,##0"})
    st = wb.create_sheet("Stock")
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    st["A1"] = "Electrics - units used per month"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Item"] + months + ["On hand", "Reorder at"])
    elec = ["100Ah lithium", "2kW inverter", "DC-DC charger", "MPPT 30A", "Fuse box", "LED strip 5m",
            "USB-C socket", "Shore hook-up", "Diesel heater", "Fridge 65L"]
    for i, p in enumerate(elec):
        vals = [rng.randint(0, 14) for _ in months]
        ro = rng.choice([4, 6, 10])
        put(st, 3 + i, 1, [p] + vals + [ro + rng.choice([-3, -1, 0, 2, 5, 12]), ro])
    st["A15"] = "Woodwork & fittings - units used per month"
    st["A15"].font = BOLD
    header(st, 16, 1, ["Item"] + months + ["On hand", "Reorder at"])
    wood = ["Ply 15mm sheet", "Ply 9mm sheet", "Worktop oak", "Sink + tap", "Catch set", "Hinges (pr)",
            "Rock-n-roll bed", "Swivel seat", "Roof vent", "Window bonded"]
    for i, p in enumerate(wood):
        vals = [rng.randint(0, 30) for _ in months]
        ro = rng.choice([5, 8, 20])
        put(st, 17 + i, 1, [p] + vals + [ro + rng.choice([-4, -1, 0, 3, 9, 20]), ro])
    quirks_vans(ws, st)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S", [3, 8, 13, 18, 6, 10, 10, 10, 10, 8, 11, 11, 11, 11, 9, 11, 3, 15, 6])
    wb.save(HERE / "van_conversions.xlsx")


def quirks_vans(ws, st) -> None:
    ws["B29"] = "RW-171"                         # duplicate job number (row 15)
    ws["C4"] = ws["C4"].value + " "             # trailing space (a one-off customer)
    ws["P24"] = "electrics"                      # odd case
    ws["G18"] = "31000"                          # quote stored as text
    ws["L31"] = "26/08/2026"                     # booked-in date typed as text
    ws["H12"] = None                             # parts not costed yet
    ws["H37"] = None
    st["D7"] = None
    st["C20"] = "12"


# ------------------------------------------------------------------ water_quality
def water() -> None:
    rng = random.Random(1406)
    wb = Workbook()
    ws = wb.active
    ws.title = "Samples"
    ws["A1"] = "Upper Tamsin catchment - river sampling log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "E. coli limit (cfu/100ml)"
    ws["C2"] = 900
    ws["A3"] = "Nitrate limit (mg/L)"
    ws["C3"] = 50
    cols = ["Sample ID", "Site", "Date", "Time", "pH", "Temp (°C)", "DO (mg/L)", "DO sat %",
            "Nitrate (mg/L)", "E. coli", "Turbidity (NTU)", "Sampler", "Sent to lab", "Result back"]
    header(ws, 5, 1, cols)
    sites = ["Mill weir", "Ashford bridge", "Sewage outfall d/s", "Sewage outfall u/s",
             "Cattle ford", "Town park", "Quarry beck"]
    samplers = ["Niamh", "Oskar", "Rhys", "Wanjiru"]
    for i in range(44):
        r = 6 + i
        site = rng.choice(sites)
        off = pick_offset(rng, -45, -1, {-7, -14, -30, -10})
        tm = hm(rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 10, 25, 40, 55]))
        ph = rng.choice([6.4, 6.8, 7.1, 7.3, 7.6, 7.9, 8.2, 8.7])
        temp = rng.choice([4.2, 5.8, 6.5, 7.1, 8.4, 9.0, 10.3])
        do = rng.choice([5.1, 6.3, 7.4, 8.8, 9.6, 10.7, 11.5])
        sat = rng.choice([0.58, 0.71, 0.84, 0.92, 0.97, 1.03])
        no3 = rng.choice([8.5, 14.2, 22.7, 31.0, 38.4, 46.1, 55.3, 63.8])
        ec = rng.choice([40, 120, 310, 480, 760, 1250, 2400, 5600])
        turb = rng.choice([2.1, 4.8, 7.5, 12.3, 18.9, 34.0, 61.2])
        sent = off + rng.choice([0, 0, 1, 1, 2, 4])
        back = sent + rng.choice([3, 5, 6, 8, 12]) if rng.random() < 0.85 else None
        if back is not None and back >= 0:
            back = None
        if sent >= 0:
            sent = -1 if off < -1 else off
        put(ws, r, 1, [f"UT-{7700 + i * 4}", site, day(off), tm, ph, temp, do, sat, no3,
                       ec if back is not None else None, turb, rng.choice(samplers), day(sent),
                       day(back) if back is not None else None],
            {7: "0%", 4: "0.0", 5: "0.0", 6: "0.0"})
    mo = wb.create_sheet("Monthly")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    mo["A1"] = "Monthly means by site"
    mo["A1"].font = BOLD
    mo["A2"] = "pH"
    mo["J2"] = "Nitrate (mg/L)"
    header(mo, 3, 1, ["Site"] + months)
    header(mo, 3, 10, ["Site"] + months + ["Target"])
    for i, s in enumerate(sites):
        ph = [round(7.4 + rng.choice([-0.9, -0.5, -0.2, 0, 0.3, 0.6, 1.1]), 1) for _ in months]
        put(mo, 4 + i, 1, [s] + ph, {k: "0.0" for k in range(1, 7)})
        v = rng.choice([12, 20, 30, 40])
        nvals = []
        for _ in months:
            v = round(v * rng.choice([0.8, 0.92, 1.0, 1.07, 1.2, 1.38]), 1)
            nvals.append(v)
        put(mo, 4 + i, 10, [s] + nvals + [rng.choice([25, 40, 50])], {k: "0.0" for k in range(1, 7)})
    quirks_water(ws, mo)
    widths(ws, "A B C D E F G H I J K L M N", [10, 19, 11, 7, 6, 9, 9, 8, 13, 8, 14, 9, 11, 11])
    wb.save(HERE / "water_quality.xlsx")


def quirks_water(ws, mo) -> None:
    ws["A31"] = ws["A12"].value                  # same sample id twice
    ws["B17"] = "Town park "                     # trailing space
    ws["B40"] = "mill weir"                      # odd case
    ws["L22"] = None                             # sampler not recorded
    ws["I27"] = "41.9"                           # nitrate stored as text
    ws["C44"] = "19/10/2026"                     # date typed as text
    ws["K35"] = None                             # turbidity meter flat
    mo["E8"] = None
    mo["N6"] = None


if __name__ == "__main__":
    for f in (mushroom, recruitment, sailing, tax, vans, water):
        f()
    print("built 6 workbooks in", HERE)
