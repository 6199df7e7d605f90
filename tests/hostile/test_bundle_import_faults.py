"""Importing bundles with hostile numbers, clocks and sizes, and with faults half-way
(issue 17, findings 3, 4 and 5): all or nothing, nothing hidden, memory bounded."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import struct
import tracemalloc
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import Draft, iso_utc, new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage import bundles
from appeal_tui.storage.bundles import BundleError, bundle_bytes, check_bundle, merge_bundles
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths

CASE = "ir-hossein-ronaghi-maleki"


def _draft(body: str = "Letter by Ana", **fields: Any) -> Draft:
    draft = new_draft(CASE, language="en", recipients=["supreme-leader"], body=body)
    return replace(draft, sender=Sender(name="Ana"), **fields)


def _raw_bundle(path: Path, drafts_json: list[dict[str, Any]]) -> Path:
    """A bundle whose draft JSON is written as given (checksums right), as a hostile laptop
    could make it."""
    entries = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for data in drafts_json:
            raw = json.dumps(data).encode("utf-8")
            name = f"drafts/{data['id']}.json"
            zf.writestr(name, raw)
            entries.append({"id": data["id"], "file": name,
                            "sha256": hashlib.sha256(raw).hexdigest()})  # fmt: skip
        manifest = {"format": "appeal-tui-drafts", "version": 1, "drafts": entries}
        zf.writestr("manifest.json", json.dumps(manifest))
    return path


def _import(*paths: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["drafts", "import", *map(str, paths)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def _snapshot(data_dir: Path) -> dict[str, bytes]:
    drafts = data_dir / "drafts"
    return {
        str(p.relative_to(drafts)): p.read_bytes()
        for p in sorted(drafts.rglob("*"))
        if p.is_file() and p.name != ".index.json"
    }


# --- finding 3: all or nothing, numbers bounded --------------------------------------------------


def test_a_huge_revision_is_refused_and_blocks_nothing(tmp_path: Path, data_dir: Path) -> None:
    store = DraftStore(default_paths())
    local = store.save(_draft("My own letter")).draft
    other = _draft("Another letter")
    huge = {**to_json(local), "body": "forged", "revision": 10**250,
            "updated": iso_utc(dt.datetime.now(dt.UTC))}  # fmt: skip
    before = _snapshot(data_dir)
    code, output = _import(_raw_bundle(tmp_path / "huge.zip", [to_json(other), huge]))
    assert code == 1 and "revision" in output and "nothing was imported" in output
    assert _snapshot(data_dir) == before  # not even the valid draft beside it
    # A legitimate bundle with the same id imports afterwards.
    newer = replace(local, body="Finished", revision=local.revision + 1,
                    updated=iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)))  # fmt: skip
    code, output = _import(_raw_bundle(tmp_path / "ok.zip", [to_json(newer), to_json(other)]))
    assert code == 0, output
    assert DraftStore(default_paths()).load(local.id).body == "Finished"


@pytest.mark.parametrize("version", [-(10**250), 0, 10**250, 2])
def test_a_manifest_version_out_of_range_is_refused(
    tmp_path: Path, data_dir: Path, version: int
) -> None:
    path = _raw_bundle(tmp_path / "v.zip", [to_json(_draft())])
    with zipfile.ZipFile(path) as zf:
        items = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(items["manifest.json"])
    items["manifest.json"] = json.dumps({**manifest, "version": version}).encode("utf-8")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    code, output = _import(path)
    assert code == 1 and "is not one this appeal-tui can read" in output, output
    assert not list((data_dir / "drafts").glob("*.json"))


def test_a_fault_half_way_leaves_nothing_behind(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(default_paths())
    local = store.save(_draft("Mine")).draft
    incoming = [_draft(f"Letter {i}") for i in range(3)]
    newer = replace(local, body="Theirs", revision=local.revision + 1,
                    updated=iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)))  # fmt: skip
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(bundle_bytes([*incoming, newer]))
    before = _snapshot(data_dir)
    calls = {"n": 0}
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    # Scoped: undoing every patch would also undo the test's own data folder.
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full_disk)
        code, output = _import(bundle)
    assert code == 1 and "the disk is full" in output and "nothing was imported" in output
    assert _snapshot(data_dir) == before
    assert not [p for p in (data_dir / "drafts").iterdir() if p.name.startswith(".import-")]
    code, output = _import(bundle)
    assert code == 0 and "3 added, 1 updated" in output, output


# --- finding 4: clocks from elsewhere, earlier versions reachable -------------------------------


def test_a_bundle_dated_in_the_future_is_refused(tmp_path: Path, data_dir: Path) -> None:
    store = DraftStore(default_paths())
    local = store.save(_draft("My own letter")).draft
    forged = {**to_json(local), "body": "forged", "updated": "2099-01-01T00:00:00Z"}
    before = _snapshot(data_dir)
    code, output = _import(_raw_bundle(tmp_path / "future.zip", [forged]))
    assert code == 1 and "more than a day after this computer's clock" in output
    assert _snapshot(data_dir) == before


def test_a_replaced_version_is_listed_and_restorable(tmp_path: Path, data_dir: Path) -> None:
    store = DraftStore(default_paths())
    local = store.save(_draft("My own letter")).draft
    soon = iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))  # within a day: accepted
    theirs = replace(local, body="Their letter", revision=local.revision, updated=soon)
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(bundle_bytes([theirs]))
    code, output = _import(bundle)
    assert code == 0 and "1 updated" in output, output

    runner = CliRunner()
    listed = runner.invoke(main, ["drafts", "history", local.id[:8]])
    assert listed.exit_code == 0 and "My own letter" in listed.output, listed.output
    assert "  1  " in listed.output
    restored = runner.invoke(main, ["drafts", "restore", local.id[:8], "--version", "1"])
    assert restored.exit_code == 0, restored.output
    assert DraftStore(default_paths()).load(local.id).body == "My own letter"
    # The bundle's version is now an earlier version itself: nothing was lost.
    again = runner.invoke(main, ["drafts", "history", local.id[:8]])
    assert "Their letter" in again.output and "My own letter" in again.output
    missing = runner.invoke(main, ["drafts", "restore", local.id[:8], "--version", "9"])
    assert missing.exit_code == 1 and "has no version 9" in missing.output


# --- finding 5: memory ---------------------------------------------------------------------------


def _zip_of_empty_entries(path: Path, count: int) -> Path:
    """A zip of `count` stored empty entries with one-character names, written raw (fast)."""
    local = bytearray()
    central = bytearray()
    for i in range(count):
        name = b"%d" % (i % 10)
        offset = len(local)
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0)
        local += name
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0,
                               len(name), 0, 0, 0, 0, 0, offset)  # fmt: skip
        central += name
    total = min(count, 0xFFFF)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, total, total, len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def test_an_entry_count_is_refused_before_zipfile_reads_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _zip_of_empty_entries(tmp_path / "many.zip", 150_000)

    def no_zipfile(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("zipfile read the directory of a bundle that declares too much")

    monkeypatch.setattr(bundles.zipfile, "ZipFile", no_zipfile)
    with pytest.raises(BundleError, match="more than the"):
        check_bundle(path)


def test_a_draft_larger_than_a_letter_is_refused(tmp_path: Path, data_dir: Path) -> None:
    big = to_json(_draft("x" * (bundles.MAX_DRAFT_TEXT + 1)))
    code, output = _import(_raw_bundle(tmp_path / "big.zip", [big]))
    assert code == 1 and "characters of text" in output
    assert not list((data_dir / "drafts").glob("*.json"))


def test_bundles_are_imported_one_draft_at_a_time(tmp_path: Path, data_dir: Path) -> None:
    """Four bundles of 30 drafts of 200,000 characters each (24 MB of text): the import holds
    about one draft at a time, not every bundle (the old import held them all)."""
    paths = []
    for b in range(4):
        drafts = [_draft(chr(0x61 + b) * 200_000) for _ in range(30)]
        paths.append(tmp_path / f"b{b}.zip")
        paths[-1].write_bytes(bundle_bytes(drafts))
    store = DraftStore(default_paths())
    tracemalloc.start()
    try:
        checked = [check_bundle(p) for p in paths]
        report = merge_bundles(store, checked)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.count("added") == 120
    assert peak < 10 * 200_000 * 4, peak  # a few drafts' worth, far below 24 MB
    assert len(list((data_dir / "drafts").glob("*.json"))) == 120


def test_reading_all_drafts_still_works_for_small_bundles(tmp_path: Path) -> None:
    path = tmp_path / "s.zip"
    path.write_bytes(bundle_bytes([_draft("a"), _draft("b")]))
    assert len(bundles.read_bundle(path).drafts) == 2
