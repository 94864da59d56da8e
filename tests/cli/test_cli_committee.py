"""``clusterprio-cli ahp`` with a committee: several members, voting weights, consensus (issue 4 item 10)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mcda.ahp import priorities
from mcda.cli import main
from mcda.committee.consensus import consensus

MATRICES = {
    "m1.csv": ",A,B,C\nA,1,3,5\nB,,1,3\nC,,,1\n",
    "m2.csv": ",A,B,C\nA,1,1/2,3\nB,,1,4\nC,,,1\n",
    "m3.csv": ",A,B,C\nA,1,1/5,1/3\nB,,1,2\nC,,,1\n",
}
UPPER = {"m1.csv": (3, 5, 3), "m2.csv": (1 / 2, 3, 4), "m3.csv": (1 / 5, 1 / 3, 2)}


def _full(upper):
    ab, ac, bc = upper
    return np.array([[1, ab, ac], [1 / ab, 1, bc], [1 / ac, 1 / bc, 1]])


def test_three_members_with_voting_weights(capsys, tmp_path) -> None:
    paths = []
    for name, text in MATRICES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    code = main(["ahp", *paths, "--member-weight", "2", "--member-weight", "1", "--member-weight", "1", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    # AIJ: element-wise weighted geometric mean with votes 2:1:1 (Forman & Peniwati 1998), then eigenvector.
    v = np.array([0.5, 0.25, 0.25])
    logs = sum(vk * np.log(_full(UPPER[n])) for vk, n in zip(v, MATRICES))
    expected = priorities(np.exp(logs), ["A", "B", "C"]).weights
    assert doc["weights"] == pytest.approx(expected.to_dict(), abs=1e-9)
    assert [m["voting_weight"] for m in doc["members"]] == pytest.approx([0.5, 0.25, 0.25])
    members = [priorities(_full(UPPER[n]), ["A", "B", "C"]).weights.to_numpy() for n in MATRICES]
    assert doc["consensus"] == pytest.approx(consensus(members).s_star, abs=1e-9)
    assert 0 < doc["consensus"] < 1
