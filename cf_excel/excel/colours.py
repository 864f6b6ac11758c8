"""Colour names → #RRGGBB: Excel's everyday palette, Office's theme names, the 148 CSS/X11 names
(CSS Color Module Level 4, §6.1) and a few common names beyond them, with shades and tints.

A name is looked up by its words run together, so "sea green", "seagreen" and "Sea-Green" agree.
Where two tables name the same colour differently, the first wins: Excel's palette (its "Green"
is #00B050, its "Light Green" the "Good" style fill) over Office's theme over CSS (whose green is
#008000 and whose dark gray is lighter than its gray). Shade words modify a name: "light",
"pale", "soft" and "pastel" tint it, "dark" and "deep" darken it, "muted" greys it; Excel's own
light/dark entries are used where they exist ("pastel green" is Excel's light green), and CSS's
compound names next ("deep pink", "pale turquoise"); otherwise the tint mixes in 75% white and
the shade 25% black, as Excel's light blue and dark red do. Office's "Lighter 60%" and
"Darker 25%" follow its HSL luminance arithmetic.
"""

from __future__ import annotations

import colorsys
import difflib


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Excel's standard colours, its Good/Bad/Neutral style fills as the light shades, and everyday
# names; these are the results the project has always given.
PALETTE: dict[str, str] = {
    "red": "#FF0000", "light red": "#FFC7CE", "dark red": "#C00000", "pink": "#FFC0CB",
    "light pink": "#FCE4EC", "orange": "#FFC000", "light orange": "#FCE4D6",
    "dark orange": "#C65911", "amber": "#FFBF00", "yellow": "#FFFF00", "light yellow": "#FFEB9C",
    "dark yellow": "#BF8F00", "gold": "#FFD700", "green": "#00B050", "light green": "#C6EFCE",
    "dark green": "#006100", "lime": "#92D050", "teal": "#008080", "cyan": "#00FFFF",
    "turquoise": "#40E0D0", "blue": "#0070C0", "light blue": "#BDD7EE", "dark blue": "#002060",
    "navy": "#002060", "navy blue": "#002060", "sky blue": "#87CEEB", "purple": "#7030A0",
    "light purple": "#E4DFEC", "violet": "#8064A2", "lavender": "#E6E6FA", "magenta": "#FF00FF",
    "brown": "#833C0B", "grey": "#BFBFBF", "gray": "#BFBFBF", "light grey": "#D9D9D9",
    "light gray": "#D9D9D9", "dark grey": "#595959", "dark gray": "#595959", "black": "#000000",
    "white": "#FFFFFF",
}  # fmt: skip
# Office's theme (2016 onwards) as its colour picker names it: "Orange, Accent 2", "Blue-Gray".
OFFICE: dict[str, str] = {
    "accent 1": "#4472C4", "blue accent 1": "#4472C4", "accent 2": "#ED7D31",
    "orange accent 2": "#ED7D31", "accent 3": "#A5A5A5", "gray accent 3": "#A5A5A5",
    "grey accent 3": "#A5A5A5", "accent 4": "#FFC000", "gold accent 4": "#FFC000",
    "accent 5": "#5B9BD5", "blue accent 5": "#5B9BD5", "accent 6": "#70AD47",
    "green accent 6": "#70AD47", "blue gray": "#44546A", "blue grey": "#44546A",
    "blue gray text 2": "#44546A", "blue grey text 2": "#44546A",
}  # fmt: skip
CSS: dict[str, str] = {
    "alice blue": "#F0F8FF", "antique white": "#FAEBD7", "aqua": "#00FFFF",
    "aquamarine": "#7FFFD4", "azure": "#F0FFFF", "beige": "#F5F5DC", "bisque": "#FFE4C4",
    "black": "#000000", "blanched almond": "#FFEBCD", "blue": "#0000FF", "blue violet": "#8A2BE2",
    "brown": "#A52A2A", "burlywood": "#DEB887", "cadet blue": "#5F9EA0", "chartreuse": "#7FFF00",
    "chocolate": "#D2691E", "coral": "#FF7F50", "cornflower blue": "#6495ED",
    "cornsilk": "#FFF8DC", "crimson": "#DC143C", "cyan": "#00FFFF", "dark blue": "#00008B",
    "dark cyan": "#008B8B", "dark goldenrod": "#B8860B", "dark gray": "#A9A9A9",
    "dark green": "#006400", "dark grey": "#A9A9A9", "dark khaki": "#BDB76B",
    "dark magenta": "#8B008B", "dark olive green": "#556B2F", "dark orange": "#FF8C00",
    "dark orchid": "#9932CC", "dark red": "#8B0000", "dark salmon": "#E9967A",
    "dark sea green": "#8FBC8F", "dark slate blue": "#483D8B", "dark slate gray": "#2F4F4F",
    "dark slate grey": "#2F4F4F", "dark turquoise": "#00CED1", "dark violet": "#9400D3",
    "deep pink": "#FF1493", "deep sky blue": "#00BFFF", "dim gray": "#696969",
    "dim grey": "#696969", "dodger blue": "#1E90FF", "firebrick": "#B22222",
    "floral white": "#FFFAF0", "forest green": "#228B22", "fuchsia": "#FF00FF",
    "gainsboro": "#DCDCDC", "ghost white": "#F8F8FF", "gold": "#FFD700", "goldenrod": "#DAA520",
    "gray": "#808080", "green": "#008000", "green yellow": "#ADFF2F", "grey": "#808080",
    "honeydew": "#F0FFF0", "hot pink": "#FF69B4", "indian red": "#CD5C5C", "indigo": "#4B0082",
    "ivory": "#FFFFF0", "khaki": "#F0E68C", "lavender": "#E6E6FA", "lavender blush": "#FFF0F5",
    "lawn green": "#7CFC00", "lemon chiffon": "#FFFACD", "light blue": "#ADD8E6",
    "light coral": "#F08080", "light cyan": "#E0FFFF", "light goldenrod yellow": "#FAFAD2",
    "light gray": "#D3D3D3", "light green": "#90EE90", "light grey": "#D3D3D3",
    "light pink": "#FFB6C1", "light salmon": "#FFA07A", "light sea green": "#20B2AA",
    "light sky blue": "#87CEFA", "light slate gray": "#778899", "light slate grey": "#778899",
    "light steel blue": "#B0C4DE", "light yellow": "#FFFFE0", "lime": "#00FF00",
    "lime green": "#32CD32", "linen": "#FAF0E6", "magenta": "#FF00FF", "maroon": "#800000",
    "medium aquamarine": "#66CDAA", "medium blue": "#0000CD", "medium orchid": "#BA55D3",
    "medium purple": "#9370DB", "medium sea green": "#3CB371", "medium slate blue": "#7B68EE",
    "medium spring green": "#00FA9A", "medium turquoise": "#48D1CC",
    "medium violet red": "#C71585", "midnight blue": "#191970", "mint cream": "#F5FFFA",
    "misty rose": "#FFE4E1", "moccasin": "#FFE4B5", "navajo white": "#FFDEAD", "navy": "#000080",
    "old lace": "#FDF5E6", "olive": "#808000", "olive drab": "#6B8E23", "orange": "#FFA500",
    "orange red": "#FF4500", "orchid": "#DA70D6", "pale goldenrod": "#EEE8AA",
    "pale green": "#98FB98", "pale turquoise": "#AFEEEE", "pale violet red": "#DB7093",
    "papaya whip": "#FFEFD5", "peach puff": "#FFDAB9", "peru": "#CD853F", "pink": "#FFC0CB",
    "plum": "#DDA0DD", "powder blue": "#B0E0E6", "purple": "#800080", "rebecca purple": "#663399",
    "red": "#FF0000", "rosy brown": "#BC8F8F", "royal blue": "#4169E1", "saddle brown": "#8B4513",
    "salmon": "#FA8072", "sandy brown": "#F4A460", "sea green": "#2E8B57", "seashell": "#FFF5EE",
    "sienna": "#A0522D", "silver": "#C0C0C0", "sky blue": "#87CEEB", "slate blue": "#6A5ACD",
    "slate gray": "#708090", "slate grey": "#708090", "snow": "#FFFAFA", "spring green": "#00FF7F",
    "steel blue": "#4682B4", "tan": "#D2B48C", "teal": "#008080", "thistle": "#D8BFD8",
    "tomato": "#FF6347", "turquoise": "#40E0D0", "violet": "#EE82EE", "wheat": "#F5DEB3",
    "white": "#FFFFFF", "white smoke": "#F5F5F5", "yellow": "#FFFF00", "yellow green": "#9ACD32",
}  # fmt: skip
# Names people type that neither table has.
EVERYDAY: dict[str, str] = {
    "baby blue": "#89CFF0", "burgundy": "#800020", "scarlet": "#FF2400", "lilac": "#C8A2C8",
    "mauve": "#E0B0FF", "periwinkle": "#CCCCFF", "cerulean": "#007BA7", "cobalt": "#0047AB",
    "mint": "#98FF98", "mint green": "#98FF98", "olive green": "#808000", "peach": "#FFE5B4",
    "cream": "#FFFDD0", "charcoal": "#36454F", "mustard": "#FFDB58", "emerald": "#50C878",
    "rose": "#FF007F", "rust": "#B7410E", "sage": "#9CAF88", "jade": "#00A86B", "ruby": "#E0115F",
}  # fmt: skip
# Names that are also everyday nouns ("tomato sales", "snow days", "salmon orders"): read as a
# colour only where a colour goes ("in salmon", "salmon fill", "make them salmon").
AMBIGUOUS = word_set(
    "tomato chocolate salmon coral snow linen tan wheat peru plum orchid khaki ivory bisque "
    "moccasin olive silver thistle honeydew seashell cornsilk azure indigo sienna gainsboro peach "
    "cream mint sage rust rose ruby jade emerald charcoal mustard cobalt"
)
SHADES: dict[str, str] = {  # shade word → what it does
    "light": "tint", "pale": "tint", "soft": "tint", "pastel": "tint", "dark": "shade",
    "deep": "shade", "muted": "mute", "dull": "mute", "dusty": "mute", "bright": "",
    "vivid": "", "medium": "", "very": "very",
}  # fmt: skip
TINT, SHADE = 0.75, 0.25  # white / black mixed in: blue → #B3CCEC ≈ Excel's light blue #BDD7EE


def key(words: str) -> str:
    """The lookup key: letters and digits only ("Sea-Green" → "seagreen")."""
    return "".join(ch for ch in words.lower() if ch.isalnum())


def keyed(*tables: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for table in tables:
        for name, value in table.items():
            merged.setdefault(key(name), value)
    return merged


EXCEL = keyed(PALETTE)
NAMED = keyed(PALETTE, OFFICE, CSS, EVERYDAY)
STYLE_TEXT = {"#9C0006": "dark red", "#9C5700": "dark yellow"}  # Excel's Bad/Neutral text


def first_names(*tables: dict[str, str]) -> dict[str, str]:
    """Each hex's first name, the tables in order (Excel's "dark blue" before "navy")."""
    names: dict[str, str] = {}
    for table in tables:
        for name, value in table.items():
            names.setdefault(value, name)
    return names


NAMES_BY_HEX = STYLE_TEXT | first_names(PALETTE, OFFICE, CSS, EVERYDAY)
SPELLED = sorted({name for table in (PALETTE, OFFICE, CSS, EVERYDAY) for name in table})


def named_colour(shades: list[str], name: str) -> str | None:
    """The colour for shade words and a name key (`["soft", "pastel"]`, "green"), or None."""
    while True:  # shade words run into the name ("palegreen", "darkslategray") count as words
        glued = next((s for s in SHADES if name.startswith(s) and name[len(s) :] in NAMED), None)
        if glued is None:
            break
        shades, name = [*shades, glued], name[len(glued) :]
    if name not in NAMED:  # a CSS name that starts with a shade word: "light goldenrod yellow"
        return NAMED.get("".join(shades) + name)
    kinds = {SHADES[s] for s in shades} - {""}
    literal = NAMED.get("".join(shades) + name) if shades else None  # "deep pink", "medium blue"
    if kinds <= {"tint", "shade"} and len(kinds) <= 1:  # Excel's own light/dark entry first
        excel = EXCEL.get({"tint": "light", "shade": "dark"}.get(next(iter(kinds), ""), "") + name)
        if excel and (kinds or not literal):  # but "medium blue" is CSS's, not Excel's blue
            return excel
    if literal:
        return literal
    steps: list[tuple[str, bool]] = []  # (what a shade word does, whether "very" precedes it)
    for at, shade in enumerate(shades):
        if SHADES[shade] not in ("", "very"):
            steps.append((SHADES[shade], at > 0 and shades[at - 1] == "very"))
    colour = NAMED[name]
    for kind, very in reversed(steps):  # the word next to the name applies first
        colour = shaded(colour, kind, very)
    return colour


def shaded(colour: str, kind: str, very: bool) -> str:
    """One shade word applied: a tint, a shade or a muting, stronger after "very"."""
    if kind == "tint":
        return mixed(colour, "#FFFFFF", 0.9 if very else TINT)
    if kind == "shade":
        return mixed(colour, "#000000", 0.5 if very else SHADE)
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    return hexed(colorsys.hls_to_rgb(hue, lightness, saturation * (0.25 if very else 0.5)))


def office_tone(colour: str, lighter: bool, share: float) -> str:
    """Office's "Lighter 60%" / "Darker 25%": HSL luminance moved toward white or black."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb(colour))
    lightness = lightness + (1 - lightness) * share if lighter else lightness * (1 - share)
    return hexed(colorsys.hls_to_rgb(hue, lightness, saturation))


def mixed(colour: str, other: str, share: float) -> str:
    pairs = zip(rgb(colour), rgb(other), strict=True)
    return hexed(tuple(a + (b - a) * share for a, b in pairs))


def rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def hexed(channels: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in channels)


def colour_name(colour: str) -> str:
    """A colour's name for sentences ("light green", "dark red"), else its hex."""
    return NAMES_BY_HEX.get(colour, colour)


def closest_names(word: str) -> list[str]:
    """Known names that look like a misspelt one ("blurple" → purple)."""
    return difflib.get_close_matches(word, SPELLED, n=3, cutoff=0.6)
