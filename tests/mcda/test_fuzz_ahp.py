"""Fuzzing the AHP functions (issue 8 item 5): any matrix gives a result or a coded error, never a crash.

Hypothesis generates matrices of every shape (empty, 1 x 1, non-square, ragged,
up to 16 x 16) whose cells mix Saaty-scale judgments, arbitrary positive
floats from 1e-300 to 1e300, zeros, negatives, NaN, +-inf, huge and denormal
numbers, text (``"1/3"``, ``"0,2"``, junk), booleans and ``None``; plus
perfectly consistent and randomly perturbed reciprocal matrices over the
same extreme ranges, and committees of such matrices.  Whatever comes in,
:func:`mcda.ahp.priorities` (both prioritizations, every RI table), the
consistency helpers and the group aggregation either return a sound result
(finite, positive weights summing to 1; ``lambda_max >= n`` up to rounding;
CR finite) or raise :class:`~mcda.errors.McdaError` with coded issues that
render in Spanish and English.

Example counts: ``HYPOTHESIS_PROFILE=ci`` runs the CI numbers (with the
reader fuzz, more than 5,000 cases), the default is a quick sample, ``long``
the larger run recorded in ``docs/fuzzing.md``.
"""

from __future__ import annotations

import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.ahp import RI_TABLE_NAMES, intransitive_triads, most_inconsistent, priorities, random_index
from mcda.ahp_consistency import consistency_warnings, nearest_scale_value
from mcda.ahp_group import aggregate_aip, aggregate_aij, group_priorities
from mcda.ahp_input import parse_judgment
from mcda.errors import McdaError
from mcda.text import render

_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")


def examples(default: int, ci: int) -> int:
    """Examples for this run: ``ci`` under ``HYPOTHESIS_PROFILE=ci``, 10 x ``ci`` under ``long``."""
    return {"ci": ci, "long": 10 * ci}.get(_PROFILE, default)


def fuzz(default: int, ci: int) -> settings:
    return settings(max_examples=examples(default, ci), deadline=None, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


SAATY = [1, 2, 3, 4, 5, 6, 7, 8, 9] + [1 / k for k in range(2, 10)]
NASTY = [0.0, -0.0, -1.0, -9.0, math.nan, math.inf, -math.inf, 1e308, 1.7976931348623157e308, 5e-324, 1e-300,
         2.2250738585072014e-308]
FLOATS = st.floats(min_value=1e-300, max_value=1e300, allow_nan=False, allow_infinity=False)
CELL = st.one_of(
    st.sampled_from(SAATY),
    FLOATS,
    st.sampled_from(NASTY),
    st.floats(),  # anything, NaN and infinities included
    st.integers(-10**20, 10**20),
    st.sampled_from(["1/3", "3", "0,2", " 1 / 9 ", "1/0", "0/0", "abc", "", " ", "1/2/3", "--1", "1e400",
                     "nan", "inf", "9" * 400, "½", "٣"]),
    st.text(max_size=6),
    st.booleans(),
    st.none(),
)


def _consistent(rng: np.random.Generator, n: int, spread: float) -> np.ndarray:
    with np.errstate(over="ignore"):  # spreads past exp(354) overflow to inf on purpose: a nasty input
        w = np.exp(rng.uniform(-spread, spread, n))
        return w[:, None] / w[None, :]


@st.composite
def any_matrix(draw: st.DrawFn) -> list[list[object]]:
    """A list of rows, square or not, possibly ragged.

    The cells come from a small drawn palette of (nasty) values, placed by a
    drawn seed; half of the matrices start from a valid reciprocal matrix with
    a few palette cells dropped in, so deep code paths are reached too.
    """
    n = draw(st.integers(0, 16))
    palette = draw(st.lists(CELL, min_size=1, max_size=6))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shape = draw(st.sampled_from(["square", "square", "square", "rectangular", "ragged"]))
    widths = [n] * n
    if shape == "rectangular" and n:
        widths = [max(0, n + int(rng.integers(-1, 3)))] * n
    elif shape == "ragged" and n:
        widths = [int(rng.integers(0, 18)) for _ in range(n)]
    if draw(st.booleans()) and shape == "square" and n:
        base = _consistent(rng, n, draw(st.sampled_from([0.1, 2.0, 50.0, 700.0]))).tolist()
        for _ in range(draw(st.integers(0, 3))):
            i, j = int(rng.integers(n)), int(rng.integers(n))
            base[i][j] = palette[int(rng.integers(len(palette)))]
        return base
    return [[palette[int(rng.integers(len(palette)))] for _ in range(w)] for w in widths]


@st.composite
def reciprocal(draw: st.DrawFn, n_min: int = 1, n_max: int = 15) -> np.ndarray:
    """A positive reciprocal matrix: consistent (from weights over extreme ranges) and perturbed."""
    n = draw(st.integers(n_min, n_max))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    spread = draw(st.sampled_from([0.0, 1.0, 2.2, 50.0, 300.0, 700.0]))  # exp(700) is near the float limit
    noise = draw(st.sampled_from([0.0, 0.01, 0.5, 3.0]))
    logs = rng.uniform(-spread, spread, n)
    lg = logs[:, None] - logs[None, :] + noise * np.triu(rng.uniform(-1, 1, (n, n)), 1)
    lg = np.triu(lg, 1) - np.triu(lg, 1).T
    with np.errstate(over="ignore", under="ignore"):
        a = np.exp(lg)
    if n > 1 and draw(st.booleans()):  # missing judgments (incomplete matrices)
        for _ in range(int(rng.integers(1, n + 1))):
            i, j = rng.integers(n, size=2)
            if i != j:
                a[i, j] = a[j, i] = np.nan
    return a


def _check_error(err: McdaError) -> None:
    assert err.issues
    for issue in err.issues:
        assert issue.code.startswith("ahp."), issue.code
        for lang in ("es", "en"):
            text = render(issue, lang)
            assert text and issue.code not in text


def _check_result(r: object, n: int) -> None:
    w = r.weights.to_numpy()  # type: ignore[attr-defined]
    assert w.shape == (n,)
    assert np.isfinite(w).all() and (w >= 0).all(), w
    assert math.isclose(w.sum(), 1.0, rel_tol=1e-9)
    assert math.isfinite(r.lambda_max) and math.isfinite(r.cr)  # type: ignore[attr-defined]
    assert r.lambda_max >= n - 1e-6 * n  # type: ignore[attr-defined]  # Perron: lambda_max >= n
    assert r.cr >= -1e-9  # type: ignore[attr-defined]


def _priorities(matrix: object, labels: list[str], prioritization: str, table: str) -> object | None:
    try:
        return priorities(matrix, labels, prioritization=prioritization, ri_table=table, sheet="AHP")
    except McdaError as err:
        _check_error(err)
        return None


@fuzz(default=80, ci=1200)
@given(any_matrix(), st.sampled_from(["eigenvector", "geometric"]), st.sampled_from(RI_TABLE_NAMES),
       st.booleans())
def test_any_matrix_gives_a_result_or_a_coded_error(rows: list[list[object]], prioritization: str, table: str,
                                                    duplicate_label: bool) -> None:
    labels = [f"C{k}" for k in range(len(rows))]
    if duplicate_label and len(labels) > 1:
        labels[-1] = labels[0]
    r = _priorities(rows, labels, prioritization, table)
    if r is not None:
        _check_result(r, len(rows))
        most_inconsistent(r, 3)
        consistency_warnings(r, sheet="AHP")
        intransitive_triads(r.matrix, labels)  # type: ignore[attr-defined]


@fuzz(default=60, ci=900)
@given(reciprocal(), st.sampled_from(["eigenvector", "geometric"]), st.sampled_from(RI_TABLE_NAMES))
def test_reciprocal_matrices_over_extreme_ranges(a: np.ndarray, prioritization: str, table: str) -> None:
    n = a.shape[0]
    labels = [f"I{k}" for k in range(n)]
    r = _priorities(a, labels, prioritization, table)
    if r is None:
        return
    _check_result(r, n)
    for judgment in most_inconsistent(r, 5):
        assert judgment  # every suggestion names a pair
    for issue in consistency_warnings(r, sheet="AHP"):
        assert render(issue, "es")


@fuzz(default=30, ci=300)
@given(st.lists(reciprocal(3, 8), min_size=1, max_size=5),
       st.one_of(st.none(), st.lists(st.one_of(FLOATS, st.sampled_from(NASTY)), min_size=0, max_size=6)),
       st.sampled_from(["aij", "aip"]), st.sampled_from(["geometric", "arithmetic"]))
def test_committees_of_any_matrices(matrices: list[np.ndarray], weights: list[float] | None, aggregation: str,
                                    mean: str) -> None:
    n = min(m.shape[0] for m in matrices)
    if len({m.shape for m in matrices}) > 1 and n > 0 and len(matrices) > 1:
        matrices = matrices[:-1] + [matrices[-1][:n, :n]] if matrices[-1].shape[0] > n else matrices
    labels = [f"I{k}" for k in range(matrices[0].shape[0])]
    try:
        g = group_priorities(matrices, labels, weights=weights, aggregation=aggregation, mean=mean)
        aggregate_aij(matrices, weights)
    except McdaError as err:
        _check_error(err)
        return
    _check_result(g.group if g.group is not None else g.members[0], len(labels))
    w = g.weights.to_numpy()
    assert np.isfinite(w).all() and math.isclose(w.sum(), 1.0, rel_tol=1e-9)
    if aggregation == "aip":
        again = aggregate_aip(list(g.members), weights, mean=mean)
        assert np.allclose(again.to_numpy(), w)


@fuzz(default=60, ci=300)
@given(st.one_of(CELL, st.text(), st.from_regex(r"\s*-?[0-9]{0,4}([.,][0-9]{0,3})?\s*(/\s*-?[0-9]{0,4})?\s*",
                                                 fullmatch=True)))
def test_any_cell_parses_to_a_judgment_or_a_coded_error(value: object) -> None:
    try:
        x = parse_judgment(value)
    except McdaError as err:
        _check_error(err)
        return
    assert math.isnan(x) or (math.isfinite(x) and x > 0)
    if not math.isnan(x):
        assert nearest_scale_value(x) in SAATY or math.isclose(nearest_scale_value(x), round(nearest_scale_value(x)))


def test_extreme_judgments_found_by_fuzzing_are_refused_with_their_cell() -> None:
    """Fuzzing found that a reciprocal matrix with judgments near 1e301 made numpy's eigenvalue solver
    raise ``LinAlgError`` (and NaN weights): judgments beyond 1e6 or below 1e-6 are now a coded error."""
    a = [[1.0, 3.16122146e-302, math.nan], [3.16333421e+301, 1.0, 8.91545710e-098], [math.nan, 1.12164748e+097, 1.0]]
    with pytest.raises(McdaError) as info:
        priorities(a, ["I1", "I2", "I3"], sheet="AHP")
    found = {(i.code, i.location) for i in info.value.issues}
    assert ("ahp.judgment_out_of_range", "AHP!C2") in found and ("ahp.judgment_out_of_range", "AHP!B3") in found
    assert "fuera del rango admitido (de 1/1 000 000 a 1 000 000)" in render(info.value.issues[0], "es")
    ok = priorities([[1, 1e6, 1], [1e-6, 1, 1], [1, 1, 1]], ["a", "b", "c"])  # the limits themselves are accepted
    _check_result(ok, 3)


@pytest.mark.parametrize("table", RI_TABLE_NAMES)
def test_random_index_over_any_order(table: str) -> None:
    for n in range(-3, 40):
        try:
            ri = random_index(n, table)
        except McdaError as err:
            _check_error(err)
            continue
        assert math.isfinite(ri) and ri >= 0
