"""Letters as email: a ready-to-send draft (.eml) and a mailto: link.

Addresses come only from the case file: a recipient without a usable address is named in a note at
the top of the body, never given an invented or guessed one. No text from the case reaches a header
raw: line breaks and other control characters are replaced by spaces first, and the `email` package
encodes what remains.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, EmailPolicy
from functools import cache
from urllib.parse import quote

from appeal_tui.core.contacts import EMAIL_PATTERN
from appeal_tui.core.hidden_text import LINE_BREAKS, LINE_SEPARATORS, hidden_pattern
from appeal_tui.core.i18n import _
from appeal_tui.core.model import Case, Letter, Recipient, Sender

# Mail clients and browsers start dropping mailto: links somewhere past 2,000 characters.
MAILTO_MAX_LENGTH = 2000

# A plain ASCII addr-spec: what every mail client accepts. Anything else in a case file (an
# obfuscated "[email protected]", "via website") is not an address.
_ADDR_SPEC = EMAIL_PATTERN
# The domain of a Message-ID when the writer's own address is not known (RFC 2606: reserved).
_MESSAGE_ID_DOMAIN = "appeal-tui.invalid"
_SPACES = re.compile(r"\s+")
# Hidden characters (`core.hidden_text`) and line breaks: a space each in a header.
_BREAKS = hidden_pattern(also=LINE_BREAKS + LINE_SEPARATORS)


def header_text(text: str) -> str:
    """`text` made safe for a header: controls and line or paragraph separators become spaces."""
    cleaned = _BREAKS.sub(" ", text)
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
    return _(
        "[Before sending: no email address is known for {names}. Please send them your letter "
        "by post or fax, and delete this note.]"
    ).format(names="; ".join(names))


def email_body(letter: Letter, addressing: EmailAddressing) -> str:
    """The body text of an email letter, with the missing-address note first when needed."""
    # Imported here so this module loads (for addressing) even where the text export does not.
    from appeal_tui.export.text import letter_to_text

    text = letter_to_text(letter)
    if addressing.without_email:
        return missing_email_note(addressing.without_email) + "\n\n" + text
    return text


@cache
def _subject_labels() -> tuple[str, ...]:
    """The labels letters put before a subject ("Re:", "Asunto:", "Objet :", "موضوع:"), from
    every phrasebook, longest first: an email's Subject header is the subject without them."""
    from appeal_tui.core.phrasebook import known_languages, phrasebook

    labels = {"Re:"}
    for code in known_languages():
        book = phrasebook(code)
        if book is not None and book.subject_prefix.strip():
            labels.add(book.subject_prefix.strip())
    return tuple(sorted(labels, key=len, reverse=True))


def email_subject(letter: Letter, case: Case) -> str:
    """The Subject header: the letter's subject without its label (the header is the label),
    and never "Re: ...", which reads as a reply."""
    subject = letter.subject or case.title
    label = letter.subject_label
    if label and subject.startswith(label) and subject[len(label) :].strip():
        return header_text(subject[len(label) :].strip())
    subject = header_text(subject)
    folded = subject.casefold()
    for label in _subject_labels():
        # "Objet :" with a plain or no-break space before the colon, or none.
        bare = label.rstrip(":").rstrip(" \u00a0\u202f")
        for variant in (label, bare + ":", bare + " :", bare + "\u00a0:", bare + "\u202f:"):
            if folded.startswith(variant.casefold()):
                rest = subject[len(variant) :].strip()
                if rest:
                    return rest
    return subject


def _subject(letter: Letter, case: Case) -> str:
    return email_subject(letter, case)


def default_message_id(letter: Letter, sender: Sender | None) -> str:
    """A Message-ID that is the same each time the same letter is made (a batch run again
    writes the same file) and differs between letters: a digest of what the letter is."""
    digest = hashlib.sha256(
        repr(
            (
                letter.case_id,
                letter.language,
                letter.mode,
                letter.to_keys,
                letter.copy_keys,
                letter.date.isoformat(),
                letter.sender_block,
                letter.recipient_block,
                letter.subject,
                letter.salutation,
                letter.body_text,
            )
        ).encode("utf-8")
    ).hexdigest()[:32]
    domain = _MESSAGE_ID_DOMAIN
    if sender is not None and sender.email and usable_address(sender.email):
        domain = sender.email.strip().rpartition("@")[2]
    return f"<{digest}@{domain}>"


def default_date(letter: Letter) -> dt.datetime:
    """The Date header: the letter's date, at noon UTC (the same for every run; the mail
    client sets the sending time when the draft is sent)."""
    return dt.datetime.combine(letter.date, dt.time(12, 0), tzinfo=dt.UTC)


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
    From is set when `sender` has a usable email address (RFC 5322 requires it; a mail client
    fills it in a draft that has none). Date and Message-ID are always set: `date` and
    `message_id` when given, else `default_date` and `default_message_id`, which are the same
    for the same letter, so the output stays byte-for-byte stable.
    """
    addressing = email_addressing(letter, case)
    message = EmailMessage(policy=_POLICY)
    if sender is not None and sender.email and usable_address(sender.email):
        message["From"] = Address(header_text(sender.name), addr_spec=sender.email.strip())
    if addressing.to:
        message["To"] = [Address(name, addr_spec=addr) for name, addr in addressing.to]
    if addressing.cc:
        message["Cc"] = [Address(name, addr_spec=addr) for name, addr in addressing.cc]
    message["Subject"] = _subject(letter, case)
    message["Date"] = date if date is not None else default_date(letter)
    message["Message-ID"] = header_text(message_id or default_message_id(letter, sender))
    # Outlook and Thunderbird open a message marked unsent as a draft, ready to edit and send.
    message["X-Unsent"] = "1"
    message.set_content(email_body(letter, addressing), charset="utf-8")
    return message.as_bytes()


# Header lines are folded to this length (RFC 5322 asks for 78 characters at most).
_LINE = 78
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "reply-to"})
# Display names longer than this are shortened: a name is a label, the address is what counts.
_MAX_DISPLAY_NAME = 200
# Atoms: a display name of only these characters needs no quotes (RFC 5322 atext and spaces).
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+")


def _display_name_words(name: str) -> list[str]:
    """`name` as the words of an RFC 5322 display name: atoms, a quoted string (split at its
    spaces, where folding may break the line) or UTF-8 encoded-words of at most 75 characters."""
    name = " ".join(name.split())
    if len(name) > _MAX_DISPLAY_NAME:
        name = name[: _MAX_DISPLAY_NAME - 3].rstrip() + "..."
    if not name:
        return []
    if name.isascii():
        if _ATOMS.fullmatch(name):
            return name.split(" ")
        return ('"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"').split(" ")
    # Encoded-words of at most 45 bytes of UTF-8 (60 characters of base64, 72 with the frame),
    # split after a space where one is near: decoders drop the whitespace between two
    # encoded-words (RFC 2047), so a space of the name travels inside the word before it.
    chunks: list[str] = []
    chunk = ""
    for word in name.split(" "):
        piece = (" " if chunk else "") + word
        if chunk and len((chunk + piece).encode("utf-8")) > 45:
            chunks.append(chunk + " ")
            chunk, piece = "", word
        for ch in piece:
            if chunk and len((chunk + ch).encode("utf-8")) > 45:
                chunks.append(chunk)
                chunk = ""
            chunk += ch
    chunks.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(c.encode('utf-8')).decode('ascii')}?=" for c in chunks]


def fold_addresses(name: str, addresses: Sequence[Address], linesep: str = "\r\n") -> str:
    """An address header (`To: A <a@x>, ...`), folded at spaces to lines of at most 78
    characters where the words allow.

    The `email` package's own folding loses the quotes of a long display name with a comma,
    dot or colon in it ("Mr. X (Head of ...)" longer than a line): mail clients then read part
    of the name as another address, or the header as a group with no address at all."""
    words: list[str] = []
    for i, address in enumerate(addresses):
        part = [*_display_name_words(address.display_name), f"<{address.addr_spec}>"]
        if i < len(addresses) - 1:
            part[-1] += ","
        words.extend(part)
    lines: list[str] = []
    line = f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > _LINE and line.strip() and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return linesep.join(lines) + linesep


class _EmlPolicy(EmailPolicy):
    """SMTP's policy, with address headers folded by `fold_addresses`."""

    def fold(self, name: str, value: str) -> str:
        addresses = getattr(value, "addresses", None)
        if name.lower() in _ADDRESS_HEADERS and addresses is not None:
            return fold_addresses(name, addresses, self.linesep)
        folded: str = super().fold(name, value)
        return folded

    def fold_binary(self, name: str, value: str) -> bytes:
        addresses = getattr(value, "addresses", None)
        if name.lower() in _ADDRESS_HEADERS and addresses is not None:
            return fold_addresses(name, addresses, self.linesep).encode("ascii")
        return super().fold_binary(name, value)


_POLICY = _EmlPolicy() + SMTP


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
    to = ",".join(quote(addr, safe="@") for _name, addr in addressing.to)
    fields = []
    if addressing.cc:
        fields.append("cc=" + ",".join(quote(addr, safe="@") for _name, addr in addressing.cc))
    fields.append("subject=" + _encode(_subject(letter, case)))
    body = email_body(letter, addressing)
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    head = f"mailto:{to}?" + "&".join(fields)
    full = head + "&body=" + _encode(crlf_body)
    notes: list[str] = []
    if addressing.without_email:
        notes.append(
            _("No email address is known for {names}.").format(
                names="; ".join(addressing.without_email)
            )
        )
    if len(full) <= max_length:
        return MailtoResult(full, True, None, " ".join(notes))
    notes.insert(
        0,
        _("The letter is too long for a mail link: paste it from the clipboard into the message."),
    )
    return MailtoResult(head, False, body, " ".join(notes))
