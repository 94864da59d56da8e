"""Targets: progress arithmetic, flags, storage in the session and the ``Metas`` sheet (issue 9 items 3, 6).

Every expected number is the hand computation of the module's rule
``progress = s·(current − base) / s·(target − base)`` (s = +1 benefit, −1 cost)
and ``elapsed = days(base date → latest date) / days(base date → target date)``.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import openpyxl
import pytest

from mcda.monitoring.targets import (
    Target, evaluate, evaluate_one, load_targets, read_targets_grid, remove_target, set_target,
    targets_from_settings, with_targets,
)
from tests.mcda.monitoring_cases import cost_problem, snap

D0, D1, D2 = dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2026, 1, 1)
HALF = 366 / 731  # 2024 is a leap year: 366 of the 731 days from D0 to D2 have passed at D1
EARLY = dt.date(2025, 6, 1)  # "today", before the target date D2


def one(value: float, current: float, sign: int, base: float = 100.0, date: dt.date | None = D2,
        today: dt.date = EARLY):
    return evaluate_one(Target("A", "k", value, date), base=base, current=current, sign=sign, base_date=D0,
                        latest_date=D1, today=today)


def test_benefit_half_way() -> None:
    p = one(200.0, 150.0, +1)  # (150 − 100) / (200 − 100)
    assert p.progress == pytest.approx(0.5)
    assert p.elapsed == pytest.approx(HALF)
    assert not p.reached and not p.late


def test_benefit_ahead_and_behind_schedule() -> None:
    ahead = one(200.0, 160.0, +1)  # 0.6 ≥ 0.5007 of the time
    behind = one(200.0, 130.0, +1)  # 0.3 < 0.5007
    assert (ahead.status, ahead.off_track) == ("on_track", False)
    assert (behind.status, behind.off_track, behind.moving_away) == ("off_track", True, False)


def test_cost_criterion_progress_goes_down() -> None:
    p = one(2000.0, 2400.0, -1, base=3000.0)  # −(2400 − 3000) / −(2000 − 3000) = 600 / 1000
    assert p.progress == pytest.approx(0.6)
    assert p.status == "on_track"
    worse = one(2000.0, 3200.0, -1, base=3000.0)  # −200 / 1000: moved away from the target
    assert worse.progress == pytest.approx(-0.2)
    assert (worse.moving_away, worse.off_track, worse.status) == (True, True, "off_track")


def test_reached_and_overshoot() -> None:
    exact = one(200.0, 200.0, +1)
    over = one(2000.0, 1800.0, -1, base=3000.0)  # 1200 / 1000
    assert (exact.progress, exact.reached, exact.status) == (pytest.approx(1.0), True, "reached")
    assert over.progress == pytest.approx(1.2)
    assert (over.reached, over.off_track, over.status) == (True, False, "reached")


def test_late_when_the_date_passed_unreached() -> None:
    after = dt.date(2026, 3, 1)
    late = one(200.0, 190.0, +1, today=after)
    done = one(200.0, 210.0, +1, today=after)
    assert (late.late, late.off_track, late.status) == (True, True, "late")
    assert (done.late, done.status) == (False, "reached")


def test_hold_target_has_no_share() -> None:
    keep = one(100.0, 100.0, +1)  # the target is the baseline: keep it
    lost = one(2000.0, 2100.0, -1, base=1500.0)  # "stay under 2000" from 1500: 2100 broke it
    assert keep.progress is None and keep.reached and keep.hold
    assert lost.progress is None and not lost.reached and lost.off_track and lost.moving_away


def test_no_data_and_no_dates() -> None:
    missing = one(200.0, math.nan, +1)
    undated = evaluate_one(Target("A", "k", 200.0), base=100.0, current=110.0, sign=+1)
    assert (missing.status, missing.progress) == ("no_data", None)
    assert undated.elapsed is None and undated.status == "on_track"  # 0.1 of the way, no schedule to miss


def test_evaluate_between_snapshots() -> None:
    base = cost_problem()  # A: emp 100 (benefit), hhi 3000 (cost)
    b = snap(base.replace(settings={"monitoring.date": "2024-01-01"}))
    n = snap(base.with_value("A", "hhi", 2500.0).with_value("A", "emp", 90.0)
             .replace(settings={"monitoring.date": "2025-01-01"}))
    targets = [Target("A", "hhi", 2000.0, D2), Target("A", "emp", 120.0, D2), Target("Z", "emp", 1.0)]
    got = {(p.target.cluster, p.target.criterion): p for p in evaluate(targets, b, n, today=EARLY)}
    assert got[("A", "hhi")].progress == pytest.approx(0.5) and got[("A", "hhi")].elapsed == pytest.approx(HALF)
    assert got[("A", "hhi")].status == "off_track"  # 0.5 < 0.5007 of the time
    assert got[("A", "emp")].progress == pytest.approx(-0.5) and got[("A", "emp")].moving_away
    assert got[("Z", "emp")].status == "no_data"


def test_targets_in_the_session_settings() -> None:
    p = cost_problem()
    t1, t2 = Target("A", "hhi", 2000.0, D2), Target("B", "emp", 95.5)
    q = with_targets(p, [t1, t2])
    assert targets_from_settings(q) == [t1, t2]
    assert targets_from_settings(set_target(q, Target("A", "hhi", 1800.0))) == [Target("A", "hhi", 1800.0), t2]
    assert targets_from_settings(remove_target(q, "B", "emp")) == [t1]
    assert "monitoring.targets" not in with_targets(q, []).settings


def _metas(path: Path, rows: list[list[object]]) -> Path:
    """An export of the cost problem with a hand-typed targets sheet (name in capitals)."""
    from mcda.workbook.writer import build_output

    p = cost_problem()
    wb = build_output(p, [_result(p)])
    ws = wb.create_sheet("METAS")
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _result(p):
    from mcda.session import run

    return run(p).main


def test_metas_sheet_is_read_with_located_problems(tmp_path: Path) -> None:
    path = _metas(tmp_path / "metas.xlsx", [
        ["Clúster", "Criterio", "Meta", "Fecha"],
        ["A", "hhi", 2000, dt.datetime(2026, 1, 1)],
        ["b", "EMP", "95,5", "31/12/2027"],
        ["A", "hhi", 1, None],
        ["C", "emp", "mucho", None],
        ["C", "hhi", 10, "pronto"],
        ["Z", "emp", 5, None],
    ])
    targets, issues = load_targets(path, cost_problem())
    assert targets == [Target("A", "hhi", 2000.0, D2), Target("B", "emp", 95.5, dt.date(2027, 12, 31)),
                       Target("Z", "emp", 5.0)]
    where = {(i.code, i.location) for i in issues}
    assert ("targets.duplicate", "METAS!A4") in where
    assert ("targets.bad_value", "METAS!C5") in where
    assert ("targets.bad_date", "METAS!D6") in where
    assert ("targets.unknown_cluster", "METAS!A7") in where
    assert [i.is_error for i in issues if i.code.startswith("targets.bad")] == [True, True]


def test_metas_sheet_wins_over_the_settings_copy_and_round_trips(tmp_path: Path) -> None:
    from mcda.monitoring.export import write_targets_sheet

    wb = openpyxl.Workbook()
    targets = [Target("A", "hhi", 2000.0, D2), Target("B", "emp", 95.5)]
    write_targets_sheet(wb, targets)
    ws = wb["Metas"]
    assert [c.value for c in ws[1]] == ["cluster", "criterio", "meta", "fecha"]
    grid = [[c.value for c in row] for row in ws.iter_rows()]
    read, issues = read_targets_grid(grid, "Metas", cost_problem())
    assert read == targets and not issues
    missing_column, issues = read_targets_grid([["cluster", "criterio"], ["A", "hhi"]], "Metas")
    assert missing_column == [] and issues[0].code == "sheet.missing_column"


def test_without_metas_sheet_the_session_targets_are_used(tmp_path: Path) -> None:
    from mcda.workbook.writer import write_output

    p = with_targets(cost_problem(), [Target("A", "hhi", 2000.0, D2)])
    out = tmp_path / "export.xlsx"
    write_output(out, p, [_result(p)])
    targets, issues = load_targets(out, p)
    assert targets == [Target("A", "hhi", 2000.0, D2)] and issues == []
