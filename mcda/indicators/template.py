"""The blank raw-data template ``resources/templates/plantilla_datos_brutos.xlsx``.

A ``Léame`` sheet with the instructions (Spanish, then English), and the
sheets ``Empleo``, ``Insumo-Producto``, ``Empresas``, ``Exportaciones`` and
``Mapeo`` with their headers, each header carrying a comment that explains
the column.  Texts come from the ``indicators.json`` catalogue.

Examples
--------
>>> wb = build_raw_template()
>>> wb.sheetnames
['Léame', 'Empleo', 'Insumo-Producto', 'Empresas', 'Exportaciones', 'Mapeo']
>>> [c.value for c in wb["Mapeo"][1]]
['cluster', 'nombre', 'region', 'sector', 'producto']
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.comments import Comment

from mcda.text import message
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_row
from mcda.workbook.sanitize import put_text
from mcda.workbook.template import numbered_lines

README_SHEET = "Léame"
ABOUT_SHEET = "Acerca de"
LANG = "es"

#: Sheet -> (header, catalogue code of its comment) in order.
LAYOUT: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Empleo", (("region", "employment.region"), ("sector", "employment.sector"), ("año", "employment.year"),
                ("empleo", "employment.value"))),
    ("Insumo-Producto", (("", "io.corner"), ("produccion", "io.output"))),
    ("Empresas", (("cluster", "firms.cluster"), ("empresa", "firms.firm"), ("valor", "firms.value"),
                  ("año", "firms.year"))),
    ("Exportaciones", (("region", "exports.region"), ("producto", "exports.product"), ("año", "exports.year"),
                       ("valor", "exports.value"))),
    ("Mapeo", (("cluster", "mapping.cluster"), ("nombre", "mapping.name"), ("region", "mapping.region"),
               ("sector", "mapping.sector"), ("producto", "mapping.product"))),
)


def about_sheet(wb: Workbook, prefix: str, title: str = ABOUT_SHEET) -> None:
    """A first sheet with the numbered catalogue lines ``prefix.N`` in
    Spanish, a blank row, then in English."""
    ws = new_sheet(wb, title)
    spanish, english = numbered_lines(prefix, "es"), numbered_lines(prefix, "en")
    for row, text in enumerate([*spanish, "", *english], start=1):
        put_text(ws.cell(row=row, column=1), text)
        ws.cell(row=row, column=1).alignment = styles.WRAP
    for row in (1, len(spanish) + 2):
        ws.cell(row=row, column=1).font = styles.HEADER_FONT
    ws.column_dimensions["A"].width = 110


def build_raw_template() -> Workbook:
    """The template in memory."""
    wb = Workbook()
    wb.remove(wb.active)
    about_sheet(wb, "indicators.template.readme", README_SHEET)
    for title, columns in LAYOUT:
        ws = new_sheet(wb, title)
        write_row(ws, 1, [h or None for h, _ in columns])
        for col, (_, code) in enumerate(columns, start=1):
            text = message(f"indicators.template.col.{code}", LANG)
            comment = Comment(text, "clusterprio")
            comment.width, comment.height = 320, 160
            ws.cell(row=1, column=col).comment = comment
        styles.finish_table(ws, len(columns))
        for col in range(1, len(columns) + 1):
            letter = ws.cell(row=1, column=col).column_letter
            ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, 14)
    wb.active = 0
    return wb


def write_raw_template(path: str | os.PathLike[str]) -> None:
    """Write the template atomically (raises :class:`~mcda.workbook.save.WriteError`)."""
    from mcda.workbook.save import save_atomic

    save_atomic(build_raw_template(), path)
