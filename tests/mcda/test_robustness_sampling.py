"""Weight sampling: seeded, recorded, on the simplex, centred where documented."""

import math

import numpy as np
import pytest

from mcda.robustness.sampling import dirichlet, fixed, from_members, new_seed, uniform

W0 = np.array([0.4, 0.3, 0.2, 0.1])


@pytest.mark.parametrize("draw", [
    lambda seed: dirichlet(W0, 500, 50, seed),
    lambda seed: uniform(W0, 500, 0.3, seed),
    lambda seed: from_members([[0.5, 0.2, 0.2, 0.1], [0.1, 0.4, 0.3, 0.2], [0.3, 0.3, 0.3, 0.1]], 500, seed=seed),
])
def test_same_seed_same_samples_and_rows_on_the_simplex(draw):
    a, b, c = draw(123), draw(123), draw(124)
    assert a.seed == 123
    assert np.array_equal(a.weights, b.weights)
    assert not np.array_equal(a.weights, c.weights)
    assert np.allclose(a.weights.sum(axis=1), 1.0, atol=1e-12)
    assert (a.weights >= 0).all()


def test_a_missing_seed_is_drawn_and_recorded():
    s = dirichlet(W0, 3, 10)
    again = dirichlet(W0, 3, 10, seed=s.seed)
    assert np.array_equal(s.weights, again.weights)
    assert 0 <= new_seed() < 2**32


def test_dirichlet_mean_and_spread_follow_the_concentration():
    # E[w] = w0 and Var[w_j] = w0_j (1 - w0_j) / (K + 1) for Dirichlet(K w0)
    # (Lahdelma, Hokkanen & Salminen 1998 sample weights this way around a centre).
    k = 40.0
    s = dirichlet(W0, 20000, k, seed=5)
    assert np.allclose(s.weights.mean(axis=0), W0, atol=0.003)
    assert np.allclose(s.weights.var(axis=0), W0 * (1 - W0) / (k + 1), rtol=0.05)
    assert s.parameters["concentration"] == k


def test_zero_weights_stay_zero_and_infinite_concentration_repeats_the_centre():
    s = dirichlet([0.5, 0.0, 0.5], 100, 20, seed=1)
    assert (s.weights[:, 1] == 0).all()
    assert np.array_equal(dirichlet([0.5, 0.0, 0.5], 4, math.inf, seed=1).weights, np.tile([0.5, 0.0, 0.5], (4, 1)))


def test_uniform_spread_bounds_each_weight_before_renormalizing():
    s = uniform(W0, 2000, 0.2, seed=9)
    # w_j (1 - x) / max_total <= w'_j <= w_j (1 + x) / min_total, totals in [1 - x, 1 + x]
    assert (s.weights >= W0 * 0.8 / 1.2 - 1e-12).all()
    assert (s.weights <= W0 * 1.2 / 0.8 + 1e-12).all()
    assert np.allclose(uniform(W0, 2, 0.0, seed=1).weights, np.tile(W0, (2, 1)), rtol=0, atol=1e-15)


def test_members_pick_returns_their_vectors_in_proportion_to_votes():
    mw = np.array([[1.0, 0.0], [0.0, 1.0]])
    s = from_members(mw, 4000, voting=[3, 1], mode="pick", seed=3)
    first = (s.weights[:, 0] == 1.0).mean()
    assert set(map(tuple, s.weights.tolist())) == {(1.0, 0.0), (0.0, 1.0)}
    assert first == pytest.approx(0.75, abs=0.03)


def test_members_mix_stays_in_the_members_hull_with_the_votes_as_mean():
    mw = np.array([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])
    s = from_members(mw, 5000, voting=[1, 1], seed=8)
    lo, hi = mw.min(axis=0), mw.max(axis=0)
    assert ((s.weights >= lo - 1e-12) & (s.weights <= hi + 1e-12)).all()
    assert np.allclose(s.weights.mean(axis=0), mw.mean(axis=0), atol=0.01)
    assert s.parameters["mode"] == "mix"


@pytest.mark.parametrize("call", [
    lambda: dirichlet(W0, 0, 10),
    lambda: dirichlet(W0, 5, 0),
    lambda: dirichlet([-1, 2], 5, 10),
    lambda: uniform(W0, 5, 1.5),
    lambda: from_members([[1, 0]], 5, mode="other"),
    lambda: fixed([1, 2]),
])
def test_bad_arguments_raise(call):
    with pytest.raises(ValueError):
        call()
