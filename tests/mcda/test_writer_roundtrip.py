"""Round trip (contract §2): what the writer writes, the reader reads back as the same problem,
and an output workbook is a valid input that ranks the same."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from mcda.analysis import analyze
from mcda.problem import Cluster, Criterion, Direction, Judgments, Member, PreferenceFunction, Problem
from mcda.sample_data import sample_problem
from mcda.workbook import read_workbook
from mcda.workbook.input_sheets import write_input_sheets
from mcda.workbook.writer import write_output

NAN = math.nan
# Attack strings without leading blanks: the reader strips surrounding spaces, tabs and CRs from text
# (contract §1), so "\t=x" reads back as "=x"; everything else must come back exactly.
TEXTS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3", "Café «Selva» – Junín",
         "línea 1\nlínea 2", "'ya citado", "1/5"]


def _rich_problem() -> Problem:
    P = PreferenceFunction
    criteria = (
        Criterion("I1", TEXTS[0], "Importancia", Direction.BENEFIT, "personas", 0.4, P.LINEAR, 5_000.0, 50_000.0,
                  None, TEXTS[4], TEXTS[1], "2023"),
        Criterion("R1", "Dependencia", "Riesgo", Direction.COST, "IHH", 0.35, P.LEVEL, 500.0, 1_500.0, None,
                  TEXTS[5], "", "2018-2023"),
        Criterion("G4", "Capacidades", "Crecimiento", Direction.BENEFIT, "1-5", 0.25, P.GAUSSIAN, None, None, 0.5,
                  "", TEXTS[6], ""),
        Criterion("7", TEXTS[3], "Crecimiento", Direction.BENEFIT, "%", 0.0, P.VSHAPE, None, 2.0),
    )
    clusters = (Cluster("C01", TEXTS[2], TEXTS[3], TEXTS[7]), Cluster("42", "Pota Paita", "Piura"),
                Cluster("C03", "Software", "Lima", TEXTS[0]))
    values = [[55_000.0, 3_900.0, 3.9, -1.5], [24_000.5, 1_350.0, 2.7, 0.0], [28_000.0, 420.0, 3.7, 1e-7]]
    members = (Member("M1", "Gerencia", "Gobierno regional", 1.0), Member("M2", TEXTS[2], TEXTS[0], 2.5))
    third = 1.0 / 3.0
    judgments = (
        Judgments(("I1", "R1", "G4", "7"), [[1, 3, 5, 7], [third, 1, 2, 4], [0.2, 0.5, 1, 3],
                                            [1 / 7, 0.25, third, 1]], member="M1"),
        # an incomplete matrix in the reader's normal form: missing pairs are NaN on both sides
        Judgments(("I1", "R1", "G4", "7"), [[1, 2, NAN, 4], [0.5, 1, 1, NAN], [NAN, 1, 1, 2],
                                            [0.25, NAN, 0.5, 1]], member="M2"),
        Judgments(("Importancia", "Riesgo", "Crecimiento"), [[1, 2, 1], [0.5, 1, 0.5], [1, 2, 1]], level="groups"),
    )
    return Problem(clusters, criteria, values, members, judgments, {"ahp.aggregation": "aij", "nota": TEXTS[0]})


def _write_inputs(problem: Problem, path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, problem)
    wb.save(path)
    return path


def test_input_sheets_read_back_as_the_same_problem(tmp_path: Path) -> None:
    p = _rich_problem()
    result = read_workbook(_write_inputs(p, tmp_path / "entrada.xlsx"))
    assert result.errors == (), [(i.code, i.location) for i in result.errors]
    assert result.problem == p
    # Judgments equality ignores the sheet; the reader records where each matrix came from
    assert [j.sheet for j in result.problem.judgments] == ["AHP M1", "AHP M2", "AHP grupos"]


def test_missing_values_stay_missing(tmp_path: Path) -> None:
    p = _rich_problem().with_value("42", "R1", NAN)
    result = read_workbook(_write_inputs(p, tmp_path / "faltante.xlsx"))
    assert {i.code for i in result.errors} == {"cell.missing"}
    assert [e.location for e in result.errors] == ["Clusters!F3"]
    assert result.problem == p


def test_output_workbook_is_a_valid_input_that_ranks_the_same(tmp_path: Path) -> None:
    problem = sample_problem()
    methods = ["ahp", "topsis", "vikor", "promethee2", "wsm"]
    params = {"ahp": {"normalization": "minmax"}}  # the sample has negative growth rates (G1, G2, G3)
    first = analyze(problem, methods, params)
    out = tmp_path / "prioridades.xlsx"
    write_output(out, first.problem, first.results, weights=first.weights, methodology=first.methodology,
                 input_sha256="0" * 64)
    again = read_workbook(out)
    assert again.ok, [(i.code, i.location) for i in again.errors]
    assert again.problem == problem
    second = analyze(again.problem, methods, params)
    for a, b in zip(first.results, second.results):
        assert a.method == b.method
        assert a.ranks.equals(b.ranks)
        assert np.allclose(a.scores.to_numpy(), b.scores.to_numpy(), rtol=0, atol=1e-12)


def test_the_output_of_a_rich_problem_reads_back_the_same(tmp_path: Path) -> None:
    from mcda.results import RankResult

    p = _rich_problem()
    results = [RankResult.from_scores("wsm", {"normalization": "minmax"}, p.cluster_ids, [0.2, 0.9, 0.5], "higher")]
    out = tmp_path / "salida.xlsx"
    write_output(out, p, results)
    result = read_workbook(out)
    assert result.errors == ()
    assert result.problem == p


@pytest.mark.parametrize("text", ["=1+1", "@A1", "+5", "-5"])
def test_formula_like_ids_and_names_round_trip(tmp_path: Path, text: str) -> None:
    p = Problem((Cluster("A", text), Cluster(text, "b")), (Criterion("c", text, weight=1.0),), [[1.0], [2.0]])
    result = read_workbook(_write_inputs(p, tmp_path / "x.xlsx"))
    assert result.problem == p


def test_imputed_values_are_marked_and_listed(tmp_path: Path) -> None:
    from mcda.results import RankResult

    source = sample_problem().with_value("SOFT-LIM", "I3", NAN)
    read = read_workbook(_write_inputs(source, tmp_path / "con_faltante.xlsx"), missing_policy="median")
    assert read.ok and len(read.imputations) == 1
    imputed = read.problem
    # the median of the 19 values present (domain of I3: S/ per month)
    assert imputed.value("SOFT-LIM", "I3") == float(np.nanmedian(source.matrix["I3"]))
    out = tmp_path / "salida.xlsx"
    results = [RankResult.from_scores("wsm", {}, imputed.cluster_ids, np.arange(20.0), "higher")]
    write_output(out, imputed, results, imputations=read.imputations, methodology={"missing_policy": "median"})
    wb = openpyxl.load_workbook(out)
    cell = wb["Clusters"].cell(row=imputed.cluster_index("SOFT-LIM") + 2, column=4 + 3)
    assert cell.value == imputed.value("SOFT-LIM", "I3")
    assert "imputado" in cell.comment.text and "mediana" in cell.comment.text
    assert cell.fill.fgColor.rgb.endswith("FCE4D6")
    rows = {r[0]: r[1] for r in wb["Metodologia"].iter_rows(min_row=2, values_only=True)}
    assert rows["imputed_values"].startswith("SOFT-LIM/I3 = ") and rows["missing_policy"] == "median"
    assert read_workbook(out).problem == imputed  # the output is a complete input
