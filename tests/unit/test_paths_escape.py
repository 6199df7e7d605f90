"""File names made from case ids, recipient keys and bundle entries stay in their folder.

Case files and bundles come from strangers, and a Case can be built without the loader's id
check (the importer, a future format), so every layer that turns text into a path is tried with
hostile names: "../x", "/etc/passwd", "a\\b", "CON", NUL, 300 characters ...
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from batch_fakes import fake_compose
from hypothesis import given
from hypothesis import strategies as st

from appeal_tui.core.model import Case, Letter, Paragraph, Person, Recipient
from appeal_tui.export.batch import BatchSpec, plan, run_batch
from appeal_tui.export.files import MAX_NAME_LENGTH, safe_filename, write_new
from appeal_tui.export.formats import file_name
from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore
from appeal_tui.storage.paths import Paths
from hostile.guards import files_under, new_files_outside
from hostile.hostile_text import HOSTILE_IDS

RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(10)}


def assert_safe_name(name: str, *, max_length: int = MAX_NAME_LENGTH) -> None:
    """A single, visible, portable file name component (255 bytes is the usual limit)."""
    assert name and name not in (".", "..")
    assert not name.startswith("."), name
    assert not any(ch in name for ch in '/\\:*?"<>|\x00'), name
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in name), name
    assert "\u202e" not in name
    assert len(name) <= max_length
    assert len(name.encode("utf-8")) <= 250
    assert not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in RESERVED, name


def assert_inside(path: Path, folder: Path) -> None:
    assert path.resolve().parent == folder.resolve(), path


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_safe_filename_of_a_hostile_id(hostile: str, tmp_path: Path) -> None:
    name = safe_filename(hostile, extension="txt")
    assert_safe_name(name)
    assert name.endswith(".txt")
    assert_inside(tmp_path / name, tmp_path)


@given(st.lists(st.text(max_size=400), max_size=4), st.text(max_size=10))
def test_safe_filename_of_any_text(parts: list[str], extension: str) -> None:
    assert_safe_name(safe_filename(*parts, extension=extension))


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_write_new_stays_in_its_folder(hostile: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    before = files_under(tmp_path)
    first = write_new(folder, hostile, b"one")
    second = write_new(folder, hostile, b"two")
    assert first != second, "an existing file was replaced"
    for path in (first, second):
        assert_inside(path, folder)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert first.read_bytes() == b"one"
    assert new_files_outside(tmp_path, folder, before) == []


def _hostile_case(case_id: str, key: str) -> Case:
    return Case(
        id=case_id,
        title="t",
        country="c",
        people=(Person(name="n"),),
        summary="s",
        languages=("en",),
        asks={"en": ("Please act.",)},
        recipients=(Recipient(key=key, role="primary", name="R"),),
    )


def _letter(case_id: str, key: str) -> Letter:
    return Letter(case_id, "en", "ltr", "post", (key,), (), (), dt.date(2024, 5, 15), "15 May",
                  (), None, "Dear", (Paragraph("x"),), "Yours", ())  # fmt: skip


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_export_file_names(hostile: str) -> None:
    for letters in ([_letter(hostile, hostile)], [_letter(hostile, "k"), _letter("../b", "k")]):
        assert_safe_name(file_name(letters, "txt"))


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_batch_layout_stays_in_the_output_folder(hostile: str, tmp_path: Path) -> None:
    out = tmp_path / "batch"
    case = _hostile_case(hostile, hostile)
    spec = BatchSpec(
        cases=(case,),
        languages=("en",),
        recipients={case.id: (hostile,)},
        mode="post",
        formats=("txt",),
        out=out,
    )
    for item in plan(spec):
        for rel in item.files:
            parts = rel.split("/")
            assert len(parts) == 3, rel
            for part in parts:
                # The batch adds "-<signer number>" to a safe label.
                assert_safe_name(part, max_length=MAX_NAME_LENGTH + 10)
    before = files_under(tmp_path)
    run_batch(
        spec,
        compose=fake_compose,
        renderers={"txt": lambda letter, case, signer: b"letter"},
        today=dt.date(2024, 5, 15),
    )
    assert new_files_outside(tmp_path, out, before) == []
    written = [p for p in files_under(out) if (out / p).is_file() and p.endswith(".txt")]
    assert len(written) == 1


@pytest.mark.parametrize("hostile", [*HOSTILE_IDS, "abcd-1234/../../x", "ABCD-1234"])
def test_draft_ids_never_become_paths(hostile: str, tmp_path: Path) -> None:
    store = DraftStore(Paths(tmp_path / "data"))
    with pytest.raises(DraftNotFoundError):
        store.path_of(hostile)
    with pytest.raises(DraftNotFoundError):
        store.load(hostile)


def test_data_folders_are_owner_only(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    store = DraftStore(paths)
    from appeal_tui.core.draft import new_draft

    saved = store.save(new_draft("case-x", language="en", body="private")).draft
    for folder in (paths.data, store.folder):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    mode = stat.S_IMODE(store.path_of(saved.id).stat().st_mode)
    assert mode == 0o600


def test_owner_only_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        test_data_folders_are_owner_only(tmp_path)
    finally:
        os.umask(old)
