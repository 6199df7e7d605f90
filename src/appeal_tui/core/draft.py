"""A draft letter: what the writer chose and typed, as plain data with a JSON form.

Pure: no I/O. `storage.drafts.DraftStore` writes drafts to disk; this module only says what a
draft is and how it turns into JSON and back. A draft file may have been edited, truncated or
written by another version of the app, so `from_json` checks every field and raises
`DraftFormatError` with a message naming the field instead of trusting the file.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar, get_args

from appeal_tui.core.choices import MODES, default_language, parse_recipients
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.i18n import _, pgettext
from appeal_tui.core.model import Case, Mode, Sender

SCHEMA = 1

DraftStatus = Literal["draft", "ready", "printed", "sent"]
STATUSES: tuple[DraftStatus, ...] = get_args(DraftStatus)


def status_word(status: str) -> str:
    """A draft's status as people read it ("draft", "ready", "printed", "sent"), in the
    interface language; in its own context, since "draft" is also a counted noun elsewhere.
    Files and machine-readable output keep the English key. One catalog lookup a call (it is
    called for every row of `drafts list`)."""
    match status:
        case "draft":
            return pgettext("draft status", "draft")
        case "ready":
            return pgettext("draft status", "ready")
        case "printed":
            return pgettext("draft status", "printed")
        case "sent":
            return pgettext("draft status", "sent")
    return status


# Ids become file names: letters, digits and dashes only, never a path.
_ID_PATTERN = re.compile(r"^[0-9a-z][0-9a-z-]{3,63}$")
_Choice = TypeVar("_Choice", bound=str)


class DraftFormatError(ValueError):
    """The data is not a draft this version can read; the message names what is wrong."""


class DraftTooNewError(DraftFormatError):
    """The draft was written by a newer version of the app (a higher schema number)."""


@dataclass(frozen=True)
class Draft:
    """One letter in progress. `body` is the writer's text exactly as typed.

    `revision` counts saves; the store uses it to notice that another window saved the same
    draft meanwhile. Times are ISO 8601 strings in UTC.
    """

    id: str
    case_id: str
    language: str
    schema: int = SCHEMA
    case_hash: str | None = None
    # Kept so a draft whose case has disappeared still lists and prints well.
    case_title: str = ""
    recipients: tuple[str, ...] = ()
    mode: Mode = "post"
    sender: Sender = field(default_factory=Sender)
    body: str = ""
    status: DraftStatus = "draft"
    status_dates: dict[str, str] = field(default_factory=dict)
    event: str | None = None
    created: str = ""
    updated: str = ""
    revision: int = 0
    # Set on a draft saved aside because another window changed the original meanwhile.
    conflict_of: str | None = None


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string (`2024-05-15T10:11:12.345Z`)."""
    return iso_utc(dt.datetime.now(dt.UTC))


def iso_utc(moment: dt.datetime) -> str:
    """`moment` as an ISO 8601 UTC string; a naive datetime is taken to be UTC.

    Milliseconds are kept when there are any, so drafts saved within one second still sort.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def new_draft_id(now: dt.datetime | None = None) -> str:
    """A new id, safe as a file name: random first (so short prefixes are unique), then the date."""
    moment = now or dt.datetime.now(dt.UTC)
    return f"{secrets.token_hex(6)}-{moment.strftime('%Y%m%d')}"


def is_valid_id(draft_id: str) -> bool:
    """True when `draft_id` has the form of an id (and so is safe as a file name)."""
    return bool(_ID_PATTERN.match(draft_id))


def new_draft(
    case_id: str,
    *,
    language: str,
    recipients: tuple[str, ...] | list[str] = (),
    mode: Mode = "post",
    sender: Sender | None = None,
    body: str = "",
    case_hash: str | None = None,
    case_title: str = "",
    event: str | None = None,
    now: dt.datetime | None = None,
) -> Draft:
    """A fresh, unsaved draft (revision 0) with a new id and `created`/`updated` set to now."""
    stamp = iso_utc(now) if now else utc_now()
    return Draft(
        id=new_draft_id(now),
        case_id=case_id,
        language=language,
        case_hash=case_hash,
        case_title=case_title,
        recipients=tuple(recipients),
        mode=mode,
        sender=sender or Sender(),
        body=body,
        status="draft",
        status_dates={"draft": stamp},
        event=event,
        created=stamp,
        updated=stamp,
    )


def draft_for_case(
    case: Case,
    *,
    language: str | None = None,
    recipients: Sequence[str] | None = None,
    mode: Mode = "post",
    sender: Sender | None = None,
    body: str = "",
    event: str | None = None,
    now: dt.datetime | None = None,
) -> Draft:
    """`new_draft` for `case`, recording its id, title and file hash. Without a language, the
    case's first; without recipients, every recipient (`core.choices`)."""
    return new_draft(
        case.id,
        language=language or default_language(case),
        recipients=tuple(recipients if recipients is not None else parse_recipients(case, ())),
        mode=mode,
        sender=sender,
        body=body,
        case_hash=case.source_hash,
        case_title=case.title,
        event=event,
        now=now,
    )


def with_status(draft: Draft, status: DraftStatus, now: dt.datetime | None = None) -> Draft:
    """`draft` moved to `status`, with the date it got there recorded."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    dates = {**draft.status_dates, status: iso_utc(now) if now else utc_now()}
    return replace(draft, status=status, status_dates=dates)


def case_changed(draft: Draft, case: Case) -> bool:
    """True when the case file changed since the draft was started (both hashes known, differ)."""
    return bool(draft.case_hash and case.source_hash and draft.case_hash != case.source_hash)


def to_json(draft: Draft) -> dict[str, Any]:
    """The draft as a JSON-ready dict (the form written to disk)."""
    s = draft.sender
    return {
        "schema": draft.schema,
        "id": draft.id,
        "revision": draft.revision,
        "case_id": draft.case_id,
        "case_hash": draft.case_hash,
        "case_title": draft.case_title,
        "language": draft.language,
        "recipients": list(draft.recipients),
        "mode": draft.mode,
        "status": draft.status,
        "status_dates": dict(draft.status_dates),
        "event": draft.event,
        "created": draft.created,
        "updated": draft.updated,
        "conflict_of": draft.conflict_of,
        "sender": {
            "name": s.name,
            "address": list(s.address),
            "city": s.city,
            "country": s.country,
            "email": s.email,
        },
        "body": draft.body,
    }


# Drafts travel between laptops in bundles: hidden characters are dropped when a draft is
# read (a writer's typing never contains them).
class FieldReader:
    """Typed access to a JSON object read from a file.

    A wrong type raises DraftFormatError naming the field.
    """

    def __init__(self, data: Mapping[str, Any], where: str = "") -> None:
        self.data = data
        self.where = where

    def _fail(self, key: str, message: str) -> DraftFormatError:
        """`message` (translated, with {field} and {got}: the JSON type found) about `key`."""
        got = type(self.data.get(key)).__name__
        return DraftFormatError(message.format(field=self.where + key, got=got))

    def text(self, key: str, default: str | None = None, *, required: bool = False) -> str:
        value = self.data.get(key, default)
        if value is None and not required and default is not None:
            return default
        if not isinstance(value, str):
            raise self._fail(key, _("field '{field}': expected text, got {got}"))
        return without_hidden(value)

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise self._fail(key, _("field '{field}': expected text or null, got {got}"))
        return None if value is None else without_hidden(value)

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        # bool is an int in Python; a draft's numbers never are.
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, _("field '{field}': expected a whole number, got {got}"))
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, _("field '{field}': expected a list of text, got {got}"))
        return tuple(without_hidden(v) for v in value)

    def choice(self, key: str, choices: tuple[_Choice, ...], default: _Choice) -> _Choice:
        value = self.text(key, default)
        for choice in choices:
            if value == choice:
                return choice
        raise DraftFormatError(
            _("field '{field}': {value} is not one of {choices}").format(
                field=self.where + key, value=repr(value), choices=", ".join(choices)
            )
        )


def from_json(data: object) -> Draft:
    """A Draft from the JSON form; raises DraftFormatError on anything that is not a valid draft."""
    if not isinstance(data, dict):
        raise DraftFormatError(
            _("expected a JSON object, got {got}").format(got=type(data).__name__)
        )
    r = FieldReader(data)
    schema = r.integer("schema")
    if schema > SCHEMA:
        raise DraftTooNewError(
            _(
                "schema {schema} is newer than this version of appeal-tui understands ({known})"
            ).format(schema=schema, known=SCHEMA)
        )
    if schema < 1:
        raise DraftFormatError(
            _("field 'schema': {schema} is not a valid schema number").format(schema=schema)
        )
    draft_id = r.text("id", required=True)
    if not is_valid_id(draft_id):
        raise DraftFormatError(
            _("field 'id': {id} is not a valid draft id").format(id=repr(draft_id))
        )
    revision = r.integer("revision", 0)
    if revision < 0:
        raise DraftFormatError(_("field 'revision': must not be negative"))
    sender_data = data.get("sender", {})
    if not isinstance(sender_data, dict):
        raise r._fail("sender", _("field '{field}': expected an object, got {got}"))
    sr = FieldReader(sender_data, "sender.")
    dates = data.get("status_dates", {})
    if not isinstance(dates, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in dates.items()
    ):
        raise r._fail("status_dates", _("field '{field}': expected an object of text, got {got}"))
    return Draft(
        schema=schema,
        id=draft_id,
        revision=revision,
        case_id=r.text("case_id", required=True),
        case_hash=r.optional_text("case_hash"),
        case_title=r.text("case_title", ""),
        language=r.text("language", required=True),
        recipients=r.texts("recipients"),
        mode=r.choice("mode", MODES, "post"),
        status=r.choice("status", STATUSES, "draft"),
        status_dates=dict(dates),
        event=r.optional_text("event"),
        created=r.text("created", ""),
        updated=r.text("updated", ""),
        conflict_of=r.optional_text("conflict_of"),
        sender=Sender(
            name=sr.text("name", ""),
            address=sr.texts("address"),
            city=sr.optional_text("city"),
            country=sr.optional_text("country"),
            email=sr.optional_text("email"),
        ),
        body=r.text("body", ""),
    )
