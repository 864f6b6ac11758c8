"""Code tokens for CodeFusion's Bash and Python targets: byte-level BPE, plus the spans CPD noises.

The paper tokenises code with a subword tokenizer; ours is a byte-level BPE trained on each
target's own code with the `tokenizers` library and saved with the checkpoint. Byte-level
decoding gives back the exact text, spaces included, so a command or snippet is what the
model spelled: no detokenisation rules. (The CF target instead lexes with its grammar and copies
literals from the request: `codec.py`.)

Continuous-paragraph denoising (CPD) noises only identifier / keyword tokens. Which characters
those are comes from a real lexer of each language: for Bash, the utility of every simple
command (after a pipe, `;`, `&&`, `$(`, `xargs`, `-exec` …), every flag and every `$VARIABLE`;
for Python, the `tokenize` module's NAME tokens (keywords and identifiers). A BPE piece is noised
when it overlaps such a span.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from cf_excel.codefusion.codec import PAD, UNK, CodeVocab, EncodedCode
from cf_excel.codefusion.config import Target
from cf_excel.programs import BASH_TOKEN, EXEC_FLAGS, PREFIX_FLAGS, is_flag

Span = tuple[int, int]  # [start, end) character offsets
SEPARATORS = frozenset({"|", "||", "&&", ";", "&", "|&"})
VARIABLE = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*")
SUBSTITUTION_START = re.compile(r"^(?:\$\(|`|<\(|>\()+")


def bash_keyword_spans(command: str) -> list[Span]:
    """Utilities, flags and variables of a Bash command line."""
    spans: list[Span] = [match.span() for match in VARIABLE.finditer(command)]
    expect_utility, runner, skip_value = True, "", False
    for match in BASH_TOKEN.finditer(command):
        word, start = match.group(), match.start()
        if word in SEPARATORS:
            expect_utility, runner, skip_value = True, "", False
            continue
        opener = SUBSTITUTION_START.match(word)
        if opener:  # `$(basename x)`: the utility follows the opener
            start, word = start + opener.end(), word[opener.end() :]
            expect_utility, runner = True, ""
        if skip_value or not word:  # the value of a runner's flag (`xargs -I {}`)
            skip_value = False
            continue
        if is_flag(word):
            spans.append((start, start + len(word.split("=", 1)[0])))
            skip_value = word in PREFIX_FLAGS.get(runner, ())
            if word in EXEC_FLAGS:
                expect_utility, runner = True, ""
        elif expect_utility and "=" not in word.split("/")[0]:  # `LANG=C sort` sets a variable
            name = word.rstrip(")`")
            spans.append((start, start + len(name)))
            runner = name if name in PREFIX_FLAGS else ""  # xargs, sudo: a utility follows
            expect_utility = bool(runner)
    return spans


def python_keyword_spans(code: str) -> list[Span]:
    """NAME tokens (keywords and identifiers) of a Python snippet; none when it does not lex."""
    line_starts = [0]
    for line in code.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    spans = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type == tokenize.NAME:
                (row, column), (end_row, end_column) = token.start, token.end
                spans.append((line_starts[row - 1] + column, line_starts[end_row - 1] + end_column))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # an unfinished snippet keeps the spans read so far
    return spans


def keyword_spans(target: Target, code: str) -> list[Span]:
    if target == "bash":
        return bash_keyword_spans(code)
    if target == "python":
        return python_keyword_spans(code)
    raise ValueError(f"target {target!r} is lexed by its grammar (codec.py), not here")


def train_bpe(codes: Iterable[str], vocab_size: int) -> CodeVocab:
    """A byte-level BPE over the target's code, with <pad> and <unk> first (ids 0 and 1)."""
    tokenizer = Tokenizer(models.BPE(unk_token=UNK))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[PAD, UNK],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(codes, trainer)
    return CodeVocab(tokenizer)


def encode_program(vocab: CodeVocab, target: Target, code: str, length: int) -> EncodedCode:
    """BPE ids of `code` padded to `length`, with the CPD mask of its keyword pieces."""
    encoding = vocab.tokenizer.encode(code)
    if len(encoding.ids) > length:
        raise ValueError(f"code has {len(encoding.ids)} tokens, more than {length}: {code}")
    spans = keyword_spans(target, code)
    keyword = [
        any(start < span_end and span_start < end for span_start, span_end in spans)
        for start, end in encoding.offsets
    ]
    padding = length - len(encoding.ids)
    return EncodedCode(list(encoding.ids) + [vocab.pad_id] * padding, keyword + [False] * padding)


def decode_program(vocab: CodeVocab, ids: Iterable[int]) -> str:
    """The text of the ids up to the first <pad> (the model's end of sequence)."""
    kept = []
    for index in ids:
        if index == vocab.pad_id:
            break
        kept.append(index)
    return str(vocab.tokenizer.decode(kept, skip_special_tokens=True)).strip()
