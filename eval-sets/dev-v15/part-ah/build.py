"""Build the six workbooks of dev-v15 part AH (openpyxl only, fixed seeds 1501-1506).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds; the quirks are set by hand afterwards (`quirks_*`), so cell
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
BUILT = dt.date(2026, 12, 2)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


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
    """Set a cell by hand, keeping a date format on dates."""
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


# ------------------------------------------------------------------ market_stalls
def market() -> None:
    rng = random.Random(1501)
    wb = Workbook()
    ws = wb.active
    ws.title = "Traders"
    ws["A1"] = "Riverside Saturday Market - trader register 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Fees are per market day. Balance = what the trader owes us today. Hygiene = council food rating (food stalls only)."
    cols = ["Pitch", "Trader", "Category", "Pitch w (m)", "Fee / day ($)", "Days booked", "Days att.",
            "Balance ($)", "Power?", "Joined", "Insur. exp.", "Hygiene", "Contact"]
    header(ws, 4, 2, cols)                                   # header at B4
    names = ["Hartley's Honey", "The Pie Man", "Green Leaf Produce", "Knit & Natter", "Bao Down",
             "Sourdough Sam", "Wicker Works", "Fern & Frond", "Rag Trade Vintage", "Old Page Books",
             "Spice Route", "Cheese Please", "Driftwood Art", "Little Acorn Toys", "Crepe Expectations",
             "Moss Lane Eggs", "Tallow Candles", "Brew Bike Coffee", "Pickled Pepper", "Thread Count",
             "Olive Grove Deli", "Second Chapter", "Clay Pigeon Pots", "Berry Good Farm", "Soap Opera",
             "Hot Dog Harry", "Leaf & Loaf", "Silver Spoon Jewellery", "Curry in a Hurry", "Mushroom Man",
             "Vinyl Revival", "Nutmeg Bakes", "Copper Kettle Fudge", "Root Stock Plants", "Tin Soldier",
             "Fresh Catch Fish", "Wool Gather", "Samosa Stop"]
    cats = {"Food": ["The Pie Man", "Bao Down", "Sourdough Sam", "Spice Route", "Cheese Please",
                     "Crepe Expectations", "Brew Bike Coffee", "Pickled Pepper", "Olive Grove Deli",
                     "Hot Dog Harry", "Leaf & Loaf", "Curry in a Hurry", "Nutmeg Bakes",
                     "Copper Kettle Fudge", "Fresh Catch Fish", "Samosa Stop", "Hartley's Honey"],
            "Produce": ["Green Leaf Produce", "Moss Lane Eggs", "Berry Good Farm", "Mushroom Man"],
            "Plants": ["Fern & Frond", "Root Stock Plants"],
            "Clothing": ["Rag Trade Vintage", "Thread Count", "Wool Gather"],
            "Books & bric-a-brac": ["Old Page Books", "Second Chapter", "Vinyl Revival", "Tin Soldier"]}
    cat_of = {n: c for c, ns in cats.items() for n in ns}
    mails = ["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", None]
    pitches = [f"{row}{i:02d}" for row in "ABCD" for i in range(1, 11)][:38]
    for i, nm in enumerate(names):
        r = 5 + i
        cat = cat_of.get(nm, "Crafts")
        w = rng.choice([2.5, 3, 3, 4, 4, 5, 6])
        fee = int(w * 6 + (9 if cat == "Food" else 0))
        booked = rng.randint(5, 16)
        att = max(0, booked - rng.choice([0, 0, 0, 0, 1, 2, 4, 7]))
        bal = rng.choice([0, 0, 0, 0, 0, 24, 48, 75, 96, 132, 168, 212, 265, 330])
        power = rng.choice(["Y", "N", "N"]) if cat != "Food" else rng.choice(["Y", "Y", "Y", "N"])
        joined = date(rng.randint(2011, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if joined.date() > BUILT - dt.timedelta(days=40):
            joined = date(2026, 5, 16)
        ins = day(pick_offset(rng, -45, 330, {0, 30, 31, 29, 60, 61, 59, -1, 1}))
        hyg = rng.choice([2, 3, 4, 4, 5, 5, 5]) if cat == "Food" else None
        dom = rng.choice(mails)
        slug = "".join(ch for ch in nm.lower() if ch.isalnum())
        contact = f"{slug}@{dom}" if dom else f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        put(ws, r, 2, [pitches[i], nm, cat, w, fee, booked, att, bal, power, joined, ins, hyg, contact])
    ws["P4"] = "Arrears limit ($)"
    ws["Q4"] = 150
    ws["P5"] = "Late-fee rate"
    ws["Q5"] = 0.05
    ws["Q5"].number_format = "0%"
    header(ws, 8, 16, ["Waiting list", "Category", "Applied"])
    waiting = [("Pasta Fresca", "Food", date(2026, 6, 2)), ("Wool Gather", "Clothing", date(2026, 8, 14)),
               ("Bonsai Bill", "Plants", date(2026, 9, 8)), ("Taco Truck Tina", "Food", date(2026, 9, 19)),
               ("Mushroom Man", "Produce", date(2026, 10, 7)), ("Letterpress Lou", "Crafts", date(2026, 11, 2))]
    for i, row in enumerate(waiting):
        put(ws, 9 + i, 16, list(row))

    ff = wb.create_sheet("Footfall")
    ff["A1"] = "Gate counts - people in (clicker counts, 8am to 2pm)"
    ff["A1"].font = BOLD
    header(ff, 3, 1, ["Market day", "Day", "Gate N", "Gate S", "Bridge", "Stalls out", "Weather", "Rain (mm)"])
    days = [dt.date(2026, 9, 5) + dt.timedelta(days=7 * k) for k in range(13)]
    days += [dt.date(2026, 9, 20), dt.date(2026, 10, 30), dt.date(2026, 11, 22)]
    days.sort()
    for i, dd in enumerate(days):
        r = 4 + i
        wet = rng.random() < 0.35
        rain = rng.choice([2.5, 4, 7.5, 11, 18]) if wet else 0
        k = 0.7 if wet else 1.0
        n = int(round(rng.choice([900, 1050, 1200, 1380, 1560, 1720]) * k, -1))
        s = int(round(rng.choice([640, 780, 910, 1040, 1190]) * k, -1))
        b = int(round(rng.choice([260, 340, 420, 510, 630, 760]) * k, -1))
        put(ff, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), n, s, b,
                       rng.randint(24, 38), "Rain" if wet else rng.choice(["Sunny", "Cloudy", "Cloudy", "Cold"]),
                       rain], {7: "0.0"})
    ff["A22"] = "Fee income by category ($)"
    ff["A22"].font = BOLD
    header(ff, 23, 1, ["Category", "Jul", "Aug", "Sep", "Oct", "Nov", "Budget / mo"])
    for i, (cat, base) in enumerate([("Food", 5200), ("Produce", 1400), ("Crafts", 2100), ("Plants", 700),
                                     ("Clothing", 1100), ("Books & bric-a-brac", 950)]):
        vals, v = [], base
        for _ in range(5):
            v = int(round(v * rng.choice([0.78, 0.9, 0.97, 1.04, 1.12, 1.25]), -1))
            vals.append(v)
        put(ff, 24 + i, 1, [cat] + vals + [base])
    quirks_market(ws, ff)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [3, 7, 22, 19, 10, 12, 11, 9, 11, 8, 11, 11, 8, 30, 3, 17, 10, 11])
    widths(ff, "A B C D E F G H", [12, 5, 8, 8, 8, 10, 9, 9])
    wb.save(HERE / "market_stalls.xlsx")


def quirks_market(ws, ff) -> None:
    ws["B35"] = "C01"                            # pitch double-booked (row 25 has C01)
    ws["C42"] = "Green Leaf Produce"             # same trader on a second pitch (row 7)
    ws["D42"] = "Produce"
    ws["N42"] = "greenleafproduce@yahoo.co.uk"
    ws["F42"] = 30
    ws["M42"] = None
    ws["C21"] = "Tallow Candles "                # trailing space (one-off trader)
    ws["D34"] = "produce"                        # odd case
    ws["F20"] = "18"                             # fee stored as text
    ws["H27"] = "7"                              # days attended stored as text
    ws["K31"] = "23/04/2019"                     # joined typed as text
    ws["J11"] = "y"
    ws["M22"] = None                             # food stall not yet rated
    ws["M36"] = None
    ws["I9"] = -24                               # credit on account
    ff["D12"] = "640"                            # count stored as text
    ff["E15"] = None                             # bridge clicker lost
    ff["C9"] = None                              # gate N count missing
    ff["B17"] = "sat"
    ff["D28"] = None                             # Clothing Sep not entered


# ------------------------------------------------------------------ paintball_arena
def paintball() -> None:
    rng = random.Random(1502)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Splat Valley Paintball - group bookings"
    ws["A1"].font = TITLE
    ws["A2"] = "Prices incl. tax. U18s need a parent form; the Extreme package is 18+ only."
    ws["Q1"] = "Deposit rate"
    ws["R1"] = 0.25
    ws["R1"].number_format = "0%"
    ws["Q2"] = "Max group size"
    ws["R2"] = 30
    cols = ["Ref", "Group", "Organiser", "Event date", "Start", "Players", "Min pl.", "Package", "Field",
            "U18s", "Extra paint (boxes)", "Total ($)", "Deposit ($)", "Paid ($)", "Booked"]
    header(ws, 4, 1, cols)
    groups = ["Stag - Dan", "Hen - Priya", "Acme Ltd team day", "Scouts 14th", "Birthday - Leo (12)",
              "Rugby club", "Stag - Marcus", "Office social", "Birthday - Mia (15)", "Uni paintsoc",
              "Stag - Rob", "Youth club", "Police social", "Hospital A&E crew", "Birthday - Sam (30)",
              "Warehouse shift B", "Church youth", "Fire station 3", "Stag - Tom", "Hen - Jo",
              "Cricket club", "Birthday - Zoe (11)", "Tech startup", "Army cadets", "Darts league",
              "Bank branch social", "Stag - Olly", "School yr 10", "Gym members", "Book club (!)",
              "Stag - Kev", "Sixth form leavers", "Call centre team", "Birthday - Ava (13)",
              "Hen - Lisa", "Golf society", "Estate agents", "Stag - Ben", "Football 5s", "Family day - Nguyen"]
    organisers = ["Dan Price", "Priya Shah", "Kerry Wood", "Akela Jones", "M. Costa", "Gareth Evans",
                  "Marcus Lee", "Sue Platt", "Helen Ford", "Ade Bello", "Rob Hale", "Tina Grant"]
    price = {"Basic": 30, "Standard": 42, "Extreme": 60, "Kids Lite": 25}
    for i, g in enumerate(groups):
        r = 5 + i
        kids = "Birthday - " in g and any(ch.isdigit() for ch in g) and int("".join(ch for ch in g if ch.isdigit())) < 16 \
            or g in ("Scouts 14th", "Youth club", "Church youth", "Army cadets", "School yr 10")
        pkg = "Kids Lite" if kids and rng.random() < 0.6 else rng.choice(["Basic", "Standard", "Standard", "Extreme"])
        players = rng.choice([6, 8, 10, 12, 14, 16, 18, 22, 26, 34])
        minp = {"Basic": 10, "Standard": 10, "Extreme": 12, "Kids Lite": 8}[pkg]
        u18 = players if kids else rng.choice([0, 0, 0, 0, 0, 2, 3])
        boxes = rng.choice([0, 0, 0, 1, 2, 4, 6])
        total = players * price[pkg] + boxes * 45
        off = pick_offset(rng, -48, 40, {0, -1, 1, 14, 15, 13, 7, 8, 6})
        lead = rng.choice([3, 5, 9, 12, 20, 26, 35, 50])
        booked = off - lead
        if booked >= 0:
            booked = -rng.choice([1, 2, 4])
        dep = -(-total // 4)                         # 25 %, rounded up
        if rng.random() < 0.15:
            dep = 50
        if off < 0:
            paid = total if rng.random() < 0.8 else total - rng.choice([60, 120, 200])
        else:
            paid = rng.choice([dep, dep, dep, None, total])
        field = rng.choice(["Woodland", "Village", "Bunker", "Speedball"])
        start = hm(*rng.choice([(9, 30), (10, 0), (10, 0), (13, 0), (13, 30), (18, 30)]))
        put(ws, r, 1, [f"SV-{2601 + i}", g, rng.choice(organisers), day(off), start, players, minp, pkg,
                       field, u18, boxes, total, dep, paid, day(booked)])

    ms = wb.create_sheet("Marshals")
    ms["A1"] = "Marshal roster - November 2026"
    ms["A1"].font = BOLD
    header(ms, 3, 1, ["Marshal", "DOB", "First aid exp.", "Shifts (Nov)", "Hrs (Nov)", "Max hrs", "Rating",
                      "Radio #"])
    marsh = ["Abi Turner", "Connor Walsh", "Deepa Rao", "Eli Ward", "Finn O'Hara", "Grace Lowe", "Harvey Bell",
             "Isla Moss", "Jack Reed", "Kofi Mensah", "Lena Vos", "Mo Farah-Lee", "Nat Quinn", "Owen Pryce"]
    for i, m in enumerate(marsh):
        r = 4 + i
        dob = date(rng.randint(1972, 2009), rng.randint(1, 12), rng.randint(1, 28))
        fa = day(pick_offset(rng, -60, 500, {0, 30, 31, 29, 90, 91, 89, -1, 1}))
        shifts = rng.randint(3, 16)
        mx = rng.choice([60, 80, 100])
        hrs = shifts * rng.choice([6, 7, 8])
        put(ms, r, 1, [m, dob, fa, shifts, hrs, mx, rng.choice([3.5, 4, 4.2, 4.5, 4.8, 5]), f"R{rng.randint(1, 20):02d}"],
            {6: "0.0"})

    lg = wb.create_sheet("League")
    lg["B1"] = "Winter league - points per round (blank = bye / not played yet)"
    lg["B1"].font = BOLD
    header(lg, 3, 2, ["Team", "R1", "R2", "R3", "R4", "R5", "R6", "Capt."])
    teams = ["Red Wolves", "Splat Pack", "Ghost Unit", "Mud Rats", "The Orange Menace", "Nightjars",
             "Bunker Boys", "Goggle Squad", "Hopper Heads", "Team Tango", "Sniper Nans", "Pod Squad"]
    caps = ["J. Kirby", "S. Ahmed", "L. Chu", "P. Nolan", "D. Price", "K. Obi", "R. Hale", "M. Ng",
            "T. Grant", "A. Novak", "B. Hughes", "C. Diaz"]
    for i, t in enumerate(teams):
        pts = [rng.choice([0, 4, 7, 10, 12, 15, 18, 21, 25]) for _ in range(6)]
        put(lg, 4 + i, 2, [t] + pts + [caps[i]])
    quirks_paintball(ws, ms, lg)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [8, 20, 12, 11, 6, 7, 7, 9, 10, 5, 10, 9, 11, 8, 11, 3, 15, 6])
    widths(ms, "A B C D E F G H", [13, 11, 13, 11, 9, 8, 7, 8])
    wb.save(HERE / "paintball_arena.xlsx")


def quirks_paintball(ws, ms, lg) -> None:
    ws["B33"] = "Stag - Rob"                     # same group booked twice (row 15)
    ws["C33"] = "Rob Hale"
    ws["C15"] = "Rob Hale"
    ws["B20"] = "Warehouse shift B "             # trailing space (one-off)
    ws["H27"] = "standard"                       # odd case
    ws["F12"] = "18"                             # players stored as text
    ws["N30"] = "300"                            # paid stored as text
    ws["O22"] = "17/10/2026"                     # booked date typed as text
    ws["C40"] = None                             # organiser not taken
    ws["C44"] = None
    ms["B9"] = None                              # DOB not given
    setd(ms, "B15", date(2007, 12, 9))           # two young marshals
    setd(ms, "B17", date(2006, 4, 30))
    ms["C14"] = "n/a"                            # no first-aid cert
    lg["E8"] = None                              # byes / not played
    lg["G11"] = None
    lg["H4"] = lg["H5"] = lg["H9"] = lg["H13"] = None
    lg["D10"] = "12"                             # points typed as text


# ------------------------------------------------------------------ plant_hire
def plant() -> None:
    rng = random.Random(1503)
    wb = Workbook()
    ws = wb.active
    ws.title = "Hires"
    ws["A1"] = "Kellbrook Plant Hire - hire log (Oct-Dec 2026)"
    ws["A1"].font = TITLE
    ws["A2"] = "Rates ex. tax. Fuel = tank level on the gauge at handover. Blank Returned = still on hire."
    ws["A3"] = "Free hrs / day"
    ws["B3"] = 8
    cols = ["Hire no.", "Customer", "Asset", "Machine", "Type", "Out", "Due back", "Returned", "Rate/day ($)",
            "Hrs out", "Hrs in", "Fuel out", "Fuel in", "Damage", "Deposit ($)", "Invoiced ($)"]
    header(ws, 5, 1, cols)
    fleet = [("EX-01", "1.5t mini digger", "Excavator", 95), ("EX-02", "1.5t mini digger", "Excavator", 95),
             ("EX-03", "3t digger", "Excavator", 130), ("EX-04", "8t digger", "Excavator", 210),
             ("DU-01", "1t hi-tip dumper", "Dumper", 70), ("DU-02", "3t swivel dumper", "Dumper", 95),
             ("DU-03", "6t dumper", "Dumper", 140), ("RO-01", "Pedestrian roller", "Roller", 60),
             ("RO-02", "Ride-on roller", "Roller", 120), ("TH-01", "7m telehandler", "Telehandler", 185),
             ("TH-02", "14m telehandler", "Telehandler", 260), ("GE-01", "20kVA generator", "Generator", 55),
             ("GE-02", "60kVA generator", "Generator", 110), ("BR-01", "Hyd. breaker", "Breaker", 45),
             ("BR-02", "Petrol breaker", "Breaker", 40)]
    customers = ["Hollis Groundworks", "J. Patel Builders", "Greenway Landscapes", "Council Highways",
                 "M&K Drainage", "Oakfield Homes", "Mr D. Fenwick", "Apex Utilities", "Riverside Farm",
                 "Stonebridge Civils", "Mrs A. Lowe", "Castle Roofing"]
    for i in range(42):
        r = 6 + i
        asset, mach, typ, rate = rng.choice(fleet)
        out = pick_offset(rng, -60, 6, {0, -1, 1, -30, -7, -14})
        dur = rng.choice([1, 2, 3, 5, 7, 7, 14, 21, 28])
        due = out + dur
        if due in (0, -10, 3, -1, 1, 10, -3):
            due += 1
        ret = None
        if out < 0 and due <= -1 and rng.random() < 0.85:
            ret = due + rng.choice([-1, 0, 0, 0, 0, 1, 2, 4, 6])
            if ret >= 0 or ret < out:
                ret = due
        elif out < 0 and due > 0 and rng.random() < 0.2:
            ret = -1
        hrs_out = rng.randint(300, 4800)
        used = rng.choice([3, 5, 6, 7, 9, 11]) * max(1, (ret if ret is not None else 0) - out)
        if typ in ("Breaker", "Generator") and rng.random() < 0.5:
            used = used // 2
        hrs_in = hrs_out + used if ret is not None else None
        fout = rng.choice([1.0, 1.0, 0.75, 0.5])
        fin = max(0.0, fout - rng.choice([0, 0, 0.25, 0.25, 0.5])) if ret is not None else None
        days_on = max(1, (ret - out)) if ret is not None else None
        inv = days_on * rate if ret is not None else None
        dep = rng.choice([100, 200, 250, 500])
        dmg = rng.choice([None, None, None, None, "None", "Scratched panel", "Dented", "Hose leak",
                          "Flat tyre"]) if ret is not None else None
        put(ws, r, 1, [f"H{5301 + i}", rng.choice(customers), asset, mach, typ, day(out), day(due),
                       day(ret) if ret is not None else None, rate, hrs_out, hrs_in, fout, fin, dmg, dep, inv],
            {11: "0%", 12: "0%"})

    fl = wb.create_sheet("Fleet")
    header(fl, 1, 1, ["Asset", "Machine", "Type", "Bought", "Cost ($)", "Hrs meter", "Last svc (h)",
                      "Svc every (h)", "Last LOLER", "Depot"])
    for i, (asset, mach, typ, rate) in enumerate(fleet):
        r = 2 + i
        bought = date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
        cost = rate * rng.choice([180, 220, 260, 300])
        meter = rng.randint(400, 6200)
        every = rng.choice([250, 500, 500])
        last = meter - rng.choice([40, 120, 210, 330, 460, 610])
        loler = day(pick_offset(rng, -240, -10, {-182, -183, -184, -181, -180, -185}))
        put(fl, r, 1, [asset, mach, typ, bought, cost, meter, last, every, loler,
                       rng.choice(["Kellbrook", "Kellbrook", "Northgate"])])

    ut = wb.create_sheet("Utilisation")
    ut["A1"] = "Utilisation by type (% of available machine-days on hire)"
    ut["A1"].font = BOLD
    header(ut, 2, 1, ["Type", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Target"])
    types = ["Excavator", "Dumper", "Roller", "Telehandler", "Generator", "Breaker"]
    for i, typ in enumerate(types):
        v = rng.choice([0.48, 0.56, 0.63, 0.71, 0.78])
        vals = []
        for _ in range(6):
            v = min(0.97, max(0.21, v + rng.choice([-0.13, -0.07, -0.03, 0.02, 0.05, 0.09])))
            vals.append(round(v, 2))
        put(ut, 3 + i, 1, [typ] + vals + [rng.choice([0.6, 0.65, 0.7])], {k: "0%" for k in range(1, 8)})
    ut["A11"] = "Breakdown callouts"
    ut["A11"].font = BOLD
    header(ut, 12, 1, ["Type", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, typ in enumerate(types):
        put(ut, 13 + i, 1, [typ] + [rng.choice([0, 0, 1, 1, 2, 3, 5]) for _ in range(6)])
    quirks_plant(ws, fl, ut)
    widths(ws, "A B C D E F G H I J K L M N O P", [9, 19, 7, 19, 12, 11, 11, 11, 11, 8, 8, 8, 8, 17, 11, 11])
    widths(fl, "A B C D E F G H I J", [7, 19, 12, 11, 9, 10, 12, 13, 11, 10])
    wb.save(HERE / "plant_hire.xlsx")


def quirks_plant(ws, fl, ut) -> None:
    ws["A30"] = "H5318"                          # duplicate hire number (row 23)
    ws["B39"] = "M&K Drainage "                  # trailing space (one-off customer)
    setd(ws, "F22", day(-52))                    # hire lengths set by hand
    ws["P22"] = 13 * 95
    setd(ws, "F34", day(-21))
    ws["P34"] = 15 * 185
    ws["K44"] = 1304
    ws["E21"] = "excavator"                      # odd case
    ws["I19"] = "95"                             # rate stored as text
    ws["J35"] = str(ws["J35"].value)             # hours stored as text
    ws["F44"] = "19/10/2026"                     # out date typed as text
    ws["N20"] = "none"
    fl["A17"] = "EX-02"                          # asset entered twice on the fleet list
    fl["B17"] = "1.5t mini digger"
    fl["C17"] = "Excavator"
    fl["D17"] = date(2019, 3, 14)
    fl["D17"].number_format = "yyyy-mm-dd"
    fl["E17"] = 17100
    fl["F17"] = 3120
    fl["G17"] = 2980
    fl["H17"] = 250
    setd(fl, "I17", day(-95))
    fl["J17"] = "Northgate"
    setd(fl, "I7", date(2026, 5, 28))           # LOLER dates set by hand
    setd(fl, "I16", date(2026, 6, 5))
    ut["E7"] = None                              # not calculated
    ut["C16"] = None


# ------------------------------------------------------------------ storage_units
def storage() -> None:
    rng = random.Random(1504)
    wb = Workbook()
    ws = wb.active
    ws.title = "Units"
    ws["A1"] = "StoreMore Self Storage (Quay Rd) - unit ledger"
    ws["A1"].font = TITLE
    ws["A2"] = "Rent due on the 1st. 'Paid to' = last day the rent covers. Blank tenant = unit empty."
    cols = ["Unit", "Size (sq ft)", "Floor", "Climate", "Tenant", "Move-in", "Rent ($/mo)", "Paid to",
            "Balance ($)", "Last access", "Lock", "Insured?", "Cover ($)"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["P5"] = "Late after (days)"
    ws["Q5"] = 10
    ws["P6"] = "Std rate ($/sq ft)"
    ws["Q6"] = 1.6
    ws["P7"] = "Auction at ($)"
    ws["Q7"] = 400
    tenants = ["R. Okafor", "Bloom Florist Ltd", "J. Whitaker", "M. Santos", "Eastside Dental", "K. Larsen",
               "T. Brennan", "A. Haddad", "P. Nowak", "Ink & Paper Co", "S. Mehta", "D. Fitzgerald",
               "L. Moreau", "Quay Records", "B. Adeyemi", "H. Lindqvist", "C. Romano", "N. Petrov",
               "E. Walsh", "G. Tanaka", "Valley Events", "F. Murphy", "O. Kaur", "W. Jensen", "Y. Ibrahim",
               "Z. Cohen", "I. Rossi", "U. Mwangi", "V. Dubois", "X. Zhang", "Hilltop Books", "Q. Evans"]
    sizes = [25, 25, 50, 50, 50, 75, 75, 100, 100, 150, 200, 300]
    ti = 0
    paid_to = [date(2026, 12, 31), date(2026, 12, 31), date(2026, 12, 31), date(2027, 1, 31),
               date(2026, 11, 30), date(2026, 11, 30), date(2026, 10, 31), date(2026, 9, 30),
               date(2026, 12, 31), date(2026, 8, 31)]
    for i in range(44):
        r = 6 + i
        floor = "G" if i < 18 else ("1" if i < 34 else "2")
        unit = f"{floor}{(i % 18) + 1:02d}" if floor == "G" else f"{floor}{(i - (18 if floor == '1' else 34)) + 1:02d}"
        size = rng.choice(sizes)
        climate = "Y" if (size <= 75 and rng.random() < 0.5) else "N"
        rate = rng.choice([1.45, 1.55, 1.65, 1.65, 1.75, 1.9])
        rent = round(size * rate + (12 if climate == "Y" else 0))
        vacant = rng.random() < 0.2
        if vacant:
            put(ws, r, 2, [unit, size, floor if floor == "G" else int(floor), climate, None, None, rent, None,
                           None, None, None, None, None])
            continue
        tenant = tenants[ti % len(tenants)]
        ti += 1
        mv = date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if mv.date() > BUILT - dt.timedelta(days=20):
            mv = date(2026, 10, 3)
        pt = rng.choice(paid_to)
        months_behind = max(0, (2026 - pt.year) * 12 + 11 - pt.month)
        bal = months_behind * rent
        last = day(pick_offset(rng, -400, -1, {-90, -91, -89, -180, -181, -179, -30}))
        lock = "Overlock" if months_behind >= 2 else "Own"
        if months_behind >= 3:
            lock = "Auction"
        ins = rng.choice(["Yes", "Yes", "No"])
        cover = rng.choice([2000, 5000, 5000, 10000, 20000]) if ins == "Yes" else None
        put(ws, r, 2, [unit, size, floor if floor == "G" else int(floor), climate, tenant, mv, rent, pt, bal, last,
                       lock, ins, cover], {12: "#,##0"})

    en = wb.create_sheet("Enquiries")
    header(en, 1, 1, ["Date", "Name", "Source", "Size wanted", "Quote ($)", "Follow-up", "Outcome"])
    names = ["Amy Cole", "B. Singh", "Carl Dyer", "Dina Roth", "Ed Marsh", "Fay Liu", "Gus Kemp", "Hana Sato",
             "Ian Price", "Jill Ames", "Kit Barr", "Luis Vega", "Meg Hunt", "Noor Ali", "Oli Park",
             "Pam Reid", "Raj Iyer", "Sara Holm", "Tony Fox", "Uma Das", "Vic Lowe", "Wes Hart", "Amy Cole",
             "Yara Nasr"]
    for i, nm in enumerate(names):
        r = 2 + i
        off = pick_offset(rng, -42, -1, {-7, -14, -21, -28, -3})
        size = rng.choice([25, 50, 75, 100, 150])
        quote = round(size * rng.choice([1.6, 1.75, 1.9]))
        fu = off + rng.choice([2, 3, 5, 7]) if rng.random() < 0.75 else None
        outcome = rng.choice(["Moved in", "Lost - price", "Thinking", "Thinking", "Lost - no reply", "Moved in"])
        put(en, r, 1, [day(off), nm, rng.choice(["Google", "Walk-in", "Phone", "Referral", "Facebook"]),
                       size, quote, day(fu) if fu is not None else None, outcome])

    oc = wb.create_sheet("Occupancy")
    oc["A1"] = "Occupancy by unit size (month end)"
    oc["A1"].font = BOLD
    header(oc, 3, 1, ["Size band", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Target"])
    for i, band in enumerate(["25 sq ft", "50 sq ft", "75 sq ft", "100 sq ft", "150 sq ft", "200 sq ft",
                              "300 sq ft"]):
        v = rng.choice([0.66, 0.74, 0.81, 0.88])
        vals = []
        for _ in range(6):
            v = min(1.0, max(0.4, v + rng.choice([-0.08, -0.04, -0.02, 0.01, 0.03, 0.06])))
            vals.append(round(v, 3))
        put(oc, 4 + i, 1, [band] + vals + [0.85], {k: "0.0%" for k in range(1, 8)})
    quirks_storage(ws, en, oc)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [3, 6, 11, 6, 8, 18, 11, 11, 11, 11, 11, 10, 9, 9, 3, 18, 7])
    widths(en, "A B C D E F G", [11, 11, 10, 11, 9, 11, 15])
    wb.save(HERE / "storage_units.xlsx")


def quirks_storage(ws, en, oc) -> None:
    oc["C4"] = 0.705                             # no month sits exactly on 70 %
    ws["F36"] = "W. Jensen "                     # trailing space (one-off)
    ws["L14"] = "overlock"                       # odd case
    setd(ws, "I13", date(2026, 9, 30))           # two months behind: overlocked
    ws["J13"] = 870
    ws["L13"] = "Overlock"
    ws["H15"] = str(ws["H15"].value)             # rent stored as text
    ws["G24"] = "14/03/2021"                     # move-in typed as text
    en["B13"] = "amy cole"                       # same person again (rows 2, 24), lower case
    en["E9"] = "120"                             # quote stored as text


# ------------------------------------------------------------------ trampoline_park
def trampoline() -> None:
    rng = random.Random(1505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws["A1"] = "Bounce Barn - session log"
    ws["A1"].font = TITLE
    ws["A2"] = "Cap. = max jumpers on the courts at once. Walk-ins counted at the desk. Future sessions: pre-bookings only."
    cols = ["Date", "Day", "Slot", "Mins", "Type", "Cap.", "Pre-booked", "Walk-ins", "Staff", "Min staff",
            "Incidents", "Revenue ($)"]
    header(ws, 4, 1, cols)
    price = {"Open jump": 14, "Toddler": 8, "Dodgeball": 12, "Fitness": 10, "Party": 18, "SEN quiet": 9}
    r = 5
    dd = dt.date(2026, 11, 20)
    while dd <= dt.date(2026, 12, 6):
        wd = dd.weekday()
        if wd in (0,):                       # closed Mondays
            dd += dt.timedelta(days=1)
            continue
        slots = [(10, 0, "Toddler", 60), (16, 0, "Open jump", 60), (18, 0, "Dodgeball", 90)] if wd < 5 else \
            [(9, 0, "Toddler", 60), (11, 0, "Open jump", 90), (14, 0, "Party", 120), (17, 30, "Open jump", 60)]
        if wd == 2:
            slots.append((19, 30, "Fitness", 45))
        if wd == 6:
            slots[0] = (9, 0, "SEN quiet", 60)
        if wd < 5 and dd.day in (20, 27):
            slots = slots[1:]
        for h, m, typ, mins in slots:
            cap = {"Toddler": 30, "Open jump": 60, "Dodgeball": 24, "Party": 40, "Fitness": 20, "SEN quiet": 25}[typ]
            pre = int(cap * rng.choice([0.3, 0.5, 0.65, 0.8, 0.9, 1.0]))
            past = dd < BUILT
            walk = int(cap * rng.choice([0, 0.05, 0.1, 0.2, 0.3])) if past else None
            need = max(2, -(-cap // 12))
            staff = need + rng.choice([-1, 0, 0, 1, 1, 2]) if past else None
            inc = rng.choice([0, 0, 0, 0, 0, 1, 1, 2]) if past else None
            rev = (pre + walk) * price[typ] if past else None
            put(ws, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), hm(h, m), mins, typ, cap, pre,
                           walk, staff, need, inc, rev])
            r += 1
        dd += dt.timedelta(days=1)
    header(ws, 4, 14, ["Session type", "$ / jumper"])
    for i, (typ, p) in enumerate(price.items()):
        put(ws, 5 + i, 14, [typ, p])

    jp = wb.create_sheet("Jumpers")
    jp["A1"] = "Annual pass holders"
    jp["A1"].font = BOLD
    jp["A2"] = "Waiver must be re-signed every 12 months. Min height for the Ninja course: 120 cm."
    header(jp, 4, 1, ["Member", "First name", "Surname", "DOB", "Pass", "Pass exp.", "Waiver signed",
                      "Visits (Oct)", "Visits (Nov)", "Height (cm)", "Guardian mobile"])
    firsts = ["Alfie", "Bella", "Charlie", "Daisy", "Ethan", "Freya", "George", "Harper", "Isaac", "Jasmine",
              "Kai", "Lily", "Mason", "Nia", "Oscar", "Poppy", "Reuben", "Sofia", "Theo", "Una", "Vince", "Willow",
              "Xander", "Yasmin", "Zac", "Amelia", "Ben", "Chloe", "Dev", "Ella", "Finley", "Grace", "Hugo", "Ivy"]
    surnames = ["Shaw", "Khan", "Brown", "Evans", "Nowak", "Patel", "Hughes", "Okoro", "Reid", "Lam", "Walsh",
                "Costa"]
    for i, fn in enumerate(firsts):
        r = 5 + i
        age_days = rng.randint(2 * 365 + 40, 15 * 365)
        dob = BUILT - dt.timedelta(days=age_days)
        if (dob.month, dob.day) in ((12, 2), (2, 29)):
            dob -= dt.timedelta(days=3)
        age = (BUILT - dob).days / 365.25
        height = int(round(70 + 6.2 * age + rng.choice([-8, -4, 0, 3, 6])))
        pas = rng.choice(["Gold", "Silver", "Silver", "Family"])
        pexp = day(pick_offset(rng, -50, 330, {0, 30, 31, 29, -1, 1}))
        waiver = day(pick_offset(rng, -560, -5, {-365, -366, -364}))
        vo = rng.choice([0, 1, 2, 3, 4, 6, 8])
        vn = max(0, vo + rng.choice([-3, -2, -1, 0, 1, 2, 4]))
        put(jp, r, 1, [f"BB{1001 + i}", fn, rng.choice(surnames), dt.datetime.combine(dob, dt.time()), pas, pexp,
                       waiver, vo, vn, height, f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])

    ck = wb.create_sheet("Checks")
    ck["B1"] = "Weekly safety check scores (out of 20; blank = check missed)"
    ck["B1"].font = BOLD
    header(ck, 2, 2, ["Court", "Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    courts = ["Main 1", "Main 2", "Main 3", "Main 4", "Main 5", "Main 6", "Dodgeball", "Ninja course",
              "Foam pit", "Toddler zone", "Slam dunk", "Wall run"]
    for i, c in enumerate(courts):
        put(ck, 3 + i, 2, [c] + [rng.choice([12, 14, 15, 16, 17, 17, 18, 18, 19, 20]) for _ in range(6)])
    quirks_trampoline(ws, jp, ck)
    widths(ws, "A B C D E F G H I J K L M N O", [11, 5, 6, 5, 10, 5, 10, 9, 6, 9, 9, 11, 3, 13, 10])
    widths(jp, "A B C D E F G H I J K", [8, 10, 9, 11, 7, 11, 13, 11, 11, 11, 15])
    wb.save(HERE / "trampoline_park.xlsx")


def quirks_trampoline(ws, jp, ck) -> None:
    ws["H12"] = 9                                # over capacity (pre-booked + walk-ins > cap.)
    ws["H22"] = 6
    ws["H31"] = 8
    ws["H34"] = 11
    price = {ws.cell(r, 14).value: ws.cell(r, 15).value for r in range(5, 11)}
    for r in range(5, 56):                       # revenue as the till reports it
        if ws.cell(r, 8).value is not None:
            ws.cell(r, 12).value = (ws.cell(r, 7).value + ws.cell(r, 8).value) * price[ws.cell(r, 5).value]
    jp["J37"] = 107
    jp["B37"] = "Ella"                           # same child entered twice (row 34)
    jp["C37"] = jp["C34"].value
    setd(jp, "D37", jp["D34"].value)
    jp["C20"] = "Reid "                          # trailing space
    jp["E13"] = "gold"                           # odd case
    jp["J16"] = "118"                            # height stored as text
    jp["G22"] = "15/05/2026"                     # waiver typed as text
    jp["K14"] = "+44 7809 171082"                # typed with +44
    jp["K26"] = "+447886194798"
    jp["K11"] = None                             # no guardian mobile
    jp["K29"] = None
    ck["E6"] = None                              # checks missed
    ck["G11"] = None
    ck["H3"] = None
    ck["F9"] = "15"                              # score typed as text


# ------------------------------------------------------------------ vintage_resale
def vintage() -> None:
    rng = random.Random(1506)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["A1"] = "Second Spin Vintage - stock book"
    ws["A1"].font = TITLE
    ws["A2"] = "Cost = what we paid (0 = consignment). Fees = platform + payment fees on the sale."
    cols = ["SKU", "Item", "Brand", "Decade", "Size", "Cond.", "Cost ($)", "List ($)", "Sold ($)", "Listed",
            "Sold on", "Platform", "Fees ($)", "Consignor"]
    header(ws, 4, 1, cols)
    items = [("Denim jacket", "Levi's"), ("Flannel shirt", "Pendleton"), ("Leather jacket", "Schott"),
             ("Track top", "Adidas"), ("Windbreaker", "Nike"), ("Wool coat", "Jaeger"), ("Silk scarf", "Liberty"),
             ("Band tee", "Unbranded"), ("Cord trousers", "Wrangler"), ("Knit jumper", "Aran Crafts"),
             ("Fleece", "Patagonia"), ("Prom dress", "Unbranded"), ("Cowboy boots", "Ariat"),
             ("Handbag", "Radley"), ("Bomber jacket", "Alpha Industries"), ("Dungarees", "Dickies"),
             ("Rugby shirt", "Canterbury"), ("Tea dress", "Laura Ashley"), ("Puffer jacket", "The North Face"),
             ("501 jeans", "Levi's")]
    decades = ["70s", "80s", "90s", "90s", "Y2K"]
    sizes = ["XS", "S", "M", "M", "L", "XL", "10", "12", "UK 8"]
    platforms = ["Shop", "Depop", "eBay", "Vinted", "Etsy"]
    consignors = ["Mags", "Dev", "Ruth"]
    for i in range(42):
        r = 5 + i
        it, br = rng.choice(items)
        cons = rng.choice(consignors) if rng.random() < 0.2 else None
        cost = 0 if cons else rng.choice([4, 6, 8, 12, 15, 20, 28, 35, 45])
        lst = rng.choice([18, 22, 25, 30, 35, 40, 48, 55, 65, 80, 95, 120]) if not cost else \
            max(10, int(round(cost * rng.choice([1.4, 2, 2.6, 3.2, 4.5]))) - rng.choice([0, 1]))
        listed = pick_offset(rng, -150, -2, {-60, -61, -59, -90, -30, -7})
        sold = None
        if rng.random() < 0.55:
            s = listed + rng.choice([1, 3, 5, 9, 16, 28, 45, 70])
            if s <= -1:
                sold = s
        price = None
        fees = None
        plat = None
        if sold is not None:
            price = int(round(lst * rng.choice([0.5, 0.6, 0.75, 0.85, 1.0, 1.0, 1.0])))
            plat = rng.choice(platforms)
            fees = 0 if plat == "Shop" else round(price * (0.13 if plat != "Vinted" else 0.05), 2)
        put(ws, r, 1, [f"SS-{3301 + i}", it, br, rng.choice(decades), rng.choice(sizes),
                       rng.choice(["A", "A", "B", "B", "C"]), cost, lst, price, day(listed),
                       day(sold) if sold is not None else None, plat, fees, cons], {12: "0.00"})
    header(ws, 4, 16, ["Consignor", "Our cut", "Since"])
    for i, (c, cut, since) in enumerate([("Mags", 0.4, date(2023, 4, 1)), ("Dev", 0.35, date(2024, 9, 12)),
                                          ("Ruth", 0.5, date(2025, 2, 20)), ("Ola", 0.4, date(2026, 11, 10))]):
        put(ws, 5 + i, 16, [c, cut, since], {1: "0%"})

    mo = wb.create_sheet("Monthly")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    mo["A1"] = "Sales ($) by platform"
    mo["A1"].font = BOLD
    header(mo, 2, 1, ["Platform"] + months)
    mo["I1"] = "Items sold"
    mo["I1"].font = BOLD
    header(mo, 2, 9, ["Platform"] + months)
    for i, p in enumerate(platforms + ["Pop-up fairs"]):
        base = rng.choice([300, 650, 900, 1400, 2100])
        vals, cnt = [], []
        v = base
        for _ in range(6):
            v = int(round(v * rng.choice([0.7, 0.85, 0.95, 1.05, 1.15, 1.3])))
            vals.append(v)
            cnt.append(max(1, int(round(v / rng.choice([28, 34, 41])))))
        put(mo, 3 + i, 1, [p] + vals)
        put(mo, 3 + i, 9, [p] + cnt)
    quirks_vintage(ws, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [9, 15, 16, 7, 6, 6, 8, 7, 8, 11, 11, 9, 8, 10, 3, 10, 8, 11])
    widths(mo, "A B C D E F G H I J K L M N O", [13, 7, 7, 7, 7, 7, 7, 3, 13, 6, 6, 6, 6, 6, 6])
    wb.save(HERE / "vintage_resale.xlsx")


def quirks_vintage(ws, mo) -> None:
    ws["A40"] = "SS-3312"                        # SKU used twice (row 16)
    ws["C18"] = "Levis"                          # brand spelt without the apostrophe
    ws["B5"] = "Wool coat "                      # trailing space (one-off item)
    ws["L42"] = "depop"                          # odd case
    ws["H28"] = str(ws["H28"].value)             # list price stored as text
    ws["J36"] = "17/10/2026"                     # listed date typed as text
    ws["I40"] = 5                                # sold below what we paid
    ws["M40"] = 0.65
    ws["I6"] = 18
    ws["M6"] = 2.34
    ws["L43"] = None                             # platform not recorded
    mo["E6"] = None                              # Vinted Sep not exported
    mo["M7"] = None


if __name__ == "__main__":
    for f in (market, paintball, plant, storage, trampoline, vintage):
        f()
    print("built 6 workbooks in", HERE)
