"""Build the six workbooks of calib-v1 part AO (openpyxl only, fixed seeds 1801-1806).

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


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def hm_of(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


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


def title(ws, ref: str, text: str, size: int = 14) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=size)


# ------------------------------------------------------------------ surf_school
def surf() -> None:
    rng = random.Random(1801)
    wb = Workbook()
    ws = wb.active
    ws.title = "Lessons"
    title(ws, "A1", "Breakline Surf School - lesson bookings")
    ws["A2"] = "lessons are 2 hrs unless stated; price is per booking (whole group), wetsuit hire included"
    ws["P1"] = "Max group size"
    ws["Q1"] = 8
    ws["P2"] = "Deposit / person ($)"
    ws["Q2"] = 20
    cols = ["Booking", "Student", "Age", "Level", "Date", "Start", "Length (min)", "Group",
            "Instructor", "Board", "Price ($)", "Paid ($)", "Status", "Notes"]
    header(ws, 4, 1, cols)
    students = ["Ella Moore", "Finn Walsh", "Ruby Tan", "Oscar Reid", "Isla Grant", "Noah Lewis",
                "Maisie Cole", "Arlo Byrne", "Zoe Martin", "Leo Okafor", "Hana Sato", "Jack Penrose",
                "Amelie Roux", "Sam Treloar", "Priya Das", "Tom Hicks", "Grace Kim", "Callum Ross",
                "Nia Evans", "Ben Carter", "Lucia Gomez", "Ravi Patel", "Holly Pascoe", "Dylan Rowe",
                "Ivy Chen", "Matteo Ricci", "Freya Nash", "Kofi Mensah", "Chloe Bray", "Ethan Polglase",
                "Sofia Alves", "Rhys Jenkin", "Mia Johansson", "Liam Tregear", "Ava Brennan",
                "Jonas Weber", "Poppy Hart", "Yusuf Kaya", "Erin Doyle", "Max Keast"]
    levels = ["Beginner", "Beginner", "Beginner", "Improver", "Improver", "Intermediate", "Advanced"]
    instructors = ["Kai", "Maya", "Tane", "Bodhi", "Lena"]
    boards = ["Foamie 8'0", "Foamie 8'0", "Foamie 9'0", "Mini-mal 7'6", "Longboard 9'2", "Shortboard 6'2"]
    notes = [None, None, None, None, "first lesson", "birthday", "needs 5mm suit", "nervous swimmer",
             "school group", "gift voucher", "rescheduled from 14 Nov", "bring own board"]
    rate = {60: 45, 90: 55, 120: 65}
    private = {60: 95, 90: 120, 120: 140}
    for i, nm in enumerate(students):
        r = 5 + i
        off = pick_offset(rng, -34, 18, {0, -1, 1, 7, 14, 15, 13, -30, -31, -29})
        level = rng.choice(levels)
        ln = rng.choice([60, 90, 120, 120, 120])
        group = rng.choice([1, 1, 2, 3, 4, 4, 5, 6, 7])
        price = private[ln] if group == 1 else group * rate[ln]
        if off < 0:
            status = rng.choice(["Completed"] * 7 + ["No-show", "Cancelled", "Cancelled"])
        else:
            status = rng.choice(["Confirmed", "Confirmed", "Confirmed", "Pending"])
        paid = None
        if status == "Completed":
            paid = price if rng.random() < 0.85 else price - rng.choice([20, 45])
        elif status == "No-show":
            paid = 20 * group
        elif status == "Confirmed":
            paid = 20 * group if rng.random() < 0.6 else price
        st = rng.choice(range(8 * 60, 16 * 60 + 1, 30))
        age = rng.choice([8, 9, 11, 12, 14, 16, 19, 23, 27, 31, 35, 38, 44, 49, 53, 58, 63])
        put(ws, r, 1, [f"BK-{2601 + i}", nm, age, level, day(off), hm_of(st), ln, group,
                       rng.choice(instructors), rng.choice(boards), price, paid, status, rng.choice(notes)],
            {10: "#,##0", 11: "#,##0"})

    cd = wb.create_sheet("Conditions")
    title(cd, "A1", "Daily surf log - November 2026", 12)
    cd["A2"] = "readings at 7am from the beach hut; wind in knots; lessons run = sessions that went ahead"
    header(cd, 3, 1, ["Date", "Wave (m)", "Period (s)", "Wind (kn)", "Wind dir", "Water (°C)",
                      "Lessons run", "Cancelled"])
    dirs = ["N", "NE", "E", "SE", "S", "SW", "SW", "W", "W", "NW"]
    for i in range(30):
        r = 4 + i
        wave = rng.choice([0.3, 0.5, 0.6, 0.8, 0.9, 1.1, 1.2, 1.4, 1.6, 1.9, 2.3, 2.8])
        wind = rng.choice([3, 5, 7, 8, 11, 12, 14, 17, 19, 22, 26])
        water = round(14.6 - i * 0.07 + rng.choice([-0.2, 0, 0.1, 0.3]), 1)
        run = rng.choice([0, 2, 3, 4, 5, 6, 8]) if i % 7 not in (0, 6) else rng.choice([4, 6, 7, 9])
        canc = rng.choice([0, 0, 0, 1, 2, 3])
        put(cd, r, 1, [date(2026, 11, 1 + i), wave, rng.choice([6, 7, 8, 9, 10, 11, 12, 13, 14]), wind,
                       rng.choice(dirs), water, run, canc], {1: "0.0", 5: "0.0"})

    tb = wb.create_sheet("Team & boards")
    tb["A1"] = "Instructors"
    tb["A1"].font = BOLD
    header(tb, 2, 1, ["Name", "ISA cert expiry", "First aid exp.", "Hrs Oct", "Hrs Nov", "Rating"])
    team = ["Kai", "Maya", "Tane", "Bodhi", "Lena", "Rob (trainee)", "Jess"]
    for i, p in enumerate(team):
        put(tb, 3 + i, 1, [p, day(pick_offset(rng, -40, 500, {0})), day(pick_offset(rng, -20, 400, {0})),
                           rng.choice([12, 18, 26, 33, 41, 48]), rng.choice([8, 14, 21, 27, 35]),
                           rng.choice([4.1, 4.4, 4.6, 4.7, 4.8, 4.9])], {5: "0.0"})
    tb["H1"] = "Board quiver"
    tb["H1"].font = BOLD
    header(tb, 2, 8, ["Board #", "Type", "Length (ft)", "Bought", "Last repair", "Condition", "Lessons"])
    quiver = [("Foamie", 8.0), ("Foamie", 8.0), ("Foamie", 8.0), ("Foamie", 9.0), ("Foamie", 9.0),
              ("Foamie", 8.0), ("Mini-mal", 7.5), ("Mini-mal", 7.5), ("Longboard", 9.2), ("Longboard", 9.5),
              ("Shortboard", 6.2), ("Shortboard", 5.9), ("Fish", 5.8), ("Foamie", 7.0)]
    for i, (typ, ln) in enumerate(quiver):
        bought = date(rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if bought.date() > BUILT:
            bought = date(2026, 3, 14)
        rep = pick_offset(rng, -300, -3, set())
        put(tb, 3 + i, 8, [f"Q{i + 1:02d}", typ, ln, bought, day(rep),
                           rng.choice(["Good", "Good", "Fair", "Worn", "Needs repair"]),
                           rng.choice([14, 22, 37, 45, 58, 61, 73, 88, 102])], {2: "0.0"})
    quirks_surf(ws, cd, tb)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 15, 5, 12, 11, 7, 12, 7, 10, 14, 9, 8, 11, 22, 3, 20, 5])
    widths(tb, "A B C D E F G H I J K L M N", [14, 14, 13, 8, 8, 7, 3, 8, 11, 11, 11, 11, 12, 8])
    wb.save(HERE / "surf_school.xlsx")


def quirks_surf(ws, cd, tb) -> None:
    ws["A38"] = "BK-2612"                        # duplicate booking ref (row 16)
    ws["B30"] = "Matteo Ricci "                  # trailing space (one-off name)
    ws["M24"] = "completed"                      # odd case
    ws["K27"] = "135"                            # price stored as text
    ws["E21"] = "17/11/2026"                     # lesson date typed as text (a Tuesday)
    ws["C19"] = "adult"                          # ages typed as words
    ws["C44"] = "16?"
    ws["I33"] = ws["I42"] = None                 # no instructor assigned
    ws["M37"] = ws["M25"] = "No-show"
    ws["L37"] = 100
    ws["L25"] = 20
    ws["H29"], ws["K29"] = 10, 550               # groups above the max in Q1
    ws["H40"], ws["K40"] = 9, 585
    ws["B41"] = "Ella Moore"                     # repeat students (rows 5, 14)
    ws["B43"] = "Leo Okafor"
    cd["F31"] = 12.8
    cd["F7"] = 14.4
    cd["F29"] = 13.1
    for i, n in enumerate([102, 96, 58, 37, 41, 73, 110, 22, 29, 64, 18, 33, 45, 12]):
        tb.cell(3 + i, 14, n)
    setd(tb, "C6", day(41))                      # first aid due soon


# ------------------------------------------------------------------ physio_clinic
def physio() -> None:
    rng = random.Random(1802)
    wb = Workbook()
    ws = wb.active
    ws.title = "Caseload"
    title(ws, "A1", "Peak Motion Sports Physio - caseload")
    ws["A2"] = "one row per episode of care; sessions = treatment sessions so far (initial assessment included)"
    ws["A3"] = "Pain: patient-reported 0-10 (VAS) at first visit and at the last session"
    cols = ["Pt ID", "Name", "Sport", "Injury", "Side", "Referred by", "Initial assmt", "Last seen",
            "Sessions", "Auth. sessions", "Pain start", "Pain now", "Insurer", "Status"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["Q5"] = "Review every (days)"
    ws["R5"] = 28
    ws["Q6"] = "Pain alert (0-10)"
    ws["R6"] = 7
    names = ["Aaron Pike", "Bella Shore", "Conor Daly", "Dina Haddad", "Ewan Fraser", "Fatima Noor",
             "Gareth Lloyd", "Helen Voss", "Imran Qureshi", "Jade Whitfield", "Kieran Lynch", "Laura Binns",
             "Marcus Oyelaran", "Nadia Petrova", "Owen Pritchard", "Paula Serra", "Quentin Hale",
             "Rosa Lindgren", "Simon Achebe", "Tessa Moran", "Ugo Bianchi", "Vicky Lam", "Wes Thornton",
             "Xiomara Cruz", "Yasmin Aziz", "Zac Hollis", "Abby Cheung", "Brendan Foy", "Carla Dunne",
             "Dev Malhotra", "Eilidh Baird", "Felix Gruber", "Gemma Hurst", "Harvey Onu", "Ines Vidal",
             "Jordan Keel"]
    sports = ["Football", "Rugby", "Running", "Netball", "Tennis", "Cycling", "Swimming", "CrossFit",
              "Golf", "Hockey", "Running", "Football"]
    injuries = ["ACL reconstruction", "Hamstring strain", "Ankle sprain", "Achilles tendinopathy",
                "Patellofemoral pain", "Rotator cuff tear", "Tennis elbow", "Low back pain",
                "Shin splints", "Groin strain", "Plantar fasciitis", "Hamstring strain", "Ankle sprain"]
    insurers = ["Bupa", "AXA Health", "Vitality", "Aviva", None, None]
    for i, nm in enumerate(names):
        r = 6 + i
        init = pick_offset(rng, -210, -4, {-28, -27, -29})
        last = min(init + rng.choice([0, 7, 14, 21, 35, 49, 63, 90, 120]), -1)
        if rng.random() < 0.35:
            last = pick_offset(rng, max(init, -60), -1, {-28, -27, -29})
        sessions = max(1, min(16, (last - init) // 7 + rng.choice([1, 1, 2])))
        ins = rng.choice(insurers)
        auth = rng.choice([6, 8, 10, 12]) if ins else None
        ps = rng.choice([3, 4, 5, 6, 7, 8, 9])
        pn = max(0, ps - rng.choice([-1, 0, 1, 2, 3, 4, 5]))
        status = rng.choice(["Active", "Active", "Active", "Discharged", "On hold", "Waitlist"])
        if status == "Waitlist":
            sessions, last, pn = 1, init, None
        put(ws, r, 2, [f"PM-{3100 + i * 7}", nm, rng.choice(sports), rng.choice(injuries),
                       rng.choice(["L", "R", "R", "L", "Bilat"]), rng.choice(["GP", "Self", "Self", "Club",
                                                                            "Surgeon", "Insurer"]),
                       day(init), day(last), sessions, auth, ps, pn, ins, status])

    dy = wb.create_sheet("Diary")
    title(dy, "A1", "Clinic diary - 23 Nov to 16 Dec", 12)
    dy["A2"] = "attended: Y / N (DNA); blank = still to come"
    header(dy, 3, 1, ["Date", "Time", "Patient", "Therapist", "Appt type", "Room", "Fee ($)", "Attended"])
    therapists = ["Sian", "Marco", "Ade", "Jo", "Kit"]
    types = [("Initial assessment", 85), ("Follow-up", 60), ("Follow-up", 60), ("Follow-up", 60),
             ("Sports massage", 55), ("Rehab class", 25), ("Shockwave", 70)]
    rows = []
    for i in range(38):
        off = pick_offset(rng, -10, 13, {0, -7, 7})
        if (BUILT + dt.timedelta(days=off)).weekday() == 6:
            off += 1
        rows.append((off, rng.choice(range(8 * 60, 19 * 60 + 1, 30))))
    rows.sort()
    for i, (off, tm) in enumerate(rows):
        typ, fee = rng.choice(types)
        att = (("Y" if rng.random() < 0.85 else "N") if off < 0 else None)
        put(dy, 4 + i, 1, [day(off), hm_of(tm), rng.choice(names[:24]), rng.choice(therapists), typ,
                           rng.choice(["Room 1", "Room 2", "Gym", "Room 3"]), fee, att])

    rt = wb.create_sheet("Rehab tests")
    rt["A1"] = "Single-leg hop distance (% of uninjured side)"
    rt["A1"].font = BOLD
    header(rt, 2, 1, ["Patient", "Wk 0", "Wk 2", "Wk 4", "Wk 6", "Wk 8", "RTS target"])
    for i in range(12):
        v = rng.choice([38, 45, 52, 58, 63])
        vals = []
        for _ in range(5):
            vals.append(v)
            v = min(104, v + rng.choice([-6, 2, 5, 8, 11, 14]))
        put(rt, 3 + i, 1, [names[i * 2], *vals, rng.choice([90, 90, 95])])
    rt["A17"] = "Sessions delivered per therapist"
    rt["A17"].font = BOLD
    header(rt, 18, 1, ["Therapist", "Jul", "Aug", "Sep", "Oct", "Nov", "Target/mo"])
    for i, p in enumerate(therapists + ["Locum"]):
        tgt = rng.choice([90, 110, 120]) if p != "Locum" else 40
        put(rt, 19 + i, 1, [p] + [round(tgt * rng.choice([0.62, 0.8, 0.91, 0.97, 1.04, 1.12, 1.25]))
                                  for _ in range(5)] + [tgt])
    quirks_physio(ws, dy, rt)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 16, 10, 21, 6, 11, 12, 11, 9, 13, 10, 9, 11, 10, 3, 20, 5])
    widths(dy, "A B C D E F G H", [11, 7, 16, 10, 18, 8, 8, 9])
    widths(rt, "A", [18])
    wb.save(HERE / "physio_clinic.xlsx")


def quirks_physio(ws, dy, rt) -> None:
    ws["B37"] = "PM-3121"                        # duplicate patient id (row 9)
    ws["C39"] = "Harvey Onu "                    # trailing space (one-off name)
    ws["O16"] = "discharged"                     # odd case
    ws["J27"] = "10"                             # sessions stored as text
    ws["I21"] = "30/11/2026"                     # last seen typed as text (3 days ago)
    ws["J36"] = 11
    ws["M35"] = 6                                # pain worse than at the start
    ws["N6"], ws["K6"] = "Vitality", 8
    setd(ws, "I24", day(-60))
    setd(ws, "I12", day(-88))
    setd(ws, "H41", day(-95))
    rt["F4"] = 62
    dy["H10"] = dy["H15"] = None                 # attendance not recorded


# ------------------------------------------------------------------ wedding_venue
def wedding() -> None:
    rng = random.Random(1803)
    wb = Workbook()
    ws = wb.active
    ws.title = "Weddings"
    title(ws, "A1", "Hollowmere Barn - wedding bookings 2026/27")
    ws["A2"] = "balance due 60 days before the day; quote includes venue hire, catering and bar package"
    cols = ["Ref", "Couple", "Date", "Space", "Day guests", "Eve guests", "Package", "Quote ($)",
            "Deposit ($)", "Dep. paid", "Balance due", "Bal. paid", "Coordinator", "Status", "Notes"]
    header(ws, 3, 1, cols)
    ws["Q3"] = "Max day guests"
    ws["R3"] = 150
    ws["Q4"] = "Sat. minimum spend ($)"
    ws["R4"] = 14000
    couples = ["Harper & Liam", "Sophie & James", "Amara & Tunde", "Ellie & Ross", "Chloe & Dan",
               "Megan & Aisha", "Katie & Josh", "Rachel & Omar", "Lucy & Tom", "Hannah & Callum",
               "Jess & Marco", "Beth & Kwame", "Zara & Nathan", "Olivia & Sean", "Grace & Hugo",
               "Emily & Raj", "Niamh & Patrick", "Lauren & Ben", "Alice & George", "Freya & Will",
               "Priya & Arjun", "Molly & Jake", "Anna & Lukas", "Georgia & Sam", "Imogen & Felix",
               "Rosie & Ollie", "Tash & Jordan", "Leah & Chris", "Jasmine & Ade", "Holly & Matt",
               "Caitlin & Rhys", "Maya & Theo", "Abbie & Lewis", "Fern & Idris", "Nell & Archie",
               "Bea & Louis", "Kirsty & Euan", "Sara & Mehmet", "Lily & Finn", "Evie & Harry"]
    pk = {"Elopement": 3500, "Rustic": 9500, "Classic": 13500, "Luxe": 19500}
    for i, cp in enumerate(couples):
        r = 4 + i
        off = pick_offset(rng, -160, 430, set(range(-3, 4)) | {59, 60, 61, 30, 31, 29, 90, 89, 91})
        space = rng.choice(["Barn", "Barn", "Barn", "Orangery", "Garden"])
        package = rng.choice(["Rustic", "Classic", "Classic", "Luxe", "Elopement"])
        guests = rng.choice([18, 24, 30]) if package == "Elopement" else \
            rng.choice([45, 60, 72, 85, 96, 110, 120, 134, 142, 158])
        eve = guests + rng.choice([15, 25, 40, 55]) if package != "Elopement" and rng.random() < 0.8 else None
        quote = round(pk[package] + guests * rng.choice([38, 52, 64]), -2)
        deposit = round(quote * 0.25, -2)
        booked = off - rng.choice([150, 210, 280, 330, 400])
        dep_paid = booked + rng.choice([0, 2, 5, 9, 16])
        if dep_paid > -1:
            dep_paid = None
        bal_due = off - 60
        if off < 0:
            status = "Completed" if rng.random() < 0.9 else "Cancelled"
        else:
            status = rng.choice(["Confirmed", "Confirmed", "Confirmed", "Provisional", "Cancelled"])
        if status == "Provisional":
            dep_paid = None
        bal_paid = None
        if status in ("Completed", "Confirmed") and bal_due < 0:
            bal_paid = bal_due + rng.choice([-20, -9, -3, 0, 0, 2, 8, 15])
            if bal_paid > -1:
                bal_paid = None
        if status == "Cancelled":
            bal_paid = None
        put(ws, r, 1, [f"HM-{27 if off > 28 else 26}{i + 11:02d}", cp, day(off), space, guests, eve,
                       package, quote, deposit, day(dep_paid) if dep_paid is not None else None,
                       day(bal_due), day(bal_paid) if bal_paid is not None else None,
                       rng.choice(["Hattie", "Sam", "Priya", "Josh"]), status,
                       rng.choice([None, None, None, "vegan caterer", "ceremony outdoors if dry",
                                   "dog in ceremony", "own band", "fireworks - check licence",
                                   "late bar extension", "marquee overflow"])],
            {7: "#,##0", 8: "#,##0"})

    sp = wb.create_sheet("Suppliers")
    header(sp, 1, 1, ["Supplier", "Category", "Contact", "Phone", "Email", "Insurance exp.", "Approved",
                      "Rating", "Jobs 2026", "Commission %"])
    sups = [("Petal & Vine", "Florist"), ("Wildflower Co", "Florist"), ("Lens & Light", "Photographer"),
            ("Kate Moss Photography", "Photographer"), ("Reel Moments", "Videographer"),
            ("The Jukebox Jivers", "Band"), ("DJ Sparks", "DJ"), ("Sugar Bloom Cakes", "Cakes"),
            ("Crumb & Co", "Cakes"), ("Glow Up Hair & Makeup", "Hair & makeup"), ("Brushed by Bea", "Hair & makeup"),
            ("Vintage Wheels", "Cars"), ("Hollowmere Kitchen", "Catering"), ("Fired Up Pizza", "Catering"),
            ("Tipi Tents Ltd", "Marquee"), ("Sparkle Events", "Styling"), ("Little Letters", "Stationery"),
            ("Bubbles Bar Co", "Bar"), ("The Fizz Van", "Bar"), ("Calm Celebrant", "Celebrant"),
            ("Fairy Light Hire", "Styling"), ("String Quartet Nova", "Band"), ("Snap Booth", "Photo booth"),
            ("Sweet Cart", "Sweets")]
    for i, (nm, cat) in enumerate(sups):
        contact = rng.choice(["Jo", "Mel", "Rich", "Anya", "Pete", "Sue", "Karim", "Liv"])
        put(sp, 2 + i, 1, [nm, cat, contact, f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
                           nm.lower().replace(" ", "").replace("&", "and")[:14] + "@mail.example",
                           day(pick_offset(rng, -60, 420, {0})), rng.choice(["Yes", "Yes", "Yes", "No"]),
                           rng.choice([3, 3.5, 4, 4.5, 5]), rng.choice([0, 2, 5, 8, 11, 14, 19, 23]),
                           rng.choice([0, 0.05, 0.08, 0.1, 0.12])], {9: "0%"})

    mn = wb.create_sheet("Menus")
    mn["A1"] = "Wedding breakfast menus"
    mn["A1"].font = BOLD
    header(mn, 2, 1, ["Menu", "Courses", "Cost/head ($)", "Price/head ($)", "Min guests", "Dietary"])
    menus = [("Garden party", 2), ("Classic three-course", 3), ("Hog roast", 2), ("Sharing boards", 3),
             ("Fine dining", 4), ("BBQ feast", 2), ("Vegan harvest", 3), ("Afternoon tea", 2),
             ("Tapas table", 3), ("Street food trio", 2)]
    for i, (m, c) in enumerate(menus):
        cost = rng.choice([14.5, 17, 19.5, 22, 26, 31, 38])
        put(mn, 3 + i, 1, [m, c, cost, round(cost * rng.choice([1.6, 1.9, 2.2, 2.6]), 1),
                           rng.choice([30, 40, 50, 60, 80]), rng.choice(["V options", "VG", "GF options", None])],
            {2: "0.00", 3: "0.00"})
    mn["H1"] = "Bar packages"
    mn["H1"].font = BOLD
    header(mn, 2, 8, ["Package", "Hours", "Per head ($)", "Cost/head ($)", "Includes"])
    bars = [("Toast only", 1, 6.5, 3.2, "fizz toast"), ("Drinks reception", 2, 14, 7.1, "fizz + canape drinks"),
            ("Half day", 5, 29, 15.4, "reception, wine, toast"), ("Full day", 9, 45, 26.8, "all of the above + bar tab"),
            ("Evening only", 4, 21, 12.9, "bar tab"), ("Soft drinks", 9, 9.5, 3.8, "mocktails, juices")]
    for i, b in enumerate(bars):
        put(mn, 3 + i, 8, list(b), {2: "0.00", 3: "0.00"})
    quirks_wedding(ws, sp, mn)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 17, 11, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 24, 3, 20, 7])
    widths(sp, "A B C D E F G H I J", [22, 14, 8, 14, 24, 13, 9, 7, 9, 12])
    widths(mn, "A B C D E F G H I J K L", [20, 8, 13, 13, 10, 11, 3, 16, 6, 12, 13, 24])
    wb.save(HERE / "wedding_venue.xlsx")


def quirks_wedding(ws, sp, mn) -> None:
    ws["A39"] = "HM-2727"                        # duplicate ref (row 20)
    ws["B36"] = "Abbie & Lewis "                 # trailing space (one-off couple)
    ws["N27"] = "confirmed"                      # odd case
    ws["H26"] = "4700"                           # quote stored as text
    ws["L34"] = "31/05/2026"                     # balance paid date typed as text
    ws["M29"] = ws["M43"] = None                 # no coordinator yet
    setd(ws, "C37", date(2027, 12, 18))          # a Saturday below the minimum spend
    setd(ws, "K37", date(2027, 10, 19))
    ws["N9"] = ws["N13"] = "Confirmed"           # balances overdue
    setd(ws, "C9", day(48))
    setd(ws, "K9", day(-12))
    sp["E11"] = sp["E19"] = None                 # no email on file


# ------------------------------------------------------------------ hydroponic_greenhouse
def hydro() -> None:
    rng = random.Random(1804)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bays"
    title(ws, "A1", "Glasshouse 2 - hydroponic bays")
    ws["A2"] = "pH / EC / water temp from this morning's round; yield = kg harvested this cycle"
    cols = ["Bay", "Crop", "Variety", "System", "Sown", "Transplant", "Harvest due", "pH", "EC (mS/cm)",
            "Water °C", "Plants", "Yield (kg)", "Target (kg)", "Status"]
    header(ws, 3, 2, cols)                                   # header at B3
    ws["Q3"] = "pH low"
    ws["R3"] = 5.5
    ws["Q4"] = "pH high"
    ws["R4"] = 6.5
    ws["Q5"] = "EC max"
    ws["R5"] = 2.6
    crops = [("Lettuce", ["Lollo Rosso", "Butterhead", "Cos"], 45), ("Basil", ["Genovese", "Thai"], 35),
             ("Tomato", ["Sungold", "Moneymaker"], 110), ("Strawberry", ["Albion", "Elsanta"], 90),
             ("Pak choi", ["F1 Joi"], 40), ("Cucumber", ["Passandra"], 80), ("Mint", ["Moroccan"], 30),
             ("Chilli", ["Padron", "Jalapeno"], 100), ("Spinach", ["Bloomsdale"], 40)]
    for i in range(36):
        r = 4 + i
        crop, vars_, cycle = rng.choice(crops)
        system = rng.choice(["NFT", "NFT", "DWC", "Ebb & flow", "Dutch bucket"])
        sown = pick_offset(rng, -150, -6, set())
        trans = sown + rng.choice([10, 14, 18, 21])
        due = sown + cycle + rng.choice([-5, 0, 4])
        if due in (0, 7, 6, 8, -1, 1, 14, 13, 15):
            due += 3
        plants = rng.choice([24, 36, 48, 60, 72])
        target = round(plants * {"Lettuce": 0.25, "Basil": 0.12, "Tomato": 1.8, "Strawberry": 0.45,
                                 "Pak choi": 0.3, "Cucumber": 2.2, "Mint": 0.1, "Chilli": 0.6,
                                 "Spinach": 0.2}[crop], 1)
        if due < -3 and rng.random() < 0.7:
            status = "Harvested"
            yld = round(target * rng.choice([0.62, 0.78, 0.88, 0.95, 1.04, 1.12, 1.25]), 1)
        elif trans > -1:
            status, yld = "Seedling", None
        else:
            status = rng.choice(["Growing", "Growing", "Growing", "Harvesting"])
            yld = round(target * rng.choice([0.2, 0.35, 0.5]), 1) if status == "Harvesting" else None
        ph = rng.choice([5.2, 5.4, 5.6, 5.8, 5.9, 6.0, 6.1, 6.2, 6.3, 6.4, 6.7, 6.9])
        ec = rng.choice([0.9, 1.1, 1.3, 1.6, 1.8, 2.0, 2.2, 2.4, 2.8, 3.1])
        put(ws, r, 2, [f"B{(i // 6) + 1}-{(i % 6) + 1:02d}", crop, rng.choice(vars_), system, day(sown),
                       day(trans) if trans < 0 else None, day(due), ph, ec,
                       round(rng.uniform(17.5, 24.5), 1), plants, yld, target, status],
            {7: "0.0", 8: "0.0", 9: "0.0", 11: "0.0", 12: "0.0"})

    cl = wb.create_sheet("Climate")
    title(cl, "A1", "Glasshouse 2 climate log", 12)
    cl["A2"] = "daily min/max from the Priva controller; DLI = daily light integral (mol/m²/day)"
    header(cl, 3, 1, ["Date", "Min °C", "Max °C", "RH (%)", "CO2 (ppm)", "DLI", "Heater (h)"])
    for i in range(24):
        dd = date(2026, 11, 9) + dt.timedelta(days=i)
        mn_ = rng.choice([11.5, 12.8, 13.4, 14.1, 14.9, 15.6, 16.2])
        put(cl, 4 + i, 1, [dd, mn_, round(mn_ + rng.choice([5.2, 6.8, 7.5, 8.9, 10.4, 12.1]), 1),
                           rng.choice([58, 64, 69, 72, 76, 81, 86, 91]), rng.choice([410, 520, 640, 780, 850, 910, 1020]),
                           rng.choice([3.1, 4.4, 5.2, 6.8, 7.5, 8.9, 9.6]), rng.choice([0, 2.5, 4, 6.5, 8, 11])],
            {1: "0.0", 2: "0.0", 5: "0.0"})

    st = wb.create_sheet("Stores")
    st["A1"] = "Nutrient & media stock"
    st["A1"].font = BOLD
    header(st, 2, 1, ["Item", "Unit", "On hand", "Reorder at", "Last ordered", "Supplier"])
    items = [("Flora Gro (A)", "L"), ("Flora Micro (B)", "L"), ("Flora Bloom", "L"), ("pH Down", "L"),
             ("pH Up", "L"), ("CalMag", "L"), ("Rockwool cubes 36mm", "trays"), ("Clay pebbles", "bags"),
             ("Coco slabs", "slabs"), ("Seed trays", "pcs"), ("EC calibration 1.413", "btl"),
             ("Hydrogen peroxide 3%", "L")]
    for i, (it, u) in enumerate(items):
        put(st, 3 + i, 1, [it, u, rng.choice([2, 4, 5, 8, 12, 18, 25, 40]), rng.choice([5, 6, 10, 15, 20]),
                           day(pick_offset(rng, -120, -2, set())),
                           rng.choice(["GrowCo", "HydroHut", "Agri Supplies", "GrowCo"])])
    st["A17"] = "Weekly harvest (kg)"
    st["A17"].font = BOLD
    header(st, 18, 1, ["Crop", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    for i, (crop, _, _) in enumerate(crops + [("Microgreens", [], 0)]):
        base = rng.choice([4, 7, 11, 16, 22, 30])
        put(st, 19 + i, 1, [crop] + [round(base * rng.choice([0.5, 0.8, 0.9, 1.0, 1.15, 1.3, 1.6]), 1)
                                     for _ in range(5)], {k: "0.0" for k in range(1, 6)})
    quirks_hydro(ws, cl, st)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 7, 11, 12, 12, 11, 11, 11, 5, 11, 9, 7, 10, 11, 11, 3, 9, 5])
    widths(cl, "A", [11])
    widths(st, "A F", [22, 14])
    wb.save(HERE / "hydroponic_greenhouse.xlsx")


def quirks_hydro(ws, cl, st) -> None:
    ws["B27"] = "B4-05"                          # duplicate bay id (row 26)
    ws["C29"], ws["D29"] = "Rocket ", "Wild"     # one-off crop with a trailing space
    ws["O23"] = "harvested"                      # odd case
    ws["M20"] = "5.6"                            # yield stored as text
    ws["F18"] = "17/07/2026"                     # sown date typed as text
    ws["I31"] = ws["I9"] = None                  # pH probe down
    ws["K22"] = None                             # water temp not read
    ws["M11"] = ws["M13"] = None                 # still harvesting: yield entered at the end
    setd(ws, "G22", day(-19))
    ws["Q7"] = "Priority crops (Dec)"
    ws["Q7"].font = BOLD
    for i, c in enumerate(["Lettuce", "Basil", "Strawberry"]):
        ws.cell(8 + i, 17, c)


# ------------------------------------------------------------------ nail_salon
def nails() -> None:
    rng = random.Random(1805)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    title(ws, "A1", "Gloss & Co. Nail Bar - appointment book")
    ws["A2"] = "price before tips; no-shows are charged the fee below if card on file"
    ws["A3"] = "No-show fee ($)"
    ws["C3"] = 15
    cols = ["Appt", "Client", "Service", "Tech", "Date", "Time", "Mins", "Price ($)", "Tip ($)",
            "Paid by", "Status", "Mobile", "Notes"]
    header(ws, 5, 1, cols)
    clients = ["Jasmine Okoro", "Kerry Blake", "Amy Nguyen", "Tasha Reid", "Leanne Fox", "Bianca Costa",
               "Hollie Ward", "Sadia Rahman", "Megan Price", "Olga Ivanova", "Chantelle Brown", "Pippa Lane",
               "Rebecca Shaw", "Nisha Kapoor", "Danielle Mayo", "Eva Novak", "Fran Delaney", "Gina Russo",
               "Hayley Stokes", "Iman Farah"]
    services = [("Gel manicure", 45, 35), ("Gel manicure", 45, 35), ("Acrylic full set", 90, 55),
                ("Infill", 60, 38), ("Pedicure", 50, 40), ("Gel pedicure", 60, 48), ("BIAB overlay", 60, 42),
                ("Nail art (per hand)", 30, 12), ("Removal", 20, 10), ("Mani-pedi combo", 100, 72)]
    techs = ["Linh", "Mai", "Rosa", "Keisha", "Tam"]
    for i in range(40):
        r = 6 + i
        off = pick_offset(rng, -13, 9, {0, 7, -7})
        svc, mins, price = rng.choice(services)
        if off < 0:
            status = rng.choice(["Done"] * 8 + ["No-show", "Cancelled"])
        else:
            status = "Booked"
        tip = rng.choice([None, 0, 3, 5, 5, 8, 10]) if status == "Done" else None
        paid_by = rng.choice(["Card", "Card", "Cash", "Voucher"]) if status == "Done" else None
        tm = rng.choice(range(9 * 60, 18 * 60 + 1, 15))
        put(ws, r, 1, [f"G{5100 + i * 3}", rng.choice(clients), svc, rng.choice(techs), day(off), hm_of(tm),
                       mins, price, tip, paid_by, status, f"07{rng.randint(400, 999)} {rng.randint(100000, 999999)}",
                       rng.choice([None, None, None, None, "almond shape", "allergic to acrylic monomer",
                                   "bridal trial", "chrome powder", "first visit", "french tips",
                                   "running late text"])],
            {7: "0.00", 8: "0.00"})

    sk = wb.create_sheet("Stock")
    header(sk, 1, 1, ["SKU", "Product", "Brand", "Shade", "Qty", "Min qty", "Cost ($)", "Opened",
                      "Use within (mths)", "Shelf"])
    prods = [("Gel polish", "OPI", "Big Apple Red"), ("Gel polish", "OPI", "Bubble Bath"),
             ("Gel polish", "Gelish", "Ballet Slippers"), ("Gel polish", "Gelish", "Black Shadow"),
             ("Gel polish", "CND Shellac", "Romantique"), ("Gel polish", "CND Shellac", "Wildfire"),
             ("Gel polish", "The GelBottle", "Milky"), ("Gel polish", "The GelBottle", "Fig"),
             ("Base coat", "OPI", None), ("Top coat", "OPI", None), ("Top coat", "Gelish", None),
             ("Builder gel", "The GelBottle", "Clear"), ("Builder gel", "The GelBottle", "Pink"),
             ("Acrylic powder", "Mia Secret", "Clear"), ("Acrylic powder", "Mia Secret", "Cover pink"),
             ("Monomer", "Mia Secret", None), ("Acetone", "Generic", None), ("Cuticle oil", "CND", None),
             ("Files 100/180", "Generic", None), ("Nail forms", "Generic", None), ("Chrome powder", "Daily Charme", "Silver"),
             ("Chrome powder", "Daily Charme", "Aurora"), ("Tips - coffin", "Apres", None),
             ("Tips - almond", "Apres", None), ("Foot scrub", "Gena", None), ("Gel polish", "OPI", "Funny Bunny"),
             ("Gel polish", "Gelish", "Sweet Cheeks"), ("Lint-free wipes", "Generic", None)]
    for i, (pr, br, sh) in enumerate(prods):
        put(sk, 2 + i, 1, [f"SK-{401 + i}", pr, br, sh, rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 20]),
                           rng.choice([2, 3, 4, 5]), rng.choice([4.5, 6.8, 9.9, 12.5, 14, 18.5, 24]),
                           day(pick_offset(rng, -400, -2, set())) if rng.random() < 0.75 else None,
                           rng.choice([6, 12, 12, 24]), rng.choice(["A1", "A2", "B1", "B2", "C1"])],
            {6: "0.00"})

    tc = wb.create_sheet("Techs")
    tc["A1"] = "Weekly takings ($)"
    tc["A1"].font = BOLD
    header(tc, 2, 1, ["Tech", "Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"])
    for i, t in enumerate(techs + ["Jodie (Sat)", "Priya (new)"]):
        base = rng.choice([420, 610, 780, 950, 1150]) if i < 5 else rng.choice([180, 260])
        put(tc, 3 + i, 1, [t] + [round(base * rng.choice([0.6, 0.85, 0.95, 1.0, 1.08, 1.2, 1.45]))
                                 for _ in range(6)])
    tc["J1"] = "Team"
    tc["J1"].font = BOLD
    header(tc, 2, 10, ["Tech", "Commission %", "Started", "Licence exp.", "Days/wk"])
    for i, t in enumerate(techs + ["Jodie (Sat)", "Priya (new)"]):
        put(tc, 3 + i, 10, [t, rng.choice([0.3, 0.35, 0.4, 0.45]), day(pick_offset(rng, -2400, -20, set())),
                            day(pick_offset(rng, -30, 600, {0})), rng.choice([1, 3, 4, 5])], {1: "0%"})
    quirks_nails(ws, sk, tc)
    widths(ws, "A B C D E F G H I J K L M",
           [7, 16, 20, 8, 11, 6, 6, 9, 7, 9, 10, 14, 24])
    widths(sk, "A B C D E F G H I J", [8, 16, 14, 16, 5, 8, 8, 11, 16, 6])
    widths(tc, "A J K L M N", [13, 13, 13, 11, 12, 8])
    wb.save(HERE / "nail_salon.xlsx")


def quirks_nails(ws, sk, tc) -> None:
    mobiles = {}
    for r in range(6, 46):                       # one mobile per client
        mobiles.setdefault(ws.cell(r, 2).value, ws.cell(r, 12).value)
        ws.cell(r, 12).value = mobiles[ws.cell(r, 2).value]
    ws["A30"] = "G5169"                          # duplicate appointment no. (row 29)
    ws["B45"] = "Bianca Costa "                  # trailing space (one-off client)
    ws["K9"] = "done"                            # odd case
    ws["H15"] = "42"                             # price stored as text
    ws["E42"] = "24/11/2026"                     # date typed as text (a Tuesday)
    ws["L37"] = ws["L12"] = None                 # no mobile taken
    ws["J31"] = "Cash"
    setd(ws, "F43", hm(17, 0))
    ws["I9"] = None                              # tip not entered
    setd(tc, "L9", day(-60))
    tc["N8"], tc["N5"], tc["N9"] = 1, 4, 3


# ------------------------------------------------------------------ tool_library
def tools() -> None:
    rng = random.Random(1806)
    wb = Workbook()
    ws = wb.active
    ws.title = "Loans"
    title(ws, "A1", "Eastside Tool Library - loans register")
    ws["A2"] = "standard loan is 7 days; late fee charged per day late on return"
    ws["A3"] = "condition codes: Good / Fair / Damaged"
    cols = ["Loan #", "Member", "Tool ID", "Tool", "Category", "Out", "Due", "Returned", "Cond. out",
            "Cond. back", "Late fee ($)", "Deposit ($)", "Notes"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["P5"] = "Loan period (days)"
    ws["Q5"] = 7
    ws["P6"] = "Late fee per day ($)"
    ws["Q6"] = 1.5
    catalogue = [("T-101", "Cordless drill", "Power"), ("T-102", "Hammer drill", "Power"),
                 ("T-103", "Circular saw", "Power"), ("T-104", "Jigsaw", "Power"), ("T-105", "Orbital sander", "Power"),
                 ("T-106", "Angle grinder", "Power"), ("T-107", "Mitre saw", "Power"), ("T-108", "Router", "Power"),
                 ("T-109", "Pressure washer", "Garden"), ("T-110", "Hedge trimmer", "Garden"),
                 ("T-111", "Lawn scarifier", "Garden"), ("T-112", "Leaf blower", "Garden"),
                 ("T-113", "Post hole digger", "Garden"), ("T-114", "Wheelbarrow", "Garden"),
                 ("T-115", "Step ladder 6-tread", "Access"), ("T-116", "Extension ladder", "Access"),
                 ("T-117", "Tile cutter", "Decorating"), ("T-118", "Wallpaper steamer", "Decorating"),
                 ("T-119", "Paint sprayer", "Decorating"), ("T-120", "Laser level", "Measuring"),
                 ("T-121", "Stud finder", "Measuring"), ("T-122", "Carpet cleaner", "Cleaning"),
                 ("T-123", "Wet & dry vac", "Cleaning"), ("T-124", "Socket set", "Hand"),
                 ("T-125", "Sash clamps (4)", "Hand"), ("T-126", "Bike repair stand", "Hand"),
                 ("T-127", "Sewing machine", "Craft"), ("T-128", "Soldering station", "Craft"),
                 ("T-129", "Tent (4-person)", "Outdoor"), ("T-130", "Gazebo 3x3", "Outdoor")]
    members = ["A. Osei", "B. Kowalczyk", "C. Murphy", "D. Flores", "E. Halloran", "F. Ng", "G. Abbott",
               "H. Sandhu", "I. Petersen", "J. Wright", "K. Mbeki", "L. Duval", "M. Horvat", "N. Ellis",
               "O. Brandt", "P. Quist", "R. Yilmaz", "S. Carver", "T. Adeyemi", "U. Lindqvist"]
    for i in range(40):
        r = 6 + i
        tid, tool, cat = rng.choice(catalogue)
        out = pick_offset(rng, -45, -1, {-7, -14})
        due = out + 7 if rng.random() < 0.8 else out + 14
        if due in (0, 3, -1, 1):
            due += 2
        ret = None
        if due < 0 or rng.random() < 0.4:
            ret = due + rng.choice([-4, -2, -1, 0, 0, 0, 2, 5, 9]) if rng.random() < 0.8 else None
            if ret is not None and (ret > -1 or ret < out):
                ret = None
        cond_out = rng.choice(["Good", "Good", "Good", "Fair"])
        cond_back = (rng.choice(["Good", "Good", "Fair", "Damaged"]) if cond_out == "Good" else
                     rng.choice(["Fair", "Damaged"])) if ret is not None else None
        fee = round(max(0, ret - due) * 1.5, 2) if ret is not None and ret > due else None
        dep = rng.choice([None, 10, 20, 50]) if cat in ("Power", "Garden", "Cleaning") else rng.choice([None, 10])
        put(ws, r, 2, [f"L-{8800 + i}", rng.choice(members), tid, tool, cat, day(out), day(due),
                       day(ret) if ret is not None else None, cond_out, cond_back, fee, dep,
                       rng.choice([None, None, None, None, "blade blunt", "battery x2", "missing chuck key",
                                   "returned dirty", "member asked to extend", "bits included"])],
            {10: "0.00", 11: "0.00"})

    cg = wb.create_sheet("Catalogue")
    title(cg, "A1", "Tool catalogue", 12)
    cg["A2"] = "value = replacement cost; service interval in days (PAT test / blade change / oil)"
    header(cg, 3, 1, ["Tool ID", "Tool", "Category", "Brand", "Bought", "Value ($)", "Loans YTD",
                      "Last service", "Service every (days)", "Status", "Shelf"])
    brands = {"Power": ["Makita", "DeWalt", "Bosch", "Ryobi"], "Garden": ["Stihl", "Karcher", "Bosch", "Spear & Jackson"],
              "Access": ["Werner", "Youngman"], "Decorating": ["Wagner", "Vitrex"], "Measuring": ["Bosch", "Stanley"],
              "Cleaning": ["Vax", "Karcher"], "Hand": ["Stanley", "Bahco", "Park Tool"], "Craft": ["Brother", "Antex"],
              "Outdoor": ["Vango", "Coleman"]}
    for i, (tid, tool, cat) in enumerate(catalogue):
        put(cg, 4 + i, 1, [tid, tool, cat, rng.choice(brands[cat]),
                           date(rng.randint(2019, 2026), rng.randint(1, 11), rng.randint(1, 28)),
                           rng.choice([35, 60, 85, 120, 180, 240, 320, 450]), rng.choice([0, 2, 4, 7, 9, 13, 18, 24]),
                           day(pick_offset(rng, -400, -3, set())), rng.choice([90, 180, 365]),
                           rng.choice(["Available", "Available", "On loan", "On loan", "Repair", "Retired"]),
                           rng.choice(["A", "B", "C", "D"]) + str(rng.randint(1, 4))], {5: "#,##0"})

    mb = wb.create_sheet("Members")
    mb["A1"] = "Members"
    mb["A1"].font = BOLD
    header(mb, 2, 1, ["Member no.", "Name", "Joined", "Renews", "Plan", "Loans YTD", "Email", "Vol. hrs"])
    for i, m in enumerate(members):
        joined = pick_offset(rng, -1500, -20, set())
        j = BUILT + dt.timedelta(days=joined)
        renew = dt.datetime(2027 if (j.month, j.day) <= (BUILT.month, BUILT.day) else 2026, j.month, j.day)
        put(mb, 3 + i, 1, [f"M{200 + i * 4:04d}", m, day(joined), renew,
                           rng.choice(["Basic", "Basic", "Plus", "Concession"]), rng.choice([0, 1, 3, 5, 8, 12, 17]),
                           m.lower().replace(". ", ".").replace(" ", "") + "@mail.example",
                           rng.choice([0, 0, 0, 2, 4, 6, 10, 15])])
    mb["A25"] = "Repair cafe volunteer hours"
    mb["A25"].font = BOLD
    header(mb, 26, 1, ["Volunteer", "Jul", "Aug", "Sep", "Oct", "Nov"])
    vols = ["F. Ng", "Marion Tate", "J. Wright", "Dev Sharma", "N. Ellis", "Colin Byers", "S. Carver", "Rhoda Finch"]
    for i, v in enumerate(vols):
        put(mb, 27 + i, 1, [v] + [rng.choice([0, 2, 3, 4, 6, 8, 9, 12]) for _ in range(5)])
    quirks_tools(ws, cg, mb)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 8, 14, 8, 20, 11, 11, 11, 11, 9, 10, 11, 11, 20, 3, 20, 5])
    widths(cg, "A B C D E F G H I J K", [8, 20, 11, 15, 11, 9, 9, 12, 19, 10, 6])
    widths(mb, "A B C D E F G H", [14, 14, 11, 11, 11, 9, 24, 8])
    wb.save(HERE / "tool_library.xlsx")


def quirks_tools(ws, cg, mb) -> None:
    ws["B41"] = "L-8815"                         # duplicate loan no. (row 21)
    ws["C8"] = "P. Quist "                       # trailing space (one-off member)
    ws["K28"] = "good"                           # odd case
    ws["L29"] = "13.5"                           # late fee stored as text
    ws["I20"] = "24/10/2026"                     # returned date typed as text
    ws["K39"] = ws["K44"] = None                 # condition back not recorded
    for r, note in ((12, "returned dirty"), (35, "returned dirty - cleaned"), (38, "dirty, charged cleaning"),
                    (41, "returned dirty"), (10, None), (11, None), (15, "battery x2"), (28, None)):
        ws.cell(r, 14).value = note
    setd(cg, "H24", day(-371))                   # stud finder: service a week overdue
    mb["A11"] = "0232"                           # member no. typed without the M (text)
    mb["A19"] = 264                              # ... and as a number


if __name__ == "__main__":
    for f in (surf, physio, wedding, hydro, nails, tools):
        f()
    print("built 6 workbooks in", HERE)
