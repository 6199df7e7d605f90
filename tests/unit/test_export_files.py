"""Safe file names and writes that never replace a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from appeal_tui.export.files import MAX_NAME_LENGTH, safe_filename, write_new


def test_name_from_case_recipient_and_date() -> None:
    assert (
        safe_filename("ir-hossein-ronaghi-maleki", "supreme-leader", "2024-05-15", extension="txt")
        == "ir-hossein-ronaghi-maleki-supreme-leader-2024-05-15.txt"
    )


@pytest.mark.parametrize(
    "hostile",
    ["../../etc/passwd", "a/b", "a\\b", "..", ".hidden", "x\x00y", "evil\u202etxt.exe", "a\nb"],
)
def test_hostile_names_stay_in_the_folder(hostile: str, tmp_path: Path) -> None:
    name = safe_filename(hostile, extension="txt")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert ".." not in name
    assert not name.startswith(".")
    assert all(ch.isprintable() for ch in name)
    assert "\u202e" not in name
    path = write_new(tmp_path, name, b"x")
    assert path.parent == tmp_path


def test_parent_traversal_is_flattened() -> None:
    assert safe_filename("../../etc/passwd") == "etc-passwd"


@pytest.mark.parametrize("reserved", ["CON", "con", "NUL", "COM1", "LPT9", "aux"])
def test_reserved_windows_names_are_changed(reserved: str) -> None:
    name = safe_filename(reserved, extension="txt")
    assert name.split(".")[0].upper() != reserved.upper()
    assert name.endswith(".txt")
    assert safe_filename(f"{reserved}.txt").split(".")[0].upper() != reserved.upper()


def test_very_long_names_are_capped_and_keep_the_extension() -> None:
    name = safe_filename("a" * 500, "ب" * 300, extension="html")
    assert len(name) <= MAX_NAME_LENGTH
    assert len(name.encode()) < 255
    assert name.endswith(".html")


def test_nothing_left_gives_a_default() -> None:
    assert safe_filename("../", "\x00", extension="eml") == "letter.eml"


def test_other_scripts_are_kept() -> None:
    assert safe_filename("نامه", "2024") == "نامه-2024"


def test_write_new_counts_a_dangling_symlink_as_taken(tmp_path: Path) -> None:
    (tmp_path / "x.txt").symlink_to(tmp_path / "nowhere")
    assert write_new(tmp_path, "x.txt", b"letter") == tmp_path / "x-2.txt"
    assert not (tmp_path / "nowhere").exists()


def test_write_new_never_overwrites(tmp_path: Path) -> None:
    first = write_new(tmp_path, "letter.txt", b"one")
    second = write_new(tmp_path, "letter.txt", b"two")
    third = write_new(tmp_path, "letter.txt", b"three")
    assert [p.name for p in (first, second, third)] == [
        "letter.txt",
        "letter-2.txt",
        "letter-3.txt",
    ]
    assert first.read_bytes() == b"one"
    assert second.read_bytes() == b"two"
    assert third.read_bytes() == b"three"


def test_write_new_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.write_bytes(b"keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "letter.txt").symlink_to(target)
    path = write_new(folder, "letter.txt", b"new")
    assert path == folder / "letter-2.txt"
    assert target.read_bytes() == b"keep me"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_files_are_owner_only(tmp_path: Path) -> None:
    path = write_new(tmp_path / "new-folder", "letter.txt", b"x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_write_new_keeps_the_name_inside_the_folder(tmp_path: Path) -> None:
    path = write_new(tmp_path, "../escape.txt", b"x")
    assert path.parent == tmp_path
    assert not (tmp_path.parent / "escape.txt").exists()
