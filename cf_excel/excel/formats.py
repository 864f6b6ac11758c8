"""The look of formatted cells, from the user's words: "red", "light green text", "bold", "#FFC000".

The model writes the rule; the format is read from the request by this small parser, because
colour words are a closed vocabulary that a lookup table gets exactly right. Words name a fill
by default ("highlight overdue rows red"); "text", "font" or "letters" next to a colour make it
the font colour. With no format words, Excel's own default applies: light red fill with dark red
text. A colour name it does not know, where the words clearly ask for a colour ("in blurple"),
raises FormatError naming it, rather than silently using red.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Excel's palette names plus the everyday names people type; light/dark shades are Excel's
# "Good"/"Bad"/"Neutral" style colours where one exists.
COLOURS: dict[str, str] = {
    "red": "#FF0000",
    "light red": "#FFC7CE",
    "dark red": "#C00000",
    "pink": "#FFC0CB",
    "light pink": "#FCE4EC",
    "orange": "#FFC000",
    "light orange": "#FCE4D6",
    "dark orange": "#C65911",
    "amber": "#FFBF00",
    "yellow": "#FFFF00",
    "light yellow": "#FFEB9C",
    "dark yellow": "#BF8F00",
    "gold": "#FFD700",
    "green": "#00B050",
    "light green": "#C6EFCE",
    "dark green": "#006100",
    "lime": "#92D050",
    "teal": "#008080",
    "cyan": "#00FFFF",
    "turquoise": "#40E0D0",
    "blue": "#0070C0",
    "light blue": "#BDD7EE",
    "dark blue": "#002060",
    "navy": "#002060",
    "sky blue": "#87CEEB",
    "purple": "#7030A0",
    "light purple": "#E4DFEC",
    "violet": "#8064A2",
    "lavender": "#E6E6FA",
    "magenta": "#FF00FF",
    "brown": "#833C0B",
    "grey": "#BFBFBF",
    "gray": "#BFBFBF",
    "light grey": "#D9D9D9",
    "light gray": "#D9D9D9",
    "dark grey": "#595959",
    "dark gray": "#595959",
    "black": "#000000",
    "white": "#FFFFFF",
}
SHADES = ("light", "dark", "pale", "bright", "deep")
SHADE_ALIASES = {"pale": "light", "bright": "", "deep": "dark"}
FONT_WORDS = r"(?:text|font|letters|writing|lettering)"
FILL_WORDS = r"(?:fill|background|shading|highlight|cells?|rows?)"
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
NAMES = sorted(COLOURS, key=len, reverse=True)
COLOUR_PATTERN = "|".join(re.escape(name) for name in NAMES)
# "in blurple", "blurple fill", "colour it blurple": a word in a colour's place.
COLOUR_SLOT = re.compile(
    rf"\b(?:in|to)\s+([a-z]+)\s*(?:{FILL_WORDS}|{FONT_WORDS})\b"
    rf"|\b(?:colou?r(?:ed)?(?:\s+(?:it|them))?|make\s+(?:it|them)|turn\s+(?:it|them))\s+([a-z]+)\b"
    rf"|\bwith\s+(?:a\s+)?([a-z]+)\s+(?:{FILL_WORDS}|{FONT_WORDS})\b",
    re.IGNORECASE,
)
WORDS_IN_A_COLOUR_SLOT = (  # "colour scale", "colour code by", "in bold": not colour names
    "a an the bold italic italics it them their its this that my all each every red green "
    "cell cells row rows column columns text font fill background light dark scale scales "
    "bar bars code coded coding set sets icon icons gradient based by of in on for if when "
    "where according"
)
NOT_COLOURS = frozenset(WORDS_IN_A_COLOUR_SLOT.split())


class FormatError(ValueError):
    """A colour or format the user asked for that cf-excel does not know."""


@dataclass(frozen=True)
class CellFormat:
    """What a matched cell looks like; colours are #RRGGBB, None leaves the cell's own."""

    fill: str | None = "#FFC7CE"  # Excel's "Light Red Fill with Dark Red Text"
    font_color: str | None = "#9C0006"
    bold: bool = False
    italic: bool = False

    def as_json(self) -> dict[str, str | bool | None]:
        return {
            "fill": self.fill,
            "font_color": self.font_color,
            "bold": self.bold,
            "italic": self.italic,
        }

    def describe(self) -> str:
        """ "red fill", "bold dark red text on light red fill" (for candidate sentences)."""
        parts = []
        style = " ".join(w for w, on in (("bold", self.bold), ("italic", self.italic)) if on)
        if self.font_color:
            parts.append(f"{style + ' ' if style else ''}{colour_name(self.font_color)} text")
        elif style:
            parts.append(f"{style} text")
        if self.fill:
            parts.append(f"{colour_name(self.fill)} fill")
        return " on ".join(parts) if len(parts) == 2 else parts[0] if parts else "no change"


DEFAULT_FORMAT = CellFormat()


def colour_name(hex_colour: str) -> str:
    """The first name of a palette colour (Excel's default dark red text is "dark red")."""
    if hex_colour == DEFAULT_FORMAT.font_color:
        return "dark red"
    for name, value in COLOURS.items():
        if value == hex_colour:
            return name
    return hex_colour


def parse_colour(text: str) -> str:
    """A colour name ("light green") or hex ("#c6efce", "#FC0") → "#RRGGBB"."""
    words = " ".join(text.strip().lower().split())
    words = re.sub(r"\bcolou?r\b", "", words).strip()
    if HEX.fullmatch(words):
        digits = words[1:]
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return "#" + digits.upper()
    for shade, canonical in SHADE_ALIASES.items():
        words = re.sub(rf"^{shade}\b", canonical, words).strip()
    if words in COLOURS:
        return COLOURS[words]
    known = ", ".join(sorted(n for n in COLOURS if " " not in n))
    raise FormatError(
        f"unknown colour {text.strip()!r}: use a name ({known}; 'light'/'dark' shades) or #RRGGBB"
    )


def format_from_text(text: str) -> CellFormat:
    """The format a request asks for; Excel's default light red when it names none."""
    lowered = text.lower()
    bold = bool(re.search(r"\bbold(?:ed)?\b", lowered))
    italic = bool(re.search(r"\bitalics?\b|\bitalici[sz]ed?\b", lowered))
    fill = font = None
    shade = rf"(?:(?:{'|'.join(SHADES)})\s+)?"
    words = rf"(?<![\w#])({shade}(?:{COLOUR_PATTERN})(?!\w)|{HEX.pattern})"
    for match in re.finditer(words, lowered):
        colour = parse_colour(match.group(1))
        after = lowered[match.end() : match.end() + 14]
        before = lowered[max(0, match.start() - 12) : match.start()]
        is_font = re.match(rf"\s*{FONT_WORDS}\b", after) or re.search(
            rf"{FONT_WORDS}\s+(?:colou?r\s+)?(?:in\s+|to\s+)?$", before
        )
        if is_font and font is None:
            font = colour
        elif not is_font and fill is None:
            fill = colour
    unknown = unknown_colour(lowered)
    if unknown:
        raise FormatError(f"unknown colour {unknown!r} in the request")
    if fill is None and font is None:
        if bold or italic:
            return CellFormat(fill=None, font_color=None, bold=bold, italic=italic)
        return DEFAULT_FORMAT
    return CellFormat(fill=fill, font_color=font, bold=bold, italic=italic)


def unknown_colour(lowered: str) -> str | None:
    """A word standing where a colour goes that is no colour we know ("in blurple fill")."""
    for match in COLOUR_SLOT.finditer(lowered):
        word = next(group for group in match.groups() if group)
        if word in NOT_COLOURS or word in COLOURS or word in SHADES:
            continue
        return word
    return None


def format_from_options(
    text: str, fill: str | None, font_color: str | None, bold: bool, italic: bool
) -> CellFormat:
    """The request's format, overridden by explicit options (--fill, --font-color, ...)."""
    fmt = format_from_text(text)
    if fill is None and font_color is None and not bold and not italic:
        return fmt
    return CellFormat(
        fill=parse_colour(fill) if fill else (fmt.fill if fmt != DEFAULT_FORMAT else None),
        font_color=parse_colour(font_color)
        if font_color
        else (fmt.font_color if fmt != DEFAULT_FORMAT else None),
        bold=bold or fmt.bold,
        italic=italic or fmt.italic,
    )
