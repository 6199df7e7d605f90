"""Session 28, lead: the languages read after the ways to send (round 28e) only from a request,
not from a story that names letters in a language in passing."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer.build import import_document

_STORY = (
    "URGENT ACTION\n\nJournalist Tavi Orrin (41) was detained on 3 May 2031 in Pellmar, after "
    "her weekly paper printed letters and e-mails {tail}\n\n"
    "Please write to the Minister of Justice, asking for her release:\n\n"
    "Minister of Justice\nBren Ostal\nMinistry of Justice\n4 Quay Road\nPellmar\nRuritania\n"
    "Salutation: Dear Minister\n"
)


@pytest.mark.parametrize("tail", ["in Kurdish from readers.", "and faxes in Arabic."])
def test_a_story_naming_letters_in_a_language_gives_no_languages(tail: str) -> None:
    case = import_document(_STORY.format(tail=tail)).case
    assert not set(case.get("languages") or []) & {"ku", "ar"}


def test_a_request_opening_with_the_ways_to_send_still_gives_them() -> None:
    text = _STORY.format(tail="from readers.") + (
        "\nRECOMMENDED ACTION: Telegrams, faxes and airmail letters, in Spanish or in English:\n"
    )
    assert set(import_document(text).case.get("languages") or []) >= {"es", "en"}


def test_a_number_sign_heading_with_a_separator_after_the_code_is_the_reference() -> None:
    # A letterhead's line: the action's number, then "·" and the place and date.
    text = "TAVI RIGHTS NETWORK\nNo. 09/TRN/IV/2031 · Pellmar, 3 April 2031\n\n" + _STORY.format(
        tail="from readers."
    )
    assert "09/TRN/IV/2031" in str(import_document(text).case.get("reference"))


def test_a_house_number_under_a_number_sign_is_still_no_reference() -> None:
    text = _STORY.format(tail="from readers.").replace("4 Quay Road", "No. 12-B, Quay Road")
    assert "12-B" not in str(import_document(text).case.get("reference"))


@pytest.mark.parametrize(
    "label",
    [
        "Deadline to send appeals: 12 June 2031",
        "Deadline for this action: 12 June 2031",
        "Deadline (UK time): 12 June 2031",
        "Date limite de l'action : 12 juin 2031",
        "Fecha límite de envío: 12 de junio de 2031",
        "Frist zur Einsendung: 12. Juni 2031",
    ],
)
def test_a_deadline_label_with_other_words_before_its_colon_still_gives_the_deadline(
    label: str,
) -> None:
    text = _STORY.format(tail="from readers.").replace("Please write", label + "\n\nPlease write")
    assert str(import_document(text).case.get("deadline")) == "2031-06-12"
