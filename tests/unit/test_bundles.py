"""Collecting drafts from several laptops: bundles out, bundles in, and hostile bundles refused."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from appeal_tui.core.draft import Draft, new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage import bundles
from appeal_tui.storage.bundles import (
    BundleError,
    bundle_bytes,
    drafts_to_export,
    merge_bundles,
    read_bundle,
    write_bundle,
)
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths


def _draft(
    name: str = "Ana", event: str | None = "W4R", updated: str = "2024-12-10T10:00:00Z"
) -> Draft:
    d = new_draft(
        "ir-case", language="en", recipients=("leader",), sender=Sender(name), event=event
    )
    return replace(d, updated=updated, revision=1, body=f"Letter by {name}")


def _store(tmp_path: Path, name: str) -> DraftStore:
    return DraftStore(Paths(tmp_path / name))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_export_then_import_adds_each_draft_once(tmp_path: Path) -> None:
    laptop = _store(tmp_path, "laptop")
    mine = [laptop.save(_draft("Ana")).draft, laptop.save(_draft("Bob", event="other")).draft]
    chosen = drafts_to_export(laptop, event="w4r")
    assert [d.id for d in chosen] == [mine[0].id]
    out = tmp_path / "laptop.zip"
    assert write_bundle(out, chosen, event="W4R") == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_bundle(out, chosen)

    organiser = _store(tmp_path, "organiser")
    report = merge_bundles(organiser, [read_bundle(out)])
    assert (report.count("added"), report.count("unchanged")) == (1, 0)
    assert organiser.load(mine[0].id) == mine[0]  # kept verbatim: revision and times too
    again = merge_bundles(organiser, [read_bundle(out)])
    assert (again.count("added"), again.count("unchanged")) == (0, 1)
    assert len(organiser.list()) == 1


def test_same_id_newer_wins_and_older_goes_to_history(tmp_path: Path) -> None:
    old = _draft(updated="2024-12-10T10:00:00Z")
    new = replace(old, body="Finished letter", updated="2024-12-10T11:00:00Z", revision=5)
    bundle_old = tmp_path / "old.zip"
    bundle_new = tmp_path / "new.zip"
    write_bundle(bundle_old, [old])
    write_bundle(bundle_new, [new])

    store = _store(tmp_path, "org")
    merge_bundles(store, [read_bundle(bundle_old)])
    report = merge_bundles(store, [read_bundle(bundle_new)])
    assert report.count("updated") == 1
    assert store.load(old.id).body == "Finished letter"
    history = store.folder / "history" / f"{old.id}-1.json"
    assert json.loads(history.read_text())["body"] == "Letter by Ana"

    # Importing the older one again keeps the newer and keeps the older in history (once).
    report = merge_bundles(store, [read_bundle(bundle_old)])
    assert report.count("kept") == 1
    assert store.load(old.id).body == "Finished letter"
    assert len(list((store.folder / "history").iterdir())) == 1
    assert report.summary().startswith("0 added, 0 updated, 0 unchanged, 1 kept as they were")


# --- hostile and damaged bundles -------------------------------------------------------------


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def _good_entries(draft: Draft) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(bundle_bytes([draft]))) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _manifest_for(files: dict[str, bytes]) -> bytes:
    return json.dumps(
        {
            "format": "appeal-tui-drafts",
            "version": 1,
            "drafts": [
                {"id": n, "file": n, "sha256": hashlib.sha256(d).hexdigest()}
                for n, d in files.items()
            ],
        }
    ).encode()


def _symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _hostile(tmp_path: Path, kind: str) -> Path:
    draft = _draft()
    good = _good_entries(draft)
    body = good[0][1]
    path = tmp_path / f"{kind}.zip"
    if kind == "not a zip":
        path.write_bytes(b"PK\x03\x04 this is not really a zip")
        return path
    if kind == "bad json":
        bad = b'{"schema": 1, "id": '
        name = f"drafts/{draft.id}.json"
        return _zip(path, [(name, bad), ("manifest.json", _manifest_for({name: bad}))])
    if kind == "not a draft":
        bad = json.dumps({"schema": 1, "id": draft.id}).encode()
        name = f"drafts/{draft.id}.json"
        return _zip(path, [(name, bad), ("manifest.json", _manifest_for({name: bad}))])
    if kind == "parent path":
        return _zip(path, [*good, ("../../evil.json", b"{}")])
    if kind == "absolute path":
        return _zip(path, [*good, ("/tmp/evil.json", b"{}")])
    if kind == "backslash":
        return _zip(path, [*good, ("drafts\\..\\..\\evil.json", b"{}")])
    if kind == "symlink":
        return _zip(path, [*good, (_symlink_entry("drafts/abcd-link.json"), b"/etc/passwd")])
    if kind == "duplicate names":
        return _zip(path, [*good, good[0]])
    if kind == "too many entries":
        return _zip(path, [*good, *((f"drafts/x{i:04d}.json", b"{}") for i in range(30))])
    if kind == "zip bomb":
        return _zip(path, [*good, (f"drafts/{'b' * 8}.json", b" " * (2 * 1024 * 1024))])
    if kind == "size lie":
        _zip(path, good)
        data = bytearray(path.read_bytes())
        # The central directory's uncompressed size of the first entry, set to 10 bytes.
        cd = data.index(b"PK\x01\x02")
        struct.pack_into("<I", data, cd + 24, 10)
        path.write_bytes(bytes(data))
        return path
    if kind == "unlisted entry":
        other = replace(draft, id="ffff0000-20241210")
        extra = json.dumps(to_json(other)).encode()
        return _zip(path, [*good, (f"drafts/{other.id}.json", extra)])
    if kind == "checksum":
        return _zip(path, [(good[0][0], body.replace(b"Ana", b"Eve")), good[1]])
    if kind == "no manifest":
        return _zip(path, [good[0]])
    if kind == "unexpected entry":
        return _zip(path, [*good, ("run-me.sh", b"rm -rf ~")])
    raise AssertionError(kind)


HOSTILE = {
    "not a zip": "not a readable zip file",
    "bad json": "is not valid JSON",
    "not a draft": "is not a valid draft",
    "parent path": "climbs out of the folder",
    "absolute path": "has an absolute path",
    "backslash": "has a backslash",
    "symlink": "is a symbolic link",
    "duplicate names": "appears twice",
    "too many entries": "more than the 20 allowed",
    "zip bomb": "more than 1048576 allowed",
    "size lie": "not a readable zip file",
    "unlisted entry": "is not listed in manifest.json",
    "checksum": "does not match its checksum",
    "no manifest": "has no manifest.json",
    "unexpected entry": "unexpected entry 'run-me.sh'",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_bundle_is_refused_and_changes_nothing(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundles, "MAX_ENTRIES", 20)
    store = _store(tmp_path, "org")
    store.save(_draft("Already here"))
    before = _files(store.folder)
    path = _hostile(tmp_path, kind)
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    message = str(caught.value)
    assert HOSTILE[kind] in message
    assert message.startswith(str(path)) and message.endswith("nothing was imported")
    assert _files(store.folder) == before
    assert not (tmp_path / "evil.json").exists()


def test_good_bundle_built_by_hand_is_accepted(tmp_path: Path) -> None:
    # The fixtures above are only hostile because of what each changes.
    path = _zip(tmp_path / "ok.zip", _good_entries(_draft()))
    assert len(read_bundle(path).drafts) == 1


# --- the commands ----------------------------------------------------------------------------


def test_collect_from_two_laptops_with_the_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from appeal_tui.cli import main

    runner = CliRunner()
    for laptop, names in (("one", ["Ana", "Bob"]), ("two", ["Cleo"])):
        store = _store(tmp_path, laptop)
        for name in names:
            store.save(_draft(name))
        monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(tmp_path / laptop))
        result = runner.invoke(
            main, ["drafts", "export", "--event", "W4R", "-o", f"{tmp_path / laptop}.zip"]
        )
        assert result.exit_code == 0, result.output
        assert f"wrote {len(names)} draft" in result.output

    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(tmp_path / "organiser"))
    result = runner.invoke(main, ["drafts", "import", f"{tmp_path}/one.zip", f"{tmp_path}/two.zip"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("3 added, 0 updated, 0 unchanged")
    again = runner.invoke(main, ["drafts", "import", f"{tmp_path}/one.zip"])
    assert again.output.splitlines()[-1].startswith("0 added, 0 updated, 2 unchanged")

    # One good bundle and one hostile: nothing at all is imported.
    before = _files(tmp_path / "organiser")
    store = _store(tmp_path, "three")
    store.save(_draft("Dan"))
    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(tmp_path / "three"))
    runner.invoke(main, ["drafts", "export", "-o", f"{tmp_path}/three.zip"])
    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(tmp_path / "organiser"))
    hostile = _hostile(tmp_path, "parent path")
    refused = runner.invoke(main, ["drafts", "import", f"{tmp_path}/three.zip", str(hostile)])
    assert refused.exit_code == 1
    assert "climbs out of the folder" in refused.output
    assert _files(tmp_path / "organiser") == before


def test_export_never_replaces_a_file_and_needs_drafts(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from appeal_tui.cli import main

    out = tmp_path / "x.zip"
    empty = CliRunner().invoke(main, ["drafts", "export", "-o", str(out)])
    assert empty.exit_code == 1 and "no drafts" in empty.output and not out.exists()
    out.write_bytes(b"keep me")
    exists = CliRunner().invoke(main, ["drafts", "export", "-o", str(out)])
    assert exists.exit_code == 2 and "exists already" in exists.output
    assert out.read_bytes() == b"keep me"
    bad = CliRunner().invoke(main, ["drafts", "export", "--status", "finished", "-o", "y.zip"])
    assert bad.exit_code == 2 and "unknown status 'finished'" in bad.output
