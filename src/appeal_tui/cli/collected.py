"""The drafts collected at events (after `drafts import`), for the organiser's commands:
`drafts print|mark|writers` and `envelopes --from-drafts`.

One place decides which drafts an `--event` (repeatable) and `--status` choose, in which order
(the order they were written), and how a draft becomes letters again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import click

from appeal_tui.cli.common import fail, say, state
from appeal_tui.core.draft import Draft, DraftFormatError
from appeal_tui.core.hidden_text import LINE_BREAKS, without_hidden
from appeal_tui.core.i18n import _
from appeal_tui.core.library import CaseLibrary
from appeal_tui.core.model import Letter
from appeal_tui.core.tally import event_names, select_drafts, written_date
from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore
from appeal_tui.storage.paths import default_paths


def clean(text: str) -> str:
    """Text from a draft, safe to print on a terminal (no escape codes, no bidi overrides)."""
    return without_hidden(text, also=LINE_BREAKS)


def chosen_events(ctx: click.Context, events: Sequence[str]) -> tuple[str, ...]:
    """The events asked for, or the top-level `--event`, or none (every draft)."""
    names = event_names(tuple(events))
    if names:
        return names
    top = state(ctx).event
    return (top,) if top else ()


def readable_drafts(store: DraftStore) -> list[Draft]:
    """Every draft of `store` that can be read, in the store's order; unreadable draft files are
    reported on stderr (escaped) and skipped. The one loop `tally`, `drafts print`, `mark`,
    `writers` and `envelopes --from-drafts` read drafts with."""
    drafts: list[Draft] = []
    for summary in store.list():
        try:
            drafts.append(store.load(summary.id))
        except (DraftNotFoundError, DraftFormatError, OSError):
            continue
    for problem in store.problems:
        say(problem.format(), err=True)
    return drafts


def collected_drafts(
    events: Sequence[str], statuses: Sequence[str] = ()
) -> tuple[DraftStore, list[Draft]]:
    """The store and the drafts of `events` (all with none) with one of `statuses` (any with
    none), oldest first. Unreadable draft files are reported on stderr and skipped."""
    store = DraftStore(default_paths())
    drafts = readable_drafts(store)
    chosen = select_drafts(drafts, event=tuple(events))
    if statuses:
        chosen = [d for d in chosen if d.status in statuses]
    chosen.sort(key=lambda d: (d.created or d.updated, d.id))
    return store, chosen


def chosen_names(events: Sequence[str], statuses: Sequence[str] = ()) -> dict[str, str]:
    """The events and statuses asked for, as messages name them: {"events": "'A' or 'B'",
    "statuses": "ready or sent"} (each "" when none was given)."""
    # TRANSLATORS: "or" joins the names of events or statuses ("'A' or 'B'").
    joiner = _(" or ")
    return {
        "events": joiner.join(f"'{clean(e)}'" for e in events),
        "statuses": joiner.join(statuses),
    }


def require_some(drafts: Sequence[Draft], events: Sequence[str], statuses: Sequence[str]) -> None:
    """Fail (exit 1) when nothing was chosen, saying what was looked for."""
    if drafts:
        return
    # TRANSLATORS: {events} is "'A'" or "'A' or 'B'"; {statuses} is "sent" or "ready or sent".
    if events and statuses:
        message = _(
            "no drafts of event {events} with status {statuses} in {folder} (import the "
            "laptops' bundles with `appeal-tui drafts import`)"
        )
    elif events:
        message = _(
            "no drafts of event {events} in {folder} (import the laptops' bundles with "
            "`appeal-tui drafts import`)"
        )
    elif statuses:
        message = _(
            "no drafts with status {statuses} in {folder} (import the laptops' bundles with "
            "`appeal-tui drafts import`)"
        )
    else:
        message = _(
            "no drafts in {folder} (import the laptops' bundles with `appeal-tui drafts import`)"
        )
    fail(message.format(folder=default_paths().drafts, **chosen_names(events, statuses)), code=1)


def letters_of(draft: Draft, library: CaseLibrary) -> list[Letter] | str:
    """The letters of `draft` as the writer saw them (their own text, dated the day they wrote
    it), or a sentence saying why they cannot be made."""
    from appeal_tui.core.compose import ComposeError, compose_letters

    case = library.get(draft.case_id)
    if case is None:
        return _("its case '{case}' is not in the case library").format(case=clean(draft.case_id))
    try:
        return compose_letters(
            case,
            draft.language,
            draft.recipients,
            draft.sender,
            body=draft.body,
            mode=draft.mode,
            today=written_date(draft) or dt.date.today(),
        )
    except (ComposeError, ValueError, KeyError) as e:
        return _("its letters cannot be composed ({reason})").format(reason=clean(str(e)))


def write_output(output: Path, data: bytes, what: str, *, mode: int = 0o600) -> Path:
    """Write `data` to `output`, never over an existing file (a numbered name beside it: the
    one rule of docs/files.md). Owner-only unless `mode` says otherwise."""
    from appeal_tui.storage.atomic import write_new_at

    try:
        written = write_new_at(output, data, mode=mode)
    except OSError as e:
        fail(
            _("cannot write {file}: {reason}; nothing was written").format(
                file=output, reason=e.strerror or e
            ),
            code=1,
        )
    if written != output:
        say(
            _("{file} already exists; kept it and wrote {new} instead").format(
                file=output, new=written
            ),
            err=True,
        )
    # TRANSLATORS: {what} is a counted phrase: "3 letters", "2 case sheets", "the tally".
    say(_("wrote {what} to {file}").format(what=what, file=written), err=True)
    return written
