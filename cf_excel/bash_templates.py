"""The NL2Bash template of a Bash command (Lin et al., 2018, "NL2Bash", sec. 5): utility names,
flags and the command structure (pipes, operators, redirections, ``$(...)``) are kept, every
other argument becomes ``ARG``; as bashlint normalises them, flag bundles are split (``-la`` is
``-l -a``), find gets its implicit ``.``, a number keeps its sign (``-mtime -7`` is not ``+7``)
and find's ``-type`` its value. The template metrics compare templates
(`benchmarks.metrics`, `benchmarks.bash_metrics`), and the consensus of Bash answers ranks by
their content tokens (`codefusion.consensus`), so this lives beside the language
(`programs`), below both. So do NL2Bash's stop words and stemmer, by which its metrics group
requests and the consensus reads them (`codefusion.explains`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Any

from cf_excel.programs import (
    BASH_TOKEN,
    EXEC_FLAGS,
    PREFIX_FLAGS,
    flag_parts,
    is_flag,
    parse_bash,
    unquote,
)

ARG = "ARG"  # placeholder for every non-flag argument (NL2Bash types them; one kind is enough here)

# Words kept as written: find's grouping/negation, the -exec placeholder and ends, test brackets.
_KEPT_WORDS = frozenset({"(", ")", "!", "{}", ";", "+", "]", "]]"})
# find's file types choose what it finds (bashlint keeps such closed-class values too).
_CLOSED_VALUES = frozenset({"-type", "-xtype"})
# `-mtime -7`, `+7` and `7` differ (newer, older, exactly), as bashlint's quantity types do.
_SIGNED_NUMBER = re.compile(r"[+-]\d")
# find's options that come before its starting points.
_FIND_OPTIONS = frozenset({"-H", "-L", "-P"})
_FALLBACK_REDIRECT = re.compile(r"(\d*)(&>|>>|>&|>\||>|<<<|<<|<)(.*)", re.S)
_SUBSTITUTIONS = frozenset({"commandsubstitution", "processsubstitution"})

Word = str | list[str]  # a plain word, or the template tokens of one holding a substitution


def _flag_tokens(word: str, utility: str) -> list[str]:
    """A flag word's flags, then its attached value, so that each spelling gets one template:
    ``--opt=value`` is ``--opt value`` and ``-la`` is ``-l -a``, as bashlint's grammar has it."""
    flags, value = flag_parts(word, utility)
    return flags + ([] if value is None else [_argument(value)])


def _argument(word: str, previous: str = "") -> str:
    """An argument's template token: ARG, a signed ARG for a signed number, or the word itself
    for the few structural ones and for closed-class values (`-type d`)."""
    if word in _KEPT_WORDS or previous in _CLOSED_VALUES:
        return word
    return word[0] + ARG if _SIGNED_NUMBER.match(word) else ARG


def is_argument(token: str, previous: str = "") -> bool:
    """Whether a template token stands for an argument: ARG, a signed ARG, an assignment's
    value, find's `{}` placeholder or a kept `-type` value (`previous` is the token before)."""
    return token.endswith(ARG) or token in (f"{ARG}=", "{}") or previous in _CLOSED_VALUES


def _with_find_path(tokens: list[str]) -> list[str]:
    """Give each find its implicit starting point `.` (bashlint adds it too), so `find -name x`
    and `find . -name x` share a template. Any `find` left in a template is the utility."""
    out: list[str] = []
    for i, token in enumerate(tokens):
        out.append(token)
        if token == "find":
            rest = [t for t in tokens[i + 1 :] if t not in _FIND_OPTIONS]
            if not rest or rest[0] not in (ARG, "$(", "<(", ">("):
                out.append(ARG)
    return out


def _command_tokens(words: list[Word], redirects: list[str]) -> list[str]:
    """Template one simple command: keep utilities and flags, replace the rest with ARG."""
    out: list[str] = []
    expect_utility, takes_value, pending_value = True, frozenset[str](), False
    previous = utility = ""
    for word in words:
        if isinstance(word, list):
            out.extend(word)
            expect_utility = pending_value = False
        elif pending_value:  # the value of a prefix utility's flag, as in xargs -I {}
            out.append(_argument(word))
            pending_value = False
        elif expect_utility and not (out and is_flag(word)):
            out.append(word)
            utility = word
            # xargs/sudo run the next non-flag word; anything else takes arguments.
            expect_utility = word in PREFIX_FLAGS
            takes_value = PREFIX_FLAGS.get(word, frozenset())
        elif is_flag(word, previous):
            out.extend(_flag_tokens(word, utility))
            pending_value = expect_utility and word in takes_value
            if word in EXEC_FLAGS:
                expect_utility, takes_value = True, frozenset()
        else:
            out.append(_argument(word, previous))
        previous = word if isinstance(word, str) else ""
    return _with_find_path(out) + redirects


def _fallback_tokens(command: str) -> list[str]:
    """Template by a quote-aware whitespace split, for commands bashlex rejects."""
    out: list[str] = []
    words: list[Word] = []
    redirects: list[str] = []
    target_next = False  # the previous token was a bare redirection operator like `>`
    for raw in BASH_TOKEN.findall(command):
        if raw[0] == "\\" and raw[1:].isspace():  # line continuation
            continue
        if raw in ("|", "||", "&&", ";", "&"):
            out += [*_command_tokens(words, redirects), raw]
            words, redirects, target_next = [], [], False
        elif target_next:
            redirects.append(ARG)
            target_next = False
        elif redirect := _FALLBACK_REDIRECT.fullmatch(raw):
            fd, operator, target = redirect.groups()
            redirects.append(fd + operator)
            if target:
                redirects.append(target if target.isdigit() else ARG)
            target_next = not target
        else:
            words.append(unquote(raw))
    tail = _command_tokens(words, redirects)
    if not tail and out and out[-1] == ";":  # `ls;` is the same command as `ls`
        out.pop()
    return out + tail


class _Templater:
    """Walks a bashlex tree, keeping the source text for substitution delimiters."""

    def __init__(self, source: str) -> None:
        self.source = source

    def node(self, node: Any) -> list[str]:
        """Template any node: commands, pipelines, lists and compound statements."""
        kind = node.kind
        if kind == "command":
            return self.command(node)
        if kind == "word":
            return self.substitutions(node) or [ARG]
        if kind == "reservedword":
            return [node.word]
        if kind == "operator":
            return [";" if node.op == "\n" else node.op]
        if kind == "pipe":
            return [node.pipe]
        if kind == "redirect":
            return self.redirect(node)
        parts = list(getattr(node, "parts", None) or getattr(node, "list", None) or [])
        if kind == "list" and parts and parts[-1].kind == "operator" and parts[-1].op in ";\n":
            parts = parts[:-1]  # `ls;` is the same command as `ls`
        parts += getattr(node, "redirects", None) or []  # `{ ls; } > out`, `done < list`
        return [tok for part in parts for tok in self.node(part)]

    def command(self, node: Any) -> list[str]:
        """Template a simple command; assignments and redirections keep only their structure."""
        assignments: list[str] = []
        words: list[Word] = []
        redirects: list[str] = []
        for part in node.parts:
            if part.kind == "redirect":
                redirects.extend(self.redirect(part))
            elif part.kind == "assignment":  # NAME=value: both sides are arguments
                assignments.extend(["ARG=", *(self.substitutions(part) or [ARG])])
            else:
                words.append(self.substitutions(part) or part.word)
        return assignments + _command_tokens(words, redirects)

    def substitutions(self, word: Any) -> list[str]:
        """Template the ``$(...)``, backquote and ``<(...)`` parts of a word; [] when none."""
        subs = [p for p in getattr(word, "parts", []) if p.kind in _SUBSTITUTIONS]
        if not subs:
            return []
        start, end = word.pos
        rest = self.source[start:end]
        if word.kind == "assignment":
            rest = rest.split("=", 1)[1]  # the name is not text around the value
        out: list[str] = []
        for sub in subs:
            lo, hi = sub.pos
            opener = self.source[lo] + "(" if sub.kind == "processsubstitution" else "$("
            out += [opener, *self.node(sub.command), ")"]
            rest = rest.replace(self.source[lo:hi], "", 1)
        # Text around the substitutions (`$(pwd)/x`) is one more argument.
        return ([ARG] if rest.strip("\"'") else []) + out

    def redirect(self, node: Any) -> list[str]:
        """``2>&1`` -> ``2>& 1``; a file target becomes ARG."""
        operator = f"{node.input if node.input is not None else ''}{node.type}"
        if isinstance(node.output, int):
            return [operator, str(node.output)]
        return [operator, *(self.substitutions(node.output) or [ARG])]


@functools.lru_cache(maxsize=8192)  # an evaluation templates each gold once per candidate
def bash_template_tokens(command: str) -> tuple[str, ...]:
    """A command's NL2Bash template as tokens: utilities, flags and structure, arguments ARG."""
    trees = parse_bash(command)
    if trees is None:
        return tuple(_fallback_tokens(command))
    templater = _Templater(command)
    tokens: list[str] = []
    for tree in trees:  # one tree per line
        tokens += [";"] if tokens else []
        tokens += templater.node(tree)
    return tuple(tokens)


def bash_template(command: str) -> str:
    """Reduce a command to its NL2Bash template, so commands differing only in arguments match."""
    return " ".join(bash_template_tokens(command))


def content_tokens(command: str) -> Counter[str]:
    """The bag of a command's template tokens that are not arguments (NL2Bash's
    `get_content_tokens` drops ARGUMENT nodes, `{}` among them)."""
    tokens = bash_template_tokens(command)
    after = zip(tokens, ("", *tokens), strict=False)  # each token with the one before it
    return Counter(token for token, previous in after if not is_argument(token, previous))


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two bags; 0 when either is empty (NL2Bash's `CMS`)."""
    norms = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return sum(a[t] * b[t] for t in a.keys() & b.keys()) / norms if norms else 0.0


# nlp_tools/constants.py ENGLISH_STOPWORDS, as words (its entries with apostrophes split here).
STOP_WORDS = frozenset({
    "the", "this", "their", "theirs", "then", "here", "there", "how", "do", "does", "did",
    "doing", "can", "could", "should", "would", "must", "has", "have", "had", "let", "i", "me",
    "my", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
    "himself", "she", "her", "hers", "herself", "they", "themselves", "we", "itself",
})  # fmt: skip


def stem(word: str) -> str:
    """Strip a plural or verb ending, so 'listing files' and 'list file' group together as the
    official Snowball stemmer groups them (its stems differ; only the grouping matters)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
