"""`appeal-tui envelopes`: envelopes (DL, C5, C6) or A4 address labels for letters sent by post.

From cases (every recipient with a postal address, or those chosen with --to; the return
address from --name/--address/... or one set per signer in --signers), or from the drafts
collected at an event (`--from-drafts`: one envelope per letter, the writer's return address).
"""

from __future__ import annotations

from pathlib import Path

import click

from appeal_tui.cli.collected import (
    chosen_events,
    chosen_names,
    clean,
    collected_drafts,
    letters_of,
    require_some,
    write_output,
)
from appeal_tui.cli.common import fail, say, state
from appeal_tui.cli.options import (
    RETURN_ADDRESS_HELP,
    collected_options,
    new_file_output,
    sender_options,
    to_option,
)
from appeal_tui.cli.translated import command, option
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Sender
from appeal_tui.core.postal import has_postal_address
from appeal_tui.export.envelopes import (
    AIRMAIL_CHOICES,
    LAYOUTS,
    Airmail,
    Envelope,
    envelope_for,
    envelopes_to_html,
)


@command(
    help=N_(
        "Envelopes or address labels for letters sent by post, as one HTML file: open it in a "
        "browser and print (one envelope a page, or A4 sheets of labels).\n\n"
        "The recipient's address is placed where postal services ask for it on an envelope "
        "without a window (lower right), the return address top left, and PAR AVION / BY AIR "
        "MAIL under it for letters going abroad. Recipients without a postal address are left "
        "out (and named)."
    )
)
@click.argument("refs", nargs=-1, metavar="[CASE]...")
@option(
    "--from-drafts",
    is_flag=True,
    help=N_("One envelope per letter of the collected drafts (with --event), instead of CASEs."),
)
@collected_options()
@to_option(
    N_(
        "Recipients (repeatable, or comma separated); default: all with a postal address; "
        "with CASEs only."
    ),
    metavar="all|primary|KEY...",
)
@option(
    "--layout",
    type=click.Choice(LAYOUTS),
    default="dl",
    show_default=True,
    help=N_("Envelope size (DL 220×110, C5 229×162, C6 162×114 mm) or A4 label sheet."),
)
@option(
    "--airmail",
    type=click.Choice(AIRMAIL_CHOICES),
    default="auto",
    show_default=True,
    help=N_(
        "PAR AVION mark: auto = when the recipient's country is not the sender's "
        "(or either is unknown)."
    ),
)
@sender_options(RETURN_ADDRESS_HELP)
@option(
    "--signers",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE.csv",
    help=N_("With CASEs: one set of envelopes per signer, as `batch --signers`."),
)
@new_file_output(metavar="FILE.html")
@click.pass_context
def envelopes(
    ctx: click.Context,
    refs: tuple[str, ...],
    from_drafts: bool,
    events: tuple[str, ...],
    statuses: tuple[str, ...],
    to: tuple[str, ...],
    layout: str,
    airmail: Airmail,
    name: str,
    address: tuple[str, ...],
    city: str | None,
    country: str | None,
    signers: Path | None,
    output: Path,
) -> None:  # fmt: skip
    if from_drafts and refs:
        fail(_("give CASEs or --from-drafts, not both"))
    if not from_drafts and not refs:
        fail(_("give one or more CASEs, or --from-drafts [--event NAME]"))
    if from_drafts:
        if to or signers or name or address or city or country:
            fail(
                _(
                    "--from-drafts uses each writer's own return address and recipients; "
                    "leave out --to, --signers, --name, --address, --city and --country"
                )
            )
        items = _from_drafts(ctx, events, statuses)
    else:
        if events or statuses:
            fail(_("--event and --status choose drafts: use them with --from-drafts"))
        sender = Sender(name=name, address=address, city=city, country=country)
        items = _from_cases(ctx, refs, to, sender, signers)
    if not items:
        fail(_("no letter here goes by post: no envelope to print"), code=1)
    data = envelopes_to_html(items, layout=layout, airmail=airmail).encode("utf-8")
    n = len(items)
    if layout.startswith("labels"):
        what = ngettext("{n} address label", "{n} address labels", n).format(n=n)
    else:
        # TRANSLATORS: {size} is an envelope size: DL, C5 or C6.
        what = ngettext("{n} {size} envelope", "{n} {size} envelopes", n).format(
            n=n, size=layout.upper()
        )
    write_output(output, data, what)


def _from_cases(
    ctx: click.Context,
    refs: tuple[str, ...],
    to: tuple[str, ...],
    sender: Sender,
    signers_file: Path | None,
) -> list[Envelope]:
    from appeal_tui.cli.sheets_cmd import load_cases
    from appeal_tui.core.choices import COMMAND_RECIPIENTS, ChoiceError, parse_recipients

    _library, cases = load_cases(ctx, refs)
    senders: tuple[Sender, ...] = (sender,)
    if signers_file is not None:
        from appeal_tui.core.signers import read_signers_file

        result = read_signers_file(signers_file)
        for problem in result.problems:
            say(clean(problem.format()), err=True)
        if result.has_errors:
            fail(_("the signers file has errors (above); nothing was written"))
        senders = result.signers
    items: list[Envelope] = []
    for case in cases:
        try:
            keys = parse_recipients(case, to, default=COMMAND_RECIPIENTS)
        except ChoiceError as e:
            fail(str(e))
        for key in keys:
            recipient = case.recipient(key)
            if recipient is None:
                continue
            if not has_postal_address(recipient):
                say(
                    _("note: {case}: {name} ({key}) has no postal address; no envelope").format(
                        case=clean(case.id), name=clean(recipient.name), key=key
                    ),
                    err=True,
                )
                continue
            items.extend(envelope_for(recipient, signer) for signer in senders)
    return items


def _from_drafts(
    ctx: click.Context, events: tuple[str, ...], statuses: tuple[str, ...]
) -> list[Envelope]:
    from appeal_tui.core.library import load_library
    from appeal_tui.storage.paths import case_sources, default_paths

    chosen = chosen_events(ctx, events)
    _store, drafts = collected_drafts(chosen, statuses)
    require_some(drafts, chosen, statuses)
    library = load_library(case_sources(default_paths(), state(ctx).cases_dirs))
    items: list[Envelope] = []
    email = 0
    for draft in drafts:
        if draft.mode == "email":
            email += 1
            continue
        # The letters `drafts print` prints, in its order: one envelope for each.
        letters = letters_of(draft, library)
        case = library.get(draft.case_id)
        if isinstance(letters, str) or case is None:
            say(
                _("note: draft {id} has no envelope: {reason}").format(id=draft.id, reason=letters),
                err=True,
            )
            continue
        for letter in letters:
            recipient = case.recipient(letter.to_keys[0]) if letter.to_keys else None
            if recipient is None or not has_postal_address(recipient):
                key = clean(letter.to_keys[0]) if letter.to_keys else "?"
                say(
                    _(
                        "note: draft {id}: recipient '{key}' has no postal address in the "
                        "case; no envelope"
                    ).format(id=draft.id, key=key),
                    err=True,
                )
                continue
            items.append(envelope_for(recipient, draft.sender, language=draft.language))
    if email:
        # TRANSLATORS: {events} is "'A'" or "'A' or 'B'"; {statuses} is "sent" or "ready or sent".
        if chosen and statuses:
            note = ngettext(
                "note: {n} draft of event {events} with status {statuses} is an email: no envelope",
                "note: {n} drafts of event {events} with status {statuses} are emails: no envelope",
                email,
            )
        elif chosen:
            note = ngettext(
                "note: {n} draft of event {events} is an email: no envelope",
                "note: {n} drafts of event {events} are emails: no envelope",
                email,
            )
        elif statuses:
            note = ngettext(
                "note: {n} draft with status {statuses} is an email: no envelope",
                "note: {n} drafts with status {statuses} are emails: no envelope",
                email,
            )
        else:
            note = ngettext(
                "note: {n} draft is an email: no envelope",
                "note: {n} drafts are emails: no envelope",
                email,
            )
        say(note.format(n=email, **chosen_names(chosen, statuses)), err=True)
    return items
