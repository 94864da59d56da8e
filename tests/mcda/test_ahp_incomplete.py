"""Incomplete matrices (Harker 1987, LLSM of Bozóki, Fülöp & Rónyai 2010) and consistency help."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda import ahp
from mcda.ahp_incomplete import harker_matrix, llsm_weights
from mcda.errors import ConsistencyError
from mcda.text import render

nan = math.nan

# Saaty (1977; 1990 EJOR 48) house example, the 8 x 8 criteria matrix (see test_ahp.py).
HOUSE = np.array([
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4], [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5], [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6], [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2], [4, 7, 5, 8, 6, 6, 2, 1],
])
HOUSE_LABELS = ["size", "transport", "neighborhood", "age", "yard", "facilities", "condition", "financing"]

# Bozóki, Fülöp & Rónyai (2010), Mathematical and Computer Modelling 52, 318-333:
# the 4 x 4 example with a_34 missing (as in AHPy's test suite, which cites it).
BFR = np.array([[1, 1, 5, 2], [1, 1, 3, 4], [1 / 5, 1 / 3, 1, nan], [1 / 2, 1 / 4, nan, 1]])


def consistent(w: list[float]) -> np.ndarray:
    v = np.asarray(w, dtype=float)
    return np.outer(v, 1 / v)


def drop(a: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    b = a.copy()
    for i, j in pairs:
        b[i, j] = b[j, i] = nan
    return b


@pytest.mark.parametrize("prioritization", ["eigenvector", "geometric"])
def test_consistent_matrix_with_judgments_removed_is_recovered_exactly(prioritization: str) -> None:
    w = [0.35, 0.25, 0.2, 0.12, 0.08]
    a = drop(consistent(w), [(0, 2), (0, 4), (1, 3), (2, 4), (1, 4)])  # still connected: 0-1, 0-3, 1-2, 2-3, 3-4
    r = ahp.priorities(a, list("ABCDE"), prioritization=prioritization)
    np.testing.assert_allclose(r.weights.to_numpy(), w, rtol=1e-10)
    assert r.missing == 5 and r.completion == ("harker" if prioritization == "eigenvector" else "llsm")
    assert r.cr == pytest.approx(0, abs=1e-10)
    assert r.given.sum() == 5 + 2 * 5  # diagonal + 5 pairs both ways
    # the completed matrix holds w_i / w_j where judgments were missing
    assert r.matrix[0, 2] == pytest.approx(w[0] / w[2])


def test_disconnected_graph_is_refused_naming_the_unlinked_criteria() -> None:
    a = np.array([[1, 3, nan, nan], [nan, 1, nan, nan], [nan, nan, 1, 2], [nan, nan, nan, 1]])
    with pytest.raises(ConsistencyError) as e:
        ahp.priorities(a, ["A", "B", "C", "D"], sheet="AHP M2")
    issue = e.value.issues[0]
    assert issue.code == "ahp.disconnected" and issue.params["unlinked"] == "C, D"
    assert issue.params["groups"] == "A, B | C, D"
    assert "C, D" in render(issue, "es") and issue.location == "AHP M2"


def test_isolated_criterion_is_named() -> None:
    a = drop(consistent([0.4, 0.3, 0.2, 0.1]), [(0, 3), (1, 3), (2, 3)])
    with pytest.raises(ConsistencyError) as e:
        ahp.priorities(a, ["I1", "I2", "I3", "I4"])
    assert e.value.issues[0].params["unlinked"] == "I4"


def test_bfr_2010_example_llsm_completion() -> None:
    r = ahp.priorities(BFR, list("abcd"), prioritization="geometric")
    # BFR (2010) report the lambda_max-optimal completion a_34 = 0.7303 (AHPy asserts
    # 0.730297...).  With one missing entry of a 4 x 4 matrix the LLSM completion is
    # the geometric mean of the two indirect paths, sqrt(a31 a14 * a32 a24), and
    # coincides with it (checked numerically; not a general identity).
    assert r.matrix[2, 3] == pytest.approx(0.7303, abs=5e-5)
    assert r.matrix[2, 3] == pytest.approx(math.sqrt((1 / 5) * 2 * (1 / 3) * 4))
    assert r.missing == 1 and r.consistent


def test_harker_method_on_bfr_example_is_a_fixed_point_of_completion() -> None:
    r = ahp.priorities(BFR, list("abcd"), prioritization="eigenvector")
    w = r.weights.to_numpy()
    h = harker_matrix(BFR)
    # Harker (1987): H has 0 at missing places and 1 + (missing in row) on the diagonal
    assert h[2, 3] == 0 and h[2, 2] == 2 and h[0, 0] == 1
    np.testing.assert_allclose(h @ w, r.lambda_max * w, rtol=1e-10)
    # the completed matrix's principal eigenvector is the same w and its eigenvalue is lambda_max
    vals = np.linalg.eigvals(r.matrix)
    assert max(vals.real) == pytest.approx(r.lambda_max, rel=1e-10)


def test_llsm_equals_row_geometric_mean_for_complete_matrix() -> None:
    gm = np.prod(HOUSE, axis=1) ** (1 / 8)
    np.testing.assert_allclose(llsm_weights(HOUSE), gm / gm.sum(), rtol=1e-12)


def test_incomplete_house_example_runs_with_both_methods() -> None:
    # Harker (1987) used Saaty's house matrix with judgments left out; the twelve
    # pairs below are those AHPy's incomplete-housing test leaves out.
    pairs = [(1, 2), (1, 4), (1, 6), (2, 3), (2, 5), (2, 7), (3, 4), (3, 6), (4, 5), (4, 7), (5, 6), (6, 7)]
    a = drop(HOUSE, pairs)
    for p in ("eigenvector", "geometric"):
        r = ahp.priorities(a, HOUSE_LABELS, prioritization=p)
        assert r.missing == 12 and r.weights.sum() == pytest.approx(1) and (r.weights > 0).all()
        assert r.lambda_max >= 8
        kept = ~np.isnan(a)
        np.testing.assert_allclose(r.matrix[kept], a[kept])
        warn = ahp.consistency_warnings(r)
        assert any(i.code == "ahp.missing_judgments" and i.params["count"] == 12 for i in warn)


# -- consistency help ----------------------------------------------------------------------------

def test_most_inconsistent_on_house_example() -> None:
    r = ahp.priorities(HOUSE, HOUSE_LABELS)
    top = ahp.most_inconsistent(r, k=3)
    assert len(top) == 3
    errors = [abs(math.log(t.error)) for t in top]
    assert errors == sorted(errors, reverse=True)
    # no other given judgment has a larger |ln e_ij| than the third one
    w = r.weights.to_numpy()
    e = np.abs(np.log(HOUSE * np.outer(1 / w, w)))
    assert np.sort(e[np.triu_indices(8, 1)])[-3] == pytest.approx(errors[-1])
    worst = top[0]
    # neighborhood vs condition was judged 6 while the weights say about 1.13
    assert (worst.row, worst.col, worst.current) == ("neighborhood", "condition", 6.0)
    assert worst.consistent_value == pytest.approx(w[2] / w[6])
    assert worst.suggested == 1.0
    assert worst.cr_if_applied < r.cr
    for t in top:
        assert t.suggested in ahp.SAATY_SCALE
    row, col, current, suggested = worst  # unpacks as (row, col, current, suggested)
    assert (row, col, current, suggested) == ("neighborhood", "condition", 6.0, 1.0)


def test_applying_suggestions_improves_consistency() -> None:
    r = ahp.priorities(HOUSE, HOUSE_LABELS)
    a = HOUSE.copy()
    for t in ahp.most_inconsistent(r, k=1):
        i, j = HOUSE_LABELS.index(t.row), HOUSE_LABELS.index(t.col)
        a[i, j], a[j, i] = t.suggested, 1 / t.suggested
    assert ahp.priorities(a, HOUSE_LABELS).cr == pytest.approx(t.cr_if_applied)


def test_nearest_scale_value_is_reciprocal_symmetric() -> None:
    for x in [0.1, 0.3, 0.45, 0.9, 1.4, 2.45, 3.5, 7.9, 12]:
        assert ahp.nearest_scale_value(1 / x) == pytest.approx(1 / ahp.nearest_scale_value(x))
    assert ahp.nearest_scale_value(100) == 9 and ahp.nearest_scale_value(0.001) == pytest.approx(1 / 9)


def test_intransitive_triads_named() -> None:
    a = np.array([[1, 3, 1 / 2, 2], [1 / 3, 1, 4, 2], [2, 1 / 4, 1, 2], [1 / 2, 1 / 2, 1 / 2, 1]])
    assert ahp.intransitive_triads(a, ["A", "B", "C", "D"]) == [("A", "B", "C")]
    r = ahp.priorities(a, ["A", "B", "C", "D"])
    codes = [(i.code, dict(i.params)) for i in ahp.consistency_warnings(r, sheet="AHP")]
    assert ("ahp.intransitive", {"a": "A", "b": "B", "c": "C"}) in codes
    assert "A" in render(ahp.consistency_warnings(r)[-1], "es")


def test_no_triads_in_transitive_matrix_and_ties_do_not_cycle() -> None:
    assert ahp.intransitive_triads(HOUSE[:3, :3], HOUSE_LABELS[:3]) == []
    assert ahp.intransitive_triads(np.ones((3, 3)), ["a", "b", "c"]) == []


# -- property: any positive reciprocal matrix ------------------------------------------------------

@st.composite
def reciprocal_matrices(draw: st.DrawFn) -> np.ndarray:
    n = draw(st.integers(min_value=1, max_value=9))
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            v = draw(st.floats(min_value=1 / 9, max_value=9, allow_nan=False))
            a[i, j], a[j, i] = v, 1 / v
    return a


@settings(max_examples=150, deadline=None)
@given(reciprocal_matrices(), st.sampled_from(["eigenvector", "geometric"]))
def test_weights_positive_sum_one_lambda_at_least_n(a: np.ndarray, prioritization: str) -> None:
    n = a.shape[0]
    r = ahp.priorities(a, prioritization=prioritization)
    w = r.weights.to_numpy()
    assert (w > 0).all()
    assert w.sum() == pytest.approx(1, abs=1e-12)
    assert r.lambda_max >= n - 1e-9
    assert r.cr >= -1e-9


@settings(max_examples=100, deadline=None)
@given(reciprocal_matrices(), st.sampled_from(["eigenvector", "geometric"]), st.integers(0, 2**32 - 1))
def test_incomplete_connected_matrices_give_valid_weights(a: np.ndarray, prioritization: str, seed: int) -> None:
    n = a.shape[0]
    rng = np.random.default_rng(seed)
    b = a.copy()
    for i in range(n):
        for j in range(i + 2, n):  # keep the chain 0-1-2-...: the graph stays connected
            if rng.random() < 0.5:
                b[i, j] = b[j, i] = nan
    r = ahp.priorities(b, prioritization=prioritization)
    w = r.weights.to_numpy()
    assert (w > 0).all() and w.sum() == pytest.approx(1, abs=1e-12)
    assert r.lambda_max >= n - 1e-9
    kept = ~np.isnan(b)
    np.testing.assert_allclose(r.matrix[kept], a[kept])
