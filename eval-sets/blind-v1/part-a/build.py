"""Build the ten part-A workbooks of the blind-v1 conditional-formatting benchmark.

Deterministic: every random choice comes from random.Random(<fixed seed>) and every date is a
literal or is computed from BUILT. Run:  python build.py   (writes *.xlsx next to this file)
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

BUILT = date(2026, 11, 30)  # "today" for every date-relative request
HERE = Path(__file__).resolve().parent

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SUB = Font(italic=True, color="FF595959")
HEAD_FILL = PatternFill("solid", fgColor="FFD9E1F2")

USD = '"$"#,##0.00'
USD0 = '"$"#,##0'
PCT = "0%"
PCT1 = "0.0%"


def days(n: int) -> date:
    return BUILT + timedelta(days=n)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(horizontal="center", wrap_text=True)


def put(ws, row: int, col: int, values: list, formats: dict[int, str] | None = None) -> None:
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if formats and i in formats and not isinstance(v, str):
            c.number_format = formats[i]


def widths(ws, spec: dict[str, float]) -> None:
    for letter, w in spec.items():
        ws.column_dimensions[letter].width = w


def nudge(d: date, bad: set[date]) -> date:
    """Move a generated date off the boundaries that date-relative requests test."""
    while d in bad:
        d += timedelta(days=1)
    return d


def text_date(d: date) -> str:
    """A date typed as text, day first. Only days 13-31 are used so that no locale can read it
    as a valid month-first date (Excel en-US and LibreOffice then agree it is not a date)."""
    if d.day <= 12:
        d = d.replace(day=d.day + 14)
    return d.strftime("%d/%m/%Y")


# ------------------------------------------------------------------------------------------
def project_tracker() -> Workbook:
    rng = random.Random(101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["B1"] = "Website Relaunch — Project Tracker"
    ws["B1"].font = TITLE
    cols = ["ID", "Task", "Owner", "Status", "Priority", "Start", "due_date", "% Done",
            "Est. Hrs", "Act. Hrs"]
    header(ws, 3, 2, cols)
    tasks = [
        "Kick-off meeting", "Stakeholder interviews", "Content audit", "Sitemap draft",
        "Wireframes - home page", "Wireframes - product pages", "Design system tokens",
        "Visual design - home", "Visual design - checkout", "Copywriting - landing pages",
        "API spec for product feed", "Set up staging server", "CMS migration plan",
        "Build header & nav", "Build product templates", "Search API integration",
        "Payment gateway API", "Accessibility review", "SEO redirects map",
        "Analytics tagging", "QA test plan", "QA - regression pass", "Load testing",
        "Cookie banner", "Legal review of T&Cs", "Image optimisation", "Blog migration",
        "Newsletter signup API", "Translate FR pages", "Translate DE pages",
        "User acceptance testing", "Training for editors", "Launch checklist",
        "DNS cutover plan", "Post-launch monitoring", "Fix 404s from QA",
        "Performance budget", "Style guide PDF", "Customer survey", "Retro meeting",
    ]
    owners = ["Priya", "Marcus", "Lena", "Tom", "Aisha", "Diego"]
    statuses = (["Done"] * 12 + ["In Progress"] * 12 + ["Not Started"] * 9 + ["Blocked"] * 4
                + ["On Hold"] * 3)
    rng.shuffle(statuses)
    bad = {days(14), days(7), days(-7), days(30), days(-14)}
    for i, task in enumerate(tasks):
        r = 4 + i
        status = statuses[i]
        tid = f"T-{i + 1:03d}"
        if i == 32:
            tid = "T-019"  # duplicate ID, typed by hand
        owner = None if i in (6, 17, 29) else owners[rng.randrange(len(owners))]
        prio = rng.choice(["High", "Med", "Med", "Low"])
        if status == "Done":
            due = nudge(days(rng.randint(-60, -2)), bad)
        elif status == "Not Started":
            due = nudge(days(rng.randint(-10, 60)), bad)
        else:
            due = nudge(days(rng.randint(-25, 40)), bad)
        if i in (9, 25):
            due = BUILT  # due today
        start = due - timedelta(days=rng.randint(5, 30))
        if status != "Not Started" and start > BUILT:
            start = BUILT - timedelta(days=3)  # work has begun, so the start is not in the future
        if i in (14, 36):
            due = None  # no due date yet
        est = rng.choice([4, 6, 8, 10, 12, 16, 20, 24, 30, 40, 48, 60])
        if status == "Done":
            pct = 1.0
            act = round(est * rng.uniform(0.6, 1.6))
        elif status == "Not Started":
            pct, act = 0.0, None
        elif status == "In Progress":
            pct = rng.choice([0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9])
            act = round(est * pct * rng.uniform(0.7, 1.8))
        elif status == "Blocked":
            pct = rng.choice([0.2, 0.3, 0.5])
            act = round(est * pct * rng.uniform(0.8, 1.5))
        else:
            pct = rng.choice([0.0, 0.15, 0.4])
            act = round(est * pct) or None
        put(ws, r, 2, [tid, task, owner, status, prio, start, due, pct, est, act],
            {5: "d mmm yyyy", 6: "d mmm yyyy", 7: PCT})
    widths(ws, {"A": 3, "B": 8, "C": 30, "D": 10, "E": 13, "F": 9, "G": 12, "H": 12,
                "I": 9, "J": 9, "K": 9})
    ws.freeze_panes = "B4"

    team = wb.create_sheet("Team")
    header(team, 2, 2, ["Name", "Role", "Email", "Capacity (hrs/wk)"])
    people = [("Priya", "PM", 20), ("Marcus", "Developer", 40), ("Lena", "Designer", 32),
              ("Tom", "Developer", 40), ("Aisha", "QA", 24), ("Diego", "Content", 16),
              ("Ken", "Analyst", 12), ("Rosa", "Designer", 36)]
    for i, (n, role, cap) in enumerate(people):
        put(team, 3 + i, 2, [n, role, f"{n.lower()}@relaunch.example.com", cap])
    return wb


# ------------------------------------------------------------------------------------------
def budget() -> Workbook:
    rng = random.Random(202)
    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    ws["B1"] = "Household Budget 2026"
    ws["B1"].font = TITLE
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec"]
    cats = [("Rent", 1850), ("Groceries", 650), ("Utilities", 220), ("Internet & Phone", 120),
            ("Transport", 300), ("Insurance", 180), ("Eating Out", 250),
            ("Entertainment", 120), ("Clothing", 100), ("Health", 80), ("Gifts", 50),
            ("Savings", 500)]
    ws["B3"] = "Budget"
    ws["B3"].font = BOLD
    header(ws, 4, 2, ["Category", *months, "Total"])
    ws["B18"] = "Actual"
    ws["B18"].font = BOLD
    header(ws, 19, 2, ["Category", *months, "Total"])
    blanks = {("Gifts", 2), ("Clothing", 6), ("Health", 4), ("Gifts", 7)}
    for k, (cat, base) in enumerate(cats):
        plan = []
        for m in range(12):
            v = base
            if cat == "Utilities" and m in (0, 1, 10, 11):
                v = 320
            if cat == "Gifts" and m == 11:
                v = 400
            plan.append(v)
        put(ws, 5 + k, 2, [cat, *plan, sum(plan)], {i: USD0 for i in range(1, 14)})
        act = []
        for m in range(11):  # Jan..Nov; December is still to come
            if (cat, m) in blanks:
                act.append(None)
            elif cat in ("Rent", "Savings", "Insurance"):
                act.append(float(plan[m]) if not (cat == "Savings" and m in (3, 8)) else 0.0)
            else:
                act.append(round(plan[m] * rng.uniform(0.7, 1.35), 2))
        if cat == "Groceries":
            act[5] = 1004.37  # the month we hosted family
        put(ws, 20 + k, 2, [cat, *act, None, round(sum(a or 0 for a in act), 2)],
            {i: USD for i in range(1, 14)})
    widths(ws, {"A": 3, "B": 18, **{chr(ord("C") + i): 10 for i in range(13)}})

    d = wb.create_sheet("Dept Q4")
    d["A1"] = "Marketing — Q4 2026 Budget vs Actual"
    d["A1"].font = TITLE
    header(d, 3, 1, ["Line Item", "Cost Ctr", "Budget", "Act. Spend", "Variance", "Var %",
                     "Owner"])
    lines = [
        ("Paid search", "MK-110", 45000), ("Paid social", "MK-110", 30000),
        ("Display ads", "MK-110", 12000), ("SEO agency retainer", "MK-120", 9000),
        ("Content production", "MK-120", 15000), ("Video shoot", "MK-120", 22000),
        ("Travel - Conferences", "MK-130", 14000), ("Travel - Client visits", "MK-130", 8000),
        ("Trade show booth", "MK-130", 25000), ("Event catering", "MK-130", 6000),
        ("Software - CRM", "MK-140", 7200), ("Software - Email platform", "MK-140", 3600),
        ("Software - Analytics", "MK-140", 4800), ("Print collateral", "MK-150", 3000),
        ("Swag & merch", "MK-150", 5000), ("PR agency", "MK-160", 18000),
        ("Influencer program", "MK-160", 10000), ("Market research", "MK-170", 12000),
        ("Freelance design", "MK-120", 7500), ("Travel - Team offsite", "MK-130", 9500),
        ("Webinar platform", "MK-140", 2400), ("Contingency", "MK-199", 5000),
    ]
    owners = ["Sam", "Ravi", "Julia", "Ken"]
    ratios = [1.12, 0.94, 0.71, 1.0, 1.25, 0.98, 1.31, 0.62, 1.04, 1.18, 1.0, 0.92, 1.09,
              0.55, 1.46, 0.97, 0.88, 1.02, 1.15, 0.4, 0.93, 0.0]
    for i, (item, cc, b) in enumerate(lines):
        act = round(b * ratios[i], 2)
        var = round(b - act, 2)
        put(d, 4 + i, 1, [item, cc, b, act, var, round(var / b, 4), owners[i % 4]],
            {2: USD0, 3: USD, 4: '"$"#,##0.00;[Red]-"$"#,##0.00', 5: PCT1})
    widths(d, {"A": 26, "B": 9, "C": 11, "D": 12, "E": 12, "F": 8, "G": 8})
    return wb


# ------------------------------------------------------------------------------------------
FIRST = ["Ava", "Ben", "Chloe", "Daniel", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack",
         "Kira", "Liam", "Maya", "Noah", "Olivia", "Priya", "Quinn", "Ruby", "Sam", "Tara",
         "Umar", "Vera", "Will", "Xander", "Yara", "Zoe", "Mateo", "Nina", "Omar", "Lucia",
         "Marcus", "Hannah", "Ethan", "Sofia", "Leo", "Amara", "Jonah", "Mia", "Kai", "Elena"]
LAST = ["Anderson", "Brooks", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hughes",
        "Ibrahim", "Johnson", "Kowalski", "Lopez", "Morgan", "Nguyen", "O'Brien", "Patel",
        "Quinn", "Robinson", "Smith", "Thompson", "Ueda", "Varga", "Williamson", "Xu",
        "Young", "Zimmerman", "Harrison", "Martin-Lee", "Okafor", "Rossi"]


def grade_rows(rng: random.Random, n: int, id_base: int) -> list[list]:
    rows = []
    used = set()
    for i in range(n):
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in used:
                used.add(name)
                break
        skill = rng.uniform(0.5, 0.97)
        quizzes = [round(min(1.0, max(0.3, skill + rng.uniform(-0.2, 0.12))), 2) for _ in range(4)]
        hw = round(min(1.0, max(0.4, skill + rng.uniform(-0.1, 0.1))), 2)
        mid = round(min(100, max(35, skill * 100 + rng.uniform(-15, 10))))
        fin = round(min(100, max(30, skill * 100 + rng.uniform(-18, 15))))
        rows.append([name, id_base + i, quizzes, hw, mid, fin])
    return rows


def finish_grades(ws, top: int, col: int, rows: list[list]) -> None:
    for i, (name, sid, quizzes, hw, mid, fin) in enumerate(rows):
        qs = [q for q in quizzes if q is not None]
        overall = round(0.2 * (sum(qs) / 4) + 0.2 * hw + 0.25 * mid / 100 + 0.35 * fin / 100, 3)
        letter = ("A" if overall >= 0.9 else "B" if overall >= 0.8 else "C" if overall >= 0.7
                  else "D" if overall >= 0.6 else "F")
        put(ws, top + i, col, [name, sid, *quizzes, hw, mid, fin, overall, letter],
            {2: PCT, 3: PCT, 4: PCT, 5: PCT, 6: PCT, 9: PCT1})


def gradebook() -> Workbook:
    rng = random.Random(303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Period 3"
    ws["B1"] = "Algebra II – Period 3"
    ws["B1"].font = TITLE
    ws["B2"] = "Teacher: Ms. Ortega   |   Fall 2026   |   Quizzes & HW in %, exams out of 100"
    ws["B2"].font = SUB
    header(ws, 4, 2, ["Student", "Student ID", "Quiz 1", "Quiz 2", "Quiz 3", "Quiz 4",
                      "HW avg", "Midterm", "Final", "Overall %", "Grade"])
    rows = grade_rows(rng, 30, 26030101)
    rows[3][2][1] = None           # missed quizzes
    rows[11][2][3] = None
    rows[17][2][0] = None
    rows[17][2][2] = None
    rows[24][2][3] = None
    rows[8][1] = str(rows[8][1])   # IDs pasted as text
    rows[20][1] = str(rows[20][1])
    rows[27][1] = rows[13][1]      # duplicate ID (typo)
    rows[5][4], rows[5][5] = 58, 81  # big improvement
    rows[22][4], rows[22][5] = 92, 61  # big drop
    rows[15][2] = [0.42, 0.55, 0.38, 0.5]
    rows[15][4], rows[15][5] = 48, 44
    finish_grades(ws, 5, 2, rows)
    widths(ws, {"A": 3, "B": 20, "C": 11, **{c: 8 for c in "DEFGHIJ"}, "K": 10, "L": 7})

    p5 = wb.create_sheet("Period 5")
    p5["A1"] = "Algebra II – Period 5"
    p5["A1"].font = TITLE
    header(p5, 2, 1, ["Student", "Student ID", "Quiz 1", "Quiz 2", "Quiz 3", "Quiz 4",
                      "HW avg", "Midterm", "Final", "Overall %", "Grade"])
    rows5 = grade_rows(random.Random(305), 22, 26050101)
    rows5[6][2][2] = None
    rows5[14][2][0] = None
    finish_grades(p5, 3, 1, rows5)
    widths(p5, {"A": 20, "B": 11})
    return wb


# ------------------------------------------------------------------------------------------
def sales_pipeline() -> Workbook:
    rng = random.Random(404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pipeline"
    ws["A1"] = "Exported from CRM 30-Nov-2026 — FY27 pipeline (open & closed)"
    ws["A1"].font = SUB
    header(ws, 2, 1, ["Deal ID", "Account", "Owner", "Stage", "Amount", "Prob.", "Weighted",
                      "Created", "Close Date", "Next Step", "Region"])
    accounts = ["Acme Corp", "Globex Inc", "Initech", "Umbrella Health", "Stark Industries",
                "Wayne Enterprises", "Hooli", "Vandelay Imports", "Soylent Foods",
                "Cyberdyne Systems", "Wonka Industries", "Tyrell Corp", "Pied Piper Inc",
                "Massive Dynamic", "Oscorp", "Gringotts Bank", "Monarch Solutions",
                "Blue Sun Corp", "Nakatomi Trading", "Sterling Cooper", "Dunder Mifflin",
                "Prestige Worldwide", "Bluth Company", "Aperture Labs", "Black Mesa Inc",
                "Octan Energy", "Virtucon", "Zorin Industries", "Krusty Krab", "Los Pollos",
                "Gekko & Co", "Duff Brewing", "Kramerica", "Ollivanders", "Stratton Oakmont"]
    reps = ["Alvarez", "Bennett", "Cho", "Dimitrov", "Eze"]
    prob = {"Prospecting": 0.1, "Qualification": 0.2, "Proposal": 0.4, "Negotiation": 0.7,
            "Closed Won": 1.0, "Closed Lost": 0.0}
    stages = (["Prospecting"] * 12 + ["Qualification"] * 13 + ["Proposal"] * 14
              + ["Negotiation"] * 10 + ["Closed Won"] * 13 + ["Closed Lost"] * 8)
    rng.shuffle(stages)
    steps = ["Send proposal", "Demo w/ IT", "Follow up call", "Pricing review",
             "Legal redlines", "Intro meeting", "Security questionnaire", "Exec sponsor mtg"]
    bad = {days(0), days(30), days(-90), BUILT.replace(day=1), date(2026, 12, 1),
           date(2026, 10, 31)}
    for i, stage in enumerate(stages):
        r = 3 + i
        did = f"D-{1001 + i}" + ("-R" if i % 9 == 4 else "")
        acct = accounts[rng.randrange(len(accounts))] if i > 4 else accounts[i]
        amt = rng.choice([8, 12, 15, 18, 24, 30, 36, 45, 52, 60, 75, 90, 120, 150, 240]) * 1000
        amt += rng.choice([0, 0, 500, 2500])
        created = nudge(days(-rng.randint(20, 420)), bad)
        if stage.startswith("Closed"):
            close = nudge(created + timedelta(days=rng.randint(20, 200)), bad)
            if close > BUILT:
                close = nudge(days(-rng.randint(3, 40)), bad)
            step = None
        else:
            close = nudge(days(rng.randint(-35, 120)), bad)
            step = None if i % 7 == 3 else rng.choice(steps)
        close_v: object = close
        if i in (17, 41, 58):  # typed as text by a rep
            close_v = text_date(close)
        put(ws, r, 1, [did, acct, reps[rng.randrange(5)], stage, amt, prob[stage],
                       round(amt * prob[stage], 2), created, close_v, step,
                       rng.choice(["EMEA", "NA", "NA", "APAC", "LATAM"])],
            {4: USD0, 5: PCT, 6: USD0, 7: "m/d/yyyy", 8: "m/d/yyyy"})
    widths(ws, {"A": 10, "B": 20, "C": 10, "D": 13, "E": 11, "F": 7, "G": 11, "H": 11,
                "I": 11, "J": 22, "K": 7})

    t = wb.create_sheet("Targets")
    header(t, 2, 2, ["Rep", "Q4 Target", "Booked", "Attain."])
    for i, (rep, target, booked) in enumerate([("Alvarez", 400000, 412500), ("Bennett", 350000, 298000),
                                               ("Cho", 300000, 276000), ("Dimitrov", 450000, 510000),
                                               ("Eze", 250000, 180500), ("Ford (new)", 100000, 0),
                                               ("Garcia", 300000, 301200), ("Hale", 200000, 96000)]):
        put(t, 3 + i, 2, [rep, target, booked, round(booked / target, 3)],
            {1: USD0, 2: USD0, 3: PCT1})
    return wb


# ------------------------------------------------------------------------------------------
def inventory() -> Workbook:
    rng = random.Random(505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["B1"] = "Warehouse Stock — Nov 2026"
    ws["B1"].font = TITLE
    header(ws, 3, 2, ["SKU", "Item", "Category", "Qty (pcs)", "whse qty ", "Reorder Lvl",
                      "Unit Cost", "Supplier"])
    items = [
        ("EL", "Electrical", ["LED bulb 9W", "LED bulb 14W", "Extension lead 4-way",
                              "Cable ties 200mm", "Junction box", "Light switch (white)",
                              "Socket outlet double", "Fuse 13A (10pk)", "Wire 2.5mm (50m)",
                              "Battery AA (8pk)", "Battery 9V"]),
        ("PL", "Plumbing", ["PTFE tape", "Compression elbow 15mm", "Isolation valve",
                            "Sink trap", "Flexible tap connector", "Pipe clips 22mm",
                            "Silicone sealant clear", "Plunger", "Washer assortment"]),
        ("CL", "Cleaning", ["Bleach 5L", "Microfibre cloths (10)", "Floor cleaner",
                            "Bin liners 90L", "Hand soap refill", "Paper towels (12)",
                            "Glass cleaner", "Mop head", "Disinfectant spray",
                            "Nitrile gloves M", "Nitrile gloves L"]),
        ("HW", "Hardware", ["Wood screws 4x40", "Wall plugs red", "Hinge 75mm",
                            "Padlock 40mm", "Cable hooks", "Door stop", "Sandpaper 120g",
                            "Masking tape", "Hex key set", "Spirit level", "Tape measure 5m",
                            "Utility knife blades"]),
        ("SF", "Safety", ["Safety glasses", "Ear defenders", "Hi-vis vest", "Dust masks FFP2",
                          "First aid kit", "Fire blanket", "Hard hat", "Safety boots 9",
                          "Safety boots 10", "Warning tape", "Gloves cut-resistant",
                          "Eye wash bottle"]),
    ]
    suppliers = ["ToolPoint", "Brightway Elec.", "AquaFix Supplies", "CleanCo", "SafeGuard Ltd"]
    rows = []
    for prefix, cat, names in items:
        for j, name in enumerate(names):
            sku = f"{prefix}-{100 + j * 7 + rng.randint(0, 5)}"
            shelf = rng.choice([0, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60])
            whse = rng.choice([0, 5, 8, 10, 12, 20, 24, 30, 40, 50, 80, 100, 150])
            reorder = rng.choice([5, 10, 10, 15, 20, 25, 30])
            cost = round(rng.uniform(0.8, 65), 2)
            rows.append([sku, name, cat, shelf, whse, reorder, cost,
                         suppliers[rng.randrange(len(suppliers))]])
    rows[7][0] = rows[3][0]          # duplicate SKU
    rows[30][0] = rows[3][0]         # ... and a third time
    rows[12][4] = "35"               # Whse Qty pasted as text
    rows[26][4] = "60"
    rows[41][4] = "18"
    rows[5][6] = None                # no unit cost yet
    rows[48][6] = None
    rows[9][7] = None                # no supplier
    rows[22][7] = None
    rows[37][7] = None
    rows[44][3], rows[44][4], rows[44][5] = 2, 3, 20
    for i, row in enumerate(rows):
        put(ws, 4 + i, 2, row, {6: USD})
    last = 3 + len(rows)

    header(ws, 3, 11, ["Discont. SKU", "Discontinued On"])
    disc = [(rows[2][0], date(2024, 3, 15)), (rows[14][0], date(2025, 6, 2)),
            ("HW-999", date(2023, 11, 20)), (rows[27][0], date(2026, 9, 1)),
            (rows[40][0], date(2025, 12, 31)), ("EL-077", date(2025, 2, 14)),
            (rows[51][0], date(2026, 11, 9)), ("CL-050", date(2024, 8, 8)),
            (rows[33][0], date(2025, 11, 29))]
    for i, (sku, when) in enumerate(disc):
        put(ws, 4 + i, 11, [sku, when], {1: "dd/mm/yyyy"})
    widths(ws, {"A": 3, "B": 9, "C": 24, "D": 11, "E": 9, "F": 9, "G": 10, "H": 10,
                "I": 16, "J": 4, "K": 13, "L": 15})
    assert last == 58, last

    s = wb.create_sheet("Suppliers")
    header(s, 1, 1, ["Supplier", "Contact", "Lead time (days)"])
    for i, (n, c, lt) in enumerate([("ToolPoint", "orders@toolpoint.example", 3),
                                    ("Brightway Elec.", "sales@brightway.example", 7),
                                    ("AquaFix Supplies", "trade@aquafix.example", 5),
                                    ("CleanCo", "hello@cleanco.example", 2),
                                    ("SafeGuard Ltd", "uk@safeguard.example", 14)]):
        put(s, 2 + i, 1, [n, c, lt])
    return wb


# ------------------------------------------------------------------------------------------
def timesheet() -> Workbook:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Timesheet"
    ws["B1"] = "Timesheet — Jordan Patel (Consulting)"
    ws["B1"].font = TITLE
    ws["B2"] = "Period: 01/11/2026 – 30/11/2026"
    ws["B2"].font = SUB
    header(ws, 4, 2, ["Date", "Day", "Project", "Task", "Start", "End", "Hours", "Billable?",
                      "Notes"])
    projects = {"Northwind ERP": ["Workshop", "Config", "Data mapping", "Status meeting"],
                "Contoso Portal": ["Dev", "Code review", "Client meeting", "Testing"],
                "Internal": ["Admin", "Training", "Team meeting"]}
    notes = ["", "", "", "", "call ran over", "weekly meeting", "prep for demo",
             "meeting w/ CFO", "travel to site", "fixed login bug", "sick half day"]
    entries = []
    d = date(2026, 11, 2)
    while d <= BUILT:
        wd = d.weekday()
        if wd < 5 or d in (date(2026, 11, 7), date(2026, 11, 22), date(2026, 11, 28)):
            n = 1 if wd >= 5 else rng.choice([1, 2, 2, 3])
            start_h = rng.choice([8, 8.5, 9])
            for _ in range(n):
                proj = rng.choice(list(projects))
                task = rng.choice(projects[proj])
                dur = rng.choice([1, 1.5, 2, 2.5, 3, 4, 4.5, 5])
                if start_h + dur > 19:
                    break
                st = start_h
                en = start_h + dur
                bill = "N" if proj == "Internal" else "Y"
                entries.append([d, proj, task, st, en, dur, bill, rng.choice(notes)])
                start_h = en + rng.choice([0, 0.5, 1])
        d += timedelta(days=1)
    entries = entries[:60]
    # data-entry slips
    entries[10][3], entries[10][4] = 14.0, 3.0     # end before start (3:00 for 15:00)
    entries[22][5] = entries[22][5] + 1            # hours don't match the times
    entries[37][5] = entries[37][5] - 0.5
    entries[15][4] = None                          # forgot the end time
    entries[29][1] = None                          # forgot the project
    entries[29][6] = "Y"
    entries.insert(45, list(entries[44]))          # same entry pasted twice
    for i, (dd, proj, task, st, en, dur, bill, note) in enumerate(entries):
        r = 5 + i
        dv: object = dd
        if i in (19, 33) and dd.day > 12:
            dv = text_date(dd)                     # typed as text
        put(ws, r, 2, [dv, dd.strftime("%a"), proj, task,
                       None if st is None else time(int(st), int(st % 1 * 60)),
                       None if en is None else time(int(en) % 24, int(en % 1 * 60)),
                       dur, bill, note or None],
            {0: "dd/mm/yyyy", 4: "h:mm", 5: "h:mm", 6: "0.0"})
    widths(ws, {"A": 3, "B": 12, "C": 5, "D": 16, "E": 15, "F": 7, "G": 7, "H": 7, "I": 9,
                "J": 20})

    s = wb.create_sheet("Summary")
    header(s, 2, 2, ["Project", "Budget Hrs", "Hrs Used", "% Used"])
    for i, (p, b, u) in enumerate([("Northwind ERP", 120, 131.5), ("Contoso Portal", 100, 84),
                                   ("Internal", 20, 26.5), ("Fabrikam Audit", 40, 0),
                                   ("Tailspin App", 60, 59), ("Woodgrove Intranet", 80, 92.5),
                                   ("Litware Migration", 50, 12), ("Proseware Support", 30, 27.5)]):
        put(s, 3 + i, 2, [p, b, u, round(u / b, 3)], {3: PCT})
    return wb


# ------------------------------------------------------------------------------------------
def attendance() -> Workbook:
    rng = random.Random(707)
    wb = Workbook()
    ws = wb.active
    ws.title = "Guest List"
    ws["A1"] = "Partner Summit 2026 (10 Dec) — Guest List"
    ws["A1"].font = TITLE
    header(ws, 3, 1, ["#", "First Name", "Last Name", "Email", "Company", "RSVP", "Diet",
                      "Table", "Registered", "Badge"])
    companies = [("Northwind", "northwind.com"), ("Contoso", "contoso.com"),
                 ("Fabrikam", "fabrikam.com"), ("Tailspin Toys", "tailspin.com"),
                 ("Litware", "litware.io"), ("Adatum", "adatum.com"),
                 ("Woodgrove Bank", "woodgrovebank.com"), ("Proseware", "proseware.net"),
                 ("State University", "stateu.edu"), ("Freelance", "gmail.com")]
    rsvps = ["Yes"] * 52 + ["No"] * 14 + ["Maybe"] * 10 + [None] * 14
    rng.shuffle(rsvps)
    diets = [None] * 6 + ["Vegetarian", "Vegan", "Gluten-free", "Halal", "Nut allergy"]
    bad = {days(-7), days(-30), BUILT.replace(day=1), date(2026, 10, 31)}
    seen = set()
    rows = []
    for i in range(90):
        while True:
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            if (fn, ln) not in seen:
                seen.add((fn, ln))
                break
        comp, dom = companies[rng.randrange(len(companies))]
        email = f"{fn.lower()}.{ln.lower().replace(chr(39), '')}@{dom}"
        rsvp = rsvps[i]
        table = rng.randint(1, 9) if rsvp == "Yes" else None
        reg = nudge(days(-rng.randint(1, 75)), bad)
        badge = "Y" if rsvp == "Yes" and rng.random() < 0.6 else None
        rows.append([i + 1, fn, ln, email, comp, rsvp, rng.choice(diets), table, reg, badge])
    # hand-entry quirks
    rows[20][1:5] = rows[6][1:5]           # same person registered twice
    rows[20][5] = "Maybe"
    rows[57][3] = rows[12][3].upper()      # duplicate email in capitals
    rows[33][3] = rows[33][3].replace("@", " at ")  # broken email
    rows[71][3] = None                     # no email
    rows[45][5] = "yes"                    # lower-case answer
    for i in (9, 26, 64):
        if rows[i][7] is not None:
            rows[i][7] = str(rows[i][7])   # table number typed as text
    for i, row in enumerate(rows):
        put(ws, 4 + i, 1, row, {8: "d-mmm-yy"})
    header(ws, 3, 12, ["VIP Emails"])
    vips = [rows[k][3] for k in (2, 15, 28, 40, 53, 66, 80)] + [
        "ceo@contoso.com", "j.wright@litware.io", "board@northwind.com",
        rows[12][3], "press@adatum.com"]
    for i, v in enumerate(vips):
        ws.cell(row=4 + i, column=12, value=v)
    widths(ws, {"A": 4, "B": 11, "C": 12, "D": 32, "E": 16, "F": 7, "G": 12, "H": 6,
                "I": 11, "J": 6, "K": 3, "L": 30})
    return wb


# ------------------------------------------------------------------------------------------
def invoices() -> Workbook:
    rng = random.Random(808)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = "Brightline Design Studio"
    ws["A1"].font = TITLE
    ws["A2"] = "Invoice Register — FY2025–26"
    ws["A3"] = "All amounts USD"
    ws["A3"].font = SUB
    header(ws, 5, 1, ["Invoice #", "Client", "Issued", "Due", "Paid On", "Amount", "Amt Paid",
                      "Status", "Terms"])
    clients = ["Northwind Traders", "Contoso Ltd", "Fabrikam", "Tailspin Toys", "Litware",
               "Adventure Works", "Wide World Importers", "Alpine Ski House", "Coho Winery",
               "Fourth Coffee", "Lucerne Publishing", "Margie's Travel"]
    terms = {"Net 15": 15, "Net 30": 30, "Net 45": 45}
    bad = {days(-7), days(-30), days(-365), date(2025, 11, 30), date(2026, 10, 31),
           date(2026, 11, 1), date(2026, 10, 1), days(-6), days(-8)}
    issued = date(2025, 1, 6)
    rows = []
    n = 0
    while True:
        issued = nudge(issued + timedelta(days=rng.choice([3, 4, 4, 5, 6])), bad)
        if issued > days(-2):
            break
        n += 1
        term = rng.choice(["Net 15", "Net 30", "Net 30", "Net 45"])
        due = issued + timedelta(days=terms[term])
        amount = round(rng.choice([350, 600, 850, 1200, 1500, 2400, 3200, 4800, 6500, 9000,
                                   12500, 18000]) * rng.uniform(0.9, 1.1), 2)
        age = (BUILT - issued).days
        if age > 120:
            status = rng.choices(["Paid", "Void", "Partial", "Sent"], [88, 4, 4, 4])[0]
        elif age > 45:
            status = rng.choices(["Paid", "Partial", "Sent"], [70, 10, 20])[0]
        else:
            status = rng.choices(["Paid", "Sent", "Draft"], [40, 45, 15])[0]
        paid_on = paid = None
        if status == "Paid":
            paid_on = nudge(min(days(-1), due + timedelta(days=rng.randint(-12, 25))), bad)
            paid = amount
        elif status == "Partial":
            paid_on = min(days(-1), issued + timedelta(days=rng.randint(10, 40)))
            paid = round(amount * rng.choice([0.25, 0.5, 0.6]), 2)
        if status == "Draft":
            due = None
        rows.append([f"INV-{issued.year}-{n:03d}", rng.choice(clients), issued, due, paid_on,
                     amount, paid, status, term])
    # quirks
    rows[40][0] = rows[39][0]                                  # duplicate invoice number
    rows[63] = ["CR-2025-004", rows[62][1], rows[63][2], None, None, -850.0, None, "Credit",
                None]
    rows[118] = ["CR-2026-011", rows[117][1], rows[118][2], None, None, -1200.0, None,
                 "Credit", None]
    rows[90][5] = None                                         # amount not filled in yet
    rows[128][3] = None                                        # due date missing
    for k in (55, 101, 139):                                   # issued typed as text
        d = rows[k][2]
        rows[k][2] = text_date(d)
    rows[146][4] = days(2)                                     # paid date in the future (typo)
    rows[146][7] = "Paid"
    rows[146][6] = rows[146][5]
    assert 8 <= len(rows) <= 200, len(rows)
    for i, row in enumerate(rows):
        put(ws, 6 + i, 1, row, {2: "dd/mm/yyyy", 3: "dd/mm/yyyy", 4: "dd/mm/yyyy", 5: USD,
                                6: USD})
    widths(ws, {"A": 13, "B": 22, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 8, "I": 7})

    c = wb.create_sheet("Clients")
    header(c, 1, 1, ["Client", "Contact", "Credit Limit"])
    for i, cl in enumerate(clients):
        put(c, 2 + i, 1, [cl, f"ap@{cl.split()[0].lower()}.example", rng.choice([5, 10, 20, 50]) * 1000],
            {2: USD0})
    return wb


# ------------------------------------------------------------------------------------------
def fitness_log() -> Workbook:
    rng = random.Random(909)
    wb = Workbook()
    ws = wb.active
    ws.title = "Log"
    ws["B1"] = "Training log 2025–26"
    ws["B1"].font = TITLE
    header(ws, 2, 2, ["Date", "Activity", "Distance (km)", "Time (min)", "Pace (min/km)",
                      "avg HR", "Elev Gain (m)", "Notes"])
    bad = {days(-7), days(-30), days(-365), date(2025, 11, 30), date(2026, 10, 31),
           date(2026, 11, 1), days(-6), days(-29), days(-31)}
    notes_pool = [None] * 12 + ["intervals", "easy", "long run", "knee sore", "felt great",
                                "hilly route", "race!", "tempo", "rain", "knee ok now",
                                "commute"]
    d = date(2025, 7, 1)
    rows = []
    while True:
        d = nudge(d + timedelta(days=rng.choice([2, 3, 3, 4])), bad)
        if d > BUILT:
            break
        act = rng.choices(["Run", "Ride", "Swim", "Walk"], [55, 25, 10, 10])[0]
        if act == "Run":
            dist = round(rng.choice([5, 5, 6, 8, 10, 12, 15, 21.1]) * rng.uniform(0.95, 1.05), 2)
            pace = rng.uniform(4.6, 6.4)
        elif act == "Ride":
            dist = round(rng.uniform(18, 70), 1)
            pace = rng.uniform(1.8, 2.8)
        elif act == "Swim":
            dist = round(rng.choice([1.0, 1.5, 2.0, 2.5]), 1)
            pace = rng.uniform(18, 24)
        else:
            dist = round(rng.uniform(3, 9), 1)
            pace = rng.uniform(9.5, 12)
        mins = round(dist * pace)
        hr = rng.randint(118, 172) if rng.random() > 0.08 else None
        elev = rng.choice([0, 10, 25, 40, 60, 90, 120, 250, 480]) if act != "Swim" else 0
        rows.append([d, act, dist, mins, round(mins / dist, 2) if act in ("Run", "Walk") else None,
                     hr, elev, rng.choice(notes_pool)])
        if rng.random() < 0.05:  # second session that day
            rows.append([d, "Swim", 1.5, 33, None, rng.randint(115, 140), 0, "brick"])
    rows[30][5] = 188
    rows[120][5] = 191
    assert 8 <= len(rows) <= 200, len(rows)
    for i, row in enumerate(rows):
        put(ws, 3 + i, 2, row, {0: "ddd d mmm yy", 1: None, 2: "0.0", 4: "0.00"})
    widths(ws, {"A": 3, "B": 14, "C": 8, "D": 12, "E": 10, "F": 12, "G": 7, "H": 12, "I": 14})
    ws.freeze_panes = "B3"

    m = wb.create_sheet("Monthly")
    m["A1"] = "Monthly totals"
    m["A1"].font = TITLE
    header(m, 3, 1, ["Month", "Target km", "Actual km", "Runs", "vs Target"])
    months = []
    y, mo = 2025, 7
    while (y, mo) <= (2026, 11):
        months.append(date(y, mo, 1))
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1
    for i, first in enumerate(months):
        ms = [r for r in rows if (r[0].year, r[0].month) == (first.year, first.month)]
        actual = round(sum(r[2] for r in ms if r[1] == "Run"), 1)
        runs = sum(1 for r in ms if r[1] == "Run")
        target = 50 if first < date(2026, 1, 1) else 65
        put(m, 4 + i, 1, [first, target, actual, runs, round(actual / target, 3)],
            {0: "mmm yyyy", 4: PCT})
    return wb


# ------------------------------------------------------------------------------------------
def rentals() -> Workbook:
    rng = random.Random(1010)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    cols = ["Ref", "Guest", "Check-in", "Check-out", "Nights", "Guests", "Rate/Night", "Total",
            "Channel", "Status"]
    channels = {"Airbnb": "AB", "Direct": "DIR", "Booking.com": "BK", "VRBO": "VR"}
    bad = {days(30), days(7), days(-7), days(0) + timedelta(days=31)}

    def table(title: str, top: int, n: int, rate: int, seed_start: date, cap: int) -> None:
        ws.cell(row=top, column=1, value=title).font = TITLE
        header(ws, top + 1, 1, cols)
        d = seed_start
        for i in range(n):
            d = nudge(d + timedelta(days=rng.randint(0, 9)), bad)
            nights = rng.choice([2, 2, 3, 3, 4, 5, 7, 10, 14])
            out = d + timedelta(days=nights)
            ch = rng.choice(["Airbnb", "Airbnb", "Direct", "Booking.com", "VRBO"])
            guests = rng.randint(1, cap)
            if out < BUILT:
                status = rng.choices(["Completed", "Cancelled"], [85, 15])[0]
            elif d <= BUILT:
                status = "Checked in"
            else:
                status = rng.choices(["Confirmed", "Pending", "Cancelled"], [70, 18, 12])[0]
            r = rate + rng.choice([0, 0, 15, 25, -10])
            ref = f"{channels[ch]}-{rng.randint(1000, 9999)}"
            row = [ref, f"{rng.choice(FIRST)} {rng.choice(LAST)}", d, out, nights, guests, r,
                   r * nights, ch, status]
            ws_row = top + 2 + i
            put(ws, ws_row, 1, row, {2: "ddd dd/mm/yy", 3: "ddd dd/mm/yy", 6: USD0, 7: USD0})
            d = out + timedelta(days=rng.randint(-2, 3))

    table("Lakeview Cabin — bookings", 1, 22, 145, date(2026, 7, 20), 6)
    table("Harbor Loft — bookings", 26, 18, 210, date(2026, 8, 10), 4)
    # quirks
    ws["E9"] = 4 if ws["E9"].value != 4 else 5      # nights typed wrong
    ws["E35"] = ws["E35"].value + 1
    ws["I14"] = None                                 # channel missing
    ws["I40"] = None
    ws["F20"] = 8                                    # over capacity (cabin sleeps 6)
    ws["B33"] = "Sam & Alex Rossi"
    ws["B17"] = ws["B6"].value                       # repeat guest
    widths(ws, {"A": 10, "B": 20, "C": 13, "D": 13, "E": 7, "F": 7, "G": 10, "H": 9, "I": 12,
                "J": 11})

    rt = wb.create_sheet("Rates")
    header(rt, 2, 2, ["Property", "Season", "From", "To", "Rate/Night", "Sleeps"])
    for i, row in enumerate([("Lakeview Cabin", "Summer", date(2026, 6, 1), date(2026, 8, 31), 165, 6),
                             ("Lakeview Cabin", "Winter", date(2026, 12, 1), date(2027, 2, 28), 145, 6),
                             ("Harbor Loft", "Summer", date(2026, 6, 1), date(2026, 8, 31), 235, 4),
                             ("Harbor Loft", "Winter", date(2026, 12, 1), date(2027, 2, 28), 210, 4)]):
        put(rt, 3 + i, 2, list(row), {2: "dd/mm/yyyy", 3: "dd/mm/yyyy", 4: USD0})
    return wb


BUILDERS = {
    "project_tracker.xlsx": project_tracker,
    "budget.xlsx": budget,
    "gradebook.xlsx": gradebook,
    "sales_pipeline.xlsx": sales_pipeline,
    "inventory.xlsx": inventory,
    "timesheet.xlsx": timesheet,
    "attendance.xlsx": attendance,
    "invoices.xlsx": invoices,
    "fitness_log.xlsx": fitness_log,
    "rentals.xlsx": rentals,
}


def main() -> None:
    for name, build in BUILDERS.items():
        wb = build()
        # Cell content and styles are identical on every run; openpyxl still stamps the save
        # time into docProps/core.xml (modified) and the zip entries.
        for ws in wb.worksheets:
            ws.sheet_view.tabSelected = ws is wb.active
        wb.properties.creator = "blind-v1 part A"
        wb.properties.created = wb.properties.modified = datetime(2026, 11, 30, 9, 0)
        wb.save(HERE / name)
        print("wrote", name)


if __name__ == "__main__":
    main()
