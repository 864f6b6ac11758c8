"""Build the 8 workbooks of blind-v2 part G (openpyxl only, fixed seeds).

Dates are literals or offsets from BUILT (2026-12-01, "today" for every date-relative request).
Cell content is identical on every run.

    python build.py
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
TITLE = Font(bold=True, size=14)

# offsets (days from BUILT) that some request treats as a cut-off: random dates avoid them
AVOID = {0, 1, -1, 7, -7, 14, -14, 30, -30, 31, -31, 60, -60, 90, -90, 180, -180, 365, -365, 3, -3}


def day(offset: int) -> dt.date:
    return BUILT + dt.timedelta(days=offset)


def rand_offset(rnd: random.Random, lo: int, hi: int) -> int:
    while True:
        o = rnd.randint(lo, hi)
        if o not in AVOID:
            return o


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, n in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=n)
        c.font = BOLD


def put_rows(ws, row: int, col: int, rows: list[list]) -> None:
    for r, values in enumerate(rows):
        for i, v in enumerate(values):
            if v is not None:
                ws.cell(row=row + r, column=col + i, value=v)


def date_fmt(ws, col_letter: str, r1: int, r2: int, fmt: str = "yyyy-mm-dd") -> None:
    for r in range(r1, r2 + 1):
        c = ws[f"{col_letter}{r}"]
        if isinstance(c.value, (dt.date, dt.datetime)):
            c.number_format = fmt


# ------------------------------------------------------------------------------------ car lot
def car_lot() -> None:
    rnd = random.Random(701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Lot"
    ws["A1"] = "Riverside Motors - used stock"
    ws["A1"].font = TITLE
    ws["A2"] = "stock list as of 1 Dec 2026 (update weekly)"
    header(ws, 4, 2, ["Stock #", "Make", "Model", "Yr", "Miles", "Cost $", "Asking $",
                      "Arrived", "Colour", "Status", "Notes"])
    models = {"Toyota": ["Corolla", "Camry", "RAV4", "Tacoma"], "Ford": ["F-150", "Escape", "Focus"],
              "Honda": ["Civic", "CR-V", "Accord"], "Chevrolet": ["Malibu", "Silverado", "Equinox"],
              "Nissan": ["Altima", "Rogue"], "Subaru": ["Outback", "Forester"],
              "Kia": ["Soul", "Sorento"], "Hyundai": ["Elantra", "Tucson"], "BMW": ["330i", "X3"],
              "Mazda": ["CX-5", "Mazda3"]}
    colours = ["White", "Black", "Silver", "Grey", "Blue", "Red", "silver", "Green"]
    statuses = ["Available"] * 6 + ["Sold", "Sold", "On Hold", "In Recon"]
    notes = [None] * 9 + ["needs tyres", "hail damage", "CPO", "one owner", "needs detail"]
    rows = []
    for i in range(40):
        make = rnd.choice(list(models))
        yr = rnd.randint(2012, 2025)
        miles = max(1500, int((2026 - yr) * rnd.uniform(8000, 16000)) + rnd.randint(11, 987))
        cost = rnd.randrange(6000, 42000, 50) + 25
        asking = int(cost * rnd.uniform(1.04, 1.25) / 10) * 10 + 5
        rows.append([f"RM-{1040 + i * 3}", make, rnd.choice(models[make]), yr, miles, cost, asking,
                     day(-rand_offset(rnd, 2, 220)), rnd.choice(colours), rnd.choice(statuses),
                     rnd.choice(notes)])
    rows[17][0] = rows[5][0]                 # duplicate stock number
    rows[30][0] = rows[22][0]
    for i in (8, 26):
        rows[i][4] = str(rows[i][4])         # miles stored as text
    rows[12][9] = "available "               # lower case, trailing space
    rows[33][9] = None                       # blank status
    rows[20][7] = None                       # arrival date missing
    rows[37][6] = None                       # no asking price yet
    put_rows(ws, 5, 2, rows)
    date_fmt(ws, "I", 5, 44, "dd-mmm-yy")
    ws["N4"] = "Max days on lot"
    ws["O4"] = 90
    ws["N5"] = "Min margin %"
    ws["O5"] = 0.1
    ws["N5"].number_format = "0%"
    ws["N7"] = "Recall makes"
    ws["N7"].font = BOLD
    for i, m in enumerate(["Kia", "Hyundai", "Nissan"]):
        ws.cell(row=8 + i, column=14, value=m)

    ws2 = wb.create_sheet("Sold")
    ws2["A1"] = "Deliveries Jun-Nov 2026"
    ws2["A1"].font = BOLD
    header(ws2, 3, 1, ["Deal no", "Stock #", "Sale date", "Sale price", "Salesperson", "Finance",
                       "Trade-in"])
    people = ["Marco", "Dee", "Tomasz", "Aisha", "Len"]
    srows = []
    for i in range(32):
        srows.append([2600 + i, f"RM-{900 + i * 4}", day(-rand_offset(rnd, 2, 175)),
                      rnd.randrange(7000, 48000, 100) + 50, rnd.choice(people),
                      rnd.choice(["Cash", "Bank", "In-house", "Bank"]),
                      rnd.choice([None, None, "Yes"])])
    srows[9][1] = srows[3][1]
    srows[20][4] = "marco"
    put_rows(ws2, 4, 1, srows)
    date_fmt(ws2, "C", 4, 35)
    wb.save(HERE / "car_lot.xlsx")


# ------------------------------------------------------------------------------- dental lab
def dental_lab() -> None:
    rnd = random.Random(702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Brightsmile Dental Lab - case log Nov/Dec"
    ws["A1"].font = TITLE
    header(ws, 3, 1, ["Case#", "Dr.", "Pt init", "Restoration", "Material", "Units", "Rec'd",
                      "Due", "Shipped", "Rush?", "Fee (GBP)", "Remake"])
    drs = ["Dr. Patel", "Dr. Okafor", "Dr. Lindqvist", "Dr. Moreau", "Dr. Chan", "Dr. Byrne"]
    kinds = [("Crown", ["Zirconia", "E.max", "PFM"]), ("Bridge", ["Zirconia", "PFM"]),
             ("Veneer", ["E.max"]), ("Denture", ["Acrylic"]), ("Implant crown", ["Zirconia", "Gold"]),
             ("Night guard", ["Acrylic"])]
    rows = []
    for i in range(45):
        kind, mats = rnd.choice(kinds)
        units = rnd.choice([1, 1, 1, 2, 3]) if kind in ("Crown", "Veneer") else (
            rnd.choice([3, 4, 5]) if kind == "Bridge" else 1)
        rec = -rand_offset(rnd, 4, 40)
        due = rec + rnd.choice([5, 6, 8, 9, 10, 12])
        while due in AVOID:
            due += 1
        shipped = None
        if due < -2 or rnd.random() < 0.3:
            turnaround = rnd.randint(3, 13)
            shipped = rec + (9 if turnaround == 10 else turnaround)
            if shipped >= -1:
                shipped = None
        fee = round(units * rnd.uniform(55, 190) + rnd.choice([0, 15, 35]), 2)
        rows.append([5001 + i, rnd.choice(drs), f"{chr(65 + rnd.randint(0, 25))}.{chr(65 + rnd.randint(0, 25))}.",
                     kind, rnd.choice(mats), units, day(rec), day(due),
                     day(shipped) if shipped is not None else None,
                     rnd.choice(["Y", None, None, None]), fee, rnd.choice(["N"] * 6 + ["Y"])])
    rows[19][0] = rows[7][0]                   # duplicate case number
    rows[28][0] = rows[27][0]
    rows[4][8] = "15/11/2026"                  # shipped typed as text (day > 12, before due)
    rows[15][8] = "16/11/2026"
    rows[10][9] = "y"
    rows[33][11] = None
    rows[38][3] = "crown "                    # odd case + trailing space
    put_rows(ws, 4, 1, rows)
    for col in "GHI":
        date_fmt(ws, col, 4, 48, "dd/mm/yyyy")

    ws2 = wb.create_sheet("Dentists")
    header(ws2, 1, 1, ["Dentist", "Practice", "Town", "Discount", "Account", "Balance",
                       "Last order"])
    prac = ["Smile Co", "Parkside Dental", "Elm Street Dental", "City Smiles", "Hillview"]
    drows = []
    names = ["Patel", "Okafor", "Lindqvist", "Moreau", "Chan", "Byrne", "Novak", "Reyes", "Singh",
             "Walsh", "Kowalski", "Haddad", "Ito", "Ferreira", "Nguyen", "Olsen", "Brennan", "Adeyemi",
             "Rossi", "Keane", "Dubois", "Hart", "Mensah", "Ortiz", "Quinn", "Sato"]
    for i, n in enumerate(names):
        drows.append([f"Dr. {n}", rnd.choice(prac), rnd.choice(["Leeds", "York", "Harrogate", "Wakefield"]),
                      rnd.choice([0, 0.05, 0.1, 0.15]), rnd.choice(["Active"] * 4 + ["On hold"]),
                      round(rnd.uniform(-200, 4200), 2), day(-rand_offset(rnd, 2, 300))])
    drows[6][5] = None
    drows[13][5] = 0
    put_rows(ws2, 2, 1, drows)
    for r in range(2, 28):
        ws2[f"D{r}"].number_format = "0%"
    date_fmt(ws2, "G", 2, 27)
    wb.save(HERE / "dental_lab.xlsx")


# ---------------------------------------------------------------------------------- podcast
def podcast() -> None:
    rnd = random.Random(703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Episodes"
    ws["A1"] = "The Long Shift - episode stats"
    ws["A1"].font = TITLE
    ws["A2"] = "downloads from host dashboard, pulled 1 Dec"
    header(ws, 4, 1, ["Ep", "Title", "Guest", "Pub date", "Length (min)", "DL 7d", "DL 30d",
                      "Avg rating", "Sponsor", "Explicit"])
    words = ["Night", "Nurses", "Truckers", "Coffee", "Bakers", "Security", "Radio", "Dispatch",
             "Doctors", "Cabbies", "Lighthouse", "Rail", "Airport", "Ferry", "Call Centre", "Sleep"]
    guests = ["Ana Ruiz", "Ben Ode", "Cal Moss", "Dana Kim", "Eli Stone", "Fay Wu", "Gus Hale",
              "Hana Bell", "Ivo Lang", None, None, None]
    sponsors = [None, None, "NightOwl Coffee", "ShiftFit", "Snoozy Mattress", "NightOwl Coffee"]
    rows = []
    d = day(-rand_offset(rnd, 268, 272))
    for i in range(40):
        off = (d - BUILT).days
        age = -off
        dl7 = rnd.randint(820, 3900)
        dl30 = int(dl7 * rnd.uniform(1.5, 2.6)) if age > 30 else None
        title = f"{rnd.choice(words)} {rnd.choice(['Stories', 'Q&A', 'Special', 'Live', 'Diaries', 'Unplugged'])}"
        rows.append([101 + i, title, rnd.choice(guests), d, rnd.randint(24, 95), dl7, dl30,
                     round(rnd.uniform(3.1, 4.9), 1), rnd.choice(sponsors), rnd.choice(["No"] * 4 + ["Yes"])])
        d += dt.timedelta(days=rnd.choice([6, 7, 7, 7, 8]))
        while (d - BUILT).days in AVOID:
            d += dt.timedelta(days=1)
    rows[14][1] = rows[3][1]                   # repeated title
    rows[25][1] = rows[3][1]
    rows[9][7] = None                          # no rating yet
    rows[21][4] = str(rows[21][4])             # length typed as text
    rows[30][9] = "yes"
    put_rows(ws, 5, 1, rows)
    date_fmt(ws, "D", 5, 44, "ddd d mmm yyyy")

    ws2 = wb.create_sheet("Monthly")
    ws2["A1"] = "Unique listeners by country (thousands)"
    ws2["A1"].font = BOLD
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    header(ws2, 3, 1, ["Country"] + months)
    countries = ["US", "UK", "Canada", "Australia", "Ireland", "Germany", "Netherlands", "India",
                 "Philippines", "South Africa", "New Zealand", "Sweden", "Norway", "Denmark", "Spain",
                 "France", "Brazil", "Mexico", "Nigeria", "Kenya", "Japan", "Singapore", "Poland",
                 "Italy", "Belgium", "Portugal"]
    mrows = []
    for c in countries:
        base = rnd.uniform(0.4, 9.5) if c not in ("US", "UK") else rnd.uniform(18, 40)
        vals = [round(base * rnd.uniform(0.7, 1.35), 2) for _ in range(11)] + [None]
        mrows.append([c] + vals)
    mrows[8][5] = None                         # missing month
    mrows[19][3] = None
    put_rows(ws2, 4, 1, mrows)
    wb.save(HERE / "podcast.xlsx")


# ------------------------------------------------------------------------------- warehouse
def warehouse() -> None:
    rnd = random.Random(704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Picks"
    ws["A1"] = "WMS export 01/12 06:00 - do not sort above row 2"
    header(ws, 2, 1, ["Pick ID", "Order #", "Picker", "Zone", "Lines", "Qty ord", "Qty picked",
                      "Start", "End", "Pick date", "Errors", "Carrier"])
    pickers = ["JONES K", "Ahmed S", "Li W", "Brown T", "Santos M", "Kaur P", "Novak D"]
    zones = ["A", "B", "C", "D", "Cold"]
    carriers = ["DPD", "Royal Mail", "UPS", "Evri", "DHL", "Collect"]
    rows = []
    for i in range(50):
        qo = rnd.randint(3, 140)
        qp = qo if rnd.random() < 0.7 else max(0, qo - rnd.randint(1, 9))
        start_min = rnd.randint(6 * 60, 21 * 60)
        dur = rnd.randint(4, 95)
        dur = 62 if dur == 60 else dur         # no pick of exactly one hour
        start = dt.time(start_min // 60, start_min % 60)
        end_min = start_min + dur
        end = dt.time(end_min // 60, end_min % 60)
        pick_day = rnd.randint(2, 25)
        pick_day = 8 if pick_day == 7 else pick_day
        rows.append([f"PK{88100 + i}", f"SO-{rnd.randint(40000, 40999)}", rnd.choice(pickers),
                     rnd.choice(zones), rnd.randint(1, 18), qo, qp, start, end,
                     day(-pick_day), rnd.choice([0, 0, 0, 0, 1, 1, 2, 3, 4]),
                     rnd.choice(carriers)])
    rows[11][1] = rows[4][1]                   # duplicate order numbers
    rows[40][1] = rows[33][1]
    rows[44][1] = rows[33][1]
    rows[16][10] = None                        # errors not entered
    rows[29][11] = None                        # carrier missing
    rows[7][11] = "dpd "                       # odd case + trailing space
    rows[22][3] = "cold"
    put_rows(ws, 3, 1, rows)
    for r in range(3, 53):
        ws[f"H{r}"].number_format = "hh:mm"
        ws[f"I{r}"].number_format = "hh:mm"
    date_fmt(ws, "J", 3, 52, "dd/mm/yy")
    ws["N2"] = "Error limit"
    ws["O2"] = 2
    ws["N4"] = "Priority carriers"
    ws["N4"].font = BOLD
    ws["N5"] = "DPD"
    ws["N6"] = "UPS"

    ws2 = wb.create_sheet("Rates")
    ws2["A1"] = "Picks per hour by picker, 2026"
    ws2["A1"].font = BOLD
    header(ws2, 2, 1, ["Picker", "Shift", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                       "Sep", "Oct", "Nov", "Target"])
    names = ["JONES K", "Ahmed S", "Li W", "Brown T", "Santos M", "Kaur P", "Novak D", "Evans R",
             "Murphy C", "Silva J", "Khan A", "Rossi F", "Walker B", "Green L", "Hall N", "Wood G",
             "Ali H", "Clark E", "Lewis O", "Young V", "King Z", "Scott I", "Baker Y", "Adams U",
             "Price Q", "Bell X"]
    rrows = []
    for n in names:
        base = rnd.uniform(62, 118)
        vals = [round(base * rnd.uniform(0.85, 1.15), 1) for _ in range(11)]
        rrows.append([n, rnd.choice(["Early", "Late", "Night"])] + vals + [rnd.choice([75, 85, 95])])
    rrows[5][4] = None
    rrows[18][10] = None
    rrows[21][2] = None
    rrows[21][3] = None                        # new starter: no Jan/Feb
    put_rows(ws2, 3, 1, rrows)
    wb.save(HERE / "warehouse_picks.xlsx")


# -------------------------------------------------------------------------------- vet vacc
def vet() -> None:
    rnd = random.Random(705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Due list"
    ws["B1"] = "Oak Hollow Veterinary - vaccination reminders"
    ws["B1"].font = TITLE
    ws["B2"] = "front desk copy"
    header(ws, 4, 2, ["Pet ID", "Pet", "Species", "Owner", "Phone", "Vaccine", "Last given",
                      "Next due", "Wt (kg)", "Reminder", "Age (yrs)"])
    pets = [("Biscuit", "Dog"), ("Mochi", "Cat"), ("Pepper", "Dog"), ("Thumper", "Rabbit"),
            ("Luna", "Cat"), ("Ziggy", "Ferret"), ("Bear", "Dog"), ("Olive", "Cat"), ("Rex", "Dog"),
            ("Clover", "Rabbit"), ("Milo", "Dog"), ("Nala", "Cat"), ("Toffee", "Dog"),
            ("Shadow", "Cat"), ("Pip", "Rabbit"), ("Juno", "Dog"), ("Sox", "Cat"), ("Kona", "Dog"),
            ("Bandit", "Ferret"), ("Willow", "Cat"), ("Duke", "Dog"), ("Mabel", "Dog"),
            ("Ginger", "Cat"), ("Hazel", "Rabbit"), ("Otis", "Dog"), ("Poppy", "Cat"),
            ("Scout", "Dog"), ("Tilly", "Cat"), ("Archie", "Dog"), ("Bean", "Rabbit")]
    vacc = {"Dog": [("Rabies", 365), ("DHPP", 365), ("Lepto", 365), ("Bordetella", 180)],
            "Cat": [("Rabies", 365), ("FVRCP", 365), ("FeLV", 365)],
            "Rabbit": [("RHDV2", 365), ("Myxo", 365)], "Ferret": [("Rabies", 365), ("Distemper", 365)]}
    owners = ["Garcia", "O'Neill", "Thompson", "Yilmaz", "Fischer", "MacLeod", "Dvorak", "Ahn",
              "Bianchi", "Lowe", "Reid", "Sharma"]
    rows = []
    for i, (name, sp) in enumerate(pets):
        pid = f"P-{230 + i * 7:04d}"
        owner = rnd.choice(owners)
        phone = f"07{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}" if rnd.random() > 0.12 else None
        wt = {"Dog": rnd.uniform(6, 42), "Cat": rnd.uniform(2.8, 7.2), "Rabbit": rnd.uniform(1.2, 3.4),
              "Ferret": rnd.uniform(0.7, 2.1)}[sp]
        age = rnd.randint(1, 15)
        for v, period in rnd.sample(vacc[sp], k=rnd.choice([1, 1, 2])):
            nxt = rand_offset(rnd, -50, 120)
            last = nxt - period
            rows.append([pid, name, sp, owner, phone, v, day(last), day(nxt), round(wt, 1),
                         rnd.choice([None, None, "Sent", "Sent", "Called"]), age])
    rows = rows[:48]
    for i in (6, 23):                           # last given typed as text
        rows[i][6] = rows[i][6].strftime("%d/%m/%Y") if rows[i][6].day > 12 else "17/06/2026"
    rows[13][7] = None                          # next due missing
    rows[30][2] = "dog"
    rows[18][9] = "sent "
    put_rows(ws, 5, 2, rows)
    date_fmt(ws, "H", 5, 4 + len(rows), "dd/mm/yyyy")
    date_fmt(ws, "I", 5, 4 + len(rows), "dd/mm/yyyy")

    ws2 = wb.create_sheet("Stock")
    header(ws2, 1, 1, ["Vaccine", "Batch", "Doses", "Reorder at", "Expiry", "Fridge"])
    srows = []
    for i in range(26):
        v = rnd.choice(["Rabies", "DHPP", "Lepto", "Bordetella", "FVRCP", "FeLV", "RHDV2", "Myxo",
                        "Distemper"])
        srows.append([v, f"B{rnd.randint(10000, 99999)}", rnd.randint(0, 60), rnd.choice([10, 15, 20]),
                      day(rand_offset(rnd, -40, 400)), rnd.choice(["F1", "F2"])])
    srows[4][5] = None                          # fridge not recorded
    put_rows(ws2, 2, 1, srows)
    date_fmt(ws2, "E", 2, 27)
    wb.save(HERE / "vet_vaccines.xlsx")
    return len(rows)


# ------------------------------------------------------------------------------ punch list
def punch() -> None:
    rnd = random.Random(706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Punch List"
    ws["A1"] = "Harbour View Apartments - punch list"
    ws["A1"].font = TITLE
    ws["A2"] = "Contractor walk 14 Nov, updated daily"
    header(ws, 4, 1, ["Item", "Lvl", "Unit/Room", "Trade", "Description", "Raised", "Target",
                      "Closed", "Pri", "Est cost", "Sub"])
    trades = {"Electrical": ("Volt Bros", ["outlet cover missing", "light not working", "GFCI trips"]),
              "Plumbing": ("AquaFix", ["tap drips", "slow drain", "WC running"]),
              "Drywall": ("Wallworks", ["crack at ceiling", "nail pops", "dent in wall"]),
              "Paint": ("Fresh Coat", ["touch up paint", "paint on glass", "missed spot"]),
              "Flooring": ("FloorPro", ["scratched floor", "loose tile", "grout missing"]),
              "HVAC": ("CoolAir", ["vent rattles", "thermostat dead"]),
              "Carpentry": ("Oakline", ["door sticks", "cabinet door misaligned", "trim gap"])}
    rooms = ["Kitchen", "Bath", "Bed 1", "Bed 2", "Living", "Hall"]
    rows = []
    for i in range(45):
        trade = rnd.choice(list(trades))
        sub, descs = trades[trade]
        lvl = rnd.randint(1, 3)
        raised = -rand_offset(rnd, 3, 25)
        target = raised + rnd.choice([5, 10, 15, 21])
        while target in AVOID:
            target += 1
        closed = None
        if rnd.random() < 0.45:
            closed = raised + rnd.randint(1, 16)
            if closed >= 0 or closed in AVOID:
                closed = None
        desc = rnd.choice(descs)
        rows.append([f"PL-{i + 1:03d}", lvl, f"{lvl}{rnd.randint(1, 12):02d} {rnd.choice(rooms)}",
                     trade, desc, day(raised), day(target), day(closed) if closed is not None else None,
                     rnd.choice(["A", "B", "B", "C", "C"]), rnd.choice([0, 40, 75, 120, 180, 250, 400, 650, 1200]) + rnd.randint(1, 9) * 5,
                     sub])
    rows[9][1] = "2"                            # level typed as text
    rows[31][1] = "3"
    rows[14][8] = None                          # no priority
    rows[22][4] = "URGENT - water leak under sink"
    rows[22][3] = "Plumbing"
    rows[22][10] = "AquaFix"
    rows[36][4] = "urgent: exposed wire"
    rows[36][3] = "Electrical"
    rows[36][10] = "Volt Bros"
    rows[26][9] = None
    rows[40][3] = "paint "
    put_rows(ws, 5, 1, rows)
    for col in "FGH":
        date_fmt(ws, col, 5, 49, "d-mmm")
    ws["M4"] = "Handover"
    ws["N4"] = dt.date(2027, 1, 15)
    ws["N4"].number_format = "d-mmm-yyyy"
    ws["M6"] = "Trades on site this week"
    ws["M6"].font = BOLD
    for i, t in enumerate(["Paint", "Drywall", "HVAC"]):
        ws.cell(row=7 + i, column=13, value=t)

    ws2 = wb.create_sheet("Subs")
    header(ws2, 1, 1, ["Subcontractor", "Trade", "Contact", "Insurance exp", "Open items", "Rating"])
    srows = []
    for i in range(26):
        srows.append([f"Sub {chr(65 + i)} Ltd", rnd.choice(list(trades)),
                      f"{rnd.choice(['sam', 'jo', 'kit', 'lee', 'max'])}{i}@example.com",
                      day(rand_offset(rnd, -60, 300)), rnd.randint(0, 14), rnd.choice([1, 2, 3, 4, 5])])
    srows[7][2] = None
    srows[15][3] = None
    put_rows(ws2, 2, 1, srows)
    date_fmt(ws2, "D", 2, 27)
    wb.save(HERE / "punch_list.xlsx")


# ------------------------------------------------------------------------------ bus routes
def bus() -> None:
    rnd = random.Random(707)
    wb = Workbook()
    ws = wb.active
    ws.title = "Routes"
    names = ["Driver", "Bus #", "Seats", "AM riders", "PM riders", "Dep.", "Miles/day",
             "Last insp.", "Notes"]
    drivers = ["Okoro", "Pham", "Delaney", "Russo", "Yoder", "Bakr", "Grant", "Lund", "Ibarra",
               "Chen", "Moss", "Tate", "Vance", "Ueda", "Kemp"]
    notes = [None] * 7 + ["wheelchair lift", "late start Wed", "sub driver", "detour Main St"]

    def block(prefix: str, n: int) -> list[list]:
        out = []
        for i in range(n):
            seats = rnd.choice([48, 48, 72, 72, 84, 24])
            am = rnd.randint(int(seats * 0.3), seats + 4)
            pm = max(0, am + rnd.randint(-9, 6))
            dep = dt.time(rnd.choice([6, 6, 7, 7, 8]), rnd.choice([0, 5, 10, 15, 20, 25, 35, 40, 45, 50]))
            out.append([f"{prefix}{i + 1:02d}", rnd.choice(drivers), rnd.randint(101, 160), seats, am,
                        pm, dep, round(rnd.uniform(18, 96), 1), day(-rand_offset(rnd, 10, 420)),
                        rnd.choice(notes)])
        return out

    ws["A1"] = "NORTH DEPOT"
    ws["A1"].font = TITLE
    header(ws, 2, 1, ["Route"] + names)
    north = block("N", 26)
    north[6][2] = north[15][2]                  # same bus on two routes
    north[11][4] = None                         # AM count missing
    north[19][1] = None                         # no driver assigned
    north[3][7] = str(north[3][7])              # miles as text
    put_rows(ws, 3, 1, north)
    ws["A30"] = "SOUTH DEPOT"
    ws["A30"].font = TITLE
    header(ws, 31, 1, ["Route"] + names)
    south = block("S", 27)
    south[8][2] = south[21][2]
    south[14][5] = None
    south[24][8] = None                         # never inspected
    south[5][1] = "okoro"
    put_rows(ws, 32, 1, south)
    for r in list(range(3, 29)) + list(range(32, 59)):
        ws[f"G{r}"].number_format = "h:mm AM/PM"
    date_fmt(ws, "I", 3, 28, "mm/dd/yyyy")
    date_fmt(ws, "I", 32, 58, "mm/dd/yyyy")

    ws2 = wb.create_sheet("Drivers")
    header(ws2, 1, 1, ["Driver", "CDL expires", "Hired", "Sick days", "Home depot", "Phone"])
    drows = []
    for d in drivers + ["Frost", "Adair", "Nolan", "Soto", "Quist", "Heald", "Rahim", "Ebert",
                        "Oyelaran", "Pires", "Mundy", "Castro"]:
        drows.append([d, day(rand_offset(rnd, -20, 700)), day(-rnd.randint(200, 6000)),
                      rnd.randint(0, 12), rnd.choice(["North", "South"]),
                      f"555-{rnd.randint(1000, 9999)}"])
    drows[4][3] = None
    put_rows(ws2, 2, 1, drows)
    date_fmt(ws2, "B", 2, 28)
    date_fmt(ws2, "C", 2, 28)
    wb.save(HERE / "bus_routes.xlsx")


# ------------------------------------------------------------------------------- donations
def donations() -> None:
    rnd = random.Random(708)
    wb = Workbook()
    ws = wb.active
    ws.title = "Gifts"
    ws["B1"] = "Friends of the River Trust"
    ws["B1"].font = TITLE
    ws["B2"] = "Gift register FY2026 (Jan-Nov)"
    header(ws, 5, 2, ["Ref", "Donor ID", "Donor", "Date", "Amount", "Method", "Appeal", "Gift Aid",
                      "Thanked", "email"])
    donors = [("D014", "Mrs J Abbott"), ("D022", "K. Fairweather"), ("D031", "Hollis Family"),
              ("D047", "R Mendes"), ("D052", "Anon"), ("D058", "T & S Carr"), ("D063", "Dr L Ng"),
              ("D071", "P Oduya"), ("D080", "Ms F Grey"), ("D088", "Riverside Rotary"),
              ("D093", "G Halloran"), ("D101", "B. Whitlock"), ("D107", "M Petrova"),
              ("D115", "Anon"), ("D120", "S Osei"), ("D126", "Kettering Ltd"), ("D133", "C Doyle"),
              ("D139", "E Varga"), ("D144", "W Sutherland"), ("D150", "H Bauer")]
    methods = ["Card", "Card", "Cheque", "Direct Debit", "Cash", "Standing order", "PayPal"]
    appeals = ["Spring appeal", "Winter appeal", "General", "General", "Otter project", "Legacy"]
    rows = []
    for i in range(55):
        did, name = rnd.choice(donors)
        amt = rnd.choice([5, 10, 20, 25, 50, 75, 100, 150, 250, 500, 1000, 2500]) + rnd.choice([0, 0, 0, 0.5])
        if amt in (50, 100, 500, 1000, 250):
            amt += rnd.choice([2, 5, 10, 15])
        gd = day(-rand_offset(rnd, 5, 330))
        thanked = None
        if rnd.random() < 0.75 and (gd - BUILT).days < -4:
            lag = rnd.randint(1, 25)
            thanked = gd + dt.timedelta(days=16 if lag == 14 else lag)
            if (thanked - BUILT).days >= -1:
                thanked = None
        email = f"{name.split()[-1].lower()}{rnd.randint(1, 99)}@mail.example" if rnd.random() > 0.2 else None
        rows.append([f"G26-{i + 301}", did, name, gd, amt, rnd.choice(methods), rnd.choice(appeals),
                     rnd.choice(["Y", "Y", "N", None]), thanked, email])
    rows.sort(key=lambda r: r[3])
    for i, r in enumerate(rows):
        r[0] = f"G26-{i + 301}"
    rows[24][0] = rows[23][0]                   # duplicate gift reference
    for i in (10, 41):
        rows[i][4] = str(rows[i][4])            # amount stored as text
    rows[33][5] = "card "
    rows[46][4] = None
    put_rows(ws, 6, 2, rows)
    date_fmt(ws, "E", 6, 60, "dd mmm yyyy")
    date_fmt(ws, "J", 6, 60, "dd mmm yyyy")
    for r in range(6, 61):
        if isinstance(ws[f"F{r}"].value, (int, float)):
            ws[f"F{r}"].number_format = '"£"#,##0.00'

    ws2 = wb.create_sheet("Monthly")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ws2, 2, 1, ["Donor"] + months + ["Pledge/mo"])
    ws2["A1"] = "Regular givers - monthly receipts"
    mrows = []
    for did, name in donors + [("D155", "J Rowe"), ("D160", "A Kincaid"), ("D166", "V Lam"),
                               ("D171", "N Byrne"), ("D178", "O Brandt")]:
        if name == "Anon":
            name = f"Anon ({did})"
        pledge = rnd.choice([5, 10, 15, 20, 25, 40, 50])
        vals = [pledge if rnd.random() < 0.8 else rnd.choice([0, None, pledge * 2]) for _ in months]
        mrows.append([name] + vals + [pledge])
    put_rows(ws2, 3, 1, mrows)
    wb.save(HERE / "donations.xlsx")


if __name__ == "__main__":
    car_lot()
    dental_lab()
    podcast()
    warehouse()
    vet()
    punch()
    bus()
    donations()
    print("built 8 workbooks")
