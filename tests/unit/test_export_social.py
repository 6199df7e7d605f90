"""Social messages: X/Twitter weighted length, shortening, every bundled handle in the limit."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from export_samples import sample_case

from appeal_tui.core.loading import load_case_file
from appeal_tui.core.model import Case, Person, Recipient
from appeal_tui.export.social import (
    MAX_WEIGHTED_LENGTH,
    normalise_handle,
    social_message,
    weighted_length,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("a" * 280, 280),
        ("漢" * 140, 280),  # CJK weighs 2
        ("سلام دنیا", 9),  # Arabic script weighs 1
        ("Привет", 6),
        ("e\u0301", 1),  # counted after NFC: one "é"
        ("a—b", 3),  # U+2014 is in a light punctuation range
        ("…", 2),  # U+2026 is not
        ("👍", 2),
        ("👍🏽", 2),  # skin tone modifier joins the emoji
        ("👨\u200d👩\u200d👧\u200d👦", 2),  # a ZWJ family is one emoji
        ("🇮🇷", 2),  # a flag: two regional indicators
        ("1️⃣", 2),  # keycap
        ("see https://example.org/a/very/long/path/that/goes/on/and/on?x=1", 4 + 23),
        ("see www.example.org", 4 + 23),
        ("see amnesty.org now", 4 + 23 + 4),
    ],
)
def test_weighted_length(text: str, weight: int) -> None:
    assert weighted_length(text) == weight


def test_handle_forms() -> None:
    assert normalise_handle("khamenei_ir") == "@khamenei_ir"
    assert normalise_handle(" @khamenei_ir ") == "@khamenei_ir"
    for bad in ("@", "two words", "@toolonghandle_12345", "@a\nb", "https://x.com/a"):
        with pytest.raises(ValueError):
            normalise_handle(bad)


def _minister(case: Case) -> Recipient:
    recipient = case.recipient("minister")
    assert recipient is not None
    return recipient


def test_short_case_keeps_every_ask() -> None:
    case = sample_case()
    message = social_message(case, _minister(case), "en")
    assert message.text == (
        "@minister_x I am writing to you about Sam Example: "
        "Release Sam Example at once and without conditions. "
        "Make sure Sam Example can see a lawyer and family."
    )
    assert message.weighted_length == len(message.text)
    assert parse_qs(urlsplit(message.intent_url).query)["text"] == [message.text]
    assert message.intent_url.startswith("https://twitter.com/intent/tweet?text=%40minister_x%20")


def test_long_asks_shorten_to_the_first_on_a_word_boundary() -> None:
    long_ask = "Please " + " ".join(f"word{i}" for i in range(80)) + "."
    case = dataclasses.replace(sample_case(), asks={"en": (long_ask, "A second ask.")})
    message = social_message(case, _minister(case), "en", link="https://example.org/ua/123")
    assert message.weighted_length <= MAX_WEIGHTED_LENGTH
    assert message.weighted_length >= MAX_WEIGHTED_LENGTH - 10  # little room wasted
    assert message.text.startswith("@minister_x I am writing to you about Sam Example:")
    assert "A second ask" not in message.text
    before_link = message.text.removesuffix(" https://example.org/ua/123")
    assert before_link.endswith("…")
    assert before_link[:-1].split(" ")[-1].startswith("word")  # a whole word, then "…"
    assert long_ask.startswith(before_link.split(": ", 1)[1][:-1])


def test_link_counts_23_whatever_its_length() -> None:
    case = sample_case()
    link = "https://example.org/" + "x" * 200
    message = social_message(case, _minister(case), "en", link=link)
    without = social_message(case, _minister(case), "en")
    assert message.text.endswith(" " + link)
    assert message.weighted_length == without.weighted_length + 1 + 23


def test_persian_message_uses_persian_asks() -> None:
    case = sample_case()
    message = social_message(case, _minister(case), "fa")
    assert message.text.startswith("@minister_x درباره‌ی Sam Example به شما می‌نویسم:")
    assert case.asks["fa"][0] in message.text


def test_persian_message_names_the_person_in_persian_when_the_case_can() -> None:
    case = sample_case()
    people = (Person(name="Sam Example", also_known_as=("Sam Ex", "سام اگزمپل")),)
    case = dataclasses.replace(case, people=people)
    assert "درباره‌ی سام اگزمپل به شما" in social_message(case, _minister(case), "fa").text
    assert "about Sam Example:" in social_message(case, _minister(case), "en").text


def test_language_without_asks_gets_a_general_polite_request() -> None:
    case = sample_case()
    message = social_message(case, _minister(case), "de")
    assert message.text == (
        "@minister_x Mit allem Respekt bitte ich Sie, die Rechte von Sam Example zu schützen."
    )


def test_unknown_language_falls_back_to_english() -> None:
    case = sample_case()
    assert social_message(case, _minister(case), "it").text.startswith("@minister_x I am writing")


def test_no_handle_is_an_error() -> None:
    case = sample_case()
    judiciary = case.recipient("judiciary")
    assert judiciary is not None
    with pytest.raises(ValueError):
        social_message(case, judiciary, "en")


def _bundled_with_handles() -> list[tuple[Case, Recipient]]:
    out = []
    for path in sorted((REPO / "cases").glob("*.yaml")):
        case = load_case_file(path).case
        if case is None:
            continue
        out.extend((case, r) for r in case.recipients if r.twitter)
    return out


BUNDLED = _bundled_with_handles()


def test_a_bundled_case_has_a_recipient_with_a_handle() -> None:
    assert BUNDLED, "the social post tests below need a bundled recipient with a handle"


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "fa", "ar"])
@pytest.mark.parametrize(
    ("case", "recipient"), BUNDLED, ids=[f"{c.id}:{r.key}" for c, r in BUNDLED]
)
def test_every_bundled_handle_fits(case: Case, recipient: Recipient, language: str) -> None:
    for link in (None, "https://example.org/appeal"):
        message = social_message(case, recipient, language, link=link)
        assert message.weighted_length <= MAX_WEIGHTED_LENGTH
        assert message.text.startswith(normalise_handle(recipient.twitter or ""))
        person = case.people[0]
        assert any(name in message.text for name in (person.label, *person.also_known_as))
