"""Bash and Python as languages: their real parsers (bashlex, `ast`) and the lexical facts
about Bash commands (flags, utilities that run another command) that both the BPE codec's CPD
spans and the NL2Bash template metric read. Whether a generated program is valid is decided here.

A Bash answer is never run: `describe_bash` says what it would do in words (its utilities and
flags), and `bash_hazards` names what in it destroys data or gives power away (issue 19), so the
CLI, JSON and API can show both beside each candidate.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Language = Literal["bash", "python"]

# A word after one of these flags is a utility (find -exec rm {} \;).
EXEC_FLAGS = frozenset({"-exec", "-execdir", "-ok", "-okdir"})
# Utilities that run another command, with those of their flags that take a value.
PREFIX_FLAGS: dict[str, frozenset[str]] = {
    "xargs": frozenset({"-I", "-i", "-n", "-P", "-L", "-l", "-s", "-d", "-E", "-e", "-a"}),
    "sudo": frozenset({"-u", "-g"}),
    "nice": frozenset({"-n"}),
    "nohup": frozenset(),
    "time": frozenset(),
    "exec": frozenset(),
}
NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d+)?[A-Za-z]?")  # -7, -100k
# A control operator, or a word made of quoted parts, escapes and other characters.
BASH_TOKEN = re.compile(
    r"""\|\||&&|[|;&]|(?:'[^']*'|"(?:\\.|[^"\\])*"|\\.|[^\s|;'"\\]|['"\\])+""", re.S
)
# bashlex 0.18 loops, allocating until out of memory, on an unclosed `${` in single quotes
# followed by more of the word (`echo '${'x`): its _paramexpand restarts at find('}') == -1.
BASHLEX_LOOPS = re.compile(r"'[^']*\$\{[^}']*'")


# Utilities whose single-dash options are words (`-name`, `-eq`, `-KILL`), never bundles.
WORD_OPTIONS = frozenset({
    "find", "test", "[", "[[", "kill", "pkill", "killall", "java", "gcc", "g++", "cc", "clang",
    "ffmpeg", "convert", "ant",
})  # fmt: skip
# A bundle of short flags with perhaps a value attached: `-la`, `-n5`, `-I{}`, `-rnk2`.
_BUNDLE = re.compile(r"-([A-Za-z]+)([^A-Za-z].*)?", re.S)
# A redirection word of the fallback split (`>`, `2>/dev/null`, `<<EOF`), and one that replaces a
# file's contents (`>`, `>|`, `&>`: not `>>`, which appends, nor `>&2`, which names a stream).
_REDIRECTION = re.compile(r"\d*(?:&>|>>|>&|>\||>|<<<|<<|<)")
_OVERWRITE = re.compile(r"\d*(?:&>|>\||>)(?![>&])(.*)", re.S)
_QUOTING = re.compile(r"""\\(.)|['"]""", re.S)


def unquote(word: str) -> str:
    """A shell word without its quotes and escapes, as the command receives it."""
    return _QUOTING.sub(lambda m: m.group(1) or "", word)


def flag_parts(word: str, utility: str) -> tuple[list[str], str | None]:
    """A flag word's flags and attached value, as the utility reads them: `--opt=v` is
    (["--opt"], "v"), `-la` (["-l", "-a"], None) and `-n5` (["-n"], "5"), but find's `-name`
    stays one flag."""
    if word.startswith("--"):
        name, equals, value = word.partition("=")
        return [name], value if equals else None
    bundle = _BUNDLE.fullmatch(word)
    if bundle is None or utility in WORD_OPTIONS:
        return [word], None
    letters, value = bundle.groups()
    return [f"-{letter}" for letter in letters], value


def is_flag(word: str, previous: str = "") -> bool:
    """Flags start with '-', but '-' is stdin and a number after a long flag its value.

    So `find -mtime -7` has the argument -7 (as `+7` would be), while `ls -1` and `xargs -0` keep
    their flags; short flags taking negative numbers (`tail -n -5`) are rare enough to ignore.
    """
    if len(word) < 2 or word[0] != "-":
        return False
    return not (NEGATIVE_NUMBER.fullmatch(word) and len(previous) > 2 and is_flag(previous))


def parse_bash(command: str) -> list[Any] | None:
    """Parse with bashlex; None when it fails (it raises several error types, some not its own)."""
    import bashlex  # builds its LALR tables on import (0.2 s): only when Bash is parsed

    if BASHLEX_LOOPS.search(command):
        return None
    try:
        return list(bashlex.parse(command))
    except Exception:  # ParsingError, MatchedPairError, NotImplementedError, ...
        return None


def bash_is_valid(command: str) -> bool:
    """Whether bashlex parses the command, a proxy for its being runnable Bash."""
    return parse_bash(command) is not None


def python_is_valid(code: str) -> bool:
    """Whether the code parses as a Python module (an expression or statement list)."""
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # ValueError: NUL bytes
        return False
    return True


def is_valid_program(language: Language, code: str) -> bool:
    """Bash parsed by bashlex, Python by `ast.parse`: real parsers, not the tokenizer."""
    return bash_is_valid(code) if language == "bash" else python_is_valid(code)


@dataclass(frozen=True)
class BashCommand:
    """One command a Bash answer would run, with its flags split (`-rf` is -r, -f)."""

    utility: str
    flags: tuple[str, ...]
    arguments: tuple[str, ...]  # the other words: operands and flags' values


def _split_runs(words: list[str]) -> list[list[str]]:
    """A simple command's words as the commands it runs: `sudo rm -rf x` runs sudo, then rm;
    `xargs -I {} mv {} d` xargs, then mv; find's `-exec cmd {} ;` a command of its own."""
    runs: list[list[str]] = []
    current: list[str] | None = None
    parent: list[str] | None = None  # find's run, while its -exec command is read
    value_next = False  # the word is the value of a prefix utility's flag (sudo -u bob)
    for word in words:
        if current is None:
            current = [word]
            runs.append(current)
        elif parent is not None and word in (";", "\\;", "+"):
            current, parent = parent, None
        elif current[0] in PREFIX_FLAGS and (value_next or is_flag(word)):
            current.append(word)
            value_next = not value_next and word in PREFIX_FLAGS[current[0]]
        elif current[0] in PREFIX_FLAGS:
            current = [word]
            runs.append(current)
        else:
            current.append(word)
            if word in EXEC_FLAGS:
                parent, current = current, None
    return runs


def _command_of(run: list[str]) -> BashCommand:
    utility, flags, arguments = run[0], [], []
    previous = utility
    for word in run[1:]:
        if is_flag(word, previous):
            names, value = flag_parts(word, utility)
            flags += names
            arguments += [] if value is None else [value]
        else:
            arguments.append(word)
        previous = word
    return BashCommand(utility, tuple(flags), tuple(arguments))


def _tree_words(node: Any) -> Iterator[tuple[list[str], list[Any]]]:
    """Every simple command in a bashlex tree, substitutions included: (words, redirects)."""
    if node.kind == "command":
        parts = node.parts
        yield (
            [p.word for p in parts if p.kind == "word"],
            [p for p in parts if p.kind == "redirect"],
        )
    for child in getattr(node, "parts", None) or getattr(node, "list", None) or []:
        yield from _tree_words(child)
    if getattr(node, "command", None) is not None:  # $(...), `...`, <(...)
        yield from _tree_words(node.command)
    if node.kind == "redirect" and not isinstance(node.output, int):
        yield from _tree_words(node.output)
    if getattr(node, "redirects", None):  # `{ ls; } > out`, `for ...; done > out`
        yield [], list(node.redirects)


def _token_words(code: str) -> Iterator[list[str]]:
    """The simple commands of code bashlex rejects, by a quote-aware split at operators."""
    words: list[str] = []
    for raw in [*BASH_TOKEN.findall(code), ";"]:
        if raw in ("|", "||", "&&", ";", "&"):
            if words:
                yield words
            words = []
        elif not _REDIRECTION.match(raw):
            words.append(unquote(raw))


def bash_commands(code: str) -> list[BashCommand]:
    """Every command the code would run, in order: pipelines, lists, substitutions, and those
    that sudo, xargs and find -exec run."""
    trees = parse_bash(code)
    if trees is None:
        lines = list(_token_words(code))
    else:
        lines = [words for tree in trees for words, _ in _tree_words(tree)]
    return [_command_of(run) for words in lines for run in _split_runs(words) if run]


# What common utilities do, and their common flags, in words: (summary, {flag: meaning}).
UTILITIES: dict[str, tuple[str, dict[str, str]]] = {
    "find": ("search for files", {
        "-name": "by name pattern", "-iname": "by name pattern, any case",
        "-path": "by path pattern", "-regex": "by path regex", "-type": "by type",
        "-mtime": "by days since modified", "-mmin": "by minutes since modified",
        "-atime": "by days since read", "-newer": "changed after a file", "-size": "by size",
        "-perm": "by permissions", "-user": "by owner", "-empty": "empty ones",
        "-maxdepth": "down to a depth", "-mindepth": "from a depth",
        "-exec": "run a command on each", "-execdir": "run a command in each one's folder",
        "-delete": "delete each", "-print0": "print NUL-separated", "-print": "print each",
        "-o": "or", "-prune": "skip folders", "-ls": "list each in detail",
    }),
    "grep": ("search text for a pattern", {
        "-i": "any case", "-r": "in folders recursively", "-R": "in folders recursively",
        "-l": "print matching file names", "-n": "with line numbers", "-v": "lines not matching",
        "-c": "count matches", "-o": "print only the match", "-E": "extended regex",
        "-F": "fixed strings", "-w": "whole words", "-q": "quietly",
    }),
    "ls": ("list files", {
        "-l": "long format", "-a": "hidden ones too", "-h": "human-readable sizes",
        "-t": "newest first", "-r": "reversed", "-R": "recursively", "-S": "largest first",
        "-d": "folders themselves", "-1": "one a line",
    }),
    "rm": ("delete files", {
        "-r": "folders and everything in them", "-R": "folders and everything in them",
        "-f": "without asking", "-i": "asking first", "-v": "naming each",
    }),
    "cp": ("copy files", {
        "-r": "folders recursively", "-R": "folders recursively", "-f": "replacing without asking",
        "-p": "keeping times and modes", "-a": "an exact archive copy", "-i": "asking first",
    }),
    "mv": ("move or rename files", {
        "-f": "replacing without asking", "-i": "asking first", "-n": "never replacing",
    }),
    "chmod": ("change permissions", {"-R": "recursively"}),
    "chown": ("change owners", {"-R": "recursively", "-h": "of links themselves"}),
    "xargs": ("run a command on input lines", {
        "-0": "NUL-separated input", "-I": "placing each where a marker is",
        "-n": "with so many at a time", "-P": "in parallel", "-r": "not when input is empty",
    }),
    "sort": ("sort lines", {
        "-n": "by number", "-r": "reversed", "-k": "by a field", "-u": "dropping repeats",
        "-t": "with a field separator", "-h": "by human-readable size",
    }),
    "uniq": ("drop repeated lines", {"-c": "counting them", "-d": "only repeated ones"}),
    "wc": ("count", {"-l": "lines", "-w": "words", "-c": "bytes", "-m": "characters"}),
    "head": ("show the first lines", {"-n": "so many lines", "-c": "so many bytes"}),
    "tail": ("show the last lines", {"-n": "so many lines", "-f": "following new lines"}),
    "cat": ("print files", {"-n": "with line numbers"}),
    "echo": ("print text", {"-n": "without a newline", "-e": "reading escapes"}),
    "cut": ("cut fields from lines", {
        "-d": "with a delimiter", "-f": "these fields", "-c": "these characters",
    }),
    "tr": ("translate characters", {"-d": "deleting them", "-s": "squeezing repeats"}),
    "sed": ("edit text by script", {
        "-i": "in place, in the file", "-n": "printing only asked", "-e": "this script",
        "-E": "extended regex",
    }),
    "awk": ("process text by fields", {"-F": "with a field separator"}),
    "tar": ("pack or unpack archives", {
        "-c": "create", "-x": "extract", "-t": "list", "-z": "gzip", "-j": "bzip2",
        "-v": "naming each", "-f": "this archive file", "-C": "in this folder",
    }),
    "du": ("measure disk use", {
        "-s": "totals only", "-h": "human-readable", "-a": "files too", "-c": "with a grand total",
    }),
    "df": ("show free disk space", {"-h": "human-readable"}),
    "mkdir": ("make folders", {"-p": "with their parents"}),
    "touch": ("create files or update their times", {}),
    "ln": ("link files", {"-s": "symbolically", "-f": "replacing existing ones"}),
    "ps": ("list processes", {"-e": "all", "-f": "in full", "-u": "of a user"}),
    "kill": ("signal processes", {"-9": "kill at once", "-s": "with this signal"}),
    "pkill": ("signal processes by name", {"-9": "kill at once", "-f": "matching full lines"}),
    "killall": ("signal processes by name", {"-9": "kill at once"}),
    "sudo": ("run as root", {"-u": "as this user"}),
    "dd": ("copy raw bytes", {}),
    "shred": ("overwrite files to destroy them", {"-u": "then delete them"}),
    "truncate": ("cut files to a size", {"-s": "to this size"}),
    "curl": ("download from a URL", {
        "-o": "into a file", "-O": "into a file of its name", "-s": "silently",
        "-L": "following redirects",
    }),
    "wget": ("download from a URL", {"-O": "into this file", "-q": "quietly"}),
    "ssh": ("log in to another machine", {"-p": "on this port", "-i": "with this key"}),
    "rsync": ("copy files efficiently", {
        "-a": "as an archive", "-v": "naming each", "-z": "compressed",
        "--delete": "deleting extra files",
    }),
    "tee": ("copy input to files", {"-a": "appending"}),
    "date": ("show or set the date", {"-d": "of this date"}),
    "basename": ("strip a path's folders", {}),
    "dirname": ("strip a path's last part", {}),
    "readlink": ("resolve a link", {"-f": "fully"}),
    "md5sum": ("compute MD5 checksums", {}),
    "gzip": ("compress files", {"-d": "decompress"}),
    "zip": ("pack a zip archive", {"-r": "folders recursively"}),
    "diff": ("compare files", {"-r": "folders recursively", "-q": "only whether they differ"}),
    "cd": ("change folder", {}),
    "pwd": ("print the current folder", {}),
    "mkfs": ("format a disk", {}),
    "sh": ("run a shell", {"-c": "this command"}),
    "bash": ("run a shell", {"-c": "this command"}),
}  # fmt: skip


def _program(utility: str) -> str:
    """The program a utility word names: `/bin/rm` is rm, `mkfs.ext4` mkfs."""
    return utility.rsplit("/", 1)[-1].split(".")[0]


def _described(command: BashCommand) -> str:
    """`find: search for files (-name: by name pattern)`; unknown utilities and flags as-is."""
    summary, meanings = UTILITIES.get(_program(command.utility), ("", {}))
    flags = [f"{f}: {meanings[f]}" if f in meanings else f for f in dict.fromkeys(command.flags)]
    text = f"{command.utility}: {summary}" if summary else command.utility
    return text + (f" ({', '.join(flags)})" if flags else "")


def describe_bash(code: str) -> str:
    """What a Bash answer would do, in words: each command it runs, with its flags."""
    return "; ".join(_described(command) for command in bash_commands(code))


# Octal modes that let others write (777, 0666), and symbolic ones (a+w, o=rwx).
_WORLD_WRITABLE = re.compile(r"0?[0-7]{2}[2367]|[ugo]*[ao][ugo]*[+=][rxXst]*w[rwxXst]*")
_KILL_NOW = frozenset({"-9", "-KILL", "-SIGKILL"})
_FORK_BOMB = re.compile(r"(\S+)\(\)\{\1\|\1&\};\1")  # :(){ :|:& };: without spaces
_SHELLS = r"(?:\S*/)?(?:ba|z|k|da)?sh\b"
_DOWNLOAD_RUN = re.compile(
    rf"\b(?:curl|wget)\b[^|;&]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?{_SHELLS}"  # curl URL | sh
    rf"|\b{_SHELLS}[^|;&]*(?:<\(|\$\()\s*(?:curl|wget)\b"  # sh <(curl URL), sh -c "$(curl ...)"
)


def _rm_hazard(command: BashCommand) -> str:
    flags = set(command.flags)
    recursive, force = bool(flags & {"-r", "-R", "--recursive"}), bool(flags & {"-f", "--force"})
    name = "rm -rf" if recursive and force else "rm -r" if recursive else "rm -f" if force else "rm"
    what = "folders and everything in them" if recursive else "files for good"
    return f"{name}: deletes {what}" + (", without asking" if force else "")


def _killed_at_once(command: BashCommand) -> bool:
    signals = set(command.flags) | {f"-{a}" for a in command.arguments[:1] if "-s" in command.flags}
    return bool(signals & _KILL_NOW)


def _command_hazard(command: BashCommand) -> str | None:
    """What in one command destroys data or gives power away, in words; None if nothing."""
    utility, flags = _program(command.utility), set(command.flags)
    targets = [a[3:] for a in command.arguments if a.startswith("of=")]
    if utility == "rm":
        return _rm_hazard(command)
    if utility == "find" and "-delete" in flags:
        return "find -delete: deletes every file it finds"
    if utility == "dd":
        return f"dd: overwrites {targets[0] if targets else 'its output'} byte by byte"
    if utility in ("mkfs", "mke2fs", "wipefs"):
        return f"{command.utility}: formats a disk, erasing everything on it"
    modes = [a for a in command.arguments if _WORLD_WRITABLE.fullmatch(a)]
    if utility == "chmod" and modes:
        recursive = bool(flags & {"-R", "--recursive"})
        under = "every file under it" if recursive else "it"
        return f"chmod{' -R' * recursive} {modes[0]}: lets everyone change {under}"
    if utility == "chown" and flags & {"-R", "--recursive"}:
        return "chown -R: changes the owner of everything under it"
    if utility in ("mv", "cp") and flags & {"-f", "--force"}:
        return f"{utility} -f: replaces existing files without asking"
    if utility == "shred":
        return "shred: destroys the files' contents for good"
    if utility == "truncate":
        return "truncate: cuts the files' contents off"
    if utility in ("kill", "pkill", "killall") and _killed_at_once(command):
        return f"{utility} -9: kills processes without letting them save their work"
    if utility == "sudo":
        return "sudo: runs with root's power over the whole machine"
    return None


def _overwritten_files(code: str) -> list[str]:
    """The files a `>` redirection would replace (not /dev/null, which loses nothing)."""
    trees = parse_bash(code)
    if trees is None:
        tokens = [*BASH_TOKEN.findall(code), ""]
        found = [
            (m.group(1) or tokens[i + 1])
            for i, token in enumerate(tokens[:-1])
            if (m := _OVERWRITE.fullmatch(token))
        ]
    else:
        found = [
            r.output.word
            for tree in trees
            for _, redirects in _tree_words(tree)
            for r in redirects
            if r.type in (">", ">|", "&>", ">&") and not isinstance(r.output, int)
        ]
    return [unquote(f) for f in found if f and unquote(f) != "/dev/null"]


def bash_hazards(code: str) -> list[str]:
    """What in a Bash answer destroys data or gives power away, each in words (none: [])."""
    hazards = [h for c in bash_commands(code) if (h := _command_hazard(c)) is not None]
    hazards += [f"> {target}: replaces {target}'s contents" for target in _overwritten_files(code)]
    if _FORK_BOMB.search(re.sub(r"\s+", "", code)):
        hazards.append("a fork bomb: starts processes until the machine stops")
    if _DOWNLOAD_RUN.search(code):
        hazards.append("curl | sh: runs a script from the internet, unseen")
    return list(dict.fromkeys(hazards))


def program_notes(target: str, code: str) -> dict[str, Any]:
    """What a generated program is shown with, since it is never run: for Bash, what it does in
    words and its hazards (JSON keys `description`, `hazards`); nothing for other targets."""
    if target != "bash":
        return {}
    return {"description": describe_bash(code), "hazards": bash_hazards(code)}
