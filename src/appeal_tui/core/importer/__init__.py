"""Importing a published urgent action (text, HTML or Markdown) into a case file.

`import_document(raw)` reads the document and returns the case as data, its YAML text and a
report of what was found and what the organiser must check. Pure: no files, no terminal.
"""

from __future__ import annotations

from appeal_tui.core.importer.build import ImportResult, import_document
from appeal_tui.core.importer.report import ImportReport

__all__ = ["ImportReport", "ImportResult", "import_document"]
