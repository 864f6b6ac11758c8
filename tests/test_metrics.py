"""cf_excel.benchmarks.metrics: Bash templates, exact match, tokens and BLEU (validity is
cf_excel.programs': tests/test_programs.py)."""

from __future__ import annotations

import math

import pytest

from cf_excel.benchmarks.metrics import (
    bash_exact_match,
    bash_template,
    bash_template_match,
    code_tokens,
    corpus_bleu,
    python_exact_match,
)
from cf_excel.programs import bash_is_valid


@pytest.mark.parametrize(
    ("command", "template"),
    [
        ("find . -name '*.txt' -type f\n", "find ARG -name ARG -type ARG"),
        ("ls -la", "ls -la"),
        ("ls --color=auto /tmp", "ls --color ARG ARG"),
        ("head -10 file", "head -10 ARG"),
        ("find . -mtime -7 -size +10k", "find ARG -mtime ARG -size ARG"),  # values, not flags
        ("find . -print0 | xargs -0 rm", "find ARG -print0 | xargs -0 rm"),
        ("cat - > out", "cat ARG > ARG"),
        ("find / -name x 2>/dev/null", "find ARG -name ARG 2> ARG"),
        ("make 2>&1 | tee log", "make 2>& 1 | tee ARG"),
        ("cd /tmp && ls; pwd", "cd ARG && ls ; pwd"),
        ("ls;", "ls"),
        ("ls\npwd\n", "ls ; pwd"),
        ("echo $(pwd)", "echo $( pwd )"),
        ("echo `pwd`", "echo $( pwd )"),
        ('echo "$(pwd)/x"', "echo ARG $( pwd )"),
        ("x=$(ls -1)", "ARG= $( ls -1 )"),
        ("diff <(ls a) <(ls b)", "diff <( ls ARG ) <( ls ARG )"),
        ("find . -exec grep -l foo {} \\;", "find ARG -exec grep -l ARG {} ;"),
        ("find . \\( -name a -o -name b \\) -print", "find ARG ( -name ARG -o -name ARG ) -print"),
        ("find . | xargs -I {} mv {} /tmp", "find ARG | xargs -I {} mv {} ARG"),
        ("sudo -u bob xargs -n 1 echo", "sudo -u ARG xargs -n ARG echo"),
        ("for f in *.c; do gcc $f; done", "for ARG in ARG ; do gcc ARG done"),
        ("{ ls; } > out", "{ ls } > ARG"),
        ("cat <<EOF\nhi\nEOF\n", "cat << ARG"),
    ],
)
def test_bash_template(command: str, template: str) -> None:
    assert bash_template(command) == template


@pytest.mark.parametrize(
    ("command", "template"),
    [  # bashlex rejects these; the whitespace fallback applies the same rules
        (
            "find . ( -name a.out -o -name '*.o' ) -print\n",
            "find ARG ( -name ARG -o -name ARG ) -print",
        ),
        ("find /home -name '*.jpg\n", "find ARG -name ARG"),
        ("find . | xargs grep <pattern>\n", "find ARG | xargs grep < ARG"),
        ("ls 2>/dev/null | sort -n)", "ls 2> ARG | sort -n)"),
        ("echo '${'x", "echo ARG"),  # bashlex 0.18 would loop until out of memory
    ],
)
def test_bash_template_fallback(command: str, template: str) -> None:
    assert not bash_is_valid(command)
    assert bash_template(command) == template


@pytest.mark.parametrize(
    ("prediction", "gold", "expected"),
    [
        ("find . -name '*.txt' -type f", 'find /tmp -name "*.log" -type f', True),
        ("find . -name '*.txt' -type f", "find . -iname '*.txt' -type f", False),
        ("find . -name '*.txt'", "find . -name '*.txt' -type f", False),
        ("ls -l | wc -l", "ls -l  /var | wc -l", False),
        ("ls -l /tmp | wc -l", "ls -l  /var | wc -l", True),
        ("ls -l | wc -l", "ls -l ; wc -l", False),
        ("grep -r foo . | sort", "grep -r 'bar baz' /src | sort", True),
        ("rm $(find . -name x)", "rm $(find / -name y)", True),
        ("rm $(find . -name x)", "rm $(ls)", False),
        ("find . -exec rm {} \\;", "find . -exec mv {} \\;", False),
        ("cat file > out", "cat file >> out", False),
    ],
)
def test_bash_template_match(prediction: str, gold: str, expected: bool) -> None:
    assert bash_template_match(prediction, gold) is expected


@pytest.mark.parametrize(
    ("prediction", "gold", "expected"),
    [
        ("ls -la\n", "ls -la", True),
        ("  ls   -la  /tmp", "ls -la /tmp\n", True),
        ("ls -la", "ls -al", False),
        ("ls 'a'", 'ls "a"', False),
    ],
)
def test_bash_exact_match(prediction: str, gold: str, expected: bool) -> None:
    assert bash_exact_match(prediction, gold) is expected


@pytest.mark.parametrize(
    ("command", "template"),
    [
        ("", ""),
        (" ", ""),
        (";", ""),
        ("|", "|"),
        ("&&", "&&"),
        (")(", ")("),
        ("'", ""),
        ('"$(', "$("),
        ("${", "${"),
        ("a '${'= b", "a ARG ARG"),
        ("\\", "\\"),
        ("<<<", "<<<"),
    ],
)
def test_bash_template_never_raises_on_fragments(command: str, template: str) -> None:
    assert bash_template(command) == template  # the whitespace fallback, never an exception


@pytest.mark.parametrize(
    ("prediction", "gold", "expected"),
    [
        ("f(a,b)", "f(a, b)", True),
        ("x = 1  # set x", "x=1", True),
        ("x = 1\n", "x = 1", True),
        ("f(a, b)", "f(b, a)", False),
        ("'a'", '"a"', False),
        ("if a:\n  b\nc", "if a:\n    b\nc", True),
        ("if a:\n  b\nc", "if a:\n  b\n  c", False),
        ("f(a", "f(a", True),  # tokenize fails: stripped string equality
        ("f(a", "f( a", False),
    ],
)
def test_python_exact_match(prediction: str, gold: str, expected: bool) -> None:
    assert python_exact_match(prediction, gold) is expected


@pytest.mark.parametrize(
    ("code", "tokens"),
    [
        ("os.getpid()", ["os", ".", "getpid", "(", ")"]),
        ("df.sortValues(x)", ["df", ".", "sort", "Values", "(", "x", ")"]),
        ("d['a_b']", ["d", "[", "`", "a_b", "`", "]"]),
        ('print("hi")', ["print", "(", "`", "hi", "`", ")"]),
        ("a  =\n1", ["a", "=", "1"]),
        ("x[1:2]", ["x", "[", "1", ":", "2", "]"]),
        ("", []),
    ],
)
def test_code_tokens(code: str, tokens: list[str]) -> None:
    assert code_tokens(code) == tokens


@pytest.mark.parametrize(
    ("predictions", "references", "max_n", "expected"),
    [
        (
            [["a", "b", "c", "d"], ["e", "f", "g", "h"]],
            [["a", "b", "c", "d"], ["e", "f", "g", "h"]],
            4,
            1.0,
        ),
        ([["a", "b", "c", "d"]], [["w", "x", "y", "z"]], 4, 0.0),
        ([[]], [["a"]], 4, 0.0),
        # p1..p4 = 4/5, 3/4, 2/3, 1/2; equal lengths, so BP = 1.
        ([["a", "b", "c", "d", "e"]], [["a", "b", "c", "d", "f"]], 4, 0.2**0.25),
        # all precisions 1; c = 4, r = 6: BP = exp(1 - 6/4).
        ([["a", "b", "c", "d"]], [["a", "b", "c", "d", "e", "f"]], 4, math.exp(-0.5)),
        # p1 = 5/6 (clipped "the" x2), p2 = 3/5: sqrt(1/2). BLEU-4 is 0 here (no 4-gram matches).
        (
            [["the", "cat", "sat", "on", "the", "mat"]],
            [["the", "cat", "is", "on", "the", "mat"]],
            2,
            0.5**0.5,
        ),
        (
            [["the", "cat", "sat", "on", "the", "mat"]],
            [["the", "cat", "is", "on", "the", "mat"]],
            4,
            0.0,
        ),
        # clipping: "the the the" vs "the cat": p1 = 1/3, p2 = 0/2 -> 0; with max_n = 1, BP = 1.
        ([["the", "the", "the"]], [["the", "cat"]], 1, 1 / 3),
        # corpus level: counts are summed before dividing. p1 = (2 + 2)/(2 + 3), c = 5, r = 4.
        ([["a", "b"], ["c", "d", "x"]], [["a", "b"], ["c", "d"]], 1, 4 / 5),
    ],
)
def test_corpus_bleu(
    predictions: list[list[str]], references: list[list[str]], max_n: int, expected: float
) -> None:
    assert corpus_bleu(predictions, references, max_n=max_n) == pytest.approx(expected)


def test_corpus_bleu_length_mismatch() -> None:
    with pytest.raises(ValueError, match="2 predictions but 1 references"):
        corpus_bleu([["a"], ["b"]], [["a"]])
