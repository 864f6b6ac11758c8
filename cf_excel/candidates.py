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
likelier wrong than the sheet. Where the generator's checkpoint carries a learnt order
(`codefusion.ranking`: the default generator's), the valid answers are then put in its order,
which weighs what the pool knows of each beside its probability; an order fitted with them also
gets the edits of the pool's first answers that format other cells (`rules.edits`: a test
dropped or negated, AND read as OR, …), marked as edits, below them in score.
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
from cf_excel.codefusion.probability import Mass, log_sum_exp
from cf_excel.codefusion.ranking import (
    NO_RANKING,
    Pool,
    RankFeatures,
    Ranking,
    pool_of,
    rank_features,
    ranking_of,
)
from cf_excel.excel.formats import DEFAULT_FORMAT, CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.programs import is_valid_program
from cf_excel.rules import Rule, RuleSyntaxError, format_rule, parse_rule
from cf_excel.rules.caveats import caveats
from cf_excel.rules.describe import describe_rule
from cf_excel.rules.edits import edits
from cf_excel.rules.executor import Cell, cell_address, highlighted_cells
from cf_excel.rules.grounding import request_support, ungrounded
from cf_excel.rules.loosen import loosened
from cf_excel.rules.reach import missing_column
from cf_excel.rules.scope import placed
from cf_excel.rules.word_forms import with_held_words
from cf_excel.sheets.table import Table

ScoreKind = Literal["log_prob", "similarity"]  # how a merged answer's score combines
# A looser rule's score as a share of the reading it loosens (`looser_proposals`): below the
# reader's own next readings (halved each), above the model's samples. Chosen on dev-v8 … v10
# (default: +16 first, −1; 0.5 and 0.25 put "today and tomorrow" read as AND, loosened to
# "today", before the reader's own OR reading; 1e-6 kept only +10).
LOOSER = 0.05
EDITED = 3  # the pool's first answers whose edits are offered (`edited`)
EDIT_SHARE = 0.05  # an edit's score as a share of the rule it edits


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
    ranks: RankFeatures | None = None  # what the learnt order weighed (valid CF answers)
    edit: str = ""  # the kind of edit of a pool answer that made it (`rules.edits`), or ""

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
        calibration_of(generator), ranking_of(generator),
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
    ranking: Ranking = NO_RANKING,
) -> list[Candidate]:
    """Parse and execute each distinct proposal once, drop the ungrounded, merge those that do
    the same, rank (in `ranking`'s order where it has weights), and give each answer its
    confidence."""
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
    if has_rows and ranking.edits:
        merged += edited(merged, groups, request)
    mass = Mass.of([p.score for p in proposals], scores == "log_prob")
    merged = reordered(merged, groups, mass, utterance, ranking)
    return [
        dataclasses.replace(c, confidence=0.0)  # an invalid answer cannot be applied
        if not c.valid
        else calibrated(c, features_of(c, rank, merged, groups, mass), calibration)
        for rank, c in enumerate(merged[:top_k], 1)
    ]


def edited(
    merged: Sequence[Candidate], groups: dict[Hashable, list[Candidate]], request: Request
) -> list[Candidate]:
    """The edits of the pool's first valid rules (`rules.edits`) that format cells no answer
    does, each scored EDIT_SHARE of the rule it edits; `groups` gets each as its own answer."""
    found = []
    for parent in [c for c in merged if c.valid and c.rule is not None][:EDITED]:
        assert parent.rule is not None
        for kind, rule in edits(parent.rule):
            edit = parsed_candidate(rule, parent.score + math.log(EDIT_SHARE), request)
            key = behaviour(edit)
            if edit.valid and edit.cells and key not in groups:
                groups[key] = [dataclasses.replace(edit, edit=kind)]
                found.append(groups[key][0])
    return found


def reordered(
    merged: list[Candidate],
    groups: dict[Hashable, list[Candidate]],
    mass: Mass,
    utterance: str,
    ranking: Ranking,
) -> list[Candidate]:
    """The pool's valid rules, each with its rank features, in `ranking`'s order (the pool's
    own where it has no weights; ties keep it too), before the rest."""
    rules = [c for c in merged if c.valid and c.rule is not None]
    if not rules:
        return merged
    table = rules[0].table
    data_rows = len(table.rows) if table is not None else 0
    pool = pool_of([c.score for c in rules], [c.reading for c in rules], data_rows, utterance)
    featured = [
        dataclasses.replace(c, ranks=ranks_of(c, place, groups, mass, utterance, pool))
        for place, c in enumerate(rules)
    ]
    if ranking.weights:
        featured.sort(key=lambda c: -ranking.score(c.ranks) if c.ranks else 0.0)
        # an edit never goes first: out of sample the order put one first for 1 of 5,767
        # development requests, wrongly (edits come from proposals: there is one to put first)
        featured.insert(0, featured.pop(next(i for i, c in enumerate(featured) if not c.edit)))
    return featured + [c for c in merged if not (c.valid and c.rule is not None)]


def ranks_of(
    candidate: Candidate,
    place: int,
    groups: dict[Hashable, list[Candidate]],
    mass: Mass,
    utterance: str,
    pool: Pool,
) -> RankFeatures:
    """A valid rule's rank features, at `place` (from 0) in the pool's own order."""
    rule = candidate.rule
    assert rule is not None
    share, agreement = mass.share(candidate.score), len(groups[behaviour(candidate)]) / mass.count
    support = request_support(rule, candidate.table, utterance)
    return rank_features(
        rule, candidate.score, candidate.reading, candidate.rows, place, share, agreement,
        support, pool, candidate.edit,
    )  # fmt: skip


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


def features_of(
    candidate: Candidate,
    rank: int,
    merged: Sequence[Candidate],
    groups: dict[Hashable, list[Candidate]],
    mass: Mass,
) -> Features:
    """What the confidence of a valid ranked answer is computed from. Its runner-up is the best
    other valid answer or, with none, all the other proposals together (invalid and dropped
    ones: a lone answer the model gave little of its probability is no sure one)."""
    others = [c.score for c in merged if c is not candidate and c.valid]
    runner_up = max(others) if others else mass.rest(candidate.score)
    margin = MARGIN_CAP if runner_up is None else candidate.score - runner_up
    table = candidate.table
    ranks = candidate.ranks  # what the request says of it, worked out for the order (CF rules)
    return Features(
        share=mass.share(candidate.score),
        agreement=len(groups[behaviour(candidate)]) / mass.count,
        first=float(rank == 1),
        margin=min(max(margin, -MARGIN_CAP), MARGIN_CAP),
        columns_named=ranks.columns_named if ranks else 1.0,
        literals_copied=ranks.literals_copied if ranks else 1.0,
        columns_unused=ranks.columns_unused if ranks else 0.0,
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


def behaviour(candidate: Candidate) -> Hashable:
    """What makes two candidates the same answer: on a sheet with data rows, the cells a valid
    rule formats; otherwise the text."""
    table = candidate.table
    if candidate.valid and table is not None and table.rows:
        return ("cells", candidate.cells)
    return ("code", candidate.code)
