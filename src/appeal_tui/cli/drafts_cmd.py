"""`appeal-tui drafts list|show|delete`: the saved drafts, from the command line.

An id may be shortened to any prefix that only one draft has (the list shows short ones).
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from appeal_tui.cli.common import case_library, fail, say
from appeal_tui.core.draft import Draft, DraftFormatError, case_changed
from appeal_tui.core.model import Case
from appeal_tui.core.problems import shown
from appeal_tui.storage.drafts import (
    TRASH_DAYS,
    AmbiguousDraftIdError,
    DraftNotFoundError,
    DraftSaveError,
    DraftStore,
    DraftSummary,
    DraftVersion,
)
from appeal_tui.storage.paths import default_paths

SHORT_ID = 8
LIST_HINT = "see `appeal-tui drafts list`"


@click.group()
def drafts() -> None:
    """List, show and delete saved drafts and their earlier versions; bundle, print and mark an
    event's drafts."""


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
    # Draft files may come from another laptop's bundle: their keys and names are shown inert.
    return shown(text)


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
        say(problem.format(), err=True)
    if not summaries:
        say(f"No drafts yet. Drafts are kept in {store.folder}")
        return
    rows = _rows(summaries)
    if sys.stdout.isatty():
        _print_rich(rows)
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADER)]
        for line in (HEADER, *rows):
            say("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


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

    library = case_library(ctx)
    case = library.get(draft.case_id)
    title = _clean(draft.case_title) or _clean(draft.case_id)
    if case is None:
        say(
            f"note: the case '{_clean(draft.case_id)}' ({title}) is no longer in the case "
            "library; showing the text of the draft only.",
            err=True,
        )
        say(draft.body)
        return
    if case_changed(draft, case):
        say(
            "note: the case file changed since this draft was started; check the letter "
            "against the case before sending it.",
            err=True,
        )
    text = _composed(draft, case)
    say(text if text is not None else draft.body)


def _composed(draft: Draft, case: Case) -> str | None:
    """The letters composed from the draft as text, or None when they cannot be composed."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.export.formats import render

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
        say(f"note: could not compose the letters ({e}); showing the text only.", err=True)
        return None
    return render("txt", letters).decode("utf-8")


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
        say("Nothing deleted.")
        sys.exit(1)
    try:
        target = store.delete(full_id)
    except DraftNotFoundError:
        fail(f"no draft with id '{full_id}' ({LIST_HINT})")
    except OSError as e:
        fail(f"could not move draft {full_id} to the trash: {e.strerror or e}", code=1)
    say(f"Moved draft {full_id} to the trash (kept {TRASH_DAYS} days): {target}")


@drafts.command("history")
@click.argument("draft_id", metavar="ID")
def history(draft_id: str) -> None:
    """The earlier versions of draft ID, oldest first: those an import replaced (or kept
    aside), and the draft as it was before each restore. Restore one with `drafts restore`."""
    store = _store()
    full_id = _resolve(store, draft_id)
    versions = store.versions(full_id)
    if not versions:
        say(f"Draft {full_id} has no earlier versions.")
        return
    say(
        f"Earlier versions of draft {full_id} (restore one with `appeal-tui drafts restore "
        f"{full_id[:SHORT_ID]} --version N`):"
    )
    for line in version_lines(versions):
        say(line)


def version_lines(versions: list[DraftVersion]) -> list[str]:
    """One line per version: number, when it was saved, revision, status, case and a glimpse."""
    lines: list[str] = []
    for version in versions:
        d = version.draft
        words = " ".join(d.body.split())
        glimpse = words[:40] + ("…" if len(words) > 40 else "")
        lines.append(
            f"{version.number:>3}  {_when(d.updated)}  rev {d.revision:<4} {d.status:<8}"
            f"{_clean(d.case_id)}  {_clean(d.language)}  {_clean(glimpse) or '(empty)'}"
        )
    return lines


@drafts.command("restore")
@click.argument("draft_id", metavar="ID")
@click.option(
    "--version",
    "number",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Which earlier version (see `drafts history ID`); default: the newest.",
)
def restore(draft_id: str, number: int | None) -> None:
    """Make an earlier version of draft ID the draft again. The draft as it is now is kept as
    an earlier version first, so nothing is lost and a restore can be undone the same way."""
    store = _store()
    full_id = _resolve(store, draft_id)
    versions = store.versions(full_id)
    chosen = next((v for v in versions if v.number == number), None) if number else None
    if versions and chosen is None and number is None:
        chosen = versions[-1]
    try:
        store.restore(full_id, number)
    except DraftNotFoundError as e:
        fail(f"{e} (see `appeal-tui drafts history {full_id[:SHORT_ID]}`)", code=1)
    except (DraftFormatError, DraftSaveError) as e:
        fail(str(e), code=1)
    saved = _when(chosen.draft.updated) if chosen else "?"
    say(
        f"Restored version {chosen.number if chosen else number} (saved {saved}) of draft "
        f"{full_id}; the version it replaced is kept (see `appeal-tui drafts history "
        f"{full_id[:SHORT_ID]}`)."
    )
