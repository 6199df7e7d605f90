"""write_atomic: the target holds old or new bytes, never a mix; failures leave no temp behind."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from appeal_tui.storage import atomic
from appeal_tui.storage.atomic import TEMP_PREFIX, clean_stray_temps, write_atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def test_writes_new_and_replaces_existing(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.json"]


@posix_only
def test_files_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_atomic(tmp_path / "a", b"x")
        write_atomic(tmp_path / "b", b"x", mode=0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o644


def test_a_failed_replace_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"old")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"old")

    def no_fsync(_: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", no_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_stray_temps_are_cleaned_only_when_old(tmp_path: Path) -> None:
    old = tmp_path / f"{TEMP_PREFIX}a.json-1234"
    young = tmp_path / f"{TEMP_PREFIX}b.json-5678"
    keep = tmp_path / "a.json"
    for p in (old, young, keep):
        p.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(keep, (an_hour_ago, an_hour_ago))
    assert clean_stray_temps(tmp_path) == [old]
    assert sorted(os.listdir(tmp_path)) == sorted([young.name, keep.name])
    assert clean_stray_temps(tmp_path / "missing") == []


def test_created_in_place_whole_when_the_system_writes_a_little_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that takes only part of the data (a pipe, a signal) is followed by the rest."""
    real = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real(fd, bytes(data[:3])))
    target = tmp_path / "letter.txt"
    atomic.create_in_place(str(target), b"Dear Minister,\nrelease her.\n")
    assert target.read_bytes() == b"Dear Minister,\nrelease her.\n"
