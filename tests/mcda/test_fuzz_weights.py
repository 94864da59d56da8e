"""Properties of every weighting of :mod:`mcda.weights` (issue 8 item 5, beyond AHP).

On generated problems -- 1 to 8 clusters, 1 to 6 criteria, benefit and cost,
values ordinary, tiny (1e-300), huge (1e300), zero, negative, missing, constant
columns, perfectly correlated columns; weights missing, zero, negative, tiny,
huge -- each of :func:`~mcda.weights.direct`, :func:`~mcda.weights.rank_order_centroid`,
:func:`~mcda.weights.rank_sum`, :func:`~mcda.weights.entropy` and
:func:`~mcda.weights.critic` either

* returns weights that are finite, non-negative and sum to 1 within 1e-12 (and
  group weights that are the sums of the weights of each group), or
* raises :class:`~mcda.errors.McdaError` whose issues carry only the codes the
  function documents, rendered in Spanish and English,

(negative or non-finite weights and infinite values never reach them: :class:`Problem`
refuses them, ``problem.bad_weight`` / ``problem.infinite_value``)

and never returns NaN.  The coded errors must also be deserved: ``method.no_information``
only when every column is constant; ``method.weights_undefined`` only when the
formula gives 0/0 (entropy: every column constant, i.e. of maximal entropy; CRITIC:
every pair of informative columns perfectly correlated, so every ``sum_k (1 - r_jk)``
is 0 -- Diakoulaki, Mavrotas & Papayannakis 1995, eq. 3).  ROC and rank-sum
weights must be the published formulas (Barron & Barrett 1996; Stillwell, Seaver &
Edwards 1981) for the criterion's place in the order.

``HYPOTHESIS_PROFILE=ci`` / ``long`` raise the example counts as in the AHP fuzz tests.
"""

from __future__ import annotations

import math
import os

import numpy as np
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from mcda import weights as W
from mcda.errors import InputError, McdaError
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.text import render

_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")


def fuzz(default: int, ci: int) -> settings:
    n = {"ci": ci, "long": 10 * ci}.get(_PROFILE, default)
    return settings(max_examples=n, deadline=None, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


VALUE = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(1e-300, 1e300, allow_nan=False),
    st.sampled_from([0.0, -0.0, 1.0, -1.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, -1e300, math.nan]),
    st.integers(-1000, 1000).map(float),
)
WEIGHT = st.one_of(
    st.none(),
    st.floats(0.0, 1e6, allow_nan=False),
    st.sampled_from([0.0, 5e-324, 1e-300, 1e300, 1.7976931348623157e308]),
    st.floats(0.0, 10.0, allow_nan=False),
)

DOCUMENTED = {
    "direct": {"weights.negative", "weights.all_zero", "weights.no_criteria"},
    "order": {"weights.bad_order", "weights.no_criteria"},
    "entropy": {"method.entropy_nonpositive", "method.missing_value", "method.too_few_clusters",
                "method.no_information", "method.weights_undefined", "weights.no_criteria"},
    "critic": {"method.no_information", "method.missing_value", "method.too_few_clusters",
               "method.weights_undefined", "weights.no_criteria"},
}


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    m = draw(st.integers(1, 8))
    n = draw(st.integers(1, 6))
    cols = []
    for _ in range(n):
        kind = draw(st.sampled_from(["free", "constant", "positive", "copy", "scaled_copy"]))
        if kind == "constant":
            cols.append(np.full(m, draw(VALUE)))
        elif kind == "positive":
            cols.append(np.array(draw(st.lists(st.floats(1e-3, 1e9), min_size=m, max_size=m))))
        elif kind in ("copy", "scaled_copy") and cols:
            src = cols[draw(st.integers(0, len(cols) - 1))]
            factor = draw(st.sampled_from([1.0, 2.0, -3.0, 1e-200, 1e200])) if kind == "scaled_copy" else 1.0
            with np.errstate(over="ignore"):
                cols.append(src * factor)
        else:
            cols.append(np.array(draw(st.lists(VALUE, min_size=m, max_size=m))))
    x = np.column_stack(cols) if cols else np.zeros((m, 0))
    directions = draw(st.lists(st.sampled_from([Direction.BENEFIT, Direction.COST]), min_size=n, max_size=n))
    weights = draw(st.lists(WEIGHT, min_size=n, max_size=n))
    groups = draw(st.lists(st.sampled_from(["G1", "G2", "G3"]), min_size=n, max_size=n))
    crit = tuple(Criterion(f"c{j + 1}", f"c{j + 1}", group=groups[j], direction=directions[j], weight=weights[j])
                 for j in range(n))
    try:
        return Problem(tuple(Cluster(f"K{i + 1}", f"K{i + 1}") for i in range(m)), crit, x)
    except InputError as exc:  # Problem itself refuses infinite values (an overflowing scaled copy)
        assert {i.code for i in exc.issues} <= {"problem.infinite_value"}
        assume(False)
        raise


def check_result(problem: Problem, result: W.WeightsResult) -> np.ndarray:
    w = result.weights.reindex(problem.criterion_ids).to_numpy(dtype=float)
    assert np.isfinite(w).all(), w
    assert (w >= 0).all(), w
    assert abs(w.sum() - 1.0) <= 1e-12, w.sum()
    g = result.group_weights
    assert np.isfinite(g.to_numpy()).all()
    for name in problem.groups:
        members = [j for j, c in enumerate(problem.criteria) if c.group == name]
        assert abs(g[name] - w[members].sum()) <= 1e-12
    return w


def check_error(exc: McdaError, allowed: set[str]) -> set[str]:
    codes = {i.code for i in exc.issues}
    assert codes and codes <= allowed, codes
    for issue in exc.issues:
        for lang in ("es", "en"):
            text = render(issue, lang)
            assert text and issue.code not in text, text
    return codes


def oriented_finite(problem: Problem) -> np.ndarray | None:
    x = np.asarray(problem.values, dtype=float)
    if x.shape[0] < 2 or not np.isfinite(x).all():
        return None
    return x


def uniform(col: np.ndarray, tol: float = 1e-12) -> bool:
    """All values equal up to ``tol`` relative (positive column: maximal entropy)."""
    return float(col.max() - col.min()) <= tol * float(col.max())


def constant(col: np.ndarray) -> bool:
    """Constant as the bridge defines it (relative span 1e-12)."""
    with np.errstate(over="ignore", invalid="ignore"):
        span = float(col.max()) - float(col.min())
    return span <= 1e-12 * max(1.0, float(np.abs(col).max()))


# ---------------------------------------------------------------------------------------------
@fuzz(300, 2000)
@given(problems())
@example(Problem((Cluster("A", "a"), Cluster("B", "b")),
                 (Criterion("c1", "x", weight=1e308), Criterion("c2", "y", weight=1e308)), np.ones((2, 2))))
def test_direct_weights(problem: Problem) -> None:
    try:
        result = W.direct(problem)
    except McdaError as exc:
        codes = check_error(exc, DOCUMENTED["direct"])
        raw = problem.raw_weights
        if "weights.negative" in codes:
            assert (raw < 0).any()
        if "weights.all_zero" in codes:
            assert np.nansum(np.abs(raw)) == 0 or (np.nan_to_num(raw) <= 0).all()
        return
    w = check_result(problem, result)
    raw = np.nan_to_num(problem.raw_weights, nan=0.0)
    if problem.weights_given:
        # proportional to the raw weights: w_j / w_k = raw_j / raw_k (compared without overflow)
        top = int(np.argmax(raw))
        scaled = raw / raw[top]
        np.testing.assert_allclose(w, scaled / scaled.sum(), rtol=1e-12, atol=1e-300)
    else:
        np.testing.assert_allclose(w, 1.0 / len(w), rtol=1e-12)


# ---------------------------------------------------------------------------------------------
@st.composite
def ordered(draw: st.DrawFn) -> tuple[Problem, list[str]]:
    p = draw(problems())
    ids = list(p.criterion_ids)
    order = draw(st.permutations(ids)) if ids else []
    mutate = draw(st.sampled_from(["none", "none", "drop", "repeat", "unknown"]))
    order = list(order)
    if mutate == "drop" and order:
        order.pop(draw(st.integers(0, len(order) - 1)))
    elif mutate == "repeat" and order:
        order.append(order[0])
    elif mutate == "unknown":
        order.append("zz")
    return p, order


@fuzz(200, 1000)
@given(ordered(), st.sampled_from(["roc", "rank_sum"]))
def test_rank_weights(case: tuple[Problem, list[str]], method: str) -> None:
    problem, order = case
    fn = W.rank_order_centroid if method == "roc" else W.rank_sum
    valid = sorted(order) == sorted(problem.criterion_ids) and len(set(order)) == len(order)
    try:
        result = fn(problem, order)
    except McdaError as exc:
        check_error(exc, DOCUMENTED["order"])
        assert not valid or not problem.criteria
        return
    assert valid
    w = check_result(problem, result)
    n = len(order)
    for j, cid in enumerate(problem.criterion_ids):
        k = order.index(cid) + 1  # 1 = most important
        expected = (sum(1.0 / i for i in range(k, n + 1)) / n if method == "roc"  # Barron & Barrett 1996
                    else 2.0 * (n + 1 - k) / (n * (n + 1)))  # Stillwell, Seaver & Edwards 1981
        assert abs(w[j] - expected) <= 1e-12
    assert list(np.argsort(-w, kind="stable")) == [problem.criterion_ids.index(c) for c in order]


# ---------------------------------------------------------------------------------------------
@fuzz(300, 2000)
@given(problems())
@example(Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"), Criterion("c2", "y")),
                 [[1.7976931348623157e308, 1.0], [1.7976931348623157e308, 2.0]]))
@example(Problem((Cluster("A", "a"), Cluster("B", "b"), Cluster("C", "c")),
                 (Criterion("c1", "x"), Criterion("c2", "y")), [[1e308, 1.0], [1e308, 2.0], [5e307, 4.0]]))
@example(Problem(tuple(Cluster(f"K{i}", f"K{i}") for i in range(7)), (Criterion("c1", "x"), Criterion("c2", "y")),
                 np.column_stack([np.full(7, 3.0), np.full(7, 0.1)])))
@example(Problem(tuple(Cluster(f"K{i}", f"K{i}") for i in range(5)),
                 (Criterion("c1", "x"), Criterion("c2", "y"), Criterion("c3", "z")),
                 np.column_stack([np.full(5, 3.0), np.full(5, 0.1), np.arange(1.0, 6.0)])))
def test_entropy_weights(problem: Problem) -> None:
    try:
        result = W.entropy(problem)
    except McdaError as exc:
        codes = check_error(exc, DOCUMENTED["entropy"])
        x = oriented_finite(problem)
        if "method.no_information" in codes:  # every column of maximal entropy (all shares equal)
            assert x is not None and all(uniform(x[:, j]) for j in range(x.shape[1])), x
        if "method.weights_undefined" in codes:
            # 1 - E_j within rounding of 0 for every column (values equal to about 1e-7 relative),
            # or shares below the float range (the documented limit: a column spanning > 1e300)
            assert x is not None
            assert (all(uniform(x[:, j], 1e-6) for j in range(x.shape[1]))
                    or (x.max(axis=0) / x.min(axis=0) > 1e300).any()), x
        if "method.entropy_nonpositive" in codes:
            assert x is not None and (x <= 0).any()
        return
    w = check_result(problem, result)
    x = np.asarray(problem.values, dtype=float)
    for j in range(x.shape[1]):
        if uniform(x[:, j]):
            assert w[j] == 0.0  # no information: maximal entropy


# ---------------------------------------------------------------------------------------------
@fuzz(300, 2000)
@given(problems())
@example(Problem((Cluster("A", "a"), Cluster("B", "b"), Cluster("C", "c")),
                 (Criterion("c1", "x"), Criterion("c2", "y")), [[-1e308, 1.0], [1e308, 3.0], [0.0, 2.0]]))
@example(Problem(tuple(Cluster(f"K{i}", f"K{i}") for i in range(8)), (Criterion("c1", "x"), Criterion("c2", "y")),
                 [[1, 0], [1, 0], [1, 0], [1, 0], [1, 0], [1, 0], [1, 1e-8], [2, 1.0]]))
@example(Problem((Cluster("A", "a"), Cluster("B", "b")),
                 (Criterion("c1", "x"), Criterion("c2", "y"), Criterion("c3", "z")), [[1.0, 7.0, 3.0], [2.5, 9.0, 1.0]]))
# found by this property: pymcdm gave "undefined" (a range beyond the float maximum) and weights -1, 0, 2
@example(Problem(tuple(Cluster(f"K{i}", f"K{i}") for i in range(8)),
                 (Criterion("c1", "x"), Criterion("c2", "y"), Criterion("c3", "z")),
                 [[1, 0, 0]] * 6 + [[1, 0, 1.7976931348623157e308], [2, 0, -1e300]]))
@example(Problem(tuple(Cluster(f"K{i}", f"K{i}") for i in range(8)),
                 (Criterion("c1", "x"), Criterion("c2", "y"), Criterion("c3", "z")),
                 [[1, 0, 0]] * 6 + [[1, 0, 1e300], [2, 0, 1.7976931348623157e308]]))
def test_critic_weights(problem: Problem) -> None:
    try:
        result = W.critic(problem)
    except McdaError as exc:
        codes = check_error(exc, DOCUMENTED["critic"])
        x = oriented_finite(problem)
        if "method.no_information" in codes:
            assert x is not None and all(constant(x[:, j]) for j in range(x.shape[1]))
        if "method.weights_undefined" in codes:
            # deserved only when every pair of informative columns is perfectly correlated
            assert x is not None
            keep = [j for j in range(x.shape[1]) if not constant(x[:, j])]
            assert len(keep) >= 2
            z = (x * np.asarray(problem.types))[:, keep]
            z = z / np.abs(z).max(axis=0)
            r = np.corrcoef(z, rowvar=False)
            assert np.all(r >= 1 - 1e-9), r
        return
    w = check_result(problem, result)
    x = np.asarray(problem.values, dtype=float)
    for j in range(x.shape[1]):
        if constant(x[:, j]):
            assert w[j] == 0.0  # no contrast


def test_properties_hold_on_the_sample_workbook() -> None:
    from mcda.workbook import read_workbook
    from resources import sample_workbook

    p = read_workbook(sample_workbook()).problem
    assert p is not None
    check_result(p, W.direct(p))
    check_result(p, W.critic(p))
    try:  # the sample has zero and negative values (growth rates): entropy needs positive ones
        check_result(p, W.entropy(p))
    except McdaError as exc:
        assert check_error(exc, DOCUMENTED["entropy"]) == {"method.entropy_nonpositive"}
    for fn in (W.rank_order_centroid, W.rank_sum):
        check_result(p, fn(p, list(p.criterion_ids)))


# ---------------------------------------------------------------------------------------------
# The cases the properties found, with the numbers they must give.

def test_critic_of_nearly_collinear_columns_is_the_formula_not_rounding_noise() -> None:
    """pymcdm gave (0.667, 0.333) here, and (-1, 2) with the second column scaled by 1e308:
    with two columns C_j = sigma_j (1 - r), so w = sigma / sum(sigma) (Diakoulaki et al. 1995)."""
    from mcda.methods.pymcdm_bridge import critic_weights

    a = np.array([1, 1, 1, 1, 1, 1, 1, 2.0])
    b = np.array([0, 0, 0, 0, 0, 0, 1e-8, 1.0])
    for scale in (1.0, 1.7976931348623157e308):
        w = critic_weights(np.column_stack([a, b * scale]), np.array([1, 1]))
        na, nb = (a - a.min()) / np.ptp(a), (b - b.min()) / np.ptp(b)
        sigma = np.array([na.std(ddof=1), nb.std(ddof=1)])
        np.testing.assert_allclose(w, sigma / sigma.sum(), rtol=1e-9)


def test_critic_with_two_clusters() -> None:
    """Two clusters: every pair of columns correlates +1 or -1 (Diakoulaki et al. 1995, eq. 3).
    All running the same way: every 1 - r = 0, every C_j = 0, undefined."""
    import pytest

    from mcda.errors import MethodError
    from mcda.methods.pymcdm_bridge import critic_weights

    with pytest.raises(MethodError) as exc:
        critic_weights(np.array([[1.0, 7.0, 3.0], [2.5, 9.0, 4.0]]), np.array([1, 1, 1]))
    assert [i.code for i in exc.value.issues] == ["method.weights_undefined"]
    # one column running the other way: r = -1 with both others, 1 - r = 2 (Diakoulaki eq. 3)
    w = critic_weights(np.array([[1.0, 7.0, 3.0], [2.5, 9.0, 1.0]]), np.array([1, 1, 1]))
    np.testing.assert_allclose(w, [0.25, 0.25, 0.5], rtol=1e-12)


def test_critic_agrees_with_pymcdm_on_ordinary_data() -> None:
    """Cross-check of our CRITIC with pymcdm's critic_weights (costs handed to it negated)."""
    from pymcdm import weights as pw

    from mcda.methods.pymcdm_bridge import critic_weights

    rng = np.random.default_rng(5)
    for _ in range(50):
        m, n = int(rng.integers(3, 30)), int(rng.integers(2, 8))
        x = rng.lognormal(2.0, 1.0, size=(m, n))
        t = rng.choice([-1, 1], size=n)
        np.testing.assert_allclose(critic_weights(x, t), pw.critic_weights(x * t), rtol=1e-12, atol=1e-15)


def test_entropy_of_constant_columns_is_zero_with_a_warning() -> None:
    """pymcdm gave +-3e-15 to constant columns and, with nothing else, -0.33 and 1.33."""
    import pytest

    from mcda.errors import MethodError
    from mcda.methods.pymcdm_bridge import entropy_weights

    issues: list = []
    x = np.column_stack([np.full(5, 3.0), np.full(5, 0.1), np.arange(1.0, 6.0)])
    w = entropy_weights(x, np.ones(3, int), ids=["a", "b", "c"], issues=issues)
    assert w.tolist() == [0.0, 0.0, 1.0]
    assert [(i.code, i.params["criterion"]) for i in issues] == [("method.constant_criterion", "a"),
                                                                ("method.constant_criterion", "b")]
    with pytest.raises(MethodError) as exc:
        entropy_weights(x[:, :2], np.ones(2, int))
    assert [i.code for i in exc.value.issues] == ["method.no_information"]
    # a column whose sum overflows: shares are scale-free (Shannon's formula on x / max)
    big = np.column_stack([np.array([1e308, 1e308, 5e307]), np.array([1.0, 2.0, 4.0])])
    w = entropy_weights(big, np.ones(2, int))
    p = big / big.max(axis=0)
    p = p / p.sum(axis=0)
    d = 1 + (p * np.log(p)).sum(axis=0) / np.log(3)
    np.testing.assert_allclose(w, d / d.sum(), rtol=1e-12)


def test_direct_weights_near_the_float_maximum() -> None:
    p = Problem((Cluster("A", "a"), Cluster("B", "b")),
                (Criterion("c1", "x", weight=1e308), Criterion("c2", "y", weight=1e308)), np.ones((2, 2)))
    assert W.direct(p).weights.tolist() == [0.5, 0.5]
