"""Rounds: the committee's state saved at a moment, to discuss, re-vote and compare.

A :class:`Round` keeps the judgments, the members' voting weights, each
member's and the committee's weights, the CRs and the consensus.  Rounds
travel in a ``Rondas`` sheet (one row per judgment given, in long format),
which :func:`rounds_from_rows` turns back into rounds for the same problem.

Examples
--------
>>> from mcda.committee.sample_judgments import sample_judgments
>>> from mcda.sample_data import CRITERIA, sample_problem
>>> from mcda.committee.hierarchy import with_judgment
>>> p = sample_problem().replace(judgments=sample_judgments(CRITERIA))
>>> r1 = take_round(p, 1, "primera votación", time="2024-05-01T10:00:00-05:00")
>>> r2 = take_round(with_judgment(p, "M2", "criteria", "I1", "I5", 2.0), 2, "tras la discusión")
>>> c = compare(r1, r2)
>>> len(c.changes), c.consensus_after > c.consensus_before
(1, True)
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from mcda.committee.audit import Change, diff_judgments, format_value, given_pairs, now, parse_value
from mcda.committee.consensus import committee_consensus
from mcda.committee.hierarchy import committee_weights
from mcda.errors import McdaError
from mcda.problem import Judgments, Member, Problem

ROUNDS_SHEET = "Rondas"
COLUMNS = ("ronda", "nombre", "fecha", "miembro", "peso_voto", "nivel", "a", "b", "juicio")


@dataclass(frozen=True)
class Round:
    """The committee's state at one moment."""

    number: int
    label: str
    time: str
    judgments: tuple[Judgments, ...]
    members: tuple[Member, ...]
    weights: pd.Series
    member_weights: pd.DataFrame
    consistency: pd.DataFrame
    consensus: float

    def problem(self, base: Problem) -> Problem:
        """``base`` with this round's judgments and voting weights (to go back to it)."""
        votes = {m.id: m for m in self.members}
        members = [replace(m, weight=votes[m.id].weight) if m.id in votes else m for m in base.members]
        members += [m for m in self.members if m.id not in {x.id for x in base.members}]
        return base.replace(judgments=self.judgments, members=tuple(members))


def take_round(problem: Problem, number: int, label: str = "", *, time: str | None = None) -> Round:
    """Save the problem's judgments as round ``number`` (weights computed leniently)."""
    empty = pd.Series(math.nan, index=problem.criterion_ids, dtype=float)
    weights, table, crs, cons = empty, pd.DataFrame(), pd.DataFrame(), math.nan
    if problem.judgments:
        try:
            result = committee_weights(problem, strict=False)
        except McdaError:
            result = None
        if result is not None:
            weights, table, crs = result.weights, result.weights_table(), result.consistency_table()
            cc = committee_consensus(result)
            cons = cc.overall if cc is not None else math.nan
    return Round(number, label, time or now(), problem.judgments, problem.members, weights, table, crs, cons)


@dataclass(frozen=True)
class RoundComparison:
    """Two rounds side by side."""

    before: Round
    after: Round
    weights: pd.DataFrame
    changes: tuple[Change, ...]

    @property
    def consensus_before(self) -> float:
        return self.before.consensus

    @property
    def consensus_after(self) -> float:
        return self.after.consensus


def compare(before: Round, after: Round) -> RoundComparison:
    """Committee weights of both rounds (``before``, ``after``, ``change``) and every judgment changed."""
    ids = list(dict.fromkeys([*before.weights.index, *after.weights.index]))
    frame = pd.DataFrame({"before": before.weights.reindex(ids), "after": after.weights.reindex(ids)})
    frame["change"] = frame["after"] - frame["before"]
    stub = Problem((), (), np.zeros((0, 0)))
    changes = diff_judgments(stub.replace(judgments=before.judgments), stub.replace(judgments=after.judgments))
    return RoundComparison(before, after, frame, tuple(changes))


def rounds_frame(rounds: Iterable[Round]) -> pd.DataFrame:
    """The ``Rondas`` sheet: one row per judgment given in each round."""
    rows: list[list[Any]] = []
    for r in rounds:
        votes = {m.id: m.weight for m in r.members}
        for j in r.judgments:
            for i, k, v in given_pairs(j):
                rows.append([r.number, r.label, r.time, j.member or "", votes.get(j.member or "", 1.0), j.level,
                             j.labels[i], j.labels[k], format_value(v)])
    return pd.DataFrame(rows, columns=list(COLUMNS))


def read_rounds(path: str | os.PathLike[str], problem: Problem) -> list[Round]:
    """The rounds kept in a workbook's ``Rondas`` sheet (none when it has no such sheet)."""
    from pathlib import Path

    from mcda.workbook.book import Book
    from mcda.workbook.safety import inspect_file

    check = inspect_file(path)
    if not check.ok:
        return []
    book = Book(check, Path(path).name)
    if not book.ok or ROUNDS_SHEET not in book.sheet_names:
        return []
    grid = book.grid(ROUNDS_SHEET, []) or []
    return rounds_from_rows(grid[1:], problem)


def rounds_from_rows(rows: Iterable[Sequence[Any]], problem: Problem) -> list[Round]:
    """Rounds back from the ``Rondas`` rows, over ``problem``'s criteria and groups."""
    by_round: dict[int, list[Sequence[Any]]] = {}
    for r in rows:
        if r and r[0] not in (None, ""):
            by_round.setdefault(int(float(r[0])), []).append(r)
    out = []
    for number, lines in sorted(by_round.items()):
        label, time = str(lines[0][1] or ""), str(lines[0][2] or "")
        mats: dict[tuple[str, str], dict[tuple[str, str], float]] = {}
        votes: dict[str, float] = {}
        for line in lines:
            member, level = str(line[3] or ""), str(line[5])
            votes[member] = float(line[4]) if line[4] not in (None, "") else 1.0
            text = line[8] if isinstance(line[8], str) else format_value(float(line[8]))
            mats.setdefault((member, level), {})[(str(line[6]), str(line[7]))] = parse_value(text)
        judgments = []
        for (member, level), cells in mats.items():
            labels = tuple(problem.criterion_ids) if level == "criteria" else tuple(problem.groups)
            m = np.full((len(labels), len(labels)), math.nan)
            np.fill_diagonal(m, 1.0)
            for (a, b), v in cells.items():
                if a in labels and b in labels:
                    m[labels.index(a), labels.index(b)] = v
                    m[labels.index(b), labels.index(a)] = 1.0 / v
            judgments.append(Judgments(labels, m, member or None, level))
        known = {m.id: m for m in problem.members}
        members = tuple(Member(k, known[k].name if k in known else k, known[k].role if k in known else "", v)
                        for k, v in votes.items() if k)
        snapshot = problem.replace(judgments=tuple(judgments), members=members or problem.members)
        out.append(take_round(snapshot, number, label, time=time))
    return out
