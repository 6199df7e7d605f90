"""A data folder that is a symlink, or one the user made, keeps its permissions; only the folders
the app creates are made owner-only (issue 17, finding 7)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import new_draft
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_symlinked_data_folder_keeps_its_targets_permissions(
    tmp_path: Path, permissive_umask: object
) -> None:
    target = tmp_path / "shared-drive"
    target.mkdir()
    os.chmod(target, 0o755)
    link = tmp_path / "data"
    link.symlink_to(target)
    store = DraftStore(Paths(link))
    saved = store.save(new_draft("case-x", language="en", body="private")).draft
    assert _mode(target) == 0o755  # the user's folder, as it was
    assert _mode(target / "drafts") == 0o700  # the app's own folder
    assert _mode(store.path_of(saved.id)) == 0o600


def test_a_data_folder_the_user_made_keeps_its_permissions(
    tmp_path: Path, permissive_umask: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "mine"
    data.mkdir()
    os.chmod(data, 0o750)
    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(data))
    result = CliRunner().invoke(main, ["drafts", "list"])
    assert result.exit_code == 0, result.output
    assert _mode(data) == 0o750
    assert _mode(data / "drafts") == 0o700


def test_folders_the_app_creates_are_owner_only(tmp_path: Path, permissive_umask: object) -> None:
    os.chmod(tmp_path, 0o755)
    paths = Paths(tmp_path / "new" / "data")
    folder = paths.ensure(paths.drafts / "history")
    for made in (tmp_path / "new", paths.data, paths.drafts, folder):
        assert _mode(made) == 0o700, made
    assert _mode(tmp_path) == 0o755  # an existing parent is never touched
