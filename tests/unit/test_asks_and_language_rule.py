"""Asks a writer can sign, the one language rule, per-language case texts and contact checks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from appeal_tui.core.asks import is_instruction, letter_form
from appeal_tui.core.compose import compose_letters, template_body
from appeal_tui.core.contacts import is_email, is_handle, is_phone_number, placeholder_in
from appeal_tui.core.languages import normalise_code
from appeal_tui.core.letter_language import language_choice, offers
from appeal_tui.core.loading import load_case_bytes
from appeal_tui.core.model import Case, Person, Recipient, Sender


@pytest.mark.parametrize(
    ("language", "ask", "expected"),
    [
        ("en", "Urge the authorities to release him immediately",
         "I urge you to release him immediately."),
        ("en", "Calling on the Syrian authorities to release all prisoners of conscience",
         "I call on you to release all prisoners of conscience."),
        ("en", "Urge the authorities not to execute him.", "I urge you not to execute him."),
        ("en", "Calling for the immediate release of Ali",
         "I call for the immediate release of Ali."),
        ("en", "Ask the Minister of Justice to order an inquiry",
         "I ask you to order an inquiry."),
        ("es", "Instando a las autoridades sirias a liberar a Pedro",
         "Le insto a liberar a Pedro."),
        # "que" + a verb agreeing with the authorities: the object stays, so the verb agrees.
        ("es", "Instando a las autoridades a que liberen a Pedro",
         "Insto a las autoridades a que liberen a Pedro."),
        ("es", "pidiendo a las autoridades que liberen a Ana",
         "Pido a las autoridades que liberen a Ana."),
        ("en", "Release Ana now", "I urge you to release Ana now."),
        ("en", "Expressing concern for his health", "I am deeply concerned for his health."),
        ("de", "Äußern Sie Ihre tiefe Besorgnis über die Haft von Ana",
         "Ich äußere meine tiefe Besorgnis über die Haft von Ana."),
        ("fr", "Demandant aux autorités de libérer Ali", "Je vous demande de libérer Ali."),
        ("fr", "en demandant aux autorités de libérer Ana", "Je vous demande de libérer Ana."),
        ("fr", "Exhortez les autorités iraniennes à libérer Ali", "Je vous exhorte à libérer Ali."),
        ("de", "Fordern Sie die Behörden auf, Ali freizulassen",
         "Ich fordere Sie auf, Ali freizulassen."),
        ("ar", "حث السلطات المصرية على الإفراج عن عمر", "أحثكم على الإفراج عن عمر."),
        ("ar", "مطالبة السلطات بالإفراج عن عمر", "أطالبكم بالإفراج عن عمر."),
    ],
)  # fmt: skip
def test_instruction_forms_become_the_writers_request(
    language: str, ask: str, expected: str
) -> None:
    form = letter_form(ask, language)
    assert form.text == expected and form.converted and not form.needs_rewording
    assert not is_instruction(form.text, language)


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("es", "Escriban a las autoridades para pedir la libertad de Pedro"),
        ("fa", "از مقامات ایران بخواهید او را آزاد کنند"),
        ("en", "Write to the authorities in Cairo"),
        ("en", "Expressing concern"),
        ("fr", "Écrivez aux autorités pour demander sa libération"),
    ],
)
def test_instructions_that_cannot_be_converted_are_marked(language: str, ask: str) -> None:
    form = letter_form(ask, language)
    assert form.needs_rewording and not form.converted
    assert form.text.endswith(".")


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("en", "I urge you to release him."),
        ("en", "Please ensure that she can see a lawyer."),
        ("es", "Le insto a que lo ponga en libertad."),
        ("fr", "Je vous prie de le libérer."),
        ("fa", "با احترام از جنابعالی درخواست می‌کنم او را آزاد کنید."),
    ],
)
def test_letter_forms_are_kept_as_written(language: str, ask: str) -> None:
    form = letter_form(ask, language)
    assert form.text == ask and not form.converted and not form.needs_rewording


def test_a_full_stop_is_added_and_quotes_are_respected() -> None:
    assert letter_form("I urge you to release him", "en").text == "I urge you to release him."
    assert letter_form('Drop the charge of "false news."', "en").text.endswith('news."')


def _case(**changes: object) -> Case:
    case = Case(
        id="xx-rule",
        title="A case",
        country="Testland",
        people=(
            Person(
                group="members of a council",
                group_forms={"en": "members of a council", "es": "miembros de un consejo"},
            ),
        ),
        summary="Summary.",
        languages=("fa", "en", "es"),
        asks={
            "fa": ("لطفاً آنها را آزاد کنید.",),
            "en": ("Urge the authorities to protect the council",),
            "es": ("Le pido que proteja al consejo.",),
        },
        recipients=(
            Recipient(
                key="minister",
                role="primary",
                name="Min Ister",
                title="Minister",
                forms={"title": {"en": "Minister", "es": "Ministra"}},
                address=("1 Main Street",),
            ),
            Recipient(
                key="office",
                role="copy",
                name="Office",
                forms={"name": {"en": "Office", "es": "Oficina"}},
                fax=("+1 555 0100 200",),
            ),
        ),
    )
    return replace(case, **changes)  # type: ignore[arg-type]


def test_the_one_language_rule() -> None:
    case = _case()
    offered = language_choice(case, "es")
    assert offered.offered and offered.asks_language == "es" and not offered.asks_to_reword
    assert offers(case, "es-419") and language_choice(case, "es-419").asks_language == "es"
    other = language_choice(case, "de")
    assert not other.offered and other.asks_language == "en" and other.asks_to_reword
    assert "not offered in German" in (other.notice() or "")
    without_english = language_choice(replace(case, asks={"fa": case.asks["fa"]}), "de")
    assert without_english.asks_language == "fa"
    assert language_choice(case, "sw").notice() is not None
    assert "no phrasebook for Swahili" in (language_choice(case, "sw").notice() or "")


def test_instruction_asks_are_converted_in_letters_and_template() -> None:
    case = _case()
    (letter,) = compose_letters(case, "en", ["minister"], Sender(name="Ana"))
    asks = [p for p in letter.paragraphs if p.kind == "ask"]
    assert [p.text for p in asks] == ["I urge you to protect the council."]
    assert "Urge the authorities" not in template_body(case, "en")


def test_group_title_and_copy_list_in_the_letters_language() -> None:
    case = _case()
    (letter,) = compose_letters(case, "es", ["minister", "office"], Sender(), mode="email")
    assert "miembros de un consejo" in letter.paragraphs[0].text
    assert letter.paragraphs[0].kind == "opening"
    assert "Ministra" in letter.recipient_block
    assert letter.copies == ("Oficina",)
    (german,) = compose_letters(case, "de", ["minister", "office"], Sender(), mode="email")
    # No German form of the group: the opening is marked, and the writer is told.
    assert german.paragraphs[0].kind == "placeholder"
    assert any("only in another language" in n for n in german.notes)
    assert german.subject is None
    # The office's name is translated, but not into German: left out, and said.
    assert german.copies == ()
    assert any("copy list leaves out Office" in n for n in german.notes)


def test_a_post_letter_to_a_fax_only_recipient_says_how_to_reach_them() -> None:
    (letter,) = compose_letters(_case(), "en", ["office"], Sender())
    assert any(
        "No postal address is known for Office" in n and "fax +1 555 0100 200" in n
        for n in letter.notes
    )


def test_per_language_forms_load_from_a_case_file() -> None:
    data = b"""
title: T
country: Testland
people:
  - group: {en: members of a council, es: miembros de un consejo}
summary: S.
languages: [es, en]
asks: {en: [Please help.]}
recipients:
  - key: m
    role: primary
    name: {en: Office of the Minister, es: Despacho de la Ministra}
    title: {en: Minister, es: Ministra}
    organisation: Ministry
"""
    result = load_case_bytes(data, "x.yaml")
    assert result.problems == ()
    case = result.case
    assert case is not None
    assert case.people[0].group == "members of a council"
    assert case.people[0].group_forms["es"] == "miembros de un consejo"
    (r,) = case.recipients
    assert r.name == "Office of the Minister" and r.title == "Minister"
    assert r.forms == {
        "name": {"en": "Office of the Minister", "es": "Despacho de la Ministra"},
        "title": {"en": "Minister", "es": "Ministra"},
    }
    bad = data.replace(b"es: Ministra}", b"Spanish: Ministra}")
    problems = load_case_bytes(bad, "x.yaml").problems
    assert any("recipients[0].title.Spanish: unknown language code" in p.message for p in problems)


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (is_email, ["a@example.org", " x.y+z@sub.example.net "], ["not-an-email", "a@b", "@x.org"]),
        (is_phone_number, ["+20 2 0000 0100", "(00 963) 11 332 3410", "+1 202-965-4990 ext. 12"],
         ["call the office", "12", "+", "yes"]),
        (is_handle, ["@khamenei_ir", "ag_testland", "@user@social.example"],
         ["@not a handle", "@way_too_long_for_a_handle", ""]),
    ],
)  # fmt: skip
def test_contact_checks(check: object, good: list[str], bad: list[str]) -> None:
    assert all(check(v) for v in good)  # type: ignore[operator]
    assert not any(check(v) for v in bad)  # type: ignore[operator]


def test_placeholders() -> None:
    for text in ("TODO: the name", "a FIXME here", "[name]", "<address>", "...", "…"):
        assert placeholder_in(text) is not None, text
    for text in ("Todo Santos Cuchumatán", "Ministry of Justice", "Dear [sic] friend", "3 ... 4"):
        assert placeholder_in(text) is None, text


def _placeholder_reference(text: str) -> str | None:
    """placeholder_in as first written (every pattern tried on every value)."""
    from appeal_tui.core import contacts

    stripped = text.strip()
    if not stripped:
        return None
    found = contacts._PLACEHOLDER_WORD.search(stripped)
    if found:
        return found.group(0)
    if contacts._PLACEHOLDER_WHOLE.fullmatch(stripped):
        return stripped
    return next((mark for mark in contacts._OWN_MARKS if mark in stripped), None)


def test_placeholders_are_found_as_by_trying_every_pattern() -> None:
    """The quick checks in placeholder_in skip a pattern only when it cannot match."""
    import random

    pieces = ["TODO", "FIXME", "XXX", "XXXX", "XX", "todo", "[", "]", "<", ">", "{", "}",
              ".", "...", "…", "?", "-", "_", " ", "\n", "a", "Ana", "[Reword in your own words]",
              "[Your own words", "TODOS", "Dear", "é", "\t"]  # fmt: skip
    rng = random.Random(18)
    texts = ["", " ", "___", "--", "???", " [x] ", "<>", "{}", "x XXX y", "a_TODO", "TODO_a"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    for text in texts:
        assert placeholder_in(text) == _placeholder_reference(text), repr(text)


def test_language_codes_are_normalised() -> None:
    assert normalise_code("EN") == "en"
    assert normalise_code("pt_br") == "pt-BR"
    assert normalise_code("zh-hant") == "zh-Hant"
    assert normalise_code("Persian") is None
