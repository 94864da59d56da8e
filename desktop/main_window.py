"""The main window: start page, step flow, menus, title, drag and drop.

Only Qt and small desktop modules are imported here, so the window shows fast;
the workspace (and with it pandas, the engine, matplotlib) is imported when
the first workbook is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from desktop import app as application
from desktop import settings
from desktop.controller import FileController
from desktop.document import Document
from desktop.fileio import is_workbook
from desktop.views.start_page import StartPage

if TYPE_CHECKING:
    from desktop.views.workspace import Workspace

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


class MainWindow(QMainWindow):
    """clusterprio's window."""

    #: Emitted once, the first time the window is shown (start-up benchmark).
    firstShown = Signal()
    #: A workspace was created for a newly loaded document.
    workspaceReady = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(900, 600)
        self.setAcceptDrops(True)
        self.document = Document(parent=self)
        self.files = FileController(self, self.document)
        self.workspace: Workspace | None = None
        self._shown = False

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.start_page.openRequested.connect(self.files.open_dialog)
        self.start_page.sampleRequested.connect(self.files.open_sample)
        self.start_page.templateRequested.connect(self.files.save_template)
        self.start_page.recentRequested.connect(self.files.open_path)
        self.start_page.indicatorsRequested.connect(self.show_indicators)
        self._indicators_page: QWidget | None = None

        self._build_menus()
        self.document.loaded.connect(self._on_loaded)
        self.document.pathChanged.connect(self._update_title)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.files.recentChanged.connect(self._set_recent)
        self._set_recent(settings.recent_files())
        self._update_title()
        self._restore_geometry()

    # -- menus -------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Archivo"))
        self._action(file_menu, self.tr("&Abrir…"), self.files.open_dialog, QKeySequence.StandardKey.Open,
                     self.tr("Abrir un libro de Excel o LibreOffice"))
        self._action(file_menu, self.tr("Abrir la &muestra"), self.files.open_sample, None,
                     self.tr("Abrir los datos ilustrativos de clústeres del Perú"))
        self.recent_menu = file_menu.addMenu(self.tr("Archivos &recientes"))
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.tr("&Guardar"), self.files.save, QKeySequence.StandardKey.Save,
                                        self.tr("Guardar toda la sesión en el libro"))
        self.save_as_action = self._action(file_menu, self.tr("Guardar &como…"), self.files.save_as,
                                           QKeySequence.StandardKey.SaveAs, self.tr("Guardar la sesión en otro libro"))
        self.export_action = self._action(file_menu, self.tr("&Exportar resultados…"), self.show_export, "Ctrl+E",
                                          self.tr("Escribir el libro de resultados"))
        self._action(file_menu, self.tr("Guardar la &plantilla en blanco…"), self.files.save_template)
        self._action(file_menu, self.tr("Calcular &indicadores desde datos brutos…"), self.show_indicators, None,
                     self.tr("Calcular criterios a partir de datos regionales brutos"))
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, self.tr("&Cerrar el libro"), self.files.close_document,
                                         QKeySequence.StandardKey.Close)
        self._action(file_menu, self.tr("&Salir"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edición"))
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Deshacer"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Rehacer"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("&Ver"))
        self.step_menu = view_menu.addMenu(self.tr("&Paso"))
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Aumentar el texto"), lambda: self.zoom_by(+1), QKeySequence.StandardKey.ZoomIn,
                     self.tr("Texto más grande, para el proyector"))
        self._action(view_menu, self.tr("&Reducir el texto"), lambda: self.zoom_by(-1), QKeySequence.StandardKey.ZoomOut)
        self._action(view_menu, self.tr("Tamaño &normal"), lambda: self.set_zoom(1.0), "Ctrl+0")
        self._action(view_menu, self.tr("Pantalla &completa"), self._toggle_full_screen,
                     QKeySequence.StandardKey.FullScreen)

        lang_menu = bar.addMenu(self.tr("&Idioma"))
        group = QActionGroup(self)
        current = settings.stored_language()
        for code, label in (("es", "Español"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            lang_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("A&yuda"))
        self._action(help_menu, self.tr("&Cómo se usa"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Acerca de clusterprio"), self.show_about)
        self._action(help_menu, self.tr("Acerca de &Qt"), QApplication.aboutQt)
        self._update_actions()

    def _set_recent(self, files: list[str]) -> None:
        self.start_page.set_recent_files(files)
        self.recent_menu.clear()
        for i, f in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1}  {Path(f).name}")
            action.setToolTip(f)
            action.triggered.connect(lambda _=False, p=f: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    def _update_actions(self) -> None:
        has_doc = self.document.problem is not None
        for action in (self.save_action, self.save_as_action, self.export_action, self.close_action):
            action.setEnabled(has_doc)

    # -- document ------------------------------------------------------------
    def _on_loaded(self, problem: object) -> None:
        if self.workspace is None:
            from desktop.views.workspace import Workspace

            self.workspace = Workspace(self.document, self)
            self.stack.addWidget(self.workspace)
            from desktop.views.committee_view import install as install_committee

            install_committee(self)  # the Comité step, its menu and session (audit trail, rounds)
            self.workspace.add_step_actions(self.step_menu)
        self.workspace.reload()
        self.stack.setCurrentWidget(self.workspace)
        self._update_actions()
        self._update_title()
        self.workspaceReady.emit()

    def show_indicators(self) -> None:
        """The Indicadores step; before any workbook is open, as a page of its own."""
        if self.workspace is not None and self.document.problem is not None:
            self.stack.setCurrentWidget(self.workspace)
            self.workspace.go_to("indicators")
            return
        if self._indicators_page is None:
            from desktop.views.indicators_view import IndicatorsView

            page = IndicatorsView(self.document, files=self.files, standalone=True)
            page.setObjectName("indicatorsPage")
            page.backRequested.connect(self.show_start_page)
            self.stack.addWidget(page)
            self._indicators_page = page
        self.stack.setCurrentWidget(self._indicators_page)

    def show_start_page(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        self._update_actions()
        self._update_title()

    def _update_title(self, *_: object) -> None:
        if self.document.problem is None:
            self.setWindowTitle("clusterprio")
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.files.display_name()}[*] — clusterprio")
        self.setWindowModified(self.document.dirty)

    def show_export(self) -> None:
        if self.workspace is not None:
            self.workspace.go_to("export")

    # -- view --------------------------------------------------------------
    def zoom_by(self, step: int) -> None:
        current = settings.zoom()
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index + step))])

    def set_zoom(self, factor: float) -> None:
        settings.set_zoom(factor)
        application.apply_zoom(factor)
        self.statusBar().showMessage(self.tr("Tamaño del texto: %1 %").replace("%1", str(round(factor * 100))), 3000)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def choose_language(self, code: str) -> None:
        if code == settings.stored_language():
            return
        settings.set_language(code)
        QMessageBox.information(self, self.tr("Idioma"),
                                self.tr("El idioma se aplicará la próxima vez que abra clusterprio."))

    def show_about(self) -> None:
        from mcda import __version__

        QMessageBox.about(self, self.tr("Acerca de clusterprio"), self.tr(
            "<b>clusterprio</b> %1<br>Priorización de clústeres industriales con métodos multicriterio "
            "(AHP, TOPSIS, VIKOR, PROMETHEE II, WSM, COPRAS).<br>Funciona sin conexión: sus datos no se "
            "envían a ninguna parte.").replace("%1", __version__))

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Cómo se usa"), self.tr(
            "<p>Siga los pasos de la barra lateral:</p><ol>"
            "<li><b>Datos</b>: revise los valores de cada clúster y corrija los problemas señalados.</li>"
            "<li><b>Indicadores</b>: calcule criterios a partir de datos regionales brutos (opcional).</li>"
            "<li><b>Criterios</b>: nombre, grupo, sentido (beneficio o costo) y unidad de cada criterio.</li>"
            "<li><b>Comité</b>: los miembros, sus comparaciones por pares, la consistencia y el consenso.</li>"
            "<li><b>Pesos</b>: reparta la importancia de los criterios directamente, por grupos, por orden "
            "o con comparaciones por pares (AHP).</li>"
            "<li><b>Resultados</b>: el orden de prioridad con el método elegido y los demás métodos.</li>"
            "<li><b>Sensibilidad</b>: qué puestos son firmes y cuáles cambian con pequeños cambios de pesos.</li>"
            "<li><b>Exportar</b>: escriba el libro de resultados, la lista justificada y el informe PDF para el acta.</li>"
            "<li><b>Seguimiento</b>: compare la línea de base con datos posteriores y siga las metas.</li></ol>"
            "<p>Ctrl+Z deshace cualquier cambio. La guía completa está en docs/guia-usuario.md.</p>"))

    # -- window events -----------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.store().value(settings.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._shown:
            self._shown = True
            self.firstShown.emit()
            QTimer.singleShot(0, self.files.offer_recovery)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() and is_workbook(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile() and is_workbook(url.toLocalFile()):
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda p=url.toLocalFile(): self.files.open_path(p))
                return
        event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        settings.store().setValue(settings.GEOMETRY, self.saveGeometry())
        self.files.shutdown()
        event.accept()
