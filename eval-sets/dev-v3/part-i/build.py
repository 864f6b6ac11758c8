"""Build the six workbooks of dev-v3 part I (openpyxl only, fixed seeds 901-906).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day, "hh:mm"), and
the one duration column (Resits "Extra time") holds real durations ("[h]:mm"). Run:

    python build.py
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


def plus(t: dt.time, minutes: int) -> dt.time:
    total = t.hour * 60 + t.minute + minutes
    return dt.time(total // 60 % 24, total % 60)


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
            elif isinstance(v, dt.timedelta):
                c.number_format = "[h]:mm"


def percent(ws, ref: str, fmt: str = "0%") -> None:
    for row in ws[ref]:
        for c in row:
            c.number_format = fmt


def widths(ws, spec: dict[str, float]) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def pick_offsets(rng: random.Random, lo: int, hi: int, n: int, avoid: set[int]) -> list[int]:
    pool = [o for o in range(lo, hi + 1) if o not in avoid]
    return sorted(rng.sample(pool, n))


# ------------------------------------------------------------------ brewery_batches
def brewery() -> None:
    rng = random.Random(901)
    wb = Workbook()
    ws = wb.active
    ws.title = "Batch Log"
    ws["A1"] = "Hopfield Brewing Co. - batch log 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "gravities as SG, volumes in litres; target ABV from the recipe book"
    ws["O2"] = "Allowed loss (L):"
    ws["P2"] = 120
    cols = ["Batch #", "Beer", "Style", "Brewer", "Brew Date", "Mash In", "KO Time", "Vol (L)",
            "OG", "FG", "Tgt ABV", "ABV", "Tank", "Pkg Date", "Pkg (L)", "Status", "Notes"]
    header(ws, 4, 2, cols)                                   # B4:R4, data rows 5..44
    beers = [("Harbour Pale", "Pale Ale", 0.048), ("Night Owl", "Stout", 0.058),
             ("Hazy Days", "NEIPA", 0.065), ("Old Anchor", "Porter", 0.052),
             ("Lantern", "Pilsner", 0.047), ("Red Kite", "Red Ale", 0.055),
             ("Farmhouse No.3", "Saison", 0.062), ("Double Trouble", "DIPA", 0.078)]
    brewers = ["Tom", "Priya", "Sam", "Lou"]
    notes = [None, None, None, None, "dry hopped day 5", "Dry hop x2 (Citra/Mosaic)",
             "new malt lot", None, "water profile tweak", "collab w/ Tidewell", None,
             "short boil - power cut", None]
    avoid = {-14, -15, -13, -21, -28, -7, -30, -31, -29}
    offsets = pick_offsets(rng, -235, -36, 31, avoid) + pick_offsets(rng, -33, -2, 9, avoid)
    for i, off in enumerate(offsets):
        r = 5 + i
        beer, style, tgt = beers[rng.randrange(len(beers))]
        mash = rng.choice([hm(5, 45), hm(6), hm(6, 15), hm(6, 30), hm(6, 45), hm(7, 15),
                           hm(7, 30), hm(8), hm(8, 30)])
        ko = plus(mash, rng.choice([450, 480, 505, 525, 555, 585, 615, 640]))
        vol = rng.choice([1850, 1900, 1960, 2000, 2040, 980])
        og = round(1 + tgt / 1.3125 / 0.75 + rng.choice([-0.003, -0.002, 0, 0.001, 0.002, 0.004]), 3)
        att = rng.choice([0.64, 0.68, 0.73, 0.76, 0.79, 0.82])
        fg = round(1 + (og - 1) * (1 - att), 3)
        abv = round((og - fg) * 1.3125, 3)
        if abs(abv - tgt) < 1e-9:
            abv = round(abv + 0.001, 3)
        if off >= -12:
            status, fg, abv, pkg, pkg_l = "Fermenting", None, None, None, None
        elif off >= -32:
            status, pkg, pkg_l = "Conditioning", None, None
        else:
            status = "Packaged"
            pkg = day(min(off + rng.choice([18, 21, 24, 27, 33, 38, 44]), -2))
            pkg_l = vol - rng.choice([35, 60, 80, 95, 110, 135, 160, 210])
        tank = f"FV{rng.randint(1, 12)}"
        put(ws, r, 2, [f"B26-{101 + i:03d}", beer, style, rng.choice(brewers), day(off), mash, ko,
                       vol, og, fg, tgt, abv, tank, pkg, pkg_l, status, rng.choice(notes)])
        ws.cell(row=r, column=10).number_format = "0.000"
        ws.cell(row=r, column=11).number_format = "0.000"
        ws.cell(row=r, column=12).number_format = "0.0%"
        ws.cell(row=r, column=13).number_format = "0.0%"
    # quirks
    ws["F12"] = "17/06/2026"                 # brew date typed as text
    ws["J20"] = "1.056"                      # OG stored as text
    ws["E9"] = "tom"                         # lower case
    ws["E23"] = "Priya "                     # trailing space
    ws["E16"] = None                         # brewer not filled in
    ws["E33"] = None
    ws["B27"] = ws["B26"].value              # duplicate batch number
    ws["B38"] = ws["B37"].value
    ws["N14"] = None                         # tank not recorded
    ws["N30"] = None
    ws["N41"] = None
    ws["P11"] = None                         # packaged but litres not entered
    ws["P19"] = None
    ws["Q21"] = "packaged"
    ws["R20"] = "dry hopped day 5"
    ws["R25"] = "Dry hop x2 (Citra/Mosaic)"
    ws["R42"] = "DRY HOP on day 4"
    ws["Q38"] = "Fermenting"                 # stuck: still fermenting after 19 days
    ws["K38"] = None
    ws["M38"] = None
    ws["R38"] = "stuck ferment - roused yeast"
    for r in (15, 28):                       # dumped batches
        ws.cell(row=r, column=17, value="Dumped")
        ws.cell(row=r, column=15, value=None)
        ws.cell(row=r, column=16, value=None)
        ws.cell(row=r, column=18, value="infected - dumped")
    widths(ws, {"A": 3, "B": 9, "C": 15, "D": 9, "E": 8, "F": 11, "G": 8, "H": 8, "I": 8,
                "J": 7, "K": 7, "L": 8, "M": 7, "N": 6, "O": 11, "P": 8, "Q": 12, "R": 26})

    tk = wb.create_sheet("Tanks")
    tk["A1"] = "Cellar log - daily temps (°C), w/c 23 Nov 2026"
    tk["A1"].font = BOLD
    header(tk, 3, 1, ["Tank", "Type", "Cap (L)", "Fill (L)", "Set °C", "Mon", "Tue", "Wed",
                      "Thu", "Fri", "Sat", "Sun", "Last CIP", "CIP every (d)", "Batch"])
    tanks = [(f"FV{i}", "FV", 2400 if i <= 8 else 4800) for i in range(1, 15)] + \
            [(f"BBT{i}", "BBT", 2400 if i <= 4 else 4800) for i in range(1, 7)] + \
            [("YB1", "Yeast", 300), ("YB2", "Yeast", 300)]
    noise = [-0.6, -0.3, 0, 0.2, 0.4, 0.7, -0.2, 0.3]
    for i, (name, typ, cap) in enumerate(tanks):
        r = 4 + i
        empty = rng.random() < 0.18
        if typ == "FV":
            setp = rng.choice([19, 19, 20, 18, 12, 11])
        elif typ == "BBT":
            setp = rng.choice([0, 1, 0, 2])
        else:
            setp = 4
        fill = 0 if empty else round(cap * rng.choice([0.42, 0.8, 0.88, 0.93, 0.97, 1.0]) / 10) * 10
        temps = [None] * 7 if empty else [round(setp + rng.choice(noise), 1) for _ in range(7)]
        last = rng.randint(-40, -1)
        every = rng.choice([7, 14, 21, 30])
        if last + every == 0:
            last -= 2
        batch = None if empty else f"B26-{rng.randint(131, 144)}"
        put(tk, r, 1, [name, typ, cap, fill, setp, *temps, day(last), every, batch])
    # excursions and cold crashes
    tk["H6"] = 22.6                           # FV3 spike Wed
    tk["I6"] = 21.9
    tk["J16"] = 23.4                          # FV13 Fri
    tk["K9"] = 2.1                            # FV6 crashed Sat/Sun
    tk["L9"] = 1.4
    tk["F19"] = -1.2                          # BBT negatives
    tk["G19"] = -0.8
    tk["J21"] = 5.3                           # BBT4 warm on Fri
    tk["N15"] = "7"                           # interval stored as text
    widths(tk, {"A": 6, "B": 6, "C": 8, "D": 8, "E": 7, "M": 11, "N": 12, "O": 9})
    wb.save(HERE / "brewery_batches.xlsx")


# ------------------------------------------------------------------ construction_bids
def bids() -> None:
    rng = random.Random(902)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tender comparison"
    ws["A1"] = "Riverside Library Extension - tender comparison (4 bids)"
    ws["A1"].font = TITLE
    ws["A2"] = "all prices ex GST; tender closed 2:00 pm Fri 6 Nov 2026"
    ws["A3"] = "Tolerance over estimate:"
    ws["C3"] = 0.15
    ws["C3"].number_format = "0%"
    cols = ["Item", "Description", "Unit", "Qty", "Eng Est ($)", "Apex Build",
            "Coastline Constr.", "Ridgeway & Sons", "Norte Civil", "Notes"]
    header(ws, 5, 1, cols)                                    # A5:J5, data rows 6..37
    items = [("Site establishment", "item", 1, 38000), ("Demolition of existing canopy", "item", 1, 21500),
             ("Bulk excavation", "m3", 640, 42), ("Concrete footings", "m3", 85, 610),
             ("Reinforced concrete slab", "m2", 520, 165), ("Structural steel frame", "t", 46, 5200),
             ("Blockwork walls", "m2", 310, 128), ("Roof sheeting", "m2", 560, 74),
             ("Roof plumbing", "item", 1, 16800), ("Windows & glazing", "m2", 140, 890),
             ("External cladding", "m2", 420, 155), ("Internal partitions", "m2", 380, 96),
             ("Suspended ceilings", "m2", 500, 62), ("Floor finishes - carpet", "m2", 300, 58),
             ("Floor finishes - vinyl", "m2", 190, 71), ("Painting", "m2", 1400, 18),
             ("Electrical rough-in", "item", 1, 64000), ("Electrical fit-off", "item", 1, 48000),
             ("Mechanical (HVAC)", "item", 1, 186000), ("Fire services", "item", 1, 52000),
             ("Hydraulic services", "item", 1, 71000), ("Joinery", "LS", 1, 58500),
             ("Doors & hardware", "no.", 46, 1450), ("Landscaping", "m2", 900, 38),
             ("Concrete paths & kerbs", "m", 260, 115), ("Line marking", "LS", 1, 4200),
             ("Signage", "LS", 1, 9800), ("Final clean", "item", 1, 6500),
             ("Provisional sum - contaminated soil", "item", 1, 25000), ("Preliminaries", "LS", 1, 96000),
             ("Stormwater drainage", "m", 180, 240), ("Precast concrete stairs", "no.", 2, 18500)]
    bias = [1.0, 0.96, 1.07, 0.93]
    factors = [0.8, 0.86, 0.91, 0.96, 1.02, 1.05, 1.09, 1.14, 1.22, 1.31, 1.44]
    notes = [None, None, None, None, "qty to be confirmed", "Norte excl. rock", "rate only",
             "Apex qualified", None, "check scope", None]
    codes = []
    for g in range(1, 5):
        codes += [f"{g}.{k:02d}" for k in range(1, 9)]
    for i, (desc, unit, qty, rate) in enumerate(items):
        r = 6 + i
        est = round(qty * rate / 100) * 100
        prices = [round(est * b * rng.choice(factors) / 10) * 10 for b in bias]
        put(ws, r, 1, [codes[i], desc, unit, qty, est, *prices, rng.choice(notes)])
    ws["J34"] = "provisional"
    ws["A18"] = "2.04"                         # item code entered twice (row 17 is 2.04)
    ws["G12"] = "incl."                        # Coastline: included elsewhere
    ws["G29"] = "incl."
    ws["H21"] = "N/P"                          # Ridgeway: not priced
    ws["H31"] = "N/P"
    ws["I14"] = None                           # Norte left blank
    ws["I30"] = None
    ws["I35"] = None
    ws["F25"] = "55300"                        # Apex price stored as text
    ws["I9"] = ws["E9"].value - 2200           # keep a few bids well under estimate
    ws["I13"] = 39900
    ws["F22"] = 62900
    for col in "EFGHI":
        for r in range(6, 38):
            ws[f"{col}{r}"].number_format = "#,##0"
    widths(ws, {"A": 6, "B": 34, "C": 6, "D": 6, "E": 12, "F": 12, "G": 16, "H": 16, "I": 12, "J": 18})

    sq = wb.create_sheet("Sub quotes")
    sq["A1"] = "Subcontractor quotes - received log (deadline 2 pm on closing day)"
    sq["A1"].font = BOLD
    header(sq, 2, 1, ["Ref", "Trade", "Subcontractor", "Quote ($)", "Budget ($)", "Rcvd",
                      "Time", "Valid To", "Ins. Expiry", "Status", "Contact"])
    trades = {"Electrical": (112000, ["Bayside Electrical", "Volt Bros", "Kestrel Power"]),
              "Plumbing": (71000, ["Flowline Plumbing", "A1 Hydraulics", "Bayside Services"]),
              "HVAC": (186000, ["CoolFlow HVAC", "Polar Air"]),
              "Roofing": (58000, ["Summit Roofing", "Topline Roofs", "Polar Air"]),
              "Glazing": (125000, ["ClearView Glass", "Glasshaus"]),
              "Painting": (25000, ["Brushworks", "Colour Co", "Kestrel Power"]),
              "Flooring": (31000, ["FloorCraft", "Underfoot Ltd"]),
              "Fire": (52000, ["Bayside Services", "SafeGuard Fire"]),
              "Joinery": (58500, ["Oak & Iron", "Cabinet Kings"]),
              "Steel": (239000, ["Ironbark Steel", "Forge West"])}
    statuses = ["Under review", "Under review", "Preferred", "Declined", "Awaiting info",
                "Preferred", "Under review"]
    rows = []
    for trade, (budget, subs) in trades.items():
        for s in subs:
            rows.append((trade, s, budget))
    rng.shuffle(rows)
    first = ["Dana", "Eli", "Fay", "Gus", "Hal", "Ines", "Jai", "Kim", "Lars", "Mo"]
    for i, (trade, sub, budget) in enumerate(rows):
        r = 3 + i
        quote = round(budget * rng.choice([0.74, 0.83, 0.9, 0.95, 1.04, 1.09, 1.17, 1.28]) / 50) * 50
        rcvd = rng.randint(-42, -25)
        t = rng.choice([hm(8, 40), hm(9, 15), hm(10, 5), hm(11, 30), hm(12, 45), hm(13, 20),
                        hm(13, 55), hm(14, 25), hm(15, 10), hm(16, 40)])
        valid = day(rcvd + rng.choice([21, 28, 45, 60, 90]))
        ins = day(rng.choice([-40, -12, 9, 26, 44, 75, 130, 210, 300, 365]))
        contact = f"{rng.choice(first).lower()}@{sub.split()[0].lower()}.example"
        put(sq, r, 1, [f"SQ-{31 + i:03d}", trade, sub, quote, budget, day(rcvd), t, valid, ins,
                       rng.choice(statuses), contact])
        sq.cell(row=r, column=4).number_format = "#,##0"
        sq.cell(row=r, column=5).number_format = "#,##0"
    n = len(rows)                              # 25 quotes, rows 3..27
    extra = [("Electrical", "Spark Right", 112000), ("Painting", "Brushworks", 25000),
             ("Landscaping", "Green Edge", 34000), ("Landscaping", "Terra Firma", 34000),
             ("Flooring", "Bayside Services", 31000), ("Signage", "SignCraft", 9800),
             ("Signage", "Wayfind Co", 9800), ("Steel", "Ironbark Steel", 239000)]
    for j, (trade, sub, budget) in enumerate(extra):
        r = 3 + n + j
        quote = round(budget * rng.choice([0.78, 0.88, 0.97, 1.06, 1.15, 1.33]) / 50) * 50
        rcvd = rng.randint(-40, -26)
        t = rng.choice([hm(9, 5), hm(10, 50), hm(13, 40), hm(14, 15), hm(15, 35)])
        put(sq, r, 1, [f"SQ-{31 + n + j:03d}", trade, sub, quote, budget, day(rcvd), t,
                       day(rcvd + rng.choice([28, 45, 60])), day(rng.choice([-25, 18, 33, 95, 240])),
                       rng.choice(statuses), f"office@{sub.split()[0].lower()}.example"])
        sq.cell(row=r, column=4).number_format = "#,##0"
        sq.cell(row=r, column=5).number_format = "#,##0"
    sq["J8"] = "Withdrawn"
    sq["J22"] = "Withdrawn"
    sq["J30"] = "withdrawn "
    sq["K11"] = None                           # no contact recorded
    sq["K25"] = None
    sq["K33"] = None
    sq["D19"] = "26750"                        # quote stored as text
    sq["F14"] = "23/10/2026"                   # received date typed as text
    widths(sq, {"A": 7, "B": 12, "C": 20, "D": 10, "E": 10, "F": 11, "G": 7, "H": 11, "I": 11,
                "J": 13, "K": 24})
    wb.save(HERE / "construction_bids.xlsx")


# ------------------------------------------------------------------ saas_licences
def saas() -> None:
    rng = random.Random(903)
    wb = Workbook()
    ws = wb.active
    ws.title = "Licences"
    ws["A1"] = "SaaS register - owner J. Ortiz (IT). All costs USD."
    ws["A1"].font = BOLD
    ws["A2"] = "Target utilisation:"
    ws["C2"] = 0.8
    ws["C2"].number_format = "0%"
    cols = ["App", "Vendor", "Plan", "Dept", "Licences bought", "Seats used", "$/seat/mo",
            "Annual $", "Last yr $", "Renewal", "Notice (days)", "Auto-renew", "SSO", "Owner email"]
    header(ws, 4, 1, cols)                                    # A4:N4, data rows 5..36
    apps = [("Slack", "Salesforce"), ("Zoom", "Zoom"), ("Notion", "Notion Labs"), ("Figma", "Figma"),
            ("Miro", "Miro"), ("Asana", "Asana"), ("Jira", "Atlassian"), ("Confluence", "Atlassian"),
            ("GitHub", "Microsoft"), ("Salesforce", "Salesforce"), ("HubSpot", "HubSpot"),
            ("DocuSign", "DocuSign"), ("Dropbox", "Dropbox"), ("Adobe CC", "Adobe"),
            ("Canva", "Canva"), ("Loom", "Atlassian"), ("1Password", "AgileBits"), ("Okta", "Okta"),
            ("Zendesk", "Zendesk"), ("Intercom", "Intercom"), ("Calendly", "Calendly"),
            ("Airtable", "Airtable"), ("Monday.com", "monday.com"), ("Xero", "Xero"),
            ("Gusto", "Gusto"), ("Lucidchart", "Lucid Software"), ("Grammarly", "Grammarly"),
            ("Tableau", "Salesforce"), ("Datadog", "Datadog"), ("Sentry", "Functional Software"),
            ("Postman", "Postman"), ("Visio", "Microsoft")]
    plans = ["Business", "Business", "Enterprise", "Pro", "Team", "Standard", "Pro (trial)"]
    depts = ["Eng", "Sales", "Marketing", "Finance", "HR", "Design", "Support", "All"]
    prices = [6, 8.25, 10, 12.5, 15, 19, 25, 35, 45, 60, 75]
    owners = ["j.ortiz", "m.chen", "a.kaur", "r.bello", "s.novak", "t.moss"]
    for i, (app, vendor) in enumerate(apps):
        r = 5 + i
        bought = rng.choice([5, 10, 15, 25, 40, 50, 75, 120, 200])
        used = round(bought * rng.choice([0.35, 0.48, 0.56, 0.64, 0.72, 0.84, 0.9, 0.96, 1.0]))
        price = rng.choice(prices)
        annual = round(bought * price * 12, 2)
        last = round(annual / rng.choice([0.9, 0.97, 1.0, 1.04, 1.07, 1.13, 1.2, 1.35]), -1)
        renewal = rng.choice(list(range(4, 40)) + list(range(50, 360)))
        notice = rng.choice([30, 30, 60, 90])
        if renewal - notice == 0:
            renewal += 3
        put(ws, r, 1, [app, vendor, rng.choice(plans), rng.choice(depts), bought, used, price,
                       annual, last, day(renewal), notice, rng.choice(["Yes", "Yes", "No"]),
                       rng.choice(["Yes", "Yes", "No"]), f"{rng.choice(owners)}@corp.example"])
        for c in (7, 8, 9):
            ws.cell(row=r, column=c).number_format = "#,##0.00"
    # quirks
    ws["F9"] = ws["E9"].value + 3              # more seats in use than bought
    ws["F22"] = ws["E22"].value + 12
    ws["F31"] = ws["E31"].value + 1
    ws["F17"] = str(ws["F17"].value)           # seats used stored as text
    ws["F25"] = 7                              # keep usage off the 80% target
    ws["H12"] = round(ws["H12"].value * 0.85, 2)   # negotiated discount - annual != seats x price x 12
    ws["H26"] = round(ws["H26"].value * 0.9, 2)
    ws["H33"] = ws["H33"].value + 600
    ws["I15"] = None                           # new apps, no history
    ws["I29"] = None
    ws["J20"] = "28/02/2027"                   # renewal typed as text
    ws["C24"] = "Trial"
    ws["D14"] = "finance"
    ws["L27"] = "yes "
    ws["N10"] = None                           # nobody owns it
    ws["N30"] = None
    widths(ws, {"A": 12, "B": 18, "C": 13, "D": 10, "E": 9, "F": 9, "G": 9, "H": 11, "I": 11,
                "J": 11, "K": 8, "L": 9, "M": 6, "N": 22})

    se = wb.create_sheet("Seats")
    header(se, 1, 1, ["Email", "Name", "Dept", "App", "Tier", "Assigned", "Last active", "Status"])
    people = [("Ana Silva", "Sales"), ("Ben Ortiz", "Eng"), ("Cleo Park", "Design"),
              ("Dev Rao", "Eng"), ("Erin Walsh", "Marketing"), ("Femi Ade", "Finance"),
              ("Gia Russo", "HR"), ("Hugo Berg", "Sales"), ("Ivy Chen", "Support"),
              ("Jon Hale", "Eng"), ("Kira Novak", "Sales"), ("Luis Mora", "Finance"),
              ("Maya Ito", "Design"), ("Nils Dahl", "Support"), ("Omar Aziz", "Marketing"),
              ("Pia Lund", "HR")]
    app_names = [a for a, _ in apps]
    r = 2
    for name, dept in people:
        mine = rng.sample(app_names[:24], rng.choice([2, 3, 3, 4]))
        status = rng.choice(["Active"] * 6 + ["Left", "Suspended"])
        for app in mine:
            assigned = rng.randint(-700, -60)
            if status == "Left":
                last = rng.choice([-240, -150, -128, -101])
            else:
                last = rng.choice([-1, -2, -5, -9, -16, -33, -47, -70, -95, -134, -210])
            if last <= assigned:
                last = assigned + 20
            email = name.lower().replace(" ", ".") + "@corp.example"
            put(se, r, 1, [email, name, dept, app, rng.choice(["Paid", "Paid", "Paid", "Free"]),
                           day(assigned), day(last), status])
            r += 1
    last_row = r - 1
    # quirks
    se[f"A{last_row + 1}"] = se["A4"].value    # same person + app assigned twice
    put(se, last_row + 1, 2, [se["B4"].value, se["C4"].value, se["D4"].value, "Paid", day(-35),
                              day(-3), "Active"])
    se["G7"] = None                            # never logged in
    se["G25"] = None
    se["G40"] = None
    se["G13"] = day(se["F13"].value.date().toordinal() - BUILT.toordinal() - 15)   # before assigned
    se["G33"] = day(se["F33"].value.date().toordinal() - BUILT.toordinal() - 4)
    widths(se, {"A": 24, "B": 12, "C": 10, "D": 12, "E": 6, "F": 11, "G": 11, "H": 10})

    sp = wb.create_sheet("Spend")
    sp["A1"] = "Monthly SaaS invoices (USD)"
    header(sp, 2, 1, ["App", "Budget/mo", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, (app, _) in enumerate(apps[:24]):
        r = 3 + i
        budget = rng.choice([150, 300, 450, 600, 900, 1250, 2000, 3200])
        vals = []
        v = budget * rng.choice([0.7, 0.85, 0.95, 1.0])
        for m in range(5):
            v = v * rng.choice([0.8, 0.92, 1.0, 1.0, 1.05, 1.12, 1.25])
            vals.append(round(v))
        put(sp, r, 1, [app, budget, *vals])
    sp["D7"] = None                            # invoice not in yet
    sp["G12"] = None
    sp["F19"] = None
    sp["E15"] = "478"                          # stored as text
    sp["G9"] = -150                            # credit note
    sp["G21"] = sp["F21"].value                # flat month
    widths(sp, {"A": 12, "B": 10})
    wb.save(HERE / "saas_licences.xlsx")


# ------------------------------------------------------------------ exam_results
def exams() -> None:
    rng = random.Random(904)
    wb = Workbook()
    ws = wb.active
    ws.title = "Y11 Mocks"
    ws["A1"] = "Westfield Academy - Year 11 mock exams, November 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Pass mark:"
    ws["B2"] = 40
    ws["A3"] = "scores in %; ABS = absent on the day; blank = not entered for that subject"
    cols = ["Cand No", "Student", "Form", "Maths (Jun)", "Maths", "Eng Lang", "Eng Lit", "Biology",
            "Chemistry", "Physics", "History", "French", "Att %", "Tgt", "Pred"]
    header(ws, 5, 1, cols)                                    # A5:O5, data rows 6..53
    surnames = ["Okafor", "Nguyen", "Patel", "Murphy", "Kowalski", "Ahmed", "Fraser", "Lopez",
                "Hughes", "Osei", "Brennan", "Zhang", "Carter", "Novak", "Singh", "Evans", "Kaya",
                "Reid", "Mensah", "Doyle", "Ali", "Price", "Larsen", "Bianchi"]
    firsts = ["Amy", "Ben", "Chidi", "Dara", "Eva", "Finn", "Gita", "Harry", "Isla", "Jamal",
              "Kate", "Leo", "Mia", "Noor", "Owen", "Priya", "Rhys", "Sara", "Tom", "Yusuf"]
    used = set()
    for i in range(48):
        r = 6 + i
        while True:
            nm = f"{rng.choice(surnames)}, {rng.choice(firsts)}"
            if nm not in used:
                used.add(nm)
                break
        ability = rng.choice([34, 42, 48, 53, 57, 61, 64, 68, 72, 76, 81, 88])
        scores = []
        for s in range(8):
            scores.append(max(4, min(99, ability + rng.choice([-17, -11, -7, -3, 0, 2, 5, 9, 13]))))
        if rng.random() < 0.45:
            scores[6] = None                   # not taking History
        if rng.random() < 0.5:
            scores[7] = None                   # not taking French
        june = max(3, scores[0] - rng.choice([-14, -8, -4, -1, 3, 6, 8, 12, 17]))
        att = rng.choice([0.78, 0.83, 0.87, 0.91, 0.93, 0.95, 0.96, 0.98, 0.99])
        tgt = min(9, max(3, round(ability / 11) + rng.choice([0, 1, 1, 2])))
        pred = min(9, max(1, round(ability / 11) + rng.choice([-1, 0, 0, 1])))
        put(ws, r, 1, [f"{5210 + i}", nm, rng.choice(["11A", "11B", "11C", "11D"]), june,
                       *scores, att, tgt, pred])
        ws.cell(row=r, column=13).number_format = "0%"
    # quirks
    ws["B15"] = "Smith-Jones, Amy"
    ws["B27"] = "Ryan-Kaur, Dev"
    ws["B44"] = "Adeyemi-Clarke, Tolu"
    ws["H11"] = "ABS"
    ws["F30"] = "ABS"
    ws["J47"] = "ABS"
    ws["I29"] = "54"                           # score stored as text
    ws["O19"] = "6"                            # predicted grade stored as text
    ws["O36"] = "3"
    ws["K11"] = 95                             # keep the top marks apart
    ws["F42"] = 96
    ws["F12"] = 91
    ws["M7"] = 0.72                            # lowest attendance
    ws["M29"] = 0.76
    ws["M41"] = 0.69
    ws["N24"] = None                           # no target set yet
    ws["N41"] = None
    ws["A33"] = ws["A32"].value                # candidate number entered twice
    widths(ws, {"A": 8, "B": 22, "C": 6, "D": 11})

    rs = wb.create_sheet("Resits")
    header(rs, 1, 1, ["Cand No", "Student", "Subject", "Paper", "Exam Date", "Start", "Finish",
                      "Extra time", "Room", "Original", "Resit", "Status"])
    subjects = ["Maths", "Maths", "Physics", "Chemistry", "Eng Lang", "Biology", "French"]
    rooms = ["Main Hall", "Sports Hall", "Room 12", "Library", "Room 4"]
    for i in range(30):
        r = 2 + i
        src = 6 + rng.randrange(48)
        off = rng.choice([-22, -20, -15, -13, -8, -6, -1, 1, 2, 6, 8, 9, 13, 15, 16])   # weekdays
        start = rng.choice([hm(9), hm(9, 15), hm(9, 30), hm(13, 30), hm(13, 45), hm(14, 10)])
        length = rng.choice([90, 105, 135])
        extra = rng.choice([0, 0, 0, 20, 25])
        finish = plus(start, length + extra)
        orig = rng.choice([22, 31, 36, 39, 44, 47, 52])
        resit = None if off > 0 else max(5, orig + rng.choice([-6, -2, 4, 9, 15, 23]))
        status = "Entered" if off > 0 else "Sat"
        put(rs, r, 1, [ws.cell(row=src, column=1).value, ws.cell(row=src, column=2).value,
                       rng.choice(subjects), rng.choice(["Paper 1", "Paper 2", "Paper 3"]), day(off),
                       start, finish, dt.timedelta(minutes=extra), rng.choice(rooms), orig, resit, status])
    rs["H9"] = None                            # extra time not filled in
    rs["H20"] = None
    rs["I14"] = "hall"
    rs["L12"] = "Withdrawn"
    rs["K12"] = None
    rs["L27"] = "withdrawn"
    rs["K27"] = None
    widths(rs, {"A": 8, "B": 22, "C": 10, "D": 8, "E": 11, "I": 12})
    wb.save(HERE / "exam_results.xlsx")


# ------------------------------------------------------------------ cycle_counts
def cycle() -> None:
    rng = random.Random(905)
    wb = Workbook()
    ws = wb.active
    ws.title = "Count Sheet"
    ws["A1"] = "Cycle count - DC North, wave 48"
    ws["A1"].font = TITLE
    ws["A2"] = "Tolerance (±):"
    ws["C2"] = 0.035
    ws["C2"].number_format = "0.0%"
    cols = ["Bin", "SKU", "Description", "UoM", "Class", "Sys Qty", "Counted", "Unit Cost $",
            "Counter", "Count Date", "Start", "End", "Last Count", "Status"]
    header(ws, 4, 1, cols)                                    # A4:N4, data rows 5..48
    stock = [("M8 hex bolt 40mm (box 100)", "BOX", 14.2), ("Nylon washer M6", "EA", 0.04),
             ("Cable tie 300mm black (pk 100)", "PK", 6.5), ("Pallet wrap 500mm", "ROLL", 18.9),
             ("Hinge 75mm zinc", "EA", 2.35), ("Wood screw 4x40 (box 200)", "BOX", 9.8),
             ("Anchor bolt M10", "EA", 1.12), ("Safety gloves L", "PR", 3.4), ("Duct tape 48mm", "ROLL", 4.75),
             ("Drill bit set HSS", "EA", 24.99), ("Padlock 40mm", "EA", 11.5), ("LED bulb E27 9W", "EA", 2.85),
             ("Carriage bolt M10x100", "EA", 0.62), ("Silicone sealant clear", "EA", 6.2),
             ("Zip bag 100x150 (pk 1000)", "PK", 21.0), ("Angle grinder 115mm", "EA", 89.0),
             ("Extension lead 10m", "EA", 16.4), ("Spray paint matt black", "EA", 7.1),
             ("Hex key set", "EA", 8.9), ("Coach bolt M8x60", "EA", 0.48), ("Masking tape 24mm", "ROLL", 1.9),
             ("Stretch film hand roll", "ROLL", 12.6)]
    counters = ["Ana", "Lee", "Marco", "Jo"]
    aisles = ["A", "B", "C", "D"]
    bins_used = set()
    for i in range(44):
        r = 5 + i
        while True:
            b = f"{rng.choice(aisles)}-{rng.randint(1, 12):02d}-{rng.randint(1, 4)}"
            if b not in bins_used:
                bins_used.add(b)
                break
        k = rng.randrange(len(stock))
        desc, uom, cost = stock[k]
        cls = "A" if cost >= 15 else ("B" if cost >= 3 else "C")
        sys_q = rng.choice([6, 12, 24, 40, 75, 120, 180, 240, 360, 500, 800])
        status = rng.choice(["Counted", "Counted", "Posted", "Posted", "Recount", "Pending"])
        if status == "Pending":
            counted, who, cdate, start, end = None, None, None, None, None
        else:
            counted = sys_q + rng.choice([0, 0, 0, 0, -1, -2, -5, -12, 3, 8, 15, -30])
            who = rng.choice(counters)
            cdate = day(rng.choice([-16, -12, -9, -8, -6, -5, -3, -2, -1, 0]))
            start = rng.choice([hm(6), hm(6, 20), hm(6, 45), hm(7, 30), hm(9, 10), hm(10, 40),
                                hm(13, 15), hm(14, 30)])
            end = plus(start, rng.choice([12, 18, 25, 33, 40, 52, 65, 80]))
        last = day(rng.choice([-420, -365, -300, -230, -200, -150, -120, -95, -75, -60, -40]))
        put(ws, r, 1, [b, f"SKU-{10200 + k * 7}", desc, uom, cls, sys_q, counted, cost, who,
                       cdate, start, end, last, status])
        ws.cell(row=r, column=8).number_format = "0.00"
    # quirks
    ws["A31"] = ws["A12"].value                # same bin listed twice
    ws["F20"] = -6                             # negative system stock
    ws["G20"] = 3
    ws["G5"] = 0                               # bin found empty
    ws["F37"] = -2
    ws["G37"] = None if ws["G37"].value is None else 0
    ws["G26"] = "n/c"                          # could not count
    ws["E15"] = "a"                            # lower-case class
    ws["I23"] = "Lee "                         # trailing space
    ws["J29"] = "19/11/2026"                   # count date typed as text
    ws["M41"] = day(-1)                        # last count after this count (entry error)
    ws["I47"] = None                           # counted, counter not written down
    ws["I39"] = "Jo"                           # assigned, not counted yet
    widths(ws, {"A": 8, "B": 10, "C": 30, "D": 5, "E": 5, "F": 7, "G": 8, "H": 10, "I": 8,
                "J": 11, "K": 6, "L": 6, "M": 11, "N": 9, "O": 3})

    # side table: recounts (P4:U18)
    header(ws, 3, 16, ["Recounts"])
    header(ws, 4, 16, ["Bin", "SKU", "1st", "2nd", "3rd", "Agreed"])
    recount_rows = [r for r in range(5, 49) if ws.cell(row=r, column=14).value == "Recount"]
    others = [r for r in range(5, 49) if r not in recount_rows and ws.cell(row=r, column=7).value is not None
              and ws.cell(row=r, column=6).value >= 20]
    picks = (recount_rows + rng.sample(others, 14))[:14]
    for j, src in enumerate(picks):
        r = 5 + j
        base = ws.cell(row=src, column=6).value
        c1 = base + (rng.choice([-12, -4, 0, 3, 9]) if base >= 20 else rng.choice([0, 1, 2]))
        c2 = c1 + rng.choice([0, 0, 2, -3, 14])
        c3 = rng.choice([None, c2, c2 - 1])
        agreed = c3 if c3 is not None else c2
        put(ws, r, 16, [ws.cell(row=src, column=1).value, ws.cell(row=src, column=2).value,
                        c1, c2, c3, agreed])
    widths(ws, {"P": 8, "Q": 10, "R": 6, "S": 6, "T": 6, "U": 8})

    sc = wb.create_sheet("Schedule")
    header(sc, 1, 1, ["Aisle", "Zone", "Class", "Freq (days)", "Last counted", "Next due",
                      "Assigned to", "Notes"])
    for i in range(20):
        r = 2 + i
        freq = rng.choice([30, 60, 90, 90, 180])
        last = rng.randint(-freq - 25, -5)
        nxt = last + freq
        if nxt in (0, 10, 11, -1, 9):
            nxt += 2
        put(sc, r, 1, [f"{'ABCDE'[i // 4]}{i % 4 + 1}", rng.choice(["Pick face", "Bulk", "Mezz"]),
                       rng.choice(["A", "B", "C"]), freq, day(last), day(nxt),
                       rng.choice(counters + [None]), rng.choice([None, None, "after stock take", "high value"])])
    widths(sc, {"E": 12, "F": 11, "G": 11})
    wb.save(HERE / "cycle_counts.xlsx")


# ------------------------------------------------------------------ club_dues
def club() -> None:
    rng = random.Random(906)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["A1"] = "Larkfield Tennis & Squash Club - subscriptions 2026/27"
    ws["A1"].font = TITLE
    ws["A2"] = "Std senior rate ($):"
    ws["C2"] = 480
    ws["A3"] = "subs payable in 4 instalments: 1 Aug, 1 Sep, 1 Oct, 1 Nov"
    cols = ["Mem No", "Surname", "First Name", "Category", "Status", "DOB", "Joined",
            "Annual Sub ($)", "Disc %", "Inst 1", "Inst 2", "Inst 3", "Inst 4", "Last Paid",
            "Method", "Email", "Locker"]
    header(ws, 4, 1, cols)                                    # A4:Q4, data rows 5..50
    surnames = ["Abbott", "Baker", "Chen", "Dunn", "Ellis", "Ferreira", "Gupta", "Holt", "Ivanova",
                "Jones", "Khan", "Lowe", "Moreno", "Nash", "O'Neill", "Pham", "Quinn", "Rowe",
                "Sato", "Turner", "Vidal", "Ward", "Young"]
    firsts = ["Alex", "Bea", "Cal", "Dina", "Ed", "Fern", "Gabe", "Hope", "Ian", "Jess", "Kit",
              "Lina", "Matt", "Nell", "Ollie", "Pat", "Rae", "Seb", "Tess", "Vic"]
    cats = {"Senior": 480, "Family": 820, "Junior": 160, "Student": 220, "Social": 90, "Life": 0}
    catlist = ["Senior"] * 6 + ["Family"] * 3 + ["Junior"] * 3 + ["Student", "Social", "Life"]
    pay_dates = [day(-122), day(-91), day(-61), day(-30)]
    for i in range(46):
        r = 5 + i
        cat = rng.choice(catlist)
        sub = cats[cat]
        if cat == "Senior" and rng.random() < 0.25:
            sub = rng.choice([510, 525])
        disc = rng.choice([0, 0, 0, 0.1, 0.15, 0.25]) if cat not in ("Life",) else 0
        if cat == "Junior":
            dob = dt.datetime(rng.randint(2009, 2016), rng.randint(1, 12), rng.randint(1, 28))
        elif cat == "Student":
            dob = dt.datetime(rng.randint(2002, 2007), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = dt.datetime(rng.randint(1948, 1999), rng.randint(1, 12), rng.randint(1, 28))
        joined_year = min(2026, dob.year + rng.choice([8, 11, 16, 21, 27, 35]))
        joined = dt.datetime(joined_year, rng.randint(1, 10), rng.randint(1, 28))
        status = rng.choice(["Active"] * 8 + ["Lapsed", "Suspended"])
        if cat == "Life":
            inst = ["n/a"] * 4
            last = None
        else:
            per = round(sub * (1 - disc) / 4, 2)
            n = rng.choice([4, 4, 4, 4, 3, 3, 2, 1]) if status == "Active" else rng.choice([0, 1, 2])
            inst = [per if k < n else None for k in range(4)]
            last = pay_dates[n - 1] + dt.timedelta(days=rng.choice([0, 2, 5])) if n else None
        method = rng.choice(["DD", "DD", "Card", "Card", "Cash", "Transfer"])
        email = None if rng.random() < 0.07 else \
            f"{rng.choice(firsts).lower()}.{rng.choice(surnames).lower().replace(chr(39), '')}@mailbox.example"
        locker = rng.choice([None, None, None]) if rng.random() < 0.6 else rng.randint(1, 80)
        put(ws, r, 1, [f"LTS-{101 + i:04d}", rng.choice(surnames), rng.choice(firsts), cat, status,
                       dob, joined, sub, disc, *inst, last, method, email, locker])
        ws.cell(row=r, column=9).number_format = "0%"
        for c in range(10, 14):
            ws.cell(row=r, column=c).number_format = "0.00"
    # quirks
    ws["A29"] = ws["A28"].value                # membership number used twice
    put(ws, 12, 4, ["Junior", "Active", dt.datetime(2007, 9, 14), dt.datetime(2016, 4, 9), 160, 0,
                    40, 40])                   # a 'junior' who is now 19
    ws["M13"] = 54                             # part payments
    ws["L35"] = 50
    ws["K48"] = 51
    ws["M44"] = 15
    ws["Q22"] = 12
    ws["G33"] = dt.datetime(ws["F33"].value.year - 1, 6, 3)   # joined before born (typo)
    ws["E40"] = "lapsed"
    ws["O22"] = "cash"
    ws["P17"] = "t.nguyen.mailbox.example"     # no @
    ws["P45"] = "rae.holt@mailbox"             # has @ (incomplete but has one)
    ws["F26"] = None                           # DOB not given
    ws["F47"] = None
    widths(ws, {"A": 9, "B": 11, "C": 10, "D": 9, "E": 9, "F": 11, "G": 11, "H": 9, "I": 6,
                "N": 11, "O": 9, "P": 28, "Q": 7})

    cb = wb.create_sheet("Court Bookings")
    header(cb, 1, 1, ["Date", "Court", "Mem No", "Start", "End", "Guests", "Fee ($)", "Paid",
                      "Booked via"])
    courts = ["Court 1", "Court 2", "Court 3", "Court 4", "Squash 1", "Squash 2"]
    members = [ws.cell(row=r, column=1).value for r in range(5, 51)]
    rows = []
    for i in range(40):
        off = rng.randint(-12, 9)
        court = rng.choice(courts)
        start = rng.choice([hm(7), hm(8, 30), hm(10), hm(12, 30), hm(16), hm(17, 30), hm(18),
                            hm(19), hm(19, 30), hm(20, 30)])
        length = rng.choice([40, 45]) if court.startswith("Squash") else rng.choice([60, 60, 80, 120])
        guests = rng.choice([0, 0, 1, 1, 2, 3])
        fee = 8 + 5 * guests
        paid = "Y" if off < 0 and rng.random() < 0.8 else "N"
        rows.append([day(off), court, rng.choice(members), start, plus(start, length), guests, fee,
                     paid, rng.choice(["app", "app", "desk", "phone"])])
    rows.sort(key=lambda x: (x[0], x[3]))
    for i, row in enumerate(rows):
        put(cb, 2 + i, 1, row)
    # quirks
    for c in (1, 2, 4, 5):                     # double booking: row 30 copies row 29's slot
        cb.cell(row=30, column=c).value = cb.cell(row=29, column=c).value
    cb.cell(row=30, column=3).value = members[7]
    cb["E15"] = plus(cb["D15"].value, -30)     # end before start (typo)
    cb["G9"] = 3                               # fee below the guest rate
    cb["G24"] = 4
    cb["H18"] = "n"
    widths(cb, {"A": 11, "B": 9, "C": 10, "I": 10})
    wb.save(HERE / "club_dues.xlsx")


if __name__ == "__main__":
    for f in (brewery, bids, saas, exams, cycle, club):
        f()
    print("built 6 workbooks in", HERE)
