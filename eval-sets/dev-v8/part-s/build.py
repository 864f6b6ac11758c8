"""Build the six workbooks of dev-v8 part S (openpyxl only, fixed seeds 801-806).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Helpers adapted from dev-v6 part O's build.py; the workbooks are this set's own.
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


def setd(ws, ref: str, v) -> None:
    """Set a cell to a real date (or None) with a date format."""
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


def mins_to_time(m: int) -> dt.time:
    return hm(m // 60, m % 60)


# ------------------------------------------------------------------ pest_control
def pest() -> None:
    rng = random.Random(801)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "BugBusters Pest Control - job sheet"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Oct-Nov 2026. Price = quoted to customer; Cost = materials + tech time."
    ws["P2"] = "Response target (days)"
    ws["Q2"] = 3
    ws["P3"] = "Min margin"
    ws["Q3"] = 0.2
    ws["Q3"].number_format = "0%"
    cols = ["Job ref", "Customer", "Postcode", "Pest", "Called in", "Visit date", "Follow-up due",
            "Tech", "Visits", "Price ($)", "Cost ($)", "PAID?", "Outcome"]
    header(ws, 5, 2, cols)                                  # header at B5
    customers = ["Mrs P. Kaur", "Harbour Fish Bar Ltd", "J. Whitfield", "Oakdene Care Home",
                 "T. Abara", "Greenway Primary", "L. Novak", "Crown & Anchor Ltd", "S. Ferreira",
                 "R. Hughes", "Millside Flats", "Bettany Foods Ltd", "D. Osei", "M. Laine",
                 "K. Brennan", "Station Cafe", "A. Rahman", "P. Lindqvist"]
    postcodes = ["LS6 2AB", "LS6 4JT", "LS4 1RR", "LS12 3PQ", "LS1 5DW", "LS8 2NH", "BD3 9EX",
                 "LS17 6LA", "WF3 1BB", "LS10 2QD"]
    pests = [("Rats", [180, 240, 320]), ("Mice", [120, 150]), ("Wasps", [65, 80]),
             ("Bed bugs", [350, 450, 600]), ("Cockroaches", [280, 420]), ("Fleas", [95, 130]),
             ("Moles", [110, 140]), ("Squirrels", [220, 260])]
    techs = ["Dev", "Sam", "Marek", "Lola", "Jo"]
    for i in range(44):
        r = 6 + i
        pest_name, prices = rng.choice(pests)
        called = -60 + i * 58 // 44 + rng.randint(0, 1)
        gap = rng.choice([0, 1, 1, 2, 2, 4, 5, 6, 9])
        visit = called + gap if called + gap <= -1 else None
        fu = None
        if visit is not None and pest_name in ("Rats", "Mice", "Bed bugs", "Cockroaches"):
            fu = visit + rng.choice([14, 21, 28, 49])
            if fu in (0, 1, 13, 14, 15, -1):
                fu += 2
        price = rng.choice(prices)
        cost = round(price * rng.choice([0.45, 0.6, 0.7, 0.76, 0.86, 0.95, 1.12, 1.3]))
        if visit is None:
            paid, outcome = "N", None
        else:
            paid = rng.choice(["Y", "Y", "Y", "N"])
            outcome = rng.choice(["Cleared", "Cleared", "Ongoing", "Re-treat", "No access"])
        put(ws, r, 2, [f"BB-{2601 + i}", rng.choice(customers), rng.choice(postcodes), pest_name,
                       day(called), day(visit) if visit is not None else None,
                       day(fu) if fu is not None else None, rng.choice(techs),
                       rng.randint(1, 4) if visit is not None else 0, price, cost, paid, outcome],
            {9: "#,##0", 10: "#,##0"})

    tc = wb.create_sheet("Techs")
    tc["A1"] = "Jobs completed per technician"
    tc["A1"].font = BOLD
    header(tc, 3, 1, ["Tech", "Jul", "Aug", "Sep", "Oct", "Nov", "Target / mo", "Cert. expiry"])
    staff = ["Dev", "Sam", "Marek", "Lola", "Jo", "Priti (PT)", "Owen (PT)", "Gwen", "Ravi",
             "Bo (trainee)"]
    for i, p in enumerate(staff):
        r = 4 + i
        tgt = 24 if "(" not in p else 12
        base = tgt * rng.choice([0.7, 0.85, 1.0, 1.15])
        vals = []
        for _ in range(5):
            base = base * rng.choice([0.78, 0.9, 1.0, 1.08, 1.2])
            vals.append(max(3, int(round(base))))
        exp = pick_offset(rng, -40, 420, {0, 1, -1, 30, 31, 29, 60})
        put(tc, r, 1, [p] + vals + [tgt, day(exp)])
    header(tc, 3, 11, ["Van", "Reg", "Mileage", "Service at", "MOT due"])
    vans = [("Van 1", "YX19 KLP"), ("Van 2", "YB20 MNA"), ("Van 3", "YC68 TRE"), ("Van 4", "YD21 BBQ"),
            ("Van 5", "YE17 HOP"), ("Van 6", "YF22 WAS")]
    for i, (v, reg) in enumerate(vans):
        mil = rng.randint(20, 140) * 1000 + rng.randint(0, 999)
        svc = (mil // 10000 + 1) * 10000
        mot = pick_offset(rng, -10, 300, {0, 1, -1, 30, 31})
        put(tc, 4 + i, 11, [v, reg, mil, svc, day(mot)], {2: "#,##0", 3: "#,##0"})
    quirks_pest(ws, tc)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 9, 20, 10, 12, 11, 11, 13, 7, 7, 9, 9, 6, 10, 3, 22, 6])
    widths(tc, "A B C D E F G H I J K L M N O", [13, 5, 5, 5, 5, 5, 11, 12, 3, 3, 7, 10, 9, 10, 11])
    wb.save(HERE / "pest_control.xlsx")


def quirks_pest(ws, tc) -> None:
    ws["B37"] = "BB-2617"                        # duplicate job ref (row 22)
    ws["C31"] = "Dr N. Achebe "                  # trailing space (one-off customer)
    ws["C38"] = "Kirkgate Deli Ltd"              # one-off commercial customer
    ws["E14"] = "RATS"                           # odd case
    ws["E40"] = "wasps"
    ws["K19"] = "240"                            # price stored as text
    ws["L33"] = "96"                             # cost stored as text
    ws["G39"] = "15/11/2026"                     # visit date typed as text (same day as call-in)
    ws["I11"] = None                             # no tech assigned
    ws["I44"] = None
    setd(ws, "F49", day(-1))                     # called in yesterday, not visited yet
    setd(tc, "H11", day(18))                     # certificates: two expiring soon (Lola's lapsed)
    setd(tc, "H13", day(27))
    tc["M6"] = 119420                            # vans close to / past their service mileage
    tc["M7"] = 120350
    tc["M9"] = 29870


# ------------------------------------------------------------------ childcare_nursery
def nursery() -> None:
    rng = random.Random(802)
    wb = Workbook()
    ws = wb.active
    ws.title = "Children"
    ws["A1"] = "Little Acorns Nursery - register 2026/27"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fees per calendar month (GBP). Funded hrs = government-funded hours per week."
    cols = ["Child", "DOB", "Room", "Start date", "Days/wk", "Hrs booked", "Hrs used (Nov)",
            "Fee / mo (£)", "Paid (£)", "Funded hrs", "Allergies", "key worker", "Parent phone"]
    header(ws, 4, 1, cols)
    first = ["Amara", "Ben", "Chloe", "Dylan", "Eva", "Finn", "Grace", "Harvey", "Isla", "Jack",
             "Kira", "Leo", "Mia", "Noah", "Olive", "Pip", "Quinn", "Rosa", "Sami", "Theo", "Una",
             "Vik", "Willow", "Xander", "Yara", "Zac", "Ada", "Bilal", "Cora", "Dev", "Elsie",
             "Felix", "Gia", "Hugo", "Ivy", "Jude", "Kai", "Lola"]
    last = ["Patel", "Okafor", "Smith", "Nowak", "Brown", "Hussain", "Evans", "Kelly", "Ahmed",
            "Wright", "Silva", "Murphy"]
    allergies = [None] * 7 + ["Peanuts", "Tree nuts", "Egg", "Dairy", "Gluten", "Sesame"]
    workers = ["Hannah", "Joy", "Priya", "Tess", "Marcus"]
    rng.shuffle(first)
    for i in range(38):
        r = 5 + i
        room = rng.choice(["Babies", "Toddlers", "Toddlers", "Preschool", "Preschool"])
        age_m = {"Babies": rng.randint(4, 22), "Toddlers": rng.randint(25, 35),
                 "Preschool": rng.randint(37, 58)}[room]
        dob = BUILT - dt.timedelta(days=round(age_m * 30.44) + rng.randint(-9, 9))
        start_age = rng.randint(3, max(4, age_m - 2))
        start = dob + dt.timedelta(days=round(start_age * 30.44))
        if start >= BUILT:
            start = BUILT - dt.timedelta(days=40)
        dpw = rng.choice([2, 3, 3, 4, 5, 5])
        hpd = rng.choice([8, 10, 10])
        booked = round(dpw * hpd * 4.3)
        used = max(0, booked + rng.choice([-30, -18, -8, -3, 0, 0, 4, 9, 15]))
        rate = {"Babies": 7.9, "Toddlers": 7.2, "Preschool": 6.6}[room]
        funded = rng.choice([0, 15, 30]) if room == "Preschool" else (rng.choice([0, 0, 15]) if room == "Toddlers" else 0)
        fee = round(max(0, booked - funded * 4.3) * rate)
        paid = fee if rng.random() < 0.7 else rng.choice([0, round(fee * 0.5), fee - 60])
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        put(ws, r, 1, [f"{first[i]} {rng.choice(last)}", dt.datetime.combine(dob, dt.time()), room,
                       dt.datetime.combine(start, dt.time()), dpw, booked, used, fee, paid, funded,
                       rng.choice(allergies), rng.choice(workers), phone],
            {7: "#,##0", 8: "#,##0"})
    header(ws, 4, 15, ["Room / session", "Capacity", "Mon", "Tue", "Wed", "Thu", "Fri"])
    sessions = [("Babies AM", 9), ("Babies PM", 9), ("Toddlers AM", 14), ("Toddlers PM", 14),
                ("Preschool AM", 24), ("Preschool PM", 24), ("Forest AM", 12), ("Forest PM", 12)]
    for i, (s, cap) in enumerate(sessions):
        vals = [max(2, cap + rng.choice([-6, -4, -3, -2, -1, 0, 0, 1, 2])) for _ in range(5)]
        put(ws, 5 + i, 15, [s, cap] + vals)

    at = wb.create_sheet("Attendance")
    header(at, 1, 1, ["Date", "Day", "Child", "Room", "In", "Out", "Booked until", "Late fee (£)"])
    at["J1"] = "Grace (min)"
    at["K1"] = 10
    kids = [(ws.cell(5 + i, 1).value, ws.cell(5 + i, 3).value) for i in range(38)]
    r = 2
    for off in (-8, -7, -6, -5, -4, -1, 0):
        dd = BUILT + dt.timedelta(days=off)
        for child, room in rng.sample(kids, 6):
            tin = rng.choice([7 * 60 + 30, 7 * 60 + 45, 8 * 60, 8 * 60 + 15, 8 * 60 + 40, 9 * 60])
            until = rng.choice([15 * 60, 17 * 60 + 30, 18 * 60])
            out = until + rng.choice([-45, -20, -5, 0, 4, 7, 18, 26, 35])
            if off == 0:
                out = None
                until = rng.choice([15 * 60, 17 * 60 + 30, 18 * 60])
            late = None
            if out is not None and out > until + 10:
                late = 15 if out - until <= 30 else 30
            put(at, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), child, room,
                           mins_to_time(tin), mins_to_time(out) if out is not None else None,
                           mins_to_time(until), late])
            r += 1
    quirks_nursery(ws, at)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T U",
           [16, 11, 10, 11, 8, 10, 14, 12, 9, 10, 10, 11, 14, 3, 15, 9, 5, 5, 5, 5, 5])
    widths(at, "A B C D E F G H I J K", [11, 5, 16, 10, 7, 7, 12, 11, 3, 12, 5])
    wb.save(HERE / "childcare_nursery.xlsx")


def quirks_nursery(ws, at) -> None:
    ws["A33"] = ws["A12"].value                  # same child entered twice
    ws["A20"] = "Rosa Kelly "                    # trailing space (one-off)
    ws["C27"] = "toddlers"                       # odd case
    ws["I15"] = "540"                            # paid stored as text
    ws["D39"] = "31/03/2025"                     # start date typed as text (started at 9 months)
    ws["L9"] = None                              # no key worker yet
    ws["L38"] = None
    ws["M41"] = ws["M7"].value                   # siblings share a parent phone
    ws["M24"] = ws["M17"].value
    setd(ws, "B25", date(2024, 9, 14))           # two children aged 2+ still in the baby room
    setd(ws, "B42", date(2024, 11, 20))
    setd(ws, "D41", day(-12))                    # recent starters
    setd(ws, "D6", day(-25))
    setd(ws, "D37", date(2024, 12, 16))          # keep starts off the two-year edge


# ------------------------------------------------------------------ dairy_herd
def dairy() -> None:
    rng = random.Random(803)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cows"
    ws["A1"] = "Hillcrest Farm - milking herd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "SCC limit ('000)"
    ws["C2"] = 200
    ws["A3"] = "milk = avg litres/day over the last test week; SCC in '000 cells/ml"
    cols = ["Tag", "Name", "Breed", "Born", "Lact. no", "Calved", "Last service", "In calf?",
            "Milk (L/day)", "Prev (L/day)", "SCC ('000)", "Fat %", "Status"]
    header(ws, 5, 1, cols)
    names = ["Daisy", "Bluebell", "Clover", "Buttercup", "Poppy", "Tilly", "Marigold", "Holly",
             "Bramble", "Willow", "Hazel", "Primrose", "Rosie", "Ivy", "Maple", "Fern", "Misty",
             "Pansy", "Sorrel", "Juno", "Kate", "Lottie", "Nell", "Olive", "Peggy", "Queenie",
             "Ruby", "Saffy", "Treacle", "Violet", "Wren", "Xena", "Yoyo", "Zara", "Amber",
             "Beryl", "Coco", "Dot", "Ella", "Flo"]
    breeds = ["Holstein", "Holstein", "Holstein", "Jersey", "Holstein x Jersey", "Brown Swiss",
              "Ayrshire", "Jersey x Friesian"]
    for i in range(40):
        r = 6 + i
        breed = rng.choice(breeds)
        lact = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
        born = BUILT - dt.timedelta(days=round((lact + 1.3) * 365 + rng.randint(0, 300)))
        calved = pick_offset(rng, -330, -6, {-60, -59, -61, -100, -30})
        serv = None
        incalf = "No"
        if calved < -50:
            serv = calved + rng.choice([45, 62, 80, 105, 140])
            if serv >= -3:
                serv = -12
            incalf = rng.choice(["Yes", "Yes", "No", "Unknown"]) if serv < -35 else "Unknown"
        dry = calved < -300
        milk = None if dry else round(rng.choice([14, 18, 22, 26, 30, 34, 38]) + rng.choice([-1.4, 0, 0.6, 1.8]), 1)
        prev = None if dry else round((milk or 0) * rng.choice([0.82, 0.9, 0.97, 1.0, 1.04, 1.1, 1.25]), 1)
        scc = rng.choice([45, 80, 110, 150, 180, 230, 310, 420])
        fat = {"Jersey": rng.choice([0.048, 0.053, 0.057]), "Holstein": rng.choice([0.036, 0.039, 0.042])}.get(
            breed, rng.choice([0.041, 0.044, 0.047]))
        status = "Dry" if dry else rng.choice(["Milking", "Milking", "Milking", "Treatment"])
        put(ws, r, 1, [f"UK40{rng.randint(1000, 9999)}", names[i], breed,
                       dt.datetime.combine(born, dt.time()), lact, day(calved),
                       day(serv) if serv is not None else None, incalf, milk, prev, scc, fat, status],
            {11: "0.0%", 8: "0.0", 9: "0.0"})
    yd = wb.create_sheet("Yields")
    yd["A1"] = "Monthly milk recording - avg litres/day"
    yd["A1"].font = BOLD
    header(yd, 3, 2, ["Tag", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])     # header at B3
    for i in range(24):
        base = rng.choice([18, 22, 26, 30, 34, 38])
        vals = []
        for _ in range(6):
            base = base * rng.choice([0.8, 0.86, 0.95, 1.0, 1.03, 1.12])
            vals.append(round(base, 1))
        for m in range(6):
            if rng.random() < 0.05:
                vals[m] = None
        put(yd, 4 + i, 2, [ws.cell(6 + i, 1).value] + vals, {k: "0.0" for k in range(1, 7)})
    quirks_dairy(ws, yd)
    widths(ws, "A B C D E F G H I J K L M", [10, 11, 18, 11, 8, 11, 12, 8, 11, 11, 10, 7, 10])
    widths(yd, "A B C D E F G H", [3, 10, 6, 6, 6, 6, 6, 6])
    wb.save(HERE / "dairy_herd.xlsx")


def quirks_dairy(ws, yd) -> None:
    ws["A30"] = ws["A12"].value                  # duplicate tag
    ws["B41"] = "Daisy"                          # names used twice
    ws["B33"] = "Poppy"
    ws["B19"] = "Ivy "                           # trailing space (one-off name)
    ws["C25"] = "jersey"                         # odd case
    ws["I22"] = "27.5"                           # milk stored as text
    ws["D36"] = "23/04/2024"                     # born typed as text (a first-calver)
    ws["K14"] = None                             # SCC not sampled
    ws["K39"] = None
    setd(ws, "G44", date(2026, 3, 18))           # in-calf cows due to calve this month
    setd(ws, "G17", date(2026, 3, 1))


# ------------------------------------------------------------------ taxi_dispatch
def taxi() -> None:
    rng = random.Random(804)
    wb = Workbook()
    ws = wb.active
    ws.title = "Trips"
    ws["A1"] = "Metro Cabs - trip log (last 12 days)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "fares incl. tax; tips from the card machine or as told by the driver"
    ws["O1"] = "Min fare ($)"
    ws["P1"] = 8.5
    ws["O2"] = "Airport flat ($)"
    ws["P2"] = 45
    cols = ["Trip ID", "Date", "Pickup", "Drop-off", "Driver", "Car", "From", "To", "Miles",
            "Fare ($)", "Tip ($)", "PAY", "Rating"]
    header(ws, 4, 1, cols)
    drivers = ["A. Haddad", "B. Kowalski", "C. Mensah", "D. Flores", "E. Yilmaz", "F. O'Brien"]
    cars = ["Cab 11", "Cab 12", "Cab 14", "Cab 17", "Cab 20"]
    places = ["Airport", "Central Station", "St Mary's Hospital", "Riverside Mall", "Old Town",
              "University", "Harbour Rd", "12 Elm Grove", "Westfield Estate", "General Hospital",
              "Bus Depot", "Grand Hotel"]
    r = 5
    n = 0
    for off in range(-11, 1):
        for _ in range(rng.choice([3, 4, 4, 5]) if off < 0 else 3):
            frm, to = rng.sample(places, 2)
            miles = round(rng.choice([1.2, 2.4, 3.1, 4.6, 5.8, 7.3, 9.9, 12.5, 16.8, 21.4]) + rng.choice([0, 0.2, 0.5]), 1)
            pick = rng.choice(range(5 * 60, 23 * 60 + 45, 5))
            dur = max(6, round(miles * rng.choice([2.2, 2.8, 3.5])) + rng.choice([0, 4, 9]))
            drop = pick + dur
            if drop >= 24 * 60:
                pick -= 60
                drop -= 60
            fare = round(3.2 + miles * rng.choice([1.9, 2.1, 2.4]), 2)
            if "Airport" in (frm, to) and rng.random() < 0.6:
                fare = 45
            pay = rng.choice(["Card", "Card", "Cash", "App", "Account"])
            tip = round(fare * rng.choice([0, 0, 0.05, 0.1, 0.15, 0.25]), 2)
            rating = rng.choice([5, 5, 4, 4, 3, 2, None]) if pay == "App" else None
            put(ws, r, 1, [f"T{88100 + n}", day(off), mins_to_time(pick), mins_to_time(drop),
                           rng.choice(drivers), rng.choice(cars), frm, to, miles, fare, tip, pay, rating],
                {9: "0.00", 10: "0.00"})
            r += 1
            n += 1
    dv = wb.create_sheet("Drivers")
    dv["A1"] = "Drivers - November 2026"
    dv["A1"].font = BOLD
    header(dv, 2, 1, ["Driver", "Born", "Licence exp.", "Badge exp.", "Hours (Nov)", "Max hrs",
                      "Wk 1", "Wk 2", "Wk 3", "Wk 4", "Target / wk"])
    people = drivers + ["G. Petrov", "H. Nakamura", "I. Adeyemi", "J. Murphy", "K. Singh",
                        "L. Rossi", "M. Dubois", "N. Larsen"]
    for i, p in enumerate(people):
        born = date(rng.randint(1952, 2000), rng.randint(1, 12), rng.randint(1, 28))
        lic = pick_offset(rng, -20, 900, {0, 1, -1, 60, 61, 59})
        badge = pick_offset(rng, -45, 365, {0, 1, -1, 30, 31})
        mx = rng.choice([160, 180, 200])
        hrs = mx + rng.choice([-70, -40, -22, -9, -4, 6, 15])
        tgt = rng.choice([60, 70, 80])
        wk = [max(10, tgt + rng.choice([-25, -12, -6, -2, 3, 8, 14, 21])) for _ in range(4)]
        put(dv, 3 + i, 1, [p, born, day(lic), day(badge), hrs, mx] + wk + [tgt])
    quirks_taxi(ws, dv)
    widths(ws, "A B C D E F G H I J K L M N O P", [8, 11, 7, 8, 12, 7, 18, 18, 6, 8, 7, 8, 7, 3, 16, 6])
    widths(dv, "A B C D E F G H I J K", [13, 11, 11, 11, 11, 8, 6, 6, 6, 6, 11])
    wb.save(HERE / "taxi_dispatch.xlsx")


def quirks_taxi(ws, dv) -> None:
    ws["A29"] = "T88115"                         # duplicate trip id
    ws["J33"] = "18.40"                          # fare stored as text
    ws["B21"] = "24/11/2026"                     # date typed as text
    ws["D47"] = None                             # trip not closed
    ws["D52"] = None
    ws["E40"] = "c. mensah"                      # odd case
    ws["H38"] = "7 Quarry Lane "                 # trailing space (one-off address)
    ws["M38"] = 2                                # a poor app rating
    ws["M27"] = None                             # app ride not rated
    setd(ws, "C13", hm(6, 5))                    # keep pickups off the 06:00 edge
    setd(ws, "D13", hm(6, 49))
    ws["I29"] = 22.6                             # longest trips
    ws["I39"] = 19.4
    setd(dv, "C8", day(51))                      # licence renewal due
    ws["I44"] = None                             # miles missing


# ------------------------------------------------------------------ bird_survey
def birds() -> None:
    rng = random.Random(805)
    wb = Workbook()
    ws = wb.active
    ws.title = "Counts"
    ws["A1"] = "Ellerby Moor breeding bird survey 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "birds seen or heard per transect visit (Apr-Jul); totals typed in by the recorder"
    ws["K4"] = "Alert if down by"
    ws["L4"] = 0.25
    ws["L4"].number_format = "0%"
    cols = ["Species", "BoCC", "Visit 1", "Visit 2", "Visit 3", "Visit 4", "Total 26", "Total 25",
            "Notes"]
    header(ws, 4, 1, cols)
    species = [("Skylark", "Red"), ("Meadow Pipit", "Amber"), ("Curlew", "Red"), ("Lapwing", "Red"),
               ("Golden Plover", "Green"), ("Red Grouse", "Amber"), ("Wren", "Green"),
               ("Willow Warbler", "Amber"), ("Chiffchaff", "Green"), ("Garden Warbler", "Green"),
               ("Whinchat", "Red"), ("Stonechat", "Green"), ("Wheatear", "Green"),
               ("Cuckoo", "Red"), ("Reed Bunting", "Amber"), ("Linnet", "Red"), ("Snipe", "Amber"),
               ("Dunlin", "Red"), ("Ring Ouzel", "Red"), ("Merlin", "Red"), ("Kestrel", "Amber"),
               ("Buzzard", "Green"), ("Raven", "Green"), ("Carrion Crow", "Green"),
               ("Sedge Warbler", "Green"), ("Grasshopper Warbler", "Red"), ("Tree Pipit", "Red"),
               ("Redstart", "Green"), ("Dipper", "Amber"), ("Grey Wagtail", "Red"),
               ("Common Sandpiper", "Amber"), ("Oystercatcher", "Amber"), ("Black-headed Gull", "Amber"),
               ("Swallow", "Green"), ("Mistle Thrush", "Red"), ("Goldfinch", "Green")]
    notes = [None] * 6 + ["display flight", "nest found", "heard only", "pair on V3", "juveniles seen",
                          "flushed by walkers"]
    for i, (sp, lst) in enumerate(species):
        base = rng.choice([1, 2, 3, 5, 8, 12, 18, 26])
        v = [max(0, round(base * rng.choice([0, 0.4, 0.7, 1, 1, 1.3, 1.6]))) for _ in range(4)]
        for j in range(4):
            if rng.random() < 0.05:
                v[j] = None
        tot = sum(x for x in v if x is not None)
        ly = max(1, round(tot * rng.choice([0.5, 0.7, 0.9, 1.0, 1.15, 1.5, 2.2])) + rng.choice([-1, 0, 1]))
        put(ws, 5 + i, 1, [sp, lst] + v + [tot, ly, rng.choice(notes)])
    st = wb.create_sheet("Sites")
    header(st, 1, 1, ["Site", "Grid ref", "Habitat", "Surveyor", "Last visit", "Next due",
                      "Visits done", "visits planned", "Area (ha)"])
    sites = ["Ellerby Top", "Hagg Wood", "Low Moss", "Fell Beck", "Scar End", "Birk Gill",
             "Greenhow Pasture", "Kettle Mire", "Black Hill", "Crag Plantation", "Sike Meadow",
             "Rawthey Bank", "Thorny Edge", "Moss Pool", "Heather Brow", "Gill Head", "Wath Ing",
             "Long Rigg"]
    habitats = ["Moorland", "Woodland", "Wetland", "Upland pasture", "Hedgerow"]
    people = ["Ann Reilly", "Tom Beck", "Ruth Oduya", "Vic Lam", "Jo Pearce", "Sam Kerr", "Imran Ali"]
    for i, s in enumerate(sites):
        last = pick_offset(rng, -200, -5, {-90, -91, -89, -60})
        nxt = last + rng.choice([90, 120, 180, 240])
        if nxt in (0, 1, -1, 14, 15, 13):
            nxt += 4
        planned = rng.choice([4, 4, 6, 8])
        done = planned - rng.choice([0, 0, 1, 2, 4])
        put(st, 2 + i, 1, [s, f"{rng.choice(['SE', 'SE', 'SD', 'NY'])} {rng.randint(10, 99)}{rng.randint(10, 99)}",
                           rng.choice(habitats), rng.choice(people), day(last), day(nxt), done,
                           planned, round(rng.uniform(3, 60), 1)])
    quirks_birds(ws, st)
    widths(ws, "A B C D E F G H I J K L", [20, 7, 7, 7, 7, 7, 9, 9, 18, 3, 15, 6])
    widths(st, "A B C D E F G H I", [17, 9, 15, 11, 11, 11, 11, 13, 9])
    wb.save(HERE / "bird_survey.xlsx")


def quirks_birds(ws, st) -> None:
    ws["A37"] = "Wren"                           # species entered twice (row 11)
    ws["A30"] = "Grasshopper warbler "           # odd case + trailing space (one-off)
    ws["B22"] = "red"                            # odd case list
    ws["H14"] = "14"                             # last year's total stored as text
    ws["H24"] = 5                                # keep totals off the alert edge
    ws["H34"] = 3
    st["D9"] = None                              # no surveyor
    st["D16"] = None
    st["B12"] = None                             # grid ref missing
    st["E6"] = "19/10/2026"                      # last visit typed as text
    st["F6"] = day(60)
    st["F6"].number_format = "yyyy-mm-dd"
    setd(st, "F8", day(9))                       # visits coming up
    setd(st, "F19", day(5))


# ------------------------------------------------------------------ insurance_claims
def claims() -> None:
    rng = random.Random(806)
    wb = Workbook()
    ws = wb.active
    ws.title = "Claims"
    ws["A1"] = "Northgate Mutual - property & motor claims register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "amounts in USD; reserve = what we expect to pay"
    ws["A3"] = "Auto-approve up to ($)"
    ws["C3"] = 2500
    ws["C3"].number_format = "#,##0"
    cols = ["Claim no", "Policy no", "Policyholder", "Type", "Policy start", "Incident", "Reported",
            "Claimed ($)", "Reserve ($)", "Approved ($)", "Paid on", "Adjuster", "Status"]
    header(ws, 6, 1, cols)
    holders = ["R. Castillo", "Dunmore Bakery Ltd", "H. Lindgren", "P. Achterberg", "Y. Mwangi",
               "Q. Bellamy", "Farrow & Sons Ltd", "E. Hoffmann", "K. Dlamini", "C. Ortega",
               "W. Sato", "Brightside Dental Ltd", "F. Nakashima", "M. Grady", "S. Ivanova",
               "Old Mill Garage Ltd", "T. Kruger", "V. Anand"]
    types = [("Water damage", "HH", [1800, 4200, 7600, 12500]), ("Theft", "HH", [950, 2300, 6400, 14800]),
             ("Storm", "HH", [2100, 5300, 9800]), ("Flood", "HH", [8700, 16400, 23000]),
             ("Motor collision", "MV", [1400, 3300, 6900, 11200]), ("Windscreen", "MV", [320, 480, 610]),
             ("Fire", "HH", [3900, 18500, 31000])]
    adjusters = ["Grace Liu", "Omar Haddad", "Ben Carter", "Nadia Rossi", "Luis Vega"]
    policies = {}
    for i in range(44):
        r = 7 + i
        typ, pre, amounts = rng.choice(types)
        holder = rng.choice(holders)
        key = (holder, pre)
        if key not in policies:
            policies[key] = (f"{pre}-{rng.randint(100000, 999999)}",
                             pick_offset(rng, -1400, -60, set()))
        pol, pstart = policies[key]
        inc = pick_offset(rng, -220, -4, {-90, -91, -89})
        if inc < pstart:
            inc = pstart + rng.choice([20, 75, 150])
        rep = inc + rng.choice([0, 1, 2, 5, 9, 16, 24, 45, 70])
        if rep > -1:
            rep = -1
        claimed = rng.choice(amounts) + rng.choice([0, 35, 120, 260])
        reserve = round(claimed * rng.choice([0.6, 0.75, 0.9, 1.0, 1.0]), -1)
        status = rng.choice(["Open", "Open", "Approved", "Paid", "Paid", "Paid", "Declined", "Closed"])
        approved = None
        paid_on = None
        if status in ("Approved", "Paid", "Closed"):
            approved = round(claimed * rng.choice([0.55, 0.7, 0.88, 0.95, 1.0, 1.0]), -1)
        if status == "Declined":
            approved = 0
        if status in ("Paid", "Closed"):
            po = rep + rng.choice([12, 25, 40, 66])
            paid_on = po if po <= -1 else -2
        put(ws, r, 1, [f"CL-{7300 + i}", pol, holder, typ, day(pstart), day(inc), day(rep), claimed,
                       reserve, approved, day(paid_on) if paid_on is not None else None,
                       rng.choice(adjusters), status], {7: "#,##0", 8: "#,##0", 9: "#,##0"})
    ad = wb.create_sheet("Adjusters")
    header(ad, 1, 1, ["Adjuster", "Region", "Open", "Max open", "Jul", "Aug", "Sep", "Oct", "Nov"])
    people = adjusters + ["Ivo Petrak", "Hana Sato", "Kemi Ade", "Rory Walsh", "Tara Quinn",
                          "Del Moss", "Ana Pires"]
    for i, p in enumerate(people):
        mx = rng.choice([25, 30, 40])
        op = mx + rng.choice([-14, -8, -5, -2, 3, 7])
        base = rng.choice([12, 16, 20, 26])
        vals = []
        for _ in range(5):
            base = base * rng.choice([0.75, 0.9, 1.0, 1.1, 1.25])
            vals.append(max(4, round(base)))
        put(ad, 2 + i, 1, [p, rng.choice(["North", "South", "East", "West"]), op, mx] + vals)
    quirks_claims(ws, ad)
    widths(ws, "A B C D E F G H I J K L M",
           [9, 11, 20, 16, 11, 11, 11, 11, 10, 12, 11, 12, 9])
    widths(ad, "A B C D E F G H I", [13, 8, 6, 9, 5, 5, 5, 5, 5])
    wb.save(HERE / "insurance_claims.xlsx")


def quirks_claims(ws, ad) -> None:
    ws["A40"] = "CL-7311"                        # duplicate claim number (row 18)
    ws["C38"] = "H. Lindgren "                   # trailing space (one-off policyholder)
    ws["D28"] = "theft"                          # odd case
    ws["H23"] = "5420"                           # claimed stored as text
    ws["F34"] = "13/06/2026"                     # incident typed as text
    ws["I29"] = "980"                            # reserve stored as text
    ws["L21"] = None                             # no adjuster assigned (open claims)
    ws["L43"] = None
    ad["G13"] = 12                               # keep monthly closures off the 10 edge
    ad["I13"] = 9


if __name__ == "__main__":
    for f in (pest, nursery, dairy, taxi, birds, claims):
        f()
    print("built 6 workbooks in", HERE)
