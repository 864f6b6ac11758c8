"""Build the six workbooks of dev-v6 part P (openpyxl only, fixed seeds 601-606).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day, `hh:mm`);
durations are real Excel durations (`[h]:mm` or `[m]:ss`). Run:  python build.py
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


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list) -> None:
    for i, v in enumerate(values):
        if v is not None:
            c = ws.cell(row=row, column=col + i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd"
            elif isinstance(v, dt.time):
                c.number_format = "hh:mm"


def duration(ws, ref: str, minutes: float, fmt: str = "[h]:mm") -> None:
    """A real Excel duration (fraction of a day)."""
    ws[ref] = round(minutes / 1440, 10)
    ws[ref].number_format = fmt


def percent(ws, ref: str, value: float) -> None:
    ws[ref] = value
    ws[ref].number_format = "0%"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, ws_widths: list[int]) -> None:
    for col, w in zip(spec, ws_widths):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ tennis_bookings
def tennis() -> None:
    rng = random.Random(601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Riverside Lawn Tennis Club - court bookings"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "export 1 Dec 2026 - fees in $, Start / Finish are court times"
    ws["J2"] = "Standard fee ($)"
    ws["K2"] = 18
    header(ws, 4, 1, ["Bkg Ref", "Member", "Court", "Date", "Start", "Finish", "Players",
                      "Fee $", "Paid $", "Coach", "Lights", "Notes"])
    members = ["K. Olsen", "A. Byrne", "P. Castillo", "R. Mensah", "J. Whitlock", "S. Iyer",
               "D. Kowal", "M. Fontaine", "H. Achebe", "L. Sorensen", "T. Brandt", "E. Quinlan",
               "N. Haddad", "F. Rourke", "C. Delgado", "G. Ashworth", "B. Nakamura", "V. Petrenko",
               "O. Lindgren", "W. Mbeki", "I. Carrow", "Y. Tanaka", "Z. Hollis", "U. Farrell",
               "Q. Ambrose", "X. Duval", "R. Pike", "S. Moreau", "A. Vance", "E. Holt"]
    guests = ["T. Varga", "L. Moreno", "guest of S. Iyer"]
    notes = [None] * 8 + ["ball machine", "doubles league", "rained off - rebook",
                          "junior session", "rain delay 20 min", "lesson", "club night"]
    avoid = {0, 7, -7, 14, -14, 1, -1, 3, -3, 2, -2}
    for i in range(44):
        r = 5 + i
        off = pick_offset(rng, -20, 20, avoid)
        hour = rng.choice([7, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19, 20])
        minute = rng.choice([0, 30])
        dur = rng.choice([60, 60, 90, 120])
        if hour == 20:
            dur = 60
        end = hour * 60 + minute + dur
        lights = "Y" if hour >= 17 else "N"
        coach = rng.choice([None] * 5 + ["Marta", "Dev"])
        fee = {60: 12, 90: 18, 120: 24}[dur] + (6 if lights == "Y" else 0) + (20 if coach else 0)
        if off < 0:
            paid = rng.choice([fee, fee, fee, fee - 6, None])
        else:
            paid = rng.choice([None, None, fee])
        member = rng.choice(members[:27]) if rng.random() > 0.08 else rng.choice(guests)
        put(ws, r, 1, [f"RB-{3101 + i}", member, f"Court {rng.randint(1, 6)}", day(off),
                       hm(hour, minute), hm(end // 60, end % 60), rng.choice([2, 2, 4]),
                       fee, paid, coach, lights, rng.choice(notes)])
    ws["A30"] = ws["A12"].value                  # duplicate booking ref
    ws["A41"] = ws["A19"].value
    ws["C17"] = ws["C17"].value + " "            # trailing space
    ws["B20"] = None                             # blank member
    ws["H16"] = str(ws["H16"].value)             # fee stored as text
    ws["D15"] = "17/12/2026"                     # dates typed as text (Thu, Tue)
    ws["D38"] = "24/11/2026"
    ws["E33"], ws["F33"] = hm(18), hm(7)         # finish typed as 7:00 (meant 19:00)
    ws["F33"].number_format = ws["E33"].number_format = "hh:mm"
    ws["K33"] = "Y"
    ws["K26"] = "y" if ws["K26"].value == "Y" else ws["K26"].value
    widths(ws, "ABCDEFGHIJKL", [9, 16, 9, 11, 7, 7, 8, 7, 7, 8, 7, 20])

    ms = wb.create_sheet("Members")
    header(ms, 1, 1, ["Member No", "Name", "Category", "Joined", "Renewal Due", "Matches",
                      "Wins", "Rating", "Balance ($)", "Phone"])
    for i in range(30):
        r = 2 + i
        matches = rng.randint(0, 40)
        wins = rng.randint(0, matches)
        joined = dt.datetime(rng.randint(2009, 2026), rng.randint(1, 12), rng.randint(2, 27))
        if joined.date() > BUILT - dt.timedelta(days=30):
            joined = dt.datetime(2026, 4, 18)
        phone = None if rng.random() < 0.15 else f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        put(ms, r, 1, [f"RL{101 + i}", members[i], rng.choice(["Adult", "Adult", "Junior", "Senior", "Family"]),
                       joined, day(pick_offset(rng, -45, 300, {0, 30, -30, 31, -31, 29, 60, -60, 90, 14, -14})),
                       matches, wins, round(rng.uniform(2.5, 7.5), 1),
                       rng.choice([0, 0, 0, 0, 25, -15, -40, -85, -120, 10]), phone])
    ms["A25"] = ms["A8"].value                   # duplicate member no
    ms["C12"] = "junior"
    ms["G18"] = str(ms["G18"].value)             # wins stored as text
    widths(ms, "ABCDEFGHIJ", [10, 14, 9, 11, 12, 8, 6, 7, 11, 14])

    ld = wb.create_sheet("Ladder")
    ld["A1"] = "Winter singles ladder - points per week"
    ld["A1"].font = Font(bold=True, size=12)
    ld["A2"] = "(blank = did not play)"
    header(ld, 3, 1, ["Player"] + [f"Wk {k}" for k in range(1, 9)])
    for i in range(20):
        r = 4 + i
        pts = [None if rng.random() < 0.1 else rng.choice([0, 3, 5, 8, 10, 12, 15, 18, 21, 24, 27, 30])
               for _ in range(8)]
        put(ld, r, 1, [members[(i * 7) % 30]] + pts)
    wb.save(HERE / "tennis_bookings.xlsx")


# ------------------------------------------------------------------ recycling_loads
def recycling() -> None:
    rng = random.Random(602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Loads"
    ws["A1"] = "Northfield Household Recycling Centre"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "weighbridge log - trade & public loads. Charge: negative = rebate paid out"
    ws["K2"] = "Gross limit (kg)"
    ws["L2"] = 3500
    header(ws, 4, 2, ["Ticket", "Vehicle Reg", "Customer", "Date", "Time In", "Time Out",
                      "Material", "Gross (kg)", "Tare (kg)", "Net (kg)", "Charge ($)", "permit no "])
    mats = {"Green waste": 0.04, "Cardboard": 0.0, "Scrap metal": -0.12, "Rubble": 0.06,
            "Timber": 0.05, "Mixed general": 0.11, "Plasterboard": 0.09, "WEEE": 0.0}
    trade = ["Hillside Builders", "GreenThumb Gardens", "K&M Roofing", "Dale Clearances",
             "Priory Kitchens", "Swift Skips"]
    regs = [f"{a}{b} {c}" for a, b, c in zip(
        ["KX", "LM", "BV", "YT", "AD", "FN", "HG", "WR", "PL", "SN", "OU", "DC", "EJ", "MA"],
        ["19", "21", "66", "70", "18", "23", "15", "72", "20", "17", "69", "22", "71", "24"],
        ["ABC", "RTW", "OPQ", "HHD", "KLE", "VNS", "GTU", "PZR", "CMM", "EXY", "LBF", "JDW", "UUK", "SRO"])]
    avoid = {-7, -14, -21, -28, -30, -8, -6, -1}
    for i in range(42):
        r = 5 + i
        off = pick_offset(rng, -26, 0, avoid)
        mat = rng.choice(list(mats))
        cust = rng.choice(trade) if rng.random() < 0.6 else None
        tare = rng.choice([1480, 1720, 1960, 2110, 2340, 2580])
        net = rng.choice([85, 140, 260, 410, 590, 780, 960, 1240, 1520, 1890])
        tin = rng.randint(8 * 12, 16 * 12 + 6) * 5
        tout = tin + rng.choice([7, 9, 12, 16, 22, 28, 35, 48])
        permit = (f"TP-{rng.randint(1000, 9999)}" if rng.random() < 0.8 else None) if cust else None
        put(ws, r, 2, [f"T{50210 + i}", rng.choice(regs), cust, day(off),
                       hm(tin // 60, tin % 60), hm(tout // 60, tout % 60), mat, tare + net, tare,
                       net, round(net * mats[mat], 2), permit])
    ws["B27"] = ws["B14"].value                  # duplicate ticket
    ws["I19"] = str(ws["I19"].value)             # gross stored as text
    ws["E31"] = "19/11/2026"                     # date typed as text (Thu)
    ws["H11"] = "Cardboard "                     # trailing space
    ws["H36"] = "scrap metal"
    ws["L36"] = round(ws["K36"].value * -0.12, 2)
    ws["K23"] = ws["K23"].value + 200            # net that does not match gross - tare
    ws["K40"] = ws["K40"].value - 150
    ws["J44"] = None                             # tare missing
    ws["L39"] = -ws["L39"].value                 # rebate keyed on a timber load (error)
    ws["G29"] = hm(ws["F29"].value.hour - 1, ws["F29"].value.minute)   # out before in
    ws["G29"].number_format = "hh:mm"
    # watch list beside the table
    header(ws, 4, 15, ["Watch list (reg)", "Reason"])
    watch = [regs[2], "RX08 NNB", regs[7], "TT64 WQE", regs[11], "GB13 KKO", "MV11 PLA", "CJ59 ZAA"]
    why = ["fly-tipping report", "unpaid charges", "suspected trade as public", "unpaid charges",
           "permit expired", "fly-tipping report", "banned", "banned"]
    for i, (w, y) in enumerate(zip(watch, why)):
        put(ws, 5 + i, 15, [w, y])
    widths(ws, "ABCDEFGHIJKLMNOP", [3, 8, 11, 18, 11, 8, 8, 14, 10, 9, 9, 10, 10, 3, 16, 22])

    mt = wb.create_sheet("Tonnes")
    mt["A1"] = "Tonnes by stream, Jul-Nov 2026 (contam % = rejected at reprocessor)"
    mt["A1"].font = Font(bold=True)
    header(mt, 3, 1, ["Stream", "Jul", "Aug", "Sep", "Oct", "Nov", "Tgt (t)", "Contam %"])
    streams = ["Green waste", "Cardboard", "Paper", "Glass bottles", "Cans", "Plastic bottles",
               "Scrap metal", "Rubble", "Timber", "Plasterboard", "WEEE small", "Fridges",
               "Textiles", "Batteries", "Oil", "Mattresses", "Carpet", "Residual"]
    for i, s in enumerate(streams):
        r = 4 + i
        base = rng.choice([6, 14, 22, 38, 55, 80, 110])
        vals = []
        v = base
        for _ in range(5):
            v = round(v * rng.choice([0.7, 0.85, 0.95, 1.05, 1.15, 1.3]), 1)
            vals.append(v if rng.random() > 0.06 else None)
        tgt = round(base * rng.choice([0.9, 1.0, 1.1, 1.2]))
        put(mt, r, 1, [s] + vals + [tgt])
        percent(mt, f"H{r}", rng.choice([0.01, 0.025, 0.04, 0.06, 0.085, 0.12, 0.15]))
    put(mt, 12, 2, [88.4, 97.2, 101.6, 93.5, 84.1])   # timber
    mt["E10"] = str(mt["E10"].value)              # a figure stored as text
    wb.save(HERE / "recycling_loads.xlsx")


# ------------------------------------------------------------------ glass_commissions
def glass() -> None:
    rng = random.Random(603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Commissions"
    ws["A1"] = "Emberline Glass Studio - commission book"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Dep % = deposit / quote.  Promised = date agreed with the client."
    header(ws, 3, 1, ["Job No", "Client", "Piece", "Colour", "Ordered", "Promised", "Delivered",
                      "Quote ($)", "Deposit ($)", "Dep %", "Kiln hrs", "Status", "Artist"])
    clients = ["Harrow Hotel", "Mrs J. Abara", "The Loft Gallery", "Fenwick Interiors",
               "Dr P. Lorne", "Oak & Ash Restaurant", "Studio Nine", "Mr T. Ekwueme",
               "Cobble Lane Gifts", "Ms R. Tanaka", "Wellington Arts Trust", "Mr & Mrs Soto"]
    pieces = ["Vase", "Pendant light", "Bowl", "Paperweight set", "Chandelier", "Sculpture",
              "Tumblers x6", "Platter", "Wedding goblets", "Bud vases x3"]
    colours = ["Cobalt", "Amber", "Clear", "Seafoam", "Ruby", "Smoke", "Opal white"]
    base = {"Vase": 260, "Pendant light": 480, "Bowl": 190, "Paperweight set": 95,
            "Chandelier": 3900, "Sculpture": 2200, "Tumblers x6": 240, "Platter": 310,
            "Wedding goblets": 170, "Bud vases x3": 120}
    avoid = {0, 7, -7, 14, -14, 30, -30, 1, -1, 21, -21, 10, -10, 5, -5}
    for i in range(42):
        r = 4 + i
        piece = rng.choice(pieces)
        ordered = pick_offset(rng, -130, -6, avoid)
        promised = ordered + rng.choice([21, 28, 35, 42, 56, 70])
        if promised in avoid:
            promised += 2
        if promised < -8:
            status = rng.choice(["Delivered"] * 5 + ["Ready", "Cancelled"])
        else:
            status = rng.choice(["Quoted", "In progress", "In progress", "Annealing", "Ready"])
        delivered = None
        if status == "Delivered":
            dv = promised + rng.choice([-6, -3, -2, 2, 4, 9, 16])
            delivered = day(min(dv, -2))
        quote = base[piece] + rng.choice([0, 25, 60, 120, 180, 240, 400])
        dep_rate = 0 if status == "Quoted" else rng.choice([0.25, 0.5, 0.5, 1.0])
        dep = round(quote * dep_rate) if dep_rate else None
        put(ws, r, 1, [f"GB-26-{41 + i:03d}", rng.choice(clients), piece, rng.choice(colours),
                       day(ordered), day(promised), delivered, quote, dep, None,
                       rng.choice([2, 3.5, 5, 8, 12, 16, 24, 36]), status,
                       rng.choice(["Ines", "Tomasz", "Rue", "Ines"])])
        percent(ws, f"J{r}", round(dep / quote, 3) if dep else 0)
    ws["A31"] = ws["A9"].value                   # duplicate job numbers
    ws["A44"] = ws["A22"].value
    ws["C13"] = ws["C13"].value + " "            # trailing space
    ws["E27"] = "16/11/2026"                     # ordered typed as text (Mon)
    ws["H19"] = str(ws["H19"].value)             # quote stored as text
    ws["M24"] = None                             # no artist yet
    ws["M37"] = None
    ws["L16"] = "delivered" if ws["L16"].value == "Delivered" else ws["L16"].value
    widths(ws, "ABCDEFGHIJKLM", [11, 22, 16, 10, 11, 11, 11, 10, 11, 7, 8, 11, 8])

    kl = wb.create_sheet("Kiln log")
    kl["A1"] = "Annealer log - soak = time held at annealing temp"
    kl["A1"].font = Font(bold=True)
    header(kl, 3, 1, ["Firing", "Kiln", "Date", "Loaded", "Unloaded", "Soak", "Target °C",
                      "Peak °C", "Var °C", "PIECES", "Operator"])
    for i in range(28):
        r = 4 + i
        off = pick_offset(rng, -40, -1, {-7, -14, -30, -21, -28})
        load = rng.randint(7 * 4, 13 * 4) * 15
        soak = rng.choice([45, 60, 90, 120, 150, 200, 240])
        unload = load + soak + rng.choice([95, 130, 180, 240, 300])
        tgt = rng.choice([482, 510, 516])
        peak = tgt + rng.choice([-14, -6, -3, 0, 2, 5, 9, 17])
        put(kl, r, 1, [f"F{301 + i}", rng.choice(["Annealer A", "Annealer B", "Glory hole"]),
                       day(off), hm(load // 60, load % 60), hm(unload // 60 % 24, unload % 60),
                       None, tgt, peak, peak - tgt, rng.randint(1, 14),
                       rng.choice(["Tomasz", "Rue", "Ines", "Sam (temp)"])])
        duration(kl, f"F{r}", soak)
    kl["J12"] = None                             # pieces not recorded
    kl["J25"] = None

    cl = wb.create_sheet("Clients")
    header(cl, 1, 1, ["Client", "Type", "Since", "Terms (d)", "Contact"])
    rows = [("Harrow Hotel", "Trade", 2019, 30), ("The Loft Gallery", "Gallery", 2021, 60),
            ("Fenwick Interiors", "Trade", 2022, 30), ("Oak & Ash Restaurant", "Trade", 2023, 14),
            ("Studio Nine", "Trade", 2024, 30), ("Cobble Lane Gifts", "Retail", 2020, 45),
            ("Wellington Arts Trust", "Gallery", 2018, 60), ("Blue Door Cafe", "Trade", 2025, 14),
            ("Marlow & Finch", "Retail", 2017, 30)]
    for i, (c, ty, yr, terms) in enumerate(rows):
        put(cl, 2 + i, 1, [c, ty, dt.datetime(yr, 3 + i, 11), terms,
                           c.split()[0].lower() + "@example.com"])
    wb.save(HERE / "glass_commissions.xlsx")


# ------------------------------------------------------------------ bridal_fittings
def bridal() -> None:
    rng = random.Random(604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Maison Lila Bridal - gowns on order"
    ws["A1"].font = Font(bold=True, size=13)
    header(ws, 2, 1, ["Order #", "Bride", "Gown", "Designer", "Size", "Wedding", "Ordered",
                      "ETA", "Price $", "Dep $", "Bal $", "Consultant"])
    brides = ["Amara Okoye", "Bea Lindqvist", "Chiara Russo", "Dana Whitfield", "Esme Carter",
              "Farah Siddiqui", "Gemma Doyle", "Hollie Price", "Isla McLeod", "Jasmine Choi",
              "Keira Novak", "Leah Goldberg", "Maya Fernandes", "Nina Petrova", "Orla Brennan",
              "Priya Nair", "Rosa Delgado", "Sienna Hart", "Tess Morgan", "Uma Reddy",
              "Vera Santos", "Willow Grant", "Yasmin Aziz", "Zoe Kaplan", "Alice Moreau",
              "Bryony Fell", "Carmen Ruiz", "Daisy Obi"]
    gowns = {"Pronovias": ["Aldara", "Ceres", "Sirena"], "Jenny Packham": ["Eden", "Clover"],
             "Maggie Sottero": ["Harlow", "Tuscany"], "Rue De Seine": ["Nomad", "Sol"],
             "Enzoani": ["Blue Iris", "Keegan"]}
    avoid = {0, 7, -7, 14, -14, 30, -30, 60, -60, 90, 1, -1, 28, 21}
    for i in range(28):
        r = 3 + i
        des = rng.choice(list(gowns))
        wedding = pick_offset(rng, 20, 330, avoid | {180, 120})
        ordered = wedding - rng.choice([210, 240, 280, 300, 330, 365])
        if ordered > -9:
            ordered = -rng.randint(9, 40)
        if ordered in avoid:
            ordered -= 3
        eta = ordered + rng.choice([120, 140, 150, 168, 190])
        if eta in avoid:
            eta += 2
        price = rng.choice([1450, 1780, 2100, 2350, 2690, 3120, 3800, 4450])
        dep = round(price * rng.choice([0.3, 0.5, 0.5, 1.0]))
        bal = price - dep
        put(ws, r, 1, [f"ML-{1180 + i}", brides[i], rng.choice(gowns[des]), des,
                       rng.choice([6, 8, 8, 10, 12, 12, 14, 16, 18]), day(wedding), day(ordered),
                       day(eta), price, dep, bal, rng.choice(["Fleur", "Nadia", "Fleur", "Josie"])])
    ws["K11"] = -120                             # overpaid: refund due
    ws["J11"] = ws["I11"].value + 120
    ws["K24"] = -45
    ws["J24"] = ws["I24"].value + 45
    ws["K15"] = 200                              # balances that do not add up
    ws["K26"] = 980
    ws["A19"] = ws["A6"].value                   # duplicate order number
    ws["D14"] = "pronovias"                      # odd case
    ws["D27"] = "Jenny Packham "                 # trailing space
    ws["H9"] = "18/03/2027"                      # ETA typed as text (Thu)
    ws["I17"] = str(ws["I17"].value)             # price stored as text
    ws["L22"] = None                             # no consultant
    # second table on the same sheet
    ws["A33"] = "Accessories & veils"
    ws["A33"].font = Font(bold=True, size=12)
    header(ws, 34, 1, ["Order #", "Bride", "Item", "Supplier", "Ordered", "ETA", "Price $", "Paid?"])
    items = [("Cathedral veil", "Lace & Co", 340), ("Fingertip veil", "Lace & Co", 190),
             ("Hair vine", "Tiara Lane", 120), ("Belt - crystal", "Tiara Lane", 160),
             ("Shoes", "Rainbow Club", 210), ("Garter", "Lace & Co", 25), ("Bolero", "Stitch House", 230)]
    for i in range(18):
        r = 35 + i
        it, sup, pr = rng.choice(items)
        o = pick_offset(rng, -60, -3, avoid)
        e = o + rng.choice([10, 20, 35, 50, 70])
        if e in avoid:
            e += 2
        put(ws, r, 1, [f"ACC-{401 + i}", brides[rng.randrange(28)], it, sup, day(o), day(e),
                       pr, rng.choice(["Yes", "Yes", "No", "Part"])])
    ws["H41"] = None                             # paid flag blank
    ws["B38"] = "Hana Mori"                      # accessories-only customers
    ws["B49"] = "Lucy Ward"
    ws["B47"] = ws["B47"].value + " "            # trailing space
    widths(ws, "ABCDEFGHIJKL", [9, 16, 13, 15, 6, 11, 11, 11, 8, 8, 8, 11])

    ft = wb.create_sheet("Fittings")
    ft["A1"] = "Fitting appointments"
    ft["A1"].font = Font(bold=True, size=13)
    ft["A2"] = "Length = booked appointment length (h:mm).  Charged blank = not invoiced yet"
    header(ft, 4, 2, ["Bride", "Fitting", "Appt Date", "Start", "Length", "Seamstress",
                      "Alteration", "Quote $", "Charged $", "Status"])
    alters = ["hem", "bustle", "take in bodice", "straps added", "sleeves", "hem + bustle",
              "let out side seams", "steam & press", "cups sewn in"]
    for i in range(40):
        r = 5 + i
        off = pick_offset(rng, -24, 24, avoid | {2, -2, 3, -3})
        start = rng.choice([9 * 60 + 30, 10 * 60, 11 * 60, 12 * 60 + 30, 13 * 60 + 30,
                            14 * 60 + 30, 15 * 60, 16 * 60 + 30, 17 * 60 + 30, 18 * 60])
        length = rng.choice([30, 45, 60, 60, 90, 120])
        quote = rng.choice([45, 80, 120, 150, 220, 260, 340])
        if off < 0:
            status = rng.choice(["Done", "Done", "Done", "No-show", "Moved"])
            charged = rng.choice([quote, quote, quote + 40, quote - 20, None]) if status == "Done" else None
        else:
            status = rng.choice(["Booked", "Booked", "Provisional"])
            charged = None
        put(ft, r, 2, [brides[rng.randrange(28)], rng.choice(["1st", "2nd", "2nd", "Final"]),
                       day(off), hm(start // 60, start % 60), None,
                       rng.choice(["Greta", "Lin", "Mo", "Greta"]), rng.choice(alters),
                       quote, charged, status])
        duration(ft, f"F{r}", length)
    ft["D22"] = "13/11/2026"                     # date typed as text (Fri)
    ft["G30"] = None                             # seamstress not assigned
    ft["G41"] = None
    ft["H12"] = ft["H12"].value + " "            # trailing space
    ft["K38"] = "done"
    widths(ft, "ABCDEFGHIJK", [3, 16, 7, 11, 7, 7, 11, 18, 8, 10, 11])

    hr = wb.create_sheet("Hours")
    hr["A1"] = "Seamstress hours w/c 23 Nov 2026"
    header(hr, 2, 1, ["Name", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Contract (h)"])
    names = ["Greta", "Lin", "Mo", "Aisha", "Bronwen", "Claude", "Dee", "Eun-ji", "Faye",
             "Gus", "Hattie", "Ines"]
    for i, n in enumerate(names):
        hrs = [None if rng.random() < 0.18 else rng.choice([2, 3.5, 4, 5, 6, 7.5, 8, 9.5]) for _ in range(6)]
        put(hr, 3 + i, 1, [n] + hrs + [rng.choice([16, 24, 30, 37.5])])
    hr["F11"] = 3.5
    wb.save(HERE / "bridal_fittings.xlsx")


# ------------------------------------------------------------------ radio_playlist
def radio() -> None:
    rng = random.Random(605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Playlist"
    ws["A1"] = "KRVR 94.3 FM - music log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "late Nov / early Dec 2026.  Length is m:ss.  Future dates = scheduled"
    ws["J2"] = "Spin cap (30d)"
    ws["K2"] = 40
    header(ws, 4, 1, ["Date", "Show", "Presenter", "Aired", "Artist", "Title", "Length",
                      "Rel. Yr", "Spins 30d", "Req?", "Local", "Royalty $"])
    shows = [("Breakfast Brew", "Jo & Kev", 6, 9), ("Midday Mix", "Sunita", 10, 13),
             ("Drive Time", "Marcus", 15, 18), ("Night Owls", "Petra", 22, 24),
             ("Weekend Vinyl", "Alfie", 9, 12)]
    tracks = [("The Lumineers", "Ho Hey", 2012, 161), ("Fleetwood Mac", "Dreams", 1977, 257),
              ("Kate Bush", "Running Up That Hill", 1985, 298), ("Harbour Lights", "Saltwater", 2025, 214),
              ("Arctic Monkeys", "505", 2007, 253), ("Dua Lipa", "Levitating", 2020, 203),
              ("The Cure", "Just Like Heaven", 1987, 212), ("Mira Vale", "Paper Boats", 2026, 187),
              ("Queen", "Bohemian Rhapsody", 1975, 355), ("Fontaines D.C.", "Starburster", 2024, 232),
              ("The Riverside Co.", "North Road", 2023, 276), ("Adele", "Rolling in the Deep", 2010, 228),
              ("Talking Heads", "Once in a Lifetime", 1980, 259), ("Olivia Rodrigo", "vampire", 2023, 219),
              ("Blondie", "Heart of Glass", 1978, 274), ("Mira Vale", "Lanterns", 2025, 241),
              ("Pulp", "Common People", 1995, 351), ("Sault", "Wildfires", 2020, 266),
              ("Radiohead", "No Surprises", 1997, 229), ("Harbour Lights", "Ferry Song", 2026, 199)]
    local = {"Harbour Lights", "Mira Vale", "The Riverside Co."}
    avoid = {0, -7, 7, -14, 1, -1, -3, 3}
    for i in range(52):
        r = 5 + i
        off = pick_offset(rng, -16, 5, avoid)
        show, who, h0, h1 = rng.choice(shows)
        if show == "Weekend Vinyl" and (BUILT + dt.timedelta(days=off)).weekday() < 5:
            show, who, h0, h1 = shows[1]
        mins = rng.randint(h0 * 60 + 2, h1 * 60 - 6)
        artist, title, yr, secs = rng.choice(tracks)
        spins = rng.choice([0, 2, 4, 7, 9, 13, 18, 22, 31, 44])
        put(ws, r, 1, [day(off), show, who, hm(mins // 60 % 24, mins % 60), artist, title, None, yr,
                       spins, rng.choice([None, None, None, "Y"]),
                       "yes" if artist in local else "no", round(secs / 60 * rng.choice([0.11, 0.14]), 2)])
        duration(ws, f"G{r}", secs / 60, "[m]:ss")
    ws["A23"] = "27/10/2026"                     # dates typed as text
    ws["A48"] = "13/11/2026"
    ws["E17"] = ws["E17"].value + " "            # trailing space
    ws["K31"] = "Yes"
    ws["I40"] = str(ws["I40"].value)             # spins stored as text
    ws["L12"] = -3.5                             # royalty credits (negative)
    ws["L44"] = -1.2
    ws["C36"] = None                             # presenter missing
    widths(ws, "ABCDEFGHIJKL", [11, 14, 9, 7, 17, 20, 7, 7, 9, 5, 6, 9])

    ch = wb.create_sheet("Charts")
    ch["A1"] = "Station chart - position by week (blank = not in chart)"
    ch["A1"].font = Font(bold=True)
    header(ch, 2, 1, ["Track", "Artist", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    for i in range(25):
        r = 3 + i
        artist, title, *_ = tracks[i % 20]
        if i >= 20:
            title = ["Neon Tide", "Homeward", "Kettle Song", "Glass House", "Eleven"][i - 20]
            artist = ["Mira Vale", "The Riverside Co.", "Harbour Lights", "Sault", "Pulp"][i - 20]
        pos = rng.randint(1, 40)
        vals = []
        for _ in range(5):
            pos = max(1, min(40, pos + rng.choice([-9, -5, -2, 0, 1, 3, 6, 11])))
            vals.append(pos if rng.random() > 0.12 else None)
        put(ch, r, 1, [title, artist] + vals)

    rs = wb.create_sheet("Restricted")
    header(rs, 1, 1, ["Artist", "Reason", "Review"])
    for i, (a, why) in enumerate([("Pulp", "explicit lyrics - after 9pm"), ("Sault", "label dispute"),
                                  ("Olivia Rodrigo", "clean edit only"), ("Kanye West", "station policy"),
                                  ("The Cure", "estate request (temp)"), ("Slipknot", "after 9pm")]):
        put(rs, 2 + i, 1, [a, why, dt.datetime(2027, 1 + i, 15)])
    wb.save(HERE / "radio_playlist.xlsx")


# ------------------------------------------------------------------ cattle_auction
def cattle() -> None:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Lots"
    ws["A1"] = "Tamworth Saleyards - store cattle sales"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avg Wt = average liveweight per head.  Reserve and Bid in $ per head."
    ws["A3"] = "NVD = vendor declaration received.  Future dates = lots entered for coming sales."
    header(ws, 5, 3, ["Lot", "Vendor", "Breed", "Sex", "Hd", "Avg Wt (kg)", "Reserve ($/hd)",
                      "Bid ($/hd)", "Result", "Buyer", "Sale Date", "Time", "NVD", "Vet Chk"])
    vendors = ["Glenroy Pastoral", "M & K Doherty", "Bald Hill Trust", "Yarraman Station",
               "R.J. Whitty", "Carinya Partners", "Two Creeks Beef", "L. Fraser & Sons"]
    buyers = ["Teys", "JBS Feedlot", "K. McInnes (agent)", "Rangers Valley", "Local restocker"]
    breeds = ["Angus", "Hereford", "Angus x", "Charolais x", "Murray Grey", "Brahman x", "Shorthorn"]
    sexes = ["Steers", "Steers", "Heifers", "Cows & calves", "Bulls"]
    avoid = {0, 7, -7, 14, -14, 1, -1, 3, -3, 10, -10, 30, -30}
    sale_days = [-19, -12, -5, 2, 9]
    for i in range(40):
        r = 6 + i
        off = rng.choice(sale_days + [-12, -5, -5])
        sex = rng.choice(sexes)
        wt = rng.choice([245, 280, 312, 348, 385, 420, 466, 510])
        reserve = rng.choice([900, 1050, 1180, 1320, 1460, 1600, 1850])
        if off < 0:
            res = rng.choice(["Sold"] * 6 + ["Passed in", "No bid"])
            bid = None if res == "No bid" else reserve + rng.choice([-140, -60, 25, 80, 135, 210, 320])
            if res == "Passed in" and bid is not None and bid >= reserve:
                bid = reserve - 90
            if res == "Sold" and bid is not None and bid < reserve:
                bid = reserve + 40
        else:
            res, bid = None, None
        buyer = rng.choice(buyers) if res == "Sold" else None
        t = rng.choice([9 * 60, 9 * 60 + 40, 10 * 60 + 15, 11 * 60 + 5, 12 * 60 + 30, 13 * 60 + 20,
                        14 * 60 + 10, 15 * 60 + 25])
        vet = day(off - rng.choice([2, 4, 6, 9, 16, 40])) if rng.random() < 0.85 else None
        put(ws, r, 3, [101 + i, rng.choice(vendors), rng.choice(breeds), sex,
                       rng.choice([6, 12, 18, 24, 32, 45, 60]), wt, reserve, bid, res, buyer,
                       day(off), hm(t // 60, t % 60), rng.choice(["Y", "Y", "Y", "N", None]), vet])
    ws["C25"] = ws["C12"].value                  # duplicate lot number
    ws["C15"] = "110"                            # lot numbers imported as text
    ws["C33"] = "128"
    ws["C42"] = "137"
    ws["E19"] = "angus"
    ws["E33"] = "Hereford "
    ws["M29"] = "24/11/2026"                     # sale date typed as text (Tue)
    ws["P29"] = day(-17)                         # its vet check well before that sale
    ws["H15"] = str(ws["H15"].value)             # avg wt stored as text
    ws["D40"] = None                             # vendor missing
    widths(ws, "ABCDEFGHIJKLMNOP", [3, 3, 6, 17, 12, 13, 5, 11, 13, 10, 10, 18, 11, 7, 5, 11])

    wi = wb.create_sheet("Weigh-ins")
    wi["A1"] = "Backgrounding mob - weigh-ins (kg)"
    wi["A1"].font = Font(bold=True)
    header(wi, 2, 1, ["Tag", "Mob", "Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"])
    for i in range(24):
        r = 3 + i
        w = rng.choice([228, 246, 262, 281, 297, 315])
        vals = []
        for _ in range(6):
            w = w + rng.choice([-6, 3, 7, 9, 12, 15, 19])
            vals.append(w if rng.random() > 0.08 else None)
        put(wi, r, 1, [f"NLIS {982000 + rng.randint(100, 999)}", rng.choice(["North", "Creek", "Hill"])] + vals)
    wi["A20"] = wi["A7"].value                   # duplicate tag

    vd = wb.create_sheet("Vendors")
    header(vd, 1, 1, ["Vendor", "PIC", "Accredited", "Region"])
    for i, (v, acc, reg) in enumerate([("Glenroy Pastoral", "Y", "New England"),
                                        ("Bald Hill Trust", "Y", "Liverpool Plains"),
                                        ("Yarraman Station", "N", "Upper Hunter"),
                                        ("Carinya Partners", "Y", "New England"),
                                        ("Two Creeks Beef", "Y", "North West"),
                                        ("Bundarra Grazing", "Y", "New England")]):
        put(vd, 2 + i, 1, [v, f"NE{rng.randint(100000, 999999)}", acc, reg])
    wb.save(HERE / "cattle_auction.xlsx")


if __name__ == "__main__":
    tennis()
    recycling()
    glass()
    bridal()
    radio()
    cattle()
    print("built 6 workbooks")
