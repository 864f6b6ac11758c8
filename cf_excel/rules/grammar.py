"""Load the CF rule grammar once, as an LALR parser with Lark's contextual lexer.

The grammar ships inside the wheel as `cf_excel/grammar/cf_rule.lark` (mapped from the
repository's top-level `grammar/` folder by pyproject.toml), so it is read as package data.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark

GRAMMAR_FILE = "cf_rule.lark"


def grammar_text() -> str:
    """The grammar source: package data when installed, else the checkout's grammar/ folder
    (running from a source tree that was never installed, as on a training machine)."""
    try:
        source = resources.files("cf_excel.grammar") / GRAMMAR_FILE
    except ModuleNotFoundError:
        source = Path(__file__).resolve().parents[2] / "grammar" / GRAMMAR_FILE
    return source.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def rule_parser() -> Lark:
    """The shared LALR parser; `parse_interactive()` on it drives constrained decoding."""
    # cache: Lark keeps the LALR tables in the temp folder, keyed by the grammar's hash, so
    # that a command's start does not rebuild them (0.15 s)
    return Lark(
        grammar_text(), parser="lalr", lexer="contextual", propagate_positions=True, cache=True
    )
