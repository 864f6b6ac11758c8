"""Build the six workbooks of dev-v10 part X (openpyxl only, fixed seeds 1001-1006).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
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
    """Set a cell by hand, keeping a date / time format."""
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


# ------------------------------------------------------------------ phone_repairs
def phone() -> None:
    rng = random.Random(1001)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "FixPoint phone & tablet repairs - job sheet"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Market St branch. Quotes incl. tax, labour in minutes. Ask Dana before going over the limit."
    cols = ["Ticket", "Customer", "Device", "Fault", "Booked in", "Promised", "Returned",
            "Quote ($)", "Parts cost", "Labour (min)", "Tech", "Status", "Paid?"]
    header(ws, 4, 2, cols)                                   # header at B4
    ws["P4"] = "Approval limit ($)"
    ws["Q4"] = 150
    ws["P5"] = "Warranty (days)"
    ws["Q5"] = 30
    customers = ["Amir Haddad", "Bella Ruiz", "Conor Walsh", "Dee Mensah", "Eun-ji Park", "Fatima Noor",
                 "George Tull", "Hana Sato", "Ivan Petrov", "Jade Moss", "Kofi Asante", "Lena Vogel",
                 "Marco Bianchi", "Nadia Faris", "Owen Price", "Priya Nair"]
    devices = ["iPhone 13", "iPhone 14 Pro", "iPhone 11", "Galaxy S22", "Galaxy A53", "Pixel 7",
               "iPad 9th gen", "Moto G54", "OnePlus 11"]
    faults = {"Screen": (110, 260), "Battery": (55, 95), "Charging port": (45, 80),
              "Water damage": (70, 190), "Back glass": (90, 170), "Camera": (60, 140),
              "Software": (30, 50)}
    techs = ["Dana", "Ravi", "Olu", "Mei"]
    for i in range(40):
        r = 5 + i
        booked = pick_offset(rng, -45, -1, {-30, -21, -90, -14})
        fault = rng.choice(list(faults))
        lo, hi = faults[fault]
        quote = rng.randrange(lo, hi + 1, 5)
        parts = 0 if fault == "Software" else round(quote * rng.choice([0.22, 0.3, 0.38, 0.45, 0.52, 0.6]), 2)
        prom = booked + rng.choice([1, 2, 2, 3, 5])
        if prom == 0:
            prom = 1
        ret = None
        if prom <= -1 and rng.random() < 0.8:
            x = prom + rng.choice([-1, 0, 0, 0, 1, 2, 4, 7])
            if booked < x <= -1:
                ret = x
        status = "Returned" if ret is not None else rng.choice(["In repair", "Waiting parts", "Ready"])
        paid = "Yes" if ret is not None and rng.random() < 0.9 else ("No" if ret is not None else None)
        labour = rng.choice([15, 20, 30, 45, 60, 75, 90, 120, 150])
        put(ws, r, 2, [f"FP-{2301 + i}", rng.choice(customers), rng.choice(devices), fault, day(booked),
                       day(prom), day(ret) if ret is not None else None, quote, parts, labour,
                       rng.choice(techs), status, paid], {8: "0.00"})
    pt = wb.create_sheet("Parts")
    header(pt, 1, 1, ["Part no.", "Description", "Fits", "On hand", "Reorder at", "Unit cost",
                      "Last ordered", "Supplier"])
    items = [("SCR", "Screen assy"), ("BAT", "Battery"), ("CHG", "Charge port flex"),
             ("BKG", "Back glass"), ("CAM", "Rear camera")]
    fits = ["iPhone 13", "iPhone 14 Pro", "iPhone 11", "Galaxy S22", "Galaxy A53", "Pixel 7"]
    sups = ["MobileParts UK", "Injured Gadgets", "PhoneFix Supply", "MobileParts UK"]
    n = 0
    for code, desc in items:
        for f in fits:
            if rng.random() < 0.15 or n >= 26:
                continue
            r = 2 + n
            reorder = rng.choice([2, 3, 4, 5, 8])
            onhand = max(0, reorder + rng.choice([-3, -2, -1, 0, 1, 3, 6, 10]))
            last = pick_offset(rng, -300, -3, {-182, -183, -181, -184, -180, -30, -90})
            put(pt, r, 1, [f"{code}-{f.replace(' ', '').replace('iPhone', 'IP').replace('Galaxy', 'GX')[:6].upper()}",
                           f"{desc} - {f}", f, onhand, reorder,
                           round(rng.uniform(4, 95), 2), day(last), rng.choice(sups)], {5: "0.00"})
            n += 1
    header(pt, 1, 10, ["Discontinued", "Note"])
    quirks_phone(ws, pt)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 9, 14, 13, 14, 11, 11, 11, 9, 9, 11, 7, 13, 6, 3, 18, 6])
    wb.save(HERE / "phone_repairs.xlsx")


def quirks_phone(ws, pt) -> None:
    ws["B33"] = "FP-2310"                        # duplicate ticket (row 14)
    ws["C11"] = "Hana Sato "                     # trailing space (a one-off customer)
    ws["C27"] = None                             # walk-in, no name
    ws["C40"] = None
    ws["L19"] = "ravi"                           # odd case tech
    ws["L36"] = None                             # not assigned yet
    ws["I21"] = "89"                             # quote stored as text
    ws["F30"] = "17/11/2026"                     # booked in typed as text
    ws["M23"] = "ready"
    # jobs we lost money on (parts cost above the quote)
    ws["J13"] = 248.5
    ws["J26"] = 96                               # (a software job: parts should be 0)
    ws["J37"] = 171
    ws["J41"] = 212
    ws["I41"] = 145
    ws["J42"] = 12.5                             # another software job with parts
    ws["J17"] = None                             # parts not costed yet
    ws["K29"] = None                             # labour not logged
    setd(ws, "G24", day(0))                      # promised today
    ws["H24"] = None
    ws["M24"] = "In repair"
    ws["N24"] = None
    setd(ws, "G38", day(-2))                     # promised two days ago, still in repair
    ws["H38"] = None
    ws["M38"] = "Waiting parts"
    ws["N38"] = None
    ws["N31"] = "no"
    setd(ws, "H14", day(-29))                    # returned dates kept off the warranty edge
    setd(ws, "H29", day(-31))
    setd(ws, "H31", day(-27))
    for i, (p, why) in enumerate([("SCR-IP11", "end of life"), ("BAT-GXA53", "use BAT-GXA53B"),
                                  ("CAM-PIXEL7", "supplier stopped"), ("BKG-IP8", "no longer stocked")]):
        put(pt, 2 + i, 10, [p, why])
    pt["D9"] = "3"                               # on hand stored as text
    pt["H14"] = "Injured Gadgets "               # trailing space


# ------------------------------------------------------------------ sawmill_orders
def sawmill() -> None:
    rng = random.Random(1002)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Hollow Oak Sawmill - customer orders"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "volumes in m3; rate per m3 ex VAT; moisture from the kiln meter on dispatch"
    ws["A3"] = "Max moisture (joinery)"
    ws["C3"] = 0.18
    ws["C3"].number_format = "0%"
    cols = ["Order ref", "Client", "Species", "Grade", "Length (m)", "Vol m3", "Rate/m3",
            "Order value", "Ordered", "Dispatch by", "Dispatched", "Moisture %", "Use"]
    header(ws, 5, 1, cols)
    clients = ["Ashdown Joinery", "B. Carter Fencing", "Cotswold Frames", "Dales Builders",
               "Elm & Co", "Fenwick Homes", "Greenway Landscapes", "Hale Timber Ltd", "I. Morgan",
               "Jarvis Roofing"]
    species = {"Oak": 980, "Douglas fir": 420, "Larch": 390, "Ash": 640, "Sweet chestnut": 560,
               "Western red cedar": 870}
    uses = ["Joinery", "Fencing", "Cladding", "Beams", "Decking"]
    for i in range(42):
        r = 6 + i
        sp = rng.choice(list(species))
        vol = rng.choice([0.6, 1.2, 1.8, 2.5, 3.4, 4.8, 6.0, 7.5, 9.2, 12.0])
        rate = species[sp] + rng.choice([-40, 0, 0, 35, 80])
        ordered = pick_offset(rng, -70, -1, {-28, -27, -29, -14, -30, -60, -7})
        by = ordered + rng.choice([7, 10, 14, 21, 28])
        if by in (0, -1, 1, 7, 6, 8):
            by += 2
        disp = None
        if by < 0 and rng.random() < 0.8:
            x = by + rng.choice([-4, -2, -1, 0, 0, 2, 5, 9])
            if ordered < x <= -1:
                disp = x
        moist = rng.choice([0.12, 0.14, 0.15, 0.16, 0.17, 0.19, 0.21, 0.24, 0.28])
        length = rng.choice([1.8, 2.4, 3.0, 3.6, 4.2, 4.8, 6.0])
        put(ws, r, 1, [f"HO-{5110 + i}", rng.choice(clients), sp, rng.choice(["A", "B", "B", "C", "Prime"]),
                       length, vol, rate, round(vol * rate, 2), day(ordered), day(by),
                       day(disp) if disp is not None else None, moist, rng.choice(uses)],
            {5: "0.0", 7: "#,##0.00", 11: "0%"})
    out = wb.create_sheet("Output")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    sp_list = ["Oak", "Douglas fir", "Larch", "Ash", "Sweet chestnut", "Western red cedar", "Sitka spruce",
               "Beech"]
    out["A1"] = "Logs in (tonnes)"
    out["A1"].font = BOLD
    header(out, 2, 1, ["Species"] + months + ["Budget/mo"])
    for i, sp in enumerate(sp_list):
        base = rng.choice([40, 75, 120, 180, 260])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.7, 0.86, 0.95, 1.06, 1.15, 1.3])))
            vals.append(v)
        put(out, 3 + i, 1, [sp] + vals + [round(base * rng.choice([0.9, 1.0, 1.1]), -1)])
    out["A13"] = "Sawn output (m3)"
    out["A13"].font = BOLD
    header(out, 14, 1, ["Species"] + months)
    for i, sp in enumerate(sp_list[:6] + ["Elm", "Poplar"]):
        base = rng.choice([15, 30, 55, 80, 110])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.7, 0.86, 0.95, 1.06, 1.15, 1.3]), 1))
            vals.append(v)
        put(out, 15 + i, 1, [sp] + vals)
    quirks_sawmill(ws, out)
    widths(ws, "A B C D E F G H I J K L M", [9, 19, 17, 6, 10, 7, 8, 11, 11, 11, 11, 11, 9])
    wb.save(HERE / "sawmill_orders.xlsx")


def quirks_sawmill(ws, out) -> None:
    ws["A30"] = "HO-5121"                        # duplicate order ref (row 17)
    ws["B25"] = "Elm & Co "                      # trailing space
    ws["B39"] = "hale timber ltd"                # odd case
    ws["B12"] = None                             # client missing
    ws["F21"] = "4.8"                            # volume stored as text
    ws["H34"] = 3150                             # typed value does not match vol x rate
    ws["H43"] = 1200
    ws["H21"] = 3072                             # (matches the text volume 4.8 x 640)
    ws["M26"] = "Joinery"
    ws["I27"] = "23/10/2026"                     # ordered date typed as text
    ws["L15"] = None                             # moisture not measured
    ws["L40"] = None
    ws["C19"] = "oak"
    out["E6"] = None                             # blanks in the logs table
    out["C9"] = None
    out["F20"] = None                            # blank in the output table
    out["D5"] = "212"                            # stored as text


# ------------------------------------------------------------------ tyre_fitting
def tyres() -> None:
    rng = random.Random(1003)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Kwik Grip Tyres - fitting bookings (Unit 4)"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Booking", "Reg", "Customer", "Tyre size", "Brand", "Qty", "Date", "Slot", "Bay",
            "Fitter", "Price each", "Total", "Tread (mm)"]
    header(ws, 3, 1, cols)
    ws["O3"] = "Legal min (mm)"
    ws["P3"] = 1.6
    ws["O4"] = "Fitting fee / tyre"
    ws["P4"] = 12
    custs = ["Ahmed Khan", "Brooke Lane", "Carl Evans", "Dina Rossi", "Ed Mahoney", "Fiona Grant",
             "Gareth Lloyd", "Holly Tse", "Imran Ali", "Jess Cole", "Kieran Byrne", "Laura Webb",
             "Mo Salah", "Nina Patel"]
    sizes = {"205/55R16": 78, "225/45R17": 96, "195/65R15": 64, "235/55R18": 132, "215/60R16": 84,
             "255/35R19": 168}
    brands = ["Michelin", "Continental", "Budget Pro", "Pirelli", "Bridgestone", "Budget Pro"]
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for i in range(42):
        r = 4 + i
        off = pick_offset(rng, -24, 9, {0, 7, -7, -14, 1})
        if (BUILT + dt.timedelta(days=off)).weekday() == 6:
            off -= 1
        size = rng.choice(list(sizes))
        brand = rng.choice(brands)
        price = sizes[size] + (35 if brand in ("Michelin", "Pirelli") else (-18 if brand == "Budget Pro" else 10))
        qty = rng.choice([1, 2, 2, 2, 4, 4])
        slot = hm(rng.choice(range(8, 17)), rng.choice([0, 30]))
        tread = rng.choice([1.2, 1.5, 1.9, 2.3, 2.8, 3.4, 4.1, 5.0]) if off <= 0 else None
        fitter = rng.choice(["Wes", "Tomasz", "Kel"]) if off <= 2 else None
        reg = (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(51, 74)} "
               f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}")
        put(ws, r, 1, [f"KG-{880 + i}", reg, rng.choice(custs), size, brand, qty, day(off), slot,
                       rng.choice([1, 2, 3]), fitter, price, qty * price, tread],
            {10: "0.00", 11: "0.00", 12: "0.0"})
    st = wb.create_sheet("Stock")
    st["A1"] = "Stock by size"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Size", "On hand", "Min", "On order"])
    st["G1"] = "Weekly sales (units)"
    st["G1"].font = BOLD
    header(st, 2, 7, ["Size", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    all_sizes = list(sizes) + ["175/65R14", "185/60R15", "215/55R17", "225/40R18", "245/45R18",
                               "205/60R16", "195/55R16", "225/50R17"]
    for i, s in enumerate(all_sizes):
        r = 3 + i
        mn = rng.choice([4, 6, 8, 12])
        put(st, r, 1, [s, max(0, mn + rng.choice([-5, -2, 0, 3, 8, 14])), mn,
                       rng.choice([0, 0, 4, 8])])
        base = rng.choice([2, 5, 9, 14, 22])
        put(st, r, 7, [s] + [max(0, base + rng.randint(-4, 6)) for _ in range(5)])
    quirks_tyres(ws, st)
    widths(ws, "A B C D E F G H I J K L M N O P", [8, 10, 13, 11, 12, 5, 11, 7, 5, 8, 10, 9, 10, 3, 17, 6])
    wb.save(HERE / "tyre_fitting.xlsx")


def quirks_tyres(ws, st) -> None:
    ws["A26"] = "KG-890"                         # duplicate booking (row 14)
    ws["E18"] = "Michelin "                      # trailing space
    ws["E33"] = "pirelli"                        # odd case
    ws["F22"] = "4"                              # qty stored as text
    ws["G29"] = "28/10/2026"                     # date typed as text
    ws["L12"] = 180                              # total that does not match qty x price
    ws["L37"] = 400
    ws["L22"] = 456                              # (4 x 114, qty typed as text)
    ws["C16"] = None                             # no customer name
    ws["M20"] = None                             # tread not measured
    ws["B21"] = ws["B9"].value.lower()           # same car booked twice, reg in lower case
    ws["B40"] = ws["B5"].value                   # same car, same reg
    st["D12"] = None                             # on order not filled
    st["I8"] = None                              # sales missing
    st["H14"] = "1"                              # sales stored as text


# ------------------------------------------------------------------ vet_vaccinations
def vets() -> None:
    rng = random.Random(1004)
    wb = Workbook()
    ws = wb.active
    ws.title = "Patients"
    ws["A1"] = "Brookside Vets - vaccination register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "boosters: dogs & cats yearly, rabbits yearly (RHD2); reminders go out 4 weeks before"
    cols = ["Pet ID", "Pet name", "Species", "Breed", "DOB", "Wt (kg)", "Owner", "Phone",
            "Last vacc.", "Booster due", "Reminder sent", "Vet", "Neutered"]
    header(ws, 4, 1, cols)
    pets = {"Dog": ["Labrador", "Border collie", "Cockapoo", "Staffie", "Dachshund", "Greyhound"],
            "Cat": ["DSH", "Maine coon", "Siamese", "British SH"],
            "Rabbit": ["Lop", "Netherland dwarf", "Rex"]}
    kg = {"Labrador": (25, 36), "Border collie": (14, 22), "Cockapoo": (6, 11), "Staffie": (11, 17),
          "Dachshund": (7, 12), "Greyhound": (26, 35), "DSH": (3, 6), "Maine coon": (5, 8.5),
          "Siamese": (3, 5.5), "British SH": (4, 7), "Lop": (1.8, 3.2), "Netherland dwarf": (0.9, 1.5),
          "Rex": (2.5, 4)}
    names = ["Bella", "Max", "Luna", "Teddy", "Milo", "Poppy", "Bear", "Willow", "Ziggy", "Nala",
             "Otis", "Pepper", "Rolo", "Suki", "Bramble", "Coco", "Dexter", "Hazel", "Juno", "Kiwi",
             "Loki", "Mabel", "Nutmeg", "Oreo", "Pip", "Rufus", "Saffy", "Thor", "Uma", "Vinnie",
             "Wren", "Alfie", "Biscuit", "Clover", "Duke", "Ember", "Fudge", "Gus", "Honey", "Inky",
             "Jasper", "Koda"]
    owners = ["Mrs Allen", "T. Brooks", "Chen family", "D. Doherty", "E. Ekwueme", "F. Fontaine",
              "G. Gallagher", "H. Hughes", "I. Ivanova", "J. Jensen", "K. Kowalski", "L. Lopez"]
    for i in range(42):
        r = 5 + i
        sp = rng.choice(["Dog", "Dog", "Cat", "Cat", "Rabbit"])
        breed = rng.choice(pets[sp])
        lo, hi = kg[breed]
        dob = date(rng.randint(2011, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if dob.date() > BUILT - dt.timedelta(days=100):
            dob = date(2026, rng.randint(1, 7), rng.randint(1, 28))
        last = pick_offset(rng, -420, -5, {-365, -366, -364, -335, -334, -336})
        due = last + 365
        sent = None
        if due < 35 and rng.random() < 0.7:
            s = due - 28
            if s <= -1:
                sent = s
        wt = round(rng.uniform(lo, hi), 1) if rng.random() < 0.95 else None
        put(ws, r, 1, [f"BV{3040 + i}", names[i], sp, breed, dob, wt, rng.choice(owners),
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}", day(last), day(due),
                       day(sent) if sent is not None else None, rng.choice(["Dr Shah", "Dr Kerr", "Dr Amos"]),
                       rng.choice(["Y", "Y", "N"])], {5: "0.0"})
    wc = wb.create_sheet("Weight clinic")
    wc["A1"] = "Weight clinic - monthly weigh-ins (kg)"
    wc["A1"].font = BOLD
    header(wc, 3, 1, ["Pet", "Target kg", "Jul", "Aug", "Sep", "Oct", "Nov"])
    clinic = ["Bella", "Teddy", "Bear", "Rolo", "Coco", "Duke", "Fudge", "Gus", "Honey",
              "Biscuit", "Otis", "Mabel", "Rufus", "Bramble"]
    for i, p in enumerate(clinic):
        r = 4 + i
        tgt = rng.choice([5.5, 6, 9, 12, 24, 28, 32])
        v = round(tgt * rng.choice([1.1, 1.18, 1.25, 1.32]), 1)
        vals = []
        for _ in range(5):
            v = round(v * rng.choice([0.93, 0.96, 0.98, 0.99, 1.0, 1.02, 1.04]), 1)
            vals.append(v)
        put(wc, r, 1, [p, tgt] + vals)
    header(wc, 3, 10, ["Owner asked to stop", "Since"])
    quirks_vets(ws, wc)
    widths(ws, "A B C D E F G H I J K L M", [8, 10, 8, 16, 11, 8, 14, 14, 11, 11, 13, 8, 9])
    wb.save(HERE / "vet_vaccinations.xlsx")


def quirks_vets(ws, wc) -> None:
    ws["B30"] = "Luna"                           # two pets called Luna (row 7)
    ws["A44"] = "BV3055"                         # duplicate pet id (row 20)
    ws["D16"] = "Labrador "                      # trailing space
    ws["D17"] = "Lop"
    ws["F17"] = 1.8
    ws["M16"] = "N"                              # two big dogs not neutered
    ws["M26"] = "N"
    ws["C25"] = "cat"                            # odd case
    ws["F12"] = "9.8"                            # weight stored as text
    ws["E33"] = "14/03/2019"                     # DOB typed as text
    ws["H38"] = None                             # phone missing
    ws["H15"] = None
    setd(ws, "J22", day(0))                      # booster due today
    setd(ws, "I22", day(-365))
    ws["L27"] = None                             # vet not recorded
    wc["F9"] = None                              # missed weigh-ins
    wc["E15"] = None
    wc["G14"] = 5.9                              # at / under target in November
    wc["G15"] = 6.0
    wc["E17"] = 38.1
    wc["I1"] = "Tolerance (kg)"
    wc["J1"] = 2
    setd(ws, "J37", date(2025, 7, 11))           # booster due typed with the wrong year / month
    setd(ws, "J24", date(2026, 4, 19))
    setd(ws, "J29", date(2027, 8, 10))
    for ref, v in (("K14", day(-3)), ("K21", day(-6)), ("K22", day(-12))):
        setd(ws, ref, v)                         # reminders sent by hand (two of them late)
    put(wc, 4, 10, ["Rolo", date(2026, 10, 3)])
    put(wc, 5, 10, ["Gus", date(2026, 11, 12)])


# ------------------------------------------------------------------ warehouse_picking
def warehouse() -> None:
    rng = random.Random(1005)
    wb = Workbook()
    ws = wb.active
    ws.title = "Picks"
    ws["A1"] = "DC2 Northampton - outbound picks, wk 47-49"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "times from the RF guns; weight is the packed carton weight"
    ws["O4"] = "Carrier cut-off"
    ws["P4"] = hm(15, 30)
    ws["P4"].number_format = "hh:mm"
    ws["O5"] = "Max carton (kg)"
    ws["P5"] = 25
    cols = ["ORDER NO", "Zone", "Picker", "Lines", "Units", "Released", "Picked at", "Ship by",
            "Shipped", "Errors", "Carrier", "Priority", "Weight kg"]
    header(ws, 4, 1, cols)
    pickers = ["Aisha", "Bogdan", "Callum", "Deepa", "Emre", "Freya"]
    for i in range(44):
        r = 5 + i
        lines = rng.choice([1, 2, 3, 4, 6, 8, 11, 15, 22])
        units = lines * rng.choice([1, 1, 2, 3, 5])
        rel_m = rng.choice(range(6 * 60, 16 * 60, 10))
        pk_m = rel_m + rng.choice([12, 25, 40, 55, 75, 105, 150, 210])
        if pk_m >= 22 * 60:
            pk_m = rel_m + 40
        ship_by = pick_offset(rng, -16, 4, {0, -7, -14})
        shipped = None
        if ship_by <= 1 and rng.random() < 0.8:
            x = ship_by + rng.choice([-1, 0, 0, 0, 1, 3])
            if x <= -1:
                shipped = x
        put(ws, r, 1, [f"SO-{770120 + 7 * i}", rng.choice(["A", "B", "C", "Mezz"]), rng.choice(pickers),
                       lines, units, hm(rel_m // 60, rel_m % 60), hm(pk_m // 60, pk_m % 60),
                       day(ship_by), day(shipped) if shipped is not None else None,
                       rng.choice([0, 0, 0, 0, 0, 1, 1, 2, 3]), rng.choice(["DPD", "Royal Mail", "UPS", "Pallet"]),
                       rng.choice(["Std", "Std", "Std", "Next day", "Same day"]),
                       round(units * rng.uniform(0.15, 1.4), 1)], {12: "0.0"})
    rt = wb.create_sheet("Rates")
    rt["A1"] = "Pick rate (units per hour) by week"
    rt["A1"].font = BOLD
    header(rt, 2, 1, ["Picker", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Target/hr"])
    people = pickers + ["Gosia", "Hamza", "Ines", "Jakub", "Kemi", "Liam (agency)", "Maja (agency)",
                        "Nuno (agency)"]
    for i, p in enumerate(people):
        r = 3 + i
        tgt = 90 if "agency" in p else 110
        v = tgt * rng.choice([0.75, 0.85, 0.95, 1.05, 1.15])
        vals = []
        for _ in range(5):
            v = v * rng.choice([0.82, 0.91, 0.97, 1.03, 1.1, 1.2])
            vals.append(int(round(v)))
        put(rt, r, 1, [p] + vals + [tgt])
    quirks_warehouse(ws, rt)
    widths(ws, "A B C D E F G H I J K L M N O P", [11, 6, 8, 6, 6, 9, 9, 11, 11, 7, 10, 9, 10, 3, 16, 7])
    wb.save(HERE / "warehouse_picking.xlsx")


def quirks_warehouse(ws, rt) -> None:
    ws["A37"] = "SO-770218"                      # order scanned twice (row 19)
    ws["C23"] = "deepa"                          # odd case
    ws["C41"] = None                             # unassigned
    ws["C12"] = None
    ws["E28"] = "48"                             # units stored as text
    ws["H33"] = "15/12/2026"                     # ship-by typed as text
    ws["B16"] = "Mezz "                          # trailing space
    ws["G30"] = None                             # not picked yet
    ws["G46"] = None
    setd(ws, "H27", day(0))                      # due to ship today, not shipped
    ws["I27"] = None
    rt["D8"] = 171
    rt["F14"] = 118
    rt["D15"] = None                             # off that week
    rt["F9"] = None
    rt["D9"] = "84"                              # stored as text


# ------------------------------------------------------------------ yoga_studio
def yoga() -> None:
    rng = random.Random(1006)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "Lotus Loft Yoga - members"
    ws["A1"].font = Font(bold=True, size=14)
    cols = ["Member", "Plan", "Joined", "Renews", "Fee/mo", "Paid ($)", "Oct visits", "Nov visits",
            "DOB", "Email", "Injuries / notes", "Intro?"]
    header(ws, 3, 2, cols)                                   # header at B3
    first = ["Abi", "Ben", "Cara", "Dev", "Elif", "Finn", "Gita", "Hugo", "Iris", "Jon", "Kira", "Leo",
             "Mira", "Nils", "Ola", "Pete", "Quinn", "Rosa", "Sam", "Tara", "Uli", "Vera", "Will", "Xena",
             "Yusuf", "Zoe", "Anya", "Bruno", "Cleo", "Dan", "Esra", "Fred", "Gwen", "Hal", "Ida", "Jay",
             "Kai", "Lou", "Meg", "Ned"]
    last = ["Adams", "Baker", "Costa", "Dunn", "Ellis", "Flynn", "Gomez", "Hart", "Ito", "Jones",
            "Kerr", "Lowe", "Moss", "Nash", "Okafor", "Price", "Reid", "Shaw", "Tan", "Vance"]
    plans = {"Unlimited": 89, "8 classes": 65, "4 classes": 39, "Student": 45, "Off-peak": 52}
    notes = [None, None, None, None, None, "lower back", "knee - avoid deep lunges", "pregnant (2nd tri)",
             "shoulder injury", "wrist", None, "Back pain - check in"]
    for i in range(40):
        r = 4 + i
        plan = rng.choice(list(plans))
        fee = plans[plan]
        joined = pick_offset(rng, -900, -10, {-365, -730, -366, -364})
        ren = pick_offset(rng, -20, 40, {0, 14, 7, -1, 1, 13, 15, 30})
        oct_v = rng.choice([0, 1, 2, 4, 5, 7, 8, 10, 12, 15])
        nov_v = max(0, oct_v + rng.choice([-5, -3, -1, 0, 1, 2, 4]))
        paid = fee if rng.random() < 0.8 else rng.choice([0, round(fee / 2), fee - 10])
        dob = date(rng.randint(1958, 2006), rng.randint(1, 12), rng.randint(1, 28))
        fn, ln = first[i], rng.choice(last)
        put(ws, r, 2, [f"{fn} {ln}", plan, day(joined), day(ren), fee, paid, oct_v, nov_v, dob,
                       f"{fn.lower()}.{ln.lower()}@mail.example", rng.choice(notes),
                       rng.choice(["Yes", "Yes", "Yes", "No"])], {4: "0.00", 5: "0.00"})
    cl = wb.create_sheet("Classes")
    header(cl, 1, 1, ["Date", "Day", "Class", "Teacher", "Start", "End", "Room", "Cap.", "Booked",
                      "Attended"])
    classes = [("Vinyasa flow", 75, 60), ("Yin", 60, 60), ("Hatha basics", 60, 60), ("Hot power", 45, 45),
               ("Mum & baby", 60, 45), ("Restorative", 90, 75)]
    teachers = ["Sunita", "Joel", "Mariko", "Fran"]
    rooms = {"Studio 1": 24, "Studio 2": 14, "Hot room": 18}
    dd = dt.date(2026, 11, 23)
    r = 2
    while dd <= dt.date(2026, 12, 6):
        for _ in range(rng.choice([1, 2, 3])):
            c, ln, _x = rng.choice(classes)
            room = "Hot room" if c == "Hot power" else rng.choice(["Studio 1", "Studio 2"])
            st_m = rng.choice([6 * 60 + 30, 7 * 60, 9 * 60 + 30, 12 * 60 + 15, 17 * 60 + 30, 18 * 60 + 45,
                               19 * 60 + 30])
            en_m = st_m + ln
            cap = rooms[room]
            booked = max(2, min(cap + rng.choice([0, 0, 1, 2]), round(cap * rng.choice([0.3, 0.5, 0.7, 0.9, 1.0, 1.1]))))
            att = max(0, booked - rng.choice([0, 1, 2, 3, 5])) if dd < BUILT else None
            put(cl, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), c,
                           rng.choice(teachers), hm(st_m // 60, st_m % 60), hm(en_m // 60, en_m % 60),
                           room, cap, booked, att])
            r += 1
        dd += dt.timedelta(days=1)
    header(cl, 1, 13, ["Cover needed", "Date"])
    quirks_yoga(ws, cl)
    widths(ws, "A B C D E F G H I J K L M", [3, 15, 11, 11, 11, 8, 9, 10, 10, 11, 24, 22, 7])
    wb.save(HERE / "yoga_studio.xlsx")


def quirks_yoga(ws, cl) -> None:
    ws["B40"] = "Gwen Hart"                      # member entered twice
    ws["B15"] = "Gwen Hart"
    ws["B22"] = "Rosa Shaw "                     # trailing space
    ws["C27"] = "unlimited"                      # odd case
    ws["G19"] = "39"                             # paid stored as text
    ws["D31"] = "15/09/2025"                     # joined typed as text
    ws["K12"] = None                             # no email
    ws["K35"] = None
    ws["J26"] = None                             # no DOB
    setd(ws, "J9", date(2009, 6, 14))            # a teenager (junior)
    setd(ws, "E20", day(0))                      # renews today
    setd(ws, "J43", date(2009, 12, 30))          # another junior
    ws["K15"] = "gwen.hart@mail.example"         # same person twice, same email
    ws["K22"] = "rosa.shaw@mail.example"
    ws["F27"] = ws["G27"] = 89
    ws["I39"] = 16
    ws["O3"] = "Low-visit alert"
    ws["P3"] = 3
    put(cl, 2, 13, ["Joel", date(2026, 12, 4)])
    put(cl, 3, 13, ["Mariko", date(2026, 12, 5)])


if __name__ == "__main__":
    for f in (phone, sawmill, tyres, vets, warehouse, yoga):
        f()
    print("built 6 workbooks in", HERE)
