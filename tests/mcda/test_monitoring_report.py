"""The "Seguimiento" section of the PDF report (issue 9 item 5), read back with ``pdftotext``.

Expected places are the hand computation of ``monitoring_cases`` (AHP ideal mode,
Belton & Gear 1983); the targets' progress follows ``mcda.monitoring.targets``' rule.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from mcda import session
from mcda.cli import main
from mcda.monitoring.baseline import mark_baseline
from mcda.monitoring.compare import compare
from mcda.monitoring.report_section import FollowUp
from mcda.monitoring.targets import Target, evaluate, with_targets
from mcda.report import build_report
from tests.mcda.monitoring_cases import BASE, NEW_DATA, problem, snap

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

TITLE = "8. Seguimiento: línea de base, cambios y metas"


def text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text laid out as on the page (table rows stay on one line)."""
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(out: str) -> str:
    """The text with every run of white space as one space (sentences wrapped over lines)."""
    return " ".join(out.split())


def row(out: str, *first: str) -> list[str]:
    """The words of the first table row of the section that starts with these words."""
    section = out[out.index(TITLE):]
    return next(line.split() for line in section.splitlines() if line.split()[: len(first)] == list(first))


def test_no_section_without_anything_to_follow(tmp_path: Path) -> None:
    pdf = build_report(session.run(problem(BASE)), samples=50)
    assert "Seguimiento" not in text(pdf, tmp_path)


def test_baseline_session_records_itself_and_its_targets(tmp_path: Path) -> None:
    p = with_targets(mark_baseline(problem(BASE), dt.date(2024, 6, 30)), [Target("C", "x", 6.0, dt.date(2027, 12, 31))])
    out = text(build_report(session.run(p), samples=50), tmp_path)
    assert TITLE in out
    assert "línea de base del seguimiento (fecha de referencia de los datos: 30 de junio de 2024)" in flat(out)
    # the target: cluster, criterion, baseline value 2, target 6, date in words
    assert row(out, "Gamma", "x")[:8] == ["Gamma", "x", "·", "Equis", "2", "6", "31", "de"]


def test_comparison_places_changes_and_progress(tmp_path: Path) -> None:
    base = snap(problem(BASE).replace(settings={"monitoring.date": "2024-01-01"}), "Base 2024")
    new = snap(problem(NEW_DATA, wx=0.2, wy=0.8).replace(settings={"monitoring.date": "2025-01-01"}), "Ronda 2025")
    c = compare(base, new)
    progress = evaluate([Target("C", "x", 6.0, dt.date(2026, 1, 1))], base, new, today=dt.date(2025, 6, 1))
    analysis = session.run(problem(NEW_DATA, wx=0.2, wy=0.8))
    out = text(build_report(analysis, samples=50, followup=FollowUp(c, tuple(progress))), tmp_path)
    assert TITLE in out
    words = flat(out)
    assert "Línea de base: Base 2024 (datos de 1 de enero de 2024, método AHP)" in words
    assert "Ronda comparada: Ronda 2025 (datos de 1 de enero de 2025, método AHP)" in words
    assert "Valores comparados (cada clúster y criterio presentes en ambas rondas): 6; con cambios: 1" in words
    # places: baseline, with the baseline weights, new, data effect, weight effect
    assert [w.replace("▼", "-").replace("▲", "+") for w in row(out, "Alfa")] == ["Alfa", "1", "2", "3", "-1", "-1"]
    assert [w.replace("▼", "-").replace("▲", "+") for w in row(out, "Gamma")] == ["Gamma", "3", "1", "1", "+2", "="]
    assert row(out, "Gamma", "x", "·") == ["Gamma", "x", "·", "Equis", "2", "10", "8", "mejor"]
    # target: (10 − 2) / (6 − 2) = 200 % of the way, reached
    assert row(out, "Gamma", "x", "2") == ["Gamma", "x", "2", "10", "6", "2026-01-01", "200", "%", "alcanzada"]


def test_compare_cli_writes_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    base, new = tmp_path / "base.xlsx", tmp_path / "nuevo.xlsx"
    session.export(base, session.run(problem(BASE)), input_sha256=None)
    session.export(new, session.run(problem(NEW_DATA)), input_sha256=None)
    pdf = tmp_path / "informe.pdf"
    assert main(["compare", str(base), str(new), "--pdf", str(pdf)]) == 0
    assert TITLE in text(pdf.read_bytes(), tmp_path)
    assert main(["compare", str(base), str(new), "--pdf", str(tmp_path / "informe.txt")]) == 2
    capsys.readouterr()
