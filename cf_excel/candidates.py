"""From a generator's proposals to ranked, executed candidates: the one path every caller takes.

A generator (CodeFusion, the autoregressive baseline, retrieval) only proposes code with scores.
Here each distinct proposal is parsed once (a CF rule by the rule grammar, Bash and Python by
their real parsers) and, on a sheet, executed once *as of the request's date*; the candidate
keeps the parsed rule and the cells it formats, and everything downstream (the reply, the Excel
mapping, the benchmarks' scorers) reads them from it instead of parsing or executing again. A
rule naming a column the table does not have is invalid: Excel would read other cells than the
preview does.

Ranking: proposals that do the same merge (on a sheet with data rows, rules that format the same
cells; otherwise the same canonical text). A merged answer is shown as its best member and, when
the generator's scores are log-probabilities, scores the log of its members' summed probability:
an answer many noise seeds agree on outranks a slightly more probable one-off (self-consistency,
Wang et al. 2023); retrieval's similarities keep the best member's. Valid answers come first,
then those that format at least one cell (execution-guided decoding, Wang et al. 2018), each
group in score order. A reading of the request reader that formats nothing brings its looser
rules (`rules.loosen`: each test of its AND left out, then the tests ORed) at a share of its
score: nobody asks to colour cells that are not there, so a reading with one test too many is
likelier wrong than the sheet.
The CLI, the server, apply/batch and every benchmark call `generate_candidates`, so they rank
identically.

Two checks read the request's words. A rule comparing a column with a text that column could
not hold ("Region is 'negative'", "Task is Task") is dropped before merging
(`rules.grounding`): it never appears. Each answer then gets a calibrated `confidence`
(`codefusion.confidence`) from its probability share, the samples' agreement, its rank, its
margin to the runner-up, and how much of it the request accounts for (columns named, literals
said); the shares count the dropped proposals too, so an answer left over after the model's
favourites were dropped is not mistaken for a sure one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import time
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, Protocol

from cf_excel.codefusion.confidence import (
    DEFAULT_CALIBRATION,
    MARGIN_CAP,
    Calibration,
    Features,
    calibration_of,
)
from cf_excel.codefusion.config import Target
from cf_excel.excel.formats import DEFAULT_FORMAT, CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.programs import is_valid_program
from cf_excel.rules import Rule, RuleSyntaxError, ast, format_rule, parse_rule
from cf_excel.rules.caveats import caveats
from cf_excel.rules.describe import describe_rule
from cf_excel.rules.executor import Cell, applied_columns, cell_address, highlighted_cells
from cf_excel.rules.grounding import request_support, ungrounded
from cf_excel.rules.loosen import loosened
from cf_excel.rules.scope import placed, scoped_condition
from cf_excel.rules.word_forms import with_held_words
from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.table import Table

ScoreKind = Literal["log_prob", "similarity"]  # how a merged answer's score combines
# A looser rule's score as a share of the reading it loosens (`looser_proposals`): below the
# reader's own next readings (halved each), above the model's samples. Chosen on dev-v8 … v10
# (default: +16 first, −1; 0.5 and 0.25 put "today and tomorrow" read as AND, loosened to
# "today", before the reader's own OR reading; 1e-6 kept only +10).
LOOSER = 0.05


@dataclass(frozen=True)
class Proposal:
    """What a generator returns: code and its score, nothing checked yet."""

    code: str
    score: float
    tokens: tuple[int, ...] = ()  # CodeFusion: the id chosen at each position (read by its clamp)
    reading: float = 0.0  # the request reader's coverage when it proposed this (cf_excel.reading)


class Generator(Protocol):
    """A model that proposes code for a request (CodeFusion, the AR baseline, retrieval)."""

    @property
    def name(self) -> str: ...

    @property
    def target(self) -> Target: ...

    @property
    def scores(self) -> ScoreKind:
        """How a merged answer's score combines its members'."""
        ...

    @property
    def constrained(self) -> bool:
        """False only for the unconstrained ablation: Bash and Python answers that parse are
        not moved first (a CF rule that does not parse always ranks last: it cannot apply)."""
        ...

    @property
    def steps(self) -> int | None:
        """Reverse diffusion steps, for the reply (None: not a diffusion model)."""
        ...

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        """Proposals for about `top_k` answers (more where many samples may merge)."""
        ...


@dataclass(frozen=True, eq=False)
class Candidate:
    """One answer: its code, whether it parses, and for a CF rule what it does on the sheet."""

    code: str  # the canonical rule text when it parses, else the proposal's text
    score: float
    valid: bool
    error: str | None = None  # why a CF rule does not parse, or does not fit the table
    rule: Rule | None = None  # the parsed CF rule (None for Bash and Python)
    table: Table | None = None  # the sheet it was executed on
    cells: frozenset[Cell] = frozenset()  # the (row, column) data cells it formats
    format: CellFormat = DEFAULT_FORMAT
    confidence: float = 1.0  # calibrated P(it is the answer); 1.0 for a rule the user gave
    features: Features | None = None  # what the confidence was computed from (ranked answers)
    reading: float = 0.0  # the best coverage of the request reader's readings merged into it

    @cached_property
    def addresses(self) -> list[str]:
        """The formatted cells in A1 notation, by row then column."""
        assert self.table is not None
        return [cell_address(self.table, cell) for cell in sorted(self.cells)]

    @property
    def rows(self) -> int:
        """Data rows with at least one formatted cell."""
        return len({row for row, _ in self.cells})

    @cached_property
    def excel(self) -> ExcelRule | None:
        """The conditional format Excel will store (None without a rule and a sheet)."""
        if self.rule is None or self.table is None:
            return None
        return excel_rule(self.rule, self.table)

    @cached_property
    def warnings(self) -> list[str]:
        """What the user should know that the preview cannot show: dates and numbers stored as
        text, which the rule reads but cannot colour (`cf_excel.rules.caveats`)."""
        if self.rule is None or self.table is None:
            return []
        return caveats(self.rule, self.table)

    @cached_property
    def description(self) -> str:
        """The rule in plain words, naming the selected column when there is one."""
        if self.rule is None or self.table is None:
            return ""
        table = self.table
        selected = table.header[table.selection[0]] if len(table.selection) == 1 else ""
        return describe_rule(self.rule, table.header, selected or "the cell")


@dataclass(frozen=True)
class Request:
    """What a request's answers depend on besides the words: the sheet, its date, its format."""

    target: Target = "cf"
    table: Table | None = None
    today: dt.date | None = None  # date rules are judged as of this day (None: today)
    format: CellFormat = DEFAULT_FORMAT


def generate_candidates(
    generator: Generator, utterance: str, request: Request, top_k: int = 5
) -> tuple[list[Candidate], float]:
    """The top-k ranked candidates for `utterance`, each with its confidence, and the latency
    in ms (proposing and ranking both, as a user waits for both)."""
    start = time.perf_counter()
    proposals = generator.propose(utterance, top_k, request.table)
    valid_first = request.target == "cf" or generator.constrained
    candidates = ranked(
        proposals, request, top_k, generator.scores, valid_first, utterance,
        calibration_of(generator),
    )  # fmt: skip
    return candidates, (time.perf_counter() - start) * 1000


def ranked(
    proposals: Sequence[Proposal],
    request: Request,
    top_k: int,
    scores: ScoreKind = "log_prob",
    valid_first: bool = True,
    utterance: str = "",
    calibration: Calibration = DEFAULT_CALIBRATION,
) -> list[Candidate]:
    """Parse and execute each distinct proposal once, drop the ungrounded, merge those that do
    the same, rank, and give each answer its confidence."""
    request = dataclasses.replace(request, today=request.today or dt.date.today())
    has_rows = request.table is not None and bool(request.table.rows)
    checked: dict[str, Candidate | None] = {}
    groups: dict[Hashable, list[Candidate]] = {}

    def formats_nothing(candidate: Candidate) -> bool:
        return has_rows and candidate.valid and not candidate.cells

    def add(proposal: Proposal) -> bool:
        """Group the proposal's candidate; whether it is a valid rule formatting nothing."""
        if proposal.code not in checked:
            checked[proposal.code] = grounded(proposal.code, request, utterance)
        found = checked[proposal.code]
        if found is None:
            return False
        candidate = dataclasses.replace(found, score=proposal.score, reading=proposal.reading)
        groups.setdefault(behaviour(candidate), []).append(candidate)
        return formats_nothing(candidate)

    # the reader's readings: one test too many is how a reading goes wrong, not a sample
    formatting_nothing = [proposal for proposal in proposals if add(proposal) and proposal.reading]
    for proposal in looser_proposals(formatting_nothing, scores):
        add(proposal)
    combine = log_sum_exp if scores == "log_prob" else max
    merged = [
        dataclasses.replace(
            max(members, key=lambda c: c.score),
            score=combine([c.score for c in members]),
            reading=max(c.reading for c in members),
        )
        for members in groups.values()
    ]

    def order(candidate: Candidate) -> tuple[bool, bool, float]:
        return (valid_first and not candidate.valid, formats_nothing(candidate), -candidate.score)

    merged.sort(key=order)
    mass = Mass.of(proposals, scores)
    return [
        dataclasses.replace(c, confidence=0.0)  # an invalid answer cannot be applied
        if not c.valid
        else calibrated(c, features_of(c, rank, merged, groups, mass, utterance), calibration)
        for rank, c in enumerate(merged[:top_k], 1)
    ]


def looser_proposals(proposals: Sequence[Proposal], scores: ScoreKind) -> list[Proposal]:
    """The looser rules of readings that format nothing (`rules.loosen`), the k-th scored
    LOOSER^k times its reading's."""
    looser = []
    for proposal in proposals:
        for rank, rule in enumerate(loosened(parse_rule(proposal.code)), 1):
            factor = LOOSER**rank
            score = (
                proposal.score + math.log(factor)
                if scores == "log_prob"
                else proposal.score * factor
            )
            looser.append(Proposal(format_rule(rule), score, reading=proposal.reading))
    return looser


def grounded(code: str, request: Request, utterance: str) -> Candidate | None:
    """The generated rule as a candidate, or None when it compares a column with a text the
    column could not hold, or is a formula that reads no cell (`rules.grounding`): such a rule
    is never offered. A copied word the column holds in another form ("southern" where it
    holds South-East) is first replaced by the column's word (`rules.word_forms`)."""
    candidate = checked_code(code, request)
    if candidate.rule is None or candidate.table is None:
        return candidate
    if not ungrounded(candidate.rule, candidate.table, utterance):
        return candidate
    # from the rule as generated: the candidate's is already placed on the sheet
    repaired = with_held_words(parse_rule(code), candidate.table, utterance)
    if repaired is None:
        return None
    candidate = checked_code(format_rule(repaired), request)
    if candidate.rule is None or candidate.table is None:
        return candidate
    return None if ungrounded(candidate.rule, candidate.table, utterance) else candidate


@dataclass(frozen=True)
class Mass:
    """All proposals, dropped ones included: the denominators of an answer's share and
    agreement."""

    log_total: float | None  # their summed probability, log (None: similarity scores)
    count: int

    @classmethod
    def of(cls, proposals: Sequence[Proposal], scores: ScoreKind) -> Mass:
        total = log_sum_exp([p.score for p in proposals]) if proposals else 0.0
        return cls(total if scores == "log_prob" else None, max(len(proposals), 1))

    def share(self, score: float) -> float:
        """A merged answer's probability among all answers; a similarity stays itself."""
        if self.log_total is None:
            return min(max(score, 0.0), 1.0)
        return min(math.exp(score - self.log_total), 1.0)

    def rest(self, score: float) -> float | None:
        """The log-probability of every other proposal (None: none, or similarity scores)."""
        share = self.share(score)
        if self.log_total is None or share >= 1.0:
            return None
        return self.log_total + math.log1p(-share)


def features_of(
    candidate: Candidate,
    rank: int,
    merged: Sequence[Candidate],
    groups: dict[Hashable, list[Candidate]],
    mass: Mass,
    utterance: str,
) -> Features:
    """What the confidence of a valid ranked answer is computed from. Its runner-up is the best
    other valid answer or, with none, all the other proposals together (invalid and dropped
    ones: a lone answer the model gave little of its probability is no sure one)."""
    others = [c.score for c in merged if c is not candidate and c.valid]
    runner_up = max(others) if others else mass.rest(candidate.score)
    margin = MARGIN_CAP if runner_up is None else candidate.score - runner_up
    table, rule = candidate.table, candidate.rule
    support = request_support(rule, table, utterance) if rule is not None else None
    return Features(
        share=mass.share(candidate.score),
        agreement=len(groups[behaviour(candidate)]) / mass.count,
        first=float(rank == 1),
        margin=min(max(margin, -MARGIN_CAP), MARGIN_CAP),
        columns_named=support.columns_named if support else 1.0,
        literals_copied=support.literals_copied if support else 1.0,
        columns_unused=support.columns_unused if support else 0.0,
        formats_nothing=float(table is not None and bool(table.rows) and not candidate.cells),
        read=candidate.reading,
    )


def calibrated(candidate: Candidate, features: Features, calibration: Calibration) -> Candidate:
    return dataclasses.replace(
        candidate, confidence=calibration.confidence(features), features=features
    )


def checked_code(code: str, request: Request) -> Candidate:
    """One proposal's code parsed (and, for a CF rule on a sheet, executed); score 0."""
    if request.target != "cf":
        valid = bool(code.strip()) and is_valid_program(request.target, code)
        return Candidate(code, 0.0, valid)
    return rule_candidate(code, 0.0, request, generated=True)


def rule_candidate(code: str, score: float, request: Request, generated: bool = False) -> Candidate:
    """A CF rule's text as a candidate: parsed, and executed on the request's table when there
    is one (a rule that does not parse keeps its text and the parser's message). A `generated`
    rule was written for a table at A1, as generators learn them: its cell references move to
    the table's place (a user's rule is in the sheet's letters already)."""
    try:
        rule = parse_rule(code)
    except RuleSyntaxError as error:
        return Candidate(code, score, False, str(error), table=request.table, format=request.format)
    if generated and request.table is not None:
        rule = placed(rule, request.table)
    return parsed_candidate(rule, score, request)


def parsed_candidate(rule: Rule, score: float, request: Request) -> Candidate:
    """A parsed rule as a candidate, executed on the request's table; invalid, with the reason,
    when it names a column the table does not have (Excel would read other cells than the
    preview shows)."""
    table = request.table
    problem = None if table is None else missing_column(rule, table)
    if problem is not None:
        return Candidate(
            format_rule(rule), score, False, problem, None, table, format=request.format
        )
    cells: frozenset[Cell] = frozenset()
    if table is not None:
        cells = highlighted_cells(rule, table, request.today or dt.date.today())
    return Candidate(format_rule(rule), score, True, None, rule, table, cells, request.format)


def missing_column(rule: Rule, table: Table) -> str | None:
    """Why `rule` cannot be previewed on `table`: a `c[i]` past its last column, or a formula
    reference to another sheet or to a column outside the table, as written or as Excel shifts
    a relative column over the columns the rule applies to; None if none."""
    first, last = table.origin[1], table.origin[1] + table.width - 1
    names = ", ".join(table.header[:12]) + (", …" if table.width > 12 else "")
    outside = f"outside the table {table.address} (columns {column_letter(first)} to "
    outside += f"{column_letter(last)}: {names})"
    columns = f"column{'s' * (table.width != 1)}, c[0] to c[{table.width - 1}]: {names}"
    if isinstance(rule, ast.Scoped) and rule.last >= table.width:
        span = f"c[{rule.first}]:c[{rule.last}]" if rule.first < rule.last else f"c[{rule.first}]"
        return f"it spans columns {span}, but the table has {table.width} {columns}"
    applied = applied_columns(rule, table)
    spread = max(applied) - min(applied)  # how far a relative column shifts
    for node in ast.walk(scoped_condition(rule)):
        if isinstance(node, ast.Column) and node.index >= table.width:
            return f"it names column c[{node.index}], but the table has {table.width} {columns}"
        if not isinstance(node, ast.CellRef):
            continue
        if "!" in node.ref:
            if sheet_of(node.ref) == table.sheet.casefold() and table.sheet:
                continue  # a cell beside the table, which the table read with it
            return f"it reads {node.ref} on another sheet; a rule reads only its own sheet"
        letters = node.ref.lstrip("$").rstrip("0123456789").rstrip("$")
        column = column_number(letters)
        if not first <= column <= last:
            return f"it reads column {letters} ({node.ref}), {outside}"
        if not node.ref.startswith("$") and column + spread > last:
            return (
                f"applied to columns {column_letter(first + min(applied))} to "
                f"{column_letter(first + max(applied))}, {node.ref} shifts with each column "
                f"and reaches column {column_letter(column + spread)}, {outside}; write "
                f"${node.ref} to read column {letters} in every column"
            )
    return None


def sheet_of(ref: str) -> str:
    """The sheet a reference names (`'Weekly Hours'!$B$1`), folded for comparing."""
    sheet = ref.rpartition("!")[0]
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    return sheet.casefold()


def behaviour(candidate: Candidate) -> Hashable:
    """What makes two candidates the same answer: on a sheet with data rows, the cells a valid
    rule formats; otherwise the text."""
    table = candidate.table
    if candidate.valid and table is not None and table.rows:
        return ("cells", candidate.cells)
    return ("code", candidate.code)


def log_sum_exp(values: Sequence[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
