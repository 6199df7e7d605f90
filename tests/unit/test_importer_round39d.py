"""Round 39d: whoever signs below the last paragraph of a letter is no person at risk.

The closing may be any short line (a closing the tables do not hold); what marks the signers
is where they sit: in a document that greets its reader, after the last paragraph of running
text, under a short line of its own, named nowhere else in the document, told of no risk."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    return [p["name"] for p in import_document(text).case.get("people", [])]


_EN = (
    "Urgent appeal: teacher detained in Norlandia\n\n"
    "Dear friends,\n\n"
    "On 3 May 2031 the teacher Ana Veltrova was arrested at her school in Port Velm by officers "
    "in plain clothes. She has been held without charge since then and her family has not been "
    "allowed to see her.\n\n"
    "Please write to the Minister of Justice calling for the release of Ana Veltrova and for "
    "her to have access to a lawyer of her choice while she is held.\n\n"
    "Thank you for everything you do, and we will send news as soon as we hear more from the "
    "family and from her lawyer.\n\n"
)


def test_signers_under_an_unknown_closing_at_the_end() -> None:
    text = (
        _EN + "In steadfast hope,\n\nMarit Oldenhove and Br. Kelso Ambry, O.F.M.\nProgramme Staff\n"
    )
    people = _people(text)
    assert "Ana Veltrova" in people
    assert not any("Oldenhove" in p or "Ambry" in p for p in people)


def test_signers_on_the_closing_paragraph_german() -> None:
    text = (
        "Eilaktion: Lehrerin in Norlandia festgenommen\n\n"
        "Liebe Mitglieder und Freunde,\n\n"
        "Am 3. Mai 2031 wurde die Lehrerin Ana Veltrova (41) in ihrer Schule in Port Velm von "
        "Beamten in Zivil festgenommen. Sie ist seitdem ohne Anklage in Haft und ihre Familie "
        "durfte sie nicht besuchen.\n\n"
        "Bitte schreibt an den Justizminister und fordert die Freilassung von Ana Veltrova und "
        "dass sie einen Anwalt ihrer Wahl sehen darf.\n\n"
        "Kämpferische Grüße aus dem Vorstand\n"
        "Hildrun Pfalzner und Ortwin Keppeler für den Verein\n\n"
        "Kommentar schreiben\n"
    )
    people = _people(text)
    assert any("Veltrova" in p for p in people)
    assert not any("Pfalzner" in p or "Keppeler" in p for p in people)


def test_signer_with_role_below_spanish() -> None:
    text = (
        "Acción urgente: maestra detenida en Norlandia\n\n"
        "Queridas amigas y amigos,\n\n"
        "El 3 de mayo de 2031 la maestra Ana Veltrova fue detenida en su escuela en Port Velm "
        "por agentes vestidos de civil. Desde entonces está detenida sin cargos y su familia no "
        "ha podido verla.\n\n"
        "Por favor escriban al Ministro de Justicia pidiendo la libertad de Ana Veltrova y que "
        "pueda ver a un abogado de su elección mientras siga detenida.\n\n"
        "Con esperanza y cariño\n\n"
        "Rosalba Quintanar\n(Dra. Rosalba Quintanar, coordinadora)\n"
    )
    people = _people(text)
    assert "Ana Veltrova" in people
    assert not any("Quintanar" in p for p in people)


def test_people_listed_at_the_end_with_ages_stay() -> None:
    text = _EN + "Among them,\n\nDario Fenwick (34)\nLena Hartsoe (29)\n"
    people = _people(text)
    assert "Ana Veltrova" in people


def test_a_name_at_the_end_the_text_says_is_held_stays() -> None:
    text = (
        _EN.replace("her to have access", "Joren Albescu, also held, to have access")
        + "Among them,\n\nJoren Albescu\n"
    )
    assert "Joren Albescu" in _people(text)


def test_a_name_at_the_end_named_in_the_story_stays() -> None:
    text = (
        _EN.replace("her family", "her colleague Joren Albescu")
        + "In steadfast hope,\n\nJoren Albescu\n"
    )
    assert "Joren Albescu" in _people(text)  # named in the story too: not dropped by place


def test_without_a_greeting_a_short_line_over_names_heads_people_at_risk() -> None:
    body = _EN.replace("Dear friends,\n\n", "")
    text = body + "Free them too\n\nDario Fenwick and Lena Hartsoe, students\n"
    people = _people(text)
    assert "Dario Fenwick" in people and "Lena Hartsoe" in people


def test_two_lines_of_names_list_people() -> None:
    text = _EN + "Others still held\n\nDario Fenwick, student\nLena Hartsoe, nurse\n"
    people = _people(text)
    assert "Dario Fenwick" in people and "Lena Hartsoe" in people
