"""Templates for the requests only a scoped rule or a formula can answer: one column against
another with arithmetic, conditions on several columns, weekdays, running duplicates, blocks of
several columns, dates offset from today. Slots as in vocabulary.PHRASES, plus {a} and {b} (the
two columns of a comparison), {x} (the column to format), {k} (a number as said) and {r} (the
block of columns, "Jan to Jun")."""

from __future__ import annotations

from cf_excel.synthetic.vocabulary import parse_table

USER_PHRASES = parse_table("""
ratio.>: is more than {k} of {b} | is above {k} of {b} | exceeds {k} of {b} | is over {k} of {b}
ratio.<: is less than {k} of {b} | is below {k} of {b} | is under {k} of {b}
  | falls short of {k} of {b}
ratio.>=: is at least {k} of {b} | is {k} of {b} or more | reaches {k} of {b}
ratio.<=: is at most {k} of {b} | is no more than {k} of {b} | is {k} of {b} or less
times.>: is more than {k} times {b} | is over {k}x {b} | is bigger than {k} times {b}
times.<: is less than {k} times {b} | is under {k}x {b}
diff.>: is more than {k} above {b} | exceeds {b} by more than {k} | beats {b} by over {k}
  | is over {b} by more than {k}
diff.>=: is at least {k} above {b} | exceeds {b} by {k} or more | is {k} or more over {b}
diff.<: is more than {k} below {b} | falls short of {b} by more than {k} | trails {b} by over {k}
days.>=: is {k} or more days after {b} | is at least {k} days after {b}
  | came {k}+ days after {b} | is {k} days or more later than {b}
days.>: is more than {k} days after {b} | is over {k} days later than {b}
days.<=: is within {k} days of {b} | is no more than {k} days after {b}
plain.>: is greater than {b} | is more than {b} | is higher than {b} | exceeds {b} | is over {b}
  | is above {b} | is bigger than {b} | > {b} | goes over {b}
plain.<: is less than {b} | is lower than {b} | is below {b} | is under {b} | is smaller than {b}
  | < {b} | falls below {b}
plain.>=: is at least {b} | is greater than or equal to {b} | is not below {b} | >= {b}
plain.<=: is at most {b} | is less than or equal to {b} | does not exceed {b} | <= {b}
plain.=: equals {b} | is the same as {b} | matches {b} | is equal to {b}
plain.<>: differs from {b} | is not equal to {b} | does not match {b} | is different from {b}
on_column: {V} {a} where it {p} | {V} {a} cells that {p} | {V} the {a} value if it {p}
  | {V} {a} when {a} {p} | {V} {a} if {a} {p}{color} | when {a} {p}, {v} {a}
  | I want {a} highlighted when it {p} | can you {v} {a} if it {p}? | {a} {p}: {v} it
  | {V} any {a} that {p} | {V} the {a} column where it {p}
on_rows: {V} the rows where {a} {p} | {V} rows in which {a} {p}{color}
  | {V} the whole row if {a} {p}
  | {V} entire rows where {a} {p} | if {a} {p}, {v} the row | {V} every row where {a} {p}
  | {V} records where {a} {p} | {V} lines where {a} {p} | which rows have {a} that {p}? {V} them
on_other: {V} {x} when {a} {p} | {V} {x} if {a} {p}{color} | {V} the {x} cell where {a} {p}
  | if {a} {p}, {v} {x}
weekend: falls on a weekend | is a Saturday or Sunday | is on a weekend | is a weekend day
  | lands on a weekend | is on Sat or Sun
weekday: falls on a weekday | is a weekday | is Monday to Friday | is a working day
  | is not on a weekend | is a business day
day: is a {d} | falls on a {d} | is on a {d}
weekend.say: {V} weekend dates in {a} | {V} weekends in {a} | {V} {a} dates that fall on weekends
  | {V} Saturdays and Sundays in {a} | {V} the weekend days{color}
weekday.say: {V} weekdays in {a} | {V} working days in {a} | {V} {a} dates that are weekdays
day.say: {V} every {d} in {a} | {V} {d}s in {a} | {V} the {d} dates{color}
running.dup: is a repeat of an earlier one | already appeared above | is a duplicate after the
  first | has appeared before | is a second occurrence | is repeated further down
running.first: appears for the first time | is the first occurrence | has not appeared above
running.dup.say: {V} duplicates in {a} but not the first one | {V} repeated {a} values after the
  first | {V} the second and later occurrences in {a} | {V} repeat entries in {a}, keep the first
  unhighlighted | {V} {a} values that already appeared above | mark duplicates in {a} except the
  first instance
running.first.say: {V} the first occurrence of each {a} | {V} first instances in {a}
  | {V} each {a} the first time it appears
overdue_by: is overdue by {k} days or more | is at least {k} days overdue | is {k}+ days past due
  | is more than {k} days late | is over {k} days overdue | is late by {k} or more days
due_by_today: is due today or earlier | is today or before | is on or before today
  | is due today or already past | is not in the future
after_today_by: is more than {k} days away | is over {k} days in the future
  | is due in more than {k} days
block.lt: {V} {r} values below {k} | {V} any score under {k} in {r} | {V} cells in {r} less than {k}
  | {V} every value in {r} that is below {k} | anything in {r} under {k} should be {colour}
  | {V} numbers lower than {k} in {r} | {V} {r} cells under {k}{color}
block.gt: {V} {r} values above {k} | {V} any value over {k} in {r} | {V} cells in {r} greater than
  {k} | {V} every number in {r} that exceeds {k} | anything in {r} over {k} should be {colour}
  | {V} {r} cells above {k}{color}
block.ge: {V} {r} values of {k} or more | {V} cells in {r} that are at least {k}
block.le: {V} {r} values of {k} or less | {V} cells in {r} that are at most {k}
block.negative: {V} negative numbers in {r} | {V} negative values in {r} | {V} any value below zero
  in {r} | {V} the negatives in {r}{color} | {V} losses in {r} | {V} cells in {r} under 0
block.top: {V} the top {k} values in {r} | {V} the {k} highest numbers in {r} | {V} the {k}
  largest values across {r} | {V} the best {k} scores in {r} | top {k} of {r}
block.bottom: {V} the bottom {k} values in {r} | {V} the {k} lowest numbers in {r} | {V} the {k}
  smallest values across {r} | {V} the worst {k} in {r}
block.top1: {V} the largest value in {r} | {V} the highest number in the whole of {r} | {V} the
  max of {r} | {V} the single biggest value in {r}
block.bottom1: {V} the smallest value in {r} | {V} the lowest number in {r} | {V} the min of {r}
block.toppct: {V} the top {k} of values in {r} | {V} values in the top {k} across {r}
block.blank: {V} blank cells in {r} | {V} empty cells in {r} | {V} any missing values in {r}
  | {V} the gaps in {r} | find blanks in {r} and {v} them | {V} cells left empty in {r}
block.above: {V} above-average values in {r} | {V} values in {r} above the average of {r}
block.below: {V} below-average values in {r} | {V} values in {r} below the average
block.dup: {V} duplicate values in {r} | {V} values that appear more than once in {r}
block.contains: {V} cells in {r} containing {k} | {V} any cell in {r} with {k} in it
block.text: {V} cells in {r} that contain text | {V} text entries in {r} | {V} non-numeric cells
  in {r} | {V} any cell in {r} holding text instead of a number | {V} cells in {r} that are not
  numbers
block.number: {V} cells in {r} that contain numbers | {V} numeric cells in {r} | {V} the numbers
  in {r}
block.rowmax: {V} the highest value in each row of {r} | {V} the max of every row across {r}
  | {V} each row's largest value in {r} | {V} the best month for each row
block.rowmin: {V} the lowest value in each row of {r} | {V} each row's smallest value in {r}
block.up: {V} cells in {r} that are higher than the one to their left | {V} increases from the
  previous column in {r} | {V} values in {r} that went up from the column before | {V} where a
  value in {r} is bigger than the previous one
block.down: {V} cells in {r} that are lower than the one to their left | {V} decreases from the
  previous column in {r} | {V} values in {r} that dropped compared to the column before
block.anyblank: {V} rows with any blank in {r} | {V} rows where any of {r} is empty | {V} the
  whole row if a cell in {r} is missing | {V} incomplete rows (a blank in {r})
fillers: can you | please | could you | I want to | I'd like to | I need to | help me | pls
  | how do I | I would like to | is it possible to | can u | we need to
""")
WEEKDAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
