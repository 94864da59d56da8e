"""The PDF report for the minutes: every cluster and every section is in its text, pages are
numbered, fonts with accents are embedded, annotations and the committee appear, English works.

Text is extracted with pdftotext (poppler); the tests that need it are skipped without it."""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import subprocess

import pytest

import resources
from mcda import session
from mcda.report import SECTIONS, build_report
from mcda.text import message
from mcda.workbook.reader import read_workbook

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
DATE = _dt.date(2026, 11, 25)


def pdf_text(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    read = read_workbook(resources.sample_workbook())
    problem = read.problem.replace(settings={**read.problem.settings,
                                             "note.CAFE-JUN": "Visita de campo en marzo <confirmar> & revisar"})
    analysis = session.run(problem)
    path = tmp_path_factory.mktemp("report") / "informe.pdf"
    data = build_report(analysis, path, input_sha256=read.sha256, date=DATE)
    return path, data, analysis


def test_report_is_a_pdf_written_to_the_path(sample_report):
    path, data, _ = sample_report
    assert data.startswith(b"%PDF-") and path.read_bytes() == data


@needs_poppler
def test_every_cluster_and_every_section_is_in_the_text(sample_report):
    path, _, analysis = sample_report
    text = flat(pdf_text(path))
    for key in SECTIONS:
        assert message(f"report.section.{key}", "es") in text, key
    for c in analysis.problem.clusters:
        assert c.name in text and c.id in text
    for title in ("Priorización de clústeres", "Lista de prioridades justificada para el acta del comité",
                  "25 de noviembre de 2026"):
        assert title in text
    for m in analysis.problem.members:  # the committee on the cover
        assert m.name in text


@needs_poppler
def test_pages_are_numbered_and_each_cluster_has_a_profile_page(sample_report):
    path, _, analysis = sample_report
    pages = pdf_text(path).split("\f")
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert f"Página 2 de {total}" in pages[1] and f"Página {total} de {total}" in pages[-1]
    assert "Página 1 de" not in pages[0]  # not on the cover
    for c in analysis.problem.clusters:
        heading = f"{int(analysis.main.ranks[c.id])}. {c.name} ({c.id})"
        profile = [p for p in pages if heading in p and "Logro en el grupo" in p]
        assert len(profile) == 1, c.id


@needs_poppler
def test_justifications_annotations_and_accents_reach_the_pdf(sample_report):
    path, _, analysis = sample_report
    text = flat(pdf_text(path))
    assert "Visita de campo en marzo <confirmar> & revisar" in text  # escaped, not read as markup
    assert "Sugerencia de política (editable)" in text and "Alerta de riesgo" in text
    assert "(−0.0" in text  # the typographic minus of negative contributions
    assert "≤" in text or "≥" in text or "−" in text
    top = analysis.main.order[0]
    assert "Aventaja a" in text or "Su ventaja sobre el siguiente" in text
    assert analysis.problem.cluster(top).name in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler) not installed")
def test_dejavu_fonts_are_embedded(sample_report):
    path, _, _ = sample_report
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert rows and all(" yes " in line for line in rows)  # emb column
    assert "Helvetica" not in fonts


@needs_poppler
def test_english_report(tmp_path):
    analysis = session.run(read_workbook(resources.sample_workbook()).problem)
    path = tmp_path / "report.pdf"
    build_report(analysis, path, lang="en", date=DATE, samples=300, seed=7, title="Arequipa committee")
    text = flat(pdf_text(path))
    for key in SECTIONS:
        assert message(f"report.section.{key}", "en") in text
    assert "Arequipa committee" in text and "November 25, 2026" in text and "Page 2 of" in text
    assert "sensitivity.seed 7" in text and "sensitivity.samples 300" in text


@needs_poppler
def test_without_judgments_or_sensitivity_the_report_says_so(tmp_path):
    problem = read_workbook(resources.sample_workbook()).problem
    plain = problem.replace(judgments=(), members=())
    analysis = session.run(plain)
    path = tmp_path / "simple.pdf"
    build_report(analysis, path, date=DATE, samples=0, region="Junín")
    text = flat(pdf_text(path))
    assert message("report.cover.no_committee", "es") in text
    assert "Junín" in text
    assert message("report.sensitivity.none", "es") in text
    assert "Los pesos no provienen de comparaciones por pares del comité" in text


def _body_lines(page: str) -> list[str]:
    """A page's text lines without the running title and the "clusterprio … Página X de Y" footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [line for line in lines if line != "Priorización de clústeres" and not re.search(r"Página \d+ de \d+$", line)]


@needs_poppler
def test_no_page_holds_only_the_tail_of_a_paragraph(sample_report):
    """Audit: a page held only "de distribución)." — the last line of the last cluster's policy
    suggestion before the profiles section.  No widows or orphans, a cluster's text on one page,
    headings kept with what follows them."""
    from mcda.report.style import Styles

    s = Styles()
    assert (s.body.allowWidows, s.body.allowOrphans, s.small.allowWidows, s.policy.allowWidows) == (0, 0, 0, 0)
    assert s.h1.keepWithNext and s.h2.keepWithNext
    path, _, _ = sample_report
    pages = [p for p in pdf_text(path, "-layout").split("\f") if p.strip()]
    for n, page in enumerate(pages[1:], start=2):
        body = _body_lines(page)
        assert len(body) >= 3, (n, body)
        assert body[-1] != "Avisos del cálculo", n  # a heading never ends a page


@needs_poppler
def test_cover_names_the_main_regions_and_region_overrides_it(sample_report, tmp_path):
    from mcda.report.context import default_region

    path, _, analysis = sample_report
    cover = flat(pdf_text(path, "-l", "1"))
    assert "Arequipa, Lima, Junín y otras 13 regiones" in cover  # the sample's 16 regions, most clusters first
    assert default_region(analysis.problem, "en") == "Arequipa, Lima, Junín and 13 other regions"
    assert "16 regiones" not in cover
    other = tmp_path / "junin.pdf"
    build_report(analysis, other, date=DATE, samples=50, region="Gobierno Regional de Junín")
    cover = flat(pdf_text(other, "-l", "1"))
    assert "Gobierno Regional de Junín" in cover and "otras" not in cover


@needs_poppler
def test_methodology_annex_writes_numbers_and_words_as_the_report(sample_report):
    path, _, _ = sample_report
    text = flat(pdf_text(path))
    assert "justification.risk.R1 2,500" in text and "2500.0" not in text
    assert "competition" not in text and "puestos de competición (1, 2, 2, 4)" in text
    assert "Detalle de la ponderación" not in text and ": scheme" not in text
    assert "«Muy firme»: al menos el 90 % y un solo puesto" in text
