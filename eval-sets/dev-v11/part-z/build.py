"""Build the six workbooks of dev-v11 part Z (openpyxl only, fixed seeds 1101-1106).

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
DATE_FMT = "yyyy-mm-dd"


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
            c.number_format = DATE_FMT
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setv(ws, ref: str, value, fmt: str | None = None) -> None:
    """A hand-set quirk; dates keep a date format, times a time format."""
    ws[ref] = value
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(value, dt.datetime):
        ws[ref].number_format = DATE_FMT
    elif isinstance(value, dt.time):
        ws[ref].number_format = "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ martial_arts_dojo
def dojo() -> None:
    rng = random.Random(1101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "Red Pine Dojo - membership register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Judo, karate & BJJ. Fees by standing order on the 1st; DOB needed for the insurance."
    ws["O1"] = "Adult class from (age)"
    ws["P1"] = 16
    ws["O2"] = "Min classes / month"
    ws["P2"] = 6
    ws["O3"] = "Sibling discount"
    ws["P3"] = 0.15
    ws["P3"].number_format = "0%"
    cols = ["Mbr No", "Name", "DOB", "Discipline", "Belt", "Joined", "Last grading",
            "Fee ($/mo)", "Paid Nov ($)", "Classes Oct", "Classes Nov", "Guardian tel"]
    header(ws, 4, 2, cols)                                   # header at B4
    first = ["Aiko", "Ben", "Carla", "Dmitri", "Esi", "Felix", "Gwen", "Hugo", "Isla", "Jamal",
             "Kira", "Leo", "Mei", "Noah", "Olu", "Priya", "Quinn", "Rafa", "Sana", "Theo",
             "Uma", "Vik", "Wren", "Xavi", "Yara", "Zed", "Anya", "Bram", "Cody", "Dana",
             "Eli", "Fern", "Gus", "Hana", "Ivo", "Jude", "Kofi", "Lina", "Milo", "Nia"]
    last = ["Tanaka", "Okafor", "Reyes", "Ivanov", "Mensah", "Brandt", "Lloyd", "Moreau",
            "Fraser", "Hussain", "Sato", "Conti", "Chen", "Adler", "Bello", "Nair"]
    belts = {"Judo": ["White", "Yellow", "Orange", "Green", "Blue", "Brown", "Black"],
             "Karate": ["White", "Yellow", "Orange", "Green", "Blue", "Brown", "Black"],
             "BJJ": ["White", "Blue", "Purple", "Brown", "Black"]}
    for i in range(40):
        r = 5 + i
        age_days = rng.randint(5 * 365 + 40, 61 * 365)
        dob = BUILT - dt.timedelta(days=age_days)
        disc = rng.choice(["Judo", "Judo", "Karate", "Karate", "BJJ"])
        junior = age_days < 16 * 365
        if disc == "BJJ" and junior:
            disc = "Judo"
        blist = belts[disc]
        b = rng.randrange(len(blist) if not junior else 4)
        joined = pick_offset(rng, -3000, -8, {-30, -31, -29, -7, -14, -90})
        if junior:
            joined = max(joined, -(age_days - 4 * 365))
        graded = None
        if joined > -70:
            b = 0
        if b > 0:
            graded = pick_offset(rng, max(joined + 60, -900), -10, {-182, -183, -181, -184, -365, -30})
        fee = 35 if junior else rng.choice([55, 55, 55, 45, 30])
        paid = fee if rng.random() < 0.75 else rng.choice([None, round(fee * 0.5), fee - 10])
        octc = rng.choice([0, 2, 4, 5, 7, 8, 9, 11, 12, 14])
        novc = max(0, octc + rng.choice([-5, -3, -2, 0, 1, 3, 4]))
        tel = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if junior else None
        put(ws, r, 2, [f"RP-{1001 + i}", f"{first[i]} {rng.choice(last)}",
                       dt.datetime.combine(dob, dt.time()), disc, blist[b], day(joined),
                       day(graded) if graded is not None else None, fee, paid, octc, novc, tel],
            {7: "0.00", 8: "0.00"})

    at = wb.create_sheet("Attendance")
    at["A1"] = "Classes attended per month (seniors squad) and instructor hours"
    at["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(at, 3, 1, ["Member", *months, "Target"])
    squad = ["Carla Reyes", "Dmitri Ivanov", "Felix Brandt", "Hugo Moreau", "Jamal Hussain",
             "Leo Conti", "Noah Adler", "Priya Nair", "Rafa Sato", "Sana Chen", "Theo Lloyd",
             "Vik Okafor", "Yara Mensah", "Bram Fraser", "Dana Tanaka", "Kofi Bello"]
    for i, p in enumerate(squad):
        tgt = rng.choice([8, 10, 12])
        v = tgt * rng.choice([0.6, 0.8, 1.0, 1.2])
        vals = []
        for _ in range(6):
            v = max(0, v + rng.choice([-4, -2, -1, 0, 1, 2, 3]))
            vals.append(int(v))
        put(at, 4 + i, 1, [p] + vals + [tgt])
    header(at, 3, 10, ["Instructor", *months])                 # side table J3:P9
    for i, p in enumerate(["Sensei Kato", "R. Silva", "M. Duarte", "J. Park", "A. Novak", "T. Hale"]):
        put(at, 4 + i, 10, [p] + [rng.choice([12, 16, 20, 24, 28, 32, 36, 40]) for _ in range(6)])
    quirks_dojo(ws, at)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [3, 9, 16, 11, 10, 8, 11, 11, 10, 11, 11, 11, 13, 3, 20, 6])
    widths(at, "A B C D E F G H I J", [15, 6, 6, 6, 6, 6, 6, 7, 3, 13])
    wb.save(HERE / "martial_arts_dojo.xlsx")


def quirks_dojo(ws, at) -> None:
    ws["B30"] = "RP-1012"                        # member number reused (row 16)
    ws["C24"] = "Theo Bello "                    # trailing space (one-off name)
    ws["C40"] = "mei okafor"                     # same person as row 17, odd case
    ws["E42"] = "judo"                           # odd case
    ws["E38"] = "KARATE"
    ws["I20"] = "55"                             # fee stored as text
    ws["D5"] = "14/09/1989"                      # DOB typed as text (an adult of 37)
    ws["M27"] = None                             # juniors without a guardian number
    ws["M44"] = None
    setv(ws, "G22", day(-12))                    # a second new joiner


# ------------------------------------------------------------------ optician_orders
def optician() -> None:
    rng = random.Random(1102)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "ClearView Opticians - spectacle jobs"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lab = Hoya unless noted. Prices incl. lenses & coatings."
    ws["Q2"] = "Min deposit"
    ws["R2"] = 0.3
    ws["R2"].number_format = "0%"
    ws["Q3"] = "Lab promise (days)"
    ws["R3"] = 10
    cols = ["Job #", "Patient", "DOB", "Branch", "Lens type", "Frame", "Ordered", "Lab due",
            "Rec'd", "Collected", "Price ($)", "Deposit ($)", "Rx SPH", "Voucher?", "Notes"]
    header(ws, 4, 1, cols)
    pats = ["M. Albright", "K. Barros", "S. Cheung", "F. Dlamini", "R. Eriksen", "T. Farouk",
            "L. Greco", "P. Haines", "D. Ibsen", "N. Joshi", "W. Kowalski", "A. Lemaire",
            "B. Mwangi", "C. Nakamura", "E. Ortega", "G. Pillai", "H. Quist", "J. Rosen",
            "V. Sousa", "Y. Tran", "Z. Ulloa", "O. Varga", "I. Weber", "U. Xu"]
    branches = ["Harbour St", "Millgate", "Northfield", "Old Town"]
    lenses = ["Single vision", "Single vision", "Varifocal", "Varifocal", "Bifocal", "Occupational"]
    frames = ["Ray-Ban RB5154", "Own frame", "Oakley OX8046", "House 210", "House 118",
              "Lindberg 9700", "Silhouette 5500", "Tom Ford FT5401", "House 305"]
    notes = [None, None, None, None, "remake - wrong PD", "tint grey 50%", "scratched on arrival",
             "rush", "anti-fog", "reglaze", None]
    for i in range(44):
        r = 5 + i
        age = rng.randint(8 * 365, 84 * 365)
        dob = BUILT - dt.timedelta(days=age)
        ordered = pick_offset(rng, -50, -1, {-14, -7, -30, -10})
        lab_due = ordered + rng.choice([7, 8, 10, 10, 12])
        rec = ordered + rng.choice([4, 6, 7, 9, 11, 13, 16])
        rec = rec if rec <= -1 else None
        coll = None
        if rec is not None and rng.random() < 0.7:
            c = rec + rng.choice([0, 1, 2, 3, 5, 9, 15])
            coll = c if c <= -1 else None
        lens = rng.choice(lenses)
        base = {"Single vision": 95, "Varifocal": 245, "Bifocal": 165, "Occupational": 185}[lens]
        frame = rng.choice(frames)
        fprice = 0 if frame == "Own frame" else rng.choice([49, 89, 139, 189, 259])
        price = base + fprice + rng.choice([0, 0, 25, 40])
        dep = rng.choice([round(price * 0.5), round(price * 0.3) + 5, 50, 20, price, 100])
        dep = min(dep, price)
        sph = rng.choice([-8.5, -6.75, -5.25, -4.0, -3.25, -2.5, -1.75, -1.0, -0.5, 0.75, 1.5,
                          2.25, 3.0, 4.5])
        put(ws, r, 1, [f"CV{7301 + i}", rng.choice(pats), dt.datetime.combine(dob, dt.time()),
                       rng.choice(branches), lens, frame, day(ordered), day(lab_due),
                       day(rec) if rec is not None else None, day(coll) if coll is not None else None,
                       price, dep, sph, rng.choice(["N", "N", "N", "Y"]), rng.choice(notes)],
            {10: "#,##0.00", 11: "#,##0.00", 12: "+0.00;-0.00;0.00"})

    br = wb.create_sheet("Branches")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    shops = branches + ["Eastgate", "Riverside", "Station Rd", "Westbury"]
    br["A1"] = "Frames sold"
    br["A1"].font = BOLD
    header(br, 2, 1, ["Branch", *months, "Nov LY"])
    for i, s in enumerate(shops):
        v = rng.choice([60, 90, 120, 150, 210])
        vals = []
        for _ in range(6):
            v = max(5, round(v * rng.choice([0.8, 0.9, 0.97, 1.0, 1.06, 1.15, 1.25])))
            vals.append(v)
        put(br, 3 + i, 1, [s] + vals + [round(vals[-1] * rng.choice([0.75, 0.9, 1.05, 1.2, 1.3]))])
    br["A14"] = "Eye tests booked"
    br["A14"].font = BOLD
    header(br, 15, 1, ["Branch", *months, "Capacity"])
    for i, s in enumerate(shops):
        cap = rng.choice([160, 220, 300])
        vals = [round(cap * rng.choice([0.55, 0.7, 0.82, 0.9, 0.96, 1.04, 1.1])) for _ in range(6)]
        put(br, 16 + i, 1, [s] + vals + [cap])
    quirks_optician(ws, br)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 13, 11, 11, 14, 16, 11, 11, 11, 11, 9, 10, 7, 8, 20, 3, 18, 6])
    wb.save(HERE / "optician_orders.xlsx")


def quirks_optician(ws, br) -> None:
    ws["A40"] = "CV7325"                         # duplicate job number (row 29)
    ws["C40"] = "22/10/1981"                     # DOB typed as text (45 years old)
    ws["K33"] = "254"                            # price stored as text
    ws["G38"] = "29/10/2026"                     # order date typed as text
    ws["E21"] = "single vision"                  # odd case
    ws["B43"] = "R. Eriksen "                    # trailing space (one-off patient)
    ws["N24"] = "y"
    setv(ws, "I5", day(-15))
    ws["O44"] = "2nd remake, lab error"
    br["E4"] = 146


# ------------------------------------------------------------------ patent_docket
def patents() -> None:
    rng = random.Random(1103)
    wb = Workbook()
    ws = wb.active
    ws.title = "Docket"
    ws["A1"] = "Hale & Ostrander LLP - patent prosecution docket"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "All deadlines hard unless marked ext.; costs in USD (est. = attorney estimate)"
    ws["A3"] = "Reminder lead (days)"
    ws["C3"] = 21
    cols = ["Matter ref", "Client", "Title", "Jurisd.", "Priority date", "Filed", "Status",
            "Next action", "Due", "Attorney", "Est. cost", "Budget", "Claims", "Reminder sent"]
    header(ws, 5, 1, cols)
    clients = ["Arden Robotics", "BluePeak Bio", "Corvid Labs", "Delmar Foods", "Eastwind Energy",
               "Fiora Medical", "Granite AI", "Helix Tools"]
    titles = ["Gripper with compliant fingers", "Stable enzyme formulation", "Low-drag hull coating",
              "Shelf-stable oat drink", "Blade pitch controller", "Catheter valve", "Sparse attention cache",
              "Ratchet with torque limit", "Battery thermal pad", "Seed coating", "Wearable ECG patch",
              "Modular gearbox", "Anti-fog visor", "Water-free dye process"]
    actions = ["File response", "Pay issue fee", "File national phase", "Request exam",
               "File continuation", "Foreign filing", "Annuity", "IDS"]
    statuses = ["Drafting", "Filed", "Pending", "Office action", "Office action", "Allowed", "Granted"]
    attys = ["J. Ostrander", "M. Hale", "P. Iyer", "S. Kaufmann", "R. Osei"]
    for i in range(42):
        r = 6 + i
        prio = pick_offset(rng, -2200, -20, set())
        filed = prio + rng.choice([0, 0, 180, 300, 362, 365])
        if filed > -1:
            filed = None
        st = rng.choice(statuses)
        due = pick_offset(rng, -25, 120, {0, 7, 14, 21, 30, -7, -1, 1, 60})
        est = rng.choice([1200, 1850, 2400, 3600, 4800, 6500, 9200])
        budget = round(est * rng.choice([0.8, 0.9, 1.0, 1.1, 1.25, 1.5]), -2)
        claims = rng.choice([8, 12, 15, 18, 20, 24, 30, 41])
        rem = None
        if rng.random() < 0.55:
            rem = due - rng.choice([30, 21, 14, 10])
            if rem > -1:
                rem = None
        put(ws, r, 1, [f"HO-{rng.choice(['US', 'EP', 'GB', 'PCT'])}-{2301 + i * 7}", rng.choice(clients),
                       rng.choice(titles), rng.choice(["US", "EP", "GB", "JP", "CN", "PCT", "US"]),
                       day(prio), day(filed) if filed is not None else None, st, rng.choice(actions),
                       day(due), rng.choice(attys), est, budget, claims,
                       day(rem) if rem is not None else None], {10: "#,##0", 11: "#,##0"})

    rn = wb.create_sheet("Renewals")
    rn["A1"] = "Annuity / renewal fees paid (USD)"
    rn["A1"].font = BOLD
    years = ["2021", "2022", "2023", "2024", "2025", "2026"]
    header(rn, 3, 2, ["Patent no.", "Owner", *years, "Next due"])    # header at B3
    owners = clients
    for i in range(18):
        r = 4 + i
        base = rng.choice([150, 320, 480, 700, 950, 1400])
        vals = []
        v = base
        for _ in range(6):
            v = round(v * rng.choice([1.0, 1.0, 1.1, 1.2, 1.35, 0.9]), -1)
            vals.append(v)
        put(rn, r, 2, [f"{rng.choice(['US', 'EP', 'GB', 'JP'])} {rng.randint(10, 12)},{rng.randint(100, 999)},{rng.randint(100, 999)}",
                       rng.choice(owners), *vals, day(pick_offset(rng, -20, 200, {0, 30, 60, 90}))],
            {k: "#,##0" for k in range(2, 8)})
    quirks_patents(ws, rn)
    widths(ws, "A B C D E F G H I J K L M N",
           [15, 15, 27, 7, 12, 11, 13, 18, 11, 12, 9, 9, 7, 13])
    widths(rn, "A B C D E F G H I J", [3, 15, 15, 7, 7, 7, 7, 7, 7, 11])
    wb.save(HERE / "patent_docket.xlsx")


def quirks_patents(ws, rn) -> None:
    ws["A41"] = "HO-EP-2539"                     # duplicate matter ref (row 40)
    ws["B6"] = "Granite AI "                     # trailing space (one-off client)
    ws["D29"] = "us"                             # odd case
    ws["K30"] = "1850"                           # estimate stored as text
    ws["I36"] = "18/12/2026"                     # due date typed as text (a Friday)
    ws["G22"] = "office action"
    ws["G27"] = "Drafting"
    ws["M37"] = None                             # claim count missing
    setv(ws, "N29", day(-15))
    setv(ws, "N32", day(-44))
    setv(ws, "F44", date(2022, 2, 4))            # filed before the priority date (typos)
    setv(ws, "F13", date(2023, 7, 12))
    rn["H13"] = None                             # payment not recorded
    rn["E19"] = None


# ------------------------------------------------------------------ recording_studio
def studio() -> None:
    rng = random.Random(1104)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Tidewater Sound - session bookings"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Hrs booked = what the client pays for; End is when the room was actually cleared."
    cols = ["Ref", "Artist / client", "Room", "Date", "Start", "End", "Hrs booked", "Musicians",
            "Engineer", "Quote ($)", "Invoiced ($)", "Deposit ($)", "Mix due", "Status", "Genre"]
    header(ws, 4, 2, cols)                                   # header at B4, columns B:P
    artists = ["The Low Tides", "Mara Quinn", "Brass Republic", "DJ Okapi", "Hollow Pines",
               "Sefa & the Night Bus", "Cobalt Choir", "Jun Ito Trio", "Velvet Static",
               "Paper Lanterns", "Rook (podcast)", "Ada Lindqvist", "Kingfisher Jazz",
               "Northbound feat. Lila", "Glass Animals Tribute"]
    rooms = {"Studio A": (12, 95), "Studio B": (6, 70), "Live Room": (20, 120), "Booth 1": (2, 40)}
    engs = ["Ola", "Marcus", "Jess", "Tariq", "Bea"]
    genre = {"The Low Tides": "Indie rock", "Mara Quinn": "Folk", "Brass Republic": "Jazz",
             "DJ Okapi": "Electronic", "Hollow Pines": "Folk", "Sefa & the Night Bus": "Afrobeat",
             "Cobalt Choir": "Choral", "Jun Ito Trio": "Jazz", "Velvet Static": "Shoegaze",
             "Paper Lanterns": "Pop", "Rook (podcast)": "Spoken word", "Ada Lindqvist": "Classical",
             "Kingfisher Jazz": "Jazz", "Northbound feat. Lila": "Hip hop",
             "Glass Animals Tribute": "Pop"}
    for i in range(40):
        r = 5 + i
        room = rng.choice(list(rooms))
        cap, rate = rooms[room]
        off = pick_offset(rng, -32, 20, {0, 7, -7, -1, 1, -30, 14})
        sh = rng.choice([9, 10, 10, 11, 13, 14, 16, 18, 19])
        start = hm(sh, rng.choice([0, 0, 30]))
        hrs = rng.choice([2, 3, 4, 4, 6, 8])
        over = rng.choice([0, 0, 0, 15, 30, 45, 75, 100, -30])
        end_m = sh * 60 + start.minute + hrs * 60 + over
        end_m = min(end_m, 23 * 60 + 45)
        musicians = max(1, min(cap + rng.choice([-3, 0, 2]), rng.randint(1, cap + 2)))
        quote = hrs * rate
        status = "Done" if off < 0 else rng.choice(["Confirmed", "Confirmed", "Tentative"])
        inv = None
        if status == "Done":
            inv = quote + rng.choice([0, 0, 0, -40, rate, -rate, 2 * rate])
        dep = rng.choice([0, round(quote * 0.25), round(quote * 0.5), 100])
        mix = off + rng.choice([7, 10, 14, 21]) if rng.random() < 0.6 else None
        artist = rng.choice(artists)
        put(ws, r, 2, [f"TS-{601 + i}", artist, room, day(off), start,
                       hm(end_m // 60, end_m % 60) if off < 0 else None, hrs, musicians,
                       rng.choice(engs), quote, inv, dep, day(mix) if mix is not None else None,
                       status, genre[artist]], {9: "#,##0", 10: "#,##0", 11: "#,##0"})
    header(ws, 4, 19, ["Room", "Max people", "Rate/hr"])      # side table S4:U8
    for i, (room, (cap, rate)) in enumerate(rooms.items()):
        put(ws, 5 + i, 19, [room, cap, rate])

    en = wb.create_sheet("Engineers")
    en["A1"] = "Engineer hours billed per month"
    en["A1"].font = BOLD
    en["A2"] = "(freelancers marked *)"
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(en, 4, 1, ["Engineer", *months, "Cap (hrs)"])
    people = ["Ola", "Marcus", "Jess", "Tariq", "Bea", "Finn*", "Gosia*", "Hal*", "Ines*", "Kemi*"]
    for i, p in enumerate(people):
        cap = 120 if "*" not in p else 60
        v = cap * rng.choice([0.5, 0.7, 0.9, 1.05])
        vals = []
        for _ in range(6):
            v = max(0, v * rng.choice([0.75, 0.9, 1.0, 1.08, 1.2, 1.3]))
            vals.append(int(round(v)))
        put(en, 5 + i, 1, [p] + vals + [cap])
    quirks_studio(ws, en)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T U",
           [3, 8, 22, 10, 11, 7, 7, 10, 10, 9, 10, 11, 11, 11, 11, 12, 3, 3, 10, 11, 8])
    wb.save(HERE / "recording_studio.xlsx")


def quirks_studio(ws, en) -> None:
    ws["B30"] = "TS-619"                         # duplicate ref (row 23)
    ws["C21"] = "Ada Lindqvist "                 # trailing space (one-off client)
    ws["C18"] = "paper lanterns"                 # odd case
    ws["K37"] = "140"                            # quote stored as text
    ws["E13"] = "22/12/2026"                     # session date typed as text
    ws["O37"] = "done"                           # odd case
    ws["L9"] = None                              # done but not invoiced yet
    ws["L28"] = None
    ws["L40"] = 690
    setv(ws, "N30", day(5))
    ws["J23"] = None                             # engineer not assigned yet
    ws["J41"] = None
    en["G12"] = "27"                             # hours stored as text
    en["G13"] = None                             # timesheet not in


# ------------------------------------------------------------------ trade_show_exhibitors
def tradeshow() -> None:
    rng = random.Random(1105)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stands"
    ws["A1"] = "MakerExpo 2027 (20-23 Jan) - exhibitor list"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "fees ex VAT; balance due 30 days before build-up at the latest"
    ws["P1"] = "Early-bird cut-off"
    ws["Q1"] = date(2026, 9, 30)
    ws["Q1"].number_format = DATE_FMT
    ws["P2"] = "Max power / stand (kW)"
    ws["Q2"] = 16
    cols = ["Stand", "Company", "Hall", "Sector", "Size (m2)", "Rate/m2", "Stand fee", "Deposit",
            "Bal. due", "Booked", "Setup slot", "Power kW", "Contact", "Returning?"]
    header(ws, 4, 1, cols)
    comps = ["Acme Lasers", "Bitforge", "CNC Direct", "Duraprint 3D", "Ecotex", "FabLab Oslo",
             "Gearhead Co", "Hexa Robotics", "Inkwell Studio", "Joule Kits", "Kiln & Co",
             "Loom Works", "MakerMart", "Nimbus PCB", "Orbit Drones", "Plywood Pro",
             "Quill Electronics", "Resin Republic", "Solder Sisters", "Tinker Town",
             "Umbra Lighting", "Vector Cut", "Woodgrain Tools", "Xylo Sound", "Yarnspace",
             "Zephyr Motors", "Arcadia Kits", "Brightwire", "Copperhead", "Delta Welds",
             "Elm Street Makers", "Filament Farm", "Glowbug LED", "Hammer & Tong", "Ion Boards",
             "Jigsaw Labs", "Kestrel CNC", "Lumen Glass"]
    sectors = ["Tools", "Electronics", "Tools", "3D printing", "Textiles", "Education",
               "Tools", "Robotics", "Education", "Electronics", "Woodwork", "Textiles",
               "Tools", "Electronics", "Robotics", "Woodwork", "Electronics", "3D printing",
               "Electronics", "Education", "Electronics", "Woodwork", "Woodwork", "Electronics",
               "Textiles", "Robotics", "Education", "Electronics", "Electronics", "Tools",
               "Education", "3D printing", "Electronics", "Tools", "Electronics", "Education",
               "Tools", "Woodwork"]
    for i in range(38):
        r = 5 + i
        hall = rng.choice(["Hall 1", "Hall 1", "Hall 2", "Hall 3"])
        size = rng.choice([9, 12, 18, 24, 36, 54])
        rate = rng.choice([210, 240, 240, 265])
        fee = size * rate
        booked = pick_offset(rng, -300, -5, {-65, -64, -63, -7, -14, -30})
        dep = rng.choice([round(fee * 0.3), round(fee * 0.3), round(fee * 0.5), 1000, 0, fee])
        bal = pick_offset(rng, -20, 19, {0, 14, -14, 7, -7, 1, -1})
        slot = hm(rng.choice([7, 8, 9, 10, 12, 14, 16]), rng.choice([0, 30]))
        pw = rng.choice([3, 6, 8, 10, 13, 20, 24])
        contact = comps[i].lower().replace(" ", "").replace("&", "and") + "@" + \
            rng.choice(["gmail.com", "company.example", "company.example", "outlook.com"])
        put(ws, r, 1, [f"{hall[-1]}{rng.choice('ABCDEF')}{rng.randint(10, 60):02d}", comps[i], hall,
                       sectors[i], size, rate, fee, dep, day(bal), day(booked), slot, pw,
                       contact, rng.choice(["Yes", "No", "Yes"])], {6: "#,##0", 7: "#,##0"})

    ld = wb.create_sheet("Leads")
    ld["A1"] = "Badge scans per stand per day (MakerExpo 2026, last year's show)"
    ld["A1"].font = BOLD
    header(ld, 3, 2, ["Stand co.", "Day 1", "Day 2", "Day 3", "Day 4", "Target"])  # header B3
    for i in range(22):
        tgt = rng.choice([150, 200, 300])
        base = rng.choice([20, 35, 50, 70, 95])
        vals = [max(0, base + rng.choice([-15, -8, 0, 6, 14, 25])) for _ in range(4)]
        put(ld, 4 + i, 2, [comps[i]] + vals + [tgt])
    quirks_tradeshow(ws, ld)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [7, 17, 7, 12, 9, 8, 9, 9, 11, 11, 10, 9, 30, 10, 3, 22, 11])
    wb.save(HERE / "trade_show_exhibitors.xlsx")


def quirks_tradeshow(ws, ld) -> None:
    ws["A26"] = "1D36"                           # stand number entered twice (row 37)
    ws["B31"] = "Arcadia Kits "                  # trailing space
    ws["C27"] = "hall 2"                         # odd case
    ws["G36"] = "1890"                           # fee stored as text
    ws["E10"] = "54"                             # size stored as text
    ws["J11"] = "22/09/2026"                     # booking date typed as text (a Tuesday)
    ws["M39"] = "brightwire@company.example"     # same contact as row 32
    ws["M22"] = None                             # no contact
    ws["M33"] = None
    ws["N16"] = "yes"
    ws["G19"] = 9450                             # typos: fee is not size x rate
    ws["G29"] = 5670
    setv(ws, "I35", day(8))


# ------------------------------------------------------------------ zoo_animals
def zoo() -> None:
    rng = random.Random(1106)
    wb = Workbook()
    ws = wb.active
    ws.title = "Animals"
    ws["A1"] = "Wellmead Zoo - animal register (mammals)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "weights from the last weigh-in; target = keeper's goal weight"
    cols = ["Tag", "Name", "Species", "Sex", "Born", "Arrived", "Enclosure", "Wt (kg)",
            "Target wt (kg)", "Last vet", "Vacc. due", "Diet kg/d", "Keeper", "On loan?"]
    header(ws, 4, 1, cols)
    species = [("Red panda", "Bamboo Walk", 5.5, 14), ("Meerkat", "Kalahari", 0.75, 12),
               ("Asian otter", "Riverbank", 4.2, 15), ("Capybara", "Pampas", 48, 10),
               ("Snow leopard", "Highlands", 42, 18), ("Reindeer", "Tundra", 110, 15),
               ("Lemur (ring-tailed)", "Madagascar", 2.6, 20), ("Tapir", "Pampas", 240, 28),
               ("Binturong", "Bamboo Walk", 14, 18), ("Fennec fox", "Kalahari", 1.3, 13)]
    names = ["Ash", "Basil", "Clover", "Dune", "Ember", "Fig", "Ginger", "Hazel", "Indigo",
             "Juniper", "Kiwi", "Loki", "Maple", "Nutmeg", "Olive", "Pepper", "Quill", "Rowan",
             "Saffron", "Thistle", "Umber", "Violet", "Willow", "Yuzu", "Zinnia", "Acorn",
             "Bramble", "Cinder", "Dusk", "Elder", "Fern", "Gale", "Holly", "Iris", "Jasper",
             "Kestrel"]
    keepers = ["Amira", "Ben", "Chloe", "Dev", "Ellie"]
    small = []
    for i in range(36):
        r = 5 + i
        sp, enc, wt, life = rng.choice(species)
        age = rng.randint(200, int(life * 365 * 0.9))
        born = BUILT - dt.timedelta(days=age)
        arrived = born + dt.timedelta(days=rng.choice([0, 0, 0, 400, 900, 1500]))
        if arrived > BUILT - dt.timedelta(days=20):
            arrived = born
        w = round(wt * rng.choice([0.82, 0.88, 0.95, 1.0, 1.04, 1.13, 1.2]), 2 if wt < 10 else 1)
        tgt = wt
        vet = pick_offset(rng, -400, -2, {-90, -180, -365, -91, -89, -181, -179, -366, -364})
        vacc = pick_offset(rng, -40, 200, {0, 30, -30, 7, -7, 1, -1})
        diet = round(wt * rng.choice([0.03, 0.04, 0.06]) * rng.choice([0.9, 1.0, 1.1]), 2)
        if w < 20:
            small.append((names[i], w))
        put(ws, r, 1, [f"WZ-{rng.randint(1000, 9999)}", names[i], sp, rng.choice(["M", "F"]),
                       dt.datetime.combine(born, dt.time()),
                       dt.datetime.combine(arrived, dt.time()), enc, w, tgt, day(vet), day(vacc),
                       diet, rng.choice(keepers), rng.choice(["No", "No", "No", "Yes"])],
            {7: "0.00", 8: "0.00", 11: "0.00"})

    wg = wb.create_sheet("Weights")
    wg["A1"] = "Weekly weigh-ins, kg (small mammals)"
    wg["A1"].font = BOLD
    wks = [f"Wk {k}" for k in range(1, 9)]
    header(wg, 3, 1, ["Animal", *wks])
    for i, (nm, w0) in enumerate(small[:18]):
        vals = []
        w = w0
        for _ in range(8):
            w = round(w * rng.choice([0.94, 0.965, 0.99, 1.0, 1.01, 1.02, 1.04]), 2)
            vals.append(w)
        put(wg, 4 + i, 1, [nm] + vals, {k: "0.00" for k in range(1, 9)})

    en = wb.create_sheet("Enclosures")
    header(en, 1, 1, ["Enclosure", "Zone", "Capacity", "Current", "Area (m²)", "Last deep clean",
                      "Min temp (°C)", "Temp today (°C)"])
    encs = [  # enclosure, zone, capacity, current, area, last deep clean (offset), min temp, temp today
        ("Bamboo Walk", "Asia", 8, 6, 650, -26, 0, 7),
        ("Kalahari", "Africa", 30, 24, 400, -41, 12, 14),
        ("Riverbank", "Asia", 10, 11, 520, -66, 4, 9),
        ("Pampas", "Americas", 12, 12, 1200, -12, 2, 8),
        ("Highlands", "Asia", 4, 4, 900, -94, -10, 6),
        ("Tundra", "Europe", 6, 2, 1500, -116, -20, 5),
        ("Madagascar", "Africa", 14, 9, 300, -53, 18, 16),
        ("Nocturnal House", "Mixed", 25, 27, 180, -33, 20, 22),
        ("Petting Barn", "Europe", 40, 31, 250, -10, 5, 11),
        ("Quarantine 1", "Vet", 2, 3, 40, -120, 15, 19),
        ("Quarantine 2", "Vet", 2, 1, 40, -92, 15, 13),
        ("Tropical House", "Mixed", 18, 15, 220, -80, 22, 21)]
    for i, (e, z, cap, cur, area, clean, tmin, tnow) in enumerate(encs):
        put(en, 2 + i, 1, [e, z, cap, cur, area, day(clean), tmin, tnow])
    quirks_zoo(ws, wg, en)
    widths(ws, "A B C D E F G H I J K L M N",
           [9, 10, 19, 5, 11, 11, 13, 8, 13, 11, 11, 9, 8, 9])
    wb.save(HERE / "zoo_animals.xlsx")


def quirks_zoo(ws, wg, en) -> None:
    ws["A34"] = "WZ-3248"                        # duplicate tag (row 14)
    ws["B26"] = "Violet "                        # trailing space (one-off name)
    ws["C36"] = "fennec fox"                     # odd case
    ws["H21"] = "1.35"                           # weight stored as text
    ws["E38"] = "16/09/2017"                     # birth date typed as text (9 years old)
    ws["M16"] = None                             # no keeper assigned
    ws["M30"] = None
    ws["N31"] = "yes"
    wg["D8"] = None                              # missed weigh-ins
    wg["G15"] = None
    wg["I9"] = 0.83                              # so that no weight equals its row's average
    wg["I10"] = 0.79


if __name__ == "__main__":
    for f in (dojo, optician, patents, studio, tradeshow, zoo):
        f()
    print("built 6 workbooks in", HERE)
