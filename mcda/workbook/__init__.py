"""Input and output workbooks (contract §1 and §2).

Reading: :func:`read_workbook` (see :mod:`mcda.workbook.reader`).
"""

from mcda.workbook.reader import ReadResult, read_workbook

__all__ = ["ReadResult", "read_workbook"]
