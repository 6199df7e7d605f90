"""A mail saved whole (an .eml file of a forward): its text parts, decoded.

A forward saved from a mail program is a MIME message: its body may be in parts
("multipart/alternative": the same text as plain text and as HTML; "multipart/mixed": a note
and the forwarded mail attached) and encoded (base64). What a reader sees is the decoded
text parts; the standard library's `email` package decodes them (no part is run or fetched,
attachments that are not text are left out). Read only when the mail's own header says it
is multipart or base64 (a mail saved as plain text is read as it is).
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

# A header block at the very start: two header lines or more, then a blank line.
_HEADER_START = re.compile(
    rb"^(?:[A-Za-z][A-Za-z0-9-]{1,40}:[^\n]{0,2000}\n(?:[ \t][^\n]{0,2000}\n){0,20}){2,60}\r?\n"
)
_MIME_TOP = re.compile(
    rb"^(?:content-type:\s*multipart/|content-transfer-encoding:\s*base64)",
    re.IGNORECASE | re.MULTILINE,
)
_SHOWN = ("From", "To", "Date", "Subject")


def mime_text(data: bytes) -> str | None:
    """The header lines and decoded text of a MIME mail; None when `data` is no such mail."""
    head = data[:65536].replace(b"\r\n", b"\n")
    top = _HEADER_START.match(head)
    if top is None or not _MIME_TOP.search(top.group(0)):
        return None
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        plain, html = _text_parts(message)
    except Exception:  # a broken mail is read as plain text
        return None
    body = plain or html
    if not body:
        return None
    lines = [f"{name}: {message[name]}" for name in _SHOWN if message[name]]
    return "\n".join(lines) + "\n\n" + "\n\n".join(body)


def _text_parts(message: EmailMessage) -> tuple[list[str], list[str]]:
    """The plain-text and the HTML parts, in order (an attached mail's headers before its
    text)."""
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage):
                shown = [f"{n}: {inner[n]}" for n in _SHOWN if inner[n]]
                if shown:
                    plain.append("\n".join(shown))
            continue
        if part.get_content_maintype() != "text" or (
            part.is_attachment() and part.get_content_subtype() not in ("plain", "html")
        ):
            continue
        content = part.get_content()
        if not isinstance(content, str):
            continue
        if part.get_content_subtype() == "html":
            html.append(content)
        elif part.get_content_subtype() == "plain":
            plain.append(content.replace("\r\n", "\n"))
    if plain and not any(not p.startswith(_SHOWN[0] + ":") for p in plain):
        plain = []  # only the headers of an attached mail: read its HTML
    return plain, html
