"""Criterion weights: direct, equal, ROC, rank sum, entropy, CRITIC and AHP (single, committee, hierarchical)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mcda import ahp, weights
from mcda.errors import InputError, MethodError
from mcda.problem import Cluster, Criterion, Direction, Judgments, Member, Problem
from mcda.text import render

nan = math.nan
VALUES = np.array([
    [120.0, 3.1, 0.40, 7.0],
    [80.0, 4.5, 0.10, 9.0],
    [200.0, 2.2, 0.55, 4.0],
    [150.0, 5.0, 0.25, 6.5],
    [60.0, 3.9, 0.35, 8.0],
])


def problem(ws: list[float | None] | None = None, **kw: object) -> Problem:
    ws = ws or [None] * 4
    crit = (
        Criterion("E1", "Empleo", group="Importancia", weight=ws[0]),
        Criterion("E2", "Exportaciones", group="Importancia", weight=ws[1]),
        Criterion("L1", "Encadenamientos", group="Encadenamientos", weight=ws[2]),
        Criterion("R1", "Riesgo", group="Riesgo", direction=Direction.COST, weight=ws[3]),
    )
    clusters = tuple(Cluster(f"C{k}", f"Clúster {k}") for k in range(1, 6))
    return Problem(clusters, crit, VALUES, **kw)  # type: ignore[arg-type]


def test_direct_normalizes_and_tells_the_original_sum() -> None:
    r = weights.direct(problem([3, 3, 2, 2]))
    assert r.method == "direct"
    assert r.weights.to_dict() == pytest.approx({"E1": 0.3, "E2": 0.3, "L1": 0.2, "R1": 0.2})
    assert r.group_weights.to_dict() == pytest.approx({"Importancia": 0.6, "Encadenamientos": 0.2, "Riesgo": 0.2})
    [w] = r.warnings
    assert w.code == "weights.normalized" and w.params["sum"] == 10
    assert "10" in render(w, "es") and not w.is_error


def test_direct_summing_to_one_has_no_warning() -> None:
    r = weights.direct(problem([0.1, 0.2, 0.3, 0.4 + 1e-8]))
    assert r.warnings == () and r.weights.sum() == pytest.approx(1)


def test_direct_all_zero_is_an_error() -> None:
    with pytest.raises(InputError) as e:
        weights.direct(problem([0, 0, 0, 0]))
    assert e.value.code == "weights.all_zero"


def test_direct_missing_weight_counts_zero_with_warning() -> None:
    r = weights.direct(problem([1, None, 1, 2]))
    assert r.weights["E2"] == 0 and r.weights["R1"] == pytest.approx(0.5)
    assert [w.code for w in r.warnings] == ["weights.missing_as_zero", "weights.normalized"]
    assert r.warnings[0].params["criteria"] == "E2"


def test_no_weights_gives_equal_with_warning() -> None:
    r = weights.direct(problem())
    assert r.method == "equal" and r.weights.tolist() == [0.25] * 4
    assert [w.code for w in r.warnings] == ["weights.none_given"]
    assert weights.equal(problem([1, 1, 1, 1])).warnings == ()


def test_rank_order_centroid_barron_barrett_1996() -> None:
    # Barron & Barrett (1996), ROC weights for n = 4: 0.5208, 0.2708, 0.1458, 0.0625.
    r = weights.rank_order_centroid(problem(), ["L1", "E1", "R1", "E2"])
    assert r.method == "roc"
    assert r.weights.round(4).to_dict() == {"L1": 0.5208, "E1": 0.2708, "R1": 0.1458, "E2": 0.0625}
    assert r.details["order"] == "L1, E1, R1, E2"


def test_rank_sum_stillwell_1981() -> None:
    # Stillwell, Seaver & Edwards (1981): 2(n + 1 - k) / (n(n + 1)); n = 4 -> 0.4, 0.3, 0.2, 0.1.
    r = weights.rank_sum(problem(), ["E1", "E2", "L1", "R1"])
    assert r.weights.round(10).tolist() == [0.4, 0.3, 0.2, 0.1]


@pytest.mark.parametrize("order, field", [
    (["E1", "E2", "L1"], "absent"), (["E1", "E2", "L1", "R1", "X9"], "unknown"), (["E1", "E1", "L1", "R1"], "repeated"),
])
def test_bad_order_is_an_error_naming_the_criteria(order: list[str], field: str) -> None:
    with pytest.raises(InputError) as e:
        weights.rank_order_centroid(problem(), order)
    assert e.value.code == "weights.bad_order" and e.value.issues[0].params[field]


def test_entropy_matches_shannon_definition() -> None:
    r = weights.entropy(problem())
    p = VALUES / VALUES.sum(axis=0)
    e = -(p * np.log(p)).sum(axis=0) / math.log(len(VALUES))
    d = 1 - e
    np.testing.assert_allclose(r.weights.to_numpy(), d / d.sum(), rtol=1e-10)
    assert r.method == "entropy" and r.group_weights.sum() == pytest.approx(1)


def test_critic_matches_diakoulaki_1995_definition() -> None:
    r = weights.critic(problem())
    x = VALUES.copy()
    best, worst = x.max(axis=0), x.min(axis=0)
    best[3], worst[3] = x[:, 3].min(), x[:, 3].max()  # R1 is a cost criterion
    z = (x - worst) / (best - worst)
    c = z.std(axis=0, ddof=1) * (1 - np.corrcoef(z, rowvar=False)).sum(axis=0)
    np.testing.assert_allclose(r.weights.to_numpy(), c / c.sum(), rtol=1e-10)
    assert r.method == "critic"


def test_objective_weights_refuse_missing_values() -> None:
    p = problem().with_value("C2", "E1", nan)
    with pytest.raises(MethodError):
        weights.entropy(p)


# -- AHP ------------------------------------------------------------------------------------------------

IDS = ["E1", "E2", "L1", "R1"]
A1 = np.array([[1, 3, 5, 7], [nan, 1, 3, 5], [nan, nan, 1, 3], [nan, nan, nan, 1]])
A2 = np.array([[1, 1, 1 / 3, 2], [nan, 1, 1 / 2, 3], [nan, nan, 1, 4], [nan, nan, nan, 1]])


def test_from_ahp_result() -> None:
    res = ahp.priorities(A1, IDS, sheet="AHP")
    r = weights.from_ahp(problem(), res)
    assert r.method == "ahp" and r.consistency == {"AHP": pytest.approx(res.cr)}
    np.testing.assert_allclose(r.weights.to_numpy(), res.weights.to_numpy())
    assert r.details["ri_table"] == "saaty" and r.details["prioritization"] == "eigenvector"
    assert r.group_weights["Importancia"] == pytest.approx(res.weights["E1"] + res.weights["E2"])


def test_from_ahp_with_other_labels_is_refused() -> None:
    res = ahp.priorities(A1, ["E1", "E2", "L1", "X"])
    with pytest.raises(InputError) as e:
        weights.from_ahp(problem(), res)
    assert e.value.issues[0].params == {"missing": "R1", "unknown": "X"}


def test_from_judgments_single_matrix_any_label_order() -> None:
    perm = [3, 1, 0, 2]
    full = ahp.complete_reciprocal(A1)
    j = Judgments(tuple(IDS[k] for k in perm), full[np.ix_(perm, perm)], sheet="AHP")
    r = weights.from_judgments(problem(judgments=(j,)))
    expected = ahp.priorities(A1, IDS).weights
    np.testing.assert_allclose(r.weights.reindex(IDS).to_numpy(), expected.to_numpy())
    assert r.method == "ahp"


def test_from_judgments_committee_aij_with_voting_weights() -> None:
    js = (Judgments(tuple(IDS), A1, member="M1", sheet="AHP M1"), Judgments(tuple(IDS), A2, member="M2", sheet="AHP M2"))
    members = (Member("M1", "Ana", weight=2), Member("M2", "Beto", weight=1))
    p = problem(judgments=js, members=members)
    r = weights.from_judgments(p)
    g = ahp.priorities(ahp.aggregate_aij([A1, A2], [2, 1]), IDS)
    assert r.method == "ahp_committee" and r.details["aggregation"] == "aij"
    np.testing.assert_allclose(r.weights.to_numpy(), g.weights.to_numpy())
    assert set(r.consistency) == {"M1", "M2", "group"}
    aip = weights.from_judgments(p, aggregation="aip")
    expected = ahp.aggregate_aip([ahp.priorities(A1, IDS), ahp.priorities(A2, IDS)], [2, 1])
    np.testing.assert_allclose(aip.weights.to_numpy(), expected.to_numpy())


def test_from_judgments_hierarchical() -> None:
    groups = ["Importancia", "Encadenamientos", "Riesgo"]
    g = Judgments(tuple(groups), np.array([[1, 2, 4], [nan, 1, 2], [nan, nan, 1]]), member="M1", level="groups",
                  sheet="AHP M1 grupos")
    # within-group judgments only: E1 vs E2 = 3; pairs across groups are left empty
    c = np.full((4, 4), nan)
    np.fill_diagonal(c, 1)
    c[0, 1] = 3
    crit = Judgments(tuple(IDS), c, member="M1", sheet="AHP M1")
    r = weights.from_judgments(problem(judgments=(g, crit)))
    assert r.method == "ahp_hierarchical"
    np.testing.assert_allclose(r.weights.to_numpy(), [4 / 7 * 0.75, 4 / 7 * 0.25, 2 / 7, 1 / 7], rtol=1e-10)
    assert r.group_weights.to_dict() == pytest.approx({"Importancia": 4 / 7, "Encadenamientos": 2 / 7, "Riesgo": 1 / 7})


def test_from_judgments_without_matrices_is_an_error() -> None:
    with pytest.raises(InputError) as e:
        weights.from_judgments(problem())
    assert e.value.code == "weights.no_judgments"


def test_inconsistent_matrix_warns() -> None:
    a = np.array([[1, 9, 1 / 9, 1], [nan, 1, 9, 1], [nan, nan, 1, 9], [nan, nan, nan, 1]])
    r = weights.from_ahp(problem(), ahp.priorities(a, IDS, sheet="AHP"))
    codes = [w.code for w in r.warnings]
    assert "ahp.inconsistent" in codes and all(not w.is_error for w in r.warnings)
    assert r.warnings[0].location == "AHP"


def test_group_weights_function() -> None:
    gw = weights.group_weights(problem(), [0.1, 0.2, 0.3, 0.4])
    assert gw.to_dict() == pytest.approx({"Importancia": 0.3, "Encadenamientos": 0.3, "Riesgo": 0.4})
