"""Group AHP: AIJ (weighted geometric mean of judgments) and AIP (of priorities),
Forman & Peniwati (1998), EJOR 108, 165-169."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda import ahp
from mcda.ahp_group import group_priorities
from mcda.errors import ConsistencyError

nan = math.nan
M1 = np.array([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
M2 = np.array([[1, 1 / 2, 2], [2, 1, 4], [1 / 2, 1 / 4, 1]])
M3 = np.array([[1, 7, 9], [nan, 1, 2], [nan, nan, 1]])  # lower triangle left empty


def test_aij_of_identical_matrices_is_that_matrix() -> None:
    np.testing.assert_allclose(ahp.aggregate_aij([M1, M1, M1], [1, 2, 3]), M1, rtol=1e-12)


def test_aij_is_the_weighted_geometric_mean_and_reciprocal() -> None:
    g = ahp.aggregate_aij([M1, M2, M3], [2, 1, 1])
    v = np.array([0.5, 0.25, 0.25])
    full3 = ahp.complete_reciprocal(M3)
    expected = np.exp(v[0] * np.log(M1) + v[1] * np.log(M2) + v[2] * np.log(full3))
    np.testing.assert_allclose(g, expected, rtol=1e-12)
    np.testing.assert_allclose(g * g.T, np.ones((3, 3)), rtol=1e-12)


def test_aij_uses_only_members_who_answered_a_pair() -> None:
    a = np.array([[1, 4, nan], [1 / 4, 1, 2], [nan, 1 / 2, 1]])
    b = np.array([[1, 1, 9], [1, 1, 8], [1 / 9, 1 / 8, 1]])
    g = ahp.aggregate_aij([a, b], [3, 1])
    assert g[0, 2] == pytest.approx(9)  # only b answered
    assert g[0, 1] == pytest.approx(4 ** 0.75)
    assert g[1, 2] == pytest.approx(2 ** 0.75 * 8 ** 0.25)
    nobody = ahp.aggregate_aij([a, a])
    assert math.isnan(nobody[0, 2]) and math.isnan(nobody[2, 0])


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 6), st.lists(st.floats(0.01, 10), min_size=2, max_size=4), st.integers(0, 2**32 - 1))
def test_aij_preserves_reciprocity(n: int, votes: list[float], seed: int) -> None:
    rng = np.random.default_rng(seed)
    mats = []
    for _ in votes:
        a = np.ones((n, n))
        iu = np.triu_indices(n, 1)
        a[iu] = np.exp(rng.uniform(-np.log(9), np.log(9), size=len(iu[0])))
        a[(iu[1], iu[0])] = 1 / a[iu]
        mats.append(a)
    g = ahp.aggregate_aij(mats, votes)
    np.testing.assert_allclose(g * g.T, np.ones((n, n)), rtol=1e-10)
    assert (g > 0).all()


def test_aip_geometric_and_arithmetic() -> None:
    r1 = ahp.priorities(M1, ["A", "B", "C"])
    r2 = ahp.priorities(M2, ["A", "B", "C"])
    geo = ahp.aggregate_aip([r1, r2], [1, 3])
    w1, w2 = r1.weights.to_numpy(), r2.weights.to_numpy()
    g = w1 ** 0.25 * w2 ** 0.75
    np.testing.assert_allclose(geo.to_numpy(), g / g.sum())
    ari = ahp.aggregate_aip([r1, r2], [1, 3], mean="arithmetic")
    np.testing.assert_allclose(ari.to_numpy(), 0.25 * w1 + 0.75 * w2)
    assert geo.sum() == pytest.approx(1) and list(geo.index) == ["A", "B", "C"]


def test_aip_aligns_labels_by_name() -> None:
    r1 = ahp.priorities(M1, ["A", "B", "C"])
    perm = [2, 0, 1]
    r2 = ahp.priorities(M1[np.ix_(perm, perm)], ["C", "A", "B"])
    np.testing.assert_allclose(ahp.aggregate_aip([r1, r2]).to_numpy(), r1.weights.to_numpy())


def test_group_priorities_aij_and_aip() -> None:
    g = group_priorities([M1, M2, M3], ["A", "B", "C"], names=["ana", "beto", "carla"], weights=[1, 1, 2])
    assert g.aggregation == "aij" and g.group is not None
    assert set(g.consistency) == {"ana", "beto", "carla", "group"}
    np.testing.assert_allclose(g.weights.to_numpy(), ahp.priorities(
        ahp.aggregate_aij([M1, M2, M3], [1, 1, 2])).weights.to_numpy())
    assert g.member_weights.to_dict() == {"ana": 0.25, "beto": 0.25, "carla": 0.5}
    p = group_priorities([M1, M2, M3], ["A", "B", "C"], aggregation="aip")
    assert p.group is None and p.weights.sum() == pytest.approx(1)


@pytest.mark.parametrize("kwargs, code", [
    ({"weights": [1, -1]}, "ahp.group_bad_weights"),
    ({"weights": [0, 0]}, "ahp.group_bad_weights"),
    ({"weights": [1]}, "ahp.group_weight_count"),
])
def test_bad_voting_weights(kwargs: dict[str, list[float]], code: str) -> None:
    with pytest.raises(ConsistencyError) as e:
        ahp.aggregate_aij([M1, M2], **kwargs)
    assert e.value.code == code


def test_group_errors() -> None:
    with pytest.raises(ConsistencyError) as e:
        ahp.aggregate_aij([])
    assert e.value.code == "ahp.group_empty"
    with pytest.raises(ConsistencyError) as e:
        ahp.aggregate_aij([M1, np.eye(2)])
    assert e.value.code == "ahp.group_shape"
    with pytest.raises(ConsistencyError) as e:
        ahp.aggregate_aij([M1, -M1])
    assert e.value.code == "ahp.group_not_positive"
    with pytest.raises(ConsistencyError) as e:
        ahp.aggregate_aip([ahp.priorities(M1, list("ABC")), ahp.priorities(M1, list("ABD"))])
    assert e.value.code == "ahp.group_labels"
    with pytest.raises(ConsistencyError) as e:
        group_priorities([M1], list("ABC"), aggregation="median")
    assert e.value.code == "ahp.group_unknown_aggregation"
