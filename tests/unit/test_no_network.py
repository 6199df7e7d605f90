"""The app makes no network connection by itself.

With every way to reach the network blocked (an Internet socket, `create_connection`,
`getaddrinfo`), the core flows run: load the library, compose, render, export every format, the
CLI commands and the TUI up to its case list. Any attempt is recorded and fails the test.
Local Unix sockets stay allowed: asyncio's event loop wakes itself with a socketpair.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.compose import compose_letters
from appeal_tui.core.library import load_library
from appeal_tui.core.model import Sender
from appeal_tui.export.email import mailto_url
from appeal_tui.export.formats import FORMATS, ExportOptions, export_files
from appeal_tui.export.social import social_message
from appeal_tui.storage.paths import default_paths

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "cases"
TODAY = dt.date(2024, 5, 15)
INET = (socket.AF_INET, socket.AF_INET6)

DOCUMENT = """\
URGENT ACTION
TEACHER DETAINED FOR UNION WORK
UA 99/24 Exampleland Date: 3 March 2024
Amina Example was arrested on 1 March 2024. Preferred language to address target: English.
- Release Amina Example immediately and unconditionally.
PLEASE SEND APPEALS BEFORE 14 APRIL 2024 TO:
Minister of Justice Juan Example, Avenida Ejemplo 1, Example City, Exampleland
Email: minister@example.org
"""


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block the network for the test; yields the list of attempts made."""
    tried: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: Any = -1, type: Any = -1, proto: Any = -1, fileno: Any = None):
            if fileno is None and (family in INET or family == -1):
                tried.append(f"socket({family!r}, {type!r})")
                raise OSError("network blocked by test_no_network")
            super().__init__(family, type, proto, fileno)

        def connect(self, address: Any) -> None:
            if self.family in INET:
                tried.append(f"connect({address!r})")
                raise OSError("network blocked by test_no_network")
            super().connect(address)

    def refuse(name: str) -> Any:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            tried.append(f"{name}{args!r}")
            raise OSError(f"network blocked by test_no_network ({name})")

        return blocked

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield tried


def test_the_guard_catches_a_connection(attempts: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(attempts) == 2
    attempts.clear()


def test_library_compose_and_every_export(attempts: list[str]) -> None:
    library = load_library([CASES])
    assert library.cases
    sender = Sender("A Writer", ("1 Road",), "Town", "Land", "writer@example.org")
    exported = 0
    for case in library.cases.values():
        keys = [r.key for r in case.recipients]
        for language in case.languages[:2]:
            for mode in ("post", "email"):
                letters = compose_letters(case, language, keys, sender, mode=mode, today=TODAY)
                options = ExportOptions(case=case, sender=sender)
                for fmt in FORMATS:
                    exported += len(export_files(fmt, letters, options))
                for letter in letters:
                    mailto_url(letter, case)
            for recipient in case.recipients:
                if recipient.twitter:
                    social_message(case, recipient, language, link="https://example.org/x")
    assert exported > 0
    assert attempts == []


def _run(args: list[str], **kwargs: Any) -> Any:
    result = CliRunner().invoke(main, args, catch_exceptions=False, **kwargs)
    return result


def test_cli_commands(attempts: list[str], tmp_path: Path) -> None:
    case_file = next(CASES.glob("ir-*.yaml"))
    case_id = case_file.stem
    document = tmp_path / "ua.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    runs = [
        ["validate", str(CASES)],
        ["letter", case_id, "--lang", "en", "--format", "txt", "--name", "W"],
        ["letter", case_id, "--lang", "fa", "--format", "rich"],  # the Rich renderer
        ["letter", case_id, "--lang", "en", "--format", "html", "-o", str(tmp_path / "l.html")],
        ["letter", case_id, "--lang", "en", "--format", "eml", "--mode", "email"],
        ["drafts", "list"],
        ["tally"],
        ["tally", "--format", "html", "-o", str(tmp_path / "tally.html")],
        ["sheets", case_id, "-o", str(tmp_path / "sheets.html")],
        ["batch", case_id, "--lang", "en", "--out", str(tmp_path / "b"), "--dry-run"],
        [
            "batch",
            case_id,
            "--lang",
            "en",
            "--format",
            "txt,html,eml",
            "--out",
            str(tmp_path / "c"),
        ],
        ["import", str(document), "-o", str(tmp_path / "imported.yaml")],
        ["paths"],
        ["envelopes", case_id, "--country", "Spain", "-o", str(tmp_path / "env.html")],
        ["envelopes", case_id, "--layout", "labels-3x8", "-o", str(tmp_path / "labels.html")],
    ]
    for args in runs:
        result = _run(args)
        assert result.exit_code == 0, (args, result.output)
    assert attempts == []


def test_tui_starts_and_lists_cases(attempts: list[str]) -> None:
    from appeal_tui.ui.app import make_app

    async def walk() -> None:
        app = make_app(case_sources=[CASES], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            from textual.widgets import OptionList

            lists = list(app.screen.query(OptionList))
            assert lists and lists[0].option_count > 0

    asyncio.run(walk())
    assert attempts == []
