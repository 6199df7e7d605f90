"""Test catalogs for the interface language: compiled `.mo` files built in a test's folder from
the messages the code marks (Babel's extractor, as `pybabel extract` finds them), so a test
does not depend on what translators have filled in yet."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo

from appeal_tui.core import i18n

SOURCE = Path(i18n.__file__).resolve().parents[1]

Message = str | tuple[str, ...]


def marked_messages() -> Iterator[tuple[Message, str | None]]:
    """Every message the package marks for translation, with its context (once each)."""
    yield from _marked_messages()


# Extracted once per test process (0.6 s of CPU each time): the sources do not change while
# the tests run, and a dozen tests write catalogs.
@functools.cache
def _marked_messages() -> tuple[tuple[Message, str | None], ...]:
    return tuple(_extract_marked())


def _extract_marked() -> Iterator[tuple[Message, str | None]]:
    seen: set[tuple[Message, str | None]] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(SOURCE), method_map=[("**.py", "python")]
    ):
        if isinstance(message, tuple):
            message = tuple(m for m in message if m)
        key = (message, context)
        if key not in seen:
            seen.add(key)
            yield key


def write_catalog(
    root: Path, language: str, translate: Callable[[str], str | None]
) -> list[Message]:
    """A compiled catalog for `language` under `root` (laid out as `core.i18n.LOCALE_DIR`),
    with `translate(msgid)` as each message's translation (None: left untranslated); the
    messages translated."""
    catalog = Catalog(locale=language, domain=i18n.DOMAIN)
    translated: list[Message] = []
    for message, context in marked_messages():
        if isinstance(message, tuple):
            forms = [translate(m) for m in message[:2]]
            if None in forms:
                continue
            catalog.add(message[:2], tuple(forms), context=context)  # type: ignore[arg-type]
        else:
            text = translate(message)
            if text is None:
                continue
            catalog.add(message, text, context=context)
        translated.append(message)
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{i18n.DOMAIN}.mo", "wb") as file:
        write_mo(file, catalog)
    return translated


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of test catalogs that `core.i18n` reads instead of the shipped ones; English
    again afterwards."""
    root = tmp_path / "locale"
    root.mkdir()
    monkeypatch.setattr(i18n, "LOCALE_DIR", root)
    try:
        yield root
    finally:
        i18n.set_ui_language("en")
