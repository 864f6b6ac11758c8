"""Bash and Python targets: CPD spans from real lexers, the byte-level BPE, and a tiny model
trained and served end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cf_excel.cli import main
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.dataset import finetuning_examples, pretraining_examples, standard_library_lines
from cf_excel.generation import ModelUnavailableError, generate_programs, load_model
from cf_excel.codefusion.program_codec import (
    bash_keyword_spans,
    decode_program,
    encode_program,
    is_valid_program,
    python_keyword_spans,
    train_bpe,
)
from cf_excel.server.app import create_app
from cf_excel.codefusion.train import train

BASH = [
    ("find all text files here", "find . -name '*.txt'"),
    ("count lines of every python file", "find . -name '*.py' | xargs wc -l"),
    ("show disk usage of home", "du -sh ~"),
    ("remove empty directories", "find . -type d -empty -delete"),
]
SNIPPETS = ["ls -la", "grep -r foo .", "cat file | sort | uniq -c", "tar -xzf a.tar.gz"]


def words(code: str, spans: list[tuple[int, int]]) -> list[str]:
    return [code[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("command", "noised"),
    [
        ("find / -name 'program.c' 2>/dev/null", ["find", "-name"]),
        ("ls -la | grep $USER | xargs -I {} rm -rf {}",
         ["$USER", "ls", "-la", "grep", "xargs", "-I", "rm", "-rf"]),
        ("cd $(dirname $0); LANG=C sort -k2 f.txt", ["cd", "dirname", "sort", "-k2"]),
        ("find . -type f -exec grep -l foo {} \\;", ["find", "-type", "-exec", "grep", "-l"]),
        ("sudo -u bob ls --color=auto", ["sudo", "-u", "ls", "--color"]),
    ],
)  # fmt: skip
def test_bash_cpd_spans_are_utilities_flags_and_variables(command: str, noised: list[str]) -> None:
    assert words(command, bash_keyword_spans(command)) == noised


def test_python_cpd_spans_are_names() -> None:
    code = "all(x == myList[0] for x in myList)"
    assert words(code, python_keyword_spans(code)) == [
        "all", "x", "myList", "for", "x", "in", "myList"
    ]  # fmt: skip
    code = "print('%s' % name)\nif ok:\n    go(3)"
    assert words(code, python_keyword_spans(code)) == ["print", "name", "if", "ok", "go"]
    assert words("f(", python_keyword_spans("f(")) == ["f"]  # unfinished: names so far


def test_bpe_round_trips_exactly_and_masks_keyword_pieces() -> None:
    vocab = train_bpe([code for _, code in BASH] + SNIPPETS, vocab_size=300)
    assert vocab.token(vocab.pad_id) == "<pad>"
    for _, code in BASH:
        encoded = encode_program(vocab, "bash", code, 40)
        assert len(encoded.ids) == 40 and decode_program(vocab, encoded.ids) == code
    encoded = encode_program(vocab, "bash", "du -sh ~", 12)
    pieces = [vocab.token(i) for i in encoded.ids if i != vocab.pad_id]
    noised = "".join(p for p, k in zip(pieces, encoded.keyword, strict=False) if k)
    assert noised.replace("Ġ", "") == "du-sh"  # the utility and the flag, not `~`
    with pytest.raises(ValueError, match="more than 3"):
        encode_program(vocab, "bash", "find . -type d -empty -delete", 3)
    assert decode_program(vocab, [*vocab.tokenizer.encode("ls").ids, vocab.pad_id, 5]) == "ls"


def test_validity_uses_the_real_parsers() -> None:
    assert is_valid_program("bash", "find . -name '*.txt' | wc -l")
    assert not is_valid_program("bash", "find . -name '*.txt' |")
    assert is_valid_program("python", "x = [i for i in range(3)]")
    assert not is_valid_program("python", "x = [i for i in range(3)")


def test_training_data_per_target() -> None:
    config = Config.from_preset("tiny", target="python")
    assert config.max_code_len == 64  # the target's default, under the preset
    tuning = finetuning_examples(config)
    assert tuning[0].prompt and tuning[0].prompt == tuning[0].prompt.strip()
    lines = standard_library_lines(limit=50)
    assert len(lines) == 50 and all(is_valid_program("python", line) for line in lines)
    bash, dropped = pretraining_examples("bash")
    assert dropped == 0 and bash[0].prompt == "" and len(bash) > 80_000


@pytest.fixture(scope="module")
def bash_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Bash CodeFusion trained on a four-line data folder."""
    root = tmp_path_factory.mktemp("bash")
    data = root / "data"
    data.mkdir()
    items = [{"ID": i, "NL Utterance": u, "Code": c} for i, (u, c) in enumerate(BASH)]
    (data / "BashBenchmarks.json").write_text(json.dumps({"train": items, "test": items}))
    (data / "BashSnippets.txt").write_text("\n".join(SNIPPETS))
    config = Config.from_preset(
        "tiny", target="bash", pretrain_steps=3, finetune_steps=3, code_vocab_size=300
    )
    pretrained = train(config, "pretrain", root / "run", str(data), progress=False)
    return train(config, "finetune", root / "run", str(data), init=pretrained, progress=False)


@pytest.mark.slow
def test_a_bash_model_generates_checked_commands(
    bash_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = load_model("codefusion", "bash", checkpoint=str(bash_model))
    candidates, latency = generate_programs(model, "find all text files here", "bash", top_k=3)
    assert 1 <= len(candidates) <= 3 and latency > 0
    for candidate in candidates:
        assert candidate.valid == is_valid_program("bash", candidate.code)
    assert main(["generate", "list files", "--target", "bash", "--checkpoint", str(bash_model),
                 "--top-k", "2", "--json"]) == 0  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert report["target"] == "bash" and {"code", "score", "valid"} <= set(report["candidates"][0])
    wrong = "is a bash codefusion model, not a python codefusion one"
    with pytest.raises(ModelUnavailableError, match=wrong):
        load_model("codefusion", "python", checkpoint=str(bash_model))


@pytest.mark.slow
def test_the_api_serves_bash(bash_model: Path) -> None:
    def program_model(target: str):  # type: ignore[no-untyped-def]
        return load_model("codefusion", target, checkpoint=str(bash_model))

    app = create_app(lambda: pytest.fail("no CF model needed"), load_program_model=program_model)
    client = app.test_client()
    reply = client.post("/api/generate", json={"text": "list files", "target": "bash"})
    assert reply.status_code == 200 and reply.get_json()["target"] == "bash"
    python = client.post("/api/generate", json={"text": "sort a list", "target": "python"})
    assert python.status_code == 503 and "not a python codefusion one" in python.get_json()["error"]
    unknown = client.post("/api/generate", json={"text": "x", "target": "perl"})
    assert unknown.status_code == 400 and "'perl' is not served" in unknown.get_json()["error"]


def test_generate_without_a_sheet_or_checkpoint_says_what_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["generate", "overdue rows"]) == 2
    assert "give --sheet" in capsys.readouterr().err
    assert main(["generate", "list", "--target", "python", "--checkpoint", str(tmp_path)]) == 2
    assert "no codefusion checkpoint for python" in capsys.readouterr().err
