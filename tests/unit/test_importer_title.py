"""The imported case's title is the document's headline, not what surrounds it (importer/title.py).

Small texts written for these tests: a letter head, a mail's headers, a site's menu, a running
head, a picture's credit and instructions around one headline."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.title import find_title


def _title(text: str, headings: tuple[str, ...] = ()) -> str | None:
    return find_title(text, headings)


def test_a_publishers_letter_head_is_not_the_title() -> None:
    text = (
        "Amnesty International Section Example\n"
        "Urgent Action Network\n"
        "Peru: Two river guardians charged after a peaceful protest\n"
        "Two community leaders were charged on 3 March after they blocked a road.\n"
    )
    assert _title(text) == "Peru: Two river guardians charged after a peaceful protest"


def test_a_mails_subject_is_the_title_without_its_prefixes() -> None:
    text = (
        "From: network@example.org\n"
        "Date: Tue, 3 Mar 2020 10:00:00 +0100\n"
        "Subject: Fwd: [ua-list] Chad: student leader held incommunicado\n"
        "\n"
        "Dear friends,\n"
        "Please see the new action below.\n"
    )
    assert _title(text) == "Chad: student leader held incommunicado"


def test_a_sites_menu_skip_link_and_breadcrumb_are_left_out() -> None:
    text = (
        "Skip to content\n"
        "Home | About us | Act | News | Donate\n"
        "Act › Urgent actions › 2024\n"
        "Teacher sentenced to ten years for a poem\n"
        "A secondary school teacher was sentenced on 2 May for reading a poem in class.\n"
    )
    assert _title(text) == "Teacher sentenced to ten years for a poem"


def test_a_running_head_a_date_and_a_page_number_are_left_out() -> None:
    text = (
        "12 September 2019\n"
        "Network bulletin · Page 1 of 2\n"
        "JOURNALISTS DETAINED AFTER REPORTING ON FLOODS\n"
        "Three journalists were arrested after they reported on the government's response\n"
        "to the floods in the north of the country.\n"
    )
    assert _title(text) == "Journalists detained after reporting on floods"


def test_a_reference_in_brackets_goes_and_the_headline_stays() -> None:
    text = "Urgent Action: Poet held without charge (Chile: UA 12.34)\nThe poet was arrested.\n"
    assert _title(text) == "Poet held without charge"


def test_an_instruction_and_a_pictures_credit_lose_to_the_headline() -> None:
    text = (
        "Photo: a family holding portraits of the detained men\n"
        "Take action: write an appeal in your own words or use the model letter\n"
        "Land defenders missing after police raid\n"
        "Four members of the community were taken away by police on 1 June.\n"
    )
    assert _title(text) == "Land defenders missing after police raid"


def test_a_heading_question_is_not_the_title() -> None:
    headings = ("Student held for a year without trial", "What can you do?")
    text = "Student held for a year without trial\nWhat can you do?\nWrite to the prosecutor.\n"
    assert _title(text, headings) == "Student held for a year without trial"


@pytest.mark.parametrize(
    "text",
    [
        # Only a recipient's block and an instruction: no headline to take.
        "Minister of Justice\nMr Example Person\n12 Example Street\nLima, Peru\n"
        "Please write before 1 May 2020.\n",
        "Dear friends,\nThank you!\n",
    ],
)
def test_without_a_headline_the_title_is_left_to_the_organiser(text: str) -> None:
    assert _title(text) is None


def test_the_imported_case_takes_the_headline_and_a_todo_without_one() -> None:
    text = (
        "Example Human Rights Group Newsletter\n"
        "Egypt: Blogger detained for two years without trial\n"
        "Please write before 1 May 2020 to:\n"
        "Public Prosecutor\nMr Example Name\nCairo, Egypt\nSalutation: Dear Counsellor\n"
    )
    result = import_document(text)
    assert result.case["title"] == "Egypt: Blogger detained for two years without trial"
    bare = import_document(
        "Please write before 1 May 2020 to:\n"
        "Public Prosecutor\nMr Example Name\nCairo, Egypt\nSalutation: Dear Counsellor\n"
    )
    assert str(bare.case["title"]).startswith("TODO")


def test_no_line_weighs_more_than_the_bound_the_search_stops_at() -> None:
    """`MOST` lets the search skip lines too far down to win: it must be what a line with every
    bonus weighs, and no line may weigh more."""
    from appeal_tui.core.importer.title import MOST, _weight

    assert _weight("Peru: two river guardians charged after a protest") == MOST
    lines = [
        "Chile – Comuneros mapuche en prisión preventiva prolongada",
        "SYRIA: FEAR OF TORTURE FOR A DETAINED BLOGGER",
        "Türkei: Kriegsdienstverweigerer erneut in Haft",
        "敘利亞│被拘禁者恐遭酷刑",
        "Egypt",
    ]
    assert all(_weight(line) <= MOST for line in lines)


@pytest.mark.parametrize(
    ("letter_head", "headline"),
    [
        ("عفو بین‌الملل", "ایران: بازداشت یک روزنامه‌نگار پس از گزارش اعتراضات"),
        ("منظمة العفو الدولية", "مصر: احتجاز مدون منذ عامين دون محاكمة"),
        ("Amnesty International", "Беларусь: журналистка приговорена к восьми годам"),
        ("Διεθνής Αμνηστία", "Τουρκία: Δημοσιογράφος κρατείται χωρίς δίκη"),
        ("國際特赦組織", "越南：部落客遭判刑十年"),
        ("アムネスティ日本", "カンボジア：土地活動家が不当に拘束"),
        ("국제앰네스티 한국지부", "모잠비크: 실종된 지역 라디오 기자의 행방을 밝혀라"),
    ],
)
def test_the_headline_wins_in_every_script(letter_head: str, headline: str) -> None:
    """Right-to-left scripts, Cyrillic, Greek and the scripts written without spaces: the
    headline under the publisher's name is the title, as it is in Latin script."""
    text = f"{letter_head}\n{headline}\nThe text of the action follows here.\n"
    assert _title(text) == headline
