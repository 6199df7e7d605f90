"""Fuzzing drafts bundles: zips from another laptop, damaged or made to attack.

`read_bundle` must give a checked Bundle or raise BundleError, whatever the zip holds (path
traversal, absolute paths, symlinks, lying or huge sizes, bad JSON, random bytes); and importing
what it accepts must write nothing outside the drafts folder.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.core.draft import new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage.bundles import (
    MANIFEST,
    Bundle,
    BundleError,
    bundle_bytes,
    merge_bundles,
    read_bundle,
)
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths
from hostile.guards import files_under, hard_timeout, new_files_outside
from hostile.hostile_text import HOSTILE

FIXTURE = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def _drafts(n: int = 2) -> list[Any]:
    return [
        new_draft(f"case-{i}", language="en", sender=Sender(f"W{i}"), body=HOSTILE)
        for i in range(n)
    ]


VALID = bundle_bytes(_drafts())

HOSTILE_NAMES = [
    "../escape.json",
    "drafts/../../escape.json",
    "/etc/passwd",
    "/tmp/escape.json",
    "C:/Windows/escape.json",
    "C:escape.json",
    "drafts\\..\\..\\escape.json",
    "drafts/abcd-1234.json\x00.txt",
    "drafts/",
    "drafts/sub/",
    "drafts/ABCD-1234.json",
    "drafts/..json",
    "drafts/abcd-1234.json/",
    "manifest.json",
    "MANIFEST.JSON",
    "drafts/abcd-1234.json",
    "x" * 300,
    "drafts/" + "a" * 300 + ".json",
    "\u202enosj.exe",
    "",
]


def _zip(entries: list[tuple[str, bytes, int]]) -> bytes:
    """A zip of (name, data, unix mode) entries, written as given (no checks)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name or "x", date_time=(1980, 1, 1, 0, 0, 0))
            info.filename = name  # the constructor would tidy some names; keep them hostile
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = mode << 16
            zf.writestr(info, data)
    return buffer.getvalue()


def _manifest_for(entries: list[tuple[str, bytes, int]]) -> bytes:
    listed = [
        {"id": name.rsplit("/", 1)[-1][:-5], "file": name, "sha256": hashlib.sha256(d).hexdigest()}
        for name, d, _ in entries
        if name != MANIFEST
    ]
    return json.dumps({"format": "appeal-tui-drafts", "version": 1, "drafts": listed}).encode()


def _import(root: Path, data: bytes) -> Bundle | None:
    """Read the bundle (and merge it if accepted); None when refused. Checks the file tree."""
    path = root / "incoming.zip"
    path.write_bytes(data)
    store = DraftStore(Paths(root / "data"))
    before = files_under(root)
    try:
        with hard_timeout(30):
            bundle = read_bundle(path)
    except BundleError as e:
        assert str(path) in str(e) and "nothing was imported" in str(e)
        assert files_under(root) == before, "a refused bundle changed files"
        return None
    with hard_timeout(30):
        merge_bundles(store, [bundle])
    assert new_files_outside(root, store.folder, before) == []
    for entry in files_under(store.folder):
        assert not (store.folder / entry).is_symlink()
    return bundle


_data = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([json.dumps(to_json(d)).encode() for d in _drafts()]),
    st.just(b"{" * 5000),
    st.just(b"[" * 100_000),
    st.just(b'{"schema": 1, "revision": ' + b"9" * 5000 + b"}"),
)
_entries = st.lists(
    st.tuples(
        st.sampled_from(HOSTILE_NAMES) | st.text(max_size=40),
        _data,
        st.sampled_from([stat.S_IFREG | 0o600, stat.S_IFLNK | 0o777, stat.S_IFDIR | 0o700, 0]),
    ),
    max_size=6,
)


@FIXTURE
@given(_entries, st.booleans())
def test_random_entries(tmp_path_factory: Any, entries: list[Any], with_manifest: bool) -> None:
    if with_manifest:
        entries = [*entries, (MANIFEST, _manifest_for(entries), stat.S_IFREG | 0o600)]
    _import(tmp_path_factory.mktemp("bundle"), _zip(entries))


@FIXTURE
@given(st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=6))
def test_valid_bundle_with_bytes_flipped(tmp_path_factory: Any, flips: list[Any]) -> None:
    data = bytearray(VALID)
    for offset, value in flips:
        data[offset % len(data)] = value
    _import(tmp_path_factory.mktemp("bundle"), bytes(data))


@FIXTURE
@given(st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory: Any, data: bytes) -> None:
    assert _import(tmp_path_factory.mktemp("bundle"), data) is None


@FIXTURE
@given(st.integers(1, len(VALID) - 1))
def test_truncated_bundle(tmp_path_factory: Any, size: int) -> None:
    _import(tmp_path_factory.mktemp("bundle"), VALID[:size])


def _draft_entry() -> tuple[str, bytes, int]:
    draft = _drafts(1)[0]
    return (f"drafts/{draft.id}.json", json.dumps(to_json(draft)).encode(), stat.S_IFREG | 0o600)


def _with_manifest(*entries: tuple[str, bytes, int]) -> bytes:
    return _zip([*entries, (MANIFEST, _manifest_for(list(entries)), stat.S_IFREG | 0o600)])


def _declared_size(data: bytes, size: int) -> bytes:
    """The zip with every entry's uncompressed size (local and central) set to `size`."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset : at + offset + 4] = struct.pack("<I", size)
            at = out.find(signature, at + 4)
    return bytes(out)


def _bomb() -> bytes:
    name, _data, mode = _draft_entry()
    return _with_manifest((name, b" " * (200 * 1024 * 1024), mode))


ATTACKS = {
    "traversal": lambda: _with_manifest(("drafts/../../escape.json", b"{}", 0o100600)),
    "absolute": lambda: _with_manifest(("/tmp/appeal-escape.json", b"{}", 0o100600)),
    "symlink": lambda: _with_manifest((_draft_entry()[0], b"/etc/passwd", stat.S_IFLNK | 0o777)),
    "backslash": lambda: _with_manifest(("drafts\\..\\escape.json", b"{}", 0o100600)),
    "no manifest": lambda: _zip([_draft_entry()]),
    "bad manifest json": lambda: _zip([_draft_entry(), (MANIFEST, b"{not json", 0o100600)]),
    "manifest nan": lambda: _zip([(MANIFEST, b'{"format": NaN}', 0o100600)]),
    "manifest deep": lambda: _zip([(MANIFEST, b"[" * 100_000, 0o100600)]),
    "manifest huge number": lambda: _zip([(MANIFEST, b"9" * 5000, 0o100600)]),
    "bad draft json": lambda: _with_manifest((_draft_entry()[0], b"{oops", 0o100600)),
    "draft deep": lambda: _with_manifest((_draft_entry()[0], b"[" * 100_000, 0o100600)),
    "draft huge number": lambda: _with_manifest(
        (_draft_entry()[0], b'{"schema": ' + b"9" * 5000 + b"}", 0o100600)
    ),
    "draft with another id": lambda: _with_manifest(
        ("drafts/aaaa-0000.json", _draft_entry()[1], 0o100600)
    ),
    "declared huge": lambda: _declared_size(_with_manifest(_draft_entry()), 0xFFFFFFF0),
    "declares less than it holds": lambda: _declared_size(_with_manifest(_draft_entry()), 10),
    "zip bomb": _bomb,
    "duplicate entries": lambda: _with_manifest(*[_draft_entry()] * 2),
    "too many entries": lambda: _zip(
        [(f"drafts/x{i:05d}.json", b"{}", 0o100600) for i in range(20_002)]
    ),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_attack_is_refused(tmp_path: Path, attack: str) -> None:
    assert _import(tmp_path, ATTACKS[attack]()) is None


def test_a_bundle_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.zip"
    target.write_bytes(VALID)
    link = tmp_path / "link.zip"
    link.symlink_to(target)
    with pytest.raises(BundleError):
        read_bundle(link)


def test_the_valid_bundle_imports(tmp_path: Path) -> None:
    bundle = _import(tmp_path, VALID)
    assert bundle is not None and len(bundle.drafts) == 2
