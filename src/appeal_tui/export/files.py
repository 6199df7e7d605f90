"""Safe file names for what we write; the writing itself is `storage.atomic`'s (docs/files.md).

Names are built from case text (ids, recipient keys), which comes by email: nothing in a name may
climb out of the chosen folder, hide the file, or trip a reserved device name on Windows.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import appeal_tui.storage.atomic as atomic

# Longest name we produce, in characters, extension included. 120 leaves room under the usual
# 255-byte limit even when every character takes two bytes in UTF-8.
MAX_NAME_LENGTH = 120

# File systems limit a name to 255 bytes, not characters: 120 CJK characters are 360 bytes in
# UTF-8 and 120 emoji 480. Leave room for a "-2" or "-0001" a caller may add.
MAX_NAME_BYTES = 240

_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(10)}
    | {f"LPT{i}" for i in range(10)}
    | {"COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
)
# Characters that are unsafe or awkward in a file name on some system we run on.
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
_DASHES = re.compile(r"-{2,}")


def _clean_part(part: str) -> str:
    """One part of a name: letters, digits, dots, dashes and underscores of any script."""
    text = unicodedata.normalize("NFC", part)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        # Controls, format characters (bidi overrides among them), surrogates and unassigned.
        if category[0] == "C":
            kept.append("-")
        else:
            kept.append(ch)
    cleaned = _UNSAFE.sub("-", "".join(kept))
    # ".." anywhere could read as a parent folder to a careless consumer; one dot is enough.
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    cleaned = _DASHES.sub("-", cleaned)
    return cleaned.strip("-. ")


def safe_filename(*parts: str, extension: str = "") -> str:
    """A file name made of `parts` joined by "-", safe on Linux, macOS and Windows.

    Path separators, "..", control and format characters, leading dots and trailing dots or spaces
    are removed; a reserved Windows device name ("CON", "NUL.txt" ...) gets a "_" appended; the
    result is at most MAX_NAME_LENGTH characters and never empty ("letter" when nothing is left).
    `extension` ("txt" or ".txt") is added after cleaning and is kept when the stem is shortened.
    """
    stem = "-".join(p for p in (_clean_part(str(part)) for part in parts) if p)
    stem = _DASHES.sub("-", stem).strip("-. ") or "letter"
    ext = _clean_part(extension.lstrip("."))
    suffix = f".{ext}" if ext else ""
    head, dot, rest = stem.partition(".")
    if head.upper() in _WINDOWS_RESERVED:
        # Windows ignores the extension here: "NUL.txt" is the device too.
        stem = f"{head}_{dot}{rest}"
    room = max(1, MAX_NAME_LENGTH - len(suffix))
    if len(stem) > room:
        stem = stem[:room].rstrip("-. ") or "letter"
    byte_room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    if len(stem.encode("utf-8")) > byte_room:
        # Cut at a byte count; a character cut in half is dropped.
        stem = stem.encode("utf-8")[:byte_room].decode("utf-8", "ignore").rstrip("-. ") or "letter"
    return stem + suffix


def write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` to a new file in `folder` named after `name` (made safe by
    `safe_filename`) and return its path; never replaces a file (`storage.atomic.write_new`:
    a name that exists gets a numbered sibling). Owner-only: letters carry the writer's name
    and address."""
    return atomic.write_new(folder, safe_filename(name), data)
