"""A listing reads each draft file with `summary_row`, which checks what `from_json` checks but
cleans only what a list shows, and hands anything out of the ordinary to `from_json`. Here both
readers meet drafts of every shape: the rows listed and the files refused must be the same."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.core.draft import DraftFormatError, from_json, new_draft, to_json
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import (
    DraftStore,
    DraftSummary,
    _checked_row,
    _draft_values,
    _plain_row,
    _shown_row,
    summary_row,
)
from appeal_tui.storage.paths import Paths
from hostile.hostile_text import HOSTILE

DRAFT_ID = "abcdef012345-20240515"
_FIELDS = ["schema", "id", "revision", "case_id", "case_hash", "case_title", "language",
           "recipients", "mode", "status", "status_dates", "event", "created", "updated",
           "conflict_of", "sender", "body"]  # fmt: skip
_SENDER_FIELDS = ["name", "address", "city", "country", "email"]
# Values a hand edit, another program or a hostile bundle may put in a field.
_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["post", "email", "draft", "sent", "ready", "printed", "po\x00st", "\u202esent",
                     DRAFT_ID, DRAFT_ID + "\n", f"\x1b]0;{DRAFT_ID}", "  ", "\u2028", HOSTILE]),
)  # fmt: skip
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-3, max_value=3), st.floats(allow_nan=False),
    _texts,
)  # fmt: skip
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_texts, inner, max_size=3)
    ),
    max_leaves=8,
)


def _valid(**changes: Any) -> dict[str, Any]:
    draft = new_draft(
        "case-x",
        language="fa",
        recipients=["leader", "judiciary"],
        sender=Sender("Ana", ("1 High Street",), "Leeds", "UK", "ana@example.org"),
        body="Dear Sir,\n\n" + HOSTILE,
        case_title="Title with \u202e hidden \x1b[2J parts",
        event="Leeds stall",
    )
    data = to_json(draft)
    data["id"] = DRAFT_ID
    data.update(changes)
    return data


def full_row(raw: object, draft_id: str = DRAFT_ID) -> list[Any] | None:
    """The row the full reader gives (as `DraftStore._read` checks it), None when refused."""
    try:
        draft = from_json(raw)
    except DraftFormatError:
        return None
    if draft.id != draft_id:
        return None
    return DraftSummary.of(draft).to_row()


def check_same(raw: object, draft_id: str = DRAFT_ID) -> list[Any] | None:
    quick = summary_row(raw, draft_id)
    if quick is not None:
        # Whatever the quick reader takes, the full reader takes too, with the same row.
        assert quick == full_row(raw, draft_id)
    return quick


def test_plain_drafts_are_read_the_quick_way_with_the_same_rows() -> None:
    plain = [
        _valid(),
        _valid(event=None, conflict_of="0123456789ab-20240101", status="sent", mode="email"),
        _valid(sender={}, recipients=[], case_title=None, body=None, created=None, updated=None),
        _valid(recipients=["\u202eevil", "ok\x00"], language="e\x1bn", case_id="c\u2066x"),
        _valid(sender={"name": "\x1b\u202e  "}),  # a name of hidden characters only: no name
        {k: v for k, v in _valid().items() if k not in ("revision", "sender", "status_dates")},
    ]
    for raw in plain:
        assert check_same(raw) is not None, raw
    # Hidden characters are cleaned from what is shown, exactly as the full reader cleans.
    row = check_same(plain[3])
    assert row is not None and row[4] == ["evil", "ok"] and row[3] == "en"


def test_drafts_as_the_app_writes_them_take_the_quickest_look() -> None:
    """Drafts the app writes, optional fields given or null, hidden characters or not, are
    taken by the look at their types (`_plain_row`) with the field-by-field check's row; a
    field of another type is left to that check."""
    written = [
        _valid(),
        _valid(event=None, conflict_of="0123456789ab-20240101", case_hash="abc", status="sent"),
        _valid(sender={"name": "", "address": [], "city": None, "country": None, "email": None}),
        _valid(status_dates={"ready": "2024-05-15T10:00:00Z"}, recipients=[]),
    ]
    for raw in written:
        plain = _plain_row(_draft_values(raw), DRAFT_ID)
        assert plain is not None, raw
        assert _shown_row(plain) == _checked_row(raw, DRAFT_ID) == full_row(raw)
    for changes in ({"case_title": None}, {"mode": None}, {"status": None}, {"body": None},
                    {"sender": {**_valid()["sender"], "name": None}}):  # fmt: skip
        raw = _valid(**changes)
        assert _plain_row(_draft_values(raw), DRAFT_ID) is None, changes
        assert check_same(raw) is not None, changes


@pytest.mark.parametrize(
    "raw",
    [
        [],
        "text",
        _valid(schema=2),
        _valid(schema=True),
        _valid(schema=0),
        _valid(id="other-20240515"),
        _valid(id=DRAFT_ID.upper()),
        _valid(revision=-1),
        _valid(revision=1.0),
        _valid(sender=[]),
        _valid(sender={"name": 3}),
        _valid(sender={"address": "one line"}),
        _valid(sender={"email": ["a"]}),
        _valid(status_dates={"draft": 1}),
        _valid(case_id=None),
        _valid(language=["en"]),
        _valid(recipients=["a", None]),
        _valid(mode="fax"),
        _valid(mode=["post"]),
        _valid(status={"draft": 1}),
        _valid(body=7),
        _valid(case_hash=1),
        _valid(event=False),
        _valid(conflict_of=[]),
    ],
)
def test_what_the_full_reader_refuses_the_quick_reader_refuses(raw: object) -> None:
    assert full_row(raw) is None
    assert check_same(raw) is None


def test_a_value_valid_only_once_cleaned_goes_to_the_full_reader() -> None:
    # "po\x00st" is "post" once cleaned: the full reader takes it, the quick one leaves it to it.
    raw = _valid(mode="po\x00st", id=DRAFT_ID)
    assert summary_row(raw, DRAFT_ID) is None
    assert full_row(raw) is not None


@given(st.sampled_from(_FIELDS), _values)
def test_one_field_replaced(field: str, value: object) -> None:
    raw = _valid()
    raw[field] = value
    check_same(raw)


@given(st.sampled_from(_SENDER_FIELDS), _values)
def test_one_sender_field_replaced(field: str, value: object) -> None:
    raw = _valid()
    raw["sender"] = {**raw["sender"], field: value}
    check_same(raw)


@given(st.dictionaries(st.sampled_from(_FIELDS), _values, max_size=len(_FIELDS)))
def test_draft_shaped_objects(fields: dict[str, Any]) -> None:
    check_same({**fields, "schema": 1, "id": DRAFT_ID} if fields.get("schema") == 1 else fields)


@given(st.lists(st.sampled_from(_FIELDS), unique=True, max_size=6))
def test_fields_left_out(missing: list[str]) -> None:
    raw = {k: v for k, v in _valid().items() if k not in missing}
    check_same(raw)


def _listing(store: DraftStore) -> tuple[list[DraftSummary], list[str], list[str]]:
    summaries = store.list()
    problems = [p.format() for p in store.problems]
    quarantined = sorted(p.name for p in store.quarantined)
    return summaries, problems, quarantined


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
@given(
    st.lists(
        st.tuples(st.sampled_from(_FIELDS), _values) | st.binary(max_size=60),
        min_size=1,
        max_size=8,
    )
)
def test_a_folder_lists_as_the_full_reader_lists_it(
    tmp_path_factory: Any, items: list[Any]
) -> None:
    """Every file read the full way (`DraftStore._read`, as before the quick reader) against a
    listing: the same rows, problems and quarantined files."""
    files: dict[str, bytes] = {}
    for n, item in enumerate(items):
        draft_id = f"{DRAFT_ID[:-1]}{n}"
        if isinstance(item, bytes):
            files[draft_id] = item
        else:
            raw = _valid(id=draft_id)
            raw[item[0]] = item[1]
            files[draft_id] = json.dumps(raw, ensure_ascii=False, indent=1).encode("utf-8")
    folders = []
    for _side in range(2):
        root = tmp_path_factory.mktemp("summary-listing")
        store = DraftStore(Paths(root / "data"))
        for draft_id, data in files.items():
            (store.folder / f"{draft_id}.json").write_bytes(data)
        folders.append(store)
    quick, full = folders
    full_summaries: list[DraftSummary] = []
    full.problems = []
    for name in sorted(full.ids()):
        try:
            full_summaries.append(DraftSummary.of(full._read(full.path_of(name))))
        except DraftFormatError:
            continue
    listed, problems, quarantined = _listing(quick)
    assert sorted(listed, key=lambda s: s.id) == full_summaries
    strip = str(quick.folder.parent.parent), str(full.folder.parent.parent)
    assert sorted(p.replace(strip[0], "") for p in problems) == sorted(
        p.format().replace(strip[1], "") for p in full.problems
    )
    assert quarantined == sorted(p.name for p in full.quarantined)


def test_the_listing_of_a_real_folder_and_its_index_match_the_full_reader(tmp_path: Path) -> None:
    store = DraftStore(Paths(tmp_path / "data"))
    for n in range(30):
        draft = new_draft(
            f"case-{n % 4}",
            language=("en", "fa", "es")[n % 3],
            recipients=["leader"] if n % 2 else [],
            sender=Sender("Ana" if n % 5 else ""),
            body=HOSTILE,
            case_title=HOSTILE[: n * 3],
            event="Leeds stall" if n % 3 == 0 else None,
        )
        store.save(draft)
    listed = store.list()
    expected = sorted(
        (DraftSummary.of(store.load(s.id)) for s in listed),
        key=lambda s: (s.updated, s.id),
        reverse=True,
    )
    assert listed == expected
    # The index written by the listing gives the same rows to the next one.
    assert DraftStore(Paths(tmp_path / "data")).list() == expected
