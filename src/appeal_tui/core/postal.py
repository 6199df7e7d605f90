"""Who can be written to by post, and what to say about those who cannot.

A post letter to a recipient with no postal address would print with an empty envelope
window. One rule, `post_recipients`, decides for `letter`, `batch` and the app: such letters
are left out unless asked for (`--without-address`), and each one left out gets the line
`no_address_line`, which names the recipient and the ways they can be reached instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from appeal_tui.core.i18n import _
from appeal_tui.core.model import Case, Recipient


def has_postal_address(recipient: Recipient) -> bool:
    """True when the case gives postal lines for `recipient`."""
    return any(line.strip() for line in recipient.address)


def other_ways(recipient: Recipient) -> list[str]:
    """The contacts the case gives besides post: "fax +20 2 ...", "email a@b.org", ..."""
    ways = [_("fax {number}").format(number=n) for n in recipient.fax]
    ways += [_("email {address}").format(address=e) for e in recipient.email]
    if recipient.web:
        ways.append(_("web form {address}").format(address=recipient.web))
    ways += [_("phone {number}").format(number=n) for n in recipient.phone]
    if recipient.twitter:
        ways.append(_("social media {handle}").format(handle=recipient.twitter))
    return ways


def no_address_line(recipient: Recipient) -> str:
    """One line naming a recipient without a postal address and how else to reach them."""
    who = f"{recipient.name} ({recipient.key})"
    ways = other_ways(recipient)
    if ways:
        return _("no postal address for {who}: reach them by {ways}").format(
            who=who, ways="; ".join(ways)
        )
    return _(
        "no postal address for {who}, and no other contact: see the case's note on them"
    ).format(who=who)


def not_by_post_line(recipient: Recipient) -> str:
    """The writer's line (the app) for a recipient left out of a post letter: who, and how
    else to reach them."""
    ways = other_ways(recipient)
    how = (
        _(" Reach them by {ways}.").format(ways="; ".join(ways))
        if ways
        else _(" See the case's note on them.")
    )
    return _("No letter by post to {name}: no postal address is known.{how}").format(
        name=recipient.name, how=how
    )


def without_address(recipients: Iterable[Recipient]) -> list[Recipient]:
    """The recipients among `recipients` that have no postal address, in order."""
    return [r for r in recipients if not has_postal_address(r)]


@dataclass(frozen=True)
class PostChoice:
    """The recipients letters are written for, and those left out for want of an address."""

    keys: tuple[str, ...]
    left_out: tuple[Recipient, ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        """One `no_address_line` for each recipient left out."""
        return tuple(no_address_line(r) for r in self.left_out)


def post_recipients(
    case: Case, keys: Sequence[str], mode: str, *, without_address: bool = False
) -> PostChoice:
    """The one rule for letters by post: of `keys` (recipient keys of `case`, in order), those
    a letter in `mode` is written for. By post, a recipient without a postal address is left
    out unless `without_address`; by email, and for keys the case does not know (the caller
    reports those), nothing is left out."""
    if mode != "post" or without_address:
        return PostChoice(tuple(keys))
    kept: list[str] = []
    left_out: list[Recipient] = []
    for key in keys:
        recipient = case.recipient(key)
        if recipient is None or has_postal_address(recipient):
            kept.append(key)
        else:
            left_out.append(recipient)
    return PostChoice(tuple(kept), tuple(left_out))
