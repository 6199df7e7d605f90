"""The sender profile and UI settings: round trip, owner-only, unreadable files kept aside."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from appeal_tui.core.model import Sender
from appeal_tui.storage.paths import Paths
from appeal_tui.storage.profile import load_profile, load_settings, save_profile, save_settings


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths(data_dir)


def test_profile_round_trip(paths: Paths) -> None:
    assert load_profile(paths) == Sender()
    me = Sender("Ana Example", ("1 High Street", "Leeds LS1 1AA"), "Leeds", "UK", "ana@example.org")
    save_profile(paths, me)
    assert load_profile(paths) == me


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_profile_is_owner_only(paths: Paths) -> None:
    save_profile(paths, Sender("Ana"))
    assert stat.S_IMODE(paths.settings.stat().st_mode) == 0o700
    assert stat.S_IMODE((paths.settings / "profile.json").stat().st_mode) == 0o600


@pytest.mark.parametrize("content", [b"{not json", b'{"name": ["a"]}', b"[1]"])
def test_an_unreadable_profile_gives_defaults_and_is_kept_aside(
    paths: Paths, content: bytes
) -> None:
    paths.ensure(paths.settings)
    (paths.settings / "profile.json").write_bytes(content)
    assert load_profile(paths) == Sender()
    if content != b"[1]":
        assert (paths.settings / "profile.json.unreadable").read_bytes() == content


def test_settings_round_trip_keeps_only_plain_values(paths: Paths) -> None:
    assert load_settings(paths) == {}
    save_settings(paths, {"rtl_visual_reorder": True, "theme": "textual-light", "size": 3})
    assert load_settings(paths) == {"rtl_visual_reorder": True, "theme": "textual-light", "size": 3}
    (paths.settings / "settings.json").write_text('{"theme": {"nested": 1}, "ok": false}')
    assert load_settings(paths) == {"ok": False}
