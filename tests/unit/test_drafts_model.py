"""The Draft model: its JSON form round-trips, and bad data is refused with a clear message."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from appeal_tui.core.draft import (
    Draft,
    DraftFormatError,
    DraftTooNewError,
    case_changed,
    from_json,
    is_valid_id,
    new_draft,
    to_json,
    with_status,
)
from appeal_tui.core.model import Case, Sender


def sample() -> Draft:
    return new_draft(
        "ir-hossein-ronaghi-maleki",
        language="fa",
        recipients=("leader", "judiciary"),
        sender=Sender("Ana Example", ("1 High Street", "Leeds"), email="ana@example.org"),
        body="عالیجناب،\n\nI write  with\ttabs and  double spaces.\n",
        case_hash="ab" * 32,
        case_title="Activist denied medical care",
        event="Leeds stall",
        now=dt.datetime(2024, 5, 15, 10, 11, 12, tzinfo=dt.UTC),
    )


def test_json_round_trip_keeps_every_field_and_the_body_verbatim() -> None:
    draft = with_status(sample(), "ready", dt.datetime(2024, 5, 16, tzinfo=dt.UTC))
    again = from_json(json.loads(json.dumps(to_json(draft))))
    assert again == draft
    assert again.body == "عالیجناب،\n\nI write  with\ttabs and  double spaces.\n"
    assert again.status_dates == {"draft": "2024-05-15T10:11:12Z", "ready": "2024-05-16T00:00:00Z"}


def test_new_draft_ids_are_distinct_and_safe_as_file_names() -> None:
    ids = {new_draft("c", language="en").id for _ in range(200)}
    assert len(ids) == 200
    assert all(is_valid_id(i) and "/" not in i and "." not in i for i in ids)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema": "1"}, "field 'schema': expected a whole number, got str"),
        ({"id": "../../etc/passwd"}, "field 'id'"),
        ({"revision": True}, "field 'revision': expected a whole number, got bool"),
        ({"recipients": "leader"}, "field 'recipients': expected a list of text"),
        ({"mode": "fax"}, "field 'mode': 'fax' is not one of post, email"),
        ({"status": "lost"}, "field 'status'"),
        ({"sender": {"name": 3}}, "field 'sender.name': expected text, got int"),
        ({"sender": []}, "field 'sender': expected an object"),
        ({"body": None}, None),  # a missing body is an empty one
        ({"case_id": None}, "field 'case_id': expected text"),
        ({"status_dates": {"draft": 1}}, "field 'status_dates'"),
    ],
)
def test_bad_fields_are_named(change: dict[str, Any], message: str | None) -> None:
    data = {**to_json(sample()), **change}
    if message is None:
        assert from_json(data).body == ""
        return
    with pytest.raises(DraftFormatError) as info:
        from_json(data)
    assert message in str(info.value)


def test_not_an_object_and_newer_schema_are_refused() -> None:
    with pytest.raises(DraftFormatError, match="expected a JSON object, got list"):
        from_json([1, 2])
    with pytest.raises(DraftTooNewError, match="schema 2 is newer"):
        from_json({**to_json(sample()), "schema": 2})


def test_a_changed_case_file_is_noticed() -> None:
    draft = sample()
    case = Case("ir-hossein-ronaghi-maleki", "t", "Iran", (), "", ("fa",), {}, ())
    assert not case_changed(draft, replace(case, source_hash="ab" * 32))
    assert case_changed(draft, replace(case, source_hash="cd" * 32))
    assert not case_changed(draft, case)  # unknown hash: nothing to say


def test_text_from_a_bundle_loses_control_and_bidi_characters() -> None:
    """A draft file from another laptop cannot smuggle escape sequences or a bidi override
    into the app: they are dropped when it is read, the words around them kept."""
    from appeal_tui.core.draft import from_json, new_draft, to_json

    data = to_json(new_draft("xx-case", language="en", recipients=("a",)))
    data["body"] = "Dear \x1b]0;pwned\x07Minister,\n\tfree\u202e him\x00."
    data["case_title"] = "T\x1b[2Jitle"
    data["sender"] = {"name": "A\u2066na", "address": ["1 \x9bStreet"]}
    draft = from_json(data)
    assert draft.body == "Dear ]0;pwnedMinister,\n\tfree him."
    assert draft.case_title == "T[2Jitle"
    assert draft.sender.name == "Ana"
    assert draft.sender.address == ("1 Street",)
