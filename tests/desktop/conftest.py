"""Fixtures for the desktop tests: isolated settings, no modal dialogs, Qt warnings fail."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QtMsgType
from PySide6.QtWidgets import QFileDialog, QMessageBox

#: Qt messages that say nothing about our code (offscreen platform plugin noise).
IGNORED_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "QFont::setPointSizeF: Point size <= 0",
)


@pytest.fixture(autouse=True)
def qt_warnings_fail(qtlog: Any) -> Iterator[None]:
    """Any Qt warning or critical message during a test fails it (as in qutebrowser)."""
    yield
    bad = [r for r in qtlog.records
           if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
           and not any(text in r.message for text in IGNORED_QT_MESSAGES)]
    assert not bad, "Qt warnings: " + "; ".join(r.message for r in bad)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings and the data folder (recovery files) in a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("CLUSTERPRIO_DATA_DIR", str(folder / "data"))
    return folder


@dataclass
class Dialogs:
    """Records every dialog the code tried to show and answers it."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)
    open_files: list[str] = field(default_factory=list)
    save_files: list[str] = field(default_factory=list)

    def answer(self, kind: str, text: str, default: Any) -> Any:
        self.shown.append((kind, text))
        return self.answers.pop(0) if self.answers else default

    def texts(self) -> str:
        return "\n".join(t for _k, t in self.shown)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """No modal dialog is ever shown in a test: static functions are replaced."""
    d = Dialogs()
    ok = QMessageBox.StandardButton.Ok

    def question(parent: Any, title: str, text: str, buttons: Any = None, default: Any = None) -> Any:
        return d.answer("question", text, default if default is not None else QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda parent, title, text, *a, _n=name, **k: d.answer(_n, text, ok)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: d.answer("about", text, None)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: d.answer("exec", self.text(), ok))
    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: d.answer("open", self.text() + "\n"
                                                                       + self.detailedText(), None))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (d.open_files.pop(0), "") if d.open_files else ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (d.save_files.pop(0), "") if d.save_files else ("", "")))
    return d


@pytest.fixture
def window(qtbot: Any) -> Iterator[Any]:
    """The real main window, shown offscreen; closed without questions at the end."""
    from desktop.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.workspace is not None:
        w.workspace.ranker.shutdown()
        for view in w.workspace.views.values():
            workers = getattr(view, "workers", None)
            if workers is not None:
                workers.cancel_all()
                workers.wait()
    w.document.undo_stack.setClean()
    w.files.shutdown()


def wait_results(qtbot: Any, window: Any, action: Any = None, timeout: int = 30_000) -> Any:
    """Run ``action`` and wait until the ranking of the document's current problem is shown."""
    if action is not None:
        action()

    def current() -> bool:
        ws = window.workspace
        return ws is not None and ws.ranker.up_to_date()

    qtbot.waitUntil(current, timeout=timeout)
    return window.workspace.ranker.latest


@pytest.fixture
def sample_window(qtbot: Any, window: Any) -> Any:
    """The window with the bundled sample open and ranked."""
    wait_results(qtbot, window, window.files.open_sample)
    return window
