"""Package-level checks of the written workbooks, without Excel or LibreOffice.

A spreadsheet program shows a "repair" prompt when a part is not well-formed
XML, a relationship points at a missing part, a part has no content type, a
cell refers to a style that does not exist, or a sheet name breaks the rules
(ECMA-376 Part 1, §§ 9-10 (packaging) and 18.3.1.73 (sheet names), 18.8
(styles)).  These checks run on every workbook we write, with three
independent readers (the zip and XML parsers, openpyxl, python-calamine).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

import defusedxml.ElementTree as ET
import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import resources
from mcda.sample_data import sample_problem
from mcda.workbook.writer import write_output
from tests.mcda.test_writer import _problem, _results, _weights

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
      "r": "http://schemas.openxmlformats.org/package/2006/relationships"}


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = _problem()
    path = tmp_path_factory.mktemp("out") / "salida.xlsx"
    write_output(path, p, _results(p), weights=_weights(p), methodology={"seed": 1})
    return path


def _workbooks(output: Path) -> list[Path]:
    return [output, resources.sample_workbook(), resources.template_workbook()]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["output", "sample", "template"])
def test_package_is_consistent(output: Path, which: int) -> None:
    path = _workbooks(output)[which]
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        parsed = {n: ET.fromstring(zf.read(n)) for n in names if n.endswith((".xml", ".rels", ".vml"))}
        types = parsed["[Content_Types].xml"]
        defaults = {d.get("Extension").lower() for d in types.findall("ct:Default", NS)}
        overrides = {o.get("PartName").lstrip("/") for o in types.findall("ct:Override", NS)}
        for n in names - {"[Content_Types].xml"}:
            assert n in overrides or n.rsplit(".", 1)[-1].lower() in defaults, f"no content type for {n}"
        for rels_name, rels in parsed.items():
            if not rels_name.endswith(".rels"):
                continue
            base = posixpath.dirname(posixpath.dirname(rels_name))
            for rel in rels.findall("r:Relationship", NS):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                full = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(base, target)))
                assert full in names, f"{rels_name} points at missing {full}"
        xfs = len(parsed["xl/styles.xml"].find("m:cellXfs", NS))
        for n, root in parsed.items():
            if n.startswith("xl/worksheets/sheet"):
                for c in root.iter(f"{{{NS['m']}}}c"):
                    assert int(c.get("s", 0)) < xfs, f"{n} {c.get('r')} uses a missing style"
                assert root.find(".//m:f", NS) is None, f"{n} holds a formula"
        sheets = [s.get("name") for s in parsed["xl/workbook.xml"].iter(f"{{{NS['m']}}}sheet")]
    assert len({s.casefold() for s in sheets}) == len(sheets)
    for s in sheets:
        assert 1 <= len(s) <= 31 and not re.search(r"[\[\]:*?/\\]", s) and not s.startswith("'")


@pytest.mark.parametrize("which", [0, 1, 2], ids=["output", "sample", "template"])
def test_independent_readers_agree(output: Path, which: int) -> None:
    path = _workbooks(output)[which]
    ox = openpyxl.load_workbook(path, read_only=False)
    cal = CalamineWorkbook.from_path(str(path))
    assert cal.sheet_names == ox.sheetnames
    for ws in ox.worksheets:
        rows = cal.get_sheet_by_name(ws.title).to_python(skip_empty_area=False)
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            for c, value in enumerate(row):
                got = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
                if value is None:
                    assert got == "", (ws.title, r, c)
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    assert float(got) == float(value), (ws.title, r, c)
                else:
                    assert got == value, (ws.title, r, c)


def test_sample_problem_is_what_calamine_sees_in_clusters() -> None:
    cal = CalamineWorkbook.from_path(str(resources.sample_workbook()))
    rows = cal.get_sheet_by_name("Clusters").to_python()
    p = sample_problem()
    assert [r[0] for r in rows[1:]] == p.cluster_ids
