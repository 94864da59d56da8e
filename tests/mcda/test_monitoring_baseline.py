"""Baselines and snapshots read back from workbooks; the follow-up sample; the ``Seguimiento``
sheet (issue 9 items 1, 2 and 5).

Expected ranks are those of the hand computation in ``monitoring_cases`` (AHP ideal mode,
Belton & Gear 1983).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import resources
from mcda import session
from mcda.monitoring.baseline import (
    is_baseline, mark_baseline, parse_date, read_snapshot, snapshot_date, unmark_baseline,
)
from mcda.monitoring.compare import compare
from mcda.monitoring.export import SHEET, write_followup
from mcda.monitoring.rounds import Rounds
from mcda.monitoring.sample_followup import build_followup, followup_problem
from mcda.monitoring.targets import Target, evaluate
from mcda.problem import Criterion
from mcda.workbook.input_sheets import write_input_sheets
from tests.mcda.monitoring_cases import BASE, NEW_DATA, problem, snap

FOLLOWUP = resources.path("sample", "clusters_peru_seguimiento.xlsx")


def export(p, path: Path, **params) -> Path:
    analysis = session.run(p, **params)
    session.export(path, analysis, input_sha256=None)
    return path


def plain_input(p, path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, p)
    wb.save(path)
    return path


def test_marking_a_baseline_travels_with_the_export(tmp_path: Path) -> None:
    p = mark_baseline(problem(BASE), dt.date(2024, 3, 31), "Priorización 2024")
    s = read_snapshot(export(p, tmp_path / "base.xlsx")).snapshot
    assert s is not None and s.baseline and s.recorded
    assert (s.date, s.name, s.method) == (dt.date(2024, 3, 31), "Priorización 2024", "ahp")
    assert s.ranks.to_dict() == {"A": 1, "B": 2, "C": 3}
    assert s.weights.round(12).to_dict() == {"x": 0.6, "y": 0.4}
    assert not is_baseline(unmark_baseline(p))


def test_the_recorded_ranking_is_the_record(tmp_path: Path) -> None:
    """An export whose Prioridades was edited keeps the edited list, says so, and the
    comparison warns that the baseline's own recipe does not reproduce it."""
    path = export(problem(BASE), tmp_path / "base.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Prioridades"]
    ws["B2"], ws["B3"] = ws["B3"].value, ws["B2"].value  # swap the first two ids
    wb.save(path)
    read = read_snapshot(path)
    assert read.snapshot is not None and read.snapshot.ranks.to_dict() == {"A": 2, "B": 1, "C": 3}
    assert "monitoring.recorded_differs" in {i.code for i in read.issues}
    c = compare(read.snapshot, snap(problem(BASE)))
    assert "monitoring.baseline_not_reproduced" in {i.code for i in c.issues}


def test_plain_input_is_ranked_with_the_session_pipeline(tmp_path: Path) -> None:
    p = problem(BASE).replace(settings={"method": "topsis"})
    s = read_snapshot(plain_input(p, tmp_path / "in.xlsx")).snapshot
    expected = session.run(p).main
    assert s is not None and not s.recorded and s.method == "topsis"
    assert s.ranks.to_dict() == expected.ranks.to_dict()


def test_main_method_and_parameters_come_from_metodologia(tmp_path: Path) -> None:
    """A CLI export with ``--method topsis --param topsis.normalization=minmax`` stores no setting:
    the baseline is re-ranked with what Metodologia recorded."""
    path = export(problem(BASE), tmp_path / "out.xlsx", methods=["topsis"],
                  params_by_method={"topsis": {"normalization": "minmax"}})
    s = read_snapshot(path).snapshot
    assert s is not None and (s.method, dict(s.params)) == ("topsis", {"normalization": "minmax"})
    c = compare(s, snap(problem(NEW_DATA)))
    assert c.with_base_weights.method == "topsis"
    assert "monitoring.baseline_not_reproduced" not in {i.code for i in c.issues}


def test_bad_workbook_gives_errors_not_a_snapshot(tmp_path: Path) -> None:
    read = read_snapshot(tmp_path / "no.xlsx")
    assert read.snapshot is None and read.errors[0].code == "file.not_found"
    p = problem(BASE).with_value("A", "x", float("nan"))
    read = read_snapshot(plain_input(p, tmp_path / "hueco.xlsx"))
    assert read.snapshot is None and read.errors[0].code == "cell.missing"
    ok = read_snapshot(plain_input(p.replace(settings={"missing_policy": "median"}), tmp_path / "mediana.xlsx"))
    assert ok.snapshot is not None and ok.snapshot.problem.missing_cells() == [("A", "x")]


def test_snapshot_dates() -> None:
    p = problem(BASE)
    assert snapshot_date(p) is None
    dated = p.replace(criteria=tuple(c.__class__(**{**c.__dict__, "year": "2023"}) for c in p.criteria))
    assert snapshot_date(dated) == dt.date(2023, 12, 31)
    assert snapshot_date(p, {"date": "2026-11-25T20:17:25+00:00"}) == dt.date(2026, 11, 25)
    assert parse_date(dt.datetime(2025, 1, 2, 3, 4)) == dt.date(2025, 1, 2) and parse_date("32/13/2025") is None


def test_followup_sample_is_what_the_code_generates(tmp_path: Path) -> None:
    fresh = tmp_path / "seguimiento.xlsx"
    build_followup(fresh)

    def values(path: Path):
        wb = openpyxl.load_workbook(path)
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    assert values(fresh) == values(FOLLOWUP)


def test_followup_sample_against_the_sample() -> None:
    base, new = read_snapshot(resources.sample_workbook()).snapshot, read_snapshot(FOLLOWUP).snapshot
    assert base is not None and new is not None
    assert (base.date, new.date) == (dt.date(2023, 12, 31), dt.date(2025, 12, 31))
    c = compare(base, new)
    assert (c.added_clusters, c.removed_clusters, c.added_criteria, c.removed_criteria) == (
        ("TRUCHA-PUN",), ("TURNAT-MDD",), ("R4",), ())
    changed = {(r.cluster, r.criterion) for r in c.changed.itertuples()}
    assert ("TUR-CUS", "G1") in changed and ("LACT-CAJ", "R1") in changed
    assert {r.cluster for r in c.changed.itertuples()} == {"TUR-CUS", "HARINA-ANC", "ARAND-LIB", "QUINUA-PUN",
                                                           "SOFT-LIM", "CACAO-SM", "LACT-CAJ"}
    # Cusco tourism recovered: its data alone move it up (its weights did not change it)
    tur = c.ranking.loc["TUR-CUS"]
    assert tur["data_effect"] > 0
    assert followup_problem().criterion("R4").direction.sign == -1


def test_seguimiento_sheet(tmp_path: Path) -> None:
    base = snap(mark_baseline(problem(BASE), dt.date(2024, 1, 1)))
    new_problem = problem(NEW_DATA, wx=0.2, wy=0.8).replace(settings={"monitoring.date": "2025-01-01"})
    source = plain_input(new_problem, tmp_path / "ronda.xlsx")
    new = read_snapshot(source).snapshot
    c = compare(base, new)
    progress = evaluate([Target("A", "x", 20.0, dt.date(2026, 1, 1))], base, new, today=dt.date(2025, 6, 1))
    out = tmp_path / "seguimiento.xlsx"
    write_followup(out, c, progress, "es", source=source)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Clusters", "Criterios", "_clusterprio", SHEET]  # the round's sheets + Seguimiento
    assert wb.active.title == SHEET
    rows = list(wb[SHEET].iter_rows(values_only=True))
    assert rows[0][0] == "Seguimiento de la priorización"
    header = next(i for i, r in enumerate(rows) if r[0] == "id")
    ranking = {r[0]: r[2:8] for r in rows[header + 1:header + 4]}
    assert ranking == {"A": (1, 2, 3, -1, -1, -2), "B": (2, 3, 2, -1, 1, 0), "C": (3, 1, 1, 2, 0, 2)}
    change = next(r for r in rows if r[0] == "C" and r[2] == "x")
    assert change[6:11] == (2, 10, 8, 4, "mejor")
    target = next(r for r in rows[header:] if r[0] == "A" and r[2] == "x")
    assert target[3:6] == (10, 10, 20) and target[7] == 0  # no progress yet ...
    assert target[9] == "rezagada"  # ... with half the time gone: off track
    ws = wb[SHEET]
    fills = {ws.cell(row=r, column=11).fill.start_color.rgb for r in range(1, ws.max_row + 1)
             if ws.cell(row=r, column=11).value == "mejor"}
    assert fills == {"00C6EFCE"}
    english = tmp_path / "followup.xlsx"
    write_followup(english, c, progress, "en")  # no source file: the round's data as input sheets
    assert openpyxl.load_workbook(english)[SHEET]["A1"].value == "Follow-up of the prioritization"
    again = read_snapshot(out).snapshot  # the output is still a valid input of the same round
    assert again is not None and again.problem == new.problem


def test_rounds_order_and_trends() -> None:
    p = problem(BASE)
    s0 = snap(p.replace(settings={"monitoring.date": "2023-12-31"}), "2023")
    s2 = snap(p.with_value("C", "x", 10.0).replace(settings={"monitoring.date": "2025-12-31"}), "2025")
    s1 = snap(p.with_value("C", "x", 5.0).replace(settings={"monitoring.date": "2024-12-31"}), "2024")
    rounds = Rounds(s0, (s2, s1))
    assert rounds.labels() == ["2023", "2024", "2025"]
    assert rounds.trend("C", ["x"]).loc["x"].tolist() == [2.0, 5.0, 10.0]
    assert rounds.ranks().loc["C"].tolist() == [3.0, 2.0, 1.0]  # 2024: C 0.6·5/10 + 0.4 = 0.70, between A and B
    assert rounds.latest is s2
    added = snap(problem(BASE).with_criterion(Criterion("z", "z", weight=0.1)).with_value("A", "z", 1)
                 .with_value("B", "z", 1).with_value("C", "z", 1))
    assert "z" in Rounds(s0, (added,)).criterion_ids()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_message_code_has_both_languages(lang: str) -> None:
    import json

    data = json.loads(resources.path("messages", "monitoring.json").read_text(encoding="utf-8"))
    for code, texts in data.items():
        assert texts.get(lang, "").strip(), code
