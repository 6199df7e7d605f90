"""Round 29e: a place by the words around it, in any language's rows (invented texts)."""

from __future__ import annotations

from appeal_tui.core.importer.people import _place_by_a_cue, find_people


def _names(text: str, asks: list[str]) -> list[str]:
    return [p.name for p in find_people(text, title=None, asks=asks, not_people=[])[0]]


def test_a_spanish_place_after_a_danish_preposition_is_no_person() -> None:
    text = (
        "Urgent aktion\n\n"
        "Marisela Quintal Robledo, 27 år, har været forsvundet siden 3. maj, da betjente tog "
        "hende med i Ciudad Ondareta. Marisela Quintal Robledo er studerende.\n\n"
        "Skriv til myndighederne og kræv, at Marisela Quintal Robledo findes. Familien i "
        "Ciudad Ondareta frygter for hendes liv.\n"
    )
    asks = ["Kræv at Marisela Quintal Robledo findes og beskyttes."]
    names = _names(text, asks)
    assert "Marisela Quintal Robledo" in names
    assert "Ciudad Ondareta" not in names


def test_a_region_after_a_town_and_a_comma_is_no_person_in_an_english_text() -> None:
    text = (
        "Urgent action\n\n"
        "Farmer Teodulo Marangga was detained on 2 May near Tabonan, Bukid Oriental. Teodulo "
        "Marangga, 44, is held without charge. Soldiers of the Tabonan, Bukid Oriental camp "
        "have threatened his family.\n\n"
        "Please write to the authorities calling for Teodulo Marangga's release.\n"
    )
    asks = ["Release Teodulo Marangga immediately."]
    names = _names(text, asks)
    assert "Teodulo Marangga" in names
    assert "Bukid Oriental" not in names


def test_a_run_right_after_a_place_word_in_small_letters_is_a_place() -> None:
    flat = (
        "Aktivis itu ditangkap di rumahnya di kabupaten Lembah Sunyi. Warga kabupaten "
        "Lembah Sunyi takut."
    )
    assert _place_by_a_cue("Lembah Sunyi", flat)
    assert not _place_by_a_cue("Budi Hartanto", "Budi Hartanto ditangkap di Kota Baru.")


def test_a_person_after_a_preposition_is_still_a_person() -> None:
    # No place's word in the run: a preposition alone makes no place.
    assert not _place_by_a_cue("Rosa Menchaca", "Letters in Rosa Menchaca's name arrived.")
