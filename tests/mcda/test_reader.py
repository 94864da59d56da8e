"""Reading input workbooks (contract §1) built with openpyxl in tmp_path."""

import hashlib
import math

import numpy as np
import openpyxl
import pytest

import resources
from mcda.problem import Direction, PreferenceFunction
from mcda.workbook import ReadResult, read_workbook
from tests.mcda.reader_books import CLUSTERS, CRITERIA, edited, rows, valid_book, write_book, write_ods


def codes(result: ReadResult) -> list[str]:
    return [i.code for i in result.issues]


def test_valid_book_reads_exactly(tmp_path):
    path = valid_book(tmp_path / "in.xlsx")
    r = read_workbook(path)
    assert r.ok and r.issues == ()
    p = r.problem
    assert p.cluster_ids == ["C01", "C02", "C03"]
    assert [c.name for c in p.clusters] == ["Cobre Sur", "Café Selva Central", "Cacao San Martín"]
    assert [c.region for c in p.clusters] == ["Arequipa", "Junín", "San Martín"]
    assert p.criterion_ids == ["I1", "I2", "R1"]
    assert [c.direction for c in p.criteria] == [Direction.BENEFIT, Direction.BENEFIT, Direction.COST]
    assert [c.group for c in p.criteria] == ["Importancia", "Importancia", "Riesgo"]
    assert [c.unit for c in p.criteria] == ["personas", "%", "HHI"]
    np.testing.assert_array_equal(p.values, [[1200, 0.5, 2500], [800, 0.2, 900], [600, 0.1, 1200]])
    np.testing.assert_allclose(p.weights, [0.5, 0.3, 0.2])
    assert r.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert r.raise_for_errors() is p


def test_cell_of_points_at_each_value(tmp_path):
    r = read_workbook(valid_book(tmp_path / "in.xlsx"))
    assert r.cell_of[("C01", "I1")] == "Clusters!D2"
    assert r.cell_of[("C03", "R1")] == "Clusters!F4"
    assert len(r.cell_of) == 9 and ("C02", "I2") in r.cell_of and ("C09", "I2") not in r.cell_of


def test_english_aliases_accents_case_and_spaces(tmp_path):
    clusters = rows(CLUSTERS)
    clusters[0] = ["  Code ", "NAME", "Región", "I1", "I2", "R1"]
    criteria = rows(CRITERIA)
    criteria[0] = ["ID", "Name", "Group", "Direction", "Unit", " Weight "]
    criteria[3][3] = "cost"
    write_book(tmp_path / "en.xlsx", {"Alternatives": clusters, "criteria": criteria})
    r = read_workbook(tmp_path / "en.xlsx")
    assert r.ok, codes(r)
    assert r.problem.clusters[1].region == "Junín"
    assert r.problem.criteria[2].direction is Direction.COST


def test_clusters_sheet_alias_with_accent(tmp_path):
    write_book(tmp_path / "a.xlsx", {"Clústers": rows(CLUSTERS), "Criterios": rows(CRITERIA)})
    r = read_workbook(tmp_path / "a.xlsx")
    assert r.ok and r.cell_of[("C01", "I1")] == "Clústers!D2"


def test_numeric_ids_are_read_as_text(tmp_path):
    clusters = edited(edited(CLUSTERS, 1, 0, 7), 2, 0, 8.0)
    r = read_workbook(valid_book(tmp_path / "n.xlsx", {"Clusters": clusters}))
    assert r.problem.cluster_ids == ["7", "8", "C03"]


def test_text_numbers_in_value_cells(tmp_path):
    clusters = edited(edited(CLUSTERS, 1, 3, "1 234,5"), 2, 4, "12%")
    r = read_workbook(valid_book(tmp_path / "t.xlsx", {"Clusters": clusters}))
    assert r.ok, codes(r)
    assert r.problem.value("C01", "I1") == 1234.5
    assert r.problem.value("C02", "I2") == 0.12


def test_trailing_empty_rows_and_empty_columns_are_ignored(tmp_path):
    clusters = [row[:3] + [None] + row[3:] for row in rows(CLUSTERS)] + [[None] * 7, [None] * 7]
    r = read_workbook(valid_book(tmp_path / "e.xlsx", {"Clusters": clusters}))
    assert r.ok, codes(r)
    assert r.cell_of[("C01", "I1")] == "Clusters!E2"


def test_leading_empty_row_keeps_true_cell_references(tmp_path):
    r = read_workbook(valid_book(tmp_path / "l.xlsx", {"Clusters": [[None]] + rows(CLUSTERS)}))
    assert r.ok
    assert r.cell_of[("C01", "I1")] == "Clusters!D3"


def test_without_criteria_sheet_numeric_columns_are_equal_weight_benefits(tmp_path):
    clusters = [row + [v] for row, v in zip(rows(CLUSTERS), ["nota", "alta", "baja", "media"])]
    r = read_workbook(valid_book(tmp_path / "nc.xlsx", {"Criterios": None, "Clusters": clusters}))
    assert r.ok
    assert r.problem.criterion_ids == ["I1", "I2", "R1"]
    assert all(c.direction is Direction.BENEFIT for c in r.problem.criteria)
    np.testing.assert_allclose(r.problem.weights, [1 / 3] * 3)
    warnings = {(i.code, i.location) for i in r.warnings}
    assert ("criteria.sheet_missing", "Clusters") in warnings
    assert ("clusters.text_column_ignored", "Clusters!G1") in warnings


def test_weights_that_do_not_sum_to_one_are_normalized_with_a_warning(tmp_path):
    criteria = edited(edited(edited(CRITERIA, 1, 5, 50), 2, 5, 30), 3, 5, "20%")
    r = read_workbook(valid_book(tmp_path / "w.xlsx", {"Criterios": criteria}))
    assert r.ok
    np.testing.assert_allclose(r.problem.weights, [50 / 80.2, 30 / 80.2, 0.2 / 80.2])
    [w] = r.warnings
    assert (w.code, w.location, w.params["total"]) == ("criteria.weights_normalized", "Criterios!F1", 80.2)


def test_missing_weight_among_given_ones_warns_and_counts_zero(tmp_path):
    criteria = edited(CRITERIA, 2, 5, None)
    r = read_workbook(valid_book(tmp_path / "w.xlsx", {"Criterios": criteria}))
    assert ("criteria.weight_missing", "Criterios!F3") in {(i.code, i.location) for i in r.warnings}
    np.testing.assert_allclose(r.problem.weights, [0.5 / 0.7, 0, 0.2 / 0.7])


def test_preference_functions_and_thresholds(tmp_path):
    criteria = [CRITERIA[0] + ["preferencia", "q", "p", "s", "fuente", "año"],
                CRITERIA[1] + ["V-shape", None, 100, None, "INEI", 2023],
                CRITERIA[2] + ["IV", 0.05, "0,1", None, "BCRP", "2018-2023"],
                CRITERIA[3] + ["gaussiana", None, None, 300, "", None]]
    r = read_workbook(valid_book(tmp_path / "pf.xlsx", {"Criterios": criteria}))
    assert r.ok, codes(r)
    c1, c2, c3 = r.problem.criteria
    assert (c1.preference, c1.p, c1.source, c1.year) == (PreferenceFunction.VSHAPE, 100.0, "INEI", "2023")
    assert (c2.preference, c2.q, c2.p, c2.year) == (PreferenceFunction.LEVEL, 0.05, 0.1, "2018-2023")
    assert (c3.preference, c3.s) == (PreferenceFunction.GAUSSIAN, 300.0)


def test_committee_and_pairwise_sheets(tmp_path):
    comite = [["id", "nombre", "rol", "peso"], ["m1", "Ana Quispe", "Presidenta", 2], ["m2", "Luis Rojas", "", None]]
    ahp = [[None, "I1", "I2", "R1"], ["I1", 1, 3, "5"], ["I2", None, 1, "3"], ["R1", None, None, 1]]
    member = [["", "i1", "I2", "R1"], ["I1", 1, "1/3", None], ["I2", 3, 1, 2], ["R1", None, "0,5", 1]]
    groups = [[None, "Importancia", "Riesgo"], ["importancia", 1, 4], ["Riesgo", 0.25, 1]]
    path = valid_book(tmp_path / "ahp.xlsx", {"Comité": comite, "AHP": ahp, "AHP m2": member,
                                              "AHP Ana Quispe grupos": groups})
    r = read_workbook(path)
    assert r.ok, codes(r)
    p = r.problem
    assert [(m.id, m.weight) for m in p.members] == [("m1", 2.0), ("m2", 1.0)]
    j = p.judgments_for(None)
    assert j.labels == ("I1", "I2", "R1") and j.sheet == "AHP"
    np.testing.assert_allclose(j.matrix, [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    m2 = p.judgments_for("m2")
    assert m2.labels == ("I1", "I2", "R1")
    assert m2.matrix[0, 1] == pytest.approx(1 / 3) and m2.matrix[1, 0] == 3
    assert math.isnan(m2.matrix[0, 2]) and math.isnan(m2.matrix[2, 0])  # incomplete: a missing pair
    g = p.judgments_for("m1", "groups")
    assert g.labels == ("Importancia", "Riesgo") and g.matrix[0, 1] == 4


def test_settings_sheet_and_output_sheets(tmp_path):
    path = valid_book(tmp_path / "s.xlsx", {"_clusterprio": [["clave", "valor"], ["method", "topsis"],
                                                             ["vikor.v", 0.5]],
                                            "Prioridades": [["rank", "id"], [1, "C01"]],
                                            "Metodologia": [["clave"], ["=1+1"]]})
    wb = openpyxl.load_workbook(path)
    wb["_clusterprio"].sheet_state = "hidden"
    wb.save(path)
    r = read_workbook(path)
    assert r.ok
    assert dict(r.problem.settings) == {"method": "topsis", "vikor.v": "0.5"}


@pytest.mark.parametrize("policy, expected", [("median", 700.0), ("worst", 600.0)])
def test_missing_value_policies_through_the_reader(tmp_path, policy, expected):
    # I1 (benefit) values present: 800 and 600 -> median 700, worst (minimum) 600
    path = valid_book(tmp_path / "m.xlsx", {"Clusters": edited(CLUSTERS, 1, 3, None)})
    r = read_workbook(path, missing_policy=policy)
    assert r.ok
    assert r.problem.value("C01", "I1") == expected
    [imp] = r.imputations
    assert (imp.cluster, imp.criterion, imp.value, imp.policy) == ("C01", "I1", expected, policy)
    [w] = r.warnings
    assert (w.code, w.location) == (f"missing.imputed_{policy}", "Clusters!D2")


def test_missing_value_error_policy_keeps_the_problem_with_nan(tmp_path):
    path = valid_book(tmp_path / "m.xlsx", {"Clusters": edited(CLUSTERS, 2, 4, None)})
    r = read_workbook(path)
    assert not r.ok and r.problem is not None
    assert math.isnan(r.problem.value("C02", "I2"))
    [e] = r.errors
    assert (e.code, e.location, dict(e.params)) == ("cell.missing", "Clusters!E3",
                                                    {"cluster": "C02", "criterion": "I2"})


def test_exclude_policy(tmp_path):
    path = valid_book(tmp_path / "m.xlsx", {"Clusters": edited(CLUSTERS, 2, 4, None)})
    r = read_workbook(path, missing_policy="exclude")
    assert r.ok and r.problem.cluster_ids == ["C01", "C03"] and r.excluded == ("C02",)
    assert ("C02", "I1") not in r.cell_of and r.cell_of[("C03", "I1")] == "Clusters!D4"
    assert [(w.code, w.location) for w in r.warnings] == [("missing.excluded", "Clusters!E3")]


def test_exclude_policy_leaving_one_cluster_is_an_error(tmp_path):
    clusters = edited(edited(CLUSTERS, 2, 4, None), 3, 3, None)
    r = read_workbook(valid_book(tmp_path / "m.xlsx", {"Clusters": clusters}), missing_policy="exclude")
    assert "missing.too_few_clusters" in codes(r)
    assert {i.location for i in r.errors if i.code == "cell.missing"} == {"Clusters!E3", "Clusters!D4"}


def test_unknown_policy_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        read_workbook(tmp_path / "x.xlsx", missing_policy="mean")


def test_formula_without_cached_value_is_named(tmp_path):
    # openpyxl writes formulas without computing them: no cached value
    clusters = edited(CLUSTERS, 3, 5, "=SUM(F2:F3)")
    r = read_workbook(valid_book(tmp_path / "f.xlsx", {"Clusters": clusters}))
    assert ("cell.formula_no_value", "Clusters!F4") in {(i.code, i.location) for i in r.warnings}
    assert ("cell.missing", "Clusters!F4") in {(i.code, i.location) for i in r.errors}


def test_ods_workbook(tmp_path):
    path = write_ods(tmp_path / "in.ods", {"Clusters": rows(CLUSTERS), "Criterios": rows(CRITERIA)})
    r = read_workbook(path)
    assert r.ok, codes(r)
    np.testing.assert_array_equal(r.problem.values[:, 0], [1200, 800, 600])


def test_bundled_sample_and_template_read_cleanly():
    for path in (resources.sample_workbook(), resources.template_workbook()):
        r = read_workbook(path)
        assert r.ok and r.issues == (), [i.code for i in r.issues]


def test_round_trip_through_the_writers_input_sheets(tmp_path):
    from mcda.workbook.input_sheets import write_input_sheets

    comite = [["id", "nombre", "rol", "peso"], ["m1", "Ana", "Presidenta", 2]]
    ahp = [[None, "I1", "I2", "R1"], ["I1", 1, 3, "5"], ["I2", None, 1, None], ["R1", None, None, 1]]
    settings = [["clave", "valor"], ["method", "topsis"]]
    first = read_workbook(valid_book(tmp_path / "in.xlsx", {"Comite": comite, "AHP m1": ahp,
                                                           "_clusterprio": settings}))
    assert first.ok
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, first.problem)
    wb.save(tmp_path / "out.xlsx")
    again = read_workbook(tmp_path / "out.xlsx")
    assert again.ok, codes(again)
    assert again.problem == first.problem


def test_the_input_file_is_never_modified(tmp_path):
    path = valid_book(tmp_path / "in.xlsx", {"Clusters": edited(CLUSTERS, 1, 3, "abc")})
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    read_workbook(path)
    read_workbook(path, missing_policy="median")
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime


def test_pairwise_sheet_of_unlisted_member_is_kept_with_a_warning(tmp_path):
    ahp = [[None, "I1", "I2", "R1"], ["I1", 1, 3, 5], ["I2", None, 1, 3], ["R1", None, None, 1]]
    r = read_workbook(valid_book(tmp_path / "u.xlsx", {"AHP Rosa": ahp}))
    assert r.ok
    assert [(w.code, w.location) for w in r.warnings] == [("pairwise.unknown_member", "AHP Rosa!A1")]
    assert r.problem.judgments_for("Rosa").matrix[0, 2] == 5
