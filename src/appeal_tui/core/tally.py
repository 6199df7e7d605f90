"""The count after an event: how many letters, for which case, in which language, to whom.

How letters count (the same rule everywhere the app shows a tally):
- a draft in post mode is one letter per recipient it is addressed to (three recipients: three
  letters, each posted on its own);
- a draft in email mode is one letter, however many recipients it names as To or Cc;
- in the per-recipient count, each recipient a letter names counts once (so an email with two
  copies adds one to each of its three recipients, while the total grows by one).

Writers are counted without keeping or showing who they are: each draft's sender name and email
are normalised (case, accents' composed form, spacing) and hashed with a salt that lives only in
memory for this count. Drafts that share a name or an email are the same writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from appeal_tui.core.model import Case, Sender


class CountableDraft(Protocol):
    """What the tally reads from a draft (`core.draft.Draft` has all of it)."""

    @property
    def case_id(self) -> str: ...
    @property
    def case_title(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def recipients(self) -> Sequence[str]: ...
    @property
    def mode(self) -> str: ...
    @property
    def sender(self) -> Sender: ...
    @property
    def status(self) -> str: ...
    @property
    def event(self) -> str | None: ...
    @property
    def updated(self) -> dt.datetime | str: ...


D = TypeVar("D", bound=CountableDraft)


@dataclass(frozen=True)
class TallyRow:
    """One line of a breakdown: what is counted (`key`), a label to show, and the letters."""

    key: str
    label: str
    letters: int


@dataclass(frozen=True)
class Tally:
    """A finished count. Breakdowns are sorted by letters (most first), then by key."""

    letters: int
    drafts: int
    writers: int
    by_case: tuple[TallyRow, ...]
    by_language: tuple[TallyRow, ...]
    by_recipient: tuple[TallyRow, ...]
    by_status: tuple[TallyRow, ...]
    event: str | None = None
    since: dt.date | None = None
    # Drafts with neither a name nor an email: letters, but no writer to count.
    unnamed: int = 0
    # Every event counted (one tally may cover several; `event` is the first, or None).
    events: tuple[str, ...] = ()
    # The first and last day a counted letter was written (each draft's `created`, else
    # `updated`), None when there are none.
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    # Letters whose draft is marked sent (also in `by_status`).
    sent: int = 0
    # (case id, the issuer's reference) for every case counted, in `by_case` order; the
    # reference is "" where the case gives none or is not loaded.
    references: tuple[tuple[str, str], ...] = ()

    def sections(self) -> tuple[tuple[str, tuple[TallyRow, ...]], ...]:
        """The breakdowns with their headings, in the order reports show them."""
        return (
            ("case", self.by_case),
            ("language", self.by_language),
            ("recipient", self.by_recipient),
            ("status", self.by_status),
        )


def letters_in(draft: CountableDraft) -> int:
    """How many letters one draft is: post mode one per recipient, email mode one."""
    if draft.mode == "email":
        return 1
    return len(draft.recipients)


def updated_date(draft: CountableDraft) -> dt.date | None:
    """The day a draft was last changed, from a datetime or an ISO 8601 string."""
    value = draft.updated
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def event_names(event: str | Sequence[str] | None) -> tuple[str, ...]:
    """`event` as a tuple of names: one name, several (one tally may cover several events), none."""
    if event is None:
        return ()
    names = (event,) if isinstance(event, str) else tuple(event)
    return tuple(dict.fromkeys(name for name in names if name.strip()))


def select_drafts(
    drafts: Iterable[D],
    *,
    event: str | Sequence[str] | None = None,
    since: dt.date | None = None,
) -> list[D]:
    """The drafts of `event` (one name or several; compared without regard to case and
    spacing) changed on or after `since`. A draft whose date cannot be read is left out when
    `since` is given."""
    wanted = {_normal(name) for name in event_names(event)}
    chosen: list[D] = []
    for draft in drafts:
        if wanted and _normal(draft.event or "") not in wanted:
            continue
        if since is not None:
            day = updated_date(draft)
            if day is None or day < since:
                continue
        chosen.append(draft)
    return chosen


def written_date(draft: CountableDraft) -> dt.date | None:
    """The day a draft was written: its `created` time where it has one, else `updated`."""
    created = getattr(draft, "created", None)
    if isinstance(created, dt.datetime):
        return created.date()
    if isinstance(created, str) and created:
        try:
            return dt.datetime.fromisoformat(created).date()
        except ValueError:
            pass
    return updated_date(draft)


def count_letters(
    drafts: Iterable[CountableDraft],
    *,
    event: str | Sequence[str] | None = None,
    since: dt.date | None = None,
    language_name: dict[str, str] | None = None,
    recipient_name: dict[str, str] | None = None,
    case_reference: dict[str, str] | None = None,
    case_title: dict[str, str] | None = None,
) -> Tally:
    """Count the letters in `drafts` (filtered by `event`, one name or several, and `since`).

    Labels: `language_name` maps language codes to names, `recipient_name` maps "case/key" to
    the recipient's name; without them the codes and keys are shown as they are.
    `case_reference` maps case ids to the issuer's reference ("UA 123/15") for `references`;
    `case_title` gives the title of a case whose drafts were saved without one.
    """
    events = event_names(event)
    chosen = select_drafts(drafts, event=events, since=since)
    days = [day for day in map(written_date, chosen) if day is not None]
    names = language_name or {}
    by_case: Counter[str] = Counter()
    titles: dict[str, str] = {}
    by_language: Counter[str] = Counter()
    by_recipient: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    writers = _WriterCount()
    total = unnamed = 0
    for draft in chosen:
        n = letters_in(draft)
        total += n
        by_case[draft.case_id] += n
        titles.setdefault(
            draft.case_id,
            draft.case_title or (case_title or {}).get(draft.case_id) or draft.case_id,
        )
        by_language[draft.language] += n
        by_status[draft.status] += n
        for key in dict.fromkeys(draft.recipients):
            by_recipient[f"{draft.case_id}/{key}"] += 1
        if not writers.add(draft.sender):
            unnamed += 1
    by_case_rows = _rows(by_case, titles)
    references = case_reference or {}
    return Tally(
        letters=total,
        drafts=len(chosen),
        writers=writers.count(),
        by_case=by_case_rows,
        by_language=_rows(by_language, {k: names.get(k, k) for k in by_language}),
        by_recipient=_rows(by_recipient, recipient_name or {}),
        by_status=_rows(by_status, {}),
        event=events[0] if events else None,
        since=since,
        unnamed=unnamed,
        events=events,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        sent=by_status.get("sent", 0),
        references=tuple((row.key, references.get(row.key, "")) for row in by_case_rows),
    )


def tally_drafts(
    drafts: Iterable[CountableDraft],
    cases: Mapping[str, Case],
    *,
    event: str | Sequence[str] | None = None,
    since: dt.date | None = None,
) -> Tally:
    """The tally the organiser screen and `appeal-tui tally` show: `count_letters` labelled
    from `cases` (every case the app can load): language names, "Name (case)" for recipients,
    the cases' titles and references."""
    drafts = list(drafts)
    return count_letters(
        drafts,
        event=event,
        since=since,
        language_name=_language_names({d.language for d in drafts}),
        recipient_name={
            f"{case.id}/{r.key}": f"{r.name} ({case.id})"
            for case in cases.values()
            for r in case.recipients
        },
        case_reference={case.id: case.reference or "" for case in cases.values()},
        case_title={case.id: case.title for case in cases.values()},
    )


def _language_names(codes: set[str]) -> dict[str, str]:
    from appeal_tui.core.languages import language_name

    names: dict[str, str] = {}
    for code in codes:
        try:
            names[code] = language_name(code)
        except Exception:  # a language code from another laptop that Babel does not know
            names[code] = code
    return names


def _rows(counts: Counter[str], labels: dict[str, str]) -> tuple[TallyRow, ...]:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(TallyRow(key, labels.get(key, key), n) for key, n in ordered)


def _normal(text: str) -> str:
    """Case-folded, NFKC, single-spaced: 'Ana  PÉREZ' and 'ana pérez' are the same."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class _WriterCount:
    """Distinct writers by hashed name and email; a shared name or email joins two drafts."""

    def __init__(self) -> None:
        # A fresh salt per count: the hashes mean nothing outside this object and are never stored.
        self._salt = os.urandom(16)
        self._parent: dict[bytes, bytes] = {}

    def _hash(self, kind: str, value: str) -> bytes:
        return hashlib.blake2b(f"{kind}:{value}".encode(), key=self._salt, digest_size=16).digest()

    def _root(self, token: bytes) -> bytes:
        while self._parent[token] != token:
            self._parent[token] = self._parent[self._parent[token]]
            token = self._parent[token]
        return token

    def add(self, sender: Sender) -> bool:
        """Count `sender`; False when there is nothing to count them by."""
        tokens = []
        if _normal(sender.name):
            tokens.append(self._hash("name", _normal(sender.name)))
        if sender.email and _normal(sender.email):
            tokens.append(self._hash("email", _normal(sender.email)))
        for token in tokens:
            self._parent.setdefault(token, token)
        for token in tokens[1:]:
            self._parent[self._root(token)] = self._root(tokens[0])
        return bool(tokens)

    def count(self) -> int:
        return len({self._root(token) for token in self._parent})
