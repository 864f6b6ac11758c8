"""Code tokens for CodeFusion's CF target: canonical rule text ↔ token ids.

A rule is lexed by the grammar's own (contextual) lexer, so every token is one grammar terminal:
`GreaterThan ( c[2] , 4000 )`. Literals that appear among the utterance's words are not spelled
from the vocabulary but *copied*: id `V + j` means "word j of the utterance" (a pointer, as in
pointer-generator networks), so "greater than 4,000" yields `4000` without 4000 being in the
vocabulary, and a multi-word text literal is a run of copy ids. The fixed vocabulary is a
word-level `tokenizers` model trained on the target's code and saved with the checkpoint.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lark import Token
from tokenizers import Tokenizer
from tokenizers.models import WordLevel

from cf_excel.rules.grammar import rule_parser
from cf_excel.rules.parser import CANONICAL_NAMES
from cf_excel.rules.printer import format_number, quote
from cf_excel.sheets.prompt import Word

PAD, UNK = "<pad>", "<unk>"
LITERAL_TYPES = ("NUMBER", "STRING")
NUMBER_WORD = re.compile(r"^[$€£¥]?[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?[kKmM%]?$")
# Terminals CPD pretraining noises: function names, keywords, identifiers (GENIE's "paragraph"
# is the span; CodeFusion restricts it to identifier / keyword tokens).
KEYWORD_TYPES = frozenset(
    {
        "COMPARE_OP",
        "TEXT_OP",
        "RANK_OP",
        "AVERAGE_OP",
        "PRESET_OP",
        "DATE_OP",
        "VISUAL_OP",
        "TODAY_OP",
        "DAYS_OP",
        "ROWS",
        "BETWEEN",
        "AND",
        "OR",
        "NOT",
        "LEN",
        "FUNCTION",
        "COLUMN",
        "CELL_REF",
        "COLUMNS",
    }
)


def lex(code: str) -> list[Token]:
    """The grammar terminals of a rule, as the contextual lexer reads them."""
    interactive = rule_parser().parse_interactive(code)
    return list(interactive.iter_parse())


def word_number(text: str) -> float | None:
    """A number as users write it: 4,000 / 4k / 12% / $174 (percent stays in percent units)."""
    if not NUMBER_WORD.match(text) or not any(ch.isdigit() for ch in text):
        return None
    body = text.lstrip("$€£¥").replace(",", "")
    scale = {"k": 1e3, "m": 1e6}.get(body[-1:].lower(), 1.0)
    body = body.rstrip("kKmM%")
    try:
        return float(body) * scale
    except ValueError:
        return None


@dataclass(frozen=True)
class EncodedCode:
    ids: list[int]
    keyword: list[bool]  # positions CPD noises (identifier / keyword tokens)


@dataclass
class CodeVocab:
    """Word-level vocabulary over grammar tokens, plus copy ids past its end."""

    tokenizer: Tokenizer

    @property
    def size(self) -> int:
        return int(self.tokenizer.get_vocab_size())

    @property
    def pad_id(self) -> int:
        return self.id_of(PAD)

    @property
    def unk_id(self) -> int:
        return self.id_of(UNK)

    def id_of(self, token: str) -> int:
        found = self.tokenizer.token_to_id(token)
        return self.unk_id if found is None else int(found)

    def token(self, index: int) -> str:
        return str(self.tokenizer.id_to_token(index))

    def encode(self, code: str, words: Sequence[Word], length: int) -> EncodedCode:
        """Token ids of a canonical rule, copying literals from `words`, padded to `length`."""
        ids: list[int] = []
        keyword: list[bool] = []
        for token in lex(code):
            pieces = (
                self.literal_ids(token, words)
                if token.type in LITERAL_TYPES
                else [self.id_of(str(token))]
            )
            ids.extend(pieces)
            keyword.extend([token.type in KEYWORD_TYPES] * len(pieces))
        if len(ids) > length:
            raise ValueError(f"rule has {len(ids)} tokens, more than {length}: {code}")
        padding = length - len(ids)
        return EncodedCode(ids + [self.pad_id] * padding, keyword + [False] * padding)

    def literal_ids(self, token: Token, words: Sequence[Word]) -> list[int]:
        """Copy ids when the literal is among the words, else its vocabulary id (or <unk>)."""
        if token.type == "NUMBER":
            value = float(token)
            for j, word in enumerate(words):
                number = word_number(word.text)
                if number is None:
                    continue
                # "under 20%" may mean 0.2 (a percent column) or 20 (`TopPercent(c[1], 20)`)
                if number == value or (
                    word.text.endswith("%") and abs(number / 100 - value) < 1e-9
                ):
                    return [self.size + j]
        else:
            wanted = [w.casefold() for w in token[1:-1].replace("''", "'").split()]
            found = [w.text.casefold() for w in words]
            for j in range(len(found) - len(wanted) + 1):
                if wanted and found[j : j + len(wanted)] == wanted:
                    return [self.size + j + k for k in range(len(wanted))]
        return [self.id_of(str(token))]

    def save(self, path: Path) -> None:
        self.tokenizer.save(str(path))

    @classmethod
    def load(cls, path: Path) -> CodeVocab:
        return cls(Tokenizer.from_file(str(path)))


MAX_COLUMNS = 32  # c[0] .. c[31] are always in the vocabulary


def reserved_tokens() -> list[str]:
    """Tokens every vocabulary has, seen in the data or not: the language's own words."""
    names = sorted(set(CANONICAL_NAMES.values()))
    return [
        PAD,
        UNK,
        "(",
        ")",
        ",",
        "AND",
        "OR",
        "NOT",
        "LEN",
        "Between",
        *names,
        *(f"c[{i}]" for i in range(MAX_COLUMNS)),
    ]


def train_vocab(codes: Iterable[str], min_count: int = 2) -> CodeVocab:
    """The reserved tokens, every other token of the data, and literals seen `min_count` times."""
    counts: Counter[str] = Counter()
    for code in codes:
        counts.update(str(token) for token in lex(code))
    literal = re.compile(r"^(['\"]|[+-]?[\d.])")
    tokens = [t for t, n in counts.most_common() if n >= min_count or not literal.match(t)]
    ordered = list(dict.fromkeys([*reserved_tokens(), *tokens]))
    vocab = {token: index for index, token in enumerate(ordered)}
    return CodeVocab(Tokenizer(WordLevel(vocab, unk_token=UNK)))


def literal_text(run: Sequence[Word], as_number: bool) -> str:
    """The rule text of a run of copied words: a number, or a quoted string."""
    if as_number and len(run) == 1:
        value = word_number(run[0].text)
        if value is not None:
            return format_number(value)
    return quote(" ".join(word.text for word in run))
