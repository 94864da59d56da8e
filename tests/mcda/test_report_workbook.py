"""The finished Excel export: the justified Prioridades formatted for reading and printing,
the Pesos / Comite / Consistencia / Sensibilidad / Auditoria / Metodologia sheets, annotations,
the round trip, and LibreOffice opening it (headless conversion)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import ColorScale, DataBar

import resources
from mcda import session
from mcda.justification import justify_analysis
from mcda.workbook.reader import read_workbook


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    read = read_workbook(resources.sample_workbook())
    problem = read.problem.replace(settings={**read.problem.settings, "note.SOFT-LIM": "=Revisar con PRODUCE",
                                             "policy.CACAO-SM": "Programa de proveedores con el CITE.",
                                             "risk.R1": "3000"})
    analysis = session.run(problem)
    path = tmp_path_factory.mktemp("export") / "prioridades.xlsx"
    session.export(path, analysis, input_sha256=read.sha256)
    return path, analysis


def _header(ws):
    return [c.value for c in ws[1]]


def test_every_sheet_of_the_finished_export(exported):
    path, _ = exported
    names = openpyxl.load_workbook(path).sheetnames
    for sheet in ("Clusters", "Criterios", "Comite", "Prioridades", "Pesos", "Consistencia", "Sensibilidad",
                  "Auditoria", "Metodologia"):
        assert sheet in names


def test_prioridades_is_formatted_for_printing(exported):
    path, analysis = exported
    ws = openpyxl.load_workbook(path)["Prioridades"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)  # one page wide, as tall as needed
    assert ws.print_title_rows == "$1:$1"  # header repeated on every page
    assert "&P" in ws.oddFooter.center.text
    header = _header(ws)
    just_col = header.index("justificacion") + 1
    assert ws.cell(row=2, column=just_col).alignment.wrap_text
    assert all(ws.row_dimensions[r].height and ws.row_dimensions[r].height > 45 for r in range(2, ws.max_row + 1))
    rules = {str(rng.sqref): list(r) for rng, r in ws.conditional_formatting._cf_rules.items()}
    assert isinstance(rules["E2:E21"][0].dataBar, DataBar)  # AHP score: data bar
    assert isinstance(rules["A2:A21"][0].colorScale, ColorScale)  # coloured ranks
    # the other methods are in a collapsed outline group, off the printed page
    assert ws.column_dimensions["F"].hidden and ws.column_dimensions["F"].outline_level == 1
    assert [ws.cell(row=r, column=2).value for r in range(2, 22)] == analysis.main.order


def test_prioridades_holds_justification_robustness_policy_and_annotations(exported):
    path, analysis = exported
    ws = openpyxl.load_workbook(path)["Prioridades"]
    header = _header(ws)
    assert header[-3:] == ["justificacion", "sugerencia de politica", "anotaciones del comite"]
    assert {"en el top-5 (prob.)", "top-5 robusto"} <= set(header)
    rows = {r[1]: dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    soft = rows["SOFT-LIM"]
    assert soft["anotaciones del comite"] == "=Revisar con PRODUCE"  # kept as text, never a formula
    assert ws.cell(row=2, column=len(header)).data_type == "s"
    assert soft["justificacion"].startswith(("Ocupa el puesto 1 de 20", "Está en el puesto 1 de 20",
                                             "Con un puntaje AHP de"))
    assert "Revisar con PRODUCE" not in soft["justificacion"]
    assert rows["CACAO-SM"]["sugerencia de politica"] == (
        "Política acordada por el comité: Programa de proveedores con el CITE.")
    # the session's threshold (3 000) is used: MIN-SUR's HHI of 3 900 is flagged, MIN-CEN's 2 700 is not
    assert "IHH de 3,900, por encima de 3,000" in rows["MIN-SUR"]["justificacion"]
    assert "IHH" not in rows["MIN-CEN"]["justificacion"]
    # the text is the justification engine's, with the export's sensitivity analysis
    sens = session.export_sensitivity(analysis)
    just = justify_analysis(analysis, sens)
    assert rows["SOFT-LIM"]["justificacion"].startswith(just.text("SOFT-LIM"))
    assert rows["SOFT-LIM"]["en el top-5 (prob.)"] == pytest.approx(
        float(sens.acceptability.top_k_probability["SOFT-LIM"]))


def test_sensitivity_and_methodology_record_the_fixed_seed(exported):
    path, _ = exported
    wb = openpyxl.load_workbook(path)
    meta = {r[0]: r[1] for r in wb["Metodologia"].iter_rows(min_row=2, values_only=True)}
    assert meta["sensitivity.seed"] == session.EXPORT_SEED
    assert meta["sensitivity.samples"] == session.EXPORT_SAMPLES
    assert meta["justification.risk.R1"] == 3000
    titles = [r[0] for r in wb["Sensibilidad"].iter_rows(values_only=True) if r[0]]
    assert "Parámetros del análisis de sensibilidad" in titles and "Resumen por clúster" in titles
    assert wb["Sensibilidad"].page_setup.orientation == "landscape"


def test_export_reimports_as_a_valid_input_that_ranks_the_same(exported):
    path, analysis = exported
    again = read_workbook(path)
    assert again.ok, again.issues
    assert again.problem.settings["note.SOFT-LIM"] == "=Revisar con PRODUCE"  # annotations travel in the file
    rerun = session.run(again.problem)
    assert rerun.main.order == analysis.main.order
    assert rerun.main.scores.to_dict() == pytest.approx(analysis.main.scores.to_dict(), abs=1e-12)


def test_same_input_exports_the_same_justification(exported, tmp_path):
    path, analysis = exported
    second = tmp_path / "otra.xlsx"
    session.export(second, analysis, input_sha256=None)
    a = [r[-3:] for r in openpyxl.load_workbook(path)["Prioridades"].iter_rows(values_only=True)]
    b = [r[-3:] for r in openpyxl.load_workbook(second)["Prioridades"].iter_rows(values_only=True)]
    assert a == b


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_export(exported, tmp_path):
    """LibreOffice converts the workbook headlessly: it opened it without a repair step."""
    path, _ = exported
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "prioridades.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and pdf.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
        assert "Software Lima" in text and "justificacion" in text
