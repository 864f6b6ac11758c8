"""cf_excel.benchmarks.metrics and bash_metrics: Bash templates, NL2Bash's template accuracy and
Template Match score on its groups (hand-worked from TellinaTool/nl2bash eval/token_based.py and
eval/tree_dist.py), exact match, tokens and BLEU (validity is cf_excel.programs':
tests/test_programs.py)."""

from __future__ import annotations

import math

import pytest

from cf_excel.benchmarks.bash_metrics import (
    best_of,
    content_tokens,
    exact_accuracy,
    template_accuracy,
    template_match_score,
    utterance_key,
)
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
        ("find . -name '*.txt' -type f\n", "find ARG -name ARG -type f"),  # find's file type kept
        ("ls -la", "ls -l -a"),  # a bundle of short flags is each flag, as bashlint splits it
        ("sort -rnk2 f", "sort -r -n -k ARG ARG"),
        ("xargs -I{} mv {} /tmp", "xargs -I {} mv {} ARG"),
        ("find -name x", "find ARG -name ARG"),  # find's implicit starting point `.`
        ("find -L . -name x", "find -L ARG -name ARG"),
        ("[ $a -eq 1 ]", "[ ARG -eq ARG ]"),  # test's options are words, not bundles
        ("ls --color=auto /tmp", "ls --color ARG ARG"),
        ("head -10 file", "head -10 ARG"),
        ("find . -mtime -7 -size +10k", "find ARG -mtime -ARG -size +ARG"),  # signed values
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
        ("find . -exec rm {} +", "find ARG -exec rm {} +"),
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
        ("ls 2>/dev/null | sort -n)", "ls 2> ARG | sort -n )"),
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
        ("ls -la", "ls -l -a", True),
        ("ls -la", "ls -al", False),  # flag order counts, as in NL2Bash's template accuracy
        ("find . -type f", "find /tmp -type d", False),
        ("find . -mtime -7", "find . -mtime +7", False),
        ("find . -mtime -7", "find . -mtime -30", True),
        ("find -name x", "find . -name y", True),
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


@pytest.mark.parametrize(
    ("command", "tokens"),
    [  # eval/token_based.py get_content_tokens: every token but the arguments
        ("find . -name '*.txt' -type f", {"find": 1, "-name": 1, "-type": 1}),
        ("find . -name a -o -name b", {"find": 1, "-name": 2, "-o": 1}),
        ("sort f | uniq -c", {"sort": 1, "|": 1, "uniq": 1, "-c": 1}),
        ("find . -exec rm {} \\;", {"find": 1, "-exec": 1, "rm": 1, ";": 1}),
        ("x=$(ls -1)", {"$(": 1, "ls": 1, "-1": 1, ")": 1}),
        ("find . -mtime -7", {"find": 1, "-mtime": 1}),
    ],
)
def test_content_tokens_drop_arguments(command: str, tokens: dict[str, int]) -> None:
    assert content_tokens(command) == tokens


@pytest.mark.parametrize(
    ("prediction", "gold", "score"),
    [  # CMS: the cosine of the bags, sum(a_t * b_t) / (|a| |b|)
        ("find /tmp -name foo", "find . -name '*.txt'", 1.0),  # arguments don't count
        ("ls -a -l", "ls -l -a", 1.0),  # nor the order of flags
        ("ls -la", "ls -l -a", 1.0),
        ("sort g | uniq", "sort f | uniq -c", 3 / (3**0.5 * 4**0.5)),
        ("grep -rn foo .", "grep -r foo .", 2 / (3**0.5 * 2**0.5)),
        # find, -name, -exec, rm, ; shared; -f extra: 5 / (sqrt 6 sqrt 5)
        ("find . -name y -exec rm -f {} \\;", "find . -name x -exec rm {} \\;", 5 / 30**0.5),
        # counts: {find: 1, -name: 1} against {find: 1, -name: 2, -o: 1}: 3 / (sqrt 2 sqrt 6)
        ("find . -name a", "find . -name a -o -name b", 3 / 12**0.5),
        ("ls -l", "find . -type f", 0.0),
        ("", "ls", 0.0),  # nothing to compare: 0, not a division by zero
    ],
)
def test_template_match_score_is_the_cosine_of_the_bags(
    prediction: str, gold: str, score: float
) -> None:
    assert template_match_score(prediction, [gold]) == pytest.approx(score)


def test_group_scores_take_the_best_gold() -> None:
    """eval_tools.py scores each candidate against every gold of its group, keeping the best."""
    golds = ["find . -type f", "ls -l /tmp", "ls  -l   /tmp"]
    assert template_match_score("ls -l", golds) == 1.0
    assert template_accuracy("ls -l ~", golds)
    assert not template_accuracy("ls -l ~", golds[:1])
    assert exact_accuracy("ls -l /tmp", golds) and not exact_accuracy("ls -l ~", golds)
    assert template_match_score("ls -l", []) == 0.0 and not template_accuracy("ls", [])


def test_top_k_is_the_best_of_the_first_k() -> None:
    assert [best_of([0.2, 0.9, 0.5], k) for k in (1, 3, 5)] == [0.2, 0.9, 0.9]
    assert best_of([], 5) == 0.0


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [  # nlp_tools/tokenizer.py basic_tokenizer: asides, stop words, case and endings go
        (
            "Display all the files in the current folder.",
            "display all files in current folder",
            True,
        ),
        ("display all directories in folder", "Display all the directories in the folder", True),
        ("list the jpg files (print0 handles spaces)", "list jpg file", True),
        ("display all normal/regular files", "display all the regular files", True),
        ("find all files", "find all files modified today", False),
        ('find "foo.txt" files', "find foo.txt files", False),  # quoted strings stay as written
        ('find the ".JPG" files', 'find the ".jpg" files', False),
    ],
)
def test_utterance_key_groups_as_nl2bash_does(first: str, second: str, same: bool) -> None:
    assert (utterance_key(first) == utterance_key(second)) is same
