"""Synthetic NL → CF-rule pairs: realistic tables, canonical rules and paraphrased requests.

Pretraining data for the CodeFusion CF model (RESEARCH.md, "Specific to CF rules"). Tables come
from twelve everyday spreadsheet domains, with typed columns, varied headers and a few blanks and
error values. Rules cover every node and op of grammar/cf_rule.lark and point at a column of the
right type (`c[i]`); requests come from paraphrase templates that copy the rule's literals. About
a quarter mimic the benchmark's train split: an `Index`/`Value` table whose rule names no column
and applies to the selection. Every rule is printed canonically (`format_rule`) and run with the
executor; rules that format some but not all of their cells are preferred.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal, cast

from cf_excel.rules import ast
from cf_excel.rules.executor import applied_columns, highlighted_cells, is_blank
from cf_excel.rules.printer import format_number, format_rule
from cf_excel.sheets.table import CellValue, ExcelError, Table
from cf_excel.sheets.values import numeric, table_from_grid


@dataclass(frozen=True)
class SyntheticExample:
    utterance: str
    grid: list[list[object]]  # header row + data rows, cells as a user types them
    code: str  # canonical rule text (format_rule)
    selection: tuple[int, ...] = ()  # columns a rule without c[i] applies to; () = all
    today: str = ""  # ISO date the table's dates were drawn around; date periods need it


Kind = Literal["number", "integer", "currency", "percent", "category", "name", "id", "date", "bool"]
NUMERIC: tuple[Kind, ...] = ("number", "integer", "currency", "percent")
TEXTUAL: tuple[Kind, ...] = ("category", "name", "id")
ANY: tuple[Kind, ...] = (*NUMERIC, *TEXTUAL, "date")


@dataclass(frozen=True)
class Spec:
    """A column: header variants, kind, and its range "lo hi [decimals]", choices, pool, id
    pattern (`#` digits) or date offsets in days from today."""

    headers: tuple[str, ...]
    kind: Kind
    arg: str


def parse_table(text: str) -> dict[str, tuple[str, ...]]:
    """`key: a | b | c` lines (an indented line continues the one above) → {key: (a, b, c)}."""
    lines = re.sub(r"\n[ \t]+", " ", text.strip()).splitlines()
    pairs = (line.partition(": ") for line in lines)
    return {key.strip(): tuple(v.strip() for v in body.split("|")) for key, _, body in pairs}


# ---- Vocabularies (general spreadsheet knowledge; one domain per line group) ----
NAMES = parse_table("""
first: Olivia | Liam | Emma | Noah | Ava | Mason | Sophia | Lucas | Mia | Ethan | Isla | Oscar
  | Chloe | Leo | Grace | Jack | Zoe | Ryan | Hannah | Omar | Priya | Diego | Mei | Kofi | Anya
last: Smith | Johnson | Patel | Garcia | Brown | Nguyen | Wilson | Kowalski | Murphy | Rossi
  | Okafor | Tanaka | Schmidt | Lopez | Clarke | Evans | Khan | O'Neill | Silva | Moreau | Walsh
street: Oak Street | Maple Avenue | High Street | Park Road | Elm Drive | Station Road | Cedar Lane
mail: example.com | mail.com | company.org | outlook.com
small: zero | one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve
  | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | nineteen | twenty
""")
DOMAIN_TABLE = """
sales
  Order ID|Order No|order_id ; id ; SO-####
  Order Date|Sale Date|order_date ; date ; -70 10
  Salesperson|Account Manager|Rep Name ; name ; person
  Region|Territory ; category ; North/South/East/West/Central/North East/South West
  Product|Item|Product Name ; category ; Laptop/Monitor/Desk Chair/Keyboard/Wireless Mouse/
    Headset/Webcam/Laser Printer/Router/Tablet/Docking Station/USB-C Hub/Projector
  Units|Qty|Units Sold ; integer ; 1 250
  Unit Price|Selling Price ; currency ; 5 900
  Revenue|Amount|Total ($)|Net Sales ; currency ; 200 25000
  Discount|Margin % ; percent ; 0 45
payroll
  Employee ID|Emp No|Badge ; id ; EMP####
  Employee|Full Name|Employee Name ; name ; person
  Department|Dept ; category ; Finance/Marketing/Engineering/Sales/HR/Operations/Support/Legal
  Hire Date|Start Date|Joined ; date ; -900 30
  Salary|Annual Salary|Base Pay ; currency ; 28000 140000
  Hours Worked|Weekly Hours|hrs ; number ; 10 60 1
  Overtime|OT Hours ; integer ; 0 20
  Bonus|Bonus ($) ; currency ; 0 8000
  Full Time|Remote ; bool ;
grades
  Student ID|Student No ; id ; S#####
  Student|Student Name|Pupil ; name ; person
  Class|Form|Section ; category ; 7A/7B/8A/8B/9C/10A
  Math|Maths|Mathematics ; integer ; 20 100
  Science|Biology ; integer ; 15 100
  Average|Mean Score ; number ; 30 98 1
  Attendance|Attendance % ; percent ; 60 100
  Result|Outcome ; category ; Pass/Fail/Merit/Distinction/Retake
  Exam Date|Test Date ; date ; -40 30
inventory
  SKU|Item Code|Part Number ; id ; SKU-####
  Description|Item Name ; category ; Claw Hammer/Drill Bit Set/Wood Screws/Paint Roller/Garden
    Hose/Extension Cord/PVC Pipe/Light Switch/Step Ladder/Tape Measure/Wire Cutters
  Supplier|Vendor ; category ; Acme Corp/Globex Ltd/Initech/Umbrella Inc/Stark Supplies/Northwind
    Traders/Contoso Ltd/Fabrikam Inc/Blue Sky LLC/Redwood Co
  In Stock|Qty on Hand|On Hand ; integer ; 0 500
  Reorder Level|Min Stock ; integer ; 10 120
  Unit Cost|Cost ($) ; currency ; 1 300
  Last Restocked|Restock Date ; date ; -60 5
  Warehouse|Location|Bin ; category ; A1/A2/B1/B3/C2/Main/Overflow
  Discontinued|Active ; bool ;
tasks
  Task|Task Name|Deliverable ; category ; Design mockups/Write spec/Code review/Set up CI/Client
    demo/User testing/Fix login bug/Update docs/Data migration/Security audit/Release notes
  Owner|Assigned To|Assignee ; name ; first
  Status|State ; category ; Not Started/In Progress/Complete/Blocked/On Hold/Done
  Priority|Urgency ; category ; High/Medium/Low/Critical
  Due Date|due_date|Deadline|Finish ; date ; -20 45
  % Complete|Progress|Completion ; percent ; 0 100
  Estimated Hours|Est. Hours|Estimate ; integer ; 2 80
  Actual Hours|Hours Logged ; integer ; 1 90
  Budget|Budget ($) ; currency ; 500 50000
invoices
  Invoice #|Invoice No|invoice_id ; id ; INV-####
  Customer|Client|Bill To ; category ; Acme Corp/Globex Ltd/Initech/Umbrella Inc/Wayne Holdings/
    Contoso Ltd/Fabrikam Inc/Summit Partners/Redwood Co
  Invoice Date|Issued ; date ; -90 0
  Payment Due|Due|Due On ; date ; -30 45
  Amount|Total|Amount Due|Invoice Total ; currency ; 80 15000
  Balance|Outstanding ; currency ; 0 9000
  Payment Status|Status ; category ; Paid/Unpaid/Overdue/Partial/Draft/Sent
  Days Overdue|Days Late|Age (days) ; integer ; 0 120
  VAT|Tax Rate ; percent ; 0 25
weather
  Date|Observation Date|Day ; date ; -40 0
  City|Station ; category ; Boston/Denver/Seattle/Austin/Chicago/Toronto/London/Dublin/Sydney
  Max Temp|High (°C)|Temp High ; number ; -5 38 1
  Min Temp|Low (°C)|Temp Low ; number ; -15 22 1
  Rainfall (mm)|Rain|Precipitation ; number ; 0 60 1
  Humidity|RH % ; percent ; 20 100
  Wind Speed|Wind (km/h)|Gust ; integer ; 0 90
  Conditions|Sky|Weather ; category ; Sunny/Cloudy/Rain/Showers/Snow/Fog/Partly Cloudy
  UV Index|UV ; integer ; 0 11
sports
  Player|Athlete ; name ; person
  Team|Club|Squad ; category ; Riverside Rovers/Eastfield United/Harbor City/Northside Eagles/
    Valley Lions/Bay Hawks/Hilltop Rangers/Westbrook Wolves
  Position|Pos ; category ; Forward/Midfielder/Defender/Goalkeeper/Guard/Center
  Games Played|Apps|GP ; integer ; 0 38
  Goals|Points|Pts ; integer ; 0 30
  Minutes|Mins Played ; integer ; 0 3400
  Win %|Win Rate ; percent ; 10 90
  Match Date|Game Date|Fixture ; date ; -30 20
  Rating|Avg Rating ; number ; 5 9.5 1
web
  Page|URL|Landing Page|page_path ; category ; /home/pricing/blog/how-to-start/contact/about-us/
    products/shoes/checkout/cart/signup/faq/careers
  Source|Traffic Source ; category ; Organic Search/Direct/Referral/Email/Paid Search/Social
  Date|Day|date ; date ; -35 0
  Sessions|Visits ; integer ; 50 20000
  Pageviews|Views|page_views ; integer ; 100 60000
  Bounce Rate|Bounce %|bounce_rate ; percent ; 15 90
  Conversions|Signups ; integer ; 0 400
  Conv. Rate|Conversion Rate|CVR ; percent ; 0 12 1
  ROI|Return ; percent ; -50 300
logistics
  Shipment ID|Tracking No|Consignment ; id ; TRK#######
  Carrier|Courier ; category ; DHL/FedEx/UPS/USPS/Royal Mail/DPD
  Destination|Ship To ; category ; Boston/Denver/Leeds/Phoenix/Madrid/Berlin/Auckland/Portland
  Ship Date|Dispatched|Pickup Date ; date ; -25 3
  Delivery Date|ETA|Expected Delivery ; date ; -15 20
  Weight (kg)|Weight|kg ; number ; 0.2 900 1
  Freight Cost|Shipping Cost ; currency ; 8 2500
  Delivery Status|Status ; category ; In Transit/Delivered/Delayed/Returned/Pending
  Transit Days|Lead Time ; integer ; 1 21
realty
  Listing ID|MLS #|Property ID ; id ; MLS-#####
  Address|Street ; name ; street
  Property Type|Type ; category ; House/Condo/Townhouse/Apartment/Land/Duplex
  Bedrooms|Beds ; integer ; 1 6
  Sq Ft|Floor Area|sqft ; integer ; 450 5200
  List Price|Asking Price ; currency ; 95000 1900000
  Sale Price|Sold Price ; currency ; 90000 1950000
  Date Listed|List Date ; date ; -120 0
  Days on Market|DOM ; integer ; 1 240
survey
  Respondent|Response # ; id ; R###
  Submitted|Timestamp|Response Date ; date ; -20 0
  Age|Age (years) ; integer ; 18 80
  Country ; category ; USA/Canada/UK/Germany/France/India/Australia/Brazil
  Satisfaction|CSAT ; integer ; 1 5
  NPS|Likelihood to Recommend ; integer ; 0 10
  Feedback|Comments ; category ; Great service/Too slow/Very helpful staff/Price is too high/
    Would recommend/App keeps crashing/Easy to use/Delivery was late/OK
  Email|E-mail|email_address ; name ; email
  Completed|Finished ; bool ;
"""


def parse_domains(text: str) -> dict[str, list[Spec]]:
    domains: dict[str, list[Spec]] = {}
    for line in re.sub(r"\n {4,}", " ", re.sub(r"/\n\s+", "/", text.strip())).splitlines():
        if not line.startswith(" "):
            current = domains.setdefault(line.strip(), [])
            continue
        headers, kind, arg = (part.strip() for part in line.split(";"))
        current.append(Spec(tuple(headers.split("|")), cast(Kind, kind), arg))
    return domains


DOMAINS = parse_domains(DOMAIN_TABLE)
SPECS_BY_KIND = {k: [s for d in DOMAINS.values() for s in d if s.kind == k] for k in ANY}

# Request templates. Forms follow a singular subject: "is over {x}", "exceed(s) {x}" (see
# `inflect`); `.say` keys are whole requests. Slots: {V}/{v} verb, {t} target, {c} clause,
# {p} predicate, {s} column or range, {n} plural noun, {x}/{y}/{k}/{d} numbers, {q} quoted text,
# {color} optional colour suffix, {colour} a colour.
PHRASES = parse_table("""
verbs: highlight | highlight | highlight | color | colour | format | mark | shade | flag | show
  | emphasize | style | fill | bold | apply formatting to | select
targets: cells | rows | the cells | entries | records | the rows | values | items
colours: red | green | yellow | orange | light red | blue | light green | pink
clause: {V} {t} where {c} | {V} {t} if {c} | {V} {t} when {c} | {V} the {t} in which {c}
  | {V} {t} where {c}{color} | I want {t} where {c} highlighted | I want to {v} {t} where {c}
  | can you {v} {t} where {c}? | please {v} {t} where {c}{color} | {V} in {colour} {t} where {c}
  | if {c}, {v} the cell{color} | if {c} then make it {colour} | {t} where {c}
  | {t} where {c} should be {colour} | {V} whenever {c} | {V} {t} for which {c}
predicate: {V} {n} {p} | {V} {n} {p}{color} | {V} all {n} {p} | I want {n} {p} to be highlighted
  | I want to {v} {n} {p} | can you {v} {n} {p}? | {n} {p} | {V} any {n} {p} | {V} cells in {s} {p}
  | find {n} {p} and {v} them | {V} {n} {p} please
anonymous.subject: the value | the cell value | the cell | its value
anonymous.noun: values | cells | entries | cells in the selection | items
sheets: Sheet1 | Sheet 2 | Data | Summary | Report | Q3 | Master List | 2023
GreaterThan: is greater than {x} | is more than {x} | is over {x} | is above {x} | exceed(s) {x}
  | is higher than {x} | is bigger than {x} | is > {x} | go(es) over {x} | is larger than {x}
GreaterThanEqual: is at least {x} | is {x} or more | is greater than or equal to {x}
  | is no less than {x} | is >= {x} | is {x} or higher | reach(es) {x}
LessThan: is less than {x} | is under {x} | is below {x} | is lower than {x} | is smaller than {x}
  | is < {x} | fall(s) below {x} | drop(s) below {x}
LessThanEqual: is at most {x} | is no more than {x} | is {x} or less | is <= {x}
  | is less than or equal to {x} | does not exceed {x} | is {x} or lower
Equals: is {x} | is equal to {x} | equal(s) {x} | is exactly {x} | is = {x}
NotEquals: is not {x} | is not equal to {x} | is different from {x} | is anything but {x}
  | does not equal {x} | is <> {x}
between: is between {x} and {y} | is between {x} to {y} | is from {x} to {y}
  | is in the range {x}-{y} | fall(s) between {x} and {y} | lie(s) between {x} and {y}
  | is between {x} and {y} inclusive | is within {x} and {y}
length.GreaterThan: is longer than {x} characters | has more than {x} characters
  | is over {x} characters long | has a length greater than {x}
length.GreaterThanEqual: has at least {x} characters | is {x} or more characters long
length.LessThan: is shorter than {x} characters | has fewer than {x} characters
  | has a length less than {x} | is under {x} characters
length.LessThanEqual: has at most {x} characters | is no longer than {x} characters
length.Equals: is exactly {x} characters long | has exactly {x} characters | has a length of {x}
TextEquals: is {q} | is equal to {q} | equal(s) {q} | say(s) {q} | is exactly {q} | is set to {q}
  | read(s) {q} | is marked {q}
TextContains: contain(s) {q} | include(s) {q} | has the word {q} | has {q} in it | mention(s) {q}
  | contain(s) the text {q}
TextStartsWith: start(s) with {q} | begin(s) with {q} | has {q} at the start | open(s) with {q}
TextEndsWith: end(s) with {q} | finish(es) with {q} | has {q} at the end | end(s) in {q}
TextEquals.say: {V} {q} in {s} | {V} all {q} entries in {s} | {V} every {q} in {s}{color}
  | {V} {s} = {q} | {V} cells equal to {q}
TextContains.say: {V} {n} containing {q} | {V} {n} with {q} in them | find {q} in {s} and {v} it
  | {V} cells that have {q} in {s}
TextStartsWith.say: {V} {n} starting with {q} | {V} {n} beginning with {q}
  | {V} {n} that begin with {q}{color}
TextEndsWith.say: {V} {n} ending in {q} | {V} {n} ending with {q}{color}
Top.say: {V} the top {k} {n} | {V} the {k} highest {n} | {V} the {k} largest {n}
  | show the best {k} {n} | {V} top {k} values in {s} | top {k} {n}
  | which are the {k} biggest {n}? {V} them
Bottom.say: {V} the bottom {k} {n} | {V} the {k} lowest {n} | {V} the {k} smallest {n}
  | {V} the worst {k} {n} | bottom {k} values in {s} | {V} the lowest {k} {n}
Top1.say: {V} the highest value in {s} | {V} the largest value in {s} | {V} the max in {s}
  | {V} the top value of {s}{color} | which {s} is the highest? {V} it
Bottom1.say: {V} the lowest value in {s} | {V} the smallest value in {s} | {V} the min in {s}
  | {V} the bottom value of {s}{color}
TopPercent.say: {V} the top {k} of {n} | {V} the best {k} of {s} | {V} {n} in the top {k}
  | {V} the highest {k} of {n}
BottomPercent.say: {V} the bottom {k} of {n} | {V} the worst {k} of {s}
  | {V} {n} in the bottom {k} | {V} the lowest {k} of {n}
AboveAverage: is above average | is above the average | is higher than the average
  | is greater than the mean | is more than the average | beat(s) the average
BelowAverage: is below average | is below the average | is lower than the average
  | is less than the mean | is under the average | is smaller than average
AboveAverage.say: {V} above-average {n} | {V} {n} above the average | {V} above average in {s}
BelowAverage.say: {V} below-average {n} | {V} {n} below the average | {V} below average in {s}
Duplicates: is a duplicate | is duplicated | appear(s) more than once | is repeated
  | occur(s) more than once | has a duplicate
Unique: is unique | appear(s) only once | occur(s) once | is one of a kind
Blanks: is blank | is empty | is missing | has no value | is left empty
NoBlanks: is not blank | is not empty | is filled in | has a value | is non-empty
Errors: is an error | has an error | show(s) an error | contain(s) an error value
NoErrors: is not an error | has no error | is error-free | is a valid value
Duplicates.say: {V} duplicate {n} | {V} duplicates in {s} | find duplicate values in {s}
  | {V} repeated {n} | {V} duplicate values in {s}{color} | duplicates in {s}
Unique.say: {V} unique {n} | {V} unique values in {s} | {V} values that appear once in {s}
  | {V} distinct {n}
Blanks.say: {V} blank cells in {s} | {V} empty cells in {s} | {V} missing {n}
  | find the blanks in {s} | {V} blanks in {s}{color}
NoBlanks.say: {V} non-blank cells in {s} | {V} cells in {s} that are not empty | {V} filled-in {n}
Errors.say: {V} errors in {s} | {V} error values in {s} | {V} cells with #N/A in {s}
  | find errors in {s} | {V} #DIV/0! and other errors in {s}
NoErrors.say: {V} cells without errors in {s} | {V} error-free {n} | {V} {n} that are not errors
Yesterday: yesterday
Today: today
Tomorrow: tomorrow
Last7Days: in the last 7 days | within the past 7 days | in the last seven days
  | within the last 7 days | in the past week
LastWeek: last week | in the previous week | during last week
ThisWeek: this week | in the current week | during this week
NextWeek: next week | in the coming week | during next week
LastMonth: last month | in the previous month | during last month
ThisMonth: this month | in the current month | during this month
NextMonth: next month | in the coming month | during next month
date: is {p} | fall(s) {p} | is dated {p} | is {p}
date.say: {V} dates {p} in {s} | {V} {n} {p} | {V} rows with {s} {p}
ColorScale.say: {V} {s} with a color scale | apply a colour scale to {s}
  | add a 3-color scale to {s} | use a green-yellow-red color scale on {s}
  | make a heat map of {n} | shade {n} from low to high | color scale {s}
  | apply a gradient fill to {s} | apply a two-color scale to {s}
DataBar.say: add data bars to {s} | show {n} as data bars | apply data bar formatting to {s}
  | put in-cell bars in {s} | visualize {s} with bars | {V} {s} using data bars
IconSet.say: add an icon set to {s} | apply traffic light icons to {s} | show arrows next to {n}
  | use a 3-arrow icon set for {s} | apply icon sets on {s} | add icons to {s} based on value
even_rows: {V} every other row | {V} alternate rows{color} | add zebra stripes to the table
  | {V} even rows | band every second row | {V} the even-numbered rows
odd_rows: {V} odd rows | {V} the odd-numbered rows{color} | {V} every odd row
next_row: {V} rows where {s} is the same as in the next row | {V} consecutive repeats in {s}
  | {V} a row if its {s} matches the row below
repeated_rows: {V} entire rows whose {s} appears more than once
  | use COUNTIF to {v} repeated {s} | {V} the whole row when {s} is a duplicate{color}
row_equals: {V} the entire row where {s} is {q} | {V} the whole row if {s} says {q}{color}
  | {V} complete rows with {q} in {s}
older: {V} rows where {s} is more than {d} days ago | {V} entries older than {d} days by {s}
  | flag rows whose {s} is over {d} days old
losses: {V} rows where {s} shows a loss of more than {x} | {V} rows where {s} is below minus {x}
  | {V} {n} under -{x}
row_and: {V} the entire row when {s} is over {x} and {u} is {q}
  | {V} whole rows with {s} above {x} and {u} equal to {q}
""")
COLOR_SUFFIXES = ("", "", "", "", " in {colour}", " with a {colour} fill", " {colour}", " in bold")


# ---- Tables ----
@dataclass(frozen=True)
class Sheet:
    grid: list[list[object]]
    kinds: tuple[Kind, ...]
    table: Table
    today: dt.date
    anonymous: bool  # train style: rules name no column and apply to the selection


def column_cells(rng: random.Random, spec: Spec, n: int, today: dt.date) -> list[object]:
    """n cells of one column, written as a user would type them."""
    if spec.kind in NUMERIC:
        return number_cells(rng, spec.kind, spec.arg, n)
    if spec.kind == "date":
        lo, hi = (int(x) for x in spec.arg.split())
        offsets = [
            rng.randint(-8, 8) if rng.random() < 0.35 else rng.randint(lo, hi) for _ in range(n)
        ]
        days = [today + dt.timedelta(days=d) for d in offsets]
        if rng.random() < 0.4 and any(d.day > 12 for d in days):  # day-first reads unambiguously
            return [f"{d.day}/{d.month}/{d.year}" for d in days]
        return [d.isoformat() for d in days]
    if spec.kind == "id":
        width = spec.arg.count("#")
        prefix, suffix = spec.arg.split("#" * width)
        first, step = rng.randint(1, 10**width // 2), rng.randint(1, 3)
        ids: list[object] = [f"{prefix}{first + j * step:0{width}d}{suffix}" for j in range(n)]
        if rng.random() < 0.25:  # a data-entry duplicate
            ids[rng.randrange(n)] = ids[rng.randrange(n)]
        return ids
    if spec.kind == "bool":
        yes, no = rng.choice(((True, False), ("Yes", "No"), ("Y", "N")))
        return [yes if rng.random() < 0.6 else no for _ in range(n)]
    if spec.kind == "category":
        choices = spec.arg.split("/")
        subset = rng.sample(choices, rng.randint(2, len(choices)))  # fewer values, more repeats
        return [rng.choice(subset) for _ in range(n)]
    return [person(rng, spec.arg) for _ in range(n)]


def number_cells(rng: random.Random, kind: Kind, arg: str, n: int) -> list[object]:
    lo, hi, *rest = (float(x) for x in arg.split())
    decimals, style, skew = int(rest[0]) if rest else 0, rng.random(), rng.choice((1.0, 1.6))
    cells: list[object] = []
    for _ in range(n):
        value = lo + (hi - lo) * rng.random() ** skew
        if kind == "percent":
            cells.append(f"{value:.{decimals}f}%")
        elif kind == "currency" and style < 0.6:
            cells.append(f"${value:,.2f}" if style < 0.3 else f"${value:,.0f}")
        else:
            cells.append(round(value, 2 if kind == "currency" else decimals or None))
    return cells


def person(rng: random.Random, pool: str) -> str:
    first, last = rng.choice(NAMES["first"]), rng.choice(NAMES["last"])
    if pool == "first":
        return first
    if pool == "email":
        return f"{first}.{last.replace(chr(39), '')}@{rng.choice(NAMES['mail'])}".lower()
    if pool == "street":
        return f"{rng.randint(1, 999)} {rng.choice(NAMES['street'])}"
    return f"{last}, {first}" if rng.random() < 0.15 else f"{first} {last}"


def damage(
    rng: random.Random, cells: list[object], kind: Kind, blanks: float, errors: float
) -> None:
    """Blank a few cells, and put an error value in a numeric column now and then."""
    if rng.random() < blanks:
        for _ in range(rng.randint(1, max(1, len(cells) // 6))):
            cells[rng.randrange(len(cells))] = rng.choice((None, ""))
    if kind in NUMERIC and rng.random() < errors:
        cells[rng.randrange(len(cells))] = rng.choice(
            ("#N/A", "#N/A", "#DIV/0!", "#VALUE!", "#REF!")
        )


def header_text(rng: random.Random, spec: Spec) -> str:
    title, style = rng.choice(spec.headers), rng.random()
    if style < 0.07:
        return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") or title
    return title.upper() if style < 0.11 else title


def new_sheet(rng: random.Random, today: dt.date, rule_kind: str, anonymous: bool) -> Sheet:
    """A domain table, or an Index/Value table of the train split's shape when `anonymous`."""
    rates = (0.5 if rule_kind in ("blanks", "not") else 0.1, 0.8 if rule_kind == "errors" else 0.05)
    n = rng.randint(5, 30)
    if anonymous:
        specs, columns = index_value_columns(
            rng, n, today, ANONYMOUS_VALUES.get(rule_kind, NUMERIC)
        )
        header = ["Index", "Value", *(s.headers[0] for s in specs[2:])]
    else:
        domain = DOMAINS[rng.choice(sorted(DOMAINS))]
        chosen = set(rng.sample(range(len(domain)), rng.randint(2, len(domain))))
        needed = {k for k, spec in enumerate(domain) if spec.kind in NEEDS.get(rule_kind, ANY)}
        if needed and not chosen & needed:  # a column the rule kind can use
            chosen.add(rng.choice(sorted(needed)))
        if rule_kind == "compare_columns":  # pairs such as Budget/Actual, Max/Min
            chosen = set(range(len(domain)))
        specs = [domain[k] for k in sorted(chosen)]
        columns = [column_cells(rng, spec, n, today) for spec in specs]
        header = [header_text(rng, spec) for spec in specs]
    for spec, cells in list(zip(specs, columns, strict=True))[int(anonymous) :]:
        damage(rng, cells, spec.kind, *rates)
    grid: list[list[object]] = [list(header), *(list(row) for row in zip(*columns, strict=True))]
    table = table_from_grid(grid, selection=range(1, len(header)) if anonymous else ())
    return Sheet(grid, tuple(spec.kind for spec in specs), table, today, anonymous)


def index_value_columns(
    rng: random.Random, n: int, today: dt.date, kinds: tuple[Kind, ...]
) -> tuple[list[Spec], list[list[object]]]:
    """Index (with gaps now and then), Value of one of `kinds`, and sometimes a Score column."""
    spec = rng.choice(SPECS_BY_KIND[rng.choice(kinds)])
    index: list[object] = [
        *(sorted(rng.sample(range(n + n // 3), n)) if rng.random() < 0.3 else range(n))
    ]
    values = column_cells(rng, spec, n, today)
    if rng.random() < 0.5:  # the benchmark stores numbers as text
        values = [str(v) if isinstance(v, int | float) else v for v in values]
    specs, columns = [Spec(("Index",), "integer", ""), spec], [index, values]
    if rng.random() < 0.5:
        specs.append(Spec((rng.choice(("Score", "Point", "Count", "ID")),), "integer", ""))
        columns.append([rng.randint(0, 100) for _ in range(n)])
    return specs, columns


def pick(rng: random.Random, sheet: Sheet, kinds: tuple[Kind, ...]) -> int | None:
    """A random column of one of `kinds` (only the Value column on an anonymous sheet)."""
    candidates = [1] if sheet.anonymous else range(len(sheet.kinds))
    found = [i for i in candidates if sheet.kinds[i] in kinds]
    return rng.choice(found) if found else None


def numbers(sheet: Sheet, i: int | None, dates: bool = False) -> list[float]:
    """The column's numbers (or its dates, as serials)."""
    values = sheet.table.column_values(i) if i is not None else []
    return [n for v in values if isinstance(v, dt.date) == dates and (n := numeric(v)) is not None]


def texts(sheet: Sheet, i: int | None) -> list[str]:
    """The shown text of the column's text cells."""
    if i is None:
        return []
    rows = zip(sheet.table.column_values(i), sheet.table.texts, strict=True)
    return [shown[i] for value, shown in rows if isinstance(value, str) and shown[i].strip()]


def column(sheet: Sheet, i: int) -> ast.Column | None:
    return None if sheet.anonymous else ast.Column(i)


def letter(i: int) -> str:
    return chr(ord("A") + i)


# ---- Phrasing ----
def fill(template: str, **slots: str) -> str:
    for key, value in slots.items():
        template = template.replace("{" + key + "}", value)
    return template


def phrases(key: str, **slots: str) -> tuple[str, ...]:
    return tuple(fill(t, **slots) for t in PHRASES[key])


def column_phrase(rng: random.Random, sheet: Sheet, i: int, place: bool = False) -> str:
    """How a request names column i: "Selling Price", "price", "column C", "the Deadline column".

    On an anonymous sheet a clause says "the value", and a place is a range or the selection.
    """
    if sheet.anonymous:
        end = len(sheet.table.rows) + 1
        places = (f"range B2:B{end}", "the selected cells", "column B", "the values", f"B2:B{end}")
        extra = {"date": ("the date",), **dict.fromkeys(NUMERIC, ("the number",))}
        subjects = PHRASES["anonymous.subject"] + extra.get(sheet.kinds[1], ())
        return rng.choice(places if place else subjects)
    header = sheet.table.header[i]
    words = re.findall(r"[A-Za-z]+", re.sub(r"\(.*?\)", "", header))
    options = [header, header, header.lower(), f"the {header} column", f"column {letter(i)}"]
    options.append(" ".join(words).lower() if len(words) > 1 else f"the {header}")
    if len(words) == 2 and len(words[1]) > 3:  # "price" for "Selling Price"
        options.append(words[1].lower())
    return rng.choice(options)


def noun_phrase(rng: random.Random, sheet: Sheet, i: int) -> str:
    """A plural noun for the column's cells: "Revenue values", "prices", "cells in column D"."""
    if sheet.anonymous:
        extra = {"date": ("dates",), **dict.fromkeys(NUMERIC, ("numbers",))}
        return rng.choice(PHRASES["anonymous.noun"] + extra.get(sheet.kinds[1], ()))
    header = sheet.table.header[i]
    word = (re.findall(r"[A-Za-z]+", header) or ["value"])[-1].lower()
    plural = word if word.endswith("s") else word[:-1] + "ies" if word.endswith("y") else word + "s"
    return rng.choice(
        (
            f"{header} values",
            f"{header} cells",
            f"cells in {header}",
            plural,
            f"values in the {header} column",
            f"values in column {letter(i)}",
        )
    )


def inflect(form: str) -> tuple[str, str]:
    """A form after a singular subject → (clause, predicate after a plural noun).

    "is over 4k" → ("is over 4k", "over 4k"); "exceed(s) 4k" → ("exceeds 4k", "that exceed 4k").
    """
    if form.startswith("is "):
        return form, form[3:]
    clause = re.sub(r"\((e?s)\)", r"\1", form)
    if form.startswith("has "):
        return clause, "that have " + form[4:]
    return clause, "that " + re.sub(r"\(e?s\)", "", form).replace("does not", "do not")


def negate(form: str) -> str | None:
    """ "is blank" → "is not blank"; "contain(s) x" → "do(es) not contain x"; None if unsure."""
    head, _, rest = form.partition(" ")
    if " not " in f" {form} " or not rest:
        return None
    if head == "is":
        return f"is not {rest}"
    if head == "has":
        return f"do(es) not have {rest}"
    return f"do(es) not {head[: head.index('(')]} {rest}" if head.endswith("s)") else None


def say_number(rng: random.Random, value: float, kind: Kind) -> str:
    """4000 as "4000", "4,000", "4k", "$4,000" or "four thousand"; a 0.15 percent as "15%"."""
    if kind == "percent":
        return format_number(round(value * 100, 6)) + rng.choice(("%", "%", " percent", " %"))
    options = [format_number(value)]
    if value.is_integer() and abs(value) >= 1000:
        options += [f"{value:,.0f}"] + ([f"{value / 1000:g}k"] if value % 100 == 0 else [])
    if kind == "currency":
        options += ["$" + o for o in options]
    words = say_words(value)
    return words if words and rng.random() < 0.1 else rng.choice(options)


def say_words(value: float) -> str | None:
    n, small = int(value), NAMES["small"]
    if n != value or n < 0:
        return None
    if n <= 20:
        return small[n]
    for unit, word in ((1000, "thousand"), (100, "hundred")):
        if n % unit == 0 and n // unit <= 20:
            return f"{small[n // unit]} {word}"
    return None


def say_text(rng: random.Random, text: str) -> str:
    mark = rng.choice(('"', "", "") if "'" in text else ("'", '"', "", ""))
    return f"{mark}{text}{mark}"


def finish(rng: random.Random, sheet: Sheet, template: str, **slots: str) -> str:
    """Fill the verb, target and colour slots, add a train-style range now and then, tidy up."""
    verb, colour = rng.choice(PHRASES["verbs"]), rng.choice(PHRASES["colours"])
    targets = ("cells", "values", "the cells") if sheet.anonymous else PHRASES["targets"]
    suffix = rng.choice(COLOR_SUFFIXES).replace("{colour}", colour)
    text = fill(template, **slots, V=verb[0].upper() + verb[1:], v=verb, t=rng.choice(targets),
                color=suffix, colour=colour)  # fmt: skip
    if sheet.anonymous and ":" not in text and not text.endswith("?") and rng.random() < 0.3:
        col, top = rng.choice("BCDEFGH"), rng.randint(2, 9)
        cells = f"{col}{top}:{col}{top + len(sheet.table.rows) - 1}"
        sheet_name = rng.choice(PHRASES["sheets"])
        text += rng.choice((f" in range {cells}", f" for cells {cells}", f" on sheet {sheet_name}",
                            f" in {cells} on {sheet_name}"))  # fmt: skip
    text = re.sub(r" +", " ", text.replace("the the ", "the ")).strip()
    return text[0].upper() + text[1:] if rng.random() < 0.85 else text


# ---- Conditions ----
@dataclass(frozen=True)
class Leaf:
    """A condition with ways to say it: `forms` follow a singular subject, `sentences` are
    whole requests (see PHRASES)."""

    rule: ast.Rule
    column: int  # the column it reads (the Value column when the rule names none)
    forms: tuple[str, ...]
    sentences: tuple[str, ...] = ()
    said: str = ""  # the literal as the request says it


LeafMaker = Callable[[random.Random, Sheet], Leaf | None]
COMPARE_OPS: tuple[ast.CompareOp, ...] = (
    "GreaterThan", "LessThan", "GreaterThan", "LessThan", "GreaterThanEqual", "LessThanEqual",
    "Equals", "NotEquals",
)  # fmt: skip


def threshold(rng: random.Random, values: list[float], kind: Kind) -> float:
    """A round number from the middle of the column, as a person would pick it."""
    ordered = sorted(values)
    cut = len(ordered) // 5
    value = rng.choice(ordered[cut : len(ordered) - cut] or ordered)
    if kind == "percent":
        step = 5 if abs(value) >= 0.2 else 1
        return round(value * 100 / step) * step / 100
    if abs(value) < 10:
        return float(round(value, 1 if kind == "number" else 0))
    return float(round(value, rng.choice((0, 1)) - math.floor(math.log10(abs(value)))))


def compare_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or not (values := numbers(sheet, i)):
        return None
    kind = sheet.kinds[i]
    op = rng.choice(COMPARE_OPS if kind == "integer" else COMPARE_OPS[:6])
    value = rng.choice(values) if op in ("Equals", "NotEquals") else threshold(rng, values, kind)
    x = say_number(rng, value, kind)
    rule = ast.Comparison(op, ast.Number(value), column(sheet, i))
    return Leaf(rule, i, phrases(op, x=x), said=x)


def between_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or not (values := numbers(sheet, i)):
        return None
    kind = sheet.kinds[i]
    low, high = sorted((threshold(rng, values, kind), threshold(rng, values, kind)))
    if low == high:
        return None
    x, y = say_number(rng, low, kind), say_number(rng, high, kind)
    rule = ast.Between(ast.Number(low), ast.Number(high), column(sheet, i))
    return Leaf(rule, i, phrases("between", x=x, y=y))


def columns_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    """A column against another of the same kind and range in its row: `LessThan(c[2], c[1])`."""
    spreads = [sorted(numbers(sheet, i, kind == "date")) for i, kind in enumerate(sheet.kinds)]
    pairs = [
        (a, b)
        for a, b in itertools.permutations(range(len(sheet.kinds)), 2)
        if sheet.kinds[a] == sheet.kinds[b] in (*NUMERIC, "date")
        and overlap(spreads[a], spreads[b])
        and overlap(spreads[b], spreads[a])
    ]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    op = rng.choice(COMPARE_OPS[: 8 if sheet.kinds[a] == "integer" else 6])
    forms = phrases(op, x=column_phrase(rng, sheet, b))
    return Leaf(ast.Comparison(op, ast.Column(b), ast.Column(a)), a, forms)


def overlap(ordered: list[float], other: list[float]) -> bool:
    """The median of `other` lies within the range of `ordered` (sorted)."""
    return bool(ordered and other) and ordered[0] <= statistics.median(other) <= ordered[-1]


def length_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    """The length of a text column's cells: `GreaterThan(LEN(c[0]), 6)`."""
    i = pick(rng, sheet, TEXTUAL)
    if i is None or not (lengths := sorted(len(t) for t in texts(sheet, i))):
        return None
    size = float(rng.choice(lengths[len(lengths) // 4 : len(lengths) * 3 // 4 + 1]))
    op = rng.choice((*COMPARE_OPS[:6], "Equals"))
    forms = phrases("length." + op, x=rng.choice((f"{size:g}", say_words(size) or f"{size:g}")))
    return Leaf(ast.Comparison(op, ast.Number(size), ast.Length(ast.Column(i))), i, forms)


def text_literal(rng: random.Random, op: ast.TextOp, value: str) -> str:
    """The cell itself for equals; a word or a few characters of it for the other text ops."""
    words = value.split()
    if op == "TextEquals" or len(value) <= 3:
        return value
    if len(words) > 1 and rng.random() < 0.6:
        return {"TextStartsWith": words[0], "TextEndsWith": words[-1]}.get(op, rng.choice(words))
    size = rng.randint(2 if op == "TextEndsWith" else 1, min(4, len(value) - 1))
    start = {"TextStartsWith": 0, "TextEndsWith": len(value) - size}.get(
        op, rng.randrange(len(value) - 2)
    )
    return value[start : start + max(size, 3 if op == "TextContains" else 1)].strip() or value


def text_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, TEXTUAL)
    if i is None or not (values := texts(sheet, i)):
        return None
    op = rng.choice(TEXT_OPS)
    value = text_literal(rng, op, rng.choice(values))
    q = say_text(rng, value)
    rule: ast.Rule = ast.TextMatch(op, value, column(sheet, i))
    if op == "TextEquals" and rng.random() < 0.25:  # the comparison spelling of the same rule
        rule = ast.Comparison("Equals", ast.Text(value), column(sheet, i))
    return Leaf(rule, i, phrases(op, q=q), phrases(op + ".say", q=q), said=q)


TEXT_OPS: tuple[ast.TextOp, ...] = (
    "TextEquals", "TextEquals", "TextContains", "TextContains", "TextStartsWith", "TextEndsWith",
)  # fmt: skip
RANK_OPS: tuple[ast.RankOp, ...] = ("Top", "Top", "Bottom", "Bottom", "TopPercent", "BottomPercent")


def rank_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None or len(values := numbers(sheet, i)) < 4:
        return None
    op = rng.choice(RANK_OPS)
    percent, top = op.endswith("Percent"), op.startswith("Top")
    if percent:
        count = rng.choice((5, 10, 10, 20, 25, 50))
        k = rng.choice((f"{count}%", f"{count} percent"))
    else:
        count = rng.choice([k for k in (1, 2, 3, 3, 5, 5, 10) if k < len(values)])
        k = rng.choice((str(count), say_words(count) or str(count)))
    end = "top" if top else "bottom"
    forms: tuple[str, ...] = (f"is in the {end} {k}", f"rank(s) in the {end} {k}")
    if not percent and count > 1:
        forms += (f"is among the {k} {'highest' if top else 'lowest'}",)
    key = op if percent or count > 1 else op + "1"
    return Leaf(ast.Rank(op, float(count), column(sheet, i)), i, forms, phrases(key + ".say", k=k))


def average_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, NUMERIC)
    if i is None:
        return None
    op: ast.AverageOp = rng.choice(("AboveAverage", "BelowAverage"))
    return Leaf(ast.Average(op, column(sheet, i)), i, PHRASES[op], PHRASES[op + ".say"])


def preset_leaf(rng: random.Random, sheet: Sheet, ops: tuple[ast.PresetOp, ...]) -> Leaf | None:
    """Duplicates/Unique on any column; Blanks and Errors (and their negations) where some are."""
    op = rng.choice(ops)
    checks: dict[str, Callable[[list[CellValue]], bool]] = {
        "Blank": lambda values: any(map(is_blank, values)),
        "Error": lambda values: any(isinstance(v, ExcelError) for v in values),
        "Duplicate": lambda values: (
            {1} < set(Counter(str(v) for v in values if v is not None).values())
        ),
    }  # repeated and single values alike, so that neither rule formats every cell
    wanted = checks.get(op.removeprefix("No").rstrip("s"), checks["Duplicate"])
    candidates = [1] if sheet.anonymous else range(len(sheet.kinds))
    found = [i for i in candidates if wanted(sheet.table.column_values(i))]
    if not found:
        return None
    i = rng.choice(found)
    return Leaf(ast.Preset(op, column(sheet, i)), i, PHRASES[op], PHRASES[op + ".say"])


duplicates_leaf = partial(preset_leaf, ops=("Duplicates", "Duplicates", "Unique"))
blanks_leaf = partial(preset_leaf, ops=("Blanks", "Blanks", "NoBlanks"))
errors_leaf = partial(preset_leaf, ops=("Errors", "NoErrors"))
DATE_OPS: tuple[ast.DateOp, ...] = (
    "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek", "ThisWeek", "NextWeek",
    "LastMonth", "ThisMonth", "NextMonth",
)  # fmt: skip


def date_leaf(rng: random.Random, sheet: Sheet) -> Leaf | None:
    i = pick(rng, sheet, ("date",))
    if i is None:
        return None
    op = rng.choice(DATE_OPS)
    p = rng.choice(PHRASES[op])
    forms = phrases("date", p=p) + (("is today's date",) if op == "Today" else ())
    return Leaf(ast.DatePeriod(op, column(sheet, i)), i, forms, phrases("date.say", p=p))


# ---- Rules with their requests ----
Made = tuple[ast.Rule, str] | None
Builder = Callable[[random.Random, Sheet], Made]


def say_leaf(rng: random.Random, sheet: Sheet, leaf: Leaf) -> str:
    """A whole request (35%), "{verb} {noun} {predicate}", or "{verb} {target} where {clause}"."""
    place, noun = column_phrase(rng, sheet, leaf.column, True), noun_phrase(rng, sheet, leaf.column)
    roll = rng.random()
    if leaf.sentences and (not leaf.forms or roll < 0.35):
        return finish(rng, sheet, rng.choice(leaf.sentences), s=place, n=noun)
    form = rng.choice(leaf.forms)
    clause, predicate = inflect(form)
    if roll < 0.65:
        if form == f"is {leaf.said}":  # "Maths cells 26" reads badly
            predicate = rng.choice(("equal to ", "that are ", "which are ")) + predicate
        elif form.startswith("is ") and rng.random() < 0.4:
            predicate = rng.choice(("that are ", "which are ")) + predicate
        return finish(rng, sheet, rng.choice(PHRASES["predicate"]), p=predicate, s=place, n=noun)
    subject = column_phrase(rng, sheet, leaf.column)
    return finish(rng, sheet, rng.choice(PHRASES["clause"]), c=f"{subject} {clause}")


def single(maker: LeafMaker) -> Builder:
    def build(rng: random.Random, sheet: Sheet) -> Made:
        leaf = maker(rng, sheet)
        return None if leaf is None else (leaf.rule, say_leaf(rng, sheet, leaf))

    return build


def visual_rule(rng: random.Random, sheet: Sheet) -> Made:
    i = pick(rng, sheet, NUMERIC)
    if i is None:
        return None
    op: ast.VisualOp = rng.choice(("ColorScale", "DataBar", "IconSet"))
    place, noun = column_phrase(rng, sheet, i, True), noun_phrase(rng, sheet, i)
    return ast.Visual(op, column(sheet, i)), finish(
        rng, sheet, rng.choice(PHRASES[op + ".say"]), s=place, n=noun
    )


NEGATABLE: tuple[LeafMaker, ...] = (
    text_leaf, text_leaf, text_leaf, blanks_leaf, duplicates_leaf, date_leaf, between_leaf,
    compare_leaf, average_leaf,
)  # fmt: skip
COMBINABLE: tuple[LeafMaker, ...] = (
    compare_leaf, compare_leaf, compare_leaf, text_leaf, text_leaf, between_leaf, date_leaf,
    average_leaf, blanks_leaf,
)  # fmt: skip


def not_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`NOT(...)`, said with negated forms ("does not contain", "is not blank")."""
    leaf = rng.choice(NEGATABLE)(rng, sheet)
    forms = tuple(f for f in map(negate, leaf.forms) if f) if leaf else ()
    if leaf is None or not forms:
        return None
    rule: ast.Rule = ast.Not(leaf.rule)
    if isinstance(leaf.rule, ast.Comparison) and leaf.rule.op == "Equals" and rng.random() < 0.5:
        rule = replace(leaf.rule, op="NotEquals")
    return rule, say_leaf(rng, sheet, Leaf(rule, leaf.column, forms))


def combination(rng: random.Random, sheet: Sheet, word: Literal["and", "or"]) -> Made:
    """`AND`/`OR` of two (sometimes three) conditions, on one column or several."""
    size, leaves = 3 if rng.random() < 0.2 else 2, list[Leaf]()
    for _ in range(3 * size):
        leaf = rng.choice(COMBINABLE)(rng, sheet)
        if leaf is not None and all(leaf.rule != other.rule for other in leaves):
            leaves.append(leaf)
        if len(leaves) == size:
            break
    if len(leaves) < 2:
        return None
    same = len({leaf.column for leaf in leaves}) == 1
    clauses = [inflect(rng.choice(leaf.forms))[0] for leaf in leaves]
    if not same:
        clauses = [
            f"{column_phrase(rng, sheet, leaf.column)} {c}"
            for leaf, c in zip(leaves, clauses, strict=True)
        ]
    body = f"{', '.join(clauses[:-1])}{rng.choice(('', ','))} {word} {clauses[-1]}"
    if same:
        body = f"{column_phrase(rng, sheet, leaves[0].column)} {body}"
    elif len(clauses) == 2 and rng.random() < 0.25:
        body = ("both " if word == "and" else "either ") + body
    rules = tuple(leaf.rule for leaf in leaves)
    rule = ast.And(rules) if word == "and" else ast.Or(rules)
    return rule, finish(rng, sheet, rng.choice(PHRASES["clause"]), c=body)


# ---- Raw formula rules: whole rows, relative to A2 (the table's top-left data cell) ----
def ref(i: int, row: int = 2) -> ast.CellRef:
    return ast.CellRef(f"${letter(i)}{row}")


FORMULA_COLUMNS: dict[str, tuple[Kind, ...]] = {  # template → the kinds its column may have
    "rows": ANY, "next_row": ANY, "repeated_rows": (*TEXTUAL, "date"), "row_equals": TEXTUAL,
    "older": ("date",), "losses": NUMERIC, "row_and": NUMERIC,
}  # fmt: skip


def formula_rule(rng: random.Random, sheet: Sheet) -> Made:
    """`MOD(ROW(),2)=0`, `$A2=$A3`, `COUNTIF($A$2:$A$9,$A2)>1`, `$B2<TODAY()-30`, `-$C2>50`…"""
    kind = rng.choice(tuple(FORMULA_COLUMNS))
    i = pick(rng, sheet, FORMULA_COLUMNS[kind])
    if i is None:
        return None
    slots = {"s": column_phrase(rng, sheet, i), "n": noun_phrase(rng, sheet, i)}
    made = formula_expr(rng, sheet, kind, i, slots)
    if made is None:
        return None
    return ast.Formula(made[1]), finish(rng, sheet, rng.choice(PHRASES[made[0]]), **slots)


def formula_expr(
    rng: random.Random, sheet: Sheet, kind: str, i: int, slots: dict[str, str]
) -> tuple[str, ast.Expr] | None:
    """A formula of one template kind on column i, and the template key; fills literal slots."""
    if kind == "rows":
        parity = rng.choice((0, 1))
        mod = ast.Call("MOD", (ast.Call("ROW", ()), ast.Number(2.0)))
        key = "odd_rows" if parity else "even_rows"
        return key, ast.Binary("=", mod, ast.Number(float(parity)))
    if kind == "next_row":
        return kind, ast.Binary("=", ref(i), ref(i, 3))
    if kind == "repeated_rows":
        last = ast.CellRef(f"${letter(i)}${len(sheet.table.rows) + 1}")
        whole = ast.Range(ast.CellRef(f"${letter(i)}$2"), last)
        return kind, ast.Binary(">", ast.Call("COUNTIF", (whole, ref(i))), ast.Number(1.0))
    if kind == "older":
        days = rng.choice((7, 14, 30, 60, 90))
        slots["d"] = str(days)
        cutoff = ast.Binary("-", ast.Call("TODAY", ()), ast.Number(float(days)))
        return kind, ast.Binary("<", ref(i), cutoff)
    values = numbers(sheet, i)
    if kind == "losses":
        if not (negatives := [-v for v in values if v < 0]):
            return None
        limit = threshold(rng, negatives, sheet.kinds[i])
        slots["x"] = say_number(rng, limit, sheet.kinds[i])
        return kind, ast.Binary(">", ast.Negate("-", ref(i)), ast.Number(limit))
    text = i if kind == "row_equals" else pick(rng, sheet, TEXTUAL)
    words = texts(sheet, text)
    if text is None or not words or not (values or kind == "row_equals"):
        return None
    word = rng.choice(words)
    slots |= {"q": say_text(rng, word), "u": column_phrase(rng, sheet, text)}
    expr: ast.Expr = ast.Binary("=", ref(text), ast.Text(word))
    if kind == "row_and":
        limit = threshold(rng, values, sheet.kinds[i])
        slots["x"] = say_number(rng, limit, sheet.kinds[i])
        expr = ast.Call("AND", (ast.Binary(">", ref(i), ast.Number(limit)), expr))
    return kind, expr


# ---- Examples ----
KINDS: tuple[tuple[str, float, bool, Builder], ...] = (  # name, weight, train style allowed
    ("compare", 17, True, single(compare_leaf)),
    ("compare_columns", 3, False, single(columns_leaf)),
    ("length", 2.5, False, single(length_leaf)),
    ("between", 6, True, single(between_leaf)),
    ("text", 15, True, single(text_leaf)),
    ("rank", 10, True, single(rank_leaf)),
    ("average", 4, True, single(average_leaf)),
    ("duplicates", 4.5, True, single(duplicates_leaf)),
    ("blanks", 3.5, True, single(blanks_leaf)),
    ("errors", 2, True, single(errors_leaf)),
    ("date", 8, True, single(date_leaf)),
    ("visual", 7, True, visual_rule),
    ("not", 3, True, not_rule),
    ("and", 4.5, True, partial(combination, word="and")),
    ("or", 3, True, partial(combination, word="or")),
    ("formula", 4, False, formula_rule),
)
ANONYMOUS_SHARE = 0.28  # of the kinds that allow it: about a quarter of all examples
ANONYMOUS_VALUES: dict[str, tuple[Kind, ...]] = {
    "text": TEXTUAL, "date": ("date",), "duplicates": ANY, "blanks": ANY, "not": ANY, "or": ANY,
}  # fmt: skip
NEEDS: dict[str, tuple[Kind, ...]] = {  # column kinds a rule kind needs in its table
    "compare": NUMERIC, "between": NUMERIC, "rank": NUMERIC,
    "average": NUMERIC, "visual": NUMERIC, "errors": NUMERIC, "text": TEXTUAL, "length": TEXTUAL,
    "date": ("date",),
}  # fmt: skip
ATTEMPTS = 8  # tables tried per rule kind before settling for a rule that formats all or nothing
EPOCH = dt.date(2021, 1, 1)


def synthetic_examples(count: int, seed: int = 0) -> list[SyntheticExample]:
    """`count` examples; the i-th depends only on (seed, i), so longer lists extend shorter ones."""
    return [synthetic_example(random.Random(f"{seed}:{i}")) for i in range(count)]


def synthetic_example(rng: random.Random) -> SyntheticExample:
    """Draw a rule kind, then tables until its rule formats some but not all of its cells."""
    today = EPOCH + dt.timedelta(days=rng.randrange(5 * 365))
    while True:
        kind, _, anonymous_ok, build = rng.choices(KINDS, weights=[k[1] for k in KINDS])[0]
        anonymous = anonymous_ok and rng.random() < ANONYMOUS_SHARE
        fallback = None
        for _ in range(ATTEMPTS):
            sheet = new_sheet(rng, today, kind, anonymous)
            made = build(rng, sheet)
            if made is None:
                continue
            selection = tuple(range(1, len(sheet.kinds))) if anonymous else ()
            code = format_rule(made[0])
            example = SyntheticExample(made[1], sheet.grid, code, selection, today.isoformat())
            if informative(made[0], sheet):
                return example
            fallback = fallback or example
        if fallback is not None:
            return fallback


def informative(rule: ast.Rule, sheet: Sheet) -> bool:
    """Formats at least one cell, and not every cell it applies to (visual rules excepted)."""
    # The formula templates name absolute columns ($B2), so one column shows which rows match.
    table = replace(sheet.table, selection=(0,)) if isinstance(rule, ast.Formula) else sheet.table
    hits = len(highlighted_cells(rule, table, sheet.today))
    scope = len(applied_columns(rule, table)) * len(table.rows)
    return hits > 0 and (hits < scope or isinstance(rule, ast.Visual))
