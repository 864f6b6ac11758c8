"""Build the six workbooks of dev-v8 part T (openpyxl only, fixed seeds 801-806).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day). Random choices
use fixed seeds; the quirks are then set by hand (`quirks_*`), so cell content is identical on
every run.

Helpers adapted from dev-v6 part O's build.py.

    python build.py
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
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
    """Set a cell to a real date (or None) with the date format."""
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ translation_agency
def translation() -> None:
    rng = random.Random(801)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Lingua Bridge Translations - job log, Sep-Nov 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "EUR ex VAT. Cost = freelancer fee. QA score = reviewer's mark, blank until delivered."
    cols = ["Job ref", "Client", "Lang pair", "Words", "Rate/wd (€)", "Quote (€)", "Cost (€)",
            "Received", "Due", "Delivered", "Translator", "QA score", "Rush", "Status"]
    header(ws, 4, 2, cols)                                   # B4:O4
    ws["Q4"] = "Min margin"
    ws["R4"] = 0.3
    ws["R4"].number_format = "0%"
    ws["Q5"] = "Words/day (std)"
    ws["R5"] = 2500
    clients = ["Haldor GmbH", "Pereira & Filhos", "Nordlys AS", "Kumo Games", "St Aldric Hospital",
               "Brightwell Legal", "Orbis Pharma", "City of Tessel", "Zanetti Moda"]
    rates = {"EN>DE": 0.13, "EN>FR": 0.12, "EN>ES": 0.11, "DE>EN": 0.12, "EN>JA": 0.16,
             "FR>EN": 0.11, "EN>PT": 0.11, "EN>IT": 0.12}
    people = ["Anke V.", "Bruno S.", "Chiara R.", "Dmitri K.", "Emi T.", "Felipe O.", "Greta L."]
    for i in range(40):
        r = 5 + i
        pair = rng.choice(list(rates))
        words = rng.choice([620, 850, 1200, 1750, 2400, 3100, 4200, 5600, 7800, 9500, 12000, 15400])
        rush = rng.random() < 0.2
        quote = round(words * rates[pair] * (1.3 if rush else 1.0), 2)
        cost = round(words * rng.choice([0.06, 0.065, 0.07, 0.08, 0.09]), 2)
        rec = pick_offset(rng, -92, -2, {-30, -31, -7, -14})
        need = math.ceil(words / 2500)
        due = rec + need + (0 if rush else rng.choice([1, 2, 3, 5]))
        if due in (0, 7, 8, -7, 1):
            due += 2
        dl = None
        if due <= -1 or rng.random() < 0.3:
            x = due + rng.choice([-3, -1, 0, 0, 0, 1, 2, 4, 9])
            if x <= -1 and rng.random() < 0.9:
                dl = x
        qa = rng.choice([0.78, 0.84, 0.88, 0.91, 0.94, 0.96, 0.98, 1.0]) if dl is not None else None
        if dl is None:
            status = "In progress"
        else:
            status = "Invoiced" if dl < -20 else "Delivered"
        put(ws, r, 2, [f"LB-{301 + i}", rng.choice(clients), pair, words, rates[pair], quote, cost,
                       day(rec), day(due), day(dl) if dl is not None else None, rng.choice(people),
                       qa, "Yes" if rush else "No", status],
            {4: "0.00", 5: "#,##0.00", 6: "#,##0.00", 11: "0%"})

    tr = wb.create_sheet("Translators")
    header(tr, 1, 1, ["Name", "Pairs", "Rate/wd", "Cap. (wds/wk)", "Booked (wds)", "Last test",
                      "Contract end", "Email", "Rating"])
    roster = [("Anke V.", "EN>DE, FR>DE"), ("Bruno S.", "EN>PT"), ("Chiara R.", "EN>IT, FR>IT"),
              ("Dmitri K.", "DE>EN"), ("Emi T.", "EN>JA"), ("Felipe O.", "EN>ES, EN>PT"),
              ("Greta L.", "EN>DE"), ("Hugo M.", "FR>EN"), ("Ines P.", "EN>ES"),
              ("Jules B.", "EN>FR"), ("Karin S.", "DE>EN, EN>DE"), ("Luc A.", "EN>FR, EN>IT")]
    for i, (nm, prs) in enumerate(roster):
        r = 2 + i
        cap = rng.choice([8000, 10000, 12500, 15000])
        booked = int(cap * rng.choice([0.4, 0.65, 0.8, 0.95, 1.1, 1.3]))
        last = pick_offset(rng, -900, -15, {-365, -366, -364, -730})
        end = pick_offset(rng, -10, 400, {0, 30, 31, 29, 90, 1, -1})
        put(tr, r, 1, [nm, prs, rng.choice([0.06, 0.065, 0.07, 0.08, 0.09]), cap, booked, day(last),
                       day(end), nm.lower().replace(" ", "").replace(".", "") + "@freelance.example",
                       rng.choice([3, 4, 4, 5, 5])], {2: "0.000"})
    header(tr, 1, 11, ["On leave", "Until"])
    tr["A16"] = "Words delivered per month"
    tr["A16"].font = BOLD
    header(tr, 17, 1, ["Name", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, (nm, _) in enumerate(roster):
        r = 18 + i
        v = rng.choice([9000, 16000, 24000, 33000])
        vals = []
        for _ in range(6):
            v = int(round(v * rng.choice([0.6, 0.8, 0.95, 1.05, 1.2, 1.45]), -2))
            vals.append(v)
        put(tr, r, 1, [nm] + vals, {k: "#,##0" for k in range(1, 7)})
    quirks_translation(ws, tr)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 18, 9, 8, 10, 10, 10, 11, 11, 11, 11, 9, 6, 11, 3, 15, 7])
    wb.save(HERE / "translation_agency.xlsx")


def quirks_translation(ws, tr) -> None:
    ws["B38"] = "LB-312"                          # job ref entered twice (row 16)
    ws["C29"] = "Tessaro Arredi "                 # one-off client with a trailing space
    ws["D21"] = "en>fr"                           # odd case
    ws["N33"] = "yes"
    ws["N6"] = "Yes"                              # rush jobs still open
    ws["G6"] = 187.2
    ws["N42"] = "Yes"
    ws["G42"] = 132.6
    ws["E27"] = "620"                             # words stored as text
    ws["L19"] = None                              # not yet assigned
    ws["L42"] = None
    ws["H12"] = 812.5                             # jobs where the freelancer cost more than the quote
    ws["H35"] = 1399.0
    ws["H24"] = 405.0
    setd(ws, "J30", "14/11/2026")                 # due date typed as text (delivered 12 Nov)
    setd(ws, "K30", date(2026, 11, 12))
    ws["M30"] = 0.94
    ws["O30"] = "Delivered"
    setd(ws, "J40", day(0))                       # due today, not delivered
    ws["K40"] = None
    ws["M40"] = None
    ws["O40"] = "In progress"
    ws["O23"] = "On hold"
    tr["H7"] = None                               # email missing
    tr["C11"] = "0.07"                            # rate stored as text
    tr["E13"] = 16000
    for i, (nm, until) in enumerate([("Chiara R.", day(9)), ("Hugo M.", day(24)), ("Bruno S.", day(-3))]):
        put(tr, 2 + i, 11, [nm, until])
    tr["D21"] = None                              # months with nothing logged
    tr["F26"] = None


# ------------------------------------------------------------------ flight_school
def flight() -> None:
    rng = random.Random(802)
    wb = Workbook()
    ws = wb.active
    ws.title = "Students"
    ws["A1"] = "Skyward Aero Club - student pilot progress"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "hours from the tech log; balance < 0 means the student owes us"
    ws["N1"] = "PPL min hours"
    ws["O1"] = 45
    ws["N2"] = "Min solo age"
    ws["O2"] = 16
    cols = ["Student", "DOB", "Joined", "Instructor", "Medical exp.", "First solo", "Dual (h)",
            "Solo (h)", "Total (h)", "Exams passed", "Last flight", "Balance ($)"]
    header(ws, 4, 1, cols)
    first = ["Aoife", "Ben", "Carla", "Dev", "Elif", "Finn", "Gemma", "Hiro", "Isla", "Jamal",
             "Kasia", "Liam", "Mei", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
             "Uma", "Victor", "Wren", "Xander", "Yara", "Zeke", "Abel", "Bianca", "Cormac", "Dana",
             "Eero", "Fatima", "Gus", "Hana", "Ivan", "Jo"]
    last = ["Walsh", "Okafor", "Reyes", "Shah", "Yilmaz", "Murphy", "Grant", "Tanaka", "Fraser",
            "Ali", "Nowak", "Byrne", "Lin", "Haddad", "Price", "Iyer", "Dubois", "Costa", "Berg",
            "Aziz", "Rao", "Petrov", "Hale", "Moss", "Saleh", "Kerr", "Mekonnen", "Russo", "Quinn",
            "Ng", "Virtanen", "Khan", "Doyle", "Sato", "Horvat", "Blake"]
    instr = ["Kay Brennan", "Raj Menon", "Tom Ashby", "Lena Vogt"]
    for i in range(36):
        r = 5 + i
        age_days = rng.choice([rng.randint(14 * 365 + 40, 18 * 365 - 40), rng.randint(19 * 365, 64 * 365)])
        dob = -age_days
        joined = pick_offset(rng, -720, -12, {-365, -366, -30})
        dual = round(rng.uniform(2, 48), 1)
        solo = round(rng.uniform(0.8, 16), 1) if dual > 14 else 0.0
        fsolo = None
        if solo > 0:
            fsolo = joined + rng.randint(40, max(41, -joined - 5))
            if fsolo >= 0:
                fsolo = -3
        med = pick_offset(rng, -60, 800, {0, 30, 31, 29, 60, 61, 59, 90, -1, 1})
        lastf = pick_offset(rng, -80, -1, {-30, -31, -29, -14, -7, -60})
        if lastf < joined:
            lastf = joined + 3
        bal = rng.choice([-420, -185, -60, 0, 35, 120, 250, 480, 900])
        put(ws, r, 1, [f"{first[i]} {last[i]}", day(dob), day(joined), rng.choice(instr), day(med),
                       day(fsolo) if fsolo is not None else None, dual, solo, round(dual + solo, 1),
                       rng.randint(0, 9), day(lastf), bal], {6: "0.0", 7: "0.0", 8: "0.0", 11: "#,##0;-#,##0"})

    ls = wb.create_sheet("Lessons")
    header(ls, 1, 1, ["Date", "Day", "Student", "Aircraft", "Instr.", "Out", "In", "Tach out",
                      "Tach in", "Lesson", "Cx?"])
    regs = ["G-SKYA", "G-SKYB", "G-OTWO"]
    tach = {"G-SKYA": 4412.3, "G-SKYB": 2871.6, "G-OTWO": 6120.9}
    dd = dt.date(2026, 11, 2)
    r = 2
    while dd < BUILT:
        for _ in range(rng.choice([1, 1, 2])):
            st = rng.choice(range(8 * 60, 16 * 60 + 1, 15))
            ln = rng.choice([45, 60, 70, 80, 95, 110, 130])
            reg = rng.choice(regs)
            cx = rng.random() < 0.15
            flown = 0 if cx else round(ln / 60 * rng.choice([0.8, 0.85, 0.9]), 1)
            t0 = tach[reg]
            tach[reg] = round(t0 + flown, 1)
            stu = ws.cell(row=5 + rng.randrange(36), column=1).value
            put(ls, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), stu, reg,
                           rng.choice(["KB", "RM", "TA", "LV"]), hm(st // 60, st % 60),
                           None if cx else hm((st + ln) // 60, (st + ln) % 60),
                           t0, None if cx else tach[reg],
                           rng.choice(["Circuits", "Nav", "Stalls", "PFL", "Solo circuits", "Nav"]),
                           "Wx" if cx else None], {7: "0.0", 8: "0.0"})
            r += 1
        dd += dt.timedelta(days=rng.choice([1, 1, 2]))
    header(ls, 1, 13, ["Aircraft", "Tach now", "Next 50h at"])
    quirks_flight(ws, ls, tach)
    widths(ws, "A B C D E F G H I J K L M N O", [17, 11, 11, 12, 11, 11, 8, 8, 8, 8, 11, 10, 3, 14, 5])
    wb.save(HERE / "flight_school.xlsx")


def quirks_flight(ws, ls, tach) -> None:
    ws["A33"] = "Jamal Ali"                       # student entered twice (row 14)
    ws["A27"] = "Wren Hale "                      # trailing space (one-off)
    ws["D22"] = "kay brennan"                     # odd case
    ws["G18"] = "12.5"                            # dual hours stored as text
    ws["I18"] = 12.5 + (ws["H18"].value or 0)
    ws["E12"] = None                              # no medical yet
    ws["E37"] = None
    setd(ws, "B25", "23/05/1990")                 # DOB typed as text (an adult)
    setd(ws, "F30", day(-1))                      # solo yesterday
    ws["L29"] = -1250                             # big debt
    ws["I9"] = round((ws["I9"].value or 0) + 2.0, 1)   # total that does not add up
    for i, (reg, nxt) in enumerate([("G-SKYA", 4450.0), ("G-SKYB", 2890.0), ("G-OTWO", 6150.0)]):
        put(ls, 2 + i, 13, [reg, tach[reg], nxt], {1: "0.0", 2: "0.0"})


# ------------------------------------------------------------------ film_festival
def festival() -> None:
    rng = random.Random(803)
    wb = Workbook()
    ws = wb.active
    ws.title = "Submissions"
    ws["A1"] = "Kellsbridge Film Festival 2026 - submissions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "scores 1-10 from four screeners (R1-R4); blank = not watched yet. Fees in $."
    cols = ["Sub ID", "Title", "Country", "Category", "Runtime (min)", "Submitted", "Fee ($)",
            "Fee paid ($)", "R1", "R2", "R3", "R4", "Avg score", "Decision"]
    header(ws, 3, 1, cols)
    ws["P1"] = "Late deadline"
    ws["Q1"] = date(2026, 8, 31)
    ws["Q1"].number_format = "yyyy-mm-dd"
    ws["P2"] = "Shorts max (min)"
    ws["Q2"] = 40
    adj = ["Quiet", "Salt", "Paper", "Long", "Burning", "Northern", "Glass", "Hollow", "Last",
           "Red", "Wild", "Sunday", "Iron", "Little", "Silver", "Open"]
    noun = ["Harbour", "Summer", "Lanterns", "Road", "Orchard", "Mothers", "Radio", "Winter",
            "Kites", "Bridge", "Tides", "Station", "Houses", "Birds", "River"]
    countries = ["Ireland", "UK", "France", "Iran", "Brazil", "Nigeria", "Japan", "Poland",
                 "Mexico", "Canada", "India", "Germany"]
    cats = ["Feature", "Short", "Short", "Short", "Documentary", "Animation"]
    titles = []
    while len(titles) < 42:
        tt = f"{rng.choice(adj)} {rng.choice(noun)}"
        if tt not in titles:
            titles.append(tt)
    for i in range(42):
        r = 4 + i
        cat = rng.choice(cats)
        rt = {"Feature": rng.randint(78, 158), "Short": rng.randint(5, 38),
              "Documentary": rng.randint(52, 118), "Animation": rng.randint(4, 22)}[cat]
        sub = date(2026, 5, 1) + dt.timedelta(days=rng.randint(0, 150))
        if sub.date() == dt.date(2026, 8, 31):
            sub = date(2026, 8, 28)
        late = sub.date() > dt.date(2026, 8, 31)
        fee = {"Feature": 60, "Documentary": 50, "Short": 30, "Animation": 30}[cat] + (25 if late else 0)
        paid = rng.choice([fee, fee, fee, fee, fee - 15, 0, None])
        q = rng.choice([3.5, 4.5, 5.5, 6, 6.5, 7, 7.5, 8.5])
        sc = [max(1, min(10, round(q + rng.choice([-2, -1, 0, 0, 1, 2])))) for _ in range(4)]
        for j in range(4):
            if rng.random() < 0.08:
                sc[j] = None
        got = [s for s in sc if s is not None]
        avg = round(sum(got) / len(got), 2)
        dec = "Selected" if avg >= 7.5 else ("Waitlist" if avg >= 6.5 else "Rejected")
        put(ws, r, 1, [f"KFF-{1040 + i * 7}", titles[i], rng.choice(countries), cat, rt, sub, fee,
                       paid, *sc, avg, dec], {12: "0.00"})

    sc_ = wb.create_sheet("Screenings")
    sc_["B1"] = "Programme, 27 Nov - 6 Dec"
    sc_["B1"].font = BOLD
    header(sc_, 2, 2, ["Date", "Day", "Venue", "Start", "Film", "Slot (min)", "Seats", "Sold", "Comps", "Q&A"])
    venues = {"Regal 1": 220, "Regal 2": 96, "Arts Centre": 140, "Library": 60}
    sel = [ws.cell(row=4 + k, column=2).value for k in range(42)]
    r = 3
    dd = dt.date(2026, 11, 27)
    while dd <= dt.date(2026, 12, 6):
        for _ in range(rng.choice([2, 3, 3])):
            v = rng.choice(list(venues))
            st = rng.choice([11 * 60, 13 * 60 + 30, 16 * 60, 18 * 60 + 30, 20 * 60 + 45])
            seats = venues[v]
            sold = None
            comps = None
            if dd < BUILT:
                sold = int(seats * rng.choice([0.35, 0.55, 0.7, 0.85, 0.95, 1.0]))
                comps = rng.choice([0, 2, 4, 6, 10])
            elif rng.random() < 0.7:
                sold = int(seats * rng.choice([0.2, 0.4, 0.6]))
            put(sc_, r, 2, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), v, hm(st // 60, st % 60),
                            rng.choice(sel), rng.randint(70, 140), seats, sold, comps,
                            rng.choice(["Yes", "No", "No"])])
            r += 1
        dd += dt.timedelta(days=1)
    header(sc_, 2, 13, ["Venue", "Seats", "Turnaround (min)"])
    for i, (v, s) in enumerate(venues.items()):
        put(sc_, 3 + i, 13, [v, s, rng.choice([20, 30, 30, 45])])

    bo = wb.create_sheet("Box office")
    days_ = ["Fri 27", "Sat 28", "Sun 29", "Mon 30", "Tue 1"]
    bo["A1"] = "Tickets sold per day"
    bo["A1"].font = BOLD
    header(bo, 2, 1, ["Venue / channel"] + days_ + ["Target/day"])
    chans = ["Regal 1 - door", "Regal 1 - online", "Regal 2 - door", "Regal 2 - online",
             "Arts Centre - door", "Arts Centre - online", "Library - door", "Library - online",
             "Festival pass holders"]
    for i, ch in enumerate(chans):
        base = rng.choice([40, 90, 150, 260])
        vals = [int(base * rng.choice([0.6, 0.8, 1.0, 1.2, 1.5])) for _ in days_]
        put(bo, 3 + i, 1, [ch] + vals + [rng.choice([150, 200, 250])])
    bo["A14"] = "Merchandise ($)"
    bo["A14"].font = BOLD
    header(bo, 15, 1, ["Item"] + days_ + ["Stock left"])
    for i, it in enumerate(["Tote bag", "Poster", "T-shirt", "Programme", "Pin badge", "Mug"]):
        vals = [rng.choice([0, 15, 30, 45, 60, 90, 120, 180]) for _ in days_]
        put(bo, 16 + i, 1, [it] + vals + [rng.randint(3, 80)], {k: "#,##0" for k in range(1, 6)})
    quirks_festival(ws, sc_, bo)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [10, 18, 9, 12, 9, 11, 7, 9, 4, 4, 4, 4, 8, 9, 3, 16, 11])
    wb.save(HERE / "film_festival.xlsx")


def quirks_festival(ws, sc_, bo) -> None:
    ws["A30"] = "KFF-1124"                        # duplicate id (row 16)
    ws["B40"] = "Quiet Harbour"                   # same title submitted twice
    ws["B22"] = "Salt Road "                      # trailing space (one-off title)
    ws["D27"] = "short"                           # odd case
    ws["C35"] = "ireland"
    ws["E19"] = "45"                              # runtime stored as text (a long short)
    ws["D19"] = "Short"
    ws["E11"] = 52                                # a short that is too long
    ws["D11"] = "Short"
    setd(ws, "F24", "23/05/2026")                 # submitted typed as text (early)
    ws["G24"] = ws["H24"] = 30
    ws["G11"] = 30
    ws["H13"] = None                              # fee waived / unpaid
    ws["G37"] = 85
    ws["H37"] = 60
    sc_["I10"] = 218                              # oversold once comps are counted
    sc_["I20"] = "96"                             # sold stored as text
    sc_["I21"] = 14
    bo["D6"] = None                               # blanks in the tickets table
    bo["F10"] = None
    bo["C19"] = "60"                              # number stored as text


# ------------------------------------------------------------------ pest_control
def pest() -> None:
    rng = random.Random(804)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Northgate Pest Services - callouts"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported = customer's first call. Cost = labour + materials (from the job sheet)."
    ws["A3"] = "Max days to first visit"
    ws["D3"] = 3
    cols = ["Job no.", "Customer", "Postcode", "Pest", "Reported", "Visited", "Next visit",
            "Tech", "Stations", "Price (£)", "Cost (£)", "Contract", "Paid"]
    header(ws, 5, 1, cols)
    custs = ["Mrs J. Harper", "The Crown Inn", "Oakfield Primary", "B. Osei", "Lakeside Flats",
             "Patel's Grocers", "Riverside Care Home", "T. Lindqvist", "Grange Farm",
             "Hollybush Cafe", "D. Mwangi", "St Mary's Church", "Unit 7 Bakery", "K. O'Brien",
             "Fernhill Kennels", "A. Novak", "Elm Court HOA", "R. Castillo"]
    pests = ["Rats", "Rats", "Mice", "Mice", "Wasps", "Bed bugs", "Cockroaches", "Moles", "Pigeons", "Fleas"]
    techs = ["Dan Pryce", "Shona Reid", "Marek Zielinski", "Ayo Bello"]
    pcs = ["NG1 4AB", "NG2 7JX", "NG5 1QP", "NG7 2RD", "NG9 3LT", "DE7 5SN", "NG11 8HU"]
    for i in range(42):
        r = 6 + i
        pest_ = rng.choice(pests)
        rep = pick_offset(rng, -62, -1, {-30, -31, -14, -7, -28})
        vis = None
        if rng.random() < 0.92:
            x = rep + rng.choice([0, 1, 1, 2, 2, 4, 5, 8])
            if x <= 0:
                vis = x
        nxt = None
        if vis is not None and pest_ in ("Rats", "Mice", "Cockroaches", "Bed bugs"):
            nxt = vis + rng.choice([7, 14, 14, 21, 28])
            if nxt in (0, 1, -1, 7, 6, 8):
                nxt += 3
        stations = rng.choice([2, 4, 6, 8, 12]) if pest_ in ("Rats", "Mice") else 0
        price = {"Rats": 145, "Mice": 110, "Wasps": 65, "Bed bugs": 320, "Cockroaches": 240,
                 "Moles": 95, "Pigeons": 410, "Fleas": 130}[pest_]
        price = price + rng.choice([0, 0, 20, 45])
        cost = round(price * rng.choice([0.35, 0.5, 0.6, 0.7, 0.85]), 2)
        contract = rng.choice(["Y", "N", "N", "N"])
        paid = None
        if vis is not None and rng.random() < 0.65:
            paid = vis + rng.choice([0, 3, 8, 20])
            if paid > -1:
                paid = None
        put(ws, r, 1, [f"NP-{5210 + i}", rng.choice(custs), rng.choice(pcs), pest_, day(rep),
                       day(vis) if vis is not None else None, day(nxt) if nxt is not None else None,
                       rng.choice(techs), stations, price, cost, contract,
                       day(paid) if paid is not None else None], {9: "0.00", 10: "0.00"})

    bc = wb.create_sheet("Bait checks")
    bc["A1"] = "Bait take per site (% of stations with take), weekly check"
    bc["A1"].font = BOLD
    wks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    header(bc, 2, 1, ["Site"] + wks)
    sites = ["The Crown Inn", "Oakfield Primary", "Lakeside Flats", "Patel's Grocers",
             "Riverside Care Home", "Grange Farm", "Hollybush Cafe", "Unit 7 Bakery",
             "Fernhill Kennels", "Elm Court HOA", "Mill Lane Depot", "Castle Storage", "Bridge St Offices"]
    for i, s in enumerate(sites):
        v = rng.choice([0.05, 0.15, 0.3, 0.5, 0.7])
        vals = []
        for _ in wks:
            v = min(1.0, max(0.0, round(v + rng.choice([-0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2]), 2)))
            vals.append(v)
        put(bc, 3 + i, 1, [s] + vals, {k: "0%" for k in range(1, 6)})
    header(bc, 2, 8, ["On contract", "Visits / yr"])
    for i, (s, n) in enumerate([("The Crown Inn", 8), ("Oakfield Primary", 6), ("Riverside Care Home", 12),
                                ("Unit 7 Bakery", 12), ("Elm Court HOA", 4), ("Castle Storage", 6)]):
        put(bc, 3 + i, 8, [s, n])

    te = wb.create_sheet("Techs")
    header(te, 1, 1, ["Tech", "Cert. expiry", "Van", "MOT due", "Hrs (wk 48)", "Contr. hrs",
                      "Jobs (Nov)", "Callbacks", "Started"])
    for i, (t_, van) in enumerate([("Dan Pryce", "NX19 KLD"), ("Shona Reid", "NX21 PRT"),
                                   ("Marek Zielinski", "NX18 AWE"), ("Ayo Bello", "NX22 BBV"),
                                   ("Cath Moreno", "NX20 FGH"), ("Ian Stroud", "NX17 ZZC")]):
        contr = rng.choice([37.5, 40, 30])
        put(te, 2 + i, 1, [t_, day(pick_offset(rng, -20, 500, {0, 30, 31, 29, 1, -1})), van,
                           day(pick_offset(rng, -15, 300, {0, 30, 31, 29, 14, 1, -1})),
                           contr + rng.choice([-7.5, -2, 0, 3.5, 8, 12.5]), contr, rng.randint(12, 46),
                           rng.randint(0, 6), day(pick_offset(rng, -3000, -200, set()))])
    quirks_pest(ws, bc, te)
    widths(ws, "A B C D E F G H I J K L M", [9, 19, 9, 12, 11, 11, 11, 16, 8, 9, 9, 8, 11])
    wb.save(HERE / "pest_control.xlsx")


def quirks_pest(ws, bc, te) -> None:
    ws["A40"] = "NP-5221"                         # job number entered twice (row 17)
    ws["B33"] = "Wexford Mews "                   # one-off customer with a trailing space
    ws["D34"] = "wasps"                           # odd case
    ws["L44"] = "y"
    ws["J22"] = "145"                             # price stored as text
    ws["K15"] = 262.0                             # jobs that cost more than the price
    ws["K36"] = 148.4
    ws["K45"] = 455.0
    setd(ws, "E31", "19/11/2026")                 # reported typed as text (visited 20 Nov)
    setd(ws, "F31", date(2026, 11, 20))
    setd(ws, "G31", date(2026, 12, 11))
    ws["H28"] = None                              # no tech assigned yet
    ws["H46"] = None
    bc["D7"] = None                               # check missed
    bc["F12"] = None
    bc["E9"] = "0.4"                              # typed as text
    te["B6"] = day(-9)                            # certificate lapsed
    te["B6"].number_format = "yyyy-mm-dd"


# ------------------------------------------------------------------ dairy_herd
def dairy() -> None:
    rng = random.Random(805)
    wb = Workbook()
    ws = wb.active
    ws.title = "Herd"
    ws["B1"] = "Brookend Farm - milking herd"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "SCC = somatic cell count ('000/ml) at the last recording; L/day = 7-day average"
    cols = ["Tag", "Name", "Breed", "Born", "Last calved", "Dry-off", "Lact.", "L/day",
            "L/day Oct", "SCC (k/ml)", "Fat %", "Prot %", "Pen", "Notes"]
    header(ws, 4, 2, cols)                                   # B4:O4
    ws["Q4"] = "SCC limit (k/ml)"
    ws["R4"] = 200
    ws["Q5"] = "Min L/day"
    ws["R5"] = 18
    names = ["Daisy", "Bluebell", "Clover", "Buttercup", "Tess", "Molly", "Rosie", "Peg", "Hazel",
             "Poppy", "Bramble", "Maisie", "Lottie", "Nell", "Primrose", "Willow", "Fern", "Ivy",
             "Juniper", "Heather", "Meg", "Bella", "Sorrel", "Tansy", "Holly", "Marigold", "Dot",
             "Queenie", "Lily", "Pansy", "Sage", "Flora", "Mabel", "Olive", "Ruby", "Pearl",
             "Violet", "Iris", "Ginny", "Wendy"]
    breeds = ["Holstein", "Holstein", "Holstein", "Friesian", "Jersey", "Ayrshire", "Brown Swiss"]
    notes = [None, None, None, None, "lame - LH", "AI 12/11", "mastitis RF", "heifer", "keep an eye",
             None, "hoof trimmed", "in calf"]
    for i in range(40):
        r = 5 + i
        br = rng.choice(breeds)
        born = pick_offset(rng, -11 * 365, -2 * 365 - 60, set())
        lact = max(1, min(8, (-born) // 365 - 1))
        calved = pick_offset(rng, -330, -8, {-30, -60, -90, -100, -14, -7})
        dry = calved + 305
        if dry in (0, 1, -1, 30, 31, 29, 60, 61, 59, 14):
            dry += 4
        base = {"Holstein": 32, "Friesian": 28, "Jersey": 20, "Ayrshire": 24, "Brown Swiss": 26}[br]
        oct_ = round(base * rng.choice([0.7, 0.85, 0.95, 1.05, 1.2]), 1)
        now = round(oct_ * rng.choice([0.8, 0.88, 0.95, 1.0, 1.02, 1.1]), 1)
        scc = rng.choice([45, 70, 90, 120, 150, 180, 240, 310, 420])
        fat = {"Jersey": 0.055, "Holstein": 0.039, "Friesian": 0.041, "Ayrshire": 0.043,
               "Brown Swiss": 0.042}[br] + rng.choice([-0.003, 0, 0.002, 0.004])
        prot = fat * rng.choice([0.78, 0.82, 0.86])
        put(ws, r, 2, [f"UK 7{rng.randint(10000, 99999)}", names[i], br, day(born), day(calved),
                       day(dry), lact, now, oct_, scc, round(fat, 3), round(prot, 3),
                       rng.choice(["A", "A", "B", "B", "C"]), rng.choice(notes)],
            {7: "0.0", 8: "0.0", 10: "0.0%", 11: "0.0%"})

    wk = wb.create_sheet("Weekly")
    weeks = ["Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    wk["A1"] = "Bulk tank collections (litres)"
    wk["A1"].font = BOLD
    header(wk, 2, 1, ["Collection"] + weeks)
    for i, c in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        v = rng.choice([2400, 2600, 2800])
        put(wk, 3 + i, 1, [c] + [int(v * rng.choice([0.9, 0.95, 1.0, 1.04, 1.08])) for _ in weeks],
            {k: "#,##0" for k in range(1, 7)})
    wk["J1"] = "Concentrate fed (kg/day) by pen"
    wk["J1"].font = BOLD
    header(wk, 2, 10, ["Pen"] + weeks)
    for i, p in enumerate(["A", "B", "C", "Dry", "Heifers"]):
        v = rng.choice([150, 220, 310, 90])
        put(wk, 3 + i, 10, [p] + [int(v * rng.choice([0.85, 0.92, 1.0, 1.06, 1.15])) for _ in weeks])

    tx = wb.create_sheet("Treatments")
    header(tx, 1, 1, ["Tag", "Name", "Treated", "Product", "Reason", "Milk w/d (days)", "Meat w/d (days)", "Vet"])
    prods = [("Mastiplan LC", 3, 4), ("Ubrolexin", 5, 10), ("Metacam", 5, 15), ("Engemycin", 7, 28),
             ("Cobactan", 3, 5), ("Orbeseal", 1, 0)]
    for i in range(22):
        k = rng.randrange(40)
        p, mw, me = rng.choice(prods)
        tdate = pick_offset(rng, -45, -1, {-3, -5, -7, -4, -2, -6, -8})
        put(tx, 2 + i, 1, [ws.cell(5 + k, 2).value, ws.cell(5 + k, 3).value, day(tdate), p,
                           rng.choice(["mastitis", "lameness", "dry cow", "pneumonia", "mastitis"]), mw, me,
                           rng.choice(["JM", "JM", "SO", "Pk"])])
    quirks_dairy(ws, wk, tx)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 11, 11, 12, 11, 11, 11, 6, 7, 9, 9, 7, 7, 5, 13, 3, 16, 6])
    wb.save(HERE / "dairy_herd.xlsx")


def quirks_dairy(ws, wk, tx) -> None:
    ws["B30"] = ws["B12"].value                   # ear tag entered twice
    ws["C41"] = "Violet "                         # trailing space (one-off name)
    ws["D17"] = "jersey"                          # odd case
    ws["I23"] = "24.6"                            # L/day stored as text
    ws["K20"] = "310"                             # SCC stored as text
    setd(ws, "F36", "23/06/2026")                 # last calved typed as text
    setd(ws, "G36", date(2027, 4, 24))
    ws["I14"] = None                              # not recorded (in the sick pen)
    ws["K38"] = None
    ws["O14"] = "sick pen"
    wk["E7"] = None                               # missed collection
    wk["C5"] = "2650"                             # typed as text
    tx["C12"] = "14/10/2026"                      # treated date typed as text (long ago)


# ------------------------------------------------------------------ chess_club
def chess() -> None:
    rng = random.Random(806)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["B1"] = "Kingsgate Chess Club - members 2026/27"
    ws["B1"].font = Font(bold=True, size=14)
    cols = ["Name", "Born", "Section", "Rating", "Prev rtg", "Games", "W", "D", "L", "Subs (£)",
            "Paid (£)", "Email", "Joined"]
    header(ws, 3, 2, cols)                                   # B3:N3
    ws["P3"] = "Junior subs (£)"
    ws["Q3"] = 25
    ws["P4"] = "Adult subs (£)"
    ws["Q4"] = 60
    first = ["Alan", "Beth", "Cyrus", "Dina", "Egon", "Fay", "Goran", "Hanna", "Ilya", "Joy",
             "Kemal", "Lara", "Milan", "Nia", "Oskar", "Pia", "Ravi", "Sasha", "Theo", "Ula",
             "Vlad", "Wanda", "Yusuf", "Zora", "Arjun", "Bea", "Colm", "Dora", "Emil", "Freya",
             "Gwen", "Harun", "Ines", "Jasper", "Kit", "Luz", "Max", "Noor"]
    last = ["Hughes", "Kaur", "Amini", "Svoboda", "Lund", "Okoye", "Petrovic", "Moreau", "Sokolov",
            "Adeyemi", "Demir", "Fischer", "Novak", "Bajwa", "Lindgren", "Rossi", "Nair", "Volkova",
            "Grant", "Lang", "Orlov", "Mazur", "Celik", "Ivanova", "Patel", "Kelly", "Murray",
            "Szabo", "Weber", "Hansen", "Jones", "Yildiz", "Vidal", "Cole", "Marsh", "Ortega",
            "Brandt", "Haddad"]
    for i in range(38):
        r = 4 + i
        junior = rng.random() < 0.3
        born = -rng.randint(8 * 365 + 30, 17 * 365 + 300) if junior else -rng.randint(19 * 365, 78 * 365)
        age = (BUILT - (BUILT + dt.timedelta(days=born))).days / 365.25
        junior = age < 18
        rating = rng.randint(700, 1500) if junior else rng.randint(1100, 2250)
        prev = rating + rng.choice([-85, -40, -22, -9, 0, 12, 31, 64, 140])
        games = rng.randint(0, 24)
        w = rng.randint(0, games)
        dr = rng.randint(0, games - w)
        subs = 25 if junior else 60
        paid = rng.choice([subs, subs, subs, 0, None, subs // 2 + 5])
        joined = pick_offset(rng, -4000, -20, {-365, -366, -30, -31})
        put(ws, r, 2, [f"{first[i]} {last[i]}", day(born), "Junior" if junior else "Open", rating, prev,
                       games, w, dr, games - w - dr, subs, paid,
                       f"{first[i].lower()}.{last[i].lower()}@mail.example", day(joined)])
    ra = wb.create_sheet("Ratings")
    ra["A1"] = "Club grading list - monthly"
    ra["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ra, 2, 1, ["Player"] + months)
    for i in range(16):
        v = ws.cell(4 + i, 5).value - rng.randint(-60, 120)
        vals = []
        for _ in months:
            v = v + rng.choice([-45, -20, -8, 0, 6, 15, 38])
            vals.append(v)
        put(ra, 3 + i, 1, [ws.cell(4 + i, 2).value] + vals)
    ra["A22"] = "Club night attendance"
    ra["A22"].font = BOLD
    header(ra, 23, 1, ["Night", "2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"])
    for i, nm in enumerate(["Mon - juniors", "Mon - open", "Thu - league", "Thu - casual", "Sat - coaching"]):
        put(ra, 24 + i, 1, [nm] + [rng.randint(4, 30) for _ in range(5)])
    mt = wb.create_sheet("Matches")
    header(mt, 1, 1, ["Date", "Comp", "Opponent", "H/A", "Start", "Boards", "Our pts", "Their pts",
                      "Captain"])
    opps = ["Riverside", "Castle Knights", "Eastfield", "Moorgate A", "Moorgate B", "Hillcrest",
            "University", "Railway Inst."]
    dd = dt.date(2026, 9, 7)
    i = 0
    while dd < dt.date(2027, 1, 20):
        past = dd < BUILT
        boards = rng.choice([4, 6, 6, 8])
        ours = rng.choice([x / 2 for x in range(0, 2 * boards + 1)]) if past else None
        put(mt, 2 + i, 1, [dt.datetime.combine(dd, dt.time()), rng.choice(["League", "League", "Cup", "Rapidplay"]),
                           rng.choice(opps), rng.choice(["H", "A"]), hm(rng.choice([19, 19, 10, 14]), rng.choice([0, 30])),
                           boards, ours, None if ours is None else boards - ours,
                           rng.choice(["Egon L.", "Dina S.", "Ravi N.", "Egon L."])])
        i += 1
        dd += dt.timedelta(days=rng.choice([5, 7, 8, 9, 12]))
    quirks_chess(ws, ra, mt)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [3, 16, 11, 8, 7, 8, 7, 4, 4, 4, 8, 8, 26, 11, 3, 15, 5])
    wb.save(HERE / "chess_club.xlsx")


def quirks_chess(ws, ra, mt) -> None:
    ws["B39"] = ws["B10"].value                   # member entered twice
    ws["M39"] = ws["M10"].value
    ws["B22"] = "Theo Grant "                     # trailing space (one-off)
    ws["D16"] = "junior"                          # odd case
    ws["E28"] = "1164"                            # rating stored as text
    setd(ws, "C33", "24/03/1981")                 # DOB typed as text (an adult)
    ws["D33"] = "Open"
    ws["K33"] = 60
    ws["K29"] = 60                                # junior charged the adult rate
    ws["K24"] = 25                                # adult charged the junior rate
    ws["M17"] = None                              # missing emails
    ws["M35"] = None
    ra["D9"] = None                               # not graded that month
    ra["F14"] = None
    mt["G8"] = "2"                                # typed as text


if __name__ == "__main__":
    for f in (translation, flight, festival, pest, dairy, chess):
        f()
    print("built 6 workbooks in", HERE)
