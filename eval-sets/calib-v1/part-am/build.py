"""Build the six workbooks of calib-v1 part AM (openpyxl only, fixed seeds 2301-2306).

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


# ------------------------------------------------------------------ dry_cleaning
def dry_cleaning() -> None:
    rng = random.Random(2301)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tickets"
    ws["A1"] = "Pressed & Proper Dry Cleaners - ticket book"
    ws["A1"].font = TITLE
    ws["A2"] = "Promised = the ready date we gave the customer; items left past the hold period go to charity"
    ws["P1"] = "Hold period (days)"
    ws["Q1"] = 60
    ws["P2"] = "Big ticket ($)"
    ws["Q2"] = 75
    cols = ["Ticket", "Customer", "Phone", "Item", "Qty", "Service", "In", "Promised", "Collected",
            "Price ($)", "Paid ($)", "Status", "Express", "Notes"]
    header(ws, 4, 1, cols)
    customers = ["A. Whitfield", "Mrs Okonjo", "Grand Hotel", "T. Barros", "L. Nguyen", "Peter Szabo",
                 "Karen Doyle", "Dr Mehta", "J. Fairbairn", "The Old Vicarage B&B", "S. Castillo",
                 "Ruth Abbott", "M. Lindgren", "Yusuf Demir", "Grand Hotel", "Karen Doyle"]
    items = [("Shirt", 3.5, ["Laundry", "Laundry", "Press only"], (3, 12)),
             ("2-pc suit", 14.5, ["Dry clean", "Dry clean", "Press only"], (1, 3)),
             ("3-pc suit", 18.0, ["Dry clean"], (1, 2)),
             ("Dress", 12.0, ["Dry clean", "Stain treatment"], (1, 3)),
             ("Wedding dress", 145.0, ["Dry clean"], (1, 1)),
             ("Wool coat", 16.5, ["Dry clean"], (1, 2)),
             ("Duvet (king)", 28.0, ["Laundry"], (1, 2)),
             ("Curtains (pair)", 34.0, ["Dry clean"], (1, 3)),
             ("Trousers", 7.5, ["Dry clean", "Alteration", "Press only"], (1, 4)),
             ("Silk blouse", 9.0, ["Dry clean", "Stain treatment"], (1, 3)),
             ("Leather jacket", 55.0, ["Specialist"], (1, 1)),
             ("Tablecloth", 11.0, ["Laundry"], (2, 8))]
    notes = [None, None, None, None, None, "missing button", "wine stain on cuff", "customer will call",
             "repair lining", "loyalty card", "button loose - sew on", "red wine on hem"]
    phones = {}
    for i in range(40):
        r = 5 + i
        cust = rng.choice(customers)
        if cust not in phones:
            phones[cust] = rng.choice(["07700 9", "07700 9", "07700 9", "01632 9"]) + f"{rng.randint(10000, 99999)}"
        name, unit, services, (qlo, qhi) = rng.choice(items)
        qty = rng.randint(qlo, qhi)
        service = rng.choice(services)
        express = rng.random() < 0.2 and name != "Wedding dress"
        if service == "Alteration":
            unit = 18.0
        price = round(unit * qty * (1.3 if express else 1.0), 2)
        inn = pick_offset(rng, -95, 0, set())
        turn = 1 if express else {"Wedding dress": 14, "Specialist": 10}.get(name, rng.randint(2, 5))
        if service == "Alteration":
            turn = 7
        prom = inn + turn
        coll = None
        if prom >= 1:
            status = "Sent out" if service == "Specialist" else "In process"
        else:
            x = rng.random()
            if x < 0.6:
                coll = min(prom + rng.choice([0, 0, 1, 2, 4, 8, 15]), 0)
                status = "Collected"
            elif x < 0.88:
                status = "Ready"
            else:
                status = "On hold"
        paid = None
        if status == "Collected":
            paid = price if rng.random() < 0.85 else round(price - rng.choice([5, 10]), 2)
        elif rng.random() < 0.3:
            paid = price
        put(ws, r, 1, [f"DC-{5101 + i}", cust, phones[cust], name, qty, service, day(inn), day(prom),
                       day(coll) if coll is not None else None, price, paid, status,
                       "Y" if express else None, rng.choice(notes)], {9: "0.00", 10: "0.00"})

    br = wb.create_sheet("Branches")
    br["A1"] = "Monthly takings by branch ($)"
    br["A1"].font = BOLD
    br["A2"] = "card + cash, ex VAT; Hotel accts invoiced monthly"
    header(br, 3, 1, ["Branch", "Jul", "Aug", "Sep", "Oct", "Nov", "Target/mo"])
    branches = ["High St", "Station Rd", "Market Sq", "Riverside", "Oakfield", "Westgate",
                "Hotel accts", "Kingsmead"]
    for i, b in enumerate(branches):
        base = rng.choice([2600, 3400, 4100, 4800, 5600, 6900])
        vals = [round(base * rng.choice([0.72, 0.85, 0.93, 1.04, 1.12, 1.26]), -1) for _ in range(5)]
        put(br, 4 + i, 1, [b] + vals + [round(base, -2)], {k: "#,##0" for k in range(1, 7)})
    br["J1"] = "Service every (cycles)"
    br["L1"] = 450
    header(br, 3, 10, ["Machine", "Branch", "Type", "Installed", "Last service", "Cycles since svc"])
    machines = [("DC-1 Union", "High St", "Dry clean"), ("WX-1 Miele", "High St", "Washer"),
                ("PR-1 Veit", "High St", "Press"), ("DC-2 Union", "Station Rd", "Dry clean"),
                ("WX-2 Miele", "Station Rd", "Washer"), ("DC-3 Firbimatic", "Market Sq", "Dry clean"),
                ("WX-3 Electrolux", "Riverside", "Washer"), ("TD-1 Electrolux", "Riverside", "Tumble"),
                ("DC-4 Union", "Central depot", "Dry clean"), ("WX-4 Miele", "Central depot", "Washer"),
                ("PR-2 Veit", "Oakfield", "Press")]
    for i, (m, b, typ) in enumerate(machines):
        put(br, 4 + i, 10, [m, b, typ, date(rng.randint(2015, 2024), rng.randint(1, 12), 1),
                            day(-rng.randint(20, 200)), rng.choice([120, 260, 310, 395, 430, 480, 515, 610])])
    quirks_dry_cleaning(ws, br)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 20, 14, 15, 5, 15, 11, 11, 11, 9, 9, 11, 8, 22, 3, 18, 6])
    widths(br, "A B C D E F G H I J K L M N O",
           [13, 7, 7, 7, 7, 7, 10, 3, 3, 17, 14, 11, 11, 12, 16])
    wb.save(HERE / "dry_cleaning.xlsx")


def quirks_dry_cleaning(ws, br) -> None:
    ws["A33"] = "DC-5116"                        # duplicate ticket (row 20)
    ws["B29"] = "Helen Marsh "                   # trailing space (one-off customer)
    ws["L14"] = "ready"                          # odd case
    ws["J24"] = "36"                             # price stored as text
    ws["I12"] = "17/11/2026"                     # collected date typed as text
    ws["C17"] = ws["C38"] = ws["C41"] = None     # no phone taken
    ws["E19"] = 10                               # exactly 10 shirts (express)
    ws["J19"] = ws["K19"] = 45.5
    ws["M13"] = ws["M15"] = "Y"                  # express jobs still in the shop
    ws["J13"] = ws["K13"] = 44.2
    ws["J15"] = 15.6
    setd(ws, "G40", day(-1))                     # work in progress
    setd(ws, "H40", day(2))
    ws["L40"] = "In process"
    ws["K40"] = None
    setd(ws, "G42", day(0))
    setd(ws, "H42", day(6))
    ws["L42"] = "In process"
    br["B9"] = br["C9"] = None                   # Westgate opened in September
    br["E11"] = None                             # Kingsmead: October missing


# ------------------------------------------------------------------ courier_rounds
def courier() -> None:
    rng = random.Random(2302)
    wb = Workbook()
    ws = wb.active
    ws.title = "Drops"
    ws["A1"] = "Swift Lane Couriers - consignments since 1 Oct"
    ws["A1"].font = TITLE
    ws["B2"] = "wt = heaviest parcel in the consignment; COD = cash to collect on delivery"
    cols = ["Consignment", "Round", "Driver", "Postcode", "Parcels", "Wt (kg)", "Booked", "Due",
            "Delivered", "Attempts", "COD ($)", "Status", "Signed by", "Notes"]
    header(ws, 3, 2, cols)                                   # header at B3
    ws["Q3"] = "Max wt (kg)"
    ws["R3"] = 25
    ws["Q4"] = "Max attempts"
    ws["R4"] = 3
    rounds = ["North", "South", "East", "West", "City", "Airport"]
    drivers = ["Kofi", "Lena", "Baz", "Priti", "Tomasz", "Gail", "Reece", "Nadia"]
    pcs = ["LS6", "LS6", "LS16", "LS2", "LS11", "LS8", "LS25", "BD3", "WF1"]
    signers = ["R. Hughes", "neighbour at no. 12", "J. Amin", "left in safe place", "T. Kerr",
               "reception", "neighbour (flat 3)", "M. Oduya", "D. Brennan"]
    notes = [None, None, None, None, "fragile", "dog in garden", "call on arrival", "gate code 4471",
             "rear entrance", None]
    for i in range(42):
        r = 4 + i
        booked = pick_offset(rng, -60, 2, set())
        due = booked + rng.choice([1, 1, 2, 3])
        attempts = 0
        dlv = None
        if due <= 0:
            x = rng.random()
            if x < 0.68:
                dlv = min(due + rng.choice([-1, 0, 0, 0, 1, 2, 4]), 0)
                dlv = max(dlv, booked)
                status = "Delivered"
                attempts = rng.choice([1, 1, 1, 2, 3])
            elif x < 0.8:
                status = "Failed"
                attempts = rng.choice([1, 2, 3])
            elif x < 0.9:
                status = "Returned"
                attempts = 3
            else:
                status = "Out for delivery"
                attempts = rng.choice([0, 1, 2])
        else:
            status = rng.choice(["Pending", "Out for delivery"])
        parcels = rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 8])
        wt = rng.choice([0.8, 1.5, 2.2, 3.4, 5, 7.5, 11, 14.5, 18, 22, 26.5, 31])
        cod = rng.choice([None, None, None, None, 35, 64.99, 89, 120, 145.5, 210])
        put(ws, r, 2, [f"SL{880210 + 7 * i}", rng.choice(rounds), rng.choice(drivers),
                       f"{rng.choice(pcs)} {rng.randint(1, 9)}{rng.choice(['AB', 'QT', 'HX', 'NP'])}",
                       parcels, wt, day(booked), day(due), day(dlv) if dlv is not None else None,
                       attempts, cod, status, rng.choice(signers) if status == "Delivered" else None,
                       rng.choice(notes)], {10: "0.00"})

    dr = wb.create_sheet("Drivers")
    dr["A1"] = "Drivers & vans"
    dr["A1"].font = BOLD
    header(dr, 3, 1, ["Driver", "Van", "Reg", "Licence exp.", "MOT due", "Mileage", "Phone", "Day off"])
    fleet = [("Transit", "YB19 KXT"), ("Transit", "YC21 LPR"), ("Cargo bike", None), ("Sprinter", "YE22 MVA"),
             ("Berlingo", "YG24 ODN"), ("Transit", "YB18 HZW"), ("Cargo bike", None), ("e-Vito", "YE23 PNU"),
             ("Cargo bike", None), ("Berlingo", "YC20 DWT"), ("Sprinter", "YG21 FRA"), ("Cargo bike", None)]
    lic = [-3, 25, 48, 70, 150, 300, 420, 640, 19, -40, 900, 1200]
    rng.shuffle(lic)
    for i, d in enumerate(drivers + ["Ollie (relief)", "Sanjay", "Marta", "Des"]):
        van, reg = fleet[i]
        put(dr, 4 + i, 1, [d, van, reg,
                           day(lic[i]),
                           day(rng.choice([4, 12, 19, 26, 41, 95, 160, 230])) if van != "Cargo bike" else None,
                           rng.choice([18400, 27150, 39900, 51200, 66800, 78350]) if van != "Cargo bike" else None,
                           "07" + f"{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                           rng.choice(["Mon", "Tue", "Wed", "Sat", "Sun"])], {5: "#,##0"})

    rd = wb.create_sheet("Rounds")
    rd["A1"] = "Stops per round - w/c 23 Nov"
    rd["A1"].font = BOLD
    header(rd, 3, 1, ["Round", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "target"])
    for i, rn in enumerate(rounds + ["Retail park", "Hospital run", "Uni campus", "Evening"]):
        base = rng.choice([28, 36, 45, 52, 61])
        vals = [base + rng.choice([-9, -4, -1, 3, 7, 12, 18]) for _ in range(6)]
        put(rd, 4 + i, 1, [rn] + vals + [base])
    rd["J1"] = "Fuel"
    rd["J1"].font = BOLD
    header(rd, 3, 10, ["Date", "Van reg", "Litres", "Cost ($)", "Odometer"])
    regs = ["YB19 KXT", "YC21 LPR", "YE22 MVA", "YG24 ODN", "YB18 HZW", "YG21 FRA"]
    odo = {r_: rng.randint(30000, 70000) for r_ in regs}
    for i in range(15):
        reg = rng.choice(regs)
        odo[reg] += rng.randint(250, 600)
        litres = rng.choice([24.6, 31.2, 38.8, 45.1, 52.7, 58.3, 64.9, 71.4])
        ppl = rng.choice([1.42, 1.47, 1.51, 1.56, 1.63, 1.69])
        put(rd, 4 + i, 10, [day(-30 + 2 * i), reg, litres, round(litres * ppl, 2), odo[reg]],
            {2: "0.0", 3: "0.00", 4: "#,##0"})
    quirks_courier(ws, dr, rd)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 12, 8, 8, 9, 7, 7, 11, 11, 11, 8, 8, 16, 20, 16, 3, 12, 5])
    widths(dr, "A B C D E F G H", [15, 10, 10, 11, 11, 9, 14, 8])
    widths(rd, "A J K", [13, 11, 10])
    wb.save(HERE / "courier_rounds.xlsx")


def quirks_courier(ws, dr, rd) -> None:
    ws["B31"] = "SL880357"                       # duplicate consignment (row 25)
    ws["M37"] = "delivered"                      # odd case
    ws["K37"] = 3                                # (on the third attempt)
    ws["G15"] = 29.5
    ws["G22"] = 27
    ws["G35"] = 30
    ws["G18"] = "12.5"                           # weight stored as text
    ws["J27"] = "28/11/2026"                     # delivered date typed as text
    ws["E40"] = "LS6  4AB "                      # trailing space
    rd["F9"] = None                              # round not run on Thursday
    rd["G12"] = None
    rd["C13"] = None


# ------------------------------------------------------------------ community_theatre
def theatre() -> None:
    rng = random.Random(2303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Performances"
    ws["A1"] = "Millbrook Players - 2026/27 season"
    ws["A1"].font = TITLE
    ws["A2"] = "Sold = paid seats; comps = free tickets (cast families, press)"
    ws["A3"] = "Takings entered after the night; upcoming rows show advance sales"
    cols = ["Perf #", "Show", "Date", "Curtain", "Venue", "Seats", "Sold", "Comps", "Takings ($)",
            "Costs ($)", "FOH lead", "Status", "Notes"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["Q5"] = "Break-even ($)"
    ws["R5"] = 1400
    ws["Q6"] = "Min. audience"
    ws["R6"] = 40
    seats = {"Main hall": 180, "Studio": 70, "St Anne's church": 120}
    runs = [("Blithe Spirit", -84, 8, "Main hall", 14), ("The Crucible", -40, 8, "Studio", 12),
            ("Under Milk Wood", -12, 4, "St Anne's church", 13),
            ("Cinderella (panto)", 8, 12, "Main hall", 11), ("Cinderella (schools)", 10, 4, "Main hall", 8)]
    foh = ["Bev", "Alan", "Sunita", "Greg", "Maude", None]
    notes = {"Blithe Spirit": [None, None, None, "séance lights failed", "signed performance"],
             "The Crucible": [None, None, None, "understudy on as Proctor", "signed performance"],
             "Under Milk Wood": [None, None, "church heating off", "signed performance"],
             "Cinderella (panto)": [None, None, None, "relaxed performance", "signed performance"],
             "Cinderella (schools)": [None, None, "coach party", "relaxed performance"]}
    r = 6
    for show, start, n, venue, price in runs:
        for k in range(n):
            off = start + [0, 1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17][k]
            x = BUILT + dt.timedelta(days=off)
            curtain = hm(14, 30) if x.weekday() == 6 or "schools" in show else hm(19, 30)
            cap = seats[venue]
            if off < 0:
                sold = min(cap, int(cap * rng.choice([0.2, 0.35, 0.5, 0.62, 0.75, 0.88, 0.97])))
                comps = rng.choice([0, 2, 4, 6, 8, 12])
                status = "Played"
                takings = sold * price + rng.choice([0, 45, 120, 210])
            else:
                sold = int(cap * rng.choice([0.1, 0.25, 0.4, 0.6, 0.8, 0.95]))
                comps = rng.choice([0, 0, 2, 4])
                status = "On sale"
                takings = None
            costs = rng.choice([380, 520, 640, 760, 910, 1150])
            put(ws, r, 2, [f"P{r - 5:02d}", show, day(off), curtain, venue, cap, sold, comps, takings,
                           costs, rng.choice(foh), status, rng.choice(notes[show])], {8: "#,##0", 9: "#,##0"})
            r += 1

    cs = wb.create_sheet("Cast & crew")
    cs["A1"] = "Cast & crew list"
    cs["A1"].font = BOLD
    cs["A2"] = "DBS needed for anyone working with the junior chorus"
    header(cs, 3, 1, ["Name", "Role", "Show", "Joined", "DBS expiry", "Rehearsals", "Attended", "Email",
                      "Subs paid"])
    people = [("Ann Mowbray", "Madame Arcati", "Blithe Spirit"), ("Rob Tiller", "Charles", "Blithe Spirit"),
              ("Jas Kaur", "Elvira", "Blithe Spirit"), ("Mo Farrant", "Ruth", "Blithe Spirit"),
              ("Ken Ashdown", "Stage manager", "Blithe Spirit"), ("Rob Tiller", "John Proctor", "The Crucible"),
              ("Ellie Vance", "Abigail", "The Crucible"), ("Tom Greer", "Danforth", "The Crucible"),
              ("Jas Kaur", "Elizabeth", "The Crucible"), ("Priya Sen", "Lighting", "The Crucible"),
              ("Gwyn Price", "First Voice", "Under Milk Wood"), ("Ann Mowbray", "Second Voice", "Under Milk Wood"),
              ("Dai Rees", "Captain Cat", "Under Milk Wood"), ("Nell Ward", "Polly Garter", "Under Milk Wood"),
              ("Sam Okafor", "Buttons", "Cinderella"), ("Lucy Hart", "Cinderella", "Cinderella"),
              ("Ken Ashdown", "Dame (Ugly Sister)", "Cinderella"), ("Phil Dunn", "Ugly Sister", "Cinderella"),
              ("Ellie Vance", "Fairy Godmother", "Cinderella"), ("Harvey Cole", "Prince Charming", "Cinderella"),
              ("Mina Oduya", "Junior chorus lead", "Cinderella"), ("Tom Greer", "Baron Hardup", "Cinderella"),
              ("Rosa Lind", "Choreographer", "Cinderella"), ("Bill Hume", "Set build", "Cinderella"),
              ("Priya Sen", "Lighting", "Cinderella"), ("Joan Pyke", "Wardrobe", "Cinderella"),
              ("Gwyn Price", "Dandini", "Cinderella"), ("Alfie Moss", "Junior chorus", "Cinderella")]
    person = {}
    for nm, _, _ in people:
        if nm not in person:
            person[nm] = (date(rng.randint(2004, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                          day(rng.choice([-40, -9, 11, 24, 60, 130, 300, 520, 700, 410, 95])),
                          nm.lower().replace(" ", ".") + rng.choice(["@gmail.com", "@outlook.com",
                                                                     "@btinternet.com"]),
                          rng.choice([35, 35, 35, 20, "waived", None]))
    for i, (nm, role, show) in enumerate(people):
        reh = {"Blithe Spirit": 18, "The Crucible": 20, "Under Milk Wood": 12, "Cinderella": 24}[show]
        att = reh - rng.choice([0, 0, 1, 2, 3, 5, 8])
        joined, dbs, email, subs = person[nm]
        put(cs, 4 + i, 1, [nm, role, show, joined, dbs, reh, att, email, subs])

    rh = wb.create_sheet("Rehearsals")
    rh["A1"] = "Rehearsal diary - Cinderella"
    rh["A1"].font = BOLD
    header(rh, 3, 1, ["Date", "Call", "Room", "Start", "End", "Called"])
    calls = ["Full cast", "Principals", "Junior chorus", "Dance", "Tech", "Songs", "Full cast"]
    rooms = ["Main hall", "Studio", "Scout hut"]
    offs = [-37, -35, -33, -30, -28, -26, -23, -21, -19, -16, -14, -12, -9, -7, -5, -2, 0, 1, 3, 4, 5, 6]
    for i, off in enumerate(offs):
        x = BUILT + dt.timedelta(days=off)
        st = hm(10) if x.weekday() >= 5 else hm(19)
        en = hm(13) if x.weekday() >= 5 else hm(21, 30)
        put(rh, 4 + i, 1, [day(off), rng.choice(calls), rng.choice(rooms), st, en,
                           rng.choice([6, 9, 12, 15, 22, 28])])
    header(rh, 3, 8, ["Ticket band", "Price ($)", "Concession ($)"])
    for i, row in enumerate([("Adult", 14, 11), ("Child (under 16)", 8, 8), ("Family (2+2)", 40, 40),
                             ("Schools group", 6, 6), ("Panto adult", 13, 10)]):
        put(rh, 4 + i, 8, list(row))
    quirks_theatre(ws, cs, rh)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 7, 20, 11, 8, 16, 6, 6, 7, 11, 9, 9, 9, 26, 3, 3, 15, 6])
    widths(cs, "A B C D E F G H I", [14, 20, 16, 11, 11, 11, 9, 28, 9])
    widths(rh, "A B C D E F G H I J", [11, 14, 11, 7, 7, 7, 3, 17, 9, 14])
    wb.save(HERE / "community_theatre.xlsx")


def quirks_theatre(ws, cs, rh) -> None:
    ws["B33"] = "P26"                            # perf no. typed twice (row 31)
    ws["M21"] = "Cancelled"                      # a cancelled night (storm)
    ws["N21"] = "storm - venue closed"
    ws["H21"] = ws["I21"] = 0
    ws["J21"] = None
    ws["M17"] = "played"                         # odd case
    ws["M30"] = "Cancelled"                      # hall double-booked
    ws["N30"] = "hall double-booked - refunds done"
    ws["H30"] = ws["I30"] = 0
    ws["H12"] = 175                              # over the seat count with comps
    ws["I12"] = 8
    setd(cs, "D11", date(2019, 9, 14))
    setd(cs, "D25", date(2019, 9, 14))
    setd(cs, "E31", day(-9))                     # junior chorus DBS lapsed last week
    ws["J13"] = "1620"                           # takings stored as text
    ws["D22"] = "14/11/2026"                     # date typed as text
    ws["C39"] = "Cinderella (panto) "            # trailing space
    cs["H13"] = cs["H27"] = None                 # no email
    cs["B26"] = "lighting"                       # odd case
    rh["F12"] = None                             # call list not finalised


# ------------------------------------------------------------------ pumpkin_farm
def pumpkin() -> None:
    rng = random.Random(2304)
    wb = Workbook()
    ws = wb.active
    ws.title = "Patches"
    ws["A1"] = "Hollow Lane Pumpkins - 2026 patch records"
    ws["A1"].font = TITLE
    ws["A2"] = "count = fruit taken off the patch; culled = rotten/split, not sold"
    cols = ["Patch", "Variety", "Acres", "Planted", "First pick", "Last pick", "Count", "Avg wt (lb)",
            "Culled", "Soil pH", "Irrig.", "Status", "Buyer"]
    header(ws, 4, 1, cols)
    ws["O4"] = "Min soil pH"
    ws["P4"] = 6.0
    ws["O5"] = "Target per acre"
    ws["P5"] = 1800
    varieties = [("Atlantic Giant", [180, 265, 340, 410], 120), ("Jack O'Lantern", [12, 14.5, 16, 18.5], 105),
                 ("Howden", [15, 17.5, 19, 22], 110), ("Baby Boo", [0.5, 0.8, 1.1], 95),
                 ("Crown Prince squash", [9, 10.5, 12], 100), ("Butternut squash", [2.2, 2.8, 3.4], 95),
                 ("Cinderella", [13, 16.5, 21], 112), ("Mini gourds", [0.3, 0.4], 90)]
    buyers = ["PYO", "PYO", "Farm shop", "Greengrocer Ltd", "Halloween Co-op", "Kelsey's Markets", None]
    for i in range(30):
        r = 5 + i
        var, wts, days_ = rng.choice(varieties)
        acres = rng.choice([0.5, 0.75, 1, 1.5, 2, 2.5, 3])
        planted = date(2026, rng.choice([5, 5, 6, 6]), rng.randint(1, 28))
        first = planted + dt.timedelta(days=days_ + rng.choice([-9, -4, 0, 3, 8, 14]))
        last = first + dt.timedelta(days=rng.choice([12, 18, 25, 31, 38]))
        status = rng.choice(["Harvested", "Harvested", "Harvested", "Stored", "Ploughed in"])
        count = int(acres * rng.choice([900, 1300, 1650, 1950, 2300, 2750]))
        culled = int(count * rng.choice([0.02, 0.04, 0.07, 0.11, 0.16]))
        put(ws, r, 1, [f"P{rng.randint(1, 9)}-{chr(65 + i % 6)}{i // 6 + 1}", var, acres, planted, first, last,
                       count, rng.choice(wts), culled, rng.choice([5.4, 5.8, 6.2, 6.5, 6.8, 7.1, 7.4, 7.8]),
                       rng.choice(["Drip", "Drip", "None", "Sprinkler"]), status, rng.choice(buyers)],
            {7: "0.0", 9: "0.0"})

    vs = wb.create_sheet("Visitors")
    vs["A1"] = "Pick-your-own season - daily gate"
    vs["A1"].font = BOLD
    vs["A2"] = "Open Fri-Sun from 26 Sept, every day in half-term week (19-26 Oct)"
    header(vs, 3, 1, ["Date", "Adults", "Kids", "Cars", "Takings ($)", "Weather"])
    open_days = [x for x in range(-68, -31) if (BUILT + dt.timedelta(days=x)).weekday() in (4, 5, 6)
                 or -46 <= x <= -38]
    for i, off in enumerate(open_days):
        wk = (BUILT + dt.timedelta(days=off)).weekday() >= 5
        weather = rng.choice(["Sunny", "Sunny", "Cloudy", "Cloudy", "Rain", "Windy"])
        adults = rng.choice([180, 240, 310, 380, 460, 590] if wk else [60, 95, 130, 170, 220])
        if weather == "Rain":
            adults //= 3
        kids = int(adults * rng.choice([0.6, 0.85, 1.1, 1.3]))
        cars = int((adults + kids) / rng.choice([2.9, 3.4, 3.8]))
        put(vs, 4 + i, 1, [day(off), adults, kids, cars, adults * 6 + kids * 4 + rng.choice([0, 85, 240, 610]),
                           weather], {4: "#,##0"})
    header(vs, 3, 8, ["Ticket", "Price ($)"])
    for i, row in enumerate([("Adult", 6), ("Child", 4), ("Under 3", 0), ("Pumpkin (per lb)", 0.5),
                             ("Hay ride", 3)]):
        put(vs, 4 + i, 8, list(row))

    od = wb.create_sheet("Orders")
    od["A1"] = "Wholesale & winter squash orders"
    od["A1"].font = BOLD
    header(od, 3, 2, ["Order", "Customer", "Product", "Qty", "Unit ($)", "Ordered", "Deliver by",
                      "Delivered", "Invoice ($)"])
    custs = ["Greengrocer Ltd", "Kelsey's Markets", "The Soup Kitchen", "Fox & Hound", "Halloween Co-op",
             "St Peter's Primary", "Bramley Farm Shop", "Rowan Café"]
    prods = [("Crown Prince squash", 3.2), ("Butternut (box of 10)", 14), ("Gourd mix (crate)", 22),
             ("Carving pumpkins", 2.5), ("Pie pumpkins", 1.8), ("Straw bales", 6)]
    for i in range(26):
        r = 4 + i
        c = rng.choice(custs)
        p, u = rng.choice(prods)
        q = rng.choice([10, 20, 24, 40, 60, 80, 120])
        ordered = pick_offset(rng, -75, -1, set())
        by = ordered + rng.choice([3, 5, 7, 10, 14, 21])
        dlv = by + rng.choice([-2, 0, 0, 1, 3]) if by <= -1 and rng.random() < 0.85 else None
        if dlv is not None and dlv > -1:
            dlv = None
        kind = "W" if c in ("Greengrocer Ltd", "Kelsey's Markets", "Halloween Co-op", "Bramley Farm Shop") else "L"
        put(od, r, 2, [f"{kind}-{4410 + 3 * i}", c, p, q, u, day(ordered), day(by),
                       day(dlv) if dlv is not None else None, round(q * u, 2)], {4: "0.00", 8: "#,##0.00"})
    od["L2"] = "Account customers"
    od["L2"].font = BOLD
    for i, c in enumerate(["Greengrocer Ltd", "Kelsey's Markets", "Bramley Farm Shop", "Rowan Café"]):
        od.cell(3 + i, 12, c)
    quirks_pumpkin(ws, vs, od)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [8, 20, 6, 11, 11, 11, 7, 10, 7, 7, 9, 11, 16, 3, 16, 6])
    widths(vs, "A B C D E F G H I", [11, 7, 6, 6, 11, 9, 3, 16, 8])
    widths(od, "A B C D E F G H I J K L", [3, 8, 18, 22, 5, 7, 11, 11, 11, 10, 3, 20])
    wb.save(HERE / "pumpkin_farm.xlsx")


def quirks_pumpkin(ws, vs, od) -> None:
    ws["A27"] = "P8-B4"                          # duplicate patch id (row 24)
    ws["B17"] = "howden"                         # odd case
    ws["G11"] = "2740"                           # count stored as text
    ws["F20"] = "16/10/2026"                     # last pick typed as text
    ws["M31"] = "Village Hall "                  # trailing space (one-off buyer)
    ws["L22"] = "Crop failed"
    ws["G22"] = ws["H22"] = ws["E22"] = ws["F22"] = None
    ws["I22"] = 0
    ws["B34"] = "Crown Prince Squash"
    ws["H34"] = 10.5
    vs["D12"] = None                             # car count lost
    vs["F20"] = None                             # weather not noted


# ------------------------------------------------------------------ cooking_school
def cooking() -> None:
    rng = random.Random(2305)
    wb = Workbook()
    ws = wb.active
    ws.title = "Classes"
    ws["A1"] = "Saffron & Salt Cookery School - class schedule"
    ws["A1"].font = TITLE
    cols = ["Code", "Class", "Chef", "Date", "Start", "Hrs", "Places", "Booked", "Waitlist", "Price ($)",
            "Food cost ($)", "Level", "Status", "Notes"]
    header(ws, 3, 2, cols)                                   # header at B3
    ws["Q3"] = "Min to run"
    ws["R3"] = 6
    ws["Q4"] = "Food cost cap"
    ws["R4"] = 0.3
    ws["R4"].number_format = "0%"
    classes = [("Fresh pasta & sauces", 95, "Beginner"), ("Knife skills", 65, "Beginner"),
               ("Thai street food", 110, "Intermediate"), ("Sourdough basics", 85, "Beginner"),
               ("French patisserie", 145, "Advanced"), ("Christmas canapés", 120, "Intermediate"),
               ("Ravioli & filled pasta", 115, "Intermediate"), ("Curry club", 90, "Beginner"),
               ("Fish & shellfish", 135, "Advanced"), ("Kids' baking", 45, "Kids"),
               ("Vegan Christmas", 98, "Intermediate"), ("Dumplings & bao", 105, "Intermediate")]
    chefs = ["Aiko", "Marco", "Delphine", "Sunil", "Hattie"]
    notes = [None, None, None, None, "gluten-free option", "nut-free kitchen", "bring a container",
             "private booking", None]
    offs = sorted(pick_offset(rng, -60, 45, {0, 30, 31, -1}) for _ in range(36))
    for i, off in enumerate(offs):
        r = 4 + i
        name, price, level = rng.choice(classes)
        x = BUILT + dt.timedelta(days=off)
        start = rng.choice([hm(10), hm(10, 30), hm(14)]) if x.weekday() >= 5 else rng.choice([hm(10), hm(18), hm(18, 30)])
        places = rng.choice([8, 10, 12, 12, 14])
        booked = min(places, rng.choice([2, 4, 5, 7, 8, 9, 10, 11, 12, 14]))
        wait = rng.choice([0, 0, 0, 1, 3, 5, 7]) if booked == places else 0
        status = "Ran" if off < 0 else "Open" if booked < places else "Full"
        food = round(price * rng.choice([0.14, 0.18, 0.22, 0.26, 0.33, 0.41]), 2)
        put(ws, r, 2, [f"C{2600 + 3 * i}", name, rng.choice(chefs), day(off), start,
                       rng.choice([2, 2.5, 3, 4, 6]) if level != "Kids" else 2, places, booked, wait,
                       price, food, level, status, rng.choice(notes)], {9: "0.00", 10: "0.00"})

    st = wb.create_sheet("Students")
    st["A1"] = "Student list"
    st["A1"].font = BOLD
    st["A2"] = "credit = prepaid balance; vouchers are 12-month gift vouchers"
    header(st, 4, 1, ["Student", "Email", "Joined", "Classes taken", "Credit ($)", "Last class",
                      "Voucher", "Voucher exp.", "Diet"])
    names = ["Hannah Lowe", "Raj Patel", "Olga Ivanova", "Ben Carter", "Chloe Martin", "Femi Adebayo",
             "Grace Liu", "Ian Murray", "Jade Brooks", "Kemal Aydin", "Laura Benz", "Marcus Reid",
             "Nora Quinn", "Owen Hughes", "Paula Soto", "Quentin Blake", "Rhea Kapoor", "Simon Ellis",
             "Tess Morgan", "Umar Sheikh", "Vicky Long", "Will Ahmed", "Xin Zhao", "Yvonne Platt",
             "Zac Ward", "Amara Eze", "Beth Nolan", "Carlos Ruiz"]
    doms = ["@gmail.com", "@gmail.com", "@outlook.com", "@yahoo.co.uk", "@icloud.com"]
    for i, nm in enumerate(names):
        r = 5 + i
        joined = pick_offset(rng, -900, -20, set())
        n = rng.choice([1, 1, 2, 3, 4, 6, 9, 12, 15])
        last = rng.randint(joined, -3)
        v = rng.random() < 0.35
        vexp = pick_offset(rng, -40, 200, {0, 30, 31, 29}) if v else None
        put(st, r, 1, [nm, nm.split()[0].lower() + "." + nm.split()[1].lower() + rng.choice(doms), day(joined),
                       n, rng.choice([0, 0, 0, 25, 40, 65, 110, 150]), day(last),
                       f"GV{rng.randint(1000, 9999)}" if v else None, day(vexp) if v else None,
                       rng.choice([None, None, None, "Vegetarian", "Vegan", "Gluten-free", "Nut allergy",
                                   "Pescatarian"])], {4: "0.00"})

    pn = wb.create_sheet("Pantry")
    pn["A1"] = "Pantry stock (counted Mon 30 Nov)"
    pn["A1"].font = BOLD
    pn["A2"] = "Dry stores"
    pn["H2"] = "Chilled"
    header(pn, 3, 1, ["Item", "Unit", "On hand", "Par", "Use by"])
    dry = [("00 flour", "kg", 18, 25), ("Strong white flour", "kg", 31, 20), ("Arborio rice", "kg", 4, 6),
           ("Caster sugar", "kg", 12, 10), ("Coconut milk", "tin", 9, 24), ("Jasmine rice", "kg", 14, 10),
           ("Olive oil", "L", 7, 10), ("Soy sauce", "L", 3.5, 3), ("Panko", "kg", 2, 2.5),
           ("Dried yeast", "pack", 40, 30), ("Ground almonds", "kg", 1.5, 3), ("Chickpeas", "tin", 30, 24)]
    for i, (it, u, oh, par) in enumerate(dry):
        put(pn, 4 + i, 1, [it, u, oh, par, day(rng.choice([40, 75, 120, 200, 310]))])
    header(pn, 3, 8, ["Item", "Unit", "On hand", "Par", "Use by"])
    chilled = [("Butter", "kg", 6, 8), ("Eggs", "tray (30)", 9, 6), ("Double cream", "L", 4, 3),
               ("Parmesan", "kg", 0.8, 2), ("Tofu", "block", 10, 6), ("Prawns (frozen)", "kg", 3, 4),
               ("Puff pastry", "sheet", 14, 12), ("Mascarpone", "tub", 2, 6), ("Ginger", "kg", 1.2, 1)]
    for i, (it, u, oh, par) in enumerate(chilled):
        put(pn, 4 + i, 8, [it, u, oh, par, day(rng.choice([-1, 2, 4, 6, 9, 15, 30]))])
    quirks_cooking(ws, st, pn)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 24, 9, 11, 7, 5, 7, 7, 8, 9, 12, 13, 8, 20, 3, 14, 6])
    widths(st, "A B C D E F G H I", [15, 28, 11, 13, 10, 11, 9, 12, 14])
    widths(pn, "A B C D E F G H I J K L", [19, 6, 8, 6, 11, 3, 3, 16, 9, 8, 6, 11])
    wb.save(HERE / "cooking_school.xlsx")


def quirks_cooking(ws, st, pn) -> None:
    ws["B30"] = "C2642"                          # duplicate class code (row 18)
    ws["N12"] = "ran"                            # odd case
    ws["K21"] = "95"                             # price stored as text
    ws["D27"] = None                             # chef not yet assigned
    ws["N10"] = ws["N16"] = ws["N24"] = "Cancelled"   # too few bookings
    ws["D35"] = None
    st["F15"] = "19/09/2026"                     # last class typed as text
    st["A22"] = "Simon Ellis "                   # trailing space (one-off name)
    st["B28"] = st["B9"].value                   # same email used twice (couple sharing)
    st["B12"] = None                             # no email
    pn["L12"] = None                             # no use-by date on the ginger


# ------------------------------------------------------------------ sign_printing
def signs() -> None:
    rng = random.Random(2306)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "BrightSide Signs & Print - job board"
    ws["A1"].font = TITLE
    ws["A2"] = "sizes are finished size in mm; quote/cost ex VAT"
    ws["A3"] = "status: Artwork / Proofing / Printing / Ready / Dispatched / On hold"
    cols = ["Job #", "Client", "Product", "W (mm)", "H (mm)", "Qty", "Material", "Quote ($)", "Cost ($)",
            "Ordered", "Proof sent", "Approved", "Due", "Dispatched", "Status"]
    header(ws, 5, 1, cols)
    ws["Q5"] = "Max print width (mm)"
    ws["R5"] = 1370
    ws["Q6"] = "Min margin"
    ws["R6"] = 0.35
    ws["R6"].number_format = "0%"
    clients = ["Harbour Vets Ltd", "Kettle & Crumb", "Northfield Rugby Club", "Dr Ellis Dental",
               "Greenway Builders Ltd", "St Aidan's School", "Blue Door Bistro", "Maya Yoga",
               "Parkside Motors Ltd", "Town Council"]
    products = [("Shop fascia", ["Dibond", "Acrylic"], [(3000, 600), (4200, 750), (2400, 500)], [1], 210),
                ("Banner", ["PVC 510gsm", "Mesh"], [(2000, 1000), (3000, 1000), (1200, 600)], [1, 2, 4], 32),
                ("Vehicle graphics", ["Cast vinyl"], [(1500, 900), (2200, 1100)], [1, 2, 3], 120),
                ("Window vinyl", ["Frosted vinyl", "Cast vinyl"], [(900, 600), (1200, 1500)], [1, 2, 6], 60),
                ("A-board insert", ["Foamex"], [(600, 900), (594, 841)], [2, 4], 75),
                ("Stickers", ["Cast vinyl", "Paper"], [(50, 50), (100, 70)], [250, 500, 1000], 260),
                ("Correx sign", ["Correx"], [(600, 450), (900, 600)], [10, 20, 50, 120], 45),
                ("Vehicle magnets", ["Magnetic"], [(600, 300)], [2, 4], 110),
                ("Plaque", ["Acrylic", "Brushed aluminium"], [(300, 200), (200, 150)], [1, 2, 12], 600)]
    for i in range(40):
        r = 6 + i
        prod, mats, sizes, qtys, rate = rng.choice(products)
        w, h = rng.choice(sizes)
        q = rng.choice(qtys)
        area = w * h / 1e6
        quote = round(area * q * rate * rng.choice([0.9, 1.0, 1.15]) + rng.choice([25, 60, 120]), -1)
        cost = round(quote * rng.choice([0.42, 0.5, 0.55, 0.61, 0.7, 0.78, 1.08]), 2)
        ordered = pick_offset(rng, -45, -1, set())
        proof = ordered + rng.choice([1, 1, 2, 3]) if rng.random() < 0.92 else None
        appr = proof + rng.choice([0, 1, 2, 4, 9, 12]) if proof is not None and rng.random() < 0.85 else None
        if appr is not None and appr > 0:
            appr = None
        if proof is not None and proof > 0:
            proof = appr = None
        due = (appr if appr is not None else ordered + 7) + rng.choice([3, 5, 7, 10])
        disp = None
        if appr is not None and due <= 0 and rng.random() < 0.85:
            disp = min(due + rng.choice([-2, -1, 0, 0, 1, 3]), 0)
        status = "Dispatched" if disp is not None else "Ready" if appr is not None and due <= 2 else \
            "Printing" if appr is not None else "Proofing" if proof is not None else "Artwork"
        put(ws, r, 1, [f"J{4801 + i}", rng.choice(clients), prod, w, h, q, rng.choice(mats), quote, cost,
                       day(ordered), day(proof) if proof is not None else None,
                       day(appr) if appr is not None else None, day(due),
                       day(disp) if disp is not None else None, status], {7: "#,##0", 8: "#,##0.00"})

    qs = wb.create_sheet("Quotes")
    header(qs, 1, 1, ["Quote", "Client", "Sent", "Value ($)", "Follow-up", "Outcome", "rep"])
    qclients = clients + ["Lumen Opticians", "Oak & Ivy Florist", "Castle Gym Ltd", "Riverside Church",
                          "Fenwick Estates Ltd"]
    for i in range(28):
        sent = pick_offset(rng, -90, -1, {-30, -31, -29})
        outcome = rng.choice([None, None, "Won", "Won", "Lost", "Lost", "Revised"]) if sent < -7 else None
        put(qs, 2 + i, 1, [f"Q-{26310 + i}", rng.choice(qclients), day(sent),
                           rng.choice([85, 120, 160, 215, 240, 310, 395, 480, 560, 680, 725, 890, 1150, 1320,
                                       1875, 2240, 2600, 3150, 4400]),
                           day(sent + rng.choice([7, 10, 14])), outcome, rng.choice(["DK", "SJ", "MT"])],
            {3: "#,##0"})

    sk = wb.create_sheet("Stock")
    sk["A1"] = "Stock check"
    sk["A1"].font = BOLD
    sk["A2"] = "Vinyl & media rolls"
    header(sk, 3, 1, ["Material", "Colour", "Width (mm)", "m left", "Reorder at (m)"])
    rolls = [("Cast vinyl", "White gloss", 1260, 34, 20), ("Cast vinyl", "Black matt", 1260, 12, 15),
             ("Cast vinyl", "Signal red", 630, 8.5, 10), ("Calendered vinyl", "White", 1370, 46, 25),
             ("Frosted vinyl", "Etch", 1260, 5, 10), ("PVC 510gsm", "White", 1600, 61, 40),
             ("Mesh", "White", 1600, 22, 30), ("Magnetic", "White", 620, 9, 5),
             ("Paper", "Satin", 1370, 75, 30), ("Laminate", "Gloss", 1370, 18, 25),
             ("Laminate", "Matt", 1370, 40, 25), ("Cast vinyl", "Royal blue", 630, 16, 10)]
    for i, row in enumerate(rolls):
        put(sk, 4 + i, 1, list(row))
    sk["H2"] = "Inks"
    header(sk, 3, 8, ["Printer", "Ink", "ml left", "Cart. (ml)"])
    inks = [("Roland VG3", "Cyan", 380, 500), ("Roland VG3", "Magenta", 145, 500), ("Roland VG3", "Yellow", 410, 500),
            ("Roland VG3", "Black", 95, 500), ("HP Latex 700", "Cyan", 610, 1000),
            ("HP Latex 700", "Magenta", 720, 1000), ("HP Latex 700", "Yellow", 260, 1000),
            ("HP Latex 700", "Black", 880, 1000)]
    for i, row in enumerate(inks):
        put(sk, 4 + i, 8, list(row))
    quirks_signs(ws, qs, sk)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 22, 17, 7, 7, 6, 17, 9, 9, 11, 11, 11, 11, 11, 11, 3, 20, 6])
    widths(qs, "A B C D E F G", [9, 22, 11, 9, 11, 9, 5])
    widths(sk, "A B C D E F G H I J K", [17, 12, 11, 7, 14, 3, 3, 13, 9, 8, 10])
    wb.save(HERE / "sign_printing.xlsx")


def quirks_signs(ws, qs, sk) -> None:
    ws["A37"] = "J4815"                          # job no. typed twice (row 20)
    ws["O14"] = "on hold"                        # odd case
    ws["O27"] = "On hold"
    ws["F10"] = 100                              # a run of exactly 100
    setd(ws, "M34", day(8))
    ws["H15"] = 520                              # (not exactly 500)
    setd(ws, "M11", day(1))                      # due tomorrow, not today
    ws["H28"] = "380"                            # quote stored as text
    ws["K33"] = "26/11/2026"                     # proof date typed as text
    ws["B41"] = "Lumen Opticians "               # trailing space (one-off client)
    ws["E44"] = None                             # height not measured yet
    qs["D9"] = "TBC"                             # value not priced
    qs["D21"] = "see email"


if __name__ == "__main__":
    for f in (dry_cleaning, courier, theatre, pumpkin, cooking, signs):
        f()
    print("built 6 workbooks in", HERE)
