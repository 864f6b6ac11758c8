"""Build the 8 workbooks of blind-v2 part H with openpyxl.

Random choices use fixed seeds, so the cell content is identical on every run. Dates are
literals or offsets from BUILT (2026-12-01), which is "today" for every date-relative request.

    python build.py
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
BOLD = Font(bold=True)


def d(offset: int) -> dt.date:
    return BUILT + dt.timedelta(days=offset)


def put_table(ws, top: int, left: int, header: list[str], rows: list[list], date_fmt="yyyy-mm-dd"):
    for j, h in enumerate(header):
        c = ws.cell(top, left + j, h)
        c.font = BOLD
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = ws.cell(top + i, left + j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, dt.date):
                c.number_format = date_fmt
            elif isinstance(v, dt.time):
                c.number_format = "hh:mm"


def text_date(day: dt.date) -> str:
    """A date typed as text, day first (all chosen with day > 12)."""
    assert day.day > 12
    return day.strftime("%d/%m/%Y")


# ------------------------------------------------------------------ film_festival
def film_festival() -> Workbook:
    rng = random.Random(101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Submissions"
    ws["A1"] = "Northlight Film Festival 2027 - submissions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "export from the submissions portal, 28 Nov; scores out of 10"
    countries = ["UK", "France", "Germany", "Brazil", "Japan", "USA", "Nigeria", "India",
                 "Canada", "Mexico", "Spain", "Iran"]
    cats = ["Short", "Feature", "Documentary", "Animation", "Student Short"]
    words1 = ["Silent", "Blue", "Last", "Paper", "Winter", "Broken", "Golden", "Hidden", "Salt",
              "Night", "Glass", "Red", "Quiet", "Iron", "Little"]
    words2 = ["Harbour", "Road", "Birds", "Letters", "Garden", "River", "Machine", "House",
              "Mountain", "Children", "Tide", "Window", "Summer", "Echo", "Dance"]
    first = ["Ana", "Kenji", "Amara", "Luc", "Priya", "Tomas", "Hana", "Diego", "Zara", "Omar",
             "Ines", "Felix", "Noor", "Mateo", "Sofia", "Chidi", "Leila", "Jonas"]
    last = ["Okafor", "Moreau", "Tanaka", "Silva", "Rao", "Novak", "Berg", "Cruz", "Haddad",
            "Klein", "Ito", "Adeyemi", "Lopez", "Fischer", "Sato", "Mensah"]
    statuses = ["Accepted", "Rejected", "Under review", "Under review", "Rejected", "Shortlisted",
                "Withdrawn"]
    rows = []
    used_titles = set()
    for i in range(46):
        cat = cats[i % 5] if i % 7 else rng.choice(cats)
        if cat == "Feature" or cat == "Documentary":
            runtime = rng.randint(71, 148)
        else:
            runtime = rng.randint(4, 38)
        while True:
            t = f"{rng.choice(words1)} {rng.choice(words2)}"
            if t not in used_titles:
                used_titles.add(t)
                break
        director = f"{rng.choice(first)} {rng.choice(last)}"
        sub = d(-rng.randint(8, 170))
        fee = {"Short": 35, "Feature": 65, "Documentary": 55, "Animation": 35,
               "Student Short": 15}[cat]
        if i % 11 == 4:
            fee = 0  # waiver
        sa = round(rng.uniform(3.0, 9.8), 1)
        sb = round(rng.uniform(3.0, 9.8), 1)
        status = rng.choice(statuses)
        if status == "Under review" and i % 3 == 0:
            sb = None
        link = f"https://vimeo.com/{rng.randint(100000000, 999999999)}"
        if i % 9 == 2:
            link = None
        rows.append([f"NL-{1040 + i * 3}", t, director, rng.choice(countries), runtime, cat, sub,
                     fee, sa, sb, status, link])
    # quirks
    rows[17][0] = rows[5][0]          # duplicate submission id
    rows[33][0] = rows[20][0]
    rows[12][10] = None               # status blank
    rows[29][10] = None
    rows[40][8] = None                # score A missing
    rows[8][3] = "UK "                # trailing space
    rows[25][1] = rows[3][1]          # same title submitted twice
    rows[44][6] = text_date(dt.date(2026, 10, 19))  # date typed as text
    put_table(ws, 4, 2, ["Sub ID", "Film Title", "Director", "Country", "Runtime (min)",
                         "Category", "Submitted", "Entry Fee ($)", "Jury Score A",
                         "Jury Score B", "Status", "Screener Link"], rows)
    ws["O4"] = "Max runtime, shorts (min)"
    ws["P4"] = 30
    ws["O6"] = "Focus countries 2027"
    ws["O6"].font = BOLD
    for k, c in enumerate(["Brazil", "Nigeria", "Iran", "Mexico"]):
        ws.cell(7 + k, 15, c)

    s2 = wb.create_sheet("Screenings")
    s2["A1"] = "Screening schedule (draft)"
    venues = ["Main Hall", "Studio 2", "Riverside", "Old Cinema"]
    rows2 = []
    for i in range(32):
        day = dt.date(2027, 3, 10) + dt.timedelta(days=i // 4)
        cap = {"Main Hall": 420, "Studio 2": 90, "Riverside": 150, "Old Cinema": 260}
        v = venues[i % 4]
        sold = rng.randint(int(cap[v] * 0.3), cap[v])
        if i in (5, 14, 27):
            sold = cap[v]
        start = dt.time(rng.choice([11, 13, 15, 18, 20, 21]), rng.choice([0, 30]))
        rows2.append([day, v, start, rows[rng.randrange(46)][1], cap[v], sold,
                      None if i % 8 == 3 else rng.choice(["Q&A", "Intro", "Panel"])])
    put_table(ws=s2, top=3, left=1, header=["Date", "Venue", "Start", "Film", "Capacity",
                                            "Tickets Sold", "Extra"], rows=rows2)
    return wb


# ------------------------------------------------------------------ bike_repairs
def bike_repairs() -> Workbook:
    rng = random.Random(202)
    wb = Workbook()
    ws = wb.active
    ws.title = "Workshop"
    ws["A1"] = "Spoke & Chain - repair jobs"
    ws["A1"].font = Font(bold=True, size=14)
    names = ["J. Patel", "M. O'Neill", "Sam Reid", "A. Kowalski", "Beth Hughes", "Tom Nash",
             "L. Chen", "Raj Gill", "Nia Jones", "P. Moore", "Kate Lowe", "D. Ahmed",
             "Chris Wu", "E. Barker", "Fran Doyle", "G. Singh", "Ivo Petrov", "Hal Price"]
    bikes = ["road", "MTB", "hybrid", "e-bike", "BMX", "cargo", "gravel", "kids"]
    services = ["Full service", "Puncture", "Brake bleed", "Gears index", "Wheel true",
                "Chain + cassette", "Headset", "Safety check", "Motor diag"]
    mechs = ["Dave", "Ola", "Ricky", "Mei"]
    statuses = ["Waiting parts", "In progress", "Ready", "Collected", "Collected", "Booked"]
    rows = []
    for i in range(45):
        booked = d(-rng.randint(1, 40))
        while booked in (d(-7), d(-14), d(-30)):
            booked -= dt.timedelta(days=1)
        promised = booked + dt.timedelta(days=rng.randint(1, 9))
        if promised == d(0):
            promised = d(1)
        status = rng.choice(statuses)
        collected = None
        if status == "Collected":
            collected = promised + dt.timedelta(days=rng.randint(-2, 5))
            if collected > d(-1):
                collected = d(-1)
        bike = rng.choice(bikes)
        svc = rng.choice(services) if bike != "e-bike" or i % 2 else "Motor diag"
        parts = round(rng.choice([0, 0, rng.uniform(4, 240)]), 2)
        labour = rng.choice([0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4])
        quote = max(math.ceil(parts + labour * 45) + rng.choice([-30, -10, 0, 0, 5, 15, 25]), 20)
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        rows.append([f"J{5200 + i}", rng.choice(names), phone, bike, svc, booked, promised,
                     collected, parts, labour, quote, rng.choice(mechs), status])
    rows[6][2] = None                  # no phone
    rows[19][2] = None
    rows[33][2] = None
    rows[10][11] = None                # unassigned
    rows[27][11] = None
    rows[38][11] = None
    rows[14][12] = "ready"             # lower case
    rows[22][12] = "Ready "            # trailing space
    rows[30][0] = rows[29][0]          # duplicate job number
    rows[4][8] = "18.50"               # parts stored as text
    rows[36][8] = "112"
    rows[11][5] = text_date(dt.date(2026, 11, 14))
    rows[41][5] = text_date(dt.date(2026, 11, 23))
    rows[16][1] = rows[2][1]
    put_table(ws, 3, 1, ["Job No", "Customer", "Phone", "Bike", "Service", "Booked In",
                         "Promised By", "Collected", "Parts (£)", "Labour (hrs)", "Quote £",
                         "Mechanic", "Status"], rows)
    ws["O3"] = "Labour rate £/hr"
    ws["P3"] = 45
    ws["O4"] = "Free storage (days)"
    ws["P4"] = 7

    s2 = wb.create_sheet("Mechanics")
    s2["A1"] = "Mechanic hours by week (weeks 23-48)"
    s2["A3"] = "Contract hrs"
    contract = {"Dave": 40, "Ola": 32, "Ricky": 24, "Mei": 40}
    for j, (m, h) in enumerate(contract.items()):
        s2.cell(3, 2 + j, h)
    weeks = []
    for w in range(23, 49):
        row = [f"Wk {w}"]
        for m, h in contract.items():
            hrs = h + rng.choice([-6, -4, -2, -1, 0, 0, 1, 2, 3, 4.5, 6])
            if rng.random() < 0.06:
                hrs = None     # holiday / sick
            row.append(hrs)
        weeks.append(row)
    put_table(s2, 5, 1, ["Week", "Dave", "Ola", "Ricky", "Mei"], weeks)
    return wb


# ------------------------------------------------------------------ crew_roster
def crew_roster() -> Workbook:
    rng = random.Random(303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Dec Roster"
    ws["A1"] = "Cabin & flight crew roster - Nov/Dec 2026 (LHR/MAN)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "all times UTC; rest = hours off before report"
    ranks = ["CPT", "FO", "SO", "CSD", "SCCM", "CC", "CC", "CC"]
    firsts = ["Alex", "Bea", "Carl", "Dina", "Ed", "Faye", "Gus", "Hira", "Ian", "Jade", "Kwame",
              "Lena", "Marek", "Nell", "Oscar", "Pia", "Quinn", "Ruth", "Saul", "Tara"]
    lasts = ["Ambrose", "Bishop", "Carter", "Dunn", "Ellis", "Frost", "Grant", "Hale", "Irving",
             "Joyce", "Kemp", "Lowry", "Mills", "North"]
    sectors = ["LHR-MAD", "LHR-JFK", "MAN-PMI", "LHR-DXB", "LHR-EDI", "MAN-TFS", "LHR-ORD",
               "LHR-CDG", "MAN-DUB", "LHR-SIN"]
    block = {"LHR-MAD": 2.4, "LHR-JFK": 8.1, "MAN-PMI": 2.6, "LHR-DXB": 6.9, "LHR-EDI": 1.4,
             "MAN-TFS": 4.5, "LHR-ORD": 8.9, "LHR-CDG": 1.3, "MAN-DUB": 1.1, "LHR-SIN": 13.2}
    crew = [(f"{3100 + k * 7}", f"{rng.choice(firsts)} {rng.choice(lasts)}", ranks[k % 8])
            for k in range(22)]
    rows = []
    for i in range(50):
        staff, name, rank = crew[rng.randrange(22)]
        day = d(rng.randint(-18, 20))
        while day == d(0) or day == d(7) or day == d(-7):
            day = day + dt.timedelta(days=1)
        sec = rng.choice(sectors)
        bh = block[sec] * 2 if block[sec] < 3 else block[sec]
        bh = round(bh + rng.choice([-0.2, 0, 0.1, 0.3]), 1)
        duty = round(bh + rng.uniform(1.5, 3.4), 1)
        if abs(duty - bh - 3) < 0.05:     # keep duty - block away from exactly 3 h
            duty = round(duty + 0.2, 1)
        rest = rng.choice([10, 11, 12, 14, 16, 18, 24, 30, 36, 9.5, 48])
        base = sec[:3]
        standby = "Y" if i % 9 == 4 else None
        flight = f"NX{rng.randint(100, 989)}"
        report = dt.time(rng.randint(4, 21), rng.choice([0, 15, 30, 45]))
        rows.append([staff, name, rank, base, day, report, flight, sec, bh, duty, rest, standby])
    rows[7][8] = None       # block not yet logged
    rows[23][8] = None
    rows[15][10] = None      # rest missing
    rows[31][2] = "fo"       # lower-case rank
    rows[42][1] = "Lena Mills "
    rows[19][0] = int(rows[19][0]) if rows[19][0].isdigit() else rows[19][0]  # id as number
    put_table(ws, 4, 1, ["Staff No", "Name", "Rank", "Base", "Duty Date", "Report (UTC)",
                         "Flight", "Sector", "Block Hrs", "Duty Hrs", "Rest Before (h)",
                         "Standby?"], rows)
    ws["N4"] = "FDP limit (h)"
    ws["O4"] = 13
    ws["N5"] = "Min rest (h)"
    ws["O5"] = 12

    s2 = wb.create_sheet("Licences")
    s2["A1"] = "Crew currency - check dates"
    rows2 = []
    extra = [("3254", "Vera Quist", "CC"), ("3261", "Wyn Oduro", "FO"), ("3268", "Abe Lund", "CC"),
             ("3275", "Cleo Marsh", "SO")]   # not rostered this month
    for staff, name, rank in crew + extra:
        med = d(rng.randint(-20, 300))
        while abs((med - BUILT).days) in (0, 30, 60, 90):
            med += dt.timedelta(days=1)
        sep = d(rng.randint(-10, 200))
        while abs((sep - BUILT).days) in (0, 30, 60, 90):
            sep += dt.timedelta(days=1)
        passport = d(rng.randint(60, 2500))
        rows2.append([staff, name, rank, med, sep, passport])
    rows2[4][3] = None
    rows2[13][4] = None
    rows2[9][5] = text_date(dt.date(2029, 5, 17))
    put_table(s2, 3, 1, ["Staff No", "Name", "Rank", "Medical expiry", "SEP due",
                         "Passport exp."], rows2)
    return wb


# ------------------------------------------------------------------ solar_output
def solar_output() -> Workbook:
    rng = random.Random(404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Generation 2026"
    ws["A1"] = "Solar sites - monthly generation 2026 (kWh)"
    ws["A1"].font = Font(bold=True, size=14)
    regions = ["North", "South", "East", "West", "Coast"]
    shape = [0.35, 0.5, 0.8, 1.05, 1.25, 1.35, 1.3, 1.15, 0.9, 0.6, 0.4]
    places = ["Ashfield", "Brookmoor", "Cedar Farm", "Dunholme", "Eastgate Depot", "Fenwick",
              "Greyling School", "Hartley Barn", "Ivy Lane", "Juniper Park", "Kestrel Mill",
              "Longacre", "Marsh Rd", "Netherby", "Oakridge", "Pinfold", "Quarry Top",
              "Redlands", "Stonebridge", "Thornby", "Upton Leisure", "Vale Court", "Westmere",
              "Yardley Works", "Zeal Cross", "Abbots Hill", "Bramley", "Colton Hall", "Dray St",
              "Elmstead"]
    rows = []
    for i, place in enumerate(places):
        kwp = rng.choice([30, 50, 75, 100, 150, 250, 4.5, 6, 12])
        base = kwp * rng.uniform(70, 95)
        months = [round(base * s * rng.uniform(0.85, 1.15)) for s in shape]
        target = round(kwp * rng.uniform(880, 1020), -2)
        comm = dt.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
        rows.append([place, regions[i % 5], kwp, comm, *months, target])
    rows[4][4 + 6] = None          # Jul missing (outage)
    rows[11][4 + 3] = None         # Apr missing
    rows[11][4 + 4] = None
    rows[22][4 + 9] = None         # Oct missing
    rows[7][4 + 2] = str(rows[7][4 + 2])    # number stored as text
    rows[18][4 + 5] = str(rows[18][4 + 5])
    rows[26][4 + 10] = 0                    # zero in Nov (inverter off)
    rows[13][0] = "Netherby "
    rows[20][3] = None
    put_table(ws, 3, 1, ["Site", "Region", "kWp", "Commissioned", "Jan", "Feb", "Mar", "Apr",
                         "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Target kWh/yr"], rows)

    ws["A37"] = "Inverter faults log"
    ws["A37"].font = BOLD
    codes = ["E021 grid", "E104 isolation", "W07 temp", "E330 comms", "E021 grid", "W12 string"]
    rows2 = []
    for i in range(28):
        site = rng.choice(places).strip()
        fdate = d(-rng.randint(2, 150))
        while fdate.weekday() == 6 and i % 3:
            fdate -= dt.timedelta(days=1)
        down = rng.choice([0.5, 1, 2, 3.5, 6, 8, 12, 26, 48, 72])
        resolved = fdate + dt.timedelta(days=rng.randint(0, 6)) if i % 6 != 5 else None
        rows2.append([site, fdate, rng.choice(codes), down, resolved,
                      rng.choice(["Ben", "Kai", "Sue", "contractor"])])
    put_table(ws, 38, 1, ["Site", "Fault date", "Code", "Downtime (h)", "Resolved", "Engineer"],
              rows2)

    s2 = wb.create_sheet("Contacts")
    s2["A1"] = "Site contacts"
    rows3 = []
    for i, place in enumerate(places[:26]):
        mail = f"{place.split()[0].lower()}@{rng.choice(['council.gov.uk', 'gmail.com', 'estates.co.uk'])}"
        if i % 10 == 7:
            mail = None
        rows3.append([place.strip(), rng.choice(["Parish council", "School trust", "Private",
                                                   "Co-op"]), mail,
                      rng.choice(["SunPower", "LONGi", "JA Solar", "REC"])])
    rows3[15][2] = "no email - call"
    put_table(s2, 3, 1, ["Site", "Owner", "Contact email", "Panel brand"], rows3)
    return wb


# ------------------------------------------------------------------ museum_loans
def museum_loans() -> Workbook:
    rng = random.Random(505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Loans Out"
    ws["A1"] = "Outgoing loans register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Collections dept. - values insured nail-to-nail"
    objs = ["Portrait of a Merchant", "Bronze horse", "Tapestry fragment", "Silver ewer",
            "Landscape with mill", "Roman coin hoard", "Lacquer box", "Sketchbook (1821)",
            "Stained glass panel", "Marble head", "Ship model", "Feather cloak", "Ceramic vase",
            "Astrolabe", "Illuminated psalter", "Pocket watch", "Embroidered jacket",
            "Ivory comb", "Oil study of clouds", "Terracotta figure"]
    insts = ["Rijksmuseum", "Musee d'Orsay", "Met Museum", "Tate Britain", "Prado",
             "National Gallery of Victoria", "Louvre Abu Dhabi", "Kunsthaus Zurich",
             "Smithsonian", "Art Institute Chicago"]
    country = {"Rijksmuseum": "Netherlands", "Musee d'Orsay": "France", "Met Museum": "USA",
               "Tate Britain": "UK", "Prado": "Spain", "National Gallery of Victoria": "Australia",
               "Louvre Abu Dhabi": "UAE", "Kunsthaus Zurich": "Switzerland",
               "Smithsonian": "USA", "Art Institute Chicago": "USA"}
    conds = ["Good", "Good", "Fair", "Excellent", "Poor", "Fair"]
    rows = []
    for i in range(40):
        start = d(rng.randint(-300, 120))
        end = start + dt.timedelta(days=rng.choice([90, 120, 150, 180, 240, 365]))
        while abs((end - BUILT).days) in (0, 30, 60, 90) or abs((start - BUILT).days) in (0, 14, 30):
            end += dt.timedelta(days=1)
            start += dt.timedelta(days=1)
        inst = rng.choice(insts)
        k = rng.randrange(len(objs))
        value = rng.choice([25_000, 60_000, 120_000, 250_000, 480_000, 900_000, 1_500_000,
                            3_200_000, 75_000, 40_000])
        courier = "Y" if value >= 250_000 or rng.random() < 0.2 else "N"
        signed = start - dt.timedelta(days=rng.randint(20, 90)) if i % 7 != 3 else None
        rows.append([f"LO-26-{i + 1:03d}", f"1987.{100 + k * 13}", objs[k], inst, country[inst],
                     start, end, value, rng.choice(conds), courier, signed])
    rows[9][3] = "Prado "
    rows[24][3] = "Met Museum  "
    rows[15][8] = "poor"
    rows[31][8] = None
    rows[12][0] = rows[11][0]                 # duplicate loan ref
    rows[36][9] = None
    rows[6][10] = text_date(rows[6][10])      # signed date typed as text
    rows[20][7] = "1,200,000"                 # value as text with commas (not a number)
    put_table(ws, 4, 2, ["Loan Ref", "Object No.", "Object", "Borrowing Institution", "Country",
                         "Loan Start", "Loan End", "Insurance Value (USD)", "Condition",
                         "Courier (Y/N)", "Agreement signed"], rows)

    s2 = wb.create_sheet("Loans In")
    s2["A1"] = "Incoming loans for 'Rivers & Ports' (opens 2027-03-05)"
    lenders = ["Private collection", "British Museum", "V&A", "Hull Maritime", "Bristol Museum",
               "Glasgow Museums", "Private collection"]
    rows2 = []
    for i in range(26):
        arrive = d(rng.randint(-60, 95))
        while abs((arrive - BUILT).days) in (0, 7, 14, 30) or arrive.weekday() >= 5 and i % 4:
            arrive += dt.timedelta(days=1)
        rows2.append([f"LI-{700 + i}", rng.choice(objs), rng.choice(lenders), arrive,
                      rng.choice([5_000, 12_000, 30_000, 85_000, 150_000, 400_000]),
                      rng.choice(["Crate", "Soft pack", "Crate", "Travel frame"]),
                      None if i % 5 == 1 else rng.choice(["Received", "In transit", "Booked"])])
    put_table(s2, 3, 1, ["Ref", "Object", "Lender", "Arrival", "Value (GBP)", "Packing",
                         "Status"], rows2)
    return wb


# ------------------------------------------------------------------ tutoring_sessions
def tutoring_sessions() -> Workbook:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws["A1"] = "Autumn term sessions (rate is per hour, amount = mins/60 x rate)"
    tutors = ["Ms Oduya", "Mr Hart", "Dr Sen", "Ms Lind"]
    students = ["Ava K", "Ben T", "Cara M", "Dev P", "Ella R", "Finn O", "Gia L", "Hugo B",
                "Isla W", "Jay N", "Kit S", "Lola F"]
    subj = ["Maths", "Physics", "Chemistry", "English", "French", "Biology"]
    levels = ["GCSE", "A-level", "KS3", "GCSE", "A-level"]
    rows = []
    day = d(-62)
    for i in range(56):
        day = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        if day.weekday() == 6 and i % 4:
            day += dt.timedelta(days=1)
        if day >= d(0):
            day = d(-1)
        while day in (d(-7), d(-14), d(-30)):
            day += dt.timedelta(days=1)
        mins = rng.choice([45, 60, 60, 90, 120, 30])
        rate = rng.choice([35, 40, 45, 55, 60])
        amount = round(mins / 60 * rate, 2)
        if i in (7, 19, 33, 48):
            amount = amount + rng.choice([10, -15, 20, -5])
        start = dt.time(rng.choice([9, 10, 15, 16, 17, 18, 19]), rng.choice([0, 30]))
        paid = rng.choice(["Y", "Y", "Y", "N", "Y"]) if day < d(-10) else rng.choice(["Y", "N", "N"])
        rows.append([day, day.strftime("%a"), rng.choice(tutors), rng.choice(students),
                     rng.choice(subj), rng.choice(levels), start, mins, rate, amount, paid,
                     None])
    rows[5][11] = "cancelled - charged"
    rows[13][11] = "no show"
    rows[22][11] = "moved online"
    rows[40][11] = "No-show, parent informed"
    rows[44][11] = "extra worksheet sent"
    rows[28][10] = None
    rows[51][10] = None
    rows[17][10] = "y"
    rows[36][7] = "60"               # mins stored as text
    rows[46][3] = "Ella R "
    put_table(ws, 2, 1, ["Date", "Day", "Tutor", "Student", "Subject", "Level", "Start", "Mins",
                         "Rate/hr", "Amount", "Paid", "Notes"], rows)

    s2 = wb.create_sheet("Students")
    rows2 = []
    for k, s in enumerate(students):
        pack = rng.choice([10, 20, 30])
        used = round(rng.uniform(2, pack + 4), 1)
        mail = f"{s.split()[0].lower()}.parent@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com'])}"
        if k in (3, 9):
            mail = None
        rows2.append([s, rng.choice([9, 10, 11, 12, 13]), mail, pack, used,
                      d(-rng.randint(70, 120))])
    rows2.append(["Mo J", 11, "mo.parent@gmail.com", 10, 10, d(-30)])
    more = ["Nia D", "Omar Q", "Pip H", "Remi C", "Sana V", "Theo G", "Uma B", "Vic L",
            "Wren A", "Xav M", "Yara E", "Zak P", "Abi R", "Bo W"]
    for k, s in enumerate(more):
        pack = rng.choice([10, 20, 30])
        used = round(rng.uniform(2, pack + 3), 1)
        if abs(used - pack) < 0.3 or abs(used - 5) < 0.3:
            used = round(used + 0.6, 1)
        mail = f"{s.split()[0].lower()}.parent@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com'])}"
        if k in (4, 11):
            mail = None
        joined = d(-rng.randint(60, 130))
        if joined == dt.date(2026, 9, 1):
            joined = dt.date(2026, 9, 2)
        rows2.append([s, rng.choice([9, 10, 11, 12, 13]), mail, pack, used, joined])
    rows2[2][1] = "12"
    put_table(s2, 1, 1, ["Student", "Year", "Parent email", "Package hrs", "Hrs used",
                         "Joined"], rows2)
    return wb


# ------------------------------------------------------------------ community_garden
def community_garden() -> Workbook:
    rng = random.Random(707)
    wb = Workbook()
    ws = wb.active
    ws.title = "Plots"
    ws["A1"] = "Elm Road Community Garden - plot register 2026/27"
    ws["A1"].font = Font(bold=True, size=14)
    holders = ["R. Ahmed", "June Cole", "P. & M. Walsh", "Ted Brook", "Sunita K", "Olu A",
               "Greta Moss", "Ken Ward", "Ivy Shaw", "Dan Frey", "Maya L", "Bill Hurst",
               "Agnes Pike", "Tariq S", "Lucy Bell", "Nora Quinn", "Hugh Dale", "Carmen V",
               "Win Yap", "Fred Lyle"]
    rows = []
    for i in range(42):
        plot = f"{'ABC'[i // 14]}{i % 14 + 1}"
        h = holders[i % 20] if i < 40 else holders[i - 35]
        size = rng.choice([25, 50, 50, 75, 100, 125, 150])
        since = dt.date(rng.randint(2004, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if since > d(-10):
            since = dt.date(2026, 4, 2)
        fee = size * 0.6 + 15
        paid = d(-rng.randint(5, 120)) if rng.random() < 0.75 else None
        key = rng.choice(["Yes", "No", "Yes", "yes"])
        insp = d(-rng.randint(10, 400))
        while abs((insp - BUILT).days) in (90, 180, 365):
            insp -= dt.timedelta(days=1)
        email = h.split()[-1].lower().replace(".", "") + f"{i}@" + rng.choice(["gmail.com", "btinternet.com", "yahoo.co.uk"])
        if i % 8 == 6:
            email = None
        rows.append([plot, h, email, size, since, fee, paid, key, insp])
    rows[3][1] = None                 # vacant plot
    rows[3][2] = None
    rows[3][6] = None
    rows[26][1] = None
    rows[26][2] = None
    rows[26][6] = None
    rows[17][3] = "75"                # size stored as text
    rows[9][8] = text_date(dt.date(2026, 9, 23))   # inspection date typed as text
    rows[35][7] = "No "
    put_table(ws, 3, 1, ["Plot", "Plot holder", "email", "Size m2", "Since", "Annual fee £",
                         "Paid on", "Water key", "Last inspection"], rows)

    ws["K3"] = "Waiting list"
    ws["K3"].font = BOLD
    wl_names = ["Zoe Park", "Amir H", "Beth Cross", "Cal Ng", "Dora Pugh", "Eli Roth",
                "Fay Lim", "Gil Mont", "Hana Suzuki", "Ike Obi", "Jess Rowe", "Kai Ford",
                "Lars Berg", "Mina Ali", "Ned Cole", "Opal Reyes", "Pete Gray", "Rosa Diaz",
                "Sid Vance", "Tina Marr", "Uma Rao", "Vic Hale", "Walt Ede", "Xena Pope",
                "Yusuf Kara"]
    rows2 = []
    for i, n in enumerate(wl_names):
        joined = d(-rng.randint(20, 1500))
        while abs((joined - BUILT).days) in (365, 730, 1095):
            joined -= dt.timedelta(days=2)
        wants = rng.choice(["half", "full", "any", "half", "raised bed"])
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if i % 6 != 4 else None
        rows2.append([n, joined, wants, phone])
    rows2[12][0] = "Beth Cross"     # on the list twice
    rows2[20][0] = "Ivy Shaw"       # already a plot holder
    put_table(ws, 4, 11, ["Name", "Joined list", "Wants", "Phone"], rows2)

    s2 = wb.create_sheet("Inspections")
    s2["A1"] = "Autumn walk-round scores (1 = neglected, 5 = excellent)"
    rows3 = []
    for i in range(40):
        rows3.append([rows[i][0], rng.choice([1, 2, 3, 3, 4, 4, 5]),
                      rng.choice([1, 2, 3, 4, 5]), rng.choice(["Sheila", "Mo", "Ken W"]),
                      None if i % 5 else rng.choice(["weeds", "shed roof", "bonfire", "great"])])
    rows3[14][2] = None
    rows3[31][1] = None
    put_table(s2, 3, 1, ["Plot", "Sept score", "Nov score", "Inspector", "Comment"], rows3)
    return wb


# ------------------------------------------------------------------ pharmacy_stock
def pharmacy_stock() -> Workbook:
    rng = random.Random(808)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["A1"] = "Riverside Pharmacy - dispensary stock"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "count date 30/11; disp = packs dispensed per quarter"
    drugs = [("Amoxicillin", "500mg", "caps"), ("Atorvastatin", "20mg", "tabs"),
             ("Metformin", "500mg", "tabs"), ("Omeprazole", "20mg", "caps"),
             ("Salbutamol", "100mcg", "inhaler"), ("Sertraline", "50mg", "tabs"),
             ("Ramipril", "5mg", "caps"), ("Levothyroxine", "50mcg", "tabs"),
             ("Amlodipine", "5mg", "tabs"), ("Co-codamol", "30/500", "tabs"),
             ("Morphine sulfate", "10mg", "tabs"), ("Diazepam", "5mg", "tabs"),
             ("Prednisolone", "5mg", "tabs"), ("Lansoprazole", "30mg", "caps"),
             ("Citalopram", "20mg", "tabs"), ("Naproxen", "500mg", "tabs"),
             ("Bisoprolol", "2.5mg", "tabs"), ("Fluoxetine", "20mg", "caps"),
             ("Tramadol", "50mg", "caps"), ("Insulin glargine", "100u/ml", "pen"),
             ("Beclometasone", "100mcg", "inhaler"), ("Doxycycline", "100mg", "caps"),
             ("Oxycodone", "5mg", "caps"), ("Gabapentin", "300mg", "caps"),
             ("Warfarin", "1mg", "tabs"), ("Furosemide", "40mg", "tabs")]
    controlled = {"Morphine sulfate", "Diazepam", "Tramadol", "Oxycodone", "Co-codamol",
                  "Gabapentin"}
    suppliers = ["Alliance", "AAH", "Phoenix", "Alliance", "AAH"]
    rows = []
    for i in range(48):
        name, strength, form = drugs[i % 26] if i < 26 else drugs[rng.randrange(26)]
        if i >= 26:
            strength = rng.choice(["10mg", "25mg", "250mg", "40mg", "1mg", "200mg"])
        qty = rng.randint(0, 60)
        reorder = rng.choice([5, 10, 10, 15, 20])
        expiry = d(rng.randint(-25, 700))
        while abs((expiry - BUILT).days) in (0, 30, 60, 90, 180) or expiry.month == 12 and expiry.year == 2026 and i % 5:
            expiry += dt.timedelta(days=3)
        cost = round(rng.uniform(0.9, 42.0), 2)
        q = [rng.randint(5, 90) for _ in range(4)]
        rows.append([f"PX{rng.randint(10000, 99999)}", name, strength, form, qty, reorder,
                     expiry, rng.choice(suppliers), cost, "CD" if name in controlled else None,
                     *q])
    rows[6][4] = "12"             # qty stored as text
    rows[21][4] = "0"
    rows[33][4] = None            # not counted
    rows[12][6] = text_date(dt.date(2027, 8, 31))
    rows[40][6] = None
    rows[18][0] = rows[2][0]      # duplicate code
    rows[27][1] = "Metformin "
    rows[9][13] = None            # Q4 not in yet
    rows[29][13] = None
    put_table(ws, 4, 1, ["Item Code", "Drug Name", "Strength", "Form", "Qty On Hand",
                         "Reorder Lvl", "Expiry", "Supplier", "Unit Cost", "Schedule",
                         "Q1 Disp", "Q2 Disp", "Q3 Disp", "Q4 Disp"], rows)
    ws["P4"] = "Expiry warning (days)"
    ws["Q4"] = 60

    s2 = wb.create_sheet("Orders")
    s2["A1"] = "Purchase orders"
    rows2 = []
    for i in range(30):
        ordered = d(-rng.randint(1, 45))
        expected = ordered + dt.timedelta(days=rng.choice([1, 2, 3, 5, 10]))
        rec = None
        if expected < d(-1) and rng.random() < 0.7:
            rec = expected + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
        rows2.append([f"PO-{88100 + i}", rows[rng.randrange(48)][0], ordered, expected,
                      rng.choice([5, 10, 20, 50]), rec])
    rows2[8][0] = rows2[7][0]
    put_table(s2, 3, 1, ["PO No", "Item Code", "Ordered", "Expected", "Packs", "Received"], rows2)
    return wb


BOOKS = {
    "film_festival": film_festival,
    "bike_repairs": bike_repairs,
    "crew_roster": crew_roster,
    "solar_output": solar_output,
    "museum_loans": museum_loans,
    "tutoring_sessions": tutoring_sessions,
    "community_garden": community_garden,
    "pharmacy_stock": pharmacy_stock,
}


def main() -> None:
    for name, make in BOOKS.items():
        wb = make()
        wb.save(HERE / f"{name}.xlsx")
        print("wrote", f"{name}.xlsx")


if __name__ == "__main__":
    main()
