"""Saving a draft somewhere else when the drafts folder refuses (full disk, read-only folder).

Two files per draft, never replacing anything: the draft itself as JSON (copy it into
`<data>/drafts/` to get it back in the app) and the letter as plain text, to read or paste.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from appeal_tui.core.draft import Draft
from appeal_tui.export.files import write_new
from appeal_tui.storage.drafts import draft_file_bytes
from appeal_tui.storage.paths import documents_dir


def _letter_text(draft: Draft) -> str:
    s = draft.sender
    lines = [s.name, *s.address, s.city or "", s.country or "", s.email or ""]
    details = "\n".join(line for line in lines if line)
    header = f"{draft.case_title or draft.case_id} ({draft.language})"
    return f"{header}\n\n{details}\n\n{draft.body}\n"


def write_rescue_copies(drafts: Iterable[Draft], folder: Path) -> list[Path]:
    """Write each draft (JSON and text) as new files in `folder` (created if missing); the
    paths written. Raises OSError when the folder refuses."""
    written: list[Path] = []
    for draft in drafts:
        stem = f"appeal-letter-{draft.id[:12]}"
        # Byte for byte a draft file, so it can be copied back into the drafts folder.
        written.append(write_new(folder, stem + ".json", draft_file_bytes(draft)))
        written.append(write_new(folder, stem + ".txt", _letter_text(draft).encode("utf-8")))
    return written


def rescue_anywhere(drafts: list[Draft]) -> list[Path]:
    """When nobody can be asked (the terminal was closed): the first of the documents folder,
    the home folder and the temporary folder that takes the drafts. [] if none did."""
    if not drafts:
        return []
    for folder in (documents_dir(), Path.home(), Path(tempfile.gettempdir())):
        try:
            return write_rescue_copies(drafts, folder)
        except OSError:
            continue
    return []
