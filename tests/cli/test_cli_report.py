"""clusterprio-cli report: writes the PDF, Spanish and English, seeded, exit codes 0 / 1 / 2."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mcda.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_of_the_sample(capsys, tmp_path):
    target = tmp_path / "informe.pdf"
    code, out, err = run(capsys, "report", "--sample", "-o", str(target), "--samples", "300", "--seed", "11")
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Informe escrito" in out and str(target) in out
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert "Lista de prioridades justificada" in text
        assert "sensitivity.seed" in text and "sensitivity.samples" in text


def test_report_in_english_with_title_and_region(capsys, tmp_path):
    target = tmp_path / "report.pdf"
    code, out, err = run(capsys, "report", "--sample", "-o", str(target), "--lang", "en", "--samples", "200",
                         "--title", "Regional committee", "--region", "Piura")
    assert code == 0, err
    assert "Report written" in out
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert "Regional committee" in text and "Piura" in text and "Justified priority list" in text


@pytest.mark.parametrize("argv", [
    ("report", "--sample"),  # no -o
    ("report", "--sample", "-o", "informe.txt"),  # not a PDF
    ("report", "-o", "informe.pdf"),  # neither FILE nor --sample
    ("report", "--sample", "-o", "x.pdf", "--samples", "-3"),
])
def test_usage_errors_exit_2(capsys, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 2 and err
    assert not (tmp_path / "x.pdf").exists()


def test_invalid_input_exits_1_naming_the_problem(capsys, tmp_path):
    bad = tmp_path / "malo.xlsx"
    bad.write_text("no es un libro")
    code, _, err = run(capsys, "report", str(bad), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "malo.xlsx" in err
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_target_exits_1(capsys, tmp_path):
    code, _, err = run(capsys, "report", "--sample", "-o", str(tmp_path / "no_existe" / "x.pdf"), "--samples", "0")
    assert code == 1 and "x.pdf" in err


def test_report_with_a_baseline_adds_the_followup_section(capsys, tmp_path):
    """``report NEW --baseline BASE`` = the report of NEW plus the Seguimiento section, as ``compare --pdf``."""
    import resources

    followup = resources.path("sample", "clusters_peru_seguimiento.xlsx")
    target = tmp_path / "informe.pdf"
    code, out, err = run(capsys, "report", str(followup), "-o", str(target), "--samples", "0",
                         "--baseline", str(resources.sample_workbook()), "--today", "2026-01-15")
    assert code == 0, err
    plain = tmp_path / "sin_base.pdf"
    assert run(capsys, "report", str(followup), "-o", str(plain), "--samples", "0")[0] == 0
    if shutil.which("pdftotext"):
        def text(path):
            return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        with_base, without = text(target), text(plain)
        assert "Seguimiento" in with_base and "Línea de base" in with_base
        assert "TRUCHA-PUN" in with_base  # the cluster added since the baseline is listed
        assert "Línea de base" not in without


def test_report_with_a_bad_baseline_exits_1_naming_the_file(capsys, tmp_path):
    bad = tmp_path / "base_mala.xlsx"
    bad.write_text("no es un libro")
    target = tmp_path / "informe.pdf"
    code, _, err = run(capsys, "report", "--sample", "-o", str(target), "--baseline", str(bad))
    assert code == 1 and "base_mala.xlsx" in err
    assert not target.exists()
    code, _, err = run(capsys, "report", "--sample", "-o", str(target), "--baseline", str(bad), "--today", "ayer")
    assert code == 2 and "ayer" in err
