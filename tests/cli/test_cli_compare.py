"""``clusterprio-cli compare BASE NEW`` (issue 9 item 5): JSON shape, exit codes, ``-o``.

Expected ranks are the hand computation of ``tests/mcda/monitoring_cases`` (AHP ideal mode,
Belton & Gear 1983: rating = x / max, score = Σ w·rating).
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

import resources
from mcda import session
from mcda.cli import main
from mcda.monitoring.targets import Target, with_targets
from tests.mcda.monitoring_cases import BASE, NEW_DATA, problem

FOLLOWUP = resources.path("sample", "clusters_peru_seguimiento.xlsx")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """A baseline export (with a target) and a later round with new data and new weights."""
    import datetime as dt

    folder = tmp_path_factory.mktemp("compare")
    base = with_targets(problem(BASE), [Target("C", "x", 6.0, dt.date(2030, 1, 1))])
    base_path = folder / "base.xlsx"
    session.export(base_path, session.run(base), input_sha256=None)
    new_path = folder / "nuevo.xlsx"
    session.export(new_path, session.run(problem(NEW_DATA, wx=0.2, wy=0.8)), input_sha256=None)
    return base_path, new_path


def test_json_shape_and_effects(capsys, rounds) -> None:
    base, new = rounds
    code, out, err = run(capsys, "compare", str(base), str(new), "--json", "--today", "2026-01-01")
    assert code == 0, err
    data = json.loads(out)
    assert {"added", "removed", "changes", "ranking", "criteria_added", "criteria_removed", "targets", "warnings",
            "base", "new"} <= set(data)
    assert data["added"] == [] and data["removed"] == []
    assert data["changes"] == [{"id": "C", "criterion": "x", "base": 2.0, "new": 10.0, "change": 8.0,
                                "better": True}]
    by_id = {r["id"]: r for r in data["ranking"]}
    assert {k: (r["base_rank"], r["rank_with_base_weights"], r["rank"]) for k, r in by_id.items()} == {
        "A": (1, 2, 3), "B": (2, 3, 2), "C": (3, 1, 1)}
    assert (by_id["B"]["data_effect"], by_id["B"]["weight_effect"]) == (-1, 1)
    assert data["base"]["weights"] == {"x": 0.6, "y": 0.4} and data["new"]["weights"] == {"x": 0.2, "y": 0.8}
    target = data["targets"][0]
    assert (target["id"], target["progress"], target["reached"], target["status"]) == ("C", 2.0, True, "reached")


def test_added_and_removed_clusters(capsys, rounds, tmp_path) -> None:
    from mcda.problem import Cluster

    base, _ = rounds
    other = (Cluster("A", "Alfa"), Cluster("B", "Beta"), Cluster("D", "Delta"))
    new = tmp_path / "d.xlsx"
    session.export(new, session.run(problem(BASE, clusters=other)), input_sha256=None)
    code, out, _ = run(capsys, "compare", str(base), str(new), "--json")
    data = json.loads(out)
    assert code == 0 and (data["added"], data["removed"]) == (["D"], ["C"])
    assert {r["id"]: r["rank"] for r in data["ranking"]}["C"] is None


def test_text_output_and_workbook(capsys, rounds, tmp_path) -> None:
    base, new = rounds
    out_path = tmp_path / "seguimiento.xlsx"
    code, out, err = run(capsys, "compare", str(base), str(new), "-o", str(out_path), "--lang", "en")
    assert code == 0, err
    assert "Values that changed: 1 (1 better, 0 worse)" in out and str(out_path) in out
    wb = openpyxl.load_workbook(out_path)
    assert wb.sheetnames[-1] == "Seguimiento"
    assert {"Clusters", "Criterios", "Prioridades", "Pesos", "Metodologia"} <= set(wb.sheetnames)  # NEW's sheets
    assert wb["Seguimiento"]["A1"].value == "Follow-up of the prioritization"


def test_usage_errors_exit_2(capsys, rounds) -> None:
    base, new = rounds
    assert run(capsys, "compare", str(base))[0] == 2
    assert run(capsys, "compare", str(base), str(new), "--today", "mañana")[0] == 2


def test_invalid_input_exits_1_naming_the_cell(capsys, rounds, tmp_path) -> None:
    base, new = rounds
    code, _, err = run(capsys, "compare", str(base), str(tmp_path / "nada.xlsx"))
    assert code == 1 and "nada.xlsx" in err
    broken = tmp_path / "roto.xlsx"
    wb = openpyxl.load_workbook(new)
    wb["Clusters"]["E2"] = "mucho"
    wb.save(broken)
    code, _, err = run(capsys, "compare", str(base), str(broken))
    assert code == 1 and "Clusters!E2" in err
    bad_target = tmp_path / "metas.xlsx"
    wb = openpyxl.load_workbook(base)
    ws = wb.create_sheet("Metas")
    ws.append(["cluster", "criterio", "meta", "fecha"])
    ws.append(["A", "x", "alto", None])
    wb.save(bad_target)
    code, _, err = run(capsys, "compare", str(bad_target), str(new))
    assert code == 1 and "Metas!C2" in err


def test_followup_sample_against_the_sample(capsys) -> None:
    code, out, err = run(capsys, "compare", str(resources.sample_workbook()), str(FOLLOWUP), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["added"], data["removed"], data["criteria_added"]) == (["TRUCHA-PUN"], ["TURNAT-MDD"], ["R4"])
    assert all(isinstance(c["better"], bool) for c in data["changes"])
