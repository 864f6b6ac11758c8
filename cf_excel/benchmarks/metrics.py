"""Metrics for the Bash (NL2Bash) and Python (CoNaLa) targets of the CodeFusion benchmarks.

Bash: template match and exact match; the templates are `bash_templates`' (NL2Bash's,
Lin et al., 2018, sec. 5), and NL2Bash's grouped accuracy and Template Match score are in
``bash_metrics``.

Python: corpus BLEU-4 (Papineni et al., 2002) on the CoNaLa tokenisation
(``tokenize_for_bleu_eval`` of conala-corpus/conala-baseline eval/conala_eval.py, from Ling et al.,
2016), scored like its ``compute_bleu(..., smooth=False)``; plus validity and exact match.
"""

from __future__ import annotations

import io
import math
import re
import tokenize
from collections import Counter

from cf_excel.bash_templates import bash_template, bash_template_tokens

__all__ = ["bash_template", "bash_template_tokens"]  # the template metrics' templates


def bash_template_match(prediction: str, gold: str) -> bool:
    """Whether two commands share utilities, flags and structure (NL2Bash's template accuracy
    against one gold; `bash_metrics.template_accuracy` takes the best of a group's)."""
    return bash_template_tokens(prediction) == bash_template_tokens(gold)


def bash_exact_match(prediction: str, gold: str) -> bool:
    """Whether two commands are equal up to whitespace."""
    return prediction.split() == gold.split()


_SKIPPED_TOKENS = frozenset({tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER})
_STRUCTURE_TOKENS = frozenset({tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT})


def _python_tokens(code: str) -> list[str]:
    """Python tokens without comments or layout; NEWLINE/INDENT/DEDENT by name, as structure."""
    return [
        tokenize.tok_name[tok.type] if tok.type in _STRUCTURE_TOKENS else tok.string
        for tok in tokenize.generate_tokens(io.StringIO(code.strip()).readline)
        if tok.type not in _SKIPPED_TOKENS
    ]


def python_exact_match(prediction: str, gold: str) -> bool:
    """Whether two snippets have the same Python tokens, so spacing and comments don't count."""
    try:
        return _python_tokens(prediction) == _python_tokens(gold)
    except (tokenize.TokenError, SyntaxError):  # unclosed brackets, bad dedent
        return prediction.strip() == gold.strip()


def code_tokens(code: str) -> list[str]:
    """Tokenise code as CoNaLa's BLEU does, so our scores compare with the published ones."""
    code = re.sub(r"([^A-Za-z0-9_])", r" \1 ", code)
    code = re.sub(r"([a-z])([A-Z])", r"\1 \2", code)  # camelCase -> camel Case
    code = code.replace('"', "`").replace("'", "`")
    return code.split()


def _ngrams(tokens: list[str], max_n: int) -> Counter[tuple[str, ...]]:
    """Counts of all n-grams with 1 <= n <= max_n."""
    return Counter(
        tuple(tokens[i : i + n]) for n in range(1, max_n + 1) for i in range(len(tokens) - n + 1)
    )


def corpus_bleu(predictions: list[list[str]], references: list[list[str]], max_n: int = 4) -> float:
    """Corpus BLEU in [0, 1] with one reference per prediction, unsmoothed as CoNaLa reports it."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    matches = [0] * max_n  # clipped n-gram matches, summed over the corpus, by n - 1
    possible = [0] * max_n  # n-grams in the predictions
    pred_len = ref_len = 0
    for pred, ref in zip(predictions, references, strict=True):
        pred_len, ref_len = pred_len + len(pred), ref_len + len(ref)
        for gram, count in (_ngrams(pred, max_n) & _ngrams(ref, max_n)).items():
            matches[len(gram) - 1] += count
        for n in range(1, max_n + 1):
            possible[n - 1] += max(len(pred) - n + 1, 0)
    if pred_len == 0 or min(matches) == 0:  # log(0): unsmoothed BLEU is 0
        return 0.0
    # 1. geometric mean of the modified precisions p_n; 2. brevity penalty exp(1 - r / c) if c <= r.
    log_precision = sum(math.log(m / p) for m, p in zip(matches, possible, strict=True)) / max_n
    brevity = 1.0 if pred_len > ref_len else math.exp(1 - ref_len / pred_len)
    return brevity * math.exp(log_precision)
