"""Bash and Python targets: CPD spans from real lexers, the byte-level BPE and its decoding, the
training data, and a tiny model trained and served end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from cf_excel.candidates import Generator, Request, generate_candidates
from cf_excel.cli import main
from cf_excel.codefusion.config import Config, Target
from cf_excel.codefusion.dataset import (
    finetuning_examples,
    pretraining_examples,
    standard_library_lines,
)
from cf_excel.codefusion.decode import program_tokens
from cf_excel.codefusion.program_codec import (
    bash_keyword_spans,
    decode_program,
    encode_program,
    keyword_spans,
    python_keyword_spans,
    train_bpe,
)
from cf_excel.codefusion.train import train
from cf_excel.generators import ModelUnavailableError, load_generator
from cf_excel.programs import is_valid_program
from cf_excel.server.app import create_app

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


def test_cf_rules_are_not_lexed_here() -> None:
    with pytest.raises(ValueError, match="lexed by its grammar"):
        keyword_spans("cf", "Top(3)")


def test_program_tokens_read_the_best_piece_at_each_position_up_to_the_first_pad() -> None:
    vocab = train_bpe([code for _, code in BASH] + SNIPPETS, vocab_size=300)
    pieces = vocab.tokenizer.encode("du -sh ~").ids
    log_probs = torch.full((8, vocab.size + 3), -9.0)  # 3 copy columns, never read for programs
    log_probs[:, vocab.size :] = 0.0  # a copy id beats every piece, yet nothing is copied
    for position, piece in enumerate(pieces):
        log_probs[position, piece] = -0.5
    log_probs[len(pieces) :, vocab.pad_id] = -0.25
    log_probs[len(pieces) + 1, vocab.tokenizer.encode("ls").ids[0]] = -0.1  # after the <pad>
    proposal = program_tokens(log_probs, vocab)
    assert proposal.code == "du -sh ~"
    expected = -0.5 * len(pieces) - 0.25 * (8 - len(pieces) - 1) - 0.1
    assert proposal.score == pytest.approx(expected)  # every position counts, as in free_tokens


def test_training_data_per_target(data_dir: Path) -> None:
    config = Config.from_preset("tiny", target="python")
    assert config.max_code_len == 64  # the target's default, under the preset
    tuning = finetuning_examples(config, str(data_dir))
    assert len(tuning) == 2379  # the Python train split, utterances alone as prompts
    assert tuning[0].prompt and tuning[0].prompt == tuning[0].prompt.strip()
    lines = standard_library_lines(limit=50)
    assert len(lines) == 50 and all(is_valid_program("python", line) for line in lines)
    bash, dropped = pretraining_examples("bash", str(data_dir))
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
    generator = load_generator("codefusion", "bash", checkpoint=bash_model)
    assert (generator.target, generator.steps) == ("bash", 5)
    proposals = generator.propose("find all text files here", 3, None)
    assert len(proposals) == 3  # one per seed
    candidates, latency = generate_candidates(
        generator, "find all text files here", Request("bash"), 3
    )
    assert latency > 0
    valid = [c.valid for c in candidates]
    assert valid == sorted(valid, reverse=True)  # parser-checked answers first
    assert len({c.code for c in candidates}) == len(candidates)  # equal texts merge
    for candidate in candidates:
        parses = bool(candidate.code.strip()) and is_valid_program("bash", candidate.code)
        assert candidate.valid == parses
        assert candidate.rule is None and candidate.table is None
    assert main(["generate", "list files", "--target", "bash", "--checkpoint", str(bash_model),
                 "--top-k", "2", "--json"]) == 0  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert report["target"] == "bash" and {"code", "score", "valid"} <= set(report["candidates"][0])
    wrong = "is a bash codefusion model, not a python codefusion one"
    with pytest.raises(ModelUnavailableError, match=wrong):
        load_generator("codefusion", "python", checkpoint=bash_model)


@pytest.mark.slow
def test_the_api_serves_bash(bash_model: Path) -> None:
    def load(target: Target) -> Generator:
        assert target != "cf", "no CF model needed"
        return load_generator("codefusion", target, checkpoint=bash_model)

    app = create_app({"LOAD_GENERATOR": load})
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
