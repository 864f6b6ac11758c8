"""Build the six workbooks of calib-v1 part AN (openpyxl only, fixed seeds 2401-2406).

Dates are literals or offsets from BUILT (2026-12-03, a Thursday), which is "today" for every
date-relative request. Times of day / race times are real Excel times (fractions of a day).
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


def off_of(x: dt.date) -> int:
    return (x - BUILT).days


def hms(h: int, m: int, s: int = 0) -> dt.time:
    return dt.time(h, m, s)


def secs(n: int) -> dt.time:
    return dt.time(n // 3600, n % 3600 // 60, n % 60)


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
            c.number_format = "h:mm:ss"


def setd(ws, ref: str, v, fmt: str | None = None) -> None:
    """Set a cell by hand, keeping a date/time format on dates and times."""
    ws[ref] = v
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"
    elif isinstance(v, dt.time):
        ws[ref].number_format = "h:mm:ss"


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ lighthouse_cottages
COTTAGES = [  # name, sleeps, bedrooms, dogs ok, low rate, high rate
    ("Keeper's Cottage", 6, 3, "Yes", 145, 195),
    ("Foghorn House", 8, 4, "Yes", 180, 240),
    ("Lamp Room", 2, 1, "No", 110, 150),
    ("Gull's Rest", 4, 2, "No", 125, 170),
    ("The Bothy", 2, 1, "No", 85, 115),
]


def cottages() -> None:
    rng = random.Random(2401)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Beacon Point Cottages - bookings"
    ws["A1"].font = TITLE
    ws["A2"] = "five cottages below the old lighthouse, St Aidan's Head; changeover Friday, short breaks from Monday"
    ws["A3"] = "balance due 6 weeks before arrival; dogs only in Keeper's Cottage and Foghorn House"
    cols = ["Ref", "Guest name", "Cottage", "Arrive", "Nights", "Depart", "Guests", "Dogs",
            "Total (£)", "Deposit (£)", "Bal. due", "Bal. paid", "channel", "Status", "Rating (1-5)",
            "Notes"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["S5"] = "Dog limit"
    ws["T5"] = 2
    ws["S6"] = "Min nights"
    ws["T6"] = 3
    guests = ["Hughes family", "P. Okonkwo", "Sarah Lindqvist", "Mr & Mrs Barraclough", "Tom Ashdown",
              "The Pritchards", "Grace Mbeki", "Alun & Sian Rees", "Dr H. Castellano", "Becky Morton",
              "Jana Novak", "The Fairweathers", "Colin Shaw", "Imogen Tate", "Ravi Desai",
              "Megan O'Dowd", "Hughes family", "P. Okonkwo", "Lucy Brennan", "Frank & Jo Ellis",
              "Kasia Wrobel", "Dave Pennock", "P. Okonkwo", "Anna Schmidt", "Will Trewin",
              "Noor Haddad", "Ellie Jakes", "Martin Gale", "Sue & Bob Kirby", "Yuki Tanaka",
              "Harry Polglase", "Ines Duarte", "Owen Griffiths", "Clare Whitlock", "Jas Sandhu",
              "Marcus Bell", "Hattie Lowe", "Rob Penrose"]
    notes = [None, None, None, None, "anniversary - flowers", "cot + high chair", "late arrival (approx 10pm)",
             "returning guests", "needs ground floor", "arriving late, use key safe", "walking group",
             "honeymoon", "2 spaniels", "surf lessons booked"]
    channels = ["Direct", "Direct", "Airbnb", "Sykes", "Booking.com", "Airbnb"]
    # arrival offsets: Fridays (offset = 1 mod 7) and Mondays (offset = 4 mod 7), sorted
    arr = set()
    while len(arr) < 38:
        o = rng.randint(-170, 215)
        o = o - ((o - 1) % 7) if rng.random() < 0.72 else o - ((o - 4) % 7)
        arr.add(o)
    arr = sorted(arr)
    for i, a in enumerate(arr):
        r = 6 + i
        name, sleeps, _, dogs_ok, low, high = rng.choice(COTTAGES)
        friday = (a - 1) % 7 == 0
        nights = rng.choice([7, 7, 3, 14, 4]) if friday else rng.choice([4, 4, 3])
        arrive = BUILT + dt.timedelta(days=a)
        summer = arrive.month in (6, 7, 8, 9) or (arrive.month == 12 and arrive.day >= 18)
        rate = high if summer else low
        g = rng.randint(1, sleeps)
        dogs = rng.choice([0, 0, 1, 1, 2]) if dogs_ok == "Yes" else 0
        total = rate * nights + 20 * dogs * (nights > 0)
        dep = round(total * 0.25)
        due = a - 42
        depart = a + nights
        if depart <= 0:
            status = "Completed"
        elif a <= 0:
            status = "In house"
        else:
            status = "Provisional" if a > 40 and rng.random() < 0.25 else "Confirmed"
        paid = None
        if due < 0:
            paid = due - rng.choice([0, 2, 5, 9, 14, 20])
            if paid >= 0:
                paid = -1
        elif rng.random() < 0.35:
            paid = -rng.choice([1, 3, 8, 15, 30])
        rating = rng.choice([5, 5, 5, 4, 4, 3, 2]) if status == "Completed" else None
        chan = rng.choice(channels)
        ref = f"HM{rng.randint(10**7, 10**8 - 1)}" if chan == "Airbnb" else f"BP-26{101 + i:03d}"
        put(ws, r, 2, [ref, guests[i], name, day(a), nights, day(depart), g, dogs, total, dep, day(due),
                       day(paid) if paid is not None else None, chan, status, rating, rng.choice(notes)],
            {7: "#,##0", 8: "#,##0"})

    ct = wb.create_sheet("Cottages")
    ct["A1"] = "Cottages"
    ct["A1"].font = BOLD
    header(ct, 2, 1, ["Cottage", "Sleeps", "Bedrooms", "Dogs OK", "Low (£/nt)", "High (£/nt)",
                      "Last deep clean", "Gas cert exp.", "Hot tub"])
    for i, (name, sleeps, beds, dogs_ok, low, high) in enumerate(COTTAGES):
        put(ct, 3 + i, 1, [name, sleeps, beds, dogs_ok, low, high, day(-rng.randint(20, 200)),
                           day(rng.randint(30, 330)), rng.choice(["Yes", "No"])])
    ct["A10"] = "Maintenance log"
    ct["A10"].font = BOLD
    header(ct, 11, 1, ["Date", "Cottage", "Job", "Contractor", "Cost (£)", "Invoice no.", "Done"])
    jobs = [("boiler service", "Penwith Heating", 95), ("gutter clear", "A. Roskilly", 60),
            ("septic tank empty", "Kernow Drainage", 240), ("repaint window frames", "A. Roskilly", 480),
            ("hot tub service", "Spa Care SW", 130), ("chimney sweep", "Soot & Brush", 75),
            ("replace mattress", "Dreams", 620), ("roof slates after storm", "Tregarthen Roofing", 1150),
            ("deep clean", "Shine Cleaning", 210), ("PAT testing", "Sparks Electrical", 85),
            ("new kettle & toaster", "Argos", 55), ("fix shower pump", "Penwith Heating", 310)]
    offs = sorted(rng.sample(range(-190, -3), 20)) + [-2, -1, 4, 12]
    for i, o in enumerate(offs):
        job, who, cost = rng.choice(jobs)
        done = "Yes" if o < -20 else rng.choice(["Yes", "No"])
        if o > 0:
            done = "No"
        inv = f"INV-{rng.randint(1000, 9999)}" if done == "Yes" else None
        put(ct, 12 + i, 1, [day(o), rng.choice(COTTAGES)[0], job, who,
                            round(cost * rng.choice([0.8, 1, 1.1, 1.3])), inv, done])

    oc = wb.create_sheet("Occupancy")
    oc["A1"] = "Occupancy and income by month, 2026"
    oc["A1"].font = BOLD
    oc["A2"] = "occupancy = nights let / nights in month"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(oc, 4, 1, ["Cottage"] + months)
    season = [0.3, 0.35, 0.5, 0.62, 0.7, 0.82, 0.93, 0.96, 0.8, 0.6, 0.38]
    occ = {}
    for i, c in enumerate(COTTAGES):
        vals = [round(min(1.0, max(0.08, s * rng.choice([0.7, 0.85, 0.95, 1.05, 1.12]))), 2) for s in season]
        occ[c[0]] = vals
        put(oc, 5 + i, 1, [c[0]] + vals, {k: "0%" for k in range(1, 12)})
    oc["A11"] = "Income (£)"
    oc["A11"].font = BOLD
    header(oc, 12, 1, ["Cottage"] + months)
    for i, c in enumerate(COTTAGES):
        days_in = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]
        vals = [round(o * n * (c[5] if 5 <= k <= 8 else c[4]), -1)
                for k, (o, n) in enumerate(zip(occ[c[0]], days_in))]
        put(oc, 13 + i, 1, [c[0]] + vals, {k: "#,##0" for k in range(1, 12)})
    quirks_cottages(ws, ct, oc)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [3, 12, 22, 17, 11, 7, 11, 7, 6, 9, 10, 11, 11, 12, 11, 11, 28, 3, 11, 5])
    widths(ct, "A B C D E F G H I", [17, 17, 24, 19, 9, 11, 15, 13, 8])
    widths(oc, "A", [17])
    wb.save(HERE / "lighthouse_cottages.xlsx")


def quirks_cottages(ws, ct, oc) -> None:
    ws["B40"] = "BP-26117"                       # duplicate ref (row 22)
    ws["C35"] = "Yuki Tanaka "                   # trailing space (one-off guest)
    ws["O17"] = "Cancelled"                      # cancellations (one in lower case)
    ws["P17"] = None
    ws["O25"] = "Cancelled"
    ws["O33"] = "cancelled"
    ws["O38"] = "provisional"                    # odd case
    ws["J20"] = "1260"                           # total stored as text
    ws["M21"] = "16/10/2026"                     # balance-paid date typed as text (on time)
    setd(ws, "M12", date(2026, 7, 14))           # balances paid late
    setd(ws, "M19", date(2026, 10, 2))
    setd(ws, "M20", date(2026, 10, 20))
    ws["M22"] = None                             # balance overdue (arrives tomorrow)
    ws["M24"] = None                             # balance overdue
    ws["M25"] = None                             # cancelled, never paid
    setd(ws, "G29", date(2027, 2, 26))           # depart typed wrong (should be 25 Feb)
    setd(ws, "G41", date(2027, 6, 24))           # depart typed wrong (should be 25 Jun)
    ws["I37"] = 3                                # over the dog limit
    ws["I34"] = 1                                # dogs in cottages that don't take them
    ws["I10"] = 1
    ws["I27"] = None                             # dogs not asked
    ws["I40"] = None
    for ref, v in (("E11", date(2026, 8, 1)), ("G11", date(2026, 8, 4)), ("L11", date(2026, 6, 20)),
                   ("E35", date(2027, 5, 9)), ("G35", date(2027, 5, 13)), ("L35", date(2027, 3, 28))):
        setd(ws, ref, v)                         # weekend arrivals
    ct["G31"] = "no"                             # odd case
    ct["E27"] = None                             # cost not known yet
    ct["D17"] = None                             # contractor not noted


# ------------------------------------------------------------------ chimney_sweep
def chimney() -> None:
    rng = random.Random(2402)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Soot & Brush - T. Farrant, chimney sweep"
    ws["A1"].font = TITLE
    ws["A2"] = "prices inc. VAT; next due = 12 months after the sweep; no access = call-out charge only"
    cols = ["Job #", "Customer", "Town", "Postcode", "Appliance", "Booked", "Appt", "Flues",
            "Price (£)", "Paid (£)", "Method", "Soot (bkts)", "Cert no.", "Next due", "Status", "Notes"]
    header(ws, 4, 1, cols)
    ws["R4"] = "Min charge (£)"
    ws["S4"] = 65
    ws["R5"] = "Heavy soot (bkts)"
    ws["S5"] = 3
    customers = ["Mrs E. Harding", "Old Rectory", "J. Pocock", "Brook Cottage", "The Plough Inn",
                 "D. & L. Fenn", "Mill House", "K. Abbott", "Orchard Barn", "S. Varley", "Hill Farm",
                 "R. Quennell", "Lavender Cottage", "P. Ostrowski", "Ivy House", "Mrs M. Doyle",
                 "Coach House B&B", "T. Whitcombe", "Church Farm", "A. Begum"]
    towns = [("Ledbury", "HR8"), ("Colwall", "WR13"), ("Malvern", "WR14"), ("Bromyard", "HR7"),
             ("Upton", "WR8"), ("Cradley", "WR13")]
    appliances = [("Wood burner", 70), ("Wood burner", 70), ("Multi-fuel", 70), ("Open fire", 80),
                  ("Inglenook", 110), ("Aga", 95), ("Oil boiler", 85), ("Gas fire", 68)]
    notes = [None, None, None, None, "birds nest removed", "cowl fitted", "smoke test ok",
             "dog - keep gate shut", "cracked liner - quote sent", "jackdaw nest, cleared",
             "use side door", "bird guard needed"]
    for i in range(40):
        r = 5 + i
        cust = rng.choice(customers)
        town, pc = rng.choice(towns)
        app, base = rng.choice(appliances)
        flues = rng.choice([1, 1, 1, 2, 2, 3])
        appt = rng.randint(-380, 40)
        booked = appt - rng.choice([2, 5, 9, 16, 24, 35])
        status = "Done" if appt < 0 else "Booked"
        if appt < 0 and rng.random() < 0.1:
            status = "No access"
        price = base + 30 * (flues - 1)
        paid = method = soot = cert = nxt = None
        if status == "Done":
            paid = price if rng.random() < 0.85 else None
            method = rng.choice(["Card", "Cash", "BACS", "Card"]) if paid else None
            soot = rng.choice([0.5, 1, 1.5, 2, 2.5, 4, 5])
            cert = f"SB{rng.randint(10000, 99999)}"
            nxt = appt + 365
        elif status == "No access":
            price = 35
            paid = 35
            method = "Cash"
        if booked > -1:
            booked = -1
        put(ws, r, 1, [f"J{2601 + i}", cust, town, f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEHNPQRSTU')}"
                       f"{rng.choice('ABDEHNPQRSTU')}", app, day(booked), day(appt), flues, price, paid,
                       method, soot, cert, day(nxt) if nxt is not None else None, status, rng.choice(notes)],
            {8: "0.00", 9: "0.00", 11: "0.0"})

    cu = wb.create_sheet("Customers")
    header(cu, 1, 1, ["Cust ID", "Name", "Phone", "Email", "Town", "First job", "Last sweep",
                      "Reminder sent", "Appliances", "Type"])
    for i in range(30):
        r = 2 + i
        nm = customers[i % len(customers)] if i < len(customers) else rng.choice(
            ["Greenway Lettings", "H. Pugh", "Foley Arms", "N. Clarke", "Bank House", "M. Ibrahim",
             "Bosbury Lettings", "C. Lyle", "Wellington Lodge", "F. Adair"])
        first = rng.randint(-2900, -200)
        last = rng.randint(-560, -10)
        typ = "Landlord" if "Lettings" in nm or rng.random() < 0.15 else \
            ("Commercial" if any(w in nm for w in ("Inn", "B&B", "Arms")) else "Domestic")
        email = nm.lower().replace(" ", "").replace(".", "").replace("&", "") + rng.choice(
            ["@gmail.com", "@btinternet.com", "@outlook.com"]) if rng.random() < 0.85 else None
        put(cu, r, 1, [f"C{301 + i}", nm, f"01{rng.choice(['531', '684', '886'])} {rng.randint(100000, 999999)}",
                       email, rng.choice(towns)[0], day(first), day(last),
                       rng.choice(["Yes", "No", "Yes"]), rng.choice([1, 1, 2, 3]), typ])

    sv = wb.create_sheet("Stock & van")
    sv["A1"] = "Stock and van running"
    sv["A1"].font = BOLD
    header(sv, 3, 1, ["Item", "On hand", "Reorder at", "Unit cost (£)", "Supplier"])
    stock = [("Flue brush 300mm", "Sweepsmart"), ("Flue brush 400mm", "Sweepsmart"), ("Rods (1m)", "Sweepsmart"),
             ("Dust sheets", "Screwfix"), ("Smoke pellets", "Sweepsmart"), ("Cowls (standard)", "Colt"),
             ("Bird guards", "Colt"), ("Certificate pads", "NACS"), ("Vacuum bags", "Screwfix")]
    for i, (it, sup) in enumerate(stock):
        put(sv, 4 + i, 1, [it, rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 20]), rng.choice([2, 3, 4, 5, 10]),
                           rng.choice([2.5, 4.2, 8.5, 14, 22, 38, 46]), sup])
    header(sv, 3, 7, ["Week", "w/c", "Miles", "Fuel (£)"])
    for i in range(12):
        wk = 37 + i
        wc = date(2026, 9, 7) + dt.timedelta(weeks=i)
        miles = rng.choice([180, 215, 240, 262, 288, 310, 335, 362, 405])
        put(sv, 4 + i, 7, [f"Wk {wk}", wc, miles, round(miles * rng.choice([0.27, 0.29, 0.31]), 2)],
            {3: "0.00"})

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Jobs per month by appliance, 2026"
    sm["A1"].font = BOLD
    kinds = ["Wood burner", "Multi-fuel", "Open fire", "Inglenook", "Aga", "Oil boiler", "Gas fire"]
    header(sm, 3, 1, ["Month"] + kinds)
    season = [9, 6, 4, 3, 3, 4, 6, 9, 15, 21, 19]
    share = [1.0, 0.6, 0.5, 0.2, 0.25, 0.35, 0.15]
    for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]):
        put(sm, 4 + i, 1, [m] + [max(0, round(season[i] * s * rng.choice([0.7, 0.9, 1.0, 1.2, 1.4])))
                                 for s in share])
    quirks_chimney(ws, cu, sv, sm)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [7, 17, 10, 10, 12, 11, 11, 6, 9, 9, 8, 10, 9, 11, 10, 26, 3, 17, 5])
    widths(cu, "A B C D E F G H I J", [8, 18, 14, 28, 10, 11, 11, 13, 10, 11])
    widths(sv, "A B C D E F G H I J", [18, 8, 10, 12, 11, 3, 7, 11, 7, 9])
    widths(sm, "A", [8])
    wb.save(HERE / "chimney_sweep.xlsx")


def quirks_chimney(ws, cu, sv, sm) -> None:
    ws["O41"] = "Quote"                          # relining quote, no appointment
    ws["G41"] = None
    ws["I41"] = 1450
    ws["O40"] = "quote"                          # odd case; cowl + guard fitting quote
    ws["G40"] = None
    ws["I40"] = 240
    ws["I24"] = "85"                             # price stored as text (paid in full)
    ws["J27"] = 80                               # short payments
    ws["J9"] = 120
    ws["L35"] = 3.5
    ws["L44"] = 4.5
    ws["L22"] = 1.5
    ws["L28"] = 1.5
    ws["L24"] = 3
    ws["L27"] = 3
    ws["L17"] = 1.5                              # off the 2-per-flue edge
    ws["L29"] = 2.5
    ws["H38"] = 3                                # three flues
    ws["I38"] = 155
    ws["J38"] = 155
    ws["J20"] = 98
    ws["K20"] = "Card"
    ws["J29"] = 95
    ws["K29"] = "Cash"
    ws["B32"] = "Lavender Cottage "              # trailing space (one-off customer)
    sv["B6"] = 4                                 # exactly at the reorder level
    cu["C9"] = 1886960482                        # phone numbers typed as numbers (lost the 0)
    cu["C24"] = 1684112386
    cu["D27"] = None                             # no email
    cu["D11"] = None
    cu["J31"] = "landlord"                       # odd case
    cu["G12"] = "17/07/2026"                     # last sweep typed as text
    cu["A25"] = "C322"                           # duplicate id (Foley Arms, row 23)
    cu["H5"] = None                              # reminder not recorded


# ------------------------------------------------------------------ juice_bar
def juice() -> None:
    rng = random.Random(2403)
    wb = Workbook()
    ws = wb.active
    ws.title = "Daily"
    ws["A1"] = "Squeeze Street Juice Bar - daily takings"
    ws["A1"].font = TITLE
    ws["A2"] = "closed Mondays in November; takings inc. VAT; waste = produce binned at close"
    cols = ["Date", "Day", "Open (hrs)", "Customers", "Juices", "Smoothies", "Shots", "Bowls",
            "Takings (£)", "Card %", "Waste (£)", "Staff", "Weather", "Notes"]
    header(ws, 4, 1, cols)
    ws["P4"] = "Waste target (£)"
    ws["Q4"] = 25
    ws["P5"] = "Staff cost / hr (£)"
    ws["Q5"] = 11.5
    weathers = ["Sunny", "Cloudy", "Cloudy", "Rain", "Rain", "Windy", "Frost"]
    notes = [None, None, None, None, None, "school half term", "blender 2 down", "market day",
             "late delivery from Citrus Direct", "gym promo", "ran out of kale"]
    for i in range(32):
        r = 5 + i
        o = -32 + i
        x = BUILT + dt.timedelta(days=o)
        wd = x.weekday()
        wtr = rng.choice(weathers)
        if wd == 0 and x.month == 11:
            put(ws, r, 1, [day(o), x.strftime("%a"), None, None, None, None, None, None, None, None,
                           None, None, wtr, "closed"])
            continue
        hrs = {5: 9, 6: 6}.get(wd, 8)
        cust = rng.randint(250, 320) if wd == 5 else rng.randint(170, 240) if wd == 6 else rng.randint(105, 200)
        if wtr == "Sunny":
            cust += 30
        j = round(cust * rng.uniform(0.3, 0.4))
        s = round(cust * rng.uniform(0.25, 0.35))
        sh = round(cust * rng.uniform(0.12, 0.25))
        b = round(cust * rng.uniform(0.05, 0.12))
        tk = round(j * 4.9 + s * 5.6 + sh * 2.2 + b * 7.5 + rng.uniform(-30, 30), 2)
        put(ws, r, 1, [day(o), x.strftime("%a"), hrs, cust, j, s, sh, b, tk,
                       round(rng.uniform(0.52, 0.96), 2), round(rng.uniform(6, 48), 2),
                       rng.choice([2, 3, 3, 4]) if wd >= 5 else rng.choice([2, 2, 3]), wtr, rng.choice(notes)],
            {8: "#,##0.00", 9: "0%", 10: "0.00"})

    mn = wb.create_sheet("Menu")
    mn["A1"] = "Menu & costings"
    mn["A1"].font = TITLE
    mn["A2"] = "cost = ingredients + cup + lid; kcal for the standard size"
    mn["A3"] = "status: Core / Seasonal / Trial / Retired"
    header(mn, 5, 2, ["Code", "Item", "Category", "Size (ml)", "Price (£)", "Cost (£)", "kcal",
                      "Vegan", "Allergens", "Launched", "Status"])
    mn["N5"] = "Target margin"
    mn["O5"] = 0.65
    mn["O5"].number_format = "0%"
    items = [("J01", "Green Machine", "Juice"), ("J02", "Beet It", "Juice"), ("J03", "Sunrise", "Juice"),
             ("J04", "Ginger Zinger", "Juice"), ("J05", "Carrot Cake", "Juice"), ("J06", "Pineapple Express", "Juice"),
             ("J07", "Celery Reset", "Juice"), ("J08", "Watermelon Wave", "Juice"), ("J09", "Green Machine", "Juice"),
             ("S01", "PB Power", "Smoothie"), ("S02", "Berry Blast", "Smoothie"), ("S03", "Mango Lassi", "Smoothie"),
             ("S04", "Choc Oat", "Smoothie"), ("S05", "Tropical Cooler", "Smoothie"), ("S06", "Matcha Mint", "Smoothie"),
             ("S07", "Banana Bread", "Smoothie"), ("S08", "Almond Date Shake", "Smoothie"), ("S09", "Pumpkin Spice", "Smoothie"),
             ("SH1", "Ginger shot", "Shot"), ("SH2", "Turmeric shot", "Shot"), ("SH3", "Wheatgrass shot", "Shot"),
             ("SH4", "Cayenne & lemon shot", "Shot"), ("SH5", "Sea moss shot", "Shot"),
             ("B01", "Acai Bowl", "Bowl"), ("B02", "Pitaya Bowl", "Bowl"), ("B03", "PB & Banana Bowl", "Bowl"),
             ("B04", "Granola Bowl", "Bowl"), ("B05", "Coconut Bowl", "Bowl"), ("S10", "Cold brew protein", "Smoothie"),
             ("J10", "Apple Mint", "Juice")]
    allergens = {"PB Power": "peanuts, milk", "Mango Lassi": "milk", "Choc Oat": "oats, gluten",
                 "Almond Date Shake": "nuts", "Banana Bread": "oats, gluten, walnuts", "Acai Bowl": "none",
                 "PB & Banana Bowl": "peanuts", "Granola Bowl": "oats, gluten, nuts", "Coconut Bowl": "sesame",
                 "Cold brew protein": "milk, soya", "Matcha Mint": "soya", "Celery Reset": "celery"}
    for i, (code, item, cat) in enumerate(items):
        r = 6 + i
        size = {"Juice": rng.choice([350, 500]), "Smoothie": rng.choice([400, 500]), "Shot": 60, "Bowl": 450}[cat]
        price = {"Juice": rng.choice([4.2, 4.5, 4.8, 5.2, 5.5]), "Smoothie": rng.choice([4.9, 5.3, 5.8, 6.2]),
                 "Shot": rng.choice([1.8, 2.2, 2.5]), "Bowl": rng.choice([6.5, 7.2, 7.9, 8.5])}[cat]
        cost = round(price * rng.choice([0.22, 0.26, 0.29, 0.31, 0.38, 0.42]), 2)
        kcal = {"Juice": rng.randint(90, 220), "Smoothie": rng.randint(240, 520), "Shot": rng.randint(5, 30),
                "Bowl": rng.randint(380, 640)}[cat]
        vegan = "N" if allergens.get(item, "").find("milk") >= 0 else rng.choice(["Y", "Y", "Y", "N"])
        status = rng.choice(["Core", "Core", "Core", "Seasonal", "Trial", "Retired"])
        launched = day(-rng.randint(40, 1400))
        put(mn, r, 2, [code, item, cat, size, price, cost, kcal, vegan, allergens.get(item, "none"),
                       launched, status], {4: "0.00", 5: "0.00"})

    st = wb.create_sheet("Stock")
    st["A1"] = "Produce stock (count Thu morning)"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Item", "Supplier", "Unit", "On hand", "Par", "Delivered", "Use by", "Organic"])
    produce = [("Kale", "Green Valley Farm", "kg"), ("Spinach", "Green Valley Farm", "kg"),
               ("Beetroot", "Green Valley Farm", "kg"), ("Carrots", "Green Valley Farm", "kg"),
               ("Oranges", "Citrus Direct", "box"), ("Lemons", "Citrus Direct", "box"),
               ("Limes", "Citrus Direct", "box"), ("Ginger root", "Metro Wholesale", "kg"),
               ("Turmeric root", "Metro Wholesale", "kg"), ("Strawberries", "Berry Co", "punnet"),
               ("Blueberries", "Berry Co", "punnet"), ("Bananas", "Metro Wholesale", "hand"),
               ("Mango", "Metro Wholesale", "each"), ("Pineapple", "Cash & Carry", "each"),
               ("Oat milk", "Cash & Carry", "litre"), ("Peanut butter", "Nutty Bits", "jar"),
               ("Almonds", "Nutty Bits", "kg"), ("Honey", "Hive & Honey", "jar")]
    for i, (it, sup, unit) in enumerate(produce):
        par = rng.choice([4, 6, 8, 10, 12, 20])
        oh = max(0, par + rng.choice([-5, -3, -2, -1, 0, 1, 3, 6]))
        deliv = -rng.choice([1, 2, 3, 5, 6, 8])
        life = rng.choice([3, 4, 5, 7, 10, 30, 90])
        put(st, 3 + i, 1, [it, sup, unit, oh, par, day(deliv), day(deliv + life), rng.choice(["Y", "N"])])
    st["A23"] = "Suppliers"
    st["A23"].font = BOLD
    header(st, 24, 1, ["Supplier", "Contact", "Phone", "Terms (days)", "Last order", "Min order (£)"])
    sups = [("Green Valley Farm", "Bryn"), ("Citrus Direct", "Aisha"), ("Berry Co", "Mark"),
            ("Metro Wholesale", "order desk"), ("Nutty Bits", "Lena"), ("Coastal Dairy", "Pete")]
    for i, (s, c) in enumerate(sups):
        put(st, 25 + i, 1, [s, c, f"0117 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                            rng.choice([7, 14, 30]), day(-rng.choice([2, 4, 9, 16, 38, 61])),
                            rng.choice([50, 75, 100, 150])])
    quirks_juice(ws, mn, st)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [11, 5, 9, 10, 7, 10, 6, 6, 11, 7, 9, 6, 9, 30, 3, 18, 6])
    widths(mn, "A B C D E F G H I J K L M N O", [3, 6, 22, 10, 9, 9, 9, 6, 7, 22, 11, 9, 3, 14, 6])
    widths(st, "A B C D E F G H", [16, 19, 12, 12, 12, 11, 11, 8])
    wb.save(HERE / "juice_bar.xlsx")


def quirks_juice(ws, mn, st) -> None:
    ws["I33"] = "1236.5"                         # takings stored as text
    ws["M22"] = "rain"                           # odd case
    for ref in ("M7", "M13", "M30", "M35"):      # sunny (M13 is a closed Monday)
        ws[ref] = "Sunny"
    ws["I23"] = None                             # takings not entered
    ws["A21"] = "17/11/2026"                     # date typed as text (a Tuesday)
    ws["J5"] = 0.61
    ws["F10"], ws["G11"], ws["G17"], ws["G25"] = 61, 41, 39, 62   # off the 40/60 edges
    mn["I6"] = "Y"
    mn["I8"] = "Y"
    mn["I16"] = "n"                              # odd case
    mn["C27"] = "Cayenne & lemon shot "          # trailing space (one-off item)
    mn["B34"] = "S05"                            # duplicate code (row 19)
    mn["C14"] = "green machine"                  # same item twice (row 6), lower case
    mn["J19"] = None                             # allergens not filled in
    mn["J30"] = None
    setd(st, "G3", day(-1))


# ------------------------------------------------------------------ marathon_club
def marathon() -> None:
    rng = random.Random(2404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "Harbour Harriers RC - membership 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "PBs as h:mm:ss (chip times); category from age on 1 Jan; renewal due on the anniversary of joining"
    cols = ["No.", "Name", "Sex", "Cat", "DOB", "Joined", "Renewal", "Paid (£)", "Status", "5k PB",
            "10k PB", "Half PB", "Mara PB", "Group", "Email", "Runs '26"]
    header(ws, 3, 2, cols)                                   # header at B3
    ws["S3"] = "Club standard (mara)"
    setd(ws, "T3", hms(3, 30), "h:mm:ss")
    ws["S4"] = "Annual fee (£)"
    ws["T4"] = 45
    people = [("Aoife Brennan", "F"), ("Ben Carter", "M"), ("Chloe Dunn", "F"), ("Dev Patel", "M"),
              ("Emma Fairley", "F"), ("Finn O'Connell", "M"), ("Gemma Hart", "F"), ("Hamza Iqbal", "M"),
              ("Isla McRae", "F"), ("Jack Lomas", "M"), ("Kirsty Noble", "F"), ("Liam Prior", "M"),
              ("Maya Quinn", "F"), ("Nathan Reeve", "M"), ("Olivia Stone", "F"), ("Pete Tranter", "M"),
              ("Rosa Underwood", "F"), ("Sam Varga", "M"), ("Tess Whalley", "F"), ("Umar Yusuf", "M"),
              ("Vicky Allott", "F"), ("Will Boothroyd", "M"), ("Xenia Cole", "F"), ("Yann Dupont", "M"),
              ("Zoe Ellwood", "F"), ("Alan Frisby", "M"), ("Bev Gledhill", "F"), ("Craig Holroyd", "M"),
              ("Dawn Ibbotson", "F"), ("Eddie Jowett", "M"), ("Fran Kettle", "F"), ("Gaz Lumb", "M"),
              ("Hannah Moss", "F"), ("Ian Naylor", "M"), ("Jo Oates", "F"), ("Kev Pickles", "M")]
    groups = ["A squad", "B squad", "B squad", "C squad", "Social", "Couch to 5k"]
    for i, (nm, sex) in enumerate(people):
        r = 4 + i
        born = date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))
        age = 2026 - born.year
        cat = (("SW" if sex == "F" else "SM") if age < 35 else f"V{min(70, age // 5 * 5)}")
        joined = -rng.randint(20, 3600)
        j = BUILT + dt.timedelta(days=joined)
        # renewal: the next anniversary of joining after today
        ren = dt.date(2026 if (j.month, j.day) > (BUILT.month, BUILT.day) else 2027, j.month, j.day)
        status = rng.choice(["Active", "Active", "Active", "Active", "Lapsed", "Injured", "Life"])
        paid = 45 if status in ("Active", "Injured") else None
        if status == "Life":
            paid = 0
        base5 = rng.randint(17 * 60 + 10, 31 * 60)
        k5 = base5
        k10 = round(base5 * rng.choice([2.06, 2.08, 2.1, 2.12]))
        half = round(k10 * rng.choice([2.12, 2.15, 2.17, 2.24, 2.27, 2.31]))
        mara = round(half * rng.choice([2.08, 2.1, 2.13, 2.16, 2.22, 2.3])) if rng.random() < 0.6 else None
        grp = "A squad" if base5 < 19 * 60 else rng.choice(groups[1:])
        email = nm.lower().replace(" ", ".").replace("'", "") + rng.choice(["@gmail.com", "@yahoo.co.uk", "@hotmail.co.uk", "@outlook.com", "@btinternet.com"])
        put(ws, r, 2, [f"HH{100 + i * 7}", nm, sex, cat, born, day(joined), dt.datetime.combine(ren, dt.time()),
                       paid, status, secs(k5), secs(k10), secs(half), secs(mara) if mara else None, grp, email,
                       rng.randint(0, 140)], {9: "mm:ss", 10: "mm:ss"})

    tr = wb.create_sheet("Training")
    tr["A1"] = "Weekly mileage (km) - marathon group"
    tr["A1"].font = BOLD
    header(tr, 2, 1, ["Runner", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Target"])
    runners = ["Aoife Brennan", "Ben Carter", "Dev Patel", "Finn O'Connell", "Gemma Hart", "Hamza Iqbal",
               "Jack Lomas", "Kirsty Noble", "Maya Quinn", "Nathan Reeve", "Rosa Underwood", "Sam Varga",
               "Umar Yusuf", "Xenia Cole", "Craig Holroyd", "Hannah Moss"]
    for i, nm in enumerate(runners):
        tgt = rng.choice([35, 45, 55, 65, 80])
        vals = [round(tgt * rng.choice([0.55, 0.72, 0.85, 0.93, 1.04, 1.12, 1.2]) + rng.choice([-1.5, 0, 2.5]), 1)
                for _ in range(5)]
        put(tr, 3 + i, 1, [nm] + vals + [tgt])
    tr["A21"] = "Sunday long runs (km)"
    tr["A21"].font = BOLD
    header(tr, 22, 1, ["Runner", "8 Nov", "15 Nov", "22 Nov", "29 Nov"])
    lr = ["Aoife Brennan", "Ben Carter", "Dev Patel", "Gemma Hart", "Jack Lomas", "Maya Quinn", "Tess Whalley",
          "Sam Varga", "Umar Yusuf", "Will Boothroyd", "Hannah Moss"]
    for i, nm in enumerate(lr):
        base = rng.choice([14, 18, 22, 26, 29])
        put(tr, 23 + i, 1, [nm] + [round(base * rng.choice([0.6, 0.8, 0.9, 1.0, 1.1, 1.25]), 1) for _ in range(4)])

    rc = wb.create_sheet("Races")
    header(rc, 1, 1, ["Race", "Date", "Dist (km)", "Terrain", "Entry (£)", "Entries close", "Club entries",
                      "Status", "Notes"])
    races = [  # race, date, km, terrain, entry, entries close, club entries, status, notes
        ("Harbour 10k", date(2026, 10, 18), 10, "Road", 21, date(2026, 9, 27), 14, "Done", None),
        ("Fell Foot Trail Half", date(2026, 11, 22), 21.1, "Trail", 32, date(2026, 11, 1), 7, "Done", "muddy!"),
        ("Summer Series 5k #4", date(2026, 7, 22), 5, "Road", 6, date(2026, 7, 20), 26, "Done", "evening, 7:30pm start"),
        ("County XC League R3", date(2026, 11, 28), 8, "XC", 0, date(2026, 11, 20), 22, "Done", "spikes"),
        ("Abbey Dash", date(2026, 11, 1), 10, "Road", 24, date(2026, 10, 11), 9, "Done", None),
        ("Moors Marathon", date(2027, 4, 18), 42.2, "Road", 58, date(2027, 3, 1), None, "Entered", None),
        ("Ridgeway Ultra", date(2027, 6, 12), 50, "Trail", 77, date(2027, 4, 30), None, "Considering", "kit check"),
        ("Lighthouse Half", date(2026, 12, 13), 21.1, "Road", 32, date(2026, 12, 6), 24, "Entered", "club champs race"),
        ("Boxing Day Dip 5 miler", date(2026, 12, 26), 8, "Road", 14, date(2026, 12, 20), None, "Entered", "fancy dress"),
        ("New Year's Day 10k", date(2027, 1, 1), 10, "Road", 21, date(2026, 12, 15), None, "Considering", None),
        ("Valentine's Trail 15k", date(2027, 2, 14), 15, "Trail", 24, date(2027, 2, 5), None, "Considering", None),
        ("Spring Marathon", date(2027, 4, 25), 42.2, "Road", 63, date(2027, 1, 31), None, "Full", "ballot places only"),
        ("Towpath 20 miler", date(2027, 3, 7), 32.2, "Road", 36, date(2027, 2, 21), None, "Entered", None),
        ("Coastal Path Trail Marathon", date(2027, 5, 16), 42.2, "Trail", 55, date(2027, 4, 4), None, "Considering", None),
        ("Dock Road Relays", date(2026, 9, 9), 6, "Road", 4, date(2026, 9, 2), 27, "Done", "teams of 3"),
        ("County XC League R4", date(2026, 12, 12), 8, "XC", 0, date(2026, 12, 4), None, "Entered", "spikes"),
        ("Christmas Pudding Run", date(2026, 12, 20), 5, "Road", 12, date(2026, 12, 10), None, "Full", None),
        ("Winter Fell Race", date(2027, 1, 16), 12, "Trail", 10, date(2027, 1, 9), None, "Considering", "FRA rules"),
        ("Harbour Half", date(2026, 9, 20), 21.1, "Road", 34, date(2026, 8, 31), 19, "Done", None),
        ("Greenway 10k", date(2026, 10, 4), 10, "Road", 18, date(2026, 9, 25), 11, "Done", None),
        ("Canal Night Run", date(2026, 11, 19), 7, "Road", 15, date(2026, 11, 12), 8, "Done", "head torch"),
        ("Big Half (London)", date(2027, 3, 7), 21.1, "Road", 41, date(2026, 12, 31), None, "Full", None),
        ("Kinder Skyline", date(2027, 5, 29), 30, "Trail", 45, date(2027, 3, 31), None, "Considering", None),
        ("Park Relay", date(2026, 8, 16), 5, "Road", 0, date(2026, 8, 9), 30, "Done", None),
    ]
    for i, row in enumerate(races):
        put(rc, 2 + i, 1, list(row), {4: "0.00"})
    quirks_marathon(ws, tr, rc)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [3, 7, 16, 5, 6, 11, 11, 11, 8, 8, 7, 8, 8, 8, 11, 28, 8, 3, 20, 8])
    widths(tr, "A", [16])
    widths(rc, "A B C D E F G H I", [28, 11, 9, 8, 9, 13, 12, 12, 20])
    wb.save(HERE / "marathon_club.xlsx")


def quirks_marathon(ws, tr, rc) -> None:
    ws["C26"] = "Xenia Cole "                    # trailing space (one-off name)
    ws["D28"] = "f"                              # odd case
    ws["J21"] = "lapsed"
    ws["J37"] = "active"
    ws["Q10"] = "8"                              # runs stored as text
    ws["K12"] = "26:22"                          # PBs typed as text
    ws["M31"] = "1:53:44"
    ws["L31"] = None
    ws["I15"] = 30                               # paid less than the fee
    ws["I37"] = 22.5
    setd(ws, "G7", date(2024, 1, 5))
    setd(ws, "H7", date(2027, 1, 5))
    ws["G22"] = "21/03/2017"                     # joined typed as text
    ws["B30"] = "HH205"                          # duplicate member no. (row 19)
    ws["P15"] = None                             # no email
    ws["P27"] = None
    tr["D8"] = None                              # missed weeks
    tr["E13"] = None


# ------------------------------------------------------------------ oyster_farm
def oyster() -> None:
    rng = random.Random(2405)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bags"
    ws["A1"] = "Kilbride Bay Oysters - grow-out register"
    ws["A1"].font = TITLE
    ws["A2"] = "one row per bag line on the trestles; mort. % = losses since stocking, from the last count"
    ws["A3"] = "grades by avg weight: G1 > 110 g, G2 85-110 g, G3 65-85 g, G4 under 65 g"
    cols = ["Line", "Zone", "Trestle", "Seeded", "Stocked", "Count", "Last turned", "Mort. %",
            "Avg wt (g)", "Target wt (g)", "Grade", "Harvest due", "Status", "Notes"]
    header(ws, 5, 1, cols)
    ws["P5"] = "Mortality alert"
    ws["Q5"] = 0.12
    ws["Q5"].number_format = "0%"
    ws["P6"] = "Market wt (g)"
    ws["Q6"] = 85
    ws["P7"] = "Turn every (days)"
    ws["Q7"] = 14
    zones = ["North bank", "North bank", "South bank", "Channel", "Pontoon"]
    notes = [None, None, None, None, None, "storm damage - bags re-tied", "heavy fouling", "moved from pontoon",
             "after storm Bert: 2 bags lost", "good shell shape", "split into 2 bags", "check for oyster drills"]
    for i in range(40):
        r = 6 + i
        seeded = -rng.randint(120, 900)
        stocked = rng.choice([200, 250, 300, 400])
        mort = rng.choice([0.03, 0.05, 0.07, 0.09, 0.1, 0.11, 0.14, 0.18, 0.26])
        count = round(stocked * (1 - mort))
        age = -seeded
        wt = round(min(135, 8 + age * rng.uniform(0.09, 0.14)), 1)
        target = rng.choice([85, 95, 110])
        grade = "G1" if wt > 110 else "G2" if wt >= 85 else "G3" if wt >= 65 else "G4"
        due = seeded + rng.choice([730, 820, 910])
        turned = -rng.choice([1, 3, 5, 8, 10, 12, 16, 19, 25, 33])
        status = "Ready" if wt >= 85 and rng.random() < 0.5 else "Growing"
        put(ws, r, 1, [f"L{rng.choice('ABCD')}-{101 + i}", rng.choice(zones), rng.randint(1, 24), day(seeded),
                       stocked, count, day(turned), round(1 - count / stocked, 3), wt, target, grade, day(due),
                       status, rng.choice(notes)], {7: "0.0%", 8: "0.0"})

    wt_ = wb.create_sheet("Water")
    wt_["A1"] = "Water & shellfish tests"
    wt_["A1"].font = BOLD
    wt_["A2"] = "E. coli in MPN/100 g (lab reports '<18' below detection); noro = norovirus PCR"
    header(wt_, 3, 2, ["Date", "Site", "Temp (°C)", "Salinity (ppt)", "E. coli", "Noro", "Class", "Closed"])
    wt_["K3"] = "E. coli limit"
    wt_["L3"] = 230
    sites = ["Inner bay", "Outer bay", "Channel"]
    d0 = -95
    for i in range(30):
        o = d0 + i * 3 + rng.choice([0, 0, 1])
        temp = round(rng.uniform(8.5, 19.5), 1)
        sal = round(rng.uniform(26.5, 35.5), 1)
        ec = rng.choice([18, 20, 45, 78, 110, 130, 170, 220, 330, 490, 790])
        noro = rng.choice(["Not detected"] * 6 + ["Detected"])
        cls = "A" if ec <= 230 else "B"
        put(wt_, 4 + i, 2, [day(o), rng.choice(sites), temp, sal, ec, noro, cls, "Yes" if noro == "Detected" else "No"])

    od = wb.create_sheet("Orders")
    header(od, 1, 1, ["Order", "Customer", "Ordered", "Deliver by", "Delivered", "Dozen", "Grade", "£/doz",
                      "Total (£)", "Paid", "Region"])
    custs = [("The Crab Shack", "Local"), ("Harbour Grill", "Local"), ("Fishmonger Bros", "London"),
             ("Le Petit Quai", "Export"), ("Oyster & Ale", "London"), ("Seaside Deli", "Local"),
             ("Hotel Meridian", "London"), ("Mercado del Mar", "Export"), ("Pier 9 Bar", "Local"),
             ("Clifftop Hotel", "Local")]
    price = {"G1": 14.5, "G2": 11.25, "G3": 9.5}
    for i in range(30):
        c, reg = rng.choice(custs)
        o = -rng.randint(2, 60)
        by = o + rng.choice([2, 3, 5, 7, 10])
        dl = by + rng.choice([-1, 0, 0, 0, 1, 2]) if by < 0 else None
        if dl is not None and dl > -1:
            dl = None
        dz = rng.choice([4, 6, 8, 10, 12, 20, 30, 50])
        g = rng.choice(["G1", "G2", "G2", "G3"])
        paid = rng.choice(["Yes", "Yes", "No", "Part"]) if dl is not None else "No"
        put(od, 2 + i, 1, [f"KB-{5101 + i}", c, day(o), day(by), day(dl) if dl is not None else None, dz, g,
                           price[g], dz * price[g], paid, reg], {7: "0.00", 8: "#,##0.00"})

    hv = wb.create_sheet("Harvest")
    hv["A1"] = "Dozen harvested per week by zone"
    hv["A1"].font = BOLD
    header(hv, 3, 1, ["Week", "North bank", "South bank", "Channel", "Pontoon"])
    for i in range(13):
        put(hv, 4 + i, 1, [f"Wk {36 + i}"] + [rng.choice([40, 65, 80, 95, 120, 135, 150, 175, 210, 240, 260])
                                              + rng.choice([-3, 0, 4]) for _ in range(4)])
    quirks_oyster(ws, wt_, od, hv)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [8, 11, 8, 11, 8, 7, 11, 8, 10, 12, 6, 12, 9, 30, 3, 17, 5])
    widths(wt_, "A B C D E F G H I J K L", [3, 11, 10, 10, 13, 8, 13, 6, 7, 3, 12, 5])
    widths(od, "A B C D E F G H I J K", [8, 17, 11, 11, 11, 6, 6, 7, 9, 6, 8])
    wb.save(HERE / "oyster_farm.xlsx")


def quirks_oyster(ws, wt_, od, hv) -> None:
    ws["M13"] = "Lost"                           # lost lines (one in lower case)
    ws["M40"] = "Lost"
    ws["M44"] = "lost"
    ws["H34"] = ws["F34"] = None                 # new line, not counted yet
    ws["I34"] = ws["I37"] = None                 # not weighed yet
    ws["I38"] = 95.0                             # exactly on target
    ws["I30"] = 85.0                             # exactly market weight, still growing
    ws["K30"] = "G2"
    ws["G20"] = "28/11/2026"                     # last turned typed as text
    ws["A42"] = "LD-130"                         # duplicate line (row 35)
    wt_["D12"] = 17.6
    for ref in ("F9", "F20", "F28", "F33"):      # lab results below detection
        wt_[ref] = "<18"
    wt_["E27"] = None                            # not recorded / pending
    wt_["F22"] = None
    wt_["G30"] = None
    od["I13"] = 752                              # totals typed wrong (725, 225)
    od["I27"] = 252
    od["J16"] = "No"
    od["J6"] = "No"
    od["J20"] = "Part"
    setd(od, "D23", day(6))                      # due this week, not delivered
    od["B28"] = "The Anchor"                     # one-off customers
    od["B12"] = "Saltwater Kitchen "             # (trailing space)


# ------------------------------------------------------------------ bridge_club
def bridge() -> None:
    rng = random.Random(2406)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "Seaview Bridge Club - members"
    ws["A1"].font = TITLE
    ws["A2"] = "subs run Oct-Sep; NGS = national grading (1-13); master pts from EBU"
    ws["A3"] = "grades: Novice, Improver, Club, County, Master"
    cols = ["ID", "Surname", "First", "Grade", "NGS", "Master pts", "Joined", "Sub (£)", "Sub paid", "Email",
            "Phone", "Partner", "Role", "Last played"]
    header(ws, 5, 1, cols)
    ws["P5"] = "Sub due (£)"
    ws["Q5"] = 60
    ws["P6"] = "Lapse after (days)"
    ws["Q6"] = 90
    surnames = ["Abernethy", "MacLeod", "Brewster", "Carmichael", "Dalgleish", "McAllister", "Erskine", "Forsyth",
                "Gillespie", "MacKinnon", "Haldane", "Innes", "Jardine", "Kerr", "Lennox", "Macdonald", "Munro",
                "Nairn", "Ogilvie", "Paterson", "Rankin", "Sinclair", "Tait", "Urquhart", "Wallace", "Young",
                "Baird", "Cochrane", "Douglas", "Fleming", "Grant", "Hendry", "Irvine", "Johnstone", "Kidd",
                "Laing", "Mackay", "Nisbet", "Orr", "Pringle"]
    firsts = ["Morag", "Alasdair", "Fiona", "Hamish", "Isobel", "Graeme", "Moira", "Douglas", "Catriona", "Ewan",
              "Eilidh", "Stuart", "Kirsty", "Iain", "Shona", "Callum", "Ailsa", "Fraser", "Heather", "Gordon"]
    grades = ["Novice", "Improver", "Club", "Club", "Club", "County", "Master"]
    roles = [None, None, None, None, None, "Committee", "Director", "Teacher", "Treasurer", "Scorer"]
    for i, sn in enumerate(surnames):
        r = 6 + i
        g = rng.choice(grades)
        ngs = {"Novice": rng.randint(1, 3), "Improver": rng.randint(2, 5), "Club": rng.randint(4, 8),
               "County": rng.randint(7, 10), "Master": rng.randint(9, 13)}[g]
        pts = {"Novice": rng.randint(0, 40), "Improver": rng.randint(20, 150), "Club": rng.randint(100, 900),
               "County": rng.randint(600, 2500), "Master": rng.randint(2000, 9000)}[g]
        joined = -rng.randint(60, 9000)
        sub = rng.choice([60, 60, 60, 45, 30])
        paid = -rng.randint(2, 70) if rng.random() < 0.85 else None
        fn = rng.choice(firsts)
        email = f"{fn.lower()}.{sn.lower()}@" + rng.choice(["gmail.com", "btinternet.com", "yahoo.co.uk", "icloud.com"]) \
            if rng.random() < 0.9 else None
        phone = f"01{rng.choice(['620', '368', '875'])} {rng.randint(100000, 999999)}"
        last = -rng.choice([1, 4, 8, 11, 15, 22, 36, 50, 64, 120, 200])
        put(ws, r, 1, [f"SB{201 + i}", sn, fn, g, ngs, pts, day(joined), sub, day(paid) if paid is not None else None,
                       email, phone, None, rng.choice(roles), day(last)])
    # partners: pair people up
    for a, b in ((6, 9), (7, 14), (8, 21), (10, 11), (12, 30), (13, 27), (15, 16), (17, 33), (18, 25), (19, 40),
                 (20, 22), (23, 36), (24, 29), (26, 44), (28, 31), (32, 45), (34, 41), (35, 39)):
        ws.cell(a, 12, f"{ws.cell(b, 3).value} {ws.cell(b, 2).value}")
        ws.cell(b, 12, f"{ws.cell(a, 3).value} {ws.cell(a, 2).value}")

    rs = wb.create_sheet("Results")
    rs["A1"] = "Pairs results, autumn 2026 (%)"
    rs["A1"].font = BOLD
    rs["A2"] = "Monday pairs"
    rs["A2"].font = BOLD
    rs["J2"] = "Thursday pairs"
    rs["J2"].font = BOLD
    wk = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]
    header(rs, 3, 1, ["Pair", "Names"] + wk)
    header(rs, 3, 10, ["Pair", "Names"] + wk)
    names_mon = [f"{ws.cell(a, 3).value[0]}. {ws.cell(a, 2).value} & {ws.cell(b, 3).value[0]}. {ws.cell(b, 2).value}"
                 for a, b in ((6, 9), (7, 14), (8, 21), (10, 11), (12, 30), (13, 27), (15, 16), (17, 33), (18, 25),
                              (19, 40), (20, 22), (23, 36))]
    names_thu = [names_mon[k] for k in (1, 4, 7, 9)] + [
        f"{ws.cell(a, 3).value[0]}. {ws.cell(a, 2).value} & {ws.cell(b, 3).value[0]}. {ws.cell(b, 2).value}"
        for a, b in ((24, 29), (26, 44), (28, 31), (32, 45), (34, 41), (35, 39))]
    used = set()

    def pct() -> float:
        while True:
            v = round(rng.uniform(0.38, 0.68), 4)
            if v not in used:
                used.add(v)
                return v

    for i, nm in enumerate(names_mon):
        put(rs, 4 + i, 1, [i + 1, nm] + [pct() for _ in range(6)], {k: "0.00%" for k in range(2, 8)})
    for i, nm in enumerate(names_thu):
        put(rs, 4 + i, 10, [i + 1, nm] + [pct() for _ in range(6)], {k: "0.00%" for k in range(2, 8)})

    se = wb.create_sheet("Sessions")
    header(se, 1, 1, ["Date", "Session", "Tables", "Boards", "Director", "Table money (£)", "Visitors",
                      "Hall hire (£)", "Notes"])
    dates = []
    o = -52                                   # Mon 12 Oct 2026 = offset -52
    while o < 25:
        dates += [(o, None), (o + 3, None)]
        o += 7
    dates = sorted(dates[:22] + [(-26, "Charity"), (10, "Congress"), (-47, "Teams")])
    notes = {-26: "charity pairs - RNLI", 10: "county congress, all day", -47: "Sat teams v. Dunbar",
             -34: "no hall - moved to church room", 21: "Christmas party after"}
    for i, (o, kind) in enumerate(dates):
        x = BUILT + dt.timedelta(days=o)
        sess = kind or (rng.choice(["Pairs", "Pairs", "Pairs", "Teams", "Teaching"]) if x.weekday() == 0 else
                        rng.choice(["Pairs", "Pairs", "Teams"]))
        director = rng.choice(["A. Haldane", "F. Innes", "G. Kerr", "M. Sinclair"])
        hire = {0: 95, 3: 110}.get(x.weekday(), 180)
        if o < 0:
            tables = rng.randint(4, 13)
            boards = 24 if tables < 8 else 27
            vis = rng.choice([0, 0, 1, 2, 3, 4, 6])
            money = tables * 4 * 3.5
            put(se, 2 + i, 1, [day(o), sess, tables, boards, director, money, vis, hire, notes.get(o)],
                {5: "0.00"})
        else:
            put(se, 2 + i, 1, [day(o), sess, None, None, director, None, None, hire, notes.get(o)])
    quirks_bridge(ws, rs, se)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [7, 12, 10, 10, 5, 10, 11, 7, 11, 30, 13, 20, 11, 11, 3, 18, 5])
    widths(rs, "A B C D E F G H I J K L M N O P Q", [5, 30, 8, 8, 8, 8, 8, 8, 3, 5, 30, 8, 8, 8, 8, 8, 8])
    widths(se, "A B C D E F G H I", [11, 10, 7, 7, 11, 15, 8, 12, 24])
    wb.save(HERE / "bridge_club.xlsx")


def quirks_bridge(ws, rs, se) -> None:
    ws["D43"] = "novice"                         # odd case
    ws["F23"] = "1150"                           # master points stored as text
    ws["L10"] = None                             # no regular partner
    ws["J24"] = "eilidh.ogilvie.yahoo.co.uk"     # emails without an @
    ws["J40"] = "ailsa.kidd gmail.com"
    ws["G29"] = "24/01/2009"                     # joined typed as text
    ws["A40"] = "SB213"                          # duplicate id (row 18)
    ws["B36"] = "Grant "                         # trailing space (one-off surname)
    rs["D9"] = None                              # pair absent
    rs["G14"] = None
    se["C6"] = 8
    se["F6"] = 112
    se["D6"] = 27
    se["G9"] = 3


if __name__ == "__main__":
    for f in (cottages, chimney, juice, marathon, oyster, bridge):
        f()
    print("built 6 workbooks in", HERE)
