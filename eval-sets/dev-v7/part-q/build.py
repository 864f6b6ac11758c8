"""Build the six workbooks of dev-v7 part Q (openpyxl only, fixed seeds 701-706).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day), durations too.
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
BUILT = dt.date(2026, 12, 1)
BOLD = Font(bold=True)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def dur(h: int, m: int, s: int = 0) -> dt.timedelta:
    return dt.timedelta(hours=h, minutes=m, seconds=s)


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
        elif isinstance(v, dt.timedelta):
            c.number_format = "[h]:mm:ss"


def setd(ws, ref: str, v, fmt: str = "yyyy-mm-dd") -> None:
    ws[ref] = v
    ws[ref].number_format = fmt


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ removals
def removals() -> None:
    rng = random.Random(701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Hartley & Sons Removals - job book 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "volumes in m³ from the home survey; £ ex VAT; actual cost = wages + fuel + materials"
    ws["R2"] = "Van capacity (m³)"
    ws["S2"] = 40
    ws["R3"] = "Min deposit"
    ws["S3"] = 0.2
    ws["S3"].number_format = "0%"
    cols = ["Job ref", "Customer", "From", "To", "Booked on", "Move date", "Vol (m³)", "Crew",
            "Miles", "Quote £", "Actual cost £", "Deposit £", "Paid in full", "Status", "Storage?"]
    header(ws, 4, 2, cols)                                  # header at B4
    customers = ["Mr & Mrs Patel", "J. Okafor", "Harlow Dental Ltd", "S. Whitfield", "The Brennans",
                 "A. Kowalczyk", "Dr L. Amadi", "M. Fontaine", "Greystone Lettings", "R. & T. Lund",
                 "K. Osei", "P. Hargreaves", "Nadia Rahman", "E. Castellano", "Wren Primary School",
                 "B. Achterberg", "C. MacLeod", "Lotte Visser", "H. Ibrahim", "D. Sørensen"]
    towns = ["Leeds", "Harrogate", "York", "Wakefield", "Ilkley", "Otley", "Skipton", "Manchester",
             "Bradford", "Ripon", "London", "Hull", "Selby", "Knaresborough"]
    avoid = {0, 1, -1, 7, -7, 13, 14, 15, -13, -14, -15, 29, 30, 31, -29, -30, -31, -60}
    for i in range(40):
        r = 5 + i
        move = pick_offset(rng, -62, 34, avoid)
        lead = rng.choice([2, 3, 4, 5, 10, 12, 18, 25, 33, 41, 56])
        vol = rng.choice([8, 12, 15, 18, 22, 26, 31, 34, 38, 43, 47, 52])
        crew = (2 if vol < 16 else 3 if vol < 30 else 4 if vol < 42 else 5) + rng.choice([0, 0, 0, 1])
        miles = rng.choice([3, 6, 11, 18, 26, 42, 65, 88, 120, 155, 210])
        quote = round(180 + vol * 26 + miles * 2.4, -1)
        status = "Done" if move < 0 else "Booked"
        if rng.random() < 0.08:
            status = "Cancelled"
        cost = None
        if status == "Done":
            cost = round(quote * rng.choice([0.74, 0.81, 0.88, 0.93, 0.97, 1.06, 1.14, 1.23]))
        deposit = round(quote * rng.choice([0.1, 0.15, 0.18, 0.25, 0.3, 0.25, 0.3]), -1)
        paid = None
        if status == "Done":
            lag = rng.choice([0, 1, 3, 6, 12, 20, 38, 52, None, None])
            if lag is not None and move + lag <= -1:
                paid = move + lag
        booked = move - lead
        if booked > -2:
            booked = -rng.choice([2, 3, 5, 9, 16, 22])
        fr, to = rng.sample(towns, 2)
        put(ws, r, 2, [f"HR-{2601 + i}", rng.choice(customers), fr, to, day(booked), day(move),
                       vol, crew, miles, quote, cost, deposit, day(paid) if paid is not None else None,
                       status, "Y" if rng.random() < 0.2 else "N"],
            {8: "#,##0", 9: "#,##0", 10: "#,##0", 11: "#,##0"})

    cr = wb.create_sheet("Crew")
    cr["A1"] = "Crew - hours by week, November"
    cr["A1"].font = BOLD
    header(cr, 3, 1, ["Name", "Role", "DOB", "Started", "C1 licence", "Wk 45", "Wk 46", "Wk 47",
                      "Wk 48", "Contract hrs"])
    people = [("Gaz Hartley", "Team lead"), ("Dean Hartley", "Driver"), ("Kofi Mensah", "Driver"),
              ("Tomasz Nowak", "Porter"), ("Liam Rourke", "Porter"), ("Jade Ellison", "Packer"),
              ("Priti Shah", "Packer"), ("Callum Reid", "Porter"), ("Ollie Pratt", "Porter"),
              ("Sean Doyle", "Driver"), ("Marek Zielinski", "Porter"), ("Amy Crowther", "Packer"),
              ("Ravi Kumar", "Driver"), ("Josh Bentley", "Porter"), ("Eddie Platt", "Team lead"),
              ("Kayla Moss", "Packer")]
    for i, (nm, role) in enumerate(people):
        r = 4 + i
        age_days = rng.randint(18 * 365 + 40, 58 * 365)
        dob = BUILT - dt.timedelta(days=age_days)
        started = pick_offset(rng, -3000, -40, {-365, -730, -364, -366})
        contract = rng.choice([40, 40, 30, 20]) if role != "Team lead" else 45
        hrs = [contract + rng.choice([-12, -6, -2, 0, 3, 8, 14]) for _ in range(4)]
        put(cr, r, 1, [nm, role, dt.datetime.combine(dob, dt.time()), day(started),
                       "Yes" if role in ("Driver", "Team lead") or rng.random() < 0.2 else "No",
                       *hrs, contract])
    quirks_removals(ws, cr)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 9, 18, 12, 12, 11, 11, 8, 6, 6, 8, 12, 9, 12, 10, 9, 3, 17, 6])
    widths(cr, "A B C D E", [16, 10, 11, 11, 10])
    wb.save(HERE / "removals.xlsx")


def quirks_removals(ws, cr) -> None:
    ws["K20"] = "900"                            # quote stored as text
    ws["G33"] = "17/11/2026"                     # move date typed as text
    ws["B41"] = "HR-2636"                        # duplicate job ref (row 40)
    ws["C24"] = "Dr L. Amadi "                   # trailing spaces (one-off customers)
    ws["C39"] = "H. Ibrahim "
    ws["O31"] = "done"                           # odd case
    ws["O37"] = "done"
    ws["K8"] = 1520
    ws["P35"] = "y"
    ws["I29"] = None                             # crew not assigned yet
    ws["I36"] = None
    cr["E13"] = "No"                             # driver / team lead without C1
    cr["E18"] = "No"
    cr["G8"] = None                              # holiday week
    setd(cr, "C17", date(2007, 3, 14))           # young crew
    setd(cr, "D19", date(2026, 9, 14))           # new starter
    setd(cr, "D17", date(2025, 6, 2))
    setd(cr, "D11", date(2024, 3, 4))


# ------------------------------------------------------------------ pharmacy_stock
def pharmacy() -> None:
    rng = random.Random(702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    ws["A1"] = "Greenway Pharmacy - dispensary stock check"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "counted Mon 30 Nov; expiry = earliest batch on the shelf; CD = controlled drug"
    cols = ["Item code", "Product", "Strength", "Form", "Supplier", "On hand", "Reorder lvl",
            "Unit cost", "Sell price", "Sold Oct", "Sold Nov", "Expiry", "Last ordered", "CD", "Fridge?"]
    header(ws, 4, 1, cols)
    prods = [("Amoxicillin", "500mg", "Capsule"), ("Omeprazole", "20mg", "Capsule"),
             ("Atorvastatin", "40mg", "Tablet"), ("Metformin", "500mg", "Tablet"),
             ("Ramipril", "5mg", "Capsule"), ("Salbutamol inhaler", "100mcg", "Inhaler"),
             ("Sertraline", "50mg", "Tablet"), ("Levothyroxine", "50mcg", "Tablet"),
             ("Paracetamol", "500mg", "Tablet"), ("Ibuprofen", "200mg", "Tablet"),
             ("Amlodipine", "5mg", "Tablet"), ("Co-codamol", "30/500", "Tablet"),
             ("Insulin glargine", "100u/ml", "Pen"), ("Lansoprazole", "30mg", "Capsule"),
             ("Morphine sulfate", "10mg/5ml", "Oral soln"), ("Cetirizine", "10mg", "Tablet"),
             ("Prednisolone", "5mg", "Tablet"), ("Flu vaccine", "0.5ml", "Injection"),
             ("Beclometasone inhaler", "100mcg", "Inhaler"), ("Diazepam", "2mg", "Tablet"),
             ("Folic acid", "5mg", "Tablet"), ("Clopidogrel", "75mg", "Tablet"),
             ("Hydrocortisone cream", "1%", "Cream"), ("Naproxen", "250mg", "Tablet"),
             ("Mirtazapine", "15mg", "Tablet"), ("Bisoprolol", "2.5mg", "Tablet"),
             ("Tramadol", "50mg", "Capsule"), ("Emollient cream", "500g", "Cream"),
             ("Loratadine", "10mg", "Tablet"), ("Gliclazide", "80mg", "Tablet"),
             ("Fluoxetine", "20mg", "Capsule"), ("Simvastatin", "20mg", "Tablet"),
             ("Doxycycline", "100mg", "Capsule"), ("Nitrofurantoin", "50mg", "Capsule"),
             ("Warfarin", "1mg", "Tablet"), ("Adrenaline auto-injector", "300mcg", "Pen")]
    suppliers = ["AAH", "Alliance", "Phoenix", "AAH", "Alliance"]
    cd_items = {"Morphine sulfate", "Diazepam", "Co-codamol", "Tramadol"}
    fridge_items = {"Insulin glargine", "Flu vaccine"}
    for i in range(36):
        r = 5 + i
        p, s, f = prods[i]
        reorder = rng.choice([20, 28, 50, 56, 84, 100])
        on_hand = max(0, reorder + rng.choice([-40, -18, -9, -3, 0, 12, 30, 60, 110]))
        cost = rng.choice([0.42, 0.85, 1.2, 1.95, 2.6, 3.4, 4.75, 6.1, 8.9, 12.5])
        sell = round(cost * rng.choice([0.9, 1.2, 1.35, 1.5, 1.8, 2.1]), 2)
        oct_ = rng.choice([6, 14, 22, 35, 48, 70, 96, 130])
        nov = max(0, round(oct_ * rng.choice([0.55, 0.8, 0.92, 1.0, 1.08, 1.25, 1.6])))
        exp = pick_offset(rng, -20, 900, {0, 1, -1, 30, 31, 29, 90, 91, 89, 60, 61, 59, 182, 183, 181})
        last = pick_offset(rng, -120, -2, {-28, -29, -27, -30, -31, -60, -61, -90, -91, -14, -7})
        put(ws, r, 1, [f"GP{1040 + i * 7}", p, s, f, rng.choice(suppliers), on_hand, reorder, cost, sell,
                       oct_, nov, day(exp), day(last), "CD" if p in cd_items else None,
                       "Yes" if p in fridge_items else "No"],
            {7: "0.00", 8: "0.00", 11: "mmm yyyy"})
    header(ws, 4, 17, ["Discontinued", "From"])
    fl = wb.create_sheet("Fridge log")
    fl["A1"] = "Vaccine fridge - temperature log, November (keep between 2 and 8 °C)"
    fl["A1"].font = BOLD
    header(fl, 3, 1, ["Date", "AM °C", "PM °C", "Min °C", "Max °C", "Checked by"])
    dd = dt.date(2026, 11, 1)
    r = 4
    while dd <= dt.date(2026, 11, 30):
        vals = [rng.choice([3.1, 3.8, 4.2, 4.6, 5.0, 5.3, 5.9, 6.4, 6.8, 7.2]) for _ in range(2)]
        mn = round(min(vals) - rng.choice([0.3, 0.6, 0.9, 1.2]), 1)
        mx = round(max(vals) + rng.choice([0.2, 0.5, 0.8, 1.1]), 1)
        put(fl, r, 1, [dt.datetime.combine(dd, dt.time()), *vals, mn, mx,
                       rng.choice(["NK", "JS", "AB", "NK"])], {1: "0.0", 2: "0.0", 3: "0.0", 4: "0.0"})
        r += 1
        dd += dt.timedelta(days=1)
    po = wb.create_sheet("Orders")
    header(po, 1, 1, ["PO no.", "Supplier", "Ordered", "Expected", "Received", "Lines", "Value £",
                      "Invoice £"])
    for i in range(22):
        r = 2 + i
        o = pick_offset(rng, -45, -1, {-7, -14, -30})
        exp = o + rng.choice([1, 1, 2, 3, 5])
        rec = o + rng.choice([1, 2, 2, 3, 4, 6, 9]) if rng.random() < 0.85 else None
        if rec is not None and rec > -1:
            rec = None
        val = round(rng.uniform(80, 2400), 2)
        inv = round(val * rng.choice([1, 1, 1, 1.02, 0.97, 1.08]), 2) if rec is not None else None
        put(po, r, 1, [f"PO-{5600 + i}", rng.choice(suppliers), day(o), day(exp),
                       day(rec) if rec is not None else None, rng.randint(3, 40), val, inv],
            {6: "#,##0.00", 7: "#,##0.00"})
    quirks_pharmacy(ws, fl, po)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [9, 22, 9, 10, 9, 8, 10, 9, 9, 8, 8, 10, 12, 4, 8, 3, 12, 11])
    wb.save(HERE / "pharmacy_stock.xlsx")


def quirks_pharmacy(ws, fl, po) -> None:
    ws["F31"] = "47"                             # on hand stored as text (below reorder 56)
    ws["K34"] = "22"                             # sold Nov stored as text
    ws["A38"] = "GP1166"                         # duplicate item code (row 23)
    ws["B39"] = "Warfarin "                      # trailing space
    ws["E25"] = "aah"                            # odd case supplier
    ws["L12"] = "15/03/2027"                     # expiry typed as text
    setd(ws, "L26", date(2027, 2, 14), "mmm yyyy")   # expires within 90 days
    ws["H40"] = 32.5                             # adrenaline pens are dear
    ws["I40"] = 38.0
    for i, (code, since) in enumerate([("GP1082", date(2026, 10, 1)), ("GP1229", date(2026, 11, 2)),
                                       ("GP1999", date(2026, 6, 30)), ("GP1257", date(2026, 11, 20)),
                                       ("GP1131", date(2027, 1, 1))]):
        put(ws, 5 + i, 17, [code, since])
    fl["E5"] = 7.8                               # keep the log's maxima off 8.0 exactly
    fl["E11"] = 8.2
    fl["E20"] = 7.9
    fl["B11"] = None                             # readings not logged
    fl["C25"] = None
    fl["C16"] = "5.1"                            # reading typed as text
    setd(po, "D14", day(2))                      # expected after today


# ------------------------------------------------------------------ pottery_studio
def pottery() -> None:
    rng = random.Random(703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Firings"
    ws["A1"] = "Clayworks Studio - kiln log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "temps in °C; 'cracked' = pieces lost in the firing; load weighed before firing"
    ws["P1"] = "Max load (kg)"
    ws["Q1"] = 60
    ws["P2"] = "Electricity (£/kWh)"
    ws["Q2"] = 0.34
    ws["Q2"].number_format = "0.00"
    cols = ["Firing #", "Kiln", "Type", "Loaded by", "Date", "Start", "End", "Target °C",
            "Peak °C", "Pieces", "Cracked", "Load KG", "kWh", "Notes"]
    header(ws, 4, 1, cols)
    kilns = ["Big Bertha", "Little Kiln", "Big Bertha", "Raku barrel"]
    loaders = ["Sam", "Ines", "Malik", "Sam", "Jo", "Ines"]
    notes = [None, None, None, "shelf crack", "glaze crawled", None, "element slow", "bloated",
             None, "pinholes", None, "great batch"]
    dd = dt.date(2026, 9, 14)
    for i in range(36):
        r = 5 + i
        dd += dt.timedelta(days=rng.choice([1, 2, 2, 3]))
        kiln = rng.choice(kilns)
        typ = "Raku" if kiln == "Raku barrel" else rng.choice(["Bisque", "Glaze", "Glaze"])
        target = {"Bisque": 1000, "Glaze": rng.choice([1222, 1240]), "Raku": 980}[typ]
        peak = target + rng.choice([-22, -9, -4, 0, 3, 7, 12, 26])
        st = hm(rng.choice([6, 6, 7, 7, 8, 9]), rng.choice([0, 15, 30, 45]))
        ln = {"Bisque": rng.choice([470, 500, 530, 555]), "Glaze": rng.choice([590, 640, 690, 745]),
              "Raku": rng.choice([95, 130, 160])}[typ]
        em = st.hour * 60 + st.minute + ln
        pieces = rng.randint(6, 48) if kiln == "Big Bertha" else rng.randint(3, 18)
        cracked = rng.choice([0, 0, 0, 1, 1, 2, 3, 5])
        load = round(pieces * rng.choice([0.9, 1.1, 1.4, 1.7]), 1)
        kwh = round(ln / 60 * (9.5 if kiln == "Big Bertha" else 4.2), 1) if kiln != "Raku barrel" else None
        put(ws, r, 1, [f"K-{311 + i}", kiln, typ, rng.choice(loaders),
                       dt.datetime.combine(dd, dt.time()), st, hm(em // 60, em % 60), target, peak,
                       pieces, cracked, load, kwh, rng.choice(notes)], {11: "0.0", 12: "0.0"})
    mb = wb.create_sheet("Members")
    mb["A1"] = "Members & clay bought (12.5 kg bags)"
    mb["A1"].font = BOLD
    header(mb, 2, 1, ["Member", "DOB", "Plan", "Joined", "Renews", "Shelf", "Clay Sep", "Clay Oct",
                      "Clay Nov", "Hrs Nov", "Email"])
    names = ["Alice Fenwick", "Bram de Wit", "Chloe Adair", "Dev Raman", "Ella Moreno", "Finn Gallagher",
             "Grace Obi", "Hugo Lind", "Isla Monroe", "Jamal Reeves", "Kit Parry", "Lena Vogt",
             "Milo Grant", "Nell Ashby", "Omar Haddad", "Poppy Lane", "Quinn Avery", "Rosa Ortiz",
             "Sid Malhotra", "Tess Kinsella", "Uma Reddy", "Vic Harrow", "Wendy Cho", "Xander Pole",
             "Yara Nasser", "Zoe Whitlock", "Arlo Pike", "Bea Sandoval"]
    for i, nm in enumerate(names):
        r = 3 + i
        junior = i % 5 == 2
        age_days = rng.randint(9 * 365 + 30, 15 * 365 + 200) if junior else rng.randint(19 * 365, 72 * 365)
        dob = BUILT - dt.timedelta(days=age_days)
        plan = "Junior" if junior else rng.choice(["Monthly", "Monthly", "Annual", "Firing only"])
        joined = pick_offset(rng, -1500, -20, {-365, -730, -366, -364})
        renews = pick_offset(rng, -25, 330, {0, 1, -1, 30, 31, 29, 14, 15, 13, -30})
        clay = [rng.choice([0, 1, 1, 2, 2, 3, 4, 6]) for _ in range(3)]
        put(mb, r, 1, [nm, dt.datetime.combine(dob, dt.time()), plan, day(joined), day(renews),
                       f"S{rng.randint(1, 40):02d}", *clay, rng.choice([0, 4, 8, 12, 15, 22, 30, 41]),
                       nm.split()[0].lower() + "@example.net"])
    quirks_pottery(ws, mb)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [8, 12, 8, 10, 11, 7, 7, 10, 9, 7, 8, 8, 7, 14, 3, 18, 6])
    widths(mb, "A B C D E F K", [15, 11, 11, 11, 11, 6, 22])
    wb.save(HERE / "pottery_studio.xlsx")


def quirks_pottery(ws, mb) -> None:
    ws["L13"] = 63.5                             # overloaded
    ws["L38"] = 61.2
    ws["I22"] = "1231"                           # peak typed as text
    ws["I26"] = None                             # thermocouple failed
    ws["I34"] = None
    ws["E19"] = "13/10/2026"                     # date typed as text
    ws["A29"] = "K-334"                          # duplicate firing number (row 28)
    ws["B39"] = "little kiln"                    # odd case
    ws["D20"] = "Jo "                            # trailing space
    ws["N38"] = "Cracked lid - hairline"
    mb["J26"] = 0                                # monthly member who did not come in
    setd(mb, "E18", day(11))                     # renews soon


# ------------------------------------------------------------------ fun_run
def funrun() -> None:
    rng = random.Random(704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Results"
    ws["A1"] = "Riverside 10k for St Brigid's Hospice - results"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Race day Sun 15 Nov 2026. Times h:mm:ss. Gift Aid = donor ticked the box."
    ws["Q2"] = "Fundraising target (£)"
    ws["R2"] = 250
    cols = ["Bib", "Runner", "Gender", "DOB", "Club", "Wave", "Gun time", "Chip time", "Time 2025",
            "Pledged £", "Raised £", "Gift Aid", "Shirt", "Entered"]
    header(ws, 4, 2, cols)                                  # header at B4
    first = ["Aoife", "Ben", "Carla", "Dan", "Eve", "Faisal", "Gemma", "Harry", "Imogen", "Jack",
             "Kerry", "Luis", "Megan", "Nathan", "Orla", "Pete", "Rachel", "Simon", "Tara", "Vikram",
             "Wanda", "Yusuf", "Zara", "Adam"]
    last = ["Byrne", "Cole", "Doherty", "Egan", "Flynn", "Grady", "Healy", "Irwin", "Joyce", "Kane",
            "Lynch", "Moran", "Nolan", "Quigley", "Reilly", "Shaw", "Tobin", "Walsh"]
    clubs = ["Riverside Harriers", "Riverside Harriers", "Parkrun", None, None, None, "Tri Club",
             "Fell Runners"]
    seen = set()
    for i in range(44):
        r = 5 + i
        while True:
            nm = f"{rng.choice(first)} {rng.choice(last)}"
            if nm not in seen:
                seen.add(nm)
                break
        g = "F" if nm.split()[0] in ("Aoife", "Carla", "Eve", "Gemma", "Imogen", "Kerry", "Megan",
                                     "Orla", "Rachel", "Tara", "Wanda", "Zara") else "M"
        age_days = rng.randint(16 * 365 + 40, 66 * 365)
        dob = dt.date(2026, 11, 15) - dt.timedelta(days=age_days)
        wave = rng.choice(["A", "B", "B", "C", "C"])
        chip_s = rng.randint(36 * 60, 78 * 60)
        delay = {"A": rng.randint(5, 40), "B": rng.randint(60, 140), "C": rng.randint(150, 290)}[wave]
        gun_s = chip_s + delay
        prev = None
        if rng.random() < 0.7:
            prev = chip_s + rng.choice([-260, -140, -75, -20, 35, 90, 180, 330])
        pledged = rng.choice([50, 100, 150, 200, 250, 300, 400, 500])
        raised = round(pledged * rng.choice([0.3, 0.6, 0.85, 1.0, 1.12, 1.4, 2.05]))
        entered = dt.date(2026, 11, 15) - dt.timedelta(days=rng.choice(
            [2, 4, 5, 9, 11, 20, 26, 33, 41, 58, 64, 80, 101, 115, 130]))
        put(ws, r, 2, [100 + i * 3 + rng.randint(0, 2), nm, g, dt.datetime.combine(dob, dt.time()),
                       rng.choice(clubs), wave, dt.timedelta(seconds=gun_s), dt.timedelta(seconds=chip_s),
                       dt.timedelta(seconds=prev) if prev else None, pledged, raised,
                       rng.choice(["Yes", "Yes", "No"]), rng.choice(["S", "M", "M", "L", "XL"]),
                       dt.datetime.combine(entered, dt.time())],
            {9: "#,##0", 10: "#,##0"})
    sp = wb.create_sheet("Splits")
    header(sp, 1, 1, ["Bib", "Runner", "0-2k", "2-4k", "4-6k", "6-8k", "8-10k"])
    for i in range(30):
        r = 2 + i
        chip = ws.cell(row=5 + i, column=9).value.total_seconds()
        noise = [rng.choice([-40, -18, -6, 0, 9, 21, 35, 60]) for _ in range(4)]
        noise.append(-sum(noise))
        vals = [dt.timedelta(seconds=round(chip / 5) + n) for n in noise]
        put(sp, r, 1, [ws.cell(row=5 + i, column=2).value, ws.cell(row=5 + i, column=3).value] + vals,
            {k: "mm:ss" for k in range(2, 7)})
    quirks_funrun(ws, sp)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 6, 16, 7, 11, 18, 6, 9, 9, 10, 9, 9, 8, 6, 11, 3, 21, 6])
    wb.save(HERE / "fun_run.xlsx")


def quirks_funrun(ws, sp) -> None:
    setd(ws, "E31", date(2012, 2, 9))            # too young on race day
    setd(ws, "E24", date(2011, 11, 20))          # 14 on race day, 15 five days later
    setd(ws, "E14", date(2011, 6, 2))            # 15 on race day
    ws["L36"] = "240"                            # raised stored as text
    ws["L37"] = 100                              # exactly double the pledge
    ws["L17"] = 320
    ws["K22"] = None                             # pledge not recorded
    ws["K46"] = None
    ws["H43"] = None                             # did not finish
    ws["I43"] = "DNF"
    ws["B41"] = 204                              # bib issued twice (row 39)
    ws["C44"] = "Tara Joyce"                     # entered twice (row 30)
    ws["D44"] = "F"
    ws["C29"] = "Zara Quigley "                  # trailing space
    ws["F34"] = "riverside harriers"             # odd case
    ws["N23"] = "xl"
    for r in (8, 18):                            # moved up to wave A
        ws[f"G{r}"] = "A"
        ws[f"H{r}"] = ws[f"I{r}"].value + dt.timedelta(seconds=18 + r)
        ws[f"H{r}"].number_format = "[h]:mm:ss"


# ------------------------------------------------------------------ bike_repair
def bikes() -> None:
    rng = random.Random(705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Workshop"
    ws["A1"] = "Spokes & Sprockets - workshop tickets"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bill = parts + labour; bikes left more than the free days pay storage"
    ws["S2"] = "Labour £/hr"
    ws["T2"] = 48
    ws["S3"] = "Free storage (days)"
    ws["T3"] = 14
    cols = ["Ticket", "Customer", "Mobile", "Bike", "Type", "Work", "Booked in", "Promised", "Done",
            "Collected", "Quote", "Parts", "Lab. hrs", "Bill", "Mechanic", "Paid?"]
    header(ws, 4, 1, cols)
    custs = ["Tom Aldridge", "Priya Nair", "Gus Whelan", "Hana Sato", "Leo Brandt", "Maeve Quinn",
             "Ola Adeyemi", "Rob Fitch", "Sian Pugh", "Ty Okoro", "Una Kerr", "Will Ashdown",
             "Xia Li", "Yves Martin", "Zak Hussain", "Bella Ruiz"]
    bikes_ = [("Trek Domane", "Road"), ("Specialized Rockhopper", "MTB"), ("Brompton M6L", "Folding"),
              ("Giant Escape", "Hybrid"), ("Cube Reaction Hybrid", "E-bike"), ("Raleigh Pioneer", "Hybrid"),
              ("Frog 48", "Kids"), ("Cannondale Topstone", "Gravel"), ("Boardman SLR", "Road"),
              ("Orbea Rise", "E-bike"), ("Carrera Vulcan", "MTB")]
    work = ["Full service", "Basic service", "Puncture", "Brake bleed", "Gears index",
            "Wheel true", "Chain + cassette", "E-bike diagnostic", "Bottom bracket"]
    mechs = ["Dana", "Kris", "Ollie", "Dana"]
    phones = {c: f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}" for c in custs}
    avoid = {0, 1, -1, 7, -7, 14, -14, 13, -13, 15, -15, -30, -31, -29, -21}
    for i in range(40):
        r = 5 + i
        bin_ = pick_offset(rng, -48, 5, avoid)
        prom = bin_ + rng.choice([1, 2, 3, 3, 5, 7])
        done = None
        if bin_ <= -1 and rng.random() < 0.85:
            done = bin_ + rng.choice([0, 1, 2, 3, 4, 6, 9])
            if done > -1:
                done = None
        coll = None
        if done is not None and rng.random() < 0.75:
            coll = done + rng.choice([0, 0, 1, 2, 5, 11, 19, 26])
            if coll > -1:
                coll = None
        bike, typ = rng.choice(bikes_)
        w = rng.choice(work)
        while (w == "E-bike diagnostic") != (typ == "E-bike") and rng.random() < 0.9:
            w = rng.choice(work)
        p_est, h_est = {"Full service": (18.99, 2), "Basic service": (0, 1), "Puncture": (6.5, 0.25),
                        "Brake bleed": (12, 0.75), "Gears index": (0, 0.5), "Wheel true": (0, 0.75),
                        "Chain + cassette": (54.99, 0.75), "E-bike diagnostic": (0, 1),
                        "Bottom bracket": (24.5, 1)}[w]
        quote = round(p_est + 48 * h_est)
        parts = round(p_est * rng.choice([0.8, 1, 1, 1, 1.3, 1.7]), 2)
        hrs = max(0.25, h_est + rng.choice([-0.25, 0, 0, 0, 0.25, 0.5, 1]))
        if done is None:
            parts = hrs = None
        bill = round(parts + 48 * hrs, 2) if done is not None else None
        paid = "Y" if coll is not None else (rng.choice(["N", "Y"]) if done is not None else "N")
        cust = rng.choice(custs)
        put(ws, r, 1, [f"T{7310 + i}", cust, phones[cust],
                       bike, typ, w, day(bin_), day(prom), day(done) if done is not None else None,
                       day(coll) if coll is not None else None, quote, parts, hrs, bill,
                       rng.choice(mechs), paid], {10: "0.00", 11: "0.00", 13: "0.00"})
    pt = wb.create_sheet("Parts")
    pt["A1"] = "Parts stock"
    pt["A1"].font = BOLD
    header(pt, 2, 1, ["Part", "SKU", "In stock", "Min", "Cost", "Price"])
    parts = ["Inner tube 700c", "Inner tube 29er", "Brake pads (disc)", "Brake pads (rim)",
             "Chain 11sp", "Chain 9sp", "Cassette 11-32", "Gear cable", "Brake cable", "Bar tape",
             "Tyre 700x28", "Tyre 29x2.4", "Bottom bracket BSA", "Mineral oil 100ml"]
    costs = [4.2, 6.1, 8.5, 3.4, 17.5, 9.8, 24.0, 2.1, 1.9, 7.5, 18.0, 31.0, 12.0, 5.8]
    for i, p in enumerate(parts):
        cost = costs[i]
        mn = rng.choice([4, 5, 10, 20])
        put(pt, 3 + i, 1, [p, f"SK-{300 + i * 11}", max(0, mn + rng.choice([-5, -2, 0, 3, 8, 15])), mn, cost,
                           round(cost * rng.choice([1.6, 1.8, 2.0, 2.3]), 2)], {4: "0.00", 5: "0.00"})
    pt["A19"] = "Supplier quotes (£ per unit, Nov)"
    pt["A19"].font = BOLD
    header(pt, 20, 1, ["Part", "Madison", "Raleigh", "Upgrade", "Last paid"])
    for i, p in enumerate(parts[:12]):
        base = costs[i]
        q = [round(base * rng.choice([0.92, 0.97, 1.0, 1.05, 1.12]), 2) for _ in range(3)]
        put(pt, 21 + i, 1, [p] + q + [round(base * rng.choice([0.95, 1.0, 1.1]), 2)],
            {k: "0.00" for k in range(1, 5)})
    quirks_bikes(ws, pt)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [8, 14, 14, 22, 8, 17, 11, 11, 11, 11, 7, 7, 7, 8, 9, 6, 3, 3, 18, 5])
    widths(pt, "A B", [20, 9])
    wb.save(HERE / "bike_repair.xlsx")


def quirks_bikes(ws, pt) -> None:
    ws["N7"] = "36"                              # bill stored as text
    ws["I13"] = "27/10/2026"                     # done date typed as text
    ws["A40"] = "T7341"                          # duplicate ticket (row 36)
    ws["B26"] = "Leo Brandt "                    # trailing space (one-off customer)
    ws["O20"] = "dana"                           # odd case
    for r in (21, 42):                           # full services booked for road bikes
        ws[f"F{r}"] = "Full service"
        ws[f"K{r}"] = 115
    ws["C18"] = None                             # no mobile
    ws["C37"] = None


# ------------------------------------------------------------------ bookshop
def bookshop() -> None:
    rng = random.Random(706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws["A1"] = "Quayside Books - title sales Jun-Nov (units)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "stock counted 30 Nov; cost = our trade price"
    cols = ["ISBN", "Title", "Author", "Section", "Published", "RRP", "Cost", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "In stock", "On order"]
    header(ws, 3, 1, cols)
    books = [("The Salt Road", "M. Arkwright", "Fiction"), ("Tidewater", "Hannah Lowe", "Fiction"),
             ("A Field Guide to Moss", "R. Penhale", "Nature"), ("The Quiet Harbour", "Ines Calder", "Fiction"),
             ("Cooking with Smoke", "Dev Anand", "Food"), ("Small Boats", "Tom Ferrier", "Local"),
             ("Night Trains of Europe", "A. Kessler", "Travel"), ("Bread Every Day", "Sofie Lund", "Food"),
             ("The Lighthouse Keepers", "Ruth Abara", "History"), ("Murder at Low Tide", "J. P. Sloane", "Crime"),
             ("Birds of the Estuary", "R. Penhale", "Nature"), ("The Glass Orchard", "Ines Calder", "Fiction"),
             ("Walking the Coast Path", "Tom Ferrier", "Local"), ("A Year of Soups", "Sofie Lund", "Food"),
             ("The Cartographer's Daughter", "Lila Moss", "Fiction"), ("Dead Reckoning", "J. P. Sloane", "Crime"),
             ("Wild Swimming South West", "K. Rowe", "Travel"), ("Mapping the Tides", "Ruth Abara", "History"),
             ("The Kind Machine", "Oren Vale", "Sci-fi"), ("Starlings", "Hannah Lowe", "Poetry"),
             ("The Last Ferry", "M. Arkwright", "Fiction"), ("Knots & Splices", "Tom Ferrier", "Local"),
             ("Little Crab's Big Day", "Pip Hollis", "Children"), ("The Owl Who Slept In", "Pip Hollis", "Children"),
             ("Bone Harbour", "J. P. Sloane", "Crime"), ("Orbit Days", "Oren Vale", "Sci-fi"),
             ("Sea Glass Poems", "Hannah Lowe", "Poetry"), ("Pickles & Preserves", "Dev Anand", "Food"),
             ("The Smuggler's Wife", "Lila Moss", "Fiction"), ("Ships in Bottles", "A. Kessler", "History"),
             ("Rockpool Explorers", "Pip Hollis", "Children"), ("Under the Pier", "Ruth Abara", "Local"),
             ("The Second Tide", "M. Arkwright", "Fiction"), ("Cold Water Cure", "K. Rowe", "Health"),
             ("The Weather Diaries", "Oren Vale", "Sci-fi"), ("Foraging Basics", "R. Penhale", "Nature"),
             ("Harbour Lights", "Lila Moss", "Fiction"), ("Sunday Roasts", "Dev Anand", "Food"),
             ("Gulls", "Hannah Lowe", "Poetry"), ("The Drowned Bell", "J. P. Sloane", "Crime")]
    for i, (title, author, sec) in enumerate(books):
        r = 4 + i
        pub = pick_offset(rng, -2600, -10, {-365, -366, -364, -730, -90, -91, -89, -180, -181})
        rrp = rng.choice([7.99, 8.99, 9.99, 10.99, 12.99, 14.99, 16.99, 18.99, 20.0, 25.0])
        cost = round(rrp * rng.choice([0.5, 0.55, 0.58, 0.65]), 2)
        base = rng.choice([2, 4, 7, 11, 16, 24, 35])
        sales = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.5, 0.75, 0.9, 1.0, 1.15, 1.4, 1.9])))
            sales.append(v)
        pubd = BUILT + dt.timedelta(days=pub)
        for m in range(6):
            if (2026, 6 + m) < (pubd.year, pubd.month):
                sales[m] = None
        stock = rng.choice([0, 1, 2, 3, 5, 6, 8, 12, 15, 20])
        order = rng.choice([None, None, None, 5, 10, 20])
        isbn = "978" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        put(ws, r, 1, [isbn, title, author, sec, day(pub), rrp, cost, *sales, stock, order],
            {5: "0.00", 6: "0.00"})
    header(ws, 3, 17, ["Staff picks", "Picked by"])
    ev = wb.create_sheet("Events")
    ev["A1"] = "Author events"
    ev["A1"].font = BOLD
    header(ev, 2, 1, ["Date", "Author", "Venue", "Start", "Capacity", "Tickets", "Price", "Books sold", "Host"])
    for i in range(18):
        r = 3 + i
        off = pick_offset(rng, -120, 60, {0, 1, -1, 7, -7, 14, 30, 31, 29, -30})
        venue, cap = rng.choice([("Shop floor", 40), ("Upstairs", 25), ("Church hall", 120), ("Shop floor", 40)])
        sold = round(cap * rng.choice([0.35, 0.6, 0.8, 0.95, 1.0, 1.1]))
        put(ev, r, 1, [day(off), rng.choice(books)[1], venue, hm(rng.choice([18, 18, 19, 11, 14]), rng.choice([0, 30])),
                       cap, sold, rng.choice([0, 5, 8, 12]),
                       round(sold * rng.choice([0.2, 0.45, 0.7, 0.9])) if off < 0 else None,
                       rng.choice(["Meg", "Anton", "Meg"])], {6: "0.00"})
    so = wb.create_sheet("Special orders")
    header(so, 1, 1, ["Ref", "Customer", "Title", "Ordered", "Arrived", "Collected", "Deposit", "Phone"])
    for i in range(22):
        r = 2 + i
        o = pick_offset(rng, -60, -1, {-7, -14, -21, -28, -30})
        arr = o + rng.choice([2, 3, 5, 8, 12]) if rng.random() < 0.8 else None
        if arr is not None and arr > -1:
            arr = None
        col = arr + rng.choice([0, 1, 3, 9, 20]) if arr is not None and rng.random() < 0.6 else None
        if col is not None and col > -1:
            col = None
        put(so, r, 1, [f"SO-{880 + i}", rng.choice(["Mrs Eade", "P. Yardley", "Colin B.", "Nkechi O.",
                                                    "Harbour School", "F. Quarmby", "Dr Hale"]),
                       rng.choice(books)[0], day(o), day(arr) if arr is not None else None,
                       day(col) if col is not None else None, rng.choice([0, 5, 5, 10]),
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])
    quirks_bookshop(ws, ev, so)
    widths(ws, "A B C D E F G N O P Q R", [15, 26, 14, 10, 11, 7, 7, 8, 9, 3, 24, 10])
    widths(ev, "A B C", [11, 14, 12])
    widths(so, "A B C D E F", [8, 15, 26, 11, 11, 11])
    wb.save(HERE / "bookshop.xlsx")


def quirks_bookshop(ws, ev, so) -> None:
    ws["A38"] = ws["A23"].value                  # ISBN keyed twice
    ws["B42"] = "Gulls "                         # trailing space
    ws["M23"] = "8"                              # November typed as text
    ws["E12"] = "14/03/2019"                     # published date typed as text
    ws["D32"] = "fiction"                        # odd case
    ws["K22"] = 0
    ws["L38"] = 0
    for i, (title, who) in enumerate([("Tidewater", "Meg"), ("Night Trains of Europe", "Anton"),
                                      ("The Drowned Bell", "Meg"), ("Foraging Basics", "Anton"),
                                      ("The Lantern Men", "Meg"), ("Sea Glass Poems", "Anton"),
                                      ("Under the Pier", "Meg")]):
        put(ws, 4 + i, 17, [title, who])


if __name__ == "__main__":
    for f in (removals, pharmacy, pottery, funrun, bikes, bookshop):
        f()
    print("built 6 workbooks in", HERE)
