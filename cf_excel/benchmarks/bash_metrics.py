"""NL2Bash's two template metrics, on its grouping of the test set (Lin et al., 2018, "NL2Bash",
sec. 5.2; the official code is TellinaTool/nl2bash, eval/eval_tools.py,
`get_automatic_evaluation_metrics`):

- Grouping: items are grouped by normalised utterance (encoder_decoder/data_utils.py
  `group_parallel_data`, keyed by nlp_tools/tokenizer.py `basic_tokenizer`, see
  `utterance_key`); a group's golds are all its items' commands, and it is scored on the first
  item's candidates. Each group counts once.
- Template accuracy (yes/no): a candidate is right when its template equals one gold's
  (eval/tree_dist.py `one_match`, `ignore_arg_value=True`); top-k: any of the first k.
- Template Match score (TM, 0-1): the cosine similarity of the two commands' bags of non-argument
  tokens (utilities, flags, and structure such as `|` and `$(`), eval/token_based.py `CMS`, at
  its best over the golds (`command_match_score`); top-k: the best of the first k candidates.

The templates are ours (`bash_templates`), not bashlint's, which types each argument by a
grammar of 124 utilities' man pages. Against the official code (run on the retrieval
baseline's answers, issue 19): arguments are one `ARG` (it tells `File` from `Regex`), and flags
carry no argument type in TM; the commands it cannot normalise (20% of the test golds:
redirections, `;`/`&&` lists, utilities outside its grammar), for which its template is empty
(never a match) and TM counts every word, arguments included, are templated here like any
other, which is most of the difference; it also rewrites `xargs cmd` to `xargs -I {} cmd {}`
and drops `sudo`, and the grouping here does no spelling correction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cf_excel.bash_templates import STOP_WORDS, bash_template_tokens, content_tokens, cosine, stem
from cf_excel.benchmarks.metrics import bash_exact_match

__all__ = ["content_tokens"]  # NL2Bash's `get_content_tokens`, beside the metrics that use it

# nlp_tools/tokenizer.py `clean_sentence`: asides in parentheses go, and so do slashed synonyms.
_ASIDE = re.compile(r"\([^)]*\)")
_SYNONYMS = re.compile(r"\b(?:normal/regular|regular/normal)\b", re.I)
# A quoted string (kept as written, as its `_WORD_SPLIT_RESPECT_QUOTES` keeps it) or a word.
_WORD = re.compile(r""""[^"]*"|'[^']*'|\w+""")


def _normal_word(word: str) -> str:
    """A word lower-cased and stemmed, '' for a stop word; a quoted string as written."""
    if word[0] in "'\"":
        return word
    word = word.lower()
    return "" if word in STOP_WORDS else stem(word)


def utterance_key(utterance: str) -> str:
    """The utterance as NL2Bash groups it (`get_example_nl_key`): without asides in
    parentheses, stop words and case, words stemmed, quoted strings kept as written."""
    text = _SYNONYMS.sub("regular", _ASIDE.sub(" ", utterance))
    return " ".join(filter(None, map(_normal_word, _WORD.findall(text))))


def template_match_score(prediction: str, golds: Sequence[str]) -> float:
    """TM of one candidate: its best cosine over the golds (`command_match_score`)."""
    predicted = content_tokens(prediction)
    return max((cosine(predicted, content_tokens(gold)) for gold in golds), default=0.0)


def template_accuracy(prediction: str, golds: Sequence[str]) -> bool:
    """Whether the candidate's template is one gold's (`one_match`)."""
    template = bash_template_tokens(prediction)
    return any(template == bash_template_tokens(gold) for gold in golds)


def exact_accuracy(prediction: str, golds: Sequence[str]) -> bool:
    """Whether the candidate is one gold, up to whitespace (its "command accuracy")."""
    return any(bash_exact_match(prediction, gold) for gold in golds)


def best_of(scores: Sequence[float], k: int) -> float:
    """A top-k score: the best of the first k candidates' (0 with none), as eval_tools takes
    `np.max(top_k_cms[:, :k], 1)`."""
    return max(scores[:k], default=0.0)
