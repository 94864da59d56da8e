"""Opening, saving, the template, recent files, autosave and recovery.

Dialogs go through the static ``QMessageBox`` / ``QFileDialog`` functions so
tests can replace them.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop import fileio, settings
from desktop.document import Document, Origin
from desktop.recovery import AUTOSAVE_INTERVAL_MS, FIRST_AUTOSAVE_DELAY_MS, RecoveryStore

if TYPE_CHECKING:
    from mcda.errors import Issue

log = logging.getLogger("desktop.files")


class FileController(QObject):
    """File commands of the main window."""

    recentChanged = Signal(list)
    #: A file was opened (path or "" for the sample).
    opened = Signal(str)
    #: The session was saved to this path.
    saved = Signal(str)
    #: A recovery file was written.
    autosaved = Signal(str)

    def __init__(self, window: QWidget, document: Document) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self._display_name = ""
        self.recovery: RecoveryStore | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        # precise: a coarse timer may fire up to 5 % late, past the promised delays
        self.autosave_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._last_autosave: float | None = None  # time.monotonic() of the last recovery file
        document.undo_stack.indexChanged.connect(self._on_edit)

    def tr(self, text: str) -> str:  # one translation context for the file commands
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FileController", text)

    # -- names ---------------------------------------------------------------
    def display_name(self) -> str:
        if self.document.path is not None:
            return self.document.path.name
        return self._display_name or self.tr("Sin título")

    def _filters(self) -> str:
        return self.tr("Libros de cálculo (*.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)")

    # -- open ------------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Abrir un libro"), settings.last_directory(),
                                              self._filters())
        if path:
            self.open_path(path, ask=False)

    def open_sample(self) -> None:
        import resources

        if not self.maybe_save():
            return
        if self._load(resources.sample_workbook(), as_path=None, origin=Origin.NONE):
            self._display_name = self.tr("Muestra (ilustrativa)")
            self.document.set_path(None)  # refreshes the title
            self.opened.emit("")

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        p = Path(path)
        if not p.exists():
            QMessageBox.warning(self.window, self.tr("Abrir un libro"),
                                self.tr("El archivo no existe:\n%1").replace("%1", str(p)))
            self.recentChanged.emit(settings.remove_recent_file(str(path)))
            return False
        if not self._load(p, as_path=p, origin=Origin.INPUT):
            return False
        settings.set_last_directory(p)
        self.recentChanged.emit(settings.add_recent_file(p))
        self.opened.emit(str(p))
        return True

    def _load(self, path: Path, as_path: Path | None, origin: Origin) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = fileio.read(path)
        finally:
            QApplication.restoreOverrideCursor()
        if result.problem is None:
            log.warning("could not open %s: %s", path, ", ".join(i.code for i in result.issues))
            self._show_issues(self.tr("No se puede abrir el libro"),
                              self.tr("El libro %1 tiene problemas que impiden abrirlo. Corríjalos en la hoja "
                                      "de cálculo y vuelva a abrirlo.").replace("%1", path.name), result.issues)
            return False
        self.document.load(result.problem, as_path, origin=origin, read_result=result)
        return True

    def load_problem(self, problem: Any, display_name: str) -> bool:
        """Load a problem made in the app (e.g. from indicators) as a new, unsaved
        document, after asking about unsaved work; False when the user cancels."""
        if not self.maybe_save():
            return False
        self.document.load(problem, None, origin=Origin.NONE)
        self._display_name = display_name
        self.document.set_path(None)  # refreshes the title
        self._mark_recovered_dirty()  # not saved anywhere yet: closing asks
        self.opened.emit("")
        return True

    def _show_issues(self, title: str, text: str, issues: tuple[Issue, ...] | list[Issue]) -> None:
        from mcda.text import render

        lang = settings.language()
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText("\n".join(render(i, lang) for i in issues))
        box.open()

    # -- save ------------------------------------------------------------------
    def save(self) -> bool:
        doc = self.document
        if doc.problem is None:
            return False
        if doc.path is None:
            return self.save_as()
        if doc.origin is Origin.INPUT:
            answer = QMessageBox.question(
                self.window, self.tr("Guardar"),
                self.tr("%1 es el libro que abrió. ¿Quiere reemplazarlo con la sesión actual?\n\n"
                        "Elija «No» para guardar con otro nombre y conservar el original.")
                .replace("%1", doc.path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.No:
                return self.save_as()
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        doc = self.document
        if doc.problem is None:
            return False
        suggested = doc.path if doc.path is not None else Path(settings.last_directory()) / "sesion_clusterprio.xlsx"
        if doc.path is not None and doc.origin is Origin.INPUT:
            suggested = doc.path.with_name(doc.path.stem + "_sesion.xlsx")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Guardar como"), str(suggested),
                                              self.tr("Libro de Excel (*.xlsx)"))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        from mcda.errors import McdaError

        problem = self.document.problem
        assert problem is not None
        try:
            fileio.save_session(problem, path)
        except McdaError as exc:
            log.warning("could not save the session to %s: %s", path, ", ".join(i.code for i in exc.issues))
            return self._offer_save_as(path, exc.issues)
        except OSError as exc:
            log.warning("could not save the session to %s: %s", path, exc)
            from mcda.errors import Issue as _Issue

            return self._offer_save_as(path, [_Issue("write.failed", params={
                "path": str(path), "reason": exc.strerror or str(exc)})])
        self.document.mark_saved(path)
        settings.set_last_directory(path)
        self.recentChanged.emit(settings.add_recent_file(path))
        if self.recovery is not None:
            self.recovery.clear()
        self.autosave_timer.stop()
        self.saved.emit(str(path))
        return True

    def _offer_save_as(self, path: Path, issues: tuple[Issue, ...] | list[Issue]) -> bool:
        """The session could not be written to ``path``: say why, keep the work, offer «Guardar como»."""
        from mcda.text import render

        lang = settings.language()
        reasons = "\n".join(render(i, lang) for i in issues)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No se pudo guardar"),
                          self.tr("No se pudo guardar la sesión en %1.\n\n%2\n\nSu trabajo sigue abierto y no se "
                                  "ha perdido nada. ¿Quiere guardarlo con otro nombre o en otra carpeta?")
                          .replace("%1", str(path)).replace("%2", reasons),
                          QMessageBox.StandardButton.Cancel, self.window)
        save_as = box.addButton(self.tr("Guardar &como…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return self.save_as()
        return False

    def save_template(self) -> bool:
        import resources

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Guardar la plantilla en blanco"),
                                              str(Path(settings.last_directory()) / "plantilla_clusterprio.xlsx"),
                                              self.tr("Libro de Excel (*.xlsx)"))
        if not path:
            return False
        from mcda.errors import McdaError
        from mcda.text import render
        from mcda.workbook.save import atomic_write_bytes

        try:
            atomic_write_bytes(path, resources.template_workbook().read_bytes())
        except McdaError as exc:
            log.warning("could not write the template to %s: %s", path, exc.code)
            QMessageBox.warning(self.window, self.tr("No se pudo guardar"),
                                "\n".join(render(i, settings.language()) for i in exc.issues))
            return False
        settings.set_last_directory(path)
        return True

    # -- close -----------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved work; False when the user cancels."""
        if self.document.problem is None or not self.document.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Cambios sin guardar"),
            self.tr("La sesión «%1» tiene cambios sin guardar. ¿Quiere guardarlos?").replace("%1", self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return True

    def close_document(self) -> None:
        if not self.maybe_save():
            return
        self.document.undo_stack.clear()
        self.document._problem = None
        self.document.set_path(None)
        if self.recovery is not None:
            self.recovery.clear()
        show = getattr(self.window, "show_start_page", None)
        if callable(show):
            show()

    # -- autosave and recovery -------------------------------------------------
    def _on_edit(self, *_: Any) -> None:
        """Schedule an autosave: soon after the first edit, then at most every 30 s."""
        if not self.document.dirty or self.autosave_timer.isActive():
            return
        delay = FIRST_AUTOSAVE_DELAY_MS
        if self._last_autosave is not None:
            since = int((time.monotonic() - self._last_autosave) * 1000)
            delay = max(delay, AUTOSAVE_INTERVAL_MS - since)
        self.autosave_timer.start(delay)

    def autosave(self) -> None:
        if self.document.problem is None or not self.document.dirty:
            return
        if self.recovery is None:
            self.recovery = RecoveryStore()
        self._last_autosave = time.monotonic()
        try:
            self.recovery.save(self.document.problem, self.document.path)
        except Exception:  # noqa: BLE001 - autosave must never interrupt work
            log.warning("autosave to %s failed", self.recovery.workbook, exc_info=True)
            return
        self.autosaved.emit(str(self.recovery.workbook))

    def offer_recovery(self) -> None:
        if self.recovery is None:
            self.recovery = RecoveryStore()
        for item in self.recovery.orphans():
            when = dt.datetime.fromtimestamp(item.saved_at).strftime("%d/%m/%Y %H:%M")
            name = Path(item.original).name if item.original else self.tr("sin título")
            answer = QMessageBox.question(
                self.window, self.tr("Recuperar la sesión"),
                self.tr("clusterprio se cerró sin guardar la sesión «%1». Hay una copia automática del %2.\n\n"
                        "¿Quiere recuperarla?").replace("%1", name).replace("%2", when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes and self.document.problem is None:
                result = fileio.read(item.workbook)
                if result.problem is not None:
                    self.document.load(result.problem, None, origin=Origin.NONE, read_result=result)
                    self._display_name = self.tr("%1 (recuperado)").replace("%1", name)
                    self.document.set_path(None)
                    self._mark_recovered_dirty()
                    self.opened.emit("")
            RecoveryStore.discard(item)

    def _mark_recovered_dirty(self) -> None:
        """A recovered session is unsaved work: the title shows it and closing asks."""
        self.document.undo_stack.resetClean()

    def shutdown(self) -> None:
        self.autosave_timer.stop()
        if self.recovery is not None:
            self.recovery.close()
