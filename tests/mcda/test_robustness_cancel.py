"""Cancelling a sensitivity analysis stops it in every stage, not only during the Monte Carlo.

The GUI's Cancel button returns ``False`` from the progress callback; after the
samples the engine keeps asking between stages and before each removal of the
rank reversal check, so a long reversal check on many clusters can be stopped.
"""

import pytest

from mcda.robustness import Cancelled, analyze_sensitivity, rank_reversal
from tests.mcda.robustness_problems import random_problem


@pytest.fixture(scope="module")
def problem():
    return random_problem(9, 4, seed=17, groups=2)


def test_progress_is_asked_between_stages_and_before_each_removal(problem):
    calls = []
    analyze_sensitivity(problem, "wsm", samples=2500, seed=3, chunk=1000,
                        progress=lambda d, t: calls.append((d, t)))
    chunks = [(1000, 2500), (2000, 2500), (2500, 2500)]
    # after thresholds, after sweeps, after agreement, then once per removed cluster
    assert calls == chunks + [(2500, 2500)] * (3 + len(problem.clusters))


@pytest.mark.parametrize("stop_at", [4, 5, 6, 7, 10])
def test_cancel_in_a_later_stage_raises_and_asks_no_more(problem, stop_at):
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < stop_at

    with pytest.raises(Cancelled):
        analyze_sensitivity(problem, "wsm", samples=2500, seed=3, chunk=1000, progress=progress)
    assert len(calls) == stop_at


def test_rank_reversal_check_can_stop_it(problem):
    seen = []

    def check():
        seen.append(1)
        if len(seen) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        rank_reversal(problem, "topsis", check=check)
    assert len(seen) == 3
    assert rank_reversal(problem, "topsis", check=lambda: None) == rank_reversal(problem, "topsis")
