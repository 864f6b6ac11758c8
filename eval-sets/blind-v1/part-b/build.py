"""Build the ten part-B workbooks of the blind benchmark (deterministic).

Every date is a literal or computed from BUILT; every random choice comes from a
random.Random with a fixed seed. Run:  python build.py   (writes *.xlsx next to this file)
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

BUILT = date(2026, 11, 30)
HERE = Path(__file__).resolve().parent

HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="FFD9E1F2")
TITLE_FONT = Font(bold=True, size=14)

FIRST = ["James", "Maria", "Chen", "Aisha", "Tom", "Priya", "Lucas", "Emma", "Noah", "Olivia",
         "Liam", "Sofia", "Mateo", "Hannah", "Omar", "Grace", "Ethan", "Zoe", "Daniel", "Chloe",
         "Samuel", "Mia", "Isaac", "Ava", "Leo", "Nora", "Jack", "Layla", "Ryan", "Ella",
         "Kenji", "Fatima", "Pedro", "Ingrid", "Yusuf", "Clara", "Dmitri", "Amara", "Felix",
         "Rosa", "Victor", "Lena", "Marcus", "Ines", "Hugo", "Keisha", "Arjun", "Beatriz"]
LAST = ["Smith", "Garcia", "Wang", "Khan", "Brown", "Patel", "Silva", "Johnson", "Miller",
        "Davis", "Lopez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee",
        "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green",
        "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
        "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart",
        "Murphy", "Cook", "Rogers", "Okafor", "Nguyen", "Schmidt", "Rossi"]


def d(offset: int) -> date:
    """BUILT shifted by a number of days."""
    return BUILT + timedelta(days=offset)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        cell = ws.cell(row, col + i, name)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)


def body(ws, row: int, col: int, rows: list[list], formats: dict[int, str] | None = None) -> None:
    """Write rows; None leaves a cell empty. formats maps a 0-based column to a number format."""
    formats = formats or {}
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is None:
                continue
            cell = ws.cell(row + r, col + c, value)
            if c in formats and not isinstance(value, str):
                cell.number_format = formats[c]


def widths(ws, values: dict[str, float]) -> None:
    for letter, width in values.items():
        ws.column_dimensions[letter].width = width


def names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    seen, out = set(), []
    while len(out) < n:
        pair = (rng.choice(FIRST), rng.choice(LAST))
        if pair not in seen:
            seen.add(pair)
            out.append(pair)
    return out


# ----------------------------------------------------------------------------------------------
# 1. clinic.xlsx  — title + subtitle + blank row, header B4:L4, data B5:L64; 2nd sheet Doctors
# ----------------------------------------------------------------------------------------------
def clinic() -> Workbook:
    rng = random.Random(1101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Visits"
    ws["B1"] = "Riverside Family Clinic - Appointment Log"
    ws["B1"].font = TITLE_FONT
    ws.merge_cells("B1:L1")
    ws["B2"] = "Exported 30/11/2026 by front desk"
    ws["B2"].font = Font(italic=True, color="FF666666")
    header(ws, 4, 2, ["Patient ID", "Patient Name", "DOB", "Visit Date", "Doctor", "Visit Type",
                      "Status", "Follow-up Due", "Follow-up Done", "Copay", "Notes"])
    people = names(rng, 44)
    patients = []
    for i, (first, last) in enumerate(people):
        age_days = rng.randint(3 * 365, 91 * 365)
        if i % 6 == 0:  # make sure there are seniors
            age_days = rng.randint(66 * 365, 90 * 365)
        patients.append([f"P-{1001 + i}", f"{first} {last}", d(-age_days)])
    doctors = ["Dr. Patel", "Dr. Nguyen", "Dr. Okafor", "Dr. Schmidt", "Dr. Rossi"]
    types = ["Check-up", "Follow-up", "New patient", "Vaccination", "Telehealth"]
    notes_pool = ["Penicillin allergy", "BP high - recheck in 2 wks", "Refer to cardiology",
                  "Latex allergy - use nitrile gloves", "Needs interpreter (Spanish)",
                  "Peanut allergy noted", "Flu shot given", "Labs ordered", "Bring previous x-rays",
                  "Running late, called ahead", "Asked about allergy testing"]

    def visit_day(lo: int, hi: int) -> date:
        while True:
            day = d(rng.randint(lo, hi))
            if day.weekday() != 6:  # closed on Sundays
                return day

    visits = []
    for i in range(60):
        patient = patients[i] if i < 44 else rng.choice(patients[:30])
        if i < 38:
            day = visit_day(-118, -1)
            status = rng.choices(["Attended", "No-show", "Cancelled"], [30, 5, 4])[0]
        elif i < 41:  # stale: still "Scheduled" though the day passed
            day = visit_day(-20, -2)
            status = "Scheduled"
        elif i < 44:
            day = d(0)
            status = rng.choice(["Attended", "Scheduled"])
        else:
            day = visit_day(1, 46)
            status = "Scheduled"
        vtype = rng.choice(types)
        due = done = None
        if status == "Attended" and vtype != "Vaccination" and rng.random() < 0.65:
            due = day + timedelta(days=rng.choice([14, 21, 28, 42]))
            if due < BUILT and rng.random() < 0.5:
                done = min(due + timedelta(days=rng.randint(-4, 9)), d(-1))
        copay = rng.choice([0, 10, 15, 20, 25, 25, 30, 35, 40, 45, 50, 60, 75])
        note = rng.choice(notes_pool) if rng.random() < 0.3 else None
        visits.append([*patient, day, rng.choice(doctors), vtype, status, due, done, copay, note])
    visits.sort(key=lambda v: (v[3], v[0]))
    # data-entry slips
    visits[7][0] = 1052           # ID typed without its prefix (a number)
    visits[23][0] = "PT-1040"     # wrong prefix
    visits[12][2] = None          # missing DOB
    visits[40][2] = None
    visits[31][1] = None          # missing name
    for k in (4, 15, 30):         # patients who did not turn up
        visits[k][6] = "No-show"
    body(ws, 5, 2, visits, {2: "dd/mm/yyyy", 3: "dd/mm/yyyy", 7: "dd/mm/yyyy",
                            8: "dd/mm/yyyy", 9: '"$"#,##0.00'})
    widths(ws, {"A": 3, "B": 11, "C": 20, "D": 12, "E": 12, "F": 12, "G": 13, "H": 11,
                "I": 13, "J": 13, "K": 9, "L": 34})
    ws.freeze_panes = "B5"

    doc = wb.create_sheet("Doctors")
    header(doc, 2, 2, ["Doctor", "Specialty", "Room", "Clinic Days", "Max Pts/Day"])
    body(doc, 3, 2, [
        ["Dr. Patel", "Family medicine", "1A", "Mon-Fri", 24],
        ["Dr. Nguyen", "Pediatrics", "1B", "Mon-Thu", 18],
        ["Dr. Okafor", "Internal medicine", "2A", "Tue-Sat", 22],
        ["Dr. Schmidt", "Family medicine", "2B", "Mon, Wed, Fri", 16],
        ["Dr. Rossi", "Geriatrics", "3A", "Mon-Fri", 14],
        ["Dr. Ahmed (locum)", "Family medicine", "3B", "Sat", 20],
        ["Dr. Lindqvist", "Dermatology", "4A", "Thu", 12],
        ["Dr. Moreau", "Pediatrics", "1B", "Fri-Sat", 18],
    ])
    widths(doc, {"B": 18, "C": 18, "D": 7, "E": 14, "F": 12})
    return wb


# ----------------------------------------------------------------------------------------------
# 2. hr_roster.xlsx — title row, blank row, header A3:L3, data A4:L83; shortlist N3:N11;
#    2nd sheet Departments (title, blank, header A3:E3, data A4:E10)
# ----------------------------------------------------------------------------------------------
def hr_roster() -> Workbook:
    rng = random.Random(2202)
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws["A1"] = "ACME Corp - Employee Roster (confidential)"
    ws["A1"].font = TITLE_FONT
    header(ws, 3, 1, ["Emp #", "Last Name", "First Name", "Dept", "Job Title", "Hire Dt",
                      "Salary", "Rev Score 2025", "Rev Score 2026", "Status", "email", "Remote?"])
    depts = {
        "Sales": (["Account Exec", "Sales Rep", "Sales Manager"], 48000, 95000),
        "Engineering": (["Software Engineer", "Sr. Engineer", "QA Analyst", "Eng Manager"], 72000, 165000),
        "Finance": (["Accountant", "Financial Analyst", "Controller"], 55000, 120000),
        "HR": (["HR Generalist", "Recruiter", "HR Manager"], 47000, 98000),
        "Operations": (["Ops Coordinator", "Logistics Lead", "Ops Manager"], 42000, 105000),
        "Marketing": (["Marketing Specialist", "Content Writer", "Brand Manager"], 45000, 110000),
        "Support": (["Support Agent", "Support Lead"], 38000, 70000),
    }
    people = names(rng, 80)
    rows = []
    for i, (first, last) in enumerate(people):
        dept = rng.choices(list(depts), [16, 20, 9, 6, 12, 9, 8])[0]
        titles, lo, hi = depts[dept]
        if i < 12:
            hired = d(-rng.randint(3700, 7900))          # long-serving (10+ years mostly)
        elif i < 20:
            hired = date(rng.randint(2012, 2025), 11, rng.randint(1, 28))  # November anniversaries
        elif i < 27:
            hired = d(-rng.randint(20, 300))              # recent hires
        else:
            hired = d(-rng.randint(330, 3600))
        salary = round(rng.uniform(lo, hi) / 500) * 500
        score25 = round(rng.uniform(1.8, 5.0), 1) if hired < date(2025, 6, 1) else None
        score26 = None
        if rng.random() < 0.86:
            base = score25 if score25 is not None else 3.4
            score26 = round(min(5.0, max(1.5, base + rng.uniform(-0.9, 0.8))), 1)
        status = "Active"
        if hired > d(-300):
            status = "Probation"
        elif rng.random() < 0.12:
            status = rng.choice(["On Leave", "Terminated", "On Leave"])
        email = f"{first.lower()}.{last.lower()}@acme.com"
        rows.append([f"E{101 + i:04d}", last, first, dept, rng.choice(titles), hired, salary,
                     score25, score26, status, email, rng.choice(["Y", "N", "N"])])
    rows.sort(key=lambda r: r[0])
    rows[5][10] = "j.doe1987@gmail.com"
    rows[18][10] = rows[18][10].replace("@acme.com", "@acme.co")
    rows[33][10] = rows[33][10].upper()                      # shouting but still @ACME.COM
    rows[47][10] = None
    rows[61][10] = None
    rows[52][10] = rows[51][10]                              # copy-paste duplicate
    rows[70][10] = rows[9][10]
    rows[29][10] = "temp.contractor@staffing-plus.net"
    rows[40][3] = None                                       # dept missing
    rows[64][6] = None                                       # salary missing
    body(ws, 4, 1, rows, {5: "mm/dd/yyyy", 6: '"$"#,##0', 7: "0.0", 8: "0.0"})
    header(ws, 3, 14, ["Promo shortlist"])
    for i, emp in enumerate(["E0107", "E0115", "E0122", "E0134", "E0149", "E0163", "E0177", "E0212"]):
        ws.cell(4 + i, 14, emp)
    widths(ws, {"A": 8, "B": 13, "C": 12, "D": 13, "E": 20, "F": 11, "G": 11, "H": 9, "I": 9,
                "J": 11, "K": 32, "L": 8, "M": 3, "N": 15})
    ws.freeze_panes = "A4"

    dep = wb.create_sheet("Departments")
    dep["A1"] = "Department budgets 2026"
    dep["A1"].font = TITLE_FONT
    header(dep, 3, 1, ["Department", "Headcount", "Budget ($)", "Actual YTD ($)", "Head"])
    body(dep, 4, 1, [
        ["Sales", 16, 1450000, 1512300, "R. Torres"],
        ["Engineering", 20, 2600000, 2388450, "K. Wang"],
        ["Finance", 9, 820000, 801200, "S. Patel"],
        ["HR", 6, 480000, 497750, "L. Moore"],
        ["Operations", 12, 910000, 872100, "D. Hill"],
        ["Marketing", 9, 760000, 815900, "A. Khan"],
        ["Support", 8, 430000, 429990, "M. Evans"],
    ], {2: '"$"#,##0', 3: '"$"#,##0'})
    widths(dep, {"A": 14, "B": 11, "C": 13, "D": 15, "E": 12})
    return wb


# ----------------------------------------------------------------------------------------------
# 3. shipping.xlsx — 3 info rows + blank, header A5:L5, data A6:L125
# ----------------------------------------------------------------------------------------------
def shipping() -> Workbook:
    rng = random.Random(3303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Shipments"
    ws["A1"] = "Outbound Shipping Log"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "Warehouse: DAL-2"
    ws["A3"] = "Period: Sep-Nov 2026"
    header(ws, 5, 1, ["Order No", "Customer", "Carrier", "Order Date", "Promised", "Shipped",
                      "Delivered", "Wt (kg)", "Ship Cost", "Status", "Tracking #", "Dest"])
    customers = ["Brightline Inc", "Harbor Supply Co", "Kestrel Labs LLC", "Nordic Home Ltd",
                 "Summit Outdoor Inc", "Blue Fern Studio", "Crescent Foods Ltd", "Pioneer Tools Inc",
                 "Maple & Oak", "Vertex Medical LLC", "Lumen Electric", "Redwood Books Ltd",
                 "Atlas Fitness Inc", "Coastal Pet Co", "Greenway Farms"]
    carriers = {"UPS": (9.5, 1.10), "FedEx": (11.0, 1.25), "DHL": (14.0, 1.60), "USPS": (6.5, 0.85)}
    dests = ["Dallas, TX", "Austin, TX", "Denver, CO", "Chicago, IL", "Miami, FL", "Seattle, WA",
             "Toronto, ON", "Phoenix, AZ", "Atlanta, GA", "Boston, MA"]
    rows = []
    for i in range(120):
        ordered = d(-rng.randint(0, 90))
        carrier = rng.choices(list(carriers), [40, 30, 12, 18])[0]
        promised = ordered + timedelta(days=rng.choice([3, 5, 5, 7, 10]))
        shipped = delivered = None
        age = (BUILT - ordered).days
        roll = rng.random()
        if age >= 2 and roll < 0.93:
            lag = rng.randint(0, 6)
            if rng.random() < 0.2:
                lag += rng.randint(5, 18)
            shipped = min(ordered + timedelta(days=lag), BUILT)
        if shipped:
            delivered = shipped + timedelta(days=rng.randint(1, 7))
            if delivered > BUILT:
                delivered = None
        if shipped is None:
            status = "Pending"
        elif delivered is None:
            status = "In Transit"
        else:
            status = rng.choices(["Delivered", "Returned"], [94, 6])[0]
        if status == "In Transit" and (BUILT - shipped).days > 12 and rng.random() < 0.4:
            status = "Lost"
        weight = round(rng.uniform(0.3, 32), 1)
        base, per = carriers[carrier]
        cost = round(base + per * weight * rng.uniform(0.8, 1.4), 2)
        tracking = None
        if shipped:
            if carrier == "UPS":
                tracking = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
            elif carrier == "FedEx":
                tracking = "".join(rng.choice("0123456789") for _ in range(12))
            elif carrier == "DHL":
                tracking = "".join(rng.choice("0123456789") for _ in range(10))
            else:
                tracking = "9400" + "".join(rng.choice("0123456789") for _ in range(18))
            if rng.random() < 0.06:
                tracking = None
        rows.append([None, rng.choice(customers), carrier, ordered, promised, shipped, delivered,
                     weight, cost, status, tracking, rng.choice(dests)])
    rows.sort(key=lambda r: r[3])
    for i, r in enumerate(rows):
        r[0] = f"SO-{24001 + i}"
    rows[44][0] = rows[43][0]        # re-keyed order lines
    rows[90][0] = rows[12][0]
    rows[101][0] = rows[100][0]
    for k in (57, 79):               # parcels the carrier lost
        rows[k][6], rows[k][9] = None, "Lost"
    rows[74][6], rows[74][9] = None, "In Transit"   # stuck with the carrier
    for k in (118, 119):             # ordered Saturday, not picked yet
        rows[k][5], rows[k][9], rows[k][10] = None, "Pending", None
    # a few delivered dates typed as text (day/month/year)
    typed = 0
    for r in rows[30:]:
        if r[6] is not None and typed < 4 and r[6].day > 12:
            r[6] = r[6].strftime("%d/%m/%Y")
            typed += 1
    body(ws, 6, 1, rows, {3: "yyyy-mm-dd", 4: "yyyy-mm-dd", 5: "yyyy-mm-dd", 6: "yyyy-mm-dd",
                          7: "0.0", 8: '"$"#,##0.00'})
    widths(ws, {"A": 10, "B": 20, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 8, "I": 10,
                "J": 11, "K": 24, "L": 13})
    ws.freeze_panes = "B6"
    return wb


# ----------------------------------------------------------------------------------------------
# 4. library.xlsx — two tables side by side: loans A3:H93, members J3:M28
# ----------------------------------------------------------------------------------------------
BOOKS = [
    ("The Silent Patient", "Alex Michaelides"), ("A Short History of Nearly Everything", "Bill Bryson"),
    ("Educated", "Tara Westover"), ("The Midnight Library", "Matt Haig"),
    ("Sapiens: A Brief History of Humankind", "Yuval Noah Harari"), ("Where the Crawdads Sing", "Delia Owens"),
    ("Theory of Everything", "Stephen Hawking"), ("The Hobbit", "J.R.R. Tolkien"),
    ("Becoming", "Michelle Obama"), ("History of Rome", "Mary Beard"), ("Atomic Habits", "James Clear"),
    ("The Very Hungry Caterpillar", "Eric Carle"), ("Dune", "Frank Herbert"),
    ("Local History of Oak Street", "Friends of the Library"), ("Project Hail Mary", "Andy Weir"),
    ("The Gruffalo", "Julia Donaldson"), ("Thinking, Fast and Slow", "Daniel Kahneman"),
    ("Klara and the Sun", "Kazuo Ishiguro"), ("The Body: A Guide for Occupants", "Bill Bryson"),
    ("Natural History Encyclopedia", "DK"), ("Lessons in Chemistry", "Bonnie Garmus"),
    ("Wonder", "R.J. Palacio"), ("The Thursday Murder Club", "Richard Osman"),
    ("Pachinko", "Min Jin Lee"), ("Diary of a Wimpy Kid", "Jeff Kinney"),
    ("Thermodynamics for Beginners", "L. Ortega"), ("Spare", "Prince Harry"),
    ("The Name of the Wind", "Patrick Rothfuss"), ("Charlotte's Web", "E.B. White"),
    ("Braiding Sweetgrass", "Robin Wall Kimmerer"),
]


def library() -> Workbook:
    rng = random.Random(4404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Circulation"
    ws["A1"] = "Oak Street Library - Loans & Members"
    ws["A1"].font = TITLE_FONT
    header(ws, 3, 1, ["loan_id", "Title", "Author", "card_no", "out_date", "due_date", "ret_date", "Fine ($)"])
    header(ws, 3, 10, ["card_no", "Member", "Type", "Expires"])
    cards = sorted(rng.sample(range(10001, 10060), 25))
    people = names(rng, 25)
    types = ["Adult"] * 12 + ["Child"] * 6 + ["Senior"] * 4 + ["Student"] * 3
    rng.shuffle(types)
    members = []
    for i, card in enumerate(cards):
        expires = d(rng.randint(-150, 420))
        if i in (3, 11):
            expires = d(rng.randint(5, 28))           # expiring soon
        members.append([card, f"{people[i][1]}, {people[i][0]}", types[i], expires])
    body(ws, 4, 10, members, {3: "d-mmm-yy"})
    outsiders = [10071, 10088]                          # cards that are not in the member list
    loans = []
    for i in range(90):
        out = d(-rng.randint(0, 100))
        due = out + timedelta(days=21)
        card = rng.choice(cards) if rng.random() > 0.05 else rng.choice(outsiders)
        ret = None
        if rng.random() < 0.72:
            ret = out + timedelta(days=rng.randint(2, 32))
            if ret > BUILT:
                ret = None
        fine = 0
        if ret and ret > due:
            fine = round(min(10, 0.25 * (ret - due).days), 2)
        title, author = rng.choice(BOOKS)
        loans.append([None, title, author, card, out, due, ret, fine])
    loans.sort(key=lambda r: r[4])
    for i, r in enumerate(loans):
        r[0] = f"L-{5001 + i}"
    typed = 0
    for r in loans[10:]:
        if r[6] is not None and typed < 4 and r[6].day > 12:
            r[6] = r[6].strftime("%d/%m/%Y")
            typed += 1
    body(ws, 4, 1, loans, {4: "d-mmm-yy", 5: "d-mmm-yy", 6: "d-mmm-yy", 7: '"$"#,##0.00'})
    widths(ws, {"A": 8, "B": 36, "C": 22, "D": 8, "E": 10, "F": 10, "G": 10, "H": 8, "I": 3,
                "J": 8, "K": 20, "L": 8, "M": 10})
    return wb


# ----------------------------------------------------------------------------------------------
# 5. league.xlsx — stacked: standings B4:L24, then "Top Scorers" title, blank, header B28:G28
# ----------------------------------------------------------------------------------------------
TEAMS = ["Ashford Town", "Bramley Rovers", "Castleford United", "Dunmore City", "Eastbay Athletic",
         "Fenwick Wanderers", "Glenrock FC", "Harlow Albion", "Irongate Rangers", "Juniper Vale",
         "Kingsmere", "Lakeside Dynamos", "Millbrook Town", "Northgate Celtic", "Oakham Villa",
         "Portside United", "Queensbury", "Riverton Athletic", "Stonebridge FC", "Thornfield"]


def league_rows(seed: int) -> list[list]:
    rng = random.Random(seed)
    rows = []
    for team in TEAMS:
        strength = rng.random()
        w = min(14, int(rng.gauss(2 + 8 * strength, 1.5)) if strength else 0)
        w = max(0, w)
        dr = max(0, min(14 - w, int(rng.gauss(4, 1.5))))
        lo = 14 - w - dr
        gf = max(3, int(w * 2 + dr * 1 + rng.randint(0, 6)))
        ga = max(3, int(lo * 2 + dr * 1 + rng.randint(0, 6)))
        form = "".join(rng.choices("WDL", [w + 1, dr + 1, lo + 1])[0] for _ in range(5))
        rows.append([None, team, 14, w, dr, lo, gf, ga, gf - ga, 3 * w + dr, form])
    rows.sort(key=lambda r: (-r[9], -r[8], -r[6], r[1]))
    for i, r in enumerate(rows):
        r[0] = i + 1
    return rows


def league() -> Workbook:
    seed = 5505
    while True:  # deterministic search for a table without ties at the 4th/5th and 17th/18th places
        rows = league_rows(seed)
        pts = [r[9] for r in rows]
        forms = [r[10] for r in rows]
        if (pts[3] != pts[4] and pts[16] != pts[17] and any("LLL" in f for f in forms)
                and 20 in pts):
            break
        seed += 1
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Standings"
    ws["B2"] = "Premier Division 2026/27 - Table after Round 14"
    ws["B2"].font = TITLE_FONT
    header(ws, 4, 2, ["Pos", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts", "Form"])
    body(ws, 5, 2, rows, {8: '+0;-0;0'})
    ws["B26"] = "Top Scorers"
    ws["B26"].font = Font(bold=True, size=12)
    header(ws, 28, 2, ["Player", "Team", "Goals", "Assists", "Mins", "Pens"])
    scorers = []
    players = names(rng, 15)
    top_teams = [r[1] for r in rows[:8]] + [r[1] for r in rows[8:]][:5]
    for i, (first, last) in enumerate(players):
        goals = max(3, 13 - i + rng.randint(-1, 1))
        assists = rng.randint(0, 9)
        if i in (9, 12):
            assists = goals + rng.randint(1, 3)
        mins = rng.randint(780, 1260)
        scorers.append([f"{first[0]}. {last}", rng.choice(top_teams), goals, assists, mins,
                        rng.randint(0, min(4, goals))])
    scorers.sort(key=lambda s: (-s[2], s[0]))
    scorers[1][2] = scorers[0][2]  # joint top scorers
    body(ws, 29, 2, scorers)
    widths(ws, {"A": 3, "B": 12, "C": 20, "D": 6, "E": 6, "F": 6, "G": 6, "H": 6, "I": 6,
                "J": 6, "K": 6, "L": 8})
    return wb


# ----------------------------------------------------------------------------------------------
# 6. lab.xlsx — title + note rows, header A3:L3 (no blank row), data A4:L103
# ----------------------------------------------------------------------------------------------
def lab() -> Workbook:
    rng = random.Random(6606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Results"
    ws["A1"] = "Batch QC-1127 - Water quality readings"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "Instrument: ICP-OES #2 | Lab: North | limits per permit WQ-88"
    ws["A2"].font = Font(italic=True)
    header(ws, 3, 1, ["Sample ID", "Site", "Analyte", "Reading", "Unit", "Min", "Max", "Temp (°C)",
                      "pH", "Tested On", "Analyst", "QC"])
    analytes = {"Lead": ("µg/L", 0, 10), "Nitrate": ("mg/L", 0, 10), "Chloride": ("mg/L", 0, 250),
                "Iron": ("mg/L", 0, 0.3), "Copper": ("mg/L", 0, 1.3), "Sulfate": ("mg/L", 0, 250),
                "Fluoride": ("mg/L", 0.5, 1.5)}
    sites = ["Well 3", "Well 7", "Intake A", "Intake B", "Tap - School", "Tap - Clinic", "Reservoir"]
    analysts = ["JK", "MB", "RT", "SP"]
    rows = []
    for i in range(96):
        analyte = rng.choice(list(analytes))
        unit, lo, hi = analytes[analyte]
        roll = rng.random()
        if roll < 0.12:
            reading = hi * rng.uniform(1.02, 1.6)
        elif roll < 0.16 and lo > 0:
            reading = lo * rng.uniform(0.4, 0.95)
        else:
            reading = lo + (hi - lo) * rng.uniform(0.05, 0.95)
        reading = round(reading, 3 if hi < 2 else 1)
        tested = d(-rng.randint(0, 45))
        if tested.weekday() == 6:
            tested -= timedelta(days=2)
        out = reading > hi or reading < lo
        if (BUILT - tested).days < 4:
            qc = "Pending"
        elif out:
            qc = rng.choice(["Fail", "Fail", "Pending"])
        else:
            qc = rng.choices(["Pass", "Pending", None], [88, 6, 6])[0]
        rows.append([f"WQ-{1001 + i}", rng.choice(sites), analyte, reading, unit, lo, hi,
                     round(rng.uniform(11, 28.5), 1), round(rng.uniform(6.1, 8.9), 2), tested,
                     rng.choice(analysts), qc])
    # retests of four samples, appended after their originals
    for k in (12, 30, 51, 77):
        original = rows[k]
        retest = list(original)
        retest[0] = original[0] + "-R"
        retest[3] = round(original[6] * rng.uniform(0.5, 0.9), 3 if original[6] < 2 else 1)
        retest[9] = min(original[9] + timedelta(days=3), BUILT)
        retest[11] = "Pass"
        rows.insert(k + 1 + sum(1 for j in (12, 30, 51, 77) if j < k), retest)
    rows[20][0] = rows[19][0]            # duplicated sample IDs
    rows[66][0] = rows[65][0]
    rows[5][3] = str(rows[5][3])         # numbers stored as text
    rows[41][3] = str(rows[41][3])
    rows[58][3] = "1.9"
    rows[58][2], rows[58][4], rows[58][5], rows[58][6] = "Copper", "mg/L", 0, 1.3
    rows[9][3] = None                    # readings not entered
    rows[71][3] = None
    rows[88][3] = None
    rows[86][3], rows[86][11] = 0.41, "Fail"   # fluoride below its minimum
    rows[27][10] = "mb"                  # initials typed in lower case
    rows[63][10] = "jk"
    rows[82][8] = None                   # pH missing
    body(ws, 4, 1, rows, {3: "0.000", 5: "0.0", 6: "0.0", 7: "0.0", 8: "0.00", 9: "dd.mm.yyyy"})
    widths(ws, {"A": 11, "B": 13, "C": 10, "D": 9, "E": 6, "F": 6, "G": 6, "H": 10, "I": 6,
                "J": 11, "K": 8, "L": 8})
    return wb


# ----------------------------------------------------------------------------------------------
# 7. expenses.xlsx — sheets Oct and Nov; report block, header B6:J6, data B7:J76, total row 78
# ----------------------------------------------------------------------------------------------
def expense_rows(rng: random.Random, n: int, start: date, end: date) -> list[list]:
    staff = [("Hannah Lee", "Sales"), ("Omar Khan", "Sales"), ("Grace Hill", "Marketing"),
             ("Pedro Silva", "Engineering"), ("Ingrid Clark", "Finance"), ("Marcus Young", "Sales"),
             ("Keisha Adams", "Operations"), ("Felix Turner", "Engineering")]
    categories = {"Meals": (8, 95), "Travel": (40, 780), "Lodging": (110, 640), "Office Supplies": (5, 160),
                  "Mileage": (12, 140), "Software": (9, 450), "Entertainment": (30, 520)}
    descriptions = {"Meals": ["Lunch w/ client", "Team dinner", "Breakfast - conference", "Coffee meeting"],
                    "Travel": ["Uber to airport", "Taxi from hotel", "Flight DAL-ORD", "Train ticket",
                               "Uber to client site", "Parking at airport"],
                    "Lodging": ["Hotel 2 nights", "Hotel - trade show", "Airbnb 3 nights"],
                    "Office Supplies": ["Printer toner", "Notebooks & pens", "USB-C hub", "Desk lamp"],
                    "Mileage": ["Mileage - client visits", "Mileage - warehouse run"],
                    "Software": ["Zoom Pro monthly", "Adobe license", "Figma seat"],
                    "Entertainment": ["Client event tickets", "Holiday party deposit", "Golf outing"]}
    approvers = ["R. Torres", "S. Patel", "A. Khan", None]
    rows = []
    span = (end - start).days
    for _ in range(n):
        who, dept = rng.choice(staff)
        cat = rng.choice(list(categories))
        lo, hi = categories[cat]
        day = start + timedelta(days=rng.randint(0, span))
        amount = round(rng.uniform(lo, hi), 2)
        receipt = rng.choices(["Yes", "No", "yes", "NO", None], [70, 14, 6, 3, 3])[0]
        approver = rng.choices(approvers, [30, 30, 25, 15])[0]
        paid = None
        if approver and (BUILT - day).days > 14 and rng.random() < 0.7:
            paid = min(day + timedelta(days=rng.randint(10, 25)), BUILT)
        rows.append([day, who, dept, cat, rng.choice(descriptions[cat]), amount, receipt, approver, paid])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def expenses() -> Workbook:
    rng = random.Random(7707)
    wb = Workbook()
    heads = ["Date", "Employee", "Dept", "Category", "Description", "Amount", "Receipt?",
             "Approved By", "Reimbursed"]
    fmts = {0: "mmm d, yyyy", 5: '"$"#,##0.00', 8: "mmm d, yyyy"}
    for title, start, end, n in [("Oct", date(2026, 9, 22), date(2026, 10, 24), 40),
                                 ("Nov", date(2026, 10, 19), date(2026, 11, 28), 70)]:
        ws = wb.active if title == "Oct" else wb.create_sheet(title)
        ws.title = title
        ws["B2"] = "EXPENSE REPORT"
        ws["B2"].font = TITLE_FONT
        ws["B3"] = "Company: Northwind Traders"
        ws["B4"] = f"Period: {'October' if title == 'Oct' else 'November'} 2026"
        header(ws, 6, 2, heads)
        rows = expense_rows(rng, n, start, end)
        if title == "Nov":
            rows[14][5] = "45.00"                 # amounts pasted as text
            rows[38][5] = "612.40"
            rows[55][5] = "18.5"
            rows[38][3], rows[38][4] = "Travel", "Flight DAL-ORD"
            dup = list(rows[20])                  # the same claim entered twice
            dup[4] = "Team dinner (resubmitted)" if dup[3] == "Meals" else dup[4]
            dup[6] = "No"
            rows.insert(21, dup)
            dup = list(rows[49])
            rows.insert(52, dup)
            rows = rows[:70]
            rows[8][7] = None
            rows[60][6] = None
        body(ws, 7, 2, rows, fmts)
        last = 6 + len(rows)
        ws.cell(last + 2, 2, "Total").font = HEAD_FONT
        total = round(sum(float(r[5]) for r in rows), 2)
        ws.cell(last + 2, 7, total).number_format = '"$"#,##0.00'
        ws.cell(last + 2, 7).font = HEAD_FONT
        widths(ws, {"A": 3, "B": 13, "C": 14, "D": 12, "E": 15, "F": 26, "G": 10, "H": 9,
                    "I": 12, "J": 13})
    return wb


# ----------------------------------------------------------------------------------------------
# 8. kpi.xlsx — KPI table B4:Q18 (text month headers), then title row 20, header B21:O21
#    (real first-of-month dates), data B22:O29
# ----------------------------------------------------------------------------------------------
def kpi() -> Workbook:
    rng = random.Random(8808)
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs 2026"
    ws["B1"] = "Operations KPI Dashboard - FY2026"
    ws["B1"].font = TITLE_FONT
    ws["B2"] = "Figures through November; December pending"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    header(ws, 4, 2, ["Metric", "Unit", "Target", *months, "YTD Avg"])
    metrics = [("Revenue", "$k", 850, 0.12, "#,##0"), ("New Customers", "#", 120, 0.18, "0"),
               ("Orders Shipped", "#", 4000, 0.1, "#,##0"), ("On-time Delivery", "%", 0.95, 0.035, "0.0%"),
               ("Customer Sat", "1-5", 4.2, 0.06, "0.0"), ("Website Visits", "k", 60, 0.2, "0.0"),
               ("Conversion Rate", "%", 0.03, 0.2, "0.00%"), ("NPS", "score", 40, 0.2, "0"),
               ("Tickets Closed", "#", 900, 0.12, "#,##0"), ("First Contact Res.", "%", 0.75, 0.07, "0.0%"),
               ("Headcount", "FTE", 210, 0.03, "0"), ("Gross Margin", "%", 0.38, 0.06, "0.0%"),
               ("Churn", "%", 0.02, 0.25, "0.00%"), ("Return Rate", "%", 0.045, 0.2, "0.00%")]
    for i, (name, unit, target, spread, fmt) in enumerate(metrics):
        r = 5 + i
        ws.cell(r, 2, name)
        ws.cell(r, 3, unit)
        ws.cell(r, 4, target).number_format = fmt
        level = target * rng.uniform(0.9, 1.05)
        values = []
        for m in range(11):
            level = level * (1 + rng.gauss(0.004, spread / 3))
            v = level
            if fmt in ("0", "#,##0"):
                v = round(v)
            elif fmt == "0.0":
                v = round(v, 1)
            else:
                v = round(v, 4)
            values.append(v)
            ws.cell(r, 5 + m, v).number_format = fmt
        ws.cell(r, 17, round(sum(values) / len(values), 4 if "%" in fmt else 1)).number_format = fmt
    ws.cell(10, 9).value = None          # Website Visits, May: not collected
    ws.cell(12, 14).value = "n/a"        # NPS, Oct: survey skipped
    ws.cell(16, 11).value = "TBD"        # Gross Margin, Jul
    ws.cell(15, 8).value = None          # Headcount, Apr
    ws["B20"] = "Regional Revenue ($k)"
    ws["B20"].font = Font(bold=True, size=12)
    header(ws, 21, 2, ["Region"])
    for m in range(12):
        cell = ws.cell(21, 3 + m, date(2026, m + 1, 1))
        cell.number_format = "mmm-yy"
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
    header(ws, 21, 15, ["Total"])
    regions = ["North", "South", "East", "West", "Central", "Mountain", "Pacific", "Online"]
    for i, region in enumerate(regions):
        r = 22 + i
        ws.cell(r, 2, region)
        level = rng.uniform(60, 180)
        total = 0
        for m in range(11):
            level *= 1 + rng.gauss(0.01, 0.08)
            v = round(level, 1)
            total += v
            ws.cell(r, 3 + m, v).number_format = "#,##0.0"
        ws.cell(r, 15, round(total, 1)).number_format = "#,##0.0"
    widths(ws, {"A": 3, "B": 20, "C": 7, "D": 9, **{get_column_letter(c): 9 for c in range(5, 18)}})
    ws.freeze_panes = "E5"
    return wb


# ----------------------------------------------------------------------------------------------
# 9. attendance.xlsx — title + codes note + blank, header A4:AH4 (dates Nov 1-30), data A5:AH36
# ----------------------------------------------------------------------------------------------
def attendance() -> Workbook:
    rng = random.Random(9909)
    wb = Workbook()
    ws = wb.active
    ws.title = "November"
    ws["A1"] = "Grade 7B - Attendance Register, November 2026"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = "Codes: P = present, A = absent, L = late, E = excused"
    header(ws, 4, 1, ["Student", "ID", "Status"])
    days = [date(2026, 11, k) for k in range(1, 31)]
    for k, day in enumerate(days):
        cell = ws.cell(4, 4 + k, day)
        cell.number_format = "ddd d"
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        ws.column_dimensions[get_column_letter(4 + k)].width = 6
    header(ws, 4, 34, ["Days Abs"])
    people = names(rng, 32)
    for i, (first, last) in enumerate(people):
        r = 5 + i
        status = "Active"
        stop = None
        if i in (6, 21):
            status, stop = "Withdrawn", rng.randint(9, 20)
        if i == 27:
            status = "New"
        ws.cell(r, 1, f"{last}, {first}")
        ws.cell(r, 2, f"S7B{i + 1:02d}")
        ws.cell(r, 3, status)
        p_abs = 0.02 + 0.12 * (i % 5 == 0)
        absent = 0
        for k, day in enumerate(days):
            if day.weekday() >= 5 or (stop and day.day >= stop) or (status == "New" and day.day < 9):
                continue
            roll = rng.random()
            code = "A" if roll < p_abs else "L" if roll < p_abs + 0.04 else "E" if roll < p_abs + 0.055 else "P"
            if rng.random() < 0.012:
                code = None                               # roll not taken
            if code == "A":
                absent += 1
            if code:
                ws.cell(r, 4 + k, code)
        ws.cell(r, 34, absent)
    ws.cell(9, 12).value = "X"          # stray codes
    ws.cell(17, 20).value = "AB"
    ws.cell(30, 8).value = "p"          # lower case present
    ws.cell(12, 33).value = None        # today's roll not yet taken for two students
    ws.cell(25, 33).value = None
    ws.cell(20, 2).value = "S7B14"      # duplicated ID (typo)
    widths(ws, {"A": 20, "B": 7, "C": 10, "AH": 9})
    ws.freeze_panes = "D5"
    return wb


# ----------------------------------------------------------------------------------------------
# 10. portfolio.xlsx — account block, header B6:L6, data B7:L46; watchlist N6:P16 side by side
# ----------------------------------------------------------------------------------------------
STOCKS = [("AAPL", "Apple Inc.", "Technology", 229.0), ("MSFT", "Microsoft", "Technology", 418.0),
          ("NVDA", "NVIDIA", "Technology", 141.0), ("GOOGL", "Alphabet A", "Communication", 171.0),
          ("AMZN", "Amazon.com", "Consumer Disc.", 198.0), ("META", "Meta Platforms", "Communication", 566.0),
          ("JNJ", "Johnson & Johnson", "Healthcare", 155.0), ("PFE", "Pfizer", "Healthcare", 25.6),
          ("XOM", "Exxon Mobil", "Energy", 118.0), ("CVX", "Chevron", "Energy", 158.0),
          ("JPM", "JPMorgan Chase", "Financials", 247.0), ("BAC", "Bank of America", "Financials", 46.4),
          ("KO", "Coca-Cola", "Consumer Staples", 63.9), ("PG", "Procter & Gamble", "Consumer Staples", 178.0),
          ("DIS", "Walt Disney", "Communication", 115.0), ("INTC", "Intel", "Technology", 24.1),
          ("AMD", "Advanced Micro Devices", "Technology", 137.0), ("T", "AT&T", "Communication", 23.1),
          ("VOD.L", "Vodafone Group", "Communication", 0.71), ("BP.L", "BP plc", "Energy", 3.86),
          ("HSBA.L", "HSBC Holdings", "Financials", 7.32), ("ULVR.L", "Unilever", "Consumer Staples", 45.1),
          ("RY.TO", "Royal Bank of Canada", "Financials", 176.0), ("SHOP.TO", "Shopify", "Technology", 151.0),
          ("NEE", "NextEra Energy", "Utilities", 78.4), ("DUK", "Duke Energy", "Utilities", 114.0),
          ("O", "Realty Income", "Real Estate", 57.8), ("PLD", "Prologis", "Real Estate", 116.0),
          ("CAT", "Caterpillar", "Industrials", 395.0), ("BA", "Boeing", "Industrials", 154.0),
          ("NKE", "Nike", "Consumer Disc.", 77.2), ("SBUX", "Starbucks", "Consumer Disc.", 101.0),
          ("CRM", "Salesforce", "Technology", 331.0), ("ORCL", "Oracle", "Technology", 191.0),
          ("VZ", "Verizon", "Communication", 44.2), ("MRK", "Merck", "Healthcare", 99.5)]


def portfolio() -> Workbook:
    rng = random.Random(1010)
    wb = Workbook()
    ws = wb.active
    ws.title = "Holdings"
    ws["B2"] = "Brokerage account ****4471"
    ws["B2"].font = TITLE_FONT
    ws["B3"] = "As of"
    ws["C3"] = BUILT
    ws["C3"].number_format = "m/d/yyyy"
    ws["B4"] = "Cash"
    ws["C4"] = 12480.55
    ws["C4"].number_format = '"$"#,##0.00'
    header(ws, 6, 2, ["Ticker", "Company", "Sector", "Shares", "Buy Price", "Curr Price", "Chg %",
                      "Mkt Value", "Buy Date", "Div Yield", "Notes"])
    picks = rng.sample(STOCKS, 36) + [STOCKS[0], STOCKS[2], STOCKS[6], STOCKS[19]]  # 4 second lots
    rows = []
    for ticker, company, sector, price in picks:
        bought = d(-rng.randint(20, 2400))
        while bought.weekday() >= 5:     # markets are closed at weekends
            bought -= timedelta(days=1)
        buy = round(price / rng.uniform(0.6, 1.45), 2)
        shares = rng.choice([5, 10, 12, 15, 20, 25, 40, 50, 75, 100, 150, 200])
        if ticker.endswith(".L"):
            shares *= 20
        chg = round(price / buy - 1, 4)
        yld = round(rng.uniform(0.004, 0.065), 4) if sector not in ("Technology",) or rng.random() < 0.4 else None
        note = rng.choice([None, None, None, "DRIP on", "sell if < stop", "gift from dad", "ESPP lot"])
        rows.append([ticker, company, sector, shares, buy, price, chg, round(shares * price, 2),
                     bought, yld, note])
    rows.sort(key=lambda r: r[0])
    rows[13][2] = None                    # sector missing
    rows[27][2] = None
    body(ws, 7, 2, rows, {3: "#,##0", 4: '"$"#,##0.00', 5: '"$"#,##0.00', 6: "0.0%",
                          7: '"$"#,##0.00', 8: "m/d/yyyy", 9: "0.00%"})
    header(ws, 6, 14, ["Watchlist", "Target Px", "Why"])
    held = sorted({r[0] for r in rows})
    watch = [held[3], "TSLA", held[10], "COST", held[17], "ADBE", held[25], "UBER", "NFLX", held[31]]
    for i, t in enumerate(watch):
        ws.cell(7 + i, 14, t)
        ws.cell(7 + i, 15, round(rng.uniform(20, 400), 0)).number_format = '"$"#,##0'
        ws.cell(7 + i, 16, rng.choice(["add on dip", "earnings", "trim?", "research"]))
    widths(ws, {"A": 3, "B": 9, "C": 22, "D": 16, "E": 8, "F": 10, "G": 10, "H": 8, "I": 12,
                "J": 10, "K": 9, "L": 16, "M": 3, "N": 10, "O": 9, "P": 11})
    ws.freeze_panes = "C7"
    return wb


BUILDERS = {"clinic.xlsx": clinic, "hr_roster.xlsx": hr_roster, "shipping.xlsx": shipping,
            "library.xlsx": library, "league.xlsx": league, "lab.xlsx": lab,
            "expenses.xlsx": expenses, "kpi.xlsx": kpi, "attendance.xlsx": attendance,
            "portfolio.xlsx": portfolio}


def main() -> None:
    for name, build in BUILDERS.items():
        wb = build()
        wb.properties.creator = "part-b builder"
        wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 11, 30, 9, 0)
        wb.save(HERE / name)
        print("wrote", name, [(ws.title, ws.dimensions) for ws in wb.worksheets])


if __name__ == "__main__":
    main()
