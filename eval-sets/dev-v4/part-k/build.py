"""Build the six workbooks of dev-v4 part K (openpyxl only, fixed seeds 1101-1106).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Run:  python build.py
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
TITLE = Font(bold=True, size=14)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        ws.cell(row=row, column=col + i, value=name).font = BOLD


def put(ws, row: int, col: int, values: list, datefmt: str = "dd/mm/yyyy",
        formats: dict | None = None) -> None:
    """Write a row; `formats` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = datefmt
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"
        elif isinstance(v, dt.timedelta):
            c.number_format = "[h]:mm"
        if formats and i in formats:
            c.number_format = formats[i]


def pick(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ dog_grooming
def grooming() -> None:
    rng = random.Random(1101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Pawfect Grooming Salon - bookings"
    ws["A1"].font = TITLE
    ws["A2"] = "exported from the diary app; prices incl. tax"
    ws["Q2"] = "Std full groom ($)"
    ws["R2"] = 85
    cols = ["Ref", "Dog", "Breed", "Size", "Owner", "Groomer", "Date", "Start", "End",
            "Service", "Price $", "Dep. $", "Paid?", "Notes"]
    header(ws, 4, 2, cols)                              # header at B4
    dogs = [("Biscuit", "Cockapoo", "M"), ("Luna", "Labrador", "L"), ("Milo", "Shih Tzu", "S"),
            ("Bear", "Newfoundland", "XL"), ("Poppy", "Border Terrier", "S"),
            ("Ziggy", "Miniature Schnauzer", "S"), ("Hazel", "Springer Spaniel", "M"),
            ("Otis", "Golden Retriever", "L"), ("Pepper", "Yorkshire Terrier", "S"),
            ("Rolo", "Dachshund", "S"), ("Maple", "Bernese Mountain Dog", "XL"),
            ("Juno", "Standard Poodle", "L"), ("Scout", "Jack Russell Terrier", "S"),
            ("Willow", "Cavapoo", "M"), ("Bruno", "Boxer", "L"), ("Daisy", "Bichon Frise", "S"),
            ("Archie", "West Highland Terrier", "S"), ("Nala", "Husky", "L"),
            ("Teddy", "Pomeranian", "S"), ("Ruby", "Cocker Spaniel", "M"),
            ("Moose", "Great Dane", "XL"), ("Coco", "Maltese", "S"), ("Fern", "Whippet", "M"),
            ("Gus", "Old English Sheepdog", "XL"), ("Hugo", "Airedale Terrier", "L"),
            ("Ivy", "Lhasa Apso", "S"), ("Kobe", "Samoyed", "L"), ("Lola", "Beagle", "M"),
            ("Mabel", "Goldendoodle", "L"), ("Ned", "Scottish Terrier", "S"),
            ("Olive", "Havanese", "S"), ("Pip", "Chihuahua", "S"), ("Rex", "German Shepherd", "L"),
            ("Sid", "Staffordshire Bull Terrier", "M"), ("Tilly", "Collie", "L"),
            ("Alfie", "Labradoodle", "L"), ("Bonnie", "Shetland Sheepdog", "M"),
            ("Cooper", "Australian Shepherd", "L")]
    owners = ["Ahmed", "Baker", "Carvalho", "Doyle", "Eriksen", "Flores", "Gupta", "Hughes",
              "Ivers", "Jacobs", "Khan", "Lowe", "Mensah", "Nilsen", "O'Brien", "Price",
              "Quinn", "Rahman", "Stewart", "Turner", "Uddin", "Vega", "Walsh", "Young",
              "Zhou", "Abbott", "Bishop", "Chowdhury", "Dean", "Ellis", "Frost", "Gill",
              "Holt", "Ingram", "Jain", "Kerr", "Lamb", "Moss"]
    groomers = ["Jess", "Marco", "Priya", "Tom", "Aisha"]
    services = {  # name: (minutes by size S/M/L/XL, base price by size)
        "Full groom": ((105, 105, 150, 180), (55, 70, 90, 120)),
        "Bath & brush": ((60, 60, 75, 90), (35, 45, 55, 70)),
        "Nail trim": ((30, 30, 30, 30), (15, 15, 18, 22)),
        "Hand strip": ((150, 150, 180, 180), (65, 80, 100, 130)),
        "Puppy intro": ((45, 45, 45, 45), (28, 28, 28, 28)),
        "De-shed": ((75, 90, 105, 150), (40, 55, 75, 95)),
    }
    sizes = ["S", "M", "L", "XL"]
    starts = [hm(7, 45), hm(8), hm(8, 15), hm(9, 15), hm(9, 30), hm(10), hm(10, 30), hm(11),
              hm(12, 30), hm(13), hm(13, 45), hm(14, 15), hm(15)]
    notes = [None] * 14 + ["matted behind ears", "nervous - muzzle", "Very matted, warn owner",
                           "allergic to oatmeal shampoo", "collect by 4", "first visit",
                           "bring own lead", "bites - muzzle on"]
    order = rng.sample(range(len(dogs)), 38)
    avoid = {0, 7, 8, -1, 1, 14, -7, -14, 6}
    rows = []
    for i in range(44):
        di = order[i] if i < 38 else order[rng.randrange(20)]
        dog, breed, size = dogs[di]
        owner = owners[di]
        service = rng.choice(list(services))
        mins, prices = services[service]
        k = sizes.index(size)
        price = prices[k] + rng.choice([0, 0, 5, 10])
        off = pick(rng, -24, 20, avoid)
        start = rng.choice(starts)
        t0 = start.hour * 60 + start.minute
        end = hm((t0 + mins[k]) // 60, (t0 + mins[k]) % 60)
        dep = rng.choice([None, None, None, 10, 15, 20, 25])
        if off < 0:
            paid = rng.choice(["Y", "Y", "Y", "Y", "N"])
        else:
            paid = rng.choice(["N", "N", None, "Y"])
        rows.append([f"PG-{3101 + i}", dog, breed, size, owner, rng.choice(groomers),
                     day(off), start, end, service, price, dep, paid, rng.choice(notes)])
    for i, row in enumerate(rows):
        put(ws, 5 + i, 2, row, datefmt="ddd dd/mm/yy")
    ws["B29"] = "PG-3111"                               # duplicate ref (row 15)
    ws["B44"] = "PG-3126"                               # duplicate ref (row 30)
    ws["G12"] = "Jess "                                 # trailing space
    ws["G33"] = None                                    # groomer not assigned
    ws["F21"] = None                                    # owner missing
    ws["F40"] = None
    ws["E18"] = "l"                                     # size in lower case
    ws["H26"] = "18/12/2026"                            # date typed as text
    ws["L16"] = "48"                                    # prices stored as text
    ws["L37"] = "62"
    ws["I23"] = None                                    # no start / end time yet
    ws["J23"] = None
    ws["I46"] = None
    ws["J46"] = None
    ws["J31"] = hm(9, 15)                               # ends before it starts (typo)
    ws["L29"] = 95                                      # no tie at the top-5 cut-off
    widths(ws, "A B C D E F G H I J K L M N O",
           [3, 9, 9, 22, 5, 10, 9, 13, 7, 7, 13, 8, 7, 6, 24])

    gs = wb.create_sheet("Groomers")
    header(gs, 1, 1, ["Name", "Level", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
                      "Wk tgt (hrs)", "Comm %", "Licence exp."])
    names = ["Jess Amos", "Marco Ricci", "Priya Nair", "Tom Becker", "Aisha Bello",
             "Kat Lyons", "Dev Shah", "Ellie Marsh", "Ros Dunn", "Leo Park", "Mina Cho",
             "Sean Foley", "Zara Hale", "Ben Ortiz", "Cleo Ward", "Raj Menon", "Ivy Stone",
             "Owen Pike"]
    hours = [4, 5.5, 6, 7, 7.5, 8, 8.5, 9, 9.5, 10]
    for i, nm in enumerate(names):
        r = 2 + i
        lvl = rng.choice(["Junior", "Senior", "Senior", "Lead", "Bather"])
        week = [rng.choice(hours) if rng.random() > 0.25 else None for _ in range(6)]
        tgt = rng.choice([20, 30, 35, 40])
        comm = rng.choice([0.2, 0.25, 0.28, 0.32, 0.35, 0.4])
        exp = day(pick(rng, -40, 320, {0, 60, 61, 59, -1, 1, 30}))
        put(gs, r, 1, [nm, lvl, *week, tgt, comm, exp], datefmt="d-mmm-yy", formats={9: "0%"})
    for c in "CDEFGH":
        gs[f"{c}11"] = None                             # on leave all week
    gs["E16"] = "7.5"                                   # hours stored as text
    gs["I16"] = 30
    wb.save(HERE / "dog_grooming.xlsx")


# ------------------------------------------------------------------ road_repairs
def roads() -> None:
    rng = random.Random(1102)
    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws["A1"] = "Ashford County Highways - repair work orders"
    ws["A1"].font = TITLE
    ws["A2"] = "costs in $, areas in m2; crews update weekly"
    ws["N2"] = "Approval limit ($)"
    ws["O2"] = 12000
    cols = ["WO #", "Road", "Dist.", "Defect", "Sev.", "Reported", "Target fix", "Completed",
            "Crew", "Est. Cost ($)", "Actual ($)", "Area (m²)"]
    header(ws, 4, 1, cols)                              # header at A4
    roads_ = ["Mill Lane", "Stonebridge Rd", "Church St", "Ashford Bypass", "Bridge End",
              "Kings Hill", "Orchard Way", "Bridgewater Ave", "Station Rd", "Long Drove",
              "Highfield Lane", "Marsh Rd", "Cowbridge Rd", "Old Forge Rd", "Quarry Lane"]
    defects = {"Pothole": (400, 2500), "Crack seal": (800, 4000), "Drainage": (1500, 9000),
               "Sign down": (150, 600), "Edge break": (1200, 6000), "Resurface": (8000, 26000)}
    crews = ["Team A", "Team B", "Team C", "Contractor", None]
    for i in range(50):
        r = 5 + i
        defect = rng.choice(list(defects))
        lo, hi = defects[defect]
        est = round(rng.uniform(lo, hi), -1)
        sev = rng.choice([1, 2, 2, 3, 3, 4, 5])
        rep = pick(rng, -150, -2, {-10, -11, -9, -60, -30})
        target = rep + {1: 56, 2: 42, 3: 28, 4: 14, 5: 5}[sev]
        if target in (0, 14, 15, 13, -14, -15, -13, 1, -1):
            target += 3
        done = None
        if rng.random() < 0.6:
            took = rng.choice([2, 6, 11, 19, 26, 38, 45, 52])
            if rep + took < 0:
                done = rep + took
        actual = None
        if done is not None:
            actual = round(est * rng.choice([0.78, 0.92, 1.0, 1.04, 1.09, 1.22, 1.41]), -1)
        area = rng.choice([0.6, 1.2, 1.8, 2.5, 3.4, 6.0, 8.8, 14.5, 22.0, 48.0])
        if defect == "Resurface":
            area = rng.choice([120.0, 240.0, 410.0])
        put(ws, r, 1, [f"WO-{26400 + i}", rng.choice(roads_), rng.choice(["North", "South", "East", "West"]),
                       defect, sev, day(rep), day(target), None if done is None else day(done),
                       rng.choice(crews), est, actual, area], datefmt="dd-mmm-yyyy",
            formats={9: "#,##0", 10: "#,##0"})
    ws["A31"] = "WO-26410"                              # duplicate WO (row 15)
    ws["D12"] = "pothole"                               # lower case
    ws["D40"] = "Pothole "                              # trailing space
    ws["J22"] = "3150"                                  # estimate stored as text
    ws["H27"] = "17/11/2026"                            # completed date typed as text
    ws["K27"] = 2380
    ws["E36"] = "4"                                     # severity stored as text
    ws["K44"] = None                                    # completed, actual not keyed yet
    ws["K49"] = None
    widths(ws, "A B C D E F G H I J K L", [10, 17, 7, 11, 5, 12, 12, 12, 10, 12, 10, 9])

    ms = wb.create_sheet("Monthly spend")
    ms["A1"] = "Spend by district & programme, Jul-Nov 2026 ($)"
    ms["A1"].font = Font(bold=True, size=12)
    header(ms, 3, 1, ["District", "Programme", "Budget", "Jul", "Aug", "Sep", "Oct", "Nov",
                      "YTD var"])
    r = 4
    for dist in ["North", "South", "East", "West"]:
        for prog in ["Potholes", "Drainage", "Signs & lines", "Resurfacing"]:
            base = {"Potholes": 9000, "Drainage": 14000, "Signs & lines": 3000,
                    "Resurfacing": 40000}[prog] * rng.choice([0.7, 0.9, 1.0, 1.2])
            budget = round(base * 5 * rng.choice([0.85, 1.0, 1.15]), -2)
            months = [round(base * rng.choice([0.3, 0.6, 0.85, 1.0, 1.15, 1.4, 1.9])
                            + rng.randint(-400, 400), -1) for _ in range(5)]
            for m in range(5):
                if rng.random() < 0.08:
                    months[m] = None
            var = budget - sum(x for x in months if x is not None)
            put(ms, r, 1, [dist, prog, budget, *months, var],
                formats={k: "#,##0;[Red]-#,##0" for k in range(2, 9)})
            r += 1
    ms["F9"] = 9870
    ms["H9"] = -1850                                    # credit (insurance recovery)
    ms["I9"] = ms["C9"].value - sum(ms[f"{c}9"].value or 0 for c in "DEFGH")
    widths(ms, "A B C D E F G H I", [10, 14, 10, 9, 9, 9, 9, 9, 10])
    wb.save(HERE / "road_repairs.xlsx")


# ------------------------------------------------------------------ choir_rehearsals
def choir() -> None:
    rng = random.Random(1103)
    wb = Workbook()
    ws = wb.active
    ws.title = "Singers"
    ws["A1"] = "Riverside Community Choir - members 2026/27"
    ws["A1"].font = TITLE
    cols = ["Singer", "Voice", "Joined", "Subs $", "Paid $", "Sep %", "Oct %", "Nov %",
            "Email", "Robe sz"]
    header(ws, 3, 1, cols)                              # header at A3
    first = ["Alice", "Bryn", "Carmen", "Declan", "Esme", "Fraser", "Gwen", "Harold", "Imogen",
             "Jasper", "Keira", "Lionel", "Maud", "Niall", "Orla", "Piers", "Rhian", "Simon",
             "Thea", "Umar", "Vera", "Wilf", "Yasmin", "Zac", "Beth", "Colin", "Dora", "Ewan",
             "Flora", "Glyn", "Hetty", "Ianto"]
    last = ["Ashby", "Bevan", "Crane", "Dlamini", "Evans", "Fenwick", "Griffiths", "Hollis",
            "Isaacs", "Jones", "Kaur", "Lloyd", "Morgan", "Nash", "Owen", "Pryce"]
    voices = ["Soprano", "Soprano", "Alto", "Alto", "Tenor", "Bass", "Bass"]
    pct = [0.25, 0.4, 0.55, 0.67, 0.75, 0.83, 0.92, 1.0]
    for i in range(32):
        r = 4 + i
        nm = f"{first[i]} {rng.choice(last)}"
        joined = dt.datetime(rng.choice([2009, 2012, 2015, 2018, 2019, 2021, 2022, 2023, 2024,
                                         2025, 2026]), rng.randint(1, 12), rng.randint(2, 27))
        if joined.date() > dt.date(2026, 9, 1):
            joined = dt.datetime(2026, 9, 8)
        subs = rng.choice([180, 180, 180, 90])
        paid = rng.choice([subs, subs, subs, 0, 60, 90, None])
        att = [rng.choice(pct) for _ in range(3)]
        if joined.year == 2026 and joined.month >= 9:
            att[0] = None
        email = nm.lower().replace(" ", ".") + "@mailbox.example"
        put(ws, r, 1, [nm, rng.choice(voices), joined, subs, paid, *att, email,
                       rng.choice(["S", "M", "L", "XL"])], datefmt="mmm yyyy",
            formats={5: "0%", 6: "0%", 7: "0%"})
    ws["A30"] = ws["A12"].value                         # same singer entered twice
    ws["B30"] = ws["B12"].value
    ws["I30"] = ws["I12"].value
    ws["I17"] = None                                    # no email
    ws["I26"] = None
    ws["I21"] = "keira.lloyd at mailbox.example"        # no @
    ws["B15"] = "alto"                                  # lower case
    ws["G33"] = None                                    # missed the Oct register
    ws["H9"] = None
    widths(ws, "A B C D E F G H I J", [16, 9, 10, 7, 7, 7, 7, 7, 30, 7])

    # side table: music folders out
    header(ws, 3, 12, ["Folder #", "Borrowed by", "Out", "Returned"])
    for i in range(16):
        r = 4 + i
        out = day(pick(rng, -90, -3, set()))
        back = None if rng.random() < 0.35 else out + dt.timedelta(days=rng.randint(7, 40))
        if back is not None and back.date() >= BUILT:
            back = None
        put(ws, r, 12, [f"F-{101 + i}", ws.cell(row=4 + rng.randrange(32), column=1).value,
                        out, back], datefmt="dd/mm/yy")

    rh = wb.create_sheet("Rehearsals")
    rh["A1"] = "Rehearsal schedule - autumn & winter"
    rh["A1"].font = Font(bold=True, size=12)
    rh["M2"] = "Quorum"
    rh["N2"] = 26
    header(rh, 2, 1, ["Date", "Day", "Start", "End", "Length", "Venue", "Repertoire",
                      "Conductor", "Hall hire $", "Headcount", "Status"])
    reps = ["Messiah (Handel)", "Carols - set A", "Faure Requiem", "Carols - set B",
            "Messiah choruses", "Spirituals", "Rutter Gloria", "Sea shanties"]
    venues = {"St Mary's": 120, "Church hall": 60, "Library annex": 0, "Town hall": 180}
    date = dt.date(2026, 9, 1)
    r = 3
    while date < dt.date(2027, 1, 28):
        wd = date.weekday()
        start = rng.choice([hm(19), hm(19, 15), hm(19, 30)]) if wd < 5 else rng.choice([hm(10), hm(14)])
        if wd < 5 and rng.random() < 0.15:
            start = hm(19, 45)
        length = rng.choice([90, 120, 150]) if wd < 5 else rng.choice([180, 240])
        t0 = start.hour * 60 + start.minute + length
        end = hm(t0 // 60, t0 % 60)
        venue = rng.choice(list(venues))
        off = (date - BUILT).days
        status = "Planned" if off >= 0 else rng.choice(["Held"] * 7 + ["Cancelled"])
        head = rng.randint(14, 48) if status == "Held" else None
        put(rh, r, 1, [dt.datetime.combine(date, dt.time()), date.strftime("%a"), start, end,
                       dt.timedelta(minutes=length), venue, rng.choice(reps),
                       rng.choice(["Ruth", "Ruth", "Ruth", "Owain", "Ruth"]),
                       venues[venue] * length // 120, head, status], datefmt="dd/mm/yyyy")
        r += 1
        date += dt.timedelta(days=rng.choice([2, 5, 7, 7, 4]))
    rh["A23"] = dt.datetime(2026, 12, 2)                # moved to Wednesday
    rh["B23"] = "Wed"
    rh["E9"] = dt.timedelta(minutes=120)                # length not matching start/end
    rh["E20"] = dt.timedelta(minutes=150)
    widths(rh, "A B C D E F G H I J K", [11, 5, 7, 7, 7, 14, 18, 10, 11, 10, 10])
    wb.save(HERE / "choir_rehearsals.xlsx")


# ------------------------------------------------------------------ coffee_roastery
def coffee() -> None:
    rng = random.Random(1104)
    wb = Workbook()
    ws = wb.active
    ws.title = "Roast log"
    ws["A1"] = "Little Kiln Coffee Roasters"
    ws["A1"].font = TITLE
    ws["A2"] = "roast log - machine: 15kg drum"
    ws["A3"] = "loss % = 1 - roasted / green"
    cols = ["Batch", "Roast date", "Origin", "Process", "Roaster", "Green (kg)",
            "Roasted (kg)", "Loss %", "Drop temp (°C)", "Tgt temp", "Roast time", "Cupping",
            "Notes"]
    header(ws, 5, 1, cols)                              # header at A5
    origins = ["Ethiopia", "Colombia", "Brazil", "Guatemala", "Kenya", "Sumatra", "Peru",
               "Rwanda", "Costa Rica", "Honduras"]
    notes = [None] * 6 + ["slightly scorched tips", "Scorching on a few beans", "bright, lemony",
                          "underdeveloped", "chocolate, nutty", "for espresso blend"]
    avoid = {0, -14, -13, -15, -1}
    for i in range(48):
        r = 6 + i
        off = pick(rng, -60, -1, avoid)
        green = rng.choice([8.0, 10.0, 12.0, 12.0, 14.5, 15.0])
        loss = rng.choice([0.118, 0.127, 0.134, 0.141, 0.152, 0.163, 0.171, 0.186, 0.214])
        roasted = round(green * (1 - loss), 2)
        tgt = rng.choice([205, 210, 214, 218, 224])
        drop = tgt + rng.choice([-4, -2, 0, 1, 3, 7, 9])
        secs = rng.choice([600, 645, 690, 720, 750, 795, 810, 840, 900])
        if secs == 780:
            secs = 795
        cup = rng.choice([81.5, 83.0, 84.25, 85.5, 86.25, 87.5, 88.75, None])
        put(ws, r, 1, [f"R{2611 + i}", day(off), rng.choice(origins),
                       rng.choice(["Washed", "Washed", "Natural", "Honey"]),
                       rng.choice(["Sam", "Lou", "Sam", "Ade", "Kit"]), green, roasted,
                       round(1 - roasted / green, 4), drop, tgt,
                       dt.time(0, secs // 60, secs % 60), cup, rng.choice(notes)],
            datefmt="d mmm yy", formats={7: "0.0%", 10: "mm:ss"})
    ws["A30"] = "R2620"                                 # duplicate batch (row 15)
    ws["A47"] = "R2640"                                 # duplicate batch (row 35)
    ws["C12"] = "ethiopia"                              # lower case
    ws["D22"] = "Washed "                               # trailing space
    ws["F18"] = "12"                                    # green weight stored as text
    ws["B40"] = "27/10/2026"                            # date typed as text
    ws["C20"] = "Burundi"                               # origins roasted once
    ws["C42"] = "Yemen"
    ws["L34"] = 88.0                                    # no tie at the top-3 cut-off
    ws["L37"] = 89.25
    ws["E25"] = None                                    # roaster not logged
    ws["C44"] = None                                    # origin missing
    ws["H33"] = 0.095                                   # loss % typed wrong
    widths(ws, "A B C D E F G H I J K L M", [8, 11, 12, 9, 8, 9, 11, 8, 13, 8, 10, 8, 24])

    bs = wb.create_sheet("Blend sales")
    header(bs, 1, 1, ["Blend", "Size", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Tgt/mo",
                      "Chg vs LY"])
    blends = ["House", "Espresso No.2", "Decaf", "Sunrise", "Night Owl", "Single Origin",
              "Filter Club", "Cold Brew", "Café Crème", "Mocha Java", "Wholesale Dark"]
    r = 2
    for b in blends:
        for size in ["250g", "1kg"]:
            base = rng.choice([40, 60, 90, 130, 180, 260])
            tgt = round(base, -1)
            vals = [round(base * rng.choice([0.5, 0.75, 0.9, 1.05, 1.2, 1.45])) + rng.randint(-6, 6)
                    for _ in range(6)]
            vals = [v + 3 if v == tgt else v for v in vals]
            for m in range(6):
                if rng.random() < 0.06:
                    vals[m] = None
            put(bs, r, 1, [b, size, *vals, tgt,
                           rng.choice([-0.22, -0.08, -0.03, 0.04, 0.11, 0.19, 0.35])],
                formats={9: "0%"})
            r += 1
    bs["E9"] = 0                                        # nothing sold
    bs["G17"] = 0
    bs["E20"] = 138                                     # one row above target every month
    widths(bs, "A B C D E F G H I J", [15, 6, 6, 6, 6, 6, 6, 6, 8, 10])
    wb.save(HERE / "coffee_roastery.xlsx")


# ------------------------------------------------------------------ print_shop
def printshop() -> None:
    rng = random.Random(1105)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Inkwell Print Co. - job board"
    ws["A1"].font = TITLE
    ws["A2"] = "qty = finished pieces; $ ex GST"
    cols = ["Job#", "Customer", "Product", "Qty", "Stock", "Ordered", "Due", "Proof sent",
            "Done", "Quote", "Invoiced", "Rush?", "Status"]
    header(ws, 4, 2, cols)                              # header at B4
    customers = ["Harbor Dental", "Oak & Ivy", "The Daily Grind", "Brightwater School",
                 "Kessler Law", "The Green Fork", "Summit Gym", "Nova Realty"]
    products = {"Business cards": (250, 5000), "Flyers A5": (500, 10000),
                "Posters A2": (10, 200), "Menus": (50, 400), "Booklets": (100, 2000),
                "Banners": (1, 6), "Postcards": (200, 3000), "Letterheads": (500, 2500)}
    for i in range(46):
        r = 5 + i
        prod = rng.choice(list(products))
        qty = rng.choice([round(rng.uniform(*products[prod]), -1 if products[prod][1] > 100 else 0)])
        qty = max(int(qty), 1)
        ordered = pick(rng, -50, -1, {-21, -22, -20})
        due = ordered + rng.choice([3, 5, 7, 10, 14, 21])
        if due in (0, 5, 6, 4, -1, 1):
            due += 2
        proof = ordered + rng.choice([0, 1, 2, 4, 8]) if rng.random() < 0.8 else None
        if proof is not None and proof >= 0:
            proof = None
        done = None
        if due < 2 and rng.random() < 0.75:
            done = due + rng.choice([-3, -2, -1, 0, 0, 2, 4])
            if done >= 0:
                done = None
        unit = {"Business cards": 0.09, "Flyers A5": 0.11, "Posters A2": 6.5, "Menus": 3.2,
                "Booklets": 2.8, "Banners": 85.0, "Postcards": 0.35, "Letterheads": 0.16}[prod]
        quote = round(qty * unit * rng.choice([0.9, 1.0, 1.1]) + 35, 0)
        invoiced = None
        if done is not None and rng.random() < 0.8:
            invoiced = round(quote * rng.choice([1.0, 1.0, 1.0, 0.95, 1.1, 1.25]), 2)
        rush = rng.choice(["Y", None, None, None])
        status = ("Delivered" if invoiced is not None else "Printed") if done is not None else \
            rng.choice(["Awaiting proof", "In press", "In press", "On hold"])
        put(ws, r, 2, [f"J-{5301 + i}", rng.choice(customers), prod, qty,
                       rng.choice(["Silk 350", "Matte 300", "Uncoated 120", "Gloss 170", "Vinyl"]),
                       day(ordered), day(due), None if proof is None else day(proof),
                       None if done is None else day(done), quote, invoiced, rush, status],
            datefmt="dd/mm/yyyy", formats={9: "$#,##0.00", 10: "$#,##0.00"})
    ws["B33"] = "J-5314"                                # duplicate job number (row 18)
    ws["C25"] = "The Daily Grind "                      # trailing space
    ws["D29"] = "business cards"                        # lower case
    ws["E14"] = "1500"                                  # qty stored as text
    ws["H38"] = "15/12/2026"                            # due date typed as text
    ws["L44"] = -45.0                                   # credit note
    ws["E29"] = 1200
    ws["F29"] = "Silk 350"
    ws["C44"] = "Oak & Ivy"
    widths(ws, "A B C D E F G H I J K L M N", [3, 8, 19, 15, 7, 12, 11, 11, 11, 11, 10, 10, 6, 14])
    # side table: customer credit limits
    header(ws, 4, 16, ["Customer", "Credit limit"])
    for i, c in enumerate(customers):
        put(ws, 5 + i, 16, [c.strip(), rng.choice([500, 1000, 1500, 2500, 5000])],
            formats={1: "$#,##0"})

    pl = wb.create_sheet("Press log")
    header(pl, 1, 1, ["Date", "Press", "Job#", "Start", "Finish", "Run time", "Sheets",
                      "Waste", "Operator"])
    r = 2
    d0 = BUILT - dt.timedelta(days=36)
    while r < 38:
        d0 += dt.timedelta(days=rng.choice([0, 1, 1, 1, 2]))
        s = rng.choice([hm(6, 30), hm(7), hm(8, 15), hm(9, 45), hm(11), hm(13, 30), hm(15),
                        hm(18, 20), hm(19, 10)])
        mins = rng.choice([35, 50, 75, 95, 120, 165, 195])
        t0 = s.hour * 60 + s.minute + mins
        sheets = rng.choice([400, 750, 1200, 2500, 4000, 6500])
        waste = round(sheets * rng.choice([0.01, 0.025, 0.04, 0.06, 0.09]))
        put(pl, r, 1, [dt.datetime.combine(d0, dt.time()),
                       rng.choice(["Heidelberg", "Konica 1", "Konica 2", "Wide-format"]),
                       f"J-{5301 + rng.randrange(46)}", s, hm(t0 // 60, t0 % 60),
                       dt.timedelta(minutes=mins), sheets, waste,
                       rng.choice(["Kim", "Raf", "Dee", "Kim"])], datefmt="ddd d mmm")
        r += 1
    pl["F12"] = dt.timedelta(minutes=60)                # run time keyed wrong
    pl["F27"] = dt.timedelta(minutes=15)

    ink = wb.create_sheet("Ink (ml)")
    ink["A1"] = "Ink usage per press per week (ml)"
    header(ink, 2, 1, ["Week of", "Press", "C", "M", "Y", "K", "Spot"])
    r = 3
    for w in range(6):
        monday = BUILT - dt.timedelta(days=7 * (6 - w)) - dt.timedelta(days=1)
        for press in ["Heidelberg", "Konica 1", "Konica 2"]:
            vals = [rng.choice([120, 240, 380, 510, 640, 770, 860, 950]) + rng.randint(-9, 9) * 5
                    for _ in range(4)]
            spot = rng.choice([None, None, 90, 150, 310])
            if rng.random() < 0.1:
                vals[rng.randrange(4)] = None
            put(ink, r, 1, [dt.datetime.combine(monday, dt.time()), press, *vals, spot],
                datefmt="dd/mm/yyyy")
            r += 1
    ink["D12"] = 905                                    # keep off the 900 ml threshold
    wb.save(HERE / "print_shop.xlsx")


# ------------------------------------------------------------------ marina_berths
def marina() -> None:
    rng = random.Random(1106)
    wb = Workbook()
    ws = wb.active
    ws.title = "Berths"
    ws["A1"] = "Kingsport Marina - berth register"
    ws["A1"].font = TITLE
    ws["A2"] = "lengths in metres; balance: + owed to marina, - in credit"
    ws["P2"] = "Late fee applies over $"
    ws["Q2"] = 400
    cols = ["Berth", "Pontoon", "Boat", "Type", "LOA (m)", "Max LOA (m)", "Beam (m)", "Owner",
            "Contract start", "Contract end", "Fee/mo $", "Balance $", "Insurance exp.",
            "Status"]
    header(ws, 4, 1, cols)                              # header at A4
    boats = ["Sea Spray", "Wanderer", "Blue Heron", "Seaweed", "Kittiwake", "Moonraker",
             "Salty Dog", "Osprey", "Northern Star", "Serendipity", "Tern", "Halcyon",
             "Sea Breeze", "Puffin", "Aurora", "Jolly Roger", "Odyssey", "Windfall",
             "Corsair", "Lady Grey", "Mistral", "Merlin", "Overseas", "Pelican", "Ripple",
             "Calypso", "Driftwood", "Zephyr", "Albatross", "Nautilus", "Selkie", "Marlin",
             "Dolphin", "Rascal", "Sundowner", "Tempest", "Vagabond", "Wild Goose"]
    owners = ["Adams", "Brook", "Carter", "Dunn", "Eames", "Ford", "Grey", "Hunt", "Irwin",
              "Judd", "Kemp", "Lyle", "Mann", "Nye", "Orr", "Pike", "Rowe", "Shaw", "Tate",
              "Vane", "Webb", "York"]
    maxlen = {"A": 10.0, "B": 12.0, "C": 15.0, "D": 20.0}
    i = 0
    r = 5
    for pontoon in "ABCD":
        for k in range(10):
            berth = f"{pontoon}{k + 1:02d}"
            mx = maxlen[pontoon]
            vacant = rng.random() < 0.12
            if vacant:
                put(ws, r, 1, [berth, f"Pontoon {pontoon}", None, None, None, mx, None, None,
                               None, None, round(mx * 38), None, None, "Vacant"])
                r += 1
                continue
            typ = rng.choice(["Sail", "Sail", "Motor", "Motor", "RIB", "Catamaran"])
            loa = round(mx * rng.choice([0.62, 0.75, 0.84, 0.9, 0.96, 1.07]), 1)
            beam = round(loa * (0.5 if typ == "Catamaran" else rng.choice([0.3, 0.33, 0.36])), 2)
            start = pick(rng, -900, -15, {-365, -730})
            end = start + rng.choice([180, 365, 365, 730])
            if end in (0, 60, 61, 59, -1, 1):
                end += 4
            fee = round(mx * 38 + rng.choice([0, 15, 30]))
            bal = rng.choice([0, 0, 0, 0, 150, 380, 520, 780, 1250, -120, -300])
            ins = day(pick(rng, -120, 300, {0, -30, -31, -29, -1, 1}))
            status = rng.choice(["Occupied"] * 6 + ["Reserved", "Arrears"])
            put(ws, r, 1, [berth, f"Pontoon {pontoon}", boats[i], typ, loa, mx, beam,
                           rng.choice(owners), day(start), day(end), fee, bal, ins, status],
                datefmt="dd/mm/yyyy", formats={10: "0", 11: "#,##0;[Red]-#,##0"})
            i += 1
            r += 1
    ws["A31"] = "C06"                                   # duplicate berth number (row 30)
    ws["D15"] = "sail"                                  # lower case
    ws["E20"] = "11.9"                                  # LOA stored as text
    ws["J24"] = "14/06/2027"                            # contract end typed as text
    ws["B37"] = "Pontoon D "                            # trailing space
    ws["J13"] = day(25)                                 # contracts ending soon
    ws["J36"] = day(48)
    ws["M11"] = None                                    # insurance date missing
    ws["M34"] = None
    widths(ws, "A B C D E F G H I J K L M N", [7, 11, 14, 10, 8, 11, 9, 9, 13, 13, 9, 10, 14, 9])

    oc = wb.create_sheet("Occupancy")
    oc["A1"] = "Occupancy by pontoon & size band, Jun-Nov 2026"
    oc["A1"].font = Font(bold=True, size=12)
    header(oc, 2, 1, ["Pontoon", "Band", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Tgt %"])
    r = 3
    for pontoon in "ABCD":
        for band in ["<8m", "8-12m", "12m+", "visitor"]:
            if pontoon == "A" and band == "12m+":
                continue
            tgt = rng.choice([0.75, 0.8, 0.85, 0.9])
            vals = [round(rng.choice([0.42, 0.55, 0.64, 0.71, 0.78, 0.83, 0.88, 0.94])
                          + rng.randint(-3, 3) / 100, 2) for _ in range(6)]
            if rng.random() < 0.15:
                vals[rng.randrange(6)] = None
            put(oc, r, 1, [pontoon, band, *vals, tgt], formats={k: "0%" for k in range(2, 9)})
            r += 1
    oc["F6"] = 0.79                                     # a drop of 11 points, not exactly 10

    wl = wb.create_sheet("Waitlist")
    header(wl, 1, 1, ["Name", "Email", "Boat LOA (m)", "Added", "Pref. pontoon", "Notes"])
    people = ["Ann Hale", "Bob Reid", "Cath Lowe", "Dan Price", "Emma Cole", "Fred Lamb",
              "Gina Shaw", "Hal Ross", "Iris Dale", "Jack Bond", "Kate Moss", "Liam Hart",
              "Mary Kay", "Ned Ball", "Olga Roy", "Paul Snow", "Rita Day", "Stan Fox",
              "Tess Wood", "Vic Lane", "Wendy Hill", "Xan Ford"]
    for k, p in enumerate(people):
        added = day(pick(rng, -800, -2, {-365, -366, -364}))
        put(wl, 2 + k, 1, [p, p.lower().replace(" ", "_") + "@post.example",
                           round(rng.uniform(6, 18), 1), added, rng.choice(["A", "B", "C", "D", "any"]),
                           rng.choice([None, None, "needs shore power", "liveaboard", "winter only"])],
            datefmt="dd/mm/yyyy")
    wl["B14"] = wl["B5"].value.upper()                  # same email, other case
    wl["A14"] = "D. Price"
    wl["B20"] = wl["B9"].value                          # same email again
    wl["C11"] = "12.5"                                  # length stored as text
    wl["E11"] = "D"
    wb.save(HERE / "marina_berths.xlsx")


if __name__ == "__main__":
    for f in (grooming, roads, choir, coffee, printshop, marina):
        f()
    print("built 6 workbooks in", HERE)
