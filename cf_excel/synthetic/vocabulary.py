"""Kinds of column, the domain tables (headers and value recipes) and the paraphrase
templates the synthetic requests are written from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

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
targets: cells | the cells | entries | values | items | the values
colours: red | green | yellow | orange | light red | blue | light green | pink | amber | purple
  | light blue | dark red | grey | gold | light yellow | dark green | #FFC7CE | #00B050
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
BeforeToday: is overdue | is past due | is before today | is in the past | is earlier than today
  | has passed | is late | is already past | is before today's date
AfterToday: is after today | is in the future | is later than today | is still to come
  | is after today's date | is upcoming
NextDays: is due in the next {d} days | is within the next {d} days | fall(s) in the next {d} days
  | is coming up in the next {d} days | is due within {d} days | is less than {d} days away
LastDays: is within the last {d} days | is in the past {d} days | is from the last {d} days
  | fall(s) in the last {d} days | is no more than {d} days old
OlderThan: is older than {d} days | is more than {d} days ago | is over {d} days old
  | is more than {d} days in the past | is at least {d} days old
BeforeToday.say: {V} overdue {n} | {V} late {n} | {V} past-due {n} | {V} {n} before today
  | {V} {n} that are overdue | what is overdue in {s}? {V} it
AfterToday.say: {V} future {n} | {V} upcoming {n} | {V} {n} after today
NextDays.say: {V} {n} due in the next {d} days | {V} {n} coming up within {d} days
  | {V} {s} in the next {d} days
LastDays.say: {V} {n} from the last {d} days | {V} recent {n} from the past {d} days
OlderThan.say: {V} {n} older than {d} days | {V} stale {n} over {d} days old
whole_row: {V} the whole row where {c} | {V} entire rows where {c} | {V} rows where {c}
  | {V} the row if {c} | {V} each row in which {c} | {V} the full row when {c}
  | {V} whole rows when {c}{color} | {V} the entire line where {c} | rows where {c}
  | make the whole row {colour} when {c} | if {c}, {v} the entire row
whole_row.BeforeToday: {V} overdue rows | {V} overdue rows{color} | {V} rows that are overdue
  | {V} late rows | {V} the rows that are past due | mark overdue rows {colour}
  | {V} overdue items | {V} overdue {t}{color} | {V} past due rows in {colour}
date.say: {V} dates {p} in {s} | {V} {n} {p} | {V} cells with {s} {p}
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
share: {V} rows where {s} is more than {x} of the total | {V} {n} above {x} of the {s} total
  | {V} any {s} bigger than {x} of the sum
losses: {V} rows where {s} shows a loss of more than {x} | {V} rows where {s} is below minus {x}
  | {V} {n} under -{x}
""")
COLOR_SUFFIXES = (
    "", "", "", "", " in {colour}", " with a {colour} fill", " {colour}", " in bold",
    " in {colour} text", " with {colour} font", " in bold {colour}", " in italics",
    " with a {colour} background",
)  # fmt: skip

ANONYMOUS_VALUES: dict[str, tuple[Kind, ...]] = {
    "text": TEXTUAL, "date": ("date",), "duplicates": ANY, "blanks": ANY, "not": ANY, "or": ANY,
}  # fmt: skip
NEEDS: dict[str, tuple[Kind, ...]] = {  # column kinds a rule kind needs in its table
    "compare": NUMERIC, "between": NUMERIC, "rank": NUMERIC,
    "average": NUMERIC, "visual": NUMERIC, "errors": NUMERIC, "text": TEXTUAL, "length": TEXTUAL,
    "date": ("date",), "relative_date": ("date",), "weekday": ("date",), "today_offset": ("date",),
    "running_duplicate": TEXTUAL,
}  # fmt: skip
