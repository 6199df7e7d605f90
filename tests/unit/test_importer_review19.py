"""Session 19's rules, read again: what they must not catch (invented texts throughout)."""

from __future__ import annotations

from importer_support import found_recipients, plain

from appeal_tui.core.compose import copy_line
from appeal_tui.core.importer.asks import letter_opening
from appeal_tui.core.importer.countries import country_in, split_country
from appeal_tui.core.importer.recipient_blocks import _capitals_copies_heading
from appeal_tui.core.importer.recipient_lines import interpret
from appeal_tui.core.importer.recipients import _greeting_per_office, _office_fits
from appeal_tui.core.importer.text_repairs import drop_mail_headers
from appeal_tui.core.model import Recipient


def test_blocks_that_end_every_line_with_a_comma_stay_apart() -> None:
    text = (
        "Please write to:\n\n"
        "The Hon. Jane Example,\nMinister of Justice,\nP.O. Box 40112,\nSampletown,\nKenya,\n"
        "Mr John Roe,\nInspector General of Police,\nP.O. Box 30083,\nSampletown,\nKenya.\n\n"
        "Dear Minister,\n"
    )
    names = [plain(r["name"]) for r in found_recipients(text)]
    assert len(names) == 2
    assert "John Roe" in names[1]


def test_a_country_line_is_never_joined_to_the_line_above() -> None:
    for lines, country in (
        (["Ms Jane Example", "10 Example Street", "Sampletown", "UK"], "UK"),
        (
            ["Mr Example", "Ministry of Justice", "Main Road", "Sampletown", "28010", "Spain"],
            "Spain",
        ),
    ):
        who = interpret(lines)
        assert who.country == country, who


def test_an_address_that_begins_with_its_country_keeps_its_lines() -> None:
    who = interpret(["王例 部长", "例部", "中国", "北京市", "东城区"])
    assert who.address[-2:] == ["北京市", "东城区"]


def test_a_city_under_a_name_is_no_part_of_the_name() -> None:
    who = interpret(["Mr Ali Example", "Sampletown", "Office of the President", "Kenya"])
    assert who.name == "Mr Ali Example"


def test_an_adjective_form_is_read_from_the_table_only() -> None:
    assert split_country("Niamey, Niger Republic")[2] == "NE"  # type: ignore[index]
    assert country_in("タイ・サンプル") is None  # two kana: no country


def test_members_of_a_body_greeted_in_the_model_letter() -> None:
    text = "Model letter\n\nDear Members of the Example Committee,\n\nI urge you to act.\n"
    assert letter_opening(text) == "Dear Members of the Example Committee"


def test_a_greeting_for_either_gender_stays_whole() -> None:
    greeting = "Dear Mr President / Dear Madam President"
    assert _greeting_per_office(greeting, {"title": "President", "name": "X Y"}) == greeting


def test_a_greeting_fits_a_title_in_a_related_language() -> None:
    entry = {"title": "Procuratore Generale", "name": "X Y"}
    assert _office_fits("Dear Prosecutor General", entry, "en")


def test_the_head_of_a_form_to_fill_in_is_no_mail_header() -> None:
    form = "Кому: Генеральному прокурору\nОт: [ваше имя]\nТема: Освободите Ивана Примерова"
    assert drop_mail_headers(form) == form
    mail = "От: Группа <group@example.org>\nДата: 3 марта 2030\nТема: Акция"
    assert "@" not in drop_mail_headers(mail)


def test_a_heading_in_capitals_about_a_document_is_no_copies_heading() -> None:
    assert _capitals_copies_heading("KOPIE ZAŠLETE NA")
    assert not _capitals_copies_heading("COPY OF THE JUDGMENT")


def test_a_body_with_its_own_greeting_gets_no_office_kind() -> None:
    text = (
        "Please write to:\n\n"
        "Example Human Rights Commission\n1 Example Road\nSampletown, Kenya\n"
        "Salutation: Dear Commissioners\n\n"
        "Embassy of Exampleland\n16 Example Gate\nLondon, UK\n"
    )
    commission, embassy = found_recipients(text)
    assert "kind" not in commission and commission["salutation"] == "Dear Commissioners"
    assert embassy["kind"] == "office" and "organisation" not in embassy


def test_the_copy_list_names_an_office_given_twice_once() -> None:
    embassy = Recipient(
        key="e", role="copy", name="Embassy of Exampleland", organisation="Embassy of Exampleland"
    )
    assert copy_line(embassy, "en", "en") == "Embassy of Exampleland"
