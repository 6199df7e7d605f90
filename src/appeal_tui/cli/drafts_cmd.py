"""`appeal-tui drafts list|show|delete`: the saved drafts, from the command line.

An id may be shortened to any prefix that only one draft has (the list shows short ones).
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import click

from appeal_tui.cli.common import fail, state
from appeal_tui.core.draft import Draft, DraftFormatError, case_changed
from appeal_tui.core.model import Case
from appeal_tui.storage.drafts import (
    TRASH_DAYS,
    AmbiguousDraftIdError,
    DraftNotFoundError,
    DraftStore,
    DraftSummary,
)
from appeal_tui.storage.paths import default_paths

SHORT_ID = 8
# Draft files are local but their text came from case files and the keyboard: show it inert.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LIST_HINT = "see `appeal-tui drafts list`"


@click.group()
def drafts() -> None:
    """List, show and delete saved drafts; bundle, print and mark an event's drafts."""


def _store() -> DraftStore:
    return DraftStore(default_paths())


def _resolve(store: DraftStore, prefix: str) -> str:
    try:
        return store.resolve(prefix)
    except AmbiguousDraftIdError as e:
        fail(f"{e}; give more of the id")
    except DraftNotFoundError:
        fail(f"no draft with id '{_clean(prefix)}' ({LIST_HINT})")


def _load(store: DraftStore, prefix: str) -> Draft:
    draft_id = _resolve(store, prefix)
    try:
        return store.load(draft_id)
    except DraftNotFoundError:
        fail(f"no draft with id '{draft_id}' ({LIST_HINT})")
    except DraftFormatError as e:
        fail(str(e), code=1)
    except OSError as e:
        fail(f"cannot read draft {draft_id}: {e.strerror or e}", code=1)


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)


def _when(iso: str) -> str:
    """An ISO UTC time as local `YYYY-MM-DD HH:MM`; the text itself if it does not parse."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return _clean(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def short_ids(ids: list[str]) -> dict[str, str]:
    """Each id shortened to at least SHORT_ID characters, longer where needed to stay unique."""
    ordered = sorted(ids)
    out: dict[str, str] = {}
    for i, current in enumerate(ordered):
        length = SHORT_ID
        for neighbour in ordered[max(i - 1, 0) : i + 2]:
            if neighbour == current:
                continue
            common = len(_common_prefix(current, neighbour))
            length = max(length, common + 1)
        out[current] = current[:length]
    return out


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


HEADER = ("id", "case", "language", "recipients", "status", "updated")


def _rows(summaries: list[DraftSummary]) -> list[tuple[str, ...]]:
    short = short_ids([s.id for s in summaries])
    rows: list[tuple[str, ...]] = []
    for s in summaries:
        status = s.status + (" (conflict copy)" if s.conflict_of else "")
        rows.append(
            (
                short[s.id],
                _clean(s.case_id),
                _clean(s.language),
                _clean(", ".join(s.recipients)) or "-",
                status,
                _when(s.updated),
            )
        )
    return rows


@drafts.command("list")
@click.option(
    "--limit", "-n", type=click.IntRange(min=1), default=None, help="Show only the N newest."
)
def list_drafts(limit: int | None) -> None:
    """A table of the saved drafts, most recently changed first."""
    store = _store()
    summaries = store.list()
    if limit is not None:
        summaries = summaries[:limit]
    for problem in store.problems:
        click.echo(_clean(problem.format()), err=True)
    if not summaries:
        click.echo(f"No drafts yet. Drafts are kept in {store.folder}")
        return
    rows = _rows(summaries)
    if sys.stdout.isatty():
        _print_rich(rows)
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADER)]
        for line in (HEADER, *rows):
            click.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _print_rich(rows: list[tuple[str, ...]]) -> None:
    # Imported here: `drafts list` in a script should not pay for Rich.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*HEADER, box=None, header_style="bold", pad_edge=False)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console().print(table)


@drafts.command("show")
@click.argument("draft_id", metavar="ID")
@click.pass_context
def show(ctx: click.Context, draft_id: str) -> None:
    """The letters of draft ID as text (ID may be a unique prefix).

    Notices (a case that changed or disappeared) go to stderr, the letters to stdout.
    """
    store = _store()
    draft = _load(store, draft_id)
    from appeal_tui.core.library import load_library
    from appeal_tui.storage.paths import case_sources

    library = load_library(case_sources(default_paths(), state(ctx).cases_dirs))
    case = library.get(draft.case_id)
    title = _clean(draft.case_title) or _clean(draft.case_id)
    if case is None:
        click.echo(
            f"note: the case '{_clean(draft.case_id)}' ({title}) is no longer in the case "
            "library; showing the text of the draft only.",
            err=True,
        )
        click.echo(draft.body)
        return
    if case_changed(draft, case):
        click.echo(
            "note: the case file changed since this draft was started; check the letter "
            "against the case before sending it.",
            err=True,
        )
    text = _composed(draft, case)
    click.echo(text if text is not None else draft.body)


def _composed(draft: Draft, case: Case) -> str | None:
    """The letters composed from the draft, or None while composition is not available."""
    try:
        from appeal_tui.core.compose import compose_letters
        from appeal_tui.export.text import letters_to_text
    except ImportError:
        return None
    try:
        letters = compose_letters(
            case,
            draft.language,
            draft.recipients,
            draft.sender,
            body=draft.body,
            mode=draft.mode,
        )
    except (ValueError, KeyError) as e:
        click.echo(f"note: could not compose the letters ({e}); showing the text only.", err=True)
        return None
    return str(letters_to_text(letters))


@drafts.command("delete")
@click.argument("draft_id", metavar="ID")
@click.option("--yes", "-y", is_flag=True, help="Do not ask first.")
def delete(draft_id: str, yes: bool) -> None:
    """Move draft ID to the trash (kept 30 days). Asks first unless --yes."""
    store = _store()
    full_id = _resolve(store, draft_id)
    what = full_id
    try:
        d = store.load(full_id)
        what = f"{full_id} ({_clean(d.case_id)}, {_clean(d.language)}, {d.status})"
    except DraftFormatError as e:
        fail(str(e), code=1)
    except (OSError, DraftNotFoundError):
        pass
    if not yes and not click.confirm(f"Move draft {what} to the trash?", default=False):
        click.echo("Nothing deleted.")
        sys.exit(1)
    try:
        target = store.delete(full_id)
    except DraftNotFoundError:
        fail(f"no draft with id '{full_id}' ({LIST_HINT})")
    except OSError as e:
        fail(f"could not move draft {full_id} to the trash: {e.strerror or e}", code=1)
    click.echo(f"Moved draft {full_id} to the trash (kept {TRASH_DAYS} days): {target}")
