"""Composing letters: recipients, salutations, modes, the writer's words, and text export."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest

from appeal_tui.core.compose import (
    OWN_WORDS_PROMPT,
    PLACEHOLDER_MARK,
    ComposeError,
    ComposeOptions,
    compose_letters,
    template_body,
)
from appeal_tui.core.guidance import GENERAL_TIPS, personalisation
from appeal_tui.core.model import Case, LetterExtras, Person, Recipient, Sender
from appeal_tui.export.text import letter_to_markdown, letter_to_text, letters_to_text

DAY = dt.date(2016, 1, 20)
SENDER = Sender(name="Ana Example", address=("12 Example Street",), city="Berlin")


def _case(**changes: object) -> Case:
    case = Case(
        id="xx-test",
        title="A test case",
        country="Iran",
        people=(Person(name="Sara Example", also_known_as=("سارا نمونه",)),),
        summary="Summary.",
        languages=("fa", "en"),
        asks={
            "en": ("Please release Sara Example.", "Please let her see a doctor."),
            "fa": ("لطفاً سارا نمونه را آزاد کنید.",),
        },
        recipients=(
            Recipient(
                key="leader",
                role="primary",
                name="Leader Name",
                title="Leader of the Country",
                organisation="Office of the Leader",
                address=("1 Main Street", "Tehran"),
                country="Iran",
                salutation="Your Excellency",
            ),
            Recipient(
                key="minister",
                role="copy",
                name="Minister Name",
                title="Minister of Justice",
                address=("2 Side Street",),
                salutations={"en": "Dear Minister", "fr": "Madame la Ministre"},
            ),
            Recipient(key="embassy", role="copy", name="Embassy", salutation="Hello friends"),
            Recipient(key="nobody", role="copy", name="No Salutation Office"),
        ),
        letter={"en": LetterExtras(subject="Sara Example needs care")},
        tips="- Be brief.\n- Mention her health,\n  which is poor.",
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def test_post_mode_gives_one_letter_per_recipient_with_its_own_block() -> None:
    letters = compose_letters(_case(), "en", ["leader", "minister"], SENDER, today=DAY)
    assert [x.to_keys for x in letters] == [("leader",), ("minister",)]
    leader, minister = letters
    assert leader.recipient_block == (
        "Leader Name",
        "Leader of the Country",
        "Office of the Leader",
        "1 Main Street",
        "Tehran",
        "Iran",
    )
    assert minister.recipient_block == ("Minister Name", "Minister of Justice", "2 Side Street")
    assert leader.salutation == "Your Excellency,"
    assert minister.salutation == "Dear Minister,"
    assert leader.date_text == "20 January 2016"
    # A case subject gets the language's label, like the subjects the phrasebook writes.
    assert leader.subject == "Re: Sara Example needs care"
    assert leader.sender_block == ("Ana Example", "12 Example Street", "Berlin")
    assert leader.signature == ("Ana Example",)
    assert leader.closing == "Yours sincerely,"
    assert leader.copies == ()


def test_an_office_given_as_name_and_organisation_is_printed_once() -> None:
    # A hand-written case may repeat the office as its organisation: the envelope names it once.
    case = _case()
    embassy = Recipient(
        key="exampleland",
        role="copy",
        name="Embassy of Exampleland",
        organisation="embassy of exampleland",
        address=("3 Park Road",),
        country="Ireland",
    )
    case = replace(case, recipients=(*case.recipients, embassy))
    (letter,) = compose_letters(case, "en", ["exampleland"], SENDER, today=DAY)
    assert letter.recipient_block == ("Embassy of Exampleland", "3 Park Road", "Ireland")


def test_letters_follow_the_case_order_whatever_the_key_order() -> None:
    letters = compose_letters(_case(), "en", ["minister", "leader", "minister"], SENDER, today=DAY)
    assert [x.to_keys[0] for x in letters] == ["leader", "minister"]


def test_email_mode_is_one_letter_to_the_primary_with_copies() -> None:
    letters = compose_letters(
        _case(), "en", ["leader", "minister", "embassy"], SENDER, mode="email", today=DAY
    )
    assert len(letters) == 1
    (letter,) = letters
    assert letter.to_keys == ("leader",)
    assert letter.copy_keys == ("minister", "embassy")
    assert letter.copy_heading == "Copy to:"
    assert letter.copies == ("Minister Name, Minister of Justice", "Embassy")
    assert "Copy to:\nMinister Name, Minister of Justice\nEmbassy" in letter_to_text(letter)


def test_email_mode_without_a_chosen_primary_addresses_the_first_chosen() -> None:
    (letter,) = compose_letters(
        _case(), "en", ["embassy", "minister"], SENDER, mode="email", today=DAY
    )
    assert letter.to_keys == ("minister",)
    assert letter.copy_keys == ("embassy",)


def test_unknown_or_missing_recipients_raise_a_clear_error() -> None:
    with pytest.raises(
        ComposeError, match="has no recipient 'nope'; choose from: all, primary, leader"
    ):
        compose_letters(_case(), "en", ["nope"], SENDER)
    with pytest.raises(ComposeError, match="at least one"):
        compose_letters(_case(), "en", [], SENDER)
    assert issubclass(ComposeError, ValueError)


def test_salutations_translated_given_per_language_or_flagged() -> None:
    letters = compose_letters(_case(), "fr", ["leader", "minister", "embassy", "nobody"], SENDER)
    leader, minister, embassy, nobody = letters
    assert leader.salutation == "Excellence,"
    # To an Excellency, the most formal French closing.
    assert leader.closing == (
        "Je vous prie d’agréer, Excellence, l’assurance de ma très haute considération."
    )
    # Given in French by the organiser: used as written, and repeated in the closing.
    assert minister.salutation == "Madame la Ministre,"
    assert "Madame la Ministre," in minister.closing
    # Unknown to every phrasebook: kept as written, the writer is told.
    assert embassy.salutation == "Hello friends"
    assert any("kept as written" in n for n in embassy.notes)
    assert embassy.closing == "Je vous prie d’agréer l’expression de ma haute considération."
    # No salutation at all: the language's general formal form, with the closing to an
    # unnamed reader.
    assert nobody.salutation == "Madame, Monsieur,"
    assert nobody.closing == (
        "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."
    )


def test_a_gendered_form_tells_the_writer_the_other_form() -> None:
    # The case gives the minister's French salutation «Madame la Ministre»: she is a woman,
    # so every language addresses her as one.
    (letter,) = compose_letters(_case(), "de", ["minister"], SENDER)
    assert letter.salutation == "Sehr geehrte Frau Ministerin,"
    assert not any("man or a woman" in n for n in letter.notes)
    # Without anything that tells the gender: the neutral form, and the writer is told both.
    case = _case()
    unknown = replace(case.recipients[1], salutations={"en": "Dear Minister"})
    case = replace(case, recipients=(case.recipients[0], unknown))
    (letter,) = compose_letters(case, "de", ["minister"], SENDER)
    assert letter.salutation == "Sehr geehrte Damen und Herren,"
    assert any(
        "Sehr geehrte Frau Ministerin" in n and "Sehr geehrter Herr Minister" in n
        for n in letter.notes
    )


def test_persian_letter_is_rtl_with_solar_hijri_date_and_persian_name() -> None:
    (letter,) = compose_letters(_case(), "fa", ["leader"], SENDER, today=DAY)
    assert letter.direction == "rtl"
    assert letter.date_text == "۳۰ دی ۱۳۹۴"
    # "Your Excellency" with no kind or gender: the Persian greeting alone.
    assert letter.salutation == "با سلام و احترام"
    assert "سارا نمونه" in letter.paragraphs[0].text
    assert letter.paragraphs[1].kind == "ask"
    options = ComposeOptions(calendar="gregorian", digits="latin")
    (latin,) = compose_letters(_case(), "fa", ["leader"], SENDER, today=DAY, options=options)
    assert latin.date_text == "20 ژانویه 2016"


def test_arabic_letter_uses_arabic_indic_digits() -> None:
    (letter,) = compose_letters(_case(), "ar", ["leader"], SENDER, today=DAY)
    assert letter.date_text == "٢٠ يناير ٢٠١٦"
    assert letter.direction == "rtl"


def test_a_language_the_case_does_not_offer_gets_the_english_asks_to_reword() -> None:
    case = _case()
    (letter,) = compose_letters(case, "es", ["leader"], SENDER, today=DAY)
    assert letter.salutation == "Excelencia:"
    placeholders = [p for p in letter.paragraphs if p.kind == "placeholder"]
    # English asks, although Persian is the case's first language (the one language rule).
    assert [p.text for p in placeholders] == [
        "Please release Sara Example.",
        "Please let her see a doctor.",
    ]
    assert any("not offered in Spanish" in n and "given in English" in n for n in letter.notes)
    assert PLACEHOLDER_MARK + "Please release Sara Example." in letter_to_text(letter)
    body = template_body(case, "es")
    assert PLACEHOLDER_MARK + "Please release" in body
    assert body.rstrip().endswith(OWN_WORDS_PROMPT)


def test_without_english_asks_the_first_language_with_asks_is_used() -> None:
    case = _case(asks={"fa": ("لطفاً سارا نمونه را آزاد کنید.",)})
    (letter,) = compose_letters(case, "es", ["leader"], SENDER, today=DAY)
    placeholders = [p for p in letter.paragraphs if p.kind == "placeholder"]
    assert [p.text for p in placeholders] == ["لطفاً سارا نمونه را آزاد کنید."]
    assert any("given in Persian" in n for n in letter.notes)


def test_a_language_without_a_phrasebook_is_composed_with_english_parts() -> None:
    (letter,) = compose_letters(_case(), "sw", ["leader"], SENDER, today=DAY)
    assert letter.language == "sw"
    assert letter.salutation == "Your Excellency,"
    assert letter.date_text == "20 Januari 2016"
    assert any("no phrasebook for Swahili" in n for n in letter.notes)


def test_template_body_and_the_edited_body() -> None:
    case = _case()
    template = template_body(case, "en")
    paragraphs = template.strip().split("\n\n")
    assert paragraphs[1:] == [
        "Please release Sara Example.",
        "Please let her see a doctor.",
        OWN_WORDS_PROMPT,
    ]
    assert "Sara Example" in paragraphs[0]
    body = template.replace(OWN_WORDS_PROMPT, "I am a nurse.\nI care.")
    (letter,) = compose_letters(case, "en", ["leader"], SENDER, body=body)
    assert [p.kind for p in letter.paragraphs] == ["opening", "ask", "ask", "own"]
    assert letter.paragraphs[-1].text == "I am a nurse.\nI care."
    assert not any("no words of your own" in n for n in letter.notes)
    # The prompt left in place is an instruction, not text: it is dropped, and noted.
    (untouched,) = compose_letters(case, "en", ["leader"], SENDER, body=template)
    assert OWN_WORDS_PROMPT not in letter_to_text(untouched)
    assert any("no words of your own" in n for n in untouched.notes)


def test_own_text_becomes_the_writers_paragraph() -> None:
    (letter,) = compose_letters(_case(), "en", ["leader"], SENDER, own_text="I am a nurse.")
    assert letter.paragraphs[-1].text == "I am a nurse."
    assert letter.paragraphs[-1].kind == "own"


def test_case_text_is_never_read_as_a_template() -> None:
    case = _case(people=(Person(name="{country} [bold]x[/] {person}"),))
    (letter,) = compose_letters(case, "en", ["leader"], SENDER)
    assert "{country} [bold]x[/] {person}" in letter.paragraphs[0].text


def test_no_name_leaves_room_to_sign_by_hand() -> None:
    (letter,) = compose_letters(_case(), "en", ["leader"], Sender(), today=DAY)
    assert letter.signature == ("", "", "")
    assert letter.sender_block == ()
    assert any("sign the letter by hand" in n for n in letter.notes)


_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}


def _first_strong(line: str) -> str | None:
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in {"L", "R", "AL"}:
            return kind
    return None


def test_persian_text_is_in_logical_order() -> None:
    (letter,) = compose_letters(
        _case(), "fa", ["leader"], SENDER, today=DAY, own_text="من پرستارم."
    )
    text = letter_to_text(letter)
    assert not _BIDI_CONTROLS & set(text)
    persian_lines = [ln for ln in text.splitlines() if any("\u0600" <= c <= "\u06ff" for c in ln)]
    assert len(persian_lines) >= 5
    for line in persian_lines:
        assert _first_strong(line) in {"R", "AL"}, line
    # The first line of the opening is the first words a reader meets, not the last.
    assert text.index("اینجانب") < text.index("من پرستارم.")


def test_letters_are_separated_by_a_form_feed_line() -> None:
    letters = compose_letters(_case(), "en", ["leader", "minister"], SENDER, today=DAY)
    text = letters_to_text(letters)
    assert text.split("\n\f\n") == [letter_to_text(x).rstrip("\n") for x in letters[:1]] + [
        letter_to_text(letters[1])
    ]


def test_markdown_escapes_case_text_and_marks_rtl() -> None:
    case = _case(people=(Person(name="[click](javascript:x) *x* <b>"),))
    (letter,) = compose_letters(case, "en", ["leader"], SENDER)
    md = letter_to_markdown(letter)
    assert "\\[click\\](javascript:x) \\*x\\* \\<b\\>" in md
    (fa,) = compose_letters(_case(), "fa", ["leader"], SENDER)
    assert letter_to_markdown(fa).startswith('<div dir="rtl" lang="fa">')


def test_personalisation_counts_the_writers_words() -> None:
    template = "Please release her. [Your own words]"
    assert personalisation(template, template).is_all_template
    p = personalisation(template, "Please release her now. I am a nurse in Leeds.")
    assert (p.own_words, p.total_words) == (7, 10)
    assert p.ratio == pytest.approx(0.7)
    assert not p.is_all_template
    assert personalisation(template, "").total_words == 0


def test_general_tips_ask_for_politeness() -> None:
    assert any("polite" in tip.lower() for tip in GENERAL_TIPS)


def test_typing_straight_below_the_prompt_keeps_the_prompt_out_of_the_letter() -> None:
    """The write screen puts the cursor after the prompt line; what the writer types there is
    theirs, and the prompt itself never reaches the letter."""
    from appeal_tui.core.compose import OWN_WORDS_PROMPT, compose_letters, template_body
    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.core.model import Sender

    case = load_library([bundled_cases_dir()]).cases["ir-hossein-ronaghi-maleki"]
    body = template_body(case, "en") + "I am a teacher in Leeds."
    (letter,) = compose_letters(case, "en", ["supreme-leader"], Sender(name="Ana"), body=body)
    assert OWN_WORDS_PROMPT not in letter.body_text
    assert letter.paragraphs[-1].text == "I am a teacher in Leeds."
    assert letter.paragraphs[-1].kind == "own"
    assert not any("no words of your own" in note for note in letter.notes)


def test_several_people_are_named_as_the_language_lists_them() -> None:
    from appeal_tui.core.compose import template_body
    from appeal_tui.core.library import bundled_cases_dir, load_library

    case = load_library([bundled_cases_dir()]).cases["eg-example-student-journalists"]
    arabic = template_body(case, "ar").split("\n\n")[0]
    assert "عمر خالد فاروق وسلمى إبراهيم يوسف" in arabic
    assert "," not in arabic
    english = template_body(case, "en").split("\n\n")[0]
    assert "Omar Khaled Farouk and Salma Ibrahim Youssef" in english


def test_the_own_words_prompt_is_in_the_interface_language_and_never_in_a_letter() -> None:
    """A German volunteer writing in Spanish reads the prompt in German; a prompt left in the
    body in any interface language (the draft begun before a switch) is dropped from the
    letter."""
    from appeal_tui.core.i18n import set_ui_language

    case = _case()
    try:
        set_ui_language("de")
        body = template_body(case, "es")
        assert body.rstrip().endswith(
            "[Ihre eigenen Worte: wer Sie sind und warum Ihnen dieser Fall wichtig ist]"
        )
        assert OWN_WORDS_PROMPT not in body
        for language in ("de", "en", "fa"):
            set_ui_language(language)
            prompt = template_body(case, "es").rstrip().split("\n")[-1]
            set_ui_language("de")
            left = template_body(case, "es").replace(
                template_body(case, "es").rstrip().split("\n")[-1], prompt
            )
            (letter,) = compose_letters(case, "es", ["leader"], SENDER, body=left, today=DAY)
            assert prompt not in letter_to_text(letter), language
            assert [p.kind for p in letter.paragraphs][-1] != "own"
    finally:
        set_ui_language("en")
