"""cf_excel.programs: Bash and Python validity by their real parsers (bashlex, `ast`), and the
lexical facts about Bash commands that the BPE codec's CPD spans and the template metric share."""

from __future__ import annotations

import pytest

from cf_excel.programs import (
    BASH_TOKEN,
    bash_is_valid,
    is_flag,
    is_valid_program,
    parse_bash,
    python_is_valid,
)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("ls -la\n", True),
        ("find . -name '*.txt' | xargs rm -f", True),
        ("for i in 1 2; do echo $i; done", True),
        ("echo 'unclosed", False),
        ("ls | | wc", False),
        ("if then fi", False),
        ("echo $(( 1 + 2 ))", False),  # bashlex does not implement arithmetic expansion
        ("", False),  # bashlex rejects it, and an empty prediction is no answer
        ("echo '${'x", False),  # bashlex 0.18 would loop until out of memory: refused first
    ],
)
def test_bash_is_valid(command: str, expected: bool) -> None:
    assert bash_is_valid(command) is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("os.kill(os.getpid(), signal.SIGUSR1)", True),
        ("x = 1\ny = x + 1", True),
        ("for i in range(3):\n    print(i)", True),
        ("all(x == a[0] for x in a)", True),
        ("print('a'", False),
        ("x = = 1", False),
        ("def f(:", False),
        ("a\0b", False),  # ast.parse raises ValueError on NUL bytes
    ],
)
def test_python_is_valid(code: str, expected: bool) -> None:
    assert python_is_valid(code) is expected


def test_validity_uses_the_real_parsers() -> None:
    assert is_valid_program("bash", "find . -name '*.txt' | wc -l")
    assert not is_valid_program("bash", "find . -name '*.txt' |")
    assert is_valid_program("python", "x = [i for i in range(3)]")
    assert not is_valid_program("python", "x = [i for i in range(3)")
    assert not is_valid_program("python", "ls -la |")  # each language by its own parser
    assert not is_valid_program("bash", "def f(): pass")


def test_parse_bash_gives_one_tree_per_line_or_none() -> None:
    trees = parse_bash("ls -la\npwd")
    assert trees is not None and [tree.kind for tree in trees] == ["command", "command"]
    assert [part.word for part in trees[0].parts] == ["ls", "-la"]
    assert parse_bash("ls |") is None
    assert parse_bash("a '${'= b") is None  # the input bashlex loops on


@pytest.mark.parametrize(
    ("word", "previous", "expected"),
    [
        ("-la", "", True),
        ("--color=auto", "", True),
        ("-", "", False),  # stdin
        ("x", "", False),
        ("-7", "-mtime", False),  # a long flag's value (as +7 would be)
        ("-100k", "-size", False),
        ("+7", "-mtime", False),
        ("-1", "ls", True),  # a short utility name before it: still a flag
        ("-0", "xargs", True),
        ("-5", "-n", True),  # after a short flag: taken as a flag (rare enough to ignore)
    ],
)
def test_is_flag(word: str, previous: str, expected: bool) -> None:
    assert is_flag(word, previous) is expected


def test_bash_words_keep_quotes_and_escapes_and_split_operators() -> None:
    command = "ls -la | grep 'a b' && echo \"x y\";cat a\\ b"
    assert BASH_TOKEN.findall(command) == [
        "ls", "-la", "|", "grep", "'a b'", "&&", "echo", '"x y"', ";", "cat", "a\\ b",
    ]  # fmt: skip
