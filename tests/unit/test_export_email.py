"""The .eml draft and the mailto: link: addresses only from the case, nothing injected."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import re
from dataclasses import replace
from email.header import decode_header, make_header
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from export_samples import sample_case, sample_letter

from appeal_tui.core.model import Sender
from appeal_tui.export.email import MAILTO_MAX_LENGTH, email_addressing, letter_to_eml, mailto_url


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_eml_has_to_cc_subject_and_utf8() -> None:
    message = _parse(letter_to_eml(sample_letter(), sample_case()))
    assert message["To"] == "Minister of Justice <minister@example.org>"
    assert message["Cc"] == "Ambassador <embassy@example.net>"
    assert message["Subject"] == "About Sam Example"
    assert message["X-Unsent"] == "1"
    assert message.get_content_charset() == "utf-8"
    # RFC 5322: Date always; a Message-ID that is stable for the same letter.
    assert message["Date"].datetime == dt.datetime(2024, 5, 15, 12, 0, tzinfo=dt.UTC)
    assert re.fullmatch(r"<[0-9a-f]{32}@appeal-tui\.invalid>", message["Message-ID"])
    assert letter_to_eml(sample_letter(), sample_case()) == letter_to_eml(
        sample_letter(), sample_case()
    )
    assert "Please release Sam Example at once." in message.get_content()


def test_eml_from_the_writer_and_a_message_id_on_their_domain() -> None:
    sender = Sender(name="Ana Writer", email="ana@example.net")
    message = _parse(letter_to_eml(sample_letter(), sample_case(), sender=sender))
    assert message["From"] == "Ana Writer <ana@example.net>"
    assert message["Message-ID"].endswith("@example.net>")
    other = _parse(letter_to_eml(sample_letter(2), sample_case(), sender=sender))
    assert other["Message-ID"] != message["Message-ID"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Sam Example", "Sam Example"),
        ("Asunto: Sam Example", "Sam Example"),
        ("Objet : Sam Example", "Sam Example"),
        ("Objet\u00a0: Sam Example", "Sam Example"),
        ("موضوع: سام", "سام"),
        ("Betreff: Sam Example", "Sam Example"),
        ("Release Sam Example: now", "Release Sam Example: now"),
    ],
)
def test_the_subject_header_has_no_label(subject: str, expected: str) -> None:
    letter = replace(sample_letter(), subject=subject)
    assert _parse(letter_to_eml(letter, sample_case()))["Subject"] == expected


def test_persian_subject_and_body_survive() -> None:
    subject = "حسین رونقی ملکی: درمان پزشکی، نه زندان"
    letter = dataclasses.replace(sample_letter(language="fa"), subject=subject)
    message = _parse(letter_to_eml(letter, sample_case()))
    assert message["Subject"] == subject
    raw = letter_to_eml(letter, sample_case())
    assert subject.encode() not in raw.split(b"\r\n\r\n", 1)[0]  # the header is encoded (RFC 2047)


def test_recipient_without_a_usable_address_is_named_not_invented() -> None:
    message = _parse(letter_to_eml(sample_letter(), sample_case()))
    body = message.get_content()
    assert body.startswith("[Before sending: no email address is known for Head of the Judiciary.")
    assert "protected" not in str(message["Cc"])
    addressing = email_addressing(sample_letter(), sample_case())
    assert addressing.without_email == ("Head of the Judiciary",)


def test_no_header_injection_from_case_text() -> None:
    case = sample_case()
    hostile = dataclasses.replace(
        case.recipients[0],
        name="Minister\r\nBcc: spy@example.com",
        email=("minister@example.org\r\nBcc: spy@example.com", "minister@example.org"),
    )
    case = dataclasses.replace(case, recipients=(hostile, *case.recipients[1:]))
    letter = dataclasses.replace(
        sample_letter(), subject="Hello\r\nBcc: spy@example.com\nX-Evil: 1"
    )
    raw = letter_to_eml(
        letter, case, sender=Sender(name="Ana\nBcc: spy@example.com", email="a@b.org")
    )
    message = _parse(raw)
    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    header = raw.split(b"\r\n\r\n", 1)[0]
    assert (
        b"\nBcc:" not in header
        and b"\nX-Evil" not in header
        and b"\r" not in header.replace(b"\r\n", b"")
    )
    assert message["Subject"] == "Hello Bcc: spy@example.com X-Evil: 1"
    assert [a.addr_spec for a in message["To"].addresses] == ["minister@example.org"]


def test_sender_date_and_message_id_when_given() -> None:
    raw = letter_to_eml(
        sample_letter(),
        sample_case(),
        sender=Sender(name="Ana Writer", email="ana@example.com"),
        date=dt.datetime(2024, 5, 15, 9, 30, tzinfo=dt.UTC),
        message_id="<fixed@example.com>",
    )
    message = _parse(raw)
    assert message["From"] == "Ana Writer <ana@example.com>"
    assert message["Message-ID"] == "<fixed@example.com>"
    assert message["Date"].datetime == dt.datetime(2024, 5, 15, 9, 30, tzinfo=dt.UTC)


def test_sender_without_usable_email_sets_no_from() -> None:
    message = _parse(letter_to_eml(sample_letter(), sample_case(), sender=Sender(name="Ana")))
    assert message["From"] is None


def test_mailto_short_letter_has_everything_in_the_link() -> None:
    result = mailto_url(sample_letter(), sample_case())
    assert result.body_in_url and result.body_for_clipboard is None
    parts = urlsplit(result.url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "minister@example.org"
    query = parse_qs(parts.query)
    assert query["cc"] == ["embassy@example.net"]
    assert query["subject"] == ["About Sam Example"]
    assert "Please release Sam Example at once." in query["body"][0]
    assert "\r\n" in query["body"][0]
    assert " " not in result.url and "\n" not in result.url
    assert "Head of the Judiciary" in result.message


def test_mailto_long_letter_leaves_the_body_for_the_clipboard() -> None:
    long_paragraph = dataclasses.replace(sample_letter().paragraphs[0], text="word " * 600)
    letter = dataclasses.replace(sample_letter(), paragraphs=(long_paragraph,))
    result = mailto_url(letter, sample_case())
    assert not result.body_in_url
    assert "body=" not in result.url
    assert len(result.url) <= MAILTO_MAX_LENGTH
    assert result.body_for_clipboard is not None and "word word" in result.body_for_clipboard
    assert "clipboard" in result.message


def test_mailto_encodes_case_text_so_it_cannot_add_fields() -> None:
    letter = dataclasses.replace(sample_letter(), subject="a&bcc=spy@example.com?x=1#frag")
    query = parse_qs(urlsplit(mailto_url(letter, sample_case()).url).query)
    assert "bcc" not in query
    assert query["subject"] == ["a&bcc=spy@example.com?x=1#frag"]


def test_mailto_persian_subject_is_percent_encoded_utf8() -> None:
    letter = dataclasses.replace(sample_letter(language="fa"), subject="نامه")
    url = mailto_url(letter, sample_case()).url
    assert "subject=%D9%86%D8%A7%D9%85%D9%87" in url
    assert url.isascii()


LONG_NAMES = [
    "Mr. Gholamhossein Mohseni Ejei (Head of the Judiciary of the Islamic Republic of Iran)",
    "Office of the Prosecutor: Tehran Province, Evin Courthouse, Attention of the Prosecutor",
    "Ministère de la Justice et des Libertés, Direction des affaires criminelles et des grâces",
    "آقای غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه جمهوری اسلامی ایران، تهران، خیابان ولیعصر",
]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_long_display_name_stays_one_name_with_its_address(name: str) -> None:
    """Names longer than a header line, with a comma, dot or colon: the email package's own
    folding dropped their quotes, so a mail client read part of the name as another address
    (or the header as an empty group) and the letter lost its recipient."""
    case = sample_case()
    minister = replace(case.recipients[0], name=name)
    case = replace(case, recipients=(minister, *case.recipients[1:]))
    sender = Sender(name=name, email="ana@example.net")
    data = letter_to_eml(sample_letter(), case, sender=sender)
    head = data.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    message = _parse(data)
    (to,) = message["To"].addresses
    (sender_address,) = message["From"].addresses
    assert to.addr_spec == "minister@example.org"
    assert sender_address.addr_spec == "ana@example.net"
    # Python's parser keeps the space between two encoded-words that RFC 2047 says to drop
    # (a name split over lines travels as several), so compare the words.
    assert to.display_name.split() == name.split()
    assert sender_address.display_name.split() == name.split()
    unfolded = head.decode("ascii").replace("\r\n", "")
    to_value = re.search(r"To: (.*?) <minister@example.org>", unfolded)
    assert to_value is not None
    assert str(make_header(decode_header(to_value[1]))).strip('"') == name
