"""Round 38d: the publisher asks its readers to send it copies of the replies they get
("Please send copies of any replies you receive to ..."): whom that sentence names, and a
block it opens or names in capitals below, is the publisher, no recipient. Invented texts."""

from __future__ import annotations

from hostile.guards import hard_timeout
from importer_reading import MINISTER_BLOCK
from importer_reading import names as _names

_BODY_EN = f"""URGENT ALERT: teacher detained

Ms Orla Venstrade, a teacher at Marrow Hill school, was arrested on 2 March 2026 and is
held without charge. Her family has not been allowed to see her.

Please send appeals to:

{MINISTER_BLOCK}
Copies to:

Embassy of Lorvania
22 Elm Square
Calderford W1 4XX
"""


def test_copies_of_replies_to_a_secretary_named_in_the_sentence_is_no_recipient() -> None:
    text = (
        _BODY_EN + "\nPlease send copies of any replies you receive to the committee's secretary,"
        " Dr Bryn Halloway, at the address above (b.halloway@rights-panel.example).\n"
    )
    names = _names(text)
    assert not any("Halloway" in n for n in names), names
    assert any("Morrendale" in n for n in names), names
    assert any("Embassy of Lorvania" in n for n in names), names


def test_copies_of_replies_to_a_programme_with_its_address_is_no_recipient() -> None:
    text = (
        _BODY_EN + "\nPlease send copies of any replies you receive to the Teachers Rights Network,"
        " 90 Kiln Street, Brackwater BW2 7QQ; fax: +44 20 555 0199.\n"
    )
    names = _names(text)
    assert not any("Teachers Rights Network" in n for n in names), names
    assert len(names) == 2, names


def test_footer_block_named_in_capitals_by_the_reply_request_is_no_recipient() -> None:
    text = (
        _BODY_EN + "\nPlease send copies of any replies to TRN at alerts@trn-rights.example\n\n"
        "-------------------------------------------------\n"
        "TRN - Teachers Rights Network\n"
        "c/o Kiln College, 90 Kiln Street, Brackwater BW2 7QQ, Calderford\n"
        "Tel: +44 20 555 0199  Fax: +44 20 555 0198\n"
        "-------------------------------------------------\n"
    )
    names = _names(text)
    assert not any("TRN" in n for n in names), names
    assert len(names) == 2, names


def test_french_copy_of_the_answers_names_the_publisher() -> None:
    text = """APPEL URGENT : enseignante détenue

Mme Orla Venstrade, enseignante, a été arrêtée le 2 mars 2026 et est détenue sans inculpation.

Envoyez vos appels à :

M. Tavish Morrendale
Ministre de la Justice
Ministère de la Justice
14 rue du Quai
Varnholt 2201
LORVANIE
Formule d'appel : Monsieur le Ministre

Merci d'envoyer une copie des réponses reçues au secrétariat du réseau, Mme Ada Prinsloo,
12 rue des Tanneurs, 75011 Vellemont.
"""
    names = _names(text)
    assert not any("Prinsloo" in n for n in names), names
    assert any("Morrendale" in n for n in names), names


@hard_timeout(5)
def test_long_run_of_copy_and_reply_words_is_fast() -> None:
    from appeal_tui.core.importer.recipients import _REPLY_COPY

    line = ("copy " + "a- b' " * 400 + "reply ") * 50
    assert _REPLY_COPY.search(line) is None or True
    assert _REPLY_COPY.search("copy " + "ab " * 6 + "reply") is None


def test_copy_to_an_embassy_that_seldom_replies_stays_a_recipient() -> None:
    text = _BODY_EN.replace(
        "Copies to:\n\nEmbassy of Lorvania\n22 Elm Square\nCalderford W1 4XX\n",
        "Please also send a copy of your letter to the Embassy of Lorvania, 22 Elm Square,"
        " Calderford W1 4XX. The mission rarely sends a reply, though copies are kept on file.\n",
    )
    names = _names(text)
    assert any("Embassy of Lorvania" in n for n in names), names


def test_copy_to_an_official_asking_for_a_reply_stays_a_recipient() -> None:
    text = (
        _BODY_EN + "\nSend a copy to the Ombudsman of Lorvania asking for a reply, 3 Court Street,"
        " Varnholt 2202, LORVANIA.\n"
    )
    names = _names(text)
    assert any("Ombudsman" in n for n in names), names


# Mend 38d: a copy TO a body with a reply asked of it is a copy recipient; only "copies OF
# the replies" is the publisher's request, and only the words after its "to" name a block.
_WRITE_TO = """Please write to:

Minister of Justice
Tavish Morrendale
8 Quay Road
Varnholt 2201, Lorvania

"""


def test_copies_to_the_embassy_requesting_a_reply_is_a_copy() -> None:
    text = _WRITE_TO + (
        "Send copies to the embassy requesting a reply:\n"
        "Embassy of Lorvania\n22 Elm Square\nCalderford W1 4XX\n"
    )
    assert any("Embassy of Lorvania" in n for n in _names(text)), _names(text)


def test_copies_heading_asking_for_a_reply_is_a_copy() -> None:
    text = _WRITE_TO + (
        "Copies to (ask for a reply):\nEmbassy of Lorvania\n22 Elm Square\nCalderford W1 4XX\n"
    )
    assert any("Embassy of Lorvania" in n for n in _names(text)), _names(text)


def test_french_copy_to_the_embassy_asking_for_an_answer_is_a_copy() -> None:
    text = """Écrivez au ministre :

Ministre de la Justice
Tavish Morrendale
8 rue du Quai
Varnholt 2201, Lorvanie

Envoyez une copie à l'ambassade en demandant une réponse :
Ambassade de Lorvanie
22 rue de l'Orme
75004 Vellemont
"""
    assert any("Ambassade de Lorvanie" in n for n in _names(text)), _names(text)


def test_indonesian_copy_to_the_embassy_asking_for_a_reply_is_a_copy() -> None:
    text = """Kirimkan surat kepada:

Menteri Kehakiman
Tavish Morrendale
Jalan Dermaga 8
Varnholt 2201, Lorvania

Kirim salinan ke kedutaan dan minta balasan:
Kedutaan Besar Lorvania
Jalan Elm 22
Kalderford 12950
"""
    assert any("Kedutaan Besar Lorvania" in n for n in _names(text)), _names(text)


def test_capitals_word_before_the_to_of_the_request_names_no_block() -> None:
    text = (
        "Please send copies of any replies you receive, including any from the LDCE, to the"
        " Varnholt Support Group.\n\n"
        + _WRITE_TO
        + "Copy to:\n\nLDCE Office for Courts and Rights\n10 Mill Street\n00-251 Kestrow\n"
    )
    names = _names(text)
    assert any("LDCE Office" in n for n in names), names
    assert not any("Support Group" in n for n in names), names


def test_copies_of_replies_to_a_group_below_a_copies_block_is_still_no_recipient() -> None:
    text = _WRITE_TO + (
        "Send copies to your country's embassy requesting a response:\n"
        "Embassy of Lorvania\n22 Elm Square\nCalderford W1 4XX\n\n"
        "Please send copies of any replies you receive to the Varnholt Support Group,"
        " 22 Kiln Street, Brackwater BW2 7QQ.\n"
    )
    names = _names(text)
    assert any("Embassy of Lorvania" in n for n in names), names
    assert not any("Support Group" in n for n in names), names
