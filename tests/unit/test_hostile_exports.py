"""Hostile text through every layer that is not the screen: loader, compose, every export format
and a batch. Each layer is tried on its own: the loader refuses control and bidi characters, and
a Case built in Python with them (as a future importer or a draft from a bundle could carry)
must still export safely: HTML escaped, email headers not injectable, no terminal escapes.

The screens' part (every screen with Pilot) is in tests/ui.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from appeal_tui.core.compose import compose_letters
from appeal_tui.core.loading import load_case_bytes
from appeal_tui.core.model import Letter
from appeal_tui.export.batch import BatchSpec, run_batch
from appeal_tui.export.email import letter_to_eml, mailto_url
from appeal_tui.export.formats import FORMATS, ExportOptions, export_files
from appeal_tui.export.social import social_message
from hostile.guards import files_under, hard_timeout
from hostile.hostile_text import (
    FORBIDDEN_CONTROLS,
    HTML,
    MARKUP,
    hostile_case,
    hostile_case_yaml,
    hostile_letter,
    hostile_sender,
    markup_only_case_yaml,
)

TODAY = dt.date(2024, 5, 15)
ALLOWED_HEADERS = {
    "from", "to", "cc", "subject", "x-unsent", "mime-version", "content-type",
    "content-transfer-encoding", "date", "message-id",
}  # fmt: skip


def controls_in(text: str) -> set[str]:
    return {ch for ch in text if ch in FORBIDDEN_CONTROLS}


# --- the loader -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [True, False], ids=["raw", "escaped"])
def test_loader_refuses_control_and_bidi_characters(raw: bool) -> None:
    result = load_case_bytes(hostile_case_yaml(raw=raw).encode("utf-8"), "hostile.yaml")
    assert result.case is None
    messages = " ".join(p.message for p in result.problems)
    assert "control character" in messages or "bidirectional" in messages


def test_loader_keeps_markup_and_html_as_plain_text() -> None:
    result = load_case_bytes(markup_only_case_yaml().encode("utf-8"), "markup.yaml")
    assert result.case is not None, result.problems
    assert result.case.title == f"title {MARKUP} {HTML}"
    assert len(result.case.summary) > 100_000


# --- compose --------------------------------------------------------------------------------------


def _letters() -> list[Letter]:
    case = hostile_case()
    letters = [hostile_letter(case), hostile_letter(case, language="fa")]
    with hard_timeout(60):
        for language in ("en", "fa", "de"):
            for mode in ("post", "email"):
                keys = [r.key for r in case.recipients]
                letters += compose_letters(
                    case, language, keys, hostile_sender(), body=None, mode=mode, today=TODAY
                )
    return letters


LETTERS = _letters()


def test_compose_gives_letters_for_every_language_and_mode() -> None:
    assert len(LETTERS) > 6


# --- every export format --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_format(fmt: str) -> None:
    options = ExportOptions(case=hostile_case(), sender=hostile_sender())
    for letter in LETTERS:
        with hard_timeout(60):
            files = export_files(fmt, [letter], options)
        for file in files:
            text = file.data.decode("utf-8")
            if fmt == "eml":
                message = email.message_from_bytes(file.data, policy=email.policy.default)
                text = message.get_content()
            assert not controls_in(text), f"{fmt}: {sorted(map(hex, map(ord, controls_in(text))))}"
            if fmt == "html":
                lowered = text.lower()
                assert "<script" not in lowered and "<img" not in lowered
                assert "&lt;script&gt;" in lowered


def _parsed_eml(letter: Letter) -> email.message.EmailMessage:
    data = letter_to_eml(letter, hostile_case(), sender=hostile_sender())
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_eml_headers_cannot_be_injected(index: int) -> None:
    message = _parsed_eml(LETTERS[index])
    names = {name.lower() for name in message}
    assert "bcc" not in names
    assert names <= ALLOWED_HEADERS, names - ALLOWED_HEADERS
    for field in ("to", "cc"):
        for address in message.get(field, "").addresses if message.get(field) else ():
            assert address.addr_spec in ("minister@example.org", "embassy@example.org")
    subject = str(message["subject"])
    assert "\r" not in subject and "\n" not in subject
    assert not controls_in(subject)


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_mailto_link_cannot_be_injected(index: int) -> None:
    result = mailto_url(LETTERS[index], hostile_case())
    url = result.url
    assert not any(ch in url for ch in '\r\n\x00\x1b <>"')
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    # Only addresses from the case, and only well-formed ones: never the injected Bcc.
    for address in filter(None, unquote(parts.path).split(",")):
        assert address in ("minister@example.org", "embassy@example.org")
    fields = parse_qs(parts.query)
    assert set(fields) <= {"cc", "subject", "body"}
    assert not controls_in(fields["subject"][0])


def test_social_messages() -> None:
    case = hostile_case()
    for recipient in case.recipients:
        for language in ("en", "fa", "xx"):
            try:
                message = social_message(case, recipient, language, link="https://example.org")
            except ValueError:
                # The documented refusal: a "handle" that is not one.
                assert recipient.key == "embassy"
                continue
            assert not controls_in(message.text)
            assert message.weighted_length <= 280
            assert not any(ch in message.intent_url for ch in '\r\n\x00\x1b <>"')


# --- a batch --------------------------------------------------------------------------------------


def test_batch_of_the_hostile_case(tmp_path: Path) -> None:
    case = hostile_case("hostile")
    out = tmp_path / "batch"
    spec = BatchSpec(
        cases=(case,),
        languages=("en", "fa"),
        recipients={case.id: tuple(r.key for r in case.recipients)},
        mode="post",
        formats=("txt", "md", "html", "eml"),
        out=out,
    )
    with hard_timeout(120):
        result = run_batch(spec, today=TODAY)
    assert result.complete and result.written == result.files
    for rel in files_under(out):
        path = out / rel
        if path.is_dir():
            continue
        text = path.read_bytes().decode("utf-8")
        if path.suffix == ".eml":
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert "bcc" not in {k.lower() for k in message}
            text = message.get_content()
        assert not controls_in(text), rel
        # Markdown may carry "\\<script\\>" (escaped, shown literally), never a bare tag.
        if path.suffix in (".html", ".md"):
            assert not re.search(r"(?<!\\)<(script|img)", text, re.IGNORECASE), rel
