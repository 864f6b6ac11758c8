"""The words users say for each test a rule can make: for each kind of cue (`Cue.kind`) and
operator, the phrases that say it. Some come after their number ("10 or more", "5+"): their
`after` is set.
"""

from __future__ import annotations


def phrases(kind: str, op: str, text: str, after: bool = False) -> list[tuple[str, str, str, bool]]:
    return [(kind, op, phrase.strip(), after) for phrase in text.split("|")]


LEXICON = [
    *phrases(
        "compare",
        ">=",
        "at least|no less than|not less than|minimum of|a minimum of|>=|≥|"
        "reached|reaches|reach|has reached|hit|hits|meets|met|at or above|got up to|"
        "get up to|gets up to|made it to|met or beat|meet or beat|meets or beats|met or exceeded|"
        "meet or exceed|meets or exceeds|matched or beat|hit or beat|equal or beat|equals or beats",
    ),
    *phrases(
        "compare",
        ">=",
        "or more|or above|and up|or longer|or older|or higher|or greater|or over|or better|+|"
        "plus|or later|or after|or warmer|or heavier|or bigger|or larger|or taller|or stronger|"
        "or worse|or further|or faster|or wider|and older",
        after=True,
    ),
    *phrases(
        "compare",
        "<=",
        "at most|no more than|not more than|maximum of|a maximum of|up to|"
        "<=|≤|no higher than|not above|not over|no greater than|at or below|at or under|"
        "at or lower than|at or less than",
    ),
    *phrases(
        "compare",
        "<=",
        "or less|or below|or lower|or fewer|or under|or earlier|or before|or colder|"
        "or lighter|or smaller|or shorter|or cheaper|or younger|or weaker|or slower|or narrower|"
        "and younger",
        after=True,
    ),
    *phrases(
        "compare",
        ">",
        "more than|greater than|higher than|larger than|bigger than|above|"
        "over|exceeds|exceed|exceeding|exceeded|beyond|>|in excess of|tops|is over|"
        "is above|better than|later than|after|surpass|surpasses|outstrip|outstrips|beat|"
        "beats|beaten|outperformed|outperforms|more then|greater then|higher then|bigger then|"
        "larger then",
    ),
    *phrases(
        "compare",
        "<",
        "less than|lower than|smaller than|fewer than|below|under|beneath|"
        "<|short of|falls short of|worse than|earlier than|before|shy of|underneath|"
        "fell short of|fall short of|came in under|missed|younger than|less then|lower then|"
        "fewer then|smaller then",
    ),
    *phrases("compare", "=", "equal to|equals|equal|is exactly|exactly|=|==|is equal to"),
    *phrases(
        "compare",
        "<>",
        "not equal to|does not equal|doesn't equal|<>|!=|other than|"
        "different from|differs from|doesn't match|does not match|not the same as|"
        "isn't the same as|differ from|mismatch|mismatches|don't match|do not match",
    ),
    *phrases(
        "compare",
        ">",
        "increased|increase|increases|rose|rise|rises|grew|grow|grows|"
        "went up|go up|goes up|improved|improve|up from|gained",
    ),
    *phrases(
        "compare",
        "<",
        "dropped|drop|drops|fell|fall|falls|decreased|decrease|decreases|"
        "declined|decline|went down|go down|goes down|shrank|lost|down from",
    ),
    *phrases(
        "differ",
        "",
        "differ by|differs by|disagree by|disagrees by|off by|apart by|deviate by|deviates by|"
        "differ|differs|disagree|disagrees|apart|deviate|deviates",
    ),
    *phrases("sum", "", "add up to|adds up to|added up to|sum to|sums to|total to|totals to"),
    *phrases("between", "", "between|from|in the range|within the range"),
    *phrases("between", "outside", "outside|outside of|not between|out of the range|out of range"),
    *phrases(
        "compare",
        ">=",
        "greater than or equal to|greater than or equal|more than or equal to|greater or equal to|"
        "bigger than or equal to|higher than or equal to|larger than or equal to|equal or greater",
    ),
    *phrases(
        "compare",
        "<=",
        "less than or equal to|less than or equal|smaller than or equal to|lower than or equal to|"
        "less or equal to|equal or less|fewer than or equal to",
    ),
    *phrases(
        "compare",
        ">",
        "longer than|more expensive than|pricier than|heavier than|stronger than|warmer than|"
        "hotter than|dearer than|wider than|taller than|deeper than|thicker than|faster than|"
        "quicker than|"
        "bigger than|louder than|busier than",
    ),
    *phrases(
        "compare",
        "<",
        "shorter than|cheaper than|less expensive than|lighter than|weaker than|colder than|"
        "cooler than|narrower than|thinner than|shallower than|slower than|quieter than",
    ),
    *phrases("sign", "<", "negative|negatives|below zero|less than zero|in the red"),
    *phrases("sign", ">", "positive|above zero|greater than zero|more than zero"),
    *phrases(
        "sign",
        "=",
        "zero|zeros|zeroes|with 0|with a 0|scored 0|scored a 0|had 0|had a 0|got 0|got a 0|"
        "filed 0|sold 0|made 0|gave 0|gave a 0",
    ),
    *phrases(
        "text",
        "TextContains",
        "contain|contains|containing|contained|include|includes|"
        "including|mention|mentions|mentioning|has the word|have the word|with the word|"
        "with the text|in them|in it|say|says|saying",
    ),
    *phrases(
        "text",
        "TextStartsWith",
        "start with|starts with|starting with|begin with|"
        "begins with|beginning with|begining with|prefix|prefixed|prefixed with",
    ),
    *phrases(
        "text",
        "TextEndsWith",
        "end with|ends with|ending with|end in|ends in|ending in|suffix",
    ),
    *phrases(
        "case",
        "LOWER",
        "lower case|lowercase|all lower case|in lower case|all lowercase|in lowercase|"
        "small letters|all small letters",
    ),
    *phrases(
        "case",
        "UPPER",
        "upper case|uppercase|all upper case|in upper case|all caps|in caps|in all caps|"
        "capital letters|all capitals|in capitals",
    ),
    *phrases(
        "spaces",
        "",
        "leading or trailing space|leading or trailing spaces|trailing space|trailing spaces|"
        "leading space|leading spaces|extra space|extra spaces|stray space|stray spaces|"
        "spaces at the end|space at the end|spaces at the start|space at the start",
    ),
    *phrases(
        "istext",
        "",
        "is text|are text|text values|text entries|contains text|"
        "contain text|has text|non-numeric|non numeric|not a number|not numbers|"
        "not numeric|as text|typed text|any text|text instead of|containing text|"
        "contain any text|contains any text|with text|with text in them",
    ),
    *phrases(
        "blank",
        "",
        "blank|blanks|empty|missing|no value|not filled|unfilled|left blank|"
        "nothing in|nothing entered|null|no data|not filled in|isn't filled|is not filled|"
        "blank or 0|blank or zero|empty or 0|empty or zero|0 or blank|zero or blank|0 or empty|"
        "zero or empty|missing or 0|missing or zero|nothing|nothing been entered|"
        "nothing has been entered|nothing entered yet|no reading|no readings|a gap in|gaps in|"
        "has a gap|have a gap|has gaps|have gaps|with a gap|with gaps|missed any|skipped any|"
        "didn't report|did not report|didnt report|not reported|unreported|mising|"
        "never given a|never given an|never been given a|not given a|not been given a|"
        "never assigned a|not assigned a|never allocated a|not allocated a|never got a",
    ),
    *phrases(
        "filled",
        "",
        "not blank|non-blank|nonblank|not empty|non-empty|filled|filled in|"
        "has a value|have a value|have values|has values|anything in|something in|"
        "isn't blank|aren't blank|is not blank|are not blank|isn't empty|not missing|no gaps|"
        "without gaps|without any gaps",
    ),
    *phrases(
        "later",
        "",
        "after the first|second occurrence|2nd occurrence|second time|"
        "except the first|but the first|after its first|repeats|repeated entries|"
        "each repeat|every repeat|subsequent|later ones|later occurrences|second and later|"
        "only mark the second|the second one|second one|2nd one|second instance|"
        "from the second|from the 2nd|2nd time on|second time on|not the first|"
        "after their first|after his first|after her first|after the first one",
    ),
    *phrases(
        "duplicate",
        "",
        "duplicate|duplicates|duplicated|dupes|dupe|dups|dup|"
        "more than once|repeated|repeat|twice|appear twice|same value|double|doubled|"
        "doubles|double entries|double-booked|on more than one|for more than one|"
        "in more than one|more than one time|used twice|shows up twice|appears more than once|"
        "appear more than once|on two|in two|used by more than one|shared by|the same|"
        "have the same|has the same|share the same|share a|sharing a|same|every copy|all copies|"
        "each copy|not just the second one|not only the second one|not just the second|"
        "not only the second|including the first|used two times|shared|"
        "given to two|given to two people|given to more than one|more than one line of|"
        "reused|re-used|clashing|clash|clashes|"
        "more than one line|more than one job",
    ),
    *phrases(
        "unique",
        "",
        "unique|only once|distinct|one-off|not repeated|no duplicates|"
        "appear once|appears once|just once|one time|singletons|only one|just one|"
        "only have one|only has one|exactly once|one-time|only ever done one|only ever had one|"
        "only ever one",
    ),
    *phrases("errors", "", "errors|error values|#n/a|#value|#div/0|#ref"),
    *phrases(
        "top",
        "",
        "top|highest|largest|biggest|best|most|max|maximum|greatest|largest value|longest|"
        "newest|latest|most recent|most expensive|priciest|highest-value|heaviest|busiest|"
        "youngest|warmest|hottest|fastest|quickest|wettest|heavist|biggest-paying|"
        "highest-paying|best-paying|highest-paid|best-selling|top-selling|biggest-selling",
    ),
    *phrases(
        "bottom",
        "",
        "bottom|lowest|smallest|least|worst|min|minimum|fewest|shortest|oldest|earliest|"
        "cheapest|least expensive|lightest|quietest|coldest|coolest|slowest|driest|"
        "lowest-paying|worst-selling|lowest-paid",
    ),
    *phrases(  # where on the sheet, not a rank: "the figure up in the top right"
        "place",
        "",
        "at the top|up top|at the top right|in the top right|top right|top left|top corner|"
        "at the top left|in the top left|up the top|on top|at the bottom|bottom right|"
        "bottom left|at the bottom right|at the bottom left|in the top corner",
    ),
    *phrases("per_row", "", "per row|each row|in each row|for each row|row by row|across each row"),
    *phrases(
        "ignore",
        "",
        "skip blanks|ignore blanks|ignore the blanks|ignoring blanks|excluding blanks|"
        "skip the blanks|skip empty|ignore empty|ignore empty cells|except blanks|"
        "not the blanks|not the empty ones|ignore blank|skip blank|leave blanks|"
        "but not blanks|not blanks|blanks don't count|ignore orders with no|"
        "leave empty ones alone|leave the empty ones alone|leave blanks alone|"
        "leave blank ones alone|leave the blanks alone|both filled in|ignore the empty ones",
    ),
    *phrases(
        "average",
        ">",
        "above average|above the average|higher than average|higher than "
        "the average|more than the average|more than average|greater than the average|"
        "over average|over the average|better than average|exceeds the average|above avg|"
        "above the avg|above-average|above the mean|higher than the avg|over the avg",
    ),
    *phrases(
        "average",
        "<",
        "below average|below the average|lower than average|lower than the "
        "average|less than the average|less than average|under average|under the average|"
        "worse than average|below avg|below the avg|below-average|below the mean|"
        "lower than the avg|under the avg|less than the avg",
    ),
    *phrases(
        "date",
        "before_today",
        "overdue|past due|past-due|late|in the past|before today|behind us|"
        "already passed|expired|has passed|have passed|passed|lapsed|outstanding|gone by|"
        "has gone by|have gone by|already gone|out of date|out of warranty|run out|ran out|"
        "has run out|have run out|already happened|has happened|have happened|"
        "already took place",
    ),
    *phrases(
        "date",
        "after_today",
        "in the future|after today|upcoming|future|not yet due|still to come|later than today",
    ),
    *phrases(
        "date",
        "today_or_earlier",
        "today or earlier|on or before today|today or before|"
        "due today or overdue|today or in the past|up to today",
    ),
    *phrases(
        "date",
        "today_or_later",
        "today or later|on or after today|today or after|from today on|today onwards",
    ),
    *phrases("date", "Today", "today|todays|due today|today's date"),
    *phrases("date", "Yesterday", "yesterday|yesterdays"),
    *phrases("date", "Tomorrow", "tomorrow|tomorrows"),
    *phrases("date", "ThisMonth", "this month|current month"),
    *phrases("date", "LastMonth", "last month|previous month"),
    *phrases("date", "NextMonth", "next month|coming month"),
    *phrases("date", "ThisWeek", "this week|current week"),
    *phrases("date", "LastWeek", "last week|previous week"),
    *phrases("date", "NextWeek", "next week|coming week"),
    *phrases(
        "days",
        "next",
        "in the next|within the next|within|in the coming|the next|next|"
        "coming up in|due in|due within|in less than",
    ),
    *phrases(
        "days",
        "last",
        "in the last|in the past|within the last|within the past|the last|"
        "the past|last|past|during the last",
    ),
    *phrases("days", "ago", "ago|old|or older", after=True),
    *phrases("days", "ago", "older than"),
    *phrases("visual", "DataBar", "data bar|data bars|databar|databars|in-cell bars|bar chart"),
    *phrases(
        "visual",
        "ColorScale",
        "colour scale|color scale|colour scales|color scales|"
        "heat map|heatmap|gradient|3-color scale|3-colour scale|2-color scale",
    ),
    *phrases("visual", "IconSet", "icon set|icon sets|icons|arrows|traffic lights|traffic light"),
    *phrases(
        "weekday",
        "weekend",
        "weekend|weekends|saturday or sunday|saturdays or sundays|"
        "saturdays and sundays|sat or sun|sat/sun",
    ),
    *phrases(
        "weekday",
        "weekdays",
        "weekday|weekdays|workday|workdays|working day|working days|"
        "business day|business days|monday to friday|mon-fri",
    ),
    *[
        entry
        for number, day in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1
        )
        for entry in phrases("weekday", str(number), f"{day}|{day}s|{day[:3]}|{day[:3]}s")
    ],
    *phrases(
        "alternate",
        "",
        "every other row|every other line|alternate rows|alternating rows|"
        "alternate lines|alternating|alternate|every second row|every 2nd row|zebra|"
        "banded|banding|stripes|striped|odd rows|even rows|every other|even-numbered rows|"
        "odd-numbered rows",
    ),
    *[
        entry
        for n, word in enumerate(("third", "fourth", "fifth", "sixth"), 3)
        for entry in phrases(
            "alternate", str(n), f"every {word} row|every {n}th row|every {word}|every {n}th"
        )
    ],
    *phrases("alternate", "3", "every 3rd row|every 3rd"),
    *phrases(
        "previous",
        "",
        "previous|the one before|before it|prior|preceding|the month before|the day before|"
        "the week before|the year before|the quarter before|the reading before|"
        "month over month|week over week|year over year|quarter over quarter|mom|wow|yoy|"
        "the previous one|last one|left of it|to its left|one before|"
        + "|".join(
            f"{lead} {period}"
            for lead in (
                "vs the previous",
                "vs previous",
                "vs last",
                "than the previous",
                "than last",
                "on the",
                "from the previous",
                "over the previous",
                "compared to last",
                "compared to the previous",
                "versus last",
                "from last",
                "than the",
            )
            for period in (
                "week",
                "month",
                "day",
                "year",
                "quarter",
                "row",
                "entry",
                "reading",
                "week before",
                "month before",
                "day before",
                "year before",
                "row above",
                "one above",
            )
        ),
    ),
    *phrases(
        "each",
        "",
        "each column|per column|every column|in each|for each|per month|"
        "each month|per quarter|each quarter|each year|per year|of each|every month",
    ),
    *phrases(
        "anywhere",
        "",
        "anywhere|any cell|all cells|whole table|entire table|the table|"
        "in the table|any of|across|in all|all of|everywhere|the whole thing|the data",
    ),
    *phrases(
        "rows",
        "",
        "row|rows|record|records|entire row|whole row|entire line|whole line|full line|full row|"
        "the whole|the entire",
    ),
    *phrases(
        "not",
        "",
        "not|isn't|aren't|isnt|arent|doesn't|don't|no longer|except|excluding|"
        "never|without|w/o|haven't|hasn't|non|un|no|lacking|nobody|no one|wasn't|weren't|wasnt|"
        "werent|didn't|didnt|won't|isnt|can't|ignoring|ignore|leave out|leaving out|apart from|"
        "aside from|except for|not counting|skip|skipping|leave the|leave any|leaving the|unless|"
        "anything but|everything but|forgot to|forgotten to|forget to",
    ),
    *phrases("listed", "", "list|lists|list of|listed"),
    *phrases("and", "", "and|but|while|where also|as well as|&"),
    *phrases("or", "", "or|either|/"),
]
