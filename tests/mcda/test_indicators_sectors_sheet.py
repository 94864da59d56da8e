"""The ``Sectores`` sheet of ``clusterprio-cli indicators -o`` speaks the output's language.

Sector types follow Rasmussen (1956) / Miller & Blair (2009, sect. 12.2): key (BL > 1 and
FL > 1), backward (BL > 1), forward (FL > 1), weak; the Spanish words are the catalogue's
``indicators.class.*`` (clave, de arrastre, de impulso, débil), the same the desktop table shows.
"""

from __future__ import annotations

import openpyxl
import pytest

import resources
from mcda.indicators.compute import compute_indicators
from mcda.indicators.output import SECTORS_SHEET, write_criteria_workbook
from mcda.indicators.raw_workbook import read_raw_workbook
from mcda.text import message


@pytest.fixture(scope="module")
def report():
    read = read_raw_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    assert read.ok, read.issues
    return compute_indicators(read.data)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sector_type_is_written_in_the_output_language(report, tmp_path, lang):
    path = tmp_path / f"criterios_{lang}.xlsx"
    write_criteria_workbook(path, report, lang)
    ws = openpyxl.load_workbook(path)[SECTORS_SHEET]
    header = [c.value for c in ws[1]]
    col = header.index(message("indicators.column.class", lang))
    written = [row[col] for row in ws.iter_rows(min_row=2, values_only=True) if row[col]]
    codes = [str(c) for c in report.sectors["class"].tolist() if isinstance(c, str) and c]
    assert written and len(written) == len(codes)
    assert written == [message(f"indicators.class.{c}", lang) for c in codes]
    if lang == "es":
        assert not {"key", "backward", "forward", "weak"} & set(written)
        assert set(written) <= {"clave", "de arrastre", "de impulso", "débil"}
