"""The writer's sender profile and a few UI settings, as small JSON files in `<data>/settings/`.

Both are written atomically and owner-only (the profile holds a home address). A file that
cannot be read gives the defaults and is copied aside as `*.unreadable` so nothing is lost.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from appeal_tui.storage.atomic import write_atomic
from appeal_tui.storage.paths import Paths

if TYPE_CHECKING:
    from appeal_tui.core.model import Sender

PROFILE_NAME = "profile.json"
SETTINGS_NAME = "settings.json"
MAX_BYTES = 1024 * 1024


def _read_json(path: Path) -> Any:
    """The JSON in `path`; None when missing. An unreadable file is kept aside and gives None."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return None
    try:
        if len(data) > MAX_BYTES:
            raise ValueError("too large")
        return json.loads(data.decode("utf-8"))
    except ValueError:
        _keep_aside(path)
        return None


def _keep_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".unreadable"))


def _write_json(paths: Paths, name: str, data: Any) -> None:
    folder = paths.ensure(paths.settings)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomic(folder / name, text.encode("utf-8"))


def load_profile(paths: Paths) -> Sender:
    """The saved sender profile, or an empty Sender when there is none (or it is unreadable)."""
    # Imported here: the command line reads the settings (the interface language) at every
    # start, and these modules would double the time `appeal-tui --help` takes.
    from appeal_tui.core.draft import DraftFormatError, FieldReader
    from appeal_tui.core.model import Sender

    path = paths.settings / PROFILE_NAME
    data = _read_json(path)
    if not isinstance(data, dict):
        return Sender()
    r = FieldReader(data)
    try:
        return Sender(
            name=r.text("name", ""),
            address=r.texts("address"),
            city=r.optional_text("city"),
            country=r.optional_text("country"),
            email=r.optional_text("email"),
        )
    except DraftFormatError:
        _keep_aside(path)
        return Sender()


def save_profile(paths: Paths, sender: Sender) -> None:
    """Save the sender profile (atomic, owner-only). Raises OSError if the disk refuses."""
    _write_json(
        paths,
        PROFILE_NAME,
        {
            "name": sender.name,
            "address": list(sender.address),
            "city": sender.city,
            "country": sender.country,
            "email": sender.email,
        },
    )


def load_settings(paths: Paths) -> dict[str, Any]:
    """The UI settings (e.g. {"rtl_visual_reorder": True, "theme": "textual-dark"}); {} if none."""
    data = _read_json(paths.settings / SETTINGS_NAME)
    if not isinstance(data, dict):
        return {}
    # Only plain values: settings are flags and names, never structures from an edited file.
    return {
        k: v
        for k, v in data.items()
        if isinstance(k, str) and (v is None or isinstance(v, str | int | float | bool))
    }


def save_settings(paths: Paths, settings: dict[str, Any]) -> None:
    """Save the UI settings (atomic, owner-only). Raises OSError if the disk refuses."""
    _write_json(paths, SETTINGS_NAME, dict(settings))


PAPER_SETTING = "paper"


def load_paper(paths: Paths) -> Literal["a4", "letter"]:
    """The paper the writer prints on ("a4", the default, or "letter"), from the settings'
    `paper` key: what the app's export passes as `ExportOptions(paper=...)`."""
    return "letter" if load_settings(paths).get(PAPER_SETTING) == "letter" else "a4"
