"""Argument transfer: a training program answers a new request with the new request's arguments.

The nearest training request often asks for the same thing about other things ("compress
'logs' older than 30 days" vs "compress 'backups' older than 7 days"), so its program has the
right shape and the wrong file names, numbers and variables. Aligning the two requests word by
word says which of the neighbour's words became which of the request's; each of the neighbour's
words that also occurs in its program is replaced there by its counterpart (a retrieve-and-edit
reading of the issue's "copy arguments from the request"; Hashimoto et al., 2018).

CoNaLa's requests quote every variable and string (`lst`, 'abc'), so for Python the quoted
literals of the two requests are also paired in order, and a neighbour with another number of
them is unlikely to fit. A neighbour's word that is in its program but has no counterpart is an
argument left unfilled: the program would still act on the neighbour's file, and it counts
against that neighbour when the answers are ranked (`Transferred.unfilled`).
"""

from __future__ import annotations

import ast
import difflib
import functools
import re
import warnings
from dataclasses import dataclass

from cf_excel.codefusion.config import Target

QUOTED = re.compile(r"`[^`]+`|'[^']+'|\"[^\"]+\"")
PIECE = re.compile(QUOTED.pattern + r"|\S+")
EDGE_PUNCTUATION = ".,;:?!()"
# Words too common to be arguments, even where a program happens to contain them
COMMON_WORDS = frozenset(
    ("a", "an", "the", "of", "in", "to", "and", "or", "from", "with", "for", "by", "on", "at",
     "as", "is", "be", "it", "its", "this", "that", "each", "every", "any", "all", "file",
     "files", "directory", "directories", "folder", "current", "under", "list", "string")
)  # fmt: skip


@dataclass(frozen=True)
class Piece:
    """One word of a request, or one quoted literal without its quotes."""

    text: str
    quoted: bool

    @property
    def shape(self) -> str:
        """What kind of argument it could be: a quoted literal, a number, a path or pattern,
        or a plain word; only pieces of one shape stand in for each other."""
        if self.quoted:
            return "quoted"
        if self.text.isdigit():
            return "number"
        return "path" if re.search(r"[/.*~$]", self.text) else "word"


@dataclass(frozen=True)
class Transferred:
    """A neighbour's program rewritten for the request, and how many of its arguments were
    left as they were for want of a counterpart."""

    code: str
    unfilled: int


def pieces(request: str) -> list[Piece]:
    """The request's words (edge punctuation off) and quoted literals, in order."""
    found = []
    for piece in PIECE.findall(request):
        text = piece.strip(EDGE_PUNCTUATION)
        if len(text) > 1 and text[0] in "`'\"" and text[-1] == text[0]:
            found.append(Piece(text[1:-1].strip(), quoted=True))
        elif text:
            found.append(Piece(text, quoted=False))
    return found


def without_literals(request: str) -> str:
    """The request with each quoted literal one placeholder word: near to another request for
    what it asks, not for the names it asks it of."""
    return QUOTED.sub(" literal ", request)


def literals(request: str) -> list[str]:
    """The request's quoted literals, in order."""
    return [quoted[1:-1].strip() for quoted in QUOTED.findall(request)]


def counterparts(near: list[Piece], request: list[Piece]) -> dict[str, str]:
    """Which of the neighbour's words became which of the request's: those in a stretch the
    alignment replaced one for one, of the same shape, neither containing the other ("gz" is
    not replaced by ".gz")."""
    matcher = difflib.SequenceMatcher(
        None, [p.text.lower() for p in near], [p.text.lower() for p in request], autojunk=False
    )
    found: dict[str, str] = {}
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation != "replace" or i2 - i1 != j2 - j1:
            continue
        for old, new in zip(near[i1:i2], request[j1:j2], strict=True):
            if old.text.lower() in COMMON_WORDS or new.text.lower() in COMMON_WORDS:
                continue
            if old.text in new.text or new.text in old.text:
                continue
            if fits(old, new):
                found.setdefault(old.text, new.text)
    return found


def fits(old: Piece, new: Piece) -> bool:
    """Whether `new` can stand where `old` stood: same shape, or a quoted literal for a
    number or a path (requests quote file names or not)."""
    shapes = {old.shape, new.shape}
    return len(shapes) == 1 or ("quoted" in shapes and "word" not in shapes)


def occurrence(argument: str) -> re.Pattern[str]:
    """The argument as it occurs in a program: not as part of a longer name."""
    pattern = re.escape(argument)
    if re.match(r"\w", argument):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", argument):
        pattern += r"(?!\w)"
    return re.compile(pattern)


def transfer(code: str, near_request: str, request: str, target: Target) -> Transferred:
    """`code`, written for `near_request`, with the arguments `request` has in their place."""
    near, asked = pieces(near_request), pieces(request)
    near_literals, asked_literals = literals(near_request), literals(request)
    mapping: dict[str, str] = {}
    if target == "python" and near_literals and len(near_literals) == len(asked_literals):
        mapping.update(zip(near_literals, asked_literals, strict=True))
    for old, new in counterparts(near, asked).items():
        mapping.setdefault(old, new)
    asked_words = {p.text.lower() for p in asked}
    edits: list[tuple[re.Pattern[str], str]] = []
    unfilled = 0
    for argument in dict.fromkeys(p.text for p in near):
        lowered = argument.lower()
        if argument not in mapping and (lowered in COMMON_WORDS or lowered in asked_words):
            continue  # a word of both requests stays, and so does "a" unless it was `a`
        where = occurrence(argument)
        if not where.search(code):
            continue
        if argument in mapping:
            edits.append((where, mapping[argument]))
        else:
            unfilled += 1
    if target == "python":  # a neighbour quoting more or fewer things did something else
        unfilled += 2 * abs(len(near_literals) - len(asked_literals))
    moved = replace_all(code, edits, target)
    if target == "python" and not parses(moved) and parses(code):  # an edit broke it: keep
        return Transferred(code, unfilled + len(edits))  # the neighbour's, none filled
    return Transferred(moved, unfilled)


def replace_all(code: str, edits: list[tuple[re.Pattern[str], str]], target: Target) -> str:
    """All replacements at once, longest argument first, so that no replacement is replaced.
    In Python, text put where a name or number stood, outside quotes, becomes a string literal
    unless it is an expression itself (`SELECT * FROM t` is a query, `[1, 2]` a list)."""
    edits = sorted(edits, key=lambda edit: -len(edit[0].pattern))
    marked = code
    for number, (where, _) in enumerate(edits):
        marked = where.sub(functools.partial(marked_at, number), marked)
    for number, (_, new) in enumerate(edits):
        marked = marked.replace(marker(number, True), new)
        bare = new if target != "python" or is_expression(new) else python_string(new)
        marked = marked.replace(marker(number, False), bare)
    return marked


def marked_at(number: int, found: re.Match[str]) -> str:
    """The placeholder for the `number`th edit where it was `found`."""
    return marker(number, in_string(found))


def marker(number: int, quoted: bool) -> str:
    """A placeholder no program contains, for the `number`th edit, inside quotes or not."""
    return f"\x00{number}{'q' if quoted else 'b'}\x00"


def in_string(found: re.Match[str]) -> bool:
    """Whether an argument found in a program stands right after an opening quote (or right
    before a closing one): its text is a string's, not a name."""
    before = found.string[found.start() - 1 : found.start()]
    after = found.string[found.end() : found.end() + 1]
    return bool(before and before in "'\"") or bool(after and after in "'\"")


def is_expression(text: str) -> bool:
    """Whether Python reads `text` as one expression."""
    return parses(text, "eval")


def parses(text: str, mode: str = "exec") -> bool:
    """Whether Python reads `text` as a program (or, in mode "eval", as one expression)."""
    try:
        with warnings.catch_warnings():  # "invalid decimal literal" and the like: the answer
            warnings.simplefilter("ignore", SyntaxWarning)  # is no, not a warning to the user
            ast.parse(text, mode=mode)
    except (SyntaxError, ValueError):  # ValueError: a null byte
        return False
    return True


def python_string(text: str) -> str:
    """`text` as a single-quoted Python string, as CoNaLa's programs quote. Backslashes stay
    as they are: requests write them doubled already, as the program's string does."""
    return "'" + text.replace("'", "\\'") + "'"
