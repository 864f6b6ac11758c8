"""Build the six workbooks of dev-v18 part AP (openpyxl only, fixed seeds 1801-1806).

Dates are literals or offsets from BUILT (2026-12-03, a Thursday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds and the quirks are set by hand afterwards (`quirks_*`), so cell
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
BUILT = dt.date(2026, 12, 3)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def hm_of(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


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


def setd(ws, ref: str, v) -> None:
    """Set a cell by hand, keeping a date/time format on dates and times."""
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"
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


# ------------------------------------------------------------------ used_car_dealership
def cars() -> None:
    rng = random.Random(1801)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["A1"] = "Marsh Lane Motors - forecourt stock"
    ws["A1"].font = TITLE
    ws["A2"] = "cost = what we paid (trade-in or auction); recon = prep and repairs before sale"
    ws["A3"] = "status: AV = on sale, RES = reserved (deposit taken), SOLD = handed over"
    cols = ["Stock no", "Make", "Model", "Year", "Miles", "Fuel", "Cost ($)", "Recon ($)",
            "Asking ($)", "Arrived", "MOT due", "Status", "Sold on", "Sold for ($)", "Exec",
            "Deposit ($)"]
    header(ws, 5, 2, cols)                                   # header at B5 (B5:Q45)
    ws["S5"] = "Min margin ($)"
    ws["T5"] = 1200
    ws["S6"] = "Aged stock (days)"
    ws["T6"] = 90
    models = [("Ford", "Focus Titanium", "Petrol", 14000), ("Ford", "Fiesta Zetec", "Petrol", 9000),
              ("Vauxhall", "Astra estate", "Diesel", 12000), ("VW", "Golf GTI", "Petrol", 22000),
              ("VW", "Passat Estate", "Diesel", 18000), ("Skoda", "Octavia Estate", "Diesel", 15000),
              ("Toyota", "Yaris Hybrid", "Hybrid", 13000), ("Toyota", "Corolla Icon", "Hybrid", 17000),
              ("Nissan", "Qashqai Tekna", "Diesel", 16000), ("Nissan", "Leaf", "Electric", 15000),
              ("Kia", "Sportage GT-Line", "Diesel", 19000), ("Hyundai", "i30 SE", "Petrol", 11000),
              ("Peugeot", "3008 Allure", "Diesel", 17000), ("BMW", "320d M Sport", "Diesel", 21000),
              ("Audi", "A4 S line", "Diesel", 20000), ("Mini", "Cooper", "Petrol", 13000),
              ("Honda", "Jazz EX", "Petrol", 10000), ("Mazda", "MX-5 Sport", "Petrol", 16000),
              ("Volvo", "V60 estate", "Diesel", 19000), ("Tesla", "Model 3", "Electric", 28000)]
    execs = ["Kev", "Lorna", "Dev", "Shaz"]
    for i in range(40):
        r = 6 + i
        make, model, fuel, base = rng.choice(models)
        year = rng.randint(2011, 2023)
        age = 2026 - year
        miles = age * rng.choice([5200, 7400, 9100, 11800, 13600]) + rng.randint(0, 999)
        cost = round(base * 0.88 ** age * rng.uniform(0.85, 1.1) / 50) * 50
        recon = rng.choice([None, 0, 150, 320, 480, 750, 1200, 1850])
        asking = round((cost * rng.choice([1.12, 1.17, 1.24, 1.3, 1.38]) + (recon or 0)) / 250) * 250 - 5
        status = rng.choices(["AV", "RES", "SOLD"], weights=[50, 15, 35])[0]
        arrived = pick_offset(rng, -220, -2, {-89, -90, -91})
        mot = pick_offset(rng, -25, 360, {0, 29, 30, 31})
        sold_on = sold_for = who = dep = None
        if status == "SOLD":
            s = arrived + rng.choice([4, 9, 12, 17, 22, 35, 51, 77, 102])
            if s > -1:
                s = -1 - rng.randint(0, 3)
            if s <= arrived:
                s = arrived + 1
            sold_on = day(s)
            sold_for = asking - rng.choice([0, 0, 250, 500, 750, 1005, 1500])
            dep = rng.choice([None, 250, 500, 1000])
        if status == "RES":
            dep = rng.choice([200, 500, 1000, 1500])
        if status != "AV":
            who = rng.choice(execs)
        put(ws, r, 2, [f"ML{2401 + i}", make, model, year, miles, fuel, cost, recon, asking,
                       day(arrived), day(mot), status, sold_on, sold_for, who, dep],
            {4: "#,##0", 6: "#,##0", 7: "#,##0", 8: "#,##0", 13: "#,##0", 15: "#,##0"})

    td = wb.create_sheet("Test drives")
    header(td, 1, 1, ["Date", "Customer", "Stock no", "Exec", "Outcome", "Follow-up"])
    customers = ["P. Okafor", "Dean Wright", "Mrs H. Lyle", "Tariq Aziz", "Jen Fox", "Colin Bray",
                 "Aga Nowak", "Ray Singh", "Lucy Ma", "Ben Ortiz", "Sian Hughes", "Ed Byrne",
                 "Zainab Olu", "Greg Penn"]
    for i in range(24):
        r = 2 + i
        off = pick_offset(rng, -40, -1, set())
        outcome = rng.choice(["Bought", "Thinking", "Thinking", "No sale", "Finance declined"])
        fu = None
        if outcome == "Thinking" and rng.random() < 0.85:
            fu = day(off + rng.choice([2, 3, 5, 7, 10]))
        put(td, r, 1, [day(off), rng.choice(customers), f"ML{2401 + rng.randrange(40)}",
                       rng.choice(execs), outcome, fu])

    ms = wb.create_sheet("Monthly sales")
    ms["A1"] = "Sales by exec - 2026"
    ms["A1"].font = TITLE
    ms["A2"] = "Units sold"
    ms["A2"].font = Font(italic=True)
    ms["I2"] = "Gross profit ($)"
    ms["I2"].font = Font(italic=True)
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ms, 3, 1, ["Exec", *months])                     # A3:G9
    header(ms, 3, 9, ["Exec", *months])                     # I3:O9 (side by side)
    for i, p in enumerate(["Kev", "Lorna", "Dev", "Shaz", "Tomasz", "Bea"]):
        units = [rng.randint(2, 11) for _ in months]
        gp = [u * rng.choice([820, 1050, 1240, 1510, 1790]) for u in units]
        put(ms, 4 + i, 1, [p, *units])
        put(ms, 4 + i, 9, [p, *gp], {k: "#,##0" for k in range(1, 7)})
    quirks_cars(ws, td, ms)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [3, 9, 10, 17, 6, 9, 9, 9, 9, 10, 11, 11, 7, 11, 11, 7, 10, 3, 18, 6])
    widths(td, "A B C D E F", [11, 13, 9, 7, 16, 11])
    wb.save(HERE / "used_car_dealership.xlsx")


def quirks_cars(ws, td, ms) -> None:
    ws["B40"] = "ML2417"                         # duplicate stock no (row 22)
    ws["C36"] = "Citroen"                        # a one-off model with a trailing space
    ws["D36"] = "Berlingo "
    ws["G36"] = "Diesel"
    ws["G28"] = "diesel"                         # odd case
    ws["F28"] = 104300
    ws["J20"] = "4745"                           # asking price stored as text
    ws["N21"] = "16/09/2026"                     # sold date typed as text
    ws["O40"] = 7495                             # sold exactly $500 under asking
    ws["Q42"] = ws["Q14"] = None                 # reserved, no deposit taken
    td["F21"] = None                             # thinking, no follow-up set
    td["E13"] = "bought"                         # odd case
    td["B8"] = "Jen Fox "                        # trailing space (one-off customer)
    for ref in ("B9", "C9", "J9", "K9"):         # Bea joined in August
        ms[ref] = None


# ------------------------------------------------------------------ scout_troop
def scouts() -> None:
    rng = random.Random(1802)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "1st Bramley Scouts - troop register (autumn term)"
    ws["A1"].font = TITLE
    ws["A2"] = "nights = meetings attended this term; subs and camp deposits in $"
    cols = ["Member no", "Name", "Patrol", "DOB", "Joined", "Nights", "Badges", "Subs paid ($)",
            "Medical form", "Photo OK", "Camp", "Camp dep. ($)", "Parent email", "role"]
    header(ws, 4, 1, cols)                                   # A4:N40
    ws["P4"] = "Meetings held"
    ws["Q4"] = 12
    ws["P5"] = "Term subs ($)"
    ws["Q5"] = 45
    ws["P6"] = "Moving-on age"
    ws["Q6"] = 14
    first = ["Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Freya", "Arlo", "Maya", "Theo",
             "Evie", "Finn", "Ruby", "Jack", "Poppy", "Alfie", "Esme", "Harry", "Lily", "Max",
             "Zara", "Kai", "Nell", "Sami", "Ivy", "Reuben", "Hana", "Ezra", "Mabel", "Otis",
             "Iris", "Jude", "Rosa", "Felix", "Aisha", "Caleb"]
    surnames = ["Reid", "Taylor", "Patel", "Novak", "Hughes", "Osei", "Brennan", "Clarke", "Khan",
                "Murray", "Fletcher", "Dunn", "Walsh", "Ito", "Barker", "Lund"]
    patrols = ["Otters", "Kestrels", "Badgers", "Foxes"]
    for i, fn in enumerate(first):
        r = 5 + i
        sn = rng.choice(surnames)
        age_days = rng.randint(int(10.4 * 365), int(14.6 * 365))
        dob = BUILT - dt.timedelta(days=age_days)
        joined = max(pick_offset(rng, -1300, -3, {-90, -89, -91}),
                     (dob - BUILT).days + int(10.2 * 365))
        camp = rng.choice(["Y", "Y", "N"])
        dep = rng.choice([40, 40, 20, None]) if camp == "Y" else None
        med = pick_offset(rng, -600, -10, set()) if rng.random() < 0.85 else None
        put(ws, r, 1, [f"S-{1001 + i}", f"{fn} {sn[0]}.", rng.choice(patrols),
                       dt.datetime.combine(dob, dt.time()), day(joined), rng.randint(4, 12),
                       rng.randint(0, 21), rng.choice([45, 45, 45, 30, 20, None]),
                       day(med) if med is not None else None, rng.choice(["Y", "Y", "Y", "N"]), camp,
                       dep, f"{'jkmrstdp'[i % 8]}{sn.lower()}{(i * 37) % 90 + 10}@mail.example", None])

    hk = wb.create_sheet("Hikes")
    hk["B1"] = "Hike log and patrol points"
    hk["B1"].font = TITLE
    hk["B2"] = "distance in km, ascent in metres, hours door to door"
    header(hk, 3, 2, ["Date", "Route", "Distance (km)", "Ascent (m)", "Scouts", "Leaders", "Hours",
                      "Weather"])                            # B3:I21
    routes = ["Leith Hill loop", "Devil's Punch Bowl", "Box Hill stepping stones", "Pewley Down",
              "Wey Navigation", "St Martha's Hill", "Hindhead commons", "Newlands Corner",
              "Chantries ridge", "Holmbury Hill"]
    for i in range(18):
        r = 4 + i
        off = pick_offset(rng, -220, -4, set())
        km = rng.choice([6, 7.5, 9, 10.5, 12, 13.5, 16, 18, 21])
        asc = rng.choice([120, 180, 260, 340, 420, 510, 640, 780])
        sc = rng.randint(8, 26)
        put(hk, r, 2, [day(off), rng.choice(routes), km, asc, sc, rng.randint(2, 5),
                       round(km / rng.choice([2.9, 3.4, 3.9, 4.4]) + 0.3, 1),
                       rng.choice(["Dry", "Dry", "Showers", "Rain", "Windy", "Fog"])])
    hk["K2"] = "Patrol points"
    hk["K2"].font = Font(italic=True)
    weeks = [f"Wk {k}" for k in range(1, 9)]
    header(hk, 3, 11, ["Patrol", *weeks])                    # K3:S7 (side by side)
    for i, p in enumerate(patrols):
        put(hk, 4 + i, 11, [p] + [rng.randint(6, 28) for _ in weeks])
    hk["K10"] = "Max scouts per leader"
    hk["N10"] = 6

    ck = wb.create_sheet("Camp kit")
    ck["A1"] = "Tents"
    ck["A1"].font = BOLD
    header(ck, 2, 1, ["Tent", "Sleeps", "Bought", "Last checked", "Poles", "Pegs", "Pegs needed",
                      "Condition"])                          # A2:H14
    conds = ["Good", "Good", "Good", "Torn flysheet", "Mould on inner", "Zip sticks",
             "Missing 2 poles", "torn groundsheet"]
    for i in range(12):
        sleeps = rng.choice([2, 3, 4, 4, 6, 8])
        need = {2: 12, 3: 16, 4: 20, 6: 28, 8: 36}[sleeps]
        put(ck, 3 + i, 1, [f"T{i + 1:02d}", sleeps, date(rng.randint(2012, 2024), rng.randint(1, 12), 1),
                           day(pick_offset(rng, -500, -20, set())), rng.randint(4, 9),
                           need - rng.choice([0, 0, 0, 2, 3, 6]), need, rng.choice(conds)],
            {2: "mmm yyyy"})
    ck["A17"] = "Cooking kit"
    ck["A17"].font = BOLD
    header(ck, 18, 1, ["Item", "Qty", "Min qty", "Last used", "Notes"])   # A18:E28
    items = ["Trangia stove", "Gas canister", "Billy can", "Frying pan", "Kettle", "Chopping board",
             "Washing-up bowl", "Water carrier", "Cool box", "Utensil roll"]
    for i, it in enumerate(items):
        mn = rng.choice([2, 4, 6, 8])
        put(ck, 19 + i, 1, [it, max(0, mn - rng.choice([-2, 0, 1, 2, 3])), mn,
                            day(pick_offset(rng, -300, -15, set()))])
    quirks_scouts(ws, hk, ck)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [10, 12, 10, 11, 11, 7, 7, 12, 12, 8, 6, 12, 28, 5, 3, 15, 5])
    widths(hk, "A B C D E F G H I J K", [3, 11, 24, 12, 10, 7, 8, 7, 9, 3, 10])
    widths(ck, "A B C D E F G H", [16, 7, 9, 12, 6, 6, 11, 18])
    wb.save(HERE / "scout_troop.xlsx")


def quirks_scouts(ws, hk, ck) -> None:
    ws["A36"] = "S-1023"                         # duplicate member no (row 27)
    ws["B38"] = "Felix M. "                      # trailing space (one-off name)
    ws["C33"] = "otters"                         # odd case
    ws["K28"] = "y"
    ws["H11"] = "30"                             # subs stored as text
    ws["I39"] = "23/01/2026"                     # medical form date typed as text
    setd(ws, "D20", date(2012, 12, 3))           # turns 14 today
    setd(ws, "E33", day(-31))                    # recent joiners
    setd(ws, "E35", day(-12))
    ws["G31"] = 21                               # no tie for the top three
    ws["G13"] = 18
    for ref, role in (("N18", "PL"), ("N6", "PL"), ("N12", "PL"), ("N8", "PL"),
                      ("N22", "APL"), ("N24", "APL"), ("N32", "APL"), ("N10", "APL")):
        ws[ref] = role
    ws["M10"] = ws["M7"].value                   # siblings share a parent email
    ws["M29"] = ws["M26"].value
    ws["M30"] = ws["M27"].value
    ws["M14"] = ws["M35"] = None                 # no email given
    hk["H11"] = 2.7
    hk["O5"] = 11                                # no score of exactly 10
    hk["B8"] = "17/06/2026"                      # hike date typed as text (a Wednesday)
    ck["H11"] = "good"                           # odd case
    ck["D12"] = ck["D7"] = None                  # never checked
    ck["E20"] = "2 dented"
    ck["E24"] = "one cracked"


# ------------------------------------------------------------------ bicycle_rental
def bikes() -> None:
    rng = random.Random(1803)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rentals"
    ws["A1"] = "Quayside Bike Hire - kiosk log"
    ws["A1"].font = TITLE
    ws["A2"] = "times 24 h; deposit returned at check-in unless there is damage"
    cols = ["Ref", "Date", "Customer", "Bike", "Type", "Out", "Due", "Back", "Rate ($/h)",
            "Charged ($)", "Deposit ($)", "Damage ($)", "Paid by", "notes"]
    header(ws, 3, 1, cols)                                   # A3:N47
    ws["P3"] = "Grace (min)"
    ws["Q3"] = 15
    ws["P4"] = "Late fee ($/h)"
    ws["Q4"] = 8
    rates = {"City": 6, "E-bike": 12, "Tandem": 10, "Kids": 4, "MTB": 9}
    types = ["City", "City", "E-bike", "E-bike", "Tandem", "Kids", "MTB"]
    people = ["J. Moreau", "Kim Tran", "Ola Berg", "Sean Daly", "Priti Rao", "Lars Holm", "Ana Ruiz",
              "Tom Ellis", "Mei Lin", "Yusuf Kaya", "Beth Carr", "Nils Aho", "Rosa Vidal",
              "Hugh Grant", "Eva Novak", "Dmitri Sokol", "Fran Ode", "Gail Moss"]
    notes = [None, None, None, None, None, "puncture rear wheel", "child seat", "lost lock",
             "Puncture - swapped bike", "helmet x2", "returned muddy"]
    offs = sorted(pick_offset(rng, -30, 0, {-7}) for _ in range(44))
    for i in range(44):
        r = 4 + i
        typ = rng.choice(types)
        out = rng.choice(range(9 * 60, 16 * 60 + 1, 30))
        hrs = rng.choice([1, 2, 2, 3, 4])
        due = out + hrs * 60
        late = rng.choice([-20, -5, 0, 0, 5, 10, 25, 40, 75, 130])
        back = due + late
        fee = rates[typ] * hrs + (8 * -(-(late - 15) // 60) if late > 15 else 0)
        dep = 100 if typ == "E-bike" else 50
        if rng.random() < 0.15:
            dep = None
        dmg = rng.choice([None] * 8 + [15, 40, 120])
        put(ws, r, 1, [f"QB-{5101 + i}", day(offs[i]), rng.choice(people),
                       f"{typ[0]}{rng.randint(1, 12):02d}", typ, hm_of(out), hm_of(due), hm_of(back),
                       rates[typ], fee, dep, dmg, rng.choice(["Card", "Card", "Cash", "App"]),
                       rng.choice(notes)], {9: "0.00"})

    fl = wb.create_sheet("Fleet")
    fl["A1"] = "Fleet register"
    fl["A1"].font = TITLE
    header(fl, 3, 2, ["Bike", "Type", "Bought", "Odometer (km)", "Last service", "Km at service",
                      "Service every (km)", "Battery cycles", "Status", "Notes"])   # B3:K27
    for i in range(24):
        typ = rng.choice(types)
        every = 800 if typ == "E-bike" else 1500
        at = rng.randint(2000, 14000)
        odo = at + rng.choice([120, 340, 610, 790, 980, 1320, 1710])
        put(fl, 4 + i, 2, [f"{typ[0]}{i + 1:02d}", typ,
                           date(rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                           odo, day(pick_offset(rng, -150, -3, {-60, -59, -61})), at, every,
                           rng.randint(40, 720) if typ == "E-bike" else None,
                           rng.choice(["In service", "In service", "In service", "Workshop", "Retired"])],
            {3: "#,##0", 5: "#,##0", 6: "#,##0"})

    dy = wb.create_sheet("Daily")
    dy["A1"] = "Daily takings"
    dy["A1"].font = TITLE
    header(dy, 3, 1, ["Date", "Rentals", "Cash ($)", "Card ($)", "App ($)", "Rain (mm)"])  # A3:F35
    for i in range(32):
        d = date(2026, 11, 1) + dt.timedelta(days=i)
        wkend = d.weekday() >= 5
        n = rng.randint(9, 22) if wkend else rng.randint(2, 13)
        tot = n * rng.choice([14, 17, 21, 24])
        cash = round(tot * rng.choice([0.1, 0.2, 0.3, 0.45]))
        app = round(tot * rng.choice([0.05, 0.15, 0.25]))
        put(dy, 4 + i, 1, [d, n, cash, tot - cash - app, app, rng.choice([0, 0, 0, 1.5, 4, 9.5])])
    quirks_bikes(ws, fl, dy)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 11, 12, 6, 8, 6, 6, 6, 9, 10, 10, 10, 8, 22, 3, 13, 5])
    widths(fl, "A B C D E F G H I J K", [3, 6, 8, 11, 13, 12, 13, 16, 14, 10, 18])
    widths(dy, "A B C D E F", [11, 8, 9, 9, 9, 10])
    wb.save(HERE / "bicycle_rental.xlsx")


def quirks_bikes(ws, fl, dy) -> None:
    setd(ws, "B45", day(0))                      # today's hires, two still out
    setd(ws, "B46", day(0))
    setd(ws, "B47", day(0))
    ws["H46"] = ws["H47"] = None
    ws["L21"] = 120                              # damaged e-bike
    ws["J33"] = "20"                             # charge stored as text
    ws["A40"] = "QB-5121"                        # duplicate ref (row 24)
    ws["M36"] = None                             # payment not recorded
    ws["B31"] = "21/11/2026"                     # date typed as text
    ws["C36"] = "Rosa Vidal "                    # trailing space (one-off customer)
    ws["E44"] = "e-bike"                         # odd case
    fl["E18"] = fl["G18"].value + 800            # exactly at its service interval
    fl["I18"] = 540
    setd(fl, "D9", date(2026, 3, 7))
    fl["J14"] = "retired"                        # odd case
    fl["K6"] = "battery swelling"
    fl["K13"] = "new chain fitted"
    fl["K20"] = "brake pads low"


# ------------------------------------------------------------------ pottery_supply
def pottery() -> None:
    rng = random.Random(1804)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Kiln & Co. Pottery Supplies - trade orders"
    ws["A1"].font = TITLE
    ws["A2"] = "totals ex VAT after discount; invoices due 30 days after shipping"
    cols = ["Order #", "Customer", "SKU", "Item", "Qty", "Unit ($)", "Disc %", "Total ($)", "Ordered",
            "Ship by", "Shipped", "Inv. due", "Paid on", "Rep"]
    header(ws, 4, 1, cols)                                   # A4:N44
    ws["P4"] = "Free freight over ($)"
    ws["Q4"] = 500
    custs = ["Riverbank Studio", "Hollow Pot Co-op", "St Anne's School", "Claymates", "Westfield College",
             "Mudlark Ceramics", "The Glaze Room", "Oakwood Academy", "Spin & Fire", "Kate Lowry Pottery"]
    stock = [("CL-SW10", "Stoneware clay 12.5 kg", 16.5), ("CL-ET", "Red earthenware 12.5 kg", 11.2),
             ("CL-PC", "Porcelain clay 10 kg", 27.9), ("CL-RAKU", "Raku body 12.5 kg", 19.4),
             ("GL-TEN", "Tenmoku glaze 5 kg", 38.0), ("GL-CEL", "Celadon glaze 5 kg", 42.5),
             ("GL-CLR", "Clear earthenware glaze 5 kg", 24.0), ("TL-RIB", "Kidney rib set", 6.8),
             ("TL-WIRE", "Cutting wire", 3.2), ("KS-40", "Kiln shelf 40 cm", 54.0),
             ("UG-BLU", "Underglaze cobalt blue 250 ml", 12.9)]
    reps = ["Dana", "Marcus", "Yvette"]
    for i in range(40):
        r = 5 + i
        sku, item, unit = rng.choice(stock)
        qty = rng.choice([2, 4, 5, 6, 10, 12, 15, 20, 25, 40])
        disc = rng.choice([0, 0, 0.05, 0.1, 0.15])
        total = round(qty * unit * (1 - disc), 2)
        ordered = pick_offset(rng, -95, -1, set())
        ship_by = ordered + rng.choice([3, 5, 7, 10])
        shipped = ordered + rng.choice([1, 2, 3, 4, 6, 8, 12]) if rng.random() < 0.85 else None
        if shipped is not None and shipped > -1:
            shipped = None
        due = shipped + 30 if shipped is not None else None
        paid = due + rng.choice([-20, -12, -5, -1, 3, 9]) if due is not None and rng.random() < 0.75 else None
        if paid is not None and paid > -1:
            paid = None
        put(ws, r, 1, [f"KC-{8801 + i}", rng.choice(custs), sku, item, qty, unit, disc, total,
                       day(ordered), day(ship_by), day(shipped) if shipped is not None else None,
                       day(due) if due is not None else None, day(paid) if paid is not None else None,
                       rng.choice(reps)], {5: "0.00", 6: "0%", 7: "#,##0.00"})

    inv = wb.create_sheet("Inventory")
    inv["A1"] = "Stock list"
    inv["A1"].font = TITLE
    inv["A2"] = "cone = firing temperature; on order = units with the supplier"
    header(inv, 3, 2, ["SKU", "Description", "Type", "Cone", "On hand", "Reorder at", "On order",
                       "Cost ($)", "List ($)", "Last sold"])    # B3:K33
    rows = [("CL-SW10", "Stoneware clay 12.5 kg", "Clay", 10), ("CL-SW6", "Buff stoneware 12.5 kg", "Clay", 6),
            ("CL-ET", "Red earthenware 12.5 kg", "Clay", "04"), ("CL-PC", "Porcelain clay 10 kg", "Clay", 10),
            ("CL-RAKU", "Raku body 12.5 kg", "Clay", "06"), ("CL-PAP", "Paper clay 10 kg", "Clay", 6),
            ("CL-GRG", "Grogged stoneware 25 kg", "Clay", 10), ("CL-TER", "Terracotta 25 kg", "Clay", "04"),
            ("GL-TEN", "Tenmoku glaze 5 kg", "Glaze", 10), ("GL-CEL", "Celadon glaze 5 kg", "Glaze", 10),
            ("GL-CLR", "Clear earthenware glaze 5 kg", "Glaze", "04"), ("GL-SHN", "Shino glaze 5 kg", "Glaze", 10),
            ("GL-FLO", "Floating blue glaze 5 kg", "Glaze", 6), ("GL-MAT", "Matt white glaze 5 kg", "Glaze", 6),
            ("GL-HON", "Honey glaze 1 kg", "Glaze", 6), ("GL-STW", "Stoneware clear 5 kg", "Glaze", 6),
            ("UG-BLU", "Underglaze cobalt blue 250 ml", "Underglaze", "06"),
            ("UG-BLK", "Underglaze black 250 ml", "Underglaze", "06"),
            ("TL-RIB", "Kidney rib set", "Tool", None), ("TL-WIRE", "Cutting wire", "Tool", None),
            ("TL-TRIM", "Trimming tools (6)", "Tool", None), ("TL-SPG", "Sponge pack", "Tool", None),
            ("TL-BAT", "Plaster bat 30 cm", "Tool", None), ("KS-40", "Kiln shelf 40 cm", "Kiln furniture", None),
            ("KS-PRP", "Kiln props (20)", "Kiln furniture", None), ("KS-WASH", "Kiln wash 1 kg", "Kiln furniture", None),
            ("CH-RIO", "Red iron oxide 1 kg", "Chemical", None), ("CH-COB", "Cobalt carbonate 100 g", "Chemical", None),
            ("CH-SIL", "Silica 325 mesh 5 kg", "Chemical", None), ("CH-WOL", "Wollastonite 5 kg", "Chemical", None)]
    for i, (sku, desc, typ, cone) in enumerate(rows):
        cost = round(rng.uniform(2.0, 40.0), 2)
        lst = round(cost * rng.choice([1.25, 1.35, 1.5, 1.7, 1.9, 2.2]), 2)
        re_at = rng.choice([5, 10, 15, 20, 30])
        on_hand = max(0, re_at + rng.choice([-12, -6, -3, 0, 4, 9, 15, 30]))
        on_order = rng.choice([None, None, 0, 10, 20, 40])
        put(inv, 4 + i, 2, [sku, desc, typ, cone, on_hand, re_at, on_order, cost, lst,
                            day(pick_offset(rng, -320, -1, set()))],
            {7: "0.00", 8: "0.00"})

    ac = wb.create_sheet("Accounts")
    ac["A1"] = "Trade accounts"
    ac["A1"].font = BOLD
    header(ac, 2, 1, ["Customer", "Type", "Credit limit ($)", "Balance ($)", "Last order", "Terms (days)",
                      "Rep"])                               # A2:G16
    ctype = {"Riverbank Studio": "Studio", "Hollow Pot Co-op": "Studio", "St Anne's School": "School",
             "Claymates": "Hobby shop", "Westfield College": "College", "Mudlark Ceramics": "Studio",
             "The Glaze Room": "Hobby shop", "Oakwood Academy": "School", "Spin & Fire": "Hobby shop",
             "Kate Lowry Pottery": "Studio", "Potters' Barn": "Hobby shop", "Fenland Arts Centre": "College",
             "Brookside Primary": "School", "Ember Studio": "Studio"}
    for i, (c, t) in enumerate(ctype.items()):
        lim = rng.choice([1000, 2500, 5000, 7500])
        put(ac, 3 + i, 1, [c, t, lim, round(lim * rng.choice([0.1, 0.35, 0.6, 0.85, 0.95, 1.12]), 2),
                           day(pick_offset(rng, -120, -1, set())), rng.choice([30, 30, 60]), rng.choice(reps)],
            {2: "#,##0", 3: "#,##0.00"})
    ac["A19"] = "Monthly sales by rep ($)"
    ac["A19"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ac, 20, 1, ["Rep", *months])                     # A20:G25 (stacked)
    for i, p in enumerate(reps + ["Online", "Counter"]):
        base = rng.choice([9000, 12000, 16000, 21000])
        put(ac, 21 + i, 1, [p] + [round(base * rng.uniform(0.55, 1.35), -1) for _ in months],
            {k: "#,##0" for k in range(1, 7)})
    quirks_pottery(ws, inv, ac)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 18, 9, 26, 5, 8, 7, 9, 11, 11, 11, 11, 11, 8, 3, 19, 5])
    widths(inv, "A B C D E F G H I J K", [3, 9, 29, 14, 6, 8, 10, 9, 8, 8, 11])
    widths(ac, "A B C D E F G", [20, 11, 15, 12, 11, 12, 8])
    wb.save(HERE / "pottery_supply.xlsx")


def quirks_pottery(ws, inv, ac) -> None:
    setd(ws, "K18", date(2026, 11, 2))           # invoice due 30 days after shipping
    setd(ws, "L18", date(2026, 12, 2))
    setd(ws, "J24", day(5))                      # ships next week
    ws["H30"] = "197.88"                         # total stored as text
    ws["M20"] = "19/11/2026"                     # paid date typed as text
    ws["A41"] = "KC-8830"                        # duplicate order no (row 34)
    ws["N22"] = ws["N43"] = None                 # no rep
    ws["N36"] = "dana"                           # odd case
    ws["B42"] = "Potters' Barn "                 # trailing space (one-off customer)
    inv["D19"] = "glaze"                         # odd case
    inv["F17"] = 6                               # a cone 6 glaze running low
    ac["D14"] = 800                              # exactly 80% of the limit


# ------------------------------------------------------------------ swimming_pool
def pool() -> None:
    rng = random.Random(1805)
    wb = Workbook()
    ws = wb.active
    ws.title = "Water tests"
    ws["A1"] = "Millbrook Leisure Pool - water quality log"
    ws["A1"].font = TITLE
    ws["A2"] = "free / total chlorine in mg/l; tests at opening and mid-afternoon"
    header(ws, 5, 2, ["Date", "Time", "Pool", "Free Cl", "Total Cl", "pH", "Temp (°C)", "Bathers",
                      "tested by"])                          # B5:J45
    ws["L5"] = "pH min"
    ws["M5"] = 7.2
    ws["L6"] = "pH max"
    ws["M6"] = 7.6
    ws["L7"] = "Free Cl min"
    ws["M7"] = 1.0
    ws["L8"] = "Free Cl max"
    ws["M8"] = 3.0
    testers = ["JB", "RK", "Ollie", "Mags", "Trainee"]
    for i in range(40):
        r = 6 + i
        d = day(-19 + i // 2)
        am = i % 2 == 0
        pl = rng.choice(["Main", "Main", "Learner"])
        free = rng.choice([0.8, 1.2, 1.4, 1.6, 1.8, 2.1, 2.4, 2.7, 3.3])
        tot = round(free + rng.choice([0.1, 0.2, 0.3, 0.4, 0.7, 0.9]), 1)
        ph = rng.choice([7.0, 7.1, 7.3, 7.3, 7.4, 7.4, 7.5, 7.5, 7.7, 7.8])
        temp = round((28.0 if pl == "Main" else 30.5) + rng.choice([-0.9, -0.4, 0.0, 0.3, 0.6, 1.1, 1.7]), 1)
        put(ws, r, 2, [d, hm(7) if am else hm(15, 30), pl, free, tot, ph, temp,
                       0 if am else rng.randint(18, 95), rng.choice(testers)],
            {3: "0.0", 4: "0.0", 5: "0.0", 6: "0.0"})

    ls = wb.create_sheet("Lessons")
    header(ls, 1, 1, ["Code", "Class", "Level", "Day", "Start", "Instructor", "Cap.", "Enrolled",
                      "Waitlist", "Fee ($)", "Term start", "Weeks"])   # A1:L25
    classes = [("Learn to swim", "Stage 1"), ("Learn to swim", "Stage 2"), ("Learn to swim", "Stage 3"),
               ("Learn to swim", "Stage 4"), ("Learn to swim", "Stage 5"), ("Adult improvers", "Adult"),
               ("Aquafit", "All"), ("Aqua-natal", "All"), ("Parent & baby", "Pre-school"),
               ("Stroke clinic (adult)", "Adult"), ("Lifesaving club", "Junior"), ("Masters squad", "Adult")]
    instructors = ["Kate", "Sam", "Priya", "Gethin", "Lou"]
    days_ = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for i in range(24):
        cls, lvl = rng.choice(classes)
        cap = rng.choice([6, 8, 10, 12, 20])
        put(ls, 2 + i, 1, [f"L{i + 1:02d}", cls, lvl, rng.choice(days_),
                           hm(rng.choice([9, 10, 16, 17, 18, 19]), rng.choice([0, 30])),
                           rng.choice(instructors), cap, cap - rng.choice([-2, -1, 0, 0, 1, 3, 5]),
                           rng.choice([0, 0, 1, 2, 3, 5, 8]), rng.choice([48, 60, 72, 90]),
                           day(rng.choice([-60, -53, -46, -39, -32])), rng.choice([6, 8, 10, 12])])

    st = wb.create_sheet("Staff")
    st["A1"] = "Lifeguards"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Name", "NPLQ expires", "First aid exp.", "Last CPR drill", "Hrs (Nov)",
                      "Contract hrs", "Phone"])             # A2:G14
    guards = ["Ollie Grant", "Mags Dyer", "Jay Bello", "Rhiannon Kay", "Tomas Ruiz", "Nia Evans",
              "Callum Shaw", "Beatriz Lima", "Dev Anand", "Holly Quinn", "Sven Olsen", "Ama Mensah"]
    for i, g in enumerate(guards):
        con = rng.choice([0, 16, 24, 37.5])
        put(st, 3 + i, 1, [g, day(pick_offset(rng, -20, 700, {0, 60, 59, 61})),
                           day(pick_offset(rng, -40, 900, {0})), day(pick_offset(rng, -200, -2, set())),
                           max(4, con + rng.choice([-14, -6, 0, 4, 9, 13, 21])) if con else rng.choice([6, 12, 31]),
                           con, f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"])
    st["A17"] = "Swim teachers"
    st["A17"].font = BOLD
    header(st, 18, 1, ["Name", "Level 2 cert", "DBS check", "Hrs (Nov)", "Classes"])   # A18:E23
    for i, p in enumerate(instructors):
        put(st, 19 + i, 1, [p, day(rng.randint(100, 900)), day(-rng.randint(100, 1000)),
                            rng.choice([14, 22, 30, 41]), rng.randint(2, 7)])

    at = wb.create_sheet("Attendance")
    at["A1"] = "Daily admissions"
    at["A1"].font = TITLE
    at["A2"] = "counted at the turnstile; lane hire = hours booked"
    header(at, 4, 1, ["Date", "Adults", "Juniors", "Seniors", "Lane hire"])   # A4:E34
    for i in range(30):
        d = date(2026, 11, 3) + dt.timedelta(days=i)
        wkend = d.weekday() >= 5
        put(at, 5 + i, 1, [d, rng.randint(60, 175), rng.randint(90, 240) if wkend else rng.randint(25, 110),
                           rng.randint(15, 70), rng.choice([0, 2, 4, 6, 8])])
    quirks_pool(ws, ls, st, at)
    widths(ws, "A B C D E F G H I J K L M", [3, 11, 6, 8, 8, 8, 6, 10, 8, 10, 3, 12, 5])
    widths(ls, "A B C D E F G H I J K L", [6, 20, 10, 5, 6, 10, 5, 8, 8, 7, 11, 6])
    widths(st, "A B C D E F G", [14, 13, 13, 14, 9, 12, 14])
    widths(at, "A", [11])
    wb.save(HERE / "swimming_pool.xlsx")


def quirks_pool(ws, ls, st, at) -> None:
    ws["G30"] = "7.4"                            # pH stored as text
    ws["D13"] = "main"                           # odd case
    ws["H11"] = 27.3                             # no tie for the three coldest
    ws["H8"] = 27.4
    ws["J24"] = ws["J37"] = None                 # tester not recorded
    ls["I16"] = 0
    ls["F8"] = "Kate"
    setd(ls, "E4", hm(9, 30))                    # Sam double-booked (rows 4 and 24)
    ls["A20"] = "L12"                            # duplicate class code (row 13)
    st["A13"] = "Sven Olsen "                    # trailing space (one-off name)
    st["D12"] = "17/10/2026"                     # CPR drill date typed as text
    setd(st, "B8", day(17))                      # NPLQs running out
    setd(st, "B6", day(-9))
    setd(st, "C13", day(0))                      # first aid runs out today
    at["C20"] = "70"                             # juniors stored as text
    at["C30"] = 152


# ------------------------------------------------------------------ subtitle_translation
def subtitles() -> None:
    rng = random.Random(1806)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Linea Subtitling - job tracker"
    ws["A1"].font = TITLE
    header(ws, 3, 2, ["Job ID", "Client", "Title", "Lang", "Translator", "Runtime (min)", "Lines",
                      "Rate ($/min)", "Fee ($)", "Received", "Due", "Delivered", "Max CPS", "Status",
                      "Invoiced"])                          # B3:P41
    ws["R3"] = "CPS limit"
    ws["S3"] = 17
    clients = ["Northlight", "Bravo TV", "Kestrel Films", "DocuNet", "Parallax Media", "StreamBox"]
    titles = ["Salt Roads", "The Quiet Coast", "Hinterland Kitchen", "Night Shift", "Glass Harbour",
              "Wild Uplands", "Paper Lanterns", "Iron Valley", "The Long Table", "Borderlands"]
    langs = ["EN>DE", "EN>FR", "EN>ES", "FR>EN", "EN>IT", "DE>FR", "EN>NL"]
    rates = {"EN>DE": 9, "EN>FR": 8.5, "EN>ES": 7.5, "FR>EN": 8, "EN>IT": 8, "DE>FR": 10, "EN>NL": 9.5}
    people = {"EN>DE": ["Anke", "Jonas"], "EN>FR": ["Claire", "Yann"], "EN>ES": ["Lucia", "Marta"],
              "FR>EN": ["Ruth"], "EN>IT": ["Paolo"], "DE>FR": ["Yann"], "EN>NL": ["Femke", "Joost"]}
    done = []
    for i in range(38):
        r = 4 + i
        lang = rng.choice(langs)
        runtime = rng.choice([22, 24, 45, 48, 52, 58, 90, 104])
        lines = round(runtime * rng.choice([7.5, 9, 10.5, 11.5, 12.5, 14]))
        fee = round(runtime * rates[lang], 2)
        rec = pick_offset(rng, -75, 0, set())
        due = rec + rng.choice([5, 7, 10, 14, 21])
        status = "Delivered" if due < -2 or (due < 3 and rng.random() < 0.5) else \
            rng.choice(["In progress", "In progress", "QC", "Not started"])
        dlv = inv = cps = None
        if status == "Delivered":
            done.append(f"LS-{301 + i}")
            dlv = min(due + rng.choice([-3, -1, 0, 0, 1, 3, 6]), 0)
            if rng.random() < 0.7 and dlv < -2:
                inv = dlv + rng.choice([0, 1, 2, 5])
        if status in ("Delivered", "QC"):
            cps = rng.choice([14.8, 15.6, 16.2, 16.9, 17.4, 18.1, 19.5])
        ep = f"{titles[rng.randrange(len(titles))]} ep {rng.randint(1, 8)}"
        put(ws, r, 2, [f"LS-{301 + i}", rng.choice(clients), ep, lang, rng.choice(people[lang]),
                       runtime, lines, rates[lang], fee, day(rec), day(due),
                       day(dlv) if dlv is not None else None, cps, status,
                       day(inv) if inv is not None else None], {7: "0.00", 8: "#,##0.00", 12: "0.0"})

    tr = wb.create_sheet("Translators")
    tr["A1"] = "Minutes subtitled per week"
    tr["A1"].font = BOLD
    header(tr, 2, 1, ["Translator", "W44", "W45", "W46", "W47", "W48", "Target"])   # A2:G10
    for i, p in enumerate(["Anke", "Jonas", "Claire", "Yann", "Lucia", "Marta", "Ruth", "Femke"]):
        tgt = rng.choice([600, 750, 900])
        put(tr, 3 + i, 1, [p] + [round(tgt * rng.uniform(0.55, 1.4) / 5) * 5 for _ in range(5)] + [tgt])
    tr["I1"] = "Rate card"
    tr["I1"].font = BOLD
    header(tr, 2, 9, ["Lang", "Rate ($/min)", "Rush %", "Min fee ($)"])   # I2:L9 (side by side)
    for i, (lg, rt) in enumerate(rates.items()):
        put(tr, 3 + i, 9, [lg, rt, rng.choice([0.25, 0.5]), rng.choice([150, 200])], {2: "0%"})

    qc = wb.create_sheet("QC")
    qc["A1"] = "QC log"
    qc["A1"].font = TITLE
    header(qc, 3, 1, ["Job ID", "Reel", "Reviewer", "Checked", "Lines", "Errors", "Timing errs",
                      "Spelling", "Score"])                 # A3:I27
    for i in range(24):
        lines = rng.randint(180, 1300)
        err = rng.randint(0, 30)
        tim = rng.randint(0, 6)
        sp = rng.randint(0, 6)
        put(qc, 4 + i, 1, [rng.choice(done), rng.randint(1, 4),
                           rng.choice(["Hanne", "Bruno", "Ines"]), day(pick_offset(rng, -60, -1, set())),
                           lines, err, tim, sp, max(60, round(100 - 100 * err / lines * 3 - tim - sp))])
    quirks_subtitles(ws, tr, qc)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 8, 14, 24, 7, 11, 14, 6, 12, 9, 11, 11, 11, 9, 12, 11, 3, 10, 5])
    widths(tr, "A B C D E F G H I J K L", [12, 6, 6, 6, 6, 6, 7, 3, 8, 12, 8, 11])
    widths(qc, "A B C D E F G H I", [8, 8, 9, 11, 6, 7, 11, 9, 6])
    wb.save(HERE / "subtitle_translation.xlsx")


def quirks_subtitles(ws, tr, qc) -> None:
    ws["J19"] = 963                              # fee typed wrongly
    ws["J33"] = 472.5
    ws["J27"] = "176"                            # fee stored as text (right value)
    ws["K31"] = "21/09/2026"                     # received date typed as text
    setd(ws, "L20", day(2))                      # due in the next few days
    setd(ws, "L13", day(1))
    setd(ws, "P32", date(2026, 11, 4))
    ws["B38"] = "LS-329"                         # duplicate job id (row 32)
    ws["F13"] = "Sanne "                         # one-off translators (one with a trailing space)
    ws["F31"] = "Amélie"
    ws["F34"] = "Diego"
    ws["F22"] = ws["F10"] = None                 # not assigned yet
    ws["O26"] = "delivered"                      # odd case
    tr["E4"] = 435                               # a drop of exactly 100
    tr["B10"] = None                             # Femke started in W45
    qc["C12"] = qc["C25"] = None                 # reviewer not recorded
    qc["I19"] = 91                               # no score of exactly 90


if __name__ == "__main__":
    for f in (cars, scouts, bikes, pottery, pool, subtitles):
        f()
    print("built 6 workbooks in", HERE)
