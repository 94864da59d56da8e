"""Shared problems for the committee tests: the sample clusters with the sample committee's judgments."""

from __future__ import annotations

import math

import numpy as np

from mcda.committee.sample_judgments import sample_judgments
from mcda.problem import Cluster, Criterion, Judgments, Problem
from mcda.sample_data import CRITERIA, sample_problem


def committee_problem() -> Problem:
    """The sample with the three members' hierarchical judgments (whether or not the bundled sample has them)."""
    return sample_problem().replace(judgments=sample_judgments(CRITERIA))


def consistent(weights: list[float]) -> np.ndarray:
    """The perfectly consistent matrix a_ij = w_i / w_j."""
    w = np.asarray(weights, dtype=float)
    return w[:, None] / w[None, :]


def small_problem(judgments: tuple[Judgments, ...] = (), members=()) -> Problem:
    crit = (Criterion("a", "A", group="G1"), Criterion("b", "B", group="G1"),
            Criterion("c", "C", group="G2"), Criterion("d", "D", group="G2"), Criterion("e", "E", group="G2"))
    return Problem((Cluster("X", "x"), Cluster("Y", "y")), crit,
                   [[1, 2, 3, 4, 5], [2, 1, 4, 3, 6]], members=members, judgments=judgments)


def hierarchical(member: str, groups: list[float], g1: list[float], g2: list[float]) -> tuple[Judgments, ...]:
    """A member's consistent hierarchical judgments from known priorities (cross-group cells empty)."""
    m = np.full((5, 5), math.nan)
    m[:2, :2] = consistent(g1)
    m[2:, 2:] = consistent(g2)
    return (Judgments(("G1", "G2"), consistent(groups), member, "groups"),
            Judgments(("a", "b", "c", "d", "e"), m, member, "criteria"))


def write_input(problem: Problem, path) -> None:
    """The problem as an input workbook (contract §1 sheets)."""
    from openpyxl import Workbook

    from mcda.workbook.input_sheets import write_input_sheets
    from mcda.workbook.save import save_atomic

    wb = Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, problem)
    save_atomic(wb, path)
