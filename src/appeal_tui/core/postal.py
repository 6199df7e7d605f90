"""Who can be written to by post, and what to say about those who cannot.

A post letter to a recipient with no postal address would print with an empty envelope
window. `letter` and `batch` leave such letters out unless asked, and say so with
`no_address_line`, which names the recipient and the ways they can be reached instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from appeal_tui.core.model import Recipient


def has_postal_address(recipient: Recipient) -> bool:
    """True when the case gives postal lines for `recipient`."""
    return any(line.strip() for line in recipient.address)


def other_ways(recipient: Recipient) -> list[str]:
    """The contacts the case gives besides post: "fax +20 2 ...", "email a@b.org", ..."""
    ways = [f"fax {n}" for n in recipient.fax]
    ways += [f"email {e}" for e in recipient.email]
    if recipient.web:
        ways.append(f"web form {recipient.web}")
    ways += [f"phone {n}" for n in recipient.phone]
    if recipient.twitter:
        ways.append(f"social media {recipient.twitter}")
    return ways


def no_address_line(recipient: Recipient) -> str:
    """One line naming a recipient without a postal address and how else to reach them."""
    who = f"{recipient.name} ({recipient.key})"
    ways = other_ways(recipient)
    if ways:
        return f"no postal address for {who}: reach them by {'; '.join(ways)}"
    return f"no postal address for {who}, and no other contact: see the case's note on them"


def without_address(recipients: Iterable[Recipient]) -> list[Recipient]:
    """The recipients among `recipients` that have no postal address, in order."""
    return [r for r in recipients if not has_postal_address(r)]
