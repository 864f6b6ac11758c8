"""Build the six workbooks of dev-v18 part AQ (openpyxl only, fixed seeds 1801-1806).

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


# ------------------------------------------------------------------ farm_shop
def farm_shop() -> None:
    rng = random.Random(1801)
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock"
    title(ws, "A1", "Hollybrook Farm Shop - stock list")
    ws["A2"] = "prices inc VAT; Sold (30d) = units sold in the last 30 days"
    ws["A3"] = "order from the supplier when On hand gets down to the reorder level"
    cols = ["SKU", "Product", "Category", "Supplier", "Cost (£)", "Price (£)", "On hand",
            "Reorder lvl", "Sold (30d)", "Delivered", "Use by", "Local?", "Miles"]
    header(ws, 5, 2, cols)                                   # header at B5 (B5:N45)
    ws["P5"] = "Min markup"
    ws["Q5"] = 0.3
    ws["Q5"].number_format = "0%"
    ws["P6"] = "Food miles limit"
    ws["Q6"] = 40
    miles = {"Home farm": 0, "Brook Dairy": 6, "Hart's Bakery": 3, "Coles Butchers": 12,
             "Greenway Growers": 18, "Fenland Veg Co": 95, "Orchard Press": 22,
             "Bee Happy Apiary": 9, "Kent Fruit Ltd": 140, "Cotswold Larder": 64, "Wessex Mill": 35}
    # product, category, supplier, cost, shelf life (days; None = long life)
    products = [
        ("Whole milk 2L", "Dairy", "Brook Dairy", 1.05, 8), ("Mature cheddar 250g", "Dairy", "Brook Dairy", 2.6, 40),
        ("Natural yoghurt 500g", "Dairy", "Brook Dairy", 1.2, 12), ("Salted butter 250g", "Dairy", "Brook Dairy", 1.9, 30),
        ("Double cream 300ml", "Dairy", "Brook Dairy", 1.1, 7), ("Goat's cheese log", "Dairy", "Cotswold Larder", 2.9, 21),
        ("Pork sausages (6)", "Meat", "Home farm", 2.8, 6), ("Beef mince 500g", "Meat", "Home farm", 3.4, 5),
        ("Smoked back bacon", "Meat", "Coles Butchers", 2.7, 10), ("Lamb chops (4)", "Meat", "Home farm", 5.2, 6),
        ("Chicken thighs 1kg", "Meat", "Coles Butchers", 3.9, 5), ("Venison burgers (4)", "Meat", "Coles Butchers", 4.6, 8),
        ("Sourdough loaf", "Bakery", "Hart's Bakery", 2.1, 3), ("Seeded batch", "Bakery", "Hart's Bakery", 1.7, 3),
        ("Mince pies (6)", "Bakery", "Hart's Bakery", 2.4, 10), ("Fruit scones (4)", "Bakery", "Hart's Bakery", 1.6, 4),
        ("Oat flapjack", "Bakery", "Wessex Mill", 0.9, 20), ("Potatoes 2.5kg", "Veg", "Home farm", 1.3, 25),
        ("Carrots 1kg", "Veg", "Greenway Growers", 0.6, 18), ("Leeks (3)", "Veg", "Greenway Growers", 0.9, 12),
        ("Red cabbage", "Veg", "Fenland Veg Co", 0.7, 20), ("Parsnips 1kg", "Veg", "Greenway Growers", 0.8, 16),
        ("Brussels sprouts 500g", "Veg", "Fenland Veg Co", 0.9, 9), ("Curly kale 200g", "Veg", "Greenway Growers", 0.8, 6),
        ("Bramley apples 1kg", "Fruit", "Orchard Press", 1.1, 30), ("Cox apples 1kg", "Fruit", "Kent Fruit Ltd", 1.4, 28),
        ("Conference pears 1kg", "Fruit", "Kent Fruit Ltd", 1.5, 14), ("Clementines 600g", "Fruit", "Kent Fruit Ltd", 1.2, 15),
        ("Wildflower honey 340g", "Larder", "Bee Happy Apiary", 3.8, None), ("Strawberry jam", "Larder", "Cotswold Larder", 2.2, None),
        ("Apple chutney", "Larder", "Cotswold Larder", 2.4, None), ("Cold-pressed rapeseed oil", "Larder", "Wessex Mill", 3.1, None),
        ("Apple juice 1L", "Drinks", "Orchard Press", 1.6, None), ("Dry cider 500ml", "Drinks", "Orchard Press", 1.5, None),
        ("Free-range eggs (6)", "Dairy", "Home farm", 1.0, 21), ("Oat biscuits", "Larder", "Wessex Mill", 1.3, None),
        ("Christmas pudding 450g", "Larder", "Cotswold Larder", 4.1, None), ("Clotted cream fudge", "Larder", "Cotswold Larder", 1.8, None),
        ("Stone-ground flour 1.5kg", "Larder", "Wessex Mill", 1.4, None), ("Mulled wine spices", "Larder", "Cotswold Larder", 1.1, None),
    ]
    for i, (prod, cat, sup, cost, life) in enumerate(products):
        r = 6 + i
        price = round(cost * rng.choice([1.18, 1.24, 1.4, 1.45, 1.55, 1.7, 1.85, 2.0]) + 0.049, 1)
        reorder = rng.choice([6, 8, 10, 12, 15, 20])
        on_hand = max(0, reorder + rng.choice([-5, -3, -2, 0, 3, 6, 10, 14, 22, 30]))
        sold = rng.randint(3, 130)
        delivered = pick_offset(rng, -16, -1, set())
        use_by = None
        if life is not None:
            use_by = delivered + life + rng.choice([-2, 0, 1])
            if use_by in (0, 3, 4, -1, 7):
                use_by += 2
        m = miles[sup]
        put(ws, r, 2, [f"FS-{1101 + i * 3}", prod, cat, sup, cost, price, on_hand, reorder, sold,
                       day(delivered), day(use_by) if use_by is not None else date(2027, rng.randint(3, 11), rng.randint(1, 28)),
                       "Y" if m <= 30 else "N", m], {4: "0.00", 5: "0.00"})

    tk = wb.create_sheet("Takings")
    title(tk, "A1", "Weekly takings by department (£)", 12)
    tk["A2"] = "ISO weeks, Mon-Sun; Wk 49 is this week (not in yet)"
    header(tk, 4, 1, ["Dept", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Target"])
    depts = [("Butchery", 4200), ("Dairy", 1500), ("Bakery", 1300), ("Veg & fruit", 2100),
             ("Deli counter", 2600), ("Larder", 1800), ("Cafe", 3100), ("Plants & flowers", 700),
             ("Christmas trees", 0), ("Gifts", 900)]
    for i, (dp, base) in enumerate(depts):
        vals = [round(base * rng.uniform(0.7, 1.3), -1) for _ in range(5)]
        if dp == "Christmas trees":
            vals = [None, None, None, 1850, 3920]
        put(tk, 5 + i, 1, [dp] + vals + [round(base * 1.05, -2) or 2500], {k: "#,##0" for k in range(1, 7)})
    tk["I3"] = "Footfall - last fortnight"
    tk["I3"].font = BOLD
    header(tk, 4, 9, ["Date", "Visitors", "Transactions", "Avg spend"])     # side table I4:L18
    for i in range(14):
        off = -14 + i
        wd = (BUILT + dt.timedelta(days=off)).weekday()
        vis = rng.randint(170, 320) + (rng.randint(110, 220) if wd >= 5 else 0)
        sales = round(vis * rng.choice([0.62, 0.7, 0.78, 0.85]))
        put(tk, 5 + i, 9, [day(off), vis, sales, round(rng.choice([14.2, 16.8, 19.5, 22.4, 25.9, 28.3]), 2)],
            {3: "0.00"})

    od = wb.create_sheet("Orders")
    header(od, 1, 1, ["Order", "Customer", "Item", "Qty", "Ordered", "Collect", "Deposit (£)",
                      "Total (£)", "Paid (£)", "Collected", "Phone"])
    people = ["Mrs P. Grange", "Tom Ashby", "The Oakes family", "J. Whitlock", "Sunita Rao",
              "Bellbrook B&B", "Harry Vine", "Ann Morley", "Dev Khanna", "Lucy Farr",
              "Old Forge Pub", "Mr & Mrs Tiller", "Gail Penrose", "Rev. Amos", "K. Obi"]
    items = [("Bronze turkey 5kg", 62, True), ("Bronze turkey 7kg", 84, True), ("White turkey 6kg", 48, True),
             ("Goose 5kg", 78, True), ("Beef rib joint", 55, True), ("Gammon 2kg", 32, True),
             ("Veg box", 18, False), ("Hamper (large)", 95, False), ("Hamper (small)", 45, False),
             ("Cheese board", 36, False), ("Mince pies x24", 19, False)]
    for i in range(32):
        r = 2 + i
        item, price, xmas = rng.choice(items)
        qty = rng.choice([1, 1, 1, 2, 2, 3]) if not xmas else rng.choice([1, 1, 1, 2])
        ordered = pick_offset(rng, -50, -1, set())
        collect = rng.choice([18, 19, 20, 21]) if xmas else pick_offset(rng, max(ordered + 2, -25), 16, {0, 1, -1})
        total = price * qty
        dep = rng.choice([10, 20, 20, None]) if xmas else rng.choice([None, None, 5, 10])
        collected = None
        paid = dep
        if collect < 0 and rng.random() < 0.85:
            collected = collect + rng.choice([0, 0, 0, 1, 2])
            if collected > -1:
                collected = collect
            paid = total if rng.random() < 0.85 else (dep or 0) + rng.choice([0, 10])
        put(od, r, 1, [f"XO-{401 + i}", rng.choice(people), item, qty, day(ordered), day(collect), dep,
                       total, paid or None, day(collected) if collected is not None else None,
                       "07" + str(rng.randint(700000000, 999999999))],
            {6: "0.00", 7: "0.00", 8: "0.00"})
    quirks_farm(ws, tk, od)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 9, 26, 9, 17, 8, 8, 8, 10, 10, 11, 11, 7, 6, 3, 16, 6])
    widths(tk, "A B C D E F G H I J K L", [16, 7, 7, 7, 7, 7, 7, 3, 11, 8, 6, 9])
    widths(od, "A B C D E F G H I J K", [8, 17, 19, 5, 11, 11, 10, 9, 9, 11, 13])
    wb.save(HERE / "farm_shop.xlsx")


def quirks_farm(ws, tk, od) -> None:
    ws["H43"] = "3"                              # on hand stored as text (reorder lvl 8)
    ws["I22"] = None                             # new line, no reorder level yet
    ws["B44"] = "FS-1185"                        # duplicate SKU (row 34)
    ws["C19"] = "Seeded batch "                  # trailing space (one-off product)
    ws["D28"] = "veg"                            # odd case
    ws["L31"] = "19/12/2026"                     # use-by typed as text
    od["G7"] = od["I7"] = None                   # turkey order, no deposit taken
    od["K14"] = od["K29"] = None                 # no phone number
    tk["E12"] = 770                              # a drop of exactly 200 into Wk 48
    tk["C14"] = 1040
    ws["J9"] = 23
    ws["J27"] = 26
    od["B25"] = "The Oakes family "              # trailing space (one-off customer)


# ------------------------------------------------------------------ craft_beer_festival
def beer_festival() -> None:
    rng = random.Random(1802)
    wb = Workbook()
    ws = wb.active
    ws.title = "Beers"
    title(ws, "A1", "Winter Ales Festival 2026 - beer list")
    ws["A2"] = "festival Thu 10 - Sat 12 Dec; casks are firkins; Pint £ = price per pint"
    header(ws, 4, 1, ["No.", "Brewery", "Beer", "Style", "ABV %", "Casks", "Cost/cask",
                      "Pint £", "Ordered", "Due in", "Arrived", "Inv. due", "Bar", "Allergens"])
    ws["P4"] = "Pints per cask"
    ws["Q4"] = 72
    ws["P5"] = "Thirds only from ABV"
    ws["Q5"] = 7.5
    ws["P6"] = "Cask budget (£)"
    ws["Q6"] = 9000
    breweries = [("Hopback & Sons", "Main"), ("Ferryman Brewing", "Main"), ("Old Kiln", "Main"),
                 ("Black Dog Ales", "Stouts & Porters"), ("Tidewater", "Main"), ("Sour Grapes Co", "Sours"),
                 ("Ridgeway Brew", "Local"), ("Three Mills", "Local"), ("Nordlys", "Foreign"),
                 ("Brasserie Lune", "Foreign"), ("Marsh Lane", "Local"), ("Coldharbour", "Stouts & Porters")]
    styles = [("Best bitter", (3.6, 4.4)), ("Golden ale", (3.8, 4.6)), ("Pale ale", (4.0, 5.2)),
              ("IPA", (5.5, 7.0)), ("Double IPA", (7.6, 9.0)), ("Stout", (4.2, 6.0)),
              ("Imperial stout", (8.0, 11.0)), ("Porter", (4.4, 5.6)), ("Mild", (3.2, 3.8)),
              ("Sour", (4.0, 6.5)), ("Old ale", (6.0, 8.5)), ("Barley wine", (9.0, 11.5))]
    names = ["Frostbite", "Lantern", "Yule Log", "Night Heron", "Hearthside", "Cold Snap", "Ember",
             "Wassail", "Snowfield", "Black Ice", "Gold Leaf", "Tinsel", "Owl Light", "Sleet",
             "Long Night", "Ironside", "Chestnut", "Starling", "Winter Wren", "Fireside", "Solstice",
             "North Star", "Bramble", "Hoarfrost", "Driftwood", "Evergreen", "Nightcap", "Halfmoon",
             "Midwinter", "Sugarplum", "Ice Maiden", "Rook", "Hobnail", "Smoulder", "Copper Kettle",
             "Glowworm", "Quiet Lane", "Kingfisher", "Saltmarsh", "Gritstone", "Larkrise", "Dark Matter"]
    allergens = ["Gluten", "Gluten", "Gluten", "Gluten, lactose", "Gluten, nuts", "Gluten-free"]
    for i in range(42):
        r = 5 + i
        brew, bar = rng.choice(breweries)
        style, (lo, hi) = rng.choice(styles)
        abv = round(rng.uniform(lo, hi), 1)
        if abs(abv - 7.5) < 0.05:
            abv = 7.7
        if style == "Sour":
            bar = "Sours"
        elif style in ("Stout", "Imperial stout", "Porter") and bar == "Main":
            bar = "Stouts & Porters"
        casks = rng.choice([1, 1, 2, 2, 2, 3, 4])
        cost = round(70 + abv * rng.choice([11, 13, 15, 18]) + rng.choice([0, 5, 12]), 0)
        pint = round(3.2 + abv * rng.choice([0.3, 0.35, 0.42]) + rng.choice([0, 0.2]), 1)
        ordered = pick_offset(rng, -48, -8, {-30, -16})
        due = pick_offset(rng, max(ordered + 3, -14), 5, {0})
        arrived = None
        if due < 0 and rng.random() < 0.85:
            arrived = due + rng.choice([-1, 0, 0, 0, 1, 2])
            if arrived > -1:
                arrived = due
        put(ws, r, 1, [f"B{i + 1:02d}", brew, names[i], style, abv, casks, cost, pint, day(ordered),
                       day(due), day(arrived) if arrived is not None else None, day(ordered + 30), bar,
                       rng.choice(allergens)], {4: "0.0", 6: "#,##0", 7: "0.00"})

    vo = wb.create_sheet("Volunteers")
    title(vo, "A1", "Volunteer roster", 12)
    vo["A2"] = "hrs offered = what they said they could do; rostered = what we have given them"
    header(vo, 3, 2, ["Name", "Role", "Shifts", "Hrs offered", "Hrs rostered", "Signed up",
                      "Hygiene cert exp", "T-shirt", "Under 18?", "email"])   # header B3 (B3:K35)
    vnames = ["Alice Moor", "Ben Catt", "Cerys Lloyd", "Dan Ruiz", "Eve Hollis", "Femi Ade",
              "Gethin Rees", "Holly Shaw", "Ian Munro", "Jas Kaur", "Kyle Ward", "Lena Vogt",
              "Marcus Lee", "Nia Price", "Oskar Nowak", "Pat Dunne", "Rhiannon Bell", "Sami Aziz",
              "Theo Grant", "Uma Patel", "Vic Lowry", "Wes Hart", "Yasmin Ali", "Zac Moss",
              "Ruth Kemble", "Gary Stott", "Maya Fisher", "Noel Byrne", "Tess Amery", "Owain Parry",
              "Bea Quirk", "Lars Holm"]
    roles = ["Bar", "Bar", "Bar", "Cellar", "Glass wash", "Door", "Tokens", "First aid"]
    for i, nm in enumerate(vnames):
        r = 4 + i
        role = rng.choice(roles)
        shifts = rng.choice([1, 2, 2, 3, 3, 4, 5])
        offered = shifts * 4 + rng.choice([-2, 0, 0, 2, 4])
        rostered = shifts * 4 + rng.choice([-4, -2, 0, 0, 2, 4, 6])
        signed = pick_offset(rng, -90, -2, set())
        cert = None
        if role in ("Bar", "Cellar", "Glass wash") or rng.random() < 0.3:
            cert = pick_offset(rng, -40, 500, {0, 7, 8, 9, 10, 11, 12, 13, 14})
        put(vo, r, 2, [nm, role, shifts, offered, rostered, day(signed),
                       day(cert) if cert is not None else None, rng.choice(["S", "M", "M", "L", "XL"]),
                       "Y" if rng.random() < 0.12 else "N",
                       nm.lower().replace(" ", "") + rng.choice(["@inbox.example", "@mail.example"])])

    ly = wb.create_sheet("Last year")
    bars = ["Main", "Stouts & Porters", "Sours", "Cider & Perry", "Key keg", "Local", "Foreign"]
    for top, label in ((1, "2025 pints sold - Friday"), (12, "2025 pints sold - Saturday")):
        ly.cell(top, 1, label).font = BOLD
        header(ly, top + 1, 1, ["Bar", "12-3pm", "3-6pm", "6-9pm", "9-11pm", "Staff"])
        for i, b in enumerate(bars):
            base = rng.choice([60, 90, 140, 210, 280])
            vals = [round(base * rng.uniform(0.4, 1.9)) for _ in range(4)]
            put(ly, top + 2 + i, 1, [b] + vals + [rng.choice([3, 4, 5, 6, 8])])
    quirks_beer(ws, vo, ly)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [5, 18, 14, 14, 6, 6, 9, 7, 11, 11, 11, 11, 16, 15, 3, 20, 6])
    widths(vo, "A B C D E F G H I J K", [3, 15, 11, 7, 11, 12, 11, 15, 8, 10, 26])
    widths(ly, "A", [18])
    wb.save(HERE / "craft_beer_festival.xlsx")


def quirks_beer(ws, vo, ly) -> None:
    ws["A40"] = "B35"                            # duplicate beer no. (row 39)
    ws["G20"] = "157"                            # cost/cask stored as text
    ws["C36"] = "Rook "                          # trailing space (one-off beer)
    ws["D29"] = "sour"                           # odd case
    ws["K26"] = "28/11/2026"                     # arrived date typed as text (due 28 Nov)
    vo["B35"] = "noel byrne"                     # signed up twice (row 31), lower case
    vo["H12"] = vo["H20"] = None                 # bar / cellar with no hygiene cert
    vo["J27"] = "Y"                              # under-18s on the bar
    vo["J34"] = "y"
    vo["G8"] = "28/10/2026"                      # signed-up date typed as text
    setd(vo, "H9", day(-12))                     # hygiene certs expired / expiring before the festival
    setd(vo, "H23", day(5))
    ws["H34"] = 6.9


# ------------------------------------------------------------------ school_bus_contractor
def school_bus() -> None:
    rng = random.Random(1803)
    wb = Workbook()
    ws = wb.active
    ws.title = "Fleet"
    title(ws, "A1", "Tri-County Student Transport - fleet list")
    ws["A2"] = "Service every (mi)"
    ws["C2"] = 5000
    ws["A3"] = "Retire at age (yrs)"
    ws["C3"] = 12
    header(ws, 5, 1, ["Bus #", "Plate", "Make", "Yr", "Seats", "Odometer", "Odo @ svc",
                      "Last svc", "Insp. due", "Ins. renewal", "MPG", "Depot", "Status", "Notes"])
    makes = [("Blue Bird Vision", 72), ("Blue Bird Vision", 77), ("Thomas C2", 71), ("Thomas C2", 77),
             ("IC CE", 65), ("IC CE", 71), ("Thomas Minotour", 24), ("Collins Type A", 20)]
    notes = [None, None, None, None, "wheelchair lift", "A/C fault reported", "new tires Oct",
             "spare", "camera system", None]
    fleet_seats = {}
    for i in range(30):
        r = 6 + i
        make, seats = rng.choice(makes)
        fleet_seats[i + 1] = seats
        yr = rng.choice([y for y in range(2011, 2026) if y != 2014])
        odo = round(rng.uniform(14000, 190000) * (2027 - yr) / 10, -1)
        since = rng.choice([900, 1800, 2600, 3400, 4300, 5600, 6200, 7900])
        svc = pick_offset(rng, -120, -3, set())
        insp = pick_offset(rng, -10, 200, {0, 30, 31, 29, 14})
        ins = date(2027, rng.randint(1, 9), rng.randint(1, 28))
        put(ws, r, 1, [i + 1, f"SB {rng.randint(1000, 9999)}", make, yr, seats, odo, odo - since,
                       day(svc), day(insp), ins, round(rng.uniform(5.5, 9.5), 1),
                       rng.choice(["North", "North", "East", "River Rd"]),
                       rng.choice(["In service", "In service", "In service", "In service", "In shop", "Spare"]),
                       rng.choice(notes)], {0: "00", 5: "#,##0", 6: "#,##0", 10: "0.0"})

    ro = wb.create_sheet("Routes")
    title(ro, "A1", "AM routes - 2026/27 school year")
    ro["A2"] = "times are first pickup, arrival at school and the school's first bell"
    ro["A3"] = "rate = what the district pays per day; fuel = our estimate"
    header(ro, 5, 2, ["Route", "School", "Bus #", "Driver", "Riders", "Seats", "1st pickup",
                      "Arrive", "Bell", "Miles/day", "Rate $/day", "Fuel $/day", "Contract end",
                      "notes"])                                # header B5 (B5:O33)
    schools = ["Lincoln Elem.", "Maple Grove MS", "Westfield HS", "St. Anne's", "Cedar Ridge Elem.",
               "Riverside MS", "Westfield HS", "Lincoln Elem."]
    drivers = ["R. Alvarez", "D. Kowalczyk", "M. Greene", "T. Nguyen", "S. Boateng", "J. Pruitt",
               "L. Haddad", "K. Brennan", "P. Osei", "C. Lindgren", "A. Morales", "B. Whitaker",
               "E. Fontaine", "G. Yoder", "H. Castillo", "N. Petrova", "O. Banks", "V. Ortiz",
               "W. Frey", "Y. Tanaka", "Z. Mbeki", "F. Duarte", "I. Sommer", "U. Reyes",
               "Q. Adair", "X. Loomis", "J. Kerr", "R. Dunn"]
    for i in range(28):
        r = 6 + i
        sch = rng.choice(schools)
        bell = {"Lincoln Elem.": 8 * 60 + 45, "Maple Grove MS": 8 * 60, "Westfield HS": 7 * 60 + 30,
                "St. Anne's": 8 * 60 + 15, "Cedar Ridge Elem.": 8 * 60 + 50, "Riverside MS": 8 * 60 + 5}[sch]
        arrive = bell - rng.choice([4, 7, 11, 13, 16, 18, 22, 25])
        first = arrive - rng.choice([28, 36, 41, 47, 55, 62, 74])
        bus = rng.randint(1, 30)
        seats = fleet_seats[bus]
        riders = max(8, seats - rng.choice([-6, -2, 0, 3, 8, 14, 21, 30]))
        miles = rng.choice([18, 24, 31, 38, 44, 52, 63, 71])
        rate = round(miles * rng.choice([4.1, 4.6, 5.2, 5.9]) + 120, 0)
        fuel = round(miles / rng.uniform(5.6, 9.2) * 3.89 * 2, 2)
        end = rng.choice([date(2027, 6, 11), date(2027, 6, 11), date(2028, 6, 9), date(2026, 12, 18),
                          date(2027, 1, 29)])
        put(ro, r, 2, [f"R{i + 1:02d}", sch, bus, drivers[i], riders, seats,
                       hm_of(first), hm_of(arrive), hm_of(bell), miles, rate, fuel, end,
                       rng.choice([None, None, None, "lift bus needed", "2 stops added Sept", "gravel road"])],
            {1: "00", 9: "0", 10: "#,##0", 11: "0.00"})

    dr = wb.create_sheet("Drivers")
    header(dr, 1, 1, ["Driver", "CDL exp", "Medical exp", "Bkgd check", "Hired", "Hrs this wk",
                      "Max hrs", "Trainer?", "Phone"])
    for i, nm in enumerate(drivers[:26]):
        r = 2 + i
        put(dr, r, 1, [nm, day(pick_offset(rng, -20, 900, {0, 60, 61, 59, 30})),
                       day(pick_offset(rng, -15, 400, {0, 30, 60, 61, 59, 31, 29})),
                       day(pick_offset(rng, -900, -5, {-365, -366, -364, -730})),
                       date(rng.randint(2004, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                       rng.choice([18, 22, 26, 29, 31, 34, 38, 41, 44]), rng.choice([30, 40, 40, 40]),
                       "Yes" if rng.random() < 0.2 else "No", f"555-{rng.randint(1000, 9999)}"])

    pu = wb.create_sheet("Punctuality")
    title(pu, "A1", "Late arrivals at school (count of days)", 12)
    header(pu, 3, 1, ["Route", "Aug", "Sep", "Oct", "Nov"])
    for i in range(14):
        put(pu, 4 + i, 1, [f"R{i + 1:02d}"] + [rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 9]) for _ in range(4)])
    pu["A20"] = "Breakdowns & delays log"
    pu["A20"].font = BOLD
    header(pu, 21, 1, ["Date", "Bus #", "Route", "Mins late", "Cause", "Tow?"])
    causes = ["flat tire", "won't start", "air brake fault", "heater failure", "traffic - crash on I-70",
              "driver sick", "snow", "door interlock"]
    offs = sorted(rng.sample(range(-95, -1), 18))
    for i, off in enumerate(offs):
        if (BUILT + dt.timedelta(days=off)).weekday() >= 5:
            off -= 2
        put(pu, 22 + i, 1, [day(off), rng.randint(1, 30), f"R{rng.randint(1, 28):02d}",
                            rng.choice([5, 12, 18, 25, 35, 48, 70, 95]), rng.choice(causes),
                            "Y" if rng.random() < 0.2 else "N"], {1: "00"})
    quirks_bus(ws, ro, dr, pu)
    widths(ws, "A B C D E F G H I J K L M N", [6, 9, 17, 5, 6, 10, 10, 11, 11, 11, 6, 9, 10, 18])
    widths(ro, "A B C D E F G H I J K L M N O",
           [3, 6, 17, 6, 13, 7, 6, 10, 7, 7, 9, 10, 10, 12, 18])
    widths(dr, "A B C D E F G H I", [14, 11, 11, 11, 11, 11, 8, 9, 10])
    widths(pu, "A B C D E F", [12, 6, 7, 9, 24, 6])
    wb.save(HERE / "school_bus_contractor.xlsx")


def quirks_bus(ws, ro, dr, pu) -> None:
    ws["B20"] = ws["B7"].value                   # duplicate plate
    ws["F11"] = "98600"                          # odometer stored as text
    ws["H13"] = "17/11/2026"                     # last service typed as text
    ws["N9"] = "Wheelchair lift"                 # odd case
    ro["E20"] = None                             # no driver assigned
    ro["C27"] = "st. anne's"                     # odd case
    dr["I9"] = dr["I20"] = None                  # no phone
    dr["A18"] = "O. Banks "                      # trailing space
    pu["B17"] = None                             # R14 started in September
    setd(ws, "I22", day(-5))                     # inspections overdue
    setd(ws, "I31", day(-19))
    pu["D8"] = 5
    pu["E13"] = 5


# ------------------------------------------------------------------ orchid_nursery
def orchids() -> None:
    rng = random.Random(1804)
    wb = Workbook()
    ws = wb.active
    ws.title = "Benches"
    title(ws, "A1", "Mossgrove Orchids - bench inventory")
    ws["A2"] = "one line per lot; plants = how many on the bench; Min °C = lowest night temp the lot tolerates"
    header(ws, 3, 2, ["Lot", "Genus", "Grex / species", "Pot cm", "Plants", "In spike", "Buds",
                      "Watered", "Fed", "Repotted", "Min °C", "Cost ea", "Price ea", "Status",
                      "Bench"])                              # header B3 (B3:P41)
    ws["R3"] = "Feed every (days)"
    ws["S3"] = 14
    ws["R4"] = "Night setpoint (°C)"
    ws["S4"] = 15
    genera = [("Phalaenopsis", ["Sogo Yukidian", "Golden Sun", "Brother Pico", "amabilis", "schilleriana"], 16),
              ("Cattleya", ["Chocolate Drop", "walkeriana", "Hsinying Catherine"], 13),
              ("Dendrobium", ["nobile", "kingianum", "Berry Oda"], 10),
              ("Oncidium", ["Sharry Baby", "Twinkle"], 12),
              ("Paphiopedilum", ["Maudiae", "insigne", "rothschildianum"], 14),
              ("Cymbidium", ["Sarah Jean", "Red Beauty"], 7),
              ("Vanda", ["Pachara Delight", "coerulea"], 18),
              ("Miltoniopsis", ["Herr Alexandre", "Pink Cadillac"], 12),
              ("Masdevallia", ["veitchiana", "coccinea"], 8)]
    for i in range(38):
        r = 4 + i
        gen, kinds, tmin = rng.choice(genera)
        pot = rng.choice([6, 9, 9, 12, 12, 15])
        plants = rng.choice([4, 8, 12, 18, 24, 36, 50])
        spike = rng.choice([0, 0, 1, 2, 3, 5, 8, 12])
        spike = min(spike, plants)
        buds = spike * rng.choice([0, 3, 5, 7]) if spike else 0
        watered = pick_offset(rng, -12, -1, set())
        fed = pick_offset(rng, -40, -1, {-14, -13, -15})
        rep = date(rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if rep.date() >= BUILT:
            rep = date(2025, rep.month, rep.day)
        cost = round(rng.choice([2.4, 3.1, 4.5, 6.2, 8.8, 12.5, 17.0]), 2)
        price = round(cost * rng.choice([1.6, 2.1, 2.5, 2.8, 3.2, 3.9]), 0) - 0.01
        status = rng.choice(["Growing", "Growing", "For sale", "For sale", "Quarantine", "Reserved"])
        put(ws, r, 2, [f"MO-{301 + i}", gen, rng.choice(kinds), pot, plants, spike, buds, day(watered),
                       day(fed), rep, tmin, cost, price, status, rng.choice(["B1", "B2", "B3", "B4", "C1", "C2"])],
            {11: "0.00", 12: "0.00"})

    cl = wb.create_sheet("Climate")
    title(cl, "A1", "Glasshouse climate - November", 12)
    cl["A2"] = "min/max in °C from the data loggers"
    header(cl, 4, 1, ["Date", "H1 min", "H1 max", "H2 min", "H2 max", "RH %", "Heat kWh"])
    for i in range(30):
        dd = date(2026, 11, i + 1)
        m1 = round(rng.uniform(12.2, 19.5), 1)
        m2 = round(rng.uniform(9.1, 17.8), 1)
        put(cl, 5 + i, 1, [dd, m1, round(m1 + rng.uniform(5, 13), 1), m2, round(m2 + rng.uniform(4, 12), 1),
                           rng.choice([52, 58, 61, 64, 68, 71, 76, 83]), rng.choice([38, 46, 55, 61, 72, 88, 104])],
            {1: "0.0", 2: "0.0", 3: "0.0", 4: "0.0"})
    cl["I4"] = "Setpoints"
    cl["I4"].font = BOLD
    header(cl, 5, 9, ["House", "Night min", "Day max", "Target RH %"])   # side table I5:L7
    put(cl, 6, 9, ["H1 (warm)", 17, 29, 65])
    put(cl, 7, 9, ["H2 (cool)", 11, 24, 70])

    mo = wb.create_sheet("Mail orders")
    header(mo, 1, 1, ["Order", "Customer", "Country", "Plants", "Value €", "Shipping €", "Ordered",
                      "Dispatched", "Delivered", "Heat pack", "Rating"])
    customers = ["H. Janssen", "M. Dubois", "A. Ferrari", "K. Novak", "S. O'Neill", "T. Berger",
                 "L. Moreau", "P. Sousa", "J. Lindqvist", "R. Kowalski", "E. Vidal", "C. Brandt",
                 "G. Rossi", "D. Murphy", "F. Weber"]
    countries = ["NL", "FR", "IT", "CZ", "IE", "DE", "FR", "PT", "SE", "PL", "ES", "DE", "IT", "IE", "AT"]
    for i in range(30):
        r = 2 + i
        k = rng.randrange(len(customers))
        plants = rng.choice([1, 2, 2, 3, 4, 6, 8])
        value = round(plants * rng.choice([14.99, 19.5, 24.99, 32, 45, 27.5, 38.9]) + rng.choice([0, 4.5, 9.99, 12.5]), 2)
        ship = rng.choice([9.5, 12, 14.5, 18, 24])
        ordered = pick_offset(rng, -60, -1, set())
        disp = ordered + rng.choice([1, 1, 2, 3, 4, 6, 9]) if rng.random() < 0.9 else None
        if disp is not None and disp > -1:
            disp = None
        dlv = disp + rng.choice([2, 3, 4, 6, 8]) if disp is not None and rng.random() < 0.85 else None
        if dlv is not None and dlv > -1:
            dlv = None
        heat = "Yes" if ordered > -35 and rng.random() < 0.6 else "No"
        rating = rng.choice([None, 5, 5, 4, 4, 3, 2]) if dlv is not None else None
        put(mo, r, 1, [f"WEB-{5101 + i}", customers[k], countries[k], plants, value, ship, day(ordered),
                       day(disp) if disp is not None else None, day(dlv) if dlv is not None else None,
                       heat, rating], {4: "0.00", 5: "0.00"})
    quirks_orchid(ws, cl, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 8, 14, 20, 7, 7, 8, 6, 11, 11, 11, 7, 8, 9, 11, 6, 3, 19, 5])
    widths(cl, "A B C D E F G H I J K L", [11, 7, 7, 7, 7, 6, 9, 3, 10, 10, 8, 11])
    widths(mo, "A B C D E F G H I J K", [10, 13, 8, 7, 9, 11, 11, 11, 11, 10, 7])
    wb.save(HERE / "orchid_nursery.xlsx")


def quirks_orchid(ws, cl, mo) -> None:
    ws["B30"] = "MO-318"                         # duplicate lot no. (row 21)
    ws["K18"] = "17/05/2025"                     # repotted date typed as text
    ws["F25"] = "36"                             # plants stored as text
    ws["C33"] = "phalaenopsis"                   # odd case
    ws["O33"] = "For sale"
    ws["O16"] = "For sale"                       # a Phal for sale with exactly one spike
    ws["D37"] = "lowii "                         # trailing space (one-off species)
    ws["N38"] = None                             # quarantine, not priced
    ws["G22"] = 3
    ws["N39"] = 44.99
    cl["E17"] = 22.9
    cl["B30"] = 17.4
    cl["D25"] = 17.3
    mo["E31"] = 44.5
    mo["E16"] = 118.5


# ------------------------------------------------------------------ climbing_gym
def climbing() -> None:
    rng = random.Random(1805)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    title(ws, "A1", "Crux Climbing Centre - memberships")
    ws["A2"] = "Lapsed after (days)"
    ws["C2"] = 45
    ws["A3"] = "fee per month; 10-pass holders pay per pack, fee shown per month equivalent"
    header(ws, 5, 1, ["ID", "Name", "Plan", "Joined", "Renews", "Last visit", "Visits Oct",
                      "Visits Nov", "Fee/mo", "Paid to", "Induction", "Belay", "DOB", "Email"])
    first = ["Ava", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kira",
             "Leo", "Maya", "Noah", "Olga", "Pete", "Quinn", "Rosa", "Sam", "Tia", "Umar", "Vera",
             "Will", "Xia", "Yuki", "Zane", "Abi", "Bruno", "Cleo", "Dara", "Eli", "Faye", "Gus",
             "Hana", "Ivo", "Jade", "Kai", "Lily", "Max", "Nell"]
    last = ["Ward", "Okoro", "Smith", "Patel", "Byrne", "Novak", "Lee", "Silva", "Reid", "Moss",
            "Tan", "Ross", "Khan", "Hall", "Berg", "Young", "Fox", "Diaz", "Webb", "Cole"]
    plans = [("Monthly", 62), ("Monthly", 62), ("Annual", 52), ("Off-peak", 45), ("Student", 40),
             ("10-pass", 30)]
    for i in range(40):
        r = 6 + i
        plan, fee = rng.choice(plans)
        joined = pick_offset(rng, -1400, -20, set())
        renew = joined
        step = 365 if plan == "Annual" else 30
        while renew <= 0:
            renew += step
        if rng.random() < 0.1:
            renew -= step
        last_v = pick_offset(rng, -80, -1, {-45, -44, -46})
        oct_v = rng.choice([0, 2, 4, 6, 8, 11, 14, 17])
        nov_v = max(0, oct_v + rng.choice([-8, -5, -3, -1, 0, 2, 4])) if last_v > -33 else 0
        paid = renew if rng.random() < 0.85 else renew - step
        ind = joined + rng.choice([0, 0, 1, 3, 7, 12]) if rng.random() < 0.9 else None
        belay = rng.choice(["Top rope", "Top rope", "Lead", "None", "None"])
        dob = date(rng.randint(1968, 2011), rng.randint(1, 12), rng.randint(1, 28))
        nm = f"{first[i]} {rng.choice(last)}"
        put(ws, r, 1, [f"CX{1201 + i}", nm, plan, day(joined), day(renew), day(last_v), oct_v, nov_v,
                       fee, day(paid), day(ind) if ind is not None else None, belay, dob,
                       nm.lower().replace(" ", ".") + rng.choice(["@mail.example", "@uni.example"])],
            {8: "0.00"})

    ck = wb.create_sheet("Check-ins")
    title(ck, "A1", "Daily check-ins by time slot - November", 12)
    header(ck, 3, 1, ["Date", "6-9", "9-12", "12-15", "15-18", "18-22", "Total"])
    for i in range(30):
        dd = date(2026, 11, i + 1)
        we = dd.weekday() >= 5
        vals = [rng.randint(8, 26) if not we else rng.randint(3, 10),
                rng.randint(12, 34) + (30 if we else 0),
                rng.randint(18, 45) + (35 if we else 0),
                rng.randint(24, 56) + (20 if we else 0),
                rng.randint(45, 96) - (25 if we else 0)]
        put(ck, 4 + i, 1, [dd] + vals + [sum(vals)])
    ck["I3"] = "Slot capacity"
    ck["J3"] = 90

    rt = wb.create_sheet("Routes")
    setters = ["Mo", "Jess", "Tariq", "Lou", "Ana"]
    rt["A1"] = "Boulder problems"
    rt["A1"].font = BOLD
    header(rt, 2, 1, ["Problem", "Wall", "Grade", "Setter", "Set on", "Strip by", "Ascents", "Stars"])
    walls = ["Cave", "Slab", "Arete", "Comp wall", "Kids corner"]
    for i in range(22):
        so = pick_offset(rng, -60, -1, set())
        g = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6, 7])
        put(rt, 3 + i, 1, [f"B-{i + 1:02d}", rng.choice(walls), f"V{g}", rng.choice(setters), day(so),
                           day(so + rng.choice([35, 49, 56])), rng.randint(2, 150) // (1 + g // 3),
                           rng.choice([1, 2, 2, 3, 3, 4])])
    rt["A27"] = "Rope routes"
    rt["A27"].font = BOLD
    header(rt, 28, 1, ["Route", "Line", "Grade", "Setter", "Set on", "Strip by", "Ascents", "Stars"])
    fgrades = ["5", "5+", "6a", "6a+", "6b", "6b+", "6c", "7a", "7a+"]
    for i in range(16):
        so = pick_offset(rng, -90, -1, set())
        put(rt, 29 + i, 1, [f"R-{i + 1:02d}", f"Line {rng.randint(1, 12)}", rng.choice(fgrades),
                            rng.choice(setters), day(so), day(so + rng.choice([60, 90])),
                            rng.randint(2, 70), rng.choice([1, 2, 3, 3, 4])])
    quirks_climbing(ws, ck, rt)
    widths(ws, "A B C D E F G H I J K L M N",
           [8, 13, 9, 11, 11, 11, 9, 9, 7, 11, 11, 9, 11, 24])
    widths(ck, "A B C D E F G H I J", [11, 5, 5, 6, 6, 6, 6, 3, 13, 5])
    widths(rt, "A B C D E F G H", [16, 11, 6, 7, 11, 11, 8, 6])
    wb.save(HERE / "climbing_gym.xlsx")


def quirks_climbing(ws, ck, rt) -> None:
    ws["A30"] = "CX1214"                         # duplicate member ID (row 19)
    ws["N41"] = ws["N42"].value                  # two members sharing one email
    ws["N12"] = ws["N27"] = None                 # no email
    ws["M20"] = "23/04/1999"                     # DOB typed as text
    ws["I13"] = "45"                             # fee stored as text
    ws["B23"] = "Rosa Reid "                     # trailing space
    ws["C36"] = "monthly"                        # odd case
    ws["L36"] = "None"
    ws["G10"], ws["H10"] = 9, 14                 # off-peak member climbing a lot
    setd(ws, "D44", day(-25))                    # joined in November: no October figure
    setd(ws, "K44", day(-24))
    setd(ws, "E44", day(5))
    setd(ws, "J44", day(5))
    ws["G44"] = None
    ws["H44"] = 5
    setd(ws, "D11", day(-93))                    # (keeps joined dates off the 90-day edge)
    setd(ws, "K11", day(-93))
    setd(ws, "E33", day(16))
    ws["K40"] = None                             # climbing, never inducted
    rt["G24"] = 64
    ck["F14"], ck["G14"] = 76, 207               # evening exactly 30 above the afternoon
    ck["F22"], ck["G22"] = 90, 216               # evening exactly at the slot capacity


# ------------------------------------------------------------------ law_firm_billing
def law_firm() -> None:
    rng = random.Random(1806)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matters"
    title(ws, "A1", "Pembury Lane Solicitors - matter billing")
    ws["A2"] = "WIP = unbilled time at standard rates; estimate given to the client at the start"
    header(ws, 4, 2, ["Matter", "Client", "Type", "Fee earner", "Opened", "Estimate", "WIP",
                      "Billed", "Paid", "Last billed", "Hrs", "Rate", "Status", "Notes"])  # B4:O42
    ws["Q4"] = "Chase after (days)"
    ws["R4"] = 45
    ws["Q5"] = "Estimate warning"
    ws["R5"] = 0.8
    ws["R5"].number_format = "0%"
    clients = ["Harwood Ltd", "Mrs E. Saunders", "Kestrel Homes", "D. & L. Fenn", "Orbis Tech",
               "Mr R. Chaudhry", "Bay Tree Nurseries", "Estate of J. Pike", "Greyfriars Trust",
               "Ms O. Adebayo", "Northgate Motors", "T. Lindqvist", "Marlow & Daughters"]
    types = [("Conveyancing", 1800), ("Probate", 4500), ("Employment", 6000), ("Lease", 3000),
             ("Litigation", 15000), ("Family", 7500), ("Wills", 650), ("Company", 5000)]
    earners = [("AJP", 320), ("RKM", 260), ("SLT", 210), ("HB (trainee)", 140), ("NO", 260)]
    notes = [None, None, None, "fixed fee", "legal aid", "client disputes bill", "on hold", None,
             "awaiting probate grant", None]
    for i in range(38):
        r = 5 + i
        typ, est0 = rng.choice(types)
        fe, rate = rng.choice(earners)
        est = round(est0 * rng.choice([0.8, 1.0, 1.0, 1.25, 1.6]), -1)
        opened = pick_offset(rng, -400, -6, set())
        status = rng.choice(["Open", "Open", "Open", "Open", "Completed", "On hold"])
        hrs = round(rng.uniform(1.5, 60) * est0 / 6000 + 0.5, 1)
        billed_share = rng.choice([0, 0, 0.3, 0.5, 0.7, 0.9, 1.0])
        total = round(hrs * rate, -1)
        billed = round(total * billed_share, -1) if billed_share else None
        wip = round(total - (billed or 0), -1)
        if status == "Completed":
            billed, wip = total, 0
        paid = None
        last = None
        if billed:
            paid = round(billed * rng.choice([0, 0.5, 0.8, 1.0, 1.0, 1.0]), -1) or None
            last = pick_offset(rng, max(opened + 5, -200), -2, {-45, -44, -46})
        put(ws, r, 2, [f"PL/{2401 + i}", rng.choice(clients), typ, fe, day(opened), est, wip, billed, paid,
                       day(last) if last is not None else None, hrs, rate, status, rng.choice(notes)],
            {5: "#,##0", 6: "#,##0", 7: "#,##0", 8: "#,##0", 10: "0.0"})

    iv = wb.create_sheet("Invoices")
    title(iv, "A1", "Invoice register", 12)
    header(iv, 2, 1, ["Inv #", "Matter", "Issued", "Due", "Net", "VAT", "Gross", "Paid on", "Method"])
    for i in range(36):
        r = 3 + i
        issued = pick_offset(rng, -150, -1, set())
        terms = rng.choice([14, 30, 30, 30])
        net = round(rng.choice([250, 480, 650, 900, 1250, 1800, 2400, 3600, 5200]) * rng.uniform(0.85, 1.15), -1)
        paid = issued + rng.choice([3, 9, 15, 22, 29, 36, 48, 70]) if rng.random() < 0.7 else None
        if paid is not None and paid > -1:
            paid = None
        put(iv, r, 1, [f"INV-{8801 + i}", f"PL/{2401 + rng.randrange(38)}", day(issued), day(issued + terms),
                       net, round(net * 0.2, 2), round(net * 1.2, 2), day(paid) if paid is not None else None,
                       rng.choice(["BACS", "BACS", "Card", "Cheque"]) if paid is not None else None],
            {4: "#,##0.00", 5: "#,##0.00", 6: "#,##0.00"})

    tm = wb.create_sheet("Time")
    people = ["AJP", "RKM", "SLT", "HB (trainee)", "NO", "Paralegal - JW", "Paralegal - CD"]
    target = {"AJP": 6, "RKM": 6.5, "SLT": 6.5, "HB (trainee)": 5, "NO": 6.5, "Paralegal - JW": 5.5,
              "Paralegal - CD": 5.5}
    for top, label in ((1, "Chargeable hours - w/e 27 Nov"), (12, "Chargeable hours - w/e 20 Nov")):
        tm.cell(top, 1, label).font = BOLD
        header(tm, top + 1, 1, ["Fee earner", "Mon", "Tue", "Wed", "Thu", "Fri", "Daily target"])
        for i, p in enumerate(people):
            vals = [round(rng.choice([2.5, 3.8, 4.6, 5.2, 5.9, 6.4, 7.1, 7.8, 8.5]), 1) for _ in range(5)]
            put(tm, top + 2 + i, 1, [p] + vals + [target[p]])
    quirks_law(ws, iv, tm)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 18, 13, 12, 11, 9, 9, 9, 9, 11, 6, 6, 11, 22, 3, 18, 6])
    widths(iv, "A B C D E F G H I", [10, 9, 11, 11, 9, 9, 10, 11, 8])
    widths(tm, "A", [16])
    wb.save(HERE / "law_firm_billing.xlsx")


def quirks_law(ws, iv, tm) -> None:
    ws["J34"] = "1300"                           # paid stored as text
    ws["C29"] = "Fairlight Dental "              # trailing space (one-off client)
    ws["N22"] = "open"                           # odd case
    iv["A30"] = "INV-8811"                       # duplicate invoice no. (row 13)
    iv["H27"] = "28/11/2026"                     # paid-on typed as text (due 29 Nov)
    setd(iv, "C15", day(-62))
    setd(iv, "D15", day(-32))
    for ref, net in (("23", 2310), ("29", 2480)):
        iv["E" + ref], iv["F" + ref], iv["G" + ref] = net, round(net * 0.2, 2), round(net * 1.2, 2)
    tm["F15"] = 2.5                              # short weeks
    tm["E20"] = 2.5


if __name__ == "__main__":
    for f in (farm_shop, beer_festival, school_bus, orchids, climbing, law_firm):
        f()
    print("built 6 workbooks in", HERE)
