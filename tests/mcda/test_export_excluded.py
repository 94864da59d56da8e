"""session.export with the problem before the missing-value policy (the desktop's snapshot): the clusters
``exclude`` left out stay in the input sheets (contract §2: an output is a valid input); values a policy
imputed stay imputed and marked."""

from __future__ import annotations

import math

import openpyxl

from mcda import session
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.workbook.reader import read_workbook

NAN = math.nan


def gappy() -> Problem:
    """Arbitrary test data: four clusters, B and C with one missing value each, a setting of the session."""
    return Problem(
        (Cluster("A", "Alfa"), Cluster("B", "Beta"), Cluster("C", "Gamma"), Cluster("D", "Delta")),
        (Criterion("x", "X", weight=0.5), Criterion("y", "Y", direction=Direction.COST, weight=0.3),
         Criterion("z", "Z", weight=0.2)),
        [[1, 2, 3], [2, NAN, 1], [3, 1, NAN], [4, 4, 2]], settings={session.METHOD: "wsm"})


def test_excluded_clusters_are_written_back_in_their_order(tmp_path) -> None:
    original = gappy()
    analysis = session.run(original, policy="exclude")
    assert analysis.excluded == ("B", "C") and analysis.problem.cluster_ids == ["A", "D"]
    path = tmp_path / "out.xlsx"
    session.export(path, analysis, input_sha256=None, samples=0, original=original)
    read = read_workbook(path, missing_policy="error")
    assert read.problem is not None and read.problem.cluster_ids == ["A", "B", "C", "D"]
    assert {(e.params["cluster"], e.params["criterion"]) for e in read.errors} == {("B", "y"), ("C", "z")}
    assert read.problem.settings == {session.METHOD: "wsm", session.MISSING_POLICY: "exclude"}
    wb = openpyxl.load_workbook(path)
    ranked = [r[1] for r in wb["Prioridades"].iter_rows(min_row=2, values_only=True)]
    assert sorted(ranked) == ["A", "D"] and ranked == [row["id"] for row in analysis.main.ranking()]
    again = read_workbook(path, missing_policy=None)  # the stored policy
    assert again.excluded == ("B", "C") and again.problem.cluster_ids == ["A", "D"]


def test_without_the_original_only_the_ranked_clusters_are_written(tmp_path) -> None:
    analysis = session.run(gappy(), policy="exclude")
    path = tmp_path / "out.xlsx"
    session.export(path, analysis, input_sha256=None, samples=0)
    assert read_workbook(path).problem.cluster_ids == ["A", "D"]


def test_imputed_values_stay_imputed_when_the_original_is_given(tmp_path) -> None:
    original = gappy()
    analysis = session.run(original, policy="median")
    path = tmp_path / "out.xlsx"
    session.export(path, analysis, input_sha256=None, samples=0, original=original)
    ws = openpyxl.load_workbook(path)["Clusters"]
    assert ws["F3"].value == 2  # median of y over A, C, D (2, 1, 4)
    assert "imputado" in ws["F3"].comment.text.lower()
