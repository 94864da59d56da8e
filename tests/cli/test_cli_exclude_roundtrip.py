"""The policy ``exclude`` keeps the excluded clusters in the output's input sheets (contract §2: every
input sheet is written back unchanged in meaning, so an output workbook is a valid input workbook):
``Prioridades`` ranks the complete clusters only, ``Clusters`` still holds all of them, their empty
cells marked, so the output can be ranked again with another policy."""

from __future__ import annotations

import json
import math

import openpyxl
import pytest

from mcda.cli import main
from mcda.problem import Cluster, Criterion, Direction, Problem
from tests.mcda.committee_fixtures import write_input

NAN = math.nan


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ranking(capsys, *argv) -> list[tuple[str, float]]:
    code, out, err = run(capsys, "rank", *argv, "--method", "topsis", "--json")
    assert code == 0, err
    return [(row["id"], row["score"]) for row in json.loads(out)["results"][0]["ranking"]]


@pytest.fixture(scope="module")
def four(tmp_path_factory):
    """Four clusters, B and C with one empty cell each (the values are arbitrary test data)."""
    path = tmp_path_factory.mktemp("excluir") / "cuatro.xlsx"
    problem = Problem(
        (Cluster("A", "Alfa", "Lima"), Cluster("B", "Beta"), Cluster("C", "Gamma"), Cluster("D", "Delta")),
        (Criterion("x", "Empleo", weight=0.5), Criterion("y", "Riesgo", direction=Direction.COST, weight=0.3),
         Criterion("z", "Exportaciones", weight=0.2)),
        [[1, 2, 3], [2, NAN, 1], [3, 1, NAN], [4, 4, 2]])
    write_input(problem, path)
    return path


@pytest.fixture(scope="module")
def exported(four, tmp_path_factory):
    out = tmp_path_factory.mktemp("salida") / "out.xlsx"
    assert main(["rank", str(four), "--missing", "exclude", "--method", "topsis", "-o", str(out)]) == 0
    return out


def test_the_output_keeps_every_cluster_and_marks_the_excluded_cells(exported) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Clusters"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert [r[0] for r in rows[1:]] == ["A", "B", "C", "D"]
    assert rows[2][4:] == [2, None, 1] and rows[3][4:] == [3, 1, None]
    for ref in ("F3", "G4"):  # B/y and C/z: empty, and saying why the cluster is not ranked
        assert ws[ref].value is None
        assert "fuera del orden de Prioridades" in ws[ref].comment.text and "excluir" in ws[ref].comment.text
    assert ws["E3"].comment is None and ws["F2"].comment is None
    ranked = [r[1] for r in wb["Prioridades"].iter_rows(min_row=2, values_only=True)]
    assert sorted(ranked) == ["A", "D"]
    methodology = {r[0]: r[1] for r in wb["Metodologia"].iter_rows(min_row=2, values_only=True)}
    assert methodology["missing_policy"] == "exclude" and methodology["clusters"] == 2
    assert methodology["excluded_clusters"] == "B, C"


def test_the_output_ranks_again_with_another_policy(capsys, four, exported) -> None:
    first = ranking(capsys, str(four), "--missing", "exclude")
    assert sorted(i for i, _ in first) == ["A", "D"]
    assert sorted(i for i, _ in ranking(capsys, str(exported), "--missing", "median")) == ["A", "B", "C", "D"]
    assert ranking(capsys, str(exported), "--missing", "exclude") == first
    assert ranking(capsys, str(exported)) == first  # the policy is stored in the output's session sheet


def test_the_output_verifies(capsys, exported) -> None:
    code, out, err = run(capsys, "verify", str(exported))
    assert code == 0, err
    assert "sin cambios" in out


def test_an_emptied_cell_of_a_kept_cluster_is_still_found(capsys, exported, tmp_path) -> None:
    copy = tmp_path / "copia.xlsx"
    copy.write_bytes(exported.read_bytes())
    wb = openpyxl.load_workbook(copy)
    wb["Clusters"]["E2"] = None  # A/x: the file still reads (empty cells are no error for verify)
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert "Clusters!A2:" in err and "clúster A" in err
