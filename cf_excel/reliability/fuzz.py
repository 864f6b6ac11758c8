"""The package fuzzer: real workbooks, mutated, through `cf-excel apply --rule`, judged.

Each case takes a seed workbook (`seeds`), applies one mutator (`mutators`, `xml_mutators`) and
runs the command line in-process, in a forked child with a time and memory limit (a hang or a
memory blow-up is a finding, not the end of the run). A case must end one of two ways:

- refused: exit status 2, one line on stderr (`cf-excel: ...`, no traceback, no warnings),
  the input unchanged, no output, no lock or temporary file left beside it;
- applied: exit status 0, the input unchanged, an output whose parts are the input's, in order
  and compression, byte for byte, except the sheet (which only gains cf-excel's
  `<conditionalFormatting>` elements) and styles.xml; openpyxl opens it and sees one more rule on
  the first sheet, and LibreOffice opens it (checked in batches, one soffice run per batch).

Anything else is a crash (a traceback, a hang, a killed process), an unopenable output, or a
violation (something written or changed that should not be, or a message that is not one line).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import time
import traceback
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

import openpyxl

from cf_excel.cli import main
from cf_excel.excel.xlsx_patch import MARKER_URI
from cf_excel.reliability.libreoffice import SOFFICE
from cf_excel.reliability.mutators import ZIP_MUTATORS, Mutation, Mutator
from cf_excel.reliability.seeds import Seed
from cf_excel.reliability.xml_mutators import XML_MUTATORS

Kind = Literal["refused", "applied", "crash", "unopenable", "violation"]
MUTATORS: dict[str, Mutator] = {**ZIP_MUTATORS, **XML_MUTATORS}
CASE_CPU_SECONDS = 60  # of CPU time: a case that needs more hangs (contention aside)
CASE_SECONDS = 600  # of wall-clock time, however busy the machine
CASE_MEMORY = 3 << 30  # bytes of address space a case may add to what the process holds
LIBREOFFICE_BATCH = 40  # applied outputs opened per soffice run
MAX_MESSAGE = 400  # characters: a longer refusal is no clear message
# A <conditionalFormatting> element cf-excel inserted: one that holds its marker.
OUR_FORMATTING = (
    r"<(\w+:)?conditionalFormatting\b(?:(?!</?(\w+:)?conditionalFormatting\b).)*?"
    + re.escape(MARKER_URI)
    + r".*?</(\w+:)?conditionalFormatting>"
)


@dataclass(frozen=True)
class Case:
    number: int
    seed: Seed
    mutator: str
    mutation: Mutation

    @property
    def label(self) -> dict[str, object]:
        return {
            "case": self.number,
            "seed": self.seed.name,
            "mutator": self.mutator,
            "mutation": self.mutation.detail,
        }


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    message: str = ""  # the refusal, or what went wrong
    trace: str = ""  # a crash's traceback, or an unopenable output's error
    output: Path | None = None  # an applied case's output


def draw_cases(seeds: Sequence[Seed], count: int, seed: int) -> Iterator[Case]:
    """`count` cases, the mutators in turn; case n is the same for the same seed and seeds."""
    names = sorted(MUTATORS)
    for number in range(count):
        rng = random.Random(f"{seed}:{number}")
        base = seeds[rng.randrange(len(seeds))]
        name = names[number % len(names)]
        yield Case(number, base, name, MUTATORS[name](rng, base.data))


def run_case(case: Case, folder: Path) -> Outcome:
    """`cf-excel apply --rule` on the mutated workbook, in this process, and its verdict."""
    source = folder / f"input-{case.number}{case.seed.suffix}"
    target = folder / "out" / f"case-{case.number}{case.seed.suffix}"
    target.parent.mkdir(parents=True)
    source.write_bytes(case.mutation.data)
    args = ["apply", "--rule", case.seed.rule, "--sheet", str(source), "--out", str(target)]
    code, stderr, trace = call_cli(args)
    if trace:
        return Outcome("crash", "a traceback", trace)
    extra = sorted(p.name for p in folder.rglob("*") if p not in (source, target.parent, target))
    if extra:
        return Outcome("violation", f"files left beside the workbook: {extra}")
    if source.read_bytes() != case.mutation.data:
        return Outcome("violation", "the input workbook changed")
    if code == 2:
        return refusal(stderr, target)
    if code != 0:
        return Outcome("crash", f"exit status {code}", stderr)
    if not target.exists():
        return Outcome("violation", "exit status 0 but no output")
    return applied(case.mutation.data, target)


def call_cli(args: list[str]) -> tuple[int | None, str, str]:
    """(exit status, stderr, traceback) of `cf-excel args`, run in-process."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(args)
    except BaseException:  # MemoryError and RecursionError are findings too
        return None, err.getvalue(), traceback.format_exc()
    return code, err.getvalue(), ""


def refusal(stderr: str, target: Path) -> Outcome:
    """A refusal is one line, `cf-excel: ...`, and nothing written."""
    lines = stderr.strip().splitlines()
    if target.exists():
        return Outcome("violation", "refused, yet an output was written")
    if len(lines) != 1 or not lines[0].startswith("cf-excel: ") or len(lines[0]) > MAX_MESSAGE:
        return Outcome("violation", "the refusal is not one clear line", stderr[:2000])
    return Outcome("refused", lines[0].removeprefix("cf-excel: "))


def applied(before: bytes, target: Path) -> Outcome:
    """The output's parts against the input's, then openpyxl's view of it."""
    problem = changed_parts(before, target.read_bytes())
    if problem:
        return Outcome("violation", problem)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            old, new = (openpyxl.load_workbook(io.BytesIO(before)), openpyxl.load_workbook(target))
    except Exception as error:
        return Outcome("unopenable", f"openpyxl: {error}"[:MAX_MESSAGE], traceback.format_exc())
    if rule_count(new) != rule_count(old) + 1:
        return Outcome("violation", "openpyxl does not see the new rule on the first sheet")
    return Outcome("applied", output=target)


def rule_count(workbook: openpyxl.Workbook) -> int:
    sheet = workbook.worksheets[0]
    return sum(len(formatting.rules) for formatting in sheet.conditional_formatting)


def changed_parts(before: bytes, after: bytes) -> str | None:
    """What is wrong with the output's parts, or None: the same entries in the same order and
    compression, every part byte-identical but the sheet (the input's with cf-excel's
    formatting elements inserted) and the styles (well-formed, holding cf-excel's dxf)."""
    with zipfile.ZipFile(io.BytesIO(before)) as old, zipfile.ZipFile(io.BytesIO(after)) as new:
        shape = [(i.filename, i.compress_type) for i in old.infolist()]
        if shape != [(i.filename, i.compress_type) for i in new.infolist()]:
            return "the output's entries differ from the input's"
        changed = [
            (name, old.read(name), new.read(name))
            for name, _ in shape
            if old.read(name) != new.read(name)
        ]
    kinds = sorted(changed_kind(*change) for change in changed)
    if kinds not in (["sheet"], ["sheet", "styles"]):
        return f"parts changed: {[name for name, _, _ in changed]} ({kinds})"
    return None


def changed_kind(name: str, old: bytes, new: bytes) -> str:
    """'sheet' or 'styles' when the change is cf-excel's and the part well-formed, else why."""
    try:
        ElementTree.fromstring(new)
    except ElementTree.ParseError as error:
        return f"{name} not well-formed ({error})"
    text = new.decode("utf-8", "replace")
    if "<cfx:dxf" in text:
        return "styles"
    if "<cfx:rule/>" not in text:
        return f"{name} changed"
    kept = re.sub(OUR_FORMATTING, "", text, flags=re.DOTALL)
    return "sheet" if kept == old.decode("utf-8", "replace") else f"{name} changed elsewhere"


def run_isolated(case: Case, folder: Path, seconds: float = CASE_SECONDS) -> Outcome:
    """`run_case` in a forked child limited in time and memory: a hang, a memory blow-up or a
    dead process is a crash of the case, and the fuzzer goes on."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=child_case, args=(case, folder, send), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(seconds):
            outcome: Outcome = receive.recv()
        else:
            outcome = Outcome("crash", f"no answer within {seconds:g} s: killed")
    except EOFError:
        child.join(5)
        outcome = Outcome("crash", died(child.exitcode))
    finally:
        child.kill()
        child.join()
        receive.close()
    return outcome


def died(exitcode: int | None) -> str:
    if exitcode == -signal.SIGXCPU:
        return f"used more than {CASE_CPU_SECONDS} s of CPU: killed"
    return f"the case's process died (exit status {exitcode})"


def child_case(case: Case, folder: Path, send: Connection) -> None:
    limit_resources(CASE_MEMORY, CASE_CPU_SECONDS)
    send.send(run_case(case, folder))


def limit_resources(memory: int, cpu_seconds: int) -> None:
    """Cap the address space at what the process holds now plus `memory`, and its CPU time
    (Linux only: elsewhere the wall-clock limit alone applies)."""
    try:
        import resource

        status = Path("/proc/self/status").read_text()
        held = int(re.search(r"VmSize:\s*(\d+)", status).group(1)) * 1024  # type: ignore[union-attr]
    except (ImportError, OSError, AttributeError):
        return
    used = int(sum(os.times()[:2]))
    resource.setrlimit(resource.RLIMIT_AS, (held + memory, resource.RLIM_INFINITY))
    resource.setrlimit(resource.RLIMIT_CPU, (used + cpu_seconds, resource.RLIM_INFINITY))


def unopened(outputs: Sequence[Path], folder: Path) -> dict[Path, str]:
    """The outputs LibreOffice does not open, with why: one soffice run converts them all to
    ODS (which, unlike CSV, does not grow with the sheet's used range); when the run fails or
    hangs, each file is tried alone."""
    converted = folder / "ods"
    try:
        soffice(outputs, converted, folder / "profile", 60 + 10 * len(outputs))
    except (subprocess.SubprocessError, OSError) as error:
        if len(outputs) > 1:
            return {k: v for o in outputs for k, v in unopened([o], folder).items()}
        return {outputs[0]: f"LibreOffice failed: {str(error)[:MAX_MESSAGE]}"}
    return {
        output: "LibreOffice could not load it"
        for output in outputs
        if not (converted / f"{output.stem}.ods").exists()
    }


def soffice(workbooks: Sequence[Path], folder: Path, profile: Path, seconds: float) -> None:
    """One headless soffice run converting `workbooks` to ODS in `folder`; on a timeout its
    whole process group is killed (soffice.bin may run as a child of the launcher)."""
    assert SOFFICE is not None
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--convert-to",
        "ods",
        "--outdir",
        str(folder),
        *map(str, workbooks),
    ]
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    ) as process:
        try:
            process.wait(seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise


@dataclass
class Report:
    seed: int
    seeds: list[str]
    counts: Counter[str] = field(default_factory=Counter)
    by_mutator: dict[str, Counter[str]] = field(default_factory=dict)
    failures: list[dict[str, object]] = field(default_factory=list)
    messages: Counter[str] = field(default_factory=Counter)  # refusals, paths and numbers masked
    libreoffice_opened: int = 0
    slowest: list[tuple[float, dict[str, object]]] = field(default_factory=list)

    def add(self, case: Case, outcome: Outcome, seconds: float) -> None:
        self.slowest = sorted([*self.slowest, (seconds, case.label)], key=lambda s: -s[0])[:10]
        self.counts[outcome.kind] += 1
        self.by_mutator.setdefault(case.mutator, Counter())[outcome.kind] += 1
        if outcome.kind == "refused":
            self.messages[masked(outcome.message)] += 1
        elif outcome.kind != "applied":
            failure = {**case.label, "kind": outcome.kind, "message": outcome.message}
            self.failures.append({**failure, "traceback": outcome.trace})

    def as_json(self) -> dict[str, object]:
        counts = {kind: self.counts[kind] for kind in ("refused", "applied", "unopenable")}
        return {
            "cases": sum(self.counts.values()),
            **counts,
            "crashes": self.counts["crash"],
            "violations": self.counts["violation"],
            "libreoffice_opened": self.libreoffice_opened,
            "seed": self.seed,
            "seeds": self.seeds,
            "by_mutator": {
                name: dict(sorted(c.items())) for name, c in sorted(self.by_mutator.items())
            },
            "slowest": [{**label, "seconds": round(s, 1)} for s, label in self.slowest],
            "refusal_messages": dict(self.messages.most_common()),
            "failures": self.failures,
        }

    def summary(self) -> str:
        data = self.as_json()
        head = ", ".join(
            f"{key} {data[key]}"
            for key in ("cases", "refused", "applied", "crashes", "unopenable", "violations")
        )
        lines = [head]
        for name, counts in sorted(self.by_mutator.items()):
            lines.append(f"  {name:20} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        return "\n".join(lines)


def masked(message: str) -> str:
    """A refusal with the workbook's path and the numbers in it masked, so alike ones count
    as one."""
    message = re.sub(r"\S*input-\d+\.xls[xm]", "<workbook>", message)
    return re.sub(r"\d[\d,]*", "N", message)


def fuzz(
    seeds: Sequence[Seed],
    count: int,
    seed: int,
    folder: Path,
    libreoffice: bool = True,
    progress: Callable[[Case, Outcome], None] | None = None,
) -> Report:
    """Run `count` cases in `folder` (emptied as it goes) and judge them; LibreOffice opens
    the applied outputs in batches when `libreoffice` and soffice is installed."""
    check_seeds(seeds, folder)
    report = Report(seed, [s.name for s in seeds])
    pending: list[tuple[Case, Outcome, float]] = []
    check = libreoffice and SOFFICE is not None
    for case in draw_cases(seeds, count, seed):
        start = time.perf_counter()
        outcome = run_isolated(case, folder / f"case-{case.number}")
        seconds = time.perf_counter() - start
        if progress is not None:
            progress(case, outcome)
        if outcome.kind == "applied" and check:
            pending.append((case, outcome, seconds))
            if len(pending) >= LIBREOFFICE_BATCH:
                open_pending(pending, folder, report)
            continue
        report.add(case, outcome, seconds)
        shutil.rmtree(folder / f"case-{case.number}", ignore_errors=True)
    if pending:
        open_pending(pending, folder, report)
    return report


def check_seeds(seeds: Sequence[Seed], folder: Path) -> None:
    """Each seed, unmutated, applies: a case that fails is then the mutation's doing."""
    for number, base in enumerate(seeds):
        case = Case(-1 - number, base, "none", Mutation(base.data, "unmutated"))
        outcome = run_isolated(case, folder / f"seed-{number}")
        shutil.rmtree(folder / f"seed-{number}", ignore_errors=True)
        if outcome.kind != "applied":
            raise RuntimeError(f"the seed {base.name} itself is {outcome.kind}: {outcome}")


def open_pending(pending: list[tuple[Case, Outcome, float]], folder: Path, report: Report) -> None:
    """LibreOffice opens the applied outputs; one it cannot open makes its case unopenable."""
    outputs = [outcome.output for _, outcome, _ in pending if outcome.output is not None]
    failed = unopened(outputs, folder / "libreoffice")
    for case, outcome, seconds in pending:
        why = failed.get(outcome.output) if outcome.output else None
        report.add(case, Outcome("unopenable", why) if why else outcome, seconds)
        report.libreoffice_opened += why is None
        shutil.rmtree(folder / f"case-{case.number}", ignore_errors=True)
    shutil.rmtree(folder / "libreoffice" / "ods", ignore_errors=True)
    pending.clear()
