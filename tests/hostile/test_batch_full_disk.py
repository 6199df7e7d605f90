"""`appeal-tui batch` when the disk fills up: a clean message, no half-written or world-readable
temporary file, and every letter on disk complete (issue 17, finding 6)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main

CASE = "ir-hossein-ronaghi-maleki"


class _FullDisk:
    """`os` (and `open`) as `storage.atomic`, which writes every file of a batch, sees them:
    writing fails with ENOSPC from the `fail_at`-th write on, and the permission bits of every
    file written to are recorded."""

    def __init__(self, fail_at: int) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.modes: list[int] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def write(self, fd: int, data: Any) -> int:
        self.calls += 1
        self.modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        if self.calls >= self.fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return os.write(fd, data)

    def open_file(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = open(file, mode, *args, **kwargs)  # noqa: SIM115 - returned to the caller
        if "w" in mode or "a" in mode or "x" in mode:
            real_write = handle.write

            def write(data: Any) -> int:
                self.write(handle.fileno(), b"")  # counts, records the mode, may fail
                return int(real_write(data))

            handle.write = write
        return handle


def _run(out: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int) -> tuple[int, str, _FullDisk]:
    import appeal_tui.storage.atomic as atomic

    fake = _FullDisk(fail_at)
    with monkeypatch.context() as patch:
        patch.setattr(atomic, "os", fake)
        patch.setattr(atomic, "open", fake.open_file, raising=False)
        return _invoke(out, fake)


def _invoke(out: Path, fake: _FullDisk) -> tuple[int, str, _FullDisk]:
    previous = os.umask(0)  # the most permissive umask: temp files must still be owner-only
    try:
        result = CliRunner().invoke(
            main, ["batch", CASE, "--lang", "en", "--format", "txt", "--out", str(out)]
        )
    finally:
        os.umask(previous)
    return result.exit_code, result.output, fake


def _files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize("fail_at", [1, 2, 4])
def test_full_disk_gives_a_clean_message_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    out = tmp_path / "letters"
    code, output, fake = _run(out, monkeypatch, fail_at)
    assert code == 1, output
    assert "Traceback" not in output and "(None)" not in output
    assert "the disk is full" in output
    assert fake.modes and all(mode == 0o600 for mode in fake.modes), fake.modes
    names = [p.name for p in _files(out)]
    assert not [n for n in names if n.startswith(".tmp-")], names

    # Every letter that is there is complete: a run on a healthy disk keeps it and finishes.
    before = {p: p.read_bytes() for p in _files(out) if p.suffix == ".txt"}
    result = CliRunner().invoke(
        main, ["batch", CASE, "--lang", "en", "--format", "txt", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    fresh = tmp_path / "fresh"
    CliRunner().invoke(
        main, ["batch", CASE, "--lang", "en", "--format", "txt", "--out", str(fresh)]
    )
    for path, data in before.items():
        assert data and data == (fresh / path.relative_to(out)).read_bytes(), path
