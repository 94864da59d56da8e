"""The raw-data sample's "Acerca de" sheet states what the sheets hold (counted from the shipped data).

An audit found it still said "16 sectores" and that the figures "se eligieron para acercarse" to the
decision sample after commit 8620f7c, which gives every cluster activity its own sector (28 in all)
and derives the figures from the decision sample (docs/indicadores.md §7).
"""

import openpyxl
import pytest

import resources

RAW = resources.path("sample", "datos_brutos_muestra.xlsx")


@pytest.fixture(scope="module")
def book():
    return openpyxl.load_workbook(RAW, read_only=True)


def _column(ws, name):
    rows = list(ws.iter_rows(values_only=True))
    col = [str(h).strip().lower() for h in rows[0]].index(name)
    return [r[col] for r in rows[1:] if r[col] is not None]


def _about(book, lang):
    lines = [r[0] for r in book["Acerca de"].iter_rows(values_only=True)]
    blank = lines.index(None)
    return " ".join(lines[:blank] if lang == "es" else lines[blank + 1:])


def test_the_about_sheet_counts_match_the_data(book):
    sectors = set(_column(book["Empleo"], "sector"))
    regions = set(_column(book["Empleo"], "region"))
    cluster_sectors = {s.strip() for cell in _column(book["Mapeo"], "sector") for s in str(cell).split("/")}
    io_sectors = [r[0] for r in book["Insumo-Producto"].iter_rows(min_row=2, values_only=True) if r[0]]
    years = sorted(set(_column(book["Exportaciones"], "año")))
    assert len(set(io_sectors)) == len(sectors)
    es, en = _about(book, "es"), _about(book, "en")
    assert f"{len(sectors)} sectores, uno por cada actividad de los clústeres y " \
           f"{len(sectors - cluster_sectors)} para el resto de la economía" in es
    assert f"{len(sectors)} sectors, one per cluster activity and {len(sectors - cluster_sectors)} for the rest" in en
    assert f"insumo-producto ({len(io_sectors)} sectores" in es and f"table ({len(io_sectors)} sectors" in en
    assert f"Empleo ({len(regions)} regiones" in es and f"Empleo ({len(regions)} regions" in en
    assert f"Exportaciones ({years[0]}-{years[-1]}" in es


def test_the_about_sheet_says_the_figures_are_derived_from_the_decision_sample(book):
    es, en = _about(book, "es"), _about(book, "en")
    assert "se derivan de los valores de ese libro" in es and "acercarse" not in es
    assert "derived from that workbook's values" in en and "come close" not in en
    assert "(I1, I4, I5, L1, L2, G1, G2, R1, R2 y R3)" in es
