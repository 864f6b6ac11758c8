"""Build the six workbooks of dev-v2 part F with openpyxl.

Every random choice uses a fixed seed, and every date is a literal or an offset from
BUILT = 2026-12-01 ("today" for all date-relative requests). Date offsets and numbers that
sit exactly on a boundary one of the requests tests are avoided (see the AVOID sets), so the
expected cells never hinge on an inclusive/exclusive reading the request leaves open.

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
DATE_FMT = "yyyy-mm-dd"


def D(offset: int) -> dt.date:
    return BUILT + dt.timedelta(days=offset)


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def put_table(ws, top: int, left: int, header: list[str], rows: list[list], date_cols=(),
              money_cols=(), pct_cols=()) -> None:
    for j, h in enumerate(header):
        c = ws.cell(top, left + j, h)
        c.font = BOLD
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = ws.cell(top + i, left + j, v)
            name = header[j]
            if isinstance(v, dt.date):
                c.number_format = DATE_FMT
            elif name in money_cols and isinstance(v, (int, float)):
                c.number_format = "#,##0.00"
            elif name in pct_cols and isinstance(v, (int, float)):
                c.number_format = "0.0%"


FIRST = ["Ana", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Isla", "Jon", "Kira",
         "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor",
         "Wen", "Yusuf", "Zoe", "Arjun", "Bea", "Carlos", "Dana", "Eli", "Fatima", "Gus", "Hana",
         "Ivan", "Jade", "Kofi", "Lena", "Marco", "Nadia", "Oscar", "Pia", "Raj", "Sofia", "Tom"]
LAST = ["Abbott", "Bauer", "Costa", "Dlamini", "Evans", "Fischer", "Garcia", "Hughes", "Ito",
        "Jensen", "Khan", "Lopez", "Moreau", "Nguyen", "Okafor", "Patel", "Quist", "Rossi",
        "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Young", "Zhang", "Novak", "Reid"]


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if nm not in out:
            out.append(nm)
    return out


# --------------------------------------------------------------------------- hotel_bookings
def hotel() -> None:
    rng = random.Random(601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["B1"] = "Harbour View Hotel - reservations export"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "front desk copy, do not re-sort"
    header = ["Conf #", "Guest Name", "Room Type", "Check-in", "Check-out", "Nts",
              "Rate ($/nt)", "Total ($)", "Deposit", "Status", "Channel", "Guests", "Email"]
    rates = {"Standard": [129, 149], "Deluxe": [189, 219], "Suite": [329, 389],
             "Family": [239, 259]}
    # offsets tested by requests: today, +-7, +14, -30, -31
    avoid_in = {0, 7, 14, -7, -30, -31, 1}
    guests = names(rng, 42)
    rows = []
    for i in range(44):
        rt = rng.choice(["Standard", "Standard", "Deluxe", "Deluxe", "Suite", "Family"])
        rate = rng.choice(rates[rt])
        while True:
            cin = pick_offset(rng, -75, 55, avoid_in)
            n = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8, 9, 10, 12])
            cout = cin + n
            if cout not in {0, -30, -31, 7, 14}:
                break
        total = n * rate
        dep = rng.choice([None, 0, 50, 100, 150, "full", "full"])
        if dep == "full":
            dep = total
        if dep is not None and dep * 2 == total:
            dep = 100
        if cout < 0:
            status = rng.choice(["Checked Out"] * 6 + ["No-show", "Cancelled"])
        elif cin < 0:
            status = "Checked In"
        else:
            status = rng.choice(["Confirmed"] * 5 + ["Pending", "Pending", "Cancelled"])
        channel = rng.choice(["Direct", "Direct", "Booking.com", "Booking.com", "Expedia",
                              "Phone", None])
        g = guests[i % 42]
        email = g.lower().replace(" ", ".") + rng.choice(["@gmail.com", "@outlook.com",
                                                           "@example.org", "@mail.net"])
        pax = rng.choice([1, 2, 2, 2, 3, 4]) if rt == "Family" or rt == "Suite" else rng.choice([1, 2])
        rows.append([f"HV-{2301 + i}", g, rt, D(cin), D(cout), n, rate, total, dep, status,
                     channel, pax, email])
    # quirks (row index i -> sheet row i + 5)
    rows[6][4] = rows[6][3] - dt.timedelta(days=2)          # check-out before check-in
    rows[29][4] = rows[29][3] - dt.timedelta(days=1)
    rows[11][5] = rows[11][5] + 1                           # nights don't match the dates
    rows[11][7] = rows[11][5] * rows[11][6]
    rows[35][5] = max(1, rows[35][5] - 1)
    rows[35][7] = rows[35][5] * rows[35][6]
    rows[18][7] = rows[18][7] + 40                          # total != nights x rate
    rows[40][7] = rows[40][7] - rows[40][6]
    rows[23][6] = str(rows[23][6])                          # rate stored as text
    rows[14][0] = rows[13][0]                               # duplicate confirmation number
    rows[38][0] = rows[37][0]
    rows[27][3] = "17/02/2027"                              # check-in typed as text
    rows[27][4] = D(80)
    rows[27][9] = "Confirmed"
    rows[9][9] = "Cancelled "                               # trailing space
    rows[32][9] = "Checked In"                              # never checked out
    rows[3][12] = None                                      # missing emails
    rows[21][12] = None
    rows[32][12] = rows[32][12].replace("@", ".")           # malformed email
    rows[16][12] = rows[16][12].upper()
    rows[26][8] = rows[26][7] + 60                          # deposit bigger than the total
    wb_rows = rows
    put_table(ws, 4, 2, header, wb_rows, money_cols=("Total ($)", "Deposit"))
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["N"].width = 30

    rm = wb.create_sheet("Rooms")
    rm["A1"] = "Room list"
    rm["A1"].font = BOLD
    rheader = ["Room", "Type", "Floor", "Beds", "Last Inspected", "OOO", "Notes"]
    rrows = []
    for k in range(30):
        floor = 1 + k // 8
        room = floor * 100 + 1 + k % 8
        rt = rng.choice(["Standard", "Deluxe", "Suite", "Family"])
        insp = pick_offset(rng, -150, -2, {-60, -61, -59, -90})
        ooo = rng.choice([None] * 6 + ["Y"])
        note = rng.choice([None] * 4 + ["sea view", "connecting", "accessible", "noisy AC"])
        rrows.append([room, rt, floor, rng.choice([1, 2, 2, 3]), D(insp), ooo, note])
    put_table(rm, 3, 1, rheader, rrows)
    wb.save(HERE / "hotel_bookings.xlsx")


# --------------------------------------------------------------------------- league_table
TEAMS = ["Ashford United", "Bexley Athletic", "Brookside FC", "Castle Rangers", "Cedar Park",
         "Dunmore Town", "Eastfield Rovers", "Elm Street United", "Fairview Wanderers",
         "Glenwood Celtic", "Harbour Lions", "Highgate Albion", "Ironbridge FC", "Juniper Vale",
         "Kingsway Athletic", "Lakeside United", "Maple Rovers", "Northgate City",
         "Oakfield Town", "Parkside Rangers", "Queensbury FC", "Riverside Athletic",
         "St Mary's Old Boys", "Thornbury Town", "Upton Park Villa", "Valley Wanderers",
         "Westbrook United", "Yardley Celtic"]


def league() -> None:
    seed = 7000
    while True:
        rng = random.Random(seed)
        rows = []
        for t in TEAMS:
            p = rng.choice([27, 27, 27, 27, 26, 25])
            w = rng.randint(3, 20)
            d = rng.randint(0, min(9, p - w))
            l = p - w - d
            gf = max(10, int(w * 2.1 + d * 1.0 + rng.randint(-6, 12)))
            ga = max(10, int(l * 2.0 + d * 1.0 + rng.randint(-6, 12)))
            form = "".join(rng.choice("WWDLL") for _ in range(5))
            rows.append([t, p, w, d, l, gf, ga, gf - ga, 3 * w + d, form])
        pts = sorted(r[8] for r in rows)
        gfs = sorted(r[5] for r in rows)
        gas = sorted(r[6] for r in rows)
        ok = (pts[-4] != pts[-5] and pts[2] != pts[3] and 60 not in pts and 40 not in pts
              and gas[2] != gas[3] and gfs[-5] != gfs[-6] and 70 not in gfs + gas
              and len(pts) - len(set(pts)) < 8 and sum(r[9].count("LLL") > 0 for r in rows) >= 3
              and sum("L" not in r[9] for r in rows) >= 2)
        if ok:
            break
        seed += 1
    grounds = ["Memorial Park", "Station Road", "The Meadow", "Mill Lane", "Recreation Ground",
               "King George V Field", "Castle Field", "Church Lane", "Bridge Road",
               "Victoria Park", "Hillside", "The Green", "Riverside Ground", "Manor Road",
               "Brook Lane", "Oak Avenue", "Sports Centre 3G", "College Fields", "Elm Road",
               "Harbour Field", "Town Park", "Vale Road", "North Common", "Westfield",
               "Queens Rec", "Kings Rec", "Upton Fields", "Yardley Lane"]
    coaches = names(rng, 28)
    for i, r in enumerate(rows):
        r.append(grounds[i])
        r.append(coaches[i])
    rows[11][10] = rows[3][10]            # shared grounds
    rows[20][10] = rows[3][10]
    rows[25][10] = rows[16][10]
    rows[6][11] = None                    # no coach listed
    rows[19][11] = None
    rows[6][0] = rows[6][0] + " "         # trailing space in a team name
    rows[9][8] = rows[9][8] - 2           # points do not match 3W + D (deduction)
    rows[22][8] = rows[22][8] - 3
    rows[14][7] = rows[14][7] + 1         # GD typo
    rows[24][4] = rows[24][4] + 1         # W + D + L != P
    wb = Workbook()
    ws = wb.active
    ws.title = "Standings"
    ws["A1"] = "Northside Sunday League 2026 - table (clubs A-Z)"
    ws["A1"].font = Font(bold=True, size=14)
    header = ["Club", "P", "W", "D", "L", "GF", "GA", "GD", "Pts", "Form (last 5)",
              "Home Ground", "Manager"]
    put_table(ws, 3, 1, header, rows)

    sc = wb.create_sheet("Scorers")
    rng = random.Random(7100)
    sc["A1"] = "Golden Boot race"
    sc["A1"].font = BOLD
    sc["J1"] = "Disciplinary"
    sc["J1"].font = BOLD
    players = names(rng, 60)
    srows = []
    for k in range(37):
        apps = rng.randint(8, 27)
        goals = rng.randint(3, 24)
        if abs(goals - apps / 2) < 0.01:
            goals += 1
        assists = rng.randint(0, 12)
        if goals + assists == 20:
            assists += 1
        mins = apps * rng.randint(55, 90)
        pens = rng.choice([0, 0, 0, 1, 2, 3])
        # ages 17..34; keep birthdays away from the 21st-birthday boundary
        while True:
            dob = dt.date(1992, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 17))
            b21 = dt.date(dob.year + 21, dob.month, min(dob.day, 28))
            if abs((b21 - BUILT).days) > 10:
                break
        srows.append([players[k], rng.choice(TEAMS), apps, goals, assists, mins, pens, dob])
    srows[30] = list(srows[12])           # same player entered twice
    srows[30][2] += 1
    srows[7][5] = str(srows[7][5])        # mins stored as text
    put_table(sc, 3, 1, ["Player", "Team", "Apps", "Gls", "Ast", "Mins", "Pens", "DOB"], srows)
    drows = []
    for k in range(28):
        # nine disciplinary players also appear in the scorers table
        pl = srows[k * 4][0] if k < 9 else players[37 + k - 9]
        yc = rng.randint(0, 9)
        rc = rng.choice([0, 0, 0, 0, 1, 1, 2])
        ban = None
        if rc or yc >= 8:
            ban = D(pick_offset(rng, -40, 40, {0, 14, 15, 13}))
        drows.append([pl, rng.choice(TEAMS), yc, rc, ban])
    put_table(sc, 3, 10, ["Player", "Club", "YC", "RC", "Ban until"], drows)
    wb.save(HERE / "league_table.xlsx")


# --------------------------------------------------------------------------- recipe_costing
DISHES = [("Tomato soup", "Starter", "Y"), ("Chicken liver pate", "Starter", None),
          ("Burrata & peach", "Starter", "Y"), ("Salt & pepper squid", "Starter", None),
          ("Prawn cocktail", "Starter", None), ("Beetroot carpaccio", "Starter", "Y"),
          ("Chicken skewers", "Starter", None), ("Mushroom arancini", "Starter", "Y"),
          ("Beef burger", "Main", None), ("Chicken Kiev", "Main", None),
          ("Fish & chips", "Main", None), ("Lamb shank", "Main", None),
          ("Ribeye steak 300g", "Main", None), ("Mushroom risotto", "Main", "Y"),
          ("Vegan curry", "Main", "Y"), ("Roast chicken half", "Main", None),
          ("Pork belly", "Main", None), ("Salmon fillet", "Main", None),
          ("Aubergine parmigiana", "Main", "Y"), ("Chicken caesar", "Main", None),
          ("Sticky toffee pudding", "Dessert", "Y"), ("Creme brulee", "Dessert", "Y"),
          ("Chocolate fondant", "Dessert", "Y"), ("Cheese board", "Dessert", "Y"),
          ("Lemon tart", "Dessert", "Y"), ("Ice cream (3 scoops)", "Dessert", "Y"),
          ("Fries", "Side", "Y"), ("Sweet potato fries", "Side", "Y"), ("House salad", "Side", "Y"),
          ("Garlic bread", "Side", "Y"), ("Onion rings", "Side", "Y"),
          ("Homemade lemonade", "Drink", "Y"), ("Iced coffee", "Drink", "Y"),
          ("Hot chocolate", "Drink", "Y"), ("Mulled wine", "Drink", "Y"),
          ("Chicken wings", "Starter", None)]
TARGET = {"Starter": 0.28, "Main": 0.32, "Dessert": 0.25, "Side": 0.22, "Drink": 0.2}


def recipes() -> None:
    rng = random.Random(303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Dishes"
    ws["B2"] = "Spring menu costing"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "prices ex GST"
    header = ["Dish", "Category", "Portions", "Batch Cost ($)", "Cost/Ptn ($)", "Menu Price",
              "Food Cost %", "Target %", "Prep (min)", "Veg?", "Last Costed"]
    price_band = {"Starter": (8, 14), "Main": (16, 34), "Dessert": (7, 12), "Side": (4, 7),
                  "Drink": (4, 8)}
    rows = []
    for name, cat, veg in DISHES:
        while True:
            price = rng.randint(*price_band[cat]) + rng.choice([0.0, 0.5])
            fc = round(rng.uniform(TARGET[cat] - 0.08, TARGET[cat] + 0.12), 3)
            cpp = round(price * fc, 2)
            fc = round(cpp / price, 3)
            diff = fc - TARGET[cat]
            if (abs(diff) > 0.004 and abs(diff - 0.05) > 0.004 and abs(fc - 0.35) > 0.004
                    and abs(fc - 0.3) > 0.004 and abs(price - 30) > 0.1 and abs(price - 3 * cpp) > 0.3):
                break
        portions = rng.choice([4, 6, 8, 10, 12, 20])
        batch = round(cpp * portions, 2)
        prep = rng.choice([5, 10, 12, 15, 20, 25, 35, 40, 50, 90])
        costed = D(pick_offset(rng, -300, -5, set(range(-190, -170))))
        rows.append([name, cat, portions, batch, cpp, price, fc, TARGET[cat], prep, veg, costed])
    rows[5][4] = round(rows[5][4] + 0.6, 2)      # cost/portion doesn't match batch / portions
    rows[17][4] = round(rows[17][4] - 1.1, 2)
    rows[29][4] = round(rows[29][4] + 0.45, 2)
    rows[12][10] = None                          # never costed
    rows[26][10] = None
    rows[31][10] = None
    rows[20][8] = None                           # prep time missing
    put_table(ws, 5, 2, header, rows, money_cols=("Batch Cost ($)", "Cost/Ptn ($)", "Menu Price"),
              pct_cols=("Food Cost %", "Target %"))
    ws.column_dimensions["B"].width = 24

    ing = wb.create_sheet("Ingredients")
    ing["A1"] = "Ingredients & stock"
    ing["A1"].font = BOLD
    items = [("Plain flour", "kg", None), ("Butter", "kg", "dairy"), ("Double cream", "l", "dairy"),
             ("Eggs", "doz", "egg"), ("Chicken thigh", "kg", None), ("Chicken breast", "kg", None),
             ("Beef mince", "kg", None), ("Ribeye", "kg", None), ("Lamb shank", "each", None),
             ("Pork belly", "kg", None), ("Salmon", "kg", "fish"), ("Squid", "kg", "molluscs"),
             ("Prawns", "kg", "crustaceans"), ("Cod", "kg", "fish"), ("Arborio rice", "kg", None),
             ("Basmati rice", "kg", None), ("Chestnut mushrooms", "kg", None),
             ("Aubergine", "kg", None), ("Tomatoes", "kg", None), ("Beetroot", "kg", None),
             ("Burrata", "each", "dairy"), ("Parmesan", "kg", "dairy"), ("Mozzarella", "kg", "dairy"),
             ("Peanut oil", "l", "peanuts"), ("Almond flakes", "kg", "tree nuts"),
             ("Pesto", "jar", "tree nuts, dairy"), ("Breadcrumbs", "kg", "gluten"),
             ("Brioche buns", "each", "gluten, egg"), ("Sourdough", "loaf", "gluten"),
             ("Dark chocolate", "kg", "soya"), ("Vanilla pods", "each", None),
             ("Caster sugar", "kg", None), ("Lemons", "each", None), ("Peaches", "kg", None),
             ("Potatoes", "kg", None), ("Sweet potatoes", "kg", None), ("Onions", "kg", None),
             ("Garlic", "kg", None), ("Coconut milk", "can", None), ("Curry paste", "jar", "mustard"),
             ("Cheddar", "kg", "dairy"), ("Red wine", "l", "sulphites"), ("Coffee beans", "kg", None),
             ("Cocoa powder", "kg", None), ("Satay sauce", "jar", "peanuts, soya")]
    suppliers = ["Fresh Direct", "Brakes", "Bidfood", "Costco", "Local Farm Co",
                 "Fishmonger Bros", "Dairy Gold", "Metro Cash"]
    irows = []
    for k, (nm, unit, allergen) in enumerate(items):
        price = round(rng.uniform(0.8, 28), 2)
        change = rng.choice([-0.08, -0.03, 0, 0, 0.02, 0.05, 0.07, 0.14, 0.18, 0.25])
        prev = round(price / (1 + change), 2)
        if prev and abs(price / prev - 1.10) < 0.005:
            prev = round(prev * 0.97, 2)
        par = rng.choice([5, 8, 10, 12, 20, 30])
        qty = rng.choice([par - 3, par - 1, par + 2, par + 5, par * 2, 2, 1]) if par > 3 else par
        qty = max(0, qty)
        if qty == par:
            qty += 1
        useby = D(pick_offset(rng, -6, 40, {0, 3}))
        sup = suppliers[k % 7] if k % 5 else suppliers[(k * 3) % 8]
        irows.append([f"ING-{100 + k * 7}", nm, sup, unit, price, prev, qty, par, allergen, useby])
    irows[9][0] = irows[2][0]             # duplicate codes
    irows[33][0] = irows[21][0]
    irows[13][6] = str(irows[13][6])      # qty stored as text
    irows[27][6] = str(irows[27][6])
    irows[40][6] = str(irows[40][6])
    irows[5][2] = None                    # missing supplier
    irows[36][2] = None
    irows[19][2] = "Market stall"         # a one-off supplier
    irows[25][2] = "Nonna's Deli"
    put_table(ing, 3, 1, ["Code", "Ingredient", "Supplier", "Unit", "Price/Unit ($)",
                          "Prev Price ($)", "Qty on hand", "Par", "Allergens", "Use By"], irows,
              money_cols=("Price/Unit ($)", "Prev Price ($)"))
    wb.save(HERE / "recipe_costing.xlsx")


# --------------------------------------------------------------------------- it_assets
def assets() -> None:
    rng = random.Random(404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = "IT Asset Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: IT Ops | last audit Oct 2026"
    header = ["Asset Tag", "Type", "Make/Model", "Serial No", "Assigned To", "Dept",
              "Purchase Dt", "Warranty End", "Cost ($)", "OS", "Last Patched", "Status"]
    models = {
        "Laptop": [("Lenovo ThinkPad T14", 1249, "Windows 11"), ("Lenovo ThinkPad X1", 1890, "Windows 11"),
                   ("Apple MacBook Air", 1299, "macOS"), ("Apple MacBook Pro 16", 2699, "macOS"),
                   ("Dell Latitude 5440", 1099, "Windows 10")],
        "Desktop": [("Dell OptiPlex 7010", 899, "Windows 10"), ("HP EliteDesk 800", 949, "Windows 11")],
        "Monitor": [("Dell P2723", 329, None), ("LG 27UL850", 449, None)],
        "Phone": [("iPhone 14", 799, "iOS"), ("Samsung Galaxy A54", 449, "Android")],
        "Server": [("Dell PowerEdge R650", 6850, "Ubuntu 22.04"), ("HPE ProLiant DL360", 5420, "Windows Server 2019")],
        "Printer": [("HP LaserJet M507", 579, None)],
        "Tablet": [("Apple iPad 10th gen", 499, "iPadOS")],
    }
    depts = ["Finance", "Sales", "Ops", "HR", "Engineering", "Marketing"]
    people = names(rng, 40)
    rows = []
    for k in range(52):
        typ = rng.choice(["Laptop"] * 5 + ["Desktop"] * 2 + ["Monitor"] * 2 + ["Phone"] * 2
                         + ["Server", "Printer", "Tablet"])
        model, cost, os_ = rng.choice(models[typ])
        # purchase offsets: keep away from exactly 4 years ago (2022-12-01) and from 2022-01-01
        while True:
            buy = pick_offset(rng, -2200, -20, set())
            bd = D(buy)
            if bd.day > 28:
                bd -= dt.timedelta(days=3)
            if abs((bd - dt.date(2022, 12, 1)).days) > 10 and abs((bd - dt.date(2022, 1, 1)).days) > 5:
                break
        years = rng.choice([1, 2, 3, 3, 3, 4, 5])
        wend = dt.date(bd.year + years, bd.month, min(bd.day, 28))
        woff = (wend - BUILT).days
        if woff in (0, 90, -1, 1, 89, 91):
            wend += dt.timedelta(days=5)
        status = rng.choice(["In use"] * 7 + ["Spare", "Repair", "Retired", "Lost"])
        who = people[k % 40] if status == "In use" else None
        if typ in ("Server", "Printer"):
            who = None
        patched = None
        if os_ and status in ("In use", "Spare", "Repair"):
            patched = D(pick_offset(rng, -75, -1, {-30, -31, -29}))
        serial = ("C02" if model.startswith("Apple") else rng.choice(["PF", "5CG", "SN", "R9"])) + \
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        rows.append([f"IT-{400 + k * 3:04d}", typ, model, serial, who, rng.choice(depts), bd, wend,
                     cost, os_, patched, status])
    # quirks
    rows[17][3] = rows[4][3]                         # duplicate serials
    rows[41][3] = rows[33][3]
    rows[10][3] = None                               # missing serial
    rows[45][3] = None
    rows[28][7] = "31/03/2027"                       # warranty end typed as text
    rows[12][8] = str(rows[12][8])                   # cost stored as text
    inuse_blank = [k for k, r in enumerate(rows) if r[11] == "In use" and r[1] in ("Laptop", "Desktop")][3:5]
    for k in inuse_blank:                            # in-use machines with nobody assigned
        rows[k][4] = None
    rows[20][10] = rows[20][6] - dt.timedelta(days=12) if rows[20][10] else None   # patched before bought
    rows[36][7] = rows[36][6] - dt.timedelta(days=30)                             # warranty before purchase
    rows[47][6] = dt.date(2026, 6, 20)               # keep purchase dates clear of "6 months ago"
    rows[47][7] = dt.date(2029, 6, 20)
    put_table(ws, 4, 1, header, rows, money_cols=("Cost ($)",))
    ws.column_dimensions["C"].width = 24

    lic = wb.create_sheet("Licences")
    lic["A1"] = "Software licences (renewals)"
    lic["A1"].font = BOLD
    soft = [("Microsoft 365 E3", "Microsoft"), ("Adobe Creative Cloud", "Adobe"), ("Slack Pro", "Salesforce"),
            ("Zoom Business", "Zoom"), ("Atlassian Jira", "Atlassian"), ("Atlassian Confluence", "Atlassian"),
            ("GitHub Enterprise", "Microsoft"), ("1Password Business", "AgileBits"), ("Xero", "Xero"),
            ("Salesforce Sales Cloud", "Salesforce"), ("HubSpot Marketing", "HubSpot"),
            ("Figma Org", "Figma"), ("Miro Business", "Miro"), ("DocuSign", "DocuSign"),
            ("CrowdStrike Falcon", "CrowdStrike"), ("Veeam Backup", "Veeam"), ("Tableau Creator", "Salesforce"),
            ("AutoCAD LT", "Autodesk"), ("Windows Server CALs", "Microsoft"), ("Visio Plan 2", "Microsoft"),
            ("Notion Plus", "Notion"), ("Dropbox Business", "Dropbox"), ("LastPass Teams", "LastPass"),
            ("Sophos Intercept X", "Sophos"), ("Camtasia", "TechSmith"), ("Grammarly Business", "Grammarly")]
    lrows = []
    owners = ["IT Ops", "Finance", "Marketing", "Engineering", "HR"]
    for k, (s, v) in enumerate(soft):
        seats = rng.choice([5, 10, 15, 25, 50, 120, 200])
        used = max(0, int(seats * rng.choice([0.2, 0.35, 0.6, 0.8, 0.9, 1.0, 1.1])))
        if used * 2 == seats:
            used += 1
        ren = D(pick_offset(rng, -20, 330, {0, 60, 30}))
        cost = rng.choice([600, 1800, 2400, 4750, 9600, 12600, 18000, 31500, 7400])
        lrows.append([s, v, seats, used, ren, cost, rng.choice(owners)])
    lrows[4][4] = dt.date(2026, 12, 19)
    lrows[11][4] = dt.date(2026, 12, 8)
    lrows[20][4] = dt.date(2026, 12, 28)
    lrows[15][6] = None
    put_table(lic, 2, 1, ["Software", "Vendor", "Seats", "Used", "Renewal", "Annual Cost ($)", "Owner"],
              lrows, money_cols=("Annual Cost ($)",))
    wb.save(HERE / "it_assets.xlsx")


# --------------------------------------------------------------------------- grant_applications
ORGS = ["Riverside Arts Trust", "Green Streets CIC", "Northside Youth Club", "Hope Food Bank",
        "St Anne's Heritage Group", "Canal Clean-up Volunteers", "Open Door Mental Health",
        "Little Acorns Playgroup", "Silver Threads Lunch Club", "Eastgate Boxing Academy",
        "Millpond Wildlife Trust", "Rainbow Theatre Co", "Bridge Street Men's Shed",
        "Lantern Festival Committee", "Oakwood Community Garden", "Harbour Rowing Club",
        "Deaf Connect", "Westside Music Project", "Forest School Friends", "Old Mill Museum",
        "Kindred Carers Network", "Youth Coding Club", "Tenants Together", "Brightside Dance",
        "Heritage Railway Society", "Clean Air Parents", "Refugee Welcome Hub", "Cycle Kitchen",
        "Storytellers Circle", "Women's Walking Group", "The Bike Shed", "Blue Sky Hospice Friends",
        "Village Hall Trust", "Sunrise Sports Collective", "Photography for All", "Pollinator Path",
        "Chess in Schools North", "Dementia Friendly Choir", "Makers Space Co-op", "River Watch",
        "Community Fridge Project", "Allotment Society", "Youth Theatre Lab", "Local History Archive"]


def grants() -> None:
    rng = random.Random(505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Applications"
    ws["B1"] = "Community Fund - Round 7 applications"
    ws["B1"].font = Font(bold=True, size=14)
    header = ["Ref", "Organisation", "Programme", "Amt Req ($)", "Amt Awarded ($)", "Submitted",
              "DUE DT", "Rev 1", "Rev 2", "Rev 3", "Status", "Contact", "pct_done"]
    progs = ["Arts", "Youth", "Environment", "Health", "Heritage"]
    rows = []
    for k in range(48):
        org = ORGS[k % len(ORGS)]
        req = rng.choice([2500, 4800, 7500, 9900, 12000, 15500, 18750, 22000, 24500, 30000, 41000])
        sub = pick_offset(rng, -95, -1, {-7, -8, -6})
        while True:
            due = sub + rng.choice([30, 45, 50, 56, 75, 90, 100])
            if due not in (0, 14, -1, 1, 13, 15) and due - sub != 60:
                break
        status = rng.choice(["Submitted", "Under review", "Under review", "Approved", "Approved",
                             "Declined", "Withdrawn", "Incomplete"])
        scores = [rng.randint(2, 10) for _ in range(3)]
        if status in ("Submitted", "Incomplete", "Withdrawn"):
            scores = [None, None, None]
        elif status == "Under review":
            scores = [scores[0], rng.choice([scores[1], None]), rng.choice([scores[2], None, None])]
        awarded = None
        if status == "Approved":
            awarded = rng.choice([req, req, round(req * 0.8, -2), round(req * 0.6, -2), round(req * 0.4, -2)])
        contact = org.lower().replace(" ", "").replace("'", "")[:12] + rng.choice(
            ["@gmail.com", "@org.uk", "@charity.org", "@outlook.com", "@btinternet.com"])
        pct = rng.choice([0.45, 0.6, 0.75, 0.85, 0.9, 1.0, 1.0, 1.0])
        rows.append([f"R7-{1000 + k * 13}", org, rng.choice(progs), req, awarded, D(sub), D(due),
                     *scores, status, contact, pct])
    # quirks
    rows[45][0] = rows[8][0]                        # duplicate refs
    rows[30][0] = rows[29][0]
    rows[44][1] = rows[0][1] + " "                  # same org, trailing space
    rows[46][1] = rows[2][1]                        # (orgs k and k+44 already repeat)
    rows[47][1] = rows[3][1].upper()                # same org in capitals
    # an approved award larger than the request
    appr = [k for k, r in enumerate(rows) if r[10] == "Approved"]
    rows[appr[2]][4] = rows[appr[2]][3] + 1500
    rows[appr[5]][4] = None                         # approved but nothing entered yet
    und = [k for k, r in enumerate(rows) if r[10] == "Under review" and r[7] is not None]
    rows[und[1]][7] = str(rows[und[1]][7])          # a score typed as text
    rows[17][5] = "25/09/2026"                      # submitted date typed as text
    rows[17][6] = dt.date(2026, 11, 10)
    put_table(ws, 3, 2, header, rows, money_cols=("Amt Req ($)", "Amt Awarded ($)"),
              pct_cols=("pct_done",))
    ws.column_dimensions["C"].width = 28

    pn = wb.create_sheet("Panel")
    prow = []
    for k, nm in enumerate(names(random.Random(506), 25)):
        assigned = rng.choice([4, 5, 6, 8, 10])
        done = rng.choice([0, 2, assigned - 1, assigned, assigned, assigned + 1])
        login = D(pick_offset(rng, -40, -1, {-14, -13, -15}))
        prow.append([nm, rng.choice(["Chair", "Reviewer", "Reviewer", "Reviewer", "Observer"]),
                     assigned, done, login, rng.choice([None, None, None, "Y"])])
    put_table(pn, 1, 1, ["Reviewer", "Role", "Assigned", "Completed", "Last login", "COI"], prow)
    wb.save(HERE / "grant_applications.xlsx")


# --------------------------------------------------------------------------- personal_expenses
CATS = ["Rent", "Electricity", "Gas", "Water", "Internet", "Mobile", "Groceries", "Eating out",
        "Coffee", "Fuel", "Public transport", "Car insurance", "Car repairs", "Gym", "Streaming",
        "Clothes", "Kids activities", "Childcare", "Gifts", "Holidays", "Home repairs",
        "Pet costs", "Medical", "Pharmacy", "Haircuts", "Books", "Charity", "Savings transfer"]


def expenses() -> None:
    rng = random.Random(909)
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2026"
    ws["A1"] = "Household budget 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "all amounts in $, Dec not in yet"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    header = ["Category", "Budget/mo"] + months + ["YTD Total"]
    base = {"Rent": 1900, "Childcare": 940, "Holidays": 300, "Savings transfer": 500,
            "Groceries": 720, "Car repairs": 120, "Car insurance": 96}
    rows = []
    for c in CATS:
        b = base.get(c, rng.choice([25, 40, 60, 80, 120, 150, 180, 250]))
        vals = []
        for m in range(11):
            if c == "Rent":
                v = 1850 if m < 6 else 1925
            elif c == "Holidays":
                v = rng.choice([None, None, None, 0, 1240, 2380]) if m in (3, 6, 7) else None
            elif c == "Car repairs":
                v = rng.choice([None, None, 85, 460, 1130])
            elif rng.random() < 0.06:
                v = None
            else:
                v = round(b * rng.uniform(0.55, 1.45))
                if v in (200, 500, 1000, 800, b):
                    v += 3
            vals.append(v)
        rows.append([c, b] + vals + [None, sum(v or 0 for v in vals)])
    rows[9][12] = None                      # Nov fuel not entered yet
    rows[9][14] = sum(v or 0 for v in rows[9][2:13])
    rows[17][12] = None
    rows[17][14] = sum(v or 0 for v in rows[17][2:13])
    rows[6][14] += 150                      # YTD typo
    rows[21][14] -= 64
    rows[21][7] = str(rows[21][7] if rows[21][7] is not None else 55)   # number stored as text (row's YTD is off anyway)
    rows[12][1] = "120"                     # budget stored as text
    put_table(ws, 4, 1, header, rows, money_cols=tuple(["Budget/mo", "YTD Total"] + months))
    ws.column_dimensions["A"].width = 18

    tr = wb.create_sheet("Transactions")
    hdr = ["Date", "Description", "Category", "Amt ($)", "Paid With", "Reimb?", "Receipt", "Notes"]
    descs = [("Tesco", "Groceries"), ("Aldi", "Groceries"), ("AMAZON MKTPLACE", "Home repairs"),
             ("Amazon Prime", "Streaming"), ("Shell", "Fuel"), ("BP", "Fuel"),
             ("Costa Coffee", "Coffee"), ("Pret", "Coffee"), ("Uber", "Public transport"),
             ("Train ticket", "Public transport"), ("Hotel - Leeds conf", "Holidays"),
             ("Client lunch", "Eating out"), ("Pharmacy", "Pharmacy"), ("Vet", "Pet costs"),
             ("Netflix", "Streaming"), ("Dentist", "Medical"), ("Zara", "Clothes"),
             ("Waterstones", "Books"), ("Pizza Express", "Eating out"), ("Taxi to airport", "Public transport"),
             ("Office chair - amazon", "Home repairs"), ("Parking", "Fuel")]
    trows = []
    for k in range(55):
        d, cat = rng.choice(descs)
        off = pick_offset(rng, -62, -1, {-7, -8, 0, -1})
        amt = round(rng.choice([4.2, 8.75, 12.5, 23.9, 38, 46.5, 64.99, 89, 112.4, 139, 186.2, 240, 310, 420.6]) *
                    rng.choice([1, 1, 1.1]), 2)
        if amt in (100, 250):
            amt += 1
        paid = rng.choice(["Visa", "Visa", "Amex", "Debit", "Cash"])
        reimb = "Y" if d in ("Hotel - Leeds conf", "Client lunch", "Taxi to airport", "Train ticket") else rng.choice(["N", "N", None])
        receipt = rng.choice(["Y", "Y", None]) if reimb == "Y" else rng.choice(["Y", None])
        trows.append([D(off), d, cat, amt, paid, reimb, receipt, None])
    trows.sort(key=lambda r: r[0])
    trows[20] = list(trows[19])             # charged twice
    trows[20][7] = "double charge?"
    trows[41] = list(trows[40])
    trows[12][2] = None                     # missing category
    trows[33][2] = None
    trows[5][0] = "23/10/2026"              # date typed as text
    put_table(tr, 1, 1, hdr, trows, money_cols=("Amt ($)",))
    tr.column_dimensions["B"].width = 24
    wb.save(HERE / "personal_expenses.xlsx")


if __name__ == "__main__":
    hotel()
    league()
    recipes()
    assets()
    grants()
    expenses()
    print("built 6 workbooks in", HERE)
