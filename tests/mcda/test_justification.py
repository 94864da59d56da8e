"""The justification names the real top contributors, states the real margin and the real
weight change that swaps two clusters, and quotes the real Monte Carlo figures.

Every expected value is computed here independently from the definitions:
contribution = weight x normalized value (Saaty 1994 / Belton & Gear 1983 ideal
mode for AHP; Triantaphyllou 2000 for the WSM), the swap threshold from the
weight line of Triantaphyllou & Sánchez (1997, theorem 1), rank acceptability
from Lahdelma, Hokkanen & Salminen (1998).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import resources
from mcda import session
from mcda.justification import justify, justify_analysis
from mcda.justification.numbers import number, percent
from mcda.justification.render import weight_pair
from mcda.methods import run
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.robustness import analyze_sensitivity
from mcda.workbook.reader import read_workbook

SAMPLES, SEED = 2000, 20240611


@pytest.fixture(scope="module")
def sample():
    problem = read_workbook(resources.sample_workbook()).problem
    analysis = session.run(problem)
    sens = analyze_sensitivity(analysis.problem, analysis.main.method, analysis.main.parameters,
                               weights=analysis.weights.weights, samples=SAMPLES, seed=SEED,
                               critical_pairs=len(problem.clusters) - 1)
    return analysis, sens, justify_analysis(analysis, sens)


def ahp_ideal_ratings(problem: Problem) -> pd.DataFrame:
    """Saaty's ideal mode written out: benefit x/max, cost min/x; a criterion with values
    <= 0 (cost) or < 0 (benefit) on its interval scale (x - min)/(max - min) (costs reversed)."""
    x = problem.matrix
    out = {}
    for c in problem.criteria:
        col = x[c.id]
        cost = c.direction is Direction.COST
        if (cost and (col <= 0).any()) or (not cost and (col < 0).any()):
            span = col.max() - col.min()
            out[c.id] = (col.max() - col) / span if cost else (col - col.min()) / span
        else:
            out[c.id] = col.min() / col if cost else col / col.max()
    return pd.DataFrame(out)


def test_named_criteria_are_the_top_contributors_above_and_below_the_average(sample):
    analysis, _, just = sample
    p = analysis.problem
    w = analysis.weights.weights.reindex(p.criterion_ids)
    contrib = ahp_ideal_ratings(p) * w
    # the decomposition is exact: the contributions add up to the AHP scores
    np.testing.assert_allclose(contrib.sum(axis=1), analysis.main.scores.reindex(p.cluster_ids), atol=1e-12)
    delta = contrib - contrib.mean(axis=0)
    for cid in p.cluster_ids:
        d = delta.loc[cid]
        expected_lifts = list(d[d > 0].sort_values(ascending=False).index[:3])
        expected_holds = list(d[d < 0].sort_values().index[:2])
        facts = just[cid]
        assert [c for c, _ in facts.lifts] == expected_lifts
        assert [c for c, _ in facts.holds] == expected_holds
        assert facts.above == int((d > 0).sum())
        text = just.parts(cid, "es")
        for c in expected_lifts:
            name = p.criterion(c).name
            assert name[1:] in text["strengths"]  # lower-cased first letter in Spanish
            assert f"({'+' + number(d[c], 3)})" in text["strengths"]


def test_wsm_contributions_of_triantaphyllou_example():
    # Triantaphyllou (2000), Multi-Criteria Decision Making Methods, §2.2.1: w = (.20, .15, .40, .25),
    # A1 = (25, 20, 15, 30): contributions 5, 3, 6, 7.5; the means over A1..A3 are 4.333, 3, 8.667, 5.833.
    p = Problem(tuple(Cluster(f"A{i}", f"A{i}") for i in (1, 2, 3)),
                tuple(Criterion(f"C{j}", f"Criterio {j}") for j in (1, 2, 3, 4)),
                [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]])
    w = [0.20, 0.15, 0.40, 0.25]
    j = justify(p, [run(p, "wsm", {"normalization": "none"}, w)], w)
    a1 = j["A1"]
    assert [(c, round(d, 3)) for c, d in a1.lifts] == [("C4", 1.667), ("C1", 0.667)]
    assert [(c, round(d, 3)) for c, d in a1.holds] == [("C3", -2.667)]
    assert a1.above == 2 and j.contributions.exact


def test_stated_margin_is_the_real_margin(sample):
    analysis, _, just = sample
    main = analysis.main
    order = main.order
    for upper, lower in zip(order, order[1:]):
        text = just.parts(upper, "es")["margin"]
        real = abs(main.scores[upper] - main.scores[lower])
        stated = re.search(r"(\d+\.\d+) puntos", text)
        assert stated, text
        assert float(stated.group(1)) == pytest.approx(real, abs=5e-5)
        assert analysis.problem.cluster(lower).name in text
    assert just.parts(order[-1], "es")["margin"] == "Es el último de la lista."


def _weights_on_line(w: pd.Series, criterion: str, t: float) -> pd.Series:
    """The one-at-a-time weight line: criterion at t, the others rescaled in proportion."""
    others = w.drop(criterion)
    out = others * (1 - t) / others.sum()
    out[criterion] = t
    return out.reindex(w.index)


def test_stated_weight_change_swaps_the_two_clusters(sample):
    analysis, _, just = sample
    p, main = analysis.problem, analysis.main
    w = analysis.weights.weights.reindex(p.criterion_ids)
    checked = 0
    for cid in main.order[:-1]:
        m = just[cid].margin
        if m is None or m.line is None or m.tied:
            continue
        text = just.parts(cid, "es")["margin"]
        w0, w1 = weight_pair(m.weight, m.threshold)
        assert f"de {w0} a " in text and w1 in text and w0 != w1
        for eps, swapped in ((-1e-6, False), (1e-6, True)):
            t = m.threshold + eps * np.sign(m.change)
            r = run(p, main.method, dict(main.parameters), _weights_on_line(w, m.line, t).to_numpy())
            assert bool(r.scores[cid] < r.scores[m.next_id]) is swapped, (cid, m.line, t)
        # the smallest change: moving any one criterion's weight by a little less does not swap them
        for c in p.criterion_ids:
            for tt in w[c] + 0.999 * abs(m.change) * np.array([-1.0, 1.0]):
                if 0 < tt < 1:
                    r = run(p, main.method, dict(main.parameters), _weights_on_line(w, c, tt).to_numpy())
                    assert r.scores[cid] > r.scores[m.next_id], (cid, c, tt)
        checked += 1
    assert checked >= 10


def test_firmness_quotes_the_monte_carlo_figures(sample):
    analysis, sens, just = sample
    acc = sens.acceptability
    interval = acc.rank_interval()
    for cid in analysis.main.order:
        f = just[cid].firmness
        rank = int(analysis.main.ranks[cid])
        assert f.share == acc.shares.loc[cid, rank]
        assert f.interval == (int(interval.loc[cid, "lo"]), int(interval.loc[cid, "hi"]))
        text = just.parts(cid, "es")["firmness"]
        assert percent(f.share, "es") in text and "2,000" in text
        if rank <= sens.top_k:
            assert ("núcleo robusto de los 5 primeros" in text) == (cid in sens.robust_top_k)


def test_firmness_word_agrees_with_the_share_it_states(sample):
    """Audit: "mantuvo el puesto 10 en el 53.4 % … es un puesto firme" beside "lo conserva en el
    60.8 % … poco firme".  The word is the weaker of the two figures the sentence quotes (share
    keeping the place, width of the 90 % interval), so it never contradicts either."""
    from mcda.justification.facts import FIRMNESS_LEVELS, Firmness

    analysis, _, just = sample
    words = {"very_firm": "muy firme", "firm": "firme", "moderate": "poco firme", "fragile": "frágil"}
    for cid in analysis.main.order:
        f = just[cid].firmness
        text = just.parts(cid, "es")["firmness"]
        assert re.search(rf"\b{words[f.level]}\b", text), text
        if f.share < 0.6:
            assert f.level in ("moderate", "fragile"), (cid, f.share, f.level)
        if f.level == "very_firm":
            assert f.share >= 0.9 and f.interval[0] == f.interval[1]
    grid = [Firmness(s, 5, 0.0, (4, 4 + w), 2000, False) for s in np.linspace(0, 1, 41) for w in range(9)]
    rank = {f: FIRMNESS_LEVELS.index(f.level) for f in grid}
    for a in grid:
        for b in grid:
            if a.share >= b.share and a.interval[1] - a.interval[0] <= b.interval[1] - b.interval[0]:
                assert rank[a] <= rank[b], (a, b)  # more often kept and a narrower interval: never less firm


def test_same_cluster_same_words_and_the_list_varies(sample):
    analysis, sens, just = sample
    again = justify_analysis(analysis, sens)
    assert [again.text(c) for c in again.order] == [just.text(c) for c in just.order]
    openings = {just.parts(c, "es")["position"].split(" ")[0] for c in just.order}
    assert len(openings) >= 2  # "Ocupa ...", "Está ...", "Con un puntaje ..."


def test_other_methods_are_quoted_with_their_ranks(sample):
    analysis, _, just = sample
    top = analysis.main.order[0]
    text = just.parts(top, "es")["methods"]
    for r in analysis.results[1:]:
        assert f"{int(r.ranks[top])} con " in text
