"""Load the CF rule grammar once, as an LALR parser with Lark's contextual lexer.

The grammar ships inside the wheel as `cf_excel/grammar/cf_rule.lark` (mapped from the
repository's top-level `grammar/` folder by pyproject.toml), so it is read as package data.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from lark import Lark

GRAMMAR_FILE = "cf_rule.lark"


def grammar_text() -> str:
    """The grammar source, from the installed package."""
    return (resources.files("cf_excel.grammar") / GRAMMAR_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def rule_parser() -> Lark:
    """The shared LALR parser; `parse_interactive()` on it drives constrained decoding."""
    return Lark(grammar_text(), parser="lalr", lexer="contextual", propagate_positions=True)
