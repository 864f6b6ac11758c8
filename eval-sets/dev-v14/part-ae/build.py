"""Build the six workbooks of dev-v14 part AE (openpyxl only, fixed seeds 1401-1406).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
The quirks (text numbers, text dates, blanks, trailing spaces, odd case, duplicates) are set by
hand after the random fill, in the `quirks_*` functions, so cell content is identical on every run.
Adapted from dev-v6 part O's build.py (helpers only).
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
DATE = "yyyy-mm-dd"


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        ws.cell(row=row, column=col + i, value=name).font = BOLD


def put(ws, row: int, col: int, values: list, fmts: dict[int, str] | None = None) -> None:
    """Write a row; `fmts` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if fmts and i in fmts:
            c.number_format = fmts[i]
        elif isinstance(v, dt.datetime):
            c.number_format = DATE
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setd(ws, ref: str, v) -> None:
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = DATE


def title(ws, ref: str, text: str) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=13)


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


# ------------------------------------------------------------------ archery_club
def archery() -> None:
    rng = random.Random(1401)
    wb = Workbook()
    ws = wb.active
    ws.title = "Scores"
    title(ws, "A1", "Oakfield Archers - autumn league")
    ws["A2"] = "Rounds of 72 arrows split in 3 dozens (max 240 each). Totals typed in by the recorder."
    ws["P2"] = "Qualifying score"
    ws["Q2"] = 550
    ws["P3"] = "Entry fee"
    ws["Q3"] = 12
    cols = ["Archer", "Bow", "Age grp", "Round", "Shot on", "Start", "R1", "R2", "R3", "Total",
            "Prev best", "Golds", "Paid?"]
    header(ws, 4, 2, cols)                                   # header at B4
    archers = [("Amy Fraser", "Recurve", "Senior"), ("Ben Okafor", "Compound", "Senior"),
               ("Cara Doyle", "Barebow", "U18"), ("Dev Mistry", "Recurve", "U18"),
               ("Ellen Park", "Longbow", "50+"), ("Finn Walsh", "Compound", "Senior"),
               ("Grace Lowe", "Recurve", "50+"), ("Hugo Brandt", "Barebow", "Senior"),
               ("Isla Reid", "Recurve", "U15"), ("Jack Tan", "Compound", "50+"),
               ("Kofi Mensah", "Longbow", "Senior"), ("Lena Vogel", "Recurve", "Senior")]
    skill = {"Recurve": 185, "Compound": 210, "Barebow": 160, "Longbow": 140}
    rounds = ["Portsmouth", "WA 18m", "Bray I", "Worcester"]
    for i in range(36):
        r = 5 + i
        name, bow, grp = archers[i % 12] if i < 24 else rng.choice(archers)
        off = pick_offset(rng, -60, -1, {0, -7, -14, -30})
        base = skill[bow] + rng.randint(-25, 20)
        rs = [min(240, base + rng.randint(-18, 18)) for _ in range(3)]
        tot = sum(rs)
        prev = tot + rng.choice([-31, -12, -5, 4, 9, 17, 26, 40])
        golds = max(0, (base - 120) // 6 + rng.randint(-4, 4))
        start = hm(rng.choice([9, 10, 10, 13, 14, 18, 19]), rng.choice([0, 15, 30]))
        put(ws, r, 2, [name, bow, grp, rng.choice(rounds), day(off), start, *rs, tot, prev, golds,
                       rng.choice(["Y", "Y", "Y", "N"])])
    mb = wb.create_sheet("Members")
    header(mb, 1, 1, ["Member ID", "Name", "DOB", "Joined", "Licence exp.", "Fee (£)", "Coach",
                      "Email"])
    dobs = [date(1988, 4, 2), date(1979, 11, 23), date(2010, 6, 14), date(2009, 1, 30),
            date(1961, 8, 8), date(1995, 2, 17), date(1958, 12, 1), date(1990, 9, 9),
            date(2013, 3, 21), date(1966, 5, 5), date(1984, 7, 19), date(2001, 10, 3),
            date(2012, 12, 28), date(1999, 4, 11), date(2008, 12, 20), date(1974, 6, 6),
            date(2015, 2, 2), date(1992, 8, 30), date(2011, 9, 15), date(1949, 3, 3)]
    extra = ["Mo Rahman", "Nell Hart", "Oli Grant", "Pia Sorensen", "Quinn Abbott", "Rosa Diaz",
             "Sam Ito", "Tariq Noor"]
    names = [a[0] for a in archers] + extra
    for i, nm in enumerate(names):
        r = 2 + i
        joined = pick_offset(rng, -2600, -40, set())
        lic = pick_offset(rng, -50, 300, {0, 30, 31, 29, -30})
        fee = 95 if dobs[i].year > 2008 else rng.choice([140, 165, 165])
        put(mb, r, 1, [f"OA{101 + i}", nm, dobs[i], day(joined), day(lic), fee,
                       rng.choice(["Rob", "Jill", "Rob", None]),
                       nm.split()[0].lower() + "@" + rng.choice(["mail.com", "oakarch.org"])])
    quirks_archery(ws, mb)
    wb.save(HERE / "archery_club.xlsx")


def quirks_archery(ws, mb) -> None:
    ws["E12"] = "Bray i"                                   # odd case round name (row 12)
    ws["H20"] = "172"                                      # score stored as text
    ws["J27"] = None                                       # R3 not entered (retired hurt)
    ws["K27"] = ws["H27"].value + ws["I27"].value
    ws["F33"] = "14/11/2026"                               # date typed as text
    ws["B38"] = "Kofi Mensah "                             # trailing space
    ws["D35"] = "u18"                                      # odd case age group
    ws["N9"] = None                                        # paid? left blank
    ws["N22"] = None
    ws["L16"] = None                                       # no previous best (first round)
    ws["M29"] = "12"                                       # golds stored as text
    mb["A16"] = "OA106"                                    # duplicate member id (row 7)
    mb["H11"] = None                                       # no email
    mb["H19"] = None
    mb["G5"] = "jill"                                      # odd case coach
    setd(mb, "E12", day(0))                                # licence expires today
    mb["B21"] = "Tariq Noor "                              # trailing space


# ------------------------------------------------------------------ carpet_cleaning
def carpets() -> None:
    rng = random.Random(1402)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    title(ws, "A1", "FreshPile Carpet Care - job sheet Nov/Dec")
    ws["A2"] = "Quote = price agreed with client; Cost = labour + chemicals + van. Paid on blank = not paid."
    ws["Q2"] = "Min charge ($)"
    ws["R2"] = 85
    ws["Q3"] = "VAT"
    ws["R3"] = 0.2
    ws["R3"].number_format = "0%"
    cols = ["Job no", "Client", "Area", "Type", "Booked", "Job date", "Arrive", "Finish",
            "Sq m", "Quote ($)", "Cost ($)", "Invoiced", "Paid on", "Tech", "Notes"]
    header(ws, 4, 1, cols)
    clients = ["Harlow Lettings", "Mrs P. Greene", "Blue Door Cafe", "J. Whitfield", "Oak St Dental",
               "K. Adeyemi", "Riverside Hotel", "T. Novak", "Mill Lane Church", "S. Kaur",
               "Lumen Offices", "D. Byrne", "Pine View Care Home", "R. Castillo"]
    areas = ["North", "South", "East", "Centre"]
    for i in range(40):
        r = 5 + i
        typ = rng.choice(["Domestic", "Domestic", "Domestic", "Commercial", "End of tenancy"])
        jd = pick_offset(rng, -32, 12, {0, -7, 7, -14, -30, 14, 3, -3})
        bk = jd - rng.choice([2, 4, 6, 9, 13, 20, 27])
        arr = hm(rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 16]), rng.choice([0, 15, 30, 45]))
        dur = rng.choice([75, 100, 130, 160, 200, 250, 320])
        fm = arr.hour * 60 + arr.minute + dur
        sqm = rng.choice([18, 24, 32, 41, 55, 68, 85, 120, 160, 210])
        quote = round(max(85, sqm * rng.choice([2.2, 2.6, 3.1])) / 5) * 5
        cost = round(quote * rng.choice([0.55, 0.7, 0.82, 0.95, 1.08, 1.2]))
        done = jd < 0
        inv = day(jd + rng.choice([0, 1, 2, 5])) if done and rng.random() < 0.85 else None
        if inv is not None and (inv.date() - BUILT).days >= 0:
            inv = day(-1)
        paid = None
        if inv is not None and rng.random() < 0.6:
            p = (inv.date() - BUILT).days + rng.choice([3, 8, 12, 21, 35, 44])
            paid = day(min(p, -1))
        put(ws, r, 1, [f"J{2301 + i}", rng.choice(clients), rng.choice(areas), typ, day(bk), day(jd),
                       arr if done else None, hm(fm // 60, fm % 60) if done else None, sqm, quote,
                       cost if done else None, inv, paid, rng.choice(["Marek", "Shaz", "Toby", "Marek"]),
                       rng.choice([None, None, None, "pet stains", "Red wine on rug", "stairs x2",
                                   "access via rear", "PET hair", None])],
                   {9: "#,##0.00", 10: "#,##0.00"})
    wk = wb.create_sheet("Weekly")
    title(wk, "A1", "Takings per tech per week ($)")
    weeks = ["Wk 40", "Wk 41", "Wk 42", "Wk 43", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    header(wk, 2, 1, ["Tech"] + weeks + ["Target"])
    techs = ["Marek", "Shaz", "Toby", "Ana (PT)", "Ravi (PT)", "Jo (temp)"]
    for i, tnm in enumerate(techs):
        tgt = 1800 if "(" not in tnm else 900
        base = tgt * rng.choice([0.8, 0.95, 1.05, 1.2])
        vals = []
        for _ in weeks:
            base *= rng.choice([0.75, 0.9, 0.98, 1.06, 1.18])
            vals.append(int(round(base, -1)))
        put(wk, 3 + i, 1, [tnm] + vals + [tgt])
    wk["A11"] = "Chemical use (litres)"
    wk["A11"].font = BOLD
    header(wk, 12, 1, ["Product"] + weeks + ["Reorder at"])
    prods = ["Pre-spray", "Rinse", "Deodoriser", "Stain lift", "Protector", "Defoamer"]
    for i, p in enumerate(prods):
        vals = [round(rng.choice([1.5, 2, 3.5, 4, 5.5, 6, 8, 9.5]) + rng.random(), 1) for _ in weeks]
        put(wk, 13 + i, 1, [p] + vals + [rng.choice([5, 10, 20])])
    quirks_carpets(ws, wk)
    wb.save(HERE / "carpet_cleaning.xlsx")


def quirks_carpets(ws, wk) -> None:
    ws["A30"] = "J2311"                                    # duplicate job no (row 15)
    ws["B37"] = "D. Byrne "                                # trailing space (one-off client)
    ws["B33"] = "riverside hotel"                          # odd case
    ws["J18"] = "140"                                      # quote stored as text
    ws["I26"] = None                                       # sq m not measured
    ws["I39"] = None
    ws["F35"] = "19/11/2026"                               # job date typed as text
    ws["D12"] = "end of tenancy"                           # odd case
    ws["N24"] = None                                       # no tech assigned
    wk["E5"] = None                                        # weeks not recorded
    wk["H7"] = None
    wk["D14"] = "3.5"                                      # litres stored as text


# ------------------------------------------------------------------ egg_farm
def eggs() -> None:
    rng = random.Random(1403)
    wb = Workbook()
    ws = wb.active
    ws.title = "Flocks"
    title(ws, "B1", "Hillcrest Free Range - flock register")
    ws["B2"] = "Lay % = eggs / hens per day (7-day average). LW = last week."
    cols = ["Shed", "Breed", "Hatched", "Placed", "Birds in", "Birds now", "Lay %", "Lay % LW",
            "Feed (kg/d)", "Water (L/d)", "Vet check", "Status"]
    header(ws, 3, 3, cols)                                  # header at C3
    breeds = ["Lohmann Brown", "Hy-Line", "Bovans Nera", "Columbian Blacktail", "Amber Link"]
    for i in range(22):
        r = 4 + i
        hatch = pick_offset(rng, -700, -120, set())
        placed = hatch + rng.choice([112, 119, 126, 133, 140])
        bin_ = rng.choice([2000, 2400, 3000, 3200, 4000, 6000])
        now = int(bin_ * rng.choice([0.9, 0.93, 0.95, 0.97, 0.985]))
        lay = rng.choice([0.71, 0.76, 0.8, 0.84, 0.87, 0.9, 0.93, 0.95])
        lw = round(lay + rng.choice([-0.06, -0.03, -0.01, 0.01, 0.02, 0.04, 0.07]), 3)
        feed = round(now * rng.choice([0.115, 0.12, 0.125, 0.13]), 0)
        water = round(feed * rng.choice([1.7, 1.9, 2.0, 2.1, 2.6]), 0)
        vet = pick_offset(rng, -120, 40, {0, -90, -60, -30, 14, 30, -91, -89})
        put(ws, r, 3, [f"S{i + 1:02d}", rng.choice(breeds), day(hatch), day(placed), bin_, now, lay, lw,
                       feed, water, day(vet), rng.choice(["Laying", "Laying", "Laying", "Moulting",
                                                         "Depop due"])],
            {6: "0.0%", 7: "0.0%"})
    de = wb.create_sheet("Daily eggs")
    title(de, "A1", "Eggs collected per shed, November")
    sheds = ["Shed 1", "Shed 2", "Shed 3", "Shed 4", "Shed 5", "Shed 6"]
    header(de, 3, 1, ["Date", "Day"] + sheds + ["Cracked"])
    bases = [1800, 2300, 2650, 1500, 3400, 2050]
    for i in range(30):
        dd = date(2026, 11, 1) + dt.timedelta(days=i)
        vals = [int(b * rng.choice([0.9, 0.94, 0.97, 1.0, 1.03])) for b in bases]
        put(de, 4 + i, 1, [dd, dd.strftime("%a")] + vals + [rng.randint(12, 95)])
    de["K3"] = "Target / day"
    de["K3"].font = BOLD
    de["L3"] = 13350
    od = wb.create_sheet("Orders")
    header(od, 1, 1, ["Order", "Customer", "Grade", "Trays", "Price/tray", "Ordered", "Due",
                      "Delivered", "Driver"])
    custs = ["Greens Grocers", "Valley Bakery", "The Bell Inn", "Farm Shop Co", "Sunrise Cafe",
             "Harbour Deli", "St Mary's School", "Corner Store"]
    for i in range(28):
        due = pick_offset(rng, -20, 10, {0, -7, 7})
        ordered = due - rng.choice([2, 3, 5, 7, 10])
        deliv = None
        if due < 0 and rng.random() < 0.85:
            deliv = due + rng.choice([-1, 0, 0, 0, 1, 2, 4])
            deliv = min(deliv, -1)
        grade = rng.choice(["Large", "Medium", "Mixed", "Large", "Small"])
        price = {"Large": 4.8, "Medium": 4.2, "Mixed": 3.9, "Small": 3.4}[grade]
        put(od, 2 + i, 1, [f"EO-{771 + i}", rng.choice(custs), grade, rng.choice([4, 6, 10, 15, 20, 30, 45]),
                           price, day(ordered), day(due), day(deliv) if deliv is not None else None,
                           rng.choice(["Pat", "Lou", "Pat"])], {4: "0.00"})
    quirks_eggs(ws, de, od)
    wb.save(HERE / "egg_farm.xlsx")


def quirks_eggs(ws, de, od) -> None:
    ws["C20"] = "S04"                                      # duplicate shed code (row 7)
    ws["D11"] = "Hy-Line "                                 # trailing space
    ws["N14"] = "laying"                                   # odd case status
    ws["H9"] = "2890"                                      # birds now stored as text
    ws["I17"] = None                                       # lay % not recorded
    ws["J22"] = None
    ws["M12"] = None                                       # never vet checked
    ws["E16"] = "03/09/2025"                               # hatch date typed as text (ambiguous)
    de["E12"] = None                                       # shed 3 collection missed
    de["G25"] = None
    de["C18"] = "1711"                                     # stored as text
    od["A21"] = "EO-779"                                   # duplicate order (row 10)
    od["B14"] = "the bell inn"                             # odd case
    setd(od, "G16", day(0))                                # due today, not delivered
    od["H16"] = None
    od["D25"] = None                                       # trays not filled in


# ------------------------------------------------------------------ foundry_castings
def foundry() -> None:
    rng = random.Random(1404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pours"
    title(ws, "A1", "Kellan Foundry - pour log")
    ws["B2"] = "Max scrap"
    ws["C2"] = 0.08
    ws["C2"].number_format = "0%"
    ws["B3"] = "Min pour temp, iron (°C)"
    ws["C3"] = 1380
    ws["A4"] = "Scrap % = 1 - good / cast. Ship-by set by sales."
    cols = ["Heat no", "Pattern", "Alloy", "Pour date", "Pour temp (°C)", "Wt cast (kg)",
            "Wt good (kg)", "Scrap %", "Defect", "Inspector", "Ship by", "Shipped", "Customer"]
    header(ws, 6, 1, cols)
    pats = ["Pump body PB-4", "Valve seat VS-2", "Gear blank GB-9", "Manifold MF-1",
            "Bracket BR-7", "Impeller IM-3"]
    alloys = ["Grey iron", "Ductile iron", "Bronze", "Aluminium", "Steel"]
    temps = {"Grey iron": 1400, "Ductile iron": 1420, "Bronze": 1150, "Aluminium": 720, "Steel": 1560}
    custs = ["Marlow Pumps", "Dunmore Agri", "Vexo Marine", "Kinsey Motors", "Holt & Sons"]
    for i in range(38):
        r = 7 + i
        alloy = rng.choice(alloys)
        pd = pick_offset(rng, -45, -1, {-7, -14, -30})
        cast = rng.choice([42, 65, 88, 120, 180, 240, 310, 420])
        scrap = rng.choice([0.0, 0.02, 0.035, 0.05, 0.065, 0.095, 0.12, 0.18])
        good = round(cast * (1 - scrap), 1)
        ship = pd + rng.choice([5, 9, 14, 21, 28])
        if ship in (0, 7, 14, 10):
            ship += 1
        shipped = None
        if ship < 3 and rng.random() < 0.7:
            shipped = min(-1, ship + rng.choice([-3, -1, 0, 2, 4]))
        put(ws, r, 1, [f"H-{6120 + i}", rng.choice(pats), alloy, day(pd),
                       temps[alloy] + rng.choice([-45, -25, -10, 0, 15, 30]), cast, good,
                       round(1 - good / cast, 4),
                       rng.choice([None, None, None, "porosity", "Cold shut", "sand inclusion",
                                   "shrinkage", "Porosity - minor"]) if scrap > 0.03 else None,
                       rng.choice(["AK", "MB", "TL"]), day(ship),
                       day(shipped) if shipped is not None else None, rng.choice(custs)],
            {7: "0.0%"})
    fl = wb.create_sheet("Melt totals")
    title(fl, "A1", "Tonnes melted per month")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(fl, 3, 1, ["Alloy"] + months + ["Budget"])
    for i, a in enumerate(alloys + ["Brass", "Cast steel (alloy)"]):
        base = rng.choice([18, 25, 32, 40, 55])
        vals = []
        for _ in months:
            base *= rng.choice([0.8, 0.92, 1.0, 1.07, 1.2])
            vals.append(round(base, 1))
        put(fl, 4 + i, 1, [a] + vals + [rng.choice([25, 35, 45])])
    # side-by-side: energy per furnace
    header(fl, 3, 11, ["Furnace", "kWh Oct", "kWh Nov", "Hours Nov", "Last reline"])
    for i, f in enumerate(["IF-1", "IF-2", "IF-3", "Cupola", "Ladle pre-heat"]):
        oct_ = rng.choice([41000, 52000, 60500, 38000, 9500])
        put(fl, 4 + i, 11, [f, oct_, int(oct_ * rng.choice([0.85, 0.97, 1.04, 1.12, 1.25])),
                            rng.choice([220, 260, 310, 180]), day(pick_offset(rng, -700, -20, {-365, -366}))])
    quirks_foundry(ws, fl)
    wb.save(HERE / "foundry_castings.xlsx")


def quirks_foundry(ws, fl) -> None:
    ws["A25"] = "H-6125"                                   # duplicate heat no (row 12)
    ws["M15"] = "Vexo Marine "                             # trailing space
    ws["C19"] = "bronze"                                   # odd case
    ws["F29"] = "180"                                      # weight stored as text
    ws["E33"] = None                                       # pyrometer failed
    ws["J22"] = None                                       # no inspector
    ws["J38"] = None
    ws["D40"] = "21/11/2026"                               # pour date typed as text
    fl["D7"] = None                                        # month not booked
    fl["F10"] = None


# ------------------------------------------------------------------ gallery_sales
def gallery() -> None:
    rng = random.Random(1405)
    wb = Workbook()
    ws = wb.active
    ws.title = "Consignments"
    title(ws, "B1", "Linden Street Gallery - consignment book")
    ws["B2"] = "Ask = artist's asking price. Comm. = gallery commission. Unsold work goes back 90 days after hanging."
    cols = ["Lot", "Artist", "Title", "Medium", "Received", "Hung", "Sold on", "Ask ($)",
            "Sold ($)", "Comm.", "Artist paid", "Buyer"]
    header(ws, 4, 2, cols)                                  # header at B4
    artists = ["Mara Holm", "Idris Bello", "June Whitcombe", "Theo Kastellan", "Noor Saleh",
               "Pablo Inez", "Ruth Adair", "Sven Lund"]
    media = ["Oil on canvas", "Watercolour", "Bronze", "Ceramic", "Linocut print", "Photograph",
             "Acrylic on board"]
    titles = ["Low Tide", "Orchard", "Study in Grey", "Harbour Lights", "Untitled III", "Fen Road",
              "Morning Bird", "Salt Marsh", "The Quarry", "Red Chair", "Blue Hour", "Still Life",
              "Night Market", "Dunes", "Glasshouse", "Winter Oak", "Migration", "Two Vessels"]
    for i in range(40):
        r = 5 + i
        rec = pick_offset(rng, -200, -5, set())
        hung = rec + rng.choice([2, 5, 9, 14, 30])
        if hung >= 0:
            hung = -1
        ask = rng.choice([180, 250, 400, 650, 900, 1200, 1800, 2500, 3400])
        sold = soldp = None
        if rng.random() < 0.5:
            sold = min(-1, hung + rng.choice([3, 12, 25, 40, 70, 110]))
            soldp = int(ask * rng.choice([0.8, 0.9, 1.0, 1.0, 1.0]))
        comm = rng.choice([0.3, 0.35, 0.4, 0.4])
        paid = None
        if sold is not None and rng.random() < 0.6:
            paid = day(min(-1, sold + rng.choice([5, 14, 20, 35, 50])))
        put(ws, r, 2, [f"L{341 + i}", rng.choice(artists), rng.choice(titles), rng.choice(media),
                       day(rec), day(hung), day(sold) if sold is not None else None, ask, soldp, comm,
                       paid, rng.choice(["P. Jarvis", "Private", "M. Osei", "Cole Foundation",
                                         "A. Lindqvist"]) if sold is not None else None],
            {7: "#,##0", 8: "#,##0", 9: "0%"})
    ar = wb.create_sheet("Artists")
    header(ar, 1, 1, ["Artist", "Email", "Phone", "Born", "Contract end", "Works held", "Max works"])
    born = [date(1971, 3, 2), date(1988, 12, 9), date(1949, 7, 30), date(1995, 5, 5),
            date(1983, 10, 10), date(1960, 1, 18), date(1977, 8, 21), date(2002, 2, 14)]
    for i, a in enumerate(artists):
        ce = pick_offset(rng, -40, 400, {0, 60, 61, 59, 90})
        put(ar, 2 + i, 1, [a, a.split()[0].lower() + "@" + rng.choice(["studio.net", "mail.com"]),
                           f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", born[i], day(ce),
                           rng.randint(2, 9), rng.choice([4, 6, 8])])
    ft = wb.create_sheet("Footfall")
    title(ft, "A1", "Visitors per day (door counter)")
    days_ = ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    header(ft, 3, 1, ["Week of"] + days_ + ["Events"])
    for i in range(10):
        wk = date(2026, 9, 21) + dt.timedelta(days=7 * i)
        vals = [rng.choice([35, 48, 52, 61, 74, 88, 95]) + rng.randint(0, 9) for _ in days_]
        vals[4] += 60
        vals[5] += 30
        put(ft, 4 + i, 1, [wk] + vals + [rng.choice([0, 0, 1, 2])])
    quirks_gallery(ws, ar, ft)
    wb.save(HERE / "gallery_sales.xlsx")


def quirks_gallery(ws, ar, ft) -> None:
    ws["B30"] = "L352"                                     # duplicate lot (row 16)
    ws["C13"] = "Noor Saleh "                              # trailing space (checked: one-off row)
    ws["E22"] = "bronze"                                   # odd case
    ws["I27"] = "1200"                                     # ask stored as text
    ws["F36"] = "15/10/2026"                               # received typed as text
    ws["D19"] = None                                       # untitled (blank)
    ws["D40"] = None
    ar["B7"] = None                                        # no email
    ar["F6"] = 7                                           # holds more than her max
    ft["E8"] = None                                        # counter broken
    ft["C11"] = "61"                                       # typed as text


# ------------------------------------------------------------------ horse_livery
def livery() -> None:
    rng = random.Random(1406)
    wb = Workbook()
    ws = wb.active
    ws.title = "Horses"
    title(ws, "A1", "Brookfield Livery Yard - horse register")
    ws["A2"] = "Fee per week. Farrier every 6-8 weeks. Flu/tet vacc yearly."
    cols = ["Horse", "Owner", "Livery", "Stable", "Foaled", "Wt (kg)", "Target wt", "Hay (kg/d)",
            "Farrier last", "Farrier due", "Vacc due", "Fee (£/wk)", "Paid to"]
    header(ws, 4, 1, cols)
    horses = ["Bramble", "Captain", "Dusty", "Ember", "Fable", "Gatsby", "Hazel", "Indigo",
              "Juniper", "Kestrel", "Luna", "Maverick", "Nutmeg", "Oakley", "Pepper", "Quill",
              "Rosie", "Skye", "Tango", "Umber", "Willow", "Xander", "Yarrow", "Ziggy",
              "Apollo", "Biscuit", "Clover", "Duke", "Echo", "Flint"]
    owners = ["H. Marsh", "K. Patel", "L. Byrne", "S. Okoye", "D. Fenwick", "A. Rossi", "T. Gray",
              "M. Nakamura", "J. Ellis"]
    fees = {"Full": 165, "Part": 110, "DIY": 45, "Grass": 30}
    for i, h in enumerate(horses):
        r = 5 + i
        liv = rng.choice(["Full", "Full", "Part", "DIY", "Grass"])
        foal = date(rng.randint(2003, 2021), rng.randint(1, 12), rng.randint(1, 28))
        wt = rng.choice([380, 420, 455, 480, 510, 545, 590, 620])
        tgt = wt + rng.choice([-40, -25, -5, 10, 15, 30])
        far = pick_offset(rng, -75, -3, {-42, -56})
        fdue = far + rng.choice([42, 49, 56])
        vac = pick_offset(rng, -30, 330, {0, 30, 31, 29, 14, -14})
        paid = rng.choice([-21, -14, -7, 5, 12, 19, 26]) + rng.choice([0, 2])
        put(ws, r, 1, [h, rng.choice(owners), liv, f"{rng.choice('ABC')}{rng.randint(1, 12)}", foal,
                       wt, tgt, round(wt * rng.choice([0.018, 0.02, 0.022, 0.025]), 1), day(far),
                       day(fdue), day(vac), fees[liv], day(paid)])
    fd = wb.create_sheet("Feed")
    title(fd, "A1", "Hard feed (scoops) this week")
    dnames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    header(fd, 3, 2, ["Horse"] + dnames + ["Max/day"])      # header at B3
    for i, h in enumerate(horses[:16]):
        mx = rng.choice([2, 3, 4])
        vals = [rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5]) for _ in dnames]
        put(fd, 4 + i, 2, [h] + vals + [mx])
    iv = wb.create_sheet("Invoices")
    header(iv, 1, 1, ["Inv #", "Owner", "Month", "Amt (£)", "Paid (£)", "Issued", "Paid on", "Method"])
    for i in range(26):
        amt = rng.choice([120, 180, 240, 440, 660, 715, 900])
        iss = pick_offset(rng, -95, -2, {-30, -60, -31, -61})
        paid = pd = None
        if rng.random() < 0.75:
            paid = amt if rng.random() < 0.8 else amt - rng.choice([50, 100])
            pd = min(-1, iss + rng.choice([2, 6, 13, 25, 40, 55]))
        mon = (BUILT + dt.timedelta(days=iss)).strftime("%b")
        put(iv, 2 + i, 1, [f"BL-{5501 + i}", rng.choice(owners), mon, amt, paid, day(iss),
                           day(pd) if pd is not None else None,
                           rng.choice(["BACS", "Card", "Cash", "bacs"]) if pd is not None else None],
            {3: "#,##0.00", 4: "#,##0.00"})
    quirks_livery(ws, fd, iv)
    wb.save(HERE / "horse_livery.xlsx")


def quirks_livery(ws, fd, iv) -> None:
    ws["A27"] = "Maverick"                                 # same name twice (row 16)
    ws["B12"] = "K. Patel "                                # trailing space
    ws["C20"] = "full"                                     # odd case
    ws["F23"] = "505"                                      # weight stored as text
    ws["F30"] = None                                       # not weighed yet
    ws["K18"] = None                                       # vacc record missing
    ws["J9"] = "05/13/2026"                                # typed as text (not a real date either way)
    ws["I9"] = "21/09/2026"
    setd(ws, "M15", day(0))                                # paid up to today
    fd["F8"] = None                                        # feed sheet gaps
    fd["D15"] = None
    fd["G11"] = "3"                                        # scoops stored as text
    iv["A19"] = "BL-5509"                                  # duplicate invoice no (row 10)


if __name__ == "__main__":
    archery()
    carpets()
    eggs()
    foundry()
    gallery()
    livery()
    print("built 6 workbooks")
