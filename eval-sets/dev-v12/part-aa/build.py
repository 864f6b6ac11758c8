"""Build the six workbooks of dev-v12 part AA (openpyxl only, fixed seeds 1201-1206).

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


def setd(ws, ref: str, v, fmt: str = "yyyy-mm-dd") -> None:
    ws[ref] = v
    ws[ref].number_format = fmt


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def add_months(x: dt.date, n: int) -> dt.date:
    y, m = divmod(x.month - 1 + n, 12)
    return dt.date(x.year + y, m + 1, min(x.day, 28))


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


def title(ws, ref: str, text: str, size: int = 14) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=size)


# ------------------------------------------------------------------ apprenticeships
def apprenticeships() -> None:
    rng = random.Random(1201)
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    title(ws, "A1", "Northgate Training Partnership - apprentice register")
    ws["A2"] = "wage = hourly rate in GBP; attendance = this term; OTJ = off-the-job training hours logged"
    ws["A3"] = "updated by the office every Monday"
    ws["Q2"] = "Min wage (£/hr)"
    ws["R2"] = 7.55
    ws["R2"].number_format = "0.00"
    ws["Q3"] = "Attendance target"
    ws["R3"] = 0.9
    ws["R3"].number_format = "0%"
    cols = ["Ref", "Apprentice", "D.O.B.", "Trade", "Employer", "Start date", "End date", "Level",
            "Wage £/hr", "Hrs/wk", "Attend. %", "OTJ hrs", "OTJ target", "EPA date", "Mentor"]
    header(ws, 5, 1, cols)
    first = ["Aisha", "Ben", "Callum", "Demi", "Ellis", "Farah", "Grace", "Harvey", "Imran", "Jade",
             "Kieran", "Lola", "Mason", "Niamh", "Owen", "Priya", "Reece", "Sana", "Tyler", "Umar",
             "Vicky", "Wes", "Yasmin", "Zak", "Ava", "Brandon", "Chloe", "Dylan", "Erin", "Finn",
             "Georgia", "Hassan", "Isla", "Jordan", "Kacper", "Leah", "Morgan", "Nathan", "Olivia", "Paige"]
    last = ["Hughes", "Patel", "Reid", "Kowalski", "Murray", "Ali", "Doyle", "Evans", "Begum", "Walsh",
            "Shaw", "Nowak", "Clarke", "Bennett", "Ahmed", "Lloyd", "Kaur", "Price", "Fox", "Quinn"]
    trades = [("Electrician", 3), ("Plumber", 3), ("Carpenter", 2), ("Bricklayer", 2), ("Chef", 2),
              ("Hairdresser", 2), ("Vehicle tech", 3), ("Dental nurse", 3), ("IT support", 3),
              ("Accounts", 4), ("Electrician", 3), ("Chef", 3)]
    employers = {"Electrician": ["Brightwire Ltd", "Northgate Council"], "Plumber": ["Pipeworks", "H. Doyle & Sons"],
                 "Carpenter": ["Oak & Beam", "H. Doyle & Sons"], "Bricklayer": ["H. Doyle & Sons", "Oak & Beam"],
                 "Chef": ["The Olive Tree", "Northgate Council"], "Hairdresser": ["Salon Verde"],
                 "Vehicle tech": ["Castle Motors"], "Dental nurse": ["Smile Dental"],
                 "IT support": ["Kite IT", "Northgate Council"], "Accounts": ["Marsh Accountants", "Northgate Council"]}
    mentors = ["Sue Hart", "Dev Rao", "Gary Mills", "Anne Kirk", "Tom Pryce"]
    for i in range(40):
        r = 6 + i
        trade, lvl = rng.choice(trades)
        age_days = rng.randint(int(16.2 * 365), int(29 * 365))
        dob = BUILT - dt.timedelta(days=age_days)
        if (dob.month, dob.day) in ((12, 2), (12, 1), (12, 3)):
            dob -= dt.timedelta(days=9)
        start_off = pick_offset(rng, -760, -25, {-365, -366, -364, -730})
        start = BUILT + dt.timedelta(days=start_off)
        start = start.replace(day=min(start.day, 28))
        dur = {2: rng.choice([12, 13, 15]), 3: rng.choice([18, 24, 24]), 4: rng.choice([24, 30])}[lvl]
        end = add_months(start, dur)
        wage = {2: rng.choice([7.55, 7.55, 8.1, 8.6, 9.0]), 3: rng.choice([7.55, 8.6, 9.4, 10.2, 11.0]),
                4: rng.choice([10.5, 11.8, 12.6])}[lvl]
        hrs = rng.choice([30, 35, 37.5, 37.5, 40, 40])
        att = rng.choice([0.74, 0.81, 0.86, 0.88, 0.93, 0.95, 0.97, 0.98, 1.0])
        months_in = max(1, (BUILT - start).days // 30)
        tgt = int(round(hrs * 0.2 * 4.3 * dur, -1))
        otj = int(round(tgt * min(1.05, months_in / dur) * rng.choice([0.55, 0.7, 0.85, 0.95, 1.0, 1.1]), 0))
        epa = None
        if (end - BUILT).days < 120:
            epa = add_months(end, rng.choice([0, 1])) if rng.random() < 0.8 else None
        nm = f"{first[i]} {rng.choice(last)}"
        put(ws, r, 1, [f"AP-{2301 + i}", nm, dt.datetime.combine(dob, dt.time()), trade,
                       rng.choice(employers[trade]), dt.datetime.combine(start, dt.time()),
                       dt.datetime.combine(end, dt.time()), lvl, wage, hrs, att, otj, tgt,
                       dt.datetime.combine(epa, dt.time()) if epa else None, rng.choice(mentors)],
            {8: "0.00", 10: "0%"})

    rv = wb.create_sheet("Reviews")
    title(rv, "A1", "Progress reviews 2026 (score %)", 12)
    header(rv, 3, 1, ["Apprentice", "Rev 1 (Feb)", "Rev 2 (May)", "Rev 3 (Aug)", "Rev 4 (Nov)", "Pass mark"])
    for i in range(24):
        r = 4 + i
        base = rng.choice([48, 55, 61, 66, 72, 79, 85])
        vals = []
        v = base
        for _ in range(4):
            v = max(20, min(99, v + rng.choice([-11, -6, -3, 2, 4, 7, 12])))
            vals.append(v)
        put(rv, r, 1, [ws.cell(row=6 + i, column=2).value] + vals + [rng.choice([55, 60, 60, 65])])
    header(rv, 3, 9, ["Left programme", "Date left"])
    quirks_apprenticeships(ws, rv)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 16, 11, 13, 18, 11, 11, 6, 9, 7, 9, 8, 10, 11, 11, 3, 18, 7])
    wb.save(HERE / "apprenticeships.xlsx")


def quirks_apprenticeships(ws, rv) -> None:
    ws["A33"] = "AP-2310"                        # duplicate ref (row 15)
    ws["E11"] = "Pipeworks "                     # trailing space (the only Pipeworks row)
    ws["D27"] = "chef"                           # odd case
    ws["I30"] = "8.60"                           # wage stored as text
    ws["C38"] = "23/04/2001"                     # D.O.B. typed as text
    ws["I39"] = 7.2                              # paid under the minimum in R2
    ws["I23"] = 7.4
    ws["L37"] = "247"                            # OTJ hours stored as text
    setd(ws, "N41", date(2026, 12, 15))          # EPA booked more than 3 months after the end date
    setd(ws, "N13", date(2027, 2, 20))
    ws["O12"] = None                             # no mentor yet
    ws["O41"] = None
    ws["O24"] = None
    ws["K17"] = None                             # attendance not returned
    rv["D9"] = None                              # reviews missed
    rv["E15"] = None
    rv["C22"] = "58"                             # review score typed as text
    for i, (nm, when) in enumerate([(rv["A8"].value, date(2026, 9, 18)), (rv["A19"].value, date(2026, 10, 30)),
                                    ("Zoe Marsh", date(2026, 6, 5)), (rv["A25"].value, date(2026, 11, 20))]):
        put(rv, 4 + i, 9, [nm, when])


# ------------------------------------------------------------------ building_permits
def permits() -> None:
    rng = random.Random(1202)
    wb = Workbook()
    ws = wb.active
    ws.title = "Applications"
    title(ws, "A1", "Westmere Borough Council - planning applications")
    ws["A2"] = "8-week target for householder / minor, 13 weeks for major; fee in GBP"
    cols = ["App no.", "Site address", "Ward", "Type", "Received", "Target", "Decided", "Decision",
            "Fee (£)", "Floor area (m2)", "Objections", "Case officer", "Site visit"]
    header(ws, 4, 2, cols)                               # header at B4
    ws["P4"] = "Committee trigger (objections)"
    ws["Q4"] = 6
    ws["P5"] = "Fee per m2 (major)"
    ws["Q5"] = 4.5
    ws["Q5"].number_format = "0.00"
    streets = ["Mill Lane", "Station Rd", "Church St", "Orchard Way", "High St", "Kingsway",
               "Brook Cl", "Victoria Ave", "Ferry Rd", "Hill Top", "Elm Grove", "Quarry Rd"]
    wards = ["Abbey", "Brookside", "Castle", "Dene", "Eastfield", "Fernhill"]
    types = [("Householder", 8), ("Householder", 8), ("Householder", 8), ("Minor", 8), ("Minor", 8),
             ("Major", 13), ("Change of use", 8), ("Listed bldg", 8), ("Advert", 8)]
    officers = ["K. Amos", "L. Brennan", "R. Chaudhry", "J. Ogden", "P. Santos"]
    for i in range(44):
        r = 5 + i
        typ, wk = rng.choice(types)
        rec = pick_offset(rng, -140, -2, {-56, -91, -7, -14})
        tgt = rec + wk * 7
        dec = None
        decision = None
        if rng.random() < 0.62:
            d_off = rec + rng.choice([20, 34, 41, 49, 53, 60, 66, 75, 95])
            if d_off <= -1:
                dec = d_off
                decision = rng.choice(["Approved", "Approved", "Approved", "Approved with conds",
                                       "Refused", "Withdrawn"])
        area = {"Householder": rng.choice([12, 18, 24, 31, 38, 45]),
                "Minor": rng.choice([60, 85, 140, 210, 320]),
                "Major": rng.choice([1250, 2400, 3800, 6100]),
                "Change of use": rng.choice([75, 120, 180, 260]),
                "Listed bldg": rng.choice([20, 35, 60]),
                "Advert": None}[typ]
        fee = {"Householder": 258, "Minor": rng.choice([578, 1156, 1734]),
               "Major": round(area * 4.5 / 10) * 10 if area else 0,
               "Change of use": 578, "Listed bldg": 0, "Advert": rng.choice([165, 165, 578])}[typ]
        obj = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 7, 9, 12, 15]) if typ != "Advert" else rng.choice([0, 1])
        visit = None
        if rng.random() < 0.7:
            v_off = rec + rng.choice([5, 9, 12, 16, 23, 30])
            if v_off <= -1:
                visit = v_off
        put(ws, r, 2, [f"WB/26/{310 + 7 * i + rng.randint(0, 6):04d}", f"{rng.randint(1, 140)} {rng.choice(streets)}",
                       rng.choice(wards), typ, day(rec), day(tgt), day(dec) if dec is not None else None,
                       decision, fee, area, obj, rng.choice(officers),
                       day(visit) if visit is not None else None], {8: "#,##0"})
    mo = wb.create_sheet("Monthly")
    title(mo, "A1", "Decisions issued per ward", 12)
    header(mo, 2, 1, ["Ward", "Jul", "Aug", "Sep", "Oct", "Nov", "Target/mo"])
    for i, w in enumerate(wards + ["Greenway", "Harbour", "Ings", "Jubilee"]):
        base = rng.choice([6, 9, 12, 15, 20, 26])
        vals = []
        v = base
        for _ in range(5):
            v = max(1, round(v * rng.choice([0.6, 0.8, 0.95, 1.1, 1.25, 1.5])))
            vals.append(v)
        put(mo, 3 + i, 1, [w] + vals + [rng.choice([10, 12, 15, 18])])
    title(mo, "A15", "Appeals", 12)
    header(mo, 16, 1, ["App no.", "Lodged", "Hearing", "Outcome", "Costs (£)"])
    for i in range(10):
        lod = pick_offset(rng, -300, -20, {-180, -90})
        hear = lod + rng.choice([60, 85, 110, 150])
        outc = rng.choice(["Dismissed", "Allowed", "Dismissed", "Pending"]) if hear < 0 else "Pending"
        put(mo, 17 + i, 1, [f"WB/25/{rng.randint(100, 990):04d}", day(lod), day(hear), outc,
                            rng.choice([0, 0, 850, 2400, 4100])], {4: "#,##0"})
    quirks_permits(ws, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 11, 16, 10, 13, 11, 11, 11, 18, 8, 9, 10, 12, 11, 3, 28, 6])
    wb.save(HERE / "building_permits.xlsx")


def quirks_permits(ws, mo) -> None:
    ws["B29"] = ws["B12"].value                  # same application keyed twice
    ws["L18"] = "3"                              # objections stored as text
    ws["J33"] = "1156"                           # fee stored as text
    ws["F40"] = "17/10/2026"                     # received typed as text
    ws["D23"] = "castle"                         # odd case
    ws["M26"] = "P. Santos "                     # trailing space
    ws["M37"] = None                             # unallocated
    ws["M44"] = None
    mo["D10"] = None                             # month not reported
    mo["F5"] = None
    ws["J19"] = 15200                            # major fee under area x rate
    ws["I41"] = None                             # decided, decision not written down
    ws["I6"] = None
    ws["I32"] = "Approved with conds"
    mo["A24"] = mo["A19"].value                  # same application appealed twice


# ------------------------------------------------------------------ catering_events
def catering() -> None:
    rng = random.Random(1203)
    wb = Workbook()
    ws = wb.active
    ws.title = "Events"
    title(ws, "A1", "Copper Pot Catering - event bookings")
    ws["A2"] = "price per head excl. drinks; deposit 25% due at booking; final numbers 7 days before"
    ws["A3"] = "Min spend / head ($)"
    ws["C3"] = 32
    cols = ["Event ID", "Client", "Event date", "Type", "Venue", "Guests (booked)", "Guests (final)",
            "$/head", "Quote $", "Deposit $", "Deposit paid", "Start", "Finish", "Staff", "Dietary notes"]
    header(ws, 5, 1, cols)
    clients = ["Harper & Lane LLP", "M. Okafor", "Riverside School PTA", "Dunmore Golf Club",
               "J. & T. Fielding", "Kestrel Tech", "St Brigid's Parish", "A. Romano", "Blue Finch Ltd",
               "L. Nakamura", "Hollybank Care Home", "Ortiz family", "Greyfield Rotary", "P. Adeyemi"]
    types = ["Wedding", "Corporate", "Corporate", "Birthday", "Funeral", "Conference", "Christening"]
    venues = ["Client home", "Oakfield Barn", "Town Hall", "Dunmore Golf Club", "The Old Mill",
              "Kestrel HQ", "St Brigid's Hall"]
    diets = [None, None, None, "2 vegan", "nut allergy (1)", "halal", "4 vegetarian, 1 coeliac",
             "gluten free x3", "no pork", "Vegan x6", "Nut-free kitchen!"]
    for i in range(40):
        r = 6 + i
        typ = rng.choice(types)
        off = pick_offset(rng, -55, 120, {0, 7, -7, 14, 30, 1, -1})
        booked = rng.choice({"Wedding": [60, 85, 110, 140], "Corporate": [25, 40, 60, 90],
                             "Birthday": [20, 35, 50], "Funeral": [30, 45, 70],
                             "Conference": [120, 180, 250], "Christening": [25, 40]}[typ])
        final = None
        if off <= 7:
            final = max(10, booked + rng.choice([-12, -6, -3, 0, 0, 4, 9, 15]))
        ph = rng.choice({"Wedding": [48, 55, 62, 75], "Corporate": [24, 29, 35, 41],
                         "Birthday": [22, 27, 33], "Funeral": [19, 24, 28],
                         "Conference": [31, 36, 44], "Christening": [26, 30]}[typ])
        quote = (final or booked) * ph
        dep = round(quote * 0.25, 0)
        paid = rng.choice([dep, dep, dep, dep, round(dep / 2), None])
        st = rng.choice([hm(11, 0), hm(12, 30), hm(13, 0), hm(17, 30), hm(18, 0), hm(19, 0), hm(8, 30)])
        ln = rng.choice([150, 210, 240, 300, 360, 420])
        fm = st.hour * 60 + st.minute + ln
        if fm >= 24 * 60 - 5:
            fm = 23 * 60 + 30
        staff = max(2, round((final or booked) / rng.choice([10, 12, 15, 20])))
        put(ws, r, 1, [f"CP-{7040 + i}", rng.choice(clients), day(off), typ, rng.choice(venues), booked,
                       final, ph, quote, dep, paid, st, hm(fm // 60, fm % 60), staff, rng.choice(diets)],
            {8: "#,##0", 9: "#,##0", 10: "#,##0"})
    kt = wb.create_sheet("Kitchen")
    title(kt, "A1", "Food cost by week ($)", 12)
    cats = ["Meat", "Fish", "Veg", "Dairy", "Dry goods"]
    header(kt, 2, 1, ["Week of"] + cats + ["Budget"])
    wk = date(2026, 9, 7)
    for i in range(12):
        budget = rng.choice([3200, 3600, 4000])
        vals = [rng.choice(x) for x in ([900, 1150, 1400, 1620, 1900], [180, 320, 460, 610],
                                        [420, 560, 700, 810], [260, 340, 410, 520], [300, 380, 450, 590])]
        put(kt, 3 + i, 1, [wk + dt.timedelta(weeks=i)] + vals + [budget], {0: "d mmm"})
    title(kt, "I1", "Staff", 12)
    header(kt, 2, 9, ["Name", "Role", "Hygiene cert exp.", "Hrs (Nov)", "Contract hrs", "Born"])
    names = ["Rosa", "Ade", "Lena", "Marek", "Shona", "Tariq", "Bea", "Colm", "Inez", "Jun", "Kofi", "Nell"]
    for i, nm in enumerate(names):
        ch = rng.choice([80, 100, 120, 140, 160])
        born = date(rng.randint(1962, 2009), rng.randint(1, 12), rng.randint(1, 28))
        put(kt, 3 + i, 9, [nm, rng.choice(["Chef", "Chef", "Server", "Server", "Driver", "Porter"]),
                           day(pick_offset(rng, -40, 500, {0, 30, 31, 29, 60, -1, 1})),
                           ch + rng.choice([-35, -12, -4, 6, 18, 30]), ch, born])
    quirks_catering(ws, kt)
    widths(ws, "A B C D E F G H I J K L M N O",
           [9, 20, 11, 11, 16, 9, 9, 7, 8, 9, 9, 7, 7, 6, 22])
    wb.save(HERE / "catering_events.xlsx")


def quirks_catering(ws, kt) -> None:
    ws["A24"] = "CP-7051"                        # same booking entered twice (row 17)
    ws["B42"] = "Riverside School PTA "          # trailing space (one-off client)
    ws["D33"] = "wedding"                        # odd case
    ws["H14"] = "29"                             # price stored as text
    ws["C11"] = "22/10/2026"                     # date typed as text (a past event)
    ws["B21"] = None                             # client missing
    setd(ws, "C44", day(4))                      # final numbers due this week
    setd(kt, "K9", day(17))                      # hygiene cert about to expire
    kt["D8"] = None                              # week not invoiced yet
    kt["F12"] = None


# ------------------------------------------------------------------ drone_surveys
def drones() -> None:
    rng = random.Random(1204)
    wb = Workbook()
    ws = wb.active
    ws.title = "Flights"
    title(ws, "A1", "SkyGrid Surveys - flight log")
    ws["A2"] = "batt % = pack charge at take-off / landing; wind measured at take-off"
    ws["Q1"] = "Wind limit (m/s)"
    ws["R1"] = 10
    ws["Q2"] = "Alt. ceiling (m)"
    ws["R2"] = 120
    cols = ["Flight #", "Date", "Site", "Client", "Pilot", "Drone", "T/O", "Land", "Max alt (m)",
            "Wind (m/s)", "Batt start %", "Batt end %", "Area ha", "Images"]
    header(ws, 4, 2, cols)                               # header at B4
    sites = [("Hexham Solar Farm", "Brightfield Energy"), ("Carr Lane Quarry", "Tarmac North"),
             ("Ouse Bridge", "County Highways"), ("Kirkby Estate roofs", "Kirkby Homes"),
             ("Fell Wind Park", "Brightfield Energy"), ("Leyburn Landfill", "Dales Waste"),
             ("A66 Embankment", "County Highways"), ("St Mary's spire", "Diocese of Ripon")]
    pilots = ["Jo Carver", "Amir Haddad", "Lucy Penn", "Rob Ingle", "Tess Mwangi"]
    fleet = ["DJI-M3E-01", "DJI-M3E-02", "DJI-M300", "Autel-EVO2", "DJI-M30T", "DJI-Mini4"]
    for i in range(44):
        r = 5 + i
        site, client = rng.choice(sites)
        off = pick_offset(rng, -45, -1, {-7, -14, -30, -8})
        to_m = rng.choice(range(7 * 60, 17 * 60, 5))
        fl = rng.choice([12, 18, 22, 25, 28, 31, 35, 41])
        la_m = to_m + fl
        alt = rng.choice([45, 60, 80, 90, 100, 110, 118])
        wind = round(rng.uniform(1.5, 13.5), 1)
        if abs(wind - 10) < 0.15:
            wind = 9.6
        bs = rng.choice([1.0, 1.0, 0.98, 0.95, 0.91, 0.86])
        be = round(bs - fl * rng.choice([0.018, 0.021, 0.024]), 2)
        area = round(rng.uniform(2.0, 34.0), 1)
        imgs = int(area * rng.choice([38, 45, 52])) + rng.randint(0, 30)
        put(ws, r, 2, [f"F{2611 + i}", day(off), site, client, rng.choice(pilots), rng.choice(fleet),
                       hm(to_m // 60, to_m % 60), hm(la_m // 60, la_m % 60), alt, wind, bs, max(0.05, be),
                       area, imgs], {10: "0%", 11: "0%", 9: "0.0"})
    fl_ws = wb.create_sheet("Fleet")
    header(fl_ws, 1, 1, ["Drone", "Model", "Purchased", "Flight hrs", "Service at (hrs)", "Last service",
                         "Insurance exp.", "Firmware"])
    models = {"DJI-M3E-01": "Mavic 3E", "DJI-M3E-02": "Mavic 3E", "DJI-M300": "Matrice 300",
              "Autel-EVO2": "EVO II Pro", "DJI-M30T": "Matrice 30T", "DJI-Mini4": "Mini 4 Pro",
              "DJI-M3E-03": "Mavic 3E", "Parrot-ANAFI": "ANAFI USA"}
    for i, (dr, mdl) in enumerate(models.items()):
        hrs = rng.choice([42, 88, 131, 176, 214, 265, 302])
        svc = max(50, (hrs // 50 + rng.choice([0, 1, 1])) * 50)
        put(fl_ws, 2 + i, 1, [dr, mdl, date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                              hrs, svc, day(pick_offset(rng, -300, -10, {-180, -90, -30})),
                              day(pick_offset(rng, -20, 340, {0, 30, 29, 31, 60, -1, 1})),
                              rng.choice(["v09.01", "v10.2", "v10.4", "v11.0"])])
    title(fl_ws, "A13", "Pilots", 12)
    header(fl_ws, 14, 1, ["Pilot", "D.O.B.", "Licence", "Licence exp.", "Hrs Q3", "Hrs Q4", "Min hrs / qtr"])
    for i, p in enumerate(pilots + ["Kai Dunn", "Mia Sorensen"]):
        born = date(rng.randint(1975, 2006), rng.randint(1, 12), rng.randint(1, 28))
        put(fl_ws, 15 + i, 1, [p, born, rng.choice(["GVC", "A2 CofC", "GVC", "Operational Auth."]),
                               day(pick_offset(rng, -15, 900, {0, 90, 89, 91, -1, 1})),
                               rng.choice([6, 11, 18, 24, 33]), rng.choice([3, 8, 14, 21, 29]), 10])
    st = wb.create_sheet("Sites")
    title(st, "A1", "Area surveyed per site (ha)", 12)
    header(st, 3, 1, ["Site", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, (s, _) in enumerate(sites + [("Thirsk Racecourse", "x"), ("Marton Woods", "x")]):
        vals = [rng.choice([None, 0, round(rng.uniform(2, 48), 1), round(rng.uniform(2, 48), 1),
                            round(rng.uniform(2, 48), 1)]) for _ in range(5)]
        put(st, 4 + i, 1, [s] + vals)
    quirks_drones(ws, fl_ws, st)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 11, 19, 18, 12, 12, 6, 6, 11, 10, 11, 10, 8, 7, 3, 16, 5])
    wb.save(HERE / "drone_surveys.xlsx")


def quirks_drones(ws, fl_ws, st) -> None:
    ws["B27"] = "F2620"                          # flight number reused (row 14)
    ws["F31"] = "Lucy Penn "                     # trailing space
    ws["G19"] = "dji-m300"                       # odd case
    ws["K35"] = "9.8"                            # wind stored as text
    ws["C42"] = "21/11/2026"                     # date typed as text
    ws["I44"] = None                             # landing time not logged
    ws["O22"] = None                             # images not counted
    ws["O38"] = None
    fl_ws["H5"] = None                           # firmware unknown
    st["C5"] = "12.6"                            # area stored as text


# ------------------------------------------------------------------ election_canvassing
def canvassing() -> None:
    rng = random.Random(1205)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    title(ws, "A1", "Ashby & Lowfield by-election - canvass sessions")
    ws["A2"] = "doors = doors knocked; answered = someone came to the door; supporters = definite + leaning"
    cols = ["Date", "Day", "Ward", "Lead", "Vols", "Start", "End", "Doors", "Answered", "Supporters",
            "Target doors", "Leaflets", "Notes"]
    header(ws, 4, 1, cols)
    ws["O4"] = "Answer-rate goal"
    ws["P4"] = 0.35
    ws["P4"].number_format = "0%"
    ws["O5"] = "Min vols per session"
    ws["P5"] = 3
    wards = ["Ashby North", "Ashby South", "Lowfield", "Mill End", "Kingsmead", "Grange"]
    leads = ["Hannah B", "Joel T", "Ruth O", "Sam K", "Priti M"]
    notes = [None, None, None, "rain", "dogs at 14 & 16", "lots of students", "estate gated", None,
             "Rain, stopped early", "good reception", "2 complaints re bins"]
    r = 5
    dd = dt.date(2026, 10, 24)
    while dd < BUILT:
        n = 0 if (dd.weekday() in (0, 2) and rng.random() < 0.6) else (2 if dd.weekday() >= 5 else 1)
        for _ in range(n):
            vols = rng.choice([2, 3, 4, 5, 6, 8])
            st = hm(rng.choice([10, 11, 13, 17, 18]), rng.choice([0, 30]))
            ln = rng.choice([90, 120, 150, 180])
            em = st.hour * 60 + st.minute + ln
            tgt = vols * rng.choice([40, 50])
            doors = round(tgt * rng.choice([0.6, 0.78, 0.9, 1.05, 1.2]))
            ans = round(doors * rng.choice([0.22, 0.28, 0.31, 0.38, 0.44]))
            sup = round(ans * rng.choice([0.2, 0.33, 0.45, 0.6]))
            put(ws, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), rng.choice(wards),
                           rng.choice(leads), vols, st, hm(em // 60, em % 60), doors, ans, sup, tgt,
                           rng.choice([0, 150, 200, 300, 450, 600]), rng.choice(notes)])
            r += 1
        dd += dt.timedelta(days=1)
    wd = wb.create_sheet("Wards")
    title(wd, "A1", "Doors knocked per ward by week", 12)
    header(wd, 2, 1, ["Ward", "Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6", "Goal / wk"])
    for i, w in enumerate(wards + ["Fenby", "Oldcastle", "Riverside"]):
        v = rng.choice([150, 260, 380, 520])
        vals = []
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.55, 0.8, 0.95, 1.1, 1.3, 1.6])))
            vals.append(v)
        put(wd, 3 + i, 1, [w] + vals + [rng.choice([300, 400, 500])])
    title(wd, "A14", "Polling stations", 12)
    header(wd, 15, 1, ["Station", "Ward", "Electorate", "Turnout 2022", "Turnout 2024"])
    stations = ["Ashby Library", "St Peter's Hall", "Lowfield Primary", "Mill End Scout Hut",
                "Kingsmead Centre", "Grange Pavilion", "Fenby Chapel", "Oldcastle School", "Riverside CC",
                "Ashby Sports Club"]
    for i, s in enumerate(stations):
        t22 = rng.choice([0.24, 0.29, 0.33, 0.38, 0.41, 0.47])
        t24 = round(t22 + rng.choice([-0.07, -0.03, 0.02, 0.06, 0.11]), 2)
        put(wd, 16 + i, 1, [s, (wards + ["Fenby", "Oldcastle", "Riverside", "Ashby North"])[i],
                            rng.choice([1850, 2400, 3120, 3900, 4650]), t22, t24], {3: "0%", 4: "0%"})
    vo = wb.create_sheet("Volunteers")
    header(vo, 1, 1, ["Name", "Phone", "Email", "Born", "Joined", "Sessions", "Hours", "DBS check"])
    vnames = ["Alice Grey", "Bilal Khan", "Carys Lloyd", "Dan Moss", "Esther Oduya", "Femi Ajayi",
              "Gwen Hale", "Hugo Baird", "Isaac Roe", "Jas Sandhu", "Kim Lowe", "Lara Finch",
              "Mo Farouk", "Nina Voss", "Ollie Park", "Pat Reilly", "Quentin Ash", "Rhian Bell",
              "Saul Mendes", "Tilly Vance", "Uma Joshi", "Vic Stone"]
    for i, nm in enumerate(vnames):
        born = date(rng.randint(1948, 2010), rng.randint(1, 12), rng.randint(1, 28))
        joined = day(pick_offset(rng, -400, -3, {-30, -7, -14, -365}))
        ses = rng.randint(0, 14)
        dbs = day(pick_offset(rng, -1200, -20, {-1095, -1096, -1094, -730})) if rng.random() < 0.8 else None
        put(vo, 2 + i, 1, [nm, f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
                           nm.lower().replace(" ", ".") + "@mail.example", born, joined, ses,
                           round(ses * rng.choice([1.5, 2, 2.5, 3]), 1), dbs])
    quirks_canvassing(ws, wd, vo)
    widths(ws, "A B C D E F G H I J K L M N O P", [11, 5, 12, 10, 5, 7, 7, 7, 9, 10, 11, 9, 20, 3, 20, 6])
    wb.save(HERE / "election_canvassing.xlsx")


def quirks_canvassing(ws, wd, vo) -> None:
    ws["C20"] = "lowfield"                       # odd case
    ws["D33"] = "Ruth O "                        # trailing space
    ws["H27"] = "164"                            # doors stored as text
    ws["A38"] = "22/11/2026"                     # date typed as text
    ws["J15"] = None                             # supporters not recorded
    ws["J41"] = None
    wd["E6"] = None                              # week not reported
    wd["C10"] = None
    for c in "ACD":                              # volunteer entered twice (row 6)
        vo[f"{c}19"] = vo[f"{c}6"].value
    vo["D19"].number_format = "yyyy-mm-dd"
    vo["C12"] = None                             # email missing
    put(vo, 24, 1, ["Wyn Pryce", vo["B12"].value, "wyn.pryce@mail.example", date(1990, 5, 14), day(-12), 2, 5])


# ------------------------------------------------------------------ heating_oil
def heating_oil() -> None:
    rng = random.Random(1206)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    title(ws, "A1", "Fenside Fuels - heating oil deliveries")
    ws["A2"] = "litres; price in pence per litre; kerosene unless stated"
    ws["P2"] = "Min drop (L)"
    ws["Q2"] = 500
    ws["P3"] = "Price this wk (p/L)"
    ws["Q3"] = 68.9
    cols = ["Order no", "Customer", "Postcode", "Grade", "Tank (L)", "Ordered (L)", "Deliv. (L)", "p/L",
            "Invoice (£)", "Order date", "Deliver by", "Delivered", "Driver", "Paid?"]
    header(ws, 5, 1, cols)
    custs = [("Ashcroft Farm", "PE12 4RT", 2500), ("M. Hollins", "PE12 7AB", 1200),
             ("Fen View B&B", "PE11 2HQ", 1800), ("St Guthlac's Church", "PE6 0LJ", 3000),
             ("R. & J. Cuthbert", "PE12 6SS", 1000), ("Deeping Garage", "PE6 8NN", 2000),
             ("Low Farm Cottages", "PE12 9XY", 2500), ("K. Whitlock", "PE11 4DE", 1350),
             ("Crowland Abbey Hall", "PE6 0EN", 3500), ("P. Szabo", "PE12 7QQ", 1000),
             ("Gedney Nursery", "PE12 0BD", 5000), ("T. Oyelaran", "PE11 1TT", 1200)]
    drivers = ["Carl", "Dina", "Steve", "Carl", "Mick"]
    for i in range(42):
        r = 6 + i
        cu, pc, tank = rng.choice(custs)
        grade = "Kerosene" if rng.random() < 0.85 else "Gas oil"
        ordered = min(tank, rng.choice([500, 700, 900, 1000, 1200, 1500, 2000, 2500]))
        od = pick_offset(rng, -40, -1, {-7, -14, -10})
        by = od + rng.choice([3, 5, 7, 10])
        delv = None
        dl = None
        if rng.random() < 0.8:
            d_off = od + rng.choice([1, 2, 4, 6, 9, 12])
            if d_off <= -1:
                delv = d_off
                dl = ordered + rng.choice([0, 0, 0, -40, -120, 15])
        ppl = rng.choice([64.9, 66.2, 67.5, 68.4, 69.1, 71.8]) + (12 if grade == "Gas oil" else 0)
        ppl = round(ppl, 1)
        inv = round((dl or 0) * ppl / 100, 2) if dl else None
        paid = rng.choice(["Y", "Y", "N", "card", None]) if dl else None
        put(ws, r, 1, [f"FF-{5510 + i}", cu, pc, grade, tank, ordered, dl, ppl, inv, day(od), day(by),
                       day(delv) if delv is not None else None, rng.choice(drivers) if delv is not None else None,
                       paid], {7: "0.0", 8: "#,##0.00"})
    tk = wb.create_sheet("Tanks")
    title(tk, "A1", "Tank readings at month end (litres) - smart gauges", 12)
    header(tk, 2, 1, ["Customer", "Jul", "Aug", "Sep", "Oct", "Nov", "Reorder at"])
    for i, (cu, _, tank) in enumerate(custs + [("Holbeach Bowls Club", "", 1500), ("E. Marriott", "", 1000)]):
        v = tank * rng.choice([0.5, 0.7, 0.9])
        vals = []
        for _ in range(5):
            v = v - tank * rng.choice([0.05, 0.1, 0.15, 0.22]) if v > tank * 0.25 else tank * rng.choice([0.8, 0.95])
            vals.append(int(round(v, -1)))
        put(tk, 3 + i, 1, [cu] + vals + [int(tank * 0.25)])
    title(tk, "I1", "Drivers", 12)
    header(tk, 2, 9, ["Driver", "ADR exp.", "Hrs this wk", "Max hrs", "Born"])
    for i, dv in enumerate(["Carl", "Dina", "Steve", "Mick", "Agnieszka", "Lee"]):
        put(tk, 3 + i, 9, [dv, day(pick_offset(rng, -30, 600, {0, 30, 31, 29, -1, 1})),
                           rng.choice([18, 26, 33, 41, 47, 52]), 48,
                           date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))])
    quirks_heating(ws, tk)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 20, 10, 9, 8, 11, 9, 6, 11, 11, 11, 11, 7, 6, 3, 18, 6])
    wb.save(HERE / "heating_oil.xlsx")


def quirks_heating(ws, tk) -> None:
    ws["A31"] = "FF-5522"                        # order number typed twice (row 18)
    ws["B43"] = "Fen View B&B "                  # trailing space (one-off customer)
    ws["D40"] = "gas oil"                        # odd case
    ws["F21"] = "900"                            # ordered stored as text
    ws["J34"] = "14/11/2026"                     # order date typed as text
    ws["C14"] = None                             # postcode missing
    ws["I20"] = 816.6                            # invoices keyed wrongly
    ws["I45"] = 81
    setd(ws, "K39", day(1))
    setd(tk, "J5", day(45))                      # ADR certificate running out
    tk["E7"] = None                              # gauge offline
    tk["C12"] = None


if __name__ == "__main__":
    for f in (apprenticeships, permits, catering, drones, canvassing, heating_oil):
        f()
    print("built 6 workbooks in", HERE)
