"""Characters that must never reach a screen or a file from text a stranger wrote.

C0 controls except tab and newline, DEL and C1 controls (so ESC/OSC sequences that could retitle
or clear a terminal), and the bidi embeddings, overrides and isolates that reorder what a reader
sees. Case files are refused when they hold one (the loader reports it with its position); text
that arrives by other ways (drafts from bundles, signers files, composed letters) is cleaned.
"""

from __future__ import annotations

import re

HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def without_hidden(text: str) -> str:
    """`text` without any hidden character (see the module's docstring)."""
    return HIDDEN.sub("", text)
