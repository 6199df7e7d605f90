"""A web page's navigation or language menu, read as a recipient's name (round 37f).

A saved page carries its site's menu as one line of short items set apart by a bar, a middle
dot or a bullet ("Start | Who we are | Contact", "Nederlands · Italiano · Português", "<- Back
to: Stories | Print | Mail to a friend"). Set over or under the appeal's own blocks, such a
line takes a recipient's place, with the next line (a section heading with its year, "Share")
for its address. No one's name or office is three or more such items in a row. A slash is
not such a separator: an office may be given in three languages ("Ministre / Minister /
Ministro") over an address with no number, and no studied menu used one.
"""

from __future__ import annotations

import re

# A separator of a menu's items: a bar, a middle dot or a bullet, with spaces either side.
_BAR = re.compile(r"\s+[|·•]\s+")
# A menu has this many items at least, each of at most so many words and characters.
_MIN_ITEMS = 3
_MAX_WORDS = 4
_MAX_CHARS = 30


def _short_items(name: str) -> bool:
    items = [item.strip() for item in _BAR.split(name)]
    return (
        len(items) >= _MIN_ITEMS
        and all(items)
        and all(len(item) <= _MAX_CHARS and len(item.split()) <= _MAX_WORDS for item in items)
        and not any(ch.isdigit() for ch in name)
    )


def is_site_menu(name: object) -> bool:
    """The recipient's `name` is a site's menu line, not a name or an office."""
    return isinstance(name, str) and len(name) <= 400 and _short_items(name)
