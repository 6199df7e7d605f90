"""`appeal-tui drafts list|show|delete`: the saved drafts, from the command line.

An id may be shortened to any prefix that only one draft has (the list shows short ones).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import itertools
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from operator import itemgetter
from typing import Any, TypeVar

import click

from appeal_tui.cli.app import LazyGroup
from appeal_tui.cli.common import case_library, fail, say
from appeal_tui.cli.translated import option
from appeal_tui.core.draft import Draft, DraftFormatError, case_changed, status_word
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Case
from appeal_tui.core.problems import shown
from appeal_tui.storage.drafts import (
    SUMMARY_FIELDS,
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
T = TypeVar("T")
LIST_HINT = N_("see `appeal-tui drafts list`")


@click.group(
    cls=LazyGroup,  # the bundle and event commands are registered in drafts_group
    help=N_(
        "List, show and delete saved drafts and their earlier versions; bundle, print and mark "
        "an event's drafts."
    ),
)
def drafts() -> None:
    """The `drafts` group (its help is the `help` above, shown in the interface language)."""


def _store() -> DraftStore:
    return DraftStore(default_paths())


def _resolve(store: DraftStore, prefix: str) -> str:
    try:
        return store.resolve(prefix)
    except AmbiguousDraftIdError as e:
        fail(_("{problem}; give more of the id").format(problem=e))
    except DraftNotFoundError:
        fail(_no_such_draft(_clean(prefix)))


def _load(store: DraftStore, prefix: str) -> Draft:
    draft_id = _resolve(store, prefix)
    try:
        return store.load(draft_id)
    except DraftNotFoundError:
        fail(_no_such_draft(draft_id))
    except DraftFormatError as e:
        fail(str(e), code=1)
    except OSError as e:
        reason = e.strerror or e
        fail(_("cannot read draft {id}: {reason}").format(id=draft_id, reason=reason), code=1)


def _no_such_draft(draft_id: str) -> str:
    return _("no draft with id '{id}' ({hint})").format(id=draft_id, hint=_(LIST_HINT))


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


class _Times:
    """`_when` for many rows: times in the same UTC minute show the same local minute, so each
    minute is converted once (100,000 conversions took a second)."""

    def __init__(self) -> None:
        self._minutes: dict[str, str] = {}

    def __call__(self, iso: str) -> str:
        # "2024-05-15T10:11:12.345Z": the minute is the first 16 characters.
        if len(iso) < 17 or iso[16] != ":" or not iso.endswith("Z"):
            return _when(iso)
        minute = iso[:16]
        shown_as = self._minutes.get(minute)
        if shown_as is None:
            shown_as = self._minutes[minute] = _when(minute + ":00Z")
        return shown_as


def short_ids(ids: list[str]) -> dict[str, str]:
    """Each id shortened to at least SHORT_ID characters, longer where needed to stay unique."""
    return dict(zip(ids, short_id_column(ids), strict=True))


_SHORTEST = itemgetter(slice(None, SHORT_ID))


def short_id_column(ids: Sequence[str]) -> list[str]:
    """`short_ids` of each of `ids`, in their order, without a Python loop over all of them
    (100,000 drafts)."""
    shortest = list(map(_SHORTEST, ids))
    counts = Counter(shortest)
    if len(counts) == len(shortest):
        return shortest
    # Ids that share their first SHORT_ID characters (a few among 100,000 random ids) are
    # lengthened until they differ from their neighbours in sorted order; the others keep
    # SHORT_ID (so only those few are sorted).
    twice = {prefix for prefix, n in counts.items() if n > 1}
    places = list(compress(range(len(shortest)), map(twice.__contains__, shortest)))
    ordered = sorted(ids[at] for at in places)
    needed: dict[str, int] = {}
    for i in range(1, len(ordered)):
        if ordered[i][:SHORT_ID] == ordered[i - 1][:SHORT_ID]:
            length = _common_length(ordered[i - 1], ordered[i]) + 1
            for one in (ordered[i - 1], ordered[i]):
                needed[one] = max(needed.get(one, SHORT_ID), length)
    for at in places:
        shortest[at] = ids[at][: needed.get(ids[at], SHORT_ID)]
    return shortest


def short_ids_among(ids: list[str], wanted: Iterable[str]) -> dict[str, str]:
    """`short_ids(ids)` for the `wanted` ids only: a screenful of 100,000 drafts without a
    Python loop over all of them (their sort is in C)."""
    ordered = sorted(ids)
    out: dict[str, str] = {}
    for current in wanted:
        i = bisect.bisect_left(ordered, current)
        length = SHORT_ID
        for j in (i - 1, i + 1):
            if 0 <= j < len(ordered) and ordered[j] != current:
                length = max(length, _common_length(current, ordered[j]) + 1)
        out[current] = current[:length]
    return out


def _common_length(a: str, b: str) -> int:
    """How many leading characters `a` and `b` share (ids differ early: checked by slices)."""
    if a[:SHORT_ID] != b[:SHORT_ID]:
        return 0
    n = SHORT_ID
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# The columns of `drafts list`, translated where shown (`_header`).
HEADER = (N_("id"), N_("case"), N_("language"), N_("recipients"), N_("status"), N_("updated"))


def _header() -> tuple[str, ...]:
    return tuple(_(column) for column in HEADER)


def _status(status: str, conflict: bool) -> str:
    word = status_word(status)
    if conflict:
        # TRANSLATORS: a status in `drafts list`, e.g. "draft (conflict copy)":
        # kept as a new draft because another window saved the same draft meanwhile.
        return _("{status} (conflict copy)").format(status=word)
    return word


# Where a summary's values (`DraftStore.rows`) hold what the table shows.
_ID, _CASE, _LANGUAGE, _RECIPIENTS, _STATUS, _UPDATED, _CONFLICT = (
    SUMMARY_FIELDS.index(name)
    for name in ("id", "case_id", "language", "recipients", "status", "updated", "conflict_of")
)


def _values(summary: DraftSummary) -> list[Any]:
    """A summary as `DraftStore.rows` gives it."""
    values = summary.to_row()
    values[_RECIPIENTS] = summary.recipients
    return values


def _rows(listed: Iterable[list[Any]], short: dict[str, str]) -> Iterator[tuple[str, ...]]:
    """The table's rows, made as they are printed from the drafts' summary values
    (`DraftStore.rows`); `short` gives each id's short form.

    Drafts share a few cases, languages, recipient lists and statuses: each is made safe and
    worded once (100,000 rows made each again took a second)."""
    when = _Times()
    cells: dict[object, str] = {}
    for v in listed:
        case_id, language, recipients = v[_CASE], v[_LANGUAGE], v[_RECIPIENTS]
        status_key = (v[_STATUS], bool(v[_CONFLICT]))
        try:
            case = cells[case_id]
            lang = cells[language]
            people = cells[recipients]
            status = cells[status_key]
        except KeyError:
            case = cells[case_id] = _clean(case_id)
            lang = cells[language] = _clean(language)
            people = cells[recipients] = _clean(", ".join(recipients)) or "-"
            status = cells[status_key] = _status(*status_key)
        draft_id = v[_ID]
        yield (short.get(draft_id, draft_id), case, lang, people, status, when(v[_UPDATED]))


@drafts.command("list", help=N_("A table of the saved drafts, most recently changed first."))
@option(
    "--limit", "-n", type=click.IntRange(min=1), default=None, help=N_("Show only the N newest.")
)
def list_drafts(limit: int | None) -> None:
    # The names listed at the opening serve the listing (a second listing of 100,000 names
    # was 2% of the command).
    store = DraftStore(default_paths(), keep_names=True)
    with _no_collections():
        if _on_terminal():
            _list_to_terminal(store, limit)
            return
        listed = _listed(store, limit)
        if listed:
            _print_plain(_columns(listed))


@contextlib.contextmanager
def _no_collections() -> Iterator[None]:
    """Python's cycle collector paused: a listing makes half a million objects for 100,000
    drafts that all live until it ends, and forms no cycles; the collector walked them again
    and again as they grew."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _on_terminal() -> bool:
    return sys.stdout.isatty()


def _listed(store: DraftStore, limit: int | None) -> list[list[Any]]:
    """Every draft's summary values (the `limit` newest), after saying what could not be
    read."""
    listed = store.rows(helpers=_helpers())
    if limit is not None:
        listed = listed[:limit]
    for problem in store.problems:
        say(problem.format(), err=True)
    if not listed:
        say(_("No drafts yet. Drafts are kept in {folder}").format(folder=store.folder))
    return listed


def _helpers() -> int:
    """Forked copies of this command that read a share of the drafts each: one per other core
    that is idle (the index, when there is one, leaves few files to read and none are
    forked)."""
    from appeal_tui.core.forked import spare_cores

    return spare_cores()


# Lines written at once: one write per line cost 4 s for 100,000 drafts.
_CHUNK = 2000


def _columns(listed: list[list[Any]]) -> list[list[str]]:
    """The table's columns for the drafts' summary values (`DraftStore.rows`), each cell as
    `_rows` makes it, made a column at a time: each case, language, recipient list and status
    is made safe and worded once, and put in its column by a lookup in C (a Python loop over
    100,000 rows took most of a second)."""
    ids, cases, languages, recipients, statuses, updated, conflicts = (
        list(map(itemgetter(at), listed))
        for at in (_ID, _CASE, _LANGUAGE, _RECIPIENTS, _STATUS, _UPDATED, _CONFLICT)
    )
    status = _cells(statuses, lambda word: _status(word, False))
    copies: dict[str, str] = {}
    for at in compress(range(len(conflicts)), conflicts):  # conflict copies: a few, if any
        word = statuses[at]
        status[at] = copies.get(word) or copies.setdefault(word, _status(word, True))
    return [
        short_id_column(ids),
        _cells(cases, _clean),
        _cells(languages, _clean),
        _cells(recipients, lambda names: _clean(", ".join(names)) or "-"),
        status,
        _time_cells(updated),
    ]


_MINUTE = itemgetter(slice(None, 16))
_AFTER_MINUTE = itemgetter(slice(16, 17))
_LAST = itemgetter(slice(-1, None))


def _time_cells(updated: list[str]) -> list[str]:
    """`_Times` of each of `updated`: when every one is a UTC time to the second or finer
    ("2024-05-15T10:11:12.345Z"), each minute is converted once and put in its place by a
    lookup in C."""
    if set(map(_AFTER_MINUTE, updated)) <= {":"} and set(map(_LAST, updated)) <= {"Z"}:
        return _cells(list(map(_MINUTE, updated)), lambda minute: _when(minute + ":00Z"))
    return list(map(_Times(), updated))


def _cells(values: Sequence[T], make: Callable[[T], str]) -> list[str]:
    """`make(value)` of each of `values`, made once for each different value."""
    made = {value: make(value) for value in set(values)}
    return list(map(made.__getitem__, values))


def _print_plain(columns: list[list[str]]) -> None:
    """Aligned columns for a script or a file. Every cell is already made safe (`_clean`:
    hidden characters escaped), so the rows are written as they are, not looked through again
    (`say`: a fifth of printing 100,000 rows)."""
    header = _header()
    widths = [max(len(h), max(map(len, column))) for h, column in zip(header, columns, strict=True)]
    # Each cell padded to its column's width (as str.ljust pads), the line's end trimmed.
    line = "  ".join(f"{{:<{w}}}" for w in widths).format
    say(line(*header).rstrip())
    lines = map(str.rstrip, map(line, *columns))
    while chunk := list(itertools.islice(lines, _CHUNK)):
        click.echo("\n".join(chunk))


def _list_to_terminal(store: DraftStore, limit: int | None) -> None:
    """The table on a terminal, the first screenful first: from the store's newest rows when
    they are current (milliseconds), then the rest once every draft is listed (seconds for
    100,000). One Rich Table of every row took a minute and 680 MB for 100,000.

    Columns are sized from the first screenful and fit the terminal: a longer case id or
    recipient list further down is cut with "…" (`drafts list | cat` prints every cell
    whole)."""
    size = shutil.get_terminal_size()
    screen = max(1, size.lines - 2)
    if limit is not None:
        screen = min(screen, limit)
    newest = store.newest(screen)
    quick = newest[0] if newest else None
    if quick:
        # Short ids must be unique among every draft: the names alone are read for that.
        short = short_ids_among(store.ids(), (s.id for s in quick))
        first = list(_rows(map(_values, quick), short))
        # Room for a longer short id further down (two drafts sharing 9 characters).
        widths = _fit_widths(first, size.columns, id_width=SHORT_ID + 2)
        _write_table(first, widths, header=True)
        shown = {s.id for s in quick}
        listed = store.rows(helpers=_helpers())
        for problem in store.problems:
            say(problem.format(), err=True)
        rest = [v for v in listed[:limit] if v[_ID] not in shown]
        _write_table(_rows(rest, short_ids([v[_ID] for v in listed])), widths, header=False)
        return
    listed = _listed(store, limit)
    if listed:
        rows = list(_rows(listed, short_ids([v[_ID] for v in listed])))
        widths = _fit_widths(rows[:screen], size.columns, id_width=max(len(r[0]) for r in rows))
        _write_table(rows, widths, header=True, first=screen)


def _fit_widths(rows: list[tuple[str, ...]], columns: int, *, id_width: int) -> list[int]:
    """Column widths for `rows` within `columns` cells: recipients, then case ids, give way."""
    from rich.cells import cell_len

    widths = [max(cell_len(h), *(cell_len(r[i]) for r in rows)) for i, h in enumerate(_header())]
    widths[0] = max(widths[0], id_width)
    over = sum(widths) + 2 * (len(widths) - 1) - columns
    for column, least in ((3, 12), (1, 12)):
        if over > 0:
            cut = min(over, max(0, widths[column] - least))
            widths[column] -= cut
            over -= cut
    return widths


def _write_table(
    rows: Iterable[tuple[str, ...]], widths: list[int], *, header: bool, first: int = 0
) -> None:
    from rich.cells import cell_len, set_cell_size

    def fit(cell: str, width: int, whole: bool = False) -> str:
        length = len(cell) if cell.isascii() else cell_len(cell)
        if length <= width or whole:
            return cell + " " * (width - length)
        return set_cell_size(cell, width - 1) + "…"

    if header:
        line = "  ".join(fit(h, w) for h, w in zip(_header(), widths, strict=True)).rstrip()
        click.echo(click.style(line, bold=True))
    # An id is never cut: it is what `drafts show ID` takes.
    lines = (
        "  ".join(
            fit(c, w, i == 0) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )
    _write_lines(lines, first=first)


def _write_lines(lines: Iterable[str], *, first: int) -> None:
    """`lines` to stdout in chunks, the first `first` of them on their own (a screenful: what
    someone at a terminal waits for). Hidden characters are escaped on the way (`say`)."""
    chunk: list[str] = []
    limit = first or _CHUNK
    for line in lines:
        chunk.append(line)
        if len(chunk) >= limit:
            say("\n".join(chunk))
            chunk = []
            limit = _CHUNK
    if chunk:
        say("\n".join(chunk))


@drafts.command(
    "show",
    help=N_(
        "The letters of draft ID as text (ID may be a unique prefix).\n\n"
        "Notices (a case that changed or disappeared) go to stderr, the letters to stdout."
    ),
)
@click.argument("draft_id", metavar="ID")
@click.pass_context
def show(ctx: click.Context, draft_id: str) -> None:
    store = _store()
    draft = _load(store, draft_id)

    library = case_library(ctx)
    case = library.get(draft.case_id)
    title = _clean(draft.case_title) or _clean(draft.case_id)
    if case is None:
        say(
            _(
                "note: the case '{case}' ({title}) is no longer in the case library; showing "
                "the text of the draft only."
            ).format(case=_clean(draft.case_id), title=title),
            err=True,
        )
        say(draft.body)
        return
    if case_changed(draft, case):
        say(
            _(
                "note: the case file changed since this draft was started; check the letter "
                "against the case before sending it."
            ),
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
        say(
            _("note: could not compose the letters ({reason}); showing the text only.").format(
                reason=e
            ),
            err=True,
        )
        return None
    return render("txt", letters).decode("utf-8")


@drafts.command(
    "delete", help=N_("Move draft ID to the trash (kept 30 days). Asks first unless --yes.")
)
@click.argument("draft_id", metavar="ID")
@option("--yes", "-y", is_flag=True, help=N_("Do not ask first."))
def delete(draft_id: str, yes: bool) -> None:
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
    question = _("Move draft {draft} to the trash?").format(draft=what)
    if not yes and not click.confirm(question, default=False):
        say(_("Nothing deleted."))
        sys.exit(1)
    try:
        target = store.delete(full_id)
    except DraftNotFoundError:
        fail(_no_such_draft(full_id))
    except OSError as e:
        fail(
            _("could not move draft {id} to the trash: {reason}").format(
                id=full_id, reason=e.strerror or e
            ),
            code=1,
        )
    kept = ngettext("kept {n} day", "kept {n} days", TRASH_DAYS).format(n=TRASH_DAYS)
    say(
        _("Moved draft {id} to the trash ({kept}): {file}").format(
            id=full_id, kept=kept, file=target
        )
    )


@drafts.command(
    "history",
    help=N_(
        "The earlier versions of draft ID, oldest first: those an import replaced (or kept "
        "aside), and the draft as it was before each restore. Restore one with `drafts "
        "restore`."
    ),
)
@click.argument("draft_id", metavar="ID")
def history(draft_id: str) -> None:
    store = _store()
    full_id = _resolve(store, draft_id)
    versions = store.versions(full_id)
    if not versions:
        say(_("Draft {id} has no earlier versions.").format(id=full_id))
        return
    say(
        _(
            "Earlier versions of draft {id} (restore one with `appeal-tui drafts restore "
            "{short} --version N`):"
        ).format(id=full_id, short=full_id[:SHORT_ID])
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
            f"{version.number:>3}  {_when(d.updated)}  "
            + _("rev {revision}").format(revision=f"{d.revision:<4}")
            + f" {d.status:<8}{_clean(d.case_id)}  {_clean(d.language)}  "
            + (_clean(glimpse) or _("(empty)"))
        )
    return lines


@drafts.command(
    "restore",
    help=N_(
        "Make an earlier version of draft ID the draft again. The draft as it is now is kept as"
        " an earlier version first, so nothing is lost and a restore can be undone the same "
        "way."
    ),
)
@click.argument("draft_id", metavar="ID")
@option(
    "--version",
    "number",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help=N_("Which earlier version (see `drafts history ID`); default: the newest."),
)
def restore(draft_id: str, number: int | None) -> None:
    store = _store()
    full_id = _resolve(store, draft_id)
    versions = store.versions(full_id)
    chosen = next((v for v in versions if v.number == number), None) if number else None
    if versions and chosen is None and number is None:
        chosen = versions[-1]
    try:
        store.restore(full_id, number)
    except DraftNotFoundError as e:
        fail(
            _("{problem} (see `appeal-tui drafts history {short}`)").format(
                problem=e, short=full_id[:SHORT_ID]
            ),
            code=1,
        )
    except (DraftFormatError, DraftSaveError) as e:
        fail(str(e), code=1)
    saved = _when(chosen.draft.updated) if chosen else "?"
    say(
        _(
            "Restored version {number} (saved {saved}) of draft {id}; the version it replaced "
            "is kept (see `appeal-tui drafts history {short}`)."
        ).format(
            number=chosen.number if chosen else number,
            saved=saved,
            id=full_id,
            short=full_id[:SHORT_ID],
        )
    )
