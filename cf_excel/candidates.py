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
group in score order. The CLI, the server, apply/batch and every benchmark call
`generate_candidates`, so they rank identically.
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

from cf_excel.codefusion.config import Target
from cf_excel.excel.formats import DEFAULT_FORMAT, CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule, walk
from cf_excel.programs import is_valid_program
from cf_excel.rules import Rule, RuleSyntaxError, ast, format_rule, parse_rule
from cf_excel.rules.caveats import caveats
from cf_excel.rules.describe import describe_rule
from cf_excel.rules.executor import Cell, applied_columns, cell_address, highlighted_cells
from cf_excel.sheets.addresses import column_letter, column_number
from cf_excel.sheets.table import Table

ScoreKind = Literal["log_prob", "similarity"]  # how a merged answer's score combines


@dataclass(frozen=True)
class Proposal:
    """What a generator returns: code and its score, nothing checked yet."""

    code: str
    score: float
    tokens: tuple[int, ...] = ()  # CodeFusion: the id chosen at each position (read by its clamp)


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
    """The top-k ranked candidates for `utterance`, and the latency in ms (proposing and
    ranking both, as a user waits for both)."""
    start = time.perf_counter()
    proposals = generator.propose(utterance, top_k, request.table)
    valid_first = request.target == "cf" or generator.constrained
    candidates = ranked(proposals, request, top_k, generator.scores, valid_first)
    return candidates, (time.perf_counter() - start) * 1000


def ranked(
    proposals: Sequence[Proposal],
    request: Request,
    top_k: int,
    scores: ScoreKind = "log_prob",
    valid_first: bool = True,
) -> list[Candidate]:
    """Parse and execute each distinct proposal once, merge those that do the same, rank."""
    request = dataclasses.replace(request, today=request.today or dt.date.today())
    checked: dict[str, Candidate] = {}
    groups: dict[Hashable, list[Candidate]] = {}
    for proposal in proposals:
        if proposal.code not in checked:
            checked[proposal.code] = checked_code(proposal.code, request)
        candidate = dataclasses.replace(checked[proposal.code], score=proposal.score)
        groups.setdefault(behaviour(candidate), []).append(candidate)
    combine = log_sum_exp if scores == "log_prob" else max
    merged = [
        dataclasses.replace(
            max(members, key=lambda c: c.score), score=combine([c.score for c in members])
        )
        for members in groups.values()
    ]
    has_rows = request.table is not None and bool(request.table.rows)

    def order(candidate: Candidate) -> tuple[bool, bool, float]:
        formats_nothing = has_rows and candidate.valid and not candidate.cells
        return (valid_first and not candidate.valid, formats_nothing, -candidate.score)

    return sorted(merged, key=order)[:top_k]


def checked_code(code: str, request: Request) -> Candidate:
    """One proposal's code parsed (and, for a CF rule on a sheet, executed); score 0."""
    if request.target != "cf":
        valid = bool(code.strip()) and is_valid_program(request.target, code)
        return Candidate(code, 0.0, valid)
    return rule_candidate(code, 0.0, request)


def rule_candidate(code: str, score: float, request: Request) -> Candidate:
    """A CF rule's text as a candidate: parsed, and executed on the request's table when there
    is one (a rule that does not parse keeps its text and the parser's message)."""
    try:
        rule = parse_rule(code)
    except RuleSyntaxError as error:
        return Candidate(code, score, False, str(error), table=request.table, format=request.format)
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
    applied = applied_columns(rule, table)
    spread = max(applied) - min(applied)  # how far a relative column shifts
    for node in walk(rule):
        if isinstance(node, ast.Column) and node.index >= table.width:
            return (
                f"it names column c[{node.index}], but the table has {table.width} "
                f"column{'s' * (table.width != 1)}, c[0] to c[{table.width - 1}]: {names}"
            )
        if not isinstance(node, ast.CellRef):
            continue
        if "!" in node.ref:
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
