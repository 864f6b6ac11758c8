"""Build the six workbooks of dev-v17 part AL (openpyxl only, fixed seeds 1701-1706).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day). Random choices
use fixed seeds and the quirks are set by hand afterwards (`quirks_*`), so cell content is
identical on every run.
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


def setd(ws, ref: str, v, fmt: str | None = None) -> None:
    """Set one cell by hand (a quirk), with a date / time / given number format."""
    ws[ref] = v
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(v, dt.datetime):
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


# ------------------------------------------------------------------ mountain_rescue
def rescue() -> None:
    rng = random.Random(1701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Callouts"
    ws["A1"] = "Glenmore Mountain Rescue Team - callout log 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Paged = time the pager went off, Stood down = team released. Team hrs typed by the secretary."
    ws["P2"] = "Long walk-in (km)"
    ws["Q2"] = 6
    ws["P3"] = "Max team hrs / call"
    ws["Q3"] = 60
    cols = ["Inc #", "Date", "Paged", "Stood down", "Area", "Type", "Casualties", "Members",
            "Team hrs", "Walk-in (km)", "Helo?", "Lead", "Outcome"]
    header(ws, 4, 2, cols)                               # header at B4
    areas = ["Coire Dubh", "Ben Tarsuinn", "Glen Ashie", "Loch Varr shore", "Creag Mhor",
             "Allt Garbh gorge", "Sgurr na Feith"]
    types = ["Lost / overdue", "Lost / overdue", "Lower leg injury", "Lower leg injury", "Fall",
             "Medical", "Cragfast", "Search", "Animal"]
    leads = ["S. MacRae", "J. Ogilvie", "P. Nowak", "A. Grant"]
    offs = sorted(rng.sample([o for o in range(-330, -1) if o not in (-7, -30, -14)], 40))
    for i, off in enumerate(offs):
        r = 5 + i
        typ = rng.choice(types)
        pag = rng.choice(range(6 * 60, 15 * 60 + 31, 5))
        ln = rng.choice([75, 110, 150, 200, 245, 290, 335, 390, 450, 505])
        down = pag + ln
        cas = 0 if typ == "Animal" else rng.choice([1, 1, 1, 1, 2, 2, 3])
        mem = rng.choice([5, 6, 8, 9, 11, 12, 14, 15, 17, 19, 21])
        hrs = round(mem * ln / 60 * 2) / 2
        walk = rng.choice([0.8, 1.5, 2.2, 3.4, 4.1, 5.3, 6.8, 7.5, 8.9, 10.4, 12.2])
        helo = "Y" if (typ in ("Fall", "Lower leg injury", "Medical") and rng.random() < 0.45) else "N"
        outc = {"Lost / overdue": rng.choice(["Walked off", "Walked off", "Found by team", "Stood down en route"]),
                "Lower leg injury": rng.choice(["Stretchered off", "Airlifted" if helo == "Y" else "Stretchered off"]),
                "Fall": "Airlifted" if helo == "Y" else rng.choice(["Stretchered off", "Ambulance"]),
                "Medical": "Airlifted" if helo == "Y" else "Ambulance",
                "Cragfast": rng.choice(["Lowered", "Walked off"]),
                "Search": rng.choice(["Found by team", "Found by others", "Stood down en route"]),
                "Animal": "Dog recovered"}[typ]
        put(ws, r, 2, [f"GMR-26-{i + 1:03d}", day(off), hm(pag // 60, pag % 60),
                       hm(down // 60, down % 60), rng.choice(areas), typ, cas, mem, hrs, walk, helo,
                       rng.choice(leads), outc], {8: "0.0", 9: "0.0"})
    mb = wb.create_sheet("Members")
    header(mb, 1, 1, ["Member", "DOB", "Joined", "Role", "Cas Care exp.", "Calls 2025",
                      "Calls 2026", "Trg hrs", "Min trg hrs", "Mobile"])
    people = ["Alasdair Ross", "Bryony Hale", "Callum Reid", "Dawn Fraser", "Euan Munro",
              "Fiona Kerr", "Gregor Blair", "Heather Sim", "Iain Drummond", "Jess Wallace",
              "Kirsty Bain", "Lewis Shaw", "Morag Lyall", "Niall Boyd", "Olga Petrova",
              "Pete Nowak", "Rhona Cairns", "Stuart MacRae", "Tam Ogilvie", "Una Grant",
              "Victor Hay", "Wendy Paton", "Yusuf Amin", "Zara Lindsay"]
    roles = ["Team member", "Team member", "Team member", "Trainee", "Party leader", "Doctor",
             "Dog handler", "Driver"]
    for i, p in enumerate(people):
        r = 2 + i
        dob = date(rng.randint(1958, 2006), rng.randint(1, 12), rng.randint(1, 28))
        joined = date(max(dob.year + 18, rng.randint(1995, 2026)), rng.randint(1, 11), rng.randint(1, 28))
        if joined.date() > BUILT:
            joined = date(2026, 3, 9)
        cc = pick_offset(rng, -60, 900, {0, -1, 1, 30, 31, 29, 90, 91, 89, 60, 61, 59})
        c25 = rng.randint(0, 38)
        c26 = rng.randint(0, 36)
        mn = rng.choice([20, 30, 30, 40])
        trg = mn + rng.choice([-14, -8, -3, 2, 6, 11, 19, 27])
        put(mb, r, 1, [p, dob, joined, rng.choice(roles), day(cc), c25, c26, trg, mn,
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])
    header(mb, 1, 12, ["On leave", "Until"])
    kt = wb.create_sheet("Kit")
    kt["A1"] = "Radio battery checks (% left after 24 h on standby)"
    kt["A1"].font = BOLD
    header(kt, 3, 1, ["Radio", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Issued to"])
    for i in range(16):
        r = 4 + i
        v = rng.choice([0.62, 0.7, 0.78, 0.86, 0.93, 0.97])
        vals = []
        for _ in range(5):
            v = min(1.0, max(0.18, v + rng.choice([-0.21, -0.13, -0.07, -0.03, 0.01, 0.04, 0.09])))
            vals.append(round(v, 2))
        put(kt, r, 1, [f"R{i + 1:02d}"] + vals + [people[rng.randrange(len(people))]],
            {k: "0%" for k in range(1, 6)})
    quirks_rescue(ws, mb, kt)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 11, 11, 7, 10, 15, 16, 10, 8, 8, 11, 6, 10, 17, 3, 20, 6])
    wb.save(HERE / "mountain_rescue.xlsx")


def quirks_rescue(ws, mb, kt) -> None:
    ws["B31"] = "GMR-26-026"                     # incident number entered twice (row 30)
    ws["C19"] = "30/04/2026"                     # date typed as text (same day as row 18)
    ws["J24"] = 60.5                             # typed team hrs (kept off the 60 cap)
    ws["I12"] = "12"                             # members stored as text
    ws["M16"] = None                             # no lead recorded
    ws["M37"] = None
    ws["G23"] = "lost / overdue"                 # odd case
    ws["F25"] = "Meall Odhar "                   # one-off area, trailing space
    ws["L33"] = "y"
    ws["E44"] = None                             # last callout: stood-down time not entered yet
    setd(ws, "D41", hm(22, 40))                  # a late-evening callout (still ends before midnight)
    setd(ws, "E41", hm(23, 55))
    ws["J41"] = 11.5                             # team hrs for that evening job
    ws["N8"] = "False alarm"                     # no casualty after all
    ws["H8"] = 0
    mb["B20"] = "14/11/1979"                     # DOB typed as text
    mb["A25"] = "Zara Lindsay "                  # trailing space
    mb["D9"] = "trainee"                         # odd case
    mb["H14"] = "41"                             # training hours stored as text
    mb["D19"] = "Party leader"
    for ref, off in (("E12", -40), ("E19", 21), ("E16", 48), ("E4", 75)):
        setd(mb, ref, day(off))                  # certificates lapsed / due soon
    mb["E7"] = None                              # no casualty-care certificate on file
    mb["E22"] = None
    for i, (who, until) in enumerate([("Callum Reid", day(40)), ("Olga Petrova", day(12)),
                                      ("Niall Boyd", day(-5)), ("Marek Zajac", day(70))]):
        put(mb, 2 + i, 12, [who, until])
    kt["D8"] = None                              # radios not checked that week
    kt["F15"] = None
    kt["B17"] = None


# ------------------------------------------------------------------ parcel_lockers
def lockers() -> None:
    rng = random.Random(1702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Parcels"
    ws["A1"] = "QuickBox parcel lockers - Eastgate area"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "one line per parcel; Pickup by = drop date + free days (XL: +5); after that it goes back to the courier"
    ws["O2"] = "Free days"
    ws["P2"] = 3
    ws["O3"] = "Max kg, size S"
    ws["P3"] = 2
    cols = ["Parcel ID", "Site", "Locker", "Size", "Courier", "Dropped", "Drop time", "Pickup by",
            "Collected", "Wt (kg)", "Value ($)", "Reminders", "Status"]
    header(ws, 4, 1, cols)
    sites = ["Station Rd", "Eastgate Tesco", "Library", "Uni Campus", "Park & Ride"]
    couriers = ["DPD", "Evri", "Evri", "Royal Mail", "Amazon", "Amazon", "DHL"]
    for i in range(44):
        r = 5 + i
        off = pick_offset(rng, -26, 0, set())
        size = rng.choice(["S", "S", "M", "M", "M", "L", "XL"])
        due = off + (5 if size == "XL" else 3)
        coll = None
        if rng.random() < 0.72:
            c = off + rng.choice([0, 0, 1, 1, 2, 3, 4, 6])
            if c <= 0:
                coll = c
        status = "Collected" if coll is not None else ("In locker" if due >= 0 else "Returned")
        wt = {"S": rng.choice([0.3, 0.6, 0.9, 1.4, 1.8, 2.4]), "M": rng.choice([1.1, 2.5, 3.2, 4.6]),
              "L": rng.choice([4.8, 6.5, 8.2]), "XL": rng.choice([9.4, 12.7, 15.5])}[size]
        tm_ = rng.choice(range(7 * 60, 21 * 60, 5))
        rem = 0 if coll is not None and coll - off <= 1 else rng.choice([0, 1, 1, 2, 3])
        put(ws, r, 1, [f"QB{rng.randint(1000000, 9999999)}", rng.choice(sites),
                       f"{rng.choice('ABCD')}{rng.randint(1, 24):02d}", size, rng.choice(couriers),
                       day(off), hm(tm_ // 60, tm_ % 60), day(due),
                       day(coll) if coll is not None else None, wt,
                       rng.choice([12, 18.5, 25, 39.99, 64, 85, 120, 249, 410]), rem, status],
            {9: "0.0", 10: "#,##0.00"})
    st = wb.create_sheet("Sites")
    st["A1"] = "Parcels handled per site per month"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Site", "Lockers", "Jul", "Aug", "Sep", "Oct", "Nov", "Nov LY"])
    sitelist = sites + ["Hospital", "Retail Park", "Leisure Ctr"]
    for i, s in enumerate(sitelist):
        n = rng.choice([24, 36, 48, 60])
        v = n * rng.choice([14, 18, 22, 27])
        vals = []
        for _ in range(5):
            v = round(v * rng.choice([0.82, 0.91, 0.98, 1.03, 1.09, 1.17]))
            vals.append(v)
        ly = None if s in ("Retail Park",) else round(vals[-1] * rng.choice([0.74, 0.88, 1.06, 1.21]))
        put(st, 3 + i, 1, [s, n] + vals + [ly])
    st["A13"] = "Faults"
    st["A13"].font = BOLD
    header(st, 14, 1, ["Ref", "Site", "Locker", "Fault", "Reported", "Fixed", "Engineer"])
    faults = ["Door won't open", "Screen dead", "Door won't close", "Card reader", "No power",
              "Vandalism", "Barcode scanner"]
    for i in range(16):
        rep = pick_offset(rng, -45, -1, {-14, -7, -30})
        fix = rep + rng.choice([0, 1, 1, 2, 4, 6, 9]) if rng.random() < 0.8 else None
        if fix is not None and fix > 0:
            fix = None
        put(st, 15 + i, 1, [f"F-{311 + i}", rng.choice(sitelist), f"{rng.choice('ABCD')}{rng.randint(1, 24):02d}",
                            rng.choice(faults), day(rep), day(fix) if fix is not None else None,
                            rng.choice(["Kev", "Sunita", "Kev", "Marcus"])])
    quirks_lockers(ws, st)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [11, 14, 7, 5, 11, 11, 9, 11, 11, 8, 9, 10, 10, 3, 15, 5])
    wb.save(HERE / "parcel_lockers.xlsx")


def quirks_lockers(ws, st) -> None:
    ws["A40"] = ws["A13"].value                  # same parcel scanned in twice
    ws["F22"] = "17/11/2026"                     # drop date typed as text
    setd(ws, "H22", date(2026, 11, 20))
    ws["J30"] = "2.2"                            # weight stored as text
    ws["K18"] = "64"                             # value stored as text
    ws["E26"] = "evri"                           # odd case
    ws["B35"] = "Library "                       # trailing space
    ws["E11"] = None                             # courier not recorded
    for row in (14, 31):                         # still waiting in the locker
        ws[f"I{row}"] = None
        ws[f"M{row}"] = "In locker"
    setd(ws, "F48", day(-8))
    setd(ws, "H48", day(-5))
    ws["K45"] = None                             # no declared value
    ws["K9"] = None
    st["E7"] = None                              # month not reported
    st["D10"] = None
    st["G4"] = "612"                             # figure stored as text
    st["B29"] = "Park & Ride"                    # same locker reported twice (row 26)
    st["C29"] = "D20"


# ------------------------------------------------------------------ sheep_shearing
def shearing() -> None:
    rng = random.Random(1703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Ridgeback Shearing - bookings, season 2026/27"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "rates per head (hd); crutching billed separately"
    ws["A3"] = "Std rate ($/hd)"
    ws["C3"] = 4.2
    ws["C3"].number_format = "0.00"
    cols = ["Farm", "Contact", "Region", "Flock (hd)", "Booked for", "Done on", "Shorn",
            "Rate $/hd", "Invoice $", "Paid $", "Gang", "Travel (km)", "Crutch?"]
    header(ws, 5, 1, cols)
    farms = ["Kowhai Downs", "Te Awa Station", "Burnside", "Glenroy", "Matai Hills", "Oruru Flats",
             "Riverbend", "Pukeko Creek", "Longacre", "Waimea Heights", "Stony Ridge", "Totara Park",
             "Hilltop", "Seaview", "Rata Gully", "Ferndale", "Maungatua", "Clearwater", "Tussock Run",
             "Ironbark", "Manuka Bay", "Red Tussock", "Cloud Peak", "Otepopo", "Kiwa Flats",
             "Harrow Glen", "Whare Flat", "Snowgrass", "Ngaio Point", "Blackstone", "Puriri Lane",
             "Wakefield Farm"]
    contacts = ["Ross", "Hemi", "Jo", "Mick", "Aroha", "Dave", "Sandra", "Tui", "Graeme", "Kate"]
    regions = ["North Otago", "Maniototo", "Strath Taieri", "Catlins", "Waitaki"]
    for i, f in enumerate(farms):
        r = 6 + i
        flock = rng.choice([260, 480, 750, 1100, 1650, 2300, 3200, 4400])
        booked = pick_offset(rng, -40, 45, {0, -7, 7, 14, -14, 1, -1})
        done = None
        shorn = None
        if booked < 0 and rng.random() < 0.85:
            dn = booked + rng.choice([0, 0, 0, 1, 2, 5])
            if dn < 0:
                done = dn
                shorn = flock - rng.choice([0, 0, 0, 12, 35, 80])
        rate = rng.choice([3.9, 4.2, 4.2, 4.2, 4.5, 4.85])
        inv = round(shorn * rate, 2) if shorn is not None else None
        paid = None
        if inv is not None and rng.random() < 0.7:
            paid = inv if rng.random() < 0.75 else round(inv - rng.choice([100, 250, 500]), 2)
        put(ws, r, 1, [f, rng.choice(contacts), rng.choice(regions), flock, day(booked),
                       day(done) if done is not None else None, shorn, rate, inv, paid,
                       rng.choice(["Gang A", "Gang B", "Gang C"]),
                       rng.choice([18, 35, 52, 74, 96, 118, 140, 165]),
                       rng.choice(["Yes", "No", "No"])],
            {7: "0.00", 8: "#,##0.00", 9: "#,##0.00"})
    ws["O5"] = "Min flock, long trips"
    ws["P5"] = 1000
    ty = wb.create_sheet("Tally")
    ty["A1"] = "Week 48 tally - head shorn per day"
    ty["A1"].font = BOLD
    header(ty, 2, 1, ["Shearer", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Daily tgt"])
    shearers = ["Tama", "Big Jim", "Lisa K", "Hone", "Ray", "Mere", "Dunc", "Sione", "Katie P",
                "Wiremu", "Fergus", "Ana", "Brett", "Leilani"]
    for i, s in enumerate(shearers):
        tgt = rng.choice([180, 200, 220, 250])
        base = tgt * rng.choice([0.78, 0.9, 1.0, 1.08, 1.2])
        vals = [int(round(base * rng.choice([0.82, 0.9, 0.95, 1.0, 1.04, 1.1, 1.16]))) for _ in range(6)]
        if rng.random() < 0.5:
            vals[5] = None                       # most don't work Saturday
        put(ty, 3 + i, 1, [s] + vals + [tgt])
    header(ty, 2, 11, ["Bale no.", "Line", "Kg", "Micron", "Farm"])
    for i in range(18):
        put(ty, 3 + i, 11, [f"B{1201 + i}", rng.choice(["Fleece", "Fleece", "Bellies", "Pieces", "Crutchings"]),
                            rng.choice([148, 162, 171, 183, 190, 204, 211]),
                            rng.choice([18.6, 19.4, 20.8, 21.5, 23.1, 24.7, 27.2, 29.0]),
                            farms[rng.randrange(12)]], {3: "0.0"})
    quirks_shearing(ws, ty)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [16, 9, 14, 10, 11, 11, 8, 9, 11, 11, 8, 10, 8, 3, 20, 7])
    wb.save(HERE / "sheep_shearing.xlsx")


def quirks_shearing(ws, ty) -> None:
    ws["A34"] = "Kowhai Downs"                   # second booking for the same farm (row 6)
    ws["A20"] = "Rata Gully "                    # trailing space (one-off farm)
    ws["C27"] = "maniototo"                      # odd case
    ws["D15"] = "1650"                           # flock stored as text
    ws["E24"] = "29/10/2026"                     # booking date typed as text
    setd(ws, "F24", date(2026, 10, 29))
    ws["J7"] = 6500                              # part payments
    ws["J36"] = 17000
    ws["I28"] = 1782                             # invoice typo (should be 1872)
    ws["B12"] = None                             # no contact name
    ws["B29"] = None
    ty["D9"] = None                              # off sick Wednesday
    ty["D14"] = 306                              # no tie at the top-3 cut-off of the week
    ty["D6"] = 277
    ty["G14"] = 268
    ty["M14"] = "183"                            # bale weight stored as text


# ------------------------------------------------------------------ violin_workshop
def violins() -> None:
    rng = random.Random(1704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Repairs"
    ws["A1"] = "Fenwick & Daughter Violins - workshop jobs"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "GBP ex VAT; quote agreed with customer before work starts"
    ws["O2"] = "Hourly rate (£)"
    ws["P2"] = 45
    cols = ["Job no", "Customer", "Instrument", "Work", "In", "Promised", "Done", "Quote £",
            "Actual £", "Hrs", "Deposit £", "Luthier", "Insured?"]
    header(ws, 4, 1, cols)
    custs = ["M. Albrecht", "Harriet Shaw", "Okafor family", "City Youth Orch.", "J. Takahashi",
             "Ruth Penrose", "St Cecilia School", "Dev Malhotra", "Lena Vogel", "P. Gallagher",
             "Ines Carvalho", "Tom Whitcombe", "Zoe Adeyemi", "Northern Sinfonia", "Kit Brennan"]
    work = [("Rehair", 65, 1.0), ("Full setup", 140, 3.0), ("Crack repair", 320, 7.0),
            ("New bridge", 110, 2.0), ("Soundpost adjust", 35, 0.5), ("Open seam", 80, 1.5),
            ("Pegs refit", 95, 2.0), ("Fingerboard plane", 120, 2.5), ("Varnish touch-up", 180, 4.0),
            ("Neck reset", 450, 9.0)]
    instr = ["Violin", "Violin", "Violin", "Viola", "Cello", "Cello", "Double bass", "Bow"]
    for i in range(40):
        r = 5 + i
        ins = rng.choice(instr)
        wk, q, h = ("Rehair", 65, 1.0) if ins == "Bow" else rng.choice(work)
        mult = 1.6 if ins in ("Cello", "Double bass") else 1.0
        quote = round(q * mult / 5) * 5
        inn = pick_offset(rng, -60, -1, {-30, -14, -7})
        prom = inn + rng.choice([3, 5, 7, 10, 14, 21])
        if prom in (0, 7, -1, 1, 14):
            prom += 2
        done = None
        if prom <= 6 and rng.random() < 0.7:
            dd = inn + rng.choice([1, 3, 5, 8, 12, 16, 23])
            if dd <= -1:
                done = dd
        hrs = round(h * mult * rng.choice([0.8, 1.0, 1.0, 1.25, 1.5, 2.0]) * 2) / 2 if done is not None else None
        act = round(quote * rng.choice([0.9, 1.0, 1.0, 1.0, 1.12, 1.3, 1.55]) / 5) * 5 if done is not None else None
        dep = rng.choice([None, None, 20, 50, 100]) if quote >= 100 else None
        put(ws, r, 1, [f"W{2600 + i * 3 + rng.randint(0, 2)}", rng.choice(custs), ins, wk, day(inn),
                       day(prom), day(done) if done is not None else None, quote, act, hrs, dep,
                       rng.choice(["Anna", "Tomasz", "Ruth", "Anna"]), rng.choice(["Y", "N", "N"])],
            {7: "#,##0", 8: "#,##0", 9: "0.0"})
    rt = wb.create_sheet("Rentals")
    rt["B1"] = "Rental instruments out on loan"
    rt["B1"].font = BOLD
    header(rt, 3, 2, ["Student", "DOB", "Instr.", "Size", "Start", "£/month", "Paid to", "Cond.", "School"])
    kids = ["Amelia", "Ben", "Chloe", "Dylan", "Esme", "Finn", "Grace", "Harry", "Isla", "Jack",
            "Kayla", "Leo", "Maisie", "Noah", "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tilly",
            "Umar", "Violet", "Will", "Yara", "Zach", "Arlo", "Bea", "Cai"]
    surn = ["Bell", "Carr", "Dunn", "Ellis", "Frost", "Gill", "Hart", "Iqbal", "Jones", "Kerr"]
    for i, k in enumerate(kids):
        r = 4 + i
        age_days = rng.randint(int(5.3 * 365), int(17.5 * 365))
        dob = BUILT - dt.timedelta(days=age_days)
        age = age_days / 365.25
        ins = rng.choice(["Violin", "Violin", "Violin", "Viola", "Cello"])
        if ins == "Violin":
            size = "1/4" if age < 7 else "1/2" if age < 9 else "3/4" if age < 11 else "4/4"
        elif ins == "Viola":
            size = '14"' if age < 12 else '15.5"'
        else:
            size = "1/2" if age < 10 else "3/4" if age < 13 else "4/4"
        start = pick_offset(rng, -700, -10, {-365, -366, -364, -182, -183})
        fee = {"Violin": 14, "Viola": 16, "Cello": 28}[ins] + (4 if size == "4/4" else 0)
        paid = rng.choice([-62, -31, -2, 29, 29, 60, 90, 120])
        put(rt, r, 2, [f"{k} {rng.choice(surn)}", dt.datetime.combine(dob, dt.time()), ins, size,
                       day(start), fee, day(paid), rng.choice(["Good", "Good", "Fair", "Worn", "Good"]),
                       rng.choice(["Hillside Primary", "St Mary's", "Kingsgate Academy", "Home ed."])],
            {5: "0.00"})
    sl = wb.create_sheet("Sales")
    sl["A1"] = "Shop sales (£) by category"
    sl["A1"].font = BOLD
    header(sl, 3, 1, ["Category", "Jul", "Aug", "Sep", "Oct", "Nov", "Nov LY"])
    cats = ["Violins", "Violas", "Cellos", "Bows", "String sets", "Rosin", "Cases", "Shoulder rests",
            "Mutes", "Tuners", "Sheet music"]
    base = {"Violins": 5200, "Violas": 2900, "Cellos": 4200, "Bows": 2500, "String sets": 1300,
            "Rosin": 90, "Cases": 610, "Shoulder rests": 240, "Mutes": 90, "Tuners": 240,
            "Sheet music": 610}
    for i, c in enumerate(cats):
        rng.choice([90, 240, 610, 1300, 2900, 5200])   # (kept so the seed's sequence is unchanged)
        v = base[c]
        vals = []
        for _ in range(5):
            v = round(v * rng.choice([0.66, 0.83, 0.95, 1.06, 1.19, 1.42]))
            vals.append(v)
        put(sl, 4 + i, 1, [c] + vals + [round(vals[-1] * rng.choice([0.72, 0.9, 1.1, 1.35]))],
            {k: "#,##0" for k in range(1, 7)})
    quirks_violins(ws, rt, sl)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [8, 17, 11, 17, 11, 11, 11, 8, 8, 6, 9, 8, 8, 3, 15, 5])
    wb.save(HERE / "violin_workshop.xlsx")


def quirks_violins(ws, rt, sl) -> None:
    ws["A38"] = ws["A21"].value                  # job number typed twice
    ws["B7"] = "Tom Whitcombe "                  # trailing space (one-off customer)
    ws["C14"] = "cello"                          # odd case
    ws["H26"] = "140"                            # quote stored as text
    ws["E33"] = "22/10/2026"                     # date typed as text (day-first, a Thursday)
    ws["L19"] = None                             # not yet assigned
    ws["L23"] = None
    rt["C17"] = "21/03/2015"                     # DOB typed as text
    rt["G12"] = "14"                             # fee stored as text
    rt["I25"] = None                             # condition not checked
    sl["D9"] = None                              # month not entered
    sl["F14"] = None


# ------------------------------------------------------------------ thesis_tracker
def thesis() -> None:
    rng = random.Random(1705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Students"
    ws["B1"] = "School of Geosciences - doctoral progress register"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "FT = full-time (funded 3.5 yrs), PT = part-time. Words = current thesis draft."
    ws["B3"] = "Updated after each progress panel"
    ws["Q4"] = "Max gap between meetings (days)"
    ws["R4"] = 42
    cols = ["Stu. ID", "Name", "Mode", "Start", "Funding ends", "Supervisor", "Upgrade",
            "Words", "Word target", "Last mtg", "Stipend £/mo", "Status", "Email"]
    header(ws, 5, 2, cols)                               # header at B5
    first = ["Aisha", "Bjorn", "Carmen", "Declan", "Eleni", "Farid", "Greta", "Hugo", "Ife",
             "Jonas", "Keiko", "Liam", "Mariam", "Nils", "Orla", "Pablo", "Qing", "Rory", "Saanvi",
             "Theo", "Uma", "Vik", "Wen", "Xavier", "Yasmin", "Zoltan", "Ada", "Bram", "Cleo",
             "Dmitri", "Elif", "Fraser", "Gul", "Hana"]
    last = ["Khan", "Larsen", "Ortiz", "Byrne", "Pappas", "Rahimi", "Holm", "Brandt", "Okoye",
            "Weber", "Sato", "Doyle", "Haddad", "Berg", "Nolan", "Ruiz", "Li", "Quinn", "Iyer",
            "Marsh", "Devi", "Rao", "Zhou", "Dupont", "Aziz", "Kovacs", "Lowe", "Visser", "Moss",
            "Orlov", "Demir", "Grant", "Bibi", "Novak"]
    sups = ["Prof. Hale", "Dr Okonjo", "Dr Lindqvist", "Prof. Marr", "Dr Tse"]
    ids = rng.sample(range(21100, 21999), 34)
    for i in range(34):
        r = 6 + i
        mode = rng.choice(["FT", "FT", "FT", "PT"])
        start = date(rng.choice([2020, 2021, 2022, 2023, 2024, 2025, 2026]), rng.choice([1, 4, 10, 10]), 1)
        if start.date() > BUILT:
            start = date(2025, 10, 1)
        months = 42 if mode == "FT" else 72
        fund = start + dt.timedelta(days=round(months * 30.44))
        fund = date(fund.year, fund.month, 1) - dt.timedelta(days=1)
        age_m = (BUILT.year - start.year) * 12 + BUILT.month - start.month
        upg = None
        if age_m > (12 if mode == "FT" else 24) and rng.random() < 0.85:
            upg = start + dt.timedelta(days=rng.choice([330, 390, 450, 560, 700]))
            if upg.date() > BUILT:
                upg = None
        tgt = rng.choice([80000, 80000, 90000, 100000])
        words = int(tgt * min(1.08, age_m / (44 if mode == "FT" else 74)) *
                    rng.choice([0.55, 0.75, 0.9, 1.0, 1.1]) * rng.uniform(0.9, 1.0)) // 100 * 100
        mtg = pick_offset(rng, -75, -1, {-42, -41, -43, -14, -7, -30})
        stip = 1750 if mode == "FT" else 0
        status = rng.choice(["On track", "On track", "On track", "Minor concerns", "Writing up"])
        if age_m < 12:
            status = "On track"
        nm = f"{first[i]} {last[i]}"
        if fund.date() < BUILT:
            status = rng.choice(["Writing up", "Writing up", "Extension", "Submitted"])
        put(ws, r, 2, [f"GS{ids[i]}", nm, mode, start, fund,
                       rng.choice(sups), upg, words, tgt, day(mtg), stip if stip else None, status,
                       f"{first[i].lower()}.{last[i].lower()}@geo.uni.example"],
            {6: "yyyy-mm-dd", 7: "#,##0", 8: "#,##0", 10: "#,##0"})
    pr = wb.create_sheet("Progress")
    pr["A1"] = "Words added per month"
    pr["A1"].font = BOLD
    header(pr, 2, 1, ["Student", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Plan / mo"])
    for i in range(18):
        nm = f"{first[i]} {last[i]}"
        plan = rng.choice([1500, 2000, 2500, 3000])
        vals = [int(round(plan * rng.choice([0, 0.3, 0.6, 0.9, 1.1, 1.4, 2.2]), -1)) for _ in range(6)]
        put(pr, 3 + i, 1, [nm] + vals + [plan], {k: "#,##0" for k in range(1, 8)})
    ex = wb.create_sheet("Claims")
    header(ex, 1, 1, ["Claim", "Student", "Submitted", "Event", "Amount £", "Budget £", "Approved", "Paid"])
    events = ["EGU Vienna", "AGU Fall", "Field trip Skye", "BSRG", "Summer school", "Lab visit Bergen"]
    for i in range(24):
        sub = pick_offset(rng, -90, -1, {-30, -14, -21, -7})
        amt = rng.choice([85, 140, 260, 415, 560, 780, 950, 1240])
        bud = rng.choice([300, 500, 800, 1000])
        appr = sub + rng.choice([2, 5, 9, 15]) if rng.random() < 0.75 else None
        if appr is not None and appr >= 0:
            appr = None
        paid = appr + rng.choice([3, 7, 12, 20]) if appr is not None and rng.random() < 0.7 else None
        if paid is not None and paid >= 0:
            paid = None
        k = rng.randrange(34)
        put(ex, 2 + i, 1, [f"C-{901 + i}", f"{first[k]} {last[k]}",
                           day(sub), rng.choice(events), amt, bud,
                           day(appr) if appr is not None else None, day(paid) if paid is not None else None],
            {4: "#,##0.00", 5: "#,##0"})
    quirks_thesis(ws, pr, ex)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 16, 6, 11, 12, 13, 11, 8, 10, 11, 11, 15, 32, 3, 3, 28, 5])
    wb.save(HERE / "thesis_tracker.xlsx")


def quirks_thesis(ws, pr, ex) -> None:
    ws["C33"] = ws["C12"].value                  # same student listed twice (re-registered)
    ws["B33"] = ws["B12"].value
    ws["D33"] = "PT"
    ws["N33"] = ws["N12"].value
    ws["G24"] = "dr okonjo"                      # odd case
    ws["C29"] = "Xavier Dupont "                 # trailing space (one-off name)
    ws["I20"] = "45200"                          # words stored as text
    ws["K16"] = "19/11/2026"                     # meeting typed as text (day-first)
    ws["G37"] = None                             # supervisor left, not replaced
    ws["N28"] = None                             # email missing
    pr["D9"] = None                              # no return that month
    pr["F14"] = None
    pr["E5"] = "1850"                            # typed as text
    pr["B11"] = 950                              # keep month pairs off the exact "half" edge
    pr["G6"] = 3400
    pr["F8"] = 1600
    ex["B14"] = None                             # claim without a name


# ------------------------------------------------------------------ zero_waste_refills
def refills() -> None:
    rng = random.Random(1706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["A1"] = "Fill Good - zero-waste refill shop"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bulk bins, weighed Mon mornings. Margin = (price - cost) / price."
    ws["O4"] = "Target margin"
    ws["P4"] = 0.35
    ws["P4"].number_format = "0%"
    cols = ["SKU", "Product", "Category", "Bin", "On hand (kg)", "Reorder at (kg)", "Cost/kg",
            "Price/kg", "Margin", "Supplier", "Last delivery", "Best before", "Organic"]
    header(ws, 4, 1, cols)
    prods = [("Porridge oats", "Grains"), ("Basmati rice", "Grains"), ("Red lentils", "Pulses"),
             ("Chickpeas", "Pulses"), ("Penne", "Pasta"), ("Fusilli", "Pasta"), ("Spaghetti", "Pasta"),
             ("Almonds", "Nuts"), ("Cashews", "Nuts"), ("Walnuts", "Nuts"), ("Sunflower seeds", "Seeds"),
             ("Pumpkin seeds", "Seeds"), ("Chia seeds", "Seeds"), ("Raisins", "Dried fruit"),
             ("Dates", "Dried fruit"), ("Apricots", "Dried fruit"), ("Granola", "Breakfast"),
             ("Cornflakes", "Breakfast"), ("Muesli", "Breakfast"), ("Cocoa powder", "Baking"),
             ("Plain flour", "Baking"), ("Brown sugar", "Baking"), ("Sea salt", "Baking"),
             ("Laundry liquid", "Cleaning"), ("Washing-up liquid", "Cleaning"), ("Hand soap", "Cleaning"),
             ("Shampoo", "Toiletries"), ("Conditioner", "Toiletries"), ("Olive oil", "Oils"),
             ("Rapeseed oil", "Oils"), ("Coffee beans", "Drinks"), ("Green tea", "Drinks"),
             ("Quinoa", "Grains"), ("Couscous", "Grains"), ("Peanuts", "Nuts"), ("Black beans", "Pulses")]
    sups = ["Suma", "Infinity Foods", "Essential", "Miniml", "Greencity"]
    for i, (p, cat) in enumerate(prods):
        r = 5 + i
        cost = rng.choice([1.1, 1.6, 2.4, 3.3, 4.8, 6.9, 9.5, 13.2])
        price = round(cost * rng.choice([1.28, 1.42, 1.55, 1.7, 1.95]), 2)
        margin = round((price - cost) / price, 3)
        reorder = rng.choice([3, 5, 5, 8, 10])
        onhand = round(reorder * rng.choice([0.3, 0.6, 0.9, 1.4, 2.1, 3.5]), 1)
        last = pick_offset(rng, -50, -1, {-7, -14, -21, -28, -30})
        if cat in ("Cleaning", "Toiletries"):
            bb = pick_offset(rng, 200, 700, set())
        else:
            bb = pick_offset(rng, -12, 300, {0, 30, 31, 29, -1, 1, 60, 61, 59, 90})
        put(ws, r, 1, [f"FG-{101 + i}", p, cat, f"{rng.choice('ABCDE')}{rng.randint(1, 9)}", onhand,
                       reorder, cost, price, margin, rng.choice(sups), day(last), day(bb),
                       rng.choice(["Y", "N", "N", "Y"])],
            {4: "0.0", 6: "0.00", 7: "0.00", 8: "0.0%"})
    wk = wb.create_sheet("Weekly")
    header(wk, 1, 1, ["Product", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Wk 48 LY"])
    for i, (p, cat) in enumerate(prods[:20]):
        v = rng.choice([2.5, 6, 11, 18, 26])
        vals = []
        for _ in range(5):
            v = round(v * rng.choice([0.7, 0.86, 0.97, 1.04, 1.13, 1.3]), 1)
            vals.append(v)
        put(wk, 2 + i, 1, [p] + vals + [round(vals[-1] * rng.choice([0.65, 0.8, 1.1, 1.3]), 1)],
            {k: "0.0" for k in range(1, 7)})
    header(wk, 1, 9, ["Day", "Jars back", "Deposit ($)"])
    dd = dt.date(2026, 11, 16)
    r = 2
    while dd < BUILT:
        if dd.weekday() != 0:                  # shut on Mondays
            jars = rng.randint(4, 41)
            put(wk, r, 9, [dt.datetime.combine(dd, dt.time()), jars, round(jars * 0.5, 2)], {2: "0.00"})
            r += 1
        dd += dt.timedelta(days=1)
    cb = wb.create_sheet("Club")
    cb["A1"] = "Refill Club members"
    cb["A1"].font = BOLD
    cb["A2"] = "10 stamps = free refill"
    header(cb, 3, 1, ["Member", "Joined", "Last visit", "Visits", "Spend ($)", "Stamps", "Email", "Newsletter"])
    names = ["Abby Moon", "Bilal Shah", "Cara Flynn", "Dan Price", "Effie Grey", "Faisal Noor",
             "Gemma Stone", "Hal Baker", "Iris Webb", "Jude Fox", "Kemi Ade", "Lola Park",
             "Max Reed", "Nia Bowen", "Ollie Ward", "Pia Sol", "Raj Mehta", "Sian Lloyd",
             "Tess Hunt", "Ugo Bello", "Vera Lamb", "Will Tan"]
    for i, n in enumerate(names):
        joined = pick_offset(rng, -900, -20, {-365, -366, -730, -731})
        lastv = pick_offset(rng, -120, -1, {-30, -31, -29, -60, -61, -59, -90, -14, -7})
        if lastv < joined:
            lastv = joined + 5
        visits = rng.randint(1, max(3, (lastv - joined) // 9))
        put(cb, 4 + i, 1, [n, day(joined), day(lastv), visits, round(visits * rng.choice([6.5, 9.8, 14.2, 21.0]), 2),
                           rng.randint(0, 12), n.lower().replace(" ", "") + "@mail.example",
                           rng.choice(["Yes", "Yes", "No"])], {4: "#,##0.00"})
    quirks_refills(ws, wk, cb)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [8, 18, 12, 5, 12, 14, 8, 9, 8, 14, 13, 12, 8, 3, 14, 6])
    wb.save(HERE / "zero_waste_refills.xlsx")


def quirks_refills(ws, wk, cb) -> None:
    codes = [f"{x}{n}" for x in "ABCDE" for n in range(1, 9)]
    for i in range(36):                          # one bin per product ...
        ws.cell(row=5 + i, column=4).value = codes[i]
    ws["D17"] = ws["D16"].value                  # ... except two bins entered twice
    ws["D40"] = ws["D8"].value
    ws["B39"] = "Chickpeas"                      # product listed twice (second bin)
    ws["C39"] = "Pulses"
    ws["B21"] = "Granola "                       # trailing space (one-off product)
    ws["C34"] = "oils"                           # odd case
    ws["E17"] = "4.2"                            # stock stored as text
    ws["K26"] = "23/11/2026"                     # delivery typed as text
    ws["J11"] = None                             # supplier not recorded
    ws["L28"] = None                             # no best-before on the sack
    setd(ws, "K6", day(-43))
    wk["D6"] = None                              # not weighed that week
    wk["F15"] = "29.4"                           # stored as text
    cb["G12"] = None                             # no email
    cb["G7"] = None
    cb["G19"] = None
    cb["A25"] = "Iris Webb"                      # signed up twice (row 12)
    cb["G25"] = "iriswebb@mail.example"


if __name__ == "__main__":
    for f in (rescue, lockers, shearing, violins, thesis, refills):
        f()
    print("built 6 workbooks in", HERE)
