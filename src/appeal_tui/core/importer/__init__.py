"""Importing a published urgent action (PDF, HTML, Markdown or text) into a case file.

`import_document(raw)` reads the document and returns the case as data, its YAML text and a
report of what was found and what the organiser must check. Pure: no files, no terminal.
"""

from __future__ import annotations

from appeal_tui.core.importer.build import ImportResult, import_document
from appeal_tui.core.importer.report import ImportReport
from appeal_tui.core.importer.sources import DocumentError, read_document

__all__ = ["DocumentError", "ImportReport", "ImportResult", "import_document", "read_document"]
