"""Fuzzing draft files: whatever is in the drafts folder (a truncated file, another program's
JSON, a hand edit), `from_json` gives a Draft or a DraftFormatError, and listing the folder never
raises: bad files are moved to quarantine inside the drafts folder and reported as problems."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.core.draft import Draft, DraftFormatError, from_json, new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import INDEX_NAME, DraftStore
from appeal_tui.storage.paths import Paths
from hostile.guards import files_under, hard_timeout, new_files_outside
from hostile.hostile_text import HOSTILE

_json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
)
json_values = st.recursive(
    _json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=25,
)
_FIELDS = ["schema", "id", "revision", "case_id", "case_hash", "case_title", "language",
           "recipients", "mode", "status", "status_dates", "event", "created", "updated",
           "conflict_of", "sender", "body"]  # fmt: skip


def _valid() -> dict[str, Any]:
    draft = new_draft("case-x", language="en", recipients=["a"], sender=Sender("W"), body=HOSTILE)
    return to_json(draft)


def check_from_json(data: object) -> None:
    try:
        draft = from_json(data)
    except DraftFormatError as e:
        assert str(e)
        return
    assert isinstance(draft, Draft)
    # What was read writes back as the same draft.
    assert from_json(json.loads(json.dumps(to_json(draft)))) == draft


@given(json_values)
def test_from_json_on_any_json(data: object) -> None:
    check_from_json(data)


@given(st.dictionaries(st.sampled_from(_FIELDS), json_values, max_size=len(_FIELDS)))
def test_from_json_on_draft_shaped_objects(fields: dict[str, Any]) -> None:
    check_from_json(fields)


@given(st.sampled_from(_FIELDS), json_values)
def test_from_json_with_one_field_replaced(field: str, value: object) -> None:
    data = _valid()
    data[field] = value
    check_from_json(data)


def _store(root: Path) -> DraftStore:
    return DraftStore(Paths(root / "data"))


DRAFT_ID = "abcdef012345-20240515"
HOSTILE_FILES = {
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "huge number": b'{"schema": 1, "revision": ' + b"9" * 10_000 + b"}",
    "huge exponent": b'{"schema": 1e999999}',
    "nan": b'{"schema": NaN}',
    "utf-16": json.dumps(_valid()).encode("utf-16"),
    "lone surrogate": b'{"schema": 1, "id": "\\ud800"}',
    "nul": b'{"schema": 1}\x00',
    "empty": b"",
    "not an object": b"[1, 2, 3]",
    "wrong id": json.dumps({**_valid(), "id": "zzzz-other"}).encode(),
    "path id": json.dumps({**_valid(), "id": "../../escape"}).encode(),
    "schema from the future": json.dumps({**_valid(), "schema": 99}).encode(),
    "bool revision": json.dumps({**_valid(), "revision": True}).encode(),
}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(list(HOSTILE_FILES)) | st.binary(max_size=300), min_size=1, max_size=6)
)
def test_listing_a_folder_of_bad_files(tmp_path_factory: Any, contents: list[Any]) -> None:
    root = tmp_path_factory.mktemp("drafts-fuzz")
    store = _store(root)
    good = store.save(new_draft("case-x", language="en", body="kept")).draft
    before = files_under(root)
    for n, item in enumerate(contents):
        data = HOSTILE_FILES[item] if isinstance(item, str) else item
        (store.folder / f"{DRAFT_ID[:-1]}{n}.json").write_bytes(data)
    with hard_timeout(30):
        summaries = store.list()
    assert good.id in [s.id for s in summaries], "a bad file hid a good draft"
    assert new_files_outside(root, store.folder, before) == []
    # Every file that is not a readable draft was reported.
    listed = {s.id for s in summaries}
    for name in store.ids():
        assert name in listed or any(name in p.path for p in store.problems)


def test_each_hostile_draft_file_is_quarantined_or_listed(tmp_path: Path) -> None:
    store = _store(tmp_path)
    for n, data in enumerate(HOSTILE_FILES.values()):
        (store.folder / f"{DRAFT_ID[:-2]}{n:02d}.json").write_bytes(data)
    with hard_timeout(30):
        assert store.list() == []
    assert len(store.problems) == len(HOSTILE_FILES)
    # The future-schema draft is left in place (a newer app can read it); the rest are moved.
    assert len(list(store.quarantine.iterdir())) == len(HOSTILE_FILES) - 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=500) | json_values.map(lambda v: json.dumps(v).encode()))
def test_a_damaged_index_is_rebuilt(tmp_path_factory: Any, index: bytes) -> None:
    root = tmp_path_factory.mktemp("index-fuzz")
    store = _store(root)
    saved = store.save(new_draft("case-x", language="en", body="kept")).draft
    (store.folder / INDEX_NAME).write_bytes(index)
    assert [s.id for s in store.list()] == [saved.id]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(json_values, st.lists(json_values, min_size=13, max_size=13)))
def test_an_index_row_of_any_shape_is_not_trusted(tmp_path_factory: Any, fuzz: object) -> None:
    root = tmp_path_factory.mktemp("index-row-fuzz")
    store = _store(root)
    first = store.save(new_draft("case-x", language="en", body="one")).draft
    second = store.save(new_draft("case-y", language="en", body="two")).draft
    store.list()
    index = json.loads((store.folder / INDEX_NAME).read_bytes())
    rows = index["rows"]
    at = next(n for n, row in enumerate(rows) if row[3] == first.id)
    # The file's true signature and id (by which the row is found), so the row is believed as
    # far as its shape allows.
    rows[at] = [*rows[at][:4], *fuzz[1:]] if isinstance(fuzz, list) else fuzz
    (store.folder / INDEX_NAME).write_text(json.dumps(index))
    assert sorted(s.id for s in store.list()) == sorted([first.id, second.id])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(json_values, max_size=5))
def test_index_rows_of_any_shape_are_rebuilt(tmp_path_factory: Any, rows: list[Any]) -> None:
    """An index of this version whose rows are anything at all (a row is found by the id at
    its fourth place): the drafts are listed from their files."""
    from appeal_tui.storage.drafts import INDEX_VERSION

    root = tmp_path_factory.mktemp("index-rows-fuzz")
    store = _store(root)
    saved = store.save(new_draft("case-x", language="en", body="kept")).draft
    index = {"version": INDEX_VERSION, "rows": rows}
    (store.folder / INDEX_NAME).write_text(json.dumps(index))
    assert [s.id for s in store.list()] == [saved.id]
