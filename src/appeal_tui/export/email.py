"""Letters as email: a ready-to-send draft (.eml) and a mailto: link.

Addresses come only from the case file: a recipient without a usable address is named in a note at
the top of the body, never given an invented or guessed one. No text from the case reaches a header
raw: line breaks and other control characters are replaced by spaces first, and the `email` package
encodes what remains.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import quote

from appeal_tui.core.model import Case, Letter, Recipient, Sender

# Mail clients and browsers start dropping mailto: links somewhere past 2,000 characters.
MAILTO_MAX_LENGTH = 2000

# A plain ASCII addr-spec: what every mail client accepts. Anything else in a case file (an
# obfuscated "[email protected]", "via website") is not an address.
_ADDR_SPEC = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_SPACES = re.compile(r"\s+")


def header_text(text: str) -> str:
    """`text` made safe for a header: controls and line or paragraph separators become spaces."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return _SPACES.sub(" ", cleaned).strip()


def usable_address(text: str) -> str | None:
    """`text` if it is a plain email address (surrounding spaces ignored), else None."""
    candidate = text.strip()
    return candidate if _ADDR_SPEC.fullmatch(candidate) else None


@dataclass(frozen=True)
class EmailAddressing:
    """Who an email letter goes to: (name, address) pairs, and the names with no usable address."""

    to: tuple[tuple[str, str], ...]
    cc: tuple[tuple[str, str], ...]
    without_email: tuple[str, ...]


def _recipients(case: Case, keys: tuple[str, ...]) -> list[Recipient]:
    found = (case.recipient(key) for key in keys)
    return [r for r in found if r is not None]


def email_addressing(letter: Letter, case: Case) -> EmailAddressing:
    """The To (letter.to_keys), Cc (letter.copy_keys) and unreachable recipients of `letter`."""
    seen: set[str] = set()
    missing: list[str] = []

    def pairs(recipients: list[Recipient]) -> tuple[tuple[str, str], ...]:
        out: list[tuple[str, str]] = []
        for recipient in recipients:
            name = header_text(recipient.name)
            addresses = [a for a in (usable_address(e) for e in recipient.email) if a]
            if not addresses:
                missing.append(name)
            for address in addresses:
                if address.lower() not in seen:
                    seen.add(address.lower())
                    out.append((name, address))
        return tuple(out)

    to = pairs(_recipients(case, letter.to_keys))
    cc = pairs(_recipients(case, letter.copy_keys))
    return EmailAddressing(to=to, cc=cc, without_email=tuple(missing))


def missing_email_note(names: tuple[str, ...]) -> str:
    """The note put at the top of an email body for recipients with no known address."""
    return (
        "[Before sending: no email address is known for "
        + "; ".join(names)
        + ". Please send them your letter by post or fax, and delete this note.]"
    )


def email_body(letter: Letter, addressing: EmailAddressing) -> str:
    """The body text of an email letter, with the missing-address note first when needed."""
    # Imported here so this module loads (for addressing) even where the text export does not.
    from appeal_tui.export.text import letter_to_text

    text = letter_to_text(letter)
    if addressing.without_email:
        return missing_email_note(addressing.without_email) + "\n\n" + text
    return text


def _subject(letter: Letter, case: Case) -> str:
    subject = letter.subject or case.title
    label = letter.subject_label
    if label and subject.startswith(label) and subject[len(label) :].strip():
        subject = subject[len(label) :].strip()
    return header_text(subject)


def letter_to_eml(
    letter: Letter,
    case: Case,
    *,
    sender: Sender | None = None,
    date: dt.datetime | None = None,
    message_id: str | None = None,
) -> bytes:
    """The letter as an RFC 5322 message (UTF-8, CRLF) that mail clients open as a draft.

    To holds the addresses of `letter.to_keys`, Cc those of `letter.copy_keys`, looked up in `case`.
    From is set when `sender` has a usable email address. Date and Message-ID are left out unless
    given (the mail client adds them when it sends), which keeps the output byte-for-byte stable.
    """
    addressing = email_addressing(letter, case)
    message = EmailMessage(policy=SMTP)
    if sender is not None and sender.email and usable_address(sender.email):
        message["From"] = Address(header_text(sender.name), addr_spec=sender.email.strip())
    if addressing.to:
        message["To"] = [Address(name, addr_spec=addr) for name, addr in addressing.to]
    if addressing.cc:
        message["Cc"] = [Address(name, addr_spec=addr) for name, addr in addressing.cc]
    message["Subject"] = _subject(letter, case)
    if date is not None:
        message["Date"] = date
    if message_id is not None:
        message["Message-ID"] = header_text(message_id)
    # Outlook and Thunderbird open a message marked unsent as a draft, ready to edit and send.
    message["X-Unsent"] = "1"
    message.set_content(email_body(letter, addressing), charset="utf-8")
    return message.as_bytes()


@dataclass(frozen=True)
class MailtoResult:
    """A mailto: link; when the body made it too long, the body is left for the clipboard."""

    url: str
    body_in_url: bool
    body_for_clipboard: str | None
    # What to tell the writer (body on the clipboard, recipients with no address), or "".
    message: str


def _encode(value: str) -> str:
    # RFC 6068: UTF-8, percent-encoded; line breaks in a body are written as CRLF.
    return quote(value, safe="")


def mailto_url(letter: Letter, case: Case, *, max_length: int = MAILTO_MAX_LENGTH) -> MailtoResult:
    """A mailto: link (RFC 6068) that opens the writer's mail client with the letter filled in.

    When the whole link would be longer than `max_length` characters, the body is left out of it
    and returned in `body_for_clipboard`, and `message` tells the writer to paste it.
    """
    addressing = email_addressing(letter, case)
    to = ",".join(quote(addr, safe="@") for _, addr in addressing.to)
    fields = []
    if addressing.cc:
        fields.append("cc=" + ",".join(quote(addr, safe="@") for _, addr in addressing.cc))
    fields.append("subject=" + _encode(_subject(letter, case)))
    body = email_body(letter, addressing)
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    head = f"mailto:{to}?" + "&".join(fields)
    full = head + "&body=" + _encode(crlf_body)
    notes: list[str] = []
    if addressing.without_email:
        notes.append("No email address is known for " + "; ".join(addressing.without_email) + ".")
    if len(full) <= max_length:
        return MailtoResult(full, True, None, " ".join(notes))
    notes.insert(
        0,
        "The letter is too long for a mail link: paste it from the clipboard into the message.",
    )
    return MailtoResult(head, False, body, " ".join(notes))
