"""Problems of the raw-data workbook: a list, and for the selected one the sheet
and cell to correct (the file can be opened in the spreadsheet program).

Errors come first (they stop the computation), then warnings.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop import colors

if TYPE_CHECKING:
    from mcda.errors import Issue

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1


def where(issue: Issue) -> tuple[str, int | None, str | None]:
    """(sheet, row number, column letters) of an issue's cell; row/column ``None`` when absent."""
    sheet = issue.sheet or ""
    match = re.fullmatch(r"([A-Z]+)(\d+)", issue.cell or "")
    if match is None:
        return sheet, None, None
    return sheet, int(match.group(2)), match.group(1)


class IssuesPanel(QWidget):
    """The list and the detail of the selected problem.

    Signals
    -------
    issueSelected(object)
        The :class:`~mcda.errors.Issue` the user selected.
    """

    issueSelected = Signal(object)

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.path: Path | None = None
        self.list = QListWidget()
        self.list.setObjectName("rawIssues")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.detail = QLabel()
        self.detail.setObjectName("rawIssueDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Abrir el libro en la hoja de &cálculo"))
        self.open_button.setToolTip(self.tr("Abrir el libro de datos brutos con el programa del sistema para "
                                            "corregirlo; luego use «Volver a leer»"))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def set_issues(self, issues: tuple[Issue, ...] | list[Issue], path: Path | None, editable: bool) -> None:
        from mcda.text import render

        self.path = path
        self.open_button.setEnabled(path is not None and editable)
        self.list.clear()
        ordered = [i for i in issues if i.is_error] + [i for i in issues if not i.is_error]
        for issue in ordered:
            text = render(issue, self.lang)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ISSUE_ROLE, issue)
            item.setForeground(QBrush(QColor(colors.CR_BAD if issue.is_error else colors.CR_WARN)))
            self.list.addItem(item)
        self.detail.setText(self.tr("Haga clic en un problema para ver la hoja y la celda que debe corregir.")
                            if ordered else "")

    def count(self) -> int:
        return self.list.count()

    def issue(self, row: int) -> Issue:
        item = self.list.item(row)
        return item.data(ISSUE_ROLE)  # type: ignore[no-any-return]

    def location_text(self, issue: Issue) -> str:
        sheet, row, column = where(issue)
        if not sheet:
            return self.tr("Afecta a todo el libro (sin hoja ni celda).")
        if row is None:
            return self.tr("Hoja «%1».").replace("%1", sheet)
        return self.tr("Hoja «%1», celda %2 (fila %3, columna %4).").replace("%1", sheet) \
            .replace("%2", f"{column}{row}").replace("%3", str(row)).replace("%4", str(column))

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        from mcda.text import message

        if item is None:
            return
        issue = item.data(ISSUE_ROLE)
        kind = self.tr("Error") if issue.is_error else self.tr("Aviso")
        text = message(issue.code, self.lang, **dict(issue.params))
        self.detail.setText(f"<b>{html.escape(kind)}.</b> {html.escape(self.location_text(issue))}<br>"
                            f"{html.escape(text)}")
        self.issueSelected.emit(issue)

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
