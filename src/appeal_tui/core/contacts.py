"""What counts as an email address, a fax or phone number, a social handle, and a placeholder
left in a case file. The loader reports anything else as an error with its line and column, so
a letter is never addressed to "TODO" or sent to "not-an-email".
"""

from __future__ import annotations

import re

from appeal_tui.core.i18n import N_, _

# A plain ASCII addr-spec: what every mail client accepts. An obfuscated "[email protected]"
# or "via website" is not an address.
EMAIL_PATTERN = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
# "+20 2 0000 0100", "(202) 965-4990", "+98-21-1234-5678 ext. 12": an optional +, then digits
# with the usual separators; an extension may follow.
_PHONE = re.compile(
    r"\(?\+?[0-9][0-9 ().\-/]*[0-9](?:\s*(?:ext\.?|x|#)\s*[0-9]{1,6})?", re.IGNORECASE
)
_MIN_DIGITS, _MAX_DIGITS = 5, 17
# X/Twitter: @name (letters, digits, underscore, at most 15); fediverse: @name@server.tld.
_HANDLE = re.compile(
    r"@?[A-Za-z0-9_]{1,15}|@[A-Za-z0-9_.\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+|https?://[^\s/]+\.[^\s/]+/\S+"
)
# Words an importer or an organiser leaves where a value is still to be written.
_PLACEHOLDER_WORD = re.compile(r"\b(?:TODO|FIXME|XXX+)\b")
# A value that is nothing but a bracketed hint: "[name]", "<address>", "{title}", "...".
_PLACEHOLDER_WHOLE = re.compile(r"\[[^\[\]]*\]|<[^<>]*>|\{[^{}]*\}|\.{3}|…|\?+|-+|_+")
# What a value that is nothing but a hint starts with (the first characters `_PLACEHOLDER_WHOLE`
# can match).
_WHOLE_STARTS = frozenset("[<{.…?-_")
# The app's own template marks, pasted back into a case.
_OWN_MARKS = ("[Reword in your own words]", "[Your own words")


# The words every placeholder problem carries (`NodeReader` reports them), so a caller that
# writes placeholders on purpose (the importer) can tell them from other problems.
# In the interface language: translated where reported and where looked for.
PLACEHOLDER_PROBLEM = N_("is a placeholder, not a value")


def is_placeholder_problem(message: str) -> bool:
    """True for the message of a placeholder problem (in the interface language)."""
    return _(PLACEHOLDER_PROBLEM) in message


def is_email(text: str) -> bool:
    """True for a plain email address (surrounding spaces ignored)."""
    return EMAIL_PATTERN.fullmatch(text.strip()) is not None


def is_phone_number(text: str) -> bool:
    """True for a fax or phone number: digits with the usual separators, `+` only first."""
    candidate = text.strip()
    if _PHONE.fullmatch(candidate) is None:
        return False
    digits = sum(ch.isdigit() for ch in candidate.split("x")[0].split("ext")[0])
    return _MIN_DIGITS <= digits <= _MAX_DIGITS


def is_handle(text: str) -> bool:
    """True for a social handle (@name, @name@server) or a link to a profile."""
    return _HANDLE.fullmatch(text.strip()) is not None


def placeholder_in(text: str) -> str | None:
    """The placeholder `text` holds (TODO, [name], ...), or None for a real value."""
    stripped = text.strip()
    if not stripped:
        return None
    # Each pattern is tried only when the text could match it: a case file has thousands of
    # values, nearly all real, and the three searches were a quarter of checking a case.
    if "TODO" in stripped or "FIXME" in stripped or "XXX" in stripped:
        found = _PLACEHOLDER_WORD.search(stripped)
        if found:
            return found.group(0)
    if stripped[0] in _WHOLE_STARTS and _PLACEHOLDER_WHOLE.fullmatch(stripped):
        return stripped
    if "[" in stripped:
        for mark in _OWN_MARKS:
            if mark in stripped:
                return mark
    return None
