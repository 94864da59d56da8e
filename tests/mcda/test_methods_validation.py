"""Bad input gives coded issues (never a traceback or NaN); registry and parameters."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from mcda.errors import InputError, MethodError
from mcda.methods import METHOD_IDS, kernel_for, method_info, parse_params, run, run_available, run_many
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem
from mcda.text import catalogue, render

B, C = Direction.BENEFIT, Direction.COST


def problem(values, directions=None, weights=None, **crit_extra):
    values = np.asarray(values, dtype=float)
    m, n = values.shape
    directions = directions or [B] * n
    weights = weights or [1.0] * n
    crit = tuple(
        Criterion(f"c{j + 1}", f"c{j + 1}", direction=directions[j], weight=weights[j],
                  **{k: v[j] for k, v in crit_extra.items()})
        for j in range(n)
    )
    return Problem(tuple(Cluster(f"K{i + 1}", f"K{i + 1}") for i in range(m)), crit, values)


GOOD = [[3.0, 10.0, 7.0], [5.0, 20.0, 1.0], [4.0, 15.0, 9.0], [1.0, 30.0, 2.0]]


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    return [i.code for i in exc.value.issues]


# ----------------------------------------------------------------------------- data
@pytest.mark.parametrize("method", METHOD_IDS)
def test_missing_values_name_every_cell(method):
    values = [row[:] for row in GOOD]
    values[1][2] = math.nan
    values[3][0] = math.nan
    with pytest.raises(MethodError) as exc:
        run(problem(values), method)
    assert [dict(i.params) for i in exc.value.issues] == [
        {"cluster": "K2", "criterion": "c3"}, {"cluster": "K4", "criterion": "c1"}]
    assert set(codes(exc)) == {"method.missing_value"}
    assert render(exc.value.issues[0], "es") == "Falta el valor del clúster K2 en el criterio c3."


def test_one_cluster_and_no_criterion_are_errors():
    with pytest.raises(MethodError) as exc:
        run(problem([[1.0, 2.0]]), "topsis")
    assert codes(exc) == ["method.too_few_clusters"]
    empty = Problem((Cluster("a", "a"), Cluster("b", "b")), (), np.zeros((2, 0)))
    with pytest.raises(MethodError) as exc:
        run(empty, "wsm")
    assert codes(exc) == ["method.no_criteria"]


@pytest.mark.parametrize("method", METHOD_IDS)
def test_a_constant_column_warns_and_changes_nothing(method):
    values = np.array(GOOD)
    with_constant = np.column_stack([values, np.full(4, 7.0)])
    base = run(problem(values), method)
    r = run(problem(with_constant, weights=[1.0, 1.0, 1.0, 0.0]), method)  # weight 0: same weights as base
    assert "method.constant_criterion" in [i.code for i in r.warnings]
    assert all(not i.is_error for i in r.warnings)
    np.testing.assert_allclose(r.scores, base.scores, atol=1e-12)
    # with a positive weight the constant column only shifts or scales the scores: same order
    weighted = run(problem(with_constant), method)
    assert np.isfinite(weighted.scores).all()
    assert weighted.order == base.order


def test_vikor_survives_a_constant_column_that_pymcdm_rejects():
    values = np.column_stack([np.array(GOOD), np.zeros(4)])
    r = run(problem(values), "vikor")
    assert r.tables["normalized"]["c4"].tolist() == [0.0] * 4
    assert np.isfinite(r.scores).all()


def test_all_informative_columns_without_weight_is_an_error():
    values = np.column_stack([np.array(GOOD)[:, 0], np.full(4, 2.0)])
    with pytest.raises(MethodError) as exc:
        run(problem(values, weights=[0.0, 1.0]), "topsis")
    assert codes(exc) == ["method.no_information"]


@pytest.mark.parametrize(
    "method, params, code",
    [("copras", {}, "method.values_not_positive_fixed"), ("wsm", {"normalization": "sum"}, "method.values_not_positive"),
     ("wsm", {"normalization": "max"}, "method.values_not_positive"),
     ("ahp", {"normalization": "distributive"}, "method.values_not_positive")],
)
def test_zero_cost_value_is_a_coded_error_naming_the_criterion(method, params, code):
    values = [row[:] for row in GOOD]
    values[2][1] = 0.0
    with pytest.raises(MethodError) as exc:
        run(problem(values, [B, C, B]), method, params)
    assert codes(exc) == [code]
    assert exc.value.issues[0].params["criterion"] == "c2"
    assert "c2" in render(exc.value.issues[0], "en")


@pytest.mark.parametrize("method, params, code", [("copras", {}, "method.values_negative_fixed"),
                                                  ("ahp", {"normalization": "distributive"}, "method.values_negative"),
                                                  ("wsm", {"normalization": "sum"}, "method.values_negative")])
def test_negative_benefit_value_is_a_coded_error(method, params, code):
    values = [row[:] for row in GOOD]
    values[0][0] = -2.5  # e.g. a negative growth rate
    with pytest.raises(MethodError) as exc:
        run(problem(values), method, params)
    assert codes(exc) == [code]
    # the methods that accept any sign still run
    for other in ("topsis", "vikor", "promethee2", "wsm"):
        assert np.isfinite(run(problem(values), other).scores).all()
    assert np.isfinite(run(problem(values), "ahp", {"normalization": "minmax"}).scores).all()


def test_sign_advice_fits_the_method():
    # COPRAS has no normalization parameter (its x/Σx is fixed): the advice is another method, and the
    # method is named by its display label, not its id.
    values = [row[:] for row in GOOD]
    values[0][0] = -2.5
    with pytest.raises(MethodError) as exc:
        run(problem(values), "copras")
    es, en = render(exc.value.issues[0], "es"), render(exc.value.issues[0], "en")
    assert es.startswith("El método COPRAS normaliza siempre con x/Σx, que no admite valores negativos, y el criterio c1")
    assert "use otro método (TOPSIS, VIKOR y PROMETHEE II" in es and "normalización u otro" not in es
    assert en.startswith("The COPRAS method always normalizes by x/Σx") and "another normalization" not in en
    assert "copras" not in es + en
    with pytest.raises(MethodError) as exc:
        run(problem(values), "wsm", {"normalization": "sum"})
    es, en = render(exc.value.issues[0], "es"), render(exc.value.issues[0], "en")
    assert es.startswith("Con la normalización sum, el método Suma ponderada (WSM) no admite valores negativos")
    assert "Elija otra normalización u otro método" in es
    assert en.startswith("With the sum normalization, the Weighted sum (WSM) method does not accept negative values")


@pytest.mark.parametrize("row, col, value, directions", [(0, 0, -2.5, [B, B, B]), (2, 1, 0.0, [B, C, B])])
def test_ahp_ideal_mode_rates_interval_scale_criteria_by_min_max(row, col, value, directions):
    # A growth rate below zero (or a cost of 0) has no ratio scale: x/max or min/x would
    # be meaningless, so that criterion alone is rated (x - min)/(max - min), with a warning.
    values = np.array(GOOD)
    values[row, col] = value
    r = run(problem(values, directions), "ahp")
    assert [(i.code, i.params["criterion"]) for i in r.warnings if i.code.startswith("method.ahp")] == [
        ("method.ahp_interval_ratings", f"c{col + 1}")]
    x = values[:, col]
    expected = (x - x.min()) / np.ptp(x) if directions[col] is B else (x.max() - x) / np.ptp(x)
    np.testing.assert_allclose(r.tables["normalized"][f"c{col + 1}"], expected)
    other = 2 if col != 2 else 0
    np.testing.assert_allclose(r.tables["normalized"][f"c{other + 1}"], values[:, other] / values[:, other].max())


def test_zero_in_a_benefit_column_is_fine_for_sum_normalizations():
    values = [row[:] for row in GOOD]
    values[1][0] = 0.0
    for method in ("copras", "ahp"):
        assert np.isfinite(run(problem(values), method).scores).all()


def test_copras_without_cost_criteria_is_the_weighted_sum_of_shares():
    r = run(problem(GOOD), "copras")
    x = np.array(GOOD)
    q = (x / x.sum(axis=0)) @ np.full(3, 1 / 3)
    np.testing.assert_allclose(r.tables["copras"]["Q"], q)


def test_run_many_reports_every_failing_method_and_run_available_keeps_the_rest():
    values = [row[:] for row in GOOD]
    values[0][1] = -1.0
    p = problem(values, [B, C, B])
    params = {"ahp": {"normalization": "distributive"}}
    with pytest.raises(MethodError) as exc:
        run_many(p, METHOD_IDS, params)
    assert sorted({i.params["method"] for i in exc.value.issues}) == ["ahp", "copras"]
    results, failed = run_available(p, METHOD_IDS, params)
    assert [r.method for r in results] == ["topsis", "vikor", "promethee2", "wsm"]
    assert {i.params["method"] for i in failed} == {"ahp", "copras"}


# ----------------------------------------------------------------------------- weights
def test_override_weights_are_normalized_with_a_warning():
    r = run(problem(GOOD), "wsm", weights=np.array([2.0, 1.0, 1.0]))
    assert [i.code for i in r.warnings if i.code.startswith("method.weights")] == ["method.weights_normalized"]
    same = run(problem(GOOD, weights=[0.5, 0.25, 0.25]), "wsm")
    np.testing.assert_allclose(r.scores, same.scores)
    import pandas as pd

    by_id = run(problem(GOOD), "wsm", weights=pd.Series({"c3": 0.25, "c1": 0.5, "c2": 0.25}))
    np.testing.assert_allclose(by_id.scores, same.scores)


@pytest.mark.parametrize(
    "weights, code",
    [([1.0, 2.0], "method.weights_length"), ([1.0, -1.0, 1.0], "method.weights_invalid"),
     ([1.0, math.nan, 1.0], "method.weights_invalid"), ([0.0, 0.0, 0.0], "method.weights_zero"),
     ({"c1": 1.0}, "method.weights_missing")],
)
def test_bad_override_weights(weights, code):
    with pytest.raises(MethodError) as exc:
        run(problem(GOOD), "topsis", weights=weights)
    assert codes(exc)[0] == code


# ----------------------------------------------------------------------------- PROMETHEE thresholds
def test_promethee_missing_and_bad_thresholds_name_the_criterion():
    pf = PreferenceFunction
    p = problem(GOOD, preference=[pf.LINEAR, pf.GAUSSIAN, pf.LEVEL], q=[1.0, None, 5.0], p=[None, None, 2.0],
                s=[None, -1.0, None])
    with pytest.raises(MethodError) as exc:
        run(p, "promethee2")
    found = [(i.code, i.params["criterion"]) for i in exc.value.issues]
    assert found == [("method.promethee_missing_threshold", "c1"), ("method.promethee_bad_threshold", "c2"),
                     ("method.promethee_q_not_below_p", "c3")]


# ----------------------------------------------------------------------------- registry and parameters
def test_every_result_carries_all_parameters_tables_and_a_known_convention():
    p = problem(GOOD, [B, C, B])
    for r in run_many(p, METHOD_IDS):
        info = method_info(r.method)
        assert set(info.defaults) <= set(r.parameters)
        assert r.better == info.better
        assert r.convention in catalogue()
        assert info.name_code in catalogue() and info.name("en")
        for name, table in r.tables.items():
            assert table.notna().all().all(), (r.method, name)
        if "normalized" in r.tables:
            assert list(r.tables["normalized"].index) == p.cluster_ids
    t = run(p, "topsis").tables
    assert list(t["ideal"].index) == ["c1", "c2", "c3"]
    assert set(run(p, "promethee2").tables["preference_index"].columns) == set(p.cluster_ids)


def test_parse_params_types_values_and_collects_every_mistake():
    assert parse_params(["topsis.normalization=MinMax", "vikor.v=0.25", "wsm.normalization=none"]) == {
        "topsis": {"normalization": "minmax"}, "vikor": {"v": 0.25}, "wsm": {"normalization": "none"}}
    with pytest.raises(InputError) as exc:
        parse_params(["topsis.normalisation=vector", "vikor.v=1.5", "electre.x=1", "nonsense", "ahp.normalization=sum"])
    assert codes(exc) == ["method.param_unknown_key", "method.param_bad_value", "method.unknown",
                          "method.param_syntax", "method.param_bad_value"]
    assert render(exc.value.issues[0], "en") == (
        'Method topsis has no parameter "normalisation" (parameters: normalization).')
    assert "ideal|distributive|minmax" in render(exc.value.issues[4], "en")


def test_run_rejects_unknown_methods_and_parameters():
    with pytest.raises(InputError):
        run(problem(GOOD), "electre")
    with pytest.raises(InputError):
        run(problem(GOOD), "vikor", {"v": "mucho"})
    with pytest.raises(InputError):
        run_many(problem(GOOD), ["topsis"], {"topsis": {"normalisation": "vector"}})


def test_vikor_v_changes_q_and_is_recorded():
    p = problem(GOOD, [B, C, B])
    a, b = run(p, "vikor", {"v": 0.0}), run(p, "vikor", {"v": "1"})
    assert a.parameters["v"] == 0.0 and b.parameters["v"] == 1.0
    np.testing.assert_allclose(b.scores, (a.tables["s_r_q"]["S"] - a.tables["s_r_q"]["S"].min())
                               / np.ptp(a.tables["s_r_q"]["S"]))


def test_vikor_compromise_set_rules():
    from mcda.methods.vikor import compromise

    s = np.array([0.1, 0.2, 0.3, 0.9])
    r = np.array([0.1, 0.2, 0.3, 0.9])
    # DQ = 1/3.  C1 and C2 hold: {a1}.
    assert compromise(np.array([0.0, 0.5, 0.6, 1.0]), s, r)[0] == [0]
    # C1 fails: every alternative within DQ of a1.
    assert compromise(np.array([0.0, 0.1, 0.3, 1.0]), s, r)[0] == [0, 1, 2]
    # C1 holds, C2 fails (a1 is not best by S nor by R): {a1, a2}.
    chosen, cond = compromise(np.array([0.0, 0.5, 0.6, 1.0]), np.array([0.2, 0.1, 0.3, 0.9]),
                              np.array([0.2, 0.1, 0.3, 0.9]))
    assert chosen == [0, 1] and cond["C1"] and not cond["C2"]


def test_kernels_need_no_pymcdm_and_importing_methods_does_not_load_it():
    code = ("import sys, numpy as np; from mcda import methods; from mcda.methods import topsis;"
            "topsis.topsis_scores(np.ones((2, 1)) * [[1.0], [2.0]], np.ones(1), np.ones(1, int));"
            "print('pymcdm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_kernel_for_uses_the_problem_directions():
    p = problem(GOOD, [B, C, B])
    k = kernel_for(p, "topsis", {"normalization": "minmax"})
    np.testing.assert_allclose(k(p.values, p.weights), run(p, "topsis", {"normalization": "minmax"}).scores)


def test_large_promethee_problems_leave_out_the_pair_table_and_explain_pairs_on_demand():
    from mcda.methods.promethee import PREFERENCE_INDEX_MAX_CLUSTERS, pair_preferences

    pf = PreferenceFunction
    m = PREFERENCE_INDEX_MAX_CLUSTERS + 1
    rng = np.random.default_rng(3)
    big = problem(rng.uniform(0, 10, size=(m, 3)), [B, C, B], [0.5, 0.3, 0.2],
                  preference=[pf.LINEAR, pf.GAUSSIAN, pf.USUAL], q=[1.0, None, None], p=[4.0, None, None],
                  s=[None, 2.0, None])
    r = run(big, "promethee2")
    assert "preference_index" not in r.tables and "flows" in r.tables
    small = big.subset(big.cluster_ids[:5])
    rs = run(small, "promethee2")
    pi = rs.tables["preference_index"]
    why = pair_preferences(small, "K1", "K2")
    assert why["contribution"].sum() == pytest.approx(pi.loc["K1", "K2"] - pi.loc["K2", "K1"])
    assert list(why.index) == ["c1", "c2", "c3"]
