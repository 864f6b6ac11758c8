"""Build the six workbooks of dev-v9 part V (openpyxl only, fixed seeds 901-906).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds; the quirks are then set by hand (`quirks_*`), so the cell
content is identical on every run.
Run:  python build.py
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
DATE = "yyyy-mm-dd"


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
            c.number_format = DATE
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setv(ws, ref: str, v, fmt: str | None = None) -> None:
    """A hand-set quirk; dates get the date format unless another is given."""
    ws[ref] = v
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(v, dt.datetime):
        ws[ref].number_format = DATE
    elif isinstance(v, dt.time):
        ws[ref].number_format = "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


def title(ws, ref: str, text: str, size: int = 14) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=size)


# ------------------------------------------------------------------ mortgage_pipeline
def mortgage() -> None:
    rng = random.Random(901)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cases"
    title(ws, "A1", "Harlow & Penn Mortgage Brokers - live pipeline")
    ws["A2"] = "LTV = loan / valuation (typed in). Offers are valid for 6 months from the offer date."
    cols = ["Case ref", "Client", "Adviser", "Type", "Lender", "Loan amt (£)", "Valuation (£)",
            "LTV", "Rate %", "Term (yrs)", "Applied", "Offer date", "Exp. completion",
            "Broker fee (£)", "Status"]
    header(ws, 4, 2, cols)                                    # header at B4, data B5:P44
    ws["R4"] = "Max LTV (policy)"
    ws["S4"] = 0.9
    ws["S4"].number_format = "0%"
    ws["R5"] = "Fee floor (£)"
    ws["S5"] = 500
    clients = ["Aisha Rahman", "Ben & Lucy Carter", "Callum Reid", "Dana Whitfield", "Eoin Byrne",
               "Fatima Sheikh", "George Alder", "Hannah Moss", "Imran Qureshi", "Jade Thornton",
               "Kieran Walsh", "Laura Pinto", "Marcus Oyelaran", "Nadia Petrova", "Owen Price",
               "Poppy Fenwick", "Rhys Morgan", "Sian Evans", "Tariq Hussain", "Ursula Grant",
               "Vikram Desai", "Wendy Cho", "Xavier Lopes", "Yasmin Ali", "Zoe Hartley",
               "Adam Nowak", "Bethan Lloyd", "Chloe Dubois", "Dev Malhotra", "Ella Brooks",
               "Finn O'Connell", "Grace Mensah", "Harry Kemp", "Isla Fraser", "Jamal Edwards",
               "Katie Rowe", "Leo Sandberg", "Mia Castillo", "Noah Baptiste", "Olivia Stone"]
    advisers = ["Jo Marsh", "Sam Iqbal", "Priya Nair", "Tom Beck"]
    lenders = ["Nationwide", "Halifax", "Barclays", "Santander", "Coventry Building Society",
               "Leeds Building Society", "NatWest", "HSBC", "Skipton Building Society"]
    types = ["Purchase", "Purchase", "Remortgage", "Remortgage", "Buy-to-let", "First-time buyer",
             "First-time buyer"]
    for i in range(40):
        r = 5 + i
        typ = rng.choice(types)
        val = rng.choice([185000, 215000, 240000, 275000, 310000, 365000, 420000, 515000, 650000])
        ltv_t = rng.choice([0.95, 0.9, 0.85, 0.8] if typ == "First-time buyer" else
                           [0.55, 0.6, 0.65, 0.75] if typ == "Buy-to-let" else
                           [0.45, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9])
        loan = int(round(val * ltv_t / 1000 + rng.choice([-7, -4, -2, 2, 4, 6]))) * 1000
        ltv = round(loan / val, 3)
        rate = rng.choice([3.89, 4.19, 4.45, 4.79, 5.09] if typ != "Buy-to-let" else
                          [4.99, 5.34, 5.69, 5.99])
        rate = round(rate / 100, 4)
        term = rng.choice([15, 20, 25, 25, 30, 35] if typ != "First-time buyer" else [30, 35, 35, 40])
        applied = pick_offset(rng, -150, -4, {-30, -31, -29, -60, -14})
        status = rng.choice(["Submitted", "Offered", "Offered", "Completed", "Completed",
                             "Declined", "On hold", "Offered"])
        offer = comp = None
        if status in ("Offered", "Completed"):
            offer = applied + rng.choice([9, 13, 16, 19, 24, 33, 47])
            if offer >= 0:
                offer, status = None, "Submitted"
        if offer is not None:
            comp = offer + rng.choice([26, 38, 52, 67, 85, 110])
            if status == "Completed" and comp >= 0:
                status = "Offered"
            if comp in (0, 14, 13, 15, -1, 1):
                comp += 4
        if status == "Submitted" and rng.random() < 0.5:
            comp = applied + rng.choice([70, 90, 120])
            if comp in (0, 14, 13, 15, -1, 1):
                comp += 4
        fee = rng.choice([0, 299, 499, 699, 999, 499])
        put(ws, r, 2, [f"HP-{2601 + i}", clients[i], rng.choice(advisers), typ, rng.choice(lenders),
                       loan, val, ltv, rate, term, day(applied),
                       day(offer) if offer is not None else None,
                       day(comp) if comp is not None else None, fee, status],
            {5: "#,##0", 6: "#,##0", 7: "0.0%", 8: "0.00%", 13: "#,##0"})

    mo = wb.create_sheet("Monthly")
    title(mo, "A1", "Adviser activity, Jul-Nov 2026", 12)
    mo["A2"] = "Cases submitted"
    mo["A2"].font = BOLD
    mo["H2"] = "Completions (£k lent)"
    mo["H2"].font = BOLD
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    header(mo, 3, 1, ["Adviser"] + months)                    # A3:F10
    header(mo, 3, 8, ["Adviser"] + months + ["Target / mo"])  # H3:N10
    people = advisers + ["Amy Cole (PT)", "Raj Bhatt (PT)", "Lee Dunn"]
    for i, p in enumerate(people):
        pt = "(PT)" in p
        sub = [rng.choice([3, 5, 6, 8, 9, 11, 12, 14] if not pt else [1, 2, 3, 4, 5]) for _ in months]
        tgt = 900 if not pt else 400
        base = tgt * rng.choice([0.6, 0.85, 1.0, 1.2])
        comp = []
        for _ in months:
            base = base * rng.choice([0.65, 0.82, 0.95, 1.08, 1.2, 1.45])
            comp.append(int(round(base, -1)))
        put(mo, 4 + i, 1, [p] + sub)
        put(mo, 4 + i, 8, [p] + comp + [tgt])
    quirks_mortgage(ws, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 9, 17, 11, 15, 24, 12, 13, 7, 7, 9, 11, 11, 14, 13, 12, 3, 16, 7])
    widths(mo, "A B C D E F G H I J K L M N", [15, 6, 6, 6, 6, 6, 3, 15, 6, 6, 6, 6, 6, 11])
    wb.save(HERE / "mortgage_pipeline.xlsx")


def quirks_mortgage(ws, mo) -> None:
    setv(ws, "B31", "HP-2611")                   # duplicate case ref (row 15)
    setv(ws, "C23", "Tariq Hussain ")            # trailing space (one-off client)
    setv(ws, "C40", "Aisha Rahman")              # same client twice (row 5), a second case
    setv(ws, "C44", "callum reid")               # odd case, same client as row 7
    setv(ws, "D18", "priya nair")                # adviser in lower case
    setv(ws, "F12", None)                        # lender not chosen yet
    setv(ws, "F27", None)
    setv(ws, "G20", "245000")                    # loan stored as text
    setv(ws, "L36", "14/10/2026")                # applied typed as text
    setv(ws, "P42", "offered")                   # odd-case status
    setv(ws, "O10", 0)
    for r, (a, o, c) in {26: ((2026, 4, 18), (2026, 5, 5), (2026, 6, 30)),      # older cases: offers
                         37: ((2026, 4, 21), (2026, 5, 14), (2026, 7, 10)),      # from May (two have
                         40: ((2026, 5, 11), (2026, 5, 29), (2026, 8, 14))}.items():   # lapsed)
        setv(ws, f"L{r}", date(*a))
        setv(ws, f"M{r}", date(*o))
        setv(ws, f"N{r}", date(*c))
    mo["E6"] = None                              # blanks in both tables
    mo["M8"] = None
    mo["K9"] = None
    mo["D5"] = "7"                               # submitted count stored as text
    mo["C9"] = 2


# ------------------------------------------------------------------ music_lessons
def music() -> None:
    rng = random.Random(902)
    wb = Workbook()
    ws = wb.active
    ws.title = "Students"
    title(ws, "A1", "Allegro Music Studio - student register, autumn term 2026")
    ws["A2"] = "Fees per term (12 lessons). Exam entries close 4 weeks before the exam."
    ws["P2"] = "Studio closes"
    ws["Q2"] = hm(20, 30)
    ws["Q2"].number_format = "hh:mm"
    ws["P3"] = "Lessons / term"
    ws["Q3"] = 12
    cols = ["Student", "DOB", "Instrument", "Teacher", "Grade", "Exam gr.", "Exam date",
            "Lesson (min)", "Day", "Start", "Fee / term", "Paid", "Joined", "Lessons att."]
    header(ws, 4, 1, cols)                                    # A4:N44
    first = ["Amelia", "Oscar", "Isla", "Noah", "Freya", "Leo", "Ava", "Theo", "Maisie", "Arlo",
             "Ruby", "Finley", "Sofia", "Jude", "Phoebe", "Ezra", "Lily", "Milo", "Ivy", "Rory",
             "Ada", "Felix", "Nell", "Hugo", "Esme", "Otis", "Iris", "Caleb", "Mabel", "Reuben",
             "Clara", "Ted", "Wren", "Sami", "Greta", "Jasper", "Priya", "Tom", "Helen", "Marek"]
    last = ["Hughes", "Patel", "Novak", "Okafor", "Lindqvist", "Moreau", "Yilmaz", "Brennan",
            "Castro", "Fischer", "Achterberg", "Kaur", "Doyle", "Sato"]
    instr = {"Piano": "Ms Adeyemi", "Violin": "Mr Kowalski", "Cello": "Mr Kowalski",
             "Guitar": "Mr Ortega", "Drums": "Mr Ortega", "Flute": "Mrs Lund", "Voice": "Mrs Lund",
             "Saxophone": "Mrs Lund"}
    names = []
    for i in range(40):
        r = 5 + i
        nm = f"{first[i]} {rng.choice(last)}"
        names.append(nm)
        adult = i >= 37
        if adult:
            dob = date(rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = date(rng.randint(2009, 2020), rng.randint(1, 12), rng.randint(1, 28))
            if (dob.month, dob.day) == (12, 1):
                dob = dob.replace(day=2)
        ins = rng.choice(list(instr))
        age = 2026 - dob.year
        grade = max(0, min(8, (age - 6) // 2 + rng.choice([-1, 0, 0, 1]))) if not adult else rng.choice([1, 2, 3, 5])
        exam_gr = exam = None
        if rng.random() < 0.55:
            exam_gr = min(8, grade + 1)
            exam = pick_offset(rng, -40, 75, {0, -1, 1, 30, 31, 29, 7, 8, 6, 14})
        mins_ = rng.choice([30, 30, 30, 45, 45, 60])
        dayname = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])
        if dayname == "Sat":
            st = hm(rng.choice([9, 10, 11, 12]), rng.choice([0, 30]))
        else:
            st = hm(rng.choice([15, 16, 16, 17, 17, 18, 19, 19]), rng.choice([0, 15, 30, 45]))
        fee = {30: 168, 45: 246, 60: 318}[mins_]
        paid = rng.choice([fee, fee, fee, fee, 0, 100, fee / 2])
        joined = pick_offset(rng, -1500, -20, {-365, -730, -366, -364})
        att = rng.choice([8, 9, 10, 10, 11, 11, 11])
        put(ws, r, 1, [nm, dob, ins, instr[ins], grade, exam_gr,
                       day(exam) if exam is not None else None, mins_, dayname, st, fee, paid,
                       day(joined), att], {10: "£#,##0", 11: "£#,##0"})

    pr = wb.create_sheet("Practice")
    title(pr, "A1", "Practice log (minutes per week, from the kids' notebooks)", 11)
    weeks = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]
    header(pr, 2, 1, ["Student"] + weeks + ["Target"])          # A2:H26
    for i in range(24):
        tgt = rng.choice([60, 90, 120, 150])
        base = tgt * rng.choice([0.5, 0.8, 1.0, 1.2])
        vals = []
        for _ in weeks:
            base = max(0, base * rng.choice([0.6, 0.8, 0.95, 1.05, 1.25, 1.5]))
            vals.append(int(round(base / 5) * 5))
        for w in range(6):
            if rng.random() < 0.07:
                vals[w] = None
        put(pr, 3 + i, 1, [names[i]] + vals + [tgt])

    ex = wb.create_sheet("Exams")
    title(ex, "A1", "Exam results 2026", 12)
    header(ex, 3, 1, ["Student", "Instrument", "Board", "Grade", "Exam date", "Mark", "Result"])
    header(ex, 3, 10, ["Band", "Min mark"])                     # side table J3:K6
    put(ex, 4, 10, ["Pass", 100])
    put(ex, 5, 10, ["Merit", 120])
    put(ex, 6, 10, ["Distinction", 130])
    for i in range(22):
        r = 4 + i
        nm = names[rng.randrange(37)]
        mark = rng.choice([92, 97, 104, 109, 113, 118, 122, 126, 128, 133, 137, 141])
        res = "Distinction" if mark >= 130 else "Merit" if mark >= 120 else "Pass" if mark >= 100 else "Below pass"
        ed = date(2026, rng.choice([3, 3, 6, 7, 7, 11, 11]), rng.choice([4, 9, 14, 18, 23, 26]))
        put(ex, r, 1, [nm, ws.cell(5 + names.index(nm), 3).value, rng.choice(["ABRSM", "ABRSM", "Trinity", "RSL"]),
                       rng.randint(1, 7), ed, mark, res])
    quirks_music(ws, pr, ex)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [18, 11, 11, 13, 6, 8, 11, 11, 5, 7, 10, 7, 11, 11, 3, 15, 7])
    wb.save(HERE / "music_lessons.xlsx")


def quirks_music(ws, pr, ex) -> None:
    setv(ws, "A30", "Ruby Castro")               # Ruby again (row 15): her second instrument
    setv(ws, "B30", date(2014, 10, 2))
    setv(ws, "C30", "Piano")
    setv(ws, "D30", "Ms Adeyemi")
    setv(ws, "A22", "Caleb Novak ")              # trailing space
    setv(ws, "C26", "piano")                     # odd case
    setv(ws, "C13", "Piano")                     # instrument / teacher mismatches (Mrs Lund)
    setv(ws, "C34", "Clarinet")
    setv(ws, "D26", "ms adeyemi")
    setv(ws, "L11", "84")                        # paid stored as text
    setv(ws, "G19", "26/02/2027")                # exam date typed as text
    setv(ws, "F19", 5)
    setv(ws, "H24", 45)                          # ends 20:15, not on the closing time
    setv(ws, "J27", hm(19, 30))
    setv(ws, "B33", None)                        # no DOB given
    setv(ws, "L24", None)                        # nothing paid yet (blank)
    setv(ws, "L38", None)
    setv(ws, "J40", hm(20, 15))                  # late lessons
    setv(ws, "H40", 45)
    setv(ws, "J12", hm(19, 45))
    setv(ws, "H12", 60)
    pr["D8"] = "75"                              # minutes stored as text
    ex["F12"] = None                             # result not in yet
    ex["G12"] = "Awaiting"


# ------------------------------------------------------------------ parking_permits
def parking() -> None:
    rng = random.Random(903)
    wb = Workbook()
    ws = wb.active
    ws.title = "Permits"
    title(ws, "A1", "Westfield Borough Council - parking permits register")
    ws["A2"] = "Low-emission discount below (g/km)"
    ws["E2"] = 110
    ws["A3"] = "Permits run 12 months from issue. Business permits: zones B and C only."
    cols = ["Permit no.", "Holder", "Address", "Zone", "Type", "Reg. no", "CO2 (g/km)", "Issued",
            "Expires", "Fee (£)", "Paid (£)", "Method", "Status"]
    header(ws, 5, 1, cols)                                    # A5:M46
    streets = ["Albion Rd", "Birch Grove", "Canal St", "Dover Pl", "Elm Terrace", "Fisher Way",
               "Granby St", "Hatton Cl"]
    zone_of = {"Albion Rd": "A", "Birch Grove": "A", "Canal St": "B", "Dover Pl": "B",
               "Elm Terrace": "C", "Fisher Way": "C", "Granby St": "D", "Hatton Cl": "D"}
    holders = ["R. Adebayo", "S. Barnes", "T. Chowdhury", "U. Dimitrov", "V. Evans", "W. Fitzgerald",
               "X. Gao", "Y. Hollis", "Z. Ibrahim", "A. Jensen", "B. Kaminski", "C. Lowe",
               "D. Mwangi", "E. Nolan", "F. Ortiz", "G. Pham", "H. Quinlan", "I. Rossi",
               "Corner Deli Ltd", "Granby Dental", "Canal St Motors", "J. Sharma", "K. Tierney",
               "L. Underwood", "M. Vasquez", "N. Wolfe", "O. Yates", "P. Zielinski"]
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for i in range(42):
        r = 6 + i
        st = rng.choice(streets)
        typ = rng.choice(["Resident", "Resident", "Resident", "Resident", "Visitor", "Business",
                          "Carer", "Resident"])
        holder = rng.choice(holders[:18]) if typ != "Business" else rng.choice(holders[18:21])
        addr = f"{rng.randint(1, 88)} {st}"
        reg = (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(51, 74)} "
               f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}")
        co2 = rng.choice([0, 0, 95, 104, 118, 126, 139, 152, 168, 185, 212])
        issued = pick_offset(rng, -390, -2, {-365, -366, -364, -30, -7, -335})
        exp = issued + 365
        fee = {"Resident": 120 if co2 >= 110 else 60, "Visitor": 45, "Business": 480,
               "Carer": 0}[typ]
        paid = fee if rng.random() < 0.85 else rng.choice([0, fee / 2])
        method = rng.choice(["Online", "Online", "Online", "Phone", "Counter", "Direct debit"])
        status = "Active" if exp >= 0 else "Expired"
        put(ws, r, 1, [f"WB{24100 + i * 7}", holder, addr, zone_of[st], typ, reg, co2, day(issued),
                       day(exp), fee, paid, method, status], {9: "0.00", 10: "0.00"})

    pc = wb.create_sheet("PCNs")
    header(pc, 1, 1, ["PCN ref", "Issued", "Time", "Street", "Zone", "VRM", "Code", "Charge (£)",
                      "Paid (£)", "Paid on", "Appeal"])                # A1:K33
    for i in range(32):
        r = 2 + i
        st = rng.choice(streets)
        iss = pick_offset(rng, -45, -1, {-14, -28, -13, -15, -27, -29})
        tm = hm(rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 16, 17, 18, 19, 21]), rng.choice([2, 14, 27, 41, 53]))
        code = rng.choice(["01", "01", "12", "12", "16", "19", "30", "40", "62"])
        charge = 110 if code in ("01", "12", "16", "40", "62") else 70
        paid = pon = None
        roll = rng.random()
        if roll < 0.45:
            pon = iss + rng.choice([3, 6, 10, 12, 20, 25])
            if pon >= 0:
                pon = None
            else:
                paid = charge / 2 if pon - iss <= 14 else charge
        appeal = rng.choice([None, None, None, None, "Pending", "Rejected", "Upheld"])
        put(pc, r, 1, [f"WF{77310 + i * 3}", day(iss), tm, st, zone_of[st],
                       ws.cell(6 + rng.randrange(42), 6).value if rng.random() < 0.5 else
                       f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(51, 74)} {rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}",
                       code, charge, paid, day(pon) if pon is not None else None, appeal])

    oc = wb.create_sheet("Occupancy")
    title(oc, "A1", "Average bay occupancy by zone and day (Nov survey)", 11)
    days_ = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    header(oc, 3, 1, ["Zone", "Bays"] + days_)                 # A3:I11
    for i, z in enumerate(["A", "B", "C", "D", "E (CPZ)", "F (CPZ)", "G", "H"]):
        base = rng.choice([0.55, 0.7, 0.8, 0.88])
        vals = [round(min(1.0, max(0.2, base + rng.choice([-0.17, -0.09, -0.03, 0.02, 0.06, 0.11]))), 2)
                for _ in days_]
        put(oc, 4 + i, 1, [z, rng.choice([40, 65, 90, 120, 150])] + vals, {k: "0%" for k in range(2, 9)})
    oc["A14"] = "Permits issued by month"
    oc["A14"].font = BOLD
    mon = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    header(oc, 15, 1, ["Zone"] + mon + ["Nov LY"])             # A15:G23
    for i, z in enumerate(["A", "B", "C", "D", "E (CPZ)", "F (CPZ)", "G", "H"]):
        ly = rng.choice([6, 12, 20, 28, 35])
        put(oc, 16 + i, 1, [z] + [rng.choice([4, 9, 13, 18, 22, 27, 31, 36, 44]) for _ in mon] + [ly])
    quirks_parking(ws, pc, oc)
    widths(ws, "A B C D E F G H I J K L M",
           [11, 16, 17, 5, 9, 10, 10, 11, 11, 8, 8, 12, 8])
    wb.save(HERE / "parking_permits.xlsx")


def quirks_parking(ws, pc, oc) -> None:
    setv(ws, "A29", "WB24149")                   # duplicate permit number (row 13)
    setv(ws, "B40", "K. Tierney ")               # trailing space (one-off holder)
    setv(ws, "D33", "c")                         # odd case zone
    setv(ws, "E36", "resident")                  # odd case type
    setv(ws, "G14", "139")                       # CO2 stored as text
    setv(ws, "G37", None)                        # CO2 not given
    setv(ws, "H24", "18/12/2025")                # issued typed as text
    setv(ws, "F45", None)                        # no reg yet
    setv(ws, "F37", None)
    for r in (25, 41):                           # low-emission residents charged the full fee
        setv(ws, f"J{r}", 120, "0.00")
        setv(ws, f"K{r}", 120, "0.00")
    pc["J18"] = None                             # paid, date not keyed
    pc["I18"] = 55
    pc["H9"] = "110"                             # charge stored as text
    oc["E9"] = None                              # survey missed
    oc["C21"] = None


# ------------------------------------------------------------------ scaffolding_hire
def scaffold() -> None:
    rng = random.Random(904)
    wb = Workbook()
    ws = wb.active
    ws.title = "Hires"
    title(ws, "A1", "Apex Scaffolding Ltd - hire register")
    ws["A2"] = "Weekly inspection (TG20) - 7 days max between inspections. Money ex VAT."
    cols = ["Job no", "Client", "Site", "System", "Lifts", "Ht (m)", "Erected", "Hire wks",
            "Hire end", "Struck", "Last insp.", "Quote (£)", "Costs (£)", "Invoiced (£)", "Foreman"]
    header(ws, 4, 2, cols)                                    # B4:P43
    ws["R4"] = "Max ht w/o design (m)"
    ws["S4"] = 18
    ws["R5"] = "Insp. interval (days)"
    ws["S5"] = 7
    clients = ["Kestrel Homes", "Brightwell Roofing", "T. Mahoney Builders", "Oakridge Council",
               "Harbourside Devs", "St Mary's Church", "Pemberton Lofts", "Ferris Renovations",
               "Castle Lane Dental", "Granite Build", "Nu-Look Render", "Priory School"]
    streets = ["Mill Lane", "High St", "Quay Rd", "Station Rd", "Park Ave", "Church St", "Bridge St",
               "Kings Rd", "Albert Terr", "Victoria Sq"]
    foremen = ["Dave Kirk", "Lee Moss", "Sean Daly", "Wojtek Nowak"]
    for i in range(39):
        r = 5 + i
        system = rng.choice(["Tube & fitting", "Tube & fitting", "Layher", "Cuplok", "Tower"])
        lifts = rng.randint(1, 3) if system == "Tower" else rng.randint(2, 9)
        ht = round(lifts * rng.choice([1.9, 2.0, 2.1]) + 0.5, 1)
        erected = pick_offset(rng, -160, -3, {-7, -8, -6, -14, -28, -56})
        wks = rng.choice([4, 6, 8, 8, 10, 12, 16])
        end = erected + 7 * wks
        struck = None
        if end < -2 and rng.random() < 0.6:
            struck = end + rng.choice([-5, 0, 2, 6, 13, 20])
            if struck >= 0:
                struck = None
        last = None
        if struck is None:
            last = rng.choice([-1, -2, -3, -4, -5, -6, -9, -10, -12, -16, -23])
            last = max(last, erected)
        quote = rng.choice([1800, 2400, 3250, 4100, 5600, 7200, 9800, 14500])
        costs = round(quote * rng.choice([0.55, 0.7, 0.82, 0.9, 0.97, 1.08, 1.25]), -1)
        invoiced = rng.choice([0, quote / 2, quote, quote]) if struck is not None or rng.random() < 0.5 else 0
        put(ws, r, 2, [f"AS-{rng.randint(100, 999)}", rng.choice(clients),
                       f"{rng.randint(2, 140)} {rng.choice(streets)}", system, lifts, ht, day(erected),
                       wks, day(end), day(struck) if struck is not None else None,
                       day(last) if last is not None else None, quote, costs, invoiced,
                       rng.choice(foremen)], {5: "0.0", 11: "#,##0", 12: "#,##0", 13: "#,##0"})

    st = wb.create_sheet("Stock")
    title(st, "A1", "Yard stock count, 27 Nov", 11)
    header(st, 2, 1, ["Item", "Unit", "Yard A", "Yard B", "Yard C", "On hire", "Min stock"])  # A2:G18
    items = [("Tube 21ft", "ea"), ("Tube 16ft", "ea"), ("Tube 10ft", "ea"), ("Tube 5ft", "ea"),
             ("Board 13ft", "ea"), ("Board 8ft", "ea"), ("Double coupler", "ea"),
             ("Swivel coupler", "ea"), ("Putlog coupler", "ea"), ("Base plate", "ea"),
             ("Sole board", "ea"), ("Ladder 4m", "ea"), ("Toe board clip", "ea"),
             ("Debris netting", "roll"), ("Sheeting", "roll"), ("Ladder gate", "ea")]
    for i, (it, u) in enumerate(items):
        base = rng.choice([40, 120, 300, 650, 1200])
        ys = [int(base * rng.choice([0, 0.1, 0.3, 0.6, 0.9, 1.2])) for _ in range(3)]
        put(st, 3 + i, 1, [it, u] + ys + [int(base * rng.choice([1.5, 2, 3])), int(base * 0.5)])

    cr = wb.create_sheet("Crew")
    title(cr, "A1", "Crew hours w/c 23 Nov", 11)
    dnames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    header(cr, 3, 1, ["Name", "Role"] + dnames + ["CISRS card exp.", "Rate (£/h)"])   # A3:J17
    people = [("Dave Kirk", "Supervisor"), ("Lee Moss", "Supervisor"), ("Sean Daly", "Advanced"),
              ("Wojtek Nowak", "Advanced"), ("Jay Rees", "Scaffolder"), ("Kofi Asante", "Scaffolder"),
              ("Ryan Platt", "Scaffolder"), ("Tomasz Lis", "Scaffolder"), ("Carl Hibbert", "Trainee"),
              ("Ollie Barr", "Trainee"), ("Jack Dunn", "Labourer"), ("Nico Rossi", "Labourer"),
              ("Ben Ash", "Labourer"), ("Marv Ellis", "Driver")]
    for i, (p, role) in enumerate(people):
        hrs = [rng.choice([0, 6, 8, 8.5, 9, 9.5, 10, 10.5, 11]) for _ in range(5)] + \
              [rng.choice([None, None, 0, 4, 5, 6])]
        exp = pick_offset(rng, -40, 900, {0, -1, 1, 90, 91, 89, 30, 31, 29})
        rate = {"Supervisor": 24, "Advanced": 21, "Scaffolder": 18.5, "Trainee": 14, "Labourer": 13,
                "Driver": 15}[role]
        put(cr, 4 + i, 1, [p, role] + hrs + [day(exp), rate], {9: "0.00"})
    quirks_scaffold(ws, st, cr)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 8, 19, 16, 14, 6, 7, 11, 8, 11, 11, 11, 9, 9, 11, 13, 3, 21, 5])
    wb.save(HERE / "scaffolding_hire.xlsx")


def quirks_scaffold(ws, st, cr) -> None:
    setv(ws, "B27", "AS-905")                    # duplicate job number (row 8); AS-416 twice by chance
    setv(ws, "C34", "Westbrook Vets ")           # trailing space (one-off client)
    setv(ws, "P21", "sean daly")                 # odd case foreman
    setv(ws, "N16", "3920")                      # costs stored as text
    setv(ws, "H30", "19/10/2026")                # erected typed as text
    setv(ws, "P38", None)                        # no foreman assigned
    setv(ws, "E12", "tube & fitting")
    setv(ws, "F6", 10)                           # two scaffolds over the design height
    setv(ws, "G6", 20.5, "0.0")
    setv(ws, "F38", 9)
    setv(ws, "G38", 18.6, "0.0")
    setv(ws, "L26", None)                        # still up, no inspection on record
    setv(ws, "L28", None)
    st["D9"] = None                              # yard B not counted
    st["E15"] = "45"                             # count stored as text
    cr["F10"] = None                             # sick day, not keyed
    cr["H6"] = 5


# ------------------------------------------------------------------ vending_machines
def vending() -> None:
    rng = random.Random(905)
    wb = Workbook()
    ws = wb.active
    ws.title = "Machines"
    title(ws, "A1", "Snack & Sip Vending - machine list / route sheet", 13)
    ws["A2"] = "cash = coins + notes in the box at last visit; fill % = stock vs capacity at last visit"
    cols = ["Machine ID", "Site", "Location", "Type", "Route", "Installed", "Last visit",
            "Visit every (d)", "Cash ($)", "Card ($)", "Sales last wk ($)", "Comm. %", "Fill %", "Fault"]
    header(ws, 3, 1, cols)                                    # A3:N41
    ws["P3"] = "Cash limit ($)"
    ws["Q3"] = 400
    sites = [("Riverside Leisure Centre", "Foyer"), ("Riverside Leisure Centre", "Poolside"),
             ("Kellett Hospital", "A&E waiting"), ("Kellett Hospital", "Staff room"),
             ("Kellett Hospital", "Outpatients"), ("Northgate College", "Library"),
             ("Northgate College", "Canteen"), ("Brookfield Depot", "Drivers' room"),
             ("Main St Garage", "Shop"), ("Pine Court Offices", "Lobby"),
             ("Pine Court Offices", "Level 3"), ("City Bus Station", "Concourse"),
             ("City Bus Station", "Gate 4"), ("Hilltop Hotel", "Reception"),
             ("Eastgate Mall", "Food court")]
    for i in range(38):
        r = 4 + i
        site, loc = sites[i % len(sites)] if i < 30 else rng.choice(sites)
        typ = rng.choice(["Snack", "Snack", "Drinks", "Drinks", "Coffee", "Combo"])
        route = rng.choice(["R1 North", "R2 City", "R3 East"])
        inst = date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if inst.date() > BUILT - dt.timedelta(days=40):
            inst = date(2025, 2, 11)
        every = rng.choice([3, 7, 7, 7, 14])
        last = -rng.choice([1, 2, 2, 4, 5, 6, 9, 11, 12, 16, 20])
        if last + every == 0:
            last -= 1
        sales = rng.choice([85, 140, 210, 265, 330, 410, 520, 640, 760])
        cash = round(sales * rng.choice([0.3, 0.6, 0.9, 1.4, 2.2]), 2)
        card = round(sales * rng.choice([0.4, 0.55, 0.7]), 2)
        comm = rng.choice([0.1, 0.1, 0.125, 0.15, 0.2])
        fill = rng.choice([0.18, 0.27, 0.36, 0.52, 0.64, 0.71, 0.83, 0.9, 0.95])
        fault = rng.choice([None] * 7 + ["Coin mech jam", "Card reader offline", "Spiral 4 stuck",
                                         "Cooler warm"])
        put(ws, r, 1, [f"VM-{1010 + 12 * i + rng.randint(0, 9)}", site, loc, typ, route, inst, day(last),
                       every, cash, card, sales, comm, fill, fault],
            {8: "0.00", 9: "0.00", 11: "0.0%", 12: "0%"})

    sl = wb.create_sheet("Slots")
    header(sl, 1, 1, ["Machine", "Crisps", "Choc bars", "Biscuits", "Gum", "Water", "Cola", "Juice",
                      "Par"])                                 # A1:I21
    for i in range(20):
        par = rng.choice([8, 10, 12])
        vals = [rng.choice([0, 1, 2, 3, 5, 7, 9, 11, 14]) for _ in range(7)]
        put(sl, 2 + i, 1, [ws.cell(4 + i, 1).value] + vals + [par])

    wk = wb.create_sheet("Weekly")
    title(wk, "A1", "Sales by week ($), top 16 machines", 11)
    weeks = ["W44", "W45", "W46", "W47", "W48"]
    header(wk, 2, 1, ["Machine"] + weeks + ["Same wk LY"])    # A2:G18
    for i in range(16):
        base = rng.choice([120, 200, 310, 450, 600])
        vals = []
        for _ in weeks:
            base = base * rng.choice([0.7, 0.88, 0.97, 1.04, 1.12, 1.3])
            vals.append(int(round(base)))
        put(wk, 3 + i, 1, [ws.cell(4 + i, 1).value] + vals + [int(round(vals[-1] * rng.choice([0.75, 0.9, 1.1, 1.3])))])
    quirks_vending(ws, sl, wk)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [10, 23, 14, 7, 9, 11, 11, 14, 8, 8, 15, 8, 6, 19, 3, 13, 5])
    wb.save(HERE / "vending_machines.xlsx")


def quirks_vending(ws, sl, wk) -> None:
    setv(ws, "A33", ws["A11"].value)             # duplicate machine id (row 11)
    setv(ws, "C17", "Bar ")                      # trailing space (one-off location)
    setv(ws, "D21", "drinks")                    # odd case type
    setv(ws, "E30", None)                        # route not assigned
    setv(ws, "I26", "512.40")                    # cash stored as text
    setv(ws, "G35", "28/11/2026")                # last visit typed as text
    setv(ws, "K14", None)                        # no sales recorded (new)
    setv(ws, "F38", date(2026, 2, 17))           # a newer install
    sl["F7"] = None                              # slot not counted
    sl["C13"] = "0"                              # count stored as text
    wk["E9"] = None                              # week missing


# ------------------------------------------------------------------ window_cleaning
def windows() -> None:
    rng = random.Random(906)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rounds"
    title(ws, "A1", "Crystal Clear Window Cleaning - customer book")
    ws["A2"] = "Minimum charge (£)"
    ws["C2"] = 12
    ws["E2"] = "Conservatory roof extra"
    ws["H2"] = 0.5
    ws["H2"].number_format = "0%"
    cols = ["Cust #", "Name", "Address", "Round", "Freq (wks)", "Last clean", "Next due", "Price",
            "Owed (£)", "Paid?", "Method", "Conserv.", "Floors", "Notes"]
    header(ws, 4, 1, cols)                                    # A4:N45
    rounds = ["Mon North", "Tue Village", "Wed East", "Thu Town", "Fri Estates"]
    names = ["Mrs Allen", "Mr & Mrs Bell", "J. Cooper", "Dr Dhillon", "K. Edwards", "The Foxes Inn",
             "P. Gallagher", "H. Hussain", "Ivy Cottage", "M. Jones", "Mrs Kaur", "L. Lambert",
             "Mr Moyo", "N. Nicholls", "Old Rectory", "Mrs O'Brien", "R. Patel", "S. Quinn",
             "T. Russell", "Mr Shah", "A. Turner", "Mrs Upton", "B. Varga", "C. Walsh",
             "Mr Young", "D. Zhang", "Green Lane Surgery", "E. Abbott", "F. Baxter", "G. Cross",
             "Mrs Dunne", "Wheatsheaf Pub", "I. Ellis", "J. Flynn", "K. Grant", "L. Hart",
             "M. Irwin", "N. Jarvis", "Mr Kinsella", "O. Lowry", "P. Marsh"]
    for i in range(41):
        r = 5 + i
        rd = rng.choice(rounds)
        freq = rng.choice([4, 4, 4, 6, 8, 8])
        back = {"Mon North": 1, "Tue Village": 7, "Wed East": 6, "Thu Town": 5, "Fri Estates": 4}[rd]
        last = -back - 7 * rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 9, 11])
        nxt = last + 7 * freq
        if rng.random() < 0.12:
            nxt += rng.choice([7, -7])
        if nxt in (0, 1, -1, 7, 6, 8):
            nxt += 2
        floors = rng.choice([1, 2, 2, 2, 3])
        conserv = rng.choice(["Y", "N", "N", "N"])
        price = rng.choice([12, 14, 15, 18, 20, 22, 25, 30]) + (5 if floors == 3 else 0)
        commercial = any(w in names[i] for w in ("Inn", "Surgery", "Pub", "Rectory"))
        if commercial:
            price = rng.choice([45, 60, 75])
        owed = rng.choice([0, 0, 0, 0, price, price, 2 * price, 3 * price])
        paid = "Y" if owed == 0 else "N"
        method = rng.choice(["Cash", "Cash", "BACS", "BACS", "Card"])
        put(ws, r, 1, [f"C{101 + i}", names[i], f"{rng.randint(1, 60)} {rng.choice(['Acre Rd', 'Beech Ave', 'Coppice Way', 'Dale St', 'Ferndown', 'Glebe Cl'])}",
                       rd, freq, day(last), day(nxt), price, owed, paid, method, conserv, floors,
                       rng.choice([None] * 8 + ["key under pot", "dog - ring first", "side gate code 1942",
                                                "no ladders on pergola", "ask for Mrs K"])],
            {7: "£0.00", 8: "£0.00"})

    tk = wb.create_sheet("Takings")
    header(tk, 1, 1, ["Date", "Day", "Round", "Houses", "Planned", "Cash (£)", "BACS/card (£)",
                      "Hrs", "Rain stop?"])                   # A1:I25
    header(tk, 1, 12, ["Stop list", "Since"])                 # L1:M6
    r = 2
    dd = dt.date(2026, 11, 2)
    while dd <= dt.date(2026, 11, 28):
        if dd.weekday() == 6:
            dd += dt.timedelta(days=1)
            continue
        rd = rounds[dd.weekday()] if dd.weekday() < 5 else "Sat catch-up"
        planned = rng.choice([18, 22, 26, 30]) if dd.weekday() < 5 else rng.choice([8, 10])
        rain = rng.random() < 0.2
        houses = planned - (rng.choice([6, 9, 12]) if rain else rng.choice([0, 0, 1, 2, -1]))
        houses = max(houses, 3)
        cash = rng.choice([60, 85, 110, 140, 170, 205])
        bacs = rng.choice([40, 75, 120, 160, 230])
        hrs = rng.choice([4.5, 5, 6, 6.5, 7, 7.5, 8, 8.5])
        put(tk, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), rd, houses, planned,
                       cash, bacs, hrs, "Y" if rain else None])
        r += 1
        dd += dt.timedelta(days=1)
    quirks_windows(ws, tk)
    widths(ws, "A B C D E F G H I J K L M N", [7, 19, 17, 12, 10, 11, 11, 8, 9, 6, 8, 9, 7, 22])
    wb.save(HERE / "window_cleaning.xlsx")


def quirks_windows(ws, tk) -> None:
    setv(ws, "A36", "C112")                      # duplicate customer number (row 16)
    setv(ws, "B27", "J. Cooper")                 # same name twice (row 7): a second house
    setv(ws, "B20", "Mrs Upton ")                # hmm: trailing space on a one-off name
    setv(ws, "B26", "Mrs Allen")                 # Mrs Allen has two houses (rows 5, 26)
    setv(ws, "D31", "thu town")                  # odd case round
    setv(ws, "H22", "18")                        # price stored as text
    setv(ws, "F40", "27/10/2026")                # last clean typed as text
    setv(ws, "K14", None)                        # method unknown
    setv(ws, "K33", None)
    setv(ws, "H41", 10)                          # below the minimum charge
    setv(ws, "H17", 9)
    setv(ws, "H27", 13, "£0.00")
    for i, (c, since) in enumerate([("C118", date(2026, 9, 14)), ("C127", date(2026, 10, 2)),
                                    ("C139", date(2026, 11, 9)), ("C150", date(2026, 6, 30)),
                                    ("C104", date(2026, 11, 20))]):
        put(tk, 2 + i, 12, [c, since])
    setv(ws, "N30", "Beware of DOG")
    tk["D12"] = None                             # forgot to count houses
    tk["G19"] = "95"                             # stored as text


if __name__ == "__main__":
    for f in (mortgage, music, parking, scaffold, vending, windows):
        f()
    print("built 6 workbooks in", HERE)
