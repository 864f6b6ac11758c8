"""Build the six workbooks of dev-v7 part R (openpyxl only, fixed seeds 701-706).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices come first; the quirks (`quirks_*`) are then set by hand, so cell content is
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
BUILT = dt.date(2026, 12, 1)
BOLD = Font(bold=True)
MONTHS = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]


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
    """Set one cell by hand (a quirk), with a date/time format where it is one."""
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


# ------------------------------------------------------------------ bike_workshop
def bike() -> None:
    rng = random.Random(701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Spokes & Sprockets - workshop jobs"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "labour billed at the rate in P2; parts at cost. Collected = customer picked the bike up"
    ws["O2"] = "Labour rate ($/h)"
    ws["P2"] = 60
    ws["O3"] = "Max days in shop"
    ws["P3"] = 10
    cols = ["Job no", "Customer", "Bike", "Job type", "Booked in", "Promised", "Collected",
            "Labour (h)", "Parts ($)", "Quote ($)", "Charged ($)", "Mechanic", "Status"]
    header(ws, 4, 1, cols)
    customers = ["R. Adeyemi", "Bella Marsh", "Carl Jensen", "Dana Whitlock", "Emil Sousa",
                 "Fern Ashby", "Gus Tran", "Holly Kerr", "Isak Olsen", "Jade Mbeki", "Kurt Voss",
                 "Lena Pohl", "Milo Grant", "Nadia Rahman", "Otto Brandt", "Pia Conti"]
    bikes = ["Trek FX3", "Brompton M6L", "Giant Talon", "Specialized Turbo Vado", "Dawes Galaxy",
             "Cube Kathmandu", "Raleigh Chopper", "Canyon Endurace", "Orbea Gain", "Carrera Vengeance"]
    jobs = {"Full service": ([2.5, 3, 3.5], [18, 34, 46, 62]),
            "Basic service": ([1, 1.5], [0, 8, 12]),
            "Puncture": ([0.5], [6, 9]),
            "Brake bleed": ([1, 1.5], [14, 22]),
            "Wheel build": ([3, 4], [95, 140, 210]),
            "E-bike diag": ([1.5, 2, 4.5], [0, 45, 180]),
            "Gear tune": ([0.5, 1], [0, 7, 26])}
    kinds = list(jobs)
    for i in range(42):
        r = 5 + i
        job = rng.choice(kinds)
        off = pick_offset(rng, -48, -1, {-10, -11, -9, -7, -14, -30})
        prom = off + rng.choice([1, 2, 3, 5, 7])
        coll = None
        if prom <= -1 and rng.random() < 0.72:
            c = prom + rng.choice([-1, 0, 0, 0, 1, 2, 4, 8, 13])
            if off < c <= -1:
                coll = c
        lab = rng.choice(jobs[job][0])
        parts = rng.choice(jobs[job][1])
        quote = int(round((lab * 60 + parts * 1.25) / 5) * 5)
        charged = None
        if coll is not None:
            charged = quote + rng.choice([0, 0, 0, 0, 15, 35, -20, -40])
        status = "Collected" if coll is not None else rng.choice(
            ["Ready", "In progress", "Waiting parts"] if prom <= 0 else ["In progress", "Waiting parts", "Booked"])
        put(ws, r, 1, [f"W{2610 + i}", rng.choice(customers), rng.choice(bikes), job, day(off), day(prom),
                       day(coll) if coll is not None else None, lab, parts, quote, charged,
                       rng.choice(["Sam", "Priti", "Jo", "Leon"]), status],
            {8: "0.00", 9: "0", 10: "0"})

    pt = wb.create_sheet("Parts")
    header(pt, 1, 1, ["Part no", "Description", "Brand", "On hand", "Reorder at", "Unit cost ($)",
                      "Sell ($)", "Last ordered", "Bin"])
    parts = [("Inner tube 700x28", "Schwalbe"), ("Inner tube 26x2.1", "Continental"), ("Brake pads disc", "Shimano"),
             ("Brake pads rim", "Kool-Stop"), ("Chain 11sp", "KMC"), ("Chain 9sp", "Shimano"),
             ("Cassette 11-34", "Shimano"), ("Cable inner gear", "Jagwire"), ("Cable outer brake", "Jagwire"),
             ("Tyre 700x32 Marathon", "Schwalbe"), ("Tyre 29x2.3 MTB", "Maxxis"), ("Bar tape black", "Lizard Skins"),
             ("Grips lock-on", "ODI"), ("Bottom bracket BSA", "Shimano"), ("Headset 1-1/8", "FSA"),
             ("Spokes 292mm (box)", "DT Swiss"), ("Rim tape 25mm", "Stan's"), ("Sealant 1L", "Stan's"),
             ("Derailleur hanger #12", "Wheels Mfg"), ("Brake rotor 160mm", "SRAM"), ("Pedals flat", "DMR"),
             ("Saddle comfort", "Selle Royal"), ("Light set USB", "Lezyne"), ("Mudguard set", "SKS"),
             ("E-bike charger 36V", "Bosch"), ("Chain lube wet", "Muc-Off"), ("Quick link 11sp", "KMC"),
             ("Valve core (10)", "Presta")]
    for i, (desc, brand) in enumerate(parts):
        r = 2 + i
        ro = rng.choice([2, 4, 5, 10, 20])
        on = max(0, ro + rng.choice([-4, -2, -1, 0, 3, 6, 12, 25]))
        cost = rng.choice([3.2, 4.5, 7.9, 12.5, 18, 24.5, 39, 52, 88, 145])
        put(pt, r, 1, [f"P-{300 + 7 * i}", desc, brand, on, ro, cost, round(cost * rng.choice([1.6, 1.8, 2.0]), 2),
                       day(pick_offset(rng, -220, -2, {-90, -91, -89, -180, -60})),
                       f"{rng.choice('ABCD')}{rng.randint(1, 9)}"], {5: "0.00", 6: "0.00"})
    header(pt, 1, 11, ["Discontinued", "Since"])
    quirks_bike(ws, pt)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [8, 14, 21, 13, 11, 11, 11, 10, 9, 9, 11, 9, 13, 3, 17, 6])
    widths(pt, "A B C D E F G H I J K L", [8, 22, 12, 8, 10, 12, 8, 12, 5, 3, 13, 11])
    wb.save(HERE / "bike_workshop.xlsx")


def quirks_bike(ws, pt) -> None:
    ws["A31"] = "W2620"                          # job number entered twice (row 15)
    ws["B29"] = "Lena Pohl "                     # trailing space (a one-off customer)
    ws["L27"] = "sam"                            # lower case mechanic
    ws["L38"] = None                             # not assigned yet
    ws["K30"] = "85"                             # charged stored as text
    ws["K5"] = 285                               # charged over the quote
    ws["K13"] = 415                              # paid up front, not collected yet
    ws["K21"] = 300
    ws["E14"] = "28/11/2026"                     # booked-in date typed as text
    ws["D41"] = "full service"                   # odd case
    ws["B33"] = None                             # walk-in, no name
    pt["D9"] = "3"                               # stock count stored as text
    pt["H17"] = None                             # never ordered
    for i, (p, since) in enumerate([("P-321", date(2026, 3, 1)), ("P-356", date(2026, 6, 15)),
                                    ("P-419", date(2025, 11, 2)), ("P-999", date(2024, 1, 8)),
                                    ("P-391", date(2026, 9, 30))]):
        put(pt, 2 + i, 11, [p, since])


# ------------------------------------------------------------------ pharmacy_stock
def pharmacy() -> None:
    rng = random.Random(702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["B1"] = "Hillcrest Pharmacy - dispensary stock"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "count each Monday; CD = controlled drug (register + double count)"
    cols = ["Item code", "Drug", "Strength", "Form", "Qty", "Min qty", "Exp. date", "Batch",
            "Unit cost ($)", "Shelf", "CD?", "Last count"]
    header(ws, 4, 2, cols)                       # header at B4
    ws["O4"] = "Short-dated window (days)"
    ws["P4"] = 90
    ws["O5"] = "Markup"
    ws["P5"] = 0.35
    ws["P5"].number_format = "0%"
    drugs = [("Amoxicillin", "500mg", "Capsule"), ("Atorvastatin", "20mg", "Tablet"),
             ("Metformin", "500mg", "Tablet"), ("Omeprazole", "20mg", "Capsule"),
             ("Salbutamol", "100mcg", "Inhaler"), ("Sertraline", "50mg", "Tablet"),
             ("Ramipril", "5mg", "Capsule"), ("Levothyroxine", "50mcg", "Tablet"),
             ("Morphine sulfate", "10mg/5ml", "Oral solution"), ("Oxycodone", "5mg", "Capsule"),
             ("Paracetamol", "500mg", "Tablet"), ("Ibuprofen", "400mg", "Tablet"),
             ("Insulin glargine", "100u/ml", "Pen"), ("Amlodipine", "5mg", "Tablet"),
             ("Diazepam", "2mg", "Tablet"), ("Prednisolone", "5mg", "Tablet"),
             ("Codeine phosphate", "30mg", "Tablet"), ("Lansoprazole", "30mg", "Capsule"),
             ("Beclometasone", "100mcg", "Inhaler"), ("Fluoxetine", "20mg", "Capsule")]
    cd = {"Morphine sulfate", "Oxycodone", "Diazepam", "Codeine phosphate"}
    used = list(drugs)
    rng.shuffle(used)
    rows = used + [rng.choice(drugs) for _ in range(20)]
    for i, (drug, strength, form) in enumerate(rows):
        r = 5 + i
        mn = rng.choice([20, 28, 56, 100, 200])
        qty = max(0, mn + rng.choice([-30, -14, -6, 0, 10, 40, 90, 150]))
        exp = pick_offset(rng, -25, 700, {0, 90, 89, 91, 30, 31, 29, -1, 1, 60, 180})
        cost = rng.choice([0.04, 0.09, 0.12, 0.31, 0.55, 1.2, 2.85, 4.1, 7.75, 12.4])
        cnt = pick_offset(rng, -40, -1, {-7, -8, -6, -14, -21, -28, -30})
        put(ws, r, 2, [f"HC{1040 + 3 * i}", drug, strength, form, qty, mn, day(exp),
                       f"{rng.choice('KLMNPR')}{rng.randint(10000, 99999)}", cost,
                       f"{rng.choice(['A', 'B', 'C', 'F'])}{rng.randint(1, 12)}",
                       "Yes" if drug in cd else "No", day(cnt)], {8: "0.00"})

    fr = wb.create_sheet("Fridge")
    fr["A1"] = "Vaccine fridge temperature log - November 2026 (keep between 2 and 8 °C)"
    fr["A1"].font = BOLD
    fr["A2"] = "Fridge 1 (dispensary)"
    fr["H2"] = "Fridge 2 (consult room)"
    for col in (1, 8):
        header(fr, 3, col, ["Date", "Checked", "Min °C", "Max °C", "By"])
        dd = dt.date(2026, 11, 2)
        r = 4
        while dd <= dt.date(2026, 11, 28):
            if dd.weekday() < 6:
                lo = rng.choice([2.4, 3.1, 3.6, 4.0, 4.4, 4.9])
                hi = lo + rng.choice([0.8, 1.5, 2.2, 2.9, 3.4])
                chk = hm(rng.choice([8, 8, 9, 9, 10]), rng.choice([0, 10, 25, 40, 55]))
                put(fr, r, col, [dt.datetime.combine(dd, dt.time()), chk, round(lo, 1), round(hi, 1),
                                 rng.choice(["AK", "MB", "TS"])], {2: "0.0", 3: "0.0"})
                r += 1
            dd += dt.timedelta(days=1)

    dp = wb.create_sheet("Dispensed")
    dp["A1"] = "Items dispensed per month (packs)"
    dp["A1"].font = BOLD
    header(dp, 2, 1, ["Drug"] + MONTHS + ["Generic %"])
    for i, (drug, _, _) in enumerate(drugs[:16]):
        base = rng.choice([40, 90, 150, 260, 420])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.7, 0.86, 0.95, 1.05, 1.16, 1.35])))
            vals.append(v)
        put(dp, 3 + i, 1, [drug] + vals + [rng.choice([0.62, 0.78, 0.85, 0.91, 0.97, 1.0])], {7: "0%"})
    quirks_pharmacy(ws, fr, dp)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [3, 10, 18, 10, 13, 7, 8, 11, 9, 12, 7, 6, 11, 3, 24, 6])
    widths(fr, "A B C D E F G H I J K L", [11, 8, 7, 7, 5, 3, 3, 11, 8, 7, 7, 5])
    wb.save(HERE / "pharmacy_stock.xlsx")


def quirks_pharmacy(ws, fr, dp) -> None:
    ws["B30"] = "HC1061"                         # duplicate item code (row 12)
    ws["C23"] = "Salbutamol "                    # trailing space (a one-off drug)
    ws["E36"] = "tablet"                         # odd case
    ws["F14"] = "120"                            # qty stored as text
    ws["H21"] = "31/03/2027"                     # expiry typed as text
    ws["I40"] = None                             # batch not recorded
    ws["I18"] = None
    setd(ws, "H37", day(0))                      # expires today
    setd(ws, "M25", date(2026, 10, 5))           # count overdue
    fr["D9"] = 8.6                               # excursions
    fr["K15"] = 9.1
    fr["C20"] = 1.6
    fr["J7"] = 1.8
    fr["C12"] = None                             # thermometer not read
    fr["D12"] = None
    fr["E12"] = None
    fr["K22"] = "6.5"                            # typed as text
    fr["L18"] = "ak"
    dp["E6"] = None                              # supply problem, nothing dispensed
    dp["C14"] = None


# ------------------------------------------------------------------ swim_school
def swim() -> None:
    rng = random.Random(703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pupils"
    ws["A1"] = "Otterpool Swim School - pupils, autumn term"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Squad minimum age"
    ws["C2"] = 9
    ws["D2"] = "fees per term; stage 1-7 = learn-to-swim"
    cols = ["Pupil", "DOB", "Stage", "Class", "Joined", "Term fee ($)", "Paid ($)", "Parent",
            "Phone", "Medical", "Last assessed"]
    header(ws, 4, 1, cols)
    first = ["Ava", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kaya",
             "Leo", "Mia", "Noah", "Olive", "Pip", "Quinn", "Rosa", "Sami", "Theo", "Una", "Vik", "Willa",
             "Zac"]
    last = ["Archer", "Bello", "Cho", "Duffy", "Evans", "Fong", "Gill", "Hale", "Ibsen", "Jovic", "Kamau",
            "Lowe", "Moss", "Nkemelu", "Ortiz"]
    classes = ["Mon 16:00", "Tue 16:30", "Wed 17:00", "Thu 16:00", "Sat 09:00", "Sat 10:00", "Sun 09:30"]
    meds = [None] * 6 + ["asthma - inhaler poolside", "Epipen", "grommets - ear plugs", "eczema"]
    for i in range(40):
        r = 5 + i
        stage = rng.choice(["1", "2", "3", "4", "5", "6", "7", "Squad"])
        sn = 8 if stage == "Squad" else int(stage)
        age_days = int(365.25 * (3.6 + sn * 0.9 + rng.choice([-1.3, -0.7, -0.2, 0.3, 0.8, 1.6]))) + rng.randint(-40, 40)
        dob = BUILT - dt.timedelta(days=age_days)
        fee = {True: 185, False: 120}[stage == "Squad"] + rng.choice([0, 0, 15])
        paid = rng.choice([fee, fee, fee, fee, 60, 0, None])
        put(ws, r, 1, [f"{rng.choice(first)} {rng.choice(last)}", dt.datetime.combine(dob, dt.time()),
                       int(stage) if stage != "Squad" else "Squad", rng.choice(classes),
                       day(pick_offset(rng, -900, -20, {-365, -366, -364, -730, -180, -30, -90})),
                       fee, paid, rng.choice(["mum", "dad", "gran", "carer"]),
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}", rng.choice(meds),
                       day(pick_offset(rng, -200, -2, {-60, -61, -59, -90, -91, -89, -30}))])

    ln = wb.create_sheet("Lengths")
    ln["A1"] = "Timed test: lengths swum in 10 minutes, by term week"
    ln["A1"].font = BOLD
    weeks = [f"Wk {k}" for k in range(1, 9)]
    header(ln, 3, 1, ["Pupil"] + weeks + ["Goal"])
    for i in range(18):
        r = 4 + i
        base = rng.choice([4, 6, 8, 11, 14])
        vals = []
        v = base
        for _ in range(8):
            v = max(1, v + rng.choice([-2, -1, 0, 0, 1, 1, 2, 3]))
            vals.append(v)
        for k in range(8):
            if rng.random() < 0.07:
                vals[k] = None
        put(ln, r, 1, [ws.cell(row=5 + i, column=1).value] + vals + [base + rng.choice([3, 5, 8])])

    sl = wb.create_sheet("Slots")
    header(sl, 1, 1, ["Date", "Start", "End", "Lane", "Teacher", "Booked", "Max"])
    r = 2
    dd = dt.date(2026, 11, 16)
    while dd <= dt.date(2026, 11, 29):
        n = {5: 3, 6: 2}.get(dd.weekday(), 1 if dd.weekday() != 4 else 0)
        for k in range(n):
            st = hm(9 + 2 * k, rng.choice([0, 30])) if dd.weekday() >= 5 else hm(16 + k, rng.choice([0, 30]))
            dur = rng.choice([30, 45, 45, 60])
            em = st.hour * 60 + st.minute + dur
            mx = rng.choice([6, 8, 10])
            put(sl, r, 1, [dt.datetime.combine(dd, dt.time()), st, hm(em // 60, em % 60),
                           rng.choice([1, 2, 3, 4]), rng.choice(["Kim", "Rafa", "Sue", "Ola"]),
                           max(0, mx + rng.choice([-4, -2, -1, 0, 0, 1, 2])), mx])
            r += 1
        dd += dt.timedelta(days=1)
    header(sl, 1, 9, ["Teacher", "Max hrs/wk"])
    for i, (tch, h) in enumerate([("Kim", 6), ("Rafa", 4), ("Sue", 5), ("Ola", 3)]):
        put(sl, 2 + i, 9, [tch, h])
    quirks_swim(ws, ln, sl)
    widths(ws, "A B C D E F G H I J K", [15, 11, 7, 11, 11, 12, 9, 8, 14, 25, 13])
    widths(ln, "A B C D E F G H I J", [15, 6, 6, 6, 6, 6, 6, 6, 6, 6])
    wb.save(HERE / "swim_school.xlsx")


def quirks_swim(ws, ln, sl) -> None:
    ws["A26"] = ws["A11"].value                  # same child entered twice
    ws["A34"] = "Rosa Ibsen "                    # trailing space
    ws["H16"] = "Mum"                            # odd case
    ws["G22"] = "120"                            # paid stored as text
    ws["E30"] = "15/09/2026"                     # joined typed as text
    ws["I19"] = None                             # no phone
    ws["I37"] = None
    ws["C13"] = "squad"                          # lower case (a 4-year-old put in the squad)
    setd(ws, "B41", date(2018, 1, 20))           # squad swimmer under the minimum age
    setd(ws, "B17", date(2018, 12, 9))           # December birthdays
    setd(ws, "B33", date(2019, 12, 20))
    ln["E9"] = "9"                               # lengths stored as text


# ------------------------------------------------------------------ coworking
def cowork() -> None:
    rng = random.Random(704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["B1"] = "The Loom Coworking - meeting room bookings"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "Rate is per hour; Billed = what went on the invoice"
    ws["B3"] = "Member discount"
    ws["D3"] = 0.15
    ws["D3"].number_format = "0%"
    cols = ["Ref", "Room", "Booked by", "Date", "Start", "End", "People", "Capacity",
            "Rate ($/h)", "Billed ($)", "Catering", "Status"]
    header(ws, 5, 2, cols)                       # header at B5
    rooms = [("Weft", 4, 25), ("Warp", 6, 35), ("Shuttle", 10, 55), ("Bobbin", 2, 15),
             ("Spindle", 14, 80), ("Mill Hall", 40, 150)]
    who = ["Arden Studio", "B. Kowalski", "Cobalt Labs", "Dee Ferreira", "Elm & Oak", "Fiona Blake",
           "Greenline Ltd", "H. Nakamura", "Ivy Legal", "J. Mensah", "Kestrel Media", "Luz Romero"]
    for i in range(44):
        r = 6 + i
        room, cap, rate = rng.choice(rooms)
        off = pick_offset(rng, -30, 9, {0, -7, 7, -1, 1, -14})
        st = hm(rng.choice([8, 9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 0, 30]))
        dur = rng.choice([60, 90, 120, 180, 240, 480])
        em = min(st.hour * 60 + st.minute + dur, 20 * 60)
        ppl = max(1, cap + rng.choice([-3, -2, -1, -1, 0, 0, 1, 3]))
        billed = None
        if off < 0:
            billed = round(rate * (em - st.hour * 60 - st.minute) / 60 * rng.choice([1, 1, 1, 0.85, 0.5]), 2)
        status = "Done" if off < 0 else "Confirmed"
        put(ws, r, 2, [f"LB-{7300 + i}", room, rng.choice(who), day(off), st, hm(em // 60, em % 60),
                       ppl, cap, rate, billed, rng.choice(["None", "None", "Coffee", "Lunch"]), status],
            {9: "0.00"})
    mb = wb.create_sheet("Members")
    header(mb, 1, 1, ["Member", "Company", "Plan", "Joined", "Renews", "Desk", "Monthly ($)",
                      "Last visit", "Email", "Key fob"])
    names = ["Aisha Bello", "Bram de Vries", "Carmen Ruiz", "Dmitri Orlov", "Esther Quaye", "Felix Braun",
             "Gemma Lloyd", "Hiro Tanaka", "Ilse Maes", "Jonah Price", "Keira Walsh", "Lars Holm",
             "Mona Farouk", "Nils Berg", "Orla Byrne", "Paulo Reis", "Rina Kato", "Stefan Ilic",
             "Tara Singh", "Ugo Bassi", "Vera Novak", "Wes Carter", "Xin Liu", "Yara Haddad",
             "Zane Cole", "Anika Roy", "Bruno Sala", "Cleo Marsh"]
    plans = [("Hot desk", 180), ("Fixed desk", 320), ("Office", 900), ("Flex 10", 110)]
    for i, nm in enumerate(names):
        r = 2 + i
        plan, price = rng.choice(plans)
        joined = pick_offset(rng, -1100, -10, {-365, -730, -30, -31, -29})
        ren = pick_offset(rng, -12, 330, {0, 30, 31, 29, 14, 15, 13, -1, 1, 7})
        last = pick_offset(rng, -70, 0, {-30, -31, -29, -14, -13, -15, -60})
        put(mb, r, 1, [nm, rng.choice(["freelance", "Cobalt Labs", "Ivy Legal", "Kestrel Media", "self", "Greenline Ltd"]),
                       plan, day(joined), day(ren),
                       f"D{rng.randint(1, 40)}" if plan == "Fixed desk" else None, price, day(last),
                       nm.split()[0].lower() + "@" + rng.choice(["mail.example", "cobalt.example", "inbox.example"]),
                       f"K{rng.randint(100, 999)}"])
    us = wb.create_sheet("Usage")
    us["A1"] = "Desk hours by member"
    us["A1"].font = BOLD
    header(us, 2, 1, ["Member"] + MONTHS + ["Plan hrs"])
    for i in range(12):
        nm = names[i]
        plan_h = rng.choice([40, 80, 120])
        base = plan_h * rng.choice([0.5, 0.8, 1.0, 1.2])
        vals = []
        for _ in range(6):
            base = base * rng.choice([0.7, 0.9, 1.0, 1.1, 1.3])
            vals.append(int(round(base)))
        put(us, 3 + i, 1, [nm] + vals + [plan_h])
    us["A17"] = "Meeting room hours booked"
    us["A17"].font = BOLD
    header(us, 18, 1, ["Room"] + MONTHS + ["LY Nov"])
    for i, (room, _, _) in enumerate(rooms):
        base = rng.choice([20, 45, 70, 110])
        vals = []
        for _ in range(6):
            base = base * rng.choice([0.75, 0.9, 1.0, 1.1, 1.25])
            vals.append(int(round(base)))
        put(us, 19 + i, 1, [room] + vals + [int(round(vals[-1] * rng.choice([0.7, 0.9, 1.15, 1.4])))])
    quirks_cowork(ws, mb, us)
    widths(ws, "A B C D E F G H I J K L M", [3, 9, 10, 14, 11, 7, 7, 7, 9, 10, 9, 9, 10])
    widths(mb, "A B C D E F G H I J", [14, 14, 10, 11, 11, 6, 11, 11, 22, 7])
    wb.save(HERE / "coworking.xlsx")


def quirks_cowork(ws, mb, us) -> None:
    ws["B27"] = "LB-7312"                        # duplicate ref (row 18)
    ws["D33"] = "Ivy Legal "                     # trailing space
    ws["C40"] = "warp"                           # odd case
    ws["K15"] = "70"                             # billed stored as text
    ws["E24"] = "18/11/2026"                     # date typed as text
    ws["D20"] = None                             # no booker
    ws["L11"] = None                             # catering not filled in
    mb["I12"] = None                             # no email
    mb["I25"] = None
    mb["C26"] = "hot desk"                        # odd case
    setd(mb, "E14", day(0))                      # renews today
    setd(mb, "E7", day(18))
    mb["J20"] = "K299"                           # key fob issued twice (row 8)
    us["E6"] = None                              # away
    us["C11"] = "64"                             # stored as text


# ------------------------------------------------------------------ solar_installs
def solar() -> None:
    rng = random.Random(705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Installs"
    ws["A1"] = "BrightSide Solar - residential installs 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Target days survey -> install"
    ws["D2"] = 45
    ws["A3"] = "money ex. tax; Cost = panels + inverter + labour actually spent"
    cols = ["Job", "Customer", "Suburb", "Panels", "kWp", "Survey", "Install", "Grid connect",
            "Quote ($)", "Cost ($)", "Deposit ($)", "Crew", "Roof", "Status"]
    header(ws, 5, 1, cols)
    suburbs = ["Ashgrove", "Bayview", "Cedar Hill", "Dunmore", "Eastwood", "Fairlight", "Glenroy"]
    roofs = ["Tile", "Tile", "Tin", "Slate", "Flat"]
    custs = ["Abbott", "Baines", "Carvalho", "Dimitriou", "Egan", "Fitzgerald", "Grieve", "Hussain",
             "Iqbal", "Jarvis", "Kowal", "Lindqvist", "McCabe", "Nolan", "Oyelaran", "Pratt", "Quayle",
             "Rossi", "Sato", "Tembo", "Underwood", "Valdez", "Whyte", "Yeo"]
    for i in range(42):
        r = 6 + i
        panels = rng.choice([8, 10, 12, 14, 16, 20, 24, 30])
        kwp = round(panels * rng.choice([0.405, 0.43, 0.44]), 2)
        survey = pick_offset(rng, -240, -8, {-45, -46, -44, -90, -30, -60})
        inst = None
        gap = rng.choice([12, 20, 28, 33, 40, 52, 61, 75, 96])
        if survey + gap <= -2:
            inst = survey + gap
        elif rng.random() < 0.5:
            inst = survey + gap
        grid = None
        if inst is not None and inst <= -3 and rng.random() < 0.8:
            g = inst + rng.choice([3, 6, 10, 16, 25, 38])
            if g <= -1:
                grid = g
        quote = int(round((panels * 310 + 2400) * rng.choice([0.95, 1.0, 1.08]), -1))
        cost = int(round(quote * rng.choice([0.68, 0.74, 0.8, 0.86, 0.93, 1.04, 1.12]), -1)) if inst is not None and inst < 0 else None
        dep = rng.choice([500, 1000, round(quote * 0.2, -1), None])
        status = ("Connected" if grid is not None else ("Installed" if inst is not None and inst < 0 else
                  ("Scheduled" if inst is not None else "Surveyed")))
        put(ws, r, 1, [f"BS-{118 + i}", f"{rng.choice(custs)}", rng.choice(suburbs), panels, kwp,
                       day(survey), day(inst) if inst is not None else None,
                       day(grid) if grid is not None else None, quote, cost, dep,
                       rng.choice(["Team A", "Team B", "Team C"]), rng.choice(roofs), status],
            {4: "0.00", 8: "#,##0", 9: "#,##0", 10: "#,##0"})
    gn = wb.create_sheet("Generation")
    gn["A1"] = "Monitored generation (kWh per month)"
    gn["A1"].font = BOLD
    header(gn, 3, 1, ["Site"] + MONTHS + ["Fcst Nov", "Perf %"])
    sites = [ws.cell(row=6 + k, column=1).value for k in range(0, 42, 2)][:16]
    season = [1.0, 1.05, 0.92, 0.74, 0.52, 0.33]
    for i, s in enumerate(sites):
        cap = rng.choice([400, 520, 610, 700, 880])
        vals = [int(round(cap * f * rng.choice([0.8, 0.92, 1.0, 1.06, 1.15]))) for f in season]
        fc = int(round(cap * 0.33))
        put(gn, 4 + i, 1, [s] + vals + [fc, round(vals[-1] / fc, 3)], {8: "0.0%"})
    header(gn, 3, 11, ["Inverter faults", "Logged", "Code"])
    quirks_solar(ws, gn, sites)
    widths(ws, "A B C D E F G H I J K L M N", [8, 12, 11, 7, 6, 11, 11, 12, 9, 9, 10, 8, 6, 10])
    widths(gn, "A B C D E F G H I J K L M", [8, 7, 7, 7, 7, 7, 7, 9, 8, 3, 15, 11, 6])
    wb.save(HERE / "solar_installs.xlsx")


def quirks_solar(ws, gn, sites) -> None:
    ws["A29"] = "BS-128"                         # job number used twice (row 16)
    ws["B13"] = "McCabe "                        # trailing space (a one-off customer)
    ws["M20"] = "tile"                           # odd case
    ws["I33"] = "7450"                           # quote stored as text
    ws["H16"] = "27/06/2026"                     # grid connection typed as text
    ws["C37"] = None                             # suburb missing
    ws["L24"] = None                             # crew not assigned
    gn["D9"] = None                              # monitoring offline
    gn["F15"] = None
    gn["E12"] = "301"                            # stored as text
    for i, (site, when, code) in enumerate([(sites[3], date(2026, 11, 4), "E21"), (sites[7], date(2026, 10, 19), "F03"),
                                            ("BS-900", date(2026, 9, 2), "E21"), (sites[11], date(2026, 11, 23), "E07"),
                                            (sites[3], date(2026, 11, 26), "E21")]):
        put(gn, 4 + i, 11, [site, when, code])


# ------------------------------------------------------------------ garden_centre
def garden() -> None:
    rng = random.Random(706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Plants"
    ws["A1"] = "Fernleigh Garden Centre - plant stock"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "stock count 30 Nov; prices incl. tax; Disc. % = current markdown"
    ws["A3"] = None
    cols = ["SKU", "Plant", "Category", "Pot (L)", "Qty", "Cost ($)", "Price ($)", "Potted",
            "Sell by", "Supplier", "Bench", "Disc. %"]
    header(ws, 4, 1, cols)
    plants = [("Lavandula 'Hidcote'", "Perennial"), ("Buxus sempervirens", "Shrub"), ("Acer palmatum", "Tree"),
              ("Hebe 'Red Edge'", "Shrub"), ("Hosta 'June'", "Perennial"), ("Rosa 'Gertrude Jekyll'", "Rose"),
              ("Rosa 'Iceberg'", "Rose"), ("Clematis 'Nelly Moser'", "Climber"), ("Hedera helix", "Climber"),
              ("Malus 'Red Sentinel'", "Tree"), ("Salvia 'Caradonna'", "Perennial"), ("Viburnum tinus", "Shrub"),
              ("Geranium 'Rozanne'", "Perennial"), ("Prunus 'Amanogawa'", "Tree"), ("Cyclamen coum", "Bedding"),
              ("Viola cornuta", "Bedding"), ("Thymus vulgaris", "Herb"), ("Rosmarinus officinalis", "Herb"),
              ("Pittosporum 'Tom Thumb'", "Shrub"), ("Jasminum officinale", "Climber")]
    sups = ["Hortus Wholesale", "Greenleaf Nursery", "Kent Roses", "own propagation"]
    pots = {"Perennial": [1, 2, 3], "Shrub": [2, 3, 5, 10], "Tree": [10, 12, 20], "Rose": [4, 5],
            "Climber": [2, 3], "Bedding": [0.5, 1], "Herb": [1, 2]}
    for i in range(40):
        r = 5 + i
        pl, cat = plants[i] if i < 20 else rng.choice(plants)
        pot = rng.choice(pots[cat])
        cost = round(pot * rng.choice([1.1, 1.6, 2.2, 3.5]) + rng.choice([0.4, 1.2, 2.5]), 2)
        price = round(cost * rng.choice([1.8, 2.1, 2.5]) - 0.01, 2)
        potted = pick_offset(rng, -500, -15, {-180, -181, -179, -365, -366, -364, -90, -91, -89})
        sell = potted + rng.choice([120, 180, 270, 365])
        if sell in range(-3, 4) or sell in (30, 29, 31, 60, 61, 59):
            sell += 6
        disc = rng.choice([None, None, None, 0.1, 0.2, 0.25, 0.5])
        put(ws, r, 1, [f"FG-{5100 + 13 * i}", pl, cat, pot, rng.choice([0, 3, 6, 12, 18, 24, 40, 60, 96]),
                       cost, price, day(potted), day(sell),
                       "own propagation" if cat == "Herb" and rng.random() < 0.6 else rng.choice(sups),
                       f"{rng.choice(['N', 'S', 'T'])}{rng.randint(1, 8)}", disc],
            {5: "0.00", 6: "0.00", 11: "0%"})
    sa = wb.create_sheet("Sales")
    sa["A1"] = "Sales by category ($)"
    sa["A1"].font = BOLD
    cats = ["Perennial", "Shrub", "Tree", "Rose", "Climber", "Bedding", "Herb", "Bulbs", "Compost",
            "Pots", "Tools", "Seeds", "Gifts", "Cafe"]
    header(sa, 2, 1, ["Category"] + MONTHS + ["LY Nov"])
    for i, c in enumerate(cats):
        base = rng.choice([600, 1500, 3200, 5800, 9000])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.6, 0.82, 0.95, 1.05, 1.2, 1.45])))
            vals.append(v)
        put(sa, 3 + i, 1, [c] + vals + [round(vals[-1] * rng.choice([0.75, 0.9, 1.1, 1.3]))])
    sa["A19"] = "Plant losses (units)"
    sa["A19"].font = BOLD
    header(sa, 20, 1, ["Category"] + MONTHS + ["Max ok"])
    for i, c in enumerate(cats[:7] + ["Houseplant"]):
        vals = [rng.choice([0, 2, 4, 6, 9, 13, 18, 25]) for _ in range(6)]
        put(sa, 21 + i, 1, [c] + vals + [rng.choice([8, 10, 15])])
    dv = wb.create_sheet("Deliveries")
    dv["B1"] = "Deliveries in"
    dv["B1"].font = BOLD
    header(dv, 2, 2, ["PO", "Supplier", "Ordered", "Due", "Arrived", "Lines", "Lines short", "Checked by"])
    for i in range(24):
        r = 3 + i
        od = pick_offset(rng, -75, -3, {-14, -7, -30})
        due = od + rng.choice([3, 5, 7, 10])
        arr = due + rng.choice([-2, -1, 0, 0, 0, 1, 3, 6, 9])
        if arr >= 0:
            arr = None
        lines = rng.choice([4, 8, 12, 20, 35])
        short = rng.choice([0, 0, 0, 1, 2, 5]) if arr is not None else None
        put(dv, r, 2, [f"PO-{880 + i}", rng.choice(sups[:3] + ["Westland Compost", "Burgon & Ball"]),
                       day(od), day(due), day(arr) if arr is not None else None, lines, short,
                       rng.choice(["Meg", "Tariq", "Meg", "Alun"]) if arr is not None else None])
    quirks_garden(ws, sa, dv)
    widths(ws, "A B C D E F G H I J K L", [8, 24, 10, 7, 5, 8, 9, 11, 11, 17, 6, 7])
    wb.save(HERE / "garden_centre.xlsx")


def quirks_garden(ws, sa, dv) -> None:
    ws["A33"] = "FG-5230"                        # SKU entered twice (row 15)
    ws["B13"] = "Hedera helix "                  # trailing space (a one-off plant)
    ws["C35"] = "shrub"                          # odd case
    ws["E18"] = "24"                             # qty stored as text
    ws["H22"] = "19/07/2026"                     # potted date typed as text
    ws["J31"] = None                             # supplier not recorded
    ws["G12"] = 4.99                             # sold below cost
    ws["G44"] = 22.0
    sa["D9"] = None                              # closed for refit
    sa["F14"] = None
    dv["I11"] = None                             # arrived but not checked


if __name__ == "__main__":
    for f in (bike, pharmacy, swim, cowork, solar, garden):
        f()
    print("built 6 workbooks in", HERE)
