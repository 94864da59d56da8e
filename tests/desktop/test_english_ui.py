"""English interface: the texts that come from the engine's catalogues follow the interface's language.

The interface's own strings are translated by Qt (resources/translations); the column headers of the
Indicadores tables, the formulas, the engine's warnings, the sentences of the sensitivity summary, the
tornado's place labels, the justified list and the preview of the output workbook come from
resources/messages/*.json, rendered with ``desktop.settings.language()``.  These texts were Spanish in an
English interface whenever the stored preference said Spanish: in the English screenshots
(docs/screenshots.py installs the translators without touching the preference), and after choosing
«Español» in the Language menu of an English session (the choice applies at the next start).

The markers below are the Spanish texts seen in the English screenshots; names the user entered in the
workbook (clusters, criteria, groups, units, sources) are Spanish in the sample and are left out of the
check.  Sheet names of the output workbook (Prioridades, Pesos …) are part of the file format
(/work/shared/spec/contract.md) and stay Spanish in both languages.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop import settings
from tests.desktop.conftest import wait_results

#: Spanish texts of the catalogues that were seen in the English interface (each one is found by the same
#: walk in the Spanish interface: see the last test).
SPANISH = (
    "síntesis aditiva",  # method name (combos, status lines)
    "Empleo (I1)", "Estrellas", "dividida por", "Los encadenamientos usan",  # Indicadores: headers, formula, notes
    "no admite valores negativos", "tiene valores negativos",  # engine warnings (Resultados, Sensibilidad)
    ".º", " y ",  # sensitivity summary and tornado: ordinals, names joined with "y"
    "queda en el puesto", "Alerta de riesgo", "Sugerencia de política", "Fuente de",  # justified list
    "puesto", "puntaje",  # headers of the Prioridades preview
)


@pytest.fixture
def english() -> Iterator[None]:
    """The interface runs in English: its translators installed, as docs/screenshots.py --lang en and
    test_translations.py do; the stored preference is left alone (Spanish, the default)."""
    from desktop import app

    app.install_translators("en")
    yield
    app.install_translators("es")


def user_texts(problem: Any) -> list[str]:
    """What the user typed in the workbook (kept as entered in any language), longest first."""
    texts = {c.name for c in problem.clusters} | {c.region or "" for c in problem.clusters}
    for c in problem.criteria:
        texts |= {c.name, c.group or "", c.unit or "", c.description or "", c.source or ""}
    return sorted((t for t in texts if len(t) > 2), key=len, reverse=True)


def leaks(texts: list[str], problem: Any, markers: tuple[str, ...] = SPANISH) -> list[str]:
    """The texts that still hold one of ``markers`` once the user's own words are taken out."""
    found = []
    user = user_texts(problem)
    for text in texts:
        rest = text
        for u in user:
            rest = rest.replace(u, "")
        if any(marker in rest for marker in markers):
            found.append(text)
    return found


def headers(model: Any) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in range(model.columnCount())]


def chart_texts(canvas: Any) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in canvas.figure.findobj(Text) if t.get_text()]


def catalogue_texts(qtbot: Any, window: Any) -> list[str]:
    """Walk the steps whose texts come from the catalogues and collect what the user reads."""
    ws = window.workspace
    texts: list[str] = []

    ws.go_to("indicators")
    indicators = ws.views["indicators"]
    with qtbot.waitSignal(indicators.session.busyChanged, timeout=30_000, check_params_cb=lambda busy: not busy):
        indicators.use_sample()
    table = indicators.clusters_table
    table.setCurrentIndex(table.model().index(0, indicators.clusters_model.column_of("lq")))
    texts += headers(indicators.clusters_model) + headers(indicators.sectors_model)
    texts += [indicators.formula.toPlainText(), indicators.notes.text()]
    texts += [indicators.criteria.item(i).text() for i in range(indicators.criteria.count())]

    ws.go_to("results")
    results = ws.views["results"]
    texts += [results.method_combo.itemText(i) for i in range(results.method_combo.count())]
    texts += [results.status.text(), results.status.toolTip()]

    ws.go_to("sensitivity")
    sens = ws.views["sensitivity"]
    sens.controls.samples.setValue(400)
    sens.controls.seed.setValue(7)
    with qtbot.waitSignal(sens.finished, timeout=120_000):
        sens.controls.run_button.click()
    texts += [sens.summary.text(), sens.status.text()]
    sens.tabs.setCurrentWidget(sens.tornado)
    qtbot.waitUntil(lambda: sens.tornado.canvas is not None, timeout=30_000)
    texts += chart_texts(sens.tornado.canvas)

    ws.go_to("export")
    export = ws.views["export"]
    panel = export.justification
    export.show_justification()
    qtbot.waitUntil(lambda: ws.ranker.up_to_date() and panel._shown_for is ws.ranker.latest, timeout=60_000)
    panel.clusters.setCurrentRow(1)
    texts += [panel.text_view.toPlainText(), panel.policy_edit.placeholderText()]
    export.tabs.setCurrentIndex(1)  # the preview of the output workbook
    export.entered()
    qtbot.waitUntil(lambda: export.preview.count() > 0, timeout=30_000)
    titles = [export.preview.tabText(i) for i in range(export.preview.count())]
    priorities = export.preview.widget(titles.index("Prioridades"))
    texts += [priorities.horizontalHeaderItem(c).text() for c in range(priorities.columnCount())]
    return [t for t in texts if t]


def test_catalogue_texts_are_english_in_the_english_interface(qtbot: Any, english: Any, window: Any) -> None:
    assert window.menuBar().actions()[0].text() == "&File"
    wait_results(qtbot, window, window.files.open_sample)
    texts = catalogue_texts(qtbot, window)
    assert leaks(texts, window.document.problem) == []
    joined = "\n".join(texts)
    assert "Location quotient (I4)" in joined and "AHP (additive synthesis)" in joined  # the walk saw them
    assert "Risk flag" in joined and "rank" in joined


def test_choosing_spanish_applies_at_the_next_start_only(qtbot: Any, english: Any, window: Any,
                                                         dialogs: Any) -> None:
    """After «Español» in the Language menu, the running English interface keeps speaking English."""
    settings.set_language("en")  # started as ``python -m desktop --lang en``
    window.choose_language("es")
    assert "next time" in dialogs.texts()
    assert settings.stored_language() == "es"  # remembered for the next start
    wait_results(qtbot, window, window.files.open_sample)
    texts = catalogue_texts(qtbot, window)
    assert leaks(texts, window.document.problem) == []
    assert "Location quotient (I4)" in "\n".join(texts)


def test_the_same_walk_finds_every_marker_in_the_spanish_interface(qtbot: Any, window: Any) -> None:
    """The check can fail: in Spanish, each marker above is in what the walk collects."""
    wait_results(qtbot, window, window.files.open_sample)
    texts = catalogue_texts(qtbot, window)
    problem = window.document.problem
    for marker in SPANISH:
        assert leaks(texts, problem, (marker,)), marker
