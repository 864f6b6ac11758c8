"""The look of formatted cells, from the user's words: "red", "light green text", "bold", "#FFC000".

The model writes the rule; the format is read from the request by this small reader, because
colour words are a closed vocabulary that a lookup table gets right (`colours.py`: Excel's
palette, Office's theme, the CSS/X11 names, shades and tints). Words name a fill by default
("highlight overdue rows red"); "text", "font" or "letters" next to a colour make it the font
colour. With no format words, Excel's own default applies: light red fill with dark red text.

The request is read with the sheet in view (`colour_words.py`): a header or cell value ("color
Feb to May green", "where RAG is Red") is the sheet's word, not a colour, unless it stands where
a colour goes. A word that stands where only a colour goes but is no colour we know ("rows
blurple", "in blurple", "blurple fill") raises FormatError naming it and the closest names,
rather than silently using the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cf_excel.excel.colour_words import (
    COLOUR_NOUNS,
    colour_phrase,
    colour_phrases,
    is_font,
    read_words,
    sheet_names,
    unknown_word,
    words_of,
)
from cf_excel.excel.colours import closest_names, colour_name
from cf_excel.sheets.table import Table

KNOWN_NAMES = "red, light green, teal, crimson, ...: the CSS/X11 and Office names"


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


def format_from_text(text: str, table: Table | None = None) -> CellFormat:
    """The format a request asks for; Excel's default light red when it names none. With the
    request's `table`, its header and text cells are read as the sheet's words, not colours."""
    lowered = text.lower()
    bold = bool(re.search(r"\bbold(?:ed)?\b", lowered))
    italic = bool(re.search(r"\bitalics?\b|\bitalici[sz]ed?\b", lowered))
    reading = read_words(text, sheet_names(table))
    fill = font = None
    for start, end, colour in colour_phrases(reading):
        if isinstance(colour, tuple):  # one of Excel's presets names both
            fill, font = fill or colour[0], font or colour[1]
        elif is_font(reading.words, start, end):
            font = font or colour
        else:
            fill = fill or colour
    unknown = unknown_word(reading)
    if unknown:
        raise unknown_colour(unknown, "name a colour")
    if fill is None and font is None:
        if bold or italic:
            return CellFormat(fill=None, font_color=None, bold=bold, italic=italic)
        return DEFAULT_FORMAT
    return CellFormat(fill=fill, font_color=font, bold=bold, italic=italic)


def parse_colour(text: str) -> str:
    """A colour name ("light green", "soft pastel teal", "blue, accent 1, lighter 80%") or hex
    ("#c6efce", "#FC0") → "#RRGGBB"."""
    words = [w for w in words_of(text) if w not in COLOUR_NOUNS]
    found = colour_phrase(words, 0) if words else None
    if found is None or found.end != len(words):
        raise unknown_colour(text.strip(), "use a name")
    return found.colour


def format_from_options(
    text: str,
    fill: str | None,
    font_color: str | None,
    bold: bool,
    italic: bool,
    table: Table | None = None,
) -> CellFormat:
    """The request's format, overridden by explicit options (--fill, --font-color, ...)."""
    fmt = format_from_text(text, table)
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


def unknown_colour(name: str, advice: str) -> FormatError:
    """The error for a colour we do not know, with the known names it most resembles."""
    close = closest_names(name.lower())
    hint = f" (did you mean {' or '.join(', '.join(close).rsplit(', ', 1))}?)" if close else ""
    return FormatError(
        f"unknown colour {name!r}{hint}: {advice} ({KNOWN_NAMES}; light/dark/pastel/muted "
        "shades) or give #RRGGBB"
    )
