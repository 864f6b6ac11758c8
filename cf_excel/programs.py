"""Bash and Python as languages: their real parsers (bashlex, `ast`) and the lexical facts
about Bash commands (flags, utilities that run another command) that both the BPE codec's CPD
spans and the NL2Bash template metric read. Whether a generated program is valid is decided here.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Literal

Language = Literal["bash", "python"]

# A word after one of these flags is a utility (find -exec rm {} \;).
EXEC_FLAGS = frozenset({"-exec", "-execdir", "-ok", "-okdir"})
# Utilities that run another command, with those of their flags that take a value.
PREFIX_FLAGS: dict[str, frozenset[str]] = {
    "xargs": frozenset({"-I", "-i", "-n", "-P", "-L", "-l", "-s", "-d", "-E", "-e", "-a"}),
    "sudo": frozenset({"-u", "-g"}),
    "nice": frozenset({"-n"}),
    "nohup": frozenset(),
    "time": frozenset(),
    "exec": frozenset(),
}
NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d+)?[A-Za-z]?")  # -7, -100k
# A control operator, or a word made of quoted parts, escapes and other characters.
BASH_TOKEN = re.compile(
    r"""\|\||&&|[|;&]|(?:'[^']*'|"(?:\\.|[^"\\])*"|\\.|[^\s|;'"\\]|['"\\])+""", re.S
)
# bashlex 0.18 loops, allocating until out of memory, on an unclosed `${` in single quotes
# followed by more of the word (`echo '${'x`): its _paramexpand restarts at find('}') == -1.
BASHLEX_LOOPS = re.compile(r"'[^']*\$\{[^}']*'")


def is_flag(word: str, previous: str = "") -> bool:
    """Flags start with '-', but '-' is stdin and a number after a long flag its value.

    So `find -mtime -7` has the argument -7 (as `+7` would be), while `ls -1` and `xargs -0` keep
    their flags; short flags taking negative numbers (`tail -n -5`) are rare enough to ignore.
    """
    if len(word) < 2 or word[0] != "-":
        return False
    return not (NEGATIVE_NUMBER.fullmatch(word) and len(previous) > 2 and is_flag(previous))


def parse_bash(command: str) -> list[Any] | None:
    """Parse with bashlex; None when it fails (it raises several error types, some not its own)."""
    import bashlex  # builds its LALR tables on import (0.2 s): only when Bash is parsed

    if BASHLEX_LOOPS.search(command):
        return None
    try:
        return list(bashlex.parse(command))
    except Exception:  # ParsingError, MatchedPairError, NotImplementedError, ...
        return None


def bash_is_valid(command: str) -> bool:
    """Whether bashlex parses the command, a proxy for its being runnable Bash."""
    return parse_bash(command) is not None


def python_is_valid(code: str) -> bool:
    """Whether the code parses as a Python module (an expression or statement list)."""
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # ValueError: NUL bytes
        return False
    return True


def is_valid_program(language: Language, code: str) -> bool:
    """Bash parsed by bashlex, Python by `ast.parse`: real parsers, not the tokenizer."""
    return bash_is_valid(code) if language == "bash" else python_is_valid(code)
