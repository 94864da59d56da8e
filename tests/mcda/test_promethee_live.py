"""PROMETHEE II on the live re-ranking path: the m x m table is built only when read,
and the in-place Gaussian flows are bit for bit the pairwise sums.

The numbers themselves are checked against Brans, Vincke & Mareschal (1986), "How to
select and how to rank projects: the PROMETHEE method", EJOR 24: 228-238 (the six-plant
example, all six function types) in ``test_methods_published.py``; here the table read
lazily is compared with the same published preference indices, and the flows with the
definition ``phi+(a) = sum_b P(a, b) / (m - 1)`` evaluated pair by pair.
"""

import threading

import numpy as np
import pytest

from mcda.methods import promethee, run, run_many
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem
from mcda.results import LazyTables, RankResult
from tests.mcda.test_methods_published import PLANT_FUNCTIONS, PLANT_PI, PLANTS

PF = PreferenceFunction


def plants() -> Problem:
    b, c = Direction.BENEFIT, Direction.COST
    directions = [c, b, c, c, c, b]
    crit = tuple(
        Criterion(f"f{j + 1}", f"f{j + 1}", direction=directions[j], weight=1.0,
                  preference=PLANT_FUNCTIONS["preference"][j], q=PLANT_FUNCTIONS["q"][j],
                  p=PLANT_FUNCTIONS["p"][j], s=PLANT_FUNCTIONS["s"][j])
        for j in range(6))
    return Problem(tuple(Cluster(f"a{i + 1}", f"a{i + 1}") for i in range(6)), crit, np.array(PLANTS, float))


@pytest.fixture
def counted(monkeypatch):
    calls = []
    original = promethee.preference_index

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(promethee, "preference_index", counting)
    return calls


def test_ranking_does_not_build_the_preference_index_table(counted):
    p = plants()
    r = run(p, "promethee2")
    run_many(p, ["ahp", "promethee2", "wsm"])
    assert counted == []  # the live path never pays the O(m^2 n) table
    assert "preference_index" in r.tables and "preference_index" in list(r.tables)
    pi = r.tables["preference_index"]
    assert len(counted) == 1
    assert r.tables["preference_index"] is pi and len(counted) == 1  # built once
    # Brans, Vincke & Mareschal (1986), the published pi(a_i, a_j), 3 decimals
    np.testing.assert_allclose(pi.to_numpy(), PLANT_PI, atol=5e-4)
    assert list(pi.index) == list(pi.columns) == p.cluster_ids


def test_lazy_table_keeps_the_numbers_of_its_own_run():
    p = plants()
    w = np.array([0.3, 0.1, 0.2, 0.1, 0.2, 0.1])
    r = run(p, "promethee2", weights=w)
    run(p, "promethee2", weights=w[::-1].copy())  # another run in between changes nothing
    used = r.tables["functions"]["weight"].to_numpy()  # w normalized by the run
    np.testing.assert_allclose(used, w / w.sum(), rtol=1e-15)
    x = p.values * p.types
    specs = promethee.function_specs(p.criteria)
    expected = sum(wj * promethee.preference(x[:, j][:, None] - x[:, j][None, :], *specs[j])
                   for j, wj in enumerate(used))
    np.testing.assert_array_equal(r.tables["preference_index"].to_numpy(), expected)
    # and its flows are those of the table: phi+ = row sums / (m - 1)
    np.testing.assert_allclose(r.tables["flows"]["phi_plus"], expected.sum(axis=1) / 5, atol=1e-15)


def test_lazy_table_is_built_once_under_concurrent_readers():
    built = []
    barrier = threading.Barrier(4)

    def make():
        built.append(1)
        import pandas as pd
        return pd.DataFrame({"x": [1.0]})

    t = LazyTables({}, {"big": make})
    seen = []

    def read():
        barrier.wait()
        seen.append(t["big"])

    threads = [threading.Thread(target=read) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(built) == 1 and all(s is seen[0] for s in seen)
    with pytest.raises(KeyError):
        t["missing"]
    with pytest.raises(TypeError):
        t["big"] = None  # read-only, like the MappingProxyType of other results


def test_rank_result_keeps_plain_tables_read_only():
    import pandas as pd
    r = RankResult.from_scores("x", {}, ["a", "b"], [1.0, 2.0], "higher", tables={"t": pd.DataFrame()})
    with pytest.raises(TypeError):
        r.tables["u"] = pd.DataFrame()


@pytest.mark.parametrize("seed", range(6))
def test_gaussian_flows_are_bit_for_bit_the_pairwise_sums(seed):
    rng = np.random.default_rng(seed)
    m = int(rng.integers(2, 60))
    v = rng.normal(0, 10, m)
    v[: m // 3] = np.round(v[: m // 3])  # ties
    if seed % 2:
        v[0] = v[-1] = 0.0
    s = float(rng.uniform(0.1, 20))
    pref = promethee.preference(v[:, None] - v[None, :], "gaussian", s=s)
    plus, minus = promethee._gaussian_flows(v, s)
    np.testing.assert_array_equal(plus, pref.sum(axis=1))
    np.testing.assert_array_equal(minus, pref.sum(axis=0))
