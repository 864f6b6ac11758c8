"""cf_excel.programs: Bash and Python validity by their real parsers (bashlex, `ast`), the
lexical facts about Bash commands that the BPE codec's CPD spans and the template metric share,
and a Bash answer in words with its hazards (it is shown, never run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cf_excel.baselines.retrieval import RetrievalModel
from cf_excel.benchmarks.data import Example
from cf_excel.codefusion.consensus import Consensus
from cf_excel.programs import (
    BASH_TOKEN,
    BashCommand,
    bash_commands,
    bash_hazards,
    bash_is_valid,
    describe_bash,
    flag_parts,
    is_flag,
    is_valid_program,
    parse_bash,
    program_notes,
    python_is_valid,
)
from tests.support import FixedGenerator


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


@pytest.mark.parametrize(
    ("word", "utility", "parts"),
    [
        ("-la", "ls", (["-l", "-a"], None)),
        ("-n5", "head", (["-n"], "5")),
        ("-I{}", "xargs", (["-I"], "{}")),
        ("--color=auto", "ls", (["--color"], "auto")),
        ("--color", "ls", (["--color"], None)),
        ("-name", "find", (["-name"], None)),  # find's options are words
        ("-KILL", "kill", (["-KILL"], None)),
        ("-1", "ls", (["-1"], None)),
    ],
)
def test_flag_parts(word: str, utility: str, parts: tuple[list[str], str | None]) -> None:
    assert flag_parts(word, utility) == parts


def test_bash_commands_finds_every_command_run() -> None:
    code = "sudo -u bob find . -name '*.c' -exec rm -f {} \\; -print | xargs -0 wc -l > out"
    assert [c.utility for c in bash_commands(code)] == ["sudo", "find", "rm", "xargs", "wc"]
    find = bash_commands(code)[1]
    assert find == BashCommand("find", ("-name", "-exec", "-print"), (".", "*.c"))
    assert [c.utility for c in bash_commands("echo $(date) `pwd` <(ls)")] == [
        "echo", "date", "pwd", "ls",
    ]  # fmt: skip
    # bashlex rejects these; the fallback split still finds rm (better flagged than missed)
    assert [c.utility for c in bash_commands("ls 'unclosed | rm -rf x")] == ["ls", "rm"]
    assert [c.utility for c in bash_commands("ls (x) && rm -rf x")] == ["ls", "rm"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "find . -name '*.txt' -mtime -7",
            "find: search for files (-name: by name pattern, -mtime: by days since modified)",
        ),
        (
            "ls -la | wc -l",
            "ls: list files (-l: long format, -a: hidden ones too); wc: count (-l: lines)",
        ),
        ("find . -name a -o -name b", "find: search for files (-name: by name pattern, -o: or)"),
        ("frobnicate -x --yes=1 file", "frobnicate (-x, --yes)"),  # unknown: named as-is
        ("ls -Z", "ls: list files (-Z)"),
        ("/bin/rm -f x", "/bin/rm: delete files (-f: without asking)"),
        ("x=1", ""),
        ("", ""),
    ],
)
def test_describe_bash(code: str, words: str) -> None:
    assert describe_bash(code) == words


@pytest.mark.parametrize(
    ("code", "hazards"),
    [
        ("rm -rf build", ["rm -rf: deletes folders and everything in them, without asking"]),
        ("rm -r -f build", ["rm -rf: deletes folders and everything in them, without asking"]),
        ("rm -R build", ["rm -r: deletes folders and everything in them"]),
        ("rm -f a.o", ["rm -f: deletes files for good, without asking"]),
        ("find . -name '*.o' -exec rm {} \\;", ["rm: deletes files for good"]),
        ("find /tmp -mtime +7 -delete", ["find -delete: deletes every file it finds"]),
        ("dd if=/dev/zero of=/dev/sda bs=1M", ["dd: overwrites /dev/sda byte by byte"]),
        ("mkfs.ext4 /dev/sdb1", ["mkfs.ext4: formats a disk, erasing everything on it"]),
        ("chmod -R 777 /var/www", ["chmod -R 777: lets everyone change every file under it"]),
        ("chmod o+w f", ["chmod o+w: lets everyone change it"]),
        ("chown -R bob /srv", ["chown -R: changes the owner of everything under it"]),
        ("mv -f a b", ["mv -f: replaces existing files without asking"]),
        ("cp -rf a b", ["cp -f: replaces existing files without asking"]),
        ("shred -u key", ["shred: destroys the files' contents for good"]),
        ("truncate -s 0 log", ["truncate: cuts the files' contents off"]),
        ("kill -9 42", ["kill -9: kills processes without letting them save their work"]),
        ("kill -s KILL 42", ["kill -9: kills processes without letting them save their work"]),
        ("pkill -KILL java", ["pkill -9: kills processes without letting them save their work"]),
        (
            "sudo rm -rf /",
            [
                "sudo: runs with root's power over the whole machine",
                "rm -rf: deletes folders and everything in them, without asking",
            ],
        ),
        ("ls > files.txt 2>/dev/null", ["> files.txt: replaces files.txt's contents"]),
        ("{ ls; } >| out", ["> out: replaces out's contents"]),
        ("echo x > 'a b' (", ["> a b: replaces a b's contents"]),  # bashlex rejects: fallback
        (":(){ :|:& };:", ["a fork bomb: starts processes until the machine stops"]),
        ("curl -fsSL https://x.sh | sh", ["curl | sh: runs a script from the internet, unseen"]),
        ("bash <(wget -qO- https://x)", ["curl | sh: runs a script from the internet, unseen"]),
        ("echo $(rm -rf ~)", ["rm -rf: deletes folders and everything in them, without asking"]),
    ],
)
def test_bash_hazards(code: str, hazards: list[str]) -> None:
    assert bash_hazards(code) == hazards


@pytest.mark.parametrize(
    "code",
    [
        "ls -la /tmp",
        "find . -name '*.txt' | xargs grep -l foo",
        "cat a >> b",  # appends: nothing is lost
        "make 2>&1 | tee log",  # a stream, not a file
        "grep -r foo . 2>/dev/null",
        "chmod 644 f",
        "chmod -R u+w dir",
        "kill 42",
        "cp a b",
        "curl -o page.html https://x",
    ],
)
def test_harmless_commands_have_no_hazards(code: str) -> None:
    assert bash_hazards(code) == []


def test_program_notes_are_for_bash_answers() -> None:
    assert program_notes("bash", "rm -f x") == {
        "description": "rm: delete files (-f: without asking)",
        "hazards": ["rm -f: deletes files for good, without asking"],
    }
    assert program_notes("python", "import os; os.remove('x')") == {}
    assert program_notes("cf", "Top(10)") == {}


def test_the_consensus_picks_the_answer_its_evidence_agrees_with(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # its word table is cached there
    """The model's padded sample loses to the shape the nearest training commands share, and
    the nearest neighbour alone in its shape loses too (minimum Bayes risk)."""
    train = [
        Example(1, "find text files named notes", "find . -name notes.txt -type f", None),
        Example(2, "find text files in home", "find ~ -name '*.txt' -type f", None),
        Example(3, "find text files in tmp", "find /tmp -name '*.txt' -type f", None),
        Example(4, "count lines in a file", "wc -l file", None),
    ]
    model = FixedGenerator({"text": "find . -name - - -type"}, target="bash")
    consensus = Consensus(model, RetrievalModel(train, "bash"))
    proposals = consensus.propose("find all text files", 3, None)
    assert proposals[0].code.startswith("find") and proposals[0].code.endswith("-type f")
    assert [p.score for p in proposals] == sorted((p.score for p in proposals), reverse=True)
    assert consensus.name == "fixed+consensus" and consensus.target == "bash"
