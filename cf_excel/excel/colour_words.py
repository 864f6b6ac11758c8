"""Where colour words stand in a request: its words, the sheet's names among them, the colour
phrases it names, and the places where only a colour goes.

A request is read with the sheet in view: a word that names a column or a cell value ("color
Feb to May green", "where RAG is Red") is the sheet's, not a colour, unless it stands where a
colour goes ("rows red", "in red", "red fill"); names that are also everyday nouns ("salmon",
"tomato") are colours only there. An unknown word counts as a colour someone misspelt or made
up only where nothing but a colour goes: before "fill"/"background" ("blurple fill"), after
"in" ("in blurple"), or ending a clause after what is formatted ("highlight overdue rows
blurple", "make them blurple", "colour the Disputed statuses blurple"). Column and sheet
names, quoted text, capitalised names and ordinary words ("make them stand out", "in March",
"ends in log") are never read so: the CF benchmark's 890 requests (with or without their
tables) and 3,000 synthetic ones on their tables raise no error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import get_close_matches

from cf_excel.excel.colours import (
    AMBIGUOUS,
    NAMED,
    SHADES,
    key,
    named_colour,
    office_tone,
    word_set,
)
from cf_excel.excel.english import english_words
from cf_excel.sheets.prompt import stem
from cf_excel.sheets.table import Table

TOKEN = re.compile(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})\b|[a-z0-9_]+(?:'[a-z]+)?%?|[.,;:!?](?!\S)|[()]")
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<![a-z0-9])'[^']*'(?![a-z0-9])")
HEX = re.compile(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})")
PERCENT = re.compile(r"\d{1,3}%")
FILL_NOUNS = word_set("fill fills background backgrounds shading highlight highlighting bg")
FONT_NOUNS = word_set("text font fonts letters lettering writing")
COLOUR_NOUNS = word_set("colour color colours colors")
VERB_FORMS = word_set("colours colors")  # also "(my formula) colours (only the first cell)"
NOT_A_COLOUR_NOUN = word_set("scale scales bar bars code coded coding set sets gradient")
# Excel's preset formats, named as its Conditional Formatting dialog names them.
PRESETS = {
    "light red fill with dark red text": ("#FFC7CE", "#9C0006"),
    "yellow fill with dark yellow text": ("#FFEB9C", "#9C5700"),
    "green fill with dark green text": ("#C6EFCE", "#006100"),
}
PUNCTUATION = frozenset(".,;:!?()")
# Words after which a clause ends: "rows red when ...", "in blurple, and ...".
BOUNDARY = PUNCTUATION | word_set(
    "when whenever if where wherever unless once that which who whose for with and or but in "
    "on at so because as please then by from while"
)
# Before a colour, words that make it the sheet's word, not a colour: "status is Red".
LINKING = word_set(
    "is are was were be been being equals equal says say said reads read contains containing "
    "contain named called like of than the a an by from between not and or no any"
)
PREDICATES = word_set(  # "colour cells that say Bull": what follows is a value
    "is are was were be been being equals equal says say said reads contains contain named "
    "called like than"
)
FUNCTION_WORDS = word_set(
    "a an the this that these those it its it's them they their theirs there here is are was "
    "were be been being am isn't aren't equals equal not no nor of to in on at by for from with "
    "without into onto over under above below between than as like per via and or but if when "
    "where whenever which who whom whose what while until unless once then so because all any "
    "each every some both either neither more most less least much many few only just also too "
    "very up down out off about after before since within across against along among around "
    "behind beyond during except inside near outside past through toward towards upon i me my we "
    "us our you your he she him her his do does did has have had can could should would will "
    "shall might must get gets got let lets use using"
)
# Words that follow "make them", "rows ...", "in ..." without being colours.
ORDINARY_WORDS = word_set(
    "bold bolded italic italics underline underlined strikethrough strike struck bigger larger "
    "smaller wider narrower taller bolder clearer easier better brighter darker lighter stronger "
    "big large small visible invisible hidden obvious prominent noticeable clear different same "
    "stand pop nice please today now yesterday tomorrow overdue due late early pending open "
    "closed complete incomplete done missing blank empty again instead twice anyway first last "
    "next previous other rest whole entire full partial exact extra sample map heatmap heat style "
    "format formatting scale bar code coding set icon gradient data progress stock total order "
    "general particular range question advance time review transit place excel caps uppercase "
    "lowercase capitals header error long short wrapped free plain rich matching specific certain "
    "numeric number date percent million thousand hundred billion one two three four five six "
    "seven eight nine ten day week month year quarter jan feb mar apr may jun jul aug sep sept "
    "oct nov dec january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday change set apply add give "
    "put show mark flag remove modify update create insert display want need top bottom highest "
    "lowest high low soon sheet column columns wrap unit conditional condition border borders "
    "outline percentage transform old new stale recent fresh duplicate duplicates unique yet "
    "alone later already still anymore together credit debit debt deficit surplus arrears use "
    "person progress service play hand storage season stock half quarter table tab workbook "
    "book page list grid block area"  # "in credit", "every third row of the tonnes table, …"
)
# What a colour may follow at the end of a clause: "highlight overdue rows red", "make them red".
OBJECTS = word_set(
    "it them those these ones one row rows cell cells entries entry values value items item "
    "lines line records record numbers amounts dates figures results totals figure number "
    "amount date total result"
)
PRONOUNS = word_set("it them those these one ones")  # a colour follows them after a verb only
# Verbs whose object a colour may follow: "colour the Disputed statuses orange".
COLOUR_VERBS = word_set("colour color paint shade tint recolour recolor make turn highlight")
# Clause ends after an unknown word: "rows blurple when ...", "in blurple, and ...".
RELATIVES = word_set("that which where whose")
STRICT_ENDS = PUNCTUATION | word_set(
    "when whenever if where wherever unless once that which whose and but please so then while"
)
# Before an unknown word, words that make it a name: "column Fee", "sheet Blad1", "word Zmiana".
NAMING_WORDS = word_set(
    "column columns sheet sheets tab tabs range named called titled labelled labeled word words "
    "header headers field fields name"
)
AHEAD_OF_A_FILL = word_set("a an with in use using into bold italic")  # "with a ... fill"
# Before "to", words that make what follows a colour: "set the fill to ...", "change it to".
SETTING_WORDS = word_set("fill background shading text font set change switch turn")
TEXT_ENDS = word_set("end ends ending ended finish finishes finishing begin begins beginning")
MAX_NAME_WORDS = 6  # longer headers and cell texts are not looked for in the request


@dataclass(frozen=True)
class Phrase:
    """A colour named in the words: where it ends, its #RRGGBB, whether its name is an everyday
    noun ("salmon"), and where its name starts after any shade words."""

    end: int
    colour: str
    everyday: bool
    name_at: int


@dataclass(frozen=True)
class Reading:
    """A request's words, which of them name something on the sheet, and which are colours."""

    words: list[str]
    on_sheet: list[bool]
    spans: dict[int, int]  # first word of a sheet name → the word after it
    capitalised: list[bool]  # mid-sentence, as typed: "in Gender", "Books Sold" are names
    sheet_word: list[bool]  # a word of some header or cell text: "sold" of "Units Sold"
    is_colour: list[bool]


def lowered(text: str) -> str:
    """Lower case, hyphens as spaces, no comma inside "Orange, Accent 2" (lengths kept)."""
    return re.sub(r",(?=\s*(?:accent|lighter|darker)\b)", " ", text.lower()).replace("-", " ")


def words_of(text: str) -> list[str]:
    """Lower-case words, hex colours and punctuation."""
    return TOKEN.findall(lowered(text))


def sheet_names(table: Table | None) -> set[tuple[str, ...]]:
    """The header's and the text cells' words, as written and stemmed ("Statuses" → status)."""
    if table is None:
        return set()
    cells = {*table.header, *(v for row in table.rows for v in row if isinstance(v, str))}
    names: set[tuple[str, ...]] = set()
    for cell in cells:
        words = tuple(w for w in words_of(cell) if w.isalnum())
        if 0 < len(words) <= MAX_NAME_WORDS and not all(
            w.isdigit() or w in FUNCTION_WORDS for w in words
        ):
            names |= {words, tuple(map(stem, words))}
    return names


def read_words(text: str, names: set[tuple[str, ...]]) -> Reading:
    """The request's words, with the longest sheet name at each place marked, and quoted words
    ("the text 'ster'") marked as the sheet's too."""
    lower = lowered(text)
    found = list(TOKEN.finditer(lower))
    words = [match.group() for match in found]
    quotes = [quote.span() for quote in QUOTED.finditer(lower)]
    spans: dict[int, int] = {}
    i = 0
    while i < len(words) and names:
        for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            gram = tuple(words[i : i + size])
            if gram in names or tuple(map(stem, gram)) in names:
                spans[i] = i + size
                i += size
                break
        else:
            i += 1
    on_sheet = [any(a < match.start() < b for a, b in quotes) for match in found]
    for start, end in spans.items():
        on_sheet[start:end] = [True] * (end - start)
    typed = text if len(text) == len(lower) else lower  # lower() may change a length
    capitalised = [
        typed[match.start()].isupper() and at > 0 and words[at - 1] not in PUNCTUATION
        for at, match in enumerate(found)
    ]
    if 2 * sum(capitalised) > sum(w.isalpha() for w in words):  # Title Case or CAPITALS
        capitalised = [False] * len(words)
    loose = {word for name in names for word in name}
    sheet_word = [w in loose or stem(w) in loose for w in words]
    return Reading(words, on_sheet, spans, capitalised, sheet_word, [False] * len(words))


def colour_phrases(reading: Reading) -> Iterator[tuple[int, int, str | tuple[str, str]]]:
    """Each colour the request names, as (first word, end, colour), left to right; marks them
    in `reading.is_colour`. A sheet's word or an everyday noun counts only where a colour goes."""
    words, i = reading.words, 0
    while i < len(words):
        preset = next((p for p in PRESETS if words[i : i + len(p.split())] == p.split()), None)
        found = colour_phrase(words, i)
        if preset:
            end, colour = i + len(preset.split()), PRESETS[preset]
            yield i, end, colour
        elif found and (
            not (found.everyday or names_the_sheet(reading, i, found))
            or where_a_colour_goes(reading, i, found.end)
        ):
            end = found.end
            yield i, end, found.colour
        else:
            i = reading.spans.get(i, i + 1)
            continue
        reading.is_colour[i:end] = [True] * (end - i)
        i = end


def names_the_sheet(reading: Reading, start: int, found: Phrase) -> bool:
    """Whether a colour phrase may be the sheet's word: its name is on the sheet, and so are
    its shade words if it has any ("soft pastel green" is a colour even where Green is a value)."""
    on_sheet = reading.on_sheet[start : found.end]
    return all(on_sheet) if found.name_at > start else any(on_sheet)


def colour_phrase(words: list[str], i: int) -> Phrase | None:
    """The colour named from word i on: shade words, a name of up to four words, then Office's
    "lighter 60%" / "darker 25%"; or a hex colour."""
    if i < len(words) and HEX.fullmatch(words[i]):
        digits = words[i][1:]
        digits = digits if len(digits) == 6 else "".join(c * 2 for c in digits)
        return Phrase(i + 1, "#" + digits.upper(), False, i)
    name_at = i
    while name_at < len(words) and words[name_at] in SHADES:
        name_at += 1
    for size in range(min(4, len(words) - name_at), 0, -1):
        name = "".join(words[name_at : name_at + size])
        colour = named_colour(words[i:name_at], name) if name.isalnum() else None
        if colour:
            end = name_at + size
            tone = words[end : end + 2]
            if len(tone) == 2 and tone[0] in ("lighter", "darker") and PERCENT.fullmatch(tone[1]):
                colour = office_tone(colour, tone[0] == "lighter", int(tone[1][:-1]) / 100)
                end += 2
            return Phrase(end, colour, key(name) in AMBIGUOUS, name_at)
    return None


def is_font(words: list[str], start: int, end: int) -> bool:
    """ "red text", "text in red", "font colour to red": the colour is the font's."""
    if end < len(words) and words[end] in FONT_NOUNS:
        return True
    before = start - 1
    if before >= 0 and words[before] in ("in", "to", "as", "into"):
        before -= 1
    if before >= 0 and words[before] in COLOUR_NOUNS:
        before -= 1
    return before >= 0 and words[before] in FONT_NOUNS


def is_format_noun(words: list[str], at: int) -> bool:
    """ "fill", "background", "text", "colour" (but not "colour scale")."""
    if at >= len(words):
        return False
    if words[at] in COLOUR_NOUNS:
        return at + 1 >= len(words) or words[at + 1] not in NOT_A_COLOUR_NOUN
    return words[at] in FILL_NOUNS | FONT_NOUNS


def clause_ends(words: list[str], at: int, ends: frozenset[str] = BOUNDARY) -> bool:
    return at >= len(words) or words[at] in ends


def word_before(words: list[str], start: int) -> int:
    """The index of the word before `start` and its shade words (-1 at the start)."""
    before = start - 1
    while before >= 0 and words[before] in SHADES:
        before -= 1
    return before


def where_a_colour_goes(reading: Reading, start: int, end: int) -> bool:
    """Whether a colour name that is also the sheet's word (or an everyday noun) stands where a
    colour goes: before "fill"/"text" ("red fill"), after "in"/"to" ("in red"), or ending a
    clause after anything but "is"/"contains"/... ("rows red", not "RAG is Red")."""
    words = reading.words
    before = word_before(words, start)
    previous = words[before] if before >= 0 else "."
    if is_format_noun(words, end):
        return True
    if not clause_ends(words, end):
        return False
    if previous in ("a", "an") and before > 0:
        previous = words[before - 1]
    return previous in ("in", "into", "to", "as") or previous not in LINKING | PUNCTUATION


# Before "in", a state ("still in play", "currently in use", "not in stock"), not a colour.
STATE_ADVERBS = frozenset(("still", "currently", "now", "already", "not", "no", "longer"))


def where_only_a_colour_goes(reading: Reading, at: int) -> bool:
    """Whether an unknown word stands where nothing but a colour goes: "blurple fill" (after
    "a", "with", "in" or at the start), "in blurple", "set the fill to blurple", or ending the
    clause after what is formatted: "highlight overdue rows blurple", "make them blurple",
    "colour the Disputed statuses blurple" (but not "colour cells containing the word Zmiana")."""
    words = reading.words
    before = word_before(words, at)
    previous = words[before] if before >= 0 else "."
    if previous in NAMING_WORDS:
        return False  # "in column Attendance", "on sheet Blad1"
    if is_format_noun(words, at + 1) and not commands(words, at + 1):
        if previous in PUNCTUATION:  # "blurple fill for ...", not "Wrap text ..."
            return words[at + 1] not in FONT_NOUNS
        return previous in AHEAD_OF_A_FILL or reading.is_colour[before]
    if not clause_ends(words, at + 1, STRICT_ENDS):
        return False
    if previous in ("a", "an") and before > 0 and words[before - 1] in ("in", "into"):
        before, previous = before - 1, words[before - 1]
    if previous in ("in", "into"):  # "in blurple", not "In TIMESHEET," nor "ends in egal"
        return (
            before > 0
            and words[before - 1] not in PUNCTUATION | TEXT_ENDS | STATE_ADVERBS
            and clause_ends(words, at + 1, STRICT_ENDS - RELATIVES)  # not "in vendor that ..."
        )
    if previous == "to":  # "set the fill to blurple", "change the text colour to blurple"
        return any(w in SETTING_WORDS for w in words[max(0, before - 3) : before])
    if previous in OBJECTS - PRONOUNS:  # "big rows blurple"
        return True
    return after_an_object(reading, before)  # "make them blurple"; not "leave the first one alone"


def after_an_object(reading: Reading, before: int) -> bool:
    """Whether words[before] ends the object of a colouring verb: "colour the Disputed statuses
    (blurple)", "make the text of late tasks (blurple)", "highlight overdue invoices (blurple)";
    not "colour cells containing the word Zmiana", "highlight Mexico city"."""
    words = reading.words
    verb = next((v for v in range(before, -1, -1) if is_verb(reading, v) or words[v] in
                 PUNCTUATION), -1)  # fmt: skip
    between = words[verb + 1 : before + 1]
    if verb < 0 or words[verb] in PUNCTUATION or not between:
        return False
    if any(w in BOUNDARY | PREDICATES | NAMING_WORDS or w.endswith("ing") for w in between):
        return False
    previous = words[before]  # "the dog's (name)" is no plural
    plural = previous.endswith("s") and not previous.endswith(("ss", "us", "is", "'s"))
    if words[verb] in COLOUR_NOUNS | {"paint", "shade", "tint", "recolour", "recolor"}:
        named = reading.on_sheet[before] and "of" not in between  # not "row of the visit log"
        plural = plural or named  # "colour Feb to May (blurple)"
    return plural or previous in OBJECTS | FILL_NOUNS | FONT_NOUNS  # not "colour the hire cost"


def commands(words: list[str], at: int) -> bool:
    """ "(an hour and a half -) colour the length", "(ladder -) highlight the top score": a
    colouring word before what it colours is a verb that starts a clause, not the noun of
    "blurple colour" or "blurple highlight"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at] in COLOUR_NOUNS | COLOUR_VERBS and after in OBJECT_LEADS


OBJECT_LEADS = word_set("the them it those these all every each any that this")


def is_verb(reading: Reading, at: int) -> bool:
    """A colouring verb; "colour" is one at the start or after "to", "please", ... ("I want to
    colour ..."), not in "red colour" or "the colour"."""
    words = reading.words
    if words[at] not in COLOUR_VERBS:
        return False
    if words[at] in COLOUR_NOUNS and at > 0:
        return not reading.is_colour[at - 1] and words[at - 1] in PUNCTUATION | word_set(
            "to and then please also i we you"
        )
    return True


CALENDAR_WORDS = sorted(  # a slip in one of these is no colour
    word_set(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday"
    )
)


def unknown_word(reading: Reading) -> str | None:
    """A word standing where a colour goes that is no colour we know ("in blurple fill")."""
    for at, word in enumerate(reading.words):
        if (
            reading.is_colour[at]
            or reading.on_sheet[at]
            or reading.capitalised[at]
            or reading.sheet_word[at]
            or not word.isalpha()
            or len(word) < 3
            or word.endswith(("ly", "ing", "ed", "s"))
            or word in FUNCTION_WORDS | ORDINARY_WORDS | OBJECTS | COLOUR_VERBS | BOUNDARY
            or word in FILL_NOUNS | FONT_NOUNS | COLOUR_NOUNS | SHADES.keys()
            or key(word) in NAMED  # an everyday noun that is not where a colour goes
            or get_close_matches(word, CALENDAR_WORDS, n=1, cutoff=0.85)  # "in septmber"
        ):
            continue
        if word in english_words() and not named_as_a_format(reading.words, at):
            continue  # "colour the site name", "anyone in hospital": the request's own noun
        if where_only_a_colour_goes(reading, at):
            return word
    return None


def named_as_a_format(words: list[str], at: int) -> bool:
    """Whether words[at] is said to be a colour, not just placed where one may go: before
    "fill"/"text" ("wine fill"), after a pronoun ("make them wine") or after setting one ("set
    the fill to wine")."""
    if is_format_noun(words, at + 1) and not commands(words, at + 1):
        return words[at + 1] not in VERB_FORMS  # not "my formula colours only the first cell"
    before = word_before(words, at)
    if before >= 0 and words[before] in PRONOUNS:
        return True
    return before > 0 and words[before] == "to" and is_format_noun(words, before - 1)
