"""The ``VIKOR`` sheet of the output workbook (mcda.workbook.method_sheets).

Numbers: Opricovic & Tzeng (2004), EJOR 156:445-455, §4 example (risk 1/2/5
minimized, altitude 3000/3750/4500 maximized, equal weights, v = .5): S = (.5,
.375, .5), R = (.5, .25, .5), Q = (1, 0, 1) recomputed by hand from the paper's
formulas, A2 the single compromise solution; and the constructed case of
tests/mcda/test_vikor_compromise.py where C2 fails (set {A1, A3}, derivation
there).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mcda import session
from mcda.methods import run
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.results import RankResult
from mcda.workbook.method_sheets import VIKOR_SHEET
from mcda.workbook.reader import read_workbook
from mcda.workbook.writer import build_output, write_output

B, C = Direction.BENEFIT, Direction.COST


def problem(values, directions, names=None, settings=None) -> Problem:
    ids = [f"A{i + 1}" for i in range(len(values))]
    names = names or [f"Clúster {i}" for i in ids]
    criteria = tuple(Criterion(f"C{j + 1}", f"Criterio {j + 1}", direction=d, weight=1.0)
                     for j, d in enumerate(directions))
    return Problem(tuple(Cluster(i, n, "Ica") for i, n in zip(ids, names)), criteria, values,
                   settings=settings or {})


PAPER = problem([[1, 3000], [2, 3750], [5, 4500]], [C, B])
NO_STABILITY = problem([[100, 14, 85], [0, 100, 100], [15, 15, 15], [0, 0, 0]], [B, B, B])


def table(ws) -> list[tuple]:
    rows = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[0] is None:
            break
        rows.append(row[:9])
    return rows


def conditions(ws) -> dict[str, tuple]:
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] in ("detalle", "item"))
    return {r[0]: (r[2], r[3]) for r in rows[start + 1:] if r[0]}


def test_vikor_sheet_from_the_default_comparison_methods(tmp_path: Path) -> None:
    out = tmp_path / "salida.xlsx"
    session.export(out, session.run(PAPER), input_sha256=None, samples=0)
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    assert names.index("Pesos") < names.index(VIKOR_SHEET) < names.index("Metodologia")
    ws = wb[VIKOR_SHEET]
    assert [c.value for c in ws[1]] == ["puesto Q", "id", "nombre", "S (utilidad de grupo)",
                                        "R (arrepentimiento individual)", "Q (índice VIKOR)", "puesto S",
                                        "puesto R", "en el conjunto de compromiso"]
    rows = table(ws)
    # best Q first; A1 and A3 tie on Q = 1 and share rank 2 (competition ranks)
    assert [r[1] for r in rows] == ["A2", "A1", "A3"]
    assert [r[0] for r in rows] == [1, 2, 2]
    by_id = {r[1]: r for r in rows}
    assert by_id["A2"][2] == "Clúster A2"
    assert [by_id[i][3] for i in ("A1", "A2", "A3")] == pytest.approx([0.5, 0.375, 0.5])
    assert [by_id[i][4] for i in ("A1", "A2", "A3")] == pytest.approx([0.5, 0.25, 0.5])
    assert [by_id[i][5] for i in ("A1", "A2", "A3")] == pytest.approx([1.0, 0.0, 1.0])
    assert (by_id["A2"][6], by_id["A2"][7]) == (1, 1)
    assert [r[8] for r in rows] == ["sí", "no", "no"]
    cond = conditions(ws)
    assert cond["v"][0] == 0.5
    assert cond["DQ = 1/(m − 1)"][0] == pytest.approx(0.5)
    assert cond["Ventaja: Q(a2) − Q(a1)"][0] == pytest.approx(1.0)
    assert cond["C1: ventaja aceptable"] == ("sí", "Se cumple: Q(a2) − Q(a1) = 1.0000 ≥ DQ = 0.5000.")
    assert cond["C2: estabilidad aceptable"][0] == "sí"
    assert "A2 (Clúster A2) también es el mejor por S y por R" in cond["C2: estabilidad aceptable"][1]
    assert cond["Conjunto de compromiso"][0] == "A2"
    assert "única solución de compromiso" in cond["Conjunto de compromiso"][1]
    assert ws.freeze_panes == "A2" and ws["F2"].number_format == "0.0000"


def test_c2_fails_two_solutions_in_english() -> None:
    p = NO_STABILITY
    wb = build_output(p, [run(p, "ahp"), run(p, "vikor")], lang="en")
    ws = wb[VIKOR_SHEET]
    assert ws["I1"].value == "in the compromise set"
    rows = table(ws)
    assert [r[1] for r in rows] == ["A1", "A3", "A2", "A4"]
    assert [r[8] for r in rows] == ["yes", "yes", "no", "no"]
    assert rows[0][5] == pytest.approx(0.0025 + 0.1 / 3)
    cond = conditions(ws)
    assert cond["C1: acceptable advantage"][0] == "yes"
    assert cond["C2: acceptable stability"] == ("no", "Does not hold: A1 (Clúster A1) is the best neither by S "
                                                       "nor by R.")
    assert cond["Compromise set"][0] == "A1, A3"
    assert cond["Compromise set"][1].startswith("C2 does not hold")


def test_no_vikor_sheet_without_vikor_or_its_tables() -> None:
    p = PAPER
    assert VIKOR_SHEET not in build_output(p, [run(p, "topsis")]).sheetnames
    bare = RankResult.from_scores("vikor", {"v": 0.5}, p.cluster_ids, [1.0, 0.0, 1.0], "lower")
    assert VIKOR_SHEET not in build_output(p, [run(p, "ahp"), bare]).sheetnames


def test_output_with_the_vikor_sheet_reads_back_as_the_same_input(tmp_path: Path) -> None:
    out = tmp_path / "salida.xlsx"
    p = NO_STABILITY
    write_output(out, p, [run(p, "vikor"), run(p, "topsis")])
    assert VIKOR_SHEET in openpyxl.load_workbook(out).sheetnames
    back = read_workbook(out)
    assert back.ok and back.problem is not None
    assert all(i.sheet != VIKOR_SHEET for i in back.issues)
    wb = openpyxl.load_workbook(out)  # the same file without the sheet reads the same
    del wb[VIKOR_SHEET]
    wb.save(tmp_path / "sin_vikor.xlsx")
    assert read_workbook(tmp_path / "sin_vikor.xlsx").issues == back.issues
    assert back.problem.cluster_ids == p.cluster_ids and back.problem.criterion_ids == p.criterion_ids
    assert back.problem.matrix.equals(p.matrix)
    assert run(back.problem, "vikor").ranks.equals(run(p, "vikor").ranks)


def test_user_text_in_the_sheet_is_never_a_formula() -> None:
    p = problem([[1, 3000], [2, 3750], [5, 4500]], [C, B], names=["=1+1", "@SUM(A1)", "-2"])
    ws = build_output(p, [run(p, "vikor")])[VIKOR_SHEET]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert ws["C2"].value == "@SUM(A1)" and ws["C2"].quotePrefix
