"""The English Qt Linguist source is up to date with the code and complete; the .qm is its compilation."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop import i18n


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation text, translation type) of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            t = m.find("translation")
            assert t is not None
            out[(name, m.findtext("source") or "")] = (t.text or "", t.get("type", ""))
    return out


def test_ts_is_not_stale(tmp_path: Path) -> None:
    """Running lupdate on the sources adds nothing and removes nothing."""
    committed = i18n.ts_path("en")
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    i18n.lupdate(fresh)
    before, after = messages(committed), messages(fresh)
    new = sorted(set(after) - set(before))
    gone = sorted(set(before) - set(after))
    assert not new, f"strings missing from the .ts (run python -m desktop.i18n): {new}"
    assert not gone, f"strings no longer in the code (run python -m desktop.i18n): {gone}"


def test_every_string_has_an_english_translation() -> None:
    for (context, source), (text, kind) in messages(i18n.ts_path("en")).items():
        assert kind == "", f"{context}: {source!r} is {kind}"
        assert text.strip(), f"{context}: {source!r} has no translation"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (context, source, text)


def test_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    qm = tmp_path / "en.qm"
    i18n.lrelease(i18n.ts_path("en"), qm)
    assert qm.read_bytes() == i18n.qm_path("en").read_bytes(), "run python -m desktop.i18n"


@pytest.fixture
def english() -> Any:
    from desktop import app

    app.install_translators("en")
    yield
    app.install_translators("es")


def test_english_interface(qtbot: Any, english: Any) -> None:
    from desktop.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    assert w.start_page.sample_button.text().startswith("Open the sample")


def test_spanish_qt_dialogs_are_translated() -> None:
    """qtbase_es.qm is installed for Spanish: Qt's own buttons speak Spanish."""
    from PySide6.QtCore import QCoreApplication

    from desktop import app

    app.install_translators("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
